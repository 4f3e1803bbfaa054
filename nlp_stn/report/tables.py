"""The tables of a run: matches.csv and coverage.csv (formula-like cells escaped) and units.jsonl."""
from __future__ import annotations

import csv
import dataclasses
import json
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from ..model import STATUS_NOT, Coverage, MatchRun, Segment, text_hash
from ..review import escape_cell
from .common import COVERAGE_COLUMNS, MATCHES_COLUMNS, NO_LABELS, evidence_text, format_score
from .index import _Index


def matches_rows(run: MatchRun, labels: Mapping[str, str] = NO_LABELS) -> list[list[str]]:
    """Rows of matches.csv (without the header), demands in run order, ranks ascending."""
    index = _Index(run, labels)
    rows = []
    for d in run.demands:
        for m in index.matches.get(d.id, []):
            action = index.actions.get(m.action_id)
            rows.append([
                d.id, d.doc, d.text, m.action_id, action.doc if action else "",
                action.text if action else "", str(m.rank), format_score(m.score),
                index.pair_status(m), evidence_text(m, labels, action.state if action else ""),
            ])
    return rows


def coverage_rows(run: MatchRun) -> list[list[str]]:
    """Rows of coverage.csv (without the header), one per demand in run order.

    ``validated`` / ``to_review`` / ``disputed`` are ``oui`` or ``non`` (``disputed``: reviewers
    disagree on a pair of the demand, which is then never ``validated``); ``review_note`` says
    in French what reviewers decided (« avis partagés entre relecteurs : à trancher (…) »,
    « validé par alice », their comments, the decision waiting for a new review).
    """
    index = _Index(run, {})
    rows = []
    for d in run.demands:
        cov = index.coverage.get(d.id) or Coverage(d.id, STATUS_NOT, "", 0.0)
        action = index.actions.get(cov.best_action_id)
        rows.append([
            d.id, d.doc, d.text, cov.status, cov.best_action_id, action.text if action else "",
            format_score(cov.score), "oui" if cov.validated else "non", "oui" if cov.to_review else "non",
            "oui" if index.disputed(d.id) else "non", index.review_note(d.id),
        ])
    return rows


def _write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]]) -> Path:
    """Write a CSV file with formula-like cells escaped (see "CSV files" in the package doc)."""
    path = Path(path)
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=",", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(header)
        writer.writerows([escape_cell(str(cell)) for cell in row] for row in rows)
    return path


def write_matches_csv(run: MatchRun, path: Path, labels: Mapping[str, str] = NO_LABELS) -> Path:
    return _write_csv(path, MATCHES_COLUMNS, matches_rows(run, labels))


def write_coverage_csv(run: MatchRun, path: Path) -> Path:
    return _write_csv(path, COVERAGE_COLUMNS, coverage_rows(run))


def unit_record(seg: Segment, side: str, themes: Sequence[str]) -> dict:
    record = dataclasses.asdict(seg)
    record.update(side=side, themes=list(themes), hash=text_hash(seg.text))
    return record


def write_units_jsonl(run: MatchRun, path: Path) -> Path:
    """One JSON object per demand then per action unit (Segment fields + side, themes, hash)."""
    path = Path(path)
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for side, units in (("demand", run.demands), ("action", run.actions)):
            for seg in units:
                record = unit_record(seg, side, run.themes.get(seg.id, ()))
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
