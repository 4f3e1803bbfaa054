"""Scenario "adaptation" of the learning curve (nlp_stn.evaluation.learning_curve), tiny synthetic case."""
from __future__ import annotations

import numpy as np

from nlp_stn.evaluation.learning_curve import (
    AdaptationCurve, AdaptationPoint, LearningCurve, CurvePoint, Study, _pick_demands, format_study, held_out,
    simulate_adaptation, simulate_adaptations,
)
from nlp_stn.features import FEATURE_NAMES
from nlp_stn.train import GroupData

from review_fixtures import segment

F = len(FEATURE_NAMES)
A = FEATURE_NAMES.index("tfidf")  # trusted by the other groups, misleading in the target group
B = FEATURE_NAMES.index("tfidf_lex")  # silent in the other groups, right in the target group


def group(name, prefix, demands, relevant, decoy=None):
    """``demands`` x 4 actions; action 0 relevant (relevance 2). Signals: ``relevant`` for the
    relevant cell, ``decoy`` for action 1, A = -1 elsewhere."""
    ds = [segment(f"{prefix}{i}", f"{prefix}.txt", "recommendation", f"demande {i}") for i in range(demands)]
    acts = [segment(f"{prefix}A{j}", f"{prefix}-s.txt", "action", f"action {j}") for j in range(4)]
    X = np.zeros((demands, 4, F))
    X[:, :, A] = -1.0
    Y = np.zeros((demands, 4), dtype=np.int64)
    Y[:, 0] = 2
    for k, v in relevant.items():
        X[:, 0, k] = v
    for k, v in (decoy or {}).items():
        X[:, 1, k] = v
    # a little spread so that the candidates of a demand are never tied
    X[:, :, A] += 0.01 * np.arange(demands)[:, None] * np.array([0.0, 0.0, 1.0, -1.0])
    return GroupData(name, ds, acts, X, Y)


def groups():
    return [
        group("autre 1", "P", 6, {A: 1.0}),
        group("autre 2", "Q", 6, {A: 1.0}),
        group("cible", "T", 6, {A: 0.0, B: 1.0}, decoy={A: 1.0}),
    ]


def test_held_out_half_of_the_tiny_target():
    assert [f"T{i}" for i in range(6) if held_out(f"T{i}", 0)] == ["T1", "T4"]


def test_adaptation_starts_from_the_other_groups_and_rises_with_review():
    curve = simulate_adaptation(groups(), 2, sizes=(4, 8), seed=0, selection="pairs")
    assert (curve.group, curve.seed, curve.selection, curve.training_pairs) == ("cible", 0, "pairs", 48)
    # the starting matcher ranks the decoy first, the relevant action second: AP@5 = 1/2
    assert [(p.requested, p.reviewed, p.relevant, p.demands_left, p.map_start, p.map_tfidf) for p in curve.points] == [
        (4, 4, 4, 2, 0.5, 0.5), (8, 8, 4, 2, 0.5, 0.5)]
    # once the reviewed pairs show that B (silent elsewhere) marks the relevant action: AP@5 = 1
    assert [p.map_retrained for p in curve.points] == [1.0, 1.0]


def test_adaptation_demand_by_demand():
    curve = simulate_adaptation(groups(), 2, sizes=(4, 8, 50), seed=0, selection="demands")
    # 4 pairs = 1 demand, 8 = 2 demands; 50 = 10 demands, but only 4 can be reviewed (4 x 4 pairs)
    assert [(p.reviewed, p.demands_reviewed, p.relevant) for p in curve.points] == [(4, 1, 1), (8, 2, 2), (16, 4, 4)]
    assert [(p.map_start, p.map_retrained) for p in curve.points] == [(0.5, 1.0)] * 3


