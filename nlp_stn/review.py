"""Human review loop: reviewers correct the machine's matches in a spreadsheet.

A library of pure-ish functions (the only side effects are the files and the SQLite database
they are asked to write):

- :func:`export_review` writes a CSV for LibreOffice Calc / Excel: one row per (demand,
  candidate action) and one "no action answers it" row per demand, least certain first.
- :func:`import_review` validates a whole edited file, then stores its decisions in the
  decisions database in one transaction (all or nothing).
- :func:`load_decisions`, :func:`history`, :func:`conflicts` read the database.
- :func:`apply_decisions` lets human decisions override the machine in a :class:`MatchRun`;
  :func:`follow_decisions` / :func:`unmatched_decisions` find where stored decisions' units
  are in a run after the documents were edited.
- :func:`labelled_pairs` turns decisions into training pairs for the matcher.

Review file
-----------
Columns, in this order: ``pair_id, demand_id, demand_text, action_id, action_text, rank, score,
suggestion, decision, corrected_action_id, reviewer, comment, demand_hash, action_hash``
(``--blind`` drops ``score`` and ``suggestion``). UTF-8 with BOM, ``;`` by default, every cell
quoted (texts with line breaks stay in one cell).

- The "no action answers it" row of a demand has an empty ``action_id``; ``decision`` = ``oui``
  there means "no action of the strategy answers this demand".
- ``decision``: ``oui``, ``partiel``, ``non``, ``incertain`` (also ``yes``, ``partial``,
  ``partiellement``, ``no``, ``unsure``; any case, with or without accents). Empty = row skipped.
- Import accepts ``;``, ``,`` or tab separators, UTF-8 with or without BOM, UTF-16 with BOM
  and Windows-1252, columns in any order (matched by name, case-insensitive), extra columns
  and empty rows ignored. Only ``pair_id`` (or ``demand_id`` + ``action_id``) and ``decision``
  are required; empty hash cells mean "the current texts".
- ``corrected_action_id``: the id of the action that really answers the demand (possibly one
  the machine never proposed); it counts as a ``oui`` for (demand, that action).
- ``demand_hash`` / ``action_hash``: ``sha1:`` + :func:`nlp_stn.model.text_hash` of the texts
  when exported (the prefix stops spreadsheets from reading a hash made of digits as a number).
  On import they must still match the run's current texts.
- ``comment``: the tool writes a note there on three kinds of rows, one item per line:
  ``à revoir`` (a pair whose decided texts changed, same unit ids) or ``à revoir : texte
  modifié`` (a pair a decision was carried over to after its unit was edited, see "Decisions
  follow edited units"), followed by each earlier decision (``décision précédente : oui (alice,
  26/11/2026) — commentaire : « … »``) and the earlier texts that changed (``ancien texte de la
  demande : « … »``, ``ancien texte de l'action``, ``ancien texte de l'action corrigée``); and
  ``avis partagés entre relecteurs : à trancher`` (reviewers disagree on the pair) followed by
  ``décision de alice : oui (26/11/2026)`` per reviewer. On import these lines are removed
  (:func:`strip_tool_notes`): only the reviewer's own words are stored.
- Formula injection (OWASP "CSV injection"): a cell that starts with ``=``, ``+``, ``-``, ``@``,
  a tab or a carriage return is written with one extra leading single quote, so spreadsheets
  show it as text. So that a cell which itself starts with quotes survives, a cell made of one
  or more single quotes followed by one of those characters gets one extra quote as well. On
  import, a cell made of one or more quotes followed by one of those characters loses exactly
  one quote: every original text reads back exactly. (A spreadsheet that drops the added quote
  on saving gives back the original text too.)
- Line numbers in import errors are spreadsheet row numbers (the header is row 1). A decided row
  whose pair the analysis does not know is reported as « le texte de la demande a changé entre
  l'export de ce fichier et cette analyse » when its exported text is found edited in the
  analysis (same rule as re-attachment; say to export again), else as « paire inconnue dans
  cette analyse »; when most decided rows are unknown, the message names the analysis checked
  and says to give ``--run``.
- Without ``--run``, the CLI imports against the analysis that knows every decided pair of the
  file with the same texts (:func:`find_review_run`, looking in the project's ``outputs/``,
  ``./outputs`` and the ``outputs`` folder beside the file), else the latest one.

Decisions database
------------------
SQLite (WAL mode, ``BEGIN IMMEDIATE`` transactions, busy timeout), default
``Settings().decisions_path`` (``.nlp-stn/decisions.sqlite``). Schema (version 2)::

    schema_version(version INTEGER NOT NULL)
    decisions(id INTEGER PRIMARY KEY, pair_id TEXT, demand_id TEXT, action_id TEXT,
              decision TEXT, corrected_action_id TEXT, reviewer TEXT, comment TEXT,
              demand_hash TEXT, action_hash TEXT, source_file TEXT, imported_at TEXT,
              superseded_by INTEGER NULL REFERENCES decisions(id),
              -- version 2:
              corrected_hash TEXT, demand_doc TEXT, action_doc TEXT, corrected_doc TEXT,
              demand_text TEXT, action_text TEXT, corrected_text TEXT)

Version 2 adds the hash of the corrected action's text and the document ids and texts of the
three units as they were when decided. A version-1 database is migrated in place (columns
added, empty for the old rows, every row kept) by the first import that writes to it; reading
one needs no migration. Read-only files, a locked database (another import holding it
longer than the busy timeout) and full disks give a one-line French error and nothing is
written.

A row is never deleted: a new decision of the same reviewer on the same pair gets a new row and
the old row's ``superseded_by`` points to it. The current decisions are the rows whose
``superseded_by`` is NULL. Hashes in the database are plain ``text_hash`` values (no prefix).
An identical decision (same decision, correction, comment and hashes) adds nothing, so
importing the same file twice changes nothing. ``incertain`` is stored but does not count as
settled: such pairs are exported again.

Decisions follow edited units
-----------------------------
Unit ids come from the document id and the normalised text, so an edited unit gets a new id.
For each stored decision (:func:`follow_decisions`), each of its units (demand, action,
corrected action) is looked up in the run:

- by id; a unit found by id whose text hash differs from the decided one makes the decision
  "à revoir" (same-id path: units tables with their own ids);
- if its id is absent but its document is part of the run (it has units on the same side),
  it is re-attached to the unit of that document whose normalised text is the most similar
  to the decided text (:func:`reattach`: ``rapidfuzz.fuzz.ratio`` >= :data:`REATTACH_MIN_RATIO`,
  or >= :data:`REATTACH_CLEAR_RATIO` when :data:`REATTACH_MARGIN` points above every other unit
  of the document — a few words added to a short demand; a single best unit, a tie
  re-attaches nothing). A re-attached decision is never applied: the demand it
  now points to is flagged "à revoir" (``Coverage.to_review``) and the pair is exported again
  with the comment ``à revoir : texte modifié``, until someone decides that pair again;
- a unit of a document of the run that cannot be re-attached makes the decision *unmatched*
  (:func:`unmatched_decisions`): it stays in the database and the report lists it as
  "décision sans unité correspondante";
- a unit whose document is not part of the run (another analysis, or a decision stored
  without its document: version-1 rows) makes the decision irrelevant to this run: ignored,
  kept. A corrected action in a document absent from the run is only left out.

Several reviewers
-----------------
Each reviewer's current decision on a pair is kept. When reviewers disagree on a pair (decision
or corrected action; ``incertain`` is no opinion), neither decision is applied, the demand is
never "validé" and the report, ``coverage.csv`` (``disputed``, ``review_note``) and the next
export say « avis partagés entre relecteurs : à trancher » with every reviewer's decision. The
disagreement ends when the reviewers' current decisions agree (each imports the common one).
:func:`apply_decisions` returns a :class:`ReviewedRun` whose ``reviews`` (per demand: chosen,
partial, rejected, added actions, disputed pairs, comments, decisions waiting for a review)
the report shows.
"""
from __future__ import annotations

import csv
import io
import json
import math
import os
import re
import sqlite3
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field, fields, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Mapping, Optional, Sequence, Union

from rapidfuzz import fuzz

from .errors import ReviewError, ReviewFileExists, ReviewInputError
from .model import (
    answer_state,
    STATUS_ADDRESSED,
    STATUS_NOT,
    STATUS_PARTIAL,
    Coverage,
    Decision,
    Evidence,
    Match,
    MatchRun,
    Segment,
    normalise_for_id,
    outranked,
    shown_score,
    stated_best,
    pair_id as make_pair_id,
    text_hash,
)
from .settings import Settings
from .textio import decode_bytes, header_delimiter

SCHEMA_VERSION = 2

COLUMNS = (
    "pair_id",
    "demand_id",
    "demand_text",
    "action_id",
    "action_text",
    "rank",
    "score",
    "suggestion",
    "decision",
    "corrected_action_id",
    "reviewer",
    "comment",
    "demand_hash",
    "action_hash",
)
BLIND_COLUMNS = tuple(c for c in COLUMNS if c not in ("score", "suggestion"))

