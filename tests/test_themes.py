"""Lexicon of themes: loading, matching of terms and synonyms, errors."""
from pathlib import Path

import pytest

from nlp_stn.errors import ModelError
from nlp_stn.themes import assign, concepts_in, load_lexicon, words

THEME_KEYS = [
    "inclusion", "formation", "tiers_lieux", "donnees_ouvertes", "tres_haut_debit", "gouvernance",
    "administration", "logiciels_libres", "participation", "mobilite", "sante", "securite", "sobriete",
    "economie", "education", "culture",
]


def test_default_lexicon_has_the_sixteen_themes_in_order():
    lexicon = load_lexicon()
    assert list(lexicon.themes) == THEME_KEYS
    assert lexicon.themes["tiers_lieux"] == "Tiers-lieux et coworking"
    assert len(lexicon.version) == 12


def test_words_fold_accents_plurals_and_hyphens():
    assert words("Réseaux Tiers-Lieux, l'accès") == ["reseau", "tier", "lieu", "l", "acce"]


@pytest.mark.parametrize(
    "text, themes",
    [
        ("Déployer la fibre optique dans les zones blanches", ("tres_haut_debit",)),
        ("Le THD pour tous", ("tres_haut_debit",)),
        ("mise en oeuvre du très haut débit", ("tres_haut_debit",)),
        ("Ouvrir les données publiques", ("donnees_ouvertes",)),
        ("une politique d'open data", ("donnees_ouvertes",)),
        ("Créer un tiers-lieu", ("tiers_lieux",)),
        ("Un espace de travail partagé", ("tiers_lieux",)),
        ("Ouvrir les espaces de co-working", ("tiers_lieux",)),
        ("la dématérialisation des démarches", ("administration",)),
        ("Créer un réseau local de covoiturage", ("mobilite",)),
        ("Payer la cantine en ligne", ("education",)),  # school catering
        # too generic to make a theme: inhabitants, a medical consultation
        ("Les habitants pendant la consultation", ()),
        ("Un texte sans rapport avec le sujet", ()),
    ],
)
def test_assign_recognises_terms_synonyms_and_abbreviations(text, themes):
    assert assign([text]) == [themes]


def test_longest_term_wins_so_free_data_is_not_free_software():
    lexicon = load_lexicon()
    assert assign(["Lister les données libres"]) == [("donnees_ouvertes",)]
    assert concepts_in("Lister les données libres", lexicon) == ["donnees_ouvertes.0"]
    assert assign(["Utiliser des logiciels libres"]) == [("logiciels_libres",)]


def test_synonyms_share_a_concept():
    lexicon = load_lexicon()
    assert concepts_in("fibre", lexicon) == concepts_in("très haut débit", lexicon) == ["tres_haut_debit.0"]
    assert concepts_in("tiers lieux", lexicon) == concepts_in("Tiers-Lieu", lexicon) == ["tiers_lieux.0"]


def test_version_follows_the_file_content(tmp_path):
    a = tmp_path / "a.toml"
    a.write_text('[themes.x]\nlabel = "X"\nconcepts = [["alpha"]]\n', encoding="utf-8")
    b = tmp_path / "b.toml"
    b.write_text('[themes.x]\nlabel = "X"\nconcepts = [["alpha", "beta"]]\n', encoding="utf-8")
    la, lb = load_lexicon(a), load_lexicon(b)
    assert la.version != lb.version
    assert assign(["beta"], la) == [()]
    assert assign(["beta"], lb) == [("x",)]


def test_wildcard_matches_word_starts(tmp_path):
    path = tmp_path / "t.toml"
    path.write_text('[themes.m]\nlabel = "M"\nconcepts = [["covoitur*"]]\n', encoding="utf-8")
    lexicon = load_lexicon(path)
    assert assign(["covoiturage", "covoiturer", "voiture"], lexicon) == [("m",), ("m",), ()]


