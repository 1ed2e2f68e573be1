"""The citation grammar (grammar/references.lark) through references.find: every phrase style the project meets,
from resolutions and from drafters' notes."""

import pytest

from resparse.model import Target
from resparse.references import find

T = Target


def one(text):
    found = find(text)
    assert len(found) == 1, [c.phrase for c in found]
    return found[0]


@pytest.mark.parametrize(
    "text, phrase, kind, targets, direction",
    [
        ("described in paragraph 30 below, and invites", "paragraph 30 below", "internal", [T(None, "30")], "below"),
        ("as outlined in paragraphs 15 and 22 above, and in this regard", "paragraphs 15 and 22 above", "internal",
         [T(None, "15"), T(None, "22")], "above"),
        ("in paragraph 22 that have not", "paragraph 22", "internal", [T(None, "22")], None),
        ("paragraphs 4 to 7", "paragraphs 4 to 7", "internal", [T(None, str(n)) for n in range(4, 8)], None),
        ("the statement referred to in paragraph 1 (a) above, delivered", "paragraph 1 (a) above", "internal",
         [T(None, "1 (a)")], "above"),
        ("taking into account paragraphs 7, 8 and 9 of the present resolution;",
         "paragraphs 7, 8 and 9 of the present resolution", "internal", [T(None, "7"), T(None, "8"), T(None, "9")], None),
        ("operative paragraphs 22(a) and 23 of this resolution", "operative paragraphs 22(a) and 23 of this resolution",
         "internal", [T(None, "22 (a)"), T(None, "23")], None),
        ("see PP3.", "PP3", "internal", [T(None, "PP3")], None),
        ("preambular paragraph 3", "preambular paragraph 3", "internal", [T(None, "PP3")], None),
        ("subparagraph (c) of paragraph 6", "subparagraph (c) of paragraph 6", "internal", [T(None, "6 (c)")], None),
        ("paragraphs 3 (a) to (c)", "paragraphs 3 (a) to (c)", "internal",
         [T(None, "3 (a)"), T(None, "3 (b)"), T(None, "3 (c)")], None),
        ("paragraph 15 (a) (ii)", "paragraph 15 (a) (ii)", "internal", [T(None, "15 (a) (ii)")], None),
        ("referred to in rule 48, paragraph 1, shall", "rule 48, paragraph 1", "internal", [T(None, "rule 48.1")], None),
        ("Subject to rules 21, 22 and 25 to 27 of the Conference, the", "rules 21, 22 and 25 to 27", "internal",
         [T(None, f"rule {n}") for n in (21, 22, 25, 26, 27)], None),
    ],
)
def test_internal(text, phrase, kind, targets, direction):
    c = one(text)
    assert (c.phrase, c.kind, c.targets, c.direction) == (phrase, kind, targets, direction)
    assert text[c.start : c.end] == phrase and c.span == (c.start, c.end)


