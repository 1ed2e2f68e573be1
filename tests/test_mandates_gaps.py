"""The gaps of mandate extraction named at the close of issue 9, each on a real clause of the corpus (copied into
tests/fixtures/mandates-gaps.txt, the source paragraph named at each test; the resolution around them is a
frame), and where it helps the corpus itself (skipped without ../shared/corpus)."""

from pathlib import Path

import pytest

import resparse
from resparse.mandates import extract, lookup
from resparse.mandates.actors import key, table
from resparse.render.mandates import verb_shown

FIXTURES = Path(__file__).parent / "fixtures"
TEXTS = Path(__file__).parent.parent / "texts"


@pytest.fixture(scope="module")
def gaps():
    res = resparse.parse(FIXTURES / "mandates-gaps.txt")
    return res, extract(res, also=("Cote d'Ivoire", "Turkiye"))


def actors(items, label):
    return [m.actor_as_written for m in items if m.paragraph == label and m.kind == "mandate"]


# ---------------------------------------------------------------- 1. coordinated modifiers of one head


def test_modifiers_coordinated_after_a_head_stay_one_actor(gaps):
    # A/RES/78/180 39 (and 80/185 39): the modifiers "of origin, transit and destination" share "countries"
    _, items = gaps
    assert actors(items, "1") == ["Governments of origin, transit and destination countries"]


def test_a_real_list_of_addressees_gives_one_entry_each(gaps):
    # A/RES/78/69 30: "urges States, intergovernmental organizations and other bodies to make ..."
    _, items = gaps
    assert actors(items, "2") == ["States", "intergovernmental organizations", "other bodies"]


@pytest.mark.parametrize("phrase", ["countries of origin, transit and destination",
                                    "States of origin, transit and destination"])
def test_the_same_shape_as_an_addressee_list_is_one_actor(phrase):
    from resparse.mandates.addressees import actor_phrases

    assert [n.written for n in actor_phrases(phrase, [])] == [phrase]


# ---------------------------------------------------------------- 2. names with accents


@pytest.mark.parametrize("written, typed", [("Türkiye", "Turkiye"), ("Côte d’Ivoire", "Cote d'Ivoire"),
                                            ("São Tomé and Príncipe", "Sao Tome and Principe")])
def test_an_actor_key_folds_accents(written, typed):
    assert key(written) == key(typed)  # "t rkiye" before: the ü cut the word
    assert table().resolve(written) == table().resolve(typed) and table().resolve(written).known


def test_a_query_without_accents_finds_the_name_as_written(gaps):
    # A/RES/78/69 224: "... in December 2021 in Antalya, Türkiye, ..."
    _, items = gaps
    found = lookup(items, actor="Turkiye")
    assert [(x.mandate.paragraph, x.mandate.actor_as_written) for x in found] == [("3", "Türkiye")]


def test_corpus_queries_for_accented_states(corpus_dir):
    # 79/249's scale of assessments named every Member State in 12's text; it is a table since branch tab-a, no
    # paragraph text: the names are read where operative paragraphs name them (78/299 "the United Nations
    # Operation in Côte d’Ivoire", 78/69 224 "in Antalya, Türkiye", 79/3 5 and 6 "Comoros, Sao Tome and Principe")
    for name, query, written in (("A_RES_78_299", "Cote d'Ivoire", "Côte d’Ivoire"),
                                 ("A_RES_78_69", "Turkiye", "Türkiye"),
                                 ("A_RES_79_3", "São Tomé and Príncipe", "Sao Tome and Principe")):
        res = resparse.parse(corpus_dir / f"{name}.txt")
        items = extract(res, also=("Cote d'Ivoire", "Turkiye", "Sao Tome and Principe"))
        found = lookup(items, actor=query)
        assert found and {x.mandate.actor_as_written for x in found} == {written}, query


# ---------------------------------------------------------------- 3. first-person verbs in the table's form


def test_first_person_verbs_are_shown_in_the_third_person():
    # A/RES/73/195 annex 44-54: "we invite", "We request", "we decide" -> the verb table's "invites" ...
    items = [m for m in extract(resparse.parse(TEXTS / "A_RES_73_195.txt")) if m.kind == "mandate"
             and m.paragraph.startswith("annex")]
    assert items and {m.verb for m in items} <= {"invites", "requests", "decides", "encourages", "calls upon"}
    written = {m.verb_as_written.split()[-1].lower() for m in items}
    assert "invite" in written  # the words as written are kept
    shown = {verb_shown(m) for m in items}
    assert shown <= {m.verb for m in items} | {f"also {m.verb}" for m in items} | {f"further {m.verb}" for m in items}
    assert "invites" in shown and "invite" not in shown


