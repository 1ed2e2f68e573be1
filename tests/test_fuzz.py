"""Property tests and a mutation fuzzer over the real texts: the parser returns a tree or raises the project's own
error with a line and column, never anything else, and never hangs."""

from __future__ import annotations


from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import resparse
from resparse.errors import ResparseError

from conftest import TEXTS

SOURCES = {name: (TEXTS / name).read_text(encoding="utf-8") for name in ("A_RES_71_280.txt", "A_RES_80_1.txt", "A_RES_72_244.txt")}
BUDGET = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def parse_or_own_error(text: str):
    try:
        res = resparse.parse_text(text)
    except ResparseError as exc:
        assert exc.message and exc.line >= 0 and exc.column >= 0
        res = None
    if res is not None:
        for p in res.walk():
            assert isinstance(p.text, str) and p.label
        res.to_dict()
    return res


mutation = st.one_of(
    st.tuples(st.just("delete"), st.integers(0, 10_000)),
    st.tuples(st.just("duplicate"), st.integers(0, 10_000)),
    st.tuples(st.just("swap"), st.integers(0, 10_000), st.integers(0, 10_000)),
    st.tuples(st.just("cut"), st.floats(0, 1)),
    st.tuples(st.just("control"), st.integers(0, 10_000), st.sampled_from(["\x00", "\x07", "\x1b[31m", "\x0c", "\u2028", "\ufeff", "\r"])),
    st.tuples(st.just("long"), st.integers(0, 10_000), st.integers(1_000, 200_000)),
)


def apply(text: str, ops) -> str:
    lines = text.split("\n")
    for op in ops:
        if not lines:
            break
        kind = op[0]
        i = op[1] % len(lines) if kind != "cut" else 0
        if kind == "delete":
            del lines[i]
        elif kind == "duplicate":
            lines.insert(i, lines[i])
        elif kind == "swap":
            j = op[2] % len(lines)
            lines[i], lines[j] = lines[j], lines[i]
        elif kind == "cut":
            joined = "\n".join(lines)
            lines = joined[: int(len(joined) * op[1])].split("\n")
        elif kind == "control":
            pos = len(lines[i]) // 2
            lines[i] = lines[i][:pos] + op[2] + lines[i][pos:]
        elif kind == "long":
            lines[i] = lines[i] + " word" * (op[2] // 5)
    return "\n".join(lines)


@BUDGET
@given(name=st.sampled_from(sorted(SOURCES)), ops=st.lists(mutation, min_size=1, max_size=6))
def test_mutated_real_texts(name, ops):
    parse_or_own_error(apply(SOURCES[name], ops))


@BUDGET
@given(st.text(max_size=3000))
def test_arbitrary_text(text):
    parse_or_own_error(text)


@BUDGET
@given(
    st.lists(
        st.one_of(
            st.sampled_from(["The General Assembly,", "Recalling its resolution 70/1,", "1.", "(a)", "(i)", "Annex",
                             "I. Heading", "5th plenary meeting", "__________", "1 Resolution 70/1.", "2/7", "17-23327",
                             "Resolution adopted by the General Assembly on 1 May 2020", "70/1. Title", ""]),
            st.text(max_size=80),
        ),
        max_size=80,
    )
)
def test_line_soup(lines):
    parse_or_own_error("\n".join(lines))


def test_cut_anywhere_is_a_tree_or_our_error():
    text = SOURCES["A_RES_80_1.txt"]
    outcomes = {"tree": 0, "error": 0}
    for k in range(0, len(text), 97):
        outcomes["tree" if parse_or_own_error(text[:k]) is not None else "error"] += 1
    assert outcomes["tree"] and outcomes["error"]
