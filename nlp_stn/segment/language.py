"""Language of the segmentation: demand phrasing (whole demands, noun demands, second demands),
sentences, spaCy's analysis (_Language) and the infinitive tests.
"""
from __future__ import annotations

import re
from typing import Iterable, Optional

from ..settings import Settings
from .vocabulary import (_ADVERBS, _AUTHORITY, _AUTHOR_PROPOSES, _DEMAND_VERB, _DEMAND_WEAK, _DEMAND_WHOLE,
                         _DETERMINERS, _DEVERBAL, _GENERAL_DETERMINERS, _INTERROGATIVE, _MONTHS, _NOUN_FRAME,
                         _OWN_CASE, _PROJECT_OWNER, _WHY_NOT)


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
# de … ? »), or « Est-ce que ce serait possible de … ? » as it is spoken (« est-ce que vous
# pourriez … ? » is _POLITE_EST_CE_QUE below); not a request for information (« Pourriez-vous nous
# dire quand … ? ») nor a question on what may be done (« Peut-on contractualiser sur trois ans ? »,
# « Est-ce qu'on peut se garer ici ? »)
_INFO_VERBS = r"(?:dire|savoir|indiquer|pr[ée]ciser|expliquer|confirmer|informer|renseigner|r[ée]pondre)"
_POLITE_REQUEST = re.compile(
    r"(?:^|^[^?]{0,300}?[.!:]\s+)[«\"(]?\s*(?:(?:et|mais|alors|donc|aussi|enfin)\s*,?\s+)?(?:"
    r"(?:ne\s+|n['’])?(?:pourr(?:ait|aient|iez|ions)-(?:t-)?(?:il|elle|on|ils|elles|nous|vous)|(?:pouvez|pourrez)-vous)"
    r"(?:\s+pas)?\s+(?:(?:nous|me|leur|lui|y|en|[ée]galement|aussi|enfin|vraiment|rapidement)\s+){0,2}"
    rf"(?!{_INFO_VERBS}\b)(?:se\s+|s['’])?[^\W\d_]+(?:er|ir|re|oir)\b"
    r"|(?:(?:ne\s+)?(?:serait|est|sera)-(?:t-)?(?:il|ce)|est[- ]ce\s+(?:que\s+|qu['’]\s*)(?:ce|ça|ca|il)\s+(?:serait|est|sera))"
    r"(?:\s+pas)?\s+(?:(?:donc|aussi|[ée]galement|enfin|vraiment)\s+)?"
    r"(?:possible|envisageable|pensable|imaginable|concevable|faisable)\s+(?:de|d['’]|que|qu['’])"
    rf"(?!\s*(?:nous\s+|me\s+)?{_INFO_VERBS}\b))[^?]*\?\s*[»\")]?$",
    re.I,
)
# (« Et pourquoi pas une halle au bourg ? »: the suggestion going on after another)
_SUGGESTION_QUESTION = re.compile(r"(?:^|^[^?]{0,80}?:\s*|^[^?]{0,300}?,\s*)[«\"(]?\s*(?:(?:et|mais|alors|donc)\s+)?(?:"
                                  + _WHY_NOT + ")", re.I)
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
# The same request asked with « est-ce que » and « pouvoir » (its conditional, or « vous
# pouvez »), its subject the speakers or the one addressed (« Est-ce qu'on pourrait ouvrir … ? »,
# « Est-ce que la mairie pourrait installer … ? », « Et est-ce que vous pourriez … ? »), the one
# addressed also in the present (« Est-ce que la mairie peut installer … ? »); or the thing asked
# for as the subject of a passive in the conditional (« Est-ce que le wifi de la médiathèque
# pourrait être étendu à la place ? »); not a request for information (« Est-ce qu'on pourrait
# savoir quand … ? », « Est-ce que vous pourriez nous dire … ? ») nor what a thing may do (« Est-ce
# que le chantier pourrait durer … ? ») nor what the speakers may do (« Est-ce qu'on peut se garer ici ? »)
_POLITE_EST_CE_QUE = re.compile(
    r"(?:^|^[^?]{0,300}?[.!:]\s+)[«\"(]?\s*(?:(?:et|mais|alors|donc|aussi|enfin)\s*,?\s+)?"
    r"est[- ]ce\s+(?:que\s+|qu['’]\s*)(?:"
    rf"(?:(?:on|nous|vous|{_ADDRESSEE})\s+(?:ne\s+|n['’])?(?:pourr(?:ait|aient|iez|ions)|pouvez)"
    rf"|{_ADDRESSEE}\s+(?:ne\s+|n['’])?(?:peut|peuvent|pourra|pourront))"
    r"(?:\s+pas)?\s+(?:(?:nous|me|leur|lui|y|en|[ée]galement|aussi|enfin|vraiment|rapidement)\s+){0,2}"
    rf"(?!{_INFO_VERBS}\b)(?:se\s+|s['’])?[^\W\d_]+(?:er|ir|re|oir)\b"
    r"|(?:le|la|les|l['’]|un|une|des|ce|cet|cette|ces)\s*[^?,;:]{2,80}?\s+pourr(?:ait|aient)\s+(?:pas\s+)?"
    r"(?:[ée]galement\s+|aussi\s+|enfin\s+)?[êe]tre\s+[^\W\d_]+(?:[ée]e?s?|ie?s?|ue?s?|erte?s?|ite?s?|inte?s?)\b"
    r")[^?]*\?\s*[»\")]?$",
    re.I,
)


def polite_request(text: str) -> bool:
    """A request asked politely (see _POLITE_REQUEST and _POLITE_EST_CE_QUE).

    >>> polite_request("Pourriez-vous installer un banc ?"), polite_request("Est-ce qu'on pourrait avoir un local ?")
    (True, True)
    >>> polite_request("Est-ce que vous pourriez nous dire quand ouvre la piscine ?")
    False
    >>> polite_request("Est-ce que la commune peut installer un banc ?"), polite_request("Est-ce qu'on peut se garer ici ?")
    (True, False)
    >>> polite_request("Est-ce que le parc pourrait être ouvert le dimanche ?"), polite_request("Est-ce que le chantier pourrait durer ?")
    (True, False)
    """
    return bool(_POLITE_REQUEST.match(text) or _POLITE_EST_CE_QUE.match(text))


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


# A question asking the authority named to do a thing: « La collectivité pourrait-elle acheter … ? »
# (the authority and the inversion of « pourrait »), or what it plans to do for an aim the writer
# names (« Que prévoit la commune pour sensibiliser … ? », « Que compte faire l'agence pour
# soutenir … ? », « Qu'allez-vous faire pour … ? »); not what it plans alone (« Qu'est-il prévu ? »)
_COULD_DO = re.compile(
    rf"^[^?.!]{{0,80}}?\b{_ADDRESSEE}\s+(?:[^\s,?;:]+\s+){{0,3}}?pourr(?:ait|aient)-(?:t-)?(?:il|elle|ils|elles)"
    r"(?:\s+pas)?" + _ASKED_DEED + r"[^?]*\?",
    re.I,
)
_PLANNED_FOR_AIM = re.compile(
    r"^\W*(?:que\s+|qu['’])(?:"
    r"(?:pr[ée]voi(?:t|ent)|compte(?:nt)?\s+faire|va\s+faire|vont\s+faire|entend(?:ent)?\s+faire)"
    r"(?:-(?:t-)?(?:il|elle|ils|elles))?\s+(?:[^\s,?;:]+\s+){1,6}?"
    r"|(?:pr[ée]voyez|comptez|allez|entendez)-vous\s+(?:faire\s+)?)"
    r"pour\s+(?:(?:mieux|enfin|davantage)\s+)?(?:se\s+|s['’]|en\s+|y\s+|les?\s+|la\s+|l['’])?[^\W\d_]+(?:er|ir|re)\b[^?]*\?",
    re.I,
)


def _asks_a_deed(text: str) -> bool:
    """Whether one of the questions of a contribution asks the authority to do something: a
    suggestion or a polite request (see :func:`_suggests`; not « Est-il prévu de … ? », which
    asks what is planned), the authority's « pourrait-elle » or what it plans for an aim (see
    :data:`_COULD_DO`, :data:`_PLANNED_FOR_AIM`).

    >>> _asks_a_deed("Le car passe à 7 h. La commune pourrait-elle ajouter un arrêt ?")
    True
    >>> _asks_a_deed("Que prévoit la commune pour aider les aînés ?"), _asks_a_deed("Qu'allez-vous faire pour y remédier ?")
    (True, True)
    >>> _asks_a_deed("Le car passe à 7 h. Combien coûte la ligne ?"), _asks_a_deed("Est-il prévu de garder un guichet ?")
    (False, False)
    """
    parts = [p.strip() for p in re.split(r"(?<=[?.!])\s+|\n", text) if p.strip()]
    return any(p.endswith("?") and (_SUGGESTION_QUESTION.match(p) or polite_request(p)
                                    or _COMMITMENT_QUESTION.match(p) or _COULD_DO.match(p) or _PLANNED_FOR_AIM.match(p))
               for p in parts)


def _suggests(text: str) -> bool:
    """A suggestion or a request asked as a question: « Pourquoi ne pas … ? » (see _WHY_NOT),
    a polite request (see _POLITE_REQUEST, _POLITE_EST_CE_QUE) or a commitment asked for (see _COMMITMENT_QUESTION)."""
    return bool(_SUGGESTION_QUESTION.match(text) or polite_request(text)
                or _COMMITMENT_QUESTION.match(text) or _INTENT_ASKED.match(text))
# A demand as spoken in an informal list (a youth council's, a pad's): « on veut / on voudrait /
# on aimerait … » (« Et on voudrait un banc à l'ombre »), an imperative asking to stop or to think
# of something (« arrêtez de couper l'éclairage à 21 h », « pensez aux poussettes », « pensez aussi au
# marché : … »), a wish
# opened by « que » (« que la piscine ouvre le dimanche »), or any request said « s'il vous
# plaît » (« svp », « stp »: « Donc svp un vrai terrain couvert »); not « on veut savoir … »
_SPOKEN_DEMAND = re.compile(
    r"^\W*(?:(?:et|mais|alors|donc|bref|franchement|surtout|aussi)\s*,?\s+)*(?:"
    r"(?:on|nous)\s+(?:veut|voudrait|aimerait|voulons|voudrions|aimerions|r[ée]clame|r[ée]clamons)\b"
    r"(?!\s+(?:savoir|comprendre|conna[iî]tre)\b)"
    # a wish judged good, as it is spoken (« ce serait bien que … », « ça serait cool de … »)
    r"|(?:ce|ça|ca)\s+serait\s+(?:(?:vraiment|trop|tellement|super)\s+)?(?:bien|cool|top|super|g[ée]nial|chouette|sympa|mieux)"
    r"\s+(?:de\s+|d['’]|que\s+|qu['’])"
    r"|(?:arr[êe]tez|cessez|[ée]vitez)\s+(?:de\s+|d['’])|pensez\s+(?:aussi\s+|surtout\s+|[ée]galement\s+|donc\s+)?(?:à|a|aux|au)\b|n['’]oubliez\s+pas\s+(?:de\s+|d['’])"
    r"|(?:que\s+|qu['’])(?:on|il|elle|ils|elles|la|le|les|l['’]|ce|ça|ca|chaque|tout|tous)\b)"
    r"|\b(?:svp|stp|s['’]il\s+(?:vous|te)\s+pla[iî]t)\b",
    re.I,
)
# The same wish opening a sentence of running text in an opinion (« On veut une piste cyclable
# jusqu'au lycée. », « Nous voulons des bancs au square. »): its writers ask for a thing; not « on
# veut savoir … », « on veut bien … » (they agree), nor « nous voudrions remercier … » (thanks)
_SPOKEN_WANT = re.compile(
    r"^\W*(?:(?:et|mais|alors|donc|bref|franchement|surtout|aussi|enfin)\s*,?\s+)*(?:on|nous)\s+"
    r"(?:veut|voudrait|voulons|voudrions|r[ée]clame|r[ée]clamons)\s+"
    r"(?!(?:savoir|comprendre|conna[iî]tre|bien|remercier|saluer|souligner|rappeler|dire|insister|croire)\b)"
    r"(?:(?:aussi|surtout|vraiment|enfin|également)\s+)?(?:un|une|des|le|la|les|l['’]|du|de\s+la|plus\s+de|que\b|qu['’]|[^\W\d_]+(?:er|ir|re)\b)",
    re.I,
)
# A typed arrow opening a line (« -> », « => », « → »): a bullet, not part of the text
_TYPED_ARROW = re.compile(r"^\s*(?:-+>|=+>|[→➔➜⇒])\s*")
# Sub-points lettered inside one sentence (« … il propose a) de créer …, et b) d'ouvrir … »)
_INLINE_LETTER = re.compile(r"(?:(?<=\s)|^)([a-h])\)\s+")


