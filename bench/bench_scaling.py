"""Scaling: parse time for 1x, 4x and 16x the size, as one long paragraph with many footnote markers and as many
paragraphs. Linear parsing gives time ratios near 4 and 16.

    python bench/bench_scaling.py [--repeat N] [--base N]

The paragraph is a recital of A/RES/71/280 (PP2, its wording with footnote markers glued to words, as in the PDF
text) repeated; each repetition cites its own footnote, the footnotes stand in blocks after a line of underscores
as in the PDF. The many-paragraphs text repeats the operative paragraphs of 71/280 under one numbering.
Timings are CPU time (time.process_time), best of N: on a shared machine wall time is noisier.
"""

from __future__ import annotations

import argparse
import time

from resparse.parse import parse_text

HEAD = (
    "Resolution adopted by the General Assembly on 6 April 2017\n\n71/999. A scaling test\n\n"
    "The General Assembly,\n\n"
)
CLAUSE = (
    "be guided by the 2030 Agenda for Sustainable Development{n} and informed by the Declaration of the High-level "
    "Dialogue on International Migration and Development adopted in October 2013,{m} "
)
OPERATIVE = (
    "{n}. Decides that the intergovernmental conference to adopt the global compact for safe, orderly and regular "
    "migration will be convened under the auspices of the General Assembly, at the level of Heads of State and "
    "Government, in Morocco in 2018, preceded by a day of stocktaking and preparations;\n\n"
)
TAIL = "\n\n74th plenary meeting\n6 April 2017\n"


def one_paragraph(k: int) -> str:
    parts, notes = [], []
    for i in range(k):
        parts.append(CLAUSE.format(n=2 * i + 1, m=2 * i + 2))
        notes += [f"{2 * i + 1}  Resolution 70/1.", f"{2 * i + 2}  A/68/L.5."]
    body = "Recalling that the global compact would " + "".join(parts).rstrip() + ",\n\n"
    return HEAD + body + "1. Decides to remain seized of the matter." + "\n__________________\n \n" + "\n".join(notes) + TAIL


def many_paragraphs(k: int) -> str:
    return HEAD + "Recalling its resolution 71/1,\n\n" + "".join(OPERATIVE.format(n=i + 1) for i in range(k)) + TAIL


def best_of(text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        parse_text(text)
        best = min(best, time.process_time() - t)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--base", type=int, default=40, help="repetitions at 1x (default 40)")
    args = ap.parse_args()
    for name, make in (("one long paragraph", one_paragraph), ("many paragraphs", many_paragraphs)):
        times = {}
        for factor in (1, 4, 16):
            text = make(args.base * factor)
            times[factor] = best_of(text, args.repeat)
            print(f"{name:<20} {factor:>2}x {len(text.encode()) / 1e3:9.1f} kB  {times[factor]:8.4f} s  "
                  f"ratio to 1x {times[factor] / times[1]:6.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
