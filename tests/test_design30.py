"""Design mends of the thirtieth session (branch design30), the output unchanged (the --full dump of the 902 corpus
files and the citations of bench/dump_references.py identical to the start tree's): word lists written once, each a
section of data/deadline_words.txt that the grammars read as terminals defined at load time
(``grammars.with_terminals``):

- the adjectives of a period of years, [recurring adjectives], and their adverbs: grammar/deadlines.lark's and
  grammar/attachment.lark's RECURRING_YEARS and RECURRING_YEARS_ADVERB (``deadlines.recurring_years``), read by
  EVERY_AFTER and attachment's ``recurrence``, and render/mandates.py's ``_SAYS_RECURRENCE``;
- the numbers in words, [number words]: deadlines.lark's COUNT_WORD (COUNT), the scans' ``_COUNT``, ``count``;
- the head nouns of an event, [event names] and [event heads]: deadlines.lark's EVENT_NAME and EVENT_HEAD.

Each test reads the shipped grammar for the words (none written there again) and runs it on real paragraphs.
"""

from __future__ import annotations

import re

from resparse import data, grammars
from resparse.mandates import attachment, deadlines


def _code(text: str) -> str:
    """``text``, a grammar, without its comments (each line cut at "//")."""
    return "\n".join(line.split("//")[0] for line in text.splitlines())


def test_the_adjectives_of_years_and_their_adverbs_are_the_data_file_s():
    """EVERY_AFTER and attachment's ``recurrence`` read [recurring adjectives] and their adverbs (an adjective in -ly
    its own); neither grammar writes them again. Real recurrences: "and every three years thereafter" (A/RES/79/327
    16), "and thereafter on a biennial basis" (A/RES/79/295 9), "annually" (A/RES/78/4 annex)."""
    words = data.counted("deadline_words.txt", "recurring adjectives")
    made = deadlines.recurring_years()
    assert made["RECURRING_YEARS"] == data.alternation(words)
    assert set(made["RECURRING_YEARS_ADVERB"].split("|")) == {w if w.endswith("ly") else w + "ly" for w in words}
    for name in ("deadlines.lark", "attachment.lark"):
        # (deadlines.lark's YEARLY, "annually", and REGULAR, "its annual report", name one year alone, not the list)
        assert not re.search(r"biennial|triennial|quadrennial", _code(grammars.grammar_text(name))), name
    every_after = re.compile(grammars.terminal_regex(deadlines._parser(), "EVERY_AFTER"))
    for text in (", and every three years thereafter", ", and thereafter on a biennial basis",
                 " and subsequently on a biennial basis", ", and to consider thereafter on a biennial basis"):
        assert every_after.fullmatch(text), text
    recurrence = attachment.rule("recurrence")
    assert [bool(recurrence.fullmatch(w)) for w in ("annually", "biennially", "on an annual basis", "every two years",
                                                    "on a monthly basis", "on a weekly basis")] == [True] * 5 + [False]


def test_the_numbers_in_words_are_the_data_file_s():
    """COUNT reads [number words]; ``count`` and a recurrence's words read its values ("within six months", A/RES/79/233;
    "one year after the adoption of the Convention", A/RES/79/243 6)."""
    numbers = data.counted("deadline_words.txt", "number words")
    assert data.alternation(numbers) in grammars.terminal_regex(deadlines._parser(), "COUNT")
    assert not re.search(r"eleven|twelve|eighteen", _code(grammars.grammar_text("deadlines.lark")))
    assert [deadlines.count(w) for w in ("six", "Twelve", "18", "twenty-four")] == [6, 12, 18, 24]
    assert deadlines._every_n_years(5) == "every five years" and deadlines._every_n_years(1) == "annually"
    within = deadlines.find("to submit the report within six months of the adoption of the present resolution")
    assert [d.text for d in within] == ["within six months of the adoption of the present resolution"]


def test_the_head_nouns_of_an_event_are_the_data_file_s():
    """EVENT_NP, EVENT_NP_AT, EVENT_NP_OCCASION read [event names] and [event heads] (EVENT_HEAD), EVENT_NP_ORD the
    names alone (EVENT_NAME); deadlines.py's ``_EVENT_NAMES`` and ``_EVENT_HEADS`` are the same lists."""
    sections = data.sections("deadline_words.txt")
    assert deadlines._EVENT_NAMES == tuple(sections["event names"])
    assert deadlines._EVENT_HEADS == (*sections["event names"], *sections["event heads"])
    assert not re.search(r"Summit|commemoration|celebration", _code(grammars.grammar_text("deadlines.lark")))
    parser = deadlines._parser()
    heads = data.alternation(deadlines._EVENT_HEADS)
    for name in ("EVENT_NP", "EVENT_NP_AT", "EVENT_NP_OCCASION"):
        assert heads in grammars.terminal_regex(parser, name), name
    assert data.alternation(deadlines._EVENT_NAMES) in grammars.terminal_regex(parser, "EVENT_NP_ORD")
    # "at the annual operational activities for development segment" (A/RES/79/226 117): the report's time
    found = deadlines.find("to continue to regularly monitor and report on the work of multi-country offices at the "
                           "annual operational activities for development segment")
    assert [d.text for d in found] == ["at the annual operational activities for development segment"]
