"""nlp_stn.review.store: the decisions database (history, concurrent imports, corruption, version 1,
locks, read-only files, kappa)."""
from __future__ import annotations

import sqlite3
import threading

import pytest

from nlp_stn import review
from nlp_stn.review import store  # BUSY_TIMEOUT_S and _sqlite_connect are read there: patch them there
from nlp_stn.errors import ReviewError
from nlp_stn.model import pair_id, text_hash

from review_helpers import ACTIONS, DEMANDS, _import_decisions, read_export, write_sheet, run_dir


def decision_rows(db):
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT pair_id, decision, reviewer, superseded_by FROM decisions ORDER BY id").fetchall()
    finally:
        con.close()


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
    monkeypatch.setattr(store, "BUSY_TIMEOUT_S", 0.05)
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
    monkeypatch.setattr(store, "BUSY_TIMEOUT_S", 0.05)
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
    monkeypatch.setattr(store, "_sqlite_connect", lambda path: sqlite3.connect(
        f"file:{path}?mode=ro", uri=True, timeout=store.BUSY_TIMEOUT_S, isolation_level=None))


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