@pytest.mark.parametrize(
    "text, phrase, targets, portion",
    [
        ("Recalling its resolution 71/1 of 19 September 2016, entitled", "its resolution 71/1 of 19 September 2016",
         [T("A/RES/71/1", None)], None),
        ("resolution 73/195", "resolution 73/195", [T("A/RES/73/195", None)], None),
        ("the elements outlined in annex II, paragraph 8, of its resolution 71/1 to be discussed",
         "annex II, paragraph 8, of its resolution 71/1", [T("A/RES/71/1", "annex II 8")], "annex II, paragraph 8"),
        ("defined in annex II to its resolution 71/1;", "annex II to its resolution 71/1", [T("A/RES/71/1", "annex II")],
         "annex II"),
        ("paragraph 49 of resolution 73/195", "paragraph 49 of resolution 73/195", [T("A/RES/73/195", "49")],
         "paragraph 49"),
        ("paragraph 22 (a) of resolution 71/280", "paragraph 22 (a) of resolution 71/280", [T("A/RES/71/280", "22 (a)")],
         "paragraph 22 (a)"),
        ("see A/RES/71/280.", "A/RES/71/280", [T("A/RES/71/280", None)], None),
        ("A/RES/71/280, para. 22 (a)", "A/RES/71/280, para. 22 (a)", [T("A/RES/71/280", "22 (a)")], "para. 22 (a)"),
        ("paragraphs 15 to 22 of A/RES/71/280", "paragraphs 15 to 22 of A/RES/71/280",
         [T("A/RES/71/280", str(n)) for n in range(15, 23)], "paragraphs 15 to 22"),
        ("resolutions 67/219 and 69/229", "resolutions 67/219 and 69/229", [T("A/RES/67/219", None), T("A/RES/69/229", None)],
         None),
        ("Resolution 69/313, annex.", "Resolution 69/313, annex", [T("A/RES/69/313", "annex")], "annex"),
        ("Resolution 69/283, annex II.", "Resolution 69/283, annex II", [T("A/RES/69/283", "annex II")], "annex II"),
        ("See resolution 169 (II).", "resolution 169 (II)", [T("A/RES/169(II)", None)], None),
        ("Resolution 217 A (III).", "Resolution 217 A (III)", [T("A/RES/217A(III)", None)], None),
        ("Security Council resolution 1325 (2000) and", "Security Council resolution 1325 (2000)",
         [T("S/RES/1325(2000)", None)], None),
        ("paragraphs 3 (a) to (f) of General Assembly resolution 51/210;",
         "paragraphs 3 (a) to (f) of General Assembly resolution 51/210",
         [T("A/RES/51/210", f"3 ({x})") for x in "abcdef"], "paragraphs 3 (a) to (f)"),
        ("A/72/271.", "A/72/271", [T("A/72/271", None)], None),
        ("decision 72/555", "decision 72/555", [T("A/DEC/72/555", None)], None),
    ],
)
def test_external(text, phrase, targets, portion):
    c = one(text)
    assert (c.phrase, c.kind, c.targets, c.portion) == (phrase, "external", targets, portion)


def test_resolutions_with_dates_in_a_list():
    c = one("as well as its resolutions 71/280 of 6 April 2017, 72/244 of 24 December 2017 and 72/308 of 6 August 2018,")
    assert c.targets == [T("A/RES/71/280", None), T("A/RES/72/244", None), T("A/RES/72/308", None)]
    assert c.phrase.endswith("72/308 of 6 August 2018")


def test_the_same_resolution_is_the_last_document_named():
    found = find("paragraph 22 (a) of resolution 71/280 and OP 23 (b) of the same resolution")
    assert [c.phrase for c in found] == ["paragraph 22 (a) of resolution 71/280", "OP 23 (b) of the same resolution"]
    assert found[1].kind == "external" and found[1].targets == [T("A/RES/71/280", "23 (b)")]


def test_named_documents_are_external_without_a_symbol():
    c = one("as proposed in paragraphs 11 and 12 of the note by the Secretary-General;")
    # the labels are the named document's (document None: no symbol names it), never this text's
    assert c.kind == "external" and c.document_name == "the note by the Secretary-General"
    assert c.targets == [Target(None, "11"), Target(None, "12")]
    c = one("as referred to in Article 13, paragraph 1 (a), of the Charter of the United Nations,")
    assert c.kind == "external" and c.document_name == "the Charter of the United Nations"
    assert c.portion == "Article 13, paragraph 1 (a)"
    c = one("paragraph 10 of the report of the Advisory Committee, and")
    assert c.kind == "external" and c.document_name.startswith("the report of the Advisory Committee")


def test_relative_phrases():
    c = one("mentioned in the present paragraph at the")
    assert (c.kind, c.relative, c.unit, c.targets) == ("internal", "present", "paragraph", [T(None, None)])
    c = one("subparagraph (b)")
    assert (c.kind, c.relative, c.targets) == ("internal", "sibling", [T(None, "(b)")])
    c = one("subparagraphs (a) to (c) of this paragraph")
    assert (c.relative, c.targets) == ("present", [T(None, "(a)"), T(None, "(b)"), T(None, "(c)")])
    c = one("under the present rule shall")
    assert (c.relative, c.unit) == ("present", "rule")
    c = one("of the present resolution")
    assert c.kind == "self"


