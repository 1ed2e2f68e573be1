"""references.find on one long paragraph, at 52 kB and 208 kB: linear means about 4x the time for 4x the text.

    python bench/bench_find.py

The paragraph repeats a sentence whose citations start with "resolution" and "decision" (the words after which
find looks for another body's name before the citation) and a plain "paragraph 5 above". Prints CPU time with the
citation memo (the sentence repeats, so nearly every citation comes from it) and without it (every citation parsed).
"""

from __future__ import annotations

import time

from resparse import grammars, references

SENTENCE = "Recalling resolution 71/1 and decision 72/555 of the Statistical Commission and paragraph 5 above, "


def run(text: str, memo: bool) -> tuple[int, float]:
    references._MEMO.clear()
    kept = references._MEMO.prefixes
    if not memo:
        kept.get = lambda start, key: grammars._MISS
        kept.put = lambda *a: None
    try:
        t = time.process_time()
        found = references.find(text)
        return len(found), time.process_time() - t
    finally:
        vars(kept).pop("get", None), vars(kept).pop("put", None)


def main() -> None:
    references.find("paragraph 1")  # the parser is built before timing
    for size in (52_000, 208_000):
        text = (SENTENCE * (size // len(SENTENCE) + 1))[:size]
        n, with_memo = run(text, True)
        _, without = run(text, False)
        print(f"{size // 1000} kB, {n} citations: {with_memo:.2f} s CPU with the memo, {without:.2f} s without")


if __name__ == "__main__":
    main()
