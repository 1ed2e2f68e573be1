"""Mandates: who is asked to do what, by when.

Small passes over the model, the linguistic facts in data files (``data/operative_verbs.txt``, ``data/actors.txt``):

1. clauses   - a paragraph's text is cut at its operative verbs: the opening ("Requests") and the second verbs inside
               it ("... and invites their subregional offices", "..., and also requests the President ...").
2. address   - "Requests X[, parenthesis,] to ACTION": the actors are the coordinated noun phrases before the
               infinitive ("and", "as well as"; "including Y" names a member of the group), the action the infinitive
               to the end of the clause. Two verbs sharing one infinitive share the action ("Requests A and invites
               B, ..., to organize ..."). "their offices" is resolved to the previous actor's offices.
3. decide    - "Decides to ACTION" binds the Assembly itself; "Decides that X shall/will/may ACTION" binds X when X
               names an actor (a table entry or an actor's head noun).
4. passive   - inside a mandate clause, "shall be prepared by X" / "to be appointed by X" binds X, marked passive.
5. chapeau   - a paragraph ending in ":" passes its verb and actor ("and in this regard invites participants:") or
               its decision ("Decides that:") to sub-paragraphs that have no verb of their own.
6. deadline  - the first deadline or period of the action (``deadlines.find``), not counting the ones that belong
               to a passive mandate nested in it; named periods of the resolution ("Phase III: ...") date relative
               deadlines.
7. mentions  - an actor named in a paragraph that does not mandate it is a mention, reported apart.

Annexes: only clauses in the first person of a declaration ("We request the Secretary-General to ...",
"and we call upon ...") are mandates; commitments ("We commit to ...") and rules of procedure ("The secretariat
shall ...") are the text's own standing content, not mandates of the resolution, and their mere mentions of
actors are not reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from . import data, deadlines
from .actors import Actor, Scanner, cut_qualifiers, key, scan, singular, table
from .errors import InputError
from .model import Deadline, Mandate, Paragraph, Resolution

# ---------------------------------------------------------------- the verb table


@dataclass(frozen=True)
class Verb:
    name: str  # "requests"
    force: int
    cls: str  # "address" | "decide"


@dataclass(frozen=True)
class Verbs:
    table: dict[str, Verb]
    first_person: dict[str, str]
    intensifiers: dict[str, int]
    connectives: tuple[str, ...]
    others: tuple[str, ...]  # other operative openings: end a clause, mandate nobody

    def pattern(self, words) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def verbs() -> Verbs:
    sec = data.sections("operative_verbs.txt")
    table_ = {}
    for line in sec["verbs"]:
        name, force, cls = (x.strip() for x in line.split("|"))
        table_[name] = Verb(name, int(force), cls)
    first = dict((x.strip() for x in line.split("|")) for line in sec["first person"])
    intens = {w.strip(): int(n) for w, n in (line.split("|") for line in sec["intensifiers"])}
    phrases = data.sections("opening_phrases.txt")["operative"]
    # the operative openings that are not mandate verbs: "Notes", "Takes note", "Expresses its appreciation"
    others = tuple(p.lower() for p in phrases if p.lower() not in table_)
    return Verbs(table_, first, intens, tuple(sec["connectives"]), others)


def verb_of(phrase: str) -> Verb | None:
    """The mandate verb in an opening phrase: "Also requests" -> requests; "Takes note" -> None."""
    low = re.sub(r"\s+", " ", phrase.lower())
    for name in sorted(verbs().table, key=len, reverse=True):
        if re.search(rf"\b{re.escape(name)}\b", low):
            return verbs().table[name]
    return None


def force_of(written: str, verb: Verb) -> int:
    low = written.lower()
    return verb.force + sum(n for w, n in verbs().intensifiers.items() if re.search(rf"\b{w}\b", low))


def normalize_verb(text: str) -> str:
    """A --verb argument -> the verb table's name: "request", "Also requests", "call upon" -> "requests", ...
    Raises InputError for a word that is not a mandate verb."""
    low = re.sub(r"\s+", " ", text.strip().lower())
    v = verbs()
    low = v.first_person.get(low, low)
    found = verb_of(low)
    if found:
        return found.name
    for first, third in v.first_person.items():
        if re.search(rf"\b{re.escape(first)}\b", low):
            return third
    raise InputError(f"unknown verb {text!r}; mandate verbs are: {', '.join(v.table)}")


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


def _depth_positions(text: str) -> list[int]:
    """Paren/quote depth before each character."""
    depth, out = 0, []
    for ch in text:
        out.append(depth)
        if ch in "(“[":
            depth += 1
        elif ch in ")”]" and depth:
            depth -= 1
    return out


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


_COORD = re.compile(r"^(?:and|or|as well as|and also|together with)\s+", re.IGNORECASE)
_MEMBER = re.compile(r"^(?:including|in particular|particularly|notably|especially)\s+", re.IGNORECASE)


def _segments(text: str) -> list[str]:
    """Top-level comma segments (commas inside parentheses, quotes or a name of the table do not cut)."""
    depth = _depth_positions(text)
    for h in scan(text) if "," in text else ():
        for i in range(h.start, h.end):
            depth[i] += 1
    out, last = [], 0
    for i, ch in enumerate(text):
        if ch == "," and not depth[i]:
            out.append(text[last:i])
            last = i + 1
    out.append(text[last:])
    return [s.strip() for s in out]


@dataclass
class Named:
    written: str  # as written
    actor: Actor
    via: str | None = None  # the group as written when named as its member
    part_of: str | None = None


def _split_coordination(segment: str) -> list[str]:
    """ "Member States and other relevant stakeholders" -> two phrases; a table name keeps its "and"
    ("Economic and Social Council"), and "and" splits only before an actor ("organizations and bodies")."""
    t = table()
    protected = [(h.start, h.end) for h in scan(segment)]
    pieces, last = [], 0
    for m in re.finditer(r"\s+(?:and|or|as well as|and/or)\s+", segment):
        if any(s < m.start() < e for s, e in protected):
            continue
        right = segment[m.end() :]
        right_head = cut_qualifiers(re.split(r"\s+(?:and|or|as well as)\s+", right)[0])
        left = segment[last : m.start()].strip()
        if not t.is_actor_like(right_head) or not (t.is_actor_like(cut_qualifiers(left)) or left[-1:].isupper()
                                                   or re.search(r"[A-Z]\w*$", left)):
            continue  # "regional and subregional organizations": adjectives, one actor
        pieces.append(segment[last : m.start()])
        last = m.end()
    pieces.append(segment[last:])
    return [p.strip(" ,;:") for p in pieces if p.strip(" ,;:")]


def actor_phrases(text: str, previous: list[Named], recent: list[Actor] = ()) -> list[Named]:
    """The actors of an actor phrase, coordinated and with their named members; parentheses are dropped
    ("the Secretary-General, in close consultation with ..., " -> the Secretary-General)."""
    out: list[Named] = []
    via = None
    segments = []
    for seg in _segments(text):  # "other international, regional and ... organizations": one phrase
        if segments and segments[-1] and not table().is_actor_like(cut_qualifiers(segments[-1])) and seg:
            if not table().opens_parenthesis(seg) and not _MEMBER.match(seg):
                segments[-1] = f"{segments[-1]}, {seg}"
                continue
        segments.append(seg)
    for i, seg in enumerate(segments):
        if not seg:
            continue
        if i > 0:
            if _MEMBER.match(seg):
                seg = _MEMBER.sub("", seg)
                via = out[-1].written if out else None
            elif _COORD.match(seg):
                seg = _COORD.sub("", seg)
            elif table().opens_parenthesis(seg) or not table().is_actor_like(cut_qualifiers(seg)):
                break  # a parenthesis: "in close consultation with ...", "supported by ...", "as part of ..."
        member_split = re.split(r"\s+(?:including|in particular|particularly)\s+", seg, maxsplit=1)
        for j, part in enumerate(member_split):
            for piece in _split_coordination(part):
                named = _name(piece, previous + out, recent)
                if named:
                    if j == 1 or via:
                        named.via = via or (out[-1].written if out else None)
                    out.append(named)
    return out


def _plural_name(name: str, head: str) -> bool:
    """Is the head noun ``head`` plural in the actor's name ("regional commissions" for "commission")?"""
    words = [w.lower() for w in name.split()]
    return any(w != head and singular(w) == head for w in words)


