"""Reading an edited review file and storing its decisions (:func:`import_review`: every row
validated, then one transaction), and finding the analysis a file was exported from
(:func:`find_review_run`)."""
from __future__ import annotations

import csv
import io
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Mapping, Optional, Sequence, Union

from ..errors import ReviewError, ReviewInputError
from ..model import Decision, pair_id as make_pair_id, normalise_for_id
from ..textio import decode_bytes, header_delimiter
from .cells import _fold, _parse_hash, parse_decision, strip_tool_notes, unescape_cell
from .follow import reattach
from .runs import _Run, _action_unit, _os_reason, _read_run, latest_run_dir
from .store import V2_COLUMNS, _connect, _row_decision, _sqlite_error
from .records import COLUMNS, ImportResult, NO_ACTION_TEXT, StoredDecision


_ENCODING_ERROR = (
    "encodage non reconnu (ni UTF-8 ni Windows-1252) ; enregistrez le fichier en "
    "« CSV UTF-8 » depuis votre tableur."
)


WORKBOOK_SUFFIXES = (".xlsx", ".xls", ".xlsm", ".ods")


@dataclass(frozen=True)
class _Pending:
    line: int
    decision: Decision


def _read_review_rows(path: Path) -> tuple[list[tuple[int, dict]], int]:
    """(spreadsheet row number, {column: unescaped cell}) for non-empty rows; and the count of rows."""
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise ReviewError(
            f"lecture impossible ({_os_reason(err)}) ; indiquez le fichier CSV de relecture à importer.", path=path
        ) from err
    if raw.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")) or path.suffix.lower() in WORKBOOK_SUFFIXES:
        raise ReviewInputError(
            "c'est un classeur de tableur, pas un fichier CSV : ouvrez-le dans votre tableur, enregistrez-le "
            "au format « CSV UTF-8 » (Fichier > Enregistrer sous), puis importez le fichier .csv obtenu.",
            path=path,
        )
    text = decode_bytes(raw, path, latin1=False, error_cls=ReviewInputError, message=_ENCODING_ERROR)
    if not text.strip():
        raise ReviewInputError("fichier vide ; exportez d'abord un fichier avec `nlp-stn review export`.", path=path)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=header_delimiter(text, (";", ",", "\t"), ";"))
    try:
        records = list(reader)
    except csv.Error as err:
        raise ReviewInputError(f"CSV mal formé ({err}) ; ré-enregistrez-le depuis votre tableur.", path=path) from err
    header = [_fold(cell).replace(" ", "_").lstrip("\ufeff") for cell in records[0]]
    if "decision" not in header or ("pair_id" not in header and not {"demand_id", "action_id"} <= set(header)):
        raise ReviewInputError(
            "colonnes « pair_id » et « decision » introuvables à la première ligne ; utilisez "
            "un fichier produit par `nlp-stn review export` (colonnes dans n'importe quel ordre).",
            path=path,
        )
    index = {}
    for position, name in enumerate(header):
        index.setdefault(name, position)  # first occurrence wins; extra columns are ignored
    rows = []
    for number, record in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in record):
            continue
        cells = {
            name: unescape_cell(record[pos]) if pos < len(record) else ""
            for name, pos in index.items()
            if name in COLUMNS
        }
        rows.append((number, cells))
    return rows, len(rows)


def _known_pairs(run: _Run) -> dict[str, tuple[str, str]]:
    known = {}
    for cand in run.candidates:
        known[make_pair_id(cand.demand_id, cand.action_id)] = (cand.demand_id, cand.action_id)
    for demand_id in run.demands:
        known[make_pair_id(demand_id, "")] = (demand_id, "")
    return known


def _resolve_pair(cells: Mapping[str, str], run: _Run, known: Mapping[str, tuple[str, str]]) -> Optional[tuple[str, str, str]]:
    """(pair id, demand id, action id) of a row in ``run``; None when the pair is unknown there."""
    pid = cells.get("pair_id", "").strip()
    demand_id = cells.get("demand_id", "").strip()
    action_id = cells.get("action_id", "").strip()
    if pid in known:
        return (pid, *known[pid])
    if (
        demand_id in run.units and demand_id in run.demands
        and (not action_id or _action_unit(run, action_id) is not None)
        and (not pid or pid == make_pair_id(demand_id, action_id))
    ):
        return make_pair_id(demand_id, action_id), demand_id, action_id
    return None


