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


# ---------------------------------------------------------------- the shapes doc-b left: doc-c

def _seed_with_titles_on_the_heading_lines() -> str:
    """The UNECE note with its annex headings set as notes also set them, the title on the heading's line: "ANNEX I:
    Resolution adopted by the General Assembly on 6 April 2017", "ANNEX II: Mapping of preparatory ..." (two lines
    fewer: the resolution's lines 65-168 of the note are lines 63-166)."""
    text = SEED.read_text(encoding="utf-8")
    one = "#### ANNEX I\n\n# Resolution adopted by the General Assembly on 6 April 2017"
    two = "#### ANNEX II\n\n# Mapping of preparatory"
    assert one in text and two in text
    return text.replace(one, "#### ANNEX I: Resolution adopted by the General Assembly on 6 April 2017").replace(
        two, "#### ANNEX II: Mapping of preparatory")


def test_an_annex_heading_with_its_title_on_its_line_is_the_hosts_and_its_next_one_ends_the_resolution():
    # was: "ANNEX I: Resolution adopted ..." no annex heading (and no opening line: no date), "ANNEX II: Mapping ..."
    # a paragraph of the resolution, and the note's mapping read as the resolution's
    res = resparse.parse_text(_seed_with_titles_on_the_heading_lines())
    assert res.date == "6 April 2017" and res.annexes == [] and res.paragraphs[-1].label == "31"
    d = res.to_dict()
    _left_out_warning(d, 168, "ANNEX II", "ANNEX I", 63)
    d["warnings"] = []
    assert _shifted(d, 62) == resparse.parse(TEXTS / "A_RES_71_280.txt").to_dict()


@pytest.mark.parametrize("annex, sep, following", [
    ("ANNEX I", ": ", "ANNEX II: Summary of the regional consultations"),
    ("Annex I", " — ", "Annex II — Summary of the regional consultations"),
])
def test_a_resolution_with_its_own_annex_in_a_host_whose_headings_carry_their_titles(annex, sep, following):
    # A/RES/78/317 (its own "Annex" kept) as the note's annex I, its opening line on the heading's line
    body = (FIXTURES / "A_RES_78_317.txt").read_text(encoding="utf-8").rstrip("\n").split("\n")
    k = next(i for i, ln in enumerate(body) if ln.startswith("Resolution adopted"))
    body[k] = annex + sep + body[k]
    head = NOTE_HEAD.format(annex=annex, next=following).rsplit(annex, 1)[0]
    text = head + "\n".join(body) + NOTE_TAIL.format(next=following)
    before = head.count("\n")
    next_line = before + len(body) + 2
    assert text.splitlines()[next_line - 1] == following
    inside = resparse.parse_text(text).to_dict()
    _left_out_warning(inside, next_line, following.split(sep)[0], annex, before + k + 1)
    inside["warnings"] = [w for w in inside["warnings"] if not w["message"].startswith("left out")]
    assert _shifted(inside, before) == resparse.parse(FIXTURES / "A_RES_78_317.txt").to_dict()


def _in_unnumbered_annex(name: str, part: str) -> tuple[str, int, int]:
    """A fixture resolution as the unnumbered "Annex" of a note, followed by the note's ``part`` ("Appendix",
    "Attachment", "Annex"): the text, the lines before the resolution, the line of ``part``."""
    return _wrapped(name, "Annex", part)


@pytest.mark.parametrize("part", ["Appendix", "Attachment", "ENCLOSURE 2"])
def test_after_an_unnumbered_host_annex_a_part_no_resolution_has_ends_the_resolution(part):
    # A/RES/78/26 has no annex: an appendix right after its closing line is not its own (an appendix is an annex's),
    # nor is an attachment or an enclosure anywhere (data/host_parts.txt); were read as trailer lines after its
    # plenary line, or as its annex
    alone, inside, before, next_line = _alone_and_inside("A_RES_78_26.txt", "Annex", part)
    _left_out_warning(inside, next_line, part, "Annex", before - 1)
    inside["warnings"] = [w for w in inside["warnings"] if not w["message"].startswith("left out")]
    assert _shifted(inside, before) == alone


