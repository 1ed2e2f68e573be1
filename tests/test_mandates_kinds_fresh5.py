"""Mandate kinds the seventh labelled sample (tests/labels/mandates_fresh5) missed or named wrong, each tested on real
paragraphs (whole resolutions copied from ../shared/corpus/texts into tests/fixtures/kinds7/, and A/RES/78/256 of
tests/fixtures/binding/): "Resolves that:" is the Assembly's `decides`; "resolves to ..." a resolve of its own, no
mandate; "those in arrears" after "in particular" the members of the group before; ", and, where applicable, other
stakeholders" after a parenthesis an addressee; "until it considers the final performance report" a deadline."""

from pathlib import Path

import pytest

import resparse
from conftest import mandated, mandates_by_symbol
from resparse.mandates import extract
from resparse.mandates.addressees import actor_phrases
from resparse.mandates import deadlines

FIXTURES = Path(__file__).parent / "fixtures"
KINDS = FIXTURES / "kinds7"


@pytest.fixture(scope="module")
def rows():
    return mandates_by_symbol(KINDS)


# ---------------------------------------------------------------- 1. "Resolves that" decides


def test_resolves_that_is_the_assemblys_decision():
    # A/RES/78/256 (Working Capital Fund for 2024) opens "Resolves that:", then "3. There shall be set off against
    # this allocation of advances:" (tests/labels/mandates_fresh5: `decides`, the General Assembly; was `resolves`)
    # and "2. Member States shall make advances ..." (the same verb for the bound subject)
    rows = {"A/RES/78/256": extract(resparse.parse(FIXTURES / "binding" / "A_RES_78_256.txt"))}
    assert mandated(rows, "A/RES/78/256", "3") == [("decides", "General Assembly", "(the General Assembly itself)")]
    assert mandated(rows, "A/RES/78/256", "2") == [("decides", "Member States", "Member States")]
    # the words as written stay
    assert {m.verb_as_written for m in rows["A/RES/78/256"] if m.paragraph in ("1", "2", "3", "4")} == {"Resolves"}


# ---------------------------------------------------------------- 2. "resolves to" is a resolve, no mandate


def test_resolves_to_is_a_commitment_of_the_assembly(rows):
    # A/RES/78/137 31: "Reiterates that debtors and creditors must work together ..., and resolves to work towards a
    # global consensus on guidelines for debtor and creditor responsibilities ..." (tests/labels/mandates_fresh5: the
    # Assembly's commitment, no mandate; was the Assembly's `resolves`)
    assert mandated(rows, "A/RES/78/137", "31") == []
    # A/RES/78/265 1 and 2: "Resolves to bridge the artificial intelligence and other digital divides ...",
    # "Resolves to promote safe, secure and trustworthy artificial intelligence systems ..." likewise
    assert mandated(rows, "A/RES/78/265", "1") == mandated(rows, "A/RES/78/265", "2") == []
    # the paragraphs after them keep their mandates ("3. Encourages Member States and invites ...")
    assert ("encourages", "Member States", "Member States") in mandated(rows, "A/RES/78/265", "3")
    # A/RES/80/222 37: "Decides to continue its examination of the situation of human rights in the Islamic Republic
    # of Iran at its eighty-first session ..." (tests/labels/mandates_sample: `decides`, the General Assembly)
    iran = {"A/RES/80/222": extract(resparse.parse(FIXTURES / "A_RES_80_222.txt"))}
    assert mandated(iran, "A/RES/80/222", "37") == [("decides", "General Assembly", "(the General Assembly itself)")]


# ---------------------------------------------------------------- 3. "in particular those in arrears"


def test_those_with_a_qualifier_are_members_of_the_group_before(rows):
    # A/RES/79/302 2: "... and urges all other Member States, in particular those in arrears, to ensure payment of
    # their outstanding assessed contributions" (tests/labels/mandates_fresh5: "other Member States" direct, "Member
    # States" via; was the first only)
    ms = [m for m in rows["A/RES/79/302"] if m.paragraph == "2" and m.kind == "mandate"]
    assert [(m.verb, m.actor, m.actor_as_written, m.via) for m in ms] == [
        ("urges", "Member States", "all other Member States", None),
        ("urges", "Member States", "those in arrears", "all other Member States")]
    assert ms[0].action == ms[1].action


