"""Renderings of mandates: the table by actor, the answer to an actor query, the timeline, the actor list, CSV."""

from __future__ import annotations

import csv
import io
import re
import textwrap
from collections import Counter
from functools import lru_cache

from ..clip import clip
from ..mandates import Match, group_name, own_and_groups
from ..mandates.queries import same_office
from ..mandates.actors import key, key_name, states, table
from ..mandates.addressees import is_pronoun
from ..months import MONTH_NAMES
from ..mandates.deadlines import part_undated, recurring_years
from ..mandates.reports import (NOT_STATED, PERIODIC, channel_written, counted_from_adoption, counted_from_adoption_year, due_date,
                                 due_in_year, in_year, listed_dates, report_words, timeline_times, wanted)
from ..mandates.verbs import third_person, verbs
from ..model import Deadline, Mandate, Report
from .text import counted

WIDTH = 100


@lru_cache(maxsize=1)
def _lead() -> re.Pattern:
    """ "and", then a connective of ``operative_verbs.txt`` ``[connectives]`` ("in that connection", "for that
    reason", "therefore"), before the verb shown."""
    v = verbs()
    return re.compile(rf"^(?:and\s+)?(?:(?:{v.pattern(v.connectives)}),?\s+)?", re.IGNORECASE)


def verb_shown(m: Mandate, renewal: bool = False) -> str:
    """ "and in this regard invites" -> "invites"; "Also requests" -> "also requests"; the first person, a bare
    imperative or a participle in the table's third person ("We also invite" -> "also invites", "call upon" ->
    "calls upon", "are encouraged" -> "encourages"; the words as written stay in ``verb_as_written`` and in the
    text shown); passive marked. A mandate renewed as a noun is its table verb in the tables' verb column
    ("further reiterates the request to" -> "further requests"), and as written with ``renewal`` (the answer to
    --actor, whose lines a reader quotes: "further reiterates the request to", A/RES/79/203, para. 12)."""
    if not m.verb_as_written:
        return ""
    verb = _lead().sub("", re.sub(r"^we\s+", "", _lead().sub("", m.verb_as_written).lower()))  # "We therefore"
    verb = third_person(verb)
    renewed = _renewal().match(verb)
    if renewed and m.verb and not renewal:  # "reiterates the urgent call upon" -> "calls upon" (``[nouns]``)
        verb = renewed.group("adverbs") + m.verb
    return verb + (" (passive)" if m.passive else "")


@lru_cache(maxsize=1)
def _renewal() -> re.Pattern:
    """A mandate renewed as a noun, after its adverbs: "also reiterates its request in this regard to", "reiterates
    the invitation to" (``operative_verbs.txt`` ``[renewals]``)."""
    v = verbs()
    return re.compile(rf"(?P<adverbs>(?:(?:{v.pattern(v.adverbs)}),?\s+)*)(?:{v.pattern(v.renewals)})\s+\S")


def where(m: Mandate, many: bool) -> str:
    return f"{m.document} {m.paragraph}" if many else m.paragraph


def _deadlines(m: Mandate) -> list[str]:
    """Every deadline of the mandate (``Mandate.deadlines``: "in the second quarter of 2023 (2023-04 to 2023-06)",
    "at its seventy-eighth session (2023-09 to 2024-09)", the update's time and the report's; a fresh-user trial of
    ../shared/cases/deadline-quarter.txt, where only the first was shown, without its dates), each as ``dated``
    shows it; none where there is none."""
    return [dated(d) for d in (m.deadlines or ([m.deadline] if m.deadline else []))]


def _whole_years(d: Deadline) -> bool:
    """The dates are the years the text writes, whole ("in 2025": 2025-01 to 2025-12 or "2025"; "beginning in 2025":
    "2025"), or a day or month the text names ("by 31 December 2024", "between April and November 2017")."""
    if re.search(rf"\b(?:{MONTH_NAMES})\b", d.text):
        return True
    return (d.start or "")[5:7] in ("", "01") and (d.end or "")[5:7] in ("", "12")


def dated(d: Deadline) -> str:
    """A deadline as written, with its dates where the text does not show them ("in phase I (2017-04 to 2017-11,
    dated by 14 (a))", "at its eightieth session (2025-09 to 2026-09)", "in the second quarter of 2023 (2023-04 to
    2023-06)", "by the end of 2025 (2025-12)", "each 14 December thereafter (annually, first 2026-12-14)"); as
    written alone where its dates are the years or the day it writes ("by 31 December 2024", "in 2025") or it has
    none."""
    if d.body and not d.start and d.body not in d.text:
        return f"{d.text} (a session of the {d.body}: not dated)"  # "at its sixty-first session" of the Council
    if d.body and d.start and d.body not in d.text:
        # dated by the body's own calendar (data/body_sessions.txt), not the Assembly's: "at its sixty-second session
        # (a session of the Human Rights Council: 2026-06 to 2026-07)"
        span = f"{d.start} to {d.end}" if d.end and d.end != d.start else d.start
        return f"{d.text} (a session of the {d.body}: {span})"
    if part_undated(d):  # "at the third part of its resumed eightieth session": no calendar dates it, no wrong month
        return f"{d.text} ({UNDATED_PART})"
    if not d.date or (not d.resolved_from and re.search(r"\b(?:19|20)\d\d\b", d.text) and _whole_years(d)):
        return d.text
    span = f"{d.start} to {d.end}" if d.start and d.end and d.start != d.end else d.end or d.start
    via = f", dated by {d.resolved_from}" if d.resolved_from else ""
    if d.recurrence:  # "every year on 9 August (annually, first 2026-08-09)"
        return f"{d.text} ({d.recurrence}, first {span})"
    return f"{d.text} ({span}{via})"


def _wrap(text: str, indent: int) -> list[str]:
    return textwrap.wrap(text, WIDTH - indent, initial_indent="", subsequent_indent="") or [""]


def _short(text: str, n: int) -> str:
    """``text`` in ``n`` characters, cut after a whole word with "..." (:func:`resparse.clip.clip`)."""
    return clip(text, n, "...")


def _column(text: str, n: int) -> list[str]:
    """A name in a column ``n`` characters wide: its lines, wrapped at words (a word longer than the column is
    cut), never cut short with "..." (the timeline cut "Special Rapporteur on the rig...": a fresh-user trial,
    2026-12-03)."""
    return textwrap.wrap(text, n) or [""]


def _date_width(dates) -> int:
    """The width of the date column of ``--timeline`` and ``--reports``: the widest date of the table and a space,
    8 at least, so a full date ("2024-09-01", A/RES/78/74 2) lines its row up with the months ("2024-09") and years
    ("2024") of the others."""
    return max([8, *(len(d) + 1 for d in dates)])


def _named(docs: list[str]) -> str:
    """The resolutions an answer covers, for its first line: named up to four, else counted ("49 resolutions")."""
    return ", ".join(docs) if len(docs) <= 4 else f"{len(docs)} resolutions"


def _rows_note(mandates: int, rows: int) -> str:
    """" (8376 rows)" after a count of mandates when --json and --csv give more rows: they keep a row per name of
    a mandate the listing counts once (``one_row_each``: a group and a member named in its list, two names of one
    actor); "" when the counts agree (a new-user trial, 2026-12-04: "8337 mandates" beside 8376 CSV rows)."""
    return f" ({counted(rows, 'row')})" if rows != mandates else ""


