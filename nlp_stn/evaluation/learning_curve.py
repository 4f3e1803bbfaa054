"""Learning curve of the review loop: does an hour of human review improve the matcher?

A reviewer is simulated with the gold links.

*Untrained matcher* (:class:`UntrainedMatcher`): every signal of :mod:`nlp_stn.features` is
standardised with the mean and standard deviation of all the cells (no label is used) and the
score is the logistic of their plain average: equal weights, no training.

*Retrained matcher* (:class:`PriorMatcher`): the reviewed pairs correct the untrained one
instead of replacing it. Its logit is ``b + (w0 + delta) . x_std`` where ``w0`` are the
untrained weights (``1/d`` for ``d`` signals), ``x_std`` the same standardised signals, ``b``
a free intercept, and each correction ``delta_k`` has a normal prior of standard deviation
``1/d`` (penalty ``d^2 |delta|^2 / 2``): "a weight may move by about its own size". This prior
is fixed a priori, never chosen with the gold: with few reviewed pairs the matcher stays close
to the untrained one (it cannot be thrown off by ten pairs), with many the data win.
Reviewed pairs are weighted as in ``nlp-stn train`` (``STRONG_WEIGHT`` for "same demand").

The simulation repeatedly

1. scores every (demand, candidate) cell of the gold groups with the current matcher,
2. "exports" each demand's top-k candidates and picks the not yet reviewed pairs in the review
   tool's active-learning order (score closest to the decision threshold first: 0.5 for a
   fitted matcher, whose scores are probabilities; for the untrained one, the median of the
   demands' best scores), until 10, 25, 50... pairs have been reviewed in total,
3. labels them with the gold relevance (what the reviewer would answer) and refits the
   retrained matcher on all the pairs reviewed so far,

and after each step measures MAP (AP@5, :mod:`nlp_stn.evaluation.matches`) on the demands never
shown to the reviewer, for the retrained matcher, the untrained one and plain TF-IDF over
lemmas, on exactly the same demands. So that every step is measured on the same demands, these
are a fixed half of the demands (chosen by a hash of the seed and the demand id,
:func:`held_out`); the reviewer only sees pairs of the other half. :func:`simulate_seeds` runs
the whole simulation for several seeds (different held-out halves) so that the curve is not
the luck of one split; :func:`format_curve` prints each one and their mean.

That is the scenario "from scratch", with the prior fixed in advance. Its strength can also be
chosen from data, but never with the evaluated demands (nested selection,
:func:`simulate_nested`, leave-one-group-out over the gold groups of ``train.build_groups``):
for each target group, :func:`select_prior` runs the same simulation on the OTHER groups only
for every candidate prior sd fixed in advance (:data:`PRIOR_SCALES`: 0.5/d, 1/d, 2/d, 4/d, 8/d)
and keeps the one with the largest mean MAP gain over the untrained matcher (over steps and
seeds; ties to the smaller sd); then the usual simulation (reviewer on all the groups'
reviewable halves) is run with the fixed and with the chosen prior and MAP is measured on the
target group's held-out half only. No demand, signal or label of the target group enters its
choice.

The realistic scenario is "adaptation"
(:func:`simulate_adaptation`): a council starts from the shipped matcher, trained on other
documents, and its reviewers' decisions on its own documents are added to the training data
(``nlp-stn train --gold ... --decisions ...``). It is simulated leave-one-group-out: for each
gold group, the starting matcher is fitted like ``nlp-stn train`` on the other groups only,
the reviewer reviews pairs of that group chosen by the tool (least certain pairs, or least
certain demands with all their top-k candidates), the matcher is refitted on the other groups'
pairs plus the reviewed ones, and MAP is measured on the group's other half of demands, never
reviewed. :func:`study` runs both scenarios, :func:`format_study` prints the French summary.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence, Union

import numpy as np

from ..model import ProgressFn, no_progress
from ..settings import Settings

DEFAULT_SIZES = (10, 25, 50)
DEFAULT_SEEDS = (0, 1, 2)


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
    seed: int = 0  # which held-out half (see held_out)


class UntrainedMatcher:
    """Equal weights over the standardised signals (means and scales from the data, no label)."""

    def __init__(self, X: np.ndarray):
        X = np.asarray(X, dtype=np.float64)
        mean = np.nanmean(X, axis=0)
        self.mean_ = np.where(np.isnan(mean), 0.0, mean)
        scale = np.nanstd(X, axis=0)
        self.scale_ = np.where(np.isnan(scale) | (scale < 1e-9), 1.0, scale)

    def standardise(self, X) -> np.ndarray:
        X = np.asarray(X, dtype=np.float64)
        X = np.where(np.isnan(X), self.mean_[None, :], X)
        return (X - self.mean_) / self.scale_

    def decision_function(self, X) -> np.ndarray:
        return self.standardise(X).mean(axis=1)

    def score_pairs(self, X) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-np.clip(self.decision_function(X), -50, 50)))


class PriorMatcher:
    """The untrained matcher corrected by the reviewed pairs (see the module docstring).

    Logit ``b + (w0 + delta) . x_std`` with ``w0`` the untrained weights (``1/d`` each);
    minimises ``sum_i s_i * logloss(y_i, logit_i) + precision * |delta|^2 / 2`` over the free
    intercept ``b`` and ``delta``. The default precision ``d^2`` is a normal prior of standard
    deviation ``1/d`` on each weight around its untrained value.
    """

    def __init__(self, base: UntrainedMatcher, precision: Optional[float] = None):
        self.base = base
        self.precision = precision

    def fit(self, X, y, sample_weight=None) -> "PriorMatcher":
        from scipy.optimize import minimize

        Z = self.base.standardise(X)
        z0 = Z.mean(axis=1)
        y = np.asarray(y, dtype=np.float64)
        w = np.ones_like(y) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
        d = Z.shape[1]
        precision = float(d * d) if self.precision is None else float(self.precision)

        def loss(theta):
            b, delta = theta[0], theta[1:]
            z = b + z0 + Z @ delta
            p = 1.0 / (1.0 + np.exp(-np.clip(z, -50, 50)))
            value = float(np.sum(w * (np.logaddexp(0.0, z) - y * z)) + 0.5 * precision * delta @ delta)
            r = w * (p - y)
            return value, np.concatenate(([r.sum()], Z.T @ r + precision * delta))

        result = minimize(loss, np.zeros(d + 1), jac=True, method="L-BFGS-B")
        self.intercept_ = float(result.x[0])
        self.coef_ = 1.0 / d + result.x[1:]
        return self

    def decision_function(self, X) -> np.ndarray:
        return self.intercept_ + self.base.standardise(X) @ self.coef_

    def score_pairs(self, X) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-np.clip(self.decision_function(X), -50, 50)))


def _fit(base: UntrainedMatcher, X: np.ndarray, y: np.ndarray, precision: Optional[float] = None) -> PriorMatcher:
    from ..train import STRONG_WEIGHT

    weights = np.where(y >= 2, STRONG_WEIGHT, 1.0)
    return PriorMatcher(base, precision).fit(X, (y >= 1).astype(int), sample_weight=weights)


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


def _pick(groups, scores, reviewed: set, count: int, threshold: float, top_k: int, seed: int) -> list[tuple[int, int, int]]:
    """The ``count`` least certain not yet reviewed cells among each demand's top-k."""
    pool = []
    for g, (data, S) in enumerate(zip(groups, scores)):
        for i in range(len(data.demands)):
            if held_out(data.demands[i].id, seed):
                continue
            order = sorted(range(S.shape[1]), key=lambda j: (-S[i, j], j))[:top_k]
            for rank, j in enumerate(order):
                if (g, i, j) not in reviewed and data.Y[i, j] >= 0:
                    pool.append((abs(float(S[i, j]) - threshold), g, i, rank, j))
    pool.sort()
    return [(g, i, j) for _, g, i, _, j in pool[:count]]


