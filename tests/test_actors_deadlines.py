"""Units: the alias table (data/actors.txt) and deadline parsing."""

import pytest

import resparse
from resparse.mandates import actors, deadlines
from resparse.mandates.actors import key, table


@pytest.mark.parametrize(
    "a, b",
    [
        ("regional commissions", "regional economic commissions"),
        ("regional commissions", "the United Nations regional economic commissions"),
        ("the President of the Assembly", "the President of the General Assembly"),
        ("States Members of the United Nations", "Member States"),
        ("all Member States", "a Member State"),
        ("the subregional offices of the regional economic commissions", "subregional offices of the regional commissions"),
        ("the two co-facilitators", "co-facilitators"),
    ],
)
def test_aliases_name_one_actor(a, b):
    assert table().resolve(a).key == table().resolve(b).key


def test_secretary_general_of_the_conference_is_another_actor():
    t = table()
    assert t.resolve("the Secretary-General of the Conference").key != t.resolve("the Secretary-General").key
    hits = actors.scan("Requests the Secretary-General to appoint a Secretary-General of the Conference ahead of phase I")
    assert [h.name for h in hits] == ["Secretary-General", "Secretary-General of the Conference"]


def test_canonical_names():
    t = table()
    assert t.resolve("States Members of the United Nations").name == "Member States"
    assert t.resolve("the President of the Assembly").name == "President of the General Assembly"
    assert t.resolve("relevant entities").name == "entities"  # not in the table: the phrase without article


def test_groups_and_parts():
    t = table()
    rc = t.resolve("regional commissions").key
    assert rc in t.wholes(t.resolve("Economic Commission for Europe").key)  # a member finds its group
    assert rc in t.wholes(t.resolve("subregional offices of the regional commissions").key)  # a part its whole
    assert t.resolve("States").key in t.wholes(t.resolve("Member States").key)


def test_scanner_is_case_and_plural_insensitive_but_not_for_acronyms_and_compounds():
    assert [h.name for h in actors.scan("the Regional Economic Commission and Member State")] == [
        "regional commissions",
        "Member States",
    ]
    assert actors.scan("representatives who may attend") == []  # "who" is not WHO
    assert [h.name for h in actors.scan("WHO and UNICEF")] == ["World Health Organization", "United Nations Children's Fund"]
    assert actors.scan("the State-led preparatory process") == []


def test_a_hyphenated_acronym_is_matched_only_with_its_capitals(corpus_dir):
    # "UN-Women" (data/actors.txt) is an acronym joined to a word: its capitals must be capitals, as "WHO"'s
    un_women = "United Nations Entity for Gender Equality and the Empowerment of Women"
    assert [h.name for h in actors.scan("invites UN-Women to support")] == [un_women]
    assert actors.scan("invites un-women to support") == [] and actors.scan("Un-Women") == []
    # 78/154 operative 24, as written: "the United Nations Entity for Gender Equality and the Empowerment of Women
    # (UN-Women)" names the entity twice
    para = resparse.parse(corpus_dir / "A_RES_78_154.txt").get("24")
    assert [h.name for h in actors.scan(para.text)].count(un_women) == 2


def test_key_normalizes():
    assert key("the United Nations Regional Economic Commissions") == "united nation regional economic commission"
    assert key("Secretary General") == key("the Secretary-General")


@pytest.mark.parametrize(
    "text, written, typ, start, end",
    [
        ("to submit the list no later than April 2017;", "no later than April 2017", "by", "2017-04", "2017-04"),
        ("a workplan by March 2017 in order to", "by March 2017", "by", "2017-03", "2017-03"),
        ("between April and November 2017, as follows", "between April and November 2017", "between", "2017-04", "2017-11"),
        ("hearings, between April 2017 and June 2018, with", "between April 2017 and June 2018", "between", "2017-04", "2018-06"),
        ("shall be held in Mexico in early December 2017 for", "in early December 2017", "in", "2017-12", "2017-12"),
        ("presented by the beginning of February 2018 for", "by the beginning of February 2018", "by", "2018-02", "2018-02"),
        ("to report at its eighty-first session", "at its eighty-first session", "at", "2026-09", "2027-09"),
        ("in the provisional agenda of its eighty-first session the item", "of its eighty-first session", "at", "2026-09", "2027-09"),
        ("on 10 December 2018.", "on 10 December 2018", "in", "2018-12-10", "2018-12-10"),
        ("the forum, at least 12 weeks ahead of each forum;", "at least 12 weeks ahead of each forum", "relative", None, None),
        ("recommendations before the beginning of phase III;", "before the beginning of phase III", "before", None, None),
    ],
)
def test_deadlines(text, written, typ, start, end):
    (d,) = deadlines.find(text)
    assert (d.text, d.type, d.start, d.end) == (written, typ, start, end)


def test_agent_by_is_not_a_deadline():
    assert deadlines.find("shall be prepared by the co-facilitators on the basis of the views") == []


def test_named_periods_date_relative_deadlines():
    periods = deadlines.named_periods(
        [("14 (a)", "Phase I (consultations): April to November 2017;"),
         ("14 (c)", "Phase III (intergovernmental negotiations): February to July 2018:")]
    )  # fmt: skip
    assert periods["phase iii"] == ("2018-02", "2018-07", "14 (c)")
    (d,) = deadlines.find("before the beginning of phase III;", periods)
    assert (d.type, d.start, d.end, d.resolved_from) == ("before", None, "2018-02", "14 (c)")
    (d,) = deadlines.find("to take into consideration, in phase I, their", periods)
    assert (d.type, d.start, d.end) == ("in", "2017-04", "2017-11")


@pytest.mark.parametrize("word, n", [("first", 1), ("twelfth", 12), ("seventy-third", 73), ("eightieth", 80)])
def test_ordinals(word, n):
    assert deadlines.ordinal(word) == n


@pytest.mark.parametrize("text, expected", [
    # 80/222 16, 77/906 (cases), 73/195 annex 50, 80/243 V.12, 73/905 (cases)
    ("calls upon the Islamic Republic of Iran to immediately and unconditionally release persons",
     [("immediately", "immediately", "2025-12", "2025-12")]),
    ("within the respective regions, beginning in 2020, alternating with", [("beginning in 2020", "from", "2020", None)]),
    ("to report on the use of the commitment authority in the context of his next report",
     [("in the context of his next report", "relative", None, None)]),
    ("within a period of no more than six months from the adoption of the present resolution",
     [("within a period of no more than six months from the adoption of the present resolution", "within", "2025-12",
       "2026-06")]),
])
def test_deadline_kinds(text, expected):
    got = [(d.text, d.type, d.start, d.end) for d in deadlines.find(text, adopted="2025-12-15")]
    assert got == expected


def test_a_session_is_dated_from_the_adoption():
    # 77/906 (cases), adopted in the seventy-seventh session: the seventy-eighth is the Assembly's next
    text = "to the General Assembly in the second quarter of 2023 and a full report at its seventy-eighth session"
    got = [(d.text, d.type, d.start, d.end) for d in deadlines.find(text, adopted="2023-03-01")]
    assert got == [("in the second quarter of 2023", "in", "2023-04", "2023-06"),
                   ("at its seventy-eighth session", "at", "2023-09", "2024-09")]