DECISIONS = ("oui", "partiel", "non", "incertain")
RELEVANCE = {"oui": 2, "partiel": 1, "non": 0}
TO_REVIEW = "à revoir"
TEXT_CHANGED = "à revoir : texte modifié"  # comment of a pair a decision was re-attached to
REATTACH_MIN_RATIO = 80.0  # rapidfuzz.fuzz.ratio (0-100) of normalised texts
REATTACH_CLEAR_RATIO = 60.0  # lower bar, for a candidate that is clearly the best one
REATTACH_MARGIN = 15.0  # "clearly": ratio at least this many points above the second best
DISPUTED = "avis partagés entre relecteurs : à trancher"  # comment and report mark of a disputed pair
PREVIOUS_NOTE = "décision précédente"
OLD_TEXT_NOTES = {"demand": "ancien texte de la demande", "action": "ancien texte de l'action",
                  "corrected": "ancien texte de l'action corrigée"}
NO_ACTION_TEXT = "(aucune action ne répond à cette demande)"
HASH_PREFIX = "sha1:"
FORMULA_CHARS = ("=", "+", "-", "@", "\t", "\r")
BUSY_TIMEOUT_S = 60.0

# Accepted spellings (after case folding and accent removal) -> canonical decision.
_DECISION_WORDS = {
    "oui": "oui",
    "yes": "oui",
    "non": "non",
    "no": "non",
    "partiel": "partiel",
    "partielle": "partiel",
    "partiellement": "partiel",
    "partial": "partiel",
    "partially": "partiel",
    "partly": "partiel",
    "incertain": "incertain",
    "incertaine": "incertain",
    "unsure": "incertain",
    "uncertain": "incertain",
}
_STATUS_TO_SUGGESTION = {STATUS_ADDRESSED: "oui", STATUS_PARTIAL: "partiel", STATUS_NOT: "non"}


# ---------------------------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportResult:
    """What :func:`export_review` wrote."""

    path: str
    rows: int  # data rows written
    demands: int  # demands with at least one row
    already_decided: int  # pairs left out because a current decision settles them
    to_review: int  # rows exported again because their texts changed ("à revoir")
    unmatched: int = 0  # decisions about documents of the run whose units cannot be found
    disputed: int = 0  # rows exported again because reviewers disagree on them ("à trancher")


@dataclass(frozen=True)
class ImportResult:
    """What :func:`import_review` stored."""

    path: str
    rows: int  # data rows read (empty rows excluded)
    skipped: int  # rows without a decision
    added: int  # new decisions stored
    superseded: int  # older decisions replaced by a new one
    unchanged: int  # identical to the current decision: nothing stored
    reviewers: tuple[str, ...] = ()
    comments_only: int = 0  # skipped rows where the reviewer wrote a comment but no decision (not stored)


@dataclass(frozen=True)
class HistoryEntry:
    """One stored decision of a pair, with its database id and what replaced it."""

    id: int
    decision: Decision
    superseded_by: Optional[int] = None


@dataclass(frozen=True)
class Conflict:
    """A pair on which the current decisions of different reviewers disagree."""

    pair_id: str
    demand_id: str
    action_id: str
    decisions: tuple[Decision, ...]  # one per reviewer, sorted by reviewer


@dataclass(frozen=True)
class Agreement:
    """Cohen's kappa between two reviewers over the pairs both decided."""

    reviewer_a: str
    reviewer_b: str
    pairs: int
    observed: float  # share of pairs with the same decision
    kappa: Optional[float]  # None when undefined (both always gave the same single answer)


@dataclass(frozen=True)
class ConflictReport:
    conflicts: tuple[Conflict, ...]
    agreements: tuple[Agreement, ...]


@dataclass(frozen=True)
class StoredDecision(Decision):
    """A decision as stored in the database, with the documents and texts of its units when it
    was taken (empty for decisions stored by a version-1 database)."""

    demand_doc: str = ""
    action_doc: str = ""
    corrected_doc: str = ""
    demand_text: str = ""
    action_text: str = ""
    corrected_text: str = ""


@dataclass(frozen=True)
class Followed:
    """Where a stored decision's units are in a run (current ids)."""

    decision: Decision
    demand_id: str
    action_id: str  # "" for the "no action answers it" row
    corrected_action_id: str  # "" when none (or its document is not part of the run)
    moved: bool  # at least one unit was re-attached by text similarity (its text was edited)

    @property
    def pair_id(self) -> str:
        return make_pair_id(self.demand_id, self.action_id)


@dataclass(frozen=True)
class FollowResult:
    followed: tuple[Followed, ...]  # decisions whose units are all in the run
    unmatched: tuple[Decision, ...]  # decisions whose unit(s) of documents of the run were not found


@dataclass(frozen=True)
class PairReview:
    """The reviewers' current decisions on one (demand, action) pair of a run (texts unchanged)."""

    action_id: str  # "" = "no action answers it"
    decisions: tuple[Decision, ...]  # the current decision of each reviewer, sorted by reviewer
    verdict: str = ""  # "oui", "partiel" or "non" when every reviewer with an opinion agrees; else ""
    disputed: bool = False  # reviewers disagree (decision or corrected action): "à trancher"


@dataclass(frozen=True)
class DemandReview:
    """What reviewers decided about one demand, as the report shows it.

    ``chosen``: actions the reviewers agree answer the demand (``oui`` or a corrected action),
    then ``partial`` (``partiel``), best first; ``rejected``: actions they agree do not (``non``);
    ``added``: chosen actions the machine did not propose. ``pairs``: every pair decided on the
    current texts (disputed ones included). ``previous``: decisions waiting for a new review
    ("à revoir", texts changed), as they were taken.
    """

    demand_id: str
    pairs: tuple[PairReview, ...] = ()
    chosen: tuple[str, ...] = ()
    partial: tuple[str, ...] = ()
    rejected: tuple[str, ...] = ()
    added: tuple[str, ...] = ()
    previous: tuple[Decision, ...] = ()

    @property
    def disputed(self) -> tuple[PairReview, ...]:
        return tuple(p for p in self.pairs if p.disputed)

    def pair(self, action_id: str) -> Optional[PairReview]:
        return next((p for p in self.pairs if p.action_id == action_id), None)

    @property
    def comments(self) -> tuple[tuple[str, str, str], ...]:
        """(reviewer, action id, comment) of the current decisions with a comment."""
        return tuple((d.reviewer, p.action_id, d.comment.strip()) for p in self.pairs for d in p.decisions
                     if d.comment.strip())


@dataclass(frozen=True)
class ReviewedRun(MatchRun):
    """A :class:`~nlp_stn.model.MatchRun` with reviewers' decisions applied
    (:func:`apply_decisions`); ``reviews`` maps a demand id to what reviewers decided about it."""

    reviews: Mapping[str, DemandReview] = field(default_factory=dict)


# ---------------------------------------------------------------------------------------------
# Cells: formula injection, decisions, hashes
# ---------------------------------------------------------------------------------------------


def _starts_like_formula(text: str) -> bool:
    """True for text made of zero or more single quotes then a formula character."""
    stripped = text.lstrip("'")
    return bool(stripped) and stripped[0] in FORMULA_CHARS


def escape_cell(text: str) -> str:
    """Cell text as written: one quote added before formula-like text (see module doc)."""
    return "'" + text if _starts_like_formula(text) else text


def unescape_cell(text: str) -> str:
    """Inverse of :func:`escape_cell`: removes exactly the one quote it added."""
    if text.startswith("'") and _starts_like_formula(text):
        return text[1:]
    return text


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.strip().casefold())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def parse_decision(text: str) -> Optional[str]:
    """Canonical decision ("oui", "partiel", "non", "incertain"), "" when empty, None if unreadable."""
    folded = _fold(text).strip(" .!")
    if not folded:
        return ""
    return _DECISION_WORDS.get(folded)


def _hash_cell(value: str) -> str:
    return HASH_PREFIX + value if value else ""


def _parse_hash(cell: str) -> str:
    cell = cell.strip()
    if cell.lower().startswith(HASH_PREFIX):
        cell = cell[len(HASH_PREFIX):]
    return cell.strip().lower()


def _format_score(score: Optional[float]) -> str:
    return "" if score is None else f"{shown_score(score, 3):.3f}"


# ---------------------------------------------------------------------------------------------
# The tool's notes in the comment column (written on export, stripped on import)
# ---------------------------------------------------------------------------------------------

_NOTE_HEADS = (TO_REVIEW, TEXT_CHANGED, DISPUTED)
_NOTE_LINE = re.compile(
    r"^(?:décision précédente|décision de .+?) : (?:oui|partiel|non|incertain)\b"
    r"|^ancien texte de (?:la demande|l['’]action corrigée|l['’]action) : «"
)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def french_date(iso: str) -> str:
    """'26/11/2026' from an ISO time ('' when it is not one)."""
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", iso or "")
    return f"{m.group(3)}/{m.group(2)}/{m.group(1)}" if m else ""


def verdict_text(d: Decision) -> str:
    """'oui', 'non, action corrigée u123': a decision as the tool writes it."""
    text = d.decision
    if d.corrected_action_id:
        text += f", action corrigée {d.corrected_action_id}"
    return text


def _decision_line(d: Decision, head: str, with_reviewer: bool = True) -> str:
    when = french_date(d.time)
    who = ", ".join(x for x in ((d.reviewer if with_reviewer else ""), when) if x)
    line = f"{head} : {verdict_text(d)}" + (f" ({who})" if who else "")
    if d.comment.strip():
        line += f" — commentaire : « {_one_line(d.comment)} »"
    return line


