"""Plain-text renderings: the outline of a resolution."""

from __future__ import annotations

from ..clip import clip
from ..model import Paragraph, Reference, Resolution


def counted(count: int, noun: str) -> str:
    """ "1 mandate", "2 mandates", "1 resolution": a count and its noun (plural in -s)."""
    return f"{count} {noun}{'s' * (count != 1)}"


def first_words(text: str, n: int = 12) -> str:
    words = text.split()
    return " ".join(words[:n]) + (" ..." if len(words) > n else "")


def outline(res: Resolution) -> str:
    """An indented outline: label, opening phrase, first words; headings and annexes where they stand."""
    out: list[str] = []
    out.append(f"{res.symbol or '(no symbol)'}  {res.title or ''}".rstrip())
    meta = [x for x in (res.date and f"adopted {res.date}", res.meeting, res.committee) if x]
    if meta:
        out.append("  " + " · ".join(meta))
    headings: dict[str | None, list[tuple[int, str]]] = {}
    for h in res.headings:
        headings.setdefault(h.before, []).append((h.span.line, f"# {h.text}"))
    # a table, one line where it stands: after the paragraph it follows, among the headings before the next one
    tables: dict[tuple[str | None, str | None], list[tuple[int, str]]] = {}
    for t in res.tables:
        shape = (f"{counted(len(t.rows), 'row')} of {counted(len(t.rows[0]), 'column')}" if t.rows
                 else f"{counted(len(t.cells), 'cell')}, no rows: {t.unsure}")
        tables.setdefault((t.annex, t.after), []).append((t.span.line, f"table: {shape}"))
    annexes = {a.name: a for a in res.annexes}
    seen_annex: set[str] = set()
    printed: set[tuple[str | None, str | None]] = {(None, None)}  # (annex, label): None the start of a part

    def line(p: Paragraph, depth: int) -> None:
        between = list(headings.get(p.label, []))
        for key in [k for k in tables if k in printed]:  # tables after a paragraph printed, before this one
            between += tables.pop(key)
        printed.add((p.annex, p.label))
        for _, text in sorted(between):
            out.append("  " * depth + text)
        rest = p.text[len(p.opening) :].strip() if p.opening and p.text.startswith(p.opening) else p.text
        # "[Regretting], in this regard": punctuation after the opening phrase stays against it
        opening = f"[{p.opening}]" + ("" if rest[:1] in ",;:" else " ") if p.opening else ""
        out.append("  " * depth + f"{p.label:<10} {opening}{first_words(rest, 10)}")
        for c in p.children:
            line(c, depth + 1)

    section = None
    for p in res.paragraphs:
        if p.annex and p.annex not in seen_annex:
            seen_annex.add(p.annex)
            printed.add((p.annex, None))
            a = annexes.get(p.annex)
            name = "adopted text" if p.annex == "adopted" else p.annex
            out.append(f"== {name[:1].upper()}{name[1:]}" + (f": {a.title}" if a and a.title else ""))
        elif not p.annex and p.kind != section:
            out.append("== Preamble" if p.kind == "preambular" else "== Operative part")
        section = p.kind if not p.annex else section
        line(p, 1)
    for (annex, _), items in tables.items():  # after the last paragraph of the body or of an annex, or in an annex
        if annex and annex not in seen_annex:  # of none
            seen_annex.add(annex)
            a = annexes.get(annex)
            out.append(f"== {annex[:1].upper()}{annex[1:]}" + (f": {a.title}" if a and a.title else ""))
        out += [f"  {text}" for _, text in items]
    if res.footnotes:
        out.append("== Footnotes")
        for f in res.footnotes:
            cited = ", ".join(f.cited_by) or "not cited"
            out.append(f"  {f.number:>3}  {first_words(f.text, 10)}  (cited by {cited})")
    return "\n".join(out)


def _cap(cell: str, width: int = 60) -> str:
    """A cell of the references table cut to ``width`` characters ("..." at the end): a citation of many paragraphs
    padded every row of its column to its length (a TARGET of ~230 characters, trial 16); ``refs --json`` has all."""
    return clip(cell, width, "...")


def reference_table(res: Resolution, refs: list[Reference]) -> str:
    """One line per reference: citing paragraph, phrase, target(s), kind, status; the phrase and the targets cut at
    60 characters each (``_cap``)."""
    from ..references import printed_symbol  # here: the mandates command imports this module, not references

    rows = [("PARAGRAPH", "PHRASE", "TARGET", "KIND", "STATUS")]
    for ref in refs:
        c = ref.citation
        targets = []
        for t, _ in ref.resolved:
            if t.document:
                targets.append(printed_symbol(t.document) + (f" {t.label}" if t.label else ""))
            elif t.label:
                targets.append(t.label)
        if c.document_name:
            targets.append(c.document_name)
        phrase = c.phrase.replace("\n", " ")
        rows.append((ref.source, _cap(phrase), _cap(", ".join(targets) or "-"), c.kind, ref.status))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = [f"{res.symbol or '(no symbol)'}: {len(refs)} references"]
    for r in rows:
        lines.append("  ".join(r[i].ljust(widths[i]) for i in range(4)) + "  " + r[4])
    return "\n".join(lines)
