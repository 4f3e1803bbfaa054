"""Segmentation: a Document's blocks -> units (recommendations, actions, objectives...).

Kinds are decided from structure and language, never from the file:

- a *label* written at the start of a block ("Recommandation n° 12 :", "Action 7 :",
  "Proposition 3 : ...") gives the unit its label and kind (from the label's noun);
- a *lead-in* ("... les actions du STN, par exemple sur :", "les amendements suivants :",
  "Exemples d'indicateurs", "Décisions :") gives the kind of the items that follow (from its
  keywords: proposal verbs and nouns -> recommendation, "action"/"mesure" -> action,
  "objectif"/"attente" -> objective, "indicateur" -> indicator, "décision" -> decision;
  things already done ("ont été prises en compte") or tools/resources -> not units);
- list items without such a lead-in are units when they start with an infinitive
  (spaCy French morphology, VerbForm=Inf); several proposals inside one paragraph or item
  separated by " - " are split ("Vivre ensemble : A - B - C": "Vivre ensemble" joins the
  heading path);
- a heading numbered "a.6", "2.3" or "1.2.4" whose title starts with an infinitive ("a.6 Acter
  la démarche dans une charte") is a unit and the parent of the units of its section; the
  running text of its section explains it and gives no further units;
- an unnumbered heading that starts with an infinitive, in an opinion or a section of
  proposals ("Garantir un accès de qualité partout"), is a unit and the parent of its section;
- list items nested under an item are its details (parent = that item); nested items that
  start with a preposition ("dans les quartiers prioritaires") complete it and are not units;
  typed numbering that changes kind after an item ending with ":" ("2. ... :" then "a) ...")
  is nested;
- a capitalised first word is also tried in lower case by the infinitive test (spaCy tags
  "Créer" as a noun);
- without a manifest kind, a document of labelled actions/objectives is a strategy (its
  items found by language are actions, its "il faut" sentences explain) and a document of
  labelled recommendations only is an opinion (what it calls actions are its demands);
- sentences of running paragraphs are units only when phrased as demands ("souhaite que",
  "nécessaire de", "il faut", "est à porter", "il sera favorisé"; the impersonal ones not in
  a strategy, i.e. a document of kind strategy/framework or one made mostly of labelled
  actions and objectives); questions end with "?", except polite requests ("Serait-il possible
  de …?", "Pourriez-vous …?"); in a strategy or an authority's answer, a sentence whose main
  verb is in the future with the authority as subject ("La commune organisera …", "nous
  lancerons …") or, in a passive, the thing to be done ("Un module … sera mis en service") is an
  action, and one turning a demand down ("il ne nous est pas possible de …", also after a topic
  or the request restated) a decision "non retenue"; one keeping it in part ("retient en partie
  la proposition", "Demande retenue en partie.") gives its actions the state "Retenue en partie";
- a lead-in's kind is read from its last sentence; sections on difficulties, obstacles or
  constraints hold no units;
- table cells take their *role* from the column header's head word (actions -> action,
  freins -> obstacle, accélérateurs/leviers -> lever, coopérations/partenaires -> cooperation;
  in a plan's table, a column naming who leads, « Pilote », « Porteur », « Responsable », gives none);
  a labelled heading just before a table ("Proposition 1 : ...") is the parent of its cells;
  a title row spanning a table ("Axe 2 – Se déplacer") joins its cells' heading path and, when
  labelled, is a unit and their parent;
- a record table ("fiche action": field names in the first column, "Objectif(s)", "Pilote",
  "Indicateurs de suivi"...) gives units by its field names: its title row is the action
  (label as printed, "Fiche action n° 3"), objectives and indicators one per item, the bulleted
  items of its actions or description fields actions (a description's single paragraph explains
  the title); who, when, how much and why fields give none. A cell's items are its paragraphs,
  its bulleted lines (•, -, U+F0B7...) and, for indicators, its "a ; b" parts;
- records of consultation exports and "#category / title / body" lists are one unit each.

The document's ``meta.kind`` is a prior only (an opinion's items are recommendations, a
strategy's are actions). Matching and the segment evaluation use as demands/actions only the
units whose role is "" or "action": obstacle, lever and cooperation cells are kept for
reading but are not proposals.
"""
from __future__ import annotations

import csv
import json
import re
import unicodedata
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Iterable, Optional, Sequence

from .clean import split_marker
from .labels import LABEL as _LABEL
from .labels import code_series, field_kind, parse_label
from .errors import InputError
from .model import (SEGMENT_COLUMNS, STATUS_ADDRESSED, STATUS_NOT, Block, Document, ProgressFn, Segment, no_progress,
                    segment_id, status_cap)
from .settings import Settings
from .themes import fold

# --- vocabulary (French, linguistic) --------------------------------------------------------

_DONE = re.compile(r"\b(?:ont|a|avaient|avait|auront|aura) été\b", re.I)
_PROPOSAL_WORDS = re.compile(
    r"\b(?:propos\w*|recommand\w*|pr[ée]conis\w*|sugg[èée]r\w*|suggestions?|amendements?|demandes?|demand(?:e|ent|ons|ait)"
    r"|revendications?|souhait\w*"
    # what the authors expect (« Nos attentes : »), not expectations a plan sets (« il
    # définissait des attentes : améliorer l'administration … »: objectives)
    r"|nos\s+attentes"
    # the ideas of a workshop ("Idées (post-its) :", "Post-its :", "Pistes :")
    r"|id[ée]es?|post-?its?|pistes?)\b",
    re.I,
)
_TOLD_WISH = re.compile(r"\b(?:ayant|l['’]ayant|qui\s+(?:l['’])?(?:ont|a))\s+(?:\w+\s+)?(?:souhait|demand|propos)\w*", re.I)
# A list item naming a person and what they are (« Mme Lise Perrot, animatrice », « Dr Marc
# Hervé (MSP de Landaul) »), or the people present or excused: who, not what is asked
_PERSON_ITEM = re.compile(
    r"^(?:(?:M\.|MM\.|Mmes?|Mlle|Dr|Pr|Me|Monsieur|Madame)\s+(?:[A-ZÀ-Ý][\w'’-]*\.?\s*){1,4}(?:,|\(|–|—|-\s|$)"
    r"|(?i:excus[ée]e?s?|absente?s?|pr[ée]sente?s?|participants?)\s*:)")
# Adjectives that say something matters: a proposal's lead-in (« Les points importants : »),
# unless the lead-in names actions (« cinq engagements prioritaires : », « mesures nécessaires »)
# A title that is a clause « ce que … » (at its start or after a name and a colon or a dash):
# what it announces is said by the clause's verb, after its subject (« Ce que les habitants
# proposent »); MAX_CLAUSE_WORDS words of the clause are read
_WHAT_CLAUSE = re.compile(r"(?:^|[:–—]\s*)\W*ce\s+qu(?:e\s+|['’]\s*)(.+)", re.I)
MAX_CLAUSE_WORDS = 6
# The section of a bulletin where the groups of the council write (« Expression des groupes
# politiques », « Libre expression », « Tribunes », « Tribune de l'opposition », « La parole aux
# groupes »): others than the authority or the authors of the document speak there
_OTHER_VOICES = re.compile(
    r"\W*(?:expressions?\s+(?:des\s+groupes(?:\s+politiques)?|politiques?|libres?|des\s+[ée]lu(?:e)?s)"
    r"|libres?\s+expressions?(?:\s+politiques?)?"
    r"|tribunes?(?:\s+(?:libres?|politiques?|des\s+groupes(?:\s+politiques)?|de\s+l['’]\s*opposition"
    r"|de\s+la\s+majorit[ée]|des\s+[ée]lu(?:e)?s(?:\s+d['’]\s*opposition)?|d['’]\s*expression\s+libre))?"
    r"|(?:la\s+)?parole\s+(?:aux\s+groupes(?:\s+politiques)?|[àa]\s+l['’]\s*opposition|aux\s+[ée]lu(?:e)?s))"
    r"(?:\s+(?:du\s+conseil\s+(?:municipal|communautaire|d[ée]partemental|r[ée]gional)|municipaux|au\s+conseil"
    r"\s+municipal))?\W*",
    re.I,
)
# An editorial or a foreword (« Édito du Maire », « Éditorial », « Le mot du Président »)
_EDITORIAL = re.compile(r"\W*(?:[ée]dito(?:rial)?s?|le\s+mot\s+d[ue]s?|mot\s+d[ue]s?|pr[ée]face|avant-propos)\b", re.I)
# A magazine's kicker before the words that name a box's content (« En bref : les mesures du
# projet », « Zoom sur les chantiers de l'année », « L'essentiel : … », « Ce qu'il faut retenir : … »):
# what the box announces is read after it
_KICKER = re.compile(
    r"^\W*(?:en\s+bref|zoom|focus|gros\s+plan|coup\s+de\s+projecteur|l['’]\s*essentiel|(?:ce\s+qu['’]\s*il\s+faut|[àa])"
    r"\s+retenir|[àa]\s+savoir|en\s+un\s+coup\s+d['’]\s*(?:œ|oe)il)\s*(?:sur\b|:|–|—)\s*(?=\w)(.+)",
    re.I,
)
_PROPOSAL_ADJECTIVES = re.compile(r"\b(?:importante?s?|n[ée]cessaires?|indispensables?|prioritaires?)\b", re.I)
# What follows a numbered question's label in the line that opens it, when it names who asks
# (« Question n°3 de Mme Durand, groupe Agir : », « Question 4 du conseil de quartier : »): no
# separator after the number, a preposition and a person or a body, a colon ending the line. The
# line labels what follows; the author is no text of the question (see Segmenter.labelled)
_ASKED_BY = re.compile(
    r"^(?:de\s+(?:M\.|MM\.|Mmes?\b|Mlle\b|Monsieur\b|Madame\b|Messieurs\b|Mesdames\b|la\s|l['’]\s*|[A-ZÀ-ÖØ-Þ])"
    r"|du\s|des\s)[^?!;]{0,150}:\s*$"
)
# A line saying which numbered question(s) what follows answers (« Réponse de M. le Maire à la
# question n°3 : », « Réponse à la question écrite n° 4 », « Réponse aux questions n°5 et 6 : »),
# possibly with the answer after its colon: the units after it, until the next heading, answer
# them (Segment.answers, see nlp_stn.match.stated_links)
_ANSWER_TO = re.compile(
    r"^\W*r[ée]ponses?(?:\s+[^:?!]{0,80}?)?\s+(?:à|aux)\s+(?:la\s+|les\s+)?questions?\s+(?:[ée]crites?\s+|orales?\s+)?"
    r"(?:n°|n\s?º|nº|no\.?|num[ée]ros?)?\s*(?P<nums>\d{1,3}(?:\s*(?:,|et|&)\s*\d{1,3})*)(?!\d)"
    r"[^:?!]{0,80}?(?:\s*:\s*(?P<rest>.*)|\s*)$",
    re.I | re.S,
)
# « Réponses aux recommandations », « Réponse à l'avis »: what follows answers the demands
_ANSWERS_LEADIN = re.compile(r"^\W*(?:nos\s+|les\s+)?r[ée]ponses?\s+(?:à|aux|au)\b", re.I)
_KIND_WORDS = (
    ("indicator", re.compile(r"\bindicateurs?\b", re.I)),
    # « Décisions », « ce qui a été décidé », not a theme « Décider ensemble de l'aménagement »
    ("decision", re.compile(r"\bd[ée]cisions?\b|\bd[ée]cid[ée]e?s?\b", re.I)),
    ("objective", re.compile(r"\b(?:objectifs?|attentes?|enjeux|finalit[ée]s?|ambitions?)\b", re.I)),
    # plural "mesures" only: the singular is often a measurement ("la mesure du parc")
    # « Ce que nous ferons », « Nous allons : »: an authority saying what it will do
    ("action", re.compile(r"\b(?:actions?|mesures|chantiers?|pistes?)\b|\bs['’]engagen?t?\s+à\b"
                          r"|\bnous\s+(?:ferons|allons|lancerons|mettrons|engagerons|r[ée]aliserons|d[ée]ploierons)\b", re.I)),
)
_NOT_UNITS = re.compile(
    r"\b(?:outils?|ressources?|participants?|pr[ée]sents?|excus[ée]s?|th[èe]mes|liens?|contacts?|sommaire|annexes?"
    r"|difficult[ée]s?|obstacles?|freins?|contraintes?|tour de table|ce qui ressort|constats?\b(?!\s+(?:et|&))"
    # what helps and who (« Leviers », « Acteurs à mobiliser », « Partenaires »; a workshop's
    # strengths and weaknesses): context of the proposals, not proposals
    r"|leviers?|acteurs?|partenaires?|atouts?|faiblesses?|menaces?|opportunit[ée]s?"
    # what a plan expects to change (« Ce que cela change », « Résultats attendus », « Bénéfices
    # pour les habitants »): outcomes, not actions
    r"|ce que (?:cela|ça|ceci) (?:change|apporte)|ce qui (?:va )?changer?a?|r[ée]sultats? attendus?"
    r"|effets? attendus?|b[ée]n[ée]fices?"
    # what a meeting leaves aside or does itself (« Parking lot », « Hors périmètre », « Hors
    # sujet », « À transmettre », « TO DO »): not what it asks for
    r"|parking[- ]lot|hors[- ]p[ée]rim[èe]tre|hors[- ]sujet|[àa] transmettre|to[- ]?do)\b",
    re.I,
)
# adverbs of time between a wish and its verb (« il souhaite cette fois obtenir », « désormais »)
_TIME_ADVERBS = r"(?:cette fois(?:-ci)?|d[ée]sormais|dor[ée]navant|[àa] l['’]avenir|[àa] nouveau|de nouveau)"
# Sentences phrased as demands: a demand verb in a finite form followed by "que" ("nous
# souhaitons que", "le conseil demande vivement que"); a noun ("les propositions que nous avons
# recueillies", "la demande que") is not one (see _demand_whole).
_ADVERBS = (r"(?:donc|enfin|aussi|[ée]galement|vivement|fortement|instamment|express[ée]ment|fermement|surtout"
            r"|ensuite|notamment|alors|ainsi|d['’]abord|par ailleurs|en outre|en particulier|en cons[ée]quence"
            r"|cependant|toutefois|n[ée]anmoins|pourtant|en revanche|d['’]ailleurs|quand m[êe]me"
            r"|avant tout|en priorit[ée]|tout d['’]abord|en premier lieu|plus que jamais|" + _TIME_ADVERBS + ")")
_DEMAND_WHOLE = re.compile(
    r"\b(?:souhait|demand|propos|recommand|pr[ée]conis|sugg[èe]r|sugg[ée]r|exige?|r[ée]clam)"
    r"(?:e|es|ent|ons|ez|ait|aient|erait|eraient|erions|ions)"
    rf"(?:\s+{_ADVERBS}[,]?){{0,2}}\s+(?:que|qu['’])"
    # « Nous voulons que … », « ils veulent que … »
    rf"|\b(?:nous\s+voulons|vous\s+voulez|(?:ils|elles)\s+veulent)(?:\s+{_ADVERBS}[,]?){{0,2}}\s+(?:que|qu['’])"
    # a wish in the conditional: « nous aimerions (enfin) que … », « je voudrais que … »
    r"|\b(?:aimer|voudr)(?:ions|ais|ait|aient)(?:\s+" + _ADVERBS + r"[,]?){0,2}\s+(?:que|qu['’])"
    # « nous attendons du Département qu'il propose … », « nous sollicitons de l'État qu'il … »:
    # the one asked between the verb and « que »
    r"|\b(?:attend|sollicit|exhort|enjoign)(?:ons|ent|ions|rions|raient|ait)\s+(?:de|du|des|d['’]|l['’]|la|le|les)\s*"
    r"(?:[^\s,.;:!?]+\s+){0,4}?(?:que|qu['’])",
    re.I,
)
_DETERMINERS = frozenset(("la", "le", "les", "une", "un", "des", "cette", "ces", "notre", "nos", "votre", "vos",
                          "leur", "leurs", "sa", "ses", "son", "ma", "mes", "l", "d", "du", "aux", "au"))
_VERB_WORDS = (r"(?:[^\W\d_]+(?:er|ir|re|oir))")
# Impersonal necessity or advice ("il faut former", "il faudrait que", "il convient de",
# "il serait utile de", "il nous paraît indispensable de", "ce serait bien de", "est à porter",
# "il sera favorisé", "devra être portée", "pourrait s'appuyer"): a demand in an opinion or a
# section of proposals, a mere explanation in technical prose. "Il faut" must introduce an
# action (an infinitive or "que"): "il faut deux heures", "il faut en moyenne trois visites"
# say how long or how much; "il faut souligner que" and the like comment.
_COMMENT_VERBS = (r"(?:souligner|noter|rappeler|reconna[îi]tre|dire|constater|admettre|pr[ée]ciser|observer"
                  r"|remarquer|savoir|signaler|avouer|convenir|relever|insister|mentionner|indiquer"
                  r"|(?:consid[ée]rer|comprendre|garder [àa] l['’]esprit)\s+(?:que|qu['’]))")
_DEMAND_WEAK = re.compile(
    rf"\bil (?:faut|faudrait|faudra|convient|conviendrait|conviendra)\s+(?:{_ADVERBS}\s+|d[ée]sormais\s+|absolument\s+"
    rf"|imp[ée]rativement\s+|donc\s+|vraiment\s+|toutefois\s+|cependant\s+|n[ée]anmoins\s+)*"
    # (maybe an object pronoun before the verb: « il faudrait vraiment les remplacer »)
    rf"(?:de\s+|d['’])?(?:(?:les|le|la|l['’]|leur|lui|en|y)\s*)?(?!{_COMMENT_VERBS}\b)(?:que\b|qu['’]|(?:se\s+|s['’])?{_VERB_WORDS}\b)"
    # « il faudrait un seul compte par famille », « il faudrait aussi une soirée d'information »:
    # the thing wished for, not a length or an amount (« il faudrait deux heures », « une heure »)
    # (« il faut » too, when it opens the sentence: « Il faut un abri au terrain de boules. »; not
    # « pour s'inscrire, il faut une adresse électronique », what a thing requires)
    rf"|(?:\bil faudrait|^(?:et\s+|donc\s+|alors\s+)?il faut)\s+(?:{_ADVERBS}\s+|absolument\s+|vraiment\s+)*"
    r"(?:un|une|des|plus\s+de|davantage\s+de|d['’]autres)\s+"
    r"(?!(?:seule?s?\s+|bonne?s?\s+|petite?s?\s+|longue?s?\s+)?(?:heures?|minutes?|secondes?|jours?|journ[ée]es?|semaines?|mois"
    r"|ans|ann[ée]es?|si[èe]cles?|fois|euros?|dizaines?|centaines?|milliers?|millions?|milliards?|kilom[èe]tres?|km|m[èe]tres?"
    r"|litres?|tonnes?|peu|moment|temps|instant)\b)[^\W\d_]{3,}"
    # A wish in the subjunctive with no main clause, opening the sentence (« Que la Ville rouvre le
    # guichet. », « Qu'on puisse payer en ligne. »); not « Que de retards ! », « Que c'est long »
    r"|^(?:et\s+)?(?:que\s+|qu['’]\s*)(?!(?:de|d['’]|c['’]|ce|ça|cela|faire|dire|penser)\b)"
    r"(?:on|il|elle|ils|elles|chacun|chaque|tous|toutes|(?:la|le|les|l['’]|nos|notre|vos|votre|ces|cette|ce)\s*[^\W\d_]+)\b"
    r"(?![^?!]*[?!]\s*$)"
    # « … serait bienvenu », « une réunion serait la bienvenue »
    r"|\bserai(?:t|ent)\s+(?:(?:donc|aussi|[ée]galement|vraiment|tr[èe]s|fort|plus\s+que)\s+)?(?:les?\s+|la\s+)?bienvenue?s?\b"
    rf"|\b(?:est|sont|reste|restent) à (?!{_COMMENT_VERBS}\b)(?:\w+(?:er|ir|re))\b"
    r"|\bil sera \w+[ée]\b"
    r"|\bil (?:nous |me )?(?:serait|est|sera|semble|semblerait|para[îi]t|appara[îi]t|appara[îi]trait)\s+"
    r"(?:donc |aussi |[ée]galement |tr[èe]s |vraiment |particuli[èe]rement |d[ée]sormais |plus |donc )?"
    r"(?:utile|important|essentiel|n[ée]cessaire|indispensable|souhaitable|opportun|pertinent|urgent|primordial"
    r"|judicieux|int[ée]ressant|bon|pr[ée]f[ée]rable|fondamental|capital|crucial|imp[ée]ratif|vital)\s+"
    rf"(?:(?:de\s+|d['’])(?!{_COMMENT_VERBS}\b)|que\b|qu['’])"
    r"|\bce serait (?:bien|utile|int[ée]ressant|mieux|souhaitable|judicieux|formidable)\s+(?:de|d['’]|que|qu['’])"
    r"|\b(?:devra|devront)\s+(?:aussi\s+|[ée]galement\s+|donc\s+)?[êe]tre\s+[^\W\d_]+(?:[ée]|[ée]e|[ée]s|[ée]es|is|ise|ises|it|ite|ites|ts|te|tes)\b"
    r"|(?<!\bqui )\bpourrai(?:t|ent)\s+(?:aussi\s+|[ée]galement\s+|par exemple\s+|utilement\s+)?(?:se\s+|s['’])?" + _VERB_WORDS + r"\b",
    re.I,
)
# A heading that starts with a dotted numbering ("a.1 Coordonner", "2.3 Former", "1.2.4 Créer").
_HEADING_NUMBER = re.compile(r"^((?:[A-Za-z]|\d{1,3}|[IVX]{1,5})(?:\.\d{1,3})+)\.?\s+(?=\S)")
_DOTTED = re.compile(r"(?:[A-Za-z]|\d{1,3}|[IVX]{1,5})(?:\.\d{1,3})+")
_NUMBER_DASH = re.compile(r"^[-–—:]\s*")  # "5.3 - Title", "5.3 : Title"
MAX_ACTION_TITLE_WORDS = 15
GROUP_NAME_WORDS = 4  # longest name of a group of actions in a nested list (« Très haut débit fixe »)
# What a labelled title says when its section goes on after a page or a slide break
# ("Axe 2 – suite", "Orientation 3 (suite)", "Objectif 1 : suite et fin")
_CONTINUED = re.compile(r"[\s(–—:-]*(?:suite(?:\s+et\s+fin)?|fin|cont\.?|continued)[\s).…]*", re.I)
# ... or a part of it with its own subtitle (« Axe 1 (suite) – Couverture et sécurité »), or the
# same label over its list of actions (« Axe 1 – Les actions », « Orientation 2 : mesures »)
_CONTINUED_PART = re.compile(r"[\s(–—:-]*suite[\s)]*[–—:-]", re.I)
_KIND_ONLY = re.compile(
    r"\W*(?:(?:les|nos|ses|des)\s+)?(?:actions?|mesures|chantiers|projets|fiches?[- ]actions?|plan\s+d['’]actions?)"
    r"(?:\s+(?:pr[ée]vu|retenu|propos[ée]|engag[ée])e?s?)?\W*", re.I)
# An unlabelled title that adds to what came before (« Les jeunes : aussi », « Et aussi… », « Mais
# aussi », « … également »): more of the same section, as a slide that goes on with an axis
_MORE_OF_THE_SAME = re.compile(
    r"^(?:et|mais)\s+aussi\b|(?:^|[\s:–—-])(?:et\s+|mais\s+)?(?:aussi|[ée]galement)\s*[.!…]*\s*$", re.I)
# The title of a table of contents or of an agenda (« Sommaire », « Ordre du jour », « Au
# programme »): its items name the parts that follow, they are no units
_CONTENTS_TITLE = re.compile(
    r"\W*(?:sommaire|table\s+des\s+mati[èe]res|ordre\s+du\s+jour|au\s+programme|plan\s+de\s+la\s+pr[ée]sentation"
    r"|d[ée]roul[ée](?:\s+de\s+la\s+(?:s[ée]ance|r[ée]union|pr[ée]sentation))?)\W*", re.I)