def strip_tool_notes(comment: str) -> str:
    """A reviewer's comment without the lines the tool wrote in the comment column
    ("à revoir : texte modifié", "décision précédente : …", "ancien texte de la demande : « … »",
    "avis partagés entre relecteurs : à trancher", "décision de alice : …"): only the
    reviewer's own words are stored."""
    kept = []
    for line in str(comment).splitlines():
        stripped = line.strip()
        if stripped in _NOTE_HEADS or _NOTE_LINE.match(stripped):
            continue
        for head in (TEXT_CHANGED, DISPUTED):  # the reviewer wrote on the note's own line
            if stripped.casefold().startswith(head):
                line = stripped[len(head):].lstrip(" —–-:;,.")
        kept.append(line.rstrip())
    return "\n".join(kept).strip()


# ---------------------------------------------------------------------------------------------
# Run directories (units.jsonl, matches.csv, coverage.csv, settings.json)
# ---------------------------------------------------------------------------------------------


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


# ---------------------------------------------------------------------------------------------
# Database
# ---------------------------------------------------------------------------------------------

_SCHEMA = """
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS decisions (
    id INTEGER PRIMARY KEY,
    pair_id TEXT NOT NULL,
    demand_id TEXT NOT NULL,
    action_id TEXT NOT NULL DEFAULT '',
    decision TEXT NOT NULL CHECK (decision IN ('oui', 'partiel', 'non', 'incertain')),
    corrected_action_id TEXT NOT NULL DEFAULT '',
    reviewer TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    demand_hash TEXT NOT NULL DEFAULT '',
    action_hash TEXT NOT NULL DEFAULT '',
    source_file TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL,
    superseded_by INTEGER NULL REFERENCES decisions(id),
    corrected_hash TEXT NOT NULL DEFAULT '',
    demand_doc TEXT NOT NULL DEFAULT '',
    action_doc TEXT NOT NULL DEFAULT '',
    corrected_doc TEXT NOT NULL DEFAULT '',
    demand_text TEXT NOT NULL DEFAULT '',
    action_text TEXT NOT NULL DEFAULT '',
    corrected_text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS decisions_pair ON decisions (pair_id, reviewer);
CREATE INDEX IF NOT EXISTS decisions_current ON decisions (superseded_by);
"""

# Columns added by schema version 2 (all TEXT NOT NULL DEFAULT '').
V2_COLUMNS = (
    "corrected_hash", "demand_doc", "action_doc", "corrected_doc", "demand_text", "action_text", "corrected_text",
)

_SQLITE_MAGIC = b"SQLite format 3\x00"


def _corrupt(db_path: Path, detail: str = "") -> ReviewError:
    extra = f" ({detail})" if detail else ""
    return ReviewError(
        "ce fichier n'est pas une base de décisions nlp-stn lisible" + extra + " ; il n'a pas "
        "été modifié. Restaurez-en une sauvegarde, ou indiquez un autre fichier avec --db "
        "(un fichier absent est créé).",
        path=db_path,
    )


def _sqlite_error(db_path: Union[str, Path], err: sqlite3.Error, writing: bool) -> ReviewError:
    """A one-line French error for an SQLite failure (nothing was written: transactions roll back)."""
    db_path = Path(db_path)
    name = getattr(err, "sqlite_errorname", "") or ""
    text = str(err).lower()
    nothing = " ; aucune décision enregistrée" if writing else ""
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        return ReviewError(
            f"base de décisions occupée par un autre import{nothing} ; réessayez dans un instant.", path=db_path
        )
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM")) or "readonly" in text or (
        "unable to open" in text
    ):
        return ReviewError(
            f"base de décisions en lecture seule (fichier ou dossier non modifiable){nothing} ; donnez les "
            "droits d'écriture ou indiquez un autre fichier avec --db.",
            path=db_path,
        )
    if name.startswith("SQLITE_FULL") or "disk is full" in text:
        return ReviewError(f"disque plein{nothing} ; libérez de la place puis réessayez.", path=db_path)
    if name.startswith("SQLITE_IOERR") or "disk i/o" in text:
        return ReviewError(
            f"erreur d'entrée-sortie sur le disque{nothing} ; vérifiez le support puis réessayez.", path=db_path
        )
    if isinstance(err, sqlite3.OperationalError) and not name.startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT")):
        return ReviewError(
            f"opération impossible sur la base de décisions ({err}){nothing} ; réessayez, ou indiquez "
            "un autre fichier avec --db.",
            path=db_path,
        )
    return _corrupt(db_path, str(err))


def _enable_wal(conn: sqlite3.Connection) -> None:
    """Switch the database to WAL mode, waiting while another process holds it.

    SQLite answers a journal-mode change on a busy database with "database is locked" at once,
    without its busy handler, so the wait is done here (up to BUSY_TIMEOUT_S)."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
                return
            conn.execute("PRAGMA journal_mode = WAL")
        except sqlite3.OperationalError as err:
            if "locked" not in str(err) and "busy" not in str(err):
                raise
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.05)


def _sqlite_connect(db_path: Path) -> sqlite3.Connection:
    """Open the database file (kept apart so that tests can open it read-only)."""
    return sqlite3.connect(str(db_path), timeout=BUSY_TIMEOUT_S, isolation_level=None)


def _columns(conn: sqlite3.Connection) -> set[str]:
    return {row[1] for row in conn.execute("PRAGMA table_info(decisions)")}


def _schema_version(conn: sqlite3.Connection) -> Optional[int]:
    row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return row[0] if row else None


def _migrate(conn: sqlite3.Connection) -> None:
    """Bring a version-1 database to version 2 in place (one transaction; every row kept)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = _schema_version(conn) or 1
        if version < SCHEMA_VERSION:  # checked again under the write lock (concurrent imports)
            present = _columns(conn)
            for column in V2_COLUMNS:
                if column not in present:
                    conn.execute(f"ALTER TABLE decisions ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
            conn.execute("DELETE FROM schema_version")
            conn.execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION,))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _connect(db_path: Union[str, Path], create: bool) -> Optional[sqlite3.Connection]:
    """Open the decisions database; None if absent and not ``create``.

    With ``create`` (writers), a missing database is created and a version-1 database is
    migrated to the current schema; readers read any version as it is.
    """
    db_path = Path(db_path)
    if db_path.is_dir():
        raise ReviewError("c'est un dossier ; indiquez un fichier de base de décisions (--db).", path=db_path)
    exists = db_path.is_file() and db_path.stat().st_size > 0
    if exists:
        try:
            with open(db_path, "rb") as handle:
                magic = handle.read(len(_SQLITE_MAGIC))
        except OSError as err:
            raise ReviewError(f"lecture impossible ({_os_reason(err)}) ; indiquez --db.", path=db_path) from err
        if magic != _SQLITE_MAGIC:
            raise _corrupt(db_path)
    elif not create:
        return None
    else:
        try:
            db_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise ReviewError(
                f"impossible de créer le dossier de la base ({_os_reason(err)}) ; indiquez --db.",
                path=db_path,
            ) from err
    try:
        conn = _sqlite_connect(db_path)
    except sqlite3.Error as err:
        raise _sqlite_error(db_path, err, create) from err
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if exists and tables and not {"decisions", "schema_version"} <= tables:
            raise _corrupt(db_path, "tables decisions et schema_version absentes")
        version = _schema_version(conn) if "schema_version" in tables else None
        if version is not None and version > SCHEMA_VERSION:
            raise ReviewError(
                f"base de décisions au schéma {version}, plus récent que celui de cette "
                f"version de nlp-stn ({SCHEMA_VERSION}) ; mettez nlp-stn à jour.",
                path=db_path,
            )
        if create:
            _enable_wal(conn)
            if not {"decisions", "schema_version"} <= tables:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    for statement in _SCHEMA.strip().split(";"):
                        if statement.strip():
                            conn.execute(statement)
                    if conn.execute("SELECT COUNT(*) FROM schema_version").fetchone()[0] == 0:
                        conn.execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION,))
                    conn.execute("COMMIT")
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
            elif (version or 1) < SCHEMA_VERSION:
                _migrate(conn)
        elif "decisions" not in tables:
            conn.close()
            return None
    except sqlite3.Error as err:
        conn.close()
        raise _sqlite_error(db_path, err, create) from err
    except ReviewError:
        conn.close()
        raise
    return conn


def _row_decision(row: sqlite3.Row) -> StoredDecision:
    keys = set(row.keys())

    def get(name: str) -> str:  # version-1 rows have no version-2 columns
        return (row[name] or "") if name in keys else ""

    return StoredDecision(
        pair_id=row["pair_id"],
        demand_id=row["demand_id"],
        action_id=row["action_id"],
        decision=row["decision"],
        corrected_action_id=row["corrected_action_id"],
        reviewer=row["reviewer"],
        comment=row["comment"],
        demand_hash=row["demand_hash"],
        action_hash=row["action_hash"],
        source=row["source_file"],
        time=row["imported_at"],
        corrected_hash=get("corrected_hash"),
        demand_doc=get("demand_doc"),
        action_doc=get("action_doc"),
        corrected_doc=get("corrected_doc"),
        demand_text=get("demand_text"),
        action_text=get("action_text"),
        corrected_text=get("corrected_text"),
    )


def _query(db_path: Union[str, Path], sql: str, params: tuple = ()) -> list[sqlite3.Row]:
    conn = _connect(db_path, create=False)
    if conn is None:
        return []
    try:
        conn.row_factory = sqlite3.Row
        return conn.execute(sql, params).fetchall()
    except sqlite3.Error as err:
        raise _sqlite_error(db_path, err, writing=False) from err
    finally:
        conn.close()


