"""Reading the bytes of text files written by people and their tools (one place for all readers).

- :func:`decode_bytes`: UTF-16 with a BOM ("Texte Unicode" of spreadsheets), UTF-8 with or
  without BOM, else Windows-1252, else Latin-1 (or a typed error when the caller refuses it);
- :func:`header_delimiter`: the CSV delimiter found most often in the first line;
- :func:`jsonl_objects`: the objects of a JSON Lines text with their line numbers;
- :func:`keep_foreign_files`: when a results folder is replaced, the files the tool did not write
  there (a reviewer's CSV, notes) move to the new one.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Optional, Sequence, Union

from .errors import InputError, NlpStnError

UTF8_BOM = b"\xef\xbb\xbf"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def decode_bytes(
    raw: bytes,
    path: Optional[Union[str, Path]] = None,
    *,
    latin1: bool = True,
    error_cls: type[NlpStnError] = InputError,
    message: str = "encodage non reconnu (ni UTF-8 ni Windows-1252) : enregistrez le fichier en UTF-8.",
) -> str:
    """Text of ``raw``: UTF-16 with a BOM, UTF-8 (a BOM is dropped), else Windows-1252.

    Bytes that are neither UTF-8 nor Windows-1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D) are read as
    Latin-1 when ``latin1`` is true (every byte is valid there); otherwise ``error_cls(message,
    path=path)`` is raised.

    >>> decode_bytes("\\ufeffété".encode("utf-8")), decode_bytes("été".encode("cp1252"))
    ('été', 'été')
    >>> decode_bytes("\\ufeffété".encode("utf-16-le"))
    'été'
    """
    if raw.startswith(UTF16_BOMS):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            pass  # an odd number of bytes or a lone surrogate: not UTF-16 after all
    if raw.startswith(UTF8_BOM):
        raw = raw[len(UTF8_BOM):]
    for encoding in ("utf-8", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    if latin1:
        return raw.decode("latin-1")
    raise error_cls(message, path=path)


def header_delimiter(text: str, candidates: Sequence[str], default: str) -> str:
    """The candidate found most often in the first line (the earlier one on a tie); ``default`` when none is.

    >>> header_delimiter("id;text,title", (",", ";"), ",")
    ','
    >>> header_delimiter("pair_id;decision", (";", ",", "\\t"), ";")
    ';'
    """
    first = text.split("\n", 1)[0]
    counts = [first.count(c) for c in candidates]
    best = max(range(len(candidates)), key=lambda k: (counts[k], -k))
    return candidates[best] if counts[best] else default


def jsonl_objects(
    text: str, path: Optional[Union[str, Path]] = None, error_cls: type[NlpStnError] = InputError
) -> list[tuple[int, dict]]:
    """(line number, object) for every non-blank line of a JSON Lines text.

    Raises ``error_cls`` naming the first line that is not valid JSON or not an object.
    """
    objects = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError:
            raise error_cls(f"ligne {number} : JSON invalide ; corrigez cette ligne.", path=path) from None
        if not isinstance(obj, dict):
            raise error_cls(f"ligne {number} : chaque ligne doit être un objet JSON.", path=path)
        objects.append((number, obj))
    return objects


def keep_foreign_files(old: Path, target: Path, written: Sequence[str]) -> bool:
    """Move the entries of the replaced results folder ``old`` that are not among ``written``
    (the files the tool writes there: « relecture.csv » saved by a reviewer, a notes folder)
    into the new folder ``target``; False when one could not be moved (the caller then leaves
    ``old`` in place rather than deleting it)."""
    done = True
    for entry in Path(old).iterdir():
        if entry.name in written or (Path(target) / entry.name).exists():
            continue
        try:
            os.replace(entry, Path(target) / entry.name)
        except OSError:
            done = False
    return done
