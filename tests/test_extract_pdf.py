"""PDF extraction on real public PDFs (see tests/data/extract/SOURCES.md)."""
from __future__ import annotations

import functools

import pytest

from nlp_stn.errors import ExtractionError
from nlp_stn.extract import extract

from conftest import CORPUS, DATA

PDF = DATA / "extract"
FDR = CORPUS / "pdf" / "FDR-NE-Bilan-mesure-MTE.pdf"


@functools.lru_cache(maxsize=None)
def _doc(path):
    return extract(path)


def guide():
    return _doc(PDF / "guide-pages-11-13.pdf")


def fdr():
    return _doc(FDR)


def test_first_blocks_of_a_real_page_are_exact():
    blocks = guide().blocks
    assert [(b.kind, b.page, b.level, b.marker, b.text) for b in blocks[:6]] == [
        ("heading", 1, 1, "", "Politique publique numérique responsable : quels dispositifs ?"),
        (
            "paragraph", 1, 0, "",
            "Pour faire converger la transition numérique et la transition écologique, plusieurs actions "
            "et dispositifs ont été déployés au sein du gouvernement français et à l’échelle européenne. "
            "En France, le gouvernement a mis en place un dispositif pour rendre nos services publics plus "
            "écoresponsables. De plus, la loi Anti-Gaspillage et Économie Circulaire (AGEC) incite au "
            "rallongement de la durée de vie des équipements et à mieux informer les consommateurs. Un "
            "dispositif stratégique a été publié sous forme d’une feuille de route gouvernementale "
            "intitulée «numérique et environnement». Elle a notamment permis de formaliser les propositions "
            "formulées lors de la Convention citoyenne pour le Climat en faveur de la sobriété numérique. "
            "Cette feuille de route a par ailleurs enrichi et alimenté les travaux parlementaires ayant "
            "conduit à l’adoption de la loi du 15 novembre 2021 visant à réduire l’empreinte "
            "environnementale du numérique (REEN). À l’échelle européenne, de nombreux dispositifs ont été "
            "mis en place dans le cadre du Pacte Vert pour L’Europe.",
        ),
        ("heading", 1, 2, "", "Les dispositifs règlementaires et législatifs français"),
        ("heading", 1, 3, "", "Dispositif « Services publics écoresponsables »"),
        (
            "paragraph", 1, 0, "",
            "Dans la Circulaire du Premier Ministre du 25 février 2020, l’État s’engage pour des Services "
            "publics écoresponsables.",
        ),
        ("paragraph", 1, 0, "", "Concernant le numérique, les mesures sont les suivantes :"),
    ]


def test_offsets_point_into_the_text():
    doc = guide()
    for block in doc.blocks:
        assert doc.text[block.start:block.end] == block.text


def test_every_block_keeps_its_page():
    doc = guide()
    assert doc.pages == 3
    assert [b.page for b in doc.blocks] == sorted(b.page for b in doc.blocks)
    assert {b.page for b in doc.blocks} == {1, 2, 3}


def test_running_header_and_page_numbers_are_dropped():
    text = guide().text
    # "Guide de bonnes pratiques ... pour les organisations" heads every page, "11".."13" foot it
    assert "Guide de bonnes pratiques numérique responsable pour les organisations" not in text
    assert not any(b.text in ("11", "12", "13") for b in guide().blocks)
    fdr_text = fdr().text
    assert "Document produit par le MTE/SNUM" not in fdr_text


def test_words_hyphenated_across_lines_are_joined():
    text = guide().text
    assert "la transition écologique" in text  # "tran-\nsition"
    assert "notamment permis" in text  # "notam-\nment"
    assert "tran-" not in text and "notam-" not in text


def test_list_items_with_arrows_and_nested_dashes():
    items = [(b.level, b.marker, b.text[:40]) for b in guide().blocks if b.kind == "list_item" and b.page == 2]
    assert items[:8] == [
        (0, "→", "Article 13 I : Information du consommate"),
        (0, "→", "Article 13 III : à compter du 1er janvie"),
        (0, "→", "Article 16 : à partir du 1er janvier 202"),
        (0, "→", "Article 19 : obligation de mise à dispos"),
        (0, "→", "Article 22 : extension de la garantie lé"),
        (0, "→", "Article 27 :"),
        (1, "−", "obligation, pour les fabricants et les v"),
        (1, "−", "remise d’un rapport du gouvernement au P"),
    ]


def test_bullets_and_title_like_lines_of_a_word_report():
    blocks = [(b.kind, b.page, b.level, b.marker, b.text) for b in fdr().blocks[:14]]
    assert blocks[2] == ("heading", 2, 1, "", "En synthèse")
    assert blocks[5:9] == [
        ("paragraph", 2, 0, "", "Trois expérimentations de mesure ont été retenues pour 2021."),
        ("list_item", 2, 0, "•", "La mesure du PUE du data centre parisien ;"),  # note call 2 dropped
        ("list_item", 2, 0, "•", "La mesure de produits numériques ;"),
        ("list_item", 2, 0, "•", "La mesure autour du parc informatique d’administration centrale."),
    ]
    assert blocks[12] == ("heading", 2, 1, "", "Réalisation des expérimentations")
    assert blocks[13] == ("heading", 2, 2, "", "La mesure du Data Centre Parisien")


def test_ruled_table_cells_with_headers():
    cells = [b for b in fdr().blocks if b.kind == "table_cell"]
    assert {b.page for b in cells} == {7}
    first = [(b.table, b.row, b.col, b.header, b.text) for b in cells if b.table == 0][:12]
    assert first == [
        (0, 0, 0, "", "Empreinte totale du parc de postes de travail"),
        (0, 0, 1, "", "Ecodiag"),
        (0, 0, 3, "", "WeNR"),
        (0, 1, 1, "Ecodiag", "Empreinte (kgCO2e/an)"),
        (0, 1, 2, "Ecodiag", "%"),
        (0, 1, 3, "WeNR", "Empreinte (kgCO2e/an)"),
        (0, 1, 4, "WeNR", "%"),
        (0, 2, 0, "Empreinte totale du parc de postes de travail", "Total"),
        (0, 2, 1, "Ecodiag", "1 185 733"),
        (0, 2, 2, "Ecodiag", "100"),
        (0, 2, 3, "WeNR", "1 436 829"),
        (0, 2, 4, "WeNR", "100"),
    ]
    assert max(b.table for b in cells) == 1  # two tables; the framed note below is not a table


def test_tables_can_be_switched_off():
    from nlp_stn.settings import Settings

    doc = extract(FDR, Settings(pdf_tables=False))
    assert not any(b.kind == "table_cell" for b in doc.blocks)
    assert "1 185 733" in doc.text  # the numbers are still there, as text


def test_title_comes_from_the_manifest_when_the_pdf_has_none():
    assert fdr().title == "Feuille de route Numérique & Écologie : bilan 2020-2021, thématique Mesure"
    assert fdr().id == "pdf/FDR-NE-Bilan-mesure-MTE.pdf"
    assert guide().title == "guide-pages-11-13"


@pytest.mark.parametrize(
    "name, message",
    [
        (
            "scanned.pdf",
            "ce PDF ne contient pas de texte (document scanné ?) : passez-le dans un logiciel de "
            "reconnaissance de caractères (OCR) puis relancez.",
        ),
        (
            "encrypted.pdf",
            "ce PDF est protégé par un mot de passe : ouvrez-le avec son mot de passe, enregistrez-en une "
            "copie non protégée puis relancez sur cette copie.",
        ),
        ("corrupt.pdf", "ce PDF est illisible ou endommagé : téléchargez-le à nouveau ou réexportez-le en PDF."),
    ],
)
def test_unreadable_pdfs_give_a_clear_message(name, message):
    with pytest.raises(ExtractionError) as info:
        extract(PDF / name)
    assert info.value.message == message
    assert info.value.path == str(PDF / name)


def test_a_scan_with_a_stamped_page_number_needs_ocr():
    # image-only pages whose only text is a stamped "Page N" (fewer than 20 characters a page)
    with pytest.raises(ExtractionError) as info:
        extract(PDF / "scanned-stamped.pdf")
    assert info.value.message.startswith("ce PDF ne contient pas de texte (document scanné ?)")


def _line(text, top, x0=60.0, size=9.0, page=5, x1=None, bold=False):
    from nlp_stn.extract.pdf import Line

    return Line(text=text, page=page, x0=x0, x1=x1 if x1 is not None else x0 + 5 * len(text), top=top,
                bottom=top + size, size=size, bold=bold)


def test_a_table_of_contents_is_dropped_but_not_a_list_of_figures():
    from nlp_stn.extract.pdf import drop_table_of_contents

    # page numbers right-aligned at x = 538, a wrapped entry stopping before them
    toc = [_line("Table des matières", 100, size=30), _line("Synthèse 7", 150, x1=538),
           _line("Introduction 8", 170, x1=538), _line("a.1 Coordonner la démarche numérique 24", 190, x1=537),
           _line("e.4 Anticiper le sourcing des fournisseurs d'équipements", 210, x1=469),
           _line("ou issus du réemploi 55", 222, x1=538), _line("Fin de page sans numéro.", 700)]
    untitled = [_line(f"Chapitre {n} 1{n}", 100 + 20 * n, page=6) for n in range(6)]
    figures = [_line("Budget 2024 de la collectivité : 120", 100), _line("Un paragraphe ordinaire.", 120),
               _line("Dépenses d'investissement 80", 140), _line("Encore du texte courant ici.", 160)]
    falling = [_line(f"Ligne {n} {90 - 10 * n}", 100 + 20 * n, page=7) for n in range(6)]
    out = drop_table_of_contents([toc, untitled, figures, falling])
    assert [line.text for line in out[0]] == ["Fin de page sans numéro."]
    assert out[1] == []
    assert out[2] == figures and out[3] == falling


def test_a_numbering_printed_apart_is_joined_to_its_heading():
    from nlp_stn.extract.pdf import Group, join_numbering

    title = Group(kind="heading", lines=[_line("Acter la démarche dans une charte", 100, x0=105, size=16)], level=2)
    number = Group(kind="heading", lines=[_line("a.6", 100, x0=58, size=15)], level=3)
    body = Group(kind="paragraph", lines=[_line("Une charte vise à acter l'engagement.", 160, x0=228)])
    out = join_numbering([title, number, body])
    assert out == [title, body]
    assert [l.text for l in title.lines] == ["a.6", "Acter la démarche dans une charte"] and title.marker == "a.6"
    # above its heading, and a bare page number is never joined
    title2 = Group(kind="heading", lines=[_line("Former les agents", 130, size=16)], level=2)
    out = join_numbering([Group(kind="heading", lines=[_line("2.3", 100, size=16)], level=2), title2])
    assert out == [title2] and title2.marker == "2.3"
    page = Group(kind="paragraph", lines=[_line("12", 100)])
    title3 = Group(kind="heading", lines=[_line("Conclusion", 110, size=16)], level=2)
    assert join_numbering([page, title3]) == [page, title3]


def test_a_list_item_whose_short_last_line_has_no_stop_ends_before_a_paragraph_at_the_margin():
    from nlp_stn.extract.pdf import Group, _continues

    # « • Former les habitants aux outils numériques » (no stop), its line ending mid-page, then a
    # paragraph back at the margin, left of the bullet, opening on a capital: a new paragraph
    item = Group(kind="list_item", lines=[_line("• Former les habitants aux outils numériques", 100, x0=62, x1=300)])
    paragraph = _line("Compte tenu des délais, le conseil souhaite un bilan annuel de la démarche.", 113, x0=56, x1=539)
    assert not _continues(item, paragraph, "paragraph", 9.0, gap=4.0, spans=[(56.0, 539.0)])
    # without the text's right edge (unknown), as before: an item without a stop goes on
    assert _continues(item, paragraph, "paragraph", 9.0, gap=4.0)
    # an item line that fills the width wrapped: the next line goes on the item, even at the margin
    full = Group(kind="list_item", lines=[_line("• Former les habitants et les agents des communes aux outils", 100,
                                                 x0=62, x1=536)])
    assert _continues(full, _line("Numériques du quotidien et aux démarches en ligne", 113, x0=56, x1=300),
                      "paragraph", 9.0, gap=4.0, spans=[(56.0, 539.0)])
    # a line in lower case goes on the item's sentence, and so does a line under the item's text
    assert _continues(item, _line("dans chaque commune du territoire", 113, x0=56, x1=250), "paragraph", 9.0,
                      gap=4.0, spans=[(56.0, 539.0)])
    assert _continues(item, _line("Et dans chaque commune du territoire", 113, x0=74, x1=250), "paragraph", 9.0,
                      gap=4.0, spans=[(56.0, 539.0)])


def test_a_line_opening_on_a_dash_goes_on_a_paragraph_running_things_between_dashes():
    from nlp_stn.extract.pdf import Group, _continues

    # « … améliorer l'administration - Créer des gains - Enrichir la » / « citoyenneté - Créer des
    # emplois » (both lines filling the width) / « - Ouvrir de nouvelles pistes … »: the run wrapped
    # before a dash, which is no list item's
    run = Group(kind="paragraph", lines=[
        _line("Il définissait des attentes : améliorer l'administration - Créer des gains - Enrichir la", 100,
              x0=56, x1=539),
        _line("citoyenneté et le vivre ensemble - Créer des emplois (même si certains disparaîtront)", 113,
              x0=56, x1=538)])
    dash = _line("- Ouvrir de nouvelles pistes économiques et sociales - Encourager l'innovation", 126, x0=56, x1=400)
    dash.marker, dash.body = "-", dash.text[2:]
    assert _continues(run, dash, "list_item", 9.0, gap=4.0, spans=[(56.0, 539.0)])
    assert (dash.marker, dash.body) == ("", dash.text)  # read as the paragraph's text, dash included
    # a list after a lead-in (« : »), after a short line, without dashes in the paragraph, or indented:
    # list items
    for lines, x0 in (
            ([_line("Il définissait des attentes - en trois points, que voici dans l'ordre :", 100, x0=56, x1=539)], 56),
            ([_line("Il définissait des attentes - en trois points", 100, x0=56, x1=300)], 56),
            ([_line("Il définissait des attentes en trois points, que voici dans l'ordre et en", 100, x0=56, x1=539)], 56),
            (run.lines[:1], 70)):
        item = _line("- Ouvrir de nouvelles pistes économiques", 113, x0=x0, x1=300)
        item.marker, item.body = "-", item.text[2:]
        assert not _continues(Group(kind="paragraph", lines=list(lines)), item, "list_item", 9.0, gap=4.0, spans=[(56.0, 539.0)])
        assert item.marker == "-"


def test_in_columns_a_line_is_measured_against_its_own_column_and_a_run_goes_on_after_a_dash():
    from nlp_stn.extract.pdf import Group, _continues, _right_edge

    # two columns: 56-282 and 306-533; a line of the left column filling it is full there
    spans = [(56.0, 282.0), (56.0, 281.0), (306.0, 533.0), (306.0, 532.0)]
    left = _line("possibilité de zones blanches pour une déconnexion", 100, x0=62, x1=282)
    assert _right_edge(left, spans) == 282.0 and _right_edge(_line("x", 100, x0=310, x1=400), spans) == 533.0
    item = Group(kind="list_item", lines=[_line("• Proposer des formations - Offrir la", 87, x0=56, x1=282), left])
    dash = _line("- Impulser la mise en œuvre de Territoires", 113, x0=62, x1=280)
    dash.marker, dash.body = "-", dash.text[2:]
    assert _continues(item, dash, "list_item", 9.0, gap=4.0, spans=spans)  # an item's run, under its text
    # a run that wrapped right after a dash at the foot of a column goes on at the top of the next
    run = Group(kind="list_item", lines=[_line("• Diffuser les chartes - Développer le", 700, x0=62, x1=282),
                                         _line("associatives, publiques ou professionnelles -", 714, x0=74, x1=282)])
    top = _line("Déployer des tiers-lieux apprenants -", 70, x0=318, x1=533)
    assert _continues(run, top, "paragraph", 9.0, gap=4.0, spans=spans)
    # not without dashes run inside the block
    plain = Group(kind="paragraph", lines=[_line("Le conseil rappelle les trois piliers de sa démarche -", 714, x0=56,
                                                 x1=282)])
    assert not _continues(plain, top, "paragraph", 9.0, gap=4.0, spans=spans)


