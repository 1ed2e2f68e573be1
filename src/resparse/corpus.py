"""Corpus: many resolution files -> one SQLite database, parsed in parallel, updated incrementally.

``build()`` parses every file with a process pool (each worker runs the whole pipeline on one file and returns
plain rows), then writes the rows in the main process. A file whose content is unchanged since the last build
(same SHA-256) is skipped; a file that fails is recorded with its error and the build goes on. A file that is no
resolution at all (no line that is its symbol "A/RES/...", none "Resolution adopted by the General Assembly ...",
no paragraphs opened by "The General Assembly,": a README, a letter) is skipped with a note, neither stored nor counted
as a failure; a file that names a resolution and cannot be read as one is a failure.

Tables: ``documents`` (one row per file, with its consistency result or its error), ``paragraphs`` (with an FTS5
index ``paragraphs_fts`` over their text), ``footnotes``, ``refs`` (every reference found, and for a citation of
another document, that document and paragraph when they are in the corpus: resolved after each build) and
``mandates`` (verb, actor, action, deadline; the whole mandate as JSON for the lookup), ``tables`` (each table of a
resolution: where it stands, its rows as JSON where they were recovered, else its cells and why not: :func:`tables`);
``meta`` records what built the rows (``code``: :func:`fingerprint`).

A database is read only by the code that built it. Its rows are what the pipeline read at the time, so a database
built by another resparse -- another schema (:data:`FORMAT`, SQLite's ``user_version``) or other rules (another
:func:`fingerprint` of the code, grammars and data) -- is read again whole by ``build``, and the queries refuse it
(:class:`ResparseError`, exit 2 on the command line): docs/corpus.md (Working with many resolutions) promises that
``--db`` answers as the files do.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import json
import os
import re
import sqlite3
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .clip import clip
from .consistency import check
from .errors import InputError, NotAResolution, ResparseError
from .labels import canonical_label, section_label
from .mandates import extract as extract_mandates
from .mandates import resolve_query_keys, select
from .mandates.queries import full_name_keys, party_keys, written_short
from .model import Mandate, Resolution
from . import sources
from .parse import parse_source
from .references import cited_label, find, part_of, printed_symbol, resolve, stored_symbol
from .render.output import ensure_dir

# The format of the stored rows: raised whenever what a build stores changes (tables, columns, or what the pipeline
# reads into them: mandates with reports, footnotes read again ...). SQLite keeps it as PRAGMA user_version.
# 3: actor keys fold accents ("turkiye"), "Agrees that X should" mandates, deadlines of other bodies' sessions.
# 4: the mentions of every State are stored (a query for a State finds them, as a query over files does).
# 5: reports carry via, every, session, last (due at a session, recurrences counted); lists of sessions as deadlines.
# 6: mandates carry every report they ask for (``reports``: two bodies, two times); an item's inherited action ends
#    where its own verb begins ("(b) To consider ..., and requests the Secretary-General to submit ...").
# 7: deadlines name another body's session (``body``, no Assembly date); reports of "provide X with a report", not of a
#    contribution to someone else's report; recurrences bound to their own action.
# 8: deadlines carry a recurrence (a day each year); "immediately prior to" is one deadline; an edge of a year its month.
# 9: the table ``meta`` records the fingerprint of the code that built the rows (an older resparse reads it again).
# 10: the table ``tables`` (a resolution's tables, their rows as JSON).
# A change of the rules alone (the code, a grammar, a data file) needs no new format: the fingerprint tells it.
FORMAT = 10

# the full-text index follows each paragraph stored, but a build drops this trigger while it stores the rows of many
# files and indexes their paragraphs a batch of documents at a time, in one statement (``build``, :func:`_index`): a row
# at a time, each its own statement, FTS5 writes its pending terms at every one (5.6 s of the parent's 7.0 s CPU
# storing the corpus; 0.8 s in one statement, 2.2 s a document at a time)
_FTS_TRIGGER = """CREATE TRIGGER IF NOT EXISTS paragraphs_ai AFTER INSERT ON paragraphs BEGIN
    INSERT INTO paragraphs_fts(rowid, text) VALUES (new.id, new.text);
END;"""

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    path TEXT UNIQUE NOT NULL,
    sha256 TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    symbol TEXT,
    title TEXT,
    date TEXT,
    meeting TEXT,
    pages INTEGER,
    paragraphs INTEGER,
    consistent INTEGER,          -- 1 consistent, 0 not, NULL when the file failed
    problems TEXT,               -- JSON list of consistency problems
    warnings TEXT,               -- JSON list of parser warnings
    error TEXT,                  -- the one-line error when the file failed
    error_kind TEXT,             -- InputError, NotAResolution, StructureError, crash
    duplicate_of TEXT            -- the path of the file first stored with this symbol: this one adds no rows
);
CREATE INDEX IF NOT EXISTS documents_symbol ON documents(symbol);
CREATE TABLE IF NOT EXISTS paragraphs (
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    eid TEXT NOT NULL,
    label TEXT NOT NULL,
    kind TEXT NOT NULL,
    parent TEXT,
    opening TEXT,
    text TEXT NOT NULL,
    footnotes TEXT,
    line INTEGER, col INTEGER, end_line INTEGER, end_col INTEGER
);
CREATE INDEX IF NOT EXISTS paragraphs_doc ON paragraphs(doc_id, label);
CREATE VIRTUAL TABLE IF NOT EXISTS paragraphs_fts USING fts5(
    text, content='paragraphs', content_rowid='id', tokenize='porter unicode61'
);
{fts_trigger}
CREATE TRIGGER IF NOT EXISTS paragraphs_ad AFTER DELETE ON paragraphs BEGIN
    INSERT INTO paragraphs_fts(paragraphs_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TABLE IF NOT EXISTS footnotes (
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    number TEXT NOT NULL,
    text TEXT NOT NULL,
    cited_by TEXT
);
CREATE TABLE IF NOT EXISTS refs (
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    source TEXT NOT NULL,            -- citing paragraph label, or "footnote 6"
    phrase TEXT NOT NULL,
    kind TEXT NOT NULL,              -- internal, external, self, term
    target_document TEXT,            -- symbol for an external citation
    target_label TEXT,               -- label in the target's terms ("22 (a)", "annex II 8")
    status TEXT NOT NULL,
    portion TEXT,
    target_doc_id INTEGER,           -- the cited document, when it is in the corpus
    target_paragraph TEXT            -- and the label of the paragraph meant there
);
CREATE INDEX IF NOT EXISTS refs_target ON refs(target_document, target_label);
CREATE TABLE IF NOT EXISTS mandates (
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    paragraph TEXT NOT NULL,
    kind TEXT NOT NULL,              -- mandate, mention
    verb TEXT,
    actor TEXT NOT NULL,
    actor_key TEXT NOT NULL,
    part_of TEXT,
    passive INTEGER NOT NULL,
    action TEXT,
    deadline TEXT,
    deadline_date TEXT,
    data TEXT NOT NULL               -- the mandate as JSON (Mandate.to_dict)
);
CREATE INDEX IF NOT EXISTS mandates_actor ON mandates(actor_key);
CREATE TABLE IF NOT EXISTS tables (
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,       -- the table's place among the document's tables, from 0
    after TEXT,                      -- the label of the paragraph it follows ("19"), NULL before any
    annex TEXT,                      -- the annex it stands in, NULL in the body
    line INTEGER NOT NULL,           -- its first and last line in the file
    end_line INTEGER NOT NULL,
    columns INTEGER,                 -- cells a row, NULL where the rows were not recovered
    rows TEXT NOT NULL,              -- JSON: the rows, header first ([] where not recovered)
    cells TEXT NOT NULL,             -- JSON: every cell in order ("" an empty cell)
    unsure TEXT,                     -- why the rows were not recovered (Table.unsure), NULL where they were
    notes TEXT NOT NULL              -- JSON: the notes under it
);
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,            -- code: the fingerprint of the code that built the rows
    value TEXT NOT NULL
);
""".replace("{fts_trigger}", _FTS_TRIGGER)

# what makes a build's rows: the package's code, its grammars and its data files (not the bundled texts, nor the
# graph page's script and style)
_RULE_SUFFIXES = (".py", ".lark", ".txt", ".tsv", ".json")


def rule_files() -> dict[str, object]:
    """The files whose bytes make a build's rows, by their path within the package ("mandates/extract.py",
    "data/actors.txt", "grammar/clauses.lark"): every ``*.py`` of the package, the grammars and the data files, not
    the bundled texts; each an ``importlib.resources`` file (``read_bytes()``)."""
    from importlib import resources

    def walk(root, prefix: str) -> Iterator[tuple[str, object]]:
        for item in root.iterdir():
            if item.is_dir():
                # the grammars are read apart (a folder of their own in a checkout); the texts make no rule
                if item.name != "__pycache__" and (prefix or item.name not in ("grammar", "texts")):
                    yield from walk(item, f"{prefix}{item.name}/")
            elif item.name.endswith(_RULE_SUFFIXES):
                yield f"{prefix}{item.name}", item

    files = dict(walk(resources.files("resparse"), ""))
    files.update(walk(resources.files("resparse.grammar"), "grammar/"))
    return files


