"""Mandates of kinds a blind sample showed the code missing, each on real clauses of the corpus copied into
tests/fixtures/mandates-items.txt (the source of each paragraph below; the resolution around them is a frame), and
on the corpus itself where it helps (skipped without ../shared/corpus):

1. a chapeau that is itself a whole mandate hands it to its items ("... and to support and protect all victims and
   survivors by: (d) Ensuring that ...", "... and, in this regard: (g) To ensure that ...");
2. a mandate verb later in a paragraph whose main verb is no mandate ("Strongly condemns ..., and demands that X
   ..."), and a renewed mandate noun after "the" and an adjective ("Reiterates the urgent call upon X:");
3. an addressee with a participle qualifier ("all entities involved with the ... index");
4. an addressee whose head noun the table missed ("Calls upon financial regulators to encourage ...");
5. a possessive pronoun naming an office ("and also invites his Office to ...").

Fixture paragraphs: 1 A/RES/79/152 6 (a), (d); 2 A/RES/78/218 18 (a), (g); 3 A/RES/78/181 2 (a), (b); 4 A/RES/79/124
14 (a), (b); 5 A/RES/78/219 16 (a), (c); 6 A/RES/78/222 2; 7 A/RES/78/94 7; 8 A/RES/80/151 64; 9 A/RES/78/202 31;
10 A/RES/78/322 15; 11 A/RES/78/70 10; 12 A/RES/80/109 178; 13 A/RES/80/202 18; 14 A/RES/78/136 39; 15 A/RES/79/197
13; 16 A/RES/78/108 20; 17 A/RES/79/178 18.
"""

from pathlib import Path

import pytest

import resparse
from resparse.mandates import extract
from resparse.mandates.actors import table
from resparse.mandates.addressees import actor_phrases

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def items():
    return extract(resparse.parse(FIXTURES / "mandates-items.txt"))


def mandates(items, label):
    return [(m.verb, m.actor) for m in items if m.paragraph == label and m.kind == "mandate"]


def written(items, label):
    return [m.actor_as_written for m in items if m.paragraph == label and m.kind == "mandate"]


# ---------------------------------------------------------------- 1. a chapeau that is a whole mandate


@pytest.mark.parametrize("label", ["1 (a)", "1 (d)"])
def test_gerund_items_after_by_carry_the_chapeau_verb_and_actor(items, label):
    # A/RES/79/152 6: "Also urges States to take immediate and effective action ... and to support and protect all
    # victims and survivors by: (a) Exercising due diligence ...; (d) Ensuring that services ..."
    assert mandates(items, label) == [("urges", "States")]
    m = next(m for m in items if m.paragraph == label and m.kind == "mandate")
    assert m.chapeau == "1" and m.action.split()[0] in ("Exercising", "Ensuring")


def test_the_chapeau_by_means_carries_no_mandate_of_its_own(items):
    # its items carry it (tests/labels/GUIDELINE.md, the thirteenth sample: a chapeau "... within a decade by:"
    # carries no mandate, its items do, mandates_fresh11 n 58); since branch trialfix29a the chapeau's addressees,
    # asked through its items, are no mentions there either (as those of "Requests the Secretary-General:")
    assert mandates(items, "1") == []
    assert [(m.verb, m.actor) for m in items if m.paragraph == "1" and m.kind == "mention"] == []
    assert any(m.actor == "States" and m.paragraph.startswith("1 (") for m in items if m.kind == "mandate")


@pytest.mark.parametrize("label", ["2 (a)", "2 (g)"])
def test_infinitive_items_after_in_this_regard_carry_the_chapeau(items, label):
    # A/RES/78/218 18: "Strongly urges the Government of the Democratic People's Republic of Korea to respect ...
    # and, in this regard: (g) To ensure that ..."
    assert mandates(items, label) == [("urges", "Democratic People's Republic of Korea")]


@pytest.mark.parametrize("label", ["3 (a)", "3 (b)"])
def test_gerund_items_after_by_inter_alia(items, label):
    # A/RES/78/181 2: "Urges Member States ... to ... strategies by, inter alia: (a) Creating ..."
    assert mandates(items, label) == [("urges", "Member States")]


@pytest.mark.parametrize("label", ["4 (a)", "4 (b)"])
def test_items_that_list_content_carry_none(items, label):
    # A/RES/79/124 14: "Further requests the Secretary-General to submit ... a report containing: (a) ..."
    assert mandates(items, label) == []
    assert mandates(items, "4") == [("requests", "Secretary-General")]


