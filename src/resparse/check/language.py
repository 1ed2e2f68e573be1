"""The note's language: resparse reads English, so a note in another language gets the warning R205 ("this note
looks French"), never a silent 0 findings (data/languages.txt, :mod:`resparse.sources.language`)."""

from __future__ import annotations

from ..sources.language import MIN_WORDS_NOTE, not_english
from .anchors import Reading
from .library import Library
from .report import Item


def check(reading: Reading, library: Library) -> list[Item]:
    lang = not_english(reading.text, MIN_WORDS_NOTE)
    if not lang:
        return []
    item = reading.item("language", 0, max(1, reading.text.find("\n")))
    reading.finding(item, 0, "R205", f"this note looks {lang}; resparse reads English notes and resolutions, so its "
                    "citations and quotations were not checked")
    return [item]