def _name(piece: str, previous: list[Named], recent: list[Actor] = ()) -> Named | None:
    """One actor phrase -> the actor, resolving "their offices", "them" and "the institutions" / "the Office"
    against the actors named before (in the paragraph, then in the resolution)."""
    t = table()
    written = piece.strip(" ,;:")
    phrase = cut_qualifiers(written)
    if re.fullmatch(r"(?:them|it|they|those|these)", phrase, re.IGNORECASE):
        return Named(written, previous[-1].actor, part_of=previous[-1].part_of) if previous else None
    m = re.match(r"(?:their|its)\s+(.+)", phrase, re.IGNORECASE)
    if m and previous:  # "their subregional offices": the previous actor's
        whole = previous[-1].actor
        actor = t.resolve(f"{m.group(1)} of the {whole.name}")
        return Named(written, actor, part_of=whole.key)
    m = re.fullmatch(r"the\s+([A-Za-z-]+)", phrase)
    if m and singular(m.group(1)) in t.heads:  # "the institutions", "the Office": named before
        word = singular(m.group(1))
        plural = m.group(1).lower() != word
        for prev in [n.actor for n in reversed(previous)] + list(reversed(recent)):
            # "the commission" (one body) is never a group named in the plural ("regional commissions")
            if plural != _plural_name(prev.name, word):
                continue
            if word in prev.key.split() and prev.key != word:
                return Named(written, prev, part_of=next((n.part_of for n in previous if n.actor == prev), None))
    if not key(phrase):
        return None
    return Named(written, t.resolve(phrase))


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


