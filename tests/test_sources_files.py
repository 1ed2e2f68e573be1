"""Files resparse cannot read, files in another language, and every command given a PDF (resparse.sources)."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import resparse
from resparse import note as notes
from resparse.errors import InputError
from resparse.sources import language, read

from conftest import ROOT, TEXTS

PDF = ROOT / "tests" / "fixtures" / "pdf"
LANG = ROOT / "tests" / "fixtures" / "lang"
RES_PDF = PDF / "A_RES_80_1.pdf"


def run(*args):
    return subprocess.run([sys.executable, "-m", "resparse", *args], capture_output=True, text=True, timeout=300)


def one_line_exit_2(p, *words):
    assert p.returncode == 2, p.stderr
    assert p.stdout == ""
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in p.stderr, p.stderr
    for w in words:
        assert w in lines[0], lines[0]
    return lines[0]


# ---------------------------------------------------------------- bad files


def bad_files(tmp_path):
    data = RES_PDF.read_bytes()
    (tmp_path / "truncated.pdf").write_bytes(data[: len(data) // 2])
    (tmp_path / "cut_at_the_end.pdf").write_bytes(data[:-300])  # PDFium would read most of it: still refused
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with zipfile.ZipFile(tmp_path / "draft.odt", "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", "<office:document-content/>")
    text = (TEXTS / "A_RES_80_1.txt").read_text(encoding="utf-8")
    (tmp_path / "utf16le.txt").write_bytes(text.encode("utf-16-le"))  # no byte order mark
    (tmp_path / "utf16be.txt").write_bytes(text.encode("utf-16-be"))
    (tmp_path / "utf16_cut.txt").write_bytes(text.encode("utf-16")[:5001])  # the mark, then an odd byte count
    (tmp_path / "utf32.txt").write_bytes(text.encode("utf-32"))
    # a program: zero bytes on both sides of each pair, which once read as UTF-16 text
    (tmp_path / "program").write_bytes(Path(sys.executable).resolve().read_bytes()[:8192])
    return {
        tmp_path / "truncated.pdf": ("truncated", "download it again"),
        tmp_path / "cut_at_the_end.pdf": ("truncated", "download it again"),
        PDF / "encrypted.pdf": ("encrypted", "unprotected copy"),
        PDF / "image_only.pdf": ("no text layer", "OCR"),
        PDF / "not_a_resolution.pdf": ("not a General Assembly resolution",),
        tmp_path / "old.doc": ("Word 97-2003 .doc", "save it as .docx or PDF"),
        tmp_path / "draft.odt": ("OpenDocument", "save it as .docx or PDF"),
        tmp_path / "utf16le.txt": (":1:1: error:", "UTF-16 text without a byte order mark", "UTF-16LE -t UTF-8"),
        tmp_path / "utf16be.txt": (":1:1: error:", "UTF-16 text without a byte order mark", "UTF-16BE -t UTF-8"),
        tmp_path / "utf16_cut.txt": (":81:49: error:", "stops being UTF-16 at byte 5000", "save it again as UTF-8"),
        tmp_path / "utf32.txt": ("UTF-32", "save it as UTF-8"),
        tmp_path / "program": ("binary, not text",),
    }


def test_bad_files_one_line_exit_2(tmp_path):
    for path, words in bad_files(tmp_path).items():
        line = one_line_exit_2(run("parse", str(path)), str(path), *words)
        assert line.startswith(str(path))


def test_an_error_in_a_pdf_names_page_and_line():
    line = one_line_exit_2(run("parse", str(PDF / "not_a_resolution.pdf")))
    assert line.startswith(f"{PDF / 'not_a_resolution.pdf'}, page 1, line 1: error: not a General Assembly resolution")


def test_bad_notes_one_line_exit_2(tmp_path):
    for path, words in bad_files(tmp_path).items():
        if path.name == "not_a_resolution.pdf":
            continue  # a note need not be a resolution
        one_line_exit_2(run("check", str(path)), *words)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be"])
def test_utf16_with_its_byte_order_mark_reads_as_the_utf8_text(tmp_path, codec):
    """Windows Notepad's "Unicode" text: UTF-16 that opens with its byte order mark (FF FE, or FE FF big-endian)
    reads as the same text saved as UTF-8 would, spans and all (a note too); it was refused."""
    text = (TEXTS / "A_RES_80_1.txt").read_text(encoding="utf-8")
    path = tmp_path / "u16.txt"
    path.write_bytes((b"" if codec == "utf-16" else b"\xfe\xff") + text.encode(codec))
    assert path.read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff")
    res, res8 = resparse.parse(path), resparse.parse(TEXTS / "A_RES_80_1.txt")
    assert res.to_dict() | {"source": None} == res8.to_dict() | {"source": None} and res.warnings == res8.warnings
    assert run("parse", str(path)).returncode == 0
    note = tmp_path / "note.txt"
    note.write_bytes("Paragraph 2 of resolution 80/1 welcomes ...\n".encode("utf-16"))
    assert read(note).text.startswith("Paragraph 2 of resolution 80/1")


def test_bad_pdfs_raise_input_error(tmp_path):
    for path in (PDF / "encrypted.pdf", PDF / "image_only.pdf", tmp_path / "t.pdf"):
        if path.name == "t.pdf":
            path.write_bytes(RES_PDF.read_bytes()[:5000])
        with pytest.raises(InputError):
            read(path)


# ---------------------------------------------------------------- language


def test_resolution_in_french_is_refused():
    line = one_line_exit_2(run("parse", str(LANG / "resolution_fr.txt")))
    assert line.endswith("error: this text looks French; resparse reads English resolutions")


def test_note_in_french_is_a_warning_never_zero_findings():
    p = run("check", str(LANG / "note_fr.md"), "--json")
    assert p.returncode == 0  # a warning, not an error
    findings = json.loads(p.stdout)["findings"]
    assert [f["code"] for f in findings] == ["R205"]
    assert findings[0]["severity"] == "warning" and "looks French" in findings[0]["message"]


def test_a_two_sentence_note_in_french_is_flagged_and_not_read(tmp_path):
    # too short for a resolution's test (12 function words), long enough for a note's: its words are all French
    note = tmp_path / "note_fr.txt"
    note.write_text("Note pour le comité\n\nLe paragraphe 40 de la résolution 71/280 demande au Secrétaire général de "
                    "présenter un rapport.\nLa résolution a été adoptée le 6 avril 2017 par consensus.\n", encoding="utf-8")
    p = run("check", str(note))
    assert "warning R205 this note looks French" in p.stdout
    assert "citations verified 0 of 0" in p.stderr  # "were not checked": none is counted as verified
    long_note = run("check", str(LANG / "note_fr.md"))
    assert "citations verified 0 of 0, quotations verified 0 of 0" in long_note.stderr
    english = tmp_path / "note_en.txt"
    english.write_text("Paragraph 23 of resolution 71/280 requests the Secretary-General to report.\n", encoding="utf-8")
    assert "R205" not in run("check", str(english)).stdout


def test_language_of_real_texts():
    for path in sorted(TEXTS.glob("A_RES_*.txt")):
        assert language.detect(path.read_text(encoding="utf-8")) == "English", path.name
    assert language.detect((LANG / "resolution_fr.txt").read_text(encoding="utf-8")) == "French"
    assert language.detect("Генеральная Ассамблея, ссылаясь на свою резолюцию 71/1") == "Russian"
    assert language.detect("大会，回顾其第 71/1 号决议") == "Chinese"
    assert language.detect("Recalling its resolution") is None  # too little text to tell: read as English


def test_corpus_is_english(corpus_dir):
    other = [p.name for p in sorted(corpus_dir.glob("*.txt")) if language.not_english(p.read_text(encoding="utf-8"))]
    assert other == []


# ---------------------------------------------------------------- every command takes a PDF


def test_parse_json_of_pdf_has_pages():
    p = run("parse", str(RES_PDF), "--json")
    assert p.returncode == 0 and p.stderr == ""
    data = json.loads(p.stdout)
    assert data["symbol"] == "A/RES/80/1"
    assert data["paragraphs"][0]["span"]["page"] == 1
    assert data["paragraphs"][-1]["span"]["page"] == 2


def test_refs_graph_mandates_take_a_pdf(tmp_path):
    text = TEXTS / "A_RES_80_1.txt"
    for cmd in (["refs", "--json"], ["graph", "--json"], ["mandates", "--json"]):
        a, b = run(*cmd, str(RES_PDF)), run(*cmd, str(text))
        assert a.returncode == b.returncode == 0, a.stderr
        da, db = json.loads(a.stdout), json.loads(b.stdout)
        if cmd[0] == "graph":
            da = sorted((n["id"], n["kind"], n["text"] if "text" in n else "") for n in da["nodes"])
            db = sorted((n["id"], n["kind"], n["text"] if "text" in n else "") for n in db["nodes"])
        else:
            da, db = _drop_spans(da), _drop_spans(db)
        assert da == db, cmd[0]
    assert "1 (a)" in run("refs", str(RES_PDF)).stdout


def _drop_spans(x):
    if isinstance(x, dict):
        return {k: _drop_spans(v) for k, v in x.items() if k not in ("span", "line", "column", "end_line",
                                                                        "end_column", "document")}
    if isinstance(x, list):
        return [_drop_spans(v) for v in x]
    return x


def test_check_reads_a_pdf_note():
    a, b = run("check", str(PDF / "note.pdf"), "--json"), run("check", str(PDF / "note.md"), "--json")
    assert a.returncode == b.returncode == 1  # R101: paragraph 40 does not exist
    fa, fb = ([{k: v for k, v in f.items() if k not in ("note", "page", "page_line")}
               for f in json.loads(p.stdout)["findings"]] for p in (a, b))
    assert fa == fb and [f["code"] for f in fa] == ["R101"]
    assert notes.read(PDF / "note.pdf").kind == "pdf"
    assert [(f["page"], f["page_line"]) for f in json.loads(a.stdout)["findings"]] == [(1, 4)]
    assert "page" not in json.loads(b.stdout)["findings"][0]  # a text note has lines, not pages


def test_check_places_findings_in_a_pdf_note_by_page_and_line(tmp_path):
    """note_two_pages.pdf (make_fixtures.py) is note.md set on two pages, page 2 under a running header. The reader
    of a PDF counts pages and lines on the page: R101 stands on page 2, line 2 (line 6 of the extracted text). The
    quotation that runs from page 1 on to page 2 is read whole (the page break and the header are not text)."""
    pdf = PDF / "note_two_pages.pdf"
    p = run("check", str(pdf))
    assert p.returncode == 1
    assert p.stdout.splitlines() == [
        f"{pdf}: page 2, line 2, col 25: error R101 paragraph 40 does not exist in A/RES/71/280 (the last "
        "operative paragraph is 31)"]
    assert "quotations verified 1 of 1" in p.stderr
    data = json.loads(run("check", str(pdf), "--json").stdout)
    assert [(f["code"], f["page"], f["page_line"]) for f in data["findings"]] == [("R101", 2, 2)]
    assert "Informal document No. 2017/28" not in notes.read(pdf).text
    html = tmp_path / "check.html"
    run("check", str(pdf), "--html", str(html))
    page = html.read_text(encoding="utf-8")
    assert '<div class="pg">page 2</div>' in page and ">page 2, line 2:25</a>" in page


def test_check_against_a_pdf_resolution():
    p = run("check", str(PDF / "note.md"), "--against", str(RES_PDF))
    assert p.returncode == 1 and "R101" in p.stdout


def test_corpus_build_reads_a_folder_of_pdfs(tmp_path):
    folder = tmp_path / "pdfs"
    folder.mkdir()
    for name in ("A_RES_78_2.pdf", "A_RES_80_1.pdf", "image_only.pdf"):
        (folder / name).write_bytes((PDF / name).read_bytes())
    db = tmp_path / "c.sqlite"
    p = run("corpus", "build", str(folder), "--db", str(db), "--quiet")
    assert "image_only.pdf" in p.stderr and "no text layer" in p.stderr
    import sqlite3

    con = sqlite3.connect(db)
    symbols = sorted(r[0] for r in con.execute("select symbol from documents where symbol is not null"))
    assert symbols == ["A/RES/78/2", "A/RES/80/1"]
    n = con.execute("select count(*) from paragraphs").fetchone()[0]
    assert n == len(list(resparse.parse(PDF / "A_RES_78_2.pdf").walk())) + len(list(resparse.parse(RES_PDF).walk()))


def test_a_resolution_saved_as_docx_reads_like_its_text(tmp_path):
    """A Word user's copy: one Word paragraph per line of the text; read by content, whatever its name."""
    import docx

    text = (TEXTS / "A_RES_80_1.txt").read_text(encoding="utf-8")
    document = docx.Document()
    for line in text.split("\n"):
        document.add_paragraph(line)
    path = tmp_path / "resolution.bin"
    document.save(path)
    assert read(path).kind == "docx"
    a, b = resparse.parse(path), resparse.parse(TEXTS / "A_RES_80_1.txt")
    assert [(p.label, p.text, p.footnotes) for p in a.walk()] == [(p.label, p.text, p.footnotes) for p in b.walk()]


