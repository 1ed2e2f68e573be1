"""The draft-note checker and the text views on what the twenty-seventh session found (branch check7), each fixed
as a kind and tried on real text (notes in tests/fixtures/check7, resolutions in tests/fixtures and texts/):

1. an actor a note names ("the President") is matched to the cited resolution's actors by its words, or to the full
   name the note itself wrote before it: "Paragraph 4 of resolution 72/244 asks the President ..." was R203 "does not
   address the President of the European Commission" (a name in 72/244's annex, rule 3, whom it addresses nowhere);
2. a resolution cited with its part letter ("resolution 79/234 A", "A/RES/79/234 A, para. 48") is the loaded text
   of that number printed with or without it (was R001 "A/RES/79/234A is not loaded" with 79/234 given to
   --against); another part of a loaded number is said to be another text;
3. a note's shorthands "op 31", "OP 31", "op. 31", "para 31", "paras. 3 and 4", "paragraphs 3-5", "OPs 3 and 40",
   "(op 40)" are all citations of paragraphs;
4. text is cut for display after a whole word, by one helper (:func:`resparse.clip.clip`): R003/R004 messages cut
   a phrase mid-word ("paragraphs 112, …, 121 a…");
5. R202 names the addressee with the article its paragraph gives it, as R203 does ("requests the regional
   commissions"; was "requests regional commissions");
6. a run of missing paragraphs is named by its ends: "paragraphs 32–40 do not exist" (was nine numbers)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import resparse
from resparse import check as checker
from resparse import note as notes
from resparse.clip import clip
from resparse.cli import main
from resparse.references import find

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
NOTES = FIXTURES / "check7"


def _findings(report, line: int | None = None) -> list[tuple[str, str]]:
    return [(f.code, f.message) for f in report.findings if line is None or f.line == line]


@pytest.fixture(scope="module")
def res_79_1():
    return resparse.parse(FIXTURES / "A_RES_79_1.txt")


@pytest.fixture(scope="module")
def res_79_234():
    return resparse.parse(FIXTURES / "A_RES_79_234.txt")


@pytest.fixture(scope="module")
def res_79_258():
    return resparse.parse(FIXTURES / "A_RES_79_258.txt")


# -- 1. "the President"

@pytest.fixture(scope="module")
def president(all_texts, res_79_1):
    return checker.check(notes.read(NOTES / "president.md"), checker.Library([*all_texts.values(), res_79_1]))


def test_the_president_is_not_a_name_the_resolution_merely_holds(president):
    """72/244 holds "the President of the European Commission" in its annex (rule 3: the European Union represented
    by him) and addresses no President in paragraph 4: the note's "the President" is named as the note names it."""
    assert _findings(president, 3) == [
        ("R203", "paragraph 4 of A/RES/72/244 does not address the President; it addresses the General Assembly")]
    assert not any("European Commission" in m for _, m in _findings(president))


def test_the_president_is_the_one_president_the_resolution_names(president):
    """71/280 names one President, the President of the General Assembly (paras. 5, 17 ...): the note's "the
    President" is that one; 22 (a) does not address him."""
    [(code, message)] = _findings(president, 5)
    assert code == "R203"
    assert message.startswith("paragraph 22 (a) of A/RES/71/280 does not address the President of the General "
                              "Assembly; it addresses the regional commissions")


def test_the_president_a_paragraph_addresses_is_verified(president):
    """79/1, annex I (the Global Digital Compact), 57: "We therefore request the President of the General Assembly
    to appoint ... co-facilitators": "requests the President" is verified, "invites the President" R202."""
    assert _findings(president, 7) == []
    assert [it.status for it in president.items if it.kind == "verb" and it.line == 7] == ["verified"]
    assert _findings(president, 9) == [
        ("R202", 'A/RES/79/1 requests the President of the General Assembly (paragraph 57 of annex I); the note says '
                '"invites"')]


