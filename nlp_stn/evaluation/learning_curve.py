"""Learning curve of the review loop: does an hour of human review improve the matcher?

A reviewer is simulated with the gold links. Starting from an *untrained* matcher (every
standardised signal of :mod:`nlp_stn.features` with the same weight: no label used), the
simulation repeatedly

1. scores every (demand, candidate) cell of the gold groups with the current matcher,
2. "exports" each demand's top-k candidates and picks the not yet reviewed pairs in the review
   tool's active-learning order (score closest to the decision threshold first: 0.5 for a
   fitted matcher, whose scores are probabilities; for the untrained one, the median of the
   demands' best scores), until 10, 25, 50... pairs have been reviewed in total,
3. labels them with the gold relevance (what the reviewer would answer) and refits the
   matcher on the reviewed pairs only, as ``nlp-stn train`` does (logistic regression,
   same parameters and sample weights as :mod:`nlp_stn.train`),

and after each step measures MAP (AP@5, :mod:`nlp_stn.evaluation.matches`) on the demands never
shown to the reviewer, for the refitted matcher, the untrained one and plain TF-IDF over lemmas,
on exactly the same demands. So that every step is measured on the same demands, these are a
fixed half of the demands (chosen by a hash of their id, :func:`held_out`); the reviewer only
sees pairs of the other half.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence

import hashlib

import numpy as np

from ..model import ProgressFn, no_progress
from ..settings import Settings

DEFAULT_SIZES = (10, 25, 50)


@dataclass(frozen=True)
class CurvePoint:
    reviewed: int  # pairs reviewed so far
    relevant: int  # of which relevant (relevance >= 1)
    demands_left: int  # held-out demands with a relevant action (MAP is over these)
    map_trained: Optional[float]  # None when the reviewed pairs cannot fit a matcher yet (one class)
    map_untrained: float
    map_tfidf: float


@dataclass(frozen=True)
class LearningCurve:
    points: tuple[CurvePoint, ...]
    groups: tuple[str, ...]
    pairs: int  # labelled cells available to the simulated reviewer
    top_k: int


class UntrainedMatcher:
    """Equal weights over the standardised signals (means and scales from the data, no label)."""

    def __init__(self, X: np.ndarray):
        X = np.asarray(X, dtype=np.float64)
        mean = np.nanmean(X, axis=0)
        self.mean_ = np.where(np.isnan(mean), 0.0, mean)
        scale = np.nanstd(X, axis=0)
        self.scale_ = np.where(np.isnan(scale) | (scale < 1e-9), 1.0, scale)

    def score_pairs(self, X) -> np.ndarray:
        X = np.asarray(X, dtype=np.float64)
        X = np.where(np.isnan(X), self.mean_[None, :], X)
        z = ((X - self.mean_) / self.scale_).mean(axis=1)
        return 1.0 / (1.0 + np.exp(-np.clip(z, -50, 50)))


def _fit(X: np.ndarray, y: np.ndarray, settings: Settings):
    from ..match import Matcher
    from ..train import DEFAULT_PARAMS, STRONG_WEIGHT

    weights = np.where(y >= 2, STRONG_WEIGHT, 1.0)
    return Matcher(random_state=settings.random_state, **DEFAULT_PARAMS).fit(X, (y >= 1).astype(int), sample_weight=weights)


def _scores(model, groups) -> list[np.ndarray]:
    return [model.score_pairs(g.X.reshape(-1, g.X.shape[-1])).reshape(g.Y.shape) for g in groups]


def _map(groups, scores: Sequence[np.ndarray], excluded: set[str]) -> tuple[float, int]:
    from .matches import figures

    rows = []
    for data, S in zip(groups, scores):
        for i, demand in enumerate(data.demands):
            if demand.id in excluded or (data.Y[i] < 0).any():
                continue
            rows.append((S[i].tolist(), data.Y[i].tolist()))
    result = figures(rows, 0.5)
    return result.map, result.demands


def _pick(groups, scores, reviewed: set, count: int, threshold: float, top_k: int) -> list[tuple[int, int, int]]:
    """The ``count`` least certain not yet reviewed cells among each demand's top-k."""
    pool = []
    for g, (data, S) in enumerate(zip(groups, scores)):
        for i in range(len(data.demands)):
            order = sorted(range(S.shape[1]), key=lambda j: (-S[i, j], j))[:top_k]
            for rank, j in enumerate(order):
                if (g, i, j) not in reviewed and data.Y[i, j] >= 0 and not held_out(data.demands[i].id):
                    pool.append((abs(float(S[i, j]) - threshold), g, i, rank, j))
    pool.sort()
    return [(g, i, j) for _, g, i, _, j in pool[:count]]