# ---------------------------------------------------------------- the extraction


@dataclass
class _Context:
    """What a chapeau passes to its sub-paragraphs."""

    kind: str  # "address" | "decide"
    clause: Clause
    label: str
    actors: list[Named] = field(default_factory=list)
    subject: str = ""  # "Decides that the conference:" -> "the conference"
    deadline: Deadline | None = None


class _Extractor:
    def __init__(self, res: Resolution, also: tuple[str, ...] = ()):
        self.res = res
        self.out: list[Mandate] = []
        self.periods = deadlines.named_periods([(p.label, p.text) for p in res.walk()])
        year = re.search(r"\d{4}", res.date or "")
        self.year = year.group(0) if year else None
        self.also = also
        self.recent: list[Actor] = []  # actors named so far in the resolution, for "the Office", "the Commission"

    # -- deadlines
    def deadline(self, text: str, exclude: list[tuple[int, int]] = ()) -> Deadline | None:
        for d in deadlines.find(_blank(text, exclude), self.periods):
            if d.type in ("in", "at", "between") and self.year and (d.end or "9999")[:4] < self.year:
                continue  # "adopted in 2015": a past date is not a deadline
            return d
        return None

    def record(self, p: Paragraph, kind: str, clause: Clause | None, **fields) -> None:
        """Append a Mandate of paragraph ``p`` whose verb is the clause's."""
        verb = clause.verb if clause else None
        self.out.append(
            Mandate(
                document=self.res.symbol,
                paragraph=p.label,
                paragraph_id=p.id,
                kind=kind,
                verb=verb.name if verb else None,
                verb_as_written=clause.written if clause else None,
                force=force_of(clause.written, verb) if verb and kind == "mandate" else 0,
                span=p.span,
                **fields,
            )
        )

    def add(self, p: Paragraph, clause: Clause, named: Named, action: str | None, **kw) -> None:
        self.recent.append(named.actor)
        kw.setdefault("deadline", None)
        self.record(
            p,
            "mandate",
            clause,
            actor=named.actor.name,
            actor_key=named.actor.key,
            actor_as_written=named.written,
            action=_tidy(action) if action else None,
            via=named.via,
            part_of=named.part_of or next(iter(sorted(_part_of(named.actor.key))), None),
            **kw,
        )

    # -- one paragraph
    def paragraph(self, p: Paragraph, ctx: _Context | None) -> None:
        self.recent.extend(Actor(h.name, h.key, True) for h in scan(p.text))
        cls = clauses(p)
        own_ctx = None
        if cls:
            own_ctx = self.clauses(p, cls)
        elif ctx is not None:
            own_ctx = self.inherit(p, ctx)
        for child in p.children:
            self.paragraph(child, own_ctx)

    def clauses(self, p: Paragraph, cls: list[Clause]) -> _Context | None:
        ctx = None
        previous: list[Named] = []
        for i, c in enumerate(cls):
            if c.verb is None:
                continue
            nested = passives(c.body)
            exclude = [span for _, _, span in nested]
            if c.verb.cls == "address":
                ctx = self.address(p, c, cls[i + 1 :], previous, exclude) or ctx
            else:
                ctx = self.decide(p, c, exclude) or ctx
            for named, clause_text, span in nested:
                d = self.deadline(c.body[span[0] : span[1]]) or self.deadline(clause_text)
                self.add(p, c, named, clause_text, deadline=d, passive=True)
        return ctx

    def address(self, p, c: Clause, rest: list[Clause], previous: list[Named], exclude) -> _Context | None:
        body = c.body.strip()
        offset = len(c.body) - len(c.body.lstrip())
        exclude = [(s - offset, e - offset) for s, e in exclude]
        if re.match(r"that\b", body):  # "Requests that the Secretary-General ensure ...": subjunctive
            for subject, modal, action in decided(body[4:]):
                for named in actor_phrases(subject, previous, self.recent):
                    self.add(p, c, named, action, deadline=self.deadline(action), modal=modal)
            return None
        at = infinitive(body)
        action = body[at:] if at is not None else None
        actor_text = body[:at] if at is not None else body.rstrip(":").strip()
        if action is None and rest and rest[0].joined and rest[0].verb and rest[0].verb.cls == "address":
            nxt = rest[0].body.strip()
            j = infinitive(nxt)
            action = nxt[j:] if j is not None else None  # "Requests A and invites B, ..., to organize ..."
            exclude = []
        actors = actor_phrases(actor_text, previous, self.recent)
        if action is None:
            if body.endswith(":") and actors:
                return _Context("address", c, p.label, actors, deadline=self.deadline(p.text))
            return None
        d = self.deadline(action, [(s - (at or 0), e - (at or 0)) for s, e in exclude])
        for named in actors:
            self.add(p, c, named, action, deadline=d)
        previous.extend(actors)
        return None

    def decide(self, p, c: Clause, exclude) -> _Context | None:
        body = c.body.strip(" ,")
        if p.annex is None and re.match(r"to\s+[a-z]", body):  # "Decides to establish ...": the Assembly itself
            named = Named("(the General Assembly itself)", table().resolve("General Assembly"))
            self.add(p, c, named, body, deadline=self.deadline(body, exclude))
            return None
        if re.search(r"\bthat\s*:\s*$", body):  # "Decides, without ..., that:" -> the sub-paragraphs decide
            return _Context("decide", c, p.label)
        m = re.search(r"\bthat\b", body)
        if not m:
            return None
        content = body[m.end() :].strip(" ,")
        if not content or content == ":":
            return _Context("decide", c, p.label)
        if content.endswith(":") and not _MODAL.search(content):
            return _Context("decide", c, p.label, subject=content.rstrip(":").strip())
        for subject, modal, action in decided(content):
            for named in actor_phrases(subject, [], self.recent):
                self.add(p, c, named, action, deadline=self.deadline(action), modal=modal)
        return None

    def inherit(self, p: Paragraph, ctx: _Context) -> _Context | None:
        c = Clause(ctx.clause.written, ctx.clause.verb, 0, p.text)
        if ctx.kind == "address":
            if not re.match(r"(?:To|to)\s+[a-z]", p.text):
                return None  # a detail of the chapeau's action ("At the United Nations Office at Geneva:")
            d = self.deadline(p.text) or ctx.deadline
            for named in ctx.actors:
                self.add(p, c, named, p.text, deadline=d, chapeau=ctx.label)
            return None
        content = p.text
        if ctx.subject and re.match(r"(?:Shall|Will|May|Should|Must)\b", content):
            content = f"{ctx.subject} {content[0].lower()}{content[1:]}"
        elif ctx.subject:
            return None
        for subject, modal, action in decided(content):
            for named in actor_phrases(subject, [], self.recent):
                self.add(p, c, named, action, deadline=self.deadline(action), modal=modal, chapeau=ctx.label)
        for named, clause_text, span in passives(content):
            d = self.deadline(content[span[0] : span[1]]) or self.deadline(clause_text)
            self.add(p, c, named, clause_text, deadline=d, passive=True, chapeau=ctx.label)
        return None

    # -- mentions
    def mentions(self) -> None:
        mandated: dict[str, set[str]] = {}
        for m in self.out:
            mandated.setdefault(m.paragraph, set()).add(m.actor_key)
        extra = []
        for m in self.out:
            actor = Actor(m.actor, m.actor_key, False)
            for phrase in (m.actor, cut_qualifiers(m.actor_as_written)):
                if not re.match(r"(?:their|its)\b", phrase) and (len(key(phrase).split()) > 1 or phrase[:1].isupper()):
                    extra.append((phrase, actor))
        extra += [(q, table().resolve(q)) for q in self.also]
        scanner = Scanner(extra)
        for p in self.res.walk():
            if p.kind == "preambular" or (p.annex is not None and p.label not in mandated):
                continue
            cls = [c for c in clauses(p) if c.verb]
            seen = set(mandated.get(p.label, ()))
            for hit in scanner.scan(p.text):
                if hit.key in seen:
                    continue
                seen.add(hit.key)
                clause = next((c for c in reversed(cls) if c.start <= hit.start), None)
                context = next(
                    (
                        m.actor
                        for m in self.out
                        if m.kind == "mandate" and m.paragraph == p.label and clause and m.verb_as_written == clause.written
                    ),
                    None,
                )
                a, b = _word_edge(p.text, hit.start - 70, -1), _word_edge(p.text, hit.end + 70, 1)
                excerpt = ("..." if a else "") + p.text[a:b].strip() + ("..." if b < len(p.text) else "")
                self.record(
                    p,
                    "mention",
                    clause,
                    actor=hit.name,
                    actor_key=hit.key,
                    actor_as_written=p.text[hit.start : hit.end],
                    action=None,
                    deadline=None,
                    context=context,
                    excerpt=_tidy(excerpt),
                )

    def run(self) -> list[Mandate]:
        for p in self.res.paragraphs:
            if p.kind != "preambular":
                self.paragraph(p, None)
            else:
                self.recent.extend(Actor(h.name, h.key, True) for h in scan(p.text))
        self.mentions()
        order = {p.label: i for i, p in enumerate(self.res.walk())}
        self.out.sort(key=lambda m: (order.get(m.paragraph, 0), m.kind == "mention"))
        return self.out


