"""Match demands to actions: combined score, status per demand, evidence.

The combination is a logistic regression over the signals of :mod:`nlp_stn.features`, whose
weights, calibrated thresholds and cross-validated figures live in ``models/matcher.json``
(JSON, written by ``nlp-stn train``). ``match_units`` scores every demand against every
action block by block and keeps each demand's top-k actions.
"""
from __future__ import annotations

import datetime
import json
import math
import re
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Mapping, Optional, Sequence

import numpy as np

from .errors import MatchError, ModelError
from .features import FEATURE_NAMES, FEATURES_VERSION, iter_blocks, prepare
from .model import (
    STATUS_ADDRESSED,
    STATUS_NOT,
    STATUS_PARTIAL,
    Coverage,
    Evidence,
    Match,
    ProgressFn,
    Segment,
    no_progress,
    threshold_value,
)
from .segment.priors import _REFUSED_SECTION, section_title
from .settings import Settings
from .status import asked_in_all, names_less_asked, names_more_asked, outranked, stated_best, answer_state, status_cap
from .themes import fold, load_lexicon

MATCHER_FILE = "matcher.json"
MATCHER_FORMAT = 1
_REBUILD = "restaurez le fichier du projet (`git checkout models/matcher.json`) ou réentraînez-le avec `nlp-stn train --gold DOSSIER` (dossier d'annotations units.csv + links.csv)"


class Matcher:
    """Logistic regression over pair signals, scikit-learn style, serialisable as JSON.

    Missing signal values (NaN, e.g. sentence vectors switched off) are replaced by the
    training mean, so they contribute nothing to the score.
    """

    def __init__(self, C: float = 1.0, class_weight=None, random_state: int = 0, feature_names=FEATURE_NAMES):
        self.C = C
        self.class_weight = class_weight
        self.random_state = random_state
        self.feature_names = tuple(feature_names)

    def get_params(self, deep: bool = True) -> dict:
        return {
            "C": self.C,
            "class_weight": self.class_weight,
            "random_state": self.random_state,
            "feature_names": self.feature_names,
        }

    def set_params(self, **params) -> "Matcher":
        for k, v in params.items():
            setattr(self, k, v)
        return self

    def _standardise(self, X: np.ndarray) -> np.ndarray:
        X = np.asarray(X, dtype=np.float64)
        X = np.where(np.isnan(X), self.mean_[None, :], X)
        return (X - self.mean_) / self.scale_

    def fit(self, X, y, sample_weight=None) -> "Matcher":
        from sklearn.linear_model import LogisticRegression

        X = np.asarray(X, dtype=np.float64)
        y = np.asarray(y).astype(int)
        if X.ndim != 2 or X.shape[1] != len(self.feature_names):
            raise ValueError(f"X must have {len(self.feature_names)} columns")
        if len(set(y.tolist())) < 2:
            raise ValueError("y must contain both classes")
        self.mean_ = np.nanmean(X, axis=0)
        self.mean_ = np.where(np.isnan(self.mean_), 0.0, self.mean_)
        scale = np.nanstd(X, axis=0)
        self.scale_ = np.where(np.isnan(scale) | (scale < 1e-9), 1.0, scale)
        lr = LogisticRegression(
            C=self.C, class_weight=self.class_weight, random_state=self.random_state, max_iter=2000
        )
        lr.fit(self._standardise(X), y, sample_weight=sample_weight)
        self.coef_ = lr.coef_[0].astype(np.float64)
        self.intercept_ = float(lr.intercept_[0])
        return self

    def decision_function(self, X) -> np.ndarray:
        return self._standardise(X) @ self.coef_ + self.intercept_

    def score_pairs(self, X) -> np.ndarray:
        """Probability of relevance of each row of X."""
        z = np.clip(self.decision_function(X), -50, 50)
        return 1.0 / (1.0 + np.exp(-z))

    def predict_proba(self, X) -> np.ndarray:
        p = self.score_pairs(X)
        return np.column_stack([1.0 - p, p])

    def contributions(self, x: np.ndarray) -> np.ndarray:
        """Each feature's contribution to the logit of one pair (relative to an average pair)."""
        return self.contributions_many(np.asarray(x)[None, :])[0]

    def contributions_many(self, X: np.ndarray) -> np.ndarray:
        """Contributions of each feature (columns) for each pair (rows)."""
        return self._standardise(X) * self.coef_[None, :]

    def to_dict(self) -> dict:
        return {
            "feature_names": list(self.feature_names),
            "coefficients": [float(c) for c in self.coef_],
            "intercept": self.intercept_,
            "feature_mean": [float(v) for v in self.mean_],
            "feature_scale": [float(v) for v in self.scale_],
            "params": {"C": self.C, "class_weight": self.class_weight, "random_state": self.random_state},
        }

    @classmethod
    def from_dict(cls, data: Mapping) -> "Matcher":
        params = data.get("params", {})
        m = cls(
            C=params.get("C", 1.0),
            class_weight=params.get("class_weight"),
            random_state=params.get("random_state", 0),
            feature_names=data["feature_names"],
        )
        n = len(m.feature_names)
        m.coef_ = np.asarray(data["coefficients"], dtype=np.float64)
        m.mean_ = np.asarray(data["feature_mean"], dtype=np.float64)
        m.scale_ = np.asarray(data["feature_scale"], dtype=np.float64)
        m.intercept_ = float(data["intercept"])
        if not (m.coef_.shape == m.mean_.shape == m.scale_.shape == (n,)):
            raise ValueError("coefficient lengths differ from the feature names")
        if not all(math.isfinite(v) for v in [*m.coef_, *m.mean_, *m.scale_, m.intercept_]):
            raise ValueError("non-finite number")
        return m


