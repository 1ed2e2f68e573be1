"""The mandates and actors commands, run as a user runs them."""

import csv
import json
import subprocess
import sys
from pathlib import Path

from conftest import text_path


def run(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "resparse", *args], capture_output=True, text=True, timeout=180, cwd=cwd
    )


def test_readme_main_command_answers_the_regional_commissions():
    p = run("mandates", "--actor", "regional commissions")
    assert p.returncode == 0 and p.stderr == ""
    lines = p.stdout.splitlines()
    assert lines[0].startswith('A/RES/71/280: "regional commissions"')
    assert lines[2].startswith("22 (a)  requests regional economic commissions")
    assert "to organize discussions among States Members of the United Nations" in p.stdout
    mentions = p.stdout.split("Mentioned, not mandated:")[1]
    assert mentions.split()[0] == "12" and "Secretary-General" in mentions


def test_json_list():
    p = run("mandates", "--json", "--actor", "President of the General Assembly")
    assert p.returncode == 0
    rows = json.loads(p.stdout)
    assert {"paragraph", "verb", "actor", "action", "deadline", "document", "kind"} <= set(rows[0])
    mandates = [r for r in rows if r["kind"] == "mandate"]
    assert [r["paragraph"] for r in mandates] == ["5", "6 (b)", "6 (c)", "15", "30", "30", "17"]
    assert mandates[-1]["passive"] is True
    assert mandates[1]["deadline"]["text"] == "no later than April 2017"
    assert {r["document"] for r in rows} == {"A/RES/71/280"}


def test_json_all_and_several_files():
    p = run("mandates", "--json", str(text_path("A_RES_71_280.txt")), str(text_path("A_RES_72_244.txt")))
    assert p.returncode == 0
    rows = json.loads(p.stdout)
    assert {r["document"] for r in rows} == {"A/RES/71/280", "A/RES/72/244"}
    assert {r["kind"] for r in rows} == {"mandate", "mention"}


def test_table_grouped_by_actor():
    p = run("mandates")
    assert p.returncode == 0
    out = p.stdout
    # 44 addressed mandates and 9 decisions without an actor of their own ("Decides that the preparatory process
    # shall be structured as follows:"; 1 (a) and (b) under "Decides that the intergovernmental conference ...:",
    # "Shall be held at United Nations Headquarters ..."), which bind the General Assembly itself
    # (tests/labels/GUIDELINE.md, Decisions); 4 invites "organizations and bodies of the United Nations", two actors
    # that share the complement (branch f16: no alias makes the pair one name of the system)
    assert out.splitlines()[0].startswith("A/RES/71/280: 53 mandates on 19 actors")
    assert "\norganizations of the United Nations — 1 mandate\n" in out
    assert "\nbodies of the United Nations — 1 mandate\n" in out
    assert "\nPresident of the General Assembly — 7 mandates\n" in out
    assert "\nregional commissions — 1 mandate\n" in out


def test_timeline_in_date_order():
    p = run("mandates", "--timeline")
    assert p.returncode == 0
    rows = [l.split()[0] for l in p.stdout.splitlines()[1:] if l.startswith("  20")]
    # the last: 1 (a), "immediately prior to the opening of the general debate of the seventy-third session" (2018-09)
    assert rows == sorted(rows) and rows[0] == "2017-03" and rows[-1] == "2018-09"
    assert "in advance of each informal thematic session" in p.stdout.split("Relative deadlines")[1]
    p = run("mandates", "--timeline", "--json")
    dates = [r["deadline"]["date"] for r in json.loads(p.stdout)]
    assert dates[:2] == ["2017-03", "2017-04"] and None in dates


def test_verb_filter_and_unknown_verb():
    p = run("mandates", "--verb", "calls upon", "--json")
    assert p.returncode == 0
    assert sorted((r["paragraph"], r["actor"]) for r in json.loads(p.stdout)) == [
        ("19", "Member States"),
        ("22", "Secretary-General"),
    ]
    p = run("mandates", "--verb", "frobnicates")
    assert p.returncode == 2 and "unknown verb" in p.stderr and len(p.stderr.splitlines()) == 1


