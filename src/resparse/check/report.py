"""Check reports: the finding codes, a finding, a thing checked (an item with its findings), the report of one note.
Plain data; the renderings are in :mod:`resparse.render.check`."""

from __future__ import annotations

from dataclasses import dataclass, field

CODES: dict[str, tuple[str, str]] = {
    "R001": ("info", "the cited resolution is not loaded: not checked"),
    "R002": ("info", "a document symbol that is not a loaded resolution's, but has a loaded resolution's number"),
    "R003": ("info", "a paragraph read as the note's own (no resolution named with it), which the note does not have"),
    "R004": ("info", "a paragraph of a resolution, but which resolution the note does not make clear: not checked"),
    "R005": ("info", "a paragraph of a text cited by its name that no loaded resolution holds: not checked"),
    "R006": ("info", "a quotation whose sentence names no resolution, or one not loaded, in words: not checked"),
    "R101": ("error", "the cited paragraph or sub-paragraph does not exist"),
    "R102": ("error", "members of a cited list or range do not exist"),
    "R103": ("error", "the title given with the symbol is not the resolution's"),
    "R104": ("error", "a quotation or reproduced paragraph changes words of the paragraph"),
    "R105": ("error", "a quotation is not in the paragraph it is attributed to; it is in another"),
    "R106": ("error", "a quotation is not in the resolution"),
    "R201": ("warning", "a quotation, reproduction or title differs in spelling or hyphenation only"),
    "R202": ("warning", "the verb the note gives a paragraph for an actor is not the paragraph's"),
    "R203": ("warning", "the cited paragraph does not address the actor the note says it does"),
    "R204": ("warning", "'this resolution' or a paragraph of it, but the note names no resolution before"),
    "R205": ("warning", "the note is not in English: its citations and quotations cannot be read"),
}
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
# The findings that say a citation was NOT checked against any paragraph (no loaded resolution, or the note does not
# say which one); the summary counts such citations apart (a fresh-user trial, 2026-12-02, read "verified 2 of 3"
# as one citation wrong, where it was one not looked at).
NOT_CHECKED = frozenset({"R001", "R002", "R004", "R005", "R204"})


@dataclass
class Finding:
    line: int
    col: int
    severity: str  # "error" | "warning" | "info"
    code: str
    message: str
    citation: str | None = None  # the citing phrase (or the reproduction's number) as written
    resolution: str | None = None
    paragraph: str | None = None
    suggestion: str | None = None
    # the Akoma Ntoso eIds of the paragraphs ``paragraph`` and ``suggestion`` name in ``resolution``, as `parse` and
    # `akn` give them ("adopted__para_42__subpara_f"; several comma-separated); None where none is found
    eid: str | None = None
    suggestion_eid: str | None = None
    end_line: int = 0
    end_col: int = 0
    page: int = 0  # in a PDF note: the page of ``line`` and the line on that page (both 1-based; 0: not a PDF)
    page_line: int = 0

    def where(self, name: str) -> str:
        """``note.md:22:57``; in a PDF note ``note.pdf: page 2, line 14, col 57`` (the text's line numbers mean
        nothing to a reader of the PDF)."""
        if self.page:
            return f"{name}: page {self.page}, line {self.page_line}, col {self.col}"
        return f"{name}:{self.line}:{self.col}"

    def to_dict(self) -> dict:
        return {
            "line": self.line,
            "col": self.col,
            **({"page": self.page, "page_line": self.page_line} if self.page else {}),
            "severity": self.severity,
            "code": self.code,
            "message": self.message,
            "citation": self.citation,
            "resolution": self.resolution,
            "paragraph": self.paragraph,
            "suggestion": self.suggestion,
            "eid": self.eid,
            "suggestion_eid": self.suggestion_eid,
        }


