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
"""
from __future__ import annotations

import csv
import dataclasses
import functools
import html
import json
import os
import re
from collections import Counter
from pathlib import Path
from types import MappingProxyType
from typing import Iterable, Mapping, Optional, Sequence
from urllib.parse import quote

from .model import (
    answer_state,
    Decision,
    STATUS_ADDRESSED,
    STATUS_NOT,
    STATUS_PARTIAL,
    STATUSES,
    Coverage,
    Match,
    MatchRun,
    Segment,
    capped_status,
    status_cap,
    shown_score,
    text_hash,
)
from .review import DISPUTED, DemandReview, escape_cell, french_date, verdict_text

MATCHES_COLUMNS = (
    "demand_id", "demand_doc", "demand_text", "action_id", "action_doc", "action_text",
    "rank", "score", "status", "evidence",
)
COVERAGE_COLUMNS = (
    "demand_id", "demand_doc", "demand_text", "status", "best_action_id", "best_action_text",
    "score", "validated", "to_review", "disputed", "review_note",
)
RUN_FILES = (
    "matches.csv", "coverage.csv", "units.jsonl", "report.html", "report.md", "report.json",
    "settings.json",
)
NO_THEME = "Sans thème"
NO_LABELS: Mapping[str, str] = MappingProxyType({})

# French names of the matcher's signals (unknown names are shown as they are).
SIGNAL_LABELS = {
    "lien": "lien donné par le document qui répond (il cite cette demande)",
    "tfidf": "lemmes communs (TF-IDF)",
    "lemmas": "lemmes communs (TF-IDF)",
    "chars": "n-grammes de caractères",
    "char": "n-grammes de caractères",
    "char_ngrams": "n-grammes de caractères",
    "fuzzy": "mots communs (rapidfuzz)",
    "token_set": "mots communs (rapidfuzz)",
    "embedding": "sens des phrases (vecteurs)",
    "embeddings": "sens des phrases (vecteurs)",
    "use": "sens des phrases (vecteurs)",
    "themes": "thèmes communs",
    "theme": "thèmes communs",
    "context": "contexte (titres de section)",
    "relecteur": "lien ajouté par un relecteur",
    "reviewer": "lien ajouté par un relecteur",
    "human": "décision d'un relecteur",
}

STATUS_COLOURS = {STATUS_ADDRESSED: "#1f6fb2", STATUS_PARTIAL: "#8fbfe0", STATUS_NOT: "#e07b39"}
STATUS_CLASSES = {STATUS_ADDRESSED: "st-oui", STATUS_PARTIAL: "st-partiel", STATUS_NOT: "st-non"}
MAX_LEMMAS = 8


# ---------------------------------------------------------------- shared helpers


def thresholds(run: MatchRun) -> tuple[float, float]:
    """(addressed, partial) thresholds used by the run (negative when unknown)."""

    def value(name: str) -> float:
        try:
            return float(run.settings.get(name, -1.0))
        except (TypeError, ValueError):
            return -1.0

    return value("threshold_addressed"), value("threshold_partial")


def pair_status(run: MatchRun, match: Match, coverage: Optional[Coverage] = None, state: str = "") -> str:
    """Status of one (demand, action) pair: a human decision on the demand's best action
    wins; otherwise the score against the run's thresholds, lowered to what the action's
    document says of it (``state``, see :func:`nlp_stn.model.status_cap`)."""
    if coverage is not None and coverage.validated and coverage.best_action_id == match.action_id:
        return coverage.status
    t_addressed, t_partial = thresholds(run)
    if t_addressed < 0 or t_partial < 0:
        if coverage is not None and coverage.best_action_id == match.action_id:
            return coverage.status
        return ""
    if match.score >= t_addressed:
        return capped_status(STATUS_ADDRESSED, state)
    if match.score >= t_partial:
        return capped_status(STATUS_PARTIAL, state)
    return STATUS_NOT


@functools.lru_cache(maxsize=1)
def _signal_labels() -> Mapping[str, str]:
    labels = dict(SIGNAL_LABELS)
    try:  # the matcher's own French names win
        from .features import FRENCH_SIGNAL_NAMES
    except ImportError:  # pragma: no cover - features not installed
        return labels
    labels.update(FRENCH_SIGNAL_NAMES)
    return labels


def signal_label(name: str) -> str:
    """French name of a matcher signal (the name itself when unknown)."""
    return _signal_labels().get(name, name)


def theme_label(key: str, labels: Mapping[str, str]) -> str:
    return labels.get(key, key)


def evidence_text(match: Match, labels: Mapping[str, str] = NO_LABELS, state: str = "") -> str:
    """Short French summary of why a pair was proposed, and the action's fate when its
    document states one (``Segment.state``)."""
    ev = match.evidence
    lemmas = ", ".join(ev.shared_lemmas[:MAX_LEMMAS]) if ev.shared_lemmas else "aucun"
    if len(ev.shared_lemmas) > MAX_LEMMAS:
        lemmas += ", …"
    themes = ", ".join(theme_label(t, labels) for t in ev.shared_themes) if ev.shared_themes else "aucun"
    signal = signal_label(ev.top_signal) if ev.top_signal else "aucun"
    text = f"mots en commun : {lemmas} ; thèmes en commun : {themes} ; indice le plus fort : {signal}"
    return f"{text} ; suite indiquée par le document : {state}" if state.strip() else text


def published_note(state: str) -> str:
    """What the authority published with a demand (its « Statut » on the platform), and what it
    does to the demand's status (:func:`nlp_stn.model.status_cap`)."""
    effect = {STATUS_NOT: " : la demande n'est donc pas prise en compte",
              STATUS_PARTIAL: " : la demande est donc au mieux partiellement prise en compte"}.get(status_cap(state), "")
    said = " ".join(state.split())
    return f"Suite publiée avec la demande : {PLATFORM_STATES.get(said.lower(), said)}{effect}."


# A participation platform's codes for a proposal's fate (Decidim's « state »), in French
PLATFORM_STATES = {"accepted": "acceptée", "rejected": "rejetée", "evaluating": "en cours d'évaluation",
                   "not_answered": "sans réponse", "withdrawn": "retirée"}


def format_score(score: float) -> str:
    """Score as written in CSV files (dot decimal, 3 digits, cut like :func:`shown_score`)."""
    return f"{shown_score(score, 3):.3f}"


def french_score(score: float) -> str:
    """Score as shown to readers (comma decimal, 2 digits, cut: see :func:`shown_score`)."""
    return f"{shown_score(score):.2f}".replace(".", ",")


def percent(part: int, total: int) -> str:
    return f"{round(100 * part / total)} %" if total else "0 %"


def run_date(run_id: str) -> str:
    """'26/11/2026 à 10:15 UTC' from a run id starting with YYYYMMDD-HHMMSS ('' otherwise)."""
    m = re.match(r"(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})", run_id)
    if not m:
        return ""
    y, mo, d, h, mi, _ = m.groups()
    return f"{d}/{mo}/{y} à {h}:{mi} UTC"


# A label that is only a number or a list marker ("3", "1.1", "2 bis", "b", "IV"): cited with a noun.
_BARE_LABEL = re.compile(r"(?:[0-9]+(?:[.\-][0-9]+)*(?:\s?(?:bis|ter|quater))?[a-z]?|[a-zA-Z]|[IVXLC]+)")
KIND_NOUNS = {"action": "Action", "objective": "Objectif", "decision": "Décision", "recommendation": "Recommandation",
              "indicator": "Indicateur", "question": "Question"}
