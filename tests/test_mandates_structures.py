"""Units: the structures that make the mandate passes linear, each against the rule it implements, on real text
(the bundled resolutions): the scanner's trie, the word index, the depth of brackets, the parenthesis openers,
the actors named so far (``Recent``) and the clause grammar's trees kept per token-type sequence."""

from __future__ import annotations

import re
from itertools import product

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lark import Token

import resparse
from conftest import TEXTS
from resparse.mandates import actors, addressees
from resparse.mandates.actors import Actor, Recent, Scanner, table


@pytest.fixture(scope="module")
def texts() -> list[str]:
    out = []
    for path in sorted(TEXTS.glob("A_RES_*.txt")):
        out += [p.text for p in resparse.parse(path).walk()]
    return out


def _scan_by_definition(scanner: Scanner, text: str) -> list[tuple[str, int, int]]:
    """The rule as written in data/actors.txt: at each word, the longest name of the table that opens there (an
    acronym's capitals only in capitals — "WHO", "UN-Women" —, a name of [capitalised] only capitalised, not joined by
    a hyphen), else the next word."""
    words = [(actors.singular(m.group()), *m.span()) for m in actors._WORD.finditer(text)]
    longest = max(map(len, scanner.entries))
    hits, i = [], 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            found = tuple(w for w, _, _ in words[i : i + n])
            actor = scanner.entries.get(found)
            start, end = words[i][1], words[i + n - 1][2]
            caps = scanner.acronyms.get(found)  # the words of the acronym the table writes in capitals
            if actor and caps and not all(text[words[i + k][1] : words[i + k][2]].isupper() for k, c in enumerate(caps) if c):
                actor = None
            if actor and found in scanner.capitalised and text[start].islower():
                actor = None  # [capitalised]: "the secretariat" of a body is not the Secretariat
            if actor and (text[end : end + 1] == "-" or text[max(0, start - 1) : start] == "-"):
                actor = None
            title = " ".join(map(actors.singular, actors._words(text[start:end])[0]))  # its words as the table keys them
            if actor and n <= 3 and title in actors.table().offices and actors._another_holders(text, start, end):
                actor = None  # an office's title with another holder's "of" complement (thirtieth session, ment10:
                # "the Secretary-General of the Organization of Islamic Cooperation" is the OIC's)
            if actor and n == 1 and found[0] in actors._organ_words() and _of_a_state(text, end):
                actor = None  # [organs of a State]: "the Government of Mexico" is the State's, not Governments
            if actor:
                if actor.key:  # an entry with no key is a name read whole as no actor ("Rakhine State", data/member_states.txt
                    # [sub-national states]): its words are taken, no hit
                    hits.append((actor.key, start, end))
                i += n
                break
        else:
            i += 1
    return hits


def _of_a_state(text: str, end: int) -> bool:
    """Does "of" (and "the") and a State's name follow ``text[:end]``?"""
    m = re.compile(r"\s+of\s+(?:the\s+)?").match(text, end)
    return m is not None and actors.state_names().match(text, m.end()) is not None


@pytest.mark.parametrize("scanner", ["table", "states"])
def test_the_trie_scanner_finds_what_the_rule_finds(texts, scanner):
    """The table's scanner, and the States' scanner of ``corpus build`` (``states=True``)."""
    scanner = actors._base_scanner() if scanner == "table" else actors._states_scanner()
    assert scanner.trie["secretary"]["general"][None].name == "Secretary-General"
    total = 0
    for text in texts:
        found = [(h.key, h.start, h.end) for h in scanner.scan(text)]
        assert found == _scan_by_definition(scanner, text), text[:80]
        total += len(found)
    assert total > 300


_ACRONYM_WORDS = sorted({w for k in actors._base_scanner().acronyms for w in k})


@given(st.lists(st.sampled_from(_ACRONYM_WORDS + ["States", "the", "Secretary-General", "of", "Nations", "United"])
                .flatmap(lambda w: st.sampled_from([w, w.upper(), w.capitalize()])), max_size=12),
       st.lists(st.sampled_from([" ", "-", ", ", " and "]), min_size=12, max_size=12))
