"""Ranking and status metrics of the matcher against reference links.

For each demand (in each comparison group) the candidate actions are ranked by score; over
the top 5: P@1, recall@3 and AP@5 (both normalised by min(k, number of relevant actions), so
a perfect ranking scores 1), MAP = mean AP@5 over demands having a relevant action; and the
F1 of the status "addressed or partly" (best score >= the "partial" threshold) against
"has a relevant action", over every demand of the group.

``evaluate_matches`` measures the combined matcher cross-validated by demand (out-of-fold
scores: a demand's own links never help score it), the matcher as shipped (its weights and
thresholds, nothing refitted: what a user gets) and plain TF-IDF over lemmas, in one run.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Optional, Sequence

import numpy as np

from ..model import ProgressFn, no_progress
from ..settings import Settings

TOP = 5


def ranking(scores: Sequence[float]) -> list[int]:
    """Candidate indices by decreasing score; ties keep the candidates' order."""
    return sorted(range(len(scores)), key=lambda i: (-scores[i], i))


def precision_at_1(order: Sequence[int], relevant: set) -> float:
    return 1.0 if order and order[0] in relevant else 0.0


def recall_at(order: Sequence[int], relevant: set, k: int = 3) -> float:
    """Relevant actions in the top k / min(k, number of relevant)."""
    if not relevant:
        return 0.0
    return sum(1 for i in order[:k] if i in relevant) / min(k, len(relevant))


def average_precision(order: Sequence[int], relevant: set, k: int = TOP) -> float:
    """AP@k: sum of precision@i at each relevant rank i <= k, / min(k, number of relevant)."""
    if not relevant:
        return 0.0
    hits = 0
    total = 0.0
    for i, idx in enumerate(order[:k], start=1):
        if idx in relevant:
            hits += 1
            total += hits / i
    return total / min(k, len(relevant))


def f1(predicted: Sequence[bool], truth: Sequence[bool]) -> float:
    tp = sum(1 for p, t in zip(predicted, truth) if p and t)
    fp = sum(1 for p, t in zip(predicted, truth) if p and not t)
    fn = sum(1 for p, t in zip(predicted, truth) if t and not p)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


@dataclass(frozen=True)
class Figures:
    """Metrics over a set of demands."""

    demands: int  # demands with at least one relevant action (ranking metrics)
    all_demands: int  # every demand (status F1)
    p_at_1: float
    recall_at_3: float
    map: float
    status_f1: float

    def as_dict(self) -> dict:
        return {
            "demands": self.demands,
            "all_demands": self.all_demands,
            "p_at_1": round(self.p_at_1, 4),
            "recall_at_3": round(self.recall_at_3, 4),
            "map": round(self.map, 4),
            "status_f1": round(self.status_f1, 4),
        }


def figures(
    rows: Sequence[tuple[Sequence[float], Sequence[int]]], partial_threshold: float
) -> Figures:
    """Metrics over demands given as (scores of the candidates, relevance of each candidate)."""
    p1, r3, ap = [], [], []
    predicted, truth = [], []
    for scores, relevance in rows:
        relevant = {i for i, r in enumerate(relevance) if r >= 1}
        best = max(scores) if len(scores) else 0.0
        predicted.append(best >= partial_threshold)
        truth.append(bool(relevant))
        if not relevant:
            continue
        order = ranking(list(scores))
        p1.append(precision_at_1(order, relevant))
        r3.append(recall_at(order, relevant, 3))
        ap.append(average_precision(order, relevant, TOP))
    mean = lambda v: float(np.mean(v)) if v else 0.0  # noqa: E731
    return Figures(
        demands=len(ap),
        all_demands=len(rows),
        p_at_1=mean(p1),
        recall_at_3=mean(r3),
        map=mean(ap),
        status_f1=f1(predicted, truth),
    )


