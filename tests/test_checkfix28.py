"""The draft-note checker on what a re-trial of the twenty-eighth session found (branch checkfix28), tried on real
text (the note in tests/fixtures/checkfix28/passing.md; 78/317 and 79/144 in tests/fixtures, 79/287 and 79/331 in
tests/fixtures/checkfix28):

1. a statement that a paragraph asks an actor to act was verified when the paragraph names that actor only in
   passing, in a paragraph whose clauses ask others ("Urges the Secretary-General to continue to provide all
   necessary secretariat services to the Commission", 79/144 89): R203, naming whom it does address. A paragraph
   with no clause read as a mandate stays silent (tests/test_check_trial_notes*.py);
4. ``mandates --actor A --timeline`` over several resolutions counted every resolution read in its first line ("902
   resolutions: 1 date" beside the plain answer's "15 resolutions"): now those that hold the actor's rows."""

from __future__ import annotations

from pathlib import Path

import pytest

import resparse
from resparse import check as checker
from resparse import note as notes
from resparse.cli import main

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
HERE = FIXTURES / "checkfix28"


@pytest.fixture(scope="module")
def passing():
    texts = [FIXTURES / "A_RES_78_317.txt", FIXTURES / "A_RES_79_144.txt", HERE / "A_RES_79_287.txt",
             HERE / "A_RES_79_331.txt"]
    return checker.check(notes.read(HERE / "passing.md"), checker.Library([resparse.parse(p) for p in texts]))


def _on(report, line: int) -> list[tuple[str, str]]:
    return [(f.code, f.message) for f in report.findings if f.line == line]


@pytest.mark.parametrize("line, message", [
    # 78/317 annex 41 asks the three regional commissions; the Secretary-General's report is only to be informed
    (3, "paragraph 41 of the annex to A/RES/78/317 does not address the Secretary-General; it addresses the Economic "
        "Commission for Latin America and the Caribbean, the Economic and Social Commission for Asia and the Pacific "
        "and the Economic Commission for Africa"),
    # 79/144 89: "Urges the Secretary-General to continue to provide ... secretariat services to the Commission"
    (5, "paragraph 89 of A/RES/79/144 does not address the Commission; it addresses the Secretary-General"),
    # 79/287 13: "Further urges Member States to implement ..."; the President only convenes a dialogue
    (7, "paragraph 13 of A/RES/79/287 does not address the President of the General Assembly; it addresses Member "
        "States"),
    # 79/331 44 invites the agencies "to strengthen the cooperation with the International Organization of la
    # Francophonie"; the body named whole since data/actors.txt knows it (branch ment12, the thirty-first session;
    # "the International Organization" before)
    (9, "paragraph 44 of A/RES/79/331 does not address the International Organization of la Francophonie; it "
        "addresses the specialized agencies, the funds and programmes, the regional commissions and the Economic "
        "Commission for Africa"),
])
def test_an_actor_named_in_passing_is_not_addressed(passing, line, message):
    assert _on(passing, line) == [("R203", message)]


@pytest.mark.parametrize("line", [11, 13, 15])
def test_the_actors_the_paragraph_asks_are_verified(passing, line):
    """The same paragraphs with the actor they do ask: no finding."""
    assert _on(passing, line) == []


# -- 4. the timeline's first line counts the resolutions that hold the actor's rows

FILES = [FIXTURES / "A_RES_78_317.txt", FIXTURES / "A_RES_79_144.txt", HERE / "A_RES_79_287.txt",
         HERE / "A_RES_79_331.txt"]


def _first_line(capsys, *args) -> str:
    capsys.readouterr()
    main(["mandates", *map(str, FILES), *args])
    return capsys.readouterr().out.splitlines()[0]


def test_the_timeline_names_the_resolutions_the_plain_answer_names(capsys):
    """The Economic Commission for Africa is asked in 78/317 annex 41 and 79/331 44 only: the plain answer and the
    timeline both name those two, not the four resolutions read."""
    plain = _first_line(capsys, "--actor", "Economic Commission for Africa")
    timeline = _first_line(capsys, "--actor", "Economic Commission for Africa", "--timeline")
    assert plain.startswith("A/RES/78/317, A/RES/79/331: ")
    assert timeline.startswith("A/RES/78/317, A/RES/79/331: 1 date")


def test_the_timeline_of_all_actors_still_names_every_resolution_read(capsys):
    assert _first_line(capsys, "--timeline").startswith("A/RES/78/317, A/RES/79/144, A/RES/79/287, A/RES/79/331: ")


# -- 5. docs/mandates.md's example of the summary line is this line over these files, its rows those of --json

def test_the_summary_line_docs_quote_is_printed(capsys):
    import json

    doc = (ROOT / "docs" / "mandates.md").read_text(encoding="utf-8")
    line = _first_line(capsys)
    quoted = line.split(" on ")[0]
    assert f"`{quoted} on " in doc.replace("\n", " ")
    main(["mandates", *map(str, FILES), "--json"])
    rows = json.loads(capsys.readouterr().out)
    assert f"({sum(r['kind'] == 'mandate' for r in rows)} rows)" in quoted


# -- 2. one actor, one count of mandates: the listing's, plus its parts' (said), in --actor's head and group lines

def test_the_actor_head_counts_mandates_as_the_listing_does(capsys):
    """A/RES/71/280 (bundled): the listing counts the regional commissions' own mandate and the subregional
    offices' under their own name; --actor "regional commissions" counts both and names the part."""
    import re

    main(["mandates"])
    listing = capsys.readouterr().out
    def listed(name):
        return int(re.search(rf"^{name} — (\d+) mandates?", listing, re.MULTILINE).group(1))
    main(["mandates", "--actor", "regional commissions"])
    head = capsys.readouterr().out.splitlines()[0]
    own = int(re.search(r"its own: (\d+) mandates?", head).group(1))
    part = "subregional offices of the regional commissions"
    assert f"(1 mandate of its parts: {part})" in head
    assert own == listed("regional commissions") + listed(part)


def test_a_group_line_counts_mandates_as_the_listing_does(capsys):
    """Member States over the four resolutions: "also the States as a whole: N mandates (M rows)" is the listing's
    "States — N mandates (M rows)" (it gave M as mandates)."""
    import re

    main(["mandates", *map(str, FILES)])
    listing = capsys.readouterr().out
    states = re.search(r"^States — (\d+ mandates?(?: \(\d+ rows\))?)", listing, re.MULTILINE).group(1)
    main(["mandates", *map(str, FILES), "--actor", "Member States"])
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith(f"  also the States as a whole: {states}, ") for line in lines), lines[:3]


def test_the_actors_table_counts_mandates_as_the_listing_does(capsys):
    """`actors`' mandates column is the listing's count (it was the rows: States 129 beside "127 mandates (129
    rows)"); --json keeps the rows as "rows"."""
    import json
    import re

    main(["mandates", *map(str, FILES)])
    m = re.search(r"^States — (\d+) mandates \((\d+) rows\)", capsys.readouterr().out, re.MULTILINE)
    main(["actors", *map(str, FILES), "--json"])
    [states] = [r for r in json.loads(capsys.readouterr().out) if r["key"] == "state"]
    assert (states["mandates"], states["rows"]) == (int(m.group(1)), int(m.group(2)))