# ---------------------------------------------------------------- 4. "Agrees that X should ..."


def test_agrees_that_x_should_binds_x_as_a_decision(gaps):
    # A/RES/80/76 5: the Assembly calls such a paragraph a mandate (80/76 4: "as mandated by the General Assembly
    # in its resolution 79/87"); the session in the subject's parenthesis is when the Subcommittee acts
    _, items = gaps
    (m,) = [m for m in items if m.paragraph == "4" and m.kind == "mandate"]
    assert (m.verb, m.verb_as_written, m.actor, m.modal) == ("decides", "Agrees", "Legal Subcommittee", "should")
    assert [d.text for d in m.deadlines] == ["at its sixty-fifth session"]
    assert verb_shown(m) == "agrees"  # the words as written: "agrees", not "decides"
    assert [(m.actor, m.verb) for m in items if m.paragraph == "6" and m.kind == "mandate"] == [("Office", "decides")]


def test_agrees_that_without_an_actor_and_a_modal_binds_nobody(gaps):
    # A/RES/78/2 5: "Agrees that the failure of the Comoros ... was due to conditions beyond their control"
    _, items = gaps
    assert [m for m in items if m.paragraph == "5" and m.kind == "mandate"] == []


@pytest.fixture(scope="module")
def dated():
    res = resparse.parse(FIXTURES / "mandates-deadlines.txt")  # adopted 22 December 2023, in the 78th session
    return [m for m in extract(res) if m.kind == "mandate"]


def test_a_second_verb_agrees_inside_a_paragraph(dated):
    # A/RES/78/72 29: "..., encourages the regional centres to ..., and agrees that the regional centres should
    # continue to report to the Committee ..."
    got = [(m.verb_as_written, m.actor, m.modal) for m in dated if m.paragraph == "6"]
    assert got == [("encourages", "regional centres", None), ("and agrees", "regional centres", "should")]


# ---------------------------------------------------------------- 6. deadlines and reports, by kind


def deadlines_of(items, label):
    return [(d.text, d.start, d.end) for m in items if m.paragraph == label for d in m.deadlines]


def test_a_session_at_which_the_assembly_acts_is_no_deadline(dated):
    # A/RES/78/245 3: "... decisions taken by the General Assembly at its seventy-eighth session"
    assert [m.actor for m in dated if m.paragraph == "1"] == ["Committee on Conferences"]
    assert deadlines_of(dated, "1") == []


def test_dates_with_their_weekday_coordinated(dated):
    # A/RES/79/286 1: "will be held on Monday, 24 November, and Tuesday, 25 November 2025"
    assert deadlines_of(dated, "2") == [("on Monday, 24 November, and Tuesday, 25 November 2025", "2025-11-24",
                                         "2025-11-25")]


@pytest.mark.parametrize("label, written", [("3", "in the next budget proposals"),  # A/RES/79/257 20
                                            ("5", "in his next progress report")])  # A/RES/79/258 XVI.10
def test_the_next_document_is_a_relative_deadline(dated, label, written):
    assert (written, None, None) in deadlines_of(dated, label)


def test_another_bodys_session_is_kept_undated(dated):
    # A/RES/79/160 69: "for submission to the General Assembly at its eightieth session and to the Human Rights
    # Council at its fifty-ninth session": the Council's 59th is no Assembly session (that would be 2004); the Council's
    # own calendar dates it, June 2025 (data/body_sessions.txt: branch trialfix29b)
    (m,) = [m for m in dated if m.paragraph == "4" and m.verb == "requests"]
    assert [(d.text, d.start, d.body) for d in m.deadlines] == [("at its eightieth session", "2025-09", None),
                                                                ("at its fifty-ninth session", "2025-06", "Human Rights Council")]
    assert m.report.to == "General Assembly" and m.report.due.text == "at its eightieth session"


# ---------------------------------------------------------------- the action: verbs whose base form looks inflected


