"""What a fresh-user trial of ``mandates --reports`` found (2026-12-02), each kind on real resolutions copied whole
into tests/fixtures/ from ../shared/corpus/texts (A/RES/78/257, 79/257, 79/248, 79/222):

1. a paragraph that cites the earlier paragraph it asks again ("Recalls paragraph 17 of its resolution 78/257,
   reiterates its request that the Secretary-General report ...", A/RES/79/257 37) renews that paragraph's report,
   whatever the two titles (``mandates.reports.renewals``, ``cited``), from files and from a corpus database;
2. a contribution given to a named event dates the action with the event's dates ("to contribute within its mandate
   to the Second World Summit for Social Development, to be held in Qatar from 4 to 6 November 2025", A/RES/79/222
   52), as a contribution to the discussions during an event does (51).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import resparse
from resparse.mandates import extract
from resparse.mandates.reports import renewed_citations, renewed_in

FIXTURES = Path(__file__).parent / "fixtures"


def _res(name: str):
    return resparse.parse(FIXTURES / f"A_RES_{name}.txt")


def _run(*args):
    return subprocess.run([sys.executable, "-m", "resparse", *args], capture_output=True, text=True, timeout=300)


def test_a_paragraph_citing_the_paragraph_it_renews_is_found():
    # A/RES/79/257 37: "Recalls paragraph 17 of its resolution 78/257, reiterates its request that ..."; 38: "Also
    # recalls paragraph 18 of its resolution 78/257, and reiterates its request that ..."
    read = [_res("78_257"), _res("79_257")]
    found = renewed_in(read, [m for res in read for m in extract(res)])
    assert found[("A/RES/79/257", "37")] == [("A/RES/78/257", "17")]
    assert found[("A/RES/79/257", "38")] == [("A/RES/78/257", "18")]


def test_a_paragraph_recalled_without_a_renewal_renews_nothing():
    # A/RES/79/248 82: "Reiterates its request in paragraph 78 of its resolution 78/245 that the Secretary-General
    # provide information ..." renews 78/245 78; 89: "Recalls paragraph 85 of its resolution 78/245, notes the
    # increased use of digital recordings ..., and requests ..." recalls it only
    res = _res("79_248")
    (p82, p89) = res.get("82"), res.get("89")
    at = p82.text.index("paragraph 78")
    assert renewed_citations(p82.text, [(at, at + len("paragraph 78 of its resolution 78/245"), "A/RES/78/245", "78")]) \
        == [("A/RES/78/245", "78")]
    at = p89.text.index("paragraph 85")
    assert renewed_citations(p89.text, [(at, at + len("paragraph 85 of its resolution 78/245"), "A/RES/78/245", "85")]) \
        == []


def test_an_explicit_renewal_is_linked_whatever_the_titles(tmp_path):
    # the trial: "resparse mandates <78/257 and 79/257> --reports --session 81" listed 78/257 17 and 79/257 37 as two
    # annual reports, unlinked (the titles differ: "Investing in prevention and peacebuilding" and another)
    folder = tmp_path / "texts"
    folder.mkdir()
    for name in ("78_257", "79_257"):
        (folder / f"A_RES_{name}.txt").write_bytes((FIXTURES / f"A_RES_{name}.txt").read_bytes())
    out = _run("mandates", str(folder), "--reports")
    assert out.returncode == 0, out.stderr
    rows = {line.split("  ")[2]: line for line in out.stdout.splitlines() if line.startswith("  ") and "/" in line}
    assert "(renewed by A/RES/79/257 37)" in rows["A/RES/78/257 17"]
    assert "(renewed by A/RES/79/257 38)" in rows["A/RES/78/257 18"]
    assert "renewed by" not in rows["A/RES/79/257 37"]
    # at the 81st session each report once, the later request's (branch trialfix26b: they were listed twice)
    out = _run("mandates", str(folder), "--reports", "--session", "81")
    assert out.returncode == 0, out.stderr
    assert "A/RES/78/257 17" not in out.stdout and "A/RES/79/257 37" in out.stdout
    assert "2 superseded requests left out" in out.stderr
    # the same from a corpus database
    db = tmp_path / "c.sqlite"
    assert _run("corpus", "build", str(folder), "--db", str(db), "--quiet").returncode == 0
    out = _run("mandates", "--db", str(db), "--reports", "--csv", "-")
    assert out.returncode == 0, out.stderr
    import csv
    import io

    renewed = {(r["document"], r["paragraph"]): r["renewed_by"] for r in csv.DictReader(io.StringIO(out.stdout))}
    assert renewed[("A/RES/78/257", "17")] == "A/RES/79/257 37"
    assert renewed[("A/RES/78/257", "18")] == "A/RES/79/257 38"


def test_a_contribution_to_a_named_event_takes_its_dates():
    items = [m for m in extract(_res("79_222")) if m.kind == "mandate"]
    (m51,) = [m for m in items if m.paragraph == "51"]
    (m52,) = [m for m in items if m.paragraph == "52"]
    # 51 is dated by its event as well (main's "during the Conference" rule may add the event's noun as a second
    # expression of the same time)
    assert ("from 30 June to 3 July 2025", "2025-06-30", "2025-07-03") in [(d.text, d.start, d.end) for d in m51.deadlines]
    assert [(d.text, d.start, d.end) for d in m52.deadlines] == [("from 4 to 6 November 2025", "2025-11-04", "2025-11-06")]
