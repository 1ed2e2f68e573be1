"""Mandate misreadings that earlier sessions noticed and left (tests/labels/GUIDELINE.md, the twenty-fourth session's
mfix4 notes), fixed as kinds (the twenty-fifth session, branch mfix5): each on real text, paragraphs copied from
../shared/corpus/texts into tests/fixtures/mfix5/paragraphs.md and read in a small resolution
(``conftest.mini_resolution``) so the whole extraction runs on them."""

from pathlib import Path

from conftest import copied_mandates

FOLDER = Path(__file__).parent / "fixtures" / "mfix5"


def alone(symbol: str, label: str) -> list:
    """The mandates (kind "mandate") of a copied paragraph read as paragraph 1 of a small resolution."""
    return copied_mandates(FOLDER, symbol, label)


def rows(symbol: str, label: str, verb: str | None = None) -> list[tuple]:
    return [(m.actor, m.via) for m in alone(symbol, label) if verb is None or m.verb == verb]


# ---------------------------------------------------------------- 1. "such entities" refers back


def test_the_heads_of_such_entities_are_the_heads_of_the_entities_named_before():
    # A/RES/79/332 3: "Proposes that the specialized agencies, organizations, programmes and funds of the United
    # Nations system cooperate ..., and in this regard recommends that the heads of such entities continue
    # consultations ..." (was one actor "heads of such entities")
    second = [m for m in alone("A/RES/79/332", "3") if m.action.startswith("continue consultations")]
    assert [m.actor for m in second] == [
        "heads of the specialized agencies of the United Nations system",
        "heads of the organizations of the United Nations system",
        "heads of the programmes of the United Nations system",
        "heads of the funds of the United Nations system"]
    assert {m.actor_as_written for m in second} == {"the heads of such entities"}
    assert all(m.part_of for m in second)  # each a part of the entity it heads


def test_the_subjects_of_a_that_clause_are_still_addressed():
    # the same paragraph's first clause keeps its four addressees
    first = [m.actor for m in alone("A/RES/79/332", "3") if m.action.startswith("cooperate")]
    assert first == ["specialized agencies", "United Nations system", "programmes of the United Nations system",
                     "funds of the United Nations system"]


# ---------------------------------------------------------------- 2. nested members


def test_a_member_named_after_a_member_is_that_members():
    # A/RES/79/293 6: "civil society, including non-governmental organizations, individuals and other relevant
    # stakeholders, including academia": academia is one of the stakeholders (was via civil society)
    found = dict(rows("A/RES/79/293", "6"))
    assert found["academia"] == "other relevant stakeholders"
    assert found["stakeholders"] == "civil society"
    assert found["civil society"] is None


def test_nested_members_stay_under_a_group_that_holds_them_only():
    # A/RES/78/269 8: "the United Nations system, including funds, programmes and specialized agencies, including the
    # World Health Organization, the Food and Agriculture Organization ..., the United Nations Environment Programme
    # as well as the World Organisation for Animal Health, the Global Leaders Group ..., the Inter-Parliamentary Union,
    # regional commissions and relevant envoys of the Secretary-General"
    found = dict(rows("A/RES/78/269", "8", "invites"))
    assert found["World Health Organization"] == "specialized agencies"
    assert found["Food and Agriculture Organization of the United Nations"] == "specialized agencies"
    assert found["United Nations Environment Programme"] == "the United Nations system"  # a programme
    assert found["Inter-Parliamentary Union"] == "the United Nations system"
    # A/RES/79/333 8: "..., including the World Health Organization, regional commissions and relevant envoys of the
    # Secretary-General": the commissions and the envoys are no specialized agencies
    found = dict(rows("A/RES/79/333", "8", "invites"))
    assert found["World Health Organization"] == "specialized agencies"
    assert found["regional commissions"] == "the United Nations system"
    assert found["envoys of the Secretary-General"] == "the United Nations system"


# ---------------------------------------------------------------- 4. members after a closed parenthesis


