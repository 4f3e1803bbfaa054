"""Amounts an action gives against those a demand asks: fewer things (:func:`quantity_state`), part
of a whole (:func:`part_state`), fewer years (:func:`lifespan_state`), part time
(:func:`time_share_state`), less money (:func:`budget_state`), a price on a thing asked free
(:func:`price_state`).
"""
from __future__ import annotations

import re

from ..model import STATUS_ADDRESSED
from .fate import status_cap, _fold_state
from .words import _detail_sentences, _singular


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
# communes », « 4 sur 10 quartiers », the noun before « sur »: « 35 bornes sur 90 ») and the
# whole a demand asks for (« toutes les écoles », « chaque commune », « chacune des 18 communes »,
# « l'ensemble des écoles »)
_PART_WORDS = {**_NUMBER_WORDS, "un": 1, "une": 1, "onze": 11, "treize": 13, "quatorze": 14, "seize": 16}
_PART_NUMBER = r"(?<![\w,.-])(?P<part>\d+|" + "|".join(_PART_WORDS) + r")\s+"
_PART_OF_WHOLE = re.compile(
    _PART_NUMBER + r"(?:(?:des|sur)\s+(?:les\s+)?(?P<whole>\d+)\s+(?P<noun>[^\W\d_][\w-]{2,})"
    r"|(?P<noun2>[^\W\d_][\w-]{2,})\s+sur\s+(?:les\s+)?(?P<whole2>\d+)(?![\d,.]?\d))", re.I)
_WHOLE_ASKED = re.compile(
    r"\b(?:tou(?:s|tes)\s+(?:les|nos|leurs)|chaque|chacun(?:e)?\s+(?:des|de\s+nos)|l['’]\s*ensemble\s+des)\s+"
    r"(?:\d+\s+)?(?P<noun>[^\W\d_][\w-]{2,})", re.I)


def _parts(text: str) -> set[str]:
    """The things ``text`` counts in part of their whole (« 11 des 23 écoles »: the part smaller
    than the whole), folded and singular.

    >>> sorted(_parts("Onze des 23 écoles et 12 des 12 crèches ; 3 sur 10 quartiers ; 35 bornes sur 90"))
    ['borne', 'ecole', 'quartier']
    >>> sorted(_parts("Ouvert 5 jours sur 7, 24 heures sur 24"))  # time is no thing counted
    []
    """
    out = set()
    for m in _PART_OF_WHOLE.finditer(text):
        raw = m.group("part").lower()
        part = _PART_WORDS[raw] if raw in _PART_WORDS else int(raw)
        noun = _fold_state(m.group("noun") or m.group("noun2"))
        if part < int(m.group("whole") or m.group("whole2")) and not _NOT_COUNTED.match(noun):
            out.add(_singular(noun))
    return out


# A demand asking for a few or more of a thing, not all of it (« plus de bancs », « davantage de
# … », « quelques », « certains », « d'autres »), folded
_SOME_ASKED = re.compile(r"\b(?:plus\s+de|plus\s+d'|davantage|quelques?|certaine?s|d'autres|de\s+nouveaux"
                         r"|de\s+nouvelles)\b")


def _whole_implied(demand_text: str, noun: str) -> bool:
    """Whether ``demand_text`` asks for the thing ``noun`` counts (folded, singular) as a whole
    without saying « tous »: it names it in the plural only (« remplacer les lampadaires ») or not at
    all (« passer aux LED », said of the street lights the action counts), gives no amount of its own
    and asks for no more or a few of it (see _SOME_ASKED); not one of them (« l'école du bourg »).

    >>> _whole_implied("Et passer aux LED", "lampadaire"), _whole_implied("Remplacer les lampadaires", "lampadaire")
    (True, True)
    >>> _whole_implied("Équiper l'école du bourg", "ecole"), _whole_implied("Plus de bancs au parc", "banc")
    (False, False)
    >>> _whole_implied("Remplacer 100 lampadaires", "lampadaire")
    False
    """
    folded = _fold_state(demand_text or "")
    if _SOME_ASKED.search(folded.replace("’", "'")) or _amounts(demand_text or ""):
        return False
    for m in _ONE_NAMED.finditer(folded):
        word = m.group("word")
        if word == noun or (m.group("det") and _singular(word) == noun):
            return False  # one of them (« l'abribus de la place »: a singular told by its article)
    return True


