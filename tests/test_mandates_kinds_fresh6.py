"""Mandate kinds the eighth labelled sample (tests/labels/mandates_fresh6) missed or named wrong, each tested on real
paragraphs (whole resolutions copied from ../shared/corpus/texts into tests/fixtures/kinds8/): "Recommends that <an
activity of a body> <verb>" asks that body; a chapeau "Decides that the arrangements will be as follows:" whose items
decide carries no decision of its own; a second "X to do" pair after a bare "and" in one verb's object; a relative
clause closed by "to do so" before "and <another addressee>"."""

from pathlib import Path

import pytest

from conftest import mandated, mandates_by_symbol

KINDS = Path(__file__).parent / "fixtures" / "kinds8"


@pytest.fixture(scope="module")
def rows():
    return mandates_by_symbol(KINDS)


def _row(rows, symbol, label, actor):
    return next(m for m in rows[symbol] if m.paragraph == label and m.kind == "mandate" and m.actor == actor)


# ---------------------------------------------------------------- 1. the body whose activity a that-clause names


def test_recommends_that_the_assemblys_debate_commence(rows):
    # A/RES/78/108 44: "Recommends that the debate on the report of the International Law Commission at the
    # seventy-ninth session of the General Assembly commence on 21 October 2024." (tests/labels/mandates_fresh6: the
    # Assembly's `recommends`, deadline "on 21 October 2024"; was no mandate)
    assert mandated(rows, "A/RES/78/108", "44") == [("recommends", "General Assembly", "the General Assembly")]
    m = _row(rows, "A/RES/78/108", "44", "General Assembly")
    assert [d.text for d in m.deadlines] == ["on 21 October 2024"]
    assert m.action.startswith("commence on 21 October 2024")


def test_requests_that_the_report_of_the_secretary_general_reflect(rows):
    # A/RES/79/257 74 and 58: "and requests that the report of the Secretary-General on strengthening the
    # effectiveness ... of the regular programme of technical cooperation, to be presented at its eightieth session,
    # reflect the following elements:": the report's author is asked; the verb is "reflect", not a noun of the subject
    for label in ("74", "58"):
        assert ("requests", "Secretary-General", "the Secretary-General") in mandated(rows, "A/RES/79/257", label)
        assert _row(rows, "A/RES/79/257", label, "Secretary-General").action.startswith("reflect the following")


def test_owner_reading_asks_nobody_without_a_body_or_with_a_passive():
    from resparse.mandates.clauses import owned_subjunctive

    # a subject that names no body's activity, a passive and a modal ask no one (as before)
    assert owned_subjunctive("such assistance continue on a case-by-case basis") == []
    assert owned_subjunctive("the open informal consultations be conducted, if possible, after a meeting") == []
    assert owned_subjunctive("the report of the Secretary-General be made available to all Member States") == []
    assert owned_subjunctive("the International Year of Quantum Science and Technology should be observed") == []


# ---------------------------------------------------------------- 2. an arrangements chapeau whose items decide


def test_as_follows_chapeau_whose_items_decide_carries_none(rows):
    # A/RES/78/319 4: "Decides that the organizational arrangements for the four multi-stakeholder thematic panel
    # discussions will be as follows:" (tests/labels/mandates_fresh6: no mandate; was the Assembly's `decides`)
    assert mandated(rows, "A/RES/78/319", "4") == []
    # its items still decide: "(b) Each of the four ... panel discussions will be co-chaired by two representatives
    # ..., to be appointed by the President of the General Assembly"
    assert ("decides", "General Assembly", "(the General Assembly itself)") in mandated(rows, "A/RES/78/319", "4 (b)")
    assert any(m.passive and m.actor == "President of the General Assembly"
               for m in rows["A/RES/78/319"] if m.paragraph == "4 (b)")


# ---------------------------------------------------------------- 3. a second pair after a bare "and"


def test_second_pair_after_a_bare_and(rows):
    # A/RES/79/170 46: "... and in this context urges States to sign and ratify the Convention as soon as possible and
    # States parties to implement it effectively;" (tests/labels/mandates_fresh6: States and States parties; the
    # second was lost in the States' action)
    assert mandated(rows, "A/RES/79/170", "46") == [("urges", "States", "States"),
                                                    ("urges", "States parties", "States parties")]
    states = _row(rows, "A/RES/79/170", "46", "States")
    assert states.action.endswith("as soon as possible")
    assert _row(rows, "A/RES/79/170", "46", "States parties").action == "to implement it effectively"
    # not after an actor, a capitalised plural or a list set off by commas: there "and" goes on with the object.
    # A/RES/78/189 10: "calls upon Member States to put in place ... and engage with Indigenous Peoples and other
    # relevant stakeholders to fully empower all ..." (the stakeholders are whom the States engage with)
    assert mandated(rows, "A/RES/78/189", "10") == [("calls upon", "Member States", "Member States")]
    # A/RES/79/241 6: "Requests the Secretary-General to seek the views of existing nuclear-weapon-free zones,
    # regional organizations, ... and relevant non-governmental organizations to communicate their views ... and
    # submit a report thereon before the end of the seventy-ninth session": the Secretary-General's, with its deadline
    assert mandated(rows, "A/RES/79/241", "6") == [("requests", "Secretary-General", "the Secretary-General")]
    assert [d.text for d in _row(rows, "A/RES/79/241", "6", "Secretary-General").deadlines] == [
        "before the end of the seventy-ninth session of the General Assembly"]


# ---------------------------------------------------------------- 4. a relative clause closed by "do so"


def test_relative_clause_closed_by_do_so(rows):
    # A/RES/79/140 64: "Calls upon Member States that are in a position to do so and development and humanitarian
    # partners, in their efforts to provide flexible resources, to consider ..." (tests/labels/mandates_fresh6: three
    # addressees; was Member States alone)
    called = [a for v, a, _ in mandated(rows, "A/RES/79/140", "64") if v == "calls upon"]
    assert called == ["Member States", "development partners", "humanitarian partners"]


# ---------------------------------------------------------------- 5. a relative clause's list of verbs


def test_relative_clause_not_cut_at_its_commas(rows):
    # A/RES/79/175 9: "Calls upon all business enterprises, in particular those that collect, store, use, share and
    # process data: (a) To review their business models ..." — the members "those that ..." as written whole (was
    # "those that collect", the relative clause cut at its first comma)
    via = [m.actor_as_written for m in rows["A/RES/79/175"] if m.paragraph == "9 (a)" and m.kind == "mandate" and m.via]
    assert via == ["those that collect, store, use, share and process data"]


# ---------------------------------------------------------------- 6. a short name after an agent named by "by"


def test_the_centre_after_the_regional_centre_is_the_titled_body(rows):
    # A/RES/78/57 2: "Welcomes the activities carried out in the past year by the Regional Centre, and requests the
    # Centre to continue ..." — "the Centre" stands for the agent before, "the Regional Centre", itself the short
    # name of the body the title names in full (was "Regional Centre", the agent read without the names so far)
    full = ("United Nations Regional Centre for Peace, Disarmament and Development in Latin America and the "
            "Caribbean")
    assert mandated(rows, "A/RES/78/57", "2") == [("requests", full, "the Centre")]