@dataclass
class Item:
    """One thing checked: a citation, a quotation (or reproduced paragraph), a title, a verb statement."""

    kind: str  # "citation" | "quotation" | "reproduction" | "title" | "verb"
    line: int
    col: int
    end_line: int
    end_col: int  # exclusive
    text: str  # as written (clean)
    status: str = "verified"  # "verified" | "error" | "warning" | "info"
    resolution: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    cited: list[tuple[str, str]] = field(default_factory=list)  # (label, text) shown on hover
    findings: list[Finding] = field(default_factory=list)
    under: tuple[int, int] | None = None  # a quotation, reproduction or verb statement checked against the
    # paragraphs of a citation: the (line, col) where that citation starts (its item's), for the citation's outcome

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "line": self.line,
            "col": self.col,
            "end_line": self.end_line,
            "end_col": self.end_col,
            "text": self.text,
            "status": self.status,
            "resolution": self.resolution,
            "paragraphs": list(self.paragraphs),
        }


@dataclass
class Report:
    path: str
    findings: list[Finding]
    items: list[Item]
    warnings: list[str] = field(default_factory=list)
    resolutions: list[str] = field(default_factory=list)  # symbols the note was checked against

    def counts(self) -> dict[str, int]:
        out = {"error": 0, "warning": 0, "info": 0}
        for f in self.findings:
            out[f.severity] += 1
        return out

    def summary(self) -> dict:
        c = self.counts()

        def n(kind: str, status: str | None = None) -> int:
            kinds = (kind, "reproduction") if kind == "quotation" else (kind,)
            return sum(1 for i in self.items if i.kind in kinds and (status is None or i.status == status))

        outcome = self.citation_outcomes()
        return {
            "errors": c["error"],
            "warnings": c["warning"],
            "info": c["info"],
            "citations": n("citation"),
            "citations_verified": sum(1 for o in outcome if o == "verified"),
            "citations_with_warnings": sum(1 for o in outcome if o == "warning"),
            "citations_with_errors": sum(1 for o in outcome if o == "error"),
            "citations_not_checked": sum(1 for i in self.items if i.kind == "citation"
                                         and any(f.code in NOT_CHECKED for f in i.findings)),
            "quotations": n("quotation"),
            "quotations_verified": n("quotation", "verified"),
            # a quotation of a resolution not loaded, or one the note ties to no resolution (R006): counted, never
            # verified (a new-user trial, 2026-12-04: "quotations verified 3 of 6" of a note with 7)
            "quotations_not_checked": n("quotation", "info"),
            "titles": n("title"),
            "verbs": n("verb"),
            "resolutions": list(self.resolutions),
        }

    def citation_outcomes(self) -> list[str]:
        """Each citation's outcome, in the note's order: the gravest status of the citation's own item and of every
        quotation, reproduction and verb statement checked under it (:attr:`Item.under`) -- "verified" only when
        none has a finding; "error" or "warning" else, "info" for one not checked. A citation whose paragraph
        exists but whose quotation is another paragraph's (R105) is a citation with an error, never "verified" (a
        new user's trial, 2026-12-04: "citations verified 3 of 3" above an R105 and an R203 on one of them)."""
        worst: dict[tuple[int, int], str] = {}
        for i in self.items:
            if i.kind != "citation" and i.under is not None:
                here = worst.get(i.under, "verified")
                worst[i.under] = min(here, i.status, key=lambda s: SEVERITY_ORDER.get(s, 3))
        return [min(i.status, worst.get((i.line, i.col), "verified"), key=lambda s: SEVERITY_ORDER.get(s, 3))
                for i in self.items if i.kind == "citation"]

    def to_dict(self) -> dict:
        return {
            "note": self.path,
            "findings": [f.to_dict() for f in self.findings],
            "summary": self.summary(),
            "checked": [i.to_dict() for i in self.items],
        }


def add_finding(item: Item, line: int, col: int, code: str, message: str, **kw) -> Finding:
    """A finding of ``code`` at (line, column) of the note, added to ``item``, whose status becomes the finding's
    severity when that is graver. ``kw``: the :class:`Finding` fields citation, resolution, paragraph, suggestion."""
    severity = CODES[code][0]
    f = Finding(line, col, severity, code, message, **kw)
    item.findings.append(f)
    if SEVERITY_ORDER[severity] < SEVERITY_ORDER.get(item.status, 3):
        item.status = severity
    return f
