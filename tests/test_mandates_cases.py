"""The mandate answers of the failing cases of ../shared/cases (copied into tests/fixtures/): each stands for a kind."""

from pathlib import Path

import pytest

import resparse
from resparse.mandates import extract, lookup

FIXTURES = Path(__file__).parent / "fixtures"


def mandates(name):
    res = resparse.parse(FIXTURES / name)
    return res, [m for m in extract(res) if m.kind == "mandate"]


def rows(items):
    return [(m.paragraph, m.verb, m.actor) for m in items]


def test_declaration_in_body():
    # "Adopts the following political declaration:" is OP1; the declaration's paragraphs keep their own numbers
    _, ms = mandates("declaration-in-body.txt")
    assert rows(ms) == [
        ("adopted 2", "calls upon", "Member States"),
        ("adopted 3", "requests", "Secretary-General"),
        ("adopted 4 (a)", "calls upon", "Member States"),  # "Proclaim ... and call upon all Member States"
        ("adopted 4 (b)", "encourages", "President of the General Assembly"),
        ("adopted 4 (b)", "encourages", "Secretary-General"),
    ]
    assert ms[1].deadline.text == "by the end of 2024"


def test_declaration_annexed_chapeau():
    _, ms = mandates("declaration-annexed-chapeau.txt")
    assert rows(ms) == [
        ("annex 1", "calls upon", "Member States"),
        ("annex 2 (a)", "calls upon", "Member States"),
        ("annex 2 (b)", "encourages", "President of the General Assembly"),
        ("annex 2 (b)", "encourages", "Secretary-General"),
    ]


def test_declaration_action_list():
    # annex 3 "Strengthen national responses" is a commitment; annex 4 a bare imperative with an addressee
    _, ms = mandates("declaration-action-list.txt")
    assert rows(ms) == [("annex 4", "calls upon", "World Health Organization")]


def test_demands_that():
    res, ms = mandates("demands-that.txt")
    uk = "United Kingdom of Great Britain and Northern Ireland"
    assert rows(ms) == [
        ("1", "demands", uk),  # "Demands that the United Kingdom ... withdraw": a subjunctive "that"-clause
        ("2", "urges", uk),
        ("3", "calls upon", "international organizations"),  # "including those established by treaty": no actor
        ("5", "requests", "Secretary-General"),
    ]
    assert ms[0].action.startswith("withdraw its administration")
    # the short name finds the mandates stored under the full name
    found = lookup(extract(res, also=("United Kingdom",)), "United Kingdom")
    assert [x.mandate.paragraph for x in found if x.mandate.kind == "mandate"] == ["1", "2"]
    assert [x.mandate.paragraph for x in found if x.mandate.kind == "mention"] == ["4"]


@pytest.mark.parametrize("query", ["United Kingdom", "the Government of the United Kingdom", "UK"])
def test_state_names_and_governments_are_one_actor(query):
    from resparse.mandates.actors import table

    assert table().resolve(query).name == "United Kingdom of Great Britain and Northern Ireland"
