"""The structure of annexes that number or list their own text, on real texts of the corpus (copied to fixtures/):
the recitals of a declaration or convention in an annex, each its own paragraph with the clause that closes its
preamble ("Declare the following:", "Have agreed as follows:"); and the consistency check that sees such recitals
as it sees a resolution's own."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

import resparse
from resparse.consistency import check

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def res_79_1():
    return resparse.parse(FIXTURES / "A_RES_79_1.txt")


@pytest.fixture(scope="module")
def res_79_243():
    return resparse.parse(FIXTURES / "references" / "A_RES_79_243.txt")  # the corpus file, copied for references


@pytest.fixture(scope="module")
def res_80_162():
    return resparse.parse(FIXTURES / "A_RES_80_162.txt")


def _annex_unnumbered(res: resparse.Resolution, annex: str) -> list[str]:
    return [p.text for p in res.paragraphs if p.annex == annex and " U" in p.label]


def test_declaration_recitals_and_their_closing_clause_are_paragraphs_of_their_own(res_79_1):
    """A/RES/79/1 annex II (Declaration on Future Generations): "Recognizing ... demographic trends," then, each set
    apart by a blank line, "Further committing to build ..." (a participle no data file lists) and "Declare the
    following:" — three clauses, never one paragraph."""
    texts = _annex_unnumbered(res_79_1, "annex II")
    recognizing = next(i for i, t in enumerate(texts) if t.startswith("Recognizing the complex and interrelated"))
    assert texts[recognizing].endswith("projected global demographic trends,")
    assert texts[recognizing + 1].startswith("Further committing to build a stronger, more effective")
    assert texts[recognizing + 1].endswith("for the benefit of present and future generations,")
    assert texts[recognizing + 2] == "Declare the following:"
    assert all("\n" not in t for t in texts[: recognizing + 3])


@pytest.mark.parametrize("fixture, last_recital", [
    ("res_79_243", "ties that exist between Member States of the United Nations,"),
    ("res_80_162", "in integrating more effectively into global supply chains,"),
])
def test_a_conventions_preamble_ends_before_have_agreed_as_follows(request, fixture, last_recital):
    """The Convention against Cybercrime (79/243) and the Convention on Negotiable Cargo Documents (80/162): the
    closing "Have agreed as follows:" is a paragraph of its own after the last recital."""
    res = request.getfixturevalue(fixture)
    texts = _annex_unnumbered(res, "annex")
    k = texts.index("Have agreed as follows:")
    assert texts[k - 1].endswith(last_recital)


def test_the_check_sees_two_clauses_in_an_annex_recital(res_79_1):
    """The "two recitals" check reads the recitals of an annexed declaration (annex paragraphs that open with a
    preambular phrase), as the parse of 79/1 before the fix left them: the next clause joined on a line of its own."""
    assert [p for p in check(res_79_1) if p.code == "two recitals"] == []
    r = copy.deepcopy(res_79_1)
    texts = [p for p in r.paragraphs if p.annex == "annex II" and " U" in p.label]
    recognizing = next(p for p in texts if p.text.startswith("Recognizing the complex and interrelated"))
    recognizing.text += "\nFurther committing to build a stronger, more effective and resilient multilateral system,"
    problems = [(p.code, p.where) for p in check(r) if p.code == "two recitals"]
    assert problems == [("two recitals", recognizing.label)]


def _children(res: resparse.Resolution, label: str) -> list[tuple[str, str]]:
    return [(c.number, " ".join(c.text.split()[:4])) for c in res.get(label).children]


