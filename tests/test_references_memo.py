"""references.find reads a citation by one plain parse where it can, backs up token by token where it must, and
keeps results for the text they depend on. None of that may change an answer: here every way gives the same
citations, on the bundled resolutions, the real note and the case fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

import resparse
from resparse import grammars, references

from conftest import lark_longest

FIXTURES = Path(__file__).parent / "fixtures"


def texts() -> list[str]:
    out = []
    for path in resparse.bundled_texts():
        res = resparse.parse(path)
        out += [p.text for p in res.walk()] + [f.text for f in res.footnotes]
    out += [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.md"))]
    return out


def answers(all_texts):
    return [[(c.start, c.end, c.kind, c.targets, c.relative, c.document_name) for c in references.find(t)]
            for t in all_texts]


@pytest.fixture(scope="module")
def all_texts():
    return texts()


def _longest_by_lark(text: str, pos: int, start: str = "start"):
    """references._longest as first written, by Lark alone (conftest.lark_longest)."""
    got = lark_longest(references._parser(), text[pos : pos + references._WINDOW], start)
    return got and got[1]


def test_memo_and_fast_path_change_no_answer(all_texts, monkeypatch):
    references._MEMO.clear()
    first = answers(all_texts)  # fills the memo
    assert references._MEMO.prefixes.wholes  # prefixes backed up to, read alone, kept by their text
    again = answers(all_texts)  # from the memo
    memo = references._MEMO.prefixes
    monkeypatch.setattr(memo, "get", lambda start, key: grammars._MISS)
    monkeypatch.setattr(memo, "put", lambda *a: None)
    monkeypatch.setattr(references, "_find", references._find_anew)  # nor the citations kept per text
    plain = answers(all_texts)  # no memo: fast path, backing up where needed
    monkeypatch.setattr(references, "_longest", _longest_by_lark)
    slow = answers(all_texts)  # Lark's parse of each prefix, the longest first, as first written
    assert first == again == plain == slow
    assert sum(map(len, slow)) > 50  # the texts do cite


def test_memo_keeps_a_long_document_name_apart():
    """After "of the ...", a document name is read up to a following word: two texts that are the same for more
    than the lexer's usual look ahead, and differ later in the name, are read each on its own."""
    name = "the Guidelines of the Committee Alpha Beta Gamma Delta Epsilon Zeta Eta Theta"
    a = references.find(f"paragraph 3 of {name}, and so on")
    b = references.find(f"paragraph 3 of {name} Iota Kappa Lambda, and so on")
    assert a[0].document_name == name
    assert b[0].document_name == name + " Iota Kappa Lambda"


def test_memo_keeps_a_refused_document_name_apart():
    """Where the lexer tried DOC_NAME ("of the Guidelines ...") and the name was refused many words on (a line break
    before a word it cannot end on), the parse depends on those words: a text that differs only there, where the
    name is taken, is read on its own (the memo's far terminal, its head and peek; without it the first text's
    "paragraph 3" is served to the second)."""
    name = "the Guidelines Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu"
    refused, taken = f"paragraph 3 of {name}\nxyz qq", f"paragraph 3 of {name}, and so on"
    references._MEMO.clear()
    assert [c.phrase for c in references.find(refused)] == ["paragraph 3"]
    assert [c.phrase for c in references.find(taken)] == [f"paragraph 3 of {name}"]


def test_an_alias_without_a_reader_fails_loudly():
    from lark import Tree

    with pytest.raises(NotImplementedError, match="no reader for the rule alias 'cite_new'"):
        references._Reader("text", []).visit(Tree("cite_new", []))


def test_references_does_not_import_the_resolution_pipeline():
    """references.find needs the citation grammar only: the module imports neither parse, lex, normalize nor build
    (the grammars are loaded by resparse.grammars)."""
    import ast

    tree = ast.parse(Path(references.__file__).read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.level == 1}
    assert "grammars" in imported
    assert not imported & {"parse", "lex", "normalize", "build"}


def _digit_blind(pattern: str) -> bool:
    """Whether a regular expression treats every ASCII digit alike: no digit written alone, no range that takes some
    digits and not others (``\\d``, ``\\w``, ``[0-9]``, ``[A-Za-z0-9]`` are fine)."""
    import re._parser as sre

    digits = set(range(ord("0"), ord("9") + 1))

    def blind(sub) -> bool:
        for op, av in sub:
            if op in (sre.LITERAL, sre.NOT_LITERAL) and av in digits:
                return False
            if op is sre.IN:
                for iop, iav in av:
                    if iop in (sre.LITERAL, sre.NOT_LITERAL) and iav in digits:
                        return False
                    if iop is sre.RANGE and 0 < len(digits & set(range(iav[0], iav[1] + 1))) < 10:
                        return False
            for x in av if isinstance(av, (tuple, list)) else (av,):
                for y in x if isinstance(x, list) else (x,):
                    if isinstance(y, sre.SubPattern) and not blind(y):
                        return False
        return True

    return blind(sre.parse(pattern))


def test_the_memo_may_key_on_digits_written_9():
    """The memo keeps a parse for the text with its digits written 9 (one tree for "resolution 71/1" and
    "resolution 78/123"): sound only while no terminal of the grammar tells one digit from another."""
    parser = references._parser()
    patterns = {t.name: t.pattern.to_regexp() for t in parser.terminals}
    assert patterns and all(_digit_blind(p) for p in patterns.values()), [n for n, p in patterns.items()
                                                                          if not _digit_blind(p)]
    assert not _digit_blind(r"(?:19|20)\d\d") and not _digit_blind(r"[1-9]\d*") and _digit_blind(r"[\dA-Z]{0,9}")


