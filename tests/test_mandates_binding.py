"""Who a decision binds, and who an addressee is: the kinds the decision, via and first-person strata of the second
label sample (tests/labels/mandates_hard.part*.jsonl) missed, each tested on other real clauses of the same kind
(whole resolutions copied from ../shared/corpus into tests/fixtures/binding/; the labelled units themselves are not
used here)."""

from pathlib import Path

import pytest

import resparse
from resparse.mandates import extract

from conftest import mandates_by_symbol

BINDING = Path(__file__).parent / "fixtures" / "binding"


@pytest.fixture(scope="module")
def items():
    return {symbol: [m for m in rows if m.kind == "mandate"] for symbol, rows in mandates_by_symbol(BINDING).items()}


def bound(items, symbol, label):
    """(verb, actor, modal) of each mandate of a paragraph, in order."""
    return [(m.verb, m.actor, m.modal) for m in items[symbol] if m.paragraph == label]


# ---------------------------------------------------------------- a conference's body as the subject of a decision


def test_a_congress_that_adopts_is_bound_by_the_decision(items):
    # A/RES/78/223 8: "Decides that, in accordance with its resolution 56/119, the Fifteenth Congress shall adopt a
    # single declaration ..."; was the General Assembly (neither "Congress" nor "Summit" was an actor's head)
    # (by the full name named before it: tests/test_mandates_short_names.py)
    assert bound(items, "A/RES/78/223", "8") == [("decides", "Fifteenth United Nations Congress on Crime Prevention and Criminal Justice", "shall")]
    # 7 also decides "..., and that representatives will be given an opportunity to make statements": no actor of
    # its own, the Assembly's
    assert bound(items, "A/RES/78/223", "7") == [("decides", "Fifteenth United Nations Congress on Crime Prevention and Criminal Justice", "shall"),
                                                 ("decides", "General Assembly", "will")]
    # "will" binds as "shall" does: "Decides that the Commission will give due consideration to the report of the
    # Fifteenth Congress" (9; "the Commission" is the one named in 8)
    assert bound(items, "A/RES/78/223", "9") == [("decides", "Commission on Crime Prevention and Criminal Justice",
                                                  "will")]


def test_a_parenthesis_before_the_subject_dates_the_subjects_action(items):
    # A/RES/79/192 13: "Decides that, at its eighty-sixth session, in 2031, the Third Committee should further
    # review ... its methods of work": the Third Committee (was the Assembly: "at" read as the article "a")
    (m,) = [m for m in items["A/RES/79/192"] if m.paragraph == "13"]
    assert (m.verb, m.actor, m.modal) == ("decides", "Third Committee", "should")
    # (the nineteenth session, branch dl: the session and the year right after it are one deadline, rule
    # ``session_time``; tests/test_mandates_deadlines_dl19.py)
    assert [d.text for d in m.deadlines] == ["at its eighty-sixth session in 2031"]
    assert m.action.startswith("should further review")


# ---------------------------------------------------------------- "Resolves that:" before paragraph 1


def test_a_decision_chapeau_before_paragraph_1_gives_its_decision_to_the_paragraphs(items):
    # A/RES/78/256 (Working Capital Fund for 2024): "The General Assembly / Resolves that: / 1. The Working Capital
    # Fund shall be established ...; 2. Member States shall make advances ...; 5. The Secretary-General is
    # authorized to advance ...". The tree has "Resolves that:" as the last preambular paragraph (unnumbered);
    # before, the resolution had no mandate at all.
    assert bound(items, "A/RES/78/256", "2") == [("decides", "Member States", "shall")]
    assert bound(items, "A/RES/78/256", "5") == [("authorizes", "Secretary-General", None)]
    # no actor of their own: the Assembly's decisions (GUIDELINE.md, Decisions)
    for label in ("1", "3", "4"):
        assert bound(items, "A/RES/78/256", label) == [("decides", "General Assembly", "shall")], label
    # the items of 3 list what is set off: content of the decision, no mandate
    assert bound(items, "A/RES/78/256", "3 (a)") == bound(items, "A/RES/78/256", "3 (b)") == []
    assert {m.chapeau for m in items["A/RES/78/256"] if m.verb == "decides"} == {"PP1"}


def test_a_preambular_paragraph_without_that_colon_is_no_chapeau(items):
    # A/RES/78/14 opens with recitals; its operative paragraphs have their own verbs: nothing is inherited
    assert all(m.chapeau is None for m in items["A/RES/78/14"])


