"""What a new-user trial (2026-12-03, a secretariat drafter and a delegate from a fresh clone) tripped on in the CLI,
each on the real text it used (tests/fixtures; the notes in tests/fixtures/trial_notes8, SOURCE.md):

- ``parse --paragraph 5`` of A/RES/79/1 named only "annex I 1 to annex II 32": every numbered part is named (the
  operative OP1, the adopted text's 1-84, each annex), the labels with that number suggested ("adopted 5"), exit 2;
  ``check`` R101 of "paragraph 200" of 79/1 names the adopted text's paragraphs too;
- ``corpus build empty.txt`` (one named empty file) said "1 files: ... 1 failed", exit 1, and made the database:
  bad input, exit 2, nothing written."""

from __future__ import annotations

from pathlib import Path

import resparse
from resparse import check as checker
from resparse import note as notes
from resparse.cli import main

FIXTURES = Path(__file__).parent / "fixtures"
# the repository's texts/ (the tests run from a checkout; resparse itself may be installed elsewhere, as CI's
# `pip install .` puts it in site-packages)
TEXTS = Path(__file__).resolve().parent.parent / "texts"


def test_a_missing_paragraph_of_79_1_names_every_part_and_suggests_the_adopted_one(capsys):
    assert main(["parse", str(FIXTURES / "A_RES_79_1.txt"), "--paragraph", "5"]) == 2
    err = capsys.readouterr().err
    assert "A/RES/79/1 has no paragraph 5" in err and len(err.strip().splitlines()) == 1
    assert "operative OP1" in err and "adopted 1-84" in err and "annex I 1-" in err and "annex II U1-32" in err
    assert "did you mean adopted 5, annex I 5 or annex II 5?" in err


def test_a_rule_is_found_under_its_annex(capsys):
    # the one label that ends in "rule 5" is that rule (trialfix26c: it was refused, "did you mean annex III rule 5?")
    assert main(["parse", str(FIXTURES / "A_RES_78_128.txt"), "--paragraph", "rule 5"]) == 0
    assert capsys.readouterr().out.startswith("annex III rule 5 ")
    assert main(["parse", str(FIXTURES / "A_RES_78_128.txt"), "--paragraph", "rule 99"]) == 2
    assert "annex III rule 1-68" in capsys.readouterr().err


def test_a_missing_paragraph_of_a_plain_resolution_suggests_nothing(capsys):
    assert main(["parse", "--paragraph", "99"]) == 2  # the bundled A/RES/71/280
    err = capsys.readouterr().err
    assert "(its paragraphs: preambular PP1-PP4; operative 1-31)" in err and "did you mean" not in err


def test_r101_of_79_1_names_the_adopted_text(all_texts):
    res_79_1 = resparse.parse(FIXTURES / "A_RES_79_1.txt")
    report = checker.check(notes.read(FIXTURES / "trial_notes8" / "note5.txt"), checker.Library([res_79_1]))
    [msg] = [f.message for f in report.findings if f.code == "R101"]
    assert msg == ("paragraph 200 does not exist in A/RES/79/1 (its operative paragraph is OP1; the text it adopts "
                   "has paragraphs 1–84)")


def test_a_build_of_one_empty_file_is_bad_input_and_writes_nothing(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    db = tmp_path / "e.sqlite"
    assert main(["corpus", "build", str(empty), "--db", str(db), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "no resolution to build from: the file is empty; nothing written" in err
    assert not db.exists()


def test_a_build_of_one_file_says_1_file(tmp_path, capsys):
    db = tmp_path / "one.sqlite"
    assert main(["corpus", "build", str(TEXTS / "A_RES_80_1.txt"),
                 "--db", str(db), "--quiet"]) == 0
    assert capsys.readouterr().out.startswith("1 file: 1 parsed")


def test_r001_findings_say_once_how_to_load_the_resolutions(capsys):
    """The trial's note1_dprk.txt without --against: nine R001 infos, and no word on --against; exit 1 since its
    citations were NOT CHECKED (branch trialfix29c)."""
    assert main(["check", str(FIXTURES / "trial_notes8" / "note1_dprk.txt")]) == 1
    err = capsys.readouterr().err
    assert err.count("--against FILE") == 1
    assert ("resparse: 2 cited resolutions not loaded (A/RES/78/218, A/RES/78/125): give each one's PDF or text with "
            "--against FILE to check them") in err


def test_no_hint_when_every_cited_resolution_is_loaded(capsys):
    main(["check", str(FIXTURES / "trial_notes8" / "note6.txt")])  # cites 72/244 (bundled) and 78/128
    main(["check", str(FIXTURES / "trial_notes8" / "note6.txt"), "--against", str(FIXTURES / "A_RES_78_128.txt")])
    err = capsys.readouterr().err
    assert err.count("--against FILE") == 1 and "1 cited resolution not loaded (A/RES/78/128): give its" in err


def test_two_commissions_mentioned_in_one_paragraph_are_one_row(capsys):
    """A/RES/78/9 3 "Calls for consistent involvement of the Economic Commission for Europe and the Economic and
    Social Commission for Asia and the Pacific ...": listed twice under --actor "regional commissions"."""
    main(["mandates", str(FIXTURES / "A_RES_78_9.txt"), "--actor", "regional commissions"])
    out = capsys.readouterr().out
    assert "0 mandates, 1 mention" in out and out.count("  3        mentioned:") == 1
    assert 'also as "Economic and Social Commission for Asia and the Pacific"' in out


def test_csv_never_replaces_a_file_it_did_not_write_without_force(tmp_path, capsys, monkeypatch):
    """`mandates --csv texts/A_RES_73_195.txt` replaced a resolution of the clone that was not the command's input."""
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "A_RES_73_195.txt"
    text = (TEXTS / "A_RES_73_195.txt").read_text(encoding="utf-8")
    target.write_text(text, encoding="utf-8")
    assert main(["mandates", "--csv", str(target)]) == 2
    assert "not replaced (--force replaces it)" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == text
    # a CSV it wrote is replaced (the same header), and --force replaces any
    out = tmp_path / "rows.csv"
    assert main(["mandates", "--csv", str(out)]) == 0 and main(["mandates", "--csv", str(out)]) == 0
    assert main(["mandates", "--csv", str(target), "--force"]) == 0
    assert target.read_text(encoding="utf-8").startswith("document,paragraph,")
