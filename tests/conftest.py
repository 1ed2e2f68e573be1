"""Shared fixtures: the real texts in texts/ (bundled with the package) and, where present, ../shared/corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

import resparse

ROOT = Path(__file__).resolve().parent.parent
TEXTS = ROOT / "texts"
CORPUS = ROOT.parent / "shared" / "corpus" / "texts"


def text_path(name: str) -> Path:
    return TEXTS / name


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
def all_texts(res_71_280, res_72_244, res_73_195, res_80_1):
    return {"71/280": res_71_280, "72/244": res_72_244, "73/195": res_73_195, "80/1": res_80_1}


@pytest.fixture(scope="session")
def corpus_dir():
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    return CORPUS


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
