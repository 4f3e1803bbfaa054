"""Plain frozen dataclasses passed between the stages.

extract -> Document (blocks with offsets into the cleaned text)
segment -> Segment (units: recommendations, actions, ...)
match   -> Match (one demand, one candidate action, with evidence) and Coverage (a demand's status)
review  -> Decision (a reviewer's verdict on a pair)
"""
from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Mapping, Optional, Sequence

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

# An action's stated fate (Segment.state, folded to lower case without accents): turned down
# or dropped answers nothing; kept in part, postponed or suspended answers at most in part.
_REFUSED_STATE = re.compile(
    r"^(?:non\b(?!\s+(?:demarre|commence|lance|engage|debute|initie)e?s?\b)|refus|rejet|reject|abandon|defavorable|pas\s+retenu"
    r"|annule|supprime|retire|sans\s+suite|irrecevable|ecarte|fusionne)")
# ... of which an action merged into another (« Fusionnée », as the reader writes « fusionnée avec
# l'action 2.4 », « intégrée à la mesure 3 ») answers nothing itself but turns nothing down: the
# action it joined may answer (« Intégrée au plan » alone says a demand was kept: no cap)
_MOVED_STATE = re.compile(r"^fusionne")
_PARTIAL_STATE = re.compile(
    r"^(?:(?:retenue?s?|accepte(?:e|es|s)?|favorable|oui)\s+(?:en\s+partie|partiellement|sous\s+reserve"
    r"|avec\s+(?:des\s+|quelques\s+)?reserves?)"
    r"|partiel|en\s+partie|report|suspendu|differe|ajourne|gele|en\s+attente|en\s+suspens|favorable\s+sous"
    # an opinion with reservations (« Avis réservé ») or a demand put to study (« À l'étude », « En cours
    # d'étude »): nothing delivered yet, at most in part
    r"|reserve\b|a\s+etudier|(?:en\s+cours\s+d['’]?\s*|a\s+l['’]?\s*|sous\s+)etude"
    # (« Étude » alone in a column of fates, « Renvoyée à une étude », « Renvoi à l'étude »)
    r"|etudes?$|(?:renvoyee?s?|renvoi)\s+(?:a|en)\s+(?:une\s+|l['’]?\s*)?etudes?\b"
    # a measure asking another body to act (« Demandée à un tiers »): advocacy, not delivery
    r"|demandee?s?\s+a\s+(?:un\s+tiers|des\s+tiers))")


def _unaccented(text: str) -> str:
    """``text`` in ASCII, its case kept: accents dropped, and any other character without an ASCII
    form (« ’ », « œ ») with them."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _fold_state(state: str) -> str:
    """``state`` in lower case without accents nor a leading bullet (« Fusionnée » -> « fusionnee »)."""
    folded = " ".join(_unaccented(state).lower().split())
    return folded.lstrip("-–—•*: ")


def status_cap(state: str) -> str:
    """The best status an action whose document states ``state`` can give a demand:
    « non pris en compte » when it was turned down or dropped (« Non retenue »,
    « Abandonnée », « Retirée », « Avis défavorable »), « partiellement » when it was kept in part,
    postponed or suspended (« Retenue en partie », « Reportée en 2028 ») or asked of another
    body (« Demandée à un tiers »), otherwise « pris en compte » (« Réalisée », « En cours »,
    « Non démarrée »: still in the plan, or nothing said).

    >>> status_cap("Non retenue"), status_cap("Retenue en partie"), status_cap("En cours"), status_cap("")
    ('non pris en compte', 'partiellement', 'pris en compte', 'pris en compte')
    """
    folded = _fold_state(state)
    if folded.startswith("avis "):  # « Avis défavorable »
        folded = folded[len("avis "):]
    if not folded:
        return STATUS_ADDRESSED
    if _REFUSED_STATE.match(folded):
        return STATUS_NOT
    if _PARTIAL_STATE.match(folded):
        return STATUS_PARTIAL
    return STATUS_ADDRESSED


def capped_status(status: str, state: str) -> str:
    """``status`` lowered to what the action's stated fate allows (:func:`status_cap`)."""
    cap = status_cap(state)
    return status if STATUSES.index(status) >= STATUSES.index(cap) else cap


# A thing stated as under study or reflection, its subject first (« La collecte des biodéchets est à
# l'étude avec le syndicat », « Le portage foncier est en réflexion », « … sont en cours d'étude »);
# not « n'est plus à l'étude », « n'est pas en réflexion »
UNDER_STUDY = (r"[^;:.!?]{3,150}?\b(?:est|sont)\s+(?:encore\s+|aujourd['’]hui\s+)?"
               r"(?:[àa]\s+l['’]\s*[ée]tude|en\s+(?:cours\s+d['’]\s*)?(?:r[ée]flexion|[ée]tude))")
# An action that is only a study of what a demand asks (« Étude de programmation d'un
# tiers-lieu », « Étude d'opportunité d'une unité mobile », « Lancer une étude sur … »): nothing
# is delivered yet, the demand is answered at most in part, unless it asks for a study itself
_STUDY_ACTION = re.compile(
    r"^\W*(?:(?:\d{1,2}(?:\.\d{1,2})*|[a-z])\s*[.)–-]?\s+)?"
    r"(?:[ée]tudes?\s+(?:de|d['’]|du|des|pour|sur|en\s+vue)"
    # (« Faire réaliser une étude … », by a firm; a « campagne de mesures » of the mobile coverage
    # or of the air measures what is, it delivers nothing yet)
    r"|(?:faire\s+)?(?:r[ée]aliser|lancer|conduire|mener|engager|r[ée]alisation\s+d['’]|lancement\s+d['’])\s*une\s+"
    r"(?:[ée]tude|campagne\s+de\s+mesures?)"
    # a sentence of an answer whose subject is the study or the reflexion (« Une réflexion sera
    # engagée avec les communes sur … », « Une étude sera conduite en 2027 »), or the authority's
    # reflexion (« La commune engagera une réflexion sur … »)
    # (a report telling it in the past, « Une étude de préfiguration …, a été confiée à un cabinet »)
    r"|(?:une|la)\s+(?:r[ée]flexion|[ée]tude)\b[^.;:]{0,100}?\s(?:sera|seront|a\s+[ée]t[ée]|ont\s+[ée]t[ée])\s+"
    # (or its delivery: « Une étude de programmation … sera rendue en juin 2027 », « remise », « achevée »)
    r"(?:engag|lanc|men|conduit|initi|ouvert|r[ée]alis|confi|command|rendu|remis|achev|termin)\w*"
    # (or study: « Nous lancerons une étude de faisabilité », « La commune commandera une étude »),
    # maybe after when or what for (« En 2026, nous lancerons une étude … », « Pour le wifi, … »)
    r"|(?:(?:en|d[èe]s|d['’]ici|dans|pour|[àa]\s+partir\s+de|courant|au|avant)\b[^,;:.]{0,40},\s*)?(?:(?:la|le|l['’])\s*[^\W\d_]+\s+|nous\s+)(?:engagera|engagerons|m[èe]nera|m[èe]nerons|conduira|conduirons|lancera"
    r"|lancerons|r[ée]alisera|r[ée]aliserons|commandera|commanderons)\s+une\s+(?:r[ée]flexion|[ée]tude)"
    # (told in the present of a scheme's measures, when maybe given: « La Région engage en 2027 les
    # études préalables à la réouverture … », « Le Département lance une étude … »), or the
    # authority studying it (« La Région étudie avec l'État … », « La commune étudiera en 2027 … »)
    r"|(?:(?:la|le|l['’])\s*[^\W\d_]+\s+|nous\s+)(?:(?:engage|lance|m[èe]ne|conduit|r[ée]alise|commande|engageons"
    r"|lan[cç]ons|menons|conduisons|r[ée]alisons|commandons)\s+(?:(?:en|d[èe]s)\s+\d{4}\s+)?"
    r"(?:une|les|des)\s+(?:r[ée]flexion|[ée]tudes?)|[ée]tudi(?:e|ent|ons|era|erons|eront)\b)"
    # « Étudier un tiers-lieu à la gare », « Audit d'accessibilité des sites … », and the same told
    # in a sentence: « Une étude de faisabilité sera menée en 2027 pour … », « Un audit des sites
    # sera proposé aux communes », or in the present of a decision: « Une étude de faisabilité de
    # la reconversion de l'ancienne gare (bureaux partagés, salle de réunion) est confiée à … »
    r"|[ée]tudier|(?:audits?|diagnostics?)\s+(?:de|d['’]|du|des)"
    r"|(?:une|un)\s+(?:[ée]tude|audit|diagnostic)(?:\s+[^\s.;:]+){0,8}?\s+(?:sera|seront|a\s+[ée]t[ée])\s+"
    r"(?:men[ée]e?|conduite?|lanc[ée]e?|r[ée]alis[ée]e?|engag[ée]e?|propos[ée]e?|command[ée]e?|confi[ée]e?)"
    r"|(?:une|un)\s+(?:[ée]tude|audit|diagnostic)(?:\s+[^\s.;:]+){0,20}?\s+est\s+"
    r"(?:men[ée]e?|conduite?|lanc[ée]e?|r[ée]alis[ée]e?|engag[ée]e?|command[ée]e?|confi[ée]e?)"
    # the decision put off (« La décision d'ouvrir le tiers-lieu sera prise au vu de l'étude »,
    # « La décision sur la navette sera prise en 2028 »): nothing decided yet
    r"|(?:la|une)\s+d[ée]cision\s+(?:de\s|d['’]\s*|sur\s|quant\s+[àa]\s)[^.;:!?]{0,120}?\s(?:sera|seront)\s+prises?"
    # the thing itself stated under study (« Une légumerie est à l'étude », « Le portage foncier est en
    # réflexion avec la SAFER », see UNDER_STUDY)
    r"|" + UNDER_STUDY + r")\b",
    re.I,
)
_ASKS_STUDY = re.compile(r"\b(?:[ée]tud(?:e|es|ier|i[ée]e?s?)|diagnostic|audit|faisabilit[ée]|r[ée]fl[ée]chir|r[ée]flexion"
                         # (taking stock is a diagnostic itself: « que l'Agglo recense les zones blanches »)
                         r"|mesurer|campagnes?\s+de\s+mesures?|recens(?:er|e|ent|ement))\b",
                         re.I)
# A study that joins to itself a thing delivered (« Audit de sécurité des mairies et formation de leurs
# agents »), not a step of the study (« Étude et concertation sur … »)
_STUDY_AND_DELIVERY = re.compile(
    r"\bet\s+(?:la\s+|le\s+|l['’]\s*|les\s+)?(?!(?:r[ée]flexion|concertation|programmation|[ée]valuation|d[ée]finition"
    r"|consultation|pr[ée]figuration|estimation|identification|mod[ée]lisation|planification)s?\b)"
    r"[^\W\d_]+(?:tion|ment)s?\s+(?:de|des|du|d['’])", re.I)
# A study whose text tells the faults it found put right (« Audit d'accessibilité : 41 non-conformités
# corrigées »): the work done, not only studied
_STUDY_DONE = re.compile(r"\b\d+\s+[^\W\d_][\w'’-]*\s+(?:(?:corrig|r[ée]par|lev|trait|supprim)(?:[ée]e?s?)\b"
                         r"|r[ée]solue?s?\b)", re.I)
STUDY_STATE = "À l'étude"


def study_state(action_text: str, state: str, demand_text: str) -> str:
    """What an action's document says of it, « À l'étude » for an action that is only a study
    (see _STUDY_ACTION) when nothing lower is said and the demand asks for no study, nor the
    action tells the faults it found put right (see _STUDY_DONE) or joins a thing delivered to the
    study (see _STUDY_AND_DELIVERY).

    >>> study_state("Étude de faisabilité d'une navette", "En cours", "Créer une navette vers la gare")
    "À l'étude"
    >>> study_state("Étude de faisabilité d'une navette", "En cours", "Étudier une navette vers la gare")
    'En cours'
    >>> study_state("Navette vers la gare", "Reportée", "Créer une navette")
    'Reportée'
    >>> study_state("La décision de créer la navette sera prise après l'étude.", "", "Créer une navette vers la gare")
    "À l'étude"
    >>> study_state("Nous lancerons une étude sur une navette vers la gare.", "", "Créer une navette vers la gare")
    "À l'étude"
    >>> study_state("En 2027, nous lancerons une étude sur une navette.", "", "Créer une navette vers la gare")
    "À l'étude"
    >>> study_state("Nous créerons la navette, puis nous lancerons une étude.", "", "Créer une navette vers la gare")
    ''
    """
    if _STUDY_ACTION.match(action_text or "") and not _ASKS_STUDY.search(demand_text or "") \
            and not _STUDY_DONE.search(action_text or "") and not _STUDY_AND_DELIVERY.search(action_text or "") \
            and status_cap(state) == STATUS_ADDRESSED:
        return STUDY_STATE
    return state


# A sentence of an action's description putting a thing to study (« Pour les entrées de bourg, une
# étude de localisation sera conduite en 2028 », « Une réflexion sera menée sur … »); not a
# diagnostic or an audit offered to someone (« Un diagnostic gratuit sera proposé aux EHPAD »),
# which is the service itself
_STUDIED = re.compile(r"\b(?:une?\s+(?:[ée]tude|r[ée]flexion)\b[^.;:!?]*?\b(?:sera|seront)\s+(?:men[ée]e|conduite"
                      r"|lanc[ée]e|engag[ée]e|r[ée]alis[ée]e|ouverte|poursuivie|confi[ée]e)\b"
                      r"|(?:sera|seront)\s+(?:[ée]tudi[ée]e?s?|r[ée]examin[ée]e?s?)\b"
                      # the active future, its doer named (« le CIAS étudiera en 2028 la création de … »)
                      r"|\b(?:[ée]tudier(?:a|ont)|r[ée]examiner(?:a|ont))\b)", re.I)
STUDIED_PART_STATE = "Retenue en partie (le reste à l'étude)"


def studied_part_state(action_text: str, state: str, demand_text: str, detail: str = "") -> str:
    """What an action's document says of it, « Retenue en partie (le reste à l'étude) » when a
    sentence of its description ``detail`` puts to study (see _STUDIED) a thing the demand
    names and the action's title does not (two words of five letters or more, see :func:`_stems`),
    the demand asking for no study, and nothing lower is said: the rest is only studied.

    >>> studied_part_state("Poser des bancs au parc", "", "Des bancs au parc et autour du stade municipal",
    ...                    "Dix bancs seront posés. Autour du stade municipal, une étude sera menée en 2028.")
    "Retenue en partie (le reste à l'étude)"
    >>> studied_part_state("Poser des bancs au parc", "", "Des bancs au parc",
    ...                    "Dix bancs seront posés. Autour du stade municipal, une étude sera menée en 2028.")
    ''
    >>> studied_part_state("Poser des bancs au parc", "", "Des bancs au parc et autour du stade municipal",
    ...                    "Dix bancs seront posés, et la commune étudiera en 2028 ceux du stade municipal.")
    "Retenue en partie (le reste à l'étude)"
    """
    if status_cap(state) != STATUS_ADDRESSED or not detail or _ASKS_STUDY.search(demand_text or ""):
        return state
    asked = _stems(demand_text) - _stems(action_text)
    for sentence in _detail_sentences(detail):
        if _STUDIED.search(sentence) and len(asked & _stems(sentence)) >= 2:
            return STUDIED_PART_STATE
    return state