def _changed_sides(cells: Mapping[str, str], run: _Run, sides: Mapping[str, list[tuple[str, str]]]) -> list[str]:
    """For a row whose pair is unknown: the sides ("demande", "action") whose unit is absent from
    the run but whose text, as exported, is found edited in the run (see :func:`reattach`)."""
    changed = []
    for side, word in (("demand", "demande"), ("action", "action")):
        unit_id = cells.get(f"{side}_id", "").strip()
        text = cells.get(f"{side}_text", "")
        present = unit_id in sides["ids"] if side == "demand" else _action_unit(run, unit_id) is not None
        if not unit_id or present or not text.strip() or text.strip() == NO_ACTION_TEXT:
            continue
        if reattach(text, sides[side]):
            changed.append(word)
    return changed


def _validate(
    rows: Sequence[tuple[int, dict]], run: _Run, reviewer: Optional[str], source: str, now: str
) -> tuple[list[_Pending], list[str], int, dict[str, int]]:
    """(decisions to store, errors, rows without a decision, counts of decided / unknown /
    text-changed rows)."""
    known = _known_pairs(run)
    sides = {
        "ids": set(run.demands),
        "demand": [(uid, normalise_for_id(run.units[uid].text)) for uid in run.demands],
        "action": [(uid, normalise_for_id(run.units[uid].text)) for uid in sorted(run.action_ids) if uid in run.units],
    }
    pending: list[_Pending] = []
    errors: list[str] = []
    skipped = 0
    counts = {"decided": 0, "unknown": 0, "changed": 0, "comments_only": 0}
    seen: dict[tuple[str, str], _Pending] = {}
    for line, cells in rows:
        raw_decision = cells.get("decision", "")
        corrected = cells.get("corrected_action_id", "").strip()
        decision = parse_decision(raw_decision)
        if decision == "" and not corrected:
            skipped += 1
            if strip_tool_notes(cells.get("comment", "")):
                counts["comments_only"] += 1
            continue
        counts["decided"] += 1
        reasons = []
        resolved = _resolve_pair(cells, run, known)
        if resolved is not None:
            pid, demand_id, action_id = resolved
        else:
            pid = cells.get("pair_id", "").strip()
            demand_id = action_id = ""
            changed = _changed_sides(cells, run, sides)
            if changed:
                counts["changed"] += 1
                what = {
                    ("demande",): "le texte de la demande a changé",
                    ("action",): "le texte de l'action a changé",
                }.get(tuple(changed), "les textes de la demande et de l'action ont changé")
                reasons.append(f"{what} entre l'export de ce fichier et cette analyse (paire « {pid} » inconnue "
                               "dans cette analyse)")
            else:
                counts["unknown"] += 1
                reasons.append(f"paire inconnue dans cette analyse (pair_id « {pid} »)")
        if decision is None:
            reasons.append(
                f"décision illisible « {raw_decision.strip()} » (attendu : oui, partiel, non ou incertain)"
            )
        elif decision == "":
            reasons.append("décision vide alors que corrected_action_id est rempli")
        corrected_unit = _action_unit(run, corrected) if corrected else None
        if corrected and corrected_unit is None:
            reasons.append(f"corrected_action_id inconnu « {corrected} »")
        demand = run.units.get(demand_id) if demand_id else None
        action = _action_unit(run, action_id) if action_id else None
        demand_hash = demand.hash if demand else ""
        action_hash = action.hash if action else ""
        if demand is not None:
            given = _parse_hash(cells.get("demand_hash", ""))
            if given and given != demand.hash:
                reasons.append("le texte de la demande a changé depuis l'export (demand_hash)")
        if action is not None:
            given = _parse_hash(cells.get("action_hash", ""))
            if given and given != action.hash:
                reasons.append("le texte de l'action a changé depuis l'export (action_hash)")
        who = (reviewer or cells.get("reviewer", "")).strip()
        if not who:
            reasons.append("relecteur inconnu (indiquez --reviewer NOM ou remplissez la colonne reviewer)")
        if reasons:
            errors.append(f"ligne {line} : " + " ; ".join(reasons))
            continue
        comment = strip_tool_notes(cells.get("comment", ""))
        item = _Pending(
            line,
            StoredDecision(
                pair_id=pid,
                demand_id=demand_id,
                action_id=action_id,
                decision=decision,
                corrected_action_id=corrected,
                reviewer=who,
                comment=comment,
                demand_hash=demand_hash,
                action_hash=action_hash,
                source=source,
                time=now,
                corrected_hash=corrected_unit.hash if corrected_unit else "",
                demand_doc=demand.doc if demand else "",
                action_doc=action.doc if action else "",
                corrected_doc=corrected_unit.doc if corrected_unit else "",
                demand_text=demand.text if demand else "",
                action_text=action.text if action else "",
                corrected_text=corrected_unit.text if corrected_unit else "",
            ),
        )
        key = (pid, who)
        if key in seen:
            first = seen[key]
            if _same(first.decision, item.decision):
                continue
            errors.append(
                f"ligne {line} : la même paire a déjà une autre décision de {who} à la ligne {first.line}"
            )
            continue
        seen[key] = item
        pending.append(item)
    return pending, errors, skipped, counts