def _word_edge(text: str, i: int, direction: int) -> int:
    """The nearest word boundary from ``i`` outwards (an excerpt does not cut words)."""
    if i <= 0:
        return 0
    if i >= len(text):
        return len(text)
    while 0 < i < len(text) and not text[i].isspace():
        i += direction
    return i


def _blank(text: str, spans) -> str:
    """The text with the given spans blanked out (same length, so offsets hold)."""
    chars = list(text)
    for s, e in spans:
        for i in range(max(0, s), min(len(chars), e)):
            chars[i] = " "
    return "".join(chars)


def _tidy(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" ,;:").rstrip(".")


def _part_of(actor_key: str) -> set[str]:
    t = table()
    return {t.parts[actor_key]} if actor_key in t.parts else set()


def extract(res: Resolution, also: tuple[str, ...] = ()) -> list[Mandate]:
    """Every mandate of the resolution's operative part (and annexed declarations), then the mentions; in
    document order. ``also``: extra actor names to report mentions of (a user's query)."""
    return _Extractor(res, tuple(also)).run()


# ---------------------------------------------------------------- queries


@dataclass
class Match:
    mandate: Mandate
    relation: str  # "direct" | "member" (named as a member of the group addressed) | "group" | "part"


RELATIONS = ("direct", "member", "part", "group")


