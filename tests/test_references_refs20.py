"""The kinds of reference the hand-labelled samples showed the code missing in the twentieth session (branch refs;
bench/bench_references_labels.py --verbose on tests/labels/references_sample.part*.jsonl), each fixed at its
mechanism (grammar/references.lark, resparse/references.py) and tested here on other corpus texts of the same kind
(tests/fixtures/refs20/SOURCES.md; and copies already in tests/fixtures), none of them a sampled unit."""

from pathlib import Path

import pytest

import resparse
from resparse.references import find, resolve

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="module")
def refs():
    cache = {}

    def of(name: str, source: str) -> list[tuple[str, str | None, list[tuple[str | None, str | None]]]]:
        if name not in cache:
            cache[name] = resolve(resparse.parse(FIXTURES / name))
        return [(r.citation.phrase, r.citation.document_name, [(t.document, t.label) for t, _ in r.resolved])
                for r in cache[name] if r.source == source]

    return of


@pytest.mark.parametrize("name, source, phrase, expected", [
    # the part is the document's; the corrigendum is cited whole (was: the annex of A/60/88/Corr.2 too)
    ("refs20/A_RES_78_54.txt", "footnote 3", "A/60/88 and A/60/88/Corr.2, annex",
     [("A/60/88", "annex"), ("A/60/88/Corr.2", None)]),
    ("references/A_RES_78_153.txt", "footnote 24", "FCCC/CP/2013/10 and FCCC/CP/2013/10/Corr.1, para. 44",
     [("FCCC/CP/2013/10", "44"), ("FCCC/CP/2013/10/Corr.1", None)]),
])
def test_a_corrigendum_listed_with_its_document_is_cited_whole(refs, name, source, phrase, expected):
    assert (phrase, None, expected) in refs(name, source)


def test_a_corrigendum_alone_keeps_its_part():
    """Only a corrigendum listed with the document it corrects gives the part up: alone, the part is its own."""
    [cit] = find("See A/73/305/Corr.1, para. 5.")
    assert [(t.document, t.label) for t in cit.targets] == [("A/73/305/Corr.1", "5")]
    [cit] = find("See A/73/305 and A/74/305, para. 5.")
    assert [(t.document, t.label) for t in cit.targets] == [("A/73/305", "5"), ("A/74/305", "5")]


def test_a_range_of_a_treaty_bodys_decisions_is_expanded(refs):
    """ "FCCC/CP/2013/10/Add.1, decisions 9/CP.19 to 15/CP.19": seven decisions (was: the range's two ends)."""
    [(_, _, targets)] = [r for r in refs("references/A_RES_78_153.txt", "footnote 24") if "decisions" in r[0]]
    assert targets == [("FCCC/CP/2013/10/Add.1", f"decision {n}/CP.19") for n in range(9, 16)]
    # decisions of two sessions are no range: the two as written
    [cit] = find("FCCC/CP/2013/10/Add.1, decisions 9/CP.19 to 15/CP.20")
    assert [t.label for t in cit.targets] == ["decision 9/CP.19", "decision 15/CP.20"]


@pytest.mark.parametrize("source, phrase, expected", [
    # the International Maritime Organization's symbols, series and number set apart; annexes in figures and the
    # committee's resolutions in its own numbering are parts of them (was: a document named "International Maritime
    # Organization, document MSC 78/26/Add.1", part "annex")
    ("footnote 85", "document MSC 78/26/Add.1, annex 5, resolution MSC.155(78)",
     [("MSC 78/26/Add.1", "annex 5 resolution MSC.155(78)")]),
    ("footnote 86", "annex 3, resolution MSC.153(78)", [("MSC 78/26/Add.1", "annex 3 resolution MSC.153(78)")]),
    ("footnote 51", "document LEG 110/18/1, annex 1", [("LEG 110/18/1", "annex 1")]),
    ("footnote 64", "document MSC 108/8", [("MSC 108/8", None)]),
    # "and Corr.1" after the symbol is its corrigendum, cited whole; "Ibid." alone cites both again
    ("footnote 137", "document LC 32/15 and Corr.1, annex 5, resolution LC-LP.2 (2010)",
     [("LC 32/15", "annex 5 resolution LC-LP.2 (2010)"), ("LC 32/15/Corr.1", None)]),
    ("footnote 138", "Ibid.", [("LC 32/15", "annex 5 resolution LC-LP.2 (2010)"), ("LC 32/15/Corr.1", None)]),
    ("footnote 139", "document LC 35/15, annex 4, resolution LP.4(8)", [("LC 35/15", "annex 4 resolution LP.4(8)")]),
    # "Convention on International Civil Aviation, 1944, annex 12": its annex 12 (was: "annex")
    ("footnote 84", "annex 12", [(None, "annex 12")]),
])
def test_a_specialized_agencys_symbol_and_its_parts(refs, source, phrase, expected):
    assert [(p, t) for p, _, t in refs("A_RES_79_144.txt", source)][0] == (phrase, expected)


