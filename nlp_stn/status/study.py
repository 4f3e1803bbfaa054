"""An action that is only a study of what a demand asks (:func:`study_state`), the rest of the
demand put to study in its description (:func:`studied_part_state`) or a thing asked that the
description leaves out (:func:`left_out_state`).
"""
from __future__ import annotations

import re

from ..model import STATUS_ADDRESSED
from .fate import status_cap
from .words import _detail_sentences, _long_stems, _stems, _words


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
    # (an article of a deliberation opens on « De » / « D' »: « De faire réaliser une étude … »; « une
    # mesure de la couverture mobile », of the noise, measures what is, not « une mesure de soutien »)
    r"|(?:(?:de\s+|d['’]\s*)(?=faire\b|r[ée]aliser|lancer|conduire|mener|engager|[ée]tudier))?"
    r"(?:faire\s+)?(?:r[ée]aliser|lancer|conduire|mener|engager|r[ée]alisation\s+d['’]|lancement\s+d['’])\s*une\s+"
    r"(?:[ée]tude|campagne\s+de\s+mesures?|mesure\s+(?:de\s+la|de\s+l['’]|du|des)\b)"
    # (an audit or a diagnostic ordered, carried out or launched: « Commander l'audit d'accessibilité
    # du site », « Faire réaliser un diagnostic des … », « Commander une étude »: still a study)
    r"|(?:(?:de\s+|d['’]\s*)(?=faire\b|r[ée]aliser|lancer|conduire|mener|engager|commander))?"
    r"(?:faire\s+)?(?:r[ée]aliser|lancer|conduire|mener|engager|commander)\s+"
    r"(?:(?:une?|l['’]\s*|les|des)\s*(?:audits?|diagnostics?)\b|une\s+[ée]tude\b)"
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
    r"|(?:de\s+|d['’]\s*)?[ée]tudier|(?:audits?|diagnostics?)\s+(?:de|d['’]|du|des)"
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
