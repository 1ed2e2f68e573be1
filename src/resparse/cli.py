"""Command line: arguments -> stages -> output. No logic of its own.

Every subcommand takes an optional resolution file and defaults to the bundled A/RES/71/280. ``--json`` prints
machine-readable output on stdout; messages go to stderr. Exit codes: 0 fine, 1 findings, 2 bad input or usage.
"""

from __future__ import annotations

from collections import Counter

import argparse
import json
import os
import shlex
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from . import default_text
from .errors import InputError, NotAResolution, ResparseError

if TYPE_CHECKING:
    from collections.abc import Iterable

    from .model import Paragraph, Resolution

# The stages are imported by the commands that run them (issue 10, start-up): `resparse --help` imports no stage,
# `resparse mandates` neither the references, the graph, the checker nor the renderers it does not print with.

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class _UsageError(SystemExit):
    """A usage error (exit 2), its one line kept for ``--json`` (:func:`main`)."""

    def __init__(self, line: str):
        super().__init__(EXIT_USAGE)
        self.line = line


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # usage errors: one line, exit 2
        self.print_usage(sys.stderr)
        line = f"{self.prog}: error: {message}"
        print(line, file=sys.stderr)
        raise _UsageError(line)


class _Version(argparse.Action):
    """--version: the installed distribution's version, read only when asked (no import cost at start-up)."""

    def __init__(self, option_strings, dest, **kwargs):
        super().__init__(option_strings, dest, nargs=0, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        from importlib.metadata import PackageNotFoundError, version

        try:
            print(f"resparse {version('resparse')}")
        except PackageNotFoundError:
            print("resparse (not installed)")
        raise SystemExit(EXIT_OK)


def load(path: str | None, quiet: bool = False) -> Resolution:
    """Parse FILE (or the bundled default) and print its warnings on stderr."""
    from .parse import parse

    res = parse(Path(path) if path else default_text())
    if not quiet:
        where = path or res.symbol or "<default>"
        for w in res.warnings:
            loc = f"{where}:{w.line}" if w.line else where
            if w.page:
                loc = f"{where}: page {w.page}, line {w.page_line}"
            print(f"{loc}: warning: {w.message}", file=sys.stderr)
    return res


def load_each(files: list[str] | None) -> list[tuple[str | None, Resolution]]:
    """The resolutions of a command that reads several (graph, mandates, check --against), each once: FILE
    arguments (folders expanded, see :func:`_expand`; none: the bundled default) as (FILE, resolution) pairs in
    order. The same file given twice (also under another path) is read once, and a second file of a resolution
    already read (a copy) is left out; each with a warning on stderr, as ``corpus build`` stores a copy once. A
    file of a folder that is no resolution (a README) is skipped with a note on stderr, as ``corpus build`` skips
    it (:func:`_skip_note`); a file of a folder that cannot be read (empty, binary, a crash) is left out with
    the line ``corpus build`` reports it by ("failed: PATH: error: the file is empty"), the others answered (a
    fresh-user trial, 2026-12-03: one empty file stopped ``mandates DIR`` with exit 2 and no result); a file named
    on the command line that cannot be read stops the command (its error, exit 2). :class:`InputError` (exit 2)
    where every file read is skipped or failed. While several files are read, a progress bar on stderr when it is a
    terminal (:func:`progress_bar`, "reading")."""
    symbols: dict[str, str] = {}
    out = []
    skipped = []
    paths = _once(_expand(files)) if files else [None]
    bar = progress_bar("reading", len(paths))
    for f in paths:
        bar.update(0)
        try:
            with bar.external_write_mode(file=sys.stderr):  # the warnings of a file above the bar, not through it
                res = load(f)
        except Exception as exc:  # as corpus build records a failure (a crash too) of one file, and goes on
            note = _skip_note(f, files, getattr(exc, "source_text", None)) if isinstance(exc, NotAResolution) else None
            if note is None and not _in_folder(f, files):
                raise
            failed = exc.one_line() if isinstance(exc, ResparseError) else f"{f}: crash: {type(exc).__name__}: {exc}"
            print(note or f"failed: {failed}", file=sys.stderr)
            skipped.append(f)
            continue
        finally:
            bar.update(1)
        if res.symbol and res.symbol in symbols:
            print(f"{f}: warning: {res.symbol} is already read from {symbols[res.symbol]}; read once", file=sys.stderr)
            continue
        if res.symbol:
            symbols[res.symbol] = f or str(default_text())
        out.append((f, res))
    bar.close()
    if skipped and not out:
        # named by the arguments read (a folder: ``mandates bad/`` named bad/binary.txt, its first file, as if the
        # error were that file's: a fresh-user trial, 2026-12-03)
        raise InputError("no resolution in the files read: each is skipped as not a resolution or failed",
                         path=", ".join(files) if files else skipped[0])
    return out


def _bar_size() -> dict:
    """The size of a progress bar on stderr, as tqdm's keywords: none (tqdm asks the terminal) when stderr is a
    terminal that knows its size, 80 columns and 24 rows when it is one that says 0 by 0 -- a pseudo-terminal opened
    without a size (``script -qc "resparse corpus build ..."`` under a pipe), where tqdm drew no bar: a blank line,
    then the summary (a new-user trial, 2026-12-04)."""
    try:
        size = os.get_terminal_size(sys.stderr.fileno())
    except (OSError, ValueError, AttributeError):
        return {}
    return {} if size.columns > 0 and size.lines > 0 else {"ncols": size.columns or 80, "nrows": size.lines or 24}


class _ProgressLines:
    """Progress on stderr when it is no terminal (a log, a pipe, CI), where no bar is drawn: a line such as
    "parsing: 120 of 902 files (4.1 files/s)" every ``every`` seconds, none for a step that ends sooner."""

    def __init__(self, desc: str, every: float = 30.0, unit: str = "file"):
        import time

        self.desc, self.every, self.clock, self.unit = desc, every, time.monotonic, unit
        self.start = self.last = self.clock()

    def update(self, done: int, total: int) -> None:
        now = self.clock()
        if now - self.last < self.every or done >= total:
            return
        self.last = now
        rate = done / (now - self.start) if now > self.start else 0.0
        print(f"{self.desc}: {done} of {total} {self.unit}s ({rate:.1f} {self.unit}s/s)", file=sys.stderr, flush=True)


class _StageProgress:
    """The progress of a stage that counts its own work (``corpus.build``'s files, ``check``'s quotations) through a
    callback ``(done, total, ...)``, on stderr as ``corpus build`` shows it: a tqdm bar when stderr is a terminal,
    else a line every ``every`` seconds (:class:`_ProgressLines`). ``leave``: the bar stays when the stage ends."""

    def __init__(self, desc: str, unit: str = "file", every: float = 30.0, leave: bool = True):
        from tqdm import tqdm

        self.bar = tqdm(total=0, unit=unit, file=sys.stderr, disable=None, desc=desc, leave=leave, **_bar_size())
        self.lines = _ProgressLines(desc, every, unit) if self.bar.disable else None

    def __call__(self, done: int, total: int, *_where) -> None:
        if self.lines is not None:
            self.lines.update(done, total)
        else:
            self.bar.total = total
            self.bar.n = done
            self.bar.refresh()

    def close(self) -> None:
        self.bar.close()


def progress_bar(desc: str, total: int, items: Iterable | None = None, unit: str = "file"):
    """The progress bar of a step over several files (tqdm, as ``corpus build`` shows): on stderr, and only when
    stderr is a terminal (tqdm's ``disable=None``) and there is more than one file (``total``), never on stdout;
    gone when the step ends (``leave=False``). ``items``: the files' items to iterate through the bar (each counted
    as it is taken); else the caller counts with ``update``. ``desc`` names the step ("reading", "mandates"). When
    stderr is no terminal (a log, a pipe), a line every ``_LINES_EVERY`` seconds instead, as ``corpus build`` writes
    them (:class:`_ProgressLines`; a new-user trial, the thirtieth session: ``mandates FOLDER`` over 902 files, 3 min
    35 s, and ``check --against FOLDER`` said nothing until done). ``unit``: what is counted ("file", "row")."""
    from tqdm import tqdm

    bar = tqdm(items, total=total, unit=unit, file=sys.stderr, disable=None if total > 1 else True, desc=desc,
               leave=False, **_bar_size())
    return _LinesBar(desc, total, items, unit) if bar.disable and total > 1 else bar


_LINES_EVERY = 10.0  # seconds between two progress lines of a command that reads files (no terminal)


class _LinesBar:
    """:func:`progress_bar`'s stand-in where stderr is no terminal: the part of tqdm's interface the commands use
    (iterate, ``update``, ``external_write_mode``, ``close``), writing :class:`_ProgressLines`."""

    disable = True

    def __init__(self, desc: str, total: int, items: Iterable | None, unit: str = "file"):
        self.lines, self.total, self.items, self.n = _ProgressLines(desc, _LINES_EVERY, unit), total, items, 0

    def __iter__(self):
        for item in self.items or ():
            yield item
            self.update(1)

    def update(self, n: int = 1) -> None:
        self.n += n
        self.lines.update(self.n, self.total)

    def external_write_mode(self, **_kwargs):
        import contextlib

        return contextlib.nullcontext()

    def close(self) -> None:
        pass


def _suggest_db(arguments: list[str] | None, files: int, seconds: float) -> None:
    """After a long read of many files (``_SUGGEST_DB_AFTER`` seconds), the word on stderr that a corpus database
    answers repeated queries without reading them again (a new-user trial, the thirtieth session: 3 min 35 s for
    each ``mandates FOLDER --actor ...``, 2 s with ``--db``)."""
    if seconds < _SUGGEST_DB_AFTER or files < 2 or not arguments:
        return
    where = " ".join(shlex.quote(str(p)) for p in arguments[:3]) + (" ..." if len(arguments) > 3 else "")
    print(f"resparse: read {files} files in {seconds:.0f} s; for repeated queries build a database once "
          f"('resparse corpus build {where} --db corpus.sqlite') and ask it with --db corpus.sqlite", file=sys.stderr)


_SUGGEST_DB_AFTER = 30.0


def _in_folder(path: str | None, files: list[str] | None) -> bool:
    """Was ``path`` found in a folder argument rather than named on the command line?"""
    return path is not None and not any(Path(f) == Path(path) for f in files or () if not Path(f).is_dir())


def _skip_note(path: str | None, files: list[str] | None, text: str | None = None) -> str | None:
    """The note on a file found in a folder argument that is no resolution (a README), as ``corpus build`` skips
    it (:func:`resparse.corpus.skip_note`); None for a file named on the command line (its error stands) or one
    that names a resolution it cannot be read as. ``text``: the file's text as the parser read it (carried by its
    :class:`NotAResolution`), so that the file is read once; read again only where it is not given."""
    from .corpus import skip_note

    if not _in_folder(path, files):
        return None
    if text is None:
        from .sources import read

        text = read(path).text
    return skip_note(path, text)


def print_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


# ---------------------------------------------------------------- parse


def cmd_parse(args: argparse.Namespace) -> int:
    from .render.text import outline

    res = load(args.file)
    if args.paragraph is not None:
        # any spelling the label reader takes: "13(b)", "OP13 (b)", "para. 13 (b)"; the end of one label ("rule 33.2")
        p = res.get(args.paragraph)
        if p is None and len(ending := _ending_with(res, args.paragraph)) == 1:
            p = ending[0]
        if p is None and (whole := _numbered_in_parts(res, args.paragraph)) is not None:
            # a rule or article whose paragraphs are its parts ("rule 33": annex rule 33.1 and 33.2), printed whole
            label, parts = whole
            if args.json:
                print_json({"label": label, "parts": [q.to_dict() for q in parts]})
            else:
                for q in (q for part in parts for q in part.walk()):
                    print(f"{q.label}  {q.text}")
            return EXIT_OK
        if p is None:
            raise InputError(_no_such_paragraph(res, args.paragraph), path=args.file)
        if args.json:
            print_json(p.to_dict())
        else:
            for q in p.walk():  # the paragraph and its sub-paragraphs, each whole, under its label
                print(f"{q.label}  {q.text}")
        return EXIT_OK
    if args.json:
        print_json(res.to_dict())
    else:
        print(outline(res))
    return EXIT_OK


def _no_such_paragraph(res: Resolution, label: str) -> str:
    """The one-line error for a paragraph label ``res`` has not: the label as read, every numbered part of the
    resolution and its range (preambular, operative, the text it adopts in its body, each annex, an annex's rules:
    "its paragraphs: operative OP1; adopted 1-84; annex I 1-62; annex II 1-32"), and the labels that exist with the
    number asked ("did you mean adopted 5?" for "5" of A/RES/79/1, "annex III rule 5" for "rule 5" of 78/128), as
    ``cited-by --paragraph`` says it of a stored resolution. Source: a new-user trial (2026-12-03) found the adopted
    text and the operative paragraph left out and nothing suggested."""
    import re

    from .labels import canonical_label

    labels = [p.label for p in res.walk()]
    parts: dict[str, list[str]] = {}
    for lab in labels:
        if "(" in lab:
            continue
        if lab.startswith("PP") and " " not in lab:
            name, number = "preambular", lab
        elif lab.isdigit() or lab.startswith("OP") and lab[2:].isdigit():
            name, number = "operative", lab
        else:  # "adopted 5", "annex I 5", "annex 5", "annex III rule 5", "IV.3"
            name, _, number = lab.rpartition(" ")
            name = name or "operative"
        parts.setdefault(name, []).append(number)
    ranges = [f"{name} {ns[0]}-{ns[-1]}" if len(ns) > 1 else f"{name} {ns[0]}" for name, ns in parts.items()]
    read = canonical_label(label)
    shown = read if read is not None else repr(label)
    parent = read.rsplit(" (", 1)[0] if read and read.endswith(")") and " (" in read else None
    under = [lab for lab in labels if parent and lab.startswith(parent + " (") and lab.count("(") == read.count("(")]
    if under:  # "1 (z)" of a paragraph 1 with items (a) to (d): its items, not only "operative 1-3"
        ranges.append(f"under {parent}: {under[0]}-{under[-1]}" if len(under) > 1 else f"under {parent}: {under[0]}")
    span = f" (its paragraphs: {'; '.join(ranges)})" if ranges else ""
    same = [p.label for p in _ending_with(res, label)]
    if not same and read and (tail := re.sub(r"^\D+(?=\d)", "", read)) != read:
        # the number asked under another part's name: "annex 31 (e)" of A/RES/74/3, whose declaration is its adopted
        # text ("adopted 31 (e)"; a new-user trial, the thirtieth session, found it named so in docs/mandates.md)
        same = [lab for lab in labels if lab == tail or lab.endswith(" " + tail)]
    hint = ""
    if same:
        shown_same = same[:4] + (["..."] if len(same) > 4 else [])
        hint = "; did you mean " + (" or ".join(shown_same) if len(shown_same) < 3
                                    else ", ".join(shown_same[:-1]) + " or " + shown_same[-1]) + "?"
    return f"{res.symbol or 'this resolution'} has no paragraph {shown}{span}{hint}"


def _ending_with(res: Resolution, label: str) -> list[Paragraph]:
    """The paragraphs of ``res`` whose label ends in ``label`` as the label reader reads it
    (:func:`resparse.labels.canonical_label`, any case and spacing): "5" is "adopted 5" or "annex 5", "rule 33.2" is
    "annex rule 33.2" (A/RES/72/244). ``parse --paragraph`` takes the one when only one has such a label (a new
    user's trial, 2026-12-04, was refused "rule 33.2" with "did you mean annex rule 33.2?"); several are the
    error's suggestions."""
    from .labels import canonical_label

    read = canonical_label(label)
    asked = " ".join((read if read is not None else label).split())
    return [p for p in res.walk() if asked and p.label.endswith(" " + asked)]


def _numbered_in_parts(res: Resolution, label: str) -> tuple[str, list[Paragraph]] | None:
    """A rule or article ``label`` names whose text the resolution holds as its numbered paragraphs only ("rule 33"
    or "annex rule 33" of A/RES/72/244: "annex rule 33.1", "annex rule 33.2"; no paragraph is labelled "annex rule
    33"): its full label and its paragraphs in order, or None (no such unit, or the label ends the labels of units of
    two annexes: the error names them). Source: a new user's trial (2026-12-04) was refused "rule 33" while the error
    listed "annex rule 1-68"."""
    import re

    from .labels import canonical_label

    read = canonical_label(label)
    if read is None or not re.fullmatch(r"(?:(?:annex(?: [IVXL]+)?) )?(?:rule|article) \d+", read):
        return None
    found: dict[str, list[Paragraph]] = {}
    for p in res.walk():
        head, dot, number = p.label.rpartition(".")
        if dot and number.isdigit() and (head == read or head.endswith(" " + read)):
            found.setdefault(head, []).append(p)
    if len(found) != 1:
        return None
    return next(iter(found.items()))


# ---------------------------------------------------------------- akn


def cmd_akn(args: argparse.Namespace) -> int:
    from .render.output import default_path, write_atomic
    from .render import akn
    from .render.text import counted

    if args.validate:
        path = Path(args.file) if args.file else None
        if path is None:
            raise InputError("--validate needs the XML file to check")
        if not path.is_file():
            raise InputError("no such file", path=str(path))
        errors = akn.validate(path.read_bytes(), path=str(path))
        for line, message in errors:
            print(f"{path}:{line}: error: {message}", file=sys.stderr)
        if args.json:
            print_json({"file": str(path), "valid": not errors, "errors": [{"line": n, "message": m} for n, m in errors]})
        else:
            print(f"{path}: {'valid' if not errors else counted(len(errors), 'schema error')} (Akoma Ntoso 3.0, akomantoso30.xsd)")
        return EXIT_FINDINGS if errors else EXIT_OK
    res = load(args.file)
    xml = akn.to_akn(res)
    if args.output == "-":
        sys.stdout.write(xml)
        return EXIT_OK
    target = Path(args.output) if args.output else default_path(res.symbol, ".xml")
    written = write_atomic(target, xml, inputs=[args.file] if args.file else [], force=args.force)
    if args.json:
        print_json({"file": str(written), "symbol": res.symbol, "valid": not akn.validate(xml)})
    else:
        print(written)
    return EXIT_OK


# ---------------------------------------------------------------- corpus

DEFAULT_DB = Path("output") / "corpus.sqlite"
MIN_CITED, MOST_CITED = 5, 60  # graph --db: the defaults of --min-cited and --most-cited


def cmd_corpus_build(args: argparse.Namespace) -> int:
    from . import corpus
    from .render.text import counted

    progress = None if args.quiet else _StageProgress("parsing")
    bar = progress.bar if progress is not None else None

    if args.akn:  # before the build, so that a folder that cannot be written stops it at once
        from .render.output import ensure_dir

        ensure_dir(args.akn, args.akn)
    def note(message: str) -> None:  # the database was built by another resparse: every file is read again
        if bar is not None:
            bar.write(f"warning: {message}", file=sys.stderr)
        else:
            print(f"warning: {message}", file=sys.stderr)

    try:
        rep = corpus.build(args.dirs, args.db, jobs=args.jobs, progress=progress, note=note)
    finally:
        if bar is not None:
            bar.close()
    akn_written = _corpus_akn(args) if args.akn else None
    summary = {
        "files": rep.files,
        "parsed": rep.parsed,
        "unchanged": rep.unchanged,
        "removed": rep.removed,
        "failed": len(rep.failed),
        "skipped": len(rep.skipped),
        "consistent": rep.consistent,
        "duplicates": [{"path": p, "symbol": s, "first": f} for p, s, f in rep.duplicates],
        "stored": rep.parsed - len(rep.duplicates),
        "reread": rep.reread,
        "seconds": round(rep.seconds, 2),
        "db": str(args.db),
    }
    if akn_written is not None:
        summary["akn"] = {"dir": str(args.akn), "written": akn_written}
    if args.json:
        print_json({
            **summary,
            "failures": [{"path": p, "error": e} for p, e in rep.failed],
            "skipped_files": [{"path": p, "note": n} for p, n in rep.skipped],
        })
    else:
        # a copy of a document stored already is parsed, not stored a second time: say how many were stored (a
        # fresh-user trial, 2026-12-03: "7 parsed" for seven PDFs of texts stored already, none stored)
        twice = len(rep.duplicates)
        stored = (f" ({rep.parsed - twice} stored; {twice} not stored, {'a copy of a document' if twice == 1 else 'copies of documents'}"
                  " stored already)") if twice else ""
        print(
            f"{counted(rep.files, 'file')}: {rep.parsed} parsed{stored}, {rep.unchanged} unchanged, {len(rep.failed)} failed, "
            f"{len(rep.skipped)} skipped (no resolution), {rep.removed} removed "
            f"in {rep.seconds:.1f} s -> {args.db} ({counted(rep.consistent, 'document')} consistent)"
        )
        for _path, error in rep.failed:
            print(f"  failed: {error}", file=sys.stderr)
        for _path, note in rep.skipped:
            print(f"  {note}", file=sys.stderr)
        if akn_written is not None:
            print(f"{akn_written} Akoma Ntoso files -> {args.akn}")
    for path, symbol, first in rep.duplicates:
        print(f"warning: {path}: {symbol} is already stored from {first}; not stored twice", file=sys.stderr)
    return EXIT_FINDINGS if rep.failed else EXIT_OK  # the others are stored; a failure is a finding to read


def _corpus_akn(args: argparse.Namespace) -> int:
    """The XML of every consistent document of the database, in args.akn; citations of documents of the corpus
    get their FRBR URIs (their adoption dates are known)."""
    from .parse import parse
    from .render.output import default_path, write_atomic
    from . import corpus
    from .render import akn

    docs = corpus.consistent_documents(args.db)
    dates = {symbol: akn.iso_date(date) for _, symbol, date in docs if symbol and akn.iso_date(date)}
    for path, _symbol, _ in docs:
        res = parse(Path(path))
        name = default_path(res.symbol or Path(path).stem, ".xml").name
        write_atomic(args.akn / name, akn.to_akn(res, dates), inputs=[path])
    return len(docs)


def cmd_corpus_report(args: argparse.Namespace) -> int:
    from . import corpus

    rep = corpus.report(args.db)
    if args.json:
        print_json(rep)
        return EXIT_OK
    from .render.text import counted

    print(f"{counted(rep['documents'], 'document')}: {rep['parsed']} parsed, {rep['failed']} failed")
    print(f"consistent: {rep['consistent']} ({rep['consistency_rate']:.1%})")
    # the documents rows count the copies of a resolution stored once (the line above does not): said so
    copies = len(rep.get("duplicates") or ())
    print("rows: " + ", ".join(f"{k} {v}" + (f" (with {copies} cop{'y' if copies == 1 else 'ies'})"
                                             if k == "documents" and copies else "") for k, v in rep["rows"].items()))
    if rep["inconsistent_by_cause"]:
        print("inconsistent documents by cause: " + ", ".join(f"{k} {v}" for k, v in rep["inconsistent_by_cause"].items()))
    for d in rep["inconsistent"]:  # each named, with its first problem (a count alone named none)
        more = f" (and {d['problems'] - 1} more)" if d["problems"] > 1 else ""
        print(f"  inconsistent: {d['symbol'] or d['path']}: {d['first']}{more}")
    for cause, paths in rep["failures_by_cause"].items():
        print(f"failed ({len(paths)}): {cause}")
        for p in paths[:5]:
            print(f"  {p}")
    for d in rep["duplicates"]:
        print(f"duplicate: {d['path']} ({d['symbol']}, stored from {d['first']})")
    return EXIT_OK


def cmd_corpus_tables(args: argparse.Namespace) -> int:
    from . import corpus
    from .render.text import counted

    found = corpus.tables(args.db, args.symbol)
    if args.json:
        print_json(found)
        return EXIT_OK
    for t in found:
        where = " ".join(x for x in (t["annex"], f"after {t['after']}" if t["after"] else "") if x) or "body"
        shape = (f"{len(t['rows'])} rows of {t['columns']} columns" if t["rows"]
                 else f"{len(t['cells'])} cells, no rows: {t['unsure']}")
        print(f"{t['document']:<16} {where:<16} lines {t['line']}-{t['end_line']}  {shape}")
        if args.symbol:  # one document's tables: their rows (else their cells one a line), then their notes
            for row in t["rows"] or [[c] for c in t["cells"]]:
                print("  " + " | ".join(row))
            for note in t["notes"]:
                print(f"  note: {note}")
    print(counted(len(found), "table"), file=sys.stderr)
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from . import corpus

    hits, total = corpus.search_counted(args.db, args.query, limit=args.limit)
    if args.json:
        print_json(hits)
    else:
        for h in hits:
            print(f"{h['document']:<16} {h['paragraph']:<12} {h['snippet']}")
        from .render.text import counted

        # of how many: "3 of 106 paragraphs" where --limit leaves some out (a new-user trial, the thirtieth session)
        print(counted(len(hits), "paragraph") if total == len(hits) else f"{len(hits)} of {counted(total, 'paragraph')}"
              + " (--limit N lists more)", file=sys.stderr)
    return EXIT_OK


def cmd_cited_by(args: argparse.Namespace) -> int:
    from . import corpus
    from .references import printed_symbol
    from .render.text import counted

    rows = corpus.cited_by(args.db, args.symbol, args.paragraph)
    missing = not rows and args.paragraph and corpus.missing_paragraph(args.db, args.symbol, args.paragraph)
    if not rows and args.paragraph and not missing:
        missing = _missing_in_bundled(corpus.symbol_of(args.symbol), args.paragraph)
    if missing:  # "--paragraph 99" of a resolution of 17 paragraphs: say so, not "0 citations"
        raise InputError(missing)
    places = corpus.citing_places(rows)  # a footnote's row names its paragraphs; one place counted once
    if args.json:
        print_json([{**r, "document": printed_symbol(r["document"]), "cited": printed_symbol(r["cited"])}
                    for r in places])
    else:
        where = [r["paragraph"] + (f" (and footnote{'s' if len(r['footnotes']) > 1 else ''} {', '.join(r['footnotes'])})"
                                   if r["footnotes"] else "") for r in places]
        width = max([12, *map(len, where)])
        for r, place in zip(places, where):
            # the paragraph cited with its resolution: "para. 70" of a footnote "Ibid., para. 70." after "See
            # resolution 70/1." (A/RES/79/334 footnote 6) names no resolution itself
            target = r["resolved"] or r["cites"] or ""
            print(f"{printed_symbol(r['document']):<16} {place:<{width}} {r['phrase']}"
                  + (f"  -> {printed_symbol(r['cited'])} {target}" if target else ""))
        # the part of a resolution as the UN writes it and --help asks for it: "A/RES/79/258 A", never "A/RES/79/258A"
        what = printed_symbol(corpus.symbol_of(args.symbol)) + (
            f", paragraph {args.paragraph}" if args.paragraph else "")
        folded = len(rows) - len(places)
        print(f"{counted(len(places), 'citation')} of {what} (a citing paragraph once: "
              f"{counted(folded, 'footnote')} repeating {'its' if folded == 1 else 'their'} paragraph's citation not counted)"
              if folded else f"{counted(len(places), 'citation')} of {what}", file=sys.stderr)
    return EXIT_OK


def _missing_in_bundled(symbol: str, paragraph: str) -> str | None:
    """Why ``paragraph`` of ``symbol`` cannot be cited when the corpus does not hold ``symbol`` but the package ships
    its text (A/RES/71/280: :func:`resparse.bundled_texts`): the one-line reason of :func:`_no_such_paragraph`
    where that text has no paragraph of the label nor one under it; None otherwise (a fresh-user trial, 2026-12-03:
    ``cited-by 71/280 --paragraph "99 (z)"`` said "0 citations")."""
    from . import bundled_texts
    from .labels import canonical_label

    path = next((p for p in bundled_texts() if p.stem == symbol.replace("/", "_")), None)
    label = canonical_label(paragraph)
    if path is None or label is None:
        return None
    res = load(str(path), quiet=True)
    if res.get(label) is not None or any(p.label.startswith((label + " (", label + ".")) for p in res.walk()):
        return None
    return _no_such_paragraph(res, paragraph)


# ---------------------------------------------------------------- graph and refs


def cmd_graph(args: argparse.Namespace) -> int:
    from .references import resolve
    from .render.output import default_path, write_atomic
    from . import graph as graphs  # networkx: imported only for this command
    from .render.html import render_html

    if args.html and args.graphml and Path(args.html).resolve() == Path(args.graphml).resolve():
        raise InputError("--html and --graphml name the same file; give two paths", path=args.html)
    if args.db:
        return _graph_of_corpus(args)
    corpus_only = [name for name, value in (("--centre", args.centre), ("--session", args.session),
                                            ("--min-cited", args.min_cited), ("--most-cited", args.most_cited))
                   if value is not None]
    if corpus_only:  # they were ignored silently on a graph of files (fresh-user trial, 2026-12-03)
        raise InputError(f"{' and '.join(corpus_only)} draw{'s' * (len(corpus_only) == 1)} the citation graph of a "
                         "corpus database: give --db (resparse corpus build makes one)")
    loaded = load_each(args.files)
    resolutions = [res for _, res in loaded]
    refs = {}
    bar = progress_bar("references", len(loaded), loaded)
    for f, res in bar:
        refs[graphs.resolution_id(res)] = resolve(res)
        with bar.external_write_mode(file=sys.stderr):  # the warnings of a file above the bar, not through it
            warn_references(f or res.symbol or "<default>", refs[graphs.resolution_id(res)], res)

    def mandates(g, resolutions):  # the extraction step, read through a bar as the reading step is
        graphs.add_mandates(g, progress_bar("mandates", len(resolutions), resolutions))

    g = graphs.build_graph(resolutions, references=refs, extensions=[mandates] if args.mandates else [])
    inputs = _inputs(_expand(args.files) if args.files else None)
    if args.graphml:
        write_atomic(args.graphml, graphs.to_graphml(g), inputs, force=args.force)
    if args.json:
        print_json(graphs.to_json(g))
    out = sys.stderr if args.json else sys.stdout  # stdout holds only the JSON when --json is given
    written = []
    if args.html or not (args.json or args.graphml):
        if args.html:
            path = Path(args.html)
        else:
            # --mandates has a page of its own: it never replaces the plain page of the same resolution
            path = default_path(resolutions[0].symbol if len(resolutions) == 1 else "graph",
                                ".mandates.html" if args.mandates else ".html")
        symbols = list(dict.fromkeys(r.symbol or "?" for r in resolutions))
        # a page of many resolutions names the first few in its heading (the legend and the nodes name them all)
        title = " · ".join(symbols) if len(symbols) <= 6 else f"{len(symbols)} resolutions: " + " · ".join(
            symbols[:3]) + f" … {symbols[-1]}"
        if len(resolutions) == 1 and resolutions[0].title:
            title += f": {resolutions[0].title}"
        unresolved = [row for r in resolutions for row in graphs.unresolved_references(r, refs[graphs.resolution_id(r)])]
        written.append(write_atomic(path, render_html(g, title, unresolved=unresolved), inputs, force=args.force))
    if args.graphml:
        written.append(Path(args.graphml))
    for path in written:
        print(path, file=out)
    if written:
        print(graphs.summary(g), file=out)
    return EXIT_OK


def _graph_of_corpus(args: argparse.Namespace) -> int:
    from .render.output import default_path, write_atomic
    from . import corpus
    from . import graph as graphs
    from .references import printed_symbol
    from .render.html import render_html
    from .render.text import counted

    if args.files or args.mandates:
        raise InputError("--db draws the citation graph between the corpus's documents: give no FILE nor --mandates")
    if args.min_cited is None:
        args.min_cited = MIN_CITED
    if args.most_cited is None:
        args.most_cited = MOST_CITED
    centre = None
    if args.centre:
        try:
            centre = corpus.symbol_of(args.centre)
        except corpus.ResparseError:  # not a symbol the citation grammar reads: as written
            centre = args.centre.strip()
    # a centre's own citations are all kept, whatever --min-cited (A/RES/79/1's of A/RES/48/141 were dropped)
    g = graphs.document_graph(*corpus.citation_network(args.db), min_cited=args.min_cited,
                              keep=[centre] if centre else [])
    if centre is not None and centre not in g:
        raise InputError(f"--centre {args.centre}: no such document in {args.db} (neither a resolution of the corpus "
                         "nor a document one cites)")
    sessions = args.session or None
    view = graphs.corpus_view(g, most_cited=args.most_cited, centre=centre, sessions=sessions)
    if not view.graph["resolutions"]:
        raise InputError("no resolution of the corpus is left to draw"
                         + (f" (--session {' '.join(map(str, sessions))})" if sessions else ""))
    if centre is not None and view.number_of_edges() == 0:  # it alone, a dot on an empty page: say so instead
        raise InputError(f"--centre {args.centre}: nothing to draw around {centre}: "
                         + _centre_neighbours(g, centre, args.min_cited, sessions))
    # what --json, --graphml and the summary give: the sessions asked for, what they cite (the page draws them so)
    told = graphs.session_graph(g, sessions) if sessions else g
    if centre is not None and centre in told:
        told = graphs.centre_graph(told, centre)  # as the page: the centre, what it cites, what cites it
    if args.graphml:
        write_atomic(args.graphml, graphs.to_graphml(told), [args.db], force=args.force)
    if args.json:
        print_json(graphs.to_json(told))
    out = sys.stderr if args.json else sys.stdout
    top = [nd for nd in sorted(told.nodes(data=True), key=lambda nd: (-nd[1]["cited"], nd[0]))[:5]
           if nd[1]["cited"]]  # never "(0)"; ties by symbol (a subgraph's node order follows the hash seed)
    several = sessions is not None and len(sessions) > 1
    # the counts the command prints and the page's heading prints, in the same words (a new-user trial, 2026-12-04:
    # "11 nodes ... 18 edges" here, only "4 of 14 nodes, 4 of 22 edges shown" on the page)
    told_line = ((f"session{'s' if several else ''} {', '.join(map(str, sessions))} and what "
                  f"{'they cite' if several else 'it cites'}: " if sessions else "")
                 + (f"around {printed_symbol(centre)}: " if centre is not None else "")
                 + graphs.summary(told) + ("; most cited: " + ", ".join(f"{printed_symbol(n)} ({d['cited']})"
                                                                        for n, d in top) if top else ""))
    page = bool(args.html or not (args.json or args.graphml))
    left_out = graphs.left_out_words(g, view if page else None, centre)  # --most-cited: what the page does not draw
    if page:
        path = write_atomic(Path(args.html) if args.html else default_path("corpus-citations", ".html"),
                            render_html(g, f"Citations between the resolutions of {args.db}",
                                        citing=corpus.citing_paragraphs(args.db), corpus=view,
                                        counts=[told_line, *left_out]), [args.db],
                            force=args.force)
        print(path, file=out)
        kinds = Counter(k for _, k in view.nodes(data="kind"))
        parts = [f"{counted(kinds['group'], 'group')} of "
                 f"{counted(view.graph['grouped'] - kinds['resolution'], 'resolution')}"] if kinds["group"] else []
        parts += [f"{counted(kinds['resolution'], 'resolution')} alone"] if kinds["resolution"] else []
        parts += [f"{kinds['document']} of {counted(view.graph['documents'], 'document')} outside the corpus"]
        print("page: " + ", ".join(parts) + (f" (around {printed_symbol(centre)}: {_centre_neighbours(g, centre, args.min_cited, sessions)})"
                                             if centre is not None else ""), file=out)
    print(told_line, file=out)
    for line in left_out:  # never silent: what --most-cited left off the page, what --min-cited left out of all
        print(line, file=out)
    return EXIT_OK


def _centre_neighbours(g, centre: str, min_cited: int, sessions: list[int] | None) -> str:
    """What the citation graph ``g`` of ``graph --db`` (:func:`resparse.graph.document_graph`) holds around
    ``centre``, in words: "cited by 1 resolution of the corpus; cites 1 resolution of the corpus and 15 documents
    outside it"; the resolutions counted are those of ``sessions`` when given. A document outside the corpus cited
    fewer than ``min_cited`` times is not in ``g``: named so where nothing else is found."""
    def kept(n) -> bool:
        return not sessions or g.nodes[n].get("session") in sessions

    citing = {u for u in g.predecessors(centre) if g.nodes[u].get("kind") == "resolution" and kept(u)}
    cited = set(g.successors(centre))
    resolutions = {v for v in cited if g.nodes[v].get("kind") == "resolution" and kept(v)}
    documents = {v for v in cited if g.nodes[v].get("kind") == "document"}
    if not (citing or resolutions or documents):
        return (f"no resolution of the corpus{' of that session' if sessions else ''} cites it and it cites none, "
                f"nor a document outside the corpus cited {min_cited} times or more (--min-cited)")
    from .render.text import counted

    return (f"cited by {counted(len(citing), 'resolution')} of the corpus; cites "
            f"{counted(len(resolutions), 'resolution')} of the corpus and {counted(len(documents), 'document')} "
            "outside it")


def warn_references(where: str, refs, res: Resolution | None = None) -> None:
    from .references import problems

    pages = {s.line: (s.page, s.page_line) for s in res.spans() if s.page} if res is not None else {}
    for w in problems(refs):
        loc = f"{where}: page {pages[w.line][0]}, line {pages[w.line][1]}" if w.line in pages else f"{where}:{w.line}"
        print(f"{loc}: warning: {w.message}", file=sys.stderr)


def cmd_refs(args: argparse.Namespace) -> int:
    from .references import resolve
    from .render.text import reference_table

    res = load(args.file)
    refs = resolve(res)
    warn_references(args.file or res.symbol or "<default>", refs, res)
    if args.json:
        from .references import printed_symbol

        rows = [r.to_dict() for r in refs]
        for row in rows:  # a symbol as every output spells it: "A/RES/77/263 B" (was "A/RES/77/263A" here alone)
            row["targets"] = [{**t, "document": t["document"] and printed_symbol(t["document"])} for t in row["targets"]]
            row["dates"] = {printed_symbol(k): v for k, v in row["dates"].items()}
        print_json({"symbol": res.symbol and printed_symbol(res.symbol), "references": rows})
    else:
        print(reference_table(res, refs))
    return EXIT_OK


# ---------------------------------------------------------------- mandates, actors


def _once(paths: list[str]) -> list[str]:
    """PATHS without a file given again (also under another path), with a warning for each left out."""
    seen: dict[Path, str] = {}
    for path in paths:
        key = Path(path).resolve()
        if key in seen:
            print(f"{path}: warning: the same file as {seen[key]}; read once", file=sys.stderr)
        else:
            seen[key] = path
    return list(seen.values())


def _inputs(files: list[str] | None) -> list[Path]:
    return [Path(f) for f in files] if files else [default_text()]


def _expand(files: list[str]) -> list[str]:
    """FILE arguments with each directory replaced by the resolution files under it (as ``corpus build`` reads
    a folder: *.txt, *.md, *.pdf, recursively, sorted). Raises :class:`InputError` for a missing path or a
    directory that holds none."""
    from .sources import SUFFIXES, iter_files

    out = []
    for f in files:
        found = [str(p) for p in iter_files([f])]
        if not found:
            raise InputError(f"no resolution files ({', '.join(SUFFIXES)}) in this directory", path=f)
        out.extend(found)
    return out


def _receiver(query: str, items) -> str | None:
    """The actor key of the receiver ``mandates --to`` names among the receivers of the reports ``items`` ask for, read
    as ``--actor`` reads a name (a short form, "ECOSOC", "HRC", said on stderr where it is short for others too; an
    alias; a typo: ``mandates.resolve_query_keys``); None, said on stderr with the nearest receivers, when no report
    of ``items`` goes to it."""
    from . import mandates
    from .mandates.reports import receiver_key
    from .render.text import counted

    names: dict[str, str] = {}  # receiver key -> its name as the rows write it
    reports: Counter[str] = Counter()  # receiver key -> the reports to it
    for m in items:
        for r in m.reports if m.kind == "mandate" else ():
            names.setdefault(receiver_key(r), r.to)
            reports[receiver_key(r)] += 1
    reading = mandates.short_form(query)
    if reading and reading[1]:
        print(f"resparse: --to {query!r} is read as the {reading[0]}; also short for: {'; '.join(reading[1])}",
              file=sys.stderr)
    wanted = mandates.resolve_query_keys(reading[0] if reading else query, set(names))
    if wanted in names:
        return wanted
    # the receivers there are, most reports first (a nearest name by shared words would offer "Economic and Social
    # Council" for "Security Council")
    most = [f"{names[k]} ({n})" for k, n in reports.most_common(8)]
    print(f"resparse: no report asked for goes to {query!r}" + (
        f"; the receivers of the {counted(sum(reports.values()), 'report')} asked for: {', '.join(most)}"
        + (f" and {counted(len(reports) - len(most), 'other')}" if len(reports) > len(most) else "")
        if reports else "; no report is asked for"), file=sys.stderr)
    return None


def cmd_mandates(args: argparse.Namespace) -> int:
    from . import mandates
    from .render import mandates as render_mandates
    from .render.output import write_atomic
    from .render.text import counted

    if args.groups and not args.actor:
        raise InputError("--groups needs --actor: the groups of which actor?")
    if args.timeline and args.to is not None:
        raise InputError("--to keeps the reports due to a body (--reports), not the deadlines of --timeline")
    if args.to is not None or (args.year is not None and not args.timeline):
        # the receiver and the year filter the reports the mandates ask for: they ask for --reports (and --session N
        # beside them is the session the reports are due at, as with --reports); --timeline --year Y keeps the
        # timeline's rows dated in Y, reports or not (a fresh-user trial, the thirty-first session: it was refused)
        args.reports = True
    # --session N without --reports: the mandates of the resolutions adopted at the Nth session (by symbol,
    # A/RES/N/...); with --reports, the reports due at the Nth session (a new-user trial, 2026-12-04: "--db --session
    # 79 --csv" was refused, "--session needs --reports", where the user wanted the mandates of session 79)
    adopted, args.session = (args.session, None) if args.session is not None and not args.reports else (None, args.session)
    if args.verb:
        read_as = mandates.verb_reading(args.verb)  # "asks" is the verb "requests": said, as a short form is
        if read_as:
            print(f"resparse: verb {args.verb!r} is read as {read_as!r}", file=sys.stderr)
        elif strength := mandates.intensified(args.verb):  # "strongly urges": the rows whose verb is written so
            print(f"resparse: verb {args.verb!r} is read as {mandates.normalize_verb(args.verb)!r} written with "
                  f"{' and '.join(map(repr, strength))}: only the mandates whose verb the text writes so", file=sys.stderr)
    asked = args.actor  # as the user wrote it: a short form ("SG", "ODA") is read as its actor, and said so
    reading = mandates.short_form(args.actor) if args.actor else None
    if reading:
        args.actor, others = reading
        if others:
            print(f"resparse: {asked!r} is read as the {args.actor}; also short for: {'; '.join(others)}",
                  file=sys.stderr)
    items = []
    symbols: list[str] = []
    titles: dict[str, str | None] = {}  # symbol -> title, for the renewals of reports
    read = []  # the resolutions read from files, for the renewals their paragraphs cite
    if args.db:
        from . import corpus

        if args.files:
            raise InputError("give resolution files or --db, not both")
        reports = args.reports or args.session is not None
        paths = []
        # the resolutions the query reads: named by the summary line, as it names the files read (they were its
        # rows' own documents only, none where no row answered: an empty name before ": 0 dated mandates")
        titles = corpus.titles(args.db)
        symbols = list(titles)
        items = (corpus.mandate_rows(args.db, args.actor) if args.actor
                 else corpus.report_rows(args.db) if reports else corpus.timeline_rows(args.db) if args.timeline
                 else corpus.all_rows(args.db, each=lambda rows: progress_bar("reading", len(rows), rows, unit="row")))
        # (every row: as the help says, all mandates grouped by actor; read back with progress, as actors --db)
    else:
        started = time.monotonic()
        loaded = load_each(args.files)
        paths = _inputs(_expand(args.files) if args.files else None)
        also = (args.actor,) if args.actor else ()
        for f, res in progress_bar("mandates", len(loaded), loaded):
            symbols.append(res.symbol or f or "<default>")
            titles[symbols[-1]] = res.title
            read.append(res)
            # as corpus build stores them (every State's mentions too), so that the files and --db give the same rows
            items.extend(mandates.extract(res, also=also, states=True))
        _suggest_db(args.files, len(loaded), time.monotonic() - started)
    if adopted is not None:
        from .graph import session_of

        of_session = [s for s in symbols if session_of(s) == adopted]
        if not of_session:
            print(f"resparse: none of the {counted(len(symbols), 'resolution')} read was adopted at session "
                  f"{adopted} (--session without --reports: the resolutions A/RES/{adopted}/...; with --reports: "
                  f"the reports due at that session)", file=sys.stderr)
            return EXIT_FINDINGS
        print(f"resparse: the mandates of the {counted(len(of_session), 'resolution')} of session {adopted} "
              f"(A/RES/{adopted}/...; --reports --session {adopted}: the reports due at session {adopted})",
              file=sys.stderr)
        symbols = of_session
        items = [x for x in items if session_of(x.document or "") == adopted]
    to = None  # the receiver --to names, by its actor key (as --actor resolves a name: aliases, short forms, typos)
    if args.to is not None:
        to = _receiver(args.to, items)
        if to is None:
            return EXIT_FINDINGS
    matches = mandates.select(items, actor=args.actor, verb=args.verb, timeline=args.timeline,
                              reports=args.reports, session=args.session, year=args.year, to=to)
    dated_in = f" in {args.year}" if args.timeline and not args.reports and args.year is not None else ""
    if args.actor and reading is None:
        _short_for_several(args, asked, items)
    # an actor's own rows; those that reach it only as a group or whole it belongs to ("the Secretariat" for the
    # Office for Disarmament Affairs) are listed with --groups, counted otherwise; --json has both, marked
    own, by_group = mandates.own_and_groups(matches)
    chosen = [x.mandate for x in (matches if args.groups or not args.actor else own)]
    if args.actor and by_group and not args.groups and (args.csv or args.timeline or args.reports
                                                        or args.session is not None) and not args.json:
        # --timeline and --reports count the group's rows they keep (dated, asking for a report): said so, with the
        # count of the plain answer beside it, which differed with no word of why (a fresh-user trial, 2026-12-03)
        narrowed = args.timeline or args.reports or args.session is not None
        kept = ("that ask for a report" + render_mandates.report_filter_words(
                    args.session, args.year, to and render_mandates.receiver_name(to))
                if args.reports or args.session is not None else "with a deadline" + dated_in if args.timeline else "")
        in_all = mandates.own_and_groups(mandates.select(items, actor=args.actor, verb=args.verb))[1] if narrowed else {}
        for name, rows in by_group.items():
            print(f"resparse: {render_mandates.group_line(name, rows, kept=kept, of=in_all.get(name))}",
                  file=sys.stderr)
    report_table = args.reports or args.session is not None  # --csv: one row per report asked for
    renewed = None  # a report asked again by a later resolution: the later mandate, by id of the earlier
    if report_table or args.timeline:
        from .mandates.reports import recalled_in, renewals, renewed_in

        if args.db:
            from .corpus import recalled_documents, renewed_citations
            cited, recalled = renewed_citations(args.db), recalled_documents(args.db)
        else:
            cited, recalled = renewed_in(read, items), recalled_in(read, items)
        renewed = renewals(items, titles, cited=cited, recalled=recalled)
        if report_table and (args.session is not None or args.year is not None):  # a report asked again by a later
            # request due then:
            # counted once, said so
            due = render_mandates.asked(chosen if args.csv else render_mandates.one_row_each(chosen)[0], args.session,
                                        year=args.year, to=to)
            if left := render_mandates.superseded(due, args.session, renewed, args.year, to):
                when = "at the same session" if args.session is not None else "due at the same date that year"
                option = "--session" if args.session is not None else "--year"
                print(f"resparse: {counted(len(left), 'superseded request')} left out: each asks for a report a later "
                      f"resolution asks for again {when}, listed once as the later request (without "
                      f"{option} the earlier row says \"renewed by\")", file=sys.stderr)
    if args.csv == "-":
        sys.stdout.write(render_mandates.csv_text(chosen, report_table, args.session, renewed, args.year, to))
        if (report_table or args.timeline) and not chosen:  # as the listing and --csv PATH: exit 1, said on stderr
            _none_left(args, report_table, to)
            return EXIT_FINDINGS
        return EXIT_OK
    if args.csv:
        write_atomic(args.csv, render_mandates.csv_text(chosen, report_table, args.session, renewed, args.year, to),
                     paths, force=args.force)
        n = len(render_mandates.asked(chosen, args.session, renewed, args.year, to)) if report_table else len(chosen)
        print(f"resparse: wrote {counted(n, 'row')} to {args.csv}", file=sys.stderr)
    if args.json:
        rows = []
        # with --session, a mandate whose every report due then a later request asks for again is left out, as the
        # listing and the CSV leave it (``render_mandates.superseded``; said on stderr above)
        gone = render_mandates.superseded_mandates([x.mandate for x in matches], args.session, renewed, args.year,
                                                   to) if report_table and (
            args.session is not None or args.year is not None) else set()
        for x in matches:
            if id(x.mandate) in gone:
                continue
            row = x.mandate.to_dict()
            if args.actor:
                row["relation"] = x.relation
                if x.under:  # "part", "group member": the whole or group asked for
                    row["under"] = x.under
                if x.relation == "group":  # the group or whole, addressed, that the actor asked for belongs to
                    row["group"] = mandates.group_name(x)
            rows.append(row)
        if args.timeline:
            rows.sort(key=lambda r: (r["deadline"]["date"] is None, r["deadline"]["date"] or ""))
        print_json(rows)
    elif args.csv:
        pass  # the file written, said on stderr: no listing on stdout, with --reports and --timeline as without them
    elif report_table or args.timeline:
        held = symbols
        if args.actor or args.verb:
            # the resolutions that hold the actor's (or verb's) rows, dated or asking for a report or not, as the
            # plain answer counts them (a re-trial, 2026-12-04: "902 resolutions: 1 date" of --db --actor "Economic
            # Commission for Africa" --timeline beside the answer's "15 resolutions"; a new-user trial, the thirtieth
            # session: "902 resolutions: 11 reports asked for" of --actor "High Commissioner for Human Rights")
            every = mandates.select(items, actor=args.actor, verb=args.verb)
            mine = every if args.groups or not args.actor else mandates.own_and_groups(every)[0]
            # none: every resolution read, never an empty name (tests/test_corpus.py)
            held = list(dict.fromkeys(x.mandate.document or "?" for x in mine or every)) or symbols
        if report_table:
            print(render_mandates.reports(chosen, held or None, args.session, renewed, args.year, to))
        else:
            print(render_mandates.timeline(chosen, renewed, held or None, year=args.year))
    elif args.actor:
        if matches:
            # the name the table gives the query ("ECE" -> "Economic Commission for Europe"), else the actor of a
            # direct match (an actor outside the table, as written)
            # (the first match's actor only when every direct match is that actor: "States parties" finds the
            # parties to many treaties, each listed under the head, ``render_mandates.summary``)
            direct = {x.mandate.actor for x in matches if x.relation == "direct"}
            found = mandates.query_names(asked if reading is None else args.actor) or (
                args.actor if reading is not None else None) or (
                matches[0].mandate.actor if matches[0].relation == "direct" and len(direct) == 1 else None)
            typo = mandates.typo_reading(args.actor, {m.actor_key for m in items}) if reading is None else None
            print(render_mandates.lookup(matches, asked, typo or found, groups=args.groups, read_as=bool(typo)))
    else:
        print(render_mandates.by_actor(chosen, symbols or None))
    if (args.actor or args.verb) and not matches:
        named = args.actor and (mandates.query_names(args.actor) or (args.actor if reading else None))  # "Syria"
        what = " and ".join(x for x in (args.actor and repr(asked) + (f" ({named})" if named else ""),
                                        args.verb and f"verb {args.verb!r}") if x)
        # the actor (or verb) is found, and only --reports, --session or --timeline leave nothing: say that
        found = mandates.select(items, actor=args.actor, verb=args.verb) if report_table or args.timeline else []
        if found:
            none = ("asks for a report" + render_mandates.report_filter_words(
                        args.session, args.year, to and render_mandates.receiver_name(to))
                    if report_table else "has a deadline" + dated_in)
            # counted as the answer's head counts them: the actor's own, then each group it belongs to
            own_found, groups_found = mandates.own_and_groups(found) if args.actor else (found, {})
            counts = "; ".join([("its own: " if args.actor else "") + render_mandates.counts(own_found)] + [
                f"{render_mandates.group_label(name, rows)}: {render_mandates.counts(rows)}"
                for name, rows in groups_found.items()])
            print(f"resparse: {what}: {counts}; none of which {none}"
                  + render_mandates.mentions_hint(own_found if args.actor else found, args.actor,
                                                  "--timeline" if args.timeline and not report_table
                                                  else "--reports" if args.reports else "--session"),
                  file=sys.stderr)
            return EXIT_FINDINGS
        if args.actor and args.verb:
            # the actor has rows, none with this verb: said so with the verbs it has, not another actor suggested
            # ("Secretary General" --verb decides of 78/128 named "Secretary-General of the Conference")
            found = mandates.own_and_groups(mandates.select(items, actor=args.actor))[0]
            if found:
                who = named or Counter(x.mandate.actor for x in found).most_common(1)[0][0]
                print(f"resparse: {render_mandates.verb_absent(found, who, args.verb)}", file=sys.stderr)
                return EXIT_FINDINGS
        names = corpus.actor_names(args.db) if args.db and args.actor and not items else items
        near = mandates.nearest_actors(args.actor, names) if args.actor and names else []
        hint = f"; nearest actors: {', '.join(near)}" if near else "; no close match among the actors" if (
            args.actor and names) else ""
        if args.verb and not args.actor and not args.db:  # the verbs these files have, most frequent first
            present = Counter(x.verb for x in items if x.kind == "mandate" and x.verb)
            hint += ("; the verbs of their mandates: " + ", ".join(f"{v} ({n})" for v, n in present.most_common())
                     if present else "; they have no mandate")
            verb_name, strength = mandates.normalize_verb(args.verb), mandates.intensified(args.verb)
            if strength and present[verb_name]:  # "strongly urges": the verb is there, never written so
                hint += f" (none of the {verb_name!r} written with {' and '.join(map(repr, strength))})"
        print(f"resparse: no mandate or mention of {what}{hint}", file=sys.stderr)
        return EXIT_FINDINGS
    if (report_table or args.timeline) and not (matches if args.json else chosen):
        _none_left(args, report_table, to)
        return EXIT_FINDINGS  # "--timeline or --reports leaves none of its rows" (the help): "0 reports asked for"
    return EXIT_OK


def _none_left(args: argparse.Namespace, report_table: bool, to: str | None) -> None:
    """On stderr, why ``mandates`` exits 1 when ``--reports`` (``--year``, ``--session``, ``--to``) or ``--timeline``
    leaves no row: "resparse: no report asked for due in 2026 in the resolutions read (exit 1)". The README says this
    exit is said on stderr; it was said on stdout alone ("A/RES/78/2: 0 reports asked for due in 2026", a new-user
    trial, the thirty-first session)."""
    from .render import mandates as render_mandates

    what = ("no report asked for" + render_mandates.report_filter_words(
        args.session, args.year, to and render_mandates.receiver_name(to)) if report_table
        else "no mandate with a deadline" + (f" in {args.year}" if args.year is not None else ""))
    print(f"resparse: {what} in the resolutions read (exit 1)", file=sys.stderr)


def _short_for_several(args: argparse.Namespace, asked: str, items: list) -> None:
    """On stderr, the actors a query written as a short name could stand for when it is several
    (``mandates.short_for_several``: "High Commissioner"), each with its mandates and the query that asks for it;
    the answer itself is the rows that write the short name alone (a new-user trial, the thirtieth session:
    "High Commissioner" answered 0 mandates, 8 mentions, and no word of the 102 mandates of the United Nations High
    Commissioner for Human Rights)."""
    from . import mandates

    if args.db:
        from .corpus import actor_counts

        rows = actor_counts(args.db)
    else:
        tally: dict[tuple[str, str | None], list] = {}
        for m in items:
            row = tally.setdefault((m.actor_key, m.part_of), [m.actor, 0, 0])
            row[1 if m.kind == "mandate" else 2] += 1
        rows = [(k, part_of, *row) for (k, part_of), row in tally.items()]
    several = mandates.short_for_several(asked, {k for k, *_ in rows})
    if not several:
        return
    # each counted as its own answer counts it: its rows, its parts' and its members' (``mandates.OWN``)
    t = mandates.table()
    # (``under`` only for a key that holds the name, or is a part or a group's member: a path of parts or groups)
    linked = [row for row in rows if row[0] in t.parts or t.groups_of(row[0]) or any(k in row[0] for k in several)]
    counts = {k: (next(name for j, _, name, _, _ in rows if j == k),
                  *map(sum, zip(*((n, mentions) for j, part_of, _, n, mentions in linked
                                  if j == k or part_of == k or t.under(j, k))))) for k in several}
    print(f"resparse: {asked!r} is short for {len(several)} actors; the answer below is the rows that write it "
          f"alone; ask for each by its name:", file=sys.stderr)
    ranked = sorted(several, key=lambda k: (-counts[k][1], -counts[k][2], k))  # most mandates, then mentions
    for k in ranked[:_SEVERAL_SHOWN]:
        actor = mandates.table().by_key.get(k)
        # its mandates as its own answer counts them (its mentions, one row per paragraph there, are not summed here)
        name, n, _ = counts[k]
        print(f'  --actor "{actor.name if actor else name}"  ({n} mandate{"s" * (n != 1)})', file=sys.stderr)
    if len(ranked) > _SEVERAL_SHOWN:
        print(f"  and {len(ranked) - _SEVERAL_SHOWN} more (resparse actors lists them all)", file=sys.stderr)


_SEVERAL_SHOWN = 8  # the actors a short name could stand for, listed most mandates first


def cmd_actors(args: argparse.Namespace) -> int:
    from . import mandates
    from .render import mandates as render_mandates
    from .render.text import counted

    if args.db:
        from . import corpus

        if args.files:
            raise InputError("give resolution files or --db, not both")
        documents = list(corpus.titles(args.db))
        # the stored rows read back one by one (24 s over the 902 resolutions, the thirtieth session's trial): counted
        items = corpus.all_rows(args.db, each=lambda rows: progress_bar("reading", len(rows), rows, unit="row"))
    else:
        started = time.monotonic()
        loaded = load_each(args.files or None)
        documents, items = [], []
        for f, res in progress_bar("actors", len(loaded), loaded):
            documents.append(res.symbol or f or "<default>")
            # read as corpus build stores them and as `mandates FILE...` reads them (every State's mentions too), so
            # that the files and --db count the same rows
            items.extend(mandates.extract(res, states=True))
        _suggest_db(args.files, len(loaded), time.monotonic() - started)
    if len(documents) > 1:  # the counts are over all of them: said, as mandates' summary line names them
        print(f"resparse: {counted(len(documents), 'resolution')} read; each actor's counts are over all of them "
              f"(--json: the paragraphs of each)", file=sys.stderr)
    if args.json:
        print_json(render_mandates.actor_rows(items))
    else:
        print(render_mandates.actors(items))
    return EXIT_OK


# ---------------------------------------------------------------- check


def cmd_check(args: argparse.Namespace) -> int:
    from .parse import parse
    from . import bundled_texts
    from . import check as checker
    from . import note as notes
    from .render import check as render_check
    from .render.output import write_atomic as write_file

    args.notes = _once(args.notes)
    read = [notes.read(path) for path in args.notes]  # an unreadable note: InputError, exit 2
    library = checker.Library([parse(p) for p in bundled_texts()])
    for _path, res in load_each(args.against) if args.against else ():
        library.add(res)
    reports = []
    for path, note in zip(args.notes, read):
        for w in note.warnings:
            print(f"{path}: warning: {w}", file=sys.stderr)
        # the quotations compared, as corpus build counts its files: each is looked for in every loaded resolution,
        # tens of seconds for a note of many against a folder of hundreds (a trial of the thirtieth session: no word
        # on stderr while it checked)
        progress = _StageProgress("checking", unit="quotation", every=_LINES_EVERY, leave=False)
        try:
            reports.append(checker.check(note, library, progress))
        finally:
            progress.close()
    if args.html:
        inputs = [*args.notes, *(args.against or ())]
        written = write_file(args.html, render_check.page(read, reports), inputs, force=args.force)
        print(f"resparse: wrote {written}", file=sys.stderr)
    if args.json:
        print_json(render_check.data(reports))
    else:
        for path, report in zip(args.notes, reports):
            for line in render_check.lines(report, path):
                print(line)
        if hint := render_check.not_loaded_hint(reports):  # once, not per finding; stderr ends with the summary
            print(f"resparse: {hint}", file=sys.stderr)
        print(render_check.summary_line(reports), file=sys.stderr)
    return check_exit(reports)


def check_exit(reports) -> int:
    """The exit code of ``check``: 1 (findings) when a finding is an error or a citation was NOT CHECKED (a
    resolution not loaded, a paragraph whose resolution is not clear: ``citations_not_checked``), else 0. A note
    whose six citations were none of them checked exited 0 and passed a script that reads the exit code (a
    new-user trial, 2026-12-04); warnings and the other infos leave it 0."""
    return EXIT_FINDINGS if any(r.counts()["error"] or r.summary()["citations_not_checked"] for r in reports) \
        else EXIT_OK


# ---------------------------------------------------------------- main

def _non_negative(text: str) -> int:
    """argparse type: an integer of 0 or more ("--min-cited -3" is a usage error, exit 2)."""
    try:
        n = int(text)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of 0 or more")
    return n


def _words(text: str) -> str:
    """argparse type: a name with at least one letter or digit (``--actor ''`` matched every actor and exited 0 in
    a fresh-user trial, 2026-12-02: a usage error, exit 2)."""
    if not any(ch.isalnum() for ch in text):
        raise argparse.ArgumentTypeError(f"{text!r} names nothing: an empty name would match every one")
    return text


def _year(text: str) -> int:
    """A calendar year of four digits (``mandates --year``), else a usage error (exit 2)."""
    if not (len(text.strip()) == 4 and text.strip().isascii() and text.strip().isdigit()):
        raise argparse.ArgumentTypeError(f"a year of four digits, e.g. 2026, not {text!r}")
    return int(text)


def _positive(text: str) -> int:
    """argparse type: an integer of 1 or more ("--jobs 0" is a usage error, exit 2)."""
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of 1 or more")
    return n


_BUILT_BY_THIS = "one built by another resparse is refused (exit 2): build it again with 'resparse corpus build'"


def _force_argument(p: argparse.ArgumentParser) -> None:
    """--force of every command that writes a file it is given (``render.output.write_atomic``)."""
    p.add_argument("--force", action="store_true",
                   help="replace a file named for output that exists outside output/ and is not one resparse wrote")


def _db_argument(p: argparse.ArgumentParser, query: bool = True) -> None:
    p.add_argument("--db", type=Path, default=DEFAULT_DB,
                   help=f"corpus database (default: {DEFAULT_DB})" + (f"; {_BUILT_BY_THIS}" if query else ""))


# the FILE argument of every command that reads one resolution
_FILE_HELP = "resolution: the official PDF, its text, markdown or Word .docx (default: the bundled A/RES/71/280)"


def _one_file_command(sub, name: str, func, help: str, description: str, json_help: str) -> argparse.ArgumentParser:
    p = sub.add_parser(name, help=help, description=description)
    p.add_argument("file", nargs="?", metavar="FILE", help=_FILE_HELP)
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(func=func)
    return p


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="resparse",
        description=(
            "Read United Nations General Assembly resolutions (the official PDF, text extracted from it, or its "
            "markdown conversion; English only) and make their structure usable. Without FILE, every command works "
            "on the bundled A/RES/71/280."
        ),
        epilog="Exit codes: 0 fine, 1 findings, 2 bad input or usage. Run 'resparse COMMAND --help' for details.",
    )
    parser.add_argument("--version", action=_Version, help="print the version of resparse and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    parser.commands = sub.choices  # for an option a command does not know: that command's usage, not the top one

    p = _one_file_command(
        sub, "parse", cmd_parse, "the paragraph tree of a resolution",
        "Parse a resolution into preambular paragraphs, operative paragraphs, sub-paragraphs, headings, "
        "annexes and footnotes. Prints an indented outline (label, opening phrase, first words); with --json "
        "the full tree. Anomalies (a number skipped, a letter out of order) are warnings on stderr.",
        "print the tree as JSON on stdout",
    )
    p.add_argument("--paragraph", metavar="LABEL",
                   help='print this paragraph whole, with its sub-paragraphs (with --json: its tree); any spelling of '
                        'the label: "13 (b)", "13(b)", "OP13(b)", "PP3", "annex 49"; an unknown label is an error '
                        '(exit 2) naming the range of its paragraphs')

    p = sub.add_parser(
        "graph",
        help="the cross-reference graph, as a web page, JSON or GraphML",
        description=(
            "Resolve every reference of one or several resolutions into a graph: paragraphs and sub-paragraphs, "
            "footnotes and cited documents as nodes; contains, refers_to, cites and footnote edges. A citation of "
            "a resolution given on the same command line links to it and to the paragraph it names. Without "
            "options writes a self-contained page (output/<symbol>.html) and prints its path and a summary. The "
            "page shows the paragraphs in reading order with the references as edges (a 'raw graph' box shows the "
            "hierarchy edges too), a search by label (23, 22 (a), annex 50) or words, a reading panel with the "
            "text, footnotes and references of the node clicked, filters, and a sortable reference table. The page "
            "of several resolutions opens on one node per resolution (and the documents two or more of them cite), "
            "the citations between them as edges; a double-click opens one into its paragraphs. --json and "
            "--graphml hold every paragraph."
        ),
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="resolutions: official PDFs, texts or markdown, or folders of them (default: the bundled A/RES/71/280)")
    p.add_argument("--json", action="store_true", help="print NetworkX node-link JSON (nodes, edges) on stdout")
    p.add_argument("--graphml", metavar="PATH", help="write GraphML (Gephi, yEd) to PATH")
    _force_argument(p)
    p.add_argument("--html", metavar="PATH",
                   help="write the page to PATH (default output/<symbol>.html, with --mandates "
                        "output/<symbol>.mandates.html, with --db output/corpus-citations.html)")
    p.add_argument(
        "--mandates", action="store_true", help="add the actors and a 'mandates' edge from each paragraph that asks one to act"
    )
    p.add_argument("--db", type=Path, help=f"draw the citation graph between the documents of a corpus database instead; {_BUILT_BY_THIS}")
    p.add_argument(
        "--min-cited", type=_non_negative, metavar="N",
        help=f"with --db: leave out documents outside the corpus cited fewer than N times (default: {MIN_CITED})",
    )
    p.add_argument("--most-cited", type=_non_negative, metavar="N",
                   help="with --db: the page draws the N documents outside the corpus that most of its resolutions "
                        f"cite (default: {MOST_CITED})")
    p.add_argument("--centre", "--center", metavar="SYMBOL",
                   help="with --db: the page draws SYMBOL (70/1, A/RES/70/1, A/78/10), what it cites and what cites it")
    p.add_argument("--session", type=_non_negative, action="append", metavar="N",
                   help="with --db: the page draws the resolutions of session N (again for several) and what they cite")
    p.set_defaults(func=cmd_graph)

    p = sub.add_parser(
        "akn",
        help="Akoma Ntoso XML of a resolution (AKN4UN), or validate an XML file",
        description=(
            "Write the resolution as Akoma Ntoso 3.0 XML following the AKN4UN guidelines (statement name="
            "'resolution': FRBR URIs, preface, preamble, operative paragraphs, footnotes as authorialNote, "
            "citations as ref/mref/rref, conclusions, annexes as attachments); default output/<symbol>.xml, "
            "written atomically, never over an input. With --validate, check FILE.xml against the OASIS schema "
            "(akomantoso30.xsd) and print each error with its line; exit 1 when invalid. 'resparse parse FILE.xml' "
            "(and graph, mandates, check --against) read such a file back."
        ),
    )
    p.add_argument("file", nargs="?", metavar="FILE", help="resolution text or XML (default: the bundled A/RES/71/280)")
    p.add_argument("-o", "--output", metavar="PATH", help="write the XML to PATH (- for stdout)")
    _force_argument(p)
    p.add_argument("--validate", action="store_true", help="validate FILE (Akoma Ntoso XML) against the schema")
    p.add_argument("--json", action="store_true", help="the file written (or with --validate the result) as JSON")
    p.set_defaults(func=cmd_akn)

    _one_file_command(
        sub, "refs", cmd_refs, "every reference found in a resolution",
        "List every reference of a resolution (paragraphs, footnotes): citing paragraph, phrase, target, kind "
        "(internal, external, self, term) and status (ok, external, self, missing, direction, unresolved). "
        "Missing targets and wrong above/below are warnings on stderr.",
        "print the references as JSON on stdout",
    )

    p = sub.add_parser(
        "corpus",
        help="many resolutions in an SQLite database",
        description="Parse many resolution files in parallel into an SQLite database, and report on it.",
    )
    csub = p.add_subparsers(dest="corpus_command", metavar="ACTION", parser_class=_Parser, required=True)
    b = csub.add_parser(
        "build",
        help="parse files into the database",
        description=(
            "Parse every *.txt/*.md/*.pdf file under DIR (or each FILE) with a process pool into an SQLite database: "
            "documents, paragraphs (with a full-text index), footnotes and the consistency of each document. "
            "Re-running updates changed files only; a database built by another resparse (another version, or "
            "other code, grammars or data) is read again whole, with a warning. A file that fails is recorded with "
            "its error; a file that is no resolution (no symbol A/RES/..., e.g. a README) is skipped with a note, "
            "not stored, not a failure."
        ),
    )
    b.add_argument("dirs", nargs="+", metavar="DIR", help="directories or files of resolutions (text or PDF)")
    _db_argument(b, query=False)
    b.add_argument("--jobs", type=_positive, default=None, help="worker processes, 1 or more (default: the number of cores)")
    b.add_argument("--quiet", action="store_true", help="no progress bar")
    b.add_argument("--json", action="store_true", help="print the summary as JSON")
    b.add_argument("--akn", metavar="DIR", type=Path, help="also write the Akoma Ntoso XML of every consistent document to DIR")
    b.set_defaults(func=cmd_corpus_build)
    r = csub.add_parser("report", help="counts, consistency rate, failures by cause",
                        description="What a corpus database holds: its documents (parsed, failed; a copy of a "
                        "resolution already stored is counted among the documents rows, not as a document), the "
                        "consistency rate and the inconsistent documents by cause, the rows of each table, the "
                        "failed files by cause.")
    _db_argument(r)
    r.add_argument("--json", action="store_true", help="print the report as JSON")
    r.set_defaults(func=cmd_corpus_report)
    t = csub.add_parser(
        "tables",
        help="the tables of the stored resolutions, with their rows",
        description=(
            "List the tables of the resolutions in the database (staffing tables, budget tables, a scale of "
            "assessments): the document, where each stands (its annex, the paragraph it follows), its lines, and "
            "its rows and columns, or its cells and why its rows were not recovered. With SYMBOL, that document's "
            "tables with their rows, one a line, cells separated by ' | '."
        ),
    )
    t.add_argument("symbol", nargs="?", metavar="SYMBOL", help="one document's tables: A/RES/79/253 or 79/253")
    _db_argument(t)
    t.add_argument("--json", action="store_true", help="print the tables (rows, cells, notes) as JSON")
    t.set_defaults(func=cmd_corpus_tables)

    p = sub.add_parser(
        "search",
        help="full-text search of paragraphs in a corpus database",
        description="Search paragraph text in a corpus database (SQLite FTS5, ranked by bm25); words must all occur, "
        "the paragraphs that hold them in order first; a quoted phrase must occur as written. Says how many of "
        "how many paragraphs it lists (--limit).",
    )
    p.add_argument("query", help='words, or a "quoted phrase"')
    _db_argument(p)
    p.add_argument("--limit", type=_positive, default=20, help="at most this many paragraphs, 1 or more (default: 20)")
    p.add_argument("--json", action="store_true", help="print the hits as JSON")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser(
        "mandates",
        help="who is asked to do what, by when",
        description=(
            "The mandates of the operative part: for each clause the operative verb, the actor addressed, the action "
            "and the deadline. Without --actor, all mandates grouped by actor; with --actor, the mandates on that "
            "actor (aliases, plurals and case do not matter; its parts and members count), strongest verb first, "
            "then the paragraphs that only mention it, and a count of the rows addressed to a group or whole it "
            "belongs to (--groups lists them). Exit 1 when --actor, --verb or --to matches nothing, or when "
            "--timeline or --reports (with --session, --to, --year) leaves none of its rows."
        ),
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="resolutions: official PDFs, texts or markdown, or folders of them (default: the bundled A/RES/71/280)")
    p.add_argument("--actor", metavar="TEXT", type=_words, help='an actor, e.g. "regional commissions", "Secretary-General"')
    p.add_argument("--verb", metavar="VERB", type=_words, help='only this operative verb, e.g. "requests", "calls upon"')
    p.add_argument("--groups", action="store_true",
                   help="with --actor: also list the rows addressed to a group or whole the actor belongs to (the "
                        "Secretariat for one of its offices, the regional commissions for one commission), which "
                        "are otherwise counted a line per group; --json always has them, with \"relation\": \"group\"")
    p.add_argument("--json", action="store_true",
                   help="print a JSON list of mandates (and mentions) on stdout: a row per name, where the listing "
                        "counts a mandate once (a group and a member named in its list, two names of one actor; "
                        "the summary line says \"(N rows)\" when they differ)")
    p.add_argument("--csv", metavar="PATH",
                   help="write the rows as CSV to PATH (atomically; never an input file; - for stdout; UTF-8 without a "
                        "byte-order mark: in Excel use Data > From Text/CSV, UTF-8): a row per name, as --json")
    _force_argument(p)
    p.add_argument("--timeline", action="store_true",
                   help="the mandates with a deadline, in order of date (a row for each report's time), each row followed "
                        "by the start of its action; with --year YYYY only the rows dated in that year, reports or not")
    p.add_argument("--reports", action="store_true",
                   help="the reports the mandates ask for (to whom, when, how often), in order of when they are due; "
                        "with --csv one row per report, with receiver, channel, due_session (the first session it "
                        "is due at), recurrence, due_sessions (every session it is due at), due_dates (every date "
                        "the text names, of any body: 2025 2026 2027) and, with --session N, session (N) columns; a "
                        "report due at two or more named dates is listed at each")
    p.add_argument("--session", type=int, metavar="N",
                   help="only the resolutions adopted at the Assembly's Nth session (A/RES/N/..., e.g. 79); with "
                        "--reports: the reports due at the Nth session, whichever session asked for them")
    p.add_argument("--to", metavar="BODY",
                   help="only the reports to this receiver, e.g. \"Economic and Social Council\" or ECOSOC (read as "
                        "--actor reads a name; the receiver, not a channel the report goes through); implies --reports")
    p.add_argument("--year", type=_year, metavar="YYYY",
                   help="only the reports due in this calendar year, first or as a recurrence, dated as --reports "
                        "dates them: a report due at or during an Assembly session is due when the session opens, in "
                        "September (at the eightieth: 2025-09), one due by or no later than a session when it closes, "
                        "the next September (no later than the eighty-first: 2027-09; docs/mandates.md); a series to "
                        "another body with no start written, each year after the adoption's, marked *; implies "
                        "--reports, except beside --timeline: there the mandates with a deadline or report dated in "
                        "that year as --timeline dates its rows")
    p.add_argument("--db", type=Path, help=f"query a corpus database (resparse corpus build) instead of files; {_BUILT_BY_THIS}")
    p.set_defaults(func=cmd_mandates)

    p = sub.add_parser(
        "cited-by",
        help="which paragraphs of a corpus cite a resolution (or one of its paragraphs)",
        description="The paragraphs of the resolutions in a corpus database that cite SYMBOL (A/RES/71/280, 71/280), "
        "or with --paragraph that paragraph of it, with the citing phrase. A part of a resolution adopted in parts "
        "is written as the UN writes it, its letter after a space (\"A/RES/77/263 B\", \"77/263 B\"): its citations "
        "are those of that part and of the resolution cited whole; those of a resolution include those of each of "
        "its parts.",
    )
    p.add_argument("symbol", metavar="SYMBOL",
                   help='the cited resolution: A/RES/71/280 or 71/280; a part: "A/RES/77/263 B" or "77/263 B"')
    p.add_argument("--paragraph", metavar="LABEL", help='a paragraph of it: "22 (a)", "OP22(a)", "annex 49"')
    _db_argument(p)
    p.add_argument("--json", action="store_true", help="print the rows as JSON")
    p.set_defaults(func=cmd_cited_by)

    p = sub.add_parser(
        "actors",
        help="the actors a resolution addresses, with counts",
        description="Every actor mandated or mentioned in the operative part, with counts of mandates (of which "
        "passive), mentions and verbs; over several files or a corpus database (--db), each actor's counts over "
        "all of them.",
    )
    p.add_argument("files", nargs="*", metavar="FILE",
                   help="resolutions: official PDFs, texts or markdown, or folders of them (default: the bundled "
                        "A/RES/71/280)")
    p.add_argument("--db", type=Path, help=f"count over a corpus database (resparse corpus build) instead of files; "
                                           f"{_BUILT_BY_THIS}")
    p.add_argument("--json", action="store_true", help="print the list as JSON on stdout")
    p.set_defaults(func=cmd_actors)

    p = sub.add_parser(
        "check",
        help="check the citations and quotations of a draft note",
        description=(
            "Check a draft note (Markdown, plain text or .docx) against resolutions: every cited paragraph, "
            "sub-paragraph and member of a range exists, every quotation and reproduced paragraph matches its "
            "paragraph, titles match, and verbs the note ascribes to a paragraph are the paragraph's. Checks "
            "against the bundled texts and any --against files. Prints one line per finding, like a linter "
            "(FILE:LINE:COL: severity CODE message); a .docx note's lines are its paragraph numbers. "
            "Exit 0 when every citation was checked and none has an error, 1 when one has an error or a citation "
            "was NOT CHECKED (its resolution not loaded: give it with --against), 2 for unreadable input."
        ),
    )
    p.add_argument("notes", nargs="+", metavar="NOTE", help="draft notes: .md, .txt, .docx or PDF")
    p.add_argument(
        "--against",
        nargs="+",
        action="extend",
        metavar="FILE",
        help="more resolutions (PDF or text) to check against; repeat the option or list several files after it "
        "(--against A --against B and --against A B load both)",
    )
    p.add_argument("--json", action="store_true", help="print findings and a summary as JSON on stdout")
    p.add_argument("--html", metavar="PATH", help="write the note as a page with every citation highlighted")
    _force_argument(p)
    p.set_defaults(func=cmd_check)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line. With ``--json`` every outcome is JSON on stdout, an error too: ``{"error": LINE}``, the
    one line also printed on stderr (bad input or usage, exit 2), for every subcommand alike."""
    parser = build_parser()
    wants_json = "--json" in (sys.argv[1:] if argv is None else argv)
    try:
        args, unknown = parser.parse_known_args(argv)
        if unknown:
            command = parser.commands.get(getattr(args, "command", None) or "")
            (command or parser).error(f"unrecognized arguments: {' '.join(unknown)}")
    except _UsageError as exc:
        if wants_json:
            print_json({"error": exc.line})
        raise
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    # stdout a line at a time, so the messages on stderr come after the lines printed before them when both go to one
    # file (``2>&1``): a file or pipe holds stdout in blocks, and the summary of ``check`` (stderr, last) was written
    # first, or inside a finding's line where a block ended ("... of the adopted text1 error, 0 warnings", a re-trial,
    # 2026-12-04); each line already ended with its newline
    if callable(getattr(sys.stdout, "reconfigure", None)):
        sys.stdout.reconfigure(line_buffering=True)
    try:
        return args.func(args)
    except ResparseError as exc:
        print(exc.one_line(), file=sys.stderr)
        if getattr(args, "json", False):
            print_json({"error": exc.one_line()})
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("resparse: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
