"""The things and publics a demand lists against those an action names: part of a list
(:func:`list_state`), one of two publics (:func:`public_state`), a condition where none was
asked (:func:`condition_state`).
"""
from __future__ import annotations

import functools
import re

from ..model import STATUS_ADDRESSED
from .fate import status_cap, _fold_state
from .words import _singular


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


@functools.lru_cache(maxsize=16384)
def _named(text: str) -> frozenset[str]:
    """The words of three letters or more a text names, folded and singular (what an action
    names of the things or publics a demand lists, see :func:`list_state`, :func:`public_state`).
    Cached: the same action is compared with every demand it is a candidate of."""
    return frozenset(_singular(w) for w in re.findall(r"[a-z]{3,}", _fold_state(text or "")))


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


# The public a text gives a thing to, on a folded text: a noun of people right after « aux », « pour
# les / des / nos / leurs … », « à destination des », « à l'intention des » (« remis aux ménages »,
# « une soirée pour les parents », « ouverte aux collégiens »)
_FOR_PUBLIC = re.compile(r"\b(?:aux|(?:a\s+destination|a\s+l'intention)\s+des|pour\s+(?:les|des|nos|vos|leurs|ses|ces))"
                         r"\s+(?P<noun>[a-z]{3,})")
# nouns of people (folded, singular, cut to six letters) and the public each one names: nouns of
# the same public name it again (« les familles » are « les parents », « les élèves » « les enfants »)
_PUBLICS = {"famill": "family", "parent": "family", "foyer": "family", "menage": "family",
            "enfant": "young", "eleve": "young", "ecolie": "young", "colleg": "young",
            "lyceen": "young", "adoles": "young", "jeune": "young", "etudia": "young", "appren": "young",
            "senior": "elder", "aine": "elder", "retrai": "elder",
            "commer": "trade", "artisa": "trade", "entrep": "trade",
            "associ": "club", "benevo": "club", "agricu": "farm", "touris": "tourist", "aidant": "carer",
            "agent": "staff", "salari": "worker", "elu": "elected"}
# (« les foyers », « les ménages » are families)
# publics that hold every other (« les habitants », « les usagers », « tous »): an action giving
# the thing to them gives it to the public asked too
_EVERYONE = re.compile(r"\b(?:habitants?|citoyen(?:ne)?s?|usagers?|personnes?|publics?|tous|toutes|population)\b")


def _public_of(word: str) -> str:
    """The public a folded noun of people names (see _PUBLICS), or "".

    >>> _public_of("familles"), _public_of("parents"), _public_of("eleves"), _public_of("outils")
    ('family', 'family', 'young', '')
    """
    w = _singular(word)
    return _PUBLICS.get(w[:6]) or _PUBLICS.get(w[:5]) or _PUBLICS.get(w[:4]) or _PUBLICS.get(w[:3]) or ""


def _given_publics(folded: str) -> set[str]:
    """The publics a folded text gives a thing to (see _FOR_PUBLIC, _PUBLICS), not one in a
    clause opened by « sans » (« sans rien dire aux parents »: kept away
    from them).

    >>> sorted(_given_publics("un lieu pour les jeunes, sans rien dire aux parents"))
    ['young']
    """
    publics = set()
    for m in _FOR_PUBLIC.finditer(folded):
        clause = re.split(r"[,;:.!?()]", folded[:m.start()])[-1]
        if not re.search(r"\bsans\b", clause):
            publics.add(_public_of(m.group("noun")))
    return publics - {""}


OTHER_PUBLIC_STATE = "Retenue en partie (un autre public)"


def other_public_state(action_text: str, state: str, demand_text: str) -> str:
    """What an action's document says of it, « Retenue en partie (un autre public) » when the
    demand asks a thing for a public it names (« pour les parents », « aux ménages », see
    _FOR_PUBLIC) and the action (with its description) gives it to another public (« aux
    collégiens », « aux clubs sportifs ») without naming the one asked, nor everyone (« les
    habitants », « tous », see _EVERYONE), and nothing lower is said.

    >>> other_public_state("Une soirée sur le sommeil ouverte aux collégiens", "", "Une soirée pour les parents sur le sommeil")
    'Retenue en partie (un autre public)'
    >>> other_public_state("Une soirée sur le sommeil pour les familles", "", "Une soirée pour les parents sur le sommeil")
    ''
    >>> other_public_state("Une soirée ouverte aux collégiens et à leurs parents", "", "Une soirée pour les parents")
    ''
    >>> other_public_state("Une soirée ouverte à tous", "", "Une soirée pour les parents")
    ''
    """
    if status_cap(state) != STATUS_ADDRESSED:
        return state
    asked = _given_publics(_fold_state(demand_text or ""))
    if not asked:
        return state
    action = _fold_state(action_text or "")
    given = _given_publics(action)
    named = {p for p in (_public_of(w) for w in re.findall(r"[a-z]{3,}", action)) if p}
    if given and not (asked & named) and not _EVERYONE.search(action):
        return OTHER_PUBLIC_STATE
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


