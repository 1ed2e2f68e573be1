"""A delegate's mandate questions, answered wrong, fixed as kinds (the twentieth session, branch mtrial): each on real
text, whole resolutions copied from ../shared/corpus/texts into tests/fixtures/mtrial20/ (A/RES/78/7, 78/66, 80/38) and
single paragraphs of long ones in tests/fixtures/mtrial20/paragraphs.md, read in a small resolution
(``conftest.mini_resolution``) so the whole extraction runs on them."""

from pathlib import Path

import pytest

from conftest import copied_mandates, copied_paragraph, mandated, mandates_by_symbol, paragraph_reports

FOLDER = Path(__file__).parent / "fixtures" / "mtrial20"


@pytest.fixture(scope="module")
def rows():
    return mandates_by_symbol(FOLDER)


def paragraph(symbol: str, label: str) -> str:
    """A paragraph's text as copied into paragraphs.md."""
    return copied_paragraph(FOLDER, symbol, label)


def alone(symbol: str, label: str) -> list:
    """The mandates (kind "mandate") of a copied paragraph read as paragraph 1 of a small resolution."""
    return copied_mandates(FOLDER, symbol, label)


# ---------------------------------------------------------------- who is asked (a wrong actor first)


def test_an_instrument_after_a_relative_clause_is_its_object_not_an_addressee(rows):
    # A/RES/78/66 6: "Urges all States that have not yet signed or ratified, or that have signed but not yet ratified,
    # the Treaty, in particular those whose ratification is needed ..., to sign and ratify it": the Treaty was an
    # actor urged to sign itself (also 79/77 7, 80/70 7)
    assert mandated(rows, "A/RES/78/66", "6") == [
        ("urges", "States", "all States that have not yet signed or ratified")]
    assert not [m for m in rows["A/RES/78/66"] if m.kind == "mandate" and "Treaty" in m.actor]


def test_an_instrument_coordinated_inside_a_complement_is_no_addressee():
    # A/RES/78/229 6: "urges States parties to those conventions and protocols to make efforts ..." ("protocols" was an
    # actor); A/RES/78/69 322: "the secretariats of related organizations and conventions that have not yet done so"
    # ("conventions" was one)
    assert [(m.actor, m.actor_as_written) for m in alone("A/RES/78/229", "6") if m.verb == "urges"] == [
        ("Member States", "Member States that have not yet done so"),
        ("States parties", "States parties to those conventions and protocols")]
    actors = [m.actor for m in alone("A/RES/78/69", "322")]
    assert "conventions" not in actors and "secretariats of related organizations and conventions" in actors
    assert "secretariats of relevant United Nations specialized agencies" in actors  # the list before is read as before


def test_a_gerund_and_its_object_address_nobody():
    # A/RES/78/119 40: "encourages exploring, developing and, where appropriate, the strengthening of innovative and
    # anticipatory mechanisms and approaches ... to reduce the impact of disasters": five "actors" (exploring
    # mechanisms, developing mechanisms, ..., approaches); the first clause's addressees stay
    assert [m.actor for m in alone("A/RES/78/119", "40")] == ["Member States", "United Nations system", "organizations"]
    # A/RES/80/137 63: "encourages developing and strengthening adaptive and risk-informed social protection systems
    # and exploring innovative ways ..." (six)
    assert alone("A/RES/80/137", "63") == []


def test_the_participle_of_an_operative_verb_still_names_its_addressees():
    # A/RES/79/206 25: "reiterates the call urging developed country parties to at least double their collective
    # provision of climate finance for adaptation": "urging" is an operative verb's participle, not a gerund object
    # 80/138 24): the participle is the renewed noun's, no part of the actor (it was "urging developed country parties")
    assert [(m.verb, m.actor) for m in alone("A/RES/79/206", "25")] == [("calls upon", "developed country parties")]


def test_an_adjective_of_exposure_takes_no_action():
    # A/RES/78/120 50: "encourages the continued incorporation into this mechanism of experts from developing countries
    # that are prone to natural disasters": the action was "to natural disasters", the actor the incorporation
    assert alone("A/RES/78/120", "50") == []


