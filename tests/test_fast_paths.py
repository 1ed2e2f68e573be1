"""Units: the faster steps of the pipeline (bench/bench_pipeline.py), each against the rule or the code it replaces:
the normalizer's line split (any text, by hypothesis), the tree walk (the bundled texts)."""

from __future__ import annotations

from functools import lru_cache

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import lark_longest, lark_pass
from resparse import normalize
from resparse.model import Paragraph, Resolution, Span

# texts made of line breaks of every kind ("\r\n" as "\r" then "\n"), spaces and a few letters
_LINES = st.text(alphabet=st.sampled_from(["\r", "\n", "\x0b", "\x0c", "\x85", "\u2028", " ", "a", "_"]))


@given(_LINES | st.text())
@settings(max_examples=400, deadline=None)
def test_split_lines_is_the_line_break_rule(text):
    assert normalize.split_lines(text) == normalize._LINE_SPLIT.split(text)


def _walk_by_levels(res: Resolution):
    """The rule: each top-level paragraph, then its sub-paragraphs depth first (``Paragraph.walk``)."""
    for p in res.paragraphs:
        yield from p.walk()


def test_the_walk_is_document_order_depth_first(all_texts):
    for res in all_texts.values():
        assert [id(p) for p in res.walk()] == [id(p) for p in _walk_by_levels(res)]
    span = Span(1, 1, 1, 2)
    nested = Resolution(None, None, None, paragraphs=[
        Paragraph("", str(n), "operative", str(n), "x", span, children=[
            Paragraph("", f"{n} ({m})", "subparagraph", m, "y", span, children=[
                Paragraph("", f"{n} ({m}) (i)", "subparagraph", "i", "z", span)]) for m in "ab"]) for n in (1, 2)])
    assert [p.label for p in nested.walk()] == [p.label for p in _walk_by_levels(nested)] == [
        "1", "1 (a)", "1 (a) (i)", "1 (b)", "1 (b) (i)", "2", "2 (a)", "2 (a) (i)", "2 (b)", "2 (b) (i)"]


def test_citations_kept_per_text_are_those_read_anew(all_texts):
    """references._find keeps the citations of a text (texts recur across resolutions): a text met again, in
    another resolution, gives what reading it anew gives, in a new list."""
    from resparse import references

    texts = [p.text for res in all_texts.values() for p in res.walk()]
    texts += [f.text for res in all_texts.values() for f in res.footnotes]
    references._MEMO.clear()
    first = [references.find(t) for t in texts]
    again = [references.find(t) for t in texts]
    assert len(references._MEMO.found) > 100  # kept
    anew = [references._find_anew(t, references._word_hits(t)) for t in texts]
    assert first == again == anew
    assert sum(map(len, anew)) > 50
    assert all(a is not b for a, b in zip(first, again) if a)  # a new list each call


# letters ASCII and not, digits, underscores, quotes, dashes, spaces: what a words scan meets
_WORDY = st.text(alphabet=st.sampled_from(["a", "Z", "é", "ß", "İ", "ſ", "K", "ж", "’", "–", "_", "7", "٣", " ", ",", "\n"]))


@given(_WORDY | st.text())
@settings(max_examples=400, deadline=None)
def test_language_words_are_the_word_rule(text):
    """sources.language.words splits ASCII-lettered text in C: the words of the regular expression it replaces."""
    from resparse.sources import language

    for t in (text, text.lower()):
        assert language.words(t) == language._WORD.findall(t)


@given(_WORDY | st.text(alphabet=st.characters(max_codepoint=0x7F)) | st.text())
@settings(max_examples=400, deadline=None)
def test_no_digits_is_sure(text):
    """shapes.no_digits, which lets the footnote marker scan and the glued-number check skip a text: never True
    where the text holds a digit (\\d, of any script), and True for every ASCII text that holds none."""
    import re

    from resparse.shapes import no_digits

    holds = re.search(r"\d", text) is not None
    assert not (no_digits(text) and holds)
    if text.isascii():
        assert no_digits(text) == (not holds)


def _opening_rule(kind: str):
    """The opening-phrase pattern as first written: every phrase of several words its own branch, the modifiers
    written out in each (phrases._opening_regex shares one branch among the phrases of a first word)."""
    import re

    from resparse import data

    sections = data.sections("opening_phrases.txt")
    phrases = [*sections["preambular"], *sections["operative"]] if kind == "both" else list(sections[kind])

    def alt(words):
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))

    modifiers, adverbs = alt(sections["modifiers"]), alt(sections["adverbs"])
    phrase_alt = "|".join(
        re.escape(w.split(" ", 1)[0]) + rf"(?:,?\s+(?:{modifiers}))*,?\s+"
        + re.escape(w.split(" ", 1)[1]).replace(r"\ ", r"\s+") if " " in w else re.escape(w)
        for w in sorted(set(phrases), key=len, reverse=True))
    predicates = alt([p for p in sections["preambular"] if not any(w.endswith("ing") for w in p.split())])
    copulas = {"preambular": ["preambular copulas"], "operative": ["copulas"]}.get(
        kind, ["copulas", "preambular copulas"])
    copular = "".join(rf"|(?:{alt(sections[c])})\s+(?:(?:{adverbs})\s+)*(?:{predicates})" for c in copulas)
    return re.compile(rf"^(?:(?:{adverbs})\s+)*(?:{phrase_alt}{copular})(?:\s+(?:{modifiers}))*(?=[\s,:;]|$)",
                      re.IGNORECASE)


def _opening_words():
    from resparse import data

    sections = data.sections("opening_phrases.txt")
    words = {w for entries in sections.values() for e in entries for w in e.split()}
    return sorted(words | {"the", "report", "Assembly", "with", "to", "in", "of"})


# texts made of the words of the opening phrases (adverbs, phrases, modifiers, copulas) and a few others, in any
# order and case, between the separators an opening meets
_OPENINGS = st.lists(
    st.tuples(st.sampled_from(_opening_words()), st.sampled_from([" ", ", ", "\n", "  ", ",", ": ", ";", ""]),
              st.booleans()),
    max_size=7,
).map(lambda parts: "".join((w.lower() if low else w) + sep for w, sep, low in parts))


@given(_OPENINGS)
@settings(max_examples=1500, deadline=None)
def test_opening_phrase_pattern_is_the_per_phrase_rule(text):
    """phrases._opening_regex (one branch per first word) matches what the per-phrase pattern matches."""
    from resparse import phrases

    for kind in ("both", "preambular", "operative"):
        new, rule = phrases._opening_regex(kind).match(text), _opening_rule(kind).match(text)
        assert (new and new.group(0)) == (rule and rule.group(0)), kind


_OPENINGS_SPACED = st.lists(
    st.tuples(st.sampled_from(_opening_words()),
              st.sampled_from([" ", "  ", "\n", "\t", "\u00a0", "\x0c", " \u2009", ", ", "\u00e9 "])),
    max_size=5,
).map(lambda parts: "".join(w + sep for w, sep in parts))


