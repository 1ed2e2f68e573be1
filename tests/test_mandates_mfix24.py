"""Actors a delegate would call wrong ("resparse mandates --db ... --actor X"), fixed as kinds (the twenty-fourth
session, branch mfix4): each on real text, paragraphs copied from ../shared/corpus/texts into
tests/fixtures/mfix24/paragraphs.md and read in a small resolution (``conftest.mini_resolution``) so the whole
extraction runs on them; A/RES/79/1 from its copy in tests/fixtures."""

from pathlib import Path

import resparse
from conftest import copied_mandates, copied_paragraph, mini_resolution
from resparse.mandates import extract

FOLDER = Path(__file__).parent / "fixtures" / "mfix24"


def alone(symbol: str, label: str) -> list:
    """The mandates (kind "mandate") of a copied paragraph read as paragraph 1 of a small resolution."""
    return copied_mandates(FOLDER, symbol, label)


def read(*paragraphs: str, preamble: str | None = None) -> list:
    """The mandates and mentions of copied paragraphs ("<symbol> <label>"; a label "35 (a)" is read as a sub-paragraph
    of the paragraph before) in a small resolution, the preamble one copied paragraph too when given."""
    texts = []
    for p in paragraphs:
        symbol, label = p.split(" ", 1)
        text = copied_paragraph(FOLDER, symbol, label)
        texts.append(f"({label.split('(')[1]} {text}" if "(" in label else text)
    kw = {"preamble": copied_paragraph(FOLDER, *preamble.split(" ", 1))} if preamble else {}
    return extract(resparse.parse_text(mini_resolution(*texts, **kw)))


# ---------------------------------------------------------------- adjectives before a pair of modifiers of one head


def test_adjectives_before_two_modifiers_of_one_head_are_each_modifiers():
    # A/RES/78/125 5: "Invites bilateral, regional and multilateral development and trading partners ...": the
    # adjectives were read into single actors ("bilateral partners", "regional partners", "multilateral development
    # partners", "trading partners"); they qualify the development partners and the trading partners alike, as the
    # adjectives before "organizations and processes" qualify both heads (mandates_fresh17 n 26)
    found = [m.actor for m in alone("A/RES/78/125", "5")]
    assert found == ["bilateral development partners", "bilateral trading partners", "regional development partners",
                     "regional trading partners", "multilateral development partners", "multilateral trading partners"]


def test_an_adjective_shared_by_two_modifiers_stays_on_the_second():
    # A/RES/80/197 35 (a) and 78/198 32: "international financial and development institutions" are international
    # financial institutions and international development institutions (was "development institutions")
    found = [m.actor for m in read("A/RES/80/197 35", "A/RES/80/197 35 (a)") if m.kind == "mandate"]
    assert found == ["United Nations system", "international financial institutions",
                     "international development institutions", "international organizations", "regional organizations"]
    found = [(m.actor, m.actor_as_written) for m in alone("A/RES/78/198", "32")]
    assert found[:2] == [("international financial institutions", "all international financial institutions"),
                         ("international development institutions", "all international development institutions")]


# ---------------------------------------------------------------- an office in the plural of bodies coordinated


def test_chairs_of_two_bodies_are_each_bodys_chair():
    # A/RES/80/234 58, 78/245 63: "Encourages the Chairs of the Fifth Committee and the Advisory Committee on
    # Administrative and Budgetary Questions to continue to promote cooperation between the two bodies": the Advisory
    # Committee's Chair is encouraged, not the Committee
    for symbol, label in (("A/RES/80/234", "58"), ("A/RES/78/245", "63")):
        first, second = alone(symbol, label)
        assert first.actor_as_written == "the Chairs of the Fifth Committee"
        assert second.actor == "Chair of the Advisory Committee on Administrative and Budgetary Questions"


def test_secretariats_of_two_organizations_are_each_ones_secretariat():
    # A/RES/79/12 1: "Requests the secretariats of the United Nations and the League of Arab States to follow up ...":
    # the Secretariat and the League's secretariat, not the League (the first as mfix3 read it, GUIDELINE.md)
    found = [(m.actor, m.actor_as_written) for m in alone("A/RES/79/12", "1")]
    assert found == [("Secretariat", "the secretariats of the United Nations"),
                     ("secretariat of the League of Arab States", "the secretariat of the League of Arab States")]


