"""Using stored decisions in a run: following their units across edits (:func:`reattach`,
:func:`follow_decisions`, :func:`unmatched_decisions`), applying them (:func:`apply_decisions`,
the next candidate when reviewers reject the best one) and training pairs (:func:`labelled_pairs`)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import fields, replace
from typing import Iterable, Mapping, Optional, Sequence, Union

from rapidfuzz import fuzz

from ..model import (
    Coverage,
    Decision,
    Evidence,
    Match,
    MatchRun,
    STATUS_ADDRESSED,
    STATUS_NOT,
    STATUS_PARTIAL,
    Segment,
    normalise_for_id,
    text_hash,
)
from ..settings import Settings
from ..status import answer_state, outranked, stated_best
from .runs import near_tie_from_settings, thresholds_from_settings
from .records import DemandReview, FollowResult, Followed, PairReview, RELEVANCE, ReviewedRun


REATTACH_MIN_RATIO = 80.0  # rapidfuzz.fuzz.ratio (0-100) of normalised texts
REATTACH_CLEAR_RATIO = 60.0  # lower bar, for a candidate that is clearly the best one
REATTACH_MARGIN = 15.0  # "clearly": ratio at least this many points above the second best


class _Side:
    """The units of one side of a run, by id and by document (for re-attachment)."""

    def __init__(self, units: Mapping[str, tuple[str, str]]):  # id -> (doc, text)
        self.texts = {uid: text for uid, (_, text) in units.items()}
        self.by_doc: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for uid, (doc, text) in units.items():
            if doc:
                self.by_doc[doc].append((uid, normalise_for_id(text)))

    def locate(self, unit_id: str, doc: str, text: str) -> tuple[Optional[str], bool]:
        """(current id, re-attached?) of a decided unit; id None = its document is not in the run,
        id "" = its document is in the run but no unit is similar enough."""
        if unit_id in self.texts:
            return unit_id, False
        if not doc or doc not in self.by_doc:
            return None, False
        found = reattach(text, self.by_doc[doc])
        return found, bool(found)


def reattach(text: str, candidates: Sequence[tuple[str, str]]) -> str:
    """Id of the candidate (id, normalised text) that is the edited version of ``text``; "" when none.

    Similarity is ``rapidfuzz.fuzz.ratio`` of normalised texts (0-100). The most similar
    candidate is chosen when it is the only best one and either its ratio is at least
    :data:`REATTACH_MIN_RATIO`, or it is clearly the best: ratio at least
    :data:`REATTACH_CLEAR_RATIO` and :data:`REATTACH_MARGIN` points above every other
    candidate (a few words added to a short demand lower the ratio a lot, but leave it far
    closer to its new version than to any other unit of its document). A re-attached decision
    is never applied: it is flagged "à revoir".
    """
    if not text.strip():
        return ""
    target = normalise_for_id(text)
    ranked = sorted(((fuzz.ratio(target, norm), uid) for uid, norm in candidates), key=lambda item: -item[0])
    if not ranked:
        return ""
    best, best_id = ranked[0]
    second = ranked[1][0] if len(ranked) > 1 else 0.0
    if best == second or best < REATTACH_CLEAR_RATIO:
        return ""
    if best >= REATTACH_MIN_RATIO or best - second >= REATTACH_MARGIN:
        return best_id
    return ""


def _follow(decisions: Iterable[Decision], demands: _Side, actions: _Side) -> FollowResult:
    followed: list[Followed] = []
    unmatched: list[Decision] = []
    for d in decisions:
        demand_id, demand_moved = demands.locate(
            d.demand_id, getattr(d, "demand_doc", ""), getattr(d, "demand_text", "")
        )
        action_id, action_moved = "", False
        if d.action_id:
            action_id, action_moved = actions.locate(
                d.action_id, getattr(d, "action_doc", ""), getattr(d, "action_text", "")
            )
        if demand_id is None or action_id is None:
            continue  # about a document that is not part of this run
        corrected_id, corrected_moved = "", False
        if d.corrected_action_id:
            corrected_id, corrected_moved = actions.locate(
                d.corrected_action_id, getattr(d, "corrected_doc", ""), getattr(d, "corrected_text", "")
            )
            if corrected_id is None:  # its document is not part of this run: only that link is left out
                corrected_id = ""
            elif not corrected_id:
                unmatched.append(d)
                continue
        if not demand_id or (d.action_id and not action_id):
            unmatched.append(d)
            continue
        followed.append(
            Followed(d, demand_id, action_id, corrected_id, demand_moved or action_moved or corrected_moved)
        )
    return FollowResult(tuple(followed), tuple(unmatched))


def _run_sides(run: MatchRun) -> tuple[_Side, _Side]:
    return (
        _Side({seg.id: (seg.doc, seg.text) for seg in run.demands}),
        _Side({seg.id: (seg.doc, seg.text) for seg in run.actions}),
    )


def follow_decisions(run: MatchRun, decisions: Sequence[Decision]) -> FollowResult:
    """Where each decision's units are in ``run`` (see "Decisions follow edited units")."""
    return _follow(decisions, *_run_sides(run))