def ceiling(scorings: Sequence[Sequence[tuple[Sequence[float], Sequence[int]]]]) -> dict:
    """The ceiling of choosing a scoring after the fact: for each demand, the best P@1, R@3
    and AP@5 that any of ``scorings`` gives it, averaged over the demands having a relevant
    candidate. Every scoring lists the same demands in the same order, as (scores of the
    candidates, relevance of each candidate); a scoring whose scores of a demand are missing
    (``None``) does not count for it. No rule that picks, for each demand, one of these
    scorings can do better (a weighted sum of them could, on some demand, rank better than
    each of them alone).
    {"demands": n, "scorings": n, "p_at_1", "recall_at_3", "map"}."""
    if not scorings:
        return {"demands": 0, "scorings": 0, "p_at_1": 0.0, "recall_at_3": 0.0, "map": 0.0}
    best: dict[str, list[float]] = {"p_at_1": [], "recall_at_3": [], "map": []}
    for rows in zip(*scorings):
        relevant = {i for i, r in enumerate(rows[0][1]) if r >= 1}
        if not relevant:
            continue
        orders = [ranking(list(scores)) for scores, _ in rows if scores is not None]
        best["p_at_1"].append(max(precision_at_1(o, relevant) for o in orders))
        best["recall_at_3"].append(max(recall_at(o, relevant, 3) for o in orders))
        best["map"].append(max(average_precision(o, relevant, TOP) for o in orders))
    mean = lambda v: round(float(np.mean(v)), 4) if v else 0.0  # noqa: E731
    return {"demands": len(best["map"]), "scorings": len(scorings)} | {k: mean(v) for k, v in best.items()}


def best_threshold(best_scores: Sequence[float], truth: Sequence[bool]) -> float:
    """The threshold on a score that maximises F1 (midpoint between scores; the highest
    such threshold on ties). Works for one best score per demand or one score per pair."""
    scores = np.asarray([float(s) for s in best_scores], dtype=np.float64)
    truth_arr = np.asarray(list(truth), dtype=bool)
    values = np.unique(scores)
    if not len(values):
        return 0.5
    cuts = np.concatenate([[values[0] - 1e-6], (values[:-1] + values[1:]) / 2, [values[-1] + 1e-6]])
    # predicted positive = score >= cut; counts for every cut at once
    order = np.argsort(scores)
    sorted_scores, sorted_truth = scores[order], truth_arr[order]
    below = np.searchsorted(sorted_scores, cuts, side="left")  # items with score < cut
    pos_cum = np.concatenate([[0], np.cumsum(sorted_truth)])
    n_pos = int(truth_arr.sum())
    tp = n_pos - pos_cum[below]
    predicted = len(scores) - below
    fp = predicted - tp
    fn = n_pos - tp
    denom = 2 * tp + fp + fn
    f = np.where((tp > 0) & (denom > 0), 2 * tp / np.maximum(denom, 1), 0.0)
    best = int(np.flatnonzero(f == f.max())[-1])
    return float(min(max(cuts[best], 0.0), 1.0))


def nested_f1(
    scores: Sequence[float], truth: Sequence[bool], units: Sequence[str], folds: int = 5
) -> float:
    """F1 of a threshold chosen without the scored items: the items are split into ``folds``
    folds by ``units`` (e.g. demand ids, so a demand's pairs stay together); each fold is
    predicted with the F1-best threshold of the other folds; F1 of the pooled predictions."""
    units_arr = np.asarray([str(u) for u in units])
    names = sorted(set(units_arr.tolist()))
    if len(names) < 2:
        return 0.0
    folds = min(folds, len(names))
    fold_of = {n: i % folds for i, n in enumerate(names)}
    fold = np.asarray([fold_of[u] for u in units_arr.tolist()])
    scores_arr = np.asarray([float(s) for s in scores])
    truth_list = [bool(t) for t in truth]
    predicted = [False] * len(truth_list)
    for k in range(folds):
        train = np.flatnonzero(fold != k)
        t = best_threshold(scores_arr[train].tolist(), [truth_list[i] for i in train])
        for i in np.flatnonzero(fold == k):
            predicted[i] = bool(scores_arr[i] >= t)
    return f1(predicted, truth_list)


def evaluate_matches(
    gold_dir: str | Path,
    corpus_dir: Optional[str | Path] = None,
    settings: Settings = Settings(),
    progress: ProgressFn = no_progress,
) -> dict:
    """Cross-validated figures of the combined matcher and of plain TF-IDF on the gold.

    Returns {"groups": [names], "combined": {group: figures, "overall": figures},
    "tfidf": {...}, "thresholds": {...}, "context": bool, "pairs": n, "folds": n}.
    """
    from ..train import build_groups, cross_validate, load_gold

    pairs, context = load_gold(gold_dir, corpus_dir, settings)
    groups = build_groups(pairs, settings, progress)
    expected = read_expected_status(Path(gold_dir) / EXPECTED_STATUS_FILE)
    return cross_validate(groups, settings) | {"context": context} | shipped_figures(groups, settings, expected)


EXPECTED_STATUS_FILE = "expected_status.csv"