def test_members_after_a_parenthesis_closed_on_itself_are_the_addressees():
    # A/RES/78/204 15: "Encourages all relevant United Nations mechanisms and processes, in accordance with their
    # respective mandates, including the Economic and Social Council, including the Commission on the Status of Women,
    # and the Conference of States Parties ..." (the Council and the Commission were no addressees, "processes" had
    # lost its "United Nations")
    found = dict(rows("A/RES/78/204", "15"))
    assert found["United Nations mechanisms"] is None and found["United Nations processes"] is None
    assert "processes" not in found
    assert found["Economic and Social Council"] == "United Nations processes"
    assert found["Commission on the Status of Women"] == "the Economic and Social Council"
    # A/RES/80/214 17, the same list a session later: "..., in accordance with their respective mandates, including the
    # Economic and Social Council and its subsidiary bodies, including the Commission on the Status of Women, ..."
    # (the group "United Nations bodies", the name carried to the last head: twenty-seventh session, branch mfix7; it
    # was "bodies")
    found = dict(rows("A/RES/80/214", "17"))
    assert found["Economic and Social Council"] == "United Nations bodies"
    assert found["subsidiary bodies of the Economic and Social Council"] == "United Nations bodies"
    assert found["Commission on the Status of Women"] == "its subsidiary bodies"


def test_members_after_a_closed_parenthesis_and_a_comma_coordination():
    # A/RES/78/203 51: "Encourages relevant bodies of the United Nations system, within their respective mandates,
    # including the specialized agencies, funds and programmes of the United Nations system, relevant international
    # organizations, including the World Trade Organization, and relevant stakeholders, including civil society
    # organizations, ...": the agencies, funds and programmes and the Organization were only mentioned
    found = dict(rows("A/RES/78/203", "51"))
    assert found["specialized agencies"] == "relevant bodies of the United Nations system"
    assert found["funds and programmes"] == "relevant bodies of the United Nations system"
    assert found["World Trade Organization"] == "relevant international organizations"
    assert found["stakeholders"] is None  # ", and" closes the nested list
    # A/RES/79/222 43: "encourages companies, where appropriate, especially publicly listed and large companies"
    found = dict(rows("A/RES/79/222", "43"))
    assert found["publicly listed companies"] == "companies" and found["large companies"] == "companies"


# ---------------------------------------------------------------- 3. a relative clause's verb


def test_the_verb_of_a_relative_clause_is_not_the_decisions():
    # A/RES/78/322 11: "Further decides that the relevant existing United Nations entity, which will act as the
    # secretariat of the multidimensional vulnerability index, and the members of the Independent Expert Advisory
    # Panel will be appointed by the Secretary-General ...": the entity is appointed, not charged to act as the
    # secretariat (was: the entity "decides" "will act as the secretariat")
    found = [(m.verb, m.actor, m.passive) for m in alone("A/RES/78/322", "11")]
    assert found == [("decides", "General Assembly", False), ("decides", "Secretary-General", True)]
    assert all(m.deadlines[0].text == "no later than the end of the seventy-ninth session of the General Assembly"
               for m in alone("A/RES/78/322", "11"))


def test_a_modal_coordinated_after_a_relative_clauses_is_the_relative_clauses_too():
    # A/RES/78/261 2: "Requests that the President of the General Assembly ... appoint two co-facilitators ..., which
    # should be a short and concise political declaration ..., and should have a social development approach ...":
    # the President is asked to appoint, not to "have a social development approach"
    (m,) = alone("A/RES/78/261", "2")
    assert m.actor == "President of the General Assembly"
    assert "appoint two co-facilitators" in m.action and m.modal in (None, "")


# ---------------------------------------------------------------- 5. a segment of the Economic and Social Council


def test_a_report_at_an_operational_activities_segment_goes_to_the_council():
    # A/RES/79/226 117: "requests the Secretary-General to continue to regularly monitor and report on the work of
    # multi-country offices at the annual operational activities for development segment" (was: to the Assembly)
    (m,) = alone("A/RES/79/226", "117")
    assert [r.to for r in m.reports] == ["Economic and Social Council"]


# ---------------------------------------------------------------- 6. modifiers carried to a coordinated head


def test_modifiers_before_two_coordinated_heads_are_each_heads():
    # A/RES/78/32 8: "other relevant international organizations or institutions" (the audit of sixty corpus rows:
    # "institutions" alone was the one wrong actor)
    found = [m.actor for m in alone("A/RES/78/32", "8")]
    assert "international institutions" in found and "institutions" not in found
    # a determiner alone is no modifier: "relevant organizations and networks" (A/RES/79/201 33, the labels' "networks")
    assert [m.actor for m in alone("A/RES/79/201", "33")] == ["Member States", "organizations", "networks"]
    # nor a possessive: "the United Nations and its specialized agencies and organizations" (A/RES/80/116 6)
    assert "organizations" in [m.actor for m in alone("A/RES/80/116", "6")]
    # nor where a third head follows: "non-governmental organizations and bodies and groups based on religion or
    # belief" (A/RES/78/212 18)
    assert "bodies" in [m.actor for m in alone("A/RES/78/212", "18")]
