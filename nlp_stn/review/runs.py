"""Reading a run directory (units.jsonl, matches.csv, coverage.csv, settings.json): units,
candidates, coverage and status thresholds; :func:`latest_run_dir`."""
from __future__ import annotations

import csv
import json
import math
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Optional, Sequence, Union

from ..errors import ReviewError
from ..model import STATUS_ADDRESSED, STATUS_NOT, STATUS_PARTIAL, text_hash
from ..settings import Settings
from .cells import unescape_cell


@dataclass(frozen=True)
class _Unit:
    id: str
    text: str
    hash: str
    doc: str = ""


@dataclass(frozen=True)
class _Candidate:
    demand_id: str
    action_id: str
    rank: int
    score: float
    status: str


@dataclass(frozen=True)
class _Run:
    path: Path
    units: Mapping[str, _Unit]
    demands: tuple[str, ...]  # demand ids in file order
    action_ids: frozenset[str]
    candidates: tuple[_Candidate, ...]
    coverage: Mapping[str, tuple[str, float]]  # demand id -> (status, score)
    thresholds: Mapping[str, float]
    thresholds_known: bool  # from settings.json (else inferred from the statuses of matches.csv)


def _read_csv_dicts(path: Path) -> list[dict]:
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            return list(csv.DictReader(handle))
    except OSError as err:
        raise ReviewError(f"lecture impossible ({_os_reason(err)}) ; relancez `nlp-stn run`.", path=path) from err
    except (UnicodeDecodeError, csv.Error) as err:
        raise ReviewError(
            "fichier illisible ; relancez le traitement qui a produit ce dossier de résultats.",
            path=path,
        ) from err


def _os_reason(err: OSError) -> str:
    """A French reason for a file system error."""
    if isinstance(err, FileNotFoundError):
        return "fichier ou dossier introuvable"
    if isinstance(err, PermissionError):
        return "accès refusé"
    if isinstance(err, IsADirectoryError):
        return "c'est un dossier, pas un fichier"
    return f"erreur système : {err.strerror or err}"


def _float(value, default: float = 0.0) -> float:
    try:
        result = float(str(value).replace(",", "."))
    except (TypeError, ValueError):
        return default
    return result if math.isfinite(result) else default


def thresholds_from_settings(settings: Mapping[str, object]) -> dict[str, float]:
    """The status thresholds a run used, from its settings.json content (``{}`` when unknown).

    Looks for ``thresholds`` = {"addressed", "partial"} (at the top level or under
    ``versions``/``settings``), then for ``threshold_addressed``/``threshold_partial`` >= 0.
    """
    places = [settings]
    for key in ("settings", "versions", "match"):
        inner = settings.get(key) if isinstance(settings, Mapping) else None
        if isinstance(inner, Mapping):
            places.append(inner)
    for place in places:
        found = place.get("thresholds")
        if isinstance(found, Mapping) and "addressed" in found and "partial" in found:
            return {"addressed": _float(found["addressed"]), "partial": _float(found["partial"])}
    for place in places:
        addressed = _float(place.get("threshold_addressed", -1), -1)
        partial = _float(place.get("threshold_partial", -1), -1)
        if addressed >= 0 and partial >= 0:
            return {"addressed": addressed, "partial": partial}
    return {}


def near_tie_from_settings(settings: Mapping[str, object]) -> float:
    """The near-tie margin a run used, from its settings.json content (``near_tie`` at the top
    level or under ``settings``), else the default (see :class:`nlp_stn.settings.Settings`)."""
    for place in (settings, settings.get("settings") if isinstance(settings, Mapping) else None):
        if isinstance(place, Mapping):
            value = _float(place.get("near_tie", -1), -1)
            if 0 <= value < 1:
                return value
    return Settings.near_tie


def _infer_thresholds(candidates: Sequence[_Candidate]) -> dict[str, float]:
    """Thresholds implied by the statuses written in matches.csv (midpoints between groups)."""
    by_status = defaultdict(list)
    for cand in candidates:
        by_status[cand.status].append(cand.score)
    result = {}
    for name, upper, lower in (
        ("addressed", STATUS_ADDRESSED, STATUS_PARTIAL),
        ("partial", STATUS_PARTIAL, STATUS_NOT),
    ):
        above = by_status.get(upper)
        below = by_status.get(lower) or (by_status.get(STATUS_NOT) if name == "addressed" else None)
        if above and below:
            result[name] = (min(above) + max(below)) / 2
        elif above:
            result[name] = min(above)
        elif below:
            result[name] = max(below)
    result.setdefault("addressed", 0.5)
    result.setdefault("partial", min(result["addressed"], 0.3))
    return result


