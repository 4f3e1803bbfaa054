"""TXT/Markdown reader: encodings, front matter, headings, lists, tables, records."""
from pathlib import Path

import pytest

from nlp_stn.errors import InputError
from nlp_stn.extract import text
from nlp_stn.settings import Settings

DATA = Path(__file__).resolve().parent / "data" / "text"
CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def blocks(name):
    ex = text.read(DATA / name, Settings())
    for b in ex.blocks:  # the offsets invariant of every reader
        assert ex.text[b.start:b.end] == b.text
    return ex, [(b.kind, b.text, b.level, b.marker) for b in ex.blocks]


def test_cp1252_file_is_decoded():
    ex, got = blocks("avis-cp1252.txt")
    assert ex.title == "Avis du conseil de développement"
    assert got == [
        ("heading", "Avis du conseil de développement", 2, ""),
        ("heading", "Saisine 2015", 2, ""),
        ("paragraph", "Le conseil propose :", 0, ""),
        ("list_item", "Développer les tiers-lieux", 0, "-"),
        ("list_item", "Créer un réseau « numérique »", 0, "-"),
    ]


def test_utf8_bom_is_removed_and_lines_of_a_paragraph_are_joined():
    ex, got = blocks("avis-bom.txt")
    assert ex.text == "Titre du document\n\nUn paragraphe sur deux lignes."
    assert got[1] == ("paragraph", "Un paragraphe sur deux lignes.", 0, "")


def test_binary_file_named_txt_is_refused():
    with pytest.raises(InputError) as err:
        text.read(DATA / "binaire.txt", Settings())
    assert str(err.value) == (
        f"{DATA / 'binaire.txt'} : ce fichier n'est pas du texte (contenu binaire) : vérifiez son extension "
        "ou convertissez-le en .txt, .md, .pdf, .docx ou .csv."
    )


def test_empty_file_is_refused(tmp_path):
    empty = tmp_path / "vide.txt"
    empty.write_text("  \n", encoding="utf-8")
    with pytest.raises(InputError, match="le fichier est vide"):
        text.read(empty, Settings())


def test_markdown_front_matter_links_bold_and_nested_lists():
    ex, got = blocks("objectif.md")
    assert ex.title == "2. Gestion durable du matériel"
    assert "layout" not in ex.text and "ne pas prendre" not in ex.text
    assert got == [
        ("heading", "2. Gestion durable du matériel", 1, ""),
        ("heading", "Exemples d'actions", 4, ""),
        ("list_item", "Organiser l'achat de matériel reconditionné auprès d'acteurs locaux.", 0, "-"),
        ("list_item", "Avoir une meilleure gestion du parc :", 0, "-"),
        ("list_item", "connaitre son parc,", 1, "-"),
        ("list_item", "favoriser le réemploi.", 1, "-"),
        ("heading", "Exemples d'indicateurs à suivre", 4, ""),
        ("list_item", "Nombre de dons de matériels", 0, "1"),
        ("list_item", "Durée de vie moyenne des équipements", 0, "2"),
    ]


def test_tab_separated_table_with_html_cells():
    ex = text.read(DATA / "table.txt", Settings())
    cells = [(b.kind, b.text, b.table, b.row, b.col, b.header) for b in ex.blocks if b.table is not None]
    assert cells == [
        ("table_cell", "Actions à conduire", 0, 0, 0, "Actions à conduire"),
        ("table_cell", "Frein(s)", 0, 0, 1, "Frein(s)"),
        ("table_cell", "Coopérations", 0, 0, 2, "Coopérations"),
        ("table_cell", "Objectifs :", 0, 1, 0, "Actions à conduire"),
        ("list_item", "Créer un lien", 0, 1, 0, "Actions à conduire"),
        ("list_item", "Soutenir l'entrepreneuriat", 0, 1, 0, "Actions à conduire"),
        ("table_cell", "Attention", 0, 1, 1, "Frein(s)"),
        ("table_cell", "Les députés", 0, 1, 2, "Coopérations"),
    ]
    assert "<" not in ex.text and "&#39;" not in ex.text


def test_contributions_become_records():
    ex, got = blocks("contributions.txt")
    records = [b for b in ex.blocks if b.kind == "record"]
    assert [dict(b.fields) for b in records] == [
        {"id": "1", "title": "Referendums par internet", "category": "Participation citoyenne",
         "body": "Utiliser internet pour consulter.\nDeuxième ligne du corps."},
        {"id": "2", "title": "revenir sur la dématérialisation", "category": "Autre",
         "body": "Les e-services sont difficiles."},
    ]
    assert records[1].text == "revenir sur la dématérialisation\nLes e-services sont difficiles."


def test_cdpl_opinion_page_break_artefacts_are_repaired():
    ex = text.read(CORPUS / "lorient" / "2019-03_cdpl_avis-schema-territorial-numerique.txt", Settings())
    paragraphs = {b.text for b in ex.blocks}
    assert any(t.startswith("Il définissait des attentes : améliorer l'administration - Créer") for t in paragraphs)
    assert ("Mettre en place un réseau de tiers lieux numériques associant urbain/rural, économie/médiation avec "
            "le soutien des services de l'état et des collectivités, en privilégiant des contributions mixtes "
            "d'acteurs et des actions collectives.") in paragraphs
    headings = [(b.text, b.level) for b in ex.blocks if b.kind == "heading"]
    assert ("A. SYNTHÈSE DES PRÉCONISATIONS 2016 ET 2018", 1) in headings
    assert ("Saisine 2015", 2) in headings
    assert "_" not in ex.text and "**" not in ex.text


def test_brest_table_cells_keep_their_column_header():
    ex = text.read(CORPUS / "brest" / "2016-03-05_reunion-tous-publics_compte-rendu.txt", Settings())
    cells = [b for b in ex.blocks if b.table is not None and b.row]
    assert len({b.table for b in cells}) == 7
    assert {b.header for b in cells if b.col == 1} == {"Frein(s) à la mise en œuvre de ces actions"}
    assert not any("<" in b.text or ">" in b.text for b in ex.blocks)


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Saisine 2015", True),
        ("Proposition 1 : un comptoir de l'innovation sociale", True),
        ("A. SYNTHÈSE DES PRÉCONISATIONS 2016 ET 2018", True),
        ("Objectif de finalisation du document pour le 8 mars.", False),
        ("Présents : Eric, Serge, Jean", False),
        ("suite d'une phrase", False),
        ("- un élément", False),
    ],
)
def test_plain_headings(line, expected):
    assert text.is_plain_heading(line) is expected


# --- unseen layouts: word-processor bullets, lettered items over bullets, line ends ---------

ROBUST = Path(__file__).resolve().parent / "data" / "text-robust"

STRATEGY_BLOCKS = [
    ("heading", "PLAN NUMÉRIQUE COMMUNAUTAIRE", 1, ""),
    ("heading", "I. UN TERRITOIRE CONNECTÉ", 1, "I"),
    ("list_item", "Achever la couverture en très haut débit", 0, "A"),
    ("list_item", "Raccorder à la fibre les locaux encore non éligibles, en priorité les hameaux", 1, "→"),
    ("list_item", "Installer un relais 4G sur le plateau", 1, "→"),
    ("list_item", "Développer des lieux connectés", 0, "B"),
    ("list_item", "Équiper les salles des fêtes d'un accès wifi public", 1, "▪"),
    ("heading", "II. DES HABITANTS ACCOMPAGNÉS", 1, "II"),
    ("list_item", "Renforcer la médiation numérique", 0, "A"),
    ("list_item", "Recruter deux conseillers numériques itinérants", 1, "◦"),
    ("list_item", "Tenir une permanence mensuelle dans chaque mairie", 1, "◦"),
    ("list_item", "en priorité dans les communes sans agence postale", 2, "–"),
    ("list_item", "Prêter des tablettes aux personnes isolées", 1, "◦"),
    ("list_item", "Accompagner les entreprises", 0, "B"),
    ("list_item", "Organiser deux fois par an un « café numérique »", 1, "–"),
    ("heading", "INDICATEURS DE SUIVI", 1, ""),
    ("list_item", "Nombre de personnes accompagnées", 0, "-"),
]


def robust_blocks(path):
    ex = text.read(path, Settings())
    for b in ex.blocks:
        assert ex.text[b.start:b.end] == b.text
    return [(b.kind, b.text, b.level, b.marker) for b in ex.blocks]


