"""Human review loop: export -> spreadsheet edits -> import -> decisions applied."""
from __future__ import annotations

import csv
from dataclasses import replace
import io
import sqlite3
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlp_stn import review
from nlp_stn.errors import ReviewError
from nlp_stn.model import Coverage, Decision, Match, MatchRun, pair_id, text_hash

from review_fixtures import segment, write_run

DEMANDS = {
    "D1": "=SUM(A1) : créer un réseau de tiers-lieux",
    "D2": "Former les élus au numérique ;\nune deuxième ligne avec « guillemets » et \"quotes\"",
    "D3": "'=déjà précédé d'une apostrophe",
    "D4": "Ouvrir les données publiques",
}
ACTIONS = {
    "A1": "+33 6 12 34 56 78",
    "A2": "-x",
    "A3": "@x",
    "A4": "Déployer la fibre optique (très haut débit)",
    "A5": "Publier les données en open data",
}
SCORES = {
    "D1": [("A1", 0.90), ("A2", 0.35)],
    "D2": [("A3", 0.56), ("A4", 0.10)],
    "D3": [("A2", 0.20), ("A1", 0.05)],
    "D4": [("A4", 0.62), ("A2", 0.42)],
}


@pytest.fixture
def run_dir(tmp_path):
    return write_run(tmp_path / "run1", DEMANDS, ACTIONS, SCORES)


def read_export(path: Path, delimiter=";") -> tuple[list[str], list[dict]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    reader = csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=delimiter)
    rows = list(reader)
    return reader.fieldnames, rows


