"""The SQLite decisions database: schema, connection (WAL, busy timeout), migration from
version 1, current decisions and history, disagreements between reviewers (Cohen's kappa)."""
from __future__ import annotations

import sqlite3
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Optional, Sequence, Union

from ..errors import ReviewError
from ..model import Decision
from .runs import _os_reason
from .records import Agreement, Conflict, ConflictReport, HistoryEntry, StoredDecision


SCHEMA_VERSION = 2
BUSY_TIMEOUT_S = 60.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS decisions (
    id INTEGER PRIMARY KEY,
    pair_id TEXT NOT NULL,
    demand_id TEXT NOT NULL,
    action_id TEXT NOT NULL DEFAULT '',
    decision TEXT NOT NULL CHECK (decision IN ('oui', 'partiel', 'non', 'incertain')),
    corrected_action_id TEXT NOT NULL DEFAULT '',
    reviewer TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    demand_hash TEXT NOT NULL DEFAULT '',
    action_hash TEXT NOT NULL DEFAULT '',
    source_file TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL,
    superseded_by INTEGER NULL REFERENCES decisions(id),
    corrected_hash TEXT NOT NULL DEFAULT '',
    demand_doc TEXT NOT NULL DEFAULT '',
    action_doc TEXT NOT NULL DEFAULT '',
    corrected_doc TEXT NOT NULL DEFAULT '',
    demand_text TEXT NOT NULL DEFAULT '',
    action_text TEXT NOT NULL DEFAULT '',
    corrected_text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS decisions_pair ON decisions (pair_id, reviewer);
CREATE INDEX IF NOT EXISTS decisions_current ON decisions (superseded_by);
"""

# Columns added by schema version 2 (all TEXT NOT NULL DEFAULT '').
V2_COLUMNS = (
    "corrected_hash", "demand_doc", "action_doc", "corrected_doc", "demand_text", "action_text", "corrected_text",
)

_SQLITE_MAGIC = b"SQLite format 3\x00"


def _corrupt(db_path: Path, detail: str = "") -> ReviewError:
    extra = f" ({detail})" if detail else ""
    return ReviewError(
        "ce fichier n'est pas une base de décisions nlp-stn lisible" + extra + " ; il n'a pas "
        "été modifié. Restaurez-en une sauvegarde, ou indiquez un autre fichier avec --db "
        "(un fichier absent est créé).",
        path=db_path,
    )


def _sqlite_error(db_path: Union[str, Path], err: sqlite3.Error, writing: bool) -> ReviewError:
    """A one-line French error for an SQLite failure (nothing was written: transactions roll back)."""
    db_path = Path(db_path)
    name = getattr(err, "sqlite_errorname", "") or ""
    text = str(err).lower()
    nothing = " ; aucune décision enregistrée" if writing else ""
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        return ReviewError(
            f"base de décisions occupée par un autre import{nothing} ; réessayez dans un instant.", path=db_path
        )
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM")) or "readonly" in text or (
        "unable to open" in text
    ):
        return ReviewError(
            f"base de décisions en lecture seule (fichier ou dossier non modifiable){nothing} ; donnez les "
            "droits d'écriture ou indiquez un autre fichier avec --db.",
            path=db_path,
        )
    if name.startswith("SQLITE_FULL") or "disk is full" in text:
        return ReviewError(f"disque plein{nothing} ; libérez de la place puis réessayez.", path=db_path)
    if name.startswith("SQLITE_IOERR") or "disk i/o" in text:
        return ReviewError(
            f"erreur d'entrée-sortie sur le disque{nothing} ; vérifiez le support puis réessayez.", path=db_path
        )
    if isinstance(err, sqlite3.OperationalError) and not name.startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT")):
        return ReviewError(
            f"opération impossible sur la base de décisions ({err}){nothing} ; réessayez, ou indiquez "
            "un autre fichier avec --db.",
            path=db_path,
        )
    return _corrupt(db_path, str(err))


def _enable_wal(conn: sqlite3.Connection) -> None:
    """Switch the database to WAL mode, waiting while another process holds it.

    SQLite answers a journal-mode change on a busy database with "database is locked" at once,
    without its busy handler, so the wait is done here (up to BUSY_TIMEOUT_S)."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
                return
            conn.execute("PRAGMA journal_mode = WAL")
        except sqlite3.OperationalError as err:
            if "locked" not in str(err) and "busy" not in str(err):
                raise
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.05)