def load_decisions(db_path: Union[str, Path]) -> list[Decision]:
    """Current decisions (latest per pair and reviewer), oldest first; [] if the base is absent.

    The items are :class:`StoredDecision` (a :class:`~nlp_stn.model.Decision` with the
    documents and texts of its units when decided).
    """
    rows = _query(db_path, "SELECT * FROM decisions WHERE superseded_by IS NULL ORDER BY id")
    return [_row_decision(row) for row in rows]


def history(pair_id: str, db_path: Union[str, Path]) -> list[HistoryEntry]:
    """Every decision ever stored for a pair (all reviewers), oldest first."""
    rows = _query(db_path, "SELECT * FROM decisions WHERE pair_id = ? ORDER BY id", (pair_id.strip(),))
    return [HistoryEntry(id=row["id"], decision=_row_decision(row), superseded_by=row["superseded_by"]) for row in rows]


def cohen_kappa(labels_a: Sequence[str], labels_b: Sequence[str]) -> Optional[float]:
    """Cohen's kappa of two raters over the same items; None when undefined (expected agreement 1)."""
    if len(labels_a) != len(labels_b):
        raise ValueError("labels_a and labels_b must have the same length")
    n = len(labels_a)
    if n == 0:
        return None
    observed = sum(a == b for a, b in zip(labels_a, labels_b)) / n
    count_a, count_b = Counter(labels_a), Counter(labels_b)
    expected = sum(count_a[k] * count_b[k] for k in count_a) / (n * n)
    if expected >= 1.0:
        return None
    return (observed - expected) / (1.0 - expected)


def _verdict(decision: Decision) -> tuple[str, str]:
    return decision.decision, decision.corrected_action_id


def conflicts(db_path: Union[str, Path]) -> ConflictReport:
    """Pairs where current decisions of different reviewers disagree, and agreement per reviewer pair.

    Two decisions disagree when their decision or their corrected action differ. Kappa is
    computed over the decision labels of the pairs both reviewers decided.
    """
    by_pair: dict[str, dict[str, Decision]] = defaultdict(dict)
    for decision in load_decisions(db_path):
        by_pair[decision.pair_id][decision.reviewer] = decision
    found = []
    for pid, by_reviewer in by_pair.items():
        if len(by_reviewer) > 1 and len({_verdict(d) for d in by_reviewer.values()}) > 1:
            ordered = tuple(by_reviewer[r] for r in sorted(by_reviewer))
            found.append(Conflict(pid, ordered[0].demand_id, ordered[0].action_id, ordered))
    found.sort(key=lambda c: (c.demand_id, c.action_id))
    reviewers = sorted({r for by_reviewer in by_pair.values() for r in by_reviewer})
    agreements = []
    for i, first in enumerate(reviewers):
        for second in reviewers[i + 1:]:
            shared = [p for p, by_r in sorted(by_pair.items()) if first in by_r and second in by_r]
            if not shared:
                continue
            labels_a = [by_pair[p][first].decision for p in shared]
            labels_b = [by_pair[p][second].decision for p in shared]
            observed = sum(a == b for a, b in zip(labels_a, labels_b)) / len(shared)
            agreements.append(Agreement(first, second, len(shared), observed, cohen_kappa(labels_a, labels_b)))
    return ConflictReport(tuple(found), tuple(agreements))


# ---------------------------------------------------------------------------------------------
# Export
# ---------------------------------------------------------------------------------------------


def _uncertainty_key(score: Optional[float], thresholds: Mapping[str, float], only_partial: bool = False) -> float:
    """Distance of a score to the nearest decision threshold (smaller = less certain)."""
    if score is None:
        return math.inf
    names = ("partial",) if only_partial else ("addressed", "partial")
    return min(abs(score - thresholds[name]) for name in names if name in thresholds)


def export_review(
    run_dir: Union[str, Path],
    out_path: Union[str, Path],
    db_path: Union[str, Path],
    blind: bool = False,
    include_all: bool = False,
    delimiter: str = ";",
    force: bool = False,
) -> ExportResult:
    """Write the review file of a run (see the module doc for its columns and rules).

    Rows are ordered least certain first: a candidate's uncertainty is the distance of its
    score to the nearest status threshold; a demand's "no action" row uses the distance of its
    best score to the "partial" threshold (below it, the machine says nothing answers).
    Pairs whose current decision (any reviewer, other than ``incertain``) still matches the
    texts are left out unless ``include_all``; pairs whose decided texts changed are exported
    again with the comment "à revoir", and pairs a decision was re-attached to after its unit
    was edited with the comment "à revoir : texte modifié" (with an extra row when the machine
    did not propose that pair; its rank, score and suggestion are empty and it comes first).

    An existing ``out_path`` holding what a reviewer typed and the database does not hold (decisions
    not imported yet), or that is no review file, is never replaced unless ``force``: raises
    :class:`ReviewFileExists`.
    """
    if delimiter not in (",", ";", "\t"):
        raise ReviewError(f"séparateur « {delimiter} » non pris en charge : choisissez « ; » ou « , ».")
    run = _read_run(run_dir)
    demand_side = _Side({uid: (run.units[uid].doc, run.units[uid].text) for uid in run.demands})
    action_side = _Side({uid: (run.units[uid].doc, run.units[uid].text) for uid in run.action_ids})
    hashes = {uid: unit.hash for uid, unit in run.units.items()}
    followed = _follow(load_decisions(db_path), demand_side, action_side)
    decided: dict[str, list[tuple[Followed, bool]]] = defaultdict(list)  # pair -> (decision, stale)
    moved: dict[str, list[str]] = defaultdict(list)  # demand id -> actions of re-attached decisions
    moved_pairs: dict[str, list[Followed]] = defaultdict(list)
    for f in followed.followed:
        if f.moved:
            moved_pairs[f.pair_id].append(f)
            if f.action_id not in moved[f.demand_id]:
                moved[f.demand_id].append(f.action_id)
        else:
            decided[f.pair_id].append((f, _is_stale_followed(f, hashes)))

    by_demand: dict[str, list[_Candidate]] = defaultdict(list)
    for cand in run.candidates:
        by_demand[cand.demand_id].append(cand)

    rows = []  # (sort key, row dict)
    skipped = stale_rows = disputed_rows = 0
    def machine_status(score: float, written: str) -> str:
        # The statuses written in a run already include human decisions: when the run's
        # thresholds are known, the suggestion is the machine's own (score vs thresholds).
        if not run.thresholds_known:
            return written
        if score >= run.thresholds["addressed"]:
            return STATUS_ADDRESSED
        return STATUS_PARTIAL if score >= run.thresholds["partial"] else STATUS_NOT

    for order, demand_id in enumerate(run.demands):
        demand = run.units[demand_id]
        cands = sorted(by_demand.get(demand_id, []), key=lambda c: c.rank)
        entries = []
        for cand in cands:
            action = _action_unit(run, cand.action_id)
            entries.append(
                (
                    cand.action_id,
                    action,
                    cand.rank,
                    cand.score,
                    _STATUS_TO_SUGGESTION.get(machine_status(cand.score, cand.status), ""),
                    _uncertainty_key(cand.score, run.thresholds),
                )
            )
        proposed = {cand.action_id for cand in cands}
        for action_id in moved.get(demand_id, []):
            if action_id and action_id not in proposed:  # a decided pair the machine did not propose
                entries.append((action_id, _action_unit(run, action_id), None, None, "", -1.0))
        written, written_score = run.coverage.get(demand_id, ("", 0.0))
        best_score = max((c.score for c in cands), default=written_score)
        status = machine_status(best_score, written or (cands[0].status if cands else STATUS_NOT))
        none_suggestion = "oui" if status == STATUS_NOT else "non"
        entries.append(("", None, None, None, none_suggestion, _uncertainty_key(best_score, run.thresholds, True)))
        for action_id, action, rank, score, suggestion, key in entries:
            pid = make_pair_id(demand_id, action_id)
            previous = decided.get(pid, [])
            fresh = [f.decision for f, is_stale in previous if not is_stale]
            # stale: decided on texts that changed, and nobody decided again on the current texts
            stale = bool(previous) and not fresh
            # re-attached: a decision on an edited unit now points to this pair, not decided again
            reattached = pid in moved_pairs and not fresh
            disputed = is_disputed(fresh)
            settled = not disputed and any(d.decision != "incertain" for d in fresh)
            if settled and not include_all:
                skipped += 1
                continue
            if reattached:
                comment = _review_note(TEXT_CHANGED, moved_pairs[pid], run)
            elif stale:
                comment = _review_note(TO_REVIEW, [f for f, _ in previous], run)
            elif disputed:
                comment = _dispute_note(fresh)
            else:
                comment = ""
            stale_rows += reattached or stale
            disputed_rows += disputed
            row = {
                "pair_id": pid,
                "demand_id": demand_id,
                "demand_text": demand.text,
                "action_id": action_id,
                "action_text": action.text if action is not None else NO_ACTION_TEXT,
                "rank": "" if rank is None else str(rank),
                "score": _format_score(score),
                "suggestion": suggestion,
                "decision": "",
                "corrected_action_id": "",
                "reviewer": "",
                "comment": comment,
                "demand_hash": _hash_cell(demand.hash),
                "action_hash": _hash_cell(action.hash if action is not None else ""),
            }
            rank_key = rank if rank is not None else 10**9
            rows.append(((key, order, rank_key), row))
    rows.sort(key=lambda item: item[0])
    columns = BLIND_COLUMNS if blind else COLUMNS

    out_path = Path(out_path)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(columns)
    for _, row in rows:
        writer.writerow([escape_cell(row[c]) for c in columns])
    text = "\ufeff" + buffer.getvalue()
    if not force:
        _check_overwrite(out_path, text, db_path)
    _write_atomic(out_path, text)
    return ExportResult(
        path=str(out_path),
        rows=len(rows),
        demands=len({row["demand_id"] for _, row in rows}),
        already_decided=skipped,
        to_review=stale_rows,
        unmatched=len(followed.unmatched),
        disputed=disputed_rows,
    )