def test_pick_demands_least_certain_demand_first_with_all_its_candidates():
    data = groups()[2]
    S = np.array([
        [0.9, 0.8, 0.1, 0.0],  # T0: least certain candidate 0.8 (0.30 from 0.5)
        [0.5, 0.5, 0.5, 0.5],  # T1: evaluated, never proposed
        [0.6, 0.1, 0.0, 0.0],  # T2: 0.10
        [0.3, 0.2, 0.1, 0.0],  # T3: 0.20
        [0.5, 0.5, 0.5, 0.5],  # T4: evaluated, never proposed
        [0.0, 0.1, 0.2, 0.75],  # T5: 0.25
    ])
    assert _pick_demands(data, S, set(), 2, 0.5, 3, 0) == [(0, 2, 0), (0, 2, 1), (0, 2, 2), (0, 3, 0), (0, 3, 1), (0, 3, 2)]
    done = {(0, 2, 0), (0, 2, 1), (0, 2, 2)}
    assert _pick_demands(data, S, done, 2, 0.5, 2, 0) == [(0, 3, 0), (0, 3, 1), (0, 5, 3), (0, 5, 2)]
    assert _pick_demands(data, S, set(), 10, 0.5, 4, 0)[-4:] == [(0, 0, 0), (0, 0, 1), (0, 0, 2), (0, 0, 3)]


def test_adaptation_never_reviews_the_evaluated_demands(monkeypatch):
    import nlp_stn.evaluation.learning_curve as lc

    seen = []
    real_pick, real_demands = lc._pick, lc._pick_demands

    def spy_pick(gs, scores, reviewed, count, threshold, top_k, seed):
        out = real_pick(gs, scores, reviewed, count, threshold, top_k, seed)
        seen.extend((gs[0].demands[i].id, seed) for _, i, _ in out)
        return out

    def spy_demands(data, S, reviewed, count, threshold, top_k, seed):
        out = real_demands(data, S, reviewed, count, threshold, top_k, seed)
        seen.extend((data.demands[i].id, seed) for _, i, _ in out)
        return out

    monkeypatch.setattr(lc, "_pick", spy_pick)
    monkeypatch.setattr(lc, "_pick_demands", spy_demands)
    curves = simulate_adaptations(groups(), sizes=(4, 100), seeds=(0, 1, 2))
    assert len(curves) == 2 * 3 * 3
    assert {s for _, s in seen} == {0, 1, 2} and len(seen) > 0
    assert not any(held_out(uid, seed) for uid, seed in seen)
    # with 100 pairs asked, the whole reviewable half is reviewed, nothing more
    for c in curves:
        data = next(g for g in groups() if g.name == c.group)
        reviewable = sum(not held_out(d.id, c.seed) for d in data.demands)
        assert c.points[-1].reviewed == 4 * reviewable
        assert c.points[-1].demands_left == len(data.demands) - reviewable


def test_format_study_table():
    scratch = tuple(LearningCurve((CurvePoint(10, 3, 20, m, 0.5, 0.25),), ("g1", "g2"), 100, 5, seed=s)
                    for s, m in ((0, 0.6), (1, 0.7)))
    point = lambda r, m: AdaptationPoint(10, r, 2, 2, 5, m, 0.5, 0.25)
    adaptation = (
        AdaptationCurve("g1", 0, "pairs", 40, (point(10, 0.75),)),
        AdaptationCurve("g1", 1, "pairs", 40, (point(8, 0.25),)),
        AdaptationCurve("g2", 0, "pairs", 60, (point(10, 1.0),)),
        AdaptationCurve("g2", 1, "pairs", 60, (point(10, 1.0),)),
    )
    lines = format_study(Study(scratch, adaptation, ("g1", "g2"), (10,), 5))
    assert lines[:6] == [
        "MAP (AP@5) sur les demandes jamais montrées au relecteur (moyenne des moitiés tirées) :",
        "scénario | groupe | paires relues | réentraîné | appariement de départ | TF-IDF | écart réentraîné - départ",
        "à partir de zéro | tous | 10 | 0,65 | 0,50 | 0,25 | +0,15",
        "adaptation, paire par paire | groupe 1 | 8-10 | 0,50 | 0,50 | 0,25 | +0,00",
        "adaptation, paire par paire | groupe 2 | 10 | 1,00 | 0,50 | 0,25 | +0,50",
        "adaptation, paire par paire | moyenne des groupes | 10 | 0,75 | 0,50 | 0,25 | +0,25",
    ]
    assert lines[-2:] == [
        "Groupe 1 : g1 (appariement de départ entraîné sur 40 paires annotées des autres groupes)",
        "Groupe 2 : g2 (appariement de départ entraîné sur 60 paires annotées des autres groupes)",
    ]
    assert not any("demande par demande |" in line for line in lines)  # only the selections simulated


# --- from scratch: prior strength chosen by nested (leave-one-group-out) selection ---------------

C = FEATURE_NAMES.index("char")