def _documents(items) -> list[str]:
    return list(dict.fromkeys((x.mandate if isinstance(x, Match) else x).document or "?" for x in items))


def _one_mandate(m: Mandate) -> tuple:
    """What makes two rows of one actor one mandate: the paragraph, the actor, the verb as written, the action, its
    deadlines (``one_row_each``)."""
    return (m.document, m.paragraph, m.actor_key, m.verb, m.verb_as_written, m.passive, m.modal, m.chapeau, m.action,
            tuple(d.text for d in m.deadlines))


def one_row_each(rows: list, mandate=lambda x: x) -> tuple[list, dict[int, list[Mandate]]]:
    """The rows (mandates, or matches with ``mandate`` giving the mandate) with one row per mandate of an actor:
    where a paragraph gives one actor the same action under two names, the group and a member named in its list
    ("Calls upon all other international organizations, including those established by treaty, to recognize ...",
    ../shared/cases/demands-that.txt 3; "urges all other Member States, in particular those in arrears, to ensure
    payment ...", A/RES/79/309 2) or two names of it coordinated ("the relevant entities of the United Nations
    system and the relevant organizations of the United Nations system", A/RES/80/44 9), the first row stands for
    it (a row of the group's own name before a member's, ``Mandate.via``), in the order given; also: the id of each
    row kept -> the mandates of the others (their names shown under it). Mentions of one paragraph in the same
    context are one row too (one row per paragraph and mention: "Calls for consistent involvement of the Economic
    Commission for Europe and the Economic and Social Commission for Asia and the Pacific", A/RES/78/9 3, is one
    mention of the regional commissions, a new-user trial, 2026-12-03, saw it listed twice); the other rows are kept
    as they are. ``--json`` and ``--csv`` keep every row: the labels count each name (tests/labels/GUIDELINE.md,
    "via")."""
    kept: list = []
    first: dict[tuple, int] = {}
    others: dict[int, list[Mandate]] = {}
    for x in rows:
        m = mandate(x)
        k = _one_mandate(m) if m.kind == "mandate" else (
            ("mention", m.document, m.paragraph, m.context) if m.kind == "mention" else None)
        if k is None or k not in first:
            if k is not None:
                first[k] = len(kept)
            kept.append(x)
            continue
        i = first[k]
        if mandate(kept[i]).via and not m.via:  # the group's own name stands for the mandate
            kept[i], x = x, kept[i]
        others.setdefault(id(kept[i]), []).extend([mandate(x)] + others.pop(id(x), []))
    return kept, others


def _also(others: list[Mandate]) -> str:
    """The other names a mandate kept once was given by ("also as \"those established by treaty\", named as a
    member of all other international organizations")."""
    return "; ".join(f'also as "{o.actor_as_written}"' + (f", named as a member of {o.via}" if o.via else "")
                     for o in others)


def by_actor(items: list[Mandate], documents: list[str] | None = None) -> str:
    """All mandates grouped by actor (most mandated first), strongest verb first within an actor. ``documents``:
    the symbols of the resolutions read (named in the summary also when nothing is found)."""
    rows = [m for m in items if m.kind == "mandate"]
    mandates, others = one_row_each(rows)
    docs = documents or _documents(items)
    many = len(docs) > 1
    groups: dict[str, list[Mandate]] = {}
    for m in mandates:
        groups.setdefault(m.actor_key, []).append(m)
    per_key = Counter(m.actor_key for m in rows)  # the rows of --json and --csv, a row per name
    order = sorted(groups, key=lambda k: (-len(groups[k]), groups[k][0].actor.lower()))
    mentions = sum(1 for m in items if m.kind == "mention")
    out = [
        f"{_named(docs)}: {counted(len(mandates), 'mandate')}{_rows_note(len(mandates), len(rows))} on "
        f"{counted(len(groups), 'actor')}, {counted(mentions, 'mention')}"
        f"  (resparse mandates --actor NAME: one actor, with its mentions)"
    ]
    label_w = max((len(where(m, many)) for m in mandates), default=6) + 2
    for k in order:
        ms = sorted(groups[k], key=lambda m: (m.passive, -m.force))
        out.append("")
        out.append(f"{key_name(m.actor for m in ms)} — {len(ms)} mandate{'s' if len(ms) > 1 else ''}"
                   + _rows_note(len(ms), per_key[k]))
        for m in ms:
            head = f"  {where(m, many):<{label_w}}{verb_shown(m):<25} "
            out.append(head + _short(m.action or "", WIDTH - len(head)))
            if m.via:  # a member named in the list of its group, its group not addressed by name
                out.extend(" " * len(head) + line for line in
                           _wrap(f'(as "{m.actor_as_written}", named as a member of {m.via})', len(head)))
            if id(m) in others:  # one mandate under two names: one row ("international organizations, including
                # those established by treaty", a fresh-user trial: the row was listed twice)
                out.extend(" " * len(head) + line for line in _wrap(f"({_also(others[id(m)])})", len(head)))
            out.extend(" " * len(head) + f"[{d}]" for d in _deadlines(m))  # each on its line
    return "\n".join(out)




def lookup(matches: list[Match], query: str, found_as: str | None, groups: bool = False, read_as: bool = False) -> str:
    """The answer to --actor: each mandate with its full action and deadline, then the mentions. The actor's own rows
    (``queries.OWN``) are listed; the rows that reach it only as a group or whole it belongs to addresses ("the
    Secretariat" for the Office for Disarmament Affairs) are counted a line per group under the first (``summary``)
    and listed, noted so, with ``groups`` (``mandates --groups``); ``read_as``: ``found_as`` is the reading of a
    mistyped query ("(read as: Economic Commission for Europe)", ``queries.typo_reading``)."""
    own, by_group = own_and_groups(matches)
    own, others = one_row_each(own, lambda x: x.mandate)  # one row per mandate of the actor (``one_row_each``)
    if groups:
        shown, more = one_row_each(matches, lambda x: x.mandate)
        others = {**others, **more}
    else:
        shown = own
    docs = _documents(shown) or _documents(matches)
    many = len(_documents(matches)) > 1
    mandates = [x for x in shown if x.mandate.kind == "mandate"]
    mentions = [x for x in shown if x.mandate.kind == "mention"]
    out = summary(own, by_group, query, found_as, docs, groups, read_as)
    for x in mandates:
        m = x.mandate
        out.append("")
        who = _who(m)
        notes = []
        if x.relation == "part":
            whole = table().by_key.get(m.part_of or "")
            notes.append(f"part of the {whole.name if whole else m.part_of or x.under}")
        if x.relation == "group member" and not (m.via and table().resolve(m.via).key == table().resolve(x.under).key):
            notes.append(f"a member of the {x.under}")  # not twice: "named as a member of the regional commissions"
        if x.relation == "group":
            notes.append(f"addressed to the {group_name(x)} as a whole")
        if x.relation == "appointed":
            notes.append(f"a mandate-holder appointed by the {x.under}, not the {x.under} itself")
        if m.via:
            notes.append(f"named as a member of {m.via}")
        if id(x) in others:
            notes.append(_also(others[id(x)]))
        if m.chapeau:
            notes.append(chapeau_note(m))
        if m.modal:
            notes.append(f"'{m.modal}'")
        note = f"  ({'; '.join(notes)})" if notes else ""
        if m.passive:
            out.append(f"{where(m, many)}  {verb_shown(m, True).replace(' (passive)', '')}: passive, by {who}{note}")
        else:
            out.append(f"{where(m, many)}  {verb_shown(m, True)} {who}{note}")
        for line in _wrap(m.action or "", 4):
            out.append("    " + line)
        shown = _deadlines(m)
        for i, line in enumerate(_wrap(f"deadline{'s' if len(shown) > 1 else ''}: {'; '.join(shown) or 'none stated'}", 4)):
            out.append(("    " if not i else "      ") + line)
    if mentions:
        out.append("")
        out.append("Mentioned, not mandated:")
        for x in mentions:
            m = x.mandate
            ctx = f"in a paragraph that {verb_shown(m)} {_actor_in_text(m.context)}" if m.context else "mentioned"
            if m.context and (m.context.startswith("(the") or (m.context == "General Assembly" and m.verb
                                                                   and verbs().table[m.verb].cls != "address")):
                ctx = "in a decision of the General Assembly"
            whole = (f" (names the {group_name(x)} as a whole)" if x.relation == "group"
                     else f" (a mandate-holder appointed by the {x.under})" if x.relation == "appointed" else "")
            out.append(f"  {where(m, many):<8} {ctx}{whole}:")
            if id(x) in others:  # the other names of the query in the same paragraph and context, one row
                out.extend("          " + line for line in _wrap(f"({_also(others[id(x)])})", 10))
            for line in _wrap(m.excerpt or "", 10):
                out.append("          " + line)
    return "\n".join(out)


