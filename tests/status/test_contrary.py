"""nlp_stn.status.contrary: another way than asked, adding what a demand refuses, a relay to another body."""
from nlp_stn.status import status_cap


def test_an_action_setting_aside_what_a_demand_asks_answers_it_in_part_at_most():
    # « plutôt que de … », « au lieu de … »: another way to the same end; only a demand that asks
    # for the thing set aside (a content word in common) is capped, and a lower stated fate stays
    from nlp_stn.status import ALTERNATIVE_STATE, alternative_state

    action = "Cinéma itinérant. Au lieu de construire une salle de cinéma, un camion-cinéma passera chaque mois."
    assert alternative_state(action, "", "Construire une salle de cinéma au bourg") == ALTERNATIVE_STATE
    assert alternative_state(action, "En cours", "Ouvrir une salle de cinéma") == ALTERNATIVE_STATE
    assert alternative_state(action, "", "Des séances de cinéma en plein air l'été") == ""
    assert alternative_state(action, "Abandonnée", "Construire une salle de cinéma") == "Abandonnée"
    assert alternative_state("Un camion-cinéma passera chaque mois.", "", "Construire une salle de cinéma") == ""
    # a figure replaced is no thing set aside
    assert alternative_state("Durée portée à 6 ans au lieu de 4 aujourd'hui.", "", "Jusqu'à quand aujourd'hui ?") == ""


def test_a_demand_refusing_a_thing_is_not_taken_into_account_by_an_action_adding_it():
    # « Pas un … de plus », « Non aux … », « qu'aucun … ne soit installé », « arrêter d'installer »,
    # « ne pas construire », « nous refusons »: the thing refused; an action adding it goes against
    # the demand; one holding it back, or naming another thing, does not
    from nlp_stn.status import CONTRARY_STATE, answer_state, contrary_state, refused_things, status_cap
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


def test_an_action_that_only_asks_another_body_answers_in_part():
    # the authority asks, relays or pleads to the body that decides: it does not do the thing itself
    from nlp_stn.status import RELAY_STATE, answer_state, relay_state

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


def test_a_thing_refused_without_a_condition_asks_for_the_condition():
    from nlp_stn.status import answer_state, contrary_state, refused_things
    demand = "Qu'aucune nouvelle antenne relais ne soit installée dans le bourg sans une réunion publique préalable."
    assert refused_things(demand) == set()
    assert refused_things("Pas de nouvelles éoliennes sans concertation des riverains") == set()
    # « sans exception », « sans aucune dérogation » make the refusal whole
    assert refused_things("Pas de nouvelles éoliennes, sans exception") == {"eolien"}
    assert refused_things("Qu'aucun parking ne soit construit sans aucune dérogation") == {"parkin"}
    # the « sans » of another sentence sets no condition on the refusal
    assert refused_things("Non aux antennes. Un bourg sans voitures le dimanche.") == {"antenn"}
    action = "Antennes : toute nouvelle antenne sera présentée en réunion publique avant d'être installée."
    assert contrary_state(action, "", demand) == ""
    assert answer_state(action, "", demand) == ""