def test_a_list_item_hanging_right_of_its_marker_ends_before_a_line_left_of_the_marker():
    from nlp_stn.extract.pdf import Group, _continues

    # « • Développer l'éducation pour » / « favoriser les bonnes » / « pratiques et la e.démocratie » (its
    # lines under the item's text, the last one filling the narrow column) then « Compte tenu … » at the margin
    item = Group(kind="list_item", lines=[_line("• Développer l'éducation pour", 100, x0=402, x1=533),
                                          _line("favoriser les bonnes", 113, x0=414, x1=533),
                                          _line("pratiques et la e.démocratie", 126, x0=414, x1=529)])
    margin = _line("Compte tenu de la vitesse", 139, x0=396, x1=533)
    assert not _continues(item, margin, "paragraph", 9.0, gap=4.0)
    # an item whose lines wrap back under its marker (no hanging indent) goes on
    flat = Group(kind="list_item", lines=[_line("• Développer l'éducation pour", 100, x0=402, x1=533),
                                          _line("favoriser les bonnes", 113, x0=402, x1=533)])
    assert _continues(flat, _line("pratiques et la e.démocratie", 126, x0=402, x1=529), "paragraph", 9.0, gap=4.0)


def test_a_line_opening_in_regular_type_is_no_bold_title():
    from nlp_stn.extract.pdf import Line, _line_kind

    def line(bold_start):
        return Line(text="Il définissait des attentes :", page=1, x0=56, x1=200, top=100, bottom=110.5, size=10.5,
                    bold=True, bold_start=bold_start, bold_end=True)

    assert _line_kind(line(False), 10.5) == "paragraph"  # « Il » regular, « définissait des attentes » bold
    assert _line_kind(line(True), 10.5) == "heading"
    assert _line_kind(line(None), 10.5) == "heading"  # weight of the first letter unknown: as before


def test_a_display_quotation_in_bold_is_one_block_and_a_quoted_word_ends_a_title():
    from nlp_stn.extract.pdf import Group, _continues, _heading_goes_on

    # a pull quote opened by « (read as a paragraph, not a title) goes on into its next line,
    # printed alike, until its closing »
    first = _line("« Voir les enfants et les anciens", 100, size=13, bold=True)
    quote = Group(kind="paragraph", lines=[first])
    second = _line("jardiner ensemble, c'est rare ! »", 116, size=13, bold=True)
    assert _continues(quote, second, "heading", 9.0, gap=4.0)
    # not a line in the body's type, nor after a quotation already closed
    assert not _continues(quote, _line("Le jardin ouvrira en mai", 116, size=13, bold=False), "heading", 9.0, gap=4.0)
    closed = Group(kind="paragraph", lines=[_line("« Un jardin pour tous »", 100, size=13, bold=True)])
    assert not _continues(closed, _line("Les travaux", 116, size=13, bold=True), "heading", 9.0, gap=4.0)
    # « Une mairie » over « « exemplaire » ? »: the quoted word ends the title
    title = _line("Une mairie", 100, size=11, bold=True)
    assert _heading_goes_on(title, _line("« exemplaire » ?", 114, size=11, bold=True), "paragraph", 9.0)
    assert not _heading_goes_on(title, _line("« Nous le ferons », dit le maire.", 114, size=11, bold=True),
                                "paragraph", 9.0)


def test_prefix_breaks_use_the_words_of_the_whole_document():
    from nlp_stn.extract.pdf import _join, _vocabulary

    lines = [_line("des pré-", 100), _line("conisations et une co-", 110), _line("construction", 120),
             _line("de la construction.", 130)]
    vocabulary = _vocabulary(lines)
    assert "conisations" not in vocabulary and "construction" in vocabulary
    assert _join(["des pré-", "conisations et une co-", "construction"], vocabulary) == \
        "des préconisations et une co-construction"


def test_a_heading_stored_after_the_text_it_tops_is_put_back_first():
    from nlp_stn.extract.pdf import Group, raise_headings

    body = Group(kind="paragraph", lines=[_line("Il faut veiller à la réparabilité.", 160, x0=228)])
    title = Group(kind="heading", lines=[_line("e.2 Privilégier les achats durables", 100, x0=105, size=16)], level=2)
    assert raise_headings([body, title]) == [title, body]
    # not the top of a next column, nor before a sentence going on from the previous page
    right = Group(kind="heading", lines=[_line("Titre", 100, x0=400, size=16)], level=2)
    left = Group(kind="paragraph", lines=[_line("Texte de la colonne", 160, x0=40)])
    assert raise_headings([left, right]) == [left, right]
    going_on = Group(kind="paragraph", lines=[_line("suite de la phrase.", 160, x0=228)])
    assert raise_headings([going_on, title]) == [going_on, title]


def test_a_bold_title_going_on_in_lower_case_at_the_top_of_the_next_page_is_one_block():
    from dataclasses import replace

    from nlp_stn.extract.pdf import Group, _continues_across

    # « Proposition n° 4 – Associer les habitants à la conception » ends page 5 in bold (read
    # there as a heading), « et aux essais des outils, … » opens page 6 in the same bold type
    title = Group(kind="heading", lines=[_line("Proposition n° 4 – Associer les habitants à la conception", 700,
                                               size=11, bold=True)], level=3)
    going_on = Group(kind="paragraph", lines=[_line("et aux essais des outils, au sein d'un comité.", 60, size=11,
                                                    page=6, bold=True)])
    assert _continues_across(title, going_on, body_size=11)
    # not a bold lead sentence ending inside the paragraph it opens (its line ends regular)
    lead = Group(kind="paragraph", lines=[replace(going_on.lines[0], bold_end=False),
                                          _line("la suite en romain.", 75, size=11, page=6)])
    assert not _continues_across(title, lead, body_size=11)
    # nor a block of the next page that starts with a capital
    capital = Group(kind="paragraph", lines=[_line("Et aux essais des outils.", 60, size=11, page=6, bold=True)])
    assert not _continues_across(title, capital, body_size=11)


# --- short documents: running lines, page breaks, labels, one-line paragraphs ------------
# (fixtures made by tests/data/pdf-robust/make_fixtures.py, see SOURCES.md)

ROBUST = DATA / "pdf-robust"
FILLER = (
    "Les habitants rencontrés décrivent des démarches longues et des interlocuteurs multiples. "
    "Les associations de quartier assurent une grande part de l'accueil, avec des bénévoles "
    "souvent peu formés et des locaux mal équipés."
)


def test_a_two_page_document_loses_its_header_and_footer_and_keeps_a_sentence_whole():
    doc = _doc(ROBUST / "deux-pages.pdf")
    assert [(b.kind, b.page, b.text) for b in doc.blocks] == [
        ("heading", 1, "Avis sur le schéma des mobilités"),
        ("paragraph", 1, "Le Conseil approuve les orientations générales du schéma."),
        *[("paragraph", 1, f"{FILLER} {FILLER}")] * 7,
        (
            "paragraph", 1,
            "Recommandation 1 : Créer une ligne de bus de soirée entre les bourgs et la gare, avec des "
            "horaires adaptés aux salariés postés, une tarification unique sur tout le territoire, des "
            "arrêts éclairés et sécurisés, un service de réservation par téléphone pour les hameaux "
            "éloignés et une information en temps réel affichée aux arrêts principaux du réseau, afin "
            "que chaque habitant puisse rentrer chez lui après vingt et une heures sans voiture.",
        ),
        ("paragraph", 2, "Recommandation 2 : Aménager des abris sécurisés pour les vélos près des écoles."),
        # the same sentence on both pages, but not at the same height: content, kept
        ("paragraph", 2, "Le Conseil approuve les orientations générales du schéma."),
    ]
    assert "Val-Marée" not in doc.text and "sur 2" not in doc.text


def test_the_units_of_a_two_page_document_are_whole():
    from nlp_stn.segment import segment

    units = [(u.kind, u.label, u.text) for u in segment(_doc(ROBUST / "deux-pages.pdf"))]
    assert units == [
        (
            "recommendation", "Recommandation 1",
            "Créer une ligne de bus de soirée entre les bourgs et la gare, avec des horaires adaptés aux "
            "salariés postés, une tarification unique sur tout le territoire, des arrêts éclairés et "
            "sécurisés, un service de réservation par téléphone pour les hameaux éloignés et une "
            "information en temps réel affichée aux arrêts principaux du réseau, afin que chaque habitant "
            "puisse rentrer chez lui après vingt et une heures sans voiture.",
        ),
        ("recommendation", "Recommandation 2", "Aménager des abris sécurisés pour les vélos près des écoles."),
    ]


def test_labelled_lines_open_blocks_and_an_annex_of_one_line_paragraphs_is_split():
    doc = _doc(ROBUST / "propositions-annexe.pdf")
    assert [(b.kind, b.page, b.text) for b in doc.blocks] == [
        ("heading", 1, "Propositions du conseil citoyen"),
        ("paragraph", 1, " ".join([FILLER] * 3)),
        # no space between these paragraphs: the labels alone separate them
        ("paragraph", 1, "Proposition 1 : Ouvrir une maison des services dans chaque canton."),
        (
            "paragraph", 1,
            "Proposition 2 : Former les agents d'accueil aux démarches en ligne et à l'orientation des "
            "personnes vers les travailleurs sociaux du département.",
        ),
        ("paragraph", 1, "Mesure 3 – Publier chaque année un bilan des délais de traitement."),
        # "Mesure 3 du plan" goes on a sentence: not a label
        ("paragraph", 1, "Le bilan sera présenté en séance publique, comme le prévoit la Mesure 3 du plan adopté en 2023."),
        ("heading", 2, "Annexe : liste des participants"),
        *[("paragraph", 2 if n < 27 else 3, f"Participant {n}, habitant du quartier nord.") for n in range(40)],
    ]


def _page(lines, page):
    from dataclasses import replace

    return [replace(line, page=page) for line in lines]


def test_running_lines_of_a_two_page_document():
    from nlp_stn.extract.pdf import drop_running_lines

    def page(n, body_top):
        return _page([
            _line("Conseil citoyen – Avis n°2025-01", 39),
            _line("Le Conseil approuve les orientations.", body_top),  # repeated, other height
            _line("Un paragraphe propre à la page.", 300 + n),
            _line("Mot de la fin.", 700),  # same text, same height, but outside the bands
            _line(f"Avis adopté le 3 février – page {n} sur 2", 796),
        ], n)

    out = drop_running_lines([page(1, 116), page(2, 137)], [842.0, 842.0])
    assert [[l.text for l in lines] for lines in out] == [
        ["Le Conseil approuve les orientations.", "Un paragraphe propre à la page.", "Mot de la fin."],
        ["Le Conseil approuve les orientations.", "Un paragraphe propre à la page.", "Mot de la fin."],
    ]
    # one page: only the page counter goes (a counter inside a sentence stays)
    single = page(1, 116) + [_line("Voir la page 3 sur 4 du rapport joint", 810, page=1)]
    assert [l.text for l in drop_running_lines([single], [842.0])[0]] == [
        "Conseil citoyen – Avis n°2025-01", "Le Conseil approuve les orientations.",
        "Un paragraphe propre à la page.", "Mot de la fin.", "Voir la page 3 sur 4 du rapport joint",
    ]
    # a header missing from one page is kept on the other
    first, second = page(1, 116), page(2, 137)[1:-1]
    assert [l.text for l in drop_running_lines([first, second], [842.0, 842.0])[0]] == [
        "Conseil citoyen – Avis n°2025-01", "Le Conseil approuve les orientations.",
        "Un paragraphe propre à la page.", "Mot de la fin.",
    ]  # its "page 1 sur 2" footer alone goes


def test_which_lines_open_a_labelled_block():
    from nlp_stn.extract.pdf import _opens_label

    after_sentence, mid_sentence = _line("Fin de la phrase.", 100), _line("comme le prévoit la", 100)
    opening = ["Préconisation 2 : Créer", "Recommandation n°3 Créer", "Action 1.2 – Créer", "Proposition 4 : Créer",
               "Mesure 5 : Créer", "Objectif 2 : Réduire", "Axe II – Habiter"]
    for text in opening:
        assert _opens_label(_line(text, 120), mid_sentence), text
    assert _opens_label(_line("Mesure 5 du plan régional", 120), after_sentence)
    assert not _opens_label(_line("Mesure 5 du plan régional", 120), mid_sentence)
    for text in ("mesure 5 : créer", "Mesure ci-dessous décrite", "Action à mener", "Préconisations générales"):
        assert not _opens_label(_line(text, 120), after_sentence), text


def test_the_line_spacing_ignores_one_line_paragraphs():
    from nlp_stn.extract.pdf import _typical_gap

    # two paragraphs of 4 lines 5 points apart, then 20 one-line paragraphs 17 points apart
    lines, top = [], 100.0
    for _ in range(2):
        for k in range(4):
            lines.append(_line("des mots qui vont" if k < 3 else "jusqu'au point.", top))
            top += 9 + 5
        top += 12
    for n in range(20):
        lines.append(_line(f"Participant {n}.", top))
        top += 9 + 17
    assert _typical_gap([lines], 9.0) == pytest.approx(5.0)
    # with ordinary paragraphs, the median gap of all lines
    assert _typical_gap([lines[:8]], 9.0) == pytest.approx(5.0)
    assert _typical_gap([lines[8:]], 9.0) == pytest.approx(17.0)


def test_a_range_of_numbers_cut_at_a_line_end_keeps_its_hyphen():
    from nlp_stn.extract.pdf import _join

    assert _join(["le plan 2024-", "2027 et les articles R. 541-", "43-1"], set()) == \
        "le plan 2024-2027 et les articles R. 541-43-1"


def test_a_table_of_contents_never_takes_the_text_after_it():
    from nlp_stn.extract.pdf import drop_table_of_contents

    # entries with dot leaders; then body lines ending in numbers, one of them reaching the
    # right margin like the entries, and a footer ending in a page number
    page = [_line("Feuille de route numérique 2024-2026", 60, size=22),
            _line("Sommaire", 100, size=16),
            _line("Introduction" + "." * 60 + "1", 120, x1=510),
            _line("Engagement 1 – Allonger la durée de vie" + "." * 40 + "1", 134, x1=510),
            _line("Suivi et évaluation" + "." * 55 + "2", 148, x1=510),
            _line("Introduction", 170, size=16),
            _line("Le plan sera évalué chaque année d'ici 2026", 190, x1=300),
            _line("Le conseil applique les obligations de l'article 12", 204, x1=510),
            _line("du règlement intérieur.", 218, x1=200),
            _line("Feuille de route numérique – page 1", 790, x1=510)]
    assert [line.text for line in drop_table_of_contents([page])[0]] == [
        "Feuille de route numérique 2024-2026", "Introduction", "Le plan sera évalué chaque année d'ici 2026",
        "Le conseil applique les obligations de l'article 12", "du règlement intérieur.",
        "Feuille de route numérique – page 1",
    ]
    # right-aligned numbers: a justified body line ending in a number, aligned with the
    # entries but after a body line, stays; so does a line whose sentence goes on
    aligned = [_line("Sommaire", 100, size=16), _line("Préambule 3", 120, x1=538), _line("Axe 1 – Habiter 5", 134, x1=538),
               _line("Axe 2 – Se déplacer 9", 148, x1=538),
               _line("Les communes membres ont adopté le plan de mobilité prévu par la loi et", 170, x1=538),
               _line("appliquent depuis 2023 les dispositions de son titre 2", 184, x1=538),
               _line("Partie 3", 200, x1=100), _line("Le conseil a voté la mesure 4", 214, x1=538),
               _line("à l'unanimité.", 228, x1=150)]
    assert [line.text for line in drop_table_of_contents([aligned])[0]] == [line.text for line in aligned[4:]]
    # numbers neither after dot leaders nor aligned: not a table of contents
    ragged = [_line("Sommaire", 100, size=16), _line("Préambule 3", 120), _line("Axe 1 – Habiter 5", 134),
              _line("Axe 2 – Se déplacer 9", 148)]
    assert drop_table_of_contents([ragged])[0] == ragged


