"""Wrong mention rows found by the audit of the twenty-eighth session's merged output (/work/audit29), fixed as kinds
(branch auditfix29b), each on a real paragraph copied from ../shared/corpus/texts into
tests/fixtures/kinds_auditfix29b/paragraphs.md and read in a small resolution (``conftest.mini_resolution``):

1. "Assembly" (or "Secretariat") as the head of another body's longer name is no General Assembly (Secretariat)
   (mandates/actors.py ``Scanner._scan``, ``_in_longer_name``): "the United Nations Environment Assembly" (79/209
   21), "the World Health Assembly" (78/189 9), "the Assembly of States Parties" (78/6 29), "the Assembly of the
   International Maritime Organization" (78/69 116), "the Technical Secretariat" (78/29 21), "the General Secretariat
   of the Organization of Islamic Cooperation" (79/9 14);
2. a class's lower-case singular coordinated with another adjunct before a thing's noun is no actor
   (``name_as_modifier``): "government and industry best practices" (80/110 112), "government or military
   positions" (78/220 27);
3. "the Office of" before an office-holder's title names the Office (``office_of``): 78/219 24, 78/103 15;
   not before a possessive (79/1 annex I 72);
4. a name before an instrument's noun is a word of its title (``in_title``): "the Agreement under the United Nations
   Convention on the Law of the Sea" (79/233 annex 222)."""

from pathlib import Path

import resparse
from conftest import copied_paragraph, mini_resolution
from resparse.mandates import extract

FOLDER = Path(__file__).parent / "fixtures" / "kinds_auditfix29b"


def rows(symbol: str, label: str, also: tuple[str, ...] = ()) -> list:
    res = resparse.parse_text(mini_resolution(copied_paragraph(FOLDER, symbol, label)))
    return extract(res, also=also)


def mentions(symbol: str, label: str, also: tuple[str, ...] = ()) -> dict[str, str]:
    """The mentions of a copied paragraph read as paragraph 1 of a small resolution: {actor as written: actor}."""
    return {m.actor_as_written: m.actor for m in rows(symbol, label, also) if m.kind == "mention"}


# ---------------------------------------------------------------- 1. another body's Assembly or Secretariat


def test_another_bodys_assembly_is_no_general_assembly():
    # the audit's row: "the continued commitment of the United Nations Environment Assembly"
    assert "General Assembly" not in mentions("79/209", "21").values()
    assert "General Assembly" not in mentions("78/189", "9").values()  # "World Health Assembly resolution 76.16"
    assert "General Assembly" not in mentions("78/6", "29").values()  # "the Assembly of States Parties to ..."
    assert "General Assembly" not in mentions("78/69", "116").values()  # "the Assembly of the International ..."


def test_the_general_assembly_written_in_full_in_the_same_paragraph_stays():
    # "... the Environment Assembly ... during the high-level political forum ... under the auspices of the General
    # Assembly": the General Assembly is named, written in full
    found = mentions("79/209", "23")
    assert [w for w, a in found.items() if a == "General Assembly"] == ["General Assembly"]


def test_another_bodys_secretariat_is_no_secretariat():
    assert "Secretariat" not in mentions("78/29", "21").values()  # "the Technical Secretariat"
    assert "Secretariat" not in mentions("79/9", "14").values()  # "the General Secretariat of the Organization of ..."


def test_the_scanner_reads_the_words_around_assembly():
    from resparse.mandates.actors import scan

    def named(text: str) -> list[str]:
        return [text[h.start : h.end] for h in scan(text) if h.key == "general assembly"]

    assert named("The Assembly decides to") == ["Assembly"]
    assert named("Requests the Secretary-General to report to the Assembly at its next session") == ["Assembly"]
    assert named("the World Health Assembly and the Parliamentary Assembly") == []
    assert named("the Assembly of Heads of State and Government of the African Union") == []
    assert named("Decides that the Assembly of the United Nations shall") == ["Assembly"]
    # another body's document symbol (A/RES/78/263, para. 34)
    assert named("Recalls decision Assembly/AU/Dec.729(XXXII) of 11 February 2019") == []


# ---------------------------------------------------------------- 2. coordinated adjuncts before a thing's noun


def test_government_coordinated_before_a_things_noun_is_no_actor():
    assert "government" not in mentions("80/110", "112", also=("Governments",))  # "government and industry best ..."
    assert "government" not in mentions("78/220", "27", also=("Governments",))  # "government or military positions"


def test_coordinated_names_stay_actors():
    from resparse.mandates.actors import name_as_modifier, scan

    text = "cooperation between government and private sector and with donors and recipient countries"
    kept = [name_as_modifier(text, h) for h in scan(text)]
    assert [text[h.start : h.end] for h in kept if h] == ["government", "private sector", "donors"]


# ---------------------------------------------------------------- 3. the Office of an office-holder


def test_the_office_of_a_holder_is_the_office():
    # the audit's row: "signed by the Office of the United Nations High Commissioner for Refugees"
    found = mentions("78/219", "24")
    assert found.get("Office of the United Nations High Commissioner for Refugees") == (
        "Office of the United Nations High Commissioner for Refugees")
    assert "United Nations High Commissioner for Refugees" not in found
    # "the Office of the High Commissioner" read as the holder the scan resolved: the table's OHCHR
    from resparse.mandates.actors import Hit, office_of

    text = "in close cooperation with the Office of the High Commissioner, in assisting"
    holder = Hit("united nation high commissioner for human right", "United Nations High Commissioner for Human Rights",
                 text.index("High"), text.index(", in"))
    assert office_of(text, holder).name == "Office of the United Nations High Commissioner for Human Rights"
    # "the Rule of Law Unit in the Executive Office of the Secretary-General": the Office's whole name
    assert mentions("78/103", "15").get("Executive Office of the Secretary-General") == (
        "Executive Office of the Secretary-General")


def test_the_office_of_a_holders_envoy_is_not_the_holders():
    # "the existing Office of the Secretary-General’s Envoy on Technology": no Office of the Secretary-General
    assert "Office of the Secretary-General" not in mentions("79/1", "annex I 72").values()


# ---------------------------------------------------------------- 4. a name in an instrument's title


def test_the_united_nations_in_a_treatys_title_is_no_mention():
    # the audit's row: a query for the United Nations finds no mention in the Agreement's title
    assert "United Nations" not in mentions("79/233", "annex 222", also=("United Nations",))


def test_in_title_reads_an_instrument_noun_after_the_name():
    from resparse.mandates.actors import Actor, Scanner, in_title

    scanner = Scanner(extra=[("United Nations", Actor("United Nations", "united nation", False))])

    def titled(text: str) -> list[tuple[str, bool]]:
        return [(text[h.start : h.end], in_title(text, h)) for h in scanner.scan(text)]

    assert titled("the United Nations Framework Convention on Climate Change") == [("United Nations", True)]
    assert titled("calls upon the United Nations to") == [("United Nations", False)]
