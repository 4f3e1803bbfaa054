"""HTML reader and HTML fragments (table cells of text files)."""
from pathlib import Path

import pytest

from nlp_stn.errors import InputError
from nlp_stn.extract import html
from nlp_stn.settings import Settings

DATA = Path(__file__).resolve().parent / "data" / "html"


def test_html_document_blocks():
    ex = html.read(DATA / "strategie.html", Settings())
    assert ex.title == "Stratégie numérique du territoire"
    got = [(b.kind, b.text, b.level, b.table, b.row, b.col, b.header) for b in ex.blocks]
    assert got == [
        ("heading", "Stratégie numérique du territoire", 1, None, None, None, ""),
        ("paragraph", "La stratégie s'articule autour de trois axes & définit des actions.", 0, None, None, None, ""),
        ("heading", "Axe 1 : inclusion", 2, None, None, None, ""),
        ("list_item", "Action 1 : Ouvrir des lieux de médiation", 0, None, None, None, ""),
        ("list_item", "dans les quartiers", 1, None, None, None, ""),
        ("list_item", "dans les bourgs", 1, None, None, None, ""),
        ("list_item", "Action 2 : Former les agents d'accueil", 0, None, None, None, ""),
        ("table_cell", "Actions à conduire", 0, 0, 0, 0, "Actions à conduire"),
        ("table_cell", "Freins", 0, 0, 0, 1, "Freins"),
        ("table_cell", "Créer un guichet unique", 0, 0, 1, 0, "Actions à conduire"),
        ("list_item", "en ligne", 0, 0, 1, 0, "Actions à conduire"),
        ("table_cell", "Manque de moyens", 0, 0, 1, 1, "Freins"),
    ]
    for b in ex.blocks:
        assert ex.text[b.start:b.end] == b.text
    assert "tracker" not in ex.text and "font-family" not in ex.text and "<" not in ex.text


@pytest.mark.parametrize(
    "fragment, expected",
    [
        (
            '<p>Objectifs :</p> <ul style="list-style-type: none"> ○ Créer un lien ○ Soutenir l&#39;entrepreneuriat </ul>',
            [("paragraph", "Objectifs :", 0), ("list_item", "Créer un lien", 0),
             ("list_item", "Soutenir l'entrepreneuriat", 0)],
        ),
        (   # a list without <li> and never closed ends at the next paragraph
            '<p>Avoir un plan qui rassemble :</p> <ul> - les types de formation - l\'identification des acteurs '
            '<p>Trouver un outil</p>',
            [("paragraph", "Avoir un plan qui rassemble :", 0), ("list_item", "les types de formation", 0),
             ("list_item", "l'identification des acteurs", 0), ("paragraph", "Trouver un outil", 0)],
        ),
        (   # dashes glued to the previous word
            '<ul>- aux publics éloignés- aux conseillers</ul> <p>Avec une certification</p>',
            [("list_item", "aux publics éloignés", 0), ("list_item", "aux conseillers", 0),
             ("paragraph", "Avec une certification", 0)],
        ),
        ("<ul><li>un<ul><li>deux</li></ul></li></ul>", [("list_item", "un", 0), ("list_item", "deux", 1)]),
        ("Via les entreprises &amp; les <b>associations</b>.", [("paragraph", "Via les entreprises & les associations.", 0)]),
        ("", []),
    ],
)
def test_fragment_blocks(fragment, expected):
    assert html.fragment_blocks(fragment) == expected


def test_empty_html_is_refused(tmp_path):
    page = tmp_path / "vide.html"
    page.write_text("<html><head><script>x()</script></head><body> </body></html>", encoding="utf-8")
    with pytest.raises(InputError) as err:
        html.read(page, Settings())
    assert str(err.value) == f"{page} : aucun texte trouvé dans ce fichier HTML."


# --- participation pages: cards, interface chrome ---------------------------------------------

ROBUST = Path(__file__).resolve().parent / "data" / "html-robust"


def _blocks(path):
    ex = html.read(path, Settings())
    for b in ex.blocks:  # the offsets invariant of every reader
        assert ex.text[b.start:b.end] == b.text
    return ex, [(b.kind, b.text, dict(b.fields)) for b in ex.blocks]


def test_cards_become_records_without_chrome_and_withdrawn_card():
    ex, got = _blocks(ROBUST / "cartes-propositions.html")
    assert ex.title == "Idées pour le quartier des Sources"
    assert got == [
        ("heading", "Idées pour le quartier des Sources", {}),
        ("paragraph", "Les habitants ont déposé leurs idées jusqu'au 15 mars 2025.", {}),
        ("heading", "Thème : Mobilités", {}),
        ("record", "Un abri pour les vélos près de l'école\n"
                   "Installer un abri couvert pour une vingtaine de vélos devant l'école des Sources.",
         {"id": "Idée n° 3", "title": "Un abri pour les vélos près de l'école",
          "body": "Installer un abri couvert pour une vingtaine de vélos devant l'école des Sources.",
          "category": "Thème : Mobilités"}),
        ("record", "Des trottoirs praticables\nRefaire les trottoirs de la rue des Lilas :\nabaisser les bordures ;\n"
                   "supprimer les poteaux au milieu du passage.",
         {"id": "Idée n° 11", "title": "Des trottoirs praticables",
          "body": "Refaire les trottoirs de la rue des Lilas :\nabaisser les bordures ;\n"
                  "supprimer les poteaux au milieu du passage.",
          "category": "Thème : Mobilités"}),
        ("record", "Un parking relais\n"
                   "Créer un parking relais à l'entrée du quartier. Les bus partiraient toutes les dix minutes.",
         {"id": "Idée n° 14", "title": "Un parking relais",
          "body": "Créer un parking relais à l'entrée du quartier. Les bus partiraient toutes les dix minutes.",
          "category": "Thème : Mobilités"}),
    ]
    for chrome in ("cookies", "Partager", "Filtrer", "Soutenir", "Lire la suite", "soutiens", "Coût", "Suivant",
                   "Foire aux questions", "déposer une idée", "navette"):
        assert chrome not in ex.text


def test_list_items_as_cards_without_a_text_wrapper():
    _, got = _blocks(ROBUST / "liste-propositions.html")
    assert got == [
        ("heading", "Propositions du conseil citoyen", {}),
        ("record", "Proposition 2 : Des bancs au parc\nAjouter des bancs à l'ombre dans le parc municipal :\n"
                   "près de l'aire de jeux ;\nle long de l'étang.",
         {"id": "Proposition 2", "title": "Proposition 2 : Des bancs au parc",
          "body": "Ajouter des bancs à l'ombre dans le parc municipal :\nprès de l'aire de jeux ;\n"
                  "le long de l'étang.",
          "category": ""}),
        ("record", "Proposition 3 : Un composteur\nInstaller un composteur partagé au pied des immeubles.",
         {"id": "Proposition 3", "title": "Proposition 3 : Un composteur",
          "body": "Installer un composteur partagé au pied des immeubles.", "category": ""}),
        ("record", "Proposition 4 : Une boîte à livres\nPoser une boîte à livres devant la mairie.",
         {"id": "Proposition 4", "title": "Proposition 4 : Une boîte à livres",
          "body": "Poser une boîte à livres devant la mairie.", "category": ""}),
        # the FAQ heading and its introduction stay; the <details> under it go
        ("heading", "Questions fréquentes", {}),
        ("paragraph", "Nos réponses aux questions les plus posées.", {}),
    ]


