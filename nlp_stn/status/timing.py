"""When and how often an action does what a demand asks: less often (:func:`frequency_state`), on
another day of the week (:func:`day_state`), in one season (:func:`season_state`), later than asked (:func:`later_state`), only as a trial
(:func:`trial_state`).
"""
from __future__ import annotations

import functools
import re

from ..model import STATUS_ADDRESSED
from .fate import status_cap
from .words import _detail_sentences, _words


# The days of the week, in their order (a range « du lundi au vendredi » counts each one)
_DAY_NAMES = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_WEEKDAY = "(?:" + "|".join(_DAY_NAMES) + ")"

# How often a text says a thing happens, as a period in days: « hebdomadaire », « chaque
# semaine », « tous les quinze jours », « chaque mois », « une fois par an », « tous les deux ans »,
# and a count per period (« deux fois par an »: every six months, « deux fois par mois », « deux
# samedis par mois »); « en temps réel » is a period of none (live data, not a summary each month)
_PERIOD_WORDS = (
    (0, r"en\s+temps\s+r[ée]el"),
    (3, r"(?:deux|2)\s+(?:fois|demi-journ[ée]es|journ[ée]es|jours|matin[ée]es|matins|apr[èe]s-midi|soir[ée]es|soirs)"
        r"\s+par\s+semaine"),
    (7, r"hebdomadaires?|(?:chaque|toutes\s+les|par|une\s+fois\s+par)\s+semaines?"),
    (14, r"(?:tous\s+les\s+quinze|tous\s+les\s+15)\s+jours|(?:toutes\s+les|chaque)\s+(?:deux|2)\s+semaines|chaque\s+quinzaine"
         r"|(?:deux|2)\s+(?:fois|" + _WEEKDAY + r"s)\s+par\s+mois"),
    (30, r"mensuel(?:le)?s?|(?:chaque|tous\s+les|par|une\s+fois\s+par)\s+mois"),
    (91, r"trimestriel(?:le)?s?|(?:chaque|tous\s+les|par|une\s+fois\s+par)\s+trimestres?"
         r"|(?:quatre|4)\s+fois\s+par\s+(?:an\b|ann[ée]e)"),
    (121, r"(?:trois|3)\s+fois\s+par\s+(?:an\b|ann[ée]e)"),
    (182, r"semestriel(?:le)?s?|(?:chaque|tous\s+les|par|une\s+fois\s+par)\s+semestres?"
          r"|(?:deux|2)\s+fois\s+par\s+(?:an\b|ann[ée]e)"),
    (365, r"annuel(?:le)?s?|(?:chaque|tous\s+les|une\s+fois\s+par)\s+(?:ann[ée]es?|ans?)|par\s+an\b(?!\s+(?:de|d['’]))"),
    (730, r"biennal(?:e|es|aux)?|(?:tous\s+les|toutes\s+les)\s+(?:deux|2)\s+(?:ans|ann[ée]es)"),
)
_PERIOD = re.compile("|".join(f"(?P<p{days}>\\b(?:{words}))" for days, words in _PERIOD_WORDS), re.I)
LESS_OFTEN_STATE = "Retenue en partie (moins souvent que demandé)"
# An action that is the first of a thing, with no frequency (« Réaliser en 2027 un premier bilan »,
# « Une première réunion aura lieu en mars »): done once so far, not as often as a demand asks. The
# first one is what the action does, its subject or its verb's object (at most three words
# between), not a detail further on (« … permettra d'obtenir une première estimation des aides »)
_FIRST_ONLY = re.compile(r"^\W*(?:[^\W\d_]+(?:er|ir|re)\s+(?:[^\s.;:!?]+\s+){0,3})?(?:un|une)\s+premi(?:er|[èe]re)\b",
                         re.I)