def test_actor_not_found_exits_1_with_a_hint():
    p = run("mandates", "--actor", "Secretary-Genral")  # a typo still finds the nearest actor
    assert p.returncode == 0 and "\n10  requests Secretary-General\n" in p.stdout
    p = run("mandates", "--actor", "Security Council")
    assert p.returncode == 1 and p.stdout == "" and "no mandate or mention" in p.stderr


def test_csv_written_atomically(tmp_path):
    out = tmp_path / "mandates.csv"
    p = run("mandates", "--actor", "Member States", "--csv", str(out))
    assert p.returncode == 0 and "wrote" in p.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows[0]["paragraph"] == "19" and rows[0]["verb"] == "calls upon" and rows[0]["kind"] == "mandate"
    assert [r for r in rows if r["kind"] == "mention"]
    assert not [f for f in tmp_path.iterdir() if f.name != "mandates.csv"]  # no temporary file left


def test_csv_never_overwrites_an_input(tmp_path):
    src = tmp_path / "res.txt"
    src.write_text(text_path("A_RES_71_280.txt").read_text(encoding="utf-8"), encoding="utf-8")
    before = src.read_bytes()
    p = run("mandates", str(src), "--csv", str(src))
    assert p.returncode == 2 and "input" in p.stderr and len(p.stderr.splitlines()) == 1
    assert src.read_bytes() == before
    p = run("mandates", "--csv", str(tmp_path))
    assert p.returncode == 2 and "directory" in p.stderr


def test_actors_command():
    p = run("actors")
    assert p.returncode == 0
    lines = p.stdout.splitlines()
    assert lines[0].split()[:4] == ["actor", "mandates", "passive", "mentions"]
    assert any(l.startswith("President of the General Assembly") and l.split()[5:7] == ["7", "1"] for l in lines)
    p = run("actors", "--json", str(text_path("A_RES_80_1.txt")))
    rows = json.loads(p.stdout)
    assert rows[0]["actor"] == "State of Palestine" and rows[0]["mandates"] == 3


