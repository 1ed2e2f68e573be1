"""The project's Lark grammars (``grammar/*.lark``): their text and the parsers built from them, once each.

Kept apart from :mod:`resparse.parse` so that a stage that only needs a grammar (``references.find`` reads the
citation grammar) does not import the resolution pipeline (normalize, lex, build). The one longest-prefix runner of
the LALR grammars read from places a scan found (:class:`Prefixes`: citations, deadlines, report requests) and its
memo by the text a result depends on (:class:`PrefixMemo`) are here too. They step Lark's LALR table and its
contextual lexers themselves, which Lark's public API does not expose: what they read of Lark's insides, and why no
public API serves, is in one place (:class:`_Inside`).
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Callable, NamedTuple

from lark import Lark, Token, Tree
from lark.lexer import Lexer  # public: the base of a custom lexer class (Lark's ``lexer=`` option)

try:  # Lark's insides: which string terminals its lexer retypes (:class:`_Scanners`; Lark 1.2.1 to 1.3.1, tested)
    from lark.lexer import _create_unless
except ImportError:  # a Lark that no longer has it: Lark's own scanner of each state instead (:func:`_lark_scanner`)
    _create_unless = None

# Lark's insides, which no public API gives (why: :class:`_Inside`): the table's shift action and the parser's state
from lark.parsers.lalr_analysis import Shift
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


def with_terminals(text: str, terminals: tuple[tuple[str, str], ...]) -> str:
    """The grammar ``text`` with each terminal it ``%declare``s that ``terminals`` defines (name, its body in Lark's
    notation: ``/(?:submit|present)/i``) defined instead: the name left out of its ``%declare`` line, ``NAME: body``
    added at the end. A terminal built at load time from a data file (mandates/reports.py's verbs of
    data/report_verbs.txt) is so one definition, which the grammar's other terminals use by its name. Raises
    ValueError for a name the grammar does not declare."""
    names = {name for name, _ in terminals}
    declared: set[str] = set()

    def undeclare(m: re.Match) -> str:
        kept = []
        for word in m.group(1).split():
            (declared.add(word) if word in names else kept.append(word))
        return f"%declare {' '.join(kept)}" if kept else ""

    text = re.sub(r"(?m)^%declare\b([^\n/]*)", undeclare, text)
    if declared != names:
        raise ValueError(f"the grammar declares no terminal {sorted(names - declared)}")
    return text + "\n" + "".join(f"{name}: {body}\n" for name, body in terminals)


@lru_cache(maxsize=None)
def _load(name: str, options: tuple) -> Lark:
    opts = {k: list(v) if isinstance(v, tuple) and k != "terminals" else v for k, v in options}
    text = grammar_text(name)
    if opts.get("terminals"):
        text = with_terminals(text, opts["terminals"])
    opts.pop("terminals", None)
    if opts.get("parser") == "lalr" and "cache" not in opts:
        opts["cache"] = cache_path(name.removesuffix(".lark"), text)
    return Lark(text, **opts)


def load(name: str, **options) -> Lark:
    """A Lark parser for ``grammar/<name>`` with Lark's ``options`` (``parser="lalr"``, ``start=...``), built once
    per name and options. Option values must be hashable: give several start symbols as a tuple (Lark gets a list).
    ``terminals``: (name, body) of terminals the grammar declares, defined at load time (:func:`with_terminals`).
    An LALR grammar is analysed once per user and kept in :func:`cache_path` (Lark's ``cache=``, named for the text
    with those terminals)."""
    return _load(name, tuple(sorted(options.items())))


def terminal_regex(lark: Lark, name: str) -> str:
    """The regex (text) of the terminal ``name`` of ``lark`` as Lark compiles it, flags inline (public API:
    ``Lark.get_terminal``, ``TerminalDef.pattern.to_regexp``): a terminal read alone, outside a parse (the citation
    grammar's DATE after a resolution's number, the first tokens that say where a report shape may start). Raises
    KeyError for a name the grammar has not (or has left out: a terminal no rule uses)."""
    return lark.get_terminal(name).pattern.to_regexp()


def first_terminals(lark: Lark, start: str) -> tuple[str, ...]:
    """The terminals a text of the rule ``start`` of ``lark`` may open with (its FIRST set, through rules that may be
    empty), sorted by name: ``("SEND_ON", "HAVE_SENT")`` of grammar/reports.lark's ``findings_to``. Read from the
    grammar's rules (public API: ``Lark.rules``, each a ``Rule`` of an ``origin`` and an ``expansion``); the ignored
    terminals (``%ignore``) are in no rule. Where a scan says a shape may start, its first terminals as the grammar
    defines them (mandates/reports.py), so that the words a shape opens with are written once. Raises KeyError for a
    rule the grammar has not."""
    return _first_sets(lark)[start]


@lru_cache(maxsize=None)
def _first_sets(lark: Lark) -> dict[str, tuple[str, ...]]:
    """{rule: its first terminals, sorted} of every rule of ``lark`` (:func:`first_terminals`): the least fixed point
    of FIRST(rule) = the union over its expansions of FIRST of each symbol up to the first that cannot be empty."""
    expansions: dict[str, list] = {}
    for r in lark.rules:
        expansions.setdefault(r.origin.name, []).append(r.expansion)
    first: dict[str, set[str]] = {name: set() for name in expansions}
    empty: set[str] = set()
    changed = True
    while changed:
        changed = False
        for name, alternatives in expansions.items():
            for expansion in alternatives:
                for symbol in expansion:
                    more = {symbol.name} if symbol.is_term else first[symbol.name]
                    if not more <= first[name]:
                        first[name] |= more
                        changed = True
                    if symbol.is_term or symbol.name not in empty:
                        break
                else:
                    if name not in empty:
                        empty.add(name)
                        changed = True
    return {name: tuple(sorted(terminals)) for name, terminals in first.items()}


def first_sequences(lark: Lark, start: str, k: int = 2) -> frozenset[tuple[str, ...]]:
    """The sequences of the first ``k`` terminals a text of the rule ``start`` of ``lark`` may open with (its FIRST_k
    set, through rules that may be empty): each a tuple of terminal names, shorter than ``k`` only where the whole
    text is (() where it may be empty). ``("BY", "THE", "EDGE")`` is one of grammar/deadlines.lark's ``by`` (``BY
    when``: "by the end of 2030"), k=3; their first items are :func:`first_terminals`. A scan that looks for a
    preposition followed by where its time may start (mandates/deadlines.py ``_Opening``) reads them all from the
    grammar, no hand look-ahead of the time's first words. Read from the grammar's rules as :func:`first_terminals`
    (the least fixed point of FIRST_k(rule) = the union over its expansions of the concatenation of FIRST_k of its
    symbols, cut at ``k``). Raises KeyError for a rule the grammar has not."""
    return _first_k_sets(lark, k)[start]


@lru_cache(maxsize=None)
def _first_k_sets(lark: Lark, k: int) -> dict[str, frozenset[tuple[str, ...]]]:
    expansions: dict[str, list] = {}
    for r in lark.rules:
        expansions.setdefault(r.origin.name, []).append(r.expansion)
    first: dict[str, set[tuple[str, ...]]] = {name: set() for name in expansions}
    changed = True
    while changed:
        changed = False
        for name, alternatives in expansions.items():
            for expansion in alternatives:
                got: set[tuple[str, ...]] = {()}
                for symbol in expansion:
                    more = {(symbol.name,)} if symbol.is_term else first[symbol.name]
                    got = {(a + b)[:k] for a in got if len(a) < k for b in more} | {a for a in got if len(a) == k}
                    if all(len(a) == k for a in got):
                        break
                if not got <= first[name]:
                    first[name] |= got
                    changed = True
    return {name: frozenset(seqs) for name, seqs in first.items()}


class TokenStream(Lexer):
    """Lark's lexer slot for grammars whose tokens are made in Python (:mod:`resparse.lex`, the clause lexer of
    :mod:`resparse.mandates.addressees`): pass them through."""

    def __init__(self, lexer_conf):  # noqa: D401 - Lark's interface
        pass

    def lex(self, data):  # type: ignore[override]
        return iter(data)


class _Inside(NamedTuple):
    """What the runners here (:func:`parse_tokens`, :class:`Prefixes`, :class:`PrefixMemo`) read of a Lark LALR
    parser that Lark's public API does not give, read in this one place (:func:`_inside`); everything else they use
    is public (``Lark.terminals``, ``Lark.options``, ``Lark.parse``, ``TerminalDef.pattern``, ``Token``, ``Tree``).

    - ``table``, ``callbacks``: the LALR parse table and the tree builder's callbacks (``Lark.parser`` -> its front
      end -> ``LALR_Parser`` -> the table-driven parser), stepped by :func:`_take` and :func:`_end` from a
      ``ParserState`` (``lark.parsers.lalr_parser_state``). Lark's public stepping is the interactive parser
      (``Lark.parse_interactive``: ``feed_token``, ``feed_eof``, ``choices``, ``accepts``, ``copy``): a refused
      token or end raises ``UnexpectedToken`` (the exception, with its set of expected tokens, made at every
      refusal: most ends the runners try are refused, and its making was most of their cost), asking whether the
      input could end after a token needs a ``copy()`` and a ``feed_eof`` per token, and each step looks up the
      action, the rule's length and name and its callback again (:class:`_Rows` reads them once).
    - ``lexers``: the contextual lexer of each parser state (``ContextualLexer.lexers``), read by
      :class:`_Scanners` (its terminals in its order, its flags and ``re`` module, its callbacks as Lark's
      ``_create_unless`` makes them; Lark's own scanner of the state where that is not as read:
      :func:`_lark_scanner`) and :class:`PrefixMemo` (its terminals). Lark
      has no public accessor for the lexer of a state: ``InteractiveParser.exhaust_lexer`` and ``Lark.lex`` lex a
      whole text and raise at the first refusal, without saying where the lexer tried in which state (what
      :class:`PrefixMemo` keys on), and ``Lark.lex`` uses the basic lexer, not the state's.
    - ``ignore``: the ignored terminals (``%ignore``; ``Lark.lexer_conf.ignore``, set whether or not the analysed
      grammar came from Lark's ``cache=``, where ``Lark.ignore_tokens`` is not).

    tests/test_fast_paths.py holds every runner to Lark's own ``parse`` and lexer over the corpus's texts, so that a
    Lark whose insides changed fails there, not in a reading."""

    table: object  # lark.parsers.lalr_analysis.ParseTable: states, start_states, end_states
    callbacks: dict
    lexers: dict  # parser state -> lark.lexer.BasicLexer (contextual lexers only; {} for a lexer made in Python)
    ignore: frozenset[str]


@lru_cache(maxsize=None)
def _inside(lark: Lark) -> _Inside:
    """:class:`_Inside` of ``lark`` (an LALR parser), read once per parser."""
    inner = lark.parser.parser.parser  # Lark -> its front end -> LALR_Parser -> the table-driven parser
    lexers = getattr(lark.parser.lexer, "lexers", {})  # a contextual lexer's, per parser state
    return _Inside(inner.parse_table, inner.callbacks, lexers, frozenset(lark.lexer_conf.ignore))


@lru_cache(maxsize=None)
def _stepper(lark: Lark, start: str) -> tuple[_Rows, ParseConf]:
    inside = _inside(lark)
    return _Rows(inside.table.states, inside.callbacks), ParseConf(inside.table, inside.callbacks, start)


def parse_tokens(lark: Lark, tokens: list[Token], start: str) -> Tree:
    """``lark.parse(tokens)`` for a grammar whose tokens are made in Python (``lexer=TokenStream``, its ``postlex``
    applied as Lark applies it): the same tree, the table stepped as :class:`Prefixes` steps it (:func:`_take`,
    :func:`_end`) instead of Lark's ``feed_token`` per token. Where a token or the end is refused, the text is
    parsed again by Lark, which raises its own error (``UnexpectedInput``, with the token and what was expected).
    tests/test_fast_paths.py compares the trees over the corpus's texts."""
    rows, conf = _stepper(lark, start)
    state = ParserState(conf, None)
    stack, values = state.state_stack, state.value_stack
    postlex = lark.options.postlex
    stream = postlex.process(iter(tokens)) if postlex is not None else tokens
    for tok in stream:
        if not _take(rows, stack, values, tok, tok.type):
            break
    else:
        tree = _end(rows, state)
        if tree is not None:
            return tree
    return lark.parse(tokens, start)  # refused: Lark's own parse raises its error


class _Scanners(dict):
    """parser state -> :class:`_Dispatch`, the terminals its lexer tries at a character, in the order of Lark's
    contextual lexer (its scanner: the state's terminals by priority as Lark sorts them, ``BasicLexer.terminals``;
    the first that matches is the token, as in the alternation Lark compiles). Each terminal is compiled alone, once
    per grammar, as ``(?P<NAME>pattern)`` with Lark's flags (``lastgroup`` is the terminal, as in Lark's alternation),
    where Lark compiles one alternation of all the terminals of each set of terminals a state accepts when the state
    is first met (some 5 ms each in a fresh process, 50 of them over every sixth corpus file for the citation
    grammar: the same patterns compiled again for every state and every process). Raises ValueError for a lexer with
    callbacks (Lark's ``lexer_callbacks``, or a string terminal that a pattern terminal also matches: Lark retypes
    such tokens in a callback, which these patterns alone would not do). Which string terminals Lark retypes is read
    from Lark's private ``lark.lexer._create_unless`` (no public API gives it; :data:`LARK_TESTED`): where the
    installed Lark has it not, or not as read, a warning says so once and each state reads with Lark's own scanner
    (:func:`_lark_scanner`: the same tokens, slower)."""

    def __init__(self, lark: Lark):
        super().__init__()
        self._lexers = _inside(lark).lexers
        self._terminals: dict[str, tuple[re.Pattern, frozenset[str] | None]] = {}  # name -> (pattern, first_chars)
        self._dispatch: dict[int, _Dispatch | _Every] = {}  # id(lexer) -> its dispatch (Lark shares a lexer among
        # states)

    def __missing__(self, state: int) -> _Dispatch | _Every:
        lexer = self._lexers[state]
        got = self._dispatch.get(id(lexer))
        if got is None:
            try:
                terminals, callbacks = _create_unless(lexer.terminals, lexer.g_regex_flags, lexer.re, lexer.use_bytes)
                callbacks = set(callbacks) | set(lexer.user_callbacks)
            except (TypeError, AttributeError, ValueError) as e:  # not the insides of the Lark this was tested with
                got = self._dispatch[id(lexer)] = _lark_scanner(lexer, state, e)
            else:
                if callbacks:
                    raise _callbacks_refused(state, callbacks)
                got = self._dispatch[id(lexer)] = _Dispatch([self._terminal(t, lexer) for t in terminals])
        self[state] = got
        return got

    def _terminal(self, terminal, lexer) -> tuple[re.Pattern, frozenset[str] | None]:
        got = self._terminals.get(terminal.name)
        if got is None:
            regexp = terminal.pattern.to_regexp()
            got = self._terminals[terminal.name] = (
                lexer.re.compile(f"(?P<{terminal.name}>{regexp})", lexer.g_regex_flags),
                first_chars(regexp, lexer.g_regex_flags))
        return got


LARK_TESTED = "Lark 1.2.1 to 1.3.1"  # the versions whose lexer insides :class:`_Scanners` reads (``_create_unless``
# takes and gives the same in each and on Lark's main branch, 2026-12-03: the terminals kept and the callbacks by
# terminal; only how a callback builds its scanner differs after 1.2.2. The tests ran on 1.3.1)
LARK_PIN = "lark>=1.2.1,<1.4"


def _callbacks_refused(state: int, callbacks) -> ValueError:
    return ValueError(f"the lexer of parser state {state} has callbacks ({sorted(callbacks)}): Prefixes reads tokens "
                      "by the patterns alone")


@lru_cache(maxsize=1)
def _warn_lark_insides(error: str) -> None:
    """Said once per process (on stderr, as a ``RuntimeWarning``): the installed Lark is not one :class:`_Scanners`
    was tested with, and the runners read with Lark's own scanners, slower."""
    import warnings

    import lark

    warnings.warn(f"resparse: the lexer of the installed Lark {lark.__version__} is not as resparse reads it for "
                  f"speed ({error}; tested with {LARK_TESTED}); reading with Lark's own lexer, slower. "
                  f"pip install '{LARK_PIN}' gives the fast path.", RuntimeWarning, stacklevel=4)


def _lark_scanner(lexer, state: int, error: Exception) -> _Every:
    """The fallback of :class:`_Scanners` where the installed Lark has not the insides it reads (``_create_unless``
    gone or changed: ``error``): Lark's own scanner of the state (``BasicLexer.scanner``, the alternation of its
    terminals Lark compiles, the string terminals it retypes left to its callbacks), the same patterns at every
    character. Warns once (:func:`_warn_lark_insides`). Raises ValueError for a lexer with callbacks, as
    :class:`_Scanners` does, and ImportError naming the Lark versions tested where Lark's scanner cannot be read
    either."""
    _warn_lark_insides(f"{type(error).__name__}: {error}")
    try:
        patterns = tuple(lexer.scanner._mres)  # Lark's compiled alternation(s), tried in its order
        callbacks = set(lexer.callback)  # set by Lark when it builds the scanner: its retyping and the user's
    except AttributeError as e:
        import lark

        raise ImportError(f"resparse cannot read the lexer of Lark {lark.__version__} ({e}); it was tested with "
                          f"{LARK_TESTED}: pip install '{LARK_PIN}'") from error
    if callbacks:
        raise _callbacks_refused(state, callbacks)
    return _Every(patterns)


class _Every(dict):
    """character -> the same patterns at every character (:func:`_lark_scanner`: Lark's own scanner, not dispatched
    by a character's first terminals)."""

    def __init__(self, patterns: tuple[re.Pattern, ...]):
        super().__init__()
        self._patterns = patterns

    def __missing__(self, char: str) -> tuple[re.Pattern, ...]:
        return self._patterns


class _Dispatch(dict):
    """character -> the compiled terminals of one lexer that may match a text from that character on, in the lexer's
    order (:class:`_Scanners`): for an ASCII character, those whose :func:`first_chars` hold it (or are not bounded);
    for any other character, all of them. A terminal left out cannot match there, so the first of those left that
    matches is the first of all that matches: the token Lark's alternation gives. Made per character when first
    met."""

    def __init__(self, terminals: list[tuple[re.Pattern, frozenset[str] | None]]):
        super().__init__()
        self._terminals = terminals

    def __missing__(self, char: str) -> tuple[re.Pattern, ...]:
        if char.isascii():
            got = tuple(pattern for pattern, first in self._terminals if first is None or char in first)
        else:
            got = tuple(pattern for pattern, _ in self._terminals)
        self[char] = got
        return got


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The ASCII characters a match of ``pattern`` (a regular expression, Python's ``re``, with ``flags``) may start
    with: a superset, read off the pattern's first elements (those a match may reach before it reads a character:
    lookarounds and anchors read none, and an optional element lets the next one start the match). None where the
    pattern does not bound it: any character, a negated set, a back reference, a pattern that may match the empty
    string, a locale-dependent one, or a letter outside ASCII read ignoring case (the Kelvin sign matches "k").
    A text character outside ASCII is not asked here (:class:`_Dispatch` tries every terminal there). Ignoring case,
    an ASCII character matches another only as its upper or lower case (tests/test_fast_paths.py asks ``re``).
    Read with Python's own parser of regular expressions (why: :func:`crossings`)."""
    import re._constants as sre_c
    import re._parser as sre_p

    ascii_chars = [chr(c) for c in range(128)]
    repeats = (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, getattr(sre_c, "POSSESSIVE_REPEAT", None))
    categories = {sre_c.CATEGORY_DIGIT: str.isdigit, sre_c.CATEGORY_SPACE: str.isspace,
                  sre_c.CATEGORY_WORD: lambda ch: ch.isalnum() or ch == "_"}
    categories.update({sre_c.CATEGORY_NOT_DIGIT: lambda ch: not ch.isdigit(),
                       sre_c.CATEGORY_NOT_SPACE: lambda ch: not ch.isspace(),
                       sre_c.CATEGORY_NOT_WORD: lambda ch: not (ch.isalnum() or ch == "_")})

    class _Any(Exception):
        """The pattern does not bound its first character."""

    def in_set(items, fold: bool) -> set[str]:
        tests = []
        for op, av in items:
            if op is sre_c.LITERAL:
                if fold and av > 127:
                    raise _Any
                tests.append(lambda ch, c=chr(av): ch == c)
            elif op is sre_c.RANGE:
                if fold and av[1] > 127:
                    raise _Any
                tests.append(lambda ch, lo=av[0], hi=av[1]: lo <= ord(ch) <= hi)
            elif op is sre_c.CATEGORY and av in categories:
                tests.append(categories[av])
            else:  # a negated set, anything else
                raise _Any
        variants = (lambda ch: {ch, ch.lower(), ch.upper()}) if fold else (lambda ch: (ch,))
        return {ch for ch in ascii_chars if any(test(v) for v in variants(ch) for test in tests)}

    def seq(sub, fold: bool) -> tuple[set[str], bool]:  # (the first characters, whether it may match empty)
        out: set[str] = set()
        for op, av in sub:
            if op is sre_c.LITERAL:
                if fold and av > 127:
                    raise _Any
                ch = chr(av)
                out |= {ch, ch.lower(), ch.upper()} if fold else {ch}
                return out, False
            if op is sre_c.IN:
                out |= in_set(av, fold)
                return out, False
            if op is sre_c.SUBPATTERN:
                _, add, remove, inner = av
                got, empty = seq(inner, bool((fold or add & re.IGNORECASE) and not remove & re.IGNORECASE))
            elif op is sre_c.ATOMIC_GROUP:
                got, empty = seq(av, fold)
            elif op in repeats:
                got, empty = seq(av[2], fold)
                empty = empty or av[0] == 0
            elif op is sre_c.BRANCH:
                each = [seq(branch, fold) for branch in av[1]]
                got, empty = set().union(*(g for g, _ in each)), any(e for _, e in each)
            elif op in (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT):
                continue  # reads no character
            else:  # any character, a back reference, ...
                raise _Any
            out |= got
            if not empty:
                return out, False
        return out, True

    if flags & re.LOCALE:
        return None
    try:
        parsed = sre_p.parse(pattern, flags)
        if parsed.state.flags & re.LOCALE:
            return None
        got, empty = seq(parsed, bool(parsed.state.flags & re.IGNORECASE))
    except _Any:
        return None
    return None if empty else frozenset(got)


class Pass(NamedTuple):
    """One pass of :meth:`Prefixes.feed` over a window."""

    ends: list[int]  # the ends of the tokens after which the input could end (the parser would take "$END")
    state: ParserState | None  # the parser as the pass left it (no tree on its value stack: ``lazy``); None when a
    # token was refused after reductions
    last: Token | None  # the last token the parser took
    stop: int  # where the pass stopped: the offset of the character or token refused, else where it was to stop
    lexed: list[tuple[int, int]]  # (offset, parser state) of every try of the lexer: what :class:`PrefixMemo` keys on
    tokens: list[Token]  # the tokens the parser took, in order (the last of them is ``last``)


class Prefixes:
    """The longest prefix of a text that is a whole start symbol of an LALR grammar built with Lark's contextual lexer
    (``parser="lalr", lexer="contextual"``): the one runner of ``references.py``, ``mandates/deadlines.py`` and
    ``mandates/reports.py`` for their grammars from the places a scan found. One pass of the LALR parser over the
    tokens of the contextual lexer (:meth:`feed`: the lexer of the parser's state asked directly, a refusal no
    exception), noting after which tokens the input could end. Then (:meth:`longest_of`):

    - the first try: where the pass stopped (the grammar or the lexer refused, or the window ended), the parser as it
      stands is asked to end, when its last token is one after which the input could end: that is the longest
      prefix, unless the end is refused after reductions (LALR's merged lookaheads);
    - else the ends before, last first: the prefix up to each is fed again and asked to end. ``alone=False``: the
      tokens as the lexer read them in the whole window (a terminal may look past the prefix's end: "end" before " of"
      in deadlines.lark, the ``_AHEAD`` terminals of reports.lark): the pass's own tokens, fed again (one lexing);
      ``alone=True``: the prefix read as a text of its own, as Lark's ``parse(window[:end])`` reads it (a citation
      is its phrase: references.lark), the end of the prefix tried again that way after a first try refused there.
      Read alone, a prefix may lex otherwise than in the window: a terminal's lookahead may need the text after it
      (references.lark's BARE_SUB, "e" before " of": "Article 73 e of xyz" is "Article 73" alone, "Article 73 e"
      in the window). The two agree where no try of the lexer before the prefix's end looked at the text from there
      on (what :class:`PrefixMemo` bounds per state); over the corpus's 4,648 windows of every third file, the
      1,626 ends backed up to never had that bound below them (the tries near an end read a few words on), so the
      prefix is read anew.

    ``lazy=True``: the pass steps the table without the tree builder's callbacks (its parser's value stack holds the
    tokens and lists of values, no tree), and the first try feeds the prefix's tokens again with them: a tree is
    built only for the prefix found, not for the tokens the pass read past it nor for a pass backed up from or
    that found none (the citations: over every third corpus file the passes took 24,000 tokens, the prefixes found
    by a first try 17,500 of them, and 1,150 passes backed up to a prefix read alone).

    The ignored terminals (Lark's ``%ignore``) are skipped; a grammar whose lexer has callbacks is refused (ValueError
    at the first state that has them). tests/test_fast_paths.py compares the pass with Lark's own lexer and the
    result with Lark's ``parse`` of the prefixes."""

    def __init__(self, lark: Lark, *, alone: bool = False, lazy: bool = False):
        self._lark = lark
        self._confs: dict[str, ParseConf] = {}
        self._scanners = _Scanners(lark)
        inside = _inside(lark)
        self._ignore = inside.ignore
        self.alone = alone
        self.lazy = lazy
        self._rows = _Rows(inside.table.states, inside.callbacks)
        self._pass_rows = _Rows(inside.table.states, {}) if lazy else self._rows  # what :meth:`feed` steps by

    @property
    def lark(self) -> Lark:
        """The parser this runner runs."""
        return self._lark

    def _conf(self, start: str) -> ParseConf:
        conf = self._confs.get(start)
        if conf is None:
            inside = _inside(self._lark)
            conf = self._confs[start] = ParseConf(inside.table, inside.callbacks, start)
        return conf

    def feed(self, window: str, start: str, stop: int | None = None) -> Pass:
        """The parser for ``start`` fed the tokens of ``window`` one by one, each read by the lexer of the parser's
        state, until the lexer or the table refuses one, or up to ``stop`` (an offset; None: the whole window). The
        lexer always reads the whole window (a terminal may look past ``stop``: "end" before " of"). Offsets are in
        ``window``. ``lazy``: the parser's value stack holds no tree."""
        return self._feed(window, start, stop, self._pass_rows)

    def _feed(self, window: str, start: str, stop: int | None, rows: _Rows) -> Pass:
        scanners, ignore = self._scanners, self._ignore
        state = ParserState(self._conf(start), None)
        stack = state.state_stack  # its last item is the parser's state (``state.position``), changed in place
        values = state.value_stack
        ends: list[int] = []
        lexed: list[tuple[int, int]] = []
        tokens: list[Token] = []
        last = None
        at, end = 0, len(window) if stop is None else stop
        while at < end:
            position = stack[-1]
            lexed.append((at, position))
            for pattern in scanners[position][window[at]]:
                got = pattern.match(window, at)
                if got:
                    break
            else:
                break  # the lexer refuses the character at ``at``
            value, type_ = got.group(), got.lastgroup
            if type_ in ignore:
                at += len(value)
                continue
            if type_ not in rows[position]:
                break  # the grammar refuses the token at ``at``
            tok = _token(type_, value, at, None, None, None, None, at + len(value))
            if not _take(rows, stack, values, tok, type_):  # refused after reductions (merged lookaheads): spent
                return Pass(ends, None, last, at, lexed, tokens)
            tokens.append(tok)
            last, at = tok, tok.end_pos
            if "$END" in rows[stack[-1]]:
                ends.append(at)
        return Pass(ends, state, last, at, lexed, tokens)

    def longest(self, window: str, start: str, shortcut: bool = True) -> tuple[int, Tree] | None:
        """(end, tree) of the longest prefix of ``window`` that is a whole ``start``, None when no prefix is. The end
        is an offset in ``window``, as are the tree's positions. ``shortcut=False``: without the first try (every
        end tried by a feed of its own; the tests compare)."""
        return self.longest_of(self.feed(window, start), window, start, shortcut)

    def longest_of(self, passed: Pass, window: str, start: str, shortcut: bool = True,
                   whole: Callable[[int], Tree | None] | None = None) -> tuple[int, Tree] | None:
        """:meth:`longest` from the pass :meth:`feed` made over ``window``. ``whole(end)``: :meth:`whole` of
        ``window[:end]`` (``alone=True``), given where the caller keeps such trees."""
        ends = passed.ends
        for end in reversed(ends):
            state, last = passed.state, passed.last
            if shortcut and end == ends[-1] and state is not None and last is not None and last.end_pos == end:
                if self.lazy:  # the pass built no tree: its tokens up to the end fed again, the trees built
                    state, _ = self._refeed(passed.tokens, start, end)
                tree = _end(self._rows, state)  # the first try: the parser as the pass left it
                if tree is not None:
                    return end, tree
                if not self.alone:
                    continue  # fed again, the same tokens would be refused the same way
            if self.alone:
                tree = whole(end) if whole is not None else self.whole(window[:end], start)
                if tree is not None:
                    return end, tree
                continue
            state, last = self._refeed(passed.tokens, start, end)
            if state is not None and last is not None and last.end_pos == end:
                tree = _end(self._rows, state)
                if tree is not None:
                    return end, tree
        return None

    def whole(self, text: str, start: str) -> Tree | None:
        """The tree of ``text`` read whole as a ``start`` (as Lark's ``parse``), None when it is not one (or holds no
        token)."""
        _, state, last, stop, _, _ = self._feed(text, start, None, self._rows)
        if state is None or last is None or stop < len(text):
            return None
        return _end(self._rows, state)

    def _refeed(self, tokens: list[Token], start: str, end: int) -> tuple[ParserState | None, Token | None]:
        """The parser for ``start`` fed ``tokens`` (a pass's) up to ``end`` again: the state and the last token, or
        (None, the last token taken) where one is refused after reductions (as in the pass: not before its stop)."""
        state = ParserState(self._conf(start), None)
        rows, stack, values = self._rows, state.state_stack, state.value_stack
        last = None
        for tok in tokens:
            if tok.end_pos > end:
                break
            if not _take(rows, stack, values, tok, tok.type):  # pragma: no cover - the pass took these tokens
                return None, last
            last = tok
        return state, last


# a Token made as Lark's constructor makes it (type, value, start_pos, line, column, end_line, end_column, end_pos),
# without the wrapper that looks for the keyword ``type_`` Lark no longer uses (Lark >= 1.2; else the constructor).
# Lark's private name: the public ``Token(...)`` is that wrapper, a keyword look-up and a second call per token made,
# and the runners make one per token they read (the same token either way; 300,000 made: 2.7 s against 1.1 s, Lark
# 1.3.1 under load, the twenty-third session)
_token = getattr(Token, "_future_new", Token)


class _Rows(dict):
    """parser state -> {token type or rule name -> its action}, Lark's LALR table read once into the tuples
    :func:`_take` steps by: ``(True, next state, the token's callback or None)`` for a shift (also the goto after a
    reduction), ``(False, the rule's name, the rule's length, the rule's callback)`` for a reduction. Read per state
    when first met. Lark's ``ParserState.feed_token`` looks up the action, the rule's length and name and its
    callback (a dict keyed by the rule, hashed by a method in Python) at every step: the same table, read once."""

    def __init__(self, states: dict, callbacks: dict):
        super().__init__()
        self._states = states
        self._callbacks = callbacks

    def __missing__(self, state) -> dict:
        callbacks = self._callbacks
        row = {}
        for name, (action, arg) in self._states[state].items():
            if action is Shift:
                row[name] = (True, arg, callbacks[name] if name in callbacks else None)
            else:
                row[name] = (False, arg.origin.name, len(arg.expansion), callbacks[arg] if callbacks else None)
        self[state] = row
        return row


def _take(rows: _Rows, stack: list, values: list, tok: Token, type_: str) -> bool:
    """Lark's ``ParserState.feed_token(tok)`` (not the end) on a parser's state and value stacks, read by ``rows``
    (:class:`_Rows`): reduce as the table says, then shift the token. False where the token is refused after
    reductions (Lark raises UnexpectedToken; the stacks are spent). tests/test_fast_paths.py holds it to Lark's."""
    while True:
        act = rows[stack[-1]].get(type_)
        if act is None:
            return False
        if act[0]:
            stack.append(act[1])
            values.append(tok if act[2] is None else act[2](tok))
            return True
        _reduce(rows, stack, values, act)


def _reduce(rows: _Rows, stack: list, values: list, act: tuple) -> None:
    """One reduction of ``act`` (a row's ``(False, rule name, length, callback)``): the rule's values taken off the
    stacks and made one by its callback, then the goto of the rule's name from the state uncovered."""
    _, name, size, callback = act
    if size:
        taken = values[-size:]
        del stack[-size:]
        del values[-size:]
    else:
        taken = []
    stack.append(rows[stack[-1]][name][1])
    values.append(taken if callback is None else callback(taken))


def _end(rows: _Rows, state: ParserState) -> Tree | None:
    """The tree of the parser ``state`` asked to end (the state is spent), None when it refuses: Lark's
    ``ParserState.feed_token`` of "$END" (reduce until the start symbol's end state), read by ``rows`` as :func:`_take`
    reads it, without the exception Lark raises for a refusal (most ends tried are refused: its making was most of
    the cost). tests/test_fast_paths.py holds it to Lark's."""
    stack, values = state.state_stack, state.value_stack
    end_state = state.parse_conf.end_state
    while True:
        act = rows[stack[-1]].get("$END")
        if act is None or act[0]:  # refused (Lark never shifts "$END": an LALR table accepts by a reduction)
            return None
        _reduce(rows, stack, values, act)
        if stack[-1] == end_state:
            return values[-1]


def _range_has_space(low: int, high: int) -> bool:
    """Does the range of code points ``low``-``high`` (both included: a character class's ``a-z``) hold a whitespace
    character (``str.isspace``, what ``\\s`` matches)? Its own characters asked, in C: the grammars' ranges are a few
    dozen characters, where a pass over all 1,114,112 code points for the 29 spaces of Unicode took some 0.08 s of
    every process that reads citations (:class:`PrefixMemo`)."""
    return any(map(str.isspace, map(chr, range(low, high + 1))))


def crossings(pattern: str) -> float:
    """How many times a match attempt of ``pattern`` (a terminal's regular expression, lookaheads included) may
    cross from a run of non-space characters into whitespace: one per element that can match a whitespace
    character, a repeat of whitespace only (``\\s+``, ``\\s*``) counted once, a repeat of anything else that can take
    whitespace counted per repetition (``inf`` when unbounded); lookbehinds read backwards and count 0. An upper
    bound: a match attempt starting in one run of non-space characters reads no further than ``crossings + 1`` runs
    on, and one character beyond (a greedy repeat or ``\\b`` looks at the character after). Raises ValueError on an
    operator it does not know (a grammar that needs this function extended).

    Read with Python's own parser of regular expressions (``re._parser``, ``re._constants``): the standard library
    has no public one (its old names ``sre_parse`` and ``sre_constants`` are deprecated aliases of these since
    Python 3.11), and a second parser written here could read a pattern otherwise than ``re`` compiles it."""
    import re._constants as sre_c
    import re._parser as sre_p

    def kind(op, av) -> tuple[bool, bool] | None:  # one character: (can match whitespace, matches only whitespace)
        if op is sre_c.LITERAL:
            return (chr(av).isspace(),) * 2
        if op in (sre_c.NOT_LITERAL, sre_c.ANY):
            return True, False
        if op is not sre_c.IN:
            return None
        if any(iop is sre_c.NEGATE for iop, _ in av):
            return True, False
        can, only = False, True
        for iop, iav in av:
            if iop is sre_c.LITERAL:
                can, only = can or chr(iav).isspace(), only and chr(iav).isspace()
            elif iop is sre_c.RANGE:
                can, only = can or _range_has_space(*iav), False
            elif iop is sre_c.CATEGORY and iav is sre_c.CATEGORY_SPACE:
                can = True
            elif iop is sre_c.CATEGORY and iav in (sre_c.CATEGORY_DIGIT, sre_c.CATEGORY_WORD, sre_c.CATEGORY_NOT_SPACE):
                only = False
            else:
                can, only = True, False
        return can, only

    def seq(sub) -> float:
        return sum(one(op, av) for op, av in sub)

    def one(op, av) -> float:
        k = kind(op, av)
        if k is not None:
            return 1 if k[0] else 0
        if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, getattr(sre_c, "POSSESSIVE_REPEAT", None)):
            _, most, sub = av
            k = kind(*sub[0]) if len(sub) == 1 else None
            if k is not None and (k[1] or not k[0]):
                return 1 if k[0] else 0
            inner = seq(sub)
            return 0 if inner == 0 else float("inf") if most is sre_c.MAXREPEAT else most * inner
        if op is sre_c.SUBPATTERN:
            return seq(av[3])
        if op is sre_c.ATOMIC_GROUP:
            return seq(av)
        if op is sre_c.BRANCH:
            return max(seq(s) for s in av[1])
        if op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
            return seq(av[1]) if av[0] == 1 else 0
        if op is sre_c.AT:
            return 0
        raise ValueError(f"crossings: regular-expression operator {op} not handled")

    return seq(sre_p.parse(pattern))


