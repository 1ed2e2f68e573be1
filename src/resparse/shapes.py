"""Line shapes: what a line of a General Assembly resolution looks like by its start or its end, written once and
used by the normalizer (where logical lines start and join) and the lexer (what each logical line is).

The shapes are those of the official documents (A/RES/..., the PDF and the text extracted from it): "74th plenary
meeting", "[on the report of the Third Committee (A/78/481)]", "71/280. Title", "Annex II", sub-paragraph markers
"(a)", "(iv)", "(B)", "(1)", footnote digits glued to a paragraph's last word.
"""

from __future__ import annotations

import re

from . import data

# the pieces the patterns below are made of, for the normalizer's "a line that starts a new logical line"
PLENARY_WORDS = r"\d+(?:st|nd|rd|th)\s+(?:\(resumed\)\s+)?plenary\s+meeting"
COMMITTEE_WORDS = r"\[(?:[Ww]ithout reference|[Oo]n the (?:report|basis|recommendation))"
MARKER_WORDS = r"[a-z]{1,2}|[ivxlc]{1,6}|[A-Z]|\d{1,2}"  # inside the brackets of a sub-paragraph marker

# "74th plenary meeting", "55th (resumed) plenary meeting" (then the date, on the same line or the next)
PLENARY = re.compile(rf"^{PLENARY_WORDS}\b", re.I)
# "Annex", "Annex II", "ANNEX", "Appendix 2", "Annexes": an annex heading alone on its line
ANNEX = re.compile(r"^(?:Annex|ANNEX|Appendix|APPENDIX)(?:es)?(?:\s+([IVXL]+|\d+))?\s*(?:[.:]\s*)?$")
# an annex heading with its title on its line, the part before the title: "ANNEX I: " of "ANNEX I: Resolution adopted
# by the General Assembly on 6 April 2017", "Annex II — " of "Annex II — Mapping of preparatory regional events" (a
# note or report that carries a resolution as its annex sets its headings so; none of the 902 corpus resolutions
# does: their annex headings stand alone on their line); a colon or a dash, or the full stop after a number, then
# a title that opens with a capital, a digit, a quotation mark or a bracket
ANNEX_TITLED = re.compile(
    r"^(?:Annex|ANNEX|Appendix|APPENDIX)(?:\s+(?:[IVXL]+|\d+)\s*[.:]|\s*:|(?:\s+(?:[IVXL]+|\d+))?\s+[—–-])\s+"
    r"(?=[A-Z\d“\"‘'(\[])"
)
# the colon, dash or full stop between an annex heading and its title (the match of ANNEX_TITLED), and the spaces
# around it: the heading is what stands before it
ANNEX_SEPARATOR = re.compile(r"\s*[.:—–-]\s*$")
# "[without reference to a Main Committee (A/71/L.58)]", "[on the report of the Third Committee (A/78/481)]"
COMMITTEE = re.compile(rf"^{COMMITTEE_WORDS}")
# "71/280. Title", "77/263 A. Title", "ES-11/1."
TITLE = re.compile(r"^(\d{1,3})/(\d{1,4})(?:\s?([A-Z](?:-[A-Z])?))?\.\s+")
# a sub-paragraph marker: letters (a)...(zz), lower romans (i)...(clxx), capitals (A), digits (1); group 1 the marker
SUB_MARKER = re.compile(rf"^\(({MARKER_WORDS})\)(?:\s+|$)")
# footnote digits glued to the end of a paragraph: "session,1", "2012,4", "2002, 3" (not "70/1", not "2015")
TRAILING_MARKER = re.compile(r"(?<=[^\d\s/])\s?\d{1,3}$")
# a heading that is only a designation: "Rule 25", "Article 3", "II.", "A." (its title follows on the next line)
BARE_DESIGNATION = re.compile(r"^(?:(?:Rule|Article|Section|Chapter|Part)\s+[\dIVXL]+|[IVXL]{1,6}\.?|[A-Z]\.)$")
# a numbered heading with its title on its line: a designation of data/heading_designations.txt, an arabic or roman
# number, a full stop or colon, a capital ("Action 4. We will close ...", A/RES/79/1; "Objective 1: Collect ...",
# A/RES/73/195); it opens a logical line where the line before ended a sentence (normalize), and is a heading (lex)
NUMBERED_HEADING = re.compile(
    r"^(?:" + "|".join(map(re.escape, data.sections("heading_designations.txt")["words"])) + r")"
    r"\s+(?:\d{1,3}|[IVXL]{1,6})[.:]\s+[A-Z“\"]"
)
# the line of underscores that opens a page's footnote block (the normalizer, the PDF and pdftotext front ends)
FOOTNOTE_RULE = re.compile(r"^\s*_{5,}\s*$")
# the punctuation that ends a paragraph or a clause
TERMINAL = ".;:"


def ending(text: str) -> str:
    """The last meaningful character of a paragraph: footnote digits glued to its end are ignored.

    >>> ending("at its forty-third session,1"), ending("in June 2012,4 "), ending("resolution 70/1")
    (',', ',', '1')
    """
    # only the tail is read, so that the cost does not grow with the paragraph: a marker is at most 4 characters
    # (" 123") and the character before it
    t = text[-24:].rstrip() or text.rstrip()[-24:]
    if not t[-1:].isdecimal():
        return t[-1:]  # (most texts) a marker ends with a decimal digit ("\d"; ``t`` holds no line break at its end)
    m = TRAILING_MARKER.search(t, max(0, len(t) - 4))
    if m:
        t = t[: m.start()].rstrip()
    return t[-1:] if t else ""


