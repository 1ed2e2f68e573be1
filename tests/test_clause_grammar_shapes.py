"""The shapes of a clause that grammar/clauses.lark carries besides the clause itself (an item's opening, the end of a
chapeau of means), each read from a real paragraph of a resolution in tests/fixtures/: the tree's rule is the
shape."""

from functools import lru_cache
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@lru_cache(maxsize=None)
def _resolution(path: str):
    import resparse

    return resparse.parse(FIXTURES / path)


def _text(path: str, label: str) -> str:
    return next(p.text for p in _resolution(path).walk() if p.label == label)


def _item_tree(text: str):
    """(rule, children) of the item's opening as the grammar reads it, children as token types or (rule, ...)."""
    from resparse.mandates.addressees import shape_of
    from resparse.mandates.clauses import item_tokens

    tokens = item_tokens(text)
    shape = shape_of(tokens, "item")
    assert shape is not None, [t.type for t in tokens]

    def named(node):
        data, children = node
        return str(data), [tokens[c].type if isinstance(c, int) else named(c) for c in children]

    return named(shape)


def test_an_infinitive_item_of_an_address_verb():
    # A/RES/80/190 58 (g): "To invite the Chair of the Committee on the Rights of the Child to present an oral report"
    rule, children = _item_tree(_text("kinds/A_RES_80_190.txt", "58 (g)"))
    assert rule == "infinitive" and children[:2] == ["TO", ("address_verb", ["VERB"])]


def test_an_address_verb_followed_by_its_addressee_asks():
    from resparse.mandates.clauses import item_opening

    # A/RES/80/190 58 (g): "To invite the Chair of the Committee ...": the word after the verb opens its addressee
    text = _text("kinds/A_RES_80_190.txt", "58 (g)")
    rule, children = _item_tree(text)
    assert children[2] == ("asked", ["DETERMINER"])
    assert item_opening(text).asks


def test_an_address_verb_followed_by_a_place_asks_no_one():
    from resparse.mandates.clauses import item_opening

    # A/RES/78/272 5: "Further decides to invite to the commission representatives of organizations ...": a place
    # before the addressee, the Assembly's own decision (the text after the verb, as ``decided_address`` reads it)
    text = _text("kinds10/A_RES_78_272.txt", "5")
    after = text[len("Further decides"):]
    rule, children = _item_tree(after)
    assert rule == "infinitive" and children[:3] == ["TO", ("address_verb", ["VERB"]), "TO"]
    got = item_opening(after)
    assert got.verb is not None and got.verb.cls == "address" and not got.asks


def test_a_negated_infinitive_item():
    # A/RES/79/81 16 (a): "Not to recognize any changes to the pre-1967 borders ..."
    rule, children = _item_tree(_text("A_RES_79_81.txt", "16 (a)"))
    assert rule == "infinitive" and children[:3] == ["NOT", "TO", "WORD"]


def test_a_means_item_by_a_mandate_verbs_gerund():
    # A/RES/79/258 section XVIII 3 (c): "By requesting the Secretary-General to explore ..."
    rule, children = _item_tree(_text("A_RES_79_258.txt", "XVIII.3 (c)"))
    assert rule == "means" and children[:3] == ["BY", "PARTICIPLE", "DETERMINER"]


@pytest.mark.parametrize("path, label, first", [
    ("A_RES_79_152.txt", "6 (d)", ["CAP_GERUND"]),  # "Ensuring that services and programmes ..."
    ("A_RES_80_116.txt", "5 (a)", ["CAP_LY", "GERUND"]),  # "Immediately complying with its obligations ..."
])
def test_a_gerund_item(path, label, first):
    rule, children = _item_tree(_text(path, label))
    assert rule == "gerund" and children[: len(first)] == first


def test_an_item_of_no_shape():
    from resparse.mandates.clauses import item_opening

    # A/RES/79/81 annex 12: "The Conference shall be webcast, ...": a sentence, no item's shape
    assert item_opening(_text("A_RES_79_81.txt", "annex 12")) is None


