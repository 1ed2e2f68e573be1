"""Resolutions of sessions before the corpus's (72nd to 77th), as extracted from the official PDFs
(tests/fixtures/older26/SOURCES.md): what the tool gets right on them, each assertion read against the text."""

from __future__ import annotations

from pathlib import Path

import pytest

import resparse
from resparse.mandates import extract
from resparse.mandates.clauses import item_opening
from resparse.references import resolve

OLDER = Path(__file__).parent / "fixtures" / "older26"


@pytest.fixture(scope="module")
def docs():
    return {name: resparse.parse(OLDER / f"A_RES_{name.replace('/', '_')}.txt")
            for name in ("72/279", "73/1", "73/2", "74/1", "74/3", "76/1", "77/1")}


def _labels(res, kind):
    return [p.label for p in res.walk() if p.kind == kind]


def _mandates(res):
    return [m for m in extract(res) if m.kind == "mandate"]


def test_72_279_six_parts_and_sub_paragraphs(docs):
    res = docs["72/279"]
    assert res.symbol == "A/RES/72/279" and not res.warnings
    assert _labels(res, "preambular") == ["PP1", "PP2"]
    assert _labels(res, "operative") == [str(n) for n in range(1, 34)]
    # the six titled parts, each before its first paragraph
    assert [(h.text.split()[0], h.before) for h in res.headings] == [
        ("I", "1"), ("II", "7"), ("III", "18"), ("IV", "20"), ("V", "24"), ("VI", "30")]
    assert res.headings[5].text.endswith("at the global, regional and country levels")
    assert [c.label for c in res.get("9").children] == [f"9 ({x})" for x in "abcde"]
    assert [c.label for c in res.get("28").children] == [f"28 ({x})" for x in "abcdefgh"]
    # a paragraph split by a page break, the running header between its halves gone
    assert res.get("2").text.endswith("to be built on the United Nations Development Assistance Framework and "
                                      "finalized through open and inclusive dialogue between the host Government and "
                                      "the United Nations development system, facilitated by the resident coordinator, "
                                      "to ensure the best configuration of support on the ground, as well as enhanced "
                                      "coordination, transparency, efficiency and impact of United Nations development "
                                      "activities, in accordance with national development policies, plans, "
                                      "priorities and needs;")
    assert res.get("9 (a)").text.endswith("with national development needs and priorities, as well as with the United "
                                          "Nations Development Assistance Framework, in consultation with the "
                                          "national Government;")
    # footnote markers glued to a word ("third-party4", "Secretary-General3") and the paragraphs citing them
    assert [(f.number, f.cited_by) for f in res.footnotes] == [
        ("1", ["PP1", "1"]), ("2", ["PP2"]), ("3", ["10", "14", "28 (g)"]), ("4", ["10 (a)"])]
    assert "third-party non-core" in res.get("10 (a)").text


def test_72_279_through_items_are_means_not_mandates(docs):
    # "9. Requests the Secretary-General to strengthen the authority and leadership of resident coordinators ...,
    # through: (a) Enhanced authority ...; (d) Reporting by the resident coordinator to the Secretary-General ...":
    # the items are noun phrases naming the means; the request is the chapeau's (was: no mandate at 9, and one at
    # 9 (d) whose action was "Reporting by the resident coordinator ...")
    ms = _mandates(docs["72/279"])
    at9 = [(m.paragraph, m.verb, m.actor) for m in ms if m.paragraph.startswith("9")]
    assert at9 == [("9", "requests", "Secretary-General")]
    assert [m.action for m in ms if m.paragraph == "9"][0].startswith(
        "to strengthen the authority and leadership of resident coordinators")
    # "19. ... requests the Secretary-General: (a) To implement ...; (b) To provide options ...": the items carry it
    assert [(m.paragraph, m.actor) for m in ms if m.paragraph.startswith("19")] == [
        ("19 (a)", "Secretary-General"), ("19 (b)", "Secretary-General")]
    # "28. ... requests the United Nations development system ...: (a) To provide annual reporting ..."
    assert [m.paragraph for m in ms if m.actor == "United Nations development system"] == [
        f"28 ({x})" for x in "abcdefgh"]
    deadline_13 = [m.deadlines for m in ms if m.paragraph == "13"][0]
    assert [d.text for d in deadline_13] == ["before the end of the seventy-second session"]
    # "17. ... and requests the Chair to present a comprehensive report": the Chair of the Group named before
    assert [(m.actor, m.verb) for m in ms if m.paragraph == "17"] == [
        ("Chair of the United Nations Sustainable Development Group", "requests")]