def test_bad_input_exits_2(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    for args in (("mandates", str(empty)), ("actors", str(tmp_path / "missing.txt")), ("mandates", "--bogus")):
        p = run(*args)
        assert p.returncode == 2, args
        assert "Traceback" not in p.stderr


def test_help():
    p = run("mandates", "--help")
    assert p.returncode == 0 and "--actor" in p.stdout and "--timeline" in p.stdout and "--csv" in p.stdout


def test_readme_shows_what_the_main_command_prints():
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = readme.split("```sh\n", 1)[1].split("```", 1)[0].splitlines()
    assert first_block[0] == 'python -m pip install . && resparse mandates --actor "regional commissions"'
    shown = readme.split("On the bundled default the first command prints:\n\n```\n", 1)[1].split("\n```", 1)[0]
    assert run("mandates", "--actor", "regional commissions").stdout.rstrip("\n") == shown


def test_reports_due_in_order_and_by_session(corpus_dir):
    p = run("mandates", str(text_path("A_RES_73_195.txt")), "--reports")
    assert p.returncode == 0
    assert "annex 46  Secretary-General → General Assembly: on a biennial basis" in p.stdout
    p = run("mandates", str(corpus_dir / "A_RES_78_187.txt"), "--reports", "--session", "80")
    lines = p.stdout.splitlines()
    # due at the 80th: 66 (b) "at its eightieth session", 66 (g) "at its seventy-ninth and eightieth sessions" (a
    # list), 66 (e) "to continue to submit annual reports" (adopted at the 78th: due from the 79th on, every year)
    assert lines[0] == "A/RES/78/187: 3 reports asked for due at the 80th session"
    # each dated in the 80th session (the annual one and the list, first due at the 79th, too: trial 16 found their
    # first due date, 2024-09, beside the session's own)
    assert sorted(line.split()[:3] for line in lines[1:] if "→" in line) == [["2025-09", "66", "(b)"], ["2025-09", "66", "(e)"],
                                                              ["2025-09", "66", "(g)"]]
    # "to present an oral report on the work of the Committee ... and to engage in an interactive dialogue with the
    # General Assembly at its seventy-ninth and eightieth sessions": the receiver the dialogue names (thirtieth
    # session, branch trialfix30a; it was the default, "no receiver named", since the twenty-seventh session)
    assert any(line.endswith("66 (g)  Chair of the Committee on the Rights of the Child → General Assembly: at its "
                             "seventy-ninth and eightieth sessions") for line in lines)
    assert any(line.endswith("66 (b)  Secretary-General → General Assembly: at its eightieth session") for line in lines)
    assert any(line.endswith("Violence against Children → General Assembly: annual") for line in lines)
    p = run("mandates", str(corpus_dir / "A_RES_78_187.txt"), "--reports", "--session", "81")
    assert p.stdout.splitlines()[0] == "A/RES/78/187: 1 report asked for due at the 81st session"
    assert [line.split()[1:3] for line in p.stdout.splitlines()[1:] if "→" in line] == [["66", "(e)"]]
    # under each row, what the report is about: the action, cut to the width (a fresh-user trial, 2026-12-03)
    assert p.stdout.splitlines()[2].strip().startswith("to continue to submit annual reports")
    p = run("mandates", str(corpus_dir / "A_RES_78_187.txt"), "--reports", "--json")
    rows = json.loads(p.stdout)
    assert rows[0]["report"]["to"] == "General Assembly" and rows[0]["report"]["due"]["start"] == "2025-09"


def test_summary_names_the_resolution_when_nothing_is_found():
    p = run("mandates", str(Path(__file__).parent / "fixtures" / "empty-summary.txt"))
    assert p.returncode == 0
    assert p.stdout.splitlines()[0].startswith("A/RES/74/907: 0 mandates")


def test_a_folder_is_read_as_its_resolution_files(tmp_path):
    folder = tmp_path / "res"
    (folder / "sub").mkdir(parents=True)
    for name in ("A_RES_72_244.txt", "A_RES_73_195.txt"):
        (folder / "sub" / name).write_text(text_path(name).read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "notes.docx").write_bytes(b"not read: not a resolution suffix")
    by_folder = run("mandates", str(folder), "--json")
    by_files = run("mandates", *(str(folder / "sub" / n) for n in ("A_RES_72_244.txt", "A_RES_73_195.txt")), "--json")
    assert by_folder.returncode == 0, by_folder.stderr
    assert json.loads(by_folder.stdout) == json.loads(by_files.stdout)
    assert {r["document"] for r in json.loads(by_folder.stdout)} == {"A/RES/72/244", "A/RES/73/195"}
    empty = tmp_path / "empty"
    empty.mkdir()
    p = run("mandates", str(empty))
    assert p.returncode == 2 and "no resolution files" in p.stderr and "Traceback" not in p.stderr


def test_many_resolutions_are_counted_in_the_first_line(tmp_path):
    names = ["A_RES_71_280.txt", "A_RES_72_244.txt", "A_RES_73_195.txt", "A_RES_80_1.txt"]
    sources = [text_path(n) for n in names] + [Path(__file__).parent / "fixtures" / "A_RES_78_26.txt"]
    for i, src in enumerate(sources + sources[:1]):  # six files, five resolutions: 71/280 twice
        (tmp_path / f"{i}_{src.name}").write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    p = run("mandates", str(tmp_path))
    assert p.returncode == 0, p.stderr
    assert p.stdout.splitlines()[0].startswith("5 resolutions: "), p.stdout.splitlines()[0]
    p = run("mandates", str(tmp_path / "0_A_RES_71_280.txt"), str(tmp_path / "5_A_RES_71_280.txt"),
            str(tmp_path / "1_A_RES_72_244.txt"))
    assert p.stdout.splitlines()[0].startswith("A/RES/71/280, A/RES/72/244: "), p.stdout.splitlines()[0]
