"""What the citation parser's memo saves over a corpus, and what it cannot: the figures to read before changing how
``references.find`` keeps its parses.

    python bench/bench_refs_memo.py [--corpus DIR] [--every N]

Resolves every N-th corpus file (default every file) in corpus order, one process, as ``corpus build`` meets them,
and counts:

- texts: paragraph and footnote texts read anew (``references._find_anew``: a text met before is served whole from
  ``_MEMO.found``), those with a citation, those with an anchor but none, those with neither;
- windows: the calls of ``references._longest`` (one per anchor not inside the citation before it), served by the
  memo (``PrefixMemo.get``) or parsed (a pass of ``Prefixes.feed``), each with or without a citation found, and
  the CPU seconds of each kind (``time.process_time``, the counting included);
- of the windows parsed that gave a citation, how many had a citation of the same text (digits written 9) parsed
  before: a parse the memo missed only because of the text after the citation, which its key holds
  (``PrefixMemo.depends``: the text up to where the parser stopped, plus what the lexer of each state tried may
  read on); and the characters the key holds past the citation's end (quantiles);
- the tokens and the lexer's tries of the passes.

On the corpus at 31a8a61 (902 files): 12,182 texts read anew (7,930 with a citation, 3,954 with neither an anchor
nor a citation); 11,264 windows, 4,644 served and 6,620 parsed; 3,427 of the 6,013 parsed with a citation had its
phrase parsed before, the key holding a median 85 characters past the citation. Keeping such parses by the text up to
the parser's stop, with the lexer's far-reading tries checked again on the next window, cut the passes to 5,462 and
the tokens by 15 %, and saved no CPU (``bench_pair.py --stage references``: new/old 0.948 and 1.036): the passes
saved were the short ones, and the checks cost what they saved.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "texts")
    ap.add_argument("--every", type=int, default=1)
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}", file=sys.stderr)
        return 2

    from resparse import grammars, references, sources
    from resparse.parse import parse_source

    count: collections.Counter = collections.Counter()
    cpu: collections.Counter = collections.Counter()
    past_end: list[int] = []
    phrases: set[tuple[str, str]] = set()
    memo_longest = grammars.PrefixMemo.longest
    feed = grammars.Prefixes.feed
    find_anew = references._find_anew

    def counted_feed(self, window, start, stop=None):
        passed = feed(self, window, start, stop)
        count["passes"] += 1
        count["tokens"] += len(passed.tokens)
        count["lexer tries"] += len(passed.lexed)
        return passed

    def counted_longest(self, text, pos, start):
        key = self.key(text)[pos : pos + self.width]
        served = self.get(start, key) is not grammars._MISS
        t = time.process_time()
        got = memo_longest(self, text, pos, start)
        kind = ("served" if served else "parsed") + (" with a citation" if got is not None else " without")
        cpu[kind] += time.process_time() - t
        count[kind] += 1
        if not served and got is not None:
            end = got[0]
            phrase = (start, self.key(text)[pos : pos + end])
            count["parsed, phrase parsed before"] += phrase in phrases
            phrases.add(phrase)
            passed = self.prefixes.feed(text[pos : pos + self.width], start)  # counted: subtract below
            count["passes"] -= 1
            count["tokens"] -= len(passed.tokens)
            count["lexer tries"] -= len(passed.lexed)
            past_end.append(self.depends(key, passed) - end)
        return got

    def counted_find_anew(text, hits):
        starts = references._anchor_starts(text, hits)
        got = find_anew(text, hits)
        count["texts read anew"] += 1
        count["  with a citation" if got else "  with an anchor, no citation" if starts else "  with neither"] += 1
        return got

    grammars.PrefixMemo.longest = counted_longest
    grammars.Prefixes.feed = counted_feed
    references._find_anew = counted_find_anew
    files = sorted(args.corpus.glob("*.txt"))[:: args.every]
    for path in files:
        references.resolve(parse_source(sources.read(str(path)), str(path)))

    print(f"{len(files)} files")
    order = ["texts read anew", "  with a citation", "  with an anchor, no citation", "  with neither",
             "served with a citation", "served without", "parsed with a citation", "parsed without",
             "parsed, phrase parsed before", "passes", "tokens", "lexer tries"]
    for name in order:
        print(f"{name:40} {count[name]:>8}" + (f"  {cpu[name]:.2f} s CPU" if name in cpu else ""))
    if past_end:
        past_end.sort()
        quantiles = ", ".join(f"{q:.0%} {past_end[int(q * (len(past_end) - 1))]}" for q in (0.1, 0.25, 0.5, 0.75, 0.9))
        print(f"characters the key holds past a parsed citation's end: {quantiles}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