# ---------------------------------------------------------------- what they are asked to do


def test_an_infinitive_of_the_addressees_relative_clause_is_not_the_action(rows):
    # A/RES/78/7 3 (79/7 3): "Once again urges States that have and continue to apply such laws and measures to take
    # the steps necessary to repeal or invalidate them as soon as possible ..."
    (m,) = [m for m in rows["A/RES/78/7"] if m.paragraph == "3" and m.kind == "mandate"]
    assert m.action.startswith("to take the steps necessary to repeal or invalidate them")
    assert m.actor_as_written == "States that have and continue to apply such laws and measures"
    # "Requests the Secretary-General ... to prepare a report ... and to submit it": the action as before
    (sg,) = [m for m in rows["A/RES/78/7"] if m.paragraph == "4" and m.kind == "mandate"]
    assert sg.action.startswith("to prepare a report on the implementation of the present resolution")


# ---------------------------------------------------------------- what they report


def test_reports_put_to_use_are_no_report_asked(rows):
    # A/RES/80/38 21: "Encourages States to make, on a voluntary basis, increasing use of their national reports as a
    # tool ..., and encourages States in a position to render such assistance to make use of those national reports":
    # two reports "to: not stated" were listed by --reports; 27 "to submit ... national reports" still asks one
    assert paragraph_reports(rows, "A/RES/80/38", "21") == []
    assert [verb for verb, *_ in paragraph_reports(rows, "A/RES/80/38", "27")] == ["encourages"]


def test_a_capitalised_modifier_shares_the_head_after_and():
    # A/RES/79/137 2 (79/328 2): "Invites all Member and observer States, the organizations of the United Nations
    # system ... to observe World Meditation Day": an actor "Member" (as written "all Member"), which no --actor
    # "Member States" found
    actors = [m.actor for m in alone("A/RES/79/137", "2")]
    assert actors[:3] == ["Member States", "observer States", "United Nations system"] and "Member" not in actors


def test_a_modal_in_a_participles_that_clause_is_not_the_recommendations():
    # A/RES/78/229 22 (80/229 18): "Recommends that Member States adopt multisectoral crime prevention policies and
    # programmes for youth ..., and safeguard their well-being, recognizing that youth may face specific challenges":
    # two "actors" cut at "youth may", the action "may face specific challenges"
    (m,) = alone("A/RES/78/229", "22")
    assert (m.verb, m.actor, m.actor_as_written) == ("recommends", "Member States", "Member States")
    assert m.action.startswith("adopt multisectoral crime prevention policies and programmes for youth")


def test_two_acts_coordinated_in_a_complement_name_one_actor():
    # A/RES/78/204 10 (80/214 11): "Encourages national institutions for the promotion and protection of human rights
    # established by Member States to continue ...": "national institutions for the promotion" and "protection of
    # human rights established by Member States" were two actors; the Paris Principles' name of national human rights
    # institutions (actors.txt)
    assert [(m.actor, m.actor_as_written) for m in alone("A/RES/78/204", "10")] == [
        ("national human rights institutions",
         "national institutions for the promotion and protection of human rights established by Member States")]


def test_a_parenthesis_keeps_its_own_list_after_a_comma():
    # A/RES/79/226 37: "calls upon the entities of the United Nations development system, where appropriate at the
    # request of national Governments, and in line with national development policies, plans and priorities, to
    # improve their support": "plans" and "priorities" were actors
    assert [m.actor for m in alone("A/RES/79/226", "37")] == ["entities of the United Nations development system"]


def test_a_name_and_an_adjective_share_the_head_after_and():
    # A/RES/78/247 I.7 (80/237 I.10): "Encourages United Nations internal and external oversight bodies to further
    # enhance the level of cooperation with one another": an actor "United Nations internal"
    assert [m.actor_as_written for m in alone("A/RES/78/247", "I.7")] == [
        "United Nations internal oversight bodies", "external oversight bodies"]