def decoy_groups():
    """Two groups where the untrained matcher prefers a decoy (A and C high on action 1, the
    relevant action only has B): a loose prior lets the reviewed pairs fix it. The target group
    "t" is easy (A marks the relevant action)."""
    return [
        group("o1", "P", 6, {A: -1.0, B: 1.0}, decoy={A: 1.0, C: 1.0}),
        group("o2", "Q", 6, {A: -1.0, B: 1.0}, decoy={A: 1.0, C: 1.0}),
        group("t", "T", 6, {A: 1.0}),
    ]


def test_prior_precision():
    from nlp_stn.evaluation.learning_curve import prior_precision

    assert prior_precision(1.0, 24) == 576.0  # sd 1/d: the fixed prior of PriorMatcher
    assert prior_precision(2.0, 4) == 4.0
    assert prior_precision(0.5, 4) == 64.0


def test_select_prior_on_the_other_groups_exact_gains():
    from nlp_stn.evaluation.learning_curve import PriorSelection, select_prior

    chosen = select_prior(decoy_groups(), 2, sizes=(4, 8), seeds=(0, 1))
    # on o1 + o2: at 4 pairs one class only (gain 0); at 8 pairs, sd 0.5/d keeps the decoy first
    # (AP 1/2 as untrained: gain 0), 1/d and more put the relevant action first (AP 1: +1/2)
    assert chosen == PriorSelection("t", (0.5, 1.0, 2.0, 4.0, 8.0), (0.0, 0.25, 0.25, 0.25, 0.25), 1.0)
    # ties go to the smaller sd; with only the tight candidates, none helps: the smallest wins
    assert select_prior(decoy_groups(), 2, sizes=(4, 8), seeds=(0, 1), scales=(0.5, 0.25)).scale == 0.25
    assert select_prior(decoy_groups(), 2, sizes=(4, 8), seeds=(0, 1), scales=(8.0, 4.0)).scale == 4.0


def test_select_prior_ignores_the_target_group_entirely():
    from nlp_stn.evaluation.learning_curve import select_prior

    gs = decoy_groups()
    rng = np.random.default_rng(3)
    scrambled = GroupData("t", gs[2].demands, gs[2].actions, rng.normal(size=gs[2].X.shape),
                          rng.integers(0, 3, size=gs[2].Y.shape))
    assert select_prior(gs[:2] + [scrambled], 2, sizes=(4, 8), seeds=(0, 1)) == select_prior(
        gs, 2, sizes=(4, 8), seeds=(0, 1))


def test_nested_selection_never_uses_the_evaluated_demands(monkeypatch):
    import nlp_stn.evaluation.learning_curve as lc

    gs = decoy_groups()
    group_of = {d.id: g.name for g in gs for d in g.demands}
    state = {"selecting": None}
    used = []  # (target being selected for, demand id used by the selection)
    real_select, real_pick, real_map, real_untrained = lc.select_prior, lc._pick, lc._map, lc.UntrainedMatcher

    def spy_select(groups, target, *args, **kwargs):
        state["selecting"] = groups[target].name
        try:
            return real_select(groups, target, *args, **kwargs)
        finally:
            state["selecting"] = None

    def spy_pick(groups, scores, reviewed, count, threshold, top_k, seed):
        out = real_pick(groups, scores, reviewed, count, threshold, top_k, seed)
        if state["selecting"]:
            used.extend((state["selecting"], groups[g].demands[i].id) for g, i, _ in out)
        return out

    def spy_map(groups, scores, excluded):
        if state["selecting"]:
            used.extend((state["selecting"], d.id) for g in groups for d in g.demands if d.id not in excluded)
        return real_map(groups, scores, excluded)

    class SpyUntrained(real_untrained):
        def __init__(self, X):
            if state["selecting"]:
                # standardised with the other groups' cells only (2 groups x 6 demands x 4 actions)
                assert np.asarray(X).shape[0] == 2 * 6 * 4
            super().__init__(X)

    monkeypatch.setattr(lc, "select_prior", spy_select)
    monkeypatch.setattr(lc, "_pick", spy_pick)
    monkeypatch.setattr(lc, "_map", spy_map)
    monkeypatch.setattr(lc, "UntrainedMatcher", SpyUntrained)
    priors, curves = lc.simulate_nested(gs, sizes=(4, 8), seeds=(0, 1))
    assert {t for t, _ in used} == {"o1", "o2", "t"}
    assert not any(group_of[uid] == target for target, uid in used)
    assert [p.group for p in priors] == ["o1", "o2", "t"]
    assert [(c.group, c.seed, c.scale) for c in curves] == [
        ("o1", 0, 2.0), ("o1", 1, 2.0), ("o2", 0, 2.0), ("o2", 1, 2.0), ("t", 0, 1.0), ("t", 1, 1.0)]