# A number of two or more levels opening a bulleted item's text, before a capital or a quote
# ("1.2 Panneaux …", "2.1 « Saisons » : …"); not a quantity ("3 stations", "1.5 million").
_INNER_NUMBER = re.compile(r"(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?=[«\"“A-ZÀ-ÖØ-Þ])")
# numbered sections of a plan that are not actions: its introduction, method, diagnosis,
# follow-up and annexes ("1.1 Contexte", "1.2 Méthode d'élaboration", "6.3 Glossaire",
# "6.1 Suivi et évaluation du plan"); "Suivi énergétique du patrimoine" or "Bilan carbone des
# services" may be actions, so those words count only as a whole title
_SECTION_WORD = (r"contexte|enjeux?|[ée]tat\s+des\s+lieux|m[ée]thode|m[ée]thodologie|introduction|pr[ée]ambule|"
                 r"synth[èe]se|sommaire|glossaire|lexique|annexes?|constats?|pr[ée]sentation|rappels?|d[ée]finitions?|"
                 r"sources|r[ée]f[ée]rences|remerciements|historique|p[ée]rim[èe]tre|vision|ambitions?|orientations?|"
                 r"principes?|objectifs?|axes?|[ée]ditos?|[ée]ditorial|pr[ée]face|avant-propos|le\s+mot\s+d[ue]s?|mot\s+d[ue]s?")
_FOLLOW_UP_WORD = (r"suivi|[ée]valuation|calendrier|budget|financements?|indicateurs?|gouvernance|pilotage|cadre|"
                   r"bilans?|diagnostics?|mise\s+en\s+(?:œ|oe)uvre")
_GENERIC_SECTION = re.compile(
    rf"^(?:(?:{_SECTION_WORD})\b|(?:{_FOLLOW_UP_WORD})(?:\s*(?:,|et|&)\s*(?:{_FOLLOW_UP_WORD}|{_SECTION_WORD}))*"
    r"(?:\s+(?:du|de\s+la|de\s+l['’]|des)\s+(?:plan|strat[ée]gie|sch[ée]ma|feuille\s+de\s+route|d[ée]marche|"
    r"actions?|programme|projet|document))?\s*\.?$)",
    re.IGNORECASE,
)
# A demand verb in the present or conditional ("le conseil recommande de", "propose à la Région de",
# "devrait", "appelons la collectivité à") followed, within a few words, by "de"/"à" and an
# infinitive-looking word; "recommande"/"préconise" with a noun ("préconise la création d'un
# fonds"); "insiste sur", "attire l'attention sur".
# Deverbal nouns: what is to be done ("la création", "la mise en place", "le maintien")
_DEVERBAL = (r"(?:mise\s+en\s+(?:place|œuvre|oeuvre|réseau|ligne|valeur)|mise\s+à\s+disposition|prise\s+en\s+(?:compte|charge)"
             r"|maintien|soutien|renfort|recours|suivi|[^\W\d_]{3,}(?:tion|sion|ment|age)s?)\b(?!\s+(?:est|sont|a|ont)\b)")
# Who a recommendation asks to act: the authority ("la Région", "les collectivités", "l'État")
_AUTHORITY = (r"(?:la|les|l['’]|chaque|notre|nos|cette)\s*(?:r[ée]gion|d[ée]partement|m[ée]tropole|commune|ville|"
              r"communaut[ée]|agglom[ée]ration|intercommunalit[ée]|collectivit[ée]|[ée]tat|[ée]lus?|syndicat|pays|"
              r"autorit[ée]|administration|services?\s+publics?)s?")
# The author proposing a thing ("le conseil propose également un catalogue commun", "nous
# suggérons une charte"); "ce document propose une synthèse" is not the author asking
_AUTHOR_PROPOSES = (
    r"\b(?:(?:le|la|notre)\s+(?:conseil|ceser|comit[ée]|coll[èe]ge|collectif|groupe|assembl[ée]e)\b"
    r"(?:\s+[^\s.;:!?]+){0,3}?\s+(?:propos|sugg[èe]r)(?:e|ent|erait|eraient)|\b(?:proposons|sugg[ée]rons))\s+"
    + rf"(?:{_ADVERBS}\s+)?(?:un|une|des)\s+[^\W\d_]"
)
# A demand reported in the past ("les participants ont proposé que…"), and a sentence that
# dates what it tells ("En 2018, l'agglomération a souhaité que le conseil y participe"):
# history, not a demand.
_REPORTED = (r"\b(?:a|ont|avons|avait|avaient)\s+(?:[ée]galement\s+|aussi\s+)?"
             r"(?:propos[ée]|demand[ée]|sugg[ée]r[ée]|recommand[ée]|souhait[ée])\s+(?:que|qu['’]|de\s|d['’])")
_DATED_REPORT = re.compile(r"^(?:en|d[èe]s|depuis|fin|d[ée]but)\s+(?:[^\W\d_]+\s+)?(?:19|20)\d\d\b[^.;:!?]*?"
                           + _REPORTED, re.I)
# « Pourquoi ne pas mutualiser … ? », « Pourquoi pas un relais ? », and the same suggestion with
# its subject and a negated conditional: « Pourquoi la mairie ne prêterait pas … ? », « Pourquoi
# les communes ne pourraient-elles pas … ? », « Pourquoi ne ferait-on pas … ? », spoken without its
# « ne » (« pourquoi on le ferait pas ici ? ») (a conditional in « -erait », « -irait », « -rrait »,
# « -drait », « -trait », « aurait »: not an imperfect « ne marchait pas », a complaint)
_CONDITIONAL = r"[^\W\d_]*(?:[eiu]r|rr|dr|tr)ai(?:t|ent)"
_WHY_NOT = (r"pourquoi\s+(?:ne\s+)?pas\b"
            r"|pourquoi\s+(?:[^\s?!.;:,]+\s+){0,6}?(?:ne\s+|n['’])?"
            r"(?:(?:l['’]|les\s+|la\s+|le\s+|leur\s+|lui\s+|y\s+|en\s+|se\s+|s['’]|nous\s+|vous\s+)){0,2}"
            + _CONDITIONAL + r"(?:-t)?(?:-(?:on|il|elle|ils|elles|nous|vous))?\s+pas\b")
# A list item that names itself a proposal: « Proposition : … », « Idée : … », « Suggestion : … »
_NAMED_ITEM = re.compile(r"^(?:propositions?|id[ée]es?|suggestions?|pistes?)\s*:\s*", re.I)
# What a meeting decided, as minutes write it: « Il est décidé de … », « Il a été convenu que
# … », « Les participants conviennent de … », « Le comité décide de … »
_AGREED = re.compile(
    r"^\W*(?:il\s+(?:est|a\s+[ée]t[ée])\s+(?:d[ée]cid[ée]|convenu|act[ée]|arr[êe]t[ée])"
    r"|(?:le|la|les|l['’])\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s+(?:d[ée]cid(?:e|ent)|conviennent|convient))"
    r"\s+(?:de|d['’]|que|qu['’])",
    re.I,
)
# In an authority's plan, « nous voulons / souhaitons que … » says what its authors aim at
_OWN_WISH = re.compile(r"^\W*(?:[^\s,]+\s*,\s*)?nous\s+(?:voulons|souhaitons|voudrions|souhaiterions)\b", re.I)
# « demander », « exiger », « réclamer » mean « require » when a procedure or a tool is their
# subject: « La plateforme de dépôt … demande une signature électronique », « Cette démarche
# exige un compte » state a constraint, nobody asks for anything
_THING_REQUIRES = re.compile(
    r"^\W*(?:l['’]|la|le|les|ce|cet|cette|ces|son|sa|ses|leur|leurs|chaque|toute|tout)\s*"
    r"(?:plate-?formes?|proc[ée]dures?|d[ée]marches?|dispositifs?|formulaires?|logiciels?|sites?|applications?"
    r"|outils?|t[âa]ches?|op[ée]rations?|processus|syst[èe]mes?|m[ée]thodes?|r[èe]gles?|r[ée]glementations?"
    r"|normes?|formats?|installations?|d[ée]ploiements?|maintenance|d[ée]p[ôo]ts?|t[ée]l[ée]proc[ée]dures?"
    r"|t[ée]l[ée]services?|portails?|interfaces?|connexions?|inscriptions?|dossiers?|appels? d['’]offres?"
    r"|march[ée]s? publics?|[ée]quipements?|mat[ée]riels?)\b"
    # (no other subject on the way: « La démarche est longue et le conseil demande une aide »)
    r"(?:(?!\b(?:et|mais|nous|on|ils?|elles?|conseil|comit[ée]|panel|habitants?|citoyens?)\b)[^.;:!?]){0,120}?"
    r"\b(?:demande|demandent|exige|exigent|r[ée]clame|r[ée]clament|n[ée]cessite|n[ée]cessitent)\b",
    re.I,
)
# « les demandes de subvention », « la principale demande des riverains »: after a
# determiner or an adjective placed before its noun, a form in -e or -es is the noun, not the verb
_AFTER_DETERMINER = (r"(?!(?:" + "|".join(rf"(?<=\b{d} )" for d in (
    "les", "des", "ces", "nos", "vos", "ses", "mes", "aux", "leurs", "une", "la", "sa", "ma", "cette", "votre", "notre",
    "leur", "première", "premières", "seule", "seules", "principale", "principales", "dernière", "dernières",
    "nouvelle", "nouvelles", "grande", "grandes", "forte", "fortes", "même", "mêmes")) + r")[^\W\d_]+?es?\b)")
_DEMAND_VERB = re.compile(
    r"\b" + _AFTER_DETERMINER + r"(?:recommand|propos|pr[ée]conis|sugg[èe]r|demand|souhait|invit|encourag|appell|insist|exhort)"
    r"(?:e|es|ent|ons|ez|erait|eraient)\b(?:\s+[^\s.;:!?]+){0,6}?\s+(?:de|d['’]|à)\s*"
    r"(?:[^\W\d_]+(?:er|ir|re|oir))\b"
    r"|\bappel(?:ons|ez)\b(?:\s+[^\s.;:!?]+){0,6}?\s+(?:à)\s*(?:[^\W\d_]+(?:er|ir|re|oir))\b"
    r"|\b(?:recommand|pr[ée]conis)(?:e|ent|ons|ez|erait|eraient)\s+"
    + rf"(?:{_ADVERBS}\s+)?(?:la|le|les|l['’]|un|une|des|d['’])\s*[^\W\d_]"
    # "propose la création d'un fonds", "souhaite la mise en place de", "demande le maintien
    # d'un accueil": a demand verb whose object is a deverbal noun (what is to be done)
    r"|\b(?:propos|souhait|demand|sugg[èe]r|exige?|r[ée]clam)(?:e|ent|ons|ez|erait|eraient)\s+"
    + rf"(?:{_ADVERBS}\s+)?(?:la|le|les|l['’]|un|une|des)\s*{_DEVERBAL}"
    + rf"|{_AUTHOR_PROPOSES}"
    # asking for a thing ("elle souhaite un planning consultable en ligne", "nous demandons une
    # carte publique des zones sans réseau", "ils demandent des permanences")
    r"|\b" + _AFTER_DETERMINER + r"(?:demand|souhait)(?:e|ent|ons|ez|erait|eraient|erions)\s+"
    + rf"(?:{_ADVERBS}\s+)?(?:un|une|des)\s+[^\W\d_]{{3,}}"

    r"|\binsist(?:e|ent|ons|ez)\s+(?:\w+\s+)?(?:sur|pour)\b"
    # "souhaite être associé", "souhaitons disposer de": a wish followed by its infinitive
    r"|(?<!si vous )(?<!si on )\bsouhait(?:e|ent|ons|ez|erait|eraient|erions)\s+"
    rf"(?:vivement\s+|donc\s+|aussi\s+|[ée]galement\s+|{_TIME_ADVERBS}\s+)?"
    rf"(?!mettre en [ée]vidence|attirer|{_COMMENT_VERBS})(?:[^\W\d_]+(?:er|ir|re|oir))\b"
    r"|\battir(?:e|ent|ons|ez)\s+l['’]attention\b"
    r"|\bdevrai(?:t|ent)\s+(?:[^\W\d_]+(?:er|ir|re|oir))\b"
    r"|\bil est (?:propos[ée]|recommand[ée]|pr[ée]conis[ée]|sugg[ée]r[ée]|demand[ée]|souhaitable)\b"
    # reported in minutes: "Plusieurs participants ont également proposé que…"
    r"|" + _REPORTED +
    # « Pourquoi pas … ? » opening the sentence, or after what it answers (« D'autres villages ont un
    # marché en ligne, pourquoi on le ferait pas ici ? »)
    r"|(?:^|[:,]\s*)[«\"(]?\s*(?:" + _WHY_NOT + ")"
    # a wish: « je rêve d'une boîte à livres », « nous rêvons que … »
    r"|\b(?:je|j['’]en|nous|on)\s+r[êe]v(?:e|ons|erais|erions)\s+(?:d['’]|de\s+|que\s+|qu['’])"
    # a wish going on after another, its verb left out: « Et surtout qu'on garde le bureau de poste … »
    r"|^(?:et|mais)\s+(?:(?:surtout|aussi|[ée]galement|enfin)\s+)?(?:que\s+|qu['’]\s*)"
    r"(?:on|il|elle|ils|elles|nous|vous|l['’]|la|le|les|chaque|tout|tous)\b"
    # a thing put forward and judged by what it would do: « Et des bancs le long du canal,
    # ça serait bien », « un composteur ça aiderait aussi » (not « …, ce serait trop cher »)
    r"|(?:^|[,:;]\s*|\bet\s+)(?:et\s+)?(?:pour\s+[^,;:?!.]{3,60}?\s+)?(?:un|une|des)\s+[^,;:?!.]{3,120}?,?\s+"
    r"(?:ça|ca|cela|ce)\s+(?:serait|marcherait|irait|aiderait|changerait|simplifierait|faciliterait|rendrait"
    r"\s+service)\b(?!\s+(?:pas|jamais|trop|moins)\b)",
    re.I,
)


# In an opinion, "la Région doit se doter d'un outil", "les communes doivent publier", « le porteur de
# projet doit prévoir … »: what an authority (or a project's owner) must do (not "doit faire
# face à", a constraint; the authority may be named with a complement: « les communes rurales du
# nord du département doivent disposer de … »). A plan saying what it "doit"
# concilier describes itself.
# The addressee of a consultation on a project: its owner (« le maître d'ouvrage », « le porteur
# de projet », « l'exploitant »)
_PROJECT_OWNER = (r"(?:le|la|l['’])\s*(?:ma[îi]tre\s+d['’]ouvrage|porteur\s+(?:de|du)\s+projet|exploitant"
                  r"|p[ée]titionnaire|am[ée]nageur)")
_AUTHORITY_MUST = re.compile(
    rf"\b(?:{_AUTHORITY}|{_PROJECT_OWNER})\s+(?:[^\s.;:!?]+\s+){{0,6}}?doi(?:t|vent)\s+(?:{_ADVERBS}\s+)?"
    r"(?:se\s+|s['’])?(?!faire\s+face|composer\b|affronter|subir)[^\W\d_]+(?:er|ir|re|oir)\b",
    re.I,
)


# "Aujourd'hui il faut déposer un chèque à la régie", "elle explique qu'il faut appeler à 8 h 30":
# the burden of the present, told, not a demand
_PRESENT_BURDEN = re.compile(
    r"^(?:aujourd['’]hui|actuellement|pour l['’]instant|en ce moment|à ce jour|pour le moment)\b"
    r"|\b(?:explique|expliquent|raconte|racontent|rappelle|rappellent|constate|constatent|regrette|regrettent)"
    r"\s+qu['’]il\s+(?:faut|fallait)\b",
    re.I,
)


_DECIDES = re.compile(r"\b(?:d[ée]cide|arr[êe]te|d[ée]lib[èe]re)\s*:|apr[èe]s en avoir d[ée]lib[ée]r[ée]", re.I)
# The closing formulas of a deliberation, after its articles: the decisions are over
# ("Ainsi fait et délibéré…", "Pour extrait conforme", "Fait à …, le …", the vote, the
# signatures, the notice of appeal)
_DELIBERATION_END = re.compile(
    r"^(?:ainsi fait et d[ée]lib[ée]r[ée]|fait et d[ée]lib[ée]r[ée]|fait à\s|pour (?:extrait|copie) (?:certifi[ée]e? )?conforme"
    r"|certifi[ée]e? (?:conforme|ex[ée]cutoire)|(?:le|la) pr[ée]sident(?:e)?\s*(?:,|certifie)|(?:le|la) secr[ée]taire de s[ée]ance"
    r"|(?:r[ée]sultat du )?vote\s*:|adopt[ée]e?s? à l['’]unanimit[ée]|la pr[ée]sente d[ée]lib[ée]ration (?:peut|pourra)"
    r"|d[ée]lib[ée]ration (?:certifi[ée]e|rendue) ex[ée]cutoire|publi[ée]e? le\s|transmise? (?:au contr[ôo]le|en pr[ée]fecture))",
    re.I,
)
# A decision of a deliberation written as a verb in capitals after "après en avoir délibéré"
# ("APPROUVE la convention…", "AUTORISE le Maire à signer…")
_CAPS_DECISION = re.compile(
    r"^(?:APPROUVE|AUTORISE|D[ÉE]CIDE|D[ÉE]SIGNE|FIXE|ADOPTE|ACCEPTE|CHARGE|DIT|PREND ACTE|[ÉE]MET|SOLLICITE"
    r"|DONNE|ATTRIBUE|VALIDE|CR[ÉE]E|RETIENT|ABROGE|MODIFIE|PR[ÉE]CISE|OPTE|D[ÉE]L[ÈE]GUE|CONFIE|AUTORISENT"
    r"|APPROUVENT|ACTE)\b(?!['’])"
)
# "… après en avoir délibéré, DÉCIDE de désigner M. X…": the decision follows "décide"
_INLINE_DECISION = re.compile(r"\b(?:D[ÉE]CIDE|d[ée]cide)\s+(?=de\s|d['’])")
# A question reported in the minutes: "Mme P. demande où en est le raccordement…", "M. T.
# souhaite savoir si…" (no question mark)
_INDIRECT_QUESTION = re.compile(
    r"\b(?:demande|demandent|s['’]interroge|s['’]interrogent|souhaite savoir|souhaitent savoir|voudrait savoir"
    r"|aimerait savoir|interroge|interrogent)\s+(?:(?:à|au|aux)\s+[^,.;:]{1,40}?\s+)?"
    r"(?:si(?! possible)\b|o[ùu]\b|quand\b|comment\b|pourquoi\b|combien\b|quel(?:le)?s?\b|qui\b|ce qu)",
)
# Markers the readers give to the items of a to-do list (Markdown "- [ ]", "- [x]", "TODO")
_TASK_MARKERS = frozenset(("☐", "☑"))
# A task given to someone at a meeting (« [ ] Odile : réserver la salle »): a first
# name (or initials) and a colon before what to do
_ASSIGNED = re.compile(r"^@?(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:[- ][A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]*\.?)?|[A-Z]{2,3})\s*:\s*(?=\S)")
# A participant's remark opening a line of a pad (« [Julie] pas d'accord », « [Paul] rappel :
# … »): the bracketed name is not text (see nlp_stn.extract.text)
_REMARK = re.compile(r"^\[[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:[- ][A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]*\.?){0,2}\][ \t]+(?=[^\s\[])")
# A comment in brackets ending a line (« … on l'aura quand ? (hors sujet) »)
_TRAILING_COMMENT = re.compile(r"\s*\([^()]*\)\s*$")
# What a participant's remark asks by (« que la ville … », « il faudrait », « on pourrait », « je
# propose »); not « pas urgent », « pas nécessaire »: a judgement
_REMARK_ASKS = re.compile(
    r"^(?:et\s+)?(?:que|qu['’])\s|\b(?:demand|propos|souhait|sugg[eéè]r|recommand|pr[ée]conis|exig|r[ée]clam)\w*"
    r"|\bil (?:faut|faudrait)\b|\bdevr(?:ait|aient|ions|iez)\b|\bmerci de\b|\bon pourrait\b|\bj['’]aimerais\b"
    r"|\bnous aimerions\b|\bpourquoi pas\b",
    re.I,
)
# An item that says it repeats the one above (« (doublon, déjà noté) », « (même idée qu'au-dessus) »)
_REPEATS_ABOVE = re.compile(
    r"\(\s*(?:[^()]*?\bm[êe]me\s+(?:chose|id[ée]e)\s+qu['’]\s*(?:au[- ]?dessus|plus\s+haut)"
    r"|(?:c['’]est\s+)?(?:un\s+)?doublon\b)[^()]*\)",
    re.I,
)
# The motivations of a deliberation ("Considérant que…", "Vu le code…"): reasons, not demands
_MOTIVATION = re.compile(r"^(?:consid[ée]rant|vu|attendu|rappelant|constatant)\b", re.I)
# "Pourquoi ne pas mutualiser les achats ?": a suggestion asked as a question
# Words by which a contribution asks for something, whatever its form (« Je demande que »,
# « il faudrait », « merci de », « ce serait bien », « pourquoi pas »): an observation holding
# none of them and asking questions is a question
_DEMAND_CUE = re.compile(
    r"\b(?:demand|propos|souhait|sugg[eéè]r|recommand|pr[ée]conis|exig|r[ée]clam|revendiqu)\w*"
    r"|\bil (?:faut|faudrait|serait)\b|\bdevr(?:ait|aient|ions|iez)\b|\bmerci de\b|\bserait\b|\b(?:" + _WHY_NOT + ")"
    r"|\bj['’]aimerais\b|\bnous aimerions\b|\bvoudri(?:ons|ez|ais)\b|\bje voudrais\b|\bpensez à\b|\bpouvez-vous\b"
    r"|\bpourriez-vous\b|\bn[ée]cessaire\b|\bindispensable\b|\burgent\b",
    re.I,
)
# A real question: opened by an interrogative word, or with the subject after the verb
# (« Le plan prévoit-il … ? », « seront-ils … ? »); not a suggestion (« Une tarification
# sociale ? », « mettre des capteurs ? »)
_INTERROGATIVE = re.compile(
    r"^(?:[^?]{0,60}?,\s*)?(?:qui|que|qu['’]|quel(?:le)?s?|quand|comment|combien|o[ùu]|(?!" + _WHY_NOT + ")pourquoi"
    r"|est[- ]ce|lequel|laquelle|lesquel(?:le)?s)\b|\w-(?:t-)?(?:il|elle|ils|elles|on|vous|nous)\b",
    re.I,
)
# A statement of the writer's own case beside the questions (« Je n'ai pas trouvé le chiffre »,
# « Ma mère … n'arrive pas à utiliser le portail »)
_OWN_CASE = re.compile(r"^(?:je|j['’]|nous|on|ma|mon|mes|notre|nos|moi)\b", re.I)


def _only_asks(text: str) -> bool:
    """Whether a contribution's text is questions, with maybe the writer's own case: at least
    one real question, and every other sentence a statement in the first person."""
    parts = [p.strip() for p in re.split(r"(?<=[?.!])\s+|\n", text) if p.strip()]
    questions = [p for p in parts if p.endswith("?") and _INTERROGATIVE.search(p)]
    return bool(questions) and all(p in questions or (not p.endswith("?") and _OWN_CASE.match(p)) for p in parts)


# A request asked politely as a question, by the inversion of « pouvoir » or of « être
# possible / envisageable » before an infinitive (« Serait-il possible d'élargir les horaires ? »,
# « Pourriez-vous installer un banc ? », « Est-il envisageable de … ? », « Ne pourrait-on pas
# … ? »), maybe after a sentence telling the case (« Il faut appeler le matin. Serait-il possible
# de … ? »); not a request for information (« Pourriez-vous nous dire quand … ? ») nor a question
# on what may be done (« Peut-on contractualiser sur trois ans ? »)
_INFO_VERBS = r"(?:dire|savoir|indiquer|pr[ée]ciser|expliquer|confirmer|informer|renseigner|r[ée]pondre)"
_POLITE_REQUEST = re.compile(
    r"(?:^|^[^?]{0,300}?[.!:]\s+)[«\"(]?\s*(?:"
    r"(?:ne\s+|n['’])?(?:pourr(?:ait|aient|iez|ions)-(?:t-)?(?:il|elle|on|ils|elles|nous|vous)|(?:pouvez|pourrez)-vous)"
    r"(?:\s+pas)?\s+(?:(?:nous|me|leur|lui|y|en|[ée]galement|aussi|enfin|vraiment|rapidement)\s+){0,2}"
    rf"(?!{_INFO_VERBS}\b)(?:se\s+|s['’])?[^\W\d_]+(?:er|ir|re|oir)\b"
    r"|(?:ne\s+)?(?:serait|est|sera)-(?:t-)?(?:il|ce)(?:\s+pas)?\s+(?:(?:donc|aussi|[ée]galement|enfin|vraiment)\s+)?"
    r"(?:possible|envisageable|pensable|imaginable|concevable|faisable)\s+(?:de|d['’]|que|qu['’])"
    rf"(?!\s*(?:nous\s+|me\s+)?{_INFO_VERBS}\b))[^?]*\?\s*[»\")]?$",
    re.I,
)
_SUGGESTION_QUESTION = re.compile(r"(?:^|^[^?]{0,80}?:\s*|^[^?]{0,300}?,\s*)[«\"(]?\s*(?:" + _WHY_NOT + ")",
                                  re.I)
