"""Verbs: "<citation or 'the resolution'> <operative verb> <actor>" ("the resolution calls on Regional
Commissions") is compared with the mandates of the paragraph (:mod:`resparse.mandates`): R203 when the paragraph
does not address an actor of the actor table, R202 when it does with another verb, or when the actor is not one it
names and no clause of it uses the verb at all ("the resolution urged the United Nations" of a resolution that only
requests) ("calls on" and "calls upon" are the same verb:
same force and class in the verb table). All the checker's use of verbs and their forms is in this module.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .. import mandates as mandates_mod
from ..mandates.actors import cut_qualifiers, table
from ..mandates.actors import key as actor_key
from ..mandates.actors import scan as scan_actors
from ..mandates.addressees import _person
from ..mandates.clauses import clauses as mandate_clauses
from ..mandates.clauses import stated_decision
from ..mandates.queries import full_name_keys, written_short
from ..mandates.verbs import forms as _table_forms
from ..names import complements_end, full_name
from ..references import printed_symbol
from .align import words as _words
from .anchors import Anchor, Reading, _Spans, is_resolution, operative_forms
from .library import Library
from .report import Item
from .text import and_list, cited_list, paragraphs_named, short
from .text import where as where_name

# the object of a verb the note ascribes: a few words up to a preposition, "to", punctuation or a quotation
_ACTOR_PHRASE = re.compile(
    r"\s*((?:(?:the|its|their|all)\s+)?[A-Za-z][\w-]*(?:\s+(?!(?:to|in|for|with|by|and|on|at|of|as|from)\b)[A-Za-z][\w-]*){0,4})"
    r"(?=\s*(?:[,;.:()\"“]|$)|\s+(?:to|in|for|with|by|and|on|at|of|as|from)\b)"
)
_WORD_NEXT = re.compile(r"\s+[A-Za-z]")
# between a citation and the verb it governs: nothing, or the Assembly named as the subject ("By paragraph 26 of
# resolution 71/280, the Assembly decided"); not "Resolution 78/128, annex II, sets out the proposed ..."
_SUBJECT_ONLY = re.compile(r"[\s,)]*(?:(?:the\s+)?(?:General\s+)?Assembly\s+|it\s+)?$", re.IGNORECASE)
# "decides that the Secretary-General shall present", "requested that the Committee should": the subject of the
# "that" clause a verb of the table governs is its actor (data/operative_verbs.txt, class decide: "Decides that X
# shall Y" (X is the actor)); the subject is the words before the clause's modal
_THAT = re.compile(r"\s+that(?=\s)", re.IGNORECASE)
_THAT_SUBJECT = re.compile(
    r"\s*((?:(?:the|its|their|all)\s+)?[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,5}?)\s+(?:shall|should|would|will|must|may)\b")
_DETERMINERS = re.compile(r"^\s+(?:(?:the|its|their|all|both|relevant|other)\s+)*$", re.IGNORECASE)


def check(reading: Reading, library: Library) -> list[Item]:
    """One item per verb statement whose actor the paragraph (or the resolution) names or the actor table knows."""
    r = reading
    quoted = _Spans((q.start, q.end) for q in r.quotations)
    out = []
    for a in r.anchors:
        if a.prepared is None or a.document_only and not is_resolution(a.doc or ""):
            continue
        m = _verb_regex().search(r.text, a.end, min(len(r.text), a.end + 80))
        if not m or r.separated(a.end, m.start()) or "\n" in r.text[a.end : m.start()]:
            continue
        if quoted.overlaps(a.end, m.start()) or not _verb_is_its(r, a, m.start()):
            continue
        that = _THAT.match(r.text, m.end(), m.end() + 10)
        at = that.end() if that else m.end()  # the actor: the verb's object, or the subject of its "that" clause
        after = r.text[at : at + 150]
        if not _WORD_NEXT.match(after):
            continue  # "decided, in its words": no actor can follow (both readings below need a word next)
        hits = [h for h in scan_actors(after) if h.start <= 24 and _DETERMINERS.match(after[: h.start])]
        if hits:  # a name of the actor table ("Regional Commissions")
            h = hits[0]
            the = "the " if re.search(r"\bthe\s+$", after[: h.start], re.IGNORECASE) else ""
            # named in a message as the note writes it, whole: "the specialized agencies of the United Nations
            # system" (the table's name is "specialized agencies": R203 quoted "the specialized agencies")
            written = the + " ".join(after[h.start : h.end].split())
            it = _check_verb(r, a, m, h.name, at + h.end, known=True, written=written)
        else:
            # any other noun phrase ("participants"): checked if addressed
            phrase = (_THAT_SUBJECT if that else _ACTOR_PHRASE).match(after)
            words, end = (phrase.group(1), phrase.end(1)) if phrase else (None, 0)
            if words and not that and re.search(r"[A-Z][\w-]*$", words):
                # a name read whole, its complements with it ("the President of the European Commission", "the Special
                # Rapporteur of the Human Rights Council", as :func:`resparse.names.proper_name` reads a body's name):
                # the phrase stopped at "of", and R203 said "does not address the President"
                end = complements_end(after, end)
                words = " ".join(after[phrase.start(1) : end].split())
            # a short name the cited resolution gives a body ("the Advisory Committee"): that body, as a name of
            # the table is
            full = _short_name_of(_blocks(r, at), a.prepared, words) if words else None
            # named as the note names it ("the Advisory Committee"), or by the full name it stands for, with the note's
            # article ("the Office of the United Nations High Commissioner for Human Rights")
            written = words and (words if full is None else
                                 ("the " if re.match(r"the\s", words, re.IGNORECASE) else "") + full)
            # an actor: a body it stands for, or a name with an actor's head ("the President", "the Committee"),
            # matched to the paragraph's addressees by its words (``mandates.lookup``)
            known = full is not None or words is not None and _named_actor(words)
            it = _check_verb(r, a, m, full or words, at + end, known=known, subject=that is not None,
                             written=written) if words else None
        if it is not None:
            it.under = r.under(a)
            out.append(it)
    return out


# between two citations that are one subject: "A/RES/71/280 para 22 (c) and A/RES/72/244 para 9 ask ..."
_JOINED = re.compile(r"\s*(?:,\s*)?(?:(?P<and>and|as\s+well\s+as)\s+)?$", re.IGNORECASE)


def _verb_is_its(r: Reading, a: Anchor, verb_start: int) -> bool:
    """Does the verb at ``verb_start`` govern citation ``a``: no other citation between them, or only citations
    joined to ``a`` by "and" or a comma, the subjects of one verb ("A/RES/71/280 para 22 (c) and A/RES/72/244 para 9
    ask ...": each resolution's own paragraph is checked; before, only the last one's was). Another citation
    between them in other words ("Resolution 71/280, recalling resolution 70/1, requests"): the verb is its."""
    j = bisect_left(r.anchor_starts, a.end)
    end, joined = a.end, True
    while j < len(r.anchors) and r.anchor_starts[j] < verb_start:
        m = _JOINED.match(r.text, end, r.anchor_starts[j])
        if m is None or not m.group(0).strip():
            return False
        end, joined = max(end, r.anchors[j].end), m.group("and") is not None
        j += 1
    return joined  # "A, B and C ask": the last joined by "and"; "In 71/280, resolution 70/1 requests": 70/1's


def _check_verb(r: Reading, a: Anchor, m: re.Match, actor: str, end: int, known: bool,
                subject: bool = False, written: str | None = None) -> Item | None:
    """``subject``: the actor is the subject of the "that" clause of the note's verb ("decides that the Conference
    shall be held ..."), not its object. ``written``: the actor as the note writes it, its article included ("the
    Secretary-General"), as R203 names it (``actor`` is the actor table's name, "Secretary-General")."""
    prepared = a.prepared
    said = _verb_name(m.group(0))
    labels = [lab for lab in a.labels if lab in prepared.paragraphs]
    if a.labels and not labels:
        return None
    scope = set(lab for top in labels for lab in prepared.subtree(top)) if labels else None
    items = [x for x in prepared.mandates if scope is None or x.paragraph in scope]
    holders = _holders(items, actor) if known and _named_actor(actor) else {}
    if labels and len(holders) == 1:
        # an office named alone ("the President") is the holder the cited paragraphs name, an addressee or not: in
        # 72/244's paragraph 6, (b)'s "transmitted by the President of the General Assembly" (was R203 "does not
        # address the President; it addresses no one")
        [(actor, rows)] = holders.items()
        written = _as_written(prepared, rows[0]) if written and re.match(r"the\s", written, re.IGNORECASE) else actor
    elif not labels and len(holders) > 1:
        return _many_holders(r, a, m, said, holders, end, written or actor)
    matches = [x.mandate for x in mandates_mod.lookup(items, actor=actor)
               if x.mandate.kind == "mandate" and x.relation in ("direct", "member", "group")]
    if not matches:  # the actor as the paragraph writes it ("their subregional offices"), or its head
        k = actor_key(actor)
        # by its head only when the resolution names one actor so: "the President" of 72/244 is not the Presidents of
        # its Conference (17), as it names the President of the General Assembly too (6 (b))
        heads = len({x.actor_key for x in prepared.mandates if k and x.actor_key.startswith(k + " ")}) == 1
        matches = [x for x in items if x.kind == "mandate" and k
                   and (actor_key(x.actor_as_written) == k or heads and x.actor_key.startswith(k + " ")
                        or k in _parties_keys(actor_key(cut_qualifiers(_apposed(x.actor_as_written)))))]
    # a paragraph whose clauses were read as mandates of others addresses them, not an actor it names in passing
    # ("Urges the Secretary-General to continue to provide all necessary secretariat services to the Commission",
    # 79/144 89; "invites the agencies ... to strengthen the cooperation with the International Organization of la
    # Francophonie", 79/331 44): R203 below, a name of the table or a capitalised name the paragraph writes (a
    # re-trial, 2026-12-04, found these verified). Only where no clause of the cited paragraphs was read as a mandate
    # can the tool not tell; the subject of a decision ("decides that the Conference shall") is no addressee.
    addresses_others = bool(labels) and not subject and any(x.kind == "mandate" for x in items)
    in_passing = addresses_others and not matches and not known and re.match(r"(?:the\s+)?[A-Z]", actor) is not None \
        and _written_in(prepared, labels, actor)
    if not matches and not known and not in_passing:
        # not an actor the paragraph names: compare the verb alone, when no clause in scope uses it at all
        used = [x for x in items if x.kind == "mandate" and x.verb]
        if not used and labels and said is not None and _SUBJECT_ONLY.match(r.text, a.end, m.start()) \
                and not _uses_verb(prepared, labels, said) \
                and not any(_same_verb(said, v) for v in _decided_above(prepared, labels)):
            # cited paragraphs that address no one and never write the verb ("Paragraph 24 of resolution 71/280
            # requests the Government of Mexico" of "24. Expresses its appreciation to the Government of Mexico
            # ...": a fresh-user trial, 2026-12-03, found it silent)
            it = r.item("verb", m.start(), end, resolution=a.doc, paragraphs=labels, cited=prepared.hover(labels))
            r.finding(it, m.start(), "R202", f"{where_name(labels, a.doc)} {_agreeing('addresses', labels)} no one "
                      f"and never \"{_agreeing(said, labels)}\"; the note says \"{m.group(0)}\"", citation=a.phrase,
                      resolution=a.doc, paragraph=cited_list(labels))
            return it
        # every operative verb of the paragraphs counts, a mention's too ("We decide to convene ..." of a clause whose
        # actor is no addressee): the note's verb is the paragraph's if any clause uses it
        if said is None or not used or any(_same_verb(said, x.verb) for x in items if x.verb) or any(
                _same_verb(said, v) for v in _decided_above(prepared, [x.paragraph for x in used])):
            return None
        paras = sorted({x.paragraph for x in used}, key=prepared.order.index)
        it = r.item("verb", m.start(), end, resolution=a.doc, paragraphs=labels, cited=prepared.hover(paras))
        where = where_name(labels, a.doc)
        # the verbs agree with the paragraphs cited as their subject ("paragraphs 3 and 4 ... decide and invite")
        verbs_used = and_list([_agreeing(v, labels) for v in dict.fromkeys(x.verb for x in used)])
        # the paragraphs that use them, unless they are the ones cited (then named once, by where)
        which = "" if paras == labels else f" ({paragraphs_named(paras)})"
        r.finding(it, m.start(), "R202", f"{where} {verbs_used}{which}, never \"{_agreeing(said, labels)}\"; "
                  f"the note says \"{m.group(0)}\"", citation=a.phrase, resolution=a.doc, paragraph=cited_list(paras),
                  suggestion=used[0].verb)
        return it
    paras = sorted({x.paragraph for x in matches}, key=prepared.order.index)
    it = r.item("verb", m.start(), end, resolution=a.doc, paragraphs=labels, cited=prepared.hover(paras or labels))
    where = where_name(labels, a.doc)
    if not matches and (_named_in(prepared, labels or prepared.order, actor) and not addresses_others
                        or subject and (_written_in(prepared, labels or prepared.order, actor)
                                        or any(x.actor == actor for x in items))):
        # the subject of a decision the paragraph writes ("Decides that the intergovernmental conference, entitled
        # "Intergovernmental Conference to Adopt ...", shall be held in Morocco", 72/244 4) is no addressee: the
        # note that says so names it faithfully, verified by the verb as below (a fresh-user trial, 2026-12-03,
        # found R203 "does not address ...; it addresses General Assembly")
        # the paragraph names the actor, but no clause of it was read as a mandate ("Considering that ..., we
        # invite ... including the regional economic commissions"): not "does not address"; verified when the
        # paragraph uses the verb, R202 when its text has no form of the verb at all ("Paragraph 42 (e) of resolution
        # 79/1 requests the Security Council" of "(e) Ensure that ... operations ... authorized by the Security
        # Council are accompanied by ...": a fresh-user trial, 2026-12-02, found it silent)
        uses = _uses_verb(prepared, labels or prepared.order, said) or any(
            _same_verb(said, v) for v in _decided_above(prepared, labels))
        if uses or said is None or not labels:
            return it if uses else None
        r.finding(it, m.start(), "R202", f"{where} {_agreeing('names', labels)} {written or actor} but never "
                  f"\"{_agreeing(said, labels)}\" it; the note says \"{m.group(0)}\"", citation=a.phrase,
                  resolution=a.doc, paragraph=cited_list(labels))
        return it
    if not matches:
        # a cited paragraph: say whom it does address (the whole resolution addresses too many to list)
        addressed = {x.actor: x for x in items if x.kind == "mandate"} if labels else {}
        named = list(addressed)
        they = "they address" if len(labels) > 1 else "it addresses"
        shown = [_as_written(prepared, x) for x in addressed.values()]
        whom = f"; {they} {and_list(shown[:4])}{' and others' if len(shown) > 4 else ''}" if shown else ""
        if labels and not named:
            whom = f"; {they} no one" + _first_person(prepared, labels)
        r.finding(it, m.start(), "R203", f"{where} {_agreeing('does', labels)} not address {written or actor}{whom}",
                  citation=a.phrase, resolution=a.doc, paragraph=cited_list(labels) or None,
                  suggestion=named[0] if named else None)
        return it
    if any(_same_verb(said, x.verb) for x in matches) or any(
            _same_verb(said, v) for v in _decided_above(prepared, paras)):
        return it
    first = matches[0]
    r.finding(it, m.start(), "R202",
              f"{printed_symbol(a.doc)} {first.verb} {_as_written(prepared, first)} ({paragraphs_named(paras)}); the note says "
              f"\"{m.group(0)}\"",
              citation=a.phrase, resolution=a.doc, paragraph=cited_list(paras), suggestion=first.verb)
    return it


def _holders(items, actor: str) -> dict[str, list]:
    """The actors an office named alone ("the President") stands for among ``items`` (mandates and mentions), by
    name, each with its rows in document order: every holder of the title :func:`resparse.mandates.lookup` matches
    directly ("President of the General Assembly", "Presidents of the Intergovernmental Conference ..." in 72/244)."""
    out: dict[str, list] = {}
    for x in mandates_mod.lookup(items, actor=actor):
        if x.relation == "direct":
            out.setdefault(x.mandate.actor, []).append(x.mandate)
    return out


def _many_holders(r: Reading, a: Anchor, m: re.Match, said: str | None, holders: dict[str, list], end: int,
                  written: str) -> Item | None:
    """A verb statement on an office named alone of a whole resolution that names several holders of it ("Resolution
    72/244 requests the President ...": the Presidents of its Conference, paragraph 17, and the President of the
    General Assembly, 6 (b)): which one is meant is not said, so the statement holds when the resolution gives any of
    them the verb (or a decision above it); else R202 names each holder with what the resolution does with it. Before,
    the first holder the mandates ranked stood for the title: "A/RES/72/244 decides the Presidents of the
    Intergovernmental Conference ... (paragraph 17)", as if the note had meant them."""
    prepared = a.prepared
    rows = [x for xs in holders.values() for x in xs]
    paras = sorted({x.paragraph for x in rows}, key=prepared.order.index)
    it = r.item("verb", m.start(), end, resolution=a.doc, paragraphs=[], cited=prepared.hover(paras))
    if said is None or any(x.kind == "mandate" and _same_verb(said, x.verb) for x in rows) or any(
            _same_verb(said, v) for v in _decided_above(prepared, paras)):
        return it
    parts = []
    for xs in holders.values():
        asked = [x for x in xs if x.kind == "mandate" and x.verb]
        shown = xs[0] if not asked else asked[0]
        what = asked[0].verb if asked else "names"
        where = paragraphs_named(sorted({x.paragraph for x in (asked or xs)}, key=prepared.order.index))
        parts.append(f"{what} {_as_written(prepared, shown)} ({where})")
    head = re.sub(r"^the\s+", "", written, flags=re.IGNORECASE)
    shown = and_list(parts[:4]) if len(parts) <= 4 else ", ".join(parts[:4]) + " and others"  # as R203 lists them
    r.finding(it, m.start(), "R202", f"{printed_symbol(a.doc)} names more than one {head} and "
              f"\"{said}\" none of them: it {shown}; the note says \"{m.group(0)}\"", citation=a.phrase,
              resolution=a.doc, paragraph=cited_list(paras))
    return it


def _as_written(prepared, x) -> str:
    """An addressee named with the article its paragraph gives it: "the Secretary-General", "the regional
    commissions", "Member States" (A/RES/71/280, paras. 22, 22 (a) and 22 (b): "Calls upon the Secretary-General",
    "Requests the regional economic commissions", "Invites Member States"): the actor's name, "the" before it when
    the addressee as the paragraph writes it (its ``actor_as_written``) opens with "the" or has "the" right before
    it. Before, R203 named the actor table's name bare: "does not address Secretary-General"."""
    written = x.actor_as_written or x.actor
    if re.match(r"\(?the\s", written, re.IGNORECASE):  # "(the General Assembly itself)": a decision's actor
        return f"the {x.actor}"
    text = prepared.paragraphs[x.paragraph].text if x.paragraph in prepared.paragraphs else ""
    the = re.search(r"\bthe\s+" + r"\s+".join(map(re.escape, written.split())) + r"(?!\w)", text, re.IGNORECASE)
    return f"the {x.actor}" if the else x.actor


# a paragraph or its chapeau in the first person: a commitment of the text's signatories ("We commit to ...",
# "To realize this commitment, we will draw from the following actions:", A/RES/73/195, annex, para. 23)
_WE = re.compile(r"[^.;:]*\b[Ww]e\b[^.;:]*[.;:]?")


def _first_person(prepared, labels: list[str]) -> str:
    """ ": it is in the first person (“To realize this commitment, we will draw from the following actions:”)"
    when a cited paragraph, or a chapeau above it, speaks as "we" (a declaration's or a compact's commitment, which
    asks no one: A/RES/73/195, annex, para. 23 (a), "Review relevant policies ..." under "we will draw from the
    following actions:"); "" else."""
    for lab in labels:
        while lab in prepared.paragraphs:
            said = [m.group(0).strip() for m in _WE.finditer(prepared.paragraphs[lab].text)]
            if said:  # the last such sentence: the one that leads to the items
                who = "it is" if lab in labels else "its chapeau is"
                return f": {who} in the first person (“{short(said[-1], 90)}”)"
            lab = lab.rpartition(" (")[0]
    return ""


_RESTRICTIVE_ARE = re.compile(r"\s+(?:that|which|who)\s+are\s+(?=\w)", re.IGNORECASE)


def _short_name_of(before: str, prepared, phrase: str) -> str | None:
    """The body a note's phrase names as a short name: one of the cited resolution's actors (its mandates' and
    mentions'), matched by the phrase's words as ``mandates --actor`` matches a query
    (:func:`resparse.mandates.queries.full_name_keys`: the one actor the rows write so, "the Advisory Committee" of
    A/RES/78/257, para. 22, the Advisory Committee on Administrative and Budgetary Questions; else the one whose name
    holds the phrase's words and its head, "the Conference" of 72/244 its Intergovernmental Conference; an office's
    title, every holder of it), or the full name the note wrote before it (``before``, the note's text up to the
    phrase, read by the one rule of short names, :func:`resparse.names.full_name`) when that is one of them, or
    when the resolution has not exactly one. None for a phrase of the table or none of these. Never a name the
    resolution merely holds somewhere: "the President" of a note on A/RES/72/244 was "the President of the European
    Commission" (its annex's rule 3, the last such name in its text, whom it addresses nowhere), so R203 said
    paragraph 4 did not address him."""
    if not re.match(r"(?:the\s+)?[A-Z]", phrase) or table().resolve(phrase).known:
        return None
    rows = [(x.actor_key, x.actor_as_written) for x in prepared.mandates]
    keys = full_name_keys(phrase, {k for k, _ in rows}, written_short(phrase, rows))
    noted = full_name(phrase, before)
    if noted is not None and (actor_key(noted) in keys or len(keys) != 1):
        return noted
    if len(keys) == 1:
        k = next(iter(keys))
        return next(x.actor for x in prepared.mandates if x.actor_key == k)
    return None


def _named_actor(phrase: str) -> bool:
    """Is a note's phrase an office-holder named by the office ("the President", "the Special Rapporteur", "the High
    Commissioner": capitalised, its head one of ``actors.txt`` [persons]), so that a paragraph that does not address
    one is R203, as for a name of the table ("Resolution 72/244 requests the President ...": before, the President of
    the European Commission; without it, no finding, as 72/244 requests the Secretary-General)? A body or a name
    the table holds keeps the verb alone compared (R202: "the resolution urged the United Nations ...")."""
    return (re.match(r"(?:the\s+)?[A-Z]", phrase) is not None and not table().resolve(phrase).known
            and _person(re.sub(r"^the\s+", "", phrase)))


def _blocks(r: Reading, at: int) -> str:
    """The note's text before ``at`` with its blocks ended by a full stop, as the readers of a resolution join its
    paragraphs (".\n", :func:`resparse.names.full_name`): a name in a heading ("Note on the Office of the United Nations
    High Commissioner for Refugees") does not run on into the block after it ("Resolution 80/187 addresses ...").
    Blocks: the paragraphs of a Word note; the runs of lines between blank lines of a text note."""
    return _blocked(r.text, r.note.kind == "docx")[:at]


@lru_cache(maxsize=2)
def _blocked(text: str, paragraphs: bool) -> str:
    """``text`` with a full stop for the line break that ends each block (every line break of ``paragraphs``, a Word
    note's), of the same length (an offset of the note is one of it): read once per note, not once per verb."""
    if paragraphs:
        return text.replace("\n", ".")
    return _BLANK_LINE.sub(lambda m: "." + m.group()[1:], text)


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _apposed(phrase: str) -> str:
    """An addressee with a restrictive relative "that are" before a noun, as the noun set beside the head: "States
    that are parties to the 1951 Convention ..." (A/RES/79/156, para. 5) -> "States parties to the 1951 Convention
    ...", whose qualifier cut (:func:`resparse.mandates.actors.cut_qualifiers`) leaves "States parties to the 1951
    Convention ...", States parties (:func:`_parties_keys`): the same addressees ("States that are not parties to
    ..." -> "States not parties"). The first such relative only."""
    return _RESTRICTIVE_ARE.sub(" ", phrase, count=1)


def _parties_keys(k: str) -> tuple[str, ...]:
    """An addressee's key and, for parties named with what they are parties to, theirs without it: "state party to
    the 1951 convention ..." is also "state party" (``AliasTable.without_treaty``)."""
    return (k, without) if (without := table().without_treaty(k)) else (k,)


def _decided_above(prepared, labels: list[str]) -> set[str]:
    """The decision verbs ("decides", "resolves") of the chapeaus above ``labels``: a sub-paragraph of a chapeau
    that ends in a decision ("We decide to:", "Decides:", "Decides that the Conference shall:") is the Assembly's
    decision too, whatever verb it carries itself, so a note may name either: "(b) ..., and encourage the Commission
    to consult with civil society" under "72. ... We decide to:" (A/RES/79/1, adopted text) "decides to encourage"
    the Commission (the mandates read the item's own verb, "encourages", and the chapeau's as its context). The
    chapeau's verb is read as the mandates read it (:func:`resparse.mandates.clauses.clauses`: first-person forms
    of declarations, "We decide", mapped to the Assembly's verbs by data/operative_verbs.txt, [first person]).
    Only a decision: under "Requests the Secretary-General to:" an item's "and invites X" does not request X."""
    out = set()
    for lab in labels:
        parent = lab.rpartition(" (")[0]
        while parent in prepared.paragraphs and lab in prepared.children.get(parent, ()):
            p = prepared.paragraphs[parent]
            cs = mandate_clauses(p) if p.text.rstrip().endswith(":") else []
            if cs and cs[-1].verb is not None and cs[-1].verb.cls == "decide":
                out.add(cs[-1].verb.name)
            elif p.text.rstrip().endswith(":") and (stated := stated_decision(p.text)) is not None:
                # a decision the chapeau states as a noun: "Reaffirms its decision that the Intergovernmental
                # Conference: ... (b) Shall result in ... and that the outcome shall be transmitted by the President
                # of the General Assembly ..." (A/RES/72/244, para. 6): a note's "paragraph 6 (b) decides that the
                # outcome shall be transmitted ..." was R202 "addresses no one and never "decides""
                out.add(stated)
            lab, parent = parent, parent.rpartition(" (")[0]
    return out


def _named_in(prepared, labels: list[str], actor: str) -> bool:
    """Does the text of one of ``labels`` (or their sub-paragraphs) name ``actor`` (by the actor table's key)?"""
    k = actor_key(actor)
    return any(actor_key(h.name) == k for top in labels for lab in prepared.subtree(top)
               for h in scan_actors(prepared.paragraphs[lab].text))


def _written_in(prepared, labels: list[str], name: str) -> bool:
    """Does the text of one of ``labels`` (or their sub-paragraphs) write ``name`` (its words, in any case: "the
    Conference", "United Nations Conference to Support the Implementation of Sustainable Development Goal 14")?"""
    words = [w.lower() for w in _words(name)]
    if not words:
        return False
    wanted = " " + " ".join(words) + " "
    return any(wanted in prepared.texts[lab].padded for top in labels for lab in prepared.subtree(top))


def _uses_verb(prepared, labels: list[str], said: str | None) -> bool:
    """Does the text of one of ``labels`` use the verb ``said`` ("invites"), in the third or the first person?"""
    if said is None:
        return False
    first = [f for f, third in mandates_mod.verbs().first_person.items() if third == said]
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in [said, *first]) + r")\b", re.IGNORECASE)
    return any(pattern.search(prepared.paragraphs[lab].text) for top in labels for lab in prepared.subtree(top))


