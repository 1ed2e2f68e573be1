"""Wrong rows an audit of random corpus rows found (twenty-seventh session, branch mfix7), fixed as kinds, each on a
real paragraph copied from ../shared/corpus/texts into tests/fixtures/kinds_mfix7/paragraphs.md and read in a small
resolution (``conftest.mini_resolution``), and on the corpus file for ``--reports --session``:

- a member list after "including"/"in particular" is closed by a phrase that opens with "other" after a comma: the
  phrases after it are addressed directly (79/266 2, 78/281 6); mandates/addressees.py ``_other_closes``;
- ", in addition to" adds to the addressees as ", as well as" does (79/144 94); mandates/addressees.py
  ``_ADDING_WORDS``;
- a name written once before bare heads coordinated by commas and "and" is each head's, and the group members are
  named under after the last is that head with the name (80/214 17: "United Nations bodies", was "bodies");
  mandates/addressees.py ``_carried_run``;
- "and also to transmit the report to X" after a report asked passes it on: no second report (79/47 13);
  data/report_verbs.txt [relay], mandates/reports.py ``_relays``;
- a report due "at its eighty-first and eighty-second sessions" is due at both (80/229 78)."""

import json
import subprocess
import sys
from pathlib import Path

from conftest import copied_mandates

FOLDER = Path(__file__).parent / "fixtures" / "kinds_mfix7"


def vias(symbol: str, label: str) -> dict[str, str | None]:
    """Each mandate's actor as written and the group it is addressed through (None: addressed directly)."""
    return {m.actor_as_written: m.via for m in copied_mandates(FOLDER, symbol, label)}


# ---------------------------------------------------------------- 1. "other ..." closes a member list


def test_other_after_a_comma_closes_the_including_list():
    v = vias("79/266", "2")
    assert v["United Nations Office on Drugs and Crime"] == "organizations of the United Nations system"
    for direct in ("organizations of the United Nations system", "other international organizations",
                   "regional organizations", "judicial institutions", "academia", "associations of judges",
                   "other relevant stakeholders"):
        assert v[direct] is None, direct  # were via the organizations of the system
    assert v["civil society"] == "other relevant stakeholders"  # its own "including" list


def test_other_after_a_comma_closes_the_in_particular_list():
    v = vias("78/281", "6")
    division = next(a for a in v if a.startswith("the Division for Inclusive Social Development"))
    assert v[division] == "organizations of the United Nations system"
    for direct in ("other international organizations", "regional organizations", "academia", "civil society",
                   "the private sector", "other relevant stakeholders"):
        assert v[direct] is None, direct


def test_other_of_another_kind_than_the_group_stays_a_member():
    # the group a catch-all ("stakeholders", "actors"): "other interested international bodies", "other international
    # organizations" are more of its members, not beside it
    v = vias("78/128", "28")
    for member in ("intergovernmental organizations", "other interested international bodies",
                   "non-governmental organizations", "the private sector", "philanthropic organizations"):
        assert v[member] == "other relevant stakeholders", member
    v = vias("78/182", "24")
    assert v["other international organizations"] == v["civil society"] == "all actors"


def test_other_after_and_stays_a_member():
    # "and other ..." ends the member list with a member: the entities named are the system's own
    from resparse.mandates.addressees import actor_phrases

    named = actor_phrases("the United Nations system, including funds, programmes and other entities", [])
    assert [(n.written, n.via) for n in named][1:] == [("funds", "the United Nations system"),
                                                      ("programmes", "the United Nations system"),
                                                      ("other entities", "the United Nations system")]


# ---------------------------------------------------------------- 2. ", in addition to" adds addressees


def test_in_addition_to_adds_direct_addressees():
    v = vias("79/144", "94")
    assert v["States"] is None
    assert v["those that have already received recommendations from the Commission"] == "States"
    for direct in ("international financial institutions", "donor agencies", "intergovernmental organizations",
                   "non-governmental organizations"):
        assert v[direct] is None, direct  # were via "States"
    assert [a for a, g in v.items() if g is None and a.endswith("persons")] == ["natural persons", "juridical persons"]


# ---------------------------------------------------------------- 3. the group named whole


def test_members_after_heads_sharing_a_name_are_named_under_the_last_with_it():
    ms = copied_mandates(FOLDER, "80/214", "17")
    v = {m.actor_as_written: m.via for m in ms}
    assert v["the Economic and Social Council"] == "United Nations bodies"  # was "bodies"
    assert v["the Conference of States Parties to the Convention on the Rights of Persons with Disabilities"] == \
        "United Nations bodies"
    assert v["the Commission on the Status of Women"] == "its subsidiary bodies"
    # the name written once before the heads is each head's
    assert {"United Nations processes", "United Nations bodies"} <= set(v)


def test_those_after_two_heads_sharing_a_name_is_bound_to_the_last():
    v = vias("78/210", "36")
    assert v["those participating in the United Nations Global Counter-Terrorism Coordination Compact"] == \
        "United Nations entities"


# ---------------------------------------------------------------- 4. a report passed on is no second report


def test_transmitting_the_report_asked_is_no_second_report():
    ms = copied_mandates(FOLDER, "79/47", "13")
    sg = [m for m in ms if m.actor == "Secretary-General"]
    assert [(r.to, r.when) for m in sg for r in m.reports] == [("General Assembly", "at its eightieth session")]


# ---------------------------------------------------------------- 5. a report due at two sessions


def test_a_report_at_two_sessions_is_due_at_both():
    ms = copied_mandates(FOLDER, "80/229", "78")
    (r,) = [r for m in ms for r in m.reports]
    assert (r.session, r.last, r.every) == (81, 82, 1)
    assert [n for n in range(79, 85) if r.due_at(n)] == [81, 82]


def test_session_82_lists_a_report_due_at_the_eighty_first_and_eighty_second(corpus_dir):
    path = corpus_dir / "A_RES_80_229.txt"
    for session in (81, 82):
        out = subprocess.run([sys.executable, "-m", "resparse", "mandates", str(path), "--reports", "--session",
                              str(session), "--json"], capture_output=True, text=True, check=True).stdout
        assert "78" in [row["paragraph"] for row in json.loads(out)], session
