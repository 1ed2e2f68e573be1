"""Parse: load the grammar (LALR, built once), run it over the line tokens, turn Lark's errors into ours."""

from __future__ import annotations

import gc
import os
from contextlib import contextmanager

from lark import Lark
from lark.exceptions import UnexpectedInput
from functools import lru_cache

from . import consistency, footnotes, sources
from .build import build
from .errors import InputError, NotAResolution, ResparseError, StructureError
from .grammars import TokenStream as _TokenStream
from .grammars import load, parse_tokens
from .lex import Nesting, tokenize
from .sources import language
from .model import Resolution, Warning
from .normalize import normalize


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
    "QUOTE": "a line of a quoted text",
    "SUB": "a sub-paragraph",
    "HEADING": "a heading",
    "PLENARY": "the closing plenary meeting line",
    "TRAILER": "text after the plenary meeting line",
    "ANNEX": "an annex",
    "HOST": "the next annex of the document that holds the resolution",
    "FOOTNOTE": "a footnote",
    "_INDENT": "a sub-paragraph",
    "_DEDENT": "the end of a list of sub-paragraphs",
    "$END": "the end of the text",
}


@contextmanager
def collector_paused():
    """The cyclic garbage collector paused for the block, then left as it was (enabled or not).

    The parse stages leave (almost) no reference cycles: their objects die by their reference count, and an
    automatic collection (every 700 allocations) inside a parse only walks the young objects of the parse again
    and again (each slice's survivors, once per slice). Paused, the first collection after the parse sees each
    survivor once. Measured over the corpus (every second file, best of two, load 17): 1.79-1.86 MB/s CPU with the
    collector on, 1.97-2.08 MB/s paused. :func:`resparse.corpus._process_and_settle` pauses it for a whole file
    for the same reason.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def parse_text(text: str, path: str = "", sure_markers: bool = False) -> Resolution:
    """Parse the text of a resolution (markdown conversion or raw PDF text).

    Raises :class:`InputError` for a text in another language than English ("this text looks French"),
    :class:`NotAResolution` and :class:`StructureError` for English text that is no resolution or cannot be placed.
    The cyclic garbage collector is paused while it runs (:func:`collector_paused`).
    """
    with collector_paused():
        return _parse_text(text, path, sure_markers)


def _parse_text(text: str, path: str, sure_markers: bool) -> Resolution:
    lang = language.not_english(text)
    if lang:
        raise InputError(f"this text looks {lang}; resparse reads English resolutions", path=path)
    norm = normalize(text, sure_markers=sure_markers)
    lexed = tokenize(norm, path=path)
    try:
        tree = parse_tokens(_parser(), lexed.tokens, "start")
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
    footnotes.resolve(res, norm.page_of, sure=norm.sure_markers)
    return res


def _line_of(res: Resolution, where: str) -> int:
    """The line of a consistency problem's place: a paragraph label, "footnote N", "heading TEXT"."""
    if where.startswith("footnote "):
        spans = [f.span for f in res.footnotes if f.number == where[9:]]
    elif where.startswith("heading "):
        spans = [h.span for h in res.headings if h.text.startswith(where[8:])]
    else:
        para = res.get(where)
        spans = [para.span] if para is not None else []
    return spans[0].line if spans else 0


def read_source(path: str | os.PathLike) -> tuple[str, str | None]:
    """A file's text for the normaliser (text, Markdown, PDF, .docx: :func:`resparse.sources.read`) and a warning."""
    src = sources.read(path)
    return src.text, src.fallback


def parse_source(src: "sources.Source", path: str = "") -> Resolution:
    """Parse what a front end read; for a PDF every span also gets its page and line on the page."""
    try:
        res = parse_text(src.text, path=path, sure_markers=src.pdf is not None)
    except ResparseError as exc:
        exc.line = src.user_line(exc.line) if exc.line else 0
        if src.pdf is not None and exc.line:  # "FILE.pdf, page 2, line 14: error: ..."
            page, line = src.pdf.where(exc.line)
            exc.path, exc.line = f"{exc.path or path}, page {page}, line {line}", 0
        raise
    if src.pdf is not None:
        for span in res.spans():
            span.page, span.page_line = src.pdf.where(span.line)
        for w in res.warnings:
            if w.line:
                w.page, w.page_line = src.pdf.where(w.line)
    if src.lines is not None:
        for span in res.spans():
            span.line, span.end_line = src.user_line(span.line), src.user_line(span.end_line)
        for w in res.warnings:
            w.line = src.user_line(w.line) if w.line else 0
        if res.host_end:
            res.host_end = src.user_line(res.host_end)
    # the header lines before the first paragraph are the grammar's to read: warnings about their shape are moot,
    # as are those about the text of a document that holds the resolution, after it
    first = min((p.span.line for p in res.paragraphs), default=0)
    end = res.host_end or 0
    res.warnings[:0] = [Warning(line, message) for line, message in src.warnings
                        if line >= first and not (end and line >= end)]
    if src.kind == "pdftotext":  # a shape the front end could not recover shows as an inconsistent tree: say where
        res.warnings += [Warning(_line_of(res, p.where), f"{p.message} (the text is pdftotext's; the PDF itself may "
                                 "read right)") for p in consistency.check(res)]
    if src.fallback:
        res.warnings.insert(0, Warning(0, src.fallback))
    return res


def parse(source: str | os.PathLike) -> Resolution:
    """Parse a resolution given as a path or as its text. A string without a line break is a path."""
    if isinstance(source, os.PathLike) or ("\n" not in source and "\r" not in source):
        if _is_akn_file(source):
            from .sources import akn  # an Akoma Ntoso file (resparse akn) reads back into the same tree

            return akn.read(source)
        src = sources.read(source)
        try:
            res = parse_source(src, path=str(source))
        except NotAResolution as exc:  # the text read goes with it: a caller that skips the file (a README in a
            exc.source_text = src.text  # folder) need not read it again (issue 10)
            raise
        res.source = str(source)
        return res
    return parse_text(source)


def _is_akn_file(path: str | os.PathLike) -> bool:
    try:
        with open(path, "rb") as fh:
            head = fh.read(2048)
    except OSError:
        return False  # read_source says why, in one line
    return sources.is_akn(head)