# ---------------------------------------------------------------- items with no actor under "Decides that:"


def test_an_item_without_an_actor_under_decides_that_binds_the_assembly(items):
    # A/RES/78/269 3: "Decides that the organizational arrangements ... will be as follows: (a) The opening segment,
    # to be held from 10 to 10.45 a.m., will feature statements by ..." — as "Decides that the meeting will be held
    # on ..." binds the Assembly itself; before, the items bound nobody
    for label in ("3 (a)", "3 (b)", "3 (c)"):
        assert bound(items, "A/RES/78/269", label) == [("decides", "General Assembly", "will")], label
    assert bound(items, "A/RES/78/269", "3") == []  # the chapeau itself carries none


# ---------------------------------------------------------------- a passive permission binds its beneficiary


def test_shall_be_permitted_to_vote_binds_the_states_permitted(items):
    # A/RES/80/2 6 (as 78/2 6, 79/3 6: Article 19 of the Charter): "Decides that Bolivia (Plurinational State of)
    # and Sao Tome and Principe shall be permitted to vote in the General Assembly until the end of its eightieth
    # session": the two States are permitted to act; was the Assembly (operative_verbs.txt [permissions])
    ms = [m for m in items["A/RES/80/2"] if m.paragraph == "6"]
    assert [(m.verb, m.actor, m.modal, m.passive) for m in ms] == [
        ("decides", "Bolivia (Plurinational State of)", "shall", False),
        ("decides", "Sao Tome and Principe", "shall", False)]
    assert all(m.action.startswith("shall be permitted to vote") for m in ms)
    assert [d.text for d in ms[0].deadlines] == ["until the end of its eightieth session"]


def test_empowered_and_called_upon_bind_their_subject(items):
    # A/RES/79/249 18 under "Resolves that:": "(a) ... the Secretary-General shall be empowered to accept ...",
    # "(b) ... the Holy See, which is not a member ..., shall be called upon to contribute ..." (the asking's verb,
    # calls upon: tests/labels/mandates_fresh17 n 75, GUIDELINE.md, the twenty-second session's decisions; this test
    # asserted "decides" before)
    assert bound(items, "A/RES/79/249", "18 (a)") == [("decides", "Secretary-General", "shall")]
    assert bound(items, "A/RES/79/249", "18 (b)") == [("calls upon", "Holy See", "shall")]
    assert bound(items, "A/RES/79/249", "18 (c)") == [("calls upon", "State of Palestine", "shall")]


def test_a_passive_without_a_permission_still_binds_the_assembly(items):
    # A/RES/78/256 1: "The Working Capital Fund shall be established ...": a thing, not asked to act
    (m,) = [m for m in items["A/RES/78/256"] if m.paragraph == "1"]
    assert m.actor == "General Assembly" and m.actor_as_written == "(the General Assembly itself)"


def test_subject_to_opens_a_parenthesis_not_an_actor(items):
    # A/RES/78/224 11: "Requests the United Nations Office on Drugs and Crime, subject to the availability of
    # extrabudgetary resources, to support ...": one actor (was "United Nations Office on Drugs and Crime, subject")
    assert bound(items, "A/RES/78/224", "11") == [("requests", "United Nations Office on Drugs and Crime", None)]


# ---------------------------------------------------------------- "the <head>" with a restrictive modifier


def test_the_states_contemplated_in_a_protocol_refer_back_to_no_group(items):
    # A/RES/78/14 5 (as 79/15 5, 80/14 5): "Calls upon the States contemplated in Protocol III to the Treaty that
    # have not yet done so to take all measures ...": was the "African States" named in paragraph 2 (a bare "the
    # States" was read as a reference back); the modifier says which States
    ms = [m for m in items["A/RES/78/14"] if m.paragraph == "5"]
    assert [(m.verb, m.actor) for m in ms] == [("calls upon", "States")]
    assert ms[0].actor_as_written.startswith("the States contemplated in Protocol III")


def test_referred_to_in_is_no_infinitive(items):
    # A/RES/78/102 20: "Urges the States referred to in paragraphs 18 and 19 above to provide ...": the action is
    # "to provide" (was "to in paragraphs 18 and 19 above ..."), the actor States (was Member States, named before)
    m, _ = [m for m in items["A/RES/78/102"] if m.paragraph == "20"]  # then "and requests the Secretary-General"
    assert (m.verb, m.actor) == ("urges", "States")
    assert m.actor_as_written == "the States referred to in paragraphs 18 and 19 above"
    assert m.action.startswith("to provide to the Secretary-General")