def _table(rows, top, bottom, columns=(72.0, 220.0, 380.0), fragment=False):
    from nlp_stn.extract.pdf import Table

    return Table(bbox=(70.0, top, 520.0, bottom), rows=[list(r) for r in rows], columns=columns, fragment=fragment)


def _cells(tables):
    return {page: [(t.rows, t.row_pages, t.emitted) for t in page_tables] for page, page_tables in tables.items()}


def test_a_table_row_cut_by_the_page_break_is_joined_again():
    from nlp_stn.extract.pdf import join_continued_tables

    first = _table([["Action", "Pilote", "Échéance"], ["Recenser les écoles", "Service éducation", "2025"],
                    ["Élaborer une charte du", "Direction des systèmes", "2026"]], 600, 770)
    going_on = _table([["numérique responsable", "d'information", ""], ["Publier les données", "Communication", "2027"]],
                      72, 160)
    pages = [[_line("Programme d'actions", 580, page=1)], [_line("Le bilan sera public.", 180, page=2)]]
    tables = {1: [first], 2: [going_on]}
    out = join_continued_tables(pages, tables)
    assert _cells(out) == {
        1: [([["Action", "Pilote", "Échéance"], ["Recenser les écoles", "Service éducation", "2025"],
              ["Élaborer une charte du\nnumérique responsable", "Direction des systèmes\nd'information", "2026"],
              ["Publier les données", "Communication", "2027"]], [1, 1, 1, 2], False)],
        2: [([["numérique responsable", "d'information", ""], ["Publier les données", "Communication", "2027"]],
             [2, 2], True)],  # its lines stay in the table, its rows are emitted with the first page's
    }
    assert first.rows[-1] == ["Élaborer une charte du", "Direction des systèmes", "2026"]  # input unchanged
    # a capitalised first row after a finished cell is a new row of the same table
    ended = _table([["Action", "Pilote", "Échéance"], ["Recenser les écoles.", "Service éducation", "2025"]], 600, 770)
    new_row = _table([["Publier les données", "Communication", "2027"]], 72, 100, fragment=True)
    out = join_continued_tables(pages, {1: [ended], 2: [new_row]})
    assert out[1][0].rows[1:] == [["Recenser les écoles.", "Service éducation", "2025"],
                                  ["Publier les données", "Communication", "2027"]]
    assert out[1][0].row_pages == [1, 1, 2]


def test_a_row_without_its_number_at_the_top_of_a_page_is_the_rest_of_the_row_above():
    from nlp_stn.extract.pdf import join_continued_tables

    columns = (72.0, 110.0, 380.0)
    pages = [[_line("Bilan", 580, page=1)], [_line("La suite en 2027.", 180, page=2)]]
    last = _table([["N°", "Action", "État"], ["2.1", "Former les agents d'accueil", "Réalisée"],
                   ["2.2", "Traduire les fiches pratiques en", "Reportée"]], 600, 770, columns=columns)
    # the number cell empty, the cell below a capital (an acronym): still the same row
    rest = _table([["N°", "Action", "État"], ["", "LSF", ""], ["2.3", "Ouvrir un guichet", "En cours"]],
                  72, 160, columns=columns)
    out = join_continued_tables(pages, {1: [last], 2: [rest]})
    assert out[1][0].rows == [["N°", "Action", "État"], ["2.1", "Former les agents d'accueil", "Réalisée"],
                              ["2.2", "Traduire les fiches pratiques en\nLSF", "Reportée"],
                              ["2.3", "Ouvrir un guichet", "En cours"]]
    assert out[1][0].row_pages == [1, 1, 1, 2]
    # a table whose first column is empty in some rows anyway: the row stays a row of its own
    loose = _table([["N°", "Action", "État"], ["", "Former les agents d'accueil", "Réalisée"],
                    ["", "Traduire les fiches pratiques en", "Reportée"]], 600, 770, columns=columns)
    out = join_continued_tables(pages, {1: [loose], 2: [rest]})
    assert out[1][0].rows[2:] == [["", "Traduire les fiches pratiques en", "Reportée"], ["", "LSF", ""],
                                  ["2.3", "Ouvrir un guichet", "En cours"]]


def test_a_row_cut_after_an_open_word_goes_on_at_the_top_of_the_next_page_with_its_first_cell_only():
    from nlp_stn.extract.pdf import join_continued_tables

    pages = [[_line("Annexe", 580, page=1)], [_line("Montants indicatifs.", 180, page=2)]]
    last = _table([["Action", "Pilote", "Coût"], ["Rénover la médiathèque", "Commune", "90 000 €"],
                   ["Équiper de défibrillateurs les", "Pays", "12 000 €"]], 600, 770)
    # only its first cell filled (the others ended on the page before), a number after « les »
    rest = _table([["Action", "Pilote", "Coût"], ["14 salles de sport", "", ""],
                   ["Former les bénévoles", "Associations", "3 000 €"]], 72, 160)
    out = join_continued_tables(pages, {1: [last], 2: [rest]})
    assert out[1][0].rows == [["Action", "Pilote", "Coût"], ["Rénover la médiathèque", "Commune", "90 000 €"],
                              ["Équiper de défibrillateurs les\n14 salles de sport", "Pays", "12 000 €"],
                              ["Former les bénévoles", "Associations", "3 000 €"]]
    # the cell above ends a title that may end there: a row of its own
    whole = _table([["Action", "Pilote", "Coût"], ["Rénover la médiathèque", "Commune", "90 000 €"],
                    ["Équiper les salles", "Pays", "12 000 €"]], 600, 770)
    out = join_continued_tables(pages, {1: [whole], 2: [rest]})
    assert out[1][0].rows[3] == ["14 salles de sport", "", ""]
    # a row as full as the others: a new row, even after an open word
    full = _table([["Action", "Pilote", "Coût"], ["14 salles de sport", "Communes", "8 000 €"]], 72, 160)
    out = join_continued_tables(pages, {1: [last], 2: [full]})
    assert out[1][0].rows[2:] == [["Équiper de défibrillateurs les", "Pays", "12 000 €"],
                                  ["14 salles de sport", "Communes", "8 000 €"]]


def test_a_word_cut_by_a_hyphen_in_a_cell_keeps_a_compound_hyphen():
    from nlp_stn.extract.pdf import _cell_text, _join

    # pdfium marks the hyphen of a cut word by U+0002 in the text of an area
    lines = _cell_text("Bornes à Plouvern et Pont\x02Aven, équipe\x02ment des salles").split("\n")
    assert _join(lines, set()) == "Bornes à Plouvern et Pont-Aven, équipement des salles"


def test_tables_on_two_pages_stay_apart_unless_one_goes_on():
    from nlp_stn.extract.pdf import join_continued_tables

    pages = [[_line("Programme", 580, page=1)], []]
    last = _table([["Action", "Pilote", "Échéance"], ["Élaborer une charte du", "Direction", "2026"]], 600, 770)
    # the header row printed again (word processors repeat it): the same table goes on, the
    # repeated header is dropped and the row cut by the page break is joined again
    header_again = _table([["Action", "Pilote", "Échéance"], ["numérique", "Service", "2027"],
                           ["Former", "RH", "2028"]], 72, 160)
    out = join_continued_tables(pages, {1: [last], 2: [header_again]})
    assert out[1][0].rows == [["Action", "Pilote", "Échéance"], ["Élaborer une charte du\nnumérique",
                                                                   "Direction\nService", "2026\n2027"],
                               ["Former", "RH", "2028"]]
    assert out[1][0].row_pages == [1, 1, 2] and out[2][0].emitted
    # other columns
    other = _table([["numérique", "Service", "2027"], ["Former", "RH", "2028"]], 72, 160, columns=(72.0, 300.0, 420.0))
    out = join_continued_tables(pages, {1: [last], 2: [other]})
    assert [t.rows for t in out[2]] == [other.rows] and not out[2][0].emitted
    assert out[1][0].rows == last.rows
    # text between the tables: below the first one, or above the second one
    follows = _table([["numérique", "Service", "2027"], ["Former", "RH", "2028"]], 72, 160)
    for lines in ([[_line("Programme", 580, page=1), _line("Note de bas de tableau.", 780, page=1)], []],
                  [[_line("Programme", 580, page=1)], [_line("Titre en haut de page", 50, page=2)]]):
        out = join_continued_tables(lines, {1: [last], 2: [follows]})
        assert out[1][0].rows == last.rows and not out[2][0].emitted
    # a one-row grid that continues nothing is dropped (its lines stay text)
    alone = _table([["Encadré", "Note", ""]], 72, 100, fragment=True)
    assert join_continued_tables([[], []], {2: [alone]}) == {}


def test_the_first_row_of_a_field_table_alone_at_the_foot_of_a_page_goes_on_the_next():
    """A record table whose first row was printed at the foot of a page (the page break after
    it): that single row and the rest of the table on the next page are one table, shown at the
    first page, its cut cell joined again."""
    from nlp_stn.extract.pdf import join_continued_tables

    columns = (72.0, 220.0)
    pages = [[_line("Fiche projet 4", 700, page=1)], [_line("Fiche projet 5", 300, page=2)]]
    head = _table([["Nom du projet", "Mise en réseau des bibliothèques de la"]], 730, 770, columns=columns,
                  fragment=True)
    rest = _table([["", "vallée"], ["Porteur", "Syndicat intercommunal"], ["Coût", "12 000 €"]], 72, 160,
                  columns=columns)
    out = join_continued_tables(pages, {1: [head], 2: [rest]})
    assert _cells(out) == {
        1: [([["Nom du projet", "Mise en réseau des bibliothèques de la\nvallée"], ["Porteur", "Syndicat intercommunal"],
              ["Coût", "12 000 €"]], [1, 2, 2], False)],
        2: [([["", "vallée"], ["Porteur", "Syndicat intercommunal"], ["Coût", "12 000 €"]], [2, 2, 2], True)],
    }
    # followed by text, or by a table of other columns, the row continues nothing: its lines stay text
    below = [[_line("Fiche projet 4", 700, page=1)], [_line("Suite du texte", 50, page=2)]]
    assert 1 not in join_continued_tables(below, {1: [head], 2: [rest]})
    other = _table(rest.rows, 72, 160, columns=(72.0, 300.0))
    assert 1 not in join_continued_tables(pages, {1: [head], 2: [other]})


def test_a_heading_wrapped_onto_a_lower_case_line_stays_whole():
    from nlp_stn.extract.pdf import build

    lines = [
        _line("Action 1.1.1 – Créer un réseau départemental des lieux de médiation", 100, size=11, bold=True),
        _line("numérique", 116, size=11, bold=True),
        _line("Le Département labellisera les lieux qui accueillent le public et publiera leur", 132, size=11),
        _line("carte.", 148, size=11),
        _line("Ce que nous retenons de la concertation :", 180, size=11, bold=True),
        _line("les habitants veulent des lieux proches.", 196, size=11, bold=True),
        _line("Fiche action n°4 : Appliquer le principe « Dites-le nous une fois » aux", 228, size=11, bold=True),
        _line("aides sociales", 244, size=11, bold=False),
    ]
    blocks = build([lines], {}).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Action 1.1.1 – Créer un réseau départemental des lieux de médiation numérique"),
        ("paragraph", "Le Département labellisera les lieux qui accueillent le public et publiera leur carte."),
        # a heading ending with a colon, a lower-case line printed in another weight: apart
        ("heading", "Ce que nous retenons de la concertation :"),
        ("paragraph", "les habitants veulent des lieux proches."),
        ("heading", "Fiche action n°4 : Appliquer le principe « Dites-le nous une fois » aux"),
        ("paragraph", "aides sociales"),
    ]


def test_a_heading_cut_after_a_preposition_goes_on_onto_a_capitalised_line():
    """A bold line that cannot end there (after « des », « et », a comma) goes on onto the next
    line printed alike, even when that line starts with a capital (a name)."""
    from nlp_stn.extract.pdf import build

    lines = [
        _line("Axe 2 – Ouvrir des permanences avec les agents des", 100, size=11, bold=True),
        _line("Maisons de santé, des rendez-vous en mairie.", 116, size=11, bold=True),
        _line("Le syndicat réunira les communes volontaires chaque trimestre.", 140, size=11),
        _line("Axe 3 – Les tiers-lieux", 170, size=11, bold=True),
        _line("Trois lieux ouvriront en 2026.", 186, size=11, bold=True),
    ]
    blocks = build([lines], {}).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        # one bold sentence (a paragraph, as any bold sentence), not a title cut at « des »
        ("paragraph", "Axe 2 – Ouvrir des permanences avec les agents des Maisons de santé, des rendez-vous en mairie."),
        ("paragraph", "Le syndicat réunira les communes volontaires chaque trimestre."),
        # a title that may end there: the capitalised sentence below is apart
        ("heading", "Axe 3 – Les tiers-lieux"),
        ("paragraph", "Trois lieux ouvriront en 2026."),
    ]


def test_a_label_without_number_opens_a_block_only_with_a_qualifier_and_a_separator():
    from nlp_stn.extract.pdf import _opens_label

    mid_sentence = _line("comme le prévoit la", 100)
    assert _opens_label(_line("Action phare : Ouvrir un tiers-lieu", 120), mid_sentence)
    for text in ("Actions prioritaires : les suivantes", "Action publique locale", "Action phare du plan",
                 "Action phare :"):
        assert not _opens_label(_line(text, 120), mid_sentence), text


def test_headings_table_of_contents_and_a_table_cut_by_the_page_break_in_a_real_pdf():
    doc = _doc(ROBUST / "sommaire-tableau.pdf")
    filler = " ".join([FILLER] * 2)
    assert [(b.kind, b.page, b.text) for b in doc.blocks if b.kind != "table_cell"] == [
        ("heading", 1, "Feuille de route numérique de Port-Vallon"),
        # "Sommaire" and its three entries are gone, not the lines ending in numbers below them
        ("heading", 1, "Introduction"),
        ("paragraph", 1, "La commune s'engage à publier un bilan de cette feuille de route d'ici 2026"),
        ("paragraph", 1, "Ce plan répond aux obligations fixées par la délibération 12"),
        ("heading", 1, "Nos engagements"),
        ("heading", 1, "Action 1 – Équiper chaque école élémentaire de la commune d'une classe mobile de tablettes "
                       "partagées"),
        ("paragraph", 1, "Les tablettes seront prêtées par roulement aux classes de cycle 3."),
        ("heading", 1, "Fiche action n°2 : Ouvrir un atelier de réparation des ordinateurs portables des agents et "
                       "des habitants"),
        ("paragraph", 1, "L'atelier sera animé par une association d'insertion, deux après-midi par mois."),
        *[("paragraph", 1, filler)] * 3,
        ("heading", 1, "Programme d'actions"),
        ("paragraph", 2, "Le bilan annuel sera présenté au conseil municipal."),
    ]
    cells = [(b.page, b.table, b.row, b.col, b.header, b.text) for b in doc.blocks if b.kind == "table_cell"]
    assert cells[-6:] == [
        (1, 0, 3, 0, "Action", "Élaborer une charte du numérique responsable pour les services municipaux, les "
                               "écoles, les associations hébergées et les élus, avec un guide des bons usages de la "
                               "messagerie, du stockage partagé et des impressions"),
        (1, 0, 3, 1, "Pilote", "Direction des systèmes d'information et du numérique"),
        (1, 0, 3, 2, "Échéance", "2026"),
        (2, 0, 4, 0, "Action", "Publier les données des équipements publics en accès libre"),
        (2, 0, 4, 1, "Pilote", "Service communication"),
        (2, 0, 4, 2, "Échéance", "2027"),
    ]
    assert len(cells) == 15 and "Port-Vallon – page" not in doc.text


