"""Shared pieces of every report: column lists, French labels of statuses, signals and pairs,
thresholds and pair statuses, how demands and actions are cited, scores, review notes and the
records of decisions without a matching unit."""
from __future__ import annotations

import functools
import re
from types import MappingProxyType
from typing import Mapping, Optional, Sequence

from ..model import (
    Decision,
    STATUS_ADDRESSED,
    STATUS_NOT,
    STATUS_PARTIAL,
    STATUSES,
    Coverage,
    Match,
    MatchRun,
    Segment,
    shown_score,
)
from ..review import DISPUTED, DemandReview
from ..status import capped_status, status_cap


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


def thresholds(run: MatchRun) -> tuple[float, float]:
    """(addressed, partial) thresholds used by the run (negative when unknown)."""

    def value(name: str) -> float:
        try:
            return float(run.settings.get(name, -1.0))
        except (TypeError, ValueError):
            return -1.0

    return value("threshold_addressed"), value("threshold_partial")


def pair_status(run: MatchRun, match: Match, coverage: Optional[Coverage] = None, state: str = "",
                cap: bool = True) -> str:
    """Status of one (demand, action) pair: a human decision on the demand's best action
    wins; otherwise the score against the run's thresholds, lowered to what the action's
    document says of it (``state``, see :func:`nlp_stn.status.status_cap`), and, with ``cap``,
    never above the demand's own status (``coverage``): no action answers a demand more than the
    demand is answered (a candidate the status rules set aside, sharing only a theme or the place
    asked, does not say « y répond en partie » under a demand « non pris en compte »)."""
    if coverage is not None and coverage.validated and coverage.best_action_id == match.action_id:
        return coverage.status
    t_addressed, t_partial = thresholds(run)
    if t_addressed < 0 or t_partial < 0:
        if coverage is not None and coverage.best_action_id == match.action_id:
            return coverage.status
        return ""
    if match.score >= t_addressed:
        status = capped_status(STATUS_ADDRESSED, state)
    elif match.score >= t_partial:
        status = capped_status(STATUS_PARTIAL, state)
    else:
        return STATUS_NOT
    if (cap and coverage is not None and coverage.status in STATUSES
            and STATUSES.index(coverage.status) > STATUSES.index(status)):
        return coverage.status
    return status


@functools.lru_cache(maxsize=1)
def _signal_labels() -> Mapping[str, str]:
    labels = dict(SIGNAL_LABELS)
    try:  # the matcher's own French names win
        from ..features import FRENCH_SIGNAL_NAMES
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
    does to the demand's status (:func:`nlp_stn.status.status_cap`)."""
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


# A pair its demand's own status caps (see pair_status): its score alone would say more, but the
# status rules found the action answers the demand less (it shares only a theme or the place asked,
# it is a study, it gives less than asked…): said so, not « trop éloignée »
CAPPED_LABELS = {
    STATUS_NOT: "proche par le score, mais n'y répond pas (voir le statut de la demande)",
    STATUS_PARTIAL: "y répond en partie au plus (voir le statut de la demande)",
}


def pair_label(status: str, lowered: bool = False, capped: bool = False) -> str:
    """How a pair's status is said beside its action: lowered by the action's stated fate
    (STATED_LABELS), capped by its demand's status (CAPPED_LABELS), or as its score says."""
    if lowered and status in STATED_LABELS:
        return STATED_LABELS[status]
    if capped and status in CAPPED_LABELS:
        return CAPPED_LABELS[status]
    return PAIR_LABELS.get(status, status or "sans statut")


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