DETAIL_LIMIT = 300
DETAIL_LEAD = "Précisions du document : "
REVIEWER_PAIR_LABELS = {
    "oui": "choisie par un relecteur",
    "partiel": "retenue en partie par un relecteur",
    "non": "écartée par un relecteur",
}


# a contribution sent several times in the same words, or with a retouched title (see
# nlp_stn.segment): its label ends so
_SENT = re.compile(r"^(.*?)(?:\s+–\s+)?(envoyée \d+ fois(?: à l'identique)?)$")


def _sent_apart(label: str) -> tuple[str, str]:
    """(label, « envoyée N fois à l'identique » or « envoyée N fois » or "")."""
    m = _SENT.match(label)
    return (m.group(1).strip(), m.group(2)) if m else (label, "")


def demand_ref(d: Segment, position: int) -> str:
    """How the report cites a demand: its label ('Préconisation 3', 'demande n° 1.1'), else its
    position ('demande 5'); a contribution sent several times says so ('demande n° 1047,
    envoyée 12 fois à l'identique')."""
    label, sent = _sent_apart(d.label.strip())
    if not label:
        ref = f"demande {position}"
    else:
        ref = f"demande n° {label}" if _BARE_LABEL.fullmatch(label) else label
    return f"{ref}, {sent}" if sent else ref


def action_ref(a: Segment) -> str:
    """How the report cites an action before its text: its label ('Action 7', 'Action 2.1' for a
    bare number), '' when it has none."""
    label = a.label.strip()
    if not label:
        return ""
    if _BARE_LABEL.fullmatch(label):
        return f"{KIND_NOUNS.get(a.kind, 'Action')} {label}"
    return label


def short_detail(text: str, limit: int = DETAIL_LIMIT) -> str:
    """An action's description (``Segment.detail``) on one line, cut at a word near ``limit``."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(" ,;:.") + " …"


SUGGESTIONS_NOTE = ("Ces statuts sont calculés automatiquement en comparant les textes : ce sont des "
                    "suggestions à vérifier, pas un jugement.")


def review_notes(run: MatchRun, index, unmatched: Sequence) -> list[str]:
    """What the reports say of reviewers' work, one sentence each: statuses validated, decisions
    to review again (texts changed since), demands reviewers disagree on, decisions whose unit is
    gone (``unmatched``); only the counts that are not zero."""
    notes = []
    validated = sum(1 for c in run.coverage if c.validated)
    to_review = sum(1 for c in run.coverage if c.to_review)
    if validated:
        notes.append(f"{validated} statut{'s' if validated > 1 else ''} validé{'s' if validated > 1 else ''} par un relecteur.")
    if to_review:
        notes.append(f"{to_review} décision{'s' if to_review > 1 else ''} à revoir (textes modifiés depuis).")
    disputed = sum(1 for d in run.demands if index.disputed(d.id))
    if disputed:
        notes.append(disputed_note(disputed))
    if unmatched:
        notes.append(f"{len(unmatched)} décision{'s' if len(unmatched) > 1 else ''} sans unité correspondante "
                     "(liste plus bas).")
    return notes


def disputed_note(n: int) -> str:
    return (f"{n} demande{'s' if n > 1 else ''} sur {'lesquelles' if n > 1 else 'laquelle'} les relecteurs ne "
            f"sont pas d'accord ({DISPUTED}).")


def reviews_of(run: MatchRun) -> Mapping[str, DemandReview]:
    """What reviewers decided, per demand (:class:`nlp_stn.review.ReviewedRun`); {} for a plain run."""
    return getattr(run, "reviews", None) or {}


def _opinion(d: Decision, index: Optional["_Index"] = None) -> str:
    """'alice : oui', 'bruno : non, action corrigée : Action 2.1' (the corrected action's id
    without ``index``)."""
    if index is None or not d.corrected_action_id:
        return f"{d.reviewer or 'relecteur inconnu'} : {verdict_text(d)}"
    return (f"{d.reviewer or 'relecteur inconnu'} : {d.decision}, action corrigée : "
            f"{index.action_name(d.corrected_action_id)}")


class _Index:
    """Lookups over a run used by every renderer."""

    def __init__(self, run: MatchRun, labels: Mapping[str, str]):
        self.run = run
        self.labels = labels
        self.demands = {s.id: s for s in run.demands}
        self.actions = {s.id: s for s in run.actions}
        self.coverage = {c.demand_id: c for c in run.coverage}
        self.matches: dict[str, list[Match]] = {}
        for m in run.matches:
            self.matches.setdefault(m.demand_id, []).append(m)
        for ms in self.matches.values():
            ms.sort(key=lambda m: m.rank)
        self.t_addressed, self.t_partial = thresholds(run)
        self.reviews = reviews_of(run)

    def review(self, demand_id: str) -> Optional[DemandReview]:
        return self.reviews.get(demand_id)

    def disputed(self, demand_id: str) -> bool:
        review = self.reviews.get(demand_id)
        return bool(review and review.disputed)

    def reviewer_mark(self, m: Match) -> str:
        """What reviewers said of a candidate: 'choisie par un relecteur', 'écartée par un
        relecteur', 'avis partagés entre relecteurs : à trancher'; '' when nothing."""
        review = self.reviews.get(m.demand_id)
        if review is None:
            return ""
        if m.action_id in review.chosen:
            return REVIEWER_PAIR_LABELS["oui"]
        if m.action_id in review.partial:
            return REVIEWER_PAIR_LABELS["partiel"]
        pair = review.pair(m.action_id)
        if pair is not None and pair.disputed:
            return DISPUTED
        if m.action_id in review.rejected:
            return REVIEWER_PAIR_LABELS["non"]
        return ""

    def chosen_matches(self, demand_id: str) -> list[Match]:
        """Candidates the reviewers chose (then retained in part), in their order: shown first."""
        review = self.reviews.get(demand_id)
        if review is None:
            return []
        by_action = {m.action_id: m for m in self.matches.get(demand_id, [])}
        return [by_action[a] for a in review.chosen + review.partial if a in by_action]

    def added(self, m: Match) -> bool:
        """A link a reviewer made that the machine never proposed (no score of its own)."""
        review = self.reviews.get(m.demand_id)
        return bool(review and m.action_id in review.added)

    def review_note(self, demand_id: str) -> str:
        """One French line on what reviewers decided about a demand (coverage.csv ``review_note``)."""
        review = self.reviews.get(demand_id)
        cov = self.coverage.get(demand_id)
        if review is None:
            return ""
        parts = []
        if review.disputed:
            parts.append(DISPUTED + " (" + " ; ".join(
                f"{self.action_name(p.action_id)} : " + ", ".join(_opinion(d, self) for d in p.decisions
                                                                   if d.decision != "incertain")
                for p in review.disputed) + ")")
        elif cov is not None and cov.validated:
            who = sorted({d.reviewer for p in review.pairs if p.verdict for d in p.decisions if d.reviewer})
            parts.append("validé" + (f" par {', '.join(who)}" if who else ""))
        for who, action_id, comment in review.comments:
            parts.append(f"commentaire de {who} ({self.action_name(action_id)}) : « {' '.join(comment.split())} »")
        if review.previous:
            parts.append("à revoir, décision précédente : " + " ; ".join(_opinion(d, self) for d in review.previous))
        return " ; ".join(parts)

    def action_name(self, action_id: str) -> str:
        """'aucune action ne répond', 'Action 2.1', or the action's text cut short."""
        if not action_id:
            return "aucune action ne répond"
        action = self.actions.get(action_id)
        if action is None:
            return f"action {action_id}"
        ref = action_ref(action)
        if ref:
            return ref
        text = " ".join(action.text.split())
        return f"action « {text if len(text) <= 60 else text[:59].rstrip() + '…'} »"

    def status(self, demand_id: str) -> str:
        cov = self.coverage.get(demand_id)
        return cov.status if cov else STATUS_NOT

    def counts(self) -> dict[str, int]:
        counter = Counter(self.status(d.id) for d in self.run.demands)
        return {s: counter.get(s, 0) for s in STATUSES}

    def pair_status(self, match: Match) -> str:
        """The pair's status, lowered to what the action's document says of it and, as for the
        demand's status, for an action that is only a study or gives less than asked
        (:func:`nlp_stn.model.answer_state`)."""
        action = self.actions.get(match.action_id)
        demand = self.demands.get(match.demand_id)
        state = answer_state(action.text, action.state, demand.text if demand else "", action.detail) if action else ""
        return pair_status(self.run, match, self.coverage.get(match.demand_id), state)

    def lowered(self, match: Match) -> bool:
        """True when the action's stated fate lowered the status its score gives the pair."""
        action = self.actions.get(match.action_id)
        if action is None or not action.state:
            return False
        cov = self.coverage.get(match.demand_id)
        return pair_status(self.run, match, cov, action.state) != pair_status(self.run, match, cov)

    def doc_title(self, doc_id: str) -> str:
        info = self.run.documents.get(doc_id, {})
        return str(info.get("title") or doc_id)

    def documents(self, role: str) -> list[str]:
        """Document ids of a side (from ``run.documents`` roles, else from the units); documents
        listed in ``run.failures`` are left out."""
        failed = {str(path) for path, _ in self.run.failures}
        docs = [
            d for d, info in self.run.documents.items()
            if info.get("role") == role and str(info.get("path") or d) not in failed and d not in failed
        ]
        if docs:
            return docs
        units = self.run.demands if role == "demands" else self.run.actions
        return list(dict.fromkeys(u.doc for u in units))

    def failures(self) -> list[tuple[str, str]]:
        return [(str(path), str(message)) for path, message in self.run.failures]

    def theme_rows(self) -> list[tuple[str, dict[str, int]]]:
        """(label, counts by status) per theme with at least one demand, largest first."""
        order = list(self.labels)
        per: dict[str, Counter] = {}
        for d in self.run.demands:
            keys = self.run.themes.get(d.id, ()) or (NO_THEME,)
            for key in keys:
                per.setdefault(key, Counter())[self.status(d.id)] += 1

        def sort_key(key: str):
            total = sum(per[key].values())
            pos = order.index(key) if key in order else len(order) + (key == NO_THEME)
            return (key == NO_THEME, -total, pos, key)

        return [
            (NO_THEME if k == NO_THEME else theme_label(k, self.labels), {s: per[k].get(s, 0) for s in STATUSES})
            for k in sorted(per, key=sort_key)
        ]

    def shown_matches(self, demand_id: str) -> tuple[list[Match], list[Match]]:
        """Matches worth showing (rank 1, every pair at least 'partiellement', near-ties of a
        shown one, reviewer-validated best action) and the rest; the actions reviewers chose
        (:meth:`chosen_matches`, shown first) are in neither."""
        shown, rest = [], []
        cov = self.coverage.get(demand_id)
        chosen = {m.action_id for m in self.chosen_matches(demand_id)}
        for m in self.matches.get(demand_id, []):
            if m.action_id in chosen:
                continue
            keep = (
                m.rank == 1
                or self.pair_status(m) in (STATUS_ADDRESSED, STATUS_PARTIAL)
                or (m.near_tie and shown and shown[-1].rank == m.rank - 1)
                or (cov is not None and cov.best_action_id == m.action_id)
            )
            (shown if keep else rest).append(m)
        return shown, rest