@settings(max_examples=300, deadline=None)
def test_acronyms_only_in_capitals_any_case(words, seps):
    """Only a name whose first word opens an acronym of the table is tested for its capitals (``acronym_firsts``):
    texts of the acronyms' words in any case, joined by spaces or hyphens, scan as the rule says."""
    text = "".join(w + s for w, s in zip(words, seps))
    for scanner in (actors._base_scanner(), actors._states_scanner()):
        assert [(h.key, h.start, h.end) for h in scanner.scan(text)] == _scan_by_definition(scanner, text)


def test_a_documents_scanner_adds_its_phrases_and_keeps_the_tables():
    extra = [("the Open-ended Working Group on Ageing", Actor("Open-ended Working Group on Ageing", "x", False)),
             ("Secretary-General", Actor("someone else", "y", False))]
    scanner = Scanner(extra)
    text = "Requests the Secretary-General to support the open-ended working group on ageing, and WHO to act"
    assert [h.name for h in scanner.scan(text)] == [
        "Secretary-General", "Open-ended Working Group on Ageing", "World Health Organization"]
    assert _scan_by_definition(scanner, text) == [(h.key, h.start, h.end) for h in scanner.scan(text)]
    assert "open" not in actors._base_scanner().trie  # the table's scanner is not changed


def test_surface_forms_cover_every_word_that_normalizes_to_a_first_word(texts):
    firsts = actors._base_scanner().firsts
    forms = actors._forms(firsts)
    for text in texts:
        for w in actors._WORD.findall(text):
            if actors.singular(w) in firsts:
                assert w.lower() in forms, w


def test_word_index_is_the_words_with_their_spans(texts):
    for text in texts[:200] + ["", "-", "UN-Women's 2030 Agenda,"]:
        words, starts, ends = actors._words(text)
        assert list(zip(words, starts, ends)) == [(actors.fold(m.group()), *m.span())
                                                  for m in actors._WORD.finditer(text)]


@given(st.text(alphabet=st.characters(max_codepoint=127)) | st.text())
@settings(max_examples=300, deadline=None)
def test_word_index_of_any_text_ascii_or_not(text):
    """The ASCII path (the text lower-cased whole, an ASCII word class) against the rule, and the other path."""
    words, starts, ends = actors._words.__wrapped__(text)
    assert list(zip(words, starts, ends)) == [(actors.fold(m.group()), *m.span()) for m in actors._WORD.finditer(text)]


def test_depth_of_brackets_before_each_character(texts):
    def by_character(text):
        depth, out = 0, []
        for ch in text:
            out.append(depth)
            if ch in "(“[":
                depth += 1
            elif ch in ")”]" and depth:
                depth -= 1
        return out

    for text in texts + ["", ")(", "a (b [“c”]) d)) (e"]:
        assert actors._depth_positions(text) == by_character(text)


def _states_by_definition(text: str) -> list[tuple[int, int]]:
    """The rule: every name of a State, longest first, as a word (``data/member_states.txt``)."""
    names = sorted({n for line in actors._state_names() for n in line}, key=len, reverse=True)
    plain = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")(?!\w)")
    return [m.span() for m in plain.finditer(text)]


_STATE_WORDS = sorted({w for line in actors._state_names() for n in line for w in re.split(r"(\W)", n) if w})


@given(st.lists(st.sampled_from(_STATE_WORDS + ["the", "and", "of", "aRepublic", "Congo1", "-", "(", ", "]),
                max_size=20), st.lists(st.sampled_from([" ", "", ", ", "-"]), min_size=20, max_size=20))
@settings(max_examples=400, deadline=None)
def test_state_names_led_by_first_characters_find_what_the_alternation_finds(words, seps):
    text = "".join(w + s for w, s in zip(words, seps))
    assert [m.span() for m in actors.state_names().finditer(text)] == _states_by_definition(text)


def test_state_names_in_real_paragraphs(texts):
    found = 0
    for text in texts:
        spans = [m.span() for m in actors.state_names().finditer(text)]
        assert spans == _states_by_definition(text), text[:80]
        found += len(spans)
    assert found > 10


