"""References a researcher would call wrong, left by the twenty-second session or found in the twenty-third
session's audit of the corpus's references (branch rfix3), each fixed as a kind at its mechanism
(resparse/references.py, grammar/references.lark) and tested on real text (tests/fixtures/rfix3/SOURCES.md)."""

from pathlib import Path

import pytest

import resparse
from resparse.references import find, resolve

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "rfix3"


def _found(name: str) -> list[tuple[str, str | None, list[str | None]]]:
    """(phrase, document name, documents) of each citation of a fixture paragraph, read alone (:func:`find`)."""
    text = " ".join((FIXTURES / name).read_text(encoding="utf-8").split())
    return [(" ".join(c.phrase.split()), c.document_name, [t.document for t in c.targets]) for c in find(text)]


def _named(name: str, number: str) -> str | None:
    """The document name of the citation of ``name`` whose phrase holds ``number``."""
    return next(n for p, n, _ in _found(name) if number in p)


@pytest.mark.parametrize("name, number, documents", [
    # "all relevant Human Rights Council resolutions, including resolutions 23/9 ... and 53/17" (A/RES/79/190 PP1):
    # the Council's, numbers it gave and numbers the Assembly gave alike (were "resolutions 23/9, ..." of no body)
    ("A_RES_79_190_PP1.txt", "23/9", ["A/HRC/RES/23/9", "A/HRC/RES/29/11", "A/HRC/RES/35/25", "A/HRC/RES/41/9",
                                      "A/HRC/RES/47/7", "A/HRC/RES/53/17"]),
    # "Human Rights Council resolutions on the subject, including resolution 54/3" (78/191 PP1: was A/RES/54/3)
    ("A_RES_78_191_PP1.txt", "54/3", ["A/HRC/RES/54/3"]),
    # "... the Commission on Human Rights ..., in particular Commission resolution 1998/72" (78/203 PP22: was the
    # Economic and Social Council's E/RES/1998/72)
    ("A_RES_78_203_PP22.txt", "1998/72", ["E/CN.4/RES/1998/72"]),
])
def test_a_member_set_apart_from_a_councils_list_is_the_councils(name, number, documents):
    assert next(d for p, _, d in _found(name) if number in p) == documents


def test_the_assemblys_own_list_stays_the_assemblys():
    # the same paragraph: "all of its previous resolutions on the subject, including resolution 77/206"
    found = _found("A_RES_78_191_PP1.txt")
    assert next(d for p, _, d in found if "77/206" in p) == ["A/RES/77/206"]


@pytest.mark.parametrize("name, number, named", [
    # "Conference decision 5/1 ..., Conference resolution 6/1" after "resolution 3/1 ... of the Conference of the
    # States Parties to the Convention" (A/RES/79/190 PP40): were "decision 5/1", "resolution 6/1", no body
    ("A_RES_79_190_PP40.txt", "5/1", "decision 5/1 of the Conference of the States Parties to the Convention"),
    ("A_RES_79_190_PP40.txt", "8/2", "resolution 8/2 of the Conference of the States Parties to the Convention"),
    # "Commission resolution 31/1" after "Commission on Crime Prevention and Criminal Justice resolutions 28/3 ... and
    # 31/1" (78/229 PP77: was the Assembly's A/RES/31/1)
    ("A_RES_78_229_PP77.txt", "resolution 31/1", "resolution 31/1 of the Commission on Crime Prevention and Criminal"
                                                 " Justice"),
    # no Conference named in the paragraph: the body's word as written (79/190 64)
    ("A_RES_79_190_64.txt", "9/4", "Conference resolution 9/4"),
])
def test_a_bare_body_word_is_the_body_named_before(name, number, named):
    assert _named(name, number) == named


def test_a_list_of_a_bodys_resolutions_and_decisions_named_after_it():
    # "all resolutions and decisions of the Conference of the States Parties to the Convention, including resolutions
    # 7/8 on corruption in sport, ..." (A/RES/79/190 43)
    assert _named("A_RES_79_190_43.txt", "7/8").endswith(" and 10/3 of the Conference of the States Parties to the"
                                                          " Convention")
    # the Assembly's resolution later in the paragraph stays the Assembly's
    assert next(d for p, _, d in _found("A_RES_79_190_43.txt") if "77/235" in p) == ["A/RES/77/235"]


@pytest.mark.parametrize("name, number, named", [
    # the title in quotation marks between the resolution and the body that adopted it
    ("A_RES_78_123_PP3.txt", "3/2023",
     "resolution 3/2023, adopted by the Conference of the Food and Agriculture Organization of the United Nations"),
    ("A_RES_79_190_PP70.txt", "10/11", "resolution 10/11 of the Conference of the States Parties to the Convention"),
])
def test_a_body_after_a_title_is_the_resolutions(name, number, named):
    assert _named(name, number) == named


