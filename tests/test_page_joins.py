"""Where the normalizer starts and joins paragraphs across a page break or a lost blank line, on real texts: a list
cut by the page after a comma goes on; a heading alone at the top of a page stays a heading."""

from __future__ import annotations

from pathlib import Path

import pytest

import resparse

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_list_cut_by_a_page_break_after_a_comma_goes_on():
    # 78/310 (a copy of the corpus file): page 1 ends "... 67/17 of 28 November 2012, 69/6 of 31 October 2014," on a
    # full line; page 2 opens "71/160 of 16 December 2016, ...": one recital, not two (a recital that ends with a
    # comma ends on a short line)
    res = resparse.parse(FIXTURES / "A_RES_78_310.txt")
    assert "69/6 of 31 October 2014, 71/160 of 16 December 2016, 73/24 of 3 December 2018" in res.get("PP4").text
    assert all(p.opening for p in res.paragraphs)


def test_page_break_joins_of_lists_and_names_but_not_headings(corpus_dir):
    # the kind in other files: names (80/223), a title (79/67), Council resolutions (79/98), and after a footnote
    # block, a marker glued to the comma (78/219 "47/1 of 12 July 2021,7"); a heading alone on the next page after
    # a full line ending with a comma stays a heading (78/148 "Social aspects")
    joined = {
        "80_223": "Asan and Aziz Akhtemov, Iryna Danylovych, Bohdan Ziza",
        "79_67": "in a Timely and Reliable Manner, Illicit Small Arms and Light Weapons",
        "79_98": "1979 (2011) on 27 April 2011, 2044 (2012) on 24 April 2012",
        "78_219": "47/1 of 12 July 2021, 46/21 of 24 March 2021",
    }
    for name, words in joined.items():
        res = resparse.parse(corpus_dir / f"A_RES_{name}.txt")
        assert any(words in p.text for p in res.paragraphs), name
        assert all(p.opening for p in res.paragraphs if p.kind == "preambular"), name
    res = resparse.parse(corpus_dir / "A_RES_78_148.txt")
    assert any(h.text == "Social aspects" for h in res.headings)
    assert not any("Social aspects" in p.text for p in res.walk())


def test_a_recital_is_no_heading_and_a_blank_line_inside_it_does_not_cut_it(corpus_dir):
    # 78/8 PP1 "Having received the report of the International Atomic Energy Agency for 2022 1" lost its comma: it
    # was read as a heading; a line that opens with a preambular opening phrase is a recital. 79/145 PP42 has a
    # blank line after its full second line "... adopted by the Food and Agriculture": its first two lines were a
    # heading and "Organization of the United Nations," a recital of its own
    res = resparse.parse(corpus_dir / "A_RES_78_8.txt")
    assert res.get("PP1").text == "Having received the report of the International Atomic Energy Agency for 2022"
    assert res.get("PP1").footnotes == ["1"] and res.get("PP2").opening == "Taking note"
    assert not res.headings
    res = resparse.parse(corpus_dir / "A_RES_79_145.txt")
    para = res.get("PP42")
    assert para.opening == "Recalling"
    assert para.text.endswith("adopted by the Food and Agriculture Organization of the United Nations,")
    assert not any(h.text.startswith("Recalling") for h in res.headings)


def test_a_designation_that_continues_a_sentence_is_no_heading(corpus_dir):
    # 78/81 PP1 "... transmitted to the Secretary-General in accordance with / Article 73 e of the Charter ...": the
    # line that starts "Article 73" continues the sentence cut at a lower-case word on a full line; it was a heading
    # that opened a numbering scope, and every operative paragraph was labelled "article 73.1", "article 73.2", ...
    # (78/81, 78/312, 79/94, 80/12, 80/85, 80/116; 45 such headings in 44 files). A heading designation after a
    # short title line stays a heading (78/128's rules of procedure: "I. Representation and credentials / Rule 1")
    for name, words in [("78_81", "in accordance with Article 73 e of the Charter"),
                        ("80_12", "Article 26"), ("80_116", "Article 65")]:
        res = resparse.parse(corpus_dir / f"A_RES_{name}.txt")
        assert not [p.label for p in res.walk() if p.label.startswith("article")], name
        assert res.get("1").kind == "operative" and not any(h.text.startswith("Article") for h in res.headings)
        assert any(words in p.text for p in res.walk()), name
    res = resparse.parse(corpus_dir / "A_RES_78_128.txt")
    assert "annex III rule 1" in [p.label for p in res.walk()]
    # after a comma: 78/255 1 (b) (v) "... away from The Hague (Statute, / Article 22), not exceeding ..."
    res = resparse.parse(corpus_dir / "A_RES_78_255.txt")
    assert res.get("1 (b) (v)").text.endswith("(Statute, Article 22), not exceeding a total of 12,500 dollars;")


