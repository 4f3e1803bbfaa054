"""nlp_stn.status.fate: what an action's stated fate does to the status it can give a demand."""
import pytest

from nlp_stn.status import capped_status, status_cap


@pytest.mark.parametrize("state, cap", [
    ("Non retenue", "non pris en compte"), ("Abandonnée", "non pris en compte"),
    ("Avis défavorable", "non pris en compte"), ("Sans suite", "non pris en compte"), ("Non", "non pris en compte"),
    ("Retenue en partie", "partiellement"), ("Reportée en 2028", "partiellement"), ("Suspendue", "partiellement"),
    ("Favorable sous réserve", "partiellement"), ("Réalisée", "pris en compte"), ("En cours", "pris en compte"),
    ("Non démarrée", "pris en compte"), ("Non lancé", "pris en compte"), ("Non engagée", "non pris en compte"),
    ("Non engagé", "non pris en compte"),
    ("Déjà engagée", "pris en compte"), ("", "pris en compte"),
    ("Demandée à un tiers", "partiellement"), ("Retirée", "non pris en compte"), ("Retirée du plan", "non pris en compte"),
    ("Retenue", "pris en compte"),
    ("Favorable avec réserves", "partiellement"), ("Avis réservé", "partiellement"), ("À l'étude", "partiellement"),
    ("En cours d'étude", "partiellement"), ("Favorable", "pris en compte"), ("Défavorable", "non pris en compte"),
    ("Fusionnée", "non pris en compte"), ("Intégrée au plan d'actions", "pris en compte"),
    ("Étude", "partiellement"), ("Renvoyée à une étude", "partiellement"), ("Renvoi à l'étude", "partiellement"),
    ("Étude réalisée", "pris en compte"),
])
def test_status_cap_from_an_actions_stated_fate(state, cap):
    assert status_cap(state) == cap


def test_capped_status_only_lowers():
    assert capped_status("pris en compte", "Reportée") == "partiellement"
    assert capped_status("non pris en compte", "Reportée") == "non pris en compte"
    assert capped_status("partiellement", "Réalisée") == "partiellement"