def held_out(demand_id: str, seed: int = 0) -> bool:
    """Deterministic half of the demands kept out of the review (stable across runs, one per seed)."""
    return int(hashlib.sha1(f"{seed}:{demand_id}".encode("utf-8")).hexdigest(), 16) % 2 == 0


def simulate(
    groups,
    sizes: Sequence[int] = DEFAULT_SIZES,
    settings: Settings = Settings(),
    seed: int = 0,
    precision: Optional[float] = None,
    target: Optional[int] = None,
) -> LearningCurve:
    """Run the simulated review on feature groups (``nlp_stn.train.GroupData``) for one held-out half.

    ``precision`` is that of the retrained matcher's prior (default ``d^2``: sd ``1/d``). The
    reviewer reviews the reviewable halves of all the groups; MAP is measured on the held-out
    halves of all the groups, or of ``groups[target]`` only when ``target`` is given.
    """
    from ..features import FEATURE_NAMES

    all_X = np.concatenate([g.X.reshape(-1, g.X.shape[-1]) for g in groups])
    untrained = UntrainedMatcher(all_X)
    untrained_scores = _scores(untrained, groups)
    ti = FEATURE_NAMES.index("tfidf")
    tfidf_scores = [g.X[:, :, ti].astype(np.float64) for g in groups]
    best = [float(S[i].max()) for S in untrained_scores for i in range(S.shape[0]) if S.shape[1]]
    threshold = float(np.median(best)) if best else 0.5
    excluded = {d.id for g in groups for d in g.demands if not held_out(d.id, seed)}
    measured = range(len(groups)) if target is None else [target]

    def measure(scores: Sequence[np.ndarray]) -> tuple[float, int]:
        return _map([groups[k] for k in measured], [scores[k] for k in measured], excluded)

    map_untrained, left = measure(untrained_scores)
    map_tfidf, _ = measure(tfidf_scores)

    model, scores = None, untrained_scores
    reviewed: set[tuple[int, int, int]] = set()
    points = []
    for size in sorted(set(int(s) for s in sizes)):
        picked = _pick(groups, scores, reviewed, size - len(reviewed), threshold, settings.top_k, seed)
        reviewed.update(picked)
        cells = sorted(reviewed)
        X = np.stack([groups[g].X[i, j] for g, i, j in cells]) if cells else np.zeros((0, all_X.shape[1]))
        y = np.asarray([groups[g].Y[i, j] for g, i, j in cells], dtype=int)
        if len(set((y >= 1).tolist())) == 2:
            model = _fit(untrained, X, y, precision)
            scores, threshold = _scores(model, groups), 0.5
        map_trained = measure(scores)[0] if model is not None else None
        points.append(CurvePoint(len(cells), int((y >= 1).sum()), left, map_trained, map_untrained, map_tfidf))
    return LearningCurve(
        points=tuple(points),
        groups=tuple(g.name for g in groups),
        pairs=int(sum((g.Y >= 0).sum() for g in groups)),
        top_k=settings.top_k,
        seed=seed,
    )


