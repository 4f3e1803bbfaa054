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