def summary(own: list[Match], by_group: dict[str, list[Match]], query: str, found_as: str | None,
            docs: list[str], listed: bool, read_as: bool = False) -> list[str]:
    """The head of the answer to --actor, the one wording of every actor query (files or ``--db``): the resolutions
    of the rows listed and the actor's own counts ("A/RES/79/53: "Office for Disarmament Affairs" — its own: 1
    mandate, 0 mentions"), then a line per group or whole it belongs to that addresses it, with its counts and
    resolutions ("  also the Secretariat as a whole: 79 mandates, 4 mentions, in 71 resolutions (--groups lists
    them)"); ``listed``: the group rows are listed below (``--groups``)."""
    named = f' ("{found_as}")' if found_as and found_as.lower() != query.lower() else ""
    if read_as and named:  # a mistyped query and the actor it is read as (``queries.typo_reading``)
        named = f" (read as: {found_as})"
    # its parts' mandates count as its own, the listing counts them under their own names: said, so that the two
    # counts are told apart (a re-trial, 2026-12-04: "Member States — 2710 mandates" in the listing, "its own: 2711
    # mandates" here, one of them the "law enforcement authorities of the Member States")
    parts = Counter(x.mandate.actor for x in one_row_each(own, lambda x: x.mandate)[0]
                    if x.relation == "part" and x.mandate.kind == "mandate")
    of_parts = (f" ({counted(sum(parts.values()), 'mandate')} of its parts: "
                + "; ".join(f"{name}" + (f" ×{n}" if n > 1 else "") for name, n in parts.most_common(_NAMES_SHOWN))
                + (f"; and {len(parts) - _NAMES_SHOWN} more" if len(parts) > _NAMES_SHOWN else "") + ")") if parts else ""
    out = [f'{_named(docs)}: "{query}"{named} — its own: {counts(own)}{of_parts}']
    # the names the own rows address when they are several ("States parties" finds the parties to each treaty:
    # "States parties to the Convention against Torture ...", a new-user trial, 2026-12-04), each with its rows
    # (one office with or without its place, "... of the Secretariat", is one name: ``queries.same_office``)
    keys = Counter(same_office(x.mandate.actor_key) for x in own if x.relation in ("direct", "member"))
    first = {}
    for x in own:
        first.setdefault(same_office(x.mandate.actor_key), x.mandate.actor)
    names = Counter({first[k]: n for k, n in keys.items()})
    if len(names) > 1:
        shown = [f"{name} ({n})" for name, n in names.most_common(_NAMES_SHOWN)]
        rest = len(names) - len(shown)
        out.append("  as: " + "; ".join(shown) + (f"; and {rest} more" if rest else ""))
    return out + ["  " + group_line(name, rows, listed) for name, rows in by_group.items()]


_NAMES_SHOWN = 8  # the names of the actor's own rows the answer's head lists, most rows first


def group_line(name: str, rows: list[Match], listed: bool = False, kept: str = "",
               of: list[Match] | None = None) -> str:
    """The count of the rows that reach an actor through one group or whole it belongs to, as every actor query
    says it ("also the Secretariat as a whole: 79 mandates, 4 mentions, in 71 resolutions (--groups lists them)").
    ``kept``: what a narrowed view keeps of them, ``of``: the rows of the plain answer, to count beside ("also the
    Secretariat as a whole: 5 mandates with a deadline, in 3 resolutions, of 17 mandates, 77 mentions in all
    (--groups lists them)": --timeline, --reports count fewer than the plain answer, and say why)."""
    appointed = bool(rows) and rows[0].relation == "appointed"
    how = ('listed below, noted "appointed by"' if appointed else 'listed below, noted "as a whole"') if listed \
        else "--groups lists them"
    label = group_label(name, rows)
    if kept:
        n = sum(x.mandate.kind == "mandate" for x in rows)
        whole = f", of {counts(of)} in all" if of else ""
        return (f"also {label}: {counted(n, 'mandate')} {kept}, in "
                f"{counted(len(_documents(rows)), 'resolution')}{whole} ({how})")
    return f"also {label}: {counts(rows)}, in {counted(len(_documents(rows)), 'resolution')} ({how})"


def group_label(name: str, rows: list[Match]) -> str:
    """How the answer to --actor names the rows of one group line: "the Secretariat as a whole" for a group or whole
    the actor belongs to, "the mandate-holders it appoints (special procedures, not the Human Rights Council
    itself)" for the holders an actor appoints (``queries.Match`` relation "appointed")."""
    if rows and rows[0].relation == "appointed":
        return f"the mandate-holders it appoints (special procedures, not the {rows[0].under} itself)"
    return f"the {name} as a whole"


def counts(rows: list[Match]) -> str:
    """ "1 mandate, 3 mentions": the mandates and mentions among ``rows`` (matches), as every answer to an actor
    query counts them. Mandates are counted as the listing counts them, once where ``--json`` keeps a row per name
    (``one_row_each``), with " (N rows)" where the two differ: one actor has one count of mandates in every answer
    (a re-trial, 2026-12-04: the listing's "Member States — 2710 mandates (2757 rows)" beside --actor's "its own:
    2711 mandates", and a group line's "2778 mandates" that were rows)."""
    n = sum(x.mandate.kind == "mandate" for x in rows)
    once = sum(x.mandate.kind == "mandate" for x in one_row_each(rows, lambda x: x.mandate)[0])
    return f"{counted(once, 'mandate')}{_rows_note(once, n)}, {counted(len(rows) - n, 'mention')}"