# ---------------------------------------------------------------- addressee lists, on the corpus


def _corpus_items(corpus_dir, name, label):
    res = resparse.parse(corpus_dir / name)
    return [(m.verb, m.actor) for m in extract(res) if m.kind == "mandate" and m.paragraph == label]


def test_the_parties_to_the_conflict_are_no_states_parties(corpus_dir):
    # A/RES/78/222 51: "Urges the parties to the conflict to abstain from actions ...": parties, not the "States
    # parties" named earlier in the resolution (the parties keep what they are parties to, actors.txt [parties])
    assert ("urges", "parties to the conflict") in _corpus_items(corpus_dir, "A_RES_78_222.txt", "51")
    assert ("urges", "States parties") not in _corpus_items(corpus_dir, "A_RES_78_222.txt", "51")


def test_a_parenthesis_ending_in_mandate_keeps_the_action(corpus_dir):
    # A/RES/79/156 64: "Encourages States and the Office of the High Commissioner, within its protection mandate, to
    # improve ...": "mandate, to" is not "a mandate to" (no mandate at all before)
    assert _corpus_items(corpus_dir, "A_RES_79_156.txt", "64") == [
        ("encourages", "States"), ("encourages", "Office of the United Nations High Commissioner for Refugees")]


def test_a_repeated_of_before_a_member_and_a_citations_locator(corpus_dir):
    # A/RES/78/137 28: "Recognizes the role of the United Nations and of the international financial institutions
    # ..., and encourages them to ...": "them" are both (was "of the international financial institutions")
    assert _corpus_items(corpus_dir, "A_RES_78_137.txt", "28") == [
        ("encourages", "United Nations"), ("encourages", "international financial institutions")]
    # A/RES/78/68 51: "calls upon all States, and entities referred to in the Convention and in article 1, paragraph
    # 2 (b), of the Agreement, that have not done so to ratify ...": two actors, not the citation's pieces
    assert _corpus_items(corpus_dir, "A_RES_78_68.txt", "51") == [("calls upon", "States"), ("calls upon", "entities")]


def test_a_table_name_is_not_read_across_a_comma(corpus_dir):
    # A/RES/78/103 23: "appeals to Governments, the relevant bodies of the United Nations system, organizations,
    # institutions and individuals to assist ...": four actors; the scan, blind to punctuation, read "United Nations
    # system, organizations" as the alias "United Nations system organizations" and glued two of them
    assert [a for _, a in _corpus_items(corpus_dir, "A_RES_78_103.txt", "23")] == [
        "Governments", "bodies of the United Nations system", "organizations", "institutions", "individuals"]
    # a name written with a comma stays whole: "the United Nations Educational, Scientific and Cultural Organization"
    assert ("calls upon", "United Nations Educational, Scientific and Cultural Organization") in _corpus_items(
        corpus_dir, "A_RES_78_222.txt", "43")


def test_partners_of_the_addressee_are_not_addressed(corpus_dir):
    # A/RES/80/154 26: "Requests the Secretary-General, in close collaboration with the secretariat of the Food and
    # Agriculture Organization ..., as well as other relevant international organizations, to submit ...": the
    # organizations are his partners (actors.txt [partners]); A/RES/79/154 35: "Invites States, together with
    # relevant United Nations entities, to undertake further research ..." ("together with" no longer coordinates)
    assert _corpus_items(corpus_dir, "A_RES_80_154.txt", "26") == [("requests", "Secretary-General")]
    assert _corpus_items(corpus_dir, "A_RES_79_154.txt", "35") == [("invites", "States")]
    # ", as well as" after another parenthesis still takes the list up again: A/RES/78/286 2 invites the media,
    # civil society and the private sector as before
    assert {"media", "civil society", "private sector"} <= {a for _, a in _corpus_items(corpus_dir, "A_RES_78_286.txt",
                                                                                          "2")}


# ---------------------------------------------------------------- a participle after the head, a negated action