# ... or a thing done « une première fois » (« sera mesurée une première fois en 2028 »): once so far
_FIRST_TIME = re.compile(r"\bune\s+premi[èe]re\s+fois\b", re.I)
# A sentence where a demand's author tells what is done now (« Bénévoles, on répare chaque mois
# quarante appareils », « nous nous réunissons chaque semaine »): a fact, not a frequency asked
# (the pronoun a word of its own: not the « je » of « tous les jeudis »)
_AUTHOR_STATES = re.compile(
    r"\b(?:(?:on|nous|je)\s+|j['’]\s*)(?!voudr|souhait|aimer|demand|propos|pr[ée]f[ée]r|sugg[eéè]r|recommand|pourr|devr|faut)"
    r"(?:ne\s+|n['’]\s*)?[^\W\d_]+(?:e|es|ons|ont|ez|s|t|is|it)\b", re.I)


def _asked_sentences(demand_text: str) -> list[str]:
    """The sentences of a demand (cut after « . », « ! », « ? ») save those where its author
    tells what is done now (_AUTHOR_STATES: « On répare chaque mois vingt vélos. »), which ask
    for no frequency and no day.

    >>> _asked_sentences("Ouvrir le foyer le dimanche. Nous jouons le samedi au stade.")
    ['Ouvrir le foyer le dimanche.']
    """
    return [s for s in re.split(r"(?<=[.!?])\s+", demand_text or "") if not _AUTHOR_STATES.search(s)]


# One day of the week, maybe with its part (« le mardi matin », « chaque jeudi », « tous les samedis
# après-midi »): once a week when the text names no other day (« le mardi et le jeudi » is twice),
# not a date (« le mardi 3 mars »)
_WEEKLY_DAY = re.compile(rf"\b(?:(?:chaque|tous\s+les)\s+{_WEEKDAY}s?\b(?!\s*\d)"
                         rf"|le\s+{_WEEKDAY}\s+(?:matin|apr[èe]s-midi|soir)\b)", re.I)
# ... of which the day a demand asks for each week (« chaque samedi matin », « tous les mardis »):
# a frequency asked, where « le samedi matin » only says when
_EVERY_DAY = re.compile(rf"\b(?:chaque|tous\s+les)\s+{_WEEKDAY}s?\b(?!\s*\d)", re.I)


def _periods(text: str, weekday: bool = False, every_day: bool = False) -> list[int]:
    """The periods, in days, of the frequencies ``text`` gives, in order; with ``weekday``, one day
    of the week named alone too when no other frequency is given (see _WEEKLY_DAY: what an
    action gives, not what a demand asks, where « le samedi matin » says when rather than how
    often); with ``every_day``, one day of the week each week (see _EVERY_DAY: what a demand asks).

    >>> _periods("Une permanence hebdomadaire et un bilan chaque année")
    [7, 365]
    >>> _periods("Un exercice tous les deux ans ; une lettre tous les quinze jours")
    [730, 14]
    >>> _periods("Un comité qui se réunit deux fois par an ; trois fois par an ; 2 fois par mois")
    [182, 121, 14]
    >>> _periods("Une permanence le mardi matin, sans rendez-vous", weekday=True)
    [7]
    >>> _periods("Une permanence tous les quinze jours, le mardi matin", weekday=True)
    [14]
    >>> _periods("Une permanence le mardi matin et le jeudi après-midi", weekday=True)
    []
    >>> _periods("Deux demi-journées par semaine, dont le samedi matin")
    [3]
    >>> _periods("Une permanence chaque samedi matin", every_day=True), _periods("Une permanence le samedi matin", every_day=True)
    ([7], [])
    >>> _periods("Un repair café deux samedis par mois ; les mesures en temps réel")
    [14, 0]
    """
    return list(_cached_periods(text or "", weekday, every_day))


@functools.lru_cache(maxsize=16384)
def _cached_periods(text: str, weekday: bool, every_day: bool) -> tuple[int, ...]:
    """:func:`_periods`, cached: the same action and demand texts are read for each candidate pair."""
    found = [(m.start(), int(name[1:])) for m in _PERIOD.finditer(text)
             for name, value in m.groupdict().items() if value]
    # (the day of another frequency says which day: « tous les quinze jours, le mardi matin »)
    if (weekday or every_day) and not found and len({d.lower() for d in re.findall(_WEEKDAY, text, re.I)}) == 1:
        found += [(m.start(), 7) for m in (_WEEKLY_DAY if weekday else _EVERY_DAY).finditer(text)]
    return tuple(days for _, days in sorted(found))


