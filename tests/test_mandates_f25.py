"""The twenty-seventh blind sample's misses (tests/labels/mandates_fresh25, thirtieth session, branch f25), fixed as
kinds, each on real paragraphs copied from ../shared/corpus/texts into tests/fixtures/kinds_f25/paragraphs.md and read
in a small resolution (``conftest.mini_resolution``):

- a ", and" after a parenthesis of partners ("in partnership with", data/actors.txt [partners]) goes on with the
  partners, as ", as well as" does: "encourages Governments, in partnership with United Nations entities, ..., civil
  society, including academia, and other stakeholders, as appropriate, to ..." (79/148 5: Governments only; 79/191 56,
  78/289 3); mandates/addressees.py ``_entries``. After a parenthesis that names no partner the list goes on with
  the addressees, as before (78/176 3);
- information put to a named body for a named session is a report in two more shapes (tests/labels/GUIDELINE.md, the
  twenty-seventh sample): the receiver and its session written first, a qualifier, the body's channel and "for
  consideration during" between, the views of those asked as the information ("to provide, as appropriate, to the
  Commission ..., through its secretariat, for consideration during its thirty-third session, views on ...", 78/225
  15: due at the Commission's thirty-third session, May 2024, by its calendar); the information sent "along with" the
  actor's own outcome to a body written in lower case "at its meeting in 2024" (the same paragraph: a report to the
  high-level political forum, due in 2024, at no Assembly session); grammar/reports.lark ``information_after``,
  ``inform``, data/reports_elsewhere.txt [receiving heads] "forum". "To provide input to" a body with no session named
  stays no report (mandates_fresh3 n 37: 79/149 21; 78/189 29)."""

from pathlib import Path

from conftest import copied_mandates

FOLDER = Path(__file__).parent / "fixtures" / "kinds_f25"


def rows(symbol: str, label: str) -> list:
    return copied_mandates(FOLDER, symbol, label)


def actors(symbol: str, label: str, verb: str | None = None) -> list[str]:
    return [m.actor for m in rows(symbol, label) if verb is None or m.verb == verb]


# ---------------------------------------------------------------- 1. partners after "in partnership with", ", and"


def test_and_other_stakeholders_after_the_partners_are_partners():
    assert actors("79/148", "5", "encourages") == ["Governments"]


def test_a_serial_comma_in_the_partners_list_keeps_it_open():
    # "in close cooperation with Member States, the International Narcotics Control Board, and pertinent United
    # Nations entities, intergovernmental and regional organizations and the scientific community and civil society"
    assert actors("79/191", "56") == ["United Nations Office on Drugs and Crime"]
    # "in cooperation with the relevant international organizations, ..., and all other relevant stakeholders,
    # including the Committee for the Promotion and Advancement of Cooperatives"
    assert actors("78/289", "3") == ["Department of Economic and Social Affairs of the Secretariat"]


def test_and_after_a_parenthesis_of_no_partners_takes_up_the_addressees():
    # "Calls upon Member States, United Nations entities, within their respective mandates, and other relevant
    # stakeholders, to offer support"
    assert actors("78/176", "3") == ["Member States", "United Nations entities", "stakeholders"]


# ---------------------------------------------------------------- 2. information for a body at a named session


def test_views_provided_to_a_body_for_its_session_are_a_report_to_it():
    ms = [m for m in rows("78/225", "15") if m.verb == "invites"]
    assert len(ms) == 6
    for m in ms:
        assert [(r.to, r.when) for r in m.reports] == [
            ("Commission on Crime Prevention and Criminal Justice", "during its thirty-third session")]
        # the Commission's own thirty-third session (data/body_sessions.txt), at no Assembly session
        assert m.reports[0].due is not None and m.reports[0].due.start == "2024-05"
        assert m.reports[0].session is None


def test_information_sent_along_with_the_actors_outcome_to_a_lower_case_forum_is_a_report():
    [m] = [m for m in rows("78/225", "15") if m.verb == "requests"]
    assert m.actor == "Commission on Crime Prevention and Criminal Justice"
    [r] = m.reports
    assert r.to == "high-level political forum"
    assert r.when == "in 2024" and r.due.start == "2024"
    assert r.session is None  # the forum meets at its own time, not at a session of the Assembly


def test_input_to_a_body_with_no_session_named_stays_no_report():
    # "to continue to provide its relevant input ... to the Economic and Social Council and to the high-level political
    # forum" (mandates_fresh3 n 37), "to provide inputs on Indigenous issues to the high-level political forum ... for
    # consideration in its thematic reviews"
    for symbol, label in (("79/149", "21"), ("78/189", "29")):
        [m] = rows(symbol, label)
        assert m.reports == []
