"""Pair signals: exact values on small cases, synonyms, asymmetry, context, block invariance."""
import numpy as np
import pytest

from nlp_stn.features import display_forms, FEATURE_NAMES, iter_blocks, prepare
from nlp_stn.model import Segment


def unit(uid, text, heading="", parent="", doc="d.txt"):
    return Segment(id=uid, doc=doc, kind="recommendation", label="", heading=heading, parent=parent, role="",
                   page=None, start=0, end=0, text=text)


@pytest.fixture(scope="module")
def settings(tmp_path_factory):
    from nlp_stn.settings import Settings

    return Settings(cache_dir=str(tmp_path_factory.mktemp("cache")))


def col(name):
    return FEATURE_NAMES.index(name)


def test_identical_and_unrelated_texts(settings):
    demands = [unit("d1", "Développer les tiers-lieux sur le territoire")]
    actions = [unit("a1", "Développer les tiers-lieux sur le territoire"), unit("a2", "Réduire la vitesse des voitures")]
    X = prepare(demands, actions, settings).block(0, 1)
    assert X.shape == (1, 2, len(FEATURE_NAMES))
    for name in ("tfidf", "tfidf_lex", "char", "cover", "theme"):
        assert X[0, 0, col(name)] == pytest.approx(1.0, abs=1e-5), name
    assert X[0, 0, col("use")] == pytest.approx(1.0, abs=1e-4)
    for name in ("tfidf", "tfidf_lex", "cover", "theme"):
        assert X[0, 1, col(name)] == 0.0, name


def test_lexicon_synonyms_meet_where_lemmas_do_not(settings):
    demands = [unit("d1", "Accélérer le déploiement de la fibre")]
    actions = [unit("a1", "Garantir le très haut débit partout"), unit("a2", "Soutenir les associations sportives")]
    X = prepare(demands, actions, settings).block(0, 1)
    assert X[0, 0, col("tfidf")] == 0.0
    assert X[0, 0, col("tfidf_lex")] > 0.1
    assert X[0, 0, col("theme")] == 1.0


def test_cover_is_asymmetric(settings):
    short = unit("s", "Former les agents")
    long_ = unit("l", "Former les agents et les élus au numérique responsable dans chaque commune")
    X = prepare([short], [long_], settings).block(0, 1)
    Y = prepare([long_], [short], settings).block(0, 1)
    assert X[0, 0, col("cover")] == pytest.approx(1.0)
    assert Y[0, 0, col("cover")] < 0.5


def test_context_adds_the_section_title(settings):
    demand = unit("d1", "Créer un réseau local de covoiturage")
    plain = unit("a1", "Développer une application", doc="s.txt")
    titled = unit("a2", "Développer une application", heading="Stratégie > Mobilité partagée et covoiturage", doc="s2.txt")
    X = prepare([demand], [plain, titled], settings).block(0, 1)
    assert X[0, 0, col("tfidf")] == X[0, 1, col("tfidf")]
    assert X[0, 1, col("tfidf_ctx")] > X[0, 0, col("tfidf_ctx")]
    # "application" is administration, "covoiturage" (from the title) mobility: 1 of 2 themes shared
    assert X[0, 1, col("theme_ctx")] == 0.5 and X[0, 0, col("theme_ctx")] == 0.0


def test_parent_text_is_context(settings):
    parent = unit("p", "Proposition 2 : un plan de formation global", doc="b.txt")
    child = unit("c", "Trouver un outil porteur de ce plan", parent="p", doc="b.txt")
    demand = unit("d", "Proposer des formations tout au long de la vie")
    space = prepare([demand], [child], settings, context_units=[parent])
    assert space.actions.ctx_texts == ["Proposition 2 : un plan de formation global : Trouver un outil porteur de ce plan"]
    assert "formation" in space.actions.ctx_lemmas[0]