def frequency_state(action_text: str, state: str, demand_text: str) -> str:
    """What an action's document says of it, « Retenue en partie (moins souvent que demandé) »
    when the demand says how often a thing should happen and the action gives only the first
    of it, without any frequency (« un premier bilan en 2027 », « publié une première fois en
    2027 »), or, giving no more
    frequencies than the demand, gives each at least as rarely and one more rarely (« une
    permanence hebdomadaire » answered by « une permanence tous les quinze jours », « un exercice
    annuel » by « un exercice tous les deux ans », « une permanence chaque samedi matin » by « un
    samedi matin par mois », data « en temps réel » by « les moyennes mensuelles »), and nothing
    lower is said.

    >>> frequency_state("Une permanence aura lieu tous les quinze jours.", "", "Une permanence hebdomadaire en mairie")
    'Retenue en partie (moins souvent que demandé)'
    >>> frequency_state("Une permanence aura lieu chaque semaine.", "", "Une permanence hebdomadaire en mairie")
    ''
    >>> frequency_state("Des ateliers chaque mois ; un bilan chaque année.", "", "Des ateliers chaque mois")
    ''
    >>> frequency_state("Une aide annuelle aux ateliers.", "", "Aider les ateliers. On répare chaque mois vingt vélos.")
    ''
    >>> frequency_state("Un premier bilan sera publié en 2027.", "", "Publier un bilan chaque année")
    'Retenue en partie (moins souvent que demandé)'
    >>> frequency_state("Le bilan sera publié une première fois en 2027.", "", "Publier un bilan chaque année")
    'Retenue en partie (moins souvent que demandé)'
    """
    if status_cap(state) != STATUS_ADDRESSED:
        return state
    asked = sorted(p for sentence in _asked_sentences(demand_text) for p in _periods(sentence, every_day=True))
    given = sorted(set(_periods(action_text, weekday=True)))  # each once: « un comité annuel … ; bilan annuel » gives one
    if asked and not given and (_FIRST_ONLY.search(action_text or "") or _FIRST_TIME.search(action_text or "")):
        return LESS_OFTEN_STATE  # « un premier bilan en 2027 » for « un bilan chaque année »: once so far
    if not asked or not given or len(given) > len(asked):
        return state
    pairs = list(zip(asked[len(asked) - len(given):], given))  # the rarest asked against those given
    if all(g >= a for a, g in pairs) and any(g > a for a, g in pairs):
        return LESS_OFTEN_STATE
    return state


# The days of the week a text names (« le samedi matin », « les mardis », « le week-end »), a range
# counting every day in it (« du lundi au vendredi »: five days)
_DAY_RANGE = re.compile(rf"\bdu\s+({_WEEKDAY})\s+au\s+({_WEEKDAY})\b", re.I)
_ONE_DAY = re.compile(rf"\b({_WEEKDAY})s?\b|\b(week-?ends?)\b", re.I)
# a day asked besides the thing itself (« que l'accueil reste ouvert, y compris le samedi matin »):
# an action on other days gives the thing, not the day
_DAY_BESIDES = re.compile(rf"\b(?:y\s+compris|notamment|dont)\s+(?:le\s+|les\s+|au\s+|aux\s+)?{_WEEKDAY}", re.I)
# ... or as one of several times asked, with a time of day of its own (« qui tournent le soir et le
# week-end », « au samedi et aux fins de journée »): an action at another of those times gives part
_OTHER_TIME = re.compile(r"\b(?:le|les|en|aux?|des)\s+(?:soirs?|soir[ée]es?|fins?\s+de\s+journ[ée]e|midis?|nuits?)\b", re.I)
OTHER_DAY_STATE = "Non retenue (un autre jour que demandé)"
OTHER_DAY_PART_STATE = "Retenue en partie (un autre jour que demandé)"