def test_the_president_the_note_named_before_is_its_own(all_texts):
    """The note named "the President of the European Commission" before "the President": the one rule of short
    names (:func:`resparse.names.full_name`) over the note's own words reads him."""
    report = checker.check(notes.read(NOTES / "president_named.md"), checker.Library(list(all_texts.values())))
    assert _findings(report) == [
        ("R203", "paragraph 4 of A/RES/72/244 does not address the President of the European Commission; it "
                 "addresses the General Assembly")]


def test_a_body_the_note_named_for_another_resolution_is_not_taken(all_texts):
    """note2_ocean.docx names the Ocean Conference (78/128) before "Paragraph 4 of resolution 72/244 decides that
    the Conference shall be held in Marrakech": 72/244's one Conference is meant (no R203)."""
    res_78_128 = resparse.parse(FIXTURES / "A_RES_78_128.txt")
    report = checker.check(notes.read(FIXTURES / "trial_notes8" / "note2_ocean.docx"),
                           checker.Library([*all_texts.values(), res_78_128]))
    assert [c for c, _ in _findings(report, 9) if c == "R203"] == []


# -- 2. part letters

@pytest.fixture(scope="module")
def parts(all_texts, res_79_234, res_79_258):
    return checker.check(notes.read(NOTES / "parts.md"), checker.Library([*all_texts.values(), res_79_234,
                                                                           res_79_258]))


def test_a_part_letter_cites_the_loaded_text_printed_without_it(parts):
    """79/234 is printed without a part letter; "resolution 79/234 A, para. 48" and "A/RES/79/234 A, para. 48" are
    its paragraph 48 (a quotation of it verified), "paragraph 49 of resolution 79/234 A" its 49."""
    assert _findings(parts, 3) == [] and _findings(parts, 5) == []
    cited = {(it.line, it.resolution, tuple(it.paragraphs)) for it in parts.items if it.kind == "citation"}
    assert {(3, "A/RES/79/234A", ("48",)), (5, "A/RES/79/234A", ("48",)), (9, "A/RES/79/234A", ("49",))} <= cited
    assert [it.status for it in parts.items if it.kind == "quotation" and it.line == 3] == ["verified"]
    assert [c for c, _ in _findings(parts, 9)] == ["R203"]  # 49 decides (the Assembly), it requests no one


@pytest.mark.parametrize("text, documents", [
    ("See A/RES/79/234 A, para. 48.", ["A/RES/79/234A"]),
    ("See A/RES/77/263 A-C, para. 4.", ["A/RES/77/263A", "A/RES/77/263B", "A/RES/77/263C"]),
    ("See resolution 77/263 A–C, para. 4.", ["A/RES/77/263A", "A/RES/77/263B", "A/RES/77/263C"]),
    ("See A/RES/79/234, para. 48.", ["A/RES/79/234"])])
def test_a_symbol_with_its_parts_cites_each_part(text, documents):
    """A full symbol's part letters are read as a number's are ("resolution 77/263 A–C": one document a part)."""
    assert [(t.document, t.label) for c in find(text) for t in c.targets] == [(d, "4" if "263" in d else "48")
                                                                             for d in documents]


def test_another_part_of_a_loaded_number_is_not_it(parts):
    assert _findings(parts, 7) == [
        ("R001", "not checked: A/RES/79/234 B is not loaded (A/RES/79/234 is loaded, but it is not part B)")]
    assert ("R001", "not checked: A/RES/79/258 B is not loaded (A/RES/79/258 is loaded, but it is not part B)") \
        in _findings(parts, 11)


def test_79_258_a_is_the_budget_resolution_printed_without_its_part(parts):
    """A/RES/80/243 cites "section III of its resolution 79/258 A" of the text printed as A/RES/79/258: "section XIX
    of resolution 79/258 A" exists, "section XXX of resolution 79/258" does not."""
    found = _findings(parts, 11)
    assert ("R101", "section XXX does not exist in A/RES/79/258 (its sections are I–XXV)") in found
    assert not any("XIX" in m for _, m in found)


