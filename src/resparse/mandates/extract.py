"""The extraction: the passes over a resolution's paragraphs that give its mandates and mentions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial

from .. import data
from ..names import _THE, fold, full_name, name_head, short_forms, singular, within
from ..model import Deadline, Mandate, Paragraph, Resolution
from ..months import MONTH_NAMES
from . import deadlines, reports
from .actors import (
    Actor,
    Hit,
    Recent,
    Scanner,
    _depth_positions,
    as_numbered,
    class_before_whole,
    cut_qualifiers,
    in_title,
    key,
    key_tokens,
    name_as_modifier,
    named_class,
    office_of,
    scan,
    table,
)
from .addressees import (_BACK, _PERSONS, Antecedents, Named, _name, _proper, actor_phrases, names, names_sharing_head,
                         organ_of_state, read_clause, that_clause)
from .clauses import (
    _MODAL,
    DECISION_PARTS,
    OBJECT_MEANS,
    Clause,
    addressed_subjects,
    after_parentheses,
    agent_only,
    another_act,
    asked_by,
    asked_for,
    asked_from,
    by_agents,
    clauses,
    decided,
    gerund_clauses,
    infinitive,
    infinitive_verb,
    item_opening,
    means_chapeau,
    means_verb,
    owned_subjunctive,
    passives,
    subject_parentheses,
    subjunctive,
    subjunctive_without_that,
)
from .attachment import rule
from .verbs import force_of, verb_of, verbs, without_that

# ---------------------------------------------------------------- the extraction


@dataclass
class _Context:
    """What a chapeau passes to its sub-paragraphs."""

    kind: str  # "address" | "decide" | "verb" (the verb alone: "Urges: (a) All States to report ...")
    clause: Clause
    label: str
    actors: list[Named] = field(default_factory=list)
    subject: str = ""  # "Decides that the conference:" -> "the conference"
    modal: str = ""  # "Decides that the Conference shall:" -> "shall" (its items open with the verb)
    deadline: Deadline | None = None
    infinitive: bool = False  # "We request the Secretary-General to:": each sub-paragraph is the action
    gerunds: bool = False  # "... to support and protect all victims by:": "(d) Ensuring that ..." is an action too
    before: list["_Context"] = field(default_factory=list)  # "Also urges A and encourages B ... by:": urges A too
    joined_to_next: bool = False  # its action is the next clause's ("Also urges A and encourages B ..., to ...")
    as_follows: bool = False  # "Decides that the arrangements will be as follows:": only an item with a modal decides
    objects: bool = False  # "... to support ... States ... by providing:": each item is what the means gives


# "Notes the work of X, Y and Z, and invites them", "Welcomes the cooperation established between X and Y, ... and
# encourages them", "takes note with appreciation of the work done by X ..., and calls upon it" (A/RES/78/167, para.
# 18), "for the political support provided by Member States, as well as for the financial contributions made by ...
# organizations, ..., and encourages them" (A/RES/78/57, para. 3), "Takes note of the report of the Secretary-General,
# and requests that he submit ..." (A/RES/79/191, para. 60): the actors named in the object are the antecedents of
# the pronoun, the work (also with another noun: "Commends the practical initiatives and actions by relevant United
# Nations bodies, including ..., and encourages them", A/RES/78/277, para. 5), its participle and preposition are not
_OBJECT_OF = re.compile(
    r"(^|,?\s+as\s+well\s+as\s+)(?:(?:of|for|to)\s+)?(?:the\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?:work|efforts?|role|activities|contributions?|initiatives?|(?P<joint>cooperation|coordination|collaboration"
    r"|partnership|dialogue|contacts)|support|leadership|commitment|assistance|reports?|readiness|willingness|progress"
    # "Strengthen ..., as well as strengthen the capacity of local authorities, and encourage them" (A/RES/78/4, annex,
    # para. 103): whose capacity is strengthened, they are encouraged
    r"|capacity|capacities)"
    r"(?:\s+and\s+[a-z]+)?"
    # a topic in lower case between the work and its participle: "the efforts and actions on financial inclusion for
    # sustainable development undertaken by a wide range of stakeholders" (A/RES/78/139, para. 12; 80/125, para. 17)
    r"(?:(?:\s+(?:on|for|in|towards?)\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,7}?)?"
    r"\s+(?:[a-z]+ed|made|done|undertaken|given|taken|led|played|shown|carried\s+out))?\s+(?:of|by|between|among)\s+"
)
# the partner of a joint work named after "with": "Welcomes the coordination of the Unit with the Board of Auditors and
# the Office of Internal Oversight Services of the Secretariat, and encourages those bodies to continue to share
# experiences ..." (A/RES/78/276, para. 6; 79/281, para. 7): the Unit, the Board and the Office work together, each
# an antecedent as in "the cooperation established between X and Y"
_JOINT_WITH = re.compile(r"\s+with\s+(?=the\s|[A-Z])")
# a joint work named by the work before: "Recognizes the valuable role of international cooperation with Member States
# and other relevant stakeholders, and encourages them to continue to support ..." (A/RES/80/134, para. 10; 78/145,
# para. 10): the partners of the cooperation, after "with"
_JOINT_OF_WORK = re.compile(r"^(?:[a-z-]+\s+){0,2}?(?:cooperation|coordination|collaboration|partnership|dialogue)"
                            r"\s+with\s+(?=the\s|all\s|other\s|relevant\s|[A-Z])")
# "Stresses the importance of engaging Indigenous Peoples and local communities, women, youth, civil society, ... and
# invites them to align their practices ..." (A/RES/80/140, para. 46): the object of the gerund names the antecedents,
# the importance or need of the act does not; nor of an infinitive: "Stresses the need to strengthen the commitment of
# States and the entities of the United Nations system to mainstream ..., and encourages them" (A/RES/78/189, para. 26;
# 79/159, para. 27; 80/191, para. 27: the commitment's actors, ``_OBJECT_OF``)
_GERUND_OF = re.compile(r"^(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:importance|need|necessity|value)\s+(?:of\s+(?:[a-z]+ly\s+)?"
                        r"(?:[a-z]+ing)|to\s+(?:[a-z]+ly\s+)?[a-z]+)\s+(?=the\s|all\s|other\s|relevant\s|[A-Z])")
# "Expresses its appreciation to the Advisory Commission of the Agency, and requests it" (A/RES/78/73, para. 10);
# "Reiterates its appreciation for the efforts of the Government of Lebanon and those of Member States, ..., and
# encourages Member States and the above-mentioned entities" (A/RES/79/200, para. 6): what it is for, its object
_APPRECIATION = re.compile(
    r"^(?:(?:its|their)\s+(?:[a-z]+\s+)?(?:appreciation|gratitude|thanks)\s+(?:to|for)|to)\s+"
    r"(?=the\s|those\s|all\s|[A-Z])")


@lru_cache(maxsize=1)
def _addressed_noun() -> re.Pattern:
    """A mandate stated as a noun at the head of a clause's object, up to its addressee: "Recalls the appeals to all
    Member States to continue ..., and strongly encourages them to unearmark ..." (A/RES/79/73, para. 5), "Recalls
    its request to the Secretary-General ..., and requests him": the appeal or request is recalled, no mandate
    (tests/labels/GUIDELINE.md), but its addressees are those a pronoun after it stands for (the twelfth sample, n
    25). The nouns of ``operative_verbs.txt`` [nouns] that ask an addressee (not a decision), after a determiner and
    at most one adjective, then "to", "upon" or "on" (a noun that holds its preposition, "call upon", as written);
    never another's ("the request of the Human Rights Council")."""
    v = verbs()
    asking = [n for n, name in v.nouns.items() if v.table[name].cls == "address"]
    bare = [n for n in asking if not n.endswith((" upon", " on"))]
    return re.compile(rf"^(?:the|its|their|our)\s+(?:[a-z]+\s+)??(?:(?:{v.pattern(bare)})\s+(?:made\s+)?(?:to|upon|on)"
                      rf"|(?:{v.pattern([n for n in asking if n not in bare])}))\s+(?=the\s|all\s|those\s|[A-Z])")


# the work named by a relative clause whose subject is the actors: "Welcomes the contribution that national human rights
# institutions compliant with the Paris Principles have made to the promotion and protection of human rights, ...,
# and encourages them to continue to do so" (A/RES/80/214, para. 4): the institutions, up to the verb
_WORK_THAT = re.compile(
    r"^(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:work|efforts?|role|contributions?|progress|support)\s+that\s+(?P<actors>.+?)"
    r"\s+(?:have|has)\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|made|done|undertaken|given|taken|led|played|shown)\b")

_SENTENCE = re.compile(r"\.\s+(?=[A-Z])")
_GERUND_OBJECT = re.compile(r"\s*[a-z]+ing\s")  # "Encourages strengthening the lending capacity of ..." 
_SENTENCE_START = re.compile(r"[.;:]\s+(?=[A-Z])")  # where a sentence or a clause set off by a semicolon starts
_WE_VERB = re.compile(r"^We\s+(?:(?:also|further|therefore)\s+)?[a-z]+\s+")
# "Commends the Mediterranean countries for their efforts ..., encourages them" (A/RES/78/65, para. 3): what the
# actors are commended for is no part of the list
_FOR_THEIR = re.compile(r",?\s+for\s+(?:their|its|his|her)\b")


def _object_list(body: str, verb: str = "") -> str:
    """The part of a clause's object that may name the antecedents of a pronoun in the next clause: without the
    work it names them by ("the work done by X"), the thanks ("its appreciation to X"), a mandate noun recalled ("the
    appeals to X", :func:`_addressed_noun`), what they are thanked for ("X for their efforts") and the action ("the
    efforts of X and Y to enhance ..."); "those States that ..." are States. ``verb``: the clause's verb as written
    ("Strengthen", "We also acknowledge"); the object after its repetition is the nearest (``_repeated``)."""
    sentences = _SENTENCE.split(body.strip())  # "We call for X. We emphasize the role played by Y, and call upon
    text = _WE_VERB.sub("", sentences[-1]) if len(sentences) > 1 else body.strip()  # them": the nearest, Y
    again = _repeated(verb, text)
    text = text[again:] if again is not None else text
    text = _addressed_noun().sub("", _APPRECIATION.sub("", _GERUND_OF.sub("", text)))
    joint = _OBJECT_OF.match(text)
    text = _OBJECT_OF.sub(r"\1", text)
    made = _WORK_THAT.match(text)
    text = made.group("actors") if made else text
    if joint and joint.group("joint"):
        text = _JOINT_WITH.sub(", ", text, count=1)
    text = _JOINT_OF_WORK.sub("", text) if joint else text
    text = rule("and_those_of").sub(", ", text)  # "the efforts of the Government of Lebanon and those of Member
    # States, ...": "those of" repeats the work before, the actors after it are the list's (grammar/attachment.lark)
    at = infinitive(text)  # never a "to" inside a name of the table (``clauses.infinitive``): "the Special Rapporteur
    # of the Human Rights Council on the human rights to safe drinking water and sanitation" whole (A/RES/78/206 3)
    text = text[:at] if at is not None else text
    m = _FOR_THEIR.search(text)
    text = text[: m.start()] if m else text
    return re.sub(r"^those\s+(?=[A-Z])", "", text)


def _object_actors(text: str, recent) -> list[Named]:
    """The antecedents a clause that mandates nobody names: the actors of its object (``_object_list``) that are
    actors by the table (an entry, or an actor's head), not a treaty's name cut from its list ("the treaties of
    Tlatelolco, Rarotonga, Bangkok and Pelindaba") nor an action ("to prosecute crimes")."""
    t = table()
    out: dict[str, Named] = {}  # one each: "for the support provided by Member States, as well as for the
    for n in actor_phrases(text, [], recent):  # contributions made by Member States and ..."
        if n.actor.key not in t.by_key:
            n = _name_first(n)
        if (n.actor.key in t.by_key or t.is_actor_like(cut_qualifiers(n.written))
                or ("," not in n.written and _proper(n.written)) or n.written.split()[-1] in _PERSONS):
            out.setdefault(n.actor.key, n)
    return list(out.values())


def _repeated(verb: str, text: str) -> int | None:
    """Where the object of a clause's verb repeated after a coordinator starts in ``text`` (the clause's body), the
    last such place; None where the verb is not repeated. A second object of the same verb is the one nearest a
    pronoun after it, as the object of a later sentence is: "Strengthen the capacity of national government
    authorities to exercise strategic leadership ..., as well as strengthen the capacity of local authorities, and
    encourage them to engage with their respective communities" (A/RES/78/4, annex, para. 103: them, the local
    authorities). ``verb``: the clause's verb as written, its lead ("and", "we") and adverbs ignored."""
    words = [w for w in re.findall(r"[A-Za-z-]+", verb.lower())
             if w not in ("and", "we") and w not in verbs().adverbs]
    if not words:
        return None
    found = None
    for m in re.finditer(rf"(?:,\s*|\s)(?:and|as\s+well\s+as)\s+(?:also\s+)?{re.escape(' '.join(words))}\s", text):
        found = m.end()
    return found


