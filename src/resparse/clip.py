"""Cutting a text short for display, the one rule every stage's messages, tables and labels use: whole up to its
room, else cut after the last whole word that fits, with a mark ("…") where it is cut. Imports nothing of the
project, so that any stage may use it.

    >>> clip("Requests the Secretary-General to submit a report", 31)
    'Requests the Secretary-General…'
    >>> clip("Requests the Secretary-General to submit a report", 30, "...")
    'Requests the...'
    >>> clip("Requests   the\\nSecretary-General", 40)
    'Requests the Secretary-General'
"""

from __future__ import annotations

import re

_SPACE = re.compile(r"\s+")


def clip(text: str, n: int, mark: str = "…") -> str:
    """``text`` on one line (each run of white space one space), whole when it has ``n`` characters or fewer, else
    cut after the last whole word that fits in ``n`` characters with ``mark``, the punctuation before the cut
    (",;:") dropped; a first word longer than the room is cut inside it (there is no word to cut after). Before,
    the checker's messages cut mid-word: '"The Assembly, in paragraph 23 of resolution 78/71, "requests the Secr…"'
    (its ``short``, R003/R004), as did the mandates table ("Calls upon States to pr...")."""
    text = _SPACE.sub(" ", text).strip()
    if len(text) <= n:
        return text
    room = max(n - len(mark), 1)
    head = text[: room + 1]  # a space right after the room: the word before it fits whole
    cut = head.rsplit(" ", 1)[0] if " " in head else text[:room]
    return cut.rstrip(" ,;:") + mark
