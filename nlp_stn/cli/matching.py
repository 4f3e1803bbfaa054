"""`nlp-stn train` (fit models/matcher.json) and `nlp-stn evaluate matches`."""
from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

import click

from . import ProgressPrinter, handle_errors
from ..errors import UsageError

REVIEW_GROUP = "décisions des relecteurs"


def decision_pairs(db_path, run_dir):
    """Labelled pairs from stored reviewers' decisions, with the units of a run directory.

    The labels are those of :func:`nlp_stn.review.labelled_pairs` (one piece of logic: "oui"
    2, "partiel" 1, "non" 0, a corrected action 2; "incertain", changed texts and absent units
    left out), kept when the demand is a demand of the run and the action one of its actions.
    Every decided demand is scored against all of the run's actions (unlabelled cells = -1).
    Returns (pairs, decisions read, labelled pairs kept)."""
    from ..train import LabelledPair
    from ..units import read_run_units

    try:
        from ..review import labelled_pairs, load_decisions
    except ImportError:
        raise UsageError("--decisions : le module de relecture (nlp_stn.review) n'est pas disponible.") from None
    decisions = load_decisions(db_path)
    demands, actions = read_run_units(run_dir)
    labels = labelled_pairs(decisions, list(demands.values()) + list(actions.values()))
    best = {(d, a): rel for d, a, rel in labels if d in demands and a in actions}
    pairs = [LabelledPair(demands[d], actions[a], rel, REVIEW_GROUP) for (d, a), rel in sorted(best.items())]
    for did in sorted({d for d, _ in best}):
        for aid, action in actions.items():
            if (did, aid) not in best:
                pairs.append(LabelledPair(demands[did], action, -1, REVIEW_GROUP))
    return pairs, len(decisions), len(best)


def _figures_lines(title: str, figures: dict) -> list[str]:
    lines = [title]
    for name, fig in figures.items():
        label = "ensemble des groupes" if name == "overall" else f"groupe {name}"
        lines.append(
            f"  demandes {fig['demands']:>3}  P@1 {fig['p_at_1']:.2f}  R@3 {fig['recall_at_3']:.2f}"
            f"  MAP {fig['map']:.2f}  F1 statut {fig['status_f1']:.2f}  — {label}"
        )
    return lines