def test_nested_curves_fixed_and_chosen_prior():
    from nlp_stn.evaluation.learning_curve import held_out, simulate_nested

    priors, curves = simulate_nested(decoy_groups(), sizes=(4, 8), seeds=(0, 1))
    # each chosen on the two other groups only (t's: on o1 + o2, as in the test above)
    assert [p.scale for p in priors] == [2.0, 2.0, 1.0]
    o1 = [c for c in curves if c.group == "o1"]
    # MAP on o1's held-out half only: after 8 reviewed pairs, the fixed prior (sd 1/d) and the
    # chosen one both put the relevant action before the decoy that the untrained matcher prefers
    assert [[(p.reviewed, p.map_fixed, p.map_selected, p.map_untrained) for p in c.points] for c in o1] == [
        [(4, None, None, 0.5), (8, 1.0, 1.0, 0.5)]] * 2
    prefix = {"o1": "P", "o2": "Q", "t": "T"}
    for c in curves:  # every demand has a relevant action: all of the group's held-out half is evaluated
        assert {p.demands_left for p in c.points} == {sum(held_out(f"{prefix[c.group]}{i}", c.seed) for i in range(6))}
    t = [c for c in curves if c.group == "t"]
    assert [p.map_selected for c in t for p in c.points] == [None, 1.0, None, 1.0]


def test_format_study_with_the_nested_rows():
    from nlp_stn.evaluation.learning_curve import NestedCurve, NestedPoint, PriorSelection

    scratch = tuple(LearningCurve((CurvePoint(10, 3, 20, 0.6, 0.5, 0.25),), ("g1", "g2"), 100, 5, seed=s)
                    for s in (0, 1))
    nested = (
        NestedCurve("g1", 0, 2.0, (NestedPoint(10, 4, 0.5, 0.75, 0.5, 0.25),)),
        NestedCurve("g1", 1, 2.0, (NestedPoint(10, 4, 0.5, 0.25, 0.5, 0.25),)),
        NestedCurve("g2", 0, 0.5, (NestedPoint(10, 6, 0.75, 0.5, 0.5, 0.5),)),
        NestedCurve("g2", 1, 0.5, (NestedPoint(8, 6, None, None, 0.5, 0.5),)),
    )
    priors = (PriorSelection("g1", (0.5, 2.0), (0.0, 0.0126), 2.0),
              PriorSelection("g2", (0.5, 2.0), (0.0, -0.5), 0.5))
    lines = format_study(Study(scratch, (), ("g1", "g2"), (10,), 5, priors, nested))
    assert lines[2:9] == [
        "à partir de zéro | tous | 10 | 0,60 | 0,50 | 0,25 | +0,10",
        "à partir de zéro, a priori fixe 1/d | groupe 1 | 10 | 0,50 | 0,50 | 0,25 | +0,00",
        "à partir de zéro, a priori choisi hors groupe | groupe 1 (2/d) | 10 | 0,50 | 0,50 | 0,25 | +0,00",
        "à partir de zéro, a priori fixe 1/d | groupe 2 | 8-10 | — | 0,50 | 0,50 | —",
        "à partir de zéro, a priori choisi hors groupe | groupe 2 (0,5/d) | 8-10 | — | 0,50 | 0,50 | —",
        "à partir de zéro, a priori fixe 1/d | moyenne des groupes | 10 | — | 0,50 | 0,38 | —",
        "à partir de zéro, a priori choisi hors groupe | moyenne des groupes | 10 | — | 0,50 | 0,38 | —",
    ]
    assert "Choix pour le groupe 1 : 2/d (gain moyen sur les autres groupes : 0,5/d +0,000 ; 2/d +0,013)." in lines
    assert "Choix pour le groupe 2 : 0,5/d (gain moyen sur les autres groupes : 0,5/d +0,000 ; 2/d -0,500)." in lines
    assert any(line.startswith("À partir de zéro, par groupe : la même relecture") and "0,5/d, 2/d (fixés d'avance)"
               in line for line in lines)
