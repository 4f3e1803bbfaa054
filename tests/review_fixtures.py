"""Small run directories for the review tests, built in tmp_path (contract of issue 3)."""
from __future__ import annotations

import csv
import json
from pathlib import Path

from nlp_stn.model import Segment, text_hash

MATCH_COLUMNS = ("demand_id", "demand_doc", "demand_text", "action_id", "action_doc", "action_text",
                 "rank", "score", "status", "evidence")
COVERAGE_COLUMNS = ("demand_id", "demand_doc", "demand_text", "status", "best_action_id",
                    "best_action_text", "score", "validated", "to_review")
THRESHOLDS = {"addressed": 0.6, "partial": 0.3}


def status_of(score: float) -> str:
    if score >= THRESHOLDS["addressed"]:
        return "pris en compte"
    if score >= THRESHOLDS["partial"]:
        return "partiellement"
    return "non pris en compte"


def segment(uid: str, doc: str, kind: str, text: str) -> Segment:
    return Segment(id=uid, doc=doc, kind=kind, label="", heading="", parent="", role="",
                   page=None, start=0, end=len(text), text=text)


def write_run(run_dir: Path, demands: dict, actions: dict, scores: dict) -> Path:
    """demands/actions: id -> text; scores: demand id -> [(action id, score), ...] (any order)."""
    run_dir.mkdir(parents=True, exist_ok=True)
    with open(run_dir / "units.jsonl", "w", encoding="utf-8") as handle:
        for side, doc, kind, units in (("demand", "avis.txt", "recommendation", demands),
                                       ("action", "strategie.txt", "action", actions)):
            for uid, text in units.items():
                record = dict(id=uid, doc=doc, kind=kind, label="", heading="", parent="", role="",
                              page=None, start=0, end=len(text), text=text, side=side, themes=[],
                              hash=text_hash(text))
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    with open(run_dir / "matches.csv", "w", encoding="utf-8", newline="") as mf, \
            open(run_dir / "coverage.csv", "w", encoding="utf-8", newline="") as cf:
        matches, coverage = csv.writer(mf), csv.writer(cf)
        matches.writerow(MATCH_COLUMNS)
        coverage.writerow(COVERAGE_COLUMNS)
        for demand_id, text in demands.items():
            ranked = sorted(scores.get(demand_id, []), key=lambda item: -item[1])
            for rank, (action_id, score) in enumerate(ranked, start=1):
                matches.writerow([demand_id, "avis.txt", text, action_id, "strategie.txt",
                                  actions[action_id], rank, f"{score:.4f}", status_of(score), ""])
            best_id, best = ranked[0] if ranked else ("", 0.0)
            coverage.writerow([demand_id, "avis.txt", text, status_of(best), best_id,
                               actions.get(best_id, ""), f"{best:.4f}", "False", "False"])
    settings = {"run_id": run_dir.name, "thresholds": THRESHOLDS, "settings": {}, "versions": {}}
    (run_dir / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    return run_dir
