"""Snapshot tests: the whole ``to_dict()`` of every text in texts/ and of a fixed list of 30 corpus files, compared
with the golden JSON in tests/snapshots/. A change to the parser shows here as every label and text it changes.

After a deliberate change, rewrite the golden files and read the diff before committing it:

    RESPARSE_UPDATE_SNAPSHOTS=1 python -m pytest -q tests/test_snapshots.py
    git diff --stat tests/snapshots/
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import resparse

from conftest import CORPUS, TEXTS

SNAPSHOTS = Path(__file__).parent / "snapshots"
UPDATE = os.environ.get("RESPARSE_UPDATE_SNAPSHOTS") == "1"

# a fixed list: every 31st file of the corpus in session/number order (24), and six files named in issue 10 (a
# recital opening a page, the Pact and outcome document adopted in the body, an annexed political declaration)
CORPUS_FILES = [
    "A_RES_78_5", "A_RES_78_36", "A_RES_78_67", "A_RES_78_99", "A_RES_78_130", "A_RES_78_161", "A_RES_78_193",
    "A_RES_78_224", "A_RES_78_256", "A_RES_78_287", "A_RES_78_318", "A_RES_79_18", "A_RES_79_49", "A_RES_79_80",
    "A_RES_79_112", "A_RES_79_143", "A_RES_79_174", "A_RES_79_205", "A_RES_79_236", "A_RES_79_269", "A_RES_79_300",
    "A_RES_79_331", "A_RES_80_28", "A_RES_80_59",
    "A_RES_78_123", "A_RES_78_146", "A_RES_78_15", "A_RES_78_140", "A_RES_80_173", "A_RES_78_1",
]
TEXT_FILES = sorted(p.stem for p in TEXTS.glob("*.txt"))


def _check(path: Path, name: str) -> None:
    res = resparse.parse(path)
    got = json.dumps(res.to_dict(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    golden = SNAPSHOTS / f"{name}.json"
    if UPDATE:
        golden.write_text(got, encoding="utf-8")
        return
    if not golden.exists():
        pytest.fail(f"no snapshot {golden.name}: run with RESPARSE_UPDATE_SNAPSHOTS=1 and read what it wrote")
    want = golden.read_text(encoding="utf-8")
    if got != want:
        # the first differing path, so the failure says what changed
        a, b = json.loads(want), json.loads(got)
        pytest.fail(f"{name}: the parse differs from its snapshot at {_first_difference(a, b)}")


def _first_difference(a, b, path: str = "") -> str:
    if type(a) is not type(b):
        return f"{path or '/'}: {a!r:.80} -> {b!r:.80}"
    if isinstance(a, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a or k not in b or a[k] != b[k]:
                return _first_difference(a.get(k), b.get(k), f"{path}/{k}")
    elif isinstance(a, list):
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y:
                return _first_difference(x, y, f"{path}/{i}")
        return f"{path}: {len(a)} items -> {len(b)}"
    return f"{path or '/'}: {a!r:.80} -> {b!r:.80}"


@pytest.mark.parametrize("name", TEXT_FILES)
def test_text_snapshot(name):
    _check(TEXTS / f"{name}.txt", name)


@pytest.mark.parametrize("name", CORPUS_FILES)
def test_corpus_snapshot(name, corpus_dir):
    _check(CORPUS / f"{name}.txt", name)


def test_first_difference_names_the_path():
    assert _first_difference({"p": [{"label": "1"}]}, {"p": [{"label": "2"}]}) == "/p/0/label: '1' -> '2'"
    assert _first_difference([1], [1, 2]) == ": 1 items -> 2"