# A question asking the one addressed to commit itself (« Le porteur de projet peut-il s'engager à
# … ? », « La commune s'engage-t-elle à … ? », « Le Département envisage-t-il de … ? »,
# « accepterait-il de … ? »): a demand, not a request for information. So is a request for
# information whose object is what the authority intends or can do (« Pouvez-vous nous dire si la
# Ville compte rouvrir … ? », « Nous aimerions savoir si la mairie peut prolonger … ? »), the
# authority named with the inversion of « pourrait » (« La Région pourrait-elle subventionner … ? »),
# an intention asked by inversion (« Quand le Département prévoit-il de rénover … ? », « Entendez-vous
# maintenir … ? »), a readiness (« Êtes-vous disposés à ouvrir … ? ») or a plan (« Est-il envisagé de
# créer … ? »); not « Comment / Pourquoi la Ville compte-t-elle … ? », a question on the means
# or the reasons, nor « … si la Ville peut être remboursée ? » (see _INTENT_ASKED)
_ADDRESSEE = (rf"(?:{_AUTHORITY}|(?:la|le|l['’]|votre|notre)\s*(?:municipalit[ée]|mairie|maire|[ée]quipe\s+municipale"
              r"|conseil\s+(?:municipal|d[ée]partemental|r[ée]gional|communautaire)|ex[ée]cutif|majorit[ée]))")
_ASKED_DEED = (r"(?:\s+(?:[ée]galement|aussi|enfin|donc|bien|vraiment|rapidement))?\s+(?!(?:[êe]tre|avoir|y\s+avoir)\b)"
               r"(?:se\s+|s['’]|en\s+|y\s+|les?\s+|la\s+|l['’])?[^\W\d_]+(?:er|ir|re|oir)\b")
_INTENT_ASKED = re.compile(
    # (nor one asking besides when, how much…: « … si la Ville compte publier …, et dans quel délai ? »)
    r"^(?!\W*(?:[^?.!]{0,80}?\b)?(?:comment|pourquoi)\b)"
    r"(?![^?]*\bet\s+(?:(?:dans|à|a|avec|pour|sous|en|de|d['’]|par)\s+)?(?:quel(?:le)?s?|quand|combien|comment|o[ùu]|qui)\b)"
    r"[^?.!]{0,160}?(?:"
    # « … nous indiquer si la commune entend maintenir … », « … savoir si la Ville peut organiser … »
    rf"\b(?:{_INFO_VERBS}|demand(?:e|ent|ons))\s+si\s+(?:{_ADDRESSEE}|vous)\s+(?:[^\s,?;:]+\s+){{0,3}}?"
    r"(?:(?:entend|compt|envisag|pr[ée]voi)(?:e|ent|ez|t)?|va|vont|allez|peu(?:t|vent)|pouvez|pourr(?:a|ont|ez|ait|aient|iez))"
    r"(?:\s+(?:de|d['’]))?" + _ASKED_DEED
    + r"|\bsi\s+(?:{_ADDRESSEE}|vous)\s+(?:s['’]engage(?:nt)?|vous\s+engagez)\s+à".replace("{_ADDRESSEE}", _ADDRESSEE)
    # « La Région pourrait-elle subventionner … ? »
    + rf"|\b{_ADDRESSEE}\s+(?:[^\s,?;:]+\s+){{0,3}}?pourr(?:ait|aient)-(?:t-)?(?:il|elle|ils|elles)(?:\s+pas)?" + _ASKED_DEED
    # « Quand la commune compte-t-elle rénover … ? », « Entendez-vous maintenir … ? »
    + r"|\b(?:entend|compt|pr[ée]voi)(?:e|ent|ez|t)?-(?:t-)?(?:il|elle|ils|elles|vous)(?:\s+pas)?(?:\s+(?:de|d['’]))?"
    + _ASKED_DEED
    # « Êtes-vous prêts à … ? », « La Ville est-elle disposée à … ? »
    + r"|\b(?:[êe]tes-vous|est-(?:t-)?(?:il|elle)|sont-(?:ils|elles)|seriez-vous|serai(?:t|ent)-(?:il|elle|ils|elles))"
    r"\s+(?:pr[êe]te?s?|dispos[ée]e?s?)\s+(?:à|a)" + _ASKED_DEED
    # « Est-il prévu de … ? », « Est-il envisagé d'… ? »
    + r"|(?:^|[,:]\s*)(?:est|sera)-(?:t-)?il\s+(?:pr[ée]vu|envisag[ée]|programm[ée])\s+(?:de\s+|d['’])"
    + _ASKED_DEED[_ASKED_DEED.index("(?!"):]
    + r")[^?]*\?\s*[»\")]?$",
    re.I,
)
_COMMITMENT_QUESTION = re.compile(
    r"(?:^|^[^?]{0,300}?[.!:]\s+)[^?.!]{0,160}?(?:"
    r"\b(?:peu(?:t|vent)|pourr(?:ait|aient))-(?:t-)?(?:il|elle|ils|elles|on)(?:\s+pas)?"
    r"(?:\s+(?:[ée]galement|aussi|enfin|donc))?\s+s['’]engager\s+à\b"
    r"|\bs['’]engage(?:nt|rait|raient)?-(?:t-)?(?:il|elle|ils|elles|on)(?:\s+pas)?\s+à\b"
    r"|\b(?:envisag|accept)(?:e|ent|erait|eraient)-(?:t-)?(?:il|elle|ils|elles|on)(?:\s+pas)?"
    r"(?:\s+(?:[ée]galement|aussi|enfin|donc))?\s+(?:de\s+|d['’])(?:se\s+|s['’])?[^\W\d_]+(?:er|ir|re|oir)\b"
    r")[^?]*\?\s*[»\")]?$",
    re.I,
)


# A thing put forward after a short opening and « : » (« Et pour finir : un composteur partagé
# au jardin, … »): what follows the colon, when it is a noun phrase (see _Segmenter.sentences)
_PUT_FORWARD = re.compile(r"^[^:;?!.]{0,60}:\s*(?P<thing>(?:un|une|des)\s+[^,;:?!.]{3,160})", re.I)
# A sentence adding one more thing to do (« Et planter des arbres. »)
_AND_MORE = re.compile(r"(?:et|puis)\s+(?:aussi\s+|enfin\s+|surtout\s+)?", re.I)
_OPENING_WORD = re.compile(r"^(?:et|mais|alors|donc|bref|franchement)\s*,?\s+", re.I)


def _asks_then_wonders(sentence: str) -> bool:
    """A demand whose sentence ends on the question it raises: its first clause, before a comma,
    is an impersonal necessity (« Il faudrait un abri au terrain de pétanque, quand il pleut on
    fait comment ? »)."""
    head, comma, rest = sentence.partition(",")
    head = _OPENING_WORD.sub("", head.strip())
    return bool(comma and rest.strip() and _DEMAND_WEAK.match(head) and "?" not in head)


def _suggests(text: str) -> bool:
    """A suggestion or a request asked as a question: « Pourquoi ne pas … ? » (see _WHY_NOT),
    a polite request (see _POLITE_REQUEST) or a commitment asked for (see _COMMITMENT_QUESTION)."""
    return bool(_SUGGESTION_QUESTION.match(text) or _POLITE_REQUEST.match(text)
                or _COMMITMENT_QUESTION.match(text) or _INTENT_ASKED.match(text))
# A tally after an idea of a workshop or a vote ("(12 gommettes)", "(4 votes)", "[+3]"): how
# many agreed, not part of the idea
_TALLY = re.compile(
    r"\s*[(\[]\s*(?:\d+\s*(?:gommettes?|votes?|voix|points?|pastilles?|soutiens?|likes?|j['’]aime|personnes?)"
    r"|\+\s*\d+|x\s*\d+)\s*[)\]]\s*$"
    r"|(?:\s+\+\d{1,2}){1,}\s*$",  # « … on attache aux grilles +1 +1 +1 »: the votes of a pad
    re.I,
)
# The notes of a workshop (post-its, ideas of tables, a shared pad): each item of its lists is an
# idea, also a noun phrase or a complaint (« plus d'arceaux vélos devant les écoles »)
_IDEAS_TITLE = re.compile(r"\b(?:post-?its?|ateliers?|id[ée]es|brainstorm\w*|world caf[ée])\b", re.I)
_IDEAS_WORDS = re.compile(r"\b(?:post-?its?|gommettes?|paperboards?)\b", re.I)


def _demand_whole(sentence: str) -> bool:
    """A demand verb with "que" (see _DEMAND_WHOLE) that is not a noun after a determiner."""
    for m in _DEMAND_WHOLE.finditer(sentence):
        before = re.findall(r"[^\W\d_]+", sentence[:m.start()])
        if not before or before[-1].lower() not in _DETERMINERS:
            return True
    return False


# Two demands coordinated in one sentence: « Le conseil souhaite que … et demande aussi que … »,
# « Il recommande la création d'un guichet … ; il propose en outre que … ». The second opens
# with « et » (its subject repeated or not) or, after « ; », with its subject (a pronoun or the
# author: « le conseil ») and a demand verb in a finite form.
_ASKER = (r"(?:(?:il|elle|ils|elles|nous)\s+|(?:le|la|notre)\s+(?:conseil|ceser|comit[ée]|coll[èe]ge|collectif"
          r"|groupe|assembl[ée]e)\b(?:\s+[^\s,;:.!?]+){0,3}?\s+)")
_ASKING = (r"(?:souhait|demand|propos|recommand|pr[ée]conis|sugg[èe]r|sugg[ée]r|exig|r[ée]clam)"
           r"(?:e|ent|ons|ez|ait|aient|erait|eraient|erions)\b")
_SECOND_DEMAND = re.compile(rf"\s+et\s+(?={_ASKER}?{_ASKING})|\s*;\s+(?={_ASKER}{_ASKING})", re.I)


def _opens_demand(text: str) -> bool:
    """Whether ``text`` opens with a demand verb, maybe after its subject (« demande
    aussi que … », « il propose en outre que … », « le conseil propose une charte »)."""
    subject = re.match(_ASKER, text, re.I)
    rest = text[subject.end():] if subject else text
    return bool(_DEMAND_WHOLE.match(rest) or _DEMAND_VERB.match(rest) or re.match(_AUTHOR_PROPOSES, text, re.I)
                or re.match(_AUTHOR_PROPOSES, rest, re.I))


# Two things asked, coordinated as noun phrases after one demand verb (« Nous réclamons la
# réfection du préau et le remplacement des tables de la cantine »): the verb and its first object,
# then « et » and a second deverbal noun (see _noun_demands)
_ASKS_FOR_DEED = re.compile(
    rf"\b(?:propos|souhait|demand|sugg[èe]r|exige?|r[ée]clam)(?:e|ent|ons|ez)\s+(?:{_ADVERBS}\s+)?"
    rf"(?:la|le|les|l['’]|un|une)\s*{_DEVERBAL}", re.I)
_AND_DEED = re.compile(rf"\s+et\s+(?=(?:la|le|les|l['’]|un|une)\s*(?:retour\b|{_DEVERBAL}))", re.I)


def _noun_demands(sentence: str) -> list[tuple[int, str]]:
    """(offset, part) pairs of a sentence asking for two things as noun phrases after one verb
    (see _ASKS_FOR_DEED): one per thing when the first has its own complement and each has
    four words or more (« … la rénovation et l'extension de l'école » keeps its shared
    complement whole); else the sentence whole.

    >>> _noun_demands("Nous réclamons la réfection du préau et le remplacement des tables.")
    [(0, 'Nous réclamons la réfection du préau'), (40, 'le remplacement des tables.')]
    >>> _noun_demands("Nous demandons la rénovation et l'extension de l'école communale.")
    [(0, "Nous demandons la rénovation et l'extension de l'école communale.")]
    """
    asked = _ASKS_FOR_DEED.search(sentence)
    if not asked:
        return [(0, sentence)]
    parts, start = [], 0
    for m in _AND_DEED.finditer(sentence, asked.end()):
        head, tail = sentence[start:m.start()], sentence[m.end():]
        own = sentence[max(start, asked.end()):m.start()]
        if (len(own.split()) >= 2 and len(head.split()) >= 4 and len(tail.split()) >= 4
                and head.count("(") == head.count(")")):
            parts.append((start, head))
            start = m.end()
    parts.append((start, sentence[start:]))
    return parts


def _demand_parts(sentence: str) -> list[tuple[int, str]]:
    """(offset, part) pairs of a sentence: one per demand when it coordinates several (see
    _SECOND_DEMAND), each part asking in so many words (a demand verb with « que », « de » or
    what is asked); else the sentence whole. « Le conseil attire l'attention sur … et demande
    que … » is one demand (the attention drawn is no demand verb).

    >>> _demand_parts("Le conseil demande que les horaires soient élargis et demande aussi que l'accueil soit gratuit.")
    [(0, 'Le conseil demande que les horaires soient élargis'), (54, "demande aussi que l'accueil soit gratuit.")]
    >>> _demand_parts("Il recommande de former les agents et de les équiper.")
    [(0, 'Il recommande de former les agents et de les équiper.')]
    """
    parts, start = [], 0
    for m in _SECOND_DEMAND.finditer(sentence):
        head, tail = sentence[start:m.start()], sentence[m.end():]
        if (len(head.split()) >= 4 and len(tail.split()) >= 4 and re.search(rf"\b{_ASKING}", head, re.I)
                and (_demand_whole(head) or _DEMAND_VERB.search(head)) and _opens_demand(tail)):
            parts.append((start, head))
            start = m.end()
    parts.append((start, sentence[start:]))
    return parts


def _demand_sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs of a paragraph, a sentence coordinating two demands given as two
    (see _demand_parts)."""
    return [(offset + o, part) for offset, sentence in _sentences(text) for o, part in _demand_parts(sentence)]


# A typed note (« 1. Décret n° 2011-1241 du 5 octobre 2011, article 3 », « 2. Rapport de la mission …,
# p. 14 », « Voir le rapport … (2021) »): a reference to a text (a law, a decree, a report…) by its
# number, its date or its article, not a unit
_MONTHS = r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)"
_REFERENCE_NOTE = re.compile(
    r"^(?:\d{1,3}\s*[.)]?\s+)?(?:lois?|d[ée]crets?|arr[êe]t[ée]s?|ordonnances?|circulaires?|accords?|articles?|rapports?"
    r"|codes?|directives?|r[èe]glements?|sources?|cf\.?"
    # « voir le rapport … », not the verb of a demand (« voir avec la Région comment … »)
    r"|voir(?=(?:\s+aussi)?\s+(?:le|la|les|l['’]|p\.|pages?|annexes?|notamment)\b))(?![-'’\w])"
    # a number, a date, an article or a page; a year as a bibliography gives it (« , 2021 »,
    # « (2021) », « 2002/95/CE »), not a plan's deadline (« Rapport annuel publié dès 2026 »)
    rf"[^;!?]{{0,160}}?(?:\bn[°º]\s*\d|\b\d{{1,2}}(?:er)?\s+{_MONTHS}\s+\d{{4}}"
    r"|[,(]\s*(?:19|20)\d\d\b|\b(?:19|20)\d\d/\d|\bart(?:icles?|\.)\s*[LRD]?\.?\s*\d|\bp\.\s*\d)",
    re.I,
)
REFERENCE_WORDS = 40


def _reference_note(text: str) -> bool:
    """A note citing a text (see _REFERENCE_NOTE), short and asking nothing.

    >>> _reference_note("Loi n° 2016-1321 du 7 octobre 2016 pour une République numérique.")
    True
    >>> _reference_note("Accord-cadre 2026 avec les opérateurs pour couvrir les hameaux")
    False
    >>> _reference_note("Voir avec la Région, en 2026, comment couvrir les hameaux")
    False
    """
    return bool(_REFERENCE_NOTE.match(text) and _word_count(text) <= REFERENCE_WORDS and not _demand_whole(text)
                and not _DEMAND_VERB.search(text) and not _DEMAND_WEAK.search(text))


_DEMAND_CLAUSE = re.compile(
    r"\b(?:n[ée]cessaires?|indispensables?|essentiel(?:le)?s?|primordia(?:l|le|ux)|n[ée]cessit[ée])\s+(?:de|d['’]|à)\s*",
    re.I,
)
# the end of a sentence, also after a closing quote ("… ? » Le Président a répondu")
# (not after a title or an initial: "M. Roussel", "MM. Durand", "Dr. Martin", "J. Dupont")
_SENTENCE_END = re.compile(
    r"(?:(?<=[.!?…])|(?<=[.!?…] »)|(?<=[.!?…]»)|(?<=[.!?…]\"))"
    r"(?<!\bM\.)(?<!\bMM\.)(?<!\bDr\.)(?<!\bPr\.)(?<!\bMe\.)(?<!\bSt\.)(?<!\b[A-Z]\.)"
    # (nor inside a reference: « (p. 12) », « cf. p. 8 », « cf. Annexe 2 », « art. 3 », « chap. 2 »;
    # « d'art. Nous » ends a sentence)
    r"(?<!\b[cC]f\.)(?!(?:(?<=\bp\.)|(?<=\bpp\.)|(?<=\b[aA]rt\.)|(?<=\bchap\.)|(?<=\bfig\.)|(?<=\bvol\.))\s+\d)"
    r"\s+(?=[«\"(]?[A-ZÀÂÉÈÊÎÔÙÛÇ0-9])"
)
# a short line wholly in quotation marks, with no full stop inside (« « Vivre ensemble, bouger
# autrement » » under a document's title): a motto
_MOTTO = re.compile(r"\s*[«“]\s*[^«»“”.!?;:]{3,120}?\s*[»”]\s*")
# a question quoted inside a sentence: « Quel budget sera réservé aux communes ? »
_QUOTED_QUESTION = re.compile(r"«\s*([^«»]{8,}?\?)\s*»")
_INLINE_SEPARATOR = re.compile(r"\s[-–]\s")
_EXAMPLE_START = re.compile(r"^(?:dans l['’]id[ée]e|par exemple|ex\s*[.:]|exemple|cf\b|voir\b|nb\b)", re.I)
_PREPOSITIONS = {"avec", "via", "par", "pour", "sans", "dans", "sur", "en", "à", "a", "de", "du", "des", "aux", "au", "selon", "et", "ou", "mais", "donc"}
_COPULA = {"être", "etre"}
# what opens a phrase that completes the one before it (« avec un arrêt dans chaque hameau, », « tôt le matin »,
# « qui soit gratuit »): a preposition, an adverb of place or manner, a relative pronoun
_COMPLEMENT_WORDS = _PREPOSITIONS | {
    "près", "loin", "chez", "entre", "vers", "avant", "après", "pendant", "autour", "auprès", "hors", "sous",
    "dès", "depuis", "jusque", "parmi", "contre", "lors", "afin", "grâce", "plutôt", "surtout", "notamment",
    "y", "qui", "que", "dont", "où", "quand", "lorsque", "si", "comme", "ainsi", "même", "ni", "tôt", "tard",
    "partout", "toujours", "aussi", "également", "ailleurs"}


def _first_word(text: str) -> str:
    """The first word of ``text`` in lower case, an elided one written out (« jusqu'à » -> « jusque »)."""
    m = re.match(r"[«\"“(\s]*([^\W\d_]+)(['’])?", text)
    if not m:
        return ""
    word = m.group(1).lower()
    if m.group(2):
        word = {"d": "de", "l": "le", "s": "se", "n": "ne", "qu": "que", "jusqu": "jusque",
                "lorsqu": "lorsque", "puisqu": "puisque"}.get(word, word)
    return word

_ROLE_WORDS = (
    ("obstacle", re.compile(r"^(?:frein|obstacle|difficult|risque|limite|contrainte|blocage|point.? de vigilance|menace|faiblesse)", re.I)),
    ("lever", re.compile(r"^(?:acc[ée]l[ée]rat|levier|facilit|atout|condition|opportunit|force|moyen|ressource|appui)", re.I)),
    ("cooperation", re.compile(r"^(?:coop[ée]ration|partenai|acteur|collaboration|porteur|pilote|contributeur|alliance)", re.I)),
    ("action", re.compile(r"^(?:action|proposition|recommandation|pr[ée]conisation|mesure|objectif|projet|chantier|piste|id[ée]e)", re.I)),
)

# A plan table's column naming who leads each action (« Pilote », « Co-pilotes », « Porteur »,
# « Service responsable », « Référent »): its cells are names, no units
_LEADER_HEADER = re.compile(r"\b(?:co-?)?(?:pilot(?:e|es|age)|porteu(?:r|rs|se|ses)|responsables?|r[ée]f[ée]rents?)\b", re.I)

DEMAND_PRIOR = {"avis": "recommendation", "contributions": "recommendation", "consultation": "recommendation"}
ACTION_PRIOR = {"strategy": "action", "framework": "action"}


def _header_kind(header: str) -> str:
    """The kind a column header announces by its first word: "Action(s)", "Mesure(s)",
    "Chantier" -> action; "Proposition(s)", "Recommandation(s)", "Idée(s)" -> recommendation;
    "Indicateur(s)" -> indicator; "" otherwise (the document decides)."""
    words = re.findall(r"[^\W\d_]+", header)
    if not words:
        return ""
    head = words[0].lower()
    if re.match(r"(?:action|mesure|chantier)s?$", head):
        return "action"
    if re.match(r"(?:proposition|recommandation|pr[ée]conisation|id[ée]e|demande)s?$", head):
        return "recommendation"
    if re.match(r"indicateurs?$", head):
        return "indicator"
    return ""


def role_of_header(header: str) -> str:
    """The role of a table column from its header's head word ("Frein(s) à la mise en œuvre de
    ces actions" -> "obstacle"); "" when the header says nothing known."""
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
    r"|prise\s+en\s+compte\s*$|retenue?s?\s*\??$)",
    re.I,
)
_ANSWER_HEADER = re.compile(
    r"^(?:r[ée]ponses?|position|engagements?|suites?\s+donn[ée]e?s?|prise\s+en\s+compte|traduction"
    r"|mise\s+en\s+(?:œ|oe)uvre|actions?\s+(?:pr[ée]vues?|engag[ée]es?|retenues?|propos[ée]es?|envisag[ée]es?)"
    r"|commentaires?\s+(?:de\s+la|du|des)\s+)",
    re.I,
)
_DEMAND_HEADER = re.compile(
    r"^(?:recommandations?|propositions?|pr[ée]conisations?|demandes?|id[ée]es?|observations?|questions?"
    r"|contributions?|suggestions?|attentes?|avis\s+(?:du|des)\s+(?:conseil|citoyens|habitants|panel|public))\b",
    re.I,
)
STATE_WORDS = 5  # a stated fate is a short value: « Retenue en partie », « Reportée en 2028 »
# an answer that turns the demand down, in its first sentence
_REFUSAL = re.compile(
    r"\b(?:n['’]\s*(?:est|a|ont|avons|a\s+pas\s+[ée]t[ée])|ne\s+(?:sont|sera|seront|peut|peuvent|pourra|pourront|saurait"
    r"|saurions|pouvons|retenons|retient|donnera|donnerons|donne))\s+(?:pas|plus)\s+(?:[ée]t[ée]\s+)?"
    r"(?:retenue?s?|envisag\w+|pr[ée]vue?s?|possibles?|donner\s+suite|suite|[êe]tre\s+retenue?s?|[êe]tre\s+envisag\w+)"
    r"|\bavis\s+d[ée]favorable\b|\bpas\s+retenue?s?\b"
    # « il ne nous est pas possible de … », « il ne sera pas possible de … »
    r"|\bne\s+(?:nous|me|lui|leur)?\s*(?:est|sera|serait|para[îi]t)\s+pas\s+(?:possible|envisageable|r[ée]alisable)\b"
    # « cette demande ne pourra pas aboutir », « … ne peut pas être satisfaite »
    r"|\bne\s+(?:peut|peuvent|pourra|pourront|pourrait|pourraient)\s+pas\s+(?:aboutir|[êe]tre\s+(?:satisfaite?s?|accept[ée]e?s?"
    r"|accord[ée]e?s?|financ[ée]e?s?|mise?s?\s+en\s+(?:place|œuvre|oeuvre)))\b"
    # « nous ne pourrons pas financer … », « je ne pourrai pas donner suite »: the authority
    # saying it will not do what it is asked
    r"|(?<!\bque )(?<!\bqu['’])\b(?:nous|je)\s+ne\s+(?:pourrons|pouvons|pourrai|peux|sommes|serons)\s+pas\s+(?:en\s+mesure\s+de\s+)?"
    r"[^\W\d_]+(?:er|ir|re|oir)\b"
    # « il ne s'engage pas, en revanche, à exclure … »
    r"|\bne\s+(?:s['’]engagen?t?|nous\s+engageons|m['’]engage)\s+pas\s*(?:,[^,.;:]{1,40},\s*)?(?:à|sur)\b",
    re.I,
)
# An answer keeping a demand in part: « La commune retient en partie la proposition »,
# « Cette demande est donc retenue en partie. », « Demande retenue en partie. », « partiellement
# acceptée »; its units' state (see model.status_cap: at most « partiellement »)
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
    if _DONE.search(text):
        return None
    if _ANSWERS_LEADIN.match(text):
        return "action"
    if _PROPOSAL_WORDS.search(text):
        return "recommendation"
    for kind, pattern in _KIND_WORDS:
        if pattern.search(text):
            return kind
    if _PROPOSAL_ADJECTIVES.search(text) and prior != "action":
        # in an authority's plan, « cinq engagements prioritaires : » announces its own actions
        return "recommendation"
    if _NOT_UNITS.search(text):
        return None
    return ""


