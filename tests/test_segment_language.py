"""Segmentation, language of demands (nlp_stn.segment.language and its vocabulary): how a
citizens' text phrases what it asks, on short documents written for the tests."""
import pytest

from nlp_stn.extract import extract
from nlp_stn.segment import classify_leadin, segment
from nlp_stn.settings import Settings

SETTINGS = Settings()
OPINION = "Avis du conseil de développement sur le projet de plan vélo\n\n"


def _kinds(tmp_path, text, name="avis.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [(s.kind, s.label, s.text) for s in segment(extract(path, SETTINGS), SETTINGS)]


def test_a_demand_carried_by_a_noun_after_the_authors_verb(tmp_path):
    assert _kinds(tmp_path, OPINION + (
        "Le conseil renouvelle sa demande qu'une liaison cyclable relie le lycée à la gare routière.\n\n"
        "Il exprime aussi son souhait que les arceaux du marché soient couverts.\n\n"
        "Nous rappelons notre demande de repeindre les passages piétons devant les écoles.\n\n"
        "Sa demande de subvention a été déposée en janvier auprès du Département.\n")) == [
        ("recommendation", "", "Le conseil renouvelle sa demande qu'une liaison cyclable relie le lycée à la gare routière."),
        ("recommendation", "", "Il exprime aussi son souhait que les arceaux du marché soient couverts."),
        ("recommendation", "", "Nous rappelons notre demande de repeindre les passages piétons devant les écoles."),
    ]


def test_two_clauses_after_one_demand_verb_are_two_demands(tmp_path):
    assert _kinds(tmp_path, OPINION + (
        "Le conseil demande aussi que les pistes soient déneigées en priorité, et que le plan de jalonnement soit "
        "publié avant l'hiver.\n\n"
        "Nous demandons que les travaux qui traînent depuis deux ans soient achevés et que la rue rouvre vite.\n")) == [
        ("recommendation", "", "Le conseil demande aussi que les pistes soient déneigées en priorité"),
        ("recommendation", "", "que le plan de jalonnement soit publié avant l'hiver."),
        ("recommendation", "",
         "Nous demandons que les travaux qui traînent depuis deux ans soient achevés et que la rue rouvre vite."),
    ]


def test_a_conditional_passive_asks_in_an_opinion_not_in_a_plan(tmp_path):
    asked = ("Le stationnement des vélos devant la mairie devrait par ailleurs être sécurisé et éclairé.\n\n"
             "La vieille passerelle mériterait d'être remplacée.\n")
    assert _kinds(tmp_path, OPINION + asked) == [
        ("recommendation", "", "Le stationnement des vélos devant la mairie devrait par ailleurs être sécurisé et éclairé."),
        ("recommendation", "", "La vieille passerelle mériterait d'être remplacée."),
    ]
    assert _kinds(tmp_path, "Stratégie vélo de la communauté de communes 2026-2030\n\n" + asked, "plan.txt") == []


def test_a_suggestion_as_a_rhetorical_question_and_an_imperative_of_a_demand_verb(tmp_path):
    assert _kinds(tmp_path, OPINION + (
        "Et pourquoi pas un atelier de réparation de vélos dans l'ancienne gare ?\n\n"
        "Réclamons aussi un parking à vélos couvert au collège !!\n\n"
        "Exigeons des itinéraires continus entre les bourgs.\n\n"
        "Partageons nos trajets du quotidien sur la carte.\n")) == [
        ("recommendation", "", "Et pourquoi pas un atelier de réparation de vélos dans l'ancienne gare ?"),
        ("recommendation", "", "Réclamons aussi un parking à vélos couvert au collège !!"),
        ("recommendation", "", "Exigeons des itinéraires continus entre les bourgs."),
    ]


def test_a_question_told_or_a_titles_question_is_no_question(tmp_path):
    assert _kinds(tmp_path, OPINION + (
        "Des parents nous demandent pourquoi la piste s'arrête avant le collège.\n\n"
        "Beaucoup de cyclistes se demandent si le pont sera un jour aménagé.\n\n"
        "L'atelier « Quelle place pour le vélo au bourg ? » tenu en juin a réuni quarante habitants.\n\n"
        "Un habitant a interrogé le maire : « Quand la piste sera-t-elle prolongée ? »\n")) == [
        ("question", "", "Quand la piste sera-t-elle prolongée ?"),
    ]


@pytest.mark.parametrize("text", ["Nos cinq attentes :", "Nos principales attentes :", "Nos trois demandes prioritaires :"])
def test_a_lead_in_naming_the_authors_expectations_with_a_number_or_an_adjective(text):
    assert classify_leadin(text) == "recommendation"


def test_the_items_under_our_expectations_are_demands(tmp_path):
    assert _kinds(tmp_path, OPINION + (
        "Nos quatre attentes :\n\n1. Un garage à vélos sécurisé à la gare\n2. Des bandes cyclables sur la route du port\n")) == [
        ("recommendation", "1", "Un garage à vélos sécurisé à la gare"),
        ("recommendation", "2", "Des bandes cyclables sur la route du port"),
    ]


SYNTHESIS = "Bilan de la concertation sur les mobilités du quotidien\n\n"


def test_a_demand_reported_as_a_noun_phrase_after_an_impersonal_frame(tmp_path):
    assert _kinds(tmp_path, SYNTHESIS + (
        "Une demande récurrente porte sur l'éclairage du chemin qui longe l'étang jusqu'au collège.\n\n"
        "Il ressort des réunions de quartier le besoin d'un abri pour les vélos près de la halle.\n\n"
        "Il ressort de la concertation la nécessité de pouvoir louer un vélo à assistance électrique au mois.\n\n"
        "La réouverture de la passerelle du moulin est très attendue.\n\n"
        "Le nouveau plan de circulation est attendu pour le printemps.\n\n"
        "Les habitants attendent la création d'une voie verte vers la zone d'activités.\n\n"
        "Les usagers attendent des heures à l'arrêt du car.\n\n"
        "Beaucoup réclament des places de stationnement pour les vélos cargos.\n")) == [
        ("recommendation", "", "Une demande récurrente porte sur l'éclairage du chemin qui longe l'étang jusqu'au collège."),
        ("recommendation", "", "Il ressort des réunions de quartier le besoin d'un abri pour les vélos près de la halle."),
        ("recommendation", "",
         "Il ressort de la concertation la nécessité de pouvoir louer un vélo à assistance électrique au mois."),
        ("recommendation", "", "La réouverture de la passerelle du moulin est très attendue."),
        ("recommendation", "", "Les habitants attendent la création d'une voie verte vers la zone d'activités."),
        ("recommendation", "", "Beaucoup réclament des places de stationnement pour les vélos cargos."),
    ]


def test_two_things_after_a_reporting_frame_are_two_demands(tmp_path):
    assert _kinds(tmp_path, SYNTHESIS + (
        "Une attente forte porte sur la réfection des trottoirs du bourg et le marquage des passages piétons "
        "devant les écoles.\n")) == [
        ("recommendation", "", "Une attente forte porte sur la réfection des trottoirs du bourg"),
        ("recommendation", "", "le marquage des passages piétons devant les écoles."),
    ]


def test_a_reporting_frame_in_an_authoritys_plan_is_no_demand(tmp_path):
    assert _kinds(tmp_path, "Stratégie mobilités de la communauté de communes 2026-2030\n\n" + (
        "Une attente forte porte sur l'éclairage du chemin qui longe l'étang jusqu'au collège.\n"), "plan.txt") == []


MINUTES = "Compte rendu de la réunion du conseil de quartier du Vieux-Port\n\n"


def test_minutes_report_a_thing_asked_for_or_a_possibility_asked_about(tmp_path):
    # « ont souhaité la création de … », « a demandé s'il serait possible de … »: demands told in
    # the past; « a demandé où en était … » asks nothing to be done
    assert _kinds(tmp_path, MINUTES + (
        "Les parents d'élèves ont souhaité la création d'un abri pour les vélos devant le collège.\n\n"
        "M. Abgrall a demandé s'il serait possible de consulter les menus de la cantine en ligne.\n\n"
        "Mme Pennec a demandé où en était la réfection du gymnase.\n\n"
        "Les riverains ont évoqué la fermeture de la boulangerie.\n")) == [
        ("recommendation", "", "Les parents d'élèves ont souhaité la création d'un abri pour les vélos devant le collège."),
        ("recommendation", "", "M. Abgrall a demandé s'il serait possible de consulter les menus de la cantine en ligne."),
    ]


def test_a_demand_whose_place_the_sentence_before_names_keeps_that_sentence(tmp_path):
    # « Il a demandé que des projecteurs y soient installés »: « y » is the place the sentence
    # before named; not « il y ait », and not when the sentence before is a unit of its own
    assert _kinds(tmp_path, MINUTES + (
        "M. Le Goff a rappelé que le terrain de basket du quartier n'est pas éclairé. "
        "Il a demandé que des projecteurs y soient installés.\n\n"
        "Mme Salaün a évoqué les voitures qui roulent trop vite rue Jean-Jaurès. "
        "Elle a demandé qu'il y ait un radar pédagogique.\n")) == [
        ("recommendation", "", "M. Le Goff a rappelé que le terrain de basket du quartier n'est pas éclairé. "
                               "Il a demandé que des projecteurs y soient installés."),
        ("recommendation", "", "Elle a demandé qu'il y ait un radar pédagogique."),
    ]


def test_a_council_wishing_its_own_proposals_be_heard_asks_for_nothing(tmp_path):
    assert _kinds(tmp_path, (
        "Avis du conseil de développement\n\n"
        "Le conseil demande que chaque commune dispose d'un accueil numérique ouvert le samedi.\n\n"
        "En conclusion, le conseil partage les objectifs du plan et souhaite que ses propositions "
        "contribuent à le rendre plus proche des habitants.\n\n"
        "Il espère vivement que cet avis sera entendu.\n\n"
        "Il souhaite que ces recommandations soient intégrées au schéma de 2027.\n")) == [
        ("recommendation", "", "Le conseil demande que chaque commune dispose d'un accueil numérique ouvert le samedi."),
        ("recommendation", "", "Il souhaite que ces recommandations soient intégrées au schéma de 2027."),
    ]


def test_spoken_wishes_cleft_or_with_the_thing_wished_are_demands_but_not_a_subject_announced(tmp_path):
    # a meeting's words: the demand set out in a cleft sentence (« ce que je demande, c'est que … »,
    # « ce qu'il nous faudrait, c'est … »), a conditional wish with its thing (« on voudrait un … »);
    # a speaker announcing a subject (« je voudrais parler de … ») or asking for a date asks nothing
    assert _kinds(tmp_path, "Réunion de quartier des Tilleuls\n\n" + (
        "Euh, moi je voudrais parler du stationnement. Les voitures sont garées partout le soir.\n\n"
        "Moi ce que je demande, c'est que la rue des Tilleuls passe en zone 30.\n\n"
        "Ce qu'il nous faudrait, c'est un parking pour les vélos devant la boulangerie.\n\n"
        "Alors je voudrais revenir sur les travaux. On voudrait juste une date.\n\n"
        "Les parents, on voudrait un passage piéton devant l'école.\n\n"
        "Ce dont on aurait besoin, c'est d'une navette le samedi.\n")) == [
        ("recommendation", "", "Moi ce que je demande, c'est que la rue des Tilleuls passe en zone 30."),
        ("recommendation", "", "Ce qu'il nous faudrait, c'est un parking pour les vélos devant la boulangerie."),
        ("recommendation", "", "Les parents, on voudrait un passage piéton devant l'école."),
        ("recommendation", "", "Ce dont on aurait besoin, c'est d'une navette le samedi."),
    ]


def test_a_rare_verb_the_tagger_misses_is_read_by_the_lemmatizers_verbs(tmp_path):
    from nlp_stn.nlp import verb_only_lemmas

    # « Résorber » is tagged a noun or an adjective by the model; the lemmatizer lists it as a verb
    # only, so a list item it opens before a determiner or an adverb is a demand; a word that is
    # also a noun (« conseiller », « goûter ») or a form that is no infinitive is no such verb
    verbs = verb_only_lemmas()
    assert {"résorber", "mutualiser"} <= verbs
    assert not {"conseiller", "goûter", "devoir", "atelier", "premier", "centre"} & verbs
    assert _kinds(tmp_path, "Réunion publique\n\nLes habitants signalent des pannes.\n"
                            "• Résorber en priorité les zones blanches.\n"
                            "• Résorber les zones blanches des hameaux.\n"
                            "• Former les agriculteurs.\n") == [
        ("recommendation", "", "Résorber en priorité les zones blanches."),
        ("recommendation", "", "Résorber les zones blanches des hameaux."),
        ("recommendation", "", "Former les agriculteurs."),
    ]


def test_voir_sends_elsewhere_but_voir_ou_en_sont_asks_to_know(tmp_path):
    # a workshop's list: « voir où en sont … », « voir si … », « voir comment … » wish to know;
    # « voir l'annexe », « voir ci-dessous » send the reader elsewhere
    assert _kinds(tmp_path, "# Atelier\n\n## Propositions\n\n"
                            "- voir où en sont les projets votés l'an dernier\n"
                            "- voir si la salle peut ouvrir le dimanche\n"
                            "- Voir l'annexe 2\n"
                            "- voir ci-dessous\n"
                            "- ouvrir la médiathèque le dimanche\n", name="atelier.md") == [
        ("recommendation", "", "voir où en sont les projets votés l'an dernier"),
        ("recommendation", "", "voir si la salle peut ouvrir le dimanche"),
        ("recommendation", "", "ouvrir la médiathèque le dimanche"),
    ]


def test_a_need_of_the_writers_in_the_first_person_is_a_demand_but_not_a_condition(tmp_path):
    # « nous avons besoin d'un … », « on aurait vraiment besoin de … », « j'ai besoin de … »; not a
    # condition (« si on a besoin de … »), a relative clause (« dont on a besoin ») nor a negation
    assert _kinds(tmp_path, "Réunion des maires ruraux\n\n" + (
        "Nos mairies n'ont pas de service informatique : nous avons besoin d'un appui pour leur sécurité.\n\n"
        "Si on a besoin d'aide, on appelle la secrétaire de mairie.\n\n"
        "Les logiciels dont on a besoin sont chers.\n\n"
        "Nous n'avons pas besoin d'un nouveau site.\n\n"
        "On aurait vraiment besoin de bancs devant l'école.\n\n"
        "J'ai besoin d'aide pour déclarer mes impôts en ligne.\n")) == [
        ("recommendation", "", "Nos mairies n'ont pas de service informatique : nous avons besoin d'un appui pour leur "
                               "sécurité."),
        ("recommendation", "", "On aurait vraiment besoin de bancs devant l'école."),
        ("recommendation", "", "J'ai besoin d'aide pour déclarer mes impôts en ligne."),
    ]


def test_what_every_one_of_a_kind_must_do_is_asked_in_an_opinion(tmp_path):
    # « chaque service … doit conserver … » after what it follows from, « toutes les écoles
    # devraient disposer … »; not a constraint (« doit faire face ») nor a relative clause
    # (« qui doit »)
    opinion = ("Avis du conseil de développement\n\nLe conseil recommande de créer un guichet unique.\n\n"
               "Il rappelle que le numérique n'est qu'un moyen : chaque service en ligne doit garder un accueil "
               "humain.\n\n"
               "Toutes les écoles devraient disposer d'un tableau numérique.\n\n"
               "Chaque commune doit faire face à la baisse des dotations.\n\n"
               "Le guichet, qui doit ouvrir en mai, sera à la mairie.\n")
    assert _kinds(tmp_path, opinion) == [
        ("recommendation", "", "Le conseil recommande de créer un guichet unique."),
        ("recommendation", "", "Il rappelle que le numérique n'est qu'un moyen : chaque service en ligne doit garder "
                               "un accueil humain."),
        ("recommendation", "", "Toutes les écoles devraient disposer d'un tableau numérique."),
    ]


def test_a_reports_deed_after_a_circumstance_a_possessive_a_count_in_words_or_a_quoted_title(tmp_path):
    # in a report of the year: a deed after a circumstance put first (« Au 1er mars 2025, »,
    # « Avec une subvention …, »), a possessive or a count in words as its subject, a title in
    # quotes holding a colon, « pris en charge », a participle in -eint / -oint; what people asked
    # after a circumstance stays no deed
    assert _kinds(tmp_path, (
        "<h1>Rapport d'activité 2025</h1><h2>Jeunesse</h2>"
        "<p>Au 1er mars 2025, la commune a pris en charge le transport scolaire du mercredi.</p>"
        "<p>Avec une subvention de 2 000 € de la commune, le club de voile a formé 30 moniteurs.</p>"
        "<p>Ses trois animateurs ont été rejoints en mai par une stagiaire.</p>"
        "<p>Quatorze des 20 classes ont été équipées de casques audio.</p>"
        "<p>Le festival « Jeux : mode d'emploi » a réuni 900 visiteurs.</p>"
        "<p>Dans les ateliers, les familles ont demandé un accueil le samedi.</p>"), name="rapport.html") == [
        ("action", "", "Au 1er mars 2025, la commune a pris en charge le transport scolaire du mercredi."),
        ("action", "", "Avec une subvention de 2 000 € de la commune, le club de voile a formé 30 moniteurs."),
        ("action", "", "Ses trois animateurs ont été rejoints en mai par une stagiaire."),
        ("action", "", "Quatorze des 20 classes ont été équipées de casques audio."),
        ("action", "", "Le festival « Jeux : mode d'emploi » a réuni 900 visiteurs."),
    ]


def test_a_threat_in_the_conditional_asks_nothing(tmp_path):
    # « pourrait » + a verb suggests (« La commune pourrait installer … »), but what may befall a
    # thing, ending or worsening (« pourrait s'arrêter », « pourraient disparaître »), is a threat told
    assert _kinds(tmp_path, OPINION + (
        "L'aide de l'État au club diminue et pourrait s'arrêter en 2027.\n\n"
        "Sans entretien, les sentiers pourraient disparaître.\n\n"
        "La commune pourrait aussi installer des arceaux devant la mairie.\n")) == [
        ("recommendation", "", "La commune pourrait aussi installer des arceaux devant la mairie."),
    ]


def test_an_invitation_naming_the_invited_at_length_the_opening_of_a_thing_and_what_must_be_kept(tmp_path):
    # « invite … à » with the ones invited in many words; « l'ouverture », « la fermeture »: deeds
    # asked as nouns; « doit être garanti / maintenu »: what an opinion asks to keep, not a rule told
    assert _kinds(tmp_path, OPINION + (
        "Il invite la Ville et les associations de cyclistes du quartier nord à organiser une bourse aux vélos.\n\n"
        "Le conseil demande l'ouverture des vestiaires du stade aux cyclistes le dimanche matin.\n\n"
        "Il souhaite la fermeture de la rue de l'Église aux voitures pendant le marché.\n\n"
        "Le prêt gratuit de vélos aux apprentis doit absolument être maintenu.\n\n"
        "Le dossier de demande d'aide à l'achat doit être déposé avant le 30 juin.\n")) == [
        ("recommendation", "",
         "Il invite la Ville et les associations de cyclistes du quartier nord à organiser une bourse aux vélos."),
        ("recommendation", "", "Le conseil demande l'ouverture des vestiaires du stade aux cyclistes le dimanche matin."),
        ("recommendation", "", "Il souhaite la fermeture de la rue de l'Église aux voitures pendant le marché."),
        ("recommendation", "", "Le prêt gratuit de vélos aux apprentis doit absolument être maintenu."),
    ]


def test_a_demand_for_a_thing_named_before_or_solicited(tmp_path):
    assert _kinds(tmp_path, OPINION + (
        "M. Perrot signale l'état du pont de la Lande et demande sa réparation avant l'hiver.\n\n"
        "Le collectif sollicite la couverture du parking de la gare par des ombrières.\n\n"
        "L'association des cyclistes propose son soutien pour le marquage des pistes.\n")) == [
        ("recommendation", "", "M. Perrot signale l'état du pont de la Lande et demande sa réparation avant l'hiver."),
        ("recommendation", "", "Le collectif sollicite la couverture du parking de la gare par des ombrières."),
    ]


def test_the_writers_findings_before_his_opinion_are_not_demands():
    assert classify_leadin("Au terme de l'enquête, je considère que :") is None
    assert classify_leadin("Nous constatons donc que :") is None
    assert classify_leadin("Le conseil demande que :") == "recommendation"


def test_in_an_opinion_a_deed_that_must_be_done_some_way_is_a_demand(tmp_path):
    """« le jalonnement des itinéraires doit s'appuyer sur … » opening a sentence of an opinion:
    what the authority is asked to do of the deed; not a thing or a person that must (« Le vélo
    doit rester … »), nor the deed of the sentence's complement."""
    assert _kinds(tmp_path, OPINION + (
        "Par ailleurs, le jalonnement des itinéraires doit s'appuyer sur les pratiques réelles des cyclistes.\n\n"
        "La mise en place des boxes doit être concertée avec les commerçants du centre.\n\n"
        "Le vélo doit rester un mode de déplacement accessible à tous.\n\n"
        "Les cyclistes du quotidien doivent être considérés comme des usagers à part entière.\n")) == [
        ("recommendation", "",
         "Par ailleurs, le jalonnement des itinéraires doit s'appuyer sur les pratiques réelles des cyclistes."),
        ("recommendation", "", "La mise en place des boxes doit être concertée avec les commerçants du centre."),
    ]


@pytest.mark.parametrize("sentence, burden", [
    # what a service does only, then what it takes beforehand to use it: the present told
    ("Mais la navette ne roule que le mardi, et il faut s'inscrire une semaine avant.", True),
    ("La salle n'ouvre que le soir et il faut réserver la veille.", True),
    # the same opening, then what should change: still an ask
    ("Le bus ne passe que deux fois par jour et il faut augmenter la fréquence avant 2027.", False),
    ("La salle n'ouvre que le soir et il faut l'ouvrir aussi le matin.", False),
])
def test_what_a_service_takes_beforehand_after_what_it_does_only_is_a_present_burden(sentence, burden):
    from nlp_stn.segment.vocabulary import _PRESENT_BURDEN

    assert bool(_PRESENT_BURDEN.search(sentence)) is burden


def test_what_must_stay_what_must_be_done_soon_and_a_participle_in_u_are_asked(tmp_path):
    # « doit rester possible » / « doivent demeurer gratuites »: what an opinion asks to keep;
    # « doit être réalisé rapidement »: urgency asks, a date is a rule told; « devront être rendus »:
    # a participle in -u after « devront être », not « devront être plus … »
    assert _kinds(tmp_path, OPINION + (
        "Chaque inscription à la cantine doit rester possible par courrier.\n\n"
        "Les salles communales doivent demeurer gratuites pour les associations.\n\n"
        "Le bâtiment doit rester dans le patrimoine communal depuis sa donation.\n\n"
        "Le conseil rappelle que le prêt de matériel doit rester encadré par une convention.\n\n"
        "Un diagnostic des toitures des écoles doit être engagé sans délai.\n\n"
        "Le formulaire doit être renvoyé avant le 15 septembre.\n\n"
        "Les horaires de la piscine devront être revus pour les collégiens.\n\n"
        "Les bus devront être plus nombreux que prévu selon l'étude.\n")) == [
        ("recommendation", "", "Chaque inscription à la cantine doit rester possible par courrier."),
        ("recommendation", "", "Les salles communales doivent demeurer gratuites pour les associations."),
        ("recommendation", "", "Un diagnostic des toitures des écoles doit être engagé sans délai."),
        ("recommendation", "", "Les horaires de la piscine devront être revus pour les collégiens."),
    ]


def test_a_plans_commitment_after_a_consequence_within_reach_counted_or_in_a_clause_after_a_deed(tmp_path):
    # « C'est pourquoi, » opens the sentence read after it; « seront raccordables » promises what
    # will be within reach; a figure as the subject of a passive; « , et » then a clause with its
    # own subject in the future after a deed told in the past: the whole sentence. In a plan, a
    # thing as the subject of an active verb (« tous les enseignants suivront », « un point
    # d'accueil ouvrira ») stays no commitment, and a clause in the past after « , et » no deed
    assert _kinds(tmp_path, (
        "<h1>Plan d'actions pour les écoles 2027-2030</h1><h2>Les écoles</h2>"
        "<p>C’est pourquoi, dès 2027, nous formerons tous les enseignants au numérique.</p>"
        "<p>C’est pourquoi, dès 2027, tous les enseignants suivront une formation au numérique.</p>"
        "<p>D’ici 2028, toutes les classes seront raccordables au très haut débit.</p>"
        "<p>Chaque année, 12 000 euros seront consacrés aux sorties scolaires.</p>"
        "<p>La commune a acquis un terrain en 2025, et une étude de sol sera conduite au printemps.</p>"
        "<p>Les parents ont été consultés, et la réponse a été positive.</p>"
        "<p>Un point d’accueil ouvrira chaque mercredi à la maison des associations.</p>"), name="plan.html") == [
        ("action", "", "C’est pourquoi, dès 2027, nous formerons tous les enseignants au numérique."),
        ("action", "", "D’ici 2028, toutes les classes seront raccordables au très haut débit."),
        ("action", "", "Chaque année, 12 000 euros seront consacrés aux sorties scolaires."),
        ("action", "", "La commune a acquis un terrain en 2025, et une étude de sol sera conduite au printemps."),
    ]


def test_a_bullet_opened_by_a_topic_is_read_by_what_follows_it(tmp_path):
    # slides name the topic before the ask (« Vélo – Créer … »), the
    # ask maybe opened by a pronoun (« Les maintenir … »); a long item too, not read as prose
    assert _kinds(tmp_path, OPINION + (
        "Transports\n\n"
        "- Vélo – Créer une piste cyclable entre le lycée et la gare\n"
        "- Trains du soir – Les maintenir toute l'année et ajouter un départ à 22 heures le vendredi\n"
        "- Gare routière – Les abris sont trop petits\n")) == [
        ("recommendation", "", "Vélo – Créer une piste cyclable entre le lycée et la gare"),
        ("recommendation", "", "Trains du soir – Les maintenir toute l'année et ajouter un départ à 22 heures le vendredi"),
    ]


def test_a_list_made_of_things_asked_among_lists_of_demands_asks_for_them(tmp_path):
    # a slide of named things (« Un … », « Des … », « Le paiement en ligne de … ») among slides of
    # demands: demands too; a list
    # of praise whose items are mostly findings (« Le … ») names no demand, nor a list of findings
    # going on from the sentence above it in lower case
    assert _kinds(tmp_path, OPINION + (
        "Le conseil constate :\n\n"
        "- des arceaux trop rares devant les écoles ;\n- des pistes mal éclairées la nuit.\n\n"
        "Ce que nous saluons\n\n"
        "- Une concertation enfin ouverte à tous\n- Le choix de pistes séparées des voitures\n"
        "- Le nouveau parking à vélos de la gare\n\n"
        "Stationnement\n\n"
        "- Installer des arceaux devant chaque école\n- Couvrir les arceaux du marché\n\n"
        "Sécurité\n\n"
        "- Éclairer la piste du canal la nuit\n- Repeindre les passages piétons du centre\n\n"
        "Information\n\n"
        "- Publier la carte des pistes\n- Afficher les travaux en cours\n\n"
        "Services\n\n"
        "- Un atelier de réparation ouvert le samedi\n- Des vélos cargos à louer à la semaine\n"
        "- Le paiement en ligne des abonnements du parc\n")) == [
        ("recommendation", "", "Installer des arceaux devant chaque école"),
        ("recommendation", "", "Couvrir les arceaux du marché"),
        ("recommendation", "", "Éclairer la piste du canal la nuit"),
        ("recommendation", "", "Repeindre les passages piétons du centre"),
        ("recommendation", "", "Publier la carte des pistes"),
        ("recommendation", "", "Afficher les travaux en cours"),
        ("recommendation", "", "Un atelier de réparation ouvert le samedi"),
        ("recommendation", "", "Des vélos cargos à louer à la semaine"),
        # a deed to be done named with a definite article, as a title
        ("recommendation", "", "Le paiement en ligne des abonnements du parc"),
    ]


def test_the_floor_given_to_the_audience_is_no_question(tmp_path):
    assert _kinds(tmp_path, OPINION + (
        "Merci de votre attention.\n\nDes questions ?\n\nAvez-vous des questions ?\n\n"
        "Quand les arceaux du marché seront-ils couverts ?\n")) == [
        ("question", "", "Quand les arceaux du marché seront-ils couverts ?"),
    ]


def test_the_writers_asking_of_themselves_title_what_follows_and_are_no_question(tmp_path):
    # « Qui sommes-nous ? » opening the paragraph that answers it: a title; a question to the
    # authority stays one
    assert _kinds(tmp_path, OPINION + (
        "Qui sommes-nous ? Un collectif de riverains du marché, réunis depuis 2019.\n\n"
        "Comment avons-nous travaillé ?\n\nNous avons rencontré quarante commerçants.\n\n"
        "Quand les arceaux du marché seront-ils couverts ?\n")) == [
        ("question", "", "Quand les arceaux du marché seront-ils couverts ?"),
    ]


def test_an_interrogative_word_alone_labels_its_explanation_and_is_no_question(tmp_path):
    # « Pourquoi ? » over the reasons of a proposal's card, « Pour qui ? » over its public
    assert _kinds(tmp_path, OPINION + (
        "Pourquoi ?\n\nLes arceaux sont loin du marché.\n\nPour qui ?\n\nLes cyclistes du dimanche.\n\n"
        "Pourquoi les arceaux du marché ne sont-ils pas couverts ?\n")) == [
        ("question", "", "Pourquoi les arceaux du marché ne sont-ils pas couverts ?"),
    ]


def test_an_answers_yes_opening_its_commitment_and_nouns_listed_under_one_determiner(tmp_path):
    # a page of questions and answers: « Oui, », « Oui, en partie : », « Bien sûr. » open the
    # answer, the commitment is read after them (the unit keeps them); « Les tarifs, horaires et
    # menus … seront publiés »: the nouns listed after the first one's determiner are its subject
    assert _kinds(tmp_path, (
        "<h1>Vos questions, nos réponses</h1><h2>La piscine</h2>"
        "<details><summary>La piscine rouvrira-t-elle ?</summary>"
        "<p>Oui, une nouvelle équipe, recrutée par le syndicat, reprendra la gestion en mai 2027.</p></details>"
        "<details><summary>Les tarifs seront-ils en ligne ?</summary>"
        "<p>Oui, dès janvier, les tarifs, horaires et menus de la cantine seront publiés sur le site.</p></details>"
        "<details><summary>Les vestiaires seront-ils refaits ?</summary>"
        "<p>Oui, en partie : les vestiaires des enfants seront rénovés cet été.</p></details>"
        "<details><summary>Y aura-t-il des cours du soir ?</summary>"
        "<p>Bien sûr. Un maître-nageur, payé par la ville, assurera un cours chaque jeudi soir.</p></details>"
        "<details><summary>Et le parking ?</summary><p>Oui, il est gratuit depuis 2024.</p></details>"),
        name="faq.html") == [
        ("action", "", "Oui, une nouvelle équipe, recrutée par le syndicat, reprendra la gestion en mai 2027."),
        ("action", "", "Oui, dès janvier, les tarifs, horaires et menus de la cantine seront publiés sur le site."),
        ("action", "", "Oui, en partie : les vestiaires des enfants seront rénovés cet été."),
        ("action", "", "Un maître-nageur, payé par la ville, assurera un cours chaque jeudi soir."),
    ]


def test_a_wish_told_of_the_people_it_is_for_in_the_conditional(tmp_path):
    # « les jeunes aimeraient des … », « beaucoup de parents voudraient que … », « les habitants
    # souhaiteraient pouvoir … »: demands; not a relative clause (« les personnes qui aimeraient … »)
    # nor a wish in the indicative told as a fact
    assert _kinds(tmp_path, OPINION + (
        "Enfin, les lycéens du canton aimeraient des arceaux couverts devant la gare.\n\n"
        "Beaucoup de parents voudraient que la rue de l'école soit fermée aux voitures le matin.\n\n"
        "Les habitants du bourg souhaiteraient pouvoir louer des vélos à assistance électrique.\n\n"
        "Les personnes qui aimeraient un vélo adapté peuvent s'adresser au CCAS.\n\n"
        "Les habitants aiment beaucoup la voie verte.\n")) == [
        ("recommendation", "", "Enfin, les lycéens du canton aimeraient des arceaux couverts devant la gare."),
        ("recommendation", "", "Beaucoup de parents voudraient que la rue de l'école soit fermée aux voitures le matin."),
        ("recommendation", "", "Les habitants du bourg souhaiteraient pouvoir louer des vélos à assistance électrique."),
    ]


def test_a_demand_whose_first_words_point_back_by_a_pronoun_keeps_the_sentence_before(tmp_path):
    # « de le remplacer », « qu'elle devienne », « de les faire éteindre » in the first words: the thing
    # is named by the sentence before, the unit keeps it; « de la maison » is an article
    assert _kinds(tmp_path, OPINION + (
        "Le gardien du gymnase est parti à la retraite en mars. Est-il prévu de le remplacer avant l'été ?\n\n"
        "La vieille halle du marché est fermée depuis 2022. Nous aimerions qu'elle devienne une salle des associations.\n\n"
        "Les lampadaires du stade restent allumés toute la nuit. Est-il prévu de les faire éteindre après minuit ?\n\n"
        "La navette du marché a été supprimée en 2024. Est-il prévu de la rétablir ?\n\n"
        "Les jeunes s'ennuient le mercredi. Nous demandons la création de la maison des jeunes promise en 2020.\n")) == [
        ("recommendation", "", "Le gardien du gymnase est parti à la retraite en mars. Est-il prévu de le remplacer "
                               "avant l'été ?"),
        ("recommendation", "", "La vieille halle du marché est fermée depuis 2022. Nous aimerions qu'elle devienne une "
                               "salle des associations."),
        ("recommendation", "", "Les lampadaires du stade restent allumés toute la nuit. Est-il prévu de les faire "
                               "éteindre après minuit ?"),
        ("recommendation", "", "La navette du marché a été supprimée en 2024. Est-il prévu de la rétablir ?"),
        ("recommendation", "", "Nous demandons la création de la maison des jeunes promise en 2020."),
    ]


def test_a_thing_told_then_resumed_by_a_pronoun_that_must_be_done_to(tmp_path):
    # « Le préau … fuit. Il doit être refait » asks for the deed, with the sentence that names the
    # thing; « Il doit être noté que … » remarks, and the pronoun without a sentence before asks nothing
    assert _kinds(tmp_path, OPINION + (
        "Le préau de l'école fuit à chaque orage. Il doit être refait avant l'hiver.\n\n"
        "Les toilettes du parc sont fermées le dimanche. Elles devraient être ouvertes tous les jours.\n\n"
        "Le bilan est mitigé. Il doit être noté que la fréquentation a doublé.\n\n"
        "Il doit être refait.\n")) == [
        ("recommendation", "", "Le préau de l'école fuit à chaque orage. Il doit être refait avant l'hiver."),
        ("recommendation", "", "Les toilettes du parc sont fermées le dimanche. Elles devraient être ouvertes tous les jours."),
    ]


def test_a_newspapers_report_of_a_groups_demands(tmp_path):
    # an article reporting what a collective asks: « réclame » and the thing asked for, a demand verb
    # with « de » and a pronoun before the infinitive (« propose d'y ouvrir », « de les repeindre »,
    # not « d'en faire un bilan »), « il faudrait » and a number of things or the thing quoted
    assert _kinds(tmp_path, OPINION + (
        "Le collectif réclame aussi des arceaux couverts devant la médiathèque.\n\n"
        "Ils réclament un local pour ranger les vélos de l'association.\n\n"
        "La friche de la gare est vide. Le collectif propose d'y aménager un atelier de réparation.\n\n"
        "Les bancs sont abîmés : il suggère de les repeindre avant l'été.\n\n"
        "Le conseil reste attentif aux suites et propose d'en faire le point dans un an.\n\n"
        "Selon son président, il faudrait au moins trois stations de gonflage de plus.\n\n"
        "Il faudrait « une vraie piste le long du canal », résume une adhérente.\n\n"
        "Il faudrait deux heures pour traverser la ville à pied.\n")) == [
        ("recommendation", "", "Le collectif réclame aussi des arceaux couverts devant la médiathèque."),
        ("recommendation", "", "Ils réclament un local pour ranger les vélos de l'association."),
        ("recommendation", "", "Le collectif propose d'y aménager un atelier de réparation."),
        ("recommendation", "", "Les bancs sont abîmés : il suggère de les repeindre avant l'été."),
        ("recommendation", "", "Selon son président, il faudrait au moins trois stations de gonflage de plus."),
        ("recommendation", "", "Il faudrait « une vraie piste le long du canal », résume une adhérente."),
    ]


def test_a_future_of_etre_after_le_says_the_passive_before_again():
    # « le » stands for the participle of the sentence before (« … seront équipées »)
    from nlp_stn.segment.language import _Language

    lang = _Language(SETTINGS)
    assert lang.commitment("Les écoles maternelles le seront en 2027.")
    assert not lang.commitment("Les écoles maternelles ne le seront pas.")
    assert not lang.commitment("Nous le serons aussi.")  # an attribute of ours, no deed


def test_the_departement_after_le_commits():
    # « Le Département » as the subject of a future commits as « la Région » does; in a refusal it
    # does not
    from nlp_stn.segment.language import _Language

    lang = _Language(SETTINGS)
    assert lang.commitment("Le Département ouvrira une maison des services à Brasseval en 2028.")
    assert not lang.commitment("Le Département ne financera pas les salles communales.")
    assert not lang.commitment("Le marché ouvrira le jeudi.")  # a thing, not the authority


def test_a_necessity_in_the_past_or_as_the_subject_asks_nothing(tmp_path):
    # « il est nécessaire de … » asks what follows; « il a été nécessaire de … » tells what was done,
    # and « La nécessité de …, …, est actée » has its verb after the infinitive: no demand cut out
    assert _kinds(tmp_path, OPINION + (
        "Il est nécessaire de prolonger la piste cyclable jusqu'au collège.\n\n"
        "Le chantier ayant pris du retard, il a été nécessaire de louer des barrières supplémentaires.\n\n"
        "Il était indispensable de reporter la réunion de mars.\n\n"
        "La nécessité de relier les hameaux, mais aussi de les éclairer car les routes sont sombres, est actée.\n")) == [
        ("recommendation", "", "prolonger la piste cyclable jusqu'au collège."),
    ]


def test_it_would_be_good_to_asks_even_with_an_adverb_after_bien(tmp_path):
    # « il serait bien de … », also with « aussi » after « bien », is a wish; « il est bien
    # de rappeler que … » comments
    assert _kinds(tmp_path, OPINION + (
        "Il serait bien de pouvoir louer des vélos à la gare routière.\n\n"
        "Il serait bien aussi de pouvoir ranger les vélos au collège, beaucoup d'élèves viennent à pied.\n\n"
        "Il est bien de rappeler que le plan vélo date de 2015.\n")) == [
        ("recommendation", "", "Il serait bien de pouvoir louer des vélos à la gare routière."),
        ("recommendation", "", "Il serait bien aussi de pouvoir ranger les vélos au collège, beaucoup d'élèves "
                               "viennent à pied."),
    ]


def test_an_infinitive_subject_of_a_finite_verb_states_and_asks_nothing():
    # « Réparer un vélo prend … »: the infinitive is the subject of the main verb, a statement; a verb in
    # a relative or after « pour que » leaves the infinitive a demand
    from nlp_stn.segment.language import _Language

    lang = _Language(SETTINGS)
    assert lang.infinitive_subject("Réparer un vélo soi-même prend du temps.")
    assert lang.infinitive_subject("Ouvrir la salle le dimanche, c'est répondre aux familles.")
    assert not lang.infinitive_subject("Installer des bancs pour que les aînés puissent se reposer.")
    assert not lang.infinitive_subject("Créer un local où les jeunes peuvent répéter.")
    assert not lang.infinitive_subject("Planter des arbres dans la cour de l'école.")


def test_a_paragraph_opened_by_an_infinitive_subject_explains_the_title_above(tmp_path):
    # under a proposal's title, « Réparer … prend du temps » explains it (no demand of its own);
    # « Nous demandons un … » there asks for a thing
    assert _kinds(tmp_path, OPINION + (
        "## Ouvrir un atelier de réparation de vélos\n\n"
        "Réparer un vélo soi-même prend du temps. Nous demandons un local près de la gare.\n")) == [
        ("recommendation", "", "Ouvrir un atelier de réparation de vélos"),
        ("recommendation", "", "Nous demandons un local près de la gare."),
    ]


def test_a_thing_that_must_also_do_more_under_a_proposal_title_is_one_more_demand(tmp_path):
    # « … doit aussi … », « … devraient également … » in the explanation of a proposal's title adds
    # a demand to it; the same modal without « aussi » there explains
    assert _kinds(tmp_path, OPINION + (
        "## Ouvrir un atelier de réparation de vélos\n\n"
        "Beaucoup de vélos dorment dans les caves. L'atelier doit aussi accueillir les scolaires le mercredi. "
        "Le local doit être chauffé.\n")) == [
        ("recommendation", "", "Ouvrir un atelier de réparation de vélos"),
        ("recommendation", "", "L'atelier doit aussi accueillir les scolaires le mercredi."),
    ]


def test_the_sentence_stating_a_titled_recommendation_is_its_second_line(tmp_path):
    # « Recommandation n° 2 – Des bancs au square » names the demand; the first sentence of its
    # explanation that asks in so many words says it, whole (its two verbs stay one demand); a
    # demand added with « également » stays a unit of its own; a title over a context alone stays
    # as it is
    assert _kinds(tmp_path, "# Avis du comité de quartier sur le plan de la ville\n\n"
                  "## Recommandation n° 1 – Des bancs au square\n\n"
                  "Les personnes âgées n'ont nulle part où s'asseoir. Le Comité demande que des bancs soient "
                  "posés le long des allées et souhaite qu'ils soient ombragés.\n\n"
                  "Le Comité souhaite également que les toilettes publiques rouvrent.\n\n"
                  "## Recommandation n° 2 – Une halte ferroviaire\n\n"
                  "Le train ne s'arrête plus depuis 2019.\n\n"
                  "Il faudrait rouvrir la halte aux heures de pointe.\n\n"
                  "## Recommandation n° 3 – Un marché du soir\n\n"
                  "Les producteurs locaux ne vendent que le samedi matin.\n\n"
                  "## Recommandation n° 4 – Rouvrir le bureau de poste\n\n"
                  "Nous demandons sa réouverture le samedi matin.\n\n"
                  "## Recommandation n° 5 – Créer une navette\n\n"
                  "Le bourg n'a plus de car. Nous demandons un arrêt devant l'école.\n", name="avis.md") == [
        ("recommendation", "Recommandation n° 1", "Des bancs au square\nLe Comité demande que des bancs soient posés le "
         "long des allées et souhaite qu'ils soient ombragés."),
        ("recommendation", "", "Le Comité souhaite également que les toilettes publiques rouvrent."),
        ("recommendation", "Recommandation n° 2",
         "Une halte ferroviaire\nIl faudrait rouvrir la halte aux heures de pointe."),
        ("recommendation", "Recommandation n° 3", "Un marché du soir"),
        # a title asking by itself in the infinitive: its paragraph's first sentence states it,
        # a demand after a sentence of context is one more
        ("recommendation", "Recommandation n° 4", "Rouvrir le bureau de poste\nNous demandons sa réouverture le "
                                                  "samedi matin."),
        ("recommendation", "Recommandation n° 5", "Créer une navette"),
        ("recommendation", "", "Nous demandons un arrêt devant l'école."),
    ]


@pytest.mark.parametrize("sentence, states", [
    ("Le Comité des usagers recommande de rouvrir la halte ferroviaire.", True),
    ("Nous demandons la pose de bancs au square.", True),
    ("Il faut prolonger la navette jusqu'au port.", True),
    ("Le Comité recommande :", False),
    ("Le Comité souhaite aussi que la halte soit accessible.", False),
    ("Enfin, nous demandons un abri.", False),
    ("Nous demandons enfin un abri.", False),
    ("Il faut aujourd'hui deux heures pour rejoindre le port.", False),
    ("Il faut que la SNCF rende des comptes.", False),
    ("Les bancs du square sont rares.", False),
])
def test_a_sentence_states_a_recommendation_in_so_many_words(sentence, states):
    from nlp_stn.segment.language import _states_ask
    assert _states_ask(sentence) is states


def test_what_every_body_of_a_kind_should_do_under_a_proposal_title_is_one_more_demand(tmp_path):
    # « Chaque … devrait … », « Toutes les … doivent … » in the explanation of a proposal's title
    # asks every body of a kind to act: one more demand; after « ; » it restates; a thing that must be so explains
    assert _kinds(tmp_path, OPINION + (
        "## Créer un observatoire des cantines\n\n"
        "Sans chiffres, rien ne s'évalue. Chaque commune devrait publier le coût de ses repas. "
        "Le repas coûte cher ; chaque famille devrait pouvoir payer moins. "
        "Le local doit être chauffé.\n")) == [
        ("recommendation", "", "Créer un observatoire des cantines"),
        ("recommendation", "", "Chaque commune devrait publier le coût de ses repas."),
    ]


def test_watchfulness_and_what_people_must_be_able_to_do_ask_in_an_opinion(tmp_path):
    """« … sera vigilant à ce que … » and « … doivent pouvoir + infinitive » ask in an opinion
    (not « doit pouvoir être consulté », a requirement on a thing); « à la demande ou » is the
    noun of « transport à la demande », no question reported."""
    assert _kinds(tmp_path, OPINION + (
        "Le conseil sera vigilant à ce que les arceaux soient posés devant chaque école.\n\n"
        "Nous resterons attentifs à ce qu'un atelier de réparation ouvre au bourg.\n\n"
        "Les élèves des hameaux doivent pouvoir rejoindre le collège à vélo en sécurité.\n\n"
        "Le registre des vélos volés doit pouvoir être consulté en mairie.\n\n"
        "Les aînés viennent au marché en car ou par le transport à la demande ou à pied.\n")) == [
        ("recommendation", "", "Le conseil sera vigilant à ce que les arceaux soient posés devant chaque école."),
        ("recommendation", "", "Nous resterons attentifs à ce qu'un atelier de réparation ouvre au bourg."),
        ("recommendation", "", "Les élèves des hameaux doivent pouvoir rejoindre le collège à vélo en sécurité."),
    ]


def test_the_noun_l_essentiel_opens_no_demand():
    from nlp_stn.segment.language import _demand_clause
    # the adjective of necessity opens a demand; the noun « l'essentiel » (« mostly ») does not
    s = "Il est essentiel de rouvrir la halte."
    assert s[_demand_clause(s).end():] == "rouvrir la halte."
    assert _demand_clause("Le projet se limite pour l'essentiel à reprendre la loi.") is None
    assert _demand_clause("L'essentiel à retenir tient en trois points.") is None


def test_a_series_of_demands_counted_in_prose_by_ordinal_adverbs(tmp_path):
    # « Premièrement, nous demandons … » then « Deuxièmement, … doit … », « Enfin, il est temps de … »:
    # every member of the series counted in prose asks, as the items of a numbered list do; the
    # same adverbs counting findings that ask nothing give no demand
    text = ("Lettre ouverte à Madame la Maire\n\nMadame la Maire,\n\n"
            "Premièrement, nous demandons la réfection du préau de l'école des Saules.\n\n"
            "Deuxièmement, la fontaine de la place doit être remise en eau chaque été.\n\n"
            "Enfin, il est temps d'ouvrir le parc le soir jusqu'à 22 h.\n\n"
            "Veuillez agréer nos salutations.\n\n"
            "Premièrement, le parc est sale.\n\nDeuxièmement, il est mal éclairé.\n")
    assert _kinds(tmp_path, text, "lettre.txt") == [
        ("recommendation", "", "Premièrement, nous demandons la réfection du préau de l'école des Saules."),
        ("recommendation", "", "Deuxièmement, la fontaine de la place doit être remise en eau chaque été."),
        ("recommendation", "", "Enfin, il est temps d'ouvrir le parc le soir jusqu'à 22 h."),
    ]


def test_think_of_with_an_adverb_asks_as_think_of_does(tmp_path):
    # « Pensez aussi au marché : … » asks as « Pensez au marché » does, in a list of comments
    text = ("# Pétition pour le parc des Saules\n\n## Commentaires des signataires\n\n"
            "- Pensez aussi au parc : installer des bancs à l'ombre, ce serait top !\n"
            "- Pensez surtout aux poussettes.\n")
    assert _kinds(tmp_path, text, "petition.md") == [
        ("recommendation", "", "Pensez aussi au parc : installer des bancs à l'ombre, ce serait top !"),
        ("recommendation", "", "Pensez surtout aux poussettes."),
    ]


@pytest.mark.parametrize("question, asks", [
    ("Est-ce que vous pourriez installer un banc près du lavoir ?", True),
    ("est-ce qu'on pourrait avoir un local pour répéter ?", True),
    ("Et est-ce qu'il serait possible d'ouvrir la piscine le dimanche ?", True),
    ("Est-ce que ce serait possible de prolonger la ligne jusqu'au stade ?", True),
    ("Est-ce que vous pourriez nous dire quand ouvre la piscine ?", False),
    ("Est-ce qu'on peut se garer devant la salle ?", False),
    ("Est-ce que le car passe le samedi ?", False),
    # the one addressed in the present, the thing asked for as the subject of a passive
    ("Est-ce que la commune peut repeindre le préau de l'école ?", True),
    ("Est-ce que la mairie peut nous dire quand ouvre la piscine ?", False),
    ("Est-ce que l'éclairage du stade pourrait être prolongé jusqu'à 23 h ?", True),
    ("Est-ce que le chantier pourrait durer plus longtemps ?", False),
    ("Quand est-ce que la salle pourrait être rouverte ?", False),
])
def test_a_polite_request_asked_with_est_ce_que(question, asks):
    # « Est-ce que vous pourriez … ? » asks as « Pourriez-vous … ? » does; not a request for
    # information, nor a question on what may be done or on a fact
    from nlp_stn.segment.language import _suggests, polite_request
    assert polite_request(question) is asks
    assert _suggests(question) is asks


def test_spoken_wishes_of_a_youth_council_under_topic_lines(tmp_path):
    # a mail of teenagers: « ce serait bien que … » in a « - » list, « Ce serait cool que … »,
    # « On propose un … » under a topic line « La cantine : »; « est-ce que vous pourriez … ? » asks
    text = ("Bonjour Madame la Maire,\n\nVoici nos idées pour le quartier.\n\n"
            "Le parc :\n"
            "- ce serait bien que les jeux soient réparés avant l'été\n"
            "- est-ce que vous pourriez mettre une fontaine à eau près du terrain ?\n\n"
            "La cantine :\n"
            "On propose un menu choisi par les élèves une fois par mois.\n"
            "Ce serait cool que la salle de sport reste ouverte le samedi.\n\n"
            "Merci beaucoup !\n\nLe conseil des jeunes\n")
    assert _kinds(tmp_path, text, "mail-jeunes.txt") == [
        ("recommendation", "", "ce serait bien que les jeux soient réparés avant l'été"),
        ("recommendation", "", "est-ce que vous pourriez mettre une fontaine à eau près du terrain ?"),
        ("recommendation", "", "On propose un menu choisi par les élèves une fois par mois."),
        ("recommendation", "", "Ce serait cool que la salle de sport reste ouverte le samedi."),
    ]
    # « ce serait trop cher », « on propose » not opening the sentence: no demand
    from nlp_stn.segment.vocabulary import _DEMAND_VERB, _DEMAND_WEAK
    assert not _DEMAND_WEAK.search("Un terrain couvert, ce serait trop cher pour la commune.")
    assert not _DEMAND_VERB.search("Les ateliers qu'on propose aux aînés sont complets.")


def test_a_single_vow_is_a_demands_document_and_each_wish_clause_of_its_items_a_demand(tmp_path):
    from nlp_stn.segment import title_prior
    assert title_prior("Vœu n° 2025-07 relatif à la propreté du parc") == "recommendation"
    assert title_prior("Voeu relatif aux horaires de la piscine") == "recommendation"
    assert _kinds(tmp_path, (
        "Conseil de quartier du Vieux-Port\n\n"
        "Vœu n° 2025-07 relatif à la propreté du parc\n\n"
        "Les riverains se plaignent depuis l'été des poubelles qui débordent.\n\n"
        "Le conseil de quartier émet le vœu :\n\n"
        "- que des poubelles supplémentaires soient posées près des jeux d'enfants, et qu'elles soient vidées chaque jour ;\n"
        "- que les bancs cassés du parc soient réparés avant le printemps, et qu'une fontaine à eau soit installée près du kiosque ;\n"
        "- que la Ville affiche les horaires d'ouverture du parc à chaque entrée.\n\n"
        "Adopté à l'unanimité.\n"), name="voeu.txt") == [
        ("recommendation", "", "que des poubelles supplémentaires soient posées près des jeux d'enfants, et qu'elles soient vidées chaque jour ;"),
        ("recommendation", "", "que les bancs cassés du parc soient réparés avant le printemps"),
        ("recommendation", "", "qu'une fontaine à eau soit installée près du kiosque ;"),
        ("recommendation", "", "que la Ville affiche les horaires d'ouverture du parc à chaque entrée."),
    ]


def test_two_that_clauses_of_one_purpose_stay_one_demand(tmp_path):
    # « pour qu'on les répare et qu'on les loue »: the second « qu' » goes on the purpose clause
    # opened by the elided « qu' » inside the first, not a second thing asked
    assert _kinds(tmp_path, OPINION + (
        "Nous proposons que la ville nous cède ses vieux vélos pour qu'on les répare et qu'on les loue aux jeunes.\n")) == [
        ("recommendation", "",
         "Nous proposons que la ville nous cède ses vieux vélos pour qu'on les répare et qu'on les loue aux jeunes."),
    ]


def test_a_question_typed_fast_ends_before_a_sentence_in_lower_case(tmp_path):
    # « … ? beaucoup n'y arrivent pas »: the question ends at « ? » when the next words open a
    # sentence of their own from its subject, even in lower case
    assert _kinds(tmp_path, OPINION + (
        "Pourriez-vous ouvrir la salle de sport le dimanche ? beaucoup de jeunes n'ont rien à faire.\n\n"
        "Pouvez-vous installer des bancs au square ? on attend depuis deux ans.\n")) == [
        ("recommendation", "", "Pourriez-vous ouvrir la salle de sport le dimanche ?"),
        ("recommendation", "", "Pouvez-vous installer des bancs au square ?"),
    ]


def test_il_faut_compter_a_length_or_an_amount_is_no_demand():
    from nlp_stn.segment.vocabulary import _DEMAND_WEAK

    assert not _DEMAND_WEAK.search("De la gare au bourg, il faut compter vingt minutes à pied.")
    assert not _DEMAND_WEAK.search("Pour une réparation, il faut compter environ 80 euros.")
    assert not _DEMAND_WEAK.search("il faut compter 3 semaines de délai")
    # counting on someone, or counting a thing, still asks
    assert _DEMAND_WEAK.search("Il faut compter les places libres chaque soir.")
    assert _DEMAND_WEAK.search("Il faudrait compter sur les bénévoles du club.")


def test_a_counted_lead_in_after_a_greeting_over_dashed_asks():
    from nlp_stn.segment.language import _listed_asks
    text = "Bonjour, trois petites idees de ma part :\n- un banc\n- ouvrir le local le soir\n- une boite a livres\nMerci d'avance !"
    assert [item for _, item in _listed_asks(text)] == ["un banc", "ouvrir le local le soir", "une boite a livres"]
    assert all(text[offset:].startswith(item) for offset, item in _listed_asks(text))
    # a lead-in naming one thing, or counting nothing in too many words, announces no list
    assert _listed_asks("Bonjour, ma proposition :\n- un banc\n- une table") == []
    assert _listed_asks("Voici ce que je pense de tout cela de ma part :\n- un banc\n- une table") == []


def test_what_an_answer_did_with_the_contributions_is_no_deed_of_its_policy(tmp_path):
    # « Toutes les idées ont été classées » tells how the consultation was handled; « ont été
    # transmises au Département » passes them on, and a deed of the policy stays one
    from nlp_stn.segment.language import _CONTRIBUTIONS_HANDLED
    assert _CONTRIBUTIONS_HANDLED.match("Toutes les idées ont été classées par thème.")
    assert _CONTRIBUTIONS_HANDLED.match("Les 48 propositions reçues ont toutes été lues par les élus.")
    assert not _CONTRIBUTIONS_HANDLED.match("Les propositions ont été transmises au Département.")
    assert not _CONTRIBUTIONS_HANDLED.match("Les bancs ont été repeints.")
    assert _kinds(tmp_path, (
        "# Square : ce que nous faisons de vos idées\n\n"
        "Vos 48 idées ont été examinées une à une. Les bancs du square ont été repeints en mars.\n"),
        name="square.md") == [("action", "", "Les bancs du square ont été repeints en mars.")]


def test_an_answer_recalling_what_its_readers_asked_asks_nothing(tmp_path):
    # « Beaucoup d'entre vous ont demandé … », « Vous avez été nombreux à réclamer … » in the
    # authority's page: the demands it answers, recalled, no unit; its commitment stays one
    from nlp_stn.segment.language import _YOU_ASKED
    assert _YOU_ASKED.match("Beaucoup d'entre vous ont aussi demandé des bancs.")
    assert _YOU_ASKED.match("Vous avez été nombreux à nous réclamer une navette.")
    assert _YOU_ASKED.match("Vous nous avez proposé un jardin partagé.")
    assert not _YOU_ASKED.match("Vous pourrez réserver la salle en ligne.")
    assert _kinds(tmp_path, (
        "# Square : ce que nous faisons de vos idées\n\n"
        "Beaucoup d'entre vous ont demandé des bancs et une fontaine au square.\n\n"
        "Vous avez été nombreux à réclamer une navette le samedi.\n\n"
        "- **Des bancs** : quatre bancs seront posés au square en avril.\n"),
        name="square.md") == [("action", "", "Des bancs : quatre bancs seront posés au square en avril.")]


def test_et_aussi_adds_a_thing_named_before_its_reason():
    from nlp_stn.segment.language import _added_asks

    verbless = lambda text: not any(w in text.split() for w in ("est", "a", "manque"))  # noqa: E731
    assert _added_asks("Un abri au stade.\nEt aussi des ateliers pour apprendre à réparer son vélo, ça manque.",
                       lambda t: False, verbless) == [
        (0, "Un abri au stade."), (18, "Et aussi des ateliers pour apprendre à réparer son vélo, ça manque.")]
    # a verb in the thing named: a remark going on with the first ask
    assert _added_asks("Un abri au stade. Et aussi la rue est sale, personne ne passe.", lambda t: False, verbless) == [
        (0, "Un abri au stade. Et aussi la rue est sale, personne ne passe.")]
    # « Et » alone before a thing named in a few words, then what it is for: one more thing asked
    # too (« Et un abri à la gare pour ceux qui … », see
    # tests/test_segment.py::test_a_card_holding_two_asks_under_its_title_gives_two_demands)
    assert _added_asks("Un abri au stade. Et des ateliers pour apprendre à réparer son vélo, ça manque.",
                       lambda t: False, verbless) == [
        (0, "Un abri au stade."), (18, "Et des ateliers pour apprendre à réparer son vélo, ça manque.")]
    # « Et » alone before a long thing: a remark going on with the first ask
    assert _added_asks("Un abri au stade. Et des ateliers de réparation de vélos dans la cour de l'ancienne école "
                       "du bourg le samedi, ça manque.", lambda t: False, verbless) == [
        (0, "Un abri au stade. Et des ateliers de réparation de vélos dans la cour de l'ancienne école du bourg "
            "le samedi, ça manque.")]


def test_the_author_judging_a_thing_necessary_asks_for_it(tmp_path):
    assert _kinds(tmp_path, OPINION + (
        "Les pistes du plateau sont mal entretenues. Le conseil estime indispensable que chaque commune dispose "
        "d'un agent formé à leur entretien.\n\n"
        "Nous jugeons urgent que le collège soit relié à la gare par une voie verte.\n\n"
        "Le conseil considère que le plan va dans le bon sens.\n")) == [
        ("recommendation", "", "Le conseil estime indispensable que chaque commune dispose d'un agent formé à leur "
                               "entretien."),
        ("recommendation", "", "Nous jugeons urgent que le collège soit relié à la gare par une voie verte."),
    ]


def test_a_wish_spoken_in_running_text_of_an_opinion_is_a_demand(tmp_path):
    # « On veut … » / « Nous voulons … » opening a paragraph of an opinion (a youth council's
    # designed page writes as it speaks): its writers ask for the thing; not « on veut bien »
    # (they agree) nor « nous voudrions remercier » (thanks)
    assert _kinds(tmp_path, OPINION + (
        "Un terrain pour tous\n\n"
        "On veut un terrain multisport couvert derrière la salle des fêtes.\n\n"
        "On veut bien aider à le nettoyer le samedi.\n\n"
        "Nous voudrions remercier les animateurs du centre social.\n")) == [
        ("recommendation", "", "On veut un terrain multisport couvert derrière la salle des fêtes."),
    ]


def test_an_item_of_an_opinion_asking_in_so_many_words_is_a_demand_even_with_an_exclamation(tmp_path):
    # « ✖ Il faut … ! » on a designed page, « - Il faudrait … » in a list: the item asks, its « ! »
    # only insists; an exclamation that asks nothing stays none
    assert _kinds(tmp_path, OPINION + (
        "Le stade\n\n"
        "Les vestiaires sont sales.\n\n"
        "✖ Il faut repeindre les vestiaires du stade !\n"
        "- Il faudrait ouvrir la salle le dimanche.\n"
        "- Quelle belle fête !\n")) == [
        ("recommendation", "", "Il faut repeindre les vestiaires du stade !"),
        ("recommendation", "", "Il faudrait ouvrir la salle le dimanche."),
    ]


def test_an_item_opened_by_et_and_an_infinitive_adds_one_more_deed(tmp_path):
    # « Et planter … » after « Installer … »: « Et » alone before the infinitive adds a demand, as
    # « Et aussi … » does
    assert _kinds(tmp_path, OPINION + (
        "- Installer des bancs au square.\n"
        "- Et planter des arbres le long du mail.\n")) == [
        ("recommendation", "", "Installer des bancs au square."),
        ("recommendation", "", "Et planter des arbres le long du mail."),
    ]


def test_a_question_to_the_reader_addressed_as_tu_asks_the_authority_nothing(tmp_path):
    # a youth council's page turns to its reader (« Et toi, t'en penses quoi ? »): no question
    # put to the authority, unlike « Qui paiera … ? »
    assert _kinds(tmp_path, OPINION + (
        "À toi de jouer\n\n"
        "Et toi, t'en penses quoi ? Écris-nous sur le site de la mairie !\n\n"
        "Le stade\n\n"
        "Qui paiera le nouveau terrain ?\n")) == [
        ("question", "", "Qui paiera le nouveau terrain ?"),
    ]


def test_a_thing_judged_useful_after_a_finding_and_a_semicolon_is_a_demand(tmp_path):
    # the finding first, then, past a semicolon, the thing put forward and judged by what it would do
    assert _kinds(tmp_path, OPINION + (
        "Les cyclistes constatent qu'aucun abri ne protège les vélos à la gare ; un abri couvert leur serait très utile.\n\n"
        "Les cyclistes constatent que la piste est étroite ; elle serait plus sûre avec une bordure.\n")) == [
        ("recommendation", "", "Les cyclistes constatent qu'aucun abri ne protège les vélos à la gare ; un abri couvert "
         "leur serait très utile."),
    ]


def test_the_authors_ask_after_context_under_a_recommendation_heading_is_one_more_demand(tmp_path):
    # under a heading naming the topic, the author's ask stated after sentences of context (or after
    # a fronted complement, or as « Il est temps de … ») is the demand: a unit of its own
    assert _kinds(tmp_path, OPINION + (
        "## Préconisation 4 : équiper les gares\n\n"
        "Les gares du canton sont vétustes. Le conseil préconise d'installer des consignes à vélos dans chaque gare.\n\n"
        "## Préconisation 5 : protéger les chemins\n\n"
        "Après les crues de 2024, nous préconisons de reprofiler les fossés du chemin des Aulnes.\n\n"
        "## Préconisation 6 : en finir avec les détours\n\n"
        "Les cyclistes font trois kilomètres de plus. Il est temps de relier Bourg-Neuf à la voie verte.\n")) == [
        ("recommendation", "Préconisation 4", "équiper les gares"),
        ("recommendation", "", "Le conseil préconise d'installer des consignes à vélos dans chaque gare."),
        ("recommendation", "Préconisation 5", "protéger les chemins\n"
         "Après les crues de 2024, nous préconisons de reprofiler les fossés du chemin des Aulnes."),
        ("recommendation", "Préconisation 6", "en finir avec les détours\nIl est temps de relier Bourg-Neuf à la voie verte."),
    ]


def test_two_deeds_asked_under_one_verb_in_a_recommendations_explanation_are_two_demands(tmp_path):
    # « Nous préconisons de recruter …, et d'ouvrir … »: each infinitive has its own object, one
    # demand each; « de former les agents et de les équiper » (a pronoun) stays whole
    assert _kinds(tmp_path, OPINION + (
        "## Préconisation 2 : accueillir les cyclistes\n\n"
        "Les gares sont mal équipées. Nous préconisons de poser des arceaux couverts devant chaque gare, "
        "et d'ouvrir un atelier de réparation au bourg le samedi matin.\n\n"
        "## Préconisation 3 : former les agents\n\n"
        "Les agents manquent de repères. Le conseil recommande de former les agents des gares et de les équiper.\n")) == [
        ("recommendation", "Préconisation 2", "accueillir les cyclistes"),
        ("recommendation", "", "Nous préconisons de poser des arceaux couverts devant chaque gare"),
        ("recommendation", "", "d'ouvrir un atelier de réparation au bourg le samedi matin."),
        ("recommendation", "Préconisation 3", "former les agents"),
        ("recommendation", "", "Le conseil recommande de former les agents des gares et de les équiper."),
    ]


def test_an_address_line_after_the_last_action_is_no_unit_nor_its_description(tmp_path):
    # « Commune de Brévent – 2, rue de l'Église – 71000 Brévent – www.brevent.fr » closing the plan:
    # where the authority sits, not a further sentence of the last action
    text = ("Plan d'actions de la commune de Brévent\n\n"
            "## Action 4 : Un abri à vélos à la gare\n\n"
            "Un abri couvert de vingt places sera posé devant la gare en 2027.\n\n"
            "Commune de Brévent – 2, rue de l'Église – 71000 Brévent – www.brevent.fr\n")
    path = tmp_path / "plan.md"
    path.write_text(text, encoding="utf-8")
    units = segment(extract(path, SETTINGS), SETTINGS)
    assert [(u.kind, u.label, u.text, u.detail) for u in units] == [
        ("action", "Action 4", "Un abri à vélos à la gare", "Un abri couvert de vingt places sera posé devant la gare en 2027.")]