def test_blocks_give_the_same_features_as_one_pass(settings):
    texts = ["Former les élus", "Ouvrir les données publiques", "Développer le télétravail", "Créer un tiers-lieu",
             "Soutenir la médiation numérique"]
    demands = [unit(f"d{i}", t) for i, t in enumerate(texts)]
    actions = [unit(f"a{i}", t) for i, t in enumerate(reversed(texts))]
    space = prepare(demands, actions, settings)
    whole = space.block(0, len(demands))
    parts = np.concatenate([x for _, _, x in iter_blocks(space, 2)], axis=0)
    assert np.allclose(whole, parts, equal_nan=True)
    assert [(s, e) for s, e, _ in iter_blocks(space, 2)] == [(0, 2), (2, 4), (4, 5)]


def test_without_embeddings_the_vector_signals_are_missing(settings):
    s = settings.replace(use_embeddings=False)
    X = prepare([unit("d", "Former les élus")], [unit("a", "Former les agents")], s).block(0, 1)
    assert np.isnan(X[0, 0, col("use")]) and np.isnan(X[0, 0, col("use_ctx")])
    assert not np.isnan(X[0, 0, col("tfidf")])


def test_shared_lemmas_rarest_first(settings):
    demands = [unit("d", "Ouvrir les données publiques du territoire")]
    actions = [unit("a", "Publier les données publiques"), unit("b", "Le territoire et ses données")]
    space = prepare(demands, actions, settings)
    # shown as the texts write them (accents kept), not as the folded matching keys
    assert space.shared_lemmas(0, 0) == ("public", "données")


def test_display_forms_restore_accents_and_prefer_the_singular():
    forms = display_forms([
        "L'économie sociale et les économies locales",
        "Développer les Tiers-Lieux ; le tiers",
        "Des données ouvertes, une donnée",
        "Mise en Œuvre",
    ])
    assert forms["economie"] == "économie"  # the singular form wins over "économies"
    assert forms["donnee"] == "donnée"
    assert forms["developper"] == "développer"
    assert forms["tier"] == "tiers"  # only ever written "tiers"
    assert forms["lieu"] == "lieux"  # never written in the singular: shown as written
    assert forms["locale"] == "locales"
    assert forms["oeuvre"] == "œuvre"


def test_bm25_is_bounded_and_rewards_more_query_words(settings):
    demands = [unit("d", "Former les élus aux logiciels libres")]
    actions = [unit("a1", "Former les élus aux logiciels libres"), unit("a2", "Former les élus"),
               unit("a3", "Réduire la vitesse des voitures")]
    X = prepare(demands, actions, settings).block(0, 1)
    bm = X[0, :, col("bm25_ctx")]
    assert 0.0 < bm[1] < bm[0] <= 1.0
    assert bm[2] == 0.0


def test_fuzz_is_a_signal_computed_per_block_with_rapidfuzz(settings):
    from rapidfuzz import fuzz

    from nlp_stn.themes import fold

    demands = [unit("d1", "Ouvrir les données publiques"), unit("d2", "Former les élus au numérique")]
    actions = [unit("a1", "Les données publiques : ouvrir"), unit("a2", "Former les élus"), unit("a3", "Fibre optique")]
    space = prepare(demands, actions, settings)
    X = np.concatenate([b for _, _, b in iter_blocks(space, 1)])
    for i, d in enumerate(demands):
        for j, a in enumerate(actions):
            expected = fuzz.token_set_ratio(fold(d.text), fold(a.text)) / 100.0
            assert X[i, j, col("fuzz")] == pytest.approx(expected, abs=1e-6)
    assert X[0, 0, col("fuzz")] == pytest.approx(1.0)  # same words in another order
    assert X[1, 1, col("fuzz")] == pytest.approx(1.0)  # every word of the action is in the demand
    assert "fuzz" in space.timings


def test_support_verb_constructions_are_not_evidence(settings):
    demands = [unit("d", "Mettre en place un réseau de covoiturage")]
    actions = [unit("a", "Mettre en place un réseau de covoiturage local"), unit("b", "Mettre en place la fibre")]
    space = prepare(demands, actions, settings.replace(use_embeddings=False))
    assert space.shared_lemmas(0, 1) == ()  # "mettre en place" alone is no evidence
    assert set(space.shared_lemmas(0, 0)) == {"réseau", "covoiturage"}


