"""Segmentation quality against hand-made reference units (gold ``units.csv``).

Per document of the gold file:

- **recall**: share of the gold units of kind recommendation/action found, i.e. some segment of
  the same kind (role "" or "action") has a rapidfuzz ``fuzz.ratio`` >= 90 with the gold text
  (both with white space collapsed and ``_`` no-break-space artefacts normalised). A segment
  is compared through its whole text, its first line (the title of a record), its first
  sentence, its head (the text before a " : " or " (" detail) and its text without a leading
  label ("Action 5 : …"), with its label before it ("Proposition 1 : un comptoir…", a title
  whose label is in the label column), and, for a unit given as a heading, with the
  paragraphs describing it (its ``detail``), because gold texts are excerpts; ``recall_strict`` compares whole texts and first lines only;
- **unmatched share**: share of the recommendation/action segments (role "" or "action") that
  match no gold unit of any kind, only for documents whose gold is exhaustive. Exhaustive
  documents are a parameter; by default they are the documents whose gold holds at least
  ``min_exhaustive`` (20) recommendation/action units, read from the gold file itself.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence

from ..clean import normalise_spaces
from ..errors import InputError
from ..labels import parse_label
from ..model import ProgressFn, Segment, no_progress
from ..settings import Settings

THRESHOLD = 90.0
EVALUATED_KINDS = ("recommendation", "action")
DEMAND_ROLES = ("", "action")
MIN_EXHAUSTIVE = 20
GOLD_COLUMNS = ("doc", "unit", "kind", "text")


@dataclass(frozen=True)
class GoldUnit:
    doc: str
    unit: str
    kind: str
    text: str


@dataclass(frozen=True)
class DocScore:
    """Figures of one document; ``unmatched_share`` is None when its gold is not exhaustive."""

    doc: str
    gold: int
    found: int
    found_strict: int
    segments: int
    unmatched: int
    exhaustive: bool
    missed: tuple[str, ...] = ()
    extra: tuple[str, ...] = ()
    error: str = ""

    @property
    def recall(self) -> Optional[float]:
        return self.found / self.gold if self.gold else None

    @property
    def recall_strict(self) -> Optional[float]:
        return self.found_strict / self.gold if self.gold else None

    @property
    def unmatched_share(self) -> Optional[float]:
        if not self.exhaustive or not self.segments:
            return None
        return self.unmatched / self.segments


@dataclass(frozen=True)
class Report:
    documents: tuple[DocScore, ...]
    exhaustive_docs: tuple[str, ...]
    threshold: float = THRESHOLD

    @property
    def recall(self) -> Optional[float]:
        gold = sum(d.gold for d in self.documents)
        return sum(d.found for d in self.documents) / gold if gold else None


def normalise(text: str) -> str:
    return " ".join(normalise_spaces(text).split())


def variants(text: str, detail: str = "", label: str = "") -> list[str]:
    """The forms of a segment compared with gold excerpts (see module doc)."""
    out = [normalise(text)]
    if label[:1].isalpha() and not normalise(text).startswith(label):
        out.append(normalise(f"{label} : {text}"))  # a title whose label went to its column
    if detail:  # a heading unit and the paragraphs describing it, as a reader may copy them
        out += [normalise(f"{text} {detail}"), normalise(f"{parse_label(normalise(text))[2]} {detail}")]
    first_line = text.strip().split("\n", 1)[0]
    out.append(normalise(first_line))
    flat = out[0]
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-ZÀÂÉÈÊÎÔÙÛÇ])", flat, maxsplit=1)[0]
    out.append(sentence)
    head = re.split(r"\s+:\s+|\s+\(", flat, maxsplit=1)[0]
    if len(head.split()) >= 3:
        out.append(head)
    # a segment that keeps its label ("Action 5 : Moderniser l'éclairage") against a gold text
    # written without it
    _, _, rest = parse_label(flat)
    if rest != flat and rest.strip():
        out.append(normalise(rest))
    return list(dict.fromkeys(v for v in out if v))


def _strict_variants(text: str, label: str = "") -> list[str]:
    out = [normalise(text), normalise(text.strip().split("\n", 1)[0])]
    if label[:1].isalpha():
        out.append(normalise(f"{label} : {text}"))
    return list(dict.fromkeys(out))


GOLD_FILE = "units.csv"  # the reference units inside an annotation folder (as `evaluate matches` reads it)


def gold_file(path: Path | str) -> Path:
    """The reference units' file: ``path`` itself, or its ``units.csv`` when it is an annotation
    folder (``../shared/gold``, ``tests/data/matching-checks/<pair>/gold``)."""
    path = Path(path)
    return path / GOLD_FILE if path.is_dir() else path


def read_gold(path: Path | str) -> list[GoldUnit]:
    """The reference units of a CSV file (``doc, unit, kind, text``) or of an annotation folder's
    ``units.csv``."""
    path = gold_file(path)
    if not path.is_file():
        raise InputError("fichier d'annotations introuvable : vérifiez le chemin (--gold).", path=path)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in GOLD_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise InputError(
                f"colonnes manquantes : {', '.join(missing)} (attendu : {', '.join(GOLD_COLUMNS)}).", path=path
            )
        return [GoldUnit(r["doc"], r["unit"], r["kind"], r["text"]) for r in reader]


def exhaustive_documents(gold: Sequence[GoldUnit], min_units: int = MIN_EXHAUSTIVE) -> tuple[str, ...]:
    """Documents whose gold lists at least ``min_units`` recommendation/action units."""
    counts: dict[str, int] = {}
    for unit in gold:
        if unit.kind in EVALUATED_KINDS:
            counts[unit.doc] = counts.get(unit.doc, 0) + 1
    return tuple(sorted(doc for doc, n in counts.items() if n >= min_units))


def _matches(gold_text: str, forms: Sequence[str], threshold: float) -> bool:
    from rapidfuzz import fuzz

    return any(fuzz.ratio(gold_text, form) >= threshold for form in forms)


def score_document(doc: str, gold: Sequence[GoldUnit], segments: Sequence[Segment], exhaustive: bool,
                   threshold: float = THRESHOLD) -> DocScore:
    """Recall and unmatched share of one document's segments against its gold units."""
    evaluated = [g for g in gold if g.kind in EVALUATED_KINDS]
    candidates = [s for s in segments if s.role in DEMAND_ROLES]
    forms = {s.id: variants(s.text, s.detail, s.label) for s in candidates}
    strict = {s.id: _strict_variants(s.text, s.label) for s in candidates}
    found = found_strict = 0
    missed = []
    for g in evaluated:
        text = normalise(g.text)
        same_kind = [s for s in candidates if s.kind == g.kind]
        if any(_matches(text, forms[s.id], threshold) for s in same_kind):
            found += 1
        else:
            missed.append(g.text)
        if any(_matches(text, strict[s.id], threshold) for s in same_kind):
            found_strict += 1
    demands = [s for s in candidates if s.kind in EVALUATED_KINDS]
    gold_texts = [normalise(g.text) for g in gold]
    extra = [s.text for s in demands if not any(_matches(t, forms[s.id], threshold) for t in gold_texts)]
    return DocScore(doc=doc, gold=len(evaluated), found=found, found_strict=found_strict, segments=len(demands),
                    unmatched=len(extra), exhaustive=exhaustive, missed=tuple(missed), extra=tuple(extra))


