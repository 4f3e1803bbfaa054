"""nlp_stn.status.quantities: fewer things, part of a whole, fewer years, part time, less money than asked."""
import pytest


def test_a_post_given_part_time_where_the_demand_asks_it_full_time_answers_in_part():
    # « à temps plein / complet » asked, « à mi-temps », « à temps partiel », « à 80 % », « un
    # mi-temps » given: less than asked; full time given, or nothing asked of the time: as it was
    from nlp_stn.status import SMALLER_STATE, answer_state, time_share_state

    asked = "Embaucher un éducateur sportif à temps plein pour le gymnase."
    assert time_share_state("Un éducateur sportif sera embauché à mi-temps dès mars.", "", asked) == SMALLER_STATE
    assert time_share_state("Le gymnase aura un éducateur à temps partiel.", "", asked) == SMALLER_STATE
    assert time_share_state("Un éducateur sera embauché à 80 % en 2028.", "", asked) == SMALLER_STATE
    assert time_share_state("Nous créerons un mi-temps d'éducateur sportif.", "", asked) == SMALLER_STATE
    assert time_share_state("Un éducateur sportif sera embauché à temps complet.", "", asked) == ""
    assert time_share_state("Un éducateur sportif sera embauché à mi-temps.", "", "Embaucher un éducateur sportif") == ""
    assert time_share_state("Un éducateur sportif sera embauché à mi-temps.", "Non retenue", asked) == "Non retenue"
    assert answer_state("Un éducateur sportif sera embauché à mi-temps dès mars.", "", asked) == SMALLER_STATE


def test_less_money_allotted_than_the_demand_allots_answers_in_part():
    # a sum allotted (« budget », « enveloppe », « aide », « crédits ») smaller than the one asked:
    # in part; a larger one, a cost (« coûtera »), a sum on one side only: the state as it was
    from nlp_stn.status import SMALLER_STATE, answer_state, budget_state
    demand = "Un budget participatif pour la jeunesse de 40 000 euros par an, voté par les jeunes."
    assert answer_state("Chaque année, 15 000 euros du budget participatif iront à des projets de jeunes.", "",
                        demand) == SMALLER_STATE
    assert budget_state("Une enveloppe de 0,5 M€ sera réservée aux projets des jeunes.", "", demand) == ""
    assert budget_state("La maison des jeunes coûtera 15 000 € par an.", "", demand) == ""
    assert budget_state("Un budget participatif pour la jeunesse sera ouvert.", "", demand) == ""
    assert budget_state("Une aide de 30 k€ ira aux clubs.", "Réalisée", "Une aide de 45 000 € pour les clubs") == SMALLER_STATE


@pytest.mark.parametrize("action, demand, expected", [
    # one more told by its rank gives one: less than the two or three more asked
    ("Un deuxième médiateur sera recruté en 2028.", "Il faudrait au moins deux médiateurs de plus.",
     "Retenue en partie (moins que demandé)"),
    ("Une troisième navette desservira les hameaux.", "Mettre en service trois navettes supplémentaires",
     "Retenue en partie (moins que demandé)"),
    # as many as asked, or no number asked: no lowering
    ("Un deuxième médiateur sera recruté en 2028.", "Recruter un second médiateur", ""),
    ("Un deuxième médiateur sera recruté en 2028.", "Recruter des médiateurs", ""),
    # « une seconde vie », « un second temps » count nothing
    ("Donner une seconde vie aux ordinateurs dans un second temps", "Deux vies pour les ordinateurs", ""),
])
def test_one_more_told_by_its_rank_counts_one(action, demand, expected):
    from nlp_stn.status import quantity_state

    assert quantity_state(action, "", demand) == expected


@pytest.mark.parametrize("action, demand, expected", [
    # a shorter lifespan than asked, in figures or words, « ans » or « années », in the action or its description
    ("Allonger la durée de vie du matériel. Les ordinateurs seront renouvelés tous les cinq ans.",
     "Garder les tablettes au moins 8 ans", "Retenue en partie (moins que demandé)"),
    ("La durée d'usage des imprimantes sera portée à 6 années.",
     "Porter à neuf ans la durée d'utilisation des imprimantes", "Retenue en partie (moins que demandé)"),
    # « portée / passera de X à Y ans »: Y is the lifespan given, not X
    ("La durée d'usage des écrans sera portée de trois à cinq ans.",
     "Porter à huit ans la durée d'usage des écrans", "Retenue en partie (moins que demandé)"),
    ("La durée de vie des tablettes passera de 4 à 9 ans.", "Garder les tablettes au moins 8 ans", ""),
    # as long or longer: unchanged
    ("La durée de vie des serveurs sera portée à dix ans.", "Conserver les serveurs au moins 8 ans", ""),
    # a deadline, an age or no word of lifespan: no lifespan compared
    ("Conserver les archives d'ici 3 ans.", "Conserver les archives au moins 8 ans", ""),
    ("Garder le lien avec les jeunes de 12 à 15 ans.", "Garder le lien avec les jeunes de 16 à 25 ans", ""),
    ("Former 6 ans de suite les agents.", "Garder les tablettes au moins 8 ans", ""),
])
def test_lifespan_state(action, demand, expected):
    from nlp_stn.status import lifespan_state
    assert lifespan_state(action, "", demand) == expected