@functools.cache
def fingerprint() -> str:
    """The fingerprint of the code and data that make a build's rows: the SHA-256 (64 hex digits) of the
    :func:`rule_files`, each as its path within the package and its bytes, in the order of the paths (an editable
    checkout and an installed wheel of the same code agree). The versions of the libraries (Lark, pypdfium2) are
    left out. Computed once per process, by the corpus commands only (72 files, 1.06 MB: 3 ms at best, 17-85 ms the
    first time in a process under load 16-19, ``bench/bench_fingerprint.py``). Raises OSError when a package file
    cannot be read."""
    files = rule_files()
    digest = hashlib.sha256()
    for name in sorted(files):
        data = files[name].read_bytes()
        digest.update(b"%s\0%d\0" % (name.encode(), len(data)) + data)
    return digest.hexdigest()


def built_by_other(con: sqlite3.Connection) -> str | None:
    """None when the rows of the database were built by this code (its :data:`FORMAT` and :func:`fingerprint`);
    else why not, for a message: "format 8, this one writes 9", "code 1a2b3c4d5e6f, this one 9f8e7d6c5b4a", "no
    record of the code that built it"."""
    version = con.execute("PRAGMA user_version").fetchone()[0]
    if version != FORMAT:
        return f"format {version}, this one writes {FORMAT}"
    try:
        row = con.execute("SELECT value FROM meta WHERE key = 'code'").fetchone()
    except sqlite3.OperationalError:  # no table meta
        row = None
    if row is None:
        return "no record of the code that built it"
    if row[0] != fingerprint():
        return f"code {row[0][:12]}, this one {fingerprint()[:12]}"
    return None


@dataclass
class FileResult:
    path: str
    sha256: str
    size: int
    document: dict | None = None
    rows: dict[str, list[dict]] = field(default_factory=dict)
    error: str | None = None
    error_kind: str | None = None
    skipped: str | None = None  # the note on a file that is no resolution (not stored, no failure)


@dataclass
class BuildReport:
    files: int = 0
    parsed: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, note): files that are no resolution
    # (path, error) of the failures that are bad input (InputError: an empty, binary or unreadable file), also in
    # ``failed``
    bad_input: list[tuple[str, str]] = field(default_factory=list)
    consistent: int = 0
    removed: int = 0  # documents whose file is gone from a directory of the build
    duplicates: list[tuple[str, str, str]] = field(default_factory=list)  # (path, symbol, path stored first)
    reread: str | None = None  # why every file was read again: the database was built by another resparse
    seconds: float = 0.0
    bytes: int = 0




# one encoder for every JSON column (json.dumps with ensure_ascii=False builds a new encoder at each call); the columns
# hold trees of fresh dicts and lists (``to_dict``), never a cycle: the encoder need not keep the containers it is in
# to look for one (``check_circular``: an id kept and dropped per dict and list, a fifth of its time here)
def _encoder() -> Callable[[object], str]:
    """``json.JSONEncoder(ensure_ascii=False, check_circular=False).encode``, its C encoder made once: the standard
    library's ``encode`` makes the same one (``json.encoder.c_make_encoder``, with these arguments) at every call, a
    tenth of its time on the corpus's mandate rows. The plain ``encode`` where Python has no such C encoder, or one
    that takes other arguments or writes a sample otherwise."""
    encoder = json.JSONEncoder(ensure_ascii=False, check_circular=False)
    make = getattr(json.encoder, "c_make_encoder", None)
    try:
        run = make(None, encoder.default, json.encoder.encode_basestring, None, encoder.key_separator,
                   encoder.item_separator, False, False, True)  # as JSONEncoder.iterencode makes it (_one_shot)
        sample = {"a": [1, -2.5, 1e20, None, True, "é “x”\n\u2028"], "b": {"c": ""}}
        if "".join(run(sample, 0)) != encoder.encode(sample):  # pragma: no cover - another Python's encoder
            return encoder.encode
    except TypeError:  # pragma: no cover - no C encoder (None), or one made otherwise
        return encoder.encode
    return lambda o: "".join(run(o, 0))


_json = _encoder()


def _rows(res: Resolution) -> tuple[dict, dict[str, list[dict]]]:
    """The database rows of one resolution: the stages run (consistency, references, mandates), then
    :func:`_assemble` (``bench/bench_pipeline.py`` times the same calls apart)."""
    return _assemble(res, check(res), resolve(res), extract_mandates(res, states=True))


def _assemble(res: Resolution, problems: list, refs: list, mandates: list) -> tuple[dict, dict[str, list[dict]]]:
    """The document row and the rows of each table, from the resolution and its stages' results."""
    paragraphs = []
    # depth first, in reading order, with a stack: a recursive closure would be a reference cycle holding the rows
    todo = [(p, None) for p in reversed(res.paragraphs)]
    while todo:
        p, parent = todo.pop()
        paragraphs.append(
            {
                "position": len(paragraphs),
                "eid": p.id,
                "label": p.label,
                "kind": p.kind,
                "parent": parent,
                "opening": p.opening,
                "text": p.text,
                "footnotes": _json(p.footnotes) if p.footnotes else "[]",
                "line": p.span.line,
                "col": p.span.column,
                "end_line": p.span.end_line,
                "end_col": p.span.end_column,
            }
        )
        todo.extend((c, p.label) for c in reversed(p.children))
    doc = {
        "symbol": res.symbol,
        "title": res.title,
        "date": res.date,
        "meeting": res.meeting,
        "pages": res.pages,
        "paragraphs": len(paragraphs),  # every paragraph at any depth: the rows of the walk above
        "consistent": int(not problems),
        "problems": _json([p.to_dict() for p in problems]),
        "warnings": _json([w.to_dict() for w in res.warnings]),
    }
    footnotes = [
        {"number": f.number, "text": f.text, "cited_by": _json(f.cited_by)} for f in res.footnotes
    ]
    ref_rows = []
    for ref in refs:
        for target, status in ref.resolved or [(None, ref.status)]:
            ref_rows.append(
                {
                    "source": ref.source,
                    "phrase": ref.citation.phrase,
                    "kind": ref.citation.kind,
                    "target_document": target.document if target else None,
                    "target_label": target.label if target else None,
                    "status": status,
                    "portion": ref.citation.portion_for(target) if target else ref.citation.portion,
                }
            )
    mandate_rows = [
        {
            "paragraph": m.paragraph,
            "kind": m.kind,
            "verb": m.verb,
            "actor": m.actor,
            "actor_key": m.actor_key,
            "part_of": m.part_of,
            "passive": int(m.passive),
            "action": m.action,
            "deadline": m.deadline.text if m.deadline else None,
            "deadline_date": m.deadline.date if m.deadline else None,
            "data": _json(m.to_dict()),
        }
        for m in mandates
    ]
    table_rows = [
        {
            "position": k,
            "after": t.after,
            "annex": t.annex,
            "line": t.span.line,
            "end_line": t.span.end_line,
            "columns": len(t.rows[0]) if t.rows else None,
            "rows": _json(t.rows),
            "cells": _json(t.cells),
            "unsure": t.unsure or None,
            "notes": _json(t.notes),
        }
        for k, t in enumerate(res.tables)
    ]
    return doc, {"paragraphs": paragraphs, "footnotes": footnotes, "refs": ref_rows, "mandates": mandate_rows,
                 "tables": table_rows}


# what names a text as a General Assembly resolution even where it cannot be parsed: its own symbol on a line of its
# own (the masthead, a running header) or a line opening "Resolution adopted by the General Assembly"; a symbol
# inside a sentence is a citation ("`A_RES_78_1.txt` is A/RES/78/1", the corpus README)
_NAMES_A_RESOLUTION = re.compile(
    r"^[ \t#*]*(?:A/RES/[\w./-]+[ \t]*$|Resolution adopted by the General Assembly)", re.IGNORECASE | re.MULTILINE
)


def skip_note(path: str, text: str) -> str | None:
    """The note on a file the parser found no resolution in (:class:`NotAResolution`) that is left out of a folder
    rather than failed: ``"PATH: skipped: not a resolution (...)"`` where TEXT names no resolution
    (:data:`_NAMES_A_RESOLUTION`: a README, a letter), None where it does (a resolution that cannot be read is a
    failure to report). The one rule of every command that reads a folder: ``corpus build`` and the CLI's
    ``mandates``, ``graph``, ``check --against``."""
    if _NAMES_A_RESOLUTION.search(text):
        return None
    return f"{path}: skipped: not a resolution (no symbol A/RES/..., no paragraphs of the Assembly)"


