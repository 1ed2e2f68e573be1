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
from .references import problems, resolve
from .render.text import outline, reference_table

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


# ---------------------------------------------------------------- graph and refs


def cmd_graph(args: argparse.Namespace) -> int:
    from . import graph as graphs  # networkx: imported only for this command
    from .render.html import render_html
    from .render.output import default_path, write_atomic

    files = args.files or [None]
    resolutions = [load(f) for f in files]
    refs = {}
    for f, res in zip(files, resolutions):
        refs[graphs.resolution_id(res)] = resolve(res)
        warn_references(f or res.symbol or "<default>", refs[graphs.resolution_id(res)])
    g = graphs.build_graph(resolutions, references=refs)
    inputs = [f for f in files if f]
    if args.graphml:
        write_atomic(args.graphml, graphs.to_graphml(g), inputs)
    if args.json:
        print_json(graphs.to_json(g))
    out = sys.stderr if args.json else sys.stdout  # stdout holds only the JSON when --json is given
    written = []
    if args.html or not (args.json or args.graphml):
        if args.html:
            path = Path(args.html)
        else:
            path = default_path(resolutions[0].symbol if len(resolutions) == 1 else "graph", ".html")
        title = " · ".join(r.symbol or "?" for r in resolutions)
        if len(resolutions) == 1 and resolutions[0].title:
            title += f": {resolutions[0].title}"
        written.append(write_atomic(path, render_html(g, title), inputs))
    if args.graphml:
        written.append(Path(args.graphml))
    for path in written:
        print(path, file=out)
    if written:
        print(graphs.summary(g), file=out)
    return EXIT_OK


def warn_references(where: str, refs) -> None:
    for w in problems(refs):
        print(f"{where}:{w.line}: warning: {w.message}", file=sys.stderr)


def cmd_refs(args: argparse.Namespace) -> int:
    res = load(args.file)
    refs = resolve(res)
    warn_references(args.file or res.symbol or "<default>", refs)
    if args.json:
        print_json({"symbol": res.symbol, "references": [r.to_dict() for r in refs]})
    else:
        print(reference_table(res, refs))
    return EXIT_OK


# ---------------------------------------------------------------- main

def _one_file_command(sub, name: str, func, help: str, description: str, json_help: str) -> None:
    p = sub.add_parser(name, help=help, description=description)
    p.add_argument("file", nargs="?", metavar="FILE", help="resolution text (default: the bundled A/RES/71/280)")
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(func=func)


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

    _one_file_command(
        sub, "parse", cmd_parse, "the paragraph tree of a resolution",
        "Parse a resolution into preambular paragraphs, operative paragraphs, sub-paragraphs, headings, "
        "annexes and footnotes. Prints an indented outline (label, opening phrase, first words); with --json "
        "the full tree. Anomalies (a number skipped, a letter out of order) are warnings on stderr.",
        "print the tree as JSON on stdout",
    )

    p = sub.add_parser(
        "graph",
        help="the cross-reference graph, as a web page, JSON or GraphML",
        description=(
            "Resolve every reference of one or several resolutions into a graph: paragraphs and sub-paragraphs, "
            "footnotes and cited documents as nodes; contains, refers_to, cites and footnote edges. A citation of "
            "a resolution given on the same command line links to it and to the paragraph it names. Without "
            "options writes a self-contained page (output/<symbol>.html) and prints its path and a summary."
        ),
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="resolution texts (default: the bundled A/RES/71/280)")
    p.add_argument("--json", action="store_true", help="print NetworkX node-link JSON (nodes, edges) on stdout")
    p.add_argument("--graphml", metavar="PATH", help="write GraphML (Gephi, yEd) to PATH")
    p.add_argument("--html", metavar="PATH", help="write the page to PATH (default output/<symbol>.html)")
    p.set_defaults(func=cmd_graph)

    _one_file_command(
        sub, "refs", cmd_refs, "every reference found in a resolution",
        "List every reference of a resolution (paragraphs, footnotes): citing paragraph, phrase, target, kind "
        "(internal, external, self, term) and status (ok, external, self, missing, direction, unresolved). "
        "Missing targets and wrong above/below are warnings on stderr.",
        "print the references as JSON on stdout",
    )
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