@dataclass(frozen=True)
class MatcherModel:
    """The content of models/matcher.json, checked."""

    matcher: Matcher
    thresholds: Mapping[str, float]
    version: str
    data: Mapping


def load_model(path: Optional[str | Path] = None, settings: Settings = Settings()) -> MatcherModel:
    """Read models/matcher.json; ModelError naming the file and how to rebuild it."""
    path = Path(path) if path is not None else settings.models_path / MATCHER_FILE
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ModelError(f"modèle d'appariement introuvable : {_REBUILD}.", path=path) from None
    except (OSError, UnicodeDecodeError) as err:
        raise ModelError(f"modèle d'appariement illisible ({err}) : {_REBUILD}.", path=path) from None
    try:
        data = json.loads(raw)
    except ValueError as err:
        raise ModelError(f"modèle d'appariement corrompu (JSON invalide : {err}) : {_REBUILD}.", path=path) from None
    try:
        if not isinstance(data, dict):
            raise ValueError("not an object")
        matcher = Matcher.from_dict(data["model"])
        th = data["thresholds"]
        thresholds = {"addressed": threshold_value(th["addressed"]), "partial": threshold_value(th["partial"])}
        for k in ("same_idea", "close_idea"):
            if k in th:
                thresholds[k] = threshold_value(th[k])
        if not all(0.0 <= v <= 1.0 for v in thresholds.values()):
            raise ValueError("threshold outside [0, 1]")
        features_version = str(data["features_version"])
    except (KeyError, TypeError, ValueError) as err:
        raise ModelError(
            f"modèle d'appariement incomplet ou corrompu ({type(err).__name__}: {err}) : {_REBUILD}.", path=path
        ) from None
    if features_version != FEATURES_VERSION or tuple(matcher.feature_names) != FEATURE_NAMES:
        raise ModelError(
            f"modèle d'appariement construit pour d'autres signaux (version {features_version}, "
            f"attendue {FEATURES_VERSION}) : {_REBUILD}.",
            path=path,
        )
    return MatcherModel(matcher=matcher, thresholds=thresholds, version=str(data.get("version", "")), data=data)


def status_for(score: float, thresholds: Mapping[str, float]) -> str:
    """The status of a demand from its best score."""
    if score >= thresholds["addressed"]:
        return STATUS_ADDRESSED
    if score >= thresholds["partial"]:
        return STATUS_PARTIAL
    return STATUS_NOT


# Evidence of a pair the answering document links itself (Segment.answers)
LINK_SIGNAL = "lien"


# The label of a numbered question (« Question n° 3 », « Question 3 »), whose answer says it
# answers question 3 (« Réponse du Maire à la question n°3 : », see nlp_stn.segment)
_QUESTION_LABEL = re.compile(r"question\s+(?:n°\s*)?(\d{1,3})", re.I)


def demand_number(unit: Segment) -> str:
    """The number a demand has in its document when it is one (a platform's proposal « 101 »,
    also « 101 – envoyée 2 fois à l'identique »; a numbered question « Question n° 3 » -> « 3 »),
    else ""."""
    first = unit.label.split(" ", 1)[0] if unit.label else ""
    if first.isdigit():
        return first
    question = _QUESTION_LABEL.fullmatch(unit.label)
    return question.group(1) if question else ""


def stated_links(demands: Sequence[Segment], actions: Sequence[Segment]) -> set[tuple[int, int]]:
    """(demand index, action index) of the pairs the answering document links itself: the
    action's ``answers`` name the demand's number, and they come from different documents."""
    answered: dict[str, list[int]] = {}
    for a, unit in enumerate(actions):
        for number in unit.answers.split():
            answered.setdefault(number, []).append(a)
    links = set()
    by_id = {unit.id: unit for unit in demands}
    for d, unit in enumerate(demands):
        for a in answered.get(demand_number(unit), ()):
            if actions[a].doc != unit.doc:
                links.add((d, a))
        # a demand labelled « Proposition n° 4 » (or under one) is answered by the units of the
        # section whose heading restates it (« Proposition n°4 – … », « Réponse à la proposition
        # n°4 »): its number alone is too common to link across documents
        parent = by_id.get(unit.parent)
        labelled = _DEMAND_LABEL.fullmatch(fold(unit.label)) or (
            _DEMAND_LABEL.fullmatch(fold(parent.label)) if parent is not None and not unit.label else None)
        if labelled is None or demand_number(unit):
            continue
        restated = re.compile(rf"\b{labelled.group(1)[:6]}\w*\s+(?:n\s*[°º]\s*|no\.?\s*)?{re.escape(labelled.group(2))}(?![\d.]\d)")
        for a in answered.get(labelled.group(2), ()):
            if actions[a].doc != unit.doc and restated.search(fold(actions[a].heading.rsplit(" > ", 1)[-1])):
                links.add((d, a))
    return links


