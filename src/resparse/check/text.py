"""Small helpers for the checker's messages."""

from __future__ import annotations

import re

from ..build import ADOPTED
from ..clip import clip
from ..references import printed_symbol

_ADOPTED_NUMBER = re.compile(rf"^{ADOPTED} (?=\d)")


def short(text: str, n: int = 60) -> str:
    """``text`` on one line, cut after a whole word to at most ``n`` characters with "…" (:func:`resparse.clip.clip`,
    the one rule)."""
    return clip(text, n)


def and_list(items: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def cited(label: str) -> str:
    """A paragraph's label as a drafter cites it, the one place the checker's messages, suggestions and hovers
    print a label: a numbered paragraph of the text a resolution adopts in its body (labelled "adopted 72 (b)",
    :data:`resparse.build.ADOPTED`; docs/usage.md, "Labels and ids") by its own number, "72 (b)": the Pact for the
    Future is cited "paragraph 72 (b) of resolution 79/1", and :func:`resparse.references.cited_label` reads that
    back to "adopted 72 (b)". Every other label as it is ("22 (a)", "PP3", "annex 50", "adopted U1")."""
    return _ADOPTED_NUMBER.sub("", label, count=1)


def cited_list(labels: list[str]) -> str:
    """ "72 (b)", "72 (a) and 72 (b)": :func:`and_list` of the labels as cited (:func:`cited`), a run of three
    or more numbers in a row as its ends ("32–50": a range of 71/280 cited up to 50 named 19 numbers one by one)."""
    return and_list(runs([cited(lab) for lab in labels]))


def runs(labels: list[str]) -> list[str]:
    """``labels`` with each run of three or more whole numbers in a row written as its ends, with an en dash as the UN
    editorial manual writes a range of numbers: ["32", "33", "34", "40"] -> ["32–34", "40"]; other labels as they
    are."""
    out: list[str] = []
    run: list[int] = []
    for lab in [*labels, ""]:
        if lab.isdigit() and run and int(lab) == run[-1] + 1:
            run.append(int(lab))
            continue
        if run:
            out += [f"{run[0]}–{run[-1]}"] if len(run) > 2 else [str(n) for n in run]
        run = [int(lab)] if lab.isdigit() else []
        if lab and not lab.isdigit():
            out.append(lab)
    return out


def paragraphs_named(labels: list[str]) -> str:
    """Paragraphs as a message names them, the one place the checker words a list of labels: "paragraph 7",
    "paragraphs 3 and 4", "paragraphs 22 (b) and 22 (c)" -- the plural for more than one, as the UN editorial manual
    cites them ("paragraphs 3 and 4 of resolution 71/280", never "paragraph 3 and 4"); an annex's paragraphs and rules
    as a reader names them (:func:`annex_name`), those of one annex together: "paragraph 57 of annex I", "paragraphs
    3 and 4 of the annex", "rule 6 of annex III" (were "annex I 57", "annex 3 and annex 4": the labels raw, where
    R101 and R105 said "paragraph 25 of annex I"); a list that mixes parts names each run of one part so ("paragraph
    3 and paragraph 4 of the annex"); "" for none."""
    if any(lab.startswith("annex") for lab in labels):
        groups: list[tuple[str | None, list[str]]] = []
        for lab in labels:
            m = ANNEX_LABEL.match(lab)
            part = m.group(1) if m and m.group(2) and not m.group(2).startswith("rule ") else None
            if groups and part is not None and groups[-1][0] == part:
                groups[-1][1].append(lab)
            else:
                groups.append((part, [lab]))
        return and_list([_one_annex(part, group) for part, group in groups])
    return f"paragraph{'s' if len(labels) > 1 else ''} {cited_list(labels)}" if labels else ""


def _one_annex(part: str | None, labels: list[str]) -> str:
    """Labels of one annex's paragraphs ("annex I 3", "annex I 4") as "paragraphs 3 and 4 of annex I"; one label
    as :func:`part_name` names it ("paragraph 7", "rule 6 of annex III")."""
    if part is None or len(labels) == 1:
        return and_list(["the annex" if lab == "annex" else part_name(lab) for lab in labels])
    rests = [lab[len(part) + 1 :] for lab in labels]
    return f"paragraphs {and_list(runs(rests))} of {'the annex' if part == 'annex' else part}"


def of_or_to(named: str) -> str:
    """The word between paragraphs named (:func:`paragraphs_named`) and the document they are in: "to" after an annex,
    as the UN editorial manual writes it ("paragraph 57 of annex I to resolution 79/1", "the annex to resolution
    73/195"), "of" else ("paragraph 7 of resolution 71/280")."""
    return "to" if re.search(r"\bannex(?: [IVXLC]+)?$", named) else "of"


def paragraph_name(label: str) -> str:
    """ "paragraph 7", "paragraph PP3", "paragraph 72 (b)" (adopted 72 (b)); an annex's or a rule's label as it is
    ("annex 50", "annex rule 6")."""
    return label if label.startswith("annex") else f"paragraph {cited(label)}"


# an annex's label: its name ("annex", "annex IV") and what follows ("25", "rule 6"; "annex II 7" is annex II's 7)
ANNEX_LABEL = re.compile(r"^(annex(?: [IVXLC]+(?= |$))?)(?: (.+))?$")


def part_name(label: str) -> str:
    """A paragraph named with the part of the resolution it is in, where a bare number would name the body's own
    paragraph: "paragraph 67 (g) of the adopted text" (adopted 67 (g) of 79/1, the Pact for the Future), "paragraph
    38 (a) of the annex" (annex 38 (a) of 78/1), "paragraph 25 of annex I"; a paragraph of the body as
    :func:`paragraph_name` ("paragraph 7", "paragraph PP3", "paragraph OP1")."""
    if _ADOPTED_NUMBER.match(label):
        return f"paragraph {cited(label)} of the adopted text"
    return annex_name(label) if label.startswith("annex") else paragraph_name(label)


def annex_name(label: str) -> str:
    """An annex's label as a reader names it: "annex I 25" is "paragraph 25 of annex I", "annex 25" "paragraph 25
    of the annex", "annex III rule 99" "rule 99 of annex III", "annex II 7 (c)" "paragraph 7 (c) of annex II";
    "annex IV" and "annex" as they are; any other label as it is."""
    m = ANNEX_LABEL.match(label)
    if not m or m.group(2) is None:
        return label
    name, rest = m.groups()
    return f"{rest if rest.startswith('rule ') else 'paragraph ' + rest} of {'the annex' if name == 'annex' else name}"


def suggested(labels: list[str], doc: str | None = None) -> str:
    """Paragraphs as a finding's suggestion names them, in citation style: as cited where none is an annex's ("22
    (a)", "PP12", "20 (d) and 21", "72 (b)": :func:`cited_list`), else as a message names them ("paragraph 57 of annex
    I": :func:`paragraphs_named`); with ``doc``, another resolution than the finding's, as :func:`where` names them
    ("paragraph 57 of annex I to A/RES/79/1", "paragraph PP12 of A/RES/79/181"). Were the labels raw where an annex
    is named ("annex I 57", "A/RES/78/1 annex 38 (a)"). Read back by the citation grammar
    (:meth:`.anchors.Reading.eids`)."""
    if doc is not None:
        return where(labels, doc)
    return paragraphs_named(labels) if any(lab.startswith("annex") for lab in labels) else cited_list(labels)


def where(labels: list[str], doc: str | None) -> str:
    """ "paragraphs 3 and 4 of A/RES/71/280", "paragraph 50 of the annex to A/RES/73/195", "paragraph 72 (b) of
    A/RES/79/1" (adopted 72 (b)), as :func:`paragraphs_named` names them (:func:`of_or_to`); the symbol alone without
    labels."""
    doc = printed_symbol(doc) if doc else doc  # a part after a space: "A/RES/79/234 A"
    if not labels:
        return doc or ""
    named = paragraphs_named(labels)
    return f"{named} {of_or_to(named)} {doc}"