# A part said to be outside a measure's scope (« Les écoles maternelles n'entrent pas dans le
# périmètre », « Les sites des communes ne sont pas concernés », « … ne sont pas inclus »): the
# pattern shared by an action's description (_LEFT_OUT) and an answer cell's sentences
# (nlp_stn.segment.table_units._LEFT_OUT_PART)
OUT_OF_SCOPE = (r"\bn['’]\s*entre(?:nt)?\s+pas\s+dans\s+(?:le\s+|les\s+)?(?:p[ée]rim[èe]tres?|champs?|cadre)\b"
                r"|\bne\s+(?:sont|est|seront|sera)\s+pas\s+(?:concern[ée]e?s?|inclu(?:se?s?)?|compris(?:es?)?)\b")
# A sentence of an action's description telling a thing left out of it, as a progress report's
# comment does (OUT_OF_SCOPE; « … ne sont pas couverts / prévus », « Pas d'accueil dédié dans les
# autres mairies », « pas d'extension aux communes à ce stade », « La publication des délibérations
# est reportée à 2027 »)
_LEFT_OUT = re.compile(
    OUT_OF_SCOPE + r"|\bne\s+(?:sont|est|seront|sera)\s+pas\s+(?:couverte?s?|pr[ée]vue?s?)\b"
    r"|\b(?:est|sont)\s+(?:report[ée]e?s?|diff[ée]r[ée]e?s?|ajourn[ée]e?s?)\b"
    r"|\bhors\s+(?:du\s+|de\s+son\s+)?(?:p[ée]rim[èe]tre|champ)\b"
    r"|^\W*pas\s+(?:encore\s+)?(?:de\s|d['’])"
    # the places or publics left out, said first (« Pas dans les mairies, faute d'effectifs. »)
    r"|^\W*pas\s+(?:dans|pour|chez|sur)\s"
    # a thing that will not be part of it (« la cantine n'y figurera pas », « ne figureront pas »)
    r"|\bn['’]\s*y\s+figurer(?:a|ont)\s+pas\b|\bne\s+figurer(?:a|ont)\s+pas\b"
    # a thing still done the old way (« L'inscription se fait toujours par téléphone », « Les
    # machines restent à réserver sur place »; not « il reste à … », which tells what is left to do)
    r"|\bse\s+(?:fait|font|fera|feront|pratique(?:nt)?|g[èe]re(?:nt)?)\s+(?:toujours|encore)\b"
    r"|(?<!\bil\s)\b(?:reste|restent|restera|resteront)\s+(?:toujours\s+|encore\s+)?(?:à|a)\s+"
    r"(?!l['’]|la\b|le\b|les\b)[^\W\d_]+(?:er|ir|re)\b"
    # or kept as it is (« Les postes garderont pour l'instant leur système actuel »)
    r"|\b(?:garde|gardent|gardera|garderont|conserve|conservent|conservera|conserveront)\s+"
    r"(?:pour\s+l['’]\s*instant|pour\s+le\s+moment|(?:leur|son|sa|ses)\s[^.;:!?]{0,60}?\bactuel(?:le)?s?\b)",
    re.I,
)
LEFT_OUT_STATE = "Retenue en partie (le reste écarté)"


def _words(text: str) -> set[str]:
    """The words of five letters or more of ``text``, folded and singular, whole (« communes » and
    « communauté » stay apart)."""
    return {_singular(w) for w in re.findall(r"[a-z]{5,}", _fold_state(text or "")) if w not in _INSTEAD_COMMON}


def left_out_state(action_text: str, state: str, demand_text: str, detail: str = "") -> str:
    """What an action's document says of it, « Retenue en partie (le reste écarté) » when a
    sentence of its description ``detail`` tells a thing left out of it (see _LEFT_OUT: out of
    its scope, not concerned, postponed, « Pas de … ») and names a word of five letters or more
    the demand asks for and the action's title does not, and nothing lower is said; so does a
    later clause of the action's own sentence (after « ; » or « . ») naming such a word that its
    first clause does not (« Le portail permettra d'inscrire les enfants à la crèche ; la
    cantine n'y figurera pas », « … ; l'inscription se fait toujours par téléphone », a long word
    of its family counting, see :func:`_long_stems`), or its first sentence leaving out a thing
    asked that the later ones, the deed, do not name (« Pas dans les mairies. Les conseillers
    tiendront une permanence dans les pôles. »).

    >>> left_out_state("Équiper les écoles élémentaires d'écrans", "Réalisée",
    ...                "Équiper toutes les écoles, maternelles comprises, d'écrans",
    ...                "30 classes équipées. Les écoles maternelles n'entrent pas dans le périmètre.")
    'Retenue en partie (le reste écarté)'
    >>> left_out_state("Équiper les écoles élémentaires d'écrans", "Réalisée", "Équiper les écoles d'écrans",
    ...                "30 classes équipées. Les écoles maternelles n'entrent pas dans le périmètre.")
    'Réalisée'
    """
    first, *later = _detail_sentences(action_text or "")
    if status_cap(state) != STATUS_ADDRESSED or not (detail or later):
        return state
    asked = _words(demand_text) - _words(first)
    # (a long word of the clause sharing its first six letters with one the demand asks for and the
    # first clause does not name: « inscription » for « s'inscrire », « réservation » for « réserver »)
    stems = _stems(demand_text) - _stems(first)
    if any(_LEFT_OUT.search(clause) and (asked & _words(clause) or stems & _long_stems(clause)) for clause in later):
        return LEFT_OUT_STATE
    # the thing left out said first, the deed after it (« Pas dans les mairies, faute d'effectifs.
    # Les conseillers tiendront une permanence dans les pôles. »): a word the demand asks for that
    # the deed does not name
    deed = " ".join(clause for clause in later if not _LEFT_OUT.search(clause))
    if deed and _LEFT_OUT.search(first) and (_words(demand_text) - _words(deed)) & _words(first):
        return LEFT_OUT_STATE
    asked = _words(demand_text) - _words(action_text)
    for sentence in _detail_sentences(detail) if detail else []:
        if _LEFT_OUT.search(sentence) and asked & _words(sentence):
            return LEFT_OUT_STATE
    return state


def _stems(text: str) -> set[str]:
    """The words of five letters or more of ``text`` (see :func:`_words`), cut to six letters."""
    return {w[:6] for w in _words(text)}


def names_more_asked(demand_text: str, given: str, other: str) -> bool:
    """Whether ``other`` names a word of five letters or more (see :func:`_words`) that the
    demand asks for and ``given`` does not (« une antenne » beside « une campagne de mesures »,
    for « mesurer la couverture et demander une antenne »).

    >>> names_more_asked("Mesurer la couverture et installer une antenne", "Des mesures de la couverture",
    ...                  "Une antenne relève de l'opérateur.")
    True
    >>> names_more_asked("Mesurer la couverture", "Des mesures de la couverture", "Une antenne relève de l'opérateur.")
    False
    """
    return bool((_words(demand_text) - _words(given)) & _words(other))


def asked_in_all(demand_text: str, *texts: str) -> set[str]:
    """The words of five letters or more (see :func:`_words`) that the demand asks for and every
    one of ``texts`` names (« skatepark » in a refusal and in the offer made instead).

    >>> sorted(asked_in_all("Du wifi au skatepark", "Au skatepark, pas de borne wifi.", "Un point d'accès couvrira le skatepark."))
    ['skatepark']
    """
    out = _words(demand_text)
    for text in texts:
        out &= _words(text)
    return out


def _long_stems(text: str) -> set[str]:
    """The words of eight letters or more of ``text`` (see :func:`_words`), cut to six letters
    (« inscription »: « inscri »; not « communes », which would meet « communauté »)."""
    return {w[:6] for w in _words(text) if len(w) >= 8}


def _detail_sentences(detail: str) -> list[str]:
    """The sentences of an action's description, cut after « . », « ; », « ! » or « ? »."""
    return re.split(r"(?<=[.;!?])\s+", detail)


# A quantity a text gives to a thing (« 40 tiers-lieux », « 3 conseillers numériques », « 30 % des
# foyers », « quarante bornes »): the number, then the noun it counts (an adjective or « de/des »
# may come between the number and a percentage's noun)
_NUMBER_WORDS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
                 "dix": 10, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30, "quarante": 40,
                 "cinquante": 50, "soixante": 60, "cent": 100, "mille": 1000}
_TENS = r"(?:vingt|trente|quarante|cinquante|soixante)"
_UNITS = r"(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf)"
_QUANTITY = re.compile(
    r"(?<![\w,.-])(?P<num>\d{1,3}(?:[  \u202f]\d{3})+|\d+(?:,\d+)?|(?:" + "|".join(_NUMBER_WORDS) + r")\b)"
    r"\s*(?:(?P<pct>%|pour\s*cent\b)\s*(?:(?:de|des|du|d['’])\s*"
    # (a possessive or demonstrative before the noun: « 20 % de ses achats », « de leurs logements »)
    r"(?:(?:ses|son|sa|leurs?|nos|notre|vos|votre|ces|cette|la|l['’])\s*(?<=\s|['’]))?(?P<pnoun>[^\W\d_][\w-]{2,}))?"
    r"|(?:(?:de|des|d['’])\s*)?(?:(?:nouveaux|nouvelles|nouvel|nouveau|autres|premiers|premières|grands|grandes"
    r"|petits|petites|jeunes)\s+)?(?P<noun>[^\W\d_][\w-]{2,}))",
    re.I,
)
# ... whose number is a bound, not an amount (« au plus 20 élèves », « limiter à 25 par classe »,
# « moins de 10 minutes »): fewer would be better, the comparison says nothing
_BOUND_BEFORE = re.compile(
    r"(?:\bmoins\s+de|\bau\s+plus|\bau\s+maximum|\bmaximum(?:\s+de)?|\bmax\.?|\bpas\s+plus\s+de|\bjusqu['’]\s*[àa]"
    r"|\b(?:limit|plafonn|r[ée]dui|ramen|abaiss|diminu|baiss)\w*\s+(?:[àa]|de))\s*$",
    re.I,
)
# nouns of time, money, distance or speed: a date, a delay, a duration or a cost is no amount of
# a thing delivered (compared folded, without accents)
_NOT_COUNTED = re.compile(
    r"^(?:ans?|annees?|mois|semaines?|jours?|heures?|h|minutes?|min|secondes?|fois|euros?|eur|k€|m€|€|"
    r"millions?|milliards?|habitants?|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|"
    r"octobre|novembre|decembre|lignes?|points?|eme|er|ere|km|kilometres?|m|metres?|mbits?|gbits?|mo|go|ko)$",
    re.I,
)


# Posts counted with the people who hold them (« trois postes de conseillers numériques », « deux
# emplois d'animateur »): as many of those people (folded, singular); not workstations (« 40 postes
# de travail »)
_JOBS = frozenset({"poste", "emploi"})
_JOB_OF = re.compile(r"(?:\s+suppl[ée]mentaires?)?\s+(?:de\s+|d['’]\s*)(?!travail\b)(?P<noun>[^\W\d_][\w-]{2,})", re.I)


# words after « 20 % d' » that name no thing counted (« augmentera de 20 % d'ici 2030 »)
_NOT_A_NOUN = frozenset({"ici", "autre", "autres", "ailleurs", "abord", "ores", "ans", "annee", "annees", "une", "un"})


def _singular(word: str) -> str:
    return "-".join(re.sub(r"(?<=\w)[sx]$", "", w) if len(w) > 3 else w for w in word.split("-"))


def _amounts(text: str) -> dict[str, float]:
    """The amounts a text gives, by what they count (the first word of the noun, folded, singular; « % » or « %:noun »
    for a percentage): the largest when a thing is counted twice. Years (« en 2027 »), amounts
    of time, money or distance, and bounds (« au plus 20 élèves ») are left out; one more of a
    thing (« un deuxième conseiller », see _ONE_MORE) counts one.

    >>> sorted(_amounts("Ouvrir 40 tiers-lieux et former trois cents agents d'ici 2030").items())
    [('agent', 300.0), ('tier', 40.0)]
    >>> sorted(_amounts("Augmenter de 30 % les places, viser 40 % de femmes ; pas plus de 25 élèves").items())
    [('%', 30.0), ('%:femme', 40.0)]
    >>> _amounts("Soutenir au moins vingt-cinq centres sociaux")
    {'centre': 25.0}
    >>> _amounts("Le nombre de places augmentera de 20 % d'ici 2030")
    {'%': 20.0}
    >>> sorted(_amounts("Maintenir les trois postes de conseillers et deux emplois d'animateur").items())
    [('animateur', 2.0), ('conseiller', 3.0), ('emploi', 2.0), ('poste', 3.0)]
    >>> _amounts("Renouveler 40 postes de travail")
    {'poste': 40.0}
    >>> sorted(_amounts("Un seul poste supplémentaire de conseiller sera créé").items())
    [('conseiller', 1.0), ('poste', 1.0)]
    >>> _amounts("Un deuxième conseiller numérique sera recruté")
    {'conseiller': 1.0}
    """
    out: dict[str, float] = {}
    text = re.sub(r"\b(" + _TENS + r")(?:[-\s]et)?[-\s](" + _UNITS + r")\b",
                  lambda m: str(_NUMBER_WORDS[m.group(1).lower()] + _NUMBER_WORDS.get(m.group(2).lower(), 1)),
                  text, flags=re.I)
    text = re.sub(r"(?<![\w-])(?:un|une)\s+seule?\s+(?=[^\W\d_])", "1 ", text, flags=re.I)  # « un seul poste »
    text = re.sub(r"\b(deux|trois|quatre|cinq|six|sept|huit|neuf)\s+cents?\b",
                  lambda m: str(_NUMBER_WORDS[m.group(1).lower()] * 100), text, flags=re.I)
    for m in _QUANTITY.finditer(text):
        raw = m.group("num").lower()
        if raw in _NUMBER_WORDS:
            value = float(_NUMBER_WORDS[raw])
        else:
            value = float(re.sub(r"[  \u202f]", "", raw).replace(",", "."))
            if not m.group("pct") and 1900 <= value <= 2100 and "," not in raw:
                continue  # a year
        if _BOUND_BEFORE.search(text[:m.start()]):
            continue
        if m.group("pct"):
            what = _fold_state(m.group("pnoun") or "")
            noun = "%:" + _singular(what) if what and what not in _NOT_A_NOUN else "%"
        else:
            noun = _fold_state(m.group("noun")).split("-")[0]  # « tiers-lieux » as « tiers lieux »
            if _NOT_COUNTED.match(noun):
                continue
            noun = _singular(noun)
            held = _JOB_OF.match(text, m.end()) if noun in _JOBS else None
            if held:  # « trois postes de conseillers »: three posts, three advisers too
                whom = _singular(_fold_state(held.group("noun")).split("-")[0])
                out[whom] = max(out.get(whom, 0.0), value)
        out[noun] = max(out.get(noun, 0.0), value)
    for m in _ONE_MORE.finditer(text):
        noun = _singular(_fold_state(m.group("noun")).split("-")[0])
        if not _NOT_COUNTED.match(noun):
            out[noun] = max(out.get(noun, 0.0), 1.0)
    return out


