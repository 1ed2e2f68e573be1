"""The thirtieth session's audit of 200 merged rows (/work/audit33), its wrong rows fixed as kinds, each on real
paragraphs copied from ../shared/corpus/texts into tests/fixtures/kinds_af33/paragraphs.md and read in a small
resolution (``conftest.mini_resolution``):

- a name or modifiers written once before two coordinated heads of [carried heads] are each head's also when the last
  head has a qualifier of its own ("regional fisheries management organizations and arrangements with the competence
  to regulate fisheries", A/RES/80/109 168); mandates/addressees.py ``_carried_name``;
- a verb's form followed by "for" or "of" inside a paragraph is a noun coordinated before one object, no second
  operative verb: "to process offers of and requests for assistance" (A/RES/79/40 17), "requests for and offers of
  cooperation" (78/67 12); mandates/clauses.py ``_inner_verb_regex``."""

from pathlib import Path

from conftest import copied_mandates

FOLDER = Path(__file__).parent / "fixtures" / "kinds_af33"


def actors(symbol: str, label: str, verb: str | None = None) -> list[str]:
    return [m.actor for m in copied_mandates(FOLDER, symbol, label) if verb is None or m.verb == verb]


# ---------------------------------------------------------------- 1. modifiers carried to a head with a qualifier


def test_modifiers_carried_to_a_last_head_with_its_own_qualifier():
    # A/RES/80/109 168 (the audit's mandates80 n 16: the actor was "arrangements")
    assert actors("80/109", "168", "calls upon") == [
        "States", "regional fisheries management organizations", "regional fisheries management arrangements"]


# ---------------------------------------------------------------- 2. "offers of and requests for": nouns, no verb


def test_requests_for_after_and_is_a_noun_not_a_second_verb():
    # A/RES/79/40 17 (the audit's deadlines40 n 33: the action stopped at "to process offers of")
    (m,) = copied_mandates(FOLDER, "79/40", "17")
    assert m.verb == "decides"
    assert m.action.endswith("to process offers of and requests for assistance submitted under the Programme of "
                             "Action and the International Tracing Instrument to facilitate the matching of needs "
                             "and resources, as outlined in paragraph 212 of the outcome document of the Fourth Review "
                             "Conference")


def test_requests_for_and_offers_of_stay_in_the_action():
    # A/RES/78/67 12 (79/78 13, 80/71 13): the action stopped at "on a voluntary basis"
    (m,) = copied_mandates(FOLDER, "78/67", "12")
    assert (m.verb, m.actor) == ("urges", "States parties")
    assert "on a voluntary basis, requests for and offers of cooperation and assistance, including" in m.action
