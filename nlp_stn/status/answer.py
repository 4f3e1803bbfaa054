"""What an action's own text says of how far it answers a demand (:func:`answer_state`, every rule
of the package in turn), and a demand's status from its candidates (:func:`stated_best`,
:func:`outranked`).
"""
from __future__ import annotations

from typing import Optional, Sequence

from ..model import STATUSES, STATUS_ADDRESSED, STATUS_NOT, STATUS_PARTIAL
from .fate import capped_status, status_cap, _MOVED_STATE, _fold_state
from .study import left_out_state, studied_part_state, study_state
from .quantities import budget_state, lifespan_state, part_state, price_state, quantity_state, time_share_state
from .lists import condition_state, other_public_state, public_state, _titled_list_state
from .places import (elsewhere_state, every_state, few_state, named_state, own_state, place_pair_state, places_state,
                     span_state)
from .timing import day_state, frequency_state, later_state, season_state, trial_state
from .contrary import alternative_state, contrary_state, relay_state


def answer_state(action_text: str, state: str, demand_text: str, detail: str = "") -> str:
    """What an action's document says of it, as far as ``demand_text`` is concerned: lowered for
    a study (:func:`study_state`), a smaller amount than asked (:func:`quantity_state`), a part
    of the whole asked (:func:`part_state`), one place where every one was asked
    (:func:`every_state`) or some it names (:func:`named_state`) or a counted few of them, in the
    action or its description (:func:`few_state`), part only of the things the demand lists
    (:func:`list_state`), one of two publics it names together, in the action or its description
    (:func:`public_state`), or to another public than the one it names (:func:`other_public_state`),
    or under a condition where the demand asked it whatever one's situation
    (:func:`condition_state`), or
    another way than the one asked, in the action or its description ``detail``
    (:func:`alternative_state`), or later than asked, there too (:func:`later_state`), or in
    some only of the places the demand names (:func:`places_state`), or in another place than the
    one it insists on (:func:`elsewhere_state`), or one of the two places it
    names each after its own « dans » (:func:`place_pair_state`), or less money than the
    demand allots (:func:`budget_state`), or a price on a
    thing asked free (:func:`price_state`), or part time a post asked full time
    (:func:`time_share_state`),
    or only as a trial (:func:`trial_state`), or on another day of the week than asked
    (:func:`day_state`), or in one season where it was asked all year
    (:func:`season_state`), or for the authority's own services where all were
    asked (:func:`own_state`), or only asked of another body, which decides (:func:`relay_state`),
    or for fewer years than asked (:func:`lifespan_state`), or the first
    step only of the steps asked from first to last (:func:`span_state`).

    The rest of the demand put to study in the description lowers it too (:func:`studied_part_state`),
    and so does a thing the demand asks for that the description leaves out (:func:`left_out_state`), and an action adding
    what the demand refuses answers nothing (:func:`contrary_state`).

    >>> answer_state("Étude d'une ligne de bus", "", "Une ligne de bus vers la gare")
    "À l'étude"
    >>> answer_state("Ouvrir 2 tiers-lieux", "Réalisée", "Ouvrir 3 tiers-lieux")
    'Retenue en partie (moins que demandé)'
    >>> answer_state("Navette", "", "Une ligne de bus", "Plutôt que de créer une ligne de bus, un transport à la demande.")
    'Retenue en partie (autre solution)'
    """
    described = f"{action_text} {detail}".strip()  # the action with its description
    state = study_state(action_text, state, demand_text)
    state = studied_part_state(action_text, state, demand_text, detail)
    state = left_out_state(action_text, state, demand_text, detail)
    state = alternative_state(described, state, demand_text)
    state = every_state(action_text, state, demand_text)
    state = named_state(action_text, state, demand_text)
    state = part_state(action_text, state, demand_text)
    state = _titled_list_state(action_text, state, demand_text, detail)
    state = public_state(described, state, demand_text)
    state = other_public_state(described, state, demand_text)
    state = condition_state(described, state, demand_text)
    state = frequency_state(described, state, demand_text)
    state = day_state(described, state, demand_text)
    state = season_state(described, state, demand_text)
    state = few_state(described, state, demand_text)
    state = later_state(described, state, demand_text)
    state = trial_state(described, state, demand_text)
    state = own_state(described, state, demand_text)
    state = relay_state(described, state, demand_text)
    state = places_state(action_text, state, demand_text)
    state = elsewhere_state(action_text, state, demand_text)
    state = place_pair_state(action_text, state, demand_text)
    state = budget_state(action_text, state, demand_text)
    state = price_state(described, state, demand_text)
    state = time_share_state(action_text, state, demand_text)
    state = lifespan_state(described, state, demand_text)
    state = span_state(action_text, state, demand_text)
    state = quantity_state(action_text, state, demand_text)
    return contrary_state(described, state, demand_text)