def test_sections_of_a_plan_without_links_are_not_cards(tmp_path):
    page = tmp_path / "plan.html"
    sections = "".join(
        f'<div class="action"><h3>Action {n} : {title}</h3><p>{text}</p></div>'
        for n, title, text in [(1, "Rénover les écoles", "Isoler les trois groupes scolaires d'ici 2027."),
                               (2, "Développer le vélo", "Créer vingt kilomètres de pistes cyclables."),
                               (3, "Réduire l'éclairage", "Éteindre l'éclairage public la nuit.")])
    page.write_text(f"<main><h1>Plan climat</h1>{sections}</main>", encoding="utf-8")
    ex = html.read(page, Settings())
    assert [b.kind for b in ex.blocks] == ["heading"] + ["heading", "paragraph"] * 3


def test_two_cards_are_not_a_listing(tmp_path):
    page = tmp_path / "deux.html"
    card = ('<article><h2>Titre {0}</h2><p>Un texte de proposition assez long numéro {0}.</p>'
            '<a href="#">Lire</a></article>')
    page.write_text("<h1>Idées</h1>" + card.format(1) + card.format(2), encoding="utf-8")
    got = [(b.kind, b.text) for b in html.read(page, Settings()).blocks]
    # two cards are read as sections; their "Lire" links alone on their line are no text
    assert got == [("heading", "Idées")] + [
        item for n in (1, 2) for item in (("heading", f"Titre {n}"),
                                          ("paragraph", f"Un texte de proposition assez long numéro {n}."))]


def test_details_outside_a_faq_and_number_lists_without_links_are_kept(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<main><h1>Plan</h1><h2>Action 1</h2><details><summary>Détail de l'action</summary>"
        "<p>Former les agents d'accueil.</p></details><p>Années : <a href='#'>bilan</a></p>"
        "<ul><li>2024</li><li>2025</li></ul></main>",
        encoding="utf-8",
    )
    got = [(b.kind, b.text) for b in html.read(page, Settings()).blocks]
    assert got == [("heading", "Plan"), ("heading", "Action 1"), ("heading", "Détail de l'action"),
                   ("paragraph", "Former les agents d'accueil."), ("paragraph", "Années : bilan"),
                   ("list_item", "2024"), ("list_item", "2025")]


def test_the_icon_of_a_toggle_is_no_word_of_its_title(tmp_path):
    # a note-taking tool's export writes its toggles « ▸ Titre » : the icon is left out
    page = tmp_path / "page.html"
    page.write_text(
        "<main><h1>Plan</h1><details><summary>▸ Navette du marché</summary>"
        "<p>Organiser une navette vers le marché.</p></details></main>",
        encoding="utf-8",
    )
    ex, got = _blocks(page)
    assert [(k, t) for k, t, _ in got] == [("heading", "Plan"), ("heading", "Navette du marché"),
                                           ("paragraph", "Organiser une navette vers le marché.")]


def test_bars_of_links_and_newsletter_form_are_dropped_but_a_sentence_with_links_is_kept(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<h1>Plan</h1><div><a href='/'>Accueil</a> › <a href='/p'>Participer</a> › Résultats 2024</div>"
        "<p>Partager : <a href='#'>Facebook</a> <a href='#'>Courriel</a></p>"
        "<form><p>Inscrivez-vous à la lettre d'information pour suivre les projets.</p>"
        "<input type='email'><button>S'inscrire</button></form>"
        "<p>Voir le <a href='#'>plan climat</a> et le <a href='#'>schéma vélo</a> adoptés en 2024.</p>",
        encoding="utf-8",
    )
    got = [(b.kind, b.text) for b in html.read(page, Settings()).blocks]
    assert got == [("heading", "Plan"), ("paragraph", "Voir le plan climat et le schéma vélo adoptés en 2024.")]


def test_visitors_comments_and_sharing_widgets_are_dropped(tmp_path):
    # a blog article: the sharing buttons, the comments and their form are not the author's text
    page = tmp_path / "article.html"
    page.write_text(
        "<article><h1>Notre avis</h1><p>Publier la carte des capteurs.</p>"
        "<div class='sharedaddy sd-sharing-enabled'><h3>Partager :</h3><ul><li><a href='#print'>Imprimer</a></li></ul></div>"
        "<div id='comments' class='comments-area'><h3>2 réflexions sur « Notre avis »</h3>"
        "<ol class='ast-comment-list'><li><p>Pourquoi le conseil est-il contre la sécurité ?</p>"
        "<a class='comment-reply-link' href='#respond'>Répondre</a></li></ol></div>"
        "<div id='respond'><h3>Laisser un commentaire</h3></div>"
        "<div class='bloc-partage'><a href='#'>Envoyer à un ami</a></div>"
        "<p>Le comité de suivi se réunira en mars : il comment(e)ra les résultats.</p></article>",
        encoding="utf-8",
    )
    got = [(b.kind, b.text) for b in html.read(page, Settings()).blocks]
    assert got == [
        ("heading", "Notre avis"),
        ("paragraph", "Publier la carte des capteurs."),
        ("paragraph", "Le comité de suivi se réunira en mars : il comment(e)ra les résultats."),
    ]


@pytest.mark.parametrize("title, count", [("Pétition – Des bancs au parc", ""),
                                          ("Des bancs au parc", "<p><strong>412</strong> signataires</p>")])
def test_a_petition_keeps_its_signatories_comments(tmp_path, title, count):
    # named a petition by its title, or counting signatories: the comments are where people
    # add their own demands; the comment form and the sharing buttons stay dropped
    page = tmp_path / "petition.html"
    page.write_text(
        f"<html><head><title>{title}</title></head><body><main><h1>Des bancs au parc</h1>"
        f"<p>Nous demandons des bancs le long de l'étang.</p>{count}"
        "<div class='comment-list'><h2>Commentaires</h2>"
        "<div class='comment'><p>Il faudrait aussi une fontaine près des jeux.</p>"
        "<a class='comment-reply-link' href='#respond'>Répondre</a></div></div>"
        "<div id='respond'><h3>Laisser un commentaire</h3></div>"
        "<div class='bloc-partage'><a href='#'>Envoyer à un ami</a></div></main></body></html>",
        encoding="utf-8",
    )
    got = [(b.kind, b.text) for b in html.read(page, Settings()).blocks]
    assert got == [
        ("heading", "Des bancs au parc"),
        ("paragraph", "Nous demandons des bancs le long de l'étang."),
        *([("paragraph", "412 signataires")] if count else []),
        ("heading", "Commentaires"),
        ("paragraph", "Il faudrait aussi une fontaine près des jeux."),
    ]


