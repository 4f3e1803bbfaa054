"""`nlp-stn extract FILE`: print the cleaned text of a document, or its structure as JSON."""
from __future__ import annotations

import dataclasses
import json

import click

from ..settings import Settings
from . import handle_errors


def input_options(func):
    """Options shared by the commands that read documents (extraction settings)."""
    options = [
        click.option("--id-column", default="", help="Exports (CSV, JSON, XLS...) : colonne de l'identifiant."),
        click.option("--title-column", default="", help="Exports : colonne du titre."),
        click.option("--body-column", default="", help="Exports : colonne du texte."),
        click.option("--category-column", default="", help="Exports : colonne de la catégorie."),
        click.option(
            "--max-file-mb", type=float, default=None,
            help=f"Taille maximale d'un fichier en Mo ({Settings().max_file_mb:g} par défaut).",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def settings_from_options(settings, id_column="", title_column="", body_column="", category_column="", max_file_mb=None):
    """``settings`` with the values of the :func:`input_options` options."""
    changes = {
        "id_column": id_column,
        "title_column": title_column,
        "body_column": body_column,
        "category_column": category_column,
    }
    if max_file_mb is not None:
        changes["max_file_mb"] = max_file_mb
    return settings.replace(**changes)


def document_json(document) -> dict:
    """A Document as a JSON-ready dict: its fields, metadata and blocks."""
    return {
        "id": document.id,
        "path": document.path,
        "format": document.format,
        "title": document.title,
        "pages": document.pages,
        "meta": dataclasses.asdict(document.meta),
        "text": document.text,
        "blocks": [dict(dataclasses.asdict(b), fields=dict(b.fields)) for b in document.blocks],
    }


def register(main, evaluate):
    @main.command("extract")
    @click.argument("file", type=click.Path())
    @click.option(
        "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
        help="text : le texte nettoyé ; json : la structure (blocs, pages, niveaux, cellules).",
    )
    @input_options
    @handle_errors
    def extract_command(file, fmt, **options):
        """Affiche le texte nettoyé d'un document (TXT, Markdown, HTML, PDF, DOCX, ODT, CSV,
        JSON, JSONL, XLS, XLSX) ou, avec --format json, sa structure.

        Exemple : nlp-stn extract corpus/pdf/FDR-NE-Bilan-mesure-MTE.pdf --format json
        """
        from ..extract import extract

        settings = settings_from_options(Settings(), **options)
        document = extract(file, settings)
        if document.notice:  # a table read without error that gave no text: say why, never print nothing
            click.echo(f"Attention : {file} : {document.notice}.", err=True)
        if fmt == "json":
            click.echo(json.dumps(document_json(document), ensure_ascii=False, indent=2))
        else:
            click.echo(document.text)
