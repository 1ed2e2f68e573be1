"""The Lark grammars of resparse, installed as the package ``resparse.grammar`` (see pyproject.toml)."""