def test_word_list_paragraphs_and_footnote_calls(tmp_path):
    # Word's "Page Web filtrée": list items are paragraphs with their typed bullet or number;
    # a footnote call is no text of the sentence, its note is dropped
    page = tmp_path / "avis.htm"
    page.write_text(
        "<html><body><div class=WordSection1>"
        "<p class=MsoNormal>Le Conseil propose de :</p>"
        "<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]>"
        "<span style='font-family:Symbol'>·<span style='font:7.0pt'>&nbsp;&nbsp;</span></span><![endif]>"
        "former les bénévoles ;</p>"
        "<p class=MsoListParagraphCxSpLast style='mso-list:l1 level2 lfo2'><![if !supportLists]>"
        "<span>2.<span>&nbsp;&nbsp;</span></span><![endif]>recenser les zones blanches.</p>"
        "<p class=MsoNormal>Avant la rentrée 2027<a href='#_ftn1' name='_ftnref1'>"
        "<span class=MsoFootnoteReference>[1]</span></a>.</p>"
        "<div id=ftn1><p class=MsoFootnoteText>[1] Selon l'enquête de 2024.</p></div>"
        "</div></body></html>",
        encoding="cp1252",
    )
    got = [(b.kind, b.level, b.marker, b.text) for b in html.read(page, Settings()).blocks]
    assert got == [
        ("paragraph", 0, "", "Le Conseil propose de :"),
        ("list_item", 0, "•", "former les bénévoles ;"),
        ("list_item", 1, "2", "recenser les zones blanches."),
        ("paragraph", 0, "", "Avant la rentrée 2027."),
    ]


def _page_blocks(tmp_path, body: str):
    page = tmp_path / "page.html"
    page.write_text(f"<html><body><main>{body}</main></body></html>", encoding="utf-8")
    return [(b.kind, b.text) for b in html.read(page, Settings()).blocks]


def test_footnotes_of_a_web_page_calls_and_notes_are_dropped(tmp_path):
    # hand-made notes: a <sup> linking to a paragraph of a notes block (whose own number may
    # link back to the call); numbers in <sup> that link nowhere (« 12 m2 », « XXIe ») are text
    assert _page_blocks(tmp_path, (
        "<h1>Avis du conseil des jeunes</h1>"
        "<p>Les cours d'école font 12 m<sup>2</sup> par élève depuis le XXI<sup>e</sup> siècle"
        "<sup><a href='#renvoi-1' id='ref-1'>1</a></sup>.</p>"
        "<p>Le conseil demande des cours végétalisées<sup><a href='#renvoi-2' id='ref-2'>[2]</a></sup> dès 2027.</p>"
        "<div class='renvois'><p id='renvoi-1'><sup>1</sup> Enquête de la ville, 2024.</p>"
        "<p id='renvoi-2'><sup><a href='#ref-2'>2</a></sup> Il faudrait aussi planter des arbres fruitiers.</p>"
        "</div>")) == [
        ("heading", "Avis du conseil des jeunes"),
        ("paragraph", "Les cours d'école font 12 m2 par élève depuis le XXIe siècle."),
        ("paragraph", "Le conseil demande des cours végétalisées dès 2027."),
    ]
    # a block of notes: items with the targeted ids and back-links « ↩︎ » to their calls
    assert _page_blocks(tmp_path, (
        "<p>Le conseil propose un abri à vélos<sup data-fn='a1' class='fn'><a href='#a1' id='a1-link'>1</a></sup>"
        " devant chaque gymnase.</p>"
        "<ol class='notes'><li id='a1'>Voir la délibération du 3 mars. <a href='#a1-link'>↩︎</a></li></ol>"
        "<p>Une dernière phrase.</p>")) == [
        ("paragraph", "Le conseil propose un abri à vélos devant chaque gymnase."),
        ("paragraph", "Une dernière phrase."),
    ]
    # a converter's notes: the link around the <sup>, the notes marked by their role; a note
    # found by its back-link only (the call links to the list, not to the item)
    assert _page_blocks(tmp_path, (
        "<p>Créer un conseil des aînés<a href='#n1' id='r1' role='doc-noteref'><sup>*</sup></a>.</p>"
        "<p>Ouvrir une maison des associations<sup id='r2'><a href='#liste'>†</a></sup>.</p>"
        "<section role='doc-endnotes'><ol><li id='n1'>Comme à Lorient.</li></ol></section>"
        "<ul id='liste'><li>Un lieu par quartier. <a href='#r2'>↩</a></li><li>Une seconde idée à garder.</li></ul>"
    )) == [
        ("paragraph", "Créer un conseil des aînés."),
        ("paragraph", "Ouvrir une maison des associations."),
        ("list_item", "Une seconde idée à garder."),
    ]
    # a number linking to a section of the page: the call goes, the section stays
    assert _page_blocks(tmp_path, (
        "<p>Voir le chapitre<sup><a href='#chap-2'>2</a></sup>.</p>"
        "<section id='chap-2'><h2>Mobilités</h2><p>Relier les bourgs.</p></section>")) == [
        ("paragraph", "Voir le chapitre."),
        ("heading", "Mobilités"),
        ("paragraph", "Relier les bourgs."),
    ]


def test_a_short_bold_question_opening_a_paragraph_is_a_signpost(tmp_path):
    assert _page_blocks(tmp_path, (
        "<p><strong>Et ensuite ?</strong> La commune répondra à cet avis avant l'été.</p>"
        "<p><b>Pour qui</b><b> ?</b><br>Les familles des hameaux.</p>"
        "<p><strong>Qui financera les navettes du samedi ?</strong> Le conseil n'a pas eu de réponse.</p>"
        "<p><strong>Quel budget ?</strong></p>"
        "<p>Quel budget ? Le document ne le dit pas.</p>"
        "<ul><li><strong>Pourquoi ?</strong> Pour rapprocher les services.</li></ul>")) == [
        ("paragraph", "La commune répondra à cet avis avant l'été."),
        ("paragraph", "Les familles des hameaux."),
        ("paragraph", "Qui financera les navettes du samedi ? Le conseil n'a pas eu de réponse."),
        ("paragraph", "Quel budget ?"),
        ("paragraph", "Quel budget ? Le document ne le dit pas."),
        ("list_item", "Pourquoi ? Pour rapprocher les services."),
    ]


def test_a_one_cell_table_is_a_frame_around_paragraphs(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><main><h1>Avis du conseil des jeunes</h1>"
        "<table class='encadre'><tbody><tr><td><p><strong>Proposition 2</strong></p>"
        "<p>Ouvrir les cours d'école le samedi.</p><ul><li>dans chaque quartier</li></ul></td></tr></tbody></table>"
        "<table><tr><th>Action</th><th>Délai</th></tr><tr><td>Poser des bancs</td><td>2026</td></tr></table>"
        "</main></body></html>", encoding="utf-8")
    got = [(b.kind, b.text, b.table, b.row, b.header) for b in html.read(page, Settings()).blocks]
    assert got == [
        ("heading", "Avis du conseil des jeunes", None, None, ""),
        ("paragraph", "Proposition 2", None, None, ""),
        ("paragraph", "Ouvrir les cours d'école le samedi.", None, None, ""),
        ("list_item", "dans chaque quartier", None, None, ""),
        ("table_cell", "Action", 0, 0, "Action"),
        ("table_cell", "Délai", 0, 0, "Délai"),
        ("table_cell", "Poser des bancs", 0, 1, "Action"),
        ("table_cell", "2026", 0, 1, "Délai"),
    ]