def _days(text: str) -> set[str]:
    """The days of the week ``text`` names (see _ONE_DAY, _DAY_RANGE), in lower case.

    >>> sorted(_days("Ouvert du mardi au jeudi et le samedi matin"))
    ['jeudi', 'mardi', 'mercredi', 'samedi']
    >>> sorted(_days("Le week-end"))
    ['dimanche', 'samedi']
    """
    out = set()
    for m in _DAY_RANGE.finditer(text or ""):
        first, last = _DAY_NAMES.index(m.group(1).lower()), _DAY_NAMES.index(m.group(2).lower())
        out |= set(_DAY_NAMES[first:last + 1] if first <= last else _DAY_NAMES[first:] + _DAY_NAMES[:last + 1])
    for m in _ONE_DAY.finditer(_DAY_RANGE.sub(" ", text or "")):
        out |= {m.group(1).lower()} if m.group(1) else {"samedi", "dimanche"}
    return out


def day_state(action_text: str, state: str, demand_text: str) -> str:
    """What an action's document says of it when the demand asks a thing on some days of the week
    (« que la mairie ouvre le samedi matin ») and the action names days, none of them asked
    (« chaque mardi matin », « du lundi au vendredi »): another day is not what was asked,
    « Non retenue (un autre jour que demandé) »; « Retenue en partie (un autre jour que demandé) »
    when the day is asked besides the thing (« y compris le samedi », « notamment le samedi ») or
    beside another time of day (« le soir et le week-end », see _OTHER_TIME).
    The days a demand's author tells of what is done now (see _AUTHOR_STATES) are not asked.

    >>> day_state("Une permanence chaque mardi matin.", "", "Ouvrir la mairie le samedi matin")
    'Non retenue (un autre jour que demandé)'
    >>> day_state("Une permanence le samedi de 9 h à 12 h.", "", "Ouvrir la mairie le samedi matin")
    ''
    >>> day_state("L'accueil reste ouvert du mardi au vendredi.", "", "Garder l'accueil, y compris le samedi")
    'Retenue en partie (un autre jour que demandé)'
    """
    if status_cap(state) != STATUS_ADDRESSED:
        return state
    asked = set().union(*map(_days, _asked_sentences(demand_text)))
    given = _days(action_text)
    if not asked or not given or asked & given:
        return state
    besides = _DAY_BESIDES.search(demand_text or "") or _OTHER_TIME.search(demand_text or "")
    return OTHER_DAY_PART_STATE if besides else OTHER_DAY_STATE


# An action held in one season only (« pendant les vacances d'été », « en juillet-août », « chaque
# été », « l'été ») and the words of a demand that names a season itself
_SEASON_ONLY = re.compile(
    r"\b(?:pendant|durant)\s+(?:les\s+)?(?:(?:grandes\s+)?vacances\s+(?:d['’]\s*[ée]t[ée]|estivales)|l['’]\s*[ée]t[ée]"
    r"|la\s+saison\s+estivale)\b|\(?\b(?:en\s+)?juillet(?:-|\s+et\s+)ao[ûu]t\b|\bchaque\s+[ée]t[ée]\b", re.I)
_SEASON_ASKED = re.compile(r"\b(?:[ée]t[ée]|vacances|estiva\w*|saison\w*|juillet|ao[ûu]t|hiver|printemps|automne)\b", re.I)
MONTHLY = 31  # a frequency of a month or less: a thing asked all year round


def season_state(action_text: str, state: str, demand_text: str) -> str:
    """What an action's document says of it, « Retenue en partie (moins souvent que demandé) »
    when the demand asks a thing all year round (« une fois par mois », « chaque semaine »), no
    season named, and the action holds it in one season only (« pendant les vacances d'été »,
    « en juillet-août »), and nothing lower is said.

    >>> season_state("Des lectures au parc pendant les vacances d'été", "", "Des lectures au parc une fois par mois")
    'Retenue en partie (moins souvent que demandé)'
    >>> season_state("Des lectures au parc pendant les vacances d'été", "", "Des lectures au parc chaque mois de l'été")
    ''
    """
    if status_cap(state) != STATUS_ADDRESSED or not _SEASON_ONLY.search(action_text or ""):
        return state
    asked = [p for p in _periods(demand_text) if p <= MONTHLY]
    if asked and not _SEASON_ASKED.search(demand_text or ""):
        return LESS_OFTEN_STATE
    return state


