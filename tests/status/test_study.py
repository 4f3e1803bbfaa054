"""nlp_stn.status.study: a study only, the rest put to study, a thing the description leaves out."""
import pytest


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
    from nlp_stn.status import studied_part_state

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
    from nlp_stn.status import left_out_state

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
    from nlp_stn.status import left_out_state

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
    from nlp_stn.status import left_out_state

    assert left_out_state(action, "", demand) == expected


def test_a_thing_left_out_lowers_no_state_already_lower():
    from nlp_stn.status import left_out_state

    assert left_out_state("Équiper les écoles élémentaires", "Abandonnée", "Équiper les écoles maternelles",
                          "Les écoles maternelles ne sont pas concernées.") == "Abandonnée"


def test_an_action_having_a_study_or_a_measurement_campaign_made_is_a_study():
    from nlp_stn.status import STUDY_STATE, study_state

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


def test_an_action_ordering_or_carrying_out_an_audit_or_a_diagnostic_is_a_study():
    from nlp_stn.status import STUDY_STATE, study_state

    demand = "Rendre la salle des fêtes accessible aux personnes en fauteuil roulant."
    assert study_state("Commander l'audit d'accessibilité de la salle des fêtes", "", demand) == STUDY_STATE
    assert study_state("Faire réaliser un diagnostic des accès de la salle des fêtes", "", demand) == STUDY_STATE
    assert study_state("Lancer un audit des bâtiments communaux", "", demand) == STUDY_STATE
    assert study_state("De commander une étude de mise aux normes de la salle", "", demand) == STUDY_STATE
    # the demand asks for the audit itself: the audit answers it
    assert study_state("Commander l'audit d'accessibilité de la salle des fêtes", "",
                       "Faire un audit d'accessibilité de la salle des fêtes") == ""
    # ordering things is a deed
    assert study_state("Commander des rampes amovibles pour la salle des fêtes", "", demand) == ""
    assert study_state("Commander les travaux de mise en accessibilité", "", demand) == ""


def test_an_article_opening_on_de_having_a_study_or_a_measurement_made_is_a_study():
    from nlp_stn.status import STUDY_STATE, study_state

    # an article of a deliberation opens on « De » / « D' »: « De faire réaliser une mesure de … »
    assert study_state("De faire réaliser une mesure du débit internet au lieu-dit des Saules.", "",
                       "Raccorder le lieu-dit des Saules à la fibre") == STUDY_STATE
    assert study_state("D'étudier avec le syndicat le passage du car par le lotissement.", "",
                       "Faire passer le car par le lotissement") == STUDY_STATE
    assert study_state("De faire réaliser une étude de sol sous l'ancienne halle.", "", "Rénover l'ancienne halle") == STUDY_STATE
    # « une mesure de soutien » is a policy, not a measurement; other deeds of an article stay deeds
    assert study_state("De lancer une mesure de soutien aux commerces du bourg.", "", "Aider les commerces du bourg") == ""
    assert study_state("De faire réaliser des travaux à l'école.", "", "Rénover l'école") == ""
    # the demand asks to measure: the measurement answers it
    assert study_state("De faire réaliser une mesure du débit internet aux Saules.", "",
                       "Mesurer le débit internet aux Saules") == ""


def test_a_study_to_be_delivered_is_a_study():
    from nlp_stn.status import STUDY_STATE, study_state

    # « sera rendue », « sera remise », « sera achevée »: the study's delivery, nothing built yet
    assert study_state("Une étude de programmation sur la reconversion de l'ancienne caserne en maison des "
                       "associations sera rendue en mai 2028.", "", "Transformer la caserne en maison des associations"
                       ) == STUDY_STATE
    assert study_state("Une étude sur le stationnement du bourg sera remise au conseil en juin.", "",
                       "Créer un parking au bourg") == STUDY_STATE
    # a report or a work delivered is no study
    assert study_state("Le nouveau gymnase sera achevé en juin 2028.", "", "Construire un gymnase") == ""


def test_a_decision_put_off_is_a_study():
    from nlp_stn.status import STUDY_STATE, study_state

    # « La décision de … sera prise … »: nothing decided yet, at most in part
    assert study_state("La décision d'agrandir la médiathèque sera prise au vu du diagnostic.", "",
                       "Agrandir la médiathèque du bourg") == STUDY_STATE
    assert study_state("La décision sur la piscine couverte sera prise en 2029.", "",
                       "Couvrir la piscine municipale") == STUDY_STATE
    # a decision taken, or one the demand asks to take, is no study
    assert study_state("La décision d'agrandir la médiathèque a été prise en mars.", "",
                       "Agrandir la médiathèque du bourg") == ""
    assert study_state("Les décisions du conseil seront publiées en ligne.", "", "Publier les décisions du conseil") == ""


def test_the_rest_put_to_study_by_a_named_doer_in_the_future_lowers_the_answer():
    """« le syndicat étudiera en 2029 … »: the active future of « étudier » puts the rest of the
    demand to study as « sera étudiée » does."""
    from nlp_stn.status import STUDIED_PART_STATE, studied_part_state

    demand = "Ouvrir une halte-garderie avec un accueil le samedi et un relais des assistantes maternelles"
    detail = "Une halte-garderie ouvrira en 2027, et le syndicat étudiera en 2029 la création du relais des assistantes maternelles."
    assert studied_part_state("Ouvrir une halte-garderie", "", demand, detail) == STUDIED_PART_STATE
    assert studied_part_state("Ouvrir une halte-garderie", "", demand, "Une halte-garderie ouvrira en 2027.") == ""


