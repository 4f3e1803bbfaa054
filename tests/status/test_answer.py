"""nlp_stn.status.answer: a demand's status from its candidates (stated_best, outranked)."""
from nlp_stn.status import stated_best


def test_stated_best_status_first_candidate_and_the_refusal_that_ends_the_list():
    # the best status once lowered, and the first candidate giving it
    assert stated_best([("pris en compte", "Reportée"), ("pris en compte", ""), ("partiellement", "")]) == (
        "pris en compte", 1, None)
    # a refusal answers: nothing below it counts, a candidate above it still does
    assert stated_best([("pris en compte", "Non retenue"), ("pris en compte", "")]) == ("non pris en compte", None, 0)
    assert stated_best([("partiellement", ""), ("pris en compte", "Abandonnée"), ("pris en compte", "")]) == (
        "partiellement", 0, 1)
    # a dropped action too far to answer ends nothing
    assert stated_best([("non pris en compte", "Abandonnée"), ("partiellement", "")]) == ("partiellement", 1, None)
    assert stated_best([]) == ("non pris en compte", None, None)


def test_a_candidate_scoring_clearly_below_the_first_answers_in_part_at_most():
    from nlp_stn.status import outranked

    found = ["pris en compte", "pris en compte", "pris en compte", "partiellement"]
    assert outranked(found, [0.95, 0.93, 0.92, 0.5], 0.02) == [
        "pris en compte", "pris en compte", "partiellement", "partiellement"]
    assert outranked(found, [0.95, 0.93, 0.92, 0.5], 0.0) == [
        "pris en compte", "partiellement", "partiellement", "partiellement"]
    # « non pris en compte » is never raised, the first candidate never lowered
    assert outranked(["partiellement", "non pris en compte"], [0.5, 0.1], 0.02) == [
        "partiellement", "non pris en compte"]
    assert outranked([], [], 0.02) == []


def test_stated_best_with_what_was_published_with_the_demand():
    # a demand the authority turned down on its own platform is not taken into account,
    # whatever answers it
    assert stated_best([("pris en compte", "")], own="Non retenue") == ("non pris en compte", None, None)
    assert stated_best([("pris en compte", "")], own="rejected") == ("non pris en compte", None, None)
    # retained in part: at most « partiellement »; retained or studied: the candidates decide
    assert stated_best([("pris en compte", ""), ("partiellement", "")], own="Retenue partiellement") == (
        "partiellement", 0, None)
    assert stated_best([("non pris en compte", "")], own="Retenue") == ("non pris en compte", None, None)
    assert stated_best([("pris en compte", "")], own="Étudiée") == ("pris en compte", 0, None)
