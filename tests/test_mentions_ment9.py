"""Mention rows that named no actor (twenty-ninth session, branch ment9), fixed as kinds, each on a real paragraph
copied from ../shared/corpus/texts into tests/fixtures/kinds_ment9/paragraphs.md and read in a small resolution
(``conftest.mini_resolution``):

- a name inside a title or a term in quotation marks names the titled thing, no actor (mandates/actors.py
  ``in_quoted_title``): "the item entitled “Report of the Committee on Relations with the Host Country”" (78/116 17);
  named outside the quotation too, it keeps its mention there (79/284 41); a quoted passage of another text
  (data/actors.txt [passage openers], a colon, a full stop inside) names its actors as its text does (79/280 1);
- "State officials" in a sentence-case title with no quotation marks stays the class, never a State (79/121 5);
- a sub-national state ("Rakhine State", data/member_states.txt [sub-national states]) is no mention of States
  (79/182 14, 78/219 12);
- a name after "of" inside an instrument's title in capitals (data/treaty_words.txt) is the instrument's, not the body
  acting: "the Agreement on the Privileges and Immunities of the International Criminal Court" (79/6 3)."""

from pathlib import Path

import resparse
from conftest import copied_mentions, copied_paragraph, mini_resolution
from resparse.mandates import extract

FOLDER = Path(__file__).parent / "fixtures" / "kinds_ment9"


def mentions(symbol: str, label: str, also: tuple[str, ...] = (), states: bool = False) -> dict[str, str]:
    """The mentions of a copied paragraph (``conftest.copied_mentions``): {actor as written: actor}."""
    return copied_mentions(FOLDER, symbol, label, also, states)


# ---------------------------------------------------------------- 1. names inside a quoted title or term


def test_a_body_named_in_an_agenda_items_title_is_no_mention():
    # "the item entitled “Report of the Committee on Relations with the Host Country”"
    found = mentions("78/116", "17", also=("Committee on Relations with the Host Country",))
    assert "Committee on Relations with the Host Country" not in found


def test_a_name_inside_the_title_and_outside_it_is_mentioned_outside():
    # "the sub-item entitled “Cooperation between the United Nations and the Council of Europe”, and requests the
    # Secretary General to submit ... a report on cooperation between the United Nations and the Council of Europe"
    res = resparse.parse_text(mini_resolution(copied_paragraph(FOLDER, "79/284", "41")))
    rows = [m for m in extract(res, also=("Council of Europe", "United Nations")) if m.kind == "mention"]
    by_actor = {m.actor: m for m in rows}
    assert set(by_actor) >= {"Council of Europe", "United Nations"}
    for m in (by_actor["Council of Europe"], by_actor["United Nations"]):
        assert m.verb == "requests"  # the clause outside the quotation, not the decision that names the item
        assert "a report on cooperation between the United Nations and the Council of Europe" in m.excerpt


def test_a_topics_title_names_no_state_officials():
    # "on the topic “Immunity of State officials from foreign criminal jurisdiction”"
    for states in (False, True):
        found = mentions("78/108", "6", states=states)
        assert "State officials" not in found and "State" not in found
        assert found.get("International Law Commission") == "International Law Commission"


def test_a_quoted_term_is_no_mention_the_words_outside_are():
    # "the phrase “States present and voting” means States casting an affirmative or negative vote"
    text = copied_paragraph(FOLDER, "78/128", "annex III rule 36")
    res = resparse.parse_text(mini_resolution(text))
    rows = [m for m in extract(res) if m.kind == "mention" and m.actor == "States"]
    assert len(rows) == 1 and "casting" in rows[0].excerpt  # the States outside the quotation
    # "references to “States Parties” under this Convention": the term, no mention of the parties
    assert "States Parties" not in mentions("79/243", "annex article 2 (n)")


def test_a_so_called_name_in_quotation_marks_names_no_state():
    # "the so-called “Islamic State in Iraq and the Levant” used sulfur mustard"
    for states in (False, True):
        found = mentions("78/29", "3 (a)", states=states)
        assert "State" not in found
    assert mentions("78/29", "3 (a)", states=True).get("Syrian Arab Republic") == "Syrian Arab Republic"


def test_a_body_named_in_a_quoted_resolutions_title_is_no_mention():
    # UNEA resolution 6/6 "entitled “... cooperation between the United Nations Environment Assembly, the United
    # Nations Environment Programme and multilateral environmental agreements”"
    assert "United Nations Environment Programme" not in mentions("79/209", "11")