def evaluate_segments(gold_csv: Path | str, corpus_dir: Optional[Path | str] = None, settings: Settings = Settings(),
                      exhaustive: Optional[Sequence[str]] = None, min_exhaustive: int = MIN_EXHAUSTIVE,
                      progress: ProgressFn = no_progress) -> Report:
    """Segment every document of the gold file found under ``corpus_dir`` and score it.

    ``gold_csv`` is a units file or an annotation folder (its ``units.csv``); without
    ``corpus_dir``, the documents are looked for in the folder ``corpus`` beside the annotation
    folder (``../shared/gold`` and ``../shared/corpus``), as ``evaluate matches`` does.
    ``exhaustive`` names the documents whose gold is complete (default: those with at least
    ``min_exhaustive`` recommendation/action units in the gold file).
    """
    from ..corpus import collect
    from ..errors import NlpStnError
    from ..extract import extract
    from ..segment import segment
    from ..train import default_corpus

    gold = read_gold(gold_csv)
    if corpus_dir is None:
        corpus_dir = default_corpus(gold_file(gold_csv).parent)
        if corpus_dir is None:
            raise InputError("pas de dossier corpus à côté des annotations : donnez le dossier des documents "
                             "avec --corpus.", path=gold_file(gold_csv).parent)
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise InputError("dossier du corpus introuvable : vérifiez le chemin (--corpus).", path=corpus_dir)
    complete = tuple(exhaustive) if exhaustive is not None else exhaustive_documents(gold, min_exhaustive)
    by_doc: dict[str, list[GoldUnit]] = {}
    for unit in gold:
        by_doc.setdefault(unit.doc, []).append(unit)
    sources = {s.doc_id: s for s in collect([corpus_dir])}
    scores = []
    for n, (doc_id, units) in enumerate(sorted(by_doc.items()), 1):
        source = sources.get(doc_id)
        if source is None:
            candidate = corpus_dir / doc_id
            error = "document absent du corpus" if not candidate.exists() else "document ignoré par le manifeste"
            scores.append(DocScore(doc=doc_id, gold=sum(u.kind in EVALUATED_KINDS for u in units), found=0,
                                   found_strict=0, segments=0, unmatched=0, exhaustive=doc_id in complete,
                                   error=error))
            continue
        try:
            document = extract(source.path, settings, doc_id=source.doc_id, meta=source.meta)
            segments = segment(document, settings)
        except NlpStnError as err:
            scores.append(DocScore(doc=doc_id, gold=sum(u.kind in EVALUATED_KINDS for u in units), found=0,
                                   found_strict=0, segments=0, unmatched=0, exhaustive=doc_id in complete,
                                   error=err.message))
            continue
        scores.append(score_document(doc_id, units, segments, doc_id in complete))
        progress("évaluation de la segmentation", n, len(by_doc))
    return Report(documents=tuple(scores), exhaustive_docs=complete)
