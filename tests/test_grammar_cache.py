"""The resolution grammar is analysed once and kept in the per-user cache directory between runs."""

from __future__ import annotations

import importlib

from conftest import text_path

parse_module = importlib.import_module("resparse.parse")
grammars = importlib.import_module("resparse.grammars")


def test_grammar_cache_in_the_user_cache_directory(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = grammars.cache_path("resolution")
    assert path.startswith(str(tmp_path / "resparse")) and "lark" in path
    text = text_path("A_RES_71_280.txt").read_text(encoding="utf-8")
    try:
        parse_module._parser.cache_clear()
        first = parse_module.parse_text(text)  # analyses the grammar and writes the cache file
        files = list((tmp_path / "resparse").iterdir())
        assert [f.name for f in files] == [path.rsplit("/", 1)[1]] and files[0].stat().st_size > 0
        parse_module._parser.cache_clear()
        second = parse_module.parse_text(text)  # loads the grammar from that file
        assert second.to_dict() == first.to_dict()
    finally:
        parse_module._parser.cache_clear()


def test_no_cache_where_the_directory_cannot_be_made(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert grammars.cache_path("resolution") is False
