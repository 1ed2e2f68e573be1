import pytest

from resparse.labels import canonical_label


@pytest.mark.parametrize(
    "typed, label",
    [
        ("22(a)", "22 (a)"),
        ("22 (a)", "22 (a)"),
        ("para. 22 (a)", "22 (a)"),
        ("paragraph 22(a)", "22 (a)"),
        ("OP22(a)", "22 (a)"),
        ("OP 23 (b)", "23 (b)"),
        ("op. 23", "23"),
        ("PP3", "PP3"),
        ("pp 3", "PP3"),
        ("15(a)(ii)", "15 (a) (ii)"),
        ("annex, para. 49", "annex 49"),
        ("Annex II, paragraph 8", "annex II 8"),
        ("annex 1", "annex 1"),
        ("annex 49 (a)", "annex 49 (a)"),
    ],
)
def test_any_spacing(typed, label):
    assert canonical_label(typed) == label


@pytest.mark.parametrize("typed", ["", "regional commissions", "22 (a", "A/RES/71/280"])
def test_not_labels(typed):
    assert canonical_label(typed) is None


def test_labels_find_paragraphs(res_71_280):
    for typed in ("OP22(a)", "para. 15 (a)(ii)", "PP4"):
        assert res_71_280.get(canonical_label(typed)) is not None
