"""Draft-note checker speed: a generated note of 1,000 citations and quotations against A/RES/71/280.

    python bench/bench_check.py [--items N] [--repeat N]
    python bench/bench_check.py --items 28000      # a note of about 2 MB

The note is made of sentences that cite a paragraph of the bundled A/RES/71/280 in the drafters' styles
("operative paragraph 22 (a) of resolution 71/280", "A/RES/71/280, para. 15", "OP 23 (b) of the same resolution",
"paragraphs 15 to 22 of ...") and quote words of it, curly or straight, exact, with an ellipsis, with a changed
word, or attributed to another paragraph; one in ten cites a paragraph that does not exist. Prints the time to
read the note and the time to check it (best of --repeat), with the counts of findings; the resolutions are parsed
and prepared once, before, and that time is printed apart.
"""

from __future__ import annotations

import argparse
import random
import time

import resparse
from resparse import check as checker
from resparse import note as notes


def generate(res, items: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    paras = [p for p in res.walk() if len(p.text.split()) >= 12]
    labels = [p.label for p in paras]
    styles = [
        "operative paragraph {l} of resolution 71/280",
        "A/RES/71/280, para. {l},",
        "paragraph {l} of A/RES/71/280",
        "OP {l} of the same resolution",
    ]
    out, n, i = [], 0, 0
    while n < items:
        i += 1
        p = rng.choice(paras)
        words = p.text.replace('"', "").split()  # a quotation inside the paragraph: not quoted again
        a = rng.randrange(0, max(1, len(words) - 10))
        quote = " ".join(words[a : a + rng.randint(5, 10)]).strip(",;:")
        kind = rng.random()
        label = p.label
        if kind < 0.1:
            label = f"{label.split(' (')[0]} (k)"  # does not exist
        elif kind < 0.2:
            quote = quote.replace(words[a + 2], "important", 1)  # a changed word
        elif kind < 0.3:
            label = rng.choice(labels)  # attributed to another paragraph (often)
        elif kind < 0.4:
            quote = " ".join(words[a : a + 3]) + " ... " + " ".join(words[a + 5 : a + 9])
        cite = rng.choice(styles).format(l=label)
        q = f"“{quote}”" if rng.random() < 0.5 else f'"{quote}"'
        if i % 25 == 0:
            out.append(f"Further, paragraphs 15 to {rng.choice(['22', '33'])} of resolution 71/280 apply.")
            n += 1
        out.append(f"{i}. Under {cite} the General Assembly decided, in its words, {q}.")
        n += 2
    return "\n\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=int, default=1000, help="citations and quotations in the note (default 1000)")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    t = time.perf_counter()
    library = checker.Library([resparse.parse(p) for p in resparse.bundled_texts()])
    prepared = library.get("A/RES/71/280")
    _ = prepared.mandates
    t_load = time.perf_counter() - t
    text = generate(prepared.res, args.items)

    best_read = best_check = float("inf")
    first_check = first_cpu = None
    for _ in range(args.repeat):
        t = time.perf_counter()
        note = notes.from_text(text, "generated.md")
        best_read = min(best_read, time.perf_counter() - t)
        t, cpu = time.perf_counter(), time.process_time()
        report = checker.check(note, library)
        took = time.perf_counter() - t
        cpu = time.process_time() - cpu
        first_cpu = cpu if first_check is None else first_cpu
        first_check = took if first_check is None else first_check
        best_check = min(best_check, took)
    s = report.summary()
    print(f"resolutions parsed and prepared once: {t_load * 1000:.0f} ms ({len(library.symbols)} texts)")
    print(f"note: {len(note.lines)} lines, {len(text) / 1000:.0f} kB; {s['citations']} citations, "
          f"{s['quotations']} quotations ({s['citations'] + s['quotations']} in all)")
    print(f"read {best_read * 1000:.1f} ms, check {best_check * 1000:.0f} ms (best of {args.repeat}; the first, with "
          f"the citation memo empty, {first_check * 1000:.0f} ms, {first_cpu * 1000:.0f} ms of CPU): "
          f"{s['errors']} errors, {s['warnings']} warnings, {s['info']} info")


if __name__ == "__main__":
    main()