def test_lettered_items_are_the_level_above_their_bullets_and_o_is_a_bullet():
    assert b"\r\n" in (ROBUST / "strategie-crlf.txt").read_bytes()
    assert robust_blocks(ROBUST / "strategie-crlf.txt") == STRATEGY_BLOCKS


@pytest.mark.parametrize("line_end", [b"\n", b"\r", b"\r\r\n"], ids=["LF", "CR", "CR-CR-LF"])
def test_every_line_end_gives_the_blocks_of_crlf(tmp_path, line_end):
    variant = tmp_path / "strategie.md"
    variant.write_bytes((ROBUST / "strategie-crlf.txt").read_bytes().replace(b"\r\n", line_end))
    assert robust_blocks(variant) == STRATEGY_BLOCKS


def test_lettered_item_is_the_parent_of_its_bullets_in_segmentation():
    from nlp_stn.extract import extract
    from nlp_stn.model import DocMeta
    from nlp_stn.segment import segment

    doc = extract(ROBUST / "strategie-crlf.txt", Settings(), doc_id="strategie-crlf.txt",
                  meta=DocMeta(kind="strategy"))
    units = segment(doc)
    by_text = {u.text: u for u in units}
    owner = by_text["Renforcer la médiation numérique"]
    children = [u.text for u in units if u.parent == owner.id]
    assert children == ["Recruter deux conseillers numériques itinérants",
                        "Tenir une permanence mensuelle dans chaque mairie",
                        "Prêter des tablettes aux personnes isolées"]
    assert by_text["Installer un relais 4G sur le plateau"].parent == \
        by_text["Achever la couverture en très haut débit"].id


def test_every_kind_of_bullet_starts_an_item():
    assert robust_blocks(ROBUST / "puces.txt") == [
        ("paragraph", "Le plan prévoit :", 0, ""),
        ("list_item", "Former les agents", 0, "▪"),
        ("list_item", "Ouvrir un tiers-lieu", 0, "→"),
        ("list_item", "Créer un portail", 0, "–"),
        ("list_item", "Publier les données", 0, "•"),
        ("list_item", "Équiper les écoles", 0, "\uf0b7"),
        ("list_item", "Mutualiser les achats", 0, "\uf0a7"),
        ("list_item", "Réunir le comité", 0, "✓"),
        ("list_item", "Évaluer le plan", 0, "➢"),
        ("list_item", "Accompagner les seniors", 0, "◦"),
        ("list_item", "Soutenir les associations", 0, "·"),
        ("list_item", "Recenser les zones blanches", 0, "\uf0fc"),
        ("list_item", "Héberger les données localement", 0, "◦"),
        ("list_item", "Élaborer une charte", 0, "◦"),
        ("paragraph", "Les citoyen·ne·s sont associés.", 0, ""),  # a middle dot inside words
    ]


def test_marked_titles_nest_by_kind_of_marker_and_flat_lists_stay_flat():
    assert robust_blocks(ROBUST / "titres-marques.txt") == [
        ("heading", "I. DIAGNOSTIC", 1, "I"),
        ("heading", "A. CONSTATS PARTAGÉS", 2, "A"),
        ("paragraph", "Le territoire est rural.", 0, ""),
        ("heading", "B. ATTENTES DES HABITANTS", 2, "B"),
        ("paragraph", "Les habitants veulent être accompagnés.", 0, ""),
        ("heading", "II. PROPOSITIONS", 1, "II"),
        ("list_item", "Faire connaître les services", 0, "A"),  # letters without sub-items
        ("list_item", "Former les aidants", 0, "B"),
        ("list_item", "Ouvrir un guichet unique", 0, "1"),  # a number over dashes: unchanged
        ("list_item", "dans chaque commune", 0, "-"),
        ("list_item", "avec une permanence", 0, "-"),
        ("list_item", "Relier les villages", 0, "I"),  # a roman item over numbers
        ("list_item", "Poser la fibre", 1, "1"),
        ("list_item", "Couvrir les zones blanches", 1, "2"),
    ]


def test_o_before_a_lower_case_word_and_i_after_h_are_not_taken_for_markers(tmp_path):
    path = tmp_path / "lettres.txt"
    path.write_text("Le comité dit\no la la, quelle affaire.\n\nG. Relier\nH. Équiper\nI. Former les agents\n"
                    "- les secrétaires de mairie\nJ. Évaluer\n", encoding="utf-8")
    assert robust_blocks(path) == [
        ("paragraph", "Le comité dit o la la, quelle affaire.", 0, ""),
        ("list_item", "Relier", 0, "G"),
        ("list_item", "Équiper", 0, "H"),
        ("list_item", "Former les agents", 0, "I"),  # the letter after "H", not the roman one
        ("list_item", "les secrétaires de mairie", 1, "-"),
        ("list_item", "Évaluer", 0, "J"),
    ]


def test_items_lettered_or_numbered_in_brackets_are_list_items(tmp_path):
    path = tmp_path / "avis.txt"
    path.write_text("Le conseil préconise :\n\n(a) d'équiper les gymnases de compteurs ;\n\n"
                    "(b) de former les agents ;\n\n(iii) à suivre les consommations.\n\n"
                    "(voir annexe) Le tableau des chiffres.\n", encoding="utf-8")
    assert robust_blocks(path) == [
        ("paragraph", "Le conseil préconise :", 0, ""),
        ("list_item", "d'équiper les gymnases de compteurs ;", 0, "a"),
        ("list_item", "de former les agents ;", 0, "b"),
        ("list_item", "à suivre les consommations.", 0, "iii"),
        ("paragraph", "(voir annexe) Le tableau des chiffres.", 0, ""),
    ]


def test_pad_minutes_markdown_tables_tasks_quotes_and_breaks():
    ex = text.read(ROBUST / "compte-rendu-pad.md", Settings())
    for b in ex.blocks:
        assert ex.text[b.start:b.end] == b.text
    assert ex.title == "CR comité des usagers n°2"
    got = [(b.kind, b.text, b.level, b.marker, b.row, b.col, b.header) for b in ex.blocks]
    cell = lambda text, row, col, header: ("table_cell", text, 0, "", row, col, header)  # noqa: E731
    assert got == [
        ("heading", "Compte rendu du comité des usagers", 1, "", None, None, ""),
        # "###### tags:" and [TOC] give nothing; "Ordre du jour" is underlined with "="
        ("heading", "Ordre du jour", 1, "", None, None, ""),
        ("paragraph", "Le comité a examiné les horaires d'ouverture de la médiathèque.", 0, "", None, None, ""),
        ("paragraph", "Décision : la médiathèque ouvrira le mardi soir à titre d'essai.", 0, "", None, None, ""),
        ("paragraph", "Remarque de Louise : penser aux familles qui finissent tard.", 0, "", None, None, ""),
        ("list_item", "Préparer l'affiche (@Karim, 20/06)", 0, "☐", None, None, ""),
        ("list_item", "Réserver la salle du 19 juin", 0, "☑", None, None, ""),  # struck text dropped
        ("list_item", "demander l'avis des agents", 0, "☐", None, None, ""),
        ("list_item", "vérifier le planning des agents", 2, "☐", None, None, ""),
        cell("Dépense", 0, 0, "Dépense"), cell("Montant", 0, 1, "Montant"), cell("Avis", 0, 2, "Avis"),
        cell("Affiches", 1, 0, "Dépense"), cell("150 €", 1, 1, "Montant"), cell("Favorable", 1, 2, "Avis"),
        cell("Goûter | café", 2, 0, "Dépense"), cell("80 €", 2, 1, "Montant"), cell("Reporté", 2, 2, "Avis"),
        ("list_item", "fixer la date du bilan", 0, "☐", None, None, ""),  # a TODO line is an open task
        ("paragraph", "Prochaine réunion : 3 juillet.", 0, "", None, None, ""),  # "---" dropped, not glued
    ]


