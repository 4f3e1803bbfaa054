"""Text helpers the status rules share: a text's words and stems folded, the sentences of an
action's description, and what a demand asks that one text names and another does not.
"""
from __future__ import annotations

import functools
import re

from ..themes import fold
from .fate import _fold_state


def _words(text: str) -> set[str]:
    """The words of five letters or more of ``text``, folded and singular, whole (« communes » and
    « communauté » stay apart)."""
    return set(_word_set(text or ""))


@functools.lru_cache(maxsize=16384)
def _word_set(text: str) -> frozenset[str]:
    """:func:`_words`, cached (the rules read the same texts for each of a demand's candidates)."""
    return frozenset(_singular(w) for w in re.findall(r"[a-z]{5,}", _fold_state(text)) if w not in _INSTEAD_COMMON)


def _stems(text: str) -> set[str]:
    """The words of five letters or more of ``text`` (see :func:`_words`), cut to six letters."""
    return {w[:6] for w in _words(text)}


def names_more_asked(demand_text: str, given: str, other: str) -> bool:
    """Whether ``other`` names a word of five letters or more (see :func:`_words`) that the
    demand asks for and ``given`` does not (« une antenne » beside « une campagne de mesures »,
    for « mesurer la couverture et demander une antenne »).

    >>> names_more_asked("Mesurer la couverture et installer une antenne", "Des mesures de la couverture",
    ...                  "Une antenne relève de l'opérateur.")
    True
    >>> names_more_asked("Mesurer la couverture", "Des mesures de la couverture", "Une antenne relève de l'opérateur.")
    False
    """
    return bool((_words(demand_text) - _words(given)) & _words(other))


# words of four letters or more too common to tell what a demand asks (see names_less_asked), folded
_COMMON_WORDS = frozenset("pour dans avec sans plus tous tout toute toutes leur leurs elle elles nous vous sont "
                          "sera seront etre fait faire cette ceux celle chaque autre autres comme mais aussi tres "
                          "bien place mettre peut peuvent faut".split())


def _asked_words(text: str) -> set[str]:
    """The words of four letters or more of ``text`` (not _COMMON_WORDS), folded, cut to six letters."""
    return {w[:6] for w in re.findall(r"[a-z]{4,}", fold(text or "")) if w not in _COMMON_WORDS}


def names_less_asked(demand_text: str, refused: str, best: str) -> bool:
    """Whether the refusal ``refused`` names less of the demand than the best action ``best``: the
    best names a word of the demand (four letters or more, see :func:`_asked_words`) that the
    refusal does not, and the refusal none that the best does not.

    >>> names_less_asked("Du wifi au parc", "Le gymnase n'aura pas de wifi.", "Le wifi public au parc.")
    True
    >>> names_less_asked("Une aide à l'achat de composteurs", "L'aide à l'achat de composteurs n'est pas retenue.",
    ...                  "Des composteurs en prêt")
    False
    """
    asked = _asked_words(demand_text)
    in_refused, in_best = asked & _asked_words(refused), asked & _asked_words(best)
    return bool(in_best - in_refused) and not in_refused - in_best


def asked_in_all(demand_text: str, *texts: str) -> set[str]:
    """The words of five letters or more (see :func:`_words`) that the demand asks for and every
    one of ``texts`` names (« skatepark » in a refusal and in the offer made instead).

    >>> sorted(asked_in_all("Du wifi au skatepark", "Au skatepark, pas de borne wifi.", "Un point d'accès couvrira le skatepark."))
    ['skatepark']
    """
    out = _words(demand_text)
    for text in texts:
        out &= _words(text)
    return out


def _long_stems(text: str) -> set[str]:
    """The words of eight letters or more of ``text`` (see :func:`_words`), cut to six letters
    (« inscription »: « inscri »; not « communes », which would meet « communauté »)."""
    return {w[:6] for w in _words(text) if len(w) >= 8}


def _detail_sentences(detail: str) -> list[str]:
    """The sentences of an action's description, cut after « . », « ; », « ! » or « ? »."""
    return re.split(r"(?<=[.;!?])\s+", detail)


@functools.lru_cache(maxsize=65536)
def _singular(word: str) -> str:
    return "-".join(re.sub(r"(?<=\w)[sx]$", "", w) if len(w) > 3 else w for w in word.split("-"))


# words too common to tie what is set aside to a demand (both ask to « mettre en place » something)
_INSTEAD_COMMON = frozenset("propre propres toute toutes tous chaque autre autres notre votre leur leurs cette "
                            "place mettre faire".split())