def test_furniture_named_by_its_class_or_id_in_a_page_without_html5_tags(tmp_path):
    # a SPIP or Drupal 7 theme: cookie banner, header, menu, breadcrumb, side box, search form
    # and footer are <div>s named so; the article's text stays
    page = tmp_path / "article.html"
    page.write_text(
        "<html><head><title>Les navettes du marché</title></head><body>"
        "<div id='tarteaucitronRoot'><span>Ce site dépose des cookies de mesure d'audience sur votre terminal.</span></div>"
        "<div class='page'><div id='header'><a href='./'><img alt='Logo'></a>"
        "<p class='slogan'>Une commune entre forêt et rivière</p></div>"
        "<div id='nav'><ul class='menu-liste'><li><a href='r1.html'>Ma commune</a>"
        "<ul><li><a href='r2.html'>Inscrire mon enfant au centre de loisirs</a></li></ul></li>"
        "<li><a href='r3.html'>Sortir</a></li></ul></div>"
        "<div class='main'><div class='contenu'>"
        "<p class='arbo'><a href='./'>Accueil</a> &gt; <a href='r1.html'>Ma commune</a> &gt; "
        "<strong>Les navettes du marché desservent désormais les hameaux</strong></p>"
        "<h1>Les navettes du marché</h1>"
        "<div class='texte'><p>Depuis le mois de mars, une navette gratuite relie les hameaux au marché du jeudi.</p>"
        "<p>Elle part de la mairie annexe à huit heures et revient à midi, avec un arrêt devant l'école.</p>"
        "<p>Les habitants qui ne peuvent pas marcher jusqu'à l'arrêt peuvent réserver un passage à domicile.</p></div>"
        "</div></div>"
        "<div class='sidebar'><h2>Voir aussi</h2><ul><li><a href='a1.html'>Installer des récupérateurs d'eau</a></li>"
        "</ul><div class='block-search'><p>Chercher un service de la commune</p></div></div>"
        "<div id='footer'><p>Mairie, 2 place de l'Église, ouverte du lundi au vendredi.</p></div>"
        "</div></body></html>",
        encoding="utf-8",
    )
    assert [(b.kind, b.text) for b in html.read(page, Settings()).blocks] == [
        ("heading", "Les navettes du marché"),
        ("paragraph", "Depuis le mois de mars, une navette gratuite relie les hameaux au marché du jeudi."),
        ("paragraph", "Elle part de la mairie annexe à huit heures et revient à midi, avec un arrêt devant l'école."),
        ("paragraph", "Les habitants qui ne peuvent pas marcher jusqu'à l'arrêt peuvent réserver un passage à domicile."),
    ]


def test_content_whose_class_names_a_header_footer_or_menu_is_kept(tmp_path):
    # the article's header holds its title (not a link home), a project's « header » and
    # « footer » lie in the main text, and so does a canteen « menu » written as prose; a list
    # of links named « nav » inside the text is furniture
    page = tmp_path / "article.html"
    page.write_text(
        "<html><body><div id='header'><a href='./'>Accueil</a> <a href='plan.html'>Plan du site</a></div>"
        "<div class='article-header'><h1>Rentrée scolaire</h1><p>Publié le 2 septembre</p></div>"
        "<div class='corps'><ul class='nav-chapitres'><li><a href='#c1'>Cantine</a></li><li><a href='#c2'>Projets</a></li></ul>"
        "<div class='menu-cantine'><p>La cantine servira un repas végétarien deux fois par semaine dès octobre.</p></div>"
        "<div class='projet'><div class='projet-header'><h2>Un préau pour l'école des Tilleuls</h2></div>"
        "<p>Un préau couvert sera construit dans la cour pendant les vacances de printemps.</p>"
        "<div class='projet-footer'><p>Les parents d'élèves seront consultés sur son emplacement.</p></div></div>"
        "</div></body></html>",
        encoding="utf-8",
    )
    assert [(b.kind, b.text) for b in html.read(page, Settings()).blocks] == [
        ("heading", "Rentrée scolaire"),
        ("paragraph", "Publié le 2 septembre"),
        ("paragraph", "La cantine servira un repas végétarien deux fois par semaine dès octobre."),
        ("heading", "Un préau pour l'école des Tilleuls"),
        ("paragraph", "Un préau couvert sera construit dans la cour pendant les vacances de printemps."),
        ("paragraph", "Les parents d'élèves seront consultés sur son emplacement."),
    ]


def test_spip_note_calls_outside_sup_and_the_notes_block(tmp_path):
    # SPIP writes its calls as links named « spip_note », not in a <sup>: the number is no text
    # of the word; the notes block goes with its heading
    assert _page_blocks(tmp_path, (
        "<div class='texte'><p>Le marché couvert ouvrira le dimanche<a href='#nb1' class='spip_note' rel='appendix'"
        " id='nh1'>1</a>.</p></div>"
        "<div class='notes'><h2>Notes</h2><div id='nb1'><p><span class='spip_note_ref'>[<a href='#nh1'"
        " class='spip_note'>1</a>] </span>Sauf en août.</p></div></div>"
        "<p>Une dernière phrase.</p>")) == [
        ("paragraph", "Le marché couvert ouvrira le dimanche."),
        ("paragraph", "Une dernière phrase."),
    ]


# --- forum threads ------------------------------------------------------------------------------

def _forum_post(n, user, subject, message, signature=""):
    """A post as phpBB writes it: the member's profile, the subject, the buttons, the line
    « #n par X » with its date, the message, the signature."""
    return (f"<div id='p{n}' class='post bg{n % 2}'><div class='inner'>"
            f"<dl class='postprofile'><dt><a href='./memberlist.php?u={n}' class='username'>{user}</a></dt>"
            f"<dd class='profile-posts'><strong>Messages :</strong> {12 * n}</dd></dl>"
            f"<div class='postbody'><h3><a href='#p{n}'>{subject}</a></h3>"
            "<ul class='post-buttons'><li><a href='./posting.php?mode=quote' class='button'><span>Citer</span></a></li>"
            "</ul>"
            f"<p class='author'><a href='#p{n}' class='post-number'>#{n}</a> par <strong>{user}</strong>"
            f" » lun. 2 mars 2026 18:0{n}</p>"
            f"<div class='content'>{message}</div>"
            + (f"<div class='signature'>{signature}</div>" if signature else "")
            + "</div></div></div><hr class='divider'>")