def _review_note(head: str, previous: Sequence[Followed], run: _Run) -> str:
    """The comment of an exported pair whose decision must be reviewed: ``head``, each earlier
    decision (with its reviewer, date and comment) and the earlier texts that changed."""
    lines = [head]
    olds: list[str] = []
    for f in previous:
        d = f.decision
        lines.append(_decision_line(d, PREVIOUS_NOTE))
        for kind, unit_id, stored in (
            ("demand", f.demand_id, getattr(d, "demand_text", "")),
            ("action", f.action_id, getattr(d, "action_text", "")),
            ("corrected", f.corrected_action_id, getattr(d, "corrected_text", "")),
        ):
            unit = run.units.get(unit_id) if unit_id else None
            if stored.strip() and unit is not None and unit.hash != text_hash(stored):
                line = f"{OLD_TEXT_NOTES[kind]} : « {_one_line(stored)} »"
                if line not in olds:
                    olds.append(line)
    return "\n".join(lines + olds)


def _dispute_note(fresh: Sequence[Decision]) -> str:
    """The comment of an exported pair on which reviewers disagree: one line per reviewer."""
    lines = [DISPUTED]
    for d in sorted(fresh, key=lambda d: d.reviewer):
        lines.append(_decision_line(d, f"décision de {d.reviewer or 'relecteur inconnu'}", with_reviewer=False))
    return "\n".join(lines)


def is_disputed(decisions: Iterable[Decision]) -> bool:
    """Whether current decisions of different reviewers on one pair disagree (decision or corrected
    action); ``incertain`` is no opinion and contradicts nobody."""
    opinions = {(d.decision, d.corrected_action_id) for d in decisions if d.decision in RELEVANCE}
    return len(opinions) > 1


def _pending_rows(path: Path, db_path: Union[str, Path]) -> Optional[int]:
    """How many rows of the review file ``path`` hold something a reviewer typed (a decision, a
    corrected action, a comment beyond the tool's notes) that the decisions database does not
    hold yet; None when ``path`` is no review file."""
    try:
        rows, _ = _read_review_rows(path)
    except ReviewError:
        return None
    try:
        stored = {(d.pair_id, d.decision, d.corrected_action_id) for d in load_decisions(db_path)}
    except ReviewError:
        stored = set()
    pending = 0
    for _, cells in rows:
        decision = cells.get("decision", "").strip()
        corrected = cells.get("corrected_action_id", "").strip()
        if not (decision or corrected or strip_tool_notes(cells.get("comment", ""))):
            continue  # (a comment alone is kept from being overwritten, though import does not store it)
        pair = cells.get("pair_id", "").strip() or make_pair_id(cells.get("demand_id", "").strip(),
                                                                cells.get("action_id", "").strip())
        if (pair, parse_decision(decision), corrected) not in stored:
            pending += 1
    return pending


def _check_overwrite(path: Path, text: str, db_path: Union[str, Path]) -> None:
    """Refuse to replace an existing file, unless it holds ``text`` already, is empty, or is a review
    file whose every row a reviewer filled is in the decisions database (imported): nothing a
    reviewer typed is ever lost."""
    if not path.is_file():
        return
    try:
        raw = path.read_bytes()
    except OSError:
        raw = b"?"
    if raw == text.encode("utf-8") or not raw.strip():
        return
    pending = _pending_rows(path, db_path)
    if pending == 0:
        return
    what = ("ce fichier existe déjà" if pending is None
            else f"ce fichier existe déjà et {pending} de ses lignes remplies par un relecteur ne sont pas importées")
    raise ReviewFileExists(
        f"{what} : rien n'a été écrit. S'il contient des décisions, importez-le d'abord "
        "(`nlp-stn review import`) ; sinon donnez un autre nom avec -o, ou ajoutez --force pour le remplacer.",
        path=path,
        decisions=pending,
    )


def _write_atomic(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=str(path.parent))
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
            os.replace(tmp, path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
    except OSError as err:
        raise ReviewError(
            f"écriture impossible ({_os_reason(err)}) ; choisissez un autre fichier avec -o.", path=path
        ) from err


# ---------------------------------------------------------------------------------------------
# Import
# ---------------------------------------------------------------------------------------------


_ENCODING_ERROR = (
    "encodage non reconnu (ni UTF-8 ni Windows-1252) ; enregistrez le fichier en "
    "« CSV UTF-8 » depuis votre tableur."
)


WORKBOOK_SUFFIXES = (".xlsx", ".xls", ".xlsm", ".ods")


@dataclass(frozen=True)
class _Pending:
    line: int
    decision: Decision


def _read_review_rows(path: Path) -> tuple[list[tuple[int, dict]], int]:
    """(spreadsheet row number, {column: unescaped cell}) for non-empty rows; and the count of rows."""
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise ReviewError(
            f"lecture impossible ({_os_reason(err)}) ; indiquez le fichier CSV de relecture à importer.", path=path
        ) from err
    if raw.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")) or path.suffix.lower() in WORKBOOK_SUFFIXES:
        raise ReviewInputError(
            "c'est un classeur de tableur, pas un fichier CSV : ouvrez-le dans votre tableur, enregistrez-le "
            "au format « CSV UTF-8 » (Fichier > Enregistrer sous), puis importez le fichier .csv obtenu.",
            path=path,
        )
    text = decode_bytes(raw, path, latin1=False, error_cls=ReviewInputError, message=_ENCODING_ERROR)
    if not text.strip():
        raise ReviewInputError("fichier vide ; exportez d'abord un fichier avec `nlp-stn review export`.", path=path)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=header_delimiter(text, (";", ",", "\t"), ";"))
    try:
        records = list(reader)
    except csv.Error as err:
        raise ReviewInputError(f"CSV mal formé ({err}) ; ré-enregistrez-le depuis votre tableur.", path=path) from err
    header = [_fold(cell).replace(" ", "_").lstrip("\ufeff") for cell in records[0]]
    if "decision" not in header or ("pair_id" not in header and not {"demand_id", "action_id"} <= set(header)):
        raise ReviewInputError(
            "colonnes « pair_id » et « decision » introuvables à la première ligne ; utilisez "
            "un fichier produit par `nlp-stn review export` (colonnes dans n'importe quel ordre).",
            path=path,
        )
    index = {}
    for position, name in enumerate(header):
        index.setdefault(name, position)  # first occurrence wins; extra columns are ignored
    rows = []
    for number, record in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in record):
            continue
        cells = {
            name: unescape_cell(record[pos]) if pos < len(record) else ""
            for name, pos in index.items()
            if name in COLUMNS
        }
        rows.append((number, cells))
    return rows, len(rows)


def _known_pairs(run: _Run) -> dict[str, tuple[str, str]]:
    known = {}
    for cand in run.candidates:
        known[make_pair_id(cand.demand_id, cand.action_id)] = (cand.demand_id, cand.action_id)
    for demand_id in run.demands:
        known[make_pair_id(demand_id, "")] = (demand_id, "")
    return known


def _resolve_pair(cells: Mapping[str, str], run: _Run, known: Mapping[str, tuple[str, str]]) -> Optional[tuple[str, str, str]]:
    """(pair id, demand id, action id) of a row in ``run``; None when the pair is unknown there."""
    pid = cells.get("pair_id", "").strip()
    demand_id = cells.get("demand_id", "").strip()
    action_id = cells.get("action_id", "").strip()
    if pid in known:
        return (pid, *known[pid])
    if (
        demand_id in run.units and demand_id in run.demands
        and (not action_id or _action_unit(run, action_id) is not None)
        and (not pid or pid == make_pair_id(demand_id, action_id))
    ):
        return make_pair_id(demand_id, action_id), demand_id, action_id
    return None


def _changed_sides(cells: Mapping[str, str], run: _Run, sides: Mapping[str, list[tuple[str, str]]]) -> list[str]:
    """For a row whose pair is unknown: the sides ("demande", "action") whose unit is absent from
    the run but whose text, as exported, is found edited in the run (see :func:`reattach`)."""
    changed = []
    for side, word in (("demand", "demande"), ("action", "action")):
        unit_id = cells.get(f"{side}_id", "").strip()
        text = cells.get(f"{side}_text", "")
        present = unit_id in sides["ids"] if side == "demand" else _action_unit(run, unit_id) is not None
        if not unit_id or present or not text.strip() or text.strip() == NO_ACTION_TEXT:
            continue
        if reattach(text, sides[side]):
            changed.append(word)
    return changed


