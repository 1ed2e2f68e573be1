"""The clause grammar (grammar/clauses.lark) and the passes over its tree, on clauses taken from real resolutions."""

import pytest

from resparse.mandates.addressees import actor_phrases, read_clause
from resparse.mandates.clauses import clauses, infinitive
from resparse.model import Paragraph, Span
from resparse.phrases import opening_phrase


def names(text, previous=()):
    return [(n.written, n.via) for n in actor_phrases(text, list(previous))]


def para(text, annex=None):
    return Paragraph(id="x", label="1", kind="annex" if annex else "operative", number="1", text=text,
                     span=Span(1, 1, 1, 1), opening=None if annex else opening_phrase(text), annex=annex)


def test_including_list_is_via_the_group():
    # 78/319 paragraph 7
    got = names("the United Nations system, including funds, programmes, specialized agencies and regional commissions, ")
    assert got == [("the United Nations system", None), ("funds", "the United Nations system"),
                   ("programmes", "the United Nations system"), ("specialized agencies", "the United Nations system"),
                   ("regional commissions", "the United Nations system")]


def test_comma_and_closes_the_nested_list():
    # 78/101 paragraph 12
    got = names("all States, in particular the administering Powers, as well as the specialized agencies and other "
                "organizations of the United Nations system, ")
    assert got == [("all States", None), ("the administering Powers", "all States"), ("the specialized agencies", None),
                   ("other organizations of the United Nations system", None)]


def test_those_established_by_treaty_are_members_of_the_group():
    # "those" and a qualifier name members of the group before them, by its actor (tests/labels/mandates_fresh and
    # mandates_fresh5: "all other Member States, in particular those in arrears" -> "Member States" via, A/RES/78/301
    # and 79/302, para. 2); was no actor
    assert names("all other international organizations, including those established by treaty, ") == [
        ("all other international organizations", None),
        ("those established by treaty", "all other international organizations")]


def test_parenthesis_is_no_addressee():
    assert names("the Secretary-General, in close consultation with the International Organization for Migration "
                 "and others, ") == [("the Secretary-General", None)]
    assert names("all States, directly and through their action in the specialized agencies, ") == [("all States", None)]


def test_adjectives_share_their_head_and_names_keep_their_and():
    got = names("the Global Forum on Migration and Development, regional consultative processes and other global, "
                "regional and subregional forums")
    assert [w for w, _ in got] == ["the Global Forum on Migration and Development", "regional consultative processes",
                                   "other global forums", "regional forums", "subregional forums"]
    assert names("the United Nations Relief and Works Agency for Palestine Refugees in the Near East") == [
        ("the United Nations Relief and Works Agency for Palestine Refugees in the Near East", None)]
    # capitalised words coordinated before a head are one name
    assert names("the International, Impartial and Independent Mechanism") == [
        ("the International, Impartial and Independent Mechanism", None)]


def test_relative_clause_keeps_its_and():
    # 78/184 paragraph 5
    got = names("States that are parties to the 1951 Convention relating to the Status of Refugees and the 1967 "
                "Protocol thereto ")
    assert len(got) == 1 and got[0][0].startswith("States that are parties")


def test_pronoun_binds_the_whole_antecedent_list():
    previous = actor_phrases("Member States and international organizations", [])
    assert [n.actor.name for n in actor_phrases("them", previous)] == ["Member States", "international organizations"]


def test_a_thing_as_object_addresses_nobody():
    assert names("the formation of partnerships that bring together Governments, ") == []


def test_reading_a_clause_gives_subject_adverbs_and_action():
    body = "the Secretary-General, drawing on the network, to report to the General Assembly on a biennial basis"
    r = read_clause("We also request", body, infinitive(body))
    assert (r.subject, r.adverbs) == ("We", ["also"])
    assert body[r.action:].startswith("to report")
    r = read_clause("Demands", "that the United Kingdom withdraw its administration", None)
    assert r.that == 4


@pytest.mark.parametrize("text, annex, expected", [
    ("Considering that most migration takes place within regions, we invite relevant processes to review it.",
     "annex", ["invites"]),
    ("Proclaim a decade of peace and call upon all Member States to support it;", "annex", ["calls upon"]),
    ("Collect data on demand for and availability of skills;", "annex", []),
    ("Reiterates its request to the Secretary-General to submit a report;", None, ["requests"]),
    ("Takes note of the report, and renews its call upon States to ratify the Convention;", None, ["calls upon"]),
])
def test_clause_cutting(text, annex, expected):
    assert [c.verb.name for c in clauses(para(text, annex)) if c.verb] == expected


def test_a_title_keeps_its_coordinated_complement():
    # 78/187 66 (f): "To request the Special Rapporteur on the sale, sexual exploitation and sexual abuse of children"
    assert names("the Special Rapporteur on the sale, sexual exploitation and sexual abuse of children") == [
        ("the Special Rapporteur on the sale, sexual exploitation and sexual abuse of children", None)]


@pytest.mark.parametrize("text, expected", [
    # 78/184 54, 78/40 2, 79/171 12, 80/181 17, 80/75 4: parentheses anywhere in the list, also inside it
    ("Member States, in cooperation with the Office of the High Commissioner, and with the support of other "
     "stakeholders, ", ["Member States"]),
    ("the nuclear-weapon States, pending the total elimination of nuclear weapons, ", ["the nuclear-weapon States"]),
    ("all States and, if appropriate, relevant international organizations ",
     ["all States", "relevant international organizations"]),
    ("Member States, recognizing that all legal barriers have to be removed, ", ["Member States"]),
    ("the Committee, over its coming sessions, ", ["the Committee"]),
    # adjectives that complete a complement are not addressees ("... at the local, national ... levels")
    ("Member States and other actors at the local, national, regional and international levels",
     ["Member States", "other actors at the local, national, regional and international levels"]),
    # 78/73 43, 79/228 7: the efforts or the role of an actor are not the actor
    ("the Agency’s efforts", []),
    ("the vital role played by Governments in promoting responsible business practices", []),
])
def test_parentheses_and_roles(text, expected):
    assert [w for w, _ in names(text)] == expected


def test_subject_of_a_passive_operative_verb():
    from resparse.mandates.clauses import addressed_subjects

    # 79/233 annex 333
    text = ("We call upon landlocked developing countries to mainstream the Programme of Action. Landlocked developing "
            "countries and transit developing countries are encouraged to establish national coordination mechanisms, "
            "where appropriate.")
    ((subject, verb, action, _, written),) = addressed_subjects(text)
    assert written == "are encouraged"
    assert (subject, verb.name) == ("Landlocked developing countries and transit developing countries", "encourages")
    assert action.startswith("to establish national coordination mechanisms")
    assert addressed_subjects("Requests the Secretary-General, who is requested to act, to report.") == []
