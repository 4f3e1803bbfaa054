"""Paragraphs of the segmenter: sentences, commitments, stated fates (mixin of _Segmenter).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from ..clean import split_marker
from ..labels import parse_label
from ..model import Block, STATUS_NOT
from ..status import status_cap
from .vocabulary import (_ADVERBS, _AUTHORITY, MAX_ACTION_TITLE_WORDS, _ON_DEMAND, _AGREED, _BODY_APPROVES, _AMENDMENT_ASKS, _BACK_REFERENCE,
                         _PRONOUN_BACK, _PRONOUN_OBJECT, PRONOUN_BACK_WORDS, _THING_MUST, _AUTHORITY_MUST, _DEED_MUST, _EVERY_MUST, _AUTHOR_PROPOSES, _CAPS_DECISION, _DATED_REPORT,
                         _CAUTION_SECTION, _DELIBERATION_END, _SIGNED_AT, _DEMAND_VERB, _DEMAND_WEAK, _EDITORIAL, _ENGAGEMENT_FIELD, _GENERIC_SECTION,
                         _GOES_ON, _HEADING_NUMBER, _INDIRECT_QUESTION, _INLINE_CAPS_DECISION, _INLINE_DECISION, _MEASURED_BY, _MOTIVATION, _NOT_PLANNED, _NUMBER_DASH,
                         _ONE_PROPOSAL_LEADIN, _OPPOSES, _REASONS_FIELD, _VERDICT_FIELD, _OWN_ADVICE_WISH, _OWN_WISH, _PRESENT_BURDEN, _REFUSAL_REASONS, _REJECTED_BY_VOTE, _REPORTED_DEMAND,
                         _STUDY_ONLY,
                         _REPORTED_THING,
                         _NAMED_SAYS, _NOT_RETAINED, _ORDINAL_CLOSING, _ORDINAL_OPENING, _SOME_REQUESTS, _NOT_EVERYTHING, _STATED_OPINION, _THING_REQUIRES, _WHAT_WE_DO, _WONDERED,
                         _ANSWERING_VOICE_RUNIN, _AUTHOR_LINE, _AUTHOR_SAYS)
from .units import _Unit
from .language import (tells_future, _address_line, _infinitive_demands, _SPOKEN_WANT, _AUTHORITY_SUBJECT, _contact_line, _states_ask, _demand_clause, _AND_MORE, _ANSWER_DONE, _ANSWER_LEAD, _COMMITMENT_QUESTION, _DONE_ANY, _EXAMPLE_START, _FUTURE_HINT,
                       _INLINE_SEPARATOR, _QUESTIONS_RAISED,
                       _INTENT_ASKED, _MOTTO, _NAMED_THING, _PLEDGE, polite_request, _PUT_FORWARD, _QUOTED_QUESTION, _SAYING_FRAME, _MEMBER_SAYS,
                       _THE_PLAN_ITSELF, _THIS_PLAN, _TITLED, _YOU_SUBJECT, _CONTRIBUTIONS_HANDLED, _YOU_ASKED, _asks_then_wonders, _collapse,
                       _demand_sentences, _demand_whole, _first_word, _lettered_parts, _noun_demands, _reference_note,
                       _sentences, _suggests, _that_demands, _word_count)
from .tables import (RETAINED_IN_PART, STATE_WORDS, _NOT_ITS_OWN, _PARTIAL_RETENTION, _REFUSAL, _RETAINS, _describe,
                     _refusal, classify_leadin, field_indicators, stated_state)
from .priors import _COMMITTED_SECTION, _DIAGNOSIS_SECTION, _DONE_SECTION, _KEY_FIGURES_SECTION, _NOUN_PHRASE_START, _OUTLOOK_SECTION, _REFUSED_SECTION, _goes_on_item, section_title


# A pronoun proposing a thing, maybe after a clause put before it (« Pour les personnes âgées, il
# propose des visites à domicile »): one more demand when the sentence before asked (see
# _Paragraphs.sentences), the pronoun standing for its asker
_PRONOUN_PROPOSES = re.compile(
    rf"^\W*(?:[^.;:!?]{{0,120}}?,\s+)?(?:il|elle|ils|elles)\s+(?:{_ADVERBS}\s+)?(?:propos|sugg[èe]r)(?:e|ent)\s+"
    rf"(?:{_ADVERBS}\s+)?(?:un|une|des)\s+[^\W\d_]", re.I)
# A question told in minutes answered by the next sentence (« Mme Roux demande si la fête aura
# lieu. M. Blanc répond qu'elle est fixée au 3 juin. », « Le maire lui indique que … »): settled in
# the meeting, no question left to the authority
_ANSWERED_AT_ONCE = re.compile(
    r"^\s*(?:[^;!?]{0,60}?\s)?(?:lui\s+|leur\s+)?(?:r[ée]pond(?:ent)?|pr[ée]cise(?:nt)?|indique(?:nt)?)\s+(?:qu['’]|que\s)",
    re.I)
# An answer's « Non » then, before « : », what it declines and the reason after (« Non, pas pour le
# moment : … », « Non pour le samedi : l'accueil reste assuré en semaine », « Non dans le parc : … »);
# not « Non, mais … », which goes on with what will be done; or its « Non » then a denied clause
# that says what will not be (« Non, il n'y aura pas de wifi sur la plage. », « Non : nous ne
# fermerons pas l'accueil »)
_ANSWER_NO = re.compile(r"^\W*non\b(?!\s*,?\s*mais\b)(?:[^.;:!?]{0,80}?\s:\s"
                        r"|\s*[,:.]\s*(?=[^.;:!?]*?\b(?:ne|n['’])\s*[^.;:!?]{0,40}?\b(?:pas|plus|jamais)\b))", re.I)
# The authority's assembly telling what it decided by its vote (« Le conseil municipal a voté, le 6
# novembre, la limitation … », « … a décidé de fermer … », « … a instauré un périmètre … »), maybe
# after a circumstance (« Le 6 novembre, le conseil municipal a adopté … »)
_BODY_VOTED = re.compile(
    r"^\W*(?:[^,;:]{1,60},\s*)?(?:le|la|l['’])\s*(?:conseil\s+(?:municipal|communautaire|d[ée]partemental|r[ée]gional"
    r"|syndical|m[ée]tropolitain)|bureau\s+(?:communautaire|municipal|syndical)|commission\s+permanente)\s+"
    r"(?:a|ont)\s+(?:,[^,;:]{1,40},\s*)?(?:unanimement\s+|[àa]\s+l['’]\s*unanimit[ée]\s+)?"
    # (what it decided named after the verb: not « a délibéré sur ce point le 2 février »)
    r"(?:(?:vot[ée]|adopt[ée]|approuv[ée]|instaur[ée])(?:\s*,[^,;:]{1,40},)?\s+(?:le|la|les|l['’]|un|une|des|du|son|sa|ses)\b"
    r"|d[ée]cid[ée](?:\s*,[^,;:]{1,40},)?\s+(?:de|d['’]|que|qu['’]))", re.I)
# A count of things to reach after « Objectif : » (« 20 jardinières parrainées … », « 6 000 comptes
# actifs »), not a share (« 100 % des locaux … », « 80 pour cent »)
_COUNTED_TARGET = re.compile(r"^\d[\d\s\u00a0\u202f.]*\s+(?!%|pour\s*cents?\b)(?:de\s+|d['’]\s*)?[^\W\d_]", re.I)
# An answer's bare « Non. » (« Non ! »), a sentence of its own, and a clause denying what will be
_BARE_NO = re.compile(r"^\W*non\s*[.!]+\s*$", re.I)
_DENIED = re.compile(r"\b(?:ne|n['’])\s*[^.;:!?]{0,60}?\b(?:pas|plus|jamais)\b", re.I)
# The authority as the subject of a verb in the passé composé, maybe after a circumstance (« Pour la
# téléphonie, la commune a proposé … », « Nous avons inscrit … »): a deed it has done
_AUTHORITY_DID = re.compile(
    r"^\W*(?:[^,;:]{1,60},\s*)?(?:" + _AUTHORITY + r"|nous)(?:\s+de\s+communes)?\s+(?:a|ont|avons)\s+"
    r"(?:d[ée]j[àa]\s+)?[^\W\d_]{3,}[ée]e?s?\b", re.I)
# A clause whose object is a pronoun standing for what the clause before it named, before a verb in
# the future (« … ; la commune la défendra au comité de ligne », « … ; nous les installerons en
# mai »): it says nothing without that clause
_RESUMED_OBJECT = re.compile(
    r"^\W*(?:(?:la|le|l['’]|notre|cette)\s*[^\W\d_]+|nous|elle|il|elles|ils|on)\s+(?:(?:la|le|les|lui|leur)\s+|l['’]\s*)"
    r"[^\W\d_]+(?:ra|ront|rons)\b", re.I)
# The words of a plan's follow-up, its bodies and its money (see _Paragraphs.under_question)
_FOLLOW_UP = re.compile(r"\b(comit[ée]|suivi|bilan|[ée]valuation|budget|cr[ée]dits|rapport|enveloppe)s?\b", re.I)
# Not the authority itself as the body a matter is the business of (« relève de la commune », « des
# compétences … »): what _ANOTHER_BODYS and _PASSED_ON look past
_NOT_ITSELF = (r"(?!(?:communes?|villes?|municipalit[ée]s?|mairies?|communaut[ée]s?|intercommunalit[ée]s?|m[ée]tropoles?"
               r"|agglom[ée]rations?|comp[ée]tences?)\b)")
# In an answer, the matter put first, then the body it is the business of, not the authority (« Les
# pannes d'ascenseur relèvent du bailleur : … », « Les horaires des cars relèvent de la Région. »,
# the matter taken up again by a pronoun: « La formation des agents, elle, relève de l'État. »)
_ANOTHER_BODYS = re.compile(
    r"^[^.;:!?,]{3,120}?(?:,\s*(?:elle|elles|lui|eux)\s*,\s*)?\brel[èe]ve(?:nt)?\s+(?:de\s+la\s+comp[ée]tence\s+)?(?:du|de\s+la|de\s+l['’]|des)\s*"
    + _NOT_ITSELF +
    r"[^\W\d_][^.;:!?]{0,60}?(?:\s:\s|[.!]?$)", re.I)
# In a plan, the matter said to be another body's business, then, after « ; », the authority only
# passing the demand on to it (« Les horaires des cars relèvent de la compétence de la Région ; la
# commune lui transmettra les attentes des habitants »), or, after a comma, that body already
# seized of it (« Les délais du centre de soins relèvent de l'hôpital et de l'ARS, qui en ont été
# saisis », « …, à qui la demande a été transmise »): the demand is declined, a decision
# (so in a reply letter, the part of the demand put first as a topic, and the writer passing the
# demand on itself after « : », « Pour le collège, la prévention relève du Département : je
# transmettrai votre demande à la principale »)
_PASSED_ON = re.compile(
    r"^(?:(?:pour|quant\s+(?:à|a|aux?)|concernant|s['’]agissant\s+d\S*)\s[^.;:!?,]{1,60},\s*)?"
    r"[^.;:!?,]{3,120}?\brel[èe]ve(?:nt)?\s+(?:de\s+la\s+comp[ée]tence\s+|des\s+comp[ée]tences\s+)?(?:du|de\s+la|de\s+l['’]|des)\s*"
    + _NOT_ITSELF +
    r"[^\W\d_][^.;:!?]{0,60}?(?:\s[;:]\s+[^.;:!?]{0,80}?\b(?:(?:lui|leur)\s+|(?:je|nous)\s+(?=[^\W\d_]+\s+"
    r"(?:votre|vos|cette|ces|la|les)\s+(?:demandes?|propositions?|attentes?|id[ée]es?)\b))"
    r"(?:transmettr|relaier|relaie|signaler|adresser|soumettr|communiquer|fer(?=(?:a|ont|ons)\s+(?:remonter|suivre|part)\b))"
    r"(?:a|ont|ons|ai)\b"
    r"|,\s+(?:qui|[àa]\s+qui|auxquel(?:le)?s|auquel|[àa]\s+laquelle)\s+[^.;:!?]{0,60}?"
    r"\b(?:saisi|transmis|signal[ée]|adress[ée]|communiqu[ée])(?:e|s|es)?\b)", re.I)

# In a plan, the matter said to be the business of another text or body and not of the plan or
# the authority itself (« La desserte des gares relève de la convention TER, et non du présent
# schéma », « … relève du syndicat d'énergie et non de la commune »): the demand is declined here
_NOT_HERE = re.compile(
    r"^[^.;:!?]{3,160}?\brel[èe]ve(?:nt)?\s+(?:du|de\s+la|de\s+l['’]|des|d['’])[^.;:!?]{2,160}?,?\s+et\s+non\s+(?:pas\s+)?"
    r"(?:du|de\s+la|de\s+l['’]|des)\s*(?:pr[ée]sente?s?\s|(?:communes?|villes?|communaut[ée]s?|intercommunalit[ée]s?"
    r"|m[ée]tropoles?|r[ée]gions?|d[ée]partements?|agglom[ée]rations?)\b)", re.I)

# One more thing the subject of a proposal must or should do, said with « aussi » (« Cette
# formation doit aussi entrer dans … », « Les horaires devraient également inclure … »): in the
# explanation under a proposal's title, a demand added to it
_ADDED_MUST = re.compile(
    r"^\W*(?:[^\W\d_][^\s.;:!?]*\s+){1,4}?(?:doit|doivent|devrait|devraient)\s+(?:aussi|[ée]galement|en\s+outre)\s+"
    r"(?:se\s+|s['’])?[^\W\d_]+(?:er|ir|re|oir)\b", re.I)

# A quoted question opening what follows a lead-in's colon (« … demande : « Quand … ? » … »)
_OPENING_QUOTED_QUESTION = re.compile(r"^«\s*([^«»]{8,}?\?)\s*»")
RUNIN_TITLE_WORDS = 5  # the words of a run-in title opening a paragraph (see _Paragraphs.runin_title)
MAX_HEADED_TITLE_WORDS = 14  # the words of an engagement's heading (see _headed_paragraphs)
MAX_HEADED_WORDS = 120  # the words of one of its paragraphs
MAX_HEADED_PARAGRAPHS = 3  # the paragraphs under one of its headings
# The reader addressed as « tu » (« Et toi, t'en penses quoi ? », « Tu as une idée ? », « Donne ton
# avis ! »): a demands document calling on its readers (a youth council's leaflet), never on the
# authority, which it does not « tutoie »
_READER_ADDRESSED = re.compile(r"\b(?:tu|toi|ton|tes)\b|\bt['’]\s*(?:en|y|as|es)\b", re.I)
MAX_FIELD_GOAL_WORDS = 60  # the words of an objective given alone after « Objectif : » (see colon_list)
HEADED_THING_WORDS = 6  # the words at least of a thing named as a demand under its heading (see headed_thing)
# The progress of an engagement printed alone under its title (a page's status badge: « En
# cours », « À venir », « Réalisé », « Terminée », « À l'étude »): a label, no paragraph
_PROGRESS_LABEL = re.compile(
    r"(?:en\s+cours|[àa]\s+venir|r[ée]alis[ée]e?s?|termin[ée]e?s?|achev[ée]e?s?|engag[ée]e?s?|lanc[ée]e?s?"
    r"|pr[ée]vu(?:e|es|s)?|programm[ée]e?s?|report[ée]e?s?|abandonn[ée]e?s?|[àa]\s+l['’][ée]tude"
    r"|en\s+projet|non\s+d[ée]marr[ée]e?s?|en\s+pr[ée]paration)", re.I)


# A sub-number typed at the start of a paragraph: a number and a letter (« 3a – », « 3.b : »,
# « 3 c) ») over a demand of the label so numbered (« Préconisation 3 – … » just above)
_SUB_NUMBER = re.compile(r"^(?P<num>\d{1,3})(?:\.?(?P<letter>[a-h])|\s(?P<spaced>[a-h])(?=\)))\s*[–—:.)-]+\s*(?=[^\W\d_])")


def sub_number(text: str, label: str) -> tuple[str, int]:
    """(the letter, where the text starts after it) when ``text`` opens with a sub-number of
    ``label``, the label of the unit above (« Préconisation 3 » then « 3a – Rouvrir … » gives
    ("a", 5)); ("", 0) otherwise (another number, no label, a plain number « 3. »)."""
    m = _SUB_NUMBER.match(text)
    own = re.search(r"(\d{1,3})$", label)
    if not m or own is None or own.group(1) != m.group("num"):
        return "", 0
    return m.group("letter") or m.group("spaced"), m.end()


# A book of numbered rules (a regional scheme's « fascicule des règles », a regulation): three
# blocks or more opened by « Règle n° … »; its text is normative, written in the present
MIN_RULES = 3


def rule_book(blocks) -> bool:
    """Whether ``blocks`` are those of a book of numbered rules (see MIN_RULES)."""
    return sum(1 for b in blocks if b.kind in ("heading", "paragraph")
               and parse_label(b.text)[0].lower().startswith(("règle", "regle"))) >= MIN_RULES


# What such a book says the authority does, in the present: its subject and a verb of doing
# (« La Région met en place une mission d'appui … », « La Région finance … »), or the thing done
# in a passive present (« Un bilan … est présenté tous les trois ans », « Les valeurs … sont
# publiées en données ouvertes »)
_PROVIDED_NOW = re.compile(
    r"^\W*(?:" + _AUTHORITY_SUBJECT.pattern + r")\s+(?:met(?:tent)?\s+en\s+(?:place|œuvre|oeuvre)|finance(?:nt)?|assure(?:nt)?"
    r"|cr[ée]e(?:nt)?|organise(?:nt)?|publie(?:nt)?|accompagne(?:nt)?|d[ée]ploie(?:nt)?|mobilise(?:nt)?|r[ée]unit"
    r"|soutien(?:t|nent)|apporte(?:nt)?)\b"
    r"|^\W*(?:un|une|les|le|la|l['’]|des)\s*[^\W\d_][^.;:!?]{2,120}?\s(?:est|sont)\s+(?:pr[ée]sent|publi|r[ée]uni|organis"
    r"|mise?s?\s+en\s+place|cr[ée]{1,2}|financ|diffus|transmis)[ée]?e?s?\b",
    re.I,
)

# A sentence opening on another measure taken meanwhile or besides (« En attendant, … », « Dans
# l'intervalle, … », « Par ailleurs, … », « En parallèle, … »)
_OTHER_MEASURE = re.compile(
    r"^\W*(?:en\s+attendant|dans\s+l['’]\s*intervalle|d['’]\s*ici\s+l[àa]|par\s+ailleurs|en\s+parall[èe]le"
    r"|parall[èe]lement)\s*,", re.I)
# the salutation opening a letter's body, alone on its line (« Madame la Présidente, », « Monsieur
# le Maire, », « Madame, Monsieur, »)
_LETTER_SALUTATION = re.compile(
    r"(?:madame|monsieur|mesdames|messieurs)(?:\s*(?:,|et|ou|/)\s*(?:madame|monsieur|mesdames|messieurs))?"
    r"(?:\s+(?:l[ea]\s+|les\s+)?[^\W\d_]+(?:[- ][^\W\d_]+)?(?:\s+(?:au|du|de\s+la|de\s+l['’])\s+[^\W\d_]+)?)?\s*,",
    re.I,
)


def _headed_paragraphs(blocks) -> frozenset:
    """The starts of the paragraphs of a page of headed engagements: at least three sibling
    headings in a row, short, neither labelled nor numbered nor a question or a lead-in, each
    over one to three paragraphs (« Un guichet unique à la mairie » then what will be done), a
    progress label under it (see _PROGRESS_LABEL) not counted. Not in a letter's body, under
    its salutation (« Madame la Présidente, », see _LETTER_SALUTATION): there the headings
    are the themes of the letter, each sentence of a paragraph answers or commits on its own
    (« Un plateau sera réalisé … . La rue passera en zone 30 … »)."""
    out: set = set()
    salutation = next((i for i, b in enumerate(blocks)
                       if b.kind == "paragraph" and _LETTER_SALUTATION.fullmatch(" ".join(b.text.split()))), None)
    if salutation is not None:
        blocks = blocks[:salutation]
    run: list = []  # (level, index after its paragraphs, their starts) of the siblings so far

    def flush() -> None:
        if len(run) >= 3:
            for _, _, starts in run:
                out.update(starts)
        run.clear()

    for i, block in enumerate(blocks):
        if block.kind != "heading":
            continue
        j = i + 1
        while j < len(blocks) and blocks[j].kind == "paragraph":
            j += 1
        # (a progress label alone on its line, « En cours », « Réalisé », is no paragraph of it)
        paragraphs = [p for p in blocks[i + 1:j] if not _PROGRESS_LABEL.fullmatch(p.text.strip())]
        title = block.text.strip()
        fits = (1 <= len(paragraphs) <= MAX_HEADED_PARAGRAPHS and len(title.split()) <= MAX_HEADED_TITLE_WORDS
                and not title.endswith((":", "?")) and not _HEADING_NUMBER.match(title)
                and not parse_label(title)[0] and all(len(p.text.split()) <= MAX_HEADED_WORDS for p in paragraphs))
        if not fits:
            flush()
            continue
        if run and not (run[-1][1] == i and run[-1][0] == block.level):
            flush()
        run.append((block.level, j, [p.start for p in paragraphs]))
    flush()
    return frozenset(out)


def _headed_titles(blocks, headed: frozenset) -> frozenset:
    """The starts of the headings of a page of headed engagements (``headed``: the starts of
    their paragraphs, see :func:`_headed_paragraphs`): those whose first paragraph, a progress
    label aside, is one of them."""
    out: set = set()
    for i, block in enumerate(blocks):
        if block.kind != "heading":
            continue
        following = next((b for b in blocks[i + 1:i + 3]
                          if not (b.kind == "paragraph" and _PROGRESS_LABEL.fullmatch(b.text.strip()))), None)
        if following is not None and following.start in headed:
            out.add(block.start)
    return frozenset(out)


def _ordinal_series(blocks) -> frozenset:
    """The starts of the paragraphs of a series counted in prose, one after the other: each opens
    with an ordinal adverb (« Premièrement, … », « Deuxièmement, … », see _ORDINAL_OPENING), the
    last maybe with « Enfin, … » (_ORDINAL_CLOSING); two members at least, one of them asking in so
    many words (a demand verb: « Premièrement, nous demandons … »). In a letter of demands every
    member of such a series is one, whatever its form (« Deuxièmement, la cour doit être
    végétalisée », « Enfin, il est temps d'éteindre … »), as the items of a numbered list are.

    >>> from nlp_stn.model import Block
    >>> par = lambda t, at: Block(kind="paragraph", text=t, start=at, end=at + len(t), page=1)
    >>> sorted(_ordinal_series([par("Madame la Maire,", 0), par("Premièrement, nous demandons un banc.", 20),
    ...                         par("Deuxièmement, la fontaine doit être réparée.", 60),
    ...                         par("Enfin, le parc doit ouvrir le soir.", 110), par("Merci.", 150)]))
    [20, 60, 110]
    >>> _ordinal_series([par("Premièrement, le parc est sale.", 0), par("Enfin, il est mal éclairé.", 40)])
    frozenset()
    """
    out: set = set()
    series: list = []

    def close() -> None:
        if len(series) >= 2 and any(_DEMAND_VERB.search(b.text) or _demand_whole(b.text) for b in series):
            out.update(b.start for b in series)
        series.clear()

    for block in blocks:
        if block.kind != "paragraph":
            close()
        elif _ORDINAL_OPENING.match(block.text):
            series.append(block)
        elif series and _ORDINAL_CLOSING.match(block.text):
            series.append(block)
            close()
        else:
            close()
    close()
    return frozenset(out)


def _article_paragraphs(blocks) -> frozenset:
    """The starts of the paragraphs under a heading labelled « Article 5 – … » (the articles of a
    charter or an agreement, in a document that is no deliberation: see _Segmenter.deliberation)."""
    out: set = set()
    article = False
    for block in blocks:
        if block.kind == "heading":
            article = parse_label(block.text)[0].startswith("Article")
        elif article and block.kind == "paragraph":
            out.add(block.start)
    return frozenset(out)


# A body created or set up (« Un comité des usagers sera créé », « un conseil … sera installé »):
# in an authority's answer, a deed answering a demand for it, not the governance of its plan
# The level of the paragraph opening an answer to a numbered demand (« Sur la recommandation n° 3 : »)
# in the section path: below any heading
_ANSWER_OPENER_LEVEL = 9
# What an answer puts off to an undefined later (« dans un second temps », « ultérieurement », « en
# fonction des moyens disponibles »)
# A sentence whose subject is a part of the thing just named (« Son installation sur la place … »,
# « Leur extension aux lycées … », « Sa version papier … »)
# The dash that opens a reply in a printed interview (« — Deux écrans seront installés. Les
# tablettes ne sont pas prévues. »): one reply answers one question, a refusal after a deed in it
# turns down a part of what was asked
DIALOGUE_DASH = "—"
# The reader invited to use a new service (« Inscrivez-vous au nouveau service d'alerte par SMS »,
# « Téléchargez la nouvelle application … »): in an authority's answer, the service is in place
_NEW_SERVICE_INVITED = re.compile(
    r"^\W*(?:inscrivez-vous|abonnez-vous|connectez-vous|rendez-vous|t[ée]l[ée]chargez|essayez|d[ée]couvrez|utilisez)"
    r"\s+(?:d[èe]s\s+(?:maintenant|aujourd['’]hui|à\s+pr[ée]sent)\s+)?(?:sur\s+|à\s+|dans\s+)?"
    r"(?:au|le|la|l['’]|à\s+la|à\s+l['’])\s*(?:nouveau|nouvel|nouvelle)\s+[^\W\d_]", re.I)
# What the one answering offers the reader instead or besides (« Je vous propose en revanche de
# poser un point d'accès … », « Pour les jeunes …, je vous propose plutôt un créneau libre … »,
# « Nous vous proposons une visite du chantier », « Je propose par ailleurs de tenir chaque année
# une réunion publique … », « vous » left out): in an authority's answer, a deed it offers,
# not a demand; not a reading it invites to (« Je vous propose de découvrir les actions … »)
_OFFERED = re.compile(
    r"(?:^|[,:;]\s*)(?:(?:en\s+revanche|plut[ôo]t|donc|aussi|enfin|toutefois|cependant|par\s+ailleurs)\s*,?\s+)?"
    r"(?:je|nous)\s+(?:vous\s+)?(?:propose|proposons|proposerai|proposerons)\s+"
    r"(?:(?:en\s+revanche|plut[ôo]t|donc|aussi|[ée]galement|toutefois|cependant|volontiers|simplement|par\s+ailleurs"
    r"|en\s+outre)\s+)?"
    r"(?:(?:de\s+|d['’]\s*)(?!(?:d[ée]couvrir|lire|parcourir|consulter|prendre\s+connaissance|retrouver\s+(?:ci|dans|ici))\b)"
    r"|(?:un|une|des|la|le|l['’])\s*[^\W\d_])",
    re.I)
# or the part put first as the topic (« Pour les parkings, … : ce sera pour plus tard »; not
# « Quant aux pénalités, … », which turns to another matter)
_ITS_OWN_PART = re.compile(r"^\W*(?:(?:son|sa|ses|leur|leurs)\s+[^\W\d_]+"
                           r"|pour\s+(?:les|la|le|l['’]|ces|ce|cet|cette)?\s*[^\W\d_][^,.;:!?]{1,40},)", re.I)
# The thing just named taken up by a pronoun before an infinitive, the deed as the subject
# (« L'ouvrir toute l'année demanderait … », « Les étendre au samedi n'est pas possible »)
_RESUMED_DEED = re.compile(r"^\W*(?:l['’]\s*|les\s+|la\s+|le\s+|y\s+|en\s+)(?=[^\W\d_])", re.I)
# A paragraph wholly in quotation marks (« « … » », “ … ”)
_WHOLLY_QUOTED = re.compile(r"^\s*(?:«[^«»]{8,}»|“[^“”]{8,}”)\s*$")
# A demand reported in the third person (« Mme X demande que … », « Ils souhaitent … », « Le
# collectif réclame … »), as a report of observations summarises them
_THIRD_PERSON_ASKS = re.compile(r"\b(?:demande|demandent|souhaite|souhaitent|propose|proposent|sugg[èe]re|sugg[èe]rent"
                                r"|r[ée]clame|r[ée]clament|sollicite|sollicitent)\b")
# The deed a clause commits to, in the passive future (« … seront équipés », « … sera étendu »)
_PASSIVE_DEED = re.compile(r"\b(?:sera|seront)\s+(?:[^\W\d_]+ment\s+|aussi\s+|toutefois\s+|donc\s+)?([^\W\d_]{3,}[ée])(?:e?s?)\b", re.I)


def _part_left_out(before: str, after: str) -> bool:
    """Whether the clause ``after`` (what follows « ; » after a commitment ``before``) leaves a part
    of the demand out: it turns it down (see _REFUSAL), only studies it (see _STUDY_ONLY: « son
    extension aux autres communes sera examinée ensuite »), or denies another thing the deed
    just committed to (« Les bus neufs seront équipés ; les plus anciens ne seront pas équipés »).

    >>> _part_left_out("Les bus neufs seront équipés d'écrans", "les plus anciens ne seront pas équipés")
    True
    >>> _part_left_out("Le service sera lancé à Lussac", "son extension aux villages sera étudiée en 2028")
    True
    >>> _part_left_out("Les bus neufs seront équipés d'écrans", "les travaux ne seront pas interrompus")
    False
    """
    if _REFUSAL.search(after) or _STUDY_ONLY.match(after):
        return True
    deed = _PASSIVE_DEED.search(before)
    return bool(deed) and bool(re.search(rf"\b(?:ne\s+|n['’]\s*)(?:sera|seront)\s+pas\s+(?:non\s+plus\s+)?"
                                         rf"{re.escape(deed.group(1))}e?s?\b", after, re.I))


_DEFERRED = re.compile(
    r"\b(?:dans\s+un\s+(?:second|deuxi[èe]me|autre)\s+temps|ult[ée]rieurement|à\s+plus\s+long\s+terme"
    r"|en\s+fonction\s+des\s+(?:moyens|cr[ée]dits|financements|disponibilit[ée]s)\b)", re.I)
# The money as the subject of a sentence (« Les crédits nécessaires seront inscrits au budget 2027 »,
# « Une enveloppe de 20 000 € sera réservée »): it funds an action, it is none
_FUNDING_SUBJECT = re.compile(
    r"^\W*(?:[^\W\d_]+\s+){0,3}?(?:les|des|un|une|le|la|l['’]|ces|ce|cette)\s*(?:budgets?|cr[ée]dits|enveloppes?|financements?"
    r"|d[ée]penses?|co[ûu]ts?|montants?|sommes?)\b", re.I)
# Published as open data (« publié en données ouvertes », « en open data », « sous licence ouverte »)
_OPEN_DATA = re.compile(r"\b(?:publi[ée]e?s?|mise?s?\s+en\s+ligne|diffus[ée]e?s?)\s+(?:[^\W\d_]+\s+){0,3}?"
                        r"(?:en\s+(?:donn[ée]es\s+ouvertes|open\s*data)|sous\s+licence\s+ouverte)\b", re.I)
# Made public to the residents (« publié sur le site de la Ville », « mis en ligne sur le site », « rendu
# public »): in a budget's orientations, a report of what was done with the money answers a demand
# for accountability, it is no mere follow-up of the plan
# An amount a budget line is raised to this year (« Le programme de voirie est porté à 450 000 € »,
# « L'enveloppe des subventions est portée à 1,2 M€ »): in a budget's orientations, what the
# authority decides to fund, in the present of its decision
_RAISED_TO = re.compile(r"^[^;:!?]{3,120}?\b(?:est|sont)\s+(?:port[ée]|relev[ée]|doubl[ée]|augment[ée])e?s?\s+à\s+"
                        r"\d[\d\s  .,]*\s*(?:k€|m€|€|euros|millions?\s+d['’]\s*euros)", re.I)
_MADE_PUBLIC = re.compile(r"\b(?:(?:publi[ée]|mis|diffus[ée])e?s?\s+(?:[^\W\d_]+\s+){0,3}?(?:sur\s+le\s+site|en\s+ligne)"
                          r"|rendue?s?\s+publi(?:c|cs|que|ques))\b", re.I)
# A deed put off to a later date (« … est reporté au-delà de 2028 », « … sont reportés à 2030 », « … est
# reportée à une date ultérieure »): in an authority's document, not taken up now, a decision
_POSTPONED = re.compile(r"^[^;:!?]{3,160}?\b(?:est|sont|sera|seront)\s+report[ée]e?s?\s+(?:à|au-del[àa]\s+de|apr[èe]s|en)\s+"
                        r"(?:\d{4}\b|une\s+date\s+ult[ée]rieure|l['’]\s*an(?:n[ée]e)?\s+prochaine|plus\s+tard)", re.I)
# The motion an authority's report puts to its assembly (« Il est proposé au conseil municipal de
# prendre acte de … », « Il est demandé au conseil communautaire d'approuver … », « Le conseil est
# invité à débattre … »): the vote that closes the report, no deed of its own
_MOTION_PUT = re.compile(
    r"^\W*(?:il\s+est\s+(?:propos[ée]|demand[ée])\s+(?:au|à\s+l['’]\s*)\s*|(?:le|l['’])\s*)"
    r"(?:conseil|assembl[ée]e|comit[ée]\s+syndical|bureau)(?:\s+(?:municipal|communautaire|m[ée]tropolitain|r[ée]gional"
    r"|d[ée]partemental|syndical|d['’]administration|d[ée]lib[ée]rante))?\s+"
    r"(?:est\s+invit[ée]e?\s+(?:à|a)\s+|(?:de|d['’])\s*)"
    r"(?:prendre\s+acte|d[ée]battre|d[ée]lib[ée]rer|approuver|adopter|valider|se\s+prononcer|[ée]mettre\s+un\s+avis)\b", re.I)
_BODY_CREATED = re.compile(
    r"\b(?:comit[ée]s?|conseils?|commissions?|observatoires?|instances?|groupes?\s+de\s+travail)\b[^.;:]{0,160}?"
    r"\s(?:sera|seront)\s+(?:(?:bient[ôo]t|rapidement|donc|aussi|[ée]galement)\s+)?"
    r"(?:cr[ée][ée]e?s?|mise?s?\s+en\s+place|install[ée]e?s?|institu[ée]e?s?|constitu[ée]e?s?)\b",
    re.I,
)


# A priority announced by its rank in a sentence of its own, as a speech or an editorial orders
# its plan (« Deuxième priorité : l'école. », « Dernière priorité, et non la moindre : décider
# ensemble. », « Premier axe : des réseaux pour tous »): the axis of the actions after it
_RANKED_AXIS = re.compile(
    r"^\W*(?:premi[èe]re?|deuxi[èe]me|second(?:e)?|troisi[èe]me|quatri[èe]me|cinqui[èe]me|sixi[èe]me|septi[èe]me"
    r"|huiti[èe]me|derni[èe]re?)\s+(?:priorit[ée]|axe|orientation|ambition|pilier|chantier|enjeu|d[ée]fi|volet)"
    r"(?:\s*,\s*(?:et\s+)?non\s+(?:la|le)\s+moindre\s*)?\s*:\s*(?P<what>\S.*)$", re.I | re.S)
RANKED_AXIS_WORDS = 14  # the words of what such a priority names
# The goal the authority sets itself, stated as such (« L'objectif est clair : d'ici 2031, … »,
# « Notre ambition est simple : … », « Notre objectif : … », « Notre objectif est que … »): an objective, the
# whole sentence
_GOAL_STATED = re.compile(
    r"^\W*(?:l['’]\s*|notre\s+|mon\s+)(?:objectif|ambition|cap|but)(?:\s+(?:est|sera)(?:\s+(?:clair|claire|simple"
    r"|limpide|pr[ée]cis|pr[ée]cise|ambitieux|ambitieuse))?)?\s*:\s*\S"
    # (also its own goal with what it is after « que » or « de », « Notre objectif est qu'aucune rue
    # ne soit limitée à plus de 30 km/h d'ici la fin du mandat »)
    r"|^\W*(?:notre|mon)\s+(?:objectif|ambition|but)\s+(?:est|sera)\s+(?:que\s|qu['’]|de\s|d['’])", re.I)

# A spending entered in the coming budget (« Le remplacement des serveurs est inscrit au budget 2027
# pour 38 000 € », « Les crédits de la rénovation sont prévus au budget primitif »): in a budget
# report, a thing the authority will pay for, committed in the present tense
_BUDGETED = re.compile(
    r"^\W*(?:le|la|les|l['’]|un|une|des)\s*[^\W\d_][^.;:!?]{0,160}?\b(?:est|sont)\s+(?:inscrite?s?|pr[ée]vue?s?)\s+"
    r"(?:au|dans\s+le)\s+budget\b",
    re.I,
)

# A measure the authority will report or follow (« Le nombre de connexions au wifi public sera
# présenté chaque année au conseil municipal », « La part des démarches faites en ligne sera publiée
# chaque semestre »): a measured quantity as the subject, a verb of reporting in the future
_MEASURE_REPORTED = re.compile(
    r"^\W*(?:le|la|les|l['’])\s*(?:nombre|taux|part|proportion|pourcentage|niveau|volume|fr[ée]quentation"
    r"|consommation|d[ée]lai|co[ûu]t)s?\s+(?:de|d['’]|des|du)\b[^.;:!?]{0,200}?\b(?:sera|seront)\s+"
    r"(?:pr[ée]sent[ée]|publi[ée]|suivi|mesur[ée]|communiqu[ée]|affich[ée]|transmis|[ée]valu[ée]|relev[ée]"
    r"|recens[ée])e?s?\b",
    re.I,
)


# A clause joined by « , et » with a subject of its own (« …, et une campagne sera conduite »,
# « …, et nous ouvrirons … »)
_NEW_SUBJECT_CLAUSE = re.compile(r",\s+et\s+(?=(?:le|la|les|l['’]|un|une|des|nous|je|j['’])\b)", re.I)
# The speaker's resolve, no deed (« Avec vous toutes et tous, nous y arriverons. », « Ensemble,
# nous réussirons ! »)
_MERE_RESOLVE = re.compile(r"^\W*(?:[^,.;:]{1,50},\s*)?(?:nous|je|j['’])\s*(?:y\s+|en\s+)?"
                           r"(?:arriver|parviend|r[ée]ussir|gagner|l['’]\s*emporter)\w*\s*[.!…]*\s*$", re.I)


# What a section of indicators says besides them: its source (« Source : INSEE, 2024 »), a
# note, or a sentence about the indicators of its table (« Les indicateurs ci-dessous sont
# renseignés chaque année », « Ces valeurs seront actualisées »)
_ABOUT_INDICATORS = re.compile(
    r"^\W*(?:sources?|notes?|lecture|champ|m[ée]thodologie)\s*:"
    r"|^\W*(?:les|ces)\s+(?:indicateurs|valeurs|cibles|donn[ée]es|chiffres)\b(?:\s+(?:ci-dessous|ci-apr[èe]s|suivants?"
    r"|de\s+(?:ce|du)\s+tableau|du\s+tableau))?\s+(?:sont|seront|ont\s+[ée]t[ée]|figurent|permettent|permettront)\b",
    re.I,
)


# A sentence announcing the indicators it lists after its colon (« Le plan sera suivi par quatre
# indicateurs : », « …, mesurés par les indicateurs suivants : »)
_INDICATORS_LEADIN = re.compile(r"\bindicateurs(?:\s+(?:de\s+suivi|suivants|cl[ée]s|principaux))?\s*:\s*", re.I)
# Where a list of noun phrases splits: a comma, a semicolon, or « et » before a determiner
_NOUN_LIST_SPLIT = re.compile(r"\s*[;,]\s*(?:et\s+)?|\s+et\s+(?=(?:le|la|les|l['’]|un|une|des|son|sa|ses|leur|leurs)\b)", re.I)
# The start of an indicator named in a sentence: a determiner or a measure (« le nombre de »,
# « taux de », « la part des »)
_INDICATOR_ITEM = re.compile(r"^(?:(?:le|la|les|l['’]|un|une|son|sa|ses)\s*)?(?:nombre|taux|part|proportion|pourcentage"
                             r"|niveau|volume|montant|consommation|d[ée]lai|dur[ée]e|co[ûu]t|fr[ée]quentation|satisfaction"
                             r"|indice|score|quantit[ée]|surface|longueur)\b", re.I)
INDICATOR_ITEM_WORDS = 20  # an indicator named in a sentence is short
# A measure given with its target after a colon (« Part des foyers raccordables à la fibre : 100 %
# fin 2027 », « Nombre de personnes accompagnées : 6 000 par an », « Taux de couverture : 98 % d'ici
# 2030 »): a figure, then a deadline or a period; not a figure alone (« Nombre de communes : 86 ») nor
# one dated in the past or the present (« … : 62 % en 2024 »), which describe the territory
_TARGETED_MEASURE = re.compile(
    r"^[^:;!?]{3,160}?\s*:\s*(?:[<>≥≤+~]\s*)?\d[\d\s\u00a0\u202f,.]*(?:%|[^\W\d_]+)?(?:\s+[^\W\d_]+){0,4}?\s+"
    r"(?:(?:(?:à\s+)?fin|d['’]ici(?:\s+(?:à\s+)?(?:la\s+)?fin)?|avant(?:\s+la\s+fin)?|(?:à\s+l['’])?horizon)\s+(?:de\s+)?"
    r"(?:l['’]ann[ée]e\s+)?\d{4}|par\s+(?:an|mois|semaine|ann[ée]e)|chaque\s+(?:ann[ée]e|mois))\s*\.?\s*$", re.I)


def targeted_measure(text: str) -> bool:
    """Whether a paragraph is a measure (« nombre », « taux », « part »…, see _INDICATOR_ITEM) and its
    target after a colon (see _TARGETED_MEASURE), as a plan lists its indicators without saying so.

    >>> targeted_measure("Part des foyers raccordables à la fibre : 100 % fin 2027."), targeted_measure("Nombre de prêts: 300 par an")
    (True, True)
    >>> targeted_measure("Nombre de communes : 86"), targeted_measure("Part des foyers raccordés : 62 % en 2024.")
    (False, False)
    """
    return bool(_INDICATOR_ITEM.match(text) and _TARGETED_MEASURE.match(text)
                and _word_count(text.split(":", 1)[0]) <= INDICATOR_ITEM_WORDS)


def _asks_in_proposals(sentence: str) -> bool:
    """Whether a sentence of a section of proposals asks: a demand verb (« Nous souhaitons aussi
    un guichet … »), what the authority must do (« La commune doit ouvrir … ») or a necessity
    (« Il faudrait … »)."""
    return bool(_DEMAND_VERB.search(sentence) or _AUTHORITY_MUST.search(sentence) or _DEMAND_WEAK.search(sentence))


def inline_indicators(sentence: str) -> list[tuple[int, str]]:
    """(offset, text) of the indicators a sentence lists after « … indicateurs : » (« Il sera suivi
    par trois indicateurs : le nombre de personnes reçues, le taux de raccordement et la part des
    démarches en ligne. »), each a measure (« nombre », « taux », « part »…); none when an item
    is not one.

    >>> inline_indicators("Il sera suivi par deux indicateurs : le nombre de prêts et le taux de retour.")
    [(37, 'le nombre de prêts'), (59, 'le taux de retour')]
    >>> inline_indicators("Trois indicateurs : la météo, les saisons et le climat.")
    []
    """
    m = _INDICATORS_LEADIN.search(sentence)
    if m is None:
        return []
    rest = sentence[m.end():].rstrip().rstrip(".;").rstrip()
    items, at = [], m.end()
    for piece in _NOUN_LIST_SPLIT.split(rest) if rest else []:
        offset = sentence.index(piece, at)
        at = offset + len(piece)
        items.append((offset, piece))
    if len(items) < 2 or not all(_INDICATOR_ITEM.match(t) and len(t.split()) <= INDICATOR_ITEM_WORDS for _, t in items):
        return []
    return items


AUTHOR_LINE_WORDS = 20  # the longest line naming an observation's author (see _Paragraphs.author_line)


def _refusals_at(blocks, at: int) -> bool:
    """Whether the paragraph ``blocks[at]`` is one of a heading of refusals' (« Ce que le Département
    ne peut pas faire », see _REFUSED_SECTION): right under it, or after a lead-in sentence right
    under it that ends with « : » (« Certaines attentes ne relèvent pas de sa compétence : »), which
    introduces the paragraphs that follow it, up to anything but a paragraph.

    >>> p = lambda t: Block(kind="paragraph", text=t, start=0, end=len(t))
    >>> h = Block(kind="heading", text="Ce que nous ne ferons pas", start=0, end=25, level=2)
    >>> lead, a, b = p("Deux demandes sortent de notre rôle :"), p("Le bus relève de la Région."), p("La gare aussi.")
    >>> [_refusals_at([h, a, b], i) for i in (1, 2)], [_refusals_at([h, lead, a, b], i) for i in (2, 3)]
    ([True, False], [True, True])
    """
    before = blocks[at - 1]
    if before.kind == "heading":
        return bool(_REFUSED_SECTION.match(section_title(before.text)))
    k = at - 1
    while k > 0 and blocks[k].kind == "paragraph":
        k -= 1
    return (blocks[k].kind == "heading" and bool(_REFUSED_SECTION.match(section_title(blocks[k].text)))
            and blocks[k + 1].text.rstrip().endswith(":"))


# What is left out for now, to be looked at again (« L'ouverture en soirée n'est pas prévue à ce
# stade ; elle sera réexaminée au vu de la fréquentation »): deferred, not turned down
_RECONSIDERED = re.compile(r"\b(?:sera|seront|pourra|pourront)\s+(?:[êe]tre\s+)?(?:r[ée]examin|r[ée][ée]tudi|[ée]tudi|revue?s?\b"
                           r"|reconsid[ée]r|rediscut|r[ée][ée]valu)", re.I)


# A decision the authority's assembly took by a deliberation it dates (« Par délibération du 19
# novembre 2026, le conseil communautaire a créé une aide … », « Le bureau a décidé, par délibération
# n° 2026-31 du 3 mars, de … »)
_DECIDED_BY_DELIBERATION = re.compile(
    r"^\W*(?P<dated>par\s+(?:une\s+)?d[ée]lib[ée]ration\s+(?:n\s*[°º]\s*[\w/-]+\s+)?(?:du|en\s+date\s+du)\s+[^,;:.]{4,40},\s*)?"
    r"(?:le|la|l['’])\s*(?:conseil|bureau|assembl[ée]e|commission\s+permanente)\b[^,;:.]{0,60}?\s+a\s+"
    r"(?:d[ée]cid[ée]|cr[ée][ée]|vot[ée]|adopt[ée]|approuv[ée]|instaur[ée]|institu[ée]|valid[ée]|mis\s+en\s+place)\b"
    r"(?(dated)|[^.;]*\bpar\s+(?:une\s+)?d[ée]lib[ée]ration\b)", re.I)


class _Paragraphs:
    """Part of _Segmenter (see segmenter.py): paragraphs, their sentences, commitments and stated fates."""

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
        if not parts or any(len(part.split()) > (MAX_FIELD_GOAL_WORDS if objective and len(parts) == 1 else 25)
                            for _, part in parts):
            # (an objective stated alone may be a long clause: « Objectif : d'ici 2030, que chaque
            # jeune puisse se déplacer seul, trouver un lieu … et prendre part aux décisions … »)
            return False
        if objective and all(not re.search(r"[^\W\d_]", part) for _, part in parts):
            return True  # « Prochain objectif : 1 500 » beside a counter of signatures: a figure, no aim stated
        if (kind != "indicator" and re.search(r"\d", parts[0][1])
                and any(_MEASURED_BY.match(part) for _, part in parts[1:])):
            # « Objectif : 500 repas par jour ; indicateur de suivi : nombre de couverts servis »: a
            # figure to reach and how it is measured, one indicator (the « ; » does not split it)
            rest = m.group(2).strip().rstrip(".").rstrip()
            start = block.start + m.start(2)
            self.add(_Unit(kind="indicator", text=_collapse(rest), start=start, end=start + len(rest), page=block.page))
            return True
        if objective and self.prior == "action" and len(parts) == 1 and _COUNTED_TARGET.match(parts[0][1]):
            # « Objectif : 20 jardinières parrainées d'ici l'été 2027 », « Objectifs 2027 : 6 000
            # comptes actifs » in an authority's document: a count of things to reach, a target it
            # measures, an indicator (not « Objectif : 100 % des locaux raccordables », a state to
            # reach; nor a petition's « Objectif : 1 000 signatures », the aim of its authors)
            kind = "indicator"
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
        an infinitive): that is the demand (one per part when « ; » separates noun phrases).
        Infinitives separated by « - » after the lead-in (« Ces ateliers ont fait ressortir des
        recommandations : Créer … - Former … ») are an inline list: one demand per part."""
        m = re.match(r"^([^:;.!?]{2,80}?)\s*:\s+(\S.*)$", block.text, re.S)
        if not m or len(m.group(1).split()) > 8 or block.text.rstrip().endswith(":"):
            return False
        if classify_leadin(m.group(1), self.prior) != "recommendation":
            return False
        rest = m.group(2).rstrip()
        if _INLINE_SEPARATOR.search(rest) and self.inline_list(block, "recommendation", ""):
            return True
        if _EXAMPLE_START.match(rest):
            return False  # « Propositions : voir l'annexe »
        quoted = _OPENING_QUOTED_QUESTION.match(rest)
        if quoted:
            # « Mme R. demande : « Les … seront-ils publiés ? » Le président indique … »: the
            # question quoted is what is asked, the answer after it is none
            start = block.start + m.start(2) + quoted.start(1)
            self.add(_Unit(kind="question", text=_collapse(quoted.group(1)), start=start,
                           end=start + len(quoted.group(1)), page=block.page))
            return True
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
        if len(parts) == 1 and parts[0][1] != rest and len(_sentences(rest)) > 1:
            # « Proposition : réserver la veille. Une habitante ajoute … . Les participants souhaitent
            # que … »: a long paragraph goes on after the demand its lead-in names; its further
            # sentences are read as any paragraph's
            at = m.start(2) + _sentences(rest)[1][0]
            self.sentences(replace(block, text=block.text[at:], start=block.start + at))
        return True

    def record_voice(self, block: Block) -> Optional[Block]:
        """In a record of the public's observations (not an authority's document), what remains of
        a paragraph to read: None when it is the project owner's answer or the commissaire's
        opinion (« Réponse du maître d'ouvrage : … », see _ANSWERING_VOICE_RUNIN; such a title
        alone covers the paragraphs after it, in its section, until the next observation) or an
        observation's author line (« R4 – Mme Durand (permanence du 3 mars) », its label then
        labelling the demands below); the observation after its author (« R5 – M. Bon (registre) :
        il souhaite … »); else the paragraph."""
        st = self.state
        text = _collapse(block.text)
        label, kind, rest = self.parse_label(block.text)
        if label and kind in ("recommendation", "") and not self.deliberation:
            said = _AUTHOR_SAYS.match(rest)
            if said and self.author_line(said.group("who")):
                st.asked, self.voice = label, ""
                at = len(block.text) - len(said.group("said"))
                return replace(block, text=block.text[at:], start=block.start + at)
            if self.author_line(rest):
                st.asked, self.voice = label, ""
                return None
        voice = _ANSWERING_VOICE_RUNIN.match(text)
        if voice:
            self.voice = "" if voice.group("rest").strip() else st.path()
            return None
        if self.voice and self.voice == st.path():
            return None
        return block

    def author_line(self, text: str) -> bool:
        """Whether ``text`` only names an observation's author and how it came (see _AUTHOR_LINE),
        closed by the bracket that tells it (« M. Bon (courriel du 3 mai 2025) »): a short line,
        ``AUTHOR_LINE_WORDS`` words at most, without a conjugated verb; a name alone over a
        paragraph (« Contribution 18 – Mme K., secrétaire de l'association ») stays as it reads."""
        line = _collapse(text)
        return (len(line.split()) <= AUTHOR_LINE_WORDS and "\n" not in text.strip() and line.rstrip(" .").endswith(")")
                and bool(_AUTHOR_LINE.search(line)) and not self.finite_verb(line))

    def on_paragraph(self, block: Block, following: Optional[Block]) -> None:
        st = self.state
        numbered = next((u for u in reversed(self.units) if re.search(r"\d$", u.label)), None)
        letter, at = sub_number(block.text, numbered.label) if numbered is not None else ("", 0)
        if letter:
            # « 3a – Rouvrir la ligne … » under « Préconisation 3 – Faire du train l'armature … »:
            # a sub-demand typed as a paragraph, read without its number, under its label's unit
            before = len(self.units)
            self.on_paragraph(replace(block, text=block.text[at:], start=block.start + at), following)
            for unit in self.units[before:]:
                unit.label = unit.label or numbered.label + letter
                unit.parent = str(numbered.key)
            return
        if self.prior != "action":
            read = self.record_voice(block)
            if read is None:
                return
            block = read
        text = block.text
        if st.fields is not None and block.start in st.fields[1]:
            # the description and the fields of an authority's labelled item (« Calendrier :
            # 2027 »): its detail, never units
            unit = st.fields[0]
            if _ENGAGEMENT_FIELD.match(text):
                unit.detail.append(_collapse(text))
            else:
                _describe(unit, text)
            return
        if self.quotes_last_demand(block):
            # « « Attendre quarante minutes à l'arrêt, ce n'est pas sérieux. » » after « M. X
            # demande que … »: the participant's own words, quoted to illustrate the demand just
            # reported, which they describe
            _describe(self.units[-1], text)
            return
        if st.body is not None and st.body[1] is block:
            # the paragraph under a labelled title line (« Mesure 2 : parkings relais »)
            # describes it, and may say its fate (« Demande retenue en partie. »)
            unit, st.body = st.body[0], None
            _describe(unit, text)
            unit.state = unit.state or self.stated_fate(text)
            return
        if block.start in st.pledges:
            # « 3.1.2 La commune s'engage à … » under « 3.1 Engagements de la commune »: an action,
            # numbered, the whole paragraph
            label, at = st.pledges.pop(block.start)
            self.add(_Unit(kind="action", text=_collapse(text[at:]), start=block.start + at, end=block.end,
                           page=block.page, label=label, heading=st.path()))
            return
        if _goes_on_item(block):
            item = self.units[-1] if self.units and st.items and st.items[-1][2] == self.units[-1].key else None
            if item is not None:
                # a further paragraph of a list item ("<li><strong>Dématérialisation des
                # démarches</strong><p>Accessible 24 h/24, …</p>"): it explains the item
                _describe(item, text)
                return
        if _REASONS_FIELD.match(text) or (self.prior != "action" and _VERDICT_FIELD.match(text)):
            # « Exposé des motifs : … » and « Avis de la commission : Avis favorable sous réserve … »
            # in the record of a proposal: why it is made and what the reviewers think of it, no
            # units (in an authority's answer, its verdict may go on with what it will do)
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
        if _contact_line(text) or _address_line(text):
            # « Contact : service … — x@y.fr — 02 … »: who to ask; « Agglo – 4, place … – 39000 Ville –
            # www… »: where it sits; no unit, nor the description of the unit above
            return
        runin = self.runin_title(text) if self.budget else 0
        if runin:
            # « Sobriété énergétique. Une enveloppe de … permettra de … » in a budget's orientations:
            # the run-in title (bold in print) names the theme of the commitments after it, an
            # objective; what follows is read as the paragraph
            title = text[:runin].strip()
            self.add(_Unit(kind="objective", text=_collapse(title).rstrip(" ."), start=block.start,
                           end=block.start + len(title.rstrip(" .")), page=block.page))
            rest = text[runin:]
            lead = len(rest) - len(rest.lstrip())
            block = replace(block, text=rest.lstrip(), start=block.start + runin + lead)
            text = block.text
        if self.answer:
            told = self.answer_labels(block)
            if told is None:
                return
            block, text = told, told.text
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
        if self.ranked_axis(block):
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
            st.leadin_refused = bool(_REFUSED_SECTION.match(parts[-1][1]))
            # a short title-like lead-in ("Décisions :") followed by paragraphs covers them
            st.leadin_paragraphs = words <= 6 and (following is None or following.kind != "list_item")
            st.leadin_one = bool(_ONE_PROPOSAL_LEADIN.match(text))
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
            st.leadin_paragraphs, st.leadin_refused = False, False
            return
        if _SIGNED_AT.match(text):
            # « Fait à …, le … » and the signatures: the end of the document, no unit, and the
            # section of indicators or decisions it closes is over
            st.hint = None if st.hint in ("indicator", "decision") else st.hint
            return
        if st.leadin_active and st.leadin_paragraphs and st.leadin:
            self.add(_Unit(kind=self.item_kind(st.leadin) if st.leadin in ("recommendation", "action") else st.leadin,
                           text=_collapse(text), start=block.start, end=block.end, page=block.page))
            # a lead-in naming one proposal (« Texte de l'amendement : ») covers that paragraph only
            st.leadin_active = not st.leadin_one
            return
        st.leadin_active = st.leadin_active and st.leadin_paragraphs
        if st.hint == "decision" and _DELIBERATION_END.match(text):
            st.hint = None  # the closing formulas and signatures: the decisions are over
            return
        if st.hint == "indicator" and _ABOUT_INDICATORS.match(text):
            return  # « Les indicateurs ci-dessous sont suivis chaque année », « Source : … »: no indicator
        if st.hint in ("indicator", "decision"):
            self.add(_Unit(kind=st.hint, text=_collapse(text), start=block.start, end=block.end, page=block.page))
            return
        if (self.prior == "action" and not self.report and targeted_measure(text)
                and not self.in_section(_DIAGNOSIS_SECTION) and not self.in_section(_KEY_FIGURES_SECTION)):
            # « Part des foyers raccordables à la fibre : 100 % fin 2027. » in a plan, under a title
            # that does not say « indicateurs » (« Suivi du plan »): a measure and its target
            self.add(_Unit(kind="indicator", text=_collapse(text), start=block.start, end=block.end, page=block.page))
            return
        if self.inline_list(block, st.hint if st.hint else "", ""):
            return
        if (st.hint in ("recommendation", "action") or self.prior) and self.numbered_inline(block):
            return
        if ((st.hint in ("recommendation", "action") or self.prior)
                and ((self.lang.infinitive(text) and not self.lang.infinitive_subject(text))
                     or self.lang.fronted_infinitive(text))
                and not (st.hint is None and self.in_section(_CAUTION_SECTION))):
            # (not under « Points de vigilance » or « Difficultés »: cautions, not demands; the
            # infinitive may follow a circumstance put first: « En partenariat avec les écoles, organiser … »)
            if len(text.split()) <= 60:
                # a paragraph that starts with an infinitive in a section of proposals or actions
                # (or in an opinion / a strategy) is one unit; a sentence of it opening with « Et »
                # and an infinitive is one more (« Rénover le préau. Et planter des arbres dans la
                # cour. »)
                kind = self.item_kind(st.hint or None)
                # in a plan, what the action leaves out, told after it (« Pas de camion frigorifique
                # prévu à ce stade. », « Le samedi n'est pas prévu. »), is its detail, not what it does
                limit = next((o for o, sentence in _sentences(text)[1:] if kind == "action"
                              and (_NOT_PLANNED.match(sentence) or _REFUSAL.search(sentence))), len(text))
                said = text[:limit].rstrip()
                cuts = [o for o, sentence in _sentences(said)[1:]
                        if (more := _AND_MORE.match(sentence)) and self.lang.infinitive(sentence[more.end():])]
                unit = None
                for s, e in zip([0] + cuts, cuts + [len(said)]):
                    part = said[s:e].rstrip()
                    end = block.end if e == len(text) else block.start + s + len(part)
                    unit = self.add(_Unit(kind=kind, text=_collapse(part), start=block.start + s, end=end, page=block.page))
                if limit < len(text):
                    _describe(unit, text[limit:])
                return
            parts = _sentences(text)
            if st.hint not in ("recommendation", "action") and len(parts) > 1 and len(parts[0][1].split()) <= 60:
                # a longer one: its first sentence is the unit, the next ones explain it
                # ("Mettre en place un centre … (CSIRT) … . Plusieurs régions ont déjà …")
                first = parts[0][1].rstrip()
                self.add(_Unit(kind=self.item_kind(st.hint or None), text=_collapse(first), start=block.start,
                               end=block.start + len(first), page=block.page))
                return
        if self.headed_engagement(block):
            return
        if self.headed_thing(block):
            return
        self.sentences(block)

    def runin_title(self, text: str) -> int:
        """Where the paragraph goes on after a run-in title: a first sentence of RUNIN_TITLE_WORDS
        words at most, ended by « . », with no finite verb and no figure (« Sobriété énergétique. »,
        « L'école d'abord. », « Se déplacer autrement. »), before one sentence at least; 0 when
        the paragraph opens with no such title."""
        said = _sentences(text)
        if len(said) < 2:
            return 0
        first = said[0][1].strip()
        if (not first.endswith(".") or _word_count(first) > RUNIN_TITLE_WORDS or re.search(r"\d", first)
                or not first[:1].isupper() or self.finite_verb(first.rstrip("."))):
            return 0
        return said[1][0]

    def ranked_axis(self, block: Block) -> bool:
        """In an authority's document, a paragraph of one short sentence naming a priority by its
        rank (see _RANKED_AXIS: « Troisième priorité : l'école. ») is an objective, the whole
        sentence; not one that commits to a deed itself (« Premier chantier : nous ouvrirons … »)."""
        if self.prior != "action":
            return False
        m = _RANKED_AXIS.match(block.text)
        if not m or len(_sentences(block.text)) != 1 or _word_count(m.group("what")) > RANKED_AXIS_WORDS:
            return False
        if self.lang.commitment(m.group("what").strip(), True):
            return False
        text = block.text.rstrip()
        self.add(_Unit(kind="objective", text=_collapse(text), start=block.start, end=block.start + len(text),
                       page=block.page))
        return True

    def answer_labels(self, block: Block) -> Optional[Block]:
        """In an authority's answer, the labels of its answer to one demand: « Avis de la commune :
        Favorable avec réserves » under the heading restating the demand is the fate of the
        section's units (no unit itself: None); « Ce que la commune va faire : » is no text of the
        actions after it; after « Pourquoi nous ne pouvons pas y donner suite : » the first sentence, the reason, is
        the refusal (a decision « non retenue »), the next ones are read as usual (« Nous
        aiderons en revanche … »: a measure offered instead). The block left to read, or None."""
        st = self.state
        text = block.text
        on = _ON_DEMAND.match(text)
        if on:
            # « Sur la recommandation n° 3 : » opening a paragraph: what follows answers that
            # number; the demand restated after it, opened by an infinitive (« Sur la
            # recommandation n° 3 : Publier les données … »), is no unit of the answer
            st.answering, st.opinion = ("", " ".join(re.findall(r"\d+(?:\.\d+)*", on.group("nums")))), ""
            rest = text[on.end():]
            restated = not rest.strip() or self.lang.infinitive(rest)
            # the opener (and the demand it restates) is the context of the answer's units, as a
            # heading restating the demand would be, until the next one or a true heading
            while st.headings and st.headings[-1][0] >= _ANSWER_OPENER_LEVEL:
                st.headings.pop()
            st.headings.append((_ANSWER_OPENER_LEVEL, _collapse(text if restated else text[:on.end()]).rstrip(" :,–—-")))
            if restated:
                return None
            block = replace(block, text=rest, start=block.start + on.end())
            text = block.text
        opinion = _STATED_OPINION.match(text) if st.answering[1] else None
        if opinion:
            fate = _collapse(opinion.group("fate"))
            st.opinion = fate[:1].upper() + fate[1:]
            return None
        lead = _WHAT_WE_DO.match(text) or _REFUSAL_REASONS.match(text)
        if not lead:
            return block
        block = replace(block, text=text[lead.end():], start=block.start + lead.end())
        if lead.re is _REFUSAL_REASONS:
            first = _sentences(block.text)[0][1].rstrip()
            self.add(_Unit(kind="decision", text=_collapse(first), start=block.start, end=block.start + len(first),
                           page=block.page, state="non retenue"))
            cut = len(block.text) - len(block.text[len(first):].lstrip())
            if cut >= len(block.text):
                return None
            block = replace(block, text=block.text[cut:], start=block.start + cut)
        return block

    def headed_engagement(self, block: Block) -> bool:
        """On an authority's page of headed engagements (see :func:`_headed_paragraphs`: short
        sibling headings, each over one or two paragraphs), a paragraph that commits to something
        in the future, whatever its subject (« Un comité d'usagers se réunira chaque trimestre »),
        is one action, all its sentences (« La médiathèque ouvrira le dimanche. Un agent
        supplémentaire sera recruté. »); not one that also turns something down."""
        st = self.state
        if (self.prior != "action" or block.start not in self.headed or self.generic_section()
                or (st.parent is not None and st.parent_heading and st.parent.kind != "objective")):
            return False
        parts = _sentences(block.text)
        if st.parent is not None and st.parent_heading and len(parts) > 1:
            # under the heading of an axis (an objective), a paragraph of one sentence is one
            # engagement; one of several sentences is read sentence by sentence, as usual (under
            # that of an action or a demand, the paragraphs explain it)
            return False
        if any(_REFUSAL.search(sentence) for _, sentence in parts):
            return False
        # (what will become of the plan itself is one of them when the page lists it among its
        # engagements: « Un comité d'usagers suivra chaque année la mise en œuvre du plan »)
        if not any(self.lang.commitment(clause.strip().rstrip(";"), True)
                   for _, sentence in parts for clause in re.split(r"(?<=;)", sentence) if clause.strip()) \
                and not (st.hint == "action" and self.promised_thing(block.text)):
            return False
        # « … seront élargis en 2028. En attendant, la policière municipale renforcera les
        # contrôles. »: a second measure, meanwhile or besides, is an action of its own (under a
        # magazine's crosshead naming a topic, « Les trottoirs », as under an engagement's title)
        cuts = [0] + [offset for offset, sentence in parts[1:]
                      if _OTHER_MEASURE.match(sentence) and self.lang.commitment(sentence.strip(), True)]
        for a, b in zip(cuts, cuts[1:] + [len(block.text)]):
            text = block.text[a:b].rstrip()
            self.add(_Unit(kind="action", text=_collapse(text), start=block.start + a, end=block.start + a + len(text),
                           page=block.page))
        return True

    def headed_thing(self, block: Block) -> bool:
        """On a demands document's page of headed proposals (see :func:`_headed_paragraphs`: short
        sibling headings, each over one to three paragraphs, as a designed page puts a catchword
        over each proposal), a paragraph of one sentence naming a thing without a verb (« Des
        poubelles de tri dans chaque parc et devant le collège. », « Le wifi gratuit au square, pour
        travailler dehors. ») is what is asked: one demand; not under a demand given as a heading,
        which it explains."""
        st = self.state
        text = block.text.strip()
        if (self.prior != "recommendation" or block.start not in self.headed
                or (st.parent is not None and st.parent_heading and st.parent.kind != "objective")
                or len(_sentences(text)) != 1 or not text.endswith((".", "!")) or _word_count(text) < HEADED_THING_WORDS
                or not _NAMED_THING.match(text) or self.finite_verb(text)):
            return False
        self.add(_Unit(kind="recommendation", text=_collapse(text), start=block.start, end=block.start + len(text),
                       page=block.page))
        return True

    def promised_thing(self, text: str) -> bool:
        """Whether ``text`` names, in one short verbless phrase opened by an indefinite article, the
        thing promised (« Un compte unique pour toutes vos démarches en ligne. »): on a page of
        headed engagements under a title announcing them, an engagement like its siblings."""
        parts = _sentences(text)
        if len(parts) != 1 or _word_count(text) > MAX_ACTION_TITLE_WORDS or not re.match(r"(?i)(?:un|une|des)\s", text.strip()):
            return False
        return not any(t.pos_ in ("VERB", "AUX") for t in self.lang.tagged(text.strip()))

    def resumed_deed(self, sentence: str) -> bool:
        """Whether ``sentence`` opens with the thing just named taken up by a pronoun before an
        infinitive (see _RESUMED_DEED): « L'ouvrir toute l'année demanderait … » speaks of a part
        of the deed just told; not « Les tablettes … », a noun."""
        resumed = _RESUMED_DEED.match(sentence)
        return bool(resumed) and bool(self.lang.infinitive(sentence[resumed.end():]))

    def refused_among_actions(self, sentence: str) -> bool:
        """Whether ``sentence`` turns something down (see _REFUSAL) in a section announcing the
        authority's actions (« Exemples d'actions », « Nos actions ») of a document whose title
        does not say what it is (a page of a plan named by its objective): a refusal, as in a plan.
        In a plan (prior "action") the general reading already says so. A sentence ending with a
        full stop: a line without one names the refusals to come (« Ce que nous n'avons pas retenu »)."""
        return (not self.prior and self.state.hint == "action" and sentence.rstrip().endswith(".")
                and bool(_REFUSAL.search(sentence)) and not _SOME_REQUESTS.match(sentence))

    def states_titled(self, unit: "_Unit", text: str) -> tuple[int, int]:
        """(start, end) offsets in ``text`` of the sentence stating the recommendation ``unit``,
        given as a heading, in so many words (see _states_ask), (0, 0) when none does.

        « Recommandation n° 3 – Des bancs au square » over « Le Comité demande que des bancs
        soient posés … »: the title names it, the sentence says what is asked; the first such
        sentence of its explanation is the unit's second line (« Des bancs au square\nLe Comité
        demande que … »), whole (its two demands coordinated stay one), not a unit of its own.
        Under a title that asks by itself in the infinitive (« Créer un observatoire régional »),
        only a paragraph's first sentence states it: one asking after sentences of context
        (« Sans données, pas de politique évaluée. Nous demandons que … ») is one more demand."""
        if unit.kind != "recommendation" or "\n" in unit.text:
            return 0, 0
        sentences = _sentences(text)
        if self.lang.title_infinitive(unit.text):
            sentences = sentences[:1]
        for offset, sentence in sentences:
            if _states_ask(sentence.strip()):
                unit.text = f"{unit.text}\n{_collapse(sentence)}"
                return offset, offset + len(sentence)
        return 0, 0

    def sentences(self, block: Block, questions: bool = True) -> None:
        st = self.state
        st.in_article = self.prior == "action" and block.start in self.articles
        # the explanation of a numbered recommendation or action given as a heading holds no
        # further unit, except, in an opinion, a sentence that asks in so many words ("Nous
        # demandons que…")
        explained = st.parent is not None and st.parent.kind in ("recommendation", "action") and st.parent_heading
        if explained and self.prior != "recommendation" and st.parent.kind == "action" and not st.aside:
            cut = self.left_out(block.text)
            if cut is not None and not self.stated_fate(block.text):
                # the explanation of an action given as a heading whose last sentence turns down
                # what the action leaves out (« Une plateforme … sera ouverte en 2028. Un budget
                # participatif n'est pas envisagé à ce stade. »): that sentence is a decision of its
                # own, which may answer another demand; the sentences before it explain the action
                # (not when the paragraph states the demand's fate, « La proposition de … n'a pas été
                # retenue »: the action is kept in part, see stated_fate)
                said = block.text[:cut].rstrip()
                self.sentences(replace(block, text=said, end=block.start + len(said)), questions)
                rest = block.text[cut:]
                start = block.start + cut + len(rest) - len(rest.lstrip())
                self.add(_Unit(kind="decision", text=_collapse(rest), start=start, end=block.end, page=block.page))
                return
        if explained and self.prior != "recommendation":
            # in an answer (or a page that does not say what it is, a plan's page « Axe 1 – … »
            # over its actions), the first paragraph under an action given as a heading may say its fate
            # (« Demande retenue en partie. »); a later one turning a request down (« Horaires. Des
            # riverains ont demandé … . La commune ne donne pas suite à cette demande. ») answers
            # another request: it is read as a paragraph of its own
            fate = self.stated_fate(block.text)
            if not st.parent.detail:
                st.parent.state = st.parent.state or fate
            elif fate and status_cap(fate) == STATUS_NOT:
                explained = False
        if (explained and self.prior == "recommendation" and questions and len(_sentences(block.text)) == 1
                and block.text.rstrip().endswith("?")):
            # a paragraph of one question under a recommendation given as a heading (« Enfin, qui
            # financera l'entretien des bancs ? »): a question put to the authority, not its
            # explanation; a suggestion (« Et pourquoi pas une navette le dimanche ? », see
            # _suggests) is one more demand
            self.add(_Unit(kind="recommendation" if _suggests(block.text) else "question", text=_collapse(block.text),
                           start=block.start, end=block.end, page=block.page))
            return
        if explained:
            if st.parent.kind == "action" and not st.parent.state:
                st.parent.state = stated_state(block.text)
            if not st.aside:
                _describe(st.last_action or st.parent, block.text)
                # « Pilote : … | Calendrier : … | Indicateur : Part des foyers raccordés » under the
                # action: its indicator is a unit, under the action
                for at, indicator in field_indicators(block.text):
                    self.add(_Unit(kind="indicator", text=_collapse(indicator), start=block.start + at,
                                   end=block.start + at + len(indicator), page=block.page,
                                   parent=str((st.last_action or st.parent).key)))
            elif (st.aside_state and st.parent.kind == "action" and not st.parent.state
                  and _word_count(block.text) <= STATE_WORDS):
                # « ### Statut » then « Réalisée en 2025 » in the sheet of an action
                st.parent.state = _collapse(block.text).rstrip(".")
            if self.prior != "recommendation":
                return
            # under a sub-heading of the proposal naming what is proposed (« Ce que nous
            # proposons », « Nos propositions »), below « Constat » or « Pourquoi ? »: a sentence
            # asking in any form (« Nous souhaitons aussi un … », « La commune doit créer … »)
            proposing = st.hint == "recommendation" and st.hint_level > st.parent_level
            stated = self.states_titled(st.parent, block.text)
            for offset, sentence in _demand_sentences(block.text):
                if stated[0] <= offset < stated[1]:
                    continue  # the sentence stating the titled recommendation (see states_titled)
                sentence = sentence.strip()
                # (or, opening the sentence, what every body of a kind should do: « Chaque Département
                # devrait publier ses chiffres », « Toutes les mairies doivent afficher … »; not after
                # « ; », where it restates the title: « X sécurise cette pratique ; chaque lieu devrait … »)
                # (or the author asking in so many words after sentences of context, « Les écoles sont
                # mal équipées. Le conseil préconise d'équiper … »: the title names the topic, this
                # sentence the demand, see states_titled)
                if (_demand_whole(sentence) or re.search(_AUTHOR_PROPOSES, sentence, re.I)
                        or (proposing and _asks_in_proposals(sentence)) or _ADDED_MUST.match(sentence)
                        or _EVERY_MUST.match(sentence) or _states_ask(sentence)):
                    # (two deeds under one demand verb, each with its own object: one demand each,
                    # see _infinitive_demands)
                    for o, part in _infinitive_demands(sentence):
                        start = block.start + offset + o
                        self.add(_Unit(kind="recommendation", text=_collapse(part), start=start,
                                       end=start + len(part), page=block.page))
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
        pledged = None  # the action the previous sentence committed to
        previous = None  # (offset of the previous sentence, units before it)
        said = _demand_sentences(block.text)
        for index, (offset, sentence) in enumerate(said):
            sentence = sentence.strip()
            start = block.start + offset
            # the sentence before, when it gave no unit
            told_before, previous = (previous if previous and previous[1] == len(self.units) else None,
                                     (offset, len(self.units)))
            going_on, pledged = pledged, None
            if (going_on is not None and going_on is self.units[-1] and _GOES_ON.match(sentence)
                    and not _REFUSAL.search(sentence)):
                # « Deux médiateurs rejoindront l'équipe. Ils assureront … »: the same commitment goes on
                going_on.end = start + len(sentence)
                going_on.text = _collapse(block.text[going_on.start - block.start:going_on.end - block.start])
                pledged = going_on
                continue
            if _MOTIVATION.match(sentence):
                continue  # "Considérant qu'il est nécessaire de…", "Vu l'avis…": why, not what
            if self.prior == "action" and _MOTION_PUT.match(sentence):
                continue  # « Il est proposé au conseil municipal de prendre acte … »: the vote closing the report
            if self.prior == "action" and _GOAL_STATED.match(sentence):
                # « L'objectif est clair : d'ici 2031, la part … devra être divisée par deux. »: the
                # goal the authority sets itself, an objective
                self.add(_Unit(kind="objective", text=_collapse(sentence), start=start, end=start + len(sentence),
                               page=block.page))
                continue
            if self.prior != "recommendation" and _BUDGETED.match(sentence):
                # « Le remplacement des serveurs est inscrit au budget 2027 pour 38 000 € »: an action
                self.add(_Unit(kind="action", text=_collapse(sentence), start=start, end=start + len(sentence),
                               page=block.page))
                continue
            if self.prior == "action" and _MEASURE_REPORTED.match(sentence):
                # « Le nombre de connexions … sera présenté chaque année au conseil »: a measure the
                # authority will report, an indicator
                self.add(_Unit(kind="indicator", text=_collapse(sentence), start=start, end=start + len(sentence),
                               page=block.page))
                continue
            listed = inline_indicators(sentence) if self.prior == "action" else []
            if listed:
                # « Il sera suivi par trois indicateurs : le nombre de …, le taux de … et … »: each
                # indicator named in the sentence is one
                for at, item in listed:
                    self.add(_Unit(kind="indicator", text=_collapse(item), start=start + at,
                                   end=start + at + len(item), page=block.page))
                continue
            if self.deliberation:
                # "APPROUVE la convention…" whole; "… après en avoir délibéré, DÉCIDE de …"
                # from what follows "décide"
                inline = _INLINE_DECISION.search(sentence)
                caps = _INLINE_CAPS_DECISION.search(sentence)
                if _CAPS_DECISION.match(sentence):
                    cut = 0
                elif inline and re.search(r"d[ée]lib[ée]r[ée]", sentence[:inline.start()]):
                    cut = inline.end()
                elif caps and re.search(r"d[ée]lib[ée]r[ée]", sentence[:caps.start()]):
                    cut = caps.start()  # « …, après en avoir délibéré, AUTORISE M. le Maire à … »
                else:
                    cut = None
                if cut is not None:
                    self.add(_Unit(kind="decision", text=_collapse(sentence[cut:]), start=start + cut,
                                   end=start + len(sentence), page=block.page))
                    continue
                if _REJECTED_BY_VOTE.search(sentence) or (self.prior != "recommendation"
                                                           and _NOT_ITS_OWN.search(sentence)):
                    # « Mis aux voix, l'amendement est rejeté »: the assembly turns down what the
                    # amendment asked (« un amendement visant à suspendre … », told before); « … relève
                    # de l'Éducation nationale »: not the authority's to do
                    asked = None
                    for asked in _AMENDMENT_ASKS.finditer(block.text[:offset]):
                        pass
                    if asked is not None and _REJECTED_BY_VOTE.search(sentence):
                        a_start, a_text = block.start + asked.start(), asked.group(0).rstrip()
                    else:
                        a_start, a_text = start, sentence
                    self.add(_Unit(kind="decision", text=_collapse(a_text), start=a_start, end=a_start + len(a_text),
                                   page=block.page, state="non retenue"))
                    continue
            if self.refused_among_actions(sentence):
                # « La création d'un budget participatif, proposée lors de l'atelier, n'est pas
                # retenue » under « Exemples d'actions … » of a page that does not say what it is
                self.add(_Unit(kind="decision", text=_collapse(sentence), start=start, end=start + len(sentence),
                               page=block.page, state="non retenue"))
                continue
            if _WONDERED.search(sentence) and not _suggests(sentence) and not _demand_whole(sentence):
                continue  # « Des parents nous demandent pourquoi … »: a question told, not put
            if questions and not sentence.endswith("?") and _INDIRECT_QUESTION.search(sentence):
                if self.answered_at_once(block.text[offset + len(sentence):]):
                    continue  # « Mme X demande si … . M. Y répond qu'… »: answered in the meeting
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
            if quoted and _TITLED.search(sentence[:quoted.start()]):
                quoted = None  # « la consultation « Quel avenir pour le marché ? » menée en mai »: a title
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
            if sentence.endswith("?") and self.prior == "recommendation" and _READER_ADDRESSED.search(sentence):
                continue  # « Et toi, t'en penses quoi ? »: the opinion turns to its young reader, asks the authority nothing
            if sentence.endswith("?") and _QUESTIONS_RAISED.match(sentence):
                continue  # « Quelles interrogations le bilan soulève-t-il ? »: the title of the questions below
            if sentence.endswith("?") and not _suggests(sentence):
                self.add(_Unit(kind="question", text=_collapse(sentence), start=start, end=start + len(sentence),
                               page=block.page))
                continue
            # a synthesis reporting what participants ask (« Une attente forte porte sur … », « Il
            # ressort des ateliers la nécessité de … »): the demand is the whole sentence, not in a plan
            reported = self.prior != "action" and _REPORTED_DEMAND.search(sentence)
            clause = None if reported else _demand_clause(sentence)
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
                if _REFUSAL.search(sentence) and _SOME_REQUESTS.match(sentence) and self.answer:
                    continue  # « Certaines verront le jour, d'autres ne seront pas retenues »: it announces
                if _NOT_EVERYTHING.search(sentence):
                    continue  # « Nous ne pourrons pas tout faire, et nous le disons … »: a caveat, nothing turned down
                if (self.under_refusals(block) and re.search(r"[^\W\d_]{2}", sentence)
                        and not _SOME_REQUESTS.match(sentence)):
                    # the paragraph right under an authority's title of refusals (« Ce que nous ne
                    # ferons pas », « Non retenu »), « Pas d'application mobile : son coût … »: a
                    # decision turning down what it names, as the items of such a section are (not
                    # « Trois demandes n'ont pas été retenues », which announces them)
                    self.add(_Unit(kind="decision", text=_collapse(sentence), start=start, end=start + len(sentence),
                                   page=block.page, state="non retenue"))
                    continue
                if index and _BARE_NO.match(said[index - 1][1]) and _DENIED.search(sentence):
                    # « Non. Une fontaine à boire ne peut pas être raccordée … »: the answer's bare
                    # « Non. » then what will not be, a refusal (as « Non, … ne … pas » in one sentence)
                    self.add(_Unit(kind="decision", text=_collapse(sentence), start=start, end=start + len(sentence),
                                   page=block.page, state="non retenue"))
                    continue
                if (self.answer and (_ANSWER_NO.match(sentence) or _ANOTHER_BODYS.match(sentence))
                        and not _SOME_REQUESTS.match(sentence) and self.committed(sentence) is None) or (
                        (_PASSED_ON.match(sentence) or _NOT_HERE.match(sentence)
                         or (_ANOTHER_BODYS.match(sentence) and index + 1 < len(said)
                             and _REFUSAL.search(said[index + 1][1])))
                        and not _SOME_REQUESTS.match(sentence)):
                    # « Non pour le samedi : l'accueil reste assuré en semaine », « Les pannes
                    # d'ascenseur relèvent du bailleur : … »: the answer declines the demand
                    # (in any plan, « … relève de la compétence de la Région ; la commune lui
                    # transmettra les attentes … »: passed on to the body whose business it is)
                    # (and in any plan the matter said to be another body's just before the
                    # authority turns it down: « Les ateliers à domicile relèvent des Départements. La
                    # commune ne financera pas … »: why the demand is declined, a decision as well;
                    # and the matter said to be another text's or body's « et non du présent
                    # schéma », « et non de la commune »: not dealt with here, see _NOT_HERE)
                    self.add(_Unit(kind="decision", text=_collapse(sentence), start=start, end=start + len(sentence),
                                   page=block.page, state="non retenue"))
                    continue
                if _POSTPONED.match(sentence) and not _REFUSAL.search(sentence):
                    # « Le remplacement du sol sportif est reporté au-delà de 2028 »: put off, not
                    # taken up now
                    self.add(_Unit(kind="decision", text=_collapse(sentence), start=start, end=start + len(sentence),
                                   page=block.page, state="non retenue"))
                    continue
                refused = _REFUSAL.search(sentence)
                # (what it puts off, after « ; », is not taken up now either: « Un inventaire sera
                # dressé en 2027 ; celui des logiciels viendra dans un second temps »)
                limit = refused or _DEFERRED.search(sentence)
                cut = sentence.rfind(";", 0, limit.start()) if limit else -1
                kept = (self.committed(sentence[:cut]) if cut > 0 and not _REFUSAL.search(sentence[:cut])
                        and not (not self.answer and self.generic_section()) else None)
                if kept is not None:
                    # « Un atelier sera ouvert aux collégiens ; son extension aux lycées n'est pas
                    # envisagée »: a commitment, then what of the demand it does not take up, after
                    # « ; »: the action, kept in part
                    s = start + kept
                    self.add(_Unit(kind="action", text=_collapse(sentence[kept:]), start=s, end=start + len(sentence),
                                   page=block.page, state=RETAINED_IN_PART))
                    continue
                if refused and not _SOME_REQUESTS.match(sentence):
                    # « Il ne nous est pas possible de prendre en charge … », « cette demande ne
                    # pourra pas aboutir car … »: the authority turns a demand down
                    before = self.units[-1] if len(self.units) > first_unit else None
                    if (before is not None and before.kind == "action" and not before.state
                            and (_ITS_OWN_PART.match(sentence) or self.resumed_deed(sentence)
                                 or block.marker == DIALOGUE_DASH)):
                        # « Le wifi sera installé à la médiathèque. Son installation sur la place
                        # n'est pas envisagée »: a part of what the action just before does is
                        # turned down, the action keeps the demand in part
                        before.state = RETAINED_IN_PART
                    unit = self.add(_Unit(kind="decision", text=_collapse(sentence), start=start,
                                          end=start + len(sentence), page=block.page, state="non retenue"))
                    if offset and len(self.units) == first_unit + 1:
                        # « Horaires. Des riverains ont demandé … . La commune ne donne pas suite à
                        # cette demande » : what it turns down, told before it
                        _describe(unit, block.text[:offset])
                    continue
                generic = not self.answer and self.generic_section()
                if not generic and not self.deliberation and _BODY_VOTED.match(sentence):
                    # « Le conseil municipal a voté, le 6 novembre, la limitation … », « … a décidé de
                    # fermer … »: what the authority's assembly decided, told in its answer
                    self.add(_Unit(kind="decision", text=_collapse(sentence), start=start, end=start + len(sentence),
                                   page=block.page))
                    continue
                if not generic and not self.deliberation and (_AGREED.match(sentence) or _BODY_APPROVES.match(sentence)):
                    # the record of what a body decided: « Il est convenu que le maire écrira à
                    # l'opérateur … », « Le comité valide le recrutement … »: the whole sentence
                    self.add(_Unit(kind="action", text=_collapse(sentence), start=start, end=start + len(sentence),
                                   page=block.page))
                    continue
                pledge = None if generic else _PLEDGE.match(sentence)
                if pledge and len(sentence[pledge.end():].split()) >= 3:
                    # « La municipalité s'y engage : l'accueil physique … sera maintenu »: what
                    # the authority says it pledges (after « : »; the whole of « La commune
                    # s'engage à maintenir … »)
                    cut = pledge.end() if pledge.group("colon") else 0
                    s = start + cut
                    pledged = self.add(_Unit(kind="action", text=_collapse(sentence[cut:]), start=s,
                                             end=start + len(sentence), page=block.page))
                    continue
                committed = None if generic else self.committed(sentence)
                if committed is not None:
                    # « La commune organisera une réunion publique », « Un module … sera mis en
                    # service en janvier »: what the authority commits to (from the clause that does)
                    s = start + committed
                    pledged = self.add(_Unit(kind="action", text=_collapse(sentence[committed:]), start=s,
                                             end=start + len(sentence), page=block.page))
                    continue
                if not generic and self.rules and _PROVIDED_NOW.match(sentence):
                    # in a book of numbered rules, written in the normative present: « La Région met
                    # en place une mission d'appui … », « Un bilan … est présenté tous les trois ans »
                    pledged = self.add(_Unit(kind="action", text=_collapse(sentence), start=start,
                                             end=start + len(sentence), page=block.page))
                    continue
                told = self.answer or (self.report and not generic and not self.editorial())
                done = _ANSWER_DONE.match(sentence) if told else None
                if told and done is None and self.report and (self.in_section(_DONE_SECTION) or (
                        self.yearly_report and not self.in_section(_OUTLOOK_SECTION))):
                    done = _DONE_ANY.match(sentence)
                if done and not _YOU_SUBJECT.match(sentence) and not _CONTRIBUTIONS_HANDLED.match(sentence):
                    # an answer or a report telling what the authority has done (« La commune a
                    # lancé une étude », « Les bancs ont été repeints », « 40 tablettes ont été
                    # prêtées ») or is doing (« Un guide est en cours d'impression et sera diffusé
                    # en juin »); under a report's « Réalisations », whatever its subject (« La
                    # ludothèque a accueilli 40 ateliers »)
                    self.add(_Unit(kind="action", text=_collapse(sentence), start=start, end=start + len(sentence),
                                   page=block.page,
                                   state="En cours" if done.groupdict().get("ongoing") else "Réalisée"))
                    continue
                if self.answer and _OFFERED.search(sentence):
                    # « Je vous propose en revanche de poser un point d'accès … »: what the one
                    # answering offers instead or besides, a deed of its own
                    self.add(_Unit(kind="action", text=_collapse(sentence), start=start, end=start + len(sentence),
                                   page=block.page))
                    continue
                if self.answer and _NEW_SERVICE_INVITED.match(sentence):
                    # « Inscrivez-vous au nouveau service d'alerte par SMS … »: the reader invited
                    # to use what the authority has set up
                    self.add(_Unit(kind="action", text=_collapse(sentence), start=start, end=start + len(sentence),
                                   page=block.page, state="Réalisée"))
                    continue
                if (told and (block.kind == "list_item" or (self.answer and _ANSWER_LEAD.match(sentence)))
                        and not _YOU_SUBJECT.match(sentence) and self.lang.running_since(_ANSWER_LEAD.sub("", sentence))):
                    # « • Les serveurs sont sauvegardés chaque nuit depuis mai 2026 »: an item telling
                    # what the authority set up and still runs, in the present with the date it
                    # started (see running_since); in running text such a sentence may only describe
                    # the situation the answer starts from
                    self.add(_Unit(kind="action", text=_collapse(sentence), start=start, end=start + len(sentence),
                                   page=block.page, state="Réalisée"))
                    continue
            if self.told_pledge(sentence):
                # minutes of a meeting with the authority: « Loïc Hamon précise que les permanences
                # ouvriront en janvier », what its officer or elected member says will be done
                self.add(_Unit(kind="action", text=_collapse(sentence), start=start, end=start + len(sentence),
                               page=block.page))
                continue
            if self.told_refusal(sentence):
                # minutes of a meeting with the authority: « En revanche, la plateforme … n'est pas
                # retenue : … », the authority's refusal told, a decision turning the demand down
                self.add(_Unit(kind="decision", text=_collapse(sentence), start=start, end=start + len(sentence),
                               page=block.page, state="non retenue"))
                continue
            if (self.prior == "action" and not self.deliberation and self.in_section(_COMMITTED_SECTION)
                    and _DECIDED_BY_DELIBERATION.match(sentence)):
                # under « Ce que nous allons faire », what the authority's assembly has decided by a
                # deliberation (« Par délibération du 19 novembre, le conseil a créé une aide … »): a
                # decision answering the demand, not the background of the answer
                self.add(_Unit(kind="decision", text=_collapse(sentence), start=start, end=start + len(sentence),
                               page=block.page))
                continue
            if not self.deliberation and self.prior != "action" and _AGREED.match(sentence):
                # minutes: « Il est décidé de tenir une seconde réunion », « Il est convenu que
                # le compte rendu sera transmis … », « Le comité décide de … »
                self.add(_Unit(kind="decision", text=_collapse(sentence), start=start, end=start + len(sentence),
                               page=block.page))
                continue
            if _DATED_REPORT.match(sentence) and not _demand_whole(sentence):
                continue  # "En 2018, l'agglomération a souhaité que …": what happened then
            if self.prior == "action" and _YOU_ASKED.match(sentence):
                continue  # « Beaucoup d'entre vous ont demandé … » in an answer: the demands it answers, recalled
            if self.prior == "action" and _OWN_WISH.match(sentence):
                continue  # « Nous voulons que personne ne soit laissé … » in a plan: its authors' aim
            if _THING_REQUIRES.match(sentence):
                continue  # « La plateforme … demande une signature électronique »: it requires, nobody asks
            if self.prior != "action" and _OWN_ADVICE_WISH.search(sentence):
                continue  # « Le conseil souhaite que ses propositions contribuent à … »: the opinion's closing wish
            strong = (reported or _demand_whole(sentence) or _DEMAND_VERB.search(sentence) or polite_request(sentence)
                      or (self.prior != "action" and _REPORTED_THING.search(sentence))
                      # « S'oppose à la fermeture de … » in a motion: the refusal it asks for
                      or (self.prior != "action" and _OPPOSES.search(sentence))
                      # « Le collectif demande des permanences. Pour les aînés, il propose des visites. »:
                      # the asker of the demand just read, resumed by a pronoun, proposes one more thing
                      or (self.prior != "action" and len(self.units) > first_unit
                          and self.units[-1].kind == "recommendation" and _PRONOUN_PROPOSES.match(sentence))
                      or _COMMITMENT_QUESTION.match(sentence) or _INTENT_ASKED.match(sentence)
                      # « On veut une piste cyclable jusqu'au lycée. » in an opinion: its writers' wish, as spoken
                      or (self.prior == "recommendation" and _SPOKEN_WANT.match(sentence))
                      # « Deuxièmement, la cour doit être végétalisée » after « Premièrement, nous
                      # demandons … »: a member of a series of demands counted in prose (see _ordinal_series)
                      or (self.prior != "action" and not offset and block.start in self.ordinals)
                      or (self.prior == "recommendation" and (_AUTHORITY_MUST.search(sentence)
                                                              or _DEED_MUST.match(sentence)
                                                              or _EVERY_MUST.search(sentence)))
                      # « Le site est illisible. Il doit être refait. »: the thing told before, to be done
                      or (self.prior != "action" and told_before and _THING_MUST.match(sentence)))
            lettered = _lettered_parts(sentence) if strong else []
            if lettered and all(self.lang.infinitive(part) or _first_word(part) == "que"
                                for _, part in lettered):
                # « Il propose aussi a) de créer un poste de référent, et b) d'ouvrir la salle … »:
                # one demand per lettered part
                for o, part in lettered:
                    self.add(_Unit(kind="recommendation", text=_collapse(part), start=start + o,
                                   end=start + o + len(part), page=block.page))
                continue
            if strong or (weak_ok and _DEMAND_WEAK.search(sentence) and not _PRESENT_BURDEN.search(sentence)):
                # (two things asked after one verb, « Nous réclamons la réfection du préau et le
                # remplacement des tables »: one unit each)
                # (and two clauses after one verb, « … demande que … et que … »)
                parts = [(o + p, piece) for o, part in _that_demands(sentence) for p, piece in _noun_demands(part)]
                if strong and len(parts) == 1 and told_before and self.prior != "action" \
                        and (_BACK_REFERENCE.match(sentence) or _THING_MUST.match(sentence) or self.points_back(sentence)):
                    # « M. L. a rappelé que le hameau n'a qu'un débit de 2 Mbit/s. Il a souhaité que
                    # la fibre y soit déployée »: the demand with the sentence that names its place
                    # (or its thing: « Notre conseillère est partie en juin. Est-il prévu de la
                    # remplacer ? »)
                    back = told_before[0] - offset
                    parts = [(back, block.text[told_before[0]:offset] + sentence)]
                for o, part in (parts if strong else [(0, sentence)]):
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

    def left_out(self, text: str) -> Optional[int]:
        """Offset of the last sentence of an action's explanation when it turns something down
        (see _NOT_PLANNED, _REFUSAL: « … n'est pas prévue », « … n'est pas retenue ») after a
        sentence with a verb in the future (« … ouvrira en 2028 », « … sera publié »), and not
        deferred (see _RECONSIDERED); None otherwise."""
        parts = _sentences(text)
        if len(parts) < 2:
            return None
        offset, last = parts[-1]
        if not (_NOT_PLANNED.match(last) or _REFUSAL.search(last)) or _RECONSIDERED.search(last):
            return None
        if not any(tells_future(sentence) for _, sentence in parts[:-1]):
            return None
        return offset

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
            return RETAINED_IN_PART if any(self.keeps_part(s) for _, s in parts) else ""
        if any(_RETAINS.search(s) or self.committed(s) is not None for _, s in parts[:refused]) or self.keeps_part(
                parts[refused][1]):
            return RETAINED_IN_PART
        return "non retenue"

    def quotes_last_demand(self, block: Block) -> bool:
        """Whether ``block`` is a paragraph wholly in quotation marks (see _WHOLLY_QUOTED) right
        after the paragraph whose demand the last unit reports in the third person (« Mme X
        demande que … », « L'association souhaite … », see _THIRD_PERSON_ASKS): the quoted words of
        the one who asked, not a demand of their own."""
        i = self.block_at.get(block.start, 0)
        if not i or not self.units or not _WHOLLY_QUOTED.match(block.text):
            return False
        before, last = self.doc.blocks[i - 1], self.units[-1]
        return (before.kind == "paragraph" and last.kind == "recommendation" and before.start <= last.start < before.end
                and not last.text.lstrip().startswith(("«", "“", '"')) and bool(_THIRD_PERSON_ASKS.search(last.text)))

    def keeps_part(self, sentence: str) -> bool:
        """Whether ``sentence`` commits in its clause before « ; » and, after it, leaves a part of
        the demand out (see :func:`_part_left_out`): « Les bus neufs seront équipés ; les plus
        anciens ne seront pas équipés », « Le service sera lancé à Lussac ; son extension sera
        examinée en 2028 »."""
        cut = sentence.find(";")
        if cut <= 0:
            return False
        before, after = sentence[:cut], sentence[cut + 1:].strip()
        return not _REFUSAL.search(before) and _part_left_out(before, after) and self.committed(before) is not None

    def editorial(self) -> bool:
        """Whether the current section is an editorial or a foreword (« Édito du Maire », « Le mot
        de la Présidente », « Préface »)."""
        return any(_EDITORIAL.match(title) for _, title in self.state.headings)

    def generic_section(self) -> bool:
        """Whether the current section is one of a plan's sections that hold no actions (its
        introduction, method, governance, follow-up: see _GENERIC_SECTION). A speech has none:
        its title lines (« Présentation du plan jeunesse ») tell the occasion."""
        headings = self.state.headings
        if not headings or self.speech:
            return False
        title = headings[-1][1]
        label, _, rest = self.parse_label(title)
        if not label and rest is title and parse_label(title)[0].startswith("Article"):
            title = parse_label(title)[2]  # « Article 9 – Gouvernance et suivi » in a charter
        number = _HEADING_NUMBER.match(title)
        title = _NUMBER_DASH.sub("", title[number.end():] if number else split_marker(title)[1] or title)
        # (or one on the plan itself: « Comment suivrons-nous ce plan ? »)
        return bool(_GENERIC_SECTION.match(title.strip()) or _THIS_PLAN.search(title))

    def under_refusals(self, block: Block) -> bool:
        """Whether ``block`` comes right after a heading of refusals (« Ce que nous ne ferons pas »,
        « Non retenu », see _REFUSED_SECTION), as a box's text under its title, or among the
        paragraphs its lead-in introduces (see _refusals_at): the paragraphs further down (a
        closing, a signature, a page's footer) are no longer its."""
        at = self.block_at.get(block.start)
        if not at:
            return False
        return _refusals_at(self.doc.blocks, at)

    def in_section(self, pattern: re.Pattern) -> bool:
        """Whether one of the current section's titles, its number aside, matches ``pattern``
        (a report's « Réalisations 2024 » or « Perspectives 2025 »: _DONE_SECTION, _OUTLOOK_SECTION)."""
        return any(pattern.match(section_title(title)) for _, title in self.state.headings)

    def told_pledge(self, sentence: str) -> bool:
        """In a document that says neither that it asks nor that it answers (minutes), a person
        named in full saying that something will be done (see _NAMED_SAYS and
        :meth:`_Language.commitment`, any subject); not in a forum thread."""
        said = None if self.prior or self.thread else _NAMED_SAYS.match(sentence)
        return bool(said) and self.lang.commitment(sentence[said.end():], anyone=True)

    def told_refusal(self, sentence: str) -> bool:
        """In a document that says neither that it asks nor that it answers (minutes, a
        report of a meeting), a thing stated as not retained (see _NOT_RETAINED); not in a forum
        thread, where a participant tells what was refused to complain of it."""
        return (not self.prior and not self.thread and not sentence.rstrip().endswith("?")
                and bool(_NOT_RETAINED.match(sentence)))

    def points_back(self, sentence: str) -> bool:
        """Whether the demand ``sentence`` names what it is about by a pronoun pointing back to the
        sentence before, in its first PRONOUN_BACK_WORDS words (see _PRONOUN_BACK; « de la » or « à
        l' » before an infinitive, « Est-il prévu de la remplacer ? », see _PRONOUN_OBJECT); later,
        a pronoun names a thing of its own sentence."""
        early = [m for p in (_PRONOUN_BACK, _PRONOUN_OBJECT) for m in p.finditer(sentence)
                 if len(sentence[:m.start()].split()) < PRONOUN_BACK_WORDS]
        return any(m.re is _PRONOUN_BACK or self.lang.infinitive(sentence[m.end():]) for m in early)

    def under_question(self, sentence: str) -> bool:
        """Whether the current heading is a question naming what ``sentence`` says of the plan's
        follow-up (« Les habitants siégeront-ils au comité de suivi ? » over « Deux habitants
        siégeront au comité de suivi », see _FOLLOW_UP): on a page of questions and answers, it
        is what the question asked; not under « Et maintenant ? », which names none."""
        if not self.state.headings or not self.state.headings[-1][1].rstrip().endswith("?"):
            return False
        asked = {w.lower().replace("é", "e") for w in _FOLLOW_UP.findall(self.state.headings[-1][1])}
        return bool(asked & {w.lower().replace("é", "e") for w in _FOLLOW_UP.findall(sentence)})

    @staticmethod
    def answered_at_once(rest: str) -> bool:
        """Whether the text after a question told in minutes (``rest``) opens with its answer (see
        _ANSWERED_AT_ONCE) that settles it: not one that only promises to follow it up, in the
        future (« M. le Maire répond qu'une réunion publique sera organisée »), which leaves the
        question open."""
        if not _ANSWERED_AT_ONCE.match(rest):
            return False
        answer = _sentences(rest)
        return bool(answer) and not _FUTURE_HINT.search(answer[0][1])

    def committed(self, sentence: str) -> Optional[int]:
        """Offset of the first clause of ``sentence`` (clauses split by « ; ») in which the
        authority commits itself (see _Language.commitment), None when none does. What will
        become of the plan itself (« Le conseil suivra ce plan chaque année », « La stratégie
        sera mise à jour en 2026 ») is its governance, not one of its actions; but in an answer, a
        body it creates (« Un comité d'usagers, auquel …, sera créé », see _BODY_CREATED) answers
        the demand for one. A clause telling
        what the author confirms (« Je vous confirme que … ») starts after its frame."""
        if self.budget and _RAISED_TO.match(sentence):
            return 0  # « Le programme de voirie est porté à 450 000 € ; … »: a line raised, funded this year (not the plan's follow-up)
        if _THE_PLAN_ITSELF.search(sentence) and not (self.answer and _BODY_CREATED.search(sentence)) and not (
                self.answer and self.state.answering[1] and not _FUNDING_SUBJECT.match(sentence)) and not (
                (self.answer or self.speech or self.budget) and (_OPEN_DATA.search(sentence) or (
                    self.budget and _MADE_PUBLIC.search(sentence)))) and not (self.answer and self.under_question(sentence)):
            # (but in an answer, a speech, a press release or budget orientations, its budget or its
            # reports published as open data, « Le budget primitif sera publié en données ouvertes », answer a demand
            # for open data)
            # (so is it under a question heading, on a page of questions and answers)
        # (in an answer to a numbered demand, the plan or the report it will draw up is what the
            # demand asked: « Sur la recommandation n° 1 : … Le schéma directeur sera adopté en 2027 »;
            # the credits it will vote fund what it answered, « Les crédits seront inscrits au budget »)
            return None
        if _MERE_RESOLVE.match(sentence):
            return None  # « Avec vous, nous y arriverons. »: the speaker's resolve, no deed
        # (under a report's « Perspectives 2025 », whatever its subject: « les inscriptions
        # pourront se faire en ligne », « un agent assurera une permanence »)
        # (in an article of a charter, whatever its subject: « Le tiers-lieu accueillera un
        # atelier de réparation », the authority's commitment as the charter states it)
        # (in a speech presenting the plan, whatever its subject: « une permanence se tiendra
        # dans chaque mairie », the speaker announcing what the authority will do)
        # (in budget orientations, whatever its subject: « Le CCAS proposera des ateliers », what
        # the authority means to fund)
        anyone = (self.answer or self.speech or self.budget or (self.report and self.in_section(_OUTLOOK_SECTION))
                  or self.state.in_article)
        offset = 0
        for clause in re.split(r"(?<=;)", sentence):
            lead = len(clause) - len(clause.lstrip())
            if clause.strip() and self.lang.commitment(clause.strip().rstrip(";"), anyone, resumed=self.speech):
                if offset and _RESUMED_OBJECT.match(clause):
                    # « La demande … lui a été transmise ; la commune la défendra au comité »: the
                    # deed's object is in the clause before; the whole sentence
                    return 0
                if offset and _AUTHORITY_DID.match(sentence[:offset]):
                    # « La commune a proposé la vallée au dispositif ; l'État décidera au printemps »:
                    # what the authority has done, then what will follow; the whole sentence (its
                    # first clause says what the deed is about)
                    return 0
                said = _SAYING_FRAME.match(clause.strip()) or _MEMBER_SAYS.match(clause.strip())  # « Je vous confirme que … »: from what is confirmed
                return offset + lead + (said.end() if said else 0)
            offset += len(clause)
        joined = _NEW_SUBJECT_CLAUSE.search(sentence) if ";" not in sentence else None
        if joined and self.lang.commitment(sentence[joined.end():].strip(), anyone, resumed=self.speech):
            # « Nous avons fait inscrire la vallée au dispositif, et une campagne de mesures sera
            # conduite en 2027 »: what is done, then, after « , et » and a subject of its own, what
            # will be; the whole sentence (its first clause says what the deed is about)
            return 0
        head, colon, rest = sentence.partition(" : ")
        if colon and ";" not in head and not _SAYING_FRAME.match(head.strip()) and re.search(
                r"\b(?:ne|n['’])\b", head) and self.lang.commitment(rest.strip().rstrip(";"), True):
            # « Le marché ne sera pas reconduit : une nouvelle consultation sera lancée »: what
            # the authority stops, then, after « : », what it will do instead; the whole sentence
            return 0
        return None
