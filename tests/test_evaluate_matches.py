"""Ranking and status metrics on tiny hand-computed rankings, and the evaluation command."""
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from nlp_stn.cli import main
from nlp_stn.settings import Settings
from nlp_stn.evaluation.matches import (
    average_precision,
    best_threshold,
    ceiling,
    nested_f1,
    f1,
    figures,
    precision_at_1,
    ranking,
    recall_at,
)

GOLD = Path(__file__).parent / "data" / "match"


def test_ranking_breaks_ties_by_candidate_order():
    assert ranking([0.2, 0.9, 0.2, 0.5]) == [1, 3, 0, 2]


def test_metrics_on_a_hand_computed_ranking():
    # ranks 1..6 = candidates 0..5; relevant at ranks 2 and 4
    order = [0, 1, 2, 3, 4, 5]
    relevant = {1, 3}
    assert precision_at_1(order, relevant) == 0.0
    assert recall_at(order, relevant, 3) == 0.5  # 1 of min(3, 2) = 2
    assert average_precision(order, relevant, 5) == pytest.approx((1 / 2 + 2 / 4) / 2)  # 0.5


def test_normalisation_by_min_k_relevant():
    order = list(range(8))
    relevant = set(range(7))  # 7 relevant, the top 5 all relevant
    assert recall_at(order, relevant, 3) == 1.0
    assert average_precision(order, relevant, 5) == 1.0
    # relevant only beyond the top 5
    assert average_precision(order, {6}, 5) == 0.0
    assert recall_at(order, set(), 3) == 0.0


def test_ap_with_first_and_third():
    assert average_precision([4, 2, 7], {4, 7}, 5) == pytest.approx((1 + 2 / 3) / 2)


def test_figures_and_status_f1():
    rows = [
        ([0.9, 0.1, 0.3], [2, 0, 0]),  # P@1 1, R@3 1, AP 1; predicted and truly covered
        ([0.2, 0.6, 0.4], [0, 0, 1]),  # rank 2: P@1 0, R@3 1, AP 1/2; predicted, covered
        ([0.1, 0.05, 0.0], [0, 1, 0]),  # rank 2: AP 1/2; not predicted (0.1 < 0.3), covered
        ([0.8, 0.1, 0.1], [0, 0, 0]),  # no relevant: only for F1; predicted, not covered
    ]
    fig = figures(rows, partial_threshold=0.3)
    assert (fig.demands, fig.all_demands) == (3, 4)
    assert fig.p_at_1 == pytest.approx(1 / 3)
    assert fig.recall_at_3 == pytest.approx(1.0)
    assert fig.map == pytest.approx((1 + 0.5 + 0.5) / 3)
    assert fig.status_f1 == pytest.approx(2 * 2 / (2 * 2 + 1 + 1))  # tp 2, fp 1, fn 1


def test_f1_and_best_threshold():
    assert f1([True, False], [False, True]) == 0.0
    assert f1([True, True], [True, True]) == 1.0
    assert best_threshold([0.9, 0.8, 0.2, 0.1], [True, True, False, False]) == pytest.approx(0.5)
    # F1 0.8 at 0.15 (tp 2, fp 1) beats 0.667 at 0.85 (tp 1, fn 1) and at 0.1 (tp 2, fp 2)
    assert best_threshold([0.9, 0.8, 0.2, 0.1], [True, False, True, False]) == pytest.approx(0.15)
    # ties of F1: the highest threshold
    assert best_threshold([0.6, 0.6, 0.4], [True, True, False]) == pytest.approx(0.5)
    assert best_threshold([], []) == 0.5


def test_nested_f1_chooses_each_folds_threshold_without_it():
    scores = [0.9, 0.8, 0.7, 0.2, 0.6, 0.1]
    truth = [True, True, True, False, False, False]
    # folds by unit name in sorted order, round robin: a,c,e -> 0 and b,d,f -> 1
    units = ["a", "b", "c", "d", "e", "f"]
    # fold 0 (a .9 T, c .7 T, e .6 F) judged with fold 1's threshold (b .8 T, d .2 F, f .1 F): 0.5
    #   -> a, c, e all predicted positive; fold 1 judged with fold 0's threshold 0.65 -> b only
    assert nested_f1(scores, truth, units, folds=2) == pytest.approx(2 * 3 / (2 * 3 + 1 + 0))
    # a unit's items stay in one fold
    assert nested_f1([0.9, 0.1], [True, False], ["a", "a"], folds=2) == 0.0


