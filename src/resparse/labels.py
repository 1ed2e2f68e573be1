"""Paragraph labels in UN citation style, from whatever spacing a user types.

    >>> canonical_label("OP22(a)")
    '22 (a)'
    >>> canonical_label("para. 15 (a)(ii)")
    '15 (a) (ii)'
    >>> canonical_label("pp 3")
    'PP3'
    >>> canonical_label("Annex, para. 49")
    'annex 49'

A resolution in sections that each number their paragraphs from 1 (budget resolutions: "I", "II", ...) labels its
paragraphs by section: "XIX" (a section of one unnumbered paragraph, cited "section XIX of resolution 79/258"),
"IV.3" ("section IV, paragraph 3"), "XXIII (a)", "XXV U1". A section is its own kind of label, read with or without
its word ("section", "sect.", "part" as drafters write it); a roman numeral alone is a section (upper case: "(xix)"
and "xix" are sub-paragraph markers, not labels), "annex XIX" an annex (no paragraph label):

    >>> canonical_label("sect. XIX, para. 2")
    'XIX.2'
    >>> canonical_label("XIX")
    'XIX'
    >>> canonical_label("section XXIII(a)")
    'XXIII (a)'
"""

from __future__ import annotations

import re

_PREFIX = re.compile(
    r"^\s*(?:operative\s+|preambular\s+)?(?:paragraphs?|paras?\.?|op\.?|¶)\s*", re.IGNORECASE
)
_PP = re.compile(r"^\s*(?:pp|preambular\s+paragraph)\s*\.?\s*(\d+)\s*$", re.IGNORECASE)
# "annex II, para. 8", "annex 49": a roman numeral names the annex; a bare number is the paragraph
_ANNEX = re.compile(r"^\s*annex(?:\s+([IVXL]+)\b)?\s*,?\s*", re.IGNORECASE)
_BODY = re.compile(r"^(\d+(?:\.\d+)?)\s*((?:\(\s*[A-Za-z0-9]{1,6}\s*\)\s*)*)$")
# a section's label: "XIX", "section XIX", "sect. XIX, para. 2", "XIX.2", "XXIII (a)", "XXV U1"; a section named by
# a letter ("B") only with its word or a paragraph number ("section B", "B.2"): a capital alone is no label
_SECTION = re.compile(
    r"^\s*(?:(?P<word>(?i:sections?|sects?\.|parts?))\s*)?(?P<sec>(?i:[IVXL]{1,6})|[A-Z])\b\s*"
    r"(?:(?:[.,]\s*(?:(?i:paragraphs?|paras?\.?)\s*)?)(?P<num>\d+)\b|\s+(?P<u>U\d+)\b)?\s*"
    r"(?P<subs>(?:\(\s*[A-Za-z0-9]{1,6}\s*\)\s*)*)$"
)
_SUB = re.compile(r"\(\s*([A-Za-z0-9]{1,6})\s*\)")


def canonical_label(text: str) -> str | None:
    """The label as ``Paragraph.label`` spells it, or None when ``text`` is not a paragraph label."""
    t = text.strip()
    m = _PP.match(t)
    if m:
        return f"PP{int(m.group(1))}"
    section = section_label(t)
    if section:
        return section
    annex = ""
    m = _ANNEX.match(t)
    if m and t[: m.end()].strip():
        annex = "annex" + (f" {m.group(1).upper()}" if m.group(1) else "") + " "
        t = t[m.end() :]
    t = _PREFIX.sub("", t).strip()
    m = _BODY.match(t)
    if not m:
        return None
    subs = "".join(f" ({s})" for s in _SUB.findall(m.group(2) or ""))
    return f"{annex}{m.group(1)}{subs}"


def section_label(text: str) -> str | None:
    """The label of a section of a resolution in sections, or of a paragraph in one, as ``Paragraph.label`` spells
    it ("section XIX" -> "XIX", "sect. IV, para. 3" -> "IV.3", "section XIX.2 (a)" -> "XIX.2 (a)", as
    :mod:`resparse.references` writes a section's locator too); None when ``text`` names no section. A numeral in
    lower case is a section only after its word ("section xix"); a letter only after its word or before a
    paragraph number ("section B", "B.2")."""
    m = _SECTION.match(text)
    if not m:
        return None
    sec, word, num, u = m.group("sec"), m.group("word"), m.group("num"), m.group("u")
    roman = sec.upper().strip("IVXL") == ""
    if not word and (not sec.isupper() or not roman and not num):
        return None
    label = sec.upper() + (f".{int(num)}" if num else f" {u}" if u else "")
    subs = "".join(f" ({x})" for x in _SUB.findall(m.group("subs") or ""))
    return label + subs
