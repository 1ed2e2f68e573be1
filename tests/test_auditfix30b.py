"""Mention rows an audit of the corpus output found wrong (twenty-ninth session, branch auditfix30b), fixed as kinds,
each on a real paragraph copied from ../shared/corpus/texts into tests/fixtures/kinds_auditfix30b/paragraphs.md and
read in a small resolution (``conftest.mini_resolution``):

- an adjective between a name and a class's head makes that class (data/actors.txt [adjectives before a class]):
  "United Nations designated officials" (78/118 45), no mention of the United Nations;
- an office of the Secretariat named "of the Secretariat" is one office, read whole (data/actors.txt [parts]): "the
  Office for Disarmament Affairs of the Secretariat" (79/329 13), no mention of the Secretariat;
- "State" inside another name is no mention of States: a State's own name ("the Plurinational State of Bolivia",
  "the United States", "the State of Qatar": data/member_states.txt [formal names]), a group's name (data/actors.txt
  [not States]: "Islamic State in Iraq and the Levant"), "Heads of State", "the Community of Sahel-Saharan States";
- a State's name before the noun of an outcome named after it is no mention of the State (data/member_states.txt
  [outcomes named after a State]): "the Mauritius Strategy" (78/232 2);
- kept as they were, the GUIDELINE deciding so: a body's name before a facility it runs ("the International Monetary
  Fund Poverty Reduction and Growth Trust", 78/233 18), a State named as a place ("in Busan, Republic of Korea",
  80/76 30), the addressees of a chapeau whose items carry their mandates (78/161 17)."""

from pathlib import Path

import resparse
from conftest import copied_mentions, copied_paragraph, mini_resolution
from resparse.mandates import extract

FOLDER = Path(__file__).parent / "fixtures" / "kinds_auditfix30b"


def mentions(symbol: str, label: str, also: tuple[str, ...] = (), states: bool = False) -> dict[str, str]:
    """The mentions of a copied paragraph (``conftest.copied_mentions``): {actor as written: actor}."""
    return copied_mentions(FOLDER, symbol, label, also, states)


# ---------------------------------------------------------------- 1. an adjective before a class's head


def test_united_nations_designated_officials_are_the_class():
    # "efforts to support United Nations designated officials with regard to collaboration with host government
    # authorities"; the United Nations asked for (a query, as a mandate of the resolution makes it one)
    for symbol, label in (("78/118", "45"), ("79/138", "46")):
        found = mentions(symbol, label, also=("United Nations",))
        assert found.get("United Nations designated officials") == "United Nations designated officials"
        assert "United Nations" not in found
        assert found.get("government authorities") == "government authorities"


def test_a_verbs_past_after_a_name_makes_no_class():
    # the adjectives are listed: "the United Nations urged members ..." reads no "United Nations urged members"
    text = "Notes that the Council of the United Nations urged members of the Council to act;"
    res = resparse.parse_text(mini_resolution(text))
    written = {m.actor_as_written for m in extract(res, also=("United Nations",)) if m.kind == "mention"}
    assert "United Nations" in written and not any("urged" in w for w in written)


# ---------------------------------------------------------------- 2. an office "of the Secretariat"


def test_an_office_of_the_secretariat_is_named_whole():
    # "the ongoing cooperation between the Office for Disarmament Affairs of the Secretariat and the African Union
    # Commission"
    found = mentions("79/329", "13")
    assert found.get("Office for Disarmament Affairs of the Secretariat") == "Office for Disarmament Affairs"
    assert "Secretariat" not in found and "Office for Disarmament Affairs" not in found


def test_an_office_mandated_whole_is_no_mention_beside_its_mandate():
    # "Requests the Department of Safety and Security of the Secretariat ...": the mandate's actor, no mention of the
    # Department nor of the Secretariat in the same paragraph
    res = resparse.parse_text(mini_resolution(copied_paragraph(FOLDER, "78/118", "42")))
    rows = extract(res)
    # (the office by its shorter name, one actor with and without its whole: the thirtieth session, ment10)
    assert [(m.actor, m.actor_as_written) for m in rows if m.kind == "mandate"] == [
        ("Department of Safety and Security", "the Department of Safety and Security of the Secretariat")]
    found = {m.actor for m in rows if m.kind == "mention"}
    assert not found & {"Department of Safety and Security", "Secretariat"}


# ---------------------------------------------------------------- 3. "State" inside another name