def test_a_loaded_text_printed_with_its_part_is_cited_without_it(tmp_path, res_79_258, all_texts):
    """The masthead "A/RES/79/258 A" (as a text printed after its part B was adopted would show it): "section XXX of
    resolution 79/258" is checked against it, "A/RES/79/258 B" is not it; messages print the part after a space."""
    text = (FIXTURES / "A_RES_79_258.txt").read_text(encoding="utf-8")
    assert re.search(r"(?m)^A/RES/79/258 *$", text)
    path = tmp_path / "A_RES_79_258_A.txt"
    path.write_text(re.sub(r"(?m)^A/RES/79/258 *$", "A/RES/79/258 A", text, count=1), encoding="utf-8")
    res = resparse.parse(path)
    assert res.symbol == "A/RES/79/258A"
    report = checker.check(notes.read(NOTES / "parts.md"), checker.Library([*all_texts.values(), res]))
    assert _findings(report, 11) == [
        ("R101", "section XXX does not exist in A/RES/79/258 (its sections are I–XXV)"),
        ("R001", "not checked: A/RES/79/258 B is not loaded (A/RES/79/258 A is loaded, but it is not part B)")]


def test_the_cli_checks_a_part_against_the_file_given(capsys):
    code = main(["check", str(NOTES / "parts.md"), "--against", str(FIXTURES / "A_RES_79_234.txt")])
    out, err = capsys.readouterr()
    assert code == 1  # no error: 79/258 is not loaded (its citations R001: NOT CHECKED, exit 1), 79/234's 49
    # requests no one (R203)
    assert "79/234A is not loaded" not in out + err and "79/234 A is not loaded" not in out + err
    assert "A/RES/79/234 B is not loaded" in out and "not loaded (A/RES/79/234 B, A/RES/79/258 A, " in err


# -- 3. shorthand citations

@pytest.mark.parametrize("written, labels", [
    ("op 31", ["31"]), ("OP 31", ["31"]), ("op. 31", ["31"]), ("Op 31", ["31"]), ("OP31", ["31"]),
    ("para 31", ["31"]), ("paras. 3 and 4", ["3", "4"]), ("paras 3 and 4", ["3", "4"]),
    ("paragraphs 3-5", ["3", "4", "5"]), ("paragraphs 3–5", ["3", "4", "5"]), ("OPs 3 and 4", ["3", "4"]),
    ("op 22(a)", ["22 (a)"]), ("OP22(a)", ["22 (a)"]), ("para. 22 (a)", ["22 (a)"])])
def test_shorthands_after_a_symbol_cite_its_paragraphs(written, labels):
    for text in (f"See A/RES/71/280, {written}, on the modalities.", f"See A/RES/71/280 {written} on the modalities.",
                 f"See A/RES/71/280 ({written}) on the modalities.", f"See {written} of resolution 71/280."):
        targets = [t for c in find(text) for t in c.targets if t.label]
        assert [t.label for t in targets] == labels, text
        assert {t.document for t in targets} == {"A/RES/71/280"}, text


def test_op_is_no_citation_inside_a_word():
    """"op" is searched only before a number ("develops 3" holds it; "troop 3" and "develop" are no citations)."""
    assert find("It develops 3 programmes with 2 troops, as the group may develop 31 more.") == []


@pytest.fixture(scope="module")
def shorthand(all_texts):
    return checker.check(notes.read(NOTES / "shorthand.md"), checker.Library(list(all_texts.values())))