def demand_title(d: Segment, position: int, total: int) -> str:
    """'Demande 3 sur 41', followed by the document's own label when it has one
    ('— n° 2 dans le document', '— Proposition 7')."""
    title = f"Demande {position} sur {total}"
    label, sent = _sent_apart(d.label.strip())
    if not label:
        return f"{title} — {sent}" if sent else title
    if _BARE_LABEL.fullmatch(label):
        return f"{title} — n° {label} dans le document" + (f", {sent}" if sent else "")
    return f"{title} — {label}" + (f", {sent}" if sent else "")


def _location(seg: Segment, index: _Index) -> str:
    where = index.doc_title(seg.doc)
    if seg.page:
        where += f", p. {seg.page}"
    return where


UNMATCHED_TITLE = "Décisions sans unité correspondante"
UNMATCHED_INTRO = (
    "Ces décisions de relecteurs portent sur des passages qui ne se retrouvent plus dans les "
    "documents analysés (texte trop modifié ou supprimé) : elles restent enregistrées mais ne "
    "sont pas appliquées. Relisez les demandes concernées puis refaites une relecture."
)


def unmatched_record(d: Decision) -> dict:
    """A decision without a matching unit, as listed in report.json (texts as decided)."""
    return {
        "pair_id": d.pair_id,
        "demand_id": d.demand_id,
        "demand_doc": getattr(d, "demand_doc", ""),
        "demand_text": getattr(d, "demand_text", ""),
        "action_id": d.action_id,
        "action_doc": getattr(d, "action_doc", ""),
        "action_text": getattr(d, "action_text", ""),
        "corrected_action_id": d.corrected_action_id,
        "decision": d.decision,
        "reviewer": d.reviewer,
        "time": d.time,
        "source": d.source,
    }


def _unmatched_parts(d: Decision) -> tuple[str, str, str]:
    """(demand text or id, action text or id or '', decision summary) of an unmatched decision."""
    rec = unmatched_record(d)
    demand = " ".join(rec["demand_text"].split()) or f"demande {rec['demand_id']}"
    if rec["action_id"]:
        action = " ".join(rec["action_text"].split()) or f"action {rec['action_id']}"
    else:
        action = ""
    verdict = f"« {rec['decision']} » de {rec['reviewer'] or 'relecteur inconnu'}"
    if rec["time"]:
        verdict += f" ({rec['time'][:10]})"
    if rec["corrected_action_id"]:
        verdict += f", action corrigée : {rec['corrected_action_id']}"
    return demand, action, verdict


# ---------------------------------------------------------------- CSV / JSONL


def matches_rows(run: MatchRun, labels: Mapping[str, str] = NO_LABELS) -> list[list[str]]:
    """Rows of matches.csv (without the header), demands in run order, ranks ascending."""
    index = _Index(run, labels)
    rows = []
    for d in run.demands:
        for m in index.matches.get(d.id, []):
            action = index.actions.get(m.action_id)
            rows.append([
                d.id, d.doc, d.text, m.action_id, action.doc if action else "",
                action.text if action else "", str(m.rank), format_score(m.score),
                index.pair_status(m), evidence_text(m, labels, action.state if action else ""),
            ])
    return rows


def coverage_rows(run: MatchRun) -> list[list[str]]:
    """Rows of coverage.csv (without the header), one per demand in run order.

    ``validated`` / ``to_review`` / ``disputed`` are ``oui`` or ``non`` (``disputed``: reviewers
    disagree on a pair of the demand, which is then never ``validated``); ``review_note`` says
    in French what reviewers decided (« avis partagés entre relecteurs : à trancher (…) »,
    « validé par alice », their comments, the decision waiting for a new review).
    """
    index = _Index(run, {})
    rows = []
    for d in run.demands:
        cov = index.coverage.get(d.id) or Coverage(d.id, STATUS_NOT, "", 0.0)
        action = index.actions.get(cov.best_action_id)
        rows.append([
            d.id, d.doc, d.text, cov.status, cov.best_action_id, action.text if action else "",
            format_score(cov.score), "oui" if cov.validated else "non", "oui" if cov.to_review else "non",
            "oui" if index.disputed(d.id) else "non", index.review_note(d.id),
        ])
    return rows