@pytest.mark.parametrize("label", ["5 (a)", "5 (c)"])
def test_a_renewed_noun_with_an_adjective_hands_two_actors_to_its_items(items, label):
    # A/RES/78/219 16: "Reiterates the urgent call upon Myanmar or the Myanmar military where applicable: (a) To end
    # ...": a noun form with an adjective, two actors coordinated by "or", a condition cut from the name
    assert mandates(items, label) == [("calls upon", "Myanmar"), ("calls upon", "Myanmar military")]
    assert mandates(items, "5") == []  # the chapeau has no action of its own: its items carry the mandate


def test_items_of_an_action_chapeau_in_the_corpus(corpus_dir):
    # the same kinds in other resolutions: A/RES/79/182 19 (the Myanmar chapeau of the next session) and A/RES/80/184
    # 2 ("... strategies by, inter alia:")
    res = resparse.parse(corpus_dir / "A_RES_79_182.txt")
    # (the items' own verbs aside: 19 (u) "..., and to that end calls upon all stakeholders in Myanmar to ...")
    got = {m.paragraph: m.actor for m in extract(res)
           if m.kind == "mandate" and m.paragraph.startswith("19 (") and m.chapeau == "19"}
    assert len(got) >= 10 and set(got.values()) <= {"Myanmar", "Myanmar military"}
    res = resparse.parse(corpus_dir / "A_RES_80_184.txt")
    items2 = [m for m in extract(res) if m.kind == "mandate" and m.chapeau == "2"]
    assert len(items2) >= 20 and {m.verb for m in items2} == {"urges"}


# ---------------------------------------------------------------- 2. a mandate verb later in the paragraph


def test_demands_that_after_a_verb_that_mandates_nobody(items):
    # A/RES/78/222 2: "Deplores and condemns ..., and demands that the Syrian regime immediately put an end to ..."
    assert mandates(items, "6") == [("demands", "Syrian regime")]
    m = next(m for m in items if m.paragraph == "6" and m.kind == "mandate")
    assert m.action.startswith("immediately put an end")  # the adverb stays with the action


def test_reiterates_the_call_upon_after_recalls(items):
    # A/RES/78/94 7: "Also recalls the decision ..., and reiterates the call upon the administering Power and all
    # relevant stakeholders in New Caledonia to ensure ..."
    assert mandates(items, "7") == [("calls upon", "administering Power"), ("calls upon", "stakeholders")]


def test_reiterates_the_invitation_to(items):
    # A/RES/80/151 64: "Reiterates the invitation to the General Assembly, the Economic and Social Council and the
    # high-level political forum ... to devote adequate time ..."
    assert [a for _, a in mandates(items, "8")][:2] == ["General Assembly", "Economic and Social Council"]
    assert {v for v, _ in mandates(items, "8")} == {"invites"}


def test_another_bodys_request_is_not_renewed(items):
    # A/RES/78/202 31: "Reaffirms the request of the Human Rights Council that ..." (GUIDELINE.md: no mandate)
    assert mandates(items, "9") == []


# ---------------------------------------------------------------- 3. a participle qualifier


@pytest.mark.parametrize("label, actor, as_written", [
    ("10", "entities", "all entities involved with the multidimensional vulnerability index"),
    ("11", "organizations", "relevant organizations involved in mine action"),
    # the Fish Stocks Agreement's term (actors.txt), as the labels name it (mandates_sample n 23, mandates_fresh9 n 64)
    ("12", "States fishing on the high seas", "States fishing on the high seas"),
])
def test_an_addressee_with_a_participle_qualifier(items, label, actor, as_written):
    # A/RES/78/322 15, A/RES/78/70 10, A/RES/80/109 178
    got = [m for m in items if m.paragraph == label and m.kind == "mandate"]
    assert (actor, as_written) in [(m.actor, m.actor_as_written) for m in got]


def test_including_after_a_comma_is_a_nested_list_not_a_qualifier(items):
    # A/RES/80/202 18: "Recommends that States, the United Nations and other actors, including national human rights
    # institutions, non-governmental organizations and bodies and groups ..., ensure ...": all seven addressed
    assert [a for _, a in mandates(items, "13")] == [
        "States", "United Nations", "actors", "national human rights institutions", "non-governmental organizations",
        "bodies", "groups"]


@pytest.mark.parametrize("phrase, head", [("the parties involved in the conflict", "parties"),
                                          ("countries emerging from conflict", "countries"),
                                          ("least developed countries", "least developed countries")])
def test_a_participle_after_a_head_only(phrase, head):
    assert [n.actor.name for n in actor_phrases(phrase, [])] == [head]