def _antecedents_of(body: str, recent, verb: str = "") -> list[Named]:
    """The antecedents a clause that mandates nobody names (``_object_actors`` of its ``_object_list``), else, where
    the object is a thing done by an actor, the agent its "by" names: "Welcomes the use of the Guiding Principles on
    Internal Displacement by the Special Rapporteur in her dialogue with Governments, ..., and requests her to
    continue ..." (A/RES/80/211 and 78/205, para. 7: the Special Rapporteur, ``clauses.by_agents``), else the body
    that ends the object (:func:`_named_last`), else the subject of a "that"-clause object (:func:`_that_subject`).
    ``verb``: the clause's verb as written (:func:`_object_list`)."""
    listed = _object_list(body, verb)
    return (_object_actors(listed, recent) or by_agents(listed, recent) or _named_last(listed, recent)
            or _that_subject(listed, recent))


_THAT_OBJECT = re.compile(r"that\s+(?=the\s|all\s|[A-Z])")


def _that_subject(text: str, recent) -> list[Named]:
    """The actors of the subject of a "that"-clause object, up to its verb (``clauses.subjunctive``, which finds the
    shortest actor phrase before a verb whatever its mood): "Recognizes that the Office of Intergovernmental Support
    and Coordination for Sustainable Development in the Department of Economic and Social Affairs of the Secretariat
    plays a valuable role as focal point within the Secretariat on the issue, and encourages it to continue to interact
    ..." (A/RES/78/129, para. 22): the Office, what the clause is about, not a body named after it inside the
    predicate; [] when the object is no such clause or its subject names no actor."""
    m = _THAT_OBJECT.match(text)
    found = subjunctive(text[m.end():]) if m else []
    return _object_actors(found[0][0], recent) if found else []


# a body named by its short name ("the Committee"), then the "and" (and its "of") that coordinates it with the body
# after it, as complements of one head: "the reports of the Committee and of the Subcommittee on ..."
_SHORT_AND = re.compile(r"\b(?:of|by|to)\s+the\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+and\s+(?:of\s+|by\s+)?(?:the\s+)?$")


def _named_last(text: str, recent=None) -> list[Named]:
    """The body of the alias table that ends a clause's object as the complement of its head ("of", "by" or "to" and
    the name, no other name after it), as a list of one; []: the antecedent of a pronoun where the object names it
    after a noun of another kind ("Acknowledges the guidance and leadership role of the Human Rights Council, and
    encourages it to continue ...", A/RES/78/234, para. 47; "Expresses its satisfaction to the Secretary-General for
    his support ..., and requests him to continue ...", A/RES/78/59, para. 34, the "for his" cut by
    ``_object_list``); not a name inside another's ("the Special Advocate of the Secretary-General for Inclusive
    Finance ..., and the Group of 20 ...", A/RES/78/139, para. 12) nor after another preposition ("as focal point
    within the Secretariat", A/RES/78/129, para. 22). The pronoun takes it where it agrees (``addressees.Antecedents``:
    "them" never one body)."""
    hits = scan(text)
    if not hits:
        return []
    h = hits[-1]
    if (not re.search(r"\b(?:of|by|to)\s+(?:the\s+)?$", text[: h.start]) or re.search(r"[A-Z]", text[h.end :])
            or _depth_positions(text)[h.start]):
        return []
    last = [Named(text[h.start : h.end], Actor(h.name, h.key, True))]
    # a body named before it by its short name, coordinated with it as a complement of the one head: "the work and the
    # reports of the Committee and of the Subcommittee on Prevention of Torture ..." (A/RES/80/198, para. 42: the
    # Committee against Torture named in full paragraphs before, and the Subcommittee)
    short = _SHORT_AND.search(text, 0, h.start) if recent is not None else None
    full = recent.full_name(short.group(1)) if short else None
    actor = table().resolve(full) if full else None
    if actor is not None and actor.known and actor.key != h.key:
        return [Named(short.group(1), actor), *last]
    return last


# a capitalised name, then a complement in lower case: "the Residual Special Court on cost-efficiency measures"
_NAME_THEN_TOPIC = re.compile(r"((?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+(?:on|for|in|of|to)(?:\s+[a-z][\w-]*)+$")
_COMPLEMENT_NEXT = re.compile(r"\s+(?:on|for|in|to|at)\s")  # not "of": "States members of the ... System"


def _name_first(n: Named) -> Named:
    """An object's actor named first, without the rest of its phrase: a name of the table at the start ("the United
    Nations Industrial Development Organization for the New Partnership for Africa's Development": the support of
    UNIDO for NEPAD), or the capitalised words before a lower-case complement ("the efforts made by the Residual
    Special Court on cost-efficiency measures": the Court, A/RES/78/253, section III, para. 9)."""
    lead = len(n.written) - len(_ARTICLE_LEAD.sub("", n.written))
    hit = next((h for h in scan(n.written) if h.start <= lead), None)
    if hit is not None and _COMPLEMENT_NEXT.match(n.written, hit.end):
        return Named(n.written[: hit.end], table().resolve(hit.name), n.via, n.part_of)
    m = _NAME_THEN_TOPIC.match(n.written)
    return Named(m.group(1), table().resolve(m.group(1)), n.via, n.part_of) if m else n


_ARTICLE_LEAD = re.compile(r"^(?:the|all|its|their)\s+", re.IGNORECASE)


_FIRST_PERSON = re.compile(r"\s*We\s")  # a declaration's paragraph in the first person, as ``clauses.clauses`` reads it
_AS_FOLLOWS = re.compile(r"\b(?:shall|will|should)\s+be\s+as\s+follows\s*:\s*$")
_POSSESSIVE = re.compile(r"(?:their|its|his|her)\b")
_FOLLOWING = re.compile(r"\bthe\s+following\b[^:;]*:")


