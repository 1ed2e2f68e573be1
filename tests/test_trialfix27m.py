"""Actor findings of a new-user trial (2026-12-04: a delegate tracking what the Assembly asked of named entities), on
real resolutions copied from ../shared/corpus/texts into tests/fixtures/trialfix27m/ (and the special procedures'
fixtures of tests/fixtures/special_procedures/):

1. "the Committee", "the Subcommittee", "the Special Rapporteur" of A/RES/80/198, 42-54, named only in passing after
   their full names (35, 41, 42), were no mentions of anyone: a short name is the body of that head named last before
   it (its paragraph, the paragraph before, else the rule of short names); "the Organization" is the United Nations;
   "the Office of the High Commissioner" the Office, never the High Commissioner;
2. ``--actor "Human Rights Council"`` counted its Special Rapporteurs and Independent Experts as its own: they are
   mandate-holders it appoints, counted on a line of their own;
3. ``--actor "States parties"`` named one treaty's parties in its head: the names it matched are listed;
4. "UN Environment", "UN Environment Programme", "Environment Programme" and "UNEP" are one actor with the same rows;
   no suggestion shorter than the query ("men");
5. ``passive`` marks the agent of a passive ("by X"), not the subject of "are invited to" (A/RES/80/5, annex, 43 (d)).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import resparse
from resparse.mandates import extract, nearest_actors, select

ROOT = Path(__file__).parent
FIXTURES = ROOT / "fixtures" / "trialfix27m"
PROCEDURES = ROOT / "fixtures" / "special_procedures"
SR_TORTURE = "Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment"
CAT = "Committee against Torture"
SPT = "Subcommittee on Prevention of Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"


def _run(*args):
    return subprocess.run([sys.executable, "-m", "resparse", "mandates", *map(str, args)], capture_output=True,
                          text=True, timeout=300)


@pytest.fixture(scope="module")
def torture():
    return extract(resparse.parse(FIXTURES / "A_RES_80_198.txt"))


def _mentioned(rows, actor):
    return {m.paragraph for m in rows if m.kind == "mention" and m.actor == actor}


def _named(rows, actor):
    """The paragraphs that name ``actor``, mentioned or mandated."""
    return {m.paragraph for m in rows if m.kind in ("mention", "mandate") and m.actor == actor}


def test_short_names_of_bodies_named_in_full_before_are_their_mentions(torture):
    # 45 "including the Committee, the Subcommittee, national preventive mechanisms and the Special Rapporteur", 47
    # "Calls upon all States to cooperate with and assist the Special Rapporteur", 54 "the report of the Committee,
    # the report of the Subcommittee and the report of the Special Rapporteur"
    assert {"35", "45", "46", "47", "48", "49", "54"} <= _mentioned(torture, SR_TORTURE)
    # 42 "recommends that their reports continue to include information": since the twenty-eighth session (branch
    # mfix8) a mandate of the Committee and of the Subcommittee, "their" read as the two named by short name before
    assert {"41", "42", "43", "44", "45", "48", "49", "54"} <= _named(torture, CAT)
    assert {"42", "43", "44", "45", "48", "49", "50", "54"} <= _named(torture, SPT)
    assert "42" not in _mentioned(torture, CAT) | _mentioned(torture, SPT)
    # the Subcommittee is not the Committee: "the Subcommittee" alone in 50 mentions no Committee
    assert "50" not in _named(torture, CAT)


def test_an_actor_query_finds_the_mentions_by_short_name():
    p = _run(FIXTURES / "A_RES_80_198.txt", "--actor", "Special Rapporteur on torture")
    assert p.returncode == 0
    assert "its own: 0 mandates, 7 mentions" in p.stdout.splitlines()[0]


def test_the_council_of_an_item_is_the_one_its_paragraph_names():
    # A/RES/80/11 3 "... between the Peacebuilding Commission and the Economic and Social Council, ..., taking into
    # account the oversight role of the Council for operational activities": the Economic and Social Council
    rows = extract(resparse.parse(FIXTURES / "A_RES_80_11.txt"))
    councils = {m.actor for m in rows if m.paragraph == "3" and m.kind == "mention" and "Council" in m.actor}
    assert councils == {"Economic and Social Council"}


def test_the_organization_is_no_body_named_before():
    # A/RES/78/319 14 "a core and fundamental value of the Organization": the United Nations, no specialized agency
    rows = extract(resparse.parse(FIXTURES / "A_RES_78_319.txt"))
    assert not [m for m in rows if m.kind == "mention" and m.actor_as_written == "Organization"]


def test_the_office_of_the_high_commissioner_is_the_office():
    # A/RES/78/208 19 "... and the Office of the High Commissioner to ensure coordination ..."
    rows = extract(resparse.parse(FIXTURES / "A_RES_78_208.txt"))
    in_19 = {(m.actor, m.actor_as_written) for m in rows if m.paragraph == "19" and m.kind == "mention"}
    assert ("Office of the United Nations High Commissioner for Human Rights",
            "Office of the High Commissioner") in in_19
    assert not [a for a, written in in_19 if written == "High Commissioner"]


def test_special_procedures_are_not_the_councils_own():
    p = _run(*sorted(PROCEDURES.glob("*.txt")), "--actor", "Human Rights Council")
    assert p.returncode == 0
    head, line = p.stdout.splitlines()[:2]
    matches = select([m for f in sorted(PROCEDURES.glob("*.txt")) for m in extract(resparse.parse(f))],
                     actor="Human Rights Council")
    own = [x for x in matches if x.relation not in ("group", "appointed")]
    held = [x for x in matches if x.relation == "appointed"]
    assert held and not [x for x in own if x.mandate.actor.startswith(("Special Rapporteur", "Independent Expert"))]
    assert line.startswith("  also the mandate-holders it appoints (special procedures, not the Human Rights Council "
                           "itself): ")
    assert f"{sum(x.mandate.kind == 'mandate' for x in held)} mandates" in line
    # and the Special Rapporteur's answer no longer counts the Council's rows as "the Human Rights Council as a whole"
    p = _run(PROCEDURES / "A_RES_80_210.txt", "--actor", "Special Rapporteur on the right to food")
    assert p.returncode == 0 and "Human Rights Council as a whole" not in p.stdout


def test_a_query_that_finds_several_names_lists_them():
    p = _run(FIXTURES / "A_RES_80_198.txt", "--actor", "States parties")
    assert p.returncode == 0
    head, names = p.stdout.splitlines()[:2]
    assert head.startswith('A/RES/80/198: "States parties" — its own:')  # no one treaty's parties in brackets
    assert names.startswith("  as: ") and "States Parties to the Optional Protocol" in names and \
        "States Parties to the Convention" in names


@pytest.fixture(scope="module")
def environment():
    return extract(resparse.parse(FIXTURES / "A_RES_78_269.txt"))


@pytest.mark.parametrize("query", ["UN Environment", "UN Environment Programme", "Environment Programme"])
def test_every_name_of_unep_gives_the_same_rows(environment, query):
    def rows(q):
        return [(x.mandate.paragraph, x.mandate.kind, x.mandate.actor, x.relation) for x in select(environment, actor=q)]
    assert rows(query) == rows("UNEP")
    # 13: the Executive Director of UNEP, a part, found by every name
    assert [r for r in rows(query) if r[0] == "13" and r[1] == "mandate" and r[3] == "part"]


def test_no_suggestion_shorter_than_the_query():
    assert "men" not in nearest_actors("UN Environmnt", ["men", "women", "United Nations Environment Programme"])
    assert nearest_actors("Secretary Generl", ["Secretary-General", "men"]) == ["Secretary-General"]


def test_passive_marks_the_agent_of_a_passive_not_the_subject_of_are_invited():
    rows = extract(resparse.parse(FIXTURES / "A_RES_80_5.txt"))
    invited = [m for m in rows if m.paragraph == "annex 43 (d)" and m.kind == "mandate" and m.verb_as_written ==
               "are invited"]
    assert [(m.verb, m.actor, m.passive) for m in invited] == [("invites", "regional commissions", False)]
    # A/RES/71/280 13 "... to be decided by Member States by January 2018": the agent, passive
    agents = [m for m in extract(resparse.parse(ROOT.parent / "texts" / "A_RES_71_280.txt"))
              if m.paragraph == "13" and m.passive]
    assert [m.actor for m in agents] == ["Member States"]