def stated_best(candidates: Sequence[tuple[str, str]], own: str = "") -> tuple[str, Optional[int], Optional[int]]:
    """A demand's status from its candidates, best first, each given as (the status its score
    gives, what its document says of the action): (the best status they give once each is
    lowered by :func:`capped_status`, the index of the first candidate giving it or None, the
    index of the refusal that ended the list or None). A refusal close enough to answer the
    demand is the authority's answer to it: candidates ranked below it give nothing.

    ``own`` is what the authority published with the demand itself (a platform's « Statut »
    with its official answer, see :func:`nlp_stn.extract.tables.published_fate`): it lowers the
    status the same way (:func:`status_cap`); a demand the authority turned down there is
    « non pris en compte », whatever its candidates.

    >>> stated_best([("pris en compte", "Abandonnée"), ("partiellement", "")])
    ('non pris en compte', None, 0)
    >>> stated_best([("pris en compte", "Reportée"), ("partiellement", "")])
    ('partiellement', 0, None)
    >>> stated_best([("pris en compte", "Fusionnée"), ("partiellement", "")])  # merged: no refusal
    ('partiellement', 1, None)
    >>> stated_best([("pris en compte", "")], own="Retenue partiellement")
    ('partiellement', 0, None)
    >>> stated_best([("pris en compte", "")], own="Non retenue")
    ('non pris en compte', None, None)
    """
    if status_cap(own) == STATUS_NOT:
        return STATUS_NOT, None, None
    best_status, best = STATUS_NOT, None
    for i, (found, state) in enumerate(candidates):
        status = capped_status(capped_status(found, state), own)
        if status == STATUS_NOT and found != STATUS_NOT and not _MOVED_STATE.match(_fold_state(state)):
            return best_status, best, i
        if STATUSES.index(status) < STATUSES.index(best_status):
            best_status, best = status, i
    return best_status, best, None


def outranked(found: Sequence[str], scores: Sequence[float], near_tie: float) -> list[str]:
    """The status each candidate's score gives (``found``, best first, with its ``scores``), a
    candidate scoring more than ``near_tie`` below the first one giving « partiellement » at most:
    the best-ranked action is the answer the matcher found; one clearly ranked below it adds to
    that answer but cannot, alone, make it whole (a best action that is only a study or gives
    part of what is asked is not made « pris en compte » by a weaker candidate).

    >>> outranked(["pris en compte", "pris en compte", "pris en compte"], [0.95, 0.94, 0.80], 0.02)
    ['pris en compte', 'pris en compte', 'partiellement']
    >>> outranked(["partiellement", "non pris en compte"], [0.5, 0.1], 0.02)
    ['partiellement', 'non pris en compte']
    """
    top = scores[0] if len(scores) else 0.0
    return [STATUS_PARTIAL if i and f == STATUS_ADDRESSED and top - s > near_tie else f
            for i, (f, s) in enumerate(zip(found, scores))]
