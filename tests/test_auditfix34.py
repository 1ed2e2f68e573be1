"""The thirty-first session's audit of 200 rows of the start (39731a7; /work/notes31/audit34_judged.jsonl: 191 right,
5 wrong, 4 doubtful), its wrong rows fixed as kinds (78/225 15's dating is another branch's), each read through the
public API on whole resolutions copied from ../shared/corpus/texts (tests/fixtures/kinds_auditfix34 and fixtures
already there):

- a time at the end of the result a process in the object leads to ("leading to a new ... framework in 2025") is the
  result's, no deadline (grammar/attachment.lark ``led_to``, read by mandates/deadlines.py; the rule itself in
  tests/test_attachment.py);
- capitalised words right before a class's name found alone ("the Central Asian States") are that class's name, one
  mention (mandates/actors.py ``named_class``);
- a name between a meeting's title head and its topic ("the Summit of Heads of State and Government on Maritime
  Safety ...") is the title's, no mention (mandates/actors.py ``in_title``, ``_in_event_title``);
- a noun adjunct between a name and a class's plural head ("United Nations mandate holders") makes the name the
  class's, no mention of the Organization (mandates/actors.py ``name_as_modifier``, ``_adjunct_then_class``)."""

from pathlib import Path

import resparse
from resparse.mandates import extract

FIXTURES = Path(__file__).parent / "fixtures"
FOLDER = FIXTURES / "kinds_auditfix34"


def rows(path: Path, label: str) -> list:
    return [m for m in extract(resparse.parse(path)) if m.paragraph == label]


def mentions(path: Path, label: str) -> list[str]:
    return [m.actor for m in rows(path, label) if m.kind == "mention"]


# ---------------------------------------------------------------- 1. the time of the result a process leads to


def test_the_year_of_what_a_process_leads_to_is_no_deadline():
    # A/RES/78/262 11 (the audit's n 102: the deadline was "in 2025")
    (m,) = [m for m in rows(FOLDER / "A_RES_78_262.txt", "11") if m.kind == "mandate"]
    assert m.actor == "international community"
    assert "leading to a new Comprehensive Africa Agriculture Development Programme framework in 2025" in m.action
    assert m.deadlines == []


# ---------------------------------------------------------------- 2. "the Central Asian States": one name


def test_capitalised_words_before_states_are_the_name_mentioned():
    # A/RES/79/5 1 (the audit's n 172: the mention was "States")
    assert mentions(FOLDER / "A_RES_79_5.txt", "1") == ["Central Asian States"]
    assert mentions(FOLDER / "A_RES_79_5.txt", "5")[0] == "Central Asian States"
    # "the Caribbean States" (A/RES/79/204 4), whose name was cut to "States" too
    assert "Caribbean States" in mentions(FIXTURES / "A_RES_79_204.txt", "4")
    assert "States" not in mentions(FIXTURES / "A_RES_79_204.txt", "4")


def test_a_sentences_first_word_and_a_titles_words_are_no_part_of_the_name():
    # "(a) Support States, including through capacity-building" (A/RES/78/16 3 (a)): the verb's capital, States
    assert "States" in mentions(FOLDER / "A_RES_78_16.txt", "3 (a)")
    assert "Support States" not in mentions(FOLDER / "A_RES_78_16.txt", "3 (a)")
    # "its International Instrument to Enable States to Identify and Trace ..." (A/RES/79/136 14): a title's words
    found = mentions(FOLDER / "A_RES_79_136.txt", "14")
    assert "States" not in found and "Enable States" not in found
    # "the Archipelagic and Island States Forum" (A/RES/79/144 354): a title's, no mention of States
    assert "States" not in mentions(FIXTURES / "A_RES_79_144.txt", "354")
    # "the Contracting Parties to the Barcelona Convention" (A/RES/79/144 233): the contracting parties
    assert "Contracting Parties" in mentions(FIXTURES / "A_RES_79_144.txt", "233")


# ---------------------------------------------------------------- 3. a name inside a meeting's capitalised title


def test_a_name_between_a_summits_title_head_and_its_topic_is_no_mention():
    # A/RES/79/68 20 (the audit's n 176: a mention of Heads of State and Government)
    assert "Heads of State and Government" not in mentions(FOLDER / "A_RES_79_68.txt", "20")
    assert "African Union" in mentions(FOLDER / "A_RES_79_68.txt", "20")


def test_the_parties_of_a_conference_of_the_parties_to_a_convention_stay_a_mention():
    # "the Conference of the Parties to the Convention on Biological Diversity" (A/RES/79/208 3): the "on" is the
    # Convention's title's (tests/labels/GUIDELINE.md, the thirtieth session, auditfix32)
    assert "parties to the Convention" in mentions(FIXTURES / "rfix3" / "A_RES_79_208.txt", "3")


# ---------------------------------------------------------------- 4. "United Nations mandate holders": the class


def test_a_noun_adjunct_between_the_name_and_a_class_makes_the_class():
    # A/RES/78/219 16 (p) (the audit's n 180: a mention of the United Nations)
    found = mentions(FIXTURES / "A_RES_78_219.txt", "16 (p)")
    assert "United Nations mandate holders" in found and "United Nations" not in found
    # "other United Nations humanitarian agencies" (A/RES/78/119 14)
    found = mentions(FIXTURES / "kinds5" / "A_RES_78_119.txt", "14")
    assert "United Nations humanitarian agencies" in found and "United Nations" not in found