def _word_count(text: str) -> int:
    """Words of ``text``, punctuation apart (« : » and quotes are no words)."""
    return len(re.findall(r"[^\W_]+(?:['’-][^\W_]+)*", text))


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs of a paragraph."""
    out, pos = [], 0
    for m in _SENTENCE_END.finditer(text):
        out.append((pos, text[pos:m.start()]))
        pos = m.end()
    out.append((pos, text[pos:]))
    return [(o, s) for o, s in out if s.strip()]


# --- language -------------------------------------------------------------------------------


_NOT_NEEDED = ("lemmatizer", "senter", "parser", "ner")
# A word that may be a verb in the future (« organisera », « lancerons », « seront ») or « aller »
# before an infinitive (« nous allons ouvrir »): the cheap test before spaCy's morphology
_FUTURE_HINT = re.compile(r"\b[^\W\d_]+r(?:ai|as|a|ons|ez|ont)\b|\b(?:vais|va|allons|vont)\s", re.I)
# The endings of the future, which spaCy may tag as a present or a participle (« Nous ferons
# figurer … », « La commune financera … »): -ra, -ras, -ront after the stem's r; -rai, -rons,
# -rez after a stem ending e, d, t, r, v or i (« organiserons », « prendrons », « mettrons »,
# « pourrons », « suivrons », « ouvrirons »), not the present of a verb in -rer (« préparons »,
# « déclarons », « assurons »)
_FUTURE_FORM = re.compile(r"(?:[^\W\d_]{2,}r(?:as?|ont)|[^\W\d_]+[edtrvi]r(?:ai|ons|ez)|^(?:ira|iront|irons|irai))$")
# words that open a clause inside the sentence, whose verb is not the main one (« Les postes,
# qui datent de 2015, seront remplacés », « Dès que le calendrier sera connu, il sera publié »)
_SUBORDINATORS = frozenset(("qui", "que", "qu'", "qu’", "dont", "où", "lorsque", "lorsqu'", "lorsqu’", "quand", "si",
                            "puisque", "puisqu'", "puisqu’", "comme"))
# participles that describe a state, not something done (« leur mise en œuvre sera conditionnée
# aux arbitrages », « elle sera composée de … », « sera dotée d’une enveloppe »; « les actions seront
# précisées chaque année »: what will be specified later, not done)
_STATIVE_PARTICIPLE = re.compile(
    r"^(?:conditionn|subordonn|li|compos|constitu|dot|fond|bas|situ|confront|expos|concern|appel|pr[ée]cis|d[ée]taill|d[ée]fini)"
    r"(?:é|ée|és|ées|e|es|is|ise|ises|u|ue|us|ues)?$", re.I)
_BE_HAVE_FUTURE = frozenset(("serai", "sera", "seras", "serons", "serez", "seront",
                             "aurai", "aura", "auras", "aurons", "aurez", "auront"))
_PLAN_WORDS = r"(?:plan|strat[ée]gie|sch[ée]ma|feuille\s+de\s+route|programme|pacte|document)"
# the plan named as itself: « ce plan », « la présente stratégie », or opening the sentence as its
# subject (« La stratégie sera mise à jour », « Le plan modifié sera soumis au conseil »)
# (or the page that publishes it: « le calendrier sera actualisé sur cette page »)
_THIS_PLAN = re.compile(rf"\b(?:ce|cet|cette|le\s+pr[ée]sent|la\s+pr[ée]sente|notre)\s+{_PLAN_WORDS}\b"
                        r"|\b(?:cette|la\s+pr[ée]sente)\s+page\b", re.I)
_THE_PLAN_ITSELF = re.compile(
    _THIS_PLAN.pattern
    # its follow-up (« seront intégrées à la mise à jour de la stratégie »)
    + rf"|\b(?:mise\s+à\s+jour|r[ée]vision|actualisation|[ée]valuation|suivi|bilan)\s+(?:de\s+la|du|de\s+l['’])\s*{_PLAN_WORDS}\b"
    # its follow-up, its budget and its bodies as the subject (« Un bilan d'étape sera publié »,
    # « Les crédits correspondants seront inscrits au budget », « Le comité de suivi se réunira »)
    + r"|^\W*(?:[^\W\d_]+\s+){0,4}?(?:un|une|le|la|les|l['’]|ce|cet|cette|ces)\s*(?:premier\s+|premi[èe]re\s+|nouveau\s+"
    r"|nouvelle\s+)?(?:bilans?|points?\s+d['’][ée]tape|comit[ée]s?|budgets?|cr[ée]dits|enveloppes?|[ée]valuations?"
    r"|rapports?|comptes?\s+rendus?)\b[^.;:]{0,80}?\s(?:sera|seront|se\s+r[ée]unira|se\s+r[ée]uniront)\b"
    + rf"|^\W*(?:l[ea]|l['’])\s*{_PLAN_WORDS}\b(?!\s+(?:d['’]|de\s|des\s|pour\s))", re.I)
# The authority pledging itself (« La municipalité s'y engage : … », « Nous nous engageons à … »),
# the subject opening the sentence
_PLEDGE = re.compile(
    r"^\W*(?:(?:enfin|aussi|donc|ainsi|de\s+plus|en\s+outre)\s*,?\s*)?"
    r"(?:(?P<who>(?:la|le|les|l['’]|notre|nos)\s*(?:[^\W\d_]+\s+){0,2}?(?:r[ée]gion|d[ée]partement|m[ée]tropole|commune"
    r"|ville|communaut[ée]|agglom[ée]ration|intercommunalit[ée]|collectivit[ée]|mairie|municipalit[ée]|[ée]quipe\s+municipale"
    r"|conseil\s+(?:municipal|communautaire|d[ée]partemental|r[ée]gional)|maire|pr[ée]sidente?|[ée]lus?))\s+s['’]"
    r"|nous\s+nous\s+|je\s+m['’])(?:y\s+|en\s+)?(?:engag(?:e|ent|eons)|engagera|engageront|engagerons)"
    r"(?:\s+(?:aujourd['’]hui|d[ée]sormais|formellement|solennellement))?\s*(?:(?P<colon>:)\s*|à\s+(?=\w))",
    re.IGNORECASE,
)
# Who commits in an authority's document: the authority, its services or its bodies (« La
# commune organisera », « Les services étudieront », « Le CCAS orientera »)
_AUTHORITY_SUBJECT = re.compile(
    rf"(?:{_AUTHORITY}|(?:la|le|les|l['’]|nos|notre)\s*(?:mairie|municipalit[ée]|services?(?:\s+(?:municipaux|techniques|communaux))?"
    r"|[ée]quipes?\s+municipales?|conseil\s+(?:municipal|communautaire|d[ée]partemental|r[ée]gional)|bureau\s+municipal"
    r"|centre\s+communal|ccas|cias|ma[îi]tre\s+d['’]ouvrage|[ée]lus?|agents?))\b",
    re.I,
)


# A linking adverb that opens a sentence without a comma (« Par ailleurs une navette sera mise en place »):
# read as when the comma is there
_LINK_LEAD = re.compile(
    r"^(?:par\s+ailleurs|d['’]autre\s+part|en\s+outre|de\s+plus|en\s+parall[èe]le|parall[èe]lement|de\s+m[êe]me"
    r"|en\s+revanche|par\s+contre|enfin|toutefois|cependant)\s+(?=[^\W\d_])", re.I)
# In an authority's answer, what it has done or is doing (« La commune a lancé une étude », « Les
# bancs ont été repeints en mai », « Un guide est en cours d'impression »): its subject the
# authority (passé composé) or the thing done (passive), or « est en cours de » + noun; not what
# was asked of it (« a été saisi par vous », « la question posée ») nor its sittings (« a délibéré »)
_DONE_LEAD = r"^\W*(?:(?:par\s+ailleurs|d['’]autre\s+part|en\s+outre|de\s+plus|enfin|depuis\s+\S+(?:\s+\d{4})?)\s*,?\s*)?"
_DONE_ENDING = r"[^\W\d_]+(?:[ée]e?s?|is|ise?s?|it|ite?s?|ert|erte?s?|uit|uite?s?|u|ue?s?|i|ie?s?)\b"
_DONE_ADVERB = r"(?:d[ée]j[àa]\s+|bien\s+|r[ée]cemment\s+)?"
_DONE_PARTICIPLE = _DONE_ADVERB + r"(?!d[ée]lib[ée]r|(?:re[çc]ue?s?|pris|lu|compris|entendu|not[ée]|examin[ée]|[ée]tudi[ée]|[ée]t[ée])\b)" + _DONE_ENDING
_DONE_PASSIVE = (_DONE_ADVERB + r"(?!(?:pos[ée]|re[çc]u|adress[ée]|transmis|sollicit[ée]|interrog[ée]|saisi)e?s?\b)"
                 + _DONE_ENDING)
_YOU_SUBJECT = re.compile(r"^\W*(?:vous|vos|votre)\b", re.I)
_ANSWER_DONE = re.compile(
    _DONE_LEAD
    + rf"(?:(?:{_AUTHORITY_SUBJECT.pattern}|nous\b)(?:\s+\([^)]*\))?\s+(?:a|avons|ont)\s+" + _DONE_PARTICIPLE
    + r"|(?:les?|la|l['’]|un|une|des|ces?|cette|cet)\s*[^,;:()]{1,120}?\s(?:a|ont)\s+(?:d[ée]j[àa]\s+|bien\s+)?[ée]t[ée]\s+"
    + _DONE_PASSIVE + r"(?!\s+par\s+(?:vous|vos|votre|m\.|mme))"
    + r"|(?P<ongoing>(?:les?|la|l['’]|un|une|des|ces?|cette|cet|il|elle|ils|elles)\b[^,;:()]{0,120}?\s(?:est|sont)\s+"
    r"(?:actuellement\s+|d[ée]j[àa]\s+)?en\s+cours\s+d['’e]\s*[^\W\d_]{4,}))",
    re.I,
)


# The one answering as the subject of a sentence (« Le porteur de projet ne donne pas suite … »,
# « Nous ne pourrons pas … », « Il ne s'engage pas à … ») or the request itself (« Cette demande
# n'est pas retenue », « La proposition d'un tarif unique … n'est pas retenue car … »), maybe after a
# linking adverb; not requests in general (« Les demandes non prioritaires ne sont pas retenues »)
_REFUSER = re.compile(
    r"^\W*(?:(?:en\s+revanche|toutefois|cependant|par\s+contre|n[ée]anmoins|en\s+effet|enfin"
    r"|en\s+cons[ée]quence)\s*,?\s*)?"
    rf"(?:{_AUTHORITY_SUBJECT.pattern}|{_PROJECT_OWNER}\b|nous\b|je\b|il\b|elle\b"
    r"|(?:cette|la|votre)\s+(?:demande|proposition|suggestion|id[ée]e|requ[êe]te|recommandation|contribution)\b"
    r"|(?:ces|vos)\s+(?:demandes|propositions|suggestions|id[ée]es|requ[êe]tes|recommandations|contributions)\b)",
    re.I,
)


class _Language:
    """Infinitive test on the first words of candidate texts, batched through spaCy."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.cache: dict[str, bool] = {}
        self.as_written: dict[str, bool] = {}  # the test without the lower-case retry
        self.docs: dict = {}  # tagged sentences (see tagged)

    @staticmethod
    def head(text: str) -> str:
        return " ".join(text.split()[:6])

    def prepare(self, texts: Iterable[str]) -> None:
        todo = []
        for head in sorted({self.head(t) for t in texts if t.strip()} - set(self.cache)):
            if _may_start_with_infinitive(head):
                todo.append(head)
            else:
                self.cache[head] = False  # no spaCy needed: the first word cannot be a verb in -r/-re
        if not todo:
            return
        from . import nlp

        # A capitalised first word is often tagged as a noun or a proper noun ("Créer un
        # réseau", "Mailler le territoire"): such a head is also tried with that word in lower
        # case (not a hyphenated compound such as "Savoir-faire", which is a noun).
        variants = {head: _lower_first(head) for head in todo}
        batch = todo + sorted({v for v in variants.values() if v})
        # Only part-of-speech and morphology are needed: the lemmatizer (slow on its first
        # calls, it fills a cache) and the sentence splitter are skipped.
        docs = nlp.load(self.settings.spacy_model).pipe(batch, batch_size=256, disable=_NOT_NEEDED)
        found = {text: _starts_with_infinitive(doc) for text, doc in zip(batch, docs)}
        for head in todo:
            self.as_written[head] = found[head]
            self.cache[head] = found[head] or bool(variants[head] and found[variants[head]])

    def title_infinitive(self, text: str) -> bool:
        """The infinitive test for a title: a capitalised rare verb is often tagged as a noun
        ("Privilégier les achats", "Réemployer en remettant en état"), so a title whose
        first word may be a verb is also tried with that word in lower case."""
        if self.infinitive(text):
            return True
        return text[:1].isupper() and self.infinitive(text[0].lower() + text[1:])

    def tagged(self, text: str):
        """spaCy's tags and morphology of ``text`` (cached)."""
        if text not in self.docs:
            from . import nlp

            self.docs[text] = next(nlp.load(self.settings.spacy_model).pipe([text], disable=_NOT_NEEDED))
        return self.docs[text]

    def commitment(self, clause: str, anyone: bool = False) -> bool:
        """Whether ``clause`` commits its author: its main verb in the future (« organisera »,
        « sera mis en service », « allons lancer »), not denied, and its subject the authority
        (« La commune », « Les services », « nous », « je ») or the thing to be done in a
        passive (« Un module … sera mis en service », « il sera publié »); with ``anyone``
        (an authority's answer to letters), any subject (« la salle ouvrira le samedi »)."""
        if not _FUTURE_HINT.search(clause):
            return False
        clause = _LINK_LEAD.sub("", clause)
        doc = self.tagged(clause)
        tokens = list(doc)
        pending = 0  # finite verbs of subordinate clauses still to pass (« qui datent de 2015 »)
        subject_start = 0
        depth = 0  # inside brackets (« (réseaux sociaux, que faire en cas de …) »): passed over
        for i, tok in enumerate(tokens):
            low = tok.text.lower()
            if tok.text in "([":
                depth += 1
            if depth:
                depth -= tok.text in ")]"
                continue
            if tok.text in (",", ":"):
                subject_start = i + 1
                continue
            if low in _SUBORDINATORS and tok.pos_ in ("PRON", "SCONJ", "ADV"):
                pending += 1
                continue
            # the tagger may take a future for a participle (« financera »): its ending decides
            if tok.pos_ not in ("VERB", "AUX") or not ("Fin" in tok.morph.get("VerbForm") or _FUTURE_FORM.search(low)):
                continue
            if pending:
                pending -= 1
                continue
            after = [t for t in tokens[i + 1:] if t.pos_ != "ADV"]
            going = tok.lemma_ == "aller" or low in ("vais", "va", "vas", "allons", "allez", "vont")
            if going:
                future = bool(after) and "Inf" in after[0].morph.get("VerbForm")
            else:
                future = "Fut" in tok.morph.get("Tense") or bool(_FUTURE_FORM.search(low))
            if not future:
                return False
            if subject_start and subject_start < len(tokens) and subject_start == i:
                # « Une conseillère, mise à disposition par …, assurera »: the subject opens the
                # sentence, an apposition between commas follows it
                subject_start = 0
                while subject_start < i and tokens[subject_start].pos_ in ("ADV", "CCONJ"):
                    subject_start += 1
                end = next((k for k in range(i) if tokens[k].text == ","), i)
                before_tokens = tokens[subject_start:end]
            else:
                before_tokens = tokens[subject_start:i]
            before = [t.text.lower() for t in tokens[subject_start:i]]
            if any(w in ("ne", "n'", "n’") for w in before[-3:]):
                return False  # « nous ne pourrons pas … »: a refusal, not a commitment
            inside, kept = 0, []
            for t in before_tokens:  # the subject without what its brackets add (« Le centre … (CCAS) »)
                inside += t.text in "(["
                if not inside and t.pos_ != "ADV" and t.text.lower() not in ("en", "y"):
                    kept.append(t.text)
                inside -= inside > 0 and t.text in ")]"
            subject = " ".join(kept).strip()
            passive = (low in _BE_HAVE_FUTURE and low.startswith("s") and bool(after)
                       and "Part" in after[0].morph.get("VerbForm") and not _STATIVE_PARTICIPLE.match(after[0].text))
            if low in _BE_HAVE_FUTURE and not passive:
                return False  # « nous serons un État exemplaire », « la commune aura … »: no deed
            if not subject:
                return False
            first = subject.split()[0].lower()
            if first in ("nous", "je", "j'", "j’"):
                return True
            if passive and (first.strip("'’") in _GENERAL_DETERMINERS or first in ("l'", "l’", "d'", "d’")
                            or (anyone and first in ("il", "elle", "ils", "elles"))):
                # the thing to be done as the subject (« Un module … sera mis en service »); a
                # pronoun only in an answer (« il sera étendu »: the equipment asked for)
                return True
            if _AUTHORITY_SUBJECT.match(subject):
                return True
            return anyone and (first.rstrip("'’") in _GENERAL_DETERMINERS or first in ("l'", "l’"))
        return False

    def infinitive(self, text: str, retry: bool = True) -> bool:
        head = self.head(text)
        if head not in self.cache:
            self.prepare([text])
        if not retry:
            return self.as_written.get(head, False)
        return self.cache.get(head, False)


def _marker_class(marker: str) -> str:
    """Kind of a list marker: "num" (1, 2°), "lower" (a), "upper" (A), "roman" (iv, IV),
    "bullet" (•, -, *) or "" (none)."""
    if not marker:
        return ""
    if marker[0].isdigit():
        return "num"
    if re.fullmatch(r"[ivx]{2,5}|[IVX]{2,5}", marker):
        return "roman"
    if marker.isalpha() and len(marker) == 1:
        return "lower" if marker.islower() else "upper"
    return "bullet"


def _lower_first(head: str) -> str:
    """``head`` with its first word in lower case when it is capitalised ("" otherwise)."""
    first, _, rest = head.partition(" ")
    if not first[:1].isupper() or "-" in first or (len(first) > 1 and first.isupper()):
        return ""
    return (first[0].lower() + first[1:] + (" " + rest if rest else "")).strip()


_SKIPPED = frozenset(("ne", "pas", "se", "y", "plus", "mieux", "bien", "de"))
# "n'", "s'" and "d'" before a verb ("D'approuver la stratégie", after "DÉCIDE :")
_ELIDED_SKIPPED = re.compile(r"^(?:n|s|d)['’](?=\w)", re.I)
_INFINITIVE_END = re.compile(r"(?:er|ir|ïr|re|oir)$", re.I)
_GREETINGS = frozenset(("bonsoir",))  # nouns that end like an infinitive and open a message


def _may_start_with_infinitive(head: str) -> bool:
    """Cheap test run before spaCy: French infinitives end in -er, -ir, -re or -oir, so a text
    whose first word (after "ne", "pas", "se", "s'", "y"...) does not cannot start with one."""
    for word in head.split():
        word = word.strip("«»\"'“”‘’()[]…:;,.!?–—-•*")
        if not word:
            continue
        elided = _ELIDED_SKIPPED.match(word)
        if elided:
            word = word[elided.end():]
        elif "'" in word or "’" in word:
            return False  # "l'analyse", "d'abord", "qu'il": an article, a preposition, a conjunction
        if word.lower() in _SKIPPED:
            continue
        if word.lower() in _GREETINGS:
            return False  # « Bonsoir à tous, »: a greeting, not « -oir » verb
        return bool(_INFINITIVE_END.search(word))
    return False


def _starts_with_infinitive(doc) -> bool:
    """spaCy's test on the first word, past the same words as :func:`_may_start_with_infinitive`
    (the tokenizer gives elisions as tokens of their own: "n'", "s'", "d'")."""
    for tok in doc:
        low = tok.text.lower()
        if tok.is_punct or low in _SKIPPED or _ELIDED_SKIPPED.match(low + "x"):
            continue
        return tok.pos_ in ("VERB", "AUX") and "Inf" in tok.morph.get("VerbForm")
    return False


# Label nouns that name a work stream rather than one action (« Chantier 1 », « Engagement 2 »,
# « Opération 3 »): over at least two actions of its own, such a unit is a level above them.
# « Action », « Mesure » and « Fiche » name one action, even with tasks listed under it.
_GROUPING_LABELS = {"chantier", "engagement", "operation"}


# --- candidates -----------------------------------------------------------------------------


@dataclass
class _Unit:
    kind: str
    text: str
    start: int
    end: int
    page: Optional[int]
    label: str = ""
    heading: Optional[str] = None  # None: the current section path
    parent: str = ""  # key of the parent _Unit
    role: str = ""
    key: int = 0
    needs: str = ""  # "" = kind fixed; "inf" = keep only if it starts with an infinitive
    fallback: str = ""  # kind when the infinitive test passes
    weak: bool = False  # a prose sentence phrased only as an impersonal necessity ("il faut")
    soft: bool = False  # kind from no lead-in, label or section: the document's default
    series: tuple = ()  # (list number, depth, marker class) of a list item: its siblings
    summary: tuple = ()  # (table, number in its row) of a cell of a table with a numbers column
    detail: list = field(default_factory=list)  # the paragraphs explaining it (a unit given as a heading)
    numbered_title: bool = False  # a numbered heading read as a unit by its infinitive ("a.6 Acter …")
    state: str = ""  # what the document says of the action's fate (« Non retenue », « Reportée »)
    answers: str = ""  # the numbers of the demands the document says it answers (« 101 104 »)
    sent: int = 1  # how many times a consultation's record was sent in these words
    statement: int = -1  # where the sentence starts, for demands coordinated in one sentence (see _demand_parts)


@dataclass
class _State:
    headings: list[tuple[int, str]] = field(default_factory=list)
    hint: Optional[str] = ""  # kind announced for the current section ("" unknown, None none)
    hint_level: int = 99
    leadin: Optional[str] = ""  # kind announced by a lead-in for the following items
    leadin_active: bool = False
    leadin_paragraphs: bool = False  # short title-like lead-ins also cover paragraphs
    leadin_label: str = ""  # the label of a labelled lead-in ("Préconisation 3 : Le conseil recommande :")
    parent: Optional[_Unit] = None
    parent_level: int = 99
    parent_heading: bool = False  # the parent unit is a heading (its section explains it)
    parents: list = field(default_factory=list)  # enclosing (level, unit, is_heading) of the parent
    # the level of a section where others speak (« Expression des groupes », « Tribunes » of a
    # bulletin: the council's groups), 0 outside one: what they write is none of the document's units
    others: int = 0
    # the labelled action of the last list item or paragraph (« Action 2.1 – … » numbered by
    # Word): the paragraphs and the field table after it, until the next unit or heading, are
    # about it, not about the heading's unit above
    last_action: Optional["_Unit"] = None

    def set_parent(self, unit: "_Unit", level: int, heading: bool) -> None:
        """A heading unit becomes the parent of what follows; the enclosing one is kept."""
        if self.parent is not None:
            self.parents.append((self.parent_level, self.parent, self.parent_heading))
        self.parent, self.parent_level, self.parent_heading = unit, level, heading

    def close_parents(self, level: int) -> None:
        """A heading of ``level`` closes the parents opened at that level or deeper."""
        while self.parent is not None and level <= self.parent_level:
            if self.parents:
                self.parent_level, self.parent, self.parent_heading = self.parents.pop()
            else:
                self.parent, self.parent_level, self.parent_heading = None, 99, False
    numbered_heading: Optional[tuple[int, Block, int]] = None  # (level, block, units before it)
    # the label of a numbered question whose line names who asks (« Question n°3 de Mme Durand : »):
    # the units after it, until the next label or heading, are that question's
    asked: str = ""
    # (label, numbers) of the line saying which questions what follows answers (« Réponse du Maire
    # à la question n°3 : »): the units after it, until the next heading, answer them
    answering: tuple[str, str] = ("", "")
    pending: Optional[tuple[str, str, Block]] = None  # a label written alone, waiting for its text
    body: Optional[tuple] = None  # (a labelled title line's unit, the paragraph after it: its body)
    # open list items of the current list: (marker class, depth, unit key or 0, ends with ":",
    # depth given by the extractor)
    items: list = field(default_factory=list)

    def path(self, extra: str = "") -> str:
        parts = [t for _, t in self.headings] + ([extra] if extra else [])
        return " > ".join(parts)