def test_ceiling_takes_each_demands_best_ranking_of_any_scoring():
    relevance_a, relevance_b, relevance_c = [0, 1, 0, 1], [1, 0, 0, 0], [0, 0, 0, 0]
    first = [
        ([0.9, 0.8, 0.1, 0.2], relevance_a),  # relevant at ranks 2 and 3: P@1 0, R@3 1, AP (1/2 + 2/3) / 2
        ([0.1, 0.9, 0.2, 0.3], relevance_b),  # relevant at rank 4: P@1 0, R@3 0, AP 1/4
        ([0.5, 0.1, 0.1, 0.1], relevance_c),  # no relevant candidate: not counted
    ]
    second = [
        ([0.2, 0.9, 0.0, 0.1], relevance_a),  # ranks 1 and 3: P@1 1, R@3 1, AP (1 + 2/3) / 2
        (None, relevance_b),  # not scored: only the first scoring counts for this demand
        ([0.1, 0.5, 0.1, 0.1], relevance_c),
    ]
    top = ceiling([first, second])
    assert top == {
        "demands": 2,
        "scorings": 2,
        "p_at_1": 0.5,
        "recall_at_3": 0.5,
        "map": round(((1 + 2 / 3) / 2 + 1 / 4) / 2, 4),
    }
    # never below any one scoring
    assert ceiling([first])["map"] <= top["map"] and ceiling([second[:1]])["map"] == round((1 + 2 / 3) / 2, 4)
    assert ceiling([]) == {"demands": 0, "scorings": 0, "p_at_1": 0.0, "recall_at_3": 0.0, "map": 0.0}


