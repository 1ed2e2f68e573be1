"""Actors a delegate would call wrong ("resparse mandates --db ... --actor X"), fixed as kinds (the twenty-first
session, branch mfix): each on real text, single paragraphs copied from ../shared/corpus/texts into
tests/fixtures/mfix21/paragraphs.md and read in a small resolution (``conftest.mini_resolution``) so the whole
extraction runs on them; the annexed declarations' paragraphs, which need their resolution around them, are read in
the corpus file itself (skipped without ../shared)."""

from pathlib import Path

import pytest

import resparse
from conftest import copied_mandates, copied_paragraph, mini_resolution
from resparse.mandates import extract

FOLDER = Path(__file__).parent / "fixtures" / "mfix21"
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "texts"


def paragraph(symbol: str, label: str) -> str:
    """A paragraph's text as copied into paragraphs.md."""
    return copied_paragraph(FOLDER, symbol, label)


def alone(symbol: str, label: str) -> list:
    """The mandates (kind "mandate") of a copied paragraph read as paragraph 1 of a small resolution."""
    return copied_mandates(FOLDER, symbol, label)


def in_corpus(symbol: str, label: str) -> list:
    """The mandates of a paragraph of the corpus file itself; its text is the one copied into paragraphs.md."""
    path = CORPUS / f"A_RES_{symbol.removeprefix('A/RES/').replace('/', '_')}.txt"
    if not path.exists():
        pytest.skip("../shared/corpus is not here")
    res = resparse.parse(path)
    assert next(p.text for p in res.walk() if p.label == label) == paragraph(symbol, label)
    return [m for m in extract(res) if m.kind == "mandate" and m.paragraph == label]


def actors(mandates: list) -> list[tuple[str, str]]:
    return [(m.verb, m.actor) for m in mandates]


# ---------------------------------------------------------------- a thing read as an actor


def test_a_gerund_whose_object_is_helped_in_an_act_addresses_nobody():
    # A/RES/78/137 26 (79/197 26, 80/123 30): "Recommends assisting developing countries in attaining long-term debt
    # sustainability ...": a recommendation with no addressee (tests/labels/GUIDELINE.md, branch mtrial: a gerund and
    # its object); it gave the actor "assisting developing countries"
    assert alone("A/RES/78/137", "26") == []
    assert alone("A/RES/80/123", "30") == []


def test_a_class_participle_before_in_and_a_gerund_still_names_its_actors():
    # A/RES/79/323 annex 36 (e): "We welcome the efforts and contributions of developing countries in providing finance
    # ... and encourage them to scale up ...": "developing countries" (a participle before an actor's head) is no
    # gerund, so "them" still stands for the developing countries
    assert actors(in_corpus("A/RES/79/323", "annex 36 (e)")) == [("encourages", "developing countries")]


def test_a_name_before_an_act_in_ing_is_no_actor():
    # A/RES/78/222 35 (79/185 36): "and encourages United Nations monitoring and reporting to further document
    # violations ...": the monitoring is a thing; the request of the Commission of Inquiry stays
    got = alone("A/RES/78/222", "35")
    assert [m.verb for m in got] == ["requests"]
    assert not [m for m in got if "monitoring" in m.actor]


def test_following_opens_a_parenthesis_not_an_actor():
    # A/RES/79/1 annex I 72: "we request the Secretary-General, following consultations with Member States, to submit
    # a proposal ..." gave a second actor "following consultations"
    assert actors(in_corpus("A/RES/79/1", "annex I 72")) == [("requests", "Secretary-General")]
    # A/RES/78/15 3: "Calls upon all States, immediately following any recommendations of the Conference on
    # Disarmament, to give favourable consideration ..." (the adverb before it too)
    assert actors(alone("A/RES/78/15", "3")) == [("calls upon", "States")]


def test_an_infinitive_split_by_inter_alia_is_the_action():
    # A/RES/79/190 67: "Encourages States parties to the Convention to, inter alia, take necessary measures, ..., to
    # mainstream a gender perspective ...": "take necessary measures" was an actor, "to mainstream" the action
    got = [m for m in alone("A/RES/79/190", "67") if m.verb == "encourages"]
    assert [(m.actor, m.actor_as_written) for m in got] == [
        ("States parties to the Convention", "States parties to the Convention")]
    assert got[0].action.startswith("to, inter alia, take necessary measures")


# ---------------------------------------------------------------- coordinated modifiers and their head


