"""nlp_stn.status.places: one or a few places where every one was asked, some of the places listed, the
authority's own, the first step of a span."""
import pytest

from nlp_stn.status import status_cap


@pytest.mark.parametrize("action, demand, expected", [
    # a thing asked in every place, given to a counted few of them (in the action or its description)
    ("Poser des composteurs. Huit composteurs seront posés dans cinq quartiers.",
     "Installer un composteur dans chaque quartier", "Retenue en partie (moins que demandé)"),
    ("Ouvrir une permanence dans 3 mairies", "Une permanence dans toutes les mairies du canton",
     "Retenue en partie (moins que demandé)"),
    # ... or to the ones « les plus … » only
    ("Planter des arbres dans les cours d'école les plus exposées", "Planter des arbres dans toutes les cours d'école",
     "Retenue en partie (moins que demandé)"),
    # all of them counted as their whole, or a count of something else: no lowering
    ("Ouvrir une permanence dans les 14 mairies", "Une permanence dans toutes les mairies", ""),
    ("Poser deux bancs par quartier", "Installer un composteur dans chaque quartier", ""),
    # how often, not where, or each one that asks, not a whole: no lowering
    ("Deux réunions par an", "Réunir le comité chaque année", ""),
    ("Conseiller 80 artisans", "Un conseil gratuit pour chaque artisan qui le demande", ""),
    # a state saying less already stays
    ("Ouvrir une permanence dans 3 mairies", "Une permanence dans toutes les mairies", "Reportée"),
])
def test_an_action_giving_to_a_counted_few_what_a_demand_asks_for_each(action, demand, expected):
    from nlp_stn.status import few_state

    assert few_state(action, "Reportée" if expected == "Reportée" else "", demand) == expected


def test_an_action_in_some_of_the_places_a_demand_lists_answers_in_part():
    # three names or more in a series (« à A, B et C »), not opening a sentence; the action names
    # some of them, not all; compound names (« Saint-Jean du Doigt ») are one name
    from nlp_stn.status import LIST_STATE, places_state
    from nlp_stn.status.places import _named_series

    asked = "Installer des bornes de recharge à Lanvern, Pont-Aven et Saint-Jean du Doigt."
    assert _named_series(asked) == [["Lanvern", "Pont-Aven", "Saint-Jean du Doigt"]]
    assert _named_series("Lanvern, Pont-Aven et Rosporden sont loin. Merci.") == []
    assert places_state("Deux bornes seront posées à Pont-Aven.", "", asked) == LIST_STATE
    assert places_state("Des bornes à Lanvern, Pont-Aven et Saint-Jean du Doigt.", "", asked) == ""
    assert places_state("Des bornes dans chaque commune.", "", asked) == ""
    assert places_state("Deux bornes seront posées à Pont-Aven.", "Non retenue", asked) == "Non retenue"


def test_an_action_in_some_of_the_named_places_a_demand_lists_after_prepositions_answers_in_part():
    # « à la salle des Tilleuls, au foyer Bellevue et à la maison Saint-Roch »: each place after its
    # preposition, named by its capitalised words; an action naming some of them answers in part;
    # places without names (« à la médiathèque, à la mairie et au centre social ») are no such series
    from nlp_stn.status import LIST_STATE, places_state
    from nlp_stn.status.places import _named_places

    asked = "Ouvrir une permanence à la salle des Tilleuls, au foyer Bellevue et à la maison Saint-Roch."
    assert _named_places(asked) == [[{"tilleuls"}, {"bellevue"}, {"saint-roch"}]]
    assert _named_places("Ouvrir une permanence à la médiathèque, à la mairie et au centre social.") == []
    assert places_state("Une permanence se tiendra au foyer Bellevue chaque lundi.", "", asked) == LIST_STATE
    assert places_state("Une permanence au foyer Bellevue, à la maison Saint-Roch et à la salle des Tilleuls.", "",
                        asked) == ""
    assert places_state("Une permanence à la mairie.", "", asked) == ""