def _lettered_parts(sentence: str) -> list[tuple[int, str]]:
    """The parts of a sentence lettered inline « a) … b) … » (letters in order from « a »), each
    without the « , et » that links it to the next: [(offset, part)]; [] when there are not two."""
    marks = list(_INLINE_LETTER.finditer(sentence))
    if not 2 <= len(marks) <= 8 or [m.group(1) for m in marks] != list("abcdefgh"[:len(marks)]):
        return []
    parts = []
    for m, after in zip(marks, marks[1:] + [None]):
        end = after.start() if after else len(sentence)
        part = re.sub(r"[\s,;]*(?:\b(?:et|ou|puis)\s*)?[\s,;]*$", "", sentence[m.end():end])
        if not part:
            return []
        parts.append((m.end(), part))
    return parts


# A tally after an idea of a workshop or a vote ("(12 gommettes)", "(4 votes)", "[+3]"): how
# many agreed, not part of the idea
_TALLY = re.compile(
    r"\s*[(\[]\s*(?:\d+\s*(?:gommettes?|votes?|voix|points?|pastilles?|soutiens?|likes?|j['’]aime|personnes?)"
    r"|\+\s*\d+|x\s*\d+)\s*[)\]]\s*$"
    r"|(?:\s+\+\d{1,2}){1,}\s*$",  # « … on attache aux grilles +1 +1 +1 »: the votes of a pad
    re.I,
)
# A question asking which questions a text raises (« Quelles sont les interrogations que pose le
# schéma ? », « Quelles questions le bilan laisse-t-il ouvertes ? »): the title of the questions
# that follow, not one put; nor is the floor given to the audience at the end of a talk or a
# slide deck (« Des questions ? », « Vos questions ? », « Avez-vous des questions ? »), nor an
# interrogative word alone (« Pourquoi ? », « Pour qui ? », « Comment ? »), the label of the
# explanation below it on a card or a sheet
_QUESTIONS_RAISED = re.compile(
    r"^\W*quel(?:le)?s\s+(?:sont\s+(?:donc\s+)?(?:les\s+)?)?(?:interrogations|questions)\b"
    r"|^\W*(?:(?:avez[\s-]*vous\s+)?des|vos|d['’]autres)?\s*questions?\s*\?\W*$"
    r"|^\W*(?:pourquoi|comment|quand|o[uù]|combien|pour\s+qui|avec\s+qui|pour\s+quoi\s+faire)\s*\?\W*$"
    # the writers asking of themselves, in a few words, as the title of what they tell next
    # (« Qui sommes-nous ? », « Que voulons-nous ? », « Comment avons-nous travaillé ? »)
    r"|^\W*(?:qui|que|qu['’]\s*|o[uù]|comment|pourquoi|d['’]\s*o[uù])\s*(?:[^\W\d_]+\s+)?[^\W\d_]+-(?:nous|je)"
    r"(?:\s+[^\W\d_]+)?\s*\?\W*$", re.I)
