"""Texts, runs, the ``run_dir`` fixture and spreadsheet helpers shared by the tests of nlp_stn.review
(tests/review/; a test module imports ``run_dir`` from here to use it: a conftest.py here would
shadow tests/conftest.py, which other tests import as ``conftest``)."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from nlp_stn import review
from nlp_stn.model import Coverage, Match, MatchRun

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


def _rename(units: dict, old: str, new: str, text: str) -> dict:
    """The units after an edit: the edited unit gets a new id (as segment ids do)."""
    return {(new if k == old else k): (text if k == old else v) for k, v in units.items()}


def _rescore(scores: dict, old: str, new: str) -> dict:
    return {(new if d == old else d): [(new if a == old else a, s) for a, s in pairs] for d, pairs in scores.items()}


EDITED_D1 = "=SUM(A1) : créer un vaste réseau de tiers-lieux"  # fuzz.ratio 93 with D1