def test_a_participle_after_the_head_qualifies_the_addressee(corpus_dir):
    # A/RES/78/140 17: "... and therefore invites countries developing integrated national financing frameworks to
    # include ...": the addressee is "countries" (GUIDELINE.md: qualifiers stay out of the name); it was read as a
    # thing ("frameworks") and nobody was invited
    assert ("invites", "countries") in _corpus_items(corpus_dir, "A_RES_78_140.txt", "17")
    # A/RES/80/93 5: "calls upon all parties involved to maintain dialogue ..." (no mandate before)
    assert _corpus_items(corpus_dir, "A_RES_80_93.txt", "5") == [("calls upon", "parties")]
    # A/RES/78/68 170: "Urges States fishing on the high seas to pursue cooperation ...": the Fish Stocks Agreement's
    # term (actors.txt), as the labels name it (tests/labels/mandates_sample n 23, mandates_fresh9 n 64); was "States"
    res = resparse.parse(corpus_dir / "A_RES_78_68.txt")
    assert ("States fishing on the high seas", "States fishing on the high seas") in [
        (m.actor, m.actor_as_written) for m in extract(res) if m.kind == "mandate" and m.paragraph == "170"]
    # a compound whose last word is a head keeps its participle: "treaty body monitoring mechanisms" (A/RES/78/177 31)
    assert ("encourages", "treaty body monitoring mechanisms") in _corpus_items(corpus_dir, "A_RES_78_177.txt", "31")


def test_not_before_the_infinitive_belongs_to_the_action(corpus_dir):
    # A/RES/78/51 1: "Calls upon all States not to use radiological weapons": the actor was "States not" and the
    # action "to use radiological weapons"
    res = resparse.parse(corpus_dir / "A_RES_78_51.txt")
    (m,) = [m for m in extract(res) if m.kind == "mandate" and m.paragraph == "1"]
    assert (m.verb, m.actor, m.actor_as_written, m.action) == ("calls upon", "States", "all States",
                                                                "not to use radiological weapons")


# ---------------------------------------------------------------- a paragraph whose opening the parser does not know


def test_the_inner_verbs_of_a_paragraph_without_a_known_opening_are_read(corpus_dir):
    # A/RES/79/159 56: "Raises awareness of the fact that many Indigenous Peoples do not speak any of the official
    # languages ..., and encourages the United Nations to consider addressing this issue" ("Raises awareness" is no
    # opening of data/opening_phrases.txt, so the paragraph had no clause at all)
    assert _corpus_items(corpus_dir, "A_RES_79_159.txt", "56") == [("encourages", "United Nations")]
    # A/RES/80/209 5: "Strongly objects to ... and in this context calls upon all Member States neither to recognize
    # those measures nor to apply them": "neither" belongs to the action
    res = resparse.parse(corpus_dir / "A_RES_80_209.txt")
    (m,) = [m for m in extract(res) if m.kind == "mandate" and m.paragraph == "5"]
    assert (m.actor, m.action[:40]) == ("Member States", "neither to recognize those measures nor ")


def test_an_item_under_a_chapeau_keeps_the_chapeaus_mandate_and_adds_its_own(corpus_dir):
    # A/RES/80/166 3: "Requests the Special Committee: ... (b) To consider ... the question of the implementation of
    # the provisions of the Charter ..., and requests the Secretary-General to submit the next report on this issue
    # to the General Assembly at its eighty-second session"
    items = _corpus_items(corpus_dir, "A_RES_80_166.txt", "3 (b)")
    assert items == [("requests", "Special Committee on the Charter of the United Nations and on the Strengthening of "
                                  "the Role of the Organization"), ("requests", "Secretary-General")]


def test_a_noun_object_with_its_agent_addresses_nobody(corpus_dir):
    # GUIDELINE.md: "the efforts, role or work of an actor as an object" is no mandate; "by X" is the same kind.
    # A/RES/78/140 24: "Encourages further efforts by relevant national and international actors to mitigate ...";
    # A/RES/78/42 16: "Encourages ... steps by all nuclear-weapon States to ensure ..." (both were mandates of
    # "international actors", "steps by all nuclear-weapon States")
    assert _corpus_items(corpus_dir, "A_RES_78_140.txt", "24") == []
    assert not [a for _, a in _corpus_items(corpus_dir, "A_RES_78_42.txt", "16") if "nuclear-weapon" in a]
    # "the progress made by the Commission ..., and encourages it": the pronoun still finds the Commission
    # (A/RES/78/103 5; was the actor "progress made by the Commission"); "the Commission" is the one the title names
    # ("Report of the United Nations Commission on International Trade Law on the work of its fifty-sixth session")
    assert _corpus_items(corpus_dir, "A_RES_78_103.txt", "5") == [
        ("encourages", "United Nations Commission on International Trade Law")]


