"""Branch ux30: the user-facing items the twenty-ninth session's trials left. Real texts only: tests/fixtures (whole
resolutions as the official PDFs give them), the bundled texts, and small corpus databases built from those files."""
from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

import resparse
from resparse import consistency, corpus
from resparse.cli import main

from conftest import fixture_refs_of

ROOT = Path(__file__).parents[1]
FIXTURES = ROOT / "tests" / "fixtures"


# ---------------------------------------------------------------- 3. an instrument's name read whole over "or"


def test_instrument_name_runs_over_a_list_that_or_closes():
    # "the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment": a list of
    # capitalized words closed by "or", as "Development, Production, Stockpiling and Use" is by "and" (was cut at the
    # comma, "the Convention against Torture and Other Cruel")
    name = "the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"
    # A/RES/78/222 13: "article 7 of the Convention", the Convention named earlier in the paragraph
    (ref,) = fixture_refs_of("kinds12_x/A_RES_78_222.txt", "13", "article 7 of the Convention")
    assert ref.citation.document_name == name
    # A/RES/80/198 PP5: the name written in the citation itself, and "article 1" after it
    refs = fixture_refs_of("trialfix27m/A_RES_80_198.txt", "PP5")
    assert [r.citation.phrase for r in refs] == [f"article 1 of {name}", "article 1"]
    assert {r.citation.document_name for r in refs} == {name}


def test_a_list_closed_by_and_is_read_as_before():
    # the list "and" closes, unchanged: A/RES/80/210 45 (a) names the Covenant whole, and 45 (b)'s "the Covenant" is it
    name = "the International Covenant on Economic, Social and Cultural Rights"
    (a,) = fixture_refs_of("special_procedures/A_RES_80_210.txt", "45 (a)")
    (b,) = fixture_refs_of("special_procedures/A_RES_80_210.txt", "45 (b)")
    assert a.citation.phrase == f"article 11 of {name}"
    assert a.citation.document_name == b.citation.document_name == name


# ---------------------------------------------------------------- 4. corpus report says what a numbering problem is


def _annex_from_8(tmp_path):
    # A/RES/79/144's annex amends another text's paragraph 8 ("Amend paragraph 8 to read:", then the paragraph as the
    # amended text numbers it): quoted since branch pfix30, consistent. With the instruction's line lost, as an
    # extraction may lose it, the annex's one paragraph is numbered 8: the irregular numbering these tests need
    text = (FIXTURES / "A_RES_79_144.txt").read_text(encoding="utf-8")
    assert "\nAmend paragraph 8 to read: \n" in text
    lost = tmp_path / "A_RES_79_144.txt"
    lost.write_text(text.replace("\nAmend paragraph 8 to read: \n", "\n\n", 1), encoding="utf-8")
    return lost


def test_numbering_problem_says_the_numbers_found_and_expected(tmp_path):
    res = resparse.parse(_annex_from_8(tmp_path))
    (problem,) = [p for p in consistency.check(res) if p.code == "numbering"]
    assert problem.message == "the paragraphs of the annex are numbered 8, not 1"
    assert problem.where == "annex"