def test_a_resumed_plenary_meeting_is_the_meeting_line(corpus_dir):
    # "50th (resumed) plenary meeting / 22 December 2023" closes 72 corpus resolutions adopted at a resumed meeting;
    # the plenary shape (shapes.PLENARY_WORDS, one pattern for normalize, lex and build) did not allow "(resumed)",
    # so the line was a heading and the resolution had no meeting
    res = resparse.parse(corpus_dir / "A_RES_78_230.txt")
    assert (res.meeting, res.date) == ("50th (resumed) plenary meeting", "22 December 2023")
    assert not any("plenary meeting" in h.text for h in res.headings)


def test_a_year_wrapped_alone_onto_its_line_ends_the_sentence_and_is_no_paragraph_number(corpus_dir):
    # 78/125 (a copy of the corpus file) 5 ends "... until 13 December / 2028." on a line of its own, then the plenary
    # line: "2028." was read as a paragraph number alone on its line, whose text is on the next line, so the plenary
    # line and date were glued to 5 and the meeting was lost
    res = resparse.parse(FIXTURES / "A_RES_78_125.txt")
    assert res.get("5").text.endswith("until 13 December 2028.")
    assert res.meeting == "48th plenary meeting"
    # the kind in other files: 80/117 annex 68 "... mental health conditions by / 2030." took the heading after it;
    # 79/233 annex 114's bullets ("... doubling their exports of trade in services by / 2034.") became a paragraph
    # "U2" opening "2034. Address non-tariff measures"
    res = resparse.parse(corpus_dir / "A_RES_80_117.txt")
    assert res.get("annex 68").text.endswith("mental health conditions by 2030.")
    assert any(h.text == "Strengthen governance" for h in res.headings)
    res = resparse.parse(corpus_dir / "A_RES_79_233.txt")
    assert "trade in services by 2034.\nAddress non-tariff measures" in res.get("annex 114").text
    assert not any(p.text.startswith("2034.") for p in res.walk())


def test_a_lead_in_before_a_blank_line_and_a_numbered_paragraph_is_not_the_tail_of_the_paragraph_before():
    # 78/4 (a copy of the corpus file), the political declaration: "... of the Sustainable Development Goals. / As a
    # follow-up to the present political declaration, we: / [blank line] / 108. Request the Secretary-General ...":
    # the lead-in introduces 108 (a heading before it); it was glued onto 107, whose action ended "... Goals. As a
    # follow-up to the present political declaration, we:" (79/233's "We commit to taking the following actions:"
    # had no blank line before its paragraph)
    from resparse.mandates import extract

    res = resparse.parse(FIXTURES / "A_RES_78_4.txt")
    assert res.get("annex 107").text.endswith("all health-related targets of the Sustainable Development Goals.")
    lead_in = [h for h in res.headings if h.before == "annex 108"]
    assert [h.text for h in lead_in] == ["As a follow-up to the present political declaration, we:"]
    actions = [m.action for m in extract(res) if m.paragraph == "annex 107" and m.kind == "mandate"]
    assert len(actions) == 1 and actions[0].endswith("health-related targets of the Sustainable Development Goals")


def test_the_wrapped_year_in_the_pdf_of_78_125():
    # the same layout read from the PDF itself (``resparse parse A_RES_78_125.pdf``, as the trial did)
    pdf = Path(__file__).resolve().parents[1].parent / "shared" / "pdfs" / "A_RES_78_125.pdf"
    if not pdf.exists():
        pytest.skip("../shared/pdfs is not present")
    res = resparse.parse(pdf)
    assert res.get("5").text.endswith("until 13 December 2028.")
    assert (res.meeting, res.date) == ("48th plenary meeting", "18 December 2023")


def test_a_word_broken_at_a_hyphen_is_joined_again_and_a_hanging_hyphen_is_not():
    """ "including non- governmental organizations" (A/RES/78/184, para. 64: the PDF's text joins a word broken at its
    hyphen with a space): "non-governmental"; "low- and middle-income", "medium- to long-term" keep their space, a
    first word that the next compound completes. The source map still points at the source's characters."""
    res = resparse.parse(FIXTURES / "references" / "A_RES_78_184.txt")
    p = res.get("64")
    assert "as appropriate, non-governmental organizations and development actors" in p.text
    from resparse.normalize import clean_line

    text, colmap, _ = clean_line("including non- governmental organizations, low- and middle-income and medium- to "
                                 "long-term, self- determination")
    assert text == ("including non-governmental organizations, low- and middle-income and medium- to long-term, "
                    "self-determination")
    # "governmental" stands one column further right in the source than in the clean line
    assert colmap[1] == (text.index("governmental"), text.index("governmental") + 1)
