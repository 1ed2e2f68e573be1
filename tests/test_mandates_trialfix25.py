"""A subjunctive after "request" with its "that" left out (a fresh-user trial, 2026-12-03): "Take note of the
Secretary-General's efforts ... and request the Secretary-General keep Member States updated on these discussions"
(A/RES/79/1, the Pact for the Future, 78 (c)) asks the Secretary-General (was a mention only). Read as after "that"
(resparse.mandates.clauses.subjunctive) for the verbs of operative_verbs.txt [subjunctive without that]; an addressee
set off by a comma, a chapeau and a plural noun are none of it. On A/RES/79/1 (tests/fixtures) and paragraphs copied
from ../shared/corpus/texts into tests/fixtures/trialfix25/paragraphs.md."""

from pathlib import Path

import pytest

import resparse
from conftest import copied_mandates, mini_resolution
from resparse.mandates import extract
from resparse.mandates.clauses import subjunctive
from resparse.mandates.verbs import without_that

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FOLDER = FIXTURES / "trialfix25"


@pytest.fixture(scope="module")
def pact():
    return [m for m in extract(resparse.parse(FIXTURES / "A_RES_79_1.txt")) if m.kind == "mandate"]


def test_request_without_that_asks_the_subject(pact):
    (m,) = [m for m in pact if m.paragraph == "adopted 78 (c)"]
    assert (m.verb, m.actor, m.action) == ("requests", "Secretary-General", "keep Member States updated on these discussions")


def test_a_name_after_the_verb_is_its_object_not_the_subject():
    # the same subject and verb after "that" (79/1 78 (b)): the subject is the Secretary-General, not "the
    # Secretary-General update Member States"
    assert subjunctive("the Secretary-General update Member States on progress") == [
        ("the Secretary-General", None, "update Member States on progress")]
    assert subjunctive("the Secretary-General keep Member States updated") == [
        ("the Secretary-General", None, "keep Member States updated")]


def test_the_verbs_that_may_leave_that_out():
    assert {"requests", "recommends", "demands", "urges"} <= without_that()
    assert "invites" not in without_that() and "encourages" not in without_that()


@pytest.mark.parametrize("symbol, label", [("A/RES/80/12", "7"), ("A/RES/79/295", "3")])
def test_an_addressee_set_off_by_a_comma_is_no_subject(symbol, label):
    # "Requests the Secretary-General, within available resources:" is a chapeau: no action "within ..."
    assert not [m for m in copied_mandates(FOLDER, symbol, label) if (m.action or "").startswith("within")]


def test_a_plural_noun_is_no_verb():
    # 78/152 56: "requests the relevant United Nations entities and United Nations country teams, and urges other
    # relevant stakeholders, to continue to integrate ...": the country teams asked to continue, not to "teams"
    ms = copied_mandates(FOLDER, "A/RES/78/152", "56")
    teams = [m for m in ms if m.actor == "United Nations country teams"]
    assert teams and all(m.action.startswith("to continue") for m in teams)
    assert not [m for m in ms if m.action == "teams"]


def test_invite_without_that_stays_as_it_was():
    ms = extract(resparse.parse_text(mini_resolution("Invites the Secretary-General keep Member States informed.")))
    assert not [m for m in ms if m.kind == "mandate" and m.action and m.action.startswith("keep")]