def _validate(
    rows: Sequence[tuple[int, dict]], run: _Run, reviewer: Optional[str], source: str, now: str
) -> tuple[list[_Pending], list[str], int, dict[str, int]]:
    """(decisions to store, errors, rows without a decision, counts of decided / unknown /
    text-changed rows)."""
    known = _known_pairs(run)
    sides = {
        "ids": set(run.demands),
        "demand": [(uid, normalise_for_id(run.units[uid].text)) for uid in run.demands],
        "action": [(uid, normalise_for_id(run.units[uid].text)) for uid in sorted(run.action_ids) if uid in run.units],
    }
    pending: list[_Pending] = []
    errors: list[str] = []
    skipped = 0
    counts = {"decided": 0, "unknown": 0, "changed": 0, "comments_only": 0}
    seen: dict[tuple[str, str], _Pending] = {}
    for line, cells in rows:
        raw_decision = cells.get("decision", "")
        corrected = cells.get("corrected_action_id", "").strip()
        decision = parse_decision(raw_decision)
        if decision == "" and not corrected:
            skipped += 1
            if strip_tool_notes(cells.get("comment", "")):
                counts["comments_only"] += 1
            continue
        counts["decided"] += 1
        reasons = []
        resolved = _resolve_pair(cells, run, known)
        if resolved is not None:
            pid, demand_id, action_id = resolved
        else:
            pid = cells.get("pair_id", "").strip()
            demand_id = action_id = ""
            changed = _changed_sides(cells, run, sides)
            if changed:
                counts["changed"] += 1
                what = {
                    ("demande",): "le texte de la demande a changé",
                    ("action",): "le texte de l'action a changé",
                }.get(tuple(changed), "les textes de la demande et de l'action ont changé")
                reasons.append(f"{what} entre l'export de ce fichier et cette analyse (paire « {pid} » inconnue "
                               "dans cette analyse)")
            else:
                counts["unknown"] += 1
                reasons.append(f"paire inconnue dans cette analyse (pair_id « {pid} »)")
        if decision is None:
            reasons.append(
                f"décision illisible « {raw_decision.strip()} » (attendu : oui, partiel, non ou incertain)"
            )
        elif decision == "":
            reasons.append("décision vide alors que corrected_action_id est rempli")
        corrected_unit = _action_unit(run, corrected) if corrected else None
        if corrected and corrected_unit is None:
            reasons.append(f"corrected_action_id inconnu « {corrected} »")
        demand = run.units.get(demand_id) if demand_id else None
        action = _action_unit(run, action_id) if action_id else None
        demand_hash = demand.hash if demand else ""
        action_hash = action.hash if action else ""
        if demand is not None:
            given = _parse_hash(cells.get("demand_hash", ""))
            if given and given != demand.hash:
                reasons.append("le texte de la demande a changé depuis l'export (demand_hash)")
        if action is not None:
            given = _parse_hash(cells.get("action_hash", ""))
            if given and given != action.hash:
                reasons.append("le texte de l'action a changé depuis l'export (action_hash)")
        who = (reviewer or cells.get("reviewer", "")).strip()
        if not who:
            reasons.append("relecteur inconnu (indiquez --reviewer NOM ou remplissez la colonne reviewer)")
        if reasons:
            errors.append(f"ligne {line} : " + " ; ".join(reasons))
            continue
        comment = strip_tool_notes(cells.get("comment", ""))
        item = _Pending(
            line,
            StoredDecision(
                pair_id=pid,
                demand_id=demand_id,
                action_id=action_id,
                decision=decision,
                corrected_action_id=corrected,
                reviewer=who,
                comment=comment,
                demand_hash=demand_hash,
                action_hash=action_hash,
                source=source,
                time=now,
                corrected_hash=corrected_unit.hash if corrected_unit else "",
                demand_doc=demand.doc if demand else "",
                action_doc=action.doc if action else "",
                corrected_doc=corrected_unit.doc if corrected_unit else "",
                demand_text=demand.text if demand else "",
                action_text=action.text if action else "",
                corrected_text=corrected_unit.text if corrected_unit else "",
            ),
        )
        key = (pid, who)
        if key in seen:
            first = seen[key]
            if _same(first.decision, item.decision):
                continue
            errors.append(
                f"ligne {line} : la même paire a déjà une autre décision de {who} à la ligne {first.line}"
            )
            continue
        seen[key] = item
        pending.append(item)
    return pending, errors, skipped, counts


def _same(a: Decision, b: Decision) -> bool:
    def key(d: Decision) -> tuple:
        return (d.decision, d.corrected_action_id, d.comment, d.demand_hash, d.action_hash, d.corrected_hash)

    return key(a) == key(b)


def import_review(
    path: Union[str, Path],
    db_path: Union[str, Path],
    run_dir: Union[str, Path],
    reviewer: Optional[str] = None,
) -> ImportResult:
    """Validate a whole review file against a run, then store its decisions (all or nothing).

    ``reviewer`` (if given) is recorded for every row; otherwise each row's ``reviewer`` cell.
    Raises :class:`ReviewError` listing every bad row with its spreadsheet row number.
    """
    path = Path(path)
    run = _read_run(run_dir)
    rows, count = _read_review_rows(path)
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    pending, errors, skipped, counts = _validate(rows, run, reviewer, path.name, now)
    if errors:
        shown = errors[:50]
        more = f"\n… et {len(errors) - 50} autres lignes" if len(errors) > 50 else ""
        hints = []
        decided = max(counts["decided"], 1)
        if counts["changed"]:
            hints.append(
                f"{counts['changed']} ligne(s) décidée(s) sur {counts['decided']} portent sur des textes qui ont "
                f"changé entre l'export de ce fichier et l'analyse vérifiée ({Path(run_dir)}) : exportez un nouveau "
                f"fichier de relecture (nlp-stn review export {Path(run_dir)} -o NOUVEAU.csv) et reportez-y ces "
                "décisions ; si ce fichier vient d'une autre analyse, relancez plutôt l'import avec --run et le "
                "dossier de celle-ci."
            )
        if counts["unknown"] and counts["unknown"] * 2 >= decided:
            # most pairs unknown: the file comes from another analysis than the one checked
            hints.append(
                f"{counts['unknown']} paire(s) décidée(s) sur {counts['decided']} sont inconnues de l'analyse "
                f"vérifiée ({Path(run_dir)}) : ce fichier a sans doute été exporté d'une autre analyse ; relancez "
                "l'import avec --run et le dossier de l'analyse exportée."
            )
        raise ReviewInputError(
            "".join(h + "\n" for h in hints) + f"{len(errors)} ligne(s) invalide(s), aucune décision enregistrée ; "
            "corrigez-les puis relancez l'import :\n" + "\n".join(shown) + more,
            path=path,
        )
    added = superseded = unchanged = 0
    conn = _connect(db_path, create=True)
    try:
        conn.row_factory = sqlite3.Row
        conn.execute("BEGIN IMMEDIATE")
        try:
            for item in pending:
                d = item.decision
                current = conn.execute(
                    "SELECT * FROM decisions WHERE pair_id = ? AND reviewer = ? AND superseded_by IS NULL "
                    "ORDER BY id DESC",
                    (d.pair_id, d.reviewer),
                ).fetchall()
                if current and _same(_row_decision(current[0]), d):
                    unchanged += 1
                    continue
                cursor = conn.execute(
                    "INSERT INTO decisions (pair_id, demand_id, action_id, decision, corrected_action_id, "
                    "reviewer, comment, demand_hash, action_hash, source_file, imported_at, superseded_by, "
                    + ", ".join(V2_COLUMNS) + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, "
                    + ", ".join("?" * len(V2_COLUMNS)) + ")",
                    (
                        d.pair_id, d.demand_id, d.action_id, d.decision, d.corrected_action_id,
                        d.reviewer, d.comment, d.demand_hash, d.action_hash, d.source, d.time,
                        *(getattr(d, column) for column in V2_COLUMNS),
                    ),
                )
                added += 1
                for old in current:
                    conn.execute("UPDATE decisions SET superseded_by = ? WHERE id = ?", (cursor.lastrowid, old["id"]))
                    superseded += 1
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    except sqlite3.Error as err:
        raise _sqlite_error(db_path, err, writing=True) from err
    finally:
        conn.close()
    return ImportResult(
        path=str(path),
        rows=count,
        skipped=skipped,
        added=added,
        superseded=superseded,
        unchanged=unchanged,
        reviewers=tuple(sorted({p.decision.reviewer for p in pending})),
        comments_only=counts["comments_only"],
    )


MAX_RUNS_SEARCHED = 30  # run directories read per outputs folder by :func:`find_review_run`


def _run_dirs(outputs_dir: Path) -> list[Path]:
    """Run directories of an outputs folder: the one LATEST names first, then the most recent."""
    found: list[Path] = []
    try:
        latest = latest_run_dir(outputs_dir)
    except ReviewError:
        latest = None
    if latest is not None:
        found.append(latest)
    try:
        subdirs = [d for d in outputs_dir.iterdir() if d.is_dir() and (d / "matches.csv").is_file()]
    except OSError:
        return found
    subdirs.sort(key=lambda d: ((d / "matches.csv").stat().st_mtime, d.name), reverse=True)
    for d in subdirs[:MAX_RUNS_SEARCHED]:
        if latest is None or d.resolve() != latest.resolve():
            found.append(d)
    return found


