"""Tables of already segmented units (CSV or JSONL) read as Segments.

A table needs the columns ``id`` and ``text``; an optional ``title`` is joined before the
text with a line break; any other column of :data:`nlp_stn.model.SEGMENT_COLUMNS` is used
when present (``doc`` defaults to the file name). CSV files may be UTF-8 (with or without
BOM), UTF-16 with a BOM or cp1252 (:func:`nlp_stn.textio.decode_bytes`), separated by "," or
";". Entirely empty rows are skipped.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Union

from .errors import InputError
from .model import SEGMENT_COLUMNS, Segment
from .textio import decode_bytes, header_delimiter, jsonl_objects

TABLE_SUFFIXES = (".csv", ".jsonl")
_INT_COLUMNS = ("page", "start", "end")


def _csv_rows(path: Path, text: str) -> list[tuple[int, dict]]:
    delimiter = header_delimiter(text, (",", ";", "\t"), ",")  # the separator the header uses most
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
        fields = [f.strip() for f in (reader.fieldnames or [])]
        reader.fieldnames = fields
        rows = [(reader.line_num, row) for row in reader]
    except csv.Error as err:
        raise InputError(f"tableau CSV illisible ({err}).", path=path) from None
    return [(line, row) for line, row in rows], fields


def _jsonl_rows(path: Path, text: str):
    rows = jsonl_objects(text, path)
    fields: list[str] = []
    for _, obj in rows:
        for k in obj:
            if k not in fields:
                fields.append(k)
    return rows, fields


def _cell(value) -> str:
    if value is None:
        return ""
    return str(value).strip()


def read_units(path: Union[str, Path]) -> list[Segment]:
    """The units of a CSV/JSONL table, in file order."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in TABLE_SUFFIXES:
        raise InputError(
            f"format de tableau non reconnu « {suffix or '(sans extension)'} » : donnez un fichier .csv ou .jsonl.",
            path=path,
        )
    try:
        text = decode_bytes(path.read_bytes(), path)
    except FileNotFoundError:
        raise InputError("fichier introuvable : vérifiez le chemin.", path=path) from None
    except OSError as err:
        raise InputError(f"fichier illisible ({err.strerror}).", path=path) from None
    if suffix == ".csv":
        rows, fields = _csv_rows(path, text)
    else:
        rows, fields = _jsonl_rows(path, text)
    missing = [c for c in ("id", "text") if c not in fields]
    if missing:
        raise InputError(
            f"colonne(s) manquante(s) : {', '.join(missing)} ; le tableau doit avoir au moins les colonnes "
            f"id et text (colonnes trouvées : {', '.join(fields) or 'aucune'}).",
            path=path,
        )
    units: list[Segment] = []
    seen: dict[str, int] = {}
    for line, row in rows:
        values = {k: _cell(v) for k, v in row.items() if k is not None}
        if not any(values.values()):
            continue
        uid = values.get("id", "")
        if not uid:
            raise InputError(f"ligne {line} : identifiant (colonne id) vide.", path=path)
        if uid in seen:
            raise InputError(
                f"identifiant « {uid} » en double (lignes {seen[uid]} et {line}) : chaque unité doit avoir un id unique.",
                path=path,
            )
        seen[uid] = line
        body = values.get("text", "")
        title = values.get("title", "")
        full = "\n".join(p for p in (title, body) if p)
        if not full:
            raise InputError(f"ligne {line} : texte vide pour l'unité « {uid} ».", path=path)
        kwargs = {c: values.get(c, "") for c in SEGMENT_COLUMNS if c not in ("id", "text") + _INT_COLUMNS}
        kwargs["doc"] = kwargs["doc"] or path.name
        ints = {}
        for c in _INT_COLUMNS:
            raw = values.get(c, "")
            if raw == "":
                ints[c] = None if c == "page" else 0
                continue
            try:
                ints[c] = int(float(raw))
            except ValueError:
                raise InputError(f"ligne {line} : la colonne {c} doit être un nombre entier (reçu « {raw} »).",
                                 path=path) from None
        units.append(Segment(id=uid, text=full, **kwargs, **ints))
    return units


def read_run_units(run_dir: Union[str, Path]) -> tuple[dict[str, Segment], dict[str, Segment]]:
    """Demand and action units (id -> Segment) of the ``units.jsonl`` of a run directory
    written by ``nlp-stn run`` or ``nlp-stn match`` (its ``side`` field tells them apart)."""
    path = Path(run_dir) / "units.jsonl"
    if not path.is_file():
        raise InputError(
            "unités du run introuvables (units.jsonl) : donnez avec --run le dossier d'un run produit par "
            "`nlp-stn match` ou `nlp-stn run`.",
            path=path,
        )
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"fichier illisible ({err}) : relancez l'analyse pour le recréer.", path=path) from None
    fields = set(Segment.__dataclass_fields__)
    demands: dict[str, Segment] = {}
    actions: dict[str, Segment] = {}
    for _, obj in jsonl_objects(text, path):
        values = {k: obj.get(k) for k in fields}
        values["detail"] = values["detail"] or ""  # runs written before units had a detail
        unit = Segment(**values)
        (demands if obj.get("side") == "demand" else actions)[unit.id] = unit
    return demands, actions
