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
def _opening_regex(kind: str = "both", first: str | None = None) -> re.Pattern:
    """The pattern of an opening phrase of ``kind`` ("both", "preambular", "operative") at the start of a text.

    With ``first`` (a lower-cased word that opens a phrase or copula of the data file and no adverb), only the
    branches of the phrases and copulas whose first word is ``first``: what the whole pattern matches in a text
    whose first word (``_FIRST_WORD``, lower-cased) is ``first``, as every other branch would need its own first
    word there, followed by a space, comma, colon or semicolon or the end (:func:`_first_word_regex`)."""
    sections = data.sections("opening_phrases.txt")
    phrases = [*sections["preambular"], *sections["operative"]] if kind == "both" else list(sections[kind])

    def opens(entries) -> list[str]:
        return [e for e in entries if first is None or e.split(" ", 1)[0].lower() == first]

    phrases = opens(phrases)

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
    copular = [
        rf"(?:{alt(opens(sections[c]))})\s+(?:(?:{adverbs})\s+)*(?:{predicates})" for c in copulas if opens(sections[c])
    ]
    pattern = (
        (rf"^(?:(?:{adverbs})\s+)*" if first is None else "^")
        + rf"(?:{'|'.join([phrase_alt(phrases)] * bool(phrases) + copular)})"
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


_FIRST_WORD = re.compile(r"[^\s,:;]*")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=None)
def _first_word_regex(first: str) -> re.Pattern:
    """The opening-phrase pattern (both kinds) for a text whose first word, lower-cased, is ``first``: the whole
    pattern where ``first`` opens an adverb ("Also", "Once again", "Deeply": any phrase may follow it), else the
    pattern of the phrases and copulas that open with it (``_opening_regex("both", first)``, a few branches
    where the whole pattern tries every first word's in turn: over the texts a corpus parse asks about, 0.06-0.09 s
    against 0.11-0.14 s);
    built on first use of each word (a parse meets few of them; at most one per entry of the data file).

    The same match as the whole pattern's: a branch that opens with another word cannot match there, as its first
    word ends where the text's does (a space, comma, colon or semicolon, or the end, follows it in every branch);
    case is ignored by both, and a non-ASCII word whose lower case is ASCII ("\u212a" KELVIN SIGN, "k") matches
    an ASCII word under ``re.IGNORECASE`` where its lower case is that word."""
    sections = data.sections("opening_phrases.txt")
    if first in {a.split(" ", 1)[0].lower() for a in sections["adverbs"]}:
        return _opening_regex()
    return _opening_regex("both", first)


def opening_phrase(text: str) -> str | None:
    """The opening phrase that starts ``text`` ("Recalling also", "Calls upon", "Remains deeply concerned"), its
    white space made single spaces, or None."""
    first = _FIRST_WORD.match(text).group(0).lower()
    if first not in _first_words():
        return None
    m = _first_word_regex(first).match(text)
    return _SPACES.sub(" ", m.group(0)) if m else None


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
