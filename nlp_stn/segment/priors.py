"""Priors: what a document is (title_prior, document_prior, label_prior, lists_plan_actions)
and the helpers on titles, stems and labels the segmenter shares.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Sequence

from ..labels import code_series, parse_label
from ..model import Block, Document
from .vocabulary import (_DETERMINERS, _GENERAL_DETERMINERS, _HEADING_NUMBER, _KICKER, _OTHER_VOICES, _RELEASE_SECTIONS,
                         _VERSION_HEADING)
from .language import _collapse, _sentences
from .tables import ACTION_PRIOR, DEMAND_PRIOR, _answer_columns, classify_leadin


# What a document's title says it is, when no manifest does: an opinion or a consultation
# (its units are demands) or a strategy (its units are actions). "Avis sur la stratégie
# numérique" is an opinion: the opinion words win.
_OPINION_TITLE = re.compile(
    r"\b(?:avis|contributions?|cahiers?|dol[ée]ances|pr[ée]conisations|recommandations|propositions"
    r"|consultation|concertation|saisine|motion|v(?:œ|oe)ux?|plaidoyer|manifeste|budgets? participatifs?"
    # a group's or a resident's public stand on the plan it names (« Tribune – « Schéma
    # numérique : la majorité doit revoir sa copie » », « Lettre ouverte sur le plan … »)
    r"|tribune|lettre ouverte|p[ée]tition"
    r"|id[ée]es? (?:des|d['’])\s*(?:habitants|citoyens|usagers)"
    # what its authors ask, in their own words (« Nos idées pour le numérique », « Nos souhaits »)
    r"|nos (?:id[ée]es|souhaits|demandes|envies|attentes|revendications)"
    # a citizens' council or gathering
    r"|conseils? de d[ée]veloppement|assises|(?:panel|jury|convention)s? citoyen(?:ne)?s?"
    # the elderly residents' advisory council (« Conseil des sages », « Conseil des aînés »)
    r"|conseils? des (?:sages|a[îi]n[ée]s|seniors)"
    r"|(?:ateliers?|soir[ée]es?|r[ée]unions?|forums?|d[ée]bats?|rencontres?)\s+(?:participati(?:f|ve)s?|publi(?:c|que)s?"
    r"|citoyen(?:ne)?s?|tous publics|ouverte?s?)"
    # a document about the making of a plan gathers what people propose for it ("dans
    # l'élaboration de sa stratégie numérique")
    r"|(?:[ée]laboration|pr[ée]paration|construction|co-?construction)\s+(?:de|du|d['’]|des)\s*"
    r"(?:la\s+|sa\s+|leur\s+|notre\s+|votre\s+|cette\s+|son\s+|ses\s+)?(?:future?\s+|prochaine?\s+|nouvelle?\s+)?"
    r"(?:strat[ée]gie|sch[ée]ma|plan|feuille de route|programme|politique|projet\s+(?:de\s+territoire|territorial)))\b",
    re.I,
)
# the name of a plan with its complement ("Stratégie numérique de territoire", "Plan
# d'actions"), not a section name such as "Stratégie et gouvernance"
# A charter an authority adopts (« Charte pour un numérique inclusif », « Charte d'engagement
# des services ») states what it commits to, its actions, like a pact
# An intercommunality's « projet de territoire » (« projet territorial », « projet
# d'agglomération », « projet métropolitain ») is its strategy for the years ahead; its « projet
# alimentaire territorial » (the food plan a territory draws up with its farmers) is its plan
# for food
# A guide or a booklet of the engagements its author takes (« Guide des engagements numériques du
# Pays de … », « Livret de nos engagements ») lists what it commits to, as a charter does
# The budget orientations a council debates before voting its budget (« Rapport d'orientation
# budgétaire 2027 », « Débat d'orientations budgétaires », « Orientations budgétaires 2027 »)
_BUDGET_ORIENTATIONS = re.compile(
    r"\b(?:rapport|d[ée]bat)s?\s+d['’]\s*orientations?\s+budg[ée]taires?\b|\borientations\s+budg[ée]taires\b", re.I)
_STRATEGY_TITLE = re.compile(
    r"\b(?:strat[ée]gie|sch[ée]ma|plan|feuille de route|programme|programmation|pacte|contrat"
    r"|agenda|politique|charte)\s+(?!(?:et|ou)\b)(?:d['’]|[^\W\d_])"
    # a plan named by its years alone (« Lérignac, ville numérique : le plan 2026-2030 »)
    r"|\b(?:strat[ée]gie|sch[ée]ma|plan|feuille de route|programme|pacte|contrat|agenda)\s+"
    r"20\d\d\s*[-–/]\s*(?:20)?\d\d\b"
    r"|\bprojets?\s+(?:de\s+territoire|territorial|alimentaires?\s+territori(?:al|aux)|d['’]agglom[ée]ration"
    r"|m[ée]tropolitain)\b"
    r"|\b(?:guide|livret|recueil|carnet)\s+(?:des|de\s+nos|de\s+ses|d['’])\s*engagements\b"
    # the budget orientations a council debates before its budget (see _BUDGET_ORIENTATIONS)
    r"|" + _BUDGET_ORIENTATIONS.pattern,
    re.I,
)


# An authority's answer to a consultation (« Mémoire en réponse au bilan du garant de la
# concertation », « Réponse de la commune », « Les suites données à la concertation »): it
# names the consultation it answers, but its units are what the authority commits to
_ANSWER_TITLE = re.compile(
    r"\bm[ée]moire en r[ée]ponse\b|\bsuites? donn[ée]es\b|\bnos engagements\b"
    # the decision a project's owner publishes after a consultation (« Décision du maître d'ouvrage
    # après le bilan de la concertation »): what it keeps of the consultation and what it turns down
    r"|\bd[ée]cisions?\s+(?:du|de\s+la|de\s+l['’]|des)\s*(?:ma[îi]tres?\s+d['’]ouvrage"
    r"|porteurs?\s+(?:de|du)\s+projet)\b"
    r"|\bsuite\s+(?:au|du)\s+bilan\s+(?:de\s+la|du)\s+(?:concertation|garant|d[ée]bat)\b"
    # the authority's follow-up of the opinions or recommendations it received (« Tableau de suivi
    # des avis du conseil de développement », « État de suivi des recommandations », « Bilan de suivi
    # de la mise en œuvre des préconisations »): beside each one quoted, what it did
    r"|\b(?:tableau|[ée]tat|bilan|point)\s+de\s+suivi\s+(?:de\s+la\s+mise\s+en\s+(?:œ|oe)uvre\s+)?"
    r"(?:des|du|de\s+la|de\s+l['’])\s*(?:avis|recommandations?|propositions?|pr[ée]conisations?|demandes?|v(?:œ|oe)ux)\b"
    r"|\br[ée]ponses? (?:de la|du|des|de l['’]|d['’])\s*(?:commune|ville|municipalit[ée]|collectivit[ée]|d[ée]partement"
    r"|r[ée]gion|m[ée]tropole|communaut[ée]|agglom[ée]ration|intercommunalit[ée]|ma[îi]tre d['’]ouvrage|[ée]lus?"
    r"|pr[ée]fe\w*|[ée]tat|conseil (?:municipal|d[ée]partemental|r[ée]gional|communautaire|syndical))\b"
    # an office's or a body's answer to the proposals or the opinion it received (« Réponse du Maire
    # aux propositions du jury citoyen », « Réponses de la Présidente aux recommandations »)
    r"|\br[ée]ponses?\s+(?:du|de\s+la|de\s+l['’]|de\s+m(?:onsieur|adame|me|\.)?\s*l[ea]|de\s+m\.\s*l[ea])\s*"
    r"(?:maire|pr[ée]sidente?|pr[ée]f[èe]te?|municipalit[ée]|ex[ée]cutif|[ée]quipe\s+municipale|majorit[ée])\s+"
    r"(?:à\s+(?:la|l['’])|aux|au)\s*(?:propositions?|recommandations?|pr[ée]conisations?|avis|contributions?"
    r"|demandes?|v(?:œ|oe)ux|conclusions?|travaux)\b"
    # a news headline telling that an office or an authority answers (« Numérique : le maire répond
    # au collectif », « La municipalité répond aux habitants », « Les élus répondent à la pétition »),
    # or that ends on its answer (« Les jeunes ont parlé, la mairie répond », « … : le maire vous
    # répond. »)
    r"|\b(?:l[ea]\s+maire|la\s+(?:mairie|ville|commune|municipalit[ée]|pr[ée]sidente|m[ée]tropole|r[ée]gion|collectivit[ée])"
    r"|le\s+(?:pr[ée]sident|d[ée]partement|conseil\s+(?:municipal|d[ée]partemental|r[ée]gional|communautaire))"
    r"|l['’]\s*(?:[ée]quipe\s+municipale|agglom[ée]ration|intercommunalit[ée]|ex[ée]cutif)|les\s+[ée]lus)"
    r"\s+(?:vous\s+)?r[ée]pond(?:ent)?(?:\s+(?:à|aux|au)\b|\s*[.!…]?\s*$)"
    # a letter answering the ones it received (« Objet : Réponse à vos courriers du … », « Réponse
    # à votre avis », « Réponse à la pétition … »): the authority writes what it will do
    r"|\br[ée]ponses?\s+(?:à\s+(?:vos|votre|la|l['’])|aux)\s*(?:(?:diff[ée]rent(?:e)?s|nombreu(?:x|ses)|derni(?:er|[èe]re)s?"
    r"|r[ée]cent(?:e)?s?)\s+)?(?:courriers?|lettres?|courriels?|messages?|mails?|avis|questions?|demandes?|doléances"
    r"|interpellations?|sollicitations?|observations?|remarques?|requ[êe]tes?|r[ée]clamations?|p[ée]titions?"
    r"|contributions?|propositions?|recommandations?|vœux|voeux|motions?)\b"
    # a page telling what the authority does with what it was sent (« Numérique : ce que nous faisons
    # de vos idées », « Ce que la commune retient de vos propositions », « … des contributions »)
    r"|\bce\s+que\s+(?:nous|la\s+(?:commune|ville|mairie|municipalit[ée])|l['’]\s*(?:[ée]quipe\s+municipale"
    r"|agglom[ée]ration|intercommunalit[ée])|les\s+[ée]lus)\s+(?:faisons|ferons|allons\s+faire|fait|fera|va\s+faire"
    r"|font|feront|vont\s+faire|retenons|retient|retiennent|avons\s+retenu|a\s+retenu|ont\s+retenu)"
    r"\s+(?:de\s+(?:vos|leurs|ses|les)|des)\s+(?:id[ée]es|propositions|contributions|demandes|remarques|suggestions"
    r"|avis|commentaires|r[ée]ponses)\b"
    # the answer to an audit or an inspection report (« Objet : Réponse au rapport d'observations
    # définitives », « Réponse de l'ordonnateur »): the audited body says what it will do
    r"|\br[ée]ponses?\s+(?:au\s+rapport|de\s+l['’]\s*ordonnateur)\b"
    # an authority's page of questions and answers (« Vos questions, nos réponses », « Foire aux
    # questions », « Questions-réponses », « FAQ »): the questions are the public's, the answers
    # its own; so are the ideas or proposals it answers one by one (« Vos idées, nos réponses »,
    # « Vos propositions : nos réponses »), a town magazine's usual box after a consultation
    r"|\bvos\s+(?:questions|id[ée]es|propositions|suggestions|contributions|demandes|remarques|v(?:œ|oe)ux)"
    r"\s*[,:;/–-]?\s*(?:et\s+)?nos\s+r[ée]ponses\b|\bfoire\s+aux\s+questions\b"
    r"|\bquestions?\s*(?:[-–/&]\s*|\s+et\s+)r[ée]ponses\b|\bFAQ\b",
    re.I,
)
# the subject of a letter that names what its addressee sent or asked (« Objet : vos demandes pour
# le quartier des Aubépines », « Objet : Votre courrier du 4 juin », « Objet : suite à votre
# courriel »): only who answers writes « vos demandes », the ones asking write « nos demandes »
_YOUR_REQUESTS_OBJECT = re.compile(
    r"^\W*(?:(?:en\s+)?(?:suite|r[ée]ponse)\s+(?:à|aux?)\s+)?(?:vos|votre)\s+(?:(?:diff[ée]rent(?:e)?s|nombreu(?:x|ses)"
    r"|derni(?:er|[èe]re)s?|r[ée]cent(?:e)?s?)\s+)?(?:courriers?|lettres?|courriels?|messages?|mails?|avis|questions?"
    r"|demandes?|doléances|interpellations?|sollicitations?|observations?|remarques?|requ[êe]tes?|r[ée]clamations?"
    r"|p[ée]titions?|contributions?|propositions?|recommandations?|vœux|voeux|motions?)\b", re.I)
# A candidate list's election programme (« Projet de mandat 2020-2026 », « Programme municipal »,
# « Profession de foi », « Nos 30 engagements »): what the authority to be will do, its actions,
# whatever it says of the meetings it comes from
_PROGRAMME_TITLE = re.compile(
    r"\bprojets?\s+(?:de|du|pour\s+le)\s+mandat\b|\bprofessions?\s+de\s+foi\b"
    r"|\bprogrammes?\s+(?:municipal|[ée]lectoral|de\s+mandat|de\s+mandature|de\s+(?:la|notre)\s+liste)\w*"
    r"|\bnos\s+\d+\s+engagements\b",
    re.I,
)
# the list that signs it (« Liste « Ensemble pour Ploudir » – élections municipales », « notre
# liste », « tête de liste »): its « Nos 25 propositions pour Ploudir » are its pledges
_CANDIDATE_LIST = re.compile(
    r"\bliste\s+[«\"“]|\bt[êe]tes?\s+de\s+liste\b|\bnotre\s+liste\b|\bcandidat(?:e|s|es)?\s+de\s+(?:la|notre)\s+liste\b",
    re.I)
_PLEDGED_PROPOSALS = re.compile(r"\bnos\s+(?:\d+\s+)?(?:propositions|engagements|priorit[ée]s)\b", re.I)
# what others ask of the candidates (« nos 10 propositions aux candidats »)
_TO_CANDIDATES = re.compile(r"\b(?:aux|des)\s+(?:candidat(?:e|s|es)?|listes)\b", re.I)


def _programme(title: str, lines: str = "") -> bool:
    """Whether ``title`` names a candidate list's programme (see _PROGRAMME_TITLE), or pledges
    (« Nos 25 propositions pour Ploudir ») that a list signs in ``title`` or in ``lines``, the
    short lines under it (see _CANDIDATE_LIST); not proposals put to the candidates, nor an
    opinion or a group's proposals on a programme (« Avis sur le projet de mandat »,
    « Propositions du conseil des sages pour le projet de mandat »)."""
    if _TO_CANDIDATES.search(f"{title} {lines}") or _OPINION_TITLE.search(_PLEDGED_PROPOSALS.sub(" ", title)):
        return False
    return bool(_PROGRAMME_TITLE.search(title)
                or (_PLEDGED_PROPOSALS.search(title) and _CANDIDATE_LIST.search(f"{title} {lines}")))


def pledged_section(path: str) -> bool:
    """Whether a section's heading path names its author's own proposals or commitments
    (« Nos propositions en plus », « Nos engagements », see _PLEDGED_PROPOSALS), not those put
    to the candidates (« Nos propositions aux candidats »): in an answer or a programme, a
    « Proposition » column there holds the author's pledges.

    >>> pledged_section("Réponses > Nos propositions en plus"), pledged_section("Nos 5 propositions aux listes")
    (True, False)
    """
    return bool(_PLEDGED_PROPOSALS.search(path)) and not _TO_CANDIDATES.search(path)


# What a participatory budget or a call for projects ends with: the authority's list of the
# projects it will carry out (« Budget participatif 2026 : les 15 projets retenus », « Les
# lauréats », « Résultats du vote »), its answer to the proposals, not the proposals
_RESULTS_TITLE = re.compile(
    r"\b(?:projets?|propositions?|id[ée]es?)\s+(?:retenu(?:e)?s?|laur[ée]at(?:e)?s?|s[ée]lectionn[ée](?:e)?s?"
    r"|gagnant(?:e)?s?)\b|\blaur[ée]at(?:e)?s\b|\br[ée]sultats?\s+(?:du|des)\s+votes?\b",
    re.I,
)


# A council's deliberation (« deliberation-2025-083-budget-participatif », « Extrait du registre
# des délibérations ») decides: the consultation it names is what it decides about; it is an
# opinion only when it gives one (« Délibération portant avis sur le projet de SCoT »)
_DELIBERATION_TITLE = re.compile(r"\bd[ée]lib[ée]rations?\b", re.I)
_COUNCIL_OPINION = re.compile(r"\b(?:avis|motions?|v(?:œ|oe)ux?)\b", re.I)


# An office named alone (« Le Maire », « La Présidente », « Le Vice-président délégué »): the
# letterhead or the signature of a letter, not a section title
_OFFICE = re.compile(
    r"(?:le|la|l['’])\s*(?:maire|pr[ée]sidente?|vice-pr[ée]sidente?|pr[ée]f[èe]te?|adjointe?\s+au\s+maire"
    r"|directeur|directrice|secr[ée]taire\s+g[ée]n[ée]ral(?:e)?|d[ée]put[ée]e?|s[ée]nat(?:eur|rice))"
    r"(?:\s+d[ée]l[ée]gu[ée]e?|\s+adjointe?)?\s*[.,]?",
    re.I,
)

_SALUTATION = re.compile(
    r"(?:(?:madame|monsieur|mesdames|messieurs)(?:\s*(?:,|et|ou|/)\s*(?:madame|monsieur|mesdames|messieurs))?"
    r"(?:\s+(?:l[ea]\s+|les\s+)?[^\W\d_]+(?:\s+(?:au|du|de\s+la|de\s+l['’])\s+[^\W\d_]+)?)?|bonjour|bonsoir)\s*[,.]?",
    re.I,
)


# An authority's report of its year (« Rapport d'activité 2024 », « Rapport annuel », « Bilan
# annuel », « Bilan d'activités »): what it and its services did and will do are its actions
# The record of what a steering or working body decided (« Relevé de décisions », « Relevé des
# décisions du comité de pilotage », « Relevé de conclusions »): what it agreed to do, its actions
_DECISIONS_RECORD_TITLE = re.compile(
    r"\br[ée]lev[ée]s?\s+(?:de|des)\s+(?:d[ée]cisions|conclusions)\b", re.I)
_REPORT_TITLE = re.compile(
    r"\b(?:rapports?|bilans?)\s+(?:annuels?|d['’]\s*activit[ée]s?)\b", re.I)
# The two sections of such a report, by service or for the whole: what was done (« Réalisations
# 2024 », « Nos réalisations », « Bilan 2024 », « Actions réalisées ») and what comes next
# (« Perspectives 2025 », « Projets 2025 », « En 2025 », « Prochaines étapes », « À venir »)
_DONE_SECTION = re.compile(
    r"^\W*(?:(?:nos|les|principales)\s+)?(?:r[ée]alisations(?:\s+(?:de\s+l['’]ann[ée]e|de|en))?"
    r"|actions\s+(?:r[ée]alis[ée]es|men[ée]es)(?:\s+en)?|bilan)(?:\s+\d{4})\W*$"
    r"|^\W*(?:(?:nos|les|principales)\s+)?(?:r[ée]alisations|actions\s+(?:r[ée]alis[ée]es|men[ée]es))\W*$",
    re.I)
_OUTLOOK_SECTION = re.compile(
    r"^\W*(?:(?:nos|les)\s+)?(?:perspectives|projets|objectifs|chantiers)\s+(?:pour\s+|en\s+)?\d{4}\W*$"
    r"|^\W*(?:(?:nos|les)\s+)?perspectives\W*$|^\W*(?:en|pour)\s+\d{4}\W*$|^\W*(?:prochaines\s+[ée]tapes|[àa]\s+venir)\W*$",
    re.I)

# A report's section of its key figures (« Chiffres clés 2024 », « L'année en chiffres », « Quelques
# chiffres »): its items opening with a number (« 350 démarches en ligne par mois », « 98 % des
# appels traités ») measure the authority's own action, its indicators. Only in a report: a plan's
# « Le territoire en chiffres » gives the background of its diagnosis, not what it measures
# An authority's section of what it turns down (« Ce qui n'est pas possible », « Ce que nous ne
# pourrons pas faire », « Les demandes non retenues »): its items are decisions, refusals
_REFUSED_SECTION = re.compile(
    r"^\W*(?:ce\s+qu(?:i|e|['’])\s*(?:nous\s+ne\s+(?:pouvons|pourrons|ferons|retenons)\s+pas"
    # (the authority named: « Ce que le Département ne peut pas faire », « Ce que la commune ne fera
    # pas »; not what it cannot do alone, « … ne peut pas faire seule », which calls for partners)
    r"|(?:la|le|l['’])\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s+ne\s+(?:peut|pourra|fera|retient|retiendra)\s+pas"
    r"(?!\s+(?:faire\s+)?seule?s?\b)"
    r"|n['’]\s*est\s+pas\s+(?:possible|retenu|envisageable|r[ée]alisable)"
    r"|ne\s+(?:sera|pourra)\s+pas\s+(?:fait|possible|retenu|r[ée]alis[ée]))"
    r"|(?:les\s+)?(?:demandes|propositions|id[ée]es|points|sujets)\s+(?:non\s+retenue?s|(?:que\s+nous\s+ne|qui\s+ne)"
    r"\s+(?:pouvons|retenons|pourrons|seront|peuvent)\s+pas))\b"
    # a box titled by the fate alone (« Non retenu », « Propositions non retenues »), as release
    # notes title the versions' things given up (« ### Abandonné », « ### Refusé »)
    r"|^\W*(?:non\s+retenue?s?|abandonn[ée]e?s?|refus[ée]e?s?|rejet[ée]e?s?|[ée]cart[ée]e?s?)\W*$"
    # a funding scheme's list of what it does not pay for (« Dépenses inéligibles : », « Opérations
    # non éligibles », « Ne sont pas éligibles : », « Exclusions »): the things it turns down
    r"|^\W*(?:(?:types?\s+d(?:e\s+|['’]\s*)|les\s+)?(?:d[ée]penses|op[ée]rations|projets|co[ûu]ts|investissements|actions)"
    r"\s+(?:in[ée]ligibles|non\s+(?:[ée]ligibles|financ[ée]e?s|subventionnables)|exclue?s(?:\s+du\s+financement)?)"
    r"|in[ée]ligibilit[ée]s|exclusions|ne\s+sont\s+pas\s+[ée]ligibles|sont\s+exclue?s)\W*$", re.I)
# An author's section of what it will do (« Ce que nous allons faire », « Ce que nous ferons »,
# « Ce que la communauté de communes va faire »): a heading only an authority writes over its own
# commitments; a citizens' body writes « Ce que nous proposons », « Ce que nous demandons »
_COMMITTED_SECTION = re.compile(
    r"^\W*ce\s+que\s+(?:nous|(?:la|le|l['’])\s*[^\W\d_]+(?:[\s-]+(?:de|des|du|d['’])?\s*[^\W\d_]+){0,3})\s+"
    r"(?:allons\s+(?:faire|mettre\s+en\s+(?:place|(?:œ|oe)uvre)|engager|r[ée]aliser)|ferons|mettrons\s+en\s+(?:place|(?:œ|oe)uvre)"
    r"|va\s+(?:faire|mettre\s+en\s+(?:place|(?:œ|oe)uvre))|fera|mettra\s+en\s+(?:place|(?:œ|oe)uvre))\W*$", re.I)
MIN_ANSWER_SECTIONS = 2  # headings of what the author will do or cannot do (see answer_sections)
_KEY_FIGURES_SECTION = re.compile(
    r"^\W*(?:(?:les|nos|quelques|principaux|principales)\s+)?chiffres(?:[\s-]+cl[ée]s)?(?:\s+(?:de\s+l['’]\s*ann[ée]e|\d{4}))?\W*$"
    r"|^\W*(?:[^\W\d_]+['’]?\s*){0,3}(?:\d{4}\s+)?en\s+chiffres(?:\s+\d{4})?\W*$", re.I)
# A plan's diagnosis (« Diagnostic : le numérique au Pays de … », « État des lieux »): the figures it
# tabulates describe the territory before the plan, not what the plan will measure
_DIAGNOSIS_SECTION = re.compile(r"^\W*(?:(?:le|un|notre)\s+)?(?:diagnostics?|[ée]tat\s+des\s+lieux)\b", re.I)
# An item opening with a number or a percentage (« 1 200 abonnés », « 85 % des dossiers », « +12 % »)
_FIGURE_START = re.compile(r"^\W{0,2}[+-]?\s?\d")
# A figure alone on its line (« 1 230 », « 97 % », « +12 % », « 8 000 € »), as a report's key-figure
# tile prints it in big type above its label
_FIGURE_ALONE = re.compile(r"^\W{0,2}[+-]?\s?\d[\d\s\u00a0\u202f,.]*(?:%|€|k€|M€)?\W{0,2}$")


# A chapter's single number before its title (« 4. », « IV. », « 3) », « 2 – »), as _HEADING_NUMBER
# reads the dotted ones (« 2.1 »)
_CHAPTER_NUMBER = re.compile(r"^\s*(?:\d{1,2}|[IVX]{1,5})(?:[.)]|\s*[–—-])\s+(?=\S)")


def section_title(title: str) -> str:
    """A heading's title without its number (« 2.1 Réalisations 2024 » -> « Réalisations 2024 »,
    « 4. Les demandes non retenues » -> « Les demandes non retenues »)."""
    number = _HEADING_NUMBER.match(title) or _CHAPTER_NUMBER.match(title)
    return (title[number.end():] if number else title).strip()


def answer_sections(doc: Document) -> bool:
    """Whether the document's headings tell what its author will do and what it cannot do:
    MIN_ANSWER_SECTIONS headings or more of its commitments (« Ce que nous allons faire », see
    _COMMITTED_SECTION) or of its refusals (« Ce que nous ne pouvons pas faire », see
    _REFUSED_SECTION), one of commitments at least. An authority answering a consultation theme
    by theme writes them, whatever its title names (« Bilan de la consultation … »).

    >>> from nlp_stn.model import Block
    >>> head = lambda t: Block(kind="heading", text=t, start=0, end=len(t), level=3)
    >>> doc = lambda *t: Document(id="d", path="", format="odt", title="", text="", blocks=tuple(map(head, t)))
    >>> answer_sections(doc("Ce que nous allons faire", "Ce que nous ne pouvons pas faire"))
    True
    >>> answer_sections(doc("Ce que nous avons entendu", "Ce que nous proposons", "Ce que nous proposons"))
    False
    >>> answer_sections(doc("Ce que nous ne pouvons pas faire", "Ce que nous ne ferons pas"))
    False
    """
    titles = [section_title(b.text) for b in doc.blocks if b.kind == "heading"]
    committed = sum(1 for t in titles if _COMMITTED_SECTION.match(t))
    refused = sum(1 for t in titles if _REFUSED_SECTION.match(t))
    return committed >= 1 and committed + refused >= MIN_ANSWER_SECTIONS


def _report_sections(doc: Document) -> bool:
    """Whether the document's headings tell what was done and what comes next (at least one
    « Réalisations » and one « Perspectives » section, see _DONE_SECTION, _OUTLOOK_SECTION)."""
    titles = [section_title(b.text) for b in doc.blocks if b.kind == "heading"]
    return any(_DONE_SECTION.match(t) for t in titles) and any(_OUTLOOK_SECTION.match(t) for t in titles)


def _titled_report(doc: Document) -> bool:
    """Whether the document's title or first headings call it a report of the year (« Rapport
    d'activité 2025 », « Bilan annuel », see _REPORT_TITLE): the whole of it, its editorial and
    its outlook aside, tells what was done."""
    texts = [doc.title] + [b.text[:120] for b in doc.blocks[:TOP_BLOCKS] if b.kind == "heading"]
    return any(_REPORT_TITLE.search(t) for t in texts if t)


def _reports(doc: Document) -> bool:
    """Whether the document is an authority's report of what it did and will do: its title or
    first headings name it (see _titled_report), or its sections say so (see _report_sections)."""
    return _titled_report(doc) or _report_sections(doc)


# the prefix a mail program puts before the subject of a reply (« RE: », « Re : », « TR: RE: »
# for a reply forwarded, « AW: » in German-speaking mail programs)
_REPLY_PREFIX = re.compile(r"^\s*(?:(?:TR|Fwd?|WG)\s*:\s*)*(?:RE|AW|R[ée]p)\s*:\s*(?=\S)", re.I)
ANSWERED_POINT = ">"  # the marker of a heading quoting a point a mail answers (nlp_stn.extract.text)
MIN_ANSWERED_POINTS = 2


def _answers_opinion_by_points(doc: Document) -> bool:
    """Whether the document is a mail answering an opinion point by point: its subject replies to
    an opinion (« RE: Avis du conseil de développement », « Re : nos propositions ») and it answers
    the quoted points of that message one by one (MIN_ANSWERED_POINTS headings at least marked
    ANSWERED_POINT). A reply that only passes an opinion on (« RE: Avis du CDD - version validée »
    over the opinion's text) answers no point."""
    reply = _REPLY_PREFIX.match(doc.title)
    if not reply or title_prior(doc.title[reply.end():]) != "recommendation":
        return False
    points = sum(1 for b in doc.blocks if b.kind == "heading" and b.marker == ANSWERED_POINT)
    return points >= MIN_ANSWERED_POINTS


GRID_BLOCKS = 3  # blocks above an answer grid that opens a document: its title, a note


def _opens_with_answer_grid(doc: Document) -> bool:
    """Whether the document opens with a table answering demands line by line (see
    tables._answer_columns: a column quoting the demands, a later one of written answers), at
    most ``GRID_BLOCKS`` blocks down: a workbook or a page that is the answer grid itself."""
    first = next((i for i, b in enumerate(doc.blocks) if b.table is not None), None)
    if first is None or first > GRID_BLOCKS:
        return False
    table = doc.blocks[first].table
    return _answer_columns([b for b in doc.blocks[first:] if b.table == table]) is not None


def release_notes(doc: Document) -> bool:
    """Whether the document is a software's release notes or roadmap: a version's heading
    (« ## Version 2.0 (printemps 2027) », « ## [1.3.0] - 2026-06-02 », see _VERSION_HEADING) over a
    deeper heading giving the fate of its items (« ### Ajouté », « ### Prévu », see
    _RELEASE_SECTIONS). What it tells done or planned is its makers' work, their actions."""
    version = 0  # the level of the version's heading the blocks are under, 0 when none
    for block in doc.blocks:
        if block.kind != "heading":
            continue
        level = block.level or 1
        if version and level > version and any(pattern.match(block.text) for _, pattern in _RELEASE_SECTIONS):
            return True
        if _VERSION_HEADING.match(block.text):
            version = level
        elif level <= version:
            version = 0
    return False


def title_prior(title: str) -> str:
    """The kind of units a document's title announces: "recommendation" for an opinion or a
    consultation, "action" for a strategy or a plan, an authority's answer to a
    consultation, its report of the year (« Rapport d'activité »), the record of what a body
    decided (« Relevé de décisions ») or a candidate list's programme
    (« Projet de mandat », « Nos 30 propositions pour … » signed by a list), "" when it says neither."""
    if (_ANSWER_TITLE.search(title) or (_RESULTS_TITLE.search(title) and not _DELIBERATION_TITLE.search(title))
            or _programme(title)):
        return "action"
    if _OPINION_TITLE.search(title) and (not _DELIBERATION_TITLE.search(title) or _COUNCIL_OPINION.search(title)):
        return "recommendation"
    if _STRATEGY_TITLE.search(title) or _REPORT_TITLE.search(title) or _DECISIONS_RECORD_TITLE.search(title):
        return "action"
    return ""


def document_prior(doc: Document) -> str:
    """The default kind of the document's units ("recommendation" for an opinion or a
    consultation, "action" for a strategy or a plan, "" otherwise): from its manifest kind,
    else from how the document presents itself. A document whose title or first lines call it an opinion, a
    consultation or contributions ("L'avis du conseil - mars 2019" under the title "Schéma
    territorial...") holds demands; else one whose title or first heading names a strategy
    or a plan holds actions."""
    prior = DEMAND_PRIOR.get(doc.meta.kind) or ACTION_PRIOR.get(doc.meta.kind)
    if prior or doc.meta.kind not in ("", "other", "minutes"):
        return prior or ""  # minutes may be of a public meeting (proposals) or of a working group
    if _answers_opinion_by_points(doc):
        return "action"  # the authority's answers, under the points of the opinion they quote
    first = doc.blocks[0] if doc.blocks else None
    if first is not None and first.kind == "record" and (first.fields or {}).get("kind") in ("action", "objective"):
        # a spreadsheet whose "Action" column names its rows, or the follow-up of an
        # authority's results (its first row may be a project): an authority's plan
        return "action"
    # the first block, when it is a top heading or a paragraph (a title line that the
    # reader joined with the line below it): its first words
    heading = ""
    if first is not None and (first.kind == "paragraph" or (first.kind == "heading" and first.level <= 1)):
        heading = first.text[:120]
    name = doc.title
    if doc.path and name == Path(doc.path).stem:
        name = re.sub(r"[-_]+", " ", name)  # a file name: "deliberation-programme-numerique"
    title = f"{name} {heading}"
    # the title and the short lines that open the document ("L'avis du CDPL - mars 2019")
    # say what it is; a long sentence of the introduction may only cite an opinion ("répond
    # à l'avis du Conseil de développement"), so it counts only when the title says nothing
    shorts = [b.text for b in doc.blocks[:4] if len(b.text.split()) <= 12 and b.kind != "list_item"]
    if _answer_headline(doc):
        # « Numérique : les jeunes ont parlé, la mairie répond » over a chapô telling of the
        # opinion it answers: the page is the authority's answer
        return "action"
    if _programme(title, " ".join(b.text for b in doc.blocks[1:4] if len(b.text.split()) <= 20)):
        # a candidate list's programme, whatever its introduction says of the meetings it comes
        # from; « Nos 30 propositions pour … » when a list signs it under the title
        return "action"
    if answer_sections(doc):
        # « Ce que nous allons faire » and « Ce que nous ne pouvons pas faire » over each theme: the
        # author's answer, whatever its title names (« Bilan de la consultation … »)
        return "action"
    if title_prior(" ".join([title] + shorts)) == "recommendation":
        return "recommendation"
    if title_prior(title) == "action" or title_prior(f"{title} {_subtitle(doc)}") == "action":
        return "action"
    if release_notes(doc):
        return "action"  # « ## Version 2.0 » over « ### Ajouté », whatever the title
    if not title_prior(title):
        # a deliberation or a letter says what it is about on its first page (« Objet :
        # Approbation du programme numérique communautaire »): its title, when it has no other
        prior = title_prior(_object_line(doc))
        if prior:
            return prior
        # a letter answering letters (« Objet : Réponse à vos courriers … »), whose subject line
        # may come after a long letterhead
        subject = _object_line(doc, OBJECT_BLOCKS)
        if _ANSWER_TITLE.search(subject) or _YOUR_REQUESTS_OBJECT.match(subject):
            return "action"
    # a page whose title says something else ("la réponse de la municipalité") and whose first
    # sections name the plan ("## Le plan d'actions « Ville numérique 2025-2028 »"), whatever
    # its introduction tells of the consultation it answers
    if doc.meta.kind != "minutes" and any(
            title_prior(b.text) == "action" for b in doc.blocks[:TOP_BLOCKS] if b.kind == "heading" and b.level <= 2):
        return "action"
    # the opening lines, not the items of a list (a plan's « Lancer une consultation en ligne »)
    opening = " ".join([doc.title] + [b.text for b in doc.blocks[:4] if b.kind != "list_item"])[:800]
    if title_prior(opening) == "recommendation":
        return "recommendation"
    # a cover page may push the title down: the short lines of the first page (not the items of
    # a list, which are content: a plan's « tenir une réunion publique par an » is no title)
    cover = [b.text for b in doc.blocks[:12] if len(b.text.split()) <= 12 and (b.page or 1) <= 1
             and b.kind != "list_item"
             # a bulletin's « Tribune libre » is a section of its own, not what the document is
             and not (b.kind == "heading" and b is not doc.blocks[0] and _OTHER_VOICES.fullmatch(_collapse(b.text)))]
    if title_prior(" ".join(cover)) == "recommendation":
        return "recommendation"
    if title_prior(title) != "recommendation" and _opens_with_answer_grid(doc):
        # « Demande | Engagement | Réponse de la liste » under a title that calls it no opinion:
        # the answers, line by line
        return "action"
    if doc.meta.kind != "minutes" and not title_prior(title) and _ANSWER_TITLE.search(" ".join(
            b.text for b in doc.blocks[:12] if b.table is None and len(b.text.split()) <= 12 and (b.page or 1) <= 1)):
        # a brochure whose cover names what the authority commits to (« Nos engagements pour
        # 2026-2030 ») under a title that says nothing (not the headers of a table answering an
        # opinion, nor a cover naming the policy an audit is about, « Politique du numérique »)
        return "action"
    # minutes quote both what is asked and what is planned: their labels do not say which
    if doc.meta.kind == "minutes":
        return ""
    labelled = label_prior(doc)
    if not labelled and _report_sections(doc):
        # a report whose sections tell what was done and what comes next (« Réalisations 2024 »,
        # « Perspectives 2025 »), whatever its title, and whose labels say nothing else: the
        # authority's own deeds and plans
        return "action"
    return labelled


# A headline that ends on the authority's answer (« Les jeunes ont parlé, la mairie répond »,
# « Travaux du port : le maire vous répond. »): the end of _ANSWER_TITLE's news headline
_ANSWERS_LAST = re.compile(r"\br[ée]pond(?:ent)?\s*[.!…]?\s*$", re.I)


def _answer_headline(doc: Document) -> bool:
    """Whether a top heading of the first page (level 1 or 2, among the first ``TOP_BLOCKS``
    blocks, a magazine's section band above it) is a headline ending on the authority's answer
    (see _ANSWERS_LAST): read alone, as the short lines around it may name the opinion answered.

    >>> from nlp_stn.model import Block
    >>> head = lambda t, l: Block(kind="heading", text=t, start=0, end=len(t), level=l)
    >>> doc = lambda *b: Document(id="d", path="", format="pdf", title="", text="", blocks=b)
    >>> _answer_headline(doc(head("VIE LOCALE", 5), head("Vélo : les lycéens ont proposé, la mairie répond", 1)))
    True
    >>> _answer_headline(doc(head("Pourquoi la mairie ne répond pas ?", 1)))
    False
    """
    return any(b.kind == "heading" and b.level <= 2 and (b.page or 1) <= 1 and _ANSWERS_LAST.search(b.text)
               and _ANSWER_TITLE.search(b.text) for b in doc.blocks[:TOP_BLOCKS])


SUBTITLE_WORDS = 12  # a subtitle is a short line


def _subtitle(doc: Document) -> str:
    """The document's subtitle: a short heading right under its title heading (« Saint-Lô, ville
    ouverte » over « Plan d'actions numérique 2027-2030 »), which names what the document is when
    the title is a motto; "" when the document opens otherwise.

    >>> from nlp_stn.model import Block
    >>> head = lambda t, l: Block(kind="heading", text=t, start=0, end=len(t), level=l)
    >>> doc = Document(id="d", path="", format="docx", title="Une ville ouverte", text="",
    ...                blocks=(head("Une ville ouverte", 1), head("Plan d'actions 2027", 3)))
    >>> _subtitle(doc)
    "Plan d'actions 2027"
    """
    blocks = doc.blocks
    if len(blocks) < 2 or blocks[0].kind != "heading" or blocks[1].kind != "heading":
        return ""
    text = blocks[1].text
    return text if len(text.split()) <= SUBTITLE_WORDS else ""


_OBJECT = re.compile(r"^\s*objet\s*:\s*(?=\S)", re.I)
TOP_BLOCKS = 6  # blocks at the top of a document whose main headings may say what it is
# a letter's subject comes after its letterhead, its references, its date and its addressees
OBJECT_BLOCKS = 12
OBJECT_WORDS = 12  # words of an « Objet : » line taken for a title (the reader may join the text below to it)


def _object_line(doc: Document, blocks: int = TOP_BLOCKS) -> str:
    """The subject of an « Objet : … » line among the first blocks of the first page: its first
    sentence, at most ``OBJECT_WORDS`` words; "" when there is none."""
    for block in doc.blocks[:blocks]:
        if (block.page or 1) > 1:
            break
        m = _OBJECT.match(block.text) if block.kind in ("heading", "paragraph") else None
        if m:
            subject = _sentences(block.text[m.end():])
            return " ".join(subject[0][1].split()[:OBJECT_WORDS]) if subject else ""
    return ""


def _answers(doc: Document) -> bool:
    """Whether the document is an authority's answer (see _ANSWER_TITLE): its title, its
    first headings or its « Objet : » line say so, or it is a mail answering an opinion point
    by point (see _answers_opinion_by_points), or it opens with a grid answering demands line
    by line (see _opens_with_answer_grid)."""
    if _answers_opinion_by_points(doc) or _opens_with_answer_grid(doc):
        return True
    subject = _object_line(doc, OBJECT_BLOCKS)
    if _YOUR_REQUESTS_OBJECT.match(subject):
        return True  # « Objet : vos demandes … »: a letter to the ones who asked
    texts = [doc.title, subject] + [b.text[:120] for b in doc.blocks[:TOP_BLOCKS] if b.kind == "heading"]
    return any(_ANSWER_TITLE.search(re.sub(r"[-_]+", " ", t)) for t in texts if t)


# A speech as its text is handed out: the warning that only the words spoken count (« Seul le
# prononcé fait foi »), or its title line (« Discours de M. … », « Allocution de la Présidente »);
# an authority's press release (« COMMUNIQUÉ DE PRESSE », « Communiqué aux rédactions ») is read
# the same way: it announces what the authority will do, whoever the subject of its sentences
_SPEECH = re.compile(r"^\W*seul(?:e)?\s+(?:le\s+(?:texte\s+)?|la\s+parole\s+)?prononc[ée]e?\s+fait\s+foi\b"
                     r"|^\W*(?:discours|allocution)\s+(?:de|du|d['’])\s"
                     r"|^\W*communiqu[ée]\s+(?:de\s+presse|(?:aux?|à\s+la)\s+(?:presse|m[ée]dias|r[ée]dactions?))\b", re.I)
SPEECH_LINE_WORDS = 20  # the longest line of a speech's cover that says what it is
SPEECH_BLOCKS = 12  # the blocks of its cover (the service, place and date, title lines, occasion)


def _speech(doc: Document) -> bool:
    """Whether the document is a speech (see _SPEECH): its title or one of its first short lines
    says so. An authority's head announcing what it will do speaks for it: whatever he says will
    be done is a commitment, whoever its subject (« une permanence se tiendra dans chaque mairie »)."""
    lines = [doc.title] + [b.text for b in doc.blocks[:SPEECH_BLOCKS]
                           if b.kind in ("heading", "paragraph") and len(b.text.split()) <= SPEECH_LINE_WORDS]
    return any(_SPEECH.match(t) for t in lines if t)


BUDGET_COVER_WORDS = 12  # the longest line of a cover that names the document


def _budget_orientations(doc: Document) -> bool:
    """Whether the document is an authority's budget orientations (see _BUDGET_ORIENTATIONS): its
    title, a heading among its first blocks or a short line of its cover says so. What it says
    will be done in the year is what the authority means to fund, whoever the subject (« Le CCAS
    proposera des ateliers », « L'accueil restera ouvert »).

    >>> from nlp_stn.model import Block
    >>> line = lambda t: Block(kind="paragraph", text=t, start=0, end=len(t), page=1)
    >>> doc = lambda *t: Document(id="d", path="", format="pdf", title="", text="", blocks=tuple(map(line, t)))
    >>> _budget_orientations(doc("Ville de Lormes", "Rapport d'orientation budgétaire 2027"))
    True
    >>> _budget_orientations(doc("Ville de Lormes", "Le budget primitif sera voté en avril, après le débat d'orientations budgétaires du 3 mars."))
    False
    """
    lines = [doc.title] + [b.text for b in doc.blocks[:TOP_BLOCKS]
                           if b.kind in ("heading", "paragraph") and len(b.text.split()) <= BUDGET_COVER_WORDS]
    return any(_BUDGET_ORIENTATIONS.search(t) for t in lines if t)


def _results(doc: Document) -> bool:
    """Whether the document lists the projects an authority retained (see _RESULTS_TITLE): its
    title or its first headings say so."""
    texts = [doc.title] + [b.text[:120] for b in doc.blocks[:TOP_BLOCKS] if b.kind == "heading"]
    return any(_RESULTS_TITLE.search(t) and not _DELIBERATION_TITLE.search(t)
               for t in (re.sub(r"[-_]+", " ", t) for t in texts if t))


MIN_LISTED_ACTIONS = 3  # items of a list of a plan's actions (see lists_plan_actions)


def lists_plan_actions(doc: Document) -> bool:
    """Whether the document lists the actions of a plan under a title of its own (« En bref : les
    mesures du plan vélo », « Les actions du schéma numérique » over at least MIN_LISTED_ACTIONS
    items), as a municipal bulletin reports where its plan stands: the authority telling its own
    actions. Its other articles are left as they are read."""
    blocks = doc.blocks
    for i, block in enumerate(blocks[1:], 1):
        if block.kind != "heading" or not _STRATEGY_TITLE.search(block.text):
            continue
        kicker = _KICKER.match(block.text)
        words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", kicker.group(1) if kicker else block.text)
        if classify_leadin(" ".join(words[:3]), "action") != "action":
            continue
        items = 0
        for following in blocks[i + 1:i + 1 + MIN_LISTED_ACTIONS]:
            if following.kind != "list_item":
                break
            items += 1
        if items >= MIN_LISTED_ACTIONS:
            return True
    return False


# A heading numbered by one number (« 7. Le wifi gratuit au parc », « 12) Repair café »)
_SINGLE_NUMBER = re.compile(r"^(\d{1,3})\s*[.)]\s+(?=\S)")

MIN_LABELS_PRIOR = 4


RESTATED_MIN = 3  # items of a summary list restated further on (see _Segmenter._restated_items)
# an item of a summary list that ends citing the numbers of the units it sums up: « … (2.1 à
# 2.4) », « … (préconisations 3 et 4) », « … (voir 1.2, 1.3) »
_CITES_NUMBERS = re.compile(
    r"\((?:[^()\d]{0,30})\d{1,2}(?:\.\d{1,2})*\s*(?:(?:à|et|-|–|,)\s*\d{1,2}(?:\.\d{1,2})*\s*)+\)\s*[.;,]?\s*$")


def _stems(text: str) -> list[str]:
    """Rough stems of the content words of ``text``: folded words of four letters or more cut
    to five letters ("reconditionnés" and "reconditionné" meet as "recon")."""
    folded = "".join(c for c in unicodedata.normalize("NFD", text.lower()) if unicodedata.category(c) != "Mn")
    words = [w for w in re.findall(r"[a-z]{4,}", folded) if w not in _STEM_STOP]
    return [(w[:-1] if w[-1] in "sx" and len(w) > 4 else w)[:5] for w in words]  # « gares » meets « gare »


# Frequent words of four letters or more that say nothing of a unit's content
_STEM_STOP = frozenset(("dans", "pour", "avec", "tous", "toutes", "tout", "toute", "chaque", "leur", "leurs", "dont",
                        "plus", "cette", "ainsi", "elle", "elles", "entre", "sans", "sont", "etre", "avoir", "faire",
                        "mais", "comme", "aussi", "encore", "notamment", "afin"))


def _content_words(text: str) -> list[str]:
    """Lower-case words of four letters or more (a rough stand-in for content words)."""
    return [w.lower() for w in re.findall(r"[^\W\d_]{4,}", text)]


# A lead-in that says its items follow (« les engagements suivants pour … : », « ci-après : »)
_ANNOUNCES_ITEMS = re.compile(r"\b(?:suivant(?:e|s|es)?|ci-apr[èe]s|ci-dessous)\b", re.I)


_ARTICLES = frozenset(("un", "une", "des", "plus", "davantage"))  # what a proposal asks for: « Une appli … »
# what opens a noun phrase that names what is asked (« une vitrine commune », « l'ouverture de… »)
_NOUN_PHRASE_START = _ARTICLES | _DETERMINERS | {"de", "chaque", "plusieurs", "moins", "deux", "trois"}


_TOPIC_WORDS = 5  # longest title naming a topic by a verb alone (« Se déplacer sans voiture »)

_GERUND = re.compile(r"\ben\s+(?:[^\W\d_]+['’])?[^\W\d_]+ant\b", re.I)  # « en remettant », « en s'appuyant »


def _topic_title(text: str) -> bool:
    """A title naming a topic by a verb alone, reflexive or general, with no object
    (« Se loger », « Bien vieillir chez soi », « Travailler autrement »): at most
    ``_TOPIC_WORDS`` words, no determiner (« Ouvrir un guichet », « Créer des tiers-lieux »
    say what is to be done, and so do a figure and a gerund: « Réemployer en réparant »)."""
    words = [w.lower().rstrip("'’") for w in re.findall(r"[^\W\d_]+['’]?", text)]
    return (0 < len(words) <= _TOPIC_WORDS and not any(w in _GENERAL_DETERMINERS for w in words)
            and not re.search(r"\d", text) and not _GERUND.search(text))


def _goes_on_item(block: Block) -> bool:
    """A paragraph that goes on a list item (level 1 + the item's depth, see Block)."""
    return block.kind == "paragraph" and block.level > 0


def _numbered_level(text: str, level: int, open_headings: Sequence[tuple[int, str]]) -> int:
    """The level of a heading whose numbering says more than its style: "#### 7.3 …" after
    "### 7.2 …" is its sibling (level 3), not a section inside it."""
    number = _HEADING_NUMBER.match(text)
    if not number:
        return level
    mine = number.group(1)
    for open_level, title in reversed(open_headings):
        if open_level >= level:
            continue
        other = _HEADING_NUMBER.match(title)
        if not other or mine.startswith(other.group(1) + "."):
            break  # a section it belongs to ("7." over "7.3", or a title without a number)
        if other.group(1).count(".") == mine.count("."):
            return open_level  # a sibling at the same depth of numbering
        break
    return level


def _label_words(label: str) -> list[str]:
    """A label's noun and number: "Action 1.2" -> ["Action", "1.2"], a code "A1.2" -> ["A", "1.2"]."""
    code = re.fullmatch(r"([A-Z]{1,3})(\d{1,3}(?:\.\d{1,3})*)", label)
    return list(code.groups()) if code else label.split()


def _below(child: str, parent: str) -> bool:
    """Whether a labelled unit found under another is a level below it: another noun
    ("Engagement 2" over "Mesure 4") or a number extending the parent's ("Action 1" over
    "Action 1.2", "A1" over "A1.2"); "Action 15" over "Action 16" ("A15" over "A16") is a
    sibling written in another style."""
    c, p = _label_words(child), _label_words(parent)
    if not c or not p or c[0].lower() != p[0].lower():
        return True
    return c[-1].startswith(p[-1] + ".") or c[-1].startswith(p[-1] + "-")


def _code_series(doc: Document) -> frozenset:
    """The letters of the short codes ("A1 –", "FA2 :") that number a series of the document's
    headings, paragraphs or list items (see :func:`labels.code_series`)."""
    return code_series(b.text[:80] for b in doc.blocks if b.kind in ("heading", "paragraph", "list_item"))


def label_prior(doc: Document) -> str:
    """What the document's labels number: "recommendation" when most of its labelled blocks
    are recommendations or proposals ("Recommandation 2.3 :", "Préconisation n° 4"),
    "action" when most are actions or measures ("Action 1.2", "Fiche action n° 3"); "" when
    fewer than MIN_LABELS_PRIOR blocks are labelled so (a guide citing three measures of
    another plan is not a plan)."""
    counts = {"recommendation": 0, "action": 0}
    codes = _code_series(doc)
    for block in doc.blocks:
        if block.kind in ("heading", "paragraph", "list_item"):
            kind = parse_label(block.text[:80], codes)[1]
            if kind in counts:
                counts[kind] += 1
    best = max(counts, key=counts.get)
    other = "action" if best == "recommendation" else "recommendation"
    return best if counts[best] >= MIN_LABELS_PRIOR and counts[best] > 2 * counts[other] else ""
