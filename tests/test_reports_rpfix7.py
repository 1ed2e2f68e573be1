"""The reports earlier sessions left (tests/labels/GUIDELINE.md, the twenty-seventh session's decisions, branch rpfix7),
each on its real paragraph:

1. a receiver that is a group named in lower case, a name among its qualifiers, is that receiver ("to relevant United
   Nations entities and processes", A/RES/80/173 adopted 100), not the Assembly by default; a receiver that is no
   body ("the parties", "the international community", "all States parties") makes no report, as Member States do;
2. proposals submitted "for consideration by the relevant committees at its seventy-ninth session" (A/RES/78/73 17)
   are a report to those committees at the Assembly's session; "requests their submission to the General Assembly"
   (A/RES/80/193 28) is a verb with a noun object, no addressee: no mandate;
3. ``--reports`` prints the channel with the article the text writes ("through the Economic and Social Council");
4. the parts of a resumed session: "the second resumed part of its eightieth session" meets in May as "the second
   part of its resumed ... session" does; a third part, which no calendar dates, is undated and said so (no longer
   the session's opening, a wrong month).
"""

from __future__ import annotations

import re
from pathlib import Path

from resparse import data
from resparse.mandates import extract
from resparse.mandates.deadlines import find, part_undated

import resparse
from conftest import mini_resolution
from test_mandates_rpfix6 import _one, cli  # one mandate of an actor in a corpus paragraph; the CLI's stdout

ROOT = Path(__file__).resolve().parents[1]


def _mandates(tmp_path, *paragraphs):
    path = tmp_path / "r.txt"
    path.write_text(mini_resolution(*paragraphs), encoding="utf-8")
    return [m for m in extract(resparse.parse(path)) if m.kind == "mandate"], path


# ---------------------------------------------------------------- 1. a group named in lower case


def test_a_group_of_entities_and_processes_is_the_receiver(corpus_mandates):
    # "Calls upon the Forum to report on outcomes of its annual meetings and intersessional work to relevant United
    # Nations entities and processes, and call, in particular, on ..." (adopted text 100)
    m = _one(corpus_mandates, "80/173", "adopted 100", "Internet Governance Forum")
    [r] = m.reports
    assert r.to == "relevant United Nations entities and processes"
    assert r.when is None and r.due is None and r.session is None


def test_a_group_named_in_lower_case_after_to(tmp_path):
    found, _ = _mandates(tmp_path,
                         "Requests the Secretary-General to report thereon to the relevant entities;",
                         "Requests the Secretary-General to report thereon to the competent international organizations;",
                         "Requests the Secretary-General to report thereon to United Nations entities;")
    assert [[r.to for r in m.reports] for m in found] == [
        ["relevant entities"], ["competent international organizations"], ["United Nations entities"]]


def test_receivers_that_are_no_body_make_no_report(tmp_path):
    found, _ = _mandates(tmp_path,
                         "Requests the Secretary-General to report on the implementation of the present resolution "
                         "to the parties;",
                         "Requests the Secretary-General to report thereon to the international community;",
                         "Requests the Secretary-General to report thereon to all States parties;",
                         "Requests the Secretary-General to report thereon to relevant stakeholders;")
    assert len(found) == 4
    assert [m.reports for m in found] == [[], [], [], []]


def test_a_body_named_with_no_body_in_its_name_stays_a_receiver(tmp_path):
    found, _ = _mandates(tmp_path,
                         "Requests the Secretary-General to report thereon to the Conference of the States Parties to "
                         "the Convention;",
                         "Requests the Secretary-General to report thereon to the Human Rights Council and to the "
                         "General Assembly at its eightieth session;")
    assert [r.to for r in found[0].reports] == ["Conference of the States Parties to the Convention"]
    assert [r.to for r in found[1].reports] == ["Human Rights Council", "General Assembly"]


def test_a_verb_after_to_is_no_receiver(corpus_mandates):
    # "... a progress report on the implementation of the present resolution in 2025 during the seventy-ninth session
    # of the General Assembly, which will serve to inform States and the United Nations development system"
    m = _one(corpus_mandates, "78/130", "7", "Secretary-General")
    assert [(r.to, r.when) for r in m.reports] == [("General Assembly", "in 2025")]


def test_a_summary_for_a_commission_and_member_states(corpus_mandates):
    # "... a summary of the discussion for transmission to the Commission on Crime Prevention and Criminal Justice and
    # to all Member States": a report to the Commission, none to the Member States
    m = _one(corpus_mandates, "80/229", "23", "President of the General Assembly")
    assert [r.to for r in m.reports] == ["Commission on Crime Prevention and Criminal Justice"]