def test_a_states_name_holding_state_is_no_mention_of_states():
    # "the proposal by the Head of State of the Plurinational State of Bolivia"
    for states in (False, True):
        found = mentions("79/210", "10", states=states)
        assert "State" not in found and "States" not in found
        assert found.get("Head of State") == "Head of State"  # the Heads of State, one written
    bolivia = mentions("79/210", "10", states=True).get("Plurinational State of Bolivia")
    assert bolivia == "Bolivia (Plurinational State of)"
    # "to enter the United States for the purpose of proceeding to the Headquarters district"
    assert "States" not in mentions("78/116", "8")
    assert mentions("78/116", "8", states=True).get("United States") == "United States of America"


def test_the_state_of_qatar_is_qatar():
    # "the constructive role played by the United States of America, the State of Qatar, the Arab Republic of Egypt"
    assert not {"State", "States"} & set(mentions("80/72", "10"))
    found = mentions("80/72", "10", states=True)
    assert found.get("State of Qatar") == "Qatar"
    assert found.get("United States of America") == "United States of America"


def test_a_state_a_mandate_names_is_mentioned_by_its_formal_name():
    # "between the territory of the State of Israel and the territories occupied since 1967", Israel asked by name
    # (a query, as a mandate of the resolution makes it one): the State, no "State"
    found = mentions("78/170", "12", also=("Israel",))
    assert found.get("State of Israel") == "Israel" and "State" not in found


def test_islamic_state_is_no_mention_of_a_state_nor_of_iraq():
    # "terrorist groups such as Al-Qaida and their affiliates, Islamic State in Iraq and the Levant (ISIL) (Da’esh)"
    for symbol, label in (("79/317", "17"), ("79/9", "6")):
        for states in (False, True):
            found = mentions(symbol, label, states=states)
            assert "State" not in found and "Iraq" not in found
    assert mentions("79/317", "17", states=True).get("Afghanistan") == "Afghanistan"


def test_the_community_of_sahel_saharan_states_is_the_community():
    # "the Community of Sahel-Saharan States Counter-Terrorism Centre": the Community, no "States"
    found = mentions("78/263", "22")
    assert found.get("Community of Sahel-Saharan States") == "Community of Sahel-Saharan States"
    assert "States" not in found


def test_heads_of_state_are_the_heads():
    # "the adoption by the Heads of State of the Central Asian countries"
    found = mentions("78/147", "3")
    assert found.get("Heads of State") == "Heads of State" and "State" not in found


# ---------------------------------------------------------------- 4. an outcome named after a State


def test_the_mauritius_strategy_names_no_mauritius():
    # "the Declaration of Barbados and the Programme of Action ..., the Mauritius Strategy for the Further
    # Implementation ... and the Samoa Pathway"
    found = mentions("78/232", "2", states=True)
    assert not {"Mauritius", "Barbados", "Samoa"} & set(found)
    assert found.get("regional commissions") == "regional commissions"


# ---------------------------------------------------------------- 5. kept, the GUIDELINE deciding


def test_a_body_before_the_facility_it_runs_stays_mentioned():
    # "including through the International Monetary Fund Poverty Reduction and Growth Trust": the Fund's trust, the
    # Fund named as "the International Trade Centre programmes" names the Centre (auditfix28b)
    assert mentions("78/233", "18").get("International Monetary Fund") == "International Monetary Fund"


def test_a_state_named_as_a_place_stays_a_mention():
    # "held its nineteenth meeting in Busan, Republic of Korea": not decided, stays (auditfix28b)
    assert mentions("80/76", "30", states=True).get("Republic of Korea") == "Republic of Korea"


def test_the_chapeaus_addressees_are_asked_through_its_items():
    # "Invites all countries, ..., relevant non-governmental organizations and all other relevant stakeholders:
    # (a) To raise public awareness ...; (b) To ensure ...": each item mandates the stakeholders
    text = mini_resolution(copied_paragraph(FOLDER, "78/161", "17"),
                           *("(%s) %s" % (x, copied_paragraph(FOLDER, "78/161", f"17 ({x})")) for x in "ab"))
    rows = [m for m in extract(resparse.parse_text(text)) if m.kind == "mandate" and m.actor == "stakeholders"]
    assert {m.paragraph for m in rows} == {"1 (a)", "1 (b)"}
    assert all(m.actor_as_written == "all other relevant stakeholders" for m in rows)