@given(_OPENINGS | _OPENINGS_SPACED)
@settings(max_examples=1500, deadline=None)
def test_opening_phrase_spaces_are_the_substitution_rule(text):
    """phrases.opening_phrase makes the white space of a match single spaces by ``_SPACES.sub`` only where the match
    may hold other white space (not ASCII, not printable, or a double space): the answer of the rule that always
    substitutes."""
    from resparse import phrases

    m = phrases._opening_regex().match(text)
    rule = phrases._SPACES.sub(" ", m.group(0)) if m else None
    first = phrases._FIRST_WORD.match(text).group(0).lower()
    assert phrases.opening_phrase(text) == (rule if first in phrases._first_words() else None)


def test_opening_phrase_pattern_on_the_texts(all_texts):
    """The same on every paragraph of the bundled texts; and the pattern is much the shorter (compiled at
    start-up: each first word's phrases share one list of modifiers)."""
    from resparse import phrases

    texts = [p.text for res in all_texts.values() for p in res.walk()]
    for kind in ("both", "preambular", "operative"):
        new, rule = phrases._opening_regex(kind), _opening_rule(kind)
        assert [m and m.group(0) for m in map(new.match, texts)] == [m and m.group(0) for m in map(rule.match, texts)]
        assert len(new.pattern) < len(rule.pattern) / 1.8
    assert sum(1 for t in texts if phrases._opening_regex().match(t)) > 50


def _pass_by_lark(window: str, start: str):
    """The pass of the references grammar's longest-prefix runner as first written in references.py: Lark alone
    (conftest.lark_pass)."""
    from resparse import references

    return lark_pass(references._parser(), window, start)


def _what_lark_reads(window: str, start: str):
    """What a pass gives the runner: the token ends where the input could end, the last token, where the pass
    stopped (the offset of the character or token refused, else the window's end)."""
    from lark.exceptions import UnexpectedToken

    ends, last, exc = _pass_by_lark(window, start)
    stop = len(window) if exc is None else exc.token.start_pos if isinstance(exc, UnexpectedToken) else exc.pos_in_stream
    return ends, last and (last.type, last.start_pos, last.end_pos), stop


def _what_the_runner_reads(window: str, start: str):
    from resparse import references

    passed = references._prefixes().feed(window, start)
    return passed.ends, passed.last and (passed.last.type, passed.last.start_pos, passed.last.end_pos), passed.stop


def _spans(tree):
    """A tree with its positions: rule names and token types with their spans."""
    from lark import Token

    if isinstance(tree, Token):
        return (tree.type, tree.start_pos, tree.end_pos)
    return (tree.data, tree.meta.start_pos, tree.meta.end_pos, tuple(_spans(c) for c in tree.children))


def _longest_by_lark(window: str, start: str):
    """The longest prefix as references.py first read it, by Lark alone (conftest.lark_longest)."""
    from resparse import references

    got = lark_longest(references._parser(), window, start)
    return got and (got[0], _spans(got[1]))


def _longest_by_the_runner(window: str, start: str, shortcut: bool = True):
    from resparse import references

    got = references._prefixes().longest(window, start, shortcut)
    return got and (got[0], _spans(got[1]))


# citation words, numbers, markers and separators in any order: windows where the lexer and the parser refuse
_CITING = st.lists(st.sampled_from(
    ["paragraph", "paragraphs", "resolution", "resolutions", "71/1", "12", "(a)", "(ii)", "annex", "II", "of", "the",
     "present", "and", "to", "its", "General Assembly", "A/78/42", "above", ",", ";", ".", " ", "Article", "rule",
     "3.1", "decision", "section", "“", "x", "the Secretary-General", "report", "Council"]), max_size=12).map(" ".join)


@given(_CITING | st.text())
@settings(max_examples=400, deadline=None)
def test_the_pass_reads_as_larks_contextual_lexer(window):
    """grammars.Prefixes.feed reads the tokens by the lexer of each parser state without Lark's second try where it
    refuses: the same pass as Lark's, for any text and both start rules of the citation grammar; and the longest
    prefix it gives, by its first try or backing up, is the one Lark's parse of the prefixes gives."""
    for start in ("start", "term_start"):
        assert _what_the_runner_reads(window, start) == _what_lark_reads(window, start)
        want = _longest_by_lark(window, start)
        assert _longest_by_the_runner(window, start) == want
        assert _longest_by_the_runner(window, start, shortcut=False) == want


def test_the_pass_on_the_texts(all_texts):
    """The same at every place of the bundled texts where a citation may start."""
    from lark.exceptions import UnexpectedToken

    from resparse import references

    texts = [p.text for res in all_texts.values() for p in res.walk()]
    texts += [f.text for res in all_texts.values() for f in res.footnotes]
    windows = [t[m.start() : m.start() + references._WINDOW] for t in texts for m in references._ANCHOR.finditer(t)]
    assert len(windows) > 40
    refused_by_the_lexer = backed_up = 0
    for window in windows:
        assert _what_the_runner_reads(window, "start") == _what_lark_reads(window, "start")
        want = _longest_by_lark(window, "start")
        assert _longest_by_the_runner(window, "start") == want
        assert _longest_by_the_runner(window, "start", shortcut=False) == want
        exc = _pass_by_lark(window, "start")[2]
        refused_by_the_lexer += isinstance(exc, UnexpectedToken) and exc.token_history is not None  # its second try
        passed = references._prefixes().feed(window, "start")
        backed_up += bool(want) and (passed.state is None or passed.last.end_pos != want[0])  # not the first try
    assert refused_by_the_lexer > 0  # Lark's second try met and worded otherwise (UnexpectedToken): the case covered
    assert backed_up > 0  # the runner backed up to an earlier end


def test_a_prefix_backed_up_to_is_read_alone():
    """BARE_SUB, a sub-item's letter without parentheses, is one only right before " of": in "Article 73 e of xyz"
    the pass reads "Article 73 e of" and the lexer refuses "xyz"; backed up, the prefix "Article 73 e" read as a text
    of its own has no " of" after the "e", so the citation is "Article 73", as Lark's parse of the prefixes gives
    (references' runner is ``alone``); the tokens of the window fed again would give "Article 73 e"."""
    from resparse import references
    from resparse.grammars import Prefixes

    window = "Article 73 e of xyz"
    assert [t.type for t in references._prefixes().feed(window, "start").tokens] == ["ARTICLE", "NUM", "BARE_SUB", "OF"]
    assert _longest_by_the_runner(window, "start") == _longest_by_lark(window, "start")
    assert _longest_by_the_runner(window, "start")[0] == len("Article 73")
    assert [c.phrase for c in references.find(window)] == ["Article 73"]
    assert Prefixes(references._parser()).longest(window, "start")[0] == len("Article 73 e")