def simulate_seeds(
    groups, sizes: Sequence[int] = DEFAULT_SIZES, settings: Settings = Settings(), seeds: Sequence[int] = DEFAULT_SEEDS
) -> tuple[LearningCurve, ...]:
    """:func:`simulate` once per seed (one held-out half of the demands each)."""
    return tuple(simulate(groups, sizes, settings, seed) for seed in seeds)


def learning_curve(
    gold_dir: Union[str, Path],
    corpus_dir: Optional[Union[str, Path]] = None,
    sizes: Sequence[int] = DEFAULT_SIZES,
    settings: Settings = Settings(),
    progress: ProgressFn = no_progress,
    seeds: Sequence[int] = DEFAULT_SEEDS,
) -> tuple[LearningCurve, ...]:
    """Load the gold (``units.csv``, ``links.csv``), compute the signals, simulate the review per seed."""
    from ..train import build_groups, load_gold

    pairs, _ = load_gold(gold_dir, corpus_dir, settings)
    groups = build_groups(pairs, settings, progress)
    return simulate_seeds(groups, sizes, settings, seeds)


def _fr(value: Optional[float]) -> str:
    return "   —" if value is None else f"{value:.2f}".replace(".", ",")


def _mean(values: Sequence[Optional[float]]) -> Optional[float]:
    return None if any(v is None for v in values) else float(np.mean(values))


