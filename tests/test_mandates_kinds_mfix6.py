"""The mandate misreadings the twenty-fifth session noticed and left (twenty-sixth session, branch mfix6), fixed as
kinds, each on a real paragraph copied from ../shared/corpus/texts into tests/fixtures/kinds_mfix6/paragraphs.md and
read in a small resolution (``conftest.mini_resolution``), or on the corpus file where the paragraph needs its
declaration (tests/labels/GUIDELINE.md, the decisions of the twenty-sixth session, branch mfix6):

- a report a decided act rests on is the author's action, not the act: "based on a progress report by the
  Secretary-General" (A/RES/79/1 annex I 74), undated; mandates/clauses.py ``passives``;
- "and request that X VERB" after a bare imperative is a request of its own (79/1 adopted text 78 (b), 80/173 adopted
  text 124); mandates/clauses.py ``_inner_verb_regex``;
- a report asked of addressees together, one of whom reports to no body the text names, is "not stated" for all
  (79/140 69, 78/119 68); mandates/extract.py ``add``;
- who reports to the Assembly when no body is named: not "the Governments of" countries (78/163 44), not the
  Quadripartite (79/2 annex 25); an input to the Secretary-General's report is no report (79/210 6); enterprises'
  own reporting is disclosure, no report (78/290 10); data/reports_elsewhere.txt, mandates/reports.py;
- "relevant international organizations, including ..." after "funds and programmes of the United Nations system" is
  addressed, not a member of the United Nations bodies (78/203 51); ", and" after a member's own one-member list
  takes up the list that member is in (78/204 15); mandates/addressees.py ``_members``, ``_entries``;
- a segment of a session is the time a report is given at (79/226 117); grammar/deadlines.lark EVENT_NP."""

from functools import partial
from pathlib import Path

from conftest import copied_mandates
from test_mandates_kinds_f20 import times  # each mandate's deadlines as written

FOLDER = Path(__file__).parent / "fixtures" / "kinds_mfix6"
alone = partial(copied_mandates, FOLDER)  # the mandates of a copied paragraph read alone: alone(symbol, label)


def receivers(ms) -> dict[str, list[str]]:
    """Each mandate's actor and the receivers of its reports."""
    return {m.actor: [r.to for r in m.reports] for m in ms}


def vias(ms) -> dict[str, str | None]:
    """Each mandate's actor and the group it is addressed through (None: addressed directly)."""
    return {m.actor: m.via for m in ms}


# ---------------------------------------------------------------- 1. a report a decided meeting rests on


def test_the_report_a_decided_meeting_rests_on_is_the_authors_action(corpus_mandates):
    ms = corpus_mandates("79/1", "annex I 74")
    sg = [m for m in ms if m.actor == "Secretary-General"]
    assert len(sg) == 1 and sg[0].passive and sg[0].verb == "decides"
    assert sg[0].action == "based on a progress report by the Secretary-General"  # was the meeting the Assembly convenes
    assert times(sg) == [[]]  # the meeting's session dates the meeting, which the report prepares
    assert [(r.to, r.when, r.session) for r in sg[0].reports] == [("General Assembly", None, None)]
    assembly = [m for m in ms if m.actor == "General Assembly"]
    assert times(assembly) == [["during the eighty-second session of the General Assembly"]]  # the meeting's own


# ---------------------------------------------------------------- 2. "and request that X VERB" after an imperative


def test_a_request_that_after_a_bare_imperative_is_a_request_of_its_own(corpus_mandates):
    ms = corpus_mandates("79/1", "adopted 78 (b)")
    assert [(m.verb, m.actor) for m in ms] == [("invites", "International Monetary Fund"),
                                              ("requests", "Secretary-General")]
    assert ms[0].action.endswith("the Group of 20 and major bilateral creditors, and debtors")  # no longer the request
    assert ms[1].action == "update Member States on progress and present proposals on this issue"


def test_we_request_that_two_bodies_consider(corpus_mandates):
    ms = corpus_mandates("80/173", "adopted 124")
    assert [(m.verb, m.actor) for m in ms] == [
        ("requests", "Secretary-General"), ("requests", "Commission on Science and Technology for Development"),
        ("requests", "Economic and Social Council")]
    assert ms[1].action == "consider the report in line with this biennial cycle"


# ---------------------------------------------------------------- 3. whose reports go to the Assembly


def test_a_report_asked_of_the_united_nations_with_humanitarian_organizations_names_no_body():
    # 79/140 69 the same words (tests/test_mandates_trialfix25c.py)
    ms = [m for m in alone("A/RES/78/119", "68") if m.reports]
    assert receivers(ms) == {"United Nations": ["not stated"], "humanitarian organizations": ["not stated"]}


def test_the_governments_of_countries_report_as_governments_do():
    ms = alone("A/RES/78/163", "44")
    assert receivers(ms) == {"Governments of the landlocked developing countries": ["not stated"]}