# One more of a thing, told by its rank (« un deuxième conseiller numérique », « une seconde
# permanence », « un troisième site »): one of them; not « une seconde vie », « un second temps »
_ONE_MORE = re.compile(
    r"(?<![\w-])(?:un|une)\s+(?:deuxi[èe]me|second|seconde|troisi[èe]me|quatri[èe]me)\s+"
    r"(?!(?:vie|temps|main|souffle)\b)(?P<noun>[^\W\d_][\w-]{2,})", re.I)

SMALLER_STATE = "Retenue en partie (moins que demandé)"

# A part of a whole an action counts (« 11 des 23 écoles ont été équipées », « dans 6 des 18
# communes », « 4 sur 10 quartiers ») and the whole a demand asks for (« toutes les écoles »,
# « chaque commune », « chacune des 18 communes », « l'ensemble des écoles »)
_PART_WORDS = {**_NUMBER_WORDS, "un": 1, "une": 1, "onze": 11, "treize": 13, "quatorze": 14, "seize": 16}
_PART_OF_WHOLE = re.compile(
    r"(?<![\w,.-])(?P<part>\d+|" + "|".join(_PART_WORDS) + r")\s+(?:des|sur)\s+(?:les\s+)?(?P<whole>\d+)\s+"
    r"(?P<noun>[^\W\d_][\w-]{2,})", re.I)
_WHOLE_ASKED = re.compile(
    r"\b(?:tou(?:s|tes)\s+(?:les|nos|leurs)|chaque|chacun(?:e)?\s+(?:des|de\s+nos)|l['’]\s*ensemble\s+des)\s+"
    r"(?:\d+\s+)?(?P<noun>[^\W\d_][\w-]{2,})", re.I)


def _parts(text: str) -> set[str]:
    """The things ``text`` counts in part of their whole (« 11 des 23 écoles »: the part smaller
    than the whole), folded and singular.

    >>> sorted(_parts("Onze des 23 écoles et 12 des 12 crèches ; 3 sur 10 quartiers"))
    ['ecole', 'quartier']
    """
    out = set()
    for m in _PART_OF_WHOLE.finditer(text):
        raw = m.group("part").lower()
        part = _PART_WORDS[raw] if raw in _PART_WORDS else int(raw)
        if part < int(m.group("whole")):
            out.add(_singular(_fold_state(m.group("noun"))))
    return out


def part_state(action_text: str, state: str, demand_text: str) -> str:
    """What an action's document says of it, « Retenue en partie (moins que demandé) » when the
    demand asks for a thing everywhere or for all (« toutes les écoles », « chaque commune ») and
    the action gives it to a part of them (« 11 des 23 écoles ») and nothing lower is said.

    >>> part_state("Onze des 23 écoles ont été équipées d'un écran", "Réalisée", "Équiper toutes les écoles d'un écran")
    'Retenue en partie (moins que demandé)'
    >>> part_state("Les 23 écoles ont été équipées d'un écran", "Réalisée", "Équiper toutes les écoles d'un écran")
    'Réalisée'
    >>> part_state("Onze des 23 écoles ont été équipées", "Réalisée", "Équiper l'école du bourg")
    'Réalisée'
    """
    if status_cap(state) != STATUS_ADDRESSED:
        return state
    asked = {_singular(_fold_state(m.group("noun"))) for m in _WHOLE_ASKED.finditer(demand_text or "")}
    if asked and asked & _parts(action_text or ""):
        return SMALLER_STATE
    return state


def quantity_state(action_text: str, state: str, demand_text: str) -> str:
    """What an action's document says of it, « Retenue en partie (moins que demandé) » when the
    demand asks for more of a thing than the action gives (« Ouvrir 40 tiers-lieux » answered by
    « Ouvrir 30 tiers-lieux », « 30 % » by « 20 % », « deux médiateurs » by « un médiateur »: see
    _single_ones) and nothing lower is said: it answers in part.

    >>> quantity_state("Ouvrir 30 tiers-lieux d'ici 2028", "", "Ouvrir quarante tiers-lieux")
    'Retenue en partie (moins que demandé)'
    >>> quantity_state("Ouvrir 50 tiers-lieux", "En cours", "Ouvrir 40 tiers-lieux")
    'En cours'
    >>> quantity_state("Recruter 2 conseillers numériques", "", "Ouvrir 40 tiers-lieux")
    ''
    >>> quantity_state("Recrutement d'un médiateur de nuit", "", "Recruter deux médiateurs de nuit")
    'Retenue en partie (moins que demandé)'
    """
    if status_cap(state) != STATUS_ADDRESSED:
        return state
    asked = _amounts(demand_text or "")
    if not asked:
        return state
    given = _amounts(action_text or "")
    if any(noun in given and given[noun] < value for noun, value in asked.items()):
        return SMALLER_STATE
    if _smaller_share(asked, given, demand_text or "", action_text or ""):
        return SMALLER_STATE  # « 30 % des achats … à des équipements » answered by « 20 % d'équipements »
    ones = _single_ones(action_text or "") - _single_ones(demand_text or "")  # (one asked too: said of another)
    if any(value >= 2 and noun not in given and noun in ones for noun, value in asked.items()):
        return SMALLER_STATE  # « recrutement d'un médiateur » for « recruter deux médiateurs »
    return state


def _plain_words(text: str) -> set[str]:
    """The words of ``text``, folded and singular."""
    return {_singular(w) for w in re.findall(r"[^\W\d_][\w-]{2,}", _fold_state(text))}


def _smaller_share(asked: dict[str, float], given: dict[str, float], demand_text: str, action_text: str) -> bool:
    """Whether the action gives a smaller share of a thing than the demand asks, the two
    percentages counting their share of differently named nouns that each text still names
    (« réserver 30 % des achats à des équipements reconditionnés » answered by « acheter 20 %
    d'équipements reconditionnés »: the action's noun is in the demand).

    >>> _smaller_share({"%:achat": 30.0}, {"%:equipement": 20.0}, "30 % des achats à des équipements", "20 % d'équipements")
    True
    >>> _smaller_share({"%:achat": 30.0}, {"%:femme": 20.0}, "30 % des achats à des équipements", "20 % de femmes")
    False
    """
    shares = [(n[2:], v) for n, v in asked.items() if n.startswith("%:")]
    if not shares:
        return False
    demand_words, action_words = _plain_words(demand_text), _plain_words(action_text)
    return any(value < want and (noun in demand_words or what in action_words)
               for what, want in shares
               for noun, value in ((n[2:], v) for n, v in given.items() if n.startswith("%:") and n[2:] != what))


# One thing named in the singular after « un » / « une » (« le recrutement d'un médiateur
# social »): one of it, where a demand counts two or more; not one for each of several
# (« un médiateur par quartier », « une borne dans chaque commune »), nor « un des … »
_SINGLE_ONE = re.compile(
    r"(?<![\w-])(?:un|une)\s+(?P<noun>(?!des\b|de\b|d['’])[^\W\d_][\w-]{2,}[^\W\d_sx])\b"
    r"(?!(?:\s+[^\s.;:!?,]+){0,3}?\s+(?:par|pour\s+chaque|dans\s+chaque|de\s+plus|dans\s+tou(?:s|tes)|[àa]\s+chaque)\b)"
    # (nor one in place of several: « un compte unique », « un guichet commun »)
    r"(?!\s+(?:uniques?|communs?|communes?|seule?s?|partag[ée]e?s?|mutualis[ée]e?s?)\b)",
    re.I)


def _single_ones(text: str) -> set[str]:
    """The things ``text`` names one of (« un médiateur social », « une permanence »), folded,
    singular; not one for each of several (« un médiateur par quartier »), nor one in place of
    several (« un compte unique »).

    >>> sorted(_single_ones("Recrutement d'un médiateur social ; une permanence par commune"))
    ['mediateur']
    """
    return {_singular(_fold_state(m.group("noun")).split("-")[0]) for m in _SINGLE_ONE.finditer(text)}


# A lifespan of things in years (« garder les ordinateurs au moins sept ans », « durée d'usage
# portée à 6 ans », « renouvelés tous les six ans »): a sentence with a word of duration of use,
# and a number of years (figures or words) not after a word of deadline, age or past (« d'ici 5
# ans », « moins de 25 ans », « depuis 10 ans », « de 16 à 25 ans »)
_LIFESPAN_WORD = re.compile(
    r"\b(?:dur[ée]es?\s+(?:de\s+vie|d['’]\s*(?:usage|utilisation|amortissement))|garder|conserver|renouvel\w*\s+tou(?:s|tes)\s+les)\b",
    re.I)
_YEARS = re.compile(
    r"(?<![\w,.-])(?P<num>\d{1,2}|" + "|".join(k for k, v in _NUMBER_WORDS.items() if v < 30) + r")\s+(?:ans|ann[ée]es)\b", re.I)
_NOT_LIFESPAN_BEFORE = re.compile(
    r"(?:\bd['’]\s*ici|\bdans|\bsous|\ben|\bdepuis|\bil\s+y\s+a|\bpendant|\bdurant|\bd[èe]s|\bmoins\s+de|\bplus\s+de"
    r"|\bde\s+(?:\d+|" + "|".join(_NUMBER_WORDS) + r")\s+[àa]|\bentre\s+\S+\s+et|\bpour\s+les|\bâg[ée]e?s?\s+de)\s*$", re.I)


def _lifespans(text: str) -> list[float]:
    """The lifespans in years ``text`` gives to things (see _LIFESPAN_WORD), sentence by sentence.

    >>> _lifespans("Garder les ordinateurs au moins 7 ans. Les jeunes de 16 à 25 ans, d'ici 5 ans.")
    [7.0]
    """
    out = []
    for sentence in _detail_sentences(text or ""):
        if not _LIFESPAN_WORD.search(sentence):
            continue
        for m in _YEARS.finditer(sentence):
            if _NOT_LIFESPAN_BEFORE.search(sentence[:m.start()]):
                continue
            raw = m.group("num").lower()
            out.append(float(_NUMBER_WORDS[raw]) if raw in _NUMBER_WORDS else float(raw))
    return out


def lifespan_state(action_text: str, state: str, demand_text: str) -> str:
    """What an action's document says of it, « Retenue en partie (moins que demandé) » when the
    demand asks things kept longer (« au moins sept ans ») than the action keeps them (« six ans »).

    >>> lifespan_state("La durée d'usage des ordinateurs sera portée à six ans.", "", "Garder les ordinateurs au moins 7 ans")
    'Retenue en partie (moins que demandé)'
    >>> lifespan_state("Les ordinateurs seront renouvelés tous les huit ans.", "", "Garder les ordinateurs au moins 7 ans")
    ''
    """
    if status_cap(state) != STATUS_ADDRESSED:
        return state
    asked = _lifespans(demand_text)
    if not asked:
        return state
    given = _lifespans(action_text)
    if given and max(given) < max(asked):
        return SMALLER_STATE
    return state


# A post asked full time (« un conseiller numérique à temps plein », « à temps complet ») and one
# given part time (« à mi-temps », « à temps partiel », « à 50 % », « à 0,5 ETP »)
_FULL_TIME = re.compile(r"\b(?:à|a)\s+temps\s+(?:plein|complet)\b", re.I)
_PART_TIME = re.compile(r"\b(?:à|a)\s+(?:mi-temps|temps\s+partiel|(?:[1-9]\d?)\s*%|0[,.]\d+\s*(?:etp|équivalent))"
                        r"|\b(?:un|une|d['’]un|d['’]une)\s+mi-temps\b", re.I)


def time_share_state(action_text: str, state: str, demand_text: str) -> str:
    """What an action's document says of it, « Retenue en partie (moins que demandé) » when the
    demand asks for a post full time (see _FULL_TIME) and the action gives it part time (see
    _PART_TIME), and nothing lower is said.

    >>> time_share_state("Une animatrice sera recrutée à mi-temps.", "", "Recruter une animatrice à temps plein")
    'Retenue en partie (moins que demandé)'
    >>> time_share_state("Une animatrice sera recrutée à temps complet.", "", "Recruter une animatrice à temps plein")
    ''
    >>> time_share_state("Une animatrice sera recrutée à mi-temps.", "", "Recruter une animatrice")
    ''
    """
    if status_cap(state) != STATUS_ADDRESSED:
        return state
    if _FULL_TIME.search(demand_text or "") and _PART_TIME.search(action_text or "") and not _FULL_TIME.search(
            action_text or ""):
        return SMALLER_STATE
    return state


# A sum of money (« 50 000 euros », « 20 000 € », « 1,5 M€ », « 30 k€ », « 2 millions d'euros ») and
# the words that make it money allotted to a thing (« un budget de … », « une enveloppe », « une
# aide », « des crédits »), not what a thing costs
_SUM = re.compile(r"(?<![\w,.])(?P<num>\d{1,3}(?:[  \u202f.]\d{3})+|\d+(?:,\d+)?)\s*"
                  r"(?P<mult>k|m|millions?\s+d['’]\s*|milliards?\s+d['’]\s*)?(?:€|euros?\b|eur\b)", re.I)
_ALLOTTED = re.compile(r"\b(?:budgets?|enveloppes?|fonds|subventions?|aides?|dotations?|cr[ée]dits)\b", re.I)
_MULTIPLIERS = {"k": 1e3, "m": 1e6, "million": 1e6, "milliard": 1e9}


def _allotted(text: str) -> float:
    """The largest sum of money ``text`` allots (see _SUM, _ALLOTTED: a text naming a budget, an
    envelope, an aid or credits), 0 when it names none.

    >>> _allotted("Un budget participatif de 50 000 euros par an")
    50000.0
    >>> _allotted("Une enveloppe de 1,5 M€ sur trois ans")
    1500000.0
    >>> _allotted("Le fablab coûtera 80 000 €")
    0.0
    """
    if not _ALLOTTED.search(text or ""):
        return 0.0
    sums = []
    for m in _SUM.finditer(text or ""):
        value = float(re.sub(r"[  \u202f.]", "", m.group("num")).replace(",", "."))
        mult = (m.group("mult") or "").lower().split()
        sums.append(value * (_MULTIPLIERS.get(_singular(mult[0]), 1.0) if mult else 1.0))
    return max(sums, default=0.0)


def budget_state(action_text: str, state: str, demand_text: str) -> str:
    """What an action's document says of it, « Retenue en partie (moins que demandé) » when the
    demand allots a sum of money to a thing (« un budget participatif de 50 000 euros par an ») and
    the action allots less (« 20 000 euros du budget participatif seront réservés … »), and nothing
    lower is said. What a thing costs is no sum allotted (see :func:`_allotted`).

    >>> budget_state("Chaque année, 20 000 euros du budget participatif iront aux écoles", "",
    ...              "Un budget participatif de 50 000 euros par an pour les écoles")
    'Retenue en partie (moins que demandé)'
    >>> budget_state("Une enveloppe de 60 000 euros ira aux écoles", "", "Un budget de 50 000 euros pour les écoles")
    ''
    >>> budget_state("Le fablab coûtera 20 000 €", "", "Une aide de 50 000 euros pour le fablab")
    ''
    """
    if status_cap(state) != STATUS_ADDRESSED:
        return state
    asked, given = _allotted(demand_text), _allotted(action_text)
    if asked and given and given < asked:
        return SMALLER_STATE
    return state


