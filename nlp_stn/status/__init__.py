"""The status rules: what an action's own text (its stated fate, its wording, its description)
says of how far it answers a demand, each lowering the status its score gives: « pris en compte »,
« partiellement », « non pris en compte » (see docs/statuts.md).

- :mod:`.fate`: the action's stated fate (« Réalisée », « Reportée », « Non retenue »);
- :mod:`.words`: text helpers the rules share;
- :mod:`.study`: a study, the rest put to study, a thing left out;
- :mod:`.quantities`: amounts, part of a whole, lifespan, time share, budget, price;
- :mod:`.lists`: the things and publics a demand lists, a condition;
- :mod:`.places`: every place, a few, named places, the authority's own, a span of steps;
- :mod:`.timing`: frequency, day of the week, season, later than asked, a trial;
- :mod:`.contrary`: another way, a thing refused, a relay to another body;
- :mod:`.answer`: every rule in turn (:func:`answer_state`) and a demand's status from its
  candidates (:func:`stated_best`, :func:`outranked`).
"""
from .fate import capped_status, status_cap
from .words import asked_in_all, names_less_asked, names_more_asked
from .study import (LEFT_OUT_STATE, OUT_OF_SCOPE, STUDIED_PART_STATE, STUDY_STATE, UNDER_STUDY, left_out_state,
                    studied_part_state, study_state)
from .quantities import (SMALLER_STATE, budget_state, lifespan_state, part_state, price_state, quantity_state,
                         time_share_state)
from .lists import (CONDITION_STATE, LIST_STATE, MAX_TITLE_WORDS, OTHER_PUBLIC_STATE, PUBLIC_STATE, condition_state,
                    list_state, other_public_state, public_state)
from .places import (ELSEWHERE_STATE, OWN_STATE, elsewhere_state, every_state, few_state, named_state, own_state,
                     place_pair_state, places_state, span_state)
from .timing import (LATER_STATE, LESS_OFTEN_STATE, MONTHLY, OTHER_DAY_PART_STATE, OTHER_DAY_STATE, TRIAL_STATE,
                     day_state, frequency_state, later_state, season_state, trial_state)
from .contrary import (ALTERNATIVE_STATE, CONTRARY_STATE, RELAY_STATE, alternative_state, contrary_state,
                       refused_things, relay_state)
from .answer import answer_state, outranked, stated_best

__all__ = ["ALTERNATIVE_STATE", "CONDITION_STATE", "CONTRARY_STATE", "ELSEWHERE_STATE", "LATER_STATE",
           "LEFT_OUT_STATE", "LESS_OFTEN_STATE", "LIST_STATE", "MAX_TITLE_WORDS", "MONTHLY",
           "OTHER_DAY_PART_STATE", "OTHER_DAY_STATE", "OTHER_PUBLIC_STATE", "OUT_OF_SCOPE", "OWN_STATE",
           "PUBLIC_STATE", "RELAY_STATE", "SMALLER_STATE", "STUDIED_PART_STATE", "STUDY_STATE", "TRIAL_STATE",
           "UNDER_STUDY", "alternative_state", "answer_state", "asked_in_all", "budget_state", "capped_status",
           "condition_state", "contrary_state", "day_state", "elsewhere_state", "every_state", "few_state",
           "frequency_state", "later_state", "left_out_state", "lifespan_state", "list_state", "named_state",
           "names_less_asked", "names_more_asked", "other_public_state", "outranked", "own_state", "part_state",
           "place_pair_state", "places_state", "price_state", "public_state", "quantity_state", "refused_things",
           "relay_state", "season_state", "span_state", "stated_best", "status_cap", "studied_part_state",
           "study_state", "time_share_state", "trial_state"]