def test_the_quadripartite_reports_to_no_body_the_text_names(corpus_mandates):
    ms = [m for m in corpus_mandates("79/2", "annex 25") if m.reports]
    assert [(m.actor, [(r.to, r.recurrence) for r in m.reports]) for m in ms] == [
        ("Quadripartite", [("not stated", "biennially")])]


def test_a_study_the_secretary_general_considers_in_his_report_is_no_report():
    ms = alone("A/RES/79/210", "6")
    assert [m.actor for m in ms] == ["experts of the Harmony with Nature Knowledge Network"]
    assert ms[0].reports == []  # was a report to the General Assembly


def test_enterprises_own_reporting_is_no_report():
    ms = alone("A/RES/78/290", "10")
    assert [(m.actor, m.reports) for m in ms] == [("businesses", []), ("industries", [])]  # was "not stated"


def test_a_report_to_a_named_body_and_the_secretary_general_s_own_stay(res_71_280):
    # not widened: the Secretary-General's reports with no body named still go to the Assembly (Charter, Article 98)
    from resparse.mandates import extract

    sg = [m for m in extract(res_71_280) if m.kind == "mandate" and m.actor == "Secretary-General" and m.reports]
    assert sg and all(r.to == "General Assembly" for m in sg for r in m.reports)


# ---------------------------------------------------------------- 4. members and the list that holds them


def test_international_organizations_after_the_united_nations_bodies_are_addressed():
    ms = alone("A/RES/78/203", "51")
    assert vias(ms) == {
        "bodies of the United Nations system": None,
        "specialized agencies": "relevant bodies of the United Nations system",
        "funds and programmes": "relevant bodies of the United Nations system",
        "international organizations": None,  # was via the United Nations bodies
        "World Trade Organization": "relevant international organizations",
        "stakeholders": None,
        "civil society": "relevant stakeholders",
    }


def test_and_after_a_members_own_list_takes_up_the_list_it_is_in():
    ms = alone("A/RES/78/204", "15")
    v = vias(ms)
    assert v["Economic and Social Council"] == "United Nations processes"
    assert v["Commission on the Status of Women"] == "the Economic and Social Council"
    # were direct: ", and" closed the Council's list of one, not the mechanisms' and processes'
    assert v["Conference of States Parties to the Convention on the Rights of Persons with Disabilities"] == \
        "United Nations processes"
    assert v["Open-ended Working Group on Ageing"] == "United Nations processes"


def test_a_whole_and_its_parts_leave_the_list_open():
    # "including the Economic and Social Council and its subsidiary bodies, including the Commission on the Status of
    # Women, and the Conference of States Parties ..." (80/214 17): "and its" joins the Council's own bodies, no "and"
    # of the list of mechanisms, processes and bodies, which the Conference is in
    v = vias(alone("A/RES/80/214", "17"))
    assert v["Commission on the Status of Women"] == "its subsidiary bodies"
    # (the group "United Nations bodies", the name carried to the last head: twenty-seventh session, branch mfix7)
    assert v["Conference of States Parties to the Convention on the Rights of Persons with Disabilities"] == \
        "United Nations bodies"


def test_a_list_that_has_had_its_and_is_closed_by_the_comma_and():
    # not widened: "..., including funds, programmes, specialized agencies and regional commissions, in particular the
    # Economic Commission for Africa, and all relevant international and regional organizations" (78/262 56): the
    # organizations are addressed; "as well as" adds to the addressees (79/286 7, 78/233 5)
    assert vias(alone("A/RES/78/262", "56"))["international organizations"] is None
    assert vias(alone("A/RES/79/286", "7"))["intergovernmental organizations"] is None
    assert vias(alone("A/RES/78/233", "5"))["World Trade Organization"] is None


def test_members_after_a_list_closed_by_and_stay_members():
    # not widened: "the United Nations system, including funds, programmes and specialized agencies, regional
    # commissions and relevant envoys of the Secretary-General" (79/288 10): all members of the system
    v = vias(alone("A/RES/79/288", "10"))
    assert v["regional commissions"] == v["envoys of the Secretary-General"] == "the United Nations system"


# ---------------------------------------------------------------- 5. a segment of a session


def test_a_report_at_the_annual_segment_is_timed_by_it():
    ms = alone("A/RES/79/226", "117")
    assert [(m.actor, times([m])[0]) for m in ms] == [
        ("Secretary-General", ["at the annual operational activities for development segment"])]
    assert [(r.to, r.when, r.recurrence) for r in ms[0].reports] == [
        ("Economic and Social Council", "at the annual operational activities for development segment", "regularly")]


def test_a_segment_of_a_session_or_a_meeting_is_read_with_it():
    from resparse.mandates import deadlines

    assert [d.text for d in deadlines.find("for adoption at the opening segment of the high-level meeting;")] == [
        "at the opening segment of the high-level meeting"]
    assert deadlines.find("as expressed during the high-level segment of its sixty-seventh session,") == []
