"""Actor and addressee kinds of the fourteenth labelled sample (tests/labels/mandates_fresh12) and of earlier sessions'
notes, each tested on real paragraphs (whole resolutions copied from ../shared/corpus/texts into
tests/fixtures/kinds_mand_a/):

- "the relevant parts of the United Nations system" as an addressee's head, and the list after it (A/RES/78/68 270:
  gave no mandate at all); a part is of the whole for a query;
- the antecedent of a pronoun after a list introduced by "such as" (the list's head, 78/139 12), after a "that"-clause
  object (its subject, 78/129 22), before a thing asked "for" ("invites them for enhanced collaboration", 79/330 28),
  in an item's own clause (the chapeau's addressee, 78/221 7 (j)); a declaration's bare verb before a pronoun or after
  an adverb ("and invite it", "and strongly urge them": 79/1, 80/9);
- an item opening with a mandate verb's gerund under a declaration's first-person chapeau ("In this regard, we commit
  to: (c) Calling upon the multilateral development banks to ...", 80/5 annex 42), and one whose addressee after
  the gerund is in lower case ("Inviting international financial institutions ... to");
- a plural head over coordinated complements: "the United Nations Offices at Geneva and Vienna" are two Offices."""

from pathlib import Path

import pytest

import resparse
from conftest import mandated, mandates_by_symbol, mini_resolution
from resparse.mandates import extract, select
from resparse.mandates.actors import scan
from resparse.mandates.addressees import actor_phrases
from resparse.mandates.clauses import item_opening

KINDS = Path(__file__).parent / "fixtures" / "kinds_mand_a"


@pytest.fixture(scope="module")
def rows():
    return mandates_by_symbol(KINDS)


def mentioned(rows, symbol, label):
    return [m.actor for m in rows[symbol] if m.paragraph == label and m.kind == "mention"]


# ---------------------------------------------------------------- 1. "the relevant parts of the United Nations system"


def test_the_parts_of_the_system_and_the_list_after_them_are_requested(rows):
    # "Requests the relevant parts of the United Nations system, international financial institutions and donor
    # agencies to support increased enforcement and compliance capabilities for regional fisheries management
    # organizations and their member States" (tests/labels/mandates_fresh12 n 15): was no mandate, five mentions
    assert mandated(rows, "A/RES/78/68", "270") == [
        ("requests", "parts of the United Nations system", "the relevant parts of the United Nations system"),
        ("requests", "international financial institutions", "international financial institutions"),
        ("requests", "donor agencies", "donor agencies")]


def test_all_parts_of_the_system_are_called_upon(rows):
    # "Calls upon all parts of the United Nations system to continue to play an active role ..." (78/182 36)
    assert mandated(rows, "A/RES/78/182", "36") == [
        ("calls upon", "parts of the United Nations system", "all parts of the United Nations system")]


def test_a_query_for_the_system_finds_its_parts():
    # the parts are of the system ([offices]: an office or a part named of its whole), as its entities are
    items = extract(resparse.parse(KINDS / "A_RES_78_182.txt"), also=("United Nations system",))
    found = [m for m in select(items, actor="United Nations system")
             if m.mandate.paragraph == "36" and m.mandate.kind == "mandate"]
    assert [(m.mandate.actor, m.relation) for m in found] == [("parts of the United Nations system", "part")]


# ---------------------------------------------------------------- 2. pronouns


@pytest.mark.parametrize("symbol,label", [("A/RES/78/139", "12"), ("A/RES/80/125", "17")])
def test_a_pronoun_after_a_such_as_list_stands_for_its_head(rows, symbol, label):
    # "Also acknowledges the efforts and actions on financial inclusion for sustainable development undertaken by a wide
    # range of stakeholders working in partnership, such as the Alliance for Financial Inclusion, ..., the Special
    # Advocate of the Secretary-General ... and the Group of 20 Global Partnership for Financial Inclusion, urges them to
    # engage ...": the stakeholders (the examples named as such are no antecedents of their own); was no mandate
    assert mandated(rows, symbol, label) == [("urges", "stakeholders", "them")]


