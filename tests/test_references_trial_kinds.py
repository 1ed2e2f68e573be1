"""Citation kinds a fresh-user trial found read wrong (grammar/references.lark, references.py), on real texts:

- a list of Security Council resolutions whose members each have a part set apart ("resolutions 2253 (2015), in
  particular paragraph 15, 2322 (2016) of 12 December 2016, in particular paragraph 12, and 2368 (2017) ..., in
  particular paragraph 7", A/RES/79/133 PP35; PP4 likewise): each resolution and its paragraph (were: 2322 and 2368
  not found, their paragraphs 12 and 7 read as this resolution's own);
- "World Health Organization, document WHA77.4" (A/RES/79/189, footnote 9): a document by its WHO symbol (was no
  citation);
- a bare "Council resolution 52/28" where no Council is named before it (the sentence of A/RES/78/218 PP2 without
  its opening): the Human Rights Council's, the one Council that numbers by session (was A/RES/52/28).
"""

from pathlib import Path

import resparse
from resparse.parse import parse_text
from resparse.references import find, resolve

from conftest import mini_resolution

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _refs(path, source):
    return [r for r in resolve(resparse.parse(path)) if r.source == source]


def _targets(refs):
    return [(t.document, t.label, status) for r in refs for t, status in r.resolved]


def test_79_133_security_council_resolutions_each_with_its_paragraph_set_apart():
    refs = _refs(FIXTURES / "A_RES_79_133.txt", "PP35")
    assert _targets(refs) == [
        ("S/RES/2253(2015)", None, "external"), ("S/RES/2253(2015)", "15", "external"),
        ("S/RES/2322(2016)", None, "external"), ("S/RES/2322(2016)", "12", "external"),
        ("S/RES/2368(2017)", None, "external"), ("S/RES/2368(2017)", "7", "external")]
    assert [d for r in refs for d in r.citation.dates] == ["S/RES/2322(2016)", "S/RES/2368(2017)"]
    pp4 = _targets(_refs(FIXTURES / "A_RES_79_133.txt", "PP4"))
    assert ("S/RES/2253(2015)", "15", "external") in pp4 and not [t for t in pp4 if t[2] == "ok"]
    # read as before: "in particular paragraphs 15 to 17" after one resolution alone (79/133 PP34) is a citation of
    # its own, and a list with a part chained to one member (78/252's "45/248 B, section VI, of 21 December 1990") is
    # one list
    [c] = find("Recalling Security Council resolution 2199 (2015), in particular paragraphs 15 to 17,")[:1]
    assert c.phrase == "Security Council resolution 2199 (2015)"
    cits = find("its resolutions 41/213 of 19 December 1986, 42/211 of 21 December 1987, 45/248 B, section VI, of "
                "21 December 1990, 55/231 of 23 December 2000")
    assert len(cits) == 1 and [t.document for t in cits[0].targets] == [
        "A/RES/41/213", "A/RES/42/211", "A/RES/45/248B", "A/RES/55/231"]


def test_79_189_a_who_document_by_its_symbol():
    [ref] = _refs(FIXTURES / "A_RES_79_189.txt", "footnote 9")
    assert ref.citation.phrase == "document WHA77.4"
    assert _targets([ref]) == [("WHA77.4", None, "external")]
    # a WHO document with a UN-style symbol is read from the symbol, as before
    [c] = find("See World Health Organization, document WHA58/2005/REC/1, resolution 58.3, annex.")
    assert c.targets[0].document == "WHA58/2005/REC/1"


def test_a_bare_council_numbered_by_session_is_the_human_rights_councils():
    sentence = ("including Assembly resolution 77/226 of 15 December 2022 and Council resolution 52/28 of 4 April "
                "2023")
    assert [[t.document for t in c.targets] for c in find(sentence)] == [["A/RES/77/226"], ["A/HRC/RES/52/28"]]
    # in a resolution that names no Council anywhere (resolve asks the resolution's own naming first)
    res = parse_text(mini_resolution(f"Recalls all previous resolutions, {sentence};"))
    assert [t.document for r in resolve(res) for t, _ in r.resolved if r.source == "1"] == [
        "A/RES/77/226", "A/HRC/RES/52/28"]
    # a number by year stays the Economic and Social Council's
    assert [t.document for c in find("in line with Council resolution 1996/31") for t in c.targets] == [
        "E/RES/1996/31"]
