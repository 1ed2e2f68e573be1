"""Units: a clause's action read once per body (``mandates.clauses.infinitive``, ``asked_for``: kept per body, and
per verb, for the bodies that recur across resolutions), held to the reading it replaces (``__wrapped__``: read anew)
on every clause of real resolutions (tests/fixtures and the bundled texts)."""

from __future__ import annotations

from pathlib import Path

import resparse
from resparse.mandates.clauses import asked_for, clauses, infinitive
from resparse.mandates.verbs import verbs

FIXTURES = Path(__file__).parent / "fixtures"
# "calls upon ... for technical support" (asked_for), long operative parts of many clauses, annexed declarations
FILES = ["A_RES_78_182.txt", "A_RES_79_1.txt", "A_RES_79_226.txt", "A_RES_80_136.txt", "A_RES_79_144.txt"]


def test_infinitive_and_asked_for_kept_as_read_anew(all_texts):
    resolutions = [*all_texts.values(), *(resparse.parse(FIXTURES / name) for name in FILES)]
    bodies = {(c.body.strip(), c.verb) for res in resolutions for p in res.walk() for c in clauses(p) if c.verb}
    for_verbs = [v for v in verbs().table.values() if v.name in ("calls upon", "appeals to")]
    infinitive.cache_clear()
    asked_for.cache_clear()
    asked = 0
    for body, verb in sorted(bodies, key=lambda b: (b[0], b[1].name)):
        for _ in range(2):  # read, then kept
            assert infinitive(body) == infinitive.__wrapped__(body), body
            for v in (verb, *for_verbs):
                got = asked_for(body, v)
                assert got == asked_for.__wrapped__(body, v), (body, v.name)
                asked += got is not None
    assert len(bodies) > 500 and asked > 0
    assert infinitive.cache_info().hits >= len(bodies)