def find_review_run(path: Union[str, Path], outputs_dirs: Sequence[Union[str, Path]]) -> Optional[Path]:
    """The analysis a review file was exported from, when ``--run`` is not given: the first run
    directory of ``outputs_dirs`` (in each folder, the one its LATEST names, then the most recent
    ones) that knows every decided pair of the file with the same texts (hash cells). Any such
    analysis stores the same decisions (pair ids come from the units' documents and texts).
    None when the file cannot be read, has no decided row, or no analysis knows all its pairs."""
    try:
        rows, _ = _read_review_rows(Path(path))
    except ReviewError:
        return None
    decided = [cells for _, cells in rows
               if parse_decision(cells.get("decision", "")) or cells.get("corrected_action_id", "").strip()]
    if not decided:
        return None
    seen: set[Path] = set()
    for folder in outputs_dirs:
        folder = Path(folder)
        if not folder.is_dir():
            continue
        for run_dir in _run_dirs(folder):
            key = run_dir.resolve()
            if key in seen:
                continue
            seen.add(key)
            try:
                run = _read_run(run_dir)
            except ReviewError:
                continue
            if all(_row_fits(cells, run, known) for known in [_known_pairs(run)] for cells in decided):
                return run_dir
    return None


def _row_fits(cells: Mapping[str, str], run: _Run, known: Mapping[str, tuple[str, str]]) -> bool:
    """Whether a decided row's pair is in ``run`` with the texts it was exported with."""
    resolved = _resolve_pair(cells, run, known)
    if resolved is None:
        return False
    _, demand_id, action_id = resolved
    for unit_id, column in ((demand_id, "demand_hash"), (action_id, "action_hash")):
        given = _parse_hash(cells.get(column, ""))
        if unit_id and given and run.units[unit_id].hash != given:
            return False
    corrected = cells.get("corrected_action_id", "").strip()
    return not corrected or _action_unit(run, corrected) is not None


# ---------------------------------------------------------------------------------------------
# Using decisions
# ---------------------------------------------------------------------------------------------


class _Side:
    """The units of one side of a run, by id and by document (for re-attachment)."""

    def __init__(self, units: Mapping[str, tuple[str, str]]):  # id -> (doc, text)
        self.texts = {uid: text for uid, (_, text) in units.items()}
        self.by_doc: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for uid, (doc, text) in units.items():
            if doc:
                self.by_doc[doc].append((uid, normalise_for_id(text)))

    def locate(self, unit_id: str, doc: str, text: str) -> tuple[Optional[str], bool]:
        """(current id, re-attached?) of a decided unit; id None = its document is not in the run,
        id "" = its document is in the run but no unit is similar enough."""
        if unit_id in self.texts:
            return unit_id, False
        if not doc or doc not in self.by_doc:
            return None, False
        found = reattach(text, self.by_doc[doc])
        return found, bool(found)


def reattach(text: str, candidates: Sequence[tuple[str, str]]) -> str:
    """Id of the candidate (id, normalised text) that is the edited version of ``text``; "" when none.

    Similarity is ``rapidfuzz.fuzz.ratio`` of normalised texts (0-100). The most similar
    candidate is chosen when it is the only best one and either its ratio is at least
    :data:`REATTACH_MIN_RATIO`, or it is clearly the best: ratio at least
    :data:`REATTACH_CLEAR_RATIO` and :data:`REATTACH_MARGIN` points above every other
    candidate (a few words added to a short demand lower the ratio a lot, but leave it far
    closer to its new version than to any other unit of its document). A re-attached decision
    is never applied: it is flagged "à revoir".
    """
    if not text.strip():
        return ""
    target = normalise_for_id(text)
    ranked = sorted(((fuzz.ratio(target, norm), uid) for uid, norm in candidates), key=lambda item: -item[0])
    if not ranked:
        return ""
    best, best_id = ranked[0]
    second = ranked[1][0] if len(ranked) > 1 else 0.0
    if best == second or best < REATTACH_CLEAR_RATIO:
        return ""
    if best >= REATTACH_MIN_RATIO or best - second >= REATTACH_MARGIN:
        return best_id
    return ""


def _follow(decisions: Iterable[Decision], demands: _Side, actions: _Side) -> FollowResult:
    followed: list[Followed] = []
    unmatched: list[Decision] = []
    for d in decisions:
        demand_id, demand_moved = demands.locate(
            d.demand_id, getattr(d, "demand_doc", ""), getattr(d, "demand_text", "")
        )
        action_id, action_moved = "", False
        if d.action_id:
            action_id, action_moved = actions.locate(
                d.action_id, getattr(d, "action_doc", ""), getattr(d, "action_text", "")
            )
        if demand_id is None or action_id is None:
            continue  # about a document that is not part of this run
        corrected_id, corrected_moved = "", False
        if d.corrected_action_id:
            corrected_id, corrected_moved = actions.locate(
                d.corrected_action_id, getattr(d, "corrected_doc", ""), getattr(d, "corrected_text", "")
            )
            if corrected_id is None:  # its document is not part of this run: only that link is left out
                corrected_id = ""
            elif not corrected_id:
                unmatched.append(d)
                continue
        if not demand_id or (d.action_id and not action_id):
            unmatched.append(d)
            continue
        followed.append(
            Followed(d, demand_id, action_id, corrected_id, demand_moved or action_moved or corrected_moved)
        )
    return FollowResult(tuple(followed), tuple(unmatched))


def _run_sides(run: MatchRun) -> tuple[_Side, _Side]:
    return (
        _Side({seg.id: (seg.doc, seg.text) for seg in run.demands}),
        _Side({seg.id: (seg.doc, seg.text) for seg in run.actions}),
    )


def follow_decisions(run: MatchRun, decisions: Sequence[Decision]) -> FollowResult:
    """Where each decision's units are in ``run`` (see "Decisions follow edited units")."""
    return _follow(decisions, *_run_sides(run))


def unmatched_decisions(run: MatchRun, decisions: Sequence[Decision]) -> list[Decision]:
    """Decisions about documents of the run whose unit(s) can be found neither by id nor by text
    ("décision sans unité correspondante" in the report); they stay in the database."""
    return list(follow_decisions(run, decisions).unmatched)


def _is_stale_followed(f: Followed, hashes: Mapping[str, str]) -> bool:
    """A decision found by id whose decided texts (demand, action, corrected action) changed."""
    d = f.decision
    for unit_id, decided in (
        (f.demand_id, d.demand_hash),
        (f.action_id, d.action_hash),
        (f.corrected_action_id, d.corrected_hash),
    ):
        if unit_id and decided and hashes.get(unit_id, decided) != decided:
            return True
    return False


def apply_decisions(run: MatchRun, decisions: Sequence[Decision]) -> MatchRun:
    """The run with human decisions applied wherever one exists.

    Per pair, the current decision of each reviewer (a later one of the same reviewer wins);
    ``incertain`` is no opinion. When reviewers disagree on a pair (decision or corrected
    action), neither decision is applied and the demand is not "validé" ("avis partagés entre
    relecteurs : à trancher" in the report; both decisions are kept). Per demand, with the
    agreed decisions: a ``oui`` (or a ``corrected_action_id``) -> "pris en compte" with that
    action as best action; else a ``partiel`` -> "partiellement"; else ``oui`` on the "no
    action" row, or ``non`` on every candidate -> "non pris en compte"; the coverage is then
    ``validated``. A corrected action the machine never proposed gets a new :class:`Match`
    (score 0, after the machine's candidates, evidence ``top_signal="relecteur"``). A decision
    whose demand, action or corrected action text hash differs from the current text, or whose
    unit was re-attached after an edit (see the module doc), is not applied: the demand's
    coverage gets ``to_review=True``, unless someone decided that pair again on the current
    texts. Decisions about units absent from the run are not applied (kept in the base; see
    :func:`unmatched_decisions`).

    The result is a :class:`ReviewedRun` (``reviews``: what reviewers decided, per demand) as
    soon as one decision concerns the run; otherwise ``run`` itself.
    """
    demand_side, action_side = _run_sides(run)
    hashes = {uid: text_hash(text) for side in (demand_side, action_side) for uid, text in side.texts.items()}
    actions = {seg.id: seg for seg in run.actions}
    demand_state = {seg.id: seg.state for seg in run.demands}  # what was published with each demand

    result = _follow(decisions, demand_side, action_side)
    review_needed: list[Followed] = []
    fresh: list[Decision] = []
    for f in result.followed:
        if f.moved or _is_stale_followed(f, hashes):
            review_needed.append(f)
        else:
            fresh.append(replace(f.decision, corrected_action_id=f.corrected_action_id))
    # A decision to review needs a review unless someone decided the same pair on the current texts.
    fresh_pairs = {d.pair_id for d in fresh}
    previous: dict[str, list[Decision]] = defaultdict(list)
    for f in review_needed:
        if f.pair_id not in fresh_pairs:
            previous[f.demand_id].append(f.decision)
    stale_demands = set(previous)

    by_pair: dict[str, dict[str, Decision]] = defaultdict(dict)
    for d in fresh:
        by_pair[d.pair_id][d.reviewer] = d  # the latest of each reviewer
    pair_reviews: dict[str, list[PairReview]] = defaultdict(list)
    per_demand: dict[str, list[Decision]] = defaultdict(list)  # agreed decisions
    for by_reviewer in by_pair.values():
        current = tuple(by_reviewer[r] for r in sorted(by_reviewer))
        opinions = [d for d in by_reviewer.values() if d.decision in RELEVANCE]  # latest last
        disputed = is_disputed(current)
        verdict = opinions[-1].decision if opinions and not disputed else ""
        first = current[0]
        pair_reviews[first.demand_id].append(PairReview(first.action_id, current, verdict, disputed))
        if verdict:
            per_demand[first.demand_id].append(opinions[-1])

    demands = demand_side.texts
    matches_by_demand: dict[str, list[Match]] = defaultdict(list)
    for match in run.matches:
        matches_by_demand[match.demand_id].append(match)
    new_matches = list(run.matches)
    new_coverage = []
    reviews: dict[str, DemandReview] = {}
    found = thresholds_from_settings(run.settings)
    limits = (found.get("addressed", -1.0), found.get("partial", -1.0))
    near_tie = near_tie_from_settings(run.settings)
    covered = {cov.demand_id for cov in run.coverage}
    bases = list(run.coverage) + [
        Coverage(demand_id, STATUS_NOT, "", 0.0) for demand_id in demands  # demands without a coverage row
        if demand_id not in covered and (pair_reviews.get(demand_id) or demand_id in stale_demands)
    ]
    for cov in bases:
        demand_id = cov.demand_id
        pairs = sorted(pair_reviews.get(demand_id, []), key=lambda p: (p.action_id == "", p.action_id))
        new_cov, judged = _apply_one(cov, per_demand.get(demand_id, []), matches_by_demand, new_matches, actions,
                                     stale_demands, limits, demand_state.get(demand_id, ""), demands.get(demand_id, ""),
                                     near_tie)
        if any(p.disputed for p in pairs) and new_cov.validated:
            new_cov = replace(new_cov, validated=False)  # reviewers disagree: not settled
        new_coverage.append(new_cov)
        if pairs or demand_id in previous:
            reviews[demand_id] = DemandReview(demand_id, tuple(pairs), *judged, previous=tuple(previous[demand_id]))
    if not reviews:
        return replace(run, matches=tuple(new_matches), coverage=tuple(new_coverage))
    base = {f.name: getattr(run, f.name) for f in fields(MatchRun)}
    base.update(matches=tuple(new_matches), coverage=tuple(new_coverage))
    return ReviewedRun(**base, reviews=reviews)