def test_the_rows_count_and_encode_as_the_rules(all_texts):
    """corpus._assemble: the document's paragraph count is the walk's (every paragraph at any depth), and the JSON
    columns, written by an encoder that looks for no cycle, are json.dumps's."""
    import json

    from resparse import consistency, corpus, references
    from resparse.mandates import extract

    for res in all_texts.values():
        problems, refs, mandates = consistency.check(res), references.resolve(res), extract(res, states=True)
        doc, rows = corpus._assemble(res, problems, refs, mandates)
        assert doc["paragraphs"] == sum(1 for _ in res.walk()) == len(rows["paragraphs"])
        assert [r["data"] for r in rows["mandates"]] == [json.dumps(m.to_dict(), ensure_ascii=False) for m in mandates]
        assert doc["warnings"] == json.dumps([w.to_dict() for w in res.warnings], ensure_ascii=False)
    assert sum(len(corpus._assemble(res, [], [], extract(res))[1]["mandates"]) for res in all_texts.values()) > 50


def test_the_runner_skips_any_ignored_terminal_and_refuses_lexer_callbacks():
    """grammars.Prefixes skips the terminals Lark's ``%ignore`` names, whatever their name; a lexer with callbacks
    (a string terminal that a pattern terminal also matches: Lark retypes such tokens in a callback) is refused, as
    the runner reads tokens by the patterns alone."""
    import pytest
    from lark import Lark

    from resparse.grammars import Prefixes

    spaced = Lark('start: "a" "b"\nGAP: /[ \\t]+/\n%ignore GAP', parser="lalr", lexer="contextual")
    assert Prefixes(spaced).longest("a \tb c", "start")[0] == 4
    colliding = Lark('start: (WORD | "of")+\nWORD: /[a-z]+/\n%ignore " "', parser="lalr", lexer="contextual")
    with pytest.raises(ValueError, match="callbacks"):
        Prefixes(colliding).feed("one of two", "start")


def test_parse_pauses_the_collector_and_leaves_it_as_it_was(monkeypatch):
    """parse_text runs with the cyclic collector paused (its objects die by their reference count) and leaves it
    enabled or disabled as it found it, also where the text is refused."""
    import gc
    import importlib

    from resparse import InputError, bundled_texts

    parse_mod = importlib.import_module("resparse.parse")
    seen = []
    build = parse_mod.build
    monkeypatch.setattr(parse_mod, "build", lambda *a: seen.append(gc.isenabled()) or build(*a))
    text = next(iter(bundled_texts())).read_text(encoding="utf-8")
    was = gc.isenabled()
    try:
        gc.enable()
        parse_mod.parse_text(text)
        assert seen == [False] and gc.isenabled()
        gc.disable()
        parse_mod.parse_text(text)
        assert seen == [False, False] and not gc.isenabled()
        gc.enable()
        try:
            parse_mod.parse_text("Le texte est en français. " * 40)
        except InputError:
            pass
        assert gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()


# digits of several scripts, marker neighbours (spaces, commas, a slash, letters), what the footnote scan meets
_DIGITY = st.text(alphabet=st.sampled_from(["1", "9", "0", "٣", "²", " ", ",", "/", "a", "A", "é", ".", "\n", "-",
                                            "–"]))


@given(_DIGITY | st.text())
@settings(max_examples=400, deadline=None)
def test_footnote_digit_runs_are_the_plus_rule(text):
    """footnotes._DIGITS ("\\d\\d*+", searched by the engine's scan for its first class) finds the runs "\\d+" finds,
    but those followed by "/", "-" or "–" (where no marker shape ends), whole: never their first digits alone."""
    import re

    from resparse import footnotes

    assert [m.span() for m in footnotes._DIGITS.finditer(text)] == [
        m.span() for m in re.finditer(r"\d+", text) if text[m.end() : m.end() + 1] not in ("/", "-", "–")]


@given(_DIGITY | st.text(alphabet=st.characters(max_codepoint=0x7F)))
@settings(max_examples=400, deadline=None)
def test_footnote_digit_runs_of_an_ascii_text_are_the_unicode_rule(text):
    """footnotes._ASCII_DIGITS ("[0-9]"), which the marker scan uses on an ASCII text, finds there the runs that
    footnotes._DIGITS ("\\d") finds; on any other text the scan uses _DIGITS."""
    from resparse import footnotes

    if text.isascii():
        assert [m.span() for m in footnotes._ASCII_DIGITS.finditer(text)] == [
            m.span() for m in footnotes._DIGITS.finditer(text)]


@given(_WORDY | st.text(alphabet=st.characters(max_codepoint=0x7F)))
@settings(max_examples=400, deadline=None)
def test_a_text_without_digits_holds_no_footnote_marker(text):
    """footnotes.resolve_markers skips a text that shapes.no_digits clears: no marker shape (the one-pass scan, a
    resolution number's run, a numbered name's) is found in it."""
    from resparse import footnotes
    from resparse.shapes import no_digits

    if no_digits(text):
        assert not list(footnotes._ANY_MARKER.finditer(text))
        assert not footnotes._LONG_RESNUM.search(text) and not footnotes._GLUED_NAME.search(text)


def test_source_pos_is_the_search_rule(all_texts):
    """normalize.Line.source_pos takes the first and the last piece of a line without bisect_right: the piece the
    search gives, for every offset of every logical line of the bundled texts (and one past the end)."""
    from bisect import bisect_right

    from resparse.normalize import normalize
    from resparse import bundled_texts

    checked = 0
    for path in bundled_texts():
        for line in normalize(path.read_text(encoding="utf-8")).lines:
            for offset in range(len(line.text) + 1):
                piece = line.pieces[max(0, bisect_right(line.pieces, offset, key=lambda p: p.offset) - 1)]
                rel = max(0, offset - piece.offset)
                clean0, src0 = piece.colmap[max(0, bisect_right(piece.colmap, rel, key=lambda c: c[0]) - 1)]
                assert line.source_pos(offset) == (piece.line, src0 + rel - clean0 + 1)
                checked += len(line.pieces) > 1
    assert checked > 1000



@given(st.integers(), st.integers(), st.lists(st.tuples(st.integers(0, 99), st.integers(0, 99)), max_size=3))
@settings(max_examples=100, deadline=None)
def test_a_piece_made_in_c_is_the_named_tuple(offset, line, colmap):
    """normalize._piece (tuple.__new__ on Piece, called from C) makes what Piece(...) makes: a Piece, its fields."""
    from resparse.normalize import Piece, _piece

    made = _piece((offset, line, colmap))
    assert type(made) is Piece and made == Piece(offset, line, colmap)
    assert (made.offset, made.line, made.colmap) == (offset, line, colmap)


