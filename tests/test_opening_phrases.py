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
