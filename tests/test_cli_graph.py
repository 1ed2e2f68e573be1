"""The graph and refs commands, as a user runs them (subprocess)."""

import json
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx

from conftest import text_path


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "resparse", *args], capture_output=True, text=True, timeout=180,
                          cwd=cwd)


def test_graph_default_writes_the_page(tmp_path):
    p = run("graph", cwd=tmp_path)
    assert p.returncode == 0 and p.stderr == ""
    path, summary = p.stdout.splitlines()
    assert path == "output/A_RES_71_280.html"
    assert summary.startswith("72 nodes (1 resolution, 4 preambular, 31 operative, 24 subparagraph, 6 footnote")
    assert "11 refers_to" in summary and "8 cites" in summary and "7 footnote" in summary
    page = (tmp_path / path).read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "vis.Network" in page
    # offline: no external src or href anywhere in the file
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    assert [f.name for f in (tmp_path / "output").iterdir()] == ["A_RES_71_280.html"]  # no temporary left


def test_graph_json(tmp_path):
    p = run("graph", "--json", str(text_path("A_RES_80_1.txt")), cwd=tmp_path)
    assert p.returncode == 0
    data = json.loads(p.stdout)
    assert {"id", "label", "kind"} <= set(data["nodes"][0]) and {"source", "target", "kind"} <= set(data["edges"][0])
    refers = [e for e in data["edges"] if e["kind"] == "refers_to"]
    assert [(e["source"], e["target"], e["phrase"]) for e in refers] == [
        ("A/RES/80/1#para_2", "A/RES/80/1#para_1__subpara_a", "paragraph 1 (a) above")]
    assert not (tmp_path / "output").exists()  # --json alone writes no page