def test_context_is_the_nearest_title_the_parent_and_the_detail():
    from nlp_stn.features import context_prefix

    axis = unit("p", "Axe 2 – Un éclairage public sobre")
    action = Segment(id="a", doc="d.txt", kind="action", label="Action 5", heading="Plan > Axe 2 – Un éclairage public sobre",
                     parent="p", role="", page=None, start=0, end=0, text="Action 5 : Moderniser l'éclairage public",
                     detail="Les points lumineux passeront aux LED.")
    # the axis is both the nearest title and the parent: said once
    assert context_prefix(action, {"p": axis}) == "Axe 2 – Un éclairage public sobre ; Les points lumineux passeront aux LED."
    assert context_prefix(unit("b", "Former les agents", heading="Formation"), {}) == "Formation"


def test_shared_words_are_those_of_the_action_and_its_description_not_its_section(settings):
    import dataclasses

    demands = [unit("d1", "Recenser les emplois compatibles avec le télétravail")]
    plain = unit("a1", "Ouvrir un tiers-lieu dans chaque bourg", heading="Plan > Économie, tourisme et emploi")
    described = dataclasses.replace(plain, id="a2", detail="Le tiers-lieu accueillera le télétravail des salariés.")
    space = prepare(demands, [plain, described], settings)
    assert space.shared_lemmas(0, 0) == ()  # "emploi" is only in the section title
    assert space.shared_lemmas(0, 1) == ("télétravail",)


def test_an_acronym_defined_on_either_side_counts_as_its_long_form(settings):
    demands = [unit("d1", "Créer une application de réservation du transport à la demande (TAD) pour les hameaux")]
    actions = [unit("a1", "Mettre en service une centrale de réservation unique pour le TAD"),
               unit("a2", "Mettre en service une application de covoiturage")]
    space = prepare(demands, actions, settings)
    assert set(space.shared_lemmas(0, 0)) >= {"transport", "demande", "réservation"}
    X = space.block(0, 1)
    assert X[0, 0, col("tfidf")] > X[0, 1, col("tfidf")]


@pytest.mark.parametrize("text, asked", [
    ("Installer des bornes d'accueil humain plutôt que des cabines automatisées.",
     "Installer des bornes d'accueil humain ."),
    ("Plutôt qu'un nouveau portail, améliorer le site existant", ", améliorer le site existant"),
    ("Au lieu de créer un nouveau portail, améliorer le site existant", ", améliorer le site existant"),
    ("Au lieu d'acheter des licences ; former les agents", "; former les agents"),
    ("Des documents accessibles et non de simples images scannées (PDF)",
     "Des documents accessibles (PDF)"),
    ("Des formations en présentiel et non pas en ligne", "Des formations en présentiel"),
    # not refusals: "non seulement", "et non plus", a plain "non"
    ("Former non seulement les agents mais aussi les élus", "Former non seulement les agents mais aussi les élus"),
    ("Accueillir les usagers, et non plus seulement les agents", "Accueillir les usagers, et non plus seulement les agents"),
    ("Ouvrir un lieu non marchand", "Ouvrir un lieu non marchand"),
    # « mais pas … » turns a place or a means down ...
    ("Des ateliers pour les aînés, mais pas à la salle polyvalente du chef-lieu qui est trop loin.",
     "Des ateliers pour les aînés, ."),
    ("Un accueil le samedi mais pas dans les locaux de la mairie annexe", "Un accueil le samedi"),
    ("Des bornes de recharge, mais surtout pas de nouveaux parkings ; et des arceaux",
     "Des bornes de recharge, ; et des arceaux"),
    # ... not when it only qualifies, nor after a fact (what is missing is what is asked)
    ("Des ateliers pour les aînés, mais pas seulement à la mairie", "Des ateliers pour les aînés, mais pas seulement à la mairie"),
    ("Former les agents, mais pas uniquement sur les logiciels", "Former les agents, mais pas uniquement sur les logiciels"),
    ("Des cours, mais pas trop chers", "Des cours, mais pas trop chers"),
    ("La fibre arrive au bourg mais pas dans les hameaux", "La fibre arrive au bourg mais pas dans les hameaux"),
    ("On a la 4G mais pas le très haut débit.", "On a la 4G mais pas le très haut débit."),
])
def test_what_a_text_turns_down_is_not_what_it_asks(text, asked):
    from nlp_stn.features import without_rejected

    assert without_rejected(text) == asked


