"""What a time in a clause attaches to: the rules of ``grammar/attachment.lark``, each a pattern over the words
around a time ("the decisions taken by the General Assembly" before "at its seventy-eighth session": an act of the
Assembly, the session that act's), read by mandates/deadlines.py and mandates/clauses.py; and the word shapes the
clause's reading searches for the same way (the words before an infinitive's "to", the entries of an addressee
list: a list of treaties, two names before one head, "those of" a group), read by mandates/clauses.py,
mandates/addressees.py and mandates/extract.py.

    >>> rule("cited_report").search("the recommendations made by the fact-finding mission ") is not None
    True
    >>> rule("act_of_assembly").search("the substantive items recommended ").group("be") is None
    True

Each rule of the grammar cites the resolution that shows its shape. The grammar is read with Lark's public API: the
grammar of Lark's own notation that Lark ships (``lark/grammars/lark.lark``, :func:`_notation`) parses attachment.lark
into a tree of its rules, terminals, templates and ``%declare``s, and each rule is compiled, in the order written, to
one Python regex: a rule's words are searched for around a time, most often at the end of the words
before it (a ``/$/``), which an LALR parse from a start does not do; the regex keeps that search as fast as it was.
How a rule compiles:

- a literal ``"word"`` is the word escaped, ``/regex/`` as written, a flag ``i`` read as ``(?i:...)``;
- ``a b`` one after the other, ``a | b`` tried in the order written (Lark's own terminals sort them by length), ``x?``,
  ``[x]``, ``x*``, ``x+``, ``x~n``, ``x~n..m`` as the regex's greedy quantifiers;
- the templates of the grammar are the regex's own operators: ``_lazy{x}`` (x a repetition, taken as few times as the
  rest allows), ``_ahead{x}``, ``_not_ahead{x}``, ``_behind{x}``, ``_not_behind{x}`` (the lookarounds), ``_title{x}``
  (x in any case, ``(?i:x)``: a name's title case);
- a TERMINAL and a ``_rule`` are inlined; a ``rule`` without the underscore is a named group of the pattern
  (``(?P<rule>...)``), as it would be a subtree of a parse: at most once in a pattern;
- a ``%declare``d terminal is a word list of data/deadline_words.txt (:data:`WORD_LISTS`; its words with a number
  after them, :data:`COUNTED_LISTS`) or of another data file
  (:data:`DATA_LISTS`: complements.txt, operative_verbs.txt), as ``data.alternation`` writes it (the longest first, a space any white space), or the
  terminal of that name of another grammar (:data:`SHARED`: a month, a body's name).

tests/test_attachment.py reads each rule on a real paragraph; every rule compiles to the same regex as the one it
replaced in deadlines.py and clauses.py (the same ``re`` code, checked when the rules were moved).
"""

from __future__ import annotations

import re
from functools import lru_cache

from lark import Lark, Token, Tree

# the terminals attachment.lark declares: the section of data/deadline_words.txt that lists their words
WORD_LISTS = {
    "PAST_PARTICIPLE": "past participles",
    "COMING_PARTICIPLE": "participles of a coming event",
    "GERUND_VERB": "verbs before a gerund",
    "COMMEMORATION": "commemorations",
    "COMMEMORATION_FALLS": "commemorations fall",
    "CONTRIBUTE_VERB": "contributions to an event",
    "GOAL_VERB": "goal verbs",
    "GOAL_GERUND": "goal gerunds",
    "BUDGET_VERB": "budget verbs",
    "RECITAL_PARTICIPLE": "recital participles",
    "EXPECTATION_PARTICIPLE": "expectation participles",
    "OBSERVANCE": "observances",
}

# the terminals attachment.lark declares that a section of data/deadline_words.txt lists as words with a number after
# them (``data.counted``: "quarterly 3"): the words
COUNTED_LISTS = {
    "RECURRING_MONTHS": "recurring months",
}

# the terminals attachment.lark declares that a section of another data file lists: (the file, the section; None: the
# whole file, one list)
DATA_LISTS = {
    "INSTRUMENT_NOUN": ("complements.txt", "instrument nouns"),
    "CONNECTIVE": ("operative_verbs.txt", "connectives"),
    "CONFORMITY": ("operative_verbs.txt", "conformity"),
    "DIRECTIVE": ("operative_verbs.txt", "directives"),
    "OFFICE_TITLE": ("office_titles.txt", None),  # a file of one list, no sections
    "MEETING_HEAD": ("reports_elsewhere.txt", "meeting heads"),
}