def write_sheet(path: Path, fieldnames, rows, delimiter=";", encoding="utf-8-sig", trailing=0):
    """What a spreadsheet saves: any column order, extra columns, empty trailing rows."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fieldnames, delimiter=delimiter, extrasaction="ignore",
                            lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    buffer.write((delimiter * (len(fieldnames) - 1) + "\r\n") * trailing)
    path.write_bytes(buffer.getvalue().encode(encoding))


def by_pair(rows):
    return {(r["demand_id"], r["action_id"]): r for r in rows}


def decision_rows(db):
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT pair_id, decision, reviewer, superseded_by FROM decisions ORDER BY id").fetchall()
    finally:
        con.close()


# --- cells ------------------------------------------------------------------------------------

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


# --- export -----------------------------------------------------------------------------------

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


# --- round trip -------------------------------------------------------------------------------

def test_round_trip_spreadsheet_cp1252(run_dir, tmp_path):
    out, db = tmp_path / "review.csv", tmp_path / "db.sqlite"
    review.export_review(run_dir, out, db)
    fields, rows = read_export(out)
    pairs = by_pair(rows)
    pairs[("D1", "A1")].update(decision="OUI", comment="=SUM(A1)")
    pairs[("D2", "A3")].update(decision="Partiellement", comment="+33 6 00")
    pairs[("D3", "")].update(decision="oui", comment="''=x")  # as exported for the text "'=x"
    pairs[("D4", "A4")].update(decision="non", corrected_action_id="A5", comment="-x @x")
    pairs[("D4", "A2")].update(decision="unsure")
    # a spreadsheet on a French machine: cp1252, ';', columns reordered, an extra column
    order = ["decision", "comment", "extra"] + [f for f in fields if f not in ("decision", "comment")]
    for row in rows:
        row["extra"] = "note personnelle"
    sheet = tmp_path / "edited.csv"
    write_sheet(sheet, order, rows, encoding="cp1252", trailing=3)
    result = review.import_review(sheet, db, run_dir, reviewer="alice")
    assert (result.rows, result.skipped, result.added, result.superseded, result.unchanged) == (12, 7, 5, 0, 0)
    assert result.reviewers == ("alice",)
    stored = {(d.demand_id, d.action_id): d for d in review.load_decisions(db)}
    assert stored[("D1", "A1")].decision == "oui"
    assert stored[("D1", "A1")].comment == "=SUM(A1)"
    assert stored[("D2", "A3")].comment == "+33 6 00"
    assert stored[("D3", "")].comment == "'=x"
    assert stored[("D4", "A4")].comment == "-x @x"
    assert stored[("D4", "A4")].corrected_action_id == "A5"
    assert stored[("D4", "A2")].decision == "incertain"
    assert stored[("D1", "A1")].demand_hash == text_hash(DEMANDS["D1"])
    assert stored[("D1", "A1")].source == "edited.csv"

    # ... then the decisions are used
    run = match_run(DEMANDS, ACTIONS, SCORES)
    applied = review.apply_decisions(run, review.load_decisions(db))
    cov = {c.demand_id: c for c in applied.coverage}
    assert (cov["D1"].status, cov["D1"].best_action_id, cov["D1"].validated) == ("pris en compte", "A1", True)
    assert (cov["D2"].status, cov["D2"].best_action_id, cov["D2"].validated) == ("partiellement", "A3", True)
    assert (cov["D3"].status, cov["D3"].best_action_id, cov["D3"].validated) == ("non pris en compte", "", True)
    assert (cov["D4"].status, cov["D4"].best_action_id, cov["D4"].validated) == ("pris en compte", "A5", True)
    added = [m for m in applied.matches if (m.demand_id, m.action_id) == ("D4", "A5")]
    assert added == [Match("D4", "A5", 3, 0.0, review.Evidence(top_signal="relecteur"))]
    assert not any(c.to_review for c in applied.coverage)


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


def test_reviewer_column_and_missing_reviewer(run_dir, tmp_path):
    out, db = tmp_path / "review.csv", tmp_path / "db.sqlite"
    review.export_review(run_dir, out, db)
    fields, rows = read_export(out)
    pairs = by_pair(rows)
    pairs[("D1", "A1")].update(decision="oui", reviewer="carole")
    pairs[("D2", "A3")].update(decision="non")
    sheet = tmp_path / "edited.csv"
    write_sheet(sheet, fields, rows, delimiter=",", encoding="utf-8")
    line = rows.index(pairs[("D2", "A3")]) + 2
    with pytest.raises(ReviewError) as err:
        review.import_review(sheet, db, run_dir)
    assert str(err.value) == (
        f"{sheet} : 1 ligne(s) invalide(s), aucune décision enregistrée ; corrigez-les puis relancez "
        f"l'import :\nligne {line} : relecteur inconnu (indiquez --reviewer NOM ou remplissez la colonne reviewer)"
    )
    pairs[("D2", "A3")]["reviewer"] = "denis"
    write_sheet(sheet, fields, rows, delimiter=",", encoding="utf-8")
    result = review.import_review(sheet, db, run_dir)
    assert result.reviewers == ("carole", "denis")


def test_one_bad_row_among_500_applies_nothing(tmp_path):
    demands = {f"D{i:03d}": f"Demande numéro {i}" for i in range(100)}
    actions = {f"A{j}": f"Action numéro {j}" for j in range(8)}
    scores = {d: [(f"A{(i + k) % 8}", 0.9 - 0.2 * k) for k in range(4)] for i, d in enumerate(demands)}
    run_dir = write_run(tmp_path / "run", demands, actions, scores)
    out, db = tmp_path / "review.csv", tmp_path / "db.sqlite"
    review.export_review(run_dir, out, db)
    fields, rows = read_export(out)
    assert len(rows) == 500
    for row in rows:
        row["decision"] = "non"
    rows[234]["decision"] = "peut-être"
    sheet = tmp_path / "edited.csv"
    write_sheet(sheet, fields, rows)
    with pytest.raises(ReviewError) as err:
        review.import_review(sheet, db, run_dir, reviewer="alice")
    assert str(err.value) == (
        f"{sheet} : 1 ligne(s) invalide(s), aucune décision enregistrée ; corrigez-les puis relancez "
        "l'import :\nligne 236 : décision illisible « peut-être » (attendu : oui, partiel, non ou incertain)"
    )
    assert review.load_decisions(db) == []
    rows[234]["decision"] = "oui"
    write_sheet(sheet, fields, rows)
    assert review.import_review(sheet, db, run_dir, reviewer="alice").added == 500


def test_every_bad_row_reported(run_dir, tmp_path):
    out, db = tmp_path / "review.csv", tmp_path / "db.sqlite"
    review.export_review(run_dir, out, db)
    fields, rows = read_export(out)
    pairs = by_pair(rows)
    pairs[("D1", "A1")].update(decision="oui", pair_id="pinconnu")
    pairs[("D2", "A3")].update(decision="non", corrected_action_id="A99")
    pairs[("D4", "A4")].update(decision="oui", action_hash="sha1:000000000000")
    pairs[("D3", "A2")].update(decision="", corrected_action_id="A5")
    sheet = tmp_path / "edited.csv"
    write_sheet(sheet, fields, rows)
    line = {k: rows.index(pairs[k]) + 2 for k in pairs}
    with pytest.raises(ReviewError) as err:
        review.import_review(sheet, db, run_dir, reviewer="alice")
    expected = sorted([
        (line[("D1", "A1")], "paire inconnue dans cette analyse (pair_id « pinconnu »)"),
        (line[("D2", "A3")], "corrected_action_id inconnu « A99 »"),
        (line[("D4", "A4")], "le texte de l'action a changé depuis l'export (action_hash)"),
        (line[("D3", "A2")], "décision vide alors que corrected_action_id est rempli"),
    ])
    assert str(err.value) == (
        f"{sheet} : 4 ligne(s) invalide(s), aucune décision enregistrée ; corrigez-les puis relancez "
        "l'import :\n" + "\n".join(f"ligne {n} : {reason}" for n, reason in expected)
    )
    assert not db.exists()


def test_import_rejects_file_without_columns(run_dir, tmp_path):
    sheet = tmp_path / "other.csv"
    sheet.write_text("a;b\n1;2\n", encoding="utf-8")
    with pytest.raises(ReviewError) as err:
        review.import_review(sheet, tmp_path / "db.sqlite", run_dir, reviewer="x")
    assert str(err.value) == (
        f"{sheet} : colonnes « pair_id » et « decision » introuvables à la première ligne ; utilisez "
        "un fichier produit par `nlp-stn review export` (colonnes dans n'importe quel ordre)."
    )


# --- database ---------------------------------------------------------------------------------

def _import_decisions(run_dir, tmp_path, db, name, decisions, reviewer):
    out = tmp_path / f"{name}.export.csv"
    review.export_review(run_dir, out, tmp_path / "empty.sqlite", include_all=True)
    fields, rows = read_export(out)
    pairs = by_pair(rows)
    for key, value in decisions.items():
        pairs[key]["decision"] = value
    sheet = tmp_path / f"{name}.csv"
    write_sheet(sheet, fields, rows)
    return review.import_review(sheet, db, run_dir, reviewer=reviewer)


def test_idempotent_reimport_and_history(run_dir, tmp_path):
    db = tmp_path / "db.sqlite"
    first = _import_decisions(run_dir, tmp_path, db, "a", {("D1", "A1"): "oui", ("D1", "A2"): "non"}, "alice")
    assert (first.added, first.unchanged) == (2, 0)
    again = _import_decisions(run_dir, tmp_path, db, "a", {("D1", "A1"): "oui", ("D1", "A2"): "non"}, "alice")
    assert (again.added, again.superseded, again.unchanged) == (0, 0, 2)
    assert len(decision_rows(db)) == 2
    later = _import_decisions(run_dir, tmp_path, db, "b", {("D1", "A1"): "partiel"}, "alice")
    assert (later.added, later.superseded) == (1, 1)
    _import_decisions(run_dir, tmp_path, db, "c", {("D1", "A1"): "non"}, "bruno")
    trail = review.history(pair_id("D1", "A1"), db)
    assert [(e.decision.reviewer, e.decision.decision, e.superseded_by) for e in trail] == [
        ("alice", "oui", 3), ("alice", "partiel", None), ("bruno", "non", None)]
    assert [e.id for e in trail] == [2, 3, 4]  # id 1 is (D1, A2), exported first (less certain)
    assert trail[0].decision.source == "a.csv" and trail[1].decision.source == "b.csv"
    current = {(d.pair_id, d.reviewer): d.decision for d in review.load_decisions(db)}
    assert current[(pair_id("D1", "A1"), "alice")] == "partiel"
    assert review.history("pinconnu", db) == []


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


def test_concurrent_imports_do_not_corrupt(run_dir, tmp_path):
    db = tmp_path / "db.sqlite"
    sheets = []
    for name, decision in (("alice", "oui"), ("bruno", "non")):
        out = tmp_path / f"{name}.export.csv"
        review.export_review(run_dir, out, tmp_path / "empty.sqlite")
        fields, rows = read_export(out)
        for row in rows:
            row["decision"], row["reviewer"] = decision, name
        sheet = tmp_path / f"{name}.csv"
        write_sheet(sheet, fields, rows)
        sheets.append(sheet)
    barrier = threading.Barrier(len(sheets))
    results, errors = [], []

    def work(sheet):
        try:
            barrier.wait()
            for _ in range(5):
                results.append(review.import_review(sheet, db, run_dir))
        except Exception as err:  # pragma: no cover - reported by the assertion below
            errors.append(err)

    threads = [threading.Thread(target=work, args=(s,)) for s in sheets]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(r.added for r in results) == [0] * 8 + [12, 12]
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert con.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    con.close()
    counts = {}
    for d in review.load_decisions(db):
        counts[(d.reviewer, d.decision)] = counts.get((d.reviewer, d.decision), 0) + 1
    assert counts == {("alice", "oui"): 12, ("bruno", "non"): 12}


def test_corrupt_database_is_never_overwritten(run_dir, tmp_path):
    db = tmp_path / "db.sqlite"
    db.write_bytes(b"ceci n'est pas une base SQLite")
    with pytest.raises(ReviewError) as err:
        review.load_decisions(db)
    assert str(err.value) == (
        f"{db} : ce fichier n'est pas une base de décisions nlp-stn lisible ; il n'a pas été modifié. "
        "Restaurez-en une sauvegarde, ou indiquez un autre fichier avec --db (un fichier absent est créé)."
    )
    with pytest.raises(ReviewError):
        _import_decisions(run_dir, tmp_path, db, "a", {("D1", "A1"): "oui"}, "alice")
    assert db.read_bytes() == b"ceci n'est pas une base SQLite"


def test_foreign_sqlite_database_refused(tmp_path):
    db = tmp_path / "other.sqlite"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(ReviewError) as err:
        review.load_decisions(db)
    assert "tables decisions et schema_version absentes" in str(err.value)


def test_missing_database_reads_as_empty(tmp_path):
    assert review.load_decisions(tmp_path / "none.sqlite") == []
    assert review.conflicts(tmp_path / "none.sqlite") == review.ConflictReport((), ())
    assert not (tmp_path / "none.sqlite").exists()


def test_conflicts_and_kappa(run_dir, tmp_path):
    db = tmp_path / "db.sqlite"
    a = {("D1", "A1"): "oui", ("D1", "A2"): "non", ("D2", "A3"): "oui", ("D2", "A4"): "non", ("D3", ""): "oui"}
    b = {("D1", "A1"): "oui", ("D1", "A2"): "oui", ("D2", "A3"): "oui", ("D2", "A4"): "non", ("D3", ""): "non"}
    _import_decisions(run_dir, tmp_path, db, "a", a, "alice")
    _import_decisions(run_dir, tmp_path, db, "b", b, "bruno")
    report = review.conflicts(db)
    assert [(c.demand_id, c.action_id, [d.decision for d in c.decisions]) for c in report.conflicts] == [
        ("D1", "A2", ["non", "oui"]), ("D3", "", ["oui", "non"])]
    (agreement,) = report.agreements
    # alice oui/non/oui/non/oui, bruno oui/oui/oui/non/non: observed 3/5, expected (3*3 + 2*2)/25
    assert (agreement.reviewer_a, agreement.reviewer_b, agreement.pairs) == ("alice", "bruno", 5)
    assert agreement.observed == pytest.approx(0.6)
    assert agreement.kappa == pytest.approx(1 / 6)  # (0.6 - 0.52) / (1 - 0.52)


def test_cohen_kappa_known_values():
    assert review.cohen_kappa(["oui", "non"], ["oui", "non"]) == 1.0
    assert review.cohen_kappa(["oui", "oui"], ["oui", "oui"]) is None
    assert review.cohen_kappa(["oui", "non", "oui", "non"], ["non", "oui", "non", "oui"]) == -1.0
    # sklearn.metrics.cohen_kappa_score gives 0.4 here (observed 0.7, expected 0.5)
    a = ["oui"] * 5 + ["non"] * 5
    b = ["oui"] * 4 + ["non"] + ["oui"] * 2 + ["non"] * 3
    assert review.cohen_kappa(a, b) == pytest.approx(0.4)


# --- apply_decisions / labelled_pairs ---------------------------------------------------------

def match_run(demands, actions, scores) -> MatchRun:
    from review_fixtures import status_of
    matches, coverage = [], []
    for demand_id in demands:
        ranked = sorted(scores.get(demand_id, []), key=lambda item: -item[1])
        for rank, (action_id, score) in enumerate(ranked, start=1):
            matches.append(Match(demand_id, action_id, rank, score))
        best_id, best = ranked[0]
        coverage.append(Coverage(demand_id, status_of(best), best_id, best))
    return MatchRun(
        run_id="r1",
        demands=tuple(segment(k, "avis.txt", "recommendation", v) for k, v in demands.items()),
        actions=tuple(segment(k, "strategie.txt", "action", v) for k, v in actions.items()),
        matches=tuple(matches),
        coverage=tuple(coverage),
    )


def decision(demand_id, action_id, value, reviewer="alice", corrected="", texts=None):
    texts = texts or {**DEMANDS, **ACTIONS}
    return Decision(pair_id(demand_id, action_id), demand_id, action_id, value, corrected, reviewer,
                    demand_hash=text_hash(texts[demand_id]),
                    action_hash=text_hash(texts[action_id]) if action_id else "")


def test_apply_decisions_rules():
    run = match_run(DEMANDS, ACTIONS, SCORES)
    decisions = [
        decision("D1", "A1", "non"), decision("D1", "A2", "non"),  # every candidate rejected
        decision("D2", "A3", "incertain"),  # ignored
        decision("D4", "A4", "oui"), decision("D4", "A4", "partiel", reviewer="bruno"),  # disagree: à trancher
        decision("D3", "A1", "oui"),
        decision("ZZ", "A1", "oui", texts={"ZZ": "absent", **ACTIONS}),  # unknown demand: ignored
    ]
    applied = review.apply_decisions(run, decisions)
    cov = {c.demand_id: c for c in applied.coverage}
    assert cov["D1"] == Coverage("D1", "non pris en compte", "", 0.9, validated=True)
    assert cov["D2"] == Coverage("D2", "partiellement", "A3", 0.56)
    assert cov["D4"] == Coverage("D4", "pris en compte", "A4", 0.62)  # the machine's, not validated
    assert cov["D3"] == Coverage("D3", "pris en compte", "A1", 0.05, validated=True)
    assert applied.matches == run.matches
    assert review.apply_decisions(run, []) == run
    # both decisions of the disagreement are kept for the report
    d4 = applied.reviews["D4"]
    assert [(p.action_id, p.verdict, p.disputed, [(d.reviewer, d.decision) for d in p.decisions])
            for p in d4.pairs] == [("A4", "", True, [("alice", "oui"), ("bruno", "partiel")])]
    assert (d4.chosen, d4.partial, d4.rejected) == ((), (), ())
    assert (applied.reviews["D1"].rejected, applied.reviews["D3"].chosen) == (("A1", "A2"), ("A1",))
    assert [p.verdict for p in applied.reviews["D2"].pairs] == [""]  # "incertain": no opinion, no dispute


def test_apply_decision_on_stale_demand_text():
    run = match_run(DEMANDS, ACTIONS, SCORES)
    old = decision("D2", "A3", "oui", texts={**DEMANDS, **ACTIONS, "D2": "ancien texte"})
    applied = review.apply_decisions(run, [old])
    cov = {c.demand_id: c for c in applied.coverage}
    assert cov["D2"] == Coverage("D2", "partiellement", "A3", 0.56, validated=False, to_review=True)


def test_labelled_pairs():
    units = [segment(k, "x", "action", v) for k, v in {**DEMANDS, **ACTIONS}.items()]
    decisions = [
        decision("D1", "A1", "oui"), decision("D1", "A2", "partiel"), decision("D2", "A3", "non"),
        decision("D2", "A4", "incertain"), decision("D3", "", "oui"),
        decision("D4", "A4", "non", corrected="A5"),
        decision("D1", "A2", "oui", reviewer="bruno"),  # later decision on the same pair wins
        decision("D2", "A1", "oui", texts={**DEMANDS, **ACTIONS, "A1": "ancien"}),  # stale: left out
    ]
    assert review.labelled_pairs(decisions, units) == [
        ("D1", "A1", 2), ("D1", "A2", 2), ("D2", "A3", 0), ("D4", "A4", 0), ("D4", "A5", 2)]
    assert ("D2", "A1", 2) in review.labelled_pairs(decisions, None)


def test_stale_decision_settled_by_another_reviewer(run_dir, tmp_path):
    db = tmp_path / "db.sqlite"
    _import_decisions(run_dir, tmp_path, db, "a", {("D1", "A1"): "oui"}, "alice")
    actions = dict(ACTIONS, A1="un autre texte")
    run2 = write_run(tmp_path / "run2", DEMANDS, actions, SCORES)
    _import_decisions(run2, tmp_path, db, "b", {("D1", "A1"): "non"}, "bruno")
    result = review.export_review(run2, tmp_path / "next.csv", db)
    assert (result.to_review, result.already_decided) == (0, 1)
    applied = review.apply_decisions(match_run(DEMANDS, actions, SCORES), review.load_decisions(db))
    cov = {c.demand_id: c for c in applied.coverage}
    assert (cov["D1"].to_review, cov["D1"].validated, cov["D1"].status) == (False, False, "pris en compte")
    assert len(review.load_decisions(db)) == 2  # alice's decision is kept, never dropped


def test_import_utf16_tab_file(run_dir, tmp_path):
    out, db = tmp_path / "review.csv", tmp_path / "db.sqlite"
    review.export_review(run_dir, out, db)
    fields, rows = read_export(out)
    by_pair(rows)[("D1", "A1")]["decision"] = "Oui"
    sheet = tmp_path / "unicode.txt"
    write_sheet(sheet, fields, rows, delimiter="\t", encoding="utf-16")
    assert review.import_review(sheet, db, run_dir, reviewer="alice").added == 1


@pytest.mark.parametrize("settings,expected", [
    ({"settings": {"threshold_addressed": 0.7, "threshold_partial": 0.4}}, {"addressed": 0.7, "partial": 0.4}),
    ({"thresholds": {"addressed": 0.6, "partial": 0.3}}, {"addressed": 0.6, "partial": 0.3}),
    ({"settings": {"threshold_addressed": -1.0, "threshold_partial": -1.0}}, {}),
])
def test_thresholds_from_settings(settings, expected):
    assert review.thresholds_from_settings(settings) == expected


def test_run_directory_written_by_report_module(tmp_path):
    """Contract with nlp_stn.report: review reads the run directory it writes."""
    from dataclasses import replace as dc_replace

    from nlp_stn.report import write_report

    run = dc_replace(match_run(DEMANDS, ACTIONS, SCORES),
                     settings={"threshold_addressed": 0.6, "threshold_partial": 0.3})
    run_dir = write_report(run, tmp_path / "run")
    out, db = tmp_path / "review.csv", tmp_path / "db.sqlite"
    assert review.export_review(run_dir, out, db).rows == 12
    fields, rows = read_export(out)
    pairs = by_pair(rows)
    assert pairs[("D2", "A3")]["suggestion"] == "partiel" and pairs[("D3", "")]["suggestion"] == "oui"
    pairs[("D2", "A3")]["decision"] = "oui"
    write_sheet(tmp_path / "edited.csv", fields, rows)
    review.import_review(tmp_path / "edited.csv", db, run_dir, reviewer="alice")
    applied = review.apply_decisions(run, review.load_decisions(db))
    assert {c.demand_id: c for c in applied.coverage}["D2"] == Coverage("D2", "pris en compte", "A3", 0.56,
                                                                        validated=True)
    # the next run directory shows the decision; the machine's suggestion stays the machine's
    write_report(applied, tmp_path / "run2")
    review.export_review(tmp_path / "run2", out, db, include_all=True)
    assert by_pair(read_export(out)[1])[("D2", "A3")]["suggestion"] == "partiel"


# --- decisions follow edited units (ids derive from document + text) --------------------------

def _rename(units: dict, old: str, new: str, text: str) -> dict:
    """The units after an edit: the edited unit gets a new id (as segment ids do)."""
    return {(new if k == old else k): (text if k == old else v) for k, v in units.items()}


def _rescore(scores: dict, old: str, new: str) -> dict:
    return {(new if d == old else d): [(new if a == old else a, s) for a, s in pairs] for d, pairs in scores.items()}


EDITED_D1 = "=SUM(A1) : créer un vaste réseau de tiers-lieux"  # fuzz.ratio 93 with D1


def test_reattach_threshold_and_ties():
    assert review.REATTACH_MIN_RATIO == 80.0
    assert review.reattach("abcde", [("x", "abcdf"), ("y", "abxyz")]) == "x"  # ratio exactly 80
    assert review.reattach("abcde", [("y", "abxyz")]) == ""  # ratio 40
    assert review.reattach("abcde", [("x", "abcdf"), ("y", "abcdg")]) == ""  # tie: none
    assert review.reattach("", [("x", "")]) == ""
    assert review.reattach("Créer  un Réseau", [("x", "créer un réseau")]) == "x"  # normalised text


def test_decision_follows_an_edited_demand(run_dir, tmp_path):
    db = tmp_path / "db.sqlite"
    _import_decisions(run_dir, tmp_path, db, "a", {("D1", "A1"): "oui", ("D4", "A4"): "oui"}, "alice")
    stored = {d.pair_id: d for d in review.load_decisions(db)}[pair_id("D1", "A1")]
    assert isinstance(stored, review.StoredDecision) and isinstance(stored, Decision)
    assert (stored.demand_doc, stored.demand_text, stored.action_doc, stored.action_text) == (
        "avis.txt", DEMANDS["D1"], "strategie.txt", ACTIONS["A1"])
    # the council's text is edited: D1 gets a new id, D1e
    demands = _rename(DEMANDS, "D1", "D1e", EDITED_D1)
    scores = _rescore(SCORES, "D1", "D1e")
    run2 = write_run(tmp_path / "run2", demands, ACTIONS, scores)
    out = tmp_path / "next.csv"
    result = review.export_review(run2, out, db)
    pairs = by_pair(read_export(out)[1])
    assert pairs[("D1e", "A1")]["comment"] == (
        f"à revoir : texte modifié\ndécision précédente : oui (alice, {review.french_date(stored.time)})\n"
        "ancien texte de la demande : « =SUM(A1) : créer un réseau de tiers-lieux »")
    assert pairs[("D1e", "A1")]["decision"] == ""
    assert pairs[("D1e", "A2")]["comment"] == "" and ("D4", "A4") not in pairs
    assert (result.to_review, result.already_decided, result.unmatched) == (1, 1, 0)
    # never silently applied to the new text, never dropped
    run = match_run(demands, ACTIONS, scores)
    follow = review.follow_decisions(run, review.load_decisions(db))
    assert sorted((f.demand_id, f.action_id, f.moved) for f in follow.followed) == [
        ("D1e", "A1", True), ("D4", "A4", False)]
    cov = {c.demand_id: c for c in review.apply_decisions(run, review.load_decisions(db)).coverage}
    assert cov["D1e"] == Coverage("D1e", "pris en compte", "A1", 0.9, validated=False, to_review=True)
    assert (cov["D4"].validated, cov["D4"].to_review) == (True, False)
    assert len(review.load_decisions(db)) == 2
    # decided again on the new text: applied, no longer "à revoir", not exported again
    pairs[("D1e", "A1")]["decision"] = "non"
    sheet = tmp_path / "again.csv"
    write_sheet(sheet, list(pairs[("D1e", "A1")]), list(pairs.values()))
    review.import_review(sheet, db, run2, reviewer="alice")
    again = {d.pair_id: d for d in review.load_decisions(db)}[pair_id("D1e", "A1")]
    assert again.comment == ""  # the tool's "à revoir : texte modifié" note is not stored
    result = review.export_review(run2, out, db)
    assert (result.to_review, result.already_decided) == (0, 2)
    cov = {c.demand_id: c for c in review.apply_decisions(run, review.load_decisions(db)).coverage}
    assert (cov["D1e"].validated, cov["D1e"].to_review) == (False, False)  # one "non" among two candidates
    assert len(review.load_decisions(db)) == 3  # the old decision is still there


def test_decision_follows_an_edited_action_the_machine_no_longer_proposes(run_dir, tmp_path):
    db = tmp_path / "db.sqlite"
    _import_decisions(run_dir, tmp_path, db, "a", {("D2", "A3"): "oui"}, "alice")
    actions = _rename(ACTIONS, "A5", "A5e", "Publier les données publiques en open data")
    actions = _rename(actions, "A3", "A3e", "@y")  # fuzz.ratio 50: not the same action any more
    scores = _rescore(_rescore(SCORES, "A5", "A5e"), "A3", "A3e")
    run2 = write_run(tmp_path / "run2", DEMANDS, actions, scores)
    result = review.export_review(run2, tmp_path / "next.csv", db)
    assert (result.to_review, result.unmatched) == (0, 1)
    (orphan,) = review.unmatched_decisions(match_run(DEMANDS, actions, scores), review.load_decisions(db))
    assert (orphan.demand_id, orphan.action_id, orphan.action_text) == ("D2", "A3", "@x")
    applied = review.apply_decisions(match_run(DEMANDS, actions, scores), review.load_decisions(db))
    assert not any(c.to_review or c.validated for c in applied.coverage)

    # an action edited slightly, that the machine does not propose for that demand any more
    db2 = tmp_path / "db2.sqlite"
    _import_decisions(run_dir, tmp_path, db2, "b", {("D4", "A4"): "oui"}, "alice")
    actions = _rename(ACTIONS, "A4", "A4e", "Déployer la fibre optique (très haut débit) partout")
    scores = {"D1": SCORES["D1"], "D2": SCORES["D2"][:1], "D3": SCORES["D3"], "D4": [("A2", 0.42), ("A5", 0.3)]}
    run3 = write_run(tmp_path / "run3", DEMANDS, actions, scores)
    out = tmp_path / "third.csv"
    assert review.export_review(run3, out, db2).to_review == 1
    fields, rows = read_export(out)
    pairs = by_pair(rows)
    extra = pairs[("D4", "A4e")]
    assert (extra["rank"], extra["score"], extra["suggestion"], extra["comment"].splitlines()[0]) == (
        "", "", "", "à revoir : texte modifié")
    assert extra["comment"].splitlines()[2] == "ancien texte de l'action : « Déployer la fibre optique (très haut débit) »"
    assert extra["action_text"] == "Déployer la fibre optique (très haut débit) partout"
    assert rows[0] is extra  # changed texts come first
    extra["decision"] = "oui"
    write_sheet(tmp_path / "third-edited.csv", fields, rows)
    assert review.import_review(tmp_path / "third-edited.csv", db2, run3, reviewer="alice").added == 1
    cov = {c.demand_id: c for c in review.apply_decisions(match_run(DEMANDS, actions, scores),
                                                           review.load_decisions(db2)).coverage}
    assert cov["D4"] == Coverage("D4", "pris en compte", "A4e", 0.0, validated=True)


def test_decisions_about_documents_outside_the_run_are_ignored(run_dir, tmp_path):
    db = tmp_path / "db.sqlite"
    _import_decisions(run_dir, tmp_path, db, "a", {("D1", "A1"): "oui", ("D3", ""): "oui"}, "alice")
    other = {"X1": "Une demande d'un autre avis"}
    run = match_run(other, ACTIONS, {"X1": [("A1", 0.5)]})
    run = MatchRun(run.run_id, tuple(segment(k, "autre.txt", "recommendation", v) for k, v in other.items()),
                   run.actions, run.matches, run.coverage)
    decisions = review.load_decisions(db)
    assert review.follow_decisions(run, decisions) == review.FollowResult((), ())
    assert review.apply_decisions(run, decisions) == run


def test_changed_corrected_action_gives_to_review(run_dir, tmp_path):
    db = tmp_path / "db.sqlite"
    out = tmp_path / "review.csv"
    review.export_review(run_dir, out, db)
    fields, rows = read_export(out)
    row = by_pair(rows)[("D1", "A2")]
    row["decision"], row["corrected_action_id"] = "non", "A5"
    write_sheet(tmp_path / "edited.csv", fields, rows)
    review.import_review(tmp_path / "edited.csv", db, run_dir, reviewer="alice")
    (stored,) = review.load_decisions(db)
    assert (stored.corrected_hash, stored.corrected_doc, stored.corrected_text) == (
        text_hash(ACTIONS["A5"]), "strategie.txt", ACTIONS["A5"])
    run = match_run(DEMANDS, ACTIONS, SCORES)
    cov = {c.demand_id: c for c in review.apply_decisions(run, [stored]).coverage}
    assert (cov["D1"].status, cov["D1"].best_action_id, cov["D1"].validated) == ("pris en compte", "A5", True)
    # the corrected action's text changes (same id, a units table): not applied, "à revoir"
    actions = dict(ACTIONS, A5="Publier toutes les données en open data, sauf les données personnelles")
    run2 = write_run(tmp_path / "run2", DEMANDS, actions, SCORES)
    result = review.export_review(run2, out, db)
    assert result.to_review == 1 and by_pair(read_export(out)[1])[("D1", "A2")]["comment"] == (
        f"à revoir\ndécision précédente : non, action corrigée A5 (alice, {review.french_date(stored.time)})\n"
        "ancien texte de l'action corrigée : « Publier les données en open data »")
    cov = {c.demand_id: c for c in review.apply_decisions(match_run(DEMANDS, actions, SCORES), [stored]).coverage}
    assert cov["D1"] == Coverage("D1", "pris en compte", "A1", 0.9, validated=False, to_review=True)
    units = [segment(k, "x", "action", v) for k, v in {**DEMANDS, **actions}.items()]
    assert review.labelled_pairs([stored], units) == [("D1", "A2", 0)]  # the stale correction is left out


# --- schema version 2: migration, locks, read-only --------------------------------------------

V1_SCHEMA = """
CREATE TABLE schema_version (version INTEGER NOT NULL);
CREATE TABLE decisions (
    id INTEGER PRIMARY KEY, pair_id TEXT NOT NULL, demand_id TEXT NOT NULL,
    action_id TEXT NOT NULL DEFAULT '',
    decision TEXT NOT NULL CHECK (decision IN ('oui', 'partiel', 'non', 'incertain')),
    corrected_action_id TEXT NOT NULL DEFAULT '', reviewer TEXT NOT NULL, comment TEXT NOT NULL DEFAULT '',
    demand_hash TEXT NOT NULL DEFAULT '', action_hash TEXT NOT NULL DEFAULT '',
    source_file TEXT NOT NULL DEFAULT '', imported_at TEXT NOT NULL,
    superseded_by INTEGER NULL REFERENCES decisions(id));
