"""Actor and verb kinds the twelfth labelled sample (tests/labels/mandates_fresh10) found wrong, each tested on real
paragraphs (whole resolutions copied from ../shared/corpus/texts into tests/fixtures/kinds12_x/):

- a pronoun whose antecedents a mandate noun of the clause before addresses ("Recalls the appeals to all Member
  States to ..., and strongly encourages them to ...": the recalled appeal is no mandate, "them" its addressees);
- a thing asked of an actor named after "from" ("requests an informal briefing from the head of the Institution ...
  before 1 July 2025", ``grammar/clauses.lark`` ``asked_from``);
- a bare short name ("the Committee") is the body of the resolution's title before another body of that head named
  or asked once in another paragraph;
- "those States responsible": a postpositive adjective is a qualifier, cut from the name."""

from pathlib import Path

import pytest

from conftest import mandated, mandates_by_symbol

KINDS = Path(__file__).parent / "fixtures" / "kinds12_x"


@pytest.fixture(scope="module")
def rows():
    return mandates_by_symbol(KINDS)


def _mandates(rows, symbol, label):
    return [m for m in rows[symbol] if m.paragraph == label and m.kind == "mandate"]


# ---------------------------------------------------------------- 1. antecedents named by a recalled mandate noun


def test_them_after_a_recalled_appeal_is_its_addressees(rows):
    # A/RES/79/73 5 (unit 25): "Recalls the appeals to all Member States to continue or begin to provide voluntary
    # financial support to the Institute, if possible multiannual, and strongly encourages them to unearmark, or softly
    # earmark, these contributions ...": gave nothing ("the appeals to all Member States" named no antecedent)
    assert mandated(rows, "A/RES/79/73", "5") == [("encourages", "Member States", "them")]
    (m,) = _mandates(rows, "A/RES/79/73", "5")
    assert m.action.startswith("to unearmark") and m.deadlines == []


def test_a_recalled_appeal_alone_is_still_no_mandate(rows):
    # the appeal itself is recalled, not renewed (tests/labels/GUIDELINE.md): one mandate, the encouragement's
    assert [m.verb for m in _mandates(rows, "A/RES/79/73", "5")] == ["encourages"]


# ---------------------------------------------------------------- 2. a thing asked of an actor after "from"


def test_a_briefing_requested_from_the_head_of_a_body(rows):
    # A/RES/79/185 49 (unit 57): "..., and therefore requests an informal briefing from the head of the Institution on
    # its initial operations and the progress it has made to help clarify ... before 1 July 2025": gave nothing
    assert mandated(rows, "A/RES/79/185", "49") == [
        ("requests", "head of the Institution", "the head of the Institution")]
    (m,) = _mandates(rows, "A/RES/79/185", "49")
    assert [d.text for d in m.deadlines] == ["before 1 July 2025"]
    assert m.reports == []  # a briefing is no report (the label's note)
    assert m.action.startswith("an informal briefing")


def test_a_briefing_requested_from_the_secretary_general(rows):
    # the same shape two sessions before: A/RES/78/222 48 "..., and therefore requests an informal briefing from the
    # Secretary-General before 28 February 2024"
    assert mandated(rows, "A/RES/78/222", "48") == [("requests", "Secretary-General", "the Secretary-General")]
    (m,) = _mandates(rows, "A/RES/78/222", "48")
    assert [d.text for d in m.deadlines] == ["before 28 February 2024"]


def test_a_to_infinitive_with_from_inside_it_is_read_as_before(rows):
    # "requests the Secretary-General to ... from ...": the addressee right after the verb, no thing asked
    for m in rows["A/RES/79/185"]:
        if m.kind == "mandate" and m.verb == "requests" and m.paragraph != "49":
            assert not (m.action or "").startswith(("an ", "a ")), (m.paragraph, m.action)


# ---------------------------------------------------------------- 3. "the Committee": the title's body


@pytest.mark.parametrize("symbol,session", [("A/RES/80/172", "eighty-first")])
def test_the_committee_is_the_body_of_the_title(rows, symbol, session):
    # A/RES/80/172 16 (unit 69), titled "Report of the Committee on Relations with the Host Country": "Requests the
    # Committee to continue its work ..." after para. 14's "requests the Secretariat and the Committee on Conferences
    # ...": was the Committee on Conferences (asked last)
    assert mandated(rows, symbol, "16") == [
        ("requests", "Committee on Relations with the Host Country", "the Committee")]
    (m,) = _mandates(rows, symbol, "16")
    assert [d.text for d in m.deadlines] == [f"at its {session} session"]
    # the body named in full is asked by its name, and the Committee on Conferences where it is named
    assert ("requests", "Committee on Conferences", "the Committee on Conferences") in mandated(rows, symbol, "14")


def test_the_office_named_longer_in_the_paragraphs_keeps_that_name(rows):
    # A/RES/80/237, titled "Report on the activities of the Office of Internal Oversight Services": "the Office" of
    # section I, para. 16 is the same body as the paragraphs name it ("... of the Secretariat"), as before
    assert mandated(rows, "A/RES/80/237", "I.16") == [
        ("encourages", "Office of Internal Oversight Services of the Secretariat", "the Office")]


# ---------------------------------------------------------------- 4. "those States responsible"


def test_a_postpositive_adjective_is_cut_from_the_name(rows):
    # A/RES/78/193 3 (unit 94): "Calls upon those States responsible to cease immediately their military intervention
    # ...": was "States responsible"
    assert mandated(rows, "A/RES/78/193", "3") == [("calls upon", "States", "those States responsible")]