def _page_header_rule(raw: list[str]) -> tuple[set[int], set[int]]:
    """normalize._page_header_lines as first written: each empty line's next ten lines matched against the counter
    pattern, then every line that holds "/"."""
    from resparse.normalize import _COUNTER, _JOB, _SYMBOL_LINE

    drop: set[int] = set()
    starts: set[int] = set()
    n = len(raw)
    handled: set[int] = set()
    for i, line in enumerate(raw):
        if line != "":
            continue
        counters = [k for k in range(i + 1, min(n, i + 11)) if _COUNTER.match(raw[k])]
        if not counters:
            continue
        last = counters[0]
        for k in range(counters[0] + 1, min(n, counters[0] + 3)):
            if _JOB.match(raw[k]):
                last = k
        drop.update(range(i, last + 1))
        handled.add(counters[0])
        starts.add(last + 1)
    for i, line in enumerate(raw):
        if "/" not in line or i in handled or not _COUNTER.match(line):
            continue
        near = [k for k in range(max(0, i - 3), min(n, i + 4)) if _JOB.match(raw[k]) or _SYMBOL_LINE.match(raw[k])]
        if near:
            lo, hi = min(near + [i]), max(near + [i])
            drop.update(range(lo, hi + 1))
            starts.add(hi + 1)
    return drop, starts


# the lines a page break is made of (empty lines, counters, job numbers, symbols), and text lines that hold a "/"
_PAGE_LINES = st.lists(st.sampled_from(["", "", " ", "2/16", " 3/5 ", "12/120", "1/2/3", "23-12345 (E)", "24-01234",
                                        "A/RES/78/1", "A/RES/79/L.5 ", "resolution 70/1,", "Recalling", "a"]),
                       max_size=40)


@given(_PAGE_LINES)
@settings(max_examples=300, deadline=None)
def test_page_headers_are_the_window_rule(raw):
    """normalize._page_header_lines finds the counters once (lines with "/" only) and each empty line's first
    counter by bisection: the lines and page starts of the rule that matched each empty line's window."""
    assert normalize._page_header_lines(raw) == _page_header_rule(raw)


def test_page_headers_on_the_corpus():
    """The same on every text of the corpus (../shared; skipped where it is absent) and the bundled texts."""
    from conftest import CORPUS
    from resparse import bundled_texts

    paths = [*bundled_texts(), *(sorted(CORPUS.glob("*.txt"))[::4] if CORPUS.is_dir() else [])]
    dropped = 0
    for path in paths:
        raw = normalize.split_lines(path.read_text(encoding="utf-8"))
        found = normalize._page_header_lines(raw)
        assert found == _page_header_rule(raw), path.name
        dropped += len(found[0])
    assert dropped > 50


def _needs_cleaning_rule(raw: str) -> bool:
    """normalize._needs_cleaning as first written: the map's characters looked for by the regular expression in
    every line."""
    inner = raw.strip(" ")
    return bool(inner[:1] in ("#", "-", "+", "•") or normalize._NEEDS_CHARS.search(raw) or "  " in inner
                or (inner[1:2] == " " and normalize._SPACED_START.match(raw))
                or ("- " in inner and normalize._HYPHEN_SPACE.search(inner)))


# lines of letters, spaces, markdown leads, hyphens, the map's characters (ASCII control characters among them)
_RAW_LINES = st.text(alphabet=st.sampled_from(["a", "B", "I", "n", " ", "-", "#", "+", "•", "*", "_", "<", ">", "\t",
                                                "\x00", "\x0b", "\x1f", "\x7f", "\x85", "\u00a0", "\u2011", "\ufb01",
                                                "é", "“", "1", "."]))


@given(_RAW_LINES | st.text())
@settings(max_examples=600, deadline=None)
def test_needs_cleaning_is_the_search_rule(raw):
    """normalize._needs_cleaning reads an ASCII line's map characters with str.isprintable and three 'in' tests,
    and answers at once for one that opens with a letter or digit and holds no "  ", no "- ", no space second: the
    answer of the rule it replaces; the map's ASCII characters are those isprintable refuses."""
    assert normalize._needs_cleaning(raw) == _needs_cleaning_rule(raw)
    assert {c for c in normalize._CHAR_MAP if c.isascii()} == {chr(c) for c in range(32)} | {"\x7f"}
    assert all(not chr(c).isprintable() for c in [*range(32), 127]) and all(chr(c).isprintable() for c in range(32, 127))


@given(_RAW_LINES | st.text())
@settings(max_examples=600, deadline=None)
def test_a_footnote_line_cleaned_without_its_map_is_clean_line_stripped(raw):
    """normalize._clean_stripped joins the words of a line whose only cleaning is its runs of spaces, and cleans
    every other line with clean_line: the text clean_line gives, stripped, on any line (also markdown leads,
    letter-spaced words, the map's characters)."""
    assert normalize._clean_stripped(raw) == normalize.clean_line(raw)[0].strip()


# every white space character of Unicode (str.isspace), the map's among them
_BLANKS = st.text(alphabet=st.sampled_from([c for c in map(chr, range(0x3001)) if c.isspace()]), min_size=1)


@given(_BLANKS)
@settings(max_examples=300, deadline=None)
def test_a_blank_line_cleans_to_nothing(raw):
    """normalize() passes a line of white space alone as a gap without cleaning it: whatever white space it holds,
    its clean text (clean_line, or the trailing spaces cut) is empty."""
    assert normalize.clean_line(raw)[0] == "" and raw.rstrip() == ""


def test_footnote_lines_of_the_corpus_cleaned_without_their_map():
    """The same on the lines of the footnote blocks of the bundled texts and every fourth corpus text (../shared;
    skipped where it is absent), most of which take the words-joined path."""
    from conftest import CORPUS
    from resparse import bundled_texts

    paths = [*bundled_texts(), *(sorted(CORPUS.glob("*.txt"))[::4] if CORPUS.is_dir() else [])]
    lines = []
    for path in paths:
        raw = normalize.split_lines(path.read_text(encoding="utf-8"))
        used, _ = normalize._footnote_lines(raw, set(), set())
        lines += [raw[i] for i in sorted(used) if raw[i].strip()]
    assert len(lines) > 50
    assert [normalize._clean_stripped(r) for r in lines] == [normalize.clean_line(r)[0].strip() for r in lines]


# the ends of a line before a capital: words, commas, full stops, footnote digits glued or spaced, designations
_BEFORE = st.text(alphabet=st.sampled_from(["a", "n", ",", ".", ";", ":", " ", "1", "2", "٣", "¹", "/", ")", "\n",
                                            "\u00a0"]), max_size=12).map(lambda t: "session" + t)


@given(_BEFORE, st.sampled_from(["Recalling its resolution", "New York", "Having considered", "recalling", "",
                                 "Takes note", "Also recalling"]))
@settings(max_examples=600, deadline=None)
def test_opens_paragraph_is_the_ending_rule(before, text):
    """normalize.opens_paragraph tests the last character of ``before`` before it reads ending(): the answer of
    the rule that reads ending() first."""
    from resparse.phrases import opening_phrase
    from resparse.shapes import ending

    rule = bool(text[:1].isupper() and ending(before) == "," and opening_phrase(text) is not None)
    assert normalize.opens_paragraph(before, text) == rule