def process_file(path: str) -> FileResult:
    """Run the pipeline on one file (in a worker process). Never raises. A file the parser finds no resolution in
    and that names none (:data:`_NAMES_A_RESOLUTION`) is ``skipped`` with a note, not failed."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return FileResult(path, "", 0, error=f"{path}: error: cannot read ({exc.strerror})", error_kind="InputError")
    result = FileResult(path, hashlib.sha256(data).hexdigest(), len(data))
    src = None
    try:
        src = sources.read(path)
        res = parse_source(src, path=path)
        result.document, result.rows = _rows(res)
    except NotAResolution as exc:
        note = skip_note(path, src.text) if src is not None else None
        if note:
            result.skipped = note
        else:
            result.error, result.error_kind = exc.one_line(), type(exc).__name__
    except ResparseError as exc:
        result.error, result.error_kind = exc.one_line(), type(exc).__name__
    except Exception as exc:  # a crash in one file must not stop the build; it is recorded as such
        result.error, result.error_kind = f"{path}: crash: {type(exc).__name__}: {exc}", "crash"
    return result


def _process_and_settle(path: str) -> FileResult:
    """:func:`process_file`, then the heap settled for the next file: the youngest generation collected and what
    survives (grammars, tables, the stages' bounded caches) frozen out of later collections (``gc.freeze``).
    Without it every full collection walks the caches of all the files read so far: measured over the corpus
    (``bench/bench_pipeline.py``), collections took some 2.8 s of 23 s CPU. A full collection per file costs
    0.6-0.9 s over the corpus; the young one suffices because the stages leave (almost) no reference cycles (a
    Lark error kept past its ``except`` block is kept without its traceback, no recursive closures): frozen
    garbage, never freed, was 325 objects in 100 files (``tests/test_corpus.py`` holds it small). Used by
    ``build`` in its own process and in each worker; objects evicted from a cache are still freed by their
    reference count. No collection runs inside the file (the collector is paused, then left as it was): the
    stages' objects die by their reference count, and the one young collection after the file sees each
    survivor once, where the automatic ones (every 700 allocations) saw the survivors of each slice again."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        result = process_file(path)
    finally:
        if enabled:
            gc.enable()
    gc.collect(0)
    gc.freeze()
    return result


def connect(db_path: str | os.PathLike) -> sqlite3.Connection:
    try:
        con = sqlite3.connect(str(db_path))
        con.execute("PRAGMA foreign_keys = ON")
        con.executescript(SCHEMA)
        if "duplicate_of" not in {row[1] for row in con.execute("PRAGMA table_info(documents)")}:
            con.execute("ALTER TABLE documents ADD COLUMN duplicate_of TEXT")  # a database built before the column
    except sqlite3.DatabaseError as exc:
        raise ResparseError(f"not a resparse corpus database ({exc})", path=str(db_path)) from None
    return con


def _link_citations(con: sqlite3.Connection) -> None:
    """Point each citation of a document in the corpus at that document and, where it names one, at the paragraph
    meant there, by the one rule of :func:`resparse.references.cited_label` (its own label, else the same number in
    its annex: "paragraph 49 of resolution 73/195" is 73/195's annex paragraph 49). A citation of part A of a
    resolution stored under its number alone points at it (:func:`resparse.references.stored_symbol`)."""
    stored = dict(con.execute("SELECT symbol, id FROM documents WHERE symbol IS NOT NULL AND duplicate_of IS NULL"))
    con.execute("UPDATE refs SET target_doc_id = NULL, target_paragraph = NULL WHERE target_document IS NOT NULL")
    linked = [(stored[held], cited) for (cited,) in con.execute("SELECT DISTINCT target_document FROM refs")
              if (held := stored_symbol(cited, stored)) is not None]
    con.executemany("UPDATE refs SET target_doc_id = ? WHERE target_document = ?", linked)
    rows = con.execute(
        "SELECT DISTINCT target_doc_id, target_label FROM refs WHERE target_doc_id IS NOT NULL AND target_label IS NOT NULL"
    ).fetchall()
    labels: dict[int, set[str]] = {}
    for doc_id in {d for d, _ in rows}:
        labels[doc_id] = {lab for (lab,) in con.execute("SELECT label FROM paragraphs WHERE doc_id = ?", (doc_id,))}
    # the rows of a stored document are those of the symbols linked to it just above: each update finds them by the
    # index on (target_document, target_label), where "WHERE target_doc_id = ?" scanned the whole table once per
    # paragraph found (0.24 s of the build's serial end over the corpus, 62 updates of 29,352 rows)
    cited_as: dict[int, list[str]] = {}
    for doc_id, cited in linked:
        cited_as.setdefault(doc_id, []).append(cited)
    updates = []
    for doc_id, label in rows:
        annexes = {m.group(1) for lab in labels[doc_id] if (m := _ANNEX_NAME.match(lab))}
        found = cited_label(label, labels[doc_id], annexes)
        if found:
            updates += [(found, cited, label) for cited in cited_as[doc_id]]
    con.executemany("UPDATE refs SET target_paragraph = ? WHERE target_document = ? AND target_label = ?", updates)


_ANNEX_NAME = re.compile(r"^(annex(?: [IVXLC]+)?) ")


def _store(con: sqlite3.Connection, r: FileResult) -> tuple[int, str | None]:
    """Store one file's rows. A file whose symbol is already stored from another file is recorded (its path, hash,
    ``duplicate_of``) without rows, so that no count or query sees the resolution twice. Returns the id of the
    document row and the path of that first file, or None."""
    con.execute("DELETE FROM documents WHERE path = ?", (r.path,))
    doc = r.document or {}
    first = None
    if doc.get("symbol"):
        row = con.execute(
            "SELECT path FROM documents WHERE symbol = ? AND duplicate_of IS NULL AND path != ? ORDER BY id LIMIT 1",
            (doc["symbol"], r.path),
        ).fetchone()
        first = row[0] if row else None
    cur = con.execute(
        "INSERT INTO documents (path, sha256, bytes, symbol, title, date, meeting, pages, paragraphs, consistent,"
        " problems, warnings, error, error_kind, duplicate_of) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            r.path,
            r.sha256,
            r.size,
            doc.get("symbol"),
            doc.get("title"),
            doc.get("date"),
            doc.get("meeting"),
            doc.get("pages"),
            doc.get("paragraphs"),
            doc.get("consistent"),
            doc.get("problems"),
            doc.get("warnings"),
            r.error,
            r.error_kind,
            first,
        ),
    )
    doc_id = cur.lastrowid
    for table, rows in r.rows.items():
        if not rows or first:
            continue
        cols = list(rows[0])
        con.executemany(
            f"INSERT INTO {table} (doc_id, {', '.join(cols)}) VALUES (?, {', '.join('?' for _ in cols)})",
            [(doc_id, *[row[c] for c in cols]) for row in rows],
        )
    return doc_id, first


# the documents whose paragraphs one statement indexes (:func:`_index`): each statement writes FTS5's pending terms
# once (about 1.5 ms), far fewer than a row or a document at a time; a batch indexed while the workers read on
_INDEX_BATCH = 64


def _index(con: sqlite3.Connection, doc_ids: list[int]) -> None:
    """The paragraphs of the documents ``doc_ids`` (not yet in it) added to the full-text index, in one statement.
    For ``build``, whose insert trigger is dropped meanwhile (:data:`_FTS_TRIGGER`)."""
    if doc_ids:
        con.execute("INSERT INTO paragraphs_fts(rowid, text) SELECT id, text FROM paragraphs WHERE doc_id IN"
                    f" ({', '.join('?' * len(doc_ids))}) ORDER BY id", doc_ids)


def _empty(con: sqlite3.Connection) -> None:
    """Every table of the database dropped and made again, empty, by :data:`SCHEMA` (the tables of an older format
    too). Far quicker than deleting the documents, whose rows in ``footnotes``, ``refs`` and ``mandates`` the cascade
    finds by a scan of each table per document (no index on ``doc_id``): deleting 901 of the corpus's documents took
    140 s (load 16), dropping the tables well under a second. The tables that refer to ``documents`` go first, so
    that dropping it cascades into none."""
    with con:
        for table in ("paragraphs_fts", "tables", "mandates", "refs", "footnotes", "paragraphs", "documents", "meta"):
            con.execute(f"DROP TABLE IF EXISTS {table}")
    con.executescript(SCHEMA)