def _same(a: Decision, b: Decision) -> bool:
    def key(d: Decision) -> tuple:
        return (d.decision, d.corrected_action_id, d.comment, d.demand_hash, d.action_hash, d.corrected_hash)

    return key(a) == key(b)


def import_review(
    path: Union[str, Path],
    db_path: Union[str, Path],
    run_dir: Union[str, Path],
    reviewer: Optional[str] = None,
) -> ImportResult:
    """Validate a whole review file against a run, then store its decisions (all or nothing).

    ``reviewer`` (if given) is recorded for every row; otherwise each row's ``reviewer`` cell.
    Raises :class:`ReviewError` listing every bad row with its spreadsheet row number.
    """
    path = Path(path)
    run = _read_run(run_dir)
    rows, count = _read_review_rows(path)
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    pending, errors, skipped, counts = _validate(rows, run, reviewer, path.name, now)
    if errors:
        shown = errors[:50]
        more = f"\n… et {len(errors) - 50} autres lignes" if len(errors) > 50 else ""
        hints = []
        decided = max(counts["decided"], 1)
        if counts["changed"]:
            hints.append(
                f"{counts['changed']} ligne(s) décidée(s) sur {counts['decided']} portent sur des textes qui ont "
                f"changé entre l'export de ce fichier et l'analyse vérifiée ({Path(run_dir)}) : exportez un nouveau "
                f"fichier de relecture (nlp-stn review export {Path(run_dir)} -o NOUVEAU.csv) et reportez-y ces "
                "décisions ; si ce fichier vient d'une autre analyse, relancez plutôt l'import avec --run et le "
                "dossier de celle-ci."
            )
        if counts["unknown"] and counts["unknown"] * 2 >= decided:
            # most pairs unknown: the file comes from another analysis than the one checked
            hints.append(
                f"{counts['unknown']} paire(s) décidée(s) sur {counts['decided']} sont inconnues de l'analyse "
                f"vérifiée ({Path(run_dir)}) : ce fichier a sans doute été exporté d'une autre analyse ; relancez "
                "l'import avec --run et le dossier de l'analyse exportée."
            )
        raise ReviewInputError(
            "".join(h + "\n" for h in hints) + f"{len(errors)} ligne(s) invalide(s), aucune décision enregistrée ; "
            "corrigez-les puis relancez l'import :\n" + "\n".join(shown) + more,
            path=path,
        )
    added = superseded = unchanged = 0
    conn = _connect(db_path, create=True)
    try:
        conn.row_factory = sqlite3.Row
        conn.execute("BEGIN IMMEDIATE")
        try:
            for item in pending:
                d = item.decision
                current = conn.execute(
                    "SELECT * FROM decisions WHERE pair_id = ? AND reviewer = ? AND superseded_by IS NULL "
                    "ORDER BY id DESC",
                    (d.pair_id, d.reviewer),
                ).fetchall()
                if current and _same(_row_decision(current[0]), d):
                    unchanged += 1
                    continue
                cursor = conn.execute(
                    "INSERT INTO decisions (pair_id, demand_id, action_id, decision, corrected_action_id, "
                    "reviewer, comment, demand_hash, action_hash, source_file, imported_at, superseded_by, "
                    + ", ".join(V2_COLUMNS) + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, "
                    + ", ".join("?" * len(V2_COLUMNS)) + ")",
                    (
                        d.pair_id, d.demand_id, d.action_id, d.decision, d.corrected_action_id,
                        d.reviewer, d.comment, d.demand_hash, d.action_hash, d.source, d.time,
                        *(getattr(d, column) for column in V2_COLUMNS),
                    ),
                )
                added += 1
                for old in current:
                    conn.execute("UPDATE decisions SET superseded_by = ? WHERE id = ?", (cursor.lastrowid, old["id"]))
                    superseded += 1
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    except sqlite3.Error as err:
        raise _sqlite_error(db_path, err, writing=True) from err
    finally:
        conn.close()
    return ImportResult(
        path=str(path),
        rows=count,
        skipped=skipped,
        added=added,
        superseded=superseded,
        unchanged=unchanged,
        reviewers=tuple(sorted({p.decision.reviewer for p in pending})),
        comments_only=counts["comments_only"],
    )


