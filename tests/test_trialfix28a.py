"""What a new user's trial of the twenty-eighth session found wrong (branch trialfix28a), each kind on real text:
the whole-corpus listing of ``mandates --db`` (its mentions counted and written, as over the files), a time inside a
participial clause of the Assembly coordinated at the end of the action ("and looking forward to ..."), a span after
the adoption of a text the resolution adopts itself, an acronym inside a bracketed term of several words (and a
State's name inside another thing's name), and the start of a recurring report written in the request's own words.
Whole resolutions copied from ../shared/corpus/texts (and A/RES/72/279, of the seventy-second session) into
tests/fixtures/kinds_trialfix28a/, paragraphs into its paragraphs.md."""

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

import resparse
from conftest import copied_paragraph, mandates_by_symbol, mini_resolution, paragraph_deadline_texts
from resparse import corpus
from resparse.mandates import extract

FOLDER = Path(__file__).parent / "fixtures" / "kinds_trialfix28a"
ROOT = Path(__file__).parents[1]


@pytest.fixture(scope="module")
def rows():
    return mandates_by_symbol(FOLDER)


def run(*args):
    return subprocess.run([sys.executable, "-m", "resparse", *args], capture_output=True, text=True, timeout=300)


# -- 1. mandates --db without --actor: the same rows as the files


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("db") / "c.sqlite"
    corpus.build(sorted(FOLDER.glob("*.txt")), path, jobs=1)
    return path


def test_the_database_listing_counts_the_mentions_the_files_do(db):
    files = run("mandates", *map(str, sorted(FOLDER.glob("*.txt"))))
    stored = run("mandates", "--db", str(db))
    assert files.returncode == stored.returncode == 0
    head = files.stdout.splitlines()[0]
    assert head == stored.stdout.splitlines()[0]
    mentions = int(head.split(" mentions")[0].rsplit(" ", 1)[1])
    assert mentions > 0  # the database said "0 mentions"
    assert files.stdout == stored.stdout


def test_the_database_csv_writes_the_mentions_the_files_do(db):
    files = run("mandates", *map(str, sorted(FOLDER.glob("*.txt"))), "--csv", "-")
    stored = run("mandates", "--db", str(db), "--csv", "-")
    assert files.returncode == stored.returncode == 0
    kinds = [r["kind"] for r in csv.DictReader(io.StringIO(stored.stdout))]
    assert "mention" in kinds and "mandate" in kinds  # the database wrote kind=mandate rows only
    assert files.stdout == stored.stdout


def test_the_files_listing_holds_the_state_mentions_the_database_stores():
    # the files were read without the States' names (the database with them): the "United States" of A/RES/72/279 25
    # was a mention of "States" over the files, of the State in the database
    listed = run("mandates", str(FOLDER / "A_RES_72_279.txt"), "--json")
    import json

    got = sorted((r["paragraph"], r["kind"], r["actor_key"]) for r in json.loads(listed.stdout))
    res = resparse.parse(FOLDER / "A_RES_72_279.txt")
    assert got == sorted((m.paragraph, m.kind, m.actor_key) for m in extract(res, states=True))
    mentions = [r["actor"] for r in json.loads(listed.stdout) if r["paragraph"] == "25" and r["kind"] == "mention"]
    assert "States" not in mentions


def test_a_state_name_inside_another_thing_s_name_is_no_mention_of_the_state():
    # A/RES/72/279 25 "to a total of 3.4 billion United States dollars": the currency, neither the State (read with
    # the States' names, as the database stores it) nor "States"
    res = resparse.parse(FOLDER / "A_RES_72_279.txt")
    assert not [m.actor for m in extract(res, states=True) if m.paragraph == "25"
                and m.actor in ("United States of America", "States")]
    from resparse.mandates.actors import Scanner

    scanner = Scanner(states=True)
    for text in ("the Territory of American Samoa", "the United States Virgin Islands"):  # A/RES/79/99 11, 78/93
        assert not scanner.scan(text), text
    # A/RES/78/69 336: no Samoa inside the title (its "SIDS", a name of the small island developing States since the
    # twenty-ninth session, is the scanner's, and no mention inside a title: tests/test_trialfix29a.py)
    samoa = "the SIDS Accelerated Modalities of Action (SAMOA) Pathway"
    assert [h.name for h in scanner.scan(samoa)] == ["small island developing States"]
    assert [h.name for h in scanner.scan("the Government of Samoa and the United States of America")] == [
        "Samoa", "United States of America"]


# -- 2. a time inside "and looking forward to ..." is the Assembly's expectation's


def test_a_time_in_a_closing_looking_forward_clause_is_no_deadline(rows):
    # A/RES/79/287 13: "Further urges Member States to implement the Rio Political Declaration ..., and looking
    # forward to the convening of a one-day, high-level interactive dialogue ... by the President of the General
    # Assembly, in 2025": the dialogue's year, not the Member States' deadline
    assert "in 2025" not in paragraph_deadline_texts(rows, "A/RES/79/287", "13")
    assert [m.actor for m in rows["A/RES/79/287"] if m.paragraph == "13" and m.kind == "mandate"] == ["Member States"]


