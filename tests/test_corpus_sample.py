"""Shapes of the 902-resolution corpus (sessions 78–80), read from ../shared/corpus where present.

Exact assertions for files read by hand, and the consistency rate of the whole corpus as a floor."""

import pytest

import resparse
from resparse.consistency import check


def parse(corpus_dir, symbol):
    return resparse.parse(corpus_dir / f"A_RES_{symbol.replace('/', '_')}.txt")


def test_single_clause_resolution_with_a_declaration_in_its_annex(corpus_dir):
    r = parse(corpus_dir, "78/1")
    ops = r.by_kind("operative")
    assert [p.label for p in ops] == ["OP1"] and ops[0].opening == "Endorses"
    assert ops[0].text.endswith("contained in the annex to the present resolution.")
    assert r.meeting == "15th plenary meeting" and r.date == "29 September 2023"
    annex = [p for p in r.by_kind("annex") if p.number]
    assert [p.number for p in annex] == [str(n) for n in range(1, len(annex) + 1)] and len(annex) > 30
    assert r.get("annex 1").text.startswith("We, the Heads of State and Government")
    assert check(r) == []


def test_short_resolution_with_footnote_across_a_page(corpus_dir):
    r = parse(corpus_dir, "78/2")
    assert [p.label for p in r.paragraphs] == ["PP1", "PP2", "1", "2", "3", "4", "5", "6"]
    assert r.footnotes[0].cited_by == ["PP1"]
    assert r.get("PP1").text.endswith("on its eighty-third session,")
    assert r.job == "23-20103" and r.pages == 2


def test_missing_general_assembly_line_is_a_warning(corpus_dir):
    r = parse(corpus_dir, "78/225")
    assert any("The General Assembly" in w.message for w in r.warnings)
    assert r.get("PP1").opening == "Reaffirming"
    assert r.by_kind("operative")


@pytest.mark.parametrize("symbol, number", [("80/167", "6"), ("79/160", "26"), ("79/160", "27")])
def test_number_alone_without_full_stop(corpus_dir, symbol, number):
    r = parse(corpus_dir, symbol)
    assert r.get(number) is not None and not r.get(number).text[:1].isdigit()
    assert not any("skipped" in w.message for w in r.warnings)


def test_marker_glued_to_a_year(corpus_dir):
    r = parse(corpus_dir, "79/214")
    p = next(p for p in r.walk() if "Sendai Framework" in p.text)
    assert "Sendai Framework for Disaster Risk Reduction 2015–2030 can contribute" in p.text
    assert "3" in p.footnotes


def test_consistency_rate_of_the_whole_corpus(corpus_dir):
    files = sorted(corpus_dir.glob("*.txt"))
    assert len(files) == 902
    consistent = 0
    by_code: dict[str, list[str]] = {}
    inconsistent: dict[str, set[str]] = {}
    quoting: list[str] = []  # the paragraphs that quote another text after an amending instruction
    for f in files:
        try:
            res = resparse.parse(f)
            problems = check(res)
        except resparse.ResparseError:
            continue
        quoting += [f"{f.stem} {p.label}" for p in res.walk() if p.quoted]
        consistent += not problems
        if problems:
            inconsistent[f.stem] = {p.code for p in problems}
        for code in {p.code for p in problems}:
            by_code.setdefault(code, []).append(f.stem)
    # the two checks a reader makes first: no preambular paragraph holding two recitals, no footnote number left
    # glued to a word (measured 0 and 0 after issue 10; 43 files and 1 file before it). Exceptions: none.
    assert by_code.get("two recitals", []) == []
    assert by_code.get("glued", []) == []
    # no numbered heading inside a paragraph's text (A/RES/79/1's 56 "Action N." headings before issue parse-h, the
    # only file with one: 885/902 under the checks without it, 884 with it, 885 after the fix)
    assert by_code.get("heading", []) == []
    # measured 885/902 (98.1 %) under the checks with these two (issue 10); 885 under the checks without them,
    # 887 after branch parse-a (annex recitals read by the two-recitals check; items of 79/323 and 78/317 placed),
    # 844 (93.6 %) under the new checks before issue 10's fixes: the target is 98 %
    assert consistent / len(files) >= 0.98
    # the documents still inconsistent, each read against its text (branch pfix29: 890/902 before, 901/902 after;
    # the 11 others were markers glued to a symbol's last number or to a number, found since). Branch pfix30:
    # 902/902 — the last, A/RES/79/144, amends the terms of reference of the International Tribunal for the Law of
    # the Sea Trust Fund ("Amend paragraph 8 to read:" and that paragraph 8), a quoted text of the annex's one
    # paragraph now, no numbering of the annex that starts at 8
    assert inconsistent == {}
    # the paragraphs that quote an amended or restated text (every one read against its text): the amended terms of
    # reference (79/144), the new paragraph of the Dispute Tribunal's statute (78/248 14), the staff rule quoted in
    # quotation marks (79/280 1); no list of the resolution's own ("... will be as follows:") among them
    assert quoting == ["A_RES_78_248 14", "A_RES_79_144 annex U1", "A_RES_79_280 1"]