@pytest.mark.parametrize("action, demand, expected", [
    # « un seul » counts one; a post « supplémentaire de » someone counts that person too
    ("Un seul poste supplémentaire d'animateur sera ouvert en 2030.", "Recruter trois animateurs de plus",
     "Retenue en partie (moins que demandé)"),
    ("Une seule navette desservira les hameaux.", "Mettre en service 4 navettes", "Retenue en partie (moins que demandé)"),
    ("Une seule navette desservira les hameaux.", "Une seule navette pour tous les hameaux", ""),
])
def test_quantity_state_one_only(action, demand, expected):
    from nlp_stn.status import quantity_state
    assert quantity_state(action, "", demand) == expected


@pytest.mark.parametrize("action, demand, expected", [
    # one thing named after « un » / « une » where the demand counts two or more: less than asked
    ("Recrutement d'un éducateur de rue présent le soir.", "Recruter deux éducateurs de rue le soir",
     "Retenue en partie (moins que demandé)"),
    ("Une navette reliera les hameaux au bourg.", "Mettre en service trois navettes vers le bourg",
     "Retenue en partie (moins que demandé)"),
    # one for each of several, « un des … », or one asked: no lowering
    ("Un éducateur de rue par quartier sera recruté.", "Recruter deux éducateurs de rue", ""),
    ("Une navette dans chaque commune desservira le marché.", "Deux navettes pour le marché", ""),
    ("Un des éducateurs sera présent le soir.", "Recruter deux éducateurs", ""),
    ("Recrutement d'un éducateur de rue.", "Recruter un éducateur de rue", ""),
    # as many given in figures: no lowering
    ("Recrutement de 2 éducateurs et d'un éducateur de rue.", "Recruter deux éducateurs", ""),
    # one in place of several, or one asked by the demand too: no lowering
    ("Ouvrir un compte unique pour la cantine et l'école.", "Les familles ont trois comptes : nous demandons un compte unique.",
     ""),
    ("Ouvrir un guichet commun aux deux mairies.", "Fusionner les deux guichets des mairies", ""),
])
def test_one_thing_given_where_two_or_more_are_asked(action, demand, expected):
    from nlp_stn.status import quantity_state
    assert quantity_state(action, "", demand) == expected


@pytest.mark.parametrize("action, demand, expected", [
    # a percentage's noun after a possessive or demonstrative (« de ses », « de leurs », « de ces »)
    ("La commune s'engage à ce que 15 % de ses repas soient végétariens.", "Servir 25 % des repas végétariens",
     "Retenue en partie (moins que demandé)"),
    ("Les bailleurs rénoveront 10 % de leurs logements chaque année.", "Rénover 20 % des logements par an",
     "Retenue en partie (moins que demandé)"),
    ("Les bailleurs rénoveront 30 % de leurs logements chaque année.", "Rénover 20 % des logements par an", ""),
    # a share of differently named nouns that each text names: compared
    ("Acheter 10 % de vélos électriques", "Consacrer au moins 25 % des commandes de la flotte à des vélos électriques",
     "Retenue en partie (moins que demandé)"),
    ("Acheter 40 % de vélos électriques", "Consacrer au moins 25 % des commandes de la flotte à des vélos électriques", ""),
    # a share of another thing, named by one text only: not compared
    ("Viser 10 % de femmes dans le jury", "Consacrer au moins 25 % des commandes de la flotte à des vélos électriques", ""),
    # an upper bound is still no amount asked
    ("Limiter à 10 % de ses dépenses la part du transport", "Pas plus de 20 % des dépenses pour le transport", ""),
])
def test_a_smaller_share_of_a_thing_than_asked(action, demand, expected):
    from nlp_stn.status import quantity_state
    assert quantity_state(action, "", demand) == expected


def test_amounts_reads_a_percentage_noun_after_a_possessive():
    from nlp_stn.status.quantities import _amounts
    assert _amounts("20 % de ses achats et 5 % de leurs véhicules") == {"%:achat": 20.0, "%:vehicule": 5.0}
    assert _amounts("30 % de l'énergie et 10 % de cette somme") == {"%:energie": 30.0, "%:somme": 10.0}
    assert _amounts("Augmenter de 10 % d'ici 2030") == {"%": 10.0}