class _Extractor:
    def __init__(self, res: Resolution, also: tuple[str, ...] = (), states: bool = False):
        self.res = res
        self.whole = res  # the text whose words the mentions are found in (:func:`extract`: also its quoted lines)
        self.states = states
        self.out: list[Mandate] = []
        labelled = [(p.label, p.text) for p in res.walk()]
        self.periods = deadlines.named_periods(labelled)
        year = re.search(r"\d{4}", res.date or "")
        self.year = year.group(0) if year else None
        adopted = deadlines.date_points(res.date or "")
        self.adopted = adopted[0][0] if adopted else None  # "22 May 2019" -> "2019-05-22"
        # the events it dates, to come ("the Conference ... would be held ... from 18 to 21 June 2024"), as periods
        self.periods.update(deadlines.named_events(labelled, self.adopted))
        # the texts it adopts itself ("Adopts the United Nations Convention against Cybercrime", A/RES/79/243 2): a span
        # "after the adoption of the Convention" counts from its adoption
        self.periods.update(deadlines.adopted_texts(labelled, self.adopted))
        self.also = also
        self._clauses: dict[int, list[Clause]] = {}
        self._chapeaux: dict[int, Paragraph] = {}  # an item's chapeau, by the item's id (read as the tree is walked)
        self._reports: dict[tuple[str, int, str], tuple[list[Deadline], list]] = {}
        self._examined: dict[str, list[Deadline]] = {}  # a session examined (reports.examined_at) -> its deadlines
        # ``deadlines.find`` of each text read, as found (copied for each caller, who may change them): a clause's
        # action, its body and its paragraph are read again for each actor and each verb (one in five calls a text
        # read before, over the corpus); ``periods`` and ``adopted`` are the resolution's, fixed
        self._found: dict[str, tuple[Deadline, ...]] = {}
        # actors named so far in the resolution, for "the Office", "the Centre"; with the title, for a short name
        self.recent = Recent(res.title or "")
        self.own_content = own_content_annexes(res)  # annexed instruments: what they ask is no mandate
        self.addressed: list[Named] = []  # the addressees of the last clause that named some in the paragraph read
        self.before: list[Named] = []  # ``addressed`` of the paragraph before the one being read
        # the last dated session the clauses read so far in the paragraph name: the time of "at that session" in a
        # later clause (``deadlines.refers_back``; set by :meth:`clauses`)
        self.session_before: Deadline | None = None

    def clauses_of(self, p: Paragraph) -> list[Clause]:
        """The clauses of a paragraph, cut once (the mandate and the mention passes both read them)."""
        if id(p) not in self._clauses:
            self._clauses[id(p)] = clauses(p)
        return self._clauses[id(p)]

    # -- deadlines
    def deadlines(self, text: str, exclude: list[tuple[int, int]] = ()) -> list[Deadline]:
        """Every deadline of ``text`` (spans of ``exclude`` left out), in order; a past date is none: a time or
        period that ends in a year, or a month, before the adoption's ("adopted in 2015") is another act's. A deadline ("by",
        "before") that ends so dates nothing but stays as written, as a past session of another body does
        (``deadlines._another_body``): the text may set it for the mandate though it has passed ("urges the African
        States ... to consider joining the Mechanism process by 2023", A/RES/79/263 35, adopted in January 2025: a
        hand label), or quote another instrument's ("not later than 2015", the Johannesburg Plan's target in the 2023
        A/RES/78/68 6), which this reading does not tell apart; a date in the past is neither's due date."""
        out = []
        blanked = _blank(text, exclude)
        found = self._found.get(blanked)
        if found is None:
            found = self._found[blanked] = tuple(deadlines.find(blanked, self.periods, self.adopted))
        for d in map(replace, found):
            end = d.end or "9999"
            if (self.year and end[:4] < self.year) or (
                    # a time "in", "at" or "between" that ends in a month before the adoption's is past too: "the
                    # resumed Review Conference held in New York ... from 22 to 26 May 2023" in a resolution of
                    # December 2023 (A/RES/78/68 66), "during the high-level week of the eightieth session" in one of
                    # December 2025 (A/RES/80/172 6: a past restriction, its week in September, the session's opening
                    # month, rule 1 of the rules of procedure); a "by" so stays dated ("by March 2017" in A/RES/71/280
                    # of April); a whole session not (its months are the calendar's reckoning, not written:
                    # ``deadlines.session_dates``), only a part of it dated by one month (its opening, its high-level
                    # week)
                    d.type in ("in", "at", "between") and self.adopted and len(end) >= 7 and end[:7] < self.adopted[:7]
                    and ("session" not in d.text or d.start == d.end)):
                if d.type in ("in", "at", "between"):
                    continue
                if d.type in ("by", "before"):
                    d.start = d.end = None
            if d.start is None and self.session_before is not None and deadlines.refers_back(d):
                # "..., and requests the Secretary-General to submit a report ... at that session" (A/RES/80/178 88):
                # the session an earlier clause of the paragraph names
                d.start, d.end = self.session_before.start, self.session_before.end
            out.append(d)
        return out

    def deadline(self, text: str, exclude: list[tuple[int, int]] = ()) -> Deadline | None:
        found = self.deadlines(text, exclude)
        return found[0] if found else None

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
                verb_at=clause.verb_end if clause else None,
                **fields,
            )
        )

    def _title_body(self, head: str) -> str | None:
        """The name of the body with the head noun ``head`` ("Commission") that the resolution's title names ("Report
        of the International Law Commission ...", A/RES/79/121), by the one rule of short names read over the title
        alone (``Recent.full_name`` of its first 0 items); None when the title names none."""
        return self.recent.full_name(f"the {head}", upto=0)

    def reports_of(self, action: str, ds: list[Deadline], default_to: str, actor=None) -> list:
        """``reports.reports_of`` of an action with its deadlines, read once for all the actors of one clause (each
        is given the same action and the same list of deadlines; kept by the list's id, the list held with the
        answer so that its id is no other list's) and the same actor's key (a report named by its author is asked
        of that author only). The Reports are shared by those actors' mandates, as their deadlines are (never
        change one)."""
        k = (action, id(ds), default_to, actor.key if actor is not None else None)
        kept = self._reports.get(k)
        if kept is None:
            kept = self._reports[k] = (ds, reports.reports_of(action, ds, self.adopted, default_to, actor,
                                                              self._short_body))
        return kept[1]

    def _short_body(self, name: str) -> str | None:
        """The body a report's receiver named short stands for ("Unit" in "to report ... to the Unit", A/RES/78/276
        14: the Joint Inspection Unit), read as the same words addressed would be (``addressees._name`` of "the
        <name>" over the actors and texts read so far: the body of that head named before in the paragraph or the
        resolution, else the full name named before, ``resparse.names.full_name``, also one the alias table does not
        hold: "the Conference" of A/RES/79/122 8, the United Nations Conference of Plenipotentiaries on ...); None when
        they name none."""
        named = _name(f"the {name}", [], self.recent)
        return named.actor.name if named is not None else None

    def add(self, p: Paragraph, clause: Clause, named: Named, action: str | None, **kw) -> None:
        self.recent.append(named.actor)
        kw.setdefault("deadline", None)
        kw.setdefault("deadlines", [kw["deadline"]] if kw["deadline"] else [])
        # the actor's own session, "its" session undated (the Assembly's numbering would put it in the past): dated by the
        # actor's calendar where it has one ("Requests the Commission on Crime Prevention and Criminal Justice to give
        # high priority at its thirty-fifth session to ...", A/RES/80/225 11; data/body_sessions.txt)
        own = deadlines.actors_own_sessions(kw["deadlines"], named.actor.name) if kw["deadlines"] else kw["deadlines"]
        if own is not kw["deadlines"]:
            kw["deadlines"], kw["deadline"] = own, own[0]
        # (the words and deadlines of) a report set off before the action, which the action is done in
        text, ds = kw.pop("report_in", None) or (action, kw["deadlines"])
        together = kw.pop("together", ())
        # the Assembly's own decision (its actor unwritten, "(General Assembly)"), not one that binds an actor it names
        own_decision = not kw.get("passive") and clause.verb is not None and clause.verb.cls != "address" \
            and named.written.startswith("(")
        if action and clause.verb and (not kw.get("passive") and (not own_decision or reports.decides_report(action))
                                       or kw.get("passive") and reports.rests_on_report(action, named.actor)):
            # "Requests X to report ...", and a decision that binds an actor: "Decides that the Secretary-General
            # shall report to ..."; not the Assembly's own decisions ("to include the topic 'Report on ...'"), unless
            # one decides what a report holds ("... shall be included in the report on ...", A/RES/78/299 9)
            to = reports.default_receiver(named.actor, text, self._title_body, p.text[: clause.start])
            if to == "General Assembly" and named.via is None and any(
                    o.via is None and o is not named and reports.default_receiver(
                        o.actor, text, self._title_body, p.text[: clause.start]) == reports.NOT_STATED
                    for o in together):
                # one report asked of addressees together, no body named, some of whom report to no body the text
                # names: the report's receiver is not stated for any ("calls on the United Nations and all relevant
                # humanitarian organizations to scale up ... and report on mental health and psychosocial support
                # programmes and funding", A/RES/79/140 69, 78/119 68: one report, not the Assembly's for the United
                # Nations alone)
                to = reports.NOT_STATED
            kw["reports"] = self.reports_of(text, ds, to, named.actor)
            if kw["reports"] and not ds and all(r.to == "General Assembly" and r.when is None for r in kw["reports"]):
                # the reports asked after the Assembly's decision to examine the question at a session, no time of their
                # own: due at that session (``reports.examined_at``; A/RES/78/218 26, the Special Rapporteur's)
                # (or before or after the clause, the item put on the provisional agenda of a session: A/RES/78/331 16,
                # 79/213 6; a recurring report from that session on)
                at = reports.examined_at(p.text[: clause.start]) or reports.examined_after(
                    p.text[clause.start + len(clause.body):])
                timed = self._examined.setdefault(at, [replace(d, text=at) for d in deadlines.find(at)][:1]) if at else []
                if timed:
                    untimed, kw["reports"] = kw["reports"], self.reports_of(text, timed, to, named.actor)
                    if len(untimed) == len(kw["reports"]):  # "annual reports": each from that session on
                        kw["reports"] = [replace(r, every=r.every or u.every) if u.every and r.session is not None
                                         else r for r, u in zip(kw["reports"], untimed)]
                    if kw["deadlines"] is ds:
                        kw["deadline"], kw["deadlines"] = timed[0], timed
            # a time the report's reading dates, undated as a deadline, dated the same: the session of the receiver
            # named in the clause, "its" after other words ("to the Commission on Crime Prevention and Criminal Justice,
            # through its secretariat, for consideration during its thirty-third session", A/RES/78/225 15: May 2024),
            # a channel's short name ("through the Commission at its thirty-third session", 78/223 23), "the subsequent
            # session of the General Assembly" after the first body's time (80/136 22: the eighty-first); one reading
            # of the words, not two dates of them (tests/labels/GUIDELINE.md, the thirty-first session, branch mfix12)
            dated = {r.due.text: r.due for r in kw["reports"] if r.due is not None and r.due.start}
            if any(d.start is None and d.end is None and d.text in dated for d in kw["deadlines"]):
                kw["deadlines"] = [dated[d.text] if d.start is None and d.end is None and d.text in dated else d
                                   for d in kw["deadlines"]]
                kw["deadline"] = kw["deadlines"][0]
            if kw["reports"] and own_decision:
                # the Assembly's own decision of what a report holds, its author unnamed: the report is asked, by no
                # one the text names; the Assembly that decides owes none ("updated information ... shall be included
                # in the report on ..., to be considered by the General Assembly at its seventy-ninth session",
                # A/RES/78/299 9, 78/303 8, 79/311 6; a new-user trial, the thirty-first session, read "General
                # Assembly → General Assembly"). ``Report.author``: "not stated"
                kw["reports"] = [replace(r, author=reports.NOT_STATED) for r in kw["reports"]]
        self.record(
            p,
            "mandate",
            clause,
            actor=as_numbered(named.actor.name, named.written),
            actor_key=named.actor.key,
            actor_as_written=named.written,
            action=_tidy(action) if action else None,
            via=named.via,
            part_of=named.part_of or next(iter(sorted(_part_of(named.actor.key))), None),
            **kw,
        )

    # -- one paragraph
    def paragraph(self, p: Paragraph, ctx: _Context | None) -> None:
        self.recent.named_in(p.text)
        self.before, self.addressed = self.addressed, []  # the paragraph before's addressees, for "those countries"
        if p.annex in self.own_content:  # "Member States are encouraged to ..." in adopted principles (80/119)
            return
        cls = self.clauses_of(p)
        own_ctx = None
        means = means_verb(p.text) if p.opening is None and p.kind == "subparagraph" else None
        if means is not None:
            # an item that names the means of its chapeau by a mandate verb's gerund asks its own addressee, under any
            # chapeau: "Decides to provide sufficient funding ..., as follows: ... (c) By requesting the
            # Secretary-General to explore ..." (A/RES/79/258, section XVIII, para. 3 (c))
            end = len(means.written)
            own = Clause(means.written.strip(), means.verb, end, p.text[end:])
            self.address(p, own, [], Antecedents(), [])
            ctx, cls = None, []
        if ctx is not None and ctx.kind == "verb" and p.opening is None and p.kind == "subparagraph":
            # an item under the verb alone ("Urges: (a) All States to report ..."): the verb's addressees and action,
            # up to a verb of the item's own ("(b) The World Health Organization to urgently support ..., and call
            # upon other relevant specialized agencies, funds and programmes to coordinate ...", A/RES/74/3, annex,
            # para. 31 (b)), whose clauses are read as any paragraph's
            end = p.text.rfind(cls[0].written, 0, cls[0].start) if cls else -1
            own = Clause(ctx.clause.written, ctx.clause.verb, 0, p.text[: end if end > 0 else len(p.text)])
            self.address(p, own, [], Antecedents(), [])
            ctx = None
        # a gerund item of a chapeau that acts "by:" is that chapeau's action, even when its gerund is also an
        # opening phrase ("by, inter alia: ... (b) Encouraging Member States to ...", A/RES/78/181 2)
        handed = ctx is not None and ctx.kind == "address" and ctx.gerunds and _opens(p.text, "gerund")
        if ctx is None and p.opening is None and p.kind == "subparagraph" and not means:
            asked = gerund_clauses(p.text)
            if asked and self._asks_in_own_name(p):
                # an item of a chapeau that asks no one itself asks by its mandate verb's gerund in the Assembly's
                # name: "Reaffirms ... the need to strengthen its fulfilment by: (a) Requesting the Peacebuilding
                # Commission to establish ..." (A/RES/80/11, para. 1), as a participle does inside a numbered
                # operative paragraph ("..., while urging all States to ...": clauses._participle_mandate); in a
                # declaration's, in the name of its "we" ("In this regard, we commit to: (c) Calling upon the
                # multilateral development banks to pay greater attention ...", A/RES/80/5, annex, para. 42)
                cls = self._clauses[id(p)] = list(asked)
        if cls and (ctx is None or p.opening is not None or p.annex is not None) and not handed:
            own_ctx = self.clauses(p, cls)
        elif ctx is not None:
            own_ctx = self.inherit(p, ctx)
            if cls:  # "(b) To consider ..., and requests the Secretary-General to submit ...": its own verbs too
                # whose pronoun stands for the chapeau's addressees: "Urges the Russian Federation: ... (j) To uphold
                # the rights ... of Ukrainian prisoners and detainees ..., and encourages it to respect the United
                # Nations Standard Minimum Rules ..." (A/RES/78/221, para. 7 (j); 79/184, 80/223)
                self.clauses(p, cls, ctx.actors if ctx.kind == "address" else [])
        if cls or p.annex is not None or (ctx is not None and ctx.kind == "decide" and not ctx.subject):
            for subject, verb, action, _, written in addressed_subjects(p.text):
                # "X are encouraged to ...": X is asked to act, as in "encourages X to ..."; the verb as written ("The
                # General Assembly is invited", A/RES/79/233, annex, para. 356: not "are invited")
                c = Clause(written, verb, 0, p.text)
                # "These organizations are invited to participate fully in reviews ..." after "We invite the governing
                # bodies of the United Nations funds and programmes and other multilateral organizations, ..., as well
                # as the World Trade Organization, to contribute ..." (A/RES/79/233, annex, para. 336): the subject
                # refers back to the addressees of the paragraph's clauses, as an object does (``names``)
                found = actor_phrases(subject, self.addressed, self.recent)
                ds = self.deadlines(action) if found else []
                for named in found:
                    self.add(p, c, named, action, deadline=ds[0] if ds else None, deadlines=ds)
        for child in p.children:
            self._chapeaux[id(child)] = p
            self.paragraph(child, own_ctx)

    def _asks_in_own_name(self, p: Paragraph) -> bool:
        """Does an item's gerund of a mandate verb ask in the Assembly's name (``clauses.gerund_clauses``)? Its
        chapeaux, up to a numbered operative paragraph of the resolution's own (not a recital's items), end with a
        colon whose sentence the items go on, and name no other's act that the items spell out
        (``clauses.another_act``: "Welcomes the decision by the Commission ...: (e) requesting ..." reports the
        Commission's request). In an annexed declaration (its own mandates, not an instrument it adopts:
        ``own_content_annexes``) the paragraph is one of the first person ("We welcome ... In this regard, we commit
        to: (c) Calling upon the multilateral development banks to ...", A/RES/80/5, annex, para. 42): the items ask
        in the name of its "we", as its first-person verbs and participles do (``clauses.clauses``; tests/labels/
        GUIDELINE.md: a declaration's "We call upon ..." is a mandate)."""
        chapeau = self._chapeaux.get(id(p))
        while chapeau is not None:
            # the sentence the items go on: "We welcome the ambitious package ..., in which we committed to ... In this
            # regard, we commit to:" (A/RES/80/5, annex, para. 42) names no other's act in it
            if not chapeau.text.rstrip().endswith(":") or another_act(_SENTENCE.split(chapeau.text)[-1]):
                return False
            if chapeau.kind == "operative":
                return chapeau.annex is None
            if chapeau.annex is not None and chapeau.kind != "subparagraph":
                return _FIRST_PERSON.match(chapeau.text) is not None
            if chapeau.kind != "subparagraph":
                return False
            chapeau = self._chapeaux.get(id(chapeau))
        return False

    def clauses(self, p: Paragraph, cls: list[Clause], chapeau: list[Named] = ()) -> _Context | None:
        """The mandates of a paragraph's clauses; ``chapeau``: the addressees of the chapeau an item goes on, the
        antecedents of a pronoun before any clause of the item names some."""
        ctx = None
        previous = Antecedents()
        previous.paragraph_before = self.before
        if chapeau:
            previous.set_if_any(lambda: list(chapeau))
        self.session_before = None
        for i, c in enumerate(cls):
            if i:
                previous.said(cls[i - 1].body)  # the text before this clause, for "those organizations" (``partners``)
                if "session" in cls[i - 1].body:  # a deadline's text is the body's: none names a session without it
                    self.session_before = next((d for d in reversed(self.deadlines(cls[i - 1].body))
                                                if d.start and "session" in d.text), self.session_before)
            if (c.verb is None or c.verb.cls != "address") and i + 1 < len(cls):
                # "Notes the work of X, Y and Z ..., and invites them to ...": the antecedents of a pronoun, read
                # if a later clause asks (its object list too: most clauses are never asked)
                previous.set_if_any(partial(_antecedents_of, c.body, self.recent.as_of_now(), c.written))
            if c.verb is None:
                continue
            nested = passives(c.body, self.recent)
            exclude = [agent_only(c.body, span) for _, _, span in nested]  # a passive's time, not the clause's
            if c.verb.cls == "address":
                # "..., and to this end requests X to ...": the time of the clause before is this action's too
                carried = self.deadlines(cls[i - 1].body) if i and deadlines.serves_the_clause_before(c.written) else []
                before = len(self.out)
                handed = self.address(p, c, cls[i + 1 :], previous, exclude, carried)
                if handed is None and len(self.out) == before and i + 1 < len(cls) and _GERUND_OBJECT.match(c.body):
                    # "Encourages strengthening the lending capacity of multilateral development banks, in that
                    # regard urges them to make ..." (A/RES/78/231, para. 22; 79/199, para. 21): a verb whose object
                    # is an act, a gerund, asks nobody and names the antecedents of a later pronoun as a clause of
                    # another verb does (not a noun object: "encourage the provision of increased concessional
                    # finance ... to landlocked developing countries, encouraging them", A/RES/80/3, annex, para. 18,
                    # stays the banks named before)
                    previous.set_if_any(partial(_antecedents_of, c.body, self.recent.as_of_now()))
                if handed is not None and ctx is not None and ctx.kind == "address" and ctx.joined_to_next:
                    handed.before = [*ctx.before, ctx]  # the clause before shares this one's action
                ctx = handed or ctx
            else:
                ctx = self.decide(p, c, exclude) or ctx
            for named, clause_text, span in nested:
                own = self.deadline(c.body[span[0] : span[1]])
                aside = re.match(r",\s*([^,;]+)", c.body[span[1] :]) if own is None else None
                if aside:  # a time set off right after the agent: "to be co-chaired by the co-facilitators, between
                    # April and November 2017, as follows" (A/RES/71/280, para. 15)
                    d = self.deadline(aside.group(1))
                    own = d if d is not None and aside.group(1).startswith(d.text) else None
                if c.verb.cls == "address" and own is None and not rule("arranged_for").search(c.body, 0, span[0]):
                    # the agent of a passive inside the addressees' action is no addressee: "Invites the Sixth
                    # Committee to consider the legal aspects of the report to be submitted by the Secretary-General"
                    # (A/RES/79/254, para. 27), "to take into account the proposals to be submitted by the countries of
                    # the region" (A/RES/79/66, para. 2): the agent's act is named, not asked (tests/labels/
                    # GUIDELINE.md: a named actor inside a noun object is no addressee), unless the passive says by
                    # when ("the precise modalities ... to be decided by Member States by January 2018", A/RES/71/280,
                    # para. 13); inside a decision it is asked (A/RES/78/327, para. 15), and so is one the action has
                    # act: "and to arrange for support to be provided by the Division" (A/RES/80/110 332, a passive
                    # mandate of the Division: tests/labels/mandates_fresh17 n 44; grammar/attachment.lark
                    # ``arranged_for``)
                    continue
                if c.verb.cls == "address" and named.actor.key == table().resolve("General Assembly").key:
                    # the Assembly addresses others, never itself: its own act in a passive inside what it asks of
                    # others is the occasion the action serves, not a second addressee ("a progress report during the
                    # eightieth session ..., which will serve to inform the high-level meeting to be convened by the
                    # Assembly in 2026", A/RES/78/290 18: tests/labels/mandates_fresh20 n 20, no mandate of the
                    # Assembly and "in 2026" no deadline), as a decision names it once (``decide``)
                    continue
                d = own or (None if _other_verb(clause_text, c.body, span) else self.deadline(clause_text))
                self.add(p, c, named, clause_text, deadline=d, passive=True)
        self.addressed = previous.addressed  # the antecedents of "those countries" in the next paragraph
        return ctx

    def address(self, p, c: Clause, rest: list[Clause], previous: Antecedents, exclude,
                carried: list[Deadline] = ()) -> _Context | None:
        """The mandates of an addressing clause ("Requests X to ..."); ``carried``: the deadlines of the clause before,
        the action's when it has none of its own and its lead makes it serve that clause ("and to this end requests",
        ``deadlines.serves_the_clause_before``)."""
        body = c.body.strip()
        offset = len(c.body) - len(c.body.lstrip())
        exclude = [(s - offset, e - offset) for s, e in exclude]
        that = that_clause(body) is not None  # "Requests that ...", "Reiterates its request, made in ..., that ..."
        at = None if that else infinitive(body)
        asked = asked_for(body, c.verb) if not that else None
        if asked is not None and (at is None or asked < at):  # "calls upon X for technical support", "Appeals to
            at = asked  # States and organizations for the maintenance of their voluntary contributions ..., to support
        source = asked_from(body, c.verb) if not that else None
        if source is not None and (at is None or source[0] < at):
            at = 0  # "requests an informal briefing from the Secretary-General before ...": the thing asked, the action
        else:
            source = None
        if not that and at is None and source is None and c.verb.name in without_that() \
                and (left := subjunctive_without_that(body)):
            # "and request the Secretary-General keep Member States updated on these discussions" (A/RES/79/1, para.
            # 78 (c)): a subjunctive whose "that" is left out, read as after "that" (grammar/clauses.lark
            # ``without_that``: not a chapeau, "Requests the Secretary-General, within available resources:", 80/12 7;
            # nor addressees whose action a verb after them gives, "requests the relevant United Nations entities and
            # United Nations country teams, and urges other relevant stakeholders, to continue ...", 78/152 56)
            times: list[Deadline] = []
            bound = [named for subject, modal, action in left
                     for named in self.bound(p, c, subject, modal, action, previous, times=times)]
            return _handed_down(p, c, body, bound, times)
        reading = read_clause(c.written, body, at, source)
        if reading is None:
            return None
        if reading.that is not None:  # "Requests that the Secretary-General ensure ...": subjunctive
            content = body[reading.that :].strip()
            times: list[Deadline] = []
            through = _through_items(p, body)  # "Demands that Israel comply ... by, inter alia:": the items demand
            readings = decided(content) or subjunctive(content)
            owned = not readings  # the subject an activity or a document of the actor's (``owned_subjunctive``)
            bound = [named for subject, modal, action in readings or owned_subjunctive(content)
                     for named in self.bound(p, c, subject, modal, action, previous, times=times, record=not through,
                                             **(self._report_due(content, action) if owned else {}))]
            # "Demands that Israel comply without delay ... by, inter alia: (a) Immediately complying ...": the subject
            # is asked to act by the items' means (A/RES/80/116 5), and the time of its action is theirs where they
            # name none ("(d) Respecting the prohibition ...": "without delay", tests/labels/mandates_fresh8 n 2)
            if bound:  # the antecedents of "them", "such entities" in the next clause, as an addressee list's are:
                # "Proposes that the specialized agencies, organizations, programmes and funds of the United Nations
                # system cooperate ..., and in this regard recommends that the heads of such entities continue
                # consultations ..." (A/RES/79/332, para. 3)
                previous.set(bound)
            return _handed_down(p, c, body, bound, times)
        action = body[at:] if at is not None else None
        if action is not None and rest and rest[0].verb_end == c.verb_end and rest[0].start > c.start:
            action = _raised_object(action, rest[0].body)
        joined = False
        if (action is None and rest and rest[0].verb and rest[0].verb.cls == "address"
                and (rest[0].joined or _set_off(p.text, rest[0]))):
            nxt = rest[0].body.strip()
            j = infinitive(nxt)
            if j is not None and not rest[0].joined and not nxt[:j].rstrip().endswith(","):
                j = None  # "Calls upon A, and invites B to ...": B's action only; set off by commas it is both's
            action = nxt[j:] if j is not None else None  # "Requests A and invites B, ..., to organize ..."
            exclude = []
            joined = action is not None
        actors = names(reading.addressees, body, 0, previous, self.recent) if reading.addressees else []
        if action is None:
            if reading.colon and actors:
                return _Context("address", c, p.label, actors, deadline=self.deadline(p.text),  # "We request the
                                infinitive=reading.to_items, gerunds=means_chapeau(body) is not None)  # S.-G. to:"
            if body == ":" and p.children:
                # the verb alone before its items, each of which names its addressees and their action: "11. Urges:
                # (a) All States to report to the Secretary-General ...; (b) The State in which the violation took
                # place ... to report ..." (A/RES/79/124), "31. We call upon: (a) All entities of the United Nations
                # system to address ...; (k) The Secretary-General, within existing resources ..., to identify ..."
                # (A/RES/74/3, annex): each item is read as the verb's body (``_Extractor.paragraph``)
                return _Context("verb", c, p.label)
            return None
        # the deadlines of a clause that names no actor are nobody's: not read; nor those of a list the action's object
        # introduces ("to contribute to the following global efforts, ...: tripling renewable energy capacity ... by
        # 2030; ...", A/RES/79/1, adopted text, para. 28 (c): the efforts' own targets, tests/labels/GUIDELINE.md: a
        # goal's year is no deadline)
        listed = _FOLLOWING.search(action)
        timed = _blank(action, [(listed.end(), len(action))]) if listed else action
        ds = self.deadlines(timed, [(s - (at or 0), e - (at or 0)) for s, e in exclude]) if actors else []
        aside = re.search(r",\s*(?P<time>[^,;]+?),\s*$", body[:at]) if at and actors else None
        set_off = []
        if aside:  # a time set off between the addressee and the action is the action's: "Reiterates the request to
            # the Secretary-General, beginning from 2026, to submit an annual report" (A/RES/80/136 22); so is one that
            # opens the words set off, the rest its own: "Encourages delegations, during the debate on the report of
            # the International Law Commission, to continue to adhere ..." (A/RES/80/164 24; tests/labels/
            # mandates_fresh23 n 31: the debate is the time, as "during the thematic debate")
            set_off = [deadlines.recurring_object(d, action) for d in self.deadlines(aside.group("time"))[:1]
                       if aside.group("time").startswith(d.text)]  # from 2026 on, the report annual (A/RES/79/203 18)
            ds = set_off + ds
        if at and actors and not set_off:
            # a time that ends the addressees' words, right before the action, is the action's: "urges
            # intergovernmental bodies at the planning stage to take into account ..." (A/RES/80/234 29), "Invites
            # the working group of the Sixth Committee, to be established at its eighty-first session, to consider"
            # (A/RES/79/127 3: it acts only then; tests/labels/mandates_fresh6 n 58 and 72)
            head = body[:at].rstrip(" ,")
            ds = [d for d in self.deadlines(head) if head.endswith(d.text)][-1:] + ds
        opening = self.opening_time(p.text, c) if actors else []
        if opening:  # "Beginning in 2026, we call upon X to conduct ...": the time before the verb is the action's
            ds = opening + [d for d in ds if d.text != opening[0].text]
        if not ds and carried:
            ds = list(carried)  # "Decides to continue its examination ... at its seventy-ninth session, and to this
            # end requests the Secretary-General to submit a comprehensive report" (A/RES/78/218 26)
        # a report set off there is the one the action is done in: "the Secretary-General, within his annual report
        # to the Economic and Social Council and to the General Assembly at its eighty-first session ..., to present
        # proposals" (A/RES/80/136 23)
        within = aside.group("time") if aside and reports.opens_with_report(aside.group("time")) else None
        if within:  # its words and times too; the report's time is the action's, done in it (tests/labels/GUIDELINE.md,
            # branch f18: "to include, in his report ... at its seventy-ninth session, a section", the deadline "at its
            # seventy-ninth session"): "the Secretary-General, within his annual report to the Economic and Social
            # Council and to the General Assembly at its eighty-first session ..., to present proposals" (A/RES/79/203
            # 19) is due at the eighty-first session
            own = [d for d in self.deadlines(within) if d.text not in {x.text for x in ds}]
            within = (f"{within}, {action}", own + ds)
            ds = own + ds
        elif aside and reports.sets_off_channel(aside.group(0)):
            # a channel set off there is the report's: "invites the secretariat of the Convention, through the
            # Secretary-General, to report ..." (A/RES/80/140 23; 79/208 20, 78/155 19), its words as written
            within = (f"{aside.group(0)}{action}", ds)
        # "... to end obstetric fistula within a decade by:", "... to take, in particular, the following urgent actions
        # ...: (a) To use ...": its items ask
        through = _through_items(p, action) or _following_actions(p, action)
        for named in actors:
            if through:
                self.recent.append(named.actor)
                continue
            self.add(p, c, named, action, deadline=ds[0] if ds else None, deadlines=ds, report_in=within,
                     together=actors)
        previous.set(actors)  # the antecedents of "them" in the next clause
        if joined and actors and p.children and action.rstrip().endswith(":"):
            # "Also urges Member States and encourages stakeholders ... to address ... including by: (a) ...": the
            # items are the action of both clauses (A/RES/78/182 18); handed on with the next clause's context
            return _Context("address", c, p.label, actors, gerunds=means_chapeau(action) is not None,
                            joined_to_next=True)
        return _handed_down(p, c, body, actors, ds)

    def opening_time(self, text: str, c: Clause) -> list[Deadline]:
        """A time that opens the clause's sentence, set off by a comma before its verb: the action's ("Beginning in
        2026, we call upon the Economic Commission for Latin America and the Caribbean ... to conduct a comprehensive
        biennial review ...", A/RES/78/317, annex, para. 41: a start, as "beginning in 2020" in tests/labels/
        GUIDELINE.md). None when other words stand between the sentence's start and the verb ("In this regard, we
        call upon"), or the clause opens its paragraph."""
        at = text.rfind(c.written, 0, c.start)
        if at <= 0:
            return []
        lead = _SENTENCE_START.split(text[:at])[-1].strip(" ,")
        # the time is the whole lead: one that starts where the lead starts (most leads open with a verb: "Requests X
        # to ..., and" before "invites", no time read)
        found = self.deadlines(lead) if lead and deadlines.may_open(lead) else []
        # the start of a series the action's object recurs in ("to conduct a comprehensive biennial review")
        return [deadlines.recurring_object(found[0], text[at:])] if found and found[0].text == lead else []

    def _report_due(self, content: str, action: str) -> dict:
        """The report a "that"-clause's subject names with its session, asked of its author ({"report_in": (words,
        deadlines)} for :meth:`add`, else {}): "requests that the report of the Secretary-General on ..., to be
        presented at its eightieth session, reflect the following elements" (A/RES/79/257 58, 74: the
        Secretary-General's report, due then; ``reports.names_report_due``)."""
        at = content.rfind(action)
        subject = content[:at].strip(" ,") if at > 0 else ""
        if not subject or not reports.names_report_due(subject):
            return {}
        words = f"{subject}, {action}"
        return {"report_in": (words, self.deadlines(words))}

    def bound(self, p, c: Clause, subject: str, modal: str | None, action: str, previous=None,
              times: list[Deadline] | None = None, record: bool = True, **kw) -> list[Named]:
        """The actors of a "that"-clause's subject bound to its action ("Decides that the Committee shall ...",
        "Demands that X withdraw ..."), returned. Its deadlines are the action's, after those of a parenthesis between the
        subject and the verb ("that the Legal Subcommittee, at its sixty-fifth session, should consider ..."); added
        to ``times`` where given. ``record``: False for a chapeau whose items carry the mandate (``_through_items``):
        the actors are read, no row is added."""
        found = actor_phrases(subject, [] if previous is None else previous, self.recent)
        asked = asked_by(modal, action) if found else None
        if asked is not None:  # "the Holy See ... shall be called upon to contribute ...": calls upon
            c = replace(c, verb=asked)
        ds = self.deadlines(" ".join([*subject_parentheses(subject), action])) if found else []
        if times is not None:
            times.extend(ds)
        for named in found:
            if not record:
                self.recent.append(named.actor)
                continue
            self.add(p, c, named, action, deadline=ds[0] if ds else None, deadlines=ds, modal=modal, **kw)
        return found

    def decide(self, p, c: Clause, exclude) -> _Context | None:
        body = c.body.strip(" ,")
        if c.verb.cls == "agree":  # "Agrees that the Committee should consider ...": only X with a modal is bound
            m = re.match(r"that\b", body)
            for subject, modal, action in decided(body[m.end():].strip(" ,")) if m else ():
                self.bound(p, c, subject, modal, action)
            return None
        action = after_parentheses(body)
        at = c.start + len(c.body) - len(c.body.lstrip(" ,")) + len(body) - len(action)  # the action in ``p.text``
        exclude = _shifted(exclude, len(c.body) - len(c.body.lstrip(" ,")))  # the passives' spans in ``body``
        first_person = re.match(r"we\b", c.written, re.IGNORECASE) is not None
        if (p.annex is None or first_person) and self.decided_address(p, action, at):
            # "Decides to recommend that the Sixth Committee, at the seventy-ninth session of the General Assembly,
            # establish a working group" (A/RES/78/115, para. 24), "Decides to invite the International Coffee
            # Organization to participate ..." (A/RES/79/131, para. 1): the decided act asks an addressee, as an item
            # "(a) To invite X" under "Decides:" does (tests/labels/GUIDELINE.md, the tenth sample, n 42); in the first
            # person as a bare "Invite X" under "We decide to:" is that verb's (the hard sample)
            return None
        if _opens(action, "infinitive") and (p.annex is None or (first_person and _decided_act(action))):
            # "Decides to establish ...", "Decides, building on existing ... platforms, to develop ..." (A/RES/80/132,
            # para. 7): the Assembly itself, and so is a decision not to act, the infinitive negated (grammar/
            # clauses.lark ``infinitive``): "decides not to recost the proposed programme budget as from 2027, ..."
            # (A/RES/80/242, para. 35: tests/labels/mandates_fresh17 n 41); so too a declaration's "We decide to
            # convene a high-level meeting entitled 'High-level review of the Global Digital Compact', to take place
            # during the eighty-second session of the General Assembly" (A/RES/79/1, annex I, para. 74: the Assembly
            # adopts it), an act the Assembly takes by a decision (``operative_verbs.txt`` [decided acts]); not its
            # chapeau "We decide to:" whose items carry their own verbs, nor "We decide to launch an ambitious package
            # of reforms and actions ..." (A/RES/79/323, annex, para. 6; tests/labels/mandates_fresh21 n 95): the
            # declaring States' commitment, as a bare "Initiate ..." under "We decide to:" is
            named = Named("(the General Assembly itself)", table().resolve("General Assembly"))
            # a renewed decision's parenthesis says where it was taken first, not when: "renews its decision,
            # pursuant to the schedule of meetings for the period from 2024 to 2030 ..., to convene ... in 2026"
            # (A/RES/80/38, para. 9)
            located = [(0, len(body) - len(action))] if c.written.lower().endswith("decision") else []
            ds = self.deadlines(body, [*exclude, *located])
            self.add(p, c, named, action, deadline=ds[0] if ds else None, deadlines=ds)
            return None
        if re.search(r"\bthat\s*:\s*$", body) or body in (":", ""):  # "Decides[, ..., that]:" -> the items decide
            return _Context("decide", c, p.label)
        # "Decides that", "Decides also that", "Decides, in this regard, that"; not the relative pronoun of "We decide
        # to establish a mechanism ..., that supports ..." (a decision to act, in an annex no one's mandate)
        m = re.match(r"(?:(?:also|further|therefore|accordingly|furthermore|moreover)\s+)*(?!to\s)(?:[^;:]*?,\s*(?:and\s+)?)??that\b",
                     body)
        if not m:
            return None
        content = body[m.end() :].strip(" ,")
        exclude = _shifted(exclude, len(body) - len(body[m.end() :].lstrip(" ,")))  # ... in ``content``
        if not content or content == ":":
            return _Context("decide", c, p.label)
        if content.endswith(":") and not _MODAL.search(content):
            # "Decides that the Conference:", and "Decides that the Conference shall:" whose items open with the
            # verb ("(e) Share ongoing efforts ...")
            subject = content.rstrip(":").strip()
            modal = re.search(r"\s+(shall|will|should|may|must)$", subject)
            if modal and table().is_actor_like(cut_qualifiers(subject[: modal.start()])):
                return _Context("decide", c, p.label, subject=f"{subject[: modal.start()]}", modal=modal.group(1))
            return _Context("decide", c, p.label, subject=subject)
        follows = p.children and _AS_FOLLOWS.search(content)
        if follows and any(_MODAL.search(child.text) for child in p.children):
            # "Decides that the organizational arrangements for the four multi-stakeholder thematic panel discussions
            # will be as follows:" (A/RES/78/319, para. 4) whose items are clauses that decide ("(a) Two
            # multi-stakeholder panels will be held ..."): the items carry the decisions, the chapeau that introduces
            # them none (tests/labels/GUIDELINE.md, sub-paragraphs; the eighth sample); a part before it that binds
            # an actor still does ("that the Committee shall ..., and that the arrangements will be as follows:")
            parts = list(DECISION_PARTS.finditer(content))
            if parts:
                self.decision(p, c, content[: parts[-1].start()], exclude)
        else:
            self.decision(p, c, content, exclude)
        if follows:
            # "Further decides that the organizational arrangements for the two multi-stakeholder panels will be as
            # follows:" (A/RES/79/333, para. 4): the Assembly's decision, whose items decide too, each as "Decides
            # that <item>" ("(c) Each of the two multi-stakeholder panels will be co-chaired by two representatives
            # ..., to be appointed by the President of the General Assembly": tests/labels/GUIDELINE.md, the sixth
            # sample); an item that is no clause with a modal decides nothing ("Also decides that the scope of the
            # midterm comprehensive global review shall be as follows: (a) To undertake a comprehensive review ...",
            # A/RES/80/150, para. 60: the scope's content)
            return _Context("decide", c, p.label, as_follows=True)
        return None

    def decision(self, p, c: Clause, content: str, exclude=(), **kw) -> None:
        """The content of "Decides that ..." (or an item under "Decides that:"): each actor subject with a modal is
        bound ("the Committee shall ..."); with none, and a modal, the Assembly binds itself ("the meeting will be
        held on ...", "... shall be met from voluntary contributions"; GUIDELINE.md, Decisions)."""
        found = decided(content)
        first = len(self.out)
        for subject, modal, action in found:
            self.bound(p, c, subject, modal, action, **kw)
        self.one_row_each(first)
        # the parts that bind nobody of their own: all of it, or, beside a bound actor, each "and that" part with a
        # modal ("Decides that the working group shall be open to all Member States and that relevant observers ...
        # will be invited": the first part is the Assembly's)
        parts = [(content, exclude)] if not found else [
            (part, ()) for part in DECISION_PARTS.split(content)
            if part.strip() and not decided(part) and not re.match(r"\s*(?:it|they)\s", part)]  # a pronoun: an actor
        for part, excluded in parts:
            m = _MODAL.search(part)
            # a passive agent of the modal's own verb is the one bound ("may be considered ... by the General
            # Assembly"); one of a later passive leaves the decision the Assembly's too ("a one-day organizational
            # session will be held in New York ..., during a one-day meeting to be convened by the President of the
            # General Assembly", A/RES/78/327, para. 15: both, tests/labels/mandates_fresh3)
            # the Assembly named as the agent is no second row of its own ("to be considered by the General Assembly
            # at its seventy-ninth session", A/RES/78/299, para. 9)
            agents = passives(part)
            if (p.annex is None and m and not any(span[0] == m.start() for _, _, span in agents)
                    and not any(named.actor.key == table().resolve("General Assembly").key for named, _, _ in agents)):
                named = Named("(the General Assembly itself)", table().resolve("General Assembly"))
                ds = self.deadlines(part, excluded)
                self.add(p, c, named, part.strip(" ;:."), deadline=ds[0] if ds else None, deadlines=ds,
                         modal=m.group(1), **kw)

    def one_row_each(self, first: int) -> None:
        """One row for each actor that one decision binds in several of its parts (the rows from ``first`` on): "Also
        decides that the intergovernmental preparatory committee shall have a Bureau ... and that the committee shall
        elect two Co-Chairs ..." (A/RES/78/231, para. 32: the committee named again short, one actor of the decision,
        tests/labels/GUIDELINE.md, actors: "every addressee, one entry each"). The later part's action, deadlines and
        reports are joined to the first row's; rows of another modal or voice stay apart."""
        kept: dict[tuple, int] = {}
        out = self.out[:first]
        for m in self.out[first:]:
            k = (m.actor_key, m.modal, m.passive)
            i = kept.get(k)
            if i is None:
                kept[k] = len(out)
                out.append(m)
                continue
            one = out[i]
            deadlines = [*one.deadlines, *(d for d in m.deadlines if d not in one.deadlines)]
            out[i] = replace(one, action=" and ".join(a for a in (one.action, m.action) if a) or None,
                             deadline=deadlines[0] if deadlines else None, deadlines=deadlines,
                             reports=[*one.reports, *m.reports], report=(one.reports or m.reports or [None])[0])
        self.out[:] = out

    def decided_address(self, p: Paragraph, text: str, at: int) -> int | None:
        """A decided act that opens with an infinitive of an address verb (``operative_verbs.txt`` [first person]:
        "To invite the Secretary-General to ...", an item under "Decides:"; "to recommend that the Sixth Committee
        ... establish", the infinitive of "Decides to recommend that ..."), read as that verb's clause
        (:meth:`address`) from ``text``, which stands at offset ``at`` of ``p.text``: the number of mandates it
        added, or None when ``text`` opens with no such infinitive or asks no addressee ("Decides to authorize a
        commitment authority ...": the Assembly's own decision, read by the caller)."""
        m = infinitive_verb(text)
        if m is None or not m.asks:
            return None  # "decides to invite to the commission representatives of ..." (A/RES/78/272, para. 5): a
            # place before the addressee (``grammar/clauses.lark``'s ``asked``), read as the Assembly's decision
        end = len(m.written)
        verb = m.verb
        if verb is None or verb.cls != "address":
            return None
        # the act ends where the paragraph's next clause begins, as a clause of an operative paragraph does: "Decides:
        # ... (d) To request the Special Representative ... to continue to engage proactively with ..., and reaffirms
        # the important role that the Special Representative can play ..." (A/RES/78/187, para. 66 (d))
        later = [p.text.rfind(x.written, 0, x.start) for x in self.clauses_of(p) if x.start > at + end]
        stop = min((i - at for i in later if i > at + end), default=len(text))
        before = len(self.out)
        self.address(p, Clause(m.written, verb, at + end, text[end:stop]), [], Antecedents(), [])
        return (len(self.out) - before) or None

    def inherit(self, p: Paragraph, ctx: _Context) -> _Context | None:
        c = Clause(ctx.clause.written, ctx.clause.verb, 0, p.text)
        if ctx.kind == "address":
            action_item = _opens(p.text, "infinitive") or (ctx.gerunds and _opens(p.text, "gerund")) or ctx.objects
            if not ctx.infinitive and not action_item:
                return None  # a detail of the chapeau's action ("At the United Nations Office at Geneva:")
            # the chapeau's action ends where a mandate verb of the item's own begins: "(b) To consider ..., and
            # requests the Secretary-General to submit his next report ..." (A/RES/78/111 3 (b)) asks the Special
            # Committee to consider, and the report of the Secretary-General only (a clause that mandates nobody,
            # "and promotes", "and values" read inside a noun phrase, does not end it)
            own = [p.text.rfind(x.written, 0, x.start) for x in self.clauses_of(p) if x.verb is not None]
            action = p.text[: min((i for i in own if i > 0), default=len(p.text))].rstrip(" ,;")
            ds = self.deadlines(action) or ([ctx.deadline] if ctx.deadline else [])
            for handed in (*ctx.before, ctx):  # "Also urges A and encourages B ...: (a)": both, in order
                c = Clause(handed.clause.written, handed.clause.verb, 0, p.text)
                for named in handed.actors:
                    self.add(p, c, named, action, deadline=ds[0] if ds else None, deadlines=ds, chapeau=ctx.label)
            return None
        if not ctx.as_follows and self.decided_address(p, p.text, 0) is not None:
            # "Decides: (c) To invite the Secretary-General to ...": the item's own verb
            for x in self.out:
                if x.paragraph == p.label and x.chapeau is None and x.kind == "mandate":
                    x.chapeau = ctx.label
            return None
        if ctx.as_follows and not _MODAL.search(p.text):
            return None
        if _opens(p.text, "infinitive", negated=False) and not ctx.subject and p.annex is None:  # "Decides: (a) To convene ..."
            named = Named("(the General Assembly itself)", table().resolve("General Assembly"))
            self.add(p, c, named, p.text, deadline=self.deadline(p.text), deadlines=self.deadlines(p.text),
                     chapeau=ctx.label)
            return None
        content = p.text
        if ctx.subject and re.match(r"(?:Shall|Will|May|Should|Must)\b", content):
            content = f"{ctx.subject} {content[0].lower()}{content[1:]}"
        elif ctx.modal and (re.match(r"[A-Z][a-z]+\s+[a-z]", content) or _first_person_verb(content)):
            # "(e) Share ongoing efforts ...", and an address verb before a capitalized addressee: "(g) Invite Member
            # States and other relevant stakeholders to provide an update ..." (A/RES/78/128, para. 4: the
            # Conference shall invite; the addressees of its invitation are mentions)
            content = f"{ctx.subject} {ctx.modal} {content[0].lower()}{content[1:]}"
        elif ctx.subject:
            return None
        self.decision(p, c, content, chapeau=ctx.label)
        for named, clause_text, span in passives(content, self.recent):
            d = self.deadline(content[span[0] : span[1]]) or self.deadline(clause_text)
            self.add(p, c, named, clause_text, deadline=d, passive=True, chapeau=ctx.label)
        return None

    # -- mentions
    def mentions(self) -> None:
        scanner = resolution_scanner(self.whole.title, [p.text for p in self.whole.walk()], self.out, self.also,
                                     self.states)
        self.out.extend(mentions_in(self.whole.symbol, self.whole.walk(), self.out, scanner, self.clauses_of))

    def run(self) -> list[Mandate]:
        chapeau = None
        for p in self.res.paragraphs:
            if p.kind != "preambular":
                self.paragraph(p, chapeau if p.opening is None else None)
            else:
                self.recent.named_in(p.text)
                chapeau = _decision_chapeau(p)
        self.out = reports.dated_next_reports(self.out)  # "in his next progress report", dated elsewhere in the text
        self.mentions()
        order = {p.label: i for i, p in enumerate(self.res.walk())}
        self.out.sort(key=lambda m: (order.get(m.paragraph, 0), m.kind == "mention"))
        return self.out


