"""The parse command: outline, JSON equal to the API's to_dict(), help."""

import json
import subprocess
import sys

import resparse

from conftest import ROOT, text_path


def run(*args):
    return subprocess.run([sys.executable, "-m", "resparse", *args], capture_output=True, text=True, timeout=120)


def test_default_is_bundled_71_280():
    p = run("parse")
    assert p.returncode == 0 and p.stderr == ""
    lines = p.stdout.splitlines()
    assert lines[0].startswith("A/RES/71/280  Modalities for the intergovernmental negotiations")
    assert any(l.strip().startswith("22 (a)") and "[Requests] the regional economic commissions" in l for l in lines)
    assert "  # Phase I. Consultations" in lines
    assert any(l.strip().startswith("15 (a) (iii)") for l in lines)


def test_json_is_to_dict():
    p = run("parse", "--json", str(text_path("A_RES_80_1.txt")))
    assert p.returncode == 0
    data = json.loads(p.stdout)
    assert data == resparse.parse(text_path("A_RES_80_1.txt")).to_dict()
    assert {"symbol", "title", "date", "paragraphs", "headings", "footnotes"} <= set(data)
    para = data["paragraphs"][5]
    assert set(para) == {"id", "label", "kind", "opening", "text", "footnotes", "span", "children"}
    assert para["label"] == "1" and para["children"][0]["label"] == "1 (a)"
    assert data["footnotes"] == [
        {"number": "1", "text": "See resolution 169 (II).", "cited_by": ["PP1"], "span": data["footnotes"][0]["span"]}
    ]


def test_help_explains():
    p = run("--help")
    assert p.returncode == 0 and "General Assembly" in p.stdout and "parse" in p.stdout
    p = run("parse", "--help")
    assert p.returncode == 0 and "--json" in p.stdout and "A/RES/71/280" in p.stdout


def test_bundled_default_is_inside_the_package():
    path = resparse.default_text()
    assert path.is_file() and path.name == "A_RES_71_280.txt"
    assert {p.name for p in resparse.bundled_texts()} >= {
        "A_RES_71_280.txt",
        "A_RES_72_244.txt",
        "A_RES_73_195.txt",
        "A_RES_80_1.txt",
    }


def test_outputs_never_overwrite_the_bundled_default_or_an_input(tmp_path):
    default = resparse.default_text()
    before = default.read_bytes()
    for args in (
        ["graph", "--html", str(default)],
        ["graph", "--graphml", str(default)],
        ["mandates", "--csv", str(default)],
        ["graph", str(text_path("A_RES_80_1.txt")), "--html", str(text_path("A_RES_80_1.txt"))],
    ):
        p = run(*args)
        assert p.returncode == 2 and "refusing to overwrite an input file" in p.stderr, args
    assert default.read_bytes() == before
    # an ordinary output path is written whole, through a temporary file that does not stay behind
    out = tmp_path / "page.html"
    assert run("graph", "--html", str(out)).returncode == 0
    assert out.read_text(encoding="utf-8").rstrip().endswith("</html>")
    assert [p.name for p in tmp_path.iterdir()] == ["page.html"]


def test_an_output_in_a_missing_folder_is_refused(tmp_path):
    p = run("graph", "--graphml", str(tmp_path / "no" / "such" / "g.graphml"))
    assert p.returncode == 2 and "no such directory" in p.stderr
    assert not (tmp_path / "no").exists()


def test_version_and_an_unknown_option_names_its_command():
    p = run("--version")
    assert p.returncode == 0 and p.stdout.startswith("resparse ")
    p = run("parse", "--jsn")
    assert p.returncode == 2 and "traceback" not in p.stderr.lower()
    assert p.stderr.splitlines() == ["usage: resparse parse [-h] [--json] [--paragraph LABEL] [FILE]",
                                     "resparse parse: error: unrecognized arguments: --jsn"]


def test_counts_are_singular_where_one(tmp_path):
    # 80/1 asks for no report and mandates in one paragraph: "0 reports", "1 mention" style counts read right
    p = run("mandates", "--reports", str(text_path("A_RES_80_1.txt")))
    assert p.stdout.splitlines()[0] == "A/RES/80/1: 0 reports asked for"
    # a real resolution with one mandate (the fixture of the ../shared case deadline-quarter)
    first = run("mandates", str(ROOT / "tests" / "fixtures" / "deadline-quarter.txt")).stdout.splitlines()[0]
    assert first.startswith("A/RES/77/906: 1 mandate on 1 actor, 1 mention  ")


def test_a_query_of_the_database_that_finds_nothing_suggests_stored_actors(tmp_path):
    from resparse import corpus

    d = tmp_path / "texts"
    d.mkdir()
    (d / "A_RES_71_280.txt").write_text(text_path("A_RES_71_280.txt").read_text(encoding="utf-8"), encoding="utf-8")
    db = tmp_path / "c.sqlite"
    corpus.build([d], db, jobs=1)
    p = run("mandates", "--db", str(db), "--actor", "Mexcio")
    assert p.returncode == 1 and "nearest actors: Mexico" in p.stderr
