"""Plain frozen dataclasses passed between the stages, the kinds and statuses they carry, shown
scores and thresholds, stable ids and hashes, and the progress callback type.

extract -> Document (blocks with offsets into the cleaned text)
segment -> Segment (units: recommendations, actions, ...)
match   -> Match (one demand, one candidate action, with evidence) and Coverage (a demand's status)
review  -> Decision (a reviewer's verdict on a pair)

What an action's own text says of how far it answers a demand (its stated fate, a study, less
than asked…) is in :mod:`nlp_stn.status`.
"""
from __future__ import annotations

import hashlib
import math
import unicodedata
from dataclasses import dataclass, field
from typing import Mapping, Optional

# Kinds of blocks produced by extraction.
BLOCK_KINDS = ("heading", "paragraph", "list_item", "table_cell", "record")

# Kinds of units produced by segmentation.
UNIT_KINDS = ("recommendation", "action", "objective", "indicator", "question", "decision")
# Kinds that express a demand (left side of a match) and an answer (right side).
DEMAND_KINDS = ("recommendation",)
ACTION_KINDS = ("action", "recommendation", "objective", "decision")

# Roles of table cells (from the column header).
ROLES = ("action", "obstacle", "lever", "cooperation")

# Statuses of a demand (French, as shown to users).
STATUS_ADDRESSED = "pris en compte"
STATUS_PARTIAL = "partiellement"
STATUS_NOT = "non pris en compte"
STATUSES = (STATUS_ADDRESSED, STATUS_PARTIAL, STATUS_NOT)

# Scores and thresholds are shown to readers with two decimals ("0,95"). Thresholds are kept
# at that precision and shown scores are cut, not rounded (see :func:`shown_score`), so the
# status beside a score never contradicts the figures on the page.
SHOWN_DECIMALS = 2


def shown_score(score: float, decimals: int = SHOWN_DECIMALS) -> float:
    """``score`` cut (not rounded) to ``decimals``: 0.9489 is shown 0.94, below a threshold of
    0.95, as its status says; a score at or above a threshold of that precision is never shown
    below it."""
    factor = 10 ** decimals
    return math.floor(score * factor + 1e-9) / factor


def threshold_value(value: float) -> float:
    """A threshold at the precision readers see (:data:`SHOWN_DECIMALS`)."""
    return round(float(value), SHOWN_DECIMALS)


# Document kinds in the corpus manifest.
DOC_KINDS = ("avis", "strategy", "minutes", "contributions", "framework", "consultation", "other")


@dataclass(frozen=True)
class DocMeta:
    """Metadata of a document, from corpus/corpus.toml or inferred from its path."""

    territory: str = ""
    kind: str = "other"
    date: str = ""
    title: str = ""
    source: str = ""


@dataclass(frozen=True)
class Block:
    """A structural piece of a document: heading, paragraph, list item, table cell or record.

    ``start``/``end`` are character offsets of ``text`` in ``Document.text``
    (``Document.text[start:end] == text``). ``page`` is 1-based (None when the format has
    no pages). ``level`` is the heading level (1 = top), the list depth (0 = top), or for a
    paragraph 0, or 1 + the depth of the list item it goes on (its explanation).
    ``marker`` is the list marker or number as written ("1", "7", "a", "•", "1°").
    For table cells: ``table`` (0-based index in the document), ``row``, ``col`` and
    ``header`` (the column header text). For records (consultation exports): ``fields``
    holds the row's id, title, body and category.
    """

    kind: str
    text: str
    start: int
    end: int
    page: Optional[int] = None
    level: int = 0
    marker: str = ""
    table: Optional[int] = None
    row: Optional[int] = None
    col: Optional[int] = None
    header: str = ""
    fields: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Document:
    """A document as read from a file: its cleaned text and structural blocks.

    ``id`` is the document id used everywhere else (the path relative to the corpus root,
    with ``/`` separators, e.g. ``lorient/2019-03_cdpl_avis.txt``).
    """

    id: str
    path: str
    format: str
    title: str
    text: str
    blocks: tuple[Block, ...]
    meta: DocMeta = field(default_factory=DocMeta)
    pages: int = 0
    # why a document read without error gave no text, for the user (« aucune ligne de données
    # sous l'en-tête »): the library never prints, the command line shows it
    notice: str = ""