def test_texts_that_differ_in_digits_read_each_their_own():
    """One tree serves "resolution 71/1 of 19 September 2016" and "resolution 78/123 of 22 December 2023"; each
    reads its own numbers and dates (the reader reads the text, not the tree's tokens)."""
    references._MEMO.clear()
    a = references.find("Recalling its resolution 71/1 of 19 September 2016, paragraph 22 (a) and annex II, para 8.")
    parsed = references._MEMO.prefixes.size
    b = references.find("Recalling its resolution 78/3 of 27 September 2023, paragraph 45 (a) and annex II, para 1.")
    assert references._MEMO.prefixes.size == parsed  # no parse: the trees of the first text served
    assert [c.targets for c in a] == [[references.Target("A/RES/71/1", "22 (a)")], [references.Target(None, "annex II 8")]]
    assert [c.targets for c in b] == [[references.Target("A/RES/78/3", "45 (a)")], [references.Target(None, "annex II 1")]]
    assert b[0].phrase == "its resolution 78/3 of 27 September 2023, paragraph 45 (a)"


def test_crossings_bound_what_a_terminal_reads():
    """The memo's reach past the parser's stop is counted from the grammar's terminals: whitespace crossings per
    match attempt (lookaheads included, lookbehinds not); a terminal that could read without bound is refused. Per
    parser state, the terminals its lexer tries: the whole grammar's bound is one state's, and the states differ."""
    c = grammars.crossings
    assert c(r"\s+") == c(r"(?=\s*\d)") == c(r"a ") == 1
    assert c(r"the\s+same\s+resolution\b") == 2 and c(r"[^,]{0,3}") == 3 and c(r"(?<=\s\s)x") == 0
    assert c(r"(?:\s|x)*") == float("inf") and c(r"[A-Za-z0-9.\-]*") == c(r"\d+") == 0
    with pytest.raises(ValueError):
        grammars.runs(c(r"(?:\s|x)*"))
    with pytest.raises(ValueError):  # DOC_NAME reads too far to be counted: the memo is told its head and peek
        grammars.PrefixMemo(references._prefixes(), references._WINDOW)
    memo, parser = references._MEMO.prefixes, references._parser()
    most = max(c(t.pattern.to_regexp()) for t in parser.terminals if t.name not in memo.far)  # DOC_NAME, _SUBJECT
    per_state = {state: memo._state_reach(state) for state in parser.parser.lexer.lexers}
    patterns = {reach.pattern for reach, _ in per_state.values()}
    assert grammars.runs(most).pattern in patterns and len(patterns) > 1  # the most of any state is the whole's
    assert 0 < sum(1 for _, far in per_state.values() if far) < len(per_state)  # the states that try a far one


def _shape_of(tree):
    """A tree with its positions: rule names and token types with their spans."""
    from lark import Token

    if isinstance(tree, Token):
        return (tree.type, tree.start_pos, tree.end_pos)
    return (tree.data, tree.meta.start_pos, tree.meta.end_pos, tuple(_shape_of(c) for c in tree.children))


_TAILS = ["paragraph", "paras.", "5", "(a)", "of", "the", "resolution", "71/1", "and", "or", "to", "above", ",", ";",
          "Economic", "and Social Council", "General Assembly", "annex", "II", "A/RES/71/1", "entitled", "thereto",
          "same", "present", "   ", "\n", "(except", ")", "19 September 2016", "decision", "Secretary-General"]


@pytest.fixture(scope="module")
def windows(all_texts):
    out = []
    for text in all_texts:
        for m in references._anchors(text, references._word_hits(text)):
            out.append(references._MEMO.prefixes.key(text)[m.start() : m.start() + references._WINDOW])
    return out[:: max(1, len(out) // 300)]


def test_a_parse_depends_on_no_text_past_its_memo_key(windows):
    """What the memo keys a parse on (the text up to the parser's stop plus what the lexer may read from where it
    tried: :meth:`grammars.PrefixMemo.depends`) is all the parse read: any text after that key gives the same tree,
    spans included. Fails when a terminal comes to read further than :func:`grammars.crossings` counts."""
    hypothesis = pytest.importorskip("hypothesis")
    st = hypothesis.strategies

    tails = st.one_of(st.lists(st.sampled_from(_TAILS), max_size=8).map(" ".join), st.sampled_from(windows))

    @hypothesis.settings(max_examples=600, deadline=None, database=None)
    @hypothesis.given(st.sampled_from(windows), tails, st.sampled_from(["", " ", ", ", " to ", " of the "]))
    def check(window, tail, sep):
        references._MEMO.clear()
        tree = references._longest(window, 0)
        (bucket,) = [b for (start, _), b in references._MEMO.prefixes.buckets.items() if start == "start"]
        ((length, keys),) = bucket.items()
        hypothesis.assume(length is not None)  # the whole window was depended on
        other = window[:length] + sep + tail
        references._MEMO.clear()
        again = references._longest(other, 0)
        assert (tree is None and again is None) or _shape_of(tree) == _shape_of(again)

    check()
