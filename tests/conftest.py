"""Shared fixtures: the real texts in texts/ (bundled with the package) and, where present, ../shared/corpus."""

from __future__ import annotations

import os
import shutil
from functools import lru_cache
from pathlib import Path

import pytest

import resparse

ROOT = Path(__file__).resolve().parent.parent
TEXTS = ROOT / "texts"
CORPUS = ROOT.parent / "shared" / "corpus" / "texts"


def text_path(name: str) -> Path:
    return TEXTS / name


@lru_cache(maxsize=None)
def fixture_refs(path: str) -> list:
    """The references of a resolution of tests/fixtures (``path`` under it), read once."""
    from resparse.references import resolve

    return resolve(resparse.parse(ROOT / "tests" / "fixtures" / path))


def fixture_refs_of(path: str, source: str, phrase: str | None = None) -> list:
    """The references of ``source`` ("PP2", "footnote 13") in a fixture, those whose phrase starts with ``phrase``."""
    return [r for r in fixture_refs(path)
            if r.source == source and (phrase is None or r.citation.phrase.startswith(phrase))]


def resolved_targets(ref) -> list[tuple[str | None, str | None, str]]:
    """A reference's targets as (document, label, status)."""
    return [(t.document, t.label, status) for t, status in ref.resolved]


@pytest.fixture(scope="session")
def res_71_280():
    return resparse.parse(text_path("A_RES_71_280.txt"))


@pytest.fixture(scope="session")
def res_72_244():
    return resparse.parse(text_path("A_RES_72_244.txt"))


@pytest.fixture(scope="session")
def res_73_195():
    return resparse.parse(text_path("A_RES_73_195.txt"))


@pytest.fixture(scope="session")
def res_80_1():
    return resparse.parse(text_path("A_RES_80_1.txt"))


@pytest.fixture(scope="session")
def res_78_218():
    """A/RES/78/218 as tests/fixtures/A_RES_78_218.txt copies it (the text of the official PDF)."""
    return resparse.parse(ROOT / "tests" / "fixtures" / "A_RES_78_218.txt")


@pytest.fixture(scope="session")
def all_texts(res_71_280, res_72_244, res_73_195, res_80_1):
    return {"71/280": res_71_280, "72/244": res_72_244, "73/195": res_73_195, "80/1": res_80_1}


@pytest.fixture(scope="session")
def corpus_dir():
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    return CORPUS


@pytest.fixture(scope="session")
def db_80_243(tmp_path_factory):
    """A corpus database of A/RES/80/243, 79/258 and 78/252 (tests/fixtures/references): 80/243 PP4 cites "its
    resolution 79/258 A", the resolution stored under its number alone."""
    from resparse import corpus

    d = tmp_path_factory.mktemp("texts")
    for name in ("A_RES_80_243.txt", "A_RES_79_258.txt", "A_RES_78_252.txt"):
        shutil.copy(ROOT / "tests" / "fixtures" / "references" / name, d)
    db = d / "c.sqlite"
    corpus.build([d], db, jobs=1)
    return db


@pytest.fixture(scope="session")
def corpus_mandates(corpus_dir):
    """The mandates (kind "mandate") of a paragraph of a corpus file, in order: ``get("80/11", "25")``; each file
    parsed and read once per session."""
    from functools import lru_cache

    from resparse.mandates import extract

    @lru_cache(maxsize=None)
    def of_file(symbol: str):
        return [m for m in extract(resparse.parse(corpus_dir / f"A_RES_{symbol.replace('/', '_')}.txt"))
                if m.kind == "mandate"]

    def get(symbol: str, label: str):
        return [m for m in of_file(symbol) if m.paragraph == label]

    return get


def mini_resolution(*paragraphs: str, preamble: str = "Recalling its resolution 71/1 of 19 September 2016,") -> str:
    """A small resolution text: the header lines, one preambular paragraph, numbered operative paragraphs (a string
    starting "(a) " is a sub-paragraph of the paragraph before), the plenary line."""
    lines = ["Resolution adopted by the General Assembly on 1 January 2020", "", "99/1. A test resolution", "",
             "The General Assembly,", "", preamble, ""]
    n = 0
    for p in paragraphs:
        if p.startswith("("):
            lines += [p, ""]
        else:
            n += 1
            lines += [f"{n}. {p}", ""]
    lines += ["1st plenary meeting", "1 January 2020", ""]
    return "\n".join(lines)


def fixture_mandates(files: dict[str, str]) -> dict[str, list]:
    """The mandates (kind "mandate") of whole resolutions copied into tests/fixtures, by symbol: ``files`` maps each
    symbol to its file's path under tests/fixtures; the parsed symbol is checked against it (AssertionError)."""
    from resparse.mandates import extract

    out = {}
    for symbol, name in files.items():
        res = resparse.parse(Path(__file__).parent / "fixtures" / name)
        assert res.symbol == symbol
        out[symbol] = [m for m in extract(res) if m.kind == "mandate"]
    return out


