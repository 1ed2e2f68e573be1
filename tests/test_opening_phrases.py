"""Opening phrases (data/opening_phrases.txt) on real paragraphs: an operative opening made of a copula and a
preambular adjective or past participle ("Remains concerned", "Is encouraged")."""

from __future__ import annotations

from pathlib import Path

import resparse
from resparse.phrases import is_preambular, opening_phrase

FIXTURES = Path(__file__).parent / "fixtures"


def test_copula_and_preambular_adjective_open_an_operative_paragraph():
    # 79/144 operative 135 (a copy of the corpus file): "Remains concerned about piracy and armed robbery at sea in
    # the Gulf of Guinea ..."
    res = resparse.parse(FIXTURES / "A_RES_79_144.txt")
    para = res.get("135")
    assert para.kind == "operative" and para.opening == "Remains concerned"
    assert para.text.startswith("Remains concerned about piracy and armed robbery at sea in the Gulf of")


def test_copula_openings_are_operative_and_take_adverbs():
    # the shapes of the kind: the corpus's "Remains deeply concerned" (78/168 para 37), issue 10's "Is encouraged"
    assert opening_phrase("Remains deeply concerned about the recurring food insecurity") == "Remains deeply concerned"
    assert opening_phrase("Is encouraged by the progress made") == "Is encouraged"
    assert opening_phrase("Also remains gravely concerned at") == "Also remains gravely concerned"
    assert not is_preambular("Remains concerned") and not is_preambular("Is encouraged")


def test_a_predicate_of_the_chapeau_subject_is_no_opening(corpus_dir):
    # 80/116 quotes the International Court of Justice: "Israel ...: (b) Is obligated to ensure ...", "(g) Is
    # prohibited from restricting ...", "(c) Is under an unconditional obligation": the subject is the chapeau's, no
    # opening phrase; a present participle after a copula ("Is recalling") is none either
    res = resparse.parse(corpus_dir / "A_RES_80_116.txt")
    subs = [p for p in res.walk() if p.text.startswith(("Is obligated", "Is prohibited", "Is under"))]
    assert len(subs) == 7 and all(p.opening is None for p in subs)
    assert opening_phrase("Is recalling its resolution") is None
    assert opening_phrase("Are encouraged to") is None


def test_once_again_inside_an_operative_phrase_and_a_copula_participle_opening_a_recital():
    # 78/26 (a copy of the corpus file): operative 5 "Calls once again upon all Member States", a modifier inside
    # the phrase "Calls upon"; PP12 "Being gravely concerned at", a copula's participle, an adverb, a predicate
    res = resparse.parse(FIXTURES / "A_RES_78_26.txt")
    assert res.get("5").opening == "Calls once again upon" and res.get("5").kind == "operative"
    assert res.get("PP12").opening == "Being gravely concerned" and res.get("PP12").kind == "preambular"
    assert all(p.opening for p in res.paragraphs)


# one paragraph of each kind the phrase list lacked, as the corpus writes it: (file, label, opening)
_KINDS = [
    ("78_167", "PP10", "Encouraging"),
    ("78_144", "PP14", "Seriously concerned"),
    ("78_16", "PP8", "Calling upon"),
    ("78_203", "PP20", "Calling for"),
    ("78_168", "PP43", "Remaining deeply concerned"),
    ("78_194", "PP2", "Guided also by"),
    ("78_243", "PP3", "Having also considered"),
    ("78_112", "14", "Calls, in this context, for"),
    ("78_253", "VIII.4", "Appropriates"),
    ("78_108", "4", "Draws the attention"),
    ("78_233", "46", "Recommits"),
    ("78_164", "PP20", "Committed to"),
    ("79_169", "PP10", "Rejecting"),
    ("79_115", "PP10", "Solemnly proclaiming"),
]


def test_openings_the_phrase_list_lacked(corpus_dir):
    for name, label, opening in _KINDS:
        para = resparse.parse(corpus_dir / f"A_RES_{name}.txt").get(label)
        assert para.opening == opening, (name, label, para.opening, para.text[:60])
        assert para.kind == ("preambular" if label.startswith("PP") else "operative")


def test_a_recital_after_a_modifier_inside_its_phrase_is_its_own(corpus_dir):
    # 78/253: "Having considered the report ... Advisory Committee,\nHaving also considered the report of the Office
    # of Internal Oversight Services ..." was one recital (the second phrase was no opening); now two
    res = resparse.parse(corpus_dir / "A_RES_78_253.txt")
    assert res.get("PP12").text.endswith("the related report of the Advisory Committee,")
    assert res.get("PP13").opening == "Having also considered"
    assert res.get("PP13").text.startswith("Having also considered the report of the Office of Internal Oversight")


def test_a_title_cut_by_a_page_break_is_no_recital(corpus_dir):
    # 79/243 PP4 "... Combating Certain Crimes / [page break] / Committed by Means of Information ...": a bare past
    # participle in title case is no opening; the data file lists "Committed to" with its preposition
    res = resparse.parse(corpus_dir / "A_RES_79_243.txt")
    assert "Certain Crimes Committed by Means of Information" in res.get("PP4").text
    assert opening_phrase("Committed by Means of Information") is None
    assert opening_phrase("Committed to working to") == "Committed to"
