"""Reports a fresh-user trial found with an invented receiver or missed (``mandates --json``), each kind on the real
resolution copied whole into tests/fixtures/ from ../shared/corpus/texts:

1. a report asked of the holder of an office of a body goes to that body, unless the text names the Assembly
   (data/reports_elsewhere.txt, [offices]): "requests special rapporteurs to submit their reports" in the resolution on
   the International Law Commission's report (A/RES/79/121 15) goes to the Commission, never to the Assembly by
   default;
2. a report whose receiver the text does not state, asked of an actor that reports elsewhere, says so: the United
   Nations Office on Drugs and Crime "to report thereon biennially" (A/RES/79/313 43: no receiver, no Assembly session),
   a specialized agency (A/RES/79/145 146);
3. reports asked without the request shapes read before: "to submit the report of the Special Envoy ... to the
   General Assembly at its seventy-ninth session" (A/RES/78/219 30 (b); not a report transmitted, A/RES/79/72 9),
   "to continue to comment, in their respective reports to the General Assembly, on ..." (A/RES/79/126 21);
and receivers the text names that were read as the Assembly: "to report to the Biennial Meeting of States in 2026"
(A/RES/79/40 34), "and report to, Member States" (A/RES/79/144 311).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import resparse
from resparse.mandates import extract, reports
from resparse.mandates.reports import NOT_STATED

FIXTURES = Path(__file__).parent / "fixtures"


@lru_cache(maxsize=None)
def _items(name: str):
    return tuple(m for m in extract(resparse.parse(FIXTURES / f"A_RES_{name}.txt")) if m.kind == "mandate")


def _of(name: str, label: str, actor: str):
    return [m for m in _items(name) if m.paragraph == label and m.actor == actor]


def _reports(m):
    return [(r.to, r.when, r.session) for r in m.reports]


def test_special_rapporteurs_of_the_commission_report_to_the_commission():
    # A/RES/79/121 ("Report of the International Law Commission on the work of its seventy-sixth session") 15: "and to
    # this end requests special rapporteurs to submit their reports within the time limits specified by the
    # Secretariat"; named of the Commission since trialfix30a (its preamble: "the special rapporteurs of the
    # International Law Commission"), the receiver read from the name as from the title
    (m,) = _of("79_121", "15", "special rapporteurs of the International Law Commission")
    assert m.actor_as_written == "special rapporteurs"
    assert _reports(m) == [("International Law Commission", None, None)]


def test_one_holder_written_two_ways_reports_alike():
    # A/RES/78/234 40 and A/RES/79/161 40, the same paragraph in two annual resolutions: "Reiterates its previous
    # requests to the Special Rapporteur to consider ... and to report on such challenges, successes and best
    # practices in her next report". 78/234 names her "Special Rapporteur of the Human Rights Council on contemporary
    # forms of racism, ...", 79/161 "Special Rapporteur on contemporary forms of racism, ..."; until the special
    # procedures' titles were in the alias table (names-v) the first was "Special Rapporteur of the Human Rights
    # Council" and reported to the Council, the second to no one stated. One holder, one answer: no receiver is
    # written, and the holder reports to the Council and to the Assembly, so not stated in both
    (a,) = [m for m in _items("78_234") if m.paragraph == "40" and m.kind == "mandate"]
    (b,) = [m for m in _items("79_161") if m.paragraph == "40" and m.kind == "mandate"]
    assert a.actor == b.actor == ("Special Rapporteur on contemporary forms of racism, racial discrimination, "
                                  "xenophobia and related intolerance")
    assert [r.to for r in a.reports] == [r.to for r in b.reports] == [NOT_STATED]


def test_an_office_whose_action_names_the_assembly_reports_to_the_assembly():
    # A/RES/78/187 66 (g): "To invite the Chair of the Committee on the Rights of the Child to present an oral report
    # on the work of the Committee and to engage in an interactive dialogue with the General Assembly at its
    # seventy-ninth and eightieth sessions"
    (m,) = _of("78_187", "66 (g)", "Chair of the Committee on the Rights of the Child")
    assert _reports(m) == [("General Assembly", "at its seventy-ninth and eightieth sessions", 79)]


def test_a_report_of_unodc_with_no_receiver_is_not_stated_and_has_no_assembly_session():
    # A/RES/79/313 43: "Requests ... the United Nations Office on Drugs and Crime ... to continue and to strengthen the
    # collection of information on patterns and flows of illicit trafficking in wildlife and to report thereon
    # biennially" (was: the General Assembly, due at the 80th session, read from the default)
    (m,) = _of("79_313", "43", "United Nations Office on Drugs and Crime")
    (r,) = m.reports
    assert (r.to, r.recurrence, r.every, r.session) == (NOT_STATED, "biennially", 2, None)
    assert not r.due_at(80)


def test_the_secretary_generals_report_with_no_receiver_stays_the_assemblys():
    # A/RES/79/313 45: named ("to report to the General Assembly at its eighty-first session"); the default rule for the
    # Secretary-General is unchanged: the same resolution's 43 and 45 side by side
    (m,) = _of("79_313", "45", "Secretary-General")
    assert _reports(m) == [("General Assembly", "at its eighty-first session", 81)]


def test_a_specialized_agency_with_no_receiver_is_not_stated():
    # A/RES/79/145 146: "Invites the Food and Agriculture Organization of the United Nations ... to report on the state
    # of progress in the implementation of the International Plan of Action for the Management of Fishing Capacity, as
    # provided for in paragraph 48 of the Plan of Action"
    (m,) = _of("79_145", "146", "Food and Agriculture Organization of the United Nations")
    assert [r.to for r in m.reports] == [NOT_STATED]


def test_submitting_the_report_of_another_is_a_report():
    # A/RES/78/219 30 (b): "To swiftly appoint a Special Envoy on Myanmar, and to submit the report of the Special
    # Envoy covering all relevant issues addressed in the present resolution to the General Assembly at its
    # seventy-ninth session" (was: the deadline, no report)
    (m,) = _of("78_219", "30 (b)", "Secretary-General")
    assert _reports(m) == [("General Assembly", "at its seventy-ninth session", 79)]


def test_transmitting_the_report_of_another_is_no_report():
    # A/RES/79/72 9: "to transmit to the Commission the annual report of the Conference on Disarmament on its 2024
    # session, together with all the official records ...": a document forwarded for another body's attention, as the
    # hard sample labels the same paragraph of A/RES/78/62 (unit 150: no report); "submit" in 78/219 30 (b) is one
    (m,) = [m for m in _of("79_72", "9", "Secretary-General") if m.action.startswith("to transmit to the Commission")]
    assert m.reports == []


def test_a_report_named_as_the_channel_of_the_action_is_each_bodys_report():
    # A/RES/79/126 21: "Invites the International Court of Justice, the United Nations Commission on International
    # Trade Law and the International Law Commission to continue to comment, in their respective reports to the
    # General Assembly, on their current roles in promoting the rule of law"
    actors = ("International Court of Justice", "United Nations Commission on International Trade Law",
              "International Law Commission")
    for actor in actors:
        (m,) = _of("79_126", "21", actor)
        assert [r.to for r in m.reports] == ["General Assembly"], actor


def test_a_meeting_named_after_to_is_the_receiver():
    # A/RES/79/40 34: "to conduct a study on obliterated markings ... and to report to the Biennial Meeting of States in
    # 2026" (was: the General Assembly, due at the 80th session)
    (m,) = _of("79_40", "34", "Secretariat")
    assert _reports(m) == [("Biennial Meeting of States", "in 2026", None)]


def test_a_receiver_set_off_by_commas_after_to():
    # A/RES/79/144 311: "Requests that the Intergovernmental Oceanographic Commission continue to regularly consult
    # with, and report to, Member States on the United Nations Decade of Ocean Science ..."
    (m,) = [m for m in _items("79_144") if m.paragraph == "311"]
    assert reports._receiver(m.action[m.action.index("report to,"):])[0] == "Member States"
    # ... and a report to Member States is no report, Member States being no body (tests/labels/GUIDELINE.md, branch f18)
    assert m.reports == []


def test_a_receiver_named_after_the_verb_far_before_the_report():
    # A/RES/79/226 98: "Requests the Chair of the United Nations Sustainable Development Group to continue to present to
    # the Economic and Social Council at its operational activities for development segment a timely, comprehensive,
    # evidence-based, analytical and detailed performance report on an annual basis" (was: the General Assembly)
    (m,) = _of("79_226", "98", "Chair of the United Nations Sustainable Development Group")
    assert [(r.to, r.every, r.session) for r in m.reports] == [("Economic and Social Council", 1, None)]


def test_a_report_title_is_no_request():
    # A/RES/79/189 19: "... while bearing in mind that data on trafficking in persons for the purpose of organ removal
    # are being gathered for the Global Report on Trafficking in Persons" (was: a report to the General Assembly)
    (m,) = _of("79_189", "19", "United Nations Office on Drugs and Crime")
    assert m.reports == []


def test_an_office_on_a_subject_with_no_receiver_is_not_stated():
    # A/RES/79/161 40: "Requests the Special Rapporteur on contemporary forms of racism, racial discrimination,
    # xenophobia and related intolerance ... to report on such challenges, successes and best practices in her next
    # report": whose office the name does not say, nor the title; no receiver named (was: the General Assembly)
    (m,) = [m for m in _items("79_161") if m.paragraph == "40" and m.actor.startswith("Special Rapporteur on")]
    assert [r.to for r in m.reports] == [NOT_STATED]
