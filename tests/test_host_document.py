"""A resolution inside a document that holds it as an annex: it ends where the host's next annex starts.

The real case is the UNECE Executive Committee's informal note 2017/28 (tests/fixtures/host): its "ANNEX I" is
A/RES/71/280, its "ANNEX II" the note's own mapping of regional events, which was read as the resolution's annex II
(7 unnumbered paragraphs, their headings, 9 actor mentions) with no warning. The built cases wrap real resolutions
of the corpus (fixtures) as "Annex I" of a note followed by the note's "Annex II"; the resolutions' own annexes
("Annex" of 78/317, "Annex I" and "Annex II" of 79/1) are kept.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import resparse

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED = FIXTURES / "host" / "UNECE_EXCOM_2017_28.txt"
TEXTS = Path(__file__).resolve().parent.parent / "texts"

# a note by a secretariat around a resolution it transmits as its annex I; its annex II is its own
NOTE_HEAD = """ECONOMIC AND SOCIAL COUNCIL

Note by the Secretariat

1. The present note transmits the resolution adopted by the Assembly, which is provided in {annex} of this note.

2. A summary of the regional consultations held on it is provided in {next} of this note.

{annex}

"""
NOTE_TAIL = """

{next}

Summary of the regional consultations

1. Consultations were held in three regions, each with Member States and other relevant stakeholders.

2. The Economic Commission for Africa requests its member States to submit their inputs by March 2025.

Other national processes