MAX_RUNS_SEARCHED = 30  # run directories read per outputs folder by :func:`find_review_run`


def _run_dirs(outputs_dir: Path) -> list[Path]:
    """Run directories of an outputs folder: the one LATEST names first, then the most recent."""
    found: list[Path] = []
    try:
        latest = latest_run_dir(outputs_dir)
    except ReviewError:
        latest = None
    if latest is not None:
        found.append(latest)
    try:
        subdirs = [d for d in outputs_dir.iterdir() if d.is_dir() and (d / "matches.csv").is_file()]
    except OSError:
        return found
    subdirs.sort(key=lambda d: ((d / "matches.csv").stat().st_mtime, d.name), reverse=True)
    for d in subdirs[:MAX_RUNS_SEARCHED]:
        if latest is None or d.resolve() != latest.resolve():
            found.append(d)
    return found


def find_review_run(path: Union[str, Path], outputs_dirs: Sequence[Union[str, Path]]) -> Optional[Path]:
    """The analysis a review file was exported from, when ``--run`` is not given: the first run
    directory of ``outputs_dirs`` (in each folder, the one its LATEST names, then the most recent
    ones) that knows every decided pair of the file with the same texts (hash cells). Any such
    analysis stores the same decisions (pair ids come from the units' documents and texts).
    None when the file cannot be read, has no decided row, or no analysis knows all its pairs."""
    try:
        rows, _ = _read_review_rows(Path(path))
    except ReviewError:
        return None
    decided = [cells for _, cells in rows
               if parse_decision(cells.get("decision", "")) or cells.get("corrected_action_id", "").strip()]
    if not decided:
        return None
    seen: set[Path] = set()
    for folder in outputs_dirs:
        folder = Path(folder)
        if not folder.is_dir():
            continue
        for run_dir in _run_dirs(folder):
            key = run_dir.resolve()
            if key in seen:
                continue
            seen.add(key)
            try:
                run = _read_run(run_dir)
            except ReviewError:
                continue
            if all(_row_fits(cells, run, known) for known in [_known_pairs(run)] for cells in decided):
                return run_dir
    return None


def _row_fits(cells: Mapping[str, str], run: _Run, known: Mapping[str, tuple[str, str]]) -> bool:
    """Whether a decided row's pair is in ``run`` with the texts it was exported with."""
    resolved = _resolve_pair(cells, run, known)
    if resolved is None:
        return False
    _, demand_id, action_id = resolved
    for unit_id, column in ((demand_id, "demand_hash"), (action_id, "action_hash")):
        given = _parse_hash(cells.get(column, ""))
        if unit_id and given and run.units[unit_id].hash != given:
            return False
    corrected = cells.get("corrected_action_id", "").strip()
    return not corrected or _action_unit(run, corrected) is not None
