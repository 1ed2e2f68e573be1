"""Mandates faults a fresh-user trial found, each on the real resolution copied whole into tests/fixtures/ from
../shared/corpus/texts (A/RES/79/152, 78/182, 78/219, 80/116, 80/130), and checked over the corpus where it helps
(skipped without ../shared/corpus):

1. a mandate-holder's title holds commas and "and": one actor (``actors.txt``, the OHCHR list of special procedures);
2. a renewed mandate ("Reiterates the urgent call upon") is shown with the table's verb, in every view;
3. an actor named by a back-reference ("the Entity") is answered by its name; a State in a context line has no
   article;
4. an actor query that matches nothing names what the query resolves to and gives nearest actors by what it is;
5. a chapeau's action handed to its items: after a "that"-clause ("Demands that Israel comply ... by, inter alia:"),
   to an item opening with an adverb and a gerund ("Immediately complying"), to both of two clauses that share the
   action ("Also urges A and encourages B ..., including by:"); the addressees after a parenthesis on a thing
   ("within their respective mandates, other international and regional organizations").
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import resparse
from resparse.mandates import extract, lookup
from resparse.render import mandates as render

FIXTURES = Path(__file__).parent / "fixtures"


def _items(name: str):
    return extract(resparse.parse(FIXTURES / f"A_RES_{name}.txt"))


def _run(*args):
    return subprocess.run([sys.executable, "-m", "resparse", "mandates", *map(str, args)], capture_output=True,
                          text=True, timeout=300)


# ---------------------------------------------------------------- 1. a title with commas is one actor


def test_a_special_rapporteurs_title_with_commas_is_one_actor():
    # A/RES/79/152 15: "Requests the Special Rapporteur on violence against women and girls, its causes and
    # consequences to submit an annual report ..." (was three actors: "... against women", "girls, its causes",
    # "consequences")
    rows = [m for m in _items("79_152") if m.paragraph == "15" and m.kind == "mandate"]
    assert [m.actor for m in rows] == ["Special Rapporteur on violence against women and girls, its causes and "
                                       "consequences"]
    assert rows[0].verb == "requests" and rows[0].action.startswith("to submit an annual report")


def test_titles_with_commas_in_the_corpus_are_never_cut(corpus_dir):
    # every paragraph of the corpus that addresses a special procedure whose title holds a comma
    from resparse.mandates.addressees import _comma_names

    titles = [k for k in _comma_names() if k.startswith(("special rapporteur", "independent expert"))]
    assert len(titles) >= 8
    seen = 0
    for path in sorted(corpus_dir.glob("A_RES_*.txt")):
        text = " ".join(path.read_text(encoding="utf-8").split())
        if not any(w in text for w in ("its causes and consequences", "racial discrimination, xenophobia",
                                       "especially women and children")):
            continue
        for m in extract(resparse.parse(path)):
            if m.kind != "mandate":
                continue
            assert m.actor_key not in ("consequence", "girl its cause", "xenophobia", "related intolerance",
                                       "child", "especially woman"), (path.name, m.paragraph, m.actor)
            seen += m.actor_key in titles
    assert seen >= 3


# ---------------------------------------------------------------- 2. a renewed mandate shows the table's verb


def test_the_timeline_shows_a_renewed_call_as_the_tables_verb():
    # A/RES/78/219 16: "Reiterates the urgent call upon Myanmar or the Myanmar military where applicable: (a) To
    # immediately ..." -- the timeline showed "reiterates the urgent call upon", wider than its column
    items = _items("78_219")
    text = render.timeline(items)
    assert "reiterates" not in text
    rows = [line for line in text.splitlines() if " 16 (a) " in line]
    assert rows and all("calls upon" in line for line in rows)
    starts = {line.index(word) for line in text.splitlines()[1:] if line.strip()
              for word in ("calls upon", "requests") if word in line}
    assert len(starts) == 1  # one verb column
    assert {render.verb_shown(m) for m in items if m.paragraph == "16 (a)"} == {"calls upon"}
    assert {m.verb_as_written for m in items if m.paragraph == "16 (a)"} == {"Reiterates the urgent call upon"}


def test_a_renewal_keeps_its_adverbs_and_other_verbs_stay_as_they_were():
    # A/RES/80/130 5 "Expresses ..., and reiterates its request in this regard to the Government of Israel to ..."
    items = _items("80_130")
    (m,) = [m for m in items if m.paragraph == "5" and m.kind == "mandate"]
    assert m.verb_as_written.lower().startswith("reiterates its request") and render.verb_shown(m) == "requests"
    shown = {render.verb_shown(m) for m in _items("78_182") if m.kind == "mandate"}
    assert "also urges" in shown and "also requests" in shown
    assert "reiterates its call upon" not in shown and "calls upon" in shown


# ---------------------------------------------------------------- 3. names in the answers


def test_a_back_reference_is_answered_by_the_actors_name():
    # A/RES/78/182 14: "Welcomes the commitment of UN-Women ..., and encourages the Entity to continue ..." -- the
    # answer read "14  encourages Entity"
    text = render.lookup(lookup(_items("78_182"), actor="UN-Women"), "UN-Women", None)
    line = next(x for x in text.splitlines() if x.startswith("14 "))
    assert line == ('14  encourages United Nations Entity for Gender Equality and the Empowerment of Women '
                    '("the Entity")')
    # what names the actor by itself stays as written
    text = render.lookup(lookup(_items("78_182"), actor="Member States"), "Member States", None)
    assert "18 (a)  also urges Member States  (verb and actor from the chapeau of 18)" in text


def test_a_state_in_a_context_line_has_no_article():
    # A/RES/80/130 5: "in a paragraph that reiterates its request in this regard to the Israel:"
    text = render.lookup(lookup(_items("80_130"), actor="Secretary-General"), "Secretary-General", None)
    assert "5        in a paragraph that requests Israel:" in text
    assert "the Israel" not in text
    text = render.lookup(lookup(_items("78_182"), actor="UN-Women"), "UN-Women", None)
    assert "in a paragraph that urges the Member States:" in text  # an actor not a State keeps it


# ---------------------------------------------------------------- 4. a query that matches nothing


def test_a_known_actor_absent_from_the_files_gets_its_name_and_nearest_actors():
    # `mandates FILES --actor UN-Women` over files without it said nothing more; `--actor Syria` suggested
    # "Economic Commission for Africa, Secretariat, South Africa" (typos of "Syria")
    p = _run(FIXTURES / "A_RES_80_116.txt", FIXTURES / "A_RES_80_130.txt", "--actor", "UN-Women")
    assert p.returncode == 1 and p.stdout == ""
    head, _, near = p.stderr.strip().partition("; nearest actors: ")
    assert head == ("resparse: no mandate or mention of 'UN-Women' (United Nations Entity for Gender Equality and the "
                    "Empowerment of Women)")
    near = near.split(", ")
    # its name's words: "United Nations entities" (80/116 4 (b), (e), a mention since auditfix28b) shares three of
    # them ("United Nations", "Entity"), more than "United Nations"
    assert "United Nations entities" in near and all(n.startswith("United Nations") for n in near)
    p = _run(FIXTURES / "A_RES_80_116.txt", FIXTURES / "A_RES_79_152.txt", "--actor", "Syria")
    assert p.returncode == 1
    assert p.stderr.strip() == ("resparse: no mandate or mention of 'Syria' (Syrian Arab Republic); nearest actors: "
                                "Member States, States")
    # where the State is named, its short name finds it
    p = _run(FIXTURES / "A_RES_80_130.txt", "--actor", "Syria")
    assert p.returncode == 0 and '"Syria" ("Syrian Arab Republic")' in p.stdout


def test_nearest_actors_of_a_typo_and_of_an_observer_state():
    from resparse.mandates import nearest_actors, query_names

    items = _items("80_116") + _items("79_152")
    assert nearest_actors("Secretary-Genral", items)[0] == "Secretary-General"  # a typo: as before
    assert nearest_actors("Holy See", items) == ["States"]  # an observer State is no Member State
    assert query_names("Syria") == "Syrian Arab Republic" and query_names("Syrian Arab Republic") is None
    assert query_names("no such actor") is None


# ---------------------------------------------------------------- 5. a chapeau's action handed to its items


def test_a_that_clause_chapeau_hands_its_subject_to_its_gerund_items():
    # A/RES/80/116 5: "Demands that Israel comply without delay with all its legal obligations ... by, inter alia:
    # (a) Immediately complying with ...; (d) Respecting ...; (g) Respecting, protecting and fulfilling ..." -- the
    # items were mentions only, 5 (f) with verb None
    items = _items("80_116")
    rows = [m for m in items if m.paragraph.startswith("5 (") and m.kind == "mandate"]
    assert [m.paragraph for m in rows] == [f"5 ({x})" for x in "abcdefg"]
    assert {(m.verb, m.actor, m.chapeau) for m in rows} == {("demands", "Israel", "5")}
    assert rows[0].action.startswith("Immediately complying with its obligations as an occupying Power")
    # the chapeau itself carries none: its items do (tests/labels/GUIDELINE.md, the thirteenth sample, n 58)
    assert [m for m in items if m.paragraph == "5" and m.kind == "mandate"] == []
    # an actor an item names is mentioned in the chapeau's mandate (verb and context), not with verb None
    mentions = [m for m in items if m.paragraph.startswith("5 (") and m.kind == "mention"]
    assert mentions and {(m.verb, m.context) for m in mentions} == {("demands", "Israel")}


def test_items_go_to_both_clauses_that_share_the_chapeaus_action():
    # A/RES/78/182 18: "Also urges Member States and encourages stakeholders, where applicable, to address gaps ...,
    # including by: (a) Eliminating ... (i) Strengthening ..." -- the items went to the stakeholders only
    items = _items("78_182")
    for label in [f"18 ({x})" for x in "abcdefghi"]:
        rows = [(m.verb, m.actor, m.chapeau) for m in items if m.paragraph == label and m.kind == "mandate"]
        assert rows == [("urges", "Member States", "18"), ("encourages", "stakeholders", "18")], label


def test_a_parenthesis_on_a_thing_does_not_swallow_the_addressees_after_it():
    # A/RES/78/182 19: "Calls upon Governments and the organs, ... of the United Nations system, within their
    # respective mandates, other international and regional organizations, including financial institutions, and
    # all relevant actors of civil society, ..., to intensify ..." -- the organizations were missing
    rows = [m for m in _items("78_182") if m.paragraph == "19" and m.kind == "mandate"]
    # (the complement goes on every head of the list: tests/test_mandates_kinds_fresh7.py)
    assert [m.actor for m in rows] == [
        "Governments", "organs of the United Nations system", "funds and programmes", "specialized agencies",
        "international organizations", "regional organizations", "financial institutions", "actors of civil society",
        "non-governmental organizations"]
    assert {m.verb for m in rows} == {"calls upon"}
    from resparse.mandates.addressees import actor_phrases

    # after a parenthesis on a thing, what is no actor stays in it: A/RES/78/178 16 "Also encourages Member States,
    # recognizing that all legal, social and economic barriers to the empowerment of all women and girls have to be
    # removed, to promote ..."; A/RES/78/65 3 "Commends the Mediterranean countries for their efforts ..., based on a
    # spirit of multilateral partnership, towards the general objective of turning the Mediterranean basin into an
    # area of dialogue, exchanges and cooperation, guaranteeing peace, stability and prosperity, encourages them"
    assert [n.written for n in actor_phrases(
        "Member States, recognizing that all legal, social and economic barriers to the empowerment of all women and "
        "girls have to be removed", [])] == ["Member States"]
    assert len(actor_phrases(
        "the Mediterranean countries for their efforts in meeting common challenges through coordinated overall "
        "responses, based on a spirit of multilateral partnership, towards the general objective of turning the "
        "Mediterranean basin into an area of dialogue, exchanges and cooperation, guaranteeing peace, stability and "
        "prosperity", [])) == 1
    # nor after a parenthesis on things that a list goes on ("in accordance with their domestic law, legal systems and
    # international obligations", A/RES/80/227 5; "when designing, implementing, monitoring and evaluating social
    # protection programmes", A/RES/79/178 11); a closed parenthesis inside an open one does not close it ("with the
    # support of, as appropriate, United Nations entities, ...", A/RES/78/182 35; "within its mandate and in
    # collaboration with, when appropriate, relevant entities of ...", A/RES/78/226 22)
    for listed, first in [
        ("Member States, in accordance with their domestic law, legal systems and international obligations",
         "Member States"),
        ("States, when designing, implementing, monitoring and evaluating social protection programmes", "States"),
        ("Member States, with the support of, as appropriate, United Nations entities, including UN-Women, "
         "international and regional organizations and other relevant actors", "Member States"),
        ("the United Nations Office on Drugs and Crime, within its mandate and in collaboration with, when "
         "appropriate, relevant entities of the United Nations Global Counter-Terrorism Coordination Compact",
         "the United Nations Office on Drugs and Crime"),
    ]:
        assert [n.written for n in actor_phrases(listed, [])] == [first], listed
    # ", and" after a parenthesis takes the list up again with an actor only (A/RES/78/211 14: "Calls upon States,
    # while bearing in mind the theme of ..., and the summary by the President ..., and with a view to ..., to take")
    assert [n.written for n in actor_phrases(
        "States, while bearing in mind the theme of the fifteenth session of the Forum on Minority Issues, and the "
        "summary by the President of the General Assembly of the high-level meeting marking the thirtieth anniversary "
        "of the adoption of the Declaration in September 2022, and with a view to enhancing the implementation of the "
        "Declaration", [])] == ["States"]
    # a proper name is an actor there (A/RES/78/4 annex 105: "..., recognizing the key role of the World Health
    # Organization ... in accordance with its Constitution, and the United Nations country teams, under the
    # leadership of ...")
    assert "the United Nations country teams" in [n.written for n in actor_phrases(
        "the relevant entities of the United Nations development system, within their respective mandates, "
        "recognizing the key role of the World Health Organization as the directing and coordinating authority on "
        "international health work in accordance with its Constitution, and the United Nations country teams, under "
        "the leadership of the reinvigorated resident coordinators", [])]
    # and after "within existing mandates and resources" the list goes on (A/RES/79/220 31)
    assert [n.written for n in actor_phrases(
        "the United Nations, the specialized agencies and other organizations, within existing mandates and "
        "resources, the public and private sectors and other relevant stakeholders", [])][-1] == \
        "other relevant stakeholders"
    # a parenthesis that names the addressee's partners still takes what follows (README, Clauses)
    partners = ("the Secretary-General, in close collaboration with the secretariat of FAO, other relevant "
                "international organizations")
    assert [n.actor.name for n in actor_phrases(partners, [])] == ["Secretary-General"]


def test_a_connective_before_the_verb_is_not_shown():
    # A/RES/78/86: "..., and in that connection calls upon the administering Power, in cooperation ..." -- shown
    # "in that connection calls upon", wider than the verb column (connectives: operative_verbs.txt [connectives])
    items = [m for m in extract(resparse.parse(FIXTURES / "A_RES_78_86.txt")) if m.kind == "mandate"]
    written = [m for m in items if "in that connection" in (m.verb_as_written or "")]
    assert written and {render.verb_shown(m) for m in written} == {"calls upon"}
    assert all(len(render.verb_shown(m)) <= 25 for m in items)


def test_an_acronym_query_is_named_in_the_first_line_also_when_matched_through_its_group():
    # a fresh-user trial: `--actor ESCAP` printed the commission's name, `--actor ECE` did not (its first match was
    # a mandate of the regional commissions, the group ECE belongs to); on the bundled A/RES/71/280
    p = subprocess.run([sys.executable, "-m", "resparse", "mandates", "--actor", "ECE"], capture_output=True,
                       text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    assert p.stdout.splitlines()[0].startswith('A/RES/71/280: "ECE" ("Economic Commission for Europe") — '), p.stdout
