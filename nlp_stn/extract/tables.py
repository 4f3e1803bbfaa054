"""Consultation exports: CSV, JSON, JSONL, XLS and XLSX, one "record" block per row.

Columns are recognised by name (case- and accent-insensitive, Decidim ``title/fr`` style
included) or named explicitly with ``Settings.id_column`` / ``title_column`` /
``body_column`` / ``category_column``. ``Block.fields`` holds ``id``, ``title``, ``body`` and
``category``; ``Block.text`` is the title and the body, one per line.
"""
from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from pathlib import Path
from typing import Iterable, Sequence

from ..clean import normalise_spaces
from ..errors import ExtractionError, InputError
from ..settings import Settings
from ..textio import decode_bytes, jsonl_objects
from .base import Extracted, TextBuilder

FIELDS = ("id", "title", "body", "category")

# Recognised column names, after normalisation (lower case, no accents, "_"/"-" as spaces).
ALIASES = {
    "id": ("id", "identifiant", "identifier", "ref", "reference", "numero", "n°", "no"),
    "title": ("title", "titre", "intitule", "objet", "title/fr"),
    "body": (
        "body", "corps", "texte", "text", "description", "contenu", "proposition",
        "contribution", "message", "body/fr",
    ),
    "category": (
        "category", "categorie", "thematique", "theme", "category/name/fr", "category/name",
        "category/fr", "rubrique",
    ),
}
OPTION_OF = {
    "id": "--id-column",
    "title": "--title-column",
    "body": "--body-column",
    "category": "--category-column",
}
DELIMITERS = (",", ";", "\t")


def read(path: Path, settings: Settings) -> Extracted:
    """Read a consultation export as one record block per row."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        header, rows = read_csv(path)
    elif suffix == ".json":
        header, rows = _from_objects(_json_objects(path), path)
    elif suffix == ".jsonl":
        header, rows = _from_objects(_jsonl_objects(path), path)
    elif suffix == ".xlsx":
        header, rows = _read_xlsx(path)
    elif suffix == ".xls":
        header, rows = _read_xls(path)
    else:  # pragma: no cover - the dispatcher only sends the suffixes above
        raise InputError(f"format de tableau non pris en charge ({suffix}).", path=path)
    columns = find_columns(header, settings, path)
    builder = TextBuilder()
    for row in rows:
        values = {name: (readable(row[i]) if i is not None and i < len(row) else "") for name, i in columns.items()}
        text = "\n".join(v for v in (values["title"], values["body"]) if v)
        builder.add("record", text, fields=values)
    return builder.build()


# --- columns ----------------------------------------------------------------------------


def normalise_name(name: str) -> str:
    """Column name as compared: lower case, no accents, separators as single spaces."""
    name = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode("ascii")
    name = name.strip().lower().replace("_", " ").replace("-", " ")
    return " ".join(name.split())


def find_columns(header: Sequence[str], settings: Settings, path: Path) -> dict[str, int | None]:
    """Index of the id, title, body and category columns (None when absent).

    Raises InputError when a column named in the settings is missing, or when neither a
    title nor a body column is found (the message lists the columns found and the options).
    """
    names = [normalise_name(h) for h in header]
    chosen: dict[str, int | None] = {}
    for field in FIELDS:
        explicit = getattr(settings, f"{field}_column")
        if explicit:
            wanted = normalise_name(explicit)
            if wanted not in names:
                raise InputError(
                    f"la colonne « {explicit} » ({OPTION_OF[field]}) est absente ; colonnes trouvées : "
                    f"{_listing(header)}.",
                    path=path,
                )
            chosen[field] = names.index(wanted)
            continue
        chosen[field] = None
        for alias in ALIASES[field]:
            if alias in names:
                chosen[field] = names.index(alias)
                break
    if chosen["title"] is None and chosen["body"] is None:
        raise InputError(
            f"aucune colonne de titre ni de texte reconnue (colonnes trouvées : {_listing(header)}) : "
            "indiquez-les avec --title-column et --body-column.",
            path=path,
        )
    return chosen


def _listing(header: Sequence[str]) -> str:
    shown = [str(h) for h in header if str(h).strip()]
    return ", ".join(shown) if shown else "aucune"


def readable(value) -> str:
    """A cell as readable text: JSON-ish lists become one item per line, numbers lose ".0"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, (list, tuple)):
        return "\n".join(item for item in (readable(v) for v in value) if item)
    if isinstance(value, dict):
        return "\n".join(item for item in (readable(v) for v in value.values()) if item)
    text = str(value).strip()
    if len(text) >= 2 and text[0] == "[" and text[-1] == "]":
        try:
            parsed = json.loads(text)
        except ValueError:
            parsed = None
        if isinstance(parsed, list):
            return readable(parsed)
    return re.sub(r"\n\s*\n", "\n", normalise_spaces(text)).strip()  # blank lines separate blocks


