"""Wrong rows an audit of random corpus rows found (twenty-eighth session, branch mfix7b): a member list after
"including"/"in particular" under a group of United Nations entities ends before the first member, after a comma, of
a kind outside the United Nations system (``actors.txt`` [outside the United Nations system]); that member and all
after it are addressed directly. Each on a real paragraph copied from ../shared/corpus/texts into
tests/fixtures/kinds_mfix7b/paragraphs.md and read in a small resolution (``conftest.mini_resolution``);
mandates/addressees.py ``_outside_un``."""

from pathlib import Path

from conftest import copied_mandates

FOLDER = Path(__file__).parent / "fixtures" / "kinds_mfix7b"


def vias(symbol: str, label: str) -> dict[str, str | None]:
    """Each mandate's actor as written and the group it is addressed through (None: addressed directly)."""
    return {m.actor_as_written: m.via for m in copied_mandates(FOLDER, symbol, label)}


def test_organizations_outside_the_system_end_the_in_particular_list():
    v = vias("79/178", "19")
    for member in ("the Office of the United Nations High Commissioner for Human Rights",
                   "the United Nations Development Programme"):
        assert v[member] == "United Nations bodies", member
    for direct in ("States", "United Nations bodies", "intergovernmental organizations",
                   "non-governmental organizations"):
        assert v[direct] is None, direct  # the organizations were via the United Nations bodies


def test_civil_society_and_athletes_end_the_including_list():
    v = vias("79/8", "5")
    for member in ("its peacekeeping missions", "special political missions", "integrated peacebuilding missions"):
        assert v[member] == "the entities of the United Nations system", member
    for direct in ("sport-related organizations", "federations", "associations", "athletes", "the media",
                   "civil society", "academia", "the private sector"):
        assert v[direct] is None, direct  # were via the entities of the United Nations system


def test_a_kind_outside_the_system_under_another_group_stays_a_member():
    # the private sector is no United Nations entity, but "the corporate sector" under it is its member
    assert vias("79/178", "19")["the corporate sector"] == "the private sector"


def test_a_united_nations_office_named_for_states_is_no_kind_outside_the_system():
    # the kind is matched on the member's head, before its complement: the Office of the High Representative (a
    # United Nations office, ST/SGB/2022/1) ends with "States" but is a United Nations entity; its head "Office" is
    # not a kind outside the system, while "international non-governmental organizations" is
    from resparse.mandates.addressees import _outside_un

    group = "the entities of the United Nations system"
    assert not _outside_un(group, "the Office of the High Representative for the Least Developed Countries, "
                                  "Landlocked Developing Countries and Small Island Developing States")
    assert _outside_un(group, "international non-governmental organizations")
    assert _outside_un(group, "small island developing States")
    assert _outside_un("relevant United Nations system entities", "the private sector")
    assert not _outside_un("relevant stakeholders", "civil society")  # no group of United Nations entities
