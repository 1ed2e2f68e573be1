"""Mentions and actor names the twenty-ninth session noticed and left (thirtieth session, branch ment10), fixed as
kinds, each on a real paragraph copied from ../shared/corpus/texts into tests/fixtures/kinds_ment10/paragraphs.md and
read in a small resolution (``conftest.mini_resolution``), or on the corpus file itself:

- an office title with an "of" complement naming another body is that body's office, whichever title it is, one the
  alias table holds alone too: "the Secretary-General of the Organization of Islamic Cooperation" (A/RES/78/214 7,
  79/180 7, 80/200 7), "the Secretary-General of the World Tourism Organization" (79/220 1, 12) are no mention of the
  Secretary-General; the title as the agent of an act named by a noun keeps its hit ("the appointment by the
  Secretary-General of the Coordinator for Multilingualism", 78/245 53), and so does a date after "of"
  (mandates/actors.py ``_another_holders``, the mechanism of mfix10);
- two mandate nouns coordinated after a renewal renew one mandate: "Reiterates its invitation and encouragement to
  all States parties, ... to participate" (79/58 7; 78/32 7, 80/52 7) invites them (was mentions only: the renewal
  stopped at "its invitation", and "and encouragement to all States parties ..." read as no actor);
- "Heads of State and/or Government" is one name, as "Heads of State and Government" (79/330 2, 3; was "Heads of
  State" and "Government");
- a name of the table in the plural written in the singular before "and" and a class's head shares the head as an
  addressee, as the mentions read it: "donor and host countries" (78/73 37) are the donor countries and the host
  countries (was "donor" and "host countries");
- an office named with and without its whole ("the Office for Disarmament Affairs of the Secretariat", 79/329 13;
  "the Department of Global Communications of the Secretariat", 78/312 3) is one actor by the shorter name, in
  mandates as in mentions (``AliasTable.short_parts``);
- the nearest actors of a query that matches nothing are whole names mistyped, names whose initials the query
  spells, or names whose opening words it mistypes; never a name with the query's letters inside a word ("MS" got
  "Special Rapporteur on contemporary forms of racism ...")."""

from pathlib import Path

import resparse
from conftest import copied_mandates, copied_mentions, copied_paragraph, mini_resolution

from resparse.mandates import extract, nearest_actors

FOLDER = Path(__file__).parent / "fixtures" / "kinds_ment10"


def mention_actors(symbol: str, label: str, also: tuple[str, ...] = ()) -> set[str]:
    return set(copied_mentions(FOLDER, symbol, label, also=also).values())


# ---------------------------------------------------------------- 1. another body's office title


def test_the_secretary_general_of_another_organization_is_no_mention_of_the_secretary_general():
    # 78/214 7: "as called for by the Secretary-General of the Organization of Islamic Cooperation" (was a mention)
    assert "Secretary-General" not in mention_actors("78/214", "7")
    # 79/220 12: "the invitation of the Secretary-General of the World Tourism Organization to Member States"
    assert "Secretary-General" not in mention_actors("79/220", "12")


def test_the_secretary_general_named_of_the_united_nations_in_the_same_paragraph_stays():
    # 79/220 1: "... of the World Tourism Organization transmitted by the Secretary-General of the United Nations"
    mentions = copied_mentions(FOLDER, "79/220", "1")
    assert mentions == {"World Tourism Organization": "World Tourism Organization",
                        "Secretary-General of the United Nations": "Secretary-General"}


def test_the_same_kind_in_the_corpus_files(corpus_dir):
    for symbol, label in (("79/180", "7"), ("80/200", "7"), ("79/284", "20")):  # 79/284 20: "the Special
        # Representative of the Secretary-General of the Council of Europe on Migration and Refugees"
        res = resparse.parse(corpus_dir / f"A_RES_{symbol.replace('/', '_')}.txt")
        assert not [m for m in extract(res) if m.kind == "mention" and m.paragraph == label
                    and m.actor == "Secretary-General"], symbol


def test_the_agent_of_an_act_and_a_date_keep_the_title():
    from resparse.mandates.actors import _another_holders, scan

    # 78/157, preamble: "Noting the establishment by the Secretary-General of the Global Crisis Response Group on Food,
    # Energy and Finance": the act's object after "of", the Secretary-General's act
    text = "Noting the establishment by the Secretary-General of the Global Crisis Response Group on Food, Energy"
    assert not _another_holders(text, text.index("Secretary"), text.index(" of"))
    assert "Secretary-General" in {h.name for h in scan(text)}
    # 78/269, preamble: "its recommendations to the Secretary-General of April 2019"
    text = "the Inter-Agency Coordination Group on Antimicrobial Resistance and its recommendations to the " \
           "Secretary-General of April 2019,"
    assert "Secretary-General" in {h.name for h in scan(text)}
    # "as called for by the Secretary-General of the Organization ..." (78/214 7): a verb before "by", no act's noun
    text = copied_paragraph(FOLDER, "78/214", "7")
    assert _another_holders(text, text.index("Secretary"), text.index(" of the Organization"))


def test_a_query_for_the_organization_of_islamic_cooperation_still_finds_it():
    assert "Organization of Islamic Cooperation" in mention_actors(
        "78/214", "7", also=("Organization of Islamic Cooperation",))