def test_a_hyphen_alone_on_a_line_of_a_cell_goes_back_to_its_word():
    from nlp_stn.extract.pdf import _cell_lines, _join

    assert _cell_lines("mettre en pause, défile\n-\nment ou clignotement ?") == \
        ["mettre en pause, défile-", "ment ou clignotement ?"]
    assert _join(_cell_lines("défile\n-\nment"), {"défilement"}) == "défilement"
    # a dash standing for "nothing", or before a capitalised line, stays
    assert _cell_lines("2025\n-") == ["2025", "-"] and _cell_lines("Budget\n-\nAucun") == ["Budget", "-", "Aucun"]


# --- designed layouts (tests/data/pdf-robust/src, see SOURCES.md) --------------------------


def test_footnotes_are_dropped_with_their_calls_and_a_sentence_goes_on_across_them():
    doc = _doc(ROBUST / "avis-deux-colonnes.pdf")
    texts = [b.text for b in doc.blocks]
    # the notes ("1Courrier du Président …", "3Selon la fédération …") are no blocks
    assert not [t for t in texts if t.startswith(("1Courrier", "2Enquête", "3Selon", "Courrier", "Selon"))]
    assert texts[5].startswith("Saisi par le Président de Kerbrat Communauté, le Conseil de développement a examiné")
    assert "au cours de l'année écoulée. Les communes rurales" in texts[12]
    # a paragraph cut by the page break, the notes of page 1 printed in between
    assert (doc.blocks[16].kind, doc.blocks[16].page, texts[16]) == (
        "paragraph", 1, "Le Conseil souhaite également que les horaires et les adresses des lieux de médiation "
        "soient affichés dans toutes les mairies et publiés dans le bulletin intercommunal.")
    # a superscript call cut the printed line in two ("souvent3" / ". Les secrétaires")
    assert texts[18] == ("Les structures d'accompagnement manquent de bénévoles formés et leurs salariés changent "
                         "souvent. Les secrétaires de mairie, premiers interlocuteurs des habitants, se disent "
                         "démunis face aux demandes qui dépassent leurs missions.")
    assert texts[39] == ("Comment l'intercommunalité entend-elle mesurer les effets de la stratégie sur les publics "
                         "les plus éloignés du numérique ?")


def test_drop_footnotes_needs_a_call_in_the_body():
    from nlp_stn.extract.pdf import drop_footnotes

    body = [_line("Le Conseil a été saisi par la Communauté1 , puis il a", 100, size=10),
            _line("rendu son avis en juin.", 114, size=10)]
    note = [_line("1Courrier du Président du 12 février 2025.", 760, size=7.5)]
    out = drop_footnotes([body + note], 10.0)
    assert [l.text for l in out[0]] == ["Le Conseil a été saisi par la Communauté, puis il a", "rendu son avis en juin."]
    # no call "2" in the body: a small last line is kept as it is (a legend, a source)
    other = [_line("2Source : enquête du Conseil, avril 2025.", 760, size=7.5)]
    assert drop_footnotes([body + other], 10.0) == [body + other]
    # when the reader knows which numbers are printed smaller (superscript), only those go
    from dataclasses import replace

    known = [replace(_line("Les émissions de CO2 du Conseil1 baissent,", 100, size=10), calls=("1",)),
             replace(_line("de 2 % par an.", 114, size=10), calls=())]
    notes = [_line("1Bilan 2024.", 760, size=7.5), _line("2Hors transports.", 770, size=7.5)]
    assert [l.text for l in drop_footnotes([known + notes], 10.0)[0]] == [
        "Les émissions de CO2 du Conseil baissent,", "de 2 % par an."]
    # body-size lines below the notes: not the foot of the page
    assert drop_footnotes([body + note + [_line("Suite du texte.", 780, size=10)]], 10.0)[0][-1].text == "Suite du texte."


def test_footnotes_numbered_with_a_full_stop_are_dropped_with_their_calls():
    """French typography numbers the notes at the foot of the page « 1. … » (LaTeX with
    babel-french): they are dropped as « 1… » notes are, a note opening with a figure too."""
    from nlp_stn.extract.pdf import drop_footnotes

    body = [_line("Les prélèvements atteignent 410 millions de mètres cubes1, dont", 100, size=11),
            _line("la moitié pour l'eau potable et 118 lycées2.", 114, size=11)]
    notes = [_line("1. Agence de l'eau Armor-Rance, état des lieux 2025.", 740, size=9),
             _line("2. 31 d'entre eux ont un compteur par bâtiment.", 752, size=9)]
    assert [l.text for l in drop_footnotes([body + notes], 11.0)[0]] == [
        "Les prélèvements atteignent 410 millions de mètres cubes, dont",
        "la moitié pour l'eau potable et 118 lycées."]
    # a numbered list in the body's size at the foot of the page stays
    items = [_line("1. Réunir le comité.", 740, size=11), _line("2. Publier le bilan.", 752, size=11)]
    assert drop_footnotes([body[1:] + items], 11.0) == [body[1:] + items]


def test_superscript_calls_after_a_stop_a_bracket_a_year_or_a_space_drop_their_notes():
    """A word processor's notes (8 pt, at the foot of the page) called by superscript numbers
    printed after a full stop, a year, a space or a closing bracket are dropped with their
    calls; a label alone on the last line above the notes keeps its text from the next page."""
    blocks = _doc(ROBUST / "avis-appels-de-notes.pdf").blocks
    assert [(b.kind, b.page, b.text) for b in blocks[2:4]] == [
        ("paragraph", 1, "Deux cent douze habitants ont répondu à l'enquête du conseil citoyen, dont un tiers sur "
                         "papier, remis dans les mairies et les commerces des bourgs. Les réponses montrent que les "
                         "démarches en ligne restent difficiles pour beaucoup, faute d'équipement ou d'un lieu "
                         "d'accueil."),
        ("paragraph", 1, "Le schéma adopté en 2024 prévoit des permanences itinérantes, mais les habitants ne savent "
                         "ni où elles se tiennent ni à quel prix. Les associations relaient ces questions sans "
                         "obtenir de réponse."),
    ]
    assert [(b.kind, b.page, b.text) for b in blocks[-3:]] == [
        ("heading", 1, "Proposition 3"),
        ("paragraph", 2, "Installer dans chaque bourg une borne d'accès aux services publics, accompagnée d'un "
                         "médiateur une demi-journée par semaine, en priorité dans les communes sans bureau de poste."),
        ("paragraph", 2, "Les participants aux ateliers ont enfin demandé que les courriers de la communauté "
                         "rappellent toujours un moyen de contact sans internet (courrier, téléphone). Le conseil "
                         "citoyen présentera un bilan de ces propositions dans un an."),
    ]
    assert not [b.text for b in blocks if b.text[:1].isdigit()]


def test_a_raised_call_is_taken_out_of_its_line():
    from nlp_stn.extract.pdf import _without_raised

    # positions count the characters other than spaces
    assert _without_raised("en 20242 prévoit", [("2", 6, 7)]) == "en 2024 prévoit"
    assert _without_raised("à quel prix 3 . Les", [("3", 9, 10)]) == "à quel prix. Les"
    assert _without_raised("(courrier, téléphone).4 Le", [("4", 21, 22)]) == "(courrier, téléphone). Le"
    assert _without_raised("en 2024 prévoit", []) == "en 2024 prévoit"


def test_a_bold_lead_sentence_ending_inside_a_line_is_not_cut_at_the_line_end():
    """A labelled bold sentence whose bold run goes on into a line and ends inside it (that
    line starts bold and ends regular) is the start of its paragraph, not a heading cut at
    a line end; whether that mixed line reads as bold or regular."""
    blocks = _doc(ROBUST / "avis-appels-de-notes.pdf").blocks
    texts = [(b.kind, b.text) for b in blocks]
    assert ("paragraph", "Proposition 1 – Le Conseil demande que chaque médiathèque du territoire propose un "
                         "atelier mensuel. Consacré aux démarches en ligne, il serait animé avec les centres "
                         "sociaux ; les bibliothécaires rencontrés y sont prêts, à condition de recevoir une "
                         "formation.") in texts
    assert ("paragraph", "Proposition 2 – Le Conseil souhaite qu'un numéro d'appel unique, gratuit et ouvert le "
                         "samedi, oriente les habitants vers le bon guichet. Les agents d'accueil des mairies "
                         "pourraient y répondre à tour de rôle, avec une fiche commune.") in texts


def test_a_bold_run_ending_inside_a_line_also_across_a_page_break():
    from dataclasses import replace

    from nlp_stn.extract.pdf import build

    def mixed(line):
        return replace(line, bold_start=True, bold_end=False)

    page1 = [
        _line("Recommandation 4 – Le Conseil demande un guichet unique des aides", 700, size=11, page=1, bold=True),
        _line("à la rénovation, ouvert dans chaque bourg et tenu par un conseiller de", 716, size=11, page=1,
              bold=True),
    ]
    page2 = [
        mixed(_line("l'espace France Rénov'. Les ménages modestes renoncent trop souvent à", 80, size=11, page=2)),
        _line("leurs travaux faute d'interlocuteur.", 96, size=11, page=2),
    ]
    blocks = build([page1, page2], {}).blocks
    assert [(b.kind, b.page, b.text) for b in blocks] == [
        ("paragraph", 1, "Recommandation 4 – Le Conseil demande un guichet unique des aides à la rénovation, ouvert "
                         "dans chaque bourg et tenu par un conseiller de l'espace France Rénov'. Les ménages "
                         "modestes renoncent trop souvent à leurs travaux faute d'interlocuteur."),
    ]
    # the same lines without the weight of the third line's letters: a labelled title, as before
    page2[0] = _line(page2[0].text, 80, size=11, page=2)
    assert [b.kind for b in build([page1, page2], {}).blocks] == ["heading", "paragraph"]


def test_field_lines_of_a_card_are_paragraphs_of_their_own():
    """Cards printed from a web page by Chromium: the field lines under each description
    ("Porteur :", "Indicateur :", "Coût :", "Calendrier :"), printed one under the other
    without spacing, are one paragraph each, never glued nor read as a title."""
    blocks = _doc(ROBUST / "fiches-cartes.pdf").blocks
    assert [(b.kind, b.text) for b in blocks[3:13]] == [
        ("heading", "Mesure 1 · Relier les bourgs par des voies cyclables sécurisées"),
        ("paragraph", "Trois itinéraires séparés de la route départementale relieront les bourgs aux collèges et "
                      "aux gares du territoire."),
        ("paragraph", "Porteur : service voirie et déplacements"),
        ("paragraph", "Indicateur : kilomètres de voies cyclables ouvertes"),
        ("paragraph", "Coût : 2,4 M€"),
        ("heading", "Mesure 2 · Prêter des vélos à assistance électrique"),
        ("paragraph", "Une flotte de soixante vélos sera prêtée aux habitants pour trois mois, avec un entretien "
                      "gratuit."),
        ("paragraph", "Porteur : maison de la mobilité"),
        ("paragraph", "Indicateur : nombre de prêts par an ; part des emprunteurs qui achètent un vélo"),
        ("paragraph", "Coût : 90 k€ par an"),
    ]
    from nlp_stn.segment import segment

    units = segment(_doc(ROBUST / "fiches-cartes.pdf"))
    assert [u.text for u in units if u.kind == "indicator"] == [
        "kilomètres de voies cyclables ouvertes", "nombre de prêts par an", "part des emprunteurs qui achètent un vélo",
        "taux d'occupation des abris", "nombre d'élèves formés"]


def test_a_line_opened_by_a_known_field_name_opens_a_block():
    from nlp_stn.extract.pdf import _opens_label

    mid_sentence = _line("comme le prévoit la", 100)
    for text in ("Pilote : direction des sports", "Indicateur : nombre de visites", "Budget : 12 000 €",
                 "Calendrier : 2027", "Indicateurs de suivi : taux de réponse", "Maîtrise d'ouvrage : Région"):
        assert _opens_label(_line(text, 120), mid_sentence), text
    for text in ("Le Conseil : une instance", "Pilote :", "pilote : la direction", "Les moyens du budget : 40 k€"):
        assert not _opens_label(_line(text, 120), mid_sentence), text


def test_a_table_whose_header_row_is_repeated_goes_on_over_the_page_break():
    doc = _doc(ROBUST / "strategie-paysage.pdf")
    cells = [b for b in doc.blocks if b.kind == "table_cell"]
    assert {b.table for b in cells} == {0}  # one table on pages 2 and 3
    assert [b.text for b in cells if b.row == 0] == ["Axe", "Action", "Pilote", "Partenaires", "Calendrier",
                                                       "Indicateur(s)"]
    assert not [b for b in cells if b.row > 0 and b.text in ("Axe", "Action", "Pilote")]
    # the row cut by the page break (the "Axe 3" cell and action 3.1) is one row again
    row8 = {b.col: (b.page, b.text) for b in cells if b.row == 8}
    assert row8[0] == (2, "Axe 3 – Des données ouvertes et partagées")
    # the cell's title line and its description stay two paragraphs (the title line ends early)
    assert row8[1] == (2, "3.1 Ouvrir les données publiques de l'agglomération sur un portail commun\nTransports, "
                          "déchets, eau, équipements sportifs et culturels, dans des formats réutilisables.")
    assert [(b.page, b.row, b.text) for b in cells if b.col == 5 and b.row >= 9] == [
        (3, 9, "Nombre de participants"), (3, 10, "Adoption de la charte en conseil communautaire")]


def test_body_size_is_read_outside_tables():
    # the small text of a landscape table must not make the portrait page's paragraphs headings
    doc = _doc(ROBUST / "strategie-paysage.pdf")
    assert [(b.kind, b.level, b.text[:40].rstrip()) for b in doc.blocks[:9]] == [
        ("heading", 3, "Lannvor Agglomération"),
        ("heading", 1, "Stratégie numérique responsable 2025-203"),
        ("heading", 3, "Plan d'actions adopté par le conseil com"),
        ("heading", 2, "Introduction"),
        ("paragraph", 0, "La stratégie numérique responsable de La"),
        # a new paragraph after a wider step, though the last line is almost full
        ("paragraph", 0, "Elle a été élaborée entre septembre 2024"),
        ("heading", 2, "Lire le plan d'actions"),
        ("paragraph", 0, "Pour chaque action, le tableau des pages"),
        ("paragraph", 0, "Le budget consacré au plan d'actions s'é"),
    ]


