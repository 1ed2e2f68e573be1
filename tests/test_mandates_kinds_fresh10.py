"""Actor kinds the twelfth labelled sample (tests/labels/mandates_fresh10) and the last session's notes found wrong, each
tested on real paragraphs (whole resolutions copied from ../shared/corpus/texts into tests/fixtures/kinds12/, and
A/RES/80/109 of kinds11/): the channels after "including through" are no via actors; a group of countries ("least
developed countries", "small island developing States") is one name, so that no shorter name inside it is read, and
a mention only where a mandate or a query names it; the action of "in accordance with the order of X to ..."; "those
organizations", "the above-mentioned bodies", "these States" and "those countries" (of the paragraph before) referred
back; "States fishing for ... on the high seas", the Fish Stocks Agreement's term with its complements in another
order."""

from pathlib import Path

import pytest

from conftest import mandated, mandated_actors, mandates_by_symbol

FIXTURES = Path(__file__).parent / "fixtures"
KINDS = FIXTURES / "kinds12"


@pytest.fixture(scope="module")
def rows():
    return mandates_by_symbol(KINDS)


def _mentions(rows, symbol, label):
    return [m.actor for m in rows[symbol] if m.paragraph == label and m.kind == "mention"]


# ---------------------------------------------------------------- 1. channels after "including through"


def test_channels_after_including_through_are_no_addressees(rows):
    # A/RES/80/110, para. 24 (unit 88): "Calls upon States and international institutions, including through bilateral,
    # regional and global cooperation programmes, technical partnerships and fellowships, to develop ...": the
    # programmes, partnerships and fellowships are the channels of the action, no via actors of the institutions
    assert mandated_actors(rows, "A/RES/80/110", "24") == ["States", "international institutions"]
    # the same clause in paras. 21 and 22 of the same resolution
    for label in ("21", "22"):
        assert mandated_actors(rows, "A/RES/80/110", label) == ["States", "international institutions"]
    channels = {"regional cooperation programmes", "global cooperation programmes", "technical partnerships", "fellowships"}
    assert not [m for m in rows["A/RES/80/110"] if m.kind == "mandate" and m.actor in channels]


def test_a_list_of_members_opened_by_no_means_stays_one():
    # a list of members that opens with no means stays a list of members
    from resparse.mandates.addressees import actor_phrases

    assert [(n.written, n.via) for n in actor_phrases(
        "States and international institutions, including through bilateral programmes, regional programmes and "
        "fellowships",
        [])] == [("States", None), ("international institutions", None)]
    assert [(n.actor.name, n.via) for n in actor_phrases(
        "the United Nations system, including the World Health Organization and the World Bank", [])] == [
        ("United Nations system", None), ("World Health Organization", "the United Nations system"),
        ("World Bank", "the United Nations system")]


# ---------------------------------------------------------------- 2. groups of countries, one name each


def test_developed_countries_inside_least_developed_countries_is_no_mention(rows):
    # A/RES/79/226 mandates "those developed countries that have not yet done so" (para. 60), which made "developed
    # countries" a name of its mention scanner: it was read inside "the least developed countries" in seven paragraphs
    assert ("urges", "developed countries", "those developed countries that have not yet done so") in mandated(
        rows, "A/RES/79/226", "60")
    for label in ("11", "12", "51", "61", "75", "101", "114"):
        assert "developed countries" not in _mentions(rows, "A/RES/79/226", label), label


def test_a_group_of_countries_is_one_name_of_the_scanner():
    from resparse.mandates.actors import scan

    text = "support to small island developing States, least developed countries and landlocked developing countries"
    assert [(h.name, text[h.start : h.end]) for h in scan(text)] == [
        ("small island developing States", "small island developing States"),
        ("least developed countries", "least developed countries"),
        ("landlocked developing countries", "landlocked developing countries")]


def test_a_group_of_countries_is_a_mention_only_where_asked():
    import resparse
    from resparse.mandates import extract

    res = resparse.parse(KINDS / "A_RES_79_226.txt")
    rows = extract(res)
    # named as beneficiaries: no mention of the least developed countries where no mandate names them, nor of the
    # "States" inside "small island developing States" (para. 11: read as a mention of States before)
    assert not [m for m in rows if m.actor == "least developed countries"]
    only_inside = {p.label for p in res.walk() if "small island developing States" in p.text
                   and "States" not in p.text.replace("small island developing States", "")}
    assert only_inside == {"11"}
    assert not [m.paragraph for m in rows if m.paragraph in only_inside and m.actor == "States"]
    # ... but a query for them finds the paragraphs that name them, as for a State
    asked = [m.paragraph for m in extract(res, also=("least developed countries",))
             if m.actor == "least developed countries" and m.kind == "mention"]
    assert {"11", "51", "75", "114"} <= set(asked)