def _feed_by_lark(runner, window: str, start: str):
    """The rule grammars.Prefixes.feed is held to, as first written: the same pass (each token read by the lexer of
    the parser's state, its scanner as Lark compiles it), each token given to Lark's own ``ParserState.feed_token``."""
    from lark import Token
    from lark.exceptions import UnexpectedInput
    from lark.parsers.lalr_parser_state import ParserState

    from resparse.grammars import _inside

    conf = runner._conf(start)
    states = conf.states
    state = ParserState(conf, None)
    stack = state.state_stack
    lexers = _inside(runner.lark).lexers
    ends, tokens, last, at = [], [], None, 0
    while at < len(window):
        for pattern in lexers[stack[-1]].scanner._mres:  # Lark's own scanner: one alternation of the state's terminals
            got = pattern.match(window, at)
            if got:
                break
        else:
            break
        value, type_ = got.group(), got.lastgroup
        if type_ in runner._ignore:
            at += len(value)
            continue
        if type_ not in states[stack[-1]]:
            break
        tok = Token(type_, value, at, end_pos=at + len(value))
        try:
            state.feed_token(tok)
        except UnexpectedInput:
            return ends, None, last, at, tokens
        tokens.append(tok)
        last, at = tok, tok.end_pos
        if "$END" in states[stack[-1]]:
            ends.append(at)
    return ends, state, last, at, tokens


def _shape(value):
    """A token, a tree or a list of them as the value stack holds it: types, rule names and the positions they carry
    (the trees of the deadline and report grammars carry none: Lark's ``propagate_positions`` is off there)."""
    from lark import Token, Tree

    if isinstance(value, Token):
        return (value.type, value.start_pos, value.end_pos)
    if isinstance(value, Tree):
        meta = value.meta
        return (value.data, getattr(meta, "start_pos", None), getattr(meta, "end_pos", None),
                tuple(_shape(c) for c in value.children))
    return [_shape(v) for v in value]


def _stacks(state):
    return state and (list(state.state_stack), [_shape(v) for v in state.value_stack])


def _same_pass(runner, window: str, start: str) -> None:
    ends, state, last, stop, tokens = _feed_by_lark(runner, window, start)
    passed = runner.feed(window, start)
    assert (passed.ends, passed.stop, _shape(passed.tokens)) == (ends, stop, _shape(tokens))
    assert (passed.last and _shape(passed.last)) == (last and _shape(last))
    assert _stacks(passed.state) == _stacks(state)
    # the pass's tokens fed again up to each end (deadlines, reports back up that way) leave the parser as Lark does
    from lark.parsers.lalr_parser_state import ParserState

    for end in ends[-3:]:
        again, _ = runner._refeed(passed.tokens, start, end)
        lark_state = ParserState(runner._conf(start), None)
        for tok in passed.tokens:
            if tok.end_pos > end:
                break
            lark_state.feed_token(tok)
        assert _stacks(again) == _stacks(lark_state)
        _same_end(runner, again, lark_state)
    if passed.state is not None and state is not None and passed.last is not None:
        _same_end(runner, passed.state.copy(), state.copy())  # where the pass stopped: mostly refused


def _same_end(runner, state, lark_state) -> None:
    """grammars._end (the table stepped by the runner's rows) asks the parser to end as Lark's ``feed_token`` of
    "$END" does: the same tree (or None where Lark raises), the same stacks after."""
    from lark import Token
    from lark.exceptions import UnexpectedInput

    from resparse.grammars import _end

    try:
        want = lark_state.feed_token(Token("$END", ""), True)
    except UnexpectedInput:
        want = None
    got = _end(runner._rows, state)
    assert (got is None) == (want is None)
    assert got is None or _shape(got) == _shape(want)
    if want is not None:
        assert _stacks(state) == _stacks(lark_state)


def test_the_runner_steps_the_table_as_lark_does(all_texts):
    """grammars.Prefixes steps Lark's LALR table itself (``_take``, the table read once per state by ``_Rows``)
    instead of Lark's ``ParserState.feed_token``: over places of the bundled texts and every start symbol of the
    three grammars it runs (citations, deadlines, report requests), the same tokens, ends, stop, and the same parser
    state and value stack (the trees built so far, with their positions) as a pass that gives each token to Lark;
    references.py's runner, which builds the tree of the prefix found only (``lazy``), as one that builds them all."""
    import re

    from resparse.mandates import deadlines, reports

    texts = [p.text for res in all_texts.values() for p in res.walk()]
    places = [(t, m.start()) for t in texts for m in re.finditer(r"\b\w", t)][::11]
    assert len(places) > 1000
    runners = [(_building(), ("start", "term_start")), (deadlines._prefixes(), deadlines._STARTS),
               (reports._prefixes(), reports._STARTS)]
    taken = 0
    for runner, starts in runners:
        for k, (text, pos) in enumerate(places):
            start = starts[k % len(starts)]
            window = text[pos : pos + 300]
            _same_pass(runner, window, start)
            taken += bool(runner.feed(window, start).tokens)
    assert taken > 500
    for k, (text, pos) in enumerate(places):
        _same_lazy_pass(text[pos : pos + 300], ("start", "term_start")[k % 2])


@lru_cache(maxsize=None)
def _building():
    """The citation grammar's runner as references.py makes it, but building the trees as it steps (not ``lazy``):
    its value stack is Lark's at every step."""
    from resparse import references
    from resparse.grammars import Prefixes

    return Prefixes(references._parser(), alone=True)


def _same_lazy_pass(window: str, start: str) -> None:
    """references.py's runner (``lazy``: the pass builds no tree) passes over ``window`` as the runner that builds
    them (the same tokens, ends, stop and parser states) and gives the same longest prefix and tree."""
    from resparse import references

    lazy, building = references._prefixes(), _building()
    assert lazy.lazy and not building.lazy
    got, want = lazy.feed(window, start), building.feed(window, start)
    assert (got.ends, got.stop, got.lexed, _shape(got.tokens)) == (want.ends, want.stop, want.lexed, _shape(want.tokens))
    assert (got.state is None) == (want.state is None)
    assert got.state is None or got.state.state_stack == want.state.state_stack
    for shortcut in (True, False):
        a, b = lazy.longest(window, start, shortcut), building.longest(window, start, shortcut)
        assert (a and (a[0], _spans(a[1]))) == (b and (b[0], _spans(b[1])))


@given(st.lists(st.sampled_from(
    ["by", "the", "end", "of", "its", "eightieth", "session", "no", "later", "than", "1", "June", "2026", "within",
     "two", "years", "report", "to", "General", "Assembly", "at", "Human", "Rights", "Council", "and", "on", "a",
     "regular", "basis", "annually", ",", ";", "(", ")", "resolution", "79/1", "paragraph", "12", "x"]),
    max_size=14).map(" ".join))