def test_a_forum_thread_is_read_as_prose_without_quotes_signatures_and_buttons(tmp_path):
    # posts are no proposal cards: their subjects repeat (« Re: … ») and they quote each other;
    # each message is read as paragraphs, its first block opening a new post; the subject, the
    # profile, the author line, the buttons, the quote and its « X a écrit : », the signature
    # (a division, or typed after « -- » or « — ») are no text
    page = tmp_path / "fil.html"
    page.write_text(
        "<html><head><title>La piscine l'hiver - Forum de Lanvéoc</title></head><body>"
        "<h2 class='topic-title'>La piscine l'hiver</h2>"
        "<div class='action-bar'><a href='./posting.php?mode=post' class='button'>Nouveau sujet</a></div>"
        + _forum_post(1, "Yvon_29", "La piscine l'hiver",
                      "<p>Bonsoir à tous,</p><p>La piscine ferme à 18 h en semaine. Il faudrait l'ouvrir jusqu'à"
                      " 21 h pour ceux qui travaillent.</p><p>--<br>Yvon, nageur du mardi</p>")
        + _forum_post(2, "Maëlle.K", "Re: La piscine l'hiver",
                      "<blockquote><cite>Yvon_29 a écrit :</cite>Il faudrait l'ouvrir jusqu'à 21 h pour ceux qui"
                      " travaillent.</blockquote><p>D'accord. Un créneau pour les familles le samedi serait le"
                      " bienvenu.</p>", signature="Maëlle — maman de trois nageurs")
        + _forum_post(3, "Yvon_29", "Re: La piscine l'hiver", "<p>Merci Maëlle.</p><p>— Yvon</p>")
        + "<div class='action-bar'><a href='./posting.php?mode=reply' class='button'>Répondre</a></div>"
        "</body></html>",
        encoding="utf-8",
    )
    ex, got = _blocks(page)
    assert got == [
        ("heading", "La piscine l'hiver", {}),
        ("paragraph", "Bonsoir à tous,", {"post": "1"}),
        ("paragraph", "La piscine ferme à 18 h en semaine. Il faudrait l'ouvrir jusqu'à 21 h pour ceux qui "
                      "travaillent.", {}),
        ("paragraph", "D'accord. Un créneau pour les familles le samedi serait le bienvenu.", {"post": "2"}),
        ("paragraph", "Merci Maëlle.", {"post": "3"}),
    ]


def test_cards_with_a_distinct_title_each_stay_cards_beside_a_button_link(tmp_path):
    # the same markup with one title per card (no subject repeated, no quote) is a listing of
    # proposals; a link drawn as a button outside them is no text
    cards = "".join(
        f"<div class='post'><h3><a href='/idees/{n}'>{title}</a></h3><p>{text}</p>"
        f"<a href='/idees/{n}/soutenir' class='btn btn-primary'>Soutenir</a></div>"
        for n, (title, text) in enumerate([
            ("Un abri vélo", "Installer un abri couvert devant la gare routière."),
            ("Des bancs", "Poser des bancs à l'ombre le long du canal."),
            ("Une boîte à livres", "Placer une boîte à livres devant la médiathèque."),
        ], 1))
    page = tmp_path / "idees.html"
    page.write_text(f"<html><body><h1>Idées</h1><p><a class='button' href='/deposer'>Déposer une idée</a></p>"
                    f"{cards}</body></html>", encoding="utf-8")
    _, got = _blocks(page)
    assert [(kind, text) for kind, text, _ in got] == [
        ("heading", "Idées"),
        ("record", "Un abri vélo\nInstaller un abri couvert devant la gare routière."),
        ("record", "Des bancs\nPoser des bancs à l'ombre le long du canal."),
        ("record", "Une boîte à livres\nPlacer une boîte à livres devant la médiathèque."),
    ]


def test_posts_without_subjects_that_quote_each_other_are_a_thread(tmp_path):
    # Discourse-like posts: no subject, the name of the member above the message, a reply that
    # quotes an earlier post: the message alone is text, the quote is not said twice
    post = ("<article class='topic-post'><div class='names'><span class='username'>{0}</span></div>"
            "<div class='cooked'>{1}</div><div class='post-controls'><a class='btn' href='#'>Répondre</a></div>"
            "</article>")
    page = tmp_path / "fil.html"
    page.write_text(
        "<html><body><main><h1>Le marché du jeudi</h1>"
        + post.format("anne", "<p>Le marché finit trop tôt. Il faudrait le prolonger jusqu'à 14 h.</p>")
        + post.format("paul", "<blockquote><p>Il faudrait le prolonger jusqu'à 14 h.</p></blockquote>"
                              "<p>Oui, et ajouter des places de parking près de la halle.</p>")
        + post.format("lea", "<p>Bonne idée.</p>")
        + "</main></body></html>", encoding="utf-8")
    _, got = _blocks(page)
    assert got == [
        ("heading", "Le marché du jeudi", {}),
        ("paragraph", "Le marché finit trop tôt. Il faudrait le prolonger jusqu'à 14 h.", {"post": "1"}),
        ("paragraph", "Oui, et ajouter des places de parking près de la halle.", {"post": "2"}),
        ("paragraph", "Bonne idée.", {"post": "3"}),
    ]


def test_disclosed_containers_are_content_and_teasers_give_way_to_their_full_text(tmp_path):
    # a responsive page: tabs whose labels are buttons, teaser cards whose « Lire la suite »
    # opens a modal placed after <main>, a mobile accordion repeating the same texts in hidden
    # panels (its titles written in buttons), a draft paragraph hidden with nothing opening it
    full = ["Planter cent arbres fruitiers dans les cours des écoles élémentaires avant l'hiver 2028.",
            "Ouvrir un atelier de réparation de vélos chaque samedi au gymnase du quartier nord."]
    tabs = ("<ul role='tablist'><li><button data-bs-toggle='tab' data-bs-target='#t1'>Volet 1 – Écoles</button></li>"
            "<li><button data-bs-toggle='tab' data-bs-target='#t2'>Volet 2 – Mobilités</button></li></ul>")
    panes = "".join(
        f"<div class='tab-pane' id='t{i}'><div class='col'><div class='card-body'><span>Fiche {i}</span>"
        f"<h3>{title}</h3><p>{teaser}</p>"
        f"<button data-bs-toggle='modal' data-bs-target='#m{i}'>Lire la suite</button></div></div></div>"
        for i, title, teaser in ((1, "Des vergers à l'école", "Des fruits dans la cour…"),
                                 (2, "Un atelier vélo", "Réparer plutôt que jeter…")))
    accordion = "".join(
        f"<div class='item'><h2><button class='accordion-button' aria-expanded='false'>Fiche {i} – {title}</button>"
        f"</h2><div class='collapse' style='display:none' aria-hidden='true'><p>{text}</p></div></div>"
        for i, title, text in ((1, "Des vergers à l'école", full[0]), (2, "Un atelier vélo", full[1])))
    modals = "".join(
        f"<div class='modal' id='m{i}' aria-hidden='true'><h5>Fiche {i} – {title}</h5>"
        f"<button aria-label='Fermer'></button><p>{text}</p></div>"
        for i, title, text in ((1, "Des vergers à l'école", full[0]), (2, "Un atelier vélo", full[1])))
    head = "<html><body><header><p>Ville de Sorbiers</p></header><main><h1>Plan nature en ville</h1>"
    draft = "<p hidden>Brouillon : une fiche 3 sur les jardins partagés, abandonnée en réunion.</p>"
    expected = [
        ("heading", "Plan nature en ville"),
        ("heading", "Volet 1 – Écoles"),
        ("heading", "Volet 2 – Mobilités"),
    ]
    page = tmp_path / "plan.html"
    page.write_text(head + tabs + panes + draft + "</main>" + modals + "</body></html>", encoding="utf-8")
    assert [(b.kind, b.text) for b in html.read(page, Settings()).blocks] == expected + [
        ("heading", "Fiche 1 – Des vergers à l'école"), ("paragraph", full[0]),
        ("heading", "Fiche 2 – Un atelier vélo"), ("paragraph", full[1]),
    ]
    # the mobile copy read first: the modals repeat it and are read once
    page.write_text(head + tabs + panes + accordion + draft + "</main>" + modals + "</body></html>", encoding="utf-8")
    assert [(b.kind, b.text) for b in html.read(page, Settings()).blocks] == expected + [
        ("heading", "Fiche 1 – Des vergers à l'école"), ("paragraph", full[0]),
        ("heading", "Fiche 2 – Un atelier vélo"), ("paragraph", full[1]),
    ]