CREATE INDEX decisions_pair ON decisions (pair_id, reviewer);
CREATE INDEX decisions_current ON decisions (superseded_by);
INSERT INTO schema_version VALUES (1);
"""


def _v1_database(db):
    con = sqlite3.connect(db)
    con.executescript(V1_SCHEMA)
    rows = [
        (1, pair_id("D1", "A1"), "D1", "A1", "oui", "", "alice", "", text_hash(DEMANDS["D1"]),
         text_hash(ACTIONS["A1"]), "v1.csv", "2026-01-01T00:00:00+00:00", 2),
        (2, pair_id("D1", "A1"), "D1", "A1", "partiel", "", "alice", "vu", text_hash(DEMANDS["D1"]),
         text_hash(ACTIONS["A1"]), "v1b.csv", "2026-01-02T00:00:00+00:00", None),
        (3, pair_id("D4", ""), "D4", "", "oui", "", "bruno", "", text_hash(DEMANDS["D4"]), "", "v1.csv",
         "2026-01-02T00:00:00+00:00", None),
    ]
    con.executemany("INSERT INTO decisions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    con.commit()
    con.close()
    return rows


def test_version_1_database_is_read_then_migrated_in_place(run_dir, tmp_path):
    db = tmp_path / "v1.sqlite"
    rows = _v1_database(db)
    before = db.read_bytes()
    current = review.load_decisions(db)  # reading needs no migration and writes nothing
    assert [(d.pair_id, d.decision, d.reviewer, d.comment, d.corrected_hash, d.demand_text) for d in current] == [
        (pair_id("D1", "A1"), "partiel", "alice", "vu", "", ""), (pair_id("D4", ""), "oui", "bruno", "", "", "")]
    assert db.read_bytes() == before
    result = _import_decisions(run_dir, tmp_path, db, "a", {("D2", "A3"): "oui"}, "alice")
    assert result.added == 1
    con = sqlite3.connect(db)
    try:
        assert con.execute("SELECT version FROM schema_version").fetchall() == [(2,)]
        columns = [r[1] for r in con.execute("PRAGMA table_info(decisions)")]
        assert columns[:13] == ["id", "pair_id", "demand_id", "action_id", "decision", "corrected_action_id",
                                "reviewer", "comment", "demand_hash", "action_hash", "source_file",
                                "imported_at", "superseded_by"]
        assert columns[13:] == list(review.V2_COLUMNS)
        kept = con.execute("SELECT * FROM decisions WHERE id <= 3 ORDER BY id").fetchall()
        assert [r[:13] for r in kept] == rows  # every row kept as it was
        assert all(r[13:] == ("",) * 7 for r in kept)
        new = con.execute("SELECT demand_doc, demand_text, action_doc, action_text FROM decisions WHERE id = 4"
                          ).fetchone()
        assert new == ("avis.txt", DEMANDS["D2"], "strategie.txt", ACTIONS["A3"])
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        con.close()
    assert [e.id for e in review.history(pair_id("D1", "A1"), db)] == [1, 2]
    # a migrated database is not migrated again
    assert _import_decisions(run_dir, tmp_path, db, "a", {("D2", "A3"): "oui"}, "alice").unchanged == 1


LOCKED = "base de décisions occupée par un autre import ; aucune décision enregistrée ; réessayez dans un instant."


def test_locked_database_gives_one_line_error_and_writes_nothing(run_dir, tmp_path, monkeypatch):
    db = tmp_path / "db.sqlite"
    _import_decisions(run_dir, tmp_path, db, "a", {("D1", "A1"): "oui"}, "alice")
    monkeypatch.setattr(review, "BUSY_TIMEOUT_S", 0.05)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(ReviewError) as err:
            _import_decisions(run_dir, tmp_path, db, "b", {("D1", "A2"): "non", ("D2", "A3"): "oui"}, "alice")
        assert str(err.value) == f"{db} : {LOCKED}"
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert [(r[0], r[1]) for r in decision_rows(db)] == [(pair_id("D1", "A1"), "oui")]


def test_locked_version_1_database_is_not_half_migrated(run_dir, tmp_path, monkeypatch):
    db = tmp_path / "v1.sqlite"
    _v1_database(db)
    monkeypatch.setattr(review, "BUSY_TIMEOUT_S", 0.05)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(ReviewError) as err:
            _import_decisions(run_dir, tmp_path, db, "b", {("D2", "A3"): "oui"}, "alice")
        assert str(err.value) == f"{db} : {LOCKED}"
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    con = sqlite3.connect(db)
    assert con.execute("SELECT version FROM schema_version").fetchall() == [(1,)]
    assert len([r for r in con.execute("PRAGMA table_info(decisions)")]) == 13
    con.close()


READ_ONLY = ("base de décisions en lecture seule (fichier ou dossier non modifiable) ; aucune décision "
             "enregistrée ; donnez les droits d'écriture ou indiquez un autre fichier avec --db.")


def read_only_sqlite(monkeypatch):
    """Open every database read-only, as SQLite does for a file or folder without write permission
    (chmod does not stop the root user that CI may run as)."""
    monkeypatch.setattr(review, "_sqlite_connect", lambda path: sqlite3.connect(
        f"file:{path}?mode=ro", uri=True, timeout=review.BUSY_TIMEOUT_S, isolation_level=None))


def test_read_only_database_gives_one_line_error_and_writes_nothing(run_dir, tmp_path, monkeypatch):
    db = tmp_path / "db.sqlite"
    _import_decisions(run_dir, tmp_path, db, "a", {("D1", "A1"): "oui"}, "alice")
    read_only_sqlite(monkeypatch)
    with pytest.raises(ReviewError) as err:
        _import_decisions(run_dir, tmp_path, db, "b", {("D1", "A2"): "non"}, "alice")
    assert str(err.value) == f"{db} : {READ_ONLY}"
    assert len(review.load_decisions(db)) == 1  # reading still works
    missing = tmp_path / "lecture-seule" / "db.sqlite"
    with pytest.raises(ReviewError) as err:
        _import_decisions(run_dir, tmp_path, missing, "c", {("D1", "A2"): "non"}, "alice")
    assert str(err.value) == f"{missing} : {READ_ONLY}"
    assert not missing.exists()
    v1 = tmp_path / "v1.sqlite"
    _v1_database(v1)
    with pytest.raises(ReviewError) as err:
        _import_decisions(run_dir, tmp_path, v1, "d", {("D1", "A2"): "non"}, "alice")
    assert str(err.value) == f"{v1} : {READ_ONLY}"


def test_import_rejects_bytes_neither_utf8_nor_cp1252(run_dir, tmp_path):
    sheet = tmp_path / "revue.csv"
    sheet.write_bytes(b"pair_id;decision\nx;oui\x81\n")  # 0x81 has no character in Windows-1252
    with pytest.raises(ReviewError) as err:
        review.import_review(sheet, tmp_path / "db.sqlite", run_dir, reviewer="x")
    assert str(err.value) == (
        f"{sheet} : encodage non reconnu (ni UTF-8 ni Windows-1252) ; enregistrez le fichier en "
        "« CSV UTF-8 » depuis votre tableur."
    )


def test_a_file_exported_from_another_analysis_says_which_analysis_was_checked(run_dir, tmp_path):
    out, db = tmp_path / "review.csv", tmp_path / "db.sqlite"
    review.export_review(run_dir, out, db)
    fields, rows = read_export(out)
    for row in rows:
        row["decision"] = "oui"
    sheet = tmp_path / "edited.csv"
    write_sheet(sheet, fields, rows)
    other = write_run(tmp_path / "autre", {"E1": "Former les élus"}, {"B1": "Former les agents"},
                      {"E1": [("B1", 0.5)]})
    with pytest.raises(ReviewError) as err:
        review.import_review(sheet, db, other, reviewer="alice")
    assert str(err.value).startswith(
        f"{sheet} : {len(rows)} paire(s) décidée(s) sur {len(rows)} sont inconnues de l'analyse vérifiée ({other}) : "
        "ce fichier a sans doute été exporté d'une autre analyse ; relancez l'import avec --run et le dossier de "
        f"l'analyse exportée.\n{len(rows)} ligne(s) invalide(s), aucune décision enregistrée"
    )
    assert not db.exists()


def test_a_rejected_best_action_gives_way_to_the_next_candidate():
    """"non" on the machine's best action: the next candidate not turned down becomes the
    best action, with the status its score gives (a machine suggestion, not validated)."""
    from review_fixtures import THRESHOLDS

    run = replace(match_run(DEMANDS, ACTIONS, SCORES), settings={"thresholds": dict(THRESHOLDS)})
    applied = review.apply_decisions(run, [decision("D4", "A4", "non"), decision("D1", "A1", "non"),
                                           decision("D1", "A2", "non")])
    cov = {c.demand_id: c for c in applied.coverage}
    assert (cov["D4"].best_action_id, cov["D4"].status, cov["D4"].validated) == ("A2", status_of_score(0.42), False)
    # every candidate turned down: not addressed, and that is a human decision
    assert (cov["D1"].best_action_id, cov["D1"].status, cov["D1"].validated) == ("", "non pris en compte", True)
    # without thresholds in the run, the machine's coverage is kept
    kept = review.apply_decisions(match_run(DEMANDS, ACTIONS, SCORES), [decision("D4", "A4", "non")])
    assert {c.demand_id: c for c in kept.coverage}["D4"].best_action_id == "A4"


def test_the_next_candidate_a_document_dropped_gives_nothing():
    """The machine's best action turned down by a reviewer, the next one « Abandonnée » in its
    document: it answers nothing and ends the list (as in matching)."""
    from review_fixtures import THRESHOLDS

    run = replace(match_run(DEMANDS, ACTIONS, SCORES), settings={"thresholds": dict(THRESHOLDS)})
    run = replace(run, actions=tuple(replace(a, state="Abandonnée") if a.id == "A2" else a for a in run.actions))
    applied = review.apply_decisions(run, [decision("D4", "A4", "non")])
    cov = {c.demand_id: c for c in applied.coverage}
    assert (cov["D4"].best_action_id, cov["D4"].status, cov["D4"].validated) == ("", "non pris en compte", False)


def test_the_next_candidate_refusing_a_part_of_an_answer_that_keeps_the_rest_answers_in_part():
    """The machine's best action turned down by a reviewer; the next candidate is a refusal whose
    answer (same heading, the next sentence) keeps a part « Retenue en partie »: « partiellement »,
    the refusal shown as the best action (as in matching, see match.refused_in_part)."""
    from review_fixtures import THRESHOLDS

    actions = dict(ACTIONS, A6="Sa reconduction chaque année n'est pas prévue.",
                   A7="Un exercice de crise sera organisé en 2028.")
    scores = dict(SCORES, D4=[("A4", 0.95), ("A6", 0.9), ("A7", 0.5)])
    run = replace(match_run(DEMANDS, actions, scores), settings={"thresholds": dict(THRESHOLDS)})
    placed = {"A7": (100, 143, "Retenue en partie"), "A6": (144, 190, "non retenue")}
    run = replace(run, actions=tuple(
        replace(a, heading="Réponse 4", start=placed[a.id][0], end=placed[a.id][1], state=placed[a.id][2])
        if a.id in placed else a for a in run.actions))
    applied = review.apply_decisions(run, [decision("D4", "A4", "non")])
    cov = {c.demand_id: c for c in applied.coverage}
    assert (cov["D4"].best_action_id, cov["D4"].status, cov["D4"].validated) == ("A6", "partiellement", False)
    # the same refusal alone in its answer: not taken into account
    run = replace(run, actions=tuple(replace(a, heading="Réponse 5") if a.id == "A7" else a for a in run.actions))
    cov = {c.demand_id: c for c in review.apply_decisions(run, [decision("D4", "A4", "non")]).coverage}
    assert (cov["D4"].best_action_id, cov["D4"].status) == ("", "non pris en compte")


def test_the_next_candidate_excluded_by_a_measure_that_funds_another_part_answers_in_part():
    """The machine's best action turned down by a reviewer; the next candidate is an exclusion of a
    scheme's measure (« … > Dépenses inéligibles ») and the one below it, in a sibling section of
    the same measure, keeps another part of the demand: « partiellement », the exclusion shown (as
    in matching, see match.kept_in_sibling_section)."""
    from review_fixtures import THRESHOLDS

    actions = dict(ACTIONS, A6="Données personnelles des agents", A7="Ouverture des données publiques communales")
    scores = dict(SCORES, D4=[("A4", 0.95), ("A6", 0.9), ("A7", 0.5)])
    run = replace(match_run(DEMANDS, actions, scores), settings={"thresholds": dict(THRESHOLDS)})
    placed = {"A7": ("Fiche 2 > Opérations éligibles", ""), "A6": ("Fiche 2 > Dépenses inéligibles", "non retenue")}
    run = replace(run, actions=tuple(replace(a, heading=placed[a.id][0], state=placed[a.id][1])
                                     if a.id in placed else a for a in run.actions))
    cov = {c.demand_id: c for c in review.apply_decisions(run, [decision("D4", "A4", "non")]).coverage}
    assert (cov["D4"].best_action_id, cov["D4"].status) == ("A6", "partiellement")
    # the operation in another measure: the exclusion is the answer
    run = replace(run, actions=tuple(replace(a, heading="Fiche 3 > Opérations éligibles") if a.id == "A7" else a
                                     for a in run.actions))
    cov = {c.demand_id: c for c in review.apply_decisions(run, [decision("D4", "A4", "non")]).coverage}
    assert (cov["D4"].best_action_id, cov["D4"].status) == ("", "non pris en compte")


def test_the_next_candidate_keeps_the_fate_published_with_the_demand():
    """The machine's best action turned down by a reviewer: the next candidate's status is
    still bounded by what was published with the demand (« Retenue partiellement »: at most in
    part, though the next candidate alone would answer in full)."""
    from review_fixtures import THRESHOLDS

    scores = dict(SCORES, D4=[("A4", 0.62), ("A5", 0.61)])
    run = replace(match_run(DEMANDS, ACTIONS, scores), settings={"thresholds": dict(THRESHOLDS)})
    run = replace(run, demands=tuple(replace(d, state="Retenue partiellement") if d.id == "D4" else d
                                     for d in run.demands))
    applied = review.apply_decisions(run, [decision("D4", "A4", "non")])
    cov = {c.demand_id: c for c in applied.coverage}
    assert (cov["D4"].best_action_id, cov["D4"].status, cov["D4"].validated) == ("A5", "partiellement", False)


def test_the_next_candidate_scoring_clearly_below_a_study_answers_in_part_only():
    """The machine's best action turned down by a reviewer; of the remaining candidates the
    first is a study (in part), the next scores above the « pris en compte » threshold but more
    than the run's near-tie margin below it: it adds to the study, it does not make it whole
    (as in matching). Within the margin it does."""
    from review_fixtures import THRESHOLDS

    actions = dict(ACTIONS, A6="Étude de faisabilité de l'ouverture des données publiques")
    for second, near_tie, expected in ((0.70, 0.02, ("A6", "partiellement")),
                                       (0.70, 0.25, ("A5", "pris en compte"))):
        scores = dict(SCORES, D4=[("A4", 0.95), ("A6", 0.9), ("A5", second)])
        run = replace(match_run(DEMANDS, actions, scores),
                      settings={"thresholds": dict(THRESHOLDS), "settings": {"near_tie": near_tie}})
        applied = review.apply_decisions(run, [decision("D4", "A4", "non")])
        cov = {c.demand_id: c for c in applied.coverage}
        assert (cov["D4"].best_action_id, cov["D4"].status) == expected


def status_of_score(score):
    from review_fixtures import status_of
    return status_of(score)


# --- testers' seventh round: re-attachment, notes, disputes, old files, finding the analysis ---

# A demand of the bundled corpus (corpus/lorient/2019-03_cdpl_avis-schema-territorial-numerique.txt,
# « Sécurité : préciser l'utilisation… ») and the rewording a tester made of it: fuzz.ratio 79.45.
SHORT_DEMAND = "préciser l'utilisation des données personnelles à chaque demande"
SHORT_DEMAND_EDITED = "préciser clairement l'usage qui est fait des données personnelles à chaque demande"
SAME_DOCUMENT = {  # other demands of that document
    "E2": "Éduquer à la sécurité (ateliers de sensibilisation pour tout âge)",
    "E3": "Ne demander que les données personnelles réellement utiles.",
    "E4": "Développer les cartes uniques (type Korrigo) pour les déplacements",
}


def test_reattach_a_short_demand_reworded_when_it_is_clearly_the_best():
    from rapidfuzz import fuzz
    from nlp_stn.model import normalise_for_id

    candidates = [("E1e", normalise_for_id(SHORT_DEMAND_EDITED))] + [
        (k, normalise_for_id(v)) for k, v in SAME_DOCUMENT.items()]
    assert round(fuzz.ratio(normalise_for_id(SHORT_DEMAND), candidates[0][1]), 2) == 79.45  # below 80
    assert review.reattach(SHORT_DEMAND, candidates) == "E1e"
    # never to a text that is not clearly the closest one
    assert review.reattach("abcdefghij", [("x", "abcdefgxyz"), ("y", "abcdefgxzy")]) == ""  # tie at 70
    assert review.reattach("abcdefghij", [("x", "abcdefgxyz"), ("y", "abcdefxyzu")]) == ""  # 70 vs 60: no margin
    assert review.reattach("abcdefghij", [("x", "abcdefgxyz"), ("y", "abcdxyzuvw")]) == "x"  # 70 vs 40
    assert review.reattach("abcdefghij", [("x", "abcdefxyzu")]) == "x"  # 60: the floor, the only unit
    assert review.reattach("abcdefghij", [("x", "abcdexyzuv")]) == ""  # 50: below the floor


def test_decisions_on_a_reworded_short_demand_follow_it_and_are_flagged(tmp_path):
    demands = {"E1": SHORT_DEMAND, **SAME_DOCUMENT}
    actions = {"B1": "S'assurer de la traçabilité des matériels", "B2": "Ouvrir les données publiques"}
    scores = {k: [("B1", 0.5), ("B2", 0.2)] for k in demands}
    run1 = write_run(tmp_path / "run1", demands, actions, scores)
    db = tmp_path / "db.sqlite"
    _import_decisions(run1, tmp_path, db, "a", {("E1", "B1"): "oui", ("E1", ""): "non"}, "alice")
    edited = _rename(demands, "E1", "E1e", SHORT_DEMAND_EDITED)
    scores2 = _rescore(scores, "E1", "E1e")
    run2 = write_run(tmp_path / "run2", edited, actions, scores2)
    result = review.export_review(run2, tmp_path / "next.csv", db)
    assert (result.to_review, result.unmatched) == (2, 0)  # not « décision sans unité correspondante »
    pairs = by_pair(read_export(tmp_path / "next.csv")[1])
    assert pairs[("E1e", "B1")]["comment"].splitlines()[::2] == [
        "à revoir : texte modifié", f"ancien texte de la demande : « {SHORT_DEMAND} »"]
    cov = {c.demand_id: c for c in review.apply_decisions(match_run(edited, actions, scores2),
                                                          review.load_decisions(db)).coverage}
    assert (cov["E1e"].to_review, cov["E1e"].validated) == (True, False)  # never silently applied


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


def test_few_decided_rows_of_another_analysis_still_name_it(run_dir, tmp_path):
    out, db = tmp_path / "review.csv", tmp_path / "db.sqlite"
    review.export_review(run_dir, out, db)
    fields, rows = read_export(out)
    by_pair(rows)[("D1", "A1")]["decision"] = "oui"  # one decided row among 12
    sheet = tmp_path / "edited.csv"
    write_sheet(sheet, fields, rows)
    other = write_run(tmp_path / "autre", {"E1": "Former les élus"}, {"B1": "Former les agents"},
                      {"E1": [("B1", 0.5)]})
    with pytest.raises(ReviewError) as err:
        review.import_review(sheet, db, other, reviewer="alice")
    line = rows.index(by_pair(rows)[("D1", "A1")]) + 2
    assert str(err.value) == (
        f"{sheet} : 1 paire(s) décidée(s) sur 1 sont inconnues de l'analyse vérifiée ({other}) : ce fichier a sans "
        "doute été exporté d'une autre analyse ; relancez l'import avec --run et le dossier de l'analyse exportée.\n"
        "1 ligne(s) invalide(s), aucune décision enregistrée ; corrigez-les puis relancez l'import :\n"
        f"ligne {line} : paire inconnue dans cette analyse (pair_id « {pair_id('D1', 'A1')} »)"
    )
    # the analysis it came from is found by itself among the outputs folders given
    assert review.find_review_run(sheet, [tmp_path / "nulle-part", tmp_path]) == run_dir
    (tmp_path / "LATEST").write_text("autre\n", encoding="utf-8")
    assert review.find_review_run(sheet, [tmp_path]) == run_dir  # LATEST does not know the pair
    assert review.find_review_run(sheet, [tmp_path / "autre"]) is None


def test_an_old_file_after_the_texts_changed_says_so(run_dir, tmp_path):
    out, db = tmp_path / "review.csv", tmp_path / "db.sqlite"
    review.export_review(run_dir, out, db)
    fields, rows = read_export(out)
    by_pair(rows)[("D1", "A1")]["decision"] = "oui"
    by_pair(rows)[("D4", "A4")]["decision"] = "non"
    sheet = tmp_path / "ancien.csv"
    write_sheet(sheet, fields, rows)
    demands = _rename(DEMANDS, "D1", "D1e", EDITED_D1)
    run2 = write_run(tmp_path / "run2", demands, ACTIONS, _rescore(SCORES, "D1", "D1e"))
    with pytest.raises(ReviewError) as err:
        review.import_review(sheet, db, run2, reviewer="alice")
    line = rows.index(by_pair(rows)[("D1", "A1")]) + 2
    assert str(err.value) == (
        f"{sheet} : 1 ligne(s) décidée(s) sur 2 portent sur des textes qui ont changé entre l'export de ce fichier "
        f"et l'analyse vérifiée ({run2}) : exportez un nouveau fichier de relecture (nlp-stn review export {run2} "
        "-o NOUVEAU.csv) et reportez-y ces décisions ; si ce fichier vient d'une autre analyse, relancez plutôt "
        "l'import avec --run et le dossier de celle-ci.\n"
        "1 ligne(s) invalide(s), aucune décision enregistrée ; corrigez-les puis relancez l'import :\n"
        f"ligne {line} : le texte de la demande a changé entre l'export de ce fichier et cette analyse "
        f"(paire « {pair_id('D1', 'A1')} » inconnue dans cette analyse)"
    )
    assert not db.exists()
