"""Who is mandated: actor readings of the nineteenth session (branch mand-a), each on real text copied from
../shared/corpus/texts into tests/fixtures/actors_mand19/ (whole resolutions: A/RES/78/219, 78/220, 78/287, 78/331,
79/173, 80/225, 78/233; single paragraphs of long ones in paragraphs.md) and tests/fixtures/actors/A_RES_78_103.txt."""

import re
from pathlib import Path

import pytest

from conftest import mandates_by_symbol
from resparse.mandates.actors import Scanner, scan
from resparse.mandates.addressees import actor_phrases

FOLDER = Path(__file__).parent / "fixtures" / "actors_mand19"
ACTORS = Path(__file__).parent / "fixtures" / "actors"


@pytest.fixture(scope="module")
def rows():
    return {**mandates_by_symbol(FOLDER), **mandates_by_symbol(ACTORS)}


def paragraph(symbol: str, label: str) -> str:
    """A paragraph's text as copied into paragraphs.md."""
    text = (FOLDER / "paragraphs.md").read_text(encoding="utf-8")
    m = re.search(rf"^## {re.escape(symbol)} {re.escape(label)}\n(.+)$", text, re.MULTILINE)
    assert m, (symbol, label)
    return m.group(1)


def mandated(rows, symbol, label, verb=None):
    """(verb, actor, actor as written) of each mandate of a paragraph, in order."""
    return [(m.verb, m.actor, m.actor_as_written) for m in rows[symbol]
            if m.paragraph == label and m.kind == "mandate" and (verb is None or m.verb == verb)]


def between(text: str, start: str, end: str) -> str:
    """The words of ``text`` from ``start`` up to ``end`` (an addressee list as the paragraph writes it)."""
    at = text.index(start)
    return text[at : text.index(end, at)]


# ---------------------------------------------------------------- "the Government": the State's named before


def test_the_government_is_the_one_the_paragraph_named(rows):
    # A/RES/78/220 26: "... persecution by the Government of the Islamic Republic of Iran ..., and calls upon the
    # Government to cease monitoring ..."; para. 20: "calls upon the Islamic Republic of Iran to release ..., and urges
    # the Government to address ..."; para. 22: "Encourages the Government of the Islamic Republic of Iran ... the
    # downing of Ukraine International Airlines flight 752, and calls upon the Government" (not Ukraine); all three
    # were "Governments" in general
    iran = "Iran (Islamic Republic of)"
    assert mandated(rows, "A/RES/78/220", "26") == [("calls upon", iran, "the Government")]
    assert mandated(rows, "A/RES/78/220", "20", "urges") == [("urges", iran, "the Government")]
    assert mandated(rows, "A/RES/78/220", "22", "calls upon") == [("calls upon", iran, "the Government")]
    assert not [m for m in rows["A/RES/78/220"] if m.kind == "mandate" and m.actor == "Governments"]


def test_a_governments_of_a_state_is_no_mention_of_governments_in_general():
    # A/RES/80/243 VII.3 "Expresses its gratitude to the Government of Chile"; A/RES/79/205 70 "to the Government of
    # Uruguay ... and to the Governments of Montenegro, Namibia and the Philippines": the States' (scanned where States
    # are), not "Governments"
    for symbol, label in (("A/RES/80/243", "VII.3"), ("A/RES/79/205", "70")):
        text = paragraph(symbol, label)
        assert "government" not in {h.key for h in scan(text)}, symbol
    states = {h.name for h in Scanner(states=True).scan(paragraph("A/RES/79/205", "70"))}
    assert {"Uruguay", "Montenegro", "Namibia", "Philippines"} <= states


# ---------------------------------------------------------------- the shape of an actor phrase


def test_a_participle_after_an_of_complement_qualifies_the_head(rows):
    # A/RES/78/331 14: "encourages the relevant authorities of non-United Nations personnel serving under a mandate of
    # the Security Council to provide ..." was "authorities of non-United Nations personnel serving"
    assert mandated(rows, "A/RES/78/331", "14")[-1][1] == "authorities of non-United Nations personnel"


def test_a_participle_before_its_noun_is_the_noun_s(rows):
    # A/RES/79/173 8: "urges all concerned States to cooperate with each other ..." gave no mandate ("concerned" read
    # as a qualifier after "all", leaving no head)
    assert mandated(rows, "A/RES/79/173", "8") == [("urges", "States", "all concerned States")]


def test_adjectives_coordinated_inside_a_complement_share_its_noun():
    # A/RES/79/323 annex 53 (f): "We encourage the boards of all international economic and financial institutions to
    # continue ..." was two actors, "boards of all international economic" and "financial institutions"
    text = between(paragraph("A/RES/79/323", "annex 53 (f)"), "the boards", " to continue")
    assert [n.actor.name for n in actor_phrases(text, [])] == [
        "boards of all international economic and financial institutions"]
    # a noun ends the complement: two actors still (the same list with a noun, as the corpus writes it)
    assert len(actor_phrases("representatives of civil society and non-governmental organizations", [])) == 2


