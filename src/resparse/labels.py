"""Paragraph labels in UN citation style, from whatever spacing a user types.

    >>> canonical_label("OP22(a)")
    '22 (a)'
    >>> canonical_label("para. 15 (a)(ii)")
    '15 (a) (ii)'
    >>> canonical_label("pp 3")
    'PP3'
    >>> canonical_label("Annex, para. 49")
    'annex 49'

Every label the tool prints reads back as itself: the text a resolution adopts in its body is ``adopted``
("adopted 42 (b)", the Pact for the Future, A/RES/79/1), an annex of rules or articles names the unit
("annex III rule 24.2", A/RES/78/128; "annex article 40.12", A/RES/79/243), unnumbered text is ``U1``:

    >>> canonical_label("Adopted 42(b)")
    'adopted 42 (b)'
    >>> canonical_label("annex rule 7.1")
    'annex rule 7.1'
    >>> canonical_label("annex III, Rule 24")
    'annex III rule 24'
    >>> canonical_label("annex art. 40.12 (a)")
    'annex article 40.12 (a)'
    >>> canonical_label("annex U1")
    'annex U1'
    >>> canonical_label("PP9(a)")
    'PP9 (a)'

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
_PP = re.compile(r"^\s*(?:pp|preambular\s+paragraph)\s*\.?\s*(\d+)\s*((?:\(\s*[A-Za-z0-9]{1,6}\s*\)\s*)*)$",
                 re.IGNORECASE)
# "annex II, para. 8", "annex 49": a roman numeral names the annex; a bare number is the paragraph. "adopted": the
# text the resolution adopts in its body (its own numbering, `build`'s scope "adopted")
_ANNEX = re.compile(r"^\s*(?:(?P<adopted>adopted)\b|annex(?:\s+(?P<roman>[IVXL]+)\b)?)\s*,?\s*", re.IGNORECASE)
# the designated unit of an annex of rules or articles ("rule 24.2", "art. 40"): the unit's word as labels spell it
_UNIT = re.compile(r"^(?P<unit>rule|article|art\.)\s*", re.IGNORECASE)
# a paragraph of a rule or article written as a citation writes it ("rule 33, para. 2", "rule 48, paragraph 1"):
# labels number it after a full stop, as the rules of procedure do ("rule 33.2", A/RES/72/244 annex)
_UNIT_PARAGRAPH = re.compile(r"^(\d+)\s*,?\s*(?:paragraph|paras?\.?)\s*(?=\d)", re.IGNORECASE)
_BODY = re.compile(r"^(\d+(?:\.\d+)?|U\d+)\s*((?:\(\s*[A-Za-z0-9]{1,6}\s*\)\s*)*)$")
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
        return f"PP{int(m.group(1))}" + "".join(f" ({s})" for s in _SUB.findall(m.group(2) or ""))
    section = section_label(t)
    if section:
        return section
    scope = ""
    m = _ANNEX.match(t)
    if m and t[: m.end()].strip():
        scope = "adopted " if m.group("adopted") else "annex" + (f" {m.group('roman').upper()}" if m.group("roman") else "") + " "
        t = t[m.end() :]
    unit = _UNIT.match(t)
    if unit:  # a rule or article is numbered itself: no "para." before its number
        t = _UNIT_PARAGRAPH.sub(r"\1.", t[unit.end() :])
        scope += ("article" if unit.group("unit").lower().startswith("art") else "rule") + " "
    else:
        t = _PREFIX.sub("", t).strip()
    m = _BODY.match(t)
    if not m or m.group(1).startswith("U") and unit:
        return None
    subs = "".join(f" ({s})" for s in _SUB.findall(m.group(2) or ""))
    return f"{scope}{m.group(1)}{subs}"


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
