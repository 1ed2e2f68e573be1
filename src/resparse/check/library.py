"""The library: the resolutions a note is checked against, each prepared once (labels, children, the words of
each paragraph, mandates), and the search for the paragraph a quotation is in."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from functools import cached_property
from itertools import accumulate

from rapidfuzz import fuzz, process

from ..build import ADOPTED
from ..mandates import extract as extract_mandates
from ..model import Paragraph, Resolution
from ..labels import section_label
from ..references import cited_labels, part_of, parts_held, stored_symbol
from .align import _WRAP, Alignment, Text, align
from .text import ANNEX_LABEL, annex_name
from .text import cited as cited_name

FLOOR = 0.5  # share of a quotation's words the closest passage must match to be returned by a search (default)
_ALIGN_ALL = 12  # a search among this many paragraphs or fewer aligns the quotation with each
_BY_WORDS = 5  # else: the paragraphs sharing the most pairs of consecutive words with the quotation, aligned


class Prepared:
    """One resolution as the checker needs it: labels, children, paragraph words, mandates (each computed once, when
    first needed: a library of a folder of 902 resolutions prepares the words of those a note's citations and
    quotations reach, not of every one; ``check --against``, branch ux30)."""

    def __init__(self, res: Resolution):
        self.res = res
        self.symbol = res.symbol or ""
        self.paragraphs: dict[str, Paragraph] = {}
        self.children: dict[str, list[str]] = {}
        self.order: list[str] = []
        for p in res.walk():
            self.paragraphs[p.label] = p
            self.children[p.label] = [c.label for c in p.children]
            self.order.append(p.label)
        self._pairs: dict[str, Text] = {}  # a paragraph's words with the next one's (:meth:`search_span`)
        self.annexes = {p.annex for p in res.walk() if p.annex}
        self.operative = [p.label for p in res.paragraphs if p.kind == "operative"]
        self.preambular = [p.label for p in res.paragraphs if p.kind == "preambular"]

    @cached_property
    def texts(self) -> dict[str, Text]:
        """Each paragraph's words prepared for aligning (:class:`.align.Text`), by label."""
        return {label: Text(label, p.text) for label, p in self.paragraphs.items()}

    @cached_property
    def _joined(self) -> str:
        """Every paragraph's padded words in one string, in document order, to find a run of words in one pass."""
        return "".join(self.texts[lab].padded for lab in self.order)

    @cached_property
    def _joined_starts(self) -> list[int]:
        """Where each paragraph's padded words start in :attr:`_joined`, in document order."""
        return list(accumulate((len(self.texts[lab].padded) for lab in self.order[:-1]), initial=0))

    @cached_property
    def _plain_sets(self) -> list[frozenset[str]]:
        """Each paragraph's runs of ASCII letters and digits in lower case, soft hyphens dropped, in :attr:`order`:
        a word :class:`.align.Text` keys that is such a run (no apostrophe, hyphen or letter outside ASCII in it) is
        one of its paragraph's runs, as its characters stand in the text (the quotes and dashes ``words`` unifies
        are none of them, the cases of ``str.lower`` that depend on the letters around are outside ASCII). What
        :meth:`could_hold` bounds a search by, read without preparing the aligners (a third of their time)."""
        return [frozenset(_PLAIN.findall(self.paragraphs[lab].text.lower().replace(_WRAP, ""))) for lab in self.order]

    @cached_property
    def _plain_words(self) -> frozenset[str]:
        """Every run of :attr:`_plain_sets`, the whole resolution's, read in one pass over its text (the paragraphs
        joined at line breaks, which no run crosses)."""
        return frozenset(_PLAIN.findall("\n".join(self.paragraphs[lab].text for lab in self.order).lower()
                                        .replace(_WRAP, "")))

    def could_hold(self, segs: list[list[str]], floor: float = FLOOR) -> bool:
        """Could :meth:`search` over the whole resolution find a quotation (its word runs ``segs``) at ``floor``? False
        only where it cannot, so that a search skipped for it answers as the search would (None): a search's score is
        the share of the quoted words its alignment with one paragraph matches (:attr:`.align.Alignment.score`), and
        each word matched is one of that paragraph's words, or a word hyphenated at a line wrap
        (:func:`.align._wrap_equal`), counted here as matched wherever it stands. Tried on the resolution's words
        first, where a resolution lacks most of the rarer words of the quotation, then on each paragraph's.
        ``check --against`` a folder searches the quotations it finds in no cited paragraph in every other
        resolution loaded (``quotations._in_other``): most are skipped by this test before any is prepared."""
        keys = [w.lower() for seg in segs for w in seg]
        if not keys:
            return True
        total = len(keys)
        # a word of other characters (an apostrophe, a hyphen, a letter outside ASCII, a soft hyphen where a line
        # wrapped it) is counted as held wherever it stands
        plain = [k for k in keys if k.isascii() and k.isalnum()]
        other = total - len(plain)
        if (other + sum(k in self._plain_words for k in plain)) / total < floor:
            return False
        return any((other + sum(k in held for k in plain)) / total >= floor for held in self._plain_sets)

    @cached_property
    def mandates(self):
        return extract_mandates(self.res)

    @cached_property
    def title_text(self) -> Text:
        return Text("title", self.res.title or "")

    def cited_operative(self, label: str) -> list[str]:
        """The labels a citation that says "operative paragraph" ("OP", "op.") names: the body's own paragraph of that
        number (its own label, or "OP1" for its one unnumbered clause), never an annex's or an adopted text's
        ("operative paragraph 38 of resolution 78/1" is no paragraph: 38 is its annex's); :meth:`cited` for any
        other label (a preambular one, a section)."""
        if not re.match(r"\d", label):
            return self.cited(label)
        own = [lab for lab in (label, "OP" + label) if lab in self.paragraphs and not self.paragraphs[lab].annex]
        return own[:1] or [label]

    def cited(self, label: str) -> list[str]:
        """The labels of the paragraphs a citation's label names here (the one rule of
        :func:`resparse.references.cited_labels`: "50" of 73/195 is its annex 50, "section XIX" of 79/258 its
        paragraph XIX, "section IV" its paragraphs IV.1 to IV.4); none for a section that is a heading of a resolution
        numbered without its sections (it exists, but names no paragraph by its numbers); an annex named whole
        ("annex II" of 78/128, "annex" of 78/3) its paragraphs, as a section named whole; the label itself when none
        of these exists."""
        found = cited_labels(label, self.paragraphs, self.annexes)
        if found:
            return found
        if label in self.annex_parts and self.annex_parts[label]:
            return list(self.annex_parts[label])  # an annex named whole: its paragraphs ("annex II")
        section = section_label(label) if label.startswith("section ") else None
        return [] if section in self.sections else [label]

    @cached_property
    def annex_parts(self) -> dict[str, list[str]]:
        """Each annex by name ("annex I"; "annex" for a resolution's one annex without a number), in order -> the
        labels of its paragraphs that are not sub-paragraphs ("annex I 1", "annex III rule 39.2"); a text a
        resolution adopts in its body (labels "adopted 72") is no annex."""
        out: dict[str, list[str]] = {a.name: [] for a in self.res.annexes if a.name != ADOPTED}
        for p in self.res.paragraphs:
            if p.annex and p.annex != ADOPTED:
                out.setdefault(p.annex, []).append(p.label)
        return out

    def annex_contents(self, name: str) -> str:
        """What an annex is numbered in: "paragraphs 1–12", "rules 1–68" (rules numbered 39.1, 39.2 counted as 39),
        "no numbered paragraphs"."""
        rests = [lab[len(name) + 1 :] for lab in self.annex_parts.get(name, ())]
        rules = [r[5:].split(".")[0] for r in rests if r.startswith("rule ")]
        numbers = [r for r in rests if r[:1].isdigit()]
        if rules and len(rules) >= len(numbers):
            return f"rules {_run(list(dict.fromkeys(rules)))}"
        return f"paragraphs {_run(numbers)}" if numbers else "no numbered paragraphs"

    def _annexes_hint(self, name: str, rest: str | None) -> str:
        """What exists where an annex label does not ("annex IV", "annex I 25", "annex 25"): "its annexes are I–III",
        "annex I has paragraphs 1–12", "it has no annex"; for a paragraph of an annex it does not have, what each
        of its annexes holds (at most four)."""
        parts = self.annex_parts
        if name in parts:
            return f"{'the annex' if name == 'annex' else name} has {self.annex_contents(name)}"
        if not parts:
            return "it has no annex"
        if list(parts) == ["annex"]:
            return f"it has one annex, not numbered, with {self.annex_contents('annex')}"
        numbers = [n.split(" ", 1)[1] for n in parts if " " in n]
        head = f"its annexes are {_run(numbers)}"
        if rest is None:
            return head
        shown = [f"{n} has {self.annex_contents(n)}" for n in list(parts)[:4]]
        return head + ": " + ", ".join(shown) + (", …" if len(parts) > 4 else "")

    @cached_property
    def sections(self) -> list[str]:
        """Its sections' designators in order ("I", "II", ...): those its labels are numbered in (a resolution in
        sections: "IV.3", "XIX"; a heading inside a section, "A. Pension Administration" in 80/243's XII, is none), else
        those of the section headings of its body ("I Multilingualism in general", A/RES/78/330, whose paragraphs
        are numbered across them); [] when it has none."""
        found = [m.group(1) for p in self.res.paragraphs if (m := _SECTION_OF.match(p.label))] or [
            m.group(1) for h in self.res.headings if not h.annex and (m := _SECTION_HEADING.match(h.text))]
        return list(dict.fromkeys(found))

    def search(self, segs: list[list[str]], within: list[str] | None = None, exclude: str | None = None,
               exclude_all: list[str] | None = None, floor: float = FLOOR) -> Alignment | None:
        """The paragraph a quotation (its word runs) is best found in: exact first, in document order; else the one
        of the candidates (:meth:`_candidates`) whose word alignment (:func:`.align.align`) matches the most quoted
        words, the first in document order on a tie; None when the closest matches fewer than ``floor`` of them."""
        labels = within if within is not None else self.order
        skip = set(exclude_all or ()) | ({exclude} if exclude else set())
        labels = [lab for lab in labels if lab not in skip]
        keys = [[w.lower() for w in seg] for seg in segs]
        exact = self._exact(keys, labels)
        if exact is not None:
            n = sum(len(s) for s in segs)
            return Alignment(exact, n, n, [])
        best: Alignment | None = None
        for lab in self._candidates(keys, labels, self.texts.__getitem__, self._word_index):
            al = align(segs, self.texts[lab])
            if best is None or al.score > best.score:
                best = al
        return best if best is not None and best.score >= floor else None

    def _candidates(self, keys: list[list[str]], labels: list[str], text, index) -> list[str]:
        """The labels worth aligning a quotation with, in document order: all of them when there are few
        (:data:`_ALIGN_ALL`, a cited paragraph and its sub-paragraphs); else the :data:`_BY_WORDS` that share the most
        of the quotation's pairs of consecutive words (``index``: pair -> positions in :attr:`order` holding it, the
        whole resolution searched in one pass: a paragraph that writes a name out where the quotation abbreviates it
        still shares the words around it) and the three nearest by ``fuzz.partial_ratio`` over characters (a word
        spelt otherwise, a hyphen). Before, the three nearest by characters alone: "the grave human rights
        situation in the DPRK in a coordinated and unified manner", quoted of A/RES/78/218 with no paragraph cited,
        was compared with 2 (c) ("... in the country and its consequential ...") and never with 23, whose words it
        is (a fresh-user trial, 2026-12-03)."""
        if len(labels) <= _ALIGN_ALL:
            return labels
        rank = {lab: i for i, lab in enumerate(self.order)}
        allowed = {rank[lab] for lab in labels}
        shared: Counter[int] = Counter()
        for pair in {(a, b) for k in keys for a, b in zip(k, k[1:])}:
            shared.update(i for i in index.get(pair, ()) if i in allowed)
        picked = {self.order[i] for i, _ in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))[:_BY_WORDS]}
        query = " ".join(w for k in keys for w in k)
        nearest = process.extract(query, [text(lab).padded for lab in labels], scorer=fuzz.partial_ratio, limit=3,
                                  score_cutoff=60)
        picked.update(labels[i] for _, _, i in nearest)
        return sorted(picked, key=rank.__getitem__)

    @cached_property
    def _word_index(self) -> dict[tuple[str, str], list[int]]:
        """Each pair of consecutive words (lower case) of a paragraph -> the positions in :attr:`order` of the
        paragraphs that hold it, once each, in order."""
        return _pair_index(self.texts[lab].keys for lab in self.order)

    @cached_property
    def _pair_index(self) -> dict[tuple[str, str], list[int]]:
        """:attr:`_word_index` of each paragraph's words joined with the next one's (:meth:`_pair_text`), by the
        position of the first."""
        return _pair_index(self._pair_text(lab).keys if lab in self.following else [] for lab in self.order)

    @cached_property
    def following(self) -> dict[str, str]:
        """Each paragraph's label -> the label of the paragraph after it in document order ("22 (a)" -> "22 (b)",
        "25" -> "26", a chapeau "22" -> its first sub-paragraph "22 (a)")."""
        return dict(zip(self.order, self.order[1:]))

    def _pair_text(self, label: str) -> Text:
        """The words of a paragraph followed by those of the next (:attr:`following`), as one text."""
        if label not in self._pairs:
            nxt = self.following[label]
            self._pairs[label] = Text(label, self.paragraphs[label].text + " " + self.paragraphs[nxt].text)
        return self._pairs[label]

    def search_span(self, segs: list[list[str]], within: list[str] | None = None,
                    floor: float = FLOOR) -> Alignment | None:
        """A quotation that is the end of one paragraph and the start of the next ("... as a matter of priority;
        Decides to continue ..." of 78/218's 25 and 26): the closest pair of consecutive paragraphs (one of the
        two in ``within``, or any when None) of those :meth:`_candidates` gives, as an :class:`Alignment` whose
        ``label`` is the first and ``until`` the second; None when it matches fewer than ``floor`` of the quoted
        words or no more of them than the better of its two paragraphs alone (then the words are not across the
        two)."""
        scope = None if within is None else set(within)
        firsts = [lab for lab, nxt in self.following.items() if scope is None or lab in scope or nxt in scope]
        if not firsts or not segs:
            return None
        keys = [[w.lower() for w in seg] for seg in segs]
        best: Alignment | None = None
        for lab in self._candidates(keys, firsts, self._pair_text, self._pair_index):
            al = align(segs, self._pair_text(lab))
            if best is None or al.score > best.score or (al.exact and not best.exact):
                best = al
        if best is None or best.score < floor:
            return None
        alone = max(align(segs, self.texts[lab]).score for lab in (best.label, self.following[best.label]))
        if alone >= best.score:
            return None
        best.until = self.following[best.label]
        return best

    def search_runs(self, segs: list[list[str]], within: list[str] | None = None) -> Alignment | None:
        """A quotation whose runs between ellipses are each, word for word, in a paragraph, in document order, but
        in two paragraphs or more: "shall be held in Mexico ... and shall be presented to Member States by the
        beginning of February 2018" joins 71/280's 23 and 27 (check6's draft notes). The first run is placed in
        ``within`` when it is there (a cited paragraph), else where it first stands; each next run at its first
        place after the one before. An exact :class:`Alignment` whose :attr:`~.align.Alignment.spread` is the
        paragraphs, in order; None when a run has fewer than two words (common words stand anywhere), a run is not
        found in order, or one paragraph holds them all (:meth:`search`'s answer)."""
        if len(segs) < 2 or any(len(seg) < 2 for seg in segs):
            return None
        keys = [[w.lower() for w in seg] for seg in segs]
        places = self._places(keys[0])
        scope = set(within or ())
        for first in sorted(places, key=lambda p: self.order[p[0]] not in scope)[:20]:
            found, (i, w) = [first[0]], (first[0], first[1] + len(keys[0]))
            for k in keys[1:]:
                at = next(((pi, pw) for pi, pw in self._places(k) if (pi, pw) >= (i, w)), None)
                if at is None:
                    break
                found.append(at[0])
                i, w = at[0], at[1] + len(k)
            else:
                labels = [self.order[x] for x in dict.fromkeys(found)]
                if len(labels) > 1:
                    n = sum(len(k) for k in keys)
                    return Alignment(labels[0], n, n, [], spread=labels)
        return None

    def _places(self, keys: list[str]) -> list[tuple[int, int]]:
        """Where a run of words stands word for word: (position in :attr:`order`, word index), in document order."""
        run = " " + " ".join(keys) + " "
        out = []
        at = self._joined.find(run)
        while at >= 0:
            i = bisect_right(self._joined_starts, at) - 1
            out.append((i, self.texts[self.order[i]].word_at(at - self._joined_starts[i] + 1)))
            at = self._joined.find(run, at + 1)
        return out

    def _exact(self, keys: list[list[str]], labels: list[str]) -> str | None:
        """The first of ``labels`` whose words hold the runs ``keys`` exactly and in order (each run after the
        first occurrence of the one before), found through the paragraphs' joined words: only the paragraphs where
        the first run occurs are looked at."""
        rank = {lab: i for i, lab in enumerate(labels)}
        first = " " + " ".join(keys[0]) + " "
        seen: set[str] = set()
        found: list[str] = []
        at = self._joined.find(first)
        while at >= 0:
            lab = self.order[bisect_right(self._joined_starts, at) - 1]
            if lab in rank and lab not in seen:
                seen.add(lab)
                text, cursor = self.texts[lab], 0
                for k in keys:
                    i = text.find(k, cursor)
                    if i < 0:
                        break
                    cursor = i + len(k)
                else:
                    found.append(lab)
            at = self._joined.find(first, at + 1)
        return min(found, key=rank.__getitem__) if found else None

    def subtree(self, label: str) -> list[str]:
        out = [label]
        for c in self.children.get(label, ()):
            out.extend(self.subtree(c))
        return out

    def missing_hint(self, label: str) -> str:
        """What exists where a label does not: "22 has (a)–(c)", "the last operative paragraph is 31"."""
        if " (" in label:
            parent, _, last = label.rpartition(" (")
            found = self.cited(parent)  # "50" of 73/195 is its annex 50: a citation's rule
            parent = found[0] if len(found) == 1 else parent
            if parent in self.paragraphs:
                kids = self.children[parent]
                name = annex_name(cited_name(parent))  # "paragraph 7 of annex II has no sub-paragraphs"
                if not kids:
                    return f"{name} has no sub-paragraphs"
                marks = [k[len(parent) + 1 :] for k in kids]
                return f"{name} has {_run(marks)}"
            return self.missing_hint(parent)
        section = section_label(label) if label.startswith("section ") else None
        if section is not None:
            if not self.sections:
                return "it is not divided into sections"
            head = section.split(".")[0]
            members = cited_labels(f"section {head}", self.paragraphs, ())
            if members == [head]:
                return f"section {head} is one paragraph, {head}"
            if head in self.sections and members:
                return f"its paragraphs in section {head} are {_run(members)}"
            if head in self.sections:  # a heading over one numbering (78/330): cite the paragraph by its number
                return f"its paragraphs are numbered across its sections {_run(self.sections)}"
            return f"its sections are {_run(self.sections)}"
        annex = ANNEX_LABEL.match(label)
        if annex:
            return self._annexes_hint(annex.group(1), annex.group(2))
        if label.startswith("PP"):
            if not self.preambular:
                return "it has no numbered preambular paragraphs"
            return _its("preambular", self.preambular)
        if label.isdigit() and self.operative:
            last = self.operative[-1]
            head = (f"the last operative paragraph is {last}" if last.isdigit() and int(label) > int(last)
                    else _its("operative", self.operative))
            if self.adopted:  # the text it adopts, cited by its own numbers ("paragraph 5 of resolution 79/1")
                head += f"; the text it adopts has paragraphs {_run(self.adopted)}"
            return head
        return "no paragraph has this label"

    @cached_property
    def adopted(self) -> list[str]:
        """The numbers of the paragraphs of the text the resolution adopts in its body, as cited ("1", ..., "84" of
        A/RES/79/1, labels "adopted 1" ...; :data:`resparse.build.ADOPTED`), not its sub-paragraphs; [] for none."""
        return [cited_name(p.label) for p in self.res.paragraphs if p.annex == ADOPTED and "(" not in p.label]

    def hover(self, labels: list[str], limit: int = 3) -> list[tuple[str, str]]:
        """(label as cited, text) of the first ``limit`` of ``labels``, then ("…", "and N more paragraphs")."""
        out = [(cited_name(lab), self.paragraphs[lab].text) for lab in labels[:limit] if lab in self.paragraphs]
        if len(labels) > limit:
            out.append(("…", f"and {len(labels) - limit} more paragraphs"))
        return out


