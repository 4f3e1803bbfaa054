"""The corpus: which files to read, their document ids and metadata.

A corpus folder may hold a manifest ``corpus.toml`` with one ``[[document]]`` table per file
(fields ``path``, ``territory``, ``kind``, ``date``, ``title``, ``source``, ``role``,
``ignore``). Files not in the manifest get metadata inferred from their path: territory =
first folder under the corpus root, date = leading ``YYYY-MM(-DD)`` of the file name.
Document ids are paths relative to the corpus root, with ``/`` separators.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from .errors import InputError
from .model import DOC_KINDS, DocMeta

MANIFEST = "corpus.toml"
ROLES = ("", "demands", "actions")
FIELDS = ("path", "territory", "kind", "date", "title", "source", "role", "ignore")
_SKIPPED_STEMS = ("license", "licence", "readme", "sources")
_DATE = re.compile(r"^(\d{4}-\d{2}(?:-\d{2})?)(?!\d)")


@dataclass(frozen=True)
class Source:
    """A file to read, with its document id, metadata and role ("demands", "actions" or "")."""

    path: Path
    doc_id: str
    meta: DocMeta
    role: str = ""


def load_manifest(root: Path | str) -> dict[str, dict]:
    """Entries of ``root/corpus.toml`` by relative path ({} when there is no manifest)."""
    file = Path(root) / MANIFEST
    if not file.is_file():
        return {}
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except UnicodeDecodeError as err:
        raise InputError("le manifeste n'est pas en UTF-8 : enregistrez-le en UTF-8.", path=file) from err
    except tomllib.TOMLDecodeError as err:
        line = re.search(r"line (\d+)", str(err))
        where = f"ligne {line.group(1)}" if line else "position inconnue"
        raise InputError(
            f"manifeste TOML invalide ({where} : {err}) : corrigez cette ligne.", path=file
        ) from err
    documents = data.get("document", [])
    if not isinstance(documents, list):
        raise InputError("le manifeste doit contenir des tables [[document]].", path=file)
    entries: dict[str, dict] = {}
    for number, entry in enumerate(documents, start=1):
        where = f"[[document]] n° {number}"
        if not isinstance(entry, dict) or not isinstance(entry.get("path"), str) or not entry["path"].strip():
            raise InputError(f"{where} : le champ « path » est obligatoire.", path=file)
        unknown = sorted(set(entry) - set(FIELDS))
        if unknown:
            raise InputError(
                f"{where} ({entry['path']}) : champ inconnu « {unknown[0]} » ; champs possibles : {', '.join(FIELDS)}.",
                path=file,
            )
        kind = entry.get("kind", "other")
        if kind not in DOC_KINDS:
            raise InputError(
                f"{where} ({entry['path']}) : kind « {kind} » inconnu ; valeurs possibles : {', '.join(DOC_KINDS)}.",
                path=file,
            )
        role = entry.get("role", "")
        if role not in ROLES:
            raise InputError(
                f"{where} ({entry['path']}) : role « {role} » inconnu ; valeurs possibles : demands, actions.",
                path=file,
            )
        for name in ("territory", "date", "title", "source"):
            if not isinstance(entry.get(name, ""), str):
                raise InputError(
                    f"{where} ({entry['path']}) : le champ « {name} » doit être une chaîne entre guillemets.",
                    path=file,
                )
        key = entry["path"].strip().replace("\\", "/").removeprefix("./")
        entries[key] = dict(entry, path=key)
    return entries


def find_root(path: Path) -> Path | None:
    """The nearest folder holding a corpus.toml, from ``path`` (a file or folder) upwards."""
    path = path.resolve()
    folder = path if path.is_dir() else path.parent
    for candidate in (folder, *folder.parents):
        if (candidate / MANIFEST).is_file():
            return candidate
    return None


def infer_meta(rel: str) -> DocMeta:
    """Metadata from a relative path: territory = first folder, date = leading YYYY-MM(-DD)."""
    parts = rel.split("/")
    territory = parts[0] if len(parts) > 1 else ""
    match = _DATE.match(parts[-1])
    return DocMeta(territory=territory, date=match.group(1) if match else "")


def _source(path: Path, root: Path, manifest: dict[str, dict]) -> Source | None:
    rel = path.resolve().relative_to(root.resolve()).as_posix()
    entry = manifest.get(rel)
    if entry is None:
        return Source(path=path, doc_id=rel, meta=infer_meta(rel))
    if entry.get("ignore"):
        return None
    inferred = infer_meta(rel)
    meta = DocMeta(
        territory=entry.get("territory", inferred.territory),
        kind=entry.get("kind", "other"),
        date=entry.get("date", inferred.date),
        title=entry.get("title", ""),
        source=entry.get("source", ""),
    )
    return Source(path=path, doc_id=rel, meta=meta, role=entry.get("role", ""))


def _skipped(path: Path) -> bool:
    """Files left out when a folder is expanded (a file named explicitly is always read)."""
    from .extract import SUPPORTED

    name = path.name
    if name.startswith(".") or name == MANIFEST or path.suffix.lower() not in SUPPORTED:
        return True
    return path.suffix.lower() in (".md", ".txt") and path.stem.lower().startswith(_SKIPPED_STEMS)


def source_for(path: Path | str) -> Source:
    """The Source of one file: its id and metadata from the nearest manifest, else inferred
    ("<parent folder>/<file name>")."""
    path = Path(path)
    root = find_root(path)
    if root is not None:
        source = _source(path, root, load_manifest(root))
        if source is not None:
            return source
        return _source(path, root, {})  # an ignored file read explicitly
    rel = f"{path.resolve().parent.name}/{path.name}"
    return Source(path=path, doc_id=rel, meta=infer_meta(rel))


# What nlp-stn writes into a results folder (match/run, compare): with settings.json, one of
# these marks the folder as results, whose files are never read back as documents.
_RESULT_MARKS = ("report.json", "compare.json")


def _result_dirs(files: Sequence[Path]) -> set[Path]:
    """The folders of ``files`` that hold nlp-stn results."""
    names: dict[Path, set[str]] = {}
    for file in files:
        names.setdefault(file.parent, set()).add(file.name)
    return {folder for folder, held in names.items()
            if "settings.json" in held and any(mark in held for mark in _RESULT_MARKS)}


def collect(inputs: Sequence[str | Path]) -> list[Source]:
    """Files to read from files and folders (folders expanded recursively, in sorted order).

    Hidden files, ``corpus.toml``, LICENSE/README/SOURCES notes, files in a format nlp-stn
    does not read (scripts, images...), files marked ``ignore = true`` in the manifest and the
    results nlp-stn wrote into the folder (a folder with settings.json and report.json or
    compare.json) are skipped when a folder is expanded; a file named explicitly is always
    tried.
    """
    sources: list[Source] = []
    seen: set[Path] = set()
    for item in inputs:
        path = Path(item)
        if not path.exists():
            raise InputError("fichier ou dossier introuvable : vérifiez le chemin.", path=path)
        if path.is_file():
            found = [source_for(path)]
        else:
            root = find_root(path) or path
            manifest = load_manifest(root)
            found = []
            files = sorted(path.rglob("*"))
            results = _result_dirs(files)
            for file in files:
                rel_parts = file.relative_to(path).parts
                if not file.is_file() or any(p.startswith(".") for p in rel_parts) or _skipped(file):
                    continue
                if any(parent in results for parent in file.parents):
                    continue  # a report that nlp-stn wrote into the folder is not a document
                source = _source(file, root, manifest)
                if source is not None:
                    found.append(source)
        for source in found:
            key = source.path.resolve()
            if key not in seen:
                seen.add(key)
                sources.append(source)
    return sources


def unsupported(inputs: Sequence[str | Path]) -> list[Path]:
    """Files of the folders among ``inputs`` that :func:`collect` leaves out because nlp-stn does
    not read their format (« annexes.zip », « photo.png »), so that a command can say so; hidden
    files, notes (README, LICENSE) and the results nlp-stn wrote (their folders, LATEST) are not listed."""
    from .extract import SUPPORTED

    found: list[Path] = []
    for item in inputs:
        path = Path(item)
        if not path.is_dir():
            continue
        files = sorted(path.rglob("*"))
        results = _result_dirs(files)
        for file in files:
            if (not file.is_file() or any(p.startswith(".") for p in file.relative_to(path).parts)
                    or file.suffix.lower() in SUPPORTED or file.name == MANIFEST
                    or file.stem.lower().startswith(_SKIPPED_STEMS) or file.name == "LATEST"
                    or any(parent in results for parent in file.parents)):
                continue
            if file not in found:
                found.append(file)
    return found


def territories(sources: Sequence[Source]) -> dict[str, list[Source]]:
    """Sources grouped by territory (sorted by name; "" for files without one)."""
    groups: dict[str, list[Source]] = {}
    for source in sources:
        groups.setdefault(source.meta.territory, []).append(source)
    return {key: groups[key] for key in sorted(groups)}