def verb_absent(rows: list[Match], actor: str, verb: str) -> str:
    """An actor's own rows (matches) with none of the asked verb, as ``mandates --actor X --verb V`` says it:
    "Secretary-General has 4 mandates, none with the verb decides: requests ×4; and 9 mentions" (A/RES/78/128: a
    fresh-user trial, 2026-12-03, was told "nearest actors: Secretary-General of the Conference")."""
    verbs = Counter(x.mandate.verb for x in rows if x.mandate.kind == "mandate" and x.mandate.verb)
    n = sum(verbs.values())
    mentions = sum(x.mandate.kind != "mandate" for x in rows)
    have = f"{actor} has {counted(n, 'mandate')}, none with the verb {verb}"
    if verbs:
        have += ": " + ", ".join(f"{v} ×{k}" for v, k in verbs.most_common())
    return have + (f"; and {counted(mentions, 'mention')}" if mentions else "")


def mentions_hint(rows: list[Match], actor: str | None, option: str) -> str:
    """What a narrowed actor query (``option``: --timeline, --reports, --session, --verb) that left nothing should
    add when the actor has mentions: which query lists them, and, for those in an annex or an adopted text, that
    their text's own content (a declaration's first-person commitments, "We will ...", rules of procedure) is not a
    mandate (docs/mandates.md, "Annexes and adopted texts"): A/RES/79/1, "Member States" --timeline (a fresh-user
    trial, 2026-12-03, was told "0 dated mandates" alone). Empty when there is no mention or no actor."""
    mentions = [x for x in rows if x.mandate.kind != "mandate"]
    if not mentions or not actor:
        return ""
    annexed = sum(x.mandate.paragraph.startswith(("annex", "adopted")) for x in mentions)
    why = ""
    if annexed:
        where = "all" if annexed == len(mentions) else str(annexed)
        why = (f"; {where} of its {counted(len(mentions), 'mention')} in an annex or adopted text, whose own content "
               "(a declaration's first-person commitments, \"We will ...\"; rules of procedure) is not a mandate "
               "(docs/mandates.md)")
    return f"{why}; its mentions are listed by 'resparse mandates FILE --actor \"{actor}\"' without {option}"


# an actor written by its acronym ("UN-Women", "UNDP": a word of capitals, a hyphen or a lower-case letter after the
# first allowed) or with it in parentheses after its name ("... the Empowerment of Women (UN-Women)"), as the
# alias table (data/actors.txt) holds them: shown by the table's name
_ACRONYM = re.compile(r"^(?=[A-Z]{2,}|[A-Z]+-[A-Z])[A-Za-z-]+$|\s*\((?=[A-Z]{2,}|[A-Z]+-[A-Z])[A-Za-z-]+\)$")


def _who(m: Mandate) -> str:
    """The actor of a mandate as the answer names it: as written without its article ("regional economic
    commissions", "their subregional offices"), but by its name where the words refer back to an actor named
    before ("her" -> "Special Rapporteur on the human rights of internally displaced persons ("her")", A/RES/78/205
    7; "the Entity" -> "United Nations Entity for Gender Equality and the Empowerment of Women"; "the Office of
    the High Commissioner" -> the Office's full name, A/RES/78/196 21) and a part named in lower case ("the
    secretariat") by its words."""
    written = m.actor_as_written.removeprefix("the ").removeprefix("The ")
    if is_pronoun(written) and key(written) != m.actor_key:  # "requests her": the Special Rapporteur named before
        return f"{m.actor} (\"{written}\")"
    if _ACRONYM.search(written) and table().resolve(_ACRONYM.sub("", written) or written).key == m.actor_key:
        return m.actor  # "UN-Women", "... Empowerment of Women (UN-Women)": one name, the table's (trial 16)
    if (m.part_of and not written[:1].isupper()) or re.match(r"\(|(?:their|its|his|her)\s", written) or table().resolve(written).key == m.actor_key:
        return written
    return f"{m.actor} (\"{m.actor_as_written}\")"


def _actor_in_text(actor: str) -> str:
    """An actor's name in running text: "the Secretary-General", but a State by its name alone ("Israel"; the
    States of ``data/member_states.txt``)."""
    return actor if key(actor) in states() else f"the {actor}"


def _renewing(m: Mandate, renewed: dict[int, Mandate] | None) -> str:
    """ "A/RES/79/125 9" when a later resolution asks for the same report (``reports.renewals``), else ""."""
    later = (renewed or {}).get(id(m))
    return f"{later.document} {later.paragraph}" if later else ""


def _renewed(m: Mandate, renewed: dict[int, Mandate] | None) -> str:
    """ "  (renewed by A/RES/79/125 9)", or "" (``_renewing``)."""
    later = _renewing(m, renewed)
    return f"  (renewed by {later})" if later else ""


def timeline(items: list[Mandate], renewed: dict[int, Mandate] | None = None,
             documents: list[str] | None = None, year: int | None = None) -> str:
    """Dated mandates in order of date; then the deadlines without a date (relative ones); a deadline of the adoption
    itself ("without delay", "immediately") is dated by it and says so, "(from the adoption)". A mandate that asks for
    several reports has a row for each report's time (its body named: "at its eightieth session (report to General
    Assembly)"), so a second report due later is on the timeline too (A/RES/78/182 47): the times of
    ``reports.timeline_times``. Under each row, indented as ``--reports`` indents it, the start of the mandate's action
    (of the row's report's words where it asks for several), cut to the width as there (:func:`_action_line`; a
    fresh-user trial, the thirty-first session: "what is due in 2026, reports or not?" needed every paragraph opened).
    ``year`` (``--timeline --year Y``): only the rows dated in that calendar year (``reports.in_year``), no relative
    deadline. ``documents``: the symbols of the resolutions read (named in the summary also when nothing is found)."""
    docs = documents or _documents(items)
    many = len(docs) > 1
    mandates = [m for m in one_row_each(items)[0] if m.kind == "mandate" and m.deadline]  # one per mandate
    entries = []  # (date, mandate, text, report)
    for m in mandates:
        for date, r, nth in timeline_times(m):
            if r is None:
                # "without delay", "immediately": no date of its own, the adoption's (docs/mandates.md): said so, not
                # a month the text names (a fresh-user trial, 2026-12-03, read 78/188 38's "2023-12" as a date written)
                text = _recurring(m.deadline) + _from_the_adoption(m.deadline)
            elif len(m.reports) > 1:
                text = f"{_report_time(r)} (report to {r.to}){nth}"
            else:  # the report's time: its due date ("by" a session: its end)
                text = (_report_time(r) if r.recurrence else _recurring(m.deadline)) + nth
            if year is None or in_year(date, year):
                entries.append((date, m, text, r))
    dated = sorted((e for e in entries if e[0]), key=lambda e: e[0])
    undated = [e for e in entries if not e[0]]
    out = [""]  # the summary, written when the rows are known: it counts them
    # one row per clause and time: the actors one clause addresses with one verb and one time named together, in
    # order ("we invite relevant subregional, regional and cross-regional processes, platforms and organizations,
    # including ..., to review ..., beginning in 2020", A/RES/73/195 annex 50: one row, its seven actors, not seven)
    rows, actors, at = [], {}, {}
    for date, m, text, r in dated + undated:
        # the clause by its verb and action (``verb_at`` is not stored by ``corpus build``: --db reads the same rows)
        k = (date, m.document, m.paragraph, verb_shown(m), m.action, text, _renewed(m, renewed) if m.reports else "")
        if k in at:
            actors[at[k]].append(m.actor)
            continue
        at[k] = len(rows)
        actors[len(rows)] = [m.actor]
        rows.append((date, m, text, r))
    names = [", ".join(dict.fromkeys(actors[i])) for i in range(len(rows))]
    first_undated = next((i for i, (date, *_) in enumerate(rows) if not date), len(rows))
    in_the_year = f" in {year}" if year is not None else ""
    out[0] = f"{_named(docs)}: {_rows_held(first_undated, dated, 'date')}{in_the_year}" + (
        "" if year is not None else f", {_rows_held(len(rows) - first_undated, undated, 'relative deadline')}")
    # every column as wide as its widest entry (the actor's at most 34, its name wrapped in it), so the columns of
    # every row start at the same place
    date_w = _date_width(date for date, *_ in rows)
    label_w = max((len(where(m, many)) for _, m, *_ in rows), default=6) + 2
    actor_w = min(34, max((len(n) for n in names), default=10) + 2)
    verb_w = max([25, *(len(verb_shown(m)) for _, m, *_ in rows)])  # and a space after
    for i, (date, m, text, r) in enumerate(rows):
        if i == first_undated and undated:
            out.append("")
            out.append("Relative deadlines (no date in the text):")
        name, *more = _column(names[i], actor_w - 2)
        head = f"  {date:<{date_w}} {where(m, many):<{label_w}}{name:<{actor_w}}{verb_shown(m):<{verb_w}} "
        out.append(head + text + (_renewed(m, renewed) if m.reports else ""))
        out.extend(" " * (3 + date_w + label_w) + line for line in more)  # the rest of the actor's name, in its column
        if m.action:
            out.append(_action_line(m, r, 3 + date_w + label_w))
    return "\n".join(out)