# A demand asking for a thing in every place or for every one (« un écran dans chaque classe », « dans
# toutes les écoles »: the noun counted after « chaque », « tous les », « toutes les »), and an
# action giving it to one of them, named (« dans la classe de CM2 », « à l'école du bourg ») or
# one (« dans une école »), never to each (« chaque », « tous », « les », « les 14 … »)
_EVERY = re.compile(r"\b(?:chaque|chacune?\s+d(?:es|e\s+(?:nos|vos|leurs|ces))|tou(?:te)?s\s+(?:les|nos|vos|leurs|ces))"
                    r"\s+(?P<noun>[^\W\d_][\w-]{2,})", re.I)
_ONE_OF = r"(?:la|le|l['’]\s*|une?|une?\s+seule?)\s*(?:[^\W\d_]+\s+)?"
_EACH_OF = r"(?:chaque|tou(?:te)?s|les|des|ses|nos|leurs|aux|ces|l['’]ensemble\s+des|par)\s+(?:[^\W_]+\s+)?"
# A number of things capped per body or place, on a folded text (« dans la limite d'un projet par
# communauté de communes », « dans la limite de deux sites par an »): not a sum of money (« dans la
# limite de 800 € par logement »)
_CAPPED = re.compile(r"\bdans\s+la\s+limite\s+d(?:['’]\s*une?|e\s+(?:\d+|deux|trois|quatre|cinq))\s+(?:seule?s?\s+)?"
                     r"[a-z][\w-]{2,}\b[^.;:]{0,40}?\spar\s", re.I)

# times that « chaque » or « tous les » make a frequency (folded, singular)
_EVERY_TIME = re.compile(r"^(?:rentree|trimestre|semestre|saison|soir|soiree|matin|matinee|midi|nuit|ete|hiver|printemps"
                         r"|automne|week-end|weekend|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|quinzaine)$")


def _asked_for_each(demand: str):
    """(noun, end of its match) for each thing a folded demand asks in every place or for every
    one (see _EVERY: « chaque commune » -> « commune »), not a time (« chaque année », « tous les
    soirs »: how often, not where) nor a noun too short or not counted.

    >>> list(_asked_for_each("une borne dans chaque commune, chaque annee"))
    [('commune', 29)]
    """
    for m in _EVERY.finditer(demand):
        noun = _singular(m.group("noun"))
        if len(noun) >= 4 and not _NOT_COUNTED.match(noun) and not _EVERY_TIME.match(noun):
            yield noun, m.end()


def every_state(action_text: str, state: str, demand_text: str) -> str:
    """What an action's document says of it, « Retenue en partie (moins que demandé) » when the
    demand asks for a thing in every place or for every one (see _EVERY) and the action gives it
    to one of them, never to each, and nothing lower is said.

    >>> every_state("Un tableau interactif sera installé dans la classe de CM2.", "",
    ...             "Un tableau interactif dans chaque classe")
    'Retenue en partie (moins que demandé)'
    >>> every_state("Un tableau interactif dans toutes les classes de l'école.", "", "Un tableau dans chaque classe")
    ''

    An action capping their number per another body or place (« dans la limite d'un projet par
    canton », see _CAPPED) gives fewer than one to each, unless it names each of them:

    >>> every_state("Des city-stades, dans la limite d'un projet par canton.", "", "Un city-stade dans chacun des villages")
    'Retenue en partie (moins que demandé)'
    >>> every_state("Des city-stades, dans la limite d'un projet par village.", "", "Un city-stade dans chaque village")
    ''
    """
    if status_cap(state) != STATUS_ADDRESSED:
        return state
    action = _fold_state(action_text or "")
    capped = _CAPPED.search(action)
    for noun, _ in _asked_for_each(_fold_state(demand_text or "")):
        word = re.escape(noun) + r"(?:s|x)?\b"
        if (re.search(r"\b" + _ONE_OF + word, action) or capped) and not re.search(r"\b" + _EACH_OF + word, action):
            return SMALLER_STATE
    return state


# Places an action names after the plural of a thing, two or more joined by « et » (« les mairies de
# Kerbrat et de Saint-Just », « aux écoles Pasteur et Jaurès »): on a text without accents, the
# names capitalised
_PLACE_NAME = r"(?:(?:de|du|d')\s*)?(?:la\s+|le\s+|l')?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*"
_NAMED_ONES = r"\b(?i:les|aux|des)\s+(?i:{})\s+" + _PLACE_NAME + r"(?:\s*,\s*" + _PLACE_NAME + r")*\s+et\s+" + _PLACE_NAME


def named_state(action_text: str, state: str, demand_text: str) -> str:
    """What an action's document says of it, « Retenue en partie (moins que demandé) » when the
    demand asks for a thing in every place or for every one (see _EVERY) and the action gives it
    to some of them it names (« dans les mairies de Kerbrat et de Saint-Just »), and nothing
    lower is said.

    >>> named_state("Des permanences dans les mairies de Kerbrat et de Saint-Just", "",
    ...             "Une permanence dans chaque mairie")
    'Retenue en partie (moins que demandé)'
    >>> named_state("Des ateliers aux médiathèques d’Arvor et de Kerbrat", "", "Des ateliers dans chaque médiathèque")
    'Retenue en partie (moins que demandé)'
    >>> named_state("Des permanences dans les mairies des 12 communes", "", "Une permanence dans chaque mairie")
    ''
    """
    if status_cap(state) != STATUS_ADDRESSED:
        return state
    # capitals kept: they mark the names; « ’ » made « ' » first, as the ASCII fold drops it
    action = _unaccented((action_text or "").replace("\u2019", "'"))
    for noun, _ in _asked_for_each(_fold_state(demand_text or "")):
        if re.search(_NAMED_ONES.format(re.escape(noun) + r"(?:s|x)?"), action):
            return SMALLER_STATE
    return state


# An action giving a thing a demand asks for in every place or for every one (see _EVERY) to a
# counted few of them (« dans six communes », « 12 écoles », never « les 14 communes ») or to the
# first of them only (« aux arrêts de car les plus fréquentés »)
_FEW_NUMBER = r"(?P<n>\d+|" + "|".join(w for w, n in _PART_WORDS.items() if n >= 2) + r")"
# a relative clause right after the noun asked for each (« chaque commerce ou TPE qui le souhaite »)
_RESTRICTED = re.compile(r"(?:\s+[^\W\d_][\w'’-]*){0,3}\s+qu(?:i\b|['’])")
_TOTAL_BEFORE = re.compile(r"\b(?:les|aux|des|ses|ces|nos|vos|leurs|l['’]\s*ensemble\s+des)\s*$")


# A demand asking for one thing in every place (« un jardin partagé dans chaque commune », « une
# borne à tous les arrêts »): the thing (folded) and the place asked for each
_ONE_PER_EACH = re.compile(r"\b(?:un|une)\s+(?P<thing>[a-z][a-z-]{3,})(?:\s+[a-z][a-z'-]*){0,3}?\s+"
                           r"(?:dans|a|au|aux|pour|par|en|sur|de)\s+(?:chaque|tou(?:te)?s\s+les)\s+[a-z]")


def few_state(action_text: str, state: str, demand_text: str) -> str:
    """What an action's document says of it, « Retenue en partie (moins que demandé) » when the
    demand asks for a thing in every place or for every one (« dans chaque commune », « à tous
    les arrêts ») and the action (or its description) gives it to a counted number of them, not
    introduced as their whole (« dans six communes », not « dans les 14 communes »), or to the
    ones « les plus … » only, and nothing lower is said. Each one that asks (« chaque commerce
    qui le souhaite ») is no whole.

    >>> few_state("Des bornes seront posées dans six communes.", "", "Une borne dans chaque commune")
    'Retenue en partie (moins que demandé)'
    >>> few_state("Poser des abris aux arrêts les plus fréquentés", "", "Des abris à tous les arrêts")
    'Retenue en partie (moins que demandé)'
    >>> few_state("Des bornes seront posées dans les 14 communes.", "", "Une borne dans chaque commune")
    ''
    >>> few_state("Des bornes seront posées dans six communes.", "", "Une borne à la mairie")
    ''

    So does an action counting the thing asked one per place (« deux jardins » for « un jardin
    dans chaque commune ») without giving it to each place itself (« dans chaque commune », « les
    14 communes »):

    >>> few_state("Deux jardins partagés seront ouverts en 2027 à Kerbrat et au Moustoir.", "",
    ...           "Créer un jardin partagé dans chaque commune")
    'Retenue en partie (moins que demandé)'
    >>> few_state("Deux jardins partagés seront ouverts dans chaque commune.", "",
    ...           "Créer un jardin partagé dans chaque commune")
    ''
    """
    if status_cap(state) != STATUS_ADDRESSED:
        return state
    action, demand = _fold_state(action_text or ""), _fold_state(demand_text or "")
    for noun, end in _asked_for_each(demand):
        if _RESTRICTED.match(demand[end:]):
            continue  # « chaque commerce qui le souhaite »: the ones who ask, not a whole
        word = re.escape(noun) + r"(?:s|x)?\b"
        if re.search(r"\b(?:chaque|tou(?:te)?s\s+les|l['’]\s*ensemble\s+des)\s+" + word, action):
            continue  # « toutes les classes … : 6 équipées, 8 restantes »: the whole given, a count of progress
        for c in re.finditer(r"(?<![\w,.-])" + _FEW_NUMBER + r"\s+" + word, action):
            if not _TOTAL_BEFORE.search(action[:c.start()]):
                return SMALLER_STATE
        # (not « y compris dans les hameaux les plus isolés »: the farthest ones included, not the only ones)
        for c in re.finditer(r"\b" + word + r"\s+(?:[^\W\d_][\w'’-]*\s+){0,3}les\s+plus\s+[^\W\d_]{3,}", action):
            if not re.search(r"\by\s+compris\s+(?:[^\W\d_]+\s+){0,2}$", action[:c.start()]):
                return SMALLER_STATE
        one = _ONE_PER_EACH.search(demand)
        if one is not None and not re.search(r"\b(?:chaque|tou(?:te)?s\s+les|les\s+\d+|l['’]\s*ensemble\s+des)\s+"
                                             + word, action):
            # « deux jardins » for « un jardin … dans chaque commune »: a counted few of the thing
            thing = re.escape(_singular(one.group("thing"))) + r"(?:s|x)?\b"
            for c in re.finditer(r"(?<![\w,.-])" + _FEW_NUMBER + r"\s+" + thing, action):
                if not _TOTAL_BEFORE.search(action[:c.start()]):
                    return SMALLER_STATE
    return state


# An action that says it does something else than a thing it names (« Plutôt que de développer sa
# propre application, la commune fera connaître la plateforme régionale », « au lieu d'ouvrir … »):
# another way to the same end; a demand asking for the thing set aside is answered in part at most
# (not a figure replaced: « portée à 6 ans, au lieu de 4 aujourd'hui »)
_INSTEAD_OF = re.compile(r"\b(?:plut[ôo]t\s+que|au\s+lieu)\s+(?:de\s+|d['’]\s*)(?P<what>[^\W\d_][^;:.!?,]{2,120})", re.I)
# words too common to tie what is set aside to a demand (both ask to « mettre en place » something)
_INSTEAD_COMMON = frozenset("propre propres toute toutes tous chaque autre autres notre votre leur leurs cette "
                            "place mettre faire".split())
ALTERNATIVE_STATE = "Retenue en partie (autre solution)"


def _content_words(text: str) -> list[str]:
    """The words of four letters or more of ``text``, folded, cut to six letters, in order."""
    return [w[:6] for w in re.findall(r"[a-z]{4,}", _fold_state(text)) if w not in _INSTEAD_COMMON]


def alternative_state(action_text: str, state: str, demand_text: str) -> str:
    """What an action's document says of it, « Retenue en partie (autre solution) » for an
    action that sets aside, « plutôt que de … » or « au lieu de … », the thing a demand asks for
    (the head noun set aside, the first content word after the verb, is one of the demand's
    words) when nothing lower is said.

    >>> alternative_state("Navette. Plutôt que de créer une ligne de bus, un transport à la demande.", "",
    ...                   "Créer une ligne de bus vers la gare")
    'Retenue en partie (autre solution)'
    >>> alternative_state("Navette. Plutôt que de créer une ligne de bus, un transport à la demande.", "",
    ...                   "Un abri vélo à la gare")
    ''
    """
    if status_cap(state) != STATUS_ADDRESSED:
        return state
    wanted = set(_content_words(demand_text or ""))
    for m in _INSTEAD_OF.finditer(action_text or ""):
        head = _content_words(m.group("what").split(None, 1)[-1])[:1]  # the verb left out
        if head and head[0] in wanted:
            return ALTERNATIVE_STATE
    return state


# A series of three things or more, each a determiner and its noun, after commas and a last « et »
# (« les budgets, les délibérations et les horaires », « aux écoles, aux collèges et aux lycées »):
# the things a demand lists
_SERIES_DETERMINERS = frozenset("les la le des du aux au ses leurs nos".split())
_ITEM = r"(?:(?:" + "|".join(sorted(_SERIES_DETERMINERS)) + r")\s+|l['’]\s*)(?P<{}>[^\W\d_]{{3,}})"
_SERIES = re.compile(r"\b" + _ITEM.format("a") + r"(?P<mid>(?:,\s+" + _ITEM.format("m").replace("?P<m>", "?:")
                     + r")+),?\s+et\s+" + _ITEM.format("z"), re.I)
# The same with indefinite articles, each noun maybe followed by its « de » complement (« un espace
# de coworking, un atelier et une salle de réunion »): things a demand asks to create together
_INDEFINITE_ITEM = r"(?:un|une)\s+(?P<{}>[^\W\d_]{{3,}})(?:\s+(?:de|d['’])\s*[^\W\d_]{{3,}})?"
_INDEFINITE_SERIES = re.compile(r"\b" + _INDEFINITE_ITEM.format("a") + r"(?P<mid>(?:,\s+"
                                + _INDEFINITE_ITEM.format("m").replace("?P<m>", "?:") + r")+),?\s+et\s+"
                                + _INDEFINITE_ITEM.format("z"), re.I)
_INDEFINITE_HEAD = re.compile(r",\s+(?:un|une)\s+([^\W\d_]{3,})", re.I)
# A series of bare nouns in brackets, three or more, after commas and maybe a last « et » (« du
# matériel reconditionné (ordinateurs, écrans, téléphones) »): the things a demand names one by one
_BRACKETED_NOUN = r"[^\W\d_]{3,}(?:-[^\W\d_]{2,})?"
_BRACKETED_SERIES = re.compile(r"\(\s*(?P<items>" + _BRACKETED_NOUN + r"(?:\s*,\s*" + _BRACKETED_NOUN + r"){1,}"
                               r"(?:\s*(?:,|\bet\b)\s*" + _BRACKETED_NOUN + r"))\s*\)", re.I)