_PLAIN = re.compile(r"[a-z0-9]+")  # :attr:`Prepared._plain_words`

# a label numbered in a section ("IV.3", "XIX", "XXV U1"); a section heading of the body ("XIX International Trade
# Centre", "I. Activities of ...": a roman numeral, then a capital; "B. Pension Administration": a letter, a full stop)
_SECTION_OF = re.compile(r"^([IVXL]{1,6}|[A-Z])(?=$|\.\d| U\d)")
_SECTION_HEADING = re.compile(r"^([IVXL]{1,6}(?=\.?\s)|[A-Z](?=\.\s))\.?\s+[A-Z]")


def _pair_index(texts) -> dict[tuple[str, str], list[int]]:
    """Each pair of consecutive words of the word lists ``texts`` -> the positions of the lists holding it, in
    order, once each (:meth:`Prepared._candidates`)."""
    out: dict[tuple[str, str], list[int]] = {}
    for i, keys in enumerate(texts):
        for pair in set(zip(keys, keys[1:])):
            out.setdefault(pair, []).append(i)
    return out


def _run(labels: list[str]) -> str:
    """A run of labels in order as a reader writes it: "PP1", "(a) and (b)", "PP1–PP12"."""
    return f"{labels[0]}–{labels[-1]}" if len(labels) > 2 else " and ".join(labels)