def test_an_action_for_the_authoritys_own_only_answers_a_demand_for_all_in_part():
    from nlp_stn.status import OWN_STATE, own_state

    asked = "Publier en données ouvertes les horaires de tous les équipements publics"
    assert own_state("Publier les horaires des équipements intercommunaux", "", asked) == OWN_STATE
    assert own_state("Publier les horaires des piscines de la Région", "", asked) == OWN_STATE
    assert own_state("Publier les horaires des équipements communautaires et municipaux", "", asked) == ""
    assert own_state("Publier les horaires de tous les équipements", "", asked) == ""
    assert own_state("Publier les horaires des équipements", "", asked) == ""
    asked_both = "Former les agents de la communauté de communes et des communes au RGPD"
    assert own_state("Former les agents de la communauté de communes au RGPD", "", asked_both) == OWN_STATE
    assert own_state("Former les agents communautaires et ceux des communes au RGPD", "", asked_both) == ""
    # a demand already about the authority's own things asks nothing of the others
    assert own_state("Du wifi dans les gymnases intercommunaux", "",
                     "Équiper tous les gymnases du réseau intercommunal d'un wifi public") == ""
    assert own_state("Publier les horaires des équipements intercommunaux", "Non retenue", asked) == "Non retenue"
    assert status_cap(OWN_STATE) == "partiellement"


def test_a_number_capped_per_body_answers_a_demand_for_each_place_in_part():
    # « dans la limite d'un projet par canton » gives fewer than one to each village asked;
    # « chacun des » asks for each as « chaque » does; a cap per the place asked, or a sum of
    # money, lowers nothing
    from nlp_stn.status import answer_state, every_state
    demand = "Ouvrir une maison des associations dans chacun des villages du plateau."
    assert answer_state("Création de maisons des associations, dans la limite d'une opération par canton",
                        "", demand) == "Retenue en partie (moins que demandé)"
    assert every_state("Création de maisons des associations, dans la limite de deux projets par an", "",
                       "Une maison des associations dans chaque village") == "Retenue en partie (moins que demandé)"
    assert every_state("Création de maisons des associations, dans la limite d'un projet par village", "",
                       demand) == ""
    assert every_state("Aide au raccordement, dans la limite de 800 € par logement", "",
                       "Raccorder chaque logement du bourg") == ""
    assert every_state("La maison des associations ouvrira dans la salle du Moulin.", "",
                       demand) == ""  # (« la salle », not « le village »: another thing, nothing said)


def test_a_demand_asking_every_step_from_first_to_last_is_answered_in_part_by_the_first_step():
    from nlp_stn.status import LIST_STATE, answer_state, span_state
    demand = "Accompagner les copropriétés, de l'audit jusqu'à la rénovation des façades."
    assert answer_state("Audits énergétiques des copropriétés", "", demand) == LIST_STATE
    assert span_state("Audits et rénovation des copropriétés", "", demand) == ""
    assert span_state("Audits énergétiques des copropriétés", "Non retenue", demand) == "Non retenue"
    # a time, not a series of steps
    assert span_state("Réservation en ligne des repas de la cantine", "",
                      "Pouvoir annuler les repas de la cantine jusqu'à la veille") == ""