@settings(max_examples=300, deadline=None)
def test_the_runner_steps_as_lark_on_any_words(window):
    """The same as above for word sequences of the three grammars' vocabularies in any order (refusals after
    reductions, LALR's merged lookaheads, included where they occur)."""
    from resparse.mandates import deadlines, reports

    for runner, starts in [(_building(), ("start", "term_start")), (deadlines._prefixes(), deadlines._STARTS),
                           (reports._prefixes(), reports._STARTS)]:
        for start in starts:
            _same_pass(runner, window, start)
    for start in ("start", "term_start"):
        _same_lazy_pass(window, start)


def _tree_shape(value):
    """A tree as Lark builds it: rule names, token types and values, and the positions Lark propagated."""
    from lark import Token, Tree

    if isinstance(value, Token):
        return (value.type, str(value), value.line, value.column)
    if isinstance(value, Tree):
        meta = value.meta
        return (value.data, getattr(meta, "line", None), getattr(meta, "end_line", None),
                tuple(_tree_shape(c) for c in value.children))
    return value


def test_the_token_parse_is_larks_on_real_texts():
    """grammars.parse_tokens, the resolution grammar's table stepped by _take and _end, gives the tree Lark's own
    ``parse`` gives for the tokens of the bundled texts and of the fixture resolutions; for those tokens cut short
    (the end refused, or a token), Lark's error, raised by Lark's parse."""
    from pathlib import Path

    import pytest
    from lark.exceptions import UnexpectedInput

    from resparse import sources
    from resparse.grammars import parse_tokens
    from resparse.lex import tokenize
    from resparse.parse import _parser

    here = Path(__file__).parent
    paths = sorted((here.parent / "texts").glob("*.txt")) + sorted((here / "fixtures").glob("A_RES_*.txt"))
    assert len(paths) > 20
    lark = _parser()
    refused = 0
    for path in paths:
        src = sources.read(str(path))
        tokens = tokenize(normalize.normalize(src.text, sure_markers=src.pdf is not None)).tokens
        assert _tree_shape(parse_tokens(lark, tokens, "start")) == _tree_shape(lark.parse(tokens))
        for cut in ([], tokens[: len(tokens) // 2], tokens[: len(tokens) // 3] + tokens[len(tokens) // 2 :],
                    tokens[1:]):
            try:
                want = _tree_shape(lark.parse(cut))
            except UnexpectedInput as exc:
                with pytest.raises(type(exc)) as got:
                    parse_tokens(lark, cut, "start")
                assert (str(got.value.token), got.value.expected) == (str(exc.token), exc.expected)
                refused += 1
            else:
                assert _tree_shape(parse_tokens(lark, cut, "start")) == want
    assert refused > len(paths)


def test_an_ascii_letter_read_ignoring_case_matches_only_its_other_case():
    """grammars.first_chars reads a letter read ignoring case as the letter and its other case, for the ASCII
    characters it bounds: ``re`` matches no other ASCII character to it (those outside ASCII, as the Kelvin sign for
    "k", are not asked: every terminal is tried there)."""
    import re

    for a in map(chr, range(128)):
        for b in map(chr, range(128)):
            assert (re.match(f"(?i:{re.escape(a)})", b) is not None) == (a.lower() == b.lower())
    assert all((re.match(r"\s", c) is not None) == c.isspace() for c in map(chr, range(128)))
    assert all((re.match(r"\w", c) is not None) == (c.isalnum() or c == "_") for c in map(chr, range(128)))


def test_first_chars_reads_the_first_elements():
    from resparse.grammars import first_chars

    assert first_chars(r",?\s*(?i:of)\b") == frozenset(",oO") | {c for c in map(chr, range(128)) if c.isspace()}
    assert first_chars(r"(?<=\bpursuant)\s+to\b") == {c for c in map(chr, range(128)) if c.isspace()}
    assert first_chars(r"(?=\d)(?:a|b?[c-e])") == frozenset("abcde")
    assert first_chars(r"(?i:k)") == frozenset("kK")
    assert first_chars(r"(?i:[a-c])x") == frozenset("abcABC")
    for unbounded in (r"[^a]", r".x", r"a?", r"(?i:\u212a)", r"(?i:[\u0100-\u017f])", r"(a)?\1b"):
        assert first_chars(unbounded) is None, unbounded


@lru_cache(maxsize=None)
def _started_elsewhere(lark):
    """Each terminal of ``lark`` compiled to match only where it starts at an ASCII character outside its
    grammars.first_chars (a lookahead before it): none should ever match."""
    import re

    from resparse.grammars import first_chars

    out = []
    for t in lark.terminals:
        first = first_chars(t.pattern.to_regexp())
        if first is not None:
            outside = "".join(re.escape(c) for c in map(chr, range(128)) if c not in first)
            out.append((t.name, re.compile(f"(?=[{outside}])(?:{t.pattern.to_regexp()})")))
    return out


def _three_grammars():
    from resparse import references
    from resparse.mandates import deadlines, reports

    return [references._parser(), deadlines._prefixes().lark, reports._prefixes().lark]


def test_no_terminal_starts_outside_its_first_chars_on_the_texts(all_texts):
    """grammars._Dispatch tries at an ASCII character only the terminals whose first_chars hold it: over every place
    of the bundled texts, no terminal of the three grammars the runner reads (citations, deadlines, report
    requests) matches from a character it left out."""
    texts = [p.text for res in all_texts.values() for p in res.walk()]
    texts += [f.text for res in all_texts.values() for f in res.footnotes]
    checked = 0
    for lark in _three_grammars():
        for name, elsewhere in _started_elsewhere(lark):
            checked += 1
            assert not any(elsewhere.search(t) for t in texts), name
    assert checked > 300


@given(st.lists(st.sampled_from(
    ["of", "Of", "the", "and", "to", "-", "–", ",", ";", "(a)", "(", ")", "“", "”", "12", "71/1", "A/78/42", "General",
     "Assembly", "paragraph", "para.", "Article", "annex", "II", "report", "by", "end", "session", "1 June 2026",
     "thereof", "in", "particular", "\t", "\n", "K", "ſ"]), max_size=14).map(" ".join) | st.text())
@settings(max_examples=300, deadline=None)
def test_no_terminal_starts_outside_its_first_chars(text):
    """The same for any text and word sequences of the grammars' vocabularies."""
    for lark in _three_grammars():
        for name, elsewhere in _started_elsewhere(lark):
            assert elsewhere.search(text) is None, name


def test_without_larks_unless_insides_the_runners_read_with_larks_own_scanner(all_texts, monkeypatch):
    """A Lark without ``lark.lexer._create_unless`` (or with another signature: the runners' fast scanners read it,
    grammars._Scanners) is said once, as a RuntimeWarning naming the Lark versions tested, and the runners read with
    Lark's own scanner of each state instead: the same passes as the fast scanners and as Lark's own lexer and
    ``feed_token`` (``_same_pass``) over places of the bundled texts, for the three grammars; a lexer with callbacks
    is still refused."""
    import re

    import pytest
    from lark import Lark

    from resparse import grammars, references
    from resparse.mandates import deadlines, reports

    monkeypatch.setattr(grammars, "_create_unless", None)
    grammars._warn_lark_insides.cache_clear()
    texts = [p.text for res in all_texts.values() for p in res.walk()]
    places = [(t, m.start()) for t in texts for m in re.finditer(r"\b\w", t)][::37]
    assert len(places) > 300
    fast = [(_building(), ("start", "term_start")), (deadlines._prefixes(), deadlines._STARTS),
            (reports._prefixes(), reports._STARTS)]
    with pytest.warns(RuntimeWarning, match=r"Lark 1\.2\.1 to 1\.3\.1.*Lark's own lexer, slower") as said:
        taken = 0
        for runner, starts in fast:
            fallback = grammars.Prefixes(runner.lark, alone=runner.alone)
            for k, (text, pos) in enumerate(places):
                start, window = starts[k % len(starts)], text[pos : pos + 300]
                got, want = fallback.feed(window, start), runner.feed(window, start)
                assert (got.ends, got.stop, got.lexed, _shape(got.tokens)) == \
                       (want.ends, want.stop, want.lexed, _shape(want.tokens))
                _same_pass(fallback, window, start)
                taken += bool(got.tokens)
            assert fallback._scanners and all(isinstance(d, grammars._Every) for d in fallback._scanners.values())
        assert taken > 150
    assert len([w for w in said if issubclass(w.category, RuntimeWarning)]) == 1  # once, not per state
    colliding = Lark('start: (WORD | "of")+\nWORD: /[a-z]+/\n%ignore " "', parser="lalr", lexer="contextual")
    with pytest.raises(ValueError, match="callbacks"):
        grammars.Prefixes(colliding).feed("one of two", "start")
    assert references._prefixes().longest("resolution 71/280", "start") is not None  # the cached runners unharmed


def test_a_lark_whose_scanner_cannot_be_read_either_is_an_import_error_naming_the_versions_tested():
    import pytest

    from resparse import grammars

    grammars._warn_lark_insides.cache_clear()
    with pytest.warns(RuntimeWarning), pytest.raises(ImportError, match=r"tested with Lark 1\.2\.1 to 1\.3\.1"):
        grammars._lark_scanner(object(), 0, TypeError("'NoneType' object is not callable"))
# the fields of Lark's Token that lex.LineToken.of sets itself, as Lark 1.2.1 to 1.3.1 define them (``Token.__slots__``)
_LARK_TOKEN_FIELDS = ("type", "start_pos", "value", "line", "column", "end_line", "end_column", "end_pos")


def _token_fields(tok) -> dict:
    """Every field of a token: the slots of each class of its MRO (``str`` and ``object`` have none) and its
    ``__dict__`` if it has one."""
    slots = [f for k in type(tok).__mro__ for f in getattr(k, "__slots__", ()) if f != "__dict__"]
    return {**{f: getattr(tok, f) for f in slots}, **getattr(tok, "__dict__", {})}


def test_a_line_token_has_larks_fields():
    """lex.LineToken.of sets the fields of Lark's Token itself (not through its constructor: 1.1 us a token against
    1.7 through the public ``Token(...)``, the twenty-sixth session, bench in the commit): on a token of every
    logical line of the bundled texts, every field a token made by Lark's public constructor has (each slot of its
    MRO, its ``__dict__``), with the same value, and the lexer's facts beside them. A Lark whose Token has other
    fields fails here by name (pyproject.toml pins the range tested, ``grammars.LARK_PIN``)."""
    from lark import Token

    from conftest import TEXTS
    from resparse.lex import LineToken
    from resparse.normalize import normalize as run

    fields = [f for k in Token.__mro__ for f in getattr(k, "__slots__", ()) if f != "__dict__"]
    assert sorted(fields) == sorted(_LARK_TOKEN_FIELDS), "Lark's Token fields changed: mend lex.LineToken.of"
    for path in sorted(TEXTS.glob("*.txt")):
        for i, line in enumerate(run(path.read_text(encoding="utf-8")).lines):
            tok = LineToken.of("NUM", line, i, None, 1, number="3", scope="rule 7")
            want = _token_fields(Token("NUM", line.text, i, line.line, 1))
            got = _token_fields(tok)
            assert str(tok) == line.text
            assert {f: got.get(f, "unset") for f in want} == want, line.text
            assert set(got) - set(want) == {"source", "body", "level", "number", "scope"}
            assert (tok.source, tok.body, tok.level, tok.number, tok.scope, tok.marker) == (line, line.text, 1, "3",
                                                                                          "rule 7", "")
            cut = LineToken.of("TEXT", line, i, line.text[:5], None)
            assert _token_fields(cut) == {**_token_fields(Token("TEXT", line.text[:5], i, line.line, 1)),
                                          "source": line, "body": line.text, "level": None}
            assert (str(cut), cut.value, cut.body, cut.level) == (line.text[:5], line.text[:5], line.text, None)


def test_pyproject_pins_the_lark_range_tested():
    """The Lark the package may be installed with is the range whose insides lex.LineToken.of and
    resparse.grammars read (``grammars.LARK_PIN``, ``LARK_TESTED``)."""
    import tomllib
    from pathlib import Path

    from resparse import grammars

    project = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text(encoding="utf-8"))
    assert [d for d in project["project"]["dependencies"] if d.startswith("lark")] == [grammars.LARK_PIN]