def no_digits(text: str) -> bool:
    """Does ``text`` surely hold no digit (``\\d``)? True for an ASCII text with none of 0-9: ten substring searches
    in C, where a regular expression's scan for a digit reads a character at a time (half the corpus's paragraphs
    hold no digit; a search for one in them took most of the footnote marker scan). False (a digit may be there) for
    any other text.

    >>> no_digits("Recalling its resolution,"), no_digits("resolution 78/1"), no_digits("caf\\u00e9")
    (True, False, False)
    """
    return text.isascii() and not (  # three times faster than any() over a generator
        "0" in text or "1" in text or "2" in text or "3" in text or "4" in text
        or "5" in text or "6" in text or "7" in text or "8" in text or "9" in text
    )


# a table's figure cell, alone on its line in the PDF's text (one cell a line): a count, an amount, a percentage, a
# figure in brackets (a deduction), a dash for none, a footnote letter after it: "1", "63 930 800", "(2 061 900)",
# "0.005", "–", "3 557a"; not "2019,13", a year and its footnote marker (the staffing tables of A/RES/78/252 and
# 79/253, the budget tables of 78/249, the scale of assessments of 79/249)
FIGURE = re.compile(r"^[(\[]?(?:[-–—]|(?:\d{1,3}(?:[ ,]\d{3})+|\d+)(?:\.\d+)?%?)[)\]]?[a-z]?$")


# a note under a table, which opens with its footnote letter or says what it is: "a See A/80/505.", "b Reflects
# amounts after recosting." (the budget tables of A/RES/78/249, 80/239), "Abbreviations: GS (OL), General Service
# (Other level); ..." (the staffing tables of 79/253)
TABLE_NOTE = re.compile(r"^(?:[a-z]\s+[A-Z]|(?:Abbreviations?|Notes?|Sources?)\s*:)")


def table_cell(text: str) -> bool:
    """Can a physical line (stripped) be a cell of a table, whose PDF text sets one cell a line? It does not end as
    a sentence or clause does (".", ";" or ",", footnote digits glued to its end ignored; ":" only a label of three
    words at most, "Of which:" in the budget tables of A/RES/78/249 and 80/239): a paragraph's last line does, a cell
    ("Total net change", "Programme Management Officer", "P-4", "1") does not.

    >>> table_cell("Programme Management Officer"), table_cell("0.005"), table_cell("General Conference in 2019,13")
    (True, True, False)
    >>> table_cell("Of which:"), table_cell("approves the changes to the staffing table as set out below:")
    (True, False)
    """
    if FIGURE.match(text):
        return True  # "0.005": its digits are no footnote marker
    end = ending(text)
    return bool(text) and end not in ".;," and (end != ":" or len(text.split()) <= 3)


# an instruction that amends another text and quotes the amended part after its colon (data/amendment_phrases.txt):
# "Amend paragraph 8 to read:" (A/RES/79/144, annex), "... continues to read as follows:" (79/280 1), "Decides to
# approve the following amendment to the statute of the United Nations Dispute Tribunal:", "Article 9, new
# paragraph 4:" (78/248 14), "Replace paragraph 3 with the following:"
_AMENDMENT = data.sections("amendment_phrases.txt")
_AMEND_VERB = re.compile(r"^(?:" + data.alternation(_AMENDMENT["verbs"]) + r")\s+(?=[a-z\d“\"(])")
_AMEND_READ = re.compile(r"\b(?:" + data.alternation(_AMENDMENT["read"]) + r")\s*:$", re.I)
_AMEND_ANNOUNCE = re.compile(r"\b(?:" + data.alternation(_AMENDMENT["announce"]) + r")\b", re.I)


def amendment_clause(text: str) -> bool:
    """Does ``text`` open with the imperative of an amending text ("Amend paragraph 10 to read:", "Delete
    regulation 4.5.")? Such a line is the amending text's own instruction, never a line of the text it quotes.

    >>> amendment_clause("Amend paragraph 8 to read:"), amendment_clause("Amendments to the terms of reference")
    (True, False)
    """
    return text[:1].isupper() and _AMEND_VERB.match(text) is not None


def amendment_instruction(text: str) -> bool:
    """Does ``text`` introduce a quoted text that amends or restates another one: it ends with a colon (footnote
    digits glued to it ignored) and ends with "to read" or the like, announces "the following amendment" or a "new
    paragraph", or opens with an amending verb ("Replace paragraph 3 with the following:")?

    >>> amendment_instruction("Amend paragraph 8 to read:"), amendment_instruction("Article 9, new paragraph 4:")
    (True, True)
    >>> amendment_instruction("decides that the panels will be as follows:")
    False
    """
    if ending(text) != ":":
        return False
    t = text.rstrip()
    return bool(_AMEND_READ.search(t) or _AMEND_ANNOUNCE.search(t) or amendment_clause(t))
