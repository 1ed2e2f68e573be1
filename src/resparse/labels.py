"""Paragraph labels in UN citation style, from whatever spacing a user types.

    >>> canonical_label("OP22(a)")
    '22 (a)'
    >>> canonical_label("para. 15 (a)(ii)")
    '15 (a) (ii)'
    >>> canonical_label("pp 3")
    'PP3'
    >>> canonical_label("Annex, para. 49")
    'annex 49'
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
_SUB = re.compile(r"\(\s*([A-Za-z0-9]{1,6})\s*\)")


def canonical_label(text: str) -> str | None:
    """The label as ``Paragraph.label`` spells it, or None when ``text`` is not a paragraph label."""
    t = text.strip()
    m = _PP.match(t)
    if m:
        return f"PP{int(m.group(1))}"
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