def test_parenthesis_openers(texts):
    t = table()

    def by_definition(segment):
        low = segment.lower()
        if len(low.split()) > 1 and low.split()[0] in t.parenthesis_adverbs:  # "either directly or through ..."
            low = low.split(None, 1)[1]
        first = low.split()[0] if low.split() else ""
        return first.endswith(("ing", "ed")) or any(low == p or low.startswith(p + " ") for p in t.parentheses)

    segments = {s for text in texts for s in text.split(",")} | {"", " ", "in", "within", "in close", "Pursuant to"}
    assert sum(map(t.opens_parenthesis, segments)) > 50
    for s in segments:
        assert t.opens_parenthesis(s) == by_definition(s), s

    @given(st.sampled_from(["", "either ", "also ", "whether", "then "]), st.sampled_from(t.parentheses),
           st.sampled_from(["", " ", "  ", "x", "s the", " the X", "\n", ",", "-"]),
           st.sampled_from([str.lower, str.upper, str.capitalize]))
    @settings(max_examples=300, deadline=None)
    def phrase_then(adverb, phrase, rest, case):  # a phrase of [parentheses], then a space, the end or more of a word
        segment = case(adverb + phrase + rest)
        assert t.opens_parenthesis(segment) == by_definition(segment), segment

    phrase_then()


def test_recent_actors_latest_first_texts_read_when_asked():
    recent = Recent()
    recent.named_in("Requests the United Nations Office on Drugs and Crime and the Secretary-General to act")
    recent.append(table().resolve("Office for Disarmament Affairs"))
    recent.named_in("Invites the Human Rights Council")
    assert [a.name for a in recent.having("office")] == [
        "Office for Disarmament Affairs", "United Nations Office on Drugs and Crime"]
    recent.named_in("Invites the Office of the United Nations High Commissioner for Human Rights")
    assert [a.name for a in recent.having("office")][0] == "Office of the United Nations High Commissioner for Human Rights"
    assert list(recent.having("secretary-general")) == []  # keys split hyphens: "secretary general"
    recent.named_in("Invites ECOSOC and the Economic Commission for Africa")  # an acronym names the Council
    assert [a.name for a in recent.having("council")] == ["Economic and Social Council", "Human Rights Council"]
    assert recent._texts[0][1] is not None and recent._texts[2][1] is not None
    recent.named_in("Notes the report")
    assert [a.name for a in recent.having("council")][0] == "Economic and Social Council"
    assert recent._texts[5][1] is None  # no name of an actor with a council in it: not scanned


def test_stems_of_the_names_of_an_actor():
    stems = actors._stems_naming("council")
    assert ("ecoso",) in stems and ("economi", "an", "socia", "counci") in stems
    for text in ["the Economic and Social Councils", "ECOSOC", "the Human Rights Council"]:
        low = text.lower()
        assert any(all(s in low for s in name) for name in stems)


@pytest.mark.parametrize("body", [
    "the Secretary-General, in close consultation with the International Organization for Migration",
    "the United Nations system, including funds, programmes and regional commissions",
    "Member States and, if appropriate, relevant international organizations",
    ", and the regional commissions, including",
])
def test_a_tree_kept_per_type_sequence_is_larks_tree(body):
    tokens = addressees.list_tokens(body)
    direct = _parse_directly(tokens)
    kept = addressees._parse(tokens, "addressees")
    assert kept == direct
    if kept is not None:  # the very tokens given, not copies
        assert {id(t) for t in kept.scan_values(lambda v: isinstance(v, Token))} <= {id(t) for t in tokens}


def test_a_stray_token_is_dropped_as_lark_would():
    tokens = [Token("PHRASE", "Member States", start_pos=0), Token("COMMA", ", ", start_pos=13),
              Token("COMMA", ", ", start_pos=15), Token("PHRASE", "civil society", start_pos=17)]
    assert addressees._parse(tokens, "addressees") == _parse_directly(tokens)
    assert [str(t) for t in addressees._parse(tokens, "addressees").scan_values(lambda v: True)] == [
        "Member States", ", ", "civil society"]


def _parse_directly(tokens):
    from lark.exceptions import UnexpectedInput

    tokens = list(tokens)
    for _ in range(6):
        try:
            return addressees._parser().parse(tokens, start="addressees")
        except UnexpectedInput as e:
            i = next((i for i, t in enumerate(tokens) if t is getattr(e, "token", None)), None)
            if i is None:
                return None
            del tokens[i]
    return None


