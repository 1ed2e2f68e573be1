"""References the twenty-fifth session noticed and left, fixed as kinds in the twenty-sixth (branch rfix6) at their
mechanism (grammar/references.lark, resparse/references.py, the normalizer for a letter typed in another script) and
tested on the real paragraphs: whole resolutions of tests/fixtures (tests/fixtures/rfix6/SOURCES.md), each the
corpus's file unchanged."""

from pathlib import Path

import pytest

import resparse
from conftest import fixture_refs, fixture_refs_of as _of, mini_resolution, resolved_targets as _targets
from resparse.cli import main
from resparse.graph import build_graph
from resparse.normalize import clean_line
from resparse.parse import parse_text
from resparse.references import find, printed_symbol, resolve
from resparse.render.text import reference_table

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"


# 1. lists of resolutions read to their last member

@pytest.mark.parametrize("path, source, last, members", [
    # "... 76/148 of 16 December 2021, 77/203 of 15 of December of 2022 and 78/189 of 19 December 2023, and recalling
    # Human Rights Council resolutions ..." (A/RES/79/159 PP2): a date with "of" mistyped in it; the list ended at 77/203
    ("deadlines/A_RES_79_159.txt", "PP2", "A/RES/78/189", 17),
    # the same list in 80/191 PP2, two more members after it ("79/159 of 17 December 2024, and 79/315 of 30 June 2025")
    ("kinds_f16/A_RES_80_191.txt", "PP2", "A/RES/79/315", 19),
    # "78/147 of 19 December 2023 on Central Asia facing environmental challenges: fostering regional solidarity for
    # sustainable development and prosperity, 78/284 of 4 June 2024 on ... and 79/5 of 24 October 2024" (A/RES/79/268
    # PP5): a subject that holds a colon (a title and its subtitle); the list ended at 78/147
    ("full_names/A_RES_79_268.txt", "PP5", "A/RES/79/5", 8),
    # "its resolutions 75/257 В of 7 July 2021 and 77/299 of 26 June 2023" (A/RES/79/324 PP1, the part letter typed in
    # Cyrillic): part B of 75/257, then 77/299; the list ended at "75/257", the part and 77/299 lost
    ("rfix6/A_RES_79_324.txt", "PP1", "A/RES/77/299", 2),
])
def test_a_list_of_resolutions_is_read_to_its_last_member(path, source, last, members):
    (ref,) = [r for r in _of(path, source) if r.citation.issuer == "its"]
    documents = [t.document for t, _ in ref.resolved]
    assert documents[-1] == last and len(documents) == members and all(s == "external" for _, s in ref.resolved)


def test_a_date_mistyped_with_of_in_it_is_the_date_it_writes():
    (ref,) = [r for r in _of("deadlines/A_RES_79_159.txt", "PP2") if r.citation.issuer == "its"]
    assert ref.citation.dates["A/RES/77/203"] == "15 December 2022"
    assert ref.citation.dates["A/RES/78/189"] == "19 December 2023"


def test_a_part_letter_typed_in_cyrillic_is_the_latin_part():
    # "resolution 57/228 В of 13 May 2003" (A/RES/79/324 PP2): part B, with its date (was 57/228 whole, no date)
    (ref,) = _of("rfix6/A_RES_79_324.txt", "PP2")
    assert _targets(ref) == [("A/RES/57/228B", None, "external")]
    assert ref.citation.dates == {"A/RES/57/228B": "13 May 2003"}
    (ref,) = [r for r in _of("rfix6/A_RES_79_324.txt", "PP1") if r.citation.issuer == "its"]
    assert [t.document for t, _ in ref.resolved] == ["A/RES/75/257B", "A/RES/77/299"]


def test_the_normalizer_changes_a_cyrillic_letter_alone_only():
    # a Cyrillic capital alone between Latin words is the Latin letter it looks like; a Cyrillic word keeps its letters
    assert clean_line("Recalling its resolutions 75/257 \u0412 of 7 July 2021 and")[0] == (
        "Recalling its resolutions 75/257 B of 7 July 2021 and")
    word = "the newspaper \u0412\u0435\u0434\u043e\u043c\u043e\u0441\u0442\u0438 of Moscow"
    assert clean_line(word)[0] == word
    phrase = "in \u0412 \u0441\u043e\u043e\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0438\u0438"  # a preposition before a word
    assert clean_line(phrase)[0] == phrase