def test_pipe_table_rows_in_lower_case_are_not_joined_and_breaks_are_not_titles(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("Poste | Montant\n--- | ---:\nachat de tablettes | 3 €\nformation | 2 €\n\n"
                    "Un paragraphe qui finit.\n---\n\n* * *\n\n> 50 % des foyers n'ont pas de box.\n\n"
                    "Sous-titre\n----------\nLe TODO de la semaine reste ouvert.\n", encoding="utf-8")
    ex = text.read(path, Settings())
    assert [(b.kind, b.text) for b in ex.blocks] == [
        ("table_cell", "Poste"), ("table_cell", "Montant"),
        ("table_cell", "achat de tablettes"), ("table_cell", "3 €"),
        ("table_cell", "formation"), ("table_cell", "2 €"),
        ("paragraph", "Un paragraphe qui finit."),  # a sentence over "---" is no title
        ("paragraph", "> 50 % des foyers n'ont pas de box."),  # "> 50 %" is no quote
        ("heading", "Sous-titre"),
        ("paragraph", "Le TODO de la semaine reste ouvert."),
    ]


def test_quotes_are_never_titles_and_their_attribution_is_no_item(tmp_path):
    path = tmp_path / "synthese.md"
    path.write_text("## Les transports\n\n"
                    "> « Le car ne passe plus le mercredi, alors je ne vais plus au marché. »\n"
                    "> — retraité du bourg, 77 ans\n\n"
                    "> Témoignage recueilli au marché\n\n"
                    "« Sans voiture, on ne peut rien faire ici ! »\n\n"
                    "Ce que les habitants demandent :\n\n- Un car le mercredi.\n", encoding="utf-8")
    ex = text.read(path, Settings())
    assert [(b.kind, b.text, b.level, b.marker) for b in ex.blocks] == [
        ("heading", "Les transports", 2, ""),
        ("paragraph", "« Le car ne passe plus le mercredi, alors je ne vais plus au marché. »", 0, ""),
        ("paragraph", "— retraité du bourg, 77 ans", 0, ""),
        ("paragraph", "Témoignage recueilli au marché", 0, ""),  # a quote is never a title
        # a quoted sentence ends with its punctuation inside the quotes: no title either
        ("paragraph", "« Sans voiture, on ne peut rien faire ici ! »", 0, ""),
        ("paragraph", "Ce que les habitants demandent :", 0, ""),
        ("list_item", "Un car le mercredi.", 0, "-"),
    ]


# --- text extracted from PDFs: pages, running lines, footnotes, paragraphs, numbered titles --

EXTRACTED = Path(__file__).resolve().parent / "data" / "text-extracted"


def paged_blocks(path):
    ex = text.read(path, Settings())
    for b in ex.blocks:
        assert ex.text[b.start:b.end] == b.text
    return ex, [(b.kind, b.text, b.level, b.marker, b.page) for b in ex.blocks]


def test_form_feeds_are_pages_without_running_lines_page_numbers_and_footnotes():
    ex, got = paged_blocks(EXTRACTED / "avis-pages.txt")
    assert ex.pages == 3
    assert got == [
        ("heading", "1. Préambule", 2, "1", 1),
        ("paragraph", "Le Conseil a réuni un groupe de travail avec l'association Clic Vallée et les secrétaires de "
         "mairie. Il formule des propositions sur l'accompagnement des habitants et sur les tiers-lieux du "
         "territoire.", 0, "", 1),
        ("heading", "2. Les propositions", 2, "2", 2),
        # cut by the page number "2", the next page's header and the page break: one paragraph again
        ("paragraph", "Recommandation 1 : Ouvrir chaque samedi matin un accueil physique pour les démarches en "
         "ligne, dans chaque bassin de vie et en lien avec les secrétariats de mairie.", 0, "", 2),
        ("paragraph", "Le Conseil préconise :", 0, "", 3),
        ("list_item", "de former les agents d'accueil ;", 0, "\uf0b7", 3),
        ("list_item", "de publier la carte des lieux d'aide.", 0, "\uf0b7", 3),
        # no footnote 7 on this page: the digit stays
        ("paragraph", "Recommandation 2 : Renouveler les postes encore sous Windows 7.", 0, "", 3),
    ]


def test_copy_paste_without_blank_lines_is_cut_at_labels_titles_and_short_lines():
    raw = (EXTRACTED / "strategie-copie-colle.txt").read_bytes()
    assert b"\r\n" in raw and b"\n\r\n" not in raw and b"\f" not in raw
    ex, got = paged_blocks(EXTRACTED / "strategie-copie-colle.txt")
    assert ex.pages == 0
    assert got == [
        ("heading", "Introduction", 2, "", None),
        ("paragraph", "Cette stratégie fait suite à un diagnostic mené auprès des habitants et des agents de "
         "l'agglomération.", 0, "", None),
        ("heading", "Axe 1 – Un territoire connecté", 2, "", None),
        ("heading", "Objectif 1.1 : Achever la couverture du territoire", 2, "", None),
        ("heading", "Action 1.1.1 – Accompagner la fin du déploiement de la fibre", 2, "", None),
        ("paragraph", "L'agglomération réunira chaque trimestre les maires et le délégataire pour suivre les "
         "raccordements.", 0, "", None),
        ("paragraph", "Indicateur : nombre de locaux raccordés", 0, "", None),
        # the footnote "¹ Référentiel …" and its call "RGAA¹" are gone; so are the header and
        # the footers closed by page numbers ("… – Agglo 1", "2", "3")
        ("paragraph", "Action 1.1.2 – Rendre accessibles au sens du RGAA les sites de l'agglomération avant 2027, "
         "en commençant par les démarches les plus demandées. Les modalités seront précisées avec les "
         "communes.", 0, "", None),
        ("paragraph", "Indicateurs :", 0, "", None),
        ("list_item", "taux de conformité des sites", 0, "•", None),
        ("heading", "Axe 2 – Une agglomération sobre", 2, "", None),
        ("paragraph", "Action 2.1.1 – Allonger à 7 ans la durée de vie des ordinateurs des agents et acheter du "
         "matériel reconditionné.", 0, "", None),
    ]


def test_running_lines_and_footnote_without_form_feeds_numbered_titles_and_lost_bullets():
    ex, got = paged_blocks(EXTRACTED / "compte-rendu-sans-saut.txt")
    assert "Val-Clair" not in ex.text and "Page 2/3" not in ex.text and "smartphone" not in ex.text
    assert got == [
        ("heading", "1. Introduction par le Maire", 2, "1", None),
        ("paragraph", "Le Maire présente le projet d'application d'alerte à la population. Il rappelle le "
         "calendrier du raccordement à la fibre.", 0, "", None),
        ("heading", "2. Questions de la salle", 2, "2", None),
        ("paragraph", "Une habitante demande quand la fibre arrivera dans son hameau ?", 0, "", None),
        ("paragraph", "Le Maire répond que les travaux dureront jusqu'en juin, puis il précise le calendrier des "
         "raccordements commune par commune et les secteurs concernés.", 0, "", None),
        ("heading", "3. Propositions recueillies par l'animatrice", 2, "3", None),
        ("paragraph", "L'animatrice a noté les propositions suivantes :", 0, "", None),
        ("list_item", "ouvrir la salle informatique le samedi matin, avec des bénévoles ;", 0, "•", None),
        ("list_item", "créer un annuaire en ligne des artisans.", 0, "•", None),
        ("paragraph", "Le Maire s'engage à :", 0, "", None),
        ("list_item", "publier ce compte rendu ;", 0, "1°", None),
        ("list_item", "réunir à nouveau les habitants en juin.", 0, "2°", None),
        # footnote 2 does not exist: "CO2" keeps its digit
        ("paragraph", "Ce compte rendu sera affiché en mairie, sur le site de la commune et au CO2 Café.", 0, "", None),
    ]


def test_numbered_lines_alone_in_a_list_stay_items():
    _, got = paged_blocks(EXTRACTED / "liste-numerotee.txt")
    assert got == [
        ("paragraph", "Le Conseil demande :", 0, "", None),
        ("list_item", "Former les agents", 0, "1", None),
        ("list_item", "Créer un réseau d'aidants", 0, "2", None),
        ("list_item", "Publier la carte des lieux", 0, "3", None),
        ("paragraph", "Ces trois demandes ont été votées à l'unanimité par l'assemblée plénière du Conseil.", 0, "", None),
    ]


def test_a_word_cut_by_a_page_break_is_joined_and_a_compound_keeps_its_hyphen(tmp_path):
    path = tmp_path / "coupe.txt"
    path.write_text("Plan 2024\n\nLe raccor-\n1\n\fPlan 2024\ndement des tiers-\nlieux avance.\n2\n\f", encoding="utf-8")
    ex, got = paged_blocks(path)
    assert ex.pages == 2
    assert got == [("paragraph", "Le raccordement des tiers-lieux avance.", 0, "", 1)]


def test_a_single_page_ended_by_a_form_feed_is_page_one_and_no_form_feed_no_page(tmp_path):
    path = tmp_path / "une-page.txt"
    path.write_text("Le Conseil demande un guichet.\n\f", encoding="utf-8")
    ex, got = paged_blocks(path)
    assert (ex.pages, got) == (1, [("paragraph", "Le Conseil demande un guichet.", 0, "", 1)])
    path.write_text("Le Conseil demande un guichet.\n", encoding="utf-8")
    ex, got = paged_blocks(path)
    assert (ex.pages, got) == (0, [("paragraph", "Le Conseil demande un guichet.", 0, "", None)])


def test_first_numbered_title_needs_prose_after_it(tmp_path):
    path = tmp_path / "titres.txt"
    path.write_text("1. Préambule\n\nLe Conseil a été saisi en mars et rend son avis.\n\n"
                    "1. Sobriété et données\n\n- allonger la durée de vie des postes ;\n", encoding="utf-8")
    _, got = paged_blocks(path)
    assert [(kind, marker) for kind, _, _, marker, _ in got] == [
        ("heading", "1"), ("paragraph", ""), ("list_item", "1"), ("list_item", "-")]


def test_numbered_titles_opened_by_an_infinitive_go_on_a_numbering_over_prose(tmp_path):
    path = tmp_path / "avis.txt"
    path.write_text("1. Le contexte\n\nLe Conseil a été saisi en mai par le président.\n\n"
                    "2. Rénover les écoles\n\nLe Conseil constate que les écoles du territoire sont mal\n"
                    "isolées et coûteuses à chauffer.\n\n"
                    "3. Planter des haies\n\n- replanter les talus ;\n\n"
                    "5. Former les agents\n\nLe Conseil a entendu les agents des trois communes.\n", encoding="utf-8")
    _, got = paged_blocks(path)
    assert [(kind, marker, body[:22]) for kind, body, _, marker, _ in got] == [
        ("heading", "1", "1. Le contexte"),
        ("paragraph", "", "Le Conseil a été saisi"),
        # the next number of a title, over a paragraph in prose: a title, though an infinitive opens it
        ("heading", "2", "2. Rénover les écoles"),
        ("paragraph", "", "Le Conseil constate qu"),
        # over a list: an item, as before
        ("list_item", "3", "Planter des haies"),
        ("list_item", "-", "replanter les talus ;"),
        # not the next number of the titles: an item
        ("list_item", "5", "Former les agents"),
        ("paragraph", "", "Le Conseil a entendu l"),
    ]


def test_a_paragraph_cut_by_a_page_break_under_footnotes_and_their_rule_is_one_again(tmp_path):
    path = tmp_path / "avis.txt"
    path.write_text("Avis du Conseil – page 1/2\n\nLe Conseil demande un plan vélo1 et des abris à tous les\n"
                    "arrêts de car situés en\n\n_______________\n1 Voir le schéma de 2020.\n\n"
                    "Avis du Conseil – page 1/2\n\f"
                    "Avis du Conseil – page 2/2\n\ncampagne, près des écoles.\n\nAvis du Conseil – page 2/2\n",
                    encoding="utf-8")
    _, got = paged_blocks(path)
    assert [(kind, body) for kind, body, _, _, _ in got] == [
        ("paragraph", "Le Conseil demande un plan vélo et des abris à tous les arrêts de car situés en campagne, "
         "près des écoles.")]


@pytest.mark.parametrize(
    "pages, expected",
    [
        # a line opened by a number at the bottom of a page without its call stays, digits too
        ([["Le projet Clic1 avance.", "", "2 Autre remarque du groupe."]],
         [["Le projet Clic1 avance.", "", "2 Autre remarque du groupe."]]),
        # a short line twice only is no running line
        ([["Bilan", "a", "b", "c", "d", "e", "f", "Bilan", "g"]],
         [["Bilan", "a", "b", "c", "d", "e", "f", "Bilan", "g"]]),
        # repeated lines closer than a page are text, not page furniture
        ([["Oui", "a", "Oui", "b", "Oui"]], [["Oui", "a", "Oui", "b", "Oui"]]),
        # labelled titles differing by their number at the top of pages are not running lines,
        # a repeated header is; a bare number is a page number only as a page's first or last line
        ([["Avis 2024", "Axe 1", "Texte un.", "12", "Fin."], ["Avis 2024", "Axe 2", "Texte deux.", "3"]],
         [["Axe 1", "Texte un.", "12", "Fin."], ["Axe 2", "Texte deux.", ""]]),
        # a footnote called by a superscript: the note and the call go, other digits stay
        ([["Le RGAA¹ vise 2027.", "¹ Référentiel général.", "Plan – page 1 sur 2"], ["Suite.", "Plan – page 2 sur 2"]],
         [["Le RGAA vise 2027.", ""], ["Suite.", ""]]),
        # without form feeds: a repeated field title next to numbered titles is no page furniture ...
        ([["Fiche 1", "Indicateurs de suivi", "a", "b", "c", "d", "e", "Fiche 2", "Indicateurs de suivi", "f", "g",
           "h", "i", "j", "Fiche 3", "Indicateurs de suivi", "k"]],
         [["Fiche 1", "Indicateurs de suivi", "a", "b", "c", "d", "e", "Fiche 2", "Indicateurs de suivi", "f", "g",
           "h", "i", "j", "Fiche 3", "Indicateurs de suivi", "k"]]),
        # ... a header repeated at each page break next to a footer closed by page numbers is
        ([["Plan vélo 2025", "a", "b", "c", "d", "e", "f", "Plan vélo 2025 – Ville de Lunel 1", "Plan vélo 2025", "g",
           "h", "i", "j", "k", "l", "Plan vélo 2025 – Ville de Lunel 2", "Plan vélo 2025", "m", "- 3 -"]],
         [["a", "b", "c", "d", "e", "f", "", "g", "h", "i", "j", "k", "l", "", "m", ""]]),
        # the rule typed above the footnotes goes with them
        ([["Le schéma cyclable2 sera voté en juin.", "", "_______________", "2 Prévu par la loi de 2019.",
           "Plan – page 1 sur 2"], ["Suite.", "Plan – page 2 sur 2"]],
         [["Le schéma cyclable sera voté en juin.", ""], ["Suite.", ""]]),
    ],
    ids=["uncalled-note", "twice", "too-close", "labels-and-numbers", "superscript-note", "field-title",
         "header-and-footer", "note-rule"],
)
def test_clean_pages(pages, expected):
    assert text.clean_pages(pages) == expected


LONG = "Le groupe de travail a examiné le projet de schéma et rappelle que l'accompagnement des habitants " \
       "doit rester humain, de proximité et accessible à tous les publics du territoire."


@pytest.mark.parametrize(
    "lines, compact, expected",
    [
        # a label opens a paragraph after a finished sentence or with its separator ...
        (["Le Conseil a rendu son avis.", "Recommandation 4 : Publier les données."], False,
         ["Le Conseil a rendu son avis.", "", "Recommandation 4 : Publier les données."]),
        # ... not inside a sentence
        (["Ce dispositif est prévu par la", "Mesure 5 du plan régional."], False,
         ["Ce dispositif est prévu par la", "Mesure 5 du plan régional."]),
        # without blank lines: a short line ending a sentence ends its paragraph, a long one does not
        (["Une ligne assez longue pour servir de largeur de référence au texte.", "Fin courte.", "Suite du texte.",
          "Une autre ligne assez longue qui finit une phrase du texte ici.", "Nouvelle phrase."] + ["x"] * 5, True,
         ["Une ligne assez longue pour servir de largeur de référence au texte.", "Fin courte.", "",
          "Suite du texte.", "Une autre ligne assez longue qui finit une phrase du texte ici.", "Nouvelle phrase."]
         + ["x"] * 5),
        # a labelled title line not cut after a preposition ends its paragraph before a capital
        (["Action 2 – Travailler avec la", "Communauté de communes", "Action 3 – Former les agents",
          "Les agents seront formés."], True,
         ["Action 2 – Travailler avec la", "Communauté de communes", "", "Action 3 – Former les agents", "",
          "Les agents seront formés."]),
        # a labelled title over two lines, glued to the next sentence ("mobileUn", "ligne.Les")
        (["Action 1 – Résorber les zones blanches de téléphonie", "mobileUn recensement sera fait.",
          "Action 2 – Garder un accueil pour les démarches en ligne.Les modalités", "seront précisées."], True,
         ["Action 1 – Résorber les zones blanches de téléphonie", "mobile", "", "Un recensement sera fait.", "",
          "Action 2 – Garder un accueil pour les démarches en ligne.", "", "Les modalités", "seront précisées."]),
        # a camel-case name is not cut outside a labelled title, nor in a text with blank lines
        (["Action 1 – Ouvrir un compte sur OpenStreetMap", "La carte sera mise à jour."], False,
         ["Action 1 – Ouvrir un compte sur OpenStreetMap", "La carte sera mise à jour."]),
        # paragraphs never wrapped (lines longer than UNWRAPPED): every sentence end ends one
        ([LONG, LONG, "Suite."] * 4, True, [LONG, "", LONG, "", "Suite.", ""] * 3 + [LONG, "", LONG, "", "Suite."]),
    ],
    ids=["label-after-sentence", "label-inside-sentence", "short-line", "labelled-title", "glued-title",
         "not-compact", "unwrapped"],
)
def test_open_paragraphs(lines, compact, expected):
    assert text.open_paragraphs(lines, compact) == expected


def test_a_numbered_title_with_a_subtitle_may_be_longer(tmp_path):
    path = tmp_path / "avis.txt"
    path.write_text("Avis du conseil de développement\n\n1. Les liaisons maritimes : le premier service public de l'île\n\n"
                    "Les traversées sont pleines en été et rares en hiver, ce qui pèse sur les habitants.\n\n"
                    "2. Tourisme : vivre avec la saisonnalité\n\nLa saison est courte.\n", encoding="utf-8")
    ex = text.read(path, Settings())
    assert [(b.kind, b.text) for b in ex.blocks if b.kind == "heading"] == [
        ("heading", "Avis du conseil de développement"),
        ("heading", "1. Les liaisons maritimes : le premier service public de l'île"),
        ("heading", "2. Tourisme : vivre avec la saisonnalité")]


def test_a_reply_quoting_the_message_above_gives_its_paragraphs_once(tmp_path):
    path = tmp_path / "boite-mairie.txt"
    path.write_text(
        "De : Amicale des pêcheurs\nObjet : Ponton\n\n"
        "Le ponton est glissant. Nous demandons que la commune pose un revêtement antidérapant.\n\n"
        "De : Amicale des pêcheurs\nObjet : RE: Ponton\n\n"
        "Nous relançons notre demande.\n\n"
        "> Le ponton est glissant. Nous demandons que la commune pose\n"
        "> un revêtement antidérapant.\n>\n"
        "> Une citation que nous n'avions pas encore écrite plus haut.\n", encoding="utf-8")
    ex = text.read(path, Settings())
    assert [b.text for b in ex.blocks] == [
        "De : Amicale des pêcheurs Objet : Ponton",
        "Le ponton est glissant. Nous demandons que la commune pose un revêtement antidérapant.",
        "De : Amicale des pêcheurs Objet : RE: Ponton",
        "Nous relançons notre demande.",
        "Une citation que nous n'avions pas encore écrite plus haut.",
    ]


def test_a_pad_s_framed_and_capital_titles_arrows_and_remarks(tmp_path):
    # a pad typed live: titles framed by signs or in capitals with no blank line below them,
    # "->" opening an item, a participant's remark on its own line or after spaces
    path = tmp_path / "pad.txt"
    path.write_text(
        "REUNION DE QUARTIER - LES AUBIERS\n"
        "== notes partagées, jeudi soir ==\n\n"
        "## 1. CE QUI VA MAL\n"
        "- les bancs sont cassés\n"
        "  [Odile] depuis l'hiver\n\n"
        "~~~~ 2. NOS IDÉES ~~~~\n"
        "(20h10) table 1\n"
        " - réparer les bancs du square   [Yves] oui vite\n"
        " -> planter des arbres le long du mail\n"
        " => ouvrir le gymnase le dimanche\n\n"
        "3. DIVERS ET QUESTIONS\n"
        "(20h40) table 2\n"
        " - une boîte à livres\n\n"
        "HORS SUJET (à voir avec la ville)\n"
        " * le stationnement rue Pasteur\n\n"
        "----- Forwarded message -----\n"
        "De : Yves\n", encoding="utf-8")
    ex = text.read(path, Settings())
    for b in ex.blocks:
        assert ex.text[b.start:b.end] == b.text
    assert ex.title == "REUNION DE QUARTIER - LES AUBIERS"
    assert [(b.kind, b.text, b.level, b.marker) for b in ex.blocks] == [
        ("heading", "REUNION DE QUARTIER - LES AUBIERS", 1, ""),
        ("heading", "notes partagées, jeudi soir", 1, ""),
        ("heading", "1. CE QUI VA MAL", 2, ""),
        ("list_item", "les bancs sont cassés", 0, "-"),
        ("paragraph", "[Odile] depuis l'hiver", 0, ""),  # not glued to the item above
        ("heading", "2. NOS IDÉES", 2, ""),
        ("paragraph", "(20h10) table 1", 0, ""),
        ("list_item", "réparer les bancs du square", 0, "-"),
        ("paragraph", "[Yves] oui vite", 0, ""),
        ("list_item", "planter des arbres le long du mail", 0, "→"),
        ("list_item", "ouvrir le gymnase le dimanche", 0, "→"),
        ("heading", "3. DIVERS ET QUESTIONS", 3, "3"),
        ("paragraph", "(20h40) table 2", 0, ""),
        ("list_item", "une boîte à livres", 0, "-"),
        ("heading", "HORS SUJET (à voir avec la ville)", 4, ""),
        ("list_item", "le stationnement rue Pasteur", 0, "*"),
        ("paragraph", "----- Forwarded message ----- De : Yves", 0, ""),  # a mail's separator: no title
    ]
    # but a list typed in capitals and names listed in brackets stay as they are
    path = tmp_path / "pad2.txt"
    path.write_text(
        "Présents : Odile, [Yves] [Anne] prennent les notes.\n\n"
        "1. RÉPARER LES BANCS\n2. PLANTER DES ARBRES\n\n"
        "3. CRÉER UN JARDIN\nSur la friche du stade.\n", encoding="utf-8")
    ex = text.read(path, Settings())
    assert [(b.kind, b.text, b.marker) for b in ex.blocks] == [
        ("paragraph", "Présents : Odile, [Yves] [Anne] prennent les notes.", ""),
        ("list_item", "RÉPARER LES BANCS", "1"),  # items of one list, not titles
        ("list_item", "PLANTER DES ARBRES", "2"),
        ("list_item", "CRÉER UN JARDIN Sur la friche du stade.", "3"),  # opened by a verb: an item
    ]


def test_a_dated_line_in_italics_is_a_note_but_an_undated_one_stays_a_title(tmp_path):
    path = tmp_path / "plan.md"
    path.write_text("# Plan vélo\n\n- Créer une piste entre le bourg et la gare\n\n---\n\n"
                    "*Page revue le 4 février 2025 par le service voirie*\n\n"
                    "*Les ateliers*\n\n- Ouvrir un atelier de réparation\n", encoding="utf-8")
    got = [(b.kind, b.text) for b in text.read(path, Settings()).blocks]
    assert got == [
        ("heading", "Plan vélo"),
        ("list_item", "Créer une piste entre le bourg et la gare"),
        ("paragraph", "Page revue le 4 février 2025 par le service voirie"),
        ("heading", "Les ateliers"),
        ("list_item", "Ouvrir un atelier de réparation"),
    ]


def test_the_earlier_message_a_mail_quotes_is_dropped(tmp_path):
    path = tmp_path / "avis.txt"
    path.write_text("Bonjour,\n\nVoici notre avis.\n\n"
                    "1) Ouvrir la médiathèque le dimanche.\n"
                    "2 ) Créer un espace pour les adolescents.\n\n"
                    "Bien cordialement,\nPaul\n\n"
                    "Le mar. 4 mars 2025 à 10:02, Anne Martin <anne.martin@\nexemple.fr> a écrit :\n"
                    "> Bonjour Paul,\n>\n> Il faudrait ajouter une demande sur les horaires.\n"
                    ">> Le lun. 3 mars 2025, Paul a écrit :\n>> Voici le projet d'avis.\n\n"
                    "Comme Anne l'a écrit :\n\n> Les horaires comptent.\n", encoding="utf-8")
    ex = text.read(path, Settings())
    assert [(b.kind, b.text, b.marker) for b in ex.blocks] == [
        ("paragraph", "Bonjour,", ""),
        ("paragraph", "Voici notre avis.", ""),
        ("list_item", "Ouvrir la médiathèque le dimanche.", "1"),
        ("list_item", "Créer un espace pour les adolescents.", "2"),  # « 2 ) »: a number too
        ("paragraph", "Bien cordialement, Paul", ""),
        # a quote under a line of the text, not a mail's attribution line, stays
        ("paragraph", "Comme Anne l'a écrit :", ""),
        ("paragraph", "Les horaires comptent.", ""),
    ]


def test_a_pad_s_boxes_lose_their_fences_and_italics_their_stars(tmp_path):
    # HedgeDoc / CodiMD boxes (« :::info » … « ::: »): the fences are no text, what a box holds
    # is a paragraph of its own, a spoiler's title too; stars around italics go, a lone star stays
    path = tmp_path / "pad.md"
    path.write_text(
        "Avant la boîte.\n:::warning\nLe marché de nuit n'est pas retenu cette année.\n:::\n"
        ":::spoiler Détails du budget\nCoût : 5 * 3 000 €\n:::\n\n*Relu par le comité le 3 mars.*\n", encoding="utf-8")
    ex = text.read(path, Settings())
    assert all(ex.text[b.start:b.end] == b.text for b in ex.blocks)
    assert [(b.kind, b.text) for b in ex.blocks] == [
        ("paragraph", "Avant la boîte."),
        ("paragraph", "Le marché de nuit n'est pas retenu cette année."),
        ("paragraph", "Détails du budget"),
        ("paragraph", "Coût : 5 * 3 000 €"),
        ("paragraph", "Relu par le comité le 3 mars."),
    ]


def test_a_chat_export_gives_one_paragraph_per_message_without_date_author_or_app_lines(tmp_path):
    # a messaging app's export (« 05/06/2026 09:12 - Léa: … »): each message is a paragraph of its
    # own without its date and author; a message's lines below it stay with it (a list); the
    # app's own lines (no author) and its placeholders for a file or a deleted message go
    path = tmp_path / "discussion.txt"
    path.write_text(
        "05/06/2026 09:10 - Les messages et les appels sont chiffrés de bout en bout.\n"
        "05/06/2026 09:11 - Léa a créé le groupe \"Parents du Bourg\"\n"
        "05/06/2026 09:12 - Léa: Bonjour à tous 👋\n"
        "05/06/2026 09:13 - Paul R.: <Médias omis>\n"
        "05/06/2026 09:14 - Paul R.: Ce message a été supprimé\n"
        "05/06/2026 09:15 - Nadia (APE): Nos idées :\n"
        "1. Un abri pour les vélos\n"
        "2. Des bancs devant l'école\n"
        "[05/06/2026 09:16:02] Paul R.: D'accord avec Nadia\n", encoding="utf-8")
    ex = text.read(path, Settings())
    assert [(b.kind, b.text) for b in ex.blocks] == [
        ("paragraph", "Bonjour à tous 👋"),
        ("paragraph", "Nos idées :"),
        ("list_item", "Un abri pour les vélos"),
        ("list_item", "Des bancs devant l'école"),
        ("paragraph", "D'accord avec Nadia"),
    ]


def test_a_text_with_two_dated_lines_is_no_chat_export(tmp_path):
    # fewer than three dated messages: the lines are read as they are (a log, minutes)
    path = tmp_path / "notes.txt"
    path.write_text("12/01/2026 10:00 - Anne: première réunion\n14/01/2026 10:00 - Anne: deuxième réunion\n",
                    encoding="utf-8")
    ex = text.read(path, Settings())
    assert [b.text for b in ex.blocks] == ["12/01/2026 10:00 - Anne: première réunion 14/01/2026 10:00 - Anne: deuxième réunion"]


def test_a_meeting_transcript_gives_one_paragraph_per_turn_without_time_speaker_or_chair(tmp_path):
    # a public meeting's transcript (« [00:04:10] M. Riou (artisan) : … »): each turn is a
    # paragraph without its time and speaker; the turns of the chair or of the authority's
    # officers (« Le Président : », « (vice-présidente) ») go with the lines under them; the one
    # who chairs a club speaks from the floor; a timed line naming nobody loses its time only
    path = tmp_path / "transcription.txt"
    path.write_text(
        "Transcription de la réunion du 3 février\n\n"
        "[00:00:05] Le Président : Bonsoir à tous, nous allons commencer.\n"
        "[00:01:10] Mme Alric (habitante, Les Saules) : Il faudrait un abri au terrain de boules.\n"
        "Et des bancs aussi.\n"
        "[00:01:40] Mme Denis (vice-présidente chargée des sports) : On va regarder ça.\n"
        "Je vous le promets.\n"
        "[00:02:02] M. Vidal (président du club de boules) : Nous voulons que le terrain soit éclairé.\n"
        "(00:02:30) Une habitante : Et le parking ?\n"
        "[00:03:00] Fin de l'enregistrement.\n", encoding="utf-8")
    ex = text.read(path, Settings())
    assert [(b.kind, b.text) for b in ex.blocks] == [
        ("heading", "Transcription de la réunion du 3 février"),
        ("paragraph", "Il faudrait un abri au terrain de boules. Et des bancs aussi."),
        ("paragraph", "Nous voulons que le terrain soit éclairé."),
        ("paragraph", "Et le parking ?"),
        ("paragraph", "Fin de l'enregistrement."),
    ]


def test_the_transcribers_notes_of_the_room_are_dropped_from_a_transcript(tmp_path):
    # « (Rires) », « (Applaudissements) », « (Murmures dans la salle) », « [inaudible] »: no one's
    # words, inside a turn, opening it or alone on a line; a bracket that says something stays
    path = tmp_path / "verbatim.txt"
    path.write_text(
        "[00:00:05] M. le Maire : Bonsoir.\n"
        "[00:01:10] Mme Alric (habitante) : (Rires) Il faudrait un abri au terrain de boules (Applaudissements).\n"
        "(Vifs applaudissements)\n"
        "[00:02:02] M. Vidal : Nous voulons que le terrain [inaudible] soit éclairé (le soir surtout).\n"
        "[00:02:30] Une habitante : (Murmures dans la salle)\n", encoding="utf-8")
    ex = text.read(path, Settings())
    assert [(b.kind, b.text) for b in ex.blocks] == [
        ("paragraph", "Il faudrait un abri au terrain de boules."),
        ("paragraph", "Nous voulons que le terrain soit éclairé (le soir surtout)."),
    ]


def test_two_timed_turns_or_an_agenda_are_no_transcript(tmp_path):
    # fewer than three timed turns, or times followed by no speaker (an agenda's « Atelier 2 : »):
    # the lines are read as they are
    path = tmp_path / "programme.txt"
    path.write_text("Programme\n\n09:30 Atelier 1 : mobilité\n\n10:30 Atelier 2 : numérique\n\n"
                    "11:30 Atelier 3 : écoles\n", encoding="utf-8")
    ex = text.read(path, Settings())
    assert [b.text for b in ex.blocks] == ["Programme", "09:30 Atelier 1 : mobilité", "10:30 Atelier 2 : numérique",
                                           "11:30 Atelier 3 : écoles"]


def test_a_video_conference_saved_chat_gives_one_paragraph_per_line_without_headers(tmp_path):
    # a meeting's chat saved by the video-conference tool (« 20:01:15 De  Yves B.  à  Tout le
    # monde : » over tab-indented lines): each line typed is a paragraph of its own, without the
    # header, never a title and never joined to the next one going on in lower case; private
    # messages (« à  Moi (en privé) »), the quote opening a reply and reactions go; a list stays
    path = tmp_path / "chat.txt"
    path.write_text(
        "20:01:15 De  Yves B.  à  Tout le monde : \n\tBonsoir\n"
        "20:02:40 De  Rose Martin  à  Moi (en privé) : \n\tje n'ai pas de son\n"
        "20:03:02 De  Rose Martin  à  Tout le monde : \n\tle son coupe\n"
        "20:04:11 De  Léon  à  Tout le monde : \n\tLe parking est plein le samedi.\n"
        "\tIl faudrait un parking à vélos devant la salle des fêtes.\n\tNos idées :\n\t1) des bancs\n\t2) un abri\n"
        "20:05:30 De  Yves B.  à  Tout le monde : \n\tRéponse à \"Le parking est plein le…\" : \n\td'accord avec Léon\n"
        "20:06:00 De  Rose Martin  à  Tout le monde : \n\tA réagi à \"Il faudrait un parking…\" avec 👍\n",
        encoding="utf-8")
    ex = text.read(path, Settings())
    assert [(b.kind, b.text) for b in ex.blocks] == [
        ("paragraph", "Bonsoir"),
        ("paragraph", "le son coupe"),
        ("paragraph", "Le parking est plein le samedi."),
        ("paragraph", "Il faudrait un parking à vélos devant la salle des fêtes."),
        ("paragraph", "Nos idées :"),
        ("list_item", "des bancs"),
        ("list_item", "un abri"),
        ("paragraph", "d'accord avec Léon"),
    ]


def test_an_older_or_english_video_conference_chat_is_read_the_same(tmp_path):
    # the message on the header's line (« 10:02:11	 De  Anne : … ») and the English headers
    # (« From Tom to Everyone: », « to Me (Direct Message) ») are read as the French ones
    path = tmp_path / "chat.txt"
    path.write_text(
        "10:02:11\t De  Anne : bonjour\n10:03:40\t De  Paul D. : on voudrait un banc\n"
        "10:04:02 From  Tom  to  Everyone:\n\tmerci\n10:05:00 From  Tom  to  Me (Direct Message):\n\ttest\n",
        encoding="utf-8")
    assert [b.text for b in text.read(path, Settings()).blocks] == ["bonjour", "on voudrait un banc", "merci"]


def test_two_message_headers_are_no_video_conference_chat(tmp_path):
    # fewer than three headers: the lines are read as they are
    path = tmp_path / "notes.txt"
    path.write_text("18:00 De  Anne  à  Tout le monde :\n\tbonjour\n18:01 De  Paul  à  Tout le monde :\n\tsalut\n",
                    encoding="utf-8")
    assert [b.text for b in text.read(path, Settings()).blocks] == [
        "18:00 De Anne à Tout le monde : bonjour 18:01 De Paul à Tout le monde : salut"]

def test_a_list_item_struck_out_from_its_start_is_withdrawn(tmp_path):
    # « - ~~…~~ → raison »: the item withdrawn, the rest only says why; struck text inside an
    # item is dropped and the item kept
    path = tmp_path / "pad.md"
    path.write_text("- Des bancs au square\n- ~~une patinoire~~ → trop cher, on oublie\n"
                    "- Planter des arbres ~~partout~~ dans la cour\n", encoding="utf-8")
    assert [(b.kind, b.text) for b in text.read(path, Settings()).blocks] == [
        ("list_item", "Des bancs au square"), ("list_item", "Planter des arbres dans la cour")]


def test_a_saved_mail_s_headers_give_its_title_and_no_text(tmp_path):
    path = tmp_path / "courriel.txt"
    path.write_text("From: Paul Durand <p.durand@exemple.fr>\nTo: Conseil des sages <sages@exemple.fr>\n"
                    "Subject: RE: Nos propositions pour\n la médiathèque\nDate: Tue, 3 Mar 2026 10:12:00 +0100\n\n"
                    "Bonjour,\n\nMerci pour vos propositions.\n", encoding="utf-8")
    ex = text.read(path, Settings())
    assert ex.title == "RE: Nos propositions pour la médiathèque"
    assert [(b.kind, b.text) for b in ex.blocks] == [
        ("heading", "RE: Nos propositions pour la médiathèque"),
        ("paragraph", "Bonjour,"),
        ("paragraph", "Merci pour vos propositions."),
    ]
    # a letter's subject and date alone are no mail's headers: the letter's first lines
    assert text.mail_headers("Objet : Réponse à votre courrier\nDate : 3 mars\n\nMadame,") == (
        "", "Objet : Réponse à votre courrier\nDate : 3 mars\n\nMadame,")


def test_a_mail_answering_the_quoted_points_one_by_one_makes_each_point_a_heading(tmp_path):
    path = tmp_path / "reponse.txt"
    path.write_text(
        "Bonjour Paul,\n\nVoici mes réponses.\n\nLe 3 mars 2026 à 10:12, Paul Durand <p.durand@exemple.fr> a écrit :\n"
        "> Madame la Maire,\n>\n> Voici nos demandes.\n>\n> A. LA MÉDIATHÈQUE\n"
        "> - Ouvrir la médiathèque le dimanche matin toute\n>   l'année\n\n"
        "Oui, elle ouvrira le dimanche dès\nseptembre.\n\n"
        "> - Créer un club de lecture\n> - Prêter des liseuses\n\n"
        "Les liseuses seront prêtées dès 2027.\n\n"
        "> B. LE PARC\n> - Éclairer le parc la nuit\n>\n> Cordialement,\n> Paul\n\n"
        "-- \nAnne Roux, maire\nCe message est confidentiel : s'il ne vous est pas destiné, détruisez-le.\n", encoding="utf-8")
    ex = text.read(path, Settings())
    assert [(b.kind, b.text, b.level, b.marker) for b in ex.blocks] == [
        ("paragraph", "Bonjour Paul,", 0, ""),
        ("paragraph", "Voici mes réponses.", 0, ""),
        # the greeting and introduction of the quoted message go; its theme line heads the points
        ("heading", "A. LA MÉDIATHÈQUE", 1, ""),
        ("heading", "Ouvrir la médiathèque le dimanche matin toute l'année", 2, ">"),
        ("paragraph", "Oui, elle ouvrira le dimanche dès septembre.", 0, ""),
        # a point quoted with no answer below it goes, the one right above an answer heads it
        ("heading", "Prêter des liseuses", 2, ">"),
        ("paragraph", "Les liseuses seront prêtées dès 2027.", 0, ""),
        # the quoted end, left without answer, goes, and so does the signature
    ]


def test_a_draft_reviewed_inline_with_bracketed_remarks_is_the_text_not_an_earlier_message(tmp_path):
    # a reply commenting a draft between its quoted lines, each remark opened by the reviewer's
    # initials or name in brackets: the quoted draft is the text written (its « > » removed, its
    # numbered items kept, the naming line gone), not a message answered point by point
    path = tmp_path / "brouillon.txt"
    path.write_text(
        "Salut Léa,\n\nMes corrections dans le texte.\n\nLe ven. 6 mars 2026 à 18:02, Léa Morel <lea@exemple.fr> a écrit :\n"
        "> Madame la Maire,\n>\n> 1. Ouvrir la piscine le dimanche matin pendant\n> toute l'année.\n\n"
        "[TB] Plutôt le samedi soir.\n\n"
        "> 2. Créer un terrain de pétanque au parc.\n> 3. Repeindre le préau de l'école.\n\n"
        "[Hugo] Ajouter : un abri pour les vélos.\n\n> Cordialement,\n> Léa\n", encoding="utf-8")
    ex = text.read(path, Settings())
    assert [(b.kind, b.text, b.marker) for b in ex.blocks] == [
        ("paragraph", "Salut Léa,", ""),
        ("paragraph", "Mes corrections dans le texte.", ""),
        ("paragraph", "Madame la Maire,", ""),
        ("list_item", "Ouvrir la piscine le dimanche matin pendant toute l'année.", "1"),
        ("paragraph", "[TB] Plutôt le samedi soir.", ""),
        ("list_item", "Créer un terrain de pétanque au parc.", "2"),
        ("list_item", "Repeindre le préau de l'école.", "3"),
        ("paragraph", "[Hugo] Ajouter : un abri pour les vélos.", ""),
        ("paragraph", "Cordialement, Léa", ""),
    ]


def test_a_reply_whose_answers_are_not_all_tagged_is_no_reviewed_draft(tmp_path):
    # one answer without the bracketed tag: a reply answering the points, read as before
    path = tmp_path / "reponse.txt"
    path.write_text("Le 3 mars 2026, Paul a écrit :\n> - Ouvrir le dimanche\n\n[AR] Oui.\n\n"
                    "> - Créer un club\n\nNon.\n", encoding="utf-8")
    assert [(b.text, b.marker) for b in text.read(path, Settings()).blocks] == [
        ("Ouvrir le dimanche", ">"), ("[AR] Oui.", ""), ("Créer un club", ">"), ("Non.", "")]


def test_a_quote_not_interleaved_with_answers_gives_no_point(tmp_path):
    # one answer under the quote only: the earlier message a mail quotes, dropped as before
    path = tmp_path / "reponse.txt"
    path.write_text("Le 3 mars 2026, Paul a écrit :\n> - Ouvrir le dimanche\n\nNon.\n", encoding="utf-8")
    assert [(b.text, b.marker) for b in text.read(path, Settings()).blocks] == [("Non.", "")]


def test_o_bullets_before_lower_case_items_of_a_list_under_a_colon_or_a_semicolon(tmp_path):
    # « o » typed (or read) for a second-level bullet before items in lower case: under a line
    # ending with « : » or « ; » it opens an item whatever its first letter; elsewhere the
    # lone « o » before a plain lower-case word is left as it is
    path = tmp_path / "compte-rendu.txt"
    path.write_text("Compte rendu de la réunion\n\n"
                    "Propositions des parents :\n"
                    "o équiper les classes de tablettes, comme les écoles\n"
                    "des villes ;\n"
                    "o raccorder les écoles en priorité ;\n"
                    "o mutualiser un intervenant entre communes.\n\n"
                    "La salle dit o merci au passage.\n", encoding="utf-8")
    assert robust_blocks(path)[1:] == [
        ("paragraph", "Propositions des parents :", 0, ""),
        ("list_item", "équiper les classes de tablettes, comme les écoles des villes ;", 0, "◦"),
        ("list_item", "raccorder les écoles en priorité ;", 0, "◦"),
        ("list_item", "mutualiser un intervenant entre communes.", 0, "◦"),
        ("paragraph", "La salle dit o merci au passage.", 0, ""),
    ]


def test_e_read_for_a_bullet_starts_an_item_and_a_sentence_after_an_item_is_a_paragraph(tmp_path):
    # a scanned list: « • » read as « e » before a capital; the line after an item ending with
    # a full stop that opens a sentence with a capital is a paragraph, not the item going on
    path = tmp_path / "compte-rendu.txt"
    path.write_text("Compte rendu de la réunion\n\n"
                    "Les commerçants rappellent que les démarches sont en ligne.\n"
                    "e Résorber les zones blanches dans les hameaux et les\n"
                    "fermes isolées.\n"
                    "e Former les commerçants à la vente en ligne.\n"
                    "Un artisan souhaiterait une vitrine commune des boutiques.\n"
                    "- Ouvrir la salle le dimanche,\n"
                    "et le samedi.\n"
                    "le ou la secrétaire signe.\n", encoding="utf-8")
    assert robust_blocks(path)[1:] == [
        ("paragraph", "Les commerçants rappellent que les démarches sont en ligne.", 0, ""),
        ("list_item", "Résorber les zones blanches dans les hameaux et les fermes isolées.", 0, "•"),
        ("list_item", "Former les commerçants à la vente en ligne.", 0, "•"),
        ("paragraph", "Un artisan souhaiterait une vitrine commune des boutiques.", 0, ""),
        ("list_item", "Ouvrir la salle le dimanche, et le samedi. le ou la secrétaire signe.", 0, "-"),
    ]


def test_a_topic_line_ended_by_a_colon_over_a_sentence_is_a_heading(tmp_path):
    # « Les jeux : » over « On voudrait … » in the same paragraph: the topic's heading; not a
    # lead-in opened by a pronoun or a verb of saying, nor a topic over a list item
    path = tmp_path / "mail.txt"
    path.write_text("Bonjour,\n\nLes jeux vidéo :\nOn voudrait une salle de jeux.\n\n"
                    "Nous proposons :\nUne salle de sport.\n\n"
                    "Voici nos demandes :\nUn local.\n\n"
                    "Le parc :\n- des bancs\n", encoding="utf-8")
    ex = text.read(path, Settings())
    assert [(b.kind, b.text) for b in ex.blocks] == [
        ("paragraph", "Bonjour,"),
        ("heading", "Les jeux vidéo"),
        ("paragraph", "On voudrait une salle de jeux."),
        ("paragraph", "Nous proposons : Une salle de sport."),
        ("paragraph", "Voici nos demandes : Un local."),
        ("paragraph", "Le parc :"),
        ("list_item", "des bancs"),
    ]


def test_a_static_site_page_s_shortcodes_are_markup_not_text(tmp_path):
    # a Hugo post: a figure, a notice box around a sentence, a button's label; the tags go,
    # the box's sentence stays, the button (a link's label) goes with its tags
    path = tmp_path / "2026-05-02-square.md"
    path.write_text(
        "---\ntitle: \"Le square\"\ndraft: false\n---\n\n"
        "Merci à tous.\n\n"
        "{{< figure src=\"/img/square.jpg\" caption=\"Le square en hiver\" >}}\n\n"
        "{{% notice info %}}\nLes bancs seront posés en mai.\n{{% /notice %}}\n\n"
        "{{< button href=\"/contact/\" >}}Nous écrire{{< /button >}}\n\n"
        "## Calendrier\n\nLa fontaine sera réparée en juin.\n", encoding="utf-8")
    doc = text.read(path)
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "Le square"),
        ("paragraph", "Merci à tous."),
        ("paragraph", "Les bancs seront posés en mai."),
        ("heading", "Calendrier"),
        ("paragraph", "La fontaine sera réparée en juin."),
    ]