def test_antecedents_read_when_asked_latest_that_names_wins():
    made = []

    def reading(text):
        def read():
            made.append(text)
            return addressees.actor_phrases(text, [])
        return read

    previous = addressees.Antecedents()
    previous.set_if_any(reading("the regional commissions and the Human Rights Council"))
    previous.set_if_any(reading("the report on migration"))  # names nobody: the antecedents stay
    assert made == []
    assert [n.actor.name for n in previous.get()] == ["regional commissions", "Human Rights Council"]
    assert made == ["the report on migration", "the regional commissions and the Human Rights Council"]
    previous.set_if_any(reading("Member States"))
    previous.set([])  # a clause that addresses sets them, readings before it are never made
    assert previous.get() == [] and len(made) == 2


def test_a_pronoun_reads_the_antecedents_of_the_clause_before():
    res = resparse.parse_text(
        "General Assembly\n\nResolution adopted by the General Assembly on 1 May 2024\n\n"
        "[without reference to a Main Committee (A/78/L.1)]\n\n78/901. Test\n\n"
        "The General Assembly,\n\nRecalling its resolutions,\n\n"
        "1. Notes the work of the regional commissions, and invites them to report on it;\n")
    from resparse.mandates import extract
    got = [(m.paragraph, m.actor, m.verb) for m in extract(res) if m.kind == "mandate"]
    assert got == [("1", "regional commissions", "invites")]


def test_a_deadline_kind_is_found_only_where_its_words_are(texts):
    """Each kind of time expression (its start symbols of grammar/deadlines.lark, scanned where it may start) holds
    one word of each group its ``needs`` name: a text without them is rightly not scanned."""
    from resparse.mandates import deadlines

    samples = texts + ["within six months of the adoption of the present resolution", "in the second quarter of 2023",
                       "commencing in January 2026", "at least six weeks before the session", "between April and May 2017",
                       "from 2020 to 2024", "until the end of phase II", "forthwith", "without delay"]
    matched = 0
    for kind, starts, at, needs in deadlines._KINDS:
        for text in samples:
            for s, e, _ in deadlines._scan(text, starts, at):
                matched += 1
                assert all(any(w in text[s:e] for w in group) for group in needs), (kind, text[s:e])
    assert matched > 50


# words that make or break a second verb's lead (verbs of each pattern among them), and what may stand between two
_LEAD_WORDS = ["x", "and", "And", "also", "further", "requests", "invites", "notes", "the", "We", "we", "invite",
               "reiterates its request to", "call upon"]
_LEAD_SEPARATORS = [" ", "  ", ", ", "; ", ". ", ": ", ",", "\t", " \u00a0", ""]


def test_second_verbs_are_found_where_the_pattern_finds_them():
    """Every text of two words after "x", each word after each separator, from each of three offsets."""
    from resparse.mandates import clauses

    for sep1, word1, sep2, word2 in product(_LEAD_SEPARATORS, _LEAD_WORDS, _LEAD_SEPARATORS, _LEAD_WORDS):
        text = f"x{sep1}{word1}{sep2}{word2} the"
        for annex, imperative in ((False, False), (True, False), (True, True)):
            pattern = clauses._inner_verb_regex(annex, imperative)
            for pos in (0, 1, 2):
                expected = [m.span() for m in pattern.finditer(text, pos)]
                assert [m.span() for m in clauses._inner_verbs(text, pos, annex, imperative)] == expected, text


def test_second_verbs_in_real_paragraphs(texts):
    from resparse.mandates import clauses

    for text in texts:
        for annex in (False, True):
            for imperative in (False, True):
                expected = [m.span() for m in clauses._inner_verb_regex(annex, imperative).finditer(text)]
                assert [m.span() for m in clauses._inner_verbs(text, 0, annex, imperative)] == expected


# ---------------------------------------------------------------- a document's scanner, a clause's reports

_EXTRA_WORDS = ["open-ended", "working", "group", "on", "ageing", "States", "Secretary-General", "Committee",
                "Nations", "United", "the", "Special", "Envoy", "Kingdom", "Council", "of", "Human", "Rights"]


@given(st.lists(st.lists(st.sampled_from(_EXTRA_WORDS), min_size=1, max_size=4), max_size=5),
       st.lists(st.sampled_from(_EXTRA_WORDS + [",", "and", "to", "WHO", "who"]), max_size=25),
       st.booleans())
