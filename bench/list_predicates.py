"""How often the addressee-list lexer's predicates (``addressees._plain_list_tokens``: ``_relative_goes_on``,
``_qualifier_goes_on``, ``_complement_goes_on``, ``_infinitive_goes_on``, ``_things_go_on``, ``_title_next``) are
asked, and how often each keeps a separator inside a phrase, over N corpus files drawn at random (seed 23): the
measure of the step that would move these decisions into grammar/clauses.lark (addressees.py's docstring).

    python bench/list_predicates.py [N] [--corpus DIR]
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "texts"
PREDICATES = ("_relative_goes_on", "_qualifier_goes_on", "_complement_goes_on", "_infinitive_goes_on",
              "_things_go_on", "_title_next")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, nargs="?", default=120)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args()
    import resparse
    from resparse.mandates import addressees, extract

    asked, kept = Counter(), Counter()
    for name in PREDICATES:  # module globals: _plain_list_tokens looks each up when it calls it
        def counted(*a, _f=getattr(addressees, name), _name=name):
            got = _f(*a)
            asked[_name] += 1
            kept[_name] += bool(got)
            return got
        setattr(addressees, name, counted)
    files = sorted(args.corpus.glob("*.txt"))
    random.Random(23).shuffle(files)
    for f in files[: args.n]:
        extract(resparse.parse(f))
    for name in PREDICATES:
        print(f"{name:22} asked {asked[name]:6}  kept a separator {kept[name]:4}")
    print(f"list texts read: {addressees._list_tokens.cache_info().currsize}")


if __name__ == "__main__":
    main()