@pytest.mark.parametrize("path, source", [("kinds6/A_RES_78_228.txt", "PP47"), ("rfix2/A_RES_80_228.txt", "PP48")])
def test_a_member_dated_also_of_goes_on_with_the_list(path, source):
    # "resolutions 10/1 of 16 October 2020, entitled “...”, and 10/3, also of 16 October 2020, entitled “...”, adopted
    # by the Conference of the Parties to the United Nations Convention against Transnational Organized Crime" (A/RES/78/228
    # PP47, 80/228 PP48): two resolutions of the Conference (10/3 was lost), neither the Assembly's
    (ref,) = _of(path, source, "resolutions 10/1")
    assert ref.citation.phrase.endswith("and 10/3, also of 16 October 2020")
    assert _targets(ref) == [(None, None, "external")] * 2
    assert "10/3" in ref.citation.document_name and "Conference of the Parties" in ref.citation.document_name
    assert "also" not in ref.citation.document_name  # the date is no part of the name


def test_a_comma_before_and_reads_a_list_of_parts_only_before_a_part():
    # the comma before "and" of a list whose members each have a part (_AND_RES) needs that part after the next member
    (cit,) = find("resolutions 32/151, para. 10, and 37/111, para. 5")
    assert [(t.document, t.label) for t in cit.targets] == [("A/RES/32/151", "10"), ("A/RES/37/111", "5")]
    (cit,) = find("resolutions 10/1 of 16 October 2020 on crime, and 10/3, entitled")
    assert cit.phrase == "resolutions 10/1 of 16 October 2020 on crime, and 10/3"


def test_another_bodys_decisions_in_two_numberings_are_one_list():
    # "document UNEP/CBD/COP/13/25, decisions XIII/18 and 14/12, 14/13, 14/14, 14/15, 14/16 and 14/17 of the Conference
    # of the Parties to the Convention on Biological Diversity" (A/RES/78/155 footnote 13): the list ended at XIII/18
    (ref,) = _of("references/A_RES_78_155.txt", "footnote 13")
    labels = [f"decision {n}" for n in ("XIII/18", "14/12", "14/13", "14/14", "14/15", "14/16", "14/17")]
    assert _targets(ref) == [("UNEP/CBD/COP/13/25", lab, "external") for lab in labels]


def test_a_subject_with_a_colon_before_a_word_in_lower_case_only():
    # a colon before a capitalised word or a paragraph's list ("decides:") ends the subject and the list, as before
    (cit,) = find("its resolutions 78/147 of 19 December 2023 on Central Asia: Fostering solidarity, 78/284 of 4 June 2024")
    assert [t.document for t in cit.targets] == ["A/RES/78/147"]
    (cit,) = find("its resolutions 78/147 of 19 December 2023 on Central Asia: fostering solidarity, 78/284 of 4 June 2024")
    assert [t.document for t in cit.targets] == ["A/RES/78/147", "A/RES/78/284"]


# 2. an article of no document named: the instrument whose same article the resolution names elsewhere

NPT = "the Treaty on the Non-Proliferation of Nuclear Weapons"


@pytest.mark.parametrize("path, source", [
    # "complement the implementation of article VI obligations" (A/RES/78/40 PP17; "article VI of the Treaty on the
    # Non-Proliferation of Nuclear Weapons" in its 9)
    ("refs_trialfix/A_RES_78_40.txt", "PP17"),
    # "the implementation of their article VI obligations ... the full implementation of article VI" (A/RES/79/35 15;
    # "article VI of the Treaty on the Non-Proliferation of Nuclear Weapons" in PP7)
    ("rfix6/A_RES_79_35.txt", "15"),
])
def test_article_vi_obligations_are_the_npts(path, source):
    refs = [r for r in _of(path, source) if r.citation.phrase == "article VI"]
    assert refs and all(r.citation.kind == "external" and r.citation.document_name == NPT for r in refs)
    assert all(_targets(r) == [(None, "article VI", "external")] for r in refs)


def test_a_treatys_article_is_no_paragraph_of_the_citing_resolution():
    # the graph draws no edge from 78/40 PP17 to any paragraph: "article VI" is the Treaty's, not a paragraph "VI"
    res = resparse.parse(FIXTURES / "refs_trialfix" / "A_RES_78_40.txt")
    g = build_graph([res], references={res.symbol: fixture_refs("refs_trialfix/A_RES_78_40.txt")})
    source = next(n for n, d in g.nodes(data=True) if d.get("label") == "PP17")
    assert [v for _, v, k in g.out_edges(source, data="kind") if k == "refers_to"] == []