# A year a thing is due by (« avant 2028 », « d'ici fin 2027 », « avant la fin de l'année 2027 »,
# « dès 2027 », « en 2028 », « à la rentrée 2027 »): the preposition, maybe a part of the year, the year
_DUE_BY = re.compile(
    r"\b(?P<prep>avant|d['’]\s*ici|au\s+plus\s+tard|d[èe]s|en|pour|jusqu['’]\s*en|[àa])\s+"
    r"(?P<part>(?:la\s+|le\s+|l['’]\s*)?(?:fin|d[ée]but|mi|courant|rentr[ée]e|printemps|[ée]t[ée]|automne|hiver"
    r"|(?:premier|second|deuxi[èe]me)\s+semestre)(?:\s+(?:de\s+|d['’]\s*))?\s*(?:l['’]\s*ann[ée]e\s+)?"
    r"|l['’]\s*ann[ée]e\s+|(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre"
    r"|d[ée]cembre)\s+)?(?P<year>20\d\d)\b",
    re.I,
)
LATER_STATE = "Retenue en partie (plus tard que demandé)"


def _due_years(text: str) -> list[int]:
    """The years ``text`` gives a thing by (see _DUE_BY), as the last year it may be done in:
    « avant 2028 » is 2027, « avant la fin de 2027 » and « d'ici 2027 » are 2027.

    >>> _due_years("avant 2028, et pas seulement en 2026 ; d'ici fin 2029 ; avant la fin de l'année 2027")
    [2027, 2026, 2029, 2027]
    """
    return [year for _, year in _due_matches(text)]


def _due_matches(text: str):
    """Each date of ``text`` (see _DUE_BY) with the last year it lets a thing be done in (see
    :func:`_due_years`), for :func:`_due_years` and :func:`_completion_years`."""
    for m in _DUE_BY.finditer(text or ""):
        year = int(m.group("year"))
        strict = m.group("prep").lower() == "avant" and not m.group("part")
        yield m, year - 1 if strict else year


# What a year stands for in an action giving both: the start of the works (« dès 2026 », « démarrera
# en 2026 », « en lançant dès 2026 ») or their completion (« d'ici fin 2029 », « au plus tard en
# 2029 », « achevé en 2029 », « jusqu'en 2029 »)
_START_BEFORE = re.compile(r"(?:\bd[ée]marr\w*|\bcommenc\w*|\blan[cç]\w*|\bengag\w*\s+(?:les\s+)?travaux)\s+$", re.I)
_END_BEFORE = re.compile(r"(?:\bau\s+plus\s+tard|\bachev\w*|\bachèv\w*|\btermin\w*|\blivr\w*|\bfinalis\w*)\s+$", re.I)
_END_PREPS = ("avant", "d'ici", "au plus tard", "jusqu'en")


def _completion_years(text: str) -> list[int]:
    """The years ``text`` gives a thing by (see :func:`_due_years`), only those it sets for the
    completion when it gives both a start (« dès 2026 », « démarrera en 2026 ») and an end
    (« d'ici la fin de 2029 », « au plus tard en 2029 », « achevés en 2029 »); else all of them.

    >>> _completion_years("raccordés d'ici la fin de l'année 2029, en lançant dès 2026 les travaux")
    [2029]
    >>> _completion_years("Les travaux démarreront en 2026 et seront achevés en 2029.")
    [2029]
    >>> _completion_years("Une première tranche dès 2026, la dernière en 2029.")
    [2026, 2029]
    """
    starts, ends, out = [], [], []
    for m, year in _due_matches(text):
        prep = re.sub(r"'\s*", "'", re.sub(r"\s+", " ", m.group("prep").lower().replace("’", "'")))
        part = (m.group("part") or "").lower()
        out.append(year)
        before = (text or "")[max(0, m.start() - 40):m.start()]
        if prep in ("dès", "des") or (prep == "en" and _START_BEFORE.search(before)):
            starts.append(year)
        elif prep in _END_PREPS or "fin" in part or (prep == "en" and _END_BEFORE.search(before)):
            ends.append(year)
    return ends if starts and ends else out