def test_marker_glued_to_a_numbered_name(corpus_dir):
    r = parse(corpus_dir, "79/211")
    p = next(p for p in r.walk() if "Agenda 21" in p.text)
    assert "Environment and Development and Agenda 21 and the principles set out therein" in p.text
    assert {"5", "6", "7"} <= set(p.footnotes)


def test_first_section_heading_without_a_full_stop(corpus_dir):
    r = parse(corpus_dir, "80/243")
    assert r.headings[0].text.startswith("I Conditions of service and compensation") and r.headings[0].before == "PP1"
    assert r.get("PP1").opening == "Recalling" and r.get("I.1").text.startswith("Takes note of the report")
    assert r.get("III.1") is not None
    # section XII numbers 1-22 between staffing tables; the tables' figures are not paragraph numbers
    assert [p.number for p in r.paragraphs if p.label.startswith("XII.")] == [str(n) for n in range(1, 23)]
    assert not r.warnings


def test_sections_with_their_own_preamble_and_numbering(corpus_dir):
    r = parse(corpus_dir, "78/253")
    labels = [p.label for p in r.paragraphs]
    # section II's preamble has two recitals, "Recalling ..., 30 December 2022," and "Having considered ...,"
    assert labels[:7] == ["PP1", "PP2", "I.1", "I.2", "PP3", "PP4", "II.1"]
    assert r.get("PP3").kind == "preambular" and r.get("PP3").text.startswith("Recalling its resolutions 72/266 A")
    assert r.get("PP3").text.endswith("30 December 2022,")
    assert r.get("PP4").kind == "preambular" and r.get("PP4").text.startswith("Having considered the financial")
    assert r.get("II.1").text.startswith("Takes note of the report of the Secretary-General")


def test_the_commission_is_not_the_regional_commissions(corpus_dir):
    from resparse import mandates

    items = mandates.extract(parse(corpus_dir, "78/272"))
    assert not [m for m in mandates.lookup(items, "regional commissions") if m.mandate.kind == "mandate"]
    assert {m.paragraph for m in items if m.actor_key == "commission" and m.kind == "mandate"} >= {"9", "11", "12"}


@pytest.mark.parametrize(
    "symbol, label, start",
    [
        # the second recital opens the next page, after a footnote block; the recital before ends "session,1"
        ("78/123", "PP4", "Recalling that the International Year of the Potato"),
        # no blank line between two recitals in the extracted text
        ("80/116", "PP13", "Having received the advisory opinion"),
        ("80/34", "PP11", "Convinced that the Convention, 28 years after"),
    ],
)
def test_a_recital_that_opens_a_page_or_a_line_is_its_own(corpus_dir, symbol, label, start):
    r = parse(corpus_dir, symbol)
    assert r.get(label).text.startswith(start)
    before = r.paragraphs[r.paragraphs.index(r.get(label)) - 1]
    assert start not in before.text



@pytest.mark.parametrize(
    "symbol, start, before, previous_end",
    [
        # a heading opens the page after a footnote block; the paragraph before ended with a marker (";3")
        ("78/297", "Budget estimates for the period from 1 July 2024", "13", "30 June 2023;"),
        ("80/161", "II Establishment and operationalization of the Advisory Centre", "9", "its six working groups;"),
    ],
)
def test_a_heading_that_opens_a_page_is_a_heading(corpus_dir, symbol, start, before, previous_end):
    r = parse(corpus_dir, symbol)
    heading = next(h for h in r.headings if h.text.startswith(start))
    assert heading.before == before
    labels = [p.label for p in r.paragraphs]
    previous = r.paragraphs[labels.index(before) - 1]
    assert previous.text.endswith(previous_end) and start not in previous.text