@dataclass(frozen=True)
class Segment:
    """A unit of a document: a recommendation, an action, an objective...

    ``id`` is stable: derived from the document id and the normalised text only.
    ``detail`` is what the document says to describe a unit given as a heading, a list item
    or a fiche action (the paragraphs under "Action 5 : Moderniser l'éclairage public", the
    explanation inside an item, a fiche's « Description »), without who / when / how much:
    context for matching, never quoted as the unit's words.
    ``state`` is what the document itself says of an action's fate, as written in a
    « Suite donnée », « Avancement » or « État » column (« Non retenue », « Abandonnée »,
    « Retenue en partie », « Reportée », « Réalisée »), or « non retenue » for an answer that
    turns a demand down (« Cette demande n'est pas retenue car … »); "" when it says nothing.
    See :func:`status_cap`.
    ``answers`` lists, separated by spaces, the numbers of the demands the document itself says
    the action answers (a participation platform's results give their proposals' addresses,
    « …/proposals/101 »): a link the authority states, see :func:`nlp_stn.match.match_units`.
    """

    id: str
    doc: str
    kind: str
    label: str
    heading: str
    parent: str
    role: str
    page: Optional[int]
    start: int
    end: int
    text: str
    detail: str = ""
    state: str = ""
    answers: str = ""


SEGMENT_COLUMNS = ("id", "doc", "kind", "label", "heading", "parent", "role", "page", "start", "end", "text",
                   "detail", "state", "answers")


@dataclass(frozen=True)
class Evidence:
    """Why a demand and an action were matched."""

    shared_lemmas: tuple[str, ...] = ()
    shared_themes: tuple[str, ...] = ()
    top_signal: str = ""
    signals: Mapping[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Match:
    """One candidate action for one demand, ranked by score (rank 1 = best)."""

    demand_id: str
    action_id: str
    rank: int
    score: float
    evidence: Evidence = field(default_factory=Evidence)
    near_tie: bool = False


@dataclass(frozen=True)
class Coverage:
    """A demand's status with its best action (empty when none) and where the status comes from."""

    demand_id: str
    status: str
    best_action_id: str
    score: float
    validated: bool = False  # True when a human decision set the status
    to_review: bool = False  # True when a stored decision's texts changed ("à revoir")


@dataclass(frozen=True)
class Decision:
    """A reviewer's decision on a (demand, action) pair; never deleted, only superseded."""

    pair_id: str
    demand_id: str
    action_id: str
    decision: str  # "oui", "partiel", "non", "incertain"
    corrected_action_id: str = ""
    reviewer: str = ""
    comment: str = ""
    demand_hash: str = ""
    action_hash: str = ""
    source: str = ""
    time: str = ""
    corrected_hash: str = ""  # text_hash of the corrected action's text when decided


@dataclass(frozen=True)
class MatchRun:
    """Everything one matching run produced, as the report, review and compare stages read it.

    ``themes`` maps a unit id to its theme keys (from models/themes.toml); ``documents`` maps a
    document id to its title, path and territory (for links in reports); ``settings`` and
    ``versions`` are what settings.json records. ``failures`` lists the inputs that could not
    be used, as (path, French message) pairs (listed in the reports, never matched).
    """

    run_id: str
    demands: tuple[Segment, ...]
    actions: tuple[Segment, ...]
    matches: tuple[Match, ...]
    coverage: tuple[Coverage, ...]
    themes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    documents: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    settings: Mapping[str, object] = field(default_factory=dict)
    versions: Mapping[str, str] = field(default_factory=dict)
    failures: tuple[tuple[str, str], ...] = ()


def normalise_for_id(text: str) -> str:
    """Text as used for ids and hashes: NFC, case-folded, white space collapsed."""
    text = unicodedata.normalize("NFC", text).casefold()
    return " ".join(text.split())


def text_hash(text: str) -> str:
    """Short stable hash of a text (normalised), used to detect edited units."""
    return hashlib.sha1(normalise_for_id(text).encode("utf-8")).hexdigest()[:12]


def segment_id(doc_id: str, text: str) -> str:
    """Stable unit id from its document id and normalised text."""
    digest = hashlib.sha1(f"{doc_id}\x1f{normalise_for_id(text)}".encode("utf-8")).hexdigest()
    return f"u{digest[:12]}"


def pair_id(demand_id: str, action_id: str) -> str:
    """Stable id of a (demand, action) pair; ``action_id`` may be empty ("no action answers it")."""
    digest = hashlib.sha1(f"{demand_id}\x1f{action_id}".encode("utf-8")).hexdigest()
    return f"p{digest[:12]}"


# Progress callback: ``progress(stage, done, total)``; library code reports through it and
# never prints. ``total`` is 0 when unknown.
from typing import Callable  # noqa: E402

ProgressFn = Callable[[str, int, int], None]


def no_progress(stage: str, done: int, total: int) -> None:
    """Default progress callback: does nothing."""
