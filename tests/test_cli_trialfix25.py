"""Messages a fresh user read wrong (a trial, 2026-12-03): a build of copies said "N parsed" and stored none; random
bytes named .pdf were "binary, not text"; "1 citations", "1 tables", "give its's PDF"; a mention's excerpt cut inside
a date ("... on 13 December"); the timeline's "without delay" dated as if the text named a month. On real texts
(tests/fixtures, texts/, ../shared/pdfs where present)."""

import json
import shutil
from pathlib import Path

import pytest

import resparse
from resparse import corpus
from resparse.cli import main
from resparse.errors import InputError
from resparse.mandates import extract
from resparse.render.check import not_loaded_hint
from resparse.render.mandates import timeline
from resparse.sources import read_bytes

FIXTURES = Path(__file__).resolve().parent / "fixtures"
TEXTS = Path(__file__).resolve().parents[1] / "texts"


def test_a_build_of_copies_says_how_many_were_stored(tmp_path, capsys):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    shutil.copy(FIXTURES / "A_RES_78_125.txt", a)
    shutil.copy(FIXTURES / "A_RES_78_125.txt", b / "copy.txt")
    db = tmp_path / "c.sqlite"
    assert main(["corpus", "build", str(a), "--db", str(db), "--quiet", "--jobs", "1"]) == 0
    capsys.readouterr()
    assert main(["corpus", "build", str(a), str(b), "--db", str(db), "--quiet", "--jobs", "1"]) == 0
    out = capsys.readouterr().out
    assert "1 parsed (0 stored; 1 not stored, a copy of a document stored already)" in out
    assert main(["corpus", "build", str(a), str(b), "--db", str(tmp_path / "d.sqlite"), "--quiet", "--jobs", "1",
                 "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["parsed"], data["stored"]) == (2, 1)


def test_random_bytes_named_pdf_are_no_readable_pdf(tmp_path):
    data = bytes((i * 97 + 13) % 256 for i in range(3000))  # binary, NUL bytes among them, no %PDF- header
    with pytest.raises(InputError, match="not a readable PDF"):
        read_bytes(data, path=str(tmp_path / "x.pdf"))
    with pytest.raises(InputError, match="binary, not text"):  # named otherwise: as before
        read_bytes(data, path=str(tmp_path / "x.txt"))
    # a text named .pdf is still read as text
    text = (TEXTS / "A_RES_71_280.txt").read_bytes()
    assert read_bytes(text, path="A_RES_71_280.pdf").kind == "text"


def test_an_official_pdf_still_reads():
    pdf = Path(__file__).resolve().parents[2] / "shared" / "pdfs" / "A_RES_78_125.pdf"
    if not pdf.is_file():
        pytest.skip("../shared/pdfs is not present")
    assert resparse.parse(pdf).symbol == "A/RES/78/125"


def test_one_of_a_thing_is_singular():
    class F:
        code, resolution = "R001", "A/RES/67/219"

    class R:
        findings = [F()]

    assert not_loaded_hint([R()]) == ("1 cited resolution not loaded (A/RES/67/219): give its PDF or text with "
                                      "--against FILE to check it")
    F2 = type("F2", (), {"code": "R001", "resolution": "A/RES/70/1"})
    assert "give each one's PDF or text" in not_loaded_hint([R(), type("R2", (), {"findings": [F2()]})()])


def test_a_citation_counted_once_is_one_citation(tmp_path, capsys):
    d = tmp_path / "t"
    d.mkdir()
    for name in ("A_RES_80_243.txt", "A_RES_79_258.txt"):
        shutil.copy(FIXTURES / "references" / name, d)
    db = tmp_path / "c.sqlite"
    corpus.build([d], db, jobs=1)
    places = corpus.citing_places(corpus.cited_by(db, "A/RES/79/258", "XII.21"))
    assert len(places) == 1
    assert main(["cited-by", "A/RES/79/258", "--paragraph", "XII.21", "--db", str(db)]) == 0
    err = capsys.readouterr().err
    assert "1 citation of A/RES/79/258" in err and "1 citations" not in err


def test_an_excerpt_keeps_a_date_whole():
    # A/RES/78/125 1: "Commends the commitment of Bhutan to graduate from the category of least developed countries on
    # 13 December 2023, ..." (the mention's excerpt ended "... on 13 December")
    res = resparse.parse(FIXTURES / "A_RES_78_125.txt")
    (m,) = [m for m in extract(res, states=True) if m.kind == "mention" and m.paragraph == "1" and m.actor == "Bhutan"]
    assert "13 December 2023" in m.excerpt


def test_without_delay_is_dated_by_the_adoption_and_says_so(corpus_dir):
    # A/RES/78/188 38 "requests ... without delay": 2023-12 is the adoption's month, not one the text names
    ms = extract(resparse.parse(corpus_dir / "A_RES_78_188.txt"))
    rows = [line for line in timeline(ms).splitlines() if " 38 " in line]
    assert rows and all(line.strip().startswith("2023-12") and line.endswith("without delay (from the adoption)")
                        for line in rows)