def test_after_an_unnumbered_host_annex_the_resolutions_own_annexes_are_kept_to_the_hosts_attachment():
    # A/RES/79/243: the Convention in "Annex", its interpretative notes under "Annex" again: both its own
    alone, inside, before, next_line = _alone_and_inside("references/A_RES_79_243.txt", "Annex", "Attachment")
    assert [a["name"] for a in alone["annexes"]] == ["annex", "annex II"]
    _left_out_warning(inside, next_line, "Attachment", "Annex", before - 1)
    inside["warnings"] = [w for w in inside["warnings"] if not w["message"].startswith("left out")]
    assert _shifted(inside, before) == alone


@pytest.mark.parametrize("name, part", [("A_RES_78_317.txt", "Annex"), ("A_RES_78_317.txt", "Appendix"),
                                        ("A_RES_78_26.txt", "Annex")])
def test_after_an_unnumbered_host_annex_an_annex_or_an_annexs_appendix_stays_the_resolutions_with_a_warning(
        name, part):
    # the host numbers no annex: an "Annex" after the resolution may be its own (78/317's one annex) and an
    # "Appendix" after an annex may be the annex's; read as before, with a warning that says what was read so
    text, before, next_line = _in_unnumbered_annex(name, part)
    res = resparse.parse_text(text)
    assert res.host_end is None and not [w for w in res.warnings if w.message.startswith("left out")]
    [w] = [w for w in res.warnings if "numbers no annex" in w.message]
    own = res.annexes[0].span.line
    assert w.line == own and w.message == (
        f"read 'Annex' (line {own}) and what follows as the resolution's own annex: the document that holds it as "
        f"its 'Annex' (line {before - 1}) numbers no annex to tell its own from the resolution's")
    assert res.annexes[-1].span.line == next_line or part == "Appendix"


def _two_in_one_host(second_opening: str) -> str:
    """A note with A/RES/78/317 as its ANNEX I and A/RES/80/119 as its ANNEX II, the second from ``second_opening``
    on ("title": its title line "80/119. Consumer product safety"; "adopted": its opening line glued to the heading,
    "ANNEX II: Resolution adopted by the General Assembly on 15 December 2025")."""
    first = (FIXTURES / "A_RES_78_317.txt").read_text(encoding="utf-8").rstrip("\n")
    second = (FIXTURES / "A_RES_80_119.txt").read_text(encoding="utf-8").split("\n")
    k = next(i for i, ln in enumerate(second) if ln.startswith("80/119."))
    heading = ("ANNEX II" if second_opening == "title"
               else "ANNEX II: Resolution adopted by the General Assembly on 15 December 2025")
    return NOTE_HEAD.format(annex="ANNEX I", next="ANNEX II") + first + f"\n\n{heading}\n\n" + "\n".join(second[k:])


@pytest.mark.parametrize("second_opening", ["title", "adopted"])
def test_a_host_with_two_resolutions_annexed_is_an_input_error_that_names_them(second_opening):
    # was: the first read alone, the second left out with the warning of a host's text (title), or read as the
    # first one's text (adopted); as for two resolutions one after another (README), an input error names both
    from resparse.errors import InputError

    text = _two_in_one_host(second_opening)
    with pytest.raises(InputError) as e:
        resparse.parse_text(text)
    msg = str(e.value)
    assert "A/RES/78/317" in msg and "A/RES/80/119" in msg and "split it before" in msg
    assert e.value.line == text.split("\n").index(next(ln for ln in text.split("\n") if ln.startswith("ANNEX II"))) + 1


def test_a_host_with_two_resolutions_on_the_command_line_is_one_line_and_exit_2(tmp_path):
    f = tmp_path / "note.txt"
    f.write_text(_two_in_one_host("title"), encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "resparse", "parse", str(f)], capture_output=True, text=True, timeout=300)
    assert p.returncode == 2 and p.stdout == ""
    assert len(p.stderr.strip().splitlines()) == 1
    assert "2 resolutions as annexes of one document (A/RES/78/317 in its 'ANNEX I'" in p.stderr
    assert "A/RES/80/119 in its 'ANNEX II'" in p.stderr
