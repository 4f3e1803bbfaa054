import dataclasses

import pytest

from nlp_stn.model import (
    Segment,
    capped_status,
    normalise_for_id,
    pair_id,
    segment_id,
    shown_score,
    stated_best,
    status_cap,
    text_hash,
    threshold_value,
)


def test_segment_id_ignores_case_and_white_space():
    a = segment_id("lorient/avis.txt", "Développer  le\ntélétravail")
    b = segment_id("lorient/avis.txt", "développer le télétravail")
    assert a == b
    assert a.startswith("u") and len(a) == 13


def test_segment_id_depends_on_document_and_text():
    base = segment_id("lorient/avis.txt", "Développer le télétravail")
    assert segment_id("brest/cr.txt", "Développer le télétravail") != base
    assert segment_id("lorient/avis.txt", "Développer la fibre") != base


def test_segment_id_known_value_is_stable_across_versions():
    # Ids are stored in reviewers' decisions: changing the recipe would orphan them.
    assert segment_id("d", "x") == "u" + __import__("hashlib").sha1("d\x1fx".encode()).hexdigest()[:12]


def test_text_hash_normalises_unicode():
    composed = "é"
    decomposed = "e\u0301"
    assert text_hash(composed) == text_hash(decomposed)
    assert normalise_for_id(" A\u00a0b ") == "a b"


def test_pair_id_is_ordered_and_accepts_empty_action():
    assert pair_id("u1", "u2") != pair_id("u2", "u1")
    assert pair_id("u1", "") != pair_id("u1", "u2")
    assert pair_id("u1", "u2") == pair_id("u1", "u2")


