"""The places or bodies an action serves against those a demand asks: one or a counted few where
every one was asked (:func:`every_state`, :func:`named_state`, :func:`few_state`), some of the
places listed (:func:`places_state`, :func:`place_pair_state`), the authority's own only
(:func:`own_state`), the first step of a span asked (:func:`span_state`).
"""
from __future__ import annotations

import re

from ..model import STATUS_ADDRESSED
from .fate import status_cap, _fold_state, _unaccented
from .words import _detail_sentences, _singular, _words
from .quantities import SMALLER_STATE, _NOT_COUNTED, _PART_WORDS
from .lists import LIST_STATE, _ACTORS, _GROUPING_NAME, _named


# A demand asking for a thing in every place or for every one (« un écran dans chaque classe », « dans
# toutes les écoles »: the noun counted after « chaque », « tous les », « toutes les »), and an
# action giving it to one of them, named (« dans la classe de CM2 », « à l'école du bourg ») or
# one (« dans une école »), never to each (« chaque », « tous », « les », « les 14 … »)
_EVERY = re.compile(r"\b(?:chaque|chacune?\s+d(?:es|e\s+(?:nos|vos|leurs|ces))|tou(?:te)?s\s+(?:les|nos|vos|leurs|ces))"
                    r"\s+(?P<noun>[^\W\d_][\w-]{2,})", re.I)
_ONE_OF = r"(?:la|le|l['’]\s*|une?|une?\s+seule?)\s*(?:[^\W\d_]+\s+)?"
_EACH_OF = r"(?:chaque|tou(?:te)?s|les|des|ses|nos|leurs|aux|ces|l['’]ensemble\s+des|par)\s+(?:[^\W_]+\s+)?"
# One thing shared out between the places or people asked for each (« un vidéoprojecteur mobile
# partagé entre les salles », « un véhicule mutualisé entre les communes »): none of them has its own
_SHARED = r"\b(?:partag|mutualis)[ée]e?s?\s+entre\s+(?:les|des|nos|vos|leurs|ses|ces|plusieurs|\d+|deux|trois|quatre|cinq)\s+(?:[a-z]+\s+)?"
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

    An action sharing one thing out between them (« partagé entre les salles », see _SHARED)
    gives none to each:

    >>> every_state("Un lot de caméras partagé entre les écoles", "", "Des caméras pour chaque école")
    'Retenue en partie (moins que demandé)'
    """
    if status_cap(state) != STATUS_ADDRESSED:
        return state
    action = _fold_state(action_text or "")
    capped = _CAPPED.search(action)
    for noun, _ in _asked_for_each(_fold_state(demand_text or "")):
        word = re.escape(noun) + r"(?:s|x)?\b"
        if (re.search(r"\b" + _ONE_OF + word, action) or capped) and not re.search(r"\b" + _EACH_OF + word, action):
            return SMALLER_STATE
        if re.search(_SHARED + word, action):
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
# the action open to all, said before the count (« ouverte à toutes les entreprises du territoire :
# 14 employeurs partenaires », « accessible à tous ; 40 inscrits »): the count is of the ones in so
# far, the thing is given to each one (folded text)
_OPEN_TO_ALL = re.compile(r"\b(?:ouverte?s?|accessibles?)\s+a\s+tou(?:te)?s\b")


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

    Nor does a count after the action says it is open to all (« ouverte à toutes les entreprises :
    14 employeurs partenaires »): the ones in so far, not a limit.

    >>> few_state("Un service ouvert à toutes les structures du canton : 12 associations inscrites.", "",
    ...           "Un service pour toutes les associations")
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
            if not _TOTAL_BEFORE.search(action[:c.start()]) and not _OPEN_TO_ALL.search(action[:c.start()]):
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


# A demand insisting on the place it names (« à Vaurel même », « dans Kerbrat même »: there and
# nowhere else), and an action giving the thing in another place it names after « à » or « dans »,
# maybe in a place of it (« à Saint-Aubin », « à la maison des services de Saint-Aubin »)
_PLACE_ITSELF = re.compile(r"(?<![\w'’])(?:à|dans)\s+(?P<name>" + _NAME + r")\s+même\b")
_PLACE_ELSEWHERE = re.compile(r"(?<![\w'’])(?:à|dans|au|aux)\s+(?:(?:la|le|les|l['’])\s*)?(?:[a-zàâéèêëîïôûç][\w-]*\s+){0,3}?"
                              r"(?:(?:de|du|des|d['’])\s*(?:(?:la|le|l['’])\s*)?)?(?P<name>" + _NAME + r")")
ELSEWHERE_STATE = "Retenue en partie (un autre lieu)"


def elsewhere_state(action_text: str, state: str, demand_text: str) -> str:
    """What an action's document says of it, « Retenue en partie (un autre lieu) » when the demand
    insists on the place it names (« à Vaurel même », see _PLACE_ITSELF) and the action gives the
    thing in another place it names (« à la maison des services de Saint-Aubin », see _PLACE_ELSEWHERE),
    not in the one asked, and nothing lower is said.

    >>> elsewhere_state("Des ateliers à la maison des services de Saint-Aubin", "", "Des ateliers à Vaurel même")
    'Retenue en partie (un autre lieu)'
    >>> elsewhere_state("Des ateliers à la salle des fêtes de Vaurel", "", "Des ateliers à Vaurel même")
    ''
    >>> elsewhere_state("Des ateliers à la médiathèque", "", "Des ateliers à Vaurel même")
    ''
    """
    if status_cap(state) != STATUS_ADDRESSED:
        return state
    action = action_text or ""
    for m in _PLACE_ITSELF.finditer(demand_text or ""):
        name = _fold_state(m.group("name"))
        if name in _fold_state(action):
            continue
        if any(_fold_state(o.group("name")) != name for o in _PLACE_ELSEWHERE.finditer(action)):
            return ELSEWHERE_STATE
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