def test_boxed_recommendations_frames_and_pull_quotes():
    doc = _doc(ROBUST / "avis-encadres.pdf")
    blocks = [(b.kind, b.page, b.level, b.text[:48].rstrip()) for b in doc.blocks]
    # the main flow comes first: the sidebar of key figures stored before it goes after it
    assert blocks[0] == ("heading", 1, 3, "Conseil de développement du Val d'Oust")
    assert blocks[1][:3] == ("heading", 1, 1)
    # letter-spaced capitals joined; the bold sentence of the box is a paragraph, not a heading
    assert blocks[10:12] == [("paragraph", 1, 0, "RECOMMANDATION 1"),
                             ("paragraph", 1, 0, "Garantir dans chaque maison France Services une")]
    # a pull quote in large type is one paragraph, not a heading
    assert blocks[13] == ("paragraph", 1, 0, "« Quand le site plante, je ne sais jamais à qui")
    assert doc.blocks[13].text.endswith("Alors je laisse tomber. »")
    # the key figure "38 %" (22 pt) does not outrank the real headings
    assert [b.level for b in doc.blocks if b.kind == "heading" and b.text in ("38 %", "Chiffres clés")] == [5, 5]
    assert blocks[16][3] == "Chiffres clés"
    # a floating box stored first on page 2 goes back between the text above and below it
    assert [t for _, _, _, t in blocks[29:34]] == [
        "Accompagner les aidants", "Les bénévoles des associations et les proches de", "RECOMMANDATION 5",
        "Le Conseil recommande de construire avec les ass", "repérer les situations de fraude et d'arnaque en"]
    assert blocks[36][3].startswith("Ce plan pourrait s’appuyer")


def test_join_letter_spacing():
    from nlp_stn.extract.pdf import join_letter_spacing

    assert join_letter_spacing("R E C O M M A N D AT I O N 1") == "RECOMMANDATION 1"
    assert join_letter_spacing("P R O P O S I T I O N 12 : Ouvrir") == "PROPOSITION 12 : Ouvrir"
    for text in ("Axe A B C", "LE DE LA UN", "Le plan de la CC et de la DGS"):
        assert join_letter_spacing(text) == text


def test_a_long_bold_sentence_is_a_paragraph_and_a_short_bold_line_a_heading():
    from nlp_stn.extract.pdf import build

    lines = [
        _line("Des démarches plus simples", 100, size=10, bold=True),
        _line("Les formulaires demandent plusieurs fois les mêmes informations aux usagers.", 116, size=10),
        _line("Simplifier les formulaires en ligne de la communauté de communes en les faisant", 150, size=10, bold=True),
        _line("tester par des usagers avant leur publication.", 164, size=10, bold=True),
    ]
    assert [(b.kind, b.text) for b in build([lines], {}).blocks] == [
        ("heading", "Des démarches plus simples"),
        ("paragraph", "Les formulaires demandent plusieurs fois les mêmes informations aux usagers."),
        ("paragraph", "Simplifier les formulaires en ligne de la communauté de communes en les faisant tester "
                      "par des usagers avant leur publication."),
    ]


def test_place_floating_frame():
    from nlp_stn.extract.pdf import place_floating_frame

    main = [_line("Titre de la page", 60, size=14), _line("Premier paragraphe du texte courant.", 100, size=10),
            _line("Second paragraphe du texte courant.", 300, size=10)]
    box = [_line("ENCADRÉ", 180, size=9), _line("Texte de l'encadré.", 194, size=10)]
    # across the column, between the lines printed above and below it
    assert [l.text for l in place_floating_frame(box + main, 10.0)] == [
        "Titre de la page", "Premier paragraphe du texte courant.", "ENCADRÉ", "Texte de l'encadré.",
        "Second paragraphe du texte courant."]
    # a sidebar in smaller type beside the text: after the page's text
    side = [_line("Chiffres clés", 100, x0=400, size=8), _line("126 participants", 112, x0=400, size=8)]
    text = [_line("Titre de la page", 60, x0=60, x1=380, size=14),
            _line("Le texte courant à côté de l'encadré.", 100, x0=60, x1=380, size=10),
            _line("Suite du texte courant.", 114, x0=60, x1=380, size=10),
            _line("Fin du texte courant.", 128, x0=60, x1=380, size=10)]
    assert place_floating_frame(side + text, 10.0) == text + side
    # text of the body size beside other text (a main column stored before its margin): unchanged
    column = [_line("Texte principal en colonne.", 100, x0=230, size=10), _line("Suite.", 114, x0=230, size=10)]
    margin = [_line("Titre", 60, x0=60, size=14), _line("Priorité", 100, x0=60, size=10),
              _line("Facile", 114, x0=60, size=10), _line("Pilote", 128, x0=60, size=10),
              _line("Indicateurs", 142, x0=60, size=10)]
    assert place_floating_frame(column + margin, 10.0) == column + margin


def test_running_stamp_and_bare_page_counter_are_dropped():
    doc = _doc(ROBUST / "deliberation-conseil.pdf")
    texts = [b.text for b in doc.blocks]
    assert not [t for t in texts if "Accusé de réception" in t or "télétransmission" in t]
    assert not [t for t in texts if t.endswith(("– 1/3", "– 2/3", "– 3/3"))]
    assert texts[0] == "RÉPUBLIQUE FRANÇAISE Département du Morbihan COMMUNAUTÉ DE COMMUNES DE BRO-ERDEVEN"
    # "M. Jégo a présenté …" is no list item "M"
    debate = next(b for b in doc.blocks if b.text.startswith("M. Jégo a présenté"))
    assert (debate.kind, debate.marker) == ("paragraph", "")


def test_a_bare_page_counter_needs_the_number_of_pages():
    from nlp_stn.extract.pdf import drop_running_lines

    def page(n, footer):
        return [_line("Texte du document.", 300, size=10, page=n), _line(footer, 800, size=7, page=n)]

    pages = [page(1, "Délibération n° 12 – 1/2"), page(2, "Compte rendu – 2/2")]
    assert [[l.text for l in p] for p in drop_running_lines(pages, [842, 842])] == [["Texte du document."]] * 2
    # "3/4" in a two-page document is no page counter (a date, a ratio)
    pages = [page(1, "Adopté à la majorité des 3/4"), page(2, "Texte de fin.")]
    assert [l.text for l in drop_running_lines(pages, [842, 842])[0]] == ["Texte du document.",
                                                                          "Adopté à la majorité des 3/4"]


def test_a_wider_step_between_lines_opens_a_paragraph():
    from nlp_stn.extract.pdf import build

    def line(text, top):
        return _line(text, top, x0=60, x1=540, size=10)

    lines = [line("L'an deux mille vingt-quatre, le quatorze novembre, le conseil", 100),
             line("légalement convoqué, s'est réuni à la salle des fêtes, sous la", 112),
             line("présidence de son président, en présence de la plupart de ses", 124),
             line("membres, qui ont signé le registre des délibérations de la", 136),
             line("séance, puis ont adopté le procès-verbal de la séance qui", 148),
             line("précédait.", 160),
             # one line each, a little more space between them (the step is 16, not 12)
             line("Rapporteur : M. Pierre Jégo, vice-président chargé du numérique", 176),
             line("Vu le code général des collectivités territoriales, et notamment ses articles ;", 192),
             line("Vu les statuts de la communauté de communes et son règlement intérieur ;", 208)]
    assert [b.text[:30] for b in build([lines], {}).blocks] == [
        "L'an deux mille vingt-quatre, ", "Rapporteur : M. Pierre Jégo, v", "Vu le code général des collect",
        "Vu les statuts de la communaut"]


# --- record tables ("fiches action"): tests/data/record-tables (make_fixtures.py) ----------

RECORDS = DATA / "record-tables"


def test_titled_tables_on_consecutive_pages_stay_apart():
    from nlp_stn.extract.pdf import join_continued_tables

    pages = [[_line("Plan d'actions", 60, page=1)], [], [], []]
    fiche1 = _table([["Fiche action n° 1 – Ouvrir une maison des services", None], ["Objectif", "Rapprocher."],
                     ["Pilote", "Mairie"]], 600, 770, columns=(72.0, 220.0))
    fiche2 = _table([["Fiche action n° 2 – Équiper les écoles", None], ["Objectif", "Donner."], ["Pilote", "Écoles"]],
                    72, 770, columns=(72.0, 220.0))
    out = join_continued_tables(pages, {1: [fiche1], 2: [fiche2]})
    assert [t.rows for t in out[1]] == [fiche1.rows] and [t.rows for t in out[2]] == [fiche2.rows]
    assert not out[2][0].emitted
    # without title rows, the same field names starting again also open a new record
    untitled1 = _table(fiche1.rows[1:], 600, 770, columns=(72.0, 220.0))
    untitled2 = _table(fiche2.rows[1:], 72, 770, columns=(72.0, 220.0))
    out = join_continued_tables(pages, {1: [untitled1], 2: [untitled2]})
    assert [t.rows for t in out[2]] == [untitled2.rows] and not out[2][0].emitted
    # a titled record going on over the page break (other fields, or its title row repeated)
    # is one table
    going_on = _table([["Budget", "20 000 €"], ["Indicateurs", "Nombre de visiteurs"]], 72, 160, columns=(72.0, 220.0))
    repeated = _table([fiche1.rows[0], ["Budget", "20 000 €"]], 72, 160, columns=(72.0, 220.0))
    for page2, added in ((going_on, going_on.rows), (repeated, repeated.rows[1:])):
        out = join_continued_tables(pages, {1: [fiche1], 2: [page2]})
        assert out[1][0].rows == fiche1.rows + added and out[2][0].emitted


def test_title_row():
    from nlp_stn.extract.pdf import title_row

    assert title_row(["Fiche action n°3 – Mettre en place un centre", None]) == "Fiche action n°3 – Mettre en place un centre"
    assert title_row(["Fiche 2", None, None]) == "Fiche 2"  # a label
    assert title_row(["Actions", None]) == ""  # a header spanning a two-level header
    assert title_row(["Mettre en place un centre", "Pilote"]) == ""  # two cells
    assert title_row(["Mettre en place un centre"]) == ""  # one column


def test_cell_paragraphs():
    from nlp_stn.extract.pdf import _cell_paragraphs, _text_width

    wide = _text_width("Le Département lancera en 2026 un marché unique, en lien avec")
    # bullets and dashes open items; a capitalised line after a line ended early opens a paragraph
    assert _cell_paragraphs(["\uf0b7 Sensibiliser les élus", "\uf0b7 Disposer d'une capacité"], wide) == [
        ["\uf0b7 Sensibiliser les élus"], ["\uf0b7 Disposer d'une capacité"]]
    assert _cell_paragraphs(["Nombre de pages numérisées", "Taux de connexion"], wide) == [
        ["Nombre de pages numérisées"], ["Taux de connexion"]]
    # a wrapped line (the next word would not have fitted), a lower-case line, an acronym, a cut word
    lines = ["Le Département lancera en 2026 un marché unique, en lien avec", "l'académie, pour un ENT commun à",
             "GTFS et en flux", "les horaires du réseau de bus de la communauté de commu-", "Nes"]
    assert _cell_paragraphs(lines, wide) == [lines]
    assert _cell_paragraphs(["Le Département lancera en 2026 un marché unique, en lien avec",
                             "Action Logement"], wide) == [["Le Département lancera en 2026 un marché unique, en lien avec",
                                                            "Action Logement"]]


def test_a_fiche_table_per_page_with_its_title_row():
    """Three fiches, one per page (the third one going on over the next page): three tables,
    each with its title as row 0 and no column header; a cell's paragraphs and items on lines
    of their own."""
    doc = _doc(RECORDS / "fiches.pdf")
    cells = [b for b in doc.blocks if b.kind == "table_cell"]
    assert [(b.table, b.page, b.text) for b in cells if b.row == 0] == [
        (0, 2, "Fiche action n° 1 – Ouvrir une maison des services numériques"),
        (1, 3, "Fiche action n° 2 – Équiper les écoles de tableaux numériques"),
        (2, 4, "Fiche action n° 3 – Former les agents d'accueil des mairies"),
    ]
    assert {b.header for b in cells} == {""}
    assert [(b.page, b.text) for b in cells if b.table == 2 and b.col == 0 and b.row] == (
        [(4, "Objectif(s)")] + [(4, f"Contexte ({k})") for k in range(1, 6)] + [(5, f"Contexte ({k})") for k in (6, 7, 8)]
        + [(5, "Pilote"), (5, "Partenaires"), (5, "Calendrier"), (5, "Budget"), (5, "Indicateurs de suivi")])
    values = {(b.table, b.row): b.text for b in cells if b.col == 1}
    assert values[0, 1] == "• Rapprocher les services publics des habitants\n• Former les habitants aux démarches en ligne"
    assert values[0, 3] == ("L'action se décline en deux volets :\n- aménager l'ancienne mairie annexe ;\n"
                            "- recruter deux conseillers numériques.")
    assert values[1, 5] == "Nombre de classes équipées\nTaux d'utilisation hebdomadaire"
    assert values[1, 3] == "Acheter les équipements par un marché groupé, puis former les enseignants à leur usage."


def test_a_paragraph_opened_by_a_bold_sentence_stays_one_paragraph():
    """A bold lead sentence running on two lines and ending inside a line in regular type is
    the start of its paragraph, not a heading; also when its bold lines end a page and the
    sentence goes on, in lower case, at the top of the next."""
    from nlp_stn.extract.pdf import build

    page1 = [
        _line("Le territoire compte une quarantaine d'ateliers de réparation animés par des", 100, size=11, page=1),
        _line("bénévoles, qui manquent de locaux et de pièces détachées.", 116, size=11, page=1),
        _line("Le CESER souhaite que la Région privilégie, à fonctionnalités équivalentes, les", 148, size=11,
              page=1, bold=True),
        _line("logiciels libres et qu'elle contribue aux communs numériques développés par", 164, size=11,
              page=1, bold=True),
        _line("d'autres collectivités. Ce choix est à la fois un facteur de souveraineté et", 180, size=11, page=1),
        _line("d'économie pour les finances régionales.", 196, size=11, page=1),
        _line("Plus largement, la Région doit se doter d'un outil de mesure de l'empreinte", 700, size=11,
              page=1, bold=True),
        _line("environnementale de son propre numérique et en", 716, size=11, page=1, bold=True),
    ]
    page2 = [
        _line("publier chaque année le résultat. Sans mesure, aucun objectif de réduction n'est", 80, size=11,
              page=2),
        _line("vérifiable.", 96, size=11, page=2),
    ]
    blocks = build([page1, page2], {}).blocks
    assert [(b.kind, b.page, b.text) for b in blocks] == [
        ("paragraph", 1, "Le territoire compte une quarantaine d'ateliers de réparation animés par des bénévoles, "
                         "qui manquent de locaux et de pièces détachées."),
        ("paragraph", 1, "Le CESER souhaite que la Région privilégie, à fonctionnalités équivalentes, les logiciels "
                         "libres et qu'elle contribue aux communs numériques développés par d'autres collectivités. "
                         "Ce choix est à la fois un facteur de souveraineté et d'économie pour les finances "
                         "régionales."),
        ("paragraph", 1, "Plus largement, la Région doit se doter d'un outil de mesure de l'empreinte "
                         "environnementale de son propre numérique et en publier chaque année le résultat. Sans "
                         "mesure, aucun objectif de réduction n'est vérifiable."),
    ]


def test_a_numbered_label_opening_a_column_on_several_pages_is_no_running_head():
    from nlp_stn.extract.pdf import drop_running_lines

    words = ["former", "ouvrir", "équiper", "relier", "publier", "réunir", "aider", "garder", "créer"]
    pages = []
    for page, n in enumerate((4, 7, 10), start=2):
        shift = 37 * page  # the label opens the column lower or higher on each page
        body = [f"Le conseil propose de {words[(page - 2) * 3 + k]} ce qui manque dans la vallée." for k in range(3)]
        pages.append([_line("Avis du conseil de développement", 20, page=page),
                      _line(f"RECOMMANDATION {n}", 60 + shift, page=page, x0=300),
                      *[_line(text, 100 + shift + 20 * k, page=page, x0=300) for k, text in enumerate(body)],
                      _line(f"Page {page}", 800, page=page)])
    kept = drop_running_lines(pages)
    # the running head and the page numbers go; each column's label stays
    assert [[line.text for line in lines][:1] for lines in kept] == [[f"RECOMMANDATION {n}"] for n in (4, 7, 10)]
    assert all(len(lines) == 4 for lines in kept)