def test_a_title_coordinated_after_its_preposition_is_one_title():
    # A/RES/80/229 70: "Urges States Parties to the Protocol against the Illicit Manufacturing of and Trafficking in
    # Firearms, Their Parts and Components and Ammunition to reinforce ..." read "Trafficking in Firearms" as an actor
    text = between(paragraph("A/RES/80/229", "70"), "States Parties", " to reinforce")
    names = [n.actor.name for n in actor_phrases(text, [])]
    assert names == [text]
    assert not any("Trafficking" == n.split()[0] for n in names)


def test_the_institutes_of_the_programme_network_are_one_actor(rows):
    # A/RES/80/225 7: "encourages States, the institutes of the United Nations crime prevention and criminal justice
    # programme network, other concerned entities and the Secretary-General to work together" (data/actors.txt)
    actors = [a for _, a, _ in mandated(rows, "A/RES/80/225", "7", "encourages")]
    assert "institutes of the United Nations crime prevention and criminal justice programme network" in actors
    assert not any(a.startswith("criminal justice") for a in actors)


# ---------------------------------------------------------------- referring back


def test_those_organizations_are_the_list_with_its_members(rows):
    # A/RES/78/233 5: "Invites the United Nations system, including the governing bodies ... and other multilateral
    # organizations, including the World Bank Group, the International Monetary Fund and other international financial
    # institutions, as well as the World Trade Organization, ..., and invites those organizations to participate"
    # (tests/labels/mandates_fresh13 n 54): the same list, members via their group; was the two direct ones only
    ms = [m for m in rows["A/RES/78/233"] if m.paragraph == "5" and m.kind == "mandate" and m.verb == "invites"]
    first = [(m.actor, m.via is not None) for m in ms if m.actor_as_written != "those organizations"]
    second = [(m.actor, m.via is not None) for m in ms if m.actor_as_written == "those organizations"]
    assert len(first) == 7 and second == first
    assert ("World Bank Group", True) in second and ("World Trade Organization", False) in second


def test_the_capitalised_secretariat_is_the_united_nations_secretariat(rows):
    # A/RES/78/103 11: "requests the Secretariat to issue, prior to meetings of the Commission ..., a reminder" after
    # "the secretariat of the Commission" (paras. 4, 7): the Secretariat of the United Nations (Editorial Manual, II.L),
    # was the secretariat of UNCITRAL; para. 7's lower-case "the secretariat" stays the Commission's
    assert mandated(rows, "A/RES/78/103", "11") == [("requests", "Secretariat", "the Secretariat")]
    assert mandated(rows, "A/RES/78/103", "7")[-1][1].startswith("secretariat of the United Nations Commission")


# ---------------------------------------------------------------- "in"/"within" a whole named


def test_a_complement_naming_the_whole_stays_in_the_name():
    # A/RES/78/69 143 "calls upon States in the region to continue ..."; 291 "Invites all relevant organizations,
    # funds, programmes and bodies within the United Nations system, in consultation with interested States, to
    # coordinate ..."; A/RES/78/102 6 "calls upon all entities in the United Nations to inform ...": the complement
    # says which ones (data/actors.txt [naming complements]), was cut as a qualifier ("States", "bodies", "entities")
    text = paragraph("A/RES/78/69", "143")
    listed = between(text, "States in the region to continue", " to continue")
    assert [n.actor.name for n in actor_phrases(listed, [])] == ["States in the region"]
    text = paragraph("A/RES/78/69", "291")
    listed = between(text, "all relevant organizations", ", in consultation")
    assert [n.actor.name for n in actor_phrases(listed, [])] == [
        f"{head} within the United Nations system" for head in ("organizations", "funds", "programmes", "bodies")]
    text = paragraph("A/RES/78/102", "6")
    assert [n.actor.name for n in actor_phrases(between(text, "all entities in", " to inform"), [])] == [
        "entities in the United Nations"]
    # a complement of anything else is a qualifier still
    assert [n.actor.name for n in actor_phrases("Member States in arrears", [])] == ["Member States"]


def test_the_whole_a_complement_names_stays_a_mention(rows):
    # A/RES/78/287 2: "invites all Member States ..., as well as organizations within the United Nations system and
    # other international and regional organizations ...": the organizations within the system are asked, and the
    # system is named in the paragraph (a mention, as before the complement was kept in the actor's name)
    ms = [m for m in rows["A/RES/78/287"] if m.paragraph == "2"]
    assert ("mandate", "organizations within the United Nations system") in {(m.kind, m.actor) for m in ms}
    assert ("mention", "United Nations system") in {(m.kind, m.actor) for m in ms}
    # A/RES/78/219 16 (t): "calls upon ... all stakeholders in Myanmar to cooperate ...": the class's words are the
    # mandate's, no mention of "stakeholders" beside it
    ms = [m for m in rows["A/RES/78/219"] if m.paragraph == "16 (t)"]
    assert ("mandate", "stakeholders in Myanmar") in {(m.kind, m.actor) for m in ms}
    assert ("mention", "stakeholders") not in {(m.kind, m.actor) for m in ms}
