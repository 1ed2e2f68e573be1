"""The CLI on what a fresh-user trial (2026-12-03) tripped on, on the bundled A/RES/71/280: one paragraph's text
(`parse --paragraph`), a paragraph label of a bundled resolution the corpus does not hold (`cited-by`)."""

from __future__ import annotations

import json

import pytest

import resparse
from resparse.cli import main


@pytest.mark.parametrize("label", ["22 (a)", "22(a)", "OP22(a)", "para. 22 (a)"])
def test_parse_paragraph_prints_one_paragraph_whole(label, capsys):
    assert main(["parse", "--paragraph", label]) == 0
    out = capsys.readouterr().out
    text = resparse.parse(resparse.default_text()).get("22 (a)").text
    assert out == f"22 (a)  {text}\n"


def test_parse_paragraph_prints_its_sub_paragraphs_and_json(capsys):
    res = resparse.parse(resparse.default_text())
    assert main(["parse", "--paragraph", "22"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("  ")[0] for line in lines] == [p.label for p in res.get("22").walk()]
    assert len(lines) > 1
    assert main(["parse", "--paragraph", "PP3", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == res.get("PP3").to_dict()


def test_parse_an_unknown_paragraph_is_exit_2_with_the_range(capsys):
    assert main(["parse", "--paragraph", "99 (z)"]) == 2
    err = capsys.readouterr().err
    assert "A/RES/71/280 has no paragraph 99 (z)" in err and "operative 1-31" in err and "PP1-PP4" in err


def test_cited_by_an_unknown_paragraph_of_a_bundled_resolution_is_exit_2(tmp_path, capsys):
    """The corpus holds A/RES/72/244 only; 71/280 ships with the tool: "99 (z)" is no paragraph of it (before: "0
    citations", exit 0); "22" is one (0 citations here, exit 0)."""
    db = tmp_path / "c.db"
    assert main(["corpus", "build", str(resparse.bundled_texts()[1]), "--quiet", "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["cited-by", "71/280", "--paragraph", "99 (z)", "--db", str(db)]) == 2
    assert "A/RES/71/280 has no paragraph 99 (z)" in capsys.readouterr().err
    assert main(["cited-by", "71/280", "--paragraph", "22", "--db", str(db)]) == 0


def test_actor_dprk_is_the_democratic_peoples_republic_of_korea(corpus_dir, capsys):
    """ "--actor DPRK" found nothing ("no close match"); the UN writes "the Democratic People's Republic of Korea
    (DPRK)" (S/RES/1718 (2006); data/short_forms.txt): A/RES/78/218, para. 25 calls upon it."""
    path = str(corpus_dir / "A_RES_78_218.txt")
    assert main(["mandates", path, "--actor", "DPRK", "--json"]) == 0
    by_form = json.loads(capsys.readouterr().out)
    assert main(["mandates", path, "--actor", "Democratic People's Republic of Korea", "--json"]) == 0
    by_name = json.loads(capsys.readouterr().out)
    assert by_form == by_name and any(r["paragraph"] == "25" and r["verb"] == "calls upon" for r in by_form)


def test_small_wording(tmp_path, capsys):
    """The check summary names R204 only when there is one (the UNECE note has 3 citations not checked, no R204);
    corpus report counts a copy apart ("1 document", "documents 2 (with 1 copy)"); graph --db lists no "(0)" as
    most cited; FILE help names .docx."""
    from pathlib import Path
    import shutil

    note = Path(__file__).parent / "fixtures" / "note_2017_28.md"
    main(["check", str(note)])
    out, err = capsys.readouterr()
    summary = (out + err).strip().splitlines()[-1]
    assert "3 citations NOT CHECKED (see the 'not checked' findings)" in summary and "R204" not in summary
    folder = tmp_path / "res"
    folder.mkdir()
    shutil.copy(resparse.bundled_texts()[1], folder / "A_RES_72_244.txt")
    shutil.copy(resparse.bundled_texts()[1], folder / "copy.txt")
    db = tmp_path / "c.db"
    main(["corpus", "build", str(folder), "--quiet", "--db", str(db)])
    assert "(1 document consistent)" in capsys.readouterr().out
    assert main(["corpus", "report", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 document: 1 parsed") and "documents 2 (with 1 copy)" in out
    assert main(["graph", "--db", str(db), "--html", str(tmp_path / "g.html")]) == 0
    assert "(0)" not in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["parse", "--help"])
    assert ".docx" in capsys.readouterr().out
