"""Mandates of A/RES/71/280: the "Must show" of issue 4, read against the resolution's text."""

import pytest

from resparse.mandates import extract, lookup


@pytest.fixture(scope="module")
def items(res_71_280):
    return extract(res_71_280)


def found(items, actor, kind="mandate", **kw):
    return [x for x in lookup(items, actor=actor, **kw) if x.mandate.kind == kind]


def labels(matches, passive=None):
    return [x.mandate.paragraph for x in matches if passive is None or x.mandate.passive == passive]


def test_regional_commissions_22a_requests(items):
    ms = found(items, "regional commissions")
    first = ms[0].mandate
    assert (first.paragraph, first.verb, first.actor) == ("22 (a)", "requests", "regional commissions")
    assert first.actor_as_written == "the regional economic commissions"
    assert first.action.startswith(
        "to organize discussions among States Members of the United Nations and other relevant stakeholders to "
        "examine regional and subregional aspects of international migration and to provide inputs"
    )
    assert first.action.endswith("to the preparatory process of the global compact")
    # the second verb of 22 (a): "and invites their subregional offices", a part of the regional commissions
    assert [(x.mandate.paragraph, x.mandate.verb, x.relation) for x in ms[1:]] == [("22 (a)", "invites", "part")]
    assert ms[1].mandate.actor == "subregional offices of the regional commissions"
    assert ms[1].mandate.action == first.action  # the two verbs share one infinitive


def test_regional_commissions_12_only_a_mention(items):
    mentions = found(items, "regional commissions", kind="mention")
    assert labels(mentions) == ["12"]
    assert mentions[0].mandate.context == "Secretary-General"
    assert "12" not in labels(found(items, "regional commissions"))


@pytest.mark.parametrize("query", ["regional commission", "REGIONAL ECONOMIC COMMISSIONS", "the United Nations regional economic commissions"])
def test_query_case_plural_alias_insensitive(items, query):
    assert labels(found(items, query))[:1] == ["22 (a)"]


def test_president_of_the_general_assembly(items):
    ms = found(items, "President of the General Assembly")
    assert labels(ms, passive=False) == ["5", "6 (b)", "6 (c)", "15", "30", "30"]
    assert {x.mandate.verb for x in ms if not x.mandate.passive} == {"requests"}
    # both requests of 30: the second one names "the President of the Assembly"
    thirty = [x.mandate for x in ms if x.mandate.paragraph == "30"]
    assert [m.actor_as_written for m in thirty] == ["the President of the General Assembly", "the President of the Assembly"]
    assert thirty[1].verb_as_written == "and also requests"
    assert thirty[1].action.startswith("to prepare a summary of the hearings")
    passive = [x.mandate for x in ms if x.mandate.passive]
    assert [(m.paragraph, m.verb) for m in passive] == [("17", "decides")]
    assert "to be appointed by the President of the General Assembly" in passive[0].action
    assert labels(found(items, "President of the Assembly")) == labels(ms)


def test_secretary_general(items):
    ms = found(items, "Secretary-General")
    assert sorted(labels(ms), key=int) == ["10", "12", "13", "18", "22", "26"]
    verbs = {x.mandate.paragraph: x.mandate.verb for x in ms}
    assert verbs["18"] == "invites" and verbs["22"] == "calls upon" and verbs["10"] == "requests"
    # strongest verb first: the requests, then calls upon, then invites
    assert labels(ms)[-2:] == ["22", "18"]
    assert all(x.mandate.actor == "Secretary-General" for x in ms)


def test_secretary_general_is_not_the_secretary_general_of_the_conference(items):
    sg_mentions = found(items, "Secretary-General", kind="mention")
    assert all("of the Conference" not in x.mandate.actor for x in sg_mentions)
    conf = found(items, "Secretary-General of the Conference", kind="mention")
    assert labels(conf) == ["10"]
    assert found(items, "Secretary-General of the Conference") == []


def test_member_states(items):
    ms = found(items, "Member States")
    active = {x.mandate.paragraph: x.mandate.verb for x in ms if not x.mandate.passive}
    assert active == {"19": "calls upon", "20": "invites", "22 (b)": "invites", "22 (c)": "invites", "31": "encourages"}
    assert labels(ms, passive=False) == ["19", "20", "22 (b)", "22 (c)", "31"]  # calls upon > invites > encourages
    # passive: "moderated by a Member State" (17) and "modalities ... to be decided by Member States" (13)
    assert sorted(labels(ms, passive=True)) == ["13", "17"]
    assert labels(found(items, "States Members of the United Nations")) == labels(ms)
    # 22 (a) names "States Members of the United Nations" in the action of the regional commissions
    assert "22 (a)" in labels(found(items, "Member States", kind="mention"))


