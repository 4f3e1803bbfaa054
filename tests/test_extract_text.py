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
