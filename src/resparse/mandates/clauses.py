"""Clause reading: a paragraph's text cut at its operative verbs, the action (the infinitive), decisions ("Decides
that X shall ...") and passive agents ("to be appointed by X")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Paragraph
from . import deadlines
from .actors import (
    _depth_positions,
    _segments,
    cut_qualifiers,
    scan,
    table,
)
from .addressees import Named, actor_phrases
from .verbs import Verb, verb_of, verbs

# ---------------------------------------------------------------- pass 1: clauses


@dataclass
class Clause:
    written: str  # the verb as written with its lead: "and also requests"
    verb: Verb | None  # None: an operative verb that mandates nobody ("and notes that")
    start: int  # offset of the body (after the verb) in the paragraph text
    body: str  # the text after the verb up to the next clause
    joined: bool = False  # joined to the previous clause by "and" without a comma ("Requests A and invites B")


@lru_cache(maxsize=2)
def _inner_verb_regex(annex: bool) -> re.Pattern:
    v = verbs()
    conn = v.pattern(v.connectives)
    adverbs = v.pattern(["also", "further", "again", "once again", "strongly", "urgently", "therefore", "likewise"])
    if annex:
        mandate = v.pattern(v.first_person)
        return re.compile(
            rf"(?P<lead>[,;]\s+(?:and\s+)?|\s+and\s+)we\s+(?:(?:{adverbs})\s+)*(?P<verb>{mandate})\b", re.IGNORECASE
        )
    mandate = v.pattern(v.table)
    other = v.pattern(v.others)
    return re.compile(
        rf"(?P<lead>[,;]\s+(?:and\s+)?|\s+and\s+)(?:(?:{conn}),?\s+)?(?:(?:{adverbs})\s+)*"
        rf"(?:(?P<verb>{mandate})\b|(?P<other>{other})(?=\s+(?:that|its|the|with|of|to)\b))"
    )


@lru_cache(maxsize=1)
def _annex_opening() -> re.Pattern:
    v = verbs()
    return re.compile(
        rf"^\s*We\s+(?:(?:also|further|again|strongly|once again)\s+)*(?P<verb>{v.pattern(v.first_person)})\b",
        re.IGNORECASE,
    )


def clauses(p: Paragraph) -> list[Clause]:
    """Cut a paragraph's text at its operative verbs. Annex paragraphs: first-person declaration verbs only."""
    text = p.text
    annex = p.annex is not None
    out: list[Clause] = []
    if annex:
        m = _annex_opening().match(text)
        if m:
            out.append(Clause(m.group(0).strip(), verb_of(verbs().first_person[_norm(m.group("verb"))]), m.end(), ""))
    elif p.opening:
        out.append(Clause(p.opening, verb_of(p.opening), len(p.opening), ""))
    if not out:
        return []
    leads = []
    for m in _inner_verb_regex(annex).finditer(text, out[0].start):
        if m.group("verb"):
            name = _norm(m.group("verb"))
            verb = verb_of(verbs().first_person.get(name, name))
        else:
            verb = None
        lead = m.group("lead")
        leads.append(m.start())
        out.append(Clause(m.group(0).strip(" ,;"), verb, m.end(), "", joined="," not in lead and ";" not in lead))
    for a, end in zip(out, leads + [len(text)]):
        a.body = text[a.start : end]
    return out


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.strip().lower())

# ---------------------------------------------------------------- pass 2: actor phrases and actions

_DETERMINER_NEXT = {
    "the", "a", "an", "all", "its", "their", "this", "that", "these", "those", "each", "any", "other", "such",
    "some", "both", "his", "her", "our", "every", "which", "whom", "what", "date", "be",
}  # fmt: skip
_INFINITIVE_NOUNS = {
    "invitation", "request", "mandate", "ability", "capacity", "commitment", "right", "need", "opportunity",
    "decision", "willingness", "readiness", "attempt", "effort", "efforts", "way", "ways", "position", "able",
    "unable", "wish", "intention", "resolve", "obligation", "obligations", "duty", "power", "authority",
}  # fmt: skip