def test_nominal_gerund_item_is_no_action():
    # a gerund with its agent after "by", or its object after "of", names a thing done
    assert item_opening("Reporting by the resident coordinator to the Secretary-General and to the host Government "
                        "on the implementation of the United Nations Development Assistance Framework;") is None
    assert item_opening("Meeting of the High Contracting Parties to the Convention from 15 to 17 November;") is None
    # a gerund that takes its object is an action, as before
    assert item_opening("Ensuring that the victims are protected;").shape == "gerund"
    assert item_opening("Reporting regularly on progress made;").shape == "gerund"


def test_72_279_references(docs):
    refs = resolve(docs["72/279"])
    got = [(r.source, [t.document for t, _ in r.resolved]) for r in refs if r.citation.kind == "external"]
    assert ("PP1", ["A/RES/71/243"]) in got
    assert ("20", ["A/RES/68/1"]) in got
    assert ("31", ["A/RES/70/299"]) in got
    assert ("footnote 2", ["A/72/124-E/2018/3", "A/72/684-E/2018/7", "A/73/63-E/2018/8"]) in got


def test_74_1_fifth_committee_two_pages(docs):
    res = docs["74/1"]
    assert res.committee and "Fifth Committee" in res.committee
    assert _labels(res, "preambular") == ["PP1", "PP2"]
    assert _labels(res, "operative") == ["1", "2", "3", "4", "5", "6"]
    assert res.get("PP1").footnotes == ["1"]
    ms = _mandates(res)
    assert [(m.paragraph, m.verb, m.actor) for m in ms if m.paragraph in ("3", "4")] == [
        ("3", "requests", "Secretary-General"), ("4", "urges", "Member States")]
    refs = resolve(res)
    assert [[t.document for t, _ in r.resolved] for r in refs if r.source == "2"] == [["A/RES/54/237C"]]
    assert [[t.document for t, _ in r.resolved] for r in refs if r.source == "footnote 1"] == [["A/74/11"]]


def test_73_1_declaration_of_sentences(docs):
    res = docs["73/1"]
    assert [p.label for p in res.paragraphs if p.kind == "operative"] == ["OP1"]
    adopted = [p for p in res.paragraphs if p.annex == "adopted"]
    assert [p.number for p in adopted] == [str(n) for n in range(1, 25)]
    assert [c.label for c in res.get("adopted 23").children] == [f"adopted 23 ({x})" for x in "abcd"]
    # paragraph 4 runs over the page break, without the running header
    assert res.get("adopted 4").text.endswith("We recognize the importance of our addressing threats to global "
                                              "peace and security, including challenges to the primacy of "
                                              "multilateralism.")
    assert [(f.number, f.cited_by) for f in res.footnotes] == [
        ("1", ["adopted 5"]), ("2", ["adopted 8"]), ("3", ["adopted 23 (a)"])]
    ms = _mandates(res)
    assert ("adopted 23 (a)", "calls upon", "Member States") in [(m.paragraph, m.verb, m.actor) for m in ms]


def test_76_1_annex_of_a_report_named_in_words(docs):
    res = docs["76/1"]
    adopted = [p for p in res.paragraphs if p.annex == "adopted" and p.number]
    assert [p.number for p in adopted] == [str(n) for n in range(1, 19)]
    assert len(res.footnotes) == 8
    refs = resolve(res)
    annex = [r for r in refs if r.source == "adopted 15" and r.citation.phrase == "the annex thereto"]
    # "... and take note with appreciation of the report of the United Nations High Commissioner for Human Rights
    # ... and the annex thereto": the report's annex (its symbol in footnote 8), not the annex of Human Rights
    # Council resolutions 43/1 and 47/21 cited before it
    assert len(annex) == 1
    assert not [t.document for t, _ in annex[0].resolved if t.document]
    cited = [[t.document for t, _ in r.resolved] for r in refs if r.source == "adopted 15"]
    assert ["A/HRC/RES/43/1", "A/HRC/RES/47/21"] in cited


