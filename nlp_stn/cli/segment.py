"""`nlp-stn segment FILE... -o segments.csv` and `nlp-stn evaluate segments`."""
from __future__ import annotations

import sys
from collections import Counter

import click

from . import ProgressPrinter, handle_errors, unsupported_line
from ..errors import UsageError

KIND_LABELS = {
    "recommendation": "recommandation",
    "action": "action",
    "objective": "objectif",
    "indicator": "indicateur",
    "question": "question",
    "decision": "décision",
}


def _plural(n: int, word: str) -> str:
    """"1 recommandation", "2 recommandations", "0 unité"."""
    return f"{n} {word}{'s' if n > 1 else ''}"


def _percent(value) -> str:
    return "—" if value is None else f"{value:.2f}"


def register(main, evaluate):
    from .extract import input_options, settings_from_options

    @main.command("segment")
    @click.argument("inputs", nargs=-1, required=True, type=click.Path())
    @click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
                  help="Fichier de sortie : .csv (UTF-8) ou .jsonl.")
    @click.option("--spacy-model", type=click.Choice(["fr_core_news_md", "fr_core_news_sm"]), default=None,
                  help="Modèle spaCy français (fr_core_news_md par défaut).")
    @input_options
    @handle_errors
    def segment_command(inputs, output, spacy_model, **options):
        """Découpe des documents (fichiers ou dossiers) en unités : recommandations, actions,
        objectifs, indicateurs, questions, décisions.

        Colonnes écrites : id, doc, kind, label, heading, parent, role, page, start, end, text.
        Un fichier illisible n'arrête pas le lot : il est signalé à la fin (code de sortie 1).

        Exemple : nlp-stn segment corpus/lorient corpus/brest -o segments.csv
        """
        from ..corpus import collect
        from ..extract import extract_many
        from ..segment import segment_many, write_segments
        from ..settings import Settings

        if not output.lower().endswith((".csv", ".jsonl")):
            raise UsageError(f"{output} : le fichier de sortie doit finir par .csv ou .jsonl.")
        settings = settings_from_options(Settings(), **options)
        if spacy_model:
            settings = settings.replace(spacy_model=spacy_model)
        from ..errors import NlpStnError
        from ..extract import Failure

        sources, missing = [], []
        for item in inputs:  # a missing path is listed with the other failures
            try:
                sources.extend(collect([item]))
            except NlpStnError as err:
                missing.append(Failure(path=str(item), message=err.message))
        if not sources and not missing:
            raise UsageError("aucun document à lire dans les chemins donnés.")
        progress = ProgressPrinter()
        documents, failures = extract_many(sources, settings, progress=progress)
        failures = missing + list(failures)
        if not documents:  # nothing read: no output file that looks like a result
            click.echo(f"Aucun document n'a pu être lu : {output} n'a pas été écrit.", err=True)
            click.echo(f"{len(failures)} fichier(s) non lu(s) :", err=True)
            for failure in failures:
                click.echo(f"  - {failure.path} : {failure.message}", err=True)
            sys.exit(1)
        segments = segment_many(documents, settings, progress=progress)
        write_segments(segments, output)
        counts = Counter(s.kind for s in segments)
        detail = ", ".join(_plural(counts[k], KIND_LABELS[k]) for k in KIND_LABELS if counts[k])
        written = "écrites" if len(segments) > 1 else "écrite"
        click.echo(f"{_plural(len(segments), 'unité')} dans {_plural(len(documents), 'document')} {written} dans "
                   f"{output}" + (f" ({detail})." if detail else "."))
        for document in documents:
            if document.notice:  # a table read without error that gave no text
                click.echo(f"Attention : {document.path} : {document.notice}.")
        skipped = unsupported_line(inputs)
        if skipped:
            click.echo(skipped)
        if failures:
            click.echo(f"{len(failures)} fichier(s) non lu(s) :", err=True)
            for failure in failures:
                click.echo(f"  - {failure.path} : {failure.message}", err=True)
            sys.exit(1)

    @evaluate.command("segments")
    @click.option("--gold", required=True, type=click.Path(),
                  help="Annotations de référence : fichier CSV (doc, unit, kind, text) ou dossier qui "
                       "contient units.csv.")
    @click.option("--corpus", "corpus_dir", type=click.Path(file_okay=False),
                  help="Dossier des documents (les ids de doc sont relatifs à ce dossier) ; défaut : le "
                       "dossier corpus à côté du dossier d'annotations.")
    @click.option("--exhaustive", multiple=True,
                  help="Document dont les annotations sont complètes (répétable) ; par défaut ceux "
                       "qui ont au moins --min-exhaustive recommandations/actions annotées.")
    @click.option("--min-exhaustive", type=int, default=20, show_default=True)
    @click.option("--details", is_flag=True, help="Liste aussi les unités manquées et les segments en trop.")
    @handle_errors
    def evaluate_segments_command(gold, corpus_dir, exhaustive, min_exhaustive, details):
        """Mesure la segmentation : rappel des recommandations/actions annotées (ratio flou >= 90,
        bon type) et part des segments recommandation/action sans unité annotée (documents
        annotés exhaustivement).

        Exemple : nlp-stn evaluate segments --gold ../shared/gold/units.csv --corpus ../shared/corpus
        (ou : nlp-stn evaluate segments --gold ../shared/gold)
        """
        from ..evaluation.segments import evaluate_segments
        from ..settings import Settings

        report = evaluate_segments(gold, corpus_dir, Settings(), exhaustive=list(exhaustive) or None,
                                   min_exhaustive=min_exhaustive, progress=ProgressPrinter())
        width = max([len("document")] + [len(d.doc) for d in report.documents])
        header = (f"{'document':<{width}}  annotées  trouvées  rappel  rappel strict  segments  sans annotation  part")
        click.echo(header)
        click.echo("-" * len(header))
        for d in report.documents:
            if d.error:
                click.echo(f"{d.doc:<{width}}  {d.gold:>8}  erreur : {d.error}")
                continue
            share = _percent(d.unmatched_share) if d.exhaustive else "non exhaustif"
            click.echo(f"{d.doc:<{width}}  {d.gold:>8}  {d.found:>8}  {_percent(d.recall):>6}  "
                       f"{_percent(d.recall_strict):>13}  {d.segments:>8}  {d.unmatched:>15}  {share}")
        click.echo("")
        click.echo(f"Rappel global : {_percent(report.recall)} (objectif >= 0.95). "
                   f"Documents exhaustifs : {', '.join(report.exhaustive_docs) or 'aucun'} "
                   f"(part sans annotation, objectif <= 0.10).")
        if details:
            for d in report.documents:
                for text in d.missed:
                    click.echo(f"manquée [{d.doc}] {text}")
                if d.exhaustive:
                    for text in d.extra:
                        click.echo(f"en trop [{d.doc}] {text}")
