"""Statuses end to end: from the documents, as a user gets them.

``nlp-stn evaluate matches`` measures the matcher on the annotated units (units.csv). Here the
documents themselves are read, segmented and matched, exactly as ``nlp-stn match DEMANDES...
--against ACTIONS... -o DOSSIER`` does (with no reviewer's decision applied), and each demand
of ``expected_status.csv`` is looked for among the demands found, by its text:

- the demand documents are the documents of the units listed in ``expected_status.csv``; the
  answering documents are the other documents of ``units.csv`` (paths relative to the corpus
  folder, by default the folder ``corpus`` beside the annotation folder);
- a demand is found when a demand read from the documents has nearly the same text:
  rapidfuzz ``ratio`` >= 80 on the lower-cased texts with white space collapsed, or
  ``partial_ratio`` >= 80 when both texts have at least 25 characters (a demand read with its
  title, or an annotated excerpt of a longer paragraph), or ``ratio`` >= 80 with the first line
  of a demand read on several lines (a contribution's title over its body, annotated by its
  title alone, however short: « Logiciels libres »); the closest one is taken;
- a demand not found counts as a disagreement (listed apart: the reading missed it).

So a figure here moves with the reading (extraction and segmentation) as well as the matching.
"""
from __future__ import annotations

import csv
import tempfile
from pathlib import Path
from typing import Mapping, Optional, Sequence

from ..errors import InputError, UsageError
from ..model import STATUSES, ProgressFn, no_progress
from ..settings import Settings
from .matches import EXPECTED_STATUS_FILE, read_expected_status

FOUND_AT = 80  # rapidfuzz score (0-100) from which a demand read is the annotated one
PARTIAL_FROM = 25  # characters both texts need for partial_ratio to count
NOT_FOUND = "(demande non retrouvée)"


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def closest(text: str, candidates: Sequence[str]) -> tuple[Optional[int], float]:
    """Index of the candidate text closest to ``text`` (see the module's rule) and its score;
    (None, score) when none reaches :data:`FOUND_AT`."""
    from rapidfuzz import fuzz

    target = _norm(text)
    best, best_score = None, 0.0
    for i, candidate in enumerate(candidates):
        got = _norm(candidate)
        score = fuzz.ratio(target, got)
        lines = [line for line in candidate.split("\n") if line.strip()]
        if len(lines) >= 2:  # a title over its body: the title alone is the demand annotated
            score = max(score, fuzz.ratio(target, _norm(lines[0])))
        if min(len(target), len(got)) >= PARTIAL_FROM:
            score = max(score, fuzz.partial_ratio(target, got))
        if score > best_score:
            best, best_score = i, score
    return (best if best_score >= FOUND_AT else None), best_score


def _documents(gold_dir: Path, corpus_dir: Path, expected: Mapping[str, str]) -> tuple[list[Path], list[Path], dict]:
    """(demand documents, answering documents, annotated text of each expected demand)."""
    from ..train import _read_csv

    rows = _read_csv(gold_dir / "units.csv", ("doc", "unit", "kind", "text"))
    texts = {r["unit"].strip(): r["text"] for r in rows}
    unknown = sorted(set(expected) - set(texts))
    if unknown:
        raise InputError(f"demande(s) {', '.join(unknown[:5])} absente(s) de units.csv : chaque ligne de "
                         f"{EXPECTED_STATUS_FILE} doit nommer une unité de units.csv.", path=gold_dir / EXPECTED_STATUS_FILE)
    demand_docs = sorted({r["doc"] for r in rows if r["unit"].strip() in expected})
    answer_docs = sorted({r["doc"] for r in rows} - set(demand_docs))
    if not answer_docs:
        raise InputError("aucun document de réponse : units.csv doit aussi lister les actions d'un autre document "
                         "que celui des demandes.", path=gold_dir / "units.csv")
    paths = {}
    for doc in demand_docs + answer_docs:
        path = corpus_dir / doc
        if not path.is_file():
            raise InputError(f"document « {doc} » de units.csv introuvable dans le corpus : donnez avec --corpus le "
                             "dossier qui le contient.", path=path)
        paths[doc] = path
    return [paths[d] for d in demand_docs], [paths[d] for d in answer_docs], {u: texts[u] for u in expected}