def cites_ticket(text: str, number: str) -> bool:
    """Whether ``text`` cites the ticket ``number`` itself (« (#6) », « #6, #9 »), as release notes
    and roadmaps cite the tickets they answer.

    >>> cites_ticket("Arceaux devant la mairie (#6, #9).", "6"), cites_ticket("Salle #61", "6"), cites_ticket("x", "")
    (True, False, False)
    """
    return bool(number) and re.search(rf"(?<![\w&#/])#{re.escape(number)}\b", text) is not None


def stated_in_part(states: Sequence[str]) -> bool:
    """Whether the actions the answering document itself links to a demand (their states, see
    :func:`stated_links`) keep a part of it and turn a part down: one of them dropped or refused
    (« non retenue », see :func:`nlp_stn.status.status_cap`) and one not, as release notes cite a
    ticket under « Ajouté » and again under « Abandonné ».

    >>> stated_in_part(["Réalisée", "non retenue"]), stated_in_part(["Réalisée", ""]), stated_in_part(["non retenue"])
    (True, False, False)
    """
    refused = {status_cap(state) == STATUS_NOT for state in states}
    return refused == {True, False}


def answered_elsewhere(demands: Sequence[Segment], actions: Sequence[Segment],
                       links: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """(demand index, action index) of the pairs an answer that goes through numbered demands one
    by one rules out: the demand is numbered (:func:`demand_number` or a label « Recommandation
    n° 11 »), its document's demands are linked by number to the action's document (see
    :func:`stated_links`), and the action says it answers other numbers (« Sur la recommandation
    n° 10 : … »), not this one."""
    paired = {(demands[d].doc, actions[a].doc) for d, a in links}
    answering = [(a, action.doc) for a, action in enumerate(actions) if action.answers]
    out = set()
    if not paired or not answering:
        return out
    by_id = {unit.id: unit for unit in demands}
    for d, unit in enumerate(demands):
        # (or a demand under one so labelled, as stated_links reads it)
        parent = by_id.get(unit.parent) if not unit.label else None
        if not (demand_number(unit) or _DEMAND_LABEL.fullmatch(fold(unit.label))
                or (parent is not None and _DEMAND_LABEL.fullmatch(fold(parent.label)))):
            continue
        out.update((d, a) for a, doc in answering if (unit.doc, doc) in paired and (d, a) not in links)
    return out


# The label of a numbered demand (« Proposition n° 4 », « Recommandation 2.3 »), folded
_DEMAND_LABEL = re.compile(r"(propos|recomm|precon|demand|voeu)\w*\s+(?:n\s*[°º]\s*|no\.?\s*)?(\d{1,3}(?:\.\d{1,2})?)")


# A refusal scored this close to the best candidate, itself close enough to take the demand into
# account, names the very thing asked and turns it down: the authority's answer, though the action
# beside it (often the other way it chose) scores a hair higher
REFUSAL_TIE = 0.03


def refusal_first(ranked: Sequence[tuple[Segment, float]], thresholds: Mapping[str, float],
                  demand_text: str = "") -> list[tuple[Segment, float]]:
    """``ranked`` with its first refusal (an action its document turns down: « non retenue »,
    see :func:`nlp_stn.status.status_cap`) moved to the top when its score is within
    ``REFUSAL_TIE`` of the best one's and gives « pris en compte » by itself; not when the best
    action names more of the demand (``demand_text``) than the refusal (:func:`names_less_asked`:
    « Pas de wifi au gymnase » beside « Du wifi au parc », for « du wifi au parc »: the refusal
    turns down another thing)."""
    ranked = list(ranked)
    for i, (action, score) in enumerate(ranked[1:], start=1):
        if ranked[0][1] - score > REFUSAL_TIE:
            break
        if (status_cap(action.state) == STATUS_NOT and status_for(score, thresholds) == STATUS_ADDRESSED
                and not names_less_asked(demand_text, action.text, ranked[0][0].text)):
            return [ranked[i]] + ranked[:i] + ranked[i + 1:]
    return ranked


# At most this many characters between two sentences of one answer (a space, a line break)
ANSWER_GAP = 2


def refused_in_part(ranked: Sequence[tuple[Segment, float]], refusal: int) -> bool:
    """Whether the refusal ranked at ``refusal`` turns down a part of an answer only: a sentence
    of the same answer, ranked below it, is kept in part (« Un exercice sera organisé en 2028. » /
    « Sa reconduction chaque année n'est pas prévue. »: « Retenue en partie », « non retenue »).
    The same answer: the sentences of the candidates that follow one another in the document,
    under the same heading, at most ``ANSWER_GAP`` characters apart (another answer of the same
    section is not this one)."""
    refused = ranked[refusal][0]
    if not refused.heading or refused.end <= refused.start:
        return False  # no heading or no place in the document: no answer to find it in
    same = sorted((a for a, _ in ranked if a.doc == refused.doc and a.heading == refused.heading),
                  key=lambda a: a.start)
    at = next(i for i, a in enumerate(same) if a is refused)
    lo = hi = at
    while lo > 0 and 0 <= same[lo].start - same[lo - 1].end <= ANSWER_GAP:
        lo -= 1
    while hi + 1 < len(same) and 0 <= same[hi + 1].start - same[hi].end <= ANSWER_GAP:
        hi += 1
    below = {id(a) for a, _ in ranked[refusal + 1:]}
    return any(id(a) in below and status_cap(a.state) == STATUS_PARTIAL for a in same[lo:hi + 1])


def kept_in_sibling_section(ranked: Sequence[tuple[Segment, float]], found: Sequence[str], refusal: int,
                            demand_text: str) -> bool:
    """Whether the refusal ranked at ``refusal`` turns down one part of the demand while the
    candidate right below it keeps another, in a sibling section of the same measure: a
    scheme's « Dépenses inéligibles » beside its « Types d'opérations éligibles » (the two
    headings differ by their last part only, in the same document, the refusal's naming what the
    measure turns down, see segment.priors._REFUSED_SECTION: not the answer to another demand
    beside this one's), the kept candidate not
    refused, giving at least « partiellement » (``found``, its score's status) and naming a
    thing the demand asks for that the refusal does not (see
    :func:`nlp_stn.status.names_more_asked`: for « un magasin de producteurs avec un atelier de
    découpe », the shop kept, the cutting room excluded)."""
    below = refusal + 1
    if below >= len(ranked) or found[below] == STATUS_NOT:
        return False
    refused, kept = ranked[refusal][0], ranked[below][0]
    if (kept.doc != refused.doc or status_cap(kept.state) == STATUS_NOT or kept.heading == refused.heading
            or " > " not in refused.heading or " > " not in kept.heading):
        return False
    section, title = refused.heading.rsplit(" > ", 1)
    return (section == kept.heading.rsplit(" > ", 1)[0] and bool(_REFUSED_SECTION.match(section_title(title)))
            and names_more_asked(demand_text, refused.text, kept.text))


# A sentence offering something instead, right after a refusal (« Je vous propose en revanche … »,
# « Le service orientera toutefois … », « … plutôt … », « à la place »), folded
_COUNTER_OFFER = re.compile(r"\b(?:en revanche|par contre|toutefois|cependant|neanmoins|plutot|a la place"
                            r"|(?:je|nous) vous propos\w*)\b")
# A refusal of a part only, the rest granted in the sentence before it: opened by a contrast (« En
# revanche, nous ne pourrons pas … ») or by the place or part it turns down (« Sur la place du
# marché, ce ne sera pas possible », « Au stade, je ne peux pas … », « Non pour le dimanche : … »), folded
_PART_REFUSED = re.compile(r"(?:en revanche|par contre|mais)\b|non pour\b[^,:;.]{1,60}[:,]"
                           r"|(?:sur|a|au|aux|dans)\s[^,:;.]{1,60},")


def refused_with_offer(ranked: Sequence[tuple[Segment, float]], refusal: int, demand_text: str) -> bool:
    """Whether the refusal ranked at ``refusal`` comes, in the same answer, with a deed for the same
    demand: a candidate sentence right after it (same document and heading, at most ``ANSWER_GAP``
    characters apart, not itself refused) offers something instead (_COUNTER_OFFER) and names a
    word of the demand that the refusal names too (« Au stade, je ne peux pas installer de wifi. » /
    « Je vous propose en revanche un point d'accès qui couvrira le stade. »); or the refusal turns
    down a part only (_PART_REFUSED), or the candidate sentence right before it gives the demand in
    part (« Oui, en partie : … », see :func:`nlp_stn.status.answer_state`), and that sentence names a
    word of the demand (« Une borne de recharge sera installée à la mairie. » / « Sur la place, ce ne
    sera pas possible. »). A sentence offering another thing (naming nothing the refusal turns down) is
    not an answer to this demand."""
    refused = ranked[refusal][0]
    if refused.end <= refused.start:
        return False
    part = bool(_PART_REFUSED.match(fold(refused.text).strip()))
    for action, _ in ranked:
        if (action is refused or action.doc != refused.doc or action.heading != refused.heading
                or action.end <= action.start or status_cap(action.state) == STATUS_NOT):
            continue
        if (0 <= action.start - refused.end <= ANSWER_GAP and _COUNTER_OFFER.search(fold(action.text))
                and asked_in_all(demand_text, refused.text, action.text)):
            return True
        if (0 <= refused.start - action.end <= ANSWER_GAP and asked_in_all(demand_text, action.text)
                and (part or status_cap(answer_state(action.text, action.state, demand_text, action.detail))
                     == STATUS_PARTIAL)):
            return True
    return False


def refusal_status(status: str, best: Optional[int], refusal: Optional[int], ranked: Sequence[tuple[Segment, float]],
                   found: Sequence[str], demand_text: str) -> str:
    """A demand's status (from :func:`nlp_stn.status.stated_best`) once the refusal ranked at
    ``refusal`` is weighed: « partiellement » instead of « non pris en compte » when the same
    answer keeps another part (:func:`refused_in_part`) or the candidate below it, in a sibling
    section of the same measure, keeps another (:func:`kept_in_sibling_section`) or the sentence
    right after it offers something instead for the same thing, or right before it grants the
    rest of what it turns down in part (:func:`refused_with_offer`), or the candidate right below
    it, in the same answer, does another part of the demand (:func:`kept_beside_refusal`); « partiellement »
    instead of « pris en compte » when a refusal right below the best action, beside it in the
    same answer, turns down another part (:func:`refused_beside_kept`). Used by the matching and
    by the review when a reviewer rejects the best action."""
    if refusal is None:
        return status
    if status == STATUS_NOT and (refused_in_part(ranked, refusal)
                                 or kept_in_sibling_section(ranked, found, refusal, demand_text)
                                 or refused_with_offer(ranked, refusal, demand_text)
                                 or kept_beside_refusal(ranked, found, refusal, demand_text)):
        return STATUS_PARTIAL  # the answer (or the measure) turns a part down and keeps the rest or offers another
    if status == STATUS_ADDRESSED and refused_beside_kept(ranked, best, refusal, demand_text):
        return STATUS_PARTIAL  # the answer keeps a part and turns down another
    return status


# At most this many characters between a refusal and the deed beside it in one answer: a
# sentence between them at most (« Là, nous n'avons pas la main : une antenne, … » / « Ce que nous
# pouvons faire, c'est … » / « Une campagne de mesures sera menée … »)
REFUSAL_BESIDE_GAP = 200


def refused_beside_kept(ranked: Sequence[tuple[Segment, float]], best: int, refusal: int, demand_text: str) -> bool:
    """Whether the refusal ranked at ``refusal``, right below the action ranked at ``best``,
    turns down another part of the same answer (:func:`beside_in_answer`: the same heading or
    the action's own title, at most ``REFUSAL_BESIDE_GAP`` characters away): it names a thing the
    demand asks for (a word of five letters or more) that the action does not (« Là, nous n'avons
    pas la main : une antenne, c'est la décision de l'opérateur. » then « Une campagne de mesures
    sera menée cet hiver. », for « mesurer la couverture et demander une antenne »: the
    measurement kept, the antenna turned down; see :func:`nlp_stn.status.names_more_asked`)."""
    if best is None or refusal != best + 1:
        return False
    kept, refused = ranked[best][0], ranked[refusal][0]
    return beside_in_answer(kept, refused) and names_more_asked(demand_text, kept.text, refused.text)


def beside_in_answer(kept: Segment, refused: Segment) -> bool:
    """Whether the refusal ``refused`` stands in the same answer as the action ``kept``, at most
    ``REFUSAL_BESIDE_GAP`` characters before or after it in the same document: under the same
    heading, or under the action's own title (a plan's « Action 1.1 – Du wifi à la bibliothèque »
    over « La place n'est pas retenue à ce stade. »: the heading above the refusal is the action's
    heading, then a title ending with the action's text)."""
    if (kept.doc != refused.doc or not refused.heading or kept.end <= kept.start or refused.end <= refused.start):
        return False
    if kept.heading != refused.heading:
        section, _, title = refused.heading.rpartition(" > ")
        if not kept.heading or section != kept.heading or not fold(title).strip().endswith(fold(kept.text).strip()):
            return False
    gap = max(kept.start - refused.end, refused.start - kept.end)
    return 0 <= gap <= REFUSAL_BESIDE_GAP


def kept_beside_refusal(ranked: Sequence[tuple[Segment, float]], found: Sequence[str], refusal: int,
                        demand_text: str) -> bool:
    """Whether the refusal ranked at ``refusal`` turns down one part of the demand while the
    candidate right below it, in the same answer (:func:`beside_in_answer`), not refused and close
    enough to answer it (``found``, its score's status), does another: each names a thing the
    demand asks for that the other does not (« Le suivi de chaque signalement n'est pas prévu. »
    beside « Un module de signalement avec photo sera ajouté. », for « le signalement avec photo
    et le suivi du signalement »; see :func:`nlp_stn.status.names_more_asked`). A deed naming
    nothing more than the refusal (the other way the authority chose) leaves the refusal the
    answer; so does a deed offered instead (« Nous relaierons en revanche … », weighed by
    :func:`refused_with_offer`) and a refusal that is a measure of its own (an action « Abandonnée »
    in a follow-up table, beside the next measure)."""
    below = refusal + 1
    if below >= len(ranked) or found[below] == STATUS_NOT:
        return False
    refused, kept = ranked[refusal][0], ranked[below][0]
    if refused.kind == "action" or _COUNTER_OFFER.search(fold(kept.text)):
        return False  # a measure of its own turned down (a follow-up table's row), or an offer instead
    return (status_cap(kept.state) != STATUS_NOT and beside_in_answer(kept, refused)
            and names_more_asked(demand_text, kept.text, refused.text)
            and names_more_asked(demand_text, refused.text, kept.text))


def _coverage(demand_id: str, ranked: Sequence[tuple[Segment, float]], thresholds: Mapping[str, float],
              own: str = "", demand_text: str = "", near_tie: float = Settings.near_tie,
              unrelated: Sequence[bool] = (), incidental: Sequence[bool] = ()) -> Coverage:
    """A demand's status from its ranked candidates: the best status any of them gives, each
    one's status lowered to what its document says of it (an action « Non retenue » or
    « Abandonnée » answers nothing, one « Retenue en partie » or « Reportée » answers in part:
    :func:`nlp_stn.status.status_cap`); its best action is the first candidate giving it. A
    refusal close enough to answer the demand is the authority's answer to it: candidates
    ranked below it give nothing, and the demand answered by it keeps it as its best action
    (the reader sees why it is not taken into account); « partiellement » when the same answer
    keeps another part (see :func:`refused_in_part`) or the candidate below it, in a sibling
    section of the same measure, keeps another (see :func:`kept_in_sibling_section`), and when a refusal ranked right below the
    best action, beside it in the same answer, turns down another part of the demand (see
    :func:`refused_beside_kept`), or a deed right below a refusal ranked first does another part
    (see :func:`kept_beside_refusal`). ``own``: what the authority published
    with the demand itself (see :func:`nlp_stn.status.stated_best`); an action that is only a
    study, gives less of a thing than the demand asks or sets aside what it asks for another way
    (« plutôt que de … »), answers it at most in part (``demand_text``, see
    :func:`nlp_stn.status.answer_state`). A candidate scoring more than ``near_tie`` below the
    first one answers it at most in part (:func:`nlp_stn.status.outranked`). A candidate
    ``unrelated`` to the demand (sharing none of its words, see
    :meth:`nlp_stn.features.FeatureSpace.related`) answers nothing unless it ranks first and its
    score alone takes the demand into account: ranked by a concept or a theme of the lexicon only
    (« FALC » and « RGAA », both accessibility), a weaker score, or one below a candidate sharing
    the demand's words, does not say it names the very thing asked. A candidate ``incidental`` to
    it (sharing only the place where the demand wants its thing, or a light verb, see
    :meth:`nlp_stn.features.FeatureSpace.incidental`) answers nothing, whatever its score."""
    weak = {id(action) for (action, _), u in zip(ranked, unrelated) if u}
    aside = {id(action) for (action, _), u in zip(ranked, incidental) if u}
    ranked = refusal_first(ranked, thresholds, demand_text)
    found = outranked([status_for(score, thresholds) for _, score in ranked], [score for _, score in ranked], near_tie)
    found = [STATUS_NOT if id(action) in aside
             or (id(action) in weak and (i or status_for(score, thresholds) != STATUS_ADDRESSED)) else f
             for i, (f, (action, score)) in enumerate(zip(found, ranked))]
    status, best, refusal = stated_best([(f, answer_state(action.text, action.state, demand_text, action.detail))
                                         for f, (action, score) in zip(found, ranked)], own)
    status = refusal_status(status, best, refusal, ranked, found, demand_text)
    chosen = best if best is not None else refusal
    if chosen is None:
        return Coverage(demand_id=demand_id, status=status, best_action_id="",
                        score=round(ranked[0][1] if ranked else 0.0, 4))
    action, score = ranked[chosen]
    return Coverage(demand_id=demand_id, status=status, best_action_id=action.id, score=round(score, 4))


HEADED_MIN = 2  # demands a demand heads for its status to be theirs (see headed_statuses)


def headed_statuses(demands: Sequence[Segment], coverage: Sequence[Coverage]) -> list[Coverage]:
    """The statuses of ``coverage`` (one per demand, in the order of ``demands``), a demand labelled
    by a word that heads at least HEADED_MIN others (« Proposition 1 : un territoire raccordé »
    over the items that say what it asks, their parent) taking theirs: « pris en compte » or
    « non pris en compte » when they all have it, else « partiellement ». Its best action stays
    its own: the title alone only names what its items ask."""
    status_of = {c.demand_id: c.status for c in coverage}
    # a title labelled by a word (« Proposition 1 : … », « Thème B – … »), not a sentence whose parts
    # were read apart (« Mesurer la fréquentation sans … : pas de caméras …, pas de suivi … ») nor
    # a numbered demand over the next ones that the reading put below it (« 11. Mesurer … »)
    titles = {d.id for d in demands if re.search(r"[^\W\d_]", d.label)}
    heads: dict[str, list[str]] = {}
    for demand in demands:
        if demand.parent in titles and demand.parent in status_of and demand.id in status_of:
            heads.setdefault(demand.parent, []).append(status_of[demand.id])
    out = []
    for c in coverage:
        below = heads.get(c.demand_id, [])
        if len(below) >= HEADED_MIN:
            status = below[0] if len(set(below)) == 1 and below[0] != STATUS_PARTIAL else STATUS_PARTIAL
            c = replace(c, status=status)
        out.append(c)
    return out


@dataclass(frozen=True)
class MatchResult:
    matches: tuple[Match, ...]
    coverage: tuple[Coverage, ...]
    themes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    thresholds: Mapping[str, float] = field(default_factory=dict)
    versions: Mapping[str, str] = field(default_factory=dict)


def _check_units(units: Sequence[Segment], side: str) -> None:
    if not units:
        what = "demande" if side == "demands" else "action"
        raise MatchError(
            f"aucune {what} à apparier : vérifiez que les fichiers donnés contiennent des unités "
            f"({'recommandations' if side == 'demands' else 'actions'}) ou passez un tableau avec les colonnes id et text."
        )
    seen: set[str] = set()
    dups = []
    for u in units:
        if u.id in seen:
            dups.append(u.id)
        seen.add(u.id)
    if dups:
        where = sorted({u.doc for u in units if u.id in set(dups)})
        raise MatchError(
            f"identifiants d'unités en double ({', '.join(sorted(set(dups))[:5])}) dans "
            f"{', '.join(where) or 'les unités données'} : chaque unité doit avoir un id unique.",
            path=where[0] if len(where) == 1 else None,
        )


def top_signals(matcher: Matcher, X: np.ndarray) -> np.ndarray:
    """Index of the signal that argues most for each pair (rows of X): the largest
    contribution among signals with a positive weight. A signal with a negative weight
    (e.g. text resemblance once the others are known) only argues against a match, so a
    low value of it is never shown as the reason for one."""
    contrib = matcher.contributions_many(X)
    positive = matcher.coef_ > 0
    if positive.any():
        contrib = np.where(positive[None, :], contrib, -np.inf)
    return np.argmax(contrib, axis=1)


def thresholds_for(model: MatcherModel, settings: Settings) -> dict[str, float]:
    """Calibrated thresholds, unless the settings override them."""
    th = dict(model.thresholds)
    if settings.threshold_addressed >= 0:
        th["addressed"] = threshold_value(settings.threshold_addressed)
    if settings.threshold_partial >= 0:
        th["partial"] = threshold_value(settings.threshold_partial)
    if th["partial"] > th["addressed"]:
        th["partial"] = th["addressed"]
    return {"addressed": th["addressed"], "partial": th["partial"]}


def match_units(
    demands: Sequence[Segment],
    actions: Sequence[Segment],
    settings: Settings = Settings(),
    progress: ProgressFn = no_progress,
    context_units: Sequence[Segment] = (),
    timings: Optional[dict] = None,
) -> MatchResult:
    """Top-k actions of every demand with scores, evidence and status.

    ``context_units`` may hold other units of the same documents (parents of the demands or
    actions) so their texts serve as context. ``timings``, when given, receives the seconds
    spent per signal and stage (for benchmarks).
    """
    _check_units(demands, "demands")
    _check_units(actions, "actions")
    overlap = {u.id for u in demands} & {u.id for u in actions}
    model = load_model(settings=settings)
    lexicon = load_lexicon(settings.models_path / "themes.toml")
    thresholds = thresholds_for(model, settings)
    space = prepare(demands, actions, settings, lexicon, progress, context_units=context_units)
    k = min(settings.top_k, len(actions))
    t_score = 0.0
    matches: list[Match] = []
    coverage: list[Coverage] = []
    names = model.matcher.feature_names
    self_index = {}
    if overlap:  # a unit is never its own answer
        where = {u.id: i for i, u in enumerate(actions)}
        self_index = {d: where[u.id] for d, u in enumerate(demands) if u.id in overlap}
    links = stated_links(demands, actions)
    elsewhere = answered_elsewhere(demands, actions, links)
    linked: dict[int, list[int]] = {}  # a demand's index -> the actions its answering document links to it
    for d, a in sorted(links):
        linked.setdefault(d, []).append(a)
    for start, stop, X in iter_blocks(space, settings.block_size):
        b, n, f = X.shape
        t0 = time.perf_counter()
        scores = model.matcher.score_pairs(X.reshape(b * n, f)).reshape(b, n)
        for d, a in self_index.items():
            if start <= d < stop:
                scores[d - start, a] = -1.0
        raw = scores.copy()  # the scores before the document's own links raise them
        for d, a in links:
            if start <= d < stop:
                # the answering document says this action answers this demand (a platform's
                # result naming its proposals): at least « pris en compte », as the authority
                # states it (its stated fate may still lower the status)
                scores[d - start, a] = max(scores[d - start, a], thresholds["addressed"])
        for d, a in elsewhere:
            if start <= d < stop:
                # the answering document says this action answers another of the numbered demands
                # it answers one by one: below « partiellement » for this one
                scores[d - start, a] = min(scores[d - start, a], thresholds["partial"] - 0.001)
        top = np.argpartition(-scores, k - 1, axis=1)[:, :k] if k < n else np.tile(np.arange(n), (b, 1))
        # stable order: score descending, then action order
        top_scores = np.take_along_axis(scores, top, axis=1)
        order = np.lexsort((top, -top_scores), axis=1)
        top = np.take_along_axis(top, order, axis=1)
        top_scores = np.take_along_axis(top_scores, order, axis=1)
        rows = np.repeat(np.arange(b), k)
        Xtop = X[rows, top.ravel()]  # (b*k, f)
        best_signal = top_signals(model.matcher, Xtop).reshape(b, k)
        values = np.round(Xtop.astype(np.float64), 4).reshape(b, k, f).tolist()
        # a near tie matters where the ranking decides the answer: between candidates close
        # enough to answer the demand (the higher one at or above the "partial" threshold)
        gaps = (np.abs(np.diff(top_scores, axis=1)) <= settings.near_tie) & (top_scores[:, :-1] >= thresholds["partial"])
        near = np.zeros((b, k), dtype=bool)
        near[:, 1:] |= gaps
        near[:, :-1] |= gaps
        for r in range(b):
            d = start + r
            picked = [int(a) for a, sc in zip(top[r], top_scores[r]) if sc >= 0]
            for rank, a in enumerate(picked, start=1):
                signals = {name: v for name, v in zip(names, values[r][rank - 1]) if v == v}
                matches.append(
                    Match(
                        demand_id=demands[d].id,
                        action_id=actions[a].id,
                        rank=rank,
                        score=round(float(top_scores[r, rank - 1]), 4),
                        evidence=Evidence(
                            shared_lemmas=space.shared_lemmas(d, a),
                            shared_themes=tuple(t for t in space.demands.themes[d] if t in space.actions.ctx_themes[a]),
                            top_signal=(LINK_SIGNAL if (d, a) in links
                                        else names[int(best_signal[r, rank - 1])]),
                            signals=signals,
                        ),
                        near_tie=bool(near[r, rank - 1]),
                    )
                )
            kept = [(int(a), float(sc)) for a, sc in zip(top[r], top_scores[r]) if sc >= 0]
            covered = _coverage(demands[d].id, [(actions[a], sc) for a, sc in kept], thresholds,
                                demands[d].state, demands[d].text, settings.near_tie,
                                [(d, a) not in links and not space.related(d, a) for a, _ in kept],
                                [(d, a) not in links and space.incidental(d, a) for a, _ in kept])
            if covered.status != STATUS_PARTIAL and stated_in_part(
                    [actions[a].state for a in linked.get(d, ())
                     if raw[r, a] >= thresholds["partial"] and cites_ticket(actions[a].text, demand_number(demands[d]))]):
                # the answering document links the demand to an action it keeps and to one it turns
                # down, each citing its ticket (« (#6) »), both close enough to it by their words
                # (not the parts of a ticket asking two things, each answered apart): it takes the
                # demand in part, whichever ranks first. Not the units of a section answering a
                # numbered demand, whose sentences may explain a refusal or offer something else
                covered = replace(covered, status=STATUS_PARTIAL)
            coverage.append(covered)
        t_score += time.perf_counter() - t0
        progress("appariement", stop, space.n_demands)
    if timings is not None:
        timings.update(space.timings)
        timings["score, top-k, preuves"] = t_score
    themes = {}
    for i, uid in enumerate(space.demands.ids):
        themes[uid] = space.demands.themes[i]
    for i, uid in enumerate(space.actions.ids):
        themes.setdefault(uid, space.actions.themes[i])
    return MatchResult(
        matches=tuple(matches),
        coverage=tuple(headed_statuses(demands, coverage)),
        themes=themes,
        thresholds=thresholds,
        versions={"matcher": model.version, "features": FEATURES_VERSION, "themes": lexicon.version},
    )


def now_iso() -> str:
    return datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat()