def test_a_demand_does_not_match_the_alternative_it_turns_down(settings):
    demands = [unit("d1", "Installer des bornes d'accueil avec un agent plutôt que des cabines de téléconsultation "
                          "automatisées")]
    actions = [unit("a1", "Déployer des cabines de téléconsultation automatisées"),
               unit("a2", "Ouvrir des bornes d'accueil tenues par un agent")]
    space = prepare(demands, actions, settings)
    X = space.block(0, 1)
    assert X[0, 0, col("tfidf")] == 0.0 and X[0, 1, col("tfidf")] > 0.5
    assert space.shared_lemmas(0, 0) == ()
    assert space.demands.texts[0].endswith("plutôt que des cabines de téléconsultation automatisées")  # quoted as written


def test_an_action_sharing_only_a_concept_of_the_lexicon_is_not_related(settings):
    """« related »: a content word shared with the action's text, description or section title;
    a concept of the lexicon alone (« FALC », « RGAA »: both accessibility) or a support verb is not."""
    import dataclasses

    demands = [unit("d1", "Rédiger les courriers de la mairie en FALC")]
    concept_only = unit("a1", "Le portail sera rendu conforme au RGAA")
    support_only = unit("a2", "Mettre en place un marché de producteurs")
    own_word = unit("a3", "Les courriers aux familles seront simplifiés")
    titled = unit("a4", "Un agent relira chaque lettre", heading="Plan > Des courriers plus simples")
    described = dataclasses.replace(concept_only, id="a5", detail="Les courriers suivront aussi ces règles.")
    demands.append(unit("d2", "Mettre en place des navettes vers la gare"))
    space = prepare(demands, [concept_only, support_only, own_word, titled, described], settings.replace(use_embeddings=False))
    assert [space.related(0, a) for a in range(5)] == [False, False, True, True, True]
    assert space.related(1, 1) is False  # « mettre en place » alone


def test_the_places_a_demand_names_after_a_preposition_of_place():
    from nlp_stn.features import place_words

    assert place_words("Plus de bancs dans le parc des Tilleuls, et des poubelles") == {"parc", "tilleul"}
    assert place_words("Que le plan des pistes soit publié sur le site de la commune.") == {"site", "commune"}
    assert place_words("Des bancs près de l'étang et devant la poste") == {"etang", "poste"}
    assert place_words("Inscrire les enfants à la cantine en ligne") == set()  # « à » names no place


def test_an_action_sharing_only_the_place_or_a_light_verb_is_incidental(settings):
    """« incidental »: every shared word says where (a place after « dans », « sur » …) or how (a
    light verb: publier, installer …), none names the thing asked; not when the action shares a
    theme of its own with the demand, nor when it shares no word at all."""
    demands = [unit("d1", "Plus de bancs dans le parc des Tilleuls"),
               unit("d2", "Que le plan des pistes cyclables soit publié sur le site de la commune")]
    actions = [unit("a1", "Des jeux pour enfants au parc des Tilleuls"),
               unit("a2", "De nouveaux bancs seront posés au parc des Tilleuls"),
               unit("a3", "Publier les menus de la cantine sur le site de la commune"),
               unit("a4", "Planter des haies le long des routes")]
    space = prepare(demands, actions, settings.replace(use_embeddings=False))
    assert [space.incidental(0, a) for a in range(4)] == [True, False, False, False]
    assert [space.incidental(1, a) for a in range(4)] == [False, False, True, False]