def resolution_scanner(title: str | None, texts: list[str], mandates: list[Mandate], also: tuple[str, ...] = (),
                       states: bool = False):
    """The scanner a resolution's mentions are read by (:func:`mentions_in`), for the extraction and for the corpus
    database, which reads its stored paragraphs again for a query it did not store (``resparse.corpus.mandate_rows``):
    the names of :func:`mention_scanner`, the short names its title defines (:func:`defined_short_names`) and the short
    names of the bodies named in full before (:class:`_ShortNames`). ``title``: the resolution's title; ``texts``: its
    paragraphs' texts in reading order, the order :func:`mentions_in` scans them in.

    A user's query (``also``) that names no actor of the alias table nor of the resolution's mandates ("Special
    Rapporteur") is a mention only where the resolution's own reading names none: "the Special Rapporteur" of
    A/RES/80/198, paras. 45-54, is the Special Rapporteur on torture its paragraph 35 names in full, with the query as
    without it (the query's name took those words, and ``mandates FILES --actor "Special Rapporteur"`` read them as a
    Special Rapporteur of no mandate, where the database stores the one on torture and gave both rows: a trial of the
    thirtieth session, 7 rows more with ``--db``)."""
    texts = [title or "", *texts]
    scanner = mention_scanner(mandates, also, states, texts)
    own = {m.actor_key for m in mandates}
    query = frozenset(a.key for a in map(table().resolve, also) if not a.known and a.key not in own)
    defined = defined_short_names(title, mandates)
    if defined:
        scanner = _DefinedNames(scanner, defined, query)
    return _ShortNames(scanner, texts, query)


