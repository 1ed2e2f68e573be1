"""Ordinal numbers written in words, as UN drafting writes them: sessions ("the seventy-third session"), paragraphs
("the ninth preambular paragraph"), days ("the first Saturday of July"): "the seventy-third session of the General
Assembly" (A/RES/71/280, para. 1 (a)), "the eighty-first session" (A/RES/79/149, para. 39). Read by the references
stage and by the mandates' deadlines, so that one table serves both.

    >>> ordinal("seventy-third"), ordinal("eightieth"), ordinal("first"), ordinal("twelfth")
    (73, 80, 1, 12)
    >>> ordinal("session") is None
    True
    >>> import re; [w for w in ("eightieth", "ninetieth", "seventy-ninth", "tenth", "eighty") if re.fullmatch(PATTERN, w)]
    ['eightieth', 'ninetieth', 'seventy-ninth', 'tenth']
"""

from __future__ import annotations

UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
TEENS = "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
TENS_ORD = "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split()


def ordinal(word: str) -> int | None:
    """An ordinal word's number, any case: 'seventy-third' -> 73, 'eightieth' -> 80, 'first' -> 1; None for a word
    that is no ordinal from 'first' to 'ninety-ninth'."""
    w = word.lower()
    if w in UNITS:
        return UNITS.index(w) + 1
    if w in TEENS:
        return TEENS.index(w) + 10
    if w in TENS_ORD:
        return (TENS_ORD.index(w) + 2) * 10
    tens, _, unit = w.partition("-")
    if tens in TENS and unit in UNITS:
        return (TENS.index(tens) + 2) * 10 + UNITS.index(unit) + 1
    return None


# every ordinal :func:`ordinal` reads, as one regex alternation (no groups, no flags; compound ones first, so that
# "seventy-ninth" is matched whole): what the renewals of reports blank when comparing two sessions' words
PATTERN = "|".join([rf"(?:{'|'.join(TENS)})-(?:{'|'.join(UNITS)})", *TENS_ORD, *TEENS, *UNITS])

# the ordinals as the terminal ORDINAL_WORD that grammar/references.lark, grammar/deadlines.lark and grammar/reports.lark
# declare (``%declare ORDINAL_WORD``), defined when each is loaded (``grammars.load(..., terminals=...)``, as
# months.MONTH_TERMINALS): "the ninth preambular paragraph" (ORDINAL_UNIT), "the Fourteenth Ministerial Conference"
# (EVENT_NP_ORD), "for presentation at the fourth Review Conference" (MODIFIER) read this one list
ORDINAL_TERMINALS: tuple[tuple[str, str], ...] = (("ORDINAL_WORD", f"/(?:{PATTERN})/"),)