def _sqlite_connect(db_path: Path) -> sqlite3.Connection:
    """Open the database file (kept apart so that tests can open it read-only)."""
    return sqlite3.connect(str(db_path), timeout=BUSY_TIMEOUT_S, isolation_level=None)


def _columns(conn: sqlite3.Connection) -> set[str]:
    return {row[1] for row in conn.execute("PRAGMA table_info(decisions)")}


def _schema_version(conn: sqlite3.Connection) -> Optional[int]:
    row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return row[0] if row else None


def _migrate(conn: sqlite3.Connection) -> None:
    """Bring a version-1 database to version 2 in place (one transaction; every row kept)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = _schema_version(conn) or 1
        if version < SCHEMA_VERSION:  # checked again under the write lock (concurrent imports)
            present = _columns(conn)
            for column in V2_COLUMNS:
                if column not in present:
                    conn.execute(f"ALTER TABLE decisions ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
            conn.execute("DELETE FROM schema_version")
            conn.execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION,))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _connect(db_path: Union[str, Path], create: bool) -> Optional[sqlite3.Connection]:
    """Open the decisions database; None if absent and not ``create``.

    With ``create`` (writers), a missing database is created and a version-1 database is
    migrated to the current schema; readers read any version as it is.
    """
    db_path = Path(db_path)
    if db_path.is_dir():
        raise ReviewError("c'est un dossier ; indiquez un fichier de base de décisions (--db).", path=db_path)
    exists = db_path.is_file() and db_path.stat().st_size > 0
    if exists:
        try:
            with open(db_path, "rb") as handle:
                magic = handle.read(len(_SQLITE_MAGIC))
        except OSError as err:
            raise ReviewError(f"lecture impossible ({_os_reason(err)}) ; indiquez --db.", path=db_path) from err
        if magic != _SQLITE_MAGIC:
            raise _corrupt(db_path)
    elif not create:
        return None
    else:
        try:
            db_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise ReviewError(
                f"impossible de créer le dossier de la base ({_os_reason(err)}) ; indiquez --db.",
                path=db_path,
            ) from err
    try:
        conn = _sqlite_connect(db_path)
    except sqlite3.Error as err:
        raise _sqlite_error(db_path, err, create) from err
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if exists and tables and not {"decisions", "schema_version"} <= tables:
            raise _corrupt(db_path, "tables decisions et schema_version absentes")
        version = _schema_version(conn) if "schema_version" in tables else None
        if version is not None and version > SCHEMA_VERSION:
            raise ReviewError(
                f"base de décisions au schéma {version}, plus récent que celui de cette "
                f"version de nlp-stn ({SCHEMA_VERSION}) ; mettez nlp-stn à jour.",
                path=db_path,
            )
        if create:
            _enable_wal(conn)
            if not {"decisions", "schema_version"} <= tables:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    for statement in _SCHEMA.strip().split(";"):
                        if statement.strip():
                            conn.execute(statement)
                    if conn.execute("SELECT COUNT(*) FROM schema_version").fetchone()[0] == 0:
                        conn.execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION,))
                    conn.execute("COMMIT")
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
            elif (version or 1) < SCHEMA_VERSION:
                _migrate(conn)
        elif "decisions" not in tables:
            conn.close()
            return None
    except sqlite3.Error as err:
        conn.close()
        raise _sqlite_error(db_path, err, create) from err
    except ReviewError:
        conn.close()
        raise
    return conn


def _row_decision(row: sqlite3.Row) -> StoredDecision:
    keys = set(row.keys())

    def get(name: str) -> str:  # version-1 rows have no version-2 columns
        return (row[name] or "") if name in keys else ""

    return StoredDecision(
        pair_id=row["pair_id"],
        demand_id=row["demand_id"],
        action_id=row["action_id"],
        decision=row["decision"],
        corrected_action_id=row["corrected_action_id"],
        reviewer=row["reviewer"],
        comment=row["comment"],
        demand_hash=row["demand_hash"],
        action_hash=row["action_hash"],
        source=row["source_file"],
        time=row["imported_at"],
        corrected_hash=get("corrected_hash"),
        demand_doc=get("demand_doc"),
        action_doc=get("action_doc"),
        corrected_doc=get("corrected_doc"),
        demand_text=get("demand_text"),
        action_text=get("action_text"),
        corrected_text=get("corrected_text"),
    )


def _query(db_path: Union[str, Path], sql: str, params: tuple = ()) -> list[sqlite3.Row]:
    conn = _connect(db_path, create=False)
    if conn is None:
        return []
    try:
        conn.row_factory = sqlite3.Row
        return conn.execute(sql, params).fetchall()
    except sqlite3.Error as err:
        raise _sqlite_error(db_path, err, writing=False) from err
    finally:
        conn.close()


def load_decisions(db_path: Union[str, Path]) -> list[Decision]:
    """Current decisions (latest per pair and reviewer), oldest first; [] if the base is absent.

    The items are :class:`StoredDecision` (a :class:`~nlp_stn.model.Decision` with the
    documents and texts of its units when decided).
    """
    rows = _query(db_path, "SELECT * FROM decisions WHERE superseded_by IS NULL ORDER BY id")
    return [_row_decision(row) for row in rows]


def history(pair_id: str, db_path: Union[str, Path]) -> list[HistoryEntry]:
    """Every decision ever stored for a pair (all reviewers), oldest first."""
    rows = _query(db_path, "SELECT * FROM decisions WHERE pair_id = ? ORDER BY id", (pair_id.strip(),))
    return [HistoryEntry(id=row["id"], decision=_row_decision(row), superseded_by=row["superseded_by"]) for row in rows]


def cohen_kappa(labels_a: Sequence[str], labels_b: Sequence[str]) -> Optional[float]:
    """Cohen's kappa of two raters over the same items; None when undefined (expected agreement 1)."""
    if len(labels_a) != len(labels_b):
        raise ValueError("labels_a and labels_b must have the same length")
    n = len(labels_a)
    if n == 0:
        return None
    observed = sum(a == b for a, b in zip(labels_a, labels_b)) / n
    count_a, count_b = Counter(labels_a), Counter(labels_b)
    expected = sum(count_a[k] * count_b[k] for k in count_a) / (n * n)
    if expected >= 1.0:
        return None
    return (observed - expected) / (1.0 - expected)


