"""The progress bars of the commands that read several files (cli.progress_bar): on stderr, only when stderr is a
terminal, one per step: the reading, then the extraction of mandates (`mandates`, `graph --mandates`) and the
resolution of references (`graph`); none on a stderr that is no terminal, none on stdout (the twenty-third session,
branch design23: the extraction step had none, however many files)."""

import io
import sys

import pytest

from resparse.cli import main

from conftest import text_path

FILES = [str(text_path("A_RES_71_280.txt")), str(text_path("A_RES_80_1.txt"))]


class Terminal(io.StringIO):
    """A stderr that says it is a terminal, as tqdm asks (``isatty``)."""

    def isatty(self) -> bool:
        return True


def run(monkeypatch, capsys, argv: list[str], terminal: bool) -> tuple[str, str]:
    """(stdout, stderr) of the command ``argv``, stderr a terminal or not."""
    err = Terminal() if terminal else io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    assert main(argv) == 0
    return capsys.readouterr().out, err.getvalue()


def test_mandates_shows_the_extraction_step_on_a_terminal(monkeypatch, capsys):
    out, err = run(monkeypatch, capsys, ["mandates", *FILES], terminal=True)
    assert "reading:" in err and "mandates:" in err
    # the extraction step's bar counts both files ("0/2" at its start; tqdm redraws at most every 0.1 s, so a
    # quick last file's "2/2" may never be drawn before the bar is cleared)
    assert "/2" in err.split("mandates:", 1)[1]
    assert "mandates:" not in out and "reading:" not in out


def test_no_bar_where_stderr_is_no_terminal(monkeypatch, capsys):
    _, err = run(monkeypatch, capsys, ["mandates", *FILES], terminal=False)
    assert "mandates:" not in err and "reading:" not in err and "\r" not in err


def test_no_bar_for_one_file(monkeypatch, capsys):
    _, err = run(monkeypatch, capsys, ["mandates", FILES[0]], terminal=True)
    assert "mandates:" not in err and "reading:" not in err


@pytest.mark.parametrize("extra, steps", [([], ["reading:", "references:"]),
                                          (["--mandates"], ["reading:", "references:", "mandates:"])])
def test_graph_shows_each_step_on_a_terminal(monkeypatch, capsys, tmp_path, extra, steps):
    _, err = run(monkeypatch, capsys, ["graph", *FILES, *extra, "--graphml", str(tmp_path / "g.graphml")],
                 terminal=True)
    for step in steps:
        assert step in err
    assert ("mandates:" in err) == bool(extra)