def test_corpus_report_line_of_a_numbering_problem(tmp_path, capsys):
    db = tmp_path / "c.sqlite"
    corpus.build([_annex_from_8(tmp_path), FIXTURES / "A_RES_78_128.txt"], db, jobs=1)
    assert main(["corpus", "report", "--db", str(db)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "  inconsistent: A/RES/79/144: the paragraphs of the annex are numbered 8, not 1" in out
    assert not any("paragraphs run" in line for line in out)
    assert main(["corpus", "report", "--db", str(db), "--json"]) == 0
    rep = json.loads(capsys.readouterr().out)
    assert [d["first"] for d in rep["inconsistent"]] == ["the paragraphs of the annex are numbered 8, not 1"]


# ---------------------------------------------------------------- 1. mandates --reports --to BODY --year YYYY

# the reports to the Economic and Social Council in real resolutions: 79/226 95 (annual, beginning in 2025) and 127
# ("in 2025, 2026 and 2027"), 79/203 18 and 80/136 22 (annual, beginning from 2026), 80/155 13 ("during its 2026
# session"); 78/119 88 reports to the General Assembly through the Council (a channel, not the receiver). Since branch
# rep12: 79/226 98 and 117 and 80/136 23 (annual, no start written: each year after the adoption's) are due in 2026
# too, and 79/203 18 and 19 are the requests 80/136 22 and 23 renew (the series renamed, 80/136 recalls 79/203),
# listed once, as the later (tests/test_rep12.py)
REPORT_FILES = ["A_RES_79_226.txt", "kinds_trialfix29a/A_RES_79_203.txt", "A_RES_80_136.txt", "A_RES_80_155.txt",
                "kinds5/A_RES_78_119.txt"]
ECOSOC_2026 = {("A/RES/79/226", "95"), ("A/RES/79/226", "98"), ("A/RES/79/226", "117"), ("A/RES/79/226", "127"),
               ("A/RES/80/136", "22"), ("A/RES/80/136", "23"), ("A/RES/80/155", "13")}


@pytest.fixture(scope="module")
def report_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ux30_reports")
    for name in REPORT_FILES:
        shutil.copy(FIXTURES / name, folder)
    return folder


@pytest.fixture(scope="module")
def report_db(report_folder, tmp_path_factory):
    db = tmp_path_factory.mktemp("ux30_db") / "c.sqlite"
    corpus.build(sorted(report_folder.iterdir()), db, jobs=1)
    return db


def _run(capsys, *argv) -> tuple[int, str, str]:
    try:
        code = main(["mandates", *map(str, argv)])
    except SystemExit as e:  # a usage error: argparse's exit 2
        code = e.code
    out, err = capsys.readouterr()
    return code, out, err


def _csv(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.parametrize("source", ["files", "db"])
def test_reports_to_a_body_in_a_year(source, report_folder, report_db, capsys):
    where = [report_folder] if source == "files" else ["--db", report_db]
    code, out, err = _run(capsys, *where, "--to", "ECOSOC", "--year", "2026")
    assert code == 0
    head, *rows = out.splitlines()
    assert head.endswith(f": {len(ECOSOC_2026)} reports asked for to the Economic and Social Council due in 2026")
    listed = {(r.split()[1], r.split()[2]) for r in rows if r.startswith("  2026")}
    assert listed == ECOSOC_2026
    # the CSV: one row per report, every one to the Council, due in 2026, the year in its own column
    code, out, _ = _run(capsys, *where, "--to", "Economic and Social Council", "--year", "2026", "--csv", "-")
    table = _csv(out)
    assert code == 0 and {(r["document"], r["paragraph"]) for r in table} == ECOSOC_2026
    assert {r["receiver"] for r in table} == {"Economic and Social Council"}
    assert all(r["due"].startswith("2026") and r["year"] == "2026" for r in table)
    # --json: the mandates that ask for such a report
    code, out, _ = _run(capsys, *where, "--to", "ecosoc", "--year", "2026", "--json")
    assert code == 0 and {(m["document"], m["paragraph"]) for m in json.loads(out)} == ECOSOC_2026


def test_to_keeps_the_receiver_not_the_channel(report_folder, capsys):
    # every report to the Council that --reports lists, and no other: 78/119 88 goes through it to the Assembly
    _, out, _ = _run(capsys, report_folder, "--reports", "--csv", "-")
    every = _csv(out)
    _, out, _ = _run(capsys, report_folder, "--to", "ECOSOC", "--csv", "-")
    to_council = _csv(out)
    assert to_council == [r for r in every if r["receiver"] == "Economic and Social Council"]
    assert any(r["document"] == "A/RES/78/119" and r["channel"] == "Economic and Social Council" for r in every)
    assert not any(r["document"] == "A/RES/78/119" for r in to_council)


def test_year_counts_each_occasion(report_folder, capsys):
    # "in 2025, 2026 and 2027" (79/226 127) is due in each of those years and no later; "annually, beginning in
    # 2025" (79/226 95) every year; the annual report to "the subsequent session of the General Assembly" (80/136 22:
    # the eighty-first, then every session) from the session's opening in September 2026 (2025: none)
    def due(year):
        _, out, _ = _run(capsys, report_folder, "--year", year, "--csv", "-")
        return {(r["document"], r["paragraph"], r["receiver"]): r["due"] for r in _csv(out)}

    for year in (2025, 2026, 2027):
        assert due(year)[("A/RES/79/226", "127", "Economic and Social Council")] == str(year)
    in_2028 = due(2028)
    assert ("A/RES/79/226", "127", "Economic and Social Council") not in in_2028
    assert in_2028[("A/RES/79/226", "95", "Economic and Social Council")] == "2028"
    assert in_2028[("A/RES/80/136", "22", "General Assembly")] == "2028-09"
    assert due(2026)[("A/RES/80/136", "22", "General Assembly")] == "2026-09"
    assert ("A/RES/80/136", "22", "General Assembly") not in due(2025)


def test_due_in_year_is_the_due_date_of_reports_and_session(report_folder):
    # the one dating: the first occasion is due_date's, a later one at an Assembly session that session's (--session)
    from resparse.mandates import extract
    from resparse.mandates.reports import due_date, due_in_year

    res = resparse.parse(report_folder / "A_RES_80_136.txt")
    reports = [r for m in extract(res) if m.kind == "mandate" for r in m.reports if r.session is not None]
    assert reports
    for r in reports:
        assert due_in_year(r, int(due_date(r)[:4])) == due_date(r)
        for n in range(r.session + 1, r.session + 6):
            if r.due_at(n):
                assert due_in_year(r, 1945 + n) == due_date(r, n)


def test_nothing_left_exits_1_and_bad_input_2(report_folder, report_db, capsys):
    code, _, err = _run(capsys, report_folder, "--to", "Security Council")
    assert code == 1
    assert "no report asked for goes to 'Security Council'" in err and "Economic and Social Council (" in err
    code, out, _ = _run(capsys, "--db", report_db, "--to", "ECOSOC", "--year", "2023", "--csv", "-")
    assert code == 1 and _csv(out) == []
    code, out, _ = _run(capsys, report_folder, "--to", "ECOSOC", "--year", "2023")
    assert code == 1 and out.startswith("5 resolutions: 0 reports asked for to the Economic and Social Council due in 2023")
    for argv in (["--year", "26"], ["--to", "ECOSOC", "--timeline"]):
        code, _, err = _run(capsys, report_folder, *argv)
        assert code == 2 and "Traceback" not in err


# ---------------------------------------------------------------- 2. check --against: lazy preparation, a prefilter

# real resolutions, some of them renewed texts that repeat each other's words (the Syrian Arab Republic: 78/222;
# Indigenous Peoples: 78/189; the Democratic People's Republic of Korea: 78/218), one large (79/1)
LIBRARY_FILES = ["A_RES_78_182.txt", "A_RES_78_187.txt", "A_RES_78_189.txt", "A_RES_78_218.txt", "A_RES_78_222.txt",
                 "A_RES_78_223.txt", "A_RES_79_226.txt", "A_RES_80_136.txt", "A_RES_80_155.txt", "A_RES_78_128.txt",
                 "A_RES_79_1.txt"]


@pytest.fixture(scope="module")
def library_resolutions():
    return [resparse.parse(FIXTURES / name) for name in LIBRARY_FILES]


def _quotations(resolutions, per: int = 6):
    """Runs of 6 to 13 words of the resolutions' paragraphs, as written, with one word changed, with two changed: the
    quotations a note makes, exact or not."""
    import random

    rng = random.Random(30)
    out = []
    for res in resolutions:
        paras = [p for p in res.walk() if len(p.text.split()) >= 16]
        for p in rng.sample(paras, min(per, len(paras))):
            ws = p.text.replace('"', "").replace("“", "").replace("”", "").split()
            a = rng.randrange(0, len(ws) - 13)
            run = ws[a : a + rng.randint(6, 13)]
            out.append(" ".join(run))
            out.append(" ".join(run[:2] + ["notably"] + run[3:]))
            out.append(" ".join(["moreover"] + run[1:-1] + ["accordingly"]))
    return out


def test_could_hold_never_skips_a_quotation_the_search_finds(library_resolutions):
    from resparse.check import Library, segments
    from resparse.check.quotations import _ELSEWHERE

    library = Library(library_resolutions)
    skipped = held = 0
    for quote in _quotations(library_resolutions):
        segs = segments(quote)
        for symbol in library.symbols:
            prepared = library.get(symbol)
            for floor in (_ELSEWHERE, 0.5):
                if prepared.could_hold(segs, floor):
                    held += 1
                else:
                    skipped += 1
                    assert prepared.search(segs, floor=floor) is None, (symbol, quote, floor)
    # the test is no formality: most pairs are skipped, and many are not
    assert skipped > held > 100


def test_plain_words_hold_every_plain_key_of_each_paragraph(library_resolutions):
    # the bound's premise, on every paragraph: a key of ASCII letters and digits is one of its paragraph's plain runs
    from resparse.check import Library

    library = Library(library_resolutions)
    for symbol in library.symbols:
        prepared = library.get(symbol)
        for label, runs in zip(prepared.order, prepared._plain_sets):
            plain = {k for k in prepared.texts[label].keys if k.isascii() and k.isalnum()}
            assert plain <= runs <= prepared._plain_words, (symbol, label, plain - runs)


def _note_of(resolutions) -> str:
    """Quotations of the resolutions' paragraphs attributed to a paragraph that does not exist, or with the
    resolution named and no paragraph: those the checker searches for in every other resolution loaded."""
    lines = []
    for i, quote in enumerate(_quotations(resolutions, per=2)):
        res = resolutions[i % len(resolutions)]
        number = res.symbol.split("/", 2)[2]
        cite = f"paragraph 97 of resolution {number}" if i % 2 else f"resolution {number}"
        lines.append(f"{i + 1}. In {cite}, the General Assembly wrote “{quote}”.\n")
    return "\n".join(lines)


def test_findings_are_those_of_the_full_search(library_resolutions, monkeypatch):
    # the same note checked with every resolution searched in full (the prefilter off) and with it: the same report
    from resparse import check as checker
    from resparse import note as notes
    from resparse.check.library import Prepared
    from resparse.render import check as render_check

    note = notes.from_text(_note_of(library_resolutions), "note.md")
    fast = render_check.data([checker.check(note, checker.Library(library_resolutions))])
    monkeypatch.setattr(Prepared, "could_hold", lambda self, segs, floor=0.5: True)
    full = render_check.data([checker.check(note, checker.Library(library_resolutions))])
    assert fast == full
    assert fast["summary"]["quotations"] > 30 and fast["summary"]["errors"] > 0


def test_a_resolution_no_quotation_reaches_is_not_prepared(library_resolutions):
    # a note citing and quoting one paragraph of 78/222: the others' aligners are never built
    from resparse import check as checker
    from resparse import note as notes

    library = checker.Library(library_resolutions)
    note = notes.from_text("In paragraph 13 of resolution 78/222, the Assembly reminds the Government of its "
                           "obligations under “the Convention against Torture and Other Cruel, Inhuman or Degrading "
                           "Treatment or Punishment”.\n", "note.md")
    report = checker.check(note, library)
    assert report.counts()["error"] == 0
    prepared = {s for s in library.symbols if "texts" in vars(library.get(s))}
    assert prepared == {"A/RES/78/222"}


# ---------------------------------------------------------------- a re-trial (the thirtieth session): two occasions of a
# renewed series in one year are two reports. "to report ... to the Human Rights Council at its sixty-first session"
# (A/RES/78/215 26, 2026-02) is renewed by 80/217 31 ("at its sixty-third session", 2026-09): --year 2026 left the
# first out as superseded. The Assembly's "forthcoming annual reports" asked by 78/189 25, 79/159 26 and 80/191 26 are
# one report of 2026 (2026-09), 80/191 26's, as before.

RENEWED = ["retrial30/A_RES_78_215.txt", "retrial30/A_RES_80_217.txt", "A_RES_78_189.txt", "retrial30/A_RES_79_159.txt",
           "retrial30/A_RES_80_191.txt"]


def test_two_occasions_of_a_renewed_series_in_one_year_are_two_reports(tmp_path, capsys):
    files = [FIXTURES / name for name in RENEWED]
    code, out, err = _run(capsys, *files, "--reports", "--year", "2026", "--json")
    assert code == 0
    rows = {(r["document"], r["paragraph"]) for r in json.loads(out)}
    assert {("A/RES/78/215", "26"), ("A/RES/80/217", "31"), ("A/RES/80/191", "26")} <= rows
    assert not rows & {("A/RES/78/189", "25"), ("A/RES/79/159", "26")}  # the same date: the later request's
    code, out, err = _run(capsys, *files, "--reports", "--year", "2026")
    assert "2 superseded requests left out" in err and "due at the same date that year" in err
    listed = [line.split()[:3] for line in out.splitlines() if "→" in line]
    assert ["2026-02", "A/RES/78/215", "26"] in listed and ["2026-09", "A/RES/80/217", "31"] in listed