def _write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]]) -> Path:
    """Write a CSV file with formula-like cells escaped (see "CSV files" in the module doc)."""
    path = Path(path)
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=",", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(header)
        writer.writerows([escape_cell(str(cell)) for cell in row] for row in rows)
    return path


def write_matches_csv(run: MatchRun, path: Path, labels: Mapping[str, str] = NO_LABELS) -> Path:
    return _write_csv(path, MATCHES_COLUMNS, matches_rows(run, labels))


def write_coverage_csv(run: MatchRun, path: Path) -> Path:
    return _write_csv(path, COVERAGE_COLUMNS, coverage_rows(run))


def unit_record(seg: Segment, side: str, themes: Sequence[str]) -> dict:
    record = dataclasses.asdict(seg)
    record.update(side=side, themes=list(themes), hash=text_hash(seg.text))
    return record


def write_units_jsonl(run: MatchRun, path: Path) -> Path:
    """One JSON object per demand then per action unit (Segment fields + side, themes, hash)."""
    path = Path(path)
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for side, units in (("demand", run.demands), ("action", run.actions)):
            for seg in units:
                record = unit_record(seg, side, run.themes.get(seg.id, ()))
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


# ---------------------------------------------------------------- JSON


def _decision_dict(d: Decision) -> dict:
    return {"reviewer": d.reviewer, "decision": d.decision, "corrected_action_id": d.corrected_action_id,
            "comment": d.comment, "time": d.time, "source": d.source}


def _review_dict(review: Optional[DemandReview]) -> Optional[dict]:
    """What reviewers decided about a demand, for report.json (None when nothing)."""
    if review is None:
        return None
    return {
        "disputed": bool(review.disputed),
        "chosen_actions": list(review.chosen),
        "partial_actions": list(review.partial),
        "rejected_actions": list(review.rejected),
        "added_actions": list(review.added),
        "pairs": [{"action_id": p.action_id, "verdict": p.verdict, "disputed": p.disputed,
                   "decisions": [_decision_dict(d) for d in p.decisions]} for p in review.pairs],
        "comments": [{"reviewer": who, "action_id": a, "comment": c} for who, a, c in review.comments],
        "to_review_previous": [_decision_dict(d) for d in review.previous],
    }


def _match_dict(m: Match, index: _Index) -> dict:
    action = index.actions.get(m.action_id)
    return {
        "action_id": m.action_id,
        "action_doc": action.doc if action else "",
        "action_label": action.label if action else "",
        "action_text": action.text if action else "",
        "action_detail": action.detail if action else "",
        "action_state": action.state if action else "",
        "action_page": action.page if action else None,
        "rank": m.rank,
        "score": round(m.score, 6),
        "status": index.pair_status(m),
        "reviewer_mark": index.reviewer_mark(m),
        "added_by_reviewer": index.added(m),
        "near_tie": m.near_tie,
        "evidence": {
            "shared_lemmas": list(m.evidence.shared_lemmas),
            "shared_themes": list(m.evidence.shared_themes),
            "top_signal": m.evidence.top_signal,
            "signals": {k: round(float(v), 6) for k, v in m.evidence.signals.items()},
            "summary": evidence_text(m, index.labels, action.state if action else ""),
        },
    }


def render_json(run: MatchRun, labels: Mapping[str, str] = NO_LABELS,
                unmatched: Sequence[Decision] = ()) -> dict:
    """The report as a JSON-able dict: run_id, date, settings, versions, documents, summary,
    themes (key -> label), demands with their coverage and matches, and the decisions without
    a matching unit (``unmatched_decisions``, texts as decided)."""
    index = _Index(run, labels)
    counts = index.counts()
    demands = []
    for d in run.demands:
        cov = index.coverage.get(d.id) or Coverage(d.id, STATUS_NOT, "", 0.0)
        demands.append({
            "id": d.id, "doc": d.doc, "label": d.label, "heading": d.heading, "page": d.page,
            "text": d.text, "state": d.state, "themes": list(run.themes.get(d.id, ())), "status": cov.status,
            "best_action_id": cov.best_action_id, "score": round(cov.score, 6),
            "validated": cov.validated, "to_review": cov.to_review, "disputed": index.disputed(d.id),
            "review_note": index.review_note(d.id), "review": _review_dict(index.review(d.id)),
            "matches": [_match_dict(m, index) for m in index.matches.get(d.id, [])],
        })
    return {
        "run_id": run.run_id,
        "date": run_date(run.run_id),
        "settings": dict(run.settings),
        "versions": dict(run.versions),
        "documents": {k: dict(v) for k, v in run.documents.items()},
        "summary": {
            "demands": len(run.demands),
            "actions": len(run.actions),
            "demand_documents": index.documents("demands"),
            "action_documents": index.documents("actions"),
            "by_status": counts,
            "validated": sum(1 for c in run.coverage if c.validated),
            "to_review": sum(1 for c in run.coverage if c.to_review),
            "disputed": sum(1 for d in run.demands if index.disputed(d.id)),
            "by_theme": [{"theme": label, **c} for label, c in index.theme_rows()],
            "failures": [{"path": p, "message": msg} for p, msg in index.failures()],
            "unmatched_decisions": len(unmatched),
        },
        "themes": dict(labels),
        "demands": demands,
        "unmatched_decisions": [unmatched_record(d) for d in unmatched],
    }


