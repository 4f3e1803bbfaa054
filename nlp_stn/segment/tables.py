"""Tables: header roles, answer tables and stated fates, record tables (« fiches action »):
their cells, items and field values, row numbers.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from ..labels import field_kind, parse_label
from ..model import Block
from .vocabulary import (_ANSWERS_LEADIN, _BODY_RETAINS_ITEMS, _DONE, _GROUP_TASKS, _KIND_WORDS, _NOT_UNITS, _PAST_SETUP,
                         _PRINCIPLES,
                         _PROPOSAL_ADJECTIVES, _PROPOSAL_WORDS,
                         _FUNDED, _PLEDGES, _TOLD_WISH)
from .units import _Unit
from .language import _REFUSER, _SENTENCE_END, _collapse, _sentences, _word_count


_ROLE_WORDS = (
    ("obstacle", re.compile(r"^(?:frein|obstacle|difficult|risque|limite|contrainte|blocage|point.? de vigilance|menace|faiblesse)", re.I)),
    ("lever", re.compile(r"^(?:acc[ée]l[ée]rat|levier|facilit|atout|condition|opportunit|force|moyen|ressource|appui)", re.I)),
    ("cooperation", re.compile(r"^(?:coop[ée]ration|partenai|acteur|collaboration|porteur|pilote|contributeur|alliance)", re.I)),
    ("action", re.compile(r"^(?:action|proposition|recommandation|pr[ée]conisation|mesure|objectif|projet|chantier|piste|id[ée]e"
                          r"|op[ée]ration)", re.I)),
)

# A plan table's column naming who leads each action (« Pilote », « Co-pilotes », « Porteur »,
# « Service responsable », « Référent »): its cells are names, no units
_LEADER_HEADER = re.compile(r"\b(?:co-?)?(?:pilot(?:e|es|age)|porteu(?:r|rs|se|ses)|responsables?|r[ée]f[ée]rents?)\b", re.I)

DEMAND_PRIOR = {"avis": "recommendation", "contributions": "recommendation", "consultation": "recommendation"}
ACTION_PRIOR = {"strategy": "action", "framework": "action"}


# A column of demands headed by what its writers do in the first person, as a citizens' body
# titles its two-column tables (« Ce que nous constatons | Ce que nous proposons », « Ce que nous
# demandons », « Ce que je souhaite ») : the proposals' column, as a « Propositions » header
_PROPOSING_HEADER = re.compile(
    r"^\W*ce\s+que\s+(?:nous|je|j['’]|les\s+habitants|les\s+participants|le\s+conseil)\s*"
    r"(?:propos|demand|souhait|recommand|pr[ée]conis|sugg[ée]r)\w*\b", re.I)


def _header_kind(header: str) -> str:
    """The kind a column header announces by its first word: "Action(s)", "Mesure(s)",
    "Chantier", "Opération(s)" (a budget's investment programme) -> action; "Proposition(s)", "Recommandation(s)", "Idée(s)" -> recommendation;
    "Indicateur(s)" -> indicator; "" otherwise (the document decides). A header saying what
    its writers propose (« Ce que nous proposons », see _PROPOSING_HEADER) -> recommendation."""
    words = re.findall(r"[^\W\d_]+", header)
    if not words:
        return ""
    if _PROPOSING_HEADER.match(header):
        return "recommendation"
    head = words[0].lower()
    if re.match(r"(?:action|mesure|chantier|op[ée]ration)s?$", head):
        return "action"
    if re.match(r"(?:proposition|recommandation|pr[ée]conisation|id[ée]e|demande)s?$", head):
        return "recommendation"
    if re.match(r"indicateurs?$", head):
        return "indicator"
    return ""


def role_of_header(header: str) -> str:
    """The role of a table column from its header's head word ("Frein(s) à la mise en œuvre de
    ces actions" -> "obstacle", « Ce que nous proposons » -> "action"); "" when the header says
    nothing known."""
    if _PROPOSING_HEADER.match(header):
        return "action"  # « Ce que nous proposons »: the things to do, as « Propositions »
    words = re.findall(r"[^\W\d_]+", header)
    for word in words[:3]:  # the head noun comes first in French headers
        for role, pattern in _ROLE_WORDS:
            if pattern.match(word):
                return role
    return ""


# --- answer tables and stated fates ---------------------------------------------------------
#
# An authority answering an opinion or following its plan says what became of each line:
# « Recommandation du conseil | Réponse de la collectivité | Suite donnée », « Action | Pilote |
# Avancement ». A column whose header names that fate holds short values (« Retenue en partie »,
# « Abandonnée ») that the row's units keep as their ``state``; in an answer table the answer
# column holds the authority's units and the column quoting the demand is their context.

_STATE_HEADER = re.compile(
    r"^(?:suites?\s+(?:donn[ée]e?s?|r[ée]serv[ée]e?s?)|suite\b|avancement|[ée]tat\b|statut|d[ée]cision"
    r"|avis\s+(?:de\s+la|du|des)\s+(?:collectivit|commune|communaut|m[ée]tropole|d[ée]partement|r[ée]gion|bureau|ex[ée]cutif|ma[îi]tre)"
    r"|prise\s+en\s+compte\s*$|retenue?s?\s*\??$"
    # a list's or an authority's commitment to each line of a pact (« Engagement » : « Oui »,
    # « En partie », « Non », « Déjà réalisé »), the column alone or with its values in brackets
    r"|engagements?\s*(?:\([^()]*\)\s*)?$)",
    re.I,
)
# A plan's column of remarks on each row (« Commentaires », « Observations », « Remarques »,
# « Précisions »), beside the action in a progress report: what was done and what was left out
# of it, the row's action's description (see table_units)
COMMENT_HEADER = re.compile(r"^\W*(?:commentaires?|observations?|remarques?|pr[ée]cisions?)\b", re.I)
# A column of an authority's document quoting the wording it kept (« Rédaction retenue »,
# « Texte adopté », « Libellé définitif » in an annex of the amendments taken in): its own words
# again, already read where they stand (not « Rédaction proposée »: what was asked)
KEPT_WORDING_HEADER = re.compile(
    r"^\W*(?:r[ée]daction|libell[ée]|formulation|texte)s?\s+(?:retenue?s?|adopt[ée]e?s?|d[ée]finitive?s?|finale?s?"
    r"|modifi[ée]e?s?|int[ée]gr[ée]e?s?|amend[ée]e?s?)\b", re.I)
_ANSWER_HEADER = re.compile(
    r"^(?:r[ée]ponses?|position|engagements?|suites?\s+donn[ée]e?s?|prise\s+en\s+compte|traduction"
    r"|mise\s+en\s+(?:œ|oe)uvre|actions?\s+(?:pr[ée]vues?|engag[ée]es?|retenues?|propos[ée]es?|envisag[ée]es?)"
    # how each line will be carried out (« Modalités de mise en œuvre », « Conditions de prise en
    # compte », « Modalités de réalisation »), beside the fate stated in a column of its own
    r"|(?:modalit[ée]s?|conditions?)\s+(?:de\s+|d['’]\s*)(?:mise\s+en\s+(?:œ|oe)uvre|prise\s+en\s+compte|r[ée]alisation"
    r"|application)\b"
    r"|commentaires?\s+(?:de\s+la|du|des)\s+"
    # after a public inquiry, what the approved project changes for each observation or reserve
    # (« Modification apportée au projet », « Modifications introduites dans le dossier »)
    r"|modifications?\s+(?:apport[ée]e?s?|introduites?|effectu[ée]e?s?)\b)",
    re.I,
)
# A column quoting the demands under a word saying it quotes them (« Rappel de la recommandation »,
# « Texte de la proposition », « Extrait de l'avis » is not: no demand noun), before the demand noun
_QUOTING_HEAD = (r"(?:(?:rappels?|textes?|extraits?|intitul[ée]s?|libell[ée]s?|r[ée]sum[ée]s?|r[ée]f[ée]rences?)\s+"
                 r"(?:de\s+la|de\s+l['’]\s*|du|des|de)\s*)?")
_DEMAND_HEADER = re.compile(
    r"^" + _QUOTING_HEAD + r"(?P<noun>recommandations?|propositions?|pr[ée]conisations?|demandes?|id[ée]es?|observations?|questions?"
    r"|contributions?|suggestions?|attentes?|avis\s+(?:du|des)\s+(?:conseil|citoyens|habitants|panel|public))\b",
    re.I,
)
STATE_WORDS = 5  # a stated fate is a short value: « Retenue en partie », « Reportée en 2028 »
# Not the authority's to do: « n'entre pas dans le champ de compétence du syndicat », « ne relève
# pas de nos compétences », « ne relève pas du budget communal », « relève de l'État », « relève des
# opérateurs »
_NOT_ITS_OWN_SAID = re.compile(
    r"\bn['’]\s*entre(?:nt)?\s+pas\s+dans\s+(?:le\s+champ\s+(?:de\s+|des\s+)|le\s+cadre\s+de\s+)?(?:ses\s+|nos\s+|sa\s+|notre\s+"
    r"|la\s+|les\s+|leurs?\s+)?comp[ée]tences?\b"
    r"|\bne\s+rel[èe]ve(?:nt)?\s+pas\s+de\s+(?:ses|nos|sa|notre|la|leurs?)\s+comp[ée]tences?\b"
    # the authority saying the matter is not in its hands (« nous n'avons pas la main : … », « cela
    # ne dépend pas de nous », « ce n'est pas de notre ressort »)
    r"|\bnous\s+n['’]\s*avons\s+pas\s+la\s+main\b|\bne\s+d[ée]pend(?:ent)?\s+pas\s+de\s+nous\b"
    r"|\bn['’]\s*(?:est|sont)\s+pas\s+de\s+(?:notre|son|leur)\s+ressort\b"
    # not its money to spend (« elle ne relève pas du budget communal », « ne relèvent pas de notre budget »)
    r"|\bne\s+rel[èe]ve(?:nt)?\s+pas\s+(?:du\s+budget\s+(?:communal|municipal|intercommunal|communautaire"
    r"|d[ée]partemental|r[ée]gional|de\s+la\s+(?:commune|ville|communaut[ée]|m[ée]tropole|r[ée]gion)|du\s+d[ée]partement)"
    r"|de\s+(?:notre|son|leur)\s+budget)\b"
    # « ne relève pas du plan de mobilité mais de la compétence de la Région », « ne relève pas de
    # la commune mais du Département »: not the authority's, another body's
    r"|\bne\s+rel[èe]ve(?:nt)?\s+pas\s+d(?:e\b|u\b|es\b|['’])[^.;:]{1,80}?,?\s+mais\s+(?:bien\s+)?"
    r"(?:de\s+la\s+comp[ée]tence\s+|des\s+comp[ée]tences\s+)?(?:du|de\s+la|de\s+l['’]|des|d['’])"
    # « … ne relève pas de la communauté de communes : les distances sont fixées par l'État »: the
    # authority naming itself as the body the matter is not the business of, then, after a colon,
    # why (told in passing, without its reason, it may close the sentences of an action)
    r"|\bne\s+rel[èe]ve(?:nt)?\s+pas\s+(?:de\s+la|du|de\s+l['’])\s*"
    r"(?:commune|ville|municipalit[ée]|communaut[ée]|intercommunalit[ée]|m[ée]tropole|agglom[ée]ration"
    r"|d[ée]partement|r[ée]gion|collectivit[ée])\b[^.;:!?]{0,40}?\s:\s"
    # « … relève du syndicat d'énergie et non de la communauté de communes »: another body's, the
    # authority naming itself after « et non »
    r"|\brel[èe]ve(?:nt)?\s+d(?:e\b|u\b|es\b|['’])[^.;:]{0,80}?\bet\s+non\s+(?:pas\s+)?"
    r"(?:de\s+la|du|de\s+l['’]|des|de\s+notre|de\s+nos)\s*"
    r"(?:commune|ville|municipalit[ée]|communaut[ée]|intercommunalit[ée]|m[ée]tropole|agglom[ée]ration"
    r"|d[ée]partement|r[ée]gion|collectivit[ée])",
    re.I,
)
# ... also « relève de l'État », in a deliberation's exposé (elsewhere it may go on with what the
# authority does with that body: « relève du Département, avec lequel nous réaliserons … »)
_NOT_ITS_OWN = re.compile(
    _NOT_ITS_OWN_SAID.pattern +
    r"|\brel[èe]ve(?:nt)?\s+(?:de\s+la\s+comp[ée]tence\s+)?(?:de\s+l['’]\s*(?:[ée]tat|[ée]ducation\s+nationale|acad[ée]mie)\b"
    r"|de\s+la\s+(?:r[ée]gion|pr[ée]fecture)\b|du\s+(?:d[ée]partement|rectorat)\b|des\s+op[ée]rateurs\b)",
    re.I,
)
# an authority named as the subject (« la commune », « le Département », « l'intercommunalité »)
_AUTHORITY_NAMED = (r"(?:la|le|l['’])\s*(?:r[ée]gion|d[ée]partement|m[ée]tropole|commune|ville|communaut[ée]"
                    r"|agglom[ée]ration|intercommunalit[ée]|collectivit[ée]|municipalit[ée]|mairie)")
# an answer that turns the demand down, in its first sentence
_REFUSAL = re.compile(
    # (not after a demonstrative « celles qui », « ceux qui »: « celles qui n'ont pas été retenues
    # sont présentées en annexe » tells where refusals are, it turns nothing down)
    r"(?<!\bcelles\squi\s)(?<!\bceux\squi\s)(?<!\bcelle\squi\s)(?<!\bcelui\squi\s)"
    r"\b(?:n['’]\s*(?:est|a|ont|avons|a\s+pas\s+[ée]t[ée])|ne\s+(?:sont|sera|seront|peut|peuvent|pourra|pourront|saurait"
    r"|saurions|pouvons|retenons|retient|donnera|donnerons|donne))\s+(?:pas|plus)\s+(?:[ée]t[ée]\s+)?"
    # (« n'est pas programmée », a budget's word for a measure it does not fund)
    r"(?:retenue?s?|envisag\w+|pr[ée]vue?s?|programm[ée]e?s?|possibles?|donner\s+suite|suite|[êe]tre\s+retenue?s?|[êe]tre\s+envisag\w+"
    # (« Un second poste n'est pas finançable au budget 2026 », « … ne sera pas réalisable »)
    r"|finan[cç]ables?|r[ée]alisables?"
    # (« Une réservation le jour même n'est pas compatible avec l'organisation des tournées »)
    r"|compatibles?\s+avec)"
    r"|\bavis\s+d[ée]favorable\b"
    r"|(?<!\bcelles\squi\sne\ssont\s)(?<!\bceux\squi\sne\ssont\s)(?<!\bcelles\squi\sne\sseront\s)"
    r"(?<!\bceux\squi\sne\sseront\s)\bpas\s+retenue?s?\b"
    # a measure asked for again that will not be renewed, said in the present or the future (« Le
    # dispositif … n'est pas reconduit : … », « Ces aides ne seront pas reconduites »), not a past
    # fact (« Le dispositif n'a pas été reconduit en 2024 ») nor a contract coming to its term (« Le
    # marché de maintenance ne sera pas reconduit : une consultation sera lancée », managing it)
    r"|^(?:(?!\b(?:march[ée]s?|contrats?|conventions?|baux|bail|abonnements?|licences?|d[ée]l[ée]gations?)\b)[^.;:!?])*?"
    r"\b(?:n['’]\s*(?:est|sont)|ne\s+(?:sera|seront))\s+(?:pas|plus)\s+reconduite?s?\b"
    # the fate stated first, as a table's answer cell opens (« Non retenue : … », « Hors objet de
    # l'enquête : … », « Hors sujet. », « Sans objet : cela relève du Département »: the line calls
    # for no measure of the one answering), or what the project leaves out (« Les postes des
    # services restent hors du champ du projet »); also what lies outside the powers of the one
    # answering (« Hors compétence : la fibre relève du syndicat mixte », « … est hors de nos compétences »)
    r"|^\W*(?:non\s+retenue?s?|sans\s+objet|hors\s+(?:de\s+l['’]\s*|du\s+|de\s+(?:nos|ses|leurs|notre|sa)\s+)?"
    r"(?:sujet|objet|champ|p[ée]rim[èe]tre|comp[ée]tences?))\b"
    r"|\b(?:reste|restent|est|sont|demeure|demeurent)\s+hors\s+(?:de\s+l['’]\s*|du\s+|de\s+(?:nos|ses|leurs|notre|sa)\s+)?"
    r"(?:objet|champ|p[ée]rim[èe]tre|comp[ée]tences?)\b"
    # (the same said with « relever »: « … ne relève pas des compétences de la commune », « ne relève
    # pas de nos compétences »)
    r"|\bne\s+rel[èe]ve(?:nt)?\s+pas\s+(?:des|de\s+(?:nos|ses|leurs|notre|sa))\s+comp[ée]tences?\b"
    # « il ne nous est pas possible de … », « il ne sera pas possible de … »
    r"|\bne\s+(?:nous|me|lui|leur)?\s*(?:est|sera|serait|para[îi]t)\s+pas\s+(?:possible|envisageable|r[ée]alisable)\b"
    # the written negation without « pas » (« … ne peut en revanche faire l'objet d'un arrêté
    # municipal », « ne pourra faire l'objet d'aucune subvention »): what is asked cannot be granted
    r"|\bne\s+(?:peut|peuvent|pourra|pourront|saurait|sauraient)\s+(?:(?:en\s+revanche|toutefois|cependant|donc"
    r"|malheureusement|h[ée]las)\s+)?faire\s+l['’]\s*objet\s+d['’]"
    # « cette demande ne pourra pas aboutir », « … ne peut pas être satisfaite »
    r"|\bne\s+(?:peut|peuvent|pourra|pourront|pourrait|pourraient)\s+pas\s+(?:aboutir|[êe]tre\s+(?:satisfaite?s?|accept[ée]e?s?"
    r"|accord[ée]e?s?|financ[ée]e?s?|mise?s?\s+en\s+(?:place|œuvre|oeuvre)))\b"
    # the deed asked said impossible (« Les trottoirs ne peuvent pas être élargis sans … »), not put
    # off (« … ne pourra pas être ouverte avant 2028 »: later), nor in a relative clause saying how
    # a thing works (« 46 emplacements, en dehors desquels la location ne peut pas être terminée »)
    r"|(?:^|(?<=[.;:!?,]))(?![^.;:!?,]*?(?:\b(?:dont|o[uù]|[ld]esquel(?:le)?s|auxquel(?:le)?s|duquel|auquel|laquelle"
    r"|lequel|qui|que)\b|\bqu['’])[^.;:!?,]*?\bne\s+(?:peut|peuvent|pourra|pourront|pourrait|pourraient)\s+pas\b)"
    r"[^.;:!?,]*?\bne\s+(?:peut|peuvent|pourra|pourront|pourrait|pourraient)\s+pas\s+[êe]tre\s+[^\W\d_]{2,}?"
    r"(?:[ée]e?s?|ie?s?|ue?s?|erte?s?|ite?s?|ise?s?)\b(?![^.;:!?]*\b(?:avant|d['’]ici)\b)"
    # « Je ne partage pas l'analyse de la chambre », « nous ne partageons pas cette recommandation »:
    # the one answering rejects the finding or the demand itself
    r"|(?<!\bque )(?<!\bqu['’])\b(?:nous|je)\s+ne\s+(?:partage|partageons)\s+pas\s+(?:l['’]\s*|les?\s+|la\s+|cette\s+|ce\s+|ces\s+|votre\s+|vos\s+)"
    r"(?:analyses?|avis|appr[ée]ciations?|constats?|conclusions?|recommandations?|propositions?|pr[ée]conisations?"
    r"|observations?|positions?|lectures?|interpr[ée]tations?)\b"
    # « nous ne pourrons pas financer … », « je ne pourrai pas donner suite »: the authority
    # saying it will not do what it is asked, maybe with its regret or its reason between the
    # verb and « pas » (« je ne peux malheureusement pas … », « nous ne pouvons hélas pas … »), its
    # object a pronoun before the infinitive (« je ne peux pas la remettre en eau »); not in a
    # clause of time or condition (« … même quand nous ne pouvons pas y répondre tout de suite »)
    r"|(?<!\bque )(?<!\bqu['’])(?<!\bquand )(?<!\blorsque )(?<!\bsi )\b(?:nous|je)\s+ne\s+(?:pourrons|pouvons|pourrai|peux|sommes|serons)\s+"
    r"(?:(?:malheureusement|h[ée]las|donc|toutefois|cependant|pour\s+autant|en\s+revanche|[ée]videmment)\s+)?"
    r"pas\s+(?:en\s+mesure\s+de\s+)?(?:(?:le|la|les|leur|lui|y|en)\s+|l['’]\s*)?"
    r"[^\W\d_]+(?:er|ir|re|oir)\b"
    # « nous ne construirons pas (non plus) de … », « nous ne financerions jamais … »: the authority
    # refusing a deed of its own (not « nous ne manquerons pas de … », « nous ne renoncerons pas à … »,
    # which pledge, « nous ne voudrions pas que … », a wish, nor a guarantee without it as subject,
    # « aucune donnée ne sera cédée »)
    # (its object a pronoun before the verb: « nous ne l'installerons pas », « nous ne les
    # financerons pas »)
    # (« n' » before a verb opening with a vowel: « nous n'installerons pas de … »; not « nous ne
    # resterons pas spectateurs », which pledges to act)
    r"|(?<!\bque )(?<!\bqu['’])\b(?:nous|je)\s+(?:ne\s+(?:l['’]\s*|les\s+|le\s+|la\s+)?|n['’]\s*)"
    r"(?!(?:ser|aur|voud|saur|manque|cesse|rel[âa]che|laisse|oublie|h[ée]site|m[ée]nage|renonce|revien|recule|transige"
    r"|rest|demeur|abandonne|[ée]pargne|arr[êe]te)r?)"
    r"[^\W\d_]{2,}r(?:ons|ai|ions|ais)\s+(?:pas|plus|jamais)\b"
    # the same of the authority named (« la Région ne soutiendra pas un tel projet »; not « la Ville ne
    # manquera pas de … », « ne sera pas », « ne pourra pas », nor « ne facturera plus », which may
    # grant what is asked)
    # (the authority the subject itself, not the complement of a noun: « le guichet de la mairie ne
    # fermera pas » keeps the guichet)
    r"|(?<!\bque )(?<!\bqu['’])(?<!\bde )(?<!\bdu )\b(?:la|le|l['’]|notre)\s*(?:r[ée]gion|d[ée]partement|m[ée]tropole|commune|ville|communaut[ée]"
    r"|agglom[ée]ration|intercommunalit[ée]|collectivit[ée]|municipalit[ée]|mairie)\s+ne\s+"
    r"(?!(?:ser|aur|voud|saur|pour|devr|manque|cesse|rel[âa]che|laisse|oublie|h[ée]site|m[ée]nage|renonce|revien|recule"
    r"|transige)r?)[^\W\d_]{2,}r(?:a|ont|ait|aient)\s+pas\b"
    # « je ne peux vous suivre sur … », « nous ne pouvons, à ce stade, y souscrire », « je ne saurais
    # accepter … »: the literary negation of « pouvoir » or « savoir » (« pas » left out) before a
    # verb of agreeing or granting
    r"|(?<!\bque )(?<!\bqu['’])\b(?:nous|je)\s+ne\s+(?:peux|puis|pouvons|pourrai|pourrons|saurais|saurions)"
    r"(?:\s+pas)?(?:\s+(?:en\s+revanche|toutefois|cependant|donc|malheureusement|h[ée]las|pour\s+autant))?"
    r"(?:\s*,[^,.;:]{1,40},)?\s+(?:(?:vous|y|en|leur|lui)\s+)?"
    r"(?:suivre|souscrire|accepter|retenir|donner\s+suite|r[ée]pondre\s+favorablement|acc[ée]der|faire\s+droit"
    r"|soutenir|approuver|satisfaire|accorder)\b"
    # « il ne s'engage pas, en revanche, à exclure … »
    r"|\bne\s+(?:s['’]engagen?t?|nous\s+engageons|m['’]engage)\s+pas\s*(?:,[^,.;:]{1,40},\s*)?(?:à|sur)\b"
    # « Nous avons fait le choix de ne pas créer … », « nous avons décidé de ne pas … », « la commune
    # a choisi de ne pas … »: the authority's choice not to do it
    r"|(?<!\bque )(?<!\bqu['’])(?:\b(?:nous\s+avons|j['’]\s*ai|" + _AUTHORITY_NAMED + r"\s+a)(?:\s+(?:donc|finalement|aussi|alors))?"
    r"\s+(?:fait\s+le\s+choix|choisi|d[ée]cid[ée]|pris\s+la\s+d[ée]cision)"
    r"|\b(?:nous\s+(?:faisons\s+le\s+choix|choisissons|d[ée]cidons)|je\s+(?:fais\s+le\s+choix|choisis|d[ée]cide)"
    r"|" + _AUTHORITY_NAMED + r"\s+(?:fait\s+le\s+choix|choisit|d[ée]cide)))"
    r"\s+de\s+ne\s+pas\b(?!\s+(?:seulement|uniquement|simplement|que)\b)"
    # the means that do not allow it (« … demanderait un agent de plus, ce que le budget ne permet
    # pas », « nos moyens ne le permettent pas à ce stade »)
    # (« le budget annexe ne permet pas de … »: a budget named by its kind)
    r"|\b(?:budgets?|moyens|finances|ressources|cr[ée]dits|effectifs)(?:\s+(?:actuels|communaux|municipaux|annexes?"
    r"|principal|transports?|de\s+fonctionnement|d['’]investissement))?\s+ne\s+"
    r"(?:(?:nous\s+)?l['’]\s*|(?:nous\s+)?le\s+|nous\s+)?(?:permet|permettent|permettra|permettront|permettrait|permettraient)\s+pas\b"
    # a part put off to an undefined later (« … : ce sera pour plus tard », « ce n'est pas pour tout de
    # suite »)
    r"|\b(?:ce\s+sera|ce\s+serait|c['’]\s*est)\s+pour\s+plus\s+tard\b"
    r"|\bce\s+n['’]\s*est\s+pas\s+pour\s+(?:tout\s+de\s+suite|maintenant|cette\s+ann[ée]e)\b"
    # no way found yet to do it (« Nous n'avons pas encore trouvé de formule pour les parents », « la
    # commune n'a pas trouvé de local »): not done, for now
    r"|(?<!\bque )(?<!\bqu['’])(?<!\bsi )\b(?:nous\s+n['’]\s*avons|je\s+n['’]\s*ai|(?:la|le|l['’])\s*(?:commune|ville|mairie"
    r"|municipalit[ée]|d[ée]partement|r[ée]gion|communaut[ée]\s+de\s+communes)\s+n['’]\s*a)\s+pas\s+(?:encore\s+)?trouv[ée]\s+"
    r"(?:de\s+|d['’]\s*)(?:solutions?|formules?|moyens?|locale?s?|lieux?|financements?|partenaires?|terrains?|prestataires?)\b"
    # what it asks for needs means the one answering lacks (« Une retransmission en direct demande
    # du matériel que nous n'avons pas », « … exigerait des agents que la commune n'a pas »)
    r"|\b(?:demande|demandent|demanderait|exige|exigent|exigerait|n[ée]cessite|n[ée]cessitent|n[ée]cessiterait"
    r"|requiert|requi[èe]rent|suppose|supposerait)\s[^.;:!?]*?\bque\s+(?:nous|la\s+commune|la\s+ville|la\s+mairie)"
    r"\s+n['’]\s*(?:avons|a)\s+pas\b"
    # a place or a thing that will not get what is asked for it (« Le gymnase n'aura pas de wifi
    # public : … », « les hameaux n'auront pas d'éclairage »); not a cost or a burden spared (« les
    # familles n'auront pas de frais », « … n'aura pas d'impact sur les impôts »), nor a clause
    r"|(?<!\bque )(?<!\bqu['’])(?<!\bsi )\bn['’]\s*(?:aura|auront)\s+pas\s+(?:de\s+|d['’]\s*)"
    r"(?!(?:frais|surco[ûu]ts?|co[ûu]ts?|impacts?|incidences?|cons[ée]quences?|effets?|d[ée]marches?|changements?"
    r"|hausses?|augmentations?|difficult[ée]s?|probl[èe]mes?|risques?|attentes?|soucis?|inqui[ée]tudes?|suppl[ée]ments?"
    r"|fermetures?|coupures?|interruptions?|suppressions?|pertes?)\b)"
    # what the one answering would have liked to grant, then why it cannot (« Nous aurions voulu une
    # permanence chaque semaine, mais … »): the wish granted no further
    r"|^\W*(?:(?:nous|j['’]\s*)\s*(?:aurions|aurais)|(?:la|le|l['’])\s*(?:commune|ville|mairie|municipalit[ée])\s+aurait)"
    r"\s+(?:bien\s+)?(?:voulu|aim[ée]|souhait[ée]|pr[ée]f[ée]r[ée])\b[^.;:!?]*?,?\s+mais\b"
    + "|" + _NOT_ITS_OWN_SAID.pattern,
    re.I,
)
# An answer keeping a demand in part: « La commune retient en partie la proposition »,
# « Cette demande est donc retenue en partie. », « Demande retenue en partie. », « partiellement
# acceptée »; its units' state (see status.status_cap: at most « partiellement »)
_PARTIAL_RETENTION = re.compile(
    r"\b(?:retien(?:t|nent|s)|retenons|accept(?:e|ent|ons)|satisf(?:ait|ont|aisons))\s+(?:donc\s+|ainsi\s+)?"
    r"(?:en\s+partie|partiellement)\b"
    r"|\b(?:retenue?s?|accept[ée]e?s?|satisfaite?s?)\s+(?:donc\s+|ainsi\s+)?(?:en\s+partie|partiellement)\b"
    r"|\bpartiellement\s+(?:retenue?s?|accept[ée]e?s?|satisfaite?s?)\b",
    re.I,
)
RETAINED_IN_PART = "Retenue en partie"
# an answer saying it keeps what is asked (« La commune retient l'idée d'une navette … »)
_RETAINS = re.compile(r"\b(?:retien(?:t|nent)|retenons|(?:est|sont)\s+(?:donc\s+)?retenue?s?)\b", re.I)


# A calendar table: its headers after the first name periods (« 2026 », « T1 2027 », « S2 »,
# « 2026-2027 ») and its other cells only mark them (« X », « ✓ », « ● ») or are empty.
_PERIOD = re.compile(r"^(?:(?:[TSQ][1-4]|trim(?:estre)?\s*[1-4]|semestre\s*[12])\s*)?(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?$"
                     r"|^(?:[TSQ][1-4])$", re.I)
_MARK = re.compile(r"^[xX✓✔●■▪◆•*+✗ ]{1,3}$")
SCHEDULE_AFTER = 3  # actions stated before a calendar that lists them again


def _schedule_table(cells: Sequence[Block]) -> bool:
    """True for a calendar: at least two period headers after the first column, and every
    other body cell a mark or empty."""
    headers = {b.col: _collapse(b.text) for b in cells if b.row == 0 and b.col is not None}
    periods = [c for c, t in headers.items() if c and _PERIOD.match(t)]
    if len(periods) < 2 or len(periods) < len(headers) - 2:
        return False
    body = [b for b in cells if b.row and b.col in periods and b.text.strip()]
    return bool(body) and all(_MARK.match(b.text.strip()) for b in body)


# An answer cell opening with the commitment it states, before « : », « . », « , » or « – » (« Non :
# la salle des fêtes … », « En partie : une crèche … », « Oui, en partie. », « Déjà réalisé : … »),
# as a pledge grid without a column of fates writes it
_OPENING_FATE = re.compile(
    r"^\W*(?:(?P<part>(?:oui\s*,?\s*)?(?:en\s+partie|partiellement)"
    # a follow-up's « Réalisé en partie : … », « Retenue partiellement. », « Partiellement réalisé : … »
    r"|(?:r[ée]alis[ée]e?s?|retenue?s?|engag[ée]e?s?|mise?s?\s+en\s+(?:œ|oe)uvre)\s+(?:en\s+partie|partiellement)"
    r"|partiellement\s+(?:r[ée]alis[ée]e?s?|retenue?s?|engag[ée]e?s?|mise?s?\s+en\s+(?:œ|oe)uvre))|(?P<done>d[ée]j[àa]\s+(?:r[ée]alis[ée]e?|fait|en\s+place))"
    r"|(?P<yes>oui)|(?P<no>non))\s*(?:[:.,;–—]|-\s)", re.I)


def opening_fate(text: str) -> str:
    """The fate an answer cell states in its first words (see _OPENING_FATE), as a column of fates
    would: « En partie », « Déjà réalisé », « Oui » or « Non »; "" when it opens otherwise.

    >>> opening_fate("Non : la salle des fêtes accueille déjà des séances."), opening_fate("Oui, en partie. Une crèche …")
    ('Non', 'En partie')
    >>> opening_fate("Nous ouvrirons une crèche."), opening_fate("Non seulement …")
    ('', '')
    >>> opening_fate("Réalisé en partie : deux bornes sur quatre."), opening_fate("Partiellement retenue. La salle …")
    ('En partie', 'En partie')
    >>> opening_fate("Réalisé : la salle est ouverte."), opening_fate("Réalisé en partenariat : …")
    ('', '')
    """
    m = _OPENING_FATE.match(text)
    if m is None:
        return ""
    return ("En partie" if m.group("part") else "Déjà réalisé" if m.group("done")
            else "Oui" if m.group("yes") else "Non")


def _state_column(cells: Sequence[Block]) -> Optional[int]:
    """The column of a table that states each row's fate: its header names it (« Suite
    donnée », « Avancement », « État ») and its filled cells are short."""
    headers = {b.col: b.text for b in cells if b.row == 0 and b.col is not None}
    for col, text in sorted(headers.items()):
        if not _STATE_HEADER.match(_collapse(text)):
            continue
        values = [b.text for b in cells if b.row and b.col == col and b.text.strip()]
        if values and all(_word_count(v) <= STATE_WORDS for v in values):
            return col
    return None


# A pledge grid's columns of fates, one of them ticked on each row (« Oui | En partie | Non » with
# « X » under one): the header of the ticked column is the row's fate
_FATE_MARK_HEADER = re.compile(
    r"^(?:oui|non|en\s+partie|partiellement|d[ée]j[àa]\s+(?:r[ée]alis[ée]e?|fait|en\s+place)|[àa]\s+l['’]\s*[ée]tude)\W*$", re.I)
FATE_MARK_COLUMNS = 2  # the fewest such columns


def _marked_states(cells: Sequence[Block]) -> dict[int, str]:
    """Row -> fate of a table whose columns headed by fates (see _FATE_MARK_HEADER, at least
    :data:`FATE_MARK_COLUMNS`) hold marks only (« X », « ✓ »): the header of the column ticked on
    the row; a row ticked twice or not at all states none."""
    headers = {b.col: _collapse(b.text) for b in cells
               if b.row == 0 and b.col is not None and _FATE_MARK_HEADER.match(_collapse(b.text))}
    if len(headers) < FATE_MARK_COLUMNS:
        return {}
    body = [b for b in cells if b.row and b.col in headers and b.text.strip()]
    if not body or not all(_MARK.match(b.text.strip()) for b in body):
        return {}
    states: dict[int, str] = {}
    for b in body:
        states[b.row] = "" if b.row in states else headers[b.col]
    return {row: state for row, state in states.items() if state}


def _answer_columns(cells: Sequence[Block]) -> Optional[tuple[int, int]]:
    """(demand column, answer column) of a table answering demands line by line: one header
    names the demands (« Recommandation du conseil », « Proposition »), a later one the
    answers (« Réponse de la collectivité », « Position de la commune », « Actions prévues »)
    and its cells are written out (more words than a stated fate)."""
    headers = {b.col: _collapse(b.text) for b in cells if b.row == 0 and b.col is not None}
    demand = next((c for c, t in sorted(headers.items()) if _DEMAND_HEADER.match(t)), None)
    if demand is None:
        return None
    for col, text in sorted(headers.items()):
        if col <= demand or not _ANSWER_HEADER.match(text):
            continue
        values = [b.text for b in cells if b.row and b.col == col and b.text.strip()]
        if values and sum(_word_count(v) for v in values) > STATE_WORDS * len(values):
            return demand, col
    return None


def numbered_demand(header: str, number: str, text: str) -> tuple[str, str]:
    """(the demand a row of an answer table quotes, named as its own document numbers it; the
    number the row answers): a column of row numbers beside a column headed by a demand noun
    (« N° » 3.2 and « Proposition de la convention » « Le choix du logiciel libre » ->
    « Proposition 3.2 – Le choix du logiciel libre », « 3.2 »); the text and "" when the number is
    no plain number (« 3.2 », « 12 ») or the header names no demand (« Observation »)."""
    noun = _DEMAND_HEADER.match(_collapse(header))
    if not number or not re.fullmatch(r"\d{1,3}(?:\.\d{1,2})?", number) or noun is None:
        return text, ""
    word = re.sub(r"s$", "", noun.group("noun")).capitalize()
    if not re.match(r"(?:propos|recomm|pr[ée]con|demand)", word, re.I):
        return text, ""
    if re.match(rf"{word[:6]}\w*\s+(?:n\s*[°º]\s*)?{re.escape(number)}\b", text, re.I):
        return text, number  # « Proposition 3.2 : … » quoted whole
    return f"{word} {number} – {text}", number


def _refusal(parts: Sequence[tuple[int, str]]) -> Optional[int]:
    """The index of the sentence of an answer (``parts``, see :func:`_sentences`) that turns the
    demand down: its first sentence, or a later one whose subject is the one answering or the
    request itself (see _REFUSER: the answer may open with a topic or restate the request);
    None when none does."""
    for i, (_, sentence) in enumerate(parts):
        if _REFUSAL.search(sentence) and (i == 0 or _REFUSER.match(sentence)):
            return i
    return None


def refuses(text: str) -> bool:
    """True when an answer turns the demand down (see :func:`_refusal`).

    >>> refuses("Cette demande n'est pas retenue car chaque commune publie déjà la liste.")
    True
    >>> refuses("Horaires. On a demandé l'ouverture le dimanche. La commune ne donne pas suite à cette demande.")
    True
    >>> refuses("Une formation sera proposée en 2027. Les demandes non prioritaires ne sont pas retenues.")
    False
    """
    return _refusal(_sentences(_collapse(text))) is not None


# --- record tables ("fiches action") -------------------------------------------------------
#
# A two-column table whose first column names fields ("Objectif(s)", "Pilote", "Indicateurs de
# suivi"...) is a record, often topped by a title row spanning the table ("Fiche action n° 3 –
# Mettre en place…"). The field name decides what its value cell holds.

# A field name: at most FIELD_WORDS words (see :func:`nlp_stn.labels.field_kind`); a field
# table: at least FIELD_ROWS field rows, of which at least two name a known field.
FIELD_ROWS = 3
# A table's title row: a label, or at least this many words.
TITLE_WORDS = 3
# Bullets written as characters at the start of a line of a cell, and the glyphs that mark an
# item even inside a line (a PDF cell read as one line: "\uf0b7 Sensibiliser … \uf0b7 Disposer …").
_LINE_BULLET = re.compile(r"^[ \t]*(?:[•◦○●▪▫■□►▸▹‣➢➤➔➜→⇒✓✔❖◆◇\ue000-\uf8ff]|[-–—*](?=\s)|\d{1,2}[.)](?=\s))[ \t]*")
_INLINE_BULLET = re.compile(r"(?<=\s)[•●▪■◦►➢\ue000-\uf8ff](?=\s)\s*")


def cell_items(text: str) -> list[tuple[int, str, bool]]:
    """The items of a cell's text: (offset, text, marked) for each paragraph (line) and each
    item opened by a bullet, a dash or a number at the start of a line, or by a bullet glyph
    inside a line ("•", the Symbol bullet U+F0B7 and other private-use glyphs); ``marked``
    when a bullet opened it, the bullet left out of its text."""
    items = []
    pos = 0
    for line in text.split("\n"):
        m = _LINE_BULLET.match(line)
        first = m.end() if m and line[m.end():].strip() else 0
        bullets = list(_INLINE_BULLET.finditer(line, first))
        starts = [(first, bool(first))] + [(b.end(), True) for b in bullets]
        ends = [b.start() for b in bullets] + [len(line)]
        for (start, marked), end in zip(starts, ends):
            part = line[start:end]
            if re.search(r"\w", part):  # not a bullet or a dash alone
                lead = len(part) - len(part.lstrip())
                items.append((pos + start + lead, part.strip(), marked))
        pos += len(line) + 1
    return items


BULLETED_SENTENCE_WORDS = 5  # « Mettre le wifi dans la salle. »: a sentence, not a title


def bulleted_sentences(items: Sequence[tuple[int, str, bool]]) -> bool:
    """Whether a cell's items (see cell_items) are proposals typed one per paragraph, some of
    them opened by a dash and the others not (« Une permanence … une fois par semaine. » /
    « - Des chantiers … pour les 16-18 ans. »): two items at least, one of them marked, each a
    whole sentence (a capital first, « . », « ! » or « ? » last, ``BULLETED_SENTENCE_WORDS``
    words at least); not a lead-in over its items (« Nous proposons : » / « - … »)."""
    return (len(items) >= 2 and any(marked for _, _, marked in items)
            and all(len(text.split()) >= BULLETED_SENTENCE_WORDS and text.rstrip("» ").endswith((".", "!", "?"))
                    and (text[:1].isupper() or text[:1] in "«\"“") for _, text, _ in items))


def semicolon_items(offset: int, text: str) -> list[tuple[int, str]]:
    """The parts of "a ; b ; c" (offsets kept, separators and a final "." left out)."""
    parts = []
    for m in re.finditer(r"[^;]+", text):
        part = m.group(0)
        if part.strip():
            lead = len(part) - len(part.lstrip())
            parts.append((offset + m.start() + lead, part.strip()))
    return parts


def _title_cell(cells: Sequence[Block]) -> Optional[Block]:
    """The title row of a table: row 0 holds a single cell of text (a cell spanning the table)
    in a table of two columns or more, and it reads as a title (a label, or ``TITLE_WORDS``
    words)."""
    first = [b for b in cells if b.row == 0 and b.text.strip()]
    if len(first) != 1 or first[0].col not in (0, None) or not any((b.col or 0) > 0 for b in cells):
        return None
    text = _collapse(first[0].text)
    return first[0] if parse_label(text)[0] or len(text.split()) >= TITLE_WORDS else None


# Headers of the columns beside a column of indicators: their targets and values
_VALUE_COLUMN = re.compile(
    r"^(?:cibles?|valeurs?|objectifs?\s+chiffr[ée]s?|r[ée]sultats?(?:\s+attendus?)?|sources?|fr[ée]quence|unit[ée]s?"
    r"|r[ée]f[ée]rences?|situation|[ée]tat\s+initial|(?:ann[ée]e|valeur|situation)\s+de\s+r[ée]f[ée]rence"
    r"|[ée]ch[ée]ances?|\d{4})\b",
    re.IGNORECASE,
)


def _field_rows(cells: Sequence[Block], title: Optional[Block]) -> dict[int, str]:
    """Row -> field kind (see :func:`field_kind`) when the table is a record: at least
    ``FIELD_ROWS`` rows whose first cell is a field name next to a filled cell, at least two
    of them known fields, and two rows in three so made; {} otherwise. Row 0 is a field row
    only when no title tops the table and its first cell names a known field."""
    names: dict[int, str] = {}
    filled: set = set()
    header = [b for b in cells if b.row == 0 and b.text.strip()] if title is None else []
    if (len(header) >= 2 and _header_kind(header[0].text) == "indicator"
            and all(_VALUE_COLUMN.match(_collapse(b.text)) for b in header[1:])):
        return {}  # « Indicateur | Cible 2028 »: a column of indicators and their targets, no record
    if len(header) >= 3 and sum(1 for b in header[1:] if _PERIOD.match(_collapse(b.text))) >= 2:
        return {}  # « Opération | 2027 | 2028 | Total »: lines over years (a programme's amounts), no record
    for b in cells:
        if b.row is None or (b.row == 0 and title is not None):
            continue
        if b.col == 0 and b.kind == "table_cell":
            names[b.row] = b.text
        elif (b.col or 0) > 0 and b.text.strip():
            filled.add(b.row)
    kinds = {row: field_kind(name) for row, name in names.items() if row in filled}
    kinds = {row: kind for row, kind in kinds.items() if kind is not None and (row > 0 or kind != "?")}
    rows = {b.row for b in cells if b.row is not None and b.row > 0}
    known = sum(1 for kind in kinds.values() if kind != "?")
    if len(kinds) < FIELD_ROWS or known < 2 or 3 * len(kinds) < 2 * len(rows):
        return {}
    return kinds


def classify_leadin(text: str, prior: str = "") -> Optional[str]:
    """The kind announced by a lead-in or a section title; "" when it announces nothing
    known (language decides), None when what follows is not units (done, tools, people)."""
    # « Liste des personnes ayant souhaité être nommées » : a wish told, not one announced
    text = _TOLD_WISH.sub(" ", text)
    if _DONE.search(text) or _GROUP_TASKS.search(text):
        return None  # done, or the meeting's own next tasks
    if _ANSWERS_LEADIN.match(text) or (prior != "recommendation" and _BODY_RETAINS_ITEMS.match(text)):
        return "action"
    if _PROPOSAL_WORDS.search(text):
        return "recommendation"
    for kind, pattern in _KIND_WORDS:
        if pattern.search(text):
            return kind
    if _PLEDGES.search(text) and prior == "action":
        return "action"
    if _FUNDED.search(text) and prior == "action":
        return "action"  # « Types d'opérations éligibles : »: what a plan's scheme will fund
    if _PRINCIPLES.search(text) and prior == "action":
        return None  # an authority's principles, not its commitments (an opinion's may be asks)
    if _PROPOSAL_ADJECTIVES.search(text) and prior != "action":
        # in an authority's plan, « cinq engagements prioritaires : » announces its own actions
        return "recommendation"
    if _NOT_UNITS.search(text) or _PAST_SETUP.search(text):
        return None  # tools, people …; what a past set-up comprised (« Le dispositif comprenait : »)
    return ""

# Characters kept of the paragraphs that explain a unit given as a heading (Segment.detail)
MAX_DETAIL = 1200


# "Pilote : direction Environnement. Calendrier : 2026-2027." at the end of an action's
# description: who, when and how much, not what the action does
_ADMIN_FIELD = re.compile(
    r"(?:^|(?<=[.;!?]\s))(?:pilotes?|porteurs?|partenaires?|calendrier|[ée]ch[ée]ances?|dur[ée]e|budgets?|co[ûu]ts?"
    r"|financements?|responsables?|r[ée]f[ée]rents?|statut|avancement|montant|dates?|p[ée]riode|d[ée]lais?|planning"
    r"|phasage|ma[îi]trise\s+d['’]\s*(?:ouvrage|œuvre|oeuvre))(?:\s+[^\W\d_]+){0,3}\s*:\s*[^.;!?]*[.;!?]?",
    re.IGNORECASE,
)


# The fate a field line gives the action above it (« Budget : 16 000 € — Statut : réalisé (…) »,
# « Avancement : à l'étude »): the value of its « Statut », « État » or « Avancement » field, up
# to a comma, a bracket or the next field
_STATE_FIELD = re.compile(
    r"(?:^|[—–|;•]\s*|[.]\s+)(?:statut|[ée]tat(?:\s+d['’]\s*avancement)?|avancement)\s*:\s*(?P<value>[^—–|;(,.]+)",
    re.IGNORECASE,
)
FIELD_LINE_WORDS = 30


# The indicator field of a line of administrative fields under an action (« Pilote : … |
# Calendrier : 2027 | Indicateur : part des foyers raccordés »): its value, up to the next field
_INDICATOR_FIELD = re.compile(
    r"(?:^|[—–|•]\s*|[.;]\s+)indicateurs?(?:\s+(?:de\s+(?:suivi|r[ée]sultats?|r[ée]alisation|performance|moyens?)"
    r"|cl[ée]s?|associ[ée]s?))?\s*:\s*(?P<value>[^—–|•]+)",
    re.IGNORECASE,
)


def field_indicators(text: str) -> list[tuple[int, str]]:
    """(offset, text) of the indicators a line of administrative fields names (« Pilote : service
    numérique | Calendrier : 2027 | Indicateur : Part des foyers raccordés » -> « Part des foyers
    raccordés »; « Indicateurs : a ; b » -> a, b); none in any other paragraph."""
    if not (_ADMIN_FIELD.match(text) or _INDICATOR_FIELD.match(text)) or len(text.split()) > 2 * FIELD_LINE_WORDS:
        return []
    out = []
    for m in _INDICATOR_FIELD.finditer(text):
        at = m.start("value")
        for part in re.finditer(r"[^;]+", m.group("value")):
            value = part.group(0).strip().rstrip(".").strip()
            if re.search(r"[^\W\d_]{3}", value):
                out.append((at + part.start() + len(part.group(0)) - len(part.group(0).lstrip()), value))
    return out


def stated_state(text: str) -> str:
    """What a line of administrative fields (it opens with one) says of the fate of the action
    it follows; "" when it says nothing of it or is no such line."""
    if not _ADMIN_FIELD.match(text) or len(text.split()) > FIELD_LINE_WORDS:
        return ""
    m = _STATE_FIELD.search(text)
    return _collapse(m.group("value")) if m else ""


def _without_admin(text: str) -> str:
    """A description without its administrative fields ("… sera installé. Pilote : direction
    Environnement. Calendrier : 2026-2027." -> "… sera installé.")."""
    return " ".join(_ADMIN_FIELD.sub(" ", text).split()) if ":" in text else text


def _describe(unit: "_Unit", text: str) -> None:
    """Add ``text`` to what describes ``unit`` (its detail), without who / when / how much,
    up to ``MAX_DETAIL`` characters."""
    described = _without_admin(_collapse(text))
    if len(described.split()) < 3 and not _SENTENCE_END.search(described + " X"):
        return  # « Réalisé », « Reporté »: a badge or a label, not a description
    if described and sum(len(d) for d in unit.detail) < MAX_DETAIL:
        unit.detail.append(described)


_PAGE_REFERENCE = re.compile(r"(?:\s|\.{2,}|…)\s*\d{1,3}$")
_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3})*")  # "3", "1.2.4"
# a row's number: « 3 », « 1.2 », « A-4 », « 5-1 » (typed with a hyphen)
_ROW_NUMBER = re.compile(r"^(?:n°|nº|no\.?|#)?\s*((?:[A-Z]{1,3}[-.]?)?\d{1,3}(?:[.-]\d{1,3})*)\s*[.)]?$", re.I)


_CITED_NUMBER = re.compile(r"^(\d{1,3}(?:\.\d{1,3})+)\s*[–—:-]\s+\S")  # « 5.1.1 – Plan d'équipement… »


def _row_numbers(cells: Sequence[Block]) -> dict[int, str]:
    """Row -> number, when a column of the table holds only numbers ("N°" | "1", "2", ... or
    "1.1.1", "1.1.2", ...)."""
    by_col: dict[int, dict[int, str]] = {}
    for b in cells:
        if b.row and b.col is not None:
            by_col.setdefault(b.col, {})[b.row] = b.text.strip()
    for col, values in sorted(by_col.items()):
        found = {row: _ROW_NUMBER.match(text) for row, text in values.items() if text}
        numbered = {row: m.group(1) for row, m in found.items() if m}
        # every row numbered, or all but the rows of sections spanning the table ("Axe 1 — …")
        if len(numbered) >= 2 and 3 * len(numbered) >= 2 * len(found) and all(
                m or len(values[row].split()) >= 2 for row, m in found.items()):
            return numbered
    return {}
