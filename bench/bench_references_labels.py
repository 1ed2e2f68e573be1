"""References against the hand labels: precision and recall of the cited targets, overall, per stratum, per kind.

    python bench/bench_references_labels.py [--corpus ../shared/corpus/texts] [--labels FILE ...] [--verbose]
    python bench/bench_references_labels.py --validate      # check the label files only (shape, units, n 1-150)
    python bench/bench_references_labels.py --validate --labels tests/labels/references_internal.dev.jsonl --units 1-30

150 units (a paragraph, sub-paragraph or footnote of a corpus resolution) drawn by bench/sample_references.py (seed
2028, five strata of 30) and labelled by hand under tests/labels/GUIDELINE_REFERENCES.md by people who had not seen
the reference code's output (tests/labels/references_sample.part1.jsonl, n 1-75, and .part2.jsonl, n 76-150: one
sample). Each unit's resolution is parsed, its references resolved in context (``resparse.references.resolve``), and
the targets of the references whose source is the unit's label (``"5 (a)"``, ``"footnote 7"``) are compared with
the labelled targets.

The matching rules were fixed from the guideline before the labels were read:

- The unit of counting is a target, not a phrase: one per thing cited, the same target cited twice is counted
  twice (the guideline's "two phrases"). Within a unit, labelled and found targets are paired one to one, greedily
  in the labels' order; a labelled target with a partner is a hit. Precision = hits / targets found, recall = hits
  / targets labelled, pooled over the units (micro). The phrase is printed, never compared: it only points at the
  words, and the guideline lets it be written shorter or longer.
- Left out on both sides, since the guideline leaves them out: ``self`` citations ("the present resolution") and
  defined-``term`` references ("phase I"). A found target that names nothing (an external citation the code could
  not attach to any document: no symbol, no label, no name) is no claim and is not counted; a found document named
  without a symbol or label is counted only when its phrase cites a resolution or decision by number (the
  guideline's resolution of another body, "resolution 3/1 of the Conference of the States Parties ...").
- Kinds, the same on both sides: ``internal`` (a paragraph of the same text: no document, no name; found: a
  citation of kind internal), ``part`` (a numbered part of another document: a label with a document or a name),
  ``resolution`` (a whole resolution or decision: a symbol with ``RES`` or ``DEC`` among its parts, or a named
  resolution of another body), ``symbol`` (a whole document cited by any other symbol). Per kind, recall counts
  the labelled targets of that kind and precision the found ones; the two targets of a pair are always of one kind
  (the rules below never pair targets of two kinds).
- Internal: the same when the labels are the same after ``resparse.labels.canonical_label`` ("22(a)" = "22 (a)",
  "PP 3" = "PP3", "annex II 5"), or, for labels it does not read ("annex rule 7.1", "I.1", "annex article 57.5
  (g)"), in the normal form of a part's label below (added after the internal sample's held-out half: "annex
  article 57, 5 (g)" = "annex article 57.5 (g)"; before, spaces collapsed only). The found label is the one resolved in context (``Reference.resolved``: "subparagraph (b)" in 6 is
  6 (b), "paragraph 5" in an annex is "annex 5"), whatever its status (ok, missing, direction: a claim all the same).
- Documents: two symbols are the same when they agree with all spaces removed and case folded, and a trailing
  full stop dropped ("A/RES/45/55B" = "A/RES/45/55 B", "A/RES/1514 (XV)" = "A/RES/1514(XV)"); "A/RES/217 A
  (III)" and "A/RES/217(III)" are different documents. A labelled symbol needs the same symbol found (a name that
  merely contains it, "Official Records ... (A/78/10)", is not a symbol found: the graph could not link it).
- Names (a document without a symbol): the same when, lower-cased, spaces collapsed, quotes and a leading "the",
  "its", "that", "this", "his", "her", "their" dropped, one contains the other as whole words ("the Charter" and
  "Charter of the United Nations"; "the rules of procedure" and "rules of procedure of the General Assembly").
- A part of another document: the same document (symbol or name as above) and the same part label after this
  normal form (the project writes a paragraph inside a designated unit with a full stop, "article 11.4", "section
  IV.22", "annex rule 7.1", as its labels and eIds do -- README, "Labels and ids"; the labels may write "article 11,
  4", "sect. IV, 22", the guideline's short form: one target): lower case;
  "chap." chapter, "art." article, "sect." section, "annexes" annex; the words "paragraph(s)", "para(s)." dropped;
  commas and full stops between designators read as one separator ("rule 48, 1" = "rule 48.1" = "rule 48,
  paragraph 1"; "annex II, paragraph 8" = "annex II 8"; "Article 102" = "article 102"; "chap. III" = "chapter III");
  a letter after a number is a sub-item with or without its parentheses ("Article 73 b", as the Charter prints
  it, = "article 73 (b)", the project's form: added in the twentieth session, branch refs). In names, a dash between
  figures is read without spaces around it ("18– 22 March 2002", as a text prints it, = "18–22 March 2002").
- The unit is its text: when the parse now gives the unit's label to another text and exactly one paragraph or
  footnote holds the unit's text, the references of that one are the unit's (branch refs: the parse numbered
  A/RES/78/310's preambular paragraphs anew once a paragraph split at a page break was joined).

``--verbose`` prints every unit where the two differ: each labelled target with no partner (expected) and each found
target with no partner (got), with its phrase. ``--labels`` reads other labelled files in the same shape.
``--validate`` checks them against their drawn sample: ``<name>.unlabelled.jsonl`` beside the first file
(``references_internal.dev.jsonl`` -> ``references_internal.unlabelled.jsonl``), or ``--unlabelled FILE``;
``--units A-B`` checks only the drawn units numbered A to B (one half of a sample).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

import resparse
from resparse.labels import canonical_label
from resparse.references import resolve

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from bench_mandates_labels import units as _read_units  # noqa: E402  (one reader of labelled JSONL files)

LABEL_DIR = ROOT / "tests" / "labels"
LABELS = [LABEL_DIR / "references_sample.part1.jsonl", LABEL_DIR / "references_sample.part2.jsonl"]
UNLABELLED = LABEL_DIR / "references_sample.unlabelled.jsonl"
KINDS = ("internal", "resolution", "symbol", "part")

# ---------------------------------------------------------------- reading the labels


def units(*paths: Path) -> list[dict]:
    """The labelled units of one or more JSONL files (default: the two parts of the sample), in file order; a unit
    whose ``n`` comes again in a later file is renumbered by its file (the reader of bench_mandates_labels.py)."""
    return _read_units(*(paths or LABELS))


def validate(rows: list[dict], drawn: list[dict]) -> list[str]:
    """What is wrong with labelled ``rows`` against the ``drawn`` (unlabelled) sample: a unit missing or added, a
    unit whose file, label or text changed, a ``references`` list missing or of the wrong shape. Empty when fine."""
    out: list[str] = []
    by_n = {r["n"]: r for r in rows}
    for d in drawn:
        r = by_n.get(d["n"])
        if r is None:
            out.append(f"n={d['n']}: not labelled")
            continue
        for k in ("file", "label", "text", "stratum"):
            if r.get(k) != d.get(k):
                out.append(f"n={d['n']}: {k} differs from the drawn sample")
        refs = r.get("references")
        if not isinstance(refs, list):
            out.append(f"n={d['n']}: no 'references' list")
            continue
        for i, ref in enumerate(refs):
            if not isinstance(ref, dict) or not isinstance(ref.get("phrase"), str) \
                    or not isinstance(ref.get("targets"), list) or not ref["targets"]:
                out.append(f"n={d['n']}: reference {i} needs a phrase and at least one target")
                continue
            for t in ref["targets"]:
                if not isinstance(t, dict) or set(t) - {"document", "name", "label"} \
                        or not all(isinstance(t.get(k), (str, type(None))) for k in ("document", "name", "label")):
                    out.append(f"n={d['n']}: reference {i} has a target not of the shape {{document, name, label}}")
                elif not any(t.get(k) for k in ("document", "name", "label")):
                    out.append(f"n={d['n']}: reference {i} has an empty target")
    drawn_n = {d["n"] for d in drawn}
    out += [f"n={n}: not in the drawn sample" for n in by_n if n not in drawn_n]
    return out


def drawn_sample(labels: Path) -> Path:
    """The drawn (unlabelled) sample a label file belongs to: ``<name>.unlabelled.jsonl`` beside it, ``name`` its
    file name up to the first full stop; the first sample's for its two parts."""
    return labels.with_name(labels.name.split(".", 1)[0] + ".unlabelled.jsonl")


