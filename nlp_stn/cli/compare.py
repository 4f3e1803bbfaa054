"""`nlp-stn compare`: compare the ideas of two or more territories side by side."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import click

from . import ProgressPrinter, handle_errors
from ..errors import UsageError
from ..settings import DEFAULT_CORPUS_DIR, Settings


def register(main, evaluate) -> None:
    @main.command("compare")
    @click.option(
        "--territory",
        "-t",
        "specs",
        multiple=True,
        metavar="NOM=DOSSIER",
        help="Un territoire : nom=dossier, nom=fichier1,fichier2, ou un nom de territoire du manifeste "
        "(corpus.toml). Au moins deux ; nom en lettres, chiffres, - et _.",
    )
    @click.option("-o", "--output", "out_dir", type=click.Path(), help="Dossier de sortie (créé ou remplacé à la fin).")
    @click.option(
        "--corpus",
        "corpus_root",
        type=click.Path(),
        default=str(DEFAULT_CORPUS_DIR),
        show_default=True,
        help="Corpus dont le manifeste donne les territoires désignés par leur seul nom.",
    )
    @click.option("--same-idea", type=float, default=None, help="Score minimal d'une « même idée » (0 à 1 ; défaut : seuil calibré).")
    @click.option("--close-idea", type=float, default=None, help="Score minimal d'une « idée proche » (0 à 1 ; défaut : seuil calibré).")
    @click.option("--top-k", type=int, default=None, help="Partenaires examinés par idée et par territoire (défaut 5).")
    @click.option("--quiet", "-q", is_flag=True, help="Sans barre de progression.")
    @handle_errors
    def compare_command(specs, out_dir, corpus_root, same_idea, close_idea, top_k, quiet):
        """Compare les idées de plusieurs territoires : idées communes, idées propres, thèmes.

        Sont comparées les recommandations et les actions (pas les freins, leviers ni
        coopérations des tableaux). Écrit dans le dossier de sortie pairs.csv, unique.csv,
        themes.csv, compare.html (page en français), compare.md, compare.json et settings.json.

        Exemple : nlp-stn compare -t brest=corpus/brest -t lorient=corpus/lorient -o sorties/comparaison
        """
        from ..compare import (
            RELATION_SAME,
            check_output_dir,
            check_output_location,
            compare,
            load_units,
            resolve_territories,
            write_comparison,
        )

        if not out_dir:
            raise UsageError("indiquez le dossier de sortie avec -o DOSSIER.")
        changes = {}
        if same_idea is not None:
            changes["same_idea"] = same_idea
        if close_idea is not None:
            changes["close_idea"] = close_idea
        if top_k is not None:
            changes["top_k"] = top_k
        for name in ("same_idea", "close_idea"):
            if name in changes and not 0 <= changes[name] <= 1:
                raise UsageError(f"--{name.replace('_', '-')} doit être entre 0 et 1 (reçu {changes[name]:g}).")
        settings = Settings().replace(**changes)
        check_output_dir(out_dir)
        sources = resolve_territories(specs, corpus_root)
        check_output_location(out_dir, specs, corpus_root)
        progress = ProgressPrinter(enabled=not quiet)
        segments, failures = load_units(sources, settings, progress)
        for path, message in failures:
            click.echo(f"Attention : document non lu : {path} : {message}", err=True)
        result = compare(segments, settings, progress)
        result = dataclasses.replace(result, failures=tuple(failures))
        replaced = (Path(out_dir) / "compare.json").is_file()
        out = write_comparison(result, out_dir)
        click.echo(f"Comparaison de {len(result.territories)} territoires écrite dans {out}"
                   + (" (elle remplace la comparaison précédente de ce dossier)" if replaced else ""))
        for f in result.figures:
            click.echo(
                f"  {f.territory} : {f.units} idées ; même idée ailleurs : {f.same}, idée proche : {f.found - f.same}, "
                f"sans équivalent : {f.unique}"
            )
        same = sum(1 for p in result.pairs if p.relation == RELATION_SAME)
        click.echo(f"  rapprochements : {len(result.pairs)} (dont « même idée » : {same}). Page : {out / 'compare.html'}")

    @evaluate.command("compare")
    @click.argument("compare_dir", type=click.Path())
    @click.option("--gold", "gold_dir", required=True, type=click.Path(), help="Dossier d'annotations (units.csv + links.csv).")
    @click.option("--json", "as_json", is_flag=True, help="Écrit le résultat en JSON.")
    @handle_errors
    def evaluate_compare_command(compare_dir, gold_dir, as_json):
        """Mesure une comparaison de territoires sur des liens de référence : précision et rappel
        des rapprochements et des « même idée » (face à tous les liens, et face aux seuls liens de
        même demande), part des idées retrouvées ailleurs par territoire, seuils possibles.

        Exemple : nlp-stn evaluate compare sorties/comparaison --gold ../shared/gold
        """
        import json

        from ..evaluation.compare import evaluate_comparison, format_evaluation, to_dict

        result = evaluate_comparison(compare_dir, gold_dir)
        if as_json:
            click.echo(json.dumps(to_dict(result), ensure_ascii=False, indent=2))
        else:
            click.echo("\n".join(format_evaluation(result)))