# ---------------------------------------------------------------- 2. two mandate nouns renewed


def test_its_invitation_and_encouragement_is_a_renewed_invitation():
    rows = copied_mandates(FOLDER, "79/58", "7")
    assert {m.verb for m in rows} == {"invites"}
    assert [m.actor for m in rows] == [
        "States parties", "States", "United Nations", "international organizations", "international institutions",
        "regional organizations", "International Committee of the Red Cross", "Cluster Munition Coalition",
        "non-governmental organizations"]
    assert {m.action for m in rows} == {"to participate in the upcoming formal meetings under the Convention"}
    assert mention_actors("79/58", "7") == set()  # each a mandate, no mention


def test_the_same_paragraph_in_the_other_sessions(corpus_mandates):
    for symbol in ("78/32", "80/52"):
        rows = corpus_mandates(symbol, "7")
        assert len(rows) == 9 and {m.verb for m in rows} == {"invites"}, symbol


# ---------------------------------------------------------------- 3. "and/or" inside a name


def test_heads_of_state_and_or_government_is_one_name():
    mentions = copied_mentions(FOLDER, "79/330", "3")
    assert mentions.get("Heads of State and/or Government") == "Heads of State and Government"
    assert "Heads of State" not in mentions.values() and "Government" not in mentions.values()


# ---------------------------------------------------------------- 4. a name in the singular shares the class's head


def test_donor_and_host_countries_are_two_classes_of_countries():
    from resparse.mandates.addressees import actor_phrases

    # 78/73 37: "calls for full support for such initiatives by donor and host countries"
    text = copied_paragraph(FOLDER, "78/73", "37")
    words = text[text.index("donor and host countries") :].split(",")[0]
    assert [n.actor.name for n in actor_phrases(words, [])] == ["donors", "host countries"]
    assert [n.actor.name for n in actor_phrases("the " + words, [])] == ["donors", "host countries"]
    # a plural keeps its own head, and a noun the table does not hold keeps the [shared heads] rule
    assert [n.actor.name for n in actor_phrases("donors and host countries", [])] == ["donors", "host countries"]
    assert [n.actor.name for n in actor_phrases("the business and financial sectors", [])] == [
        "business sectors", "financial sectors"]


def test_the_query_for_host_countries_finds_the_paragraph():
    assert "host countries" in mention_actors("78/73", "37", also=("host countries",))


# ---------------------------------------------------------------- 5. an office with and without its whole


def test_an_office_named_with_its_whole_is_the_office_by_its_shorter_name():
    from resparse.mandates.actors import table

    t = table()
    for long, short in (("the Office for Disarmament Affairs of the Secretariat", "Office for Disarmament Affairs"),
                        ("the Department of Global Communications of the Secretariat",
                         "Department of Global Communications"),
                        ("the Division for Palestinian Rights of the Secretariat", "Division for Palestinian Rights")):
        assert t.resolve(long).name == short and t.resolve(long).key == t.resolve(short).key
    # 79/329 13: one mention, by the shorter name
    assert copied_mentions(FOLDER, "79/329", "13")["Office for Disarmament Affairs of the Secretariat"] == (
        "Office for Disarmament Affairs")


def test_a_mandate_to_the_office_named_with_its_whole_has_the_shorter_name(corpus_mandates):
    # 78/312 3: "Invites ... the Department of Global Communications of the Secretariat, to facilitate ..." (was the
    # actor "Department of Global Communications of the Secretariat" beside the mentions' "Department of Global
    # Communications")
    [m] = [m for m in corpus_mandates("78/312", "3") if "Global Communications" in m.actor]
    assert m.actor == "Department of Global Communications"
    assert m.actor_as_written == "the Department of Global Communications of the Secretariat"


def test_both_written_forms_are_found_by_either_query():
    text = mini_resolution("Requests the Department of Global Communications of the Secretariat to continue its work;",
                           "Invites the Department of Global Communications to report on its work;")
    rows = extract(resparse.parse_text(text))
    from resparse.mandates import select

    for query in ("Department of Global Communications", "Department of Global Communications of the Secretariat"):
        assert sorted(x.mandate.paragraph for x in select(rows, actor=query) if x.mandate.kind == "mandate") == [
            "1", "2"], query


# ---------------------------------------------------------------- 6. the nearest actors of a query that matches none


NAMES = ["Member States",
         "Special Rapporteur on contemporary forms of racism, racial discrimination, xenophobia and related intolerance",
         "Committee on Economic, Social and Cultural Rights", "Organization of Islamic Cooperation", "Secretary-General",
         "States parties"]


def test_an_abbreviation_gets_the_names_it_spells():
    assert nearest_actors("MS", NAMES) == ["Member States"]  # was the Special Rapporteur on ... forms ...
    assert nearest_actors("OIC", NAMES) == ["Organization of Islamic Cooperation"]
    assert nearest_actors("ECO", NAMES) == []  # was the Committee on Economic, ...


def test_a_mistyped_opening_gets_the_longer_name_and_a_whole_name_its_typo():
    assert nearest_actors("Special Raporteur on contemporary forms", NAMES) == [NAMES[1]]
    assert nearest_actors("Secretary Generl", NAMES) == ["Secretary-General"]
    assert nearest_actors("forms of racism", NAMES) == []  # words inside a name open none