def gold(row: dict) -> list[dict]:
    """The labelled targets of a unit: [{"document", "name", "label", "phrase", "kind"}]."""
    out = []
    for ref in row.get("references") or []:
        for t in ref["targets"]:
            target = {"document": t.get("document"), "name": t.get("name"), "label": t.get("label"),
                      "phrase": ref.get("phrase")}
            out.append({**target, "kind": kind_of(target)})
    return out


# ---------------------------------------------------------------- what the code finds

_CITES_NUMBER = re.compile(r"(?i:\b(?:resolutions?|decisions?)\s+(?:[A-Z]+-)?\d)")


def found(refs) -> list[dict]:
    """The targets of ``refs`` (``resparse.model.Reference`` of one unit) in the labels' shape, by the rules above."""
    out = []
    for ref in refs:
        cit = ref.citation
        if cit.kind in ("self", "term"):
            continue
        for t, _status in ref.resolved:
            if cit.kind == "internal":
                if t.label is None:
                    continue
                target = {"document": None, "name": None, "label": t.label, "internal": True}
            elif t.document is None and t.label is None:
                if not (cit.document_name and _CITES_NUMBER.search(cit.phrase)):
                    continue
                target = {"document": None, "name": cit.document_name, "label": None, "internal": False}
            else:
                target = {"document": t.document, "name": None if t.document else cit.document_name,
                          "label": t.label, "internal": False}
            target["phrase"] = cit.phrase
            target["kind"] = kind_of(target)
            out.append(target)
    return out