# --- CSV --------------------------------------------------------------------------------


def read_csv(path: Path) -> tuple[list[str], list[list[str]]]:
    """Header and rows of a CSV file whose delimiter (``,`` ``;`` tab) is detected."""
    text = decode_bytes(path.read_bytes(), path)
    delimiter = sniff_delimiter(text, path)
    csv.field_size_limit(max(csv.field_size_limit(), 2**30))  # long bodies are legitimate
    rows = [r for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter) if any(c.strip() for c in r)]
    if not rows:
        raise InputError("le fichier CSV ne contient aucune ligne.", path=path)
    width = len(rows[0])
    if any(len(r) > width for r in rows[1:]) and "[" in text:
        # Cells holding unquoted JSON lists (["a","b"]) were split on their commas.
        rows = [r for r in split_rows(text, delimiter) if any(c.strip() for c in r)]
    return rows[0], rows[1:]


def sniff_delimiter(text: str, path: Path) -> str:
    """The delimiter that gives the most consistent rows with more than one column."""
    sample = text[:65536]
    best, best_score = None, (0.0, 0)
    for delimiter in DELIMITERS:
        rows = [r for r in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter) if r][:50]
        if len(rows) > 1 and sample[-1:] not in ("\n", "\r") and len(text) > len(sample):
            rows = rows[:-1]  # the last row of a cut sample may be incomplete
        if not rows or len(rows[0]) < 2:
            continue
        width = len(rows[0])
        consistent = sum(1 for r in rows if len(r) >= width) / len(rows)
        score = (consistent, width)
        if score > best_score:
            best, best_score = delimiter, score
    if best is None:
        first = text.lstrip("\ufeff").splitlines()[0] if text.strip() else ""
        if normalise_name(first) in ALIASES["title"] + ALIASES["body"]:
            return ","  # a single recognised column
        raise InputError(
            "séparateur de colonnes non reconnu (ni virgule, ni point-virgule, ni tabulation) : "
            "enregistrez le tableau en CSV séparé par des virgules ou des points-virgules.",
            path=path,
        )
    return best


def split_rows(text: str, delimiter: str) -> list[list[str]]:
    """CSV rows where an unquoted cell starting with "[" runs to its closing "]"."""
    rows: list[list[str]] = []
    row: list[str] = []
    i, n = 0, len(text)
    while i <= n:
        if i == n:
            if row:
                rows.append(row)
            break
        ch = text[i]
        if ch == '"':  # quoted cell
            j, parts = i + 1, []
            while j < n:
                if text[j] == '"':
                    if j + 1 < n and text[j + 1] == '"':
                        parts.append('"')
                        j += 2
                        continue
                    break
                parts.append(text[j])
                j += 1
            cell, i = "".join(parts), j + 1
            while i < n and text[i] not in (delimiter, "\n", "\r"):
                cell += text[i]
                i += 1
        elif ch == "[":  # JSON-ish list: up to the "]" that ends the cell
            j = i
            end = -1
            while j < n:
                k = text.find("]", j)
                if k < 0:
                    break
                if k + 1 >= n or text[k + 1] in (delimiter, "\n", "\r"):
                    end = k
                    break
                j = k + 1
            if end < 0:
                end = _cell_end(text, i, delimiter) - 1
            cell, i = text[i:end + 1], end + 1
        else:
            k = _cell_end(text, i, delimiter)
            cell, i = text[i:k], k
        row.append(cell)
        if i < n and text[i] == delimiter:
            i += 1
            if i == n:
                row.append("")
            continue
        # end of line
        rows.append(row)
        row = []
        if i < n and text[i] == "\r":
            i += 1
        if i < n and text[i] == "\n":
            i += 1
        if i == n:
            break
    return rows