def _verdict(decision: Decision) -> tuple[str, str]:
    return decision.decision, decision.corrected_action_id


def conflicts(db_path: Union[str, Path]) -> ConflictReport:
    """Pairs where current decisions of different reviewers disagree, and agreement per reviewer pair.

    Two decisions disagree when their decision or their corrected action differ. Kappa is
    computed over the decision labels of the pairs both reviewers decided.
    """
    by_pair: dict[str, dict[str, Decision]] = defaultdict(dict)
    for decision in load_decisions(db_path):
        by_pair[decision.pair_id][decision.reviewer] = decision
    found = []
    for pid, by_reviewer in by_pair.items():
        if len(by_reviewer) > 1 and len({_verdict(d) for d in by_reviewer.values()}) > 1:
            ordered = tuple(by_reviewer[r] for r in sorted(by_reviewer))
            found.append(Conflict(pid, ordered[0].demand_id, ordered[0].action_id, ordered))
    found.sort(key=lambda c: (c.demand_id, c.action_id))
    reviewers = sorted({r for by_reviewer in by_pair.values() for r in by_reviewer})
    agreements = []
    for i, first in enumerate(reviewers):
        for second in reviewers[i + 1:]:
            shared = [p for p, by_r in sorted(by_pair.items()) if first in by_r and second in by_r]
            if not shared:
                continue
            labels_a = [by_pair[p][first].decision for p in shared]
            labels_b = [by_pair[p][second].decision for p in shared]
            observed = sum(a == b for a, b in zip(labels_a, labels_b)) / len(shared)
            agreements.append(Agreement(first, second, len(shared), observed, cohen_kappa(labels_a, labels_b)))
    return ConflictReport(tuple(found), tuple(agreements))
