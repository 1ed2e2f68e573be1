"""Wrong rows found by an audit of 120 random corpus mandate/report rows and by a new-user trial, each fixed as a kind
(tests/labels/GUIDELINE.md, the twenty-seventh session's decisions), read on the real paragraphs: whole resolutions
copied into tests/fixtures/trialfix27p/, single paragraphs in its paragraphs.md; A/RES/79/233 from the corpus (skipped
without ../shared)."""

import csv
import io
import json
from pathlib import Path

import pytest

import resparse
from conftest import copied_mandates, mandates_by_symbol, paragraph_deadline_texts, paragraph_reports
from resparse.mandates import extract
from resparse.mandates.actors import as_numbered, table
from resparse.mandates.reports import reports_of
from resparse.render.mandates import csv_text, reports as reports_text

FIXTURES = Path(__file__).parent / "fixtures" / "trialfix27p"


@pytest.fixture(scope="module")
def rows():
    return mandates_by_symbol(FIXTURES)


def _mandates(rows, symbol, label):
    return [m for m in rows[symbol] if m.paragraph == label and m.kind == "mandate"]


# ---------------------------------------------------------------- 1. a report of a body the actor is asked to ask


def test_the_report_of_a_body_the_actor_is_asked_to_request_is_that_bodys(rows):
    # A/RES/79/245 8 and 15: "requests the Advisory Committee to request the Board of Auditors to keep matters ...
    # under review and report thereon in its future reports": the Committee's request stays its mandate, with no report
    # and no deadline (the Board's reporting "in its future reports"); the Board is no actor (a lead's decision)
    for label in ("8", "15"):
        (committee,) = [m for m in _mandates(rows, "A/RES/79/245", label) if m.actor.startswith("Advisory Committee")]
        assert committee.verb == "requests" and committee.action.startswith("to request the Board of Auditors")
        assert committee.reports == [] and committee.deadlines == [], label
        assert not [m for m in _mandates(rows, "A/RES/79/245", label) if m.actor == "Board of Auditors"]
    # 15's invitation of the Secretary-General "to report thereon to the General Assembly" is his own report still
    assert ("invites", "General Assembly", None, None) in paragraph_reports(rows, "A/RES/79/245", "15")
    # A/RES/78/257 22: "requests the Advisory Committee to invite the Board of Auditors to conduct an audit ..., and to
    # report thereon at its eighty-second session": the Board's report and time
    assert paragraph_reports(rows, "A/RES/78/257", "22") == []
    assert paragraph_deadline_texts(rows, "A/RES/78/257", "22") == []


def test_a_report_the_actor_itself_is_asked_for_after_a_request_of_its_own_stays():
    # the same words with the actor's own "and to report" after its own action (no body asked between): the actor's
    action = ("to conduct an audit of the Peacebuilding Account, and to report thereon to the General Assembly at its "
              "eighty-second session")
    from resparse.mandates.deadlines import find

    (r,) = reports_of(action, find(action, {}, "2023-12-22"), "2023-12-22")
    assert (r.to, r.when) == ("General Assembly", "at its eighty-second session")


# ---------------------------------------------------------------- 2. someone else's reporting inside the object


def test_reporting_by_a_party_named_in_the_object_is_no_report_of_the_actor():
    # A/RES/80/217 25: "Encourages States to allow journalists, including in cases they report on climate change, ...,
    # access to information": the journalists' reporting; the States are asked for none (was "not stated")
    (m,) = copied_mandates(FIXTURES, "A/RES/80/217", "25")
    assert m.actor == "States" and m.reports == []


def test_a_bare_report_after_a_subject_noun_or_pronoun_is_its_subjects():
    # the same kind written with a noun of persons or "who": no report; after "and" it is the actor's own
    assert reports_of("to protect journalists who report on corruption", []) == []
    assert reports_of("to ensure that victims report to the police without fear", []) == []
    (r,) = reports_of("to monitor the situation and report to the General Assembly", [])
    assert r.to == "General Assembly"


# ---------------------------------------------------------------- 3. where a report's receiver comes from


def test_a_receiver_no_text_names_says_it_is_the_default(rows, corpus_dir):
    # A/RES/79/233 annex 327: "We encourage the regional commissions to undertake biennial regional reviews ... and to
    # submit analytical reports on the implementation of the Programme of Action": no receiver named, the General
    # Assembly by the docs' default, said so in JSON, text and CSV
    res = resparse.parse(corpus_dir / "A_RES_79_233.txt")
    items = extract(res)
    (m,) = [m for m in items if m.paragraph == "annex 327" and m.kind == "mandate"]
    (r,) = m.reports
    assert (r.to, r.to_source, r.recurrence) == ("General Assembly", "default", None)  # "biennial" is the reviews'
    assert m.to_dict()["reports"][0]["to_source"] == "default"
    line = next(x for x in reports_text(items).splitlines() if "annex 327" in x)
    assert "regional commissions → General Assembly (default: no receiver named)" in line
    (row,) = [x for x in csv.DictReader(io.StringIO(csv_text([m], reports=True)))]
    assert (row["receiver"], row["receiver_source"]) == ("General Assembly", "default")