def test_two_places_each_after_its_own_dans_answered_by_one_is_part_of_the_list():
    from nlp_stn.status import LIST_STATE, answer_state, place_pair_state

    asked = "Installer des fontaines à eau dans les cours d'école et dans les gymnases."
    assert place_pair_state("Installer des fontaines dans les cours d'école", "", asked) == LIST_STATE
    assert place_pair_state("Des fontaines dans les gymnases du territoire", "Réalisée", asked) == LIST_STATE
    assert place_pair_state("Des fontaines dans les cours d'école et les gymnases", "", asked) == ""
    assert place_pair_state("Installer des fontaines dans toute la ville", "", asked) == ""
    assert place_pair_state("Installer des fontaines dans les cours d'école", "Non retenue", asked) == "Non retenue"
    # people after « dans » are no places; « à » also names what one learns (not read here)
    assert place_pair_state("Des ateliers dans les clubs", "", "Des ateliers dans les clubs et dans les familles") == ""
    assert place_pair_state("Des ateliers sur l'ordinateur", "", "Des ateliers à l'ordinateur et au smartphone") == ""
    assert answer_state("Installer des fontaines dans les cours d'école", "Réalisée", asked) == LIST_STATE
    # an adjective before the noun is not the place: « les grands parcs » are parks
    both = "Des bornes dans toutes les médiathèques et dans les grands parcs (parc du Moulin)."
    assert place_pair_state("Des bornes dans les 9 médiathèques puis dans 4 parcs", "", both) == ""
    assert place_pair_state("Des bornes dans les 9 médiathèques", "", both) == LIST_STATE


def test_a_thing_asked_for_every_place_and_given_to_one_is_less_than_asked():
    # « dans chaque classe », « toutes les écoles » answered for one class or one school named;
    # given to each, to « les 12 … », or « chaque année » (a frequency): nothing lowered
    from nlp_stn.status import every_state, SMALLER_STATE

    assert every_state("Un tableau interactif sera installé dans la classe de CM2 de l'école du bourg.", "",
                       "Nous voulons un tableau interactif dans chaque classe.") == SMALLER_STATE
    assert every_state("Une borne de recharge sera posée à l'école Jean-Jaurès.", "",
                       "Des bornes de recharge devant toutes les écoles") == SMALLER_STATE
    assert every_state("Un tableau interactif dans toutes les classes de l'école.", "",
                       "Un tableau interactif dans chaque classe") == ""
    assert every_state("Des ateliers dans les 12 communes, dont une séance à la commune de Lanvern.", "",
                       "Des ateliers dans chaque commune") == ""
    assert every_state("La fête du numérique aura lieu une année sur deux.", "",
                       "Organiser la fête du numérique chaque année") == ""
    assert every_state("Un tableau interactif dans la classe de CM2.", "Reportée", "Un tableau dans chaque classe") == (
        "Reportée")


def test_a_thing_asked_for_every_place_and_given_to_some_it_names_is_less_than_asked():
    # « dans chaque mairie », « toutes les écoles » answered for the mairies or schools of two or
    # three places named, joined by « et »; given to a count of them, or to one year and another,
    # or already lowered: nothing more said
    from nlp_stn.status import named_state, SMALLER_STATE

    assert named_state("Des permanences seront tenues dans les mairies de Kerbrat et de Saint-Just.", "",
                       "Nous demandons une permanence dans chaque mairie.") == SMALLER_STATE
    assert named_state("Installer des bornes aux écoles Pasteur, Jaurès et du Moulin", "",
                       "Des bornes de recharge devant toutes les écoles") == SMALLER_STATE
    assert named_state("Des ateliers aux médiathèques d’Arvor et de l’Île-Tudy", "",
                       "Des ateliers dans chaque médiathèque") == SMALLER_STATE
    assert named_state("Des permanences dans les mairies des 12 communes", "",
                       "Une permanence dans chaque mairie") == ""
    assert named_state("Des écrans dans les écoles en 2027 et en 2028", "", "Un écran dans toutes les écoles") == ""
    assert named_state("Des ateliers dans les mairies de Kerbrat et de Saint-Just", "",
                       "Des ateliers chaque mois à la médiathèque") == ""
    assert named_state("Des permanences dans les mairies de Kerbrat et de Saint-Just", "Reportée",
                       "Une permanence dans chaque mairie") == "Reportée"


