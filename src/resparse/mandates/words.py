"""The words of a clause, read once for every string a pass asks it for.

The mandate passes test a text for the strings a scan needs before they run the scan there (``deadlines._KINDS``:
"annually", the months, "no later", " is " ...; a kind whose strings the text lacks is not scanned). Asked string by
string (``s in text``), the text is read once per string: 127 reads of each text the deadlines read. A
:class:`Strings` reads the text once instead: its words (the runs of ASCII letters and digits, in lower case), each
distinct word matched once against the strings' words (one pass of the regular-expression engine; kept: the same
words recur in every text), so that a string is sought (``in``) only where the text has a word that holds the
string's longest run of letters and digits. That is a necessary condition, never a guess: where ``s in text``, each
run of letters and digits of ``s`` stands inside a run of the text, in lower case inside one of its words. So the
answer is ``{s for s in strings if s in text}``, case as written, for every text (tested over the corpus:
tests/test_mandates_words.py).

Shape: ``Strings(strings).present(text) -> frozenset[str]``. A text that is not ASCII, and a string with no letter
or digit or not in ASCII, is read string by string.
"""

from __future__ import annotations

import re
from typing import Iterable

# every byte to itself in lower case if it is an ASCII letter or digit, to a space otherwise: ``bytes.split`` then
# gives the text's words, a single pass in C (the actors scanner's words are the same runs, ``actors._words``, with
# their offsets, which these tests do not need)
_WORD_BYTES = bytes(
    c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 or 48 <= c <= 57 else 32 for c in range(256)
)
_RUN = re.compile(rb"[a-z0-9]+")
# the distinct words a vocabulary keeps before it starts again (a corpus build's vocabulary is some tens of thousands)
_KEPT = 1 << 17


class Strings:
    """Which of a fixed tuple of strings a text holds (``s in text``, case as written): :meth:`present`."""

    def __init__(self, strings: Iterable[str]):
        self.strings = tuple(dict.fromkeys(strings))
        by_key: dict[bytes, list[str]] = {}
        always: list[str] = []
        for s in self.strings:
            runs = _RUN.findall(s.lower().encode("ascii")) if s.isascii() else []
            if runs:
                by_key.setdefault(max(runs, key=len), []).append(s)
            else:
                always.append(s)
        self._by_key = {k: tuple(v) for k, v in by_key.items()}  # the longest run of a string -> the strings
        self._keys = tuple(self._by_key)
        # the keys a word holds, in one pass of the engine: at each place the longest key that starts there (the
        # alternation tried longest first, inside a lookahead: places overlap), then the keys that are prefixes of
        # it, which start there too (every key that starts at a place is a prefix of the longest one)
        self._at = re.compile(b"(?=(" + b"|".join(map(re.escape, sorted(self._keys, key=len, reverse=True))) + b"))")
        self._prefixes = {k: tuple(j for j in self._keys if k.startswith(j)) for k in self._keys}
        self._always = tuple(always)  # read in every text
        self._held: dict[bytes, tuple[bytes, ...]] = {}  # a word -> the keys it holds

    def present(self, text: str) -> frozenset[str]:
        """The strings that ``text`` holds."""
        if not text.isascii():
            return frozenset(s for s in self.strings if s in text)
        held, keys = self._held, set()
        for word in set(text.encode("ascii").translate(_WORD_BYTES).split()):
            got = held.get(word)
            if got is None:
                if len(held) >= _KEPT:
                    held.clear()
                longest = self._at.findall(word)
                got = held[word] = tuple({j for k in longest for j in self._prefixes[k]}) if longest else ()
            if got:
                keys.update(got)
        by_key = self._by_key
        return frozenset([s for k in keys for s in by_key[k] if s in text] + [s for s in self._always if s in text])
