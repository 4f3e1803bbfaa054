"""`nlp-stn run` (the whole job on a corpus) and `nlp-stn match` (explicit demands vs actions)."""
from __future__ import annotations

import json
import os
from pathlib import Path

import click

from . import FrenchCommand, ProgressPrinter, handle_errors, unsupported_line
from .options import db_option
from ..model import STATUSES
from ..settings import DEFAULT_OUTPUTS_DIR, Settings


class _VariadicAgainst(FrenchCommand):
    """Lets ``--against`` take several values: ``--against a.txt b.pdf -o out`` is rewritten
    to ``--against a.txt --against b.pdf -o out`` before click parses it."""

    def collect_usage_pieces(self, ctx):
        return super().collect_usage_pieces(ctx) + ["--against", "ACTIONS...", "-o", "DOSSIER"]

    def parse_args(self, ctx, args):
        rewritten, i = [], 0
        while i < len(args):
            arg = args[i]
            if arg == "--":
                rewritten.extend(args[i:])
                break
            if arg == "--against":
                rewritten.append(arg)
                i += 1
                values = 0
                while i < len(args) and (not args[i].startswith("-") or args[i] == "-"):
                    if values:
                        rewritten.append("--against")
                    rewritten.append(args[i])
                    values += 1
                    i += 1
                continue
            rewritten.append(arg)
            i += 1
        return super().parse_args(ctx, rewritten)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n > 1 else ''}"


def summary_lines(run_dir: Path) -> list[str]:
    """The French summary printed after a run (read back from its report.json)."""
    data = json.loads((run_dir / "report.json").read_text(encoding="utf-8"))
    s = data["summary"]
    total = s["demands"]
    lines = [
        f"Analyse {data['run_id']} : {_plural(total, 'demande')} ({_plural(len(s['demand_documents']), 'document')}) "
        f"comparée{'s' if total > 1 else ''} à {_plural(s['actions'], 'action')} "
        f"({_plural(len(s['action_documents']), 'document')})."
    ]
    for status in STATUSES:
        n = s["by_status"].get(status, 0)
        share = round(100 * n / total) if total else 0
        lines.append(f"  {status} : {n} ({share} %)")
    if s.get("validated") or s.get("to_review") or s.get("disputed"):
        lines.append(f"Décisions des relecteurs : {s.get('validated', 0)} validée(s), {s.get('to_review', 0)} à revoir"
                     + (f", {s['disputed']} à trancher (avis partagés)." if s.get("disputed") else "."))
    if s.get("unmatched_decisions"):
        n = s["unmatched_decisions"]
        lines.append(f"Décision{'s' if n > 1 else ''} sans unité correspondante : {n} (gardée{'s' if n > 1 else ''} "
                     "dans la base, détail dans le rapport).")
    failures = s.get("failures", [])
    if failures:
        lines.append(f"Documents ignorés : {len(failures)} (détail dans le rapport).")
        lines.extend(f"  {f['path']} : {f['message']}" for f in failures)
    lines.append(f"Rapport : {_shown(run_dir / 'report.html')}")
    return lines


def _shown(path: Path) -> str:
    """The path relative to the current folder when it is below it."""
    try:
        return os.path.relpath(path) if not os.path.relpath(path).startswith("..") else str(path)
    except ValueError:
        return str(path)


def _echo_summary(run_dir: Path, inputs=()) -> None:
    lines = summary_lines(run_dir)
    skipped = unsupported_line(inputs)
    if skipped:  # before the report's line, with the documents left out
        lines.insert(len(lines) - 1, skipped)
    for line in lines:
        click.echo(line)


_db_option = db_option("Base des décisions des relecteurs à appliquer (défaut : .nlp-stn/decisions.sqlite du projet).")


def _matching_options(func):
    """--top-k, --no-embeddings and --db, common to `run` and `match`."""
    func = _db_option(func)
    func = click.option("--no-embeddings", is_flag=True, help="Sans vecteurs de phrases (plus rapide, moins précis).")(func)
    return click.option("--top-k", type=int, default=Settings().top_k, show_default=True,
                        help="Nombre d'actions candidates gardées par demande.")(func)


def _settings(top_k: int, no_embeddings: bool, db_path: Path | None) -> Settings:
    changes = dict(top_k=top_k, use_embeddings=not no_embeddings)
    if db_path is not None:
        changes["decisions_db"] = str(db_path)
    return Settings().replace(**changes)


def register(main, evaluate):
    @main.command("run")
    @click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
    @click.option("-o", "--output", "out_dir", type=click.Path(path_type=Path), default=None,
                  help="Dossier des résultats (défaut : outputs/) ; chaque analyse y crée un sous-dossier.")
    @_matching_options
    @handle_errors
    def run_command(inputs, out_dir, top_k, no_embeddings, db_path):
        """Analyse complète : lit les documents, repère demandes et actions, les relie et écrit
        le rapport.

        INPUTS : fichiers ou dossiers (défaut : le corpus fourni, corpus/). Les documents dont
        l'entrée de corpus.toml porte role = "demands" sont comparés à ceux qui portent
        role = "actions" ; sans manifeste, chaque document dit lui-même s'il est un avis
        (demandes) ou une stratégie (actions). Résultats dans outputs/<analyse>/ (report.html, coverage.csv,
        matches.csv...) ; outputs/LATEST donne le nom de la dernière analyse. Les décisions des
        relecteurs (--db) remplacent les suggestions de la machine.
        """
        from ..pipeline import run

        settings = _settings(top_k, no_embeddings, db_path)
        run_dir = run(list(inputs) or None, out_dir or DEFAULT_OUTPUTS_DIR, settings, ProgressPrinter())
        _echo_summary(run_dir, list(inputs))

    @main.command("match", cls=_VariadicAgainst)
    @click.argument("demands", nargs=-1, required=True, type=click.Path(path_type=Path))
    @click.option("--against", "actions", multiple=True, required=True, type=click.Path(path_type=Path),
                  metavar="ACTIONS...", help="Documents ou tableaux d'unités des actions (un ou plusieurs).")
    @click.option("-o", "--output", "out_dir", required=True, type=click.Path(path_type=Path),
                  help="Dossier où écrire les résultats (nouveau, vide, ou une analyse précédente).")
    @_matching_options
    @handle_errors
    def match_command(demands, actions, out_dir, top_k, no_embeddings, db_path):
        """Relie des demandes (documents ou tableaux) aux actions d'une stratégie.

        Exemple : nlp-stn match avis.pdf --against strategie.pdf annexe.docx -o resultats

        Chaque entrée est un document (txt, md, html, pdf, docx, odt, csv, json, xls...) ou un
        tableau d'unités déjà découpées (.csv ou .jsonl avec au moins les colonnes id et text,
        title facultatif). Écrit matches.csv, coverage.csv, units.jsonl, report.html,
        report.md, report.json et settings.json dans DOSSIER.
        """
        from ..pipeline import match_files

        settings = _settings(top_k, no_embeddings, db_path)
        run_dir = match_files(list(demands), list(actions), out_dir, settings, ProgressPrinter())
        _echo_summary(run_dir, list(demands) + list(actions))