def _yielded(hits: list[Hit], query: frozenset[str], more: list[Hit]) -> list[Hit]:
    """``hits`` without those of a query's name (``query``: their keys) whose words a hit of ``more`` reads (a short
    name read as its body: :func:`resolution_scanner`)."""
    return [h for h in hits if h.key not in query or not any(o.start < h.end and h.start < o.end for o in more)]


def defined_short_names(title: str | None, mandates: list[Mandate]) -> dict[str, Actor]:
    """The bodies a resolution names by their head noun alone, by the short name its title defines: the body of its
    title (A/RES/78/73, "Operations of the United Nations Relief and Works Agency for Palestine Refugees in the Near
    East": "Commends the Agency", paras. 4, 13, 37; the Editorial Manual's short title after the full name at first
    mention). Only a body one of its ``mandates`` names so ("the Agency", followed to the full name by the rule of
    short names, ``resparse.names.full_name``): {"Agency": the body's Actor}. A bare head of no such body ("the
    Court", "the Board": the body named last before it) is read by the scanner's names as before."""
    title = key_tokens(title or "")
    out: dict[str, Actor] = {}
    for m in mandates:
        short = re.fullmatch(r"the\s+([A-Z][a-z]+)", m.actor_as_written or "") if m.kind == "mandate" else None
        if short is None or key(short.group(1)) == m.actor_key:
            continue
        full = key_tokens(m.actor)
        if any(title[i : i + len(full)] == full for i in range(len(title))):
            out.setdefault(short.group(1), Actor(m.actor, m.actor_key, False))
    return out