@pytest.mark.parametrize("action, demand, expected", [
    ("Ouvrir 30 tiers-lieux", "Ouvrir au moins quarante tiers-lieux", "Retenue en partie (moins que demandé)"),
    ("Ouvrir 40 tiers-lieux", "Ouvrir 40 tiers-lieux", ""),
    ("Ouvrir vingt-cinq tiers-lieux", "Ouvrir trente tiers-lieux", "Retenue en partie (moins que demandé)"),
    ("Les places augmenteront de 20 % d'ici 2030", "Augmenter de 30 % le nombre de places", "Retenue en partie (moins que demandé)"),
    ("Des classes de 24 élèves", "Pas plus de 20 élèves par classe", ""),
    ("Ouvrir le guichet en 2027", "Ouvrir le guichet en 2026", ""),
    ("Ouvrir 3 guichets, 2 jours par semaine", "Ouvrir 3 guichets, 5 jours par semaine", ""),
    ("Créer deux postes d'animateurs sportifs", "Embaucher au moins trois animateurs sportifs",
     "Retenue en partie (moins que demandé)"),
    ("Financer cinq emplois de médiateurs", "Recruter cinq médiateurs", ""),
])
def test_what_counts_as_less_than_asked(action, demand, expected):
    from nlp_stn.status import quantity_state

    assert quantity_state(action, "", demand) == expected


@pytest.mark.parametrize("action, demand, expected", [
    ("Neuf des 14 crèches ont reçu un lave-linge", "Équiper toutes les crèches d'un lave-linge",
     "Retenue en partie (moins que demandé)"),
    ("Le bus passe dans 5 des 12 villages", "Un bus dans chacun des 12 villages", "Retenue en partie (moins que demandé)"),
    ("Les 14 crèches ont reçu un lave-linge", "Équiper toutes les crèches d'un lave-linge", "Réalisée"),
    ("14 des 14 crèches ont reçu un lave-linge", "Équiper toutes les crèches d'un lave-linge", "Réalisée"),
    ("Neuf des 14 crèches ont reçu un lave-linge", "Équiper la crèche du bourg d'un lave-linge", "Réalisée"),
    ("Neuf des 14 crèches ont reçu un lave-linge", "Équiper toutes les écoles d'un lave-linge", "Réalisée"),
    # the noun before « sur », and a whole the demand implies: the thing in the plural only, or not named
    ("35 abribus sur 120 ont été rénovés", "Rénover tous les abribus", "Retenue en partie (moins que demandé)"),
    ("35 abribus sur 120 ont été rénovés", "Rénover les abribus de la ville", "Retenue en partie (moins que demandé)"),
    ("35 abribus sur 120 équipés d'un écran", "Des écrans d'information aux arrêts", "Retenue en partie (moins que demandé)"),
    ("35 abribus sur 120 ont été rénovés", "Rénover l'abribus de la place", "Réalisée"),
    ("35 abribus sur 120 ont été rénovés", "Rénover 30 abribus", "Réalisée"),
    ("35 abribus sur 120 ont été rénovés", "Plus d'abribus rénovés", "Réalisée"),
    ("35 abribus sur 120 ont été rénovés", "Rénover quelques abribus", "Réalisée"),
    ("Le guichet est ouvert 5 jours sur 7", "Ouvrir le guichet le samedi", "Réalisée"),
    ("Les 120 abribus ont été rénovés", "Rénover les abribus", "Réalisée"),
])
def test_a_part_of_the_whole_asked_is_less_than_asked(action, demand, expected):
    from nlp_stn.status import part_state

    assert part_state(action, "Réalisée", demand) == expected


@pytest.mark.parametrize("action, demand, expected", [
    # a thing asked free given at a price, lower but not nil
    ("Un tarif réduit sera appliqué aux moins de 25 ans.", "Un atelier de réparation gratuit pour les jeunes",
     "Retenue en partie (moins que demandé)"),
    ("Un tarif social de 5 € par mois pour les retraités.", "La navette sans reste à charge pour les retraités",
     "Retenue en partie (moins que demandé)"),
    ("La commune paiera 80 % du coût du composteur.", "Des composteurs distribués gratuitement",
     "Retenue en partie (moins que demandé)"),
    # free given too, or nothing asked free, or no price set
    ("Tarif réduit pour les adultes, gratuit pour les moins de 25 ans.", "Un atelier gratuit pour les jeunes", ""),
    ("Un tarif réduit sera appliqué aux moins de 25 ans.", "Un atelier de réparation pour les jeunes", ""),
    ("Un atelier de réparation ouvrira le samedi.", "Un atelier de réparation gratuit pour les jeunes", ""),
])
def test_a_price_on_a_thing_asked_free_answers_in_part(action, demand, expected):
    from nlp_stn.status import answer_state, price_state

    assert price_state(action, "", demand) == expected
    assert price_state(action, "Non retenue", demand) == "Non retenue"
    assert answer_state("Atelier", "", demand, action) == expected
