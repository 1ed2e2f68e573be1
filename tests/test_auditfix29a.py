"""Wrong rows an audit of random corpus rows found (twenty-eighth session, branch auditfix29a), fixed as kinds, each on
a real paragraph copied from ../shared/corpus/texts into tests/fixtures/kinds_auditfix29a/paragraphs.md and read in a
small resolution (``conftest.mini_resolution``), or on the corpus file where the paragraph is an annex's:

- another operative opening after ", and," and a phrase set off by commas ends the action before ", and," ("..., and,
  as a means of promoting this objective, invites the countries concerned", 78/17 1; "..., and, in this regard, also
  requests", 79/54 10; "..., and, furthermore, takes note", 78/137 35); mandates/clauses.py ``_inner_verb_regex``;
- an adverb in "-ly" between the addressee and its "to" is the infinitive's, no part of the addressee ("all parties
  directly concerned seriously to consider", 78/17 1); mandates/addressees.py ``_trailing_adverb``;
- "by" a named event of a series ("by the Fourteenth Ministerial Conference of the World Trade Organization", 79/314
  annex 24) is a deadline, the event's agent after a participle ("adopted by the Fourteenth Congress") none;
  grammar/deadlines.lark ``by_event``, grammar/attachment.lark ``agent_by``;
- an infinitive passive in a comma segment of the action is that segment, not the whole action ("..., at the dates and
  location and in accordance with the modalities to be determined by the General Assembly at its eightieth session",
  79/128 4); mandates/clauses.py ``passives``."""

from pathlib import Path

from conftest import copied_mandates

FOLDER = Path(__file__).parent / "fixtures" / "kinds_auditfix29a"


def by_verb(symbol: str, label: str) -> dict[str, list]:
    out: dict[str, list] = {}
    for m in copied_mandates(FOLDER, symbol, label):
        out.setdefault(m.verb, []).append(m)
    return out


# ---------------------------------------------------------------- 1. ", and, <phrase>, <verb>" ends the action


def test_a_phrase_set_off_after_and_before_another_verb_ends_the_action():
    v = by_verb("78/17", "1")
    (urged,) = v["urges"]
    assert urged.action.endswith("in accordance with the relevant resolutions of the General Assembly")
    (invited,) = v["invites"]  # the second verb keeps its own mandate, the phrase before it no part of the verb
    assert invited.verb_as_written == "invites"
    assert invited.actor_as_written == "the countries concerned"
    assert invited.action == "to adhere to the Treaty on the Non-Proliferation of Nuclear Weapons"


def test_a_connective_set_off_after_and_ends_the_action_before_and():
    renewed, asked = by_verb("79/54", "10")["requests"]
    # was "... Technical Guidelines, and"
    assert renewed.action.endswith("which serves as the custodian of the International Ammunition Technical Guidelines")
    assert asked.verb_as_written == "in this regard, also requests"  # a connective stays with its verb
    assert asked.actor == "Secretary-General" and asked.action.startswith("to review, update and translate")


def test_another_opening_after_and_furthermore_ends_the_action():
    (m,) = by_verb("78/137", "35")["encourages"]
    assert m.action == "to take action, as appropriate"  # was "..., as appropriate, and, furthermore"


# ---------------------------------------------------------------- 2. an adverb before "to" is the infinitive's


def test_an_adverb_before_the_infinitive_is_no_part_of_the_addressee():
    (m,) = by_verb("78/17", "1")["urges"]
    assert m.actor_as_written == "all parties directly concerned"  # was "... concerned seriously"
    assert m.actor == "parties"


def test_a_noun_in_ly_before_the_infinitive_stays():
    from resparse.mandates.addressees import _trailing_adverb

    assert _trailing_adverb().search("the United Nations family") is None
    assert _trailing_adverb().search("the Secretary-General accordingly") is not None


# ---------------------------------------------------------------- 3. "by" a named event of a series


def test_by_an_ordinal_conference_of_an_organization_is_a_deadline():
    from resparse.mandates.deadlines import find

    text = ((FOLDER / "paragraphs.md").read_text(encoding="utf-8").split("## 79/314 annex 24\n")[1]
            if "## 79/314 annex 24" in (FOLDER / "paragraphs.md").read_text(encoding="utf-8") else None)
    assert text is not None
    found = find(text.split("\n")[0], adopted="2025-06-17")
    assert [d.text for d in found][:2] == [
        "as soon as possible", "by the Fourteenth Ministerial Conference of the World Trade Organization"]
    by = found[1]
    assert by.type == "by" and by.start is None  # undated: the Conference's date is not in the text


def test_by_an_ordinal_conference_after_the_object_is_a_deadline():
    from resparse.mandates.deadlines import find

    (d,) = find("to conclude negotiations by the Fourteenth Ministerial Conference of the World Trade Organization")
    assert d.text == "by the Fourteenth Ministerial Conference of the World Trade Organization"


def test_the_agent_of_a_participle_is_no_event_deadline():
    from resparse.mandates.deadlines import find

    for text in ("to implement the decisions adopted by the Fourteenth Congress on Crime Prevention",
                 "to follow the guidelines endorsed by the Fifth Conference of the Parties",
                 "to prepare the draft for consideration by the thirteenth Meeting of States Parties"):
        assert not [d for d in find(text) if "by the" in d.text], text


def test_the_annex_paragraph_has_both_deadlines(corpus_dir):
    import resparse
    from resparse.mandates import extract

    res = resparse.parse_text((corpus_dir / "A_RES_79_314.txt").read_text(encoding="utf-8"))
    (m,) = [m for m in extract(res) if m.paragraph == "annex 24" and m.kind == "mandate" and m.verb == "invites"]
    assert [d.text for d in m.deadlines] == [
        "as soon as possible", "by the Fourteenth Ministerial Conference of the World Trade Organization"]


# ---------------------------------------------------------------- 4. an infinitive passive in a comma segment


def test_a_passive_in_a_comma_segment_is_that_segment():
    ms = copied_mandates(FOLDER, "79/128", "4")
    (own,) = [m for m in ms if not m.passive]
    assert own.action.startswith("to elaborate and conclude a legally binding instrument")
    assert own.deadline.text == "by the end of 2027"
    (passive,) = [m for m in ms if m.passive]
    assert passive.actor == "General Assembly"
    # was the whole decision, "to elaborate and conclude ..."
    assert passive.action == ("at the dates and location and in accordance with the modalities to be determined by "
                              "the General Assembly at its eightieth session")
    assert passive.deadline.text == "at its eightieth session"


def test_a_passive_the_action_goes_on_after_keeps_the_action_and_its_time():
    (m,) = [m for m in copied_mandates(FOLDER, "79/273", "1") if m.passive]
    assert m.actor == "President of the General Assembly"
    assert m.action.startswith("the one-day high-level meeting on the prevention and control")
    assert m.deadline.text == "on 25 September 2025"  # the meeting's date, the convening's time