def _action_line(m: Mandate, r: Report | None, indent: int) -> str:
    """The line under a row of ``--reports`` and ``--timeline``: ``indent`` spaces, then what the row is about, the
    mandate's action from its start, or from the words of report ``r`` where the mandate asks for more than one
    (``reports.report_words``, opened with "..."), cut after a whole word to the width (``WIDTH``, :func:`_short`)."""
    at = report_words(m.action, m.reports, next((i for i, x in enumerate(m.reports) if x is r), 0)) if r else 0
    return " " * indent + _short(("..." if at else "") + m.action[at:], WIDTH - indent)


def _occasions(r: Report, session: int | None = None, year: int | None = None) -> list[tuple[str, str]]:
    """The dates ``--reports`` and ``--timeline`` list report ``r`` at, each with what the row says after the time: one
    row for each occasion its time names (``Report.occasions``, of any body: "in 2025, 2026 and 2027", A/RES/79/226
    127, at 2025, 2026 and 2027, the later ones " (occasion 2 of 3)"), so that the report is read under each date;
    else one, its due date (``reports.due_date``; with ``session``, the Nth session's; with ``year``, that year's
    occasion, :func:`shown_due`: one row)."""
    if year is not None:
        return [(shown_due(r, session, year), "")]
    if session is not None:
        return [(due_date(r, session), "")]
    return listed_dates(r)


def _rows_held(rows: int, entries: list, noun: str) -> str:
    """The timeline's summary of one kind of row: the rows it lists, counted, and the mandates they hold where that is
    another count ("39 dates (153 mandates)", A/RES/79/155: eight actors addressed together in each of its 19 sub-
    paragraphs share a row; it said "153 dated mandates" over 39 rows, a fresh-user trial, 2026-12-04); "2 dates" where
    each row is one mandate's, "0 relative deadlines" where none. ``entries``: (date, mandate, text) of the rows' times
    before the rows were merged (one mandate can have a row per report's time)."""
    held = len({id(m) for _, m, *_ in entries})
    return counted(rows, noun) + (f" ({counted(held, 'mandate')})" if held != rows else "")


def _from_the_adoption(d: Deadline) -> str:
    """What the timeline writes after a deadline dated by the adoption, not by a date of the text: "without delay",
    "immediately" are from it (" (from the adoption)": the row's month the adoption's); a span with no event, "within
    a decade" (A/RES/79/155 15, adopted December 2024), is due that span after it (" (counted from the adoption)": the
    row's date 2034-12, the span's end, ``Deadline.date``; it was the adoption's month, as if due then); "" otherwise
    ("within six months of the adoption of the present resolution" says so itself); a span from an adoption the text
    does not date (an annexed outcome's "within six months of the adoption of the present Declaration", adopted
    elsewhere; the present resolution's with no date of adoption) says why it has no date."""
    if not d.date:
        return f" ({UNDATED_ADOPTION})" if d.type == "within" and "adoption" in d.text else ""
    if d.type == "immediately":
        return " (from the adoption)"
    if d.type == "within" and "adoption" not in d.text:
        return " (counted from the adoption)"
    return ""


# the words that write a recurrence ("every year on 9 August", "annually, on 15 October", "each quinquennium",
# "subsequently on a biennial basis", "and every five years thereafter")
_SAYS_RECURRENCE = re.compile(r"(?i)\b(?:every|each|%s|%s|thereafter)\b" % (recurring_years()["RECURRING_YEARS_ADVERB"],
                                                                         recurring_years()["RECURRING_YEARS"]))


def _recurring(d) -> str:
    """A deadline's text on the timeline, with its recurrence where the words do not say it: a day of the year written
    alone recurs each year ("the commemoration of International Mountain Day, on 11 December", A/RES/80/144 21), dated
    by its first day after the adoption as "every year on 9 August" is (A/RES/79/159 19: 2024-08-09) -> "on 11 December
    (recurring annually)", so the row's year reads as the first of many, not one the text wrote; "beginning in 2024"
    (A/RES/78/12 1) the same; "annually, on 15 October" unchanged."""
    if d.recurrence and not _SAYS_RECURRENCE.search(d.text):
        return f"{d.text} (recurring {d.recurrence})"
    return d.text


def _report_time(r: Report) -> str:
    """A report's time and how often, as ``--reports`` writes them and ``--timeline`` shows them: its ``when`` and its
    ``recurrence`` as written, "by 30 April, annually" (A/RES/80/12 1: the timeline wrote "by 30 April" alone, the
    recurrence dropped); the recurrence once where the time's words hold it ("in the forthcoming annual reports", A/RES/
    80/191 26, not "..., annual"); "" when neither is written."""
    if r.when and r.recurrence and r.recurrence.lower() in r.when.lower():
        return r.when
    return ", ".join(x for x in (r.when, r.recurrence) if x)


