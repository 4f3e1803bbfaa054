"""Text cleaners: exact examples from the corpus and properties (hypothesis)."""
import re

import pytest
from hypothesis import given, settings, strategies as st

from nlp_stn.clean import clean_text, dehyphenate, normalise_spaces, repair_capital_i, split_marker, unwrap_lines


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("groupe de pilotage «_Schéma Territorial du Numérique_»", "groupe de pilotage « Schéma Territorial du Numérique »"),
        ("trois axes de travail_:", "trois axes de travail :"),
        ("un système de confiance_ (cadre)", "un système de confiance (cadre)"),
        ("soit «_débrayable_» pour", "soit « débrayable » pour"),
        ("vraiment\u00a0? oui\u202f!", "vraiment ? oui !"),
        ("deux    espaces  \nligne suivante   ", "deux espaces\nligne suivante"),
        ("snake_case reste", "snake_case reste"),
        ("col1\tcol2", "col1\tcol2"),
        ("  - indented item", "  - indented item"),
        # typographic ligatures of a PDF or an OCR tool: the letters, so the words are found
        ("la \ufb01bre, un \ufb02ux, e\ufb03cace", "la fibre, un flux, efficace"),
    ],
)
def test_normalise_spaces(raw, expected):
    assert normalise_spaces(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("le dé-\nploiement du réseau", "le déploiement du réseau"),
        ("des tiers-\nlieux numériques", "des tiers-lieux numériques"),
        ("à Saint-\nBrieuc", "à Saint-Brieuc"),
        ("peut-\nêtre demain", "peut-être demain"),
        ("entre 2016-\n2018", "entre 2016-\n2018"),
        # evidence from the text itself: the hyphenated form is used elsewhere
        ("un rendez-\nvous puis un autre rendez-vous", "un rendez-vous puis un autre rendez-vous"),
        # the joined form is used elsewhere
        ("la co-\nconstruction et la coconstruction", "la coconstruction et la coconstruction"),
        ("une anti-\nchambre", "une antichambre"),
        ("un mot en fin de ligne -\nsuite", "un mot en fin de ligne -\nsuite"),
        # prefixes that are also first syllables: joined unless the second part is a word
        ("les pré-\nconisations", "les préconisations"),
        ("une démarche pro-\nfessionnelle", "une démarche professionnelle"),
        ("l'ex-\npertise", "l'expertise"),
        ("partagé libre-\nment", "partagé librement"),
        ("des ondu-\nleurs", "des onduleurs"),
        ("un mi-\nnistre", "un ministre"),
        ("la co-\nconstruction : une construction", "la co-construction : une construction"),
        ("un sous-\nréseau du réseau", "un sous-réseau du réseau"),
        # a second part seen only as the half of another cut word is no evidence
        ("inter-\nvention et pré-\nvention", "intervention et prévention"),
        ("une demi-\njournée", "une demi-journée"),
        ("la va-\nleur", "la valeur"),
    ],
)
def test_dehyphenate(raw, expected):
    assert dehyphenate(raw) == expected