def format_curve(curves: Union[LearningCurve, Sequence[LearningCurve]]) -> list[str]:
    """French tables of the curves: one per held-out half, then their mean when there are several."""
    curves = (curves,) if isinstance(curves, LearningCurve) else tuple(curves)
    first = curves[0]
    head = "paires relues | dont pertinentes | demandes évaluées | réentraîné | non entraîné | TF-IDF"
    lines = [
        f"Relecteur simulé avec les liens de référence ({first.pairs} paires annotées, "
        f"{len(first.groups)} groupes) ; paires choisies parmi les {first.top_k} premières "
        "candidates de chaque demande, les plus incertaines d'abord.",
        "Non entraîné : poids égaux (1/d) sur les d signaux standardisés, sans aucune étiquette. "
        "Réentraîné : ces poids corrigés par les paires relues, chaque correction ayant une loi a priori "
        "normale d'écart-type 1/d fixée d'avance.",
    ]
    for curve in curves:
        lines += [
            f"MAP (AP@5) sur la moitié n° {curve.seed} des demandes, jamais montrée au relecteur "
            "(les mêmes à chaque étape) :",
            head,
        ]
        for p in curve.points:
            lines.append(
                f"{p.reviewed:>13} | {p.relevant:>16} | {p.demands_left:>17} | {_fr(p.map_trained):>10} | "
                f"{_fr(p.map_untrained):>12} | {_fr(p.map_tfidf):>6}"
            )
    if len(curves) > 1:
        lines += [
            f"Moyenne sur les {len(curves)} moitiés :",
            "paires relues | réentraîné | non entraîné | TF-IDF | écart réentraîné - non entraîné",
        ]
        for k, p in enumerate(first.points):
            points = [c.points[k] for c in curves]
            trained = _mean([q.map_trained for q in points])
            untrained = float(np.mean([q.map_untrained for q in points]))
            gap = None if trained is None else round(trained - untrained, 2)
            gap_text = "   —" if gap is None else ("-" if gap < 0 else "+") + _fr(abs(gap))
            lines.append(
                f"{p.reviewed:>13} | {_fr(trained):>10} | {_fr(untrained):>12} | "
                f"{_fr(float(np.mean([q.map_tfidf for q in points]))):>6} | {gap_text:>5}"
            )
    if any(p.map_trained is None for c in curves for p in c.points):
        lines.append("— : les paires relues n'ont encore qu'une seule classe, pas de réentraînement possible.")
    return lines


# ---------------------------------------------------------------------------------------------
# Scenario "adaptation": a council starts from the shipped matcher, trained on other documents
# ---------------------------------------------------------------------------------------------

SELECTIONS = ("pairs", "demands")
# Decision threshold of a fitted matcher's scores (probabilities): the uncertainty order of the
# review tool is the distance of a score to it (fixed, as in :func:`simulate`).
FITTED_THRESHOLD = 0.5


@dataclass(frozen=True)
class AdaptationPoint:
    requested: int  # pairs the reviewer was asked to review in total (10, 25, 50...)
    reviewed: int  # pairs actually reviewed (fewer when the reviewable half of the group runs out)
    relevant: int  # of which relevant (relevance >= 1)
    demands_reviewed: int  # demands with at least one reviewed pair
    demands_left: int  # evaluated demands (never reviewed) with a relevant action
    map_retrained: float
    map_start: float
    map_tfidf: float


@dataclass(frozen=True)
class AdaptationCurve:
    group: str  # the target group: the council's own documents
    seed: int  # which half of its demands is evaluated (see held_out)
    selection: str  # "pairs" (least certain pairs) or "demands" (least certain demands, all top-k)
    training_pairs: int  # labelled pairs of the other groups (the shipped matcher's training data)
    points: tuple[AdaptationPoint, ...]


def _pick_demands(
    data, S: np.ndarray, reviewed: set, count: int, threshold: float, top_k: int, seed: int
) -> list[tuple[int, int, int]]:
    """All top-k cells of the ``count`` least certain demands not yet reviewed (reviewable half).

    A demand's uncertainty is that of its least certain top-k candidate (distance of the score
    to ``threshold``), i.e. where its first row lands in the review tool's export; ties by row.
    """
    done = {i for _, i, _ in reviewed}
    pool = []
    for i in range(len(data.demands)):
        if held_out(data.demands[i].id, seed) or i in done:
            continue
        order = [j for j in sorted(range(S.shape[1]), key=lambda j: (-S[i, j], j))[:top_k] if data.Y[i, j] >= 0]
        if order:
            pool.append((min(abs(float(S[i, j]) - threshold) for j in order), i, order))
    pool.sort(key=lambda item: (item[0], item[1]))
    return [(0, i, j) for _, i, order in pool[:max(count, 0)] for j in order]