def test_reference_warnings_of_a_pdf_name_page_and_line():
    """A reference warning on a PDF names the page and the line on that page, where the paragraph that cites is.
    tests/fixtures/pdf/ref_warning.pdf (made by make_fixtures.py): paragraph 2, on page 2, cites "paragraph 1 or 3
    above" and the resolution has no paragraph 3 (the shape of ../shared/cases/or-list.txt). It was read from the
    first PDF of ../shared/pdfs that warned, A/RES/78/1, until that warning was found false (branch refs-e)."""
    pdf = ROOT / "tests" / "fixtures" / "pdf" / "ref_warning.pdf"
    p = run("refs", str(pdf))
    assert p.returncode == 0
    warnings = [line for line in p.stderr.splitlines() if "warning" in line and "no paragraph" in line]
    assert warnings == [f"{pdf}: page 2, line 2: warning: 2: \"paragraph 1 or 3 above\" (characters 74-96): no paragraph 3"]
    res = resparse.parse(pdf)
    assert (res.get("2").span.page, res.get("2").span.page_line) == (2, 2)


def test_a_pdf_notes_running_headers_are_not_its_text():
    """Page 2's running header and footer (symbol, running title, counter, job number) and the page break are left
    out of a PDF note, line numbers kept (each line is numbered as in the extracted text); what the note says
    stays."""
    src = read(RES_PDF)
    pdf_text = src.text.split("\n")
    note = notes.read(RES_PDF)
    left_out = set(range(1, len(pdf_text) + 1)) - {line.number for line in note.lines}
    assert left_out and left_out == src.pdf.running | {i for i in left_out if src.pdf.where(i)[1] == 0}
    assert all(pdf_text[line.number - 1] == line.raw for line in note.lines)
    said = [line.text for line in note.lines]
    assert "2/2" in pdf_text and "2/2" not in said
    assert "A/RES/80/1" in pdf_text and "A/RES/80/1" not in said
    assert any(t.startswith("Assembly at its eightieth session") for t in said)
