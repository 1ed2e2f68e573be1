"""The graph: resolutions, their paragraphs, footnotes and the documents they cite, as a ``networkx.MultiDiGraph``.

Nodes (attribute ``kind``): ``resolution`` (id: its symbol, "A/RES/71/280"), the paragraph kinds ``preambular``,
``operative``, ``annex`` and ``subparagraph`` (id: "<symbol>#<eId>", with ``label``, ``text``, ``opening``),
``footnote`` ("<symbol>#fn<N>") and ``document`` (a cited document that is not loaded, id: its symbol).

Edges (attribute ``kind``): ``contains`` (resolution -> its top-level paragraphs and footnotes, paragraph ->
sub-paragraph), ``refers_to`` (paragraph -> paragraph, with ``phrase``, ``start``, ``end``; ``document`` when the
paragraph is in another loaded resolution, ``term`` for a defined term), ``cites`` (paragraph or footnote ->
document or loaded resolution, with ``phrase`` and the cited ``portion`` such as "annex II, paragraph 8"),
``footnote`` (paragraph -> footnote).

Attribute values are str, int or bool only (never None, lists or dicts), so the graph writes as GraphML as it is.
Other stages add their own nodes and edges with :func:`build_graph`'s ``extensions``: each is called as
``extension(graph, resolutions)`` after the graph is built; :func:`add_mandates` is one: ``actor`` nodes ("actor:
<key>", e.g. "actor:regional economic commission") and ``mandates`` edges (paragraph -> actor, with ``verb`` and
``passive``).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Callable, Iterable

import networkx as nx

from .clip import clip
from .model import Paragraph, Reference, Resolution
from .references import heading_section, paragraphs_cited, printed_symbol, resolve, stored_symbol

Extension = Callable[[nx.MultiDiGraph, list[Resolution]], None]

NODE_KINDS = ("resolution", "preambular", "operative", "annex", "subparagraph", "footnote", "document", "actor")
EDGE_KINDS = ("contains", "refers_to", "cites", "footnote", "mandates")


def resolution_id(res: Resolution) -> str:
    return res.symbol or res.source or "resolution"


def paragraph_id(res: Resolution, p: Paragraph) -> str:
    return f"{resolution_id(res)}#{p.id}"


def footnote_id(res: Resolution, number: str) -> str:
    return f"{resolution_id(res)}#fn{number}"


def _attrs(**kw) -> dict:
    """Attributes without None (GraphML cannot hold it)."""
    return {k: v for k, v in kw.items() if v is not None}


def build_graph(
    resolutions: Iterable[Resolution],
    extensions: Iterable[Extension] = (),
    references: dict[str, list[Reference]] | None = None,
) -> nx.MultiDiGraph:
    """The graph of one or several resolutions. A citation of a resolution that is loaded links to its node, and
    where it names a paragraph, to that paragraph ("paragraph 49 of resolution 73/195" -> 73/195's annex 49 when
    the resolution itself has no paragraph 49). ``references`` (by resolution id) reuses resolved references."""
    resolutions = list(resolutions)
    g = nx.MultiDiGraph()
    loaded = {resolution_id(r): r for r in resolutions}
    for res in resolutions:
        _add_structure(g, res)
    for res in resolutions:
        refs = (references or {}).get(resolution_id(res))
        _add_references(g, res, refs if refs is not None else resolve(res), loaded)
    for ext in extensions:
        ext(g, resolutions)
    return g


def add_mandates(g: nx.MultiDiGraph, resolutions: list[Resolution]) -> None:
    """Extension: an ``actor`` node per actor (id "actor:<key>", shared across resolutions) and a ``mandates`` edge
    from each paragraph that asks it to act, with the ``verb``, ``passive`` for "shall be prepared by ..." and the
    ``deadline``: every deadline of the mandate as written, joined by "; " ("in February 2018; in March 2018; ...",
    A/RES/71/280, para. 28, the six months of the consultations' phase), absent when none is stated."""
    from .mandates import extract

    for res in resolutions:
        for m in extract(res):
            if m.kind != "mandate":
                continue
            actor = f"actor:{m.actor_key}"
            if actor not in g:
                g.add_node(actor, label=m.actor, kind="actor", text=m.actor)
            source = f"{resolution_id(res)}#{m.paragraph_id}"
            if source in g:
                deadline = "; ".join(d.text for d in m.deadlines) or (m.deadline.text if m.deadline else None)
                g.add_edge(source, actor, kind="mandates", verb=m.verb or "", passive=m.passive, label=m.verb or "",
                           **_attrs(deadline=deadline))


def document_graph(documents: list[dict], edges: list[tuple[str, str, int]], min_cited: int = 1,
                   keep: Iterable[str] = ()) -> nx.MultiDiGraph:
    """The citation graph between documents (``corpus.citation_network``): a ``resolution`` node per document of
    the corpus, a ``document`` node per document it cites that is not in it, a ``cites`` edge per citing pair with
    ``count``; each node's ``cited`` is how often it is cited, ``size`` grows with its square root (8 to 48, the
    most cited node alone the largest) and ``session`` is the session of a General Assembly symbol (78 for
    A/RES/78/123; absent for other documents). Documents outside the corpus cited fewer than ``min_cited`` times
    are left out, except ``keep`` (a centre asked for: ``graph --db --centre``) and what it cites or what cites it:
    all of a centre's citations are kept (A/RES/79/1's of A/RES/48/141, 53/30, A/DEC/62/557, cited fewer than 5 times
    in sessions 78-80, were dropped). The graph's ``view`` attribute is "citations" (the page draws it as the corpus
    view); ``left_out`` the number of documents left out, ``left_out_citations`` the citing phrases that went with
    them (as :func:`corpus_view` counts the documents it does not draw), ``min_cited`` the threshold."""
    g = nx.MultiDiGraph(view="citations")
    for d in documents:
        g.add_node(d["symbol"], **_attrs(label=printed_symbol(d["symbol"]),
                                         kind="resolution" if d["in_corpus"] else "document",
                                         text=d.get("title"), cited=0, session=_session(d["symbol"])))
    for src, dst, n in edges:
        g.add_edge(src, dst, kind="cites", count=n, label=str(n))
        g.nodes[dst]["cited"] += n
    # documents outside the corpus cited fewer than min_cited times are left out (a readable page), never a centre's
    kept = {n for c in keep if c in g for n in (c, *g.successors(c), *g.predecessors(c))}
    gone = [n for n, d in g.nodes(data=True) if d["kind"] == "document" and d["cited"] < min_cited and n not in kept]
    g.graph.update(min_cited=min_cited, left_out=len(gone), left_out_citations=sum(g.nodes[n]["cited"] for n in gone))
    g.remove_nodes_from(gone)
    most = max([d["cited"] for _, d in g.nodes(data=True)] + [1])
    for _, d in g.nodes(data=True):
        d["size"] = 8 + 40 * (d["cited"] / most) ** 0.5
    return g


def session_graph(g: nx.MultiDiGraph, sessions: Iterable[int]) -> nx.MultiDiGraph:
    """The part of a corpus's citation graph (:func:`document_graph`) that ``graph --db --session N`` is about: the
    resolutions of the corpus of those sessions, every document they cite (of any session, or outside the corpus)
    and their citations; ``cited`` and ``size`` counted again over those citations alone (as the page counts them).
    A new graph; ``g`` is left as it is."""
    keep = set(sessions)
    citing = [n for n, d in g.nodes(data=True) if d.get("kind") == "resolution" and d.get("session") in keep]
    h = nx.MultiDiGraph(**g.graph)
    for n in citing:
        h.add_node(n, **{**g.nodes[n], "cited": 0})
    for u in citing:
        for _, v, k, d in g.out_edges(u, keys=True, data=True):
            if v not in h:
                h.add_node(v, **{**g.nodes[v], "cited": 0})
            h.add_edge(u, v, key=k, **d)
            h.nodes[v]["cited"] += d.get("count", 1)
    most = max([d["cited"] for _, d in h.nodes(data=True)] + [1])
    for _, d in h.nodes(data=True):
        d["size"] = 8 + 40 * (d["cited"] / most) ** 0.5
    return h


def centre_graph(g: nx.MultiDiGraph, centre: str) -> nx.MultiDiGraph:
    """The part of a corpus's citation graph (:func:`document_graph`) that ``graph --db --centre SYMBOL`` is about, as
    its page draws it (:func:`corpus_view`): ``centre``, every document it cites, every resolution that cites it, and
    the citations between them; ``cited`` and ``size`` as in ``g`` (counted over the whole corpus). A new graph;
    ``KeyError`` when ``g`` has no such node."""
    if centre not in g:
        raise KeyError(centre)
    near = {centre, *g.successors(centre), *g.predecessors(centre)}
    h = nx.MultiDiGraph(g.subgraph(near))
    h.graph.update(g.graph, centre=centre)
    return h


def corpus_view(g: nx.MultiDiGraph, most_cited: int = 60, centre: str | None = None,
                sessions: Iterable[int] | None = None) -> nx.DiGraph:
    """What a page can show of a corpus's citation graph (:func:`document_graph`, a thousand resolutions and more):
    the resolutions grouped into communities, the most cited documents outside the corpus, one edge per group and
    document. The quotient of the citation graph by group, as :func:`resolution_graph` is of the paragraph graph.

    ``sessions`` keeps the resolutions of those sessions (and what they cite); ``centre`` (a symbol of ``g``)
    keeps it, what it cites and what cites it (``KeyError`` when ``g`` has no such node); a resolution asked for
    as centre stands for itself, in no group. Groups: the communities
    of the citations (NetworkX ``louvain_communities`` on the undirected citation graph of the kept resolutions and
    everything they cite or are cited by, weighted by ``count``, seed 7), each named by its most cited member
    (``cited`` in ``g``, then symbol) and the name its members' titles give it (:func:`_group_names`: the title
    most of them share, else the phrase of their titles most frequent in them and rarest in the other groups');
    a resolution that cites nothing and is cited by none of the kept ones is in no group, and not drawn.

    Nodes: ``group`` (id "group:<n>", numbered 1 for the largest; ``name`` its name, ``label`` the same with the
    titles' part cut to 36 characters at a word ("…": the label drawn), ``members`` the symbols of
    its resolutions, most cited first, joined by a space, ``size`` the number of them, ``cited`` the citations of
    its members by the kept resolutions of other groups), ``resolution`` (a kept resolution alone in its community
    stands for itself: id its symbol, ``cited`` as a group's) and ``document`` (the ``most_cited`` documents outside
    the corpus cited by the most kept resolutions, then by citations, then symbol; ``cited``, ``citing``). Edges
    (``kind`` "cites"): group or resolution -> group, resolution or document, ``count`` (citing phrases) and
    ``citing`` (citing resolutions). The graph's ``member_of``: each resolution drawn -> its group id, or its own
    symbol when it stands for itself. Graph attributes: ``view`` "corpus", ``most_cited``, ``resolutions`` (kept), ``grouped``, ``alone`` (kept and in no
    group), ``documents`` (outside the corpus, cited by kept resolutions), ``left_out`` (those not drawn) and
    ``left_out_citations`` (their citing phrases), ``within`` (citing phrases between members of one group, not
    drawn), ``sessions`` and ``centre`` as asked (empty when not)."""
    keep = sessions is not None and set(sessions)
    resolutions = {n for n, d in g.nodes(data=True) if d.get("kind") == "resolution"
                   and (not keep or d.get("session") in keep)}
    if centre is not None:
        if centre not in g:
            raise KeyError(centre)
        near = {centre, *g.successors(centre), *g.predecessors(centre)}
        resolutions &= near
        if g.nodes[centre].get("kind") == "resolution":
            resolutions.add(centre)
    edges: Counter = Counter()
    for u, v, n in g.edges(data="count", default=1):
        if u in resolutions and (v in resolutions or g.nodes[v].get("kind") == "document"):
            if centre is None or centre in (u, v) or (u in resolutions and v in resolutions):
                edges[u, v] += n
    h = nx.Graph()
    h.add_nodes_from(sorted(resolutions))
    for (u, v), n in sorted(edges.items()):
        w = h.get_edge_data(u, v, {}).get("count", 0)
        h.add_edge(u, v, count=w + n)
    communities = _louvain(h)
    cited_in_g = {n: g.nodes[n].get("cited", 0) for n in h}
    groups = []
    for c in communities:
        members = sorted((n for n in c if n in resolutions and h.degree(n)), key=lambda n: (-cited_in_g[n], n))
        if members:  # named by its most cited member, never by a document outside the corpus its members cite
            # (the symbol last: the same name in every run; ``members`` is sorted, ``c`` a set in hash-seed order)
            groups.append((members, min(members, key=lambda n: (-cited_in_g[n], _order(n), n))))
    if centre in resolutions:  # the resolution asked for stands for itself, never inside a group
        groups = [([m for m in ms if m != centre], top) for ms, top in groups] + [([centre], centre)]
        groups = [(ms, top if top in ms or top not in resolutions else ms[0]) for ms, top in groups if ms]
    singles = sorted(members[0] for members, _ in groups if len(members) == 1)
    groups = sorted((mc for mc in groups if len(mc[0]) > 1), key=lambda mc: (-len(mc[0]), mc[0][0]))
    member_of = {m: f"group:{i}" for i, (members, _) in enumerate(groups, 1) for m in members}
    member_of.update((m, m) for m in singles)  # a resolution alone in its community stands for itself
    names = _group_names([[g.nodes[m].get("text") or "" for m in members] for members, _ in groups])
    documents: Counter = Counter()
    citing: Counter = Counter()
    for (u, v), n in edges.items():
        if v not in resolutions:
            documents[v] += n
            citing[v] += 1
    ranked = sorted(documents, key=lambda n: (-citing[n], -documents[n], n))
    drawn = ranked[:most_cited]
    v_ = nx.DiGraph(view="corpus", most_cited=most_cited, resolutions=len(resolutions), grouped=len(member_of),
                    alone=len(resolutions) - len(member_of), documents=len(documents),
                    left_out=len(documents) - len(drawn),
                    left_out_citations=sum(documents[n] for n in ranked[most_cited:]), within=0,
                    sessions=" ".join(str(s) for s in sorted(keep or ())), centre=centre or "",
                    member_of=member_of)
    for i, ((members, top), name) in enumerate(zip(groups, names), 1):
        v_.add_node(f"group:{i}", kind="group", label=_group_label(_short_symbol(top), len(members), name),
                    name=" · ".join(x for x in (_short_symbol(top), name) if x), members=" ".join(members),
                    size=len(members), cited=0, top=top)
    for n in singles:
        v_.add_node(n, kind="resolution", label=_short_symbol(n), text=g.nodes[n].get("text", ""), cited=0)
    for n in drawn:
        v_.add_node(n, kind="document", label=_short_symbol(n), text=g.nodes[n].get("text", ""), cited=documents[n],
                    citing=citing[n])
    counts: Counter = Counter()
    citers: dict = {}
    for (u, v), n in edges.items():
        a = member_of.get(u)
        b = member_of.get(v, v)
        if a is None or b not in v_:
            continue
        if a == b:
            v_.graph["within"] += n
            continue
        counts[a, b] += n
        citers.setdefault((a, b), set()).add(u)
        if v_.nodes[b]["kind"] != "document":
            v_.nodes[b]["cited"] += n
    for (a, b), n in counts.items():
        v_.add_edge(a, b, kind="cites", count=n, citing=len(citers[a, b]))
    return v_


def _louvain(h: nx.Graph) -> list[set]:
    """``louvain_communities`` (weight ``count``, seed 7) the same in every run: on the nodes numbered in sorted
    order, as Louvain walks sets of nodes, whose order for strings changes with Python's hash seed."""
    names = sorted(h)
    number = {n: i for i, n in enumerate(names)}
    ints = nx.Graph()
    ints.add_nodes_from(range(len(names)))
    ints.add_edges_from((number[u], number[v], d) for u, v, d in h.edges(data=True))
    return [{names[i] for i in c} for c in nx.community.louvain_communities(ints, weight="count", seed=7)]


def _order(symbol: str) -> int:
    """A stable tie-break between symbols (the lower session first)."""
    s = _session(symbol)
    return s if s is not None else 0


def _short_symbol(symbol: str) -> str:
    """ "A/RES/70/1" -> "70/1" (a General Assembly resolution, as researchers write it; a part after a space, "79/258
    A": :func:`~resparse.references.printed_symbol`); others as they are."""
    printed = printed_symbol(symbol)
    return printed[len("A/RES/"):] if printed.startswith("A/RES/") else printed


_FUNCTION_WORDS = frozenset(
    "a an and as at between by for from in into its of on or the their to under with within".split())
_TITLE_PART = re.compile(r"[^,;:()\u2013\u2014]+")  # a title's parts between punctuation ("...: requests under ...")
_NAME_WORDS = 8  # the longest phrase that names a group whose titles differ
_TITLE_WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")


def _group_names(titles: list[list[str]]) -> list[str]:
    """For each group of titles (its members', most cited first), the group's name as its titles write it:

    - the title that most of them share, when two or more and at least half of them hold it ("Comprehensive review
      of the whole question of peacekeeping operations in all their aspects": 78/291 and 79/296; "Convention on
      Prohibitions or Restrictions on the Use of Certain Conventional Weapons ..." of 78/64, 79/75, 80/68);
    - else the phrase of their titles most frequent in them and rarest in the other groups' (count of the titles
      that hold it × log(groups / groups whose titles hold it); the longer of two equal), as first written: a run of
      words within one part of a title (not across a comma or colon) that opens and closes on no function word, a
      single word of four letters or more, held by two titles or more (any, in a group of one), and whole: not a
      phrase that the group's titles always write after or before the same word ("Financing of the United Nations",
      never "Financing of the United"; "human rights", never "rights" alone where every "rights" is "human
      rights"); a phrase of two words or more before any single word ("nuclear weapons", not "nuclear"), a single
      word only where no phrase qualifies. Before, the two best single words in the titles' order named a group: "question islands" (the
      decolonization resolutions), "whole peacekeeping", "offers inhabitants" (a word pair, no name);
    - "" when no phrase qualifies."""
    import math

    def spans(title: str) -> dict[str, tuple[str, str | None, str | None]]:
        """Each phrase of ``title`` (lower-cased) -> (as written, the word before it, the word after it)."""
        out: dict = {}
        for part in _TITLE_PART.findall(title):
            words = _TITLE_WORD.findall(part)
            low = [w.lower() for w in words]
            for i in range(len(words)):
                if low[i] in _FUNCTION_WORDS:
                    continue
                for j in range(i + 1, min(len(words), i + _NAME_WORDS) + 1):
                    if low[j - 1] in _FUNCTION_WORDS or j == i + 1 and len(words[i]) < 4:
                        continue
                    out.setdefault(" ".join(low[i:j]), (" ".join(words[i:j]), low[i - 1] if i else None,
                                                        low[j] if j < len(words) else None))
        return out

    bags = []
    for ts in titles:
        count: Counter = Counter()
        written: dict = {}
        before: dict = {}
        after: dict = {}
        for t in ts:
            for k, (w, b, a) in spans(t).items():
                count[k] += 1
                written.setdefault(k, w)
                before.setdefault(k, set()).add(b)
                after.setdefault(k, set()).add(a)
        bags.append((count, written, before, after))
    spread = Counter(k for count, *_ in bags for k in count)
    out = []
    for ts, (count, written, before, after) in zip(titles, bags):
        shared = Counter(" ".join(t.split()) for t in ts if t.strip()).most_common(1)
        if shared and shared[0][1] >= 2 and 2 * shared[0][1] >= len(ts):
            out.append(shared[0][0])
            continue

        def whole(k: str) -> bool:  # not always written after, or before, the same word (a function word aside:
            # no phrase opens or closes on one, "Chemical Weapons" is whole though always after "of")
            return not any(len(side[k]) == 1 and None not in side[k] and not side[k] & _FUNCTION_WORDS
                           for side in (before, after))

        score = {k: c * math.log(len(bags) / spread[k]) * len(k.split()) ** 0.5 for k, c in count.items()
                 if (c > 1 or len(ts) == 1) and whole(k)}
        best = sorted((k for k in score if score[k] > 0), key=lambda k: (-score[k], -len(k.split()), k))
        # a phrase of words before a single word (a group named "nuclear", "Islands", "safety" in a fresh-user
        # trial, 2026-12-03: a word, no name): the single word only where no phrase qualifies
        best = [k for k in best if " " in k] or best
        out.append(written[best[0]] if best else "")
    return out


def _group_label(top: str, size: int, name: str) -> str:
    """A group's label on the corpus view: its most cited member, how many more it holds, and the phrase of their
    titles that names it ("79/1 and 11 more: implementation of the outcomes", the phrase cut by :func:`_cut`). Was
    "79/1 · implementation of the outcomes", which read as 79/1's title (a new-user trial, the thirtieth session)."""
    head = f"{top} and {size - 1} more" if size > 1 else top
    return f"{head}: {_cut(name)}" if name else head


def _cut(name: str, width: int = 36) -> str:
    """``name`` on a label: whole up to ``width`` characters, else cut at a word with "…"."""
    return clip(name, width + 1)


def resolution_graph(g: nx.MultiDiGraph, most_cited: int = 40, min_citing: int = 2) -> nx.DiGraph:
    """The graph of resolutions of a graph of :func:`build_graph`: its quotient by resolution, each paragraph and
    footnote merged into the resolution that holds it, one edge per citing pair. For a page of many resolutions,
    where thousands of paragraphs are no picture.

    Nodes: each loaded ``resolution`` (``label`` its symbol, ``text`` its title, ``paragraphs`` how many
    paragraphs and sub-paragraphs it holds) and each cited ``document`` outside them that at least ``min_citing``
    loaded resolutions cite, the ``most_cited`` of them at most (by citing resolutions, then citations, then
    symbol). Every node has ``cited`` (citing phrases of the loaded resolutions that cite it: one per citing phrase
    and document, as the ``cites`` edges count), ``citing`` (how many loaded resolutions cite it), ``size`` (10 to
    40 canvas pixels, with the square root of ``cited``), for a General Assembly symbol ``session``, and ``group``:
    its community (Louvain, NetworkX ``louvain_communities`` on the citations as undirected edges weighted by
    ``count``, seed 7), numbered 1 for the largest; absent for a node alone in its community. Edges
    (``kind`` "cites"): resolution -> resolution or document, with ``count`` (citing phrases). A resolution
    citing itself makes no edge. The graph's attributes: ``view`` "resolutions", ``documents`` (every document
    cited outside the loaded resolutions), ``left_out`` (those not drawn) and ``left_out_citations`` (their
    citing phrases)."""
    owner = {n: d.get("resolution", n) for n, d in g.nodes(data=True)}
    counts: Counter = Counter()
    for u, v, kind in g.edges(data="kind"):
        if kind == "cites" and owner[u] != v:
            counts[owner[u], v] += 1
    cited: Counter = Counter()
    citing: Counter = Counter()
    for (_, v), n in counts.items():
        cited[v] += n
        citing[v] += 1
    documents = [n for n, k in g.nodes(data="kind") if k == "document" and citing[n]]
    ranked = sorted((n for n in documents if citing[n] >= min_citing), key=lambda n: (-citing[n], -cited[n], n))
    drawn = set(ranked[:most_cited])
    r = nx.DiGraph(view="resolutions", documents=len(documents), left_out=len(documents) - len(drawn),
                   left_out_citations=sum(cited[n] for n in documents if n not in drawn))
    paragraphs = Counter(d.get("resolution") for _, d in g.nodes(data=True)
                         if d.get("kind") in ("preambular", "operative", "annex", "subparagraph"))
    for n, d in g.nodes(data=True):
        if d.get("kind") == "resolution":
            r.add_node(n, **_attrs(label=d.get("label", n), kind="resolution", text=d.get("text"),
                                   paragraphs=paragraphs[n]))
        elif n in drawn:
            r.add_node(n, **_attrs(label=d.get("label", n), kind="document"))
    for (u, v), n in counts.items():
        if v in r:
            r.add_edge(u, v, kind="cites", count=n)
    communities = nx.community.louvain_communities(r.to_undirected(), weight="count", seed=7)
    for i, c in enumerate(sorted((c for c in communities if len(c) > 1), key=lambda c: (-len(c), min(c))), 1):
        for n in c:
            r.nodes[n]["group"] = i
    most = max([cited[n] for n in r] + [1])
    for n, d in r.nodes(data=True):
        d.update(_attrs(cited=cited[n], citing=citing[n], size=10 + 30 * (cited[n] / most) ** 0.5,
                        session=_session(n)))
    return r


def session_of(symbol: str) -> int | None:
    """The session of a General Assembly resolution symbol: "A/RES/78/123" -> 78 (symbols of the form
    A/RES/<session>/<number> since the 31st session); None for another symbol."""
    parts = symbol.split("/")
    if len(parts) == 4 and parts[:2] == ["A", "RES"] and parts[2].isdigit():
        return int(parts[2])
    return None


_session = session_of  # the name this module knew


def _add_structure(g: nx.MultiDiGraph, res: Resolution) -> None:
    rid = resolution_id(res)
    g.add_node(rid, **_attrs(label=printed_symbol(rid), kind="resolution", text=res.title, date=res.date,
                             resolution=rid))

    def add(p: Paragraph, parent: str) -> None:
        nid = paragraph_id(res, p)
        g.add_node(nid, **_attrs(label=p.label, kind=p.kind, text=p.text, opening=p.opening, eid=p.id,
                                 resolution=rid, line=p.span.line))
        g.add_edge(parent, nid, kind="contains")
        for number in p.footnotes:
            g.add_edge(nid, footnote_id(res, number), kind="footnote")
        for c in p.children:
            add(c, nid)

    for f in res.footnotes:  # before the paragraphs, so that footnote edges find their node's attributes
        g.add_node(footnote_id(res, f.number), label=f"footnote {f.number}", kind="footnote", text=f.text,
                   resolution=rid, line=f.span.line)
    for p in res.paragraphs:
        add(p, rid)
    for f in res.footnotes:
        g.add_edge(rid, footnote_id(res, f.number), kind="contains")


def _add_references(g: nx.MultiDiGraph, res: Resolution, refs: list[Reference], loaded: dict[str, Resolution]):
    for ref in refs:
        source = _source_id(res, ref.source)
        if source is None:
            continue
        c = ref.citation
        common = _attrs(phrase=c.phrase, start=c.start, end=c.end)
        cited_docs: set[str] = set()
        for target, status in ref.resolved:
            if status in ("ok", "direction") and target.document is None and target.label:
                p = res.get(target.label)
                # a section set as a heading ("sections II, VI and VII above", A/RES/78/128 annex III rule 52): each
                # paragraph under it
                for p in [p] if p is not None else heading_section(res, target.label):
                    g.add_edge(source, paragraph_id(res, p), kind="refers_to",
                               **common, **_attrs(term=c.phrase if c.kind == "term" else None,
                                                  direction=c.direction, status=status))
            elif status == "external" and target.document:
                # "79/258 A" is the loaded A/RES/79/258 where no part A is loaded (references.stored_symbol)
                doc = stored_symbol(target.document, loaded) or target.document
                if doc not in cited_docs:
                    cited_docs.add(doc)
                    if doc not in g:
                        g.add_node(doc, label=printed_symbol(doc), kind="document")
                    g.add_edge(source, doc, kind="cites", **common, **_attrs(portion=c.portion_for(target)))
                other = loaded.get(doc)
                # the paragraph named, or each of a section named whole ("section IV of resolution 79/258")
                for p in paragraphs_cited(other, target.label) if other is not None and other is not res else ():
                    g.add_edge(source, paragraph_id(other, p), kind="refers_to", document=doc, **common)


def unresolved_references(res: Resolution, refs: list[Reference]) -> list[dict]:
    """The references that make no edge, for the page's reference table: a target that is "missing" (no such
    paragraph) or "unresolved" (a unit that is not a paragraph, a document named without a symbol), one row per
    target: ``{"source": node id of the citing paragraph or footnote, "phrase", "target": as written in the
    resolution's terms, "status"}``."""
    rows = []
    for ref in refs:
        source = _source_id(res, ref.source)
        for target, status in ref.resolved:
            if source is not None and status in ("missing", "unresolved"):
                what = " ".join(x for x in (target.document or ref.citation.document_name, target.label) if x)
                rows.append({"source": source, "phrase": ref.citation.phrase, "target": what or "?", "status": status})
    return rows


def _source_id(res: Resolution, source: str) -> str | None:
    if source.startswith("footnote "):
        return footnote_id(res, source.split(" ", 1)[1])
    p = res.get(source)
    return paragraph_id(res, p) if p is not None else None


def left_out_words(g: nx.MultiDiGraph, view: nx.DiGraph | None = None, centre: str | None = None) -> list[str]:
    """What a corpus's citation graph (:func:`document_graph`) and the page's view of it (:func:`corpus_view`) leave
    out, in the words ``graph --db`` prints on stderr and its page prints in its heading, both from here (a new-user
    trial, 2026-12-04, read "left out 5690 documents ... (10298 citing pairs)" beside the page's "the other 721 (6475
    citations) are left out", two filters told in the same words with two units): the documents outside the corpus
    the page does not draw (``--most-cited``, of those the kept resolutions cite), then those ``--min-cited`` left out
    of the graph, the page, the JSON and the GraphML; each with its citing phrases. No sentence for a filter that
    left nothing out; with ``centre`` (``--centre``: its own citations are all kept) the second says so."""
    from .render.text import counted

    out = []
    if view is not None and view.graph.get("left_out"):
        c = view.graph
        out.append(f"--most-cited {c['most_cited']}: {c['documents'] - c['left_out']} of the "
                   f"{counted(c['documents'], 'document')} outside the corpus they cite drawn, the most cited; the "
                   f"other {c['left_out']} ({counted(c['left_out_citations'], 'citing phrase')}) not drawn")
    if g.graph.get("left_out"):
        m = g.graph["min_cited"]
        out.append(f"--min-cited {m}: left out {counted(g.graph['left_out'], 'document')} outside the corpus cited "
                   f"fewer than {m} times ({counted(g.graph['left_out_citations'], 'citing phrase')})"
                   + (f", none cited by or citing {printed_symbol(centre)}" if centre is not None else "")
                   + "; --min-cited 0 keeps all")
    return out


def summary(g: nx.MultiDiGraph) -> str:
    """One line: nodes and edges by kind."""
    nodes = Counter(k for _, k in g.nodes(data="kind"))
    edges = Counter(k for _, _, k in g.edges(data="kind"))
    n = ", ".join(f"{nodes[k]} {k}" for k in NODE_KINDS if nodes[k])
    e = ", ".join(f"{edges[k]} {k}" for k in EDGE_KINDS if edges[k])
    extra_n = ", ".join(f"{v} {k}" for k, v in sorted(nodes.items()) if k not in NODE_KINDS)
    extra_e = ", ".join(f"{v} {k}" for k, v in sorted(edges.items()) if k not in EDGE_KINDS)
    n = ", ".join(x for x in (n, extra_n) if x)
    e = ", ".join(x for x in (e, extra_e) if x)
    return f"{g.number_of_nodes()} nodes ({n}), {g.number_of_edges()} edges ({e})"


def to_json(g: nx.MultiDiGraph) -> dict:
    """NetworkX node-link data: ``nodes`` (``id``, ``label``, ``kind``, ...) and ``edges`` (``source``, ``target``,
    ``kind``, ``key``, ...). A node's id spells its symbol as every output does (:func:`~resparse.references.
    printed_symbol`: "A/RES/77/263 B", "A/RES/377 A (V)#para_1"), never the stored "A/RES/77/263B"."""
    return nx.node_link_data(nx.relabel_nodes(g, {n: _printed_id(n) for n in g}, copy=True), edges="edges")


def _printed_id(node: str) -> str:
    """A node id with its symbol as printed ("A/RES/77/263B#para_4" -> "A/RES/77/263 B#para_4")."""
    symbol, hash_, rest = str(node).partition("#")
    return printed_symbol(symbol) + hash_ + rest


def from_json(data: dict) -> nx.MultiDiGraph:
    return nx.node_link_graph(data, edges="edges", directed=True, multigraph=True)


def to_graphml(g: nx.MultiDiGraph) -> str:
    """GraphML text (Gephi, yEd)."""
    return "\n".join(nx.generate_graphml(g)) + "\n"


def edges_of(g: nx.MultiDiGraph, kind: str) -> list[tuple[str, str, dict]]:
    return [(u, v, d) for u, v, d in g.edges(data=True) if d.get("kind") == kind]


def label_edges(g: nx.MultiDiGraph, kind: str) -> set[tuple[str, str]]:
    """Edges of one kind as (source label, target label) pairs: handy for reading and testing."""
    return {(g.nodes[u].get("label", u), g.nodes[v].get("label", v)) for u, v, _ in edges_of(g, kind)}


__all__ = [
    "build_graph", "resolution_graph", "centre_graph", "corpus_view", "document_graph", "unresolved_references", "summary", "to_json", "from_json", "to_graphml", "resolution_id", "paragraph_id", "footnote_id",
    "edges_of", "label_edges", "NODE_KINDS", "EDGE_KINDS",
]