def test_bullets_drawn_as_shapes_open_items_but_an_icon_does_not():
    from nlp_stn.extract.pdf import mark_drawn_bullets

    lines = [_line("Achever la fibre dans les bourgs", 148, x0=68, size=15.0), _line("et les hameaux", 169, x0=68, size=15.0),
             _line("Chèque connexion satellite", 218, x0=68, size=15.0), _line("Priorité", 300, x0=75)]
    dots = [(54, 58, 152, 156), (54, 58, 222, 226),  # one small disc before each item
            (53, 59, 301, 308), (55, 58, 303, 306)]  # an icon: two shapes, as tall as its 9 pt label
    got = [line.drawn_bullet for line in mark_drawn_bullets(lines, dots)]
    assert got == [54, None, 54, None]
    # a single shape beside one line of the page is a mark, not a list
    assert [line.drawn_bullet for line in mark_drawn_bullets(lines[:2], dots[:1])] == [None, None]


def test_cells_drawn_as_touching_boxes_make_a_table_page_but_cards_do_not():
    from nlp_stn.extract.pdf import boxed_grid

    # (x0, x1, top, bottom): a header row and a body row of three boxed cells, each box's bounds
    # overlapping its neighbour's by the width of the stroke
    grid = [(56.1, 86.3, 130, 156), (85.2, 341.8, 130, 156), (340.6, 405.6, 130, 156),
            (56.1, 86.3, 155, 207), (85.2, 341.8, 155, 207), (340.6, 405.6, 155, 207)]
    assert boxed_grid(grid) is True
    # one row of touching boxes is a banner, not a table
    assert boxed_grid(grid[:3]) is False
    # framed cards side by side with a gap between them
    cards = [(50, 250, 100, 200), (270, 470, 100, 200), (50, 250, 220, 320), (270, 470, 220, 320)]
    assert boxed_grid(cards) is False
    # boxes that touch but not on the same line (a callout under a title box)
    assert boxed_grid([(50, 250, 100, 130), (250, 450, 140, 200), (50, 250, 210, 240)]) is False


def test_a_slide_deck_with_drawn_bullets_gives_one_item_per_bullet():
    doc = extract(DATA / "matching-checks" / "arvene" / "corpus" / "arvene"
                  / "strategie-numerique-petr-2026-2030-comite-syndical.pdf")
    page7 = [(b.kind, b.marker, b.text) for b in doc.blocks if b.page == 7]
    assert page7 == [
        ("heading", "", "Axe 3 – Connecter chaque foyer"),
        ("list_item", "•", "Achever la fibre dans les bourgs et les principaux hameaux d'ici 2028"),
        ("list_item", "•", "Chèque « connexion satellite » pour les logements non raccordables"),
        ("list_item", "•", "Recenser les points hauts pour améliorer la couverture mobile (New Deal mobile)"),
        ("list_item", "•", "Refonte du site internet du PETR"),
    ]


def test_a_number_cut_after_its_thousands_at_a_line_end_keeps_its_paragraph():
    from dataclasses import replace

    from nlp_stn.extract.pdf import build

    # a bold lead sentence ending inside its line, then a number typed with a plain space (« 1 500 »)
    # cut by the line end
    lines = [
        replace(_line("Des navettes pour les hameaux. Les villages de moins de 1", 100, size=11, page=1, bold=True),
                bold_start=True, bold_end=False),
        _line("500 habitants doivent être desservis chaque jour par une navette à la", 116, size=11, page=1),
        _line("demande, au moins le matin et le soir.", 132, size=11, page=1),
    ]
    assert [(b.kind, b.text) for b in build([lines], {}).blocks] == [
        ("paragraph", "Des navettes pour les hameaux. Les villages de moins de 1 500 habitants doivent être desservis "
                      "chaque jour par une navette à la demande, au moins le matin et le soir."),
    ]
    # across a page break too
    page1 = [_line("Les hameaux isolés seront desservis chaque jour, comme les villages", 700, size=11, page=1),
             _line("de plus de 3", 716, size=11, page=1)]
    page2 = [_line("200 habitants.", 80, size=11, page=2)]
    assert [b.text for b in build([page1, page2], {}).blocks] == [
        "Les hameaux isolés seront desservis chaque jour, comme les villages de plus de 3 200 habitants."]


def test_an_ordinal_with_a_raised_suffix_stays_in_its_paragraph():
    """« 1<sup>er</sup> mars » printed by a browser in a column: pdfium breaks the line before the
    raised suffix, sometimes after it too; the number, its suffix and the rest of the row are
    one line, glued as written (« 1er », « XIXe »)."""
    blocks = _doc(ROBUST / "bulletin-exposants.pdf").blocks
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Le journal de Bréval-sur-Lanne"),
        ("paragraph", "La piscine intercommunale rouvrira ses bassins au public à partir du 1er mars, après six "
                      "mois de travaux sur la toiture et les vestiaires."),
        ("paragraph", "Depuis le 2e trimestre, le lavoir du XIXe siècle est restauré par les bénévoles de "
                      "l'association du patrimoine."),
        ("paragraph", "Les permanences du conciliateur ont lieu au 1er étage de la mairie annexe, chaque premier "
                      "lundi du mois, sur rendez-vous."),
        ("paragraph", "Le marché de plein vent se tient le samedi matin sur la place des Tilleuls, avec une "
                      "vingtaine d'exposants."),
    ]


def test_endnote_calls_a_lone_closing_quote_and_small_type_cut_into_pieces():
    """Superscript note calls are taken out even when the notes are gathered at the end (no
    footnote on the page), an exponent after a unit and an ordinal stay; a closing « » »
    wrapped alone onto a line ends its quotation (never a heading); a small note that pdfium
    cuts into pieces of a few letters is read as words again."""
    blocks = _doc(ROBUST / "synthese-notes-fin.pdf").blocks
    assert [(b.kind, b.page, b.text) for b in blocks] == [
        ("heading", 1, "Bilan des ateliers de quartier"),
        ("paragraph", 1, "Les ateliers ont réuni cent vingt habitants au cours du printemps. La salle polyvalente de "
                         "450 m2 a accueilli la dernière séance le 1er juin, et le compte rendu suit le guide du "
                         "CNDP pour la restitution."),
        ("paragraph", 1, "« Chaque été le jardin partagé manque d'eau »"),
        ("paragraph", 1, "Les habitants demandent l'installation de trois récupérateurs d'eau de pluie au jardin "
                         "partagé avant l'été prochain."),
        ("heading", 1, "Notes"),
        ("list_item", 1, "Quatre ateliers, d'avril à juin."),
        ("list_item", 1, "Commission nationale du débat public."),
        ("list_item", 1, "Devis du service des espaces verts, mai."),
        ("paragraph", 2, "Le bilan complet des ateliers de quartier sera présenté au conseil municipal avant la fin "
                         "de l'année prochaine."),
    ]


def test_a_raised_exponent_after_a_unit_stays():
    from nlp_stn.extract.pdf import _without_raised

    assert _without_raised("une salle de 450 m2 et", [("2", 14, 15)]) == "une salle de 450 m2 et"
    assert _without_raised("soit 3 km2.", [("2", 7, 8)]) == "soit 3 km2."
    # the number of a note printed at the foot of the page is a call, even after « m »
    assert _without_raised("le hall B m2.", [("2", 8, 9)], frozenset({"2"})) == "le hall B m."
    # a French space before « ; » and « : » stays
    assert _without_raised("en ligne1 ; leurs", [("1", 7, 8)]) == "en ligne ; leurs"


def test_a_bold_recommendation_cut_on_an_open_word_goes_on_over_the_page_break():
    """A recommendation printed wholly in bold at the body size, cut at the foot of the page on
    a word that cannot end it (« et », « au »), goes on at the top of the next page in the same
    type, even on a capital: one paragraph, not a heading over a paragraph; a short bold title
    at the foot of a page is still a heading."""
    from nlp_stn.extract.pdf import build

    body = "Les familles rencontrées disent attendre trop longtemps une place en crèche."
    page1 = [
        _line(body, 660, size=11, page=1),
        _line("Proposition n°5 : ouvrir une crèche intercommunale à horaires élargis (tôt le", 684, size=11,
              page=1, bold=True),
        _line("matin et le samedi), et", 700, size=11, page=1, bold=True),
    ]
    page2 = [
        _line("réserver dix places aux parents qui travaillent en horaires décalés.", 80, size=11, page=2, bold=True),
        _line("Proposition n°6 : présenter chaque année le bilan des places attribuées au", 110, size=11, page=2,
              bold=True),
        _line("Conseil des familles, qui donne son avis sur les critères.", 126, size=11, page=2, bold=True),
        _line("Les places seront attribuées par une commission unique.", 150, size=11, page=2),
        _line("Petite enfance et", 700, size=11, page=2, bold=True),
    ]
    page3 = [
        _line("Emploi des parents", 80, size=11, page=3, bold=True),
        _line(body, 100, size=11, page=3),
    ]
    blocks = build([page1, page2, page3], {}).blocks
    assert [(b.kind, b.page, b.text) for b in blocks] == [
        ("paragraph", 1, body),
        ("paragraph", 1, "Proposition n°5 : ouvrir une crèche intercommunale à horaires élargis (tôt le matin et le "
                         "samedi), et réserver dix places aux parents qui travaillent en horaires décalés."),
        ("paragraph", 2, "Proposition n°6 : présenter chaque année le bilan des places attribuées au Conseil des "
                         "familles, qui donne son avis sur les critères."),
        ("paragraph", 2, "Les places seront attribuées par une commission unique."),
        ("heading", 2, "Petite enfance et Emploi des parents"),
        ("paragraph", 3, body),
    ]


def test_a_name_after_a_civility_title_at_a_line_end_is_no_heading():
    """A cover page line cut after « M. » or « Mme »: the name on the next line (printed alike,
    larger than the body) goes on that line, it is no title."""
    from nlp_stn.extract.pdf import build

    lines = [
        _line("Avis du Conseil des familles", 100, size=16, page=1, bold=True),
        _line("Présenté par Mme Anne Quéré et M.", 140, size=16, page=1, bold=True),
        _line("Paul Cadiou", 160, size=16, page=1, bold=True),
        _line("Les familles rencontrées disent attendre trop longtemps une place en crèche.", 200, size=11,
              page=1),
        _line("Le Conseil a reçu les services de la petite enfance et les associations.", 216, size=11, page=1),
    ]
    blocks = build([lines], {}).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Avis du Conseil des familles"),
        ("paragraph", "Présenté par Mme Anne Quéré et M. Paul Cadiou"),
        ("paragraph", "Les familles rencontrées disent attendre trop longtemps une place en crèche. Le Conseil a "
                      "reçu les services de la petite enfance et les associations."),
    ]


def test_a_raised_call_without_a_footnote_on_the_page_is_taken_out_and_the_row_joined():
    from dataclasses import replace

    from nlp_stn.extract.pdf import drop_footnotes

    first = replace(_line("Quarante familles ont répondu en ligne1", 100, size=10, x1=250.0), raised=(("1", 33, 34),),
                    baseline=109.0)
    rest = replace(_line("; leurs réponses sont en annexe.", 100, size=10, x0=252.0), baseline=109.0)
    out = drop_footnotes([[first, rest]], 10.0)
    assert [l.text for l in out[0]] == ["Quarante familles ont répondu en ligne ; leurs réponses sont en annexe."]


def test_a_cell_spanning_rows_down_its_column_is_given_to_every_row():
    from nlp_stn.extract.base import TextBuilder
    from nlp_stn.extract.pdf import SPANNED, Table, _emit_table, _filled_down

    rows = [["Axe", "Action"], ["Axe 1 – Habiter", "Rénover"], [None, "Isoler"], ["Axe 2 – Bouger", "Relier"],
            ["Titre sur toute la largeur", None]]
    boxes = [[(0, 0, 50, 10), (50, 0, 100, 10)],
             [(0, 10, 50, 30), (50, 10, 100, 20)], [None, (50, 20, 100, 30)],  # « Axe 1 » spans two rows
             [(0, 30, 50, 40), (50, 30, 100, 40)],
             [(0, 40, 100, 50), None]]  # merged across its row: left as it is
    filled = _filled_down(rows, boxes)
    assert filled == [["Axe", "Action"], ["Axe 1 – Habiter", "Rénover"], ["", "Isoler"],
                      ["Axe 2 – Bouger", "Relier"], ["Titre sur toute la largeur", None]]
    assert filled[2][0] is SPANNED
    # emitted, the covered position has the text of the cell above
    builder = TextBuilder()
    _emit_table(builder, Table(bbox=(0, 0, 100, 50), rows=filled), 1, 1, set())
    assert [(b.row, b.col, b.text) for b in builder.build().blocks][4:6] == [(2, 0, "Axe 1 – Habiter"), (2, 1, "Isoler")]
    # a header cell spanning the two rows of a two-level header stays alone
    header = [["Commune", "Budget", None], [None, "2026", "2027"], ["Plouvern", "10", "12"]]
    header_boxes = [[(0, 0, 50, 20), (50, 0, 100, 10), None], [None, (50, 10, 75, 20), (75, 10, 100, 20)],
                    [(0, 20, 50, 30), (50, 20, 75, 30), (75, 20, 100, 30)]]
    assert _filled_down([list(r) for r in header], header_boxes) == header


def test_a_sub_heading_of_every_sheet_at_a_page_edge_is_no_running_line():
    """« Objectif » and « Proposition détaillée », repeated by every sheet, open pages 2 to 4: a
    running line is never also printed in the body of other pages, these are kept; the running
    head, the footer repeating a chapter's title (printed bigger and bold in the body) and the
    page numbers go."""
    from nlp_stn.extract.pdf import drop_running_lines

    def sub(text, top, n):
        return _line(text, top, size=13.0, bold=True, page=n)

    rooms = ["", "", "la salle des fêtes", "la bibliothèque", "le gymnase"]
    pages = []
    for n in range(1, 6):
        lines = [_line("Assemblée citoyenne de Kerdévot – rapport final", 30, page=n)]
        if n in (1, 5):
            lines += [_line(f"Le constat {n} tient en une phrase.", top, page=n) for top in (80, 100, 150)]
            lines += [sub("Objectif", 400, n), sub("Proposition détaillée", 450, n)]
            lines += [_line(f"Planter des haies le long du chemin {n}.", top, page=n) for top in (500, 550)]
        else:
            lines += [sub("Objectif", 80, n), sub("Proposition détaillée", 100, n)]
            lines += [_line(f"Ouvrir {rooms[n]} le samedi matin ({top}).", top, page=n) for top in (200, 350, 400, 450)]
        if n in (1, 2):
            lines.append(_line("Les mobilités douces", 300, size=16.0, bold=True, page=n))
        lines += [_line("Les mobilités douces", 800, page=n), _line(str(n), 815, page=n)]
        pages.append(lines)
    kept = [[line.text for line in sorted(lines, key=lambda l: l.top)] for lines in drop_running_lines(pages, [842.0] * 5)]
    assert all("Objectif" in texts and "Proposition détaillée" in texts for texts in kept)
    assert [texts.count("Les mobilités douces") for texts in kept] == [1, 1, 0, 0, 0]
    assert not any(t.startswith("Assemblée citoyenne") or t.isdigit() for texts in kept for t in texts)
    assert [len(texts) for texts in kept] == [8, 7, 6, 6, 7]