def _write_json_atomic(data: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def register(main, evaluate):
    @main.command("train")
    @click.option("--gold", "gold", type=click.Path(), multiple=True,
                  help="Dossier d'annotations de référence (units.csv + links.csv) ; répétable pour apprendre "
                       "sur plusieurs jeux d'annotations.")
    @click.option("--decisions", "decisions", type=click.Path(), default=None,
                  help="Base des décisions des relecteurs (.sqlite) à utiliser en plus.")
    @click.option("--run", "run_dir", type=click.Path(), default=None,
                  help="Dossier du run dont viennent les unités des décisions (défaut : outputs/LATEST).")
    @click.option("--corpus", "corpus", type=click.Path(), multiple=True,
                  help="Dossier des documents des annotations, pour retrouver le titre de section de chaque unité "
                       "(le n-ième --corpus va avec le n-ième --gold ; défaut : le dossier corpus à côté du "
                       "dossier d'annotations, s'il existe).")
    @click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
                  help="Fichier du modèle à écrire (défaut : models/matcher.json).")
    @handle_errors
    def train_command(gold, decisions, run_dir, corpus, output):
        """Apprend les poids de l'appariement (models/matcher.json) sur des paires annotées.

        Les paires viennent des annotations de référence (--gold, répétable) et/ou des
        décisions des relecteurs (--decisions). Affiche les chiffres du modèle actuel puis ceux
        du nouveau modèle, validés par validation croisée groupée par demande (P@1, R@3, MAP,
        F1 du statut) ; avec plusieurs jeux d'annotations, aussi les chiffres de chaque jeu
        quand le modèle est appris sans lui.

        Exemple : nlp-stn train --gold ../shared/gold --corpus ../shared/corpus
        """
        from ..errors import ModelError
        from ..evaluation.matches import threshold_lines
        from ..match import load_model
        from ..settings import DEFAULT_OUTPUTS_DIR, Settings
        from ..train import build_groups, default_corpus, fit_matcher, load_gold, score_with, set_name

        settings = Settings()
        if not gold and not decisions:
            raise UsageError("rien pour apprendre : donnez --gold DOSSIER et/ou --decisions BASE.sqlite.")
        if len(corpus) > len(gold):
            raise UsageError(f"{len(corpus)} --corpus pour {len(gold)} --gold : donnez au plus un --corpus par "
                             "--gold, dans le même ordre.")
        names = [set_name(g) for g in gold]
        if len(set(names)) < len(names):
            raise UsageError("deux dossiers --gold portent le même nom ("
                             f"{', '.join(sorted({n for n in names if names.count(n) > 1}))}) : "
                             "donnez chaque jeu d'annotations une seule fois.")
        out = Path(output) if output else settings.models_path / "matcher.json"
        progress = ProgressPrinter()
        pairs, sources = [], {}
        for i, (gold_dir, name) in enumerate(zip(gold, names)):
            corpus_dir = corpus[i] if i < len(corpus) else default_corpus(gold_dir)
            gold_pairs, context = load_gold(gold_dir, corpus_dir, settings, prefix=name if len(gold) > 1 else "")
            pairs += gold_pairs
            key = "gold" if len(gold) == 1 else f"gold:{name}"
            sources[key] = {"dir": Path(gold_dir).name if len(gold) == 1 else name, "pairs": len(gold_pairs),
                            "context": context}
            if corpus_dir and not context:
                click.echo(f"Attention : contexte des unités de {gold_dir} non retrouvé (documents absents ou "
                           "illisibles) ; apprentissage sans contexte pour ce jeu.", err=True)
        if decisions:
            if run_dir is None:
                from ..review import latest_run_dir

                run_dir = latest_run_dir(DEFAULT_OUTPUTS_DIR)
            review_pairs, read, kept = decision_pairs(decisions, run_dir)
            pairs += review_pairs
            sources["decisions"] = {"database": Path(decisions).name, "decisions": read, "labelled_pairs": kept}
            click.echo(f"Décisions des relecteurs : {read} lues, {kept} paires annotées retenues (les décisions "
                       "« incertain », sur un texte modifié depuis ou une unité absente du run sont ignorées).")
        if not pairs:
            raise UsageError("aucune paire annotée trouvée : vérifiez --gold et --decisions.")
        groups = build_groups(pairs, settings, progress)
        try:
            old = load_model(out, settings)
        except ModelError:
            old = None
        if old is not None:
            before = score_with(old.matcher, groups)
            click.echo("\n".join(_figures_lines("Avant (modèle actuel, poids inchangés) :", before["combined"])))
        else:
            click.echo(f"Avant : pas de modèle utilisable dans {out}.")
        data = fit_matcher(pairs, settings, progress, sources=sources, groups=groups)
        _write_json_atomic(data, out)
        cv = data["cross_validated"]
        click.echo("\n".join(_figures_lines("Après (nouveau modèle, validation croisée groupée par demande) :",
                                            cv["combined"])))
        click.echo("\n".join(_figures_lines("Référence : TF-IDF sur les lemmes :", {"overall": cv["tfidf"]["overall"]})))
        th = data["thresholds"]
        click.echo(f"Seuils du statut : pris en compte >= {th['addressed']:.3f}, partiellement >= {th['partial']:.3f}.")
        for line in threshold_lines(cv):
            click.echo(line)
        by_set = cv.get("leave_one_set_out") or {}
        if by_set:
            click.echo("Chaque jeu d'annotations, modèle appris sans lui (poids et seuils) :")
            for name, figs in by_set.items():
                c, t = figs["combined"], figs["tfidf"]
                click.echo(f"  {name:<22} demandes {c['demands']:>3}  P@1 {c['p_at_1']:.2f}  R@3 {c['recall_at_3']:.2f}"
                           f"  MAP {c['map']:.2f}  F1 statut {c['status_f1']:.2f}  (TF-IDF MAP {t['map']:.2f})")
        click.echo(f"Modèle écrit : {out} (version {data['version']}, {data['training_data']['pairs']} paires).")

    @evaluate.command("statuses")
    @click.option("--gold", "gold", type=click.Path(), multiple=True, required=True,
                  help="Dossier d'annotations avec units.csv et expected_status.csv ; répétable (un jeu par "
                       "paire de documents).")
    @click.option("--corpus", "corpus", type=click.Path(), multiple=True,
                  help="Dossier des documents (le n-ième --corpus va avec le n-ième --gold ; défaut : le dossier "
                       "corpus à côté du dossier d'annotations).")
    @click.option("--details", is_flag=True, help="Liste aussi chaque demande dont le statut diffère.")
    @click.option("--json", "as_json", is_flag=True, help="Écrit le résultat en JSON.")
    @handle_errors
    def evaluate_statuses_command(gold, corpus, details, as_json):
        """Mesure les statuts de bout en bout : lit et découpe les documents d'un jeu d'annotations,
        relie ses demandes aux actions comme `nlp-stn match` (sans décision de relecteur), puis
        compare le statut de chaque demande de expected_status.csv (retrouvée par son texte) au
        statut attendu. Les chiffres bougent donc avec la lecture des documents autant qu'avec
        l'appariement.

        Exemple : nlp-stn evaluate statuses --gold tests/data/matching-checks/valombre/gold
        """
        from ..evaluation.statuses import evaluate_statuses, format_statuses
        from ..settings import Settings

        if corpus and len(corpus) != len(gold):
            raise UsageError(f"{len(corpus)} --corpus pour {len(gold)} --gold : donnez un --corpus par --gold, "
                             "ou aucun (le dossier corpus à côté de chaque dossier d'annotations).")
        reports = [evaluate_statuses(g, corpus[i] if corpus else None, Settings(), ProgressPrinter())
                   for i, g in enumerate(gold)]
        if as_json:
            click.echo(json.dumps(reports if len(reports) > 1 else reports[0], ensure_ascii=False, indent=2))
        else:
            click.echo(format_statuses(reports, details))

    @evaluate.command("matches")
    @click.option("--gold", "gold", type=click.Path(), required=True,
                  help="Dossier d'annotations de référence (units.csv + links.csv).")
    @click.option("--corpus", "corpus", type=click.Path(), default=None,
                  help="Dossier des documents, pour retrouver le contexte de chaque unité (titre de section, "
                       "unité parente) ; défaut : le dossier corpus à côté du dossier d'annotations, s'il existe.")
    @click.option("--json", "as_json", is_flag=True, help="Écrit le résultat en JSON.")
    @handle_errors
    def evaluate_matches_command(gold, corpus, as_json):
        """Mesure l'appariement sur des annotations de référence : P@1, R@3, MAP (top 5) et F1
        du statut, par groupe et au total, pour l'appariement combiné (validation croisée
        groupée par demande), pour l'appariement livré (models/matcher.json tel quel) et pour
        le TF-IDF sur les lemmes, puis le plafond des signaux (pour chaque demande, le meilleur
        classement de l'appariement combiné ou d'un signal seul, choisi après coup). Si le
        dossier contient aussi expected_status.csv (colonnes
        unit et expected_status : pris en compte, partiellement ou non pris en compte), dit
        combien de demandes reçoivent de l'appariement livré le statut attendu.

        Exemple : nlp-stn evaluate matches --gold ../shared/gold --corpus ../shared/corpus
        """
        from ..evaluation.matches import evaluate_matches, format_report
        from ..settings import Settings

        from ..train import default_corpus

        report = evaluate_matches(gold, corpus or default_corpus(gold), Settings(), ProgressPrinter())
        if as_json:
            click.echo(json.dumps(report, ensure_ascii=False, indent=2))
        else:
            click.echo(format_report(report))
