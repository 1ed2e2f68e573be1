"""Three user-facing faults left by the thirtieth session (branch ux31), on real resolutions (tests/fixtures):

- ``mandates --db DB --actor "Special Rapporteur"`` gave 7 rows more than ``mandates FILES --actor "Special
  Rapporteur"`` over the same resolutions (A/RES/80/198, paras. 45-49 and 54; A/RES/80/191, para. 60): the query's
  name took the words "the Special Rapporteur" in the files' reading (a Special Rapporteur of no mandate), where the
  stored reading (the build's, with no query) reads them as the one its resolution names in full before, and the
  database gave both. A query's name now yields to the resolution's own reading (``extract.resolution_scanner``),
  in the files and in the database alike, and the two answer row for row;
- the graph page of one resolution cut node labels at 1400x900 and 1280x1024: the labels grown after the fit (the
  actors' of ``graph --mandates``) lay past the graph's edge, and a header of two or three lines put the graph's
  bottom under the window's. Every drawn label lies whole inside the graph's area and the window;
- ``check NOTE --against DIR`` said nothing on stderr while it compared the note's quotations with the loaded
  resolutions (each looked for in every one of them: tens of seconds for a note of many against the corpus); it
  counts them as ``corpus build`` counts its files (its reading of the folder was counted already)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from resparse import corpus
from resparse.cli import main

ROOT = Path(__file__).parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
# A/RES/80/198 (torture: "the Committee", "the Subcommittee", "the Special Rapporteur" after their full names) and
# A/RES/80/191 (Indigenous Peoples: "the Special Rapporteur" of para. 60 after the full name of paras. 1, 2, 29)
RESOLUTIONS = (FIXTURES / "trialfix27m" / "A_RES_80_198.txt", FIXTURES / "retrial30" / "A_RES_80_191.txt")
TORTURE = "Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment"
INDIGENOUS = "Special Rapporteur on the rights of Indigenous Peoples"


@pytest.fixture(scope="module")
def texts(tmp_path_factory):
    d = tmp_path_factory.mktemp("texts_ux31")
    for path in RESOLUTIONS:
        shutil.copy(path, d)
    return d


@pytest.fixture(scope="module")
def db(texts):
    path = texts / "c.sqlite"
    corpus.build([texts], path, jobs=1)
    return path


def _rows(capsys, *argv) -> list[dict]:
    code = main([*map(str, argv), "--json"])
    out, _ = capsys.readouterr()
    assert code == 0
    return json.loads(out)


# -- 1. mandates --db and mandates FILES give the same rows


@pytest.mark.parametrize("actor", ["Special Rapporteur", "Subcommittee", "Special Rapporteur on torture",
                                   "Committee against Torture", "Expert Mechanism on the Rights of Indigenous Peoples"])
def test_db_and_files_answer_an_actor_row_for_row(db, texts, capsys, actor):
    from_db = _rows(capsys, "mandates", "--db", db, "--actor", actor)
    from_files = _rows(capsys, "mandates", *sorted(texts.glob("*.txt")), "--actor", actor)
    assert from_db, actor
    assert from_db == from_files


def test_the_special_rapporteur_of_80_198_is_the_one_on_torture_once_per_paragraph(db, capsys):
    rows = _rows(capsys, "mandates", "--db", db, "--actor", "Special Rapporteur")
    torture = [(r["paragraph"], r["actor"], r["actor_as_written"]) for r in rows if r["document"] == "A/RES/80/198"]
    assert torture == [("35", TORTURE, "Special Rapporteur of the Human Rights Council on torture and other cruel, "
                                       "inhuman or degrading treatment or punishment"),
                       *((p, TORTURE, "Special Rapporteur") for p in ("45", "46", "47", "48", "49", "54"))]
    indigenous = [(r["paragraph"], r["kind"], r["actor"]) for r in rows if r["document"] == "A/RES/80/191"]
    # para. 1 names it in full and then "the reports of the Special Rapporteur": one mention of it, no second one of
    # a "Special Rapporteur" beside it
    assert indigenous == [("29", "mandate", INDIGENOUS), ("1", "mention", INDIGENOUS), ("2", "mention", INDIGENOUS),
                          ("60", "mention", INDIGENOUS)]


def test_the_query_reads_the_words_no_reading_names():
    """A query's name is still a mention where the resolution's own reading names nothing: "Special Rapporteur"
    written where no body of that head was named before it in full is a mention of the query."""
    import resparse
    from resparse.mandates import extract

    text = RESOLUTIONS[0].read_text(encoding="utf-8")
    res = resparse.parse_text(text)
    plain = {(m.paragraph, m.actor) for m in extract(res, states=True) if m.kind == "mention"}
    asked = {(m.paragraph, m.actor) for m in extract(res, also=("Special Rapporteur",), states=True)
             if m.kind == "mention"}
    assert asked == plain  # every "the Special Rapporteur" of 80/198 is read as the one on torture
    asked = {(m.paragraph, m.actor) for m in extract(res, also=("national preventive mechanisms",), states=True)
             if m.kind == "mention"}
    # "national preventive mechanisms", a name of no body: mentions of the query where the text writes it
    assert {p for p, _ in asked - plain} == {"22", "44", "45", "50"}


# -- 2. the graph page fits its labels at 1400x900 and 1280x1024

# the drawn labels whose box (vis-network's shape.boundingBox, which holds the label) lies past the graph's area or
# the window: [] where every label is whole on the screen
LABELS_OUT_JS = """(() => { const net = window.network, ns = net.body.nodes, r = net.body.container.getBoundingClientRect();
    const W = document.documentElement.clientWidth, H = document.documentElement.clientHeight;
    return Object.keys(ns).filter(i => !ns[i].options.hidden && ns[i].options.label).filter(i => {
        const b = ns[i].shape.boundingBox, a = net.canvasToDOM({x: b.left, y: b.top}),
              z = net.canvasToDOM({x: b.right, y: b.bottom});
        return a.x < 0 || a.y < 0 || z.x > r.width || z.y > r.height
            || r.left + a.x < 0 || r.top + a.y < 0 || r.left + z.x > W || r.top + z.y > H; }); })()"""


@pytest.mark.parametrize("source", ["A_RES_79_144.txt", "deadlines8/A_RES_80_109.txt"])
def test_graph_page_labels_are_whole_in_the_window(browser, tmp_path, source):
    """79/144 with --mandates: its actors' labels grew after the fit and lay past the graph's bottom edge ("Inter-
    national Maritime Organization", "international institutions"); 80/109, whose title takes two lines at 1400
    wide, put the graph's bottom 19 px under the window (37 px at 1280x1024 for a title of three lines)."""
    from conftest import wait_for

    page_path = tmp_path / "page.html"
    assert main(["graph", str(FIXTURES / source), "--mandates", "--html", str(page_path)]) == 0
    for width, height in ((1400, 900), (1280, 1024)):
        context = browser.new_context(viewport={"width": width, "height": height})
        try:
            page = context.new_page()
            page.goto(page_path.as_uri())
            wait_for(page, "window.resparseReady === true")
            page.wait_for_timeout(300)
            page.evaluate("window.network.redraw()")
            assert page.evaluate(LABELS_OUT_JS) == [], (source, width, height)
            bottom = page.evaluate("document.querySelector('main').getBoundingClientRect().bottom")
            assert bottom <= height, (source, width, height, bottom)
        finally:
            context.close()


def test_the_graph_follows_the_header_when_the_window_narrows(browser, tmp_path):
    """Narrowed from 1400 to 1000 wide, 80/109's header takes a line more: the graph's area shrinks with it and its
    labels are fitted again, whole in the window."""
    from conftest import wait_for

    page_path = tmp_path / "page.html"
    assert main(["graph", str(FIXTURES / "deadlines8" / "A_RES_80_109.txt"), "--html", str(page_path)]) == 0
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    try:
        page = context.new_page()
        page.goto(page_path.as_uri())
        wait_for(page, "window.resparseReady === true")
        header = page.evaluate("document.querySelector('header').offsetHeight")
        page.set_viewport_size({"width": 1000, "height": 900})
        wait_for(page, "document.querySelector('main').getBoundingClientRect().bottom <= 900")
        assert page.evaluate("document.querySelector('header').offsetHeight") > header
        page.wait_for_timeout(600)
        page.evaluate("window.network.redraw()")
        assert page.evaluate(LABELS_OUT_JS) == []
    finally:
        context.close()


# -- 3. check --against DIR says how far its reading and its checking have gone


def test_check_against_a_folder_writes_progress_lines(tmp_path, capsys, monkeypatch):
    import resparse.cli as cli

    folder = tmp_path / "against"
    folder.mkdir()
    for path in (*RESOLUTIONS, FIXTURES / "A_RES_78_218.txt"):
        shutil.copy(path, folder)
    # stderr is no terminal here (captured): lines, as corpus build writes them, not a bar
    monkeypatch.setattr(cli, "_LINES_EVERY", 0.0)
    code = main(["check", str(FIXTURES / "trial_notes8" / "note1_dprk.txt"), "--against", str(folder)])
    out, err = capsys.readouterr()
    assert code in (0, 1) and out
    assert re.search(r"^reading: 1 of 3 files \(\d+\.\d files/s\)$", err, re.MULTILINE), err[:400]
    assert re.search(r"^reading: 2 of 3 files \(\d+\.\d files/s\)$", err, re.MULTILINE)
    # then the quotations compared (each looked for in every loaded resolution): the note's 6, counted as they go
    checking = re.findall(r"^checking: (\d+) of (\d+) quotations \(\d+\.\d quotations/s\)$", err, re.MULTILINE)
    assert checking == [(str(n), "6") for n in range(1, 6)], err[-600:]
    assert err.rstrip().splitlines()[-1].startswith(tuple("0123456789"))  # the summary stays the last line