def test_a_specialized_agencys_symbol_only_after_document():
    """ "LC 30/16" is a symbol only after "document": elsewhere capitals and a number are no citation."""
    [cit] = find("Food and Agriculture Organization of the United Nations, document CFS 2023/51/3.")
    assert [(t.document, t.label) for t in cit.targets] == [("CFS 2023/51/3", None)]
    [cit] = find("Food and Agriculture Organization of the United Nations, document CL 144/9 (C 2013/20), appendix D.")
    assert [(t.document, t.label) for t in cit.targets] == [("CL 144/9", None)]
    assert find("the meeting of LC 30/16 and the Committee") == []


def test_annexes_numbered_in_figures_are_another_documents(refs):
    """ "the remaining nine annex 2 States" (of the Comprehensive Nuclear-Test-Ban Treaty): annex 2 of another
    document, never this text's (was: an internal "annex", unresolved): the Assembly numbers its annexes in roman, and
    "annex 5" is the label of its annex's paragraph 5."""
    assert refs("refs20/A_RES_79_77.txt", "PP5") == [("annex 2", None, [(None, "annex 2")])]


@pytest.mark.parametrize("source, phrase, label", [
    # "..., Resolutions Adopted by the Conference (...), resolution 1, annex I": the report's resolution 1 opens the
    # chain (was: "resolution 1" the last words of the report's name, the part "annex I")
    ("footnote 1", "resolution 1, annex I", "resolution 1 annex I"),
    # "Ibid., annex II": annex II of the same resolution 1 (Agenda 21), as a reader turns to it
    ("footnote 2", "annex II", "resolution 1 annex II"),
    ("footnote 4", "chap. I, resolution 1, annex", "chapter I resolution 1 annex"),
    # "Ibid., resolution 2, annex": the Johannesburg report's chapter I, resolution 2 (was: a document named "Ibid.,
    # resolution 2")
    ("footnote 5", "resolution 2, annex", "chapter I resolution 2 annex"),
])
def test_a_conference_reports_resolution_and_ibid(refs, source, phrase, label):
    [(got_phrase, name, targets)] = refs("refs20/A_RES_78_122.txt", source)
    assert (got_phrase, targets) == (phrase, [(None, label)])
    assert name.startswith("Report of the ") and name.endswith("(United Nations publication, Sales No. "
                                                                 + ("E.93.I.8" if source < "footnote 4" else
                                                                    "E.03.II.A.1") + " and corrigendum)")


@pytest.mark.parametrize("name, source, label", [
    ("refs20/A_RES_78_201.txt", "footnote 8", (None, "section V resolution 25 annex II")),
    ("refs20/A_RES_78_244.txt", "footnote 8", ("A/78/16", "chapter II section B")),
])
def test_ibid_keeps_the_chain_before_the_unit_it_names(refs, name, source, label):
    """ "Ibid., annex II" after "sect. V, resolution 25, annex I"; "Ibid., sect. B" after "(A/78/16), chap. II, sect.
    A": the footnote before's chain up to the unit of that kind, then the Ibid.'s (was: "annex II", "section B")."""
    [(_, _, targets)] = refs(name, source)
    assert targets == [label]


def test_a_unit_set_apart_by_except_is_cited_too(refs):
    """ "The rules contained in sections II, VI (except rule 19) and VII above" (A/RES/78/128, annex III, rule 52):
    the reader turns to rule 19 to know what is left out, a rule of the same annex (was: not cited)."""
    [(phrase, _, targets)] = refs("A_RES_78_128.txt", "annex III rule 52")
    assert phrase == "sections II, VI (except rule 19) and VII above"
    assert targets[-1] == (None, "annex III rule 19")
    assert [lab for _, lab in targets[:-1]] == ["annex III section II", "annex III section VI", "annex III section VII"]


def test_a_footnotes_signal_is_no_word_of_the_name(refs):
    """ "See Report of the World Summit on Sustainable Development, ..., chap. I, resolution 2, annex" (A/RES/79/144,
    footnote 15): the document is the report, "See" only sends the reader to it (was: a name "See Report of ...")."""
    [(phrase, name, targets)] = refs("A_RES_79_144.txt", "footnote 15")
    assert name.startswith("Report of the World Summit on Sustainable Development, Johannesburg")
    assert (phrase, targets) == ("chap. I, resolution 2, annex", [(None, "chapter I resolution 2 annex")])


def test_a_list_of_parts_goes_on_after_a_parts_title(refs):
    """ "International Convention for the Prevention of Pollution from Ships, annex IV (Regulations for the prevention
    of pollution by sewage from ships) and annex V (...)" (A/RES/79/144, footnote 125): annex V of the same Convention
    (was: of a document named "..., annex IV (Regulations ...) and")."""
    got = refs("A_RES_79_144.txt", "footnote 125")
    assert [(name, targets) for _, name, targets in got] == [
        ("International Convention for the Prevention of Pollution from Ships", [(None, "annex IV")]),
        ("International Convention for the Prevention of Pollution from Ships", [(None, "annex V")])]