# ---------------------------------------------------------------- HTML

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0 auto;max-width:60rem;
padding:1rem 1.5rem;color:#1d1d1d;line-height:1.45}
h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.25rem;margin-top:2rem;border-bottom:2px solid #ddd}
h3{font-size:1.05rem;margin:.2rem 0}
.meta{color:#444;font-size:.95rem}.meta p{margin:.2rem 0}
.figures{display:flex;gap:.8rem;flex-wrap:wrap;margin:1rem 0}
.figure{flex:1 1 10rem;border:1px solid #ccc;border-left:.6rem solid #999;padding:.5rem .8rem;border-radius:.3rem}
.figure .num{font-size:2rem;font-weight:700;display:block}.figure .lbl{font-size:1rem}
.figure.st-oui{border-left-color:#1f6fb2}.figure.st-partiel{border-left-color:#8fbfe0}
.figure.st-non{border-left-color:#e07b39}
.lead{font-size:1.05rem}.defs{font-size:.92rem;color:#333}
.demand{border:1px solid #ccc;border-radius:.3rem;padding:.6rem .9rem;margin:1rem 0;break-inside:avoid}
.tag{display:inline-block;font-size:.85rem;padding:0 .4rem;border-radius:.2rem;border:1px solid #888;margin-left:.3rem}
.st-oui .badge,.badge.st-oui{background:#1f6fb2;color:#fff}.badge.st-partiel{background:#8fbfe0;color:#000}
.badge.st-non{background:#e07b39;color:#000}
.badge{display:inline-block;padding:0 .45rem;border-radius:.2rem;font-weight:600}
.valid{background:#e6f4ea;border-color:#2e7d32}.review{background:#fff4d6;border-color:#a66d00}
blockquote.citizen{margin:.5rem 0;padding:.4rem .8rem;border-left:.35rem solid #555;background:#f4f4f4;
white-space:pre-wrap;font-style:normal}
.quote-label{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:#555;margin:.4rem 0 0}
.analysis{border:1px dashed #777;border-radius:.3rem;padding:.4rem .8rem;margin-top:.5rem;background:#fbfbfb}
.analysis-title{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:#555;margin:0 0 .3rem}
.analysis ol{padding-left:1.3rem;margin:.3rem 0}.analysis li{margin:.4rem 0}
q{quotes:"« " " »"}q.action{white-space:pre-wrap}
.evidence{font-size:.88rem;color:#333}.src{font-size:.88rem}
.tie{font-size:.85rem;font-weight:600;color:#6a3d00}
a{color:#0b57a0}
table.docs{border-collapse:collapse;font-size:.9rem}table.docs td{padding:.1rem .5rem;vertical-align:top}
.legend span{display:inline-block;margin-right:1rem}.sw{display:inline-block;width:.9rem;height:.9rem;
vertical-align:middle;margin-right:.3rem;border:1px solid #555}
ul.notdone li{margin:.5rem 0}
.reviewers{border:1px solid #2e7d32;border-radius:.3rem;padding:.4rem .8rem;margin-top:.5rem;background:#f3faf4}
.reviewers ul{margin:.2rem 0;padding-left:1.2rem}q.reviewer{font-style:italic}
.tag.rejected{background:#f3f3f3;border-color:#777;color:#333}.tag.dispute{background:#fde8e8;border-color:#b3261e}
.ref{font-weight:600}
.detail{font-size:.85rem;color:#444;border-left:.2rem dotted #999;padding-left:.5rem;margin:.2rem 0}
ul.chosen{padding-left:1.3rem;margin:.3rem 0}
@media print{body{max-width:none;font-size:10.5pt}a{color:#000}details{display:block}
.figure,.badge,.sw{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _href(doc_id: str, page: Optional[int], index: _Index, base_dir: Optional[Path]) -> str:
    """Relative link to a source document (with #page=N for PDFs), '' when unknown."""
    info = index.run.documents.get(doc_id, {})
    path = str(info.get("path") or "")
    if not path:
        return ""
    p = Path(path)
    if base_dir is not None and p.is_absolute():
        try:
            rel = os.path.relpath(p, Path(base_dir).resolve())
        except ValueError:  # other drive (Windows)
            return p.as_uri()
        link = quote(Path(rel).as_posix())
    elif p.is_absolute():
        link = p.as_uri()
    else:
        link = quote(p.as_posix())
    if page and p.suffix.lower() == ".pdf":
        link += f"#page={page}"
    return link


def _source_html(seg: Segment, index: _Index, base_dir: Optional[Path]) -> str:
    text = _e(_location(seg, index))
    href = _href(seg.doc, seg.page, index, base_dir)
    if href:
        text = f'<a href="{_e(href)}">{text}</a>'
    extra = f" — {_e(seg.heading)}" if seg.heading else ""
    return f'<span class="src">Source : {text}{extra}</span>'


def _status_badge(status: str) -> str:
    return f'<span class="badge {STATUS_CLASSES.get(status, "")}">{_e(status or "sans statut")}</span>'


# How close one candidate action is to the demand: said of the pair, not as a verdict on the
# action or on the demand (whose status is shown once, in its title).
PAIR_LABELS = {
    STATUS_ADDRESSED: "y répond",
    STATUS_PARTIAL: "y répond en partie",
    STATUS_NOT: "trop éloignée pour y répondre",
}


# A pair whose status the action's stated fate lowered (« Non retenue », « Reportée »): said so
STATED_LABELS = {
    STATUS_NOT: "non retenue ou abandonnée selon le document : n'y répond pas",
    STATUS_PARTIAL: "y répondrait, mais retenue en partie ou reportée selon le document",
}


def pair_label(status: str, lowered: bool = False) -> str:
    if lowered and status in STATED_LABELS:
        return STATED_LABELS[status]
    return PAIR_LABELS.get(status, status or "sans statut")


def _pair_badge(status: str, lowered: bool = False) -> str:
    return f'<span class="badge {STATUS_CLASSES.get(status, "")}">{_e(pair_label(status, lowered))}</span>'


def _chart_svg(rows: list[tuple[str, dict[str, int]]]) -> str:
    """Horizontal stacked bars (one per theme) with counts written on them."""
    if not rows:
        return "<p>Aucun thème n'a été reconnu dans les demandes.</p>"
    label_w, bar_w, row_h, top = 280, 380, 30, 6
    width = label_w + bar_w + 90
    height = top + row_h * len(rows) + 4
    biggest = max(sum(c.values()) for _, c in rows) or 1
    parts = [
        f'<svg role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" aria-labelledby="chart-title" style="max-width:100%;height:auto">',
        '<title id="chart-title">Prise en compte des demandes par thème</title>',
    ]
    for i, (label, counts) in enumerate(rows):
        y = top + i * row_h
        total = sum(counts.values())
        short = label if len(label) <= 38 else label[:36] + "…"
        parts.append(
            f'<text x="{label_w - 8}" y="{y + 17}" text-anchor="end" font-size="14" fill="#1d1d1d">'
            f"{_e(short)}</text>"
        )
        x = float(label_w)
        for status in STATUSES:
            n = counts[status]
            if not n:
                continue
            w = bar_w * n / biggest
            colour = STATUS_COLOURS[status]
            ink = "#fff" if status == STATUS_ADDRESSED else "#000"
            parts.append(
                f'<rect x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="{row_h - 8}" fill="{colour}" '
                f'stroke="#333" stroke-width="0.5"><title>{_e(label)} : {n} {_e(status)}</title></rect>'
            )
            if w >= 16:
                parts.append(
                    f'<text x="{x + w / 2:.1f}" y="{y + 17}" text-anchor="middle" font-size="12" '
                    f'fill="{ink}">{n}</text>'
                )
            x += w
        parts.append(
            f'<text x="{x + 6:.1f}" y="{y + 17}" font-size="12" fill="#444">'
            f'{total} demande{"s" if total > 1 else ""}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _legend() -> str:
    return '<p class="legend">' + "".join(
        f'<span><span class="sw" style="background:{STATUS_COLOURS[s]}"></span>{_e(s)}</span>' for s in STATUSES
    ) + "</p>"


def _coverage_note(cov: Optional[Coverage], disputed: bool = False) -> str:
    if cov is None:
        return ""
    notes = []
    if disputed:
        notes.append(f'<span class="tag dispute">{_e(DISPUTED)}</span>')
    elif cov.validated:
        notes.append('<span class="tag valid">validé</span> par un relecteur')
    if cov.to_review:
        notes.append(
            '<span class="tag review">à revoir</span> une décision existe mais un des textes a changé depuis'
        )
    return " ".join(notes)


def _action_quote_html(action: Optional[Segment], action_id: str) -> str:
    """'<span class="ref">Action 2.1 –</span> <q>…</q>': the action's label, then its exact text."""
    if action is None:
        return f'<q class="action">{_e(action_id)}</q>'
    ref = action_ref(action)
    lead = f'<span class="ref">{_e(ref)} –</span> ' if ref else ""
    return f'{lead}<q class="action">{_e(action.text)}</q>'


def _detail_html(action: Optional[Segment]) -> str:
    if action is None or not action.detail.strip():
        return ""
    return f'<p class="detail">{_e(DETAIL_LEAD + short_detail(action.detail))}</p>'


def _match_html(m: Match, index: _Index, base_dir: Optional[Path]) -> str:
    action = index.actions.get(m.action_id)
    status = index.pair_status(m)
    cov = index.coverage.get(m.demand_id)
    src = _source_html(action, index, base_dir) if action else ""
    tie = ' <span class="tie">quasi ex aequo avec une autre candidate</span>' if m.near_tie else ""
    mark = index.reviewer_mark(m)
    valid = ""
    if cov is not None and cov.validated and cov.best_action_id == m.action_id:
        valid = ' <span class="tag valid">validé</span>'
    if index.added(m):
        figures = '<span class="tag valid">' + _e(mark) + "</span> (l'outil ne l'avait pas proposée)" + valid
    elif mark == REVIEWER_PAIR_LABELS["non"]:
        figures = f'Score {french_score(m.score)} · <span class="tag rejected">{_e(mark)}</span>{tie}'
    elif mark == DISPUTED:
        figures = (f"Score {french_score(m.score)} · {_pair_badge(status, index.lowered(m))} "
                   f'<span class="tag dispute">{_e(mark)}</span>{tie}')
    elif mark:
        figures = (f'<span class="tag valid">{_e(mark)}</span>{valid} · proposée par l\'outil au rang {m.rank}, '
                   f"score {french_score(m.score)}{tie}")
    else:
        figures = f"Score {french_score(m.score)} · {_pair_badge(status, index.lowered(m))}{valid}{tie}"
    evidence = ("" if index.added(m) else
                f'<br><span class="evidence">{_e(evidence_text(m, index.labels, action.state if action else ""))}</span>')
    value = "" if mark in (REVIEWER_PAIR_LABELS["oui"], REVIEWER_PAIR_LABELS["partiel"]) else f' value="{m.rank}"'
    return (
        f"<li{value}>{_action_quote_html(action, m.action_id)}<br>{src}<br>"
        f"{figures}{evidence}{_detail_html(action)}</li>"
    )


def _reviewers_html(d: Segment, index: _Index) -> str:
    """The reviewers' box of a demand: disagreements, comments (quoted, with their author),
    decisions waiting for a new review; '' when reviewers said nothing about it."""
    review = index.review(d.id)
    if review is None:
        return ""
    items = []
    for p in review.disputed:
        opinions = " ; ".join(_opinion(x, index) for x in p.decisions if x.decision != "incertain")
        items.append(f'<li><span class="tag dispute">{_e(DISPUTED)}</span> sur {_e(index.action_name(p.action_id))} '
                     f": {_e(opinions)}</li>")
    for who, action_id, comment in review.comments:
        items.append(f"<li>Commentaire du relecteur {_e(who)} ({_e(index.action_name(action_id))}) : "
                     f'<q class="reviewer">{_e(comment)}</q></li>')
    for x in review.previous:
        when = french_date(x.time)
        items.append(f"<li>À revoir : décision précédente de {_e(x.reviewer or 'relecteur inconnu')}"
                     f"{_e(' le ' + when if when else '')} : {_e(verdict_text(x))}"
                     + (f' — commentaire : <q class="reviewer">{_e(x.comment.strip())}</q>' if x.comment.strip() else "")
                     + "</li>")
    if not items:
        return ""
    return ('<div class="reviewers"><p class="analysis-title">Relecture humaine</p><ul>' + "".join(items)
            + "</ul></div>")


def _demand_html(d: Segment, position: int, index: _Index, base_dir: Optional[Path]) -> str:
    cov = index.coverage.get(d.id)
    status = index.status(d.id)
    themes = [theme_label(t, index.labels) for t in index.run.themes.get(d.id, ())]
    title = _e(demand_title(d, position, len(index.run.demands))) + " "
    shown, rest = index.shown_matches(d.id)
    out = [
        f'<section class="demand" id="d-{_e(d.id)}">',
        f"<h3>{title}{_status_badge(status)} {_coverage_note(cov, index.disputed(d.id))}</h3>",
        '<p class="quote-label">Texte de la demande (citation exacte)</p>',
        f'<blockquote class="citizen">{_e(d.text)}</blockquote>',
        _source_html(d, index, base_dir),
    ]
    reviewers = _reviewers_html(d, index)
    if reviewers:
        out.append(reviewers)
    out += [
        '<div class="analysis"><p class="analysis-title">Analyse automatique (à vérifier)</p>',
        f"<p>Thèmes : {_e(', '.join(themes) if themes else 'aucun thème reconnu')}</p>",
    ]
    if d.state.strip():
        out.append(f"<p>{_e(published_note(d.state))}</p>")
    chosen = index.chosen_matches(d.id)
    if chosen:
        out.append('<p>Choisie par les relecteurs :</p><ul class="chosen">')
        out.extend(_match_html(m, index, base_dir) for m in chosen)
        out.append("</ul>")
    if shown:
        heading = "Autres actions proposées par l'outil" if chosen else "Actions les plus proches"
        out.append(f"<p>{heading} :</p><ol>")
        out.extend(_match_html(m, index, base_dir) for m in shown)
        out.append("</ol>")
    elif not chosen:
        out.append("<p>Aucune action candidate.</p>")
    if rest:
        out.append(
            f"<details><summary>{len(rest)} autre{'s' if len(rest) > 1 else ''} action"
            f"{'s' if len(rest) > 1 else ''} candidate{'s' if len(rest) > 1 else ''}, plus éloignée"
            f"{'s' if len(rest) > 1 else ''}</summary><ol start=\"{rest[0].rank}\">"
        )
        out.extend(_match_html(m, index, base_dir) for m in rest)
        out.append("</ol></details>")
    out.append("</div></section>")
    return "\n".join(out)


def _titles(index: _Index, role: str, most: int = 2) -> str:
    """'A, B et C' / 'A, B, C et 4 autres documents' for the header."""
    titles = [index.doc_title(d) for d in index.documents(role)]
    if not titles:
        return "aucun document"
    if len(titles) > most:
        rest = len(titles) - most + 1
        titles = titles[: most - 1] + [f"{rest} autres documents (liste plus bas)"]
    return titles[0] if len(titles) == 1 else ", ".join(titles[:-1]) + " et " + titles[-1]


def render_html(run: MatchRun, labels: Mapping[str, str] = NO_LABELS, base_dir: Optional[Path] = None,
                unmatched: Sequence[Decision] = ()) -> str:
    """The report as one self-contained French HTML page (inline CSS and SVG, no script).

    ``base_dir`` is the folder the page will be written to: links to source documents are
    made relative to it.
    """
    index = _Index(run, labels)
    counts = index.counts()
    total = len(run.demands)
    date = run_date(run.run_id)
    t_addressed, t_partial = index.t_addressed, index.t_partial

    def doc_list(role: str) -> str:
        items = []
        for doc_id in index.documents(role):
            href = _href(doc_id, None, index, base_dir)
            title = _e(index.doc_title(doc_id))
            name = f'<a href="{_e(href)}">{title}</a>' if href else title
            n = sum(1 for u in (run.demands if role == "demands" else run.actions) if u.doc == doc_id)
            items.append(f"<li>{name} <small>({_e(doc_id)}, {n} unité{'s' if n > 1 else ''})</small></li>")
        return "<ul>" + "".join(items) + "</ul>" if items else "<p>aucun</p>"

    out = [
        "<!DOCTYPE html>",
        '<html lang="fr"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Prise en compte des demandes citoyennes — {_e(run.run_id)}</title>",
        f"<style>{_CSS}</style></head><body>",
        "<header>",
        "<h1>Ce que les citoyens ont demandé, et ce que la stratégie en a pris en compte</h1>",
        '<div class="meta">',
        f"<p>Demandes citoyennes : <strong>{_e(_titles(index, 'demands'))}</strong>.<br>"
        f"Comparées aux actions de : <strong>{_e(_titles(index, 'actions'))}</strong>.</p>",
        f"<p>Analyse n° <strong>{_e(run.run_id)}</strong>" + (f", produite le {_e(date)}" if date else "") + ".</p>",
        "</div></header>",
        "<main>",
        '<section aria-labelledby="h-summary"><h2 id="h-summary">En bref</h2>',
        f'<p class="lead">Sur <strong>{total}</strong> demande{"s" if total > 1 else ""} citoyenne'
        f'{"s" if total > 1 else ""}, comparée{"s" if total > 1 else ""} à <strong>{len(run.actions)}</strong> '
        f"action{'s' if len(run.actions) > 1 else ''} :</p>",
        '<div class="figures">',
    ]
    for status in STATUSES:
        n = counts[status]
        out.append(
            f'<div class="figure {STATUS_CLASSES[status]}"><span class="num">{percent(n, total).replace(" ", "&nbsp;")}'
            f'</span><span class="lbl">{_e(status)}</span><br><small>{n} demande{"s" if n > 1 else ""} sur {total}</small></div>'
        )
    out.append("</div>")
    notes = [SUGGESTIONS_NOTE, *review_notes(run, index, unmatched)]
    out.append("<p>" + " ".join(_e(n) for n in notes) + "</p>")
    out.append(
        '<p class="defs"><strong>Pris en compte</strong> : une action de la stratégie répond à la demande. '
        "<strong>Partiellement</strong> : une action s'en approche sans y répondre entièrement. "
        "<strong>Non pris en compte</strong> : aucune action proche n'a été trouvée.</p>"
    )
    out.append("</section>")

    out.append('<section aria-labelledby="h-themes"><h2 id="h-themes">Prise en compte par thème</h2>')
    out.append(
        "<p>Nombre de demandes par thème et par statut (une demande peut relever de plusieurs thèmes).</p>"
    )
    out.append(_legend())
    out.append(_chart_svg(index.theme_rows()))
    out.append("</section>")

    not_done = [d for d in run.demands if index.status(d.id) == STATUS_NOT]
    out.append(
        f'<section aria-labelledby="h-not"><h2 id="h-not">Demandes non prises en compte ({len(not_done)})</h2>'
    )
    if not_done:
        out.append('<ul class="notdone">')
        positions = {d.id: i for i, d in enumerate(run.demands, start=1)}
        for d in not_done:
            out.append(
                f'<li><q>{_e(d.text)}</q> <small>({_e(_location(d, index))}, '
                f'<a href="#d-{_e(d.id)}">{_e(demand_ref(d, positions[d.id]))}</a>)</small></li>'
            )
        out.append("</ul>")
    else:
        out.append("<p>Toutes les demandes trouvent au moins une action proche.</p>")
    out.append("</section>")

    out.append('<section aria-labelledby="h-docs"><h2 id="h-docs">Documents comparés</h2>')
    out.append("<p><strong>Demandes citoyennes</strong> :</p>" + doc_list("demands"))
    out.append("<p><strong>Actions de la stratégie</strong> :</p>" + doc_list("actions"))
    failures = index.failures()
    if failures:
        out.append("<p><strong>Documents ignorés</strong> (illisibles ou sans unité reconnue) :</p><ul>")
        out.extend(f"<li>{_e(p)} : {_e(msg)}</li>" for p, msg in failures)
        out.append("</ul>")
    out.append("</section>")

    if unmatched:
        out.append(f'<section aria-labelledby="h-unmatched"><h2 id="h-unmatched">{_e(UNMATCHED_TITLE)} '
                   f"({len(unmatched)})</h2>")
        out.append(f"<p>{_e(UNMATCHED_INTRO)}</p><ul>")
        for d in unmatched:
            demand, action, verdict = _unmatched_parts(d)
            doc = getattr(d, "demand_doc", "")
            item = f"<li>décision sans unité correspondante : demande <q>{_e(demand)}</q>"
            if doc:
                item += f" <small>({_e(doc)})</small>"
            item += f", action <q>{_e(action)}</q>" if action else ", « aucune action ne répond »"
            out.append(item + f" — {_e(verdict)}</li>")
        out.append("</ul></section>")

    out.append('<section aria-labelledby="h-detail"><h2 id="h-detail">Détail, demande par demande</h2>')
    out.append(
        "<p>Chaque demande est citée telle qu'écrite par les citoyens, puis suivie de l'analyse "
        "automatique : les actions les plus proches avec leur score (de 0 à 1), leur statut et les "
        "indices qui les relient.</p>"
    )
    out.extend(_demand_html(d, i, index, base_dir) for i, d in enumerate(run.demands, start=1))
    out.append("</section>")

    how = (
        "Seuils utilisés : « pris en compte » à partir d'un score de "
        f"{french_score(t_addressed)}, « partiellement » à partir de {french_score(t_partial)}."
        if t_addressed >= 0 and t_partial >= 0 else ""
    )
    versions = ", ".join(f"{k} {v}" for k, v in run.versions.items())
    out.append('<footer class="meta"><h2>Méthode</h2>')
    if how:
        out.append(f"<p>{_e(how)}</p>")
    out.append(
        "<p>Fichiers de cette analyse : coverage.csv (une ligne par demande), matches.csv (actions "
        "candidates), report.json, settings.json.</p>"
    )
    if versions:
        out.append(f"<p>Versions : {_e(versions)}.</p>")
    out.append("</footer></main></body></html>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- Markdown

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~&])")


def md_escape(text: str) -> str:
    """Backslash-escape Markdown/HTML-sensitive characters so text shows as written."""
    return _MD_SPECIAL.sub(r"\\\1", str(text))


def _md_code(text: str) -> str:
    """Inline code span (ids, paths) so underscores and stars need no escaping."""
    text = str(text)
    return f"`{text}`" if "`" not in text else md_escape(text)


def _md_quote(text: str) -> str:
    return "\n".join("> " + md_escape(line) if line.strip() else ">" for line in text.splitlines() or [""])


def render_markdown(run: MatchRun, labels: Mapping[str, str] = NO_LABELS, unmatched: Sequence[Decision] = ()) -> str:
    """The report as Markdown (same content as the HTML page)."""
    index = _Index(run, labels)
    counts = index.counts()
    total = len(run.demands)
    date = run_date(run.run_id)
    out = [
        "# Ce que les citoyens ont demandé, et ce que la stratégie en a pris en compte",
        "",
        f"Demandes citoyennes : **{md_escape(_titles(index, 'demands'))}**.  ",
        f"Comparées aux actions de : **{md_escape(_titles(index, 'actions'))}**.",
        "",
        f"Analyse n° {md_escape(run.run_id)}" + (f", produite le {date}" if date else "") + ".",
        "",
        "## En bref",
        "",
        f"Sur {total} demande{'s' if total > 1 else ''} citoyenne{'s' if total > 1 else ''}, "
        f"comparée{'s' if total > 1 else ''} à {len(run.actions)} action{'s' if len(run.actions) > 1 else ''} :",
        "",
    ]
    for status in STATUSES:
        out.append(f"- **{status}** : {percent(counts[status], total)} ({counts[status]} sur {total})")
    validated = sum(1 for c in run.coverage if c.validated)
    to_review = sum(1 for c in run.coverage if c.to_review)
    out += ["", SUGGESTIONS_NOTE, "",
            "**Pris en compte** : une action de la stratégie répond à la demande. **Partiellement** : une "
            "action s'en approche sans y répondre entièrement. **Non pris en compte** : aucune action "
            "proche n'a été trouvée."]
    out += review_notes(run, index, unmatched)
    out += ["", "## Prise en compte par thème", "",
            "| Thème | " + " | ".join(STATUSES) + " | Total |", "|---|---:|---:|---:|---:|"]
    for label, c in index.theme_rows():
        out.append(f"| {md_escape(label)} | " + " | ".join(str(c[s]) for s in STATUSES) + f" | {sum(c.values())} |")
    not_done = [d for d in run.demands if index.status(d.id) == STATUS_NOT]
    out += ["", f"## Demandes non prises en compte ({len(not_done)})", ""]
    positions = {d.id: i for i, d in enumerate(run.demands, start=1)}
    for d in not_done:
        out.append(f"- « {md_escape(' '.join(d.text.split()))} » ({md_escape(_location(d, index))}, "
                   f"{md_escape(demand_ref(d, positions[d.id]))})")
    if not not_done:
        out.append("Toutes les demandes trouvent au moins une action proche.")
    out += ["", "## Documents comparés", "", "Demandes citoyennes :", ""]
    out += [f"- {md_escape(index.doc_title(d))} ({_md_code(d)})" for d in index.documents("demands")]
    out += ["", "Actions de la stratégie :", ""]
    out += [f"- {md_escape(index.doc_title(d))} ({_md_code(d)})" for d in index.documents("actions")]
    failures = index.failures()
    if failures:
        out += ["", "Documents ignorés (illisibles ou sans unité reconnue) :", ""]
        out += [f"- {md_escape(p)} : {md_escape(msg)}" for p, msg in failures]
    if unmatched:
        out += ["", f"## {UNMATCHED_TITLE} ({len(unmatched)})", "", UNMATCHED_INTRO, ""]
        for d in unmatched:
            demand, action, verdict = _unmatched_parts(d)
            doc = getattr(d, "demand_doc", "")
            item = f"- décision sans unité correspondante : demande « {md_escape(demand)} »"
            if doc:
                item += f" ({_md_code(doc)})"
            item += f", action « {md_escape(action)} »" if action else ", « aucune action ne répond »"
            out.append(item + f" — {md_escape(verdict)}")
    out += ["", "## Détail, demande par demande", ""]
    for position, d in enumerate(run.demands, start=1):
        cov = index.coverage.get(d.id)
        status = index.status(d.id)
        marks = []
        if index.disputed(d.id):
            marks.append(DISPUTED)
        elif cov is not None and cov.validated:
            marks.append("validé")
        if cov is not None and cov.to_review:
            marks.append("à revoir")
        head = f"### {md_escape(demand_title(d, position, total))} : {status}"
        if marks:
            head += " (" + ", ".join(marks) + ")"
        themes = [theme_label(t, labels) for t in run.themes.get(d.id, ())]
        out += [head, "", "Texte de la demande (citation exacte) :", "", _md_quote(d.text), "",
                f"Source : {md_escape(_location(d, index))}" + (f" — {md_escape(d.heading)}" if d.heading else ""),
                ""]
        out += _md_reviewers(d, index)
        out += ["**Analyse automatique (à vérifier)**", "",
                f"Thèmes : {md_escape(', '.join(themes)) if themes else 'aucun thème reconnu'}", ""]
        if d.state.strip():
            out += [md_escape(published_note(d.state)), ""]
        matches = index.matches.get(d.id, [])
        if not matches:
            out.append("Aucune action candidate.")
        chosen = index.chosen_matches(d.id)
        if chosen:
            out += ["Choisie par les relecteurs :", ""]
            for m in chosen:
                out += _md_match(m, index, cov, bullet="-")
            out.append("")
            if len(chosen) < len(matches):
                out += ["Autres actions proposées par l'outil :", ""]
        chosen_ids = {m.action_id for m in chosen}
        for m in matches:
            if m.action_id not in chosen_ids:
                out += _md_match(m, index, cov, bullet=f"{m.rank}.")
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def _md_match(m: Match, index: _Index, cov: Optional[Coverage], bullet: str) -> list[str]:
    """Lines of one candidate action in the Markdown report."""
    action = index.actions.get(m.action_id)
    text = " ".join(action.text.split()) if action else m.action_id
    ref = action_ref(action) if action else ""
    lead = f"{md_escape(ref)} – " if ref else ""
    mark = index.reviewer_mark(m)
    flags = []
    if cov is not None and cov.validated and cov.best_action_id == m.action_id:
        flags.append("validé")
    if m.near_tie:
        flags.append("quasi ex aequo avec une autre candidate")
    where = f" ({md_escape(_location(action, index))})" if action else ""
    if index.added(m):
        figures = f"{mark} (l'outil ne l'avait pas proposée)"
    elif mark == REVIEWER_PAIR_LABELS["non"]:
        figures = f"score {french_score(m.score)}, {mark}"
    elif mark == DISPUTED:
        figures = f"score {french_score(m.score)}, {pair_label(index.pair_status(m), index.lowered(m))}, {mark}"
    elif mark:
        figures = f"{mark}, proposée par l'outil au rang {m.rank}, score {french_score(m.score)}"
    else:
        figures = f"score {french_score(m.score)}, {pair_label(index.pair_status(m), index.lowered(m))}"
    lines = [f"{bullet} {lead}« {md_escape(text)} »{where} — {figures}" + (f" ({', '.join(flags)})" if flags else "")]
    indent = " " * (len(bullet) + 1)
    if not index.added(m):
        lines.append(f"{indent}{md_escape(evidence_text(m, index.labels, action.state if action else ''))}")
    if action is not None and action.detail.strip():
        lines.append(f"{indent}*{md_escape(DETAIL_LEAD.rstrip(' :'))}* : {md_escape(short_detail(action.detail))}")
    return lines


def _md_reviewers(d: Segment, index: _Index) -> list[str]:
    """The reviewers' section of a demand in the Markdown report ([] when they said nothing)."""
    review = index.review(d.id)
    if review is None:
        return []
    items = []
    for p in review.disputed:
        opinions = " ; ".join(_opinion(x, index) for x in p.decisions if x.decision != "incertain")
        items.append(f"- {DISPUTED} sur {md_escape(index.action_name(p.action_id))} : {md_escape(opinions)}")
    for who, action_id, comment in review.comments:
        items.append(f"- Commentaire du relecteur {md_escape(who)} ({md_escape(index.action_name(action_id))}) : "
                     f"« {md_escape(' '.join(comment.split()))} »")
    for x in review.previous:
        when = french_date(x.time)
        item = (f"- À revoir : décision précédente de {md_escape(x.reviewer or 'relecteur inconnu')}"
                f"{' le ' + when if when else ''} : {md_escape(verdict_text(x))}")
        if x.comment.strip():
            item += f" — commentaire : « {md_escape(' '.join(x.comment.split()))} »"
        items.append(item)
    return ["**Relecture humaine**", "", *items, ""] if items else []


# ---------------------------------------------------------------- run directory


def settings_record(run: MatchRun) -> dict:
    """Content of settings.json."""
    return {"run_id": run.run_id, "date": run_date(run.run_id), "settings": dict(run.settings),
            "versions": dict(run.versions)}


def write_report(run: MatchRun, out_dir: Path, labels: Mapping[str, str] = NO_LABELS,
                 links_from: Optional[Path] = None, unmatched: Sequence[Decision] = ()) -> Path:
    """Write every file of a run directory into ``out_dir`` (created if needed).

    ``links_from`` is the folder the report will finally live in (links to the source
    documents are relative to it; default ``out_dir``). ``unmatched``: stored decisions
    without a matching unit (see the module doc).
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    write_matches_csv(run, out_dir / "matches.csv", labels)
    write_coverage_csv(run, out_dir / "coverage.csv")
    write_units_jsonl(run, out_dir / "units.jsonl")
    base = Path(links_from) if links_from is not None else out_dir
    (out_dir / "report.html").write_text(render_html(run, labels, base, unmatched), encoding="utf-8")
    (out_dir / "report.md").write_text(render_markdown(run, labels, unmatched), encoding="utf-8")
    _write_json(out_dir / "report.json", render_json(run, labels, unmatched))
    _write_json(out_dir / "settings.json", settings_record(run))
    return out_dir


def _write_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")