def test_a_counted_few_of_a_thing_asked_one_per_place_answers_in_part():
    from nlp_stn.status import SMALLER_STATE, few_state

    asked = "Ouvrir une boîte à livres dans chaque quartier"
    assert few_state("Trois boîtes à livres seront posées en 2027 près des écoles.", "", asked) == SMALLER_STATE
    # given to each place, or to all of them counted as their whole: in full
    assert few_state("Trois boîtes à livres seront posées dans chaque quartier.", "", asked) == ""
    assert few_state("Des boîtes à livres seront posées dans les 12 quartiers.", "", asked) == ""
    # a demand for one thing, not one per place
    assert few_state("Trois boîtes à livres seront posées en 2027.", "", "Ouvrir une boîte à livres au bourg") == ""


def test_a_count_after_an_action_open_to_all_is_no_limit():
    from nlp_stn.status import SMALLER_STATE, answer_state, few_state

    asked = "Une centrale d'achats ouverte à tous les commerçants du canton"
    opened = "Centrale d'achats ouverte à toutes les entreprises du canton : 25 commerçants déjà inscrits."
    assert few_state(opened, "", asked) == ""
    assert few_state("Centrale d'achats accessible à tous ; 25 commerçants inscrits.", "", asked) == ""
    assert answer_state("Centrale d'achats", "", asked, opened) == ""
    # the count alone, or the open « à tous » after it, still gives less than asked
    assert few_state("Centrale d'achats pour 25 commerçants du canton.", "", asked) == SMALLER_STATE
    assert few_state("Centrale d'achats pour 25 commerçants, à terme ouverte à tous.", "", asked) == SMALLER_STATE


def test_one_thing_shared_between_the_places_asked_for_each_is_less_than_asked():
    # « partagé(e)(s) / mutualisé(e)(s) entre les X » against « chaque X »: none of them has its own
    from nlp_stn.status import SMALLER_STATE, answer_state, every_state

    asked = "Un vidéoprojecteur pour chaque salle"
    assert every_state("Un vidéoprojecteur mobile partagé entre les salles.", "", asked) == SMALLER_STATE
    assert every_state("Deux vidéoprojecteurs mutualisés entre les trois salles.", "", asked) == SMALLER_STATE
    assert every_state("Un minibus partagé entre plusieurs communes.", "", "Un minibus dans chaque commune") == SMALLER_STATE
    assert answer_state("Acheter un vidéoprojecteur mobile partagé entre les salles", "", asked) == SMALLER_STATE
    # each has its own
    assert every_state("Un vidéoprojecteur dans chaque salle.", "", asked) == ""
    # shared between other things than those asked for each
    assert every_state("Un vidéoprojecteur dans chaque salle, partagé entre les associations.", "", asked) == ""
    # the demand does not ask for each
    assert every_state("Un vidéoprojecteur partagé entre les salles.", "", "Des vidéoprojecteurs à l'école") == ""


@pytest.mark.parametrize("action, demand, expected", [
    # the demand insists on its place (« à X même »), the action names another one
    ("Les permanences se tiendront à la maison des services de Port-Lavel.", "Des permanences à Kervoz même",
     "Retenue en partie (un autre lieu)"),
    ("Les cours auront lieu à Port-Lavel.", "Des cours de musique à Kervoz même", "Retenue en partie (un autre lieu)"),
    # the place asked named too
    ("Les permanences se tiendront à la mairie de Kervoz.", "Des permanences à Kervoz même", ""),
    # no other place named
    ("Les permanences se tiendront à la mairie.", "Des permanences à Kervoz même", ""),
    # the demand does not insist on its place
    ("Les permanences se tiendront à Port-Lavel.", "Des permanences à Kervoz", ""),
])
def test_another_place_than_the_one_a_demand_insists_on_answers_in_part(action, demand, expected):
    from nlp_stn.status import ELSEWHERE_STATE, answer_state, elsewhere_state

    assert elsewhere_state(action, "", demand) == expected
    assert elsewhere_state(action, "Non retenue", demand) == "Non retenue"  # a lower state stays
    assert status_cap(ELSEWHERE_STATE) == "partiellement"
    assert answer_state(action, "", demand) == expected