# An item whose subject is a bare count of the things its lead-in names (« Sur les vingt mesures du
# plan : » then « douze sont réalisées ; », « six sont en cours ; », « une n'est pas engagée »,
# « 3 ont été abandonnées », « la plupart restent à lancer »): a tally, not a unit
_COUNTED_ONES = re.compile(
    r"^\W*(?:\d{1,4}|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize"
    r"|vingt(?:\s+et\s+une?|-[a-z]+)?|trente|quarante|cinquante|la\s+moiti[ée]|la\s+plupart|la\s+majorit[ée])"
    r"\s+(?:d['’]\s*entre\s+(?:elles|eux)\s+)?(?:n['’]\s*|ne\s+)?(?:sont|est|ont|a|restent|reste|demeurent|demeure)\b",
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


# The sentence that states an opinion's recommendation in so many words, its author the subject
# of a demand verb (« Le Conseil de développement recommande de … », « Nous demandons la création
# … », « Le Conseil souhaite que … ») or « Il faut » before an infinitive (not « Il faut aujourd'hui
# trois inscriptions », which tells what it takes, nor « Il faut que les opérateurs rendent
# compte », what others must do, an argument)
# (also after a fronted complement closed by a comma, its subject the author: « Après l'incendie du
# gymnase, nous demandons que … », « Dans ses achats, le conseil recommande de … »; and « Il est
# temps de » / « Il est urgent de » before an infinitive, the same call as « Il faut »)
_STATES_ASK = re.compile(
    rf"^\W*(?:[^\W\d_][^,;:.!?«»()]{{2,120}}?,\s+(?=(?:nous|le|la|notre)\s))?"
    rf"(?:{_ASKER}{_ASKING}|il\s+(?:faut|faudrait|est\s+(?:grand\s+)?temps|(?:est|serait)\s+urgent)"
    r"\s+(?:de\s+|d['’]\s*)?[^\W\d_]+(?:er|ir|re)\b)", re.I)
# A demand added to the one before it (« Le Conseil souhaite également que … », « Nous souhaitons
# aussi … », « Enfin, … »): another demand, not the statement of the title's
_ANOTHER_ASK = re.compile(r"^\W*(?:enfin|de\s+plus|en\s+outre|par\s+ailleurs)\b"
                          r"|^(?:\S+\s+){0,5}?(?:aussi|[ée]galement|en\s+outre|enfin)\b", re.I)


def _states_ask(sentence: str) -> bool:
    """Whether ``sentence`` states a recommendation in so many words (see _STATES_ASK), not a
    lead-in over a list (« Le Conseil recommande : »).

    >>> _states_ask("Le Comité des usagers recommande de rouvrir la halte ferroviaire.")
    True
    >>> _states_ask("Nous demandons la pose de bancs au square.")
    True
    >>> _states_ask("Il faudrait prolonger la navette jusqu'au port.")
    True
    >>> _states_ask("Le Comité recommande :")
    False
    >>> _states_ask("Le Comité souhaite également que la halte soit accessible.")
    False
    >>> _states_ask("Il faut aujourd'hui deux heures pour rejoindre le port.")
    False
    >>> _states_ask("Les bancs du square sont rares.")
    False
    """
    return (bool(_STATES_ASK.match(sentence)) and not _ANOTHER_ASK.match(sentence)
            and not sentence.rstrip().endswith(":"))


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
# (and after the frame of a synthesis reporting demands: « Une attente forte porte sur la réfection du
# préau et le remplacement des tables », see _REPORTED_DEMAND)
_REPORTED_DEED = re.compile(rf"(?:{_NOUN_FRAME})(?:(?:la|le|les|l['’]|un|une)\s*)?{_DEVERBAL}", re.I)
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
    asked = _ASKS_FOR_DEED.search(sentence) or _REPORTED_DEED.match(sentence)
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


# Two things asked under one demand verb, each its own clause: « Le conseil demande que les
# trottoirs soient élargis et que la rue soit apaisée »: « et » and a second « que », the first
# clause holding no clause of its own (« que les travaux qui traînent et que … »: undecided)
_AND_THAT = re.compile(r",?\s+et\s+(?=(?:que\b|qu['’]))", re.I)
_BACK_REFERENCE = re.compile(r"(?:que\s+|qu['’])(?:il|elle|ils|elles|en|y|celui|celle|ceux|celles)\b", re.I)
# (the elided forms before the next word: « pour qu'on les répare », « lorsqu'il pleut »)
_INNER_CLAUSE = re.compile(r"\b(?:(?:qui|que|dont|o[ùu]|lorsque|quand|si|puisque|comme)(?!\w)|(?:qu|lorsqu|puisqu)['’])",
                           re.I)


def _that_demands(sentence: str) -> list[tuple[int, str]]:
    """(offset, part) pairs of a sentence asking with « demande que … et que … »: one per
    clause when each has four words or more; else the sentence whole.

    >>> _that_demands("Nous demandons que les trottoirs soient élargis et que la rue soit apaisée.")
    [(0, 'Nous demandons que les trottoirs soient élargis'), (51, 'que la rue soit apaisée.')]
    >>> _that_demands("Nous demandons que les travaux qui traînent soient finis et que la rue rouvre.")
    [(0, 'Nous demandons que les travaux qui traînent soient finis et que la rue rouvre.')]
    >>> len(_that_demands("Nous demandons qu'un bilan soit publié chaque année et qu'il soit présenté en réunion."))
    1
    >>> len(_that_demands("Nous proposons que la ville nous cède ses vélos pour qu'on les répare et qu'on les loue aux jeunes."))
    1
    """
    asked = next((m for m in _DEMAND_WHOLE.finditer(sentence)
                  if (re.findall(r"[^\W\d_]+", sentence[:m.start()]) or [""])[-1].lower() not in _DETERMINERS), None)
    if not asked:
        return [(0, sentence)]
    return _that_clauses(sentence, asked.end())


# A list item that opens on « que », the wish its lead-in announces (« Le conseil émet le vœu : »
# over « – que la Ville … ; »)
_OPENS_THAT = re.compile(r"\s*(?:que\b|qu['’])", re.I)


def _wish_clauses(item: str) -> list[tuple[int, str]]:
    """(offset, part) pairs of a list item opening on « que », a wish whose verb is in its
    lead-in (« Le conseil de quartier émet le vœu : » over « – que … ; »): one per clause when
    it adds a second « et que … » (same conditions as _that_demands); else the item whole.

    >>> _wish_clauses("que les trottoirs soient élargis rue Haute, et qu'un abri soit posé à l'arrêt du car ;")
    [(0, 'que les trottoirs soient élargis rue Haute'), (47, "qu'un abri soit posé à l'arrêt du car ;")]
    >>> _wish_clauses("que le bilan soit publié chaque année et qu'il soit présenté en réunion publique ;")
    [(0, "que le bilan soit publié chaque année et qu'il soit présenté en réunion publique ;")]
    >>> _wish_clauses("la salle soit ouverte le soir et que la rue soit éclairée ;")
    [(0, 'la salle soit ouverte le soir et que la rue soit éclairée ;')]

    A clause that names the first one's thing by a possessive (« …, et que les agents soient
    formés à leur usage ») needs it: the item stays whole.

    >>> len(_wish_clauses("que les bornes promises en 2024 soient posées, et que les agents soient formés à leur usage ;"))
    1
    """
    opens = _OPENS_THAT.match(item)
    parts = _that_clauses(item, opens.end()) if opens else [(0, item)]
    if any(_POSSESSIVE.search(part) for _, part in parts[1:]):
        return [(0, item)]
    return parts


# A third person's possessive (« leur usage », « ses horaires »): the clause names a thing told before
_POSSESSIVE = re.compile(r"\b(?:leurs?|ses|son|sa)\s+(?=[^\W\d_])", re.I)


def _that_clauses(sentence: str, clause: int) -> list[tuple[int, str]]:
    """(offset, part) pairs of ``sentence`` cut before each « et que … » coming after its first
    wish clause (which opens at ``clause``): see _that_demands and _wish_clauses."""
    parts, start = [], 0
    for m in _AND_THAT.finditer(sentence, clause):
        own, tail = sentence[clause:m.start()], sentence[m.end():]
        if _INNER_CLAUSE.search(own) or own.count("(") != own.count(")"):
            break
        if len(own.split()) < 4 or len(tail.split()) < 5:
            continue
        if _BACK_REFERENCE.match(tail):
            continue  # « … et qu'il soit présenté au conseil »: the second part needs the first
        parts.append((start, sentence[start:m.start()]))
        start = m.end()
        clause = m.end() + re.match(r"que\b|qu['’]", tail, re.I).end()
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


# Two deeds asked under one demand verb, each an infinitive with its own object (« Nous préconisons
# de recruter des conseillers itinérants …, et d'ouvrir un lieu de médiation dans chaque bourg »):
# the verb and « de » before the first infinitive, then « et de » / « et d' » before the second one
# (not « et de les équiper », whose pronoun needs the first deed)
_ASKS_TO_DO = re.compile(rf"\b{_ASKING}\s+(?:(?:{_ADVERBS})\s+)?(?:de\s+|d['’]\s*)(?=[^\W\d_]+(?:er|ir|re)\b)", re.I)
_AND_TO_DO = re.compile(r",?\s+et\s+(?=(?:de\s+|d['’]\s*)[^\W\d_]+(?:er|ir|re)\b)", re.I)


def _infinitive_demands(sentence: str) -> list[tuple[int, str]]:
    """(offset, part) pairs of a sentence asking for two deeds under one demand verb (see
    _ASKS_TO_DO): one per deed when each has four words or more of its own; else the sentence whole.

    >>> _infinitive_demands("Nous proposons de rénover le préau de l'école, et d'ouvrir la cour le samedi.")
    [(0, "Nous proposons de rénover le préau de l'école"), (50, "d'ouvrir la cour le samedi.")]
    >>> _infinitive_demands("Il recommande de former les agents et de les équiper.")
    [(0, 'Il recommande de former les agents et de les équiper.')]
    >>> _infinitive_demands("Nous proposons de former et d'accompagner les bénévoles des associations.")
    [(0, "Nous proposons de former et d'accompagner les bénévoles des associations.")]
    """
    asked = _ASKS_TO_DO.search(sentence)
    if not asked:
        return [(0, sentence)]
    parts, start, own_from = [], 0, asked.end()
    for m in _AND_TO_DO.finditer(sentence, asked.end()):
        own, tail = sentence[own_from:m.start()], sentence[m.end():]
        if len(own.split()) < 4 or len(tail.split()) < 5 or own.count("(") != own.count(")"):
            continue
        parts.append((start, sentence[start:m.start()]))
        start = own_from = m.end()
    parts.append((start, sentence[start:]))
    return parts


def _demand_sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs of a paragraph, a sentence coordinating two demands given as two
    (see _demand_parts)."""
    return [(offset + o, part) for offset, sentence in _sentences(text) for o, part in _demand_parts(sentence)]


# A sentence of a contribution that adds one more ask to the one before it (« Il faudrait aussi des
# ateliers … », « Je propose également … », « Autre idée : … »); « Et (aussi) » before an
# infinitive is told apart by the caller (see _added_asks)
# (also the body writing an opinion, named or by its pronoun, asking one more thing: « Le conseil de
# développement demande également … », « Le comité souhaite en outre que … », « Il recommande aussi … »;
# in the present: « Le conseil a demandé aussi … » reports)
_ASK_VERB = r"(?:demand|souhait|propos|recommand|pr[ée]conis|sugg[èe]r)"
_ALSO_ASKS = re.compile(
    r"^\W*(?:il\s+(?:faudrait|faut|serait\s+bien|serait\s+bon)\s+(?:aussi|[ée]galement|en\s+outre)\b"
    r"|(?:je|nous|on)\s+(?:propos\w*|demand\w*|souhait\w*|sugg[èe]r\w*|voudrai\w*)\s+(?:aussi|[ée]galement|en\s+outre)\b"
    r"|(?:(?:le|la|l['’]|notre)\s*(?:conseil|comit[ée]|collectif|assembl[ée]e|panel|jury|commission)\b"
    r"(?:\s+(?!" + _ASK_VERB + r")[^\W\d_]+|\s+d['’]\s*[^\W\d_]+){0,3}|il|elle|ils|elles)"
    r"\s+" + _ASK_VERB + r"(?:e|ent)\s+(?:aussi|[ée]galement|en\s+outre)\b"
    r"|(?:autre|deuxi[èe]me|seconde?)\s+(?:id[ée]e|proposition|suggestion|demande)\s*:)",
    re.I,
)
_AND_THEN = re.compile(r"^\W*(?:et|puis)\s+(?:puis\s+|aussi\s+|surtout\s+|[ée]galement\s+|enfin\s+)?", re.I)


# A thing named by its determiner (« Des bancs … », « Un abri … », « De la lumière … », « Plus de
# poubelles … », « Le wifi gratuit … », « l'éclairage »): after « Et », in a few words and no
# conjugated verb, one more thing asked, as the ask before it (« Et le wifi au gymnase ! »); alone
# under a demand given as a heading, what is asked (see paragraphs.headed_thing)
_NAMED_THING = re.compile(r"^\W*(?:un|une|des|du|de\s+la|de\s+l['’]|plus\s+de|plus\s+d['’]|davantage\s+de|davantage\s+d['’]"
                          r"|le|la|les|l['’])(?:\s+|(?<=['’]))[^\W\d_]", re.I)
ELLIPTIC_ASK_WORDS = 8
# « Et aussi », « Et également »: the words that add one more thing in so many words; the thing
# named after them may be longer, its reason after a comma (« Et aussi des ateliers pour apprendre
# à réparer son vélo, ça manque. »)
_ALSO_WORD = re.compile(r"\b(?:aussi|[ée]galement)\s*$", re.I)
ADDED_THING_WORDS = 15
ELLIPTIC_ASK_MAX_WORDS = 20  # with what says whom or why it is for
# What follows the thing named in such an ask: whom or why it is for (« pour ceux qui … », « qui
# … », « afin de … »)
_FOR_WHOM = re.compile(r"\s+(?:pour|afin|qui|que|qu['’]|o[ùu]|car|parce|quand|lorsque)\b", re.I)


def _added_asks(text: str, infinitive, verbless=lambda sentence: False) -> list[tuple[int, str]]:
    """(offset, part) pairs of a contribution: a new part at each sentence after the first that
    adds one more ask (see _ALSO_ASKS, or « Et (aussi) » before an infinitive, which
    ``infinitive`` tells, or before a thing named in a few words with no conjugated verb, which
    ``verbless`` tells: « Et le wifi au gymnase ! »), the sentences between staying with the
    ask before them (its reasons); the text whole when none does.

    >>> _added_asks("Créer un skatepark. Il faudrait aussi des bancs. Les jeunes n'ont rien.", lambda t: False)
    [(0, 'Créer un skatepark.'), (20, "Il faudrait aussi des bancs. Les jeunes n'ont rien.")]
    >>> _added_asks("Un abri au stade. Et des bancs !", lambda t: False, lambda t: True)
    [(0, 'Un abri au stade.'), (18, 'Et des bancs !')]
    >>> _added_asks("Un abri au stade. Et des bancs pour ceux qui attendent le car.", lambda t: False, lambda t: "attendent" not in t)
    [(0, 'Un abri au stade.'), (18, 'Et des bancs pour ceux qui attendent le car.')]

    After « Et aussi », the thing named may be longer, its reason after a comma:

    >>> _added_asks("Un abri au stade. Et aussi des bancs le long du chemin de halage, on n'a rien.",
    ...             lambda t: False, lambda t: "," not in t)
    [(0, 'Un abri au stade.'), (18, "Et aussi des bancs le long du chemin de halage, on n'a rien.")]
    """
    cuts = [0]
    for offset, sentence in _sentences(text)[1:]:
        more = _AND_THEN.match(sentence)
        rest = sentence[more.end():] if more else ""
        # the thing named after « Et aussi », up to its reason after a comma
        thing = re.split(r"\s*[,;:(–—]", rest, maxsplit=1)[0] if more and _ALSO_WORD.search(more.group()) else ""
        # the thing named, before what says whom or why it is for (« Et un abri à la gare pour
        # ceux qui prennent le train »)
        head = _FOR_WHOM.split(rest, 1)[0]
        if _ALSO_ASKS.match(sentence) or (more and (infinitive(rest) or (
                _NAMED_THING.match(rest) and len(head.split()) <= ELLIPTIC_ASK_WORDS
                and len(rest.split()) <= ELLIPTIC_ASK_MAX_WORDS and verbless(head)) or (
                thing and _NAMED_THING.match(thing) and len(thing.split()) <= ADDED_THING_WORDS and verbless(thing)))):
            cuts.append(offset)
    return [(a, text[a:b].rstrip()) for a, b in zip(cuts, cuts[1:] + [len(text)])]


# A line of a contribution that only greets, thanks or signs off (« Bonjour, », « Bjr, », « Merci d
# avance », « Bien cordialement », « Bien à vous », « Bon courage »)
_COURTESY_LINE = re.compile(
    r"^\W*(?:bonjour|bonsoir|bjr|salut|hello|madame,?\s+monsieur|mesdames,?\s+messieurs"
    r"|(?:bien\s+|tr[èe]s\s+)?cordialement|(?:sinc[èe]res\s+|meilleures\s+)?salutations(?:\s+distingu[ée]es)?"
    r"|bien\s+[àa]\s+vous|(?:un\s+grand\s+|par\s+avance\s+)?merci(?:\s+(?:d['’ ]\s*avance|par\s+avance|beaucoup))?"
    r"|bon(?:ne)?\s+(?:courage|journ[ée]e|soir[ée]e|continuation))(?:\s+[àa]\s+(?:vous|tous|toutes))?\W*$",
    re.I,
)
# A lead-in announcing one thing only (« Voici ma suggestion : », « Mon idée : »): what follows is
# that thing and its reasons, not a list of asks
_ONE_THING_LEADIN = re.compile(r"\b(?:ma|mon|une?|la|le|l['’])\s*[^\W\d_]+\s*:$", re.I)
LISTED_LEADIN_WORDS = 4  # a lead-in naming no thing itself (« Je pense à : », « Mes idées : »)
LISTED_ASK_WORDS = 25  # each listed ask is a short line
# A greeting opening the lead-in's own line (« Bonjour, trois idées : »): no word of the lead-in
_GREETING_START = re.compile(r"^\W*(?:bonjour|bonsoir|bjr|salut|hello)\b[\s,;.!]*", re.I)
# A lead-in counting what it announces (« trois idées de ma part : », « 2 propositions : »,
# « quelques suggestions : »): several things, however many words it has
_COUNTED_LEADIN = re.compile(r"^(?:\w+\s+){0,3}?(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|[2-9]|quelques|plusieurs)"
                             r"\s+(?:petites?\s+|grandes?\s+|autres?\s+)?[^\W\d_]+s\b", re.I)
LISTED_COUNTED_WORDS = 8  # a counted lead-in is still a short line
# A dash or a bullet opening a listed ask (« - un banc au lavoir »), left out of its text
_ASK_MARKER = re.compile(r"^[-–•*]\s+")


def _listed_asks(text: str) -> list[tuple[int, str]]:
    r"""(offset, line) pairs of a contribution that is only a list of asks announced by a lead-in
    line ending with ":" (« Bonjour, / Je pense à : / un budget participatif … / retransmettre … /
    Bien cordialement »): one pair per line after the lead-in, when at least two short lines
    (LISTED_ASK_WORDS words at most) follow it, and the lines before the lead-in and after the
    list only greet, thank or sign off; [] otherwise (a lead-in announcing one thing, « Voici ma
    suggestion : », a list under reasons, a paragraph between the asks).

    >>> _listed_asks("Bonjour,\nNos idées :\nun banc au lavoir\nouvrir la salle le dimanche\nMerci d avance")
    [(21, 'un banc au lavoir'), (39, 'ouvrir la salle le dimanche')]
    >>> _listed_asks("Le parc est sale.\nJe propose :\nune poubelle\nun banc")
    []

    A greeting may open the lead-in's line, a lead-in counting its asks may be longer, and a
    dash opening an ask is left out:

    >>> _listed_asks("Salut, deux idées pour ma part :\n- un banc au lavoir\n- un abri vélo\nMerci !")
    [(35, 'un banc au lavoir'), (55, 'un abri vélo')]
    """
    lines, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            lines.append((pos + lead, line.strip()))
        pos += len(line) + 1
    start = next((k for k, (_, line) in enumerate(lines) if line.endswith(":")), None)
    if start is None or any(not _COURTESY_LINE.match(line) for _, line in lines[:start]):
        return []
    leadin = _GREETING_START.sub("", lines[start][1])
    words = len(leadin.rstrip(":").split())
    counted = bool(_COUNTED_LEADIN.match(leadin)) and words <= LISTED_COUNTED_WORDS
    if not counted and (words > LISTED_LEADIN_WORDS or _ONE_THING_LEADIN.search(leadin)):
        return []
    items = lines[start + 1:]
    while items and _COURTESY_LINE.match(items[-1][1]):
        items.pop()
    if len(items) < 2 or any(line.endswith(":") or len(line.split()) > LISTED_ASK_WORDS or _COURTESY_LINE.match(line)
                             for _, line in items):
        return []
    return [(offset + len(m.group()), line[len(m.group()):]) if (m := _ASK_MARKER.match(line)) else (offset, line)
            for offset, line in items]


# A typed note (« 1. Décret n° 2011-1241 du 5 octobre 2011, article 3 », « 2. Rapport de la mission …,
# p. 14 », « Voir le rapport … (2021) »): a reference to a text (a law, a decree, a report…) by its
# number, its date or its article, not a unit
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


# A line of contact details (« Contact : service informatique — numerique@… — 02 98 … »,
# « Renseignements : mairie, 04 75 … »): who to ask, opened by its word and holding an e-mail
# address or a phone number
_CONTACT_LINE = re.compile(
    r"^\W*(?:contacts?|renseignements?|informations?|pour\s+(?:tout|plus\s+d['’])\s*(?:renseignements?|informations?))"
    r"\s*:.*?(?:[\w.+-]+@[\w-]+\.[\w.-]+|\b0\d(?:[\s.]?\d\d){4}\b)", re.I | re.S)
CONTACT_WORDS = 40


# A postal address line with a web or mail address (« Valcourbe Agglo – 4, place de la Halle – 39000
# Valcourbe – www.valcourbe-agglo.fr »): a five-digit postcode before a capitalised town name, and a
# web address or an e-mail, in a short line (the back cover or the letterhead's foot)
_ADDRESS_LINE = re.compile(r"\b\d{5}\s+[A-ZÀ-Ý][^\W\d_]+.*?(?:\bwww\.[\w-]+\.[a-z]{2,}|[\w.+-]+@[\w-]+\.[\w.-]+)"
                           r"|(?:\bwww\.[\w-]+\.[a-z]{2,}|[\w.+-]+@[\w-]+\.[\w.-]+).*?\b\d{5}\s+[A-ZÀ-Ý]", re.S)
ADDRESS_WORDS = 25


def _address_line(text: str) -> bool:
    """A short line giving a postal address and a web or mail address (see _ADDRESS_LINE), no unit.

    >>> _address_line("Mairie de Brévent – 2, rue de l'Église – 71000 Brévent – www.brevent.fr")
    True
    >>> _address_line("La permanence ouvrira au 12, rue Haute à Brévent en 2027.")
    False
    """
    return _word_count(text) <= ADDRESS_WORDS and bool(_ADDRESS_LINE.search(text))


def _contact_line(text: str) -> bool:
    """A short line of contact details (see _CONTACT_LINE), no unit.

    >>> _contact_line("Contact : pôle culture — culture@ville-exemple.fr — 03 20 11 22 33")
    True
    >>> _contact_line("Contact : organiser une réunion avec les associations")
    False
    """
    return bool(_CONTACT_LINE.match(text)) and _word_count(text) <= CONTACT_WORDS


_DEMAND_CLAUSE = re.compile(
    # (not the noun « l'essentiel »: « le projet se limite pour l'essentiel à reprendre … » asks nothing)
    r"\b(?:n[ée]cessaires?|indispensables?|(?<![lL]['’])essentiel(?:le)?s?|primordia(?:l|le|ux)|n[ée]cessit[ée])"
    r"\s+(?:de|d['’]|à)\s*",
    re.I,
)
# What keeps the necessity above from asking anything, the infinitive after it being no demand:
# a necessity in the past, told as what happened (« il a été nécessaire de recourir à des
# prestataires », « il était indispensable de reporter »), or the noun « nécessité » as the
# subject that opens the sentence, whose verb comes after the infinitive (« La nécessité de
# rénover les écoles, … , est actée »: the cut would glue « est actée » to a demand)
_NO_DEMAND_CLAUSE = re.compile(
    r"\b(?:a|ont|avait|avaient|aurait|auraient|eut)\s+(?:(?:donc|alors|toujours|souvent|parfois|aussi|d['’]abord"
    r"|ensuite|vite|rapidement)\s+)?[ée]t[ée]\s+(?:(?:donc|alors|aussi|bien|tr[èe]s)\s+)?$"
    r"|\b(?:[ée]tait|[ée]taient|fut|furent|s['’]est\s+av[ée]r[ée]e?s?|s['’][ée]tait\s+av[ée]r[ée]e?s?)\s+"
    r"(?:(?:donc|alors|aussi|bien|tr[èe]s)\s+)?$"
    r"|^\W*(?:la|cette)\s+(?:(?:r[ée]elle|grande|v[ée]ritable|forte)\s+)?$",
    re.I,
)


def _demand_clause(sentence: str):
    """The necessity after which a demand follows (see _DEMAND_CLAUSE), or None when it asks nothing.

    >>> s = "Il est nécessaire de rénover la salle des fêtes."
    >>> s[_demand_clause(s).end():]
    'rénover la salle des fêtes.'
    >>> _demand_clause("Il a été nécessaire de louer une salle en attendant.") is None
    True
    >>> _demand_clause("La nécessité de rénover les écoles, vétustes, est actée.") is None
    True
    """
    clause = _DEMAND_CLAUSE.search(sentence)
    if clause and _NO_DEMAND_CLAUSE.search(sentence[:clause.start()]):
        return None
    return clause


# the end of a sentence, also after a closing quote ("… ? » Le Président a répondu")
# (not after a title or an initial: "M. Roussel", "MM. Durand", "Dr. Martin", "J. Dupont")
_SENTENCE_END = re.compile(
    r"(?:(?<=[.!?…])|(?<=[.!?…] »)|(?<=[.!?…]»)|(?<=[.!?…]\"))"
    r"(?<!\bM\.)(?<!\bMM\.)(?<!\bDr\.)(?<!\bPr\.)(?<!\bMe\.)(?<!\bSt\.)(?<!\b[A-Z]\.)"
    # (nor inside a reference: « (p. 12) », « cf. p. 8 », « cf. Annexe 2 », « art. 3 », « chap. 2 »;
    # « d'art. Nous » ends a sentence)
    r"(?<!\b[cC]f\.)(?!(?:(?<=\bp\.)|(?<=\bpp\.)|(?<=\b[aA]rt\.)|(?<=\bchap\.)|(?<=\bfig\.)|(?<=\bvol\.))\s+\d)"
    r"\s+(?=[«\"(]?[A-ZÀÂÉÈÊÎÔÙÛÇ0-9])"
    # (or a question or an exclamation typed fast, the next sentence in lower case from its
    # subject: « … sur l'ENT ? beaucoup n'y arrivent pas », « … le soir ! on travaille »)
    r"|(?<=[?!])\s+(?=(?:je|j['’]|il|ils|elle|elles|on|nous|vous|beaucoup|personne|ça|cela|c['’]est)\b)"
)
# a short line wholly in quotation marks, with no full stop inside (« « Vivre ensemble, bouger
# autrement » » under a document's title): a motto
_MOTTO = re.compile(r"\s*[«“]\s*[^«»“”.!?;:]{3,120}?\s*[»”]\s*")
# a question quoted inside a sentence: « Quel budget sera réservé aux communes ? »
_QUOTED_QUESTION = re.compile(r"«\s*([^«»]{8,}?\?)\s*»")
# ... unless it is the title of what the noun before names (« l'atelier « Quelle place pour le vélo ? »
# tenu en juin », « l'enquête intitulée « … ? » »): no question put
_TITLED = re.compile(
    r"\b(?:consultations?|enqu[êe]tes?|r[ée]unions?|ateliers?|d[ée]bats?|conf[ée]rences?|questionnaires?|th[èe]mes?"
    r"|s[ée]minaires?|forums?|soir[ée]es?|expositions?|campagnes?|concertations?|rencontres?|tables?\s+rondes?"
    r"|journ[ée]es?|webinaires?|rapports?|[ée]tudes?|guides?|brochures?|dossiers?|articles?|films?|d[ée]marches?"
    r"|intitul[ée]e?s?|baptis[ée]e?s?|nomm[ée]e?s?|titre)"
    r"(?:\s+(?:publique?s?|citoyen(?:ne)?s?|participati(?:f|ve)s?|en\s+ligne|intitul[ée]e?s?|baptis[ée]e?s?|nomm[ée]e?s?))?"
    r"\s*$", re.I)
_INLINE_SEPARATOR = re.compile(r"\s[-–]\s")
# (« voir » sends the reader elsewhere, « voir l'annexe », « voir ci-dessus »; not « voir où en sont
# les projets », « voir si … », « voir comment … »: a wish to know, the item's deed)
_EXAMPLE_START = re.compile(
    r"^(?:dans l['’]id[ée]e|par exemple|ex\s*[.:]|exemple|cf\b"
    r"|voir\b(?!\s+(?:(?:o[ùu]|si|comment|combien|quand|pourquoi|qui|quel|quels|quelle|quelles)(?![\w'’])"
    r"|s['’]|ce\s+qu))"
    r"|nb\b)", re.I)
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
# a past participle of the first group (« réformé », « installées »): never an imperfect
_PARTICIPLE_FORM = re.compile(r"[^\W\d_]{2,}é(?:e|s|es)?$")
# words that open a clause inside the sentence, whose verb is not the main one (« Les postes,
# qui datent de 2015, seront remplacés », « Dès que le calendrier sera connu, il sera publié »)
# (and any relative pronoun: « Un comité, auquel le conseil sera invité, sera créé », « à laquelle »)
_SUBORDINATORS = frozenset(("qui", "que", "qu'", "qu’", "dont", "où", "lorsque", "lorsqu'", "lorsqu’", "quand", "si",
                            "puisque", "puisqu'", "puisqu’", "comme", "lequel", "laquelle", "lesquels", "lesquelles",
                            "auquel", "auxquels", "auxquelles", "duquel", "desquels", "desquelles"))
# participles that describe a state, not something done (« leur mise en œuvre sera conditionnée
# aux arbitrages », « elle sera composée de … », « sera dotée d’une enveloppe »; « les actions seront
# précisées chaque année »: what will be specified later, not done)
_STATIVE_PARTICIPLE = re.compile(
    r"^(?:conditionn|subordonn|li|compos|constitu|dot|fond|bas|situ|confront|expos|concern|appel|pr[ée]cis|d[ée]taill|d[ée]fini)"
    r"(?:é|ée|és|ées|e|es|is|ise|ises|u|ue|us|ues)?$", re.I)
# An adjective telling what can be done with the thing (« raccordable », « consultable »,
# « accessible », « téléchargeable »): after a future of « être », as a passive, the thing made
# so (« Les locaux des hameaux seront raccordables à la fibre en 2027 »); not the adjectives in
# -able or -ible that tell a quality or a likelihood (« responsable », « possible », « durable »)
_MADE_ABLE = re.compile(
    r"^(?!(?:responsable|possible|impossible|capable|incapable|favorable|d[ée]favorable|stable|durable|agr[ée]able"
    r"|valable|comparable|probable|souhaitable|indispensable|[ée]ligible|sensible|terrible|visible|invisible"
    r"|pr[ée]f[ée]rable|vuln[ée]rable|redevable|coupable|variable|raisonnable|remarquable|notable|honorable"
    r"|semblable|viable|fiable|acceptable|inacceptable|compatible|incompatible|admissible|cr[ée]dible"
    r"|pr[ée]visible|imp[ée]rable|in[ée]vitable|abordable|n[ée]gligeable|consid[ée]rable|r[ée]alisable"
    r"|applicable|mesurable|supportable|insupportable|tenable|intenable|lisible|illisible)s?$)"
    r"[^\W\d_]{4,}(?:able|ible)s?$", re.I)
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
    # (not a participatory budget, a scheme of its own: « Le budget participatif sera soumis au vote »)
    r"|nouvelle\s+)?(?:bilans?|points?\s+d['’][ée]tape|comit[ée]s?|budgets?(?!\s+participatifs?\b)|cr[ée]dits|enveloppes?|[ée]valuations?"
    r"|rapports?|comptes?\s+rendus?)\b"
    # (not those of an assembly, a thing of their own: « Les comptes rendus du conseil communautaire seront mis
    # en ligne », « Le budget du conseil de quartier sera maintenu »)
    r"(?!\s+(?:du|des|de\s+la|de\s+l['’])\s*(?:conseils?|assembl[ée]es?|s[ée]ances?|r[ée]unions?|commissions?)\b)"
    r"[^.;:]{0,120}?\s(?:sera|seront|se\s+r[ée]unira|se\s+r[ée]uniront)\b"
    + rf"|^\W*(?:l[ea]|l['’])\s*{_PLAN_WORDS}\b(?!\s+(?:d['’]|de\s|des\s|pour\s))", re.I)
# The authority pledging itself (« La municipalité s'y engage : … », « Nous nous engageons à … »),
# the subject opening the sentence, maybe after a linking adverb (« En revanche, nous nous
# engageons à … » after a refusal, « Par ailleurs, la commune s'engage à … »)
_PLEDGE = re.compile(
    r"^\W*(?:(?:enfin|aussi|donc|ainsi|de\s+plus|en\s+outre|en\s+revanche|par\s+contre|par\s+ailleurs"
    r"|d['’]autre\s+part|toutefois|cependant|en\s+parall[èe]le|parall[èe]lement)\s*,?\s*)?"
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
    # (« Le Département financera », as « la Région financera »; not « le syndicat », another body)
    rf"(?:{_AUTHORITY}|le\s+d[ée]partement\b|(?:la|le|les|l['’]|nos|notre)\s*(?:mairie|municipalit[ée]|services?(?:\s+(?:municipaux|techniques|communaux))?"
    r"|[ée]quipes?\s+municipales?|conseil\s+(?:municipal|communautaire|d[ée]partemental|r[ée]gional)|bureau\s+municipal"
    r"|centre\s+communal|ccas|cias|ma[îi]tre\s+d['’]ouvrage|[ée]lus?|agents?|directions?))\b",
    re.I,
)


# A linking adverb that opens a sentence without a comma (« Par ailleurs une navette sera mise en place »):
# read as when the comma is there
_LINK_LEAD = re.compile(
    r"^(?:par\s+ailleurs|d['’]autre\s+part|en\s+outre|de\s+plus|en\s+parall[èe]le|parall[èe]lement|de\s+m[êe]me"
    r"|en\s+revanche|par\s+contre|enfin|toutefois|cependant)\s+(?=[^\W\d_])", re.I)
# The yes opening an answer to a question (« Oui, la salle ouvrira le samedi », « Oui, en partie : les
# écoles seront équipées », « Bien sûr. Un atelier sera proposé »): the sentence after it is read on its own
_ANSWER_LEAD = re.compile(
    r"^\W*(?:oui|bien\s+s[ûu]r|tout\s+[àa]\s+fait|effectivement)\s*(?:,\s*(?:en\s+partie|partiellement)\s*:|[,.!:])\s*"
    r"(?=[^\W\d_])", re.I)
# A consequence opening a sentence (« C'est pourquoi, dès 2027, tous les agents suivront … »,
# « Voilà pourquoi nous ouvrirons … »): the sentence after it is read on its own
_CONSEQUENCE_LEAD = re.compile(
    r"^\W*(?:c['’]\s*est\s+pourquoi|c['’]\s*est\s+pour\s+(?:cela|ça|cette\s+raison)\s+que|voil[àa]\s+pourquoi)\s*,?\s*", re.I)
# What will be within the public's reach, said with « être » in the future (« tous les locaux
# seront raccordables à la fibre », « les comptes rendus seront consultables en ligne »): a
# deed said as its result, like a passive
_WITHIN_REACH = re.compile(r"(?:raccordable|accessible|consultable|disponible|t[ée]l[ée]chargeable|joignable"
                           r"|utilisable|r[ée]servable|payable)s?", re.I)
# The one answering telling or confirming what follows « que » (« Je vous confirme que la
# salle ouvrira en mai », « J'ajoute que la Région financera … », « Nous pouvons vous assurer
# qu'aucun guichet ne fermera »): what is said is read as the sentence, the frame aside
_SAYING_FRAME = re.compile(
    r"^\W*(?:(?:par\s+ailleurs|d['’]autre\s+part|en\s+outre|de\s+plus|enfin|aussi|[ée]galement)\s*,?\s*)?"
    r"(?:je|j['’]|nous)\s*(?:(?:tiens|tenons)\s+à\s+|(?:peux|puis|pouvons)\s+|suis\s+(?:heureux|heureuse|en\s+mesure)\s+de\s+"
    r"|sommes\s+(?:heureux|heureuses|en\s+mesure)\s+de\s+|ai\s+le\s+plaisir\s+de\s+|avons\s+le\s+plaisir\s+de\s+)?"
    r"(?:vous\s+|te\s+)?(?:confirm|assur|garanti|annon[cç]|pr[ée]cis|indiqu|inform|ajout|signal)"
    r"(?:e|es|ons|s|ssons|er|ir)?"
    r"(?:\s+(?:par\s+ailleurs|[ée]galement|aussi|donc|bien|enfin|en\s+outre|volontiers|d[èe]s\s+(?:maintenant|à\s+pr[ée]sent)))?"
    r"\s+(?:que\s+|qu['’]\s*)(?=\S)",
    re.I,
)
# In minutes, what a named member of the body says the authority will do (« M. Royer indique que
# la communauté ouvrira … », « Tiers-lieu : Mme Roux précise que … »), after the topic that may
# open the paragraph: read without the frame
_MEMBER_SAYS = re.compile(
    r"^\W*(?:[^\W\d_][^\s:;.,]*(?:\s+[^\s:;.,]+){0,3}\s*:\s*)?(?:m\.|mme|monsieur|madame)\s+"
    r"(?:[^\W\d_][\w'’-]*\s+){1,2}?(?:indique|pr[ée]cise|annonce|confirme|assure)\s+(?:que\s+|qu['’]\s*)(?=\S)",
    re.I,
)


# In an authority's answer, what it has done or is doing (« La commune a lancé une étude », « Les
# bancs ont été repeints en mai », « Un guide est en cours d'impression »): its subject the
# authority (passé composé) or the thing done (passive), or « est en cours de » + noun; not what
# was asked of it (« a été saisi par vous », « la question posée ») nor its sittings (« a délibéré »)
_DONE_LEAD = (r"^\W*(?:(?:par\s+ailleurs|d['’]autre\s+part|en\s+outre|de\s+plus|enfin|depuis\s+\S+(?:\s+\d{4})?)\s*,?\s*"
              # a date (« En 2024, », « En mai 2024, »)
              r"|en\s+(?:[^\W\d_]+\s+)?\d{4}\s*,\s*"
              # a circumstance put first, up to its comma (« Au 1er janvier 2025, », « Avec une
              # subvention de la commune, », « Grâce au plan de relance, », « Depuis le 1er octobre, »)
              r"|(?:avec|au|à|gr[âa]ce\s+(?:à|au|aux)|dans\s+le\s+cadre\s+d[eu']|d[èe]s|depuis|fin|d[ée]but|courant)\s"
              r"[^,;:.!?()«»]{1,80}?\s*,\s*)?")
# (« peint », « atteint », « rejoints »: -eint, -oint)
_DONE_ENDING = r"[^\W\d_]+(?:[ée]e?s?|is|ise?s?|it|ite?s?|ert|erte?s?|uit|uite?s?|u|ue?s?|i|ie?s?|[eo]inte?s?)\b"
_DONE_ADVERB = r"(?:d[ée]j[àa]\s+|bien\s+|r[ée]cemment\s+)?"
_DONE_PARTICIPLE = _DONE_ADVERB + r"(?!d[ée]lib[ée]r|(?:re[çc]ue?s?|pris(?!\s+(?:en|à\s+sa|à\s+leur)\s+charge)|lu|compris|entendu|not[ée]|examin[ée]|[ée]tudi[ée]|[ée]t[ée])\b)" + _DONE_ENDING
_DONE_PASSIVE = (_DONE_ADVERB + r"(?!(?:pos[ée]|re[çc]u|adress[ée]|transmis|sollicit[ée]|interrog[ée]|saisi)e?s?\b)"
                 + _DONE_ENDING)
_COUNT = (r"\d{1,3}(?:[\s\u00a0\u202f]\d{3})*(?=\s)|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize"
          r"|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent)\b")
_YOU_SUBJECT = re.compile(r"^\W*(?:vous|vos|votre)\b", re.I)
# In an authority's text, what its readers asked, told to them (« Beaucoup d'entre vous ont demandé
# des ateliers », « Vous avez été nombreux à réclamer … », « Vous nous avez proposé … »): the
# demands it answers, recalled, not a demand of its own
_YOU_ASKED = re.compile(
    r"^\W*(?:(?:beaucoup|plusieurs|certain(?:e)?s|nombre|la\s+plupart|une\s+majorit[ée]|\d+)\s+d['’]\s*entre\s+vous|vous)"
    r"\s+(?:nous\s+|m['’]\s*)?(?:avez|ont)\s+(?:(?:aussi|[ée]galement|souvent|beaucoup)\s+)?"
    r"(?:(?:[ée]t[ée]\s+(?:tr[èe]s\s+)?(?:nombreux|nombreuses|\d+)\s+à\s+(?:nous\s+)?)"
    r"(?:demander|r[ée]clamer|proposer|sugg[ée]rer|souhaiter)"
    r"|(?:demand[ée]|r[ée]clam[ée]|propos[ée]|sugg[ée]r[ée]|souhait[ée]))\b", re.I)
# In an authority's answer, what it did with the contributions themselves (« Toutes les idées ont
# été classées par thème », « Les 120 propositions ont été lues par les élus »): how the
# consultation was handled, no deed of its policy (not « … ont été transmises au Département »,
# passed on to the body whose business they are)
_CONTRIBUTIONS_HANDLED = re.compile(
    r"^\W*(?:toutes\s+)?(?:les|vos|ces|nos)\s+(?:\d[\d\s]*\s+)?(?:id[ée]es|propositions|contributions|demandes|remarques"
    r"|suggestions|r[ée]ponses|commentaires|avis|observations)(?:\s+(?:re[çc]ues|envoy[ée]es|d[ée]pos[ée]es))?"
    r"\s+ont\s+(?:toutes\s+)?[ée]t[ée]\s+(?:(?:une\s+à\s+une|attentivement|toutes)\s+)?"
    r"(?:lues|relues|class[ée]es|tri[ée]es|regroup[ée]es|examin[ée]es|[ée]tudi[ée]es|analys[ée]es|compil[ée]es"
    r"|recens[ée]es|synth[ée]tis[ée]es|d[ée]pouill[ée]es|consign[ée]es|enregistr[ée]es)\b", re.I)
# In an authority's answer or report, what it set up and still runs, told in the present with the
# date it started (« Un wifi public fonctionne à la médiathèque depuis juin 2026 », « Depuis mars
# 2026, une conseillère tient une permanence … »): its subject a thing or a person named by a
# determiner or a count (not « vous »), a date after « depuis » (a year, a month and a year, a day;
# a day and a month without the year, as a bulletin dates what it tells: « Depuis le 1er octobre, … »)
_SINCE_DATE = re.compile(
    r"\bdepuis\s+(?:le\s+)?(?:\d{1,2}(?:er)?\s+)?(?:(?:la\s+)?(?:rentr[ée]e|d[ée]but|fin|l['’]\s*[ée]t[ée]|le\s+printemps"
    r"|l['’]\s*automne|l['’]\s*hiver)\s+)?(?:" + _MONTHS + r"\s+)?(?:20|19)\d{2}\b"
    r"|\bdepuis\s+le\s+\d{1,2}(?:er)?\s+" + _MONTHS + r"\b", re.I)
_RUNNING_SUBJECT = re.compile(
    _DONE_LEAD + r"(?:les?|la|l['’]|un|une|des|ces?|cette|cet|nos|notre|ses|son|sa|leurs?|" + _COUNT + r")\s*[^\W\d_]", re.I)
# What people still wait for or suffer since a date (« Les habitants attendent la fibre depuis 2019 »):
# a complaint, no deed
_WAITED_FOR = re.compile(r"^(?:attend|r[ée]clam|demand|souhait|signal|plai[gn]|sub|souffr|d[ée]plor|regrett|manqu"
                         r"|esp[èée]r)", re.I)
# « avoir » in the present, the auxiliary of a past tense (« Depuis 2021, le réseau a apporté la fibre »)
_HAVE_PRESENT = frozenset({"ai", "as", "a", "avons", "avez", "ont"})
_NEGATION = re.compile(r"(?:^|\s)(?:ne|n['’])\s*\S+\s+(?:pas|plus|jamais|guère)\b|\bn['’]", re.I)
# The opinion or the letters answered as the subject (« Leur avis a été présenté au conseil
# municipal », « Vos propositions ont été étudiées »): what became of them, no deed of the authority
_ANSWERED_SUBJECT = (r"(?!(?:leurs?|son|sa|ses|les?|la|l['’]|cet|ce|ces|cette|votre|vos|notre|nos)\s*(?:(?!d[eu]s?\b)[^\W\d_]+\s+)?"
                     r"(?:avis|propositions?|recommandations?|pr[ée]conisations?|contributions?|v(?:œ|oe)ux|demandes?"
                     r"|courriers?|lettres?|p[ée]titions?)\b(?:\s+(?:commun|communes?|du|de\s+la|des|de\s+l['’])\b[^,;:]{0,40})?\s+(?:a|ont)\s+[ée]t[ée]\b)")
_ANSWER_DONE = re.compile(
    _DONE_LEAD + _ANSWERED_SUBJECT
    + rf"(?:(?:{_AUTHORITY_SUBJECT.pattern}|nous\b)(?:\s+\([^)]*\))?\s+(?:a|avons|ont)\s+" + _DONE_PARTICIPLE
    # (its subject maybe counted, « 40 tablettes ont été prêtées », or named in brackets,
    # « Le paiement en ligne (TIPI) a été ouvert »)
    # (or set off by commas, « Un délégué, mutualisé avec le centre de gestion, a été désigné »)
    # (« Toutes les voies ont été numérotées »: the whole of the things done)
    + r"|(?:tou(?:te)?s\s+(?=les|ces|nos|leurs))?(?:les?|la|l['’]|un|une|des|ces?|cette|cet|" + _COUNT + r")\s*(?:[^,;:()]|\([^()]{0,40}\)|,[^,;:()]{3,100},){1,120}?\s(?:a|ont)\s+"
    r"(?:d[ée]j[àa]\s+|bien\s+)?[ée]t[ée]\s+"
    + _DONE_PASSIVE + r"(?!\s+par\s+(?:vous|vos|votre|m\.|mme))"
    + r"|(?P<ongoing>(?:les?|la|l['’]|un|une|des|ces?|cette|cet|il|elle|ils|elles)\b[^,;:()]{0,120}?\s(?:est|sont)\s+"
    r"(?:actuellement\s+|d[ée]j[àa]\s+)?en\s+cours\s+d['’e]\s*[^\W\d_]{4,}))",
    re.I,
)


# Under a report's section of what was done (« Réalisations 2024 »), a deed in the past whatever
# its subject opening the sentence (« La ludothèque a accueilli 40 ateliers », « Le jardin partagé,
# près de l'école, a ouvert en mai », « 12 bancs ont été posés »): a determiner, a possessive or a
# count, then a passé composé, active or passive; not what people asked or said (« Les familles ont
# demandé … », « Les usagers ont souligné … ») nor what they could (« Les habitants ont pu … »)
_DONE_ANY = re.compile(
    # (a possessive too, « Ses deux agents ont été rejoints … », and a title in quotes whatever its
    # punctuation, « Le cycle « Parents, écrans : parlons-en » a réuni … »)
    _DONE_LEAD + r"(?:les?|la|l['’]|un|une|des|ces?|cette|cet|nos|notre|ses|son|sa|leurs?|" + _COUNT
    + r")\s*(?:[^;:.!?«]|«[^»]{1,80}»){1,160}?\s(?:a|ont)\s+"
    r"(?!(?:demand|souhait|propos|sugg[ée]r|r[ée]clam|signal|regrett|exprim|indiqu|soulign|rappel|d[ée]clar|estim"
    r"|[ée]voqu|critiqu|d[ée]plor)[ée]e?s?\b|(?:eu|pu|d[ûu]|su|voulu|fallu)\b)"
    r"(?:(?:d[ée]j[àa]\s+|bien\s+)?[ée]t[ée]\s+" + _DONE_PASSIVE + "|" + _DONE_PARTICIPLE + ")",
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


# A circumstance put first, up to a comma, before the infinitive that states the action (« En
# partenariat avec les écoles, organiser … », « Dès 2027, ouvrir … », « Parallèlement, former … »): a phrase
# opened by a preposition or a linking adverb, at most eight words, no verb's punctuation in it
_FRONTED_LEAD = re.compile(
    r"^\W{0,2}(?:(?:en|avec|dans|dès|pour|sur|par|à|au|aux|auprès|d['’]ici|lors|sous|entre|après|avant|selon|grâce"
    r"|parall[èe]lement|ensuite|enfin|[ée]galement|de\s+plus|en\s+outre|par\s+ailleurs)\b[^,;:.!?()]{0,80}?)\s*,\s+(?=\S)",
    re.I,
)
FRONTED_LEAD_WORDS = 8


def _takes_place(verb: str, after) -> bool:
    """Whether a future of « avoir » is the one of « avoir lieu » (« Une permanence aura lieu
    chaque mardi »): an event to come, not a state (« la commune aura … »), nor « avoir lieu de »
    (« nous aurons lieu de nous réjouir », a reason)."""
    return (verb.startswith("aur") and bool(after) and after[0].text.lower() == "lieu"
            and not (len(after) > 1 and after[1].text.lower() in ("de", "d'", "d’")))


ANNOUNCE_WORDS = 10  # words of a statement that announces, after its colon, what it says


def _announced_at(tokens, i: int) -> Optional[int]:
    """The index of the colon ending the short statement whose verb is at ``i`` (« Oui, c'est
    un engagement de l'équipe municipale : … », « Bonne nouvelle, c'est acté : … »), when
    words follow it; None otherwise (no colon, or a long clause before it)."""
    colon = next((k for k in range(i + 1, len(tokens)) if tokens[k].text == ":"), None)
    if colon is None or colon + 1 >= len(tokens) or colon > ANNOUNCE_WORDS + 2:
        return None
    return colon


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
        from .. import nlp

        # A capitalised first word is often tagged as a noun or a proper noun ("Créer un
        # réseau", "Mailler le territoire"): such a head is also tried with that word in lower
        # case (not a hyphenated compound such as "Savoir-faire", which is a noun).
        variants = {head: _lower_first(head) for head in todo}
        batch = todo + sorted({v for v in variants.values() if v})
        # Only part-of-speech and morphology are needed: the lemmatizer (slow on its first
        # calls, it fills a cache) and the sentence splitter are skipped.
        docs = nlp.load(self.settings.spacy_model).pipe(batch, batch_size=256, disable=_NOT_NEEDED)
        verbs = nlp.verb_only_lemmas(self.settings.spacy_model)
        found = {text: _starts_with_infinitive(doc, verbs) for text, doc in zip(batch, docs)}
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
            from .. import nlp

            self.docs[text] = next(nlp.load(self.settings.spacy_model).pipe([text], disable=_NOT_NEEDED))
        return self.docs[text]

    def running_since(self, sentence: str) -> bool:
        """Whether ``sentence`` tells a deed in place since a date, in the present (« Un wifi
        public gratuit fonctionne à la médiathèque depuis juin 2026 », « Depuis mars 2026, une
        conseillère tient une permanence en mairie »): a date after « depuis » (see _SINCE_DATE),
        a subject named by a determiner or a count (see _RUNNING_SUBJECT), no negation, and its
        finite verbs all in the present (« Le hameau attendait la fibre depuis 2019 », « sera
        ouvert depuis … » tell no deed in place)."""
        if not _SINCE_DATE.search(sentence) or not _RUNNING_SUBJECT.match(sentence) or _NEGATION.search(sentence):
            return False
        finite = [t for t in self.tagged(sentence) if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")]
        return (bool(finite) and all(t.morph.get("Tense") == ["Pres"] and "Ind" in t.morph.get("Mood") for t in finite)
                and not any(_WAITED_FOR.match(t.text) or t.text.lower() in _HAVE_PRESENT for t in finite))

    def commitment(self, clause: str, anyone: bool = False, resumed: bool = False) -> bool:
        """Whether ``clause`` commits its author: its main verb in the future (« organisera »,
        « sera mis en service », « allons lancer »), not denied, and its subject the authority
        (« La commune », « Les services », « nous », « je ») or the thing to be done in a
        passive (« Un module … sera mis en service », « il sera publié »); with ``anyone``
        (an authority's answer to letters), any subject (« la salle ouvrira le samedi »). What
        the author confirms or adds (« Je vous confirme que la salle ouvrira », « J'ajoute que
        … », see _SAYING_FRAME) is read without its frame. With ``resumed`` (a speech, which names a
        thing then goes on about it), a pronoun may be the subject of a verb naming a thing after it
        (« Cet hiver, ils animeront des ateliers », « Elle deviendra un tiers-lieu »; not the
        impersonal « il », nor « Elle vivra avec vous »)."""
        if not _FUTURE_HINT.search(clause):
            return False
        clause = _CONSEQUENCE_LEAD.sub("", _LINK_LEAD.sub("", _ANSWER_LEAD.sub("", clause)))
        said = _SAYING_FRAME.match(clause) or _MEMBER_SAYS.match(clause)
        if said:
            clause = clause[said.end():]  # « Je vous confirme que … »: what is confirmed
        doc = self.tagged(clause)
        tokens = list(doc)
        pending = 0  # finite verbs of subordinate clauses still to pass (« qui datent de 2015 »)
        openers: list[str] = []  # the words opening those clauses, in order
        relative_future = False  # a relative clause in the future passed (« la commune, qui mettra … »)
        last_sub = None  # index of the last verb of a subordinate clause passed
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
                if not (tok.text == "," and (_next_complement(tokens, i + 1) or _listed_noun(tokens, i))):
                    # (not the next complement of a noun listed in the subject: « La rénovation de
                    # la mairie, de l'école et du gymnase sera financée par l'emprunt »)
                    subject_start = i + 1
                continue
            if low in ("que", "qu'", "qu’") and i and tokens[i - 1].text.lower() == "ainsi":
                continue  # « ainsi que » joins two things, it opens no clause
            if (low in _SUBORDINATORS and tok.pos_ in ("PRON", "SCONJ", "ADV")) or (
                    tok.pos_ == "PRON" and "Rel" in tok.morph.get("PronType")):
                # « Le comité, dont trois habitants tirés au sort, examinera … »: an apposition
                # between commas with no finite verb of its own opens no clause to pass
                close = next((k for k in range(i + 1, len(tokens)) if tokens[k].text == ","), None)
                if (i and tokens[i - 1].text == "," and close is not None and not any(
                        t.pos_ in ("VERB", "AUX") and ("Fin" in t.morph.get("VerbForm") or _FUTURE_FORM.search(t.text.lower()))
                        for t in tokens[i + 1:close])):
                    continue
                pending += 1
                openers.append(low)
                continue
            # the tagger may take a future for a participle (« financera »): its ending decides
            if tok.pos_ not in ("VERB", "AUX") or not ("Fin" in tok.morph.get("VerbForm") or _FUTURE_FORM.search(low)):
                continue
            if "Imp" in tok.morph.get("Tense") and _PARTICIPLE_FORM.search(low):
                continue  # a participle the tagger took for an imperfect (« le matériel réformé sera donné »)
            if pending:
                pending -= 1
                opener = openers.pop(0) if openers else ""
                relative_future = relative_future or (opener == "qui" and _future_verb(tok))
                last_sub = i
                continue
            if last_sub is not None and _coordinated_in_clause(tokens, last_sub, i):
                # « Une politique d'achat qui privilégie … et porte … sera appliquée »: the verb after
                # « et » goes on the relative clause
                last_sub = i
                continue
            # (the adverbs of two words too: « seront d'ailleurs formés », « sera par ailleurs étendu »)
            after = [t for k, t in enumerate(tokens[i + 1:], i + 1) if t.pos_ != "ADV" and t.text.lower() != "ailleurs"
                     and not (t.text.lower() in ("d'", "d’", "par") and k + 1 < len(tokens)
                              and tokens[k + 1].text.lower() == "ailleurs")]
            going = tok.lemma_ == "aller" or low in ("vais", "va", "vas", "allons", "allez", "vont")
            if going:
                future = bool(after) and "Inf" in after[0].morph.get("VerbForm")
            else:
                future = "Fut" in tok.morph.get("Tense") or bool(_FUTURE_FORM.search(low))
            if not future:
                if relative_future:
                    return True
                colon = _announced_at(tokens, i)
                if colon is not None:
                    # « Oui, c'est un engagement de l'équipe : l'accueil restera ouvert »: the
                    # statement announces what follows its colon, which is read on its own
                    return self.commitment(clause[tokens[colon].idx + 1:], anyone)
                # « Le déploiement relève du syndicat, qui raccordera le hameau en 2027 »: a relative
                # clause in the future after a main one in the present, whose subject is not the
                # author speaking (« Je salue X, qui organisera … »), says what will be done
                present = "Pres" in tok.morph.get("Tense") and not (
                    i + 1 < len(tokens) and "Part" in tokens[i + 1].morph.get("VerbForm"))
                speaking = any(t.text.lower() in ("je", "j'", "j’", "nous") for t in tokens[subject_start:i])
                return present and not speaking and _future_relative_after(tokens, i)
            if subject_start and subject_start < len(tokens) and all(
                    t.text.lower() in _CLITICS for t in tokens[subject_start:i]):
                # (« …, se réunira »: a pronominal verb after the apposition)
                # « Une conseillère, mise à disposition par …, assurera »: the subject opens the
                # sentence, an apposition between commas follows it
                subject_start = 0
                while subject_start < i and tokens[subject_start].pos_ in ("ADV", "CCONJ"):
                    subject_start += 1
                end = next((k for k in range(i) if tokens[k].text == ","), i)
                if tokens[subject_start].pos_ == "ADP" and end + 1 < i:
                    # « À compter de 2027, un rapport, présentant …, sera publié »: a complement
                    # fronted before its comma, then the subject
                    subject_start = end + 1
                    end = next((k for k in range(subject_start, i) if tokens[k].text == ","), i)
                before_tokens = tokens[subject_start:end]
            else:
                before_tokens = tokens[subject_start:i]
            before = [t.text.lower() for t in tokens[subject_start:i]]
            negated = any(w in ("ne", "n'", "n’") for w in before[-3:])
            if negated and not (low in _BE_HAVE_FUTURE and low.startswith("s") and (
                    (before and before[0] in ("aucun", "aucune"))
                    or (i + 1 < len(tokens) and tokens[i + 1].text.lower() == "jamais"))):
                # « nous ne pourrons pas … »: a refusal, not a commitment; but « aucune donnée ne sera
                # cédée », « le service ne sera jamais payant » guarantee what the authority commits to
                return False
            inside, kept = 0, []
            for t in before_tokens:  # the subject without what its brackets add (« Le centre … (CCAS) »)
                inside += t.text in "(["
                # (nor « Et » opening it: « Et notre animatrice proposera … »)
                if not inside and t.pos_ != "ADV" and not (t.pos_ == "CCONJ" and not kept) and t.text.lower() not in ("en", "y"):
                    kept.append(t.text)
                inside -= inside > 0 and t.text in ")]"
            subject = " ".join(kept).strip()
            passive = (low in _BE_HAVE_FUTURE and low.startswith("s") and bool(after)
                       and ("Part" in after[0].morph.get("VerbForm")
                            # (a participle the tagger takes for an adjective or a noun: « seront
                            # numérisés », « sera transférée »)
                            or (after[0].pos_ in ("ADJ", "NOUN") and re.search(r"[^\W\d_]{3}é(?:e|s|es)?$", after[0].text.lower())))
                       and not _STATIVE_PARTICIPLE.match(after[0].text))
            # « Le passage à Linux fera l'objet d'une étude », « Les comptes rendus continueront
            # d'être publiés »: a passive said another way, the thing to be done as the subject
            passive = passive or bool(_PASSIVE_PERIPHRASIS.match(clause[tok.idx:]))
            # (« seront raccordables », « sera consultable »: what the thing will be made able to,
            # within the public's reach (see _WITHIN_REACH), or any such adjective with its
            # complement, « raccordables à la fibre », « réservables en ligne » (see _MADE_ABLE))
            passive = passive or (low in _BE_HAVE_FUTURE and low.startswith("s") and bool(after) and (
                bool(_WITHIN_REACH.fullmatch(after[0].text))
                or (len(after) > 1 and bool(_MADE_ABLE.match(after[0].text)) and after[1].pos_ == "ADP")))
            # « Les deux autres classes le seront en 2027 »: « le » stands for the participle of the
            # sentence before (« … sont équipées »), a passive said again; not after a person
            # (« nous le serons », an attribute: what we will be)
            passive = passive or (low in _BE_HAVE_FUTURE and low.startswith("s") and bool(before) and before[-1] == "le"
                                  and first_word(subject) not in ("je", "nous", "vous", "tu", "on"))
            if (_TOPIC_RESUMED.match(clause) and first_word(subject) in ("il", "elle", "ils", "elles")
                    and (passive or low not in _BE_HAVE_FUTURE or (
                        bool(after) and after[0].pos_ in ("VERB", "ADJ") and _PARTICIPLE_END.search(after[0].text.lower())
                        and not _STATIVE_PARTICIPLE.match(after[0].text)))):
                # « Quant à l'écran de la place, il sera éteint la nuit »: the pronoun resumes the
                # thing put first
                return True
            if low in _BE_HAVE_FUTURE and not passive and not _takes_place(low, after):
                if _coordinated_future(tokens, i):
                    # « La piscine sera gratuite l'été et proposera des cours »: the verb after
                    # « et » with the same subject says the deed
                    continue
                return relative_future  # « nous serons un État exemplaire », « la commune aura … »: no deed
            if relative_future:
                # « Ce conseiller, qui animera des ateliers, travaillera avec … »: the relative
                # clause in the future commits, whoever the subject
                return True
            if not subject:
                return False
            first = subject.split()[0].lower()
            if first in ("nous", "je", "j'", "j’"):
                return True
            if resumed and first in ("elle", "ils", "elles") and any(t.pos_ == "DET" for t in tokens[i + 1:]):
                return True  # (the deed names a thing after the verb: « Elle vivra avec vous » names none)
            # (a figure counting it too: « 20 000 euros seront réservés aux projets des habitants »)
            if passive and (first.strip("'’") in _GENERAL_DETERMINERS or first in ("l'", "l’", "d'", "d’")
                            or first[:1].isdigit()
                            or (anyone and first in ("il", "elle", "ils", "elles"))):
                # the thing to be done as the subject (« Un module … sera mis en service »); a
                # pronoun only in an answer (« il sera étendu »: the equipment asked for)
                return True
            if _AUTHORITY_SUBJECT.match(subject):
                return True
            # (and where anyone's deed counts, the authority's own people: « notre animatrice
            # proposera … », « nos agents suivront … »)
            return anyone and (first.rstrip("'’") in _GENERAL_DETERMINERS or first in ("l'", "l’", "notre", "nos"))
        return False

    def fronted_infinitive(self, text: str) -> bool:
        """Whether ``text`` states an action by an infinitive after a circumstance put first
        (« En partenariat avec les écoles, organiser une semaine du numérique », « Dès 2027, ouvrir le
        guichet le samedi »: see _FRONTED_LEAD), not a finite clause (« Dans ce quartier, les
        trottoirs manquent »)."""
        m = _FRONTED_LEAD.match(text)
        if not m or len(text[:m.end()].split()) > FRONTED_LEAD_WORDS or not self.infinitive(text[m.end():]):
            return False
        # the infinitive as the subject of a verb (« Enfin, raccorder n'est pas tout »): a
        # statement; a verb after a relative or a conjunction (« … qui le souhaitent ») is not it
        clause = re.split(r"[.;:!?]", text[m.end():], maxsplit=1)[0]
        return not _main_finite_verb(self.tagged(clause))

    def infinitive_subject(self, text: str) -> bool:
        """Whether the first clause of ``text``, opened by an infinitive, makes it the subject of a
        finite verb (« Faire une démarche à la place d'une personne expose l'aidant », « Être né avec
        un téléphone ne veut pas dire … »): a statement, no demand. A verb after a relative or a
        conjunction (« Installer des bancs pour que les aînés puissent … ») is not it; the first
        word, the infinitive, is left out (the tagger takes « Faire » for a finite verb)."""
        clause = re.split(r"[.;:!?]", text, maxsplit=1)[0]
        return _main_finite_verb(list(self.tagged(clause))[1:])

    def infinitive(self, text: str, retry: bool = True) -> bool:
        head = self.head(text)
        if head not in self.cache:
            self.prepare([text])
        if not retry:
            return self.as_written.get(head, False)
        return self.cache.get(head, False)


def _main_finite_verb(tokens) -> bool:
    """Whether ``tokens`` hold a finite verb before any relative or conjunction (see _SUBORDINATORS,
    « car »): the verb of the main clause."""
    for tok in tokens:
        if tok.text.lower() in _SUBORDINATORS or tok.text.lower() == "car":
            return False
        if tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm"):
            return True
    return False


def _next_complement(tokens, k: int) -> bool:
    """Whether the tokens from ``k`` open one more complement of a listed noun (« de la
    mairie », « à l'école », « du gymnase », « aux familles »): a preposition tagged so,
    « de » or « à » before a determiner, or a preposition with its article (« du », « au »,
    « aux »); not « de nouvelles caméras » (a partitive), not « des bancs »."""
    if k >= len(tokens) or tokens[k].pos_ != "ADP":
        return False
    low = tokens[k].text.lower()
    if low in ("du", "au", "aux"):
        return True
    return low in ("de", "d'", "d’", "à") and k + 1 < len(tokens) and tokens[k + 1].pos_ == "DET"


def _listed_noun(tokens, k: int) -> bool:
    """Whether the comma at ``k`` lists one more noun after a noun, the determiner of the first one
    serving them all (« Les adresses, horaires et contacts des équipements seront publiés »): a
    noun right before it and a noun right after it, without a determiner of its own."""
    return 0 < k < len(tokens) - 1 and tokens[k - 1].pos_ == "NOUN" and tokens[k + 1].pos_ == "NOUN"


# Pronouns that may stand between a subject's apposition and its verb (« La commune, qui …, en
# rendra compte », « …, les publiera », « …, se réunira »)
_CLITICS = frozenset(("se", "s'", "s’", "en", "y", "le", "la", "les", "l'", "l’", "lui", "leur"))
# The end of a past participle (« éteint », « ouverte », « fermés », « remis »), not of an adjective
# such as « belle »
_PARTICIPLE_END = re.compile(r"[^\W\d_]{2}(?:é|i|u|t|s)(?:e|s|es)?$")
# A passive said another way, from its verb in the future: « fera l'objet d'une étude », « continueront
# d'être publiés »
_PASSIVE_PERIPHRASIS = re.compile(r"(?:fera|feront)\s+l['’]\s*objet\s+d['’e]|continuer(?:a|ont)\s+d['’]\s*[êe]tre\s+"
                                  r"[^\W\d_]{2,}(?:é|ée|és|ées|is|ise|ises|ite|its|ites|u|ue|us|ues|ert|erte|erts|ertes)\b",
                                  re.I)
# A sentence opening with the thing it speaks of, resumed by a pronoun (« Quant à l'écran, il … »)
_TOPIC_RESUMED = re.compile(r"^\W*quant\s+(?:à|au|aux)\b[^,]{2,150},\s*(?:il|elle|ils|elles)\s", re.I)


def tells_future(sentence: str) -> bool:
    """Whether a word of ``sentence`` has the ending of a verb in the future (« ouvrira »,
    « sera », « seront », « proposerons »): what will be done, not a finding told in the present
    or the past.

    >>> tells_future("Une antenne ouvrira en 2028."), tells_future("Le réseau est achevé depuis 2025.")
    (True, False)
    """
    return any(_FUTURE_FORM.search(word) for word in re.findall(r"[^\W\d_]+", sentence.lower()))


def first_word(text: str) -> str:
    """The first word of ``text``, lower case ("" for none)."""
    words = text.split()
    return words[0].lower() if words else ""


def _future_verb(tok) -> bool:
    """Whether ``tok`` is a verb in the future (the tagger's tense, or the ending of a future)."""
    return tok.pos_ in ("VERB", "AUX") and ("Fut" in tok.morph.get("Tense") or bool(_FUTURE_FORM.search(tok.text.lower())))


def _coordinated_in_clause(tokens, previous: int, i: int) -> bool:
    """Whether the verb at ``i`` is joined by « et » / « ou » to the verb at ``previous`` in the same
    clause (no comma, colon or other clause between them), right after the conjunction."""
    between = [t.text.lower() for t in tokens[previous + 1:i]]
    if any(w in (",", ";", ":", "(") or w in _SUBORDINATORS for w in between):
        return False
    joined = max((k for k, w in enumerate(between) if w in ("et", "ou")), default=None)
    # the verb right after « et » (a pronoun or an adverb apart): « … et porte … », « et en fixe … »
    return joined is not None and all(tokens[previous + 1 + k].pos_ == "ADV" or w in _CLITICS
                                      for k, w in enumerate(between[joined + 1:], joined + 1))


def _future_relative_after(tokens, i: int) -> bool:
    """Whether, after the verb at ``i``, a relative clause opened by « , qui » has its verb in the
    future, not denied (« …, qui raccordera le hameau en 2027 »)."""
    for k in range(i + 1, len(tokens) - 2):
        if tokens[k].text != "," or tokens[k + 1].text.lower() != "qui":
            continue
        for j in range(k + 2, min(len(tokens), k + 6)):
            word = tokens[j].text.lower()
            if word in ("ne", "n'", "n’"):
                break
            if tokens[j].pos_ in ("VERB", "AUX"):
                if _future_verb(tokens[j]):
                    return True
                break
    return False


def _coordinated_future(tokens, i: int) -> bool:
    """Whether the verb at ``i`` is followed, in the same clause, by « et » and another verb in
    the future sharing its subject (« sera gratuite l'été et proposera … »)."""
    for k in range(i + 1, len(tokens) - 1):
        if tokens[k].text in (",", ";", ":", "(") or tokens[k].text.lower() in _SUBORDINATORS:
            return False
        if tokens[k].text.lower() != "et":
            continue
        j = k + 1
        while j < len(tokens) and (tokens[j].pos_ == "ADV" or tokens[j].text.lower() in ("en", "y", "le", "la", "les",
                                                                                           "l'", "l’", "se", "s'", "s’")):
            j += 1
        if j < len(tokens) and tokens[j].pos_ in ("VERB", "AUX") and (
                "Fut" in tokens[j].morph.get("Tense") or _FUTURE_FORM.search(tokens[j].text.lower())):
            return True
    return False


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
# Object pronouns that may stand before an infinitive (« Les signaler au dispositif », « Leur
# proposer un rendez-vous »); also articles, so spaCy decides
_OBJECT_PRONOUNS = frozenset(("le", "la", "les", "leur", "lui"))
_GREETINGS = frozenset(("bonsoir",))  # nouns that end like an infinitive and open a message


def _may_start_with_infinitive(head: str) -> bool:
    """Cheap test run before spaCy: French infinitives end in -er, -ir, -re or -oir, so a text
    whose first word (after "ne", "pas", "se", "s'", "y"..., or an object pronoun opening the
    text, « Les signaler ») does not cannot start with one."""
    first = True
    for word in head.split():
        word = word.strip("«»\"'“”‘’()[]…:;,.!?–—-•*")
        if not word:
            continue
        elided = _ELIDED_SKIPPED.match(word)
        if elided:
            word = word[elided.end():]
        elif "'" in word or "’" in word:
            return False  # "l'analyse", "d'abord", "qu'il": an article, a preposition, a conjunction
        if word.lower() in _SKIPPED or (word.lower() in _OBJECT_PRONOUNS and first):
            first = False
            continue  # « Les signaler au … »: a pronoun before the verb (spaCy tells it from an article)
        first = False
        if word.lower() in _GREETINGS:
            return False  # « Bonsoir à tous, »: a greeting, not « -oir » verb
        return bool(_INFINITIVE_END.search(word))
    return False


# The topic a bulleted item may open with before what it asks (« Fibre – Achever le
# raccordement … », « Zones blanches – Les signaler … », as slides write them): a capitalised
# name of at most three words, no figure and no final punctuation, then a dash (after a colon,
# « Multiplicité des acteurs : bien les identifier », a finding is often explained)
_TOPIC_LEAD = re.compile(r"^\s*[^\W\d_][^\W\d_'’-]*(?:[\s'’-]+[^\W\d_]+){0,2}\s+[–—-]\s+(?=[^\W\d_])")


# An item opened by a connective adding it to the one before (« Et aussi des ateliers … », « Et puis
# également ouvrir … »): one more thing asked, read by what follows the connective; « Et » alone
# too right before a verb in the infinitive (« Et ajouter un banc près des jeux. », the short
# sentences of a designed page)
_ADDED_ITEM = re.compile(r"^\s*et\s+(?:puis\s+)?(?:(?:aussi|également|egalement|enfin|surtout)\s+(?=\w)"
                         r"|(?=(?:se\s+|s['’]\s*)?[^\W\d_]{3,}(?:er|ir|re)\s))", re.I)


def _without_addition(text: str) -> str:
    """``text`` without the connective adding it to the item before (see _ADDED_ITEM).

    >>> _without_addition("Et aussi des bancs au square."), _without_addition("Et le parc ?")
    ('des bancs au square.', 'Et le parc ?')
    >>> _without_addition("Et ajouter un banc près des jeux."), _without_addition("Et des bancs !")
    ('ajouter un banc près des jeux.', 'Et des bancs !')
    """
    return _ADDED_ITEM.sub("", text, count=1)


def _after_topic(text: str) -> str:
    """What an item says after the topic that opens it (see _TOPIC_LEAD); "" without one.

    >>> _after_topic("Zones blanches – Les signaler au dispositif"), _after_topic("Créer un tiers-lieu")
    ('Les signaler au dispositif', '')
    """
    m = _TOPIC_LEAD.match(text)
    return text[m.end():] if m and text[:1].isupper() else ""


def _starts_with_infinitive(doc, verbs: frozenset = frozenset()) -> bool:
    """spaCy's test on the first word, past the same words as :func:`_may_start_with_infinitive`
    (the tokenizer gives elisions as tokens of their own: "n'", "s'", "d'"). A rare verb the
    tagger reads as a noun or an adjective (« Résorber en priorité les zones blanches ») is an
    infinitive too when it is one of ``verbs`` (see :func:`nlp_stn.nlp.verb_only_lemmas`) and a
    determiner, an adverb, a preposition or a pronoun follows it."""
    for tok in doc:
        low = tok.text.lower()
        if tok.is_punct or low in _SKIPPED or _ELIDED_SKIPPED.match(low + "x"):
            continue
        if low in _OBJECT_PRONOUNS and tok.pos_ == "PRON" and tok.i == 0:
            continue  # « Les signaler », « Leur proposer »: the verb's object before it, not an article
        if tok.pos_ in ("VERB", "AUX") and "Inf" in tok.morph.get("VerbForm"):
            return True
        following = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        return low in verbs and following is not None and following.pos_ in ("DET", "ADV", "ADP", "PRON")
    return False