# What a document's title says it is, when no manifest does: an opinion or a consultation
# (its units are demands) or a strategy (its units are actions). "Avis sur la stratégie
# numérique" is an opinion: the opinion words win.
_OPINION_TITLE = re.compile(
    r"\b(?:avis|contributions?|cahiers?|dol[ée]ances|pr[ée]conisations|recommandations|propositions"
    r"|consultation|concertation|saisine|motion|v[œo]ux|plaidoyer|manifeste|budgets? participatifs?"
    # a group's or a resident's public stand on the plan it names (« Tribune – « Schéma
    # numérique : la majorité doit revoir sa copie » », « Lettre ouverte sur le plan … »)
    r"|tribune|lettre ouverte|p[ée]tition"
    r"|id[ée]es? (?:des|d['’])\s*(?:habitants|citoyens|usagers)"
    # a citizens' council or gathering
    r"|conseils? de d[ée]veloppement|assises|(?:panel|jury|convention)s? citoyen(?:ne)?s?"
    r"|(?:ateliers?|soir[ée]es?|r[ée]unions?|forums?|d[ée]bats?|rencontres?)\s+(?:participati(?:f|ve)s?|publi(?:c|que)s?"
    r"|citoyen(?:ne)?s?|tous publics|ouverte?s?)"
    # a document about the making of a plan gathers what people propose for it ("dans
    # l'élaboration de sa stratégie numérique")
    r"|(?:[ée]laboration|pr[ée]paration|construction|co-?construction)\s+(?:de|du|d['’]|des)\s*"
    r"(?:la\s+|sa\s+|leur\s+|notre\s+|votre\s+|cette\s+|son\s+|ses\s+)?(?:future?\s+|prochaine?\s+|nouvelle?\s+)?"
    r"(?:strat[ée]gie|sch[ée]ma|plan|feuille de route|programme|politique))\b",
    re.I,
)
# the name of a plan with its complement ("Stratégie numérique de territoire", "Plan
# d'actions"), not a section name such as "Stratégie et gouvernance"
_STRATEGY_TITLE = re.compile(
    r"\b(?:strat[ée]gie|sch[ée]ma|plan|feuille de route|programme|programmation|pacte|contrat"
    r"|agenda|politique)\s+(?!(?:et|ou)\b)(?:d['’]|[^\W\d_])",
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
    r"|\br[ée]ponses? (?:de la|du|des|de l['’]|d['’])\s*(?:commune|ville|municipalit[ée]|collectivit[ée]|d[ée]partement"
    r"|r[ée]gion|m[ée]tropole|communaut[ée]|agglom[ée]ration|intercommunalit[ée]|ma[îi]tre d['’]ouvrage|[ée]lus?"
    r"|pr[ée]fe\w*|[ée]tat|conseil (?:municipal|d[ée]partemental|r[ée]gional|communautaire|syndical))\b"
    # a letter answering the ones it received (« Objet : Réponse à vos courriers du … », « Réponse
    # à votre avis », « Réponse à la pétition … »): the authority writes what it will do
    r"|\br[ée]ponses?\s+(?:à\s+(?:vos|votre|la|l['’])|aux)\s*(?:(?:diff[ée]rent(?:e)?s|nombreu(?:x|ses)|derni(?:er|[èe]re)s?"
    r"|r[ée]cent(?:e)?s?)\s+)?(?:courriers?|lettres?|courriels?|messages?|mails?|avis|questions?|demandes?|doléances"
    r"|interpellations?|sollicitations?|observations?|remarques?|requ[êe]tes?|r[ée]clamations?|p[ée]titions?"
    r"|contributions?|propositions?|recommandations?|vœux|voeux|motions?)\b",
    re.I,
)
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


