"""Actors a delegate would call wrong ("resparse mandates --db ... --actor X"), fixed as kinds (the twenty-second
session, branch mfix2): each on real text, single paragraphs copied from ../shared/corpus/texts into
tests/fixtures/mfix22/paragraphs.md and read in a small resolution (``conftest.mini_resolution``) so the whole
extraction runs on them."""

from pathlib import Path

from conftest import copied_mandates, copied_paragraph

FOLDER = Path(__file__).parent / "fixtures" / "mfix22"


def alone(symbol: str, label: str) -> list:
    """The mandates (kind "mandate") of a copied paragraph read as paragraph 1 of a small resolution."""
    return copied_mandates(FOLDER, symbol, label)


def actors(mandates: list) -> list[tuple[str, str]]:
    return [(m.verb, m.actor) for m in mandates]


# ---------------------------------------------------------------- the addressee swallows the action


def test_a_connective_before_to_ends_the_addressee():
    # A/RES/78/118 47 (79/138 48, 80/112 48): "requests the Secretary-General in this respect to enhance further
    # collaborative initiatives to address ...": "respect" takes no "to" after "in this" (operative_verbs.txt
    # [connectives]); the addressee swallowed "in this respect to enhance further collaborative initiatives"
    assert "in this respect to enhance" in copied_paragraph(FOLDER, "A/RES/78/118", "47")
    first = alone("A/RES/78/118", "47")[0]
    assert (first.verb, first.actor, first.actor_as_written) == ("requests", "Secretary-General", "the Secretary-General")
    assert first.action.startswith("to enhance further collaborative initiatives to address the security needs")


def test_to_do_so_after_a_negated_relative_clause_is_the_action():
    # A/RES/79/172 29, 79/188 3: "Encourages States that have not yet integrated children's issues into their overall
    # rule of law efforts to do so and to develop ...": "do so" repeats the relative clause's verb, no complement of
    # "efforts" (complements.txt [infinitive complements])
    for symbol, label, actor in (("A/RES/79/172", "29", "States"), ("A/RES/79/188", "3", "Member States")):
        (m,) = alone(symbol, label)
        assert m.actor == actor
        assert m.actor_as_written.endswith("into their overall rule of law efforts")
        assert m.action.startswith("to do so")


def test_a_relative_clause_that_said_done_so_leaves_the_next_complement_alone():
    # A/RES/78/138 25: "developed countries that have not already done so and developing countries declaring
    # themselves in a position to do so to take steps ...": "in a position to do so" stays the second addressee's
    ms = alone("A/RES/78/138", "25")
    assert actors(ms) == [("encourages", "developed countries"), ("encourages", "developing countries")]
    assert ms[1].actor_as_written == "developing countries declaring themselves in a position to do so"
    assert all(m.action.startswith("to take steps towards the goal") for m in ms)


# ---------------------------------------------------------------- two actors read as one, a thing read as an actor


def test_a_phrase_before_and_other_is_an_addressee_of_its_own():
    # A/RES/80/221 12: "Calls upon the Myanmar military and other armed actors to immediately cease ...": two actors,
    # as para. 10 names them inside "all parties, including ..."; it gave one "Myanmar military and other armed actors"
    assert actors(alone("A/RES/80/221", "12"))[:2] == [("calls upon", "Myanmar military"), ("calls upon", "armed actors")]
    assert [m.actor for m in alone("A/RES/80/221", "10")] == ["parties", "Myanmar military", "armed actors"]


def test_a_process_in_the_singular_is_no_actor_of_a_decision():
    # A/RES/79/327 42: "Decides ... that, starting with the eightieth session, the process for the selection and
    # appointment of the Secretary-General should include the following steps": a decision on a procedure binds the
    # General Assembly (GUIDELINE, "Decides that <no actor> shall ..."); it gave the actor "process for the selection
    # and appointment of the Secretary-General" (actors.txt [plural heads])
    assert actors(alone("A/RES/79/327", "42")) == [("decides", "General Assembly")]


def test_processes_in_the_plural_stay_addressees():
    # A/RES/78/204 15: "Encourages all relevant United Nations mechanisms and processes, ..., including the high-level
    # political forum on sustainable development and related global and regional processes, ..."
    found = [m.actor for m in alone("A/RES/78/204", "15")]
    assert "processes" in found and "regional processes" in found and "related global processes" in found
    assert "high-level political forum on sustainable development" in found