def test_chairs_named_by_their_states_are_not_distributed():
    # A/RES/78/167 PP17: "the Co-Chairs of the Group of Friends of the Voluntary National Reviews, Morocco and the
    # Philippines": the two States are the Co-Chairs, no "Co-Chair of Morocco"
    from resparse.mandates.addressees import actor_phrases

    text = copied_paragraph(FOLDER, "A/RES/78/167", "PP17")
    phrase = text[text.index("the Co-Chairs of the Group") : text.rindex(",")]
    assert [n.written for n in actor_phrases(phrase, [])] == [
        "the Co-Chairs of the Group of Friends of the Voluntary National Reviews", "Morocco", "the Philippines"]


# ---------------------------------------------------------------- a body's full name does not run on after "and"


def test_a_full_name_is_not_the_name_coordinated_with_a_word_after_it():
    # A/RES/80/98 34 after PP31 ("... by the President of the Government of New Caledonia and Leaders reaffirmed their
    # continued call ..."): "the Government of New Caledonia" was read as "Government of New Caledonia and Leaders"
    ms = [m for m in read("A/RES/80/98 34", preamble="A/RES/80/98 PP31") if m.kind == "mandate"]
    assert [m.actor for m in ms] == ["administering Power", "Government of New Caledonia"]


# ---------------------------------------------------------------- a pronoun's antecedent with "to" inside its name


def test_a_pronoun_stands_for_a_whole_name_holding_to():
    # A/RES/78/206 3: "Welcomes the work of the Special Rapporteur of the Human Rights Council on the human rights to
    # safe drinking water and sanitation, and invites him to work ...": "him" was "Special Rapporteur of the Human
    # Rights Council on the human rights", cut at the "to" of the mandate's name
    (m,) = alone("A/RES/78/206", "3")
    assert (m.verb, m.actor_as_written) == ("invites", "him")
    assert m.actor == "Special Rapporteur on the human rights to safe drinking water and sanitation"


# ---------------------------------------------------------------- things read as actors


def test_a_form_of_cooperation_is_no_actor():
    # A/RES/79/1, annex I, para. 21 (g): "Encourage North-South, South-South and triangular cooperation, including among
    # universities, research institutes and the private sector to accelerate digital knowledge development ...": an
    # activity (the twelfth sample's n 78), its partners after "among" no addressees
    res = resparse.parse(Path(__file__).parent / "fixtures" / "A_RES_79_1.txt")
    item = next(p for p in res.walk() if p.label == "annex I 21 (g)")
    assert item.text.startswith("Encourage North-South, South-South and triangular cooperation, including among")
    assert [m for m in extract(res) if m.paragraph == "annex I 21 (g)" and m.kind == "mandate"] == []
    # the item before, "Call on all stakeholders ... to provide technical assistance", still mandates
    assert [m.actor for m in extract(res) if m.paragraph == "annex I 21 (d)" and m.kind == "mandate"] == ["stakeholders"]


def test_plans_policies_and_programmes_are_no_actors():
    # A/RES/78/148 3: "Encourages national, regional and global plans, policies and programmes on transport and mobility
    # to take into account the needs of women and girls ...": policy instruments (the ninth sample's n 19: instruments
    # are no actors), was one actor "national, regional and global plans, policies and programmes ..."
    assert alone("A/RES/78/148", "3") == []


def test_adjectives_shared_by_two_modifiers_go_on_both_and_an_adverb_or_a_noun_modifier_does_not():
    # A/RES/78/141 16: "encourages companies, especially publicly listed and large companies": "publicly" qualifies
    # "listed" only (large companies, not "publicly large companies"); A/RES/78/205 21: "humanitarian assistance, human
    # rights and development organizations" are three kinds of organization, noun modifiers each its own
    found = [m.actor_as_written for m in alone("A/RES/78/141", "16")]
    assert found[:3] == ["companies", "publicly listed companies", "large companies"]
    found = [m.actor for m in alone("A/RES/78/205", "21")]
    assert found[-3:] == ["humanitarian assistance organizations", "human rights organizations",
                          "development organizations"]
    # a declaration's "other international and regional development and financial institutions" (A/RES/79/233, annex,
    # para. 252): two adjectives, two modifiers, four actors
    text = copied_paragraph(FOLDER, "A/RES/79/233", "annex 252")
    assert "other international and regional development and financial institutions to provide" in text
    from resparse.mandates.addressees import actor_phrases

    phrase = text[text.index("other international") : text.index(" to provide")]
    assert [n.actor.name for n in actor_phrases(phrase, [])] == [
        "international development institutions", "international financial institutions",
        "regional development institutions", "regional financial institutions"]