@given(st.sampled_from(["", "1.", "12", "٣.", "²", "(a)", "(iv)", "Annex", "ANNEX II", "Appendix 2", "74th plenary meeting",
                        "The General Assembly,"]),
       st.text(alphabet=st.sampled_from(["1", "٣", "(", "a", "i", ")", "A", " ", ".", "R", "e", "c", "s"]), max_size=16),
       st.booleans(), st.booleans())
@settings(max_examples=400, deadline=None)
def test_a_lines_shape_asks_each_pattern_only_where_it_can_match(head, tail, bare, in_body):
    """lex.number_prefix and lex._shape try a pattern only where the line's first character can open it (a decimal
    digit, what "\\d" matches, for PLENARY and the paragraph number; "A" for ANNEX; "(" for SUB_MARKER): the shape is
    the one the patterns give alone."""
    from resparse import lex
    from resparse.normalize import Line
    from resparse.shapes import ANNEX, PLENARY, SUB_MARKER

    text = head + tail
    line = Line(text, bare_number=bare)
    m = lex._NUM.match(text)
    if m is None and bare:
        m = lex._BARE_NUM.match(text)
        m = m if m and lex.opening_phrase(text[m.end():]) else None
    got = lex.number_prefix(line)
    assert (got and got.span()) == (m and m.span())
    if PLENARY.match(text):
        want = "PLENARY"
    elif in_body and ANNEX.match(text):
        want = "ANNEX"
    elif m:
        want = "NUMC"
    elif SUB_MARKER.match(text):
        want = "SUB"
    else:
        want = None
    shape = lex._shape(line, in_body, prefix=got)  # the line's number as the lexer reads it, once (lex.number_prefixes)
    assert shape == want if want else shape not in ("PLENARY", "ANNEX", "NUMC", "SUB")