def read_expected_status(path: Path) -> dict[str, str]:
    """Demand id -> the status an annotator expects (``expected_status.csv``: ``unit`` (else
    the first column) and ``expected_status`` among the three French statuses, other columns
    ignored); {} when the file is absent."""
    import csv

    from ..errors import InputError
    from ..match import STATUS_ADDRESSED, STATUS_NOT, STATUS_PARTIAL

    if not path.is_file():
        return {}
    allowed = (STATUS_ADDRESSED, STATUS_PARTIAL, STATUS_NOT)
    out = {}
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        if not reader.fieldnames or "expected_status" not in reader.fieldnames:
            raise InputError("colonne expected_status attendue (avec la colonne unit des demandes).", path=path)
        key = "unit" if "unit" in reader.fieldnames else reader.fieldnames[0]
        for i, row in enumerate(reader, start=2):
            status = " ".join((row["expected_status"] or "").split())
            if status not in allowed:
                raise InputError(f"ligne {i} : statut « {status} » inconnu : écrivez {', '.join(allowed)}.", path=path)
            out[(row[key] or "").strip()] = status
    return out


def status_agreement(groups: Sequence, scores: Sequence, thresholds: Mapping[str, float],
                     expected: Mapping[str, str]) -> dict:
    """How many demands get the status an annotator expects: a demand's status is the best
    status its candidate actions (all its groups) give, each one's score compared with
    ``thresholds`` and lowered to what its document says of the action (its ``state``: see
    :func:`nlp_stn.status.status_cap`; a study, less than asked or another way: :func:`nlp_stn.status.answer_state`), as
    :func:`nlp_stn.match.match_units` gives it.
    {"demands": n, "agree": n, "by_status": {expected: [agree, n]}, "confusion": {expected:
    {given: n}}}."""
    from ..match import STATUS_ADDRESSED, STATUS_NOT, STATUS_PARTIAL, status_for
    from ..status import answer_state, stated_best

    ranked: dict[str, list[tuple[float, str]]] = {}
    own: dict[str, str] = {}  # what the authority published with each demand (its « Statut »)
    for data, S in zip(groups, scores):
        for i, demand in enumerate(data.demands):
            own[demand.id] = getattr(demand, "state", "")
            for j, action in enumerate(data.actions):
                if not np.isnan(S[i][j]):
                    state = answer_state(getattr(action, "text", ""), getattr(action, "state", ""),
                                        getattr(demand, "text", ""), getattr(action, "detail", ""))
                    ranked.setdefault(demand.id, []).append((float(S[i][j]), state))
    best = {uid: stated_best([(status_for(score, thresholds), state)
                              for score, state in sorted(candidates, key=lambda c: -c[0])], own.get(uid, ""))[0]
            for uid, candidates in ranked.items()}
    order = (STATUS_ADDRESSED, STATUS_PARTIAL, STATUS_NOT)
    confusion = {e: {g: 0 for g in order} for e in order}
    for uid, want in expected.items():
        if uid in best:
            confusion[want][best[uid]] += 1
    by_status = {e: [confusion[e][e], sum(confusion[e].values())] for e in order}
    return {"demands": sum(n for _, n in by_status.values()), "agree": sum(a for a, _ in by_status.values()),
            "by_status": by_status, "confusion": confusion}


def shipped_figures(groups: Sequence, settings: Settings = Settings(),
                    expected: Optional[Mapping[str, str]] = None) -> dict:
    """Figures of the matcher as shipped (``models/matcher.json``, its weights and its status
    thresholds, nothing refitted): what a user gets on these documents. {"shipped": {group:
    figures, "overall": figures}, "shipped_thresholds": {...}}, with "status_agreement" (see
    :func:`status_agreement`) when ``expected`` statuses are given; {"shipped_error": message}
    when the model cannot be read."""
    from ..errors import NlpStnError
    from ..match import load_model, stated_links, thresholds_for
    from ..train import _eval_rows

    try:
        model = load_model(settings=settings)
    except NlpStnError as err:
        return {"shipped_error": str(err)}
    scores = [model.matcher.score_pairs(g.X.reshape(-1, g.X.shape[-1])).reshape(g.Y.shape) for g in groups]
    thresholds = thresholds_for(model, settings)
    for g, S in zip(groups, scores):  # the links the answering documents state, as matching uses them
        for d, a in stated_links(g.demands, g.actions):
            S[d, a] = max(S[d, a], thresholds["addressed"])
    per_group = _eval_rows(groups, scores)
    out = {g.name: figures(rows, thresholds["partial"]).as_dict() for g, rows in zip(groups, per_group)}
    out["overall"] = figures([r for rows in per_group for r in rows], thresholds["partial"]).as_dict()
    report = {"shipped": out, "shipped_thresholds": thresholds}
    if expected:
        report["status_agreement"] = status_agreement(groups, scores, thresholds, expected)
    return report