def test_every_shorthand_of_the_note_is_checked(shorthand):
    cited = [(it.line, tuple(it.paragraphs)) for it in shorthand.items if it.kind == "citation" and it.paragraphs]
    assert cited[:6] == [(3, ("31",)), (5, ("31",)), (7, ("31",)), (9, ("31",)), (11, ("3", "4")),
                         (13, ("3", "4", "5"))]
    assert [(c, m) for c, m in _findings(shorthand, 15)] == [
        ("R101", "paragraph 40 does not exist in A/RES/71/280 (the last operative paragraph is 31)")] * 2 + [
        ("R102", "paragraph 40 does not exist in A/RES/71/280 (the last operative paragraph is 31)")]
    assert [c for c, _ in _findings(shorthand, 17)] == ["R101", "R102"]
    assert [c for c, _ in _findings(shorthand, 1)] == []


# -- 4. text cut after a whole word

def test_an_r003_phrase_is_cut_after_a_whole_word(shorthand):
    [(code, message)] = _findings(shorthand, 19)
    assert code == "R003"
    phrase = "paragraphs 112, 113, 114, 115, 116, 117, 118, 119, 120, 121 and 122"
    quoted = re.match(r'"(.*?)…" is read', message).group(1)
    assert phrase.startswith(quoted) and phrase[len(quoted)] in " ,"
    assert len(quoted) + 1 <= 60
    assert "which has no paragraphs 112–122;" in message  # the run by its ends


def test_a_run_of_missing_paragraphs_is_named_by_its_ends(shorthand):
    """"paragraphs 30-40" of 71/280 (31 operative paragraphs): R102 names 32–40, not nine numbers one by one."""
    assert _findings(shorthand, 21) == [
        ("R102", "paragraphs 32–40 do not exist in A/RES/71/280 (the last operative paragraph is 31)")]


def test_clip_cuts_real_paragraphs_after_a_whole_word(all_texts):
    """Every paragraph of the bundled texts cut to 60 and to 25 characters: at most that long, a prefix of the
    paragraph's words that ends where a word ends, "…" where it is cut."""
    cut = 0
    for res in all_texts.values():
        for p in res.walk():
            text = " ".join(p.text.split())
            for n in (60, 25):
                shown = clip(p.text, n)
                assert len(shown) <= n
                if shown == text:
                    continue
                cut += 1
                assert shown.endswith("…")
                head = shown[:-1]
                if " " in text[: n]:
                    assert text.startswith(head) and text[len(head)] in " ,;:", (text, shown)
    assert cut > 100


def test_the_mandates_table_cuts_after_a_whole_word(capsys):
    """``resparse mandates`` (the bundled 71/280): an action cut to the table's width ends after a whole word,
    "..." after it."""
    assert main(["mandates"]) == 0
    out = capsys.readouterr().out
    res = resparse.parse(ROOT / "texts" / "A_RES_71_280.txt")
    words = set(" ".join(p.text for p in res.walk()).split())
    cut = [line for line in out.splitlines() if line.endswith("...")]
    assert cut
    for line in cut:
        last = line[:-3].split()[-1].rstrip(",;:")
        assert last in words or last + "," in words or last + ";" in words, line


def test_the_graph_page_cuts_as_clip(all_texts):
    """The graph page's script cuts a sub-paragraph's text and a search result's by the same rule (its ``clip``,
    run by Node where it is installed): the same strings as :func:`resparse.clip.clip` on the bundled texts."""
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    source = (ROOT / "src" / "resparse" / "render" / "graph_page.js").read_text(encoding="utf-8")
    function = re.search(r"function clip\(t, n\) \{.*?\n  \}", source, re.DOTALL).group(0)
    texts = [p.text for res in all_texts.values() for p in res.walk()][:300]
    script = function + "\nconst texts = JSON.parse(require('fs').readFileSync(0, 'utf8'));\n" \
        "console.log(JSON.stringify(texts.map(t => [clip(t, 91), clip(t, 121)])));"
    done = subprocess.run([node, "-e", script], input=json.dumps(texts), capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == [[clip(t, 91), clip(t, 121)] for t in texts]
