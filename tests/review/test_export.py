"""nlp_stn.review.export: the review file's columns, order, blind mode, what is exported again."""
from __future__ import annotations

import pytest

from nlp_stn import review
from nlp_stn.errors import ReviewError
from nlp_stn.model import pair_id, text_hash

from review_fixtures import write_run
from review_helpers import (ACTIONS, DEMANDS, SCORES, _import_decisions, by_pair, match_run, read_export, write_sheet,
                            run_dir)


def test_export_columns_order_and_rows(run_dir, tmp_path):
    out = tmp_path / "review.csv"
    result = review.export_review(run_dir, out, tmp_path / "db.sqlite")
    fields, rows = read_export(out)
    assert tuple(fields) == review.COLUMNS
    assert result.rows == len(rows) == 8 + 4  # 2 candidates + 1 "no action" row per demand
    assert result.demands == 4
    pairs = by_pair(rows)
    d1a1 = pairs[("D1", "A1")]
    assert d1a1["pair_id"] == pair_id("D1", "A1")
    assert d1a1["suggestion"] == "oui" and d1a1["rank"] == "1" and d1a1["score"] == "0.900"
    assert d1a1["demand_hash"] == "sha1:" + text_hash(DEMANDS["D1"])
    assert pairs[("D2", "A3")]["suggestion"] == "partiel"
    assert pairs[("D3", "")]["suggestion"] == "oui"  # the machine says no action answers D3
    assert pairs[("D1", "")]["suggestion"] == "non"
    assert pairs[("D1", "")]["pair_id"] == pair_id("D1", "")
    # formula-like cells are shown as text, long texts with line breaks stay in one cell
    assert d1a1["demand_text"] == "'" + DEMANDS["D1"]
    assert d1a1["action_text"] == "'+33 6 12 34 56 78"
    assert pairs[("D3", "A2")]["demand_text"] == "''=déjà précédé d'une apostrophe"
    assert pairs[("D2", "A3")]["demand_text"] == DEMANDS["D2"]


def test_export_least_certain_first(run_dir, tmp_path):
    out = tmp_path / "review.csv"
    review.export_review(run_dir, out, tmp_path / "db.sqlite")
    _, rows = read_export(out)
    # distance of the score to the nearest threshold (0.6 / 0.3); "no action" rows: best score to 0.3
    assert [(r["demand_id"], r["action_id"]) for r in rows] == [
        ("D4", "A4"), ("D2", "A3"), ("D1", "A2"), ("D3", "A2"), ("D3", ""), ("D4", "A2"),
        ("D2", "A4"), ("D3", "A1"), ("D2", ""), ("D1", "A1"), ("D4", ""), ("D1", "")]


def test_export_blind_and_delimiter(run_dir, tmp_path):
    out = tmp_path / "blind.csv"
    review.export_review(run_dir, out, tmp_path / "db.sqlite", blind=True, delimiter=",")
    fields, rows = read_export(out, delimiter=",")
    assert tuple(fields) == review.BLIND_COLUMNS
    assert "score" not in fields and "suggestion" not in fields
    assert len(rows) == 12


def test_export_bad_delimiter(run_dir, tmp_path):
    with pytest.raises(ReviewError) as err:
        review.export_review(run_dir, tmp_path / "x.csv", tmp_path / "db.sqlite", delimiter="|")
    assert str(err.value) == "séparateur « | » non pris en charge : choisissez « ; » ou « , »."


def test_export_missing_run(tmp_path):
    with pytest.raises(ReviewError) as err:
        review.export_review(tmp_path / "nope", tmp_path / "x.csv", tmp_path / "db.sqlite")
    assert str(err.value).startswith(f"{tmp_path / 'nope'} : dossier de résultats introuvable")


def test_decided_rows_not_exported_again(run_dir, tmp_path):
    db = tmp_path / "db.sqlite"
    _import_decisions(run_dir, tmp_path, db, "a", {("D1", "A1"): "oui", ("D2", "A3"): "incertain"}, "alice")
    out = tmp_path / "next.csv"
    result = review.export_review(run_dir, out, db)
    _, rows = read_export(out)
    keys = {(r["demand_id"], r["action_id"]) for r in rows}
    assert ("D1", "A1") not in keys and ("D2", "A3") in keys  # "incertain" is not settled
    assert (result.rows, result.already_decided, result.to_review) == (11, 1, 0)
    result = review.export_review(run_dir, out, db, include_all=True)
    assert result.rows == 12