def runs(count: float) -> re.Pattern:
    """The text a match attempt with ``count`` :func:`crossings` may read from where it starts, as a pattern matched
    there: the run of non-space characters (with the whitespace before it) and ``count`` runs more, then one
    character. No match: the attempt may have seen the end of the text. Raises ValueError for ``inf``."""
    if count == float("inf"):
        raise ValueError("a terminal may read without bound across spaces: no prefix of the text bounds its reading")
    return re.compile(r"\s*\S*(?:\s+\S+){%d}[\s\S]" % int(count))


@lru_cache(maxsize=512)
def needed_words(pattern: re.Pattern) -> tuple[tuple[tuple[str, bool], ...], ...]:
    """The strings every match of ``pattern`` reads, as groups of which the text holds at least one each: a run of
    literal characters outside any optional part (a repeat of at least one, lookarounds that must match, both
    directions, included: what they read is in the text too), and for an alternation one string of each branch (and
    the groups that every branch needs). Each string is paired with whether the pattern reads it ignoring case (then given in lower case). A group of
    none is not made: ``()`` for a pattern that needs no literal word. Read by :func:`may_match`. Read with Python's
    own parser of regular expressions, which has no public name (why: :func:`crossings`)."""
    import re._constants as sre_c
    import re._parser as sre_p

    repeats = (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, getattr(sre_c, "POSSESSIVE_REPEAT", None))

    def seq(sub, fold: bool) -> list[frozenset[tuple[str, bool]]]:
        out: list[frozenset[tuple[str, bool]]] = []
        run: list[str] = []

        def flush() -> None:
            if run:
                word = "".join(run)
                out.append(frozenset({(word.lower() if fold else word, fold)}))
                run.clear()

        for op, av in sub:
            if op is sre_c.LITERAL:
                run.append(chr(av))
                continue
            flush()
            if op is sre_c.SUBPATTERN:
                _, add, remove, inner = av
                out += seq(inner, bool((fold or add & re.IGNORECASE) and not remove & re.IGNORECASE))
            elif op is sre_c.ATOMIC_GROUP:
                out += seq(av, fold)
            elif op is sre_c.ASSERT:  # (?=...) and (?<=...): what they read is in the text
                out += seq(av[1], fold)
            elif op in repeats and av[0] >= 1:
                out += seq(av[2], fold)
            elif op is sre_c.BRANCH:
                each = [seq(branch, fold) for branch in av[1]]
                if all(each):  # one group of each branch (the one of the longest shortest string): one of them
                    out.append(frozenset().union(*(max(g, key=lambda grp: min(len(w) for w, _ in grp)) for g in each)))
                    out += [g for g in each[0] if all(g in other for other in each[1:])]  # and what every branch needs
            # anything else (a set, a category, a negative lookaround, a back reference ...) needs no literal
        flush()
        return out

    parsed = sre_p.parse(pattern.pattern, pattern.flags)
    groups = seq(parsed, bool(parsed.state.flags & re.IGNORECASE))
    return tuple(tuple(sorted(g)) for g in dict.fromkeys(groups))


