"""Tables of already segmented units (CSV or JSONL) read as Segments.

A table needs the columns ``id`` and ``text``; an optional ``title`` is joined before the
text with a line break; any other column of :data:`nlp_stn.model.SEGMENT_COLUMNS` is used
when present (``doc`` defaults to the file name). CSV files may be UTF-8 (with or without
BOM) or cp1252, separated by "," or ";". Entirely empty rows are skipped.
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Union

from .errors import InputError
from .model import SEGMENT_COLUMNS, Segment

TABLE_SUFFIXES = (".csv", ".jsonl")
_INT_COLUMNS = ("page", "start", "end")


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _csv_rows(path: Path, text: str) -> list[tuple[int, dict]]:
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
        fields = [f.strip() for f in (reader.fieldnames or [])]
        reader.fieldnames = fields
        rows = [(reader.line_num, row) for row in reader]
    except csv.Error as err:
        raise InputError(f"tableau CSV illisible ({err}).", path=path) from None
    return [(line, row) for line, row in rows], fields


def _jsonl_rows(path: Path, text: str):
    rows = []
    fields: list[str] = []
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as err:
            raise InputError(f"ligne {line_no} : JSON invalide ({err.msg}).", path=path) from None
        if not isinstance(obj, dict):
            raise InputError(f"ligne {line_no} : chaque ligne doit être un objet JSON.", path=path)
        for k in obj:
            if k not in fields:
                fields.append(k)
        rows.append((line_no, obj))
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
        text = _decode(path.read_bytes())
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
