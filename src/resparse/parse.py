"""Parse: load the grammar (LALR, built once), run it over the line tokens, turn Lark's errors into ours."""

from __future__ import annotations

import os
from pathlib import Path

from lark import Lark
from lark.exceptions import UnexpectedInput
from functools import lru_cache

from . import footnotes
from .build import build
from .errors import InputError, StructureError
from .grammars import TokenStream as _TokenStream
from .grammars import load
from .lex import Nesting, tokenize
from .model import Resolution, Warning
from .normalize import decode, normalize


@lru_cache(maxsize=1)
def _parser() -> Lark:
    return load("resolution.lark", parser="lalr", lexer=_TokenStream, postlex=Nesting(), start="start")


_TOKEN_NAMES = {
    "MASTHEAD": "a header line",
    "ADOPTED": "the line 'Resolution adopted by the General Assembly'",
    "COMMITTEE": "the committee line",
    "TITLE": "the title line",
    "GA": "'The General Assembly,'",
    "TEXT": "a paragraph",
    "STOP": "an unnumbered operative paragraph",
    "NUM": "a numbered paragraph",
    "CONT": "a continuation line",
    "SUB": "a sub-paragraph",
    "HEADING": "a heading",
    "PLENARY": "the closing plenary meeting line",
    "TRAILER": "text after the plenary meeting line",
    "ANNEX": "an annex",
    "FOOTNOTE": "a footnote",
    "_INDENT": "a sub-paragraph",
    "_DEDENT": "the end of a list of sub-paragraphs",
    "$END": "the end of the text",
}


def parse_text(text: str, path: str = "") -> Resolution:
    """Parse the text of a resolution (markdown conversion or raw PDF text)."""
    norm = normalize(text)
    lexed = tokenize(norm, path=path)
    try:
        tree = _parser().parse(lexed.tokens)
    except UnexpectedInput as exc:
        tok = getattr(exc, "token", None)
        line = col = 0
        src = ""
        what = "this line"
        if tok is not None and tok.type != "$END":
            logical = getattr(tok, "source", None)  # the logical line of a line token (not of a footnote)
            line = tok.line or 0
            col = tok.column or 1
            src = logical.text if logical is not None else str(tok)
            what = _TOKEN_NAMES.get(tok.type, tok.type)
        expected = sorted({_TOKEN_NAMES.get(e, e) for e in getattr(exc, "expected", set()) if not e.startswith("_")})
        msg = f"cannot place {what} in the structure of a resolution"
        if expected:
            msg += "; expected " + " or ".join(expected[:4])
        raise StructureError(msg, line=line, column=col, source_line=src, path=path) from None
    res = build(tree, lexed, norm)
    footnotes.resolve(res, norm.page_of)
    return res


def read_source(path: str | os.PathLike) -> tuple[str, str | None]:
    p = Path(path)
    if not p.exists():
        raise InputError("no such file", path=str(path))
    if p.is_dir():
        raise InputError("is a directory, not a file", path=str(path))
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror})", path=str(path)) from None
    return decode(data, path=str(path))


def parse(source: str | os.PathLike) -> Resolution:
    """Parse a resolution given as a path or as its text. A string without a line break is a path."""
    if isinstance(source, os.PathLike) or ("\n" not in source and "\r" not in source):
        if _is_akn_file(source):
            from .sources import akn  # an Akoma Ntoso file (resparse akn) reads back into the same tree

            return akn.read(source)
        text, fallback = read_source(source)
        res = parse_text(text, path=str(source))
        res.source = str(source)
        if fallback:
            res.warnings.insert(0, Warning(0, fallback))
        return res
    return parse_text(source)


def _is_akn_file(path: str | os.PathLike) -> bool:
    try:
        with open(path, "rb") as fh:
            head = fh.read(2048)
    except OSError:
        return False  # read_source says why, in one line
    from .sources.akn import is_akn

    return is_akn(head)