# the terminals attachment.lark declares that another grammar defines: the grammar (its parser, which the mandates read
# anyway: a month of grammar/deadlines.lark, a body's name as grammar/reports.lark reads a receiver)
SHARED = {"MONTH": "deadlines", "YEAR": "deadlines", "NAME_TO": "reports"}

# the terminals attachment.lark declares that mandates/deadlines.py builds from a data list for grammar/deadlines.lark
# too (``deadlines.recurring_years``: data/deadline_words.txt [recurring adjectives] and their adverbs)
RECURRING_YEARS = ("RECURRING_YEARS", "RECURRING_YEARS_ADVERB")


@lru_cache(maxsize=1)
def _notation() -> Lark:
    """The parser of Lark's own notation, from the grammar Lark ships for it (``lark.lark``; public API:
    ``Lark.open_from_package``). Its tree: ``rule``/``token`` (the name, its parameters, maybe a priority, the body),
    ``declare``, and in a body ``expansions`` (alternatives), ``expansion`` (a sequence), ``expr`` (an operand and an
    ``OP`` or the bounds of ``~``), ``maybe`` (``[x]``), ``name``, ``literal`` (a STRING or REGEXP token as written),
    ``template_usage``; a node of one child is inlined (``?expansion``)."""
    return Lark.open_from_package("lark", "lark.lark", ("grammars",), parser="lalr", maybe_placeholders=False)


@lru_cache(maxsize=1)
def _definitions() -> dict:
    """{name: the tree of its body as :func:`_notation` reads it (None for a declared terminal)} of every rule and
    terminal of attachment.lark; kept between runs as the LALR grammars are (``grammars.cache_path``, named for the
    grammar's text): reading the grammar takes Lark's parser of its notation, ~0.3 s."""
    import pickle

    from ..grammars import cache_path, grammar_text

    text = grammar_text("attachment.lark")
    path = cache_path("attachment-notation", text)
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except (OSError, TypeError, pickle.UnpicklingError, EOFError, AttributeError):
        pass  # no cache (False: no cache directory), or one unreadable: read the grammar
    definitions: dict = {}
    for item in _notation().parse(text).children:
        if item.data == "declare":
            definitions.update((str(name.children[0]), None) for name in item.children)
        elif item.data in ("rule", "token"):  # its name, its parameters, maybe a priority, its body
            definitions[str(item.children[0])] = item.children[-1]
        else:
            raise ValueError(f"grammar/attachment.lark: no regex for the statement {item.data!r}")
    if path:  # written whole under another name, then renamed: a reader never sees half a file
        import os
        import tempfile

        tmp = None
        try:
            fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), suffix=".tmp")
            with os.fdopen(fd, "wb") as f:
                pickle.dump(definitions, f)
            os.replace(tmp, path)
        except OSError:
            if tmp is not None and os.path.exists(tmp):
                os.unlink(tmp)
    return definitions


def _literal(token: Token) -> str:
    """The regex of a literal as Lark's notation writes it: ``"word"`` the word (its escapes read as in a Python string)
    escaped, ``/regex/`` the regex as written; each flag after it (``"word"i``, ``/x/i``) a group ``(?i:...)``, as
    Lark's own terminals compile them."""
    import ast

    written = str(token)
    end = max(written.rfind('"'), written.rfind("/"))
    body, flags = written[1:end], written[end + 1 :]
    regex = re.escape(ast.literal_eval('"' + body + '"')) if token.type == "STRING" else body
    for flag in flags:
        regex = f"(?{flag}:{regex})"
    return regex


def _declared(name: str) -> str:
    """The regex of a terminal attachment.lark declares (:data:`WORD_LISTS`, :data:`COUNTED_LISTS`, :data:`DATA_LISTS`,
    :data:`SHARED`, :data:`RECURRING_YEARS`).
    Raises KeyError for one that none fills."""
    from .. import data

    if name in SHARED:
        from . import deadlines, reports

        from ..grammars import terminal_regex

        parser = {"deadlines": deadlines._parser, "reports": reports._parser}[SHARED[name]]()
        return terminal_regex(parser, name)
    if name in RECURRING_YEARS:
        from .deadlines import recurring_years

        return recurring_years()[name]
    if name in COUNTED_LISTS:
        return data.alternation(data.counted("deadline_words.txt", COUNTED_LISTS[name]))
    if name in DATA_LISTS:
        file, section = DATA_LISTS[name]
        return data.alternation(data.lines(file) if section is None else data.sections(file)[section])
    if name not in WORD_LISTS:
        raise KeyError(f"grammar/attachment.lark declares {name}, which no word list of data/deadline_words.txt or "
                       "of attachment.DATA_LISTS fills")
    return data.alternation(data.sections("deadline_words.txt")[WORD_LISTS[name]])


