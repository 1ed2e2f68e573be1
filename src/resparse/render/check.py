"""Renderings of draft-note check reports: linter lines, JSON data, a self-contained HTML page.

The page shows each note line by line as the user wrote it, every citation, quotation, title and verb statement
checked highlighted (green verified, red error, amber warning, grey info); hovering one (or focusing it with the
keyboard) shows what was found and the text of the cited paragraph. Safety as for the graph page
(render/html.py): the note's lines are HTML-escaped, the hover texts travel as JSON in a
``<script type="application/json">`` and reach the page through ``textContent`` only, and a Content Security Policy
allows no script but the page's own (by its hash), so markup in a note is shown, never run.
"""

from __future__ import annotations

import base64
import hashlib
import html

from ..check import SEVERITY_ORDER, Item, Report
from ..note import Note
from ..references import printed_symbol
from .html import _json_for_script


def lines(report: Report, where: str | None = None) -> list[str]:
    """``note.md:22:57: error R101 paragraph 22 (d) does not exist ...``, sorted by line and column; in a PDF note
    ``note.pdf: page 2, line 14, col 57: error R101 ...``."""
    name = where or report.path
    return [f"{f.where(name)}: {f.severity} {f.code} {f.message}" for f in report.findings]


def summary_line(reports: list[Report]) -> str:
    e = sum(r.counts()["error"] for r in reports)
    w = sum(r.counts()["warning"] for r in reports)
    i = sum(r.counts()["info"] for r in reports)
    s = [r.summary() for r in reports]
    total = {k: sum(x[k] for x in s) for k in ("citations", "citations_verified", "citations_with_errors",
                                              "citations_with_warnings")}
    quotes = sum(x["quotations_verified"] for x in s), sum(x["quotations"] for x in s)
    unquoted = sum(x["quotations_not_checked"] for x in s)
    unchecked = sum(x["citations_not_checked"] for x in s)
    return (f"{e} error{'s' * (e != 1)}, {w} warning{'s' * (w != 1)}, {i} info; {citations_counted(total)}, "
            f"quotations verified {quotes[0]} of {quotes[1]}" + (f" ({unquoted} not checked)" if unquoted else "")
            + (f"; {unchecked} citation{'s' * (unchecked != 1)} NOT CHECKED (see the 'not checked'"
               f"{' and R204' if any(f.code == 'R204' for r in reports for f in r.findings) else ''} findings)"
               if unchecked else ""))


def citations_counted(summary: dict) -> str:
    """ "citations verified 3 of 7 (3 with errors, 1 with warnings)": of a summary's (:meth:`Report.summary`)
    citations, those verified, then those with an error and those with a warning, each once, by its gravest
    finding or that of a quotation, reproduction or verb statement checked under it
    (:meth:`Report.citation_outcomes`); a count of none is left out, as are the parentheses when both are."""
    parts = [f"{n} with {what}" for n, what in ((summary["citations_with_errors"], "errors"),
                                               (summary["citations_with_warnings"], "warnings")) if n]
    return (f"citations verified {summary['citations_verified']} of {summary['citations']}"
            + (f" ({', '.join(parts)})" if parts else ""))


def not_loaded_hint(reports: list[Report]) -> str | None:
    """One line, said once for all the R001 findings ("not checked: A/RES/67/219 is not loaded"), on how to check
    them: "3 cited resolutions not loaded (A/RES/67/219, A/RES/69/229, A/RES/70/1): give each one's PDF or text
    with --against FILE to check them" (at most four named, then "..."); None when no citation is R001. Source: a
    new-user trial (2026-12-03) read nine R001 infos and exit 0 and did not know how to load them."""
    symbols = list(dict.fromkeys(f.resolution for r in reports for f in r.findings
                                 if f.code == "R001" and f.resolution))
    if not symbols:
        return None
    named = ", ".join(map(printed_symbol, symbols[:4])) + (", ..." if len(symbols) > 4 else "")
    n = len(symbols)
    return (f"{n} cited resolution{'s' * (n != 1)} not loaded ({named}): give {'each one' if n > 1 else 'its'}"
            f"{chr(39) + 's' if n > 1 else ''} PDF or text with --against FILE to check {'them' if n > 1 else 'it'}")


