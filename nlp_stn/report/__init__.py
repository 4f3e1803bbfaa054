"""Reports of a matching run: CSV tables, JSON lines, one self-contained French HTML page,
Markdown and JSON.

Every function here is a pure writer/renderer from a :class:`~nlp_stn.model.MatchRun`
(plus the lexicon's theme labels, key -> French label, and the stored reviewers' decisions
that no unit of the run matches any more). :func:`write_report` writes the whole run
directory::

    matches.csv   top-k actions per demand (UTF-8 with BOM, ``,`` delimited)
    coverage.csv  one row per demand: status, best action, reviewers (validated, to_review,
                  disputed, review_note)
    units.jsonl   every demand and action unit (Segment fields + side, themes, hash)
    report.html   one French page, no external resource, no JavaScript
    report.md     the same content for a wiki or an email
    report.json   the same content for programs
    settings.json resolved settings, versions, run id

Conventions read from the run:

* ``run.settings`` holds the resolved settings; ``threshold_addressed`` and
  ``threshold_partial`` are the thresholds actually used (they give each pair its status).
* ``run.documents[doc_id]`` may hold ``title``, ``path`` (source file), ``territory`` and
  ``role`` (``demands`` / ``actions``).
* ``run.failures`` lists (path, French message) of the inputs that could not be used: listed
  in the reports ("Documents ignorés"), never among the compared documents.
* ``run.reviews`` (a :class:`nlp_stn.review.ReviewedRun`, from ``apply_decisions``): what
  reviewers decided per demand. An action they chose is shown first (« choisie par un
  relecteur »), a candidate they turned down reads « écartée par un relecteur », a pair they
  disagree on « avis partagés entre relecteurs : à trancher » (the demand is then not
  "validé"); their comments are quoted with their names, apart from the citizens' text and
  from the tool's analysis ("Relecture humaine").
* Demands are cited by their label when they have one (« Préconisation 3 », « demande n° 1.1 »),
  else by position; actions by their label (« Action 2.1 – … »); an action's ``detail`` (the
  document's description of an action given as a heading) is shown on a separate line
  « Précisions du document : … » (cut near 300 characters).
* ``unmatched`` (optional argument): stored decisions (:class:`~nlp_stn.model.Decision`,
  usually :class:`nlp_stn.review.StoredDecision` with the decided texts) whose units were
  edited beyond recognition; listed as "décision sans unité correspondante", counted in the
  summary.

CSV files (matches.csv, coverage.csv)
-------------------------------------
UTF-8 with BOM, ``,`` delimited, minimal quoting (a text with line breaks stays in one
quoted cell). Formula injection (OWASP "CSV injection") is prevented exactly as in the review
export (:func:`nlp_stn.review.escape_cell`): a cell that starts with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return (possibly after single quotes) is written with one extra
leading single quote, so spreadsheets show it as text; :func:`nlp_stn.review.unescape_cell`
gives the original back. units.jsonl, report.json, report.html and report.md keep the raw
text.

Modules
-------
- :mod:`~nlp_stn.report.common`: column lists, French labels, thresholds and pair statuses, how
  demands and actions are cited, scores, review notes, decisions without a matching unit;
- :mod:`~nlp_stn.report.index`: the lookups over a run every renderer shares (``_Index``);
- :mod:`~nlp_stn.report.tables`: matches.csv, coverage.csv, units.jsonl;
- :mod:`~nlp_stn.report.as_json`: report.json (:func:`render_json`);
- :mod:`~nlp_stn.report.page`: report.html (:func:`render_html`);
- :mod:`~nlp_stn.report.markdown`: report.md (:func:`render_markdown`);
- :mod:`~nlp_stn.report.write`: the run directory (:func:`write_report`, :func:`settings_record`).

:func:`write_report` is looked up in this package at call time by :mod:`nlp_stn.pipeline`: a test
that replaces it patches this package.
"""
from __future__ import annotations

from .as_json import render_json
from .common import (
    COVERAGE_COLUMNS,
    DETAIL_LEAD,
    DETAIL_LIMIT,
    KIND_NOUNS,
    MATCHES_COLUMNS,
    MAX_LEMMAS,
    NO_LABELS,
    NO_THEME,
    PAIR_LABELS,
    PLATFORM_STATES,
    REVIEWER_PAIR_LABELS,
    RUN_FILES,
    SIGNAL_LABELS,
    STATED_LABELS,
    STATUS_CLASSES,
    STATUS_COLOURS,
    SUGGESTIONS_NOTE,
    UNMATCHED_INTRO,
    UNMATCHED_TITLE,
    action_ref,
    demand_ref,
    demand_title,
    disputed_note,
    evidence_text,
    format_score,
    french_score,
    pair_label,
    pair_status,
    percent,
    published_note,
    review_notes,
    reviews_of,
    run_date,
    short_detail,
    signal_label,
    theme_label,
    thresholds,
    unmatched_record,
)
from .markdown import md_escape, render_markdown
from .page import render_html
from .tables import (
    coverage_rows,
    matches_rows,
    unit_record,
    write_coverage_csv,
    write_matches_csv,
    write_units_jsonl,
)
from .write import settings_record, write_report

__all__ = [
    # common
    "MATCHES_COLUMNS", "COVERAGE_COLUMNS", "RUN_FILES", "NO_THEME", "NO_LABELS", "SIGNAL_LABELS", "STATUS_COLOURS",
    "STATUS_CLASSES", "MAX_LEMMAS", "PLATFORM_STATES", "KIND_NOUNS", "DETAIL_LIMIT", "DETAIL_LEAD",
    "REVIEWER_PAIR_LABELS", "SUGGESTIONS_NOTE", "UNMATCHED_TITLE", "UNMATCHED_INTRO", "PAIR_LABELS",
    "STATED_LABELS", "thresholds", "pair_status", "signal_label", "theme_label", "evidence_text", "published_note",
    "format_score", "french_score", "percent", "run_date", "demand_ref", "action_ref", "short_detail",
    "review_notes", "disputed_note", "reviews_of", "demand_title", "unmatched_record", "pair_label",
    # tables
    "matches_rows", "coverage_rows", "write_matches_csv", "write_coverage_csv", "unit_record", "write_units_jsonl",
    # as_json
    "render_json",
    # page
    "render_html",
    # markdown
    "md_escape", "render_markdown",
    # write
    "settings_record", "write_report",
]