# Words saying the bracketed nouns after them are examples (« pour certains services publics
# (piscine, médiathèques, cantine) », « quelques lieux », « notamment », « comme », « tels que »)
_EXAMPLES_BEFORE = re.compile(r"\b(?:certain(?:e|s|es)?|quelques|divers(?:es)?|plusieurs|notamment|comme"
                              r"|tel(?:le)?s?\s+que|par\s+exemple)\b", re.I)
LIST_STATE = "Retenue en partie (une partie de la liste)"


# The determiners of a series' items (see _SERIES), and those that join a preposition to the
# article (« aux », « au », « du »): a first item after one, the next ones after a bare article,
# is no series (« le réseau s'arrête aux bourgs, les hameaux et les fermes restent … »: the first
# noun ends a clause, the others open the next one)
_ITEM_DETERMINER = re.compile(r"(?:^|,\s+|\bet\s+)(" + "|".join(sorted(_SERIES_DETERMINERS)) + r"|l['’])", re.I)
_CONTRACTED = frozenset("aux au du".split())
_BARE_ARTICLES = frozenset("les la le l' l’".split())


def _split_clauses(series: str) -> bool:
    """Whether a series' first item follows a preposition joined to its article and a later one
    a bare article (see :data:`_ITEM_DETERMINER`).

    >>> _split_clauses("aux bourgs, les hameaux et les fermes"), _split_clauses("aux écoles, aux collèges et aux lycées")
    (True, False)
    >>> _split_clauses("les menus, les tarifs et les horaires")
    False
    """
    determiners = [d.lower() for d in _ITEM_DETERMINER.findall(series)]
    return bool(determiners) and determiners[0] in _CONTRACTED and any(d in _BARE_ARTICLES for d in determiners[1:])


def _series_heads(text: str) -> list[set[str]]:
    """The head nouns of each series a text lists (see _SERIES, _INDEFINITE_SERIES, _BRACKETED_SERIES), folded, singular, one set per
    series; not a series of people (see _ACTORS), nor one split over two clauses (see
    :func:`_split_clauses`)."""
    heads = []
    for m in _SERIES.finditer(text or ""):
        if _split_clauses(m.group(0)):
            continue
        mid = re.findall(r"[^\W\d_]{3,}", m.group("mid"))
        nouns = [m.group("a"), *(w for w in mid if _fold_state(w) not in _SERIES_DETERMINERS), m.group("z")]
        heads.append({_singular(_fold_state(w)) for w in nouns})
    for m in _INDEFINITE_SERIES.finditer(text or ""):
        nouns = [m.group("a"), *_INDEFINITE_HEAD.findall(m.group("mid")), m.group("z")]
        heads.append({_singular(_fold_state(w)) for w in nouns})
    for m in _BRACKETED_SERIES.finditer(text or ""):
        nouns = re.split(r"\s*,\s*|\s+et\s+", m.group("items"))
        if _EXAMPLES_BEFORE.search(" ".join((text or "")[:m.start()].split()[-6:])) or "etc" in map(_fold_state, nouns):
            continue  # « certains services (piscine, cantine, …) », « … etc. »: examples, not a list asked
        heads.append({_singular(_fold_state(w)) for w in nouns})
    return [h for h in heads if len(h) >= 3 and not any(w[:6] in _ACTORS for w in h)]


# people and bodies (folded, cut to six letters): a series naming them says who takes part or who
# benefits (« associer les usagers, les aidants et leurs associations »), not things asked, and an
# action naming some of them may still answer the demand
_ACTORS = frozenset("habita usager associ entrep rivera aidant jeune eleve parent agricu commun depart region metrop "
                    "interc etat acteur citoye benevo lyceen etudia appren famill enfant senior touris commer artisa "
                    "agent elu consei syndic operat partena profes salari person public".split())


# Two publics a demand names together (« les agents et les élus », « aux jeunes et à leurs
# parents », « des élèves ainsi que pour leurs parents »): a determiner, a noun of people (see
# _ACTORS), up to two words, « et » / « ainsi que », maybe a preposition and a determiner, a
# second noun of people
_PUBLIC_PAIR = re.compile(
    r"\b(?:les|aux|des|nos|leurs|ses|tous\s+les|toutes\s+les)\s+(?P<a>[^\W\d_]{3,})(?:\s+[^\W\d_]+){0,2}?"
    r"\s+(?:et|ainsi\s+que)\s+(?:(?:à|pour|avec)\s+)?(?:(?:les|aux|des|nos|leurs|ses)\s+)?(?P<z>[^\W\d_]{3,})", re.I)
# nouns of people too general to be named again by an action that serves them (« les personnes
# âgées » are « les plus de 70 ans », « les seniors »)
_GENERAL_PUBLICS = frozenset({"person", "public"})
PUBLIC_STATE = "Retenue en partie (une partie du public)"
# the name of an intercommunality: its « communes » are no public served (« La Communauté de
# communes formera les associations » serves the associations only)
_GROUPING_NAME = re.compile(r"\bcommunaut[ée]s?\s+de\s+communes\b", re.I)


def _named(text: str) -> set[str]:
    """The words of three letters or more a text names, folded and singular (what an action
    names of the things or publics a demand lists, see :func:`list_state`, :func:`public_state`)."""
    return {_singular(w) for w in re.findall(r"[a-z]{3,}", _fold_state(text or ""))}


def _public_pairs(text: str) -> list[set[str]]:
    """The pairs of publics a text names together (see _PUBLIC_PAIR), each noun folded, singular
    and cut to six letters as in _ACTORS."""
    pairs = []
    for m in _PUBLIC_PAIR.finditer(text or ""):
        a, z = (_singular(_fold_state(m.group(g)))[:6] for g in ("a", "z"))
        if a != z and {a, z} <= _ACTORS and not {a, z} & _GENERAL_PUBLICS:
            pairs.append({a, z})
    return pairs


# School classes an action names by their level (« en CM1-CM2 », « des classes de 6e et de 5e »):
# pupils, the « élèves » a demand names (not « collégiens », said of a place's public)
_SCHOOL_CLASSES = re.compile(r"\b(?:CP|CE1|CE2|CM1|CM2|[3-6](?:e|ème)s?|sixi[èe]mes?)\b")


def public_state(action_text: str, state: str, demand_text: str) -> str:
    """What an action's document says of it, « Retenue en partie (une partie du public) » when the
    demand names two publics together (see _PUBLIC_PAIR) and the action (with its description)
    names one of them, not the other: it serves part of those asked for.

    >>> public_state("Sensibiliser les agents à la cybersécurité", "", "Former les agents et les élus à la cybersécurité")
    'Retenue en partie (une partie du public)'
    >>> public_state("Former élus et agents à la cybersécurité", "", "Former les agents et les élus à la cybersécurité")
    ''
    >>> public_state("Sensibiliser à la cybersécurité", "", "Former les agents et les élus à la cybersécurité")
    ''
    >>> public_state("La Communauté de communes formera les associations", "",
    ...              "Former les communes et les associations au RGPD")
    'Retenue en partie (une partie du public)'
    >>> public_state("Ateliers sur les écrans en CM2 et soirée pour les parents", "",
    ...              "Des ateliers sur les écrans pour les élèves et pour les parents")
    ''
    """
    pairs = _public_pairs(_GROUPING_NAME.sub(" ", demand_text or ""))
    if not pairs or status_cap(state) != STATUS_ADDRESSED:
        return state
    given = {w[:6] for w in _named(_GROUPING_NAME.sub(" ", action_text or ""))}
    if _SCHOOL_CLASSES.search(action_text or ""):
        given.add("eleve")  # the classes named are their pupils
    for pair in pairs:
        named = pair & given
        if named and named != pair:
            return PUBLIC_STATE
    return state


# A demand asking a thing for everyone whatever their situation (« quel que soit l'âge des
# enfants », « quels que soient leurs revenus », « sans condition de ressources »), and an action
# that sets a condition on who gets it (« aux familles bénéficiaires de l'allocation … », « dont un
# enfant entre au collège », « sous conditions de ressources », « réservé aux … », « de plus de
# 70 ans »): it serves part of the public asked for
_WHATEVER = re.compile(r"\bquel(?:le)?s?\s+que\s+soi(?:t|ent)\b|\bsans\s+conditions?\b", re.I)
_CONDITION = re.compile(
    r"\bb[ée]n[ée]ficiaires?\s+(?:de|du|des|d['’])|\bdont\s+(?:un|une|le|la|les|l['’]|au\s+moins)\s*[^\W\d_]+"
    r"(?:\s+[^\W\d_]+)?\s+(?:entre|entrent|est|sont|a|ont|habite|habitent|vit|vivent)\b"
    r"|\bsous\s+conditions?\s+(?:de|d['’])|\br[ée]serv[ée]e?s?\s+(?:aux?|à)\b|\b[ée]ligibles?\b"
    r"|\b(?:de\s+)?(?:plus|moins)\s+de\s+\d+\s+ans\b", re.I)


def condition_state(action_text: str, state: str, demand_text: str) -> str:
    """What an action's document says of it, « Retenue en partie (une partie du public) » when the
    demand asks for a thing whatever one's situation (see _WHATEVER) and the action sets a
    condition on who gets it (see _CONDITION), and nothing lower is said.

    >>> condition_state("Une aide aux familles bénéficiaires de l'allocation de rentrée", "",
    ...                 "Une aide aux familles, quels que soient leurs revenus")
    'Retenue en partie (une partie du public)'
    >>> condition_state("Une aide aux familles", "", "Une aide aux familles, quels que soient leurs revenus")
    ''
    >>> condition_state("Une aide aux familles bénéficiaires de l'allocation de rentrée", "", "Une aide aux familles")
    ''
    """
    if status_cap(state) != STATUS_ADDRESSED or not _WHATEVER.search(demand_text or ""):
        return state
    return PUBLIC_STATE if _CONDITION.search(action_text or "") else state


def list_state(action_text: str, state: str, demand_text: str) -> str:
    """What an action's document says of it, « Retenue en partie (une partie de la liste) » when
    the demand lists three things or more (see _SERIES) and the action names some of them, not
    all, and nothing lower is said: it answers in part (not its description, which often names
    what the action will reach later).

    >>> list_state("Publier les menus et les tarifs de la cantine", "",
    ...            "Publier en ligne les menus, les tarifs et les horaires de la cantine")
    'Retenue en partie (une partie de la liste)'
    >>> list_state("Publier les menus, les horaires et les tarifs", "",
    ...            "Publier en ligne les menus, les tarifs et les horaires de la cantine")
    ''
    >>> list_state("Rénover le gymnase", "", "Publier en ligne les menus, les tarifs et les horaires")
    ''
    """
    if status_cap(state) != STATUS_ADDRESSED:
        return state
    given = _named(action_text)
    for heads in _series_heads(demand_text):
        named = heads & given
        if named and named != heads:
            return LIST_STATE
    return state


# How often a text says a thing happens, as a period in days: « hebdomadaire », « chaque
# semaine », « tous les quinze jours », « chaque mois », « une fois par an », « tous les deux ans »,
# and a count per period (« deux fois par an »: every six months, « deux fois par mois »)
_PERIOD_WORDS = (
    (3, r"(?:deux|2)\s+(?:fois|demi-journ[ée]es|journ[ée]es|jours|matin[ée]es|matins|apr[èe]s-midi|soir[ée]es|soirs)"
        r"\s+par\s+semaine"),
    (7, r"hebdomadaires?|(?:chaque|toutes\s+les|par|une\s+fois\s+par)\s+semaines?"),
    (14, r"(?:tous\s+les\s+quinze|tous\s+les\s+15)\s+jours|(?:toutes\s+les|chaque)\s+(?:deux|2)\s+semaines|chaque\s+quinzaine"
         r"|(?:deux|2)\s+fois\s+par\s+mois"),
    (30, r"mensuel(?:le)?s?|(?:chaque|tous\s+les|par|une\s+fois\s+par)\s+mois"),
    (91, r"trimestriel(?:le)?s?|(?:chaque|tous\s+les|par|une\s+fois\s+par)\s+trimestres?"
         r"|(?:quatre|4)\s+fois\s+par\s+(?:an\b|ann[ée]e)"),
    (121, r"(?:trois|3)\s+fois\s+par\s+(?:an\b|ann[ée]e)"),
    (182, r"semestriel(?:le)?s?|(?:chaque|tous\s+les|par|une\s+fois\s+par)\s+semestres?"
          r"|(?:deux|2)\s+fois\s+par\s+(?:an\b|ann[ée]e)"),
    (365, r"annuel(?:le)?s?|(?:chaque|tous\s+les|une\s+fois\s+par)\s+(?:ann[ée]es?|ans?)|par\s+an\b(?!\s+(?:de|d['’]))"),
    (730, r"biennal(?:e|es|aux)?|(?:tous\s+les|toutes\s+les)\s+(?:deux|2)\s+(?:ans|ann[ée]es)"),
)
_PERIOD = re.compile("|".join(f"(?P<p{days}>\\b(?:{words}))" for days, words in _PERIOD_WORDS), re.I)
LESS_OFTEN_STATE = "Retenue en partie (moins souvent que demandé)"
# An action that is the first of a thing, with no frequency (« Réaliser en 2027 un premier bilan »,
# « Une première réunion aura lieu en mars »): done once so far, not as often as a demand asks. The
# first one is what the action does, its subject or its verb's object (at most three words
# between), not a detail further on (« … permettra d'obtenir une première estimation des aides »)
_FIRST_ONLY = re.compile(r"^\W*(?:[^\W\d_]+(?:er|ir|re)\s+(?:[^\s.;:!?]+\s+){0,3})?(?:un|une)\s+premi(?:er|[èe]re)\b",
                         re.I)
# A sentence where a demand's author tells what is done now (« Bénévoles, on répare chaque mois
# quarante appareils », « nous nous réunissons chaque semaine »): a fact, not a frequency asked
_AUTHOR_STATES = re.compile(
    r"\b(?:on|nous|je|j['’])\s*(?!voudr|souhait|aimer|demand|propos|pr[ée]f[ée]r|sugg[eéè]r|recommand|pourr|devr|faut)"
    r"(?:ne\s+|n['’]\s*)?[^\W\d_]+(?:e|es|ons|ont|ez|s|t|is|it)\b", re.I)


# One day of the week, maybe with its part (« le mardi matin », « chaque jeudi », « tous les samedis
# après-midi »): once a week when the text names no other day (« le mardi et le jeudi » is twice),
# not a date (« le mardi 3 mars »)
_WEEKDAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_WEEKLY_DAY = re.compile(rf"\b(?:(?:chaque|tous\s+les)\s+{_WEEKDAY}s?\b(?!\s*\d)"
                         rf"|le\s+{_WEEKDAY}\s+(?:matin|apr[èe]s-midi|soir)\b)", re.I)


