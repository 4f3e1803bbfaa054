"""nlp_stn.status.timing: less often, in one season, later than asked, only as a trial."""
import pytest

from nlp_stn.status import status_cap


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
    # a thing done « une première fois » where a frequency is asked: once so far; with a frequency, or none asked, no lowering
    ("Le bruit des routes sera mesuré une première fois en 2027.", "Mesurer chaque année le bruit des routes",
     "Retenue en partie (moins souvent que demandé)"),
    ("Le bruit sera mesuré une première fois en 2027, puis chaque année.", "Mesurer chaque année le bruit des routes", ""),
    ("Le bruit des routes sera mesuré une première fois en 2027.", "Mesurer le bruit des routes", ""),
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
    # a day asked each week (« chaque jeudi ») given once a month: less often; « le jeudi » only says when
    ("Un atelier aura lieu un jeudi soir par mois au foyer.", "Pourrait-on avoir un atelier chaque jeudi soir ?",
     "Retenue en partie (moins souvent que demandé)"),
    ("Un atelier aura lieu un jeudi soir par mois au foyer.", "Un atelier tous les jeudis au foyer",
     "Retenue en partie (moins souvent que demandé)"),
    ("Un atelier aura lieu un jeudi soir par mois au foyer.", "Un atelier le jeudi soir au foyer", ""),
    ("Un atelier aura lieu chaque jeudi soir au foyer.", "Un atelier chaque jeudi soir au foyer", ""),
    # two given days a month asked, one given: less often
    ("La salle accueillera le troc de graines un dimanche par mois.", "Un troc de graines deux dimanches par mois",
     "Retenue en partie (moins souvent que demandé)"),
    ("La salle accueillera le troc de graines deux dimanches par mois.", "Un troc de graines deux dimanches par mois", ""),
    # live data asked (« en temps réel »), a periodic summary given: in part; live given too: no lowering
    ("Les relevés hebdomadaires des sondes seront mis en ligne.", "Publier les relevés des sondes de la rivière en temps réel",
     "Retenue en partie (moins souvent que demandé)"),
    ("Les relevés des sondes seront mis en ligne en temps réel, avec un bilan annuel.",
     "Publier les relevés des sondes de la rivière en temps réel", ""),
])
def test_an_action_less_frequent_than_asked_answers_in_part(action, demand, expected):
    from nlp_stn.status import frequency_state

    assert frequency_state(action, "Reportée" if expected == "Reportée" else "", demand) == expected


def test_an_action_due_later_than_the_demand_asks_answers_in_part():
    # « avant 2028 » is by 2027; the action's earliest year counts; a state already lower stays
    from nlp_stn.status import LATER_STATE, answer_state, later_state

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
    from nlp_stn.status import LATER_STATE, later_state
    from nlp_stn.status.timing import _completion_years

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
    from nlp_stn.status import LATER_STATE, later_state

    asked = "Rénover la salle des fêtes et le gymnase avant la fin de 2027"
    assert later_state("La salle des fêtes sera rénovée d'ici 2027 ; le gymnase le sera en 2029.", "",
                       asked) == LATER_STATE
    # the later clause in time, naming nothing asked, or no year asked: no lowering
    assert later_state("La salle des fêtes sera rénovée d'ici 2027 ; le gymnase le sera en 2027.", "", asked) == ""
    assert later_state("La salle des fêtes et le gymnase seront rénovés d'ici 2027 ; bilan en 2029.", "", asked) == ""
    assert later_state("La salle des fêtes sera rénovée d'ici 2027 ; le gymnase le sera en 2029.", "",
                       "Rénover la salle des fêtes et le gymnase") == ""


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
    from nlp_stn.status import season_state
    assert season_state(action, "Reportée" if expected == "Reportée" else "", demand) == expected


def test_an_action_that_only_tries_the_thing_answers_in_part():
    # an experiment, a pilot phase or a trial delivers the thing only on trial
    from nlp_stn.status import TRIAL_STATE, answer_state, trial_state

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