def _lines_of(norm) -> list:
    return [(ln.text, [tuple(p) for p in ln.pieces], ln.heading_hint, ln.gap_before, ln.gap_after,
             ln.page_break_before, ln.last_physical_len, ln.bare_number, list(ln.sure)) for ln in norm.lines]


# physical lines as a resolution's text wraps them: lower-case and capitalised starts, markers, headings, recitals'
# openings, ends of every kind (a letter, a comma, footnote digits, a full stop, a colon, a bracket), blank lines
_WRAPPED = st.lists(st.sampled_from([
    "", " ", "Recalling its resolution 78/1 of the", "United Nations Conference on Trade and", "of the General Assembly,",
    "session,1", "Development Goals.", "Requests the Secretary-General to submit to the", "A. General", "II. Rules",
    "Annex", "The General Assembly,", "12.", "(a)", "3. Decides to", "(b) Ensure the", "Action 4. We will close",
    "Rule 25", "Article 3 of the", "74th plenary meeting", "Takes note of the report", "Member States (A/78/1)",
    "and the World Bank;", "Noting with concern:", "Convention on the Rights of the Child", "I n v i t e s the",
    "non- governmental", "<sup>2</sup> See", "Geneva, 2023", "2030 Agenda", "UN- Oceans and",
]), max_size=30)


@given(_WRAPPED, st.booleans())
@settings(max_examples=500, deadline=None)
def test_a_capitalised_line_joined_at_once_is_joined_as_the_steps_join_it(lines, sure):
    """normalize joins a plain line that opens with a capital after a line that ends mid-sentence
    (normalize._goes_on) without the main loop's questions: the logical lines are those the questions give
    (the fast path turned off), on any sequence of lines of the shapes a resolution's text wraps."""
    import unittest.mock

    text = "\n".join(lines)
    fast = _lines_of(normalize.normalize(text, sure_markers=sure))
    with unittest.mock.patch.object(normalize, "_goes_on", lambda text: False):
        slow = _lines_of(normalize.normalize(text, sure_markers=sure))
    assert fast == slow


def test_a_capitalised_line_joined_at_once_on_the_texts(all_texts):
    """As above, on the texts of texts/ and, where present, every tenth corpus file: the same logical lines."""
    import unittest.mock

    from conftest import CORPUS, TEXTS

    paths = sorted(TEXTS.glob("*.txt")) + (sorted(CORPUS.glob("*.txt"))[::10] if CORPUS.is_dir() else [])
    joined = 0
    for path in paths:
        text = path.read_text(encoding="utf-8")
        fast = normalize.normalize(text)
        with unittest.mock.patch.object(normalize, "_goes_on", lambda text: False):
            slow = normalize.normalize(text)
        assert _lines_of(fast) == _lines_of(slow), path.name
        joined += sum(1 for ln in fast.lines for p in ln.pieces[1:] if text.split("\n")[p.line - 1][:1].isupper())
    assert joined > 100  # capitalised lines joined to the line before: the fast path was taken


@given(st.lists(st.text(alphabet=st.sampled_from(["x", " ", "\t", "\u00a0", "é"]), max_size=40), max_size=80))
@settings(max_examples=400, deadline=None)
def test_the_measure_is_the_sorted_rule(raw):
    """normalize._measure takes the 90th percentile of the non-empty stripped line lengths with heapq.nlargest: the
    length a sort of them all gives at index n * 9 // 10 (0 under 20 such lines)."""
    lengths = sorted(filter(None, map(len, map(str.strip, raw))))
    assert normalize._measure(raw) == (lengths[len(lengths) * 9 // 10] if len(lengths) >= 20 else 0)


def test_a_chapeau_is_asked_once_for_all_its_items(monkeypatch):
    """build asks phrases.completes_chapeau once a paragraph with items (not once an item), and each item's opening
    is None exactly where its chapeau's text completes with it (A/RES/73/195: 23 objectives, their lists of items)."""
    from conftest import text_path
    from resparse import build
    from resparse.parse import parse_text
    from resparse.phrases import completes_chapeau

    asked: list[str] = []

    def counting(text: str) -> bool:
        asked.append(text)
        return completes_chapeau(text)

    monkeypatch.setattr(build, "completes_chapeau", counting)
    res = parse_text(text_path("A_RES_73_195.txt").read_text(encoding="utf-8"))
    chapeaus = [p for p in res.walk() if any(c.kind == "subparagraph" for c in p.children)]
    assert len(chapeaus) > 20 and len(asked) == len(chapeaus) == len(set(map(id, chapeaus)))
    for p in chapeaus:
        for c in p.children:
            if completes_chapeau(p.text):
                assert c.opening is None


def _ending_rule(text: str) -> str:
    """shapes.ending as first written: the trailing marker looked for in every text's tail."""
    from resparse.shapes import TRAILING_MARKER

    t = text[-24:].rstrip() or text.rstrip()[-24:]
    m = TRAILING_MARKER.search(t, max(0, len(t) - 4))
    if m:
        t = t[: m.start()].rstrip()
    return t[-1:] if t else ""


@given(st.text(alphabet=st.sampled_from(["a", "1", "9", "٣", "²", " ", "\n", "\t", ",", ".", ";", "/", ")", "\u00a0"]),
               max_size=40) | st.text())
@settings(max_examples=600, deadline=None)
def test_ending_answers_at_once_where_no_digit_ends_the_text(text):
    """shapes.ending returns the last character at once where the text's stripped tail ends with no decimal digit
    (a footnote marker ends with one): the answer of the rule that searches every tail."""
    from resparse.shapes import ending

    assert ending(text) == _ending_rule(text)


@given(st.text(alphabet=st.sampled_from(["a", "/", "_", "\n", " ", "G", "A", "<", "s", "u", "p", ">", "\r"])),
       st.lists(st.sampled_from(["/", "_____", "<sup>", "GA", "a/", "\n"]), min_size=1, max_size=3, unique=True))
@settings(max_examples=500, deadline=None)
def test_lines_holding_a_needle_found_in_the_text_are_those_of_the_lines(text, needles):
    """normalize.lines_holding searches the text where it is given (lex._one_resolution gives it now, through
    Normalized.source_text): the lines it finds are those a test of every line finds (needles hold no line break)."""
    needles = tuple(n for n in needles if "\n" not in n) or ("/",)
    raw = normalize.split_lines(text)
    assert normalize.lines_holding(raw, needles, text) == normalize.lines_holding(raw, needles)
    assert normalize.normalize(text + "\nThe General Assembly,\n").source_text == text + "\nThe General Assembly,\n"
