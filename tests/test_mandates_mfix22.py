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
    # "related" goes on both adjectives of the pair (GUIDELINE.md, the twenty-fourth session's mfix4 decisions)
    # "processes" with the name written before the first head (the twenty-fifth session, mfix5: "United Nations processes")
    assert "United Nations processes" in found and "related regional processes" in found
    assert "related global processes" in found
    assert "high-level political forum on sustainable development" in found


def test_to_do_so_after_a_negated_relative_clause_wins_over_the_relative_clause_own_infinitives():
    # A/RES/78/49 9 (80/26 9): "Appeals to all Member States that have not yet taken the steps necessary to become
    # party to the Joint Convention ... to do so as soon as possible": "to become party" is the relative clause's; the
    # action was "to become party to the Joint Convention ... to do so ..."
    (m,) = alone("A/RES/78/49", "9")
    assert (m.actor, m.action) == ("Member States", "to do so as soon as possible")
    assert m.actor_as_written.endswith("and on the Safety of Radioactive Waste Management")


def test_a_competence_to_act_is_the_addressee_own_and_its_verbs_are_coordinated_inside_it():
    # A/RES/78/68 184 (79/145 187, 80/109 192): "Calls upon regional fisheries management organizations with the
    # competence to conserve and manage highly migratory fish stocks that have not yet adopted effective conservation
    # and management measures ... to do so urgently": one addressee (no actor "manage highly migratory fish stocks"),
    # the action "to do so urgently" (complements.txt [infinitive complements]: competence)
    (m,) = alone("A/RES/78/68", "184")
    assert (m.actor, m.action) == ("regional fisheries management organizations", "to do so urgently")
    assert m.actor_as_written.startswith("regional fisheries management organizations with the competence to conserve "
                                         "and manage highly migratory fish stocks that have not yet adopted")


def test_what_addressees_are_competent_to_do_or_negotiate_is_no_action():
    # A/RES/78/68 221, 222 (79/145 226, 227; 80/109 232, 233): "... arrangements with the competence to regulate
    # deep-sea fisheries, and States participating in negotiations to establish such organizations or arrangements to
    # take, in particular, the following urgent actions", "... negotiations to establish a regional fisheries management
    # organization or arrangement competent to regulate bottom fisheries to identify and overcome barriers": the
    # action was "to regulate deep-sea fisheries, and States participating ..." and "to establish a regional ..."
    # (complements.txt [infinitive complements]: competence, competent, negotiations)
    # "States participating in negotiations ..." names the States again, recorded once (mandates_fresh4 n 77)
    ms = [m for m in alone("A/RES/78/68", "222") if m.paragraph == "1"]
    # the modifiers written once are each head's, also before the qualified last (auditfix33; mandates_fresh11 n 33)
    assert [m.actor for m in ms] == ["States", "regional fisheries management organizations",
                                     "regional fisheries management arrangements"]
    assert ms[2].actor_as_written == ("regional fisheries management arrangements with the competence to regulate "
                                      "deep-sea fisheries")
    assert all(m.action.startswith("to take, in particular, the following urgent actions") for m in ms)
    ms = alone("A/RES/78/68", "221")
    assert len(ms) == 3 and all(m.action.startswith("to identify and overcome barriers") for m in ms)
