"""`resparse mandates --actor` when a narrower query leaves nothing, on what a fresh-user trial (2026-12-03) found:

- ``--actor "Secretary General" --verb decides`` of A/RES/78/128: the Secretary-General has mandates, none with that
  verb; said so with the verbs it has, not "nearest actors: Secretary-General of the Conference";
- ``--actor "Member States" --timeline`` of A/RES/79/1: "0 dated mandates" alone; now the message says its mentions
  are in the adopted Pact, whose first-person commitments are not mandates (docs/mandates.md), and which query
  lists them."""

from __future__ import annotations

from pathlib import Path

from resparse.cli import main

FIXTURES = Path(__file__).parent / "fixtures"


def test_an_actor_without_the_verb_is_told_its_verbs(capsys):
    f = str(FIXTURES / "A_RES_78_128.txt")
    assert main(["mandates", f, "--actor", "Secretary General", "--verb", "decides"]) == 1
    out, err = capsys.readouterr()
    assert "nearest actors" not in err and "no mandate or mention" not in err
    assert main(["mandates", f, "--actor", "Secretary General"]) == 0
    head = capsys.readouterr().out.splitlines()[0]  # '…: "Secretary General" ("Secretary-General") — its own: …'
    n = head.split("its own: ")[1].split(" mandates")[0]
    mentions = head.split(", ")[-1]  # "9 mentions"
    assert err.strip() == (f"resparse: Secretary-General has {n} mandates, none with the verb decides: requests ×{n}; "
                           f"and {mentions}")
    # a verb it has: the answer, no message
    assert main(["mandates", f, "--actor", "Secretary General", "--verb", "requests"]) == 0


def test_an_actor_unknown_still_gets_nearest_actors(capsys):
    f = str(FIXTURES / "A_RES_78_128.txt")
    assert main(["mandates", f, "--actor", "Secretary of the Universe", "--verb", "decides"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("resparse: no mandate or mention of 'Secretary of the Universe'")


def test_an_actor_with_only_undated_rows_is_pointed_to_its_mentions(capsys):
    f = str(FIXTURES / "A_RES_79_1.txt")
    assert main(["mandates", f, "--actor", "Member States", "--timeline"]) == 1
    out, err = capsys.readouterr()
    assert out.startswith("A/RES/79/1: 0 dates")
    assert main(["mandates", f, "--actor", "Member States"]) == 0
    listed = capsys.readouterr().out
    own = listed.splitlines()[0].split("— ")[1]  # "its own: 2 mandates, 25 mentions"
    mentions = own.split(", ")[-1]
    assert f"'Member States': {own};" in err and "none of which has a deadline" in err
    # every mention of Member States in 79/1 is in the adopted Pact ("adopted N"): said so, with why, and where listed
    assert f"; all of its {mentions} in an annex or adopted text, whose own content (a declaration's first-person " in err
    assert "is not a mandate (docs/mandates.md)" in err
    assert err.strip().endswith("its mentions are listed by 'resparse mandates FILE --actor \"Member States\"' "
                                "without --timeline")
    assert "Mentioned, not mandated:" in listed and "adopted 32" in listed