def data(reports: list[Report]) -> dict:
    """What ``--json`` prints: every finding (with its note), a summary, and per note what was checked."""
    findings = []
    for r in reports:
        for f in r.findings:
            findings.append({**f.to_dict(), "note": r.path})
    total = {"notes": len(reports), "errors": 0, "warnings": 0, "info": 0, "citations": 0, "citations_verified": 0,
             "citations_with_warnings": 0, "citations_with_errors": 0, "citations_not_checked": 0, "quotations": 0,
             "quotations_verified": 0, "quotations_not_checked": 0, "titles": 0, "verbs": 0}
    for r in reports:
        for k, v in r.summary().items():
            if k in total:
                total[k] += v
    total["resolutions"] = reports[0].resolutions if reports else []
    return {
        "findings": findings,
        "summary": total,
        "notes": [{"note": r.path, "summary": r.summary(), "checked": [i.to_dict() for i in r.items],
                   "warnings": list(r.warnings)} for r in reports],
    }


# ---------------------------------------------------------------- the page


def _tip(item: Item) -> str:
    head = {"citation": "citation", "quotation": "quotation", "reproduction": "reproduced paragraph",
            "title": "title", "verb": "verb", "language": "language"}[item.kind]
    out = [f"{head} · {item.status}" + (f" · {item.resolution}" if item.resolution else "")]
    out.extend(f"{f.severity} {f.code}: {f.message}" for f in item.findings)
    for label, text in item.cited:
        out.append(f"{label}  {text}")
    return "\n\n".join(out)


def _worst(a: str, b: str) -> str:
    order = {**SEVERITY_ORDER, "verified": 3}
    return a if order.get(a, 9) <= order.get(b, 9) else b


def _marks(note: Note, items: list[Item]) -> tuple[dict[int, list[tuple[int, int, int]]], list[dict]]:
    """Per line number, the (start, end, tip index) column ranges to highlight (0-based, end exclusive); and the
    tips. Items that overlap are merged into one highlight (the worst status, both texts)."""
    raw_len = {ln.number: len(ln.raw) for ln in note.lines}
    merged: list[dict] = []
    for it in sorted(items, key=lambda i: (i.line, i.col, -i.end_line, -i.end_col)):
        start, end = (it.line, it.col), (it.end_line, it.end_col)
        if merged and start < merged[-1]["end"]:
            last = merged[-1]
            last["status"] = _worst(last["status"], it.status)
            last["tip"] += "\n\n" + _tip(it)
            last["end"] = max(last["end"], end)
            continue
        merged.append({"start": start, "end": end, "status": it.status, "tip": _tip(it)})
    marks: dict[int, list[tuple[int, int, int]]] = {}
    for n, m in enumerate(merged):
        (l1, c1), (l2, c2) = m["start"], m["end"]
        for line in range(l1, l2 + 1):
            if line not in raw_len:
                continue
            a = c1 - 1 if line == l1 else 0
            b = c2 - 1 if line == l2 else raw_len[line]
            a, b = max(0, a), min(raw_len[line], b)
            if b > a:
                marks.setdefault(line, []).append((a, b, n))
    tips = [{"status": m["status"], "tip": m["tip"]} for m in merged]
    return marks, tips


_CLASS = {"verified": "ok", "error": "err", "warning": "warn", "info": "info"}


def _note_section(index: int, note: Note, report: Report, tips: list[dict]) -> str:
    marks, own_tips = _marks(note, report.items)
    base = len(tips)
    tips.extend(own_tips)
    rows = []
    page = 0
    for ln in note.lines:
        if ln.page and ln.page != page:  # a PDF note: lines are numbered on their page, as the reader sees them
            page = ln.page
            rows.append(f'<div class="pg">page {page}</div>')
        raw = ln.raw
        parts, pos = [], 0
        for a, b, n in sorted(marks.get(ln.number, [])):
            if a < pos:
                continue
            parts.append(html.escape(raw[pos:a]))
            status = own_tips[n]["status"]
            parts.append(f'<mark class="{_CLASS.get(status, "info")}" data-tip="{base + n}" tabindex="0">'
                         f"{html.escape(raw[a:b])}</mark>")
            pos = b
        parts.append(html.escape(raw[pos:]))
        rows.append(f'<div class="ln" id="n{index}-L{ln.number}"><span class="no">{ln.page_line or ln.number}'
                    f'</span><span class="tx">{"".join(parts)}</span></div>')
    found = "\n".join(
        f'<li class="{_CLASS.get(f.severity)}"><a href="#n{index}-L{f.line}">'
        f'{f"page {f.page}, line {f.page_line}:{f.col}" if f.page else f"{f.line}:{f.col}"}</a> '
        f"{html.escape(f.severity)} {html.escape(f.code)} {html.escape(f.message)}</li>"
        for f in report.findings
    )
    s = report.summary()
    head = (f"{s['errors']} error{'s' * (s['errors'] != 1)}, {s['warnings']} warning{'s' * (s['warnings'] != 1)}, "
            f"{s['info']} info · {citations_counted(s)} · quotations verified {s['quotations_verified']} of "
            f"{s['quotations']}"
            + (f" ({s['quotations_not_checked']} not checked)" if s["quotations_not_checked"] else "")
            + (f" · {s['citations_not_checked']} citation{'s' * (s['citations_not_checked'] != 1)} NOT CHECKED"
               if s["citations_not_checked"] else ""))
    return (f'<section class="note"><h2>{html.escape(report.path)}</h2><p class="sum">{html.escape(head)}</p>'
            f'<ol class="findings">{found}</ol><div class="lines">{"".join(rows)}</div></section>')


