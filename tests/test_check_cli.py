"""The check command as a user runs it: linter lines, JSON, exit codes, the page, bad input; and the page in a
real headless browser (highlights, hover text, markup in a note that stays text)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import open_page

FIXTURE = Path(__file__).parent / "fixtures" / "note_2017_28.md"


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "resparse", "check", *map(str, args)], capture_output=True,
                          text=True, timeout=180, cwd=cwd)


def test_real_note_lines_and_exit_1_for_its_citations_not_checked():
    p = run(FIXTURE)
    assert p.returncode == 1  # no error, but 3 citations NOT CHECKED (A/71/280, A/RES/67/219 not loaded): a finding
    lines = p.stdout.splitlines()
    assert [line.split(": ", 1)[1].split(" ", 2)[:2] for line in lines] == [
        ["warning", "R201"], ["info", "R002"], ["warning", "R202"], ["info", "R001"], ["info", "R001"], ["info", "R006"]]
    assert lines[0].startswith(f"{FIXTURE}:25:5: warning R201 reproduction of paragraph 23 of A/RES/71/280")
    assert lines[3] == f"{FIXTURE}:45:373: info R001 not checked: A/RES/67/219 is not loaded"
    assert "0 errors, 2 warnings, 4 info" in p.stderr


def test_error_exit_1_and_linter_line(tmp_path):
    text = FIXTURE.read_text(encoding="utf-8").replace("operative paragraphs 22(a) and 23",
                                                      "operative paragraphs 22(d) and 23")
    note = tmp_path / "note.md"
    note.write_text(text, encoding="utf-8")
    p = run(note)
    assert p.returncode == 1
    assert (f"{note}:22:340: error R102 paragraph 22 (d) does not exist in A/RES/71/280 (22 has (a)–(c))"
            in p.stdout.splitlines())


def test_json_shape():
    p = run(FIXTURE, "--json")
    assert p.returncode == 1  # its citations NOT CHECKED
    data = json.loads(p.stdout)
    assert set(data) == {"findings", "summary", "notes"}
    f = data["findings"][0]
    assert {"line", "col", "severity", "code", "message", "citation", "resolution", "paragraph",
            "suggestion"} <= set(f)
    assert (f["line"], f["severity"], f["code"], f["paragraph"], f["suggestion"]) == (
        25, "warning", "R201", "23", "co-facilitators")
    s = data["summary"]
    assert (s["errors"], s["warnings"], s["info"]) == (0, 2, 4)
    # the citation of 22 (a) and 23 is "with warnings": its reproduced 23 is R201 ("cofacilitators")
    assert (s["citations_verified"], s["citations_with_warnings"], s["citations_with_errors"]) == (7, 1, 0)
    # every quotation counted: the Declaration's title in paragraph 6 of the note (R006) is one, not checked
    assert (s["quotations_verified"], s["quotations"], s["quotations_not_checked"]) == (6, 8, 1)
    assert "A/RES/71/280" in s["resolutions"]
    checked = data["notes"][0]["checked"]
    assert {"kind": "citation", "line": 22, "col": 340, "status": "verified", "paragraphs": ["22 (a)", "23"]}.items() \
        <= next(c for c in checked if c["line"] == 22 and c["col"] == 340).items()


def test_against_a_file(tmp_path):
    from conftest import mini_resolution

    res = tmp_path / "res.txt"
    res.write_text(mini_resolution("Requests the Secretary-General to report.", "Decides to remain seized."),
                   encoding="utf-8")
    note = tmp_path / "n.md"
    note.write_text('Paragraph 2 of resolution 99/1 "decides to remain seized". Paragraph 3 of the same resolution.\n',
                    encoding="utf-8")
    p = run(note)
    assert p.returncode == 1 and "R001 not checked: A/RES/99/1 is not loaded" in p.stdout  # NOT CHECKED
    p = run(note, "--against", res)
    assert p.returncode == 1
    assert p.stdout.splitlines() == [
        f"{note}:1:60: error R101 paragraph 3 does not exist in A/RES/99/1 (the last operative paragraph is 2)"]


def test_unreadable_input_exit_2(tmp_path):
    binary = tmp_path / "b.md"
    binary.write_bytes(b"\x00\x01binary")
    p = run(binary)
    assert p.returncode == 2 and p.stdout == "" and len(p.stderr.strip().splitlines()) == 1
    assert "binary" in p.stderr
    p = run(tmp_path / "missing.docx")
    assert p.returncode == 2 and "no such file" in p.stderr
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK not really")
    p = run(bad)
    assert p.returncode == 2 and "not a readable Word document" in p.stderr and "Traceback" not in p.stderr


def test_cp1252_note_warns(tmp_path):
    note = tmp_path / "legacy.txt"
    note.write_bytes("Paragraph 22 (a) of resolution 71/280 \u2013 “requests the regional economic commissions”."
                     .encode("cp1252"))
    p = run(note)
    assert p.returncode == 0 and p.stdout == ""
    assert "Windows-1252" in p.stderr


def test_html_written_atomically_never_over_an_input(tmp_path):
    out = tmp_path / "page.html"
    p = run(FIXTURE, "--html", out)
    assert p.returncode == 1 and out.is_file()  # its citations NOT CHECKED
    page = out.read_text(encoding="utf-8")
    assert page.count("<mark ") >= 20 and "Content-Security-Policy" in page
    copy = tmp_path / "note.md"
    copy.write_text(FIXTURE.read_text(encoding="utf-8"), encoding="utf-8")
    before = copy.read_bytes()
    p = run(copy, "--html", copy)
    assert p.returncode == 2 and copy.read_bytes() == before
    assert not list(tmp_path.glob(".*.tmp"))


# ---------------------------------------------------------------- the page in a browser

INJECTED = ('<script>window.pwned=1</script><img src=x onerror="window.pwned=2"> '
            '<a href="javascript:window.pwned=3">link</a>')


@pytest.fixture(scope="module")
def page_path(tmp_path_factory):
    folder = tmp_path_factory.mktemp("page")
    text = FIXTURE.read_text(encoding="utf-8")
    text = text.replace("Independent from the option chosen",
                        f"{INJECTED} See paragraph 22 (d) of A/RES/71/280. Independent from the option chosen")
    note = folder / "note.md"
    note.write_text(text, encoding="utf-8")
    out = folder / "check.html"
    p = run(note, "--html", out)
    assert p.returncode == 1, p.stderr
    return out


def test_page_highlights_and_hover(browser, page_path):
    context, page, requests = open_page(browser, page_path)
    try:
        assert all(u.startswith("file:") for u in requests)
        ok, err, warn = (page.locator(f".lines mark.{c}").count() for c in ("ok", "err", "warn"))
        assert ok >= 15 and err == 1 and warn == 2
        line22 = page.locator("#n0-L22 mark")
        assert "operative paragraphs 22(a) and 23 of this resolution" in line22.all_inner_texts()
        mark = page.locator("#n0-L22 mark", has_text="operative paragraphs 22(a) and 23")
        mark.hover()
        tip = page.locator("#tip")
        tip.wait_for(state="visible", timeout=10_000)
        text = tip.inner_text()
        assert "citation · verified · A/RES/71/280" in text
        assert "22 (a)  Requests the regional economic commissions and invites their subregional offices" in text
        assert "23  Decides that a preparatory meeting co-chaired by the co-facilitators" in text
        page.locator("#n0-L25 mark.warn").hover()
        assert "R201" in page.locator("#tip").inner_text() and "cofacilitators" in page.locator("#tip").inner_text()
        page.locator("#n0-L43 mark.err").hover()
        text = page.locator("#tip").inner_text()
        assert "R101" in text and "22 has (a)–(c)" in text
    finally:
        context.close()


def test_page_runs_no_script_from_the_note(browser, page_path):
    context, page, _ = open_page(browser, page_path)
    try:
        page.wait_for_timeout(300)
        assert page.evaluate("typeof window.pwned") == "undefined"
        assert page.locator(".lines script, .lines img, .lines a").count() == 0
        line = page.locator("#n0-L43 .tx").inner_text()
        assert "<script>window.pwned=1</script>" in line and 'onerror="window.pwned=2"' in line
        page.locator("#n0-L43 mark.err").hover()
        assert page.locator("#tip script, #tip img").count() == 0
    finally:
        context.close()


@pytest.mark.parametrize("sentence", [
    "Under paragraph 32 of resolution A/RES/71/280 the Assembly decides.",    # the symbol after "resolution"
    "Under operative paragraphs 22(a) and 32 of resolution A/RES/71/280 the Assembly decides.",
    "See resolution 71/280 (para. 32).",                                       # the part in parentheses
])
def test_a_paragraph_that_does_not_exist_is_found_however_the_resolution_is_written(tmp_path, sentence):
    # a fresh-user trial: these three passed as "citations verified" (the paragraph was read as the note's own)
    note = tmp_path / "note.md"
    note.write_text(sentence + "\n", encoding="utf-8")
    p = run(note)
    assert p.returncode == 1, p.stdout + p.stderr
    assert re.search(r"error R10[12] paragraph 32 does not exist in A/RES/71/280 \(the last operative paragraph is 31\)",
                     p.stdout), p.stdout
    assert "R204" not in p.stdout  # "names no resolution before it": it names one