def test_the_action_before_the_participle_keeps_its_own_time():
    from resparse.mandates.deadlines import find

    # the participle's clause ends the action's time only from its "and": a time before it stays the action's
    found = find("to submit a report in 2026, and looking forward to the convening of the dialogue, in 2027",
                 adopted="2025-06-01")
    assert [d.text for d in found] == ["in 2026"]


# -- 4. an acronym inside a bracketed term of several words is that term's


def mentions_of(symbol: str, label: str) -> list[tuple[str, str]]:
    res = resparse.parse_text(mini_resolution(copied_paragraph(FOLDER, symbol, label)))
    return [(m.actor, m.actor_as_written) for m in extract(res, states=True) if m.kind == "mention"]


def test_an_acronym_inside_a_bracketed_code_is_no_mention_of_its_body():
    # A/RES/78/69 236 (79/144 233 the same): "an Emission Control Area for Sulphur Oxides (Med SOx ECA)"
    got = mentions_of("78/69", "236")
    assert ("Economic Commission for Africa", "ECA") not in got


def test_the_corpus_paragraph_of_79_144_names_no_commission():
    res = resparse.parse(ROOT / "tests" / "fixtures" / "A_RES_79_144.txt")
    assert not [m for m in extract(res, states=True) if m.paragraph == "233"
                and m.actor == "Economic Commission for Africa"]


def test_an_acronym_standing_for_its_body_is_still_read():
    from resparse.mandates.actors import Scanner

    scanner = Scanner(states=True)
    for text in ("Requests the Economic Commission for Africa (ECA) to report", "Invites ECA to report",
                 "the regional commissions (ECA, ECE and ESCAP)"):
        assert "Economic Commission for Africa" in [h.name for h in scanner.scan(text)], text
    # alone in brackets after the words it abbreviates, naming another thing: that thing's
    assert "Economic Commission for Africa" not in [h.name for h in scanner.scan(
        "the designation of an Emission Control Area (ECA) in the Mediterranean")]


# -- 5. a recurring report whose start the request writes is due from that start


def test_a_yearly_report_starting_in_a_year_is_due_from_it(rows):
    # A/RES/72/279 15: "to report annually, starting in 2019, to the Economic and Social Council at its operational
    # activities for development segment": due from 2019 (was undated, listed last by --reports)
    (m,) = [m for m in rows["A/RES/72/279"] if m.paragraph == "15" and m.kind == "mandate"]
    (r,) = m.reports
    assert r.to == "Economic and Social Council" and r.recurrence == "annually"
    assert r.due is not None and r.due.date == "2019"
    assert "starting in 2019" in r.when and "operational activities for development segment" in r.when


def test_the_reports_listing_dates_it():
    p = run("mandates", str(FOLDER / "A_RES_72_279.txt"), "--reports")
    assert p.returncode == 0
    line = next(x for x in p.stdout.splitlines() if x.split()[1:2] == ["15"])
    assert line.split()[0] == "2019"


# -- 3. a span after the adoption of a text the resolution adopts itself


def deadlines_of(*paragraphs: str, label: str) -> list[tuple[str, str | None]]:
    res = resparse.parse_text(mini_resolution(*paragraphs))  # adopted on 1 January 2020
    return [(d.text, d.start) for m in extract(res) if m.paragraph == label and m.kind == "mandate"
            for d in m.deadlines]


def test_a_span_after_the_adoption_of_the_convention_the_resolution_adopts_is_dated():
    # A/RES/79/243 6 (adopted 24 December 2024; its paragraph 2 adopts the Convention): the Ad Hoc Committee's
    # session "one year after the adoption of the Convention" (was missed: only "at its first session", the
    # Conference's, was read); here adopted on 1 January 2020, so January 2021
    got = deadlines_of(copied_paragraph(FOLDER, "79/243", "2"), copied_paragraph(FOLDER, "79/243", "6"), label="2")
    assert got[0] == ("one year after the adoption of the Convention", "2021-01")


def test_a_span_after_another_text_s_adoption_is_no_time():
    # the same paragraph where the resolution adopts no convention: the Convention's adoption is undated, no time
    got = deadlines_of(copied_paragraph(FOLDER, "79/243", "6"), label="1")
    assert "one year after the adoption of the Convention" not in [t for t, _ in got]
    from resparse.mandates.deadlines import find

    # an anniversary of another text's adoption (A/RES/78/86 and the other Territories' resolutions)
    assert not find("to mark 60 years after the adoption of the Declaration on the Granting of Independence to "
                    "Colonial Countries and Peoples", adopted="2023-12-05")
    # the present resolution's own adoption is dated as the Convention's is
    (d,) = find("to hold a meeting six months after the adoption of the present resolution", adopted="2024-12-24")
    assert (d.type, d.start) == ("in", "2025-06")