def test_77_1_words_on_lines_of_their_own(docs):
    res = docs["77/1"]
    assert _labels(res, "preambular") == [f"PP{n}" for n in range(1, 14)]
    assert _labels(res, "operative") == [str(n) for n in range(1, 13)]
    assert res.get("PP4").text == ("Reaffirming the principles of humanity, neutrality, impartiality and independence "
                                   "for the provision of humanitarian assistance,")
    assert res.get("PP3").footnotes == ["1", "2", "3", "4"]
    ms = _mandates(res)
    twelve = [m for m in ms if m.paragraph == "12"]
    assert [(m.verb, m.actor) for m in twelve] == [("requests", "Secretary-General")]
    assert [d.text for d in twelve[0].deadlines] == ["in the second quarter of 2023", "at its seventy-eighth session"]
    refs = resolve(res)
    assert [[t.document for t, _ in r.resolved] for r in refs if r.source == "footnote 4"] == [["A/RES/69/283"]]


@pytest.mark.parametrize("name, source, phrase, documents", [
    # the report of the High Commissioner named in words between the resolutions and "the annex thereto"
    ("A_RES_78_234.txt", "30", "the annex thereto", []),
    ("A_RES_80_193.txt", "PP27", "the annex thereto", []),
    # an instrument named in the sentence leaves the pointer on the resolution cited before
    ("A_RES_78_196.txt", "PP29", "the annexes thereto", ["A/HRC/RES/5/1", "A/HRC/RES/5/2"]),
    ("A_RES_79_279.txt", "PP3", "the annex to the resolution", ["A/RES/79/233"]),
    ("A_RES_78_178.txt", "PP4", "the annex thereto", ["A/RES/74/4"]),
])
def test_thereto_after_a_document_named_in_words(corpus_dir, name, source, phrase, documents):
    refs = [r for r in resolve(resparse.parse(corpus_dir / name))
            if r.source == source and r.citation.phrase == phrase]
    assert len(refs) == 1
    assert [t.document for t, _ in refs[0].resolved if t.document] == documents


def test_73_2_items_by_gerunds_after_an_adverb(docs):
    res = docs["73/2"]
    adopted = [p for p in res.paragraphs if p.annex == "adopted" and p.number]
    assert [p.number for p in adopted] == [str(n) for n in range(1, 51)]
    assert [c.label for c in res.get("adopted 44").children] == [f"adopted 44 ({x})" for x in "abcdef"]
    # justified words the extraction put on lines of their own
    assert res.get("adopted 31").text.startswith("Increase global awareness, action and international cooperation on "
                                                 "environmental risk factors,")
    assert len(res.footnotes) == 6
    ms = _mandates(res)
    # "44. Invite the private sector to strengthen its commitment ... by: (a) Promoting ...; (d) Further producing and
    # promoting food products ...": each item a means of the private sector's, (d) too (was none: "Further" read as
    # a name)
    assert [m.paragraph for m in ms if m.actor == "private sector"] == [f"adopted 44 ({x})" for x in "abcdef"]
    assert [m.action for m in ms if m.paragraph == "adopted 44 (d)"][0].startswith("Further producing and promoting")
    fifty = [m for m in ms if m.paragraph == "adopted 50"]
    assert [(m.verb, m.actor) for m in fifty] == [("requests", "Secretary-General")]
    assert [d.text for d in fifty[0].deadlines] == ["by the end of 2024"]
    refs = resolve(res)
    assert [[t.document for t, _ in r.resolved] for r in refs if r.source == "footnote 1"] == [
        ["A/RES/66/2"], ["A/RES/68/300"]]


def test_adverb_before_a_gerund_opens_an_item():
    assert item_opening("Further producing and promoting food products consistent with a healthy diet;").shape == \
        "gerund"
    assert item_opening("Further to its resolution 70/1;") is None


