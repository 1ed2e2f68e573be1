"""The reports and deadlines this session's branches left (tests/labels/GUIDELINE.md, the twenty-sixth session's
decisions, branch rpfix6), each on its real paragraph:

1. a series' start written before the request and its recurring occasion after it are both the report's time
   ("beginning in 2025, present the annual report to the Economic and Social Council at its operational activities
   for development segment", A/RES/79/226 95);
2. the parts of a resumed session are dated by the UN calendar: the first part in March, the second in May, the
   resumed session from January (A/RES/78/253 XII.12, 79/258 XVII.21, 79/263 18);
3. a body named later after "and to" without "the" is a second report (the words of A/RES/79/229 13, its second body
   renamed: no corpus text writes one), and ``--reports`` shows the channel;
4. ``--json --reports --session N`` leaves out the superseded requests, as the listing does (A/RES/78/189 25, 79/159
   26, 80/191 26);
5. "in his report" after a passive's agent ("to be considered by the Secretary-General in his report on ...") is the
   agent's report, no time of the addressee's action (A/RES/79/210 6);
6. the renewals of reports compare actions with every session ordinal left out, "eightieth" too (A/RES/79/171 49 and
   80/210 49; 78/187 66 (b) and 80/190 58 (b)).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

import resparse
from resparse.cli import main
from resparse.mandates import extract
from resparse.mandates.reports import _renewal_key, renewals
from resparse.ordinals import PATTERN, ordinal

from conftest import mini_resolution


def _one(corpus_mandates, symbol, label, actor="Secretary-General"):
    found = [m for m in corpus_mandates(symbol, label) if m.actor == actor]
    assert len(found) == 1, found
    return found[0]


def cli(*args) -> str:
    done = subprocess.run([sys.executable, "-m", "resparse", *map(str, args)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


# ---------------------------------------------------------------- 1. a start and a recurring occasion


def test_a_series_start_and_its_occasion_are_both_kept(corpus_mandates, corpus_dir):
    m = _one(corpus_mandates, "79/226", "95",
             "Executive Director of the United Nations Sustainable Development Group System-wide Evaluation Office")
    [r] = m.reports
    assert r.to == "Economic and Social Council"
    assert r.when == "beginning in 2025, at its operational activities for development segment"
    assert r.recurrence == "annual" and r.every == 1
    assert r.due is not None and r.due.type == "from" and r.due.date == "2025"
    out = cli("mandates", corpus_dir / "A_RES_79_226.txt", "--reports")
    row = next(line for line in out.splitlines() if re.match(r"\s+2025\s+95\s", line))
    assert "beginning in 2025, at its operational activities for development segment, annual" in row


def test_an_occasion_alone_stays_undated(corpus_mandates):
    # "to continue to regularly monitor and report on the work of multi-country offices at the annual operational
    # activities for development segment" (79/226 117): no start written, no date
    [r] = _one(corpus_mandates, "79/226", "117").reports
    assert r.due is None and "segment" in r.when


# ---------------------------------------------------------------- 2. the parts of a resumed session


def test_the_first_part_of_a_resumed_session_meets_in_march(corpus_mandates, corpus_dir):
    m = _one(corpus_mandates, "78/253", "XII.12")
    assert (m.deadline.start, m.deadline.end) == ("2026-03", "2026-03")
    assert [(r.to, r.session) for r in m.reports] == [("General Assembly", 80)]
    out = cli("mandates", corpus_dir / "A_RES_78_253.txt", "--reports")
    assert re.search(r"^\s+2026-03\s+XII\.12\s", out, re.MULTILINE)


def test_the_second_part_meets_in_may(corpus_mandates):
    m = _one(corpus_mandates, "79/258", "XVII.21")  # "at the second part of its resumed seventy-ninth session"
    assert (m.deadline.start, m.deadline.end) == ("2025-05", "2025-05")
    assert m.reports[0].session == 79


def test_the_resumed_session_runs_from_january_to_its_close(corpus_mandates):
    m = _one(corpus_mandates, "79/263", "18")  # "to organize during the resumed seventy-ninth session ... a dialogue"
    assert (m.deadline.start, m.deadline.end) == ("2025-01", "2025-09")


def test_the_main_part_and_a_plain_session_are_unchanged(corpus_mandates):
    m = _one(corpus_mandates, "78/253", "III.8")  # "at the main part of its seventy-ninth session"
    assert (m.deadline.start, m.deadline.end) == ("2024-09", "2024-12")


# ---------------------------------------------------------------- 3. a later body without "the"; the channel shown

# A/RES/79/229 13 as written, then with its second body named without "the" (no corpus text has one)
P_79_229_13 = ("Requests the Secretary-General to report to the General Assembly at its seventy-ninth session, through "
               "the Economic and Social Council, on the economic and social repercussions of the Israeli occupation on "
               "the living conditions of the Palestinian people in the Occupied Palestinian Territory, including East "
               "Jerusalem, and of the Arab population in the occupied Syrian Golan, and to the Assembly at its "
               "eightieth session on the implementation of the present resolution;")


def _reports_of(tmp_path, paragraph):
    path = tmp_path / "r.txt"
    path.write_text(mini_resolution(paragraph), encoding="utf-8")
    [m] = [m for m in extract(resparse.parse(path)) if m.kind == "mandate"]
    return [(r.to, r.when, r.via) for r in m.reports]


def test_a_later_body_named_without_the_is_a_second_report(tmp_path):
    assert _reports_of(tmp_path, P_79_229_13)[1] == ("General Assembly", "at its eightieth session", None)
    edited = P_79_229_13.replace("and to the Assembly at its eightieth session", "and to UN-Women by June 2026")
    assert _reports_of(tmp_path, edited) == [
        ("General Assembly", "at its seventy-ninth session", "Economic and Social Council"),
        ("United Nations Entity for Gender Equality and the Empowerment of Women", "by June 2026", None)]
    # Member States are named too, but receive no report (a report to them is information shared: GUIDELINE.md)
    states = P_79_229_13.replace("and to the Assembly at its eightieth session", "and to Member States by June 2026")
    assert _reports_of(tmp_path, states) == [
        ("General Assembly", "at its seventy-ninth session", "Economic and Social Council")]


def test_the_reports_listing_shows_the_channel(corpus_dir):
    out = cli("mandates", corpus_dir / "A_RES_79_229.txt", "--reports")
    assert ("Secretary-General → General Assembly (through the Economic and Social Council): at its seventy-ninth "
            "session"
            in out)
    assert "Secretary-General → General Assembly: at its eightieth session" in out


# ---------------------------------------------------------------- 4. --json agrees with the listing


def test_json_with_session_leaves_out_superseded_requests(corpus_dir, capsys):
    files = [str(corpus_dir / f"A_RES_{s}.txt") for s in ("78_189", "79_159", "80_191")]
    assert main(["mandates", *files, "--reports", "--session", "81", "--actor", "SG"]) == 0
    listed = capsys.readouterr().out
    assert main(["mandates", *files, "--reports", "--session", "81", "--actor", "SG", "--json"]) == 0
    captured = capsys.readouterr()
    rows = json.loads(captured.out)
    places = {f"{r['document']} {r['paragraph']}" for r in rows}
    assert "A/RES/80/191 26" in places
    assert not places & {"A/RES/78/189 25", "A/RES/79/159 26"}
    assert all(p in listed for p in places)  # every --json row is a row of the listing
    assert "superseded requests left out" in captured.err
    # without --session each request keeps its row
    assert main(["mandates", *files, "--reports", "--actor", "SG", "--json"]) == 0
    every = {f"{r['document']} {r['paragraph']}" for r in json.loads(capsys.readouterr().out)}
    assert {"A/RES/78/189 25", "A/RES/79/159 26", "A/RES/80/191 26"} <= every


# ---------------------------------------------------------------- 5. the agent's report


def test_his_report_after_a_passives_agent_is_the_agents(corpus_mandates):
    # "Encourages the experts of the Harmony with Nature Knowledge Network to carry out a study ..., to be considered
    # by the Secretary-General in his report on the implementation of the present resolution"
    m = _one(corpus_mandates, "79/210", "6", "experts of the Harmony with Nature Knowledge Network")
    assert m.deadlines == [] and m.reports == []


def test_his_report_of_the_actor_itself_keeps_its_time(corpus_mandates):
    # "to include, in his report on the implementation of the present resolution to the General Assembly at its
    # seventy-ninth session, a section ..." (A/RES/78/234 37): the actor's own report, its time kept
    m = _one(corpus_mandates, "78/234", "37")
    assert any("seventy-ninth session" in d.text for d in m.deadlines)


# ---------------------------------------------------------------- 6. the renewal's ordinals


def test_every_session_ordinal_is_left_out_when_comparing_renewals():
    for n in (78, 79, 80, 81, 90, 99, 20, 13):
        words = [w for w in ("seventy-eighth", "seventy-ninth", "eightieth", "eighty-first", "ninetieth",
                             "ninety-ninth", "twentieth", "thirteenth") if ordinal(w) == n]
        assert words and re.fullmatch(PATTERN, words[0]), n
    assert (_renewal_key("to submit to the General Assembly at its eightieth session a report")
            == _renewal_key("to submit to the General Assembly at its eighty-first session a report")
            == "to submit to the general assembly at its # session a report")
    assert _renewal_key("eighty delegations") == "eighty delegations"  # a cardinal is no session


def test_a_report_asked_again_at_the_next_sessions_after_the_eightieth_is_a_renewal(corpus_dir):
    found = {}
    titles = {}
    for s in ("79_171", "80_210", "78_187", "80_190"):
        res = resparse.parse(corpus_dir / f"A_RES_{s}.txt")
        titles[res.symbol] = res.title
        found[res.symbol] = extract(res)
    items = [m for ms in found.values() for m in ms]
    later = renewals(items, titles)

    def renewed(symbol, label, actor):
        m = next(m for m in found[symbol] if m.kind == "mandate" and m.paragraph == label and m.actor == actor)
        n = later.get(id(m))
        return (n.document, n.paragraph) if n else None

    # "to submit to the General Assembly at its eightieth session a report on the implementation of the present
    # resolution and to continue his work" (79/171 49) and the same "at its eighty-first session" (80/210 49)
    assert renewed("A/RES/79/171", "49", "Special Rapporteur on the right to food") == ("A/RES/80/210", "49")
    # "a comprehensive report on the rights of the child ... at its eightieth session" (78/187 66 (b)), at the 82nd
    assert renewed("A/RES/78/187", "66 (b)", "Secretary-General") == ("A/RES/80/190", "58 (b)")
