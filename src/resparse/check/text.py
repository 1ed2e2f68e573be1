"""Small helpers for the checker's messages."""

from __future__ import annotations

import re


def short(text: str, n: int = 60) -> str:
    """``text`` on one line, cut to ``n`` characters with "…"."""
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= n else text[: n - 1] + "…"


def and_list(items: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def paragraph_name(label: str) -> str:
    """ "paragraph 7", "paragraph PP3"; an annex's or a rule's label as it is ("annex 50", "annex rule 6")."""
    return label if label.startswith("annex") else f"paragraph {label}"