def test_74_3_long_title_and_items_that_name_their_addressees(docs):
    res = docs["74/3"]
    # the adopted text's title, 220 characters under "Adopts the following political declaration ...:", is a
    # heading before its paragraph 1 (was an unnumbered paragraph "adopted U1")
    assert res.headings[0].before == "adopted 1"
    assert res.headings[0].text.startswith("Political declaration of the high-level meeting to review progress")
    assert res.headings[0].text.endswith("(SAMOA) Pathway")
    assert [(h.text, h.before) for h in res.headings[1:]] == [
        ("Progress, gaps and challenges", "adopted 15"), ("Call for action", "adopted 30")]
    adopted = [p for p in res.paragraphs if p.annex == "adopted"]
    assert [p.number for p in adopted] == [str(n) for n in range(1, 32)]
    assert [c.label for c in res.get("adopted 30").children] == [f"adopted 30 ({x})" for x in "abcdefghijklmnopqrstuvwx"]
    assert [c.label for c in res.get("adopted 31").children] == [f"adopted 31 ({x})" for x in "abcdefghijkl"]
    # "31. We call upon: (a) All entities of the United Nations system to address ...; ...; (k) The
    # Secretary-General, within existing resources ..., to identify ...; (l) The Secretary-General to mobilize ...":
    # each item names its addressees (were none but the second clause of (b))
    ms = _mandates(res)
    got = {(m.paragraph, m.actor) for m in ms if m.paragraph.startswith("adopted 31")}
    assert {("adopted 31 (a)", "United Nations system"), ("adopted 31 (b)", "World Health Organization"),
            ("adopted 31 (b)", "specialized agencies"), ("adopted 31 (c)",
                                                         "United Nations Conference on Trade and Development"),
            ("adopted 31 (e)", "Committee for Development Policy"),
            ("adopted 31 (f)", "United Nations Office on Drugs and Crime"),
            ("adopted 31 (i)", "United Nations Environment Programme"),
            ("adopted 31 (j)", "United Nations Development Programme"),
            ("adopted 31 (k)", "Secretary-General"), ("adopted 31 (l)", "Secretary-General")} <= got
    assert all(m.verb == "calls upon" for m in ms if m.paragraph.startswith("adopted 31"))
    who = [m for m in ms if (m.paragraph, m.actor) == ("adopted 31 (b)", "World Health Organization")][0]
    assert who.action.endswith("in line with the implementation of the health objectives set out in the Samoa "
                               "Pathway")
    sg = [m for m in ms if (m.paragraph, m.actor) == ("adopted 31 (l)", "Secretary-General")][0]
    assert sg.action.startswith("to mobilize the resources, from all sources, and to continue to address the needs")


def test_verb_alone_before_items_that_name_addressees(corpus_dir):
    # "11. Urges: (a) All States to report to the Secretary-General ...; (b) The State in which the violation took
    # place – and, to the extent possible, the State where the alleged offender is present – to report ..."
    ms = [m for m in extract(resparse.parse(corpus_dir / "A_RES_79_124.txt"))
          if m.kind == "mandate" and m.paragraph.startswith("11")]
    # (b)'s actor in the number written, "State" (the twenty-seventh session, branch trialfix27p: "The State in which
    # the violation took place" is one State; its actor_key is the plural's, so --actor States finds it)
    assert [(m.paragraph, m.verb, m.actor) for m in ms] == [("11 (a)", "urges", "States"), ("11 (b)", "urges", "State")]
    assert ms[1].action.startswith("to report to the Secretary-General, in a concise and expeditious manner")
    # "25. We call on: (a) Digital technology companies and developers to respect ...; (b) Digital technology
    # companies, developers and social media platforms to respect human rights online ..." (the Global Digital Compact)
    ms = [m for m in extract(resparse.parse(corpus_dir / "A_RES_79_1.txt"))
          if m.kind == "mandate" and m.paragraph.startswith("annex I 25")]
    assert sorted((m.paragraph, m.actor) for m in ms) == [
        ("annex I 25 (a)", "Digital technology companies"), ("annex I 25 (a)", "developers"),
        ("annex I 25 (b)", "Digital technology companies"), ("annex I 25 (b)", "developers"),
        ("annex I 25 (b)", "social media platforms")]