def asked(items: list[Mandate], session: int | None = None,
          renewed: dict[int, Mandate] | None = None, year: int | None = None,
          to: str | None = None) -> list[tuple[Mandate, Report]]:
    """Each report the mandates ask for with its mandate (a mandate that asks for two gives two), in order of when
    it is due (undated ones last); ``session``: only those due at the Assembly's Nth session (``Report.due_at``),
    ``year``: only those due in that calendar year (dated by that year's occasion), ``to``: only those to that
    receiver (an actor key; ``reports.wanted``, the one filter), and, with ``session`` or ``year`` and ``renewed``
    (``reports.renewals``), not those a later request asks for again at that session or in that year
    (:func:`superseded`): each report counted once."""
    rows = [(m, r) for m in items if m.kind == "mandate" for r in m.reports if wanted(r, session, year, to)]
    if (session is not None or year is not None) and renewed:
        gone = {(id(m), id(r)) for m, r in superseded(rows, session, renewed, year, to)}
        rows = [(m, r) for m, r in rows if (id(m), id(r)) not in gone]
    return sorted(rows, key=lambda x: (not shown_due(x[1], session, year), shown_due(x[1], session, year)))


def shown_due(r: Report, session: int | None = None, year: int | None = None) -> str:
    """The due date a row of ``--reports`` shows: that of the occasion in ``year`` (``reports.due_in_year``) with
    ``--year``, else ``reports.due_date`` (with ``--session N``, the Nth session's occasion)."""
    return due_in_year(r, year) if year is not None else due_date(r, session)


def superseded(rows: list[tuple[Mandate, Report]], session: int | None,
               renewed: dict[int, Mandate] | None, year: int | None = None,
               to: str | None = None) -> list[tuple[Mandate, Report]]:
    """Of ``rows`` (mandate, report) due at the Assembly's ``session`` (or in calendar ``year``; ``to``: to that
    receiver), those whose request a later resolution asks again (``renewed``: ``reports.renewals``) with a report
    due at the same session (in the same year, to the same receiver: ``reports.wanted``): one report, the later
    request's. "Encourages the Secretary-General to include information pertinent to Indigenous Peoples in the
    forthcoming annual reports" (A/RES/78/189 25, 79/159 26, 80/191 26) is one report at the 81st session, 80/191
    26's, and one in 2026. In a year, only where the later request's report is due at the same date as this one's
    (``reports.due_in_year``): a year can hold two occasions of a series, "to report ... to the Human Rights Council at
    its sixty-first session" (78/215 26, 2026-02) and, renewed, "at its sixty-third session" (80/217 31, 2026-09) are
    two reports of 2026 (a re-trial, the thirtieth session, found the first left out as superseded)."""
    out = []
    for m, r in rows:
        later = (renewed or {}).get(id(m))
        if later is not None and any(wanted(x, session, year, to) and (
                year is None or due_in_year(x, year) == due_in_year(r, year)) for x in later.reports):
            out.append((m, r))
    return out


def superseded_mandates(items: list[Mandate], session: int | None, renewed: dict[int, Mandate] | None,
                        year: int | None = None, to: str | None = None) -> set[int]:
    """The ids of the mandates of ``items`` every report of which due at the Assembly's ``session`` (in ``year``,
    to ``to``: ``reports.wanted``) is :func:`superseded` (a later request asks for it again then): the rows
    ``--json --reports --session N`` (``--year Y``) leaves out, as the listing and the CSV leave out their reports
    (78/189 25 and 79/159 26 at the 81st, 80/191 26 kept)."""
    due = [(m, r) for m in items if m.kind == "mandate" for r in m.reports if wanted(r, session, year, to)]
    gone = {(id(m), id(r)) for m, r in superseded(due, session, renewed, year, to)}
    return {id(m) for m, _ in due if all((id(m), id(r)) in gone for r in m.reports if wanted(r, session, year, to))}


def chapeau_note(m: Mandate) -> str:
    """What a sub-paragraph's mandate takes from its chapeau (``m.chapeau``, its label): the verb and actor of an
    address ("Urges Member States: (a) To ..."); under a decision ("Decides: (g) To invite the Chair ...", A/RES/78/187
    66 (g)) the item's own verb and actor, the verb written as its infinitive ("To invite"), the decision the
    chapeau's; the verb only for an actor named in the item's passive ("(b) ... shall be prepared by X")."""
    if (m.verb_as_written or "").lower().startswith("to "):
        return f"its own verb and actor, under the decision of the chapeau of {m.chapeau}"
    if m.passive:
        return f"verb from the chapeau of {m.chapeau}"
    return f"verb and actor from the chapeau of {m.chapeau}"


def author(m: Mandate, r: Report) -> str:
    """Who writes the report ``r`` that ``m`` asks for, as ``--reports`` and the CSV's ``author`` name it: the
    mandate's actor, or ``Report.author`` where that is not the actor ("author not stated": the Assembly's decision of
    what a report holds, A/RES/78/299 9, printed "General Assembly → General Assembly" before the thirty-first
    session)."""
    return m.actor if r.author is None else f"author {r.author}" if r.author == NOT_STATED else r.author


def reports(items: list[Mandate], documents: list[str] | None = None, session: int | None = None,
            renewed: dict[int, Mandate] | None = None, year: int | None = None, to: str | None = None) -> str:
    """The reports the mandates ask for, in order of when they are due (undated ones last): due date, paragraph,
    who reports, to whom (and through which body, its channel as the text writes it: "→ General Assembly (through the
    Economic and Social Council)", A/RES/79/229 13), when and how often as written (``session``: only those due at the Nth session;
    ``year``, ``to``: due in that year, to that receiver, as :func:`asked` keeps them), and the
    later resolution that asks for the same report again (``renewed``: ``reports.renewals``); under each row, indented
    as the plain view's continuation lines, what the report is about: the mandate's action, cut to the width as the
    plain view cuts it (a fresh-user trial, 2026-12-03: the list did not say)."""
    many = len(documents or _documents(items)) > 1
    asked_ = asked(one_row_each(items)[0], session, renewed, year, to)  # one row per mandate of an actor
    docs = documents or _documents([m for m, _ in asked_])
    at = report_filter_words(session, year, receiver_name(to) if to else None)
    # a row for each occasion a report's time names (``_occasions``), in order of date as the reports are
    rows = sorted(((m, r, date, nth) for m, r in asked_ for date, nth in _occasions(r, session, year)),
                  key=lambda x: (not x[2], x[2]))
    more = f" ({counted(len(rows), 'row')}: one for each date a list of times names)" if len(rows) > len(asked_) else ""
    out = [f"{_named(docs)}: {counted(len(asked_), 'report')} asked for{at}{more}"]
    date_w = _date_width(_due_shown(r, session, date, year) for _, r, date, _ in rows)
    label_w = max((len(where(m, many)) for m, _, _, _ in rows), default=6) + 2
    indent = 3 + date_w + label_w
    for m, r, date, nth in rows:
        when = _report_time(r) or "no date stated"
        if r.due is not None and part_undated(r.due):
            when += f" ({UNDATED_PART})"  # a part of a resumed session no calendar dates: no due date shown
        # the channel, as the CSV's and --json's ``via``, with the article the text writes ("through the Economic and
        # Social Council", A/RES/79/229 13); not the receiver itself ("to submit, through the Commission on Science and
        # Technology for Development, a biennial report ..., and request that the Commission ... consider the report",
        # A/RES/80/173 adopted 124: "→ Commission ... (through the Commission ...)" said it twice, a re-trial 2026-12-04)
        via = r.via if r.via and key(r.via) != key(r.to) else None
        channel = channel_written(m.action, via) if via else None
        through = f" (through {channel})" if via else ""
        if via and r.when and r.due is not None and r.due.type == "at" and not (r.due.start or r.due.end):
            # a session the receiver cannot hold, written after the channel's name, is the channel's: "to report
            # thereon to the General Assembly through the Commission at its thirty-third session" (A/RES/78/223 23)
            when = ", ".join(x for x in ("no date stated", r.recurrence) if x) + f" (through {channel} {r.when})"
            through = ""
        elif via and r.when and r.due is not None and r.due.body and r.due.start and key(r.due.body) == key(via):
            # the channel's session, dated by its calendar (data/body_sessions.txt): "to report thereon to the General
            # Assembly through the Commission on Crime Prevention and Criminal Justice at its thirty-fourth session"
            # (A/RES/79/186 26, 2025-05): the session named with the channel, not one of the receiver's
            when = ", ".join(x for x in (f"through {channel} {r.when}", r.recurrence) if x)
            through = ""
        # a receiver the text does not name, the docs' default (``Report.to_source``): said so, as "no date stated"
        to = f"{r.to} (default: no receiver named)" if r.to_source == "default" and r.to != NOT_STATED else r.to
        if year is not None and counted_from_adoption_year(r):
            when += f" ({counted_reason(r)})"  # why it is due in the year asked, the text giving no year
        out.append(f"  {_due_shown(r, session, date, year):<{date_w}} {where(m, many):<{label_w}}{author(m, r)} → {to}{through}: "
                   f"{when}{nth}{_renewed(m, renewed)}")
        if m.action:  # the words of this report, where the mandate asks for more than one
            out.append(_action_line(m, r, indent))
    if any(_counted(r, session, year) for _, r, _, _ in rows):
        out.append("")
        if any(_counted(r, session, year) and not counted_from_adoption_year(r) for _, r, _, _ in rows):
            out.append(f"{COUNTED} no time in the text: the first due counted from the session that adopted the resolution")
        if any(_counted(r, session, year) and counted_from_adoption_year(r) for _, r, _, _ in rows):
            out.append(f"{COUNTED} no time in the text: the year counted from the adoption of the resolution, as the row "
                       "says (the first the year after the adoption's)")
    return "\n".join(out)