def _stored_under(db_path: str | os.PathLike, paths: list) -> bool:
    """Does the database at ``db_path`` (if there is one) hold a document read from a file under one of the folders
    of ``paths``? False for no database or one that cannot be read (``build`` then says what is wrong with it)."""
    dirs = [str(Path(p).resolve()) + os.sep for p in paths if Path(p).is_dir()]
    if not dirs or not Path(db_path).is_file():
        return False
    try:
        con = sqlite3.connect(f"file:{Path(db_path).resolve()}?mode=ro", uri=True)
        try:
            return any(p.startswith(tuple(dirs)) for (p,) in con.execute("SELECT path FROM documents"))
        finally:
            con.close()
    except sqlite3.Error:
        return False


def build(
    paths: Iterable[str | os.PathLike],
    db_path: str | os.PathLike,
    jobs: int | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    note: Callable[[str], None] | None = None,
) -> BuildReport:
    """Parse every file into the database at ``db_path``. ``progress(done, total, path)`` is called per file.
    A database whose rows another resparse built (:func:`built_by_other`) loses them all and every file is read
    again (``BuildReport.reread`` says why, and ``note(message)`` is called once before the files are read); else a
    file whose bytes are unchanged since the last build is skipped. The paragraphs of several files read are added to
    the full-text index a batch of documents at a time (:func:`_index`), the same index as a row at a time."""
    import time

    t0 = time.perf_counter()
    paths = list(paths)
    files = [str(p.resolve()) for p in sources.iter_files(paths)]
    if not files and not _stored_under(db_path, paths):
        # (a folder emptied since the database was built removes its documents: no error; an empty folder the
        # database holds nothing of is an input error with a database as without one, a fresh-user trial, 2026-12-03:
        # it said "0 files: 0 parsed" and exit 0 where a folder of a README alone is exit 2)
        raise InputError(f"no resolution files ({', '.join(sources.SUFFIXES)}) to build from; nothing "
                         + ("changed" if Path(db_path).exists() else "written"), path=", ".join(map(str, paths)))
    if str(Path(db_path).resolve()) in files:
        raise ResparseError("the database would replace one of the input files; choose another --db", path=str(db_path))
    if Path(db_path).is_dir():
        raise InputError("is a directory; give the database file's path (--db DIR/corpus.sqlite)", path=str(db_path))
    ensure_dir(Path(db_path).parent, db_path)  # a folder on the way that is a file, or no room to write: one line
    existed = Path(db_path).exists()
    report = BuildReport(files=len(files))
    con = connect(db_path)
    # files that were under a directory of this build and are gone: their rows go too
    present = set(files)
    dirs = [str(Path(p).resolve()) + os.sep for p in paths if Path(p).is_dir()]
    gone = [p for (p,) in con.execute("SELECT path FROM documents") if p not in present and p.startswith(tuple(dirs))]
    if dirs and gone:
        with con:
            con.executemany("DELETE FROM documents WHERE path = ?", [(p,) for p in gone])
            _link_citations(con)
    report.removed = len(gone) if dirs else 0
    stored = {p for (p,) in con.execute("SELECT path FROM documents")}
    other = built_by_other(con) if stored else None  # (a new file has no rows to doubt)
    if other:
        # built by another resparse: its rows would be stale beside the new ones, so every document is read again
        report.reread = other
        n, dropped = len(files), len(stored - present)
        if note:
            note(f"{db_path}: built by another resparse ({other}): reading all {n} file{'s' * (n != 1)} again"
                 + (f"; {dropped} document{'s' * (dropped != 1)} stored from other files dropped" if dropped else ""))
        _empty(con)
    known = dict(con.execute("SELECT path, sha256 FROM documents"))
    todo = []
    for f in files:
        try:
            digest = hashlib.sha256(Path(f).read_bytes()).hexdigest()
        except OSError:
            digest = None
        if digest is not None and known.get(f) == digest:
            report.unchanged += 1
        else:
            todo.append(f)
    done = report.unchanged
    if progress:
        progress(done, len(files), "")
    jobs = max(1, jobs or os.cpu_count() or 1)

    def results() -> Iterator[FileResult]:
        if jobs == 1 or len(todo) < 2:
            try:
                yield from map(_process_and_settle, todo)
            finally:
                gc.unfreeze()  # this process is the caller's: its heap is given back as it was
        else:
            with ProcessPoolExecutor(max_workers=jobs) as pool:
                yield from pool.map(_process_and_settle, todo, chunksize=max(1, min(16, len(todo) // (jobs * 8) or 1)))

    # the paragraphs of many files are indexed after they are stored, in one statement (:data:`_FTS_TRIGGER`); only
    # where each path is read once, so that no paragraph stored by this build is deleted again before it is indexed
    # (the delete trigger would take out of the index terms never put in). The trigger is dropped inside the
    # transaction: a build that fails rolls back to it
    defer = len(todo) > 1 and len(set(todo)) == len(todo)
    unindexed: list[int] = []  # the documents stored whose paragraphs are not yet indexed
    try:
        with con:
            if defer:
                if not con.in_transaction:
                    con.execute("BEGIN")
                con.execute("DROP TRIGGER paragraphs_ai")
            for r in results():
                if r.skipped:  # no resolution: not stored (a row left by an older build goes), no failure
                    con.execute("DELETE FROM documents WHERE path = ?", (r.path,))
                    report.skipped.append((r.path, r.skipped))
                    done += 1
                    if progress:
                        progress(done, len(files), r.path)
                    continue
                doc_id, first = _store(con, r)
                if defer:
                    unindexed.append(doc_id)
                    if len(unindexed) == _INDEX_BATCH:  # while the workers read on (the parent's tail is serial)
                        _index(con, unindexed)
                        unindexed = []
                if first:
                    report.duplicates.append((r.path, (r.document or {}).get("symbol") or "", first))
                report.bytes += r.size
                if r.error:
                    report.failed.append((r.path, r.error))
                    if r.error_kind == "InputError":
                        report.bad_input.append((r.path, r.error))
                else:
                    report.parsed += 1
                done += 1
                if progress:
                    progress(done, len(files), r.path)
            if defer:
                _index(con, unindexed)
                con.execute(_FTS_TRIGGER)
            _link_citations(con)
            con.execute(f"PRAGMA user_version = {FORMAT}")
            con.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('code', ?)", (fingerprint(),))
        report.consistent = con.execute(
            "SELECT COUNT(*) FROM documents WHERE consistent = 1 AND duplicate_of IS NULL"
        ).fetchone()[0]
        # failures of this run, and of unchanged files that failed before (they would fail again)
        fresh = {p for p, _ in report.failed}
        wanted = set(files) - fresh
        report.failed += [
            (p, e) for p, e in con.execute("SELECT path, error FROM documents WHERE error IS NOT NULL") if p in wanted
        ]
    finally:
        con.close()
    report.seconds = time.perf_counter() - t0
    if files and len(report.skipped) + len(report.bad_input) == len(files):
        # a folder of no resolution (a README alone): exit 2, as an empty folder is, not "0 parsed" and exit 0 (a
        # fresh-user trial, 2026-12-03); so is a build whose every file is bad input (one named empty file, a new-user
        # trial, 2026-12-03: it said "1 files: ... 1 failed", exit 1, and made the database; README, exit codes: an
        # empty, binary or unreadable file is bad input, 2); the database this build made is removed again
        if not existed:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(str(db_path) + suffix).unlink(missing_ok=True)
        path, why = (report.skipped or report.bad_input)[0]
        # the note names the file: the error's path does
        why = re.sub(rf"^{re.escape(path)}(?::\d+:\d+)?: (?:error: )?", "", why)
        if len(files) > 1:
            # said of the arguments, not of their first file (a new-user trial, the thirtieth session: "/tmp/x/fake.txt:
            # error: no resolution to build from ... (and 3 more)" blamed one file of a folder of four)
            raise InputError(f"no resolution to build from: none of the {len(files)} files read is one (the first, "
                             f"{Path(path).name}: {why})" + ("" if existed else "; nothing written"),
                             path=", ".join(map(str, paths)))
        raise InputError(f"no resolution to build from: {why}" + ("" if existed else "; nothing written"), path=path)
    return report


def report(db_path: str | os.PathLike) -> dict:
    """Counts, consistency rate and the failures grouped by cause; ``inconsistent`` names each inconsistent document,
    in corpus order: {"symbol" (printed, :func:`resparse.references.printed_symbol`), "path", "problems" (how many),
    "first" (the first problem's message, "footnote 31 is cited by no paragraph")} -- ``inconsistent_by_cause``
    alone counted them without naming one (a new-user trial, 2026-12-04: "footnote 11, numbering 1")."""
    con = _open_existing(db_path)
    try:
        total, parsed, consistent = con.execute(
            "SELECT COUNT(*), SUM(error IS NULL), SUM(consistent = 1) FROM documents WHERE duplicate_of IS NULL"
        ).fetchone()
        duplicates = [
            {"path": p, "symbol": s, "first": f}
            for p, s, f in con.execute(
                "SELECT path, symbol, duplicate_of FROM documents WHERE duplicate_of IS NOT NULL ORDER BY path"
            )
        ]
        counts = {
            table: con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] for table in _tables(con)
        }
        failures: dict[str, list[str]] = {}
        for path, kind, error in con.execute("SELECT path, error_kind, error FROM documents WHERE error IS NOT NULL"):
            cause = f"{kind}: {error.split('error:', 1)[-1].split('[')[0].strip()}" if error else kind
            failures.setdefault(cause, []).append(path)
        problems: dict[str, int] = {}
        inconsistent = []
        for symbol, path, raw in con.execute("SELECT symbol, path, problems FROM documents WHERE consistent = 0"
                                             " AND duplicate_of IS NULL ORDER BY id"):
            found = json.loads(raw or "[]")
            for code in {p["code"] for p in found}:
                problems[code] = problems.get(code, 0) + 1
            inconsistent.append({"symbol": printed_symbol(symbol) if symbol else None, "path": path,
                                 "problems": len(found), "first": found[0]["message"] if found else None})
    finally:
        con.close()
    return {
        "documents": total or 0,
        "parsed": parsed or 0,
        "failed": (total or 0) - (parsed or 0),
        "consistent": consistent or 0,
        "consistency_rate": (consistent or 0) / total if total else 0.0,
        "rows": counts,
        "inconsistent_by_cause": dict(sorted(problems.items(), key=lambda kv: -kv[1])),
        "inconsistent": inconsistent,
        "failures_by_cause": {k: v for k, v in sorted(failures.items(), key=lambda kv: -len(kv[1]))},
        "duplicates": duplicates,
    }


def tables(db_path: str | os.PathLike, symbol: str | None = None) -> list[dict]:
    """The tables stored (of the document ``symbol`` only, "A/RES/79/253" or "79/253", where given), in corpus and
    document order: each {"document", "after", "annex", "line", "end_line", "columns", "rows", "cells", "unsure",
    "notes"}, ``rows`` [] and ``unsure`` why where the rows were not recovered (:class:`resparse.model.Table`).
    Raises :class:`ResparseError` as every query does (no database, or one built by another resparse)."""
    con = _open_existing(db_path)
    try:
        where, params = "", ()
        if symbol:
            where, params = " AND d.symbol = ?", (symbol_of(symbol),)
        found = con.execute(
            "SELECT d.symbol, t.after, t.annex, t.line, t.end_line, t.columns, t.rows, t.cells, t.unsure, t.notes"
            " FROM tables t JOIN documents d ON d.id = t.doc_id WHERE d.duplicate_of IS NULL" + where
            + " ORDER BY d.path, t.position",
            params,
        ).fetchall()
    finally:
        con.close()
    return [
        {"document": s, "after": after, "annex": annex, "line": line, "end_line": end, "columns": columns,
         "rows": json.loads(rows), "cells": json.loads(cells), "unsure": unsure or "", "notes": json.loads(notes)}
        for s, after, annex, line, end, columns, rows, cells, unsure, notes in found
    ]


def search(db_path: str | os.PathLike, query: str, limit: int = 20) -> list[dict]:
    """Full-text search over paragraph text (FTS5, ranked by bm25; the paragraphs that hold bare words as a phrase
    first: :func:`search_counted`), at most ``limit`` paragraphs (1 or more: SQLite reads a negative LIMIT as none).
    Raises :class:`InputError` for a query with no words or a ``limit`` below 1."""
    return search_counted(db_path, query, limit)[0]


def search_counted(db_path: str | os.PathLike, query: str, limit: int = 20) -> tuple[list[dict], int]:
    """:func:`search`'s hits and the number of paragraphs that match in all, for "3 of 106 paragraphs" (a new-user
    trial, the thirtieth session: ``--limit 3`` said "3 paragraphs" of 106). Bare words of two or more (no quotes, no
    operator) match anywhere in a paragraph, and the paragraphs that hold them in order as written, any case and
    spacing, come first, each part ranked by bm25 (the same trial: ``search "regional commissions"`` listed
    "International Law Commission ... regional" hits above the paragraphs that name the regional commissions)."""
    if limit < 1:
        raise InputError(f"limit {limit}: give 1 or more paragraphs to list")
    if not query.strip(' "*'):
        raise InputError("give words to search for (e.g. \"regional commissions\")")
    written = _written_phrases(query)
    words = query.split()
    together = None if len(words) < 2 or any(op in query for op in ('"', " AND ", " OR ", " NOT ", "*")) else \
        re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)", re.IGNORECASE)
    con = _open_existing(db_path)
    try:
        cur = con.execute(
            "SELECT d.symbol, p.label, p.kind, highlight(paragraphs_fts, 0, '[', ']'), p.text,"
            " bm25(paragraphs_fts) FROM paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid"
            " JOIN documents d ON d.id = p.doc_id WHERE paragraphs_fts MATCH ? ORDER BY bm25(paragraphs_fts)",
            (_fts_query(query),),
        )
        # a quoted phrase as written: FTS5 matched its tokens, stemmed and split at "-"
        rows = [row for row in cur if all(w.search(row[4]) for w in written)]
    except sqlite3.OperationalError as exc:
        raise ResparseError(f"cannot search for {query!r}: {exc}") from None
    finally:
        con.close()
    if together is not None:  # stable: bm25's order within each part
        rows.sort(key=lambda row: together.search(row[4]) is None)
    return [
        {"document": s, "paragraph": label, "kind": kind, "snippet": snippet(marked), "text": text,
         "rank": round(-rank, 3)}
        for s, label, kind, marked, text, rank in rows[:limit]
    ], len(rows)


def snippet(marked: str, around: int = 6) -> str:
    """A search hit's excerpt from its paragraph with the matches in brackets (FTS5 ``highlight``, which brackets a
    matched phrase whole): the first match whole, with ``around`` words before and after it, " ... " where the
    paragraph goes on; the excerpt is cut between words and never inside a match (one that starts in it is kept to
    its end). FTS5's own ``snippet`` cut a window of 16 tokens, inside a phrase too: "[report to the General] ..."
    for "report to the General Assembly at its eighty-first session" (a new user's trial, 2026-12-04)."""
    ws = marked.split()
    first = next((i for i, w in enumerate(ws) if "[" in w), None)
    if first is None:
        start, end = 0, min(len(ws), 2 * around + 1)
    else:
        last = next((j for j in range(first, len(ws)) if "]" in ws[j]), len(ws) - 1)
        start, end = max(0, first - around), min(len(ws), last + 1 + around)
    window = " ".join(ws[start:end])
    if end < len(ws) and window.count("[") > window.count("]"):  # a match open at the cut: to its end
        end = next((j + 1 for j in range(end, len(ws)) if "]" in ws[j]), len(ws))
    return (" ... " if start else "") + " ".join(ws[start:end]) + (" ... " if end < len(ws) else "")


_UNIT_LABEL = re.compile(r"\b(?:rule|article) \d+$")


def _as_labelled(label: str) -> list[str]:
    """The labels a paragraph cited as ``label`` may carry in the database: itself, and for a bare number also "OP"
    and the number (a lone unnumbered operative paragraph is labelled "OP1", A/RES/78/124)."""
    return [label, "OP" + label] if label.isdigit() else [label]


# a resolution of the first sessions, its number then its session in roman numerals ("A/RES/2200(XXI)")
_ROMAN_SESSION = re.compile(r"(A/RES/\d+)(\((?:E?S-)?[IVXLC]+\))")


def cited_by(db_path: str | os.PathLike, symbol: str, paragraph: str | None = None) -> list[dict]:
    """The paragraphs of the corpus that cite a document (and, with ``paragraph``, that paragraph of it; with a
    section of a resolution in sections, "XVII" or "section XVII", that section whole and each of its paragraphs).
    A resolution adopted in parts: the citations of a part ("A/RES/77/263 B") are those of that part and of the
    resolution cited whole ("resolution 77/263" names each of its parts); those of the resolution ("A/RES/77/263")
    are those of it whole and of each of its parts ("77/263 A", "77/263 B"); so for the first sessions:
    "A/RES/2200(XXI)" counts those of "A/RES/2200 A (XXI)" too. Each row: ``document``, ``paragraph`` (the citing
    one, or "footnote N"), ``phrase``, ``cites`` and ``resolved`` (the paragraph cited, as written and as found),
    ``cited`` (the document cited, as stored: a part's "A/RES/77/263B"), ``portion``, ``footnote``, ``paragraphs``."""
    symbol = symbol_of(symbol)
    label = canonical_label(paragraph) if paragraph else None
    if paragraph and label is None:
        raise ResparseError(f"not a paragraph label: {paragraph!r}")
    part = part_of(symbol)
    con = _open_existing(db_path)
    try:
        sql = (
            "SELECT d.symbol, r.source, r.phrase, r.target_label, r.target_paragraph, r.portion, r.target_document"
            " FROM refs r"
            " JOIN documents d ON d.id = r.doc_id WHERE "
            + ("r.target_document IN (?, ?)" if part else "(r.target_document = ? OR r.target_document GLOB ?)")
        )
        # the parts of the whole: "A/RES/77/263B" after the number; in the first sessions before the session
        # ("A/RES/2200(XXI)" is cited by its parts, "A/RES/2200A(XXI)" as stored: was 0 citations against 183)
        roman = _ROMAN_SESSION.fullmatch(symbol)
        args: list = [symbol, part[0]] if part else [symbol, f"{roman[1]}[A-Z]{roman[2]}" if roman else f"{symbol}[A-Z]"]
        if label and section_label(label) == label and not any(ch in label for ch in ". "):
            # a section of a resolution in sections ("XVII"): citations of it whole ("section XVII") and of its
            # paragraphs ("section XVII, paragraph 4": XVII.4)
            sql += (" AND (r.target_paragraph = ? OR r.target_paragraph LIKE ? || '.%' OR r.target_label = 'section ' || ?"
                    " OR r.target_label LIKE 'section ' || ? || '.%')")
            args += [label] * 4
        elif label:
            for lab in _as_labelled(label):
                sql += (" AND (" if lab == label else " OR ") + (
                    "r.target_label = ? OR r.target_paragraph = ? OR r.target_label LIKE ? || ' (%'"
                    " OR r.target_paragraph LIKE ? || ' (%'")
                args += [lab] * 4
                if _UNIT_LABEL.search(lab) and "." not in lab.rsplit(" ", 1)[-1]:
                    # a rule or article whole ("annex III rule 24"): the citations of its paragraphs too (24.1, 24.2)
                    sql += " OR r.target_label LIKE ? || '.%' OR r.target_paragraph LIKE ? || '.%'"
                    args += [lab, lab]
            sql += ")"
        rows = con.execute(sql + " ORDER BY d.id, r.rowid", args).fetchall()
        # the paragraphs that cite each footnote of the citing documents (a footnote row names them)
        citing = sorted({r[0] for r in rows if r[1].startswith("footnote ")})
        notes = {(d, n): json.loads(c or "[]") for d, n, c in con.execute(
            "SELECT d.symbol, f.number, f.cited_by FROM footnotes f JOIN documents d ON d.id = f.doc_id"
            " WHERE d.duplicate_of IS NULL AND d.symbol IN (" + ",".join("?" * len(citing)) + ")", citing)} if citing else {}
    finally:
        con.close()
    out = []
    for d, src, phrase, lab, tp, portion, target in rows:
        note = src.split(" ", 1)[1] if src.startswith("footnote ") else None
        out.append({"document": d, "paragraph": src, "phrase": phrase, "cites": lab, "resolved": tp,
                    "portion": portion, "footnote": note, "cited": target,
                    "paragraphs": notes.get((d, note), []) if note else [src]})
    return out


def citing_places(rows: list[dict]) -> list[dict]:
    """The rows of :func:`cited_by` as citing places, each counted once: a footnote's row names the paragraphs that
    cite the footnote ("PP12 (footnote 20)": A/RES/78/215's footnote 20, "Resolution 70/1", cited by PP12), and is
    folded into the rows of those paragraphs where each of them cites the same thing in its own text (A/RES/78/119 PP40
    "its resolution 70/1 of 25 September 2015" and its footnote 20 "Resolution 70/1": one place, PP40, its
    ``footnotes`` ["20"]). A footnote no paragraph is known to cite stays "footnote N". Each row: the keys of
    :func:`cited_by`, ``paragraph`` the place as printed, ``footnotes`` the footnotes folded into it."""
    direct = {(r["document"], p, r["cites"], r["resolved"]): r for r in rows if r["footnote"] is None
              for p in r["paragraphs"]}
    out = [dict(r, footnotes=[]) if r["footnote"] is None else r for r in rows]
    by_id = {id(r): o for r, o in zip(rows, out)}
    places = []
    for r, o in zip(rows, out):
        if r["footnote"] is None:
            places.append(o)
            continue
        owners = [direct.get((r["document"], p, r["cites"], r["resolved"])) for p in r["paragraphs"]]
        if owners and all(owners):
            for owner in owners:
                by_id[id(owner)]["footnotes"].append(r["footnote"])
            continue
        where = ", ".join(r["paragraphs"])
        places.append(dict(r, paragraph=f"{where} (footnote {r['footnote']})" if where else r["paragraph"], footnotes=[]))
    return places


def missing_paragraph(db_path: str | os.PathLike, symbol: str, paragraph: str) -> str | None:
    """Why ``paragraph`` of ``symbol`` cannot be cited: a one-line reason when the document is in the corpus and has
    no paragraph of that label, nor one under it ("22" has "22 (a)"; "annex III rule 24" has "annex III rule 24.1"),
    nor a section of it; None when it has one, or when the document is not in the corpus (its paragraphs unknown).
    Raises :class:`ResparseError` for a text that is no paragraph label."""
    label = canonical_label(paragraph)
    if label is None:
        raise ResparseError(f"not a paragraph label: {paragraph!r}")
    symbol = symbol_of(symbol)
    con = _open_existing(db_path)
    try:
        row = con.execute("SELECT id FROM documents WHERE symbol = ? AND duplicate_of IS NULL ORDER BY id LIMIT 1",
                          (symbol,)).fetchone()
        if row is None:
            return None
        labels = [lab for (lab,) in con.execute("SELECT label FROM paragraphs WHERE doc_id = ? ORDER BY position", row)]
    finally:
        con.close()
    wanted = _as_labelled(label)
    if any(lab == w or lab.startswith(w + " (") or lab.startswith(w + ".") for lab in labels for w in wanted):
        return None
    operative = [lab for lab in labels if lab.isdigit()]
    span = f" (its operative paragraphs are {operative[0]}-{operative[-1]})" if operative else ""
    return f"{symbol} has no paragraph {label}{span}"


# the document a stored citation names (refs r, the target joined as t): the stored one it points at, else as cited
_CITED = "COALESCE(t.symbol, r.target_document)"


def citation_network(db_path: str | os.PathLike) -> tuple[list[dict], list[tuple[str, str, int]]]:
    """Documents of the corpus and the documents they cite, with (citing, cited, how many citations) edges. A cited
    document is the stored one a citation points at (:func:`_link_citations`: "resolution 79/258 A", 80/243 PP4, is
    the stored A/RES/79/258), else the symbol as cited: one node per document, never a part of it beside it."""
    con = _open_existing(db_path)
    try:
        docs = {
            s: {"symbol": s, "title": t, "in_corpus": True}
            for s, t in con.execute("SELECT symbol, title FROM documents WHERE symbol IS NOT NULL AND duplicate_of IS NULL")
        }
        # a citation is a citing phrase in a paragraph: "paragraphs 1 to 10 of the annex" counts once, not ten times
        edges = con.execute(
            f"SELECT d.symbol, {_CITED}, COUNT(DISTINCT r.source || char(31) || r.phrase) FROM refs r"
            " JOIN documents d ON d.id = r.doc_id LEFT JOIN documents t ON t.id = r.target_doc_id"
            f" WHERE r.target_document IS NOT NULL AND d.symbol IS NOT NULL AND {_CITED} != d.symbol"
            f" GROUP BY d.symbol, {_CITED} ORDER BY d.symbol"
        ).fetchall()
    finally:
        con.close()
    for _, cited, _n in edges:
        docs.setdefault(cited, {"symbol": cited, "title": None, "in_corpus": False})
    return list(docs.values()), [tuple(e) for e in edges]


def citing_paragraphs(db_path: str | os.PathLike, limit: int = 2000) -> dict[str, list[dict]]:
    """For each cited document (the stored one a citation points at, as :func:`citation_network` names it): the
    paragraphs (and footnotes) of the corpus that cite it, in corpus order, one row per citing phrase: ``{"document", "paragraph", "phrase", "text"}`` (``text`` cut at ``limit`` characters)."""
    con = _open_existing(db_path)
    try:
        rows = con.execute(
            f"SELECT DISTINCT {_CITED}, d.symbol, r.source, r.phrase,"
            " COALESCE(p.text, f.text, '') FROM refs r JOIN documents d ON d.id = r.doc_id"
            " LEFT JOIN documents t ON t.id = r.target_doc_id"
            " LEFT JOIN paragraphs p ON p.doc_id = r.doc_id AND p.label = r.source"
            " LEFT JOIN footnotes f ON f.doc_id = r.doc_id AND 'footnote ' || f.number = r.source"
            f" WHERE r.target_document IS NOT NULL AND d.symbol IS NOT NULL AND {_CITED} != d.symbol"
            " ORDER BY r.doc_id, r.rowid"
        ).fetchall()
    finally:
        con.close()
    out: dict[str, list[dict]] = {}
    for cited, doc, source, phrase, text in rows:
        text = clip(text, limit + 1)
        out.setdefault(cited, []).append({"document": doc, "paragraph": source, "phrase": phrase, "text": text})
    return out


def mandate_rows(db_path: str | os.PathLike, actor: str) -> list[Mandate]:
    """The stored mandates (and mentions) that may answer a query for ``actor``: its key, the groups it belongs to,
    its members and its parts (``AliasTable.under``); :func:`resparse.mandates.select` filters and orders them.
    A name that neither the alias table nor the States hold is looked for in the stored paragraphs as ``mandates
    FILES --actor`` looks for it (:func:`_mentions_of`): the build stored only the mentions of the table's names
    and of the actors each resolution mandates."""
    from .mandates.actors import states, table

    t = table()
    con = _open_existing(db_path)
    try:
        keys = [k for (k,) in con.execute("SELECT DISTINCT actor_key FROM mandates")]
        named = t.resolve(actor)
        found = _mentions_of(con, actor) if not named.known and named.key not in states() else {}
        q = resolve_query_keys(actor, set(keys) | {m.actor_key for ms in found.values() for m, _ in ms})
        # a short name's one full name ("Scientific Committee"); the parties to a treaty for "States parties"
        # (the keys of the rows that write the query as a short name: ``written_short``, as the files are read)
        written = written_short(actor, con.execute(
            "SELECT DISTINCT actor_key, json_extract(data, '$.actor_as_written') FROM mandates "
            "WHERE json_extract(data, '$.actor_as_written') LIKE ? ESCAPE '\\'",
            ("%" + re.sub(r"([%_\\])", r"\\\1", actor.strip()),)))
        full = full_name_keys(actor, set(keys), written) | party_keys(actor, set(keys))
        wanted = {k for k in keys if k == q or k in full or k in t.wholes(q) or t.under(k, q)
                  or t.appointed.get(k) == q}
        marks = ",".join("?" for _ in wanted) or "NULL"
        parts = ",".join("?" for _ in {q} | full)
        rows = con.execute(
            f"SELECT m.doc_id, p.position, m.kind, m.actor_key, m.paragraph, m.data FROM mandates m LEFT JOIN "
            f"paragraphs p ON p.doc_id = m.doc_id AND p.label = m.paragraph WHERE m.actor_key IN ({marks}) OR "
            f"m.part_of IN ({parts}) ORDER BY m.doc_id, m.rowid",
            [*wanted, *({q} | full)],
        ).fetchall()
    finally:
        con.close()
    # a paragraph's mentions in the order the files' reading gives them (``extract``'s: the words' order), where the
    # query's were read again beside the stored ones (they came after them: 5 pairs of --actor "Special Rapporteur"
    # over the corpus, 78/228 26, 80/228 31, in the other order than the files'); else in the stored order
    read_again = {(doc, m.paragraph, m.actor_key): i for doc, ms in found.items() for i, (m, _) in enumerate(ms)}
    out = [(doc, pos or 0, read_again.get((doc, label, key), len(read_again) + i) if kind == "mention" else i,
            Mandate.from_dict(json.loads(d))) for i, (doc, pos, kind, key, label, d) in enumerate(rows)]
    stored = {(doc, label, key) for doc, _, kind, key, label, _ in rows if kind == "mention"}
    out += [(doc, pos, read_again[(doc, m.paragraph, m.actor_key)], m) for doc, ms in found.items() for m, pos in ms
            if m.actor_key == q and (doc, m.paragraph, m.actor_key) not in stored]
    out.sort(key=lambda x: (x[0], x[1], x[3].kind == "mention", x[2]))  # a resolution's order: ``extract``'s
    return [m for *_, m in out]


def _mentions_of(con: sqlite3.Connection, actor: str) -> dict[int, list[tuple[Mandate, int]]]:
    """The mentions ``mandates FILES --actor`` finds of ``actor`` in the stored resolutions whose paragraphs hold its
    words (``paragraphs_fts``): the mention pass of the extraction (``resparse.mandates.extract.mentions_in``) read
    again over each one's stored paragraphs and mandates with the query as an extra name, as the files are read
    ({document id: [(mention, paragraph position)]})."""
    from .mandates.extract import mentions_in, resolution_scanner
    from .model import Paragraph, Span

    try:
        docs = [d for (d,) in con.execute(
            "SELECT DISTINCT p.doc_id FROM paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid "
            "WHERE paragraphs_fts MATCH ?", (_fts_query(re.sub(r"[^\w\s]", " ", actor)),))]
    except sqlite3.OperationalError:
        return {}
    out: dict[int, list[tuple[Mandate, int]]] = {}
    for doc in docs:
        symbol, title = con.execute("SELECT symbol, title FROM documents WHERE id = ?", (doc,)).fetchone()
        mandates = [Mandate.from_dict(json.loads(d)) for (d,) in con.execute(
            "SELECT data FROM mandates WHERE doc_id = ? AND kind = 'mandate' ORDER BY rowid", (doc,))]
        paragraphs, position = [], {}
        for pos, eid, label, kind, opening, text, line, col, end_line, end_col in con.execute(
                "SELECT position, eid, label, kind, opening, text, line, col, end_line, end_col FROM paragraphs "
                "WHERE doc_id = ? ORDER BY position", (doc,)):
            annex = label.split()[0] if label.startswith(("annex", "adopted")) else None  # (labels: resparse.build)
            paragraphs.append(Paragraph(eid, label, kind, "", text, Span(line, col, end_line, end_col), opening,
                                        annex=annex))
            position[label] = pos
        # the scanner of the files' reading: the short names of its bodies read as the files read them, the query's
        # name a mention only where none of them stands ("the Special Rapporteur" of A/RES/80/198, paras. 45-54, is
        # the stored Special Rapporteur on torture, no second row of a "Special Rapporteur" beside it)
        scanner = resolution_scanner(title, [p.text for p in paragraphs], mandates, (actor,), states=True)
        found = mentions_in(symbol, paragraphs, mandates, scanner)
        if found:
            out[doc] = [(m, position[m.paragraph]) for m in found]
    return out


def actor_names(db_path: str | os.PathLike) -> list[str]:
    """The name of every actor the database stores a mandate or mention of (for "nearest actors" hints)."""
    con = _open_existing(db_path)
    try:
        return [n for (n,) in con.execute("SELECT DISTINCT actor FROM mandates WHERE actor IS NOT NULL")]
    finally:
        con.close()


def actor_counts(db_path: str | os.PathLike) -> list[tuple[str, str | None, str, int, int]]:
    """The stored rows counted by actor key and the whole the row names it part of: (actor key, part of, a name it
    is written by, mandates, mentions), for the CLI's list of the actors a short name could stand for
    (``mandates.short_for_several``), each counted as its own answer counts it."""
    con = _open_existing(db_path)
    try:
        return list(con.execute(
            "SELECT actor_key, part_of, MIN(actor), SUM(kind = 'mandate'), SUM(kind = 'mention') FROM mandates "
            "WHERE actor_key IS NOT NULL GROUP BY actor_key, part_of"))
    finally:
        con.close()


def report_rows(db_path: str | os.PathLike) -> list[Mandate]:
    """The stored mandates that ask for a report (``Mandate.reports``), for ``mandates --reports --db``."""
    return _stored_mandates(db_path, "json_extract(data, '$.report') IS NOT NULL")


def titles(db_path: str | os.PathLike) -> dict[str, str | None]:
    """The title of every stored resolution, by symbol, in the order of the documents (for the renewals of reports:
    ``mandates.reports.renewals``; the symbols name the resolutions a ``mandates --db`` answer covers)."""
    con = _open_existing(db_path)
    try:
        return dict(con.execute("SELECT symbol, title FROM documents WHERE symbol IS NOT NULL AND duplicate_of IS NULL"
                                " ORDER BY id"))
    finally:
        con.close()


def renewed_citations(db_path: str | os.PathLike) -> dict[tuple[str, str], list[tuple[str, str]]]:
    """Each stored paragraph that asks again what a paragraph of another stored resolution asked, by (symbol,
    label) -> [(symbol, label) of the earlier one]: its citations linked to a stored paragraph (``refs``, where in
    its text each phrase stands), kept where set in the words of a renewal (``mandates.reports.renewed_citations``;
    for ``mandates.reports.renewals``)."""
    from .mandates.reports import renewed_citations as renewing

    con = _open_existing(db_path)
    try:
        rows = con.execute(
            "SELECT d.symbol, r.source, r.phrase, t.symbol, r.target_paragraph, p.text FROM refs r"
            " JOIN documents d ON d.id = r.doc_id JOIN documents t ON t.id = r.target_doc_id"
            " JOIN paragraphs p ON p.doc_id = r.doc_id AND p.label = r.source"
            " WHERE r.target_paragraph IS NOT NULL AND r.target_doc_id != r.doc_id").fetchall()
    finally:
        con.close()
    cits: dict[tuple[str, str], list[tuple[int, int, str, str]]] = {}
    texts: dict[tuple[str, str], str] = {}
    for symbol, source, phrase, target, label, text in rows:
        texts[(symbol, source)] = text
        at = text.find(phrase)
        while at >= 0:
            cits.setdefault((symbol, source), []).append((at, at + len(phrase), target, label))
            at = text.find(phrase, at + 1)
    return {place: found for place, c in cits.items() if (found := renewing(texts[place], c))}


def recalled_documents(db_path: str | os.PathLike) -> dict[str, set[str]]:
    """The stored resolutions each stored resolution cites (``refs`` linked to a stored document, any paragraph:
    "Recalling its resolution 79/203 of 19 December 2024", A/RES/80/136), by symbol -> {symbols}: for
    ``mandates.reports.renewals``' ``recalled`` (``mandates.reports.recalled_in`` reads the same from files)."""
    con = _open_existing(db_path)
    try:
        rows = con.execute("SELECT DISTINCT d.symbol, t.symbol FROM refs r JOIN documents d ON d.id = r.doc_id"
                           " JOIN documents t ON t.id = r.target_doc_id WHERE r.target_doc_id != r.doc_id").fetchall()
    finally:
        con.close()
    out: dict[str, set[str]] = {}
    for symbol, target in rows:
        if symbol and target:
            out.setdefault(symbol, set()).add(target)
    return out


def timeline_rows(db_path: str | os.PathLike) -> list[Mandate]:
    """The stored mandates with a deadline (the rows ``select(timeline=True)`` keeps of a file's mandates) or a
    report (a later resolution's report may renew one on the timeline), for ``mandates --timeline --db``."""
    return _stored_mandates(db_path, "(json_extract(data, '$.deadline') IS NOT NULL"
                                     " OR json_extract(data, '$.report') IS NOT NULL)")


def all_rows(db_path: str | os.PathLike, each: Callable[[list], Iterable] | None = None) -> list[Mandate]:
    """Every stored mandate and mention, in the order of the documents and of their rows: ``actors --db`` (each
    actor's counts over the corpus, as ``actors FILE...`` counts them over the files) and ``mandates --db`` without
    --actor, --reports or --timeline (the mentions counted and written to --csv and --json as ``mandates FILES``
    gives them: the build's rows are those of a reading of the files, ``extract(states=True)``; the mentions were
    left out, "902 resolutions: ... 0 mentions", a fresh-user trial of the twenty-eighth session). ``each``: the
    stored rows (a list) -> the iterable they are read back through (a progress bar)."""
    return _stored_mandates(db_path, "1", kinds=("mandate", "mention"), each=each)


def _stored_mandates(db_path: str | os.PathLike, where: str, kinds: tuple[str, ...] = ("mandate",),
                     each: Callable[[list], Iterable] | None = None) -> list[Mandate]:
    """The stored rows of ``kinds`` (mandates, not mentions, unless told) for which the SQL condition ``where`` on
    their JSON ``data`` holds, in the order of the documents and of their rows."""
    con = _open_existing(db_path)
    try:
        marks = ",".join("?" for _ in kinds)
        rows = con.execute(f"SELECT data FROM mandates WHERE kind IN ({marks}) AND {where} ORDER BY doc_id, rowid",
                           kinds).fetchall()
    finally:
        con.close()
    return [Mandate.from_dict(json.loads(d)) for (d,) in (each(rows) if each else rows)]


def mandates_by_actor(db_path: str | os.PathLike, actor: str, verb: str | None = None) -> list[tuple[Mandate, str]]:
    """Every mandate (and mention) of every resolution in the corpus that addresses ``actor``, as the mandate
    lookup orders them: (mandate, relation)."""
    return [(m.mandate, m.relation) for m in select(mandate_rows(db_path, actor), actor, verb)]


def consistent_documents(db_path: str | os.PathLike) -> list[tuple[str, str | None, str | None]]:
    """(path, symbol, adoption date as written) of every consistent document of the database, by path."""
    con = _open_existing(db_path)
    try:
        rows = con.execute("SELECT path, symbol, date FROM documents WHERE consistent = 1 ORDER BY path").fetchall()
    finally:
        con.close()
    return [tuple(row) for row in rows]


def symbol_of(text: str) -> str:
    """ "71/280", "A/RES/71/280", "resolution 71/280" -> "A/RES/71/280", read by the citation grammar; a part of a
    resolution adopted in parts as the UN writes it, its letter after a space ("A/RES/77/263 B", also "77/263 B",
    "A/RES/77/263B") -> "A/RES/77/263B", as :mod:`resparse.references` writes a cited part; so every symbol
    :func:`~resparse.references.printed_symbol` prints ("A/RES/53/77 AA", "A/RES/217 A (III)"); one of the first
    sessions in each spelling ("A/RES/377 A (V)", "377 A (V)", "A/RES/377A(V)") -> "A/RES/377A(V)". Raises
    :class:`ResparseError` for anything else."""
    t = re.sub(r"^a/res/", "A/RES/", text.strip(), flags=re.IGNORECASE)
    # "A/RES/77/263 B", "A/RES/53/77 AA", "A/RES/217 A (III)", "A/RES/3201(S-VI)": the symbol's number, the part's
    # letters and the session in roman, read as "resolution 77/263 B" is
    number = re.sub(r"^A/RES/(?=(?:(?:E?S-)?\d+/\d+\s+[A-Z]{1,2}|\d+(?:\s*[A-Z]{1,2})?\s*\((?:E?S-)?[IVXLC]+\))$)", "", t)
    for phrase in (t, f"resolution {t}", f"resolution {number}"):
        docs = [d for c in find(phrase) if c.start == 0 and c.end == len(phrase) for d in c.documents]
        if len(docs) == 1:
            return docs[0]
    raise ResparseError(f"not a resolution symbol: {text!r} (try A/RES/71/280)")


_QUOTED = re.compile(r'(?<!\S)(NOT\s+)?"([^"*]+)"')


def _written_phrases(query: str) -> list[re.Pattern]:
    """The quoted phrases of a search query that a hit must hold as written (any case, any spacing, whole words):
    FTS5's tokenizer (``porter unicode61``) splits at "-" and stems, so ``"co-facilitators"`` matched
    "co-facilitated" (a new user's trial, 2026-12-04). A phrase after NOT or with a ``*`` is left to FTS5."""
    out = []
    for m in _QUOTED.finditer(query):
        words = m.group(2).split()
        if m.group(1) or not words:
            continue
        body = r"\s+".join(re.escape(w) for w in words)
        out.append(re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE))
    return out


