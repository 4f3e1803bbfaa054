"""French vocabulary of the segmentation: the regexes and word lists of demands, proposals,
reported speech, headings, decisions and remarks (linguistic, never a document's phrase).
"""
from __future__ import annotations

import re

from ..status import STUDY_STATE

# --- vocabulary (French, linguistic) --------------------------------------------------------

_DONE = re.compile(r"\b(?:ont|a|avaient|avait|auront|aura) été\b", re.I)
_PROPOSAL_WORDS = re.compile(
    r"\b(?:propos\w*|recommand\w*|pr[ée]conis\w*|sugg[èée]r\w*|suggestions?|amendements?|demandes?|demand(?:e|ent|ons|ait)"
    r"|revendications?|souhait\w*"
    # what the authors expect (« Nos attentes : »), not expectations a plan sets (« il
    # définissait des attentes : améliorer l'administration … »: objectives)
    # (« Nos cinq attentes », « nos principales attentes »: a number or an adjective between)
    r"|nos\s+(?:(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d{1,2}|principales|premi[èe]res|grandes|vraies"
    r"|nouvelles|fortes)\s+){0,2}attentes"
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
# The title of a framed quote of participants (« Paroles de participants », « Paroles
# d'habitants », « Témoignages », « Verbatim », « Ils l'ont dit »): their words as they said them,
# which illustrate the text around and hold no demand of their own
_TESTIMONY_TITLE = (r"(?:paroles?\s+(?:de\s+|des\s+|d['’]\s*)[^\W\d_]+(?:\s+[^\W\d_]+)?|t[ée]moignages?"
                    r"|verbatims?|(?:ils|elles)\s+l['’]\s*ont\s+dit)")
# such a title alone (a heading) or glued to the quotation it frames (« Paroles de participants
# « Quand j'appelle … » »)
_TESTIMONIES = re.compile(rf"\W*{_TESTIMONY_TITLE}\s*[:.]?\s*", re.I)
_FRAMED_QUOTE = re.compile(rf"^{_TESTIMONY_TITLE}\s*[:.–—-]?\s*[«“\"]", re.I)
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
# In a public inquiry's report (or any record of the public's observations), a voice that answers
# or judges each observation, not one of the public: « Réponse du maître d'ouvrage : », « Réponse
# de la commune », « Mémoire en réponse », « Avis du commissaire enquêteur : », « Commentaire de la
# commission d'enquête : » (the commissaire's or commission's only as a run-in title closed by a
# colon: a chapter « Avis du commissaire enquêteur » may hold its reserves)
_ANSWERING_VOICE = re.compile(
    r"^\W*(?:(?:[ée]l[ée]ments?\s+de\s+)?r[ée]ponses?\s+(?:du|de\s+la|de\s+l['’]|des)\s*(?:ma[îi]tre\s+d['’]\s*ouvrage|MOA\b"
    r"|p[ée]titionnaire|porteur\s+(?:de|du)\s+projet|responsable\s+du\s+projet|exploitant|collectivit[ée]|commune"
    r"|communaut[ée]|intercommunalit[ée]|m[ée]tropole|d[ée]partement|r[ée]gion|syndicat|mairie|maire|pr[ée]sident)"
    r"|m[ée]moire\s+en\s+r[ée]ponse)\b[^:]{0,80}:?\s*$"
    r"|^\W*(?:avis|commentaires?|appr[ée]ciations?|analyse|observations?|position)\s+(?:du|de\s+la)\s+"
    r"(?:commissaire[\s-]+enqu[êe]teur|commission\s+d['’]\s*enqu[êe]te)\b[^:]{0,40}:\s*$",
    re.I,
)
# The same voice as a run-in title opening a paragraph (« Réponse du maître d'ouvrage : La communauté
# précise … »), the answer after its colon (``rest``, empty when the answer follows in paragraphs)
_ANSWERING_VOICE_RUNIN = re.compile(
    r"^\W*(?:(?:[ée]l[ée]ments?\s+de\s+)?r[ée]ponses?\s+(?:du|de\s+la|de\s+l['’]|des)\s*(?:ma[îi]tre\s+d['’]\s*ouvrage|MOA\b"
    r"|p[ée]titionnaire|porteur\s+(?:de|du)\s+projet|responsable\s+du\s+projet|exploitant)"
    r"|(?:avis|commentaires?|appr[ée]ciations?|analyse)\s+(?:du|de\s+la)\s+"
    r"(?:commissaire[\s-]+enqu[êe]teur|commission\s+d['’]\s*enqu[êe]te))\s*:\s*(?P<rest>.*)$",
    re.I | re.S,
)
# The line naming an observation's author under its number, in a record of observations (« R1 – M.
# et Mme Le Goff, Kerhallec (permanence du 12 mai 2026) », « C3 – Union des commerçants (courrier
# du 22 mai 2026) »): a civility or « Anonyme » first, or a closing bracket telling how and when the
# observation came; who and when, not a demand
_MONTHS = r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)"
_AUTHOR_LINE = re.compile(
    r"^\W*(?:(?:M\.|MM\.|Mmes?\b\.?|Mlles?\b\.?|Monsieur|Madame|Messieurs|Mesdames)\s|anonymes?\b)"
    r"|\((?:[^()]*\b(?:courriels?|courriers?|lettres?|mails?|e-mails?|registres?|permanences?|d[ée]pos[ée]e?s?|re[çc]ue?s?)\b"
    rf"[^()]*\b\d{{1,2}}(?:er)?\s+{_MONTHS}\b[^()]*"
    r"|[^()]*\b\d{1,2}(?:er)?\s+" + _MONTHS + r"\s+\d{4}\b[^()]*)\)\W*$",
    re.I,
)
# ... the same with the observation after a colon, on one line (« R5 – M. Bon (registre de la
# mairie) : il souhaite … »): the author (``who``) and what he says (``said``)
_AUTHOR_SAYS = re.compile(r"^(?P<who>[^:;!?]{3,150}?)\s*:\s+(?P<said>\S.*)$", re.S)
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
# A lead-in's subject followed by who it is, between commas (« Nous, habitants et usagers du
# bourg, demandons : », « Les parents, réunis le 3 mai, demandent : »): the apposition, which
# parts the subject from its verb
_SUBJECT_APPOSITION = re.compile(
    r"^\W*(nous|je|ils|elles|(?:les|le|la|l['’])\s*[^\W\d_]+(?:\s+[^\W\d_]+)?)\s*,\s*[^,:;]{3,120}?,\s*(?=[^\W\d_])",
    re.I,
)
# A title-like lead-in naming one proposal, in the singular (« Texte de l'amendement : »,
# « La proposition : », « Notre demande : », « Recommandation : »): it announces the one paragraph
# after it (the next ones of a minutes' record are its reasons, the opinion on it, the vote); a
# plural (« Nos propositions : », « Décisions : ») announces all of them
_ONE_PROPOSAL_LEADIN = re.compile(
    r"^\W*(?:(?:le\s+)?(?:texte|libell[ée]|r[ée]daction|contenu|objet)\s+(?:de\s+(?:la\s+|l['’]\s*|notre\s+|votre\s+)|du\s+|d['’]\s*)"
    r"|(?:la\s+|l['’]\s*|le\s+|notre\s+|votre\s+|mon\s+|ma\s+|son\s+|sa\s+|cette\s+|cet\s+)?)"
    r"(?:(?:sous-)?amendement|proposition|demande|recommandation|pr[ée]conisation|suggestion|v(?:œ|oe)u|requ[êe]te"
    r"|revendication)(?:\s+(?:propos[ée]e?|d[ée]pos[ée]e?|soumise?))?\s*:\s*$",
    re.I,
)
# The field of a proposal's record that says why it is made (« Exposé des motifs : … »,
# « Motifs : … », « Justification : … », « Argumentaire : … »): its sentences argue, they ask nothing
_REASONS_FIELD = re.compile(
    r"^\W*(?:(?:l['’]\s*)?expos[ée]\s+(?:des|de\s+ses|de\s+leurs)\s+motifs|motifs?|motivations?|justifications?"
    r"|argumentaires?)(?:\s+(?:de\s+l['’]\s*|de\s+la\s+|du\s+|des\s+)?[^\W\d_]+)?\s*:\s*(?=\S)",
    re.I,
)
# The field giving a reviewing body's verdict on a proposal, opened by the verdict itself (« Avis de
# la commission : Avis favorable sous réserve. … », « Avis du rapporteur : défavorable, car … »):
# its sentences judge the proposal and say on what terms, they are no demands of the document
_VERDICT_FIELD = re.compile(
    r"^\W*avis(?:\s+(?:de\s+la|du|de\s+l['’]|des|de)\s*[^\W\d_]+(?:[\s-]+[^\W\d_]+){0,3})?\s*:\s*"
    r"(?:(?:un\s+)?avis\s+)?(?:tr[èe]s\s+)?(?:favorable|d[ée]favorable|r[ée]serv[ée])\b",
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
# A heading saying which numbered demand(s) its section answers (« Réponse à la proposition n°4 – Un
# guichet unique », « Réponse aux recommandations 2 et 3 »): in an authority's answer, the context of
# the units below, which answer those numbers (see _Headings.on_heading)
_ANSWER_TO_DEMAND = re.compile(
    r"^\W*r[ée]ponses?(?:\s+[^:?!]{0,80}?)?\s+(?:à|aux)\s+(?:la\s+|les\s+|l['’]\s*)?(?:propositions?|recommandations?"
    r"|pr[ée]conisations?|demandes?|v(?:œ|oe)ux|contributions?)\s+(?:n°|n\s?º|nº|no\.?|num[ée]ros?)?\s*"
    r"(?P<nums>\d{1,3}(?:\.\d{1,2})?(?:\s*(?:,|et|&)\s*\d{1,3}(?:\.\d{1,2})?)*)(?![\d.]\d)", re.I)
# A paragraph of an answer opening on the numbered demand it answers (« Sur la recommandation n° 3 : »,
# « S'agissant des propositions 4 et 5 : », « Concernant la préconisation n°2, »): what follows
# answers those numbers; the words after it may restate the demand (see _Paragraphs.answer_labels)
_ON_DEMAND = re.compile(
    r"^\W*(?:sur|concernant|s['’]agissant\s+d(?:e\s+|['’]\s*|es\s+)|en\s+ce\s+qui\s+concerne|quant\s+(?:à|aux))\s*"
    r"(?:la\s+|les\s+|l['’]\s*)?(?:propositions?|recommandations?|pr[ée]conisations?|demandes?|v(?:œ|oe)ux"
    r"|rappels?\s+au\s+droit|observations?)\s+(?:n°|n\s?º|nº|no\.?|num[ée]ros?)?\s*"
    r"(?P<nums>\d{1,3}(?:\.\d{1,2})?(?:\s*(?:,|et|&)\s*(?:n°\s*)?\d{1,3}(?:\.\d{1,2})?)*)(?![\d.]\d)\s*(?:[:,]|[–—-]\s)\s*",
    re.I)
# « Réponses aux recommandations », « Réponse à l'avis »: what follows answers the demands
_ANSWERS_LEADIN = re.compile(r"^\W*(?:nos\s+|les\s+)?r[ée]ponses?\s+(?:à|aux|au)\b", re.I)
# A section title pairing the demands with their answers (« Vos propositions, nos réponses », « Vos
# questions et nos réponses », « Les demandes / les engagements »): the demands restated and
# answered, the section of an authority's answers, not of demands
_PAIRED_ANSWERS = re.compile(
    r"^\W*(?:vos|les|des)\s+(?:propositions?|demandes?|questions?|id[ée]es?|suggestions?|contributions?|attentes?"
    r"|remarques?)\s*(?:[,;:/–—-]\s*|\s+et\s+)(?:nos|les|des|leurs?)\s+(?:r[ée]ponses?|engagements?|actions?"
    r"|d[ée]cisions?)\b", re.I)
# The field naming how a quantified target is measured, after « ; » on the target's line
# (« Objectif : 500 repas par jour ; indicateur de suivi : nombre de couverts servis »)
_MEASURED_BY = re.compile(r"^indicateurs?(?:\s+(?:de\s+)?(?:suivi|r[ée]sultat|mesure))?(?:\s+suivis?)?\s*:", re.I)
# A heading that gives the details of a thing named before (« Navette des marchés – précisions »,
# « Jardins partagés (détail) », « Précisions sur la navette »): the words around the name
_DETAILS_OF = re.compile(
    r"^\W*(?:(?:pr[ée]cisions?|d[ée]tails?|zoom|focus)\s*(?:sur\b|:|[–—-])\s*)"
    r"|\s*(?:[–—:-]\s*|\(\s*)(?:pr[ée]cisions?|d[ée]tails?|en\s+d[ée]tail|fiche(?:\s+action)?|compl[ée]ments?)\s*\)?\W*$",
    re.I,
)
# A verbless sentence saying what is not planned (« Pas de camion frigorifique prévu à ce stade »,
# « Aucun recrutement envisagé en 2027 »): after an action, a limit of it, not what it does
_NOT_PLANNED = re.compile(
    r"^\W*(?:pas\s+(?:de\b|d['’])|aucune?\b)[^.!?;:]{0,80}?\b(?:pr[ée]vue?s?|envisag[ée]e?s?|programm[ée]e?s?"
    r"|retenue?s?|budg[ée]t[ée]e?s?)\b", re.I)
_KIND_WORDS = (
    ("indicator", re.compile(r"\bindicateurs?\b", re.I)),
    # « Décisions », « ce qui a été décidé », not a theme « Décider ensemble de l'aménagement »,
    # nor a budget's amendment, its name « décision modificative » (« 2026-045 – Décision
    # modificative n° 2 », an item of the agenda like any other)
    ("decision", re.compile(r"\bd[ée]cisions?\b(?!\s+modificatives?\b)|\bd[ée]cid[ée]e?s?\b", re.I)),
    # (priorities set, as expectations are, « Le rapport fixait des priorités : désenclaver … »: aims;
    # not a plan's « 3 priorités : » nor « Nos priorités pour 2025 : », its actions)
    ("objective", re.compile(r"\b(?:objectifs?|attentes?|enjeux|finalit[ée]s?|ambitions?)\b|\bdes\s+priorit[ée]s\b", re.I)),
    # plural "mesures" only: the singular is often a measurement ("la mesure du parc")
    # « Ce que nous ferons », « Nous allons : »: an authority saying what it will do
    # « nous nous engageons à : »: what the authority pledges
    ("action", re.compile(r"\b(?:actions?|mesures|chantiers?|pistes?)\b|\bs['’]engagen?t?\s+à\b"
                          r"|\bnous\s+nous\s+engag(?:eons|erons)\b"
                          r"|\bnous\s+(?:ferons|allons|lancerons|mettrons|engagerons|r[ée]aliserons|d[ée]ploierons)\b", re.I)),
)
# A line giving a field of an engagement (« Calendrier : 2026-2027 », « Coût estimé : 15 000 € »,
# « Échéance : fin 2027 », « Pilote : service informatique »): when, how much and who of a deed
# the authority commits to, under the item it follows
_ENGAGEMENT_FIELD = re.compile(
    r"^\W*(?:calendrier|[ée]ch[ée]ances?|[ée]ch[ée]ancier|co[ûu]ts?(?:\s+(?:estim[ée]s?|pr[ée]visionnels?|total))?"
    r"|budgets?(?:\s+(?:pr[ée]visionnels?|estim[ée]s?))?|pilotes?|porteurs?|calendrier\s+pr[ée]visionnel)\s*:", re.I)
# a paragraph opening with another field's name (« Indicateurs : … », « Partenaires : … »)
_FIELD_NAME = re.compile(r"^\W*[^\W\d_][^:.;!?]{0,40}?\s*:\s")
# « Certaines demandes relèvent de l'État », « Trois propositions fortes n'ont pas été retenues » : a
# sentence on requests in general (some, several, a count of them) turns down no particular thing
# A thing named at the head of the sentence, then said not retained (« En revanche, la plateforme
# de participation n'est pas retenue : … », « Les deux bornes ne seront pas retenues »): a refusal
# told in the minutes of a meeting; not « Ce que nous n'avons pas retenu », a title, nor a
# refusal in a relative clause
_NOT_RETAINED = re.compile(
    r"^\W*(?:(?:en\s+revanche|par\s+contre|toutefois|cependant|enfin|par\s+ailleurs|en\s+outre),?\s+)?"
    r"(?:le|la|l['’]|les|ce|cet|cette|ces|son|sa|ses|leur|leurs)\s*[^.;:!?]{1,150}?\s"
    r"(?<!\bqui\s)(?:n['’]\s*est|ne\s+sont|ne\s+sera|ne\s+seront)\s+pas\s+(?:[ée]t[ée]\s+)?retenue?s?\b",
    re.I,
)
# A person named in full, maybe with a civility, saying or confirming that … (« Loïc Hamon précise
# que … », « Mme Anne Riou annonce que … »): the frame of what is said in minutes
_NAMED_SAYS = re.compile(
    r"^\W*(?:(?:m\.|mme|monsieur|madame)\s+)?(?-i:[A-ZÉÈ][^\W\d_]+(?:[-’'][^\W\d_]+)?)(?:\s+(?-i:[A-ZÉÈ][^\W\d_]+"
    r"(?:[-’'][^\W\d_]+)?)){1,2}\s+(?:indique|pr[ée]cise|annonce|confirme|assure)\s+(?:que\s+|qu['’]\s*)(?=\S)",
    re.I,
)
_SOME_REQUESTS = re.compile(
    r"^\W*(?:certaine?s|plusieurs|quelques|d['’]autres|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+)\s+"
    r"(?:[^\W\d_]+\s+)?(?:demandes|propositions|requ[êe]tes|id[ée]es|attentes|suggestions|contributions)\b"
    # the same with a pronoun announcing how the demands will fare (« Certaines verront le jour dès
    # cette année, d'autres seront étudiées, quelques-unes ne seront pas retenues »)
    r"|^\W*(?:certaine?s|quelques-une?s|quelques-uns|la\s+plupart)(?:\s+d['’]entre\s+(?:elles|eux))?\s+"
    r"(?:ne\s+|n['’]\s*)?(?:seront|sont|ont|pourront|devront|vont|verront|feront|demand\w+|rel[èe]v\w+|n[ée]cessit\w+)\b"
    r"[^.;]*,\s*(?:d['’]autres|quelques-une?s|quelques-uns|certaine?s)\b"
    # the demands presented by « voici » over the section that lists them (« Par honnêteté, voici les
    # propositions que nous ne retiendrons pas, et pourquoi. », « Voici ce que nous ne ferons pas : »)
    r"|^\W*(?:[^,.;:!?]{1,40},\s*)?(?:voici|voil[àa])\s+(?:(?:les|des|nos|vos|celles|ceux)\s+(?:[^\W\d_]+\s+)?"
    r"(?:demandes|propositions|requ[êe]tes|id[ée]es|attentes|suggestions|contributions|projets|pistes)\b|ce\s+qu)", re.I)
# The authority owning it cannot do everything asked (« Nous ne pourrons pas tout faire, et nous le
# disons franchement », « La commune ne peut pas tout financer »): a caveat over its answers, no
# demand turned down
_NOT_EVERYTHING = re.compile(
    r"\b(?:ne\s+|n['’]\s*)(?:pourr\w+|pouv\w+|peu[tx]|peuvent|saur\w+|sera\w*|allons|va|vont)\s+(?:[ée]videmment\s+|malheureusement\s+)?pas\s+"
    r"(?:(?:[ée]videmment|malheureusement|non\s+plus)\s+)?tout\s+(?:faire|financer|r[ée]aliser|retenir|accepter|satisfaire|traiter"
    r"|mener|engager|prendre\s+en\s+compte)\b"
    r"|\b(?:ne\s+|n['’]\s*)(?:pourr\w+|pouv\w+|peu[tx]|peuvent)\s+pas\s+(?:tout\s+)?r[ée]pondre\s+(?:à\s+)?(?:tout|toutes?\s+les)\b", re.I)
# The authority's stated opinion on a demand, on a line of its own under the heading restating the
# demand (« Avis de la commune : Favorable avec réserves », « Position du conseil : À l'étude »):
# the fate of what the section answers (see _Segmenter.add)
_STATED_OPINION = re.compile(
    r"^\W*(?:avis|position|d[ée]cision)(?:\s+(?:de\s+la|du|de\s+l['’]|des|de)\s*[^\W\d_]+(?:[\s-]+[^\W\d_]+){0,3})?"
    r"\s*:\s*(?P<fate>(?:tr[èe]s\s+)?(?:favorable|d[ée]favorable|r[ée]serv[ée]|mitig[ée]|[àa]\s+l['’]\s*[ée]tude"
    r"|en\s+cours\s+d['’]\s*[ée]tude|retenue?|non\s+retenue?|accept[ée]e?|refus[ée]e?)"
    r"(?:\s+(?:avec|sous)\s+(?:des\s+|quelques\s+)?r[ée]serves?|\s+en\s+partie|\s+partiellement)?)\s*[.!]?\s*$",
    re.I)
# The label opening the authority's commitments in its answer to a demand (« Ce que la commune va
# faire : », « Nos engagements : », « Concrètement : »): no words of the actions that follow
_WHAT_WE_DO = re.compile(
    r"^\W*(?:ce\s+que\s+nous\s+(?:ferons|allons\s+faire|mettrons\s+en\s+(?:œ|oe)uvre|proposons|retenons)"
    r"|ce\s+que\s+(?:la|le|l['’])\s*(?:commune|ville|municipalit[ée]|collectivit[ée]|d[ée]partement|r[ée]gion"
    r"|m[ée]tropole|communaut[ée])\s+(?:fera|va\s+faire|mettra\s+en\s+(?:œ|oe)uvre)"
    r"|nos\s+engagements|notre\s+engagement|concr[èe]tement)\s*:\s*(?=\S)", re.I)
# The label opening the reasons of a refusal (« Pourquoi nous ne pouvons pas y donner suite : »,
# « Motifs du refus : »): what follows says why
_REFUSAL_REASONS = re.compile(
    r"^\W*(?:pourquoi\s+nous\s+ne\s+(?:la|le|les|l['’])?\s*(?:retenons|suivons|pouvons)\s+pas(?:\s+[^:]{0,40})?"
    r"|pourquoi\s+(?:elle|il|cette\s+(?:proposition|recommandation|demande))\s+n['’]est\s+pas\s+retenue?"
    r"|(?:motifs?|raisons?)\s+(?:du|de\s+ce|de\s+notre)\s+refus)\s*:\s*(?=\S)", re.I)
MAX_FIELD_BLOCKS = 6  # paragraphs read after a labelled item for its fields (description and fields)
# A sentence going on with the thing or the people just committed to as its subject (« Ils
# assureront … », « En juin, elles seront ouvertes … »); not an impersonal « il » (« Il faudra … »,
# « il sera possible de … »)
_GOES_ON = re.compile(
    r"^(?:[^.;:!?,]{0,60},\s*){0,2}(?:ils|elles|elle|il(?!\s+(?:faut|faudra|faudrait|y|s['’]agit|s['’]agira|convient"
    r"|conviendra|importe|est|sera|serait|reste|restera|suffit|suffira)\b))\s", re.I)
# « La commune prend les engagements suivants : », « Nos engagements »: in an authority's document,
# what it pledges (elsewhere the word may name conditions: « … subordonné à trois engagements : »)
_PLEDGES = re.compile(r"\bengagements\b", re.I)
# A funding scheme's list of what it pays for (« Types d'opérations éligibles : », « Projets
# soutenus », « Dépenses éligibles », « Investissements subventionnables »): in an authority's
# plan, each item a thing the plan will fund, an action (not « non éligibles », « inéligibles »:
# what it refuses, see priors._REFUSED_SECTION; nor « déjà financés »: done)
_FUNDED = re.compile(
    r"\b(?:op[ée]rations?|projets?|d[ée]penses?|investissements?|interventions?|initiatives?)\s+"
    r"(?!(?:non|pas|d[ée]j[àa])\b)(?:[^\W\d_]+\s+)?"
    r"(?:[ée]ligibles?|financ[ée]e?s?|soutenue?s?|subventionnables?|aid[ée]e?s?)\b", re.I)
# A measure whose verb asks another body to act (« solliciter l'État pour … », « demander à la Région
# de … », « d'adopter la motion demandant au syndicat de … »): the authority pleads, it does not
# deliver; its state THIRD_PARTY caps what it answers at « partiellement » (see status.status_cap).
# Not a measure that only allows asking (« d'autoriser le Maire à solliciter une subvention »)
_ASKS_THIRD_PARTY = re.compile(
    r"^\W*(?:(?:de|d['’])\s*)?(?:(?:adopter|approuver|voter)\s+(?:la|le|une|un)\s+(?:motion|v(?:œ|oe)ux?|r[ée]solution)\b"
    r"[^;.:]{0,80}?\b(?:demandant|sollicitant|exhortant|enjoignant)\b"
    r"|(?:solliciter|saisir|interpeller|exhorter)\s+(?:l['’]|la\s|le\s|les\s|un\s|une\s)"
    # asking another to do (« demander à la Région de financer »), not for a figure (« demander à la
    # voirie le nombre d'arceaux »)
    r"|demander\s+(?:à\s+l['’]|à\s+la\s|à\s+(?-i:[A-ZÀ-Ý])|au\s|aux\s)[^,;.:]{1,80}?\s(?:de\s+|d['’]\s*)(?:[^\W\d_]+\s+)?"
    r"[^\W\d_]+(?:er|ir|re)\b"
    # the same as a title's noun: « Saisine de l'État pour … », « Signalement de la zone blanche au
    # dispositif de couverture ciblée »: reported or put to another body, who decides
    r"|(?:saisine|sollicitation|interpellation)\s+(?:de\s+l['’]|de\s+la\s|du\s|des\s)"
    r"|signalement\s+(?:de\s+l['’]|de\s+la\s|du\s|des\s)[^;.:]{1,100}?\s(?:au|aux|à\s+l['’]|à\s+la|auprès\s+(?:de|du|des))\s*(?=[^\W\d_])"
    # the same told as done by the authority (« Pour la téléphonie, la commune a proposé la vallée à
    # l'équipe projet du dispositif … », « La commune a demandé l'inscription du hameau au dispositif
    # de couverture ciblée »): put to the State, a region, a department or their programme, who decide
    r"|(?:[^,;:]{1,60},\s*)?(?:(?:la|l['’]|notre)\s*(?:commune|ville|communaut[ée](?:\s+de\s+communes)?|intercommunalit[ée]"
    r"|m[ée]tropole|agglom[ée]ration|municipalit[ée]|mairie)|nous)\s+(?:a|avons)\s+"
    r"(?:demand[ée]|propos[ée]|sollicit[ée]|signal[ée]|soumis|transmis)\s[^;.:]{1,160}?\s"
    r"(?:au|aux|à\s+l['’]|à\s+la|auprès\s+(?:de\s+l['’]|de\s+la|du|des))\s*"
    r"(?:[ée]tat|pr[ée]fe\w*|r[ée]gion\w*|d[ée]partement\w*|[ée]quipe\s+projet|dispositif|programme)\b)",
    re.I,
)
THIRD_PARTY = "Demandée à un tiers"
# An article of a deliberation that only decides a study (« Article 9 : D'étudier avec la
# communauté de communes la mise en place de … », « De faire étudier … », « De lancer une étude
# sur … », « De renvoyer à une étude les propositions … »): no deed decided yet, at most in part;
# not when a deed follows in the same sentence (« D'étudier … puis de créer … », « … et d'ouvrir … »)
_STUDIED_ARTICLE = re.compile(
    r"^\W*d(?:e\s+|['’]\s*)(?:(?:faire\s+)?[ée]tudier|(?:lancer|engager|conduire|mener|commander|faire\s+r[ée]aliser)"
    r"\s+une\s+[ée]tude|renvoyer\s+(?:[^.;:]{0,80}?\s)?[àa]\s+une\s+[ée]tude)\b"
    r"(?![^.;]*\b(?:puis|avant\s+de)\b)(?![^.;]*\bet\s+(?:de\s+|d['’]\s*)(?:[^\W\d_]+\s+)?[^\W\d_]{3,}(?:er|ir|re)\b)",
    re.I,
)
# An action that only commits to study whether to act (« La Région étudiera avec les départements
# l'opportunité d'une plateforme », « Une étude de faisabilité sera menée en 2027 », « Étudier la
# possibilité d'un guichet unique »): no deed promised yet, at most in part; not when a deed
# follows in the same sentence (« … puis créera », « et ouvrira »)
# the one who will study (« La communauté de communes », « Les services », « nous »)
_STUDY_SUBJECT = r"(?:la|le|l['’]|les|notre|nos|ses|leurs?)\s*[^\s,;.:]+(?:\s+[^\s,;.:]+){0,3}|nous|elle|il|ils|elles|on"
_STUDY_ONLY = re.compile(
    # (after complements of time or place fronted before their comma: « Dans un second temps, d'ici
    # 2028, nous étudierons … »)
    r"^\W*(?:(?:dans|d['’]ici|dès|en|à|au|aux|après|avant|pour|sur|par)\s[^,;.:!?]{0,40},\s*){0,2}"
    r"(?:(?:(?:" + _STUDY_SUBJECT + r")\s+"
    r"(?:[ée]tudier(?:a|ont|ons)|examiner(?:a|ont|ons)|[ée]valuer(?:a|ont|ons)|analyser(?:a|ont|ons))"
    r"|(?:[ée]tudier|examiner)(?=\s+(?:l['’]\s*opportunit[ée]|la\s+possibilit[ée]|la\s+faisabilit[ée])))"
    r"(?![^.;]*\b(?:puis|avant\s+de)\b)(?![^.;]*\bet\s+(?:[^\W\d_]+\s+)?[^\W\d_]{3,}(?:era|eront|erons|ira|iront)\b)"
    r"\s(?:[^.;:]{0,80}?\s)?(?:l['’]\s*opportunit[ée]|la\s+possibilit[ée]|la\s+faisabilit[ée]|la\s+pertinence"
    r"|l['’]\s*int[ée]r[êe]t\s+d|s['’]il\s|si\s)"
    # the thing asked as the subject of a passive study (« Le prêt de tablettes aux familles sera
    # étudié avec le CCAS », « Ces deux propositions seront examinées en 2027 », « Une desserte du
    # dimanche sera étudiée lors de la révision du plan »)
    r"|(?:la|le|l['’]|les|ces|cette|ce|cet|une|un|son|sa|ses|leur|leurs)\s*[^\s,;.:]+(?:\s+[^\s,;.:]+){0,10}?\s+(?:sera|seront)\s+"
    r"(?:[ée]tudi|examin|expertis)[ée]e?s?\b"
    r"(?![^.;]*\b(?:puis|avant\s+de)\b)(?![^.;]*\bet\s+(?:[^\W\d_]+\s+)?[^\W\d_]{3,}(?:era|eront|erons|ira|iront)\b)"
    # « nous étudierons avec le CCAS un dispositif de prêt »: studying the thing itself, whatever
    # follows (not « étudierons les besoins puis ouvrirons … », which then acts)
    r"|(?:" + _STUDY_SUBJECT + r")\s+[ée]tudier(?:a|ont|ons)\b"
    r"(?![^.;]*\b(?:puis|avant\s+de)\b)(?![^.;]*\bet\s+(?:[^\W\d_]+\s+)?[^\W\d_]{3,}r(?:a|ont|ons)\b)"
    # « Une étude de faisabilité sera conduite … », « Une étude sera menée en 2027 sur … »
    r"|(?:une|des)\s+[ée]tudes?\b(?:\s+(?:d['’]\s*opportunit[ée]|de\s+faisabilit[ée]|de\s+pr[ée]figuration))?[^.;:]{0,60}?"
    r"\s(?:sera|seront)\s+(?:lanc[ée]e?s?|men[ée]e?s?|conduite?s?|r[ée]alis[ée]e?s?|engag[ée]e?s?|command[ée]e?s?)"
    r"(?![^.;]*\b(?:puis|avant\s+de)\b)(?![^.;]*\bet\s+(?:[^\W\d_]+\s+)?[^\W\d_]{3,}(?:era|eront|erons|ira|iront)\b)"
    # « Une étude préalable évaluera la faisabilité d'un bilan … », « Une étude d'opportunité précisera
    # les besoins »: a study the subject of a verb in the future, what it will tell (not « … puis »,
    # « … et ouvrira », a deed after it)
    r"|(?:une|des)\s+[ée]tudes?\b(?:\s+[^\s,;.:]+){0,4}?\s+[^\W\d_]{3,}(?:era|eront|ira|iront)\b"
    r"(?![^.;]*\b(?:puis|avant\s+de)\b)(?![^.;]*\bet\s+(?:[^\W\d_]+\s+){0,3}[^\W\d_]{3,}(?:era|eront|erons|ira|iront)\b)"
    # « Des permanences itinérantes feront l'objet d'une étude en 2027 »: the thing asked, to be studied
    r"|[^.;:]{0,150}?\s(?:fera|feront)\s+l['’]\s*objet\s+d['’]\s*(?:une|des)\s+(?:[ée]tudes?|expertises?|[ée]valuations?)\b"
    r"(?![^.;]*\b(?:puis|avant\s+de)\b))",
    re.I)
UNDER_STUDY = STUDY_STATE  # the state the matcher gives a study-only action (nlp_stn.status.study_state)
# An assembly turning down by its vote what was put to it (« Mis aux voix, l'amendement est rejeté
# par 5 voix pour et 20 contre », « le conseil rejette la motion »), and what that amendment asked
# (« un amendement visant à reporter … »), told before the vote
_REJECTED_BY_VOTE = re.compile(
    r"\b(?:(?:sous-)?amendements?|motions?|v(?:œ|oe)ux|contre-propositions?)\s+(?:est|sont|a\s+[ée]t[ée]|ont\s+[ée]t[ée])\s+"
    r"(?:donc\s+)?rejet[ée]e?s?\b|\brejet(?:te|tent)\s+(?:l['’]\s*|les?\s+|la\s+|cet?\s+|cette\s+)(?:sous-)?(?:amendement|motion|v(?:œ|oe)u)",
    re.I,
)
_AMENDMENT_ASKS = re.compile(
    r"\b(?:un|l['’]|cet?|son|leur)\s*(?:sous-)?amendement\s+(?:visant|tendant|proposant|demandant)\s+(?:à|de|d['’])\s*[^.;!?]+",
    re.I,
)
_CAUTIONS = (r"^(?:les\s+|nos\s+)?(?:points?\s+de\s+vigilance|vigilances?|pr[ée]cautions?(?:\s+[àa]\s+prendre)?"
             r"|risques?(?:\s+(?:identifi[ée]s|[àa]\s+[ée]viter|potentiels))?|[ée]cueils?(?:\s+[àa]\s+[ée]viter)?"
             r"|(?:principales\s+)?difficult[ée]s(?:\s+rencontr[ée]es)?|freins|obstacles)[\s:.]*$")
# The next tasks of the working group whose minutes these are (« Actions à venir du groupe de
# travail : », « Suites à donner par notre groupe : »): what the meeting will do itself, not
# what it asks of the authority nor what the authority does
_GROUP_TASKS = re.compile(
    r"\b(?:actions?|t[âa]ches?|travaux|suites?|prochaines?\s+[ée]tapes?)\b[^:;.]{0,30}?\b(?:du|de\s+notre|par\s+le|par\s+notre)\s+groupe\b",
    re.I,
)
# A lead-in telling in the imperfect what a past set-up comprised (« Le dispositif comprenait : »,
# « Les ateliers s'articulaient autour de : », « La démarche reposait sur : »): its items are
# what was, not units
_PAST_SETUP = re.compile(
    r"\b(?:comprenai|comportai|incluai|r[ée]unissai|pr[ée]voyai|reposai|consistai|(?:s['’]\s*)?articulai"
    r"|s['’]\s*appuyai|s['’]\s*organisai|se\s+composai|se\s+d[ée]roulai|s['’]\s*est\s+d[ée]roul[ée]e?)(?:t|ent)?\b",
    re.I,
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
    r"|parking[- ]lot|hors[- ]p[ée]rim[èe]tre|hors[- ]sujet|[àa] transmettre|to[- ]?do"
    # a publication's credits and its changelog (« Conception et rédaction », « Remerciements »,
    # « Journal des modifications »): who wrote it and what changed between versions
    r"|conception et r[ée]daction|remerciements|cr[ée]dits|journal des modifications"
    r"|historique des (?:modifications|versions)"
    # what was done here or elsewhere, told as an example (« Retours d'expérience », « Retour
    # d'expériences »): past deeds, even one reporting what people asked (« … ont demandé … »)
    r"|retours?\s+d['’]\s*exp[ée]riences?)\b"
    # the writer's findings before his opinion (« …, je considère que : », « nous constatons que : »,
    # « j'estime donc que : »): what he finds, each item ending the sentence, not what he asks
    r"|(?:\bje\s+|\bnous\s+|\bj['’]\s*)(?:consid[èe]r|estim|constat|rel[èe]v|not|observ)(?:e|ons)\s+"
    r"(?:donc\s+|ainsi\s+|par\s+ailleurs\s+)?que\s*:\s*$"
    r"|" + _CAUTIONS,
    re.I,
)
# The principles an authority's plan or guide says it follows (« Quelques grands principes : »,
# « Nos principes directeurs »): how it means to act, not what it commits to (see classify_leadin)
_PRINCIPLES = re.compile(r"\bprincipes\b", re.I)
# A section of cautions or difficulties, as its whole title (« Points de vigilance », « Précautions
# à prendre », « Écueils à éviter », « Difficultés rencontrées »): what to watch, not what is asked,
# even a sentence in the infinitive (« Ne pas oublier les familles ; prévoir … »); « Le conseil
# appelle à la vigilance sur … et demande que … » in a paragraph still asks
_CAUTION_SECTION = re.compile(_CAUTIONS, re.I)
# adverbs of time between a wish and its verb (« il souhaite cette fois obtenir », « désormais »)
_TIME_ADVERBS = r"(?:cette fois(?:-ci)?|d[ée]sormais|dor[ée]navant|[àa] l['’]avenir|[àa] nouveau|de nouveau)"
# Sentences phrased as demands: a demand verb in a finite form followed by "que" ("nous
# souhaitons que", "le conseil demande vivement que"); a noun ("les propositions que nous avons
# recueillies", "la demande que") is not one (see _demand_whole).
_ADVERBS = (r"(?:donc|enfin|aussi|[ée]galement|vivement|fortement|instamment|express[ée]ment|fermement|surtout"
            r"|ensuite|notamment|alors|ainsi|d['’]abord|par ailleurs|en outre|en particulier|en cons[ée]quence"
            r"|cependant|toutefois|n[ée]anmoins|pourtant|en revanche|d['’]ailleurs|quand m[êe]me"
            r"|avant tout|en priorit[ée]|tout d['’]abord|en premier lieu|plus que jamais|" + _TIME_ADVERBS + ")")
# The author repeating or stating its own demand, the noun after a possessive: « Le conseil
# renouvelle (réitère, rappelle, maintient) sa demande », « nous exprimons notre souhait »
_OWN_DEMAND = (r"\b(?:renouvel|r[ée]it[èée]r|r[ée]p[èe]t|r[ée]affirm|rappel|maint[ie]|exprim|formul|confirm)[^\W\d_]*"
               r"\s+(?:[^\s,.;:!?]+\s+){0,2}?(?:sa|son|ses|notre|nos|leur|leurs)\s+(?:[^\s,.;:!?]+\s+)?"
               r"(?:demandes?|souhaits?|v[œo]e?ux|recommandations?|revendications?|requ[êe]tes?)")
# An assembly opposing a thing, the refusal its motion or its opinion asks for (« S'oppose à toute
# fermeture de classe … », « Nous nous opposons fermement à la suppression de … », « Les habitants
# s'opposent au projet … »): a demand that the thing not be done; not « s'opposer à » after « de »
# or « pour », what someone means to do
_OPPOSES = re.compile(
    r"(?<!\bde )(?<!\bpour )\b(?:s['’]\s*|nous\s+nous\s+|vous\s+vous\s+)oppos(?:e|ent|ons|ez)"
    rf"(?:\s+{_ADVERBS}|\s+(?:fermement|formellement|r[ée]solument|fortement|vivement)){{0,2}}\s+(?:à|au|aux)\s",
    re.I,
)
_DEMAND_WHOLE = re.compile(
    r"\b(?:souhait|demand|propos|recommand|pr[ée]conis|sugg[èe]r|sugg[ée]r|exige?|r[ée]clam)"
    r"(?:e|es|ent|ons|ez|ait|aient|erait|eraient|erions|ions)"
    rf"(?:\s+{_ADVERBS}[,]?){{0,2}}\s+(?:que|qu['’])"
    # « Nous voulons que … », « ils veulent que … »
    rf"|\b(?:nous\s+voulons|vous\s+voulez|(?:ils|elles)\s+veulent)(?:\s+{_ADVERBS}[,]?){{0,2}}\s+(?:que|qu['’])"
    # the author judging a thing necessary: « Le CESER estime indispensable que chaque CLE dispose
    # … », « le conseil considère urgent que … »
    rf"|\b(?:estim(?:e|ent|ons)|juge(?:nt|ons)?|consid[èe]r(?:e|ent|ons))(?:\s+{_ADVERBS}[,]?){{0,2}}\s+(?:(?:tr[èe]s|particuli[èe]rement|absolument)\s+)?"
    r"(?:indispensable|n[ée]cessaire|essentiel(?:le)?|primordiale?|urgent|imp[ée]ratif|souhaitable|prioritaire)s?"
    r"\s+(?:que|qu['’])"
    # a wish in the conditional: « nous aimerions (enfin) que … », « je voudrais que … »
    r"|\b(?:aimer|voudr)(?:ions|ais|ait|aient)(?:\s+" + _ADVERBS + r"[,]?){0,2}\s+(?:que|qu['’])"
    # a preference of the speakers over what another asked or what is done: « je préfère qu'on
    # laisse les lampadaires allumés », « nous préférerions que la salle reste ouverte »
    r"|\b(?:je|nous|on)\s+pr[ée]f[èée]r(?:e|ons|erais|erions|erait)(?:\s+" + _ADVERBS + r"[,]?){0,2}\s+(?:que|qu['’])"
    # « nous attendons du Département qu'il propose … », « nous sollicitons de l'État qu'il … »:
    # the one asked between the verb and « que »
    r"|\b(?:attend|sollicit|exhort|enjoign)(?:ons|ent|ions|rions|raient|ait)\s+(?:de|du|des|d['’]|l['’]|la|le|les)\s*"
    r"(?:[^\s,.;:!?]+\s+){0,4}?(?:que|qu['’])"
    # the demand carried by a noun: « le conseil renouvelle sa demande que … », « nous exprimons
    # notre souhait que … » (see _OWN_DEMAND)
    r"|" + _OWN_DEMAND + r"\s+(?:que|qu['’])",
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
# what may befall a thing, ending or worsening (« pourrait s'arrêter », « pourrait disparaître »)
_THREAT_VERBS = (r"(?:arr[êe]ter|dispara[îi]tre|cesser|aggraver|d[ée]grader|effondrer|[ée]teindre|[ée]chouer"
                 r"|interrompre|tarir)")
# The participles of keeping, securing or extending a thing (« garanti », « maintenues »,
# « renforcé », « pérennisés »): after « doit être », what an opinion asks to keep
_KEPT_PARTICIPLE = (r"(?:garanti|maintenu|pr[ée]serv[ée]|assur[ée]|renforc[ée]|p[ée]rennis[ée]|g[ée]n[ée]ralis[ée]"
                    r"|[ée]tendu|d[ée]velopp[ée]|soutenu|encourag[ée]|favoris[ée]|amplifi[ée]|consolid[ée]|prot[ée]g[ée])"
                    r"(?:e|s|es)?\b")
# A past participle in -u, -ue, -us, -ues (« rendus », « revue », « maintenus », « étendu »), not
# « plus », « tous », « nous », « vous », « dessus »
_PARTICIPLE_U = r"(?!(?:plus|tous|nous|vous|dessus|dessous|jus|sus)\b)[^\W\d_]{2,}(?:u|ue|us|ues)\b"
# « il faut compter quarante minutes », « il faut compter environ 300 € »: what a thing takes, told
_RECKONING = (r"compter\s+(?:(?:environ|au\s+moins|pr[èe]s\s+de|plus\s+de|jusqu['’]\s*[àa]|en\s+moyenne|entre)\s+)?"
              r"(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|trente|quarante|cinquante"
              r"|soixante|cent|mille|quelques|plusieurs|\d+)\b")
_DEMAND_WEAK = re.compile(
    # (not in a relative clause naming a thing: « ce qu'il faut faire pour … », « tout ce dont il
    # faudrait parler » is what is talked about, no demand)
    rf"(?<!\bce\squ['’])(?<!\bdont\s)\bil (?:faut|faudrait|faudra|convient|conviendrait|conviendra)\s+(?:{_ADVERBS}\s+|d[ée]sormais\s+|absolument\s+"
    rf"|imp[ée]rativement\s+|donc\s+|vraiment\s+|toutefois\s+|cependant\s+|n[ée]anmoins\s+)*"
    # (maybe an object pronoun before the verb: « il faudrait vraiment les remplacer »)
    rf"(?:de\s+|d['’])?(?:(?:les|le|la|l['’]|leur|lui|en|y)\s*)?(?!{_COMMENT_VERBS}\b|{_RECKONING})(?:que\b|qu['’]|(?:se\s+|s['’])?{_VERB_WORDS}\b)"
    # the same denied (« il ne faut pas fermer … », « il ne faudrait surtout plus supprimer … », « il
    # ne faut pas que … »): asks not to do a thing; not a warning to the reader (« il ne faut pas
    # oublier que … », « croire », « penser », « se leurrer », « se tromper »)
    rf"|\bil\s+ne\s+(?:faut|faudrait|faudra)\s+(?:(?:{_ADVERBS}|absolument|vraiment)\s+)*(?:pas|plus|jamais)\s+"
    rf"(?:(?:{_ADVERBS}|absolument|vraiment|non\s+plus)\s+)*"
    r"(?!(?:(?:se|s['’])\s*(?:y\s+)?)?(?:oublier|croire|penser|imaginer|leurrer|tromper|m[ée]prendre)\b)"
    rf"(?:de\s+|d['’])?(?:(?:les|le|la|l['’]|leur|lui|en|y)\s*)?(?!{_COMMENT_VERBS}\b)(?:que\b|qu['’]|(?:se\s+|s['’])?{_VERB_WORDS}\b)"
    # « il faudrait un seul compte par famille », « il faudrait aussi une soirée d'information »:
    # the thing wished for, not a length or an amount (« il faudrait deux heures », « une heure »)
    # (« il faut » too, when it opens the sentence: « Il faut un abri au terrain de boules. »; not
    # « pour s'inscrire, il faut une adresse électronique », what a thing requires)
    # (a number of them too, « il faudrait au moins deux conseillers de plus », and the thing quoted
    # as a newspaper reports it: « il faudrait « un comité … » »)
    # (the one it is for before the verb, « il nous faudrait une salle plus grande », and after
    # « il faudrait » the thing named with a definite article too, « il faudrait aussi le wifi dans
    # la salle », not a part or a multiple, « il faudrait la moitié du budget »)
    rf"|(?:\bil\s+(?:(?:nous|me|leur|lui|vous)\s+)?faudrait|^(?:et\s+|donc\s+|alors\s+)?il faut)\s+(?:{_ADVERBS}\s+|absolument\s+|vraiment\s+)*"
    r"(?:«\s*)?(?:au\s+(?:moins|minimum)\s+)?"
    r"(?:un|une|des|plus\s+de|davantage\s+de|d['’]autres|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+)\s+"
    r"(?!(?:seule?s?\s+|bonne?s?\s+|petite?s?\s+|longue?s?\s+)?(?:heures?|minutes?|secondes?|jours?|journ[ée]es?|semaines?|mois"
    r"|ans|ann[ée]es?|si[èe]cles?|fois|euros?|dizaines?|centaines?|milliers?|millions?|milliards?|kilom[èe]tres?|km|m[èe]tres?"
    r"|litres?|tonnes?|peu|moment|temps|instant)\b)[^\W\d_]{3,}"
    rf"|\bil\s+(?:(?:nous|me|leur|lui|vous)\s+)?faudrait\s+(?:{_ADVERBS}\s+|absolument\s+|vraiment\s+)*"
    r"(?:le\s+|la\s+|les\s+|l['’]\s*)(?!(?:moiti[ée]|double|triple|totalit[ée]|quart|reste|m[êe]me|plupart|accord)\b)[^\W\d_]{3,}"
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
    r"|judicieux|int[ée]ressant|bon|bien|pr[ée]f[ée]rable|fondamental|capital|crucial|imp[ée]ratif|vital)\s+"
    # (« il serait bien aussi de pouvoir … »: the adverb may follow)
    r"(?:(?:aussi|[ée]galement|donc)\s+)?"
    rf"(?:(?:de\s+|d['’])(?!{_COMMENT_VERBS}\b)|que\b|qu['’])"
    # (and as teenagers say it: « ce serait cool que … », « ça serait trop bien de … »)
    r"|\b(?:ce|ça|ca)\s+serait\s+(?:(?:vraiment|trop|tellement|super)\s+)?(?:bien|utile|int[ée]ressant|mieux|souhaitable"
    r"|judicieux|formidable|cool|top|g[ée]nial|chouette|sympa)\s+(?:de|d['’]|que|qu['’])"
    # watchfulness over what others are to do (« Le forum sera vigilant à ce que le dépistage aille
    # au-devant des habitants », « nous resterons attentifs à ce que … »): what an opinion asks
    rf"|\b(?:sera|seront|serons|restera|resteront|resterons|est|sont|sommes|reste|restent|restons)\s+"
    rf"(?:{_ADVERBS}\s+|tr[èe]s\s+|particuli[èe]rement\s+|tout\s+)?(?:vigilante?s?|attenti(?:f|fs|ve|ves))\s+"
    r"[àa]\s+ce\s+(?:que|qu['’])"
    r"|\b(?:devra|devront)\s+(?:aussi\s+|[ée]galement\s+|donc\s+)?[êe]tre\s+[^\W\d_]+(?:[ée]|[ée]e|[ée]s|[ée]es|is|ise|ises|it|ite|ites|ts|te|tes)\b"
    # (or a participle in -u: « devront être rendus conformes », « devra être revue », « tenus »;
    # not « devront être plus … », « tous »)
    rf"|\b(?:devra|devront)\s+(?:aussi\s+|[ée]galement\s+|donc\s+)?[êe]tre\s+{_PARTICIPLE_U}"
    # what must stay as it is or become so (« Toute démarche doit rester possible au guichet », « les
    # salles doivent demeurer gratuites »): what an opinion asks to keep, as its own clause, not one
    # after « que » (« Le conseil rappelle que … doit rester maîtrisé … »: a reminder)
    rf"|^(?:(?!\bqu(?:e\b|['’]))[^.;!?])*?\bdoi(?:t|vent)\s+(?:{_ADVERBS}\s+|absolument\s+|imp[ée]rativement\s+)?(?:rester|demeurer)\s+"
    r"(?!(?:le|la|les|l['’]|un|une|des|en|dans|à|au|aux|sur|chez|ici|là)\b)[^\W\d_]{3,}"
    # what people must be able to do, as its own clause and in the active (« Les habitants sans
    # voiture doivent pouvoir se rendre à leurs rendez-vous », « chaque famille doit pouvoir inscrire
    # … »); not the passive, a requirement on a thing (« le registre doit pouvoir être consulté »)
    rf"|^(?:(?!\bqu(?:e\b|['’]))[^.;!?])*?\bdoi(?:t|vent)\s+(?:{_ADVERBS}\s+|absolument\s+|imp[ée]rativement\s+)?pouvoir\s+"
    rf"(?:(?:se|les?|la|leur|lui|en|y)\s+|[sl]['’]\s*)?(?![êe]tre\b){_VERB_WORDS}\b"
    # what must be done, and soon (« Un audit … doit être réalisé rapidement », « doivent être
    # engagés sans délai »): urgency asks; a rule told gives a date (« doit être déposé avant le 30 juin »)
    rf"|\bdoi(?:t|vent)\s+(?:{_ADVERBS}\s+|absolument\s+|imp[ée]rativement\s+)?[êe]tre\s+[^\W\d_]+\s+(?:tr[èe]s\s+)?"
    r"(?:rapidement|au\s+plus\s+(?:vite|t[ôo]t)|sans\s+(?:d[ée]lai|attendre|tarder)|d['’]urgence|en\s+urgence"
    r"|en\s+priorit[ée]|prioritairement|d[èe]s\s+que\s+possible|dans\s+les\s+meilleurs\s+d[ée]lais)\b"
    # a thing to keep or to secure as the subject of « doit être » (« Le maintien d'un accueil
    # au guichet doit être garanti », « les permanences doivent être pérennisées »): what must be
    # kept, not a rule told (« le dossier doit être déposé avant le 30 juin »)
    rf"|\bdoi(?:t|vent)\s+(?:{_ADVERBS}\s+|absolument\s+|imp[ée]rativement\s+)?[êe]tre\s+{_KEPT_PARTICIPLE}"
    # the thing asked as the subject of a conditional passive, an adverb maybe between: « Les
    # conseils d'école devraient par ailleurs être ouverts aux parents », « Le lavoir mériterait d'être restauré »
    rf"|\bdevrai(?:t|ent)\s+(?:{_ADVERBS}\s+|vraiment\s+|absolument\s+|d[ée]sormais\s+){{1,2}}[êe]tre\s+"
    r"[^\W\d_]+(?:[ée]|[ée]e|[ée]s|[ée]es|is|ise|ises|it|ite|ites|ts|te|tes)\b"
    r"|\bm[ée]riterai(?:t|ent)\s+(?:(?:aussi|[ée]galement|donc|vraiment|largement|bien)\s+)?d['’]\s*[êe]tre\s+"
    r"[^\W\d_]+(?:[ée]|[ée]e|[ée]s|[ée]es|is|ise|ises|it|ite|ites|ts|te|tes)\b"
    # (not a threat told: « leur financement pourrait s'arrêter », « le service pourrait disparaître »)
    r"|(?<!\bqui )\bpourrai(?:t|ent)\s+(?:aussi\s+|[ée]galement\s+|par exemple\s+|utilement\s+)?"
    r"(?!(?:se\s+|s['’])?" + _THREAT_VERBS + r"\b)(?:se\s+|s['’])?" + _VERB_WORDS + r"\b",
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
# A short qualifier in brackets between a label and its separator (« Action 2.4 (nouvelle) – Créer
# … », « Mesure 5 (modifiée en 2026) : … »): it belongs to the label's line, the title follows the
# separator. A fate in it (« (supprimée) », « (reportée à 2028) ») is the action's state
_LABEL_QUALIFIER = re.compile(r"\(\s*(?P<qualifier>[^()]{1,40}?)\s*\)\s*[:–—-]+\s*(?=\S)")
_LABEL_FATE = re.compile(r"\W*(?:supprim|abandonn|annul|report|retir)(?:é|ée|ee)s?\b", re.I)
# ... or a merger into another action (« (fusionnée avec 2.4) », « intégrée à la mesure 3 »)
_MERGED_INTO = re.compile(r"\W*(?:fusionn|int[ée]gr|regroup)(?:é|ée|ee)s?\s+(?:avec|[àa]|dans|au|aux)\b", re.I)
# A labelled title that only states the action's fate, with no title of its own (« Action 4.3 –
# supprimée », « Mesure 6 : abandonnée (voir 6.1) », « Action 2.5 – fusionnée avec l'action 2.4 »,
# « intégrée à la mesure 3 »): the action was dropped, it answers nothing
_FATE_TITLE = re.compile(rf"{_LABEL_FATE.pattern}|{_MERGED_INTO.pattern}", re.I)
# The heading of a version in a software's release notes or roadmap (« Version 2.0 (printemps
# 2027) », « v1.4.2 », « 1.4.2 (18 décembre 2026) », « [1.3.0] - 2026-06-02 »): a number of two or
# three dotted parts, maybe after « Version » or « v », and nothing but a date after it
_VERSION_HEADING = re.compile(
    r"^\W*(?:version\s+|v)?\[?\d{1,3}(?:\.\d{1,3}){1,2}\]?(?:\s*[-–—:,]?\s*\(?(?:[^\W\d_]+\s+)?"
    r"(?:\d{1,2}(?:er)?\s+[^\W\d_]+\s+)?\d{4}(?:-\d{2}-\d{2})?\)?)?\W*$", re.I)
# A ticket of an issue tracker cited by its number (« (#12) », « (#3, #11) », « corrige #25 »), as
# release notes and roadmaps name the requests an item answers; not an HTML entity (« &#39; ») nor
# a page's anchor (« page.html#3 »)
_TICKET_REFERENCE = re.compile(r"(?<![\w&#/])#(\d{1,6})\b")
# A contribution's text written in Markdown, as an issue tracker exports a ticket's description
# (GitLab's, GitHub's CSV): a heading « ### Proposition », a task « - [ ] … », a quoted reply
# « > … », a template's comment « <!-- … --> », a fenced block of code, an image « ![…](…) », a line
# in bold alone (« **Ce que je demande :** »)
_MARKDOWN_BODY = re.compile(r"^(?:#{1,6}\s+\S|\s*[-*+]\s+\[[ xX]\]\s|>\s|```|<!--|\s*!\[[^\]]*\]\(|\*\*[^*\n]+\*\*\s*$)",
                            re.M)
# The sections of a version in release notes (« ### Ajouté », « ### Corrigé », « ### Prévu », « ### À
# l'étude », as « Keep a Changelog » names them, in French): the fate of the items below, done,
# planned, under way or studied, as the state an action's items take (« ### Abandonné » is a section
# of refusals, see priors._REFUSED_SECTION)
_RELEASE_SECTIONS = (
    ("Réalisée", re.compile(
        r"^\W*(?:ajout(?:[ée]e?s?|s)?|nouveaut[ée]s|nouveau|modifi[ée]e?s?|modifications|chang[ée]e?s?|changements"
        r"|am[ée]lior[ée]e?s?|am[ée]liorations|corrig[ée]e?s?|corrections?|supprim[ée]e?s?|retir[ée]e?s?|s[ée]curit[ée]"
        r"|publi[ée]e?s?|livr[ée]e?s?|r[ée]alis[ée]e?s?|termin[ée]e?s?|fait)\W*$", re.I)),
    ("En cours", re.compile(r"^\W*(?:en\s+cours(?:\s+de\s+d[ée]veloppement)?|en\s+d[ée]veloppement)\W*$", re.I)),
    (STUDY_STATE, re.compile(r"^\W*(?:[àa]\s+l['’]\s*[ée]tude|en\s+r[ée]flexion|[àa]\s+cadrer)\W*$", re.I)),
    ("", re.compile(r"^\W*(?:pr[ée]vue?s?|planifi[ée]e?s?|programm[ée]e?s?|[àa]\s+venir|prochainement)\W*$", re.I)),
)
# The name of a field that gives an action's fate (« Statut », « État d'avancement »)
_STATE_FIELD_NAME = re.compile(r"\W*(?:statut|[ée]tat(?:\s+d['’]\s*avancement)?|avancement)\W*", re.I)
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
# The same number typed « 4-1 », « 4.1. » or « 4.1) », maybe followed by a separator (« 4.1 | … »,
# « 4-1 – … », « 4.1 : … »), before a word in any case: the item's label when what follows reads
# as an item (a capital, or an infinitive: « 4.1 publier … »)
_INNER_LABEL = re.compile(r"(\d{1,2}(?:[.-]\d{1,2}){1,3})[.)]?(?:\s*[|–—:]\s*|\s+-\s+|\s+)(?=[«\"“\w])")
# Who leads and when, typed at the end of a numbered item (« … (pilote : service voirie ;
# échéance : 2027) ; », « … – Office de tourisme – 2026 »): administrative fields, no part of
# what is to be done (a description holds none either, see tables._without_admin)
_ADMIN_TAIL = re.compile(
    r"\s*(?:\((?:pilotes?|porteurs?|responsables?|[ée]ch[ée]ances?|calendrier|d[ée]lais?)\s*:[^()]*\)"
    r"|[–—]\s+(?-i:[A-ZÀ-ÖØ-Þ])[^–—()]{0,40}?\s+[–—]\s+(?:(?:fin|d[ée]but|mi-|T[1-4]|S[12]|rentr[ée]e)\s*)?"
    r"(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)\d{2})?)\s*[;.]?\s*$", re.I)
# A paragraph that opens by naming one of the document's numbered actions, then « : » or « , »
# (« Précisions sur l'action 4.2 : … », « Concernant la mesure n° 3, … »): it is about that action
_CITED_ACTION = re.compile(
    r"^[^:;,.!?]{0,40}?\b(?:actions?|mesures?|fiches?(?:[\s-]actions?)?)\s+(?:n[°º]\s*)?"
    r"(\d{1,2}(?:[.-]\d{1,2}){0,3})\s*[:,–—]\s*\S", re.I)
# numbered sections of a plan that are not actions: its introduction, method, diagnosis,
# follow-up and annexes ("1.1 Contexte", "1.2 Méthode d'élaboration", "6.3 Glossaire",
# "6.1 Suivi et évaluation du plan"); "Suivi énergétique du patrimoine" or "Bilan carbone des
# services" may be actions, so those words count only as a whole title; they may be joined by
# « et », a comma or « de » (« Indicateurs de suivi », « Calendrier de mise en œuvre »)
_SECTION_WORD = (r"contexte|enjeux?|[ée]tat\s+des\s+lieux|m[ée]thode|m[ée]thodologie|introduction|pr[ée]ambule|"
                 r"synth[èe]se|sommaire|glossaire|lexique|annexes?|constats?|pr[ée]sentation|rappels?|d[ée]finitions?|"
                 r"sources|r[ée]f[ée]rences|remerciements|historique|p[ée]rim[èe]tre|vision|ambitions?|orientations?|"
                 r"principes?|objectifs?|axes?|[ée]ditos?|[ée]ditorial|pr[ée]face|avant-propos|le\s+mot\s+d[ue]s?|mot\s+d[ue]s?|"
                 # the context and the finances a budget report analyses, maybe after their article
                 # (« Le contexte national », « La dette », « Les grands équilibres », « La situation
                 # financière »)
                 r"le\s+contexte|(?:la\s+)?dette|(?:l['’]\s*)?encours|(?:les\s+)?(?:grands\s+)?[ée]quilibres(?:\s+financiers)?"
                 r"|(?:la\s+)?situation\s+financi[èe]re")
_FOLLOW_UP_WORD = (r"suivi|[ée]valuation|calendrier|budget|financements?|indicateurs?|gouvernance|pilotage|cadre|"
                   r"bilans?|diagnostics?|mise\s+en\s+(?:œ|oe)uvre")
_GENERIC_SECTION = re.compile(
    rf"^(?:(?:{_SECTION_WORD})\b|(?:{_FOLLOW_UP_WORD})(?:\s*(?:(?:,|et|&)\s*)?(?:(?:\bde\b|\bd['’])\s*)?(?:{_FOLLOW_UP_WORD}|{_SECTION_WORD}))*"
    r"(?:\s+(?:du|de\s+la|de\s+l['’]|des)\s+(?:plan|strat[ée]gie|sch[ée]ma|feuille\s+de\s+route|d[ée]marche|"
    r"actions?|programme|projet|document))?\s*\.?$)",
    re.IGNORECASE,
)
# A demand verb in the present or conditional ("le conseil recommande de", "propose à la Région de",
# "devrait", "appelons la collectivité à") followed, within a few words, by "de"/"à" and an
# infinitive-looking word; "recommande"/"préconise" with a noun ("préconise la création d'un
# fonds"); "insiste sur", "attire l'attention sur".
# Deverbal nouns: what is to be done ("la création", "la mise en place", "le maintien", "la mise
# en accessibilité", "la mise en conformité": « mettre en » before a noun in -ité or « service »), and the free use
# of a service asked for ("la gratuité des transports")
_DEVERBAL = (r"(?:mise\s+en\s+(?:place|œuvre|oeuvre|réseau|ligne|valeur|service|[^\W\d_]{4,}it[ée])"
             r"|mise\s+à\s+disposition|prise\s+en\s+(?:compte|charge)|gratuit[ée]"
             # (the works asked for: « la pose de coussins berlinois », « la remise en état du
             # chemin », « la refonte du site »)
             r"|pose|remise\s+en\s+(?:[ée]tat|service)|refonte"
             r"|maintien|soutien|renfort|recours|suivi|(?:r[ée])?ouvertures?|fermetures?|couvertures?|[^\W\d_]{3,}(?:tion|sion|ment|age)s?)\b(?!\s+(?:est|sont|a|ont)\b)")
# Who a recommendation asks to act: the authority ("la Région", "les collectivités", "l'État")
_AUTHORITY = (r"(?:la|les|l['’]|chaque|notre|nos|cette)\s*(?:r[ée]gion|d[ée]partement|m[ée]tropole|commune|ville|"
              r"communaut[ée]|agglom[ée]ration|intercommunalit[ée]|collectivit[ée]|[ée]tat|[ée]lus?|syndicat|pays|"
              r"autorit[ée]|administration|services?\s+publics?)s?")
# The author proposing a thing ("le conseil propose également un catalogue commun", "nous
# suggérons une charte"); "ce document propose une synthèse" is not the author asking
_AUTHOR_PROPOSES = (
    r"\b(?:(?:le|la|notre)\s+(?:conseil|ceser|comit[ée]|coll[èe]ge|collectif|groupe|assembl[ée]e)\b"
    # (« nous demandons un accompagnement … », « nous réclamons une antenne … »: the thing asked for)
    r"(?:\s+[^\s.;:!?]+){0,3}?\s+(?:propos|sugg[èe]r)(?:e|ent|erait|eraient)|\b(?:proposons|sugg[ée]rons|demandons|r[ée]clamons)"
    # one person proposing a thing (« Je propose une permanence … », « je suggère un audit »), or a
    # group speaking as « on », opening its sentence (« On propose un temps sans écrans … »)
    r"|\bje\s+(?:propose|sugg[èe]re)|^\W*(?:(?:et|alors|aussi|enfin)\s*,?\s+)?on\s+(?:propose|sugg[èe]re))\s+"
    + rf"(?:{_ADVERBS}\s+)?(?:un|une|des)\s+[^\W\d_]"
)
# A demand reported in the past ("les participants ont proposé que…"), and a sentence that
# dates what it tells ("En 2018, l'agglomération a souhaité que le conseil y participe"):
# history, not a demand.
_REPORTED = (r"\b(?:a|ont|avons|avait|avaient)\s+(?:[ée]galement\s+|aussi\s+)?"
             r"(?:propos[ée]|demand[ée]|sugg[ée]r[ée]|recommand[ée]|souhait[ée])\s+(?:que|qu['’]|de\s|d['’])")
# Minutes reporting a demand in the past, its object a deverbal noun (« les commerçants ont
# souhaité la mise en place d'une plateforme », « a demandé la création de … ») or a
# possibility asked about (« a demandé s'il serait possible de réserver … »: a polite request,
# not a question); not in an answer, which tells what it answers (see _Paragraphs.sentences)
_REPORTED_THING = re.compile(
    r"\b(?:a|ont|avait|avaient)\s+(?:[ée]galement\s+|aussi\s+)?"
    r"(?:(?:propos[ée]|demand[ée]|sugg[ée]r[ée]|recommand[ée]|souhait[ée]|r[ée]clam[ée])\s+"
    rf"(?:la|le|les|l['’]|un|une|des)\s*{_DEVERBAL}"
    r"|demand[ée]\s+(?:s['’]il|si\s+(?:cela|ce))\s+(?:serait|[ée]tait|est)\s+possible\s+(?:de\s|d['’]))",
    re.I,
)
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
# … », « Les participants conviennent de … », « Le comité décide de … », after the topic that
# may open the paragraph (« Suivi : il est convenu de … »)
_AGREED = re.compile(
    r"^\W*(?:[^\W\d_][^\s:;.,]*(?:\s+[^\s:;.,]+){0,3}\s*:\s*)?"
    r"(?:il\s+(?:est|a\s+[ée]t[ée])\s+(?:d[ée]cid[ée]|convenu|act[ée]|arr[êe]t[ée])"
    r"|(?:le|la|les|l['’])\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s+(?:d[ée]cid(?:e|ent)|conviennent|convient))"
    r"\s+(?:de|d['’]|que|qu['’])",
    re.I,
)
# What the authority's body approves, in the record of its decisions (« Le comité valide le
# recrutement … », « Le bureau approuve la convention … »); in an opinion, « Le Conseil approuve
# les orientations du schéma » is its judgement, not a decision
_BODY_APPROVES = re.compile(
    r"^\W*(?:le|la|les|l['’])\s*(?:comit[ée]|bureau|conseil|commission|assembl[ée]e|groupe)(?:\s+[^\W\d_]+){0,2}\s+"
    r"(?:valide|valident|approuve|approuvent|ent[ée]rine|ent[ée]rinent|retient|retiennent|adopte|adoptent)\s+"
    r"(?:le|la|les|l['’]|un|une|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs)\b",
    re.I,
)
# A lead-in telling that the authority's body took up the proposals listed below (« Le comité de
# pilotage a retenu les amendements suivants : », « Le bureau communautaire accepte les
# propositions suivantes : »): the items are what the authority will do, not demands (read
# outside opinions: a council retaining its own proposals still proposes)
_BODY_RETAINS_ITEMS = re.compile(
    r"^\W*(?:le|la|l['’])\s*(?:comit[ée](?:\s+de\s+(?:pilotage|suivi|direction))?|copil|bureau(?:\s+(?:communautaire|municipal))?"
    r"|conseil\s+(?:municipal|communautaire|d[ée]partemental|r[ée]gional|syndical)|ex[ée]cutif|commission\s+permanente)\s+"
    r"(?:a\s+|ont\s+)?(?:retenu|retient|valid[ée]|valide|approuv[ée]|approuve|adopt[ée]|adopte|accept[ée]|accepte|ent[ée]rin[ée]|ent[ée]rine)\s+"
    r"(?:les|des|ces)\s+(?:amendements?|propositions?|demandes?|recommandations?|pr[ée]conisations?|modifications?)\b",
    re.I,
)
# In an authority's plan, « nous voulons / souhaitons que … » says what its authors aim at
_OWN_WISH = re.compile(r"^\W*(?:[^\s,]+\s*,\s*)?nous\s+(?:voulons|souhaitons|voudrions|souhaiterions)\b", re.I)
# A council's wish about its own opinion (« Le CESER souhaite que ses préconisations contribuent à
# …», « Il espère que ces propositions seront entendues »): the closing formula of an opinion,
# not a demand (what is wished is that the demands be heard, not a deed)
_OWN_ADVICE_WISH = re.compile(
    r"\b(?:souhait\w*|esp[èe]r\w*)\s+(?:vivement\s+|donc\s+|enfin\s+)?que\s+"
    r"(?:ses|ces|leurs|nos|les\s+pr[ée]sentes|le\s+pr[ée]sent|la\s+pr[ée]sente|cet|ce|son|sa)\s+"
    r"(?:pr[ée]conisations?|propositions?|recommandations?|avis|contributions?|observations?|travaux)\b"
    r"(?!\s+(?:soi[et]n?t|fass\w+)\s+(?:mises?|appliqu\w+|financ\w+|int[ée]gr\w+|reprises?|traduites?)\b)", re.I)
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
# What a wish is judged to be (« ce serait génial de … », « ça serait bien de … »)
_GOOD_WISH = (r"g[ée]nial|bien|super|top|chouette|id[ée]al|utile|pratique|formidable|int[ée]ressant|bienvenu"
              r"|souhaitable|sympa|une\s+(?:bonne|excellente)\s+id[ée]e|un\s+plus")
# « les demandes de subvention », « la principale demande des riverains »: after a
# determiner or an adjective placed before its noun, a form in -e or -es is the noun, not the verb
_AFTER_DETERMINER = (r"(?!(?:" + "|".join(rf"(?<=\b{d} )" for d in (
    "les", "des", "ces", "nos", "vos", "ses", "mes", "aux", "leurs", "une", "la", "sa", "ma", "cette", "votre", "notre",
    "leur", "première", "premières", "seule", "seules", "principale", "principales", "dernière", "dernières",
    "nouvelle", "nouvelles", "grande", "grandes", "forte", "fortes", "même", "mêmes")) + r")[^\W\d_]+?es?\b)")
_DEMAND_VERB = re.compile(
    # (not « se demander », which wonders or, of a thing, tells how it is applied for: « Les
    # cartes se demandent en ligne à partir du 2 novembre », where « à partir » is no deed)
    r"\b" + _AFTER_DETERMINER + r"(?<!\bse )(?:recommand|propos|pr[ée]conis|sugg[èe]r|demand|souhait|invit|encourag|appell|insist|exhort)"
    r"(?:e|es|ent|ons|ez|erait|eraient)\b(?:\s+[^\s.;:!?]+){0,6}?\s+(?:de|d['’]|à)\s*"
    # (maybe a pronoun standing for a place or a thing named before: « propose d'y ouvrir un
    # tiers-lieu », « de les reconditionner », « de se réunir »; « de le », « de les », « à les » are
    # no articles; not « d'en faire un bilan », said of the opinion's own recommendations; nor « à
    # partir de », a date)
    r"(?:(?:y|le|les|se)\s+|s['’]\s*)?(?!partir\s+d)(?:[^\W\d_]+(?:er|ir|re|oir))\b"
    r"|\bappel(?:ons|ez)\b(?:\s+[^\s.;:!?]+){0,6}?\s+(?:à)\s*(?:[^\W\d_]+(?:er|ir|re|oir))\b"
    # inviting someone named at length to act (« Il invite la communauté de communes et les
    # communes à privilégier … »): the one invited, up to twelve words, then « à » and the deed
    r"|\b(?:invit|encourag|exhort)(?:e|ent|ons|ez|erait|eraient)\s+(?:la|le|les|l['’]|chaque|tous|toutes)\s*"
    r"(?:[^\s.;:!?]+\s+){0,12}?(?:à|a)\s+(?:[^\W\d_]+(?:er|ir|re|oir))\b"
    r"|\b(?:recommand|pr[ée]conis)(?:e|ent|ons|ez|erait|eraient)\s+"
    + rf"(?:{_ADVERBS}\s+)?(?:la|le|les|l['’]|un|une|des|d['’])\s*[^\W\d_]"
    # "propose la création d'un fonds", "souhaite la mise en place de", "demande le maintien
    # d'un accueil": a demand verb whose object is a deverbal noun (what is to be done)
    r"|\b(?:propos|souhait|demand|sugg[èe]r|exige?|r[ée]clam|sollicit)(?:e|ent|ons|ez|erait|eraient)\s+"
    + rf"(?:{_ADVERBS}\s+)?(?:la|le|les|l['’]|un|une|des)\s*{_DEVERBAL}"
    # ... the thing named before, by a possessive (« signale l'état du chemin et demande sa
    # réfection », « sollicite leur raccordement »); not an offer (« propose son soutien »)
    + r"|\b(?:demand|sollicit|exige?|r[ée]clam)(?:e|ent|ons|ez|erait|eraient)\s+"
    + rf"(?:{_ADVERBS}\s+)?(?:sa|son|ses|leur|leurs)\s+{_DEVERBAL}"
    + rf"|{_AUTHOR_PROPOSES}"
    # asking for a thing ("elle souhaite un planning consultable en ligne", "nous demandons une
    # carte publique des zones sans réseau", "ils demandent des permanences", "il réclame aussi un
    # pylône", as a newspaper reports a group's demands); not « demanderait », which tells what a
    # thing would need (« L'ouvrir le soir demanderait un agent de plus »)
    r"|\b" + _AFTER_DETERMINER + r"(?:demand(?:e|ent|ons|ez|erions)|(?:souhait|r[ée]clam)(?:e|ent|ons|ez|erait|eraient|erions))\s+"
    + rf"(?:{_ADVERBS}\s+)?(?:un|une|des)\s+[^\W\d_]{{3,}}"

    r"|\binsist(?:e|ent|ons|ez)\s+(?:\w+\s+)?(?:sur|pour)\b"
    # "souhaite être associé", "souhaitons disposer de": a wish followed by its infinitive
    r"|(?<!si vous )(?<!si on )\bsouhait(?:e|ent|ons|ez|erait|eraient|erions)\s+"
    rf"(?:vivement\s+|donc\s+|aussi\s+|[ée]galement\s+|{_TIME_ADVERBS}\s+)?"
    rf"(?!mettre en [ée]vidence|attirer|{_COMMENT_VERBS})(?:[^\W\d_]+(?:er|ir|re|oir))\b"
    r"|\battir(?:e|ent|ons|ez)\s+l['’]attention\b"
    # an assembly's wish, the formula of its « vœux » (« Le Conseil des sages émet le vœu que … »,
    # « … émet le vœu d'être associé … », « formule le souhait que … »)
    r"|\b(?:[ée]m[eè]t(?:tent|tons)?|formul(?:e|ent|ons)|exprim(?:e|ent|ons))\s+(?:le|un|son|leur|notre)\s+"
    r"(?:v(?:œ|oe)u|souhait)\s+(?:que\s|qu['’]|de\s|d['’])"
    r"|\bdevrai(?:t|ent)\s+(?:[^\W\d_]+(?:er|ir|re|oir))\b"
    # « nous rappelons notre demande de rénover … », « sa recommandation de créer … »
    + r"|" + _OWN_DEMAND + r"\s+(?:de\s+|d['’])(?:se\s+|s['’])?[^\W\d_]+(?:er|ir|re|oir)\b"
    # a demand verb in the imperative, first person plural, opening the sentence: « Exigeons
    # la réouverture du guichet », « Et réclamons aussi des bancs ! »
    r"|^\W*(?:(?:et|alors|donc|mais)\s+)?(?:demandons|exigeons|r[ée]clamons|revendiquons)\b(?![-'’])"
    r"|\bil est (?:propos[ée]|recommand[ée]|pr[ée]conis[ée]|sugg[ée]r[ée]|demand[ée]|souhaitable)\b"
    # reported in minutes: "Plusieurs participants ont également proposé que…"
    r"|" + _REPORTED +
    # « Pourquoi pas … ? » opening the sentence, or after what it answers (« D'autres villages ont un
    # marché en ligne, pourquoi on le ferait pas ici ? »)
    r"|(?:^|[:,]\s*)[«\"(]?\s*(?:(?:et|mais|alors|donc)\s+)?(?:" + _WHY_NOT + ")"
    # a need of the writers, first person: « nous avons besoin d'un appui du Département », « on
    # aurait vraiment besoin de bancs »; not a condition or a relative clause (« si on a besoin
    # d'aide, … », « quand on a besoin de … », « les outils dont on a besoin »)
    r"|(?<!\bsi )(?<!\bquand )(?<!\bdont )(?<!\blorsqu['’])(?<!\blorsque )(?<!\bcomme )"
    r"\b(?:j['’]\s*|nous\s+|on\s+)(?:ai|avons|a|aurais|aurions|aurait|aurons|aura)\s+"
    r"(?:(?:vraiment|r[ée]ellement|surtout|aussi|[ée]galement|donc|toujours|absolument|grandement|urgemment)\s+){0,2}"
    r"besoin\s+(?:de\s+|d['’]\s*|du\s|des\s)"
    # a demand named, then stated after a colon: « nous ajoutons une demande : que le guide soit
    # imprimé », « Notre dernière revendication : que … »
    r"|\b(?:demandes?|revendications?|requ[êe]tes?|v(?:œ|oe)ux)(?:\s+[^\W\d_]+){0,2}?\s*:\s*(?:que\s|qu['’])"
    # a wish in the conditional, first person, with what is wished as an infinitive: « je
    # voudrais pouvoir payer en ligne », « nous aimerions disposer d'une salle », « ce que
    # j'aimerais, c'est … »; not « je voudrais remercier … », « j'aimerais souligner … », nor
    # a speaker announcing a subject (« je voudrais parler des personnes âgées », « revenir sur … »)
    r"|\b(?:je\s+|j['’]\s*|nous\s+|on\s+)(?:voudr|aimer)(?:ais|ions|ait)\s+"
    r"(?:(?:bien|vraiment|juste|surtout|simplement|aussi|enfin)\s+)?"
    rf"(?!(?:remercier|saluer|f[ée]liciter|rappeler|commencer|terminer|conclure|{_COMMENT_VERBS}"
    r"|parler|revenir|aborder|[ée]voquer|ajouter|compl[ée]ter|r[ée]agir|r[ée]pondre|poser|intervenir|t[ée]moigner"
    r"|expliquer|raconter|pr[ée]senter|redire)\b)"
    r"(?:(?:les|le|la|l['’]|en|y)\s*)?[^\W\d_]+(?:er|ir|re|oir)\b"
    # the same with the thing wished for: « on voudrait un écran dans chaque classe », « nous
    # aimerions une salle »; not a word or a date asked for (« je voudrais une précision », « on
    # voudrait juste une date »)
    r"|\b(?:je\s+|j['’]\s*|nous\s+|on\s+)(?:voudr|aimer)(?:ais|ions|ait)\s+"
    r"(?:(?:bien|vraiment|juste|surtout|simplement|aussi|enfin)\s+)?(?:un|une|des)\s+"
    r"(?!(?:pr[ée]cision|r[ée]ponse|explication|question|information|remarque|mot|avis|exemple|date|chiffre|d[ée]lai)s?\b)[^\W\d_]{3,}"
    # the same wish told of the people it is for, in the conditional: « les jeunes aimeraient des
    # formations », « beaucoup de parents voudraient que … », « les habitants souhaiteraient pouvoir … »
    # (not a relative clause, « les personnes qui aimeraient un conseil peuvent … »)
    r"|\b(?:les|des|nos|ces|beaucoup\s+de|plusieurs|certains|certaines|de\s+nombreux|de\s+nombreuses)\s+"
    r"(?:habitants?|habitantes|jeunes|parents|familles|riverains|riveraines|usagers|usag[èe]res|enfants|[ée]l[èe]ves"
    r"|coll[ée]giens|lyc[ée]ens|seniors|a[îi]n[ée]s|personnes|commer[çc]ants|associations|locataires|salari[ée]s"
    r"|agriculteurs|b[ée]n[ée]voles|retrait[ée]s|citoyens|citoyennes)\b[^.;:!?]{0,40}?\s(?<!\bqui\s)"
    r"(?:aimeraient|voudraient|souhaiteraient)\s+(?:(?:bien|vraiment|surtout|aussi|enfin)\s+)?"
    r"(?:un|une|des|que|qu['’]|[^\W\d_]+(?:er|ir|re|oir)\b)"
    # a cleft wish or demand: « ce que j'aimerais, c'est … », « Moi ce que je demande, c'est que … »,
    # « ce qu'il nous faudrait, c'est un conseiller », « ce dont on aurait besoin, c'est … »
    r"|\bce\s+que\s+(?:je|j['’]|nous|on)\s*(?:voudr|aimer|souhait|demand|r[ée]clam|propos|veu[xt]\b|voul)\w*\s*,?\s*c['’]\s*est\b"
    r"|\bce\s+qu['’]\s*il\s+(?:(?:nous|me|leur|vous|lui)\s+)?(?:faut|faudrait|faudra)\s*,?\s*c['’]\s*est\b"
    r"|\bce\s+dont\s+(?:je|j['’]|nous|on)\s*(?:a|ai|avons|aurait|aurais|aurions|aura)\s+(?:vraiment\s+)?besoin\s*,?\s*c['’]\s*est\b"
    # a wish: « je rêve d'une boîte à livres », « nous rêvons que … »
    r"|\b(?:je|j['’]en|nous|on)\s+r[êe]v(?:e|ons|erais|erions)\s+(?:d['’]|de\s+|que\s+|qu['’])"
    # a wish going on after another, its verb left out: « Et surtout qu'on garde le bureau de poste … »
    r"|^(?:et|mais)\s+(?:(?:surtout|aussi|[ée]galement|enfin)\s*,?\s+)?(?:que\s+|qu['’]\s*)"
    r"(?:on|il|elle|ils|elles|nous|vous|l['’]|la|le|les|chaque|tout|tous)\b"
    # a thing put forward and judged by what it would do: « Et des bancs le long du canal,
    # ça serait bien », « un composteur ça aiderait aussi » (not « …, ce serait trop cher »)
    r"|(?:^|[,:;]\s*|\bet\s+)(?:et\s+)?(?:pour\s+[^,;:?!.]{3,60}?\s+)?(?:un|une|des)\s+[^,;:?!.]{3,120}?,?\s+"
    r"(?:ça|ca|cela|ce)\s+(?:serait|marcherait|irait|aiderait|changerait|simplifierait|faciliterait|rendrait"
    r"\s+service)\b(?!\s+(?:pas|jamais|trop|moins)\b)"
    # a wish judged good, what is wished as an infinitive: « Ce serait génial d'avoir un
    # tiers-lieu », « ça serait bien de pouvoir payer en ligne » (not « ce serait trop cher de … »)
    r"|^\W*(?:(?:et|mais|alors)\s+)?(?:ce|ça|ca|cela)\s+serait\s+(?:vraiment\s+|tellement\s+|tr[èe]s\s+|super\s+|aussi\s+)?"
    rf"(?:{_GOOD_WISH})\s+(?:de\s+|d['’]\s*)[^\W\d_]+(?:er|ir|re|oir)\b"
    # a thing put forward, then judged: « Un portail unique …, avec un seul compte, serait vraiment
    # un plus », « Des bancs ombragés seraient bienvenus »; also as the clause after a finding, past a
    # semicolon (« Les jeunes n'ont aucun lieu où se retrouver ; un local leur serait très utile »)
    r"|(?:^\W*|;\s*)(?:(?:et|mais|alors)\s+)?(?:un|une|des)\s+[^;:?!.]{3,160}?\s+serai(?:t|ent)\s+"
    r"(?:vraiment\s+|tr[èe]s\s+|tellement\s+|aussi\s+|d[ée]j[àa]\s+)?"
    r"(?:un\s+(?:vrai\s+|r[ée]el\s+|gros\s+|grand\s+)?plus|(?:les\s+)?bienvenue?s?|(?:tr[èe]s\s+)?utiles?"
    r"|pr[ée]cieu(?:x|se|ses)|une\s+(?:bonne|excellente)\s+(?:id[ée]e|chose)|l['’]id[ée]al)\b"
    # a proposal added after others: « Et j'en ajoute une : une aide … », « J'ajoute une idée : … »
    r"|\b(?:j['’]\s*|nous\s+|on\s+)(?:en\s+)?ajout(?:e|ons)\s+(?:une|un)(?:\s+(?:autre|derni[èe]re|petite))?"
    r"(?:\s+(?:id[ée]e|proposition|suggestion|demande))?\s*:\s*\S",
    re.I,
)


# A demand reported by a synthesis of a consultation, a noun phrase after an impersonal frame:
# « Une attente forte porte sur l'ouverture … », « Il ressort des ateliers le besoin d'un … »,
# « La réouverture du guichet est très attendue », « Les habitants attendent la création … »,
# « Beaucoup réclament des bancs » (not in an authority's plan: see _Paragraphs.sentences); not a
# date awaited (« Le rapport est attendu pour juin », « … attendue en 2027 ») nor a wait
# (« Les usagers attendent des heures »)
_WAIT_NOUNS = (r"(?:heures?|minutes?|jours?|semaines?|mois|ans|ann[ée]es?|fois|moment|temps|instant|longtemps"
               r"|d[ée]cennies?)\b")
# (the frames that open the sentence: « Une attente forte porte sur », « Il ressort des ateliers la nécessité de »)
_NOUN_FRAME = (
    r"^\W*(?:(?:une|la|l['’]|leur|autre)\s*)?(?:(?:forte|grande|principale|premi[èe]re|autre|v[ée]ritable)\s+)?"
    r"(?:attente|demande|aspiration|pr[ée]occupation)s?\s+(?:(?:forte|majeure|r[ée]currente|partag[ée]e|principale)s?\s+)?"
    r"(?:porte|portait|portent|portaient)\s+sur\s+"
    r"|^\W*il\s+ressort\s+(?:(?:des|de\s+la|de\s+l['’]|du|de\s+ces|de\s+nos)\s*[^,;:.!?]{1,60}?\s+)?"
    r"(?:le\s+besoin|un\s+besoin|la\s+n[ée]cessit[ée]|l['’]attente|une\s+attente|une\s+demande|la\s+demande"
    r"|le\s+souhait|un\s+souhait)\s+(?:de\s+|d['’]|du\s|des\s)")
_REPORTED_DEMAND = re.compile(
    rf"(?:{_NOUN_FRAME})(?=\S)"
    r"|\b(?<!n['’])(?:est|sont|reste|restent)\s+(?:(?:tr[èe]s|particuli[èe]rement|vivement|fortement|largement|aussi"
    r"|[ée]galement|donc)\s+){0,2}attendue?s?\b(?!\s+(?:pour|en|d[èe]s|avant|au|à|a|le|la|les|fin|d[ée]but|courant"
    r"|d['’]ici|dans|sous|de|d['’]|du|des|par|nombreux|nombreuses|tr[èe]s|si|aussi|plus|moins)\b)(?!\s*\d)"
    r"|^\W*(?:(?:les|des|de\s+nombreux|de\s+nombreuses|nombre\s+de|plusieurs|certains|certaines|beaucoup\s+de)\s+)?"
    r"(?:participants?|habitants?|r[ée]pondants?|contributeurs?|contributrices?|usagers?|familles|riverains?|citoyens?"
    r"|parents|jeunes|seniors|commer[çc]ants|agriculteurs|exploitants|beaucoup|certains|plusieurs|la\s+plupart)"
    r"(?:\s+[^\W\d_]+){0,2}?\s+(?:attendent|r[ée]clament)\s+(?:(?:surtout|aussi|[ée]galement|notamment|avant\s+tout"
    r"|en\s+priorit[ée]|d['’]abord|donc|encore)\s+)?"
    rf"(?:(?:la|le|les|l['’])\s*(?:retour\b|{_DEVERBAL})|(?:un|une|des|plus\s+de|davantage\s+de)\s+(?!{_WAIT_NOUNS})[^\W\d_]{{3,}})",
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
# (the town's authority named by its house or its office: « la mairie doit publier … »)
_TOWN_OFFICE = r"(?:la|le|l['’])\s*(?:mairie|municipalit[ée]|maire|conseil\s+municipal|[ée]quipe\s+municipale)"
_AUTHORITY_MUST = re.compile(
    rf"\b(?:{_AUTHORITY}|{_PROJECT_OWNER}|{_TOWN_OFFICE})\s+(?:[^\s.;:!?]+\s+){{0,6}}?doi(?:t|vent)\s+(?:{_ADVERBS}\s+)?"
    r"(?:se\s+|s['’])?(?!faire\s+face|composer\b|affronter|subir)[^\W\d_]+(?:er|ir|re|oir)\b",
    re.I,
)
# In an opinion, a deed the opinion is about opening the sentence, then what it must be or do
# (« le suivi des usages doit s'appuyer sur des indicateurs publiés », « La mise en place des
# permanences doit être concertée avec les communes », maybe after a connector « Par ailleurs, »): what the authority is asked to do of it; not a thing or a person
# that must (« Le numérique doit rester un moyen », « Le citoyen doit être considéré … »)
_DEED_MUST = re.compile(
    r"^\W*(?:(?:par\s+ailleurs|en\s+outre|de\s+plus|enfin|surtout|aussi|de\s+m[êe]me|en\s+compl[ée]ment),?\s+)?"
    r"(?:le|la|l['’]|les)\s*(?:(?:bon|bonne|bons|bonnes|meilleure?s?)\s+)?" + _DEVERBAL
    + r"[^.;:!?]{0,120}?\s(?<!\bqui\s)doi(?:t|vent)\s+(?:" + _ADVERBS + r"\s+)?(?:se\s+|s['’])?"
    # « doit rester / demeurer … » asks only with a state after it (see _DEMAND_WEAK)
    r"(?!faire\s+face|composer\b|affronter|subir|rester\b|demeurer\b)[^\W\d_]+(?:er|ir|re|oir)\b",
    re.I,
)

# In an opinion, what every one of a kind must do or have, said of all of them (« chaque service
# dématérialisé doit conserver une alternative humaine », « toutes les écoles devraient disposer
# d'un … », maybe after what it follows from, « … : chaque commune doit … », « … que chaque … »): a
# rule asked for; not a state to keep (« doit rester »), a constraint (« doit faire face ») nor a
# relative clause (« … qui doit … »)
_EVERY_MUST = re.compile(
    r"(?:^\W*|[:;]\s*|\bque\s+|\bqu['’]\s*)(?:chaque|tout|toute|tous\s+les|toutes\s+les)\s+[^\W\d_]"
    r"[^.;:!?]{1,80}?\s(?<!\bqui\s)(?:doit|doivent|devra|devront|devrait|devraient)\s+(?:" + _ADVERBS + r"\s+)?"
    r"(?:se\s+|s['’])?(?!faire\s+face|composer\b|affronter|subir|rester\b|demeurer\b)[^\W\d_]+(?:er|ir|re|oir)\b",
    re.I,
)


# "Aujourd'hui il faut déposer un chèque à la régie", "elle explique qu'il faut appeler à 8 h 30",
# "la navette ne roule que l'été et il faut réserver": the burden of the present, told, not a demand
_PRESENT_BURDEN = re.compile(
    r"^(?:aujourd['’]hui|actuellement|pour l['’]instant|en ce moment|à ce jour|pour le moment)\b"
    r"|\b(?:explique|expliquent|raconte|racontent|rappelle|rappellent|constate|constatent|regrette|regrettent)"
    r"\s+qu['’]il\s+(?:faut|fallait)\b"
    # « Le car ne passe que deux fois par jour et il faut réserver la veille »: after what a thing
    # does only (« ne … que »), what it takes beforehand to use it, joined by « et »
    r"|\b(?:ne|n['’])\s*[^\W\d_]+\s+(?:[^\W\d_]+\s+){0,2}?qu(?:e\b|['’])[^.;!?]*?,?\s+et\s+il\s+(?:faut|fallait)\b"
    r"[^.;!?]*?(?:[àa]\s+l['’]\s*avance|au\s+pr[ée]alable|la\s+veille|\b(?:jours?|semaines?|heures?|h)\s+avant)\b",
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
# The place and date a document was signed at (« Fait à Plouvenec, le 3 mars 2026. Le maire, … »):
# its closing formula, the signatures follow; no unit of whatever section it closes
_SIGNED_AT = re.compile(
    r"^fait\s+à\s+[^\W\d_][^,;:.]{0,60},?\s+le\s+(?:\d{1,2}(?:er)?\s+[^\W\d_]+\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\b",
    re.I)
# A decision of a deliberation written as a verb in capitals after "après en avoir délibéré"
# ("APPROUVE la convention…", "AUTORISE le Maire à signer…")
_CAPS_DECISION = re.compile(
    r"^(?:APPROUVE|AUTORISE|D[ÉE]CIDE|D[ÉE]SIGNE|FIXE|ADOPTE|ACCEPTE|CHARGE|DIT|PREND ACTE|[ÉE]MET|SOLLICITE"
    r"|DONNE|ATTRIBUE|VALIDE|CR[ÉE]E|RETIENT|ABROGE|MODIFIE|PR[ÉE]CISE|OPTE|D[ÉE]L[ÈE]GUE|CONFIE|AUTORISENT"
    r"|APPROUVENT|ACTE)\b(?!['’])"
)
# The same verb in capitals inside the sentence that deliberates (« Le conseil municipal, après en
# avoir délibéré, à l'unanimité, AUTORISE M. le Maire à signer … »), a word after it (not the
# « DÉCIDE : » over the articles)
_INLINE_CAPS_DECISION = re.compile(r"(?<=,\s)" + _CAPS_DECISION.pattern[1:] + r"(?=\s+[^\W\d_])")
# "… après en avoir délibéré, DÉCIDE de désigner M. X…": the decision follows "décide"
_INLINE_DECISION = re.compile(r"\b(?:D[ÉE]CIDE|d[ée]cide)\s+(?=de\s|d['’])")
# A demand whose place is the one the sentence before named, its subject the person that
# sentence introduced: « M. L. a rappelé que le hameau n'a qu'un débit de 2 Mbit/s. Il a
# souhaité que la fibre y soit déployée » (the pronoun « y », not « il y a »)
_BACK_REFERENCE = re.compile(
    r"^\W*(?:il|elle|ils|elles)\s+(?:[^\s.;:!?]+\s+){0,8}?(?:[^\s.;:!?]*['’])?y\s+"
    r"(?!(?:a|ait|avait|aura|aurait|avoir|aient|avaient|auront)\b)(?=[^\W\d_])",
    re.I,
)
# A demand naming what it is about by a pronoun pointing back to the sentence before, in its first
# words (PRONOUN_BACK_WORDS): an object pronoun before an infinitive where it cannot be an article
# (« Est-il prévu de les faire éteindre ? », « de le remplacer »; « de la », « de l' » see
# _PRONOUN_OBJECT) or a pronoun subject after « que » (« Nous aimerions qu'elle devienne un tiers-lieu »)
# What the sentence before named, resumed by a pronoun, must be done to it (« Le site est illisible sur
# un téléphone. Il doit être refait. », « Elles devraient être ouvertes le samedi »): a demand, not an
# impersonal remark (« Il doit être noté que … », « Il doit être possible … »)
_THING_MUST = re.compile(
    r"^\W*(?:il|elle|ils|elles)\s+(?:doit|doivent|devra|devront|devrait|devraient)\s+"
    r"(?:(?:absolument|vraiment|donc|aussi|enfin|imp[ée]rativement|rapidement)\s+)?[êe]tre\s+"
    r"(?!(?:not[ée]|rappel[ée]|soulign[ée]|pr[ée]cis[ée]|dit|constat[ée]|observ[ée]|relev[ée]|signal[ée])\b)"
    r"[^\W\d_]{2,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|ertes)\b",
    re.I,
)
# An ordinal adverb opening a paragraph (« Premièrement, », « Deuxièmement, », « En troisième lieu, »,
# « Primo, »): one member of a series counted in prose, as numbers count a list's items
_ORDINAL_OPENING = re.compile(
    r"^\W*(?:premi[èe]rement|(?:deuxi|troisi|quatri|cinqui|sixi|septi|huiti|neuvi|dixi)[èe]mement|secondement"
    r"|primo|secundo|tertio|quarto|en\s+(?:premier|second|deuxi[èe]me|troisi[èe]me|quatri[èe]me|cinqui[èe]me)\s+lieu)"
    r"\s*[,:]", re.I)
# The adverb closing such a series (« Enfin, », « En dernier lieu, », « Pour finir, »): its last member,
# right after the others
_ORDINAL_CLOSING = re.compile(r"^\W*(?:enfin|en\s+dernier\s+lieu|pour\s+finir|pour\s+terminer)\s*[,:]", re.I)
_PRONOUN_BACK = re.compile(
    r"\b(?:de|d['’]|à)\s+(?:le|les)\s+(?:faire\s+)?[^\W\d_]{3,}(?:er|ir|re)\b"
    r"|\bqu['’]\s*(?:elle|elles|ils)\s",
    re.I,
)
# « de la », « à l' » before a word: an object pronoun when the word is an infinitive (« de la
# remplacer »), an article otherwise (« de la culture »)
_PRONOUN_OBJECT = re.compile(r"\b(?:de|d['’]|à)\s+(?:la\s+|l['’]\s*)(?=[^\W\d_])", re.I)
PRONOUN_BACK_WORDS = 8  # a pronoun pointing back opens the demand (later, it names a thing of the sentence)
# A question reported in the minutes: "Mme P. demande où en est le raccordement…", "M. T.
# souhaite savoir si…" (no question mark); not the noun after an article (« un transport à la
# demande ou un réseau de chauffeurs », « une demande où chacun … »)
_INDIRECT_QUESTION = re.compile(
    r"(?<!\bla\s)(?<!\bLa\s)(?<!\bune\s)(?<!\bUne\s)(?<!\bsa\s)(?<!\bleur\s)(?<!\bcette\s)(?<!\bchaque\s)"
    r"\b(?:demande|demandent|s['’]interroge|s['’]interrogent|souhaite savoir|souhaitent savoir|voudrait savoir"
    r"|aimerait savoir|interroge|interrogent)\s+(?:(?:à|au|aux)\s+[^,.;:]{1,40}?\s+)?"
    r"(?:si(?! possible)\b|o[ùu]\b|quand\b|comment\b|pourquoi\b|combien\b|quel(?:le)?s?\b|qui\b|ce qu)",
)
# A question told, not put to the one addressed: others asking the authors or wondering (« Des
# parents nous demandent pourquoi la garderie ferme à 18 h », « Beaucoup se demandent si le car
# passera », « … m'ont demandé comment s'inscrire ? »)
_WONDERED = re.compile(
    r"\b(?:se|s['’]|nous|me|m['’])\s*(?:demand(?:e|ent|ait|aient)|(?:a|ont|avait|avaient)\s+demand[ée])\s+"
    r"(?:(?:souvent|parfois|encore|toujours|aussi|r[ée]guli[èe]rement|sans\s+cesse)\s+)?"
    r"(?:si\b|s['’](?=ils?\b)|pourquoi\b|comment\b|quand\b|o[ùu]\b|combien\b|quel(?:le)?s?\b|ce\s+qu)",
    re.I,
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
    r"^(?:et\s+)?(?:que\s|qu['’]\s*(?=\w))|\b(?:demand|propos|souhait|sugg[eéè]r|recommand|pr[ée]conis|exig|r[ée]clam)\w*"
    r"|\bil (?:faut|faudrait)\b|\bdevr(?:ait|aient|ions|iez)\b|\bmerci de\b|\bon pourrait\b|\bj['’]aimerais\b"
    r"|\bnous aimerions\b|\bpourquoi pas\b",
    re.I,
)
# The result of a vote on a proposal, on a line of its own (« Adoptée à 87 % (pour : 30 ; contre :
# 4) », « Rejetée à l'unanimité », « Résultat du vote : … », « Pour : 30 – Contre : 4 –
# Abstentions : 3 »): how the assembly voted, not what it asks or decides
# A section listing the works cited (« Bibliographie », « Webographie », « Sitographie »,
# « Références bibliographiques », « Pour aller plus loin », « Liens utiles »): its lines are titles of
# works with their links (« Déployer la sobriété, Institut X, 2020 https://… »), never units
_REFERENCES_SECTION = re.compile(
    r"^\W*(?:bibliographie|webographie|sitographie|r[ée]f[ée]rences\s+bibliographiques|pour\s+aller\s+plus\s+loin"
    r"|liens\s+utiles|pour\s+en\s+savoir\s+plus)\W*$", re.I)
_VOTE_TALLY = re.compile(
    r"^\W*(?:(?:non\s+)?(?:adopt|rejet|approuv|vot)[ée]e?s?\s+(?:à|a|par)\s+(?:l['’]\s*unanimit[ée]|la\s+majorit[ée]"
    r"|\d{1,3}(?:[,.]\d{1,2})?\s*%|\d+\s+voix)"
    r"|(?:r[ée]sultat\s+du\s+)?vote\s*:"
    r"|pour\s*:\s*\d+\s*[;,–—/-]\s*contre\s*:\s*\d+)"
    r"[^.!?]{0,120}[.!?]?\s*$",
    re.I,
)
# A vote result adopting the proposal run into the proposal's own text when the extractor lost
# the line break (« Adoptée à 64 % – Pour 25 – Contre 11 – Abstention 3 Installer un … »): the tally
# ends at its abstention count, a capitalised word after it starts the text
_TALLY_THEN_TEXT = re.compile(
    r"^\W*adopt[ée]e?s?\b[^\n.!?]{0,80}?\babstentions?\s*:?\s*\d+\s+(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])",
    re.I,
)
# A vœu or a motion withdrawn before the vote (« Le rapporteur retire le vœu », « La motion est
# retirée », « Le vœu n'est pas soumis au vote »): what it asked is no demand of the assembly
_WITHDRAWN = re.compile(
    r"\bretir(?:e|ent)\s+(?:son|sa|leur|le|la|l['’]|ce|cette)\s*(?:v(?:œ|oe)u|motion|proposition|amendement)\b"
    r"|\b(?:v(?:œ|oe)u|motion|amendement)\s+(?:est|a\s+[ée]t[ée])\s+retir[ée]e?\b"
    r"|\b(?:v(?:œ|oe)u|motion|amendement|proposition)\s+n['’]\s*(?:est|a\s+pas\s+[ée]t[ée])\s+(?:pas\s+)?soumise?\s+au\s+vote\b",
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

_GENERAL_DETERMINERS = _DETERMINERS | {"ce", "cet", "chaque", "tout", "toute", "tous", "toutes", "plusieurs",
                                       "mon", "ton", "ta", "tes", "aucun", "aucune", "quelques", "deux", "trois",
                                       "quatre", "cinq", "six", "dix", "cent", "mille",
                                       # a counted subject of a passive (« Neuf écoles seront équipées »)
                                       "sept", "huit", "neuf", "onze", "douze", "treize", "quatorze", "quinze",
                                       "seize", "vingt", "trente", "quarante", "cinquante", "soixante"}
