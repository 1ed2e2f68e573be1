"""Mandate rows this session's branches noticed and left (twenty-ninth session, branch mfix10), fixed as kinds, each on
a real paragraph copied from ../shared/corpus/texts into tests/fixtures/kinds_mfix10/paragraphs.md and read in a small
resolution (``conftest.mini_resolution``), or on the corpus file itself:

- another's report named in the possessive is read as "the report of X" (grammar/reports.lark ``send_report_of``,
  POSSESSOR): submitted to a body, a report to it ("to submit the report of the Special Envoy ... to the General
  Assembly", A/RES/78/219 30 (b)); transmitted, none ("to transmit to the Commission the annual report of the
  Conference on Disarmament", 78/62 9; tests/labels/mandates_hard unit 150); the possessive's noun is never the verb
  "report to" (mandates/reports.py ``_NOT_AFTER``);
- a participle set off by a comma before it ends at the comma after its agent: the time after that comma is the
  action's ("to convene a meeting of experts, nominated by Member States, during the intersessional period", 78/227
  14); a place's comma stays inside the participle ("held in Kyoto, Japan, from 7 to 12 March 2021", 78/229 4);
  grammar/attachment.lark ``act_of_assembly``;
- an office title with an "of" complement naming another holder is that holder's office, no hit of the title alone
  ("the Special Envoy of the Chair of the Association", 78/219 16 (t)); "of the Secretary-General" is the
  Organization's own (16 (o)); mandates/actors.py ``_another_holders``, data/actors.txt [own complements];
- the words of a contribution to another's report are written once (grammar/attachment.lark ``contribution``), read by
  reports.py and inside ``others_report``.

Looked at and left (tests/labels/GUIDELINE.md, the twenty-ninth session's decisions, branch mfix10): "to prepare
recommendations ..., to be included in the report of the Secretary-General to be submitted to the General Assembly at
its seventy-ninth session" (78/158 25) keeps no deadline and no report, as auditfix30a's decision says."""

from pathlib import Path

import resparse
from conftest import copied_mandates, copied_paragraph, mini_resolution

from resparse.mandates import deadlines, extract, reports
from resparse.mandates.attachment import rule

FOLDER = Path(__file__).parent / "fixtures" / "kinds_mfix10"


def receivers(text: str) -> list[str]:
    """The receivers of the reports of the one request of a small resolution's paragraph ``text``."""
    res = resparse.parse_text(mini_resolution(text))
    (m,) = [m for m in extract(res) if m.kind == "mandate"]
    return [r.to for r in m.reports]


# ---------------------------------------------------------------- 1. another's report in the possessive


def test_the_report_of_the_special_envoy_submitted_is_a_report_to_the_assembly(corpus_mandates):
    # A/RES/78/219 30 (b): the report of X submitted to a body, as written
    (m,) = corpus_mandates("78/219", "30 (b)")
    assert [(r.to, r.when) for r in m.reports] == [("General Assembly", "at its seventy-ninth session")]


def test_the_possessive_form_of_the_same_request_reads_the_same():
    # 78/219 30 (b) with its author in the possessive: the same report (was read by the verb "report to" misread on
    # the noun, or none where no "to" followed the noun)
    of = ("Requests the Secretary-General to submit the report of the Special Envoy to the General Assembly at its "
          "seventy-ninth session;")
    possessive = ("Requests the Secretary-General to submit the Special Envoy’s report to the General Assembly at its "
                  "seventy-ninth session;")
    assert receivers(of) == receivers(possessive) == ["General Assembly"]
    shape = reports._first("to submit the Special Envoy’s report to the General Assembly", reports._requests())
    assert shape.kind == "send_report_of" and shape.part("POSSESSOR") == "the Special Envoy’s"
    # the straight apostrophe and the plural possessive too
    assert reports._first("to present the Special Envoy's report to the Council", reports._requests()).kind == \
        "send_report_of"
    assert reports._first("to submit the treaty bodies’ reports to the Conference", reports._requests()).kind == \
        "send_report_of"


def test_a_report_transmitted_is_no_report_in_either_form():
    # A/RES/78/62 9 "to transmit to the Commission the annual report of the Conference on Disarmament": no report of
    # the Secretary-General's (tests/labels/mandates_hard 150); its possessive form the same (was a report to the
    # Commission: "report to" read as the verb)
    (m,) = [m for m in copied_mandates(FOLDER, "78/62", "9") if "transmit" in m.action]
    assert m.reports == []
    assert receivers("Requests the Secretary-General to transmit the Special Envoy’s report to the Security "
                     "Council;") == []
    assert receivers("Requests the Secretary-General to transmit the report of the Special Envoy to the Security "
                     "Council;") == []
    # "forward" likewise, in both forms (no verb of data/report_verbs.txt: a report passed on)
    assert receivers("Requests the Secretary-General to forward the Special Envoy’s report to the Security "
                     "Council;") == []
    assert receivers("Requests the Secretary-General to forward the report of the Special Envoy to the Security "
                     "Council;") == []


