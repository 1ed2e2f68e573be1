"""A quotation found in no paragraph and in no two consecutive ones is searched once over the whole resolution:
the search for the paragraph and for the pair it runs across (``Prepared.search``, ``Prepared.search_span``)
also gives R106 its closest passage (before, both ran a second time for the hint).

The note quotes the end of A/RES/71/280's paragraph 3 and the start of 4 (the bundled text) with a third of the
words changed: no single paragraph holds half of them, the two joined do (R106 with the pair as its hint)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

import resparse
from resparse import check as checker
from resparse import note as notes
from resparse.check import library

ROOT = Path(__file__).parents[1]

NOTE = (
    "# Note\n\n1. Resolution 71/280 says \"all members of regional agencies that hold consultative status with the "
    "Economic Council; Invites nongovernmental organizations and other entities having obtained a permanent "
    "invitation to join as guests\".\n"
)


@pytest.fixture
def counted(monkeypatch) -> Counter:
    calls: Counter = Counter()
    for name in ("search", "search_span"):
        original = getattr(library.Prepared, name)

        def counting(self, *args, _original=original, _name=name, **kwargs):
            calls[_name] += 1
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(library.Prepared, name, counting)
    return calls


def test_a_quotation_found_nowhere_is_searched_once_and_hinted(tmp_path, counted):
    path = tmp_path / "note.md"
    path.write_text(NOTE, encoding="utf-8")
    res = resparse.parse(ROOT / "texts" / "A_RES_71_280.txt")
    report = checker.check(notes.read(path), checker.Library([res]))
    assert [f.code for f in report.findings] == ["R106"]
    assert "the closest passage is in paragraphs 3 and 4" in report.findings[0].message
    assert report.findings[0].suggestion == "3 and 4"
    assert counted == Counter(search=1, search_span=1)