def test_those_and_a_noun_names_its_own_actor():
    # "those States that ..." names States by its own noun, as before; a group that names no actor gives no member
    found = actor_phrases("all States, in particular those States that have not yet done so", [])
    assert [(n.actor.name, n.via) for n in found] == [("States", None), ("States", "all States")]
    assert [n.written for n in actor_phrases("the Secretary-General, in particular those in arrears", [])] == [
        "the Secretary-General", "those in arrears"]
    assert actor_phrases("the efforts, in particular those in arrears", []) == []
    # its qualifier goes on over "and" where no actor follows: "Invites Member States, in particular those producing
    # and distributing radioactive sources, to support ..." (A/RES/79/55 7: was an actor "distributing radioactive
    # sources")
    found = actor_phrases("Member States, in particular those producing and distributing radioactive sources", [])
    assert [(n.written, n.actor.name, n.via) for n in found] == [
        ("Member States", "Member States", None),
        ("those producing and distributing radioactive sources", "Member States", "Member States")]
    # but not over adjectives that share the head of an actor after them (A/RES/78/210 36), and a comma
    # coordination closes it (A/RES/79/8 22)
    found = actor_phrases("relevant United Nations bodies and entities, in particular those participating in the "
                          "United Nations Global Counter-Terrorism Coordination Compact and international, regional "
                          "and subregional organizations, which provide technical assistance upon request", [])
    assert [n.actor.name for n in found][-3:] == [
        "international organizations", "regional organizations", "subregional organizations"]
    found = actor_phrases("Member States, in particular those committed to promoting sport as a tool for development "
                          "and peace, and other stakeholders", [])
    assert [n.written for n in found] == [
        "Member States", "those committed to promoting sport as a tool for development and peace", "other stakeholders"]


# ---------------------------------------------------------------- 4. ", and, where applicable, other stakeholders"


def test_and_before_a_parenthesis_takes_the_list_up_again(rows):
    # A/RES/78/265 6: "Encourages all Member States, where appropriate, in line with their national priorities and
    # circumstances and while implementing their distinct national regulatory and governance approaches and
    # frameworks, and, where applicable, other stakeholders to promote ... by: ... (o) Encouraging research ..."
    # (tests/labels/mandates_fresh5 on 6 (o): both actors; "other stakeholders" was lost in the chapeau itself)
    # (the chapeau "... by:" itself carries none: its items do, tests/labels/GUIDELINE.md, the thirteenth sample, n 58)
    assert mandated(rows, "A/RES/78/265", "6") == []
    for label in ("6 (a)", "6 (o)"):
        assert mandated(rows, "A/RES/78/265", label) == [
            ("encourages", "Member States", "all Member States"),
            ("encourages", "stakeholders", "other stakeholders")], label


# ---------------------------------------------------------------- 5. "until it considers ..."


def test_until_the_assembly_considers_is_a_deadline(rows):
    # A/RES/79/306 7: "... and decides to defer action thereon until it considers the final performance report of the
    # Mission" (tests/labels/mandates_fresh5: that until-phrase is the deadline; was none)
    (m,) = [m for m in rows["A/RES/79/306"] if m.paragraph == "7" and m.kind == "mandate"]
    assert (m.verb, m.actor) == ("decides", "General Assembly")
    assert [(d.text, d.type) for d in m.deadlines] == [
        ("until it considers the final performance report of the Mission", "relative")]
    # how long a thing lasts is no time the action is due: "until it is resolved in all its aspects" (A/RES/78/85),
    # "until such time as its people have exercised their right to self-determination" (A/RES/78/86)
    assert deadlines.find("to continue until it is resolved in all its aspects in accordance with international "
                          "law") == []
    assert deadlines.find("until such time as its people have exercised their right to self-determination") == []


def test_have_yet_to_is_the_addressees_relative_clause(rows):
    # A/RES/79/41 7: "Urges all States that have yet to sign and/or ratify the Comprehensive Nuclear-Test-Ban Treaty to
    # do so in all expediency" (the action was "to sign and/or ratify ... to do so", the addressee "all States that
    # have yet"); 3: "and calls upon nuclear-weapon States, especially those that have yet to do so, to engage with
    # non-nuclear-weapon States ..." (the action was "to do so, to engage ...")
    (m,) = [m for m in rows["A/RES/79/41"] if m.paragraph == "7" and m.kind == "mandate"
            and m.verb_as_written == "Urges"]
    assert m.actor_as_written == ("all States that have yet to sign and/or ratify the Comprehensive Nuclear-Test-Ban "
                                  "Treaty")
    assert m.action.startswith("to do so in all expediency")
    called = [m for m in rows["A/RES/79/41"] if m.paragraph == "3" and m.kind == "mandate"
              and m.verb_as_written == "and calls upon"]
    assert [(m.actor, m.actor_as_written, m.via) for m in called] == [
        ("nuclear-weapon States", "nuclear-weapon States", None),
        ("nuclear-weapon States", "those that have yet to do so", "nuclear-weapon States")]
    assert all(m.action.startswith("to engage with non-nuclear-weapon States") for m in called)