def counted_reason(r: Report) -> str:
    """Why a report of a series counted from the adoption (``reports.counted_from_adoption_year``) is due in a year the
    text does not write: "every year after the adoption on 2024-12-19: no year in the text" (A/RES/79/226 98), "every 2
    years after the adoption on ..."."""
    how = "every year" if r.every == 1 else f"every {r.every} years"
    return f"{how} after the adoption on {r.counted_from}: no year in the text"


# why a span counted from an adoption has no date (``_from_the_adoption``: grammar/deadlines.lark ``ADOPTION`` dates
# the present resolution's and a text the Assembly adopts by it, "by the General Assembly", A/RES/79/233 annex 177)
UNDATED_ADOPTION = "not dated: the adoption it counts from has no date in the text"

# why a part of a resumed session has no date (``deadlines.part_undated``: "the third part of its resumed eightieth
# session"; data/assembly_sessions.txt [resumed parts] dates the first and second)
UNDATED_PART = "a part of a resumed session no calendar dates: not dated"

COUNTED = "*"  # after a due date the text does not write (``reports.counted_from_adoption``)


def _counted(r: Report, session: int | None = None, year: int | None = None) -> bool:
    """Is the due date ``--reports`` shows for ``r`` counted from the adopting session (``reports.counted_from_adoption``)?
    With ``--session N``, only where the Nth is that counted first session: a later one of the series is dated by the
    Nth session's opening, the session asked for ("to continue to submit annual reports", A/RES/78/187 66 (e), at the
    81st: 2026-09); with ``--year Y``, only where the first due date is the one shown, and each year of a series to
    another body counted from the adoption (``reports.counted_from_adoption_year``: A/RES/79/226 98)."""
    if year is not None and counted_from_adoption_year(r):  # each year of a series counted from the adoption
        return bool(due_in_year(r, year))
    return counted_from_adoption(r) and (session is None or r.session == session) and (
        year is None or due_in_year(r, year) == due_date(r))


def _due_shown(r: Report, session: int | None = None, due: str | None = None, year: int | None = None) -> str:
    """The due date of a row of ``--reports`` (``due``, the row's occasion; else :func:`shown_due`: with ``--year``
    that year's occasion), marked ``COUNTED`` when counted from the adopting session, not written ("every five years",
    no start: A/RES/80/243 I.3)."""
    due = shown_due(r, session, year) if due is None else due
    return due + COUNTED if due and _counted(r, session, year) else due


def receiver_name(to: str) -> str:
    """The name of the receiver whose actor key ``--to`` resolved to: the alias table's ("economic and social
    council" -> "Economic and Social Council"), else the key itself."""
    actor = table().by_key.get(to)
    return actor.name if actor else to


def report_filter_words(session: int | None = None, year: int | None = None, to: str | None = None) -> str:
    """What ``--reports`` was narrowed to, as the summary line and the messages say it: " to the Economic and Social
    Council due in 2026", " due at the 81st session"; "" for none (``to``: the receiver's name as the rows write
    it)."""
    return (f" to the {to}" if to else "") + (f" due at the {_nth(session)} session" if session is not None else "") \
        + (f" due in {year}" if year is not None else "")


def _nth(n: int) -> str:
    """81 -> "81st", 82 -> "82nd", 80 -> "80th", 111 -> "111th"."""
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def actors(items: list[Mandate]) -> str:
    """Each actor with its counts: mandates (of which passive), mentions, verbs, paragraphs."""
    rows = actor_rows(items)
    name_w = min(48, max((len(r["actor"]) for r in rows), default=10) + 2)
    out = [f"{'actor':<{name_w}}{'mandates':>9}{'passive':>9}{'mentions':>10}  verbs"]
    for r in rows:
        verbs = ", ".join(f"{v} {n}" for v, n in r["verbs"].items())
        name, *more = _column(r["actor"], name_w - 2)
        out.append(f"{name:<{name_w}}{r['mandates']:>9}{r['passive']:>9}{r['mentions']:>10}  {verbs}")
        out.extend("  " + line for line in more)  # the rest of its name, in its column
    return "\n".join(out)


def actor_rows(items: list[Mandate]) -> list[dict]:
    rows: dict[str, dict] = {}
    names: dict[str, set[str]] = {}  # the names of a key, shown in either number (``actors.key_name``)
    for m in items:
        names.setdefault(m.actor_key, set()).add(m.actor)
    many = len(_documents(items)) > 1  # once: over a corpus's thousands of rows, not once a row
    # a mandate counted once, as the listing of ``mandates`` counts it (``one_row_each``); "rows": as --json has
    # them, a row per name (a re-trial, 2026-12-04: "States 2778" here, "2757 mandates (2778 rows)" there)
    once = {id(m) for m in one_row_each([m for m in items if m.kind == "mandate"])[0]}
    for m in items:
        r = rows.setdefault(
            m.actor_key,
            {"actor": key_name(names[m.actor_key]), "key": m.actor_key, "mandates": 0, "rows": 0, "passive": 0,
             "mentions": 0, "verbs": Counter(), "paragraphs": []},
        )  # fmt: skip
        if m.kind == "mandate":
            r["rows"] += 1
            if id(m) not in once:
                continue
            r["mandates"] += 1
            r["passive"] += m.passive
            r["verbs"][m.verb] += 1
        else:
            r["mentions"] += 1
        label = f"{m.document} {m.paragraph}" if many else m.paragraph
        if label not in r["paragraphs"]:
            r["paragraphs"].append(label)
    out = sorted(rows.values(), key=lambda r: (-r["mandates"], -r["mentions"], r["actor"].lower()))
    for r in out:
        r["verbs"] = dict(r["verbs"].most_common())
    return out