@pytest.mark.parametrize("path, label, rule", [
    # A/RES/80/74 5: "... to support mine- and explosive remnants of war-affected States ... by providing:"
    ("kinds10/A_RES_80_74.txt", "5", "by_gerund"),
    # A/RES/79/155 15: "... to end obstetric fistula within a decade by:"
    ("kinds9/A_RES_79_155.txt", "15", "by_means"),
])
def test_a_chapeau_of_means(path, label, rule):
    from resparse.mandates.clauses import means_chapeau

    assert means_chapeau(_text(path, label)) == rule


@pytest.mark.parametrize("path, label, before, expected", [
    # A/RES/78/223 13: "..., and invites Member States to be actively involved in that process"
    ("kinds10/A_RES_78_223.txt", "13", "Member States to be", ["LY", "PAST", "REST"]),
    # A/RES/78/269 7: "..., and invites all observers of the General Assembly to be represented at the highest ..."
    ("kinds10/A_RES_78_269.txt", "7", "General Assembly to be", ["PAST", "REST"]),
])
def test_to_be_and_a_participle_with_no_agent(path, label, before, expected):
    from resparse.mandates.addressees import shape_of
    from resparse.mandates.clauses import be_participle, be_tokens

    text = _text(path, label)
    at = text.index(before) + len(before)
    tokens = be_tokens(text, at)
    assert [t.type for t in tokens] == expected
    assert str(shape_of(tokens, "be_participle")[0]) == "be_participle"
    assert be_participle(text, at)


def test_to_be_and_a_participle_with_its_agent():
    from resparse.mandates.clauses import be_participle

    # A/RES/78/269 5: "... a political declaration ..., agreed in advance by consensus through intergovernmental
    # negotiations, to be submitted by the President of the General Assembly ...": a passive whose agent acts
    text = " ".join(_text("kinds10/A_RES_78_269.txt", "5").split())
    assert not be_participle(text, text.index("to be submitted") + len("to be"))


def test_to_be_and_an_adjective_is_a_state_asked():
    from resparse.mandates.addressees import shape_of
    from resparse.mandates.clauses import be_participle, be_state, be_tokens, infinitive

    # A/RES/79/145 188: "... calls upon regional fisheries management organizations to be more cautious when ...": a
    # word of degree and an adjective, what the addressees are asked to be (their action)
    text = _text("A_RES_79_145.txt", "188")
    at = text.index("organizations to be") + len("organizations to be")
    tokens = be_tokens(text, at)
    assert [t.type for t in tokens] == ["DEGREE", "ADJ", "REST"]
    assert str(shape_of(tokens, "be_state")[0]) == "be_state"
    assert be_state(text, at) and not be_participle(text, at)
    body = text[text.index("calls upon") + len("calls upon"):]
    assert body[infinitive(body):].startswith("to be more cautious")


def test_to_be_and_a_participle_is_no_state():
    from resparse.mandates.clauses import be_state

    # A/RES/78/269 5: "... to be submitted by the President of the General Assembly ...": a participle, no adjective
    text = " ".join(_text("kinds10/A_RES_78_269.txt", "5").split())
    assert not be_state(text, text.index("to be submitted") + len("to be"))


def test_a_clause_of_its_own_before_the_subject_of_a_passive():
    from resparse.mandates.addressees import shape_of
    from resparse.mandates.clauses import _subject_of_passive, passive_tokens

    # A/RES/79/81 annex 12: "The Conference shall be webcast, and the President of the General Assembly and the
    # Secretary-General are encouraged to give the highest visibility to the Conference"
    text = _text("A_RES_79_81.txt", "annex 12")
    written = text[: text.index(" are encouraged")]
    tokens = passive_tokens(written)
    assert [t.type for t in tokens] == ["CLAUSE", "COMMA_AND", "PHRASE"]
    shape = shape_of(tokens, "passive_subject")
    rule, children = shape[1][0]
    assert str(rule) == "clause_before" and str(children[-1][0]) == "subject_words"
    assert _subject_of_passive(written) == "the President of the General Assembly and the Secretary-General"


def test_a_subject_of_a_passive_with_no_clause_before():
    from resparse.mandates.addressees import shape_of
    from resparse.mandates.clauses import passive_tokens

    # A/RES/79/81 annex 8: "The United Nations system, including the relevant funds, programmes, ..., as well as the
    # Bretton Woods institutions, are invited ...": one segment, the subject
    text = _text("A_RES_79_81.txt", "annex 8")
    written = text[: text.index(" are invited")]
    tokens = passive_tokens(written)
    assert str(shape_of(tokens, "passive_subject")[1][0][0]) == "subject_words"