def _its(kind: str, labels: list[str]) -> str:
    """ "its preambular paragraph is PP1", "its operative paragraphs are 1 and 2", "... are PP1–PP12"."""
    return f"its {kind} paragraph{'s are' if len(labels) > 1 else ' is'} {_run(labels)}"


class Library:
    """The resolutions a note is checked against, by symbol (a later one with the same symbol replaces)."""

    def __init__(self, resolutions: list[Resolution] = ()):
        self.by_symbol: dict[str, Prepared] = {}
        for res in resolutions:
            self.add(res)

    def add(self, res: Resolution) -> None:
        if res.symbol:  # "A/RES/79/258 A" of a title line as the masthead and the citations write it, "A/RES/79/258A"
            self.by_symbol[re.sub(r"\s+", "", res.symbol)] = Prepared(res)

    def get(self, symbol: str | None) -> Prepared | None:
        """The loaded resolution a cited symbol names: the one of that symbol, else the same text printed with or
        without its part letter (:func:`resparse.references.stored_symbol`, the one rule: "A/RES/79/258A", as
        A/RES/80/242 cites it, is the loaded A/RES/79/258, whose masthead prints no part; "A/RES/79/258" a loaded
        "A/RES/79/258A"); None for none."""
        held = stored_symbol(symbol, self.by_symbol) if symbol else None
        return self.by_symbol[held] if held is not None else None

    def other_part(self, symbol: str) -> str | None:
        """The symbol of a loaded resolution of the same number as ``symbol`` that is not the text it cites (another
        part: "A/RES/79/258" loaded for a citation of "A/RES/79/258B"); None for none."""
        base = (part_of(symbol) or (symbol, ""))[0]
        return next((s for s in self.by_symbol if s != symbol and (
            s == base or (part_of(s) or parts_held(s) or ("",))[0] == base)), None)

    @property
    def symbols(self) -> list[str]:
        return sorted(self.by_symbol)

