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

Modules
-------
- :mod:`~nlp_stn.review.records`: constants and the frozen result dataclasses;
- :mod:`~nlp_stn.review.cells`: cell escaping, decision words, hash cells, the tool's notes;
- :mod:`~nlp_stn.review.runs`: reading a run directory, its thresholds, :func:`latest_run_dir`;
- :mod:`~nlp_stn.review.store`: the SQLite decisions database, history, conflicts, kappa;
- :mod:`~nlp_stn.review.follow`: following decisions across edits, applying them, training pairs;
- :mod:`~nlp_stn.review.imports`: :func:`import_review` and :func:`find_review_run`;
- :mod:`~nlp_stn.review.export`: :func:`export_review`.

``BUSY_TIMEOUT_S`` and ``_sqlite_connect`` are looked up at call time in
:mod:`~nlp_stn.review.store`: a test that replaces them patches that module, not this package.
"""
from __future__ import annotations

from ..model import Evidence  # noqa: F401  (``nlp_stn.review.Evidence`` was importable before the split)
from .cells import (
    FORMULA_CHARS,
    HASH_PREFIX,
    escape_cell,
    french_date,
    parse_decision,
    strip_tool_notes,
    unescape_cell,
    verdict_text,
)
from .export import export_review
from .follow import (
    REATTACH_CLEAR_RATIO,
    REATTACH_MARGIN,
    REATTACH_MIN_RATIO,
    apply_decisions,
    follow_decisions,
    is_disputed,
    labelled_pairs,
    reattach,
    unmatched_decisions,
)
from .imports import MAX_RUNS_SEARCHED, WORKBOOK_SUFFIXES, find_review_run, import_review
from .runs import latest_run_dir, near_tie_from_settings, thresholds_from_settings
from .store import BUSY_TIMEOUT_S, SCHEMA_VERSION, V2_COLUMNS, cohen_kappa, conflicts, history, load_decisions
from .records import (
    BLIND_COLUMNS,
    COLUMNS,
    DECISIONS,
    DISPUTED,
    NO_ACTION_TEXT,
    OLD_TEXT_NOTES,
    PREVIOUS_NOTE,
    RELEVANCE,
    TEXT_CHANGED,
    TO_REVIEW,
    Agreement,
    Conflict,
    ConflictReport,
    DemandReview,
    ExportResult,
    Followed,
    FollowResult,
    HistoryEntry,
    ImportResult,
    PairReview,
    ReviewedRun,
    StoredDecision,
)

__all__ = [
    # records
    "COLUMNS", "BLIND_COLUMNS", "DECISIONS", "RELEVANCE", "TO_REVIEW", "TEXT_CHANGED", "DISPUTED", "PREVIOUS_NOTE",
    "OLD_TEXT_NOTES", "NO_ACTION_TEXT", "ExportResult", "ImportResult", "HistoryEntry", "Conflict", "Agreement",
    "ConflictReport", "StoredDecision", "Followed", "FollowResult", "PairReview", "DemandReview", "ReviewedRun",
    # cells
    "HASH_PREFIX", "FORMULA_CHARS", "escape_cell", "unescape_cell", "parse_decision", "french_date", "verdict_text",
    "strip_tool_notes",
    # runs
    "thresholds_from_settings", "near_tie_from_settings", "latest_run_dir",
    # store
    "SCHEMA_VERSION", "BUSY_TIMEOUT_S", "V2_COLUMNS", "load_decisions", "history", "cohen_kappa", "conflicts",
    # export
    "export_review",
    # imports
    "WORKBOOK_SUFFIXES", "MAX_RUNS_SEARCHED", "import_review", "find_review_run",
    # follow
    "REATTACH_MIN_RATIO", "REATTACH_CLEAR_RATIO", "REATTACH_MARGIN", "reattach", "follow_decisions",
    "unmatched_decisions", "is_disputed", "apply_decisions", "labelled_pairs",
]