# ---------------------------------------------------------------- 4. a head noun the table missed


def test_the_regulators_only(items):
    # A/RES/78/136 39: "Calls upon financial regulators to encourage financial institutions to explore ...": the
    # inner "to encourage" is the action, not a second clause
    assert mandates(items, "14") == [("calls upon", "financial regulators")]


def test_creditors_with_an_apposition(items):
    # A/RES/79/197 13: "... and invites creditors, both private and public, that are not yet fully participating ...
    # to substantially increase ...": "both private and public" qualifies the creditors
    assert mandates(items, "15") == [("invites", "creditors")]


def test_delegations(items):
    # A/RES/78/108 20: "Encourages delegations, during the debate on the report ..., to continue ..."
    assert mandates(items, "16") == [("encourages", "delegations")]


# ---------------------------------------------------------------- 5. a possessive pronoun naming an office


def test_his_office_is_the_office_of_the_high_commissioner(items):
    # A/RES/79/178 18: "Invites the United Nations High Commissioner for Human Rights to ..., and also invites his
    # Office to pursue further work in this area"
    assert mandates(items, "17") == [
        ("invites", "United Nations High Commissioner for Human Rights"),
        ("invites", "Office of the United Nations High Commissioner for Human Rights")]
    assert written(items, "17")[1] == "his Office"
    assert table().resolve("Office of the United Nations High Commissioner for Human Rights").known


@pytest.mark.parametrize("text, office", [
    ("the United Nations High Commissioner for Refugees and his Office",
     "Office of the United Nations High Commissioner for Refugees"),
    ("the Special Representative of the Secretary-General on Violence against Children and her Office",
     "Office of the Special Representative of the Secretary-General on Violence against Children"),
    ("the Commission on Narcotic Drugs and its secretariat", "secretariat of the Commission on Narcotic Drugs"),
])
def test_a_possessive_office_after_a_named_actor(text, office):
    assert actor_phrases(text, [])[-1].actor.name == office


def test_a_plural_renewed_noun_with_an_adjective_in_the_corpus(corpus_dir):
    # A/RES/78/234 40: "Reiterates its previous requests to the Special Rapporteur to consider ..."
    res = resparse.parse(corpus_dir / "A_RES_78_234.txt")
    got = [(m.verb, m.actor_as_written, m.verb_as_written) for m in extract(res)
           if m.paragraph == "40" and m.kind == "mandate"]
    assert got == [("requests", "the Special Rapporteur", "Reiterates its previous requests to")]


def test_gerund_items_after_including_by_in_the_corpus(corpus_dir):
    # A/RES/79/152 5: "Urges States ... to address structural and underlying causes and risk factors, including by:
    # (q) Promoting the full, equal and meaningful participation ..."
    res = resparse.parse(corpus_dir / "A_RES_79_152.txt")
    got = [m for m in extract(res) if m.kind == "mandate" and m.chapeau == "5"]
    assert len(got) >= 10 and {(m.verb, m.actor) for m in got} == {("urges", "States")}
    assert all(m.action.split()[0].rstrip(",").endswith("ing") for m in got)


@pytest.mark.parametrize("phrase, expected", [
    # A/RES/80/109 179: the coordination goes on inside the participle's complement (the Fish Stocks Agreement's
    # "States fishing on the high seas", its complements in another order: tests/test_mandates_kinds_fresh10.py) ...
    ("States fishing for straddling fish stocks and highly migratory fish stocks on the high seas, and relevant "
     "coastal States", ["States fishing on the high seas", "coastal States"]),
    # ... but not over an actor
    ("States participating in the Conference and international organizations",
     ["States", "international organizations"]),
    ("States concerned and international organizations", ["States", "international organizations"]),
])
def test_a_coordination_inside_a_participle_qualifier(phrase, expected):
    assert [n.actor.name for n in actor_phrases(phrase, [])] == expected


def test_to_before_a_preposition_is_no_infinitive():
    from resparse.mandates.clauses import infinitive

    # A/RES/79/145 168: "States and entities referred to in the Convention ... to give due consideration ..."
    body = ("States and entities referred to in the Convention and in article 1, paragraph 2 (b), of the Agreement "
            "to give")
    assert body[infinitive(body):].startswith("to give")
    # A/RES/78/153 24: "developed country parties to at least double ...": "to at least" is an infinitive
    body = "developed country parties to at least double their collective provision"
    assert body[infinitive(body):].startswith("to at least")