def test_graph_several_files_graphml_and_html(tmp_path):
    files = [str(text_path(n)) for n in ("A_RES_71_280.txt", "A_RES_72_244.txt", "A_RES_73_195.txt", "A_RES_80_1.txt")]
    gml, page = tmp_path / "g.graphml", tmp_path / "sub" / "all.html"
    page.parent.mkdir()  # an explicit output folder must exist (only output/ is made on demand)
    p = run("graph", *files, "--graphml", str(gml), "--html", str(page), cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    assert p.stdout.splitlines()[0] == str(page) and page.is_file()
    g = nx.read_graphml(gml, force_multigraph=True)
    assert sum(1 for _, d in g.nodes(data=True) if d["kind"] == "resolution") == 4
    assert any(u.startswith("A/RES/72/244#") and v == "A/RES/71/280" and d["kind"] == "cites"
               for u, v, d in g.edges(data=True))


def test_refs_table_and_json():
    p = run("refs")
    assert p.returncode == 0 and p.stderr == ""
    lines = p.stdout.splitlines()
    assert lines[0] == "A/RES/71/280: 17 references"
    row = next(l for l in lines if l.startswith("15 "))
    assert "annex II, paragraph 8, of its resolution 71/1" in row and "A/RES/71/1 annex II 8" in row
    assert re.search(r"^23\s+paragraphs 15 and 22 above\s+15, 22\s+internal\s+ok$", p.stdout, re.M)
    p = run("refs", "--json", str(text_path("A_RES_72_244.txt")))
    data = json.loads(p.stdout)
    assert data["symbol"] == "A/RES/72/244"
    ref = next(r for r in data["references"] if r["phrase"] == "rule 48, paragraph 1")
    assert ref["source"] == "annex rule 49.1" and ref["status"] == "ok"
    assert ref["targets"] == [{"document": None, "label": "annex rule 48.1", "status": "ok"}]


def test_refs_warnings_on_stderr(tmp_path):
    from conftest import mini_resolution

    f = tmp_path / "r.txt"
    f.write_text(mini_resolution("Decides to act;", "Recalls paragraph 7 above;"), encoding="utf-8")
    p = run("refs", str(f))
    assert p.returncode == 0
    [line] = p.stderr.strip().splitlines()
    assert re.fullmatch(re.escape(str(f)) + r':\d+: warning: 2: "paragraph 7 above" \(characters 8-25\): no paragraph 7',
                        line)
    assert "missing" in p.stdout


def test_bad_input_is_one_line_exit_2(tmp_path):
    p = run("graph", str(tmp_path / "nope.txt"))
    assert p.returncode == 2 and len(p.stderr.strip().splitlines()) == 1 and "no such file" in p.stderr
    p = run("refs", str(tmp_path))
    assert p.returncode == 2 and "directory" in p.stderr
    p = run("graph", "--bogus")
    assert p.returncode == 2


def test_never_overwrites_an_input(tmp_path):
    f = tmp_path / "r.txt"
    original = text_path("A_RES_80_1.txt").read_text(encoding="utf-8")
    f.write_text(original, encoding="utf-8")
    p = run("graph", str(f), "--html", str(f))
    assert p.returncode == 2 and "overwrite" in p.stderr and len(p.stderr.strip().splitlines()) == 1
    assert f.read_text(encoding="utf-8") == original


def test_help_mentions_options():
    p = run("graph", "--help")
    assert p.returncode == 0 and all(o in p.stdout for o in ("--json", "--graphml", "--html", "A/RES/71/280"))
    p = run("refs", "--help")
    assert p.returncode == 0 and "--json" in p.stdout


def test_json_with_a_page_keeps_stdout_json(tmp_path):
    page = tmp_path / "p.html"
    p = run("graph", "--json", "--html", str(page), str(text_path("A_RES_80_1.txt")))
    assert p.returncode == 0 and page.is_file()
    assert json.loads(p.stdout)["nodes"] and str(page) in p.stderr


def test_graph_mandates_has_its_own_page(tmp_path):
    plain = run("graph", cwd=tmp_path)
    with_mandates = run("graph", "--mandates", cwd=tmp_path)
    assert plain.returncode == with_mandates.returncode == 0
    assert plain.stdout.splitlines()[0] == "output/A_RES_71_280.html"
    assert with_mandates.stdout.splitlines()[0] == "output/A_RES_71_280.mandates.html"
    pages = {f.name: f.read_text(encoding="utf-8") for f in (tmp_path / "output").iterdir()}
    assert set(pages) == {"A_RES_71_280.html", "A_RES_71_280.mandates.html"}
    assert '"kind":"mandates"' in pages["A_RES_71_280.mandates.html"]
    assert '"kind":"mandates"' not in pages["A_RES_71_280.html"]  # the plain page was not overwritten


def test_a_page_of_many_resolutions_names_a_few_in_its_heading(tmp_path):
    # a fresh-user trial: a folder of 49 resolutions gave a five-line heading of symbols above the graph
    folder = tmp_path / "res"
    folder.mkdir()
    names = ["A_RES_71_280.txt", "A_RES_72_244.txt", "A_RES_73_195.txt", "A_RES_80_1.txt"]
    sources = [text_path(n) for n in names] + [Path(__file__).parent / "fixtures" / n
                                               for n in ("A_RES_78_26.txt", "A_RES_78_310.txt", "A_RES_79_144.txt")]
    for src in sources:
        (folder / src.name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    page = tmp_path / "g.html"
    p = run("graph", str(folder), "--html", str(page), cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    heading = re.search(r"<h1>(.*?)</h1>", page.read_text(encoding="utf-8"), re.S).group(1)
    assert heading.startswith("7 resolutions: A/RES/71/280 · A/RES/72/244 · A/RES/73/195 … "), heading
    p = run("graph", *map(str, sources[:2]), "--html", str(page), cwd=tmp_path)
    assert re.search(r"<h1>(.*?)</h1>", page.read_text(encoding="utf-8"), re.S).group(1) == "A/RES/71/280 · A/RES/72/244"
