"""nlp_stn.status.lists: part of the things a demand lists, one of two publics, a condition where none was asked."""
import pytest


@pytest.mark.parametrize("action, demand, expected", [
    # a demand listing three things, an action naming two of them: in part
    ("Mettre en ligne les menus et les tarifs de la cantine", "Publier les menus, les tarifs et les horaires de la cantine",
     "Retenue en partie (une partie de la liste)"),
    ("Ouvrir le gymnase aux écoles et aux collèges", "Ouvrir le gymnase aux écoles, aux collèges et aux lycées",
     "Retenue en partie (une partie de la liste)"),
    # things to create, each with an indefinite article, maybe its « de » complement: in part too
    ("La halle accueillera un atelier de réparation et une salle de répétition.",
     "Transformer la halle en lieu associatif avec un atelier de réparation, une cuisine et une salle de répétition.",
     "Retenue en partie (une partie de la liste)"),
    ("La halle accueillera un atelier de réparation, une cuisine partagée et une salle de répétition.",
     "Transformer la halle en lieu associatif avec un atelier de réparation, une cuisine et une salle de répétition.", ""),
    # all of them, in another order and number: no lowering
    ("Publier le tarif, l'horaire et le menu", "Publier les menus, les tarifs et les horaires de la cantine", ""),
    # none of them named (the matcher decides), or a list of two only: no lowering
    ("Rénover la cantine", "Publier les menus, les tarifs et les horaires de la cantine", ""),
    ("Publier les menus", "Publier les menus et les tarifs", ""),
    # a series of people says who takes part, not things asked: no lowering
    ("Créer un comité des habitants", "Associer les habitants, les associations et les commerçants au suivi", ""),
    # a state saying less already stays
    ("Publier les menus", "Publier les menus, les tarifs et les horaires", "Reportée"),
    # a first noun ending one clause, the next ones opening another (« aux … , les … et les … »): no series
    ("Éclairer les rues et les places du quartier",
     "L'éclairage s'arrête aux carrefours, les rues et les places restent dans le noir. Quand seront-elles éclairées ?", ""),
    # bare nouns listed in brackets (« (vélos, trottinettes, poussettes) »): a series too
    ("Des arceaux pour les vélos seront posés devant l'école.",
     "Installer des abris couverts (vélos, trottinettes, poussettes) devant chaque école.",
     "Retenue en partie (une partie de la liste)"),
    ("Des abris pour les vélos, les trottinettes et les poussettes.",
     "Installer des abris couverts (vélos, trottinettes et poussettes) devant chaque école.", ""),
    # two nouns in brackets, or words that are no nouns' series (a page, a number): no series
    ("Des arceaux pour les vélos.", "Installer des abris (vélos, trottinettes) devant l'école.", ""),
    ("Des arceaux pour les vélos.", "Installer des abris pour les vélos (voir le plan, p. 3).", ""),
    # nouns given as examples (« certains lieux (…) », « (…, etc.) »): no list asked
    ("Un défibrillateur à la salle des sports.", "Installer des défibrillateurs dans certains lieux (gymnase, église, mairie).", ""),
    ("Un défibrillateur au gymnase.", "Installer des défibrillateurs dans les lieux publics (gymnase, église, mairie, etc.).", ""),
])
def test_an_action_naming_part_of_the_things_a_demand_lists(action, demand, expected):
    from nlp_stn.status import list_state

    assert list_state(action, "Reportée" if expected == "Reportée" else "", demand) == expected


def test_a_short_title_naming_one_listed_thing_is_read_with_its_description():
    """« Ouvrir nos budgets » over a description naming the three things a demand lists: the
    whole list is answered; a description naming only two still answers in part."""
    from nlp_stn.status import answer_state

    demand = "Publier en données ouvertes les budgets, les délibérations et les horaires des services"
    title = "Ouvrir nos budgets"
    assert answer_state(title, "", demand, "Seront publiés les budgets, les délibérations et les horaires des services.") == ""
    assert answer_state(title, "", demand, "Seront publiés les budgets et les délibérations.") == \
        "Retenue en partie (une partie de la liste)"
    assert answer_state(title, "", demand) == "Retenue en partie (une partie de la liste)"


