"""What a delegate asks of the mandates: "what is asked of the regional commissions / of UNCTAD?" — the kinds a
fresh-user trial found, each tested on real paragraphs (whole resolutions copied from ../shared/corpus/texts into
tests/fixtures/query/): a query for a group finds its members' mandates ("group member"), a query for a body finds
its secretariat and officers ("part"); partners named after "and in consultation with" are no addressees; "proposes
that" and "recommends that" with a parenthesis or a list before the verb; a letter-spaced verb; "the Division" and a
lower-case "the secretariat" of a body named before; a complement shared by a comma list."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import mandated, mandates_by_symbol
from resparse.mandates import lookup

QUERY = Path(__file__).parent / "fixtures" / "query"


@pytest.fixture(scope="module")
def rows():
    return mandates_by_symbol(QUERY)


def _run(*args):
    return subprocess.run([sys.executable, "-m", "resparse", "mandates", *map(str, args)], capture_output=True,
                          text=True, timeout=300)


# ---------------------------------------------------------------- 1. a group's members


def test_a_query_for_a_group_finds_the_mandates_of_its_members(rows):
    # A/RES/79/330 32 "Invites the Economic Commission for Europe to cooperate ..." and 41 "urges the relevant United
    # Nations institutions and agencies, including ... the Economic and Social Commission for Asia and the Pacific":
    # both members of the regional commissions ([groups]); the query for the group found neither
    found = [(x.mandate.paragraph, x.mandate.actor, x.relation, x.under)
             for x in lookup(rows["A/RES/79/330"], actor="regional commissions") if x.mandate.kind == "mandate"]
    assert ("32", "Economic Commission for Europe", "group member", "regional commissions") in found
    assert ("41", "Economic and Social Commission for Asia and the Pacific", "group member",
            "regional commissions") in found
    # the other direction is as before: the member's query finds the rows addressed to the group, as "group"
    assert all(x.relation == "direct" for x in lookup(rows["A/RES/79/330"], actor="ECE")
               if x.mandate.kind == "mandate")


def test_every_group_of_the_table_finds_its_members(rows):
    # A/RES/79/11 3 "Invites the specialized agencies, components, organizations, programmes and funds of the United
    # Nations system to cooperate ...": the specialized agencies are a member of the United Nations system
    found = {(x.mandate.actor, x.relation) for x in lookup(rows["A/RES/79/11"], actor="United Nations system")
             if x.mandate.paragraph == "3" and x.mandate.kind == "mandate"}
    assert ("specialized agencies", "group member") in found
    # A/RES/78/133 4 consults the International Labour Organization, a specialized agency: a mention under the group
    # (and the United Nations system, the group the specialized agencies belong to, as "group")
    mentions = [x for x in lookup(rows["A/RES/78/133"], actor="specialized agencies") if x.mandate.paragraph == "4"]
    assert [(x.mandate.actor, x.relation) for x in mentions if x.relation != "group"] == [
        ("United Nations Educational, Scientific and Cultural Organization", "group member"),
        ("International Labour Organization", "group member")]


def test_the_group_query_on_the_command_line_says_which_member():
    p = _run(QUERY / "A_RES_79_330.txt", "--actor", "regional commissions")
    assert p.returncode == 0, p.stderr
    assert "32  invites Economic Commission for Europe  (a member of the regional commissions)" in p.stdout
    p = _run(QUERY / "A_RES_79_330.txt", "--actor", "regional commissions", "--json")
    assert p.returncode == 0, p.stderr
    rows = [r for r in json.loads(p.stdout) if r["kind"] == "mandate"]
    assert {(r["paragraph"], r["actor"], r["relation"], r["under"]) for r in rows} >= {
        ("32", "Economic Commission for Europe", "group member", "regional commissions"),
        ("41", "Economic and Social Commission for Asia and the Pacific", "group member", "regional commissions")}
    # the README's first example on the bundled A/RES/71/280 keeps its answer: 22 (a) requests the commissions and
    # invites their subregional offices (a part), 12 mentions them
    p = _run("--actor", "regional commissions", "--json")
    assert p.returncode == 0, p.stderr
    assert [(r["paragraph"], r["kind"], r["verb"], r["relation"]) for r in json.loads(p.stdout)] == [
        ("22 (a)", "mandate", "requests", "direct"), ("22 (a)", "mandate", "invites", "part"),
        ("12", "mention", "requests", "direct")]


# ---------------------------------------------------------------- 2. partners; the secretariat of a body


def test_partners_after_and_in_consultation_with_are_no_addressees(rows):
    # A/RES/78/133 4 "Requests the secretariat of UNCTAD, and in consultation with UNESCO, the International Labour
    # Organization and relevant entities of the United Nations system, to inform the General Assembly at its
    # eighty-first session ...": one mandate and one report; the ILO and the system were asked too
    assert mandated(rows, "A/RES/78/133", "4") == [
        ("requests", "secretariat of the United Nations Conference on Trade and Development",
         "the secretariat of the United Nations Conference on Trade and Development")]
    mentioned = {m.actor for m in rows["A/RES/78/133"] if m.paragraph == "4" and m.kind == "mention"}
    assert {"International Labour Organization", "United Nations system",
            "United Nations Educational, Scientific and Cultural Organization"} <= mentioned


def test_a_query_for_a_body_finds_its_secretariat(rows):
    found = [(x.mandate.paragraph, x.relation, x.under) for x in lookup(rows["A/RES/78/133"], actor="UNCTAD")
             if x.mandate.kind == "mandate"]
    assert ("4", "part", "United Nations Conference on Trade and Development") in found
    p = _run(QUERY / "A_RES_78_133.txt", "--actor", "UNCTAD")
    assert ("4  requests secretariat of the United Nations Conference on Trade and Development  (part of the United "
            "Nations Conference on Trade and Development)") in p.stdout


# ---------------------------------------------------------------- 3. verbs of a "that"-clause; a letter-spaced verb


def test_proposes_that_and_recommends_that_bind_their_subject(rows):
    # A/RES/79/332 2 "..., and proposes that the Secretary-General, for this purpose, continue to hold regular
    # consultations ...", 3 "Proposes that the specialized agencies, organizations, programmes and funds of the United
    # Nations system cooperate ..., and in this regard recommends that the heads of such entities continue
    # consultations ...": no mandate was found
    two = [m for m in rows["A/RES/79/332"] if m.paragraph == "2" and m.kind == "mandate"]
    assert [(m.verb, m.verb_as_written, m.actor) for m in two] == [("recommends", "and proposes", "Secretary-General")]
    assert two[0].action.startswith("continue to hold regular consultations")
    three = mandated(rows, "A/RES/79/332", "3")
    # the complement goes on every head of the list, the table's "specialized agencies" too (tests/labels/
    # mandates_fresh7, units 41 and 55)
    assert ("recommends", "specialized agencies", "the specialized agencies of the United Nations system") in three
    # "such entities" refers back to the entities named before (the twenty-fifth session, mfix5)
    assert ("recommends", "heads of the specialized agencies of the United Nations system",
            "the heads of such entities") in three


def test_a_letter_spaced_verb_is_read(rows):
    # A/RES/79/172 45 "I n v i t e s relevant special procedure mandate holders of the Human Rights Council, as well
    # as relevant treaty bodies, to give special attention ..." (the PDF's text spaces the verb's letters)
    assert [(v, a) for v, a, _ in mandated(rows, "A/RES/79/172", "45")] == [
        ("invites", "special procedure mandate holders of the Human Rights Council"), ("invites", "treaty bodies")]


# ---------------------------------------------------------------- 4. actors named before; a shared complement


def test_the_division_is_the_division_named_before(rows):
    # A/RES/79/330 42 "... between the Economic Cooperation Organization and the Statistics Division of the Department
    # of Economic and Social Affairs of the Secretariat in this regard, and encourages the Division to consider ..."
    assert mandated(rows, "A/RES/79/330", "42") == [
        ("encourages", "Statistics Division of the Department of Economic and Social Affairs of the Secretariat",
         "the Division")]


def test_a_lower_case_secretariat_is_the_secretariat_of_the_body_named_before(rows):
    # A/RES/78/71 13 "Requests the secretariat to monitor ..." and 14 "Invites the Scientific Committee ..., and
    # requests the secretariat to continue ...": the Scientific Committee's, not the Secretariat of the United Nations
    # (the Scientific Committee by the full name the resolution gives it before: tests/test_mandates_short_names.py)
    for label in ("13", "14"):
        assert ("requests", "secretariat of the United Nations Scientific Committee on the Effects of Atomic Radiation",
                "the secretariat") in mandated(rows, "A/RES/78/71", label)
    assert not any(m.actor == "Secretariat" for m in rows["A/RES/78/71"])
    for query in ("United Nations Scientific Committee on the Effects of Atomic Radiation", "Scientific Committee"):
        # asked by its full name or by the short name the resolution uses: the same secretariat rows
        found = [x.mandate.paragraph for x in lookup(rows["A/RES/78/71"], actor=query) if x.relation == "part"]
        assert sorted(found) == ["13", "14"], query


def test_a_short_name_query_finds_the_full_name_the_resolution_gives(rows):
    # A/RES/78/71 names "the United Nations Scientific Committee on the Effects of Atomic Radiation" once, then "the
    # Scientific Committee" / "the Committee": asked for "Scientific Committee", a delegate gets the requests of 10
    # and the invitations of 14 and 15 (keyed by the full name), not only paragraph 7's
    direct = {(x.mandate.paragraph, x.mandate.verb) for x in lookup(rows["A/RES/78/71"], actor="Scientific Committee")
              if x.mandate.kind == "mandate" and x.relation == "direct"}
    assert {("7", "requests"), ("10", "requests"), ("14", "invites"), ("15", "invites")} <= direct


def test_a_complement_is_shared_along_a_comma_list(rows):
    # A/RES/79/11 3 "the specialized agencies, components, organizations, programmes and funds of the United Nations
    # system": "components" was an actor of its own
    found = [a for _, a, _ in mandated(rows, "A/RES/79/11", "3")]
    assert "components" not in found and "components of the United Nations system" in found