def _cell_end(text: str, i: int, delimiter: str) -> int:
    ends = [k for k in (text.find(delimiter, i), text.find("\n", i), text.find("\r", i)) if k >= 0]
    return min(ends) if ends else len(text)


# --- JSON -------------------------------------------------------------------------------


def _json_objects(path: Path) -> list[dict]:
    try:
        data = json.loads(decode_bytes(path.read_bytes(), path))
    except ValueError as err:
        raise InputError(
            f"JSON invalide (ligne {getattr(err, 'lineno', '?')}) : corrigez le fichier ou exportez-le à nouveau.",
            path=path,
        ) from err
    if isinstance(data, dict):
        values = list(data.values())
        if values and all(isinstance(v, dict) for v in values):
            return values  # an object of objects (Decidim export)
        for value in values:  # {"data": [...]} and similar wrappers
            if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
                return value
    if isinstance(data, list) and all(isinstance(v, dict) for v in data):
        return data
    raise InputError(
        "le JSON doit être une liste d'objets (un par proposition) ou un objet d'objets.", path=path
    )


def _jsonl_objects(path: Path) -> list[dict]:
    return [obj for _, obj in jsonl_objects(decode_bytes(path.read_bytes(), path), path)]


def flatten(obj: dict, prefix: str = "") -> dict[str, object]:
    """Nested objects as "a/b" keys ({"title": {"fr": ...}} -> "title/fr")."""
    out: dict[str, object] = {}
    for key, value in obj.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, name + "/"))
        else:
            out[name] = value
    return out


def _from_objects(objects: Iterable[dict], path: Path) -> tuple[list[str], list[list[object]]]:
    flat = [flatten(o) for o in objects]
    header: list[str] = []
    seen: set[str] = set()
    for obj in flat:
        for key in obj:
            if key not in seen:
                seen.add(key)
                header.append(key)
    return header, [[obj.get(k) for k in header] for obj in flat]


# --- spreadsheets -----------------------------------------------------------------------


def _read_xlsx(path: Path) -> tuple[list[str], list[list[object]]]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as err:  # zipfile.BadZipFile, KeyError, InvalidFileException...
        raise ExtractionError(
            "classeur XLSX illisible ou endommagé : ouvrez-le dans un tableur et enregistrez-le à nouveau.",
            path=path,
        ) from err
    try:
        rows = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()
    return _sheet(rows, path)


def _read_xls(path: Path) -> tuple[list[str], list[list[object]]]:
    import xlrd

    try:
        book = xlrd.open_workbook(str(path), on_demand=True)
    except Exception as err:  # xlrd.XLRDError, struct errors on corrupt files
        raise ExtractionError(
            "classeur XLS illisible ou endommagé : ouvrez-le dans un tableur et enregistrez-le à nouveau.",
            path=path,
        ) from err
    try:
        sheet = book.sheet_by_index(0)
        rows = [sheet.row_values(i) for i in range(sheet.nrows)]
    finally:
        book.release_resources()
    return _sheet(rows, path)


def _sheet(rows: list[list[object]], path: Path) -> tuple[list[str], list[list[object]]]:
    rows = [r for r in rows if any(v not in (None, "") for v in r)]
    if not rows:
        raise InputError("la première feuille du classeur est vide.", path=path)
    header = [readable(v) for v in rows[0]]
    return header, rows[1:]