def title_prior(title: str) -> str:
    """The kind of units a document's title announces: "recommendation" for an opinion or a
    consultation, "action" for a strategy or a plan or an authority's answer to a
    consultation, "" when it says neither."""
    if _ANSWER_TITLE.search(title) or (_RESULTS_TITLE.search(title) and not _DELIBERATION_TITLE.search(title)):
        return "action"
    if _OPINION_TITLE.search(title) and (not _DELIBERATION_TITLE.search(title) or _COUNCIL_OPINION.search(title)):
        return "recommendation"
    if _STRATEGY_TITLE.search(title):
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
    shorts = [b.text for b in doc.blocks[:4] if len(b.text.split()) <= 12]
    if title_prior(" ".join([title] + shorts)) == "recommendation":
        return "recommendation"
    if title_prior(title) == "action":
        return "action"
    if not title_prior(title):
        # a deliberation or a letter says what it is about on its first page (« Objet :
        # Approbation du programme numérique communautaire »): its title, when it has no other
        prior = title_prior(_object_line(doc))
        if prior:
            return prior
        # a letter answering letters (« Objet : Réponse à vos courriers … »), whose subject line
        # may come after a long letterhead
        if _ANSWER_TITLE.search(_object_line(doc, OBJECT_BLOCKS)):
            return "action"
    # a page whose title says something else ("la réponse de la municipalité") and whose first
    # sections name the plan ("## Le plan d'actions « Ville numérique 2025-2028 »"), whatever
    # its introduction tells of the consultation it answers
    if doc.meta.kind != "minutes" and any(
            title_prior(b.text) == "action" for b in doc.blocks[:TOP_BLOCKS] if b.kind == "heading" and b.level <= 2):
        return "action"
    opening = " ".join([doc.title] + [b.text for b in doc.blocks[:4]])[:800]
    if title_prior(opening) == "recommendation":
        return "recommendation"
    # a cover page may push the title down: the short lines of the first page
    cover = [b.text for b in doc.blocks[:12] if len(b.text.split()) <= 12 and (b.page or 1) <= 1
             # a bulletin's « Tribune libre » is a section of its own, not what the document is
             and not (b.kind == "heading" and b is not doc.blocks[0] and _OTHER_VOICES.fullmatch(_collapse(b.text)))]
    if title_prior(" ".join(cover)) == "recommendation":
        return "recommendation"
    # minutes quote both what is asked and what is planned: their labels do not say which
    return label_prior(doc) if doc.meta.kind != "minutes" else ""


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
    first headings or its « Objet : » line say so."""
    texts = [doc.title, _object_line(doc, OBJECT_BLOCKS)] + [b.text[:120] for b in doc.blocks[:TOP_BLOCKS] if b.kind == "heading"]
    return any(_ANSWER_TITLE.search(re.sub(r"[-_]+", " ", t)) for t in texts if t)


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


# A lead-in that says its items follow (« les engagements suivants pour … : », « ci-après : »)
_ANNOUNCES_ITEMS = re.compile(r"\b(?:suivant(?:e|s|es)?|ci-apr[èe]s|ci-dessous)\b", re.I)


_ARTICLES = frozenset(("un", "une", "des", "plus", "davantage"))  # what a proposal asks for: « Une appli … »
# what opens a noun phrase that names what is asked (« une vitrine commune », « l'ouverture de… »)
_NOUN_PHRASE_START = _ARTICLES | _DETERMINERS | {"de", "chaque", "plusieurs", "moins", "deux", "trois"}


_TOPIC_WORDS = 5  # longest title naming a topic by a verb alone (« Se déplacer sans voiture »)
_GENERAL_DETERMINERS = _DETERMINERS | {"ce", "cet", "chaque", "tout", "toute", "tous", "toutes", "plusieurs",
                                       "mon", "ton", "ta", "tes", "aucun", "aucune", "quelques", "deux", "trois",
                                       "quatre", "cinq", "six", "dix", "cent", "mille"}
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


class _Segmenter:
    def __init__(self, doc: Document, settings: Settings):
        self.doc = doc
        self.settings = settings
        self.prior = document_prior(doc)
        # the notes of a workshop: its title says so, or its opening speaks of post-its
        first_heading = next((b.text for b in doc.blocks[:TOP_BLOCKS] if b.kind == "heading"), "")
        self.ideas = self.prior == "recommendation" and bool(
            _IDEAS_TITLE.search(f"{doc.title} {first_heading}") or _IDEAS_WORDS.search(
                " ".join(b.text for b in doc.blocks[:TOP_BLOCKS] if b.kind in ("heading", "paragraph"))))
        self.units: list[_Unit] = []
        self.lang = _Language(settings)
        self.state = _State()
        self.lists = 0  # lists seen so far (numbers the series of sibling items)
        # a deliberation ("… après en avoir délibéré, DÉCIDE :"): its "Article 1 :" are decisions;
        # elsewhere an "Article 3 :" cites a law
        self.deliberation = any(_DECIDES.search(b.text) for b in doc.blocks if len(b.text) < 600)
        # the short codes of the document's own series ("A1 – …" to "A19 – …"): labels when they
        # open a heading, a paragraph or a list item
        self.codes = _code_series(doc)
        # the texts of a consultation's records so far -> (their unit, its own label)
        self.records: dict[str, tuple[_Unit, str]] = {}
        # an authority's answer to the letters it received (« Objet : Réponse à vos courriers »):
        # whatever it says it will do is a commitment
        self.answer = self.prior == "action" and _answers(doc)
        # the projects an authority retained after a vote (« Budget participatif 2026 : les 15
        # projets retenus »): its numbered headings are projects (see on_heading)
        self.results = self.prior == "action" and _results(doc)
        self.record_axis: tuple[str, Optional[_Unit]] = ("", None)  # a plan's current axis and its unit
        # a plan's rows by id, and the rows waiting for their project's row (« parent/id » naming
        # a row further down): id -> units
        self.record_ids: dict[str, _Unit] = {}
        self.record_orphans: dict[str, list[_Unit]] = {}
        # a forum thread (its posts marked by the reader, see new_turn)
        self.thread = any((b.fields or {}).get("post") for b in doc.blocks if b.kind != "record")

    # --- helpers
    def add(self, unit: _Unit) -> _Unit:
        unit.key = len(self.units) + 1
        st = self.state
        if st.leadin_label and st.leadin_active and not unit.label[:1].isalpha():
            unit.label = st.leadin_label
        if st.asked and not unit.label:
            unit.label = st.asked
        if st.answering[0]:
            unit.label = unit.label or st.answering[0]
            unit.answers = unit.answers or st.answering[1]
        if unit.heading is None:
            unit.heading = self.state.path()
        if not unit.parent and self.state.parent is not None and self.state.parent is not unit:
            unit.parent = str(self.state.parent.key)
        self.units.append(unit)
        return unit

    def default_kind(self) -> str:
        if self.state.parent is not None and self.state.parent.kind in ("recommendation", "action"):
            return self.state.parent.kind
        return self.prior or "recommendation"

    def item_kind(self, hint: Optional[str]) -> str:
        if hint in ("recommendation", "action"):
            if self.prior == "recommendation":
                return "recommendation"
            return hint
        return hint or self.default_kind()

    # --- main loop
    def run(self) -> list[_Unit]:
        blocks = self.doc.blocks
        # one spaCy batch for the starts of all blocks (most infinitive tests look at them)
        self.lang.prepare(b.text for b in blocks if b.kind in ("paragraph", "list_item", "table_cell"))
        i = 0
        while i < len(blocks):
            block = blocks[i]
            remark = _REMARK.match(block.text) if block.kind in ("paragraph", "list_item") else None
            if remark:
                # « [Yves] pas urgent »: a participant's remark, a unit only when it asks
                # for something (the list around it goes on when it is none); her name is not its text
                rest = block.text[remark.end():]
                if not self.asks(rest):
                    i += 1
                    continue
                block = replace(block, text=rest, start=block.start + remark.end())
            if block.kind != "list_item" and not _goes_on_item(block):
                self.state.items = []
                self.state.leadin_label = ""
            if block.kind == "list_item" and self.state.items and _REPEATS_ABOVE.search(block.text):
                i += 1  # « … (doublon, déjà noté) »: typed again, the item above is its unit
                continue
            if block.kind != "record" and (block.fields or {}).get("post"):
                self.new_turn()
            if block.kind == "heading":
                self.on_heading(block, blocks[i + 1] if i + 1 < len(blocks) else None)
            elif self.state.others:
                pass  # the groups' texts in a bulletin (see on_heading)
            elif block.kind == "record":
                self.on_record(block)
            elif block.table is not None:
                before, action = len(self.units), self.state.last_action
                i = self.on_table(blocks, i)
                if action is not None and any(u.parent != str(action.key) for u in self.units[before:]):
                    self.state.last_action = None  # a table of other units
                continue
            elif block.kind == "list_item":
                joined = self.completed_item(blocks, i)
                if joined is not None:
                    block, i = joined
                    self.on_list_item(block)
                    continue
                self.on_list_item(block)
            else:
                before = len(self.units)
                self.on_paragraph(block, blocks[i + 1] if i + 1 < len(blocks) else None)
                if len(self.units) > before:
                    self.labelled_action(self.units[before:])
                if block.fields and block.fields.get("id"):
                    # a survey's remark beside its row (« Commentaire libre »): its units are
                    # traced to the row, « réponse 5 »
                    for unit in self.units[before:]:
                        unit.label = unit.label or str(block.fields["id"])
            i += 1
        self.resolve()
        return self.units

    def asks(self, text: str) -> bool:
        """Whether a participant's remark asks for something: opened by an infinitive or a
        wish « que … », a demand word (« il faudrait », « propose »), a suggestion or a question;
        « pas urgent », « rappel : … » only judge or remind."""
        return bool(self.lang.infinitive(text) or _REMARK_ASKS.search(text) or _suggests(text)
                    or text.rstrip().endswith("?"))

    def finite_verb(self, text: str) -> bool:
        """Whether spaCy finds a conjugated verb in ``text``."""
        return any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in self.lang.tagged(text))

    def new_turn(self) -> None:
        """A forum post opens (a new turn of the conversation, see
        :func:`nlp_stn.extract.html.find_threads`): what the previous one announced (« Trois
        pistes : » over its paragraphs), its list and a label waiting for its text end there."""
        st = self.state
        st.leadin, st.leadin_active, st.leadin_paragraphs, st.leadin_label = "", False, False, ""
        st.items, st.pending, st.body, st.last_action = [], None, None, None

    def on_heading(self, block: Block, following: Optional[Block]) -> None:
        st = self.state
        if not re.search(r"[^\W\d_]{2}", block.text):
            return  # a decorative letter or number ("a", "3"): not a section title
        if _OFFICE.fullmatch(_collapse(block.text)) or _SALUTATION.fullmatch(_collapse(block.text)):
            # « Le Maire » in a letterhead, « Monsieur le Maire » opening a letter: who writes or
            # to whom, not a section over the letter
            return
        level = _numbered_level(block.text, block.level or 1, st.headings)
        while st.headings and st.headings[-1][0] >= level:
            st.headings.pop()
        marker, rest = split_marker(block.text)
        label, kind, label_rest = self.parse_label(block.text)
        st.asked, st.answering = "", self.answered(block.text)[0]
        if label and self.asked_by(block.text, label_rest):
            st.asked = label  # « Question n°3 de Mme Durand : » as a heading: it labels what follows
            label, kind, label_rest = "", "", block.text
        st.leadin_active = False
        st.last_action = None
        previous = st.parent if st.parent_heading else None
        st.close_parents(level)
        if level <= st.hint_level:
            st.hint, st.hint_level = "", 99
        if st.others and level <= st.others:
            st.others = 0
        if (_OTHER_VOICES.fullmatch(_collapse(block.text)) and block is not self.doc.blocks[0]
                and _collapse(block.text) != _collapse(self.doc.title)):
            # « Expression des groupes », « Tribune libre » in a bulletin: the groups of the council
            # speak there, neither the authority nor the authors of the document
            st.others = level
        if label and not _LABEL.sub("", block.text, count=1).strip():
            st.pending = (label, kind, block)  # "#### Recommandation n° 30": the text follows
            return
        outer = st.path()
        st.headings.append((level, block.text))
        continued = _CONTINUED.fullmatch(label_rest) or _CONTINUED_PART.match(label_rest)
        earlier = next((u for u in reversed(self.units) if u.label == label and u.kind == kind), None) if label else None
        if label and (continued or (earlier is not None and _KIND_ONLY.fullmatch(label_rest))):
            # "Axe 2 – suite" over the rest of a section cut by a page or a slide, « Axe 1
            # (suite) – Couverture », « Axe 1 – Les actions » after « Axe 1 – Un tourisme … »:
            # the same unit goes on, none is new
            if earlier is not None:
                st.set_parent(earlier, level, True)
            return
        if (not label and previous is not None and previous.kind == "objective"
                and _MORE_OF_THE_SAME.search(block.text)):
            # « Les jeunes : aussi » after the slides of an axis: the axis goes on (its items
            # are read as under its title)
            st.set_parent(previous, level, True)
            return
        if label:
            # the label goes to its column, the title keeps its words ("Axe 2 – Un éclairage
            # public sobre" -> label "Axe 2", text "Un éclairage public sobre")
            rest_start = len(block.text) - len(label_rest) if label_rest.strip() else 0
            unit = self.add(_Unit(kind=kind, text=_collapse(block.text[rest_start:]), start=block.start + rest_start,
                                  end=block.end, page=block.page, label=label, heading=outer))
            st.set_parent(unit, level, True)
            return
        number = _HEADING_NUMBER.match(block.text)
        if number and self.lang.title_infinitive(block.text[number.end():]):
            # "a.6 Acter la démarche dans une charte": a numbered recommendation or action
            rest_start = number.end()
            hint = st.hint if st.hint in ("recommendation", "action") else None
            unit = self.add(_Unit(kind=self.item_kind(hint), text=_collapse(block.text[rest_start:]),
                                  start=block.start + rest_start, end=block.end, page=block.page,
                                  label=number.group(1), heading=outer, numbered_title=True))
            unit.parent = ""
            st.set_parent(unit, level, True)
            return
        if number and (self.prior == "action" or st.hint == "action"):
            title = _NUMBER_DASH.sub("", block.text[number.end():])
            if (title and len(title.split()) <= MAX_ACTION_TITLE_WORDS and not title.rstrip().endswith((":", "?"))
                    and not _GENERIC_SECTION.match(title)):
                # "### 1.1 Capteurs de qualité de l'air" over its paragraph, in a plan: a title
                # numbered below the chapters names an action, even as a noun phrase ("Jalonnement
                # dynamique des parkings"); its paragraph is its description. One holding
                # "1.1.1 …" titles is an objective (see resolve)
                rest_start = len(block.text) - len(title)
                unit = self.add(_Unit(kind="action", text=_collapse(title), start=block.start + rest_start,
                                      end=block.end, page=block.page, label=number.group(1), heading=outer))
                unit.parent = ""
                st.set_parent(unit, level, True)
                return
        single = _SINGLE_NUMBER.match(block.text) if self.results else None
        if single and following is not None and following.kind == "paragraph":
            title = block.text[single.end():]
            if (len(title.split()) <= MAX_ACTION_TITLE_WORDS and not title.rstrip().endswith((":", "?"))
                    and not _GENERIC_SECTION.match(title)):
                # « 7. Le wifi gratuit au parc » over its paragraph, in the list of the projects
                # an authority retained: one project, the heading its title (its number its
                # label), the paragraph its description, as a card is
                rest_start = len(block.text) - len(title)
                unit = self.add(_Unit(kind="action", text=_collapse(title), start=block.start + rest_start,
                                      end=block.end, page=block.page, label=single.group(1), heading=outer))
                unit.parent = ""
                st.set_parent(unit, level, True)
                return
        if (not marker and (st.hint in ("recommendation", "action") or self.prior == "recommendation")
                and len(block.text.split()) <= 20 and not block.text.rstrip().endswith(":")
                and self.lang.infinitive(block.text)):
            # "Garantir un accès de qualité partout" as the title of its explanation, in a
            # section of proposals or in an opinion: a recommendation (or an action)
            hint = st.hint if st.hint in ("recommendation", "action") else None
            unit = self.add(_Unit(kind=self.item_kind(hint), text=_collapse(block.text), start=block.start,
                                  end=block.end, page=block.page, heading=outer))
            st.set_parent(unit, level, True)
            return
        if self.answer and block.level <= 1 and (
                block is self.doc.blocks[0] or _collapse(block.text) == _collapse(self.doc.title)):
            # the title of an authority's answer names the document (« Décision du porteur de projet
            # après la concertation »), not a section of decisions: its measures are
            # actions, its refusals decisions
            return
        # a section title announces a kind by its head words ("Décisions", "Exemples d'actions"),
        # not by a word at its end ("Éléments de contexte, déroulement et décisions")
        title = rest if marker else block.text
        kicker = _KICKER.match(title)
        if kicker:
            title = kicker.group(1)
        words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", title)
        hint = classify_leadin(" ".join(words[:3]), self.prior)
        if hint == "" and classify_leadin(" ".join(words[:4]), self.prior) is None:
            hint = None  # « Ce que cela change »: what follows is no units (outcomes)
        clause = _WHAT_CLAUSE.search(title)
        if hint == "" and clause:
            # « Ce que les habitants proposent », « Forum 2030 : ce que vous nous avez
            # demandé »: a title naming what someone says by a clause, its verb after its subject
            hint = classify_leadin(" ".join(clause.group(1).split()[:MAX_CLAUSE_WORDS]), self.prior)
        if hint != "":
            st.hint, st.hint_level = hint, level
            if (hint in ("action", "indicator") and st.numbered_heading and st.parent is None
                    and st.numbered_heading[2] == len(self.units)):
                # only when the section goes straight to its actions: a section whose text
                # already gave units is a chapter, not an objective
                self.promote_objective()
        if marker and marker[0].isdigit():
            st.numbered_heading = (level, block, len(self.units))

    def promote_objective(self) -> None:
        """A numbered heading whose section lists actions or indicators is an objective."""
        st = self.state
        level, block, _ = st.numbered_heading
        marker, rest = split_marker(block.text)
        heading = " > ".join(t for lv, t in st.headings if lv < level)
        unit = self.add(_Unit(kind="objective", text=_collapse(rest), start=block.start + block.text.index(rest),
                              end=block.end, page=block.page, label=marker, heading=heading))
        unit.parent = ""
        st.set_parent(unit, level, True)
        st.numbered_heading = None

    def on_record(self, block: Block) -> None:
        fields = block.fields or {}
        # a row of a plan says its kind ("action", or "indicator" for the action above it)
        kind = fields.get("kind") or (self.prior if self.prior else "recommendation")
        text = "\n".join(_collapse(line) for line in block.text.split("\n") if line.strip())
        same = " ".join(text.casefold().split())
        if not fields.get("kind") and same in self.records:
            # a contribution sent again in the same words (spaces and case apart) asks nothing
            # more: one unit, whose label says how many times it was sent (« 3930 – envoyée 12
            # fois à l'identique »); a plan's rows are its own, each one counts
            first, label = self.records[same]
            first.sent += 1
            first.label = " – ".join(p for p in (label, f"envoyée {first.sent} fois à l'identique") if p)
            return
        title = _collapse(str(fields.get("title") or ""))
        body = text[len(title):] if title and text.startswith(title) else text
        if (kind == "recommendation" and not fields.get("kind") and _only_asks(body) and not _DEMAND_CUE.search(text)
                and (not title or title.endswith("?") or (len(title.split()) <= 3 and not self.lang.infinitive(title)))):
            # an observation that only asks (« Qui va payer tout ça ? Quel est le coût total … ? »),
            # under no title or a topic (« Évaluation »), not a proposal's title (« Réformer … »)
            kind = "question"
        parent = ""
        if kind == "indicator" and self.units and self.units[-1].kind == "action":
            parent = str(self.units[-1].key)
        category = _collapse(str(fields.get("category") or ""))
        project = str(fields.get("parent") or "")
        if project:
            # a result under its project's row (« parent/id »): that row's unit is its parent,
            # even when the project's title reads as an axis (« Axe 1 - … »: one objective, not a
            # second one made from the title)
            if project in self.record_ids:
                parent = str(self.record_ids[project].key)
        elif kind == "action" and category:
            if category != self.record_axis[0]:
                # a plan's axis labelled as one (« Axe 1 – Un territoire connecté ») is an
                # objective, the parent of its actions, as the same row spanning a table
                label, label_kind, rest = self.parse_label(category, codes=False)
                axis = None
                if label and label_kind == "objective" and rest.strip():
                    axis = self.add(_Unit(kind="objective", text=_collapse(rest), start=block.start,
                                          end=block.start, page=block.page, label=label, heading=""))
                self.record_axis = (category, axis)
            if self.record_axis[1] is not None:
                parent = str(self.record_axis[1].key)
        unit = self.add(_Unit(kind=kind, text=text, start=block.start, end=block.end, page=block.page,
                              label=str(fields.get("id", "")), heading=str(fields.get("category", "")),
                              parent=parent, state=str(fields.get("state", "")) if kind in ("action", "recommendation") else "",
                              answers=str(fields.get("answers", "")) if kind == "action" else ""))
        if project and not parent:
            self.record_orphans.setdefault(project, []).append(unit)
        if fields.get("kind") and fields.get("id"):
            self.record_ids.setdefault(str(fields["id"]), unit)
            for child in self.record_orphans.pop(str(fields["id"]), ()):
                child.parent = str(unit.key)
        if not fields.get("kind"):
            self.records[same] = (unit, unit.label)

    # --- labelled blocks
    def parse_label(self, text: str, codes: bool = True) -> tuple[str, str, str]:
        """:func:`parse_label` in this document: "Article 1er :" labels a decision in a
        deliberation only; elsewhere it cites a law or a charter ("Article 3 : Champ
        d'application") and is no label. With ``codes`` (``text`` opens a heading, a paragraph
        or a list item), a short code of one of the document's series is a label too ("A3 –
        Maintien de la ligne…"); one whose letters say no kind ("C2 –") takes the kind of the
        document's items."""
        label, kind, rest = parse_label(text, self.codes if codes else frozenset())
        if label.startswith("Article") and not self.deliberation:
            return "", "", text
        if label and not kind:
            kind = self.prior or "recommendation"
        return label, kind, rest

    def asked_by(self, text: str, rest: str) -> bool:
        """Whether ``text``, opened by a label, only names who asks what follows (« Question n°3 de
        Mme Durand, groupe Agir : », see _ASKED_BY): no separator after the label's number."""
        if not _ASKED_BY.match(rest):
            return False
        m = _LABEL.match(text)
        return m is not None and not (m.group("sep") or "").strip()

    @staticmethod
    def answered(text: str) -> tuple[tuple[str, str], Optional[int]]:
        """((label, numbers), where the answer starts) when ``text`` says which numbered
        questions what follows answers (« Réponse du Maire à la question n°3 : » ->
        (("Réponse à la question n° 3", "3"), len(text))), the answer being the words after its
        colon; (("", ""), None) otherwise."""
        m = _ANSWER_TO.match(text)
        if not m:
            return ("", ""), None
        numbers = re.findall(r"\d+", m.group("nums"))
        label = (f"Réponse à la question n° {numbers[0]}" if len(numbers) == 1
                 else "Réponse aux questions n° " + ", ".join(numbers))
        return (label, " ".join(numbers)), (m.start("rest") if m.group("rest") else len(text))

    def labelled(self, block: Block, following: Optional[Block] = None) -> bool:
        label, kind, rest = self.parse_label(block.text)
        if label:
            self.state.asked = ""
        if label and self.asked_by(block.text, rest):
            # « Question n°3 de Mme Durand, groupe Agir : » over the question's context and the
            # question: the label numbers the units that follow, its author is no text
            self.state.asked = label
            return True
        if label and not rest.strip() and block.kind == "paragraph":
            self.state.pending = (label, kind, block)
            return True
        if not label or not rest.strip():
            return False
        if (block.kind == "paragraph" and rest.rstrip().endswith(":") and following is not None
                and following.kind == "list_item" and (not self.lang.infinitive(rest) or _ANNOUNCES_ITEMS.search(rest))):
            # "Préconisation 3 : Le Conseil recommande de :" or "Article 2 : de prendre les
            # engagements suivants :" over a list: the lead-in is no unit itself; its items
            # are, and carry its label
            st = self.state
            announced = classify_leadin(rest, self.prior)
            st.leadin = announced if announced else kind
            st.leadin_active, st.leadin_paragraphs = True, False
            st.leadin_label = label
            return True
        offset = block.start + len(block.text) - len(rest)
        first = _sentences(rest)[0]
        parts = [(first[0] + o, part) for o, part in _demand_parts(first[1])]
        statement = offset if len(parts) > 1 else -1
        for o, part in parts[:-1]:
            # « Recommandation 5 : Le conseil souhaite que … et demande aussi que … »: one
            # unit per demand, under the same label
            self.add(_Unit(kind=kind, text=_collapse(part), start=offset + o, end=offset + o + len(part),
                           page=block.page, label=label, statement=statement))
        rest, offset = rest[parts[-1][0]:], offset + parts[-1][0]
        state = ""
        sentences = _sentences(rest)
        if kind == "action" and len(sentences) > 1 and _word_count(sentences[0][1]) <= STATE_WORDS - 1:
            lead = _collapse(sentences[0][1]).rstrip(".")
            if status_cap(lead) != STATUS_ADDRESSED:
                # « Action 5 : Reportée. Rénover la passerelle … »: the fate of the action
                # stated before it
                state = lead
                rest, offset = rest[sentences[1][0]:], offset + sentences[1][0]
        unit = self.add(_Unit(kind=kind, text=_collapse(rest), start=offset, end=block.end, page=block.page, label=label,
                              statement=statement, state=state))
        if block.kind == "paragraph":
            self.state.leadin_active = False
            if (kind == "action" and self.prior != "recommendation" and len(sentences) == 1
                    and _word_count(rest) <= MAX_ACTION_TITLE_WORDS and not re.search(r"[.!?:;…]\W*$", rest)
                    and following is not None and following.kind == "paragraph"
                    and not following.text.rstrip().endswith(":") and not self.parse_label(following.text)[0]):
                # « Mesure 2 : parkings relais » over its paragraph: a title,
                # the paragraph describes it (see on_paragraph)
                self.state.body = (unit, following)
        return bool(unit)

    # --- list items
    def on_list_item(self, block: Block) -> None:
        st = self.state
        st.pending = None
        inner = _INNER_NUMBER.match(block.text) if not block.marker[:1].isalnum() else None
        if inner:
            # "• 1.2 Panneaux à messages variables": a bulleted item numbered in its text (slides,
            # designed pages) is numbered as if by its marker
            block = replace(block, marker=inner.group(1), text=block.text[inner.end():],
                            start=block.start + inner.end())
        if not st.items:
            self.lists += 1  # the first item of a new list
        depth = self.list_depth(block)
        enclosing = next((entry for entry in reversed(st.items) if entry[1] < depth), None)
        st.items = [entry for entry in st.items if entry[1] < depth]
        before = len(self.units)
        above = self.unit_of(enclosing[2]) if enclosing is not None and enclosing[2] else None
        if (depth > 0 and above is not None and above.kind == "action" and not block.marker[:1].isalnum()
                and (above.label or self.lang.infinitive(above.text)) and not self.parse_label(block.text)[0]
                and not block.text.rstrip().endswith((":", "?")) and not self.lang.infinitive(block.text)):
            # a bulleted sub-item of an action (labelled, or stated by its verb) that names no
            # action itself (« Action 1.2 – Plateforme d'information » / « • Enneigement,
            # ouverture des routes et des cols »): it describes the action, or gives its
            # indicator (« • Indicateur : nombre de sites »). Numbered sub-items are items of
            # their own, and a few words over them may name their group (see resolve)
            if not self.colon_list(block):
                _describe(above, block.text)
        else:
            self.list_item(block, depth, enclosing)
            self.labelled_action(self.units[before:])
        new = self.units[before:]
        for unit in new:
            unit.series = (self.lists, depth, _marker_class(block.marker))
        if enclosing is not None and enclosing[2]:
            for unit in new:  # a sub-item is a detail of the item above it
                unit.parent = str(enclosing[2])
        st.items.append((_marker_class(block.marker), depth, new[0].key if len(new) == 1 else 0,
                         block.text.rstrip().endswith(":"), block.level))

    def labelled_action(self, new: Sequence[_Unit]) -> None:
        """Keep the unit of a list item or paragraph as the one its following text is about
        when it is a labelled action; any other unit ends that (see _State.last_action)."""
        self.state.last_action = new[0] if len(new) == 1 and new[0].kind == "action" and new[0].label else None

    def unit_of(self, key: int) -> Optional[_Unit]:
        """The unit of a key (the last ones first: the key of an item above is recent)."""
        return next((u for u in reversed(self.units) if u.key == key), None)

    def completed_item(self, blocks: Sequence[Block], i: int) -> Optional[tuple[Block, int]]:
        """An item ending with ":" over sub-items that complete its phrase (« - Des navettes vers
        la gare : » then « - tôt le matin, » « - avec un arrêt dans chaque hameau, » « - pour
        un prix modique. »): one item of their joined text, as the items of a table cell are joined, and the
        index after them. The sub-items are fragments: each opened in lower case by a
        preposition, an adverb or a relative pronoun, not by an infinitive (« de créer… » is an
        item of its own), all but the last ended by « , » or « ; ». Not under a lead-in that
        announces items (« Le conseil propose : »)."""
        block = blocks[i]
        text = block.text.rstrip()
        if not text.endswith(":") or _INLINE_SEPARATOR.search(text) or classify_leadin(text, self.prior) != "":
            return None
        subs = []
        j = i + 1
        while (j < len(blocks) and blocks[j].kind == "list_item" and blocks[j].table is None
               and blocks[j].level > block.level):
            subs.append(blocks[j])
            j += 1
        if not subs or any(sub.level != subs[0].level for sub in subs):
            return None
        for n, sub in enumerate(subs):
            part = sub.text.strip()
            if not part[:1].islower() or _first_word(part) not in _COMPLEMENT_WORDS or part.endswith((":", "?")):
                return None
            if n < len(subs) - 1 and not part.endswith((",", ";")):
                return None
        self.lang.prepare([sub.text for sub in subs])
        if any(self.lang.infinitive(sub.text) for sub in subs):
            return None
        joined = " ".join([_collapse(text)] + [_collapse(sub.text) for sub in subs])
        return replace(block, text=joined, end=subs[-1].end), j

    def list_depth(self, block: Block) -> int:
        """The item's depth: the extractor's, or deeper than the item before when a typed
        numbering changes kind after an item that ends with ":" ("2. ... :" then "a) ...")."""
        items = self.state.items
        if block.level > 0 or not items or any(entry[4] for entry in items):
            return block.level  # the extractor knows the depths (indentation, nested lists)
        cls = _marker_class(block.marker)
        for entry in items:
            if entry[0] == cls:
                return entry[1]
        last = items[-1]
        if last[3] and cls and last[0] and cls != last[0]:
            return last[1] + 1
        return block.level

    def list_item(self, block: Block, depth: int, enclosing) -> None:
        st = self.state
        if st.headings and _CONTENTS_TITLE.fullmatch(st.headings[-1][1]):
            return  # « Sommaire » / « Axe 1 – Tourisme connecté »: an entry of the contents
        if self.labelled(block):
            return
        if _reference_note(block.text):
            return  # « 1. Décret n° … du 5 octobre 2011, article 3 » typed as a numbered item: a note
        words = block.text.rstrip().split()
        if (block.text.lstrip().startswith(("...", "…")) and words
                and words[-1].lower() in _DETERMINERS | _PREPOSITIONS):
            return  # « 6) …et puis aussi pour les »: a line left unfinished in a pad, nothing asked
        first = block.text.split()[0].lower().strip("«\"'(") if block.text.split() else ""
        if depth > 0 and enclosing is not None and first in _PREPOSITIONS:
            return  # "dans les quartiers prioritaires": a complement of the item above
        hint = st.leadin if st.leadin_active else st.hint
        if hint is None:
            return
        label = block.marker if block.marker[:1].isalnum() else ""
        text = block.text
        if (hint == "" and not st.leadin_active and not self.ideas and not self.noun_proposal(block, label)
                and not self.numbered_title(text, label) and not self.axis_item(block, text)
                and not _NAMED_ITEM.match(text)
                and (len(_sentences(text)) >= 2 or len(text.split()) >= 12)
                and not _may_start_with_infinitive(self.lang.head(text)) and not text.rstrip().endswith((":", "?"))):
            # a numbered paragraph of prose ("7. Dans ce contexte, le Conseil recommande que
            # …"), the legal style of some opinions: its demands are read sentence by sentence
            # (its questions are the author's own, rhetorical, or titles of a bibliography)
            self.sentences(block, questions=False)
            return
        if text.rstrip().endswith(":") and not _INLINE_SEPARATOR.search(text):
            # an item that introduces sub-items: it is a unit if it reads as one
            self.candidate(block, text, block.start, hint, label)
            sub = classify_leadin(text, self.prior)
            st.leadin, st.leadin_active = (sub if sub else hint), True
            return
        if self.inline_list(block, hint, label):
            return
        self.candidate(block, text, block.start, hint, label)

    def candidate(self, block: Block, text: str, start: int, hint: Optional[str], label: str = "",
                  heading: Optional[str] = None, role: str = "", first_in_cell: bool = True) -> None:
        """A list item or a part of one: kind by hint, else by language."""
        text = _TALLY.sub("", _collapse(text))
        if not text or hint is None or not re.search(r"[^\W\d_]{2}", text):
            return  # nothing to read ("?", "–", "12 %" alone in a cell)
        if _PERSON_ITEM.match(text):
            return  # « Mme Lise Perrot, animatrice », « Excusés : … »: who, not what
        named = _NAMED_ITEM.match(text)
        if named and not role and text[named.end():].strip():
            # « - Proposition : installer des points de téléconsultation … », « - Idée : … »: the
            # item names itself a proposal, whatever its form
            rest = text[named.end():]
            self.add(_Unit(kind=self.item_kind("recommendation"), text=rest, start=start + named.end(),
                           end=self._end(block, start + named.end(), rest), page=block.page, label=label,
                           heading=heading))
            return
        if _suggests(text) and not role:
            # "Pourquoi pas un relais 4G sur le château d'eau ?": a suggestion
            self.add(_Unit(kind=self.item_kind("recommendation"), text=text, start=start,
                           end=start + len(text), page=block.page, label=label, heading=heading))
            return
        if block.marker in _TASK_MARKERS and _ASSIGNED.match(text) and not _LABEL.match(text):
            return  # « [ ] Odile : réserver la salle »: a task of the meeting, not of a plan
        if block.marker in _TASK_MARKERS and not text.endswith("?"):
            # a task of a to-do list ("- [ ] Contacter les mairies"): something to be done
            self.add(_Unit(kind="action", text=text, start=start, end=self._end(block, start, text),
                           page=block.page, heading=heading))
            return
        # « … on l'aura quand ? (hors sujet) »: a comment in brackets after a question
        asked = _TRAILING_COMMENT.sub("", text)
        if asked.endswith("?") and not role and not _suggests(asked):
            self.add(_Unit(kind="question", text=text, start=start, end=start + len(text), page=block.page,
                           label=label, heading=heading))
            return
        first = text.split()[0].lower().strip("«\"'(")
        unit = _Unit(kind="", text=text, start=start, end=self._end(block, start, text), page=block.page,
                     label=label, heading=heading, role=role)
        if _EXAMPLE_START.match(text) or (text.endswith("!") and not self.ideas):
            return  # an example, an exclamation (on a workshop's post-it, « !!! » only insists)
        if first in _PREPOSITIONS and not first_in_cell:
            return  # a complement of the item before
        if first in _COPULA:
            unit.kind = "objective"  # "Être un facilitateur": a quality to reach
        elif hint in ("indicator", "decision", "objective"):
            unit.kind = hint
        elif hint in ("recommendation", "action") or role == "action":
            unit.kind = self.item_kind(hint)
            unit.soft = hint not in ("recommendation", "action")
            if len(text.split()) < 5 and not (self.prior == "action" and hint == "action" and role == "action"):
                # short noun phrases are titles; not in the « Action » column of a plan's table
                # (« Nouvel ENT départemental », « Téléservice APA »)
                unit.needs, unit.fallback = "inf", unit.kind
        elif self.ideas and block.kind == "list_item" and not role and hint == "":
            unit.kind = "recommendation"  # a post-it of a workshop's notes: an idea, whatever its form
        elif not role and hint == "" and self.noun_proposal(block, label):
            unit.kind = "recommendation"
        elif not role and (self.numbered_title(text, label) or (hint == "" and self.axis_item(block, text))):
            # a numbered item of a plan written as a title, even a noun phrase ("1. Dématérialisation
            # des démarches administratives"): an action, as its numbered titles are (not "1° une
            # part de matériel reconditionné ;", the end of a sentence)
            unit.kind = "action"
        else:
            unit.needs, unit.fallback, unit.soft = "inf", self.default_kind(), True
        self.add(unit)

    def numbered_title(self, text: str, label: str) -> bool:
        """A numbered item of a plan written as a title: one sentence of at most
        ``MAX_ACTION_TITLE_WORDS`` words opened by a capital (maybe after a quote) or a figure
        (« 150 diagnostics cyber pour les TPE »), not announcing others nor asking."""
        first = text.lstrip("«\"“ ")[:1]
        return (self.prior == "action" and label[:1].isdigit() and (first.isupper() or first.isdigit())
                and _word_count(text) <= MAX_ACTION_TITLE_WORDS and len(_sentences(text)) == 1
                and not text.rstrip().endswith((":", "?")))

    def axis_item(self, block: Block, text: str) -> bool:
        """A bulleted item of a plan right under an objective's title (« Axe 3 – Connecter
        chaque foyer » then « • Chèque connexion satellite pour les logements non
        raccordables »): one of its actions, even as a noun phrase, as a plan table's rows
        are. Written as a title: a capital, one sentence without a final full stop, at most
        ``MAX_ACTION_TITLE_WORDS`` words; not a figure (« 3 stations de ski »)."""
        st = self.state
        stripped = text.lstrip("«\"“ ")
        return (self.prior == "action" and block.kind == "list_item" and block.level == 0
                and st.parent is not None and st.parent_heading and st.parent.kind == "objective"
                and stripped[:1].isupper() and _word_count(text) <= MAX_ACTION_TITLE_WORDS
                and len(_sentences(text)) == 1 and not text.rstrip().endswith((":", "?", "!", ".", ";")))

    def noun_proposal(self, block: Block, label: str) -> bool:
        """A numbered proposal of an opinion asking for a thing (« 3. Une appli de covoiturage
        domicile-travail … », « 5. Des places réservées … »): a numbered item opened by an
        indefinite article, at least four words, not introducing others."""
        words = block.text.split()
        return (self.prior == "recommendation" and block.kind == "list_item" and label[:1].isdigit()
                and len(words) >= 4 and words[0].lower().strip("«\"'(") in _ARTICLES
                and not block.text.rstrip().endswith(":"))

    def _end(self, block: Block, start: int, text: str) -> int:
        raw_end = min(block.end, start + len(text))
        # the collapsed text may be shorter than the raw span: end at the block end or the part
        return block.end if start + len(text) > block.end else max(raw_end, start + len(text))

    def inline_list(self, block: Block, hint: Optional[str], label: str) -> bool:
        """"Topic : A - B - C" or "lead-in : A - B - C" inside one block -> one unit per part."""
        text = block.text
        seps = list(_INLINE_SEPARATOR.finditer(text))
        if not seps:
            return False
        head_end = 0
        topic = ""
        colon = re.search(r"\s*:\s+", text)
        if colon and colon.start() < seps[0].start():
            before = text[:colon.start()]
            if block.kind == "list_item" and len(before.split()) <= 4 and not self.lang.infinitive(before, retry=False):
                topic = before.strip()
            elif block.kind == "paragraph":
                sub = classify_leadin(before, self.prior)
                hint = sub if sub else hint
                if sub is None:
                    return False
            else:
                return False
            head_end = colon.end()
        parts = []
        pos = head_end
        for m in seps + [None]:
            end = m.start() if m else len(text)
            part = text[pos:end]
            if part.strip():
                lead = len(part) - len(part.lstrip())
                parts.append((pos + lead, part.strip()))
            pos = m.end() if m else len(text)
        if len(parts) < 2:
            return False
        self.lang.prepare([p for _, p in parts])
        infinitives = sum(self.lang.infinitive(p) for _, p in parts)
        if infinitives < max(2, len(parts) // 2):
            return False
        heading = self.state.path(topic) if topic else None
        for offset, part in parts:
            kind_hint = hint if hint else ""
            unit = _Unit(kind="", text=_collapse(part), start=block.start + offset,
                         end=block.start + offset + len(part), page=block.page, heading=heading)
            if kind_hint in ("objective", "indicator", "decision"):
                unit.kind = kind_hint
            else:
                unit.kind = self.item_kind(kind_hint or None) if kind_hint else ""
                unit.needs, unit.fallback = "inf", unit.kind or self.default_kind()
            self.add(unit)
        return True

    def numbered_inline(self, block: Block) -> bool:
        """« Pour la cantine : 1. servir du bio ; 2. réduire le gaspillage. » in one paragraph: a short
        lead-in, « : », then items numbered 1, 2, … each opening with an infinitive -> one unit
        per item."""
        lead = re.match(r"^[^:;.!?]{2,80}?:\s+(?=1\s*[.)]\s)", block.text)
        if not lead or len(lead.group(0).split()) > 8:
            return False
        marks = list(re.finditer(r"(?:^|(?<=[\s;,]))(\d{1,2})\s*[.)]\s+", block.text[lead.end():]))
        if len(marks) < 2 or [int(m.group(1)) for m in marks] != list(range(1, len(marks) + 1)):
            return False
        parts = []
        for m, after in zip(marks, marks[1:] + [None]):
            s = lead.end() + m.end()
            e = lead.end() + after.start() if after else len(block.text)
            part = block.text[s:e].rstrip().rstrip(";,").rstrip()
            parts.append((s, part))
        self.lang.prepare([p for _, p in parts])
        if not all(part and self.lang.infinitive(part) for _, part in parts):
            return False
        for s, part in parts:
            self.add(_Unit(kind=self.item_kind(self.state.hint or None), text=_collapse(part), start=block.start + s,
                           end=block.start + s + len(part), page=block.page))
        return True

    # --- paragraphs
    def colon_list(self, block: Block) -> bool:
        """"Indicateurs : nombre de permanences ; nombre de personnes accompagnées." or
        "Actions prévues : mettre en ligne l'état civil ; créer un guichet unique." in one
        paragraph: a short title announcing indicators, decisions or actions, then its items
        separated by ";" (actions must each start with an infinitive)."""
        m = re.match(r"^([^:;.!?]{2,60}?)\s*:\s+(\S.*)$", block.text, re.S)
        if not m or len(m.group(1).split()) > 5:
            return False
        kind = classify_leadin(m.group(1), self.prior)
        # "Objectif : permettre aux entreprises…": a short field name announcing an objective
        objective = kind == "objective" and len(m.group(1).split()) <= 2
        if kind not in ("indicator", "decision", "action", "recommendation") and not objective:
            return False
        parts = []
        for p in re.finditer(r"[^;]+", m.group(2)):
            part = p.group(0).strip().rstrip(".").strip()
            if part:
                parts.append((m.start(2) + p.start() + len(p.group(0)) - len(p.group(0).lstrip()), part))
        if not parts or any(len(part.split()) > 25 for _, part in parts):
            return False
        if kind in ("action", "recommendation"):
            self.lang.prepare([part for _, part in parts])
            if not all(self.lang.infinitive(part) for _, part in parts):
                return False
            kind = self.item_kind(kind)
        for offset, part in parts:
            start = block.start + offset
            self.add(_Unit(kind=kind, text=_collapse(part), start=start, end=start + len(part), page=block.page))
        return True

    def inline_demand(self, block: Block) -> bool:
        """« Ce que les commerçants demandent : une vitrine en ligne commune, tenue par … »: a
        lead-in announcing demands, then on the same paragraph what is asked, a noun phrase (or
        an infinitive): that is the demand (one per part when « ; » separates noun phrases)."""
        m = re.match(r"^([^:;.!?]{2,80}?)\s*:\s+(\S.*)$", block.text, re.S)
        if not m or len(m.group(1).split()) > 8 or block.text.rstrip().endswith(":"):
            return False
        if classify_leadin(m.group(1), self.prior) != "recommendation":
            return False
        rest = m.group(2).rstrip()
        if _EXAMPLE_START.match(rest):
            return False  # « Propositions : voir l'annexe »
        asks = lambda part: _first_word(part) in _NOUN_PHRASE_START or self.lang.infinitive(part)
        parts = []
        for p in re.finditer(r"[^;]+", rest):
            part = p.group(0).strip()
            if part:
                parts.append((m.start(2) + p.start() + len(p.group(0)) - len(p.group(0).lstrip()), part))
        if len(parts) < 2 or not all(asks(part) and len(part.split()) <= 25 for _, part in parts):
            sentences = _sentences(rest)
            first = rest if len(rest.split()) <= 60 else sentences[0][1].rstrip()
            parts = [(m.start(2), first)]
            if len(first.split()) > 60 or not asks(first):
                return False
        kind = self.item_kind("recommendation")
        for offset, part in parts:
            start = block.start + offset
            self.add(_Unit(kind=kind, text=_collapse(part), start=start, end=start + len(part), page=block.page))
        return True

    def on_paragraph(self, block: Block, following: Optional[Block]) -> None:
        st = self.state
        text = block.text
        if st.body is not None and st.body[1] is block:
            # the paragraph under a labelled title line (« Mesure 2 : parkings relais »)
            # describes it, and may say its fate (« Demande retenue en partie. »)
            unit, st.body = st.body[0], None
            _describe(unit, text)
            unit.state = unit.state or self.stated_fate(text)
            return
        if _goes_on_item(block):
            item = self.units[-1] if self.units and st.items and st.items[-1][2] == self.units[-1].key else None
            if item is not None:
                # a further paragraph of a list item ("<li><strong>Dématérialisation des
                # démarches</strong><p>Accessible 24 h/24, …</p>"): it explains the item
                _describe(item, text)
                return
        if (not self.units and _MOTTO.fullmatch(text)
                and not (following is not None and _MOTTO.fullmatch(following.text))):
            # a motto on the cover, before any unit (a quoted line alone: several in a row
            # would be quoted proposals)
            return
        if _reference_note(text) and not self.parse_label(text)[0]:
            # « 2. Décret n° … du 5 octobre 2011 »: a typed note (a label waiting for its text still
            # waits); « Article 2 – … » of a deliberation is a label
            return
        answering, at = self.answered(text)
        if at is not None:
            # « Réponse de M. le Maire à la question n°3 : » opening the answer: what follows
            # answers that question (the answer may follow the colon in the same paragraph)
            st.answering = answering
            if not text[at:].strip():
                return
            block = replace(block, text=text[at:], start=block.start + at)
            text = block.text
        if st.pending is not None:
            label, kind, waiting = st.pending
            st.pending = None
            if not self.parse_label(text)[0]:
                self.add(_Unit(kind=kind, text=_collapse(text), start=block.start, end=block.end, page=block.page,
                               label=label))
                return
            # "## Axe 1" then "Action 1 : Former…": the label alone was a section title
            if waiting.kind == "heading":
                st.headings.append((waiting.level, waiting.text))
        if self.labelled(block, following):
            return
        if self.colon_list(block):
            return
        if self.inline_demand(block):
            return
        if text.rstrip().endswith(":") and len(text) < 400:
            words = len(text.split())
            # what the items are is said by the sentence that introduces them, not by the
            # explanations before it
            parts = _sentences(text)
            kind = classify_leadin(parts[-1][1], self.prior)
            if len(parts) > 1 and following is not None and following.kind == "list_item":
                # the sentences before it are read as usual ("Le conseil souhaite que … . Nous
                # demandons aussi :"): only the last one introduces the items
                before = text[:parts[-1][0]].rstrip()
                self.sentences(replace(block, text=before, end=block.start + len(before)))
            st.leadin, st.leadin_active = kind, True
            # a short title-like lead-in ("Décisions :") followed by paragraphs covers them
            st.leadin_paragraphs = words <= 6 and (following is None or following.kind != "list_item")
            if following is not None and following.kind == "list_item" and kind == "" and words > 6:
                # a sentence that introduces items without saying what they are: the
                # document's kind, unless the section holds no units (annexes, people heard)
                st.leadin = self.default_kind() if self.prior == "recommendation" and st.hint is not None else (
                    None if st.hint is None else "")
            return
        if not re.search(r"[^\W\d_]{2}", text):
            return
        if (following is not None and following.kind == "list_item" and len(text.split()) <= 8
                and not re.search(r"[.!?;,…]$", text) and classify_leadin(text, self.prior) != ""):
            # a title-like line before a list ("Exemples d'indicateurs de pilotage"): a lead-in
            st.leadin, st.leadin_active = classify_leadin(text, self.prior), True
            st.leadin_paragraphs = False
            return
        if st.leadin_active and st.leadin_paragraphs and st.leadin:
            self.add(_Unit(kind=self.item_kind(st.leadin) if st.leadin in ("recommendation", "action") else st.leadin,
                           text=_collapse(text), start=block.start, end=block.end, page=block.page))
            return
        st.leadin_active = st.leadin_active and st.leadin_paragraphs
        if st.hint == "decision" and _DELIBERATION_END.match(text):
            st.hint = None  # the closing formulas and signatures: the decisions are over
            return
        if st.hint in ("indicator", "decision"):
            self.add(_Unit(kind=st.hint, text=_collapse(text), start=block.start, end=block.end, page=block.page))
            return
        if self.inline_list(block, st.hint if st.hint else "", ""):
            return
        if (st.hint in ("recommendation", "action") or self.prior) and self.numbered_inline(block):
            return
        if (st.hint in ("recommendation", "action") or self.prior) and self.lang.infinitive(text):
            if len(text.split()) <= 60:
                # a paragraph that starts with an infinitive in a section of proposals or actions
                # (or in an opinion / a strategy) is one unit; a sentence of it opening with « Et »
                # and an infinitive is one more (« Rénover le préau. Et planter des arbres dans la
                # cour. »)
                cuts = [o for o, sentence in _sentences(text)[1:]
                        if (more := _AND_MORE.match(sentence)) and self.lang.infinitive(sentence[more.end():])]
                for s, e in zip([0] + cuts, cuts + [len(text)]):
                    part = text[s:e].rstrip()
                    end = block.end if e == len(text) else block.start + s + len(part)
                    self.add(_Unit(kind=self.item_kind(st.hint or None), text=_collapse(part), start=block.start + s,
                                   end=end, page=block.page))
                return
            parts = _sentences(text)
            if st.hint not in ("recommendation", "action") and len(parts) > 1 and len(parts[0][1].split()) <= 60:
                # a longer one: its first sentence is the unit, the next ones explain it
                # ("Mettre en place un centre … (CSIRT) … . Plusieurs régions ont déjà …")
                first = parts[0][1].rstrip()
                self.add(_Unit(kind=self.item_kind(st.hint or None), text=_collapse(first), start=block.start,
                               end=block.start + len(first), page=block.page))
                return
        self.sentences(block)

    def sentences(self, block: Block, questions: bool = True) -> None:
        st = self.state
        # the explanation of a numbered recommendation or action given as a heading holds no
        # further unit, except, in an opinion, a sentence that asks in so many words ("Nous
        # demandons que…")
        explained = st.parent is not None and st.parent.kind in ("recommendation", "action") and st.parent_heading
        if explained and self.prior == "action":
            # in an answer, the first paragraph under an action given as a heading may say its fate
            # (« Demande retenue en partie. »); a later one turning a request down (« Horaires. Des
            # riverains ont demandé … . La commune ne donne pas suite à cette demande. ») answers
            # another request: it is read as a paragraph of its own
            fate = self.stated_fate(block.text)
            if not st.parent.detail:
                st.parent.state = st.parent.state or fate
            elif fate and status_cap(fate) == STATUS_NOT:
                explained = False
        if explained:
            if st.parent.kind == "action" and not st.parent.state:
                st.parent.state = stated_state(block.text)
            _describe(st.last_action or st.parent, block.text)
            if self.prior != "recommendation":
                return
            for offset, sentence in _demand_sentences(block.text):
                sentence = sentence.strip()
                if _demand_whole(sentence) or re.search(_AUTHOR_PROPOSES, sentence, re.I):
                    start = block.start + offset
                    self.add(_Unit(kind="recommendation", text=_collapse(sentence), start=start,
                                   end=start + len(sentence), page=block.page))
            return
        # in a strategy, "il faut..." explains; elsewhere (opinions, unknown documents) it asks
        weak_ok = self.prior != "action" or st.hint in ("recommendation", "action")
        if self.prior != "recommendation" and self.editorial():
            weak_ok = False  # « Il faudra rester prudents » in the mayor's editorial: the author reflects
        # a long paragraph of a section of proposals that starts with one: each of its
        # sentences that starts with an infinitive is one
        listing = st.hint in ("recommendation", "action") and self.lang.infinitive(block.text)
        # an answer keeping a demand in part (« La commune retient en partie la proposition … »):
        # the actions of the paragraph are kept in part, the sentence saying so is none
        partial = self.prior == "action" and _PARTIAL_RETENTION.search(block.text)
        first_unit = len(self.units)
        for offset, sentence in _demand_sentences(block.text):
            sentence = sentence.strip()
            start = block.start + offset
            if _MOTIVATION.match(sentence):
                continue  # "Considérant qu'il est nécessaire de…", "Vu l'avis…": why, not what
            if self.deliberation:
                # "APPROUVE la convention…" whole; "… après en avoir délibéré, DÉCIDE de …"
                # from what follows "décide"
                inline = _INLINE_DECISION.search(sentence)
                if _CAPS_DECISION.match(sentence):
                    cut = 0
                elif inline and re.search(r"d[ée]lib[ée]r[ée]", sentence[:inline.start()]):
                    cut = inline.end()
                else:
                    cut = None
                if cut is not None:
                    self.add(_Unit(kind="decision", text=_collapse(sentence[cut:]), start=start + cut,
                                   end=start + len(sentence), page=block.page))
                    continue
            if questions and not sentence.endswith("?") and _INDIRECT_QUESTION.search(sentence):
                self.add(_Unit(kind="question", text=_collapse(sentence), start=start, end=start + len(sentence),
                               page=block.page))
                continue
            label, kind, rest = self.parse_label(sentence, codes=False) if offset else ("", "", "")
            if label and kind in ("recommendation", "action") and len(rest.split()) >= 3:
                # "… depuis des années ». Recommandation 1 : publier un calendrier…": a
                # labelled unit after the findings of its paragraph
                r_start = start + len(sentence) - len(rest)
                self.add(_Unit(kind=kind, text=_collapse(rest), start=r_start, end=start + len(sentence),
                               page=block.page, label=label))
                continue
            if listing and self.lang.infinitive(sentence):
                self.add(_Unit(kind=self.item_kind(st.hint), text=_collapse(sentence), start=start,
                               end=start + len(sentence), page=block.page))
                continue
            if not questions and sentence.rstrip().endswith("?"):
                continue
            quoted = _QUOTED_QUESTION.search(sentence) if questions else None
            if quoted and not sentence.endswith("?"):
                # "M. T. a interrogé l'exécutif : « Quel budget … ? »": the question asked
                q_start = start + quoted.start(1)
                self.add(_Unit(kind="question", text=_collapse(quoted.group(1)), start=q_start,
                               end=q_start + len(quoted.group(1)), page=block.page))
                continue
            if sentence.endswith("?") and _asks_then_wonders(sentence):
                # « Il faudrait un abri au terrain de pétanque, quand il pleut on fait comment ? »: the
                # demand, then the question it raises
                self.add(_Unit(kind="recommendation", text=_collapse(sentence), start=start,
                               end=start + len(sentence), page=block.page, weak=True))
                continue
            if sentence.endswith("?") and not _suggests(sentence):
                self.add(_Unit(kind="question", text=_collapse(sentence), start=start, end=start + len(sentence),
                               page=block.page))
                continue
            clause = _DEMAND_CLAUSE.search(sentence)
            if clause:
                rest = sentence[clause.end():]
                if rest and self.lang.infinitive(rest):
                    s = start + clause.end()
                    self.add(_Unit(kind="recommendation", text=_collapse(rest), start=s, end=s + len(rest),
                                   page=block.page))
                    continue
            if self.deliberation and self.prior != "recommendation":
                continue  # in deliberations, "X propose de…" is the background of a decision
            if self.prior == "action" and not sentence.endswith("?"):
                if partial and _PARTIAL_RETENTION.search(sentence):
                    continue
                if _REFUSAL.search(sentence):
                    # « Il ne nous est pas possible de prendre en charge … », « cette demande ne
                    # pourra pas aboutir car … »: the authority turns a demand down
                    unit = self.add(_Unit(kind="decision", text=_collapse(sentence), start=start,
                                          end=start + len(sentence), page=block.page, state="non retenue"))
                    if offset and len(self.units) == first_unit + 1:
                        # « Horaires. Des riverains ont demandé … . La commune ne donne pas suite à
                        # cette demande » : what it turns down, told before it
                        _describe(unit, block.text[:offset])
                    continue
                generic = not self.answer and self.generic_section()
                pledge = None if generic else _PLEDGE.match(sentence)
                if pledge and len(sentence[pledge.end():].split()) >= 3:
                    # « La municipalité s'y engage : l'accueil physique … sera maintenu »: what
                    # the authority says it pledges (after « : »; the whole of « La commune
                    # s'engage à maintenir … »)
                    cut = pledge.end() if pledge.group("colon") else 0
                    s = start + cut
                    self.add(_Unit(kind="action", text=_collapse(sentence[cut:]), start=s,
                                   end=start + len(sentence), page=block.page))
                    continue
                committed = None if generic else self.committed(sentence)
                if committed is not None:
                    # « La commune organisera une réunion publique », « Un module … sera mis en
                    # service en janvier »: what the authority commits to (from the clause that does)
                    s = start + committed
                    self.add(_Unit(kind="action", text=_collapse(sentence[committed:]), start=s,
                                   end=start + len(sentence), page=block.page))
                    continue
                done = _ANSWER_DONE.match(sentence) if self.answer else None
                if done and not _YOU_SUBJECT.match(sentence):
                    # an answer telling what the authority has done (« La commune a lancé une
                    # étude », « Les bancs ont été repeints ») or is doing (« Un guide est en
                    # cours d'impression et sera diffusé en juin »)
                    self.add(_Unit(kind="action", text=_collapse(sentence), start=start, end=start + len(sentence),
                                   page=block.page, state="En cours" if done.group("ongoing") else "Réalisée"))
                    continue
            if not self.deliberation and self.prior != "action" and _AGREED.match(sentence):
                # minutes: « Il est décidé de tenir une seconde réunion », « Il est convenu que
                # le compte rendu sera transmis … », « Le comité décide de … »
                self.add(_Unit(kind="decision", text=_collapse(sentence), start=start, end=start + len(sentence),
                               page=block.page))
                continue
            if _DATED_REPORT.match(sentence) and not _demand_whole(sentence):
                continue  # "En 2018, l'agglomération a souhaité que …": what happened then
            if self.prior == "action" and _OWN_WISH.match(sentence):
                continue  # « Nous voulons que personne ne soit laissé … » in a plan: its authors' aim
            if _THING_REQUIRES.match(sentence):
                continue  # « La plateforme … demande une signature électronique »: it requires, nobody asks
            strong = (_demand_whole(sentence) or _DEMAND_VERB.search(sentence) or _POLITE_REQUEST.match(sentence)
                      or _COMMITMENT_QUESTION.match(sentence) or _INTENT_ASKED.match(sentence)
                      or (self.prior == "recommendation" and _AUTHORITY_MUST.search(sentence)))
            if strong or (weak_ok and _DEMAND_WEAK.search(sentence) and not _PRESENT_BURDEN.search(sentence)):
                # (two things asked after one verb, « Nous réclamons la réfection du préau et le
                # remplacement des tables »: one unit each)
                for o, part in (_noun_demands(sentence) if strong else [(0, sentence)]):
                    self.add(_Unit(kind="recommendation", text=_collapse(part), start=start + o,
                                   end=start + o + len(part), page=block.page, weak=not strong))
                continue
            put = _PUT_FORWARD.match(sentence) if self.thread else None
            if put and not self.finite_verb(put.group("thing")):
                # in a forum post, « Et pour finir : un composteur partagé au jardin, les voisins en
                # parlent souvent »: the thing put forward after « : », a noun phrase without a verb
                s = start + put.start("thing")
                self.add(_Unit(kind="recommendation", text=_collapse(sentence[put.start("thing"):]), start=s,
                               end=start + len(sentence), page=block.page, weak=True))
        if partial:
            for unit in self.units[first_unit:]:
                if unit.kind == "action" and not unit.state:
                    unit.state = RETAINED_IN_PART

    def stated_fate(self, text: str) -> str:
        """What an answer's paragraph says of the demand's fate: « Retenue en partie » when it
        keeps it in part (see _PARTIAL_RETENTION), or turns a part down after a commitment (« Une
        navette desservira les hameaux. La proposition d'un passage le dimanche n'a pas été retenue. »);
        « non retenue » when it turns it down (see :func:`_refusal`); "" otherwise."""
        if _PARTIAL_RETENTION.search(text):
            return RETAINED_IN_PART
        parts = _sentences(_collapse(text))
        refused = _refusal(parts)
        if refused is None:
            return ""
        if any(_RETAINS.search(s) or self.committed(s) is not None for _, s in parts[:refused]):
            return RETAINED_IN_PART
        return "non retenue"

    def editorial(self) -> bool:
        """Whether the current section is an editorial or a foreword (« Édito du Maire », « Le mot
        de la Présidente », « Préface »)."""
        return any(_EDITORIAL.match(title) for _, title in self.state.headings)

    def generic_section(self) -> bool:
        """Whether the current section is one of a plan's sections that hold no actions (its
        introduction, method, governance, follow-up: see _GENERIC_SECTION)."""
        headings = self.state.headings
        if not headings:
            return False
        title = headings[-1][1]
        number = _HEADING_NUMBER.match(title)
        title = _NUMBER_DASH.sub("", title[number.end():] if number else split_marker(title)[1] or title)
        # (or one on the plan itself: « Comment suivrons-nous ce plan ? »)
        return bool(_GENERIC_SECTION.match(title.strip()) or _THIS_PLAN.search(title))

    def committed(self, sentence: str) -> Optional[int]:
        """Offset of the first clause of ``sentence`` (clauses split by « ; ») in which the
        authority commits itself (see _Language.commitment), None when none does. What will
        become of the plan itself (« Le conseil suivra ce plan chaque année », « La stratégie
        sera mise à jour en 2026 ») is its governance, not one of its actions."""
        if _THE_PLAN_ITSELF.search(sentence):
            return None
        offset = 0
        for clause in re.split(r"(?<=;)", sentence):
            lead = len(clause) - len(clause.lstrip())
            if clause.strip() and self.lang.commitment(clause.strip().rstrip(";"), self.answer):
                return offset + lead
            offset += len(clause)
        return None

    # --- tables
    def on_table(self, blocks: Sequence[Block], i: int) -> int:
        table = blocks[i].table
        st = self.state
        st.leadin_active = False
        cells = [b for b in blocks[i:] if b.table == table]
        title_block = _title_cell(cells)
        fields = _field_rows(cells, title_block)
        if fields:
            return self.on_record_table(blocks, i, title_block, fields)
        # a title row ("Axe 2 – Se déplacer", "Proposition 1 : …") heads the table's units; a
        # labelled one is a unit and their parent
        title, heading = self.table_title(title_block, record=False)
        numbers = _row_numbers(cells)
        filled: dict[int, list[Block]] = {}
        for b in cells:
            if b.row and b.text.strip():
                filled.setdefault(b.row, []).append(b)
        columns = len({b.col for b in cells if b.col is not None})
        plan_table = self.prior == "action" and any(_header_kind(b.header) == "action" for b in cells if b.row)
        if _schedule_table(cells) and sum(1 for u in self.units if u.kind == "action") >= SCHEDULE_AFTER:
            # « Projet | 2026 | 2027 | 2028 » with « X » cells: when the plan's actions are stated
            # before, a calendar that lists them again (often shortened) gives no second unit
            while i < len(blocks) and blocks[i].table == table and blocks[i].kind != "heading":
                i += 1
            return i
        state_col = _state_column(cells)
        answers = _answer_columns(cells) if self.prior == "action" else None
        row_state = {b.row: _collapse(b.text) for b in cells
                     if state_col is not None and b.row and b.col == state_col and b.text.strip()}
        row_demand = {b.row: _collapse(b.text) for b in cells
                      if answers is not None and b.row and b.col == answers[0] and b.text.strip()}
        section = ""  # a row spanning a plan's table ("Axe 1 — Des collèges numériques") titles the rows below
        section_unit: Optional[_Unit] = None
        row_action: dict[int, _Unit] = {}
        cell_key = None
        cell_leadin_unit: Optional[_Unit] = None  # a cell's unit ending with « : » over its items
        cell_last_unit: Optional[_Unit] = None  # the last unit read in the cell
        cell_has_item = False
        while i < len(blocks) and blocks[i].table == table and blocks[i].kind != "heading":
            block = blocks[i]
            i += 1
            if block.row == 0:
                continue
            if answers is not None:
                if len(filled.get(block.row, ())) == 1 and block.col == 0:
                    section = _collapse(block.text)  # a row spanning the table: the theme of the rows below
                elif block.col == answers[1]:
                    self.answer_cell(block, row_state.get(block.row, ""),
                                     " > ".join(p for p in (st.path(title_block and _collapse(title_block.text)),
                                                            section, row_demand.get(block.row, "")) if p))
                continue  # the demand quoted, its stated fate, who, when: context, no units
            if block.col is not None and block.col == state_col:
                continue  # « Retenue en partie », « Abandonnée »: the fate of the row's units
            if (plan_table and columns >= 3 and len(filled.get(block.row, ())) == 1 and block.row not in numbers
                    and block.col == 0):
                section = _collapse(block.text)
                section_unit = None
                label, kind, rest = self.parse_label(block.text, codes=False)
                if label and kind == "objective" and rest.strip():
                    # « Axe 1 – Un numérique inclusif »: an objective, as the same title given as a heading
                    start = block.start + len(block.text) - len(rest.lstrip())
                    section_unit = self.add(_Unit(kind="objective", text=_collapse(rest), start=start, end=block.end,
                                                  page=block.page, label=label))
                    self.under_title([section_unit], title, heading)
                continue
            role, header_kind = role_of_header(block.header), _header_kind(block.header)
            if plan_table and header_kind != "action" and _LEADER_HEADER.search(" ".join(block.header.split()[:3])):
                continue  # « Pilote », « Service responsable », « Porteur » : who leads the row's action
            header_field = field_kind(block.header) if plan_table and block.header else None
            if plan_table and header_field == "detail" and block.row in row_action:
                # the « Description » of the row's action: its description, not a unit
                _describe(row_action[block.row], block.text)
                continue
            if plan_table and header_field == "" and header_kind == "" and not role:
                continue  # when, how much: « Échéance », « Coût » (names of a « Pilote » column stay, for reading)
            key = (block.row, block.col)
            if key != cell_key:
                cell_key, cell_leadin_unit, cell_has_item, cell_last_unit = key, None, False, None
            text = block.text
            if block.kind == "list_item" and cell_leadin_unit is not None and block.level == 0:
                # the items of the unit above (« Avoir un plan de formation qui rassemble : /
                # - les différents types de formation … ») say what it holds: its description
                _describe(cell_leadin_unit, text)
                continue
            if text.rstrip().endswith(":") and len(text.split()) <= 4:
                cell_leadin_unit = None  # "Objectifs :", "Formation :": a title, not a unit
                continue
            # a row numbered by the table ("N°" column): the number labels its cells' units
            marker = block.marker or ""
            number = marker if block.kind == "table_cell" and _NUMBER.fullmatch(marker) else ""
            if plan_table and not number and header_kind == "action":
                number = numbers.get(block.row, "")
            before = len(self.units)
            if role in ("", "action"):
                # a cell of bulleted items ("• Créer … • Former …"): one candidate each
                items = cell_items(text) if block.kind == "table_cell" else []
                # bulleted items, or paragraphs of which two at least open with an infinitive
                # (« Organiser … » / « Améliorer … » typed one per paragraph): one candidate each
                split = (sum(marked for _, _, marked in items) >= 2
                         or sum(1 for _, t, _ in items if self.lang.infinitive(t)) >= 2)
                parts = [(o, t) for o, t, marked in items] if split else [(0, text)]
                if (len(parts) >= 2 and parts[0][1].rstrip().endswith(":")
                        and all(t.split()[0].lower() in _PREPOSITIONS for _, t in parts[1:] if t.split())):
                    # « Organiser la collecte … : / • en partenariat avec … ; / • au bénéfice de … »:
                    # the items complete the sentence that introduces them, one unit
                    parts = [(parts[0][0], " ".join(t for _, t in parts))]
                first = text.split()[0].lower() if text.split() else ""
                if not split and cell_last_unit is not None and first in _PREPOSITIONS:
                    # a paragraph completing the cell's unit above (« Outil rassembleur … » /
                    # « Avec une certification des compétences acquises »): its description
                    _describe(cell_last_unit, text)
                    continue
                for offset, part in parts:
                    self.candidate(block, part, block.start + offset,
                                   header_kind if role or header_kind == "indicator" else "",
                                   label=number, role="action" if role else "", first_in_cell=not cell_has_item)
                if text.rstrip().endswith(":"):
                    cell_leadin_unit = (self.units[-1] if self.units and self.units[-1].start == block.start
                                        else None)
            elif (len(text.split()) < 4 and not text.rstrip().endswith("?")
                  and not self.lang.infinitive(text)):
                pass  # a name ("Agglomération", "Région, SNCF"): who, not what
            else:
                kind = "question" if text.rstrip().endswith("?") else self.default_kind()
                self.add(_Unit(kind=kind, text=_collapse(text), start=block.start, end=block.end,
                               page=block.page, role=role))
            cell_has_item = True
            if len(self.units) > before:
                cell_last_unit = self.units[-1]
            if block.row in numbers:
                for unit in self.units[before:]:
                    unit.summary = (table, numbers[block.row])
            self.under_title(self.units[before:], title, heading)
            if section:
                for unit in self.units[before:]:
                    unit.heading = " > ".join(p for p in (unit.heading if unit.heading is not None else st.path(),
                                                          section) if p)
                    if section_unit is not None:
                        unit.parent = str(section_unit.key)
            if plan_table and header_kind == "action" and len(self.units) == before + 1:
                row_action[block.row] = self.units[before]
            for unit in self.units[before:]:
                if unit.kind == "action" and block.row in row_state:
                    unit.state = row_state[block.row]
        return i

    def answer_cell(self, block: Block, state: str, heading: str) -> None:
        """The authority's answer to one demand in an answer table: one unit per bulleted item
        of the cell, else the cell; an action, or a decision when it turns the demand down
        (stated in the row's fate column or in its first sentence, then « non retenue »);
        its heading ends with the demand it answers."""
        text = block.text
        if not state:
            state = self.stated_fate(text)
        kind = "decision" if status_cap(state) == STATUS_NOT else "action"
        items = cell_items(text) if block.kind == "table_cell" else []
        parts = [(o, t) for o, t, marked in items] if sum(marked for _, _, marked in items) >= 2 else [(0, text)]
        for offset, part in parts:
            part = _collapse(part)
            if not re.search(r"[^\W\d_]{2}", part) or (part.endswith(":") and len(part.split()) <= 4):
                continue
            start = block.start + offset
            self.add(_Unit(kind=kind, text=part, start=start, end=self._end(block, start, part), page=block.page,
                           heading=heading, state=state))

    def table_title(self, block: Optional[Block], record: bool) -> tuple[Optional[_Unit], Optional[str]]:
        """(unit, heading path) of a table's title row: a labelled title ("Fiche action n° 3 –
        Mettre en place…") is a unit of its label's kind, its text without the label; the title
        of a record (a field table) is one even without a label (the record's action). The
        title joins the heading path of the table's units."""
        if block is None:
            return None, None
        st = self.state
        text = _collapse(block.text)
        heading = st.path(text)
        label, kind, rest = self.parse_label(block.text, codes=False)
        if label and rest.strip():
            start = block.start + len(block.text) - len(rest.lstrip())
            return self.add(_Unit(kind=kind, text=_collapse(rest), start=start, end=block.end, page=block.page,
                                  label=label)), heading
        if record and not label:
            return self.add(_Unit(kind=self.item_kind("action"), text=text, start=block.start, end=block.end,
                                  page=block.page)), heading
        return None, heading

    @staticmethod
    def under_title(units: Sequence[_Unit], title: Optional[_Unit], heading: Optional[str]) -> None:
        """Units of a titled table: under its title in the heading path, its title unit
        (when it is one) their parent."""
        for unit in units:
            if unit is title:
                continue
            if heading is not None:
                unit.heading = heading
            if title is not None:
                unit.parent = str(title.key)

    def on_record_table(self, blocks: Sequence[Block], i: int, title_block: Optional[Block],
                        fields: dict[int, str]) -> int:
        """A field table ("fiche action"): the title row is the record's unit; each field's
        value gives units of the kind its field name says (see :func:`field_kind`); unknown
        fields and who / when / how much / why fields give none."""
        table = blocks[i].table
        title, heading = self.table_title(title_block, record=True)
        st = self.state
        # « Fiche action n° 2.3 » alone above its field table: the label of the record's unit
        waiting = ""
        if st.pending is not None and st.pending[2].kind == "heading":
            waiting, st.pending = st.pending[0], None
        if title is not None and waiting and not title.label:
            title.label = waiting
        if title is None and title_block is None and st.last_action is not None:
            title = st.last_action  # the fields of the labelled action just above
        elif (title is None and title_block is None and st.parent is not None and st.parent_heading
                and st.parent.kind in ("action", "recommendation")):
            # « Projet P2.3 – Archivage électronique » as a heading over its fields
            # (« Objectif | … », « Description | … »): the heading's unit is the record's
            title = st.parent
        while i < len(blocks) and blocks[i].table == table and blocks[i].kind != "heading":
            block = blocks[i]
            i += 1
            kind = fields.get(block.row)
            if (not block.col or kind in (None, "", "?") or block is title_block
                    or (kind == "title" and title is not None)):
                continue  # a field name, a field giving no unit, the title given twice
            before = len(self.units)
            self.field_value(block, kind, explained=title is not None)
            self.under_title(self.units[before:], title, heading)
            if kind == "detail" and title is not None and len(self.units) == before:
                # "Description : Déploiement d'une solution de commande en ligne…": the prose that
                # describes the record's action is its description
                _describe(title, block.text)
            if kind == "title" and title is None and len(self.units) > before:
                title = self.units[before]  # "Intitulé : Créer un guichet…" names the record
                title.label = title.label or waiting
        return i

    def field_value(self, block: Block, kind: str, explained: bool) -> None:
        """Units of a field's value cell. Objectives and indicators: one per item (paragraph,
        bullet, "a ; b" part for indicators). Actions ("Actions", "Description de
        l'action"): bulleted items, items after a lead-in ending with ":", and paragraphs that
        all start with an infinitive are actions; a single paragraph is one when it starts with
        an infinitive, unless it describes the record's titled action ("Description…")."""
        items = cell_items(block.text)
        if block.kind == "list_item":
            items = [(offset, text, True) for offset, text, _ in items]
        if kind == "title":
            text = _collapse(block.text)
            self.add(_Unit(kind=self.item_kind("action"), text=text, start=block.start, end=block.end,
                           page=block.page))
            return
        self.lang.prepare([text for _, text, _ in items])
        plain = [text for _, text, marked in items if not marked and not text.endswith(":")]
        listing = len(plain) >= 2 and all(self.lang.infinitive(text) for text in plain)
        after_leadin = False
        for n, (offset, text, marked) in enumerate(items):
            start = block.start + offset
            if text.endswith(":") and not marked:
                after_leadin = True  # "… se décline en trois volets :": its items follow
                continue
            if kind in ("objective", "indicator"):
                parts = semicolon_items(start, text)
                if kind == "objective" and (len(parts) < 2 or not all(self.lang.infinitive(p) for _, p in parts)):
                    parts = [(start, text)]
                for s, part in parts:
                    part = part.rstrip(" ;,")
                    if re.search(r"[^\W\d_]{2}", part):
                        self.add(_Unit(kind=kind, text=_collapse(part), start=s, end=s + len(part),
                                       page=block.page))
                continue
            parts = semicolon_items(start, text)
            if len(parts) < 2 or not all(self.lang.infinitive(p) for _, p in parts):
                parts = [(start, text)]
            if marked or after_leadin or listing or len(parts) >= 2:
                for k, (s, part) in enumerate(parts):
                    self.candidate(block, part.rstrip(" ;,"), s, "action", first_in_cell=n == 0 and k == 0)
            elif (kind == "action" or not explained) and self.lang.infinitive(text):
                self.candidate(block, text, start, "action")

    # --- final decisions
    def resolve(self) -> None:
        self.lang.prepare([u.text for u in self.units if u.needs == "inf"])
        # a document structured in labelled actions or objectives ("Action 1.1.1 :") and no
        # labelled recommendations is a strategy: its "il faut" sentences explain, not demand
        labelled = [u.kind for u in self.units if u.label and not u.label[:1].isdigit()]
        planned = sum(kind in ("action", "objective") for kind in labelled)
        strategy = self.doc.meta.kind in ("strategy", "framework") or (
            self.doc.meta.kind == "other" and "recommendation" not in labelled
            and planned >= 3 and planned > 0.5 * sum(1 for u in self.units if not u.needs)
        )
        # symmetrically, a document with labelled recommendations ("Préconisation 3 :") and
        # no labelled action or objective is an opinion: what its sections call actions
        # ("Actions attendues") are its demands
        opinion = not self.prior and labelled.count("recommendation") >= 2 and not planned
        verbal = self._verbal_series()
        summaries = self._summary_tables()
        contents = self._contents_entries()
        contents |= self._short_forms(contents)
        contents |= self._restated_items(contents)
        contents |= self._numbered_references(contents)

        kept = []
        for unit in self.units:
            if unit.weak and strategy:
                continue
            if unit.summary and unit.summary[0] in summaries:
                continue  # a row of a table that sums up the numbered units found in the text
            if unit.key in contents:
                # a typed table of contents line ("Engagement 1 – Allonger… 3"), or the short
                # form of a unit stated in full elsewhere (a summary that lists them first)
                continue
            if opinion and unit.kind == "action" and not _LABEL.match(unit.label):
                unit.kind = "recommendation"
            if unit.needs == "inf":
                if self.lang.infinitive(unit.text) or (
                        unit.series in verbal and _may_start_with_infinitive(self.lang.head(unit.text))):
                    # an infinitive, or a rare verb the tagger misses ("Résorber les zones
                    # blanches") among sibling items that all start with an infinitive
                    unit.kind = unit.fallback or self.default_kind()
                elif unit.kind and len(unit.text.split()) >= 5:
                    pass  # a noun phrase under an explicit lead-in or in an action column
                else:
                    continue
            if not unit.kind:
                continue
            if strategy and not self.prior and unit.soft and unit.kind == "recommendation":
                unit.kind = "action"  # an item of a strategy found by its infinitive is an action
            kept.append(unit)
        # a labelled unit that holds labelled actions ("Engagement 2" over "Mesure 4") or, as
        # a lettered or roman item, at least two actions ("A. Achever la couverture" over its
        # "→ Raccorder…" items) is a level above actions: an objective
        held: dict[str, list[_Unit]] = {}
        for u in kept:
            if u.parent and u.kind == "action":
                held.setdefault(u.parent, []).append(u)
        # a numbered title read by its infinitive ("1.2 Vendre autrement : les circuits courts")
        # over labelled units ("Recommandation 3", "Action 4") is the title of their section
        labelled_kids = {u.parent for u in kept if u.parent and _LABEL.match(u.label)}
        # in a plan, one over labelled actions (« 1.2 Réduire les délais » over « Action 1.2.1 »)
        # is the objective they serve, a level above them
        plan = strategy or self.prior == "action"
        planned_kids = {u.parent for u in kept if u.parent and u.kind == "action" and _LABEL.match(u.label)}
        for u in kept:
            if plan and u.numbered_title and str(u.key) in planned_kids:
                u.kind = "objective"
        titles = {str(u.key): u.parent for u in kept
                  if u.numbered_title and str(u.key) in labelled_kids and u.kind != "objective"}
        # a short numbered title that names a topic by a verb alone (« 3.1 Se loger », « 2.4 Bien
        # vieillir chez soi »: no object, no determiner) over demands of its own (items or
        # paragraphs) is the title of their section, not a demand above them; one that names
        # what is done (« 1.2 Créer des tiers-lieux … ») stays a unit
        asked = {u.parent for u in kept if u.parent and u.kind == "recommendation" and not u.numbered_title}
        titles.update({str(u.key): u.parent for u in kept
                       if u.numbered_title and str(u.key) in asked and _topic_title(u.text)})
        if titles:
            kept = [u for u in kept if str(u.key) not in titles]
            for u in kept:
                while u.parent in titles:
                    u.parent = titles[u.parent]
        # a numbered action title holding titles numbered below it ("1.1" over "1.1.1", or over
        # the actions it holds labelled « Action 1.1.1 ») is an objective
        numbers = {u.label for u in kept if u.kind == "action" and _DOTTED.fullmatch(u.label)}
        for unit in kept:
            below = numbers | {_label_words(c.label)[-1] for c in held.get(str(unit.key), []) if c.label}
            if (unit.kind == "action" and _DOTTED.fullmatch(unit.label)
                    and any(n.startswith(unit.label + ".") for n in below)):
                unit.kind = "objective"
        # an item of a list named in a few words, no verb (« Très haut débit fixe »), over a
        # nested list of at least two actions (« 1. Achever la fibre … », « 2. Chèque connexion
        # … ») is the name of their group: an objective (an action over its details is not)
        for unit in kept:
            nested = [c for c in held.get(str(unit.key), []) if unit.series and c.series and c.series[1] > unit.series[1]]
            if (unit.kind == "action" and len(nested) >= 2 and _word_count(unit.text) <= GROUP_NAME_WORDS
                    and not self.lang.infinitive(unit.text)):
                unit.kind = "objective"
        for unit in kept:
            children = held.get(str(unit.key), [])
            if unit.kind != "action" or not children or not unit.label[:1].isalpha():
                continue
            noun = _LABEL.match(unit.label)
            if (noun and fold(noun.group("noun")).rstrip("s") in _GROUPING_LABELS
                    and sum(1 for c in children if not c.label) >= 2):
                # « Chantier 1 – Bien vieillir chez soi » over the items of « Ce que nous allons
                # faire »: a work stream named over the actions it holds, a level above them
                unit.kind = "objective"
                continue
            lettered = bool(re.fullmatch(r"[A-Z]|[IVXLC]{1,6}", unit.label))
            siblings = [c for c in children if c.label[:1].isalpha() and not _below(c.label, unit.label)]
            for c in siblings:
                c.parent = unit.parent  # a sibling written in another style is not held
            if any(c.label[:1].isalpha() and not re.fullmatch(r"[A-Za-z]", c.label) and _below(c.label, unit.label)
                   for c in children) or (lettered and len(children) - len(siblings) >= 2):
                unit.kind = "objective"
        self.units = kept


    def _contents_entries(self) -> set:
        """Keys of labelled units that end with a page number ("… équipements 1", "… ..... 12")
        and whose label comes again later in the document: lines of a typed table of
        contents, not units."""
        later: dict[str, int] = {}
        for unit in self.units:
            if unit.label[:1].isalpha():
                later[unit.label] = max(later.get(unit.label, -1), unit.start)
        return {u.key for u in self.units
                if u.label[:1].isalpha() and _PAGE_REFERENCE.search(u.text) and later.get(u.label, -1) > u.start}

    def _short_forms(self, contents: set = frozenset()) -> set:
        """Keys of labelled units repeated in full under the same label elsewhere in the
        document: a summary ("Synthèse : Recommandation 1.1 une salle de téléconsultation…")
        listing the units the chapters state in full. The shorter statement goes when most of
        its words are in the longer one; a numbering that starts again in each part (two
        different "Action 1") keeps both. Lines of a typed table of contents (``contents``)
        are not statements."""
        by_label: dict[str, list[_Unit]] = {}
        for unit in self.units:
            if unit.label[:1].isalpha() and " " in unit.label and not unit.summary and unit.key not in contents:
                by_label.setdefault(unit.label, []).append(unit)
        out = set()
        for same in by_label.values():
            if len(same) < 2:
                continue
            longest = max(same, key=lambda u: len(u.text))
            long_words = set(_content_words(longest.text))
            for unit in same:
                words = set(_content_words(unit.text))
                if (unit is not longest and words and len(words & long_words) >= 0.5 * len(words)
                        and (unit.statement < 0 or unit.statement != longest.statement)):
                    # (two demands of one sentence under one label are not a short and a full form)
                    out.add(unit.key)
        return out

    def _restated_items(self, skip: set = frozenset()) -> set:
        """Keys of the items of a summary list (or of a numbered summary table) whose units the
        document states in full and in other words elsewhere ("Les préconisations du CESER : 1.
        Viser 30 % de matériel reconditionné…" then, in a chapter, "Le CESER demande que la part
        d'équipements reconditionnés…"; or a closing « En résumé » list, a « Relevé des
        propositions » table). A list of at least ``RESTATED_MIN`` items counts as a summary when
        two thirds of its items each find their own longer unit outside it holding at least half
        of their word stems; those items go (the full statement is the unit), the others stay."""
        # a unit kept only if it starts with an infinitive has its kind if it does
        kinds = {u.key: u.kind or (u.fallback if u.needs == "inf" and self.lang.infinitive(u.text) else "")
                 for u in self.units}
        lists: dict[object, list[_Unit]] = {}
        for unit in self.units:
            if unit.key in skip or kinds[unit.key] not in ("recommendation", "action"):
                continue  # indicators, objectives and decisions are listed once, where they are
            if unit.series:
                lists.setdefault(("list", unit.series[0]), []).append(unit)
            elif unit.summary:
                lists.setdefault(("table", unit.summary[0]), []).append(unit)
        out: set = set()
        for items in lists.values():
            if len(items) < RESTATED_MIN:
                continue
            first, last = min(u.start for u in items), max(u.start for u in items)
            # the units stated elsewhere, before the list (a recap: « En résumé », a « Relevé des
            # propositions » table) or after it (a summary that opens the document), in prose or
            # in another list
            mine = {u.key for u in items}
            later = [u for u in self.units if (u.start > last or u.start < first) and u.key not in skip
                     and u.key not in mine and not u.summary]
            stems = [set(_stems(u.text)) for u in later]
            used: set = set()
            found = []
            for item in items:
                mine = set(_stems(item.text))
                best, share = None, 0.0
                for j, (u, theirs) in enumerate(zip(later, stems)):
                    if j in used or not mine or len(u.text) <= len(item.text) or kinds[u.key] != kinds[item.key]:
                        continue
                    if item.parent and (u.parent == item.parent or str(u.key) == item.parent):
                        continue  # the item's own heading or a sibling unit explains it, not restates it
                    s = len(mine & theirs) / len(mine)
                    if s > share:
                        best, share = j, s
                if best is not None and share >= 0.5:
                    used.add(best)
                    found.append(item.key)
                elif _CITES_NUMBERS.search(item.text):
                    found.append(item.key)  # sums up several numbered units: « … (2.1 à 2.4) »
            if 3 * len(found) >= 2 * len(items):
                out.update(found)
        return out

    def _numbered_references(self, skip: set = frozenset()) -> set:
        """Keys of units that only cite a numbered unit stated elsewhere: « 5.1.1 – Plan
        d'équipement des écoles » in a calendar table, when « Action 5.1.1 » (or a title
        « 5.1.1 … ») is a unit of the document."""
        numbers = {}
        for unit in self.units:
            m = re.search(rf"({_NUMBER.pattern})$", unit.label) if unit.label else None
            if m and "." in m.group(1) and unit.key not in skip:
                numbers.setdefault(m.group(1), unit.key)
        out = set()
        for unit in self.units:
            m = _CITED_NUMBER.match(unit.text)
            if m and numbers.get(m.group(1), unit.key) != unit.key and not unit.label:
                out.add(unit.key)
        return out

    def _summary_tables(self) -> set:
        """Tables that sum up the document's numbered units: a column of numbers in which at
        least two numbers, and two in three, are numbers of labelled units found outside
        tables ("N° | Préconisation" after "Préconisation n°1 : ..." ... in the text)."""
        labelled = set()
        for unit in self.units:
            if unit.summary:
                continue
            if unit.label[:1].isalpha():
                m = re.search(rf"({_NUMBER.pattern})$", unit.label)
                if m:
                    labelled.add(m.group(1))
            elif re.fullmatch(r"\d{1,3}(?:\.\d{1,3})+", unit.label):
                labelled.add(unit.label)  # a dotted number ("2.1 Mettre en service …") numbers a unit too
        rows: dict[object, set] = {}
        for unit in self.units:
            if unit.summary:
                rows.setdefault(unit.summary[0], set()).add(unit.summary[1])
        return {t for t, nums in rows.items()
                if len(nums & labelled) >= 2 and 3 * len(nums & labelled) >= 2 * len(nums)}

    def _verbal_series(self) -> set:
        """Lists whose items start with an infinitive: at least two items do and at most one
        item, or one in four, does not (parallel items share their form)."""
        counts: dict[tuple, list[int]] = {}
        for unit in self.units:
            if not unit.series:
                continue
            c = counts.setdefault(unit.series, [0, 0])
            c[1] += 1
            if self.lang.infinitive(unit.text):
                c[0] += 1
        return {key for key, (verbs, total) in counts.items() if verbs >= 2 and total - verbs <= max(1, total // 4)}


_PAGE_REFERENCE = re.compile(r"(?:\s|\.{2,}|…)\s*\d{1,3}$")
_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3})*")  # "3", "1.2.4"
_ROW_NUMBER = re.compile(rf"^(?:n°|nº|no\.?|#)?\s*((?:[A-Z]{{1,3}}[-.]?)?{_NUMBER.pattern})\s*[.)]?$", re.I)


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


def segment(doc: Document, settings: Settings = Settings()) -> list[Segment]:
    """Units of one document, in reading order."""
    units = _Segmenter(doc, settings).run()
    named: list[tuple[str, str]] = []  # (id, text) of each unit
    seen: dict[str, int] = {}
    for unit in units:
        text = unit.text if "\n" in unit.text else _collapse(unit.text)
        uid = segment_id(doc.id, text)
        if uid in seen:  # the same text twice in a document: number the repeats
            seen[uid] += 1
            uid = segment_id(doc.id, f"{text}\x1f{seen[uid]}")
        else:
            seen[uid] = 1
        named.append((uid, text))
    # a parent may come after its unit (a result listed before its project's row)
    later = {unit.key: uid for unit, (uid, _) in zip(units, named)}
    ids: dict[int, str] = {}
    out = []
    for unit, (uid, text) in zip(units, named):
        ids[unit.key] = uid
        parent = ids.get(int(unit.parent), later.get(int(unit.parent), "")) if unit.parent else ""
        out.append(Segment(id=uid, doc=doc.id, kind=unit.kind, label=unit.label, heading=unit.heading,
                           parent=parent, role=unit.role, page=unit.page, start=unit.start, end=unit.end, text=text,
                           detail=" ".join(unit.detail)[:MAX_DETAIL], state=unit.state, answers=unit.answers))
    return out


def segment_many(docs: Sequence[Document], settings: Settings = Settings(), progress: ProgressFn = no_progress) -> list[Segment]:
    """Units of several documents (progress reported per document)."""
    out: list[Segment] = []
    for n, doc in enumerate(docs, 1):
        out.extend(segment(doc, settings))
        progress("segmentation", n, len(docs))
    return out


def write_segments(segments: Iterable[Segment], path) -> Path:
    """Write units as CSV (UTF-8, header) or JSONL, columns in SEGMENT_COLUMNS order."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".jsonl"):
        raise InputError("format de sortie inconnu : utilisez un nom en .csv ou .jsonl.", path=path)
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = [asdict(s) for s in segments]
    if suffix == ".csv":
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(SEGMENT_COLUMNS))
            writer.writeheader()
            for row in rows:
                writer.writerow({k: ("" if row[k] is None else row[k]) for k in SEGMENT_COLUMNS})
    else:
        with path.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps({k: row[k] for k in SEGMENT_COLUMNS}, ensure_ascii=False) + "\n")
    return path