def unmatched_decisions(run: MatchRun, decisions: Sequence[Decision]) -> list[Decision]:
    """Decisions about documents of the run whose unit(s) can be found neither by id nor by text
    ("décision sans unité correspondante" in the report); they stay in the database."""
    return list(follow_decisions(run, decisions).unmatched)


def _is_stale_followed(f: Followed, hashes: Mapping[str, str]) -> bool:
    """A decision found by id whose decided texts (demand, action, corrected action) changed."""
    d = f.decision
    for unit_id, decided in (
        (f.demand_id, d.demand_hash),
        (f.action_id, d.action_hash),
        (f.corrected_action_id, d.corrected_hash),
    ):
        if unit_id and decided and hashes.get(unit_id, decided) != decided:
            return True
    return False


def apply_decisions(run: MatchRun, decisions: Sequence[Decision]) -> MatchRun:
    """The run with human decisions applied wherever one exists.

    Per pair, the current decision of each reviewer (a later one of the same reviewer wins);
    ``incertain`` is no opinion. When reviewers disagree on a pair (decision or corrected
    action), neither decision is applied and the demand is not "validé" ("avis partagés entre
    relecteurs : à trancher" in the report; both decisions are kept). Per demand, with the
    agreed decisions: a ``oui`` (or a ``corrected_action_id``) -> "pris en compte" with that
    action as best action; else a ``partiel`` -> "partiellement"; else ``oui`` on the "no
    action" row, or ``non`` on every candidate -> "non pris en compte"; the coverage is then
    ``validated``. A corrected action the machine never proposed gets a new :class:`Match`
    (score 0, after the machine's candidates, evidence ``top_signal="relecteur"``). A decision
    whose demand, action or corrected action text hash differs from the current text, or whose
    unit was re-attached after an edit (see the module doc), is not applied: the demand's
    coverage gets ``to_review=True``, unless someone decided that pair again on the current
    texts. Decisions about units absent from the run are not applied (kept in the base; see
    :func:`unmatched_decisions`).

    The result is a :class:`ReviewedRun` (``reviews``: what reviewers decided, per demand) as
    soon as one decision concerns the run; otherwise ``run`` itself.
    """
    demand_side, action_side = _run_sides(run)
    hashes = {uid: text_hash(text) for side in (demand_side, action_side) for uid, text in side.texts.items()}
    actions = {seg.id: seg for seg in run.actions}
    demand_state = {seg.id: seg.state for seg in run.demands}  # what was published with each demand

    result = _follow(decisions, demand_side, action_side)
    review_needed: list[Followed] = []
    fresh: list[Decision] = []
    for f in result.followed:
        if f.moved or _is_stale_followed(f, hashes):
            review_needed.append(f)
        else:
            fresh.append(replace(f.decision, corrected_action_id=f.corrected_action_id))
    # A decision to review needs a review unless someone decided the same pair on the current texts.
    fresh_pairs = {d.pair_id for d in fresh}
    previous: dict[str, list[Decision]] = defaultdict(list)
    for f in review_needed:
        if f.pair_id not in fresh_pairs:
            previous[f.demand_id].append(f.decision)
    stale_demands = set(previous)

    by_pair: dict[str, dict[str, Decision]] = defaultdict(dict)
    for d in fresh:
        by_pair[d.pair_id][d.reviewer] = d  # the latest of each reviewer
    pair_reviews: dict[str, list[PairReview]] = defaultdict(list)
    per_demand: dict[str, list[Decision]] = defaultdict(list)  # agreed decisions
    for by_reviewer in by_pair.values():
        current = tuple(by_reviewer[r] for r in sorted(by_reviewer))
        opinions = [d for d in by_reviewer.values() if d.decision in RELEVANCE]  # latest last
        disputed = is_disputed(current)
        verdict = opinions[-1].decision if opinions and not disputed else ""
        first = current[0]
        pair_reviews[first.demand_id].append(PairReview(first.action_id, current, verdict, disputed))
        if verdict:
            per_demand[first.demand_id].append(opinions[-1])

    demands = demand_side.texts
    matches_by_demand: dict[str, list[Match]] = defaultdict(list)
    for match in run.matches:
        matches_by_demand[match.demand_id].append(match)
    new_matches = list(run.matches)
    new_coverage = []
    reviews: dict[str, DemandReview] = {}
    found = thresholds_from_settings(run.settings)
    limits = (found.get("addressed", -1.0), found.get("partial", -1.0))
    near_tie = near_tie_from_settings(run.settings)
    covered = {cov.demand_id for cov in run.coverage}
    bases = list(run.coverage) + [
        Coverage(demand_id, STATUS_NOT, "", 0.0) for demand_id in demands  # demands without a coverage row
        if demand_id not in covered and (pair_reviews.get(demand_id) or demand_id in stale_demands)
    ]
    for cov in bases:
        demand_id = cov.demand_id
        pairs = sorted(pair_reviews.get(demand_id, []), key=lambda p: (p.action_id == "", p.action_id))
        new_cov, judged = _apply_one(cov, per_demand.get(demand_id, []), matches_by_demand, new_matches, actions,
                                     stale_demands, limits, demand_state.get(demand_id, ""), demands.get(demand_id, ""),
                                     near_tie)
        if any(p.disputed for p in pairs) and new_cov.validated:
            new_cov = replace(new_cov, validated=False)  # reviewers disagree: not settled
        new_coverage.append(new_cov)
        if pairs or demand_id in previous:
            reviews[demand_id] = DemandReview(demand_id, tuple(pairs), *judged, previous=tuple(previous[demand_id]))
    if not reviews:
        return replace(run, matches=tuple(new_matches), coverage=tuple(new_coverage))
    base = {f.name: getattr(run, f.name) for f in fields(MatchRun)}
    base.update(matches=tuple(new_matches), coverage=tuple(new_coverage))
    return ReviewedRun(**base, reviews=reviews)