def test_bring_and_heed_open_the_action(gaps):
    # A/RES/78/122 6: "Requests the Secretary-General to bring the present resolution to the attention of all Member
    # States, ..." (one actor; the States and organizations it names are told, not asked); A/RES/78/119 58: "Calls
    # upon Member States and other relevant stakeholders to heed the urgency ..."
    _, items = gaps
    assert [(m.actor_as_written, m.action[:9]) for m in items if m.paragraph == "7" and m.kind == "mandate"] == [
        ("the Secretary-General", "to bring ")]
    got = [(m.actor_as_written, m.action[:8]) for m in items if m.paragraph == "8" and m.verb == "calls upon"]
    assert got[:2] == [("Member States", "to heed "), ("other relevant stakeholders", "to heed ")]


@pytest.mark.parametrize("word, participle", [("bring", False), ("string", False), ("ensuring", True),
                                              ("doing", True), ("proceed", False), ("exceed", False),
                                              ("agreed", True), ("increased", True)])
def test_a_participle_is_told_from_a_base_form(word, participle):
    from resparse.mandates.clauses import _participle

    assert _participle(word) is participle


def test_as_early_as_possible_is_a_deadline_and_every_deadline_of_a_decision_is_kept(dated):
    # A/RES/79/194 62: "Decides to convene ... as early as possible, but no later than the end of March 2025"
    got = deadlines_of([m for m in dated if m.verb == "decides"], "7")
    assert [(t, s) for t, s, _ in got] == [("as early as possible", "2023-12"),
                                           ("no later than the end of March 2025", "2025-03")]


def test_a_goals_year_is_no_deadline_a_deadline_near_a_goal_is(dated):
    # A/RES/78/188 44: "... in particular the target of ending the AIDS epidemic by 2030" (GUIDELINE.md: a goal's
    # year is not a deadline); A/RES/78/153 10: "... to align with the Paris Agreement temperature goal by the end
    # of 2023" is when the countries are to act
    assert deadlines_of(dated, "8") == []
    assert ("by the end of 2023", "2023-12", "2023-12") in deadlines_of(dated, "9")


def test_a_decision_that_binds_an_actor_to_report_asks_for_a_report(dated):
    # A/RES/78/20 5: "Also decides that the open-ended working group shall submit its report to the General Assembly
    # at its eighty-first session"; A/RES/78/72 29: "agrees that the regional centres should continue to report to
    # the Committee on the Peaceful Uses of Outer Space" (the body's name goes on after "on the")
    (m,) = [m for m in dated if m.paragraph == "10" and m.actor == "open-ended working group"]
    assert (m.report.to, m.report.when, m.report.due.start) == ("General Assembly", "at its eighty-first session",
                                                                "2026-09")
    (m,) = [m for m in dated if m.paragraph == "6" and m.verb == "decides"]
    assert m.report.to == "Committee on the Peaceful Uses of Outer Space"


def test_the_body_a_report_goes_to_is_named_whole_and_first():
    # GUIDELINE.md: a report with two bodies records the first
    from resparse.mandates.reports import report_of

    assert report_of("to report to the Committee on the Peaceful Uses of Outer Space on its work", []).to == (
        "Committee on the Peaceful Uses of Outer Space")
    assert report_of("to submit a report to the General Assembly and the Human Rights Council", []).to == (
        "General Assembly")


def test_corpus_decision_to_include_a_report_topic(corpus_dir):
    # "... and also decides to include the topic “Report on the work of the Technology Bank ...” ..., and requests
    # the Secretary-General to submit a report for its consideration"
    res = resparse.parse(corpus_dir / "A_RES_80_150.txt")
    items = [m for m in extract(res) if m.paragraph == "38" and m.kind == "mandate"]
    assert [m.report for m in items if m.actor == "General Assembly"] == [None, None]
    assert [m.report.to for m in items if m.actor == "Secretary-General"] == ["General Assembly"]


# ---------------------------------------------------------------- kinds seen in the second sample's misses
# (the clauses below are other corpus clauses of each kind, not the sample's units)


@pytest.fixture(scope="module")
def kinds():
    res = resparse.parse(FIXTURES / "mandates-kinds.txt")  # adopted 19 December 2023
    return [m for m in extract(res) if m.kind == "mandate"]