def _periods(text: str, weekday: bool = False) -> list[int]:
    """The periods, in days, of the frequencies ``text`` gives, in order; with ``weekday``, one day
    of the week named alone too when no other frequency is given (see _WEEKLY_DAY: what an
    action gives, not what a demand asks, where « le samedi matin » says when rather than how
    often).

    >>> _periods("Une permanence hebdomadaire et un bilan chaque année")
    [7, 365]
    >>> _periods("Un exercice tous les deux ans ; une lettre tous les quinze jours")
    [730, 14]
    >>> _periods("Un comité qui se réunit deux fois par an ; trois fois par an ; 2 fois par mois")
    [182, 121, 14]
    >>> _periods("Une permanence le mardi matin, sans rendez-vous", weekday=True)
    [7]
    >>> _periods("Une permanence tous les quinze jours, le mardi matin", weekday=True)
    [14]
    >>> _periods("Une permanence le mardi matin et le jeudi après-midi", weekday=True)
    []
    >>> _periods("Deux demi-journées par semaine, dont le samedi matin")
    [3]
    """
    found = [(m.start(), int(name[1:])) for m in _PERIOD.finditer(text or "")
             for name, value in m.groupdict().items() if value]
    # (the day of another frequency says which day: « tous les quinze jours, le mardi matin »)
    if weekday and not found and len({d.lower() for d in re.findall(_WEEKDAY, text or "", re.I)}) == 1:
        found += [(m.start(), 7) for m in _WEEKLY_DAY.finditer(text)]
    return [days for _, days in sorted(found)]


def frequency_state(action_text: str, state: str, demand_text: str) -> str:
    """What an action's document says of it, « Retenue en partie (moins souvent que demandé) »
    when the demand says how often a thing should happen and the action gives only the first
    of it, without any frequency (« un premier bilan en 2027 »), or, giving no more
    frequencies than the demand, gives each at least as rarely and one more rarely (« une
    permanence hebdomadaire » answered by « une permanence tous les quinze jours », « un exercice
    annuel » by « un exercice tous les deux ans »), and nothing lower is said.

    >>> frequency_state("Une permanence aura lieu tous les quinze jours.", "", "Une permanence hebdomadaire en mairie")
    'Retenue en partie (moins souvent que demandé)'
    >>> frequency_state("Une permanence aura lieu chaque semaine.", "", "Une permanence hebdomadaire en mairie")
    ''
    >>> frequency_state("Des ateliers chaque mois ; un bilan chaque année.", "", "Des ateliers chaque mois")
    ''
    >>> frequency_state("Une aide annuelle aux ateliers.", "", "Aider les ateliers. On répare chaque mois vingt vélos.")
    ''
    >>> frequency_state("Un premier bilan sera publié en 2027.", "", "Publier un bilan chaque année")
    'Retenue en partie (moins souvent que demandé)'
    """
    if status_cap(state) != STATUS_ADDRESSED:
        return state
    asked = sorted(p for sentence in re.split(r"(?<=[.!?])\s+", demand_text or "") if not _AUTHOR_STATES.search(sentence)
                   for p in _periods(sentence))
    given = sorted(set(_periods(action_text, weekday=True)))  # each once: « un comité annuel … ; bilan annuel » gives one
    if asked and not given and _FIRST_ONLY.search(action_text or ""):
        return LESS_OFTEN_STATE  # « un premier bilan en 2027 » for « un bilan chaque année »: once so far
    if not asked or not given or len(given) > len(asked):
        return state
    pairs = list(zip(asked[len(asked) - len(given):], given))  # the rarest asked against those given
    if all(g >= a for a, g in pairs) and any(g > a for a, g in pairs):
        return LESS_OFTEN_STATE
    return state


# An action held in one season only (« pendant les vacances d'été », « en juillet-août », « chaque
# été », « l'été ») and the words of a demand that names a season itself
_SEASON_ONLY = re.compile(
    r"\b(?:pendant|durant)\s+(?:les\s+)?(?:(?:grandes\s+)?vacances\s+(?:d['’]\s*[ée]t[ée]|estivales)|l['’]\s*[ée]t[ée]"
    r"|la\s+saison\s+estivale)\b|\(?\b(?:en\s+)?juillet(?:-|\s+et\s+)ao[ûu]t\b|\bchaque\s+[ée]t[ée]\b", re.I)
_SEASON_ASKED = re.compile(r"\b(?:[ée]t[ée]|vacances|estiva\w*|saison\w*|juillet|ao[ûu]t|hiver|printemps|automne)\b", re.I)
MONTHLY = 31  # a frequency of a month or less: a thing asked all year round


def season_state(action_text: str, state: str, demand_text: str) -> str:
    """What an action's document says of it, « Retenue en partie (moins souvent que demandé) »
    when the demand asks a thing all year round (« une fois par mois », « chaque semaine »), no
    season named, and the action holds it in one season only (« pendant les vacances d'été »,
    « en juillet-août »), and nothing lower is said.

    >>> season_state("Des lectures au parc pendant les vacances d'été", "", "Des lectures au parc une fois par mois")
    'Retenue en partie (moins souvent que demandé)'
    >>> season_state("Des lectures au parc pendant les vacances d'été", "", "Des lectures au parc chaque mois de l'été")
    ''
    """
    if status_cap(state) != STATUS_ADDRESSED or not _SEASON_ONLY.search(action_text or ""):
        return state
    asked = [p for p in _periods(demand_text) if p <= MONTHLY]
    if asked and not _SEASON_ASKED.search(demand_text or ""):
        return LESS_OFTEN_STATE
    return state


def _titled_list_state(action_text: str, state: str, demand_text: str, detail: str) -> str:
    """:func:`list_state` for an action given as a short title over its description (« Ouvrir nos
    données » / « … seront publiés les délibérations, les budgets et les marchés … »): a title
    naming one of the things listed says nothing of the others, so a description naming them
    all keeps the action's state."""
    listed = list_state(action_text, state, demand_text)
    if (listed != state and detail and len(action_text.split()) <= MAX_TITLE_WORDS
            and list_state(f"{action_text} {detail}", state, demand_text) == state):
        return state
    return listed


MAX_TITLE_WORDS = 8  # the words of an action's title given over its description (see _titled_list_state)


# A year a thing is due by (« avant 2028 », « d'ici fin 2027 », « avant la fin de l'année 2027 »,
# « dès 2027 », « en 2028 », « à la rentrée 2027 »): the preposition, maybe a part of the year, the year
_DUE_BY = re.compile(
    r"\b(?P<prep>avant|d['’]\s*ici|au\s+plus\s+tard|d[èe]s|en|pour|jusqu['’]\s*en|[àa])\s+"
    r"(?P<part>(?:la\s+|le\s+|l['’]\s*)?(?:fin|d[ée]but|mi|courant|rentr[ée]e|printemps|[ée]t[ée]|automne|hiver"
    r"|(?:premier|second|deuxi[èe]me)\s+semestre)(?:\s+(?:de\s+|d['’]\s*))?\s*(?:l['’]\s*ann[ée]e\s+)?"
    r"|l['’]\s*ann[ée]e\s+|(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre"
    r"|d[ée]cembre)\s+)?(?P<year>20\d\d)\b",
    re.I,
)
LATER_STATE = "Retenue en partie (plus tard que demandé)"


def _due_years(text: str) -> list[int]:
    """The years ``text`` gives a thing by (see _DUE_BY), as the last year it may be done in:
    « avant 2028 » is 2027, « avant la fin de 2027 » and « d'ici 2027 » are 2027.

    >>> _due_years("avant 2028, et pas seulement en 2026 ; d'ici fin 2029 ; avant la fin de l'année 2027")
    [2027, 2026, 2029, 2027]
    """
    return [year for _, year in _due_matches(text)]


def _due_matches(text: str):
    """Each date of ``text`` (see _DUE_BY) with the last year it lets a thing be done in (see
    :func:`_due_years`), for :func:`_due_years` and :func:`_completion_years`."""
    for m in _DUE_BY.finditer(text or ""):
        year = int(m.group("year"))
        strict = m.group("prep").lower() == "avant" and not m.group("part")
        yield m, year - 1 if strict else year


# What a year stands for in an action giving both: the start of the works (« dès 2026 », « démarrera
# en 2026 », « en lançant dès 2026 ») or their completion (« d'ici fin 2029 », « au plus tard en
# 2029 », « achevé en 2029 », « jusqu'en 2029 »)
_START_BEFORE = re.compile(r"(?:\bd[ée]marr\w*|\bcommenc\w*|\blan[cç]\w*|\bengag\w*\s+(?:les\s+)?travaux)\s+$", re.I)
_END_BEFORE = re.compile(r"(?:\bau\s+plus\s+tard|\bachev\w*|\bachèv\w*|\btermin\w*|\blivr\w*|\bfinalis\w*)\s+$", re.I)
_END_PREPS = ("avant", "d'ici", "au plus tard", "jusqu'en")


def _completion_years(text: str) -> list[int]:
    """The years ``text`` gives a thing by (see :func:`_due_years`), only those it sets for the
    completion when it gives both a start (« dès 2026 », « démarrera en 2026 ») and an end
    (« d'ici la fin de 2029 », « au plus tard en 2029 », « achevés en 2029 »); else all of them.

    >>> _completion_years("raccordés d'ici la fin de l'année 2029, en lançant dès 2026 les travaux")
    [2029]
    >>> _completion_years("Les travaux démarreront en 2026 et seront achevés en 2029.")
    [2029]
    >>> _completion_years("Une première tranche dès 2026, la dernière en 2029.")
    [2026, 2029]
    """
    starts, ends, out = [], [], []
    for m, year in _due_matches(text):
        prep = re.sub(r"'\s*", "'", re.sub(r"\s+", " ", m.group("prep").lower().replace("’", "'")))
        part = (m.group("part") or "").lower()
        out.append(year)
        before = (text or "")[max(0, m.start() - 40):m.start()]
        if prep in ("dès", "des") or (prep == "en" and _START_BEFORE.search(before)):
            starts.append(year)
        elif prep in _END_PREPS or "fin" in part or (prep == "en" and _END_BEFORE.search(before)):
            ends.append(year)
    return ends if starts and ends else out


def later_state(action_text: str, state: str, demand_text: str) -> str:
    """What an action's document says of it, « Retenue en partie (plus tard que demandé) » when
    the demand wants a thing by a year (see :func:`_due_years`: « avant la fin de 2027 ») and the
    action gives only later years for it (« d'ici fin 2028 »), and nothing lower is said.

    >>> later_state("Les derniers foyers seront raccordés d'ici fin 2029.", "", "Raccorder tous les foyers avant 2028")
    'Retenue en partie (plus tard que demandé)'
    >>> later_state("Une première tranche en 2027, la dernière en 2029.", "", "Raccorder tous les foyers avant 2028")
    ''
    >>> later_state("Les derniers foyers seront raccordés en 2029.", "", "Raccorder tous les foyers")
    ''
    """
    if status_cap(state) != STATUS_ADDRESSED:
        return state
    asked = _due_years(demand_text)
    given = _completion_years(action_text)
    if asked and given and min(given) > min(asked):
        return LATER_STATE
    # a part put off in a later clause (« La fibre sera déployée à Kerlaz d'ici 2027 ; Plouzven sera
    # raccordé en 2029. »): a word the demand asks for that the first clause does not name, given
    # only years later than asked
    first, *later = _detail_sentences(action_text or "")
    if asked and later:
        wanted = _words(demand_text) - _words(first)
        for clause in later:
            years = _due_years(clause)
            if years and min(years) > min(asked) and wanted & _words(clause):
                return LATER_STATE
    return state


# A series of three names or more, each opened by a capital, after commas and a last « et »
# (« à Kerlaz, Plouzven et Saint-Envel »): the places (or bodies) a demand lists
_NAME = r"[A-ZÀÂÉÈÊÎÔÛÇ][\w’'-]*(?:[ -](?:(?:sur|sous|en|les|la|le|de|du|des|lès)[ -])?[A-ZÀÂÉÈÊÎÔÛÇ][\w’'-]*)*"
_NAMES_SERIES = re.compile(r"(?<![.!?]\s)(?<!^)\b(?P<a>" + _NAME + r")(?P<mid>(?:,\s+" + _NAME + r")+),?\s+et\s+(?P<z>"
                           + _NAME + r")")


def _named_series(text: str) -> list[list[str]]:
    """The names of each series of three names or more a text lists inside a sentence (see
    _NAMES_SERIES: not the first word of a sentence, which any capital opens).

    >>> _named_series("Ouvrir une maison de santé à Kerlaz, Plouzven et Saint-Envel.")
    [['Kerlaz', 'Plouzven', 'Saint-Envel']]
    """
    out = []
    for m in _NAMES_SERIES.finditer(text or ""):
        names = [m.group("a"), *(n.strip() for n in m.group("mid").split(",") if n.strip()), m.group("z")]
        out.append(names)
    return out


# A series of three places or more, each after « à la », « au », « aux », « dans le » … (« à la
# maison de quartier des Vergers, à la salle du Moulin et à la résidence Les Glycines »)
_AT = r"(?:à\s+la\s+|à\s+l['’]\s*|au\s+|aux\s+|dans\s+(?:la\s+|le\s+|les\s+|l['’]\s*))"
_AT_SERIES = re.compile(r"(?<![\w'’])" + _AT + r"[^,;:.!?]{3,80}?(?:,\s+" + _AT + r"[^,;:.!?]{3,80}?)+,?\s+et\s+"
                        + _AT + r"[^,;:.!?]{3,80}?(?=\s*[,;:.!?]|\s*$)", re.I)
_AT_ITEM = re.compile(r"(?:^|,\s+|\s+et\s+)" + _AT, re.I)
_CAPITALISED = re.compile(r"\b[A-ZÀÂÉÈÊÎÔÛÇ][\w’'-]{2,}")
_NAME_ARTICLES = frozenset({"les", "la", "le", "des", "du", "de"})


def _named_places(text: str) -> list[list[set[str]]]:
    """The places of each series of three or more a text lists after a preposition (see
    _AT_SERIES), each as the names it gives it (its capitalised words, folded); only the series
    whose every place has a name.

    >>> _named_places("Des permanences à la maison des Vergers, à la salle du Moulin et à la résidence Les Glycines.")
    [[{'vergers'}, {'moulin'}, {'glycines'}]]
    >>> _named_places("Des ateliers à la médiathèque, à la mairie et au centre social.")
    []
    """
    out = []
    for m in _AT_SERIES.finditer(text or ""):
        items = [item for item in _AT_ITEM.split(m.group(0)) if item.strip()]
        names = [{_fold_state(w) for w in _CAPITALISED.findall(item)} - _NAME_ARTICLES for item in items]
        if len(names) >= 3 and all(names):
            out.append(names)
    return out