3. National meetings of governments and civil society were held.
"""


def _shifted(d, k: int):
    """The to_dict() tree ``d`` with every line number moved up by ``k`` (0, no line, stays 0)."""
    if isinstance(d, dict):
        return {key: (v - k if key in ("line", "end_line") and isinstance(v, int) and v else _shifted(v, k))
                for key, v in d.items()}
    if isinstance(d, list):
        return [_shifted(x, k) for x in d]
    return d


def _wrapped(name: str, annex: str = "Annex I", next: str = "Annex II") -> tuple[str, int, int]:
    """A fixture resolution as ``annex`` of a note followed by the note's ``next``: the text, the number of lines
    before the resolution, and the line of ``next``."""
    head = NOTE_HEAD.format(annex=annex, next=next)
    body = (FIXTURES / name).read_text(encoding="utf-8").rstrip("\n")
    text = head + body + NOTE_TAIL.format(next=next)
    before = head.count("\n")
    return text, before, before + body.count("\n") + 3


def _alone_and_inside(name: str, annex: str = "Annex I", next: str = "Annex II"):
    text, before, next_line = _wrapped(name, annex, next)
    inside = resparse.parse_text(text).to_dict()
    alone = resparse.parse(FIXTURES / name).to_dict()
    assert text.splitlines()[next_line - 1] == next
    return alone, inside, before, next_line


def _left_out_warning(d: dict, line: int, next: str, annex: str, annex_line: int) -> None:
    [w] = [w for w in d["warnings"] if w["message"].startswith("left out")]
    assert w["line"] == line
    assert w["message"] == (f"left out the text from line {line} to the end: '{next}' continues the annexes of the "
                            f"document that holds this resolution as its '{annex}' (line {annex_line})")


def test_the_unece_note_gives_the_resolution_alone_with_a_warning_where_its_own_annex_ii_starts():
    res = resparse.parse(SEED)
    assert res.symbol == "A/RES/71/280" and res.meeting == "74th plenary meeting"
    assert res.annexes == []
    assert not any("Mapping of preparatory" in h.text or "Knowledge products" in h.text for h in res.headings)
    assert res.paragraphs[-1].label == "31"
    d = res.to_dict()
    _left_out_warning(d, 170, "ANNEX II", "ANNEX I", 63)
    assert res.host_end == 170
    # the resolution is read as it reads alone (texts/A_RES_71_280.txt is lines 65-168 of the note): the same
    # tree, every span 64 lines further down, no other warning
    alone = resparse.parse(TEXTS / "A_RES_71_280.txt").to_dict()
    d["warnings"] = []
    assert _shifted(d, 64) == alone


def test_the_unece_note_on_the_command_line_parse_mandates_and_akoma_ntoso():
    def run(*args):
        return subprocess.run([sys.executable, "-m", "resparse", *args], capture_output=True, text=True, timeout=300)

    p = run("parse", str(SEED), "--json")
    assert p.returncode == 0
    assert json.loads(p.stdout)["annexes"] == []
    assert f"{SEED}:170: warning: left out the text from line 170 to the end: 'ANNEX II'" in p.stderr
    m = run("mandates", str(SEED), "--json")
    assert m.returncode == 0 and "line 170" in m.stderr
    rows = json.loads(m.stdout)
    assert rows and not [r for r in rows if "annex" in r["paragraph"]]  # were 9 mentions in "annex II U2" ... U7
    x = run("akn", str(SEED), "-o", "-")
    assert x.returncode == 0 and "line 170" in x.stderr
    assert 'name="annex"' not in x.stdout and "Mapping of preparatory" not in x.stdout
    assert "voluntary trust fund for the intergovernmental conference" in x.stdout  # its paragraph 31


def test_a_resolution_with_its_own_annex_as_annex_i_of_a_note_keeps_its_annex_and_ends_at_the_notes_annex_ii():
    # A/RES/78/317 has one annex of its own ("Annex", the outcome document with its paragraphs 1-32)
    alone, inside, before, next_line = _alone_and_inside("A_RES_78_317.txt")
    assert [a["name"] for a in alone["annexes"]] == ["annex"]
    _left_out_warning(inside, next_line, "Annex II", "Annex I", before - 1)
    inside["warnings"] = [w for w in inside["warnings"] if not w["message"].startswith("left out")]
    assert _shifted(inside, before) == alone


def test_a_resolution_with_annexes_i_and_ii_of_its_own_keeps_both_before_the_notes_own_annex_ii():
    # A/RES/79/1 (the Pact for the Future) has its own "Annex I" and "Annex II" after its adoption line: its own
    # numbering, kept; the note's "Annex II" after them (the note holds the resolution as its "Annex I") is not
    alone, inside, before, next_line = _alone_and_inside("A_RES_79_1.txt")
    assert [a["name"] for a in alone["annexes"]] == ["annex I", "annex II"]
    _left_out_warning(inside, next_line, "Annex II", "Annex I", before - 1)
    inside["warnings"] = [w for w in inside["warnings"] if not w["message"].startswith("left out")]
    assert _shifted(inside, before) == alone


@pytest.mark.parametrize("annex, next", [("ANNEX 1", "ANNEX 2"), ("Appendix II", "Appendix III")])
def test_other_numerals_and_words_of_the_host_end_the_resolution_alike(annex, next):
    alone, inside, before, next_line = _alone_and_inside("A_RES_78_317.txt", annex, next)
    _left_out_warning(inside, next_line, next, annex, before - 1)
    inside["warnings"] = [w for w in inside["warnings"] if not w["message"].startswith("left out")]
    assert _shifted(inside, before) == alone


def test_a_later_heading_that_does_not_continue_the_hosts_numbering_stays_the_resolutions():
    # a guard on the rule's reach (the old code read these so too): the note holds the resolution as its "ANNEX I"; an "ANNEX III" (not the host's next) or an "Annex II" of
    # another shape (another case) is no proof of the host: read as before, an annex of the resolution
    for next in ("ANNEX III", "Annex II"):
        text, before, next_line = _wrapped("A_RES_78_317.txt", "ANNEX I", next)
        res = resparse.parse_text(text)
        assert [a.name for a in res.annexes][-1] == "annex " + next.split()[1]
        assert not [w for w in res.warnings if w.message.startswith("left out")]


def test_a_front_ends_warnings_about_the_hosts_text_after_the_resolution_are_left_out_with_it():
    # a front end (pdftotext, a PDF) warns about lines whose shape it could not recover: about the resolution's
    # lines the warning stands, about the host's annex II after it (left out) it would point at no paragraph
    from resparse.parse import parse_source
    from resparse.sources import Source

    text = SEED.read_text(encoding="utf-8")
    res = parse_source(Source(text, warnings=[(100, "a line of the resolution"), (200, "a line of the host")]))
    assert [(w.line, w.message) for w in res.warnings if not w.message.startswith("left out")] == [
        (100, "a line of the resolution")]