# A word of a folded text, with the singular article or determiner before it if any
_ONE_NAMED = re.compile(r"(?:\b(?P<det>l'|l’|le|la|un|une|du|au|ce|cet|cette|son|sa|notre|votre|leur)\s*)?"
                        r"(?<![\w-])(?P<word>[^\W\d_][\w-]{2,})")


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

    A demand saying no « tous » asks for the whole of a thing it names in the plural only or
    not at all, without an amount (see :func:`_whole_implied`):

    >>> part_state("35 bornes sur 90 remplacées cette année", "", "Remplacer les vieilles bornes de recharge")
    'Retenue en partie (moins que demandé)'
    """
    if status_cap(state) != STATUS_ADDRESSED:
        return state
    asked = {_singular(_fold_state(m.group("noun"))) for m in _WHOLE_ASKED.finditer(demand_text or "")}
    parts = _parts(action_text or "")
    if asked and asked & parts:
        return SMALLER_STATE
    if not asked and any(_whole_implied(demand_text, noun) for noun in parts):
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


# ... but the target of a change (« portée de quatre à six ans », « passera de 5 à 6 ans »): the
# number after « à » is the lifespan given
_RAISED_FROM = re.compile(
    r"\b(?:port|pass|allong|prolong|augment|relev)\w*\s+de\s+(?:\d+|" + "|".join(_NUMBER_WORDS) + r")\s+[àa]\s*$", re.I)


def _lifespans(text: str) -> list[float]:
    """The lifespans in years ``text`` gives to things (see _LIFESPAN_WORD), sentence by sentence.

    >>> _lifespans("Garder les ordinateurs au moins 7 ans. Les jeunes de 16 à 25 ans, d'ici 5 ans.")
    [7.0]
    >>> _lifespans("La durée d'usage des tablettes passera de 4 à 5 ans.")
    [5.0]
    """
    out = []
    for sentence in _detail_sentences(text or ""):
        if not _LIFESPAN_WORD.search(sentence):
            continue
        for m in _YEARS.finditer(sentence):
            if _NOT_LIFESPAN_BEFORE.search(sentence[:m.start()]) and not _RAISED_FROM.search(sentence[:m.start()]):
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


# A thing asked free (« gratuit », « gratuitement », « sans reste à charge ») and an action that sets
# a price on it, lower but not nil (« un tarif réduit », « tarif social », « à moitié prix », « 80 % du
# coût », « le reste à la charge de … »): it gives less than asked
_FREE = re.compile(r"\bgratui(?:t|te|ts|tes|tement|t[ée])\b|\bsans\s+reste\s+[àa]\s+charge\b", re.I)
_PRICED = re.compile(r"\btarifs?\s+(?:r[ée]duits?|sociaux|social|solidaires?|pr[ée]f[ée]rentiels?|mod[ée]r[ée]s?)\b"
                     r"|\bdemi-tarif\b|\b[àa]\s+moiti[ée]\s+prix\b|\breste\s+[àa]\s+(?:la\s+)?charge\b"
                     r"|\b\d+\s?%\s+(?:du\s+co[ûu]t|des\s+frais|de\s+la\s+d[ée]pense)\b", re.I)


def price_state(action_text: str, state: str, demand_text: str) -> str:
    """What an action's document says of it, « Retenue en partie (moins que demandé) » when the
    demand asks a thing free (see _FREE) and the action sets a price on it, lower but not nil
    (see _PRICED), without saying it free, and nothing lower is said.

    >>> price_state("Un tarif réduit pour les moins de 25 ans", "", "Un atelier vélo gratuit pour les jeunes")
    'Retenue en partie (moins que demandé)'
    >>> price_state("Un tarif réduit, gratuit pour les moins de 25 ans", "", "Un atelier vélo gratuit pour les jeunes")
    ''
    >>> price_state("Un tarif réduit pour les moins de 25 ans", "", "Un atelier vélo pour les jeunes")
    ''
    """
    if status_cap(state) != STATUS_ADDRESSED:
        return state
    if _FREE.search(demand_text or "") and _PRICED.search(action_text or "") and not _FREE.search(action_text or ""):
        return SMALLER_STATE
    return state
