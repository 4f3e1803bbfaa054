"""The report as a JSON-able dict (report.json): summary, demands with their coverage, matches
and reviews, decisions without a matching unit."""
from __future__ import annotations

from typing import Mapping, Optional, Sequence

from ..model import Decision, STATUS_NOT, Coverage, Match, MatchRun
from ..review import DemandReview
from .common import NO_LABELS, evidence_text, run_date, unmatched_record
from .index import _Index


def _decision_dict(d: Decision) -> dict:
    return {"reviewer": d.reviewer, "decision": d.decision, "corrected_action_id": d.corrected_action_id,
            "comment": d.comment, "time": d.time, "source": d.source}


def _review_dict(review: Optional[DemandReview]) -> Optional[dict]:
    """What reviewers decided about a demand, for report.json (None when nothing)."""
    if review is None:
        return None
    return {
        "disputed": bool(review.disputed),
        "chosen_actions": list(review.chosen),
        "partial_actions": list(review.partial),
        "rejected_actions": list(review.rejected),
        "added_actions": list(review.added),
        "pairs": [{"action_id": p.action_id, "verdict": p.verdict, "disputed": p.disputed,
                   "decisions": [_decision_dict(d) for d in p.decisions]} for p in review.pairs],
        "comments": [{"reviewer": who, "action_id": a, "comment": c} for who, a, c in review.comments],
        "to_review_previous": [_decision_dict(d) for d in review.previous],
    }


def _match_dict(m: Match, index: _Index) -> dict:
    action = index.actions.get(m.action_id)
    return {
        "action_id": m.action_id,
        "action_doc": action.doc if action else "",
        "action_label": action.label if action else "",
        "action_text": action.text if action else "",
        "action_detail": action.detail if action else "",
        "action_state": action.state if action else "",
        "action_page": action.page if action else None,
        "rank": m.rank,
        "score": round(m.score, 6),
        "status": index.pair_status(m),
        "reviewer_mark": index.reviewer_mark(m),
        "added_by_reviewer": index.added(m),
        "near_tie": m.near_tie,
        "evidence": {
            "shared_lemmas": list(m.evidence.shared_lemmas),
            "shared_themes": list(m.evidence.shared_themes),
            "top_signal": m.evidence.top_signal,
            "signals": {k: round(float(v), 6) for k, v in m.evidence.signals.items()},
            "summary": evidence_text(m, index.labels, action.state if action else ""),
        },
    }


def render_json(run: MatchRun, labels: Mapping[str, str] = NO_LABELS,
                unmatched: Sequence[Decision] = ()) -> dict:
    """The report as a JSON-able dict: run_id, date, settings, versions, documents, summary,
    themes (key -> label), demands with their coverage and matches, and the decisions without
    a matching unit (``unmatched_decisions``, texts as decided)."""
    index = _Index(run, labels)
    counts = index.counts()
    demands = []
    for d in run.demands:
        cov = index.coverage.get(d.id) or Coverage(d.id, STATUS_NOT, "", 0.0)
        demands.append({
            "id": d.id, "doc": d.doc, "label": d.label, "heading": d.heading, "page": d.page,
            "text": d.text, "state": d.state, "themes": list(run.themes.get(d.id, ())), "status": cov.status,
            "best_action_id": cov.best_action_id, "score": round(cov.score, 6),
            "validated": cov.validated, "to_review": cov.to_review, "disputed": index.disputed(d.id),
            "review_note": index.review_note(d.id), "review": _review_dict(index.review(d.id)),
            "matches": [_match_dict(m, index) for m in index.matches.get(d.id, [])],
        })
    return {
        "run_id": run.run_id,
        "date": run_date(run.run_id),
        "settings": dict(run.settings),
        "versions": dict(run.versions),
        "documents": {k: dict(v) for k, v in run.documents.items()},
        "summary": {
            "demands": len(run.demands),
            "actions": len(run.actions),
            "demand_documents": index.documents("demands"),
            "action_documents": index.documents("actions"),
            "by_status": counts,
            "validated": sum(1 for c in run.coverage if c.validated),
            "to_review": sum(1 for c in run.coverage if c.to_review),
            "disputed": sum(1 for d in run.demands if index.disputed(d.id)),
            "by_theme": [{"theme": label, **c} for label, c in index.theme_rows()],
            "failures": [{"path": p, "message": msg} for p, msg in index.failures()],
            "unmatched_decisions": len(unmatched),
        },
        "themes": dict(labels),
        "demands": demands,
        "unmatched_decisions": [unmatched_record(d) for d in unmatched],
    }