class _DefinedNames:
    """A mention scanner that also finds the defined short names of :func:`defined_short_names`, each as "the" and
    the capitalized head ("the Agency", "the Agency’s"; not "an agency", nor the head inside another name, "the
    International Atomic Energy Agency", or opening one, "the Conference of the Parties"), where the scanner's own
    names do not stand."""

    def __init__(self, scanner: Scanner, defined: dict[str, Actor], query: frozenset[str] = frozenset()):
        self.scanner, self.defined, self.query = scanner, defined, query  # query: :func:`resolution_scanner`'s
        self.named = scanner.named | {a.key for a in defined.values()}
        # not the head of another name that goes on: "the Conference of the Parties", "the Agency for ..."
        self.pattern = re.compile(r"\bthe\s+(" + "|".join(map(re.escape, defined)) + r")\b"
                                  r"(?!\s+(?:of|on|for|to|in|against)\s+(?:the\s+)?[A-Z])")

    def scan(self, text: str) -> list:
        hits = self.scanner.scan(text)
        fixed = [h for h in hits if h.key not in self.query] if self.query else hits  # a query's yield
        more = []
        for m in self.pattern.finditer(text):
            if not any(h.start < m.end(1) and m.start(1) < h.end for h in fixed):
                actor = self.defined[m.group(1)]
                more.append(Hit(actor.key, actor.name, m.start(1), m.end(1)))
        return sorted(_yielded(hits, self.query, more) + more, key=lambda h: h.start) if more else hits


class _ShortNames:
    """A mention scanner that also finds the bodies a resolution names by a short name after their full name ("the
    Committee", "the Subcommittee", "the Special Rapporteur" after "the Committee against Torture", "the Subcommittee on
    Prevention of Torture ...", "the Special Rapporteur of the Human Rights Council on torture ...", A/RES/80/198,
    paras. 42-54; the United Nations Editorial Manual: a body's name in full at first mention, its short form after). A
    short name is "the" and capitalized words with no complement after them; it stands for the body with its head noun
    whose name holds its words, named last before it in its own paragraph (in full, or by a short name read so), else,
    when its paragraph names no other body of that head before it ("the second High-level Conference", A/RES/80/156,
    para. 4), in the paragraph scanned before (an item's chapeau or the item before: "the Council" of A/RES/79/1,
    adopted 71 (c)-(d), after "the Economic and Social Council" of 71 (b)), else by the one rule of short names over the
    resolution's title and paragraphs (``resparse.names.full_name``: the one named last before the short name's first
    use), as the mandates' addressees read it (``addressees._read_name``). Read "of" a name before it first ("the Office
    of the High Commissioner": the Office of the United Nations High Commissioner for Human Rights, and never the High
    Commissioner, an office's title, where that name is none of the table's: A/RES/80/243, XVI.4). Only a body of the
    alias table, none of its ambiguous short names ([short names]: "the Special Committee"), a singular head, no short
    name that is a name of the table ("the Assembly"); one of ``actors.txt`` [not short names] ("the Organization" is
    the United Nations) only for a body its own paragraph names in full before it ("the World Trade Organization ...
    in the Organization", A/RES/79/323, annex, para. 43 (e)). ``texts``: the title and the paragraphs in reading order, which :func:`mentions_in` scans in
    that order."""

    # "the" and capitalized words, no complement after them ("the Committee against Torture" is a full name); "the"
    # as ``names._THE`` writes it, its word's edge tested after its first letter: the engine looks for that letter in
    # C, where a pattern opening with ``\b`` is tried at each place (half the time over the corpus's paragraphs)
    _SHORT = re.compile(_THE + r"\s+((?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w-]*)(?![\w’'-])(?!\s+[A-Z])"
                        r"(?!\s+(?:of|on|for|against|to|in|with)\s+(?:the\s+)?[A-Z])(?!\s+(?:on|against)\b)")
    # the name whose complement the short name is: "the Office of " before "the High Commissioner"
    _OWNER = re.compile(_THE + r"\s+((?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w-]*)\s+of\s+$")

    def __init__(self, scanner, texts: list[str], query: frozenset[str] = frozenset()):
        self.scanner, self.named = scanner, scanner.named
        self.query = query  # the keys of a query's names, which yield to a short name (:func:`resolution_scanner`)
        self.text = ".\n".join(texts)  # a full stop ends a name (as ``Recent.full_name`` joins them)
        self.at = 0  # where the paragraph scanned last ends in ``text``
        self.bound: dict[str, str | None] = {}  # short name -> the full name bound at its first use
        self.before: list[Hit] = []  # the hits of the paragraph scanned before
        self.skip = frozenset(key(n) for n in data.sections("actors.txt").get("not short names", ()))
        self.titles = frozenset(key(t) for t in data.lines("office_titles.txt"))  # "High Commissioner"
        self.quoted_bracket: bool | None = None  # does a quoted phrase of ``text`` hold ")" (``_unknown``, read once)

    def scan(self, text: str) -> list:
        hits = self.scanner.scan(text)
        start = self.text.find(text, self.at)
        if start < 0:
            return hits
        self.at = start + len(text)
        fixed = [h for h in hits if h.key not in self.query] if self.query else hits  # a query's names yield
        more: list[Hit] = []
        for m in self._SHORT.finditer(text):
            if any(h.start < m.end(1) and m.start(1) < h.end for h in fixed + more):
                continue
            found = None
            if (owner := self._OWNER.search(text, max(0, m.start() - 80), m.start())) is not None:
                found = self._read(f"{owner.group(1)} of the {m.group(1)}", text, owner.start(), start, fixed + more)
                if found is not None:
                    more.append(Hit(found.key, found.name, owner.start(1), m.end(1)))
                    continue
                if key(m.group(1)) in self.titles:  # "the Office of the High Commissioner": no mention of the holder
                    continue
            found = self._read(m.group(1), text, m.start(), start, fixed + more)
            if found is not None:
                more.append(Hit(found.key, found.name, m.start(1), m.end(1)))
        if not more:
            self.before = sorted(hits, key=lambda h: h.start)
            return hits
        self.before = sorted(_yielded(hits, self.query, more) + more, key=lambda h: h.start)
        return self.before

    def _read(self, short: str, text: str, at: int, start: int, hits: list[Hit]) -> Actor | None:
        """The body of the table the short name ``short`` at ``at`` of ``text`` (which starts at ``start`` of the
        resolution's text) stands for; None for none."""
        short = re.sub(r"\s+", " ", short)
        head = name_head(short)
        words = key_tokens(short)
        t = table()
        if singular(head) != fold(head) or key(short) in t.by_key or not words:
            return None

        def holds(h: Hit) -> bool:
            toks = key_tokens(h.name)
            return len(toks) > len(words) and name_head(h.name) == head and within(words, toks)

        if key(short) in self.skip:
            # "the Organization": the United Nations, unless its own paragraph names another organization in full
            # before it ("We call upon members of the World Trade Organization to actively engage in the ongoing
            # discussions on agriculture in the Organization", A/RES/79/323, annex, para. 43 (e)): the one named
            # last there, never one of a paragraph before (actors.txt [not short names]); read by the alias table's
            # names, also inside an addressee's phrase ("members of the World Trade Organization")
            named = [h for h in scan(text[:at]) if holds(h)]
            actor = t.by_key.get(max(named, key=lambda h: h.end).key) if named else None
            return actor if actor is not None and actor.known and actor.key not in t.short_names else None
        near = [h for h in hits if h.end <= at and holds(h)]
        if not near and any(not any(h.start <= o.start() < h.end for h in hits)
                            for o in _headed(head).finditer(text[:at])):
            # a body of that head its paragraph names before it that the table does not hold: "the second High-level
            # Conference ... the outcome document of the Conference" (A/RES/80/156, para. 4), not UNCTAD
            return None
        near = near or [h for h in self.before if holds(h)]
        if near:
            actor = t.by_key.get(max(near, key=lambda h: h.end).key)
        elif self._unknown(words):
            return None  # no full name of it is a known actor: not looked for (``_unknown``)
        else:
            full = full_name(short, text[:at])
            if full is None:
                if short not in self.bound:  # bound at the first use (``full_name`` reads up to it)
                    self.bound[short] = full_name(short, self.text[: start + at])
                full = self.bound[short]
            actor = t.resolve(full) if full is not None else None
        if actor is None or not actor.known or actor.key == key(short) or actor.key in t.short_names:
            return None
        return actor

    # a quoted phrase inside a name (``names._NAME_WORD``: “[A-Z][^”\n]{0,80}”) that holds a closing bracket: the one
    # way a full name the resolution writes may end in ")" (``_unknown``)
    _QUOTED_BRACKET = re.compile(r"“[A-Z][^”\n]*\)")

    def _unknown(self, words: tuple[str, ...]) -> bool:
        """Can no full name that ``names.full_name`` finds for a short name of the key words ``words`` in the
        resolution's text be a known actor, so that :meth:`_read` gives None whatever it finds? True when a word of
        ``words`` is none of ``AliasTable.known_words`` nor a number, and no name of the text can end in ")". Why:
        the full name holds every word of the short name (``full_name`` keeps a name only if it holds them, in
        order, and a name short for another is followed to that one, which holds its words); such a name is known
        only if all its words are ``known_words``, or if it ends in a bracketed acronym; a name ``full_name`` gives
        ends where a capitalized word, a number or a quoted phrase of it ends, or where it runs on into another
        name (``names._one_body``: before the white space of "and the", "with", "in the"), so it ends in ")" only
        inside a quoted phrase that holds one, which ``_QUOTED_BRACKET`` looks for once in the whole text (every
        text ``_read`` searches is a part of it). Over every third corpus file the full-name search over the
        resolution's text up to the short name (``self.bound``) was made 1,207 times, 0.28 s CPU, and found a known
        actor 12 times; with this test, 347 times, 0.07 s ("the Charter", "the Paris Agreement", "the Decade", "the
        Sendai Framework" are no longer searched; branch mspeed31). tests/test_mspeed31.py holds it to the plain
        reading over texts/ and tests/fixtures."""
        if all(w in table().known_words() or w.isdigit() for w in words):
            return False
        if self.quoted_bracket is None:
            self.quoted_bracket = self._QUOTED_BRACKET.search(self.text) is not None
        return not self.quoted_bracket