def test_coordinated_noun_modifiers_share_the_head_after_them():
    # A/RES/78/205 21 (80/211 20): "Encourages all relevant United Nations organizations and humanitarian assistance,
    # human rights and development organizations to enhance ...": the actors "humanitarian assistance rights" and
    # "human rights" were read
    assert [m.actor for m in alone("A/RES/78/205", "21") if m.verb == "encourages"] == [
        "United Nations organizations", "humanitarian assistance organizations", "human rights organizations",
        "development organizations"]


def test_both_and_others_sorts_the_actor_before_it():
    # A/RES/78/206 6 (80/216 7): "Calls upon non-State actors, including business enterprises, both transnational and
    # others, to comply ...": no actor "transnational and others"
    assert [m.actor for m in alone("A/RES/78/206", "6")] == ["non-State actors", "business enterprises"]


def test_lower_case_modifiers_share_a_class_written_with_a_capital():
    # A/RES/78/69 180: "calls upon flag and port States to take all measures ...": flag States and port States (the
    # terms of the Convention on the Law of the Sea), not one actor "flag and port States"
    called = [m.actor for m in alone("A/RES/78/69", "180") if m.verb == "calls upon"]
    assert called == ["flag States", "port States"]


def test_a_capitalised_modifier_still_makes_one_name():
    # "Latin American and Caribbean States" is the regional group, one actor (the capitals keep it whole)
    text = "Invites the Latin American and Caribbean States to continue their cooperation;"
    res = resparse.parse_text(mini_resolution(text))
    assert [m.actor for m in extract(res) if m.kind == "mandate"] == ["Latin American and Caribbean States"]


def test_a_whole_name_of_the_table_ends_before_a_capitalised_phrase_after_and():
    # A/RES/79/223 52: "calls upon the United Nations system, particularly UN-Women and United Nations country teams, to
    # support national efforts": one actor "UN-Women and United Nations country teams" was read
    called = [m.actor for m in alone("A/RES/79/223", "52") if m.verb == "calls upon"]
    assert called == ["United Nations system", "United Nations Entity for Gender Equality and the Empowerment of Women",
                      "United Nations country teams"]


# ---------------------------------------------------------------- names cut short


def test_with_inside_a_proper_name_is_no_qualifier():
    # A/RES/79/210 6: "Encourages the experts of the Harmony with Nature Knowledge Network to carry out a study ..." was
    # the actor "experts of the Harmony"
    assert actors(alone("A/RES/79/210", "6")) == [
        ("encourages", "experts of the Harmony with Nature Knowledge Network")]


def test_to_inside_a_proper_name_is_no_qualifier():
    # A/RES/79/155 17: "Requests the global Campaign to End Fistula to implement the road map ...": the actor was
    # "global Campaign"
    assert actors(alone("A/RES/79/155", "17"))[0] == ("requests", "global Campaign to End Fistula")


def test_a_possessive_with_no_owner_before_is_dropped_from_the_name():
    # A/RES/78/182 30: "Encourages its Main Committees and subsidiary bodies, as well as the Economic and Social Council
    # and its functional commissions, ...": the Assembly's Main Committees, named as "Requests each of the Main
    # Committees" names them (79/327 25); the actor was "its Main Committees"
    got = [(m.actor, m.actor_as_written) for m in alone("A/RES/78/182", "30")][:2]
    assert got == [("Main Committees", "its Main Committees"), ("subsidiary bodies", "subsidiary bodies")]


def test_persons_with_disabilities_are_named_whole():
    # A/RES/78/327 22: "... Indigenous Peoples and local communities, persons with disabilities, the private sector ..."
    # gave the actor "persons" (the term of the Convention on the Rights of Persons with Disabilities)
    got = [m.actor for m in alone("A/RES/78/327", "22")]
    assert "persons with disabilities" in got and "persons" not in got


def test_including_after_a_preposition_is_a_gerund_not_a_list_of_members():
    # A/RES/79/331 34: "Expresses its appreciation to the Secretary-General of the United Nations for including the
    # International Organization of la Francophonie in the periodic meetings ..., and invites him to continue to do so":
    # "him" was the actor "Secretary-General of the United Nations for"
    assert actors(alone("A/RES/79/331", "34")) == [("invites", "Secretary-General")]


# ---------------------------------------------------------------- an invitation of a thing from an actor


def test_an_invitation_of_further_comments_from_member_states_invites_them():
    # A/RES/79/116 15: "Reiterates its decision that ... shall be continued during its eighty-first session ..., and,
    # for that purpose, invites further comments from Member States on that report" (tests/labels/mandates_fresh15
    # n 64: Member States are invited); it was the Assembly's decision alone
    got = alone("A/RES/79/116", "15")
    assert actors(got) == [("decides", "General Assembly"), ("invites", "Member States")]
    assert got[1].action.startswith("further comments from Member States on that report")