def test_the_actors_report_on_a_subject_and_future_reports_say_when(kinds):
    # A/RES/78/234 37: "to include, in his report on the implementation of the present resolution to the General
    # Assembly at its seventy-ninth session, ..."; A/RES/80/238 22: "... to explain in future reports how ..."
    # (the report's own time written after it: that session alone since branch f18, tests/labels/mandates_fresh18 n 95)
    texts = [d[0] for d in deadlines_of(kinds, "1")]
    assert texts[0] == "at its seventy-ninth session" and not [t for t in texts if t.startswith("in his report")]
    (m,) = [m for m in kinds if m.paragraph == "3"]
    assert [d.text for d in m.deadlines] == ["in future reports"] and m.report.to == "General Assembly"


def test_a_session_named_by_its_year(kinds):
    # A/RES/78/53 17: "Urges the Conference on Disarmament to commence as early as possible its substantive work
    # during its 2024 session"
    assert deadlines_of(kinds, "2") == [("as early as possible", "2023-12", "2023-12"),
                                        ("during its 2024 session", "2024", "2024")]


def test_a_report_cited_as_a_source_is_neither_deadline_nor_report(kinds):
    # A/RES/78/219 29: "... the recommendations made by the independent international fact-finding mission in its
    # report on the economic interests of the Myanmar military"
    items = [m for m in kinds if m.paragraph == "4"]
    assert len(items) == 3 and all(m.deadlines == [] and m.report is None for m in items)


def test_foundations_are_addressees_of_their_own(kinds):
    # A/RES/78/132 8: "invites Member States, as well as international organizations, foundations and the private
    # sector, to provide voluntary financial and in-kind resources"
    assert [m.actor_as_written for m in kinds if m.paragraph == "5"] == [
        "Member States", "international organizations", "foundations", "the private sector"]


def test_a_department_named_with_and_is_one_actor():
    from resparse.mandates.addressees import actor_phrases

    # A/RES/78/245 27: "requests the Department for General Assembly and Conference Management to inform ..."
    (n,) = actor_phrases("the Department for General Assembly and Conference Management", [])
    assert n.actor.name == "Department for General Assembly and Conference Management" and n.actor.known
    assert table().resolve("DGACM") == n.actor


def test_a_subjunctive_report_is_a_report():
    from resparse.mandates.reports import report_of

    # "reiterates its request that the Secretary-General report annually on the implementation ...": the
    # subjunctive's action opens with "report"
    assert report_of("report annually on the implementation of projects", []).recurrence == "annually"


def test_a_decision_chapeau_with_its_modal_binds_the_items(kinds):
    # A/RES/78/128 4: "Decides that the Conference shall: (a) Support further and urgent action ...; (b) Identify
    # ..." (in this frame "the Conference" is the Conference on Disarmament named in 2, the resolution's own
    # earlier Conference)
    got = [(m.paragraph, m.actor_as_written, m.modal, m.chapeau, m.action.split()[:2]) for m in kinds
           if m.paragraph.startswith("6")]
    assert got == [("6 (a)", "the Conference", "shall", "6", ["shall", "support"]),
                   ("6 (b)", "the Conference", "shall", "6", ["shall", "identify"]),
                   ("6 (c)", "the Conference", "shall", "6", ["shall", "build"])]


def test_the_named_before_is_a_name_with_that_head(corpus_dir):
    # A/RES/78/327 4: "Decides that the Conference shall:" after "the Presidents of the Conference" were named: the
    # Conference is not its Presidents
    res = resparse.parse(corpus_dir / "A_RES_78_327.txt")
    actors_4 = {m.actor for m in extract(res) if m.paragraph.startswith("4 (") and m.kind == "mandate"}
    assert actors_4 and not any("Presidents" in a for a in actors_4)


def test_cooperation_between_actors_is_a_thing_and_its_actors_are_them(kinds):
    # A/RES/79/136 21: "Encourages increased cooperation between the United Nations and INTERPOL to assist Member
    # States ..." addresses nobody (GUIDELINE.md: a named actor inside a noun object is no addressee); A/RES/78/207
    # 12: "Welcomes the cooperation established between the Working Group and the Committee, ..., and encourages
    # them to continue their cooperation": them are the Working Group and the Committee
    assert [m.actor for m in kinds if m.paragraph == "7"] == []
    assert [(m.actor_as_written, m.actor) for m in kinds if m.paragraph == "8"] == [("them", "Working Group"),
                                                                                   ("them", "Committee")]