@pytest.mark.parametrize("action, demand, expected", [
    # a thing asked for everyone whatever their situation, given under a condition: in part
    ("Une tablette prêtée aux seniors de plus de 75 ans.", "Prêter une tablette aux seniors, quel que soit leur âge.",
     "Retenue en partie (une partie du public)"),
    ("Un vélo prêté aux foyers dont un membre habite un hameau.",
     "Prêter un vélo électrique à tous les foyers, quelle que soit leur commune.", "Retenue en partie (une partie du public)"),
    ("La cantine à 1 euro sera réservée aux familles du quotient 1.",
     "La cantine à 1 euro sans condition de ressources", "Retenue en partie (une partie du public)"),
    ("Une aide sous conditions de ressources pour le permis.", "Une aide au permis pour tous les jeunes, quels que soient leurs revenus.",
     "Retenue en partie (une partie du public)"),
    # no condition set, or none refused by the demand: no lowering
    ("Une tablette prêtée à tous les seniors.", "Prêter une tablette aux seniors, quel que soit leur âge.", ""),
    ("Une tablette prêtée aux seniors de plus de 75 ans.", "Prêter une tablette aux seniors.", ""),
    # a state saying less already stays
    ("Une tablette prêtée aux seniors de plus de 75 ans.", "Prêter une tablette aux seniors, quel que soit leur âge.", "Reportée"),
])
def test_an_action_setting_a_condition_the_demand_refused_answers_in_part(action, demand, expected):
    from nlp_stn.status import condition_state

    assert condition_state(action, "Reportée" if expected == "Reportée" else "", demand) == expected


@pytest.mark.parametrize("action, demand, expected", [
    # the school classes an action names are the pupils the demand names beside the parents
    ("Ateliers sur les écrans en CM1-CM2 et soirée d'information pour les parents",
     "Des ateliers sur les écrans pour les élèves et pour les parents", ""),
    ("Des séances de prévention en 4e et 3e et une réunion des parents",
     "Des séances de prévention pour les élèves et leurs parents", ""),
    # the classes alone, without the parents asked for beside them: part of the public
    ("Deux séances sur les écrans par classe de 6e et de 5e dans les collèges",
     "Des ateliers sur les écrans pour les élèves et leurs parents", "Retenue en partie (une partie du public)"),
    # no class named: the parents alone are part of the public, as before
    ("Une soirée d'information pour les parents", "Des ateliers pour les élèves et pour les parents",
     "Retenue en partie (une partie du public)"),
])
def test_school_classes_named_by_an_action_are_its_pupils(action, demand, expected):
    from nlp_stn.status import public_state

    assert public_state(action, "", demand) == expected


@pytest.mark.parametrize("action, demand, expected", [
    # one of the two publics named together: in part
    ("Sensibilisation des agents à la cybersécurité : module en ligne pour tous les agents",
     "Former les agents et les élus aux bons réflexes de cybersécurité", "Retenue en partie (une partie du public)"),
    ("Des ateliers sur les écrans pour les collégiens", "Des ateliers dans les collèges pour les élèves ainsi que "
     "leurs parents", "Réalisée"),  # « collégiens » is neither « élèves » nor « parents »: nothing said
    ("Des ateliers sur les écrans pour les parents", "Des ateliers pour les élèves ainsi que pour leurs parents",
     "Retenue en partie (une partie du public)"),
    # both named, or neither: nothing said of the public
    ("Former les élus et les agents", "Former les agents et les élus", "Réalisée"),
    ("Un plan de formation à la cybersécurité", "Former les agents et les élus", "Réalisée"),
    # general nouns of people are named in other words (« les plus de 70 ans »)
    ("Donner des ordinateurs aux familles modestes et aux plus de 70 ans",
     "Donner des ordinateurs aux familles et aux personnes âgées", "Réalisée"),
    # two things, not two publics: list_state's business
    ("Publier les budgets", "Publier les budgets et les délibérations", "Réalisée"),
])
def test_an_action_serving_one_of_two_publics_named_together_answers_in_part(action, demand, expected):
    from nlp_stn.status import public_state

    assert public_state(action, "Réalisée", demand) == expected


