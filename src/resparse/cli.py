"""Command line: arguments -> stages -> output. No logic of its own.

Every subcommand takes an optional resolution file and defaults to the bundled A/RES/71/280. ``--json`` prints
machine-readable output on stdout; messages go to stderr. Exit codes: 0 fine, 1 findings, 2 bad input or usage.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from . import default_text, mandates
from .errors import InputError, ResparseError
from .model import Resolution
from .parse import parse
from .render import mandates as render_mandates
from .render.text import outline

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # usage errors: one line, exit 2
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def load(path: str | None, quiet: bool = False) -> Resolution:
    """Parse FILE (or the bundled default) and print its warnings on stderr."""
    res = parse(Path(path) if path else default_text())
    if not quiet:
        where = path or res.symbol or "<default>"
        for w in res.warnings:
            loc = f"{where}:{w.line}" if w.line else where
            print(f"{loc}: warning: {w.message}", file=sys.stderr)
    return res


def print_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


# ---------------------------------------------------------------- parse


def cmd_parse(args: argparse.Namespace) -> int:
    res = load(args.file)
    if args.json:
        print_json(res.to_dict())
    else:
        print(outline(res))
    return EXIT_OK


# ---------------------------------------------------------------- mandates, actors


def write_atomic(path: str, text: str, inputs: list[Path]) -> None:
    """Write ``text`` to ``path`` through a temporary file and os.replace; never over an input file."""
    target = Path(path)
    if target.is_dir():
        raise InputError("is a directory, not a file to write", path=path)
    if any(target.exists() and target.resolve() == p.resolve() for p in inputs):
        raise InputError("is one of the input files; choose another output file", path=path)
    folder = target.resolve().parent
    if not folder.is_dir():
        raise InputError(f"no such directory: {folder}", path=path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _inputs(files: list[str] | None) -> list[Path]:
    return [Path(f) for f in files] if files else [default_text()]


def cmd_mandates(args: argparse.Namespace) -> int:
    paths = _inputs(args.files)
    also = (args.actor,) if args.actor else ()
    items = []
    for path in paths:
        res = load(str(path) if args.files else None)
        items.extend(mandates.extract(res, also=also))
    matches = mandates.lookup(items, actor=args.actor, verb=args.verb)
    if args.timeline:
        matches = [x for x in matches if x.mandate.kind == "mandate" and x.mandate.deadline]
    elif not args.actor:
        matches = [x for x in matches if x.mandate.kind == "mandate"] if args.verb else matches
    chosen = [x.mandate for x in matches]
    if args.csv:
        write_atomic(args.csv, render_mandates.csv_text(chosen), paths)
        print(f"resparse: wrote {len(chosen)} rows to {args.csv}", file=sys.stderr)
    if args.json:
        rows = []
        for x in matches:
            row = x.mandate.to_dict()
            if args.actor:
                row["relation"] = x.relation
            rows.append(row)
        if args.timeline:
            rows.sort(key=lambda r: (r["deadline"]["date"] is None, r["deadline"]["date"] or ""))
        print_json(rows)
    elif args.timeline:
        print(render_mandates.timeline(chosen))
    elif args.actor:
        if not matches:
            near = mandates.nearest_actors(args.actor, items)
            hint = f"; nearest: {', '.join(near)}" if near else ""
            print(f"resparse: no mandate or mention of {args.actor!r}{hint}", file=sys.stderr)
            return EXIT_FINDINGS
        found = matches[0].mandate.actor if matches[0].relation == "direct" else None
        print(render_mandates.lookup(matches, args.actor, found))
    elif not args.csv:
        print(render_mandates.by_actor(chosen))
    if (args.actor or args.verb) and not matches:
        return EXIT_FINDINGS
    return EXIT_OK


def cmd_actors(args: argparse.Namespace) -> int:
    items = mandates.extract(load(args.file))
    if args.json:
        print_json(render_mandates.actor_rows(items))
    else:
        print(render_mandates.actors(items))
    return EXIT_OK


# ---------------------------------------------------------------- main

def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="resparse",
        description=(
            "Read United Nations General Assembly resolutions (official PDF text or its markdown conversion) and "
            "make their structure usable. Without FILE, every command works on the bundled A/RES/71/280."
        ),
        epilog="Exit codes: 0 fine, 1 findings, 2 bad input or usage. Run 'resparse COMMAND --help' for details.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser(
        "parse",
        help="the paragraph tree of a resolution",
        description=(
            "Parse a resolution into preambular paragraphs, operative paragraphs, sub-paragraphs, headings, "
            "annexes and footnotes. Prints an indented outline (label, opening phrase, first words); with --json "
            "the full tree. Anomalies (a number skipped, a letter out of order) are warnings on stderr."
        ),
    )
    p.add_argument("file", nargs="?", metavar="FILE", help="resolution text (default: the bundled A/RES/71/280)")
    p.add_argument("--json", action="store_true", help="print the tree as JSON on stdout")
    p.set_defaults(func=cmd_parse)

    p = sub.add_parser(
        "mandates",
        help="who is asked to do what, by when",
        description=(
            "The mandates of the operative part: for each clause the operative verb, the actor addressed, the action "
            "and the deadline. Without --actor, all mandates grouped by actor; with --actor, the mandates on that "
            "actor (aliases, plurals and case do not matter; groups that include it count), strongest verb first, "
            "then the paragraphs that only mention it. Exit 1 when --actor or --verb matches nothing."
        ),
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="resolution texts (default: the bundled A/RES/71/280)")
    p.add_argument("--actor", metavar="TEXT", help='an actor, e.g. "regional commissions", "Secretary-General"')
    p.add_argument("--verb", metavar="VERB", help='only this operative verb, e.g. "requests", "calls upon"')
    p.add_argument("--json", action="store_true", help="print a JSON list of mandates (and mentions) on stdout")
    p.add_argument("--csv", metavar="PATH", help="write the rows as CSV to PATH (atomically; never an input file)")
    p.add_argument("--timeline", action="store_true", help="the mandates with a deadline, in order of date")
    p.set_defaults(func=cmd_mandates)

    p = sub.add_parser(
        "actors",
        help="the actors a resolution addresses, with counts",
        description="Every actor mandated or mentioned in the operative part, with counts of mandates (of which "
        "passive), mentions and verbs.",
    )
    p.add_argument("file", nargs="?", metavar="FILE", help="resolution text (default: the bundled A/RES/71/280)")
    p.add_argument("--json", action="store_true", help="print the list as JSON on stdout")
    p.set_defaults(func=cmd_actors)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return args.func(args)
    except ResparseError as exc:
        print(exc.one_line(), file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("resparse: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
