"""Bundled resolution texts, installed as the package ``resparse.texts`` (see pyproject.toml and SOURCES.md)."""