def test_dataclasses_are_frozen():
    seg = Segment("u1", "d", "recommendation", "", "", "", "", None, 0, 1, "x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        seg.text = "y"


def test_added_fields_come_last_with_defaults():
    from nlp_stn.model import Decision, MatchRun

    decision = Decision("p", "d", "a", "oui")
    assert decision.corrected_hash == "" and dataclasses.fields(Decision)[-1].name == "corrected_hash"
    run = MatchRun("r", (), (), (), ())
    assert run.failures == () and dataclasses.fields(MatchRun)[-1].name == "failures"


def test_shown_score_is_cut_so_it_never_contradicts_a_threshold():
    assert [shown_score(v) for v in (0.9489, 0.95, 0.9499999, 0.3051, 1.0, 0.0)] == [0.94, 0.95, 0.94, 0.30, 1.0, 0.0]
    assert shown_score(0.94896, 3) == 0.948
    # for every threshold at the shown precision: shown >= threshold exactly when score >= threshold
    for t in (threshold_value(0.9491), threshold_value(0.3503), 0.07, 0.29, 0.57, 0.58):
        for k in range(-50, 51):
            score = t + k * 1e-5
            assert (shown_score(score) >= t) == (score >= t), (t, score)


def test_threshold_value_keeps_the_shown_precision():
    assert [threshold_value(v) for v in (0.9491, 0.3503, 0.244, 0.6344, 1)] == [0.95, 0.35, 0.24, 0.63, 1.0]


@pytest.mark.parametrize("state, cap", [
    ("Non retenue", "non pris en compte"), ("Abandonnée", "non pris en compte"),
    ("Avis défavorable", "non pris en compte"), ("Sans suite", "non pris en compte"), ("Non", "non pris en compte"),
    ("Retenue en partie", "partiellement"), ("Reportée en 2028", "partiellement"), ("Suspendue", "partiellement"),
    ("Favorable sous réserve", "partiellement"), ("Réalisée", "pris en compte"), ("En cours", "pris en compte"),
    ("Non démarrée", "pris en compte"), ("Non engagée", "pris en compte"),
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
    from nlp_stn.model import outranked

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


def test_an_action_setting_aside_what_a_demand_asks_answers_it_in_part_at_most():
    # « plutôt que de … », « au lieu de … »: another way to the same end; only a demand that asks
    # for the thing set aside (a content word in common) is capped, and a lower stated fate stays
    from nlp_stn.model import ALTERNATIVE_STATE, alternative_state

    action = "Cinéma itinérant. Au lieu de construire une salle de cinéma, un camion-cinéma passera chaque mois."
    assert alternative_state(action, "", "Construire une salle de cinéma au bourg") == ALTERNATIVE_STATE
    assert alternative_state(action, "En cours", "Ouvrir une salle de cinéma") == ALTERNATIVE_STATE
    assert alternative_state(action, "", "Des séances de cinéma en plein air l'été") == ""
    assert alternative_state(action, "Abandonnée", "Construire une salle de cinéma") == "Abandonnée"
    assert alternative_state("Un camion-cinéma passera chaque mois.", "", "Construire une salle de cinéma") == ""
    # a figure replaced is no thing set aside
    assert alternative_state("Durée portée à 6 ans au lieu de 4 aujourd'hui.", "", "Jusqu'à quand aujourd'hui ?") == ""


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
    from nlp_stn.model import list_state

    assert list_state(action, "Reportée" if expected == "Reportée" else "", demand) == expected


@pytest.mark.parametrize("action, demand, expected", [
    # less often than asked: in part
    ("Une permanence aura lieu tous les quinze jours au centre social.", "Ouvrir une permanence hebdomadaire au centre social",
     "Retenue en partie (moins souvent que demandé)"),
    ("Les agents seront formés chaque année. Un exercice d'évacuation aura lieu tous les deux ans.",
     "Former les agents chaque année et organiser un exercice d'évacuation annuel",
     "Retenue en partie (moins souvent que demandé)"),
    ("Une lettre d'information sera publiée chaque trimestre.", "Publier une lettre d'information mensuelle",
     "Retenue en partie (moins souvent que demandé)"),
    # as often or more often: no lowering
    ("Une permanence aura lieu chaque semaine.", "Une permanence tous les quinze jours", ""),
    ("Une lettre mensuelle sera envoyée.", "Publier chaque mois une lettre", ""),
    # more frequencies given than asked (a yearly review beside the monthly workshops): no lowering
    ("Des ateliers chaque mois ; un bilan sera publié chaque année.", "Des ateliers mensuels à la médiathèque", ""),
    # no frequency on one side: no lowering
    ("Des ateliers seront organisés à la médiathèque.", "Des ateliers mensuels à la médiathèque", ""),
    # the frequency of what the author does now (« on répare chaque mois ») is no frequency asked
    ("Une aide annuelle sera versée aux ateliers.", "Aider les ateliers de réparation. On répare chaque mois vingt vélos.", ""),
    ("Une réunion aura lieu tous les deux ans.", "Nous demandons une réunion annuelle des riverains",
     "Retenue en partie (moins souvent que demandé)"),
    # a state saying less already stays
    ("Une permanence tous les quinze jours", "Une permanence hebdomadaire", "Reportée"),
    # only the first one announced, no frequency: once so far, less often than asked
    ("Organiser en 2027 une première journée portes ouvertes de la déchetterie.",
     "Ouvrir la déchetterie au public une journée chaque année", "Retenue en partie (moins souvent que demandé)"),
    ("Un premier comptage des vélos aura lieu au printemps.", "Compter les vélos tous les trimestres",
     "Retenue en partie (moins souvent que demandé)"),
    # the first one, then a frequency as often as asked: no lowering
    ("Une première réunion en janvier, puis une réunion chaque mois.", "Une réunion mensuelle des riverains", ""),
    # a first one further on, not what the action does: no lowering
    ("Ouvrir un site des aides. Il permettra d'obtenir une première estimation du montant.",
     "Un conseiller des aides dans chaque commune une fois par mois", ""),
    # the first one where no frequency is asked: no lowering
    ("Réaliser un premier inventaire des arbres en 2027.", "Faire l'inventaire des arbres de la commune", ""),
    # a count per period: « deux fois par an » is every six months, a yearly meeting is rarer
    ("Une réunion annuelle des riverains aura lieu en mairie.", "Réunir les riverains deux fois par an",
     "Retenue en partie (moins souvent que demandé)"),
    ("Une réunion des riverains se tiendra chaque semestre.", "Réunir les riverains deux fois par an", ""),
    ("Un marché chaque mois sur la place.", "Un marché deux fois par mois sur la place",
     "Retenue en partie (moins souvent que demandé)"),
    ("Une collecte trois fois par an.", "Une collecte quatre fois par an", "Retenue en partie (moins souvent que demandé)"),
    # the same frequency said twice in the action is one frequency given
    ("Un comité annuel des usagers ; un bilan annuel publié en ligne.", "Un comité des usagers deux fois par an",
     "Retenue en partie (moins souvent que demandé)"),
    # half-days per week asked, one day of the week given: once a week, less often
    ("Un écrivain public recevra le jeudi après-midi à la médiathèque.",
     "Un écrivain public à la médiathèque au moins deux demi-journées par semaine",
     "Retenue en partie (moins souvent que demandé)"),
    ("Le point info ouvrira chaque vendredi.", "Ouvrir le point info deux jours par semaine",
     "Retenue en partie (moins souvent que demandé)"),
    # two days of the week given: twice a week, as asked; a date is no frequency
    ("Un écrivain public recevra le mardi matin et le jeudi après-midi.",
     "Un écrivain public deux demi-journées par semaine", ""),
    ("Le point info ouvrira le vendredi 4 septembre.", "Ouvrir le point info deux jours par semaine", ""),
])
def test_an_action_less_frequent_than_asked_answers_in_part(action, demand, expected):
    from nlp_stn.model import frequency_state

    assert frequency_state(action, "Reportée" if expected == "Reportée" else "", demand) == expected


def test_a_short_title_naming_one_listed_thing_is_read_with_its_description():
    """« Ouvrir nos budgets » over a description naming the three things a demand lists: the
    whole list is answered; a description naming only two still answers in part."""
    from nlp_stn.model import answer_state

    demand = "Publier en données ouvertes les budgets, les délibérations et les horaires des services"
    title = "Ouvrir nos budgets"
    assert answer_state(title, "", demand, "Seront publiés les budgets, les délibérations et les horaires des services.") == ""
    assert answer_state(title, "", demand, "Seront publiés les budgets et les délibérations.") == \
        "Retenue en partie (une partie de la liste)"
    assert answer_state(title, "", demand) == "Retenue en partie (une partie de la liste)"


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
    from nlp_stn.model import few_state

    assert few_state(action, "Reportée" if expected == "Reportée" else "", demand) == expected


@pytest.mark.parametrize("action, detail, demand, expected", [
    # the rest of what is asked put to study in the action's description: in part
    ("Poser des bancs au parc", "Dix bancs seront posés. Autour du stade municipal, une étude sera menée en 2028.",
     "Des bancs au parc et autour du stade municipal", "Retenue en partie (le reste à l'étude)"),
    ("Ouvrir la médiathèque le samedi", "Une réflexion sera engagée sur les horaires du dimanche matin.",
     "Ouvrir la médiathèque le samedi et le dimanche matin", "Retenue en partie (le reste à l'étude)"),
    # a study of something the demand does not name, or named in the title already: no lowering
    ("Poser des bancs au parc", "Autour du stade municipal, une étude sera menée en 2028.", "Des bancs au parc", ""),
    ("Poser des bancs au parc municipal", "Une étude sera menée sur le parc municipal.",
     "Des bancs au parc municipal", ""),
    # a diagnostic offered to those the demand names is the service itself, not a study of the rest
    ("Accompagner les structures de santé face aux cyber-risques",
     "Un diagnostic de cybersécurité gratuit sera proposé aux maisons de santé et aux EHPAD publics.",
     "Que les maisons de santé et les EHPAD soient accompagnés dans la sécurisation de leurs systèmes", ""),
    # a demand asking for a study itself: no lowering
    ("Poser des bancs au parc", "Autour du stade municipal, une étude sera menée.",
     "Étudier des bancs au parc et autour du stade municipal", ""),
])
def test_the_rest_of_a_demand_put_to_study_in_the_description(action, detail, demand, expected):
    from nlp_stn.model import studied_part_state

    assert studied_part_state(action, "", demand, detail) == expected


@pytest.mark.parametrize("action, detail, demand, expected", [
    # what the description leaves out is a thing the demand asks for: in part
    ("Équiper les écoles élémentaires de tablettes", "Trente classes équipées. Les écoles maternelles n'entrent pas "
     "dans le périmètre de l'opération.", "Des tablettes dans toutes les écoles, maternelles comprises",
     "Retenue en partie (le reste écarté)"),
    ("Rendre accessible le site de la métropole", "Audit réalisé en 2025. Les sites des communes ne sont pas concernés.",
     "Rendre accessibles les sites des communes", "Retenue en partie (le reste écarté)"),
    ("Installer un accueil numérique à la médiathèque", "Ouvert le mardi et le jeudi. Pas d'accueil dans les mairies "
     "annexes.", "Un accueil numérique dans chaque mairie", "Retenue en partie (le reste écarté)"),
    ("Publier les horaires des bus en données ouvertes", "Horaires publiés ; la publication des tarifs est reportée "
     "à 2028.", "Publier en données ouvertes les horaires et les tarifs des bus", "Retenue en partie (le reste écarté)"),
    ("Passer la messagerie des agents au logiciel libre", "Quarante boîtes migrées ; pas d'extension aux écoles à ce "
     "stade.", "Des logiciels libres dans les services et dans les écoles", "Retenue en partie (le reste écarté)"),
    # a thing left out that the demand does not ask for, or that the title names already: no lowering
    ("Équiper les écoles élémentaires de tablettes", "Les écoles maternelles n'entrent pas dans le périmètre.",
     "Des tablettes dans les écoles élémentaires", ""),
    ("Équiper les écoles maternelles de tablettes", "Les écoles maternelles ne sont pas concernées cette année.",
     "Des tablettes dans les écoles maternelles", ""),
    # « communes » is not « communauté »
    ("Former les agents à la cybersécurité", "Les agents des communes ne sont pas concernés.",
     "Former les agents de la communauté à la cybersécurité", ""),
    # no sentence leaving a thing out: no lowering
    ("Équiper les écoles élémentaires de tablettes", "Les écoles maternelles suivront en 2027.",
     "Des tablettes dans les écoles, maternelles comprises", ""),
])
def test_a_thing_asked_that_the_description_leaves_out(action, detail, demand, expected):
    from nlp_stn.model import left_out_state

    assert left_out_state(action, "", demand, detail) == expected


@pytest.mark.parametrize("action, demand, expected", [
    # a later clause of the action's own sentence leaves out a thing the demand asks for: in part
    ("Le guichet unique permettra en 2028 de demander une place en crèche et au centre de loisirs ; le "
     "transport scolaire, géré par la Région, n'y figurera pas.",
     "Un guichet unique pour la crèche, le centre de loisirs et le transport scolaire", "Retenue en partie (le reste écarté)"),
    ("Les horaires des bus seront publiés en données ouvertes. Les tarifs ne sont pas concernés.",
     "Publier en données ouvertes les horaires et les tarifs des bus", "Retenue en partie (le reste écarté)"),
    # the thing left out is not asked for, or no clause leaves anything out: no lowering
    ("Le guichet unique permettra de demander une place en crèche ; le transport scolaire n'y figurera pas.",
     "Un guichet unique pour la crèche", ""),
    ("Le guichet unique permettra de demander une place en crèche ; il ouvrira en 2028.",
     "Un guichet unique pour la crèche et le transport scolaire", ""),
])
def test_a_thing_asked_that_the_actions_own_later_clause_leaves_out(action, demand, expected):
    from nlp_stn.model import left_out_state

    assert left_out_state(action, "", demand) == expected


@pytest.mark.parametrize("action, demand, expected", [
    # a later sentence of the action telling a thing asked for still done the old way, or kept as
    # it is: in part
    ("Le calendrier des collectes est en ligne. Le signalement se fait toujours par courrier.",
     "Publier en ligne le calendrier des collectes et permettre le signalement des oublis", "Retenue en partie (le reste écarté)"),
    ("Réservation en ligne des courts de tennis. Les vestiaires restent à réserver auprès du gardien.",
     "Réserver en ligne les courts de tennis et les vestiaires", "Retenue en partie (le reste écarté)"),
    ("Les écoles auront le très haut débit en 2027. Leurs ordinateurs garderont pour l'instant leur système actuel.",
     "Le très haut débit dans les écoles et des ordinateurs neufs", "Retenue en partie (le reste écarté)"),
    # a long word of the same family as the one asked (« inscription », « s'inscrire »)
    ("Les stages de voile figurent dans l'agenda. L'inscription se fait toujours au club.",
     "Afficher les stages de voile dans l'agenda et pouvoir s'y inscrire", "Retenue en partie (le reste écarté)"),
    # the thing left out said first, the deed after it
    ("Pas dans les villages, faute de moyens. Le marché aura lieu chaque samedi au bourg.",
     "Un marché chaque samedi dans les villages", "Retenue en partie (le reste écarté)"),
    # what is left to do, impersonal; a thing still done that the demand does not ask for; a deed
    # naming what the first sentence leaves out: no lowering
    ("Réservation en ligne des courts de tennis. Il reste à publier les tarifs.",
     "Réserver en ligne les courts de tennis et publier les tarifs", ""),
    ("Réservation en ligne des courts de tennis. Le paiement se fait toujours sur place.",
     "Réserver en ligne les courts de tennis", ""),
    ("Pas dans les villages pour l'instant. Le marché aura lieu chaque samedi au bourg et dans les villages en été.",
     "Un marché chaque samedi dans les villages", ""),
    # « communes » is not « communauté »
    ("Le portail sert les agents. Les communes restent à raccorder.",
     "Un portail pour les agents et pour la communauté", ""),
])
def test_a_thing_asked_still_done_the_old_way_or_left_out_first(action, demand, expected):
    from nlp_stn.model import left_out_state

    assert left_out_state(action, "", demand) == expected


def test_a_thing_left_out_lowers_no_state_already_lower():
    from nlp_stn.model import left_out_state

    assert left_out_state("Équiper les écoles élémentaires", "Abandonnée", "Équiper les écoles maternelles",
                          "Les écoles maternelles ne sont pas concernées.") == "Abandonnée"


def test_an_action_having_a_study_or_a_measurement_campaign_made_is_a_study():
    from nlp_stn.model import STUDY_STATE, study_state

    # « Faire réaliser » a study or a campaign of measurements: nothing delivered yet
    assert study_state("Faire réaliser une campagne de mesures de la couverture mobile dans le vallon.", "",
                       "Installer une antenne relais dans le vallon") == STUDY_STATE
    assert study_state("Faire réaliser une étude de faisabilité d'une piscine.", "", "Construire une piscine") == STUDY_STATE
    assert study_state("Lancer une campagne de mesure du bruit près de l'école.", "",
                       "Un mur antibruit le long de la rocade") == STUDY_STATE
    # the demand asks to measure: the campaign answers it
    assert study_state("Faire réaliser une campagne de mesures de la qualité de l'air.", "",
                       "Mesurer la qualité de l'air dans les écoles") == ""
    # other things one has done are deeds
    assert study_state("Faire réaliser des travaux d'accessibilité à la mairie.", "", "Rendre la mairie accessible") == ""
    assert study_state("Lancer une campagne de communication sur le tri.", "", "Informer sur le tri") == ""


def test_a_study_to_be_delivered_is_a_study():
    from nlp_stn.model import STUDY_STATE, study_state

    # « sera rendue », « sera remise », « sera achevée »: the study's delivery, nothing built yet
    assert study_state("Une étude de programmation sur la reconversion de l'ancienne caserne en maison des "
                       "associations sera rendue en mai 2028.", "", "Transformer la caserne en maison des associations"
                       ) == STUDY_STATE
    assert study_state("Une étude sur le stationnement du bourg sera remise au conseil en juin.", "",
                       "Créer un parking au bourg") == STUDY_STATE
    # a report or a work delivered is no study
    assert study_state("Le nouveau gymnase sera achevé en juin 2028.", "", "Construire un gymnase") == ""


def test_a_decision_put_off_is_a_study():
    from nlp_stn.model import STUDY_STATE, study_state

    # « La décision de … sera prise … »: nothing decided yet, at most in part
    assert study_state("La décision d'agrandir la médiathèque sera prise au vu du diagnostic.", "",
                       "Agrandir la médiathèque du bourg") == STUDY_STATE
    assert study_state("La décision sur la piscine couverte sera prise en 2029.", "",
                       "Couvrir la piscine municipale") == STUDY_STATE
    # a decision taken, or one the demand asks to take, is no study
    assert study_state("La décision d'agrandir la médiathèque a été prise en mars.", "",
                       "Agrandir la médiathèque du bourg") == ""
    assert study_state("Les décisions du conseil seront publiées en ligne.", "", "Publier les décisions du conseil") == ""


def test_an_action_due_later_than_the_demand_asks_answers_in_part():
    # « avant 2028 » is by 2027; the action's earliest year counts; a state already lower stays
    from nlp_stn.model import LATER_STATE, answer_state, later_state

    asked = "Rénover la salle des fêtes avant la fin de l'année 2026"
    assert later_state("La salle sera rénovée d'ici l'été 2027.", "", asked) == LATER_STATE
    assert later_state("Travaux en 2026, finitions en 2027.", "", asked) == ""
    assert later_state("La salle sera rénovée en 2027.", "", "Rénover la salle des fêtes avant 2027") == LATER_STATE
    assert later_state("La salle sera rénovée en 2026.", "", "Rénover la salle des fêtes avant 2027") == ""
    assert later_state("La salle sera rénovée en 2029.", "Non retenue", asked) == "Non retenue"
    assert later_state("La salle sera rénovée.", "", asked) == ""
    assert status_cap(LATER_STATE) == "partiellement"
    # the year may be in the action's description only
    assert answer_state("Rénover la salle des fêtes", "", asked, "Les travaux auront lieu en 2028.") == LATER_STATE


def test_an_action_started_in_time_but_completed_later_answers_in_part():
    # an action giving a start (« dès », « démarrera en ») and an end (« d'ici », « au plus tard »,
    # « fin », « achevé en ») is judged by its end; a start alone, or years with no role, as before
    from nlp_stn.model import LATER_STATE, _completion_years, later_state

    asked = "Rénover la salle des fêtes avant la fin de l'année 2027"
    assert later_state("La salle sera rénovée d'ici fin 2029, les travaux commençant dès 2026.", "",
                       asked) == LATER_STATE
    assert later_state("Le chantier démarrera en 2026 et sera achevé en 2029.", "", asked) == LATER_STATE
    assert later_state("Dès 2026 les études, la salle rénovée au plus tard en 2030.", "", asked) == LATER_STATE
    assert later_state("Le chantier démarrera en 2026 et sera achevé en 2027.", "", asked) == ""
    assert later_state("La salle sera rénovée dès 2026.", "", asked) == ""
    assert later_state("Une première tranche dès 2026, la dernière en 2029.", "", asked) == ""
    assert _completion_years("Ouverte dès 2026 ; les travaux termin\u00e9s d\u2019 ici la fin de 2028.") == [2028]
    assert _completion_years("Les travaux démarreront en 2026 et seront achevés en 2029.") == [2029]
    assert _completion_years("Une première tranche dès 2026, la dernière en 2029.") == [2026, 2029]
    assert _completion_years("Rénovée avant 2030, dès 2026.") == [2029]


def test_a_part_put_off_in_a_later_clause_answers_in_part():
    # a later clause gives a thing the demand asks for, and the first clause does not name, only
    # years later than asked
    from nlp_stn.model import LATER_STATE, later_state

    asked = "Rénover la salle des fêtes et le gymnase avant la fin de 2027"
    assert later_state("La salle des fêtes sera rénovée d'ici 2027 ; le gymnase le sera en 2029.", "",
                       asked) == LATER_STATE
    # the later clause in time, naming nothing asked, or no year asked: no lowering
    assert later_state("La salle des fêtes sera rénovée d'ici 2027 ; le gymnase le sera en 2027.", "", asked) == ""
    assert later_state("La salle des fêtes et le gymnase seront rénovés d'ici 2027 ; bilan en 2029.", "", asked) == ""
    assert later_state("La salle des fêtes sera rénovée d'ici 2027 ; le gymnase le sera en 2029.", "",
                       "Rénover la salle des fêtes et le gymnase") == ""


def test_an_action_in_some_of_the_places_a_demand_lists_answers_in_part():
    # three names or more in a series (« à A, B et C »), not opening a sentence; the action names
    # some of them, not all; compound names (« Saint-Jean du Doigt ») are one name
    from nlp_stn.model import LIST_STATE, _named_series, places_state

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
    from nlp_stn.model import LIST_STATE, _named_places, places_state

    asked = "Ouvrir une permanence à la salle des Tilleuls, au foyer Bellevue et à la maison Saint-Roch."
    assert _named_places(asked) == [[{"tilleuls"}, {"bellevue"}, {"saint-roch"}]]
    assert _named_places("Ouvrir une permanence à la médiathèque, à la mairie et au centre social.") == []
    assert places_state("Une permanence se tiendra au foyer Bellevue chaque lundi.", "", asked) == LIST_STATE
    assert places_state("Une permanence au foyer Bellevue, à la maison Saint-Roch et à la salle des Tilleuls.", "",
                        asked) == ""
    assert places_state("Une permanence à la mairie.", "", asked) == ""


def test_a_post_given_part_time_where_the_demand_asks_it_full_time_answers_in_part():
    # « à temps plein / complet » asked, « à mi-temps », « à temps partiel », « à 80 % », « un
    # mi-temps » given: less than asked; full time given, or nothing asked of the time: as it was
    from nlp_stn.model import SMALLER_STATE, answer_state, time_share_state

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
    from nlp_stn.model import SMALLER_STATE, answer_state, budget_state
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
    from nlp_stn.model import quantity_state

    assert quantity_state(action, "", demand) == expected


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
    from nlp_stn.model import condition_state

    assert condition_state(action, "Reportée" if expected == "Reportée" else "", demand) == expected


@pytest.mark.parametrize("action, demand, expected", [
    # a shorter lifespan than asked, in figures or words, « ans » or « années », in the action or its description
    ("Allonger la durée de vie du matériel. Les ordinateurs seront renouvelés tous les cinq ans.",
     "Garder les tablettes au moins 8 ans", "Retenue en partie (moins que demandé)"),
    ("La durée d'usage des imprimantes sera portée à 6 années.",
     "Porter à neuf ans la durée d'utilisation des imprimantes", "Retenue en partie (moins que demandé)"),
    # as long or longer: unchanged
    ("La durée de vie des serveurs sera portée à dix ans.", "Conserver les serveurs au moins 8 ans", ""),
    # a deadline, an age or no word of lifespan: no lifespan compared
    ("Conserver les archives d'ici 3 ans.", "Conserver les archives au moins 8 ans", ""),
    ("Garder le lien avec les jeunes de 12 à 15 ans.", "Garder le lien avec les jeunes de 16 à 25 ans", ""),
    ("Former 6 ans de suite les agents.", "Garder les tablettes au moins 8 ans", ""),
])
def test_lifespan_state(action, demand, expected):
    from nlp_stn.model import lifespan_state
    assert lifespan_state(action, "", demand) == expected


@pytest.mark.parametrize("action, demand, expected", [
    # « un seul » counts one; a post « supplémentaire de » someone counts that person too
    ("Un seul poste supplémentaire d'animateur sera ouvert en 2030.", "Recruter trois animateurs de plus",
     "Retenue en partie (moins que demandé)"),
    ("Une seule navette desservira les hameaux.", "Mettre en service 4 navettes", "Retenue en partie (moins que demandé)"),
    ("Une seule navette desservira les hameaux.", "Une seule navette pour tous les hameaux", ""),
])
def test_quantity_state_one_only(action, demand, expected):
    from nlp_stn.model import quantity_state
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
    from nlp_stn.model import quantity_state
    assert quantity_state(action, "", demand) == expected


@pytest.mark.parametrize("action, demand, expected", [
    # held in one season where the demand asks it all year round: less often
    ("Des animations au pied des immeubles pendant les vacances d'été.", "Des animations au pied des immeubles chaque semaine",
     "Retenue en partie (moins souvent que demandé)"),
    ("Un cinéma en plein air en juillet-août.", "Un cinéma de quartier une fois par mois",
     "Retenue en partie (moins souvent que demandé)"),
    ("La piscine ouvre le dimanche chaque été.", "Ouvrir la piscine tous les dimanches, chaque semaine",
     "Retenue en partie (moins souvent que demandé)"),
    # a season named by the demand too, no frequency asked, or a yearly one: no lowering
    ("Un cinéma en plein air en juillet-août.", "Un cinéma en plein air chaque semaine pendant l'été", ""),
    ("Un cinéma en plein air en juillet-août.", "Un cinéma en plein air", ""),
    ("Une fête de quartier chaque été.", "Une fête de quartier une fois par an", ""),
    # a state saying less already stays
    ("Un cinéma en plein air en juillet-août.", "Un cinéma de quartier une fois par mois", "Reportée"),
])
def test_an_action_held_in_one_season_where_it_is_asked_all_year_answers_in_part(action, demand, expected):
    from nlp_stn.model import season_state
    assert season_state(action, "Reportée" if expected == "Reportée" else "", demand) == expected


def test_an_action_that_only_tries_the_thing_answers_in_part():
    # an experiment, a pilot phase or a trial delivers the thing only on trial
    from nlp_stn.model import TRIAL_STATE, answer_state, trial_state

    asked = "Ouvrir la ludothèque le dimanche matin"
    assert trial_state("La ludothèque ouvrira le dimanche matin, à titre expérimental.", "", asked) == TRIAL_STATE
    assert trial_state("Trois quartiers expérimenteront l'ouverture dominicale.", "", asked) == TRIAL_STATE
    assert trial_state("Expérimentation d'une ouverture dominicale", "", asked) == TRIAL_STATE
    assert trial_state("Une phase pilote d'ouverture le dimanche", "", asked) == TRIAL_STATE
    assert trial_state("Ouverture le dimanche à titre d'essai", "", asked) == TRIAL_STATE
    assert status_cap(TRIAL_STATE) == "partiellement"
    # the thing given, no trial
    assert trial_state("La ludothèque ouvrira le dimanche matin.", "", asked) == ""
    # the demand asks for a trial itself
    assert trial_state("Expérimenter l'ouverture dominicale", "", "Tester une ouverture le dimanche") == ""
    assert trial_state("Expérimenter l'ouverture dominicale", "", "Expérimenter l'ouverture le dimanche") == ""
    # the whole thing given on trial for a stated time
    assert trial_state("Ouverture le dimanche matin, à titre expérimental pendant un an.", "", asked) == ""
    assert trial_state("Ouverture le dimanche matin, en phase de test sur 6 mois.", "", asked) == ""
    # a lower state stays
    assert trial_state("Ouverture dominicale à titre expérimental", "Non retenue", asked) == "Non retenue"
    # the trial may be told in the action's description only
    assert answer_state("Ouvrir la ludothèque le dimanche", "", asked,
                        "Le service sera ouvert à titre expérimental.") == TRIAL_STATE
    # a side trial in a later sentence of the description is no trial of the thing asked
    assert answer_state("Ouvrir la ludothèque le dimanche", "", asked,
                        "Elle ouvrira le dimanche matin. En parallèle, une expérimentation de prêt de jeux sera conduite.") == ""


def test_an_action_for_the_authoritys_own_only_answers_a_demand_for_all_in_part():
    from nlp_stn.model import OWN_STATE, own_state

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


def test_the_rest_put_to_study_by_a_named_doer_in_the_future_lowers_the_answer():
    """« le syndicat étudiera en 2029 … »: the active future of « étudier » puts the rest of the
    demand to study as « sera étudiée » does."""
    from nlp_stn.model import STUDIED_PART_STATE, studied_part_state

    demand = "Ouvrir une halte-garderie avec un accueil le samedi et un relais des assistantes maternelles"
    detail = "Une halte-garderie ouvrira en 2027, et le syndicat étudiera en 2029 la création du relais des assistantes maternelles."
    assert studied_part_state("Ouvrir une halte-garderie", "", demand, detail) == STUDIED_PART_STATE
    assert studied_part_state("Ouvrir une halte-garderie", "", demand, "Une halte-garderie ouvrira en 2027.") == ""



def test_an_authority_engaging_studies_or_studying_in_the_present_is_a_study():
    from nlp_stn.model import STUDY_STATE, study_state

    # a scheme's measure in the present, maybe dated: the studies only are engaged
    assert study_state("Le Département engage en 2028 les études préalables au contournement du bourg.", "",
                       "Construire le contournement du bourg") == STUDY_STATE
    assert study_state("Nous lançons une réflexion sur la navette du marché.", "", "Créer une navette le jour du marché") == STUDY_STATE
    # the authority studying it, in the present or the future
    assert study_state("La commune étudie avec le syndicat la collecte des biodéchets.", "",
                       "Collecter les biodéchets en porte-à-porte") == STUDY_STATE
    assert study_state("La Région étudiera en 2027 une aide aux haltes rurales.", "", "Aider les haltes rurales") == STUDY_STATE
    # works engaged are deeds; students are no study
    assert study_state("Le Département engage en 2028 les travaux du contournement.", "",
                       "Construire le contournement du bourg") == ""
    assert study_state("Les étudiants seront logés au foyer.", "", "Loger les étudiants") == ""


def test_a_number_capped_per_body_answers_a_demand_for_each_place_in_part():
    # « dans la limite d'un projet par canton » gives fewer than one to each village asked;
    # « chacun des » asks for each as « chaque » does; a cap per the place asked, or a sum of
    # money, lowers nothing
    from nlp_stn.model import answer_state, every_state
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
    from nlp_stn.model import LIST_STATE, answer_state, span_state
    demand = "Accompagner les copropriétés, de l'audit jusqu'à la rénovation des façades."
    assert answer_state("Audits énergétiques des copropriétés", "", demand) == LIST_STATE
    assert span_state("Audits et rénovation des copropriétés", "", demand) == ""
    assert span_state("Audits énergétiques des copropriétés", "Non retenue", demand) == "Non retenue"
    # a time, not a series of steps
    assert span_state("Réservation en ligne des repas de la cantine", "",
                      "Pouvoir annuler les repas de la cantine jusqu'à la veille") == ""


def test_a_demand_refusing_a_thing_is_not_taken_into_account_by_an_action_adding_it():
    # « Pas un … de plus », « Non aux … », « qu'aucun … ne soit installé », « arrêter d'installer »,
    # « ne pas construire », « nous refusons »: the thing refused; an action adding it goes against
    # the demand; one holding it back, or naming another thing, does not
    from nlp_stn.model import CONTRARY_STATE, answer_state, contrary_state, refused_things, status_cap
    assert refused_things("Pas un lampadaire de plus dans le lotissement") == {"lampad"}
    assert refused_things("Non aux éoliennes sur la crête") == {"eolien"}
    assert refused_things("Stop au bétonnage des prairies") == {"betonn"}
    assert refused_things("Nous demandons qu’aucun nouveau parking ne soit construit au centre.") == {"parkin"}
    assert refused_things("Arrêtez d'installer des panneaux publicitaires") == {"pannea"}
    assert refused_things("Ne pas construire de lotissement au bord de la rivière") == {"lotiss"}
    assert refused_things("Nous refusons l'implantation d'un entrepôt logistique") == {"entrep"}
    assert refused_things("Pas de nouvelles éoliennes") == {"eolien"}
    # a suggestion, a lack, or a right to refuse: nothing refused
    assert refused_things("Pourquoi ne pas installer des bancs au parc ?") == set()
    assert refused_things("Pas de wifi à la salle des fêtes") == set()
    assert refused_things("Permettre aux abonnés de refuser le compteur communicant") == set()
    assert refused_things("Des aides aux familles et non aux entreprises") == set()
    demand = "Pas un lampadaire de plus dans le lotissement des Chênes"
    assert contrary_state("Éclairage : douze lampadaires supplémentaires", "", demand) == CONTRARY_STATE
    assert contrary_state("De nouveaux lampadaires seront posés rue des Chênes.", "", demand) == CONTRARY_STATE
    assert contrary_state("Aucun lampadaire ne sera ajouté.", "", demand) == ""
    assert contrary_state("Les lampadaires seront éteints de 23 h à 6 h.", "", demand) == ""
    assert contrary_state("Douze bancs supplémentaires au parc", "", demand) == ""
    assert contrary_state("Douze lampadaires supplémentaires", "Abandonnée", demand) == "Abandonnée"
    assert contrary_state("Douze lampadaires supplémentaires", "", "Un lampadaire devant l'école") == ""
    assert status_cap(CONTRARY_STATE) == "non pris en compte"
    # wired in answer_state, with the action's description
    assert answer_state("Éclairage public", "", "Non aux éoliennes sur la crête",
                        "Trois éoliennes seront implantées sur la crête en 2027.") == CONTRARY_STATE
    assert answer_state("Éclairage public", "", "Non aux éoliennes sur la crête",
                        "Le passage en LED se poursuit.") == ""


def test_a_study_that_tells_the_faults_it_put_right_or_a_demand_taking_stock_is_no_mere_study():
    from nlp_stn.model import STUDY_STATE, study_state

    # the audit tells the faults it found corrected: the work is done
    assert study_state("Audit de sécurité du réseau par un cabinet : 17 failles corrigées, dont les mots de passe.",
                       "Réalisée", "Sécuriser le réseau de la mairie") == "Réalisée"
    assert study_state("Audit de sécurité du réseau par un cabinet", "", "Sécuriser le réseau de la mairie") == STUDY_STATE
    # a demand asking to take stock asks for a diagnostic itself
    assert study_state("Diagnostic des haies du plateau", "", "Que la commune recense les haies et les replante") == ""
    assert study_state("Diagnostic des haies du plateau", "", "Que la commune replante les haies") == STUDY_STATE
    # a thing delivered joined to the study (« et formation de … »), not a step of it (« et concertation des … »)
    assert study_state("Audit énergétique des écoles et installation de robinets thermostatiques", "",
                       "Réduire la facture de chauffage des écoles") == ""
    assert study_state("Étude du plan de circulation et concertation des riverains", "",
                       "Un nouveau plan de circulation") == STUDY_STATE


def test_two_places_each_after_its_own_dans_answered_by_one_is_part_of_the_list():
    from nlp_stn.model import LIST_STATE, answer_state, place_pair_state

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
    from nlp_stn.model import public_state

    assert public_state(action, "", demand) == expected


def test_an_action_that_only_asks_another_body_answers_in_part():
    # the authority asks, relays or pleads to the body that decides: it does not do the thing itself
    from nlp_stn.model import RELAY_STATE, answer_state, relay_state

    asked = "Une navette entre le bourg et la gare tous les samedis"
    assert relay_state("La commune demandera au syndicat des transports une navette le samedi.", "", asked) == RELAY_STATE
    assert relay_state("Nous transmettrons à la Région la liste des arrêts attendus.", "", asked) == RELAY_STATE
    assert relay_state("La demande sera transmise par la commune à l'autorité organisatrice.", "", asked) == RELAY_STATE
    assert relay_state("Nous relaierons auprès du Département les besoins des familles.", "", asked) == RELAY_STATE
    assert relay_state("Demander à la Région une navette le samedi", "", asked) == RELAY_STATE
    assert relay_state("Le maire saisira le préfet de la question.", "", asked) == RELAY_STATE
    assert answer_state("Nous plaiderons auprès de la Région pour une navette le samedi.", "", asked) == RELAY_STATE
    assert status_cap(RELAY_STATE) == "partiellement"
    # a deed of its own besides the relay
    assert relay_state("La commune financera un abri et demandera au syndicat une navette.", "", asked) == ""
    assert relay_state("Recenser les besoins et les transmettre au syndicat des transports", "", asked) == ""
    assert relay_state("Les horaires seront transmis au syndicat et publiés en mairie.", "", asked) == ""
    # the thing done, or passed on to the public it informs, or received from another body
    assert relay_state("Une navette reliera le bourg à la gare le samedi.", "", asked) == ""
    assert relay_state("Les horaires seront transmis aux habitants par courrier.", "", asked) == ""
    assert relay_state("Le syndicat nous a transmis ses horaires.", "", asked) == ""
    # the demand asks the authority itself to ask, relay or plead: the relay is the whole answer
    relayed = "La commune demandera au syndicat des transports une navette le samedi."
    assert relay_state(relayed, "", "Que la commune demande au syndicat une navette le samedi") == ""
    assert relay_state(relayed, "", "Interpeller le syndicat sur la navette du samedi") == ""
    assert relay_state(relayed, "", "Porter auprès du syndicat la demande d'une navette") == ""
    assert relay_state(relayed, "", "Faire remonter au syndicat le besoin d'une navette") == ""
    # but the demander's own « Demande à … » asks the other body, not the authority
    assert relay_state(relayed, "", "Demande au syndicat une navette le samedi ;") == RELAY_STATE
    # a lower fate stated stays
    assert relay_state(relayed, "Reportée", asked) == "Reportée"
    # « porter » pleads only « auprès de » a body; « Signaler … » opening an action is the public's service
    assert relay_state("Nous porterons auprès de la Région la demande d'une navette.", "", asked) == RELAY_STATE
    assert relay_state("La durée d'usage des ordinateurs sera portée à sept ans.", "", "Garder les ordinateurs sept ans") == ""
    assert relay_state("Porter à six ans la durée d'usage des ordinateurs", "", "Garder les ordinateurs six ans") == ""
    assert relay_state("Signaler un problème de voirie à la mairie depuis son téléphone", "", "Une appli de signalement") == ""
    # the authority says it takes the demand up: the relay is the answer it chose
    assert relay_state(relayed, "Oui", asked) == "Oui"
    assert relay_state(relayed, "Retenue", asked) == "Retenue"
    assert relay_state(relayed, "En cours", asked) == RELAY_STATE


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
    from nlp_stn.model import quantity_state
    assert quantity_state(action, "", demand) == expected


def test_amounts_reads_a_percentage_noun_after_a_possessive():
    from nlp_stn.model import _amounts
    assert _amounts("20 % de ses achats et 5 % de leurs véhicules") == {"%:achat": 20.0, "%:vehicule": 5.0}
    assert _amounts("30 % de l'énergie et 10 % de cette somme") == {"%:energie": 30.0, "%:somme": 10.0}
    assert _amounts("Augmenter de 10 % d'ici 2030") == {"%": 10.0}