@settings(max_examples=300, deadline=None)
def test_a_documents_scanner_finds_what_the_rule_finds(phrases, words, states):
    """A document's scanner (the table's, or the States' with ``states``, and the document's phrases read through
    the base's entries; the base's trie, firsts and forms themselves where it adds no name) scans as the rule says
    over its entries, and where it adds nothing it holds the base's structures."""
    extra = [(" ".join(p), Actor(" ".join(p), f"x{i}", False)) for i, p in enumerate(phrases)]
    scanner = Scanner(extra, states=states)
    base = actors._states_scanner() if states else actors._base_scanner()
    text = " ".join(words)
    assert [(h.key, h.start, h.end) for h in scanner.scan(text)] == _scan_by_definition(scanner, text)
    # an extra phrase adds its name where the base has none, and takes the place of the base's entry where the base
    # reads the words as no actor ("United States" where the States are not scanned) or as a part by a shorter name
    assert dict(scanner.entries) == {**base.entries, **{t: a for t, a in
                                                         reversed([(actors.key_tokens(p), a) for p, a in extra])
                                                         if t and (t not in base.entries or a.key and (
                                                             base.entries[t].key != a.key and (
                                                                 base.entries[t] is actors.NOT_AN_ACTOR
                                                                 or t in base.part_tokens)))}}
    assert scanner.firsts == frozenset(scanner.trie) and scanner.forms == actors._forms(scanner.firsts)
    if (extra or states) and len(scanner.entries) == len(base.entries):  # ``Scanner()`` is the base itself
        assert scanner.trie is base.trie and scanner.forms is base.forms
    assert len(base.entries) == len(dict(base.entries))  # the base is not changed


def test_a_scanner_that_adds_nothing_shares_the_base():
    scanner = Scanner([("Secretary-General", Actor("Secretary-General", "secretary general", True))], states=True)
    assert scanner.trie is actors._states_scanner().trie
    assert scanner.forms is actors._states_scanner().forms


def test_the_reports_of_a_clause_read_once_are_those_read_for_each_actor(texts):
    """``_Extractor.reports_of`` (kept per action, deadlines list and receiver) gives what ``reports.reports_of``
    gives, and the second actor of a clause gets the same reading."""
    import importlib

    from resparse.mandates import reports

    extract_module = importlib.import_module("resparse.mandates.extract")  # the package's ``extract`` is the function
    x = extract_module._Extractor(resparse.parse(TEXTS / "A_RES_71_280.txt"))
    asked = 0
    for text in texts:
        ds = x.deadlines(text)
        for default in ("General Assembly", reports.NOT_STATED):
            once = x.reports_of(text, ds, default)
            assert once == reports.reports_of(text, ds, x.adopted, default)
            assert x.reports_of(text, ds, default) is once
            assert x.reports_of(text, list(ds), default) == once  # another list of the same deadlines: read anew
            asked += bool(once)
    assert asked >= 10  # paragraphs that ask for a report, under both receivers


# words of the report shapes (grammar/reports.lark: reports._requests(), _DOCUMENT_FOR; reports._own_reports()) and of
# the actions around them; the verbs of ``_VERBS_WITHOUT_REPORT`` and "report" among them, so that both sides of the
# test are drawn
_REPORT_WORDS = ["to", "submit", "Submits", "present", "presentation", "transmit", "inform", "informed", "prepare",
                 "provide", "compile", "report", "reports", "findings", "results", "outcome", "conclusions",
                 "recommendations", "these", "them", "it", "the", "its", "his", "a", "an", "next", "annual", "in",
                 "study", "analysis", "review", "update", "for", "consideration", "submission", "by", "of", "at",
                 "session", "eightieth", "General", "Assembly", "Human", "Rights", "Council", "Secretary-General",
                 "on", "thereon", "with", "include", "reflect", "make", "and", "invite", "share"]


@given(st.lists(st.sampled_from(_REPORT_WORDS), max_size=14), st.sampled_from([" ", "  ", ", ", "\n"]))
@settings(max_examples=600, deadline=None)
def test_an_action_without_report_or_its_verbs_matches_no_report_pattern(words, sep):
    """``reports.reports_of`` reads nothing of an action that holds neither "report" nor a verb of
    ``_VERBS_WITHOUT_REPORT``: no pattern it reads a report by can match there (the condition is necessary)."""
    from resparse.mandates import reports

    action = sep.join(words)
    low = action.lower()
    if "report" in low or any(v in low for v in reports._VERBS_WITHOUT_REPORT):
        return
    assert reports._asked(action) is None
    assert reports._first(action, reports._document_for()) is None
    assert reports._first(action, reports._own_reports()) is None