def copied_paragraph(folder: Path, symbol: str, label: str) -> str:
    """A paragraph's text as copied into ``folder``/paragraphs.md (a line "## <symbol> <label>", then the text on one
    line)."""
    import re

    text = (folder / "paragraphs.md").read_text(encoding="utf-8")
    m = re.search(rf"^## {re.escape(symbol)} {re.escape(label)}\n(.+)$", text, re.MULTILINE)
    assert m, (symbol, label)
    return m.group(1)


def copied_mandates(folder: Path, symbol: str, label: str) -> list:
    """The mandates (kind "mandate") of a paragraph copied into ``folder``/paragraphs.md, read as paragraph 1 of a small
    resolution (``mini_resolution``)."""
    from resparse.mandates import extract

    res = resparse.parse_text(mini_resolution(copied_paragraph(folder, symbol, label)))
    return [m for m in extract(res) if m.kind == "mandate"]


def copied_mentions(folder: Path, symbol: str, label: str, also: tuple[str, ...] = (),
                    states: bool = False) -> dict[str, str]:
    """The mentions of a paragraph copied into ``folder``/paragraphs.md, read as paragraph 1 of a small resolution
    (``mini_resolution``): {actor as written: actor}. ``also``: a user's query (``mandates --actor``); ``states``:
    every State's mentions (``corpus build``)."""
    from resparse.mandates import extract

    res = resparse.parse_text(mini_resolution(copied_paragraph(folder, symbol, label)))
    return {m.actor_as_written: m.actor for m in extract(res, also=also, states=states) if m.kind == "mention"}


# ---------------------------------------------------------------- pages in a real headless browser
# Debian's chromium through Playwright (no browser download), every request but file: aborted.

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM) or shutil.which(CHROMIUM) is None:
        pytest.skip("/usr/bin/chromium is not installed")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


def open_page(browser, path):
    context = browser.new_context(viewport={"width": 1200, "height": 800})
    requests = []

    def route(r):
        requests.append(r.request.url)
        if r.request.url.startswith("file:"):
            r.continue_()
        else:
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.goto(path.as_uri())
    wait_for(page, "window.resparseReady === true", timeout=60)
    return context, page, requests


# the drawn labels of a graph page whose box (vis-network's shape.boundingBox, which holds the label) lies past the
# graph's area, cut there: [] where the view holds every label whole (tests/test_trialfix29c.py, test_trialfix30b.py)
LABELS_CUT_JS = """(() => { const net = window.network, ns = net.body.nodes, r = net.body.container.getBoundingClientRect();
    return Object.keys(ns).filter(i => !ns[i].options.hidden && ns[i].options.label).filter(i => {
        const b = ns[i].shape.boundingBox, a = net.canvasToDOM({x: b.left, y: b.top}),
              z = net.canvasToDOM({x: b.right, y: b.bottom});
        return a.x < 0 || a.y < 0 || z.x > r.width || z.y > r.height; }); })()"""


def wait_for(page, expression: str, timeout: float = 60):
    """Poll a JavaScript expression until it is truthy. (Playwright's wait_for_function evaluates its predicate
    with eval inside the page, which a page's Content-Security-Policy rightly refuses; page.evaluate does not.)
    The wait is a patience, not a speed claim: on a machine loaded by other work (load 24 seen), a view change
    that takes well under a second when quiet took more than 20 s; speed is measured by bench/bench_graph_page.py."""
    import time

    end = time.monotonic() + timeout
    while True:
        value = page.evaluate(expression)
        if value:
            return value
        if time.monotonic() > end:
            raise TimeoutError(f"not true after {timeout} s: {expression}")
        page.wait_for_timeout(50)


def mandates_by_symbol(folder: Path) -> dict:
    """{symbol: every mandate and mention of it} for each resolution file of ``folder`` (whole resolutions copied
    from the corpus into tests/fixtures/<kind>/)."""
    import resparse
    from resparse.mandates import extract

    return {res.symbol: extract(res) for res in map(resparse.parse, sorted(folder.glob("*.txt")))}


def paragraph_deadlines(rows, symbol, label, fields=("text", "type", "start", "end")):
    """The deadlines of the mandates of a paragraph as tuples of ``fields`` (``Deadline`` attributes), each once, in
    order (``rows`` from ``mandates_by_symbol``)."""
    out = []
    for m in rows[symbol]:
        if m.paragraph == label and m.kind == "mandate":
            for d in m.deadlines:
                t = tuple(getattr(d, f) for f in fields)
                if t not in out:
                    out.append(t)
    return out