def held_out(demand_id: str) -> bool:
    """Deterministic half of the demands kept out of the review (stable across runs)."""
    return int(hashlib.sha1(demand_id.encode("utf-8")).hexdigest(), 16) % 2 == 0


def simulate(groups, sizes: Sequence[int] = DEFAULT_SIZES, settings: Settings = Settings()) -> LearningCurve:
    """Run the simulated review on feature groups (``nlp_stn.train.GroupData``)."""
    from ..features import FEATURE_NAMES

    all_X = np.concatenate([g.X.reshape(-1, g.X.shape[-1]) for g in groups])
    untrained = UntrainedMatcher(all_X)
    untrained_scores = _scores(untrained, groups)
    ti = FEATURE_NAMES.index("tfidf")
    tfidf_scores = [g.X[:, :, ti].astype(np.float64) for g in groups]
    best = [float(S[i].max()) for S in untrained_scores for i in range(S.shape[0]) if S.shape[1]]
    threshold = float(np.median(best)) if best else 0.5

    model, scores = None, untrained_scores
    reviewed: set[tuple[int, int, int]] = set()
    points = []
    for size in sorted(set(int(s) for s in sizes)):
        picked = _pick(groups, scores, reviewed, size - len(reviewed), threshold, settings.top_k)
        reviewed.update(picked)
        cells = sorted(reviewed)
        X = np.stack([groups[g].X[i, j] for g, i, j in cells]) if cells else np.zeros((0, all_X.shape[1]))
        y = np.asarray([groups[g].Y[i, j] for g, i, j in cells], dtype=int)
        fitted = len(set((y >= 1).tolist())) == 2
        if fitted:
            model = _fit(X, y, settings)
            scores, threshold = _scores(model, groups), 0.5
        excluded = {d.id for g in groups for d in g.demands if not held_out(d.id)}
        map_untrained, left = _map(groups, untrained_scores, excluded)
        map_tfidf, _ = _map(groups, tfidf_scores, excluded)
        map_trained = _map(groups, scores, excluded)[0] if model is not None else None
        points.append(CurvePoint(len(cells), int((y >= 1).sum()), left, map_trained, map_untrained, map_tfidf))
    return LearningCurve(
        points=tuple(points),
        groups=tuple(g.name for g in groups),
        pairs=int(sum((g.Y >= 0).sum() for g in groups)),
        top_k=settings.top_k,
    )


def learning_curve(
    gold_dir: str | Path,
    corpus_dir: Optional[str | Path] = None,
    sizes: Sequence[int] = DEFAULT_SIZES,
    settings: Settings = Settings(),
    progress: ProgressFn = no_progress,
) -> LearningCurve:
    """Load the gold (``units.csv``, ``links.csv``), compute the signals, simulate the review."""
    from ..train import build_groups, load_gold

    pairs, _ = load_gold(gold_dir, corpus_dir, settings)
    groups = build_groups(pairs, settings, progress)
    return simulate(groups, sizes, settings)


def _fr(value: Optional[float]) -> str:
    return "   —" if value is None else f"{value:.2f}".replace(".", ",")


def format_curve(curve: LearningCurve) -> list[str]:
    """French table of the curve, one line per step."""
    lines = [
        f"Relecteur simulé avec les liens de référence ({curve.pairs} paires annotées, "
        f"{len(curve.groups)} groupes) ; paires choisies parmi les {curve.top_k} premières "
        "candidates de chaque demande, les plus incertaines d'abord.",
        "MAP (AP@5) sur la moitié des demandes jamais montrée au relecteur (toujours les mêmes) :",
        "paires relues | dont pertinentes | demandes évaluées | réentraîné | non entraîné | TF-IDF",
    ]
    for p in curve.points:
        lines.append(
            f"{p.reviewed:>13} | {p.relevant:>16} | {p.demands_left:>17} | {_fr(p.map_trained):>10} | "
            f"{_fr(p.map_untrained):>12} | {_fr(p.map_tfidf):>6}"
        )
    if any(p.map_trained is None for p in curve.points):
        lines.append("— : les paires relues n'ont encore qu'une seule classe, pas de réentraînement possible.")
    return lines
