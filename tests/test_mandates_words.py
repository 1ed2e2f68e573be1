"""``resparse.mandates.words.Strings``: the strings a text holds, read off its words once, are exactly the strings
``s in text`` finds (the passes' prefilters decide by it: a wrong answer would drop or try a scan)."""

from pathlib import Path

import pytest

import resparse
from resparse.mandates import deadlines
from resparse.mandates.words import Strings

ROOT = Path(__file__).resolve().parents[1]

# strings of the shapes the passes ask: a word, a capitalised word, several words, a space-bounded word, a hyphen, a
# word that stands inside longer words ("each" in "reach", "rest" in "interest", "eve" in "every"), a digit run, a
# string with no letter, one not in ASCII
_TRICKY = ("each", "every", "rest", "eve", "May", "may", "Immediately", "immediately", " is ", "run-up", "at the latest",
           "his report", "2030", "30 June", ";", "“", "Türkiye", "early in", "session", "Meeting")


def _texts(res) -> list[str]:
    """Every paragraph's text, and its halves and a middle cut (a clause's action, a head: cut inside words too)."""
    out = []
    for p in res.walk():
        t = p.text
        out += [t, t[: len(t) // 2], t[len(t) // 2 :], t[len(t) // 3 : 2 * len(t) // 3]]
    return out


def _check(strings: Strings, texts: list[str]) -> int:
    for t in texts:
        assert strings.present(t) == frozenset(s for s in strings.strings if s in t), t
    return len(texts)


def test_deadline_words_in_the_repository_texts():
    strings = Strings(w for g in deadlines._NEEDED_GROUPS for w in g)
    n = sum(_check(strings, _texts(resparse.parse(ROOT / "texts" / f))) for f in
            ("A_RES_71_280.txt", "A_RES_72_244.txt", "A_RES_73_195.txt", "A_RES_80_1.txt"))
    assert n > 400


def test_tricky_strings():
    strings = Strings(_TRICKY)
    texts = ["to reach an agreement by 30 June 2030; and in the interest of all", "Every year, on the eve of",
             "it is early in the run-up to the session", "In May, the Secretary-General may report; his report",
             "Immediately, and at the latest", "the Government of Türkiye", "“quoted”", "MAY", "", " is "]
    _check(strings, texts)
    assert strings.present("to reach an agreement") == {"each"}  # inside a word, as ``in`` finds it
    assert strings.present("by 30 June 2030;") == {"30 June", "2030", ";"}
    assert strings.present("MAY") == frozenset()  # case as written
    # the vocabulary's kept words are read again for another text: the same answers
    _check(strings, texts)


def test_deadline_words_over_the_corpus(corpus_dir):
    strings = Strings(w for g in deadlines._NEEDED_GROUPS for w in g)
    files = sorted(corpus_dir.glob("*.txt"))[::15]
    assert sum(_check(strings, _texts(resparse.parse(f))) for f in files) > 1000


@pytest.mark.parametrize("text", ["to report no later than 1 January 2025", "to act without delay", "to meet before the opening of the Games"])
def test_deadlines_found_through_the_words(text):
    """The kinds the words leave are scanned: a deadline of each kind the test strings guard is found."""
    assert deadlines.find(text), text