def test_an_authority_engaging_studies_or_studying_in_the_present_is_a_study():
    from nlp_stn.status import STUDY_STATE, study_state

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


def test_a_study_that_tells_the_faults_it_put_right_or_a_demand_taking_stock_is_no_mere_study():
    from nlp_stn.status import STUDY_STATE, study_state

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


def test_a_study_told_in_the_past_is_still_only_a_study():
    from nlp_stn.status import study_state

    # a report telling the study it commissioned: nothing delivered yet
    assert study_state("Une étude de programmation d'une salle de sport, près du collège, a été confiée à un "
                       "bureau d'études", "Réalisée", "Construire une salle de sport") == "À l'étude"
    assert study_state("Un audit des toitures a été commandé", "Réalisée", "Réparer les toitures") == "À l'étude"
    assert study_state("La salle de sport a été construite", "Réalisée", "Construire une salle de sport") == "Réalisée"


def test_what_counts_as_only_a_study():
    from nlp_stn.status import study_state

    assert study_state("Étude de faisabilité d'une maison de santé au bourg", "", "Une maison de santé au bourg") == (
        "À l'étude")
    assert study_state("Lancer une étude sur la maison de santé", "", "Une maison de santé au bourg") == "À l'étude"
    # a demand for a study is answered by one; homework help is no study; a lower fate stays
    assert study_state("Étude de faisabilité d'une maison de santé", "", "Étudier une maison de santé") == ""
    assert study_state("Études surveillées au collège", "", "Aide aux devoirs au collège") == ""
    assert study_state("Étude de faisabilité d'une maison de santé", "Abandonnée", "Une maison de santé") == "Abandonnée"
    # an answer's sentence whose subject is the study or the reflexion, or the authority engaging one
    assert study_state("Une réflexion sera engagée avec les clubs sur le partage du stade", "",
                       "Ouvrir le stade aux écoles") == "À l'étude"
    assert study_state("La commune engagera une réflexion sur les horaires de la piscine", "",
                       "Ouvrir la piscine le dimanche") == "À l'étude"
    assert study_state("Une réflexion sera engagée sur les horaires de la piscine", "",
                       "Réfléchir aux horaires de la piscine") == ""
    assert study_state("Une réflexion collective a nourri ce plan et la piscine ouvrira le dimanche", "",
                       "Ouvrir la piscine le dimanche") == ""


def test_a_study_or_an_audit_told_in_a_sentence_is_only_a_study():
    # « Une étude … sera menée », « Étudier … », « Un audit … sera proposé »: nothing delivered yet;
    # a deed that merely mentions a study afterwards is none, nor a study asked for by the demand
    from nlp_stn.status import study_state

    assert study_state("Une étude de faisabilité sera menée en 2027 pour ouvrir une crèche au bourg.", "",
                       "Ouvrir une crèche au bourg") == "À l'étude"
    assert study_state("Étudier une navette vers la gare.", "", "Une navette vers la gare") == "À l'étude"
    assert study_state("Un audit énergétique des écoles sera proposé aux communes.", "",
                       "Isoler les écoles") == "À l'étude"
    assert study_state("Audit de sécurité des serveurs municipaux", "", "Faire un audit des serveurs") == ""
    assert study_state("Une crèche ouvrira au bourg après une étude de faisabilité.", "", "Ouvrir une crèche") == ""
    assert study_state("Les études surveillées seront étendues au collège.", "", "Aide aux devoirs") == ""


def test_a_study_decided_in_the_present_with_a_long_object_is_only_a_study():
    # a deliberation's article: « Une étude de faisabilité … (…) est confiée à … », its object long
    from nlp_stn.status import study_state

    assert study_state("Une étude de faisabilité de la reconversion de l'ancienne gare en maison des associations "
                       "(bureaux partagés, salle de réunion) est confiée au syndicat mixte.", "",
                       "Transformer l'ancienne gare en maison des associations") == "À l'étude"
    assert study_state("Un diagnostic de l'éclairage des salles de sport est réalisé chaque année par les services.",
                       "", "Changer l'éclairage du gymnase") == "À l'étude"
    assert study_state("Une crèche est ouverte au bourg depuis l'étude de 2024.", "", "Ouvrir une crèche") == ""


def test_a_thing_stated_under_study_is_only_a_study():
    from nlp_stn.status import study_state

    # its subject first, then « est à l'étude », « est en réflexion », « sont en cours d'étude »
    assert study_state("Une halle couverte est à l'étude : un bureau d'études rendra ses plans en 2027.", "",
                       "Couvrir le marché") == "À l'étude"
    assert study_state("Le rachat des terrains du stade est en réflexion avec la commune ; une décision sera "
                       "prise en 2028.", "", "Racheter les terrains du stade") == "À l'étude"
    assert study_state("Les horaires de la piscine sont en cours d'étude avec les clubs.", "",
                       "Ouvrir la piscine le dimanche") == "À l'étude"
    # no longer or not studied; a demand for a study answered; a delivery first, the rest studied
    assert study_state("La navette n'est plus à l'étude : elle roulera dès 2027.", "", "Créer une navette") == ""
    assert study_state("La navette n'est pas en réflexion.", "", "Créer une navette") == ""
    assert study_state("Les horaires de la piscine sont en cours d'étude avec les clubs.", "",
                       "Étudier l'ouverture de la piscine le dimanche") == ""
    assert study_state("La piscine ouvrira le dimanche ; le créneau du soir est à l'étude.", "",
                       "Ouvrir la piscine le dimanche") == ""
