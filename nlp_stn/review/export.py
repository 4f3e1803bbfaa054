"""Writing the review file of a run (:func:`export_review`): rows least certain first, pairs to
review again with the tool's notes, never overwriting what a reviewer typed and did not import."""
from __future__ import annotations

import csv
import io
import math
import os
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Mapping, Optional, Sequence, Union

from ..errors import ReviewError, ReviewFileExists
from ..model import Decision, STATUS_ADDRESSED, STATUS_NOT, STATUS_PARTIAL, pair_id as make_pair_id, text_hash
from .cells import (
    _decision_line,
    _format_score,
    _hash_cell,
    _one_line,
    escape_cell,
    parse_decision,
    strip_tool_notes,
)
from .follow import _Side, _follow, _is_stale_followed, is_disputed
from .imports import _read_review_rows
from .runs import _Candidate, _Run, _action_unit, _os_reason, _read_run
from .store import load_decisions
from .records import (
    BLIND_COLUMNS,
    COLUMNS,
    DISPUTED,
    ExportResult,
    Followed,
    NO_ACTION_TEXT,
    OLD_TEXT_NOTES,
    PREVIOUS_NOTE,
    TEXT_CHANGED,
    TO_REVIEW,
)


_STATUS_TO_SUGGESTION = {STATUS_ADDRESSED: "oui", STATUS_PARTIAL: "partiel", STATUS_NOT: "non"}


def _uncertainty_key(score: Optional[float], thresholds: Mapping[str, float], only_partial: bool = False) -> float:
    """Distance of a score to the nearest decision threshold (smaller = less certain)."""
    if score is None:
        return math.inf
    names = ("partial",) if only_partial else ("addressed", "partial")
    return min(abs(score - thresholds[name]) for name in names if name in thresholds)