@pytest.mark.parametrize(
    "text",
    ["objectives 2, 5, 6, 12 and 18", "a maximum duration of 12 working days in total", "in April/May 2017",
     "from 9 a.m. to 1 p.m.", "him/her elsewhere by these rules", "Phase I (consultations): April to November 2017;"],
)
def test_numbers_that_are_not_citations(text):
    assert find(text) == []


def test_several_citations_and_spans():
    text = "Recalling its resolution 71/1, and paragraph 5 above, and A/RES/72/244."
    found = find(text)
    assert [text[c.start : c.end] for c in found] == ["its resolution 71/1", "paragraph 5 above", "A/RES/72/244"]
    assert [c.kind for c in found] == ["external", "internal", "external"]


def test_to_dict_is_plain():
    d = one("annex II, paragraph 8, of its resolution 71/1").to_dict()
    assert d["targets"] == [{"document": "A/RES/71/1", "label": "annex II 8"}] and d["kind"] == "external"


def test_markers_after_a_number_belong_to_it():
    assert one("paragraph 4 (a), (b) and (c) above").targets == [T(None, "4 (a)"), T(None, "4 (b)"), T(None, "4 (c)")]
    assert one("article 40, paragraph 21 (b) and (c)").targets == [T(None, "article 40.21 (b)"),
                                                                  T(None, "article 40.21 (c)")]


def test_thereto_and_thereof_name_the_document_just_cited():
    found = find("Economic and Social Council resolution 1980/67, in particular paragraphs 1 and 2 of the annex thereto")
    assert found[0].targets == [T("E/RES/1980/67", None)]
    assert found[1].kind == "external" and found[1].targets == [T("E/RES/1980/67", "annex 1"), T("E/RES/1980/67", "annex 2")]


def test_paragraph_numbers_of_reports():
    c = one("Takes note of paragraphs 440 to 442 of the report of the International Law Commission describing the work")
    assert c.kind == "external" and c.document_name.startswith("the report of the International Law Commission")
    c = one("paragraphs VIII.20 and VIII.21 of the report of the Advisory Committee,")
    assert c.kind == "external" and c.portion == "paragraphs VIII.20 and VIII.21"


@pytest.mark.parametrize(
    "text, targets",
    [
        ("Resolution S-19/2, annex.", [("A/RES/S-19/2", "annex")]),
        ("its resolution S-26/2 of 27 June 2001", [("A/RES/S-26/2", None)]),
        # another body's resolution: no symbol of the Assembly, named as written (test_other_bodies_named)
        ("United Nations Habitat Assembly resolution 2/3 of 9 June 2023", [(None, None)]),
        ("the Statistical Commission decision 53/113", [(None, None)]),
        ("Reaffirming Assembly resolution 60/1,", [("A/RES/60/1", None)]),
        ("Recalling resolution 70/1,", [("A/RES/70/1", None)]),
    ],
)
def test_special_sessions_and_other_bodies(text, targets):
    assert [(t.document, t.label) for c in find(text) for t in c.targets] == targets


def test_a_resolution_numbered_by_year_is_the_economic_and_social_councils():
    # A/RES/79/1 (Pact for the Future), adopted 71 (b): "in line with Council resolution 1996/31 of 25 July 1996" —
    # the Assembly numbers by session (71/1) or serially with a roman session (1514 (XV)), never by year
    assert one("in line with Council resolution 1996/31 of 25 July 1996").targets == [T("E/RES/1996/31", None)]
    assert one("its resolution 2023/15").targets == [T("E/RES/2023/15", None)]
    assert one("its resolution 78/1").targets == [T("A/RES/78/1", None)]
    assert one("resolution 1514 (XV)").targets == [T("A/RES/1514(XV)", None)]