def test_a_pronoun_after_a_that_clause_stands_for_its_subject(rows):
    # "Recognizes that the Office of Intergovernmental Support and Coordination for Sustainable Development in the
    # Department of Economic and Social Affairs of the Secretariat plays a valuable role as focal point within the
    # Secretariat on the issue, and encourages it to continue to interact ...": was no mandate
    assert mandated(rows, "A/RES/78/129", "22") == [
        ("encourages", "Office of Intergovernmental Support and Coordination for Sustainable Development", "it")]


def test_a_pronoun_invited_for_a_thing(rows):
    # "Appreciates regular contacts among the Economic Cooperation Organization Trade and Development Bank, the Islamic
    # Development Bank and the United Nations Economic Commission for Europe, and invites them for enhanced
    # collaboration for financing regional projects": was no mandate
    got = mandated(rows, "A/RES/79/330", "28")
    assert [(v, a) for v, a, _ in got] == [
        ("invites", "Economic Cooperation Organization Trade and Development Bank"),
        ("invites", "Islamic Development Bank"), ("invites", "Economic Commission for Europe")]
    assert {m.action for m in rows["A/RES/79/330"] if m.paragraph == "28" and m.kind == "mandate"} == {
        "for enhanced collaboration for financing regional projects"}


def test_a_pronoun_in_an_item_stands_for_the_chapeaus_addressee(rows):
    # "Urges the Russian Federation: ... (j) To uphold the rights ... of Ukrainian prisoners and detainees ..., and
    # encourages it to respect the United Nations Standard Minimum Rules ...": the item's own clause was nothing
    assert mandated(rows, "A/RES/78/221", "7 (j)") == [
        ("urges", "Russian Federation", "the Russian Federation"), ("encourages", "Russian Federation", "it")]


def test_a_declarations_bare_verb_before_a_pronoun_or_after_an_adverb(rows):
    # "We encourage Member States, multilateral organizations and the private sector to adopt ethical and transparent
    # practices ..., and strongly urge them to regularly disclose ..." (80/9 annex 30): the second verb was not read
    assert [(v, a) for v, a, w in mandated(rows, "A/RES/80/9", "annex 30") if w == "them"] == [
        ("urges", "Member States"), ("urges", "multilateral organizations"), ("urges", "private sector")]


@pytest.fixture(scope="module")
def pact():
    return extract(resparse.parse(Path(__file__).parent / "fixtures" / "actors" / "A_RES_79_1.txt"))


@pytest.mark.parametrize("label,rows", [
    # "We affirm the important role of the International Telecommunication Union ... and invite it to further continue
    # its efforts"
    ("annex I 10", [("invites", "International Telecommunication Union", "it")]),
    # "We recognize the role of the Commission on Science and Technology for Development ... and request it to consider"
    ("annex I 70", [("requests", "Commission on Science and Technology for Development", "it")]),
    # "We recognize the responsibilities of all stakeholders in this endeavour and also call on the private sector to
    # apply the United Nations Guiding Principles on Business and Human Rights"
    ("annex I 22", [("calls upon", "private sector", "the private sector")]),
    # a bare imperative opening names the antecedents: "Note the work of the international financial institutions,
    # international organizations and multilateral development banks to consider structural vulnerability and invite
    # them to consider using the multidimensional vulnerability index"
    ("adopted 77 (f)", [("invites", "international financial institutions", "them"),
                        ("invites", "international organizations", "them"),
                        ("invites", "multilateral development banks", "them")]),
])
def test_the_pact_for_the_future_asks(pact, label, rows):
    assert [(m.verb, m.actor, m.actor_as_written) for m in pact if m.paragraph == label and m.kind == "mandate"] == rows


# ---------------------------------------------------------------- 3. gerund items


def test_a_gerund_item_under_a_declarations_first_person_chapeau(rows):
    # "We welcome the ambitious package ... under the Sevilla Commitment ..., in which we committed to ... In this
    # regard, we commit to: ... (c) Calling upon the multilateral development banks to pay greater attention to
    # financing for social development;" was nothing; the commitments around it stay none
    assert mandated(rows, "A/RES/80/5", "annex 42 (c)") == [
        ("calls upon", "multilateral development banks", "the multilateral development banks")]
    for label in ("annex 42 (a)", "annex 42 (b)", "annex 42 (d)"):
        assert mandated(rows, "A/RES/80/5", label) == []