def test_the_noun_after_a_possessive_is_never_the_verb_report_to():
    text = "to transmit the Secretary-General’s report to the Council"
    assert reports._shape(text, text.index("report to"), "report_to") is not None  # the grammar alone reads a verb
    assert reports._first(text, reports._requests()) is None  # the scan's left context does not try it there
    # the verb itself still: "to monitor and report to the Council"
    assert reports._first("to monitor and report to the Council", reports._requests()).kind == "report_to"


# ---------------------------------------------------------------- 2. a participle set off by commas


def test_a_time_after_the_comma_that_closes_a_participle_is_the_actions():
    # A/RES/78/227 14: "to convene a meeting of experts, nominated by Member States, during the intersessional
    # period" (was no deadline: "nominated by Member States," read as the act the period dates)
    (m,) = copied_mandates(FOLDER, "78/227", "14")
    assert [d.text for d in m.deadlines] == ["during the intersessional period"]


def test_a_participle_not_set_off_keeps_its_agents_comma_and_a_place_keeps_its_own(corpus_mandates):
    act = rule("act_of_assembly")
    assert act.search("a meeting of experts, nominated by Member States, ") is None
    assert act.search("a meeting of experts nominated by Member States, ") is not None  # not set off: the act's
    # A/RES/78/229 4: "the Fourteenth United Nations Congress ..., held in Kyoto, Japan, from 7 to 12 March 2021":
    # the place's comma, the Congress's dates (no deadline of the call)
    text = copied_paragraph(FOLDER, "78/229", "4")
    before = text[: text.index("from 7 to 12 March 2021")]
    assert act.search(before) is not None
    calls = [m for m in corpus_mandates("78/229", "4") if m.verb == "calls upon"]  # adopted after March 2021
    assert calls and all(m.deadlines == [] for m in calls)


# ---------------------------------------------------------------- 3. an office title of another holder


def test_the_special_envoy_of_another_holder_is_no_mention_of_the_special_envoy(corpus_dir):
    res = resparse.parse(corpus_dir / "A_RES_78_219.txt")
    mentions = {(m.paragraph, m.actor) for m in extract(res) if m.kind == "mention"}
    assert ("16 (t)", "Special Envoy") not in mentions  # ASEAN's envoy (was a mention of the Special Envoy)
    assert ("16 (o)", "Special Envoy") in mentions  # "the Special Envoy of the Secretary-General on Myanmar"
    assert ("12", "Special Envoy") in mentions


def test_the_same_kind_in_the_later_sessions(corpus_dir):
    for symbol, label in (("79/182", "19 (u)"), ("80/221", "24 (t)")):  # "the Special Envoy of the ASEAN Chair"
        res = resparse.parse(corpus_dir / f"A_RES_{symbol.replace('/', '_')}.txt")
        assert not [m for m in extract(res) if m.kind == "mention" and m.paragraph == label
                    and "Envoy" in m.actor], symbol


def test_a_title_of_the_table_and_the_organizations_own_complements_keep_their_hit():
    from resparse.mandates.actors import _another_holders

    text = "the Special Envoy of the Secretary-General on Myanmar"
    assert not _another_holders(text, text.index("Special"), text.index(" of"))  # the Secretary-General's, "on Myanmar" his envoy's topic
    text = "the Special Envoy of the Chair of the Association"
    assert _another_holders(text, text.index("Special"), text.index(" of"))
    # "Secretary-General" is a name of the alias table: "the appointment by the Secretary-General of the Coordinator
    # for Multilingualism" (A/RES/78/245 53) keeps its mention of the Secretary-General
    res = resparse.parse_text(mini_resolution(
        "Recalls with appreciation the appointment by the Secretary-General of the Coordinator for Multilingualism;"))
    assert "Secretary-General" in {m.actor for m in extract(res) if m.kind == "mention"}


# ---------------------------------------------------------------- 4. 78/158 25 left, 5. the contribution words


def test_a_contribution_to_anothers_report_keeps_no_deadline_and_no_report(corpus_mandates):
    # A/RES/78/158 25: tests/labels/GUIDELINE.md, the twenty-ninth session (audit30): "to be included in the report of
    # the Secretary-General to be submitted to the General Assembly at its seventy-ninth session" is that report's
    # session, and a contribution is no report of the contributor
    (m,) = corpus_mandates("78/158", "25")
    assert m.deadlines == [] and m.reports == []


def test_the_contribution_words_are_one_rule_read_by_the_reports_and_the_deadlines():
    contribution = rule("contribution")
    for words in ("to share information on the same for inclusion in forthcoming ",
                  "to all stakeholders who provide input to his ",
                  "a study to be considered by the Secretary-General in his ",
                  "to cooperate with and provide assistance to other States, upon request, in the preparation of "
                  "comprehensive national ",
                  "Contributing to the preparation of the "):
        assert contribution.search(words), words
    assert not contribution.search("to submit a ")
    # others_report reads the same words: "contributing to" (not in its own list before) dates another's report
    text = ("to hold a dialogue, contributing to the report of the Secretary-General to be submitted to the General "
            "Assembly at its eightieth session")
    assert rule("others_report").search(text, 0, text.index("at its eightieth"))
    assert deadlines.find(text) == []