def predict(rows: list[dict], corpus: Path) -> dict:
    """The found targets of each unit: {n: [target, ...]}, one parse and one ``resolve`` per resolution."""
    by_file: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_file[row["file"]].append(row)
    out: dict = {}
    for name, group in by_file.items():
        res = resparse.parse(corpus / name)
        refs = resolve(res)
        by_source: dict[str, list] = defaultdict(list)
        for ref in refs:
            by_source[ref.source].append(ref)
        texts = {p.label: p.text for p in res.walk()} | {f"footnote {f.number}": f.text for f in res.footnotes}
        for row in group:
            out[row["n"]] = found(by_source.get(unit_label(row, texts), []))
    return out


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def unit_label(row: dict, texts: dict[str, str]) -> str:
    """The label the unit has in the resolution as parsed now (``texts``: {label: text} of its paragraphs and
    footnotes): its own, unless the paragraph of that label now holds another text and exactly one paragraph holds
    the unit's text (spaces collapsed): the parse has numbered the paragraphs anew since the sample was drawn
    (A/RES/78/310, sample n 61: a paragraph split at a page break was two, "PP5" and "PP6"; joined, the unit's text
    "Recalling also its resolution 78/10 ..." is PP5). The unit is its text: its labels name what that text cites."""
    label = row["label"]
    text = _flat(row.get("text", ""))
    if not text or _flat(texts.get(label, "")) == text:
        return label
    same = [lab for lab, t in texts.items() if _flat(t) == text]
    return same[0] if len(same) == 1 else label


# ---------------------------------------------------------------- the matching rules

_RES_SYMBOL = re.compile(r"(?:^|/)(?:RES|DEC)(?:/|$)", re.IGNORECASE)


def kind_of(target: dict) -> str:
    """``internal``, ``part``, ``resolution`` or ``symbol`` (see the module's docstring). A found target says
    whether it is internal (``"internal"``: its citation's kind); a labelled one is internal when it has neither a
    document nor a name."""
    internal = target["internal"] if "internal" in target else not target.get("document") and not target.get("name")
    if internal:
        return "internal"
    if target.get("label"):
        return "part"
    if target.get("document"):
        return "resolution" if _RES_SYMBOL.search(target["document"]) else "symbol"
    return "resolution"


def symbol_key(symbol: str) -> str:
    """"A/RES/45/55 B" -> "a/res/45/55b": spaces removed, case folded, a trailing full stop dropped."""
    return re.sub(r"\s+", "", symbol).casefold().rstrip(".")