def _resolved(path: Path, source: str) -> list[tuple[str, list[tuple[str | None, str | None]]]]:
    """(phrase, [(document, label)]) of each reference of ``path``'s ``source``, resolved in its resolution."""
    return [(" ".join(r.citation.phrase.split()), [(t.document, t.label) for t, _ in r.resolved])
            for r in resolve(resparse.parse(path)) if r.source == source]


@pytest.mark.parametrize("path, source, expected", [
    # "United Nations Environment Programme, document CBD/COP/15/17, decision 15/10." then "Ibid., decision 15/8."
    # (A/RES/79/208 footnotes 27, 28): was "decision 15/8" alone
    (FIXTURES / "A_RES_79_208.txt", "footnote 28", [("decision 15/8", [("CBD/COP/15/17", "decision 15/8")])]),
    # "... document IOC/EC-57/Decisions, decision EC-57/4.5." then "Ibid., resolution EC-57/1." (A/RES/79/144
    # footnotes 155, 156): was no citation
    (ROOT / "tests" / "fixtures" / "A_RES_79_144.txt", "footnote 156",
     [("resolution EC-57/1", [("IOC/EC-57/Decisions", "resolution EC-57/1")])]),
    # the next "Ibid." (footnote 157) is the footnote before's, resolution EC-57/1 (was decision EC-57/4.5)
    (ROOT / "tests" / "fixtures" / "A_RES_79_144.txt", "footnote 157",
     [("Ibid.", [("IOC/EC-57/Decisions", "resolution EC-57/1")])]),
    # the Commission's Assembly, one letter, numbers its decisions by item in parts: "decision A-32/4.8.2" (footnote
    # 153), then "Ibid., decision A-32/3.4.1." (154): were the document alone, and no citation
    (ROOT / "tests" / "fixtures" / "A_RES_79_144.txt", "footnote 153",
     [("IOC/A-32/Decisions, decision A-32/4.8.2", [("IOC/A-32/Decisions", "decision A-32/4.8.2")])]),
    (ROOT / "tests" / "fixtures" / "A_RES_79_144.txt", "footnote 154",
     [("decision A-32/3.4.1", [("IOC/A-32/Decisions", "decision A-32/3.4.1")])]),
    # "resolution A-32/1" printed in the document named before it (footnote 167): was the document alone
    (ROOT / "tests" / "fixtures" / "A_RES_79_144.txt", "footnote 167",
     [("IOC/A-32/Decisions, resolution A-32/1", [("IOC/A-32/Decisions", "resolution A-32/1")])]),
])
def test_ibid_with_another_bodys_decision_is_a_part_of_the_document_before(path, source, expected):
    assert _resolved(path, source) == expected


def test_another_body_named_after_a_decision_numbered_by_item():
    # "Notes decision A-32/4.4 of the Assembly of the Intergovernmental Oceanographic Commission" (A/RES/79/144 291)
    refs = resolve(resparse.parse(ROOT / "tests" / "fixtures" / "A_RES_79_144.txt"))
    assert [r.citation.document_name for r in refs if r.source == "291"] == [
        "decision A-32/4.4 of the Assembly of the Intergovernmental Oceanographic Commission"]


def test_an_article_numbered_with_a_latin_adverb_is_read_whole():
    # "article 499 bis and article 500 bis of the Islamic Penal Code" (A/RES/78/220 27; also 79/183 26, 80/222 28):
    # were "article 499" and "article 500" of no document
    text = " ".join((FIXTURES / "A_RES_78_220_27.txt").read_text(encoding="utf-8").split())
    found = [(c.phrase, [t.label for t in c.targets]) for c in find(text) if "bis" in c.phrase]
    assert found == [("article 499 bis", ["article 499 bis"]),
                     ("article 500 bis of the Islamic Penal Code", ["article 500 bis"])]


def test_both_articles_are_of_the_code_named_after_them(corpus_dir):
    # resolved in the resolution: both of "the Islamic Penal Code", the second naming it for the first too
    refs = resolve(resparse.parse(corpus_dir / "A_RES_78_220.txt"))
    assert [(r.citation.document_name, [t.label for t, _ in r.resolved]) for r in refs
            if r.source == "27" and "bis" in r.citation.phrase] == [
        ("the Islamic Penal Code", ["article 499 bis"]), ("the Islamic Penal Code", ["article 500 bis"])]


def test_sections_of_one_amount_set_apart_by_semicolons_are_of_the_budget_named_last():
    # "comprising 19,459,200 dollars under section 33, ...; 3,610,100 dollars under section 29D, Administration,
    # Nairobi; and 62,700 dollars under section 34, Safety and security, of the proposed programme budget for 2025"
    # (A/RES/79/258 XII.24; 80/243 X.23): were sections 33 and 29D of no document
    refs = resolve(resparse.parse(ROOT / "tests" / "fixtures" / "A_RES_79_258.txt"))
    assert [(r.citation.document_name, [t.label for t, _ in r.resolved]) for r in refs if r.source == "XII.24"] == [
        ("the proposed programme budget", ["section 33"]), ("the proposed programme budget", ["section 29D"]),
        ("the proposed programme budget", ["section 34"])]