def may_match(pattern: re.Pattern, text: str) -> bool:
    """Can ``pattern`` match anywhere in ``text``? False only when the text lacks every string of a group of
    :func:`needed_words` (substring tests in C, where the engine would try the pattern at each position). A string
    read ignoring case is sought in the text in lower case only where the text is ASCII: there a letter matches
    itself and its other case alone (in Unicode "K", the Kelvin sign, matches "k" ignoring case, and "\u017f" "s"),
    so such a group is not decided for any other text (True)."""
    lower = None
    for group in needed_words(pattern):
        for word, fold in group:
            if not fold:
                if word in text:
                    break
            else:
                if lower is None:
                    if not text.isascii():
                        break
                    lower = text.lower()
                if word in lower:
                    break
        else:
            return False
    return True


_MISS = object()
_DIGITS = re.compile("[0-8]")  # written 9 in a folded key (see PrefixMemo); faster than str.translate on Unicode


class PrefixMemo:
    """The results of a :class:`Prefixes` runner (:meth:`longest`) kept by the text they depend on: the window up to
    where the pass stopped (:attr:`Pass.stop`, and the whitespace after it), plus what the lexer may have looked at
    beyond, from every place it tried (:attr:`Pass.lexed`) in the parser state it tried in: as many runs of
    non-space characters as the terminals of that state's lexer can read across (:func:`crossings`, :func:`runs`).
    A later window that starts with that text gives the same result. Bucketed by the first ``KEY`` characters;
    bounded (cleared when it holds ``limit`` results). A prefix read alone (``alone=True``, backing up) depends on its
    own text only: its tree is kept by it exactly (:attr:`wholes`), for the next window that backs up to it.

    ``far``: {terminal: (head, peek)} for a terminal that may read too far across spaces to be counted (a document's
    name): a place where its lexer tried it and ``head`` (a compiled pattern, the start of the terminal's pattern
    up to where it refuses what it will not read) matches depends on ``peek`` characters from there; elsewhere the
    attempt failed within the head, whose crossings are counted. Every other terminal must read a bounded number of
    runs (ValueError otherwise).

    ``fold_digits``: the text is kept with every ASCII digit written 9, so that "resolution 71/1" and "resolution
    78/123" share one result: sound only while no terminal tells one digit from another (``\\d``, ``[0-9]``,
    ``\\w`` take any; tests/test_references_memo.py checks references.lark's). A result's tokens then hold the
    first text's digits: read the text at a token's span, not the token's value.

    ``grow``: a pass that the end of the window stopped, not the grammar, while the text goes on, is made again over a
    window twice as long, until the grammar stops it or the text ends (a list of forty resolutions and their dates is
    one citation: never cut by the width); such a result is not kept (no window of ``width`` characters holds all it
    read). The width stays what a result mostly spans: what the memo keys on."""

    KEY = 24

    def __init__(self, prefixes: Prefixes, width: int, *, far: dict[str, tuple[re.Pattern, int]] | None = None,
                 fold_digits: bool = False, limit: int = 10_000, grow: bool = False):
        self.prefixes = prefixes
        self.width = width  # characters after a place that a result may span: the window
        self.grow = grow  # a pass the window's end stopped is made again over a window twice as long
        self.far = dict(far or {})
        self.fold_digits = fold_digits
        self.limit = limit
        # (start, first characters) -> {length of the text depended on (None: the whole window) -> {text: result}}:
        # a look-up is one dict probe per length in use, however many windows share their first characters
        self.buckets: dict[tuple[str, str], dict[int | None, dict[str, tuple[int, Tree] | None]]] = {}
        self.wholes: dict[tuple[str, str], Tree | None] = {}  # (start, key of a prefix) -> Prefixes.whole of it
        self.size = 0
        self._folded: list[str | None] = [None, None]  # the last text folded, and its fold
        self._reach: dict[int, tuple[re.Pattern, tuple[tuple[re.Pattern, int], ...]]] = {}
        lark = prefixes.lark
        self._crossings = {t.name: crossings(t.pattern.to_regexp()) for t in lark.terminals if t.name not in self.far}
        self._crossings.update({name: crossings(head.pattern) for name, (head, _) in self.far.items()})
        unbounded = sorted(name for name, count in self._crossings.items() if count == float("inf"))
        if unbounded:
            raise ValueError(f"terminals {unbounded} may read without bound across spaces: give each in far")
        self._lexers = _inside(lark).lexers

    def clear(self) -> None:
        """Forget every result."""
        self.buckets.clear()
        self.wholes.clear()
        self.size = 0

    def key(self, text: str) -> str:
        """``text`` as the memo keys it: its digits written 9 with ``fold_digits``. The last text's fold is kept (by
        identity: the text held), as windows of one text are looked up in turn."""
        if not self.fold_digits:
            return text
        if self._folded[0] is not text:
            self._folded[:] = [text, _DIGITS.sub("9", text)]
        return self._folded[1]  # type: ignore[return-value]

    def longest(self, text: str, pos: int, start: str) -> tuple[int, Tree] | None:
        """:meth:`Prefixes.longest` of ``text[pos : pos + width]``, kept (the result is shared: never change the
        tree). The end and the tree's positions are offsets from ``pos``."""
        key = self.key(text)[pos : pos + self.width]
        got = self.get(start, key)
        if got is not _MISS:
            return got  # type: ignore[return-value]
        window = text[pos : pos + self.width]
        passed = self.prefixes.feed(window, start)
        depends = self.depends(key, passed)
        while self.grow and depends >= len(key) and pos + len(window) < len(text):
            # the pass may have read to the window's end (a list of forty resolutions cut in a date): read on
            window = text[pos : pos + 2 * len(window)]
            key = self.key(text)[pos : pos + len(window)]
            passed = self.prefixes.feed(window, start)
            depends = self.depends(key, passed)

        def whole(end: int) -> Tree | None:  # a prefix read alone depends on its text alone: kept by it
            got = self.wholes.get((start, key[:end]), _MISS)
            if got is _MISS:
                got = self.wholes[start, key[:end]] = self.prefixes.whole(window[:end], start)
                self.size += 1
            return got  # type: ignore[return-value]

        got = self.prefixes.longest_of(passed, window, start, whole=whole)
        if not (self.grow and len(key) >= self.width and (len(key) > self.width or depends >= len(key))):
            # a result read over a longer window, or over all of a window of the width that the text's end cut, is
            # not kept: a window of ``width`` characters does not hold what it depends on (``grow``)
            self.put(start, key, passed, got, depends)
        return got

    def get(self, start: str, key: str):
        """The result kept for a window whose key (:meth:`key`) is ``key``, else ``_MISS``."""
        for length, results in self.buckets.get((start, key[: self.KEY]), {}).items():
            got = results.get(key if length is None else key[:length], _MISS)
            if got is not _MISS:
                return got
        return _MISS

    def depends(self, key: str, passed: Pass) -> int:
        """How much of the window (its key) the pass and its result read: an offset, ``len(key)`` for all of it:
        from each try of the lexer (:attr:`Pass.lexed`), what the lexer of the state it tried in may look at (past
        the last character it may look at; no match: maybe the end of the text)."""
        whole = len(key)
        if passed.stop >= whole:
            return whole
        depends = whole - len(key[passed.stop :].lstrip())
        reach = self._reach
        for pos, state in passed.lexed:
            got = reach.get(state)
            if got is None:
                got = reach[state] = self._state_reach(state)
            seen = got[0].match(key, pos)
            if seen is None:
                return whole
            depends = max(depends, seen.end())
            for head, peek in got[1]:
                if head.match(key, pos):
                    depends = max(depends, pos + peek)
        return min(depends, whole)

    def _state_reach(self, state: int) -> tuple[re.Pattern, tuple[tuple[re.Pattern, int], ...]]:
        """What the lexer of parser ``state`` may read from where it tries: :func:`runs` of the most crossings of
        its terminals (the ignored ones included; a far terminal's head), and the far terminals it tries."""
        names = [t.name for t in self._lexers[state].terminals]
        return runs(max(self._crossings[n] for n in names)), tuple(self.far[n] for n in names if n in self.far)

    def put(self, start: str, key: str, passed: Pass, result: tuple[int, Tree] | None,
            depends: int | None = None) -> None:
        """Keep ``result`` for the text of the window (its key) that the pass read (:meth:`depends`, given or
        found)."""
        if depends is None:
            depends = self.depends(key, passed)
        if self.size >= self.limit:
            self.clear()
        bucket = self.buckets.setdefault((start, key[: self.KEY]), {})
        bucket.setdefault(None if depends >= len(key) else depends, {})[key[:depends]] = result
        self.size += 1