def test_given_opens_a_parenthesis():
    # A/RES/79/84 2: "Requests the University, given its role in developing innovative concepts and approaches to peace
    # and security ..., to find viable ways": the actor was "University, given its role", the action "to peace and
    # security ..."
    (m,) = alone("A/RES/79/84", "2")
    assert m.actor_as_written == "the University"
    assert m.action.startswith("to find viable ways to further strengthen cooperation")


def test_the_list_inside_a_parenthesis_goes_on_after_its_commas():
    # A/RES/80/190 43: "urges all States and other parties to armed conflict that are engaged ... in patterns of
    # abduction of children, forced adoptions, forced transfers and deportations as well as in all other violations
    # ..., to take time-bound and effective measures": "forced adoptions", "forced transfers", "deportations" were
    # actors urged
    assert [m.actor for m in alone("A/RES/80/190", "43")] == ["States", "parties to armed conflict"]


def test_instruments_listed_after_parties_to_are_what_they_are_parties_to():
    # A/RES/79/61 1: "Urges all States parties to arms control, disarmament and non-proliferation treaties and
    # agreements in force to implement all provisions of such treaties": "disarmament treaties" and "agreements" were
    # actors
    (m,) = alone("A/RES/79/61", "1")
    assert m.actor_as_written == ("all States parties to arms control, disarmament and non-proliferation treaties and "
                                  "agreements in force")
    # A/RES/79/154 50: "Invites States parties to the Convention on the Elimination of All Forms of Discrimination
    # against Women, ..., the International Covenant on Civil and Political Rights, the International Covenant on
    # Economic, Social and Cultural Rights and the International Convention on the Protection of the Rights of All
    # Migrant Workers and Members of Their Families to include information": three Covenants and Conventions invited
    rows = alone("A/RES/79/154", "50")
    assert len(rows) == 1 and rows[0].actor.startswith("States parties to the Convention on the Elimination")


def test_a_participle_after_the_subject_of_a_recommendation_is_not_its_verb():
    # A/RES/78/212 18 (79/174 18, 80/202 18): "Recommends that States, the United Nations and other actors, including
    # national human rights institutions, non-governmental organizations and bodies and groups based on religion or
    # belief, in their efforts to promote freedom of religion or belief, ensure the widest possible dissemination of
    # the text of the Declaration": seven rows whose action was "based on religion or belief, ..."
    rows = alone("A/RES/78/212", "18")
    assert len(rows) == 7 and all(m.action.startswith("ensure the widest possible dissemination") for m in rows)
    # A/RES/78/105 4: "... stakeholders involved in the negotiation of international investment instruments and the
    # enactment of legislation governing foreign investments make reference to the Code of Conduct ..."
    assert [m.action[:18] for m in alone("A/RES/78/105", "4")] == ["make reference to "] * 2
    # A/RES/79/117 4: "... organizations interested in the operationalization of the Advisory Centre actively take
    # part in the process"
    assert [m.action[:25] for m in alone("A/RES/79/117", "4")] == ["actively take part in the"] * 2


def test_a_to_of_the_addressees_relative_clause_is_not_the_action():
    # A/RES/78/32 5 (78/45 6, 79/34 6, 79/58 5, 80/52 5): "Invites all States that have not ratified the Convention or
    # acceded to it to provide, on a voluntary basis, information": the action was "to it to provide ..."
    (m,) = alone("A/RES/78/32", "5")
    assert m.action.startswith("to provide, on a voluntary basis, information")
    # A/RES/78/184 25 (79/156 27, 80/187 28): "... States and other stakeholders that have not yet contributed to
    # burden- and responsibility-sharing to do so": the action was "to burden- and responsibility-sharing to do so"
    assert {m.action[:9] for m in alone("A/RES/78/184", "25")} == {"to do so,"}


def test_access_to_takes_what_is_accessed_not_an_action():
    # A/RES/79/224 29: "encourages the formalization and growth of micro-, small and medium-sized enterprises, including
    # through access to financial services": four "actors" (formalization enterprises, growth of micro- enterprises,
    # ...) asked "to financial services"
    assert alone("A/RES/79/224", "29") == []