def evaluate_statuses(gold_dir: str | Path, corpus_dir: Optional[str | Path] = None,
                      settings: Settings = Settings(), progress: ProgressFn = no_progress) -> dict:
    """Read and match an annotation set's documents; compare each expected demand's status.

    Returns {"set", "demands", "agree", "not_found", "by_status": {expected: [agree, n]},
    "confusion": {expected: {found: n}}, "rows": [{"unit", "expected", "found", "text_found",
    "best_action", "score"}]} where ``found`` is :data:`NOT_FOUND` for a demand not read."""
    from ..pipeline import match_files
    from ..train import default_corpus, set_name

    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise UsageError("dossier d'annotations introuvable : donnez le dossier qui contient units.csv et "
                         f"{EXPECTED_STATUS_FILE}.", path=gold_dir)
    expected = read_expected_status(gold_dir / EXPECTED_STATUS_FILE)
    if not expected:
        raise InputError(f"{EXPECTED_STATUS_FILE} absent ou vide : écrivez pour chaque demande (colonne unit) le "
                         "statut attendu (colonne expected_status).", path=gold_dir / EXPECTED_STATUS_FILE)
    corpus = Path(corpus_dir) if corpus_dir is not None else default_corpus(gold_dir)
    if corpus is None:
        raise UsageError("dossier des documents introuvable : donnez-le avec --corpus (par défaut, le dossier "
                         "corpus à côté du dossier d'annotations).", path=gold_dir)
    demand_paths, answer_paths, texts = _documents(gold_dir, corpus, expected)
    with tempfile.TemporaryDirectory(prefix="nlp-stn-statuts-") as tmp:
        # the tool alone: no reviewer's decision is applied
        quiet = settings.replace(decisions_db=str(Path(tmp) / "aucune-decision.sqlite"))
        out = match_files(demand_paths, answer_paths, Path(tmp) / "analyse", quiet, progress)
        with open(out / "coverage.csv", encoding="utf-8-sig", newline="") as fh:
            coverage = list(csv.DictReader(fh))
    found_texts = [row["demand_text"] for row in coverage]
    confusion = {e: {f: 0 for f in (*STATUSES, NOT_FOUND)} for e in STATUSES}
    rows = []
    for unit, want in expected.items():
        index, _ = closest(texts[unit], found_texts)
        row = coverage[index] if index is not None else None
        got = row["status"] if row is not None else NOT_FOUND
        confusion[want][got] = confusion[want].get(got, 0) + 1
        rows.append({"unit": unit, "expected": want, "found": got,
                     "text_found": row["demand_text"] if row else "",
                     "best_action": row["best_action_text"] if row else "",
                     "score": row["score"] if row else ""})
    by_status = {e: [confusion[e][e], sum(confusion[e].values())] for e in STATUSES}
    return {
        "set": set_name(gold_dir),
        "demands": len(expected),
        "agree": sum(a for a, _ in by_status.values()),
        "not_found": sum(confusion[e][NOT_FOUND] for e in STATUSES),
        "by_status": by_status,
        "confusion": confusion,
        "rows": rows,
    }


def format_statuses(reports: Sequence[Mapping], details: bool = False) -> str:
    """French plain text: one line per annotation set, the total, and with ``details`` each
    demand whose status differs."""
    lines = []
    for r in reports:
        parts = ", ".join(f"{status} {a}/{n}" for status, (a, n) in r["by_status"].items() if n)
        missing = f" ; {r['not_found']} non retrouvée(s)" if r["not_found"] else ""
        lines.append(f"{r['set']} : {r['agree']}/{r['demands']} statuts attendus ({parts}{missing})")
        if details:
            for row in r["rows"]:
                if row["found"] != row["expected"]:
                    lines.append(f"  {row['unit']} : attendu « {row['expected']} », obtenu « {row['found']} »"
                                 + (f" (meilleure action : {' '.join(row['best_action'].split())[:90]})"
                                    if row["best_action"] else ""))
    if len(reports) > 1:
        agree = sum(r["agree"] for r in reports)
        total = sum(r["demands"] for r in reports)
        missing = sum(r["not_found"] for r in reports)
        lines.append(f"Total : {agree}/{total} statuts attendus sur {len(reports)} jeux ; {missing} demande(s) non "
                     "retrouvée(s) dans les documents lus.")
    lines.append("Lu et apparié depuis les documents, comme `nlp-stn match` (sans décision de relecteur) ; chaque "
                 f"demande attendue est retrouvée par son texte (rapidfuzz >= {FOUND_AT}).")
    return "\n".join(lines)
