"""Which language a text is in, by its function words and its script (``data/languages.txt``).

resparse reads English: its grammars, opening phrases and operative verbs are English drafting. A text in another
language is refused (a resolution) or flagged (a note) with one clear line, never read as a wrong tree or passed
with no finding.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .. import data

SAMPLE = 6_000  # characters read from the start of the text (some 900 words, a hundred of them function words)
MIN_WORDS = 12  # fewer function words than this: too little text to tell
MIN_WORDS_NOTE = 4  # a note may be two sentences; its few function words still tell (each language's are its own)
MARGIN = 2.0  # another language must have this many times English's function words
SCRIPT_SHARE = 0.3  # share of the letters in a non-Latin script that makes the text that script's language
_WORD = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]")
_NON_ASCII_LETTER = re.compile(r"[^\x00-\x7f](?<=[^\W\d_])")
# every byte but an ASCII letter made a space: the words of a text with no other letter are then split by str.split
_ASCII_LETTERS = bytes(c if c < 128 and chr(c).isalpha() else 32 for c in range(256))


def words(text: str) -> list[str]:
    """The words of ``text`` (runs of letters, ``_WORD.findall``), split in C where every letter is ASCII (the
    common case: a regular expression reads 30 MB/s); non-ASCII characters that are no letters (quotes, dashes)
    split words as the expression does.

    >>> words("the Assembly’s 78th session_2, café")
    ['the', 'Assembly', 's', 'th', 'session', 'café']
    """
    if text.isascii() or not _NON_ASCII_LETTER.search(text):
        return text.encode("ascii", "replace").translate(_ASCII_LETTERS).decode("ascii").split()
    return _WORD.findall(text)


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], list[tuple[str, re.Pattern]]]:
    sections = data.sections("languages.txt")
    seen: Counter[str] = Counter()
    words: dict[str, str] = {}
    for lang, lines in sections.items():
        if lang == "scripts":
            continue
        for w in {w for line in lines for w in line.split()}:
            seen[w] += 1
            words[w] = lang
    words = {w: lang for w, lang in words.items() if seen[w] == 1}
    scripts = []
    for line in sections.get("scripts", ()):
        lang, span = line.rsplit(None, 1)
        lo, hi = span.split("-")
        scripts.append((lang, re.compile(f"[\\u{lo}-\\u{hi}]")))
    return words, scripts


def detect(text: str, min_words: int = MIN_WORDS) -> str | None:
    """The language of ``text`` ("English", "French", ...), or None when there are fewer than ``min_words``
    function words to tell by."""
    sample = text[:SAMPLE]
    function_words, scripts = _tables()
    # a script's letters are never ASCII: a text with next to none of those is in the Latin script (counted in C)
    non_ascii = len(sample) - len(sample.encode("ascii", "ignore"))
    if non_ascii > 0.02 * len(sample):
        letters = len(_LETTER.findall(sample))
        for lang, block in scripts:
            if len(block.findall(sample)) > SCRIPT_SHARE * letters:
                return lang
    counts = Counter(filter(None, map(function_words.get, words(sample.lower()))))  # the function words' languages
    if sum(counts.values()) < min_words:
        return None
    english = counts.get("English", 0)
    best, n = max(((lang, k) for lang, k in counts.items() if lang != "English"), default=(None, 0),
                  key=lambda x: x[1])
    if best is not None and n > MARGIN * english:
        return best
    return "English"


def not_english(text: str, min_words: int = MIN_WORDS) -> str | None:
    """The language of a text that is surely not English, else None."""
    lang = detect(text, min_words)
    return lang if lang not in (None, "English") else None
