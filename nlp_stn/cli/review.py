"""`nlp-stn review ...` (human review in a spreadsheet) and `nlp-stn evaluate learning-curve`."""
from __future__ import annotations

import shlex
from pathlib import Path

import click

from . import ProgressPrinter, handle_errors
from .options import db_option
from ..settings import DEFAULT_OUTPUTS_DIR, Settings


_db_option = db_option("Base des décisions (défaut : .nlp-stn/decisions.sqlite du projet).")


def _db(db_path: Path | None) -> Path:
    return db_path if db_path is not None else Settings().decisions_path


def _french(value: float, digits: int = 2) -> str:
    return f"{value:.{digits}f}".replace(".", ",")


def _plural(n: int, singular: str, plural: str | None = None) -> str:
    return f"{n} {singular if n <= 1 else (plural or singular + 's')}"


def _short(text: str, limit: int = 70) -> str:
    """A text on one line, cut at ``limit`` characters with "…"."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def register(main, evaluate):
    @main.group("review")
    def review_group():
        """Relecture humaine : exporter les rapprochements vers un tableur, importer les
        décisions des relecteurs, suivre leur historique et leurs désaccords."""

    @review_group.command("export")
    @click.argument("run_dir", type=click.Path(path_type=Path, file_okay=False))
    @click.option("-o", "--output", "out_path", required=True, type=click.Path(path_type=Path, dir_okay=False),
                  help="Fichier CSV à écrire (par exemple relecture.csv).")
    @click.option("--blind", is_flag=True, help="Sans les colonnes score et suggestion (relecture à l'aveugle).")
    @click.option("--all", "include_all", is_flag=True, help="Reprendre aussi les paires déjà décidées.")
    @click.option("--delimiter", type=click.Choice([";", ","]), default=";", show_default=True,
                  help="Séparateur de colonnes (« ; » pour un tableur en français).")
    @click.option("--force", is_flag=True,
                  help="Remplacer le fichier -o s'il existe déjà (ses décisions non importées seraient perdues).")
    @_db_option
    @handle_errors
    def export_command(run_dir, out_path, blind, include_all, delimiter, force, db_path):
        """Écrit le fichier de relecture d'une analyse (RUN_DIR, par exemple outputs/<analyse>).

        Une ligne par paire (demande, action candidate) et une ligne « aucune action ne
        répond » par demande, les plus incertaines d'abord. Remplissez la colonne decision
        (oui, partiel, non, incertain), éventuellement corrected_action_id, puis importez le
        fichier avec `nlp-stn review import`.
        """
        from ..errors import ReviewError, ReviewFileExists
        from ..review import export_review

        def import_command(path) -> str:
            command = ["nlp-stn", "review", "import", str(path), "--run", str(run_dir)]
            if db_path is not None and Path(db_path).resolve() != Settings().decisions_path.resolve():
                command += ["--db", str(db_path)]
            return " ".join(shlex.quote(part) for part in command) + " --reviewer NOM"

        try:
            result = export_review(run_dir, out_path, _db(db_path), blind=blind, include_all=include_all,
                                   delimiter=delimiter, force=force)
        except ReviewFileExists as err:
            if err.decisions:
                rows = ("1 ligne remplie par un relecteur et pas encore importée" if err.decisions == 1
                        else f"{err.decisions} lignes remplies par un relecteur et pas encore importées")
                head = (f"ce fichier existe déjà et contient {rows} : "
                        "rien n'a été écrit, pour ne pas les perdre. Importez-le d'abord "
                        f"({import_command(out_path)}), puis relancez cet export ; ou donnez un autre nom avec -o")
            else:
                head = ("ce fichier existe déjà : rien n'a été écrit. Donnez un autre nom avec -o")
            raise ReviewError(f"{head}, ou ajoutez --force pour le remplacer.", path=out_path) from err
        unmatched = (
            f"{_plural(result.unmatched, 'décision')} sans unité correspondante (unité modifiée ou "
            "supprimée) : gardée(s) dans la base, listée(s) dans le rapport de l'analyse."
        )
        if result.rows == 0:
            if result.already_decided:
                n = result.already_decided
                which = "la seule paire de cette analyse a" if n == 1 else f"les {n} paires de cette analyse ont"
                click.echo(
                    f"Rien à relire : {which} déjà une décision à jour (textes inchangés). Pour "
                    f"{'la' if n == 1 else 'les'} relire quand même, ajoutez --all."
                )
            else:
                click.echo("Rien à relire : cette analyse ne contient aucune demande.")
            click.echo(f"Le fichier {result.path} ne contient que la ligne d'en-tête.")
            if result.unmatched:
                click.echo(unmatched)
            return
        click.echo(
            f"Fichier de relecture : {result.path} — {_plural(result.rows, 'ligne')} "
            f"({_plural(result.demands, 'demande')}), les plus incertaines d'abord."
        )
        if result.already_decided:
            click.echo(f"{_plural(result.already_decided, 'paire déjà décidée', 'paires déjà décidées')} "
                       "non reprise(s) (--all pour les reprendre).")
        if result.to_review:
            click.echo(f"{_plural(result.to_review, 'ligne')} « à revoir » : le texte a changé depuis la décision.")
        if result.disputed:
            click.echo(f"{_plural(result.disputed, 'ligne')} « avis partagés entre relecteurs : à trancher » : "
                       "les relecteurs ne sont pas d'accord ; une fois d'accord, chacun importe la décision commune.")
        if result.unmatched:
            click.echo(unmatched)
        click.echo("Remplissez la colonne decision (oui, partiel, non, incertain), puis : "
                   + import_command(result.path))

    @review_group.command("import")
    @click.argument("review_file", type=click.Path(path_type=Path, dir_okay=False))
    @click.option("--reviewer", default=None, help="Nom du relecteur (sinon la colonne reviewer de chaque ligne).")
    @click.option("--run", "run_dir", type=click.Path(path_type=Path, file_okay=False), default=None,
                  help="Analyse dont le fichier a été exporté (défaut : celle de outputs/ qui contient toutes "
                       "les paires décidées du fichier, sinon la dernière, outputs/LATEST).")
    @_db_option
    @handle_errors
    def import_command(review_file, reviewer, run_dir, db_path):
        """Importe les décisions d'un fichier de relecture (CSV « ; » ou « , », UTF-8 ou
        Windows-1252, colonnes dans n'importe quel ordre). Tout le fichier est vérifié
        d'abord : si une ligne est invalide, rien n'est enregistré."""
        from ..review import find_review_run, import_review, latest_run_dir

        if run_dir is not None:
            run = run_dir
        else:  # the analysis that knows every decided pair of the file, else the latest one
            places = [DEFAULT_OUTPUTS_DIR, Path.cwd() / "outputs", Path(review_file).parent / "outputs"]
            run = find_review_run(review_file, places) or latest_run_dir(DEFAULT_OUTPUTS_DIR)
            click.echo(f"Analyse de référence : {run} (indiquez --run DOSSIER pour en choisir une autre).")
        db = _db(db_path)
        result = import_review(review_file, db, run, reviewer=reviewer)
        click.echo(
            f"Import de {review_file} : {_plural(result.added, 'décision enregistrée', 'décisions enregistrées')}"
            f" (dont {result.superseded} remplaçant une décision antérieure), "
            f"{_plural(result.unchanged, 'déjà connue', 'déjà connues')}, "
            f"{_plural(result.skipped, 'ligne sans décision', 'lignes sans décision')}."
        )
        if result.reviewers:
            click.echo(f"Relecteur(s) : {', '.join(result.reviewers)}. Base : {db}")
        if result.comments_only:
            click.echo(
                f"Attention : {_plural(result.comments_only, 'ligne a', 'lignes ont')} un commentaire sans décision : "
                "il n'est pas enregistré dans la base (le fichier le garde). Donnez une décision à ces lignes "
                "(« incertain » si vous hésitez), puis importez à nouveau.", err=True)

    @review_group.command("history")
    @click.argument("pair_id")
    @_db_option
    @handle_errors
    def history_command(pair_id, db_path):
        """Toutes les décisions prises sur une paire (PAIR_ID, colonne pair_id), des plus anciennes
        aux plus récentes ; aucune n'est jamais effacée."""
        from ..review import history

        pair_id = pair_id.strip()
        entries = history(pair_id, _db(db_path))
        if not entries:
            click.echo(f"Aucune décision enregistrée pour la paire {pair_id}.")
            return
        first = entries[0].decision
        action = first.action_id or "(aucune action)"
        click.echo(f"Paire {pair_id} : demande {first.demand_id}, action {action}")
        for entry in entries:
            d = entry.decision
            state = "actuelle" if entry.superseded_by is None else f"remplacée par n° {entry.superseded_by}"
            parts = [f"n° {entry.id}", d.time, d.reviewer, d.decision]
            if d.corrected_action_id:
                parts.append(f"action corrigée : {d.corrected_action_id}")
            parts.append(state)
            parts.append(f"fichier : {d.source}")
            if d.comment:
                parts.append(f"commentaire : {d.comment}")
            click.echo("  " + " | ".join(parts))

    @review_group.command("conflicts")
    @_db_option
    @handle_errors
    def conflicts_command(db_path):
        """Liste les paires sur lesquelles les relecteurs ne sont pas d'accord et leur accord
        global (kappa de Cohen)."""
        from ..review import conflicts

        report = conflicts(_db(db_path))
        if not report.conflicts:
            click.echo("Aucun désaccord entre relecteurs.")
        else:
            click.echo(f"{_plural(len(report.conflicts), 'désaccord')} :")
            for c in report.conflicts:
                votes = ", ".join(
                    f"{d.reviewer} = {d.decision}" + (f" (→ {d.corrected_action_id})" if d.corrected_action_id else "")
                    for d in c.decisions
                )
                first = c.decisions[0]
                demand = _short(getattr(first, "demand_text", ""))
                action = _short(getattr(first, "action_text", ""))
                click.echo(f"  {c.pair_id} (demande {c.demand_id}{f' « {demand} »' if demand else ''}, "
                           f"action {c.action_id or 'aucune'}{f' « {action} »' if action else ''}) : {votes}")
        for a in report.agreements:
            kappa = "non défini (une seule réponse possible)" if a.kappa is None else _french(a.kappa)
            click.echo(
                f"Accord {a.reviewer_a} / {a.reviewer_b} : {_plural(a.pairs, 'paire')} en commun, "
                f"{round(100 * a.observed)} % de décisions identiques, kappa de Cohen = {kappa}"
            )

    @evaluate.command("learning-curve")
    @click.option("--gold", "gold_dir", required=True, type=click.Path(path_type=Path, file_okay=False),
                  help="Dossier des annotations de référence (units.csv, links.csv).")
    @click.option("--corpus", "corpus_dir", type=click.Path(path_type=Path, file_okay=False), default=None,
                  help="Corpus des documents annotés (facultatif).")
    @click.option("--steps", default="10,25,50", show_default=True,
                  help="Nombres de paires relues simulées, séparés par des virgules.")
    @click.option("--details", is_flag=True, default=False,
                  help="Affiche aussi le détail par moitié du scénario « à partir de zéro ».")
    @handle_errors
    def learning_curve_command(gold_dir, corpus_dir, steps, details):
        """Simule un relecteur avec les liens de référence : relit 10, 25 puis 50 paires choisies
        par l'outil (les plus incertaines), réentraîne l'appariement et affiche la MAP sur les
        demandes jamais relues, à côté de l'appariement de départ et de TF-IDF. Deux scénarios :
        « à partir de zéro » (poids égaux au départ) et « adaptation » (appariement entraîné sur les
        autres groupes de documents, complété par les paires relues du groupe ; paire par paire ou
        demande par demande). « À partir de zéro » est aussi donné par groupe, avec la loi a priori
        fixée d'avance et avec celle choisie en simulant la relecture sur les autres groupes
        seulement (jamais sur les demandes évaluées). Chaque chiffre est la moyenne de trois
        moitiés de demandes évaluées."""
        from ..errors import UsageError
        from ..evaluation.learning_curve import format_curve, format_study, study

        try:
            sizes = tuple(int(s) for s in steps.split(",") if s.strip())
        except ValueError as err:
            raise UsageError(f"--steps attend des nombres séparés par des virgules (reçu « {steps} »).") from err
        if not sizes or min(sizes) < 1:
            raise UsageError(f"--steps attend des nombres positifs (reçu « {steps} »).")
        result = study(gold_dir, corpus_dir, sizes=sizes, progress=ProgressPrinter())
        if details:
            for line in format_curve(result.scratch):
                click.echo(line)
            click.echo("")
        for line in format_study(result):
            click.echo(line)
