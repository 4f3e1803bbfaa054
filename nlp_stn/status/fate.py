"""What an action's stated fate (its document's « Réalisée », « Reportée », « Non retenue »…) does to
the status it can give a demand: :func:`status_cap`, :func:`capped_status`.
"""
from __future__ import annotations

import functools
import re
import unicodedata

from ..model import STATUSES, STATUS_ADDRESSED, STATUS_NOT, STATUS_PARTIAL


# An action's stated fate (Segment.state, folded to lower case without accents): turned down
# or dropped answers nothing; kept in part, postponed or suspended answers at most in part.
# « Non démarrée », « Non lancée » say a planned action has not started yet (still in the plan, no
# cap); « Non engagée » says nothing was committed to it: nothing done, it answers nothing.
_REFUSED_STATE = re.compile(
    r"^(?:non\b(?!\s+(?:demarre|commence|lance|debute|initie)e?s?\b)|refus|rejet|reject|abandon|defavorable|pas\s+retenu"
    r"|annule|supprime|retire|sans\s+suite|irrecevable|ecarte|fusionne)")
# ... of which an action merged into another (« Fusionnée », as the reader writes « fusionnée avec
# l'action 2.4 », « intégrée à la mesure 3 ») answers nothing itself but turns nothing down: the
# action it joined may answer (« Intégrée au plan » alone says a demand was kept: no cap)
_MOVED_STATE = re.compile(r"^fusionne")
_PARTIAL_STATE = re.compile(
    r"^(?:(?:retenue?s?|accepte(?:e|es|s)?|favorable|oui)\s+(?:en\s+partie|partiellement|sous\s+reserve"
    r"|avec\s+(?:des\s+|quelques\s+)?reserves?)"
    r"|partiel|en\s+partie|report|suspendu|differe|ajourne|gele|en\s+attente|en\s+suspens|favorable\s+sous"
    # an opinion with reservations (« Avis réservé ») or a demand put to study (« À l'étude », « En cours
    # d'étude »): nothing delivered yet, at most in part
    r"|reserve\b|a\s+etudier|(?:en\s+cours\s+d['’]?\s*|a\s+l['’]?\s*|sous\s+)etude"
    # (« Étude » alone in a column of fates, « Renvoyée à une étude », « Renvoi à l'étude »)
    r"|etudes?$|(?:renvoyee?s?|renvoi)\s+(?:a|en)\s+(?:une\s+|l['’]?\s*)?etudes?\b"
    # a measure asking another body to act (« Demandée à un tiers »): advocacy, not delivery
    r"|demandee?s?\s+a\s+(?:un\s+tiers|des\s+tiers))")


def _unaccented(text: str) -> str:
    """``text`` in ASCII, its case kept: accents dropped, and any other character without an ASCII
    form (« ’ », « œ ») with them."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


@functools.lru_cache(maxsize=16384)
def _fold_state(state: str) -> str:
    """``state`` in lower case without accents nor a leading bullet (« Fusionnée » -> « fusionnee »).
    Cached: the status rules fold the same demand and action texts for each of a demand's
    candidates."""
    folded = " ".join(_unaccented(state).lower().split())
    return folded.lstrip("-–—•*: ")


def status_cap(state: str) -> str:
    """The best status an action whose document states ``state`` can give a demand:
    « non pris en compte » when it was turned down or dropped (« Non retenue »,
    « Abandonnée », « Retirée », « Avis défavorable »), « partiellement » when it was kept in part,
    postponed or suspended (« Retenue en partie », « Reportée en 2028 ») or asked of another
    body (« Demandée à un tiers »), otherwise « pris en compte » (« Réalisée », « En cours »,
    « Non démarrée »: still in the plan, or nothing said; « Non engagée » is capped as turned down).

    >>> status_cap("Non retenue"), status_cap("Retenue en partie"), status_cap("En cours"), status_cap("")
    ('non pris en compte', 'partiellement', 'pris en compte', 'pris en compte')
    """
    folded = _fold_state(state)
    if folded.startswith("avis "):  # « Avis défavorable »
        folded = folded[len("avis "):]
    if not folded:
        return STATUS_ADDRESSED
    if _REFUSED_STATE.match(folded):
        return STATUS_NOT
    if _PARTIAL_STATE.match(folded):
        return STATUS_PARTIAL
    return STATUS_ADDRESSED


def capped_status(status: str, state: str) -> str:
    """``status`` lowered to what the action's stated fate allows (:func:`status_cap`)."""
    cap = status_cap(state)
    return status if STATUSES.index(status) >= STATUSES.index(cap) else cap