def test_a_numbered_item_s_bold_lead_in_filling_its_line_keeps_its_sentence():
    """« 2. Cantine bio et locale. » in bold filling its line, the item's sentence in regular type
    right below: one item, as when the bold lead-in ends inside the line (item 1); after a wider
    gap, the regular text is a paragraph of its own (item 3)."""
    from dataclasses import replace

    from nlp_stn.extract.pdf import build

    def line(text, top, bold=False):
        return _line(text, top, size=11, page=1, bold=bold)

    page = [
        replace(line("1. Navette du marché. Un minibus desservira", 100, True), bold_start=True, bold_end=False),
        line("les hameaux chaque mercredi matin.", 115),
        line("2. Cantine bio et locale.", 134, True),
        line("Les repas seront préparés sur place avec des", 149),
        line("produits des fermes voisines.", 164),
        line("3. Horaires de la mairie.", 183, True),
        line("L'accueil ouvrira le samedi matin.", 212),
    ]
    assert [(b.kind, b.marker, b.text) for b in build([page], {}).blocks] == [
        ("list_item", "1", "Navette du marché. Un minibus desservira les hameaux chaque mercredi matin."),
        ("list_item", "2", "Cantine bio et locale. Les repas seront préparés sur place avec des produits des fermes "
                           "voisines."),
        ("list_item", "3", "Horaires de la mairie."),
        ("paragraph", "", "L'accueil ouvrira le samedi matin."),
    ]


def test_an_ocr_capital_i_for_the_l_of_an_article_is_read_as_the_article():
    """An OCR's « Ia », « Ies », « I' » (a lower-case l read as a capital I) is the article: in the
    text of a block, and at the top of a page where a paragraph cut by the break goes on."""
    from nlp_stn.extract.pdf import build

    page1 = [
        _line("Le gymnase de Ia commune sera rénové avant Ia fin de I'année et", 660, size=11, page=1),
        _line("Ies vestiaires seront agrandis ; Ie chantier sera financé par", 676, size=11, page=1),
    ]
    page2 = [
        _line("Ia Communauté de communes. L'Axe I du plan reste inchangé.", 80, size=11, page=2),
        _line("Ia suite au prochain conseil.", 200, size=11, page=2),
    ]
    blocks = build([page1, page2], {}).blocks
    assert [(b.page, b.text) for b in blocks] == [
        (1, "Le gymnase de la commune sera rénové avant la fin de l'année et les vestiaires seront agrandis ; "
            "le chantier sera financé par la Communauté de communes. L'Axe I du plan reste inchangé."),
        (2, "Ia suite au prochain conseil."),
    ]


def test_a_running_head_closed_by_its_page_number_goes_even_when_the_title_page_has_another():
    from nlp_stn.extract.pdf import drop_running_lines

    cover = _page([_line("Conseil de développement du Val d'Ardon · Publications", 30),
                   _line("Avis sur le schéma des mobilités", 120, size=16),
                   _line("Le Conseil a été saisi en mars.", 300)], 1)

    def page(n):
        return _page([_line(f"Conseil de développement – Avis sur le schéma des mobilités 2027-2031 {n}", 30),
                      _line(f"Un paragraphe propre à la page {n}.", 300)], n)

    out = drop_running_lines([cover, page(2), page(3)], [842.0] * 3)
    assert [[l.text for l in lines] for lines in out] == [
        ["Conseil de développement du Val d'Ardon · Publications", "Avis sur le schéma des mobilités",
         "Le Conseil a été saisi en mars."],
        ["Un paragraphe propre à la page 2."],
        ["Un paragraphe propre à la page 3."],
    ]
    # a number that is not the page's own (a year, a label) keeps the line
    other = [_page([_line(f"Fiche 4 – Les mobilités du quotidien {n + 5}", 30), _line("Texte courant.", 300)], n)
             for n in (2, 3)]
    assert [[l.text for l in lines] for lines in drop_running_lines([cover] + other, [842.0] * 3)][1] == [
        "Fiche 4 – Les mobilités du quotidien 7", "Texte courant."]


def test_a_bold_recommendation_cut_by_a_column_break_is_one_paragraph():
    from nlp_stn.extract.pdf import build

    left = dict(x0=50.0, x1=280.0, size=9, page=1)
    right = dict(x0=305.0, x1=535.0, size=9, page=1)
    lines = [
        _line("Le Conseil a entendu les associations du territoire au", 100, **left),
        _line("printemps, puis les agents des mairies annexes qui", 112, **left),
        _line("reçoivent chaque semaine des habitants en difficulté.", 124, **left),
        _line("Proposition n° 2 : Le Conseil propose de", 142, bold=True, **left),
        _line("maintenir un accueil physique dans chaque", 100, bold=True, **right),
        _line("mairie annexe.", 112, bold=True, **right),
        _line("Les habitants rencontrés ont insisté sur ce point.", 130, **right),
        _line("Proposition n° 3 : Le Conseil demande que la", 148, bold=True, **right),
        _line("Ville publie ses horaires.", 160, bold=True, **right),
    ]
    assert [(b.kind, b.text) for b in build([lines], {}).blocks] == [
        ("paragraph", "Le Conseil a entendu les associations du territoire au printemps, puis les agents des "
                      "mairies annexes qui reçoivent chaque semaine des habitants en difficulté."),
        ("paragraph", "Proposition n° 2 : Le Conseil propose de maintenir un accueil physique dans chaque mairie annexe."),
        ("paragraph", "Les habitants rencontrés ont insisté sur ce point."),
        ("paragraph", "Proposition n° 3 : Le Conseil demande que la Ville publie ses horaires."),
    ]
    # a bold title ending its column, then a capital: the next column opens a new block
    lines[3] = _line("Les mobilités du quotidien", 142, bold=True, **left)
    lines[4] = _line("Proposition n° 4 : Le Conseil souhaite", 100, bold=True, **right)
    assert [b.text for b in build([lines[:6]], {}).blocks][1:] == [
        "Les mobilités du quotidien", "Proposition n° 4 : Le Conseil souhaite mairie annexe."]


def test_footnotes_at_the_foot_of_one_column_while_the_other_goes_on_lower():
    from nlp_stn.extract.pdf import drop_footnotes

    left = dict(x0=50.0, x1=280.0)
    right = dict(x0=305.0, x1=535.0)
    lines = [
        _line("Le réseau compte douze lieux de médiation3 et en", 100, size=10, **left),
        _line("ouvrira deux autres en 2027.", 114, size=10, **left),
        _line("3 Recensement du Conseil, mai 2026.", 760, size=7.5, **left),
        _line("La colonne de droite descend jusqu'au bas", 100, size=10, **right),
        _line("de la page, plus bas que la note.", 780, size=10, **right),
    ]
    assert [l.text for l in drop_footnotes([lines], 10.0)[0]] == [
        "Le réseau compte douze lieux de médiation et en", "ouvrira deux autres en 2027.",
        "La colonne de droite descend jusqu'au bas", "de la page, plus bas que la note."]
    # body text below the note in its own column: not the foot of the column
    lines.append(_line("Suite du texte de gauche.", 790, size=10, **left))
    assert "3 Recensement du Conseil, mai 2026." in [l.text for l in drop_footnotes([lines], 10.0)[0]]


def test_a_numbered_line_in_bold_a_little_larger_than_the_body_is_a_section_title():
    from nlp_stn.extract.pdf import build

    lines = [
        _line("Le Conseil a été saisi par le Président du Département au mois de", 100, size=9, page=1),
        _line("mars et a conduit huit auditions avant de rendre cet avis.", 112, size=9, page=1),
        _line("3. Des services publics ouverts à", 132, size=10, page=1, bold=True),
        _line("tous les habitants", 144, size=10, page=1, bold=True),
        _line("La dématérialisation a simplifié bien des démarches, mais elle en a", 160, size=9, page=1),
        _line("compliqué d'autres pour les personnes âgées.", 172, size=9, page=1),
        _line("4. Ouvrir un guichet le samedi", 190, size=9, page=1, bold=True),
        _line("5. Former les agents d'accueil", 202, size=9, page=1, bold=True),
    ]
    assert [(b.kind, b.text) for b in build([lines], {}).blocks] == [
        ("paragraph", "Le Conseil a été saisi par le Président du Département au mois de mars et a conduit huit "
                      "auditions avant de rendre cet avis."),
        ("heading", "3. Des services publics ouverts à tous les habitants"),
        ("paragraph", "La dématérialisation a simplifié bien des démarches, mais elle en a compliqué d'autres "
                      "pour les personnes âgées."),
        # bold items in the body's size: a list, not titles
        ("list_item", "Ouvrir un guichet le samedi"),
        ("list_item", "Former les agents d'accueil"),
    ]


def _printed(text, top, size=10.0, bold=False, height=None):
    """A line as pdfium gives it: its top and bottom those of its letters, its baseline known."""
    from nlp_stn.extract.pdf import Line

    return Line(text=text, page=1, x0=50.0, x1=50.0 + 4.5 * len(text), top=top, bottom=top + (height or size),
                size=size, bold=bold, baseline=top + 0.8 * size)


def test_a_designed_document_keeps_its_sheet_fields_under_the_sheet_title():
    """A cover, chapters and sheets printed in seven sizes of title, then a field of the sheet in
    bold at the body size: each size its own level, the field's deeper than the sheet's title
    (capped at six, « Description de l'action » would close « Action 5 – … »)."""
    from nlp_stn.extract.pdf import build

    body = "Le service sera ouvert à tous les habitants du territoire dès l'an prochain."
    lines, top = [], 40.0
    for size, title in ((26, "Communauté de communes"), (22, "Plan climat"), (20, "Programme d'actions"),
                        (18, "Préambule"), (16, "Axe 2 – Se déplacer autrement"), (14, "Les objectifs de la stratégie"),
                        (12, "Action 5 – Transport à la demande pour tous")):
        lines.append(_printed(title, top, size=size, bold=True))
        lines.append(_printed(body, top + size + 8))
        top += size + 32
    lines += [_printed("Description de l'action", top, size=10.5, bold=True), _printed(body, top + 18)]
    assert [(b.kind, b.level, b.text) for b in build([lines], {}).blocks if b.kind == "heading"] == [
        ("heading", 1, "Communauté de communes"), ("heading", 2, "Plan climat"), ("heading", 3, "Programme d'actions"),
        ("heading", 4, "Préambule"), ("heading", 5, "Axe 2 – Se déplacer autrement"),
        ("heading", 6, "Les objectifs de la stratégie"), ("heading", 7, "Action 5 – Transport à la demande pour tous"),
        ("heading", 8, "Description de l'action"),
    ]


def test_a_title_wrapped_in_its_box_goes_on_onto_a_short_lower_case_line():
    """A title in a coloured box with a wide line step, wrapped before « sportifs » (a line without
    capitals nor accents, whose letters start lower than the line above's « É »): one title,
    measured from baseline to baseline; a capitalised line at the same step is another block."""
    from nlp_stn.extract.pdf import build

    body = [_printed("Les écoles seront isolées par l'extérieur et leurs chaudières remplacées en", 200 + 14.2 * k)
            for k in range(3)]
    lines = [
        _printed("Action 2 – Rénovation énergétique des écoles et des équipements", 85.4, size=12, bold=True, height=9.1),
        _printed("sportifs", 110.2, size=12, bold=True, height=7.0),
        _printed("Action 3 – Suivi énergétique du patrimoine", 140.0, size=12, bold=True, height=9.1),
        _printed("Bornes et réseaux de chaleur", 164.8, size=12, bold=True, height=9.1),
    ]
    lines[1].baseline, lines[3].baseline = lines[0].baseline + 22.7, lines[2].baseline + 22.7
    blocks = build([lines + body], {}).blocks
    assert [(b.kind, b.text) for b in blocks][:3] == [
        ("heading", "Action 2 – Rénovation énergétique des écoles et des équipements sportifs"),
        ("heading", "Action 3 – Suivi énergétique du patrimoine"),
        ("heading", "Bornes et réseaux de chaleur"),
    ]


def test_an_axis_number_opening_each_page_of_a_plan_is_kept_but_not_the_running_head():
    """« AXE 1 » to « AXE 4 » in small type at the top of the pages opening the axes, over their
    titles, after a cover and a foreword: numbered labels, not a running head whose number
    changes with the page (the running head « Plan climat – 2027 » and the page numbers go)."""
    from nlp_stn.extract.pdf import drop_running_lines

    titles = ["Se déplacer autrement", "Rénover les logements", "Produire local", "Préserver l'eau"]
    pages = []
    for n in range(1, 7):
        lines = [_line("Plan climat de la vallée – 2027", 30, page=n)]
        if n > 2:
            lines += [_line(f"AXE {n - 2}", 60, size=9.0, bold=True, page=n),
                      _line(titles[n - 3], 80, size=14.0, bold=True, page=n)]
        lines += [_line(f"Une phrase de la page {n} ({top}).", top, page=n) for top in (200, 300, 400)]
        lines.append(_line(str(n), 815, page=n))
        pages.append(lines)
    kept = [[line.text for line in sorted(lines, key=lambda l: l.top)] for lines in drop_running_lines(pages, [842.0] * 6)]
    assert kept[3] == ["AXE 2", "Rénover les logements", "Une phrase de la page 4 (200).", "Une phrase de la page 4 (300).",
                       "Une phrase de la page 4 (400)."]
    assert [texts[0] for texts in kept[2:]] == ["AXE 1", "AXE 2", "AXE 3", "AXE 4"]
    assert kept[0] == ["Une phrase de la page 1 (200).", "Une phrase de la page 1 (300).", "Une phrase de la page 1 (400)."]


def test_a_title_bar_cut_after_an_article_goes_on_over_its_double_leading():
    """A fiche's title set in a bar of widely spaced lines (« … dans les écoles et les » / « crèches »,
    a white of one and a half times its size between them): one title, as the first line cannot
    end there; a title that may end there keeps the line below apart at the same white."""
    from nlp_stn.extract.pdf import build

    body = "Le service sera ouvert à tous les habitants du territoire dès l'an prochain, sans rendez-vous."
    lines = [
        _line("Fiche 3 Installer des fontaines à eau dans les écoles et les", 100, x0=60, x1=500, size=11, bold=True),
        _line("Crèches du territoire", 126, x0=120, x1=240, size=11, bold=True),
        _line(body, 150, x0=60, x1=500, size=9),
        _line(body, 162, x0=60, x1=500, size=9),
        _line("Fiche 4 Ouvrir un guichet unique pour les familles", 200, x0=60, x1=500, size=11, bold=True),
        _line("Petite enfance", 226, x0=120, x1=220, size=11, bold=True),
        _line(body, 250, x0=60, x1=500, size=9),
    ]
    blocks = build([lines], {}).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Fiche 3 Installer des fontaines à eau dans les écoles et les Crèches du territoire"),
        ("paragraph", f"{body} {body}"),
        ("heading", "Fiche 4 Ouvrir un guichet unique pour les familles"),
        ("heading", "Petite enfance"),
        ("paragraph", body),
    ]


def test_a_bold_sentence_goes_on_onto_its_bracketed_examples():
    """A bold recommendation under its bold label, wrapped before a bracket opening in lower case
    (« … des associations » / « (clubs, comités des fêtes), avec … »): one sentence, not a title
    over a paragraph; a bracket opening on a capital (« (Voir l'annexe 2.) ») stays apart."""
    from nlp_stn.extract.pdf import build

    body = "Le service sera ouvert à tous les habitants du territoire dès l'an prochain, sans rendez-vous."
    lines = [
        _line(body, 80, x0=60, x1=500, size=10),
        _line(body, 92, x0=60, x1=500, size=10),
        _line("Proposition n° 6", 120, x0=60, x1=160, size=10, bold=True),
        _line("Prêter du matériel de sonorisation aux associations", 136, x0=60, x1=500, size=10, bold=True),
        _line("(clubs, comités des fêtes), avec une caution modeste.", 152, x0=60, x1=330, size=10, bold=True),
        _line(body, 176, x0=60, x1=500, size=10),
    ]
    blocks = build([lines], {}).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        ("paragraph", f"{body} {body}"),
        ("paragraph", "Proposition n° 6 Prêter du matériel de sonorisation aux associations (clubs, comités des fêtes), "
                      "avec une caution modeste."),
        ("paragraph", body),
    ]