def _name(node) -> str | None:
    """The name a ``name`` node of :func:`_notation`'s tree holds (a rule's, a TERMINAL's); None for any other node."""
    return str(node.children[0]) if isinstance(node, Tree) and node.data == "name" else None


def _regex(node) -> str:
    """The regex of one node of a rule's tree (:func:`_notation`: expansions, expansion, expr, maybe, name, literal,
    template_usage)."""
    if isinstance(node, Token):  # an operator's operand ("?", "*", the bounds of "~") is read by "expr"
        raise ValueError(f"unexpected token {node!r} in grammar/attachment.lark")
    name = _name(node)
    if name is not None and name.isupper():  # a TERMINAL, a _TERMINAL
        tree = _definitions()[name]
        return f"(?:{_declared(name) if tree is None else _regex(tree)})"
    if name is not None:
        inner = _regex(_definitions()[name])
        return f"(?:{inner})" if name.startswith("_") else f"(?P<{name}>{inner})"
    kind, kids = node.data, node.children
    if kind == "expansions":
        return _regex(kids[0]) if len(kids) == 1 else "(?:" + "|".join(map(_alternative, kids)) + ")"
    if kind == "expansion":
        return "".join(map(_regex, kids))
    if kind == "literal":
        return _literal(kids[0])
    if kind == "template_usage":
        op, arg = _name(kids[0]), kids[1]
        if op == "_lazy":
            return _regex(_repetition(arg)) + "?"
        return _LOOKAROUND[op] % _regex(arg)
    if kind == "maybe":
        return f"(?:{_regex(kids[0])})?"
    if kind == "expr":  # the operand, then an OP ("?", "*", "+") or the bounds of "~" (one or two NUMBERs)
        inner, bounds = _regex(kids[0]), [str(k) for k in kids[1:]]
        op = bounds[0] if kids[1].type == "OP" else "{%s}" % ",".join(bounds)
        return f"(?:{inner}){op}"
    raise ValueError(f"grammar/attachment.lark: no regex for {kind!r}")


def _alternative(node) -> str:
    """The regex of one alternative of an alternation: an alternation itself (a TERMINAL, a ``_rule`` or a group of
    alternatives, alone in the alternative) joined in without a group of its own, as one would write it: "a|b|c", not
    "a|(?:b|c)", the same match."""
    inner = node
    while True:
        name = _name(inner)
        if name is not None and (name.isupper() or name.startswith("_")):
            tree = _definitions()[name]
            if tree is None:
                return _declared(name)
            inner = tree
        elif isinstance(inner, Tree) and inner.data in ("expansion", "expansions") and len(inner.children) == 1:
            inner = inner.children[0]
        elif isinstance(inner, Tree) and inner.data == "expansions":
            return "|".join(map(_alternative, inner.children))
        else:
            return _regex(node)


# the templates of attachment.lark that are the regex's lookarounds
_LOOKAROUND = {"_ahead": "(?=%s)", "_not_ahead": "(?!%s)", "_behind": "(?<=%s)", "_not_behind": "(?<!%s)",
               "_title": "(?i:%s)"}  # and x in any case (a name's title case)


def _repetition(node) -> Tree:
    """The one repetition (an ``expr`` node: ``x*``, ``x~n..m``) that ``node`` is or names, through a rule of one item:
    the operand of ``_lazy``."""
    while True:
        if _name(node) is not None:
            node = _definitions()[_name(node)]
        elif isinstance(node, Tree) and node.data == "expr":
            return node
        elif isinstance(node, Tree) and len(node.children) == 1:
            node = node.children[0]
        else:
            raise ValueError(f"grammar/attachment.lark: _lazy takes a repetition, not {node}")


def pattern(name: str) -> str:
    """The regex (text) of rule ``name`` of grammar/attachment.lark. Raises KeyError for an unknown rule or a
    declared terminal without a word list."""
    tree = _definitions()[name]
    if not isinstance(tree, Tree):
        raise KeyError(f"grammar/attachment.lark: {name} has no definition")
    return _regex(tree)


@lru_cache(maxsize=None)
def rule(name: str) -> re.Pattern:
    """Rule ``name`` of grammar/attachment.lark compiled (:func:`pattern`), once per name. Raises KeyError for an
    unknown rule."""
    return re.compile(pattern(name))