@pytest.mark.parametrize("preamble, named", [
    ("Recalling article VI of the Treaty on the Non-Proliferation of Nuclear Weapons and article VI of the "
     "Comprehensive Nuclear-Test-Ban Treaty,", None),  # that article of two instruments: of neither
    ("Recalling article VI of the Treaty,", None),  # of none by its full name
    ("Recalling article IV of the Treaty on the Non-Proliferation of Nuclear Weapons,", None),  # another article
    ("Recalling article VI of the Treaty and article VI of the Treaty on the Non-Proliferation of Nuclear Weapons,", NPT),
])
def test_an_article_of_no_document_is_named_only_by_one_instrument_with_that_article(preamble, named):
    text = mini_resolution("Stresses the implementation of their article VI obligations;", preamble=preamble)
    (ref,) = [r for r in resolve(parse_text(text)) if r.source == "1"]
    assert ref.citation.kind == "external" and ref.citation.document_name == named


# 3. a footnote's sections written "sects" without a full stop, after a part's corrigendum

def test_sections_written_sects_after_a_corrigendum_are_of_the_budget_fascicle():
    # "A/80/6 (Foreword and introduction), sects. 1–23, sect. 24 and corrigendum, sects 25–36 and income sects. 1–3."
    # (A/RES/80/242 footnote 1): sections 25 to 36 and income sections 1 to 3 of A/80/6 (were none, and of no document)
    refs = _of("refs_e/A_RES_80_242.txt", "footnote 1")
    (sects,) = [r for r in refs if r.citation.phrase == "sects 25–36"]
    assert _targets(sects) == [("A/80/6", f"section {n}", "external") for n in range(25, 37)]
    (income,) = [r for r in refs if r.citation.phrase.startswith("income")]
    assert _targets(income) == [("A/80/6", f"income section {n}", "external") for n in (1, 2, 3)]


# 4. a part common to two documents

def test_a_part_common_to_two_covenants_names_both():
    # "article 1, paragraph 2, common to the International Covenant on Civil and Political Rights and the International
    # Covenant on Economic, Social and Cultural Rights" (A/RES/78/202 PP21): article 1.2 of each (was the first alone)
    (ref,) = _of("rfix6/A_RES_78_202.txt", "PP21")
    assert ref.citation.document_name == ("the International Covenant on Civil and Political Rights and the "
                                          "International Covenant on Economic, Social and Cultural Rights")
    assert _targets(ref) == [(None, "article 1.2", "external")] * 2
    assert ref.citation.portion == "article 1, paragraph 2"


# 5. a part of a resolution adopted in parts, printed as the UN writes it

@pytest.mark.parametrize("stored, printed", [
    ("A/RES/79/258A", "A/RES/79/258 A"), ("A/RES/53/77AA", "A/RES/53/77 AA"), ("A/DEC/78/560", "A/DEC/78/560"),
    ("A/RES/71/280", "A/RES/71/280"), ("A/HRC/RES/52/28", "A/HRC/RES/52/28"), ("A/80/6", "A/80/6"),
])
def test_printed_symbol(stored, printed):
    assert printed_symbol(stored) == printed


def test_cited_by_and_refs_print_a_part_after_a_space(db_80_243, capsys):
    # `resparse cited-by "79/258 A"` ended "15 citations of A/RES/79/258A" where --help writes "A/RES/77/263 B"
    assert main(["cited-by", "79/258 A", "--db", str(db_80_243)]) == 0
    err = capsys.readouterr().err
    assert "citations of A/RES/79/258 A" in err and "258A" not in err
    res = resparse.parse(FIXTURES / "references" / "A_RES_80_243.txt")
    table = reference_table(res, resolve(res))
    assert "A/RES/79/258 A section XVII" in table and "A/RES/79/258A" not in table


def test_the_graph_labels_a_part_as_printed_and_keys_it_as_stored():
    # 80/243 PP4 "section XVII of its resolution 79/258 A": the document's node is keyed "A/RES/79/258A" (as the JSON
    # and the database keep it) and labelled "A/RES/79/258 A"
    res = resparse.parse(FIXTURES / "references" / "A_RES_80_243.txt")
    refs = fixture_refs("references/A_RES_80_243.txt")
    assert any(r["document"] == "A/RES/79/258A" for ref in refs for r in ref.to_dict()["targets"])
    g = build_graph([res], references={res.symbol: refs})
    assert g.nodes["A/RES/79/258A"]["label"] == "A/RES/79/258 A"