@pytest.mark.parametrize("path, label, verb, written", [
    # A/RES/78/133 2: "Encourages Member States to: (a) Promote the inclusion ..."
    ("query/A_RES_78_133.txt", "2", "Encourages", "Member States"),
    # A/RES/79/1, adopted text, 57: "... We request the Secretary-General to: (a) ..."
    ("A_RES_79_1.txt", "adopted 57", "We request", "the Secretary-General"),
])
def test_a_chapeau_that_ends_with_its_infinitives_to(path, label, verb, written):
    from resparse.mandates import extract
    from resparse.mandates.addressees import read_clause

    text = _text(path, label)
    at = text.rindex(f"{verb} ") + len(verb)
    reading = read_clause(verb, text[at:], None)
    assert reading.colon and reading.to_items  # the grammar's to_items: TO COLON after the addressees
    # the "to" is the chapeau's, no part of the addressee's name: each item is the action asked of it
    items = [m for m in extract(_resolution(path)) if m.kind == "mandate" and m.paragraph.startswith(f"{label} (")]
    assert items and {m.actor_as_written for m in items} == {written}


def _corpus_text(name: str) -> str:
    """The corpus file ``name`` (../shared/corpus/texts) on one line, its whitespace runs one space; skips the test
    where the corpus is absent."""
    import re

    path = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "texts" / name
    if not path.exists():
        pytest.skip("../shared/corpus is absent")
    return re.sub(r"\s+", " ", path.read_text(encoding="utf-8"))


def test_a_parenthesis_of_members_is_a_nested_list_of_the_grammar():
    """ "Request that the Quadripartite organizations (the Food and Agriculture Organization of the United Nations, the
    United Nations Environment Programme, the World Health Organization and the World Organisation for Animal Health)
    continue to provide ..." (A/RES/79/2, annex, para. 103): the lexer gives the parenthesis's "(" as an LPAR token
    (not a MEMBER in disguise) and grammar/clauses.lark's ``members`` opens the nested list with it; each name inside
    is a member of the group."""
    import re

    from resparse.mandates.addressees import _parse, list_tokens

    text = _corpus_text("A_RES_79_2.txt")
    listed = re.search(r"103\. Request that (.+?\)) continue to provide", text).group(1)
    tokens = list_tokens(listed)
    assert [t.type for t in tokens][:2] == ["PHRASE", "LPAR"]
    tree = _parse(tokens, "addressees")
    members = next(tree.find_data("members"))
    assert members.children[0].type == "LPAR"
    assert [str(t) for t in members.children[1:] if getattr(t, "type", None) == "PHRASE"] == [
        "the Food and Agriculture Organization of the United Nations", "the United Nations Environment Programme",
        "the World Health Organization", "the World Organisation for Animal Health"]


def test_the_correlative_of_a_list_is_a_token_the_grammar_places_and_leaves_out():
    """ "... continues to encourage the United Nations Educational, Scientific and Cultural Organization and the
    Alliance of Civilizations on the one hand and the Council of Europe and its North-South Centre on the other to
    pursue ..." (A/RES/79/284, para. 36): "on the one hand", "on the other" are _HAND tokens after their phrases, which
    grammar/clauses.lark places (``entry: PHRASE _HAND? ...``) and filters out of the tree: no name holds them."""
    import re

    from resparse.mandates.addressees import _parse, list_tokens

    text = _corpus_text("A_RES_79_284.txt")
    listed = re.search(r"continues to encourage (.+? on the other) to pursue", text).group(1)
    tokens = list_tokens(listed)
    assert [str(t).strip() for t in tokens if t.type == "_HAND"] == ["on the one hand", "on the other"]
    tree = _parse(tokens, "addressees")
    phrases = [str(t) for t in tree.scan_values(lambda v: hasattr(v, "type"))]
    assert not any("hand" in p or "on the other" in p for p in phrases)
    assert [str(e.children[0]) for e in tree.find_data("entry")][-3:] == [
        "the Alliance of Civilizations", "the Council of Europe", "its North-South Centre"]