@lru_cache(maxsize=1024)
def _headed(head: str) -> re.Pattern:
    """A capitalized word and the head noun ``head`` after it ("second High-level Conference"), compiled once per head
    and process (:meth:`_ShortNames._read` asks it for each short name read: 454 compiles for 285 heads over every
    fourth corpus file when it was compiled at each call)."""
    return re.compile(rf"[A-Z][\w-]*\s+{re.escape(head)}\b")


def _first_person_verb(text: str) -> bool:
    """Does an item open with a mandate verb in its base form (``operative_verbs.txt`` [first person]: "Invite",
    "Request", "Call upon") and a word after it?"""
    words = text.split(maxsplit=2)
    return len(words) > 1 and any(" ".join(words[:n]).lower() in verbs().first_person for n in (1, 2))


@lru_cache(maxsize=1)
def _decided_acts() -> re.Pattern:
    """An infinitive of an act the Assembly takes by a decision (``operative_verbs.txt`` [decided acts]), after its
    adverbs and a "not": "to convene", "to establish"."""
    v = verbs()
    acts = "|".join(map(re.escape, data.sections("operative_verbs.txt")["decided acts"]))
    return re.compile(rf"to\s+(?:(?:{v.pattern(v.adverbs)})\s+)*(?:not\s+)?(?:{acts})\b", re.IGNORECASE)


def _decided_act(action: str) -> bool:
    """Does a decision's infinitive (``action``, after its parentheses) open with a decided act ("to convene a
    high-level meeting ...")? A declaration's "We decide to" before one is the Assembly's decision, before any other
    verb the declaring States' commitment ("We decide to launch ...", A/RES/79/323, annex, para. 6)."""
    return _decided_acts().match(action.strip()) is not None


def mention_scanner(mandates: list[Mandate], also: tuple[str, ...] = (), states: bool = False,
                    texts: list[str] = ()) -> Scanner:
    """The scanner of a resolution's mentions: the alias table's names, the names and the words of the actors its
    ``mandates`` address, ``also`` (a user's query) and, with ``states``, every State's names and every group of
    countries (``actors.txt`` [country groups]: the reading ``corpus build`` stores). ``texts``: the
    resolution's title and paragraphs in order, where it writes the bodies its mandates name in full (a name the
    table does not hold) by a short name too (``resparse.names.short_forms``: "the Residual Special Court" for the
    Residual Special Court for Sierra Leone, A/RES/78/253, section III, paras. 4-11, whose mandates name it in full
    through "the Court"), each a name of that body."""
    extra = []
    full: dict[str, Actor] = {}  # the mandated bodies named by a full name the table does not hold
    read: set[tuple] = set()  # the actors read, as written: a pair added again changes nothing (the first is kept)
    for m in mandates:
        if (m.actor, m.actor_key, m.actor_as_written, m.kind) in read:
            continue
        read.add((m.actor, m.actor_key, m.actor_as_written, m.kind))
        actor = Actor(m.actor, m.actor_key, False)
        for phrase in (m.actor, cut_qualifiers(m.actor_as_written)):
            # not a phrase that refers back ("These organizations are invited ...", A/RES/79/233, annex, para. 336):
            # it names the actor only where it stands, its capital is the sentence's
            # nor one that names the whole its actors are in ("bodies within the United Nations system"): the whole
            # stays a mention of its own
            if not _POSSESSIVE.match(phrase) and not _BACK.match(phrase) and class_before_whole(phrase) is None and (
                    len(key_tokens(phrase)) > 1 or phrase[:1].isupper()):
                extra.append((phrase, actor))
        # each name of an actor named by two names before one head ("the Group of 20 and Paris Club creditors") is
        # one the text may name alone ("commissioned by the Group of 20", A/RES/78/136, para. 22)
        extra += [(name, table().resolve(name)) for name in names_sharing_head(m.actor_as_written or "") or ()]
        if m.kind == "mandate" and len(key_tokens(m.actor)) > 2 and m.actor_key not in table().by_key:
            full.setdefault(m.actor, actor)
    if full and texts:
        text = ".\n".join(texts)  # a full stop ends a name (as ``Recent.full_name`` joins them)
        extra += [(short, actor) for name, actor in full.items() for short in short_forms(name, text)]
    extra += [(q, table().resolve(q)) for q in also]
    if states:
        # the reading ``corpus build`` stores names every group of countries as it names every State, so that a
        # query for a group finds in the database the mentions a query over the files finds (its name added as
        # ``also``): "landlocked developing countries" in A/RES/78/132, para. 39, which mandates no group (the
        # database held a group's mentions only where its resolution mandated it: 340 of 428 over the corpus, a
        # new-user trial of the twenty-ninth session)
        extra += [(group, table().by_key[group]) for group in sorted(table().country_groups)]
    return Scanner(extra, states=states)


def mentions_in(document: str | None, paragraphs, mandates: list[Mandate], scanner: Scanner,
                clauses_of=clauses) -> list[Mandate]:
    """The mentions of a resolution: each name ``scanner`` finds in a paragraph (``paragraphs``, every paragraph in
    reading order; the preamble's are skipped) that the paragraph does not mandate, once per actor and paragraph,
    with the clause it stands in and the actor that clause mandates (``context``). ``mandates``: the resolution's
    mandates; ``clauses_of(Paragraph) -> list[Clause]``. Read by the extraction and by the corpus database, which
    asks it again of the stored paragraphs for a name it did not store (``resparse.corpus.mandate_rows``)."""
    mandated: dict[str, set[str]] = {}
    verbs_of: dict[str, list[tuple[str | None, str]]] = {}  # paragraph -> (verb as written, actor) of its mandates
    handed: dict[str, Mandate] = {}  # an item's first mandate handed down by its chapeau
    # chapeau -> (verb as written, actor) its items' mandates took from it: "Encourages all States: (a) To ..."
    # (A/RES/80/160, para. 12) asks the States in 12, no mention of them there; "Decides that the Conference shall:"
    # (A/RES/78/128, para. 4) the Conference. Not an actor its item names itself ("Decides ... that: (a) The State of
    # Palestine ... may", A/RES/80/1, para. 1; the chapeau's "the representatives of the State of Palestine" stays a
    # mention)
    asked: dict[str, set[tuple[str | None, str]]] = {}
    paragraphs = list(paragraphs)
    own_text = {p.label: p.text for p in paragraphs}  # put in lower case only where a chapeau's mandate asks
    # paragraph -> the phrases referring back its mandates were read from ("these States": Member States)
    referring: dict[str, set[str]] = {}
    for m in mandates:
        mandated.setdefault(m.paragraph, set()).add(m.actor_key)
        if _BACK.match(m.actor_as_written or "") or organ_of_state(m):
            # "calls upon the Government" read as the Iran the paragraph named (A/RES/78/220, para. 26): no mention of
            # Governments in general either
            referring.setdefault(m.paragraph, set()).add(m.actor_as_written)
        elif (words := class_before_whole(m.actor_as_written or "")) is not None:
            # "calls upon all stakeholders in Myanmar" (A/RES/79/182, para. 19 (u)): "stakeholders" is the mandated
            # class, no mention; Myanmar is
            referring.setdefault(m.paragraph, set()).add(words)
        if m.kind == "mandate":
            verbs_of.setdefault(m.paragraph, []).append((m.verb_as_written, m.actor))
            if m.chapeau and m.verb:
                handed.setdefault(m.paragraph, m)
                if (m.actor_as_written or "").lower() not in own_text.get(m.paragraph, "").lower():
                    asked.setdefault(m.chapeau, set()).add((m.verb_as_written, m.actor_key))
    # a group of countries ("the least developed countries", ``actors.txt`` [country groups]) is a mention only where
    # a mandate of the resolution or a query names it (the scanner's phrases), or in the reading ``corpus build``
    # stores (``states``: ``mention_scanner``), as a State; elsewhere its name is read whole, so that no shorter name
    # inside it is a mention ("developed countries", "States")
    quiet = table().country_groups - scanner.named
    out: list[Mandate] = []
    for p in paragraphs:
        # every paragraph but the preamble's, of the body and of an annex or adopted declaration alike: "the
        # regional commissions" named in the Pact for the Future's actions (A/RES/79/1, adopted 81 (b)) are a
        # mention though that paragraph mandates no one (docs/mandates.md, Mentions)
        if p.kind == "preambular":
            continue
        hits = scanner.scan(p.text)
        if not hits:
            continue
        cls = [c for c in clauses_of(p) if c.verb]
        seen = set(mandated.get(p.label, ()))
        for hit in hits:
            # a name before a noun modifies it: the noun's actor ("United Nations entities"), or none ("United States
            # dollars")
            hit = name_as_modifier(p.text, hit)
            hit = hit and office_of(p.text, hit)  # "the Office of the United Nations High Commissioner for Refugees"
            hit = hit and named_class(p.text, hit)  # "the Central Asian States" (A/RES/79/5, para. 1): one name
            if hit is None or hit.key in seen or hit.key in quiet or in_title(p.text, hit):
                continue  # a class in a title's capitals names the titled thing: "the Doha Programme of Action for
                # the Least Developed Countries" (A/RES/79/218, para. 2)
            if any(p.text.endswith(w, 0, hit.end) for w in referring.get(p.label, ())):
                # "calls upon these States" (A/RES/79/161, para. 24): the words of the actors referred back, no mention
                continue
            seen.add(hit.key)
            clause = next((c for c in reversed(cls) if c.start <= hit.start), None)
            if clause is None and p.label in handed:  # "(a) Immediately complying with ... the United Nations":
                # mentioned in the action its chapeau hands down (A/RES/80/116 5 (a))
                m = handed[p.label]
                clause = Clause(m.verb_as_written, verbs().table[m.verb], 0, p.text)
            if clause and (clause.written, hit.key) in asked.get(p.label, ()):
                continue  # the chapeau's addressee, whose verb its items carry: asked there, not mentioned
            context = next((actor for written, actor in verbs_of.get(p.label, ())
                            if clause and written == clause.written), None)
            a, b = _word_edge(p.text, hit.start - 70, -1), _word_edge(p.text, hit.end + 70, 1)
            excerpt = ("..." if a else "") + p.text[a:b].strip() + ("..." if b < len(p.text) else "")
            verb = clause.verb if clause else None
            out.append(Mandate(
                document=document, paragraph=p.label, paragraph_id=p.id, kind="mention",
                verb=verb.name if verb else None, verb_as_written=clause.written if clause else None, force=0,
                span=p.span, actor=as_numbered(hit.name, p.text[hit.start : hit.end]), actor_key=hit.key,
                actor_as_written=p.text[hit.start : hit.end],
                action=None, deadline=None, context=context, excerpt=_tidy(excerpt)))
    return out


# the words that introduce an annexed text: "Decides to adopt the United Nations principles ... annexed to the
# present resolution" (A/RES/80/119, para. 1), "Adopts the United Nations Convention on Negotiable Cargo Documents,
# contained in the annex to the present resolution" (A/RES/80/162, para. 2), "decides to adopt the modalities set out
# in the annex" (A/RES/79/81, para. 17)
_ANNEXED = re.compile(r"\b(?:annexed\s+to\s+the\s+present\s+(?:resolution|decision)"
                      r"|(?:contained|set\s+out|set\s+forth|included|reproduced)\s+in\s+(?:the\s+)?(?P<name>annex(?:\s+[IVX]+)?)\b)")
_INTRODUCING = re.compile(r"\b(?:[Aa]dopts?|[Ee]ndorses?|[Aa]pproves?|[Tt]akes?\s+note\s+(?:with\s+\w+\s+)?of|[Ww]elcomes?"
                          r"|[Pp]roclaims?)\b")


@lru_cache(maxsize=1)
def _annexed_kinds() -> re.Pattern:
    sections = data.sections("annexed_texts.txt")
    alt = lambda words: "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)  # noqa: E731
    return re.compile(rf"\b(?:(?P<own>{alt(sections['own content'])})|(?P<voice>{alt(sections['voice'])}))\b",
                      re.IGNORECASE)