def paragraph_deadline_texts(rows, symbol, label):
    """The deadlines of the mandates of a paragraph as written, each once, in order (``paragraph_deadlines``)."""
    return [t for (t,) in paragraph_deadlines(rows, symbol, label, fields=("text",))]


def paragraph_reports(rows, symbol, label, verb=None):
    """(verb, to, when, recurrence) of each report of each mandate of a paragraph (of ``verb`` if given), in order
    (``rows`` from ``mandates_by_symbol``)."""
    return [(m.verb, r.to, r.when, r.recurrence) for m in rows[symbol]
            if m.paragraph == label and m.kind == "mandate" and verb in (None, m.verb) for r in m.reports]


def mandated(rows, symbol, label):
    """(verb, actor, actor as written) of each mandate of a paragraph, in order (``rows`` from ``mandates_by_symbol``)."""
    return [(m.verb, m.actor, m.actor_as_written) for m in rows[symbol] if m.paragraph == label and m.kind == "mandate"]


def paragraph_mandates(rows, symbol, label):
    """The Mandate rows (kind "mandate") of a paragraph, in order (``rows`` from ``mandates_by_symbol``)."""
    return [m for m in rows[symbol] if m.paragraph == label and m.kind == "mandate"]


def folder_matches(folder: Path, query: str) -> list:
    """The answer to ``resparse mandates FOLDER --actor QUERY`` as the CLI reads it: every resolution of ``folder``
    extracted with the query among its names (``also``, States too), then ``select``ed -> [Match]."""
    import resparse
    from resparse.mandates import select

    items = [m for p in sorted(folder.glob("*.txt"))
             for m in resparse.mandates.extract(resparse.parse(p), also=(query,), states=True)]
    return select(items, actor=query)


def mandated_actors(rows, symbol, label):
    """The actor of each mandate of a paragraph, in order (``rows`` from ``mandates_by_symbol``)."""
    return [actor for _, actor, _ in mandated(rows, symbol, label)]


def lark_pass(parser, window: str, start: str):
    """A longest-prefix pass by Lark alone (the rule grammars.Prefixes.feed is held to): Lark's interactive
    ``parser`` fed the tokens of its own contextual lexer (``lexer_thread.lex``, which tries the lexer of all
    terminals where the state's lexer refuses a character, to word its error) until one is refused: (the ends of the
    tokens after which the input could end, the last token taken, the refusal or None)."""
    from lark.exceptions import UnexpectedInput

    ip = parser.parse_interactive(window, start=start)
    ends, last = [], None
    try:
        for tok in ip.lexer_thread.lex(ip.parser_state):
            ip.feed_token(tok)
            last = tok
            if "$END" in ip.choices():
                ends.append(tok.end_pos)
    except UnexpectedInput as exc:
        return ends, last, exc
    return ends, last, None


def lark_longest(parser, window: str, start: str):
    """The longest prefix of ``window`` that is a whole ``start``, each prefix read as a text of its own, by Lark
    alone (references.py's first reading): the last end of :func:`lark_pass` whose prefix Lark's ``parse`` takes
    whole, as (end, tree); None when none does."""
    from lark.exceptions import UnexpectedInput

    for end in reversed(lark_pass(parser, window, start)[0]):
        try:
            return end, parser.parse(window[:end], start=start)
        except UnexpectedInput:
            pass
    return None


@pytest.fixture(scope="session")
def real_resolutions():
    """The resolutions of texts/ and of tests/fixtures (their A_RES_*.txt), parsed once: the real texts the tests of
    the mandates stage's kept and gated paths replay the extraction over."""
    paths = [*sorted(TEXTS.glob("A_RES_*.txt")), *sorted((ROOT / "tests" / "fixtures").glob("A_RES_*.txt"))]
    out = [resparse.parse(p) for p in paths]
    assert len(out) > 30
    return out


def calls_made(targets, resolutions) -> dict[str, list[tuple]]:
    """The positional arguments of every call of each function of ``targets`` ((module, name): the name a module
    calls it by) that extracting ``resolutions``' mandates and mentions makes, with every State's mentions as the
    corpus build asks, by the function's name."""
    import importlib

    extract = importlib.import_module("resparse.mandates.extract")
    seen: dict[str, list[tuple]] = {name: [] for _, name in targets}

    def recording(fn, name):
        def call(*a):
            seen[name].append(a)
            return fn(*a)
        return call

    with pytest.MonkeyPatch.context() as m:
        for module, name in targets:
            m.setattr(module, name, recording(getattr(module, name), name))
        for res in resolutions:
            extract.extract(res, states=True)
    return seen
