"""The review loop's constants (review file columns, decision words, the tool's notes) and the
frozen dataclasses its functions return (results, stored decisions, what reviewers decided)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Optional

from ..model import Decision, MatchRun, pair_id as make_pair_id


COLUMNS = (
    "pair_id",
    "demand_id",
    "demand_text",
    "action_id",
    "action_text",
    "rank",
    "score",
    "suggestion",
    "decision",
    "corrected_action_id",
    "reviewer",
    "comment",
    "demand_hash",
    "action_hash",
)
BLIND_COLUMNS = tuple(c for c in COLUMNS if c not in ("score", "suggestion"))

DECISIONS = ("oui", "partiel", "non", "incertain")
RELEVANCE = {"oui": 2, "partiel": 1, "non": 0}
TO_REVIEW = "à revoir"
TEXT_CHANGED = "à revoir : texte modifié"  # comment of a pair a decision was re-attached to
DISPUTED = "avis partagés entre relecteurs : à trancher"  # comment and report mark of a disputed pair
PREVIOUS_NOTE = "décision précédente"
OLD_TEXT_NOTES = {"demand": "ancien texte de la demande", "action": "ancien texte de l'action",
                  "corrected": "ancien texte de l'action corrigée"}
NO_ACTION_TEXT = "(aucune action ne répond à cette demande)"



@dataclass(frozen=True)
class ExportResult:
    """What :func:`export_review` wrote."""

    path: str
    rows: int  # data rows written
    demands: int  # demands with at least one row
    already_decided: int  # pairs left out because a current decision settles them
    to_review: int  # rows exported again because their texts changed ("à revoir")
    unmatched: int = 0  # decisions about documents of the run whose units cannot be found
    disputed: int = 0  # rows exported again because reviewers disagree on them ("à trancher")


@dataclass(frozen=True)
class ImportResult:
    """What :func:`import_review` stored."""

    path: str
    rows: int  # data rows read (empty rows excluded)
    skipped: int  # rows without a decision
    added: int  # new decisions stored
    superseded: int  # older decisions replaced by a new one
    unchanged: int  # identical to the current decision: nothing stored
    reviewers: tuple[str, ...] = ()
    comments_only: int = 0  # skipped rows where the reviewer wrote a comment but no decision (not stored)


@dataclass(frozen=True)
class HistoryEntry:
    """One stored decision of a pair, with its database id and what replaced it."""

    id: int
    decision: Decision
    superseded_by: Optional[int] = None


@dataclass(frozen=True)
class Conflict:
    """A pair on which the current decisions of different reviewers disagree."""

    pair_id: str
    demand_id: str
    action_id: str
    decisions: tuple[Decision, ...]  # one per reviewer, sorted by reviewer


@dataclass(frozen=True)
class Agreement:
    """Cohen's kappa between two reviewers over the pairs both decided."""

    reviewer_a: str
    reviewer_b: str
    pairs: int
    observed: float  # share of pairs with the same decision
    kappa: Optional[float]  # None when undefined (both always gave the same single answer)


@dataclass(frozen=True)
class ConflictReport:
    conflicts: tuple[Conflict, ...]
    agreements: tuple[Agreement, ...]


@dataclass(frozen=True)
class StoredDecision(Decision):
    """A decision as stored in the database, with the documents and texts of its units when it
    was taken (empty for decisions stored by a version-1 database)."""

    demand_doc: str = ""
    action_doc: str = ""
    corrected_doc: str = ""
    demand_text: str = ""
    action_text: str = ""
    corrected_text: str = ""


@dataclass(frozen=True)
class Followed:
    """Where a stored decision's units are in a run (current ids)."""

    decision: Decision
    demand_id: str
    action_id: str  # "" for the "no action answers it" row
    corrected_action_id: str  # "" when none (or its document is not part of the run)
    moved: bool  # at least one unit was re-attached by text similarity (its text was edited)

    @property
    def pair_id(self) -> str:
        return make_pair_id(self.demand_id, self.action_id)


@dataclass(frozen=True)
class FollowResult:
    followed: tuple[Followed, ...]  # decisions whose units are all in the run
    unmatched: tuple[Decision, ...]  # decisions whose unit(s) of documents of the run were not found


@dataclass(frozen=True)
class PairReview:
    """The reviewers' current decisions on one (demand, action) pair of a run (texts unchanged)."""

    action_id: str  # "" = "no action answers it"
    decisions: tuple[Decision, ...]  # the current decision of each reviewer, sorted by reviewer
    verdict: str = ""  # "oui", "partiel" or "non" when every reviewer with an opinion agrees; else ""
    disputed: bool = False  # reviewers disagree (decision or corrected action): "à trancher"


@dataclass(frozen=True)
class DemandReview:
    """What reviewers decided about one demand, as the report shows it.

    ``chosen``: actions the reviewers agree answer the demand (``oui`` or a corrected action),
    then ``partial`` (``partiel``), best first; ``rejected``: actions they agree do not (``non``);
    ``added``: chosen actions the machine did not propose. ``pairs``: every pair decided on the
    current texts (disputed ones included). ``previous``: decisions waiting for a new review
    ("à revoir", texts changed), as they were taken.
    """

    demand_id: str
    pairs: tuple[PairReview, ...] = ()
    chosen: tuple[str, ...] = ()
    partial: tuple[str, ...] = ()
    rejected: tuple[str, ...] = ()
    added: tuple[str, ...] = ()
    previous: tuple[Decision, ...] = ()

    @property
    def disputed(self) -> tuple[PairReview, ...]:
        return tuple(p for p in self.pairs if p.disputed)

    def pair(self, action_id: str) -> Optional[PairReview]:
        return next((p for p in self.pairs if p.action_id == action_id), None)

    @property
    def comments(self) -> tuple[tuple[str, str, str], ...]:
        """(reviewer, action id, comment) of the current decisions with a comment."""
        return tuple((d.reviewer, p.action_id, d.comment.strip()) for p in self.pairs for d in p.decisions
                     if d.comment.strip())


@dataclass(frozen=True)
class ReviewedRun(MatchRun):
    """A :class:`~nlp_stn.model.MatchRun` with reviewers' decisions applied
    (:func:`apply_decisions`); ``reviews`` maps a demand id to what reviewers decided about it."""

    reviews: Mapping[str, DemandReview] = field(default_factory=dict)
