"""Numbered headings with their title on their line ("Action 4. We will close ...", A/RES/79/1): a heading of the
text, never the tail of the paragraph before it, from the text extracted from the PDF and from the PDF itself; and
the same shape inside running text ("Sustainable Development / Goal 14: Conserve ...") or in a list ("themes: /
Panel 1: ...") left where it stands."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import resparse
from resparse.consistency import check, heading_inside
from resparse.normalize import normalize

from conftest import ROOT

FIXTURES = Path(__file__).parent / "fixtures"
PDFS = ROOT.parent / "shared" / "pdfs"
ACTION = re.compile(r"^Action (\d+)\. We (?:will|commit)\b")


def _assert_actions_are_headings(res: resparse.Resolution) -> None:
    actions = [h for h in res.headings if ACTION.match(h.text)]
    # the Pact's 56 actions, in order, each a heading of the adopted text before the paragraph that follows it
    assert [int(ACTION.match(h.text).group(1)) for h in actions] == list(range(1, 57))
    assert all(h.annex == "adopted" and h.before and h.before.startswith("adopted ") for h in actions)
    four = actions[3]
    assert four.text == "Action 4. We will close the Sustainable Development Goal financing gap in developing countries."
    assert four.before == "adopted 23"
    assert res.get("adopted 23").text.startswith("We are deeply concerned by the growing Sustainable Development Goal")
    # the paragraph before it ends where its own sentence does, with no line break in it
    assert res.get("adopted 22 (c)").text.endswith("sufficient and nutritious food.")
    for label in ("adopted 19", "adopted 20 (d)", "adopted 22 (c)", "adopted 33", "adopted 37 (g)", "adopted 83 (f)"):
        text = res.get(label).text
        assert "Action" not in text and "\n" not in text, label
    assert not [p.label for p in res.walk() if heading_inside(p.text)]
    assert not [p for p in check(res) if p.code == "heading"]


def test_actions_of_the_pact_are_headings_in_the_text():
    _assert_actions_are_headings(resparse.parse(FIXTURES / "A_RES_79_1.txt"))


def test_actions_of_the_pact_are_headings_in_the_pdf():
    pdf = PDFS / "A_RES_79_1.pdf"
    if not pdf.is_file():
        pytest.skip("../shared/pdfs is not present")
    _assert_actions_are_headings(resparse.parse(pdf))


def test_objectives_stay_headings(res_73_195):
    """The compacts' other shape, "Objective 1: Collect ..." (73/195) and "Objective 1. Close ..." (79/1 annex I):
    headings as before."""
    objectives = [h.text for h in res_73_195.headings if h.text.startswith("Objective ")]
    assert len(objectives) == 23 and objectives[0].startswith("Objective 1: Collect and utilize accurate")
    pact = resparse.parse(FIXTURES / "A_RES_79_1.txt")
    assert [h.text[:12] for h in pact.headings if h.text.startswith("Objective ")] == [
        f"Objective {n}." for n in range(1, 6)
    ]


def test_a_heading_opens_a_line_after_a_finished_sentence():
    """In the normalizer: "Action 4. ..." after a full line that ends a sentence opens a logical line of its own;
    a designation after a line cut at a word (a title or a name that runs on) continues it."""
    # twenty lines of 80 characters give the text its measure: the line that ends "food." is a full one
    lines = [f"line {k:03d} of a text long enough to give it a measure, set to the width of a page," for k in range(20)]
    assert {len(ln) for ln in lines} == {80}
    text = "\n".join(lines + [
        "(c) Promote equitable, resilient, inclusive and sustainable agrifood systems so",
        "that everyone has access to safe, affordable, sufficient and nutritious food.",
        "Action 4. We will close the Sustainable Development Goal financing gap in",
        "developing countries.",
        "Recalling the declarations of the Conferences to Support Sustainable Development",
        "Goal 14: Conserve and sustainably use the oceans, seas and marine resources,",
    ])
    got = [ln.text for ln in normalize(text).lines[-3:]]
    assert got == [
        "(c) Promote equitable, resilient, inclusive and sustainable agrifood systems so that everyone has access to "
        "safe, affordable, sufficient and nutritious food.",
        "Action 4. We will close the Sustainable Development Goal financing gap in developing countries.",
        "Recalling the declarations of the Conferences to Support Sustainable Development Goal 14: Conserve and "
        "sustainably use the oceans, seas and marine resources,",
    ]


def test_designations_in_running_text_and_lists_stay(corpus_dir):
    """The opposite fault: "Sustainable Development / Goal 14: Conserve ..." inside a recital (78/128) and the
    items "Panel 1: ...", "Panel 2: ..." of a list after "the following themes:" (79/273) stay in their paragraph."""
    r = resparse.parse(corpus_dir / "A_RES_78_128.txt")
    assert any("Sustainable Development Goal 14: Conserve and sustainably use" in p.text for p in r.walk())
    assert not [h for h in r.headings if h.text.startswith("Goal ")]
    r = resparse.parse(corpus_dir / "A_RES_79_273.txt")
    p = r.get("4 (b)")
    assert "themes:\nPanel 1: Tackling" in p.text and "Panel 2:" in p.text
    assert not [h for h in r.headings if h.text.startswith("Panel ")]
