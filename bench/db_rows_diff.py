"""Are two corpus databases the same? Every row of every table, the schema, the format and the full-text index.

    python bench/db_rows_diff.py OLD.sqlite NEW.sqlite

Compares, in order of rowid: the rows of every table of the schema (documents, paragraphs, footnotes, refs, mandates,
tables; ``meta`` but for its ``code`` value, the fingerprint of the code that built the rows, which differs whenever
the code does), the schema's SQL (``sqlite_master``), ``PRAGMA user_version``, and every entry of the full-text index
(FTS5's ``instance`` vocabulary: term, row, column, offset; the index's own b-tree pages may be laid out otherwise
by a build that writes it in other batches, and answer the same). Prints what differs; exit 0 when nothing does, 1
when something does. For a change of the build that must keep its rows (``corpus.build``: speed, batching).
"""

from __future__ import annotations

import sqlite3
import sys


def snapshot(path: str) -> dict[str, list]:
    """{what: rows} of the database at ``path`` (see the module's docstring)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        out: dict[str, list] = {
            "schema": con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall(),
            "user_version": con.execute("PRAGMA user_version").fetchall(),
        }
        tables = [n for (n,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'paragraphs_fts%'"
            " AND name != 'sqlite_sequence' ORDER BY name")]
        for name in tables:
            where = " WHERE key != 'code'" if name == "meta" else ""
            out[name] = con.execute(f"SELECT rowid, * FROM {name}{where} ORDER BY rowid").fetchall()
        con.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, paragraphs_fts, 'instance')")
        out["paragraphs_fts"] = con.execute("SELECT term, doc, col, offset FROM temp.vocab ORDER BY 1, 2, 3, 4").fetchall()
        return out
    finally:
        con.close()


def differences(old: str, new: str) -> list[str]:
    """One line per part of the two databases that differs (none when they are the same)."""
    a, b = snapshot(old), snapshot(new)
    lines = []
    for part in sorted(set(a) | set(b)):
        ra, rb = a.get(part), b.get(part)
        if ra == rb:
            continue
        if ra is None or rb is None:
            lines.append(f"{part}: only in {'new' if ra is None else 'old'}")
            continue
        first = next((i for i, (x, y) in enumerate(zip(ra, rb)) if x != y), min(len(ra), len(rb)))
        lines.append(f"{part}: {len(ra)} rows against {len(rb)}; the first that differs, row {first}: "
                     f"{ra[first] if first < len(ra) else None!r:.300} | {rb[first] if first < len(rb) else None!r:.300}")
    return lines


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2].strip())
        return 2
    lines = differences(sys.argv[1], sys.argv[2])
    snap = snapshot(sys.argv[2])
    sizes = ", ".join(f"{k} {len(v)}" for k, v in snap.items() if k not in ("schema", "user_version"))
    for line in lines:
        print(line)
    print("the same rows" if not lines else f"{len(lines)} parts differ", f"({sizes})")
    return 1 if lines else 0


if __name__ == "__main__":
    raise SystemExit(main())