def deadline(items, label, actor):
    (m,) = [m for m in items if m.kind == "mandate" and m.paragraph == label and m.actor == actor]
    return m.deadline


def test_deadlines(items):
    pga, sg = "President of the General Assembly", "Secretary-General"
    d = deadline(items, "6 (b)", pga)
    assert (d.text, d.type, d.end) == ("no later than April 2017", "by", "2017-04")
    d = deadline(items, "6 (c)", pga)
    assert (d.text, d.end) == ("no later than April 2018", "2018-04")
    d = deadline(items, "22", sg)
    assert (d.text, d.type, d.date) == ("by March 2017", "by", "2017-03")
    d = deadline(items, "26", sg)
    assert d.text == "before the beginning of phase III"
    assert (d.type, d.end, d.resolved_from) == ("before", "2018-02", "14 (c)")  # Phase III: February to July 2018
    d = deadline(items, "27", "co-facilitators")
    assert (d.text, d.end) == ("by the beginning of February 2018", "2018-02")
    (m,) = [m for m in items if m.paragraph == "27" and m.kind == "mandate"]
    assert m.passive and m.verb == "decides" and "shall be prepared by the co-facilitators" in m.action
    d = deadline(items, "15", pga)
    assert (d.text, d.type, d.start, d.end) == ("between April and November 2017", "between", "2017-04", "2017-11")
    assert deadline(items, "23 (a)", "participants").text == "in early December 2017"


def test_deadline_of_a_nested_passive_is_not_the_outer_mandates(items):
    # 13: the Secretary-General's note has no deadline; "by January 2018" is for the Member States' decision
    assert deadline(items, "13", "Secretary-General") is None
    (ms13,) = [m for m in items if m.paragraph == "13" and m.actor == "Member States" and m.kind == "mandate"]
    assert ms13.passive and ms13.deadline.text == "by January 2018"


def test_chapeau_passes_actor_to_23_a_c(items):
    ms = [m for m in items if m.actor == "participants" and m.kind == "mandate"]
    assert [(m.paragraph, m.verb, m.chapeau) for m in ms] == [
        ("23 (a)", "invites", "23"),
        ("23 (b)", "invites", "23"),
        ("23 (c)", "invites", "23"),
    ]
    assert ms[0].action.startswith("To present inputs from relevant processes")


def test_sub_paragraphs_of_15_are_details_not_mandates(items):
    assert not [m for m in items if m.paragraph.startswith("15 (") and m.kind == "mandate"]


def test_anaphora_and_coordination(items):
    nine = [m for m in items if m.paragraph == "9" and m.kind == "mandate"]
    # "and invites the institutions, as well as the Global Alliance ... and regional ... networks, to organize"
    assert [m.actor for m in nine] == [
        "national human rights institutions",
        "national human rights institutions",
        "Global Alliance of National Human Rights Institutions",
        "regional human rights institution networks",
    ]
    twenty_five = [m for m in items if m.paragraph == "25" and m.kind == "mandate"]
    assert [m.actor for m in twenty_five] == ["co-facilitators"]  # "the co-facilitators as co-chairs of ..."


def test_decides_to_binds_the_assembly_and_verb_filter(items):
    decides = [x.mandate for x in lookup(items, verb="decide")]
    assert ("31", "General Assembly") in [(m.paragraph, m.actor) for m in decides]
    assert {m.verb for m in decides} == {"decides"}
    assert labels(lookup(items, actor="Member States", verb="encourages")) == ["31"]


def test_no_mandates_in_the_preamble(items):
    assert not [m for m in items if m.paragraph.startswith("PP")]


def test_calls_on_is_calls_upon(items):
    # 22 opens "Calls upon"; "calls on" is the same verb in the verb table ([same verb]), as a query and in text
    assert "22" in labels(lookup(items, verb="calls on"))
    assert labels(lookup(items, verb="calls on")) == labels(lookup(items, verb="calls upon"))