def test_a_modal_without_title_takes_its_teasers_title_and_a_named_template_is_read(tmp_path):
    # three teaser cards (a listing): the first modal has no heading, it takes its card's title;
    # the third one is filled by a script from a <template>; a hidden draft stays out
    texts = ["Créer une maison de santé pluriprofessionnelle dans l'ancienne gendarmerie du bourg.",
             "Recruter deux médecins salariés par le centre de santé intercommunal dès 2028.",
             "Financer le permis de conduire des apprentis aides-soignants du territoire."]
    cards = "".join(
        f"<div class='card'><h3>{title}</h3><p>{teaser}</p>"
        f"<a class='btn' href='#f{i}' data-toggle='modal'>Lire la suite</a></div>"
        for i, title, teaser in ((1, "Une maison de santé", "Soigner au bourg…"),
                                 (2, "Des médecins salariés", "Des médecins en plus…"),
                                 (3, "Le permis des apprentis", "Se déplacer pour travailler…")))
    modals = (f"<div class='modal' id='f1' style='display:none'><p>{texts[0]}</p></div>"
              f"<div class='modal' id='f2' style='display:none'><h4>Fiche 2 – Des médecins salariés</h4>"
              f"<p>{texts[1]}</p></div>"
              f"<template id='tp3'><p>{texts[2]}</p></template>"
              "<div class='modal' id='f3' style='display:none'><h4>Fiche 3 – Le permis des apprentis</h4>"
              "<div class='js' data-template='tp3'></div></div>")
    page = tmp_path / "sante.html"
    page.write_text("<html><body><main><h1>Santé de proximité</h1>" + cards
                    + "<p hidden>Fiche 4 : une piste écartée en commission.</p></main>" + modals + "</body></html>",
                    encoding="utf-8")
    assert [(b.kind, b.text, b.fields.get("title", "")) for b in html.read(page, Settings()).blocks] == [
        ("heading", "Santé de proximité", ""),
        ("heading", "Une maison de santé", ""), ("paragraph", texts[0], ""),
        ("heading", "Fiche 2 – Des médecins salariés", ""), ("paragraph", texts[1], ""),
        ("heading", "Fiche 3 – Le permis des apprentis", ""), ("paragraph", texts[2], ""),
    ]


def test_a_consent_banner_is_dropped_even_when_it_holds_most_words(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        '<html><body><div class="rgpd-bandeau"><p>Nous déposons des traceurs pour compter les visites et '
        'adapter les contenus à vos centres d\'intérêt, vous pouvez les refuser à tout moment.</p>'
        '<button>OK</button></div><section><p>Ouvrir la médiathèque le dimanche.</p>'
        '<p><a href="/aide">Un souci pour vous connecter ?</a></p></section></body></html>', encoding="utf-8")
    assert [b.text for b in html.read(page, Settings()).blocks] == ["Ouvrir la médiathèque le dimanche."]


def test_a_page_of_a_consent_banner_and_a_login_form_has_no_text(tmp_path):
    page = tmp_path / "connexion.html"
    page.write_text(
        '<html><body><div id="consent-box"><p>Ce portail enregistre des traceurs de mesure d\'audience.</p>'
        '<button>Accepter</button></div><form><label>Courriel</label><input name="m"><button>Valider</button>'
        '</form><p><a href="/oubli">Identifiant perdu ?</a></p></body></html>', encoding="utf-8")
    with pytest.raises(InputError) as err:
        html.read(page, Settings())
    assert str(err.value) == f"{page} : aucun texte trouvé dans ce fichier HTML."


def _placed(top, left, text, size=15, weight=400):
    return (f'<div style="position:absolute;top:{top}px;left:{left}px;width:500px;font-size:{size}px;'
            f'font-weight:{weight};line-height:1.2">{text}</div>')


def test_page_of_a_design_tool_headings_by_size_and_typed_bullets(tmp_path):
    # every text in a placed <div>, no <hN>: headings are the larger texts, levels by size;
    # « • » typed at the start of a <div> opens a list item; a decorative number is no heading
    page = "".join([
        _placed(40, 40, "PLAN CLIMAT DU PAYS DES TROIS RIVIÈRES", 48, 800),
        _placed(140, 40, "Le pays veut réduire de moitié ses émissions d'ici 2040 et s'y prépare avec les communes."),
        _placed(400, 40, "02", 110, 900),
        _placed(420, 220, "Se déplacer autrement", 30, 700),
        _placed(470, 220, "Des mobilités plus douces pour tous.", 15),
        _placed(560, 40, "• Créer deux lignes de covoiturage entre les bourgs et la gare"),
        _placed(640, 40, "– Aménager un parking vélo sécurisé dans chaque commune"),
        _placed(560, 600, "▪ Proposer une aide à l'achat d'un vélo électrique aux ménages modestes dès"),
        _placed(600, 612, "le printemps, sous condition de ressources"),
        _placed(700, 600, "◦ Étudier une navette fluviale saisonnière"),
        _placed(900, 40, "Pays des Trois Rivières – Plan climat · page 2", 10),
    ])
    path = tmp_path / "plan.html"
    path.write_text(f"<html><body><div class='page'>{page}</div></body></html>", encoding="utf-8")
    ex = html.read(path, Settings())
    assert [(b.kind, b.text, b.level, b.marker) for b in ex.blocks] == [
        ("heading", "PLAN CLIMAT DU PAYS DES TROIS RIVIÈRES", 1, ""),
        ("paragraph", "Le pays veut réduire de moitié ses émissions d'ici 2040 et s'y prépare avec les communes.", 0,
         ""),
        ("paragraph", "02", 0, ""),
        ("heading", "Se déplacer autrement", 2, ""),
        ("paragraph", "Des mobilités plus douces pour tous.", 0, ""),
        ("list_item", "Créer deux lignes de covoiturage entre les bourgs et la gare", 0, "•"),
        ("list_item", "Aménager un parking vélo sécurisé dans chaque commune", 0, "–"),
        # the bullet's second line, placed in a <div> of its own just below it
        ("list_item", "Proposer une aide à l'achat d'un vélo électrique aux ménages modestes dès le printemps, "
         "sous condition de ressources", 0, "▪"),
        ("list_item", "Étudier une navette fluviale saisonnière", 0, "◦"),
        ("paragraph", "Pays des Trois Rivières – Plan climat · page 2", 0, ""),
    ]


def test_styled_text_is_no_heading_on_a_page_with_heading_tags(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<html><body><h1>Plan vélo</h1>"
                    "<div style='font-size:30px;font-weight:700'>Un slogan en grand</div>"
                    "<div style='font-size:14px'>Le plan prévoit trente kilomètres de pistes cyclables.</div>"
                    "<div style='font-size:14px'>Les travaux commencent au printemps prochain.</div>"
                    "</body></html>", encoding="utf-8")
    ex = html.read(path, Settings())
    assert [(b.kind, b.text) for b in ex.blocks] == [
        ("heading", "Plan vélo"),
        ("paragraph", "Un slogan en grand"),
        ("paragraph", "Le plan prévoit trente kilomètres de pistes cyclables."),
        ("paragraph", "Les travaux commencent au printemps prochain."),
    ]