def _fts_query(query: str) -> str:
    """A user's words as an FTS5 query: a quoted phrase stays a phrase; bare words must all occur."""
    q = query.strip()
    if any(op in q for op in ('"', " AND ", " OR ", " NOT ", "*")):
        return q
    return " ".join('"' + w.replace('"', "") + '"' for w in q.split())


def _tables(con: sqlite3.Connection) -> list[str]:
    return [
        r[0]
        for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'")
        if r[0] not in ("sqlite_sequence", "meta")
    ]


def _open_existing(db_path: str | os.PathLike) -> sqlite3.Connection:
    """The database at ``db_path``, read-only, for a query. Raises :class:`ResparseError` when there is none, when it
    is no resparse corpus, or when another resparse built it (:func:`built_by_other`: its rows may not be what this
    code reads from the files; the message gives the command that builds it again)."""
    if not Path(db_path).is_file():
        raise ResparseError("no corpus database here; build one with 'resparse corpus build DIR'", path=str(db_path))
    try:
        con = sqlite3.connect(f"file:{Path(db_path).resolve()}?mode=ro", uri=True)
        con.execute("SELECT 1 FROM documents LIMIT 1")
        other = built_by_other(con)
        paths = [p for (p,) in con.execute("SELECT path FROM documents")] if other else []
    except sqlite3.DatabaseError as exc:
        raise ResparseError(f"not a resparse corpus database ({exc})", path=str(db_path)) from None
    if other:
        con.close()
        import shlex

        where = os.path.commonpath([os.path.dirname(p) for p in paths]) if paths else ""  # the folder built
        where = shlex.quote(where) if where not in ("", os.sep) else "DIR"
        raise ResparseError(
            f"this corpus database was built by another version of resparse ({other}): its rows may differ from "
            f"what this one reads in the files; build it again with 'resparse corpus build {where} --db "
            f"{shlex.quote(str(db_path))}'",
            path=str(db_path),
        )
    return con