def resolve_query(query: str, items: list[Mandate]) -> str:
    """The actor key a query means: the alias table's, else the nearest actor key found (typos)."""
    return resolve_query_keys(query, {m.actor_key for m in items})


def resolve_query_keys(query: str, keys: set[str]) -> str:
    """:func:`resolve_query` against a set of actor keys (the corpus database has the keys, not the mandates)."""
    q = table().resolve(query).key
    if q in keys or not keys:
        return q
    best = process.extractOne(q, sorted(keys), scorer=fuzz.ratio, score_cutoff=88)
    return best[0] if best else q


def lookup(items: list[Mandate], actor: str | None = None, verb: str | None = None) -> list[Match]:
    """The mandates matching an actor query (and verb): active ones strongest verb first, then the passive ones,
    direct before group matches at equal force; then the mentions, in document order."""
    t = table()
    verb_name = normalize_verb(verb) if verb else None
    q = resolve_query(actor, items) if actor else None
    found: list[Match] = []
    for m in items:
        if verb_name and m.verb != verb_name:
            continue
        if q is None:
            found.append(Match(m, "direct"))
            continue
        if m.actor_key == q:
            relation = "member" if m.via else "direct"
        elif m.part_of == q or q in t.wholes(m.actor_key) - t.groups.keys():
            relation = "part"
        elif m.actor_key in t.wholes(q):
            relation = "group"
        else:
            continue
        found.append(Match(m, relation))
    index = {id(m): i for i, m in enumerate(items)}
    found.sort(
        key=lambda x: (
            x.mandate.kind == "mention",
            x.mandate.passive,
            -x.mandate.force if x.mandate.kind == "mandate" else 0,
            RELATIONS.index(x.relation),
            index[id(x.mandate)],
        )
    )
    return found


def nearest_actors(query: str, items: list[Mandate], n: int = 3) -> list[str]:
    """Actor names close to a query that matched nothing, for the error message."""
    names = sorted({m.actor for m in items})
    return [name for name, _, _ in process.extract(query, names, scorer=fuzz.WRatio, limit=n, score_cutoff=60)]


def graph_edges(res: Resolution, mentions: bool = False) -> list[tuple[str, str, str, str, str]]:
    """For the reference graph: (paragraph_id, actor_key, actor_name, verb, kind) per mandate (and mention)."""
    return [
        (m.paragraph_id, m.actor_key, m.actor, m.verb or "", "passive" if m.passive else m.kind)
        for m in extract(res)
        if m.kind == "mandate" or mentions
    ]