def export_review(
    run_dir: Union[str, Path],
    out_path: Union[str, Path],
    db_path: Union[str, Path],
    blind: bool = False,
    include_all: bool = False,
    delimiter: str = ";",
    force: bool = False,
) -> ExportResult:
    """Write the review file of a run (see the module doc for its columns and rules).

    Rows are ordered least certain first: a candidate's uncertainty is the distance of its
    score to the nearest status threshold; a demand's "no action" row uses the distance of its
    best score to the "partial" threshold (below it, the machine says nothing answers).
    Pairs whose current decision (any reviewer, other than ``incertain``) still matches the
    texts are left out unless ``include_all``; pairs whose decided texts changed are exported
    again with the comment "à revoir", and pairs a decision was re-attached to after its unit
    was edited with the comment "à revoir : texte modifié" (with an extra row when the machine
    did not propose that pair; its rank, score and suggestion are empty and it comes first).

    An existing ``out_path`` holding what a reviewer typed and the database does not hold (decisions
    not imported yet), or that is no review file, is never replaced unless ``force``: raises
    :class:`ReviewFileExists`.
    """
    if delimiter not in (",", ";", "\t"):
        raise ReviewError(f"séparateur « {delimiter} » non pris en charge : choisissez « ; » ou « , ».")
    run = _read_run(run_dir)
    demand_side = _Side({uid: (run.units[uid].doc, run.units[uid].text) for uid in run.demands})
    action_side = _Side({uid: (run.units[uid].doc, run.units[uid].text) for uid in run.action_ids})
    hashes = {uid: unit.hash for uid, unit in run.units.items()}
    followed = _follow(load_decisions(db_path), demand_side, action_side)
    decided: dict[str, list[tuple[Followed, bool]]] = defaultdict(list)  # pair -> (decision, stale)
    moved: dict[str, list[str]] = defaultdict(list)  # demand id -> actions of re-attached decisions
    moved_pairs: dict[str, list[Followed]] = defaultdict(list)
    for f in followed.followed:
        if f.moved:
            moved_pairs[f.pair_id].append(f)
            if f.action_id not in moved[f.demand_id]:
                moved[f.demand_id].append(f.action_id)
        else:
            decided[f.pair_id].append((f, _is_stale_followed(f, hashes)))

    by_demand: dict[str, list[_Candidate]] = defaultdict(list)
    for cand in run.candidates:
        by_demand[cand.demand_id].append(cand)

    rows = []  # (sort key, row dict)
    skipped = stale_rows = disputed_rows = 0
    def machine_status(score: float, written: str) -> str:
        # The statuses written in a run already include human decisions: when the run's
        # thresholds are known, the suggestion is the machine's own (score vs thresholds).
        if not run.thresholds_known:
            return written
        if score >= run.thresholds["addressed"]:
            return STATUS_ADDRESSED
        return STATUS_PARTIAL if score >= run.thresholds["partial"] else STATUS_NOT

    for order, demand_id in enumerate(run.demands):
        demand = run.units[demand_id]
        cands = sorted(by_demand.get(demand_id, []), key=lambda c: c.rank)
        entries = []
        for cand in cands:
            action = _action_unit(run, cand.action_id)
            entries.append(
                (
                    cand.action_id,
                    action,
                    cand.rank,
                    cand.score,
                    _STATUS_TO_SUGGESTION.get(machine_status(cand.score, cand.status), ""),
                    _uncertainty_key(cand.score, run.thresholds),
                )
            )
        proposed = {cand.action_id for cand in cands}
        for action_id in moved.get(demand_id, []):
            if action_id and action_id not in proposed:  # a decided pair the machine did not propose
                entries.append((action_id, _action_unit(run, action_id), None, None, "", -1.0))
        written, written_score = run.coverage.get(demand_id, ("", 0.0))
        best_score = max((c.score for c in cands), default=written_score)
        status = machine_status(best_score, written or (cands[0].status if cands else STATUS_NOT))
        none_suggestion = "oui" if status == STATUS_NOT else "non"
        entries.append(("", None, None, None, none_suggestion, _uncertainty_key(best_score, run.thresholds, True)))
        for action_id, action, rank, score, suggestion, key in entries:
            pid = make_pair_id(demand_id, action_id)
            previous = decided.get(pid, [])
            fresh = [f.decision for f, is_stale in previous if not is_stale]
            # stale: decided on texts that changed, and nobody decided again on the current texts
            stale = bool(previous) and not fresh
            # re-attached: a decision on an edited unit now points to this pair, not decided again
            reattached = pid in moved_pairs and not fresh
            disputed = is_disputed(fresh)
            settled = not disputed and any(d.decision != "incertain" for d in fresh)
            if settled and not include_all:
                skipped += 1
                continue
            if reattached:
                comment = _review_note(TEXT_CHANGED, moved_pairs[pid], run)
            elif stale:
                comment = _review_note(TO_REVIEW, [f for f, _ in previous], run)
            elif disputed:
                comment = _dispute_note(fresh)
            else:
                comment = ""
            stale_rows += reattached or stale
            disputed_rows += disputed
            row = {
                "pair_id": pid,
                "demand_id": demand_id,
                "demand_text": demand.text,
                "action_id": action_id,
                "action_text": action.text if action is not None else NO_ACTION_TEXT,
                "rank": "" if rank is None else str(rank),
                "score": _format_score(score),
                "suggestion": suggestion,
                "decision": "",
                "corrected_action_id": "",
                "reviewer": "",
                "comment": comment,
                "demand_hash": _hash_cell(demand.hash),
                "action_hash": _hash_cell(action.hash if action is not None else ""),
            }
            rank_key = rank if rank is not None else 10**9
            rows.append(((key, order, rank_key), row))
    rows.sort(key=lambda item: item[0])
    columns = BLIND_COLUMNS if blind else COLUMNS

    out_path = Path(out_path)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(columns)
    for _, row in rows:
        writer.writerow([escape_cell(row[c]) for c in columns])
    text = "\ufeff" + buffer.getvalue()
    if not force:
        _check_overwrite(out_path, text, db_path)
    _write_atomic(out_path, text)
    return ExportResult(
        path=str(out_path),
        rows=len(rows),
        demands=len({row["demand_id"] for _, row in rows}),
        already_decided=skipped,
        to_review=stale_rows,
        unmatched=len(followed.unmatched),
        disputed=disputed_rows,
    )


