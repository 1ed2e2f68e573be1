"""Opening phrases of resolution paragraphs ("Recalling also", "Calls upon", "Takes note"), from the data file
``data/opening_phrases.txt`` (adverbs, then a preambular or operative phrase, then modifiers)."""

from __future__ import annotations

import re
from functools import lru_cache

from . import data


@lru_cache(maxsize=None)
def _opening_regex(kind: str = "both") -> re.Pattern:
    sections = data.sections("opening_phrases.txt")
    phrases = [*sections["preambular"], *sections["operative"]] if kind == "both" else list(sections[kind])

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))

    pattern = (
        rf"^(?:(?:{alt(sections['adverbs'])})\s+)*"
        rf"(?:{alt(phrases)})"
        rf"(?:\s+(?:{alt(sections['modifiers'])}))*"
        r"(?=[\s,:;]|$)"
    )
    return re.compile(pattern, re.IGNORECASE)


def opening_phrase(text: str) -> str | None:
    m = _opening_regex().match(text)
    return re.sub(r"\s+", " ", m.group(0)) if m else None


def is_preambular(opening: str | None) -> bool:
    """Does this opening phrase open preambular paragraphs ("Recalling also", "Having considered")?"""
    return bool(opening) and bool(_opening_regex("preambular").fullmatch(opening))