CONDITION_STATE = "Retenue en partie (sous condition)"
# A demand asking a thing for each one (« que chaque pétition soit débattue », « pour tous
# les dossiers »), on a folded text: the noun asked for each
_FOR_EACH = re.compile(r"\b(?:chaque|tou(?:te)?s\s+les)\s+(?P<noun>[a-z][a-z-]{3,})")
# A threshold a relative clause sets on that noun in the action (« chaque pétition qui réunit
# au moins 300 signatures », « les dossiers qui dépassent plus de 3 pièces »), or a count from which it
# is given (« à partir de 50 signatures », « au-delà de 100 votes »), on a folded text: not a time,
# an age or a year (« à partir de 2027 », « à partir de 16 ans »)
_COUNT = r"(?:\d+|deux|trois|quatre|cinq|six|dix|vingt|cent|mille)\s+"
_NOT_TIME = (r"(?!(?:ans?|annees?|mois|jours?|semaines?|heures?|h|minutes?|fois|euros?|%|personnes?)\b)"
             r"(?<!\d{4}\s)")
_THRESHOLD_AFTER = r"(?:\s+[a-z][\w'-]*){0,3}\s+(?:qui|dont|ayant)\s+(?:[a-z][\w'-]*\s+){0,5}?(?:au\s+moins|plus\s+de)\s+" + _COUNT
_FROM_COUNT = re.compile(r"\b(?:a\s+partir\s+d(?:e\s+|')|au-dela\s+d(?:e\s+|'))" + _COUNT + _NOT_TIME + r"[a-z]{3,}")


def _threshold_on_each(action_text: str, demand_text: str) -> bool:
    """Whether the action sets a threshold on the thing the demand asks for each one (see
    _FOR_EACH, _THRESHOLD_AFTER, _FROM_COUNT), naming it.

    >>> _threshold_on_each("Chaque pétition qui réunit au moins 100 signatures sera débattue", "Débattre de chaque pétition")
    True
    >>> _threshold_on_each("Chaque pétition sera débattue à partir de 2027", "Débattre de chaque pétition")
    False
    """
    action, demand = _fold_state(action_text or ""), _fold_state(demand_text or "")
    for m in _FOR_EACH.finditer(demand):
        word = re.escape(_singular(m.group("noun"))) + r"(?:s|x)?\b"
        if re.search(r"\b" + word + _THRESHOLD_AFTER + _NOT_TIME, action):
            return True
        if re.search(r"\b" + word, action) and _FROM_COUNT.search(action):
            return True
    return False


# Those of the thing asked for each one who volunteer or ask for it (« aux communes volontaires »,
# « les réseaux urbains volontaires », « aux écoles qui le demandent », « qui le souhaitent », « qui en
# font la demande »), on a folded text after the noun and up to two words: the action is offered,
# not given to each
_VOLUNTEERS_AFTER = (r"(?:\s+[a-z][\w'-]*){0,2}?\s+(?:volontaires\b|qui\s+(?:le|en)\s+(?:demandent|souhaitent|veulent)\b"
                     r"|qui\s+en\s+font\s+la\s+demande\b)")


def _volunteers_of_each(action_text: str, demand_text: str) -> bool:
    """Whether the action gives the thing the demand asks for each one (see _FOR_EACH) only to
    those of them who volunteer or ask for it (see _VOLUNTEERS_AFTER), naming the same noun.

    >>> _volunteers_of_each("Un diagnostic sera proposé aux communes volontaires", "Un diagnostic pour toutes les communes")
    True
    >>> _volunteers_of_each("Un diagnostic sera proposé aux écoles qui le demandent", "Un diagnostic dans chaque école")
    True
    >>> _volunteers_of_each("Un diagnostic pour toutes les communes, avec les agents volontaires",
    ...                     "Un diagnostic pour toutes les communes")
    False
    """
    action, demand = _fold_state(action_text or ""), _fold_state(demand_text or "")
    return any(re.search(r"\b" + re.escape(_singular(m.group("noun"))) + r"(?:s|x)?" + _VOLUNTEERS_AFTER, action)
               for m in _FOR_EACH.finditer(demand))


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

    So does an action setting a threshold on the thing the demand asks for each one (« chaque
    pétition qui réunit au moins 300 signatures », « à partir de 20 votes », see
    :func:`_threshold_on_each`):

    >>> condition_state("Chaque question qui recueille au moins 20 votes aura une réponse", "",
    ...                 "Que chaque question reçoive une réponse")
    'Retenue en partie (sous condition)'

    So does an action given, of the things the demand asks for each one, only to those who
    volunteer or ask for it (« aux communes volontaires », « aux écoles qui le demandent », see
    :func:`_volunteers_of_each`):

    >>> condition_state("Un audit sera proposé aux communes volontaires", "", "Auditer les sites de toutes les communes")
    'Retenue en partie (sous condition)'
    """
    if status_cap(state) != STATUS_ADDRESSED:
        return state
    if _threshold_on_each(action_text, demand_text) or _volunteers_of_each(action_text, demand_text):
        return CONDITION_STATE
    if not _WHATEVER.search(demand_text or ""):
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
