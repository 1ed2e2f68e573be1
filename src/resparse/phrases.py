"""Opening phrases of resolution paragraphs ("Recalling also", "Calls upon", "Takes note"), from the data file
``data/opening_phrases.txt`` (adverbs, then a preambular or operative phrase, then modifiers; an operative phrase
may also be a copula and a preambular adjective or past participle: "Is encouraged", "Remains deeply concerned",
and a preambular one a copula's participle and such a predicate: "Remaining deeply concerned"; modifiers may stand
inside a phrase of several words, after its first: "Calls once again for")."""

from __future__ import annotations

import re
from functools import lru_cache

from . import data


@lru_cache(maxsize=None)
def _opening_regex(kind: str = "both", initial: str | None = None) -> re.Pattern:
    """The opening phrases of ``kind`` ("both", "preambular", "operative"), matched at a text's start. With
    ``initial`` (the lower-cased first letter of a text whose first word opens no adverb, :func:`_regex_of`), only
    the phrases and copulas whose first word starts with it, and no adverbs before them: the other alternatives
    cannot match such a text, as each must match its first word's letters (ASCII, in any case) from the text's
    first, so the pattern matches it exactly as the whole one does."""
    sections = data.sections("opening_phrases.txt")
    phrases = [*sections["preambular"], *sections["operative"]] if kind == "both" else list(sections[kind])
    if initial is not None:
        phrases = [p for p in phrases if p[:1].lower() == initial]

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))

    modifiers = alt(sections["modifiers"])

    def phrase_alt(words: list[str]) -> str:
        # modifiers may stand after the first word of a phrase of several, also between commas: "Calls once again
        # for", "Having also considered", "Guided also by", "Calls, in this context, for". The phrases that share a
        # first word share one branch, longest first: "Calls(?:<modifiers>,?\s+(?:upon|for|...))?" (the modifiers
        # written out once per first word, not once per phrase: a pattern a third as long, compiled at start-up)
        firsts: dict[str, list[str]] = {}
        for w in sorted(set(words), key=len, reverse=True):
            firsts.setdefault(w.split(" ", 1)[0].lower(), []).append(w)
        branches = []
        for group in firsts.values():
            rests = [w.split(" ", 1)[1] for w in group if " " in w]
            branch = re.escape(group[0].split(" ", 1)[0])
            if rests:
                optional = "?" if len(rests) < len(group) else ""  # the first word is a phrase of its own too
                branch += rf"(?:(?:,?\s+(?:{modifiers}))*,?\s+(?:{alt_ordered(rests)})){optional}"
            branches.append(branch)
        return "|".join(branches)

    def alt_ordered(words: list[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)

    adverbs = alt(sections["adverbs"])
    # "Is encouraged", "Remains deeply concerned" (operative), "Remaining deeply concerned" (preambular): a copula,
    # adverbs, then a preambular adjective or past participle
    predicates = alt([p for p in sections["preambular"] if not any(w.endswith("ing") for w in p.split())])
    copulas = {"preambular": ["preambular copulas"], "operative": ["copulas"]}.get(
        kind, ["copulas", "preambular copulas"]
    )
    if initial is not None:
        copulas = [c for c in copulas if any(e[:1].lower() == initial for e in sections[c])]
    copular = "".join(
        rf"|(?:{alt(sections[c])})\s+(?:(?:{adverbs})\s+)*(?:{predicates})" for c in copulas
    )
    pattern = (
        (rf"^(?:(?:{adverbs})\s+)*" if initial is None else "^")
        + rf"(?:{phrase_alt(phrases) + copular if phrases else copular[1:]})"
        + rf"(?:\s+(?:{modifiers}))*"
        r"(?=[\s,:;]|$)"
    )
    return re.compile(pattern, re.IGNORECASE)


@lru_cache(maxsize=None)
def _first_words() -> frozenset[str]:
    """The first word, lower-cased, of every entry an opening phrase can start with (an adverb, a phrase, a
    copula): a text whose first word is none of them has no opening phrase, and the long alternation of
    :func:`_opening_regex` is not tried."""
    sections = data.sections("opening_phrases.txt")
    entries = [*sections["adverbs"], *sections["preambular"], *sections["operative"], *sections["copulas"],
               *sections["preambular copulas"]]
    return frozenset(e.split()[0].lower() for e in entries)


@lru_cache(maxsize=None)
def _adverb_first_words() -> frozenset[str]:
    return frozenset(e.split()[0].lower() for e in data.sections("opening_phrases.txt")["adverbs"])


_BY_FIRST_WORD: dict[str, re.Pattern] = {}


def _regex_of(word: str) -> re.Pattern:
    """The opening-phrase pattern for a text whose lower-cased first word is ``word`` (one of :func:`_first_words`):
    the whole pattern where an adverb may open with it ("Also requests"), else the phrases and copulas whose first
    word starts with its letter (:func:`_opening_regex` with ``initial``; compiled once per letter, a twentieth of
    the whole). The whole pattern tries each of its 200 alternatives in turn at a text's start (some 20
    microseconds a paragraph, 54,000 paragraphs and lines over the corpus), a letter's a tenth of them."""
    regex = _BY_FIRST_WORD.get(word)
    if regex is None:
        regex = _BY_FIRST_WORD[word] = _opening_regex("both", None if word in _adverb_first_words() else word[:1])
    return regex


_FIRST_WORD = re.compile(r"[^\s,:;]*")
_SPACES = re.compile(r"\s+")


def opening_phrase(text: str) -> str | None:
    """The opening phrase that starts ``text`` ("Recalling also", "Calls upon", "Remains deeply concerned"), its
    white space made single spaces, or None."""
    word = _FIRST_WORD.match(text).group(0).lower()
    if word not in _first_words():
        return None
    m = _regex_of(word).match(text)
    if m is None:
        return None
    phrase = m.group(0)
    # white space other than single spaces (``\s`` of an ASCII text: a space, or a control character, which
    # str.isprintable refuses) is rare: the substitution runs only where it may change the phrase
    return phrase if phrase.isascii() and phrase.isprintable() and "  " not in phrase else _SPACES.sub(" ", phrase)


def is_preambular(opening: str | None) -> bool:
    """Does this opening phrase open preambular paragraphs ("Recalling also", "Having considered")?"""
    return bool(opening) and bool(_opening_regex("preambular").fullmatch(opening))




@lru_cache(maxsize=1)
def _chapeau_complements() -> tuple[frozenset[str], re.Pattern]:
    sections = data.sections("opening_phrases.txt")
    phrases = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sections["chapeau phrases"])
    return frozenset(sections["chapeau ends"]), re.compile(rf"\b(?:{phrases})\b", re.IGNORECASE)


def completes_chapeau(chapeau: str) -> bool:
    """Do the items under ``chapeau`` (a paragraph's text that ends in ":") complete its sentence as its complements
    ("... collect data, where available, from:", "... may include one or more of the following, ...:"), so that an
    item's first word ("Recalls", "Marking", "Supporting") is no opening phrase? The chapeau's last word, or a phrase
    of its last clause (after its last ";"), is one of data/opening_phrases.txt [chapeau ends] / [chapeau phrases]."""
    text = chapeau.rstrip()
    if not text.endswith(":"):
        return False
    ends, phrases = _chapeau_complements()
    words = re.findall(r"[A-Za-z]+", text)
    return bool(words) and words[-1].lower() in ends or phrases.search(text.rsplit(";", 1)[-1]) is not None
