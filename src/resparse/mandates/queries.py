"""Queries over extracted mandates: an actor (aliases, groups, parts, typos) and a verb; the graph's edges."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process, utils

from ..model import Mandate, Resolution
from .. import data
from ..names import name_head, special_procedure, within
from .actors import Actor, key, key_name, states, table
from .extract import extract
from .reports import in_year, timeline_times, wanted
from .verbs import intensified, normalize_verb, written_with

# ---------------------------------------------------------------- queries


@dataclass
class Match:
    mandate: Mandate
    # "direct" | "member" (named as a member of the group addressed: "..., including the regional economic
    # commissions") | "part" (a part or office of the actor asked for) | "group member" (a member of the group
    # asked for: the Economic Commission for Europe for "regional commissions") | "group" (addressed as a group
    # the actor asked for belongs to)
    relation: str
    under: str | None = None  # "part", "group member": the name of the actor asked for, the whole or the group


RELATIONS = ("direct", "member", "part", "group member", "group", "appointed")
# the rows that answer for the actor asked itself (named, named as a member of the group addressed, or a part or
# member of it named): an actor query lists these by default; a "group" row reaches it only through a group or a
# whole it belongs to ("Requests the Secretariat" for the Office for Disarmament Affairs), an "appointed" row names a
# mandate-holder the actor appoints (a special procedure of the Human Rights Council: ``AliasTable.appointed``), no
# part of it; both are counted, a line each, not listed, unless asked for (``mandates --groups``)
OWN = RELATIONS[:4]


def own_and_groups(matches: list[Match]) -> tuple[list[Match], dict[str, list[Match]]]:
    """The matches of an actor query split in two, each in the order given: the actor's own (``OWN``) and those that
    reach it as a group or a whole it belongs to addresses, by that group's display name in the order first met
    ({"Secretariat": [...], "United Nations system": [...]})."""
    own: list[Match] = []
    groups: dict[str, list[Match]] = {}
    for x in matches:
        if x.relation in OWN:
            own.append(x)
        else:
            groups.setdefault(group_name(x), []).append(x)
    return own, groups


def group_name(x: Match) -> str | None:
    """The name of the group or whole a "group" match reaches the actor asked through (the row's actor, by the
    table's name: "Secretariat" for "the United Nations Secretariat"), "mandate-holders appointed by the <actor>" for
    an "appointed" match (``render.mandates.group_line`` words it); None for the actor's own rows."""
    if x.relation == "appointed":
        return f"mandate-holders appointed by the {x.under}"
    return _name(x.mandate.actor_key) if x.relation == "group" else None


def resolve_query(query: str, items: list[Mandate]) -> str:
    """The actor key a query means: the alias table's, else the nearest actor key found (typos)."""
    return resolve_query_keys(query, {m.actor_key for m in items})


def resolve_query_keys(query: str, keys: set[str]) -> str:
    """:func:`resolve_query` against a set of actor keys (the corpus database has the keys, not the mandates)."""
    q = table().resolve(query).key
    if q in keys:
        return q  # the query as the rows name it, before any other reading of it (``_resolve``)
    q = _resolve(query).key
    if q in keys or not keys:
        return q
    return _nearest_key(q, keys) or q


def _nearest_key(query_key: str, keys: set[str]) -> str | None:
    """The key among ``keys`` a mistyped query's key is read as (rapidfuzz's ratio, 88 or more), or None."""
    best = process.extractOne(query_key, sorted(keys), scorer=fuzz.ratio, score_cutoff=88)
    return best[0] if best else None


def typo_reading(query: str, keys: set[str]) -> str | None:
    """The name of the actor a mistyped query is read as (:func:`resolve_query_keys`' last reading: "Economic
    Commision for Europe" -> "Economic Commission for Europe"), for the answer's head to say "(read as: ...)"; None
    for a query read as written or by the table. A new-user trial, the thirtieth session: the misspelling was echoed
    in the head, the reading unsaid."""
    if table().resolve(query).key in keys or (q := _resolve(query).key) in keys or not keys:
        return None
    found = _nearest_key(q, keys)
    return _name(found) if found else None


# a Secretariat office named with where it is: "the Office for Outer Space Affairs of the Secretariat" (A/RES/80/76),
# "the Division for Palestinian Rights of the Secretariat" (A/RES/79/82), "the Department of Global Communications
# of the Secretariat" (A/RES/78/100), as the Assembly names the Secretariat's departments and offices (United Nations
# Editorial Manual, the Secretariat and its units); the same office as "the Office for Disarmament Affairs"
_PLACE = " " + key("of the Secretariat")


def _unplaced(actor_key: str) -> str:
    """An actor key without the place a Secretariat office's name adds (``_PLACE``)."""
    return actor_key.removesuffix(_PLACE)


def same_office(actor_key: str) -> str:
    """An actor key as one office's, with or without the place a Secretariat office's name adds (``_PLACE``)."""
    return _unplaced(actor_key)


def _resolve(query: str) -> Actor:
    """The actor a query names (the alias table's ``resolve``); a Secretariat office written with its place that the
    table holds without it is the table's ("Office for Disarmament Affairs of the Secretariat": the Office for
    Disarmament Affairs, with its groups and parts); "UN" written for "United Nations" ("UN Environment Programme",
    as "UN Women" is UN-Women; the Editorial Manual writes the name in full, users the abbreviation); a name of two
    or more words that opens one name of the table only, or holds the words of one only in order with its head noun
    (``_unique_name``: "UN Environment", "Environment Programme" -> the United Nations Environment Programme; a name
    with a capital, not a class in lower case: "international organizations" stays itself), that name: one actor,
    the same rows, whichever way the query names it (a new-user trial, 2026-12-04: "UNEP" and "Environment
    Programme" gave 23 and 22 mandates)."""
    named = table().resolve(query)
    if named.known:
        return named
    if named.key.endswith(_PLACE):
        bare = table().resolve(re.sub(r"\s+of\s+the\s+Secretariat\s*$", "", query, flags=re.IGNORECASE))
        if bare.known:
            return bare
    if named.key in states():
        return named
    spelled = re.sub(r"\bUN\b(?!-)", "United Nations", query.strip())
    if spelled != query.strip() and (full := table().resolve(spelled)).known:
        return full
    if not any(w[:1].isupper() for w in spelled.split()):
        return named  # a class in lower case ("international organizations") is no part of a proper name
    return _unique_name(key(spelled)) or named


@lru_cache(maxsize=256)
def _unique_name(query_key: str) -> Actor | None:
    """The one actor of the alias table whose name (its canonical name's or an alias's key) opens with the words of
    ``query_key`` (two or more), else the one whose name holds them in order and ends its head with the same noun
    (``resparse.names.within``, ``name_head``: the rule of short names); None when none or more than one does."""
    words = query_key.split()
    if len(words) < 2:
        return None
    names = table().by_key
    opening = {a.key for k, a in names.items() if k.split()[: len(words)] == words and len(k.split()) > len(words)}
    if len(opening) == 1:
        return names[opening.pop()]
    if opening:
        return None
    head = name_head(query_key)
    holding = {a.key for k, a in names.items()
               if len(k.split()) > len(words) and name_head(k) == head and within(words, k.split())}
    return names[holding.pop()] if len(holding) == 1 else None


def written_short(query: str, items: Iterable[tuple[str, str | None]]) -> set[str]:
    """The actor keys of the rows that write ``query`` as a short name for their actor ((actor key, actor as
    written) pairs: "the Advisory Committee" of A/RES/78/257, para. 22, for the Advisory Committee on Administrative
    and Budgetary Questions), the rule of short names having followed it to a full name (another key than the
    query's). Read from the extracted rows by files and from the database's alike."""
    q = key(query)
    return {k for k, written in items if written and k != q and key(written) == q}


def full_name_keys(query: str, keys: set[str], written: set[str] = frozenset()) -> set[str]:
    """The keys among ``keys`` that name the body a query names in other words: the same Secretariat office with or
    without its place ("Office for Disarmament Affairs" and "... of the Secretariat", either way round: ``_PLACE``),
    and the key of the one full name a query written as a short name stands for ("Scientific Committee" -> "united
    nation scientific committee on the effect of atomic radiation"), by the rule a resolution's short names follow
    (``resparse.names.full_name``: the short name's words in order within the full name's, the same head noun; not
    when the query is an actor of the table or a State, whose key answers, nor when no key or more than one, "Special
    Committee" over the corpus, is such a full name; an office's title alone, every key that opens with it). The
    resolutions' own reading of the short name goes first: ``written`` (:func:`written_short`), when it is one key,
    is the one full name ("Advisory Committee": the rows that write "the Advisory Committee" name only the Advisory
    Committee on Administrative and Budgetary Questions, though the Independent Audit Advisory Committee and the
    Human Rights Council Advisory Committee hold its words too), so files and the corpus database answer alike. Never a
    body whose name merely holds the query's: "Office of Legal Affairs" finds no "Codification Division of the Office of
    Legal Affairs of the Secretariat" (another head), "Office for Disarmament Affairs" no "Regional Centre ... of the Office for Disarmament Affairs"."""
    named = _resolve(query)
    located = {k for k in keys if k != named.key and _unplaced(k) == _unplaced(named.key)}
    if named.key != table().resolve(query).key and named.key in keys:
        # the query read in other words by ``_resolve`` (its place dropped, "UN" spelled out, a unique name's opening:
        # "the Advisory Committee" -> the Advisory Committee on Administrative and Budgetary Questions) is one of them:
        # a caller that matches the query's own key ("department of global communication of the secretariat", the
        # rows' name of A/RES/78/312 3) finds the other reading's rows too (A/RES/80/104 2)
        located.add(named.key)
    if named.known or named.key in states():
        return located
    words = named.key.split()
    if not words:
        return located
    if len(written) == 1 and named.key not in _office_titles():
        return located | written
    found = _full_names(named.key, keys - located)
    if named.key in _office_titles():
        # an office's title alone ("Special Rapporteur", "Independent Expert") finds every holder of it, each by the
        # name of its mandate ("special rapporteur on the right to food"): the keys that open with the title
        return located | {k for k in found if k.split()[: len(words)] == words and not _another_bodys(named.key, k)}
    return located | (found if len(found) == 1 else set())


def _another_bodys(title_key: str, holder_key: str) -> bool:
    """Is ``holder_key`` a holder of the title ``title_key`` named "of" another body than the one whose office the title
    is? A special procedure's title ("Special Rapporteur", "Independent Expert": ``resparse.names.special_procedure``)
    is the Human Rights Council's office; "special rapporteur of the international law commission" (A/RES/79/121 15:
    "requests special rapporteurs to submit their reports", the Commission's members it appoints for a topic, Statute
    of the International Law Commission, article 16 (a)) holds the same words at another body, found by a query for
    the Commission (its part), not by the title alone. Other titles ("President", "Chair") name no one body: False."""
    title = next((t for t in data.lines("office_titles.txt") if key(t) == title_key), None)
    rest = holder_key[len(title_key):]
    if title is None or not special_procedure(f"{title} on ") or not rest.startswith(" of "):
        return False
    body = table().resolve(rest[len(" of "):])
    return body.known and body.key != table().resolve("Human Rights Council").key
def _full_names(query_key: str, keys: set[str]) -> set[str]:
    """The keys among ``keys`` that a short name's key stands for by the rule of short names (its words in order
    within theirs, more words, the same head noun: ``resparse.names.within``, ``name_head``)."""
    words = query_key.split()
    head = name_head(query_key)
    return {k for k in keys if k != query_key and len(k.split()) > len(words) and name_head(k) == head
            and within(words, k.split())}


def short_for_several(query: str, keys: set[str], written: set[str] = frozenset()) -> list[str]:
    """The keys among ``keys`` a query written as a short name could stand for when it is several ("High
    Commissioner": the United Nations High Commissioner for Human Rights and for Refugees), sorted; empty when the
    query is an actor of the table or a State, an office's title that names its holders first ("Special Rapporteur on
    ...": every holder answers it, :func:`full_name_keys`; not "High Commissioner", which "United Nations" opens), or
    the short name of one actor only (:func:`full_name_keys` reads it as that one). The CLI lists them with their
    counts instead of answering for none (a new-user trial, the thirtieth session: "High Commissioner" gave 0
    mandates, 8 mentions, no hint)."""
    named = _resolve(query)
    if named.known or named.key in states() or not named.key.split() or len(written) == 1:
        return []
    found = _full_names(named.key, {k for k in keys if _unplaced(k) != _unplaced(named.key)})
    words = named.key.split()
    if named.key in _office_titles() and any(k.split()[: len(words)] == words for k in found):
        return []  # "Special Rapporteur": its holders, each by its mandate's name, answer it
    return sorted(found) if len(found) > 1 else []


@lru_cache(maxsize=1)
def _office_titles() -> frozenset[str]:
    """The keys of the titles of office-holders (``data/office_titles.txt``: "special rapporteur")."""
    return frozenset(key(t) for t in data.lines("office_titles.txt"))


def party_keys(query: str, keys: set[str]) -> set[str]:
    """The keys among ``keys`` that name the parties a query names with what they are parties to ("States parties"
    -> "state party to the convention", "state party to the united nation convention against corruption";
    ``AliasTable.without_treaty``): a query for the parties finds them as it found them before their treaty was
    kept in the name. A query that names the treaty ("Parties to the Convention on Biological Diversity") finds
    only its own key (empty here)."""
    t = table()
    q = t.resolve(query).key
    return {k for k in keys if k != q and t.without_treaty(k) == q}


def lookup(items: list[Mandate], actor: str | None = None, verb: str | None = None) -> list[Match]:
    """The mandates matching an actor query (and verb): active ones strongest verb first, then the passive ones,
    direct before group matches at equal force; then the mentions, in document order. A query written as a short
    form ("SG", "ODA") is read as the actor it names, as the CLI reads it (:func:`short_form`, the one reader)."""
    t = table()
    verb_name = normalize_verb(verb) if verb else None
    strength = intensified(verb) if verb else ()  # "strongly urges": only those written so
    reading = short_form(actor) if actor else None
    if reading:
        actor = reading[0]
    q = resolve_query(actor, items) if actor else None
    # the query written as a short name: also the full name a resolution gave it ("Scientific Committee" where
    # A/RES/78/71 names "the United Nations Scientific Committee on the Effects of Atomic Radiation")
    # and the parties to a treaty for a query by the parties ("States parties": "States parties to the Convention")
    full = (full_name_keys(actor, keys := {m.actor_key for m in items},
                           written_short(actor, ((m.actor_key, m.actor_as_written) for m in items)))
            | party_keys(actor, keys)) if actor else set()
    found: list[Match] = []
    for m in items:
        if verb_name and (m.verb != verb_name or strength and not written_with(m.verb_as_written, strength)):
            continue
        if q is None:
            found.append(Match(m, "direct"))
            continue
        under = None
        if m.actor_key == q or m.actor_key in full:
            relation = "member" if m.via else "direct"
        elif m.part_of == q or m.part_of in full:
            relation = "part"
        elif under := t.under(m.actor_key, q):
            relation = under
        elif m.actor_key in t.wholes(q):
            relation = "group"
        elif t.appointed.get(m.actor_key) == q:
            relation = "appointed"
        else:
            continue
        found.append(Match(m, relation, _name(q) if relation in ("part", "group member", "appointed") else None))
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


def _name(actor_key: str) -> str:
    """The display name of an actor key: the table's or a State's name, a group's of [title groups] ("special
    procedures", not its key "special procedure": a re-trial, the thirtieth session, read "a member of the special
    procedure"), else the key itself."""
    actor = table().by_key.get(actor_key) or states().get(actor_key)
    return actor.name if actor else table().title_group_names.get(actor_key, actor_key)


def select(
    items: list[Mandate], actor: str | None = None, verb: str | None = None, timeline: bool = False,
    reports: bool = False, session: int | None = None, year: int | None = None, to: str | None = None,
) -> list[Match]:
    """The one filter of the mandate queries (CLI, corpus): :func:`lookup` by actor and verb, then
    ``timeline`` keeps the mandates with a deadline, ``reports`` those that ask for a report (``session``: one of
    them due at the Assembly's Nth session, September of 1945 + N to September of the next year, first or as a recurrence:
    ``Report.due_at``; ``year``: one due in that calendar year; ``to``: one to the receiver of that actor key; the
    three by ``reports.wanted``, the filter of the rows listed; ``timeline`` with ``year``: a time the timeline lists
    it at dated in that year, ``reports.timeline_times``, ``--timeline --year Y``); a verb without an actor keeps
    mandates only (a mention has no verb of its own for that actor). Raises InputError for an unknown verb, and
    ValueError for ``session`` or ``to`` without ``reports``, ``year`` without ``reports`` or ``timeline`` (they filter the reports: ``session`` was read
    as ``reports=True`` unasked, where the CLI refused ``--session`` without ``--reports``)."""
    given = [f"{name}={value!r}" for name, value in (("session", session), ("year", year), ("to", to))
             if value is not None and not (name == "year" and timeline and not reports)]
    if given and not reports:
        raise ValueError(f"{' and '.join(given)} need{'s' * (len(given) == 1)} reports=True: "
                         f"{'it keeps' if len(given) == 1 else 'they keep'} the reports due then or to that body")
    matches = lookup(items, actor=actor, verb=verb)
    if reports:
        return [x for x in matches if x.mandate.kind == "mandate" and x.mandate.reports and any(
            wanted(r, session, year, to) for r in x.mandate.reports)]
    if timeline:  # ``year``: one of its times on the timeline dated in that year (``reports.timeline_times``)
        return [x for x in matches if x.mandate.kind == "mandate" and x.mandate.deadline and (
            year is None or any(in_year(date, year) for date, _, _ in timeline_times(x.mandate)))]
    if verb and not actor:
        return [x for x in matches if x.mandate.kind == "mandate"]
    return matches


def nearest_actors(query: str, items: list[Mandate] | Iterable[str], n: int = 3) -> list[str]:
    """Actor names close to a query that matched nothing, for the error message: among the actors of ``items``
    (mandates, or actor names as the corpus database lists them), at most ``n``. A query that names an actor of
    the table or a State ("UN-Women", "Syria") is no typo: its nearest are the groups it belongs to (a State: the
    Member States, the States; ``member_states.txt``), then the actors whose names share the most words of its
    name ("United Nations Entity for Gender Equality ..." -> "United Nations"), none if no name shares one. Another
    query is read as a typo of a whole name (rapidfuzz's token_sort_ratio, case and punctuation aside, 80 or more:
    "Secretary Generl"), else as an abbreviation in capitals of the names whose words open with its letters, the
    small words aside ("MS": Member States; "OIC": Organization of Islamic Cooperation), else as the opening words of
    a longer name mistyped (rapidfuzz's ratio of the query and as many of the name's first words, 90 or more:
    "Special Raporteur on torture"); none otherwise. (WRatio at 60, used before, scored any long name that shares a
    word 85.5: "Nonexistent Body of Stuff" got "Ad Hoc Committee ..." and "African Member States ..." in a
    fresh-user trial, 2026-12-02; partial_token_sort_ratio, used next, scored 100 any name with the query's letters
    inside one of its words: "MS" got "Special Rapporteur on contemporary forms of racism ...", "ECO" "Committee on
    Economic, Social and Cultural Rights", the thirtieth session.)"""
    names = _one_name_each({m if isinstance(m, str) else m.actor for m in items})
    actor = _resolve(query)
    if not actor.known:
        near = process.extract(query, names, scorer=fuzz.token_sort_ratio, limit=n, score_cutoff=80,
                               processor=utils.default_process)
        if near:
            return [name for name, _, _ in near]
        if re.fullmatch(r"[A-Z]{2,8}", query.strip()):
            return [name for name in names if _initials(name) == query.strip()][:n]
        # a name no shorter than the query: "men" (an actor of the corpus) is no typo of "UN Environment" (a new-user
        # trial, 2026-12-04)
        words = utils.default_process(query).split()
        opening = [(-score, name) for name in names if len(name.split()) >= len(words) and (score := fuzz.ratio(
            " ".join(words), " ".join(utils.default_process(name).split()[: len(words)]))) >= 90]
        return [name for _, name in sorted(opening)[:n]]
    related = _groups_of(actor.key)
    words = set(actor.key.split()) - _COMMON_WORDS
    shared = {name: len(words & set(key(name).split())) for name in names if key(name) != actor.key}
    most = max(shared.values(), default=0)
    ranked = sorted((key(name) not in related, -fuzz.ratio(actor.key, key(name)), name)
                    for name, count in shared.items() if key(name) in related or (most and count == most))
    return [name for *_, name in ranked[:n]]


_COMMON_WORDS = frozenset("of the for and on in to at by with".split())


def _initials(name: str) -> str:
    """The first letters of a name's words in capitals, its small words (``_COMMON_WORDS``) aside, a hyphen a word's
    end: "Member States" -> "MS", "Organization of Islamic Cooperation" -> "OIC", "Secretary-General" -> "SG"."""
    return "".join(w[0] for w in re.findall(r"[^\W_]+", name) if w.lower() not in _COMMON_WORDS).upper()


def _one_name_each(names: set[str]) -> list[str]:
    """``names`` sorted, one per actor key (``actors.key_name``: "States" over "State", the singular an actor
    written in the singular is shown by, ``actors.as_numbered``)."""
    by_key: dict[str, list[str]] = {}
    for name in sorted(names):
        by_key.setdefault(key(name), []).append(name)
    return sorted(map(key_name, by_key.values()))


def _groups_of(actor_key: str) -> set[str]:
    """The keys of the groups and wholes an actor belongs to (``actors.txt``); a State's: the Member States (an
    observer State: the States) and theirs."""
    t = table()
    out = t.wholes(actor_key)
    if actor_key in states():
        observer = actor_key in {key(line.split("=")[0]) for line in data.sections("member_states.txt")["observers"]}
        whole = key("States" if observer else "Member States")
        out |= {whole} | t.wholes(whole)
    return out


@lru_cache(maxsize=1)
def _short_forms() -> dict[str, tuple[str, tuple[str, ...]]]:
    """``data/short_forms.txt``: {short form: (the actor's name, the other readings)}."""
    out = {}
    for line in data.sections("short_forms.txt")["short forms"]:
        form, _, rest = line.partition("=")
        name, *others = (part.strip() for part in rest.split("|"))
        out[form.strip()] = (name, tuple(others))
    return out


def short_form(query: str) -> tuple[str, tuple[str, ...]] | None:
    """The reading of a query written as a short form (``data/short_forms.txt``, UNTERM and the UN System Chart):
    (the name of the actor it is read as, the other readings the form has), e.g. "ODA" -> ("Office for Disarmament
    Affairs", ("official development assistance (not an actor)",)), "SG" -> ("Secretary-General", ()); None for a
    query that is no such form (matched as written, in capitals: "cat" is no form). A form the alias table reads
    itself ("HRC") is read as the table reads it, its other readings named."""
    found = _short_forms().get(query.strip())
    if found is None:
        return None
    named = table().resolve(query)
    return (named.name, found[1]) if named.known else found


def query_names(query: str) -> str | None:
    """The name of the actor a query names when it is written otherwise ("Syria" -> "Syrian Arab Republic",
    "UN-Women" -> "United Nations Entity for Gender Equality and the Empowerment of Women"); None for an actor the
    table and ``member_states.txt`` do not hold, or one written by its name."""
    actor = _resolve(query)
    return actor.name if actor.known and actor.name.lower() != query.strip().lower() else None


def graph_edges(res: Resolution, mentions: bool = False) -> list[tuple[str, str, str, str, str]]:
    """For the reference graph: (paragraph_id, actor_key, actor_name, verb, kind) per mandate (and mention)."""
    return [
        (m.paragraph_id, m.actor_key, m.actor, m.verb or "", "passive" if m.passive else m.kind)
        for m in extract(res)
        if m.kind == "mandate" or mentions
    ]

