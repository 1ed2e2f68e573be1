"""Wrong mention rows and names an audit of random corpus rows found (twenty-eighth session, branch auditfix28b), fixed
as kinds, each on a real paragraph copied from ../shared/corpus/texts into
tests/fixtures/kinds_auditfix28b/paragraphs.md and read in a small resolution (``conftest.mini_resolution``):

- a name before a lower-case noun modifies it (mandates/actors.py ``name_as_modifier``): before an actor's head in the
  plural the mention is the name and the head ("further United Nations entities", 80/173 adopted 121: no mention of
  the United Nations); before a currency unit (data/actors.txt [currencies]) no actor ("United States dollars", 79/255
  20); a class's name in the singular and in lower case before a thing's noun no actor ("the aggregate donor gross
  national income", 79/221 41);
- a dash that sets off a parenthesis is no word of the addressee before it (79/124 11 (b); mandates/addressees.py
  ``_plain_list_tokens``); an "as" after a passive's agent ends the agent (78/257 11; mandates/clauses.py
  ``agent_phrase``)."""

from pathlib import Path

import resparse
from conftest import copied_mandates, copied_paragraph, mini_resolution
from resparse.mandates import extract

FOLDER = Path(__file__).parent / "fixtures" / "kinds_auditfix28b"


def mentions(symbol: str, label: str, also: tuple[str, ...] = (), states: bool = False) -> dict[str, str]:
    """The mentions of a copied paragraph read as paragraph 1 of a small resolution: {actor as written: actor}.
    ``also``: a user's query (``mandates --actor``), whose name the mentions are then sought for too; ``states``: every
    State's mentions (``corpus build``)."""
    res = resparse.parse_text(mini_resolution(copied_paragraph(FOLDER, symbol, label)))
    return {m.actor_as_written: m.actor for m in extract(res, also=also, states=states) if m.kind == "mention"}


# ---------------------------------------------------------------- 1. a name before an actor's head: the head's class


def test_a_name_before_a_plural_head_names_the_class():
    # the Group named in full, as the resolution's own mandate names it (adopted 120: "the Group"), which the table
    # does not hold; a query for the United Nations
    group = "United Nations Group on the Information Society"
    found = mentions("80/173", "adopted 121", also=("United Nations", group))
    assert found["United Nations entities"] == "United Nations entities"
    assert "United Nations" not in found  # was a mention of the United Nations, cut before "entities"


def test_the_head_after_the_name_is_read_where_it_stands():
    from resparse.mandates.actors import Hit, name_as_modifier

    text = copied_paragraph(FOLDER, "80/173", "adopted 121")
    at = text.index("United Nations entities")
    hit = name_as_modifier(text, Hit("united nation", "United Nations", at, at + len("United Nations")))
    assert (hit.name, text[hit.start : hit.end]) == ("United Nations entities", "United Nations entities")
    at = text.index("United Nations system")  # a name of the table, whole: no modifier
    whole = Hit("united nation system", "United Nations system", at, at + len("United Nations system"))
    assert name_as_modifier(text, whole) is whole


def test_officials_of_the_united_nations_are_named_as_such():
    found = mentions("78/102", "11", also=("United Nations officials",))
    assert "United Nations officials" in found
    found = mentions("78/102", "11")
    assert found.get("United Nations officials") == "United Nations officials"


def test_a_name_with_its_complement_is_no_modifier():
    # "the Member State of the United Nations officials": the noun is the complement's, the name before it stays
    found = mentions("78/102", "3")
    assert found.get("Member State of the United Nations") == "Member State"


def test_a_states_organs_are_the_state():
    found = mentions("78/298", "11", states=True)
    assert found["Central African Republic"] == "Central African Republic"
    assert "Central African Republic authorities" not in found


# ---------------------------------------------------------------- 2. a currency names no State


def test_a_currency_names_no_state():
    found = mentions("79/255", "20", states=True)
    assert "United States" not in found and "United States of America" not in found.values()
    # without every State's names the table's "States" was read inside "United States dollars"
    found = mentions("78/119", "60", also=("States",))
    assert "States" not in found
    assert "United States" not in mentions("78/119", "60", states=True)


def test_currency_units_are_data():
    from resparse import data

    units = data.sections("actors.txt")["currencies"]
    assert {"dollar", "franc", "euro", "pound"} <= set(units)
    assert "won" not in units  # an English verb too: "Türkiye won"


# ---------------------------------------------------------------- 3. a class's name as an adjective


def test_donor_as_an_adjective_is_no_actor():
    assert "donor" not in mentions("79/221", "41", also=("donors",))  # "the aggregate donor gross national income"
    assert "donor" not in mentions("78/229", "38", also=("donors",))  # "widening its donor base"
    assert "port State" not in mentions("78/68", "106", also=("port States",))  # "enhanced port State measures"


def test_donor_before_an_actors_head_stays_an_actor():
    assert mentions("78/206", "7")["donor agencies"] == "donor agencies"  # "as well as by donor agencies"
    # "the donor community": the donors, named in the singular as written (``as_numbered``)
    assert mentions("78/69", "18", also=("donors",))["donor"] == "donor"


def test_a_capitalised_state_party_before_its_verb_stays():
    # "provides that each State party undertakes not to use riot control agents": a subject before its verb
    assert mentions("79/56", "2", also=("States parties",))["State party"] == "State party"


# ---------------------------------------------------------------- 4. an actor as written without what is not its own


def _actors_written(symbol: str, label: str, *before: str) -> list[str]:
    res = resparse.parse_text(mini_resolution(*before, copied_paragraph(FOLDER, symbol, label)))
    return [m.actor_as_written for m in extract(res) if m.kind == "mandate"]


def test_a_dash_of_a_parenthesis_is_no_part_of_the_addressee():
    written = _actors_written("79/124", "11 (b)", copied_paragraph(FOLDER, "79/124", "11"))
    assert "The State in which the violation took place" in written
    assert not any(w.rstrip().endswith(("–", "—")) for w in written)


def test_as_after_a_passive_agent_ends_the_agent():
    written = [m.actor_as_written for m in copied_mandates(FOLDER, "78/257", "11")]
    assert "the Multi-Partner Trust Fund Office" in written
    assert not any(" as " in w for w in written)


def test_agent_phrase_keeps_as_well_as():
    from resparse.mandates.clauses import agent_phrase

    assert agent_phrase("the Office as an earmarked pool") == "the Office"
    assert agent_phrase("the Fund as well as the Programme to ...") == "the Fund as well as the Programme"