def test_dehyphenate_vocabulary_keeps_known_compounds():
    assert dehyphenate("le grand-\nangle", vocabulary={"Grand-Angle"}) == "le grand-angle"
    assert dehyphenate("le grand-\nangle") == "le grand-angle"  # "grand" is a compound prefix
    assert dehyphenate("la sensi-\nbilisation", vocabulary={"sensi-bilisation"}) == "la sensi-bilisation"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("améliorer\n\n\n\nl'administration - Créer", "améliorer l'administration - Créer"),
        ("un réseau de tiers lieux\n\nnumériques associant", "un réseau de tiers lieux numériques associant"),
        ("Fin de phrase.\n\nsuite en minuscule", "Fin de phrase.\n\nsuite en minuscule"),
        ("Titre\n\nParagraphe", "Titre\n\nParagraphe"),
        ("lead-in :\nsuite", "lead-in :\nsuite"),
        ("une liste\na) premier", "une liste\na) premier"),
    ],
)
def test_unwrap_lines(raw, expected):
    assert unwrap_lines(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("1 • Faire une enquête", ("1", "Faire une enquête")),
        ("1) Compléter l'intitulé", ("1", "Compléter l'intitulé")),
        ("1° Améliorer", ("1°", "Améliorer")),
        ("12. Définir", ("12", "Définir")),
        ("a. premier", ("a", "premier")),
        ("b) second", ("b", "second")),
        ("• puce", ("•", "puce")),
        ("○ cercle", ("○", "cercle")),
        ("- tiret", ("-", "tiret")),
        ("* étoile", ("*", "étoile")),
        ("– demi-cadratin", ("–", "demi-cadratin")),
        ("**gras**", ("", "**gras**")),
        ("1.5 million", ("", "1.5 million")),
        ("-5 degrés", ("", "-5 degrés")),
        ("Action 7 : Définir", ("", "Action 7 : Définir")),
        ("- ", ("", "- ")),
        ("→ Réduire", ("→", "Réduire")),
        ("➔Réduire", ("➔", "Réduire")),
        ("− moins", ("−", "moins")),
        ("−5 degrés", ("", "−5 degrés")),
        ("▪ carré", ("▪", "carré")),
        ("► flèche", ("►", "flèche")),
        ("✓ coché", ("✓", "coché")),
        ("› Ouvrir la ludothèque le mercredi", ("›", "Ouvrir la ludothèque le mercredi")),
        ("› Accueil › Nos services", ("", "› Accueil › Nos services")),
        ("Accueil › Nos services", ("", "Accueil › Nos services")),
        ("› 2028", ("", "› 2028")),
        # a letter, a roman or an arabic number in brackets (LaTeX's enumerate, legal texts)
        ("(a) d'équiper les gymnases", ("a", "d'équiper les gymnases")),
        ("(iv) à former les agents", ("iv", "à former les agents")),
        ("(12) Publier le bilan", ("12", "Publier le bilan")),
        ("(B) Relier les hameaux", ("B", "Relier les hameaux")),
        ("(voir annexe 2) le tableau", ("", "(voir annexe 2) le tableau")),
        ("(a)", ("", "(a)")),
        ("(2027) Une année", ("", "(2027) Une année")),
    ],
)
def test_split_marker(raw, expected):
    assert split_marker(raw) == expected


def test_clean_text_composes_the_cleaners():
    raw = "Il faut amé-\nliorer\n\n\n\nl'administration_!  Puis «_agir_»."
    assert clean_text(raw) == "Il faut améliorer l'administration ! Puis « agir »."


# --- properties -----------------------------------------------------------------------------

french = st.text(
    alphabet=st.sampled_from(list("abcdeéèàçô ABCÉ-_\n\t.,:;!?«»()'0123456789•○*") + ["\u00a0", "\u202f"]),
    max_size=80,
)


def _letters(text: str) -> str:
    return re.sub(r"[\s_\u00a0\u202f]", "", text)


@settings(max_examples=300, deadline=None)
@given(french)
def test_normalise_spaces_is_idempotent_and_loses_only_spaces(text):
    once = normalise_spaces(text)
    assert normalise_spaces(once) == once
    assert _letters(once) == _letters(text)
    assert not re.search(r"\S  ", once) and "\u00a0" not in once
    assert once.count("\n") == text.count("\n")


@settings(max_examples=300, deadline=None)
@given(french)
def test_unwrap_lines_is_idempotent_and_loses_only_white_space(text):
    once = unwrap_lines(text)
    assert unwrap_lines(once) == once
    assert re.sub(r"\s", "", once) == re.sub(r"\s", "", text)


@settings(max_examples=300, deadline=None)
@given(french)
def test_dehyphenate_loses_at_most_hyphens_and_white_space(text):
    out = dehyphenate(text)
    assert re.sub(r"[\s-]", "", out) == re.sub(r"[\s-]", "", text)
    assert len(out) <= len(text)


@settings(max_examples=300, deadline=None)
@given(french)
def test_clean_text_is_idempotent(text):
    once = clean_text(text)
    assert clean_text(once) == once
    assert once == once.strip()


@settings(max_examples=300, deadline=None)
@given(french)
def test_split_marker_keeps_the_rest_as_a_suffix(text):
    marker, rest = split_marker(text)
    assert text.endswith(rest)
    if marker:
        assert rest.strip() and marker in text[: len(text) - len(rest)]
    else:
        assert rest == text


@pytest.mark.parametrize("text", [
    "M. Jégo a présenté la stratégie.", "M. Le Goff souhaite une réponse.", "M. DUPONT a voté contre.",
    "M. Jean-Pierre Roux, rapporteur.", "MM. Riou et Bihan ont demandé la parole.", "Mme Conan a regretté le calendrier.",
    "Dr Martin a présenté l'étude.",
])
def test_split_marker_leaves_civil_titles_alone(text):
    # "M." before a capitalised name is "Monsieur", not the letter M of a list
    assert split_marker(text) == ("", text)


