"""Extraction: any supported file -> :class:`~nlp_stn.model.Document` (cleaned text + blocks).

The reader is chosen by extension; the file is checked first (exists, not empty, not too
big, not binary under a text extension) so that every bad input gives a one-line French
message naming the file and what to do.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence

from ..errors import InputError, NlpStnError
from ..model import DocMeta, Document, ProgressFn, no_progress
from ..settings import Settings

# extension -> reader module (nlp_stn.extract.<module>), each exposing read(path, settings)
READERS = {
    ".txt": "text",
    ".md": "text",
    ".markdown": "text",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".docx": "office",
    ".odt": "office",
    ".csv": "tables",
    ".json": "tables",
    ".jsonl": "tables",
    ".xls": "tables",
    ".xlsx": "tables",
    ".ods": "tables",
}
SUPPORTED = tuple(READERS)

# What to do with a file of a known format the readers do not take: the copy to make (by
# family of formats), said before the list of accepted formats.
_CONVERT_HINTS = (
    ((".doc", ".rtf", ".docm", ".dotx", ".dot", ".ott", ".wpd", ".pages", ".fodt"),
     "ouvrez-le dans LibreOffice ou Word, enregistrez-en une copie en .odt, .docx ou .pdf puis relancez sur cette copie."),
    ((".ppt", ".pptx", ".pps", ".ppsx", ".odp", ".key"),
     "exportez la présentation en PDF (LibreOffice ou PowerPoint : Fichier > Exporter au format PDF) puis relancez sur ce PDF."),
    ((".xlsm", ".xlsb", ".xltx", ".ots", ".numbers", ".fods"),
     "ouvrez-le dans LibreOffice ou Excel, enregistrez-en une copie en .xlsx, .ods ou .csv puis relancez sur cette copie."),
    ((".png", ".jpg", ".jpeg", ".tif", ".tiff", ".gif", ".bmp", ".webp", ".heic"),
     "faites d'abord reconnaître le texte de l'image (OCR), enregistrez le résultat en .pdf ou .txt puis relancez."),
    ((".zip", ".7z", ".rar", ".tar", ".gz", ".tgz"),
     "décompressez l'archive puis donnez ses fichiers ou son dossier."),
    ((".eml", ".msg", ".mbox"),
     "copiez le texte du courriel dans un fichier .txt (ou enregistrez-le en PDF) puis relancez."),
)


def unsupported_message(suffix: str) -> str:
    """The message for a file whose extension ``suffix`` (« .rtf », lower case, or « » when it has
    none) no reader takes: for a format of a known family, the copy to make first, then the
    accepted formats.

    >>> unsupported_message(".key").split(" Formats")[0]
    'format non pris en charge (.key) : exportez la présentation en PDF (LibreOffice ou PowerPoint : Fichier > Exporter au format PDF) puis relancez sur ce PDF.'
    """
    shown = suffix or "sans extension"
    accepted = " ".join(SUPPORTED)
    for suffixes, hint in _CONVERT_HINTS:
        if suffix in suffixes:
            return f"format non pris en charge ({shown}) : {hint} Formats acceptés : {accepted}."
    return f"format non pris en charge ({shown}) : formats acceptés {accepted}."


def _mo(value: float, spec: str) -> str:
    """A size in megabytes written the French way (decimal comma)."""
    return format(value, spec).replace(".", ",")
# Formats that must be text: a NUL byte in their first 8 KiB means the file is binary.
TEXT_LIKE = (".txt", ".md", ".markdown", ".csv", ".json", ".jsonl", ".html", ".htm")
_SNIFF_BYTES = 8192


@dataclass(frozen=True)
class Failure:
    """A file of a batch that could not be read, with the one-line reason."""

    path: str
    message: str


def check(path: Path, settings: Settings) -> str:
    """Reject files that cannot be read before opening them; returns the reader module name."""
    if not path.exists():
        raise InputError("fichier introuvable : vérifiez le chemin.", path=path)
    if path.is_dir():
        raise InputError("c'est un dossier : donnez un fichier (ou utilisez une commande qui lit un dossier).", path=path)
    suffix = path.suffix.lower()
    if suffix not in READERS:
        raise InputError(unsupported_message(suffix), path=path)
    size = path.stat().st_size
    if size == 0:
        raise InputError("le fichier est vide : vérifiez qu'il a été correctement copié ou exporté.", path=path)
    limit = settings.max_file_mb * 1024 * 1024
    if size > limit:
        raise InputError(
            f"fichier trop volumineux ({_mo(size / 1024 / 1024, '.1f')} Mo, limite {_mo(settings.max_file_mb, 'g')} Mo) : "
            "découpez-le ou relevez la limite avec --max-file-mb.",
            path=path,
        )
    if suffix in TEXT_LIKE:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
        if b"\x00" in head and not _utf16(head):
            raise InputError(
                f"ce fichier n'est pas du texte (contenu binaire) alors que son extension est {suffix} : "
                "vérifiez qu'il s'agit du bon fichier ou donnez-lui l'extension de son vrai format.",
                path=path,
            )
    return READERS[suffix]


def _utf16(head: bytes) -> bool:
    return head.startswith((b"\xff\xfe", b"\xfe\xff"))


def extract(
    path: Path | str,
    settings: Settings = Settings(),
    doc_id: Optional[str] = None,
    meta: Optional[DocMeta] = None,
) -> Document:
    """Read one file. ``doc_id``/``meta`` default to those of the nearest corpus manifest
    (or inferred from the path). Raises InputError / ExtractionError with a French message."""
    path = Path(path)
    module_name = check(path, settings)
    if doc_id is None or meta is None:
        from ..corpus import source_for

        source = source_for(path)
        doc_id = source.doc_id if doc_id is None else doc_id
        meta = source.meta if meta is None else meta
    reader = importlib.import_module(f"{__name__}.{module_name}")
    extracted = reader.read(path, settings)
    # the curated manifest title first, then the one the file gives, then the file name
    title = meta.title or extracted.title or path.stem
    return Document(
        id=doc_id,
        path=str(path),
        format=path.suffix.lower().lstrip("."),
        title=title,
        text=extracted.text,
        blocks=extracted.blocks,
        meta=meta,
        pages=extracted.pages,
        notice=extracted.notice,
    )


def extract_many(
    paths: Sequence,
    settings: Settings = Settings(),
    progress: ProgressFn = no_progress,
) -> tuple[list[Document], list[Failure]]:
    """Read several files, going on past the bad ones.

    ``paths`` holds paths or :class:`nlp_stn.corpus.Source` objects (whose id and metadata
    are used). Returns the documents read and the failures (path, one-line message).
    """
    documents: list[Document] = []
    failures: list[Failure] = []
    total = len(paths)
    progress("extraction", 0, total)
    for done, item in enumerate(paths, start=1):
        path = getattr(item, "path", item)
        try:
            if hasattr(item, "doc_id"):
                documents.append(extract(path, settings, doc_id=item.doc_id, meta=item.meta))
            else:
                documents.append(extract(path, settings))
        except NlpStnError as err:
            failures.append(Failure(path=str(path), message=err.message))
        progress("extraction", done, total)
    return documents, failures
