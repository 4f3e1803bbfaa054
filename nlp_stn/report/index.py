"""The lookups over a run that every renderer shares (:class:`_Index`), and the few texts built
from them: a reviewer's opinion, a unit's location, the header's list of document titles."""
from __future__ import annotations

from collections import Counter
from typing import Mapping, Optional

from ..model import (
    Decision,
    STATUS_ADDRESSED,
    STATUS_NOT,
    STATUS_PARTIAL,
    STATUSES,
    Match,
    MatchRun,
    Segment,
)
from ..review import DISPUTED, DemandReview, verdict_text
from ..status import answer_state
from .common import NO_THEME, REVIEWER_PAIR_LABELS, action_ref, pair_status, reviews_of, theme_label, thresholds


def _opinion(d: Decision, index: Optional["_Index"] = None) -> str:
    """'alice : oui', 'bruno : non, action corrigée : Action 2.1' (the corrected action's id
    without ``index``)."""
    if index is None or not d.corrected_action_id:
        return f"{d.reviewer or 'relecteur inconnu'} : {verdict_text(d)}"
    return (f"{d.reviewer or 'relecteur inconnu'} : {d.decision}, action corrigée : "
            f"{index.action_name(d.corrected_action_id)}")


class _Index:
    """Lookups over a run used by every renderer."""

    def __init__(self, run: MatchRun, labels: Mapping[str, str]):
        self.run = run
        self.labels = labels
        self.demands = {s.id: s for s in run.demands}
        self.actions = {s.id: s for s in run.actions}
        self.coverage = {c.demand_id: c for c in run.coverage}
        self.matches: dict[str, list[Match]] = {}
        for m in run.matches:
            self.matches.setdefault(m.demand_id, []).append(m)
        for ms in self.matches.values():
            ms.sort(key=lambda m: m.rank)
        self.t_addressed, self.t_partial = thresholds(run)
        self.reviews = reviews_of(run)
        self._states: dict[tuple[str, str], str] = {}

    def review(self, demand_id: str) -> Optional[DemandReview]:
        return self.reviews.get(demand_id)

    def disputed(self, demand_id: str) -> bool:
        review = self.reviews.get(demand_id)
        return bool(review and review.disputed)

    def reviewer_mark(self, m: Match) -> str:
        """What reviewers said of a candidate: 'choisie par un relecteur', 'écartée par un
        relecteur', 'avis partagés entre relecteurs : à trancher'; '' when nothing."""
        review = self.reviews.get(m.demand_id)
        if review is None:
            return ""
        if m.action_id in review.chosen:
            return REVIEWER_PAIR_LABELS["oui"]
        if m.action_id in review.partial:
            return REVIEWER_PAIR_LABELS["partiel"]
        pair = review.pair(m.action_id)
        if pair is not None and pair.disputed:
            return DISPUTED
        if m.action_id in review.rejected:
            return REVIEWER_PAIR_LABELS["non"]
        return ""

    def chosen_matches(self, demand_id: str) -> list[Match]:
        """Candidates the reviewers chose (then retained in part), in their order: shown first."""
        review = self.reviews.get(demand_id)
        if review is None:
            return []
        by_action = {m.action_id: m for m in self.matches.get(demand_id, [])}
        return [by_action[a] for a in review.chosen + review.partial if a in by_action]

    def added(self, m: Match) -> bool:
        """A link a reviewer made that the machine never proposed (no score of its own)."""
        review = self.reviews.get(m.demand_id)
        return bool(review and m.action_id in review.added)

    def review_note(self, demand_id: str) -> str:
        """One French line on what reviewers decided about a demand (coverage.csv ``review_note``)."""
        review = self.reviews.get(demand_id)
        cov = self.coverage.get(demand_id)
        if review is None:
            return ""
        parts = []
        if review.disputed:
            parts.append(DISPUTED + " (" + " ; ".join(
                f"{self.action_name(p.action_id)} : " + ", ".join(_opinion(d, self) for d in p.decisions
                                                                   if d.decision != "incertain")
                for p in review.disputed) + ")")
        elif cov is not None and cov.validated:
            who = sorted({d.reviewer for p in review.pairs if p.verdict for d in p.decisions if d.reviewer})
            parts.append("validé" + (f" par {', '.join(who)}" if who else ""))
        for who, action_id, comment in review.comments:
            parts.append(f"commentaire de {who} ({self.action_name(action_id)}) : « {' '.join(comment.split())} »")
        if review.previous:
            parts.append("à revoir, décision précédente : " + " ; ".join(_opinion(d, self) for d in review.previous))
        return " ; ".join(parts)

    def action_name(self, action_id: str) -> str:
        """'aucune action ne répond', 'Action 2.1', or the action's text cut short."""
        if not action_id:
            return "aucune action ne répond"
        action = self.actions.get(action_id)
        if action is None:
            return f"action {action_id}"
        ref = action_ref(action)
        if ref:
            return ref
        text = " ".join(action.text.split())
        return f"action « {text if len(text) <= 60 else text[:59].rstrip() + '…'} »"

    def status(self, demand_id: str) -> str:
        cov = self.coverage.get(demand_id)
        return cov.status if cov else STATUS_NOT

    def counts(self) -> dict[str, int]:
        counter = Counter(self.status(d.id) for d in self.run.demands)
        return {s: counter.get(s, 0) for s in STATUSES}

    def pair_status(self, match: Match) -> str:
        """The pair's status, lowered to what the action's document says of it and, as for the
        demand's status, for an action that is only a study or gives less than asked
        (:func:`nlp_stn.status.answer_state`)."""
        return pair_status(self.run, match, self.coverage.get(match.demand_id), self._answer_state(match))

    def capped(self, match: Match) -> bool:
        """True when the demand's own status capped the pair's (see
        :func:`nlp_stn.report.common.pair_status`): its score alone would say more."""
        state, cov = self._answer_state(match), self.coverage.get(match.demand_id)
        return pair_status(self.run, match, cov, state, cap=False) != pair_status(self.run, match, cov, state)

    def _answer_state(self, match: Match) -> str:
        """What the action says of how far it answers the pair's demand
        (:func:`nlp_stn.status.answer_state`), read once per pair."""
        key = (match.demand_id, match.action_id)
        if key not in self._states:
            action = self.actions.get(match.action_id)
            demand = self.demands.get(match.demand_id)
            self._states[key] = (answer_state(action.text, action.state, demand.text if demand else "", action.detail)
                                 if action else "")
        return self._states[key]

    def lowered(self, match: Match) -> bool:
        """True when the action's stated fate lowered the status its score gives the pair."""
        action = self.actions.get(match.action_id)
        if action is None or not action.state:
            return False
        cov = self.coverage.get(match.demand_id)
        return (pair_status(self.run, match, cov, action.state, cap=False)
                != pair_status(self.run, match, cov, cap=False))

    def doc_title(self, doc_id: str) -> str:
        info = self.run.documents.get(doc_id, {})
        return str(info.get("title") or doc_id)

    def documents(self, role: str) -> list[str]:
        """Document ids of a side (from ``run.documents`` roles, else from the units); documents
        listed in ``run.failures`` are left out."""
        failed = {str(path) for path, _ in self.run.failures}
        docs = [
            d for d, info in self.run.documents.items()
            if info.get("role") == role and str(info.get("path") or d) not in failed and d not in failed
        ]
        if docs:
            return docs
        units = self.run.demands if role == "demands" else self.run.actions
        return list(dict.fromkeys(u.doc for u in units))

    def failures(self) -> list[tuple[str, str]]:
        return [(str(path), str(message)) for path, message in self.run.failures]

    def theme_rows(self) -> list[tuple[str, dict[str, int]]]:
        """(label, counts by status) per theme with at least one demand, largest first."""
        order = list(self.labels)
        per: dict[str, Counter] = {}
        for d in self.run.demands:
            keys = self.run.themes.get(d.id, ()) or (NO_THEME,)
            for key in keys:
                per.setdefault(key, Counter())[self.status(d.id)] += 1

        def sort_key(key: str):
            total = sum(per[key].values())
            pos = order.index(key) if key in order else len(order) + (key == NO_THEME)
            return (key == NO_THEME, -total, pos, key)

        return [
            (NO_THEME if k == NO_THEME else theme_label(k, self.labels), {s: per[k].get(s, 0) for s in STATUSES})
            for k in sorted(per, key=sort_key)
        ]

    def shown_matches(self, demand_id: str) -> tuple[list[Match], list[Match]]:
        """Matches worth showing (rank 1, every pair at least 'partiellement', near-ties of a
        shown one, reviewer-validated best action) and the rest; the actions reviewers chose
        (:meth:`chosen_matches`, shown first) are in neither."""
        shown, rest = [], []
        cov = self.coverage.get(demand_id)
        chosen = {m.action_id for m in self.chosen_matches(demand_id)}
        for m in self.matches.get(demand_id, []):
            if m.action_id in chosen:
                continue
            keep = (
                m.rank == 1
                or self.pair_status(m) in (STATUS_ADDRESSED, STATUS_PARTIAL)
                or (m.near_tie and shown and shown[-1].rank == m.rank - 1)
                or (cov is not None and cov.best_action_id == m.action_id)
            )
            (shown if keep else rest).append(m)
        return shown, rest


def _location(seg: Segment, index: _Index) -> str:
    where = index.doc_title(seg.doc)
    if seg.page:
        where += f", p. {seg.page}"
    return where


def _titles(index: _Index, role: str, most: int = 2) -> str:
    """'A, B et C' / 'A, B, C et 4 autres documents' for the header."""
    titles = [index.doc_title(d) for d in index.documents(role)]
    if not titles:
        return "aucun document"
    if len(titles) > most:
        rest = len(titles) - most + 1
        titles = titles[: most - 1] + [f"{rest} autres documents (liste plus bas)"]
    return titles[0] if len(titles) == 1 else ", ".join(titles[:-1]) + " et " + titles[-1]
