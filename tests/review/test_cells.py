"""nlp_stn.review.cells: cell escaping (formula injection), decision words, the tool's notes."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from nlp_stn import review

from review_fixtures import write_run
from review_helpers import read_export, write_sheet


@pytest.mark.parametrize("text", ["=SUM(A1)", "+33 6 12 34 56 78", "-x", "@x", "\tx", "\rx", "'=x", "''+x",
                                  "'plain", "plain", "", "'", "a=b"])
def test_escape_round_trip(text):
    escaped = review.escape_cell(text)
    assert review.unescape_cell(escaped) == text
    assert escaped[:1] not in ("=", "+", "-", "@", "\t", "\r")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("'=+-@\t\r ax\n")), max_size=6))
def test_escape_round_trip_property(text):
    escaped = review.escape_cell(text)
    assert review.unescape_cell(escaped) == text
    assert escaped[:1] not in ("=", "+", "-", "@", "\t", "\r")


def test_escape_rule_exact():
    assert review.escape_cell("=SUM(A1)") == "'=SUM(A1)"
    assert review.escape_cell("'=x") == "''=x"
    assert review.escape_cell("'plain") == "'plain"
    assert review.unescape_cell("'plain") == "'plain"


@pytest.mark.parametrize("cell,expected", [
    ("oui", "oui"), ("OUI", "oui"), (" Yes ", "oui"), ("non", "non"), ("No", "non"),
    ("partiel", "partiel"), ("Partial", "partiel"), ("partiellement", "partiel"), ("PARTIELLE", "partiel"),
    ("incertain", "incertain"), ("Unsure", "incertain"), ("", ""), ("peut-être", None), ("ouii", None),
])
def test_parse_decision(cell, expected):
    assert review.parse_decision(cell) == expected


def test_parse_decision_accents():
    # "Oui" written with accents a spreadsheet user might type, e.g. "partièl", "incértain"
    assert review.parse_decision("partièl") == "partiel"
    assert review.parse_decision("INCÉRTAIN") == "incertain"


def test_formula_cells_survive_round_trip_exactly(tmp_path):
    texts = ["=SUM(A1)", "+33 6 12 34 56 78", "-x", "@x", "'=x", "'hello"]
    demands = {f"D{i}": t for i, t in enumerate(texts)}
    actions = {f"A{i}": t for i, t in enumerate(texts)}
    scores = {f"D{i}": [(f"A{i}", 0.5)] for i in range(len(texts))}
    run_dir = write_run(tmp_path / "run", demands, actions, scores)
    out, db = tmp_path / "review.csv", tmp_path / "db.sqlite"
    review.export_review(run_dir, out, db)
    fields, rows = read_export(out)
    for row in rows:
        if row["action_id"]:
            row["decision"] = "oui"
            row["comment"] = row["action_text"]  # the escaped text as the spreadsheet shows it
    sheet = tmp_path / "edited.csv"
    write_sheet(sheet, fields, rows)
    review.import_review(sheet, db, run_dir, reviewer="bob")
    comments = {d.demand_id: d.comment for d in review.load_decisions(db)}
    assert comments == {f"D{i}": t for i, t in enumerate(texts)}


def test_tool_notes_are_stripped_and_the_reviewers_words_kept():
    note = ("à revoir : texte modifié\ndécision précédente : oui (alice, 26/11/2026) — commentaire : « vu »\n"
            "ancien texte de la demande : « Créer un réseau »")
    assert review.strip_tool_notes(note) == ""
    assert review.strip_tool_notes(note + "\nD'accord avec alice") == "D'accord avec alice"
    assert review.strip_tool_notes("Mon avis\n" + note.replace("l'", "l’")) == "Mon avis"
    assert review.strip_tool_notes("avis partagés entre relecteurs : à trancher\ndécision de bruno : non (26/11/2026)"
                                   "\ntranché en réunion") == "tranché en réunion"
    assert review.strip_tool_notes("décision précédente du bureau : à voir") == "décision précédente du bureau : à voir"
    # written on the note's own line (a tester's file), and a reviewer's own « À revoir … »
    assert review.strip_tool_notes("à revoir : texte modifié — relu, toujours non") == "relu, toujours non"
    assert review.strip_tool_notes("À revoir avec le service\nmobilités") == "À revoir avec le service\nmobilités"