def internal_key(label: str) -> str:
    """ "22(a)" -> "22 (a)" (``canonical_label``); a label it does not read in the normal form of a part's label
    (:func:`part_key`); both in that normal form, since ``canonical_label`` reads "annex article 57.5 (g)" (every label
    the tool prints) and not "annex article 57, 5 (g)", the same part."""
    return part_key(canonical_label(label) or label)


_LEADING = re.compile(r"^(?:the|its|that|this|his|her|their)\s+")


def name_key(name: str) -> str:
    """A name lower-cased, quotes dropped, spaces collapsed, none on either side of a dash between figures ("18– 22
    March 2002" as a text prints it = "18–22 March 2002"), a leading "the", "its" ... dropped."""
    n = re.sub(r"[\"“”‘’]", "", name.casefold())
    n = re.sub(r"(?<=\d)\s*([–-])\s*(?=\d)", r"\1", n)
    n = re.sub(r"\s+", " ", n).strip(" ,.;:")
    return _LEADING.sub("", n)


def same_name(a: str, b: str) -> bool:
    """Whether two names of a document without a symbol name the same document: one contains the other as words."""
    a, b = name_key(a), name_key(b)
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    return re.search(r"(?<!\w)" + re.escape(short) + r"(?!\w)", long) is not None


_ABBREVIATIONS = [(r"\bchap\.", "chapter "), (r"\bchapters\b", "chapter"), (r"\barts?\.", "article "),
                  (r"\barticles\b", "article"), (r"\bsects?\.", "section "), (r"\bsections\b", "section"),
                  (r"\bannexes\b", "annex"), (r"\brules\b", "rule"), (r"\b(?:paragraphs?|paras?\.|paras?\b)", " ")]


def part_key(label: str) -> str:
    """"rule 48, paragraph 1" / "rule 48, 1" / "rule 48.1" -> "rule 48 1"; "chap. III" -> "chapter iii"."""
    k = label.casefold()
    for pattern, repl in _ABBREVIATIONS:
        k = re.sub(pattern, repl, k)
    k = re.sub(r"\(\s*(\w+)\s*\)", r" (\1) ", k)
    k = re.sub(r"(?<=\d) ([a-z])(?![\w.(])", r" (\1)", k)  # "Article 73 b" (as the Charter prints it) = "73 (b)"
    k = re.sub(r"(?<=\w)[.,](?=\s*\w)|,", " ", k)
    return re.sub(r"\s+", " ", k).strip(" .")


def same_document(g: dict, o: dict) -> bool:
    if g.get("document"):
        return bool(o.get("document")) and symbol_key(g["document"]) == symbol_key(o["document"])
    return not o.get("document") and bool(o.get("name")) and same_name(g["name"], o["name"])


def same(g: dict, o: dict) -> bool:
    """Whether labelled target ``g`` and found target ``o`` are the same target (the rules of the docstring)."""
    if (g["kind"] == "internal") != (o["kind"] == "internal"):
        return False
    if g["kind"] == "internal":
        return internal_key(g["label"]) == internal_key(o["label"])
    if bool(g.get("label")) != bool(o.get("label")):
        return False
    if g.get("label") and part_key(g["label"]) != part_key(o["label"]):
        return False
    return same_document(g, o)


def pair(gold_targets: list[dict], ours: list[dict]) -> list[tuple[dict, dict]]:
    """One-to-one pairs (labelled, found), greedy in the labels' order."""
    left = list(ours)
    out = []
    for g in gold_targets:
        j = next((i for i, o in enumerate(left) if same(g, o)), None)
        if j is not None:
            out.append((g, left.pop(j)))
    return out


def _ratio(c: dict) -> dict:
    c["precision"] = c["hit"] / c["ours"] if c["ours"] else 1.0
    c["recall"] = c["hit"] / c["gold"] if c["gold"] else 1.0
    return c