@pytest.mark.parametrize("text", [
    "M. et Mme Garrigues demandent un abri à l'arrêt du lavoir.", "M. et Mlle Ferrand ont écrit au maire.",
    "M. le Maire de Lussac demande une navette.", "M. le président a ouvert la séance.",
    "M. l'adjoint aux transports a répondu.",
])
def test_split_marker_leaves_a_title_before_another_title_or_an_office_alone(text):
    # « M. et Mme … », « M. le Maire », « M. l'adjoint »: Monsieur again, as a report names its authors
    assert split_marker(text) == ("", text)


@pytest.mark.parametrize("text", [
    "P. J. : le compte rendu de la réunion du 3 mai", "N. B. : les horaires changent en été.", "P. S.",
])
def test_split_marker_leaves_the_initials_of_an_abbreviation_alone(text):
    # a capital and its full stop after the letter: « P. J. » (pièce jointe), not the item P of a list
    assert split_marker(text) == ("", text)


def test_split_marker_still_reads_letters_and_a_lower_case_m():
    assert split_marker("A. Renforcer la médiation") == ("A", "Renforcer la médiation")
    assert split_marker("m. mutualiser les achats") == ("m", "mutualiser les achats")
    assert split_marker("M) Mutualiser les achats") == ("M", "Mutualiser les achats")


@pytest.mark.parametrize("raw, expected", [
    # an OCR's capital I for the l of an article, before a word in lower case or a capital
    ("Nous remercions Ia commission pour Ia qualité de son travail.",
     "Nous remercions la commission pour la qualité de son travail."),
    ("Madame Ia Présidente, Ie Département financera Ies travaux de I'école.",
     "Madame la Présidente, le Département financera les travaux de l'école."),
    ("dès Ia rentrée ; I'Etat et Ia Métropole", "dès la rentrée ; l'Etat et la Métropole"),
    ("au sujet de « Ia halle »", "au sujet de « la halle »"),
    # real capitals and numbers are kept: Roman numerals, acronyms, « IA » in capitals
    ("Axe I : un territoire connecté. Partie II. I. Introduction", "Axe I : un territoire connecté. Partie II. I. Introduction"),
    ("L'IA générative et les outils d'IA au service des agents", "L'IA générative et les outils d'IA au service des agents"),
    ("le recours à l'Ia dans les services", "le recours à l'Ia dans les services"),
    # a sub-lettered number after the noun it numbers, or before a word no article precedes
    ("la phase Ia de l'essai et l'axe Ib", "la phase Ia de l'essai et l'axe Ib"),
    ("des tranches Ia et Ib", "des tranches Ia et Ib"),
    ("voir l'annexe Ia Calendrier", "voir l'annexe Ia Calendrier"),
    # a sentence's first word (an OCR reads a capital L well) and English contractions
    ("Fin du point. Ia Région", "Fin du point. Ia Région"),
    ("Ia Région financera", "Ia Région financera"),
    ("the motto « I'm in »", "the motto « I'm in »"),
])
def test_repair_capital_i(raw, expected):
    assert repair_capital_i(raw) == expected


def test_a_line_opening_with_a_misread_article_goes_on_the_sentence():
    text = "Le projet sera financé par\nIa Région et suivi par\nI'agence. Fin.\nIa suite\nIA générative"
    assert clean_text(text) == "Le projet sera financé par la Région et suivi par l'agence. Fin.\nIa suite\nIA générative"


@pytest.mark.parametrize("raw, expected", [
    # the pictograms a designed page (Canva, a leaflet) puts before its short lines are bullets,
    # the emoji variation selector after them too; not a star framing a title over a figure, nor
    # a pictogram alone
    ("✖ Il faut repeindre les vestiaires !", ("✖", "Il faut repeindre les vestiaires !")),
    ("★ Des bancs au square", ("★", "Des bancs au square")),
    ("♻\ufe0f Trier au collège", ("♻", "Trier au collège")),
    ("➡ Ouvrir le gymnase le dimanche", ("➡", "Ouvrir le gymnase le dimanche")),
    ("★ 12 idées pour le quartier ★", ("", "★ 12 idées pour le quartier ★")),
    ("✖", ("", "✖")),
])
def test_split_marker_reads_pictograms_as_bullets(raw, expected):
    assert split_marker(raw) == expected
