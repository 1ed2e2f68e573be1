"""Actors and actions a delegate would call wrong ("resparse mandates --db ... --actor X"), fixed as kinds (the
twenty-third session, branch mfix3): each on real text, single paragraphs copied from ../shared/corpus/texts into
tests/fixtures/mfix23/paragraphs.md and read in a small resolution (``conftest.mini_resolution``) so the whole
extraction runs on them."""

from pathlib import Path

from conftest import copied_mandates, copied_paragraph

FOLDER = Path(__file__).parent / "fixtures" / "mfix23"


def alone(symbol: str, label: str) -> list:
    """The mandates (kind "mandate") of a copied paragraph read as paragraph 1 of a small resolution."""
    return copied_mandates(FOLDER, symbol, label)


# ---------------------------------------------------------------- the addressee swallows the action


def test_a_mandate_under_which_forces_act_is_a_scope_and_the_to_after_it_opens_the_action():
    # A/RES/78/331 13: "Calls upon Member States deploying non-United Nations forces authorized under a Security Council
    # mandate to take appropriate steps to investigate ..., and urges all non-United Nations forces authorized under a
    # Security Council mandate to take adequate measures to prevent ...": the addressees ran on to "to take appropriate
    # steps" and "to take adequate measures" (complements.txt [scopes])
    assert "authorized under a Security Council mandate to take" in copied_paragraph(FOLDER, "A/RES/78/331", "13")
    first, second = alone("A/RES/78/331", "13")
    assert (first.verb, first.actor) == ("calls upon", "Member States")
    assert first.actor_as_written.endswith("authorized under a Security Council mandate")
    assert first.action.startswith("to take appropriate steps to investigate allegations")
    assert (second.verb, second.actor) == ("urges", "non-United Nations forces")
    assert second.actor_as_written.endswith("authorized under a Security Council mandate")
    assert second.action.startswith("to take adequate measures to prevent")


def test_a_scope_after_the_action_and_an_obligation_to_do_keep_their_reading():
    # A/RES/78/78 18: "within their mandates to ensure ..." comes after the action "to take all necessary measures";
    # A/RES/78/6 10: "those States that are under an obligation to cooperate to provide such cooperation": the
    # obligation's content is the States' (no scope noun), the action "to provide ..."
    (m,) = alone("A/RES/78/78", "18")
    assert m.action.startswith("to take all necessary measures and actions within their mandates to ensure")
    (m,) = alone("A/RES/78/6", "10")
    assert m.actor == "States" and m.actor_as_written == "those States that are under an obligation to cooperate"
    assert m.action.startswith("to provide such cooperation and assistance")


def test_an_infinitive_after_including_is_an_example_not_the_action():
    # A/RES/80/180 11: "Urges Member States and relevant United Nations organs and entities, when designing, deploying
    # or evaluating policies and programmes involving youth, including to eliminate all forms of discrimination and
    # violence against all young people, to pay special attention to the specific needs of young women and girls ...":
    # the action was "to eliminate all forms of discrimination ..."
    ms = alone("A/RES/80/180", "11")
    assert [m.actor for m in ms] == ["Member States", "United Nations organs", "United Nations entities"]
    assert all(m.action.startswith("to pay special attention to the specific needs of young women") for m in ms)


# ---------------------------------------------------------------- members named after heads sharing a complement


def test_those_named_after_heads_sharing_a_complement_are_members_of_the_whole():
    # A/RES/78/181 5, 80/184 5: "Requests the relevant organizations and bodies of the United Nations system, in
    # particular those dealing with issues of development, to address ...": "those" stands for both heads, its row a via
    # row of the whole (the United Nations system), not of "bodies of the United Nations system" alone (GUIDELINE.md,
    # the twenty-second session's mfix2 decisions)
    for symbol in ("A/RES/78/181", "A/RES/80/184"):
        found = [(m.actor, m.actor_as_written, m.via) for m in alone(symbol, "5")]
        assert found == [
            ("United Nations system", "the relevant organizations of the United Nations system", None),
            ("bodies of the United Nations system", "the relevant bodies of the United Nations system", None),
            ("United Nations system", "those dealing with issues of development", "the United Nations system")]


def test_to_be_part_of_is_a_state_the_addressee_is_asked_to_be_in():
    # A/RES/78/145 23 (80/134 23): "Urges the tourism sector in the States members of the Central American Integration
    # System to be part of the coordination, knowledge-sharing and communication mechanisms ... and to collectively
    # promote ...": the addressee ran on to "... at the national and regional levels" (grammar/clauses.lark be_state)
    (m,) = alone("A/RES/78/145", "23")
    assert m.actor == "tourism sector"
    assert m.actor_as_written == "the tourism sector in the States members of the Central American Integration System"
    assert m.action.startswith("to be part of the coordination, knowledge-sharing and communication mechanisms")


# ---------------------------------------------------------------- a body's secretariat read as the Secretariat


def test_a_secretariat_in_lower_case_takes_the_complement_of_the_head_coordinated_with_it():
    # A/RES/78/154 24 (79/207 24, 80/139 27): "Reiterates the invitation to the secretariat and the Global Mechanism of
    # the Convention to continue to collaborate ...": the Convention's secretariat, not the Secretariat of the United
    # Nations; A/RES/79/248 23 (78/245 21-22, 80/234 20, 23): "Urges the secretariats and bureaux of bodies that
    # underutilize their conference-servicing resources to work more closely with ..." (actors.txt [bound heads])
    assert [(m.actor, m.actor_as_written) for m in alone("A/RES/78/154", "24")] == [
        ("secretariat of the Convention", "the secretariat of the Convention"),
        ("Global Mechanism of the Convention", "the Global Mechanism of the Convention")]
    ms = alone("A/RES/79/248", "23")
    assert [m.actor for m in ms] == ["secretariats of bodies", "bureaux of bodies"]
    assert all(m.actor != "Secretariat" for m in ms)


def test_secretariats_with_a_complement_of_their_own_keep_it():
    # A/RES/79/12 1: "Requests the secretariats of the United Nations and the League of Arab States to follow up ...":
    # the secretariat named with its own complement is the Secretariat of the United Nations, as before
    ms = alone("A/RES/79/12", "1")
    assert [(m.actor, m.actor_as_written) for m in ms][0] == ("Secretariat", "the secretariats of the United Nations")