def infinitive(body: str) -> int | None:
    """Where the action starts: the first "to VERB" at depth 0 that is not a preposition ("as an input to the
    zero draft") nor the complement of a noun ("a standing invitation to participate")."""
    depth = _depth_positions(body)
    for m in re.finditer(r"\bto\s+([A-Za-z]+)", body):
        if depth[m.start()]:
            continue
        nxt = m.group(1)
        if nxt[0].isupper() or nxt.lower() in _DETERMINER_NEXT or nxt.isdigit():
            continue
        low = nxt.lower()
        if low.endswith("ing") or (low.endswith("s") and not low.endswith(("ss", "us"))) or low.endswith("ed"):
            continue
        before = body[: m.start()].split()
        if before and before[-1].lower().strip(",") in _INFINITIVE_NOUNS:
            continue
        return m.start()
    return None




# ---------------------------------------------------------------- pass 3/4: decisions and passives

_MODAL = re.compile(
    r"\b(shall|will|should|may|must|(?:is|are)\s+to)\b((?:\s+(?:also|not|only|each|further|then|jointly|continue\s+to))*)"
    r"\s+([a-z]+)"
)
_SUBJECT_START = re.compile(r"^(?:the|a|an|each|all|its|their|these|this|those|any|such|both|[A-Z])")
_PASSIVE = re.compile(
    r"\b(?:shall|will|should|may|must|would|to|is\s+to|are\s+to)\s+(?:also\s+|then\s+|only\s+|jointly\s+|each\s+)?"
    r"be\s+(?:[a-z]+ly\s+)?(?:co-)?([a-z]+(?:ed|en|wn|ld|ne|de|nt|pt|ld|ht|un|et|id))\s+by\s+"
)
_SUBCLAUSE_END = re.compile(r";|,\s+and\s+that\b|\s+and\s+that\b|:\s*$")


def decided(content: str) -> list[tuple[str, str, str]]:
    """ "the Committee shall meet ..., and that it shall ..." -> [(subject, modal, action)] for active clauses."""
    out = []
    for part in re.split(r",?\s+and\s+that\s+|;\s*", content):
        m = _MODAL.search(part)
        if not m or m.group(3) == "be":
            continue
        segs = _segments(part[: m.start()])
        first = next((i for i, s in enumerate(segs) if _SUBJECT_START.match(s)), None)
        subject = ", ".join(s for s in segs[first:] if s) if first is not None else ""
        if subject and table().is_actor_like(cut_qualifiers(subject)):
            out.append((subject, m.group(1), part[m.start() :].strip(" ;:.")))
    return out


def passives(text: str) -> list[tuple[Named, str, tuple[int, int]]]:
    """Passive mandates in ``text``: (agent, the passive clause as written, span of what belongs to it)."""
    out = []
    for m in _PASSIVE.finditer(text):
        after = text[m.end() :]
        if re.match(rf"(?:{deadlines._WHEN})", after):
            continue  # "by March 2017": a deadline, not an agent
        hit = next((h for h in scan(after[:200]) if h.start == 0 or after[: h.start].strip() in ("the",)), None)
        if hit:
            agent = after[: hit.end]
        else:
            agent = re.split(r"[,;:.]|\s+(?:to|on|for|in|at|from|with|during|by|subject|unless)\s+", after)[0]
        if not table().is_actor_like(cut_qualifiers(agent)):
            continue
        # the passive clause starts after "that", ";", ", and", ":" (and, for "to be ...", after "for")
        bound = r"(?:\bthat\b|;|,\s+and\b|:|\bfor\b)\s*" if m.group(0).startswith("to") else r"(?:\bthat\b|;|,\s+and\b|:)\s*"
        start = max((x.end() for x in re.finditer(bound, text[: m.start()])), default=0)
        end_m = _SUBCLAUSE_END.search(text, m.end())
        end = end_m.start() if end_m else len(text)
        own_end = re.search(r"[,;]", text[m.end() + len(agent) :])
        own = (m.start(), min(end, m.end() + len(agent) + own_end.start()) if own_end else end)
        for named in actor_phrases(agent, []):
            out.append((named, text[start:end].strip(" ,;:."), own))
    return out