def places_state(action_text: str, state: str, demand_text: str) -> str:
    """What an action's document says of it, « Retenue en partie (une partie de la liste) » when
    the demand lists three names or more (places, see :func:`_named_series`, or places named
    after a preposition, see :func:`_named_places`) and the action names some of them, not all,
    and nothing lower is said.

    >>> places_state("Une maison de santé ouvrira à Kerlaz.", "", "Des maisons de santé à Kerlaz, Plouzven et Saint-Envel")
    'Retenue en partie (une partie de la liste)'
    >>> places_state("Des maisons de santé à Kerlaz, Saint-Envel et Plouzven.", "", "Des maisons à Kerlaz, Plouzven et Saint-Envel")
    ''
    >>> places_state("Une permanence à la maison des Vergers et à la résidence Les Glycines.", "",
    ...              "Des permanences à la maison des Vergers, à la salle du Moulin et à la résidence Les Glycines")
    'Retenue en partie (une partie de la liste)'
    """
    if status_cap(state) != STATUS_ADDRESSED:
        return state
    for names in _named_series(demand_text):
        named = [n for n in names if re.search(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", action_text or "")]
        if named and len(named) < len(names):
            return LIST_STATE
    given = _fold_state(action_text or "")
    for places in _named_places(demand_text):
        named = [p for p in places if any(re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", given) for w in p)]
        if named and len(named) < len(places):
            return LIST_STATE
    return state


# Two places a demand names each after its own « dans » (« dans les médiathèques et dans les
# salles des fêtes »): the preposition of place said again marks two distinct places, both asked
# (not « à », which also names what one is trained to: « former à l'ordinateur et au smartphone »)
_IN = r"dans\s+(?:la\s+|le\s+|les\s+|l['’]\s*|chaque\s+|tous\s+les\s+|toutes\s+les\s+)"
_AT_PAIR = re.compile(r"(?<![\w'’])" + _IN + r"(?P<a>[^,;:.!?]{3,60}?)\s+et\s+" + _IN
                      + r"(?P<z>[^,;:.!?]{3,60}?)(?=\s*[,;:.!?]|\s*$)", re.I)


# adjectives French writes before the noun (« les grands parcs », « les petites communes »)
_BEFORE_NOUN = frozenset({"grand", "grande", "petit", "petite", "gros", "grosse", "beau", "bel", "belle", "nouveau",
                          "nouvel", "nouvelle", "vieux", "vieil", "vieille", "ancien", "ancienne", "autre",
                          "principal", "principale", "premier", "premiere", "dernier", "derniere", "futur",
                          "future", "meme", "seul", "seule"})


def _head_place(words: str) -> str:
    """The first noun of a place named after a preposition, folded and singular (« salles des
    fêtes communales » -> « salle », « grands parcs » -> « parc »), or "" when it is a person or
    a body (see _ACTORS)."""
    found = [w for w in re.findall(r"[a-z]{3,}", _fold_state(words)) if _singular(w) not in _BEFORE_NOUN]
    head = _singular(found[0]) if found else ""
    return "" if not head or head[:6] in _ACTORS else head


def place_pair_state(action_text: str, state: str, demand_text: str) -> str:
    """What an action's document says of it, « Retenue en partie (une partie de la liste) » when
    the demand names two places each after its own « dans » (see _AT_PAIR) and the action
    names the first or the second of them, not both, and nothing lower is said.

    >>> place_pair_state("Des bancs dans les cours d'école", "", "Des bancs dans les cours d'école et dans les parcs")
    'Retenue en partie (une partie de la liste)'
    >>> place_pair_state("Des bancs dans les cours d'école et les parcs", "", "Des bancs dans les cours d'école et dans les parcs")
    ''
    >>> place_pair_state("Des bancs dans toute la ville", "", "Des bancs dans les cours d'école et dans les parcs")
    ''
    >>> place_pair_state("Des ateliers dans les clubs", "", "Des ateliers dans les clubs et dans les familles")
    ''
    >>> place_pair_state("Des bancs dans les 14 écoles puis dans 6 parcs", "", "Des bancs dans les écoles et dans les grands parcs")
    ''
    """
    if status_cap(state) != STATUS_ADDRESSED:
        return state
    given = _named(action_text)
    for m in _AT_PAIR.finditer(demand_text or ""):
        heads = {_head_place(m.group("a")), _head_place(m.group("z"))}
        if "" in heads or len(heads) < 2:
            continue
        if len(heads & given) == 1:
            return LIST_STATE
    return state


# An action that only tries the thing (« à titre expérimental », « dix lycées expérimenteront … »,
# « Expérimentation de … », « une phase pilote », « à titre d'essai »): it answers a demand in part,
# unless the demand asks for a trial itself, or the trial is of the whole thing for a stated time
# (« à titre expérimental pendant un an », « en test sur 1 an »), which delivers what was asked
_TRIAL = re.compile(r"\b(?:[àa]\s+titre\s+(?:exp[ée]rimental|d['’]\s*(?:essai|exp[ée]rimentation))"
                    r"|exp[ée]riment(?:er|era|eront|erons|ons|ent|e|ation)s?|phases?\s+pilotes?|en\s+phase\s+de\s+test)\b",
                    re.I)
_ASKS_TRIAL = re.compile(r"\b(?:exp[ée]riment\w*|pilotes?|essais?|tests?|tester)\b", re.I)
# a trial for a stated time: « pendant un an », « sur 1 an », « durant six mois »
_TRIAL_SPAN = re.compile(r"\b(?:pendant|durant|sur)\s+(?:un|une|deux|trois|six|\d+)\s+(?:ans?|mois|ann[ée]es?|semaines)\b", re.I)
TRIAL_STATE = "Retenue en partie (à titre d'essai)"


def trial_state(action_text: str, state: str, demand_text: str) -> str:
    """What an action's document says of it, « Retenue en partie (à titre d'essai) » when the
    action's first sentence (the action itself, or the opening of its description) only tries
    the thing (see _TRIAL), the demand asks for no trial and no time is set to the trial (see
    _TRIAL_SPAN), and nothing lower is said.

    >>> trial_state("Le marché sera ouvert le soir à titre expérimental", "", "Ouvrir le marché le soir")
    "Retenue en partie (à titre d'essai)"
    >>> trial_state("Le marché sera ouvert le soir, à titre expérimental pendant un an", "", "Ouvrir le marché le soir")
    ''
    >>> trial_state("Expérimenter un marché du soir", "", "Expérimenter un marché du soir")
    ''
    """
    # (only the action's first sentence: a later one may try a side thing, « En parallèle, une
    # expérimentation de capteurs sera conduite … »)
    first = _detail_sentences((action_text or "").strip())[0]
    if status_cap(state) != STATUS_ADDRESSED or not _TRIAL.search(first) \
            or _ASKS_TRIAL.search(demand_text or "") or _TRIAL_SPAN.search(first):
        return state
    return TRIAL_STATE


# A demand asking a thing of every public body (« tous les sites publics », « toutes les
# administrations publiques ») or of the grouping and its communes (« de l'intercommunalité et des
# communes »), and an action that gives it for the authority's own only (« les services en ligne de
# la Région », « le site communautaire », « les bâtiments intercommunaux ») without naming the
# communes or all of them: it answers in part
# (the things asked of all not already the authority's own: « toutes les médiathèques du réseau
# intercommunal d'un wifi public » asks nothing of other bodies)
_ALL_PUBLIC = re.compile(r"\btou(?:s|tes)\s+les\s+(?:(?!intercommuna|communautaire|r[ée]gion|d[ée]partement)[^.;:!?]){0,60}?"
                         r"\bpubli(?:c|cs|que|ques)\b"
                         r"|\b(?:intercommunalit[ée]|communaut[ée]\s+de\s+communes)\s+et\s+(?:des|les|de\s+ses|ses|aux)\s+"
                         r"(?:\w+\s+)?communes\b", re.I)
_OWN = re.compile(r"\bde\s+la\s+r[ée]gion\b|\bdu\s+d[ée]partement\b|\bcommunautaires?\b"
                  r"|\bintercommuna(?:l|le|les|ux)\b|\bde\s+la\s+communaut[ée]\s+de\s+communes\b", re.I)
_ALL_OR_COMMUNES = re.compile(r"\btou(?:s|tes)\b|\bcommunes\b|\bmunicipa\w*", re.I)
OWN_STATE = "Retenue en partie (ses propres services seulement)"


def own_state(action_text: str, state: str, demand_text: str) -> str:
    """What an action's document says of it, « Retenue en partie (ses propres services
    seulement) » when the demand asks a thing of every public body or of the grouping and its
    communes (see _ALL_PUBLIC) and the action's first sentence gives it for the authority's own
    (see _OWN) without naming all or the communes, and nothing lower is said.

    >>> own_state("Rendre accessibles les sites de la Région", "", "Rendre accessibles tous les sites publics")
    'Retenue en partie (ses propres services seulement)'
    >>> own_state("Rendre accessibles les sites de la Région et des communes", "", "Rendre accessibles tous les sites publics")
    ''
    """
    first = _detail_sentences((action_text or "").strip())[0]
    if status_cap(state) != STATUS_ADDRESSED or not _ALL_PUBLIC.search(demand_text or "") \
            or not _OWN.search(first) or _ALL_OR_COMMUNES.search(_GROUPING_NAME.sub(" ", first)):
        return state
    return OWN_STATE


# A demand asking for every step from a first to a last (« du diagnostic jusqu'aux travaux », « de
# l'étude jusqu'à la réalisation »), on a folded text: the first and the last step, a complement of its
# own after a comma or a bracket (not « les repas de la cantine jusqu'à la veille », a time)
_SPAN = re.compile(r"(?:^|[,(;]\s*)d(?:u|e\s+la|e\s+l'|es)\s*(?P<first>[a-z]{5,})\s+jusqu'\s*(?:aux?|a\s+la|a\s+l')\s*(?P<last>[a-z]{5,})")


def span_state(action_text: str, state: str, demand_text: str) -> str:
    """What an action's document says of it, « Retenue en partie (une partie de la liste) » when
    the demand asks for every step from a first to a last (see _SPAN: « du diagnostic jusqu'aux
    travaux ») and the action names the first step, not the last, and nothing lower is said.

    >>> span_state("Diagnostics thermiques des logements", "", "Aider les ménages, du diagnostic jusqu'aux travaux")
    'Retenue en partie (une partie de la liste)'
    >>> span_state("Diagnostics et travaux d'isolation", "", "Aider les ménages, du diagnostic jusqu'aux travaux")
    ''
    """
    if status_cap(state) != STATUS_ADDRESSED:
        return state
    m = _SPAN.search(_fold_state(demand_text or ""))
    if not m:
        return state
    action = _words(action_text)
    first, last = _singular(m.group("first")), _singular(m.group("last"))
    if first in action and last not in action:
        return LIST_STATE
    return state


# A demand that refuses a thing or asks that no more of it be added, in its folded text: « Non aux
# antennes … », « Stop aux caméras » (opening a sentence), « Pas une caméra de plus », « pas de
# nouvelles éoliennes », « qu'aucune nouvelle antenne ne soit installée », « arrêter d'installer
# des caméras », « ne pas construire de parking », « nous refusons les panneaux … » (not « pourquoi ne
# pas … », a suggestion; nor « pas de wifi », which may say what is missing). ``x`` is the thing.
_ADDING_VERB = (r"(?:(?:install|implant|constru|deploy|deploi|ajout|autoris|multipli|augment|etend)[a-z]*"
                r"|batir|bati[a-z]?|pos(?:e|er|ee|ees|es|era|eront)|cre(?:e|er|ee|ees|es|era|eront|ation|ations)"
                r"|ouvr(?:ir|ira|iront|e|ent)|ouvert(?:e|es|s)?|ouverture)")
_THING = (r"(?:(?:installation|implantation|construction|creation|deploiement|extension|ouverture|multiplication)s?"
          r"\s+(?:de\s+|d'\s*|des\s+|du\s+)(?:un\s+|une\s+)?)?(?:nouvel(?:le)?s?\s+|nouveaux?\s+|autres?\s+)?(?P<x>[a-z][a-z-]{2,})")
_REFUSED_THING = re.compile(
    r"(?:^|[.!?;:\n(«\"]\s*)(?:non|stop|halte)\s+(?:a|aux|au)\s+(?:la\s+|l'\s*|les\s+)?" + _THING
    + r"|\bpas\s+(?:un|une|de|d')\s*" + _THING.replace("?P<x>", "?P<t>") + r"(?:\s+[^.;:!?,\n]{0,40}?)?\s+(?:de\s+plus|supplementaires?|en\s+plus)\b"
    + r"|\bpas\s+de\s+(?:nouvel(?:le)?s?|nouveaux?)\s+(?P<y>[a-z][a-z-]{2,})"
    + r"|\baucun(?:e|s|es)?\s+" + _THING.replace("?P<x>", "?P<z>") + r"[^.;:!?\n]{0,60}?\s+ne\s+"
    r"(?:soit|soient|doit|doivent|puisse|puissent|sera|seront|devra|devront)\s+(?:plus\s+)?" + _ADDING_VERB
    + r"|\b(?:arreter|arretez|arretons|cesser|cessez|cessons|stopper|stoppez)\s+(?:de\s+|d')\s*" + _ADDING_VERB
    + r"\s+(?:de\s+|des\s+|d'\s*|les\s+|la\s+|le\s+|l'\s*|un\s+|une\s+)" + _THING.replace("?P<x>", "?P<w>")
    + r"|(?<!pourquoi )\bne\s+(?:pas|plus|jamais)\s+" + _ADDING_VERB
    + r"\s+(?:de\s+|des\s+|d'\s*|les\s+|la\s+|le\s+|l'\s*|un\s+|une\s+)" + _THING.replace("?P<x>", "?P<v>")
    + r"|(?<!de )(?<!d')\b(?:refusons|refuse|refuser|opposons\s+a|opposes?\s+a|opposees?\s+a)\s+(?:la\s+|l'\s*|les\s+|le\s+|tout\s+|toute\s+)"
    + _THING.replace("?P<x>", "?P<u>"))
# An action adding a thing: a verb of adding or its noun, « supplémentaires », « de plus », « nouvelles »,
# a number of them (« huit caméras »), « compléter », « renforcer », « poursuivre le déploiement »
_ADDS = re.compile(r"\b(?:" + _ADDING_VERB + r"|supplementaires?|de\s+plus|en\s+plus|nouvel(?:le)?s?|nouveaux?"
                   r"|complet[a-z]*|renforc[a-z]*|extension)\b")
_COUNTED = re.compile(r"\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|cinquante"
                      r"|cent)\s+(?:[a-z]+\s+)?(?P<n>[a-z][a-z-]{2,})")
# ... unless it holds back, removes or bounds it (« aucune », « ne … pas », « limiter », « encadrer par
# une charte », « retirer »)
_HOLDS_BACK = re.compile(r"\b(?:pas|aucun[a-z]*|jamais|ne|n'|interdi[a-z]*|renonc[a-z]*|retir[a-z]*|supprim[a-z]*"
                         r"|limit[a-z]*|redui[a-z]*|reduction|encadr[a-z]*|charte|moratoire|eloign[a-z]*|refus[a-z]*"
                         r"|gel[a-z]*|evalu[a-z]*|demont[a-z]*|arret[a-z]*)\b")
CONTRARY_STATE = "Non retenue (contraire à la demande)"


def _thing_key(word: str) -> str:
    """A folded word as refused_things and contrary_state compare it: its first part before a hyphen,
    singular, its first six letters (« caméras » and « caméra-piéton » both « camera »)."""
    return _singular(word.split("-")[0])[:6]


def _folded_quotes(text: str) -> str:
    """``text`` folded (see _fold_state), its typographic apostrophes typed straight."""
    return _fold_state((text or "").replace("’", "'"))


def refused_things(demand_text: str) -> set[str]:
    """The things a demand refuses or asks no more of (see _REFUSED_THING), each the first six
    letters of its noun, folded, singular.

    >>> sorted(refused_things("Pas une caméra de vidéoprotection de plus tant que les écoles ne sont pas rénovées"))
    ['camera']
    >>> sorted(refused_things("Non aux antennes près des écoles. Qu'aucune nouvelle éolienne ne soit installée."))
    ['antenn', 'eolien']
    >>> sorted(refused_things("Pourquoi ne pas installer des bancs ? Pas de wifi à la salle des fêtes."))
    []
    """
    out = set()
    for m in _REFUSED_THING.finditer(_folded_quotes(demand_text)):
        out.add(_thing_key(next(g for g in m.groups() if g)))
    return out


def contrary_state(action_text: str, state: str, demand_text: str) -> str:
    """What an action's document says of it, « Non retenue (contraire à la demande) » for an action
    that adds what a demand refuses (« Huit caméras supplémentaires » for « Pas une caméra de
    plus », « Installer des antennes » for « Non aux antennes »): one of its sentences names the
    thing refused (:func:`refused_things`) with a word of adding (a verb of installing, building,
    creating…, « supplémentaires », « nouvelles », a number) and holds nothing back (« aucune », « ne
    … pas », « limiter », « encadrer »…). It goes against the demand, which it does not take into account.

    >>> contrary_state("Vidéoprotection : huit caméras supplémentaires", "", "Pas une caméra de plus")
    'Non retenue (contraire à la demande)'
    >>> contrary_state("Aucune nouvelle caméra ne sera installée", "", "Pas une caméra de plus")
    ''
    >>> contrary_state("Vidéoprotection : huit caméras supplémentaires", "", "Une caméra devant l'école")
    ''
    """
    refused = refused_things(demand_text)
    if not refused or status_cap(state) == STATUS_NOT:
        return state
    for sentence in re.split(r"[.;!?\n]+", _folded_quotes(action_text)):
        words = {_thing_key(w) for w in re.findall(r"[a-z][a-z-]{2,}", sentence)}
        adds = _ADDS.search(sentence) or any(_thing_key(m.group("n")) in refused for m in _COUNTED.finditer(sentence))
        if words & refused and adds and not _HOLDS_BACK.search(sentence):
            return CONTRARY_STATE
    return state


# An action whose only deed is to ask, relay or plead to another body, which decides (« Le
# Département transmettra à l'État la liste … », « Nous demanderons à la Région un arrêt … »,
# « La zone sera signalée par la commune à l'équipe projet », « Nous relaierons auprès du
# Département … », « Demander à l'opérateur de … »): the authority does not do the thing itself,
# it answers in part. The verb in the future (« transmettra », « demanderons »), as the opening
# infinitive of the action (« Transmettre … ») or in the passive future (« sera transmise »),
# followed by the body it goes to (« à », « au », « aux », « auprès de »; « saisira » names it
# as its object); not a public it informs (« transmis aux habitants »)
_RELAY_FUTURE = (r"\b(?:transmettr|demander|plaider|relaier|relayer|solliciter|signaler|saisir)(?:a|ont|ons)\b")
# (not « signaler » opening an action, the service the public uses: « Signaler un problème sur la voirie »)
_RELAY_START = r"(?:^|(?<=[.;:!?])\s+)(?:transmettre|demander|plaider|relayer|solliciter|saisir)\b"
_RELAY_PASSIVE = r"\b(?:sera|seront)\s+(?:transmise?s?|demand[ée]e?s?|relay[ée]e?s?|signal[ée]e?s?)\b"
# « porter » and « intervenir » plead only « auprès de » a body (« La durée sera portée à six ans »)
_RELAY_PLEAD = r"\b(?:porter(?:a|ont|ons)?|interviendr(?:a|ont|ons)|intervenir)(?=\s+auprès\b)"
_RELAY_PUBLIC = (r"(?:habitants?|usagers?|familles?|parents?|abonn[ée]s?|citoyens?|publics?|population"
                 r"|[ée]l[èe]ves?|participants?|membres?|conseil\s+(?:de\s+d[ée]veloppement|citoyen)|presse)\b")
_RELAY = re.compile(
    r"(?:" + _RELAY_FUTURE + "|" + _RELAY_START + "|" + _RELAY_PASSIVE + "|" + _RELAY_PLEAD + r")"
    r"(?P<rest>[^.;:!?]{0,90}?)\b(?P<to>auprès\s+d(?:e\s+la|e\s+l['’]|u|es|e)|aux|au|à\s+la|à\s+l['’]|à)\s*"
    r"(?P<whom>\w+)", re.I)
_RELAY_SEIZE = re.compile(r"\bsaisir(?:a|ont|ons)\s+(?:le|la|l['’]|les)\s*\w+", re.I)
# another deed of the action besides the relay: a verb in the future (« cofinancera », « se
# réunira »), one in the passive future or after « et » (« seront transmis … et publiés »), or an
# infinitive opening a sentence (« Recenser les zones … et les transmettre à … »)
_OTHER_DEED = re.compile(
    r"\b\w{2,}(?:era|eront|erons|ira|iront|irons|dra|dront|drons|tra|tront|trons|vra|vront|fera|feront"
    r"|aura|auront|pourra|pourront)\b"
    r"|\b(?:sera|seront)\s+(?:\w+\s+)?\w+(?:é|ée|és|ées|is|ise|ises|it|ite|its|ert|erte|erts|ertes)\b"
    r"|\bet\s+(?:les?\s+|la\s+|l['’]|leur\s+|en\s+)?\w{3,}(?:é|ée|és|ées|er|ir)\b"
    r"|(?:^|(?<=[.;:!?])\s+)(?!(?:notre|votre|entre|autre|contre|premier|dernier|chaque|leur)\b)"
    r"[A-ZÀ-Ýa-zà-ÿ]{3,}(?:er|ir|re)\b", re.I)
# a demand that itself asks the authority to ask, relay or plead (« que le Département demande à
# l'État … », « interpeller l'État », « transmettre ces relevés aux opérateurs », « faire remonter
# les zones blanches », « dans les discussions avec les opérateurs »): the relay is the full answer
# (not the demander's own « Demande à l'État … », « Il sollicite … », which asks the other body)
_ASKS_RELAY = re.compile(
    r"\b(?:interpell|plaid|relai|relay|faire\s+remonter|fasse\s+remonter|saisi(?:r|sse)\b"
    r"|(?:discussions?|n[ée]gociations?|[ée]changes?|dialogue)\s+avec)"
    r"|\b(?:demander|transmettre|transmette|signaler|signale|intervenir|intervienne|porter|porte|alerter"
    r"|solliciter)\s+(?:[^.;:!?\s]+\s+){0,6}?(?:à|au|aux|auprès)\b"
    r"|\bque\s+[^.;:!?]{0,60}?\bdemande(?:nt)?\s+(?:à|au|aux)\b", re.I)
RELAY_STATE = "Retenue en partie (transmise à un autre décideur)"
# the authority's own word that it takes the demand up (« Oui », « Retenue », « Acceptée » in an answer
# grid's engagement column): the relay is the way it chose to answer it whole
_ACCEPTED_STATE = re.compile(r"^(?:oui|retenue?s?|acceptee?s?|(?:avis\s+)?favorable|validee?s?)\W*$")


def _relay_only(text: str) -> bool:
    """Whether ``text`` (an action, with its description) only asks, relays or pleads to another
    body (see _RELAY) and does nothing else (see _OTHER_DEED)."""
    m = _RELAY.search(text) or _RELAY_SEIZE.search(text)
    if not m or ("whom" in m.groupdict() and re.match(_RELAY_PUBLIC, text[m.start("whom"):], re.I)):
        return False
    rest = f"{text[:m.start()]} {text[m.end():]}"
    rest = re.sub(r"\b(?:pour|afin)\s+qu[e'’][^.;!?]*", " ", rest, flags=re.I)  # its purpose
    return not _OTHER_DEED.search(rest)


def relay_state(action_text: str, state: str, demand_text: str) -> str:
    """What an action's document says of it, « Retenue en partie (transmise à un autre
    décideur) » when the action only asks, relays or pleads to another body, which decides
    (see _RELAY: « Nous demanderons à la Région un arrêt … »), the demand does not ask the
    authority to do so (see _ASKS_RELAY), and nothing lower is said nor that the authority takes the
    demand up (« Oui », « Retenue »: see _ACCEPTED_STATE).

    >>> relay_state("La commune demandera au syndicat un nouvel horaire.", "", "Un nouvel horaire du car")
    'Retenue en partie (transmise à un autre décideur)'
    >>> relay_state("La commune demandera au syndicat un nouvel horaire.", "", "Demander au syndicat un nouvel horaire")
    ''
    >>> relay_state("La commune demandera au syndicat un horaire et financera un abri.", "", "Un nouvel horaire du car")
    ''
    """
    if status_cap(state) != STATUS_ADDRESSED or _ACCEPTED_STATE.match(_fold_state(state)) \
            or _ASKS_RELAY.search(demand_text or "") or not _relay_only(" ".join((action_text or "").split())):
        return state
    return RELAY_STATE


def answer_state(action_text: str, state: str, demand_text: str, detail: str = "") -> str:
    """What an action's document says of it, as far as ``demand_text`` is concerned: lowered for
    a study (:func:`study_state`), a smaller amount than asked (:func:`quantity_state`), a part
    of the whole asked (:func:`part_state`), one place where every one was asked
    (:func:`every_state`) or some it names (:func:`named_state`) or a counted few of them, in the
    action or its description (:func:`few_state`), part only of the things the demand lists
    (:func:`list_state`), one of two publics it names together, in the action or its description
    (:func:`public_state`), or under a condition where the demand asked it whatever one's situation
    (:func:`condition_state`), or
    another way than the one asked, in the action or its description ``detail``
    (:func:`alternative_state`), or later than asked, there too (:func:`later_state`), or in
    some only of the places the demand names (:func:`places_state`), or one of the two places it
    names each after its own « dans » (:func:`place_pair_state`), or less money than the
    demand allots (:func:`budget_state`), or part time a post asked full time (:func:`time_share_state`),
    or only as a trial (:func:`trial_state`), or in one season where it was asked all year
    (:func:`season_state`), or for the authority's own services where all were
    asked (:func:`own_state`), or only asked of another body, which decides (:func:`relay_state`),
    or for fewer years than asked (:func:`lifespan_state`), or the first
    step only of the steps asked from first to last (:func:`span_state`).

    The rest of the demand put to study in the description lowers it too (:func:`studied_part_state`),
    and so does a thing the demand asks for that the description leaves out (:func:`left_out_state`), and an action adding
    what the demand refuses answers nothing (:func:`contrary_state`).

    >>> answer_state("Étude d'une ligne de bus", "", "Une ligne de bus vers la gare")
    "À l'étude"
    >>> answer_state("Ouvrir 2 tiers-lieux", "Réalisée", "Ouvrir 3 tiers-lieux")
    'Retenue en partie (moins que demandé)'
    >>> answer_state("Navette", "", "Une ligne de bus", "Plutôt que de créer une ligne de bus, un transport à la demande.")
    'Retenue en partie (autre solution)'
    """
    described = f"{action_text} {detail}".strip()  # the action with its description
    state = study_state(action_text, state, demand_text)
    state = studied_part_state(action_text, state, demand_text, detail)
    state = left_out_state(action_text, state, demand_text, detail)
    state = alternative_state(described, state, demand_text)
    state = every_state(action_text, state, demand_text)
    state = named_state(action_text, state, demand_text)
    state = part_state(action_text, state, demand_text)
    state = _titled_list_state(action_text, state, demand_text, detail)
    state = public_state(described, state, demand_text)
    state = condition_state(described, state, demand_text)
    state = frequency_state(described, state, demand_text)
    state = season_state(described, state, demand_text)
    state = few_state(described, state, demand_text)
    state = later_state(described, state, demand_text)
    state = trial_state(described, state, demand_text)
    state = own_state(described, state, demand_text)
    state = relay_state(described, state, demand_text)
    state = places_state(action_text, state, demand_text)
    state = place_pair_state(action_text, state, demand_text)
    state = budget_state(action_text, state, demand_text)
    state = time_share_state(action_text, state, demand_text)
    state = lifespan_state(described, state, demand_text)
    state = span_state(action_text, state, demand_text)
    state = quantity_state(action_text, state, demand_text)
    return contrary_state(described, state, demand_text)


def stated_best(candidates: Sequence[tuple[str, str]], own: str = "") -> tuple[str, Optional[int], Optional[int]]:
    """A demand's status from its candidates, best first, each given as (the status its score
    gives, what its document says of the action): (the best status they give once each is
    lowered by :func:`capped_status`, the index of the first candidate giving it or None, the
    index of the refusal that ended the list or None). A refusal close enough to answer the
    demand is the authority's answer to it: candidates ranked below it give nothing.

    ``own`` is what the authority published with the demand itself (a platform's « Statut »
    with its official answer, see :func:`nlp_stn.extract.tables.published_fate`): it lowers the
    status the same way (:func:`status_cap`); a demand the authority turned down there is
    « non pris en compte », whatever its candidates.

    >>> stated_best([("pris en compte", "Abandonnée"), ("partiellement", "")])
    ('non pris en compte', None, 0)
    >>> stated_best([("pris en compte", "Reportée"), ("partiellement", "")])
    ('partiellement', 0, None)
    >>> stated_best([("pris en compte", "Fusionnée"), ("partiellement", "")])  # merged: no refusal
    ('partiellement', 1, None)
    >>> stated_best([("pris en compte", "")], own="Retenue partiellement")
    ('partiellement', 0, None)
    >>> stated_best([("pris en compte", "")], own="Non retenue")
    ('non pris en compte', None, None)
    """
    if status_cap(own) == STATUS_NOT:
        return STATUS_NOT, None, None
    best_status, best = STATUS_NOT, None
    for i, (found, state) in enumerate(candidates):
        status = capped_status(capped_status(found, state), own)
        if status == STATUS_NOT and found != STATUS_NOT and not _MOVED_STATE.match(_fold_state(state)):
            return best_status, best, i
        if STATUSES.index(status) < STATUSES.index(best_status):
            best_status, best = status, i
    return best_status, best, None


def outranked(found: Sequence[str], scores: Sequence[float], near_tie: float) -> list[str]:
    """The status each candidate's score gives (``found``, best first, with its ``scores``), a
    candidate scoring more than ``near_tie`` below the first one giving « partiellement » at most:
    the best-ranked action is the answer the matcher found; one clearly ranked below it adds to
    that answer but cannot, alone, make it whole (a best action that is only a study or gives
    part of what is asked is not made « pris en compte » by a weaker candidate).

    >>> outranked(["pris en compte", "pris en compte", "pris en compte"], [0.95, 0.94, 0.80], 0.02)
    ['pris en compte', 'pris en compte', 'partiellement']
    >>> outranked(["partiellement", "non pris en compte"], [0.5, 0.1], 0.02)
    ['partiellement', 'non pris en compte']
    """
    top = scores[0] if len(scores) else 0.0
    return [STATUS_PARTIAL if i and f == STATUS_ADDRESSED and top - s > near_tie else f
            for i, (f, s) in enumerate(zip(found, scores))]


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