def simulate_adaptation(
    groups,
    target: int,
    sizes: Sequence[int] = DEFAULT_SIZES,
    settings: Settings = Settings(),
    seed: int = 0,
    selection: str = "pairs",
    params: Optional[dict] = None,
) -> AdaptationCurve:
    """Leave-one-group-out review simulation for the group ``groups[target]``.

    The starting matcher is fitted exactly like ``nlp-stn train`` (:func:`nlp_stn.train._fit`,
    parameters ``train.DEFAULT_PARAMS``) on the labelled pairs of the OTHER groups only. The
    reviewer then reviews pairs of the target group chosen by the tool among the top-k
    candidates of the demands of its reviewable half (``held_out`` false): the least certain
    pairs first (``selection="pairs"``), or the least certain demands with all their top-k
    candidates (``selection="demands"``, ``ceil(size / top_k)`` demands for ``size`` pairs).
    After each step the matcher is refitted on the other groups' pairs plus the reviewed pairs
    (same weights as any labelled pair) and MAP (AP@5) is measured on the other half of the
    target group's demands, which the reviewer never sees, with TF-IDF alone and the starting
    matcher on the same demands.
    """
    from ..features import FEATURE_NAMES
    from ..train import DEFAULT_PARAMS, _design
    from ..train import _fit as train_fit

    if selection not in SELECTIONS:
        raise ValueError(f"selection must be one of {SELECTIONS}")
    params = dict(DEFAULT_PARAMS if params is None else params)
    data = groups[target]
    others = [g for k, g in enumerate(groups) if k != target]
    X0, y0, _, _ = _design(others)
    F = data.X.shape[-1]

    def score(model) -> np.ndarray:
        return model.score_pairs(data.X.reshape(-1, F)).reshape(data.Y.shape)

    start = train_fit(X0, y0, settings, params)
    excluded = {d.id for d in data.demands if not held_out(d.id, seed)}
    start_scores = score(start)
    map_start, left = _map([data], [start_scores], excluded)
    ti = FEATURE_NAMES.index("tfidf")
    map_tfidf, _ = _map([data], [data.X[:, :, ti].astype(np.float64)], excluded)

    scores = start_scores
    reviewed: set[tuple[int, int, int]] = set()
    points = []
    for size in sorted(set(int(s) for s in sizes)):
        if selection == "pairs":
            picked = _pick([data], [scores], reviewed, size - len(reviewed), FITTED_THRESHOLD, settings.top_k, seed)
        else:
            wanted = -(-size // settings.top_k) - len({i for _, i, _ in reviewed})
            picked = _pick_demands(data, scores, reviewed, wanted, FITTED_THRESHOLD, settings.top_k, seed)
        reviewed.update(picked)
        cells = sorted(reviewed)
        X = np.concatenate([X0] + [data.X[i, j][None, :] for _, i, j in cells])
        y = np.concatenate([y0, np.asarray([data.Y[i, j] for _, i, j in cells], dtype=y0.dtype)])
        model = train_fit(X, y, settings, params)
        scores = score(model)
        relevant = int(sum(data.Y[i, j] >= 1 for _, i, j in cells))
        points.append(AdaptationPoint(
            requested=size, reviewed=len(cells), relevant=relevant,
            demands_reviewed=len({i for _, i, _ in cells}), demands_left=left,
            map_retrained=_map([data], [scores], excluded)[0], map_start=map_start, map_tfidf=map_tfidf,
        ))
    return AdaptationCurve(data.name, seed, selection, int(len(y0)), tuple(points))


def simulate_adaptations(
    groups,
    sizes: Sequence[int] = DEFAULT_SIZES,
    settings: Settings = Settings(),
    seeds: Sequence[int] = DEFAULT_SEEDS,
    selections: Sequence[str] = SELECTIONS,
) -> tuple[AdaptationCurve, ...]:
    """:func:`simulate_adaptation` for every selection, target group and seed (in that order)."""
    return tuple(
        simulate_adaptation(groups, target, sizes, settings, seed, selection)
        for selection in selections for target in range(len(groups)) for seed in seeds
    )


# ---------------------------------------------------------------------------------------------
# Scenario "from scratch" with the prior strength chosen by nested selection (leave-one-group-out)
# ---------------------------------------------------------------------------------------------

# Candidate prior standard deviations of the retrained matcher, in units of 1/d (fixed in advance)
PRIOR_SCALES = (0.5, 1.0, 2.0, 4.0, 8.0)


def prior_precision(scale: float, d: int) -> float:
    """Precision of the normal prior of standard deviation ``scale / d`` (``PriorMatcher``)."""
    return (d / float(scale)) ** 2


@dataclass(frozen=True)
class PriorSelection:
    """The prior chosen for one target group, without any of that group's demands."""

    group: str  # the target group (the one evaluated with the chosen prior)
    scales: tuple[float, ...]  # candidates (prior sd = scale / d)
    gains: tuple[float, ...]  # mean MAP gain over the untrained matcher on the OTHER groups, per candidate
    scale: float  # the chosen one


@dataclass(frozen=True)
class NestedPoint:
    reviewed: int  # pairs reviewed so far (in all the groups' reviewable halves)
    demands_left: int  # evaluated demands of the target group (its held-out half) with a relevant action
    map_fixed: Optional[float]  # retrained with the fixed prior (sd 1/d)
    map_selected: Optional[float]  # retrained with the chosen prior
    map_untrained: float
    map_tfidf: float


@dataclass(frozen=True)
class NestedCurve:
    group: str  # target group: MAP is measured on its held-out half only
    seed: int
    scale: float  # chosen prior sd x d
    points: tuple[NestedPoint, ...]


def select_prior(
    groups,
    target: int,
    sizes: Sequence[int] = DEFAULT_SIZES,
    settings: Settings = Settings(),
    seeds: Sequence[int] = DEFAULT_SEEDS,
    scales: Sequence[float] = PRIOR_SCALES,
) -> PriorSelection:
    """Choose the prior sd for ``groups[target]`` using the OTHER groups only.

    For each candidate sd ``scale / d``, the whole "from scratch" review (:func:`simulate`, same
    steps, same seeds) is run on the other groups alone (their own untrained matcher, reviewable
    and held-out halves); its gain is the mean, over steps and seeds, of MAP(retrained) -
    MAP(untrained) on their held-out halves (0 for a step where no matcher can be fitted yet).
    The candidate with the largest gain wins; ties (to 1e-9) go to the smaller sd, i.e. to the
    matcher closest to the untrained one. No demand, signal or label of the target group is used.
    """
    others = [g for k, g in enumerate(groups) if k != target]
    if not others:
        raise ValueError("select_prior needs at least one group besides the target")
    d = int(groups[target].X.shape[-1])
    gains = []
    for scale in scales:
        values = []
        for seed in seeds:
            curve = simulate(others, sizes, settings, seed, precision=prior_precision(scale, d))
            values += [0.0 if p.map_trained is None else p.map_trained - p.map_untrained for p in curve.points]
        gains.append(float(np.mean(values)))
    best = max(range(len(scales)), key=lambda k: (round(gains[k], 9), -float(scales[k])))
    return PriorSelection(groups[target].name, tuple(float(s) for s in scales), tuple(gains), float(scales[best]))


def simulate_nested(
    groups,
    sizes: Sequence[int] = DEFAULT_SIZES,
    settings: Settings = Settings(),
    seeds: Sequence[int] = DEFAULT_SEEDS,
    scales: Sequence[float] = PRIOR_SCALES,
) -> tuple[tuple[PriorSelection, ...], tuple[NestedCurve, ...]]:
    """Nested evaluation of the "from scratch" scenario, leave-one-group-out.

    For each target group, :func:`select_prior` chooses the prior sd on the other groups; then,
    for each seed, the usual review (:func:`simulate`: the reviewer reviews pairs of the
    reviewable halves of ALL the groups) is run once with the fixed prior (sd ``1/d``) and once
    with the chosen one, and MAP is measured on the target group's held-out half only (with the
    untrained matcher and TF-IDF on the same demands). Curves are ordered by target, then seed.
    """
    d = int(groups[0].X.shape[-1])
    selections, curves = [], []
    for target in range(len(groups)):
        chosen = select_prior(groups, target, sizes, settings, seeds, scales)
        selections.append(chosen)
        for seed in seeds:
            fixed = simulate(groups, sizes, settings, seed, target=target)
            tuned = simulate(groups, sizes, settings, seed, precision=prior_precision(chosen.scale, d), target=target)
            points = tuple(
                NestedPoint(f.reviewed, f.demands_left, f.map_trained, t.map_trained, f.map_untrained, f.map_tfidf)
                for f, t in zip(fixed.points, tuned.points)
            )
            curves.append(NestedCurve(groups[target].name, seed, chosen.scale, points))
    return tuple(selections), tuple(curves)


@dataclass(frozen=True)
class Study:
    """Both scenarios on the same gold: from scratch (:func:`simulate_seeds`) and adaptation."""

    scratch: tuple[LearningCurve, ...]
    adaptation: tuple[AdaptationCurve, ...]
    groups: tuple[str, ...]
    sizes: tuple[int, ...]
    top_k: int
    priors: tuple[PriorSelection, ...] = ()  # nested choice of the prior, one per target group
    nested: tuple[NestedCurve, ...] = ()  # from scratch, per target group: fixed and chosen prior


def study(
    gold_dir: Union[str, Path],
    corpus_dir: Optional[Union[str, Path]] = None,
    sizes: Sequence[int] = DEFAULT_SIZES,
    settings: Settings = Settings(),
    progress: ProgressFn = no_progress,
    seeds: Sequence[int] = DEFAULT_SEEDS,
    selections: Sequence[str] = SELECTIONS,
) -> Study:
    """Load the gold, compute the signals once, run both scenarios."""
    from ..train import build_groups, load_gold

    pairs, _ = load_gold(gold_dir, corpus_dir, settings)
    groups = build_groups(pairs, settings, progress)
    sizes = tuple(sorted(set(int(s) for s in sizes)))
    priors, nested = simulate_nested(groups, sizes, settings, seeds) if len(groups) > 1 else ((), ())
    return Study(
        scratch=simulate_seeds(groups, sizes, settings, seeds),
        adaptation=simulate_adaptations(groups, sizes, settings, seeds, selections) if len(groups) > 1 else (),
        groups=tuple(g.name for g in groups),
        sizes=sizes,
        top_k=settings.top_k,
        priors=priors,
        nested=nested,
    )


_SELECTION_LABELS = {"pairs": "adaptation, paire par paire", "demands": "adaptation, demande par demande"}


def _count(values: Sequence[int]) -> str:
    low, high = min(values), max(values)
    return str(low) if low == high else f"{low}-{high}"


def _scale(scale: float) -> str:
    return f"{scale:g}".replace(".", ",") + "/d"


def _signed(value: float, digits: int = 2) -> str:
    value = round(value, digits)
    return ("-" if value < 0 else "+") + f"{abs(value):.{digits}f}".replace(".", ",")


def format_study(result: Study) -> list[str]:
    """French summary table of both scenarios (means over the seeds), definitions under it."""
    head = ("scénario | groupe | paires relues | réentraîné | appariement de départ | TF-IDF | "
            "écart réentraîné - départ")
    lines = ["MAP (AP@5) sur les demandes jamais montrées au relecteur (moyenne des moitiés tirées) :", head]

    def row(scenario, group, reviewed, trained, start, tfidf):
        gap = None if trained is None else round(trained - start, 2)
        gap_text = "—" if gap is None else ("-" if gap < 0 else "+") + _fr(abs(gap))
        lines.append(f"{scenario} | {group} | {reviewed} | {_fr(trained).strip()} | {_fr(start)} | "
                     f"{_fr(tfidf)} | {gap_text}")

    for k, size in enumerate(result.sizes):
        points = [c.points[k] for c in result.scratch]
        row("à partir de zéro", "tous", _count([p.reviewed for p in points]),
            _mean([p.map_trained for p in points]), float(np.mean([p.map_untrained for p in points])),
            float(np.mean([p.map_tfidf for p in points])))
    scales = {c.group: c.scale for c in result.nested}
    for k, size in enumerate(result.sizes):
        fixed_means, chosen_means = [], []
        for g, name in enumerate(result.groups):
            points = [c.points[k] for c in result.nested if c.group == name]
            if not points:
                continue
            untrained = float(np.mean([p.map_untrained for p in points]))
            tfidf = float(np.mean([p.map_tfidf for p in points]))
            fixed, chosen = _mean([p.map_fixed for p in points]), _mean([p.map_selected for p in points])
            fixed_means.append((fixed, untrained, tfidf))
            chosen_means.append((chosen, untrained, tfidf))
            reviewed = _count([p.reviewed for p in points])
            row("à partir de zéro, a priori fixe 1/d", f"groupe {g + 1}", reviewed, fixed, untrained, tfidf)
            row("à partir de zéro, a priori choisi hors groupe", f"groupe {g + 1} ({_scale(scales[name])})",
                reviewed, chosen, untrained, tfidf)
        for label, means in (("à partir de zéro, a priori fixe 1/d", fixed_means),
                             ("à partir de zéro, a priori choisi hors groupe", chosen_means)):
            if means:
                row(label, "moyenne des groupes", str(size), _mean([m[0] for m in means]),
                    float(np.mean([m[1] for m in means])), float(np.mean([m[2] for m in means])))
    selections = [s for s in SELECTIONS if any(c.selection == s for c in result.adaptation)]
    for selection in selections:
        for k, size in enumerate(result.sizes):
            means = []
            for g, name in enumerate(result.groups):
                curves = [c for c in result.adaptation if c.selection == selection and c.group == name]
                points = [c.points[k] for c in curves]
                values = tuple(float(np.mean([getattr(p, a) for p in points]))
                               for a in ("map_retrained", "map_start", "map_tfidf"))
                means.append(values)
                row(_SELECTION_LABELS[selection], f"groupe {g + 1}", _count([p.reviewed for p in points]), *values)
            row(_SELECTION_LABELS[selection], "moyenne des groupes", str(size),
                *(float(np.mean([m[a] for m in means])) for a in range(3)))
    runs = len(result.scratch)
    lines += [
        "",
        f"Paires relues : paires dont le relecteur simulé a donné la décision (la relevance de référence), "
        f"choisies par l'outil parmi les {result.top_k} premières candidates de chaque demande, les plus "
        "incertaines d'abord ; moins que demandé quand la moitié relisible d'un groupe est épuisée "
        "(« a-b » : selon la moitié tirée).",
        f"Demandes évaluées : pour chaque tirage (graine), une moitié fixe des demandes, jamais montrée au "
        f"relecteur ; chaque chiffre est la moyenne de {runs} tirages ; la moyenne des groupes donne le même "
        "poids à chaque groupe.",
        "À partir de zéro : appariement de départ = poids égaux (1/d) sur les d signaux standardisés, sans "
        "étiquette ; réentraîné = ces poids corrigés par les paires relues (loi a priori normale d'écart-type "
        "1/d, fixée d'avance).",
    ]
    if result.priors:
        candidates = ", ".join(_scale(x) for x in result.priors[0].scales)
        lines += [
            "À partir de zéro, par groupe : la même relecture (paires des moitiés relisibles de tous les groupes), "
            "MAP mesurée sur la moitié évaluée du groupe seulement. A priori fixe 1/d : comme ci-dessus. A priori "
            f"choisi hors groupe : l'écart-type de la loi a priori est choisi parmi {candidates} (fixés d'avance) "
            "en simulant la même relecture sur les AUTRES groupes seulement (mêmes étapes, mêmes tirages) : "
            "celui dont le gain moyen de MAP sur l'appariement de départ y est le plus grand (à égalité, le plus "
            "petit) ; aucune demande du groupe évalué ne sert à ce choix.",
        ]
        for g, name in enumerate(result.groups):
            chosen = next((c for c in result.priors if c.group == name), None)
            if chosen is not None:
                gains = " ; ".join(f"{_scale(x)} {_signed(v, 3)}" for x, v in zip(chosen.scales, chosen.gains))
                lines.append(f"Choix pour le groupe {g + 1} : {_scale(chosen.scale)} (gain moyen sur les autres "
                             f"groupes : {gains}).")
    lines += [
        "Adaptation : pour chaque groupe (les documents d'un conseil), l'appariement de départ est entraîné "
        "comme par « nlp-stn train » sur les paires annotées des AUTRES groupes seulement (l'appariement livré) ; "
        "réentraîné = même entraînement sur ces paires plus les paires relues du groupe, pondérées comme toute "
        "paire annotée (poids 2 pour « même demande », 1 sinon).",
        "Paire par paire : l'outil propose les paires les plus incertaines (score le plus proche de 0,5). "
        f"Demande par demande : l'outil propose les demandes les plus incertaines et le relecteur décide leurs "
        f"{result.top_k} candidates (10, 25, 50 paires = 2, 5, 10 demandes).",
        "TF-IDF : similarité TF-IDF seule, sur les mêmes demandes évaluées.",
    ]
    training = {c.group: c.training_pairs for c in result.adaptation}
    for g, name in enumerate(result.groups):
        extra = (f" (appariement de départ entraîné sur {training[name]} paires annotées des autres groupes)"
                 if name in training else "")
        lines.append(f"Groupe {g + 1} : {name}{extra}")
    if any(p.map_trained is None for c in result.scratch for p in c.points):
        lines.append("— : les paires relues n'ont encore qu'une seule classe, pas de réentraînement possible.")
    return lines