def test_bad_toml_names_the_file(tmp_path):
    path = tmp_path / "themes.toml"
    path.write_text("[themes.x\nlabel = 1", encoding="utf-8")
    with pytest.raises(ModelError) as err:
        load_lexicon(path)
    assert str(err.value).startswith(f"{path} : lexique des thèmes au format TOML invalide (")
    assert str(err.value).endswith("restaurez le fichier d'origine du projet (models/themes.toml) ou corrigez-le.")


def test_missing_lexicon_names_the_file(tmp_path):
    path = tmp_path / "absent.toml"
    with pytest.raises(ModelError) as err:
        load_lexicon(path)
    assert str(err.value) == (
        f"{path} : lexique des thèmes introuvable : restaurez le fichier d'origine du projet "
        "(models/themes.toml) ou corrigez-le."
    )


def test_theme_without_label_is_refused(tmp_path):
    path = tmp_path / "themes.toml"
    path.write_text('[themes.x]\nconcepts = [["alpha"]]\n', encoding="utf-8")
    with pytest.raises(ModelError, match="le thème « x » doit avoir un libellé `label`"):
        load_lexicon(path)


def test_lexicon_file_is_the_projects():
    assert Path(load_lexicon().path).name == "themes.toml"


@pytest.mark.parametrize(
    "text, themes",
    [
        ("Lutter contre l'illectronisme", ("inclusion",)),
        ("Des conseillers numériques dans chaque commune", ("inclusion",)),
        ("Une maison France Services", ("inclusion",)),
        ("Former les agents à Pix", ("formation",)),
        ("Ouvrir un fablab et un repair café", ("tiers_lieux",)),
        ("Publier les jeux de données sur data.gouv", ("donnees_ouvertes",)),
        ("Couvrir les zones blanches en 4G", ("tres_haut_debit",)),
        ("Créer un comité de pilotage", ("gouvernance",)),
        ("Généraliser les téléprocédures", ("administration",)),
        ("Utiliser des formats ouverts et interopérables", ("logiciels_libres",)),
        ("Lancer un budget participatif", ("participation",)),
        ("Mettre en place la billettique unique", ("mobilite",)),
        ("Développer la téléconsultation", ("sante",)),
        ("Se conformer au RGPD", ("securite",)),
        ("Les rançongiciels", ("securite",)),
        ("Soutenir les start-up et les incubateurs", ("economie",)),
        ("Numériser les archives de la médiathèque", ("culture",)),
        ("Sensibiliser à la cybersécurité", ("formation", "securite")),
        ("Favoriser le réemploi des ordinateurs", ("inclusion", "sobriete")),
        ("Équiper les collèges d'un ENT", ("education",)),
    ],
)
def test_assign_covers_each_theme_of_local_digital_policy(text, themes):
    assert assign([text]) == [themes]


@pytest.mark.parametrize(
    "synonyms, concept",
    [
        (["illectronisme", "fracture numérique", "éloignés du numérique", "publics fragiles"], "inclusion.0"),
        (["médiation numérique", "conseillers numériques", "aidants numériques", "accompagnement"], "inclusion.1"),
        (["open data", "données ouvertes", "ouverture des données", "jeux de données"], "donnees_ouvertes.0"),
        (["zones blanches", "zone grise", "montée en débit"], "tres_haut_debit.2"),
        (["dématérialisation", "dématérialiser", "zéro papier"], "administration.2"),
        (["télétravail", "travail à distance", "télétravailler"], "tiers_lieux.3"),
        (["RGPD", "données personnelles", "vie privée", "CNIL", "consentement"], "securite.0"),
    ],
)
def test_synonym_groups_give_one_concept(synonyms, concept):
    lexicon = load_lexicon()
    assert [concepts_in(s, lexicon) for s in synonyms] == [[concept]] * len(synonyms)


def test_every_term_of_the_lexicon_belongs_to_one_concept_only():
    lexicon = load_lexicon()
    owners = {}
    for concept in lexicon.concepts:
        for term in concept.terms:
            owners.setdefault(tuple(words(term.rstrip("*"))) + (term.endswith("*"),), set()).add(concept.id)
    assert {t: o for t, o in owners.items() if len(o) > 1} == {}
