"""Page furniture shared by the PDF and text readers: page numbers, running lines, footnote
calls, tables of contents, and the labels that open a new paragraph.

Pure functions and patterns on plain text; :mod:`nlp_stn.extract.pdf` applies them to the
lines it positions on the page, :mod:`nlp_stn.extract.text` to the lines of a text extracted
from a PDF.
"""
from __future__ import annotations

import re

from ..labels import LABEL, field_kind

# A line that ends a sentence (or a clause before a list).
SENTENCE_END = re.compile(r"[.!?…:;»)\]]$")
_DIGITS = re.compile(r"\d+")
# A line made only of a page number ("12", "- 12 -", "page 12", "12/40", "p. 12").
PAGE_NUMBER = re.compile(r"^(?:page|p\.)?\s*[-–]?\s*\d{1,4}\s*(?:/\s*\d{1,4}|sur\s+\d{1,4})?\s*[-–]?$", re.I)
# A page counter opening or closing a running line: "Page 3/12 – Avis n°2", "… – page 3 sur 12".
PAGE_OF = re.compile(
    r"^(?:page|p\.)\s*\d{1,4}\s*(?:/|sur)\s*\d{1,4}\b|\b(?:page|p\.)\s*\d{1,4}\s*(?:/|sur)\s*\d{1,4}\W*$", re.I
)
# Words that do not end a title: a title cut before them goes on on the next line.
OPEN_WORDS = frozenset(
    "le la les l' un une des du de d' à au aux en et ou pour par sur sous avec dans chez vers entre "
    "sans selon dont que qu' qui son sa ses leur leurs ce cette ces notre nos votre vos".split()
)


def cut_title(text: str) -> bool:
    """A title line that cannot end there: after a comma, a determiner, a preposition or a
    conjunction ("Ouvrir, avec les communes et" / "les associations, …")."""
    text = text.strip().casefold()
    return (text.endswith(",") or re.split(r"[\s’']+", text)[-1] in OPEN_WORDS
            or bool(re.search(r"\b(?:l|d|qu)['’]$", text)))


# A civility title or its abbreviation, which a name always follows ("M.", "Mme", "Dr").
_CIVILITY_END = re.compile(r"(?:^|[\s,(])(?:M\.|MM\.|Mmes?\.?|Mlles?\.?|Dr\.?|Pr\.?|Madame|Monsieur)$")


def cut_name(text: str) -> bool:
    """A line that ends on a civility title ("Rapporteurs : Mme A. B., M." / "C. D."): the
    name is on the next line, which goes on this one."""
    return bool(_CIVILITY_END.search(text.strip()))


# How many lines at the top and at the bottom of a page may be running headers/footers.
EDGE_LINES = 3
# A header/footer must recur on at least this share of pages (and on 3 pages at least).
EDGE_SHARE = 0.4
_PAGE_FRACTION = re.compile(r"(?:^|[\s–—|-])(\d{1,4})\s*/\s*(\d{1,4})$|^(\d{1,4})\s*/\s*(\d{1,4})(?=\s*[–—|-])")
# The opening of a footnote: its number (or a star, a dagger) glued to or followed by its text.
NOTE_START = re.compile(r"^(?P<n>\d{1,3}|[*†‡])\s*(?=[^\W\d_]|[«(\"“])")
# An entry of a table of contents with dot leaders and its page ("Synthèse ........ 7").
TOC_LEADERS = re.compile(r"(?:\.{3,}|…|(?:\s?\.){3,})\s*\d{1,3}$")
TOC_TITLE = re.compile(r"^(?:sommaire|table des mati[èe]res|table of contents|contents)\s*$", re.I)


def edge_key(text: str) -> str:
    """A running line as compared from page to page: lower case, digits as "#"."""
    return _DIGITS.sub("#", text.casefold())


def counts_pages(text: str, n_pages: int) -> bool:
    """A running line opened or closed by "N/M" where M is the number of pages (N ≤ M)."""
    m = _PAGE_FRACTION.search(text)
    if m is None or n_pages < 2:
        return False
    page, total = (int(g) for g in (m.group(1, 2) if m.group(1) else m.group(3, 4)))
    return total == n_pages and 1 <= page <= total


def note_call(number: str) -> re.Pattern:
    """A note call in the body: the number glued to the end of a word ("Communauté1 ,",
    "écoulée2.", "souvent3"), with the space a superscript leaves before a comma or a full stop."""
    return re.compile(rf"(?:(?<=[^\W\d_]{{2}})|(?<=[»”)])){re.escape(number)}(?!\d)(?:\s(?=[,.](?!\d)))?")


def opens_label(text: str, previous: str) -> bool:
    """A line starting with a label ("Préconisation 2 :", "Recommandation n°3", "Axe II –",
    "Action 1.2 –") opens a new block: the label is capitalised, its number is written in
    digits or capitals, and it is followed by a separator or a "n°", or comes after a
    finished sentence (not "… prévue par la / Mesure 5 du plan")."""
    m = LABEL.match(text)
    if m is None or not text[:1].isupper():
        return False
    number = m.group("num")
    if not number:
        # a label without a number needs a qualifier and a separator: "Action phare : …"
        groups = m.groupdict()
        plural = text[m.end("noun"):m.end("noun") + 1].lower() == "s"  # "Actions prioritaires :"
        return bool(groups.get("qual")) and bool(re.search(r"[:–—·•-]", groups.get("sep") or "")) \
            and not plural and not m.group("no") and bool(text[m.end():].strip())
    if not (number[:1].isdigit() or number.isupper()):
        return False
    separated = bool(m.group("no")) or bool(re.search(r"[:.)–—·•-]\s*$", m.group(0)))
    return separated or bool(SENTENCE_END.search(previous))


# A line opened by a name of at most four words, capitalised, and a colon with text after it.
_NAME_COLON = re.compile(r"^(?P<name>[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:(?:\s+|['’-])[^\W\d_]+){0,3})\s*:\s*\S")


def opens_field(text: str) -> bool:
    """A line opened by a known field name and a colon ("Pilote : direction des sports",
    "Indicateur : nombre de …", "Budget : 12 000 €", "Calendrier : 2026"): one field of a record
    printed as lines (a card, a fiche), each a paragraph of its own (see
    :func:`nlp_stn.labels.field_kind`; an unknown name such as "Le Conseil :" is not one, nor
    a label noun with a qualifier, "Actions prioritaires :", which announces a list)."""
    m = _NAME_COLON.match(text)
    if m is None or field_kind(m.group("name")) in (None, "?"):
        return False
    label = LABEL.match(m.group("name"))
    return not (label and label.group("qual"))

