"""What a new user's re-trial of the twenty-ninth session found wrong (branch trialfix29d), each kind on real text:
an addressee whose compound modifier opens with a suspended hyphen and holds a preposition ("mine- and explosive
remnants of war-affected States", A/RES/80/74 9, 10; 78/70 7, 8), the month the Commission on the Status of Women
meets in (data/body_sessions.txt), a session of a body written by its short name after the channel named in full
(A/RES/78/223 23), and the abbreviations of the functional commissions as queries (data/actors.txt). Paragraphs copied
from ../shared/corpus/texts into tests/fixtures/kinds_trialfix29d/paragraphs.md, one whole resolution (A/RES/78/223)
beside them."""

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import copied_mandates, copied_paragraph, mandates_by_symbol, mini_resolution
import resparse
from resparse.mandates import extract
from resparse.mandates.actors import table
from resparse.mandates.addressees import list_tokens
from resparse.mandates.deadlines import body_session_dates

FOLDER = Path(__file__).parent / "fixtures" / "kinds_trialfix29d"
ROOT = Path(__file__).parents[1]


# -- 1. a compound modifier opened by a suspended hyphen


@pytest.mark.parametrize("symbol, label, verb", [("80/74", "9", "urges"), ("80/74", "10", "encourages"),
                                                  ("78/70", "7", "urges"), ("78/70", "8", "encourages")])
def test_the_states_a_suspended_compound_names_are_addressed(symbol, label, verb):
    (m,) = copied_mandates(FOLDER, symbol, label)
    assert (m.verb, m.actor) == (verb, "mine- and explosive remnants of war-affected States")
    assert m.action.startswith(("to identify all areas", "to proactively mainstream mine action"))


def test_the_suspended_hyphen_joins_its_and_into_one_phrase():
    # "mine- and explosive remnants of war-affected": one modifier (mine-affected and explosive-remnants-of-war-
    # affected), no list of two addressees "all mine-" and "explosive remnants ..."
    assert [t.type for t in list_tokens("all mine- and explosive remnants of war-affected States")] == ["PHRASE"]
    # an "and" after a whole hyphened word still separates two addressees
    assert [t.type for t in list_tokens("conflict-affected States and donors")] == ["PHRASE", "COORD", "PHRASE"]


def test_the_head_of_a_suspended_compound_is_after_it():
    assert table().is_actor_like("all mine- and explosive remnants of war-affected States")
    assert not table().is_actor_like("explosive remnants of war")  # the thing, no actor


@pytest.mark.parametrize("addressee", ["conflict-affected States", "landmine-affected countries"])
def test_a_one_word_compound_still_names_its_addressee(addressee):
    text = copied_paragraph(FOLDER, "80/74", "9").replace("all mine- and explosive remnants of war-affected States",
                                                           addressee)
    ms = [m for m in extract(resparse.parse_text(mini_resolution(text))) if m.kind == "mandate"]
    assert [m.actor for m in ms] == [addressee]


def test_the_states_supported_stay_a_mention():
    # A/RES/80/74 5: "... to support mine- and explosive remnants of war-affected States, upon request ..., by
    # providing": the States are what the action supports, no addressee
    res = resparse.parse(ROOT.parent / "shared" / "corpus" / "texts" / "A_RES_80_74.txt") \
        if (ROOT.parent / "shared" / "corpus" / "texts" / "A_RES_80_74.txt").exists() else None
    if res is None:
        pytest.skip("../shared absent")
    rows = [m for m in extract(res) if m.actor == "mine- and explosive remnants of war-affected States"]
    assert sorted((m.paragraph, m.kind) for m in rows) == [("10", "mandate"), ("5", "mention"), ("9", "mandate")]


# -- 2. the Commission on the Status of Women meets in March


def test_the_commission_on_the_status_of_women_meets_in_march():
    # data/body_sessions.txt: "resolutions 51/2 of 9 March 2007, 52/2 of 7 March 2008 and 54/7 of 12 March 2010"; the
    # sixty-seventh closed on 17 March 2023 (A/RES/79/152), the seventieth opened on 9 March 2026
    assert body_session_dates("Commission on the Status of Women", 67) == ("2023-03", "2023-03")
    assert body_session_dates("Commission on the Status of Women", 70) == ("2026-03", "2026-03")
    assert body_session_dates("Commission on the Status of Women", 56) is None  # 2012: it opened in February


# -- 3. "the Commission" after the channel named in full


@pytest.fixture(scope="module")
def rows():
    return mandates_by_symbol(FOLDER)


def test_the_short_name_of_the_channel_takes_its_calendar(rows):
    # A/RES/78/223 23: "to report thereon to the General Assembly through the Commission at its thirty-third
    # session": the Commission on Crime Prevention and Criminal Justice (named in full before), May 2024
    (m,) = [m for m in rows["A/RES/78/223"] if m.paragraph == "23" and m.reports]
    (r,) = m.reports
    assert (r.to, r.via) == ("General Assembly", "Commission on Crime Prevention and Criminal Justice")
    assert (r.due.start, r.due.end, r.due.body, r.session) == (
        "2024-05", "2024-05", "Commission on Crime Prevention and Criminal Justice", None)


def test_a_short_name_of_another_body_stays_undated():
    # the same words with a channel whose head noun is not "Commission": the session is not the channel's
    text = ("Requests the Secretary-General to ensure proper follow-up to the present resolution and to report thereon to "
            "the General Assembly through the Human Rights Council and the Commission at its thirty-third session;")
    ms = [m for m in extract(resparse.parse_text(mini_resolution(text))) if m.reports]
    assert all(r.due is None or r.due.start is None for m in ms for r in m.reports)


# -- 4. the functional commissions by their abbreviations


@pytest.mark.parametrize("abbreviation, name", [("CSW", "Commission on the Status of Women"),
                                                ("CCPCJ", "Commission on Crime Prevention and Criminal Justice"),
                                                ("CND", "Commission on Narcotic Drugs")])
def test_the_abbreviation_of_a_functional_commission_is_its_name(abbreviation, name):
    assert table().resolve(abbreviation).name == name


def test_actor_query_by_abbreviation_finds_the_commission():
    out = subprocess.run([sys.executable, "-m", "resparse", "mandates",
                          str(FOLDER / "A_RES_78_223.txt"), "--actor", "CCPCJ"],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "Commission on Crime Prevention and Criminal Justice" in out.stdout
    assert "no close match" not in out.stderr
