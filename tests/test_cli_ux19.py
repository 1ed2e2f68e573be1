"""What the nineteenth session's fresh-user trials met in the command line and the Python API, on real texts: a
title several resolutions share, options that need ``--db``, empty answers said plainly, notes on a query that
cannot match, the short forms of a paragraph label read alike by the CLI and the API."""

from __future__ import annotations

import json
import re

import pytest

from resparse.cli import main

from conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "ux19"
# "The right to food": the title of A/RES/78/198 (19 December 2023, 53 operative paragraphs) and of A/RES/79/171
# (17 December 2024, 51 operative paragraphs), as of 80/210


def _food(corpus_dir, order):
    return [str(corpus_dir / f"A_RES_{n}.txt") for n in order]


@pytest.mark.parametrize("order", [("78_198", "79_171"), ("79_171", "78_198")])
@pytest.mark.parametrize("note", ["right_to_food.note.md", "right_to_food_dated.note.md"])
def test_a_title_of_two_resolutions_is_the_one_the_note_cites_in_either_order(corpus_dir, capsys, order, note):
    """"resolution 79/171 on the right to food": the title named right after the symbol made the first file loaded
    of that title (78/198) current, and "paragraph 52" was checked against it (it exists there, not in 79/171);
    the title is now the cited resolution's, or the one its date names, whatever the order of --against."""
    code = main(["check", str(FIXTURES / note), "--against", *_food(corpus_dir, order), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 1
    assert [(f["code"], f["resolution"], f["paragraph"]) for f in data["findings"]] == [("R101", "A/RES/79/171", "52")]
    assert data["summary"]["citations_not_checked"] == 0


@pytest.mark.parametrize("order", [("78_198", "79_171"), ("79_171", "78_198")])
def test_a_title_of_two_resolutions_alone_checks_against_neither_and_says_so(corpus_dir, capsys, order):
    """The title alone does not say which: no paragraph is checked against a guess (it was the first loaded), the
    R204 warning names both, and the summary says the citations were NOT CHECKED."""
    code = main(["check", str(FIXTURES / "right_to_food_undated.note.md"), "--against", *_food(corpus_dir, order)])
    out, err = capsys.readouterr()
    assert code == 1  # its citations NOT CHECKED (R204): a finding (branch trialfix29c)
    lines = out.splitlines()
    assert len(lines) == 2 and all("R204" in x and "A/RES/78/198 and A/RES/79/171" in x for x in lines)
    assert "citations verified 0 of 2" in err and "2 citations NOT CHECKED" in err


def test_the_summary_counts_citations_not_checked_apart(capsys):
    """note_2017_28.md cites two resolutions that are not loaded (R001) and a symbol A/71/280 (R002): the summary
    says 3 citations NOT CHECKED, the JSON holds the count."""
    note = str(ROOT / "tests" / "fixtures" / "note_2017_28.md")
    main(["check", note])
    err = capsys.readouterr().err
    assert "citations verified 7 of 11 (1 with warnings)" in err and "; 3 citations NOT CHECKED" in err
    main(["check", note, "--json"])
    assert json.loads(capsys.readouterr().out)["summary"]["citations_not_checked"] == 3


# ---------------------------------------------------------------- graph


@pytest.mark.parametrize("argv", [["--centre", "70/1"], ["--session", "80"], ["--min-cited", "3"],
                                  ["--most-cited", "10"], ["--min-cited", "3", "--most-cited", "10"]])
def test_graph_options_of_a_corpus_need_db(capsys, argv, tmp_path):
    """They were ignored silently on a graph of files (the bundled 71/280 drawn, exit 0): exit 2, one line that
    names the option and --db, nothing written."""
    page = tmp_path / "p.html"
    assert main(["graph", *argv, "--html", str(page)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and argv[0] in err and "--db" in err and not page.exists()


def test_group_names_are_phrases_not_a_generic_word():
    """A group of the corpus view was named "nuclear" (78/27's group), "Islands" (the decolonization resolutions),
    "safety": a phrase of its members' titles names it now, and one always written after a function word
    ("Chemical Weapons" after "of") is whole. Titles as the corpus writes them (A/RES/78/27, 78/34, 78/239, 78/53,
    78/18; 78/89, 78/99, 78/90, 78/101, 78/83, 79/115; 78/118, 78/29, 79/134, 80/34, 78/290)."""
    from resparse.graph import _group_names

    nuclear = ["Follow-up to the 2013 high-level meeting of the General Assembly on nuclear disarmament",
               "Humanitarian consequences of nuclear weapons", "Nuclear disarmament verification",
               "Nuclear disarmament", "Conclusion of effective international arrangements to assure "
               "non-nuclear-weapon States against the use or threat of use of nuclear weapons"]
    islands = ["Question of the British Virgin Islands", "Question of the United States Virgin Islands",
               "Question of the Cayman Islands",
               "Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples",
               "Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples "
               "by the specialized agencies and the international institutions associated with the United Nations",
               "Implementation of the Declaration on the Granting of Independence to Colonial Countries and "
               "Peoples: eradicating colonialism in all its forms and manifestations"]
    safety = ["Safety and security of humanitarian personnel and protection of United Nations personnel",
              "Implementation of the Convention on the Prohibition of the Development, Production, Stockpiling and "
              "Use of Chemical Weapons and on Their Destruction",
              "Cooperation between the United Nations and the Organisation for the Prohibition of Chemical Weapons",
              "Implementation of the Convention on the Prohibition of the Development, Production, Stockpiling and "
              "Use of Chemical Weapons and on Their Destruction", "Improving global road safety"]
    names = _group_names([nuclear, islands, safety])
    assert all(" " in n for n in names), names
    assert names[0] in ("nuclear disarmament", "nuclear weapons")
    assert "Colonial Countries and Peoples" in names[1]
    assert "Chemical Weapons" in names[2]


@pytest.fixture(scope="module")
def food_db(tmp_path_factory):
    """A database of three real resolutions: 78/198 and 79/171 ("The right to food") and 80/1 (participation of
    the State of Palestine, which cites no resolution of these and no document cited 5 times or more)."""
    from conftest import CORPUS
    from resparse import corpus

    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    path = tmp_path_factory.mktemp("food") / "food.sqlite"
    corpus.build([CORPUS / f"A_RES_{n}.txt" for n in ("78_198", "79_171", "80_1")], path, jobs=1)
    return path


def test_graph_centre_with_nothing_around_it_says_so(food_db, capsys, tmp_path):
    """--centre 80/1 drew "0 groups of 0 resolutions, 1 resolution alone" and a dot (and, where nothing at all was
    drawn, a KeyError in the layout); a centre with neighbours has the page's line say what is around it, without "0
    groups of 0 resolutions". (A centre with nothing at all around it is one line that says why, exit 2, no page:
    cli.py's "nothing to draw around"; no resolution of this database cites nothing since the centre's own citations
    are kept.)"""
    page = tmp_path / "p.html"
    # since the twenty-seventh session (branch trialfix27r) the centre's own citations are kept whatever --min-cited
    # ("graph --centre 79/1 --json" dropped 79/1's citations of 48/141, 53/30, ...): 80/1's one citation of
    # resolution 169 (II), cited once, is drawn, and the line says what is around it
    assert main(["graph", "--db", str(food_db), "--centre", "80/1", "--html", str(page)]) == 0
    out, err = capsys.readouterr()
    line = next(x for x in out.splitlines() if x.startswith("page: "))
    assert "0 groups" not in line and "around A/RES/80/1: cited by 0 resolutions of the corpus; cites 0 resolutions " \
                                     "of the corpus and 1 document outside it" in line
    assert "Traceback" not in err
    assert page.exists()
    page.unlink()
    assert main(["graph", "--db", str(food_db), "--centre", "79/171", "--html", str(page), "--min-cited", "1"]) == 0
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if x.startswith("page: "))
    assert "0 groups" not in line and "around A/RES/79/171: cited by 0 resolutions of the corpus; cites 0 " \
                                     "resolutions of the corpus and" in line
    assert page.exists()


def test_mandates_page_labels_of_actors_and_documents_do_not_overlap(corpus_dir):
    """79/171's --mandates page drew "funds and programmes" over "World Bank", "Food and Agriculture Organization of
    the United Nations" over the column of cited documents: the right-hand columns are now as wide as their
    labels wrapped (vis-network's widthConstraint, LABEL_WRAP) and each node stands below the label of the one
    above it. Checked on the boxes the page draws: shape, then the label's lines under it."""
    import resparse
    from resparse import graph as graphs
    from resparse.references import resolve
    from resparse.render.layout import LABEL_LINE, _label_lines, _label_width, reading_positions

    res = resparse.parse(corpus_dir / "A_RES_79_171.txt")
    g = graphs.build_graph([res], references={graphs.resolution_id(res): resolve(res)},
                           extensions=[graphs.add_mandates])
    pos = reading_positions(g)
    boxes = []
    for n, d in g.nodes(data=True):
        if d.get("kind") in ("actor", "document"):
            x, y = pos[n]
            w, h = max(_label_width(d["label"]), 26), 16 + _label_lines(d["label"]) * LABEL_LINE
            boxes.append((d["label"], (x - w / 2, y - 13, x + w / 2, y + h)))
    assert len(boxes) > 40
    overlaps = [(a, b) for i, (a, p) in enumerate(boxes) for b, q in boxes[i + 1:]
                if p[0] < q[2] and q[0] < p[2] and p[1] < q[3] and q[1] < p[3]]
    assert not overlaps, overlaps[:5]


# ---------------------------------------------------------------- mandates


def test_a_verb_no_mandate_has_names_the_verbs_there_are(capsys):
    """--verb demands on 71/280 said only "no mandate or mention of verb 'demands'": the note names the verbs its
    mandates have, with counts; --verb welcomes (an operative opening that asks no one to act) says so and lists
    the mandate verbs once each; --verb asks says it is read as "requests"."""
    f = str(ROOT / "texts" / "A_RES_71_280.txt")
    assert main(["mandates", f, "--verb", "demands"]) == 1
    err = capsys.readouterr().err
    assert "no mandate or mention of verb 'demands'; the verbs of their mandates: " in err
    assert "requests (" in err and "decides (" in err
    assert main(["mandates", f, "--verb", "welcomes"]) == 2
    err = capsys.readouterr().err
    assert "'welcomes' opens operative paragraphs but asks no one to act" in err and err.count("\n") == 1
    listed = err.split("the mandate verbs are: ")[1].split(" (also read")[0].split(", ")
    assert "requests" in listed and "asks" not in listed and len(listed) == len(set(listed))
    assert main(["mandates", f, "--verb", "asks", "--json"]) == 0
    out, err = capsys.readouterr()
    assert "verb 'asks' is read as 'requests'" in err
    assert {r["verb"] for r in json.loads(out)} == {"requests"}


def test_timeline_and_actors_wrap_long_actor_names(corpus_dir, capsys):
    """--timeline cut "Special Rapporteur on the rig..." (79/171 49, 78/198 51) and `actors` "Food and Agriculture
    Organization of the ...": the name is whole, its rest on the next line in its column."""
    files = [str(corpus_dir / "A_RES_79_171.txt"), str(corpus_dir / "A_RES_78_198.txt")]
    assert main(["mandates", "--timeline", *files]) == 0
    lines = capsys.readouterr().out.splitlines()
    # no row cuts its actor's name (each row's action, the line under it since branch ux32, is cut as --reports cuts it)
    assert not any("..." in x for x in lines if re.match(r"  \d{4}", x))
    i = next(i for i, x in enumerate(lines) if "A/RES/79/171 49" in x)
    column = lines[i].index("Special Rapporteur")
    assert lines[i + 1][:column].strip() == "" and (lines[i][column:column + 34].split("  ")[0] + " "
                                                    + lines[i + 1].strip()) == "Special Rapporteur on the right to food"
    assert main(["actors", files[0]]) == 0
    text = capsys.readouterr().out
    assert "..." not in text and "Food and Agriculture Organization of the" in text and "\n  United Nations\n" in text


def test_as_a_whole_counts_of_timeline_say_what_they_count(capsys):
    """The Office for Disarmament Affairs' answer counted "the Secretariat as a whole: 11 mandates, 16 mentions";
    with --timeline the line said "3 mandates, 0 mentions" (the dated ones only), with no word of why. It now says
    what it keeps and the plain answer's count beside (79/40 and 78/330, real texts in tests/fixtures)."""
    files = [str(ROOT / "tests" / "fixtures" / f) for f in ("A_RES_79_40.txt", "A_RES_78_330.txt")]
    assert main(["mandates", *files, "--actor", "Office for Disarmament Affairs"]) == 0
    plain = capsys.readouterr().out
    whole = plain.split("also the Secretariat as a whole: ")[1].split(", in ")[0]  # "11 mandates, 16 mentions"
    main(["mandates", *files, "--actor", "Office for Disarmament Affairs", "--timeline"])
    err = capsys.readouterr().err
    assert "also the Secretariat as a whole: " in err and " mandates with a deadline, in " in err
    assert f", of {whole} in all (--groups lists them)" in err
    main(["mandates", *files, "--actor", "Office for Disarmament Affairs", "--reports"])
    err = capsys.readouterr().err
    assert ("that ask for a report, in " in err and f", of {whole} in all" in err) or "none of which asks" in err


# ---------------------------------------------------------------- Python API


def test_python_api_reads_labels_and_short_forms_as_the_cli(res_71_280):
    """res.get("22(a)") and res.get("OP22(a)") gave None where the CLI (cited-by --paragraph) reads them as
    "22 (a)": one reader, :func:`resparse.labels.canonical_label`; mandates.lookup/select(actor="SG") found
    nothing where `mandates --actor SG` answers with the Secretary-General's rows."""
    from resparse import mandates

    for written in ("22 (a)", "22(a)", "OP22(a)", "para. 22 (a)"):
        assert res_71_280.get(written) is res_71_280.get("22 (a)") is not None
    assert res_71_280.get("pp 3") is res_71_280.get("PP3") is not None
    assert res_71_280.get("99") is None and res_71_280.get("nonsense") is None
    items = mandates.extract(res_71_280)
    by_form = [(x.mandate.paragraph, x.relation) for x in mandates.select(items, actor="SG")]
    assert by_form and by_form == [(x.mandate.paragraph, x.relation)
                                   for x in mandates.select(items, actor="Secretary-General")]
    assert mandates.lookup(items, actor="SG") and len(mandates.lookup(items, actor="SG")) == len(
        mandates.lookup(items, actor="Secretary-General"))


def test_select_session_without_reports_is_a_value_error(res_71_280):
    """select(items, session=72) was read as reports=True unasked (the CLI refuses --session without --reports)."""
    from resparse import mandates

    items = mandates.extract(res_71_280)
    with pytest.raises(ValueError, match="session=72 needs reports=True"):
        mandates.select(items, session=72)
    assert mandates.select(items, reports=True, session=72) == [
        x for x in mandates.select(items, reports=True) if any(r.due_at(72) for r in x.mandate.reports)]


# ---------------------------------------------------------------- inputs


def _readme_folder(tmp_path):
    """A folder holding the corpus's README.md (a real file that is no resolution)."""
    from conftest import CORPUS

    readme = CORPUS.parent / "README.md"
    if not readme.is_file():
        pytest.skip("../shared/corpus is not present")
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "README.md").write_bytes(readme.read_bytes())
    return folder


def test_corpus_build_of_a_folder_with_no_resolution_is_exit_2(tmp_path, capsys):
    """A folder holding only the corpus's README gave "1 files: 0 parsed, ..., 1 skipped" and exit 0 with an empty
    database written: one line, exit 2, nothing written (as an empty folder)."""
    folder = _readme_folder(tmp_path)
    db = tmp_path / "c.sqlite"
    assert main(["corpus", "build", str(folder), "--db", str(db), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no resolution to build from" in err and "nothing written" in err
    assert not db.exists() and not list(tmp_path.glob("c.sqlite*"))


@pytest.mark.parametrize("limit", ["0", "-3"])
def test_search_limit_below_one_is_a_usage_error(capsys, limit, tmp_path):
    """--limit 0 listed nothing and -3 everything (SQLite reads a negative LIMIT as none), both exit 0: exit 2."""
    with pytest.raises(SystemExit) as exc:
        main(["search", "food", "--db", str(tmp_path / "none.sqlite"), "--limit", limit])
    assert exc.value.code == 2
    assert "1 or more" in capsys.readouterr().err


def test_search_api_refuses_a_limit_below_one(tmp_path):
    from resparse import corpus
    from resparse.errors import InputError

    with pytest.raises(InputError, match="1 or more"):
        corpus.search(tmp_path / "none.sqlite", "food", limit=0)


def test_a_skipped_file_is_read_once(tmp_path, capsys, monkeypatch):
    """A README in a folder given to mandates was read twice: by the parser, then again for its skip note
    (issue 10's last line); the note now takes the text the parser read."""
    from resparse import sources

    folder = _readme_folder(tmp_path)
    (folder / "A_RES_71_280.txt").write_bytes((ROOT / "texts" / "A_RES_71_280.txt").read_bytes())
    reads = []
    real = sources.read

    def counting(path, *a, **k):
        reads.append(str(path))
        return real(path, *a, **k)

    monkeypatch.setattr(sources, "read", counting)
    assert main(["mandates", str(folder), "--json"]) == 0
    assert "skipped: not a resolution" in capsys.readouterr().err
    assert sum(p.endswith("README.md") for p in reads) == 1
