"""Akoma Ntoso: the designated units of an annex (rules of procedure, articles of a convention) as elements, "the
present rule" as a ref to its rule, and one eId prefix for all the parts of an annex (render/akn.py)."""

from pathlib import Path

import pytest
from lxml import etree

import resparse
from resparse.render.akn import AKN, RS, to_akn, validate
from resparse.sources.akn import read_bytes

FIXTURES = Path(__file__).parent / "fixtures"
NS = {"a": AKN, "rs": RS}


@pytest.fixture(scope="module")
def rules_78_128():
    """A/RES/78/128: annex III holds the rules of procedure of the 2025 Ocean Conference ("Rule 24 / Right of reply /
    1. ... 2. The statements made under the present rule ...")."""
    res = resparse.parse(FIXTURES / "A_RES_78_128.txt")
    xml = to_akn(res)
    return res, xml, etree.fromstring(xml.encode())


def test_a_rule_is_one_element_holding_its_heading_and_paragraphs(rules_78_128):
    _res, xml, root = rules_78_128
    assert validate(xml) == []
    rule = root.find(".//a:rule[@eId='annex_3__rule_24']", NS)
    assert rule is not None and rule.get(f"{{{RS}}}label") == "annex III rule 24"
    assert "".join(rule.find("a:crossHeading", NS).itertext()) == "Rule 24 Right of reply"
    assert [p.get(f"{{{RS}}}label") for p in rule.findall("a:paragraph", NS)] == [
        "annex III rule 24.1", "annex III rule 24.2", "annex III rule 24.3"]
    # a heading above the rules is not the rule's: "Rule 1" is in its chapter, "I. Representation ..." before it
    rules = root.findall(".//a:rule", NS)
    assert len(rules) == 68 and all(r.getparent().tag == f"{{{AKN}}}hcontainer" for r in rules)


def test_the_present_rule_is_a_ref_to_its_rule(rules_78_128):
    _res, _xml, root = rules_78_128
    for label in ("annex III rule 24.2", "annex III rule 24.3"):
        p = root.find(f".//a:paragraph[@rs:label='{label}']/a:content/a:p", NS)
        [ref] = [r for r in p.iter(f"{{{AKN}}}ref", f"{{{AKN}}}mref") if "".join(r.itertext()) == "the present rule"]
        assert ref.tag == f"{{{AKN}}}ref" and ref.get("href") == "#annex_3__rule_24"
    # a rule named whole elsewhere ("rule 48" in rule 11, the JSON's targets its paragraphs 48.1 and 48.2): its element
    p = root.find(".//a:paragraph[@rs:label='annex III rule 11']/a:content/a:p", NS)
    [ref] = [r for r in p.iter(f"{{{AKN}}}ref", f"{{{AKN}}}mref") if "".join(r.itertext()) == "rule 48"]
    assert ref.tag == f"{{{AKN}}}ref" and ref.get("href") == "#annex_3__rule_48"


def test_a_rule_of_unnumbered_text_keeps_its_id_and_the_file_reads_back(rules_78_128):
    res, _xml, root = rules_78_128
    rule = root.find(".//a:rule[@eId='annex_3__rule_22']", NS)
    [p] = rule.findall("a:paragraph", NS)
    assert p.get("eId") == "annex_3__rule_22__para_u1" and p.get(f"{{{RS}}}id") == "annex_3__rule_22"
    back = read_bytes(etree.tostring(root))
    assert back.to_dict() | {"source": None} == res.to_dict() | {"source": None}


def test_every_part_of_an_annex_has_the_annex_prefix(rules_78_128):
    res, _xml, root = rules_78_128
    for i, att in enumerate(root.findall(".//a:attachments/a:attachment", NS), 1):
        body = att.find("a:doc/a:mainBody", NS)
        eids = [el.get("eId") for el in body.iter() if el.get("eId")]
        assert eids and all(e.startswith(f"annex_{i}__") for e in eids), [e for e in eids if
                                                                          not e.startswith(f"annex_{i}__")][:3]
    headings = [el.get("eId") for el in root.iter(f"{{{AKN}}}crossHeading")]
    assert "annex_3__crossHeading_44" in headings and not any(h.startswith("att_") for h in headings)


def test_an_article_with_text_of_its_own_and_paragraphs():
    """A/RES/80/162's annex: "Article 2 / Definitions / For the purposes of this Convention: / 1. ..." — the
    article's own text and its numbered paragraphs in one article element, eIds unique."""
    res = resparse.parse(FIXTURES / "A_RES_80_162.txt")
    xml = to_akn(res)
    assert validate(xml) == []
    root = etree.fromstring(xml.encode())
    art = root.find(".//a:article[@eId='annex_1__article_2']", NS)
    labels = [p.get(f"{{{RS}}}label") for p in art.findall("a:paragraph", NS)]
    assert labels[:3] == ["annex article 2", "annex article 2.1", "annex article 2.2"]
    assert read_bytes(xml.encode()).to_dict() | {"source": None} == res.to_dict() | {"source": None}
