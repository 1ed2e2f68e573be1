"""The cost of making a line token: ``lex.LineToken.of`` (Lark's Token fields set in the lexer) against Lark's public
constructor ``Token(type, value, start_pos, line, column)`` and its private ``Token._future_new``, the lexer's facts
set the same way after each.

    python bench/bench_line_token.py [--corpus DIR] [--every 6] [--rounds 3]

Makes two tokens (a TEXT and a NUM with facts) for each logical line of every ``--every``-th corpus file, ten times,
and prints the CPU seconds and nanoseconds a token of each way, per round.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "texts")
    ap.add_argument("--every", type=int, default=6)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()

    from resparse.lex import LineToken
    from resparse.normalize import normalize

    lines = []
    for path in sorted(args.corpus.glob("*.txt"))[:: args.every]:
        lines += normalize(path.read_text(encoding="utf-8")).lines
    if not lines:
        raise SystemExit(f"no corpus files in {args.corpus}")

    def with_facts(make):
        # the token by ``make``, then the line and the lexer's facts in its ``__dict__``, as LineToken.of sets them
        def made(kind, line, index, text, level, **facts):
            tok = make(kind, line.text if text is None else text, index, line.line, 1)
            tok.__dict__.update(source=line, body=line.text, level=level, **facts)
            return tok
        return made

    ways = (("LineToken.of", LineToken.of), ("public Token(...)", with_facts(LineToken)),
            ("Token._future_new", with_facts(LineToken._future_new)))
    n = 20 * len(lines)
    print(f"{len(lines)} logical lines, {n} tokens a way a round")
    for _ in range(args.rounds):
        for name, make in ways:
            t = time.process_time()
            for _ in range(10):
                for i, ln in enumerate(lines):
                    make("TEXT", ln, i, None, 0)
                    make("NUM", ln, i, None, 1, number="3", scope="")
            dt = time.process_time() - t
            print(f"{name:18s} {dt:.3f} s CPU, {dt / n * 1e9:.0f} ns a token")


if __name__ == "__main__":
    main()