def _read_run(run_dir: Union[str, Path]) -> _Run:
    run_dir = Path(run_dir)
    if not run_dir.is_dir():
        raise ReviewError(
            "dossier de résultats introuvable ; indiquez le dossier écrit par `nlp-stn run` "
            "ou `nlp-stn match` (par exemple outputs/<run>).",
            path=run_dir,
        )
    units_path = run_dir / "units.jsonl"
    for required in (units_path, run_dir / "matches.csv"):
        if not required.is_file():
            raise ReviewError(
                f"{required.name} manque dans ce dossier de résultats ; relancez `nlp-stn run`.",
                path=run_dir,
            )
    units: dict[str, _Unit] = {}
    demands: list[str] = []
    action_ids: set[str] = set()
    try:
        lines = units_path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise ReviewError("lecture impossible ; relancez `nlp-stn run`.", path=units_path) from err
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            unit_id, side, text = str(record["id"]), str(record.get("side", "")), str(record.get("text", ""))
            doc = str(record.get("doc") or "")
        except (ValueError, KeyError, TypeError, AttributeError) as err:
            raise ReviewError(
                f"ligne {number} illisible (JSON avec au moins « id » et « text » attendu) ; "
                "relancez `nlp-stn run`.",
                path=units_path,
            ) from err
        # A unit may be listed on both sides (same id = same document and text).
        units.setdefault(unit_id, _Unit(unit_id, text, text_hash(text), doc))
        if side == "demand" and unit_id not in demands:
            demands.append(unit_id)
        elif side == "action":
            action_ids.add(unit_id)
    candidates = []
    for row in _read_csv_dicts(run_dir / "matches.csv"):
        demand_id, action_id = (row.get("demand_id") or "").strip(), (row.get("action_id") or "").strip()
        if not demand_id or not action_id:
            continue
        candidates.append(
            _Candidate(
                demand_id=demand_id,
                action_id=action_id,
                rank=int(_float(row.get("rank"), 0)),
                score=_float(row.get("score")),
                status=(row.get("status") or "").strip(),
            )
        )
        # units.jsonl incomplete: fall back on the texts of matches.csv
        for unit_id, side in ((demand_id, "demand"), (action_id, "action")):
            if unit_id not in units:
                text = unescape_cell(row.get(f"{side}_text") or "")
                units[unit_id] = _Unit(unit_id, text, text_hash(text), (row.get(f"{side}_doc") or "").strip())
        if demand_id not in demands:
            demands.append(demand_id)
        action_ids.add(action_id)
    coverage: dict[str, tuple[str, float]] = {}
    if (run_dir / "coverage.csv").is_file():
        for row in _read_csv_dicts(run_dir / "coverage.csv"):
            demand_id = (row.get("demand_id") or "").strip()
            if demand_id:
                coverage[demand_id] = ((row.get("status") or "").strip(), _float(row.get("score")))
    settings: Mapping[str, object] = {}
    if (run_dir / "settings.json").is_file():
        try:
            settings = json.loads((run_dir / "settings.json").read_text(encoding="utf-8-sig"))
        except (OSError, ValueError):
            settings = {}
    thresholds = thresholds_from_settings(settings if isinstance(settings, Mapping) else {})
    known = bool(thresholds)
    if not known:
        thresholds = _infer_thresholds(candidates)
    return _Run(
        path=run_dir,
        units=units,
        demands=tuple(demands),
        action_ids=frozenset(action_ids),
        candidates=tuple(candidates),
        coverage=coverage,
        thresholds=thresholds,
        thresholds_known=known,
    )


def _action_unit(run: _Run, action_id: str) -> Optional[_Unit]:
    return run.units.get(action_id) if action_id in run.action_ids else None


def latest_run_dir(outputs_dir: Union[str, Path]) -> Path:
    """The run directory named in ``<outputs_dir>/LATEST``."""
    outputs_dir = Path(outputs_dir)
    latest = outputs_dir / "LATEST"
    try:
        name = latest.read_text(encoding="utf-8").strip()
    except OSError as err:
        raise ReviewError(
            "aucun résultat récent (fichier LATEST absent) ; lancez d'abord `nlp-stn run` "
            "ou indiquez --run DOSSIER.",
            path=latest,
        ) from err
    run_dir = Path(name) if Path(name).is_absolute() else outputs_dir / name
    if not run_dir.is_dir():
        raise ReviewError(
            f"le dossier de résultats « {name} » qu'il désigne n'existe plus ; indiquez --run DOSSIER.",
            path=latest,
        )
    return run_dir
