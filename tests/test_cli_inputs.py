"""What every command does with the inputs a new user gives by mistake, alike in each: a file that holds several
resolutions one after another (an error that names them and says where to split, never the first one alone), a
file given twice or a copy of one (read once, a warning), an output path that cannot be written (one line, exit 2,
never a traceback)."""

import json
import os
import shutil

from pathlib import Path

import pytest

import resparse
from resparse.cli import main
from resparse.errors import InputError

from conftest import ROOT, text_path

FIXTURES = ROOT / "tests" / "fixtures"
NOTE = FIXTURES / "or-list.note.md"


@pytest.fixture
def two_in_one(tmp_path):
    """Two real resolutions in one file, as `cat A_RES_80_116.txt A_RES_78_26.txt` makes it: the second's first
    page masthead follows the first's last page (the old reading gave 80/116 alone, exit 0, no warning)."""
    f = tmp_path / "two.txt"
    f.write_text(
        (FIXTURES / "A_RES_80_116.txt").read_text(encoding="utf-8") + (FIXTURES / "A_RES_78_26.txt").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    return f


def test_several_resolutions_in_one_file_are_an_input_error(two_in_one):
    first_lines = (FIXTURES / "A_RES_80_116.txt").read_text(encoding="utf-8").count("\n")
    with pytest.raises(InputError) as exc:
        resparse.parse(two_in_one)
    message = exc.value.one_line()
    assert "holds 2 resolutions" in message and "A/RES/80/116, A/RES/78/26" in message
    assert "split it before each line 'Resolution adopted by the General Assembly'" in message
    # it points at the second resolution's opening line, in the file given
    assert exc.value.line > first_lines
    lines = two_in_one.read_text(encoding="utf-8").splitlines()
    assert lines[exc.value.line - 1].strip().startswith("Resolution adopted by the General Assembly")


@pytest.mark.parametrize("command", [
    ["parse"], ["refs"], ["actors"], ["mandates"], ["graph", "--json"], ["akn", "-o", "-"],
])
def test_every_command_refuses_several_resolutions_in_one_file(two_in_one, command, capsys):
    assert main([*command, str(two_in_one)]) == 2
    out, err = capsys.readouterr()
    assert err.count("\n") == 1 and "holds 2 resolutions" in err and "Traceback" not in err
    assert out == "" or json.loads(out) == {"error": err.strip()}  # with --json, the error as JSON on stdout too


def test_check_against_and_corpus_build_refuse_it_too(two_in_one, tmp_path, capsys):
    assert main(["check", str(NOTE), "--against", str(two_in_one)]) == 2
    assert "holds 2 resolutions" in capsys.readouterr().err
    db = tmp_path / "c.sqlite"
    # a build of one named file that is bad input is bad input, as check says (trialfix4: it was a failure, exit 1,
    # and made the database)
    assert main(["corpus", "build", str(two_in_one), "--db", str(db), "--quiet", "--json"]) == 2
    error = json.loads(capsys.readouterr().out)["error"]  # --json: the error as JSON
    assert "no resolution to build from: this file holds 2 resolutions" in error and "nothing written" in error
    assert not db.exists()


def test_a_file_given_twice_or_a_copy_is_read_once(tmp_path, capsys):
    src = text_path("A_RES_72_244.txt")
    copy = tmp_path / "copy.txt"
    shutil.copy(src, copy)
    again = src.parent / ".." / src.parent.name / src.name  # the same file under another path
    assert main(["mandates", str(src), "--json"]) == 0
    once = json.loads(capsys.readouterr().out)
    assert main(["mandates", str(src), str(again), str(copy), "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out) == once
    assert f"{again}: warning: the same file as {src}; read once" in err
    assert f"{copy}: warning: A/RES/72/244 is already read from {src}; read once" in err
    assert main(["graph", str(src), str(copy), "--json"]) == 0
    assert "already read from" in capsys.readouterr().err


def test_a_note_or_resolution_given_twice_to_check_is_read_once(capsys):
    case = FIXTURES / "or-list.txt"
    assert main(["check", str(NOTE), "--against", str(case), "--json"]) == 1
    once = json.loads(capsys.readouterr().out)
    assert main(["check", str(NOTE), str(NOTE), "--against", str(case), str(case), "--json"]) == 1
    out, err = capsys.readouterr()
    assert json.loads(out) == once
    assert err.count("the same file as") == 2


@pytest.fixture
def a_file(tmp_path):
    f = tmp_path / "afile"
    f.write_text("not a folder\n")
    return f


def _one_line_exit_2(capsys, argv, expected):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and expected in err and "Traceback" not in err


# every file a command writes: {out} is where it cannot be written
OUTPUTS = [
    ["corpus", "build", "{src}", "--quiet", "--db", "{out}/c.sqlite"],
    ["corpus", "build", "{src}", "--quiet", "--db", "{tmp}/c.sqlite", "--akn", "{out}/xml"],
    ["akn", "{src}", "-o", "{out}/x.xml"],
    ["graph", "{src}", "--html", "{out}/x.html"],
    ["graph", "{src}", "--graphml", "{out}/x.graphml"],
    ["mandates", "{src}", "--csv", "{out}/x.csv"],
    ["check", str(NOTE), "--html", "{out}/x.html"],
]


@pytest.mark.parametrize("argv", OUTPUTS)
@pytest.mark.parametrize("where", ["under a file", "/proc"])
def test_an_output_that_cannot_be_written_is_one_line_exit_2(argv, where, a_file, tmp_path, capsys):
    if where == "/proc" and not os.path.isdir("/proc/self"):
        pytest.skip("needs /proc, a file system nothing is written in")
    out = a_file if where == "under a file" else Path("/proc")
    argv = [a.format(src=str(text_path("A_RES_72_244.txt")), out=out, tmp=tmp_path) for a in argv]
    # in /proc the reason is the file system's, not "No such file or directory" of a folder that is there
    expected = (f"{a_file} is a file, not a directory" if where == "under a file"
                else "a virtual file system such as /proc)")
    _one_line_exit_2(capsys, argv, expected)
    assert not (tmp_path / "c.sqlite").exists()  # --akn is checked before the build


def test_a_folder_as_the_database_is_one_line_exit_2(tmp_path, capsys):
    _one_line_exit_2(capsys, ["corpus", "build", str(text_path("A_RES_72_244.txt")), "--quiet", "--db", str(tmp_path)],
                     "is a directory; give the database file's path")


def test_a_readme_in_a_folder_is_skipped_by_every_command_that_reads_folders(tmp_path, capsys):
    """The fresh user's trial 16: `mandates corpus/ --actor UNFPA` stopped (exit 2) at the corpus's README.md,
    which `corpus build` skips. Every command that reads a folder reads it one way: the README is skipped with a
    note on stderr, the resolutions are read; exit 2 only where no file of the folder is a resolution."""
    folder = tmp_path / "res"
    folder.mkdir()
    for name in ("A_RES_72_244.txt", "A_RES_73_195.txt"):
        shutil.copy(text_path(name), folder / name)
    (folder / "README.md").write_text("# Resolutions of the seventy-second and seventy-third sessions\n", encoding="utf-8")
    note = "skipped: not a resolution"
    assert main(["mandates", str(folder), "--json"]) == 0
    out, err = capsys.readouterr()
    assert {r["document"] for r in json.loads(out)} == {"A/RES/72/244", "A/RES/73/195"}
    assert err.count(note) == 1 and "README.md" in err
    assert main(["graph", str(folder), "--json"]) == 0
    out, err = capsys.readouterr()
    assert {n["id"] for n in json.loads(out)["nodes"] if n["kind"] == "resolution"} == {"A/RES/72/244", "A/RES/73/195"}
    assert err.count(note) == 1
    main(["check", str(NOTE), "--against", str(folder), "--json"])
    out, err = capsys.readouterr()
    assert err.count(note) == 1 and "error" not in err
    # the README named on its own is an error (the user asked for that file), as is a folder of no resolution
    assert main(["mandates", str(folder / "README.md")]) == 2
    assert "not a General Assembly resolution" in capsys.readouterr().err
    (folder / "A_RES_72_244.txt").unlink()
    (folder / "A_RES_73_195.txt").unlink()
    assert main(["mandates", str(folder)]) == 2
    assert "no resolution in the files read" in capsys.readouterr().err


def test_an_empty_or_binary_file_in_a_folder_is_left_out_as_corpus_build_fails_it(tmp_path, capsys):
    """A fresh-user trial (2026-12-03): one empty file in a folder stopped `mandates DIR` and `graph DIR` with exit 2
    and no result, while `corpus build DIR` records it failed and goes on. Now the same line as corpus build's
    ("failed: PATH: error: ..."), the others answered; exit 2 only when no file could be read, and a bad file named
    on its own is still its error."""
    folder = tmp_path / "res"
    folder.mkdir()
    shutil.copy(text_path("A_RES_72_244.txt"), folder / "A_RES_72_244.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "bin.txt").write_bytes(b"\x00\x01binary\x00")
    assert main(["corpus", "build", str(folder), "--quiet", "--db", str(tmp_path / "c.db")]) == 1
    built = capsys.readouterr().err
    for command in (["mandates", str(folder), "--json"], ["graph", str(folder), "--json"]):
        assert main(command) == 0
        out, err = capsys.readouterr()
        assert "A/RES/72/244" in out
        failed = [line for line in err.splitlines() if line.startswith("failed: ")]
        assert len(failed) == 2 and all(line in built for line in failed)
    assert main(["mandates", str(folder / "empty.txt")]) == 2
    assert "failed" not in capsys.readouterr().err
    (folder / "A_RES_72_244.txt").unlink()
    assert main(["mandates", str(folder)]) == 2
    # the folder named, not its first file (a fresh-user trial, 2026-12-03: "bad/binary.txt: error: no resolution ...")
    assert capsys.readouterr().err.splitlines()[-1] == f"{folder}: error: no resolution in the files read: each is skipped as not a resolution or failed"