def own_content_annexes(res: Resolution) -> frozenset[str]:
    """The annexes (names: "annex", "annex I") that are instruments addressing their own subjects, not the Assembly's
    voice: the first word of ``data/annexed_texts.txt`` after the verb that introduces the annex in an operative
    paragraph ("adopts", "takes note of", ...; "Decides to adopt the United Nations principles for consumer product
    safety annexed to the present resolution", A/RES/80/119, para. 1) is of its ``[own content]``. An annex whose
    introduction names none, or a text of ``[voice]`` (a declaration, modalities), keeps its mandates."""
    names = sorted({a.name for a in res.annexes})
    out = set()
    for p in res.walk():
        # both ways of ``_ANNEXED`` hold "annex" as written: a paragraph without it introduces no annex
        if p.kind not in ("operative", "subparagraph") or p.annex is not None or "annex" not in p.text:
            continue
        for m in _ANNEXED.finditer(p.text):
            # "annexed to the present resolution" names its one annex, or the one headed "Annex" alone (A/RES/79/243:
            # the convention; the notes annexed after it are "annex II", named by position: resparse.build)
            unnamed = names[0] if len(names) == 1 else "annex" if "annex" in names else None
            name = " ".join(m.group("name").split()) if m.group("name") else unnamed
            if name not in names:
                continue
            before = p.text[: m.start()]
            verbs_at = [v.end() for v in _INTRODUCING.finditer(before)]
            kind = _annexed_kinds().search(before, verbs_at[-1]) if verbs_at else None
            if kind is not None and kind.group("own"):
                out.add(name)
    return frozenset(out)


def _decision_chapeau(p: Paragraph) -> _Context | None:
    """ "The General Assembly / Resolves that: / 1. The Working Capital Fund shall be established ...; 2. Member
    States shall make advances ...": a decision's chapeau that the document places before paragraph 1 (the tree
    has it as the last preambular paragraph, being unnumbered) gives its decision to the numbered paragraphs that
    open with no verb of their own, as "Decides that:" to its items. A/RES/78/256, 79/261, 80/246 (the Working
    Capital Fund)."""
    verb = verb_of(p.opening) if p.opening else None
    if verb is None or verb.cls != "decide" or not re.search(r"\bthat\s*:\s*$", p.text):
        return None
    return _Context("decide", Clause(p.opening, verb, len(p.opening), p.text[len(p.opening):]), p.label)


def _opens(text: str, shape: str, negated: bool | None = None) -> bool:
    """Does an item open with ``shape`` (``clauses.item_opening``, ``grammar/clauses.lark``'s ``item``)? An
    infinitive, maybe negated, continues its chapeau's action: "(b) To distinguish ...", "(a) Not to recognize any
    changes to the pre-1967 borders ..." under "Calls upon all States ..., inter alia:" (A/RES/79/81, para. 16; 80/72,
    para. 19): a call not to act is a call upon the same addressees (as "calls upon States not to ..." inside a
    paragraph, ``clauses.infinitive``); after a means ("by:"), a gerund too: "Ensuring that ...", "Exercising due
    diligence ...", "Immediately complying with ..." (A/RES/80/116 5 (a)); not "Bring". ``negated``: only an
    infinitive that is (True) or is not (False) negated."""
    got = item_opening(text)
    return got is not None and got.shape == shape and (negated is None or got.negated == negated)


def _other_verb(clause_text: str, body: str, span: tuple[int, int]) -> bool:
    """Does another verb with a modal before the passive hold its clause ("a one-day organizational session will be held in New
    York in 2025 ..., during a one-day meeting to be convened by the President of the General Assembly", A/RES/78/327,
    para. 15)? Then the clause's time is that verb's, not the agent's (the fifth sample's label: the President's
    passive mandate has no deadline)."""
    at = body.find(clause_text)
    own = span[0] - at if at >= 0 else -1
    return any(m.start() < own for m in _MODAL.finditer(clause_text))


def _raised_object(action: str, next_body: str) -> str:
    """``action``, the first of two addressee-action pairs of one verb, with the object it shares with the next pair's
    action (``next_body``, that pair's addressee and action) where it ends with a preposition that has none (rule
    ``dangling_preposition`` of grammar/attachment.lark) and the object is written after the next action's verb
    (``raised_verb``): "Calls upon Member States to consider ratifying or acceding to, and for States parties to
    effectively implement, the Protocol against the Smuggling of Migrants ..." (A/RES/78/229 51, 80/229 42): the
    Member States' action "to consider ratifying or acceding to the Protocol ..." (it stopped at "acceding to"). The
    object is the rest of the next action, as that action's own; ``action`` unchanged otherwise."""
    head = action.rstrip(" ,")
    if not rule("dangling_preposition").search(head):
        return action
    at = infinitive(next_body)
    verb = rule("raised_verb").match(next_body[at:]) if at is not None else None
    if verb is None or verb.end() == len(next_body) - at:
        return action
    return f"{head} {next_body[at + verb.end():]}"


def _set_off(text: str, clause: Clause) -> bool:
    """Is the clause set off by a comma from the one before ("Calls upon all Member States, and invites the private
    sector and all concerned individuals and institutions, to consider increasing their voluntary contributions
    ...", A/RES/78/119, para. 60; "Calls upon Member States and the United Nations development system, and
    encourages other stakeholders, as appropriate, to continue ...", A/RES/78/160, para. 27)? Then, closed by a
    comma before its action, its action is the clause before's too."""
    at = text.rfind(clause.written, 0, clause.start)
    return at > 0 and text[:at].rstrip().endswith(",")


def _handed_down(p: Paragraph, c: Clause, body: str, actors: list[Named],
                 times: list[Deadline] = ()) -> _Context | None:
    """A chapeau that is itself a whole mandate and hands it to its items: "Also urges States to take immediate and
    effective action ... and to support and protect all victims and survivors by: (d) Ensuring that ...", "Strongly
    urges the Government to respect ... and, in this regard: (g) To ensure that ...". Each item that is an action
    ("To ...", and after a means, "by:", a gerund) carries the clause's verb and actors (GUIDELINE.md: a
    sub-paragraph that is an action carries its chapeau's verb and actor); the chapeau keeps its own mandate, and the
    first of its action's ``times`` goes to an item that names none of its own, as a colon chapeau's time does
    ("... to end obstetric fistula within a decade by: (i) Increasing national budgets ...", A/RES/79/155 15:
    tests/labels/mandates_fresh7 n 55, as mandates_fresh5 n 86). After a means whose gerund the items complete
    ("... to support mine- and explosive remnants of war-affected States ... by providing: (c) Reliable, predictable
    ... contributions for mine action activities ...", A/RES/80/74 5 and 78/70 4: ``by_gerund`` of ``clauses.means_chapeau``), each item is what
    the means gives, a noun phrase too (tests/labels/mandates_fresh8 n 75); so after "by means of:" ("(c) Regular
    monitoring and reporting of attacks against journalists", A/RES/78/215 13: mandates_fresh15 n 57;
    ``clauses.OBJECT_MEANS``). None unless the clause ends the paragraph
    with a colon and names actors."""
    if not actors or not p.children or not body.rstrip().endswith(":"):
        return None
    means = means_chapeau(body)
    return _Context("address", c, p.label, actors, deadline=times[0] if times else None,
                    gerunds=means is not None, objects=means in OBJECT_MEANS)


def _through_items(p: Paragraph, action: str) -> bool:
    """Does a chapeau's action go on in its items by the means they list (``clauses.means_chapeau``: "by:", "by,
    inter alia:", "including by:", "by providing:"), with an item that carries it (an infinitive, a gerund, or any
    item after a means whose gerund takes the items as objects: as ``_Extractor.inherit`` reads them)? Then the items
    carry the mandate and the chapeau none: "Calls upon States and/or the relevant funds and programmes ... and
    invites the international financial institutions ... to end obstetric fistula within a decade by: (a) Redoubling
    their efforts ..." (A/RES/79/155, para. 15: tests/labels/mandates_fresh11 n 58, the chapeau none; its items
    mandates_fresh7 n 55 and mandates_fresh9 n 33 both mandates), as a chapeau "Requests the Secretary-General:" or
    "... to:" carries none (tests/labels/GUIDELINE.md, actors; mandates_fresh10 n 46). A chapeau whose action is whole
    and whose items list its object ("to implement the following recommended actions ...:", mandates_fresh8 n 30)
    keeps its mandate."""
    if not p.children or not action.rstrip().endswith(":"):
        return False
    means = means_chapeau(action)
    return means is not None and (means in OBJECT_MEANS or any(
        _opens(child.text, "gerund") or _opens(child.text, "infinitive") for child in p.children))


def _following_actions(p: Paragraph, action: str) -> bool:
    """Is a chapeau's action's object the list of its items ("the following ...:", ``_FOLLOWING``), each an action of
    its own, an infinitive ("Calls upon, in this regard, States, regional fisheries management organizations ... to
    take, in particular, the following urgent actions regarding bottom fishing in areas beyond national jurisdiction:
    (a) To use, as applicable, the full set of criteria ...", A/RES/79/145, para. 227)? Then the items carry the
    mandate and the chapeau none (tests/labels/mandates_fresh17 n 94), as under "Requests the Secretary-General to:".
    Items that list the object as noun phrases ("Authorizes the Secretary-General to carry out the following
    activities in 2026 ...: (a) The International Law Fellowship Programme ...", A/RES/80/163 2: mandates_fresh12 n 45)
    or bare imperatives ("encourages Member States to implement the following recommended actions ...: (a) Build on
    promising practices ...", A/RES/79/217 15: mandates_fresh8 n 30) leave the chapeau its mandate."""
    if not p.children or not action.rstrip().endswith(":") or not _FOLLOWING.search(action):
        return False
    return all(_opens(child.text, "infinitive") for child in p.children)


_MONTH = f"(?:{MONTH_NAMES})"
_WHOLE_DATE = re.compile(rf"\b\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?\b|\b{_MONTH}\s+\d{{4}}\b")
_DIGIT = re.compile(r"\d")  # what each of ``_WHOLE_DATE``'s ways holds


def _word_edge(text: str, i: int, direction: int) -> int:
    """The nearest word boundary from ``i`` outwards (an excerpt does not cut words), outside a date: an excerpt
    keeps "13 December 2023" whole (a fresh-user trial, 2026-12-03: "...on 13 December" cut before its year)."""
    if i <= 0:
        return 0
    if i >= len(text):
        return len(text)
    while 0 < i < len(text) and not text[i].isspace():
        i += direction
    lo, hi = max(0, i - 30), min(len(text), i + 30)
    if _DIGIT.search(text, lo, hi) is None:
        return i  # every date holds a digit: none there (the date's pattern, tried at each place, is not run)
    for m in _WHOLE_DATE.finditer(text, lo, hi):
        if m.start() < i < m.end():
            return m.end() if direction > 0 else m.start()
    return i


def _shifted(spans, by: int) -> list[tuple[int, int]]:
    """``spans`` (offsets in a text) as offsets in that text without its first ``by`` characters."""
    return [(s - by, e - by) for s, e in spans]


def _blank(text: str, spans) -> str:
    """The text with the given spans blanked out (same length, so offsets hold)."""
    for s, e in spans:
        s, e = max(0, s), min(len(text), e)
        if s < e:
            text = text[:s] + " " * (e - s) + text[e:]
    return text


@lru_cache(maxsize=32768)
def _tidy(text: str) -> str:
    """Whitespace runs as one space, without the separators and the full stop at the ends (``str.split`` and
    ``\\s`` know the same whitespace). Kept per text: each actor of a clause has the clause's action."""
    return " ".join(text.split()).strip(" ,;:").rstrip(".")


def _part_of(actor_key: str) -> set[str]:
    t = table()
    return {t.parts[actor_key]} if actor_key in t.parts else set()


def extract(res: Resolution, also: tuple[str, ...] = (), states: bool = False) -> list[Mandate]:
    """Every mandate of the resolution's operative part (and annexed declarations), then the mentions; in
    document order. ``also``: extra actor names to report mentions of (a user's query). ``states``: report the
    mentions of every State (``data/member_states.txt``) and every group of countries (``actors.txt`` [country
    groups]) too — ``corpus build`` stores them, so that ``mandates --db --actor Somalia`` (or "landlocked developing
    countries") finds what ``mandates FILES --actor Somalia`` finds; otherwise a State or a group is a mention only
    when it is asked for or a mandate of the resolution names it."""
    ex = _Extractor(_own_words(res), tuple(also), states)
    ex.whole = res  # the mentions are of every word of the text, quoted ones too
    return ex.run()


def _own_words(res: Resolution) -> Resolution:
    """``res`` with each paragraph's text cut to its own words (:meth:`Paragraph.own_text`), for the mandates: the
    lines a paragraph quotes after an amending instruction are another text's ("Amend paragraph 8 to read: / 8. The
    Secretary-General ... may engage an independent panel", A/RES/79/144 annex U1; the article of the statute that
    78/248 14 approves), whose sentences ask no one in this resolution (the actors they name are mentions, read in
    the whole text). ``res`` itself where nothing is quoted."""
    if not any(p.quoted for p in res.walk()):
        return res

    def own(p: Paragraph) -> Paragraph:
        return replace(p, text=p.own_text(), quoted=[], children=[own(c) for c in p.children])

    return replace(res, paragraphs=[own(p) for p in res.paragraphs])


