"""The project's Lark grammars (``grammar/*.lark``): their text and the parsers built from them, once each.

Kept apart from :mod:`resparse.parse` so that a stage that only needs a grammar (``references.find`` reads the
citation grammar) does not import the resolution pipeline (normalize, lex, build).
"""

from __future__ import annotations

import hashlib
import os
import sys
from functools import lru_cache
from importlib import resources
from pathlib import Path

from lark import Lark, Token, Tree
from lark.exceptions import UnexpectedInput
from lark.lexer import Lexer
from lark.parsers.lalr_parser_state import ParseConf, ParserState


def grammar_text(name: str = "resolution.lark") -> str:
    """The text of ``grammar/<name>`` as shipped in the package. Raises FileNotFoundError for an unknown name."""
    return resources.files("resparse.grammar").joinpath(name).read_text(encoding="utf-8")


def cache_path(name: str, text: str | None = None) -> str | bool:
    """Where Lark keeps the analysed grammar ``name`` between runs: a file in the per-user cache directory
    ($XDG_CACHE_HOME/resparse, else ~/.cache/resparse), named for the grammar's text (``text``, else the shipped
    ``grammar/<name>.lark``: the first 12 hex digits of its SHA-256) and the Lark and Python versions, so that two
    versions of a grammar (two installs, two checkouts) keep a file each instead of rewriting one another's at every
    run (Lark checks the grammar's hash itself). False, no cache, where that directory cannot be made."""
    import lark

    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "resparse"
    try:
        base.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    if text is None:
        text = grammar_text(f"{name}.lark")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    return str(base / f"{name}-{digest}-lark{lark.__version__}-py{sys.version_info[0]}{sys.version_info[1]}.cache")


@lru_cache(maxsize=None)
def _load(name: str, options: tuple) -> Lark:
    opts = {k: list(v) if isinstance(v, tuple) else v for k, v in options}
    text = grammar_text(name)
    if opts.get("parser") == "lalr" and "cache" not in opts:
        opts["cache"] = cache_path(name.removesuffix(".lark"), text)
    return Lark(text, **opts)


def load(name: str, **options) -> Lark:
    """A Lark parser for ``grammar/<name>`` with Lark's ``options`` (``parser="lalr"``, ``start=...``), built once
    per name and options. Option values must be hashable: give several start symbols as a tuple (Lark gets a list).
    An LALR grammar is analysed once per user and kept in :func:`cache_path` (Lark's ``cache=``)."""
    return _load(name, tuple(sorted(options.items())))


class TokenStream(Lexer):
    """Lark's lexer slot for grammars whose tokens are made in Python (:mod:`resparse.lex`, the clause lexer of
    :mod:`resparse.mandates.addressees`): pass them through."""

    def __init__(self, lexer_conf):  # noqa: D401 - Lark's interface
        pass

    def lex(self, data):  # type: ignore[override]
        return iter(data)


class _Scanners(dict):
    """parser state -> the compiled patterns of its lexer, as Lark's contextual lexer reads them (its scanner: the
    state's terminals by priority, one named group each; ``lastgroup`` is the terminal). Compiled when a state is
    first met (Lark shares one lexer among the states that accept the same terminals)."""

    def __init__(self, lark: Lark):
        super().__init__()
        self._lexers = lark.parser.lexer.lexers

    def __missing__(self, state: int) -> tuple:
        patterns = self[state] = tuple(self._lexers[state].scanner._mres)
        return patterns


class Prefixes:
    """The longest prefix of a text that is a whole start symbol of an LALR grammar built with Lark's contextual lexer
    (``parser="lalr", lexer="contextual"``): how ``mandates/deadlines.py`` and ``mandates/reports.py`` run their
    grammars from the places a scan found (references.py keeps its own). One pass of the LALR parser over the tokens
    of the contextual lexer (:meth:`feed`: the lexer of the parser's state asked directly, a refusal no exception),
    noting after which tokens the input could end; where the grammar or the lexer refuses, the parser is asked to end
    there, else it is fed again up to the last end before (LALR's merged lookaheads). The ignored whitespace terminal
    must be named WS."""

    def __init__(self, lark: Lark):
        self._lark = lark
        self._confs: dict[str, ParseConf] = {}
        self._scanners = _Scanners(lark)

    def _conf(self, start: str) -> ParseConf:
        conf = self._confs.get(start)
        if conf is None:
            inner = self._lark.parser.parser.parser  # Lark -> its front end -> LALR_Parser -> the table-driven parser
            conf = self._confs[start] = ParseConf(inner.parse_table, inner.callbacks, start)
        return conf

    def feed(self, window: str, start: str, stop: int | None = None) -> tuple[list[int], ParserState | None, Token | None]:
        """The parser for ``start`` fed the tokens of ``window`` one by one, each read by the lexer of the parser's
        state, until the lexer or the table refuses one, or up to ``stop``: the ends of the tokens after which the
        input could end, the parser state (None if a token was refused after reductions), the last token fed. The
        lexer always reads the whole window (a terminal may look past its end: "end" before " of")."""
        conf = self._conf(start)
        states, scanners = conf.states, self._scanners
        state = ParserState(conf, None)
        ends: list[int] = []
        last = None
        at, end = 0, len(window) if stop is None else stop
        while at < end:
            for pattern in scanners[state.position]:
                got = pattern.match(window, at)
                if got:
                    break
            else:
                break
            value, type_ = got.group(), got.lastgroup
            if type_ == "WS":
                at += len(value)
                continue
            if type_ not in states[state.position]:
                break
            tok = Token(type_, value, at, end_pos=at + len(value))
            try:
                state.feed_token(tok)
            except UnexpectedInput:  # refused after reductions (merged lookaheads): the state is spent
                return ends, None, last
            last, at = tok, tok.end_pos
            if "$END" in states[state.position]:
                ends.append(at)
        return ends, state, last

    def longest(self, window: str, start: str) -> tuple[int, Tree] | None:
        """(end, tree) of the longest prefix of ``window`` that is a whole ``start``, None when no prefix is. The end
        is an offset in ``window``."""
        ends, state, last = self.feed(window, start)
        if not ends:
            return None
        for end in reversed(ends):  # "$END" taken and then refused (LALR's merged lookaheads): the one before
            if end != ends[-1] or state is None or last is None or last.end_pos != end:
                _, state, last = self.feed(window, start, end)  # fed again up to there (lexed as in the whole window)
            if state is not None and last is not None and last.end_pos == end:
                try:
                    return end, state.feed_token(Token.new_borrow_pos("$END", "", last), True)
                except UnexpectedInput:
                    pass
            state = None
        return None
