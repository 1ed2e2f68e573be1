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


def test_two_versions_of_a_grammar_keep_a_cache_file_each(tmp_path, monkeypatch):
    """Another version of the grammar (another install or checkout) writes its own file and leaves this one's as it
    is: neither is analysed again at each run of the other."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    shipped = grammars.grammar_text

    def another_version(name: str = "resolution.lark") -> str:
        return shipped(name) + ("\n// another version\n" if name == "resolution.lark" else "")

    try:
        parse_module._parser.cache_clear()
        parse_module._parser()
        [ours] = list((tmp_path / "resparse").iterdir())
        written = ours.read_bytes(), ours.stat().st_mtime_ns
        monkeypatch.setattr(grammars, "grammar_text", another_version)
        parse_module._parser.cache_clear()
        parse_module._parser()
        files = sorted((tmp_path / "resparse").iterdir())
        assert len(files) == 2 and ours in files
        assert (ours.read_bytes(), ours.stat().st_mtime_ns) == written
        assert grammars.cache_path("resolution") != grammars.cache_path("resolution", shipped("resolution.lark"))
    finally:
        monkeypatch.setattr(grammars, "grammar_text", shipped)
        parse_module._parser.cache_clear()