def test_typed_dash_in_a_paragraph_of_prose_stays_a_paragraph(tmp_path):
    # a <p> opened by a dash is prose (a remark), and a lower-case <div> after a bullet that is not
    # placed on the page is no second line of it
    path = tmp_path / "page.html"
    path.write_text("<html><body><p>- la salle est trop petite. Il faudrait l'agrandir.</p>"
                    "<div>• Rénover le gymnase</div><div>puis la piscine</div></body></html>", encoding="utf-8")
    ex = html.read(path, Settings())
    assert [(b.kind, b.text) for b in ex.blocks] == [
        ("paragraph", "- la salle est trop petite. Il faudrait l'agrandir."),
        ("list_item", "Rénover le gymnase"),
        ("paragraph", "puis la piscine"),
    ]


def test_placed_spans_are_blocks(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<html><body><div>"
                    "<span style='position:absolute;top:10px;left:10px'>• Planter cent arbres en ville</span>"
                    "<span style='position:absolute;top:60px;left:10px'>• Ouvrir un jardin partagé</span>"
                    "</div></body></html>", encoding="utf-8")
    ex = html.read(path, Settings())
    assert [(b.kind, b.text, b.marker) for b in ex.blocks] == [
        ("list_item", "Planter cent arbres en ville", "•"),
        ("list_item", "Ouvrir un jardin partagé", "•"),
    ]


def test_an_e_mail_newsletter_s_layout_tables_badges_buttons_and_footer(tmp_path):
    # the tables of an e-mail newsletter say they only lay it out (role="presentation"): their
    # cells are divisions, not data; a cell holding only a number (a round badge) numbers the
    # text of its row; a link styled as a box (background, padding) is a button; the footer
    # linking to the unsubscribe page is the mailing's furniture
    path = tmp_path / "lettre.html"
    path.write_text(
        "<html><body><table role='presentation'><tr><td>"
        "<div style='font-size:14px'>Le comité de quartier a rendu son avis sur le plan vélo.</div>"
        "<table role='presentation' width='100%'>"
        "<tr><td><div>1</div></td><td><strong>Des arceaux.</strong> Poser des arceaux devant chaque école.</td></tr>"
        "<tr><td><div>2</div></td><td><strong>Une vélo-école.</strong> Ouvrir une vélo-école pour les adultes.</td></tr>"
        "</table>"
        "<a href='https://example.org/avis.pdf' style='display:inline-block;background:#e0782f;"
        "padding:12px 28px;color:#fff'>Nous rejoindre</a>"
        "<div>Vous recevez ce courriel car vous êtes inscrit. 4 rue des Lilas, 35000 Brévalon. "
        "<a href='https://example.org/u'>Se désinscrire</a></div>"
        "</td></tr></table></body></html>", encoding="utf-8")
    ex = html.read(path, Settings())
    assert [(b.kind, b.text, b.marker) for b in ex.blocks] == [
        ("paragraph", "Le comité de quartier a rendu son avis sur le plan vélo.", ""),
        ("list_item", "Des arceaux. Poser des arceaux devant chaque école.", "1"),
        ("list_item", "Une vélo-école. Ouvrir une vélo-école pour les adultes.", "2"),
    ]


def test_a_data_table_and_a_layout_table_with_header_cells_stay_tables(tmp_path):
    # without role="presentation", or with header cells, a table keeps its cells
    path = tmp_path / "page.html"
    path.write_text(
        "<html><body><table><tr><td>1</td><td>Poser des arceaux</td></tr></table>"
        "<table role='presentation'><tr><th>Mesure</th><th>Coût</th></tr>"
        "<tr><td>Arceaux</td><td>3 000 €</td></tr></table></body></html>", encoding="utf-8")
    ex = html.read(path, Settings())
    assert [(b.kind, b.text) for b in ex.blocks] == [
        ("table_cell", "1"), ("table_cell", "Poser des arceaux"),
        ("table_cell", "Mesure"), ("table_cell", "Coût"), ("table_cell", "Arceaux"), ("table_cell", "3 000 €"),
    ]


def test_a_paragraph_opened_by_a_bold_number_and_title_is_a_numbered_item(tmp_path):
    # « <p><strong>4. Des bancs.</strong> Installer … </p> »: item 4; a bold number that is no
    # title before a sentence (« 2024 ») or a number not in bold stays a paragraph
    path = tmp_path / "page.html"
    path.write_text(
        "<html><body><p><strong>4. Des bancs au parc.</strong> Installer six bancs le long de l'étang.</p>"
        "<p>5. Des toilettes publiques près du marché couvert.</p>"
        "<p><strong>12 000 visiteurs</strong> sont venus en 2024.</p></body></html>", encoding="utf-8")
    ex = html.read(path, Settings())
    assert [(b.kind, b.text, b.marker) for b in ex.blocks] == [
        ("list_item", "Des bancs au parc. Installer six bancs le long de l'étang.", "4"),
        ("paragraph", "5. Des toilettes publiques près du marché couvert.", ""),
        ("paragraph", "12 000 visiteurs sont venus en 2024.", ""),
    ]


def test_a_petition_comment_is_read_without_its_author_line_nor_its_report_link(tmp_path):
    # a signatory's comment shows who wrote it and when (« comment-author », « comment-meta »)
    # and a « Signaler » link: neither is text; the comment is, even inside a list item. The
    # control over the comments (« Afficher 2 commentaires sur 95 ») is no text either
    page = tmp_path / "petition.html"
    page.write_text(
        "<html><head><title>Pétition : un abri au stade</title></head><body><main><h1>Un abri au stade</h1>"
        "<p>Nous demandons un abri pour les spectateurs.</p>"
        "<section class='comments'><h2>Raisons de signer</h2><p class='count'>Afficher 2 commentaires sur 95</p><ul>"
        "<li class='comment'><p class='comment-author'>Paul R. · Lisson · il y a 2 jours</p>"
        "<p class='comment-text'>Il faudrait aussi des toilettes.</p><a href='/report/1' class='report'>Signaler</a></li>"
        "<li class='comment'><div class='comment-meta'>Anonyme · 3 mai 2026</div>"
        "<p class='comment-text'>Je signe car il pleut souvent.</p><a href='/report/2'>Signaler</a></li>"
        "</ul></section></main></body></html>",
        encoding="utf-8",
    )
    got = [(b.kind, b.text) for b in html.read(page, Settings()).blocks]
    assert got == [
        ("heading", "Un abri au stade"),
        ("paragraph", "Nous demandons un abri pour les spectateurs."),
        ("heading", "Raisons de signer"),
        ("list_item", "Il faudrait aussi des toilettes."),
        ("list_item", "Je signe car il pleut souvent."),
    ]


def test_a_link_reporting_the_petition_itself_is_no_text(tmp_path):
    # « Signaler cette pétition » under the petition, a link alone: the platform's control, no text
    page = tmp_path / "petition.html"
    page.write_text(
        "<html><body><main><h1>Un abri au stade</h1><p>Nous demandons un abri pour les spectateurs.</p>"
        "<p class='report'><a href='/signaler/7'>Signaler cette pétition</a></p>"
        "<p><a href='/p/7'>Signer cette pétition</a></p></main></body></html>", encoding="utf-8")
    got = [(b.kind, b.text) for b in html.read(page, Settings()).blocks]
    assert got == [
        ("heading", "Un abri au stade"),
        ("paragraph", "Nous demandons un abri pour les spectateurs."),
        ("paragraph", "Signer cette pétition"),
    ]