def _apply_one(
    cov: Coverage,
    decided: list[Decision],
    matches_by_demand: dict[str, list[Match]],
    new_matches: list[Match],
    actions: Mapping[str, Segment],
    stale_demands: set[str],
    limits: tuple[float, float] = (-1.0, -1.0),
    own: str = "",
    demand_text: str = "",
    near_tie: float = Settings.near_tie,
) -> tuple[Coverage, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
    """A demand's coverage after its agreed decisions, and (chosen, partial, rejected, added)
    actions; ``own``: what the authority published with the demand (its « Statut »);
    ``demand_text``: what it asks (a study or less than asked answers it in part, see
    :func:`nlp_stn.model.answer_state`); ``near_tie``: the run's (see :func:`_next_candidate`)."""
    demand_id = cov.demand_id
    to_review = cov.to_review or demand_id in stale_demands
    machine = {m.action_id: m for m in matches_by_demand.get(demand_id, [])}
    decided = sorted(decided, key=lambda d: machine[d.action_id].rank if d.action_id in machine else 10**6)
    positive: list[str] = []
    partial: list[str] = []
    rejected: set[str] = set()
    none_confirmed = False
    for d in decided:
        if d.action_id:
            if d.decision == "oui":
                positive.append(d.action_id)
            elif d.decision == "partiel":
                partial.append(d.action_id)
            else:
                rejected.add(d.action_id)
        elif d.decision == "oui":
            none_confirmed = True
        if d.corrected_action_id and d.corrected_action_id in actions:
            positive.append(d.corrected_action_id)
    positive = list(dict.fromkeys(positive))
    partial = [a for a in dict.fromkeys(partial) if a not in positive]
    added = tuple(a for a in positive + partial if a not in machine)
    judged = (tuple(positive), tuple(partial), tuple(sorted(rejected - set(positive) - set(partial))), added)
    status = None
    best = ""
    if positive:
        status, best = STATUS_ADDRESSED, positive[0]
    elif partial:
        status, best = STATUS_PARTIAL, partial[0]
    elif none_confirmed or (machine and set(machine) <= rejected):
        status = STATUS_NOT
    if status is None:
        if cov.best_action_id and cov.best_action_id in rejected:
            # the machine's best action was turned down: the next candidate not turned down
            # takes its place, with the status its score gives (still a machine suggestion)
            return _next_candidate(cov, machine, rejected, limits, to_review, actions, own, demand_text,
                                   near_tie), judged
        return (replace(cov, to_review=to_review) if to_review != cov.to_review else cov), judged
    for action_id in positive + partial:
        if action_id not in machine:
            rank = max((m.rank for m in matches_by_demand.get(demand_id, [])), default=0) + 1
            match = Match(demand_id, action_id, rank, 0.0, Evidence(top_signal="relecteur"))
            matches_by_demand[demand_id].append(match)
            new_matches.append(match)
            machine[action_id] = match
    score = machine[best].score if best else cov.score
    return Coverage(demand_id, status, best, score, validated=True, to_review=to_review), judged


def _next_candidate(
    cov: Coverage, machine: Mapping[str, Match], rejected: set[str], limits: tuple[float, float], to_review: bool,
    actions: Mapping[str, Segment] = {}, own: str = "", demand_text: str = "", near_tie: float = Settings.near_tie,
) -> Coverage:
    """The coverage of a demand whose best machine action a reviewer rejected: the best
    status the remaining candidates give against the run's thresholds (``limits`` =
    (addressed, partial); with unknown thresholds the coverage is kept), each lowered to what
    its document says of the action (« Non retenue », « Reportée »: see
    :func:`nlp_stn.model.status_cap`; a refusal ends the list, « partiellement » when the same
    answer keeps another part, see :func:`nlp_stn.match.refused_in_part`, or a sibling section of the
    same measure does, see :func:`nlp_stn.match.kept_in_sibling_section`, or when a refusal beside the
    best one turns down another part, see :func:`nlp_stn.match.refused_beside_kept`; a candidate scoring more than
    ``near_tie`` below the first remaining one answers at most in part, see
    :func:`nlp_stn.model.outranked`), and the first candidate giving it."""
    left = sorted((m for a, m in machine.items() if a not in rejected), key=lambda m: m.rank)
    t_addressed, t_partial = limits
    if t_partial < 0:  # thresholds unknown: the machine's status cannot be recomputed
        return replace(cov, to_review=to_review) if to_review != cov.to_review else cov
    found = [STATUS_NOT if m.score < t_partial else
             STATUS_ADDRESSED if t_addressed >= 0 and m.score >= t_addressed else STATUS_PARTIAL for m in left]
    found = outranked(found, [m.score for m in left], near_tie)
    status, best, refusal = stated_best([(f, answer_state(actions[m.action_id].text, actions[m.action_id].state,
                                                          demand_text, actions[m.action_id].detail)
                                          if m.action_id in actions else "") for f, m in zip(found, left)], own)
    if refusal is not None and all(m.action_id in actions for m in left):
        from .match import refusal_status

        weighed = refusal_status(status, best, refusal, [(actions[m.action_id], m.score) for m in left], found, demand_text)
        if status == STATUS_NOT and weighed != status:
            best = refusal  # the refusal stays the answer shown, a part being kept elsewhere
        status = weighed
    if best is not None:
        m = left[best]
        return Coverage(cov.demand_id, status, m.action_id, m.score, validated=False, to_review=to_review)
    score = left[0].score if left else 0.0
    return Coverage(cov.demand_id, STATUS_NOT, "", score, validated=False, to_review=to_review)


def labelled_pairs(
    decisions: Sequence[Decision],
    units: Union[Sequence[Segment], Mapping[str, object], None],
) -> list[tuple[str, str, int]]:
    """Training pairs (demand_id, action_id, relevance) from decisions: oui 2, partiel 1, non 0.

    ``incertain`` and "no action" rows give no pair; a ``corrected_action_id`` gives
    (demand, corrected action, 2). ``units`` are the current units (segments, or a mapping id ->
    segment or text): decisions about absent units or changed texts (demand, action or
    corrected action) are left out. With
    ``units=None`` nothing is filtered. Later decisions on the same pair win; pairs are sorted.
    """
    texts: Optional[dict[str, str]] = None
    if units is not None:
        if isinstance(units, Mapping):
            texts = {k: (v.text if hasattr(v, "text") else str(v)) for k, v in units.items()}
        else:
            texts = {seg.id: seg.text for seg in units}
    hashes = {uid: text_hash(text) for uid, text in (texts or {}).items()}

    def current(uid: str, expected: str) -> bool:
        if texts is None:
            return True
        return uid in hashes and (not expected or hashes[uid] == expected)

    labels: dict[tuple[str, str], int] = {}
    for d in decisions:
        if not current(d.demand_id, d.demand_hash):
            continue
        if d.action_id and d.decision in RELEVANCE and current(d.action_id, d.action_hash):
            labels[(d.demand_id, d.action_id)] = RELEVANCE[d.decision]
        if d.corrected_action_id and current(d.corrected_action_id, d.corrected_hash):
            labels[(d.demand_id, d.corrected_action_id)] = 2
    return sorted((a, b, r) for (a, b), r in labels.items())