def test_a_thing_said_tried_in_the_passive_answers_in_part():
    # « seront expérimentés » after an auxiliary: tried only; « expérimentés » after a noun of people: experienced
    from nlp_stn.status import TRIAL_STATE, answer_state, trial_state

    asked = "Équiper de capteurs les lampadaires de la rue des Lilas"
    assert trial_state("Des capteurs seront expérimentés sur les lampadaires du quai Nord.", "", asked) == TRIAL_STATE
    assert trial_state("La navette est expérimentée le samedi.", "", "Une navette le samedi") == TRIAL_STATE
    assert trial_state("Un composteur a été expérimenté au square Vert.", "", "Un composteur au square") == TRIAL_STATE
    assert answer_state("Des lampadaires intelligents", "", asked,
                        "Des capteurs seront expérimentées sur deux lampadaires.") == TRIAL_STATE
    # an adjective of people: experienced, no trial
    assert trial_state("Des ateliers animés par des bénévoles expérimentés.", "", "Des ateliers pour les aînés") == ""
    assert trial_state("Une équipe expérimentée installera les capteurs.", "", asked) == ""
    # the demand asks for a trial itself
    assert trial_state("Des capteurs seront expérimentés sur les lampadaires.", "", "Expérimenter des capteurs") == ""


@pytest.mark.parametrize("action, demand, expected", [
    # another day of the week than the one asked: not what was asked
    ("Le foyer ouvrira chaque jeudi après-midi.", "Que le foyer ouvre le dimanche après-midi",
     "Non retenue (un autre jour que demandé)"),
    ("L'accueil sera ouvert du lundi au vendredi de 9 h à 17 h.", "Ouvrir l'accueil le dimanche matin pour ceux qui travaillent",
     "Non retenue (un autre jour que demandé)"),
    # the day asked among those given, in a range or the week-end: no lowering
    ("L'accueil sera ouvert du mardi au samedi.", "Ouvrir l'accueil le jeudi soir", ""),
    ("Le foyer ouvrira le week-end.", "Que le foyer ouvre le dimanche après-midi", ""),
    ("Le foyer ouvrira le dimanche de 14 h à 18 h.", "Que le foyer ouvre le dimanche après-midi", ""),
    # one of two days asked given: no lowering here
    ("Le foyer ouvrira le jeudi soir.", "Ouvrir le foyer le jeudi soir et le dimanche", ""),
    # no day on one side: no lowering
    ("Le foyer ouvrira plus tard le soir.", "Que le foyer ouvre le dimanche après-midi", ""),
    ("Le foyer ouvrira chaque jeudi.", "Que le foyer ouvre plus tard", ""),
    # the day asked besides the thing (« y compris », « notamment »): the thing is given, in part
    ("L'accueil restera ouvert du lundi au vendredi.", "Garder l'accueil de la mairie, y compris le samedi matin",
     "Retenue en partie (un autre jour que demandé)"),
    # ... or beside another time of day, apart from the day (« le soir et le week-end »): in part
    ("Un animateur sera présent en soirée du lundi au jeudi.", "Un animateur au foyer le soir et le week-end",
     "Retenue en partie (un autre jour que demandé)"),
    ("Un animateur sera présent le mardi.", "Un animateur au foyer le samedi soir",
     "Non retenue (un autre jour que demandé)"),
    # the day the demand's author tells of (« nous jouons le dimanche ») is not asked
    ("Le gymnase ouvrira le mercredi soir.", "Ouvrir le gymnase plus tard. Nous jouons le dimanche au stade.", ""),
    # a state saying less already stays
    ("Le foyer ouvrira chaque jeudi.", "Que le foyer ouvre le dimanche", "Reportée"),
])
def test_an_action_on_another_day_than_asked(action, demand, expected):
    from nlp_stn.status import day_state

    assert day_state(action, "Reportée" if expected == "Reportée" else "", demand) == expected