@pytest.mark.parametrize("action, demand, expected", [
    # another public than the one asked: the thing given to someone else
    ("Les vélos réformés seront donnés aux associations sportives.", "Donner les vélos réformés aux familles",
     "Retenue en partie (un autre public)"),
    ("Une soirée sur le harcèlement sera proposée aux collégiens.", "Une soirée sur le harcèlement pour les parents",
     "Retenue en partie (un autre public)"),
    ("Un atelier cuisine pour les seniors.", "Un atelier cuisine pour les étudiants", "Retenue en partie (un autre public)"),
    # the same public under another noun
    ("Les vélos réformés seront donnés aux foyers modestes.", "Donner les vélos réformés aux familles modestes", ""),
    ("Une soirée sur le harcèlement pour les enfants.", "Une soirée sur le harcèlement pour les élèves", ""),
    # the public asked named too, or everyone
    ("Une soirée proposée aux collégiens et à leurs parents.", "Une soirée pour les parents", ""),
    ("Une soirée ouverte à tous les habitants, proposée aux collégiens.", "Une soirée pour les parents", ""),
    # no public given by the action, or none asked by the demand
    ("Une soirée sur le harcèlement.", "Une soirée sur le harcèlement pour les parents", ""),
    ("Une soirée proposée aux collégiens.", "Une soirée sur le harcèlement", ""),
    # a public the demand keeps away (« sans … aux parents ») is none asked
    ("Un lieu d'écoute pour les jeunes.", "Un lieu d'écoute, sans rien dire aux parents", ""),
])
def test_an_action_giving_the_thing_to_another_public_answers_in_part(action, demand, expected):
    from nlp_stn.status import OTHER_PUBLIC_STATE, other_public_state, status_cap

    assert other_public_state(action, "", demand) == expected
    assert other_public_state(action, "Non retenue", demand) == "Non retenue"  # a lower state stays
    assert status_cap(OTHER_PUBLIC_STATE) == "partiellement"


def test_another_public_is_read_in_the_actions_description():
    from nlp_stn.status import OTHER_PUBLIC_STATE, answer_state

    assert answer_state("Réemploi des vélos", "", "Donner les vélos réformés aux familles",
                        "Les vélos réformés seront réparés et donnés aux associations du quartier.") == OTHER_PUBLIC_STATE


@pytest.mark.parametrize("action, demand, expected", [
    # a threshold set on the thing asked for each one
    ("Chaque pétition qui réunit au moins 300 signatures sera débattue en conseil.",
     "Que chaque pétition soit débattue en conseil", "Retenue en partie (sous condition)"),
    ("Les questions qui obtiennent plus de 20 votes recevront une réponse.",
     "Une réponse à toutes les questions", "Retenue en partie (sous condition)"),
    ("Les pétitions seront débattues à partir de 300 signatures.",
     "Que chaque pétition soit débattue", "Retenue en partie (sous condition)"),
    # no threshold: a date, an age, a year, or every one
    ("Chaque pétition sera débattue à partir de 2027.", "Que chaque pétition soit débattue", ""),
    ("Chaque pétition sera débattue, au moins 2 fois par an.", "Que chaque pétition soit débattue", ""),
    ("Chaque pétition sera débattue en conseil.", "Que chaque pétition soit débattue en conseil", ""),
    # the demand asks for no each one
    ("Les pétitions seront débattues à partir de 300 signatures.", "Débattre des pétitions", ""),
])
def test_a_threshold_on_the_thing_asked_for_each_one_answers_in_part(action, demand, expected):
    from nlp_stn.status import CONDITION_STATE, condition_state, status_cap

    assert condition_state(action, "", demand) == expected
    assert condition_state(action, "Non retenue", demand) == "Non retenue"
    assert status_cap(CONDITION_STATE) == "partiellement"


@pytest.mark.parametrize("action, demand, expected", [
    # the thing asked for each one given only to those who volunteer or ask for it
    ("Un diagnostic énergétique sera proposé aux communes volontaires.",
     "Un diagnostic énergétique dans toutes les communes", "Retenue en partie (sous condition)"),
    ("Les bibliothèques rurales volontaires recevront une liseuse.",
     "Une liseuse dans chaque bibliothèque", "Retenue en partie (sous condition)"),
    ("Un composteur sera livré aux quartiers qui le demandent.",
     "Installer un composteur dans tous les quartiers", "Retenue en partie (sous condition)"),
    ("Les associations qui en font la demande recevront un kit.",
     "Un kit pour chaque association", "Retenue en partie (sous condition)"),
    # volunteers of another noun than the one asked for each one, or no each one asked
    ("Un diagnostic dans toutes les communes, avec des habitants volontaires.",
     "Un diagnostic énergétique dans toutes les communes", ""),
    ("Un diagnostic énergétique sera proposé aux communes volontaires.",
     "Un diagnostic énergétique des communes", ""),
    ("Un diagnostic énergétique dans toutes les communes.", "Un diagnostic énergétique dans toutes les communes", ""),
])
def test_the_thing_asked_for_each_one_given_to_volunteers_answers_in_part(action, demand, expected):
    from nlp_stn.status import answer_state, condition_state

    assert condition_state(action, "", demand) == expected
    assert condition_state(action, "Non retenue", demand) == "Non retenue"
    assert answer_state("Diagnostic", "", demand, action) == (expected or "")