@pytest.mark.parametrize("page_title, title", [
    ("Pétition : Un abri au stade - Agir Ensemble", "Pétition : Un abri au stade"),
    ("Un abri au stade - Agir Ensemble", "Un abri au stade"),
])
def test_a_petition_page_keeps_the_page_title_that_names_it(tmp_path, page_title, title):
    # the heading of a petition gives only its cause; the page's <title> says it is a petition
    # (the site's name after the dash apart): that is the document's title
    page = tmp_path / "petition.html"
    page.write_text(
        f"<html><head><title>{page_title}</title></head><body><main><h1>Un abri au stade</h1>"
        "<p>Nous demandons un abri pour les spectateurs.</p></main></body></html>",
        encoding="utf-8",
    )
    assert html.read(page, Settings()).title == title


def test_a_pages_feedback_question_is_no_text(tmp_path):
    # « Cette page vous a-t-elle été utile ? » and its buttons, « Avez-vous trouvé ce que vous
    # cherchiez ? »: the site asking about itself; a question of the page's own text stays
    page = tmp_path / "faq.html"
    page.write_text(
        "<html><head><title>Vos questions - Ville de Lisson</title></head><body><main><h1>Vos questions</h1>"
        "<h2>La piscine rouvrira-t-elle en juin ?</h2><p>Oui, le 2 juin.</p>"
        "<p>Cet article vous a-t-il été utile ?</p>"
        "<div class='avis'><p>Cette page vous a-t-elle été utile ?</p><button>Oui</button> <button>Non</button></div>"
        "<p>Avez-vous trouvé ce que vous cherchiez ?</p></main></body></html>",
        encoding="utf-8",
    )
    got = [(b.kind, b.text) for b in html.read(page, Settings()).blocks]
    assert got == [
        ("heading", "Vos questions"),
        ("heading", "La piscine rouvrira-t-elle en juin ?"),
        ("paragraph", "Oui, le 2 juin."),
    ]


def test_the_title_of_a_toggle_says_so(tmp_path):
    # an accordion item's title written in its <button> inside a heading, or a <summary>, is a
    # heading marked as a toggle's title; a plain heading is not
    page = tmp_path / "plan.html"
    page.write_text(
        "<html><body><main><h2>Axe 1 : La lecture</h2>"
        "<section class='fr-accordion'><h3 class='fr-accordion__title'>"
        "<button class='fr-accordion__btn' aria-expanded='false'>Ouvrir le dimanche</button></h3>"
        "<div class='fr-collapse'><p>Dix médiathèques ouvriront le dimanche.</p></div></section>"
        "<details><summary>Équiper les bibliobus</summary><p>Chaque bibliobus aura le wifi.</p></details>"
        "</main></body></html>", encoding="utf-8")
    ex = html.read(page, Settings())
    assert [(b.kind, b.text, dict(b.fields)) for b in ex.blocks] == [
        ("heading", "Axe 1 : La lecture", {}),
        ("heading", "Ouvrir le dimanche", {"toggle": "1"}),
        ("paragraph", "Dix médiathèques ouvriront le dimanche.", {}),
        ("heading", "Équiper les bibliobus", {"toggle": "1"}),
        ("paragraph", "Chaque bibliobus aura le wifi.", {}),
    ]


def test_a_titled_box_of_prose_set_in_the_main_text_is_read_a_sidebar_an_untitled_note_a_form_are_not(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><nav><a href='/'>Accueil</a> <a href='/agenda'>Agenda</a></nav><main>"
        "<h1>Plan vélo 2027</h1><p>Trois pistes cyclables seront tracées en 2027.</p>"
        "<aside class='encadre'><h2>Ce que nous ne ferons pas</h2>"
        "<p>La piste le long du canal n'est pas retenue : la berge appartient à l'État.</p></aside>"
        "<aside class='voir-aussi'><h2>Voir aussi</h2><ul><li><a href='a.html'>Le plan piéton en détail</a></li>"
        "<li><a href='b.html'>Les travaux de la rue Haute</a></li></ul></aside>"
        "<aside class='contact'><p>Une question sur les travaux ? Écrivez-nous avec le formulaire de la mairie.</p></aside>"
        "<aside class='signer'><h2>Soutenir le plan</h2><form><label for='m'>Votre adresse</label><input id='m' type='email'>"
        "</form><p>Déjà plus de mille habitants ont soutenu ce plan vélo pour leur ville.</p></aside>"
        "</main><aside class='sidebar'><p>Abonnez-vous à notre lettre pour suivre tous les chantiers de la ville.</p></aside>"
        "</body></html>", encoding="utf-8")
    assert [(b.kind, b.text) for b in html.read(page, Settings()).blocks] == [
        ("heading", "Plan vélo 2027"),
        ("paragraph", "Trois pistes cyclables seront tracées en 2027."),
        ("heading", "Ce que nous ne ferons pas"),
        ("paragraph", "La piste le long du canal n'est pas retenue : la berge appartient à l'État."),
    ]


def test_accordion_items_are_sections_not_cards(tmp_path):
    # a CMS's accordion: each item's heading holds the button opening the item's own panel; the
    # panels say their answers in paragraphs: sections to unfold, not the cards of a listing
    items = "".join(
        f'<div class="paragraph accordion-item"><h3 class="accordion-header" id="h{i}">'
        f'<button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" '
        f'data-bs-target="#c{i}" aria-controls="c{i}">{theme}</button></h3>'
        f'<div id="c{i}" class="accordion-collapse collapse"><div class="accordion-body">'
        f'<p>{first}</p><p>{second}</p></div></div></div>'
        for i, (theme, first, second) in enumerate([
            ("Les écoles", "Une cour sera végétalisée à Jean-Moulin en 2027.", "La cantine passera au bio."),
            ("Le sport", "Le gymnase sera isolé pendant l'été 2027.", "Un city-stade est à l'étude."),
            ("La culture", "La médiathèque ouvrira le dimanche dès janvier.", "Le cinéma n'est pas retenu."),
        ]))
    path = tmp_path / "reponses.html"
    path.write_text(f"<html><body><main><h1>Nos réponses</h1><div class='accordion'>{items}</div></main></body></html>",
                    encoding="utf-8")
    ex = html.read(path, Settings())
    assert [(b.kind, b.text) for b in ex.blocks] == [
        ("heading", "Nos réponses"),
        ("heading", "Les écoles"),
        ("paragraph", "Une cour sera végétalisée à Jean-Moulin en 2027."),
        ("paragraph", "La cantine passera au bio."),
        ("heading", "Le sport"),
        ("paragraph", "Le gymnase sera isolé pendant l'été 2027."),
        ("paragraph", "Un city-stade est à l'étude."),
        ("heading", "La culture"),
        ("paragraph", "La médiathèque ouvrira le dimanche dès janvier."),
        ("paragraph", "Le cinéma n'est pas retenu."),
    ]