# two text columns side by side, as pdftotext -layout writes a two-column page (invented text)
_LEFT = ["Le comité de quartier s'est réuni quatre fois",
         "cette année pour préparer ses propositions sur",
         "les mobilités et la vie des rues du centre.",
         "",
         "1. Nous demandons un abri à vélos couvert",
         "   devant la salle des fêtes de la commune.",
         "",
         "2. Ouvrir la ludothèque le mercredi matin",
         "   pour les familles qui travaillent tard."]
_RIGHT = ["Les habitants du hameau souhaitent aussi que",
          "la navette desserve la gare deux fois par jour,",
          "le matin et le soir, toute l'année scolaire.",
          "",
          "3. Planter des arbres le long de la rue des",
          "   Tanneurs pour rafraîchir le trottoir.",
          "",
          "4. Installer deux bancs près du lavoir et une",
          "   fontaine à eau potable pour les marcheurs."]


def _two_columns(left, right, offset=54, margin=4):
    rows = []
    for a, b in zip(left, right):
        line = (" " * margin + a if a else "").ljust(offset) + b if b else (" " * margin + a if a else "")
        rows.append(line.rstrip())
    return rows


def test_column_offset_of_a_two_column_page_and_none_for_prose_or_a_table():
    assert text.column_offset(_two_columns(_LEFT, _RIGHT)) == 54
    assert text.column_offset(_LEFT + _RIGHT) is None
    table = ["Priorité   Projet                     Coût"] + [
        f"   {i}       Réparer le toit de l'école {i}     {i}0 000 €" for i in range(1, 9)]
    assert text.column_offset(table) is None