def test_a_gerund_item_of_another_kind_of_annex_asks_nothing():
    # an annex paragraph in the third person (an instrument's own text) is not a declaration's "we"
    text = mini_resolution("Adopts the Programme of Action annexed to the present resolution.") + (
        "\nAnnex\n\nProgramme of Action\n\n1. The following actions are recommended:\n\n"
        "(a) Calling upon the multilateral development banks to pay greater attention to social development;\n")
    assert [m for m in extract(resparse.parse_text(text)) if m.kind == "mandate" and m.paragraph.startswith("annex")] == []


@pytest.mark.parametrize("text,asks", [
    ("Inviting international financial institutions and regional development banks to engage in discussions;", True),
    ("Encouraging service providers to take effective measures;", True),
    ("Encouraging research and international cooperation to understand the potential benefits;", False),
    ("Encouraging education and training opportunities for older persons to enable them to participate;", False),
    ("Encouraging volunteerism at all levels;", False),
])
def test_a_gerund_before_a_lower_case_addressee(text, asks):
    # the word after the participle opens the names of actors up to the infinitive (a LOWER_ACTOR of
    # grammar/clauses.lark), not a thing encouraged (A/RES/78/265, para. 6 (o); 80/5, annex, para. 40 (j))
    got = item_opening(text)
    assert got.shape == "gerund" and got.asks is asks


def test_a_lower_case_addressee_of_a_gerund_item_is_asked():
    # as "(a) Requesting the Peacebuilding Commission to ..." under a chapeau that asks no one (A/RES/80/11, para. 1)
    res = resparse.parse_text(mini_resolution(
        "Reaffirms the need to strengthen the advisory role of the Peacebuilding Commission by:",
        "(a) Inviting international financial institutions and regional development banks to engage in relevant "
        "country-specific discussions;"))
    assert [(m.paragraph, m.verb, m.actor) for m in extract(res) if m.kind == "mandate"] == [
        ("1 (a)", "invites", "international financial institutions"),
        ("1 (a)", "invites", "regional development banks")]


# ---------------------------------------------------------------- 4. "the United Nations Offices at Geneva and Vienna"


@pytest.mark.parametrize("phrase,names", [
    ("the United Nations Offices at Geneva and Vienna",
     ["United Nations Office at Geneva", "United Nations Office at Vienna"]),
    ("the United Nations Offices at Geneva, Vienna and Nairobi",
     ["United Nations Office at Geneva", "United Nations Office at Vienna", "United Nations Office at Nairobi"]),
    ("the United Nations Offices at Geneva and at Vienna, and the regional commissions",
     ["United Nations Office at Geneva", "United Nations Office at Vienna", "regional commissions"]),
    # the head in the singular distributes nothing; "the Presidents of the General Assembly and the Council" names the
    # Council itself where no President of it is a name of the table
    ("the United Nations Office at Geneva and Vienna", ["United Nations Office at Geneva"]),
])
def test_a_plural_head_over_coordinated_places(phrase, names):
    assert [h.name for h in scan(phrase)] == names


@pytest.mark.parametrize("phrase,names", [
    ("the United Nations Offices at Geneva and Vienna",
     ["United Nations Office at Geneva", "United Nations Office at Vienna"]),
    ("the United Nations Offices at Geneva, Vienna and Nairobi, and Member States",
     ["United Nations Office at Geneva", "United Nations Office at Vienna", "United Nations Office at Nairobi",
      "Member States"]),
])
def test_offices_at_two_places_are_two_addressees(phrase, names):
    # was one actor, "United Nations Offices at Geneva and Vienna"
    assert [n.actor.name for n in actor_phrases(phrase, [])] == names


@pytest.mark.parametrize("symbol,label,offices", [
    ("A/RES/78/27", "11", ["United Nations Office at Geneva", "United Nations Office at Vienna"]),
    ("A/RES/78/245", "37", ["United Nations Office at Geneva", "United Nations Office at Vienna",
                            "United Nations Office at Nairobi"]),
])
def test_the_offices_mentioned(rows, symbol, label, offices):
    # "including through the United Nations Offices at Geneva and Vienna" (78/27 11), "while the United Nations Offices
    # at Geneva, Vienna and Nairobi remain responsible ..." (78/245 37): Vienna and Nairobi were not mentioned
    got = mentioned(rows, symbol, label)
    assert [a for a in got if a.startswith("United Nations Office")] == offices