def test_a_number_or_marker_followed_by_a_marker_opens_its_items(res_79_243):
    """The Convention against Cybercrime (79/243): a paragraph or item with no words of its own whose first item the
    layout sets on its line — "(a) (i) The conversion ..." (article 17, 1 (a)), "12. (a) Each State Party ..."
    (article 40), "3." / "(a)" / "Each State Party ..." on three lines (articles 23 and 36). Each item is a
    sub-paragraph of its own, not the text of the paragraph with the items after it glued on."""
    assert _children(res_79_243, "annex article 17.1") == [
        ("a", ""), ("b", "Subject to the basic"),
    ]
    assert _children(res_79_243, "annex article 17.1 (a)") == [
        ("i", "The conversion or transfer"), ("ii", "The concealment or disguise"),
    ]
    assert [n for n, _ in _children(res_79_243, "annex article 40.12")] == ["a", "b", "c", "d"]
    assert res_79_243.get("annex article 40.12 (a)").text.startswith("Each State Party shall designate a central")
    assert res_79_243.get("annex article 40.12 (b)").text.startswith("Central authorities shall ensure")
    assert [n for n, _ in _children(res_79_243, "annex article 23.3")] == ["a", "b"]
    assert [n for n, _ in _children(res_79_243, "annex article 23.3 (b)")] == ["i", "ii"]
    assert [n for n, _ in _children(res_79_243, "annex article 36.1")] == ["a", "b", "c"]
    for label in ("annex article 17.1 (a)", "annex article 40.12", "annex article 23.3", "annex article 36.1"):
        assert res_79_243.get(label).text == ""


def test_the_cut_keeps_each_part_at_its_source_column(res_79_243):
    """"(a) (i) The conversion" is line 875 of the text: (a) at its column 1, (i) from column 5."""
    a, i = res_79_243.get("annex article 17.1 (a)"), res_79_243.get("annex article 17.1 (a) (i)")
    assert (a.span.line, a.span.column, a.span.end_line) == (875, 1, 875)
    assert (i.span.line, i.span.column) == (875, 5)
    twelve, twelve_a = res_79_243.get("annex article 40.12"), res_79_243.get("annex article 40.12 (a)")
    assert (twelve.span.line, twelve.span.column, twelve_a.span.line, twelve_a.span.column) == (2066, 1, 2066, 5)


def test_a_paragraph_with_items_and_no_words_of_its_own_is_consistent(res_79_243):
    assert check(res_79_243) == []
    r = copy.deepcopy(res_79_243)
    r.get("annex article 40.12 (a)").text = ""  # an item with no text and no items of its own is empty
    assert [(p.code, p.where) for p in check(r)] == [("empty", "annex article 40.12 (a)")]


def test_a_heading_between_a_chapeau_and_its_first_item_keeps_the_items_under_the_chapeau():
    """The Sevilla Commitment (79/323, annex): "27. To ensure that countries have the necessary resources ...:",
    then a title ("Transparency and accountability in fiscal systems"), then "(a) We commit ...": the items (a) to
    (p) are 27's, their titles headings among them; before, "(a) We commit ..." was an unnumbered paragraph with
    "(b) ..." glued on, and each later title opened another."""
    res = resparse.parse(FIXTURES / "A_RES_79_323.txt")
    assert [c.number for c in res.get("annex 27").children] == list("abcdefghijklmnop")
    assert res.get("annex 27 (a)").text.startswith("We commit to strengthen tax systems")
    assert res.get("annex 27 (b)").text.startswith("We will promote budget transparency")
    titles = {h.text: h.before for h in res.headings}
    assert titles["Transparency and accountability in fiscal systems"] == "annex 27 (a)"
    assert titles["Fiscal systems and sustainable development"] == "annex 27 (c)"
    assert titles["Subnational finance"] == "annex 27 (o)"
    # a designated heading still opens a part of the text: "B. Domestic and international private business ..."
    assert titles["B. Domestic and international private business and finance"] == "annex 31"
    assert not [p.label for p in res.paragraphs if p.annex == "annex" and p.label.startswith("annex U") and
                p.text.startswith("(")]
    assert check(res) == []


def test_items_under_a_designated_heading_with_no_paragraph_before_them():
    """The Antigua and Barbuda Agenda (78/317, annex): "32. ... commit to the following actions:", then ten parts
    "A. Build economic resilience", "B. Scale up climate action ...", each with its own items from (a). Each part's
    items are held by an unnumbered paragraph with no words of its own after its heading; before, part A's "(a)
    Reform ..." was an unnumbered paragraph's text and the items of the parts after it nested under its (iii) and
    (ii) ("sub-paragraphs start at (b)"), and a heading before a list that restarts at (a) is not kept in the list
    before it."""
    res = resparse.parse(FIXTURES / "A_RES_78_317.txt")
    parts = [h for h in res.headings if h.before and h.text[:2] in {f"{c}." for c in "ABCDEFGHIJ"} and
             h.before.startswith("annex U")]
    assert [h.text[:1] for h in parts] == list("ABCDEFGHIJ")
    first = res.get(parts[0].before)
    assert first.text == "" and [c.number for c in first.children] == list("abcde")
    assert first.children[0].text.startswith("Reform the international financial architecture")
    assert [c.number for c in first.children[0].children] == ["i", "ii", "iii"]
    assert res.get(parts[1].before).children[0].text.startswith("Accelerated actions towards full and effective")
    assert [w.message for w in res.warnings if "sub-paragraph" in w.message] == []
    assert check(res) == []