def test_stale_hash_exported_and_flagged_to_review(run_dir, tmp_path):
    db = tmp_path / "db.sqlite"
    _import_decisions(run_dir, tmp_path, db, "a", {("D1", "A1"): "oui", ("D4", "A4"): "oui"}, "alice")
    # the strategy is edited: A1 keeps its id (a table with ids) but its text changes
    actions = dict(ACTIONS, A1="+33 6 12 34 56 79 (nouveau numéro)")
    run2 = write_run(tmp_path / "run2", DEMANDS, actions, SCORES)
    out = tmp_path / "next.csv"
    result = review.export_review(run2, out, db)
    _, rows = read_export(out)
    pairs = by_pair(rows)
    (old,) = [d for d in review.load_decisions(db) if d.pair_id == pair_id("D1", "A1")]
    assert pairs[("D1", "A1")]["comment"] == (  # the earlier decision and text, for the reviewer
        f"à revoir\ndécision précédente : oui (alice, {review.french_date(old.time)})\n"
        "ancien texte de l'action : « +33 6 12 34 56 78 »")
    assert ("D4", "A4") not in pairs
    assert result.to_review == 1
    applied = review.apply_decisions(match_run(DEMANDS, actions, SCORES), review.load_decisions(db))
    cov = {c.demand_id: c for c in applied.coverage}
    assert (cov["D1"].validated, cov["D1"].to_review, cov["D1"].status) == (False, True, "pris en compte")
    assert (cov["D4"].validated, cov["D4"].to_review) == (True, False)
    # importing the old file against the new run: the changed text is refused
    pairs[("D1", "A1")]["comment"] += "\nvu avec le service"  # the reviewer's own words after the tool's note
    with pytest.raises(ReviewError) as err:
        review.import_review(tmp_path / "a.csv", db, run2, reviewer="alice")
    assert "le texte de l'action a changé depuis l'export (action_hash)" in str(err.value)
    # the "à revoir" row, decided again, is stored with the new hash and is applied
    pairs[("D1", "A1")]["decision"] = "oui"
    sheet = tmp_path / "again.csv"
    write_sheet(sheet, list(pairs[("D1", "A1")]), rows)
    review.import_review(sheet, db, run2, reviewer="alice")
    new = [d for d in review.load_decisions(db) if d.pair_id == pair_id("D1", "A1")]
    assert [(d.comment, d.action_hash) for d in new] == [("vu avec le service", text_hash(actions["A1"]))]
    applied = review.apply_decisions(match_run(DEMANDS, actions, SCORES), review.load_decisions(db))
    cov = {c.demand_id: c for c in applied.coverage}
    assert (cov["D1"].validated, cov["D1"].to_review) == (True, False)


def test_disagreeing_reviewers_are_shown_and_exported_again(run_dir, tmp_path):
    db = tmp_path / "db.sqlite"
    _import_decisions(run_dir, tmp_path, db, "a", {("D4", "A4"): "oui", ("D1", "A1"): "oui"}, "alice")
    _import_decisions(run_dir, tmp_path, db, "b", {("D4", "A4"): "non", ("D1", "A1"): "oui"}, "bruno")
    result = review.export_review(run_dir, tmp_path / "next.csv", db)
    assert (result.disputed, result.already_decided) == (1, 1)
    times = {d.reviewer: review.french_date(d.time) for d in review.load_decisions(db)}
    row = by_pair(read_export(tmp_path / "next.csv")[1])[("D4", "A4")]
    assert row["comment"] == (f"avis partagés entre relecteurs : à trancher\ndécision de alice : oui ({times['alice']})"
                              f"\ndécision de bruno : non ({times['bruno']})")
    applied = review.apply_decisions(match_run(DEMANDS, ACTIONS, SCORES), review.load_decisions(db))
    cov = {c.demand_id: c for c in applied.coverage}
    assert (cov["D4"].validated, cov["D1"].validated) == (False, True)
    assert [len(p.decisions) for p in applied.reviews["D4"].disputed] == [2]  # neither decision dropped
    # bruno changes his mind: settled, validated, not exported again
    _import_decisions(run_dir, tmp_path, db, "c", {("D4", "A4"): "oui"}, "bruno")
    applied = review.apply_decisions(match_run(DEMANDS, ACTIONS, SCORES), review.load_decisions(db))
    assert {c.demand_id: c for c in applied.coverage}["D4"].validated is True
    assert review.export_review(run_dir, tmp_path / "next.csv", db).disputed == 0