# ---------------------------------------------------------------- 3. the content of a directive is the action


def test_action_of_a_directive_the_addressee_conforms_to(rows):
    # A/RES/78/219, para. 11: "Urges Myanmar, in accordance with the order of the International Court of Justice to
    # take all measures within its power to prevent ..., to ensure that ..., to prevent the destruction ... and to
    # report to the Court ...": the action lost "to take all measures ..." (read as the parenthesis's own infinitive)
    (m,) = [m for m in rows["A/RES/78/219"] if m.paragraph == "11" and m.kind == "mandate"]
    assert m.actor == "Myanmar"
    assert m.action.startswith("to take all measures within its power to prevent the commission")


# ---------------------------------------------------------------- 4. demonstratives referred back


def test_those_organizations_are_the_partners_of_the_cooperation_before(rows):
    # A/RES/78/208, para. 14: "Notes with appreciation the additional efforts being made to enhance cooperation with
    # other international, governmental and non-governmental organizations ..., encourages those organizations to
    # share knowledge and experience ..."
    assert mandated(rows, "A/RES/78/208", "14") == [
        ("encourages", "international organizations", "those organizations"),
        ("encourages", "governmental organizations", "those organizations"),
        ("encourages", "non-governmental organizations", "those organizations")]


def test_the_above_mentioned_bodies_are_the_partners_of_the_cooperation_named_before(rows):
    # A/RES/79/284, para. 19: "... the agreed and targeted cooperation between the Council of Europe and the United
    # Nations Entity for Gender Equality and the Empowerment of Women (UN-Women) and the United Nations Population
    # Fund, ..., and invites States that have not yet done so to consider signing or ratifying it, in this context
    # encourages the above-mentioned bodies to continue to develop a specific and fruitful collaboration ..."
    assert [(v, a) for v, a, _ in mandated(rows, "A/RES/79/284", "19")] == [
        ("invites", "States"),
        ("encourages", "Council of Europe"),
        ("encourages", "United Nations Entity for Gender Equality and the Empowerment of Women"),
        ("encourages", "United Nations Population Fund")]


def test_those_stakeholders_are_the_partners_named_in_the_action_before(rows):
    # A/RES/78/48, para. 17: "Encourages States parties to strengthen their cooperation with civil society, including
    # non-governmental organizations, industry and relevant international organizations ..., and invites those
    # stakeholders, in particular those that are underrepresented in Treaty processes, to engage further ..."
    assert mandated_actors(rows, "A/RES/78/48", "17") == [
        "States parties", "civil society", "non-governmental organizations", "international organizations"]


def test_these_states_are_the_one_list_member_of_that_head(rows):
    # A/RES/79/161, para. 24: "Urges Member States and the international community to honour the memory ..., and
    # calls upon these States to take appropriate and effective measures ...": Member States, the one of the two named
    # by "States"
    assert mandated(rows, "A/RES/79/161", "24")[-1] == ("calls upon", "Member States", "these States")


def test_those_countries_are_the_addressees_of_the_paragraph_before(rows):
    # A/RES/79/16, paras. 5-6: "Invites all countries of the region, pending the establishment of a nuclear-weapon-free
    # zone ..., to declare their support ...", then "Also invites those countries, pending the establishment of the
    # zone, not to develop, produce, test or otherwise acquire nuclear weapons ...": para. 6 names no countries before
    assert mandated(rows, "A/RES/79/16", "6") == [("invites", "countries of the region", "those countries")]
    # a paragraph that names its countries before the demonstrative is read from its own words: "Congratulates those
    # countries that have met the criteria for graduation ..., invites those countries to start the preparations"
    # (A/RES/78/233, para. 43), not the addressees of para. 42
    assert ("invites", "countries", "those countries") in mandated(rows, "A/RES/78/233", "43")


# ---------------------------------------------------------------- 5. a term with its complements in another order


def test_states_fishing_on_the_high_seas_with_their_stocks_between():
    import resparse
    from resparse.mandates import extract

    res = resparse.parse(FIXTURES / "kinds11" / "A_RES_80_109.txt")
    rows = {res.symbol: extract(res)}
    # A/RES/80/109, para. 179: "Urges States fishing for straddling fish stocks and highly migratory fish stocks on the
    # high seas, and relevant coastal States, ...": the Agreement's "States fishing on the high seas" (art. 8), as para.
    # 181 names them "States fishing on the high seas for a straddling fish stock ..."; was "States"
    assert mandated_actors(rows, "A/RES/80/109", "179") == ["States fishing on the high seas", "coastal States"]
    assert mandated_actors(rows, "A/RES/80/109", "181") == ["coastal States", "States fishing on the high seas"]
