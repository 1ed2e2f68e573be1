"""Wrong and doubtful mention rows of the twenty-eighth session's branch auditfix28b, fixed as kinds (branch
auditfix28c), each on a real paragraph copied from ../shared/corpus/texts into
tests/fixtures/kinds_auditfix28c/paragraphs.md and read in a small resolution (``conftest.mini_resolution``):

- a name before a plural head makes a class of actors only before a head of data/actors.txt [classes after a name]
  (mandates/actors.py ``name_as_modifier``): before a thing's or an event's head the name stays the mention ("United
  Nations operations", 78/118 4; "United Nations conferences", 78/137 48), and a class's lower-case singular before it
  is none ("government systems", 79/323 annex 33 (d));
- a lower-case "state" names no State (data/actors.txt [capitalised]: "the state of South-South cooperation", 78/167
  2; "does not state the date", 80/162 annex article 5.4);
- a class in a title's capitals names the titled thing, no actor (mandates/actors.py ``in_title``: "the Fifth United
  Nations Conference on the Least Developed Countries", 79/218 59)."""

from pathlib import Path

import resparse
from conftest import copied_mentions, copied_paragraph, mini_resolution
from resparse.mandates import extract

FOLDER = Path(__file__).parent / "fixtures" / "kinds_auditfix28c"


def mentions(symbol: str, label: str, also: tuple[str, ...] = (), states: bool = False) -> dict[str, str]:
    """The mentions of a copied paragraph (``conftest.copied_mentions``): {actor as written: actor}."""
    return copied_mentions(FOLDER, symbol, label, also, states)


# ---------------------------------------------------------------- 1. a name before a thing's or an event's head


def test_a_name_before_a_things_head_stays_the_name():
    # a query for the United Nations, found only where a mandate or a query names it (as in tests/test_auditfix28b.py)
    # "the continuation and successful implementation of United Nations operations"
    found = mentions("78/118", "4", also=("United Nations",))
    assert found.get("United Nations") == "United Nations"
    assert "United Nations operations" not in found
    found = mentions("80/242", "19")  # "proposals on restructuring Secretariat operations"
    assert found.get("Secretariat") == "Secretariat"
    assert "Secretariat operations" not in found
    found = mentions("79/201", "8")  # "the International Trade Centre programmes"
    assert "International Trade Centre" in found
    assert "International Trade Centre programmes" not in found


def test_conferences_and_congresses_are_events():
    found = mentions("78/137", "48", also=("United Nations",))  # "the major United Nations conferences and summits"
    assert found.get("United Nations") == "United Nations"
    assert "United Nations conferences" not in found
    # "the United Nations congresses on crime prevention and criminal justice"
    found = mentions("78/229", "37", also=("United Nations",))
    assert "United Nations congresses" not in found
    assert found.get("United Nations") == "United Nations"


def test_a_class_singular_before_a_things_plural_is_no_actor():
    # "interoperability between government systems": no Government, no "government systems"
    found = mentions("79/323", "annex 33 (d)", also=("Governments",))
    assert not any(w.startswith("government") for w in found)


def test_the_classes_after_a_name_are_data_and_heads_of_actors():
    from resparse import data
    from resparse.mandates.actors import singular, table

    classes = data.sections("actors.txt")["classes after a name"]
    assert {"entities", "officials", "agencies", "bodies", "institutions", "authorities"} <= set(classes)
    assert not {"programmes", "operations", "systems", "conferences", "congresses", "processes"} & set(classes)
    assert all(singular(w) in table().heads for w in classes)  # each a head of an actor of the table


# ---------------------------------------------------------------- 2. a lower-case "state"


def test_a_lower_case_state_names_no_state():
    assert "state" not in mentions("78/167", "2", also=("States",))  # "the state of South-South cooperation"
    assert "state" not in mentions("80/162", "annex article 5.4", also=("States",), states=True)  # "does not state"
    assert "states" not in mentions("79/206", "2", also=("States",))  # "the Agreement states that each party's"


def test_states_parties_in_capitals_stay():
    # a treaty's capitals, inside the name of the parties' meeting too ("the first Meeting of States Parties to the
    # Treaty on the Prohibition of Nuclear Weapons")
    found = mentions("78/35", "5", also=("States parties",))
    assert any(w.startswith("States Parties") for w in found)


# ---------------------------------------------------------------- 3. a class inside a title


def test_a_class_in_a_conference_title_is_no_mention():
    found = mentions("79/218", "59", also=("least developed countries",))
    assert "Least Developed Countries" not in found  # the sub-item's conference title
    assert "least developed country" not in found  # "the least developed country category" (auditfix28b)


def test_the_class_outside_the_title_stays_the_addressee():
    # "Calls upon the least developed countries ... to implement the Doha Programme of Action for the Least Developed
    # Countries": the class addressed as the paragraph writes it outside the title; the title's words no mention
    res = resparse.parse_text(mini_resolution(copied_paragraph(FOLDER, "79/218", "2")))
    rows = extract(res, also=("least developed countries",))
    assert [m.actor for m in rows if m.kind == "mandate"] == ["least developed countries"]
    assert not [m for m in rows if m.kind == "mention" and m.actor == "least developed countries"]


def test_a_class_in_a_bodys_title_is_no_mention():
    found = mentions("78/204", "23", also=("national human rights institutions",))
    assert "National Human Rights Institutions" not in found  # "the Global Alliance of National Human Rights ..."
    found = mentions("79/218", "6", also=("least developed countries",))
    assert "Least Developed Countries" not in found  # "the Inter-Agency Consultative Group for Least Developed ..."
    assert "United Nations System" not in found  # "the United Nations System Chief Executives Board for Coordination"


def test_a_class_of_persons_in_capitals_before_it_is_no_title():
    # "Members of United Nations Specialized Agencies": capitals of a list, the agencies named
    found = mentions("79/333", "3 (b)")
    assert found.get("Specialized Agencies") == "specialized agencies"


def test_in_title_reads_the_words_around_the_name():
    from resparse.mandates.actors import in_title, scan

    def titled(text: str) -> list[tuple[str, bool]]:
        return [(text[h.start : h.end], in_title(text, h)) for h in scan(text)]

    assert titled("Recalls the Least Developed Countries Fund and") == [("Least Developed Countries", True)]
    assert titled("Least Developed Countries are invited") == [("Least Developed Countries", False)]
    assert titled("Calls upon the least developed countries") == [("least developed countries", False)]