@pytest.mark.parametrize("path, title, first", [
    # "Annex" then the title on the next line with no blank between (the PDF's text): the title was annex U1
    ("trial/A_RES_80_119.txt", "United Nations principles for consumer product safety", "annex 1"),
    ("A_RES_79_323.txt", "Sevilla Commitment", None),
    # the title was glued to the convention's first recital ("... Cargo Documents\nThe States Parties ...")
    ("A_RES_80_162.txt", "United Nations Convention on Negotiable Cargo Documents", "annex U1"),
])
def test_the_line_right_after_annex_is_its_title(path, title, first):
    res = resparse.parse(FIXTURES / path)
    assert res.annexes[0].title == title
    annex = [p for p in res.paragraphs if p.label.startswith("annex")]
    assert all(not p.text.startswith(title) for p in annex)
    if first:
        assert annex[0].label == first


def test_numbers_that_run_on_under_other_articles_are_the_annexs_own(res_79_243):
    """The interpretative notes annexed after the Convention against Cybercrime (79/243): "Article 2 / 1. 2. /
    Article 17 / 3. / Articles 23 and 35 ... / 4. / Article 35 / 5." are five notes on those articles, numbered in
    their own annex (was: "annex article 2.1" to "2.5", the first's labels, in an annex named "annex" as the
    Convention's)."""
    assert [a.name for a in res_79_243.annexes] == ["annex", "annex II"]
    notes = [p.label for p in res_79_243.paragraphs if p.annex == "annex II" and " U" not in p.label]
    assert notes == [f"annex II {n}" for n in range(1, 6)]
    assert res_79_243.get("annex II 3").text.startswith("In the framework of the convention, an offence")
    assert [h.before for h in res_79_243.headings if h.text == "Article 17"][-1] == "annex II 3"
    assert res_79_243.get("annex article 2 (a)").text.startswith("“Information and communications technology")
    assert res_79_243.get("annex article 2.1") is None


@pytest.mark.parametrize("path, label, opening", [
    # "... collect data, where available, from: (c) Recalls and other corrective measures notified by businesses;"
    ("A_RES_80_119.txt", "annex 16 (c)", None),
    # "... may include one or more of the following, whichever is most appropriate to the risk presented:"
    ("A_RES_80_119.txt", "annex 20 (b)", None),
    # "Increase trade and investment by: ... (vi) Supporting ..."
    ("A_RES_78_317.txt", "annex 21 (b) (vi)", None),
    # a chapeau that closes its own clause ("..., and in this regard:"): its items open theirs
    ("A_RES_79_144.txt", "190 (d)", "Encourages"),
])
def test_an_item_that_completes_its_chapeau_has_no_opening_phrase(path, label, opening):
    """An item under a chapeau that ends in a preposition, "include" or "the following" is the chapeau's complement:
    its first word is no opening phrase (was: "Recalls", "Marking", "Supporting" read as the item's opening)."""
    assert resparse.parse(FIXTURES / path).get(label).opening == opening


_SDG14 = ("2025 United Nations Conference to Support the Implementation of Sustainable Development Goal 14: Conserve "
          "and sustainably use the oceans, seas and marine resources for sustainable development")
_SDG6 = ("2026 United Nations Water Conference to Accelerate the Implementation of Sustainable Development Goal 6: "
         "Ensure availability and sustainable management of water and sanitation for all")
_CYBER = ("United Nations Convention against Cybercrime; Strengthening International Cooperation for Combating Certain "
          "Crimes Committed by Means of Information and Communications Technology Systems and for the Sharing of "
          "Evidence in Electronic Form of Serious Crimes")