# ``mandates --csv``: a row per mandate; ``deadline_recurrence`` is the deadline's own (``Deadline.recurrence``:
# "annually" for "every year on 9 August", "every two years" for "at two-year intervals and beginning in 2028",
# "quarterly"), as --json's ``deadline.recurrence``; a report's recurrence is the reports CSV's ``recurrence``
CSV_COLUMNS = [
    "document", "paragraph", "kind", "verb", "actor", "actor_as_written", "passive", "modal", "action",
    "deadline", "deadline_type", "deadline_start", "deadline_end", "deadline_recurrence", "via", "part_of", "chapeau", "context",
    "line", "column",
]  # fmt: skip


# ``mandates --reports --csv``: the mandate's columns, then the report's (one row per report asked for; a mandate
# that asks for two gives two rows): to whom, through which channel, when as written, the date it is due (partial
# ISO), the Assembly session it is first due at, how often as written, every how many years, the last session, the
# later resolution and paragraph that ask for it again ("A/RES/79/125 9"); then every session it is due at, as
# ``--session N`` lists it ("79 80 81", :func:`due_sessions`), how often, normalised ("1 year", "periodic":
# :func:`recurs`), and whether the due date is counted from the adopting session, not written
# (``reports.counted_from_adoption``: "every five years" with no start); then every date the text names it due at, of
# any body (:func:`due_dates`: "2025 2026 2027")
REPORT_CSV_COLUMNS = CSV_COLUMNS + [
    "author", "receiver", "receiver_source", "channel", "when", "due", "due_session", "recurrence", "every", "last_session", "renewed_by",
    "due_sessions", "recurs", "due_counted", "due_dates",
]  # fmt: skip


def recurs(r: Report) -> str:
    """How often a report recurs, normalised from its ``recurrence`` as written: its years (``every``: "1 year",
    "2 years", "5 years"), "periodic" where the words give no interval ("periodically", "regularly", "on a regular
    basis": A/RES/78/46 23, 80/186 35), "" for a report asked once (and for a dated report "as part of his annual
    report", whose ``every`` is none: the annual report's one issue)."""
    if r.every:
        return f"{r.every} year" + ("s" if r.every > 1 else "")
    return "periodic" if r.recurrence and PERIODIC.search(r.recurrence) else ""


def due_sessions(m: Mandate, r: Report, renewed: dict[int, Mandate] | None, through: int) -> str:
    """Every Assembly session report ``r`` of ``m`` is due at, as ``--session N`` lists it (``Report.due_at``, not
    where a later request asks for it again then: :func:`superseded`), space-separated, "79 80 81"; an open-ended
    recurrence up to ``through`` (the last session any report of the listing names, first or last), so that the rows
    whose cell holds N are the rows of ``--session N`` for every N up to it; "" for a report due at no session."""
    if r.session is None:
        return ""
    return " ".join(str(n) for n in range(r.session, max(through, r.last or r.session) + 1)
                    if r.due_at(n) and not superseded([(m, r)], n, renewed))


def due_dates(r: Report) -> str:
    """Every date report ``r`` is due at that its time names, space-separated, as ``due`` writes the first: each
    occasion of a list, whatever the body ("2025 2026 2027" for "a report in 2025, 2026 and 2027" to the Economic and
    Social Council, A/RES/79/226 127; "2025-03 2026-03" for the Commission on the Status of Women's "at its sixty-ninth
    and seventieth sessions", 79/152 17; "2025-09 2026-09" for the Assembly's eightieth and eighty-first), else its one
    due date (``reports.due_date``); "" for none. The rows due in a year are those whose cell holds a date of it (a
    recurrence the time does not list, "annually", is in ``due_sessions``)."""
    return " ".join(r.occasions) if r.occasions else due_date(r)


def csv_text(items: list[Mandate], reports: bool = False, session: int | None = None,
             renewed: dict[int, Mandate] | None = None, year: int | None = None, to: str | None = None) -> str:
    """The rows as CSV (``CSV_COLUMNS``); ``reports``: one row per report asked for (``asked``, ``session`` as
    there), with the ``REPORT_CSV_COLUMNS`` (``renewed``: ``reports.renewals``) and, with ``session``, a last
    column ``session`` that holds it: the session the row is listed for, where ``due_session`` is the first the
    report is due at (A/RES/79/152 15 under ``--session 81``: due_session 80, due_sessions "80 81", session 81; a
    new-user trial, 2026-12-04, read 14 of 262 rows' due_session 79 or 80 as wrong); with ``year``, a last column
    ``year`` that holds it (``due`` the date of that year's occasion: :func:`asked`), ``to`` as there."""
    buf = io.StringIO()
    columns = (REPORT_CSV_COLUMNS + ["session"] * (session is not None) + ["year"] * (year is not None)) if reports \
        else CSV_COLUMNS
    w = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
    w.writeheader()
    rows = asked(items, session, renewed, year, to) if reports else [(m, None) for m in items]
    through = max((n for _, r in rows if r is not None for n in (r.session, r.last) if n is not None), default=0)
    for m, r in rows:
        d = m.deadline
        extra = {} if r is None else {
            "author": r.author or m.actor, "receiver": r.to, "receiver_source": r.to_source, "channel": r.via, "when": r.when, "due": shown_due(r, session, year), "due_session": r.session,
            "recurrence": r.recurrence, "every": r.every, "last_session": r.last,
            "renewed_by": _renewing(m, renewed), "due_sessions": due_sessions(m, r, renewed, through),
            "recurs": recurs(r), "due_counted": _counted(r, session, year), "due_dates": due_dates(r),
            **({"session": session} if session is not None else {}), **({"year": year} if year is not None else {}),
        }  # fmt: skip
        w.writerow(
            extra | {
                "document": m.document, "paragraph": m.paragraph, "kind": m.kind, "verb": m.verb, "actor": m.actor,
                "actor_as_written": m.actor_as_written, "passive": m.passive, "modal": m.modal,
                "action": m.action if m.kind == "mandate" else m.excerpt,
                "deadline": d.text if d else "", "deadline_type": d.type if d else "",
                "deadline_start": d.start if d else "", "deadline_end": d.end if d else "",
                "deadline_recurrence": d.recurrence if d else "",
                "via": m.via, "part_of": m.part_of, "chapeau": m.chapeau, "context": m.context,
                "line": m.span.line, "column": m.span.column,
            }  # fmt: skip
        )
    return buf.getvalue()