def test_an_action_without_report_or_its_verbs_in_real_paragraphs(texts):
    """The same on the bundled resolutions' paragraphs (and their sentences cut at "to", as actions are)."""
    from resparse.mandates import reports

    skipped = 0
    for text in texts:
        for action in [text, *("to" + part for part in text.split(" to")[1:])]:
            low = action.lower()
            if "report" in low or any(v in low for v in reports._VERBS_WITHOUT_REPORT):
                continue
            skipped += 1
            assert reports._asked(action) is None and reports._first(action, reports._document_for()) is None
    assert skipped > 100


@given(st.lists(st.sampled_from(["annex", "annexed", "Annex", "to", "the", "present", "resolution", "contained",
                                 "in", "set", "out", "I", "II", "decision", "reproduced", "included"]), max_size=10))
@settings(max_examples=300, deadline=None)
def test_a_paragraph_without_annex_introduces_no_annex(words):
    """``own_content_annexes`` reads only the paragraphs that hold "annex": ``_ANNEXED`` cannot match elsewhere."""
    import importlib

    extract_module = importlib.import_module("resparse.mandates.extract")
    text = " ".join(words)
    if "annex" not in text:
        assert extract_module._ANNEXED.search(text) is None


@given(st.text(alphabet="ab c", max_size=30), st.lists(st.tuples(st.integers(-5, 35), st.integers(-5, 35)), max_size=4))
@settings(max_examples=300, deadline=None)
def test_blank_spans_keep_the_length_and_the_rest(text, spans):
    """``_blank``: each character inside a span a space, every other one kept (spans may overlap or reach past the
    ends)."""
    import importlib

    blanked = importlib.import_module("resparse.mandates.extract")._blank(text, spans)
    assert len(blanked) == len(text)
    for i, ch in enumerate(text):
        inside = any(max(0, s) <= i < e for s, e in spans)
        assert blanked[i] == (" " if inside else ch)


def test_a_documents_scanner_takes_the_bases_kept_scan_only_where_its_phrases_cannot_open(texts):
    """Over the bundled paragraphs, a document's scanner with phrases of its own (a treaty body, a State's
    Government in the plural, a name whose first word is one letter) gives what its own walk gives (``_scan``),
    whether it took the base's scan kept for the text or walked its own trie; both happen. It walks where a word of
    the text is one from which a walk enters an added phrase (``_opens``: the words of ``forms`` whose singular opens
    one), not where the text only holds such a word's letters ("x" in "expert")."""
    phrases = ["States parties to the Convention", "Governments of the region", "Special Envoy on Myanmar",
               "Working Group on Ageing", "X Committee"]
    kept = walked = 0
    for states in (False, True):
        scanner = Scanner([(p, Actor(p, actors.key(p), False)) for p in phrases], states=states)
        one = Scanner([(p, Actor(p, actors.key(p), False)) for p in phrases[:2]], states=states)
        for s in (scanner, one):
            added = {actors.key_tokens(p)[0] for p in (phrases if s is scanner else phrases[:2])}
            assert s._opens == {w for w in s.forms if actors.singular(w) in added}
        assert {"x", "government", "governments"} <= scanner._opens
        # ``_opens`` is read among the forms of the added first words: each word a walk starts from is one of the
        # forms of its own singular
        assert all(w in actors._forms({actors.singular(w)}) for w in scanner.forms)
        for text in texts:
            for s in (scanner, one):
                found = s.scan(text)
                assert [(h.key, h.start, h.end) for h in found] == [(h.key, h.start, h.end) for h in s._scan(text)]
                gated = s._opens.isdisjoint(actors._words(text)[0])
                kept += gated
                walked += not gated
                if gated:
                    assert found is actors._kept_scan(s._base, text)
        expert = "Requests the expert of the Secretary-General to report"
        assert expert.lower().count("x") and scanner.scan(expert) is actors._kept_scan(scanner._base, expert)
    assert kept > 50 and walked > 50
