"""Lookup faults a fresh-user trial found (2026-12-02), on real resolutions copied into tests/fixtures/ from
../shared/corpus/texts (A/RES/71/280 of texts/, 78/205, 78/276, 79/238):

1. ``mandates --actor ''`` listed every mandate, exit 0: a usage error (exit 2);
2. ``--actor "Nonexistent Body of Stuff"`` suggested "Ad Hoc Committee ...", "African Member States ..." (WRatio at
   60): only close matches, else "no close match";
3. "requests her" (A/RES/78/205, para. 7) was shown with the pronoun as the actor: the resolved name, the pronoun
   after it; "Reiterates its request to" (A/RES/78/276, paras. 10, 11) was shown as "requests": the answer to
   --actor shows the verb as written (the table verb stays in JSON and in the tables' verb column);
4. "the Food and Agricultural Organization of the United Nations" (A/RES/79/238, para. 7) is the FAO.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import resparse
from resparse.mandates import extract, nearest_actors

ROOT = Path(__file__).parent
FIXTURES = ROOT / "fixtures"
RES_71_280 = ROOT.parent / "texts" / "A_RES_71_280.txt"


def _run(*args):
    return subprocess.run([sys.executable, "-m", "resparse", "mandates", *map(str, args)], capture_output=True,
                          text=True, timeout=300)


def test_an_empty_actor_is_a_usage_error():
    for empty in ("", "  ", "''"):
        p = _run(RES_71_280, "--actor", empty)
        assert p.returncode == 2 and p.stdout == "" and "names nothing" in p.stderr, empty
    assert _run(RES_71_280, "--verb", "").returncode == 2


def test_an_unknown_actor_gets_no_unrelated_nearest_actors():
    p = _run(RES_71_280, "--actor", "Nonexistent Body of Stuff")
    assert p.returncode == 1
    assert p.stderr.strip() == ("resparse: no mandate or mention of 'Nonexistent Body of Stuff'; no close match among "
                                "the actors")


def test_a_typo_still_gets_its_actor():
    items = extract(resparse.parse(RES_71_280))
    assert nearest_actors("Secretary Generl", items)[0] == "Secretary-General"  # a whole name mistyped
    assert nearest_actors("Nonexistent Body of Stuff", items) == []
    assert nearest_actors("Internatonal Organization for Migration", items)[0] == "International Organization for Migration"


def test_a_pronoun_is_shown_with_the_name_it_stands_for():
    p = _run(FIXTURES / "special_procedures" / "A_RES_78_205.txt", "--actor",
             "Special Rapporteur on the human rights of internally displaced persons")
    assert p.returncode == 0
    [line] = [ln for ln in p.stdout.splitlines() if ln.startswith("7 ")]
    assert line == '7  requests Special Rapporteur on the human rights of internally displaced persons ("her")'


def test_a_renewed_request_is_shown_as_written_in_the_answer_and_by_its_table_verb_in_json():
    p = _run(FIXTURES / "A_RES_78_276.txt", "--actor", "Secretary-General")
    assert p.returncode == 0
    assert [ln for ln in p.stdout.splitlines() if ln.startswith("11 ")] == [
        "11  reiterates its request to Secretary-General"]
    rows = json.loads(_run(FIXTURES / "A_RES_78_276.txt", "--json").stdout)
    rows = rows if isinstance(rows, list) else rows["mandates"]
    verbs = {(r["paragraph"], r["verb"], r["verb_as_written"]) for r in rows if r["paragraph"] in ("10", "11")
             and r["kind"] == "mandate"}
    assert verbs and all(v == "requests" and w == "Reiterates its request to" for _, v, w in verbs)


def test_fao_misspelled_agricultural_is_the_fao():
    p = _run(FIXTURES / "A_RES_79_238.txt", "--actor", "FAO")
    assert p.returncode == 0
    assert any(ln.startswith("7  calls upon Food and Agricultural Organization of the United Nations")
               for ln in p.stdout.splitlines())
    [m] = [m for m in extract(resparse.parse(FIXTURES / "A_RES_79_238.txt"))
           if m.paragraph == "7" and "Agricultural" in m.actor_as_written]
    assert m.actor == "Food and Agriculture Organization of the United Nations"