def test_a_pinpoint_citation_cuts_no_list():
    # A/RES/79/145 168: the commas of "article 1, paragraph 2 (b), of the Agreement" separate no addressees
    got = actor_phrases("States and entities referred to in the Convention and in article 1, paragraph 2 (b), of the "
                        "Agreement", [])
    assert [n.actor.name for n in got] == ["States", "entities"]


def test_items_of_a_later_clause_that_mandates_nobody_carry_none(corpus_dir):
    # A/RES/80/176 13: "Calls upon Member States to accelerate efforts ..., and in this regard re-emphasizes the
    # resolve: (a) To progressively cover ...": the items are the resolve, no one's mandate
    res = resparse.parse(corpus_dir / "A_RES_80_176.txt")
    got = [(m.paragraph, m.actor) for m in extract(res) if m.kind == "mandate" and m.paragraph.startswith("13")]
    assert got == [("13", "Member States")]


@pytest.mark.parametrize("doc, label, verb, actor", [
    ("A_RES_78_165", "8", "calls upon", "stakeholders"),  # "..., and thus calls upon all stakeholders to"
    ("A_RES_78_222", "32", "encourages", "Security Council"),  # "..., for that reason encourages the Security Council"
    ("A_RES_78_48", "13", "encourages", "States parties"),  # "..., and in that respect encourages States parties"
])
def test_a_later_verb_after_a_connective(corpus_dir, doc, label, verb, actor):
    res = resparse.parse(corpus_dir / f"{doc}.txt")
    got = [(m.verb, m.actor) for m in extract(res) if m.paragraph == label and m.kind == "mandate"]
    assert (verb, actor) in got


@pytest.mark.parametrize("doc, label, verb, written", [
    # "Reiterates its request in this regard to the Government of Israel to assume ..."
    ("A_RES_78_143", "5", "requests", "the Government of Israel"),
    # "..., and in this respect reiterates its request for relevant United Nations system entities, including ..., to"
    ("A_RES_78_132", "27", "requests", "relevant United Nations system entities"),
    # "and therefore invites countries developing integrated national financing frameworks to include ..."
    ("A_RES_78_140", "17", "invites", "countries developing integrated national financing frameworks"),
])
def test_renewed_nouns_and_present_participles_in_the_corpus(corpus_dir, doc, label, verb, written):
    res = resparse.parse(corpus_dir / f"{doc}.txt")
    got = [(m.verb, m.actor_as_written) for m in extract(res) if m.paragraph == label and m.kind == "mandate"]
    assert (verb, written) in got


def test_a_gerund_compound_after_a_singular_head_is_no_qualifier():
    # A/RES/78/177 31: "encourages treaty body monitoring mechanisms and special procedure mandate holders to ..."
    got = actor_phrases("treaty body monitoring mechanisms and special procedure mandate holders", [])
    assert [n.written for n in got] == ["treaty body monitoring mechanisms", "special procedure mandate holders"]


def test_later_verbs_of_a_paragraph_whose_opening_is_no_listed_phrase(corpus_dir):
    # A/RES/78/233 43: "Congratulates those countries ..., notes with appreciation that ..., invites those countries to
    # start the preparations ..., and requests all relevant organizations of the United Nations system ... to ...,
    # while calling upon Member States to support this initiative" (the participle: tests/test_mandates_kinds.py)
    res = resparse.parse(corpus_dir / "A_RES_78_233.txt")
    got = [(m.verb, m.actor_as_written) for m in extract(res) if m.paragraph == "43" and m.kind == "mandate"]
    assert got == [("invites", "those countries"),
                   ("requests", "all relevant organizations of the United Nations system"),
                   ("calls upon", "Member States")]


def test_a_negated_action_keeps_its_negation(corpus_dir):
    # A/RES/79/167 5: "..., and in this context calls upon all Member States neither to recognize those measures nor
    # to apply them"
    res = resparse.parse(corpus_dir / "A_RES_79_167.txt")
    got = [m for m in extract(res) if m.paragraph == "5" and m.kind == "mandate" and m.verb == "calls upon"]
    assert [m.actor for m in got] == ["Member States"] and got[0].action.startswith("neither to recognize")


def test_calls_once_again_upon_is_calls_upon(corpus_dir):
    # A/RES/78/26 5: "Calls once again upon all Member States to renew and fulfil ..." (the adverb inside the verb)
    res = resparse.parse(corpus_dir / "A_RES_78_26.txt")
    got = [m for m in extract(res) if m.paragraph == "5" and m.kind == "mandate"]
    assert [(m.verb, m.actor, m.verb_as_written) for m in got] == [("calls upon", "Member States", "Calls once again upon")]
    assert got[0].force == 71  # calls upon 70, "once again" 1