def test_a_receiver_the_text_names_is_the_texts(rows):
    # A/RES/79/245 14: "to submit a comprehensive report on cost recovery to the General Assembly": named; 13: "to
    # indicate in future reports an expected time frame ...": none named, the default
    (named,) = [r for m in _mandates(rows, "A/RES/79/245", "14") for r in m.reports if r.when is None]
    assert (named.to, named.to_source) == ("General Assembly", "text")
    (unnamed,) = [r for m in _mandates(rows, "A/RES/79/245", "13") for r in m.reports]
    assert (unnamed.to, unnamed.to_source) == ("General Assembly", "default")
    # kept through the JSON a corpus database stores (``Report.from_dict``)
    from resparse.model import Report

    assert Report.from_dict(json.loads(json.dumps(unnamed.to_dict()))).to_source == "default"
    assert Report.from_dict({"to": "General Assembly"}).to_source == "text"  # a row stored before the field


# ---------------------------------------------------------------- 4. a time of a cited resolution's own act


def test_the_time_of_a_cited_resolutions_act_in_a_relative_clause_is_that_acts(rows):
    # A/RES/79/90 1: "Calls upon Israel ... to comply with the relevant resolutions ..., in particular Security Council
    # resolution 497 (1981), in which the Council, inter alia, decided that ... and demanded that Israel ... rescind
    # forthwith its decision": "forthwith" is the Council's demand, the Assembly's call has no time
    (m,) = _mandates(rows, "A/RES/79/90", "1")
    assert m.actor == "Israel" and "forthwith" in m.action and m.deadlines == []
    # A/RES/79/258 VIII.38: "... and notes Security Council resolution 2732 (2024) ..., by which the Council extended
    # the mandate of the ... until 31 December 2025": the Council's extension, not the revised budget's time
    texts = paragraph_deadline_texts(rows, "A/RES/79/258", "VIII.38")
    assert "at the first part of the resumed seventy-ninth session" in texts
    assert not [t for t in texts if "31 December 2025" in t and t.startswith("until")]


# ---------------------------------------------------------------- 5. content set for another's reports


def test_reports_of_those_the_actor_is_to_direct_are_no_report_of_the_actor():
    # A/RES/78/245 75: "Reiterates its request that the Secretary-General direct all departments of the Secretariat to
    # include the following elements in their reports": the departments' reports, whose content is set; no report of
    # the Secretary-General's to the General Assembly (was one)
    (m,) = copied_mandates(FIXTURES, "A/RES/78/245", "75")
    assert m.actor == "Secretary-General" and m.reports == []


# ---------------------------------------------------------------- 6. an actor written in the singular


def test_an_actor_written_in_the_singular_keeps_the_singular(rows):
    # A/RES/79/124 11 (b): "The State in which the violation took place – ... report to the Secretary-General": "State",
    # not "States"; the key is the plural's, so a search for "States" still finds it
    (m,) = [m for m in _mandates(rows, "A/RES/79/124", "11 (b)")]
    assert m.actor == "State" and m.actor_key == table().resolve("States").key
    from resparse.mandates import select

    assert any(x.mandate is m for x in select(rows["A/RES/79/124"], actor="States"))


def test_a_name_keeps_its_number_where_the_written_words_hold_it():
    assert as_numbered("States parties", "each State Party") == "State party"
    assert as_numbered("States", "all States") == "States"
    assert as_numbered("donors", "donor countries") == "donors"  # another head after the singular: the name stays
    assert as_numbered("United Nations system", "the United Nations system") == "United Nations system"


def test_a_request_after_the_invited_parties_act_is_the_actors_own():
    # A/RES/78/236 15: "requests the Secretary-General to invite Governments and international organizations to submit
    # information on their practice in this regard, and to provide, at its eightieth session, a report with
    # information on practice ...": the Governments' information is theirs, the report after "and to provide" the
    # Secretary-General's (the shape read from "submit" runs on into it: read on inside it)
    (sg,) = [m for m in copied_mandates(FIXTURES, "A/RES/78/236", "15") if m.actor == "Secretary-General"]
    assert [(r.to, r.when) for r in sg.reports] == [("General Assembly", "at its eightieth session")]


def test_one_actor_shown_in_both_numbers_is_listed_once_under_the_tables_name(rows):
    # A/RES/79/124 11 (b)'s "State" and the "States" of the same resolution: one actor key, one group and one name in
    # the listings that name actors (the heading of the listing by actor, the nearest actors of a query)
    from resparse.mandates.actors import key_name
    from resparse.mandates.queries import nearest_actors
    from resparse.render.mandates import actor_rows, by_actor

    items = rows["A/RES/79/124"]
    assert {m.actor for m in items if m.actor_key == table().resolve("States").key} >= {"State"}
    assert key_name(["State", "States"]) == "States"
    assert [r["actor"] for r in actor_rows(items) if r["key"] == table().resolve("States").key] == ["States"]
    assert not [line for line in by_actor(items).splitlines() if line.startswith("State —")]
    assert "State" not in nearest_actors("Holy See", items)