def test_the_receiving_heads_of_the_grammar_are_those_of_the_data():
    """grammar/reports.lark names the heads of a group receiver after "for consideration by" in its terminals' regexes
    (plural and singular); data/reports_elsewhere.txt [receiving heads] lists them (singular): the two agree."""
    grammar = (ROOT / "grammar" / "reports.lark").read_text(encoding="utf-8")
    line = next(x for x in grammar.splitlines() if x.startswith("FOR_BODY.2:"))
    alternation = re.search(r"\{0,3\}\(\?:(.+?)\)\\b\)/$", line).group(1)
    heads = data.sections("reports_elsewhere.txt")["receiving heads"]
    for head in heads:
        plural = head[:-1] + "ies" if head.endswith("y") else head + ("es" if head.endswith("s") else "s")
        for word in (head, plural):
            assert re.fullmatch(alternation, word), word
    depth, top = 0, 1  # the alternation's top-level branches, one a head
    for ch in alternation:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        top += ch == "|" and depth == 0
    assert top == len(heads)


# ---------------------------------------------------------------- 2. proposals for a body's consideration


def test_proposals_for_the_relevant_committees_are_a_report(corpus_mandates, corpus_dir):
    # "and invites the Secretary-General, accordingly, to submit proposals for consideration by the relevant committees
    # at its seventy-ninth session"
    m = _one(corpus_mandates, "78/73", "17", "Secretary-General")
    [r] = m.reports
    assert r.to == "relevant committees"
    assert r.when == "at its seventy-ninth session" and r.session == 79 and r.due.date == "2024-09"
    out = cli("mandates", corpus_dir / "A_RES_78_73.txt", "--reports")
    assert "2024-09   17  Secretary-General → relevant committees: at its seventy-ninth session" in out


def test_requesting_their_submission_names_no_addressee(corpus_mandates):
    # "Welcomes the request made by the Human Rights Council ... for the Office of the United Nations High Commissioner
    # for Human Rights ... to prepare a report thereon, and further complete an evaluation, and requests their
    # submission to the General Assembly at its eighty-first session": a noun object, no mandate, no report
    assert corpus_mandates("80/193", "28") == []


# ---------------------------------------------------------------- 3. the channel as written


def test_the_channel_is_printed_with_its_article(corpus_dir):
    out = cli("mandates", corpus_dir / "A_RES_79_229.txt", "--reports")
    assert "→ General Assembly (through the Economic and Social Council): at its seventy-ninth session" in out
    assert "through Economic" not in out
    out = cli("mandates", corpus_dir / "A_RES_80_173.txt", "--reports")
    # a channel that is the receiver itself is not printed (branch ux27, tests/test_ux27.py)
    assert "Secretary-General → Commission on Science and Technology for Development: biennial" in out


def test_a_channel_without_an_article_is_printed_without_one(tmp_path):
    _, path = _mandates(tmp_path, "Requests the Executive Director to report thereon to the General Assembly at its "
                                  "eightieth session, through UN-Women;")
    out = cli("mandates", path, "--reports")
    assert "(through United Nations Entity for Gender Equality and the Empowerment of Women)" in out


# ---------------------------------------------------------------- 4. the parts of a resumed session


def test_the_second_resumed_part_meets_in_may():
    [d] = find("at the second resumed part of its eightieth session")
    assert (d.start, d.end) == ("2026-05", "2026-05")
    [d] = find("at the second part of its resumed eightieth session")
    assert (d.start, d.end) == ("2026-05", "2026-05")


def test_a_third_part_is_undated_and_said_so(tmp_path):
    for words in ("at the third part of its resumed eightieth session", "at a third resumed part of its eightieth session"):
        [d] = find(words)
        assert d.text == words and d.start is None and d.end is None and part_undated(d)
    found, path = _mandates(tmp_path, "Requests the Secretary-General to report thereon to the General Assembly at the "
                                      "third part of its resumed eightieth session;")
    [r] = found[0].reports
    assert r.due is not None and r.due.date is None and r.session is None  # no wrong month (was 2025-09)
    out = cli("mandates", path, "--reports")
    assert ("Secretary-General → General Assembly: at the third part of its resumed eightieth session (a part of a "
            "resumed session no calendar dates: not dated)") in out
    assert "2025-09" not in out


def test_another_bodys_resumed_session_stays_undated(tmp_path):
    found, path = _mandates(tmp_path, "Requests the Executive Director to report thereon to the Commission on Narcotic "
                                      "Drugs at its resumed sixty-ninth session;")
    [r] = found[0].reports
    assert r.to == "Commission on Narcotic Drugs" and r.due is None and r.session is None
    out = cli("mandates", path)
    assert "at its resumed sixty-ninth session (a session of the Commission on Narcotic Drugs: not dated)" in out


def test_the_dated_parts_are_unchanged(corpus_mandates):
    m = _one(corpus_mandates, "78/253", "XII.12", "Secretary-General")  # "the first part of its resumed eightieth"
    assert m.reports[0].due.date == "2026-03" and not part_undated(m.reports[0].due)
    m = _one(corpus_mandates, "79/263", "18", "Secretary-General")  # "during the resumed seventy-ninth session"
    assert (m.deadlines[0].start, m.deadlines[0].end) == ("2025-01", "2025-09")
