"""Lark's public API where it serves, its insides read in one place (the twenty-third session, branch design23):
``addressees.opens`` asks the interactive parser (``Lark.parse_interactive(...).choices()``), and only
``grammars._inside`` reads the parser's table and contextual lexers, which no public API gives (its docstring says
why)."""

import re
from pathlib import Path

import resparse
from resparse.mandates.addressees import _parser, opens

SRC = Path(resparse.__file__).parent
# what reads Lark's insides: the front end's parser and lexer objects, the LALR modules, a scanner's patterns
_INSIDES = re.compile(r"\.parser\.parser\b|\.parser\.lexer\b|lark\.parsers\b|\._mres\b|\.lexer_conf\b|parse_table")


def test_opens_is_what_lark_accepts_first():
    # the first tokens of each start symbol of grammar/clauses.lark, by Lark's accepts() (each token fed to a copy
    # of the parser): the same set as the table's actions that opens() reads by choices()
    parser = _parser()
    for start in parser.options.start:
        accepted = parser.parse_interactive(start=start).accepts() - {"$END"}
        assert opens(start) == accepted, start
    assert {"NOT", "BY"} <= opens("item") and "PHRASE" in opens("addressees")


def test_lark_insides_are_read_in_one_place():
    readers = {}
    for path in sorted(SRC.rglob("*.py")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if _INSIDES.search(code) and not code.lstrip().startswith(("\"", "'", "-", ":")):
                readers.setdefault(path.relative_to(SRC).as_posix(), []).append(n)
    assert list(readers) == ["grammars.py"], readers
