"""Design mends of the twenty-sixth session (branch design26), each a shape written once, where the stage's grammar or
shared data holds it, the output unchanged:

1. a report still to be written that a decided act rests on, its author after "by" ("based on a progress report by
   the Secretary-General", A/RES/79/1 annex I 74), is grammar/reports.lark's ``report_by`` for the author's passive
   mandate too (mandates/clauses.py ``passives``), no alternative of ``clauses._PASSIVE`` beside it;
2. a subjunctive whose "that" is left out ("request the Secretary-General keep Member States updated", A/RES/79/1
   78 (c)) is grammar/clauses.lark's ``without_that``, no test of strings in mandates/extract.py.
"""

from __future__ import annotations

import pytest

from resparse.mandates import clauses, reports
from resparse.mandates.addressees import shape_of

# ---------------------------------------------------------------- 1. the report-by passive is the grammar's

DECIDED = ("We decide to convene a high-level meeting on the Pact for the Future at the beginning of the eighty-third "
           "session of the General Assembly, to take place during the eighty-second session of the General Assembly, "
           "based on a progress report by the Secretary-General")  # A/RES/79/1, annex I, para. 74 (shortened)


def test_the_report_by_passive_is_the_grammar_s_shape():
    (named, _, span), = clauses.passives(DECIDED)
    assert named.actor.name == "Secretary-General"
    at = DECIDED.index("based on")
    assert span[0] == at
    assert reports.authored_reports(DECIDED) == [(at, DECIDED.index("the Secretary-General"))]
    assert clauses._PASSIVE.search(DECIDED) is None  # no second writing of the shape beside the grammar


@pytest.mark.parametrize("text", [
    # definite: a report written or asked elsewhere (reports.lark: REPORT_A)
    "Decides to convene a high-level meeting during its eighty-second session, on the basis of the report of the "
    "Secretary-General on the implementation of the present resolution",
    "decides to hold a meeting based on the progress report by the Secretary-General",
    # three words before "report": more than the grammar's WORD~0..2
    "decides to hold a meeting based on a short annual progress report by the Secretary-General",
])
def test_what_the_grammar_refuses_is_no_passive(text):
    assert reports.authored_reports(text) == []
    assert clauses.passives(text) == []


def test_a_participle_passive_and_a_report_by_are_read_in_order():
    text = ("decides that the meeting shall be convened by the President of the General Assembly, informed by a "
            "report by the Secretary-General")
    got = [(named.actor.name, span[0]) for named, _, span in clauses.passives(text)]
    assert got == [("President of the General Assembly", text.index("shall")),
                   ("Secretary-General", text.index("informed"))]


def test_a_report_by_inside_a_participle_passive_is_read_too():
    # the participle's agent is "a progress report" (no actor); the report's author is asked for it, as after "based
    # on" (the base tree's regex read the two as one alternation, its matches never overlapping: no mandate)
    text = "decides that the meeting is to be informed by a progress report by the Secretary-General"
    assert [(named.actor.name, span[0]) for named, _, span in clauses.passives(text)] == [
        ("Secretary-General", text.index("informed"))]


# ---------------------------------------------------------------- 2. a subjunctive without "that"


def _types(body: str) -> list[str]:
    return [t.type for t in clauses.without_that_tokens(body)]


@pytest.mark.parametrize("body, types, read", [
    # A/RES/79/1, para. 78 (c)
    ("the Secretary-General keep Member States updated on these discussions;", ["SUBJECT", "BASE", "REST"], True),
    # A/RES/80/12, para. 7: an addressee and an aside, a chapeau
    ("the Secretary-General, within available resources:", ["SUBJECT", "COMMA", "BASE", "REST", "COLON"], False),
    # A/RES/78/152, para. 56: a plural noun ends the addressees' name
    ("the relevant United Nations entities and United Nations country teams, and urges other relevant stakeholders, "
     "to continue to integrate", ["SUBJECT", "PLURAL", "REST"], False),
    ("the Secretary-General keep Member States updated,", ["SUBJECT", "BASE", "REST", "COLON"], False),
    ("progress on these discussions", [], False),  # no actor: no subject
])
def test_the_clause_grammar_reads_a_subjunctive_without_that(body, types, read):
    assert _types(body) == types
    tokens = clauses.without_that_tokens(body)
    assert (bool(tokens) and shape_of(tokens, "without_that") is not None) is read
    assert bool(clauses.subjunctive_without_that(body)) is read
    if read:
        assert clauses.subjunctive_without_that(body) == clauses.subjunctive(body)


# ---------------------------------------------------------------- 3. the month names written once


def test_the_month_names_are_written_in_one_module_only():
    """resparse/months.py holds the names; no other module writes two of them in a row (an alternation of a pattern,
    a list of words), in any case: each builds from ``months.MONTHS`` / ``MONTH_NAMES``."""
    import io
    import re
    import tokenize
    from pathlib import Path

    from resparse.months import MONTHS

    src = Path(__file__).resolve().parents[1] / "src" / "resparse"
    two = re.compile(rf"(?i:\b(?:{'|'.join(MONTHS)})\W{{1,3}}(?:{'|'.join(MONTHS)})\b)")
    written = []
    for path in sorted(src.rglob("*.py")):
        if path.name == "months.py":
            continue
        for tok in tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline):
            if tok.type == tokenize.STRING and two.search(tok.string):
                written.append(f"{path.relative_to(src)}:{tok.start[0]}")
    assert written == []


def test_the_months_module_gives_the_names_and_numbers_every_stage_reads():
    from resparse import months
    from resparse.check import anchors
    from resparse.mandates import deadlines

    assert months.MONTH_NAMES.split("|") == list(months.MONTHS) and len(months.MONTHS) == 12
    assert [months.month_number(m.upper()) for m in months.MONTHS] == list(range(1, 13))
    assert months.month_number("Sept") is None
    assert anchors._date_parts("6 April 2017") == (6, 4, 2017)
    assert deadlines.date_points("by 31 December 2024")[0][0] == "2024-12-31"


# ---------------------------------------------------------------- 4. a line's number read once


@pytest.mark.parametrize("name", ["A_RES_71_280.txt", "A_RES_73_195.txt"])
def test_the_lexer_reads_each_line_s_number_once(name, monkeypatch):
    """``lex.tokenize`` reads :func:`lex.number_prefix` once a logical line (was up to three times: the line's shape,
    a heading's next line, the numbering and the NUM token's body), and the tokens are those of the numbers so read
    (A/RES/73/195's annex numbers its 23 objectives inside the paragraphs' numbering)."""
    from collections import Counter
    from pathlib import Path

    from resparse import lex
    from resparse.normalize import normalize

    text = (Path(__file__).resolve().parents[1] / "texts" / name).read_text(encoding="utf-8")
    norm = normalize(text)
    calls: Counter = Counter()
    real = lex.number_prefix

    def counted(line):
        calls[id(line)] += 1
        return real(line)

    monkeypatch.setattr(lex, "number_prefix", counted)
    tokens = lex.tokenize(norm).tokens
    assert calls and max(calls.values()) == 1
    nums = [t for t in tokens if t.type == "NUM"]
    assert nums and all(t.source.text.startswith(t.number) and t.source.text.endswith(t.body) for t in nums)
