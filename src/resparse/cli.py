"""Command line: arguments -> stages -> output. No logic of its own.

Every subcommand takes an optional resolution file and defaults to the bundled A/RES/71/280. ``--json`` prints
machine-readable output on stdout; messages go to stderr. Exit codes: 0 fine, 1 findings, 2 bad input or usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import default_text
from .errors import ResparseError
from .model import Resolution
from .parse import parse
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
