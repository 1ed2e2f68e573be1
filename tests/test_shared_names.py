"""Units: work shared for speed in the mentions pass (bench/bench_pair.py --stage mandates), each held to the work it
replaces on real resolutions (tests/fixtures): a resolution's short names (``names.short_forms``) read from the names
of each head noun once per text (``names._named_with_head``: the search in two parts, ``names.search_name``, instead
of ``proper_name``'s whole pattern compiled per head), and its mention scanner (``mandates.extract.mention_scanner``)
built from each actor as written once."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import resparse
from resparse import names
from resparse.mandates import extract
from resparse.mandates.actors import Actor, Scanner, class_before_whole, cut_qualifiers, key_tokens, table
from resparse.mandates.extract import _BACK, _POSSESSIVE, mention_scanner

FIXTURES = Path(__file__).parent / "fixtures"
# resolutions whose mandates name bodies in full that the alias table does not hold, several of one head ("Working
# Group", "Commission"), some written short too ("the Residual Special Court", A/RES/78/253)
FILES = ["A_RES_78_185.txt", "A_RES_78_234.txt", "A_RES_78_253.txt", "A_RES_79_144.txt", "A_RES_79_156.txt"]


@pytest.fixture(scope="module")
def read():
    out = {}
    for name in FILES:
        res = resparse.parse(FIXTURES / name)
        out[name] = (res, extract(res, states=True))
    return out


def _short_forms_whole(full: str, text: str) -> list[str]:
    """``short_forms`` as it read before: the whole pattern of ``proper_name`` searched, every name of the head read
    again for each full name."""
    full = re.sub(r"\s+", " ", full.strip())
    head = names.name_head(full)
    if not head[:1].isupper():
        return []
    words = key_tokens(full)
    out, seen, at = [], set(), 0
    pattern = names.proper_name(head)
    while text.find(head, at) >= 0 and (m := pattern.search(text, at)):
        at = names._one_body(text, m.start(1), m.end(1))
        name = names._as_in_table(text, m.start(1), at)
        at = max(at, m.start(1) + 1)
        toks = key_tokens(name)
        if toks in seen:
            continue
        seen.add(toks)
        if (1 < len(toks) < len(words) and " ".join(toks) not in names.names()
                and " ".join(toks) not in names._titles() and names.within(toks, words)
                and names.key(names.full_name(name, text) or "") == names.key(full)):
            out.append(name)
    return out


def test_short_forms_read_each_head_once_as_the_whole_pattern(read):
    """Every full name the mandates name outside the table (those ``mention_scanner`` asks about) and every other
    capitalized actor: the short forms found from the names kept per head are those of the whole pattern, and the
    names of a head are read once for the full names that share it."""
    names._named_with_head.cache_clear()
    asked = found = 0
    for res, mandates in read.values():
        text = ".\n".join([res.title or "", *(p.text for p in res.walk())])
        for full in sorted({m.actor for m in mandates if m.kind == "mandate"}):
            asked += 1
            got = names.short_forms(full, text)
            assert got == _short_forms_whole(full, text), full
            found += len(got)
    assert found >= 8  # "Residual Special Court", "Intergovernmental Working Group", ...
    info = names._named_with_head.cache_info()
    assert info.hits > 0 and info.misses < asked  # full names of one head ("Working Group") shared the reading


def _scanner_of_every_mandate(mandates, texts) -> Scanner:
    """``mention_scanner(mandates, states=True, texts=texts)`` as it was built: each mandate's phrases added, the
    same actor as written as often as it is mandated."""
    extra, full = [], {}
    for m in mandates:
        actor = Actor(m.actor, m.actor_key, False)
        for phrase in (m.actor, cut_qualifiers(m.actor_as_written)):
            # the phrases that name the actor anywhere: not one referring back ("These organizations") nor a class
            # in a whole ("bodies within the United Nations system", the whole a mention of its own)
            if not _POSSESSIVE.match(phrase) and not _BACK.match(phrase) and class_before_whole(phrase) is None and (
                    len(key_tokens(phrase)) > 1 or phrase[:1].isupper()):
                extra.append((phrase, actor))
        if m.kind == "mandate" and len(key_tokens(m.actor)) > 2 and m.actor_key not in table().by_key:
            full.setdefault(m.actor, actor)
    text = ".\n".join(texts)
    extra += [(short, actor) for name, actor in full.items() for short in _short_forms_whole(name, text)]
    return Scanner(extra, states=True)


def test_mention_scanner_of_each_actor_once_scans_as_of_every_mandate(read):
    hits = 0
    for res, found in read.values():
        mandates = [m for m in found if m.kind == "mandate"]
        texts = [res.title or "", *(p.text for p in res.walk())]
        new, old = mention_scanner(mandates, states=True, texts=texts), _scanner_of_every_mandate(mandates, texts)
        assert dict(new.entries) == dict(old.entries)
        for p in res.walk():
            assert new.scan(p.text) == old.scan(p.text), p.label
            hits += len(old.scan(p.text))
    assert hits > 100