def test_a_quoted_passage_names_its_actors():
    # "continues to read as follows: “(a) On appointment, ... unless otherwise decided by the Secretary-General. ...”"
    assert mentions("79/280", "1").get("Secretary-General") == "Secretary-General"
    # "according to which, inter alia, “the Headquarters Agreement makes it clear that there is an unrestricted right
    # of persons ... to enter the United States ...”"
    assert mentions("78/116", "8", states=True).get("United States") == "United States of America"


def test_an_unpaired_closing_mark_quotes_nothing_after_the_next_title():
    # "the “World Social Summit’’ under the title “the Second World Summit for Social Development” will be held at the
    # level of Heads of State or Government": the Heads stand outside every quotation
    assert mentions("78/318", "1").get("Heads of State or Government") == "Heads of State and Government"


# ---------------------------------------------------------------- 2. "State officials" in a sentence-case title


def test_state_officials_in_a_sentence_case_title_is_no_state():
    # "the draft articles on immunity of State officials from foreign criminal jurisdiction": no quotation marks, no
    # capitals to mark a title; the class as auditfix28c decided, never "State" nor "States"
    for states in (False, True):
        found = mentions("79/121", "5", states=states)
        assert found.get("State officials") == "State officials"
        assert "State" not in found and "States" not in found


# ---------------------------------------------------------------- 3. a sub-national state


def test_rakhine_state_is_no_mention_of_states():
    # "access to affected areas of northern Rakhine State"
    for states in (False, True):
        found = mentions("79/182", "14", states=states)
        assert "State" not in found and "States" not in found
    # "across Myanmar, including in Rakhine and Chin States and Sagaing and Magway Regions": Myanmar is still named
    for states in (False, True):
        found = mentions("78/219", "12", states=states)
        assert "States" not in found and "State" not in found
    assert mentions("78/219", "12", states=True).get("Myanmar") == "Myanmar"


# ---------------------------------------------------------------- 4. a body after "of" in an instrument's title


def test_a_court_named_in_an_agreements_title_is_no_mention():
    # "parties to the Agreement on the Privileges and Immunities of the International Criminal Court"
    found = mentions("79/6", "3", also=("International Criminal Court",))
    assert "International Criminal Court" not in found
    assert found.get("States parties") == "States parties"


def test_the_court_named_outside_the_title_is_mentioned():
    # "the Assembly of States Parties to the Rome Statute of the International Criminal Court ..., the Assembly of States
    # Parties shall meet at the seat of the Court": the Court of "the seat of the Court"
    found = mentions("79/6", "30", also=("International Criminal Court",))
    assert "International Criminal Court" not in found
    assert found.get("Court") == "International Criminal Court"


def test_the_charters_organizations_are_no_mention():
    # "the Charter of the United Nations and the Charter of the Association of Southeast Asian Nations"
    found = mentions("79/290", "11", also=("United Nations", "Association of Southeast Asian Nations"))
    assert "United Nations" not in found and "Association of Southeast Asian Nations" not in found


def test_and_before_of_ends_the_instruments_title():
    # "meetings of the High Contracting Parties to the Convention and of the High Contracting Parties to Amended
    # Protocol II": two phrases, the parties after "and of" still named
    found = mentions("78/64", "13", also=("High Contracting Parties",))
    assert "High Contracting Parties" in found


def test_straight_quotation_marks_quote_a_title_too():
    # text extracted by other tools writes straight marks (the bundled texts/A_RES_71_280.txt: 'entitled "New York
    # Declaration for Refugees and Migrants"'): 78/116 17 so written names no Committee, and the Committee named
    # outside straight marks in 79/284 41 so written is still mentioned in the request
    text = copied_paragraph(FOLDER, "78/116", "17").replace("“", '"').replace("”", '"')
    res = resparse.parse_text(mini_resolution(text))
    found = {m.actor for m in extract(res, also=("Committee on Relations with the Host Country",)) if m.kind == "mention"}
    assert "Committee on Relations with the Host Country" not in found
    text = copied_paragraph(FOLDER, "79/284", "41").replace("“", '"').replace("”", '"')
    res = resparse.parse_text(mini_resolution(text))
    rows = [m for m in extract(res, also=("Council of Europe",)) if m.kind == "mention" and m.actor == "Council of Europe"]
    assert len(rows) == 1 and rows[0].verb == "requests"