def test_evaluate_matches_command_prints_a_french_table(tmp_path):
    result = CliRunner().invoke(main, ["evaluate", "matches", "--gold", str(GOLD)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["méthode", "demandes", "P@1", "R@3", "MAP", "F1", "statut"]
    assert sum(line.startswith("Groupe : ") for line in lines) == 3
    assert "Ensemble des groupes" in lines
    assert sum(line.startswith("  appariement combiné ") for line in lines) == 4  # 3 groups + overall
    assert sum(line.startswith("  appariement livré ") for line in lines) == 4  # models/matcher.json as is
    assert sum(line.startswith("  TF-IDF (lemmes) ") for line in lines) == 4
    assert "« appariement livré » : models/matcher.json tel quel (ses poids et ses seuils, pris en compte >= " in result.output
    assert "Validation croisée groupée par demande (5 plis) sur 149 paires" in result.output
    ceiling_line = next(line for line in lines if line.startswith("Plafond des signaux"))
    assert ceiling_line.startswith(
        "Plafond des signaux (pour chaque demande, le meilleur de l'appariement combiné et de chacun des 12 signaux "
        "seuls, choisi après coup) : P@1 "
    )
    assert ceiling_line.endswith(" : le mieux que donnerait le choix, demande par demande, du meilleur de ces classements.")


def test_evaluate_matches_json_and_missing_gold(tmp_path):
    result = CliRunner().invoke(main, ["evaluate", "matches", "--gold", str(GOLD), "--json"])
    report = json.loads(result.output)
    assert report["combined"]["overall"]["demands"] == 13 and report["context"] is False  # (demand, group) pairs
    # the ceiling is over the same demands, never below the combined matcher
    assert report["ceiling"]["demands"] == 13 and report["ceiling"]["scorings"] == 13
    for metric in ("p_at_1", "recall_at_3", "map"):
        assert report["ceiling"][metric] >= report["combined"]["overall"][metric] - 1e-4
    # the shipped matcher is scored on the same demands, with its own thresholds
    assert report["shipped"]["overall"]["demands"] == 13
    assert report["shipped_thresholds"] == {k: round(v, 2) for k, v in report["shipped_thresholds"].items()}
    bad = CliRunner().invoke(main, ["evaluate", "matches", "--gold", str(tmp_path / "none")])
    assert bad.exit_code == 2
    assert bad.output.strip() == (
        f"Erreur : {tmp_path / 'none'} : dossier d'annotations introuvable : donnez le dossier qui contient "
        "units.csv et links.csv."
    )


def test_train_command_needs_data_and_writes_the_model(tmp_path):
    runner = CliRunner()
    bad = runner.invoke(main, ["train"])
    assert bad.exit_code == 2
    assert bad.output.strip() == "Erreur : rien pour apprendre : donnez --gold DOSSIER et/ou --decisions BASE.sqlite."
    out = tmp_path / "matcher.json"
    result = runner.invoke(main, ["train", "--gold", str(GOLD), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == f"Avant : pas de modèle utilisable dans {out}."
    assert "Après (nouveau modèle, validation croisée groupée par demande) :" in result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    comp = data["cross_validated"]["comparison"]
    assert (f"Seuils de comparaison de territoires (par paire, groupes entre territoires, {comp['pairs']} paires) : "
            f"« idée proche » >= {comp['close_idea']:.3f}") in result.output
    assert "F1 du statut en validation imbriquée" in result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["training_data"]["sources"]["gold"] == {"dir": "match", "pairs": 149, "context": False}
    second = runner.invoke(main, ["train", "--gold", str(GOLD), "-o", str(out)])
    assert second.output.splitlines()[0] == "Avant (modèle actuel, poids inchangés) :"


def test_shipped_figures_say_why_the_model_cannot_be_measured(tmp_path):
    from nlp_stn.evaluation.matches import shipped_figures

    (tmp_path / "matcher.json").write_text("{pas du json", encoding="utf-8")
    got = shipped_figures([], Settings(models_dir=str(tmp_path)))
    assert list(got) == ["shipped_error"]
    assert got["shipped_error"].startswith(f"{tmp_path / 'matcher.json'} : modèle d'appariement corrompu (JSON invalide")


def _copy_gold(dest: Path) -> Path:
    dest.mkdir(parents=True)
    for name in ("units.csv", "links.csv"):
        (dest / name).write_bytes((GOLD / name).read_bytes())
    return dest


def test_train_on_several_annotation_sets_reports_each_set_left_out(tmp_path):
    first = _copy_gold(tmp_path / "premier" / "gold")
    second = _copy_gold(tmp_path / "second")
    out = tmp_path / "matcher.json"
    result = CliRunner().invoke(main, ["train", "--gold", str(first), "--gold", str(second), "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["training_data"]["sources"] == {
        "gold:premier": {"dir": "premier", "pairs": 149, "context": False},
        "gold:second": {"dir": "second", "pairs": 149, "context": False},
    }
    assert data["training_data"]["pairs"] == 2 * 149
    # the sets' ids never mix: each set's demands are its own
    assert data["training_data"]["demands"] == 2 * 11
    by_set = data["cross_validated"]["leave_one_set_out"]
    assert list(by_set) == ["premier", "second"]
    # each set is scored by a model that never saw it, on its own demands only
    alone = data["cross_validated"]["combined"]["overall"]["demands"] // 2
    assert [by_set[name]["combined"]["demands"] for name in by_set] == [alone, alone]
    lines = result.output.splitlines()
    start = lines.index("Chaque jeu d'annotations, modèle appris sans lui (poids et seuils) :")
    fig = by_set["premier"]["combined"]
    assert lines[start + 1] == (
        f"  premier                demandes {alone:>3}  P@1 {fig['p_at_1']:.2f}  R@3 {fig['recall_at_3']:.2f}"
        f"  MAP {fig['map']:.2f}  F1 statut {fig['status_f1']:.2f}  (TF-IDF MAP {by_set['premier']['tfidf']['map']:.2f})"
    )
    assert lines[start + 2].startswith("  second ")


def test_train_refuses_ambiguous_annotation_sets(tmp_path):
    first = _copy_gold(tmp_path / "a" / "gold")
    runner = CliRunner()
    twice = runner.invoke(main, ["train", "--gold", str(first), "--gold", str(first)])
    assert twice.exit_code == 2
    assert twice.output.strip() == (
        "Erreur : deux dossiers --gold portent le même nom (a) : donnez chaque jeu d'annotations une seule fois."
    )
    extra = runner.invoke(main, ["train", "--gold", str(first), "--corpus", str(tmp_path), "--corpus", str(tmp_path)])
    assert extra.exit_code == 2
    assert extra.output.strip() == (
        "Erreur : 2 --corpus pour 1 --gold : donnez au plus un --corpus par --gold, dans le même ordre."
    )


def test_status_agreement_counts_the_expected_statuses():
    from types import SimpleNamespace

    import numpy as np

    from nlp_stn.evaluation.matches import status_agreement

    demands = [SimpleNamespace(id=i) for i in ("R-1", "R-2", "R-3", "R-4")]
    group = SimpleNamespace(demands=demands, actions=[SimpleNamespace(state=""), SimpleNamespace(state="")])
    scores = [np.array([[0.9, 0.1], [0.5, 0.2], [0.1, 0.05], [0.6, 0.3]])]
    expected = {"R-1": "pris en compte", "R-2": "pris en compte", "R-3": "non pris en compte",
                "R-4": "partiellement", "R-9": "partiellement"}  # no such demand, not counted
    got = status_agreement([group], scores, {"addressed": 0.7, "partial": 0.3}, expected)
    assert got == {
        "demands": 4, "agree": 3,
        "by_status": {"pris en compte": [1, 2], "partiellement": [1, 1], "non pris en compte": [1, 1]},
        "confusion": {"pris en compte": {"pris en compte": 1, "partiellement": 1, "non pris en compte": 0},
                      "partiellement": {"pris en compte": 0, "partiellement": 1, "non pris en compte": 0},
                      "non pris en compte": {"pris en compte": 0, "partiellement": 0, "non pris en compte": 1}},
    }


def test_status_agreement_lowers_the_status_an_action_turned_down_or_postponed_gives():
    from types import SimpleNamespace

    import numpy as np

    from nlp_stn.evaluation.matches import status_agreement

    demands = [SimpleNamespace(id=i) for i in ("R-1", "R-2", "R-3", "R-4")]
    actions = [SimpleNamespace(state="Abandonnée"), SimpleNamespace(state="Reportée"), SimpleNamespace(state="")]
    scores = [np.array([[0.9, 0.1, 0.1], [0.2, 0.9, 0.1], [0.9, 0.1, 0.5], [0.5, 0.1, 0.9]])]
    # the dropped action ranks first, the one below it gives nothing; R-4: ranked above it, it counts
    expected = {"R-1": "non pris en compte", "R-2": "partiellement", "R-3": "non pris en compte",
                "R-4": "pris en compte"}
    got = status_agreement([SimpleNamespace(demands=demands, actions=actions)], scores,
                           {"addressed": 0.7, "partial": 0.3}, expected)
    assert (got["demands"], got["agree"]) == (4, 4)


def test_expected_statuses_are_read_and_checked(tmp_path):
    from nlp_stn.errors import InputError
    from nlp_stn.evaluation.matches import read_expected_status

    assert read_expected_status(tmp_path / "absent.csv") == {}
    path = tmp_path / "expected_status.csv"
    path.write_text("proposal,expected_status,note\nP-1,pris en compte,A-2\nP-2, partiellement ,\n", encoding="utf-8")
    assert read_expected_status(path) == {"P-1": "pris en compte", "P-2": "partiellement"}
    path.write_text("unit,expected_status\nR-1,oui\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_expected_status(path)
    assert str(err.value) == (f"{path} : ligne 2 : statut « oui » inconnu : écrivez pris en compte, partiellement, "
                              "non pris en compte.")


def test_evaluate_matches_prints_the_status_agreement_of_the_shipped_matcher():
    gold = Path(__file__).parent / "data" / "matching-checks" / "valombre" / "gold"
    result = CliRunner().invoke(main, ["evaluate", "matches", "--gold", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["context"] is True  # the corpus folder beside the annotations was found
    agreement = report["status_agreement"]
    assert agreement["demands"] == 25 == sum(n for _, n in agreement["by_status"].values())
    assert agreement["agree"] == sum(a for a, _ in agreement["by_status"].values())
