"""The draft-note checker on a third fresh-user trial's lines (tests/fixtures/trial_notes3/note.md, checked against
the real A/RES/79/1, tests/fixtures/A_RES_79_1.txt): a sub-paragraph of a decision chapeau ("72. ... We decide to:
... (b) ..., and encourage the Commission ...") carries the chapeau's verb, and the paragraphs of the text the
resolution adopts in its body (labelled "adopted 72 (b)") print as a drafter cites them, "paragraph 72 (b)"."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import resparse
from resparse import check as checker
from resparse import note as notes

FIXTURES = Path(__file__).parent / "fixtures"
NOTE = FIXTURES / "trial_notes3" / "note.md"
PACT = FIXTURES / "A_RES_79_1.txt"


@pytest.fixture(scope="module")
def report():
    return checker.check(notes.read(NOTE), checker.Library([resparse.parse(PACT)]))


def _findings(report, line: int):
    return [f for f in report.findings if f.line == line]


def test_a_sub_paragraph_of_we_decide_to_is_decided(report):
    """ "Paragraph 72 (b) of resolution 79/1 decides to "encourage the Commission ..."": 72 ends "We decide to:",
    (b) reads "..., and encourage the Commission to consult ...": faithful (before: R202 "encourages ..., never
    'decides'")."""
    assert _findings(report, 3) == []
    assert [it.status for it in report.items if it.line == 3 and it.kind == "quotation"] == ["verified"]


def test_decides_to_encourage_a_named_actor_is_no_finding(report):
    """Without quotation marks, the Peacebuilding Commission by its name: "decides to encourage ..." is the verb
    alone compared (no actor right after it), and the chapeau's "We decide" is the Assembly's "decides" (before:
    R202)."""
    assert _findings(report, 5) == []


def test_another_verb_is_still_r202_and_names_the_paragraph_as_cited(report):
    """ "requests" is neither the item's verb nor its chapeau's: R202, naming paragraph 72 (b) as the note cites
    it, never the internal label "adopted 72 (b)"."""
    (f,) = _findings(report, 7)
    assert f.code == "R202"
    assert f.message == 'A/RES/79/1 encourages the Peacebuilding Commission (paragraph 72 (b)); the note says "requests"'
    assert f.paragraph == "72 (b)"


def test_a_quotation_elsewhere_names_the_paragraph_as_cited(report):
    """The words are 72 (b)'s, cited as 72 (a): R105 "this is paragraph 72 (b) of the adopted text" (the part named,
    branch trialfix27r: the Pact's 72 (b), not a paragraph of the body), the suggestion "72 (b)", the hover label
    "72 (b)"."""
    (f,) = _findings(report, 9)
    assert f.code == "R105"
    assert f.message.endswith("this is paragraph 72 (b) of the adopted text")
    assert f.suggestion == "72 (b)"
    (it,) = [it for it in report.items if it.line == 9 and it.kind == "quotation"]
    assert [label for label, _ in it.cited] == ["72 (b)"]


def test_no_message_of_the_cli_prints_an_internal_label():
    """The command as a user runs it: its lines, and the findings of its JSON (message, paragraph, suggestion),
    never say "adopted 72 (b)"."""
    def run(*args):
        return subprocess.run([sys.executable, "-m", "resparse", "check", str(NOTE), "--against", str(PACT), *args],
                              capture_output=True, text=True, timeout=300)

    lines, js = run(), run("--json")
    assert lines.returncode == js.returncode == 1, lines.stderr  # the R105 is an error
    assert "R105" in lines.stdout and "R202" in lines.stdout
    # the internal label never ("adopted 72 (b)"); the part is named in words ("paragraph 72 (b) of the adopted text",
    # branch trialfix27r)
    assert not re.search(r"adopted \d", lines.stdout)
    findings = json.loads(js.stdout)["findings"]
    assert [f["code"] for f in findings] == ["R202", "R105"]
    assert not [f for f in findings for k in ("message", "paragraph", "suggestion") if re.search(r"adopted \d", f[k] or "")]