def test_observers_and_contractors_are_actors(corpus_dir):
    # A/RES/79/127 5: "Decides that the working group shall be open to all Member States and that relevant observers
    # to the General Assembly will be invited to participate in the work of the working group": its first part, with
    # no actor of its own, is the Assembly's decision. The observers were a second row here until the nineteenth
    # session (branch mand-b): the blind fifteenth sample labels the same paragraph of 78/113 (n 53) as the Assembly's
    # `decides` only, "will be invited" an invitation to come, binding no one now (operative_verbs.txt [asked in the
    # passive]; GUIDELINE.md, the nineteenth session's decisions)
    assert _corpus_items(corpus_dir, "A_RES_79_127.txt", "5") == [("decides", "General Assembly")]
    # A/RES/78/69 78: "... observers, contractors and other stakeholders to contribute financially ...": three actors
    # (was one, "observers, contractors and other stakeholders")
    assert [a for _, a in _corpus_items(corpus_dir, "A_RES_78_69.txt", "78")][-3:] == [
        "observers", "contractors", "stakeholders"]


def test_the_corpus_diff_counts_rows_added_and_removed(tmp_path, capsys):
    # bench/corpus_mandates_diff.py, as the README says: "diff BEFORE AFTER" lists what a change adds and removes
    import json

    mod = _diff_module()
    row = {"doc": "A/RES/80/2", "p": "6", "verb": "decides", "actor": "General Assembly",
           "aw": "(the General Assembly itself)", "modal": "shall", "passive": False, "action": "...", "dl": []}
    before, after = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    before.write_text(json.dumps(row) + "\n")
    after.write_text("".join(json.dumps({**row, "actor": a, "aw": a}) + "\n"
                             for a in ("Bolivia (Plurinational State of)", "Sao Tome and Principe")))
    mod.diff(before, after)
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "mandates 1 -> 2: 2 rows added, 1 removed"
    assert out[1] == "0 rows changed in action, aw, modal only (the same key)"
    assert sorted(x[0] for x in out[2:]) == ["+", "+", "-"]


def _diff_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location("cmd", Path(__file__).parent.parent / "bench" / "corpus_mandates_diff.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_the_corpus_diff_lists_rows_whose_action_alone_changed(tmp_path, capsys):
    """A dump of the bundled A/RES/71/280 against itself with one mandate's action changed after its 70th
    character (a change that moves no key: document, paragraph, verb, actor, passive, deadlines): "diff" counts it
    and prints it (~) from where the two actions differ (before: "0 rows added, 0 removed" and nothing else, the
    change hidden); --sample draws from the changed rows too."""
    import json
    import shutil

    mod = _diff_module()
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(Path(resparse.default_text()), corpus / "A_RES_71_280.txt")
    before, after = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    assert mod.dump(before, corpus, mentions=True) > 10
    rows = [json.loads(line) for line in before.read_text().splitlines()]
    i = next(i for i, r in enumerate(rows) if r["kind"] == "mandate" and len(r["action"]) > 90)
    old = rows[i]["action"]
    rows[i] = {**rows[i], "action": old[:80] + "CHANGED" + old[87:]}
    after.write_text("".join(json.dumps(r) + "\n" for r in rows))
    mod.diff(before, after)
    out = capsys.readouterr().out.splitlines()
    n = sum(r["kind"] == "mandate" for r in rows)
    assert out[:2] == [f"mandates {n} -> {n}: 0 rows added, 0 removed",
                       "1 rows changed in action, aw, modal only (the same key)"]
    (line,) = out[2:]
    assert line.startswith(f"~ A/RES/71/280 {rows[i]['p']} {rows[i]['verb']} | {rows[i]['actor']} | action: ")
    assert "CHANGED" in line and old[80:87] in line
    mod.diff(before, after, sample=5)
    assert capsys.readouterr().out.splitlines()[2:] == [line]
    mod.diff(before, after, kind="mention")
    assert capsys.readouterr().out.splitlines()[1] == "0 rows changed in action, aw, modal only (the same key)"