def test_unfold_columns_reads_the_left_column_then_the_right_one():
    page = ["                       PROPOSITIONS DU COMITÉ DE QUARTIER", ""] + _two_columns(_LEFT, _RIGHT) + [
        "", "                                        - 2 -"]
    assert text.unfold_columns(page) == [
        "                       PROPOSITIONS DU COMITÉ DE QUARTIER", ""] + _LEFT + [""] + _RIGHT + [
        "", "                                        - 2 -"]


def test_unfold_columns_keeps_a_paragraph_going_on_in_the_right_column():
    left = ["Le conseil a étudié les demandes reçues et", "souhaite que la ville ouvre le gymnase",
            "aux associations du quartier le dimanche.", "Une autre idée revient souvent : ouvrir",
            "les salles municipales aux jeunes pour", "leurs répétitions de musique, mais aussi",
            "pour leurs réunions, le samedi après-midi"]
    right = ["et en fin de journée, quand elles sont libres.", "La commune pourrait aussi prêter du",
             "matériel de sonorisation aux associations", "pour les fêtes de quartier de l'été et",
             "les vide-greniers organisés par les écoles", "de la commune au mois de juin.", ""]
    assert text.unfold_columns(_two_columns(left, right)) == [""] + left + right[:6] + [""]


def test_a_page_in_one_column_is_left_as_it_is():
    page = ["Le conseil municipal a adopté le plan.  Il prévoit trois actions.", "", "1. Ouvrir une maison France services."]
    assert text.unfold_columns(page) == page


def test_two_column_pdftotext_layout_file_gives_its_items_in_reading_order(tmp_path):
    page = _two_columns(_LEFT, _RIGHT)
    path = tmp_path / "comite.txt"
    path.write_text("\n".join(["          Contribution du comité de quartier", ""] + page + ["", "                 - 1 -", "\f"]),
                    encoding="utf-8")
    ex = text.read(path, Settings())
    items = [(b.marker, b.text) for b in ex.blocks if b.kind == "list_item"]
    assert items == [("1", "Nous demandons un abri à vélos couvert devant la salle des fêtes de la commune."),
                     ("2", "Ouvrir la ludothèque le mercredi matin pour les familles qui travaillent tard."),
                     ("3", "Planter des arbres le long de la rue des Tanneurs pour rafraîchir le trottoir."),
                     ("4", "Installer deux bancs près du lavoir et une fontaine à eau potable pour les marcheurs.")]
