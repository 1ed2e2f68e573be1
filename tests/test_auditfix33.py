"""The thirtieth session's audit of 200 merged rows (/work/audit33), its wrong rows fixed as kinds, each on real
paragraphs copied from ../shared/corpus/texts into tests/fixtures/kinds_af33/paragraphs.md and read in a small
resolution (``conftest.mini_resolution``):

- a name or modifiers written once before two coordinated heads of [carried heads] are each head's also when the last
  head has a qualifier of its own ("regional fisheries management organizations and arrangements with the competence
  to regulate fisheries", A/RES/80/109 168); mandates/addressees.py ``_carried_name``."""

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