def score(rows: list[dict], predicted: dict) -> tuple[dict, dict[str, dict], list]:
    """Pooled counts with precision and recall: overall, per kind ({kind: counts}), and the units that differ
    ([(row, expected-but-not-found, found-but-not-expected)]). Counts: {"gold", "ours", "hit", "precision",
    "recall"}; precision and recall are 1.0 where nothing was there to count."""
    total = {"gold": 0, "ours": 0, "hit": 0}
    per_kind = {k: {"gold": 0, "ours": 0, "hit": 0} for k in KINDS}
    differ = []
    for row in rows:
        g, o = gold(row), predicted.get(row["n"], [])
        pairs = pair(g, o)
        total["gold"] += len(g)
        total["ours"] += len(o)
        total["hit"] += len(pairs)
        for t in g:
            per_kind[t["kind"]]["gold"] += 1
        for t in o:
            per_kind[t["kind"]]["ours"] += 1
        for a, _ in pairs:
            per_kind[a["kind"]]["hit"] += 1
        if len(pairs) != len(g) or len(pairs) != len(o):
            hit_g = [id(a) for a, _ in pairs]
            hit_o = [id(b) for _, b in pairs]
            differ.append((row, [t for t in g if id(t) not in hit_g], [t for t in o if id(t) not in hit_o]))
    for c in per_kind.values():
        _ratio(c)
    return _ratio(total), per_kind, differ


# ---------------------------------------------------------------- the report


def _show(t: dict) -> str:
    parts = [f"document {t['document']}" if t.get("document") else None,
             f"name {t['name']!r}" if t.get("name") else None, f"label {t['label']!r}" if t.get("label") else None]
    return f"[{t['kind']}] " + ", ".join(p for p in parts if p) + f"  (phrase {t.get('phrase')!r})"


def _line(name: str, c: dict) -> str:
    return f"{name:22} {c['gold']:7d} {c['ours']:6d} {c['hit']:6d} {c['precision']:10.3f} {c['recall']:7.3f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "texts")
    ap.add_argument("--labels", type=Path, nargs="+", default=LABELS,
                    help="labelled JSONL file(s), read as one sample (default: the two parts of the sample)")
    ap.add_argument("--verbose", action="store_true", help="print every unit where the targets differ")
    ap.add_argument("--validate", action="store_true",
                    help="only check the label files against the drawn sample (exit 1 if anything is wrong)")
    ap.add_argument("--unlabelled", type=Path, default=None,
                    help="the drawn sample to validate against (default: <name>.unlabelled.jsonl beside the labels)")
    ap.add_argument("--units", default=None, metavar="A-B",
                    help="with --validate: only the drawn units numbered A to B (a half of a sample)")
    args = ap.parse_args(argv)
    missing = [p for p in args.labels if not p.is_file()]
    if missing:
        print(f"no labels at {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    rows = units(*args.labels)
    if args.validate:
        drawn = units(args.unlabelled or drawn_sample(args.labels[0]))
        if args.units:
            lo, _, hi = args.units.partition("-")
            if not (lo.isdigit() and hi.isdigit()):
                print(f"--units: expected A-B (two numbers), got {args.units!r}", file=sys.stderr)
                return 2
            drawn = [d for d in drawn if int(lo) <= d["n"] <= int(hi)]
        problems = validate(rows, drawn)
        for p in problems:
            print(p)
        print(f"{len(rows)} units, {len(problems)} problems", file=sys.stderr)
        return 1 if problems else 0
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    unlabelled = [r["n"] for r in rows if "references" not in r]
    if unlabelled:
        print(f"{len(unlabelled)} units carry no labels (key 'references'), e.g. n={unlabelled[0]}", file=sys.stderr)
        return 2
    t = time.perf_counter()
    predicted = predict(rows, args.corpus)
    elapsed = time.perf_counter() - t
    total, per_kind, differ = score(rows, predicted)
    print(f"{len(rows)} labelled units from {len({r['file'] for r in rows})} resolutions "
          f"(parse + resolve {elapsed:.1f} s); {len(differ)} units differ")
    print(f"{'':22} {'labels':>7} {'ours':>6} {'match':>6} {'precision':>10} {'recall':>7}")
    print(_line("all", total))
    for k in KINDS:
        print(_line(f"kind {k}", per_kind[k]))
    for stratum in sorted({r["stratum"] for r in rows if r.get("stratum")}):
        part = [r for r in rows if r.get("stratum") == stratum]
        c, _, _ = score(part, predicted)
        print(_line(f"stratum {stratum} ({len(part)})", c))
    if args.verbose:
        for row, expected, got in differ:
            print(f"\nn={row['n']} [{row.get('stratum')}] {row['symbol']} {row['label']}: {row['text'][:240]}")
            for t in expected:
                print("  expected:", _show(t))
            for t in got:
                print("  got:     ", _show(t))
    return 0


if __name__ == "__main__":
    sys.exit(main())