@pytest.mark.parametrize("path, titles", [
    # a title of four lines (over 200 characters), then the place and dates of the conference as a block of its own
    ("kinds6/A_RES_78_128.txt", {"annex I": f"Provisional agenda of the {_SDG14}",
                                 "annex II": f"Proposed organization of work of the {_SDG14}",
                                 "annex III": f"Provisional rules of procedure of the {_SDG14}"}),
    ("kinds5/A_RES_78_327.txt", {"annex I": f"Provisional agenda of the {_SDG6}",
                                 "annex II": f"Proposed organization of work of the {_SDG6}",
                                 "annex III": f"Provisional rules of procedure of the {_SDG6}"}),
    ("references/A_RES_79_243.txt", {"annex II": f"Interpretative notes on specific articles of the {_CYBER}"}),
])
def test_an_annex_title_of_several_lines_is_its_title_whatever_its_length(path, titles):
    res = resparse.parse(FIXTURES / path)
    assert {a.name: a.title for a in res.annexes if a.name in titles} == titles
    for name, title in titles.items():
        annex = [p for p in res.paragraphs if p.annex == name]
        assert annex and not any(p.text.replace("\n", " ").startswith(title[:60]) for p in annex)
        assert not any(p.label.startswith(f"{name} U") for p in annex)  # every paragraph of these is numbered


def test_the_place_and_dates_under_an_annex_title_stay_a_heading_before_its_first_paragraph():
    res = resparse.parse(FIXTURES / "kinds6" / "A_RES_78_128.txt")
    place = [h for h in res.headings if h.text == "Nice, France – 9 to 13 June 2025"]
    assert [(h.annex, h.before) for h in place] == [("annex I", "annex I 1")]
    assert res.get("annex I 1").text == "Opening of the Conference."


def test_the_akoma_ntoso_attachments_of_78_128_have_their_titles():
    from lxml import etree

    from resparse.render.akn import AKN, to_akn

    root = etree.fromstring(to_akn(resparse.parse(FIXTURES / "kinds6" / "A_RES_78_128.txt")).encode())
    ns = {"a": AKN}
    titles = [att.findtext(".//a:preface//a:docTitle", namespaces=ns) for att in root.iterfind(".//a:attachment", ns)]
    assert titles == [f"Provisional agenda of the {_SDG14}", f"Proposed organization of work of the {_SDG14}",
                      f"Provisional rules of procedure of the {_SDG14}"]


@pytest.mark.parametrize("path, titles", [
    # a title of two lines under "Annex": it was right before and stays so
    ("A_RES_78_3.txt", ["Political declaration of the General Assembly high-level meeting on pandemic prevention, "
                        "preparedness and response"]),
    # the declaration 80/1 adopts is in its body: no annex, no title
    (Path(__file__).parent.parent / "texts" / "A_RES_80_1.txt", []),
])
def test_annex_titles_that_were_right_are_unchanged(path, titles):
    res = resparse.parse(FIXTURES / path)
    assert [a.title for a in res.annexes] == titles


def test_an_annex_title_cut_by_blank_lines_after_its_semicolon_is_one_title(res_79_243):
    """The Convention against Cybercrime (79/243) under "Annex": "United Nations Convention against Cybercrime;",
    blank lines, then "Strengthening International Cooperation ... of Serious Crimes" (three lines), as its
    interpretative notes' title has the two parts in one block. Was: no title, and the two blocks annex U1 (so the
    Convention's "The States Parties to the present Convention," was annex U2)."""
    assert res_79_243.annexes[0].title == _CYBER
    assert res_79_243.get("annex U1").text == "The States Parties to the present Convention,"
    assert [h.before for h in res_79_243.headings if h.text == "Preamble"] == ["annex U1"]
    assert not any(p.text.startswith("United Nations Convention against Cybercrime") for p in res_79_243.paragraphs)


def test_a_block_after_an_annex_titles_semicolon_that_ends_a_sentence_is_not_the_title():
    # a guard on the rule's reach (the old code read it so too): the block after "...Cybercrime;" ends with a full
    # stop, as a paragraph does, not as a title: the two stay apart from the title, read as before
    text = (FIXTURES / "references" / "A_RES_79_243.txt").read_text(encoding="utf-8")
    end = "\nand for the Sharing of Evidence in Electronic Form of Serious Crimes \n"
    assert text.count(end) == 1
    res = resparse.parse_text(text.replace(end, end.rstrip() + ".\n"))
    assert res.annexes[0].title is None