def operative_verb(text: str, start: int, end: int) -> re.Match | None:
    """The first form of an operative verb of the verb table ("requests", "calls upon") in ``text[start:end]``, as
    a whole word; None when there is none."""
    return _verb_regex().search(text, start, end)


@lru_cache(maxsize=1)
def _verb_regex() -> re.Pattern:
    forms = sorted({f for name in mandates_mod.verbs().table for f in _verb_forms(name)}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=None)
def _verb_forms(name: str) -> list[str]:
    """The forms a note writes a verb of the verb table in (:func:`resparse.mandates.verbs.forms`: "requests",
    "requested"), and its plural, for paragraphs as the subject ("Paragraphs 3 and 4 request", "call upon")."""
    return list(dict.fromkeys([*_table_forms(name), _plural(name)]))


def _plural(name: str) -> str:
    """A verb of the verb table in the plural: "requests" -> "request", "calls upon" -> "call upon", "does" -> "do"
    (:func:`resparse.mandates.verbs.operative_forms`)."""
    head, _, rest = name.partition(" ")
    return f"{'do' if head == 'does' else operative_forms(head)[1]} {rest}".strip()


def _agreeing(verb: str, labels: list[str]) -> str:
    """A verb of a message whose subject is the paragraphs ``labels`` (:func:`.text.where`): the third person for
    one paragraph or the resolution ("requests", "calls upon", "does"), the plural for more ("paragraphs 3 and 4
    ... request", "call upon", "do": :func:`resparse.mandates.verbs.operative_forms`)."""
    return verb if len(labels) <= 1 else _plural(verb)


def _verb_name(written: str) -> str | None:
    low = re.sub(r"\s+", " ", written.lower())
    for name in mandates_mod.verbs().table:
        if low in _verb_forms(name):
            return name
    return None


def _same_verb(a: str | None, b: str | None) -> bool:
    """Same verb, or the same verb in other words ("calls on" / "calls upon": same force and class)."""
    if a is None or b is None:
        return False
    table = mandates_mod.verbs().table
    va, vb = table.get(a), table.get(b)
    return a == b or (va is not None and vb is not None and (va.force, va.cls) == (vb.force, vb.cls))