def threshold_lines(report: Mapping) -> list[str]:
    """French lines on the nested status F1 and the comparison thresholds of a report."""
    lines = []
    nested = report.get("status_nested") or {}
    if nested:
        lines.append(
            f"F1 du statut en validation imbriquée (seuils choisis sans les demandes jugées) : "
            f"« partiellement ou mieux » {nested['partial_f1_nested']:.2f} ({nested['partial_demands']} demandes), "
            f"« pris en compte » {nested['addressed_f1_nested']:.2f} ({nested['addressed_demands']} demandes)."
        )
    comp = report.get("comparison") or {}
    if comp:
        lines.append(
            f"Seuils de comparaison de territoires (par paire, groupes entre territoires, {comp['pairs']} paires) : "
            f"« idée proche » >= {comp['close_idea']:.3f} (F1 {comp['close_idea_f1']:.2f}, imbriqué "
            f"{comp['close_idea_f1_nested']:.2f}), « même idée » >= {comp['same_idea']:.3f} "
            f"(F1 {comp['same_idea_f1']:.2f}, imbriqué {comp['same_idea_f1_nested']:.2f})."
        )
    return lines


def format_report(report: Mapping) -> str:
    """The evaluation as a French plain-text table (one block per group, then the total)."""
    lines = []
    head = f"{'méthode':<24} {'demandes':>8} {'P@1':>6} {'R@3':>6} {'MAP':>6} {'F1 statut':>9}"
    lines.append(head)
    lines.append("-" * len(head))
    for name in list(report["groups"]) + ["overall"]:
        lines.append("Ensemble des groupes" if name == "overall" else f"Groupe : {name}")
        methods = [("combined", "appariement combiné"), ("tfidf", "TF-IDF (lemmes)")]
        if report.get("shipped"):
            methods.insert(1, ("shipped", "appariement livré"))
        for method, label in methods:
            fig = report[method][name]
            lines.append(
                f"  {label:<22} {fig['demands']:>8} {fig['p_at_1']:>6.2f} "
                f"{fig['recall_at_3']:>6.2f} {fig['map']:>6.2f} {fig['status_f1']:>9.2f}"
            )
    lines.append("")
    th = report["thresholds"]
    lines.append(
        f"Seuils du statut calibrés hors échantillon (pour l'appariement combiné) : "
        f"pris en compte >= {th['addressed']:.3f}, partiellement >= {th['partial']:.3f}."
    )
    lines.extend(threshold_lines(report))
    top = report.get("ceiling") or {}
    if top.get("demands"):
        lines.append(
            f"Plafond des signaux (pour chaque demande, le meilleur de l'appariement combiné et de chacun des "
            f"{top['scorings'] - 1} signaux seuls, choisi après coup) : P@1 {top['p_at_1']:.2f}, "
            f"R@3 {top['recall_at_3']:.2f}, MAP {top['map']:.2f} : le mieux que donnerait le choix, demande par "
            "demande, du meilleur de ces classements."
        )
    lines.append(
        f"Validation croisée groupée par demande ({report['folds']} plis) sur {report['pairs']} paires ; "
        + ("contexte des unités (titre de section) retrouvé dans le corpus." if report.get("context")
           else "sans contexte des unités (aucun corpus donné ou segmentation indisponible).")
    )
    lines.append("« demandes » : demandes ayant au moins une action pertinente dans le groupe (P@1, R@3, MAP sur le "
                 "top 5) ; le F1 du statut porte sur toutes les demandes.")
    if report.get("shipped"):
        shipped = report["shipped_thresholds"]
        lines.append(
            "« appariement livré » : models/matcher.json tel quel (ses poids et ses seuils, pris en compte >= "
            f"{shipped['addressed']:.2f}, partiellement >= {shipped['partial']:.2f}), sans réentraînement : ce "
            "qu'obtient un utilisateur sur ces documents ; optimiste si ces annotations ont servi à l'entraîner."
        )
    elif report.get("shipped_error"):
        lines.append(f"« appariement livré » non mesuré : {report['shipped_error']}")
    agreement = report.get("status_agreement")
    if agreement:
        parts = ", ".join(f"{status} {a}/{n}" for status, (a, n) in agreement["by_status"].items())
        lines.append(f"Statuts attendus ({EXPECTED_STATUS_FILE}) : l'appariement livré donne le statut attendu à "
                     f"{agreement['agree']} demandes sur {agreement['demands']} ({parts}).")
    return "\n".join(lines)
