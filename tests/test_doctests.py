"""The examples in the docstrings of every resparse module run as tests, against the package as installed (an
editable install reads src/, a plain one site-packages: collecting src/ directly would import each module twice)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import resparse

MODULES = sorted(m.name for m in pkgutil.walk_packages(resparse.__path__, "resparse.") if not m.name.endswith("__main__"))


def test_modules_found():
    assert "resparse.parse" in MODULES and "resparse.mandates.verbs" in MODULES


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} docstring examples failed in {name}"