def test_field_lines_with_a_bold_name_are_one_paragraph_each():
    """A fiche's field lines, the field name in bold (« **Porteur :** CIAS », « **Calendrier :**
    2026-2027 ») one under the other: a short value leaves the line mostly bold, which read it
    as a title or as a bold lead-in going on into the next field; each is a paragraph."""
    from dataclasses import replace

    from nlp_stn.extract.pdf import build

    def field(text, top, bold, bold_end):
        return replace(_line(text, top, size=9.5, bold=bold), bold_start=True, bold_end=bold_end)

    body = [_line("Une navette reliera chaque semaine les hameaux au marché du bourg, avec un chauffeur "
                  "formé à l'accueil des personnes âgées et un arrêt devant la mairie.", 100, size=10),
            _line("Le service sera gratuit pour les plus de soixante-dix ans.", 112, size=10)]
    fields = [field("Porteur : CCAS", 130, True, False),
              field("Partenaires : associations de retraités, communes, transporteur", 136, False, False),
              field("Calendrier : 2026-2027", 142, True, True),
              field("Indicateurs : nombre de trajets par mois ; nombre d'usagers inscrits", 148, False, False)]
    doc = build([_page(body + fields, 3)], {})
    assert [(b.kind, b.text) for b in doc.blocks][1:] == [
        ("paragraph", "Porteur : CCAS"),
        ("paragraph", "Partenaires : associations de retraités, communes, transporteur"),
        ("paragraph", "Calendrier : 2026-2027"),
        ("paragraph", "Indicateurs : nombre de trajets par mois ; nombre d'usagers inscrits"),
    ]


def test_a_title_cut_after_a_comma_goes_on_in_the_same_bold_type():
    from nlp_stn.extract.pdf import Group, _continues

    # « Règle 3 – Protéger les haies, » in bold, larger than the body (a comma kept it from being
    # read as a title), then « les mares et les talus » printed alike: one title
    first = _line("Règle 3 – Protéger les haies,", 100, size=13, bold=True)
    title = Group(kind="paragraph", lines=[first])
    assert _continues(title, _line("les mares et les talus", 116, size=13, bold=True), "heading", 10.0, gap=4.0)
    assert title.kind == "heading"
    # not in another type, nor on a capital, nor after a line in the body's size
    for line, body in ((_line("les mares et les talus", 116, size=10, bold=True), 10.0),
                       (_line("Les mares et les talus", 116, size=13, bold=True), 10.0),
                       (_line("les mares et les talus", 116, size=13, bold=True), 12.5)):
        cut = Group(kind="paragraph", lines=[_line("Règle 3 – Protéger les haies,", 100, size=13, bold=True)])
        assert not _continues(cut, line, "heading", body, gap=4.0)
        assert cut.kind == "paragraph"


def test_build_ranks_a_title_cut_after_a_comma_like_the_other_titles():
    from nlp_stn.extract.pdf import build

    body = "Le texte courant de la règle, qui décrit ce que les documents d'urbanisme doivent faire ici."
    page = [_line("Règle 1 – Protéger les haies,", 100, size=13, bold=True),
            _line("les mares et les talus", 116, size=13, bold=True),
            _line(body, 140, size=10), _line(body, 154, size=10), _line(body, 168, size=10),
            _line("Règle 2 – Limiter l'éclairage nocturne", 200, size=13, bold=True),
            _line(body, 224, size=10), _line(body, 238, size=10)]
    blocks = build([page], {}).blocks
    assert [(b.kind, b.text, b.level) for b in blocks if b.kind == "heading"] == [
        ("heading", "Règle 1 – Protéger les haies, les mares et les talus", 1),
        ("heading", "Règle 2 – Limiter l'éclairage nocturne", 1)]


def test_two_columns_given_row_by_row_are_read_one_after_the_other():
    # an invented brochure page whose text layer gives the left line, then the right line, row by row
    blocks = extract(PDF / "two-columns-row-by-row.pdf").blocks
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Titre sur toute la largeur de la page du livret"),
        ("paragraph", "Le verger partagé du quartier des Tilleuls accueille chaque mercredi les enfants du centre "
                      "de loisirs et leurs animateurs."),
        ("paragraph", "Nous demandons que la commune installe une cuve de récupération d'eau de pluie à côté de la "
                      "cabane à outils."),
        ("heading", "Planter une haie de petits fruits le long du chemin des écoliers."),
        ("paragraph", "Les cassis et les groseilles attireraient les oiseaux et donneraient une récolte aux "
                      "familles du quartier."),
        ("heading", "En bref"),
        ("paragraph", "Une réunion de présentation aura lieu au verger le premier samedi du mois prochain à dix heures."),
    ]


def test_the_gutter_is_the_band_most_rows_leave_empty():
    from nlp_stn.extract.pdf import gutter_position

    rows = [(290.0, 312.0), (285.0, 312.0), (296.0, 312.5), (270.0, 311.0)]
    assert gutter_position(rows) == (296.0 + 311.0) / 2
    assert gutter_position(rows[:2]) is None  # two rows: a label and its value, not two columns
    assert gutter_position([(100.0, 140.0), (290.0, 312.0), (400.0, 450.0)]) is None


def test_read_columns_gives_the_left_column_then_the_right_one_between_full_width_lines():
    from nlp_stn.extract.pdf import read_columns

    title = _line("Un titre qui court sur les deux colonnes de la page", 50, x0=40, x1=550)
    a1, b1 = _line("gauche un", 80, x0=40, x1=280), _line("droite un", 80, x0=310, x1=550)
    a2, b2 = _line("gauche deux", 92, x0=40, x1=270), _line("droite deux", 92, x0=310, x1=540)
    quote = _line("« Une citation au milieu de la page »", 130, x0=100, x1=500)
    a3, b3 = _line("gauche trois", 160, x0=40, x1=280), _line("droite trois", 160, x0=310, x1=550)
    boxed = _line("Encadré", 220, x0=42, x1=90)  # a box's title under both columns, set apart
    assert read_columns([title, a1, b1, a2, b2, quote, a3, b3, boxed], [295.0]) == [
        title, a1, a2, b1, b2, quote, a3, b3, boxed]
    a4 = _line("gauche quatre, la colonne de gauche est plus longue", 172, x0=40, x1=280)
    assert read_columns([a3, b3, a4], [295.0]) == [a3, a4, b3]


def test_columns_are_cut_where_running_text_goes_on_but_not_a_list_of_titles():
    from nlp_stn.extract.pdf import column_cuts

    def rows(lines):
        """``lines``: per row, (left text, right text); the text of the page and its rows' pieces."""
        text, out = "", []
        for a, b in lines:
            start = len(text)
            text += f"{a} {b}\r\n"
            out.append([(start, 40.0, 40.0 + 4 * len(a), len(a.replace(" ", ""))),
                        (start + len(a) + 1, 310.0, 310.0 + 4 * len(b), len(b.replace(" ", "")))])
        return text, out

    prose, pieces = rows([("Les jardins familiaux du bourg", "Le marché de producteurs du samedi"),
                          ("accueillent quarante familles", "manque de place sous la halle et"),
                          ("et une liste d'attente longue.", "déborde souvent sur le parking.")])
    gutters, cuts = column_cuts(prose, pieces)
    assert len(gutters) == 1 and 160.0 < gutters[0] < 310.0
    assert [prose[c:c + 9] for c in cuts] == ["Le marché", "manque de", "déborde s"]
    titles, pieces = rows([("P1 – Des bancs dans les rues", "P4 – Une fontaine sur la place"),
                           ("P2 – Des toilettes publiques", "P5 – Un abri pour les vélos"),
                           ("P3 – Un jardin pour les enfants", "P6 – Une boîte à livres")])
    assert column_cuts(titles, pieces) == ([], [])


def test_three_columns_given_row_by_row_are_read_one_after_the_other():
    # an invented magazine page: three columns whose lines the text layer gives row by row, the
    # rows of each column at their own steps (a bold question, then its answer)
    blocks = extract(PDF / "three-columns-row-by-row.pdf").blocks
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Le bourg se refait une beauté pour les marchés"),
        ("heading", "La halle du marché"),
        ("paragraph", "La halle couverte du bourg accueille chaque samedi matin une vingtaine de producteurs et "
                      "de commerçants ambulants venus des communes voisines."),
        ("paragraph", "Sa toiture laisse passer la pluie depuis l'hiver dernier et les exposants se plaignent "
                      "des courants d'air."),
        ("heading", "Pourquoi rénover maintenant ?"),
        ("paragraph", "Parce que la charpente vieillit vite et que les subventions de la région sont ouvertes "
                      "jusqu'à la fin de l'année prochaine."),
        ("paragraph", "La toiture de la halle sera refaite au printemps avec des tuiles de récupération."),
        ("heading", "Et les toilettes publiques ?"),
        ("paragraph", "Des toilettes sèches seront installées à côté de la halle avant la saison des marchés nocturnes."),
        ("paragraph", "Les bancs de la place seront repeints par les jeunes du chantier d'été."),
    ]


def test_three_columns_leave_two_gutters():
    from nlp_stn.extract.pdf import gutter_positions

    gaps = [(180.0, 200.0), (182.0, 199.0), (178.0, 201.0), (380.0, 398.0), (376.0, 399.0), (381.0, 400.0)]
    assert gutter_positions(gaps) == [(182.0 + 199.0) / 2, (381.0 + 398.0) / 2]
    assert gutter_positions(gaps[:3]) == [(182.0 + 199.0) / 2]
    assert gutter_positions(gaps[:2] + gaps[3:5]) == []


def test_a_row_is_cut_at_a_narrow_gutter_of_three_columns_but_not_a_title_across_them():
    from nlp_stn.extract.pdf import narrow_cuts

    gutters = [190.0, 390.0]
    # glyphs (index, x0, x1, size): a full left line ending 6 points before the gutter, the middle
    # column's line starting 6 points after it; then a step back left from the right column
    row = [(0, 170.0, 176.0, 9.0), (1, 177.0, 184.0, 9.0), (3, 196.0, 202.0, 9.0), (4, 203.0, 209.0, 9.0),
           (6, 400.0, 406.0, 9.0), (8, 20.0, 26.0, 9.0)]
    assert narrow_cuts([row], gutters) == [3, 6, 8]
    # a title across the columns: word spaces at the gutters
    title = [(0, 180.0, 186.0, 9.0), (2, 188.5, 195.0, 9.0), (3, 380.0, 387.0, 9.0), (5, 389.5, 396.0, 9.0)]
    assert narrow_cuts([title], gutters) == []


def test_read_columns_of_three_columns_gives_each_column_from_its_top():
    from nlp_stn.extract.pdf import read_columns

    title = _line("Un titre qui court sur les trois colonnes de la page", 50, x0=40, x1=560)
    a1, b1, c1 = (_line("gauche un", 80, x0=40, x1=180), _line("milieu un", 81, x0=200, x1=380),
                  _line("droite un", 83, x0=400, x1=560))
    a2, b2, c2 = (_line("gauche deux", 92, x0=40, x1=180), _line("milieu deux", 95, x0=200, x1=380),
                  _line("droite deux", 90, x0=400, x1=560))
    folio = _line("Le journal de la commune n° 12", 800, x0=40, x1=560)
    assert read_columns([title, a1, b1, c2, c1, a2, b2, folio], [190.0, 390.0]) == [
        title, a1, a2, b1, b2, c1, c2, folio]


def test_a_left_paragraph_set_apart_beside_a_longer_right_column_stays_in_its_column():
    from nlp_stn.extract.pdf import read_columns

    a1, b1 = _line("le cadre de gauche", 80, x0=40, x1=280), _line("la colonne de droite", 80, x0=310, x1=550)
    b2 = _line("suite de la colonne de droite", 92, x0=310, x1=550)
    a2, b3 = _line("un paragraphe plus bas", 130, x0=40, x1=280), _line("encore la droite", 130, x0=310, x1=540)
    b4 = _line("fin de la colonne de droite", 142, x0=310, x1=540)
    assert read_columns([a1, b1, b2, a2, b3, b4], [295.0]) == [a1, a2, b1, b2, b3, b4]


def test_records_numbering_themselves_in_their_first_field_stay_apart():
    from nlp_stn.extract.pdf import join_continued_tables, numberless_fields

    assert numberless_fields(["fiche action n° 12", "axe", "action 2.3"]) == ["fiche action n° #", "axe", "action #"]
    pages = [[_line("Plan d'actions", 60, page=1)], [], [], []]
    columns = (72.0, 220.0)
    fiche1 = _table([["Fiche action n° 1", "Réf. A-01"], ["Axe", "Axe 1 – Inclure"], ["Intitulé", "Ouvrir un guichet"],
                     ["Pilote", "Mairie"]], 600, 770, columns=columns)
    fiche2 = _table([["Fiche action n° 2", "Réf. A-02"], ["Axe", "Axe 1 – Inclure"], ["Intitulé", "Former"],
                     ["Pilote", "CCAS"]], 72, 770, columns=columns)
    out = join_continued_tables(pages, {1: [fiche1], 2: [fiche2]})
    assert [t.rows for t in out[2]] == [fiche2.rows] and not out[2][0].emitted
    # rows numbered one to three going on over the page: one table
    rows1 = _table([["1", "Ouvrir un guichet"], ["2", "Former les agents"], ["3", "Publier les données"]], 600, 770,
                   columns=columns)
    rows2 = _table([["4", "Équiper les écoles"], ["5", "Recruter"], ["6", "Mesurer"]], 72, 160, columns=columns)
    out = join_continued_tables(pages, {1: [rows1], 2: [rows2]})
    assert len(out[1][0].rows) == 6 and out[2][0].emitted


def test_a_paragraph_indented_less_than_a_list_item_text_is_not_the_item_going_on():
    """LaTeX indents a paragraph's first line (17 pt) less than its list items' text (27 pt),
    though more than their « (b) »: after an item whose sentence ended, a line starting left of
    the item's hanging indent opens a paragraph; a line at the hanging indent goes on."""
    from nlp_stn.extract.pdf import build

    lines = [
        _line("Le conseil invite la Commune :", 100, x0=72.0, size=11),
        _line("(a) à équiper les écoles de récupérateurs d'eau de pluie et les gymnases de", 114, x0=80.0, size=11),
        _line("compteurs ;", 128, x0=99.0, size=11),
        _line("(b) à former les agents techniques aux économies d'eau, dès la rentrée", 142, x0=80.0, size=11),
        _line("prochaine.", 156, x0=99.0, size=11),
        _line("Par ailleurs, la réutilisation des eaux de pluie reste marginale ; il", 170, x0=89.0, size=11),
        _line("conviendrait d'en faire une priorité.", 184, x0=72.0, size=11),
    ]
    blocks = build([lines], {}).blocks
    assert [(b.kind, b.marker, b.text) for b in blocks] == [
        ("paragraph", "", "Le conseil invite la Commune :"),
        ("list_item", "a", "à équiper les écoles de récupérateurs d'eau de pluie et les gymnases de compteurs ;"),
        ("list_item", "b", "à former les agents techniques aux économies d'eau, dès la rentrée prochaine."),
        ("paragraph", "", "Par ailleurs, la réutilisation des eaux de pluie reste marginale ; il conviendrait d'en "
                          "faire une priorité."),
    ]