def later_state(action_text: str, state: str, demand_text: str) -> str:
    """What an action's document says of it, « Retenue en partie (plus tard que demandé) » when
    the demand wants a thing by a year (see :func:`_due_years`: « avant la fin de 2027 ») and the
    action gives only later years for it (« d'ici fin 2028 »), and nothing lower is said.

    >>> later_state("Les derniers foyers seront raccordés d'ici fin 2029.", "", "Raccorder tous les foyers avant 2028")
    'Retenue en partie (plus tard que demandé)'
    >>> later_state("Une première tranche en 2027, la dernière en 2029.", "", "Raccorder tous les foyers avant 2028")
    ''
    >>> later_state("Les derniers foyers seront raccordés en 2029.", "", "Raccorder tous les foyers")
    ''
    """
    if status_cap(state) != STATUS_ADDRESSED:
        return state
    asked = _due_years(demand_text)
    given = _completion_years(action_text)
    if asked and given and min(given) > min(asked):
        return LATER_STATE
    # a part put off in a later clause (« La fibre sera déployée à Kerlaz d'ici 2027 ; Plouzven sera
    # raccordé en 2029. »): a word the demand asks for that the first clause does not name, given
    # only years later than asked
    first, *later = _detail_sentences(action_text or "")
    if asked and later:
        wanted = _words(demand_text) - _words(first)
        for clause in later:
            years = _due_years(clause)
            if years and min(years) > min(asked) and wanted & _words(clause):
                return LATER_STATE
    return state


# An action that only tries the thing (« à titre expérimental », « dix lycées expérimenteront … »,
# « Expérimentation de … », « une phase pilote », « à titre d'essai »): it answers a demand in part,
# unless the demand asks for a trial itself, or the trial is of the whole thing for a stated time
# (« à titre expérimental pendant un an », « en test sur 1 an »), which delivers what was asked;
# a past participle only after « sera », « seront », « est », « sont », « été » (« des capteurs
# seront expérimentés sur … »: tried; not « des animateurs expérimentés », experienced)
_TRIAL = re.compile(r"\b(?:[àa]\s+titre\s+(?:exp[ée]rimental|d['’]\s*(?:essai|exp[ée]rimentation))"
                    r"|exp[ée]riment(?:er|era|eront|erons|ons|ent|e|ation)s?|phases?\s+pilotes?|en\s+phase\s+de\s+test"
                    r"|\b(?:sera|seront|est|sont|été)\s+exp[ée]riment[ée]e?s?)\b",
                    re.I)
_ASKS_TRIAL = re.compile(r"\b(?:exp[ée]riment\w*|pilotes?|essais?|tests?|tester)\b", re.I)
# a trial for a stated time: « pendant un an », « sur 1 an », « durant six mois »
_TRIAL_SPAN = re.compile(r"\b(?:pendant|durant|sur)\s+(?:un|une|deux|trois|six|\d+)\s+(?:ans?|mois|ann[ée]es?|semaines)\b", re.I)
TRIAL_STATE = "Retenue en partie (à titre d'essai)"


def trial_state(action_text: str, state: str, demand_text: str) -> str:
    """What an action's document says of it, « Retenue en partie (à titre d'essai) » when the
    action's first sentence (the action itself, or the opening of its description) only tries
    the thing (see _TRIAL), the demand asks for no trial and no time is set to the trial (see
    _TRIAL_SPAN), and nothing lower is said.

    >>> trial_state("Le marché sera ouvert le soir à titre expérimental", "", "Ouvrir le marché le soir")
    "Retenue en partie (à titre d'essai)"
    >>> trial_state("Le marché sera ouvert le soir, à titre expérimental pendant un an", "", "Ouvrir le marché le soir")
    ''
    >>> trial_state("Expérimenter un marché du soir", "", "Expérimenter un marché du soir")
    ''
    >>> trial_state("Des bancs seront expérimentés sur la place du Four", "", "Des bancs sur la place")
    "Retenue en partie (à titre d'essai)"
    >>> trial_state("Des ateliers menés par des animateurs expérimentés", "", "Des ateliers pour les enfants")
    ''
    """
    # (only the action's first sentence: a later one may try a side thing, « En parallèle, une
    # expérimentation de capteurs sera conduite … »)
    first = _detail_sentences((action_text or "").strip())[0]
    if status_cap(state) != STATUS_ADDRESSED or not _TRIAL.search(first) \
            or _ASKS_TRIAL.search(demand_text or "") or _TRIAL_SPAN.search(first):
        return state
    return TRIAL_STATE