_SCRIPT = """(function () {
  var tips = JSON.parse(document.getElementById("check-data").textContent);
  var box = document.getElementById("tip");
  function show(ev) {
    var m = ev.target.closest("mark[data-tip]");
    if (!m) { return; }
    var t = tips[Number(m.getAttribute("data-tip"))];
    box.textContent = t ? t.tip : "";
    box.className = "tip " + (t ? t.status : "");
    var r = m.getBoundingClientRect();
    box.style.left = Math.max(4, Math.min(window.innerWidth - 520, r.left + window.scrollX)) + "px";
    box.style.top = (r.bottom + window.scrollY + 6) + "px";
    box.hidden = false;
  }
  function hide(ev) {
    if (ev.target.closest("mark[data-tip]")) { box.hidden = true; }
  }
  document.addEventListener("mouseover", show);
  document.addEventListener("focusin", show);
  document.addEventListener("mouseout", hide);
  document.addEventListener("focusout", hide);
  window.resparseReady = true;
})();"""

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src '{csp}'">
<title>{title}</title>
<style>
body {{ font-family: sans-serif; margin: 0 16px 40px; color: #222; }}
h1 {{ font-size: 18px; }} h2 {{ font-size: 16px; margin-bottom: 4px; }}
.sum {{ color: #555; margin-top: 0; }}
.legend span {{ margin-right: 12px; }}
.findings {{ font-size: 13px; padding-left: 20px; }}
.findings li.err {{ color: #a40000; }} .findings li.warn {{ color: #8a5a00; }} .findings li.info {{ color: #555; }}
.lines {{ font-family: monospace; font-size: 13px; border-top: 1px solid #ddd; }}
.pg {{ color: #999; border-bottom: 1px dashed #ccc; margin: 6px 0 2px; font-size: 11px; }}
.ln {{ display: flex; white-space: pre-wrap; tab-size: 4; word-break: break-word; }}
.no {{ flex: 0 0 3.5em; color: #999; text-align: right; padding-right: 1em; user-select: none; }}
.tx {{ flex: 1; min-height: 1.2em; }}
mark {{ border-radius: 2px; cursor: help; }}
mark.ok {{ background: #c9ecc4; }} mark.err {{ background: #f6b3b3; }}
mark.warn {{ background: #ffd98a; }} mark.info {{ background: #e3e3e3; }}
.tip {{ position: absolute; max-width: 500px; background: #fffef5; border: 1px solid #999; padding: 6px 8px;
        white-space: pre-wrap; font-size: 13px; line-height: 1.35; box-shadow: 0 2px 6px rgba(0,0,0,.2); }}
</style>
</head>
<body>
<h1>{title}</h1>
<p class="legend"><span><mark class="ok">verified</mark></span><span><mark class="err">error</mark></span>
<span><mark class="warn">warning</mark></span><span><mark class="info">not checked</mark></span>
against {against}</p>
{sections}
<div id="tip" class="tip" hidden></div>
<script type="application/json" id="check-data">{data}</script>
<script>{script}</script>
</body>
</html>
"""


def page(notes: list[Note], reports: list[Report]) -> str:
    """The whole page (write it as UTF-8)."""
    tips: list[dict] = []
    sections = "\n".join(_note_section(i, n, r, tips) for i, (n, r) in enumerate(zip(notes, reports)))
    digest = base64.b64encode(hashlib.sha256(_SCRIPT.encode("utf-8")).digest()).decode("ascii")
    title = "resparse check: " + ", ".join(r.path for r in reports)
    against = ", ".join(reports[0].resolutions) if reports else ""
    return _PAGE.format(
        csp=f"sha256-{digest}",
        title=html.escape(title),
        against=html.escape(against or "no resolution"),
        sections=sections,
        data=_json_for_script(tips),
        script=_SCRIPT,
    )