def _apply_one(
    cov: Coverage,
    decided: list[Decision],
    matches_by_demand: dict[str, list[Match]],
    new_matches: list[Match],
    actions: Mapping[str, Segment],
    stale_demands: set[str],
    limits: tuple[float, float] = (-1.0, -1.0),
    own: str = "",
    demand_text: str = "",
    near_tie: float = Settings.near_tie,
) -> tuple[Coverage, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
    """A demand's coverage after its agreed decisions, and (chosen, partial, rejected, added)
    actions; ``own``: what the authority published with the demand (its « Statut »);
    ``demand_text``: what it asks (a study or less than asked answers it in part, see
    :func:`nlp_stn.status.answer_state`); ``near_tie``: the run's (see :func:`_next_candidate`)."""
    demand_id = cov.demand_id
    to_review = cov.to_review or demand_id in stale_demands
    machine = {m.action_id: m for m in matches_by_demand.get(demand_id, [])}
    decided = sorted(decided, key=lambda d: machine[d.action_id].rank if d.action_id in machine else 10**6)
    positive: list[str] = []
    partial: list[str] = []
    rejected: set[str] = set()
    none_confirmed = False
    for d in decided:
        if d.action_id:
            if d.decision == "oui":
                positive.append(d.action_id)
            elif d.decision == "partiel":
                partial.append(d.action_id)
            else:
                rejected.add(d.action_id)
        elif d.decision == "oui":
            none_confirmed = True
        if d.corrected_action_id and d.corrected_action_id in actions:
            positive.append(d.corrected_action_id)
    positive = list(dict.fromkeys(positive))
    partial = [a for a in dict.fromkeys(partial) if a not in positive]
    added = tuple(a for a in positive + partial if a not in machine)
    judged = (tuple(positive), tuple(partial), tuple(sorted(rejected - set(positive) - set(partial))), added)
    status = None
    best = ""
    if positive:
        status, best = STATUS_ADDRESSED, positive[0]
    elif partial:
        status, best = STATUS_PARTIAL, partial[0]
    elif none_confirmed or (machine and set(machine) <= rejected):
        status = STATUS_NOT
    if status is None:
        if cov.best_action_id and cov.best_action_id in rejected:
            # the machine's best action was turned down: the next candidate not turned down
            # takes its place, with the status its score gives (still a machine suggestion)
            return _next_candidate(cov, machine, rejected, limits, to_review, actions, own, demand_text,
                                   near_tie), judged
        return (replace(cov, to_review=to_review) if to_review != cov.to_review else cov), judged
    for action_id in positive + partial:
        if action_id not in machine:
            rank = max((m.rank for m in matches_by_demand.get(demand_id, [])), default=0) + 1
            match = Match(demand_id, action_id, rank, 0.0, Evidence(top_signal="relecteur"))
            matches_by_demand[demand_id].append(match)
            new_matches.append(match)
            machine[action_id] = match
    score = machine[best].score if best else cov.score
    return Coverage(demand_id, status, best, score, validated=True, to_review=to_review), judged


def _next_candidate(
    cov: Coverage, machine: Mapping[str, Match], rejected: set[str], limits: tuple[float, float], to_review: bool,
    actions: Mapping[str, Segment] = {}, own: str = "", demand_text: str = "", near_tie: float = Settings.near_tie,
) -> Coverage:
    """The coverage of a demand whose best machine action a reviewer rejected: the best
    status the remaining candidates give against the run's thresholds (``limits`` =
    (addressed, partial); with unknown thresholds the coverage is kept), each lowered to what
    its document says of the action (« Non retenue », « Reportée »: see
    :func:`nlp_stn.status.status_cap`; a refusal ends the list, « partiellement » when the same
    answer keeps another part, see :func:`nlp_stn.match.refused_in_part`, or a sibling section of the
    same measure does, see :func:`nlp_stn.match.kept_in_sibling_section`, or when a refusal beside the
    best one turns down another part, see :func:`nlp_stn.match.refused_beside_kept`; a candidate scoring more than
    ``near_tie`` below the first remaining one answers at most in part, see
    :func:`nlp_stn.status.outranked`), and the first candidate giving it."""
    left = sorted((m for a, m in machine.items() if a not in rejected), key=lambda m: m.rank)
    t_addressed, t_partial = limits
    if t_partial < 0:  # thresholds unknown: the machine's status cannot be recomputed
        return replace(cov, to_review=to_review) if to_review != cov.to_review else cov
    found = [STATUS_NOT if m.score < t_partial else
             STATUS_ADDRESSED if t_addressed >= 0 and m.score >= t_addressed else STATUS_PARTIAL for m in left]
    found = outranked(found, [m.score for m in left], near_tie)
    status, best, refusal = stated_best([(f, answer_state(actions[m.action_id].text, actions[m.action_id].state,
                                                          demand_text, actions[m.action_id].detail)
                                          if m.action_id in actions else "") for f, m in zip(found, left)], own)
    if refusal is not None and all(m.action_id in actions for m in left):
        from ..match import refusal_status

        weighed = refusal_status(status, best, refusal, [(actions[m.action_id], m.score) for m in left], found, demand_text)
        if status == STATUS_NOT and weighed != status:
            best = refusal  # the refusal stays the answer shown, a part being kept elsewhere
        status = weighed
    if best is not None:
        m = left[best]
        return Coverage(cov.demand_id, status, m.action_id, m.score, validated=False, to_review=to_review)
    score = left[0].score if left else 0.0
    return Coverage(cov.demand_id, STATUS_NOT, "", score, validated=False, to_review=to_review)


def labelled_pairs(
    decisions: Sequence[Decision],
    units: Union[Sequence[Segment], Mapping[str, object], None],
) -> list[tuple[str, str, int]]:
    """Training pairs (demand_id, action_id, relevance) from decisions: oui 2, partiel 1, non 0.

    ``incertain`` and "no action" rows give no pair; a ``corrected_action_id`` gives
    (demand, corrected action, 2). ``units`` are the current units (segments, or a mapping id ->
    segment or text): decisions about absent units or changed texts (demand, action or
    corrected action) are left out. With
    ``units=None`` nothing is filtered. Later decisions on the same pair win; pairs are sorted.
    """
    texts: Optional[dict[str, str]] = None
    if units is not None:
        if isinstance(units, Mapping):
            texts = {k: (v.text if hasattr(v, "text") else str(v)) for k, v in units.items()}
        else:
            texts = {seg.id: seg.text for seg in units}
    hashes = {uid: text_hash(text) for uid, text in (texts or {}).items()}

    def current(uid: str, expected: str) -> bool:
        if texts is None:
            return True
        return uid in hashes and (not expected or hashes[uid] == expected)

    labels: dict[tuple[str, str], int] = {}
    for d in decisions:
        if not current(d.demand_id, d.demand_hash):
            continue
        if d.action_id and d.decision in RELEVANCE and current(d.action_id, d.action_hash):
            labels[(d.demand_id, d.action_id)] = RELEVANCE[d.decision]
        if d.corrected_action_id and current(d.corrected_action_id, d.corrected_hash):
            labels[(d.demand_id, d.corrected_action_id)] = 2
    return sorted((a, b, r) for (a, b), r in labels.items())


def is_disputed(decisions: Iterable[Decision]) -> bool:
    """Whether current decisions of different reviewers on one pair disagree (decision or corrected
    action); ``incertain`` is no opinion and contradicts nobody."""
    opinions = {(d.decision, d.corrected_action_id) for d in decisions if d.decision in RELEVANCE}
    return len(opinions) > 1