def _review_note(head: str, previous: Sequence[Followed], run: _Run) -> str:
    """The comment of an exported pair whose decision must be reviewed: ``head``, each earlier
    decision (with its reviewer, date and comment) and the earlier texts that changed."""
    lines = [head]
    olds: list[str] = []
    for f in previous:
        d = f.decision
        lines.append(_decision_line(d, PREVIOUS_NOTE))
        for kind, unit_id, stored in (
            ("demand", f.demand_id, getattr(d, "demand_text", "")),
            ("action", f.action_id, getattr(d, "action_text", "")),
            ("corrected", f.corrected_action_id, getattr(d, "corrected_text", "")),
        ):
            unit = run.units.get(unit_id) if unit_id else None
            if stored.strip() and unit is not None and unit.hash != text_hash(stored):
                line = f"{OLD_TEXT_NOTES[kind]} : « {_one_line(stored)} »"
                if line not in olds:
                    olds.append(line)
    return "\n".join(lines + olds)


def _dispute_note(fresh: Sequence[Decision]) -> str:
    """The comment of an exported pair on which reviewers disagree: one line per reviewer."""
    lines = [DISPUTED]
    for d in sorted(fresh, key=lambda d: d.reviewer):
        lines.append(_decision_line(d, f"décision de {d.reviewer or 'relecteur inconnu'}", with_reviewer=False))
    return "\n".join(lines)


def _pending_rows(path: Path, db_path: Union[str, Path]) -> Optional[int]:
    """How many rows of the review file ``path`` hold something a reviewer typed (a decision, a
    corrected action, a comment beyond the tool's notes) that the decisions database does not
    hold yet; None when ``path`` is no review file."""
    try:
        rows, _ = _read_review_rows(path)
    except ReviewError:
        return None
    try:
        stored = {(d.pair_id, d.decision, d.corrected_action_id) for d in load_decisions(db_path)}
    except ReviewError:
        stored = set()
    pending = 0
    for _, cells in rows:
        decision = cells.get("decision", "").strip()
        corrected = cells.get("corrected_action_id", "").strip()
        if not (decision or corrected or strip_tool_notes(cells.get("comment", ""))):
            continue  # (a comment alone is kept from being overwritten, though import does not store it)
        pair = cells.get("pair_id", "").strip() or make_pair_id(cells.get("demand_id", "").strip(),
                                                                cells.get("action_id", "").strip())
        if (pair, parse_decision(decision), corrected) not in stored:
            pending += 1
    return pending


def _check_overwrite(path: Path, text: str, db_path: Union[str, Path]) -> None:
    """Refuse to replace an existing file, unless it holds ``text`` already, is empty, or is a review
    file whose every row a reviewer filled is in the decisions database (imported): nothing a
    reviewer typed is ever lost."""
    if not path.is_file():
        return
    try:
        raw = path.read_bytes()
    except OSError:
        raw = b"?"
    if raw == text.encode("utf-8") or not raw.strip():
        return
    pending = _pending_rows(path, db_path)
    if pending == 0:
        return
    what = ("ce fichier existe déjà" if pending is None
            else f"ce fichier existe déjà et {pending} de ses lignes remplies par un relecteur ne sont pas importées")
    raise ReviewFileExists(
        f"{what} : rien n'a été écrit. S'il contient des décisions, importez-le d'abord "
        "(`nlp-stn review import`) ; sinon donnez un autre nom avec -o, ou ajoutez --force pour le remplacer.",
        path=path,
        decisions=pending,
    )


def _write_atomic(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=str(path.parent))
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
            os.replace(tmp, path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
    except OSError as err:
        raise ReviewError(
            f"écriture impossible ({_os_reason(err)}) ; choisissez un autre fichier avec -o.", path=path
        ) from err
