"""Reports a fresh-user trial checked against the texts (``mandates --reports``), each kind on the real resolution
copied whole into tests/fixtures/ from ../shared/corpus/texts (A/RES/78/219, 80/119, 80/126, 80/132, 80/136, 80/137,
80/140, 80/173, 80/222; A/RES/79/233 annex 331 by its sentence, the text being large):

1. a topic after "related to" is no receiver;
2. a report given at an event goes to the event, with no Assembly session;
3. no report where the text asks for none: a participle ("recommendations presented ... in the Mission's reports"), a
   passive's agent ("a report to be prepared by the Secretary-General"), the reporting of the actor the action
   enables ("to enable the Special Envoy ... to report");
4. a second receiver after "the subsequent session of", and a time set off before the action;
5. the time named right after the receiver is the report's;
6. reports asked without the word "report": findings presented, "these" submitted to a body, a road map "for the
   consideration of" a body, "to inform the General Assembly at its eighty-first session";
7. an expert body of another organization's machinery reports elsewhere (data/reports_elsewhere.txt).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import resparse
from resparse.mandates import extract
from resparse.mandates.deadlines import find
from resparse.mandates.reports import NOT_STATED, reports_of

FIXTURES = Path(__file__).parent / "fixtures"


@lru_cache(maxsize=None)
def _items(name: str):
    return tuple(m for m in extract(resparse.parse(FIXTURES / f"A_RES_{name}.txt")) if m.kind == "mandate")


def _of(name: str, label: str, actor: str | None = None):
    return [m for m in _items(name) if (m.paragraph == label or m.paragraph.endswith(" " + label))  # "adopted 86"
            and (actor is None or m.actor == actor)]


def _reports(m):
    return [(r.to, r.when, r.session) for r in m.reports]


def test_a_topic_after_related_to_is_no_receiver():
    # A/RES/80/140 23: "to report on the progress made by the Subsidiary Body ... related to Indigenous Peoples and
    # Local Communities when reporting on the implementation of the present resolution to the General Assembly"
    (m,) = _of("80_140", "23")
    assert [r.to for r in m.reports] == ["General Assembly"]


def test_a_report_at_an_event_goes_to_the_event_with_no_assembly_session():
    # A/RES/80/173 86: "and to report thereon at the inaugural Global Dialogue on Artificial Intelligence
    # Governance, in 2026"
    (m,) = _of("80_173", "86")
    assert _reports(m) == [("Global Dialogue on Artificial Intelligence Governance", "in 2026", None)]


def test_no_report_from_a_participle_a_passive_agent_or_an_enabled_actor():
    # A/RES/80/222 32 (b): "the conclusions and recommendations presented to the Government ... in the Mission's
    # reports"
    (m,) = _of("80_222", "32 (b)")
    assert m.reports == []
    # A/RES/78/219 30 (c): "to enable the Special Envoy on Myanmar, once appointed, to promptly and effectively
    # discharge its mandate and to report to Member States periodically"
    (m,) = _of("78_219", "30 (c)")
    assert m.reports == []
    # A/RES/79/233 annex 331 (the General Assembly invited to monitor; the report is the Secretary-General's)
    action = ("to continue to monitor the implementation of the Programme of Action on an annual basis under the "
              "specific item on its agenda. Follow-up and review at the global level will be informed by an annual "
              "progress report to be prepared by the Secretary-General in cooperation with the United Nations system "
              "on the basis of the data produced by national statistical systems")
    assert reports_of(action, find(action)) == []


def test_a_second_receiver_after_the_subsequent_session_of_and_a_start_before_the_action():
    # A/RES/80/136 22: "Reiterates the request to the Secretary-General, beginning from 2026, to submit an annual
    # report to the Economic and Social Council, and to the subsequent session of the General Assembly, ..."
    (m,) = _of("80_136", "22")
    # the second body's session a deadline too (the twenty-seventh session: tests/labels/mandates_fresh22 n 29, the
    # same words in 79/203 18), written as the session, without the report's "to", and dated as the Assembly's report
    # is due (the eighty-first session); that report's time is its own session, no longer the first's "beginning from
    # 2026" (branch mfix12)
    assert [d.text for d in m.deadlines] == ["beginning from 2026", "the subsequent session of the General Assembly"]
    assert [(r.to, r.when, r.every) for r in m.reports] == [
        ("Economic and Social Council", "beginning from 2026", 1),
        ("General Assembly", "the subsequent session of the General Assembly", 1)]


def test_the_time_right_after_the_receiver_is_the_reports():
    # A/RES/80/137 83: "to submit to the General Assembly at its eighty-first session a report on ... to ensure that
    # every person on Earth is protected by early warning systems by 2027"
    (m,) = _of("80_137", "83")
    assert _reports(m) == [("General Assembly", "at its eighty-first session", 81)]


def test_reports_asked_without_the_word_report():
    # A/RES/80/132 6: "to present the findings and recommendations to the General Assembly at its eighty-first session"
    (m,) = _of("80_132", "6")
    assert _reports(m) == [("General Assembly", "at its eighty-first session", 81)]
    # A/RES/80/126 43: "to jointly prepare a global mapping ... and to submit these to the Economic and Social Council"
    ms = [m for m in _of("80_126", "43") if m.verb == "requests"]
    assert ms and all([r.to for r in m.reports] == ["Economic and Social Council"] for m in ms)
    # A/RES/80/126 51: "to inform the General Assembly at its eighty-first session about the implementation of the
    # present resolution, through a dedicated section of the Sustainable Development Goals Pulse report, to be
    # introduced to the Second Committee by the Secretariat"
    (m,) = _of("80_126", "51", "United Nations Conference on Trade and Development")
    assert _reports(m) == [("General Assembly", "at its eighty-first session", 81)]
    # A/RES/80/173 122: "a joint implementation road map, to be presented for the consideration of the Commission on
    # Science and Technology for Development at its twenty-ninth session, in 2026"
    (m,) = _of("80_173", "122")
    # (the session and its year one time since the nineteenth session, branch dl: rule session_time)
    assert _reports(m) == [("Commission on Science and Technology for Development",
                            "at its twenty-ninth session, in 2026", None)]


def test_an_expert_body_of_unctad_reports_elsewhere():
    # A/RES/80/119 7: "Requests the Intergovernmental Group of Experts on Consumer Protection Law and Policy ... to
    # prepare reports and documentation as appropriate": no receiver named, not the Assembly by default
    (m,) = _of("80_119", "7")
    assert [r.to for r in m.reports] == [NOT_STATED]
