"""HTML reader (.html, .htm) and HTML fragments found inside text (table cells).

Built on the standard library's :mod:`html.parser`: headings h1-h6, paragraphs, lists with
their depth (ordered lists give their numbers as markers) and tables (first row = header)
become blocks; lines separated by ``<br>`` that start with bullets are list items;
``script``/``style`` are dropped, and so is the page furniture of a whole page (nav, aside,
footer, the page header, hidden elements, dialogs such as cookie banners, what lies outside
<main>, visitors' comments and sharing widgets named so by their class or id, and, in themes
without HTML5 tags, the <div>s whose class or id names a menu, a breadcrumb, a cookie banner, a
side box, a header or a footer: see :func:`find_named_furniture`); entities are decoded; no tag
ever leaks into the text.
Footnotes are dropped: calls (a ``<sup>`` number or symbol linking to an anchor of the page)
inside their sentence, notes (what the calls link to, or what links back to them « ↩ ») whole,
see :func:`find_footnotes` (SPIP's calls are links named « spip_note », not in a <sup>); so is a short bold question opening a paragraph that answers it
(« <strong>Et après ?</strong> La commune… »): a heading run into its paragraph.
A table of one row and one cell is a frame: its content reads as the page's (see :func:`find_frames`);
so are the cells of a table declared a layout (``role="presentation"``, the nested tables of an
e-mail newsletter), where a cell holding only a number (a round badge) numbers the text of its
row; a <p> opened by a bold number and title (« <strong>10. Un site accessible.</strong> Le site
… ») is a numbered item; the footer of an e-mail newsletter (the block linking to « Se
désinscrire ») is dropped.
A bullet typed at the start of a <div> (« • Créer … », « – Former … ») is a list item. A page
drawn with a design tool (texts in placed <div>s with inline styles, no <hN>) gets its headings
from the font sizes and weights, and a bullet wrapped onto a second placed <div> is one item
(see :func:`styled_structure`).

Interface chrome is dropped too: buttons, drop-down lists, form labels, newsletter and search
forms, bars of links ("Partager : Facebook X Courriel", "Accueil › Participer › Résultats": two
links or more with at most a few words around them, ending with ":" or among separators),
pagination lists (short items, mostly page numbers) and FAQ ``<details>`` (in an element whose
heading says "FAQ" / "Questions fréquentes", or outside the main content).

**Cards** (a page listing proposals or projects): three or more sibling elements of the same
tag and first class (``<article>``, ``<li>``, ``<a>`` or a ``<div>`` with a class), each with
exactly one heading and text besides it, the headings all of one level, most of them holding a
link or a button (or being a link): the sections of a plan are not cards. Each card becomes one
``record`` block (like the rows of consultation exports, :mod:`nlp_stn.extract.tables`) whose
``fields`` hold ``title`` (the heading), ``body`` (the text under it, one line per paragraph
or list item), ``id`` (a short piece of the card numbering it, "Projet n° 12", else a label
opening the title, "Proposition 4 : ...") and ``category`` (the nearest section heading above
the cards, below the page title). The body is what lies in the element that holds all the
card's sentences (or, when the card has no such wrapper, from its first to its last sentence);
the rest of the card is chrome (badges, counters, costs, "Lire la suite", links, buttons). A
card whose status badge says it was withdrawn, moderated or hidden ("Retiré par son auteur",
"Modérée") is left out, with the words of :data:`nlp_stn.extract.tables.SKIPPED_STATUS`.

**Responsive pages** (Bootstrap…): a container a control of the page opens (a « Lire la suite »
modal, a collapsed panel, a tab's pane) is content, even outside <main> or hidden; a teaser
card opening it gives way to it (see :func:`find_disclosures`); a tab's label and the title
written in an accordion's <button> inside a heading are headings; an empty element naming a
<template> (``data-template``) is read with it; a text read a second time in a hidden or
disclosed container (the mobile copy of the desktop layout) is read once.

**Forum threads** (phpBB, SMF… pages saved as HTML) are no cards: their posts, alike as cards
are, repeat the thread's subject (« Re: … ») or quote one another. A post is a turn of the
conversation: its message is read as prose (paragraphs, lists), the first block of each post
carrying ``fields={"post": n}``; its subject, the member's profile, the « #3 par X » line, the
quotes of earlier posts and the signature are dropped (see :func:`find_threads`). A link drawn
as a button (« <a class="button">Répondre</a> ») is a control, dropped as a <button> is.

**PDFs converted by pdf2htmlEX** (one placed <div> per printed line, its place and size in CSS
classes) are read as the PDF they were made from: see :mod:`nlp_stn.extract.pdfhtml`.
"""
from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

from ..clean import clean_text, split_marker
from ..errors import InputError
from ..settings import Settings
from .base import Extracted, TextBuilder
from .pdfhtml import is_pdf2htmlex, read_html as read_pdf2htmlex
from .tables import SKIPPED_STATUS, normalise_name

# Dropped with their content wherever they are: code, and the controls of forms (buttons,
# drop-down lists, labels of check boxes) whose words are interface, not text.
_SKIP = {"script", "style", "noscript", "template", "svg", "head", "button", "select", "textarea", "label",
         "legend"}
# Page furniture dropped with everything inside: navigation, side boxes, page footers, and the
# page header (a <header> outside the page's <main> or <article>, which may hold its title).
_BOILERPLATE = {"nav", "aside", "footer", "menu", "dialog"}
_BOILERPLATE_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog"}
# Widgets named by their class or id: visitors' comments and their form, sharing buttons
# ("comments-area", "comment-respond", "sharedaddy", "share-buttons", "bloc-partage").
_WIDGET = re.compile(r"(?:^|[-_])(?:comments?|commentaires?|respond|sharedaddy|sharing|share|partage|partager)(?:$|[-_])",
                     re.I)
# Visitors' comments by their class or id ("comments-area", "commentaires"): kept on a petition
# or a consultation page (see :func:`_collects_opinions`), where signatories add their demands
_COMMENTS = re.compile(r"(?:^|[-_])(?:comments?|commentaires?)(?:$|[-_])", re.I)
# What a comment shows besides its text (« comment-author », « comment-meta », « commentaire-date »):
# who wrote it, from where and when, not what they ask
_COMMENT_META = re.compile(
    r"(?:^|[-_])(?:comments?|commentaires?)[-_](?:author|auteur|autrice|meta|metadata|date|byline|header|infos?)(?:$|[-_])",
    re.I)
# A page that collects opinions: a petition or a public consultation named by its title or its
# main heading (« Pétition : … », « Consultation publique sur … »), or that counts signatories
_OPINIONS_TITLE = re.compile(r"\bp[ée]titions?\b|\bconsultations?\s+(?:publique|citoyenne|en\s+ligne)", re.I)
_SIGNATORIES = re.compile(r"\b\d[\d\s\u00a0\u202f.]*\s+signataires\b", re.I)
# Word's footnote calls and notes ("#_ftn1", <div id=ftn1>): a call is no text of the sentence
_FOOTNOTE_REF = re.compile(r"^#_?(?:ftn|edn)(?:ref)?\d+$", re.I)
_FOOTNOTE_ID = re.compile(r"^_?(?:ftn|edn)\d+$", re.I)
# A paragraph Word saved as a list item ("Page Web filtrée": <p class=MsoListParagraph…
# style='mso-list:l0 level2 lfo1'>, its bullet or number typed before the text)
_MSO_LEVEL = re.compile(r"mso-list:\s*l\d+\s+level(\d+)", re.I)
_MSO_MARKER = re.compile(r"^\s*(?P<m>[·•§Øo▪■◦●➢✓–-]|\(?\d{1,3}[.)°]|[a-zA-Z][.)]|[ivxIVX]{1,5}[.)])\s+(?=\S)")
_CONTENT = {"main", "article"}
_BLOCK = {"p", "div", "section", "article", "header", "footer", "main", "aside", "blockquote",
          "pre", "figure", "figcaption", "dd", "dt", "address", "nav", "form", "caption"}
_HEADINGS = {f"h{i}": i for i in range(1, 7)}
_BR = "\x00"  # a <br> in the text being collected (a space unless it separates list lines)
_VOID = {"br", "hr", "img", "meta", "link", "input", "col", "area", "base", "wbr", "source"}
# A short question in bold that opens a paragraph and that the paragraph goes on to answer
# (« <p><strong>Et après ?</strong> Le conseil rendra…</p> »): a signpost, a heading run into
# its paragraph, no text of it (nor a question put to anyone)
_BOLD = {"b", "strong"}
_LEAD_QUESTION_WORDS = 4

# Inline bullets inside a list that has no <li> ("<ul> ○ a ○ b", "<ul> - a - b"): a bullet
# or a dash followed by a space, at the start or after white space / a word.
_INLINE_BULLET = re.compile(r"(?:^|(?<=\s)|(?<=[^\W\d_]))[○•◦▪●–-]\s+")

# --- page structure (a first pass over the page: cards and furniture found on a tree) ------

# Elements that may be the repeated cards of a listing (a <div> only with a class).
_CARD_TAGS = {"article", "li", "div", "a"}
_MIN_CARDS = 3
# Controls dropped from the text (see _SKIP) but that show a card is interface.
_CONTROLS = {"button", "select", "textarea"}
_CARD_BODY_WORDS = 5  # a card has a sentence besides its heading
_FORM_WORDS = 40  # a newsletter form says little; a page wrapped in a <form> says more
# Elements that start a block: an <a> holding one is a link wrapping a whole card, not a link.
# The label of a disclosure that only opens an item's details (« En savoir plus », « Voir le
# détail », « Lire la suite », « + d'infos »)
_MORE = re.compile(r"(?:\+|en savoir|voir|lire|afficher|montrer|d[ée]plier|plus)(?:\s+(?:plus|la suite|le d[ée]tail|les d[ée]tails"
                   r"|d['’]\s*infos?|d['’]\s*informations?|de d[ée]tails?))?\s*(?:[.…+›»>]+)?"
                   r"|d[ée]tails?|description|informations?", re.I)
_TOGGLE_ICON = re.compile(r"^\s*[▸▹►▶▾▼›]\s*")
_BLOCK_LIKE = _BLOCK | set(_HEADINGS) | {"ul", "ol", "li", "table", "details"}
_FAQ = re.compile(
    r"\bFAQ\b|\bfoire aux questions\b"
    r"|\bquestions?(?:\s+|[-‑]\s*)(?:fr[ée]quentes|courantes|pratiques|r[ée]ponses)\b",
    re.I,
)
# A short piece of a card that numbers it: "Projet n° 12", "N°12", "#12", "numéro 12".
_CARD_NUMBER = re.compile(r"(?:\bn\s?[°º]|#|\bnum[ée]ro)\s*\d+", re.I)
# A label opening a card's title: "Proposition 4 : ...", "Projet n° 12 - ...".
_TITLE_LABEL = re.compile(r"^([^\W\d_]+\s+(?:n\s?[°º]\s*)?\d+[a-z]?)\s*[:.–—-]\s+\S", re.I)
_WORD = re.compile(r"[^\W\d_]{2,}")


class _Node:
    """An element of the page tree: its tag, attributes, start-tag ordinal and content."""

    __slots__ = ("tag", "attrs", "ordinal", "parent", "children")

    def __init__(self, tag: str, attrs: dict, ordinal: int, parent: "_Node | None") -> None:
        self.tag = tag
        self.attrs = attrs
        self.ordinal = ordinal
        self.parent = parent
        self.children: list = []  # _Node or str, in document order

    def elements(self):
        return [c for c in self.children if isinstance(c, _Node)]

    def walk(self):
        """This element and all the elements inside it, in document order."""
        yield self
        for child in self.elements():
            yield from child.walk()

    def text(self) -> str:
        parts: list[str] = []

        def visit(node):
            for child in node.children:
                if isinstance(child, str):
                    parts.append(child)
                else:
                    parts.append(" ")
                    visit(child)
                    parts.append(" ")

        visit(self)
        return " ".join("".join(parts).split())


class _TreeBuilder(HTMLParser):
    """A tolerant element tree; every start tag gets the same ordinal as in :class:`_Collector`
    (both count each start tag in document order), so that decisions taken on the tree can be
    applied while collecting blocks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root", {}, 0, None)
        self._stack = [self.root]
        self._ordinal = 0
        self._skip = 0
        self._control: _Node | None = None  # the control being read (its words kept as "#text")

    def handle_starttag(self, tag, attrs):
        self._ordinal += 1
        if tag in _SKIP:
            if not self._skip and tag in _CONTROLS:  # kept as an empty element: a card has controls
                self._control = _Node(tag, dict(attrs), self._ordinal, self._stack[-1])
                self._stack[-1].children.append(self._control)
            self._skip += 1
            return
        if self._skip:
            return
        top = self._stack[-1]
        if top.tag == "p" and tag in _BLOCK_LIKE:
            self._stack.pop()  # a block closes an open paragraph
        if tag == "li":  # a new item closes the open item of the same list
            for n in range(len(self._stack) - 1, 0, -1):
                if self._stack[n].tag in ("ul", "ol"):
                    break
                if self._stack[n].tag == "li":
                    del self._stack[n:]
                    break
        parent = self._stack[-1]
        node = _Node(tag, dict(attrs), self._ordinal, parent)
        parent.children.append(node)
        if tag not in _VOID:
            self._stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self._ordinal += 1
        if not self._skip and tag not in _SKIP:
            parent = self._stack[-1]
            parent.children.append(_Node(tag, dict(attrs), self._ordinal, parent))

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self._skip = max(self._skip - 1, 0)
            if not self._skip:
                self._control = None
            return
        if self._skip:
            return
        for n in range(len(self._stack) - 1, 0, -1):
            if self._stack[n].tag == tag:
                del self._stack[n:]
                break

    def handle_data(self, data):
        if not self._skip:
            self._stack[-1].children.append(data)
        elif self._skip == 1 and self._control is not None:
            self._control.attrs["#text"] = self._control.attrs.get("#text", "") + data


def _interactive(node: _Node) -> bool:
    """True when ``node`` is or holds a link or a control, or lies inside a link."""
    if any(n.tag == "a" or n.tag in _CONTROLS or n.tag == "input" for n in node.walk()):
        return True
    parent = node.parent
    while parent is not None:
        if parent.tag == "a":
            return True
        parent = parent.parent
    return False


def _headings(node: _Node) -> list[_Node]:
    return [n for n in node.walk() if n.tag in _HEADINGS and n is not node]


def _card_level(node: _Node) -> int:
    """The level of the heading of a possible card (0 when ``node`` cannot be one): exactly
    one heading, and a sentence of at least :data:`_CARD_BODY_WORDS` words besides it."""
    heads = _headings(node)
    if len(heads) != 1:
        return 0
    rest = len(_WORD.findall(node.text())) - len(_WORD.findall(heads[0].text()))
    return _HEADINGS[heads[0].tag] if rest >= _CARD_BODY_WORDS else 0


def _signature(node: _Node) -> tuple[str, str] | None:
    if node.tag not in _CARD_TAGS:
        return None
    classes = (node.attrs.get("class") or "").split()
    if node.tag == "div" and not classes:
        return None
    return node.tag, classes[0] if classes else ""


def _alike(node: _Node, left_out: set[int] = frozenset()) -> list[list[_Node]]:
    """The children of ``node`` grouped by their signature (same tag and first class, see
    :func:`_signature`), those in ``left_out`` aside: the candidates for cards and posts."""
    groups: dict[tuple[str, str], list[_Node]] = {}
    for child in node.elements():
        sig = _signature(child) if child.ordinal not in left_out else None
        if sig is not None:
            groups.setdefault(sig, []).append(child)
    return list(groups.values())


def _accordion_item(node: _Node) -> bool:
    """True for an accordion's item: its one heading holds the control (a <button>, a link that
    toggles) naming a panel inside the item (« <h3><button aria-controls="collapse-3"> » over
    « <div id="collapse-3"> »). The reader unfolds a section of the page, whose panel says what
    it says in paragraphs: no card of a listing, whose heading links to the card's own page."""
    heads = _headings(node)
    if len(heads) != 1:
        return False
    inside = {(n.attrs.get("id") or "").strip() for n in node.walk()} - {""}
    for control in heads[0].walk():
        if control.tag in _CONTROLS or (control.tag == "a" and any(control.attrs.get(a) for a in _TOGGLE_ATTRS)):
            if any((control.attrs.get(a) or "").strip().lstrip("#") in inside for a in _TARGET_ATTRS):
                return True
    return False


def find_cards(root: _Node, posts: set[int] = frozenset()) -> dict[int, int]:
    """Ordinal -> heading level of every card of the page (see the module docstring); the
    ``posts`` of a forum thread (:func:`find_threads`) and the items of an accordion (see
    :func:`_accordion_item`) are no cards."""
    cards: dict[int, int] = {}

    def visit(node: _Node) -> None:
        for members in _alike(node, posts):
            if len(members) < _MIN_CARDS:
                continue
            levels = {m.ordinal: 0 if _accordion_item(m) else _card_level(m) for m in members}
            good = [m for m in members if levels[m.ordinal]]
            if len(good) >= _MIN_CARDS and 3 * len(good) >= 2 * len(members) \
                    and len({levels[m.ordinal] for m in good}) == 1 \
                    and 3 * sum(_interactive(m) for m in good) >= 2 * len(good):
                cards.update((m.ordinal, levels[m.ordinal]) for m in good)
        for child in node.elements():
            if child.ordinal not in cards and child.ordinal not in posts:
                visit(child)

    visit(root)
    return cards


# --- forum threads ------------------------------------------------------------------------

# What a forum gives each post besides its message: the member's signature (« <div
# class="signature"> »), found by the words of its class or id.
_SIGNATURE_NAMES = frozenset(("signature", "signatures", "postsignature"))
# A signature typed at the end of a message: a line « -- » (or a dash alone) over it, or a
# short last paragraph opened by a dash (« — Jean, du bourg »)
_SIGNATURE_LINE = re.compile(r"\s*(?:--+|—)\s*")
_SIGNED = re.compile(r"\s*(?:--+|—)\s*(?=\S)")
_SIGNATURE_WORDS = 12
_QUOTE_CHARS = 20  # a quote this long found in an earlier post is a reply quoting it


def _words_of(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _quote_text(quote: _Node) -> str:
    """The words of a <blockquote> without its attribution (« <cite>X a écrit :</cite> »)."""
    parts: list[str] = []

    def visit(node: _Node) -> None:
        for child in node.children:
            if isinstance(child, str):
                parts.append(child)
            elif child.tag != "cite":
                parts.append(" ")
                visit(child)
                parts.append(" ")

    visit(quote)
    return _words_of("".join(parts))


def _heading_words(node: _Node) -> list[str]:
    return [_words_of(h.text()) for h in _headings(node)]


def find_threads(root: _Node) -> tuple[set[int], set[int]]:
    """(posts, drops): ordinals of the posts of a forum thread (phpBB, SMF, vBulletin pages
    saved as HTML) and of what in them is no text of their message.

    Posts are sibling elements alike (same tag and first class, as cards) that show how forums
    write a reply: half of them at least repeat another post's subject after a prefix (« Re: »
    and the thread's title), or one of them quotes an earlier one (a <blockquote> whose words,
    its <cite> aside, are found in a post above). A post is a turn of a conversation, not a
    proposal card: its message is read as prose. Dropped from each post: its subject (a heading), the
    quotes (the words of another post, with their « X a écrit : »), the signature, and, when
    the posts hold their message in an element alike (« <div class="content"> », the innermost
    one that holds half of the words of the posts at least), what lies outside it (the
    member's profile, the line « #3 par X » with its date, the buttons)."""
    posts: set[int] = set()
    drops: set[int] = set()

    def signature(node: _Node) -> bool:
        return bool(_name_words(node) & _SIGNATURE_NAMES)

    def thread(members: list[_Node]) -> bool:
        heads = [_heading_words(m) for m in members]
        texts = [_words_of(m.text()) for m in members]
        repeats = quotes = 0
        for i, member in enumerate(members):
            others = {h for j, hs in enumerate(heads) if j != i for h in hs if len(h.split()) >= 2}
            repeats += any(h == o or h.endswith(" " + o) for h in heads[i] for o in others)
            quotes += any(len(q) >= _QUOTE_CHARS and any(q in texts[j] for j in range(i))
                          for q in (_quote_text(n) for n in member.walk() if n.tag == "blockquote"))
        return 2 * repeats >= len(members) or quotes > 0

    def body(members: list[_Node]) -> dict[int, _Node]:
        """The element alike in the posts that holds their message (post ordinal -> element)."""
        def words(node: _Node) -> int:
            return len(_WORD.findall(node.text())) - sum(
                len(_WORD.findall(n.text())) for n in node.walk()
                if n is not node and (n.tag == "blockquote" or signature(n)))

        total = sum(words(m) for m in members)
        found: dict[tuple[str, str], dict[int, _Node]] = {}
        for member in members:
            seen: dict[tuple[str, str], list[_Node]] = {}
            quoted = {n.ordinal for q in member.walk() if q.tag == "blockquote" for n in q.walk()}
            for node in member.walk():
                sig = _signature(node)
                if node is not member and sig is not None and sig[1] and node.tag != "a" \
                        and node.ordinal not in quoted and not signature(node):
                    seen.setdefault(sig, []).append(node)
            for sig, nodes in seen.items():
                if len(nodes) == 1:
                    found.setdefault(sig, {})[member.ordinal] = nodes[0]
        best: dict[int, _Node] = {}
        best_words = None
        for sig, held in found.items():
            if 3 * len(held) < 2 * len(members):
                continue
            n = sum(words(e) for e in held.values())
            if 2 * n >= total and (best_words is None or n < best_words):
                best, best_words = held, n
        return best

    def visit(node: _Node) -> None:
        for members in _alike(node):
            if len(members) < 2 or not thread(members):
                continue
            bodies = body(members)
            for member in members:
                posts.add(member.ordinal)
                for n in member.walk():
                    if n is not member and (n.tag in _HEADINGS or n.tag == "blockquote" or signature(n)):
                        drops.add(n.ordinal)
                message = bodies.get(member.ordinal)
                path = message
                while path is not None and path is not member:  # what lies beside the message
                    parent = path.parent
                    drops.update(c.ordinal for c in parent.elements() if c is not path)
                    path = parent
        for child in node.elements():
            if child.ordinal not in posts:
                visit(child)

    visit(root)
    return posts, drops


def _faq_heading(details: _Node) -> tuple[_Node, bool] | None:
    """The nearest enclosing element with a heading before ``details``, and whether that
    heading says FAQ."""
    node = details.parent
    while node is not None and node.tag != "#root":
        before = [h for h in _headings(node) if h.ordinal < details.ordinal]
        if before:
            return node, bool(_FAQ.search(before[-1].text()))
        node = node.parent
    return None


def _name_words(node: _Node) -> set[str]:
    """The words of an element's classes and id, lower case (« menu-haut » -> menu, haut;
    « tarteaucitronRoot » -> tarteaucitron, root), with each two neighbours joined too
    (« en-tete » -> entete, « side_bar » -> sidebar)."""
    found: set[str] = set()
    for token in [*(node.attrs.get("class") or "").split(), *(node.attrs.get("id") or "").split()]:
        words = [w.lower() for w in re.split(r"[-_.:\s]+|(?<=[a-z])(?=[A-Z])", token) if w]
        found.update(words)
        found.update(a + b for a, b in zip(words, words[1:]))
    return found


# Page furniture named by its class or id, in themes written without <nav>, <aside>, <header>,
# <footer> (SPIP, Drupal 7, Joomla, Typo3): never text wherever it is (the breadcrumb, the
# cookie banner) ...
_NAMED_ALWAYS = frozenset(("breadcrumb", "breadcrumbs", "ariane", "filariane", "arbo", "rootline", "cookie", "cookies",
                           "cookiebanner", "tarteaucitron", "consent", "rgpd", "gdpr"))
# the cookie or consent banner is dropped even when it holds most of the page's words (a login
# page: the banner's sentences, then a form)
_NAMED_CONSENT = frozenset(("cookie", "cookies", "cookiebanner", "tarteaucitron", "consent", "rgpd", "gdpr"))
# ... a list of links anywhere (a menu of the article's chapters), or a box outside the page's
# main text that says next to nothing besides its links (a box that holds sentences is kept) ...
_NAMED_LINKS = frozenset(("menu", "menus", "nav", "navbar", "navigation", "sidebar", "aside", "search", "searchform",
                          "recherche"))
# ... and furniture outside the main text only: a card's or an article's « header » holds its
# title, its « footer » its counters (a page header that holds a heading of its own, not a
# link to the home page, is kept)
_NAMED_PAGE = frozenset(("header", "entete", "footer", "pied", "piedpage"))
_LINK_SHARE = 2 / 3  # a list of links: its links hold this share of its words at least
_BOX_WORDS = 10  # a box outside the main text with fewer words outside its links says nothing


def find_named_furniture(root: _Node) -> set[int]:
    """Ordinals of the containers whose class or id names page furniture (see
    :data:`_NAMED_ALWAYS`, :data:`_NAMED_LINKS`, :data:`_NAMED_PAGE`). The page's main text
    is the deepest element that holds more than half of the page's words outside links (not
    one of a series of siblings alike: a card of a listing is not the main text); what holds
    it is never furniture."""
    words: dict[int, int] = {}
    linked: dict[int, int] = {}

    def count(node: _Node, in_link: bool) -> None:
        link = in_link or node.tag == "a"
        total = inside = 0
        for child in node.children:
            if isinstance(child, str):
                n = len(_WORD.findall(child))
                total += n
                inside += n if link else 0
            else:
                count(child, link)
                total += words[child.ordinal]
                inside += linked[child.ordinal]
        words[node.ordinal], linked[node.ordinal] = total, inside

    def unlinked(node: _Node) -> int:
        return words[node.ordinal] - linked[node.ordinal]

    def alike(node: _Node) -> bool:
        siblings = node.parent.elements() if node.parent is not None else []
        return bool(node.attrs.get("class")) and sum(
            c.tag == node.tag and c.attrs.get("class") == node.attrs.get("class") for c in siblings) > 1

    count(root, False)
    half = unlinked(root) / 2
    main = root
    while True:
        inner = next((c for c in main.elements() if unlinked(c) > half), None)
        if inner is None or alike(inner):
            break
        main = inner
    holders = set()
    node = main
    while node is not None:
        holders.add(node.ordinal)
        node = node.parent
    drops: set[int] = set()

    def visit(node: _Node, inside: bool) -> None:
        inside = inside or node is main
        names = _name_words(node) if node.tag not in ("html", "body") else set()
        if node.ordinal in holders:
            names &= _NAMED_CONSENT
        link_list = words[node.ordinal] > 0 and linked[node.ordinal] >= _LINK_SHARE * words[node.ordinal]
        if (names & _NAMED_ALWAYS
                or (names & _NAMED_LINKS and (link_list or (not inside and unlinked(node) < _BOX_WORDS)))
                or (names & _NAMED_PAGE and not inside and not (
                    names & {"header", "entete"} and any(not _interactive(h) for h in _headings(node))))):
            drops.add(node.ordinal)
            return
        for child in node.elements():
            visit(child, inside)

    visit(root, False)
    return drops


def _linked_words(node: _Node) -> int:
    """How many words of ``node`` are inside links."""
    return sum(len(_WORD.findall(a.text())) for a in node.walk() if a.tag == "a"
               and not any(p.tag == "a" for p in _ancestors(a, node)))


def _ancestors(node: _Node, top: _Node):
    """The elements between ``node`` (excluded) and ``top`` (excluded)."""
    node = node.parent
    while node is not None and node is not top:
        yield node
        node = node.parent


def find_text_boxes(root: _Node) -> set[int]:
    """Ordinals of the <aside> boxes of the page's main text (inside <main>, <article> or
    role="main") opened by a heading of their own over prose: a paragraph of :data:`_BOX_WORDS`
    words or more, links holding less than :data:`_LINK_SHARE` of the box's words, no form
    (« <aside class="encart"><h2>Ce qui n'est pas retenu</h2><p>La retransmission … n'est pas
    retenue : …</p></aside> »). A titled box set in the text says something of it: it is
    content, not furniture, as a sidebar of links, a signature form or an untitled « Écrivez-nous
    … » are."""
    boxes: set[int] = set()
    for node in root.walk():
        if node.tag != "aside" or not _inside_content(node):
            continue
        inner = list(node.walk())[1:]
        first = node.elements()[0] if node.elements() else None
        words = len(_WORD.findall(node.text()))
        prose = any(p.tag == "p" and len(_WORD.findall(p.text())) >= _BOX_WORDS for p in inner)
        if (first is not None and first.tag in _HEADINGS and prose and not any(n.tag == "form" for n in inner)
                and _linked_words(node) < _LINK_SHARE * words):
            boxes.add(node.ordinal)
    return boxes


def find_furniture(root: _Node) -> set[int]:
    """Ordinals of elements dropped with their content: FAQ ``<details>`` (and their section
    when it holds nothing else), pagination lists (items of at most two words, at least two
    and half of them page numbers, half of them links), subscription and search forms (an
    e-mail or search field, no heading, at most :data:`_FORM_WORDS` words)."""
    drops: set[int] = set()
    nodes = list(root.walk())
    has_content = any(n.tag in _CONTENT or (n.attrs.get("role") or "").lower() == "main" for n in nodes)
    for node in nodes:
        if node.tag == "details":
            found = _faq_heading(node)
            outside = has_content and not _inside_content(node)
            if outside or (found and found[1]):
                drops.add(node.ordinal)
            if found and found[1]:
                section = found[0]
                others = [c for c in section.elements()
                          if c.tag != "details" and not (c.tag in _HEADINGS and _FAQ.search(c.text())) and c.text()]
                if not others and section.tag not in _CONTENT and section.tag != "body":
                    drops.add(section.ordinal)
        elif node.tag == "form" and not _headings(node) and len(_WORD.findall(node.text())) <= _FORM_WORDS \
                and any(n.tag == "input" and (n.attrs.get("type") or "").lower() in ("email", "search")
                        for n in node.walk()):
            drops.add(node.ordinal)  # a subscription or search form
        elif node.tag in ("ul", "ol"):
            lis = [c for c in node.elements() if c.tag == "li"]
            items = [c.text() for c in lis]
            numbers = sum(1 for t in items if re.fullmatch(r"\d{1,4}|…|\.\.\.", t))
            linked = sum(1 for c in lis if any(n.tag == "a" for n in c.walk()))
            if len(items) >= 2 and numbers >= 2 and 2 * numbers >= len(items) and 2 * linked >= len(items) \
                    and all(len(t.split()) <= 2 for t in items):
                drops.add(node.ordinal)
    return drops


# What a footnote call shows: a number or a symbol, maybe in brackets ("3", "[3]", "*", "†", "iv")
_NOTE_MARK = re.compile(r"[\[(]?(?:\d{1,3}|[*†‡§¶#]{1,3}|[ivx]{1,4}|[a-z])[\])]?")
# A back-link from a note to its call ("↩", "↩︎", "↑", "^")
_BACK_LINK = re.compile(r"[↩↑⤴^]\ufe0e?\ufe0f?")
# A link named as a footnote call by its class or id (SPIP's « spip_note », « footnote-ref »)
_NOTE_NAMES = frozenset(("note", "spipnote", "footnote", "footnoteref", "noteref", "fnref"))
# The heading of a block of notes (« Notes », « Notes de bas de page »)
_NOTES_HEADING = re.compile(r"notes?(?:\s+de\s+(?:bas\s+de\s+page|fin))?\s*:?", re.I)
# Elements that may hold a note (the nearest one around an anchor that is no element of its own)
_NOTE_HOLDERS = {"p", "li", "div", "dd", "dt", "section", "aside", "footer", "td"}
_NOTE_WORDS = 200  # a note is short: a longer element linked to is a section, not a note


def _anchor(node: _Node) -> str:
    """The id of the in-page anchor a link goes to ("" when it goes elsewhere)."""
    href = (node.attrs.get("href") or "").strip()
    return href[1:] if node.tag == "a" and href.startswith("#") and len(href) > 1 else ""


def find_footnotes(root: _Node) -> tuple[set[int], set[int]]:
    """(calls, notes): ordinals of the footnote calls of a page, dropped inside their sentence,
    and of its notes, dropped with their content.

    A call is a ``<sup>`` showing a number or a symbol that links to an anchor of the page (the
    link inside it, or around it), or a link marked ``role="doc-noteref"``. Its note is the
    element holding the anchor it links to (the anchor itself when it is a paragraph, an item,
    a division; else the nearest one around it) when that comes after the call, holds no
    heading and is short; an element holding a back-link (« ↩ ») to a call, or marked
    ``doc-footnote`` / ``doc-endnotes``, is a note too. Hand-made notes (« <sup><a
    href="#note-3">3</a></sup> » over « <p id="note-3"> »), WordPress's footnotes block (« <sup
    data-fn> » over « <ol class="wp-block-footnotes"> ») and those of Markdown converters read
    alike."""
    nodes = list(root.walk())
    anchors: dict[str, _Node] = {}
    for node in nodes:
        for key in ("id", "name") if node.tag == "a" else ("id",):
            value = (node.attrs.get(key) or "").strip()
            if value:
                anchors.setdefault(value, node)
    calls: dict[int, _Node] = {}
    targets: list[tuple[_Node, _Node]] = []  # (call, element it links to)
    backs: list[_Node] = []  # a note's own number linking back to its call
    call_ids: set[str] = set()  # the ids of the calls and of the elements in them

    def ids(node: _Node) -> set[str]:
        return {v for n in node.walk() for v in ((n.attrs.get("id") or "").strip(), (n.attrs.get("name") or "").strip())
                if v}

    for node in nodes:
        role = (node.attrs.get("role") or "").lower()
        call = link = None
        if node.tag == "sup" and _NOTE_MARK.fullmatch(node.text()):
            inner = [n for n in node.walk() if _anchor(n)]
            outer = node.parent if node.parent is not None and _anchor(node.parent) \
                and node.parent.text() == node.text() else None
            if outer is not None:
                call, link = outer, outer
            elif inner:
                call, link = node, inner[0]
        elif role == "doc-noteref" and _anchor(node):
            call, link = node, node
        elif node.tag == "a" and _anchor(node) and _NOTE_MARK.fullmatch(node.text()) and (
                _name_words(node) & _NOTE_NAMES or (node.attrs.get("rel") or "").lower() == "footnote"):
            call, link = node, node  # SPIP's « <a class="spip_note" href="#nb1">1</a> », not in a <sup>
        if call is None or _anchor(link) not in anchors or call.ordinal in calls:
            continue
        if _anchor(link) in call_ids:
            backs.append(call)  # « <p id="note-1"><sup><a href="#appel-1">1</a></sup> … »
            continue
        calls[call.ordinal] = call
        call_ids |= ids(call)
        targets.append((call, anchors[_anchor(link)]))
    if not calls:
        return set(), set()

    def holder(node: _Node) -> _Node | None:
        while node is not None and node.tag not in _NOTE_HOLDERS:
            node = node.parent
        return node

    def short_note(node: _Node | None, call: _Node | None = None) -> bool:
        return (node is not None and node.tag not in _CONTENT and not _headings(node)
                and len(_WORD.findall(node.text())) <= _NOTE_WORDS
                and not any(c.ordinal in calls for c in node.walk())
                and (call is None or node.ordinal > call.ordinal))

    notes: set[int] = set()
    for call, target in targets:
        note = target if target.tag in _NOTE_HOLDERS else holder(target)
        if short_note(note, call):
            notes.add(note.ordinal)
    for node in nodes:
        role = (node.attrs.get("role") or "").lower()
        if role in ("doc-footnote", "doc-endnotes") and not _headings(node):
            notes.add(node.ordinal)
        elif (_anchor(node) in call_ids or role == "doc-backlink") and _BACK_LINK.fullmatch(node.text()):
            backs.append(node)  # « ↩ »
    for back in backs:
        note = holder(back)
        if short_note(note):
            notes.add(note.ordinal)
    # the block that holds the notes and nothing else but its heading (« <div class="notes">
    # <h2>Notes</h2> … »): dropped with that heading
    for parent in {n.parent for n in nodes if n.ordinal in notes and n.parent is not None}:
        others = [c for c in parent.elements() if c.ordinal not in notes]
        if (parent.tag not in _CONTENT and parent.tag not in ("body", "#root") and others
                and all(c.tag in _HEADINGS and _NOTES_HEADING.fullmatch(c.text()) for c in others)
                and not any(isinstance(c, str) and c.strip() for c in parent.children)):
            notes.add(parent.ordinal)
    return set(calls), notes


def find_frames(root: _Node) -> set[int]:
    """Ordinals of the tables of one row and one cell, and of that row and cell: a frame (a box
    around a proposal, a layout table around the page), whose content reads as the page's."""
    frames: set[int] = set()

    def parts(table: _Node, tags: set[str]) -> list[_Node]:
        found: list[_Node] = []

        def visit(node):
            for child in node.elements():
                if child.tag in tags:
                    found.append(child)
                elif child.tag != "table":
                    visit(child)

        visit(table)
        return found

    for node in root.walk():
        if node.tag == "table":
            rows = parts(node, {"tr"})
            cells = [c for row in rows for c in parts(row, {"td", "th"})]
            if len(rows) == 1 and len(cells) == 1:
                frames |= {node.ordinal, rows[0].ordinal, cells[0].ordinal}
            elif (node.attrs.get("role") or "").strip().lower() in _LAYOUT_ROLES \
                    and not any(c.tag == "th" for c in cells):
                # a table its author declares a layout (« role="presentation" », the tables of
                # an e-mail newsletter): its cells are divisions of the page, not data
                frames |= {node.ordinal} | {r.ordinal for r in rows} | {c.ordinal for c in cells}
    return frames


# The ARIA roles by which a table says it only lays the page out (WAI-ARIA 1.2)
_LAYOUT_ROLES = ("presentation", "none")


# The attributes by which a control names the element it opens (a modal, a collapsed panel, a
# tab's pane): « data-bs-target="#modal1" », « aria-controls="tab1" », « href="#modal1" » on a
# control that toggles (« data-bs-toggle="modal" »)
_TARGET_ATTRS = ("data-bs-target", "data-target", "aria-controls")
_TOGGLE_ATTRS = ("data-bs-toggle", "data-toggle")


def find_disclosures(root: _Node, cards: dict[int, int]) -> tuple[set[int], dict[int, str], set[int]]:
    """Containers a control of the page opens (a « Lire la suite » modal, a collapsed panel, a
    tab's pane): hidden until clicked, they are content, read even outside <main>. Returns
    their ordinals, the titles they get from their control (a tab's label « Axe 1 – … »; the
    title of the card whose « Lire la suite » opens a container without a heading of its own)
    and the cards they make teasers: a card whose control opens a container holding text is
    that container's preview (its title and first words « … »), dropped for the full text."""
    ids: dict[str, _Node] = {}
    nodes = list(root.walk())
    for node in nodes:
        if node.attrs.get("id"):
            ids.setdefault(node.attrs["id"].strip(), node)
    targets: set[int] = set()
    titles: dict[int, str] = {}
    teasers: set[int] = set()

    def names(node: _Node) -> list[str]:
        found = [node.attrs.get(a) or "" for a in _TARGET_ATTRS]
        if node.tag == "a" and any(node.attrs.get(a) for a in _TOGGLE_ATTRS):
            found.append(node.attrs.get("href") or "")
        return found

    opened = {ids[n.strip().lstrip("#")].ordinal for node in nodes for n in names(node)
              if n.strip() and n.strip().lstrip("#") in ids}
    for node in nodes:
        for name in names(node):
            target = ids.get(name.strip().lstrip("#")) if name.strip() else None
            if target is None or target is node or not _WORD.search(target.text()):
                continue
            if any(n is target for n in node.walk()):
                continue  # a control inside what it opens (a close button)
            targets.add(target.ordinal)
            tablist = node.parent is not None and any((n.attrs.get("role") or "").lower() == "tablist"
                                                      for n in (node.parent, node.parent.parent) if n is not None)
            if (node.attrs.get("role") or "").lower() == "tab" or tablist \
                    or any((node.attrs.get(a) or "").lower() in ("tab", "pill") for a in _TOGGLE_ATTRS):
                label = " ".join(node.attrs.get("#text", "").split())
                titles.setdefault(target.ordinal, label)
            # the teaser: the largest element around the control with one heading, its title
            card = node.parent
            while card is not None and not _headings(card):
                card = card.parent
            while card is not None and card.parent is not None and len(_headings(card.parent)) == 1 \
                    and card.parent.ordinal not in opened \
                    and not any(n is target for n in card.parent.walk()):
                card = card.parent
            if card is not None and not any(n is target for n in card.walk()) \
                    and len(_WORD.findall(target.text())) > len(_WORD.findall(card.text())):
                teasers.add(card.ordinal)  # (a container saying less than the card is no full text)
                if not _headings(target):
                    heads = _headings(card)
                    if heads and heads[0].text():
                        titles.setdefault(target.ordinal, heads[0].text())
    return targets, titles, teasers


def _hidden_style(node: _Node) -> bool:
    """True for an element a script shows (``style="display:none"``, ``aria-hidden="true"``):
    a collapsed panel, a closed modal, the copy of a layout for the other screen size; it is
    read (only the ``hidden`` attribute, with no control opening it, drops an element)."""
    style = (node.attrs.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or (node.attrs.get("aria-hidden") or "").lower() == "true"


def _inside_content(node: _Node) -> bool:
    node = node.parent
    while node is not None:
        if node.tag in _CONTENT or (node.attrs.get("role") or "").lower() == "main":
            return True
        node = node.parent
    return False


def _wrapping_links(root: _Node) -> set[int]:
    """Ordinals of links that hold blocks (a whole card made clickable): their text is text."""
    return {n.ordinal for n in root.walk() if n.tag == "a" and any(c.tag in _BLOCK_LIKE for c in n.walk())}


def _link_bar(links: int, unlinked: str) -> bool:
    """A bar of links ("Partager : Facebook X Courriel", "Accueil › Participer › Résultats"):
    two links or more, and around them no words, or at most four words that end with ":" or
    stand among separators between the links."""
    if links < 2:
        return False
    words = _WORD.findall(unlinked)
    if not words:
        return True
    separators = len(re.findall(r"[›>»/|·•]", unlinked))
    return len(words) <= 4 and (unlinked.rstrip().endswith(":") or separators >= links - 1)


# What a link to a file or another page says: its verb, or the file's format and size
_LINK_LABEL = re.compile(
    r"^(?:t[ée]l[ée]charger|consulter|voir|lire|acc[ée]der|d[ée]couvrir|en savoir plus|retour|imprimer)\b"
    # a visitor's control under a comment or a page (« Signaler » an abuse, « Signaler cette pétition »)
    r"|^signaler(?:\s+(?:un\s+abus|(?:ce|le)\s+(?:commentaire|contenu|message)|(?:cette|la)\s+(?:p[ée]tition|page|publication)))?\s*$"
    r"|\((?:[^()]*\b(?:pdf|docx?|odt|xlsx?|csv|zip)\b[^()]*|[^()]*\d\s*(?:[kmg]o|[kmg]b)\b[^()]*)\)\s*$",
    re.IGNORECASE,
)


def _download_link(links: int, unlinked: str, text: str) -> bool:
    """A block that is one link and nothing else, labelled as a link ("Télécharger le plan
    d'actions (PDF, 2,3 Mo)", "En savoir plus", "Consulter la délibération"): not text."""
    return links == 1 and not _WORD.findall(unlinked) and bool(_LINK_LABEL.search(text))


def _link_question(links: int, unlinked: str, text: str) -> bool:
    """A block that is one short link and nothing else asking a question ("Mot de passe
    oublié ?", "Besoin d'aide ?"): the label of a link to another page, no question the
    document asks."""
    return (links == 1 and not _WORD.findall(unlinked) and text.rstrip().endswith("?")
            and len(_WORD.findall(text)) <= _LINK_QUESTION_WORDS)


_LINK_QUESTION_WORDS = 6  # a link asking a question in more words may be the page's own question


def _status_skipped(piece: str) -> bool:
    """True when a piece of a card is a status saying it was withdrawn, moderated, hidden..."""
    piece = re.sub(r"^\s*(?:statut|status|[ée]tat)\s*:\s*", "", piece, flags=re.I)
    words = re.findall(r"[a-z0-9]+", normalise_name(piece))
    return bool(words) and words[0] in SKIPPED_STATUS and len(words) <= 6


def card_record(blocks: list[dict], card: int, category: str) -> list[dict]:
    """The record block of the card numbered ``card`` from the raw blocks collected inside it
    ([] when the card was withdrawn; its blocks unchanged when it has no heading after all)."""
    title_i = next((i for i, b in enumerate(blocks) if b["kind"] == "heading"), None)
    if title_i is None:
        return blocks  # not a card after all: its blocks as they are

    def chrome(b: dict) -> bool:  # a link alone ("Lire la suite") or a bar of links
        return (b["links"] > 0 and len(_WORD.findall(b["unlinked"])) <= 1) or _link_bar(b["links"], b["unlinked"])

    def sentence(b: dict) -> bool:  # not a row of badges ("Projet n° 71 Retiré par son auteur")
        words = len(_WORD.findall(b["text"]))
        return words >= 2 * _CARD_BODY_WORDS or (words >= _CARD_BODY_WORDS and b["text"].rstrip()[-1:] in ".!?…:;»)")

    title = " ".join(blocks[title_i]["text"].split())
    prose = [i for i, b in enumerate(blocks) if i != title_i and not chrome(b) and sentence(b)]
    body: list[int] = []
    if prose:
        paths = [blocks[i]["path"] for i in prose]
        common = paths[0]
        for path in paths[1:]:
            n = 0
            while n < min(len(common), len(path)) and common[n] == path[n]:
                n += 1
            common = common[:n]
        container = common[-1] if common else card
        if container != card and container not in blocks[title_i]["path"]:
            body = [i for i, b in enumerate(blocks) if i != title_i and container in b["path"] and not chrome(b)]
        else:  # no wrapper: from the first sentence to the last, and the list it opens or ends
            body = [i for i in range(prose[0], prose[-1] + 1)
                    if i != title_i and blocks[i]["kind"] != "heading" and not chrome(blocks[i])]
            previous, j = blocks[prose[-1]], prose[-1] + 1
            while j < len(blocks) and blocks[j]["kind"] == "list_item" and not chrome(blocks[j]) and (
                    previous["text"].rstrip().endswith(":")
                    or previous["kind"] == "list_item" and previous["path"] == blocks[j]["path"]):
                body.append(j)
                previous, j = blocks[j], j + 1
    kept = set(body) | {title_i}
    pieces: list[str] = []
    for i, b in enumerate(blocks):
        if i not in kept:
            pieces.extend(b["runs"])
    if any(_status_skipped(p) for p in pieces):
        return []
    number = next((p for p in pieces if _CARD_NUMBER.search(p) and len(p.split()) <= 6), "")
    if not number:
        m = _TITLE_LABEL.match(title)
        number = m.group(1) if m else ""
    lines = []
    for i in sorted(body):
        text = " ".join(blocks[i]["text"].replace(_BR, " ").split())
        if blocks[i]["kind"] == "list_item":
            marker, rest = split_marker(text)
            text = rest.strip() if marker else text
        if text:
            lines.append(text)
    body_text = "\n".join(lines)
    return [{"kind": "record", "text": title + ("\n" + body_text if body_text else ""), "depth": 0,
             "fields": {"id": " ".join(number.split()), "title": title, "body": body_text, "category": category}}]


# The words of a class that draw a link as a button (« button », « btn btn-primary », « bouton »)
_BUTTON_NAMES = frozenset(("button", "buttons", "btn", "bouton", "boutons"))


_INLINE_BLOCK = re.compile(r"(?:^|;)\s*display\s*:\s*inline-block\b")
_BACKGROUND = re.compile(r"(?:^|;)\s*background(?:-color)?\s*:\s*(?!none|transparent|inherit|initial)[#\w]")


def _button(attrs) -> bool:
    """True for the attributes of a link drawn as a button (its class, or ``role="button"``, or
    its inline style: a box with a background and padding, the « bulletproof » buttons of
    e-mail newsletters)."""
    values = dict(attrs)
    if (values.get("role") or "").lower() == "button":
        return True
    style = (values.get("style") or "").lower()
    if (_INLINE_BLOCK.search(style) and _BACKGROUND.search(style)
            and re.search(r"(?:^|;)\s*padding(?:-\w+)?\s*:\s*[1-9]", style)):
        return True
    return bool(_name_words(_Node("a", {"class": values.get("class") or ""}, 0, None)) & _BUTTON_NAMES)


# A bold lead-in opening with a typed number (« 10. Un site accessible à tous. »)
_NUMBERED_LEAD = re.compile(r"(\d{1,3})[.)]\s+(?=[^\W\d_])")
# a bullet typed at the start of a block (« • », « – », « ▪ », « ◦ », « - »…), not a dash of
# dialogue or of a signature (« — »)
_TYPED_BULLETS = frozenset("•◦○●▪▫■□►▸▹‣➢➤➔➜→⇒✓✔❖◆◇\uf0b7\uf0a7\uf0d8\uf076–-−")
_PLACED = re.compile(r"(?:^|;)\s*(?:position\s*:\s*(?:absolute|fixed)|display\s*:\s*block)\b", re.I)
_LENGTH = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(px|pt|r?em)?\s*$", re.I)
_UNIT_PX = {"px": 1.0, "pt": 4 / 3, "em": 16.0, "rem": 16.0, None: 1.0}


def _length(value: str) -> float | None:
    """A CSS length in pixels (« 16px », « 12pt », « 1.5em » read from a 16 px base)."""
    m = _LENGTH.match(value or "")
    return float(m.group(1)) * _UNIT_PX[(m.group(2) or "").lower() or None] if m else None


def _inline_style(tag: str, attrs) -> dict:
    """The font size (px), font weight (100-900), top and left (px) an element sets in its
    ``style`` attribute; <b> and <strong> are bold."""
    out: dict = {}
    if tag in _BOLD:
        out["weight"] = 700
    style = dict(attrs).get("style") or ""
    if ":" not in style:
        return out
    for declaration in style.split(";"):
        name, _, value = declaration.partition(":")
        name, value = name.strip().lower(), value.strip().lower().replace("!important", "").strip()
        if name == "font-size" and _length(value):
            out["size"] = round(_length(value), 1)
        elif name == "font-weight":
            out["weight"] = 700 if value in ("bold", "bolder") else (int(value) if value.isdigit() else 400)
        elif name in ("top", "left") and _length(value) is not None:
            out[name] = _length(value)
    return out


def _look(chunks: list[tuple]) -> dict:
    """The look of a block from the inline styles of its pieces of text: the size most of its
    characters have, whether most of them are bold, where its first piece is placed."""
    if not chunks:
        return {}
    sizes: dict[float, int] = {}
    bold = total = 0
    for n, size, weight, _, _ in chunks:
        total += n
        bold += n if (weight or 400) >= 600 else 0
        if size:
            sizes[size] = sizes.get(size, 0) + n
    look = {}
    if sizes:
        look["size"] = max(sizes, key=sizes.get)
    if bold * 3 >= total * 2:
        look["bold"] = True
    placed = next(((top, left) for _, _, _, top, left in chunks if top is not None and left is not None), None)
    if placed:
        look["top"], look["left"] = placed
    return look


_STYLED_HEADING_RATIO = 1.5  # a block this much larger than the body text is a heading
_STYLED_BOLD_RATIO = 1.2  # bold and this much larger
_STYLED_HEADING_WORDS = 20
_WRAP_INDENT = 60  # px: the second line of a positioned bullet starts at most this far right of it
_WRAP_DROP = 8  # body sizes: ... and at most this far below it


def styled_structure(blocks: list[dict]) -> list[dict]:
    """A page drawn with a design tool (every text in its own <div> with an inline style, no
    <hN>): a short text clearly larger than the body text (the size most of the page's
    characters have), « font-size » 1.5 times it or bold and 1.2 times it, is a heading, its
    level given by the rank of its size; a text with no letter (« 01 », a decorative number)
    never is. A bullet item typed in a <div> that goes on in the next positioned <div> (lower
    case, no bullet, a little to the right and just below) is one item."""
    sizes: dict[float, int] = {}
    for b in blocks:
        size = (b.get("look") or {}).get("size")
        if size and b["kind"] in ("paragraph", "list_item") and "table" not in b:
            sizes[size] = sizes.get(size, 0) + len(b["text"])
    out: list[dict] = []
    body = max(sizes, key=sizes.get) if len(sizes) >= 2 else None
    for b in blocks:
        look = b.get("look") or {}
        previous = out[-1] if out else None
        if previous is not None and previous.get("typed") and b["kind"] == "paragraph" and "table" not in b \
                and _wrapped(previous, b, body):
            out[-1] = {**previous, "text": previous["text"] + " " + b["text"]}
            continue
        size = look.get("size")
        if body and size and b["kind"] == "paragraph" and "table" not in b and _WORD.search(b["text"]) \
                and len(b["text"].split()) <= _STYLED_HEADING_WORDS \
                and not b["text"].rstrip().endswith((".", ",", ";")) \
                and (size >= body * _STYLED_HEADING_RATIO or (look.get("bold") and size >= body * _STYLED_BOLD_RATIO)):
            b = {**b, "kind": "heading", "depth": 0, "styled": True}
        out.append(b)
    ranks = sorted({b["look"]["size"] for b in out if b.get("styled")}, reverse=True)
    for b in out:
        if b.get("styled"):
            b["depth"] = min(ranks.index(b["look"]["size"]) + 1, 6)
    return out


def _wrapped(item: dict, block: dict, body: float | None) -> bool:
    """Whether ``block`` is the next line of the typed bullet ``item``: both are placed (inline
    « top » and « left »), it opens in lower case after an item that does not end a sentence, a
    little to its right (or aligned) and just below."""
    text = block["text"]
    if not text[:1].islower() or item["text"].rstrip().endswith((".", "!", "?", ";", ":")):
        return False
    a, b = item.get("look") or {}, block.get("look") or {}
    if "top" not in a or "top" not in b:
        return False
    drop = b["top"] - a["top"]
    return 0 <= b["left"] - a["left"] <= _WRAP_INDENT and 0 < drop <= _WRAP_DROP * (body or a.get("size") or 16)


class _Collector(HTMLParser):
    """Collects raw blocks: dicts with kind, text, depth and table position."""

    def __init__(self, main_only: bool = False, drop_boilerplate: bool = True,
                 cards: dict[int, int] | None = None, drops: set[int] | None = None,
                 wrappers: set[int] | None = None, calls: set[int] | None = None,
                 frames: set[int] | None = None, posts: set[int] | None = None,
                 targets: set[int] | None = None, titles: dict[int, str] | None = None,
                 opinions: bool = False, boxes: set[int] | None = None) -> None:
        super().__init__(convert_charrefs=True)
        self._opinions = opinions  # a petition or consultation page: its visitors' comments are text
        self._main_only = main_only  # the page has a <main>: what is outside it is furniture
        self._drop = drop_boilerplate
        self._cards = cards or {}  # ordinal of a card -> level of its heading
        self._drops = drops or set()  # ordinals of elements dropped with their content
        self._wrappers = wrappers or set()  # ordinals of links that wrap blocks
        self._calls = calls or set()  # ordinals of footnote calls (dropped inside their sentence)
        self._frames = frames or set()  # ordinals of one-cell tables and of their row and cell
        self._posts = posts or set()  # ordinals of the posts of a forum thread
        self._targets = targets or set()  # ordinals of containers a control opens (content)
        self._boxes = boxes or set()  # ordinals of the <aside> boxes of the main text that hold prose
        self._titles = titles or {}  # ordinal of such a container -> the title its control gives it
        self._title_levels: dict[int, int] = {}  # parent of such containers -> level of their titles
        self._buttons = 0  # open <button>s read as words (the title of an accordion item in its heading)
        self._toggle = False  # the heading being read is the title of a toggle (an accordion item)
        self._post: tuple[int, int] | None = None  # the post being read: (ordinal, its first block)
        self._post_count = 0
        self._ordinal = 0  # start tags seen so far (numbers the elements as _TreeBuilder does)
        self._open: list[tuple[str, bool, int]] = []  # open elements: (tag, starts a skipped zone, ordinal)
        self._content = 0  # depth inside <main>/<article>
        self.blocks: list[dict] = []
        self.title = ""
        self._buf: list[str] = []
        self._links: list[bool] = []  # per open <a>: is it a link (not a wrapper)?
        self._buf_links = 0  # links started in the text being collected
        self._unlinked: list[str] = []  # its text outside links
        self._runs: list[list] = []  # its text per innermost element: [ordinal, text]
        self._lead = 0  # its text so far: 0 nothing, 1 all in bold, 2 not (or the bold part ended)
        self._lead_end: int | None = None  # where in _buf the text after its opening bold part starts
        self._card: dict | None = None  # the card being collected
        self._skip = 0
        self._in_title = False
        self._heading = 0
        self._last_heading = 1  # level of the last <hN> (an accordion title goes one below)
        self._list_depth = 0
        self._li_open: list[bool] = []  # per open list: has it seen an <li>?
        self._numbering: list[list] = []  # per open list: [next number or None for <ul>, type]
        self._li_marker = ""  # the automatic number of the open <li> (given to its first block)
        self._mso_level = 0  # the level of a paragraph Word saved as a list item (0: none)
        self._in_li = 0
        self._li_said: list[bool] = []  # per open <li>: has its item been emitted already?
        self._tables: list[dict] = []  # stack of open tables
        self._table_count = 0
        self._styles: dict[int, dict] = {}  # ordinal of an element -> its inline font size, weight, position
        self._chunks: list[tuple] = []  # the text being collected: (characters, size, weight, top, left)
        self._ending = ""  # the block element whose end tag flushes the text
        self._placed: set[int] = set()  # ordinals of <span>s placed as blocks (position: absolute)

    # --- helpers
    def _flush(self) -> None:
        raw = "".join(self._buf)
        toggle, self._toggle = self._toggle, False
        lead = "".join(self._buf[:self._lead_end]) if self._lead_end is not None else ""
        self._lead, self._lead_end = 0, None
        extra = {"links": self._buf_links, "unlinked": " ".join("".join(self._unlinked).split()),
                 "runs": [" ".join(t.split()) for _, t in self._runs if t.strip()],
                 "path": tuple(o for _, _, o in self._open)}
        look = _look(self._chunks)
        if look:
            extra["look"] = look
        self._buf, self._buf_links, self._unlinked, self._runs, self._chunks = [], 0, [], [], []
        text = " ".join(raw.replace(_BR, " ").split())
        if not text:
            return
        table = self._tables[-1] if self._tables else None
        pos = {}
        if table is not None and table["in_cell"]:
            pos = {"table": table["index"], "row": table["row"], "col": table["col"]}
        pos.update(extra)
        lines = [" ".join(line.split()) for line in raw.split(_BR)]
        lines = [line for line in lines if line]
        if not self._heading and not self._in_li and sum(bool(split_marker(line)[0]) for line in lines) >= 2:
            # "• Créer un réseau<br>• Former les agents": a list written with line breaks
            depth = max(self._list_depth - 1, 0)
            for line in lines:
                kind = "list_item" if split_marker(line)[0] else "paragraph"
                self.blocks.append({"kind": kind, "text": line, "depth": depth if kind == "list_item" else 0, **pos})
            return
        if self._mso_level and not self._heading and not self._in_li:
            # a Word list paragraph: its typed bullet or number is the marker
            m = _MSO_MARKER.match(text)
            marker = ""
            if m:
                marker = m.group("m").strip("().°")
                marker = marker if marker[:1].isalnum() and marker not in ("o",) else "•"
                text = text[m.end():]
            self.blocks.append({"kind": "list_item", "text": text, "depth": self._mso_level - 1, "marker": marker, **pos})
            self._mso_level = 0
            return
        if self._heading:
            self.blocks.append({"kind": "heading", "text": text, "depth": self._heading, **pos,
                                **({"toggle": True} if toggle else {})})
        elif (self._in_li and self._li_said and self._li_said[-1] and self._drop and self._card is None
              and "table" not in pos and _download_link(extra["links"], extra["unlinked"], text)):
            return  # « Signaler » under a comment, « En savoir plus » under an item: a link, no text
        elif self._in_li and self._li_said and self._li_said[-1]:
            # a further paragraph of the same item (<li><strong>Titre</strong><p>Explication</p>):
            # it goes on the item, it is not an item of its own
            self.blocks.append({"kind": "paragraph", "text": text, "depth": 0,
                                "in_item": max(self._list_depth - 1, 0) + 1, **pos})
        elif self._in_li:
            self.blocks.append({"kind": "list_item", "text": text, "depth": max(self._list_depth - 1, 0),
                                "marker": self._li_marker, **pos})
            self._li_marker = ""
            if self._li_said:
                self._li_said[-1] = True
        elif self._list_depth and self._li_open and not self._li_open[-1]:
            # a list without <li>: split inline bullets
            parts = [p.strip() for p in _INLINE_BULLET.split(text) if p.strip()]
            for part in parts:
                self.blocks.append({"kind": "list_item", "text": part, "depth": self._list_depth - 1, **pos})
        elif self._drop and self._card is None and "table" not in pos and _link_bar(extra["links"], extra["unlinked"]):
            return  # "Partager : Facebook X Courriel": a bar of links
        elif self._drop and self._card is None and "table" not in pos and _download_link(extra["links"],
                                                                                         extra["unlinked"], text):
            return  # "Télécharger le plan d'actions (PDF, 2,3 Mo)": a link to a file
        elif self._drop and "table" not in pos and _COMMENTS_CONTROL.match(text):
            return  # « Afficher 12 commentaires sur 317 »: the label of a control of the page
        elif self._drop and "table" not in pos and _FEEDBACK_QUESTION.match(text):
            return  # « Cette page vous a-t-elle été utile ? »: the site's feedback widget
        elif self._card is None and "table" not in pos and not self._in_li and _link_question(
                extra["links"], extra["unlinked"], text):
            return  # "Identifiant perdu ?": a link's label
        else:
            lead = " ".join(lead.replace(_BR, " ").split())
            if (lead.endswith("?") and len(lead.split()) <= _LEAD_QUESTION_WORDS and "table" not in pos
                    and not self._in_li and _WORD.search(text[len(lead):])):
                text = text[len(lead):].strip()  # « Et après ? » opening its answer: a signpost
            if "table" not in pos and self._ending != "p" and self._post is None \
                    and split_marker(text)[0] in _TYPED_BULLETS:
                # « • Créer un jardin partagé » typed at the start of a <div> (a page drawn with a
                # design tool): a list item; not in a <p> nor in a forum post, where a typed dash
                # opens a remark written as prose (« - nos salles sont vétustes. Il faudrait … »)
                self.blocks.append({"kind": "list_item", "text": text, "depth": max(self._list_depth - 1, 0),
                                    "typed": True, **pos})
                return
            numbered = _NUMBERED_LEAD.match(lead) if "table" not in pos and not self._in_li else None
            if numbered and lead.endswith((".", ":")) and _WORD.search(text[len(lead):]):
                # « <p><strong>10. Un site accessible.</strong> Le site doit … </p> »: a numbered
                # item typed in a paragraph, its number and title in bold before its sentence
                self.blocks.append({"kind": "list_item", "text": text[numbered.end():], "depth": 0,
                                    "marker": numbered.group(1), **pos})
                return
            self.blocks.append({"kind": "paragraph", "text": text, "depth": 0, **pos})

    def _start_card(self, ordinal: int) -> None:
        self._flush()
        self._card = {"ordinal": ordinal, "level": self._cards[ordinal], "outer": self.blocks,
                      "path": tuple(o for _, _, o in self._open)}
        self.blocks = []

    def _end_card(self) -> None:
        self._flush()
        card, inner = self._card, self.blocks
        self._card, self.blocks = None, card["outer"]
        category = ""
        for block in reversed(self.blocks):  # the section heading above the cards
            if block["kind"] == "heading" and block["depth"] < card["level"]:
                category = block["text"] if block["depth"] > 1 else ""
                break
        self.blocks.extend({"path": card["path"], **b} for b in card_record(inner, card["ordinal"], category))

    def _end_post(self) -> None:
        """The message of a forum post ends: its signature typed after « -- » (a line of its own,
        and what follows it), or a last short paragraph opened by a dash (« — Jean, du
        bourg »), is no text of it; its first block tells that a new post (a new turn of the
        conversation) opens there."""
        self._flush()
        first, self._post = self._post[1], None
        message = self.blocks[first:]
        for i, block in enumerate(message):
            if block["kind"] == "paragraph" and _SIGNATURE_LINE.fullmatch(block["text"]):
                del self.blocks[first + i:]  # « -- » and the signature under it
                break
        last = self.blocks[-1] if len(self.blocks) > first else None
        before = self.blocks[-2] if len(self.blocks) > first + 1 else None
        if last is not None and last["kind"] == "paragraph" and _SIGNED.match(last["text"]) \
                and len(_WORD.findall(last["text"])) <= _SIGNATURE_WORDS \
                and not (before is not None and _SIGNED.match(before["text"])):  # not a list typed with dashes
            self.blocks.pop()
        if len(self.blocks) > first:
            self._post_count += 1
            self.blocks[first]["post"] = str(self._post_count)

    # --- parser callbacks
    def _boilerplate(self, tag: str, attrs) -> bool:
        if not self._drop:
            return False
        values = dict(attrs)
        role = (values.get("role") or "").lower()
        if tag in _BOILERPLATE or role in _BOILERPLATE_ROLES or "hidden" in values:
            return True
        tokens = [*(values.get("class") or "").split(), values.get("id") or ""]
        kept = self._opinions and tag != "a"  # the comments of a petition, not their « Répondre » links
        if any(_WIDGET.search(token) and not (kept and _COMMENTS.search(token)) for token in tokens):
            return True
        if kept and any(_COMMENT_META.search(token) for token in tokens):
            return True  # a kept comment's author and date: its text alone is read
        if _FOOTNOTE_ID.match(values.get("id") or ""):
            return True  # Word's footnotes
        return tag == "header" and not self._content

    def handle_starttag(self, tag, attrs):
        self._ordinal += 1
        ordinal = self._ordinal
        style = _inline_style(tag, attrs)
        if style:
            self._styles[ordinal] = style
        if tag == "button" and self._heading and not self._skip:
            # an accordion's title written in its button (« <h2><button class="accordion-button">
            # Action 1 – … </button></h2> »): the heading's words, no control
            self._buttons += 1
            self._toggle = True
            return
        if tag in _SKIP:
            self._skip += 1
            return
        if tag not in _VOID:
            # a footnote call ("…2027[1].") is dropped inside its sentence, which goes on
            call = ordinal in self._calls or (
                tag == "a" and self._drop and bool(_FOOTNOTE_REF.match(dict(attrs).get("href") or "")))
            # a link drawn as a button (« <a class="button">Répondre</a> », « Nouveau sujet »): a
            # control, dropped inside its line as a <button> is
            button = tag == "a" and self._drop and ordinal not in self._wrappers and _button(attrs)
            zone = not self._skip and (call or button or ordinal in self._drops
                                       or (self._boilerplate(tag, attrs) and ordinal not in self._targets
                                           and ordinal not in self._boxes))
            self._open.append((tag, zone, ordinal))
            if zone:
                if tag == "a":
                    self._links.append(False)  # popped with the element, like any <a>
                if not call and not button:
                    self._flush()  # page furniture ends the text before it
                self._skip += 1
                return
            if tag in _CONTENT or (dict(attrs).get("role") or "").lower() == "main" or ordinal in self._targets:
                self._content += 1  # a container a control opens is content, even outside <main>
            if ordinal in self._titles and self._titles[ordinal] and not self._skip:
                self._flush()  # the tab's label, the teaser card's title: the container's heading
                # (one level below the heading above the first of its sibling containers: the
                # panes of tabs are sections of one level)
                level = self._title_levels.setdefault(self._open[-2][2] if len(self._open) > 1 else 0,
                                                      min(self._last_heading + 1, 6))
                self.blocks.append({"kind": "heading", "text": self._titles[ordinal], "depth": level})
            if tag == "a":
                link = ordinal not in self._wrappers
                self._links.append(link)
                if link and not self._skip:
                    self._buf_links += 1
            if ordinal in self._cards and self._card is None and not self._skip:
                self._start_card(ordinal)
            if ordinal in self._posts and self._post is None and not self._skip:
                self._flush()
                self._post = (ordinal, len(self.blocks))
        if self._skip:
            return
        if tag == "title":
            self._in_title = True
            return
        if tag == "br":
            self._buf.append(_BR)
            return
        if tag in _HEADINGS:
            self._flush()
            self._heading = _HEADINGS[tag]
            self._last_heading = self._heading
        elif tag == "summary":
            # the title of an accordion (<details><summary>Thème 2 – …</summary>…): a section
            # heading one level below the heading above it
            self._flush()
            self._heading = min(self._last_heading + 1, 6)
            self._toggle = True
        elif tag in ("ul", "ol"):
            self._flush()
            self._list_depth += 1
            self._li_open.append(False)
            values = dict(attrs)
            start = values.get("start") or "1"
            number = int(start) if tag == "ol" and start.strip().isdigit() else (1 if tag == "ol" else None)
            self._numbering.append([number, values.get("type") or "1"])
        elif tag == "li":
            self._flush()
            if self._li_open:
                self._li_open[-1] = True
            self._li_marker = ""
            if self._numbering and self._numbering[-1][0] is not None:
                number, style = self._numbering[-1]
                self._li_marker = _ol_marker(number, style)
                self._numbering[-1][0] = number + 1
            self._in_li += 1
            self._li_said.append(False)
        elif ordinal in self._frames:
            self._flush()  # a frame: its cell is a division
        elif tag == "table":
            self._flush()
            self._tables.append({"index": self._table_count, "row": -1, "col": -1, "in_cell": False})
            self._table_count += 1
        elif tag == "tr" and self._tables:
            self._flush()
            self._tables[-1]["row"] += 1
            self._tables[-1]["col"] = -1
        elif tag in ("td", "th") and self._tables:
            self._flush()
            table = self._tables[-1]
            table["col"] += 1
            table["in_cell"] = True
        elif tag == "span" and _PLACED.search(dict(attrs).get("style") or ""):
            self._flush()  # a <span> a design tool placed on the page: a block of its own
            self._placed.add(ordinal)
        elif tag in _BLOCK:
            self._flush()
            values = dict(attrs)
            level = _MSO_LEVEL.search(values.get("style") or "")
            if tag == "p" and (level or (values.get("class") or "").startswith("MsoList")):
                self._mso_level = int(level.group(1)) if level else 1
            # a paragraph after a list written without <li> and never closed ends that list
            while tag == "p" and self._li_open and not self._li_open[-1] and not self._in_li:
                self._li_open.pop()
                if self._numbering:
                    self._numbering.pop()
                self._list_depth = max(self._list_depth - 1, 0)

    def handle_endtag(self, tag):
        if tag == "button" and self._buttons and not self._skip:
            self._buttons -= 1
            return
        if tag in _SKIP:
            self._skip = max(self._skip - 1, 0)
            return
        closed = None
        if tag not in _VOID and any(t == tag for t, _, _ in self._open):
            # close the innermost open element of that name (and any left unclosed inside it)
            while self._open:
                open_tag, zone, ordinal = self._open.pop()
                if zone:
                    self._skip = max(self._skip - 1, 0)
                if open_tag == "a" and self._links:
                    self._links.pop()
                if ordinal in self._targets:
                    self._content = max(self._content - 1, 0)
                if self._card is not None and ordinal == self._card["ordinal"]:
                    self._end_card()
                if self._post is not None and ordinal == self._post[0]:
                    self._end_post()
                if open_tag == tag:
                    closed = ordinal
                    break
            if tag in _CONTENT:
                self._content = max(self._content - 1, 0)
            if zone:
                return
        if self._skip:
            return
        if tag == "title":
            self._in_title = False
            return
        if tag == "summary" and _MORE.fullmatch(" ".join("".join(self._buf).replace(_BR, " ").split())):
            # « En savoir plus » opening the details of an item: no title; what it shows goes on
            # the item (its description)
            self._buf, self._buf_links, self._unlinked, self._runs, self._chunks = [], 0, [], [], []
            self._lead, self._lead_end = 0, None
            self._heading = 0
        elif tag in _HEADINGS or tag == "summary":
            self._flush()
            self._heading = 0
        elif tag in ("ul", "ol"):
            self._flush()
            self._list_depth = max(self._list_depth - 1, 0)
            if self._li_open:
                self._li_open.pop()
            if self._numbering:
                self._numbering.pop()
        elif tag == "li":
            self._flush()
            self._in_li = max(self._in_li - 1, 0)
            if self._li_said:
                self._li_said.pop()
        elif closed in self._frames:
            self._flush()
        elif tag == "table":
            self._flush()
            if self._tables:
                self._tables.pop()
        elif tag in ("td", "th") and self._tables:
            self._flush()
            self._tables[-1]["in_cell"] = False
        elif tag in _BLOCK or closed in self._placed:
            self._ending = tag
            self._flush()
            self._ending = ""

    def handle_startendtag(self, tag, attrs):
        self._ordinal += 1
        if tag == "br" and not self._skip:
            self._buf.append(_BR)

    def handle_data(self, data):
        if self._skip or (self._main_only and not self._content):
            return
        if self._in_title:
            self.title += data
            return
        if self._heading and not "".join(self._buf).strip() and any(t == "summary" for t, _, _ in self._open):
            # the icon of a toggle (« ▸ Détail de l'action », Notion's export) is no word of its title
            data = _TOGGLE_ICON.sub("", data)
        if self._lead < 2 and data.strip():
            bold = any(t in _BOLD for t, _, _ in self._open)
            if self._lead == 0:
                self._lead = 1 if bold else 2
            elif not bold:
                self._lead, self._lead_end = 2, len(self._buf)
        self._buf.append(data)
        if self._styles and data.strip():
            look = {}
            for _, _, o in reversed(self._open):  # the innermost element that sets each property
                for key, value in self._styles.get(o, {}).items():
                    look.setdefault(key, value)
            self._chunks.append((len(data.strip()), look.get("size"), look.get("weight"), look.get("top"),
                                 look.get("left")))
        if not any(self._links):
            self._unlinked.append(data)
        ordinal = self._open[-1][2] if self._open else 0
        if self._runs and self._runs[-1][0] == ordinal:
            self._runs[-1][1] += data
        else:
            self._runs.append([ordinal, data])

    def close(self):
        super().close()
        self._flush()
        if self._card is not None:
            self._end_card()


def _ol_marker(number: int, style: str) -> str:
    """The number an ordered list shows for its item ("3", "c", "C"; roman types as digits)."""
    if style in ("a", "A") and 1 <= number <= 26:
        letter = chr(ord("a") + number - 1)
        return letter.upper() if style == "A" else letter
    return str(number)


_TEMPLATE = re.compile(r"<template\b[^>]*?\bid\s*=\s*[\"']?([^\"'\s>]+)[^>]*>(.*?)</template\s*>", re.I | re.S)


def _fill_templates(html: str) -> str:
    """An empty element that names a <template> of the page (« <div data-template="t3"></div> »)
    shows it once a script runs: its content is read there (a <template> is never read where
    it stands)."""
    templates = {m.group(1): m.group(2) for m in _TEMPLATE.finditer(html)}
    if not templates:
        return html

    def fill(m: re.Match) -> str:
        content = templates.get(m.group(3))
        return m.group(1) + content + m.group(4) if content is not None else m.group(0)

    return re.sub(r"(<(\w+)\b[^>]*?\bdata-template\s*=\s*[\"']?([^\"'\s>]+)[\"']?[^>]*>)\s*(</\2\s*>)", fill, html,
                  flags=re.I)


def _collects_opinions(root: _Node, title: str) -> bool:
    """Whether a page collects its visitors' opinions: its ``title`` or first <h1> names a
    petition or a public consultation, or its text counts signatories (« 1 200 signataires »).
    There the comments are where people add their own demands, unlike the comments of a blog
    post or a news article."""
    heading = next((n.text() for n in root.walk() if n.tag == "h1"), "")
    if _OPINIONS_TITLE.search(title) or _OPINIONS_TITLE.search(heading):
        return True
    return bool(_SIGNATORIES.search(root.text()))


def _page_title(html: str) -> str:
    """The text of a page's <title> (in its <head>, which the element tree leaves out)."""
    m = re.search(r"<title\b[^>]*>(.*?)</title\s*>", html, re.I | re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", m.group(1))).split()) if m else ""


def _collect(html: str, page: bool = False) -> _Collector:
    """Raw blocks of ``html``; for a whole ``page``, navigation, headers, footers and side
    boxes are dropped, and so is what lies outside its <main> when it has one (unless that
    leaves no text at all)."""
    if page:
        html = _fill_templates(html)
    main_only = page and bool(re.search(r"<main\b|\brole\s*=\s*[\"']?main\b", html, re.I))
    cards: dict[int, int] = {}
    drops: set[int] = set()
    posts: set[int] = set()
    wrappers: set[int] = set()
    calls: set[int] = set()
    frames: set[int] = set()
    copies: set[int] = set()
    targets: set[int] = set()
    titles: dict[int, str] = {}
    consent: set[int] = set()
    boxes: set[int] = set()
    if page:  # cards and furniture are found on the element tree first
        tree = _TreeBuilder()
        tree.feed(html)
        tree.close()
        posts, drops = find_threads(tree.root)
        cards, wrappers = find_cards(tree.root, posts), _wrapping_links(tree.root)
        drops |= find_furniture(tree.root)
        drops |= find_named_furniture(tree.root)
        consent = {n.ordinal for n in tree.root.walk()
                   if n.tag not in ("html", "body", "#root") and _name_words(n) & _NAMED_CONSENT}
        calls, notes = find_footnotes(tree.root)
        drops |= notes
        frames = find_frames(tree.root)
        boxes = find_text_boxes(tree.root)
        targets, titles, teasers = find_disclosures(tree.root, cards)
        drops = (drops - targets) | teasers
        copies = targets | {n.ordinal for n in tree.root.walk() if _hidden_style(n)}
    parser = _Collector(main_only=main_only, drop_boilerplate=page, cards=cards, drops=drops, wrappers=wrappers,
                        calls=calls, frames=frames, posts=posts, targets=targets, titles=titles,
                        opinions=page and _collects_opinions(tree.root, _page_title(html)), boxes=boxes)
    parser.feed(html)
    parser.close()
    if page and copies:
        # the same text twice in a page, the second time in a hidden or disclosed container (the
        # mobile copy of a desktop layout, a modal repeating an accordion): read once
        seen: set[str] = set()
        kept = []
        for block in parser.blocks:
            if block.get("kind") in ("heading", "paragraph", "list_item", "record") and block["text"] in seen \
                    and copies.intersection(block.get("path") or ()):
                continue
            seen.add(block["text"])
            kept.append(block)
        parser.blocks = kept
    if page:
        # the footer of an e-mail newsletter (who sends it, why you get it, its postal address,
        # « Se désinscrire »): a block linking to the unsubscribe page is the mailing's furniture
        parser.blocks = [b for b in parser.blocks if not (b.get("links") and _UNSUBSCRIBE.search(b["text"]))]
    if page and frames:
        parser.blocks = _badged_rows(parser.blocks, {n.ordinal for n in tree.root.walk() if n.tag == "tr"} & frames)
    if page and not re.search(r"<h[1-6]\b", html, re.I):
        parser.blocks = styled_structure(parser.blocks)  # a page of styled <div>s: its headings by their size
    if page and not any(b["text"].strip() for b in parser.blocks):
        # everything was furniture: read the page whole, but for its cookie banner
        parser = _Collector(drop_boilerplate=False, cards=cards, wrappers=wrappers, drops=consent)
        parser.feed(html)
        parser.close()
    return parser


_UNSUBSCRIBE = re.compile(r"\b(?:(?:se\s+)?d[ée]sinscri(?:re|vez|ption)|(?:se\s+)?d[ée]sabonn(?:er|ez|ement)"
                          r"|unsubscribe)\b", re.I)
_BADGE = re.compile(r"\d{1,3}[.)]?")


def _badged_rows(blocks: list[dict], rows: set[int]) -> list[dict]:
    """A row of a layout table whose cell holds only a number (the round badge of an e-mail
    newsletter, « 4 ») before the cell of the text: a numbered item, the number its marker."""
    out: list[dict] = []
    for b in blocks:
        previous = out[-1] if out else None
        if (previous is not None and previous["kind"] == "paragraph" and b["kind"] == "paragraph"
                and _BADGE.fullmatch(previous["text"]) and _WORD.match(b["text"])
                and rows.intersection(previous.get("path") or ()) & set(b.get("path") or ())):
            out[-1] = {**b, "kind": "list_item", "depth": 0, "marker": previous["text"].rstrip(".)")}
            continue
        out.append(b)
    return out


def _clean(text: str) -> str:
    return " ".join(clean_text(text).split())


def _clean_lines(text: str) -> str:
    return "\n".join(_clean(line) for line in text.split("\n"))


def fragment_blocks(html: str) -> list[tuple[str, str, int]]:
    """(kind, text, depth) of an HTML fragment: kind "paragraph" or "list_item".

    >>> fragment_blocks('<p>Objectifs :</p> <ul> ○ Créer un lien ○ Soutenir</ul>')
    [('paragraph', 'Objectifs :', 0), ('list_item', 'Créer un lien', 0), ('list_item', 'Soutenir', 0)]
    """
    out = []
    for block in _collect(html).blocks:
        text = _clean(block["text"])
        if not text:
            continue
        kind = "list_item" if block["kind"] == "list_item" else "paragraph"
        if kind == "list_item":
            marker, rest = split_marker(text)
            if marker and rest.strip():
                text = rest.strip()
        out.append((kind, text, block["depth"]))
    return out


def looks_like_html(text: str) -> bool:
    """True when ``text`` holds HTML tags (used for table cells of text files)."""
    return bool(re.search(r"</?(p|ul|ol|li|br|div|span|strong|em|b|i|a|table|tr|td)\b[^>]*>", text, re.I))


def read(path: Path, settings: Settings = Settings()) -> Extracted:
    """Blocks of an HTML document (headings, paragraphs, list items, table cells)."""
    path = Path(path)
    raw = path.read_bytes()
    if not raw.strip():
        raise InputError("le fichier est vide : rien à extraire.", path=path)
    if b"\x00" in raw[:8192]:
        raise InputError("ce fichier n'est pas du HTML (contenu binaire) : vérifiez son extension.", path=path)
    match = re.search(rb"charset=[\"']?([\w-]+)", raw[:4096], re.I)
    encodings = [match.group(1).decode("ascii", "ignore")] if match else []
    html = None
    for enc in encodings + ["utf-8-sig", "cp1252", "latin-1"]:
        try:
            html = raw.decode(enc)
            break
        except (LookupError, UnicodeDecodeError):
            continue
    if is_pdf2htmlex(html):  # a PDF converted by pdf2htmlEX: one placed <div> per printed line
        return read_pdf2htmlex(html, title=" ".join(_page_title(html).split()))
    collector = _collect(html, page=True)
    builder = TextBuilder()
    headers: dict[tuple[int, int], str] = {}
    for block in collector.blocks:
        text = _clean(block["text"])
        if not text:
            continue
        # the first block of a forum post: a new turn of the conversation (see find_threads)
        post = {"post": block["post"]} if "post" in block else None
        if "table" in block:
            key = (block["table"], block["col"])
            if block["row"] == 0:
                headers[key] = (headers.get(key, "") + " " + text).strip()
                builder.add("table_cell", text, table=block["table"], row=0, col=block["col"], header=text)
                continue
            kind = "list_item" if block["kind"] == "list_item" else "table_cell"
            marker = ""
            if kind == "list_item":
                marker, rest = split_marker(text)
                text = rest.strip() if marker else text
            builder.add(kind, text, level=block["depth"], marker=marker, table=block["table"],
                        row=block["row"], col=block["col"], header=headers.get(key, ""), fields=post)
        elif block["kind"] == "record":
            builder.add("record", _clean_lines(block["text"]),
                        fields={key: _clean_lines(value) for key, value in block["fields"].items()})
        elif block["kind"] == "heading":
            # (the title of a toggle, an accordion item over its collapsed panel, says so)
            toggled = {"toggle": "1"} if block.get("toggle") else {}
            builder.add("heading", text, level=block["depth"], fields={**(post or {}), **toggled} or None)
        elif block["kind"] == "list_item":
            marker, rest = split_marker(text)
            builder.add("list_item", rest.strip() if marker else text, level=block["depth"],
                        marker=marker or block.get("marker", ""), fields=post)
        else:
            # level 0, or for a further paragraph of a list item, 1 + the item's depth
            builder.add("paragraph", text, level=block.get("in_item", 0), fields=post)
    if not builder.blocks:
        raise InputError("aucun texte trouvé dans ce fichier HTML.", path=path)
    title = " ".join(collector.title.split())
    if not title:
        title = next((b.text for b in builder.blocks if b.kind == "heading"), "")
    named = _petition_title(_page_title(html))
    if named and not _OPINIONS_TITLE.search(title):
        # a petition whose heading gives only its cause (« Pour un abri au stade ») and whose page
        # title says what it is (« Pétition : Pour un abri au stade - Site »): that title
        title = named
    return builder.build(title=title)


# A control over a page's comments (« Afficher 12 commentaires sur 317 », « Voir les 40 réponses »,
# « Masquer les commentaires »): no text of the page
# A web page asking its reader whether it helped (« Cette page vous a-t-elle été utile ? », « Cet article
# vous a-t-il été utile ? », « Avez-vous trouvé ce que vous cherchiez ? »): the site's feedback widget
_FEEDBACK_QUESTION = re.compile(
    r"^\W*(?:(?:cette|la)\s+(?:page|information|r[ée]ponse|fiche)\s+(?:vous\s+)?a[-\s]t[-\s]elle"
    r"|(?:cet|ce|l['’])\s*(?:article|contenu|service)\s+(?:vous\s+)?a[-\s]t[-\s]il)\s+[ée]t[ée]\s+utile\s*\?"
    r"|^\W*avez[-\s]vous\s+trouv[ée]\s+(?:ce\s+que\s+vous\s+cherchiez|l['’]\s*information\s+recherch[ée]e)\s*\?",
    re.I,
)
_COMMENTS_CONTROL = re.compile(
    r"^\W*(?:afficher|voir|masquer|charger|lire|d[ée]plier|replier)\s+(?:les\s+|plus\s+de\s+|tous\s+les\s+)?"
    r"(?:\d[\d\s\u00a0\u202f]*\s+)?(?:autres\s+)?(?:commentaires?|r[ée]ponses?|avis|messages?|signatures?)\b"
    r"(?:\s+(?:sur|de)\s+\d[\d\s\u00a0\u202f]*)?\W*$",
    re.I,
)


# What follows a page's title: the site's name after a dash or a bar (« … - Agir Ensemble »)
_SITE_SUFFIX = re.compile(r"\s+[-|–—·]\s+[^-|–—·]{1,60}$")


def _petition_title(page_title: str) -> str:
    """A page title that names a petition or a consultation (see _OPINIONS_TITLE), without the
    site's name after it; "" for any other."""
    if not _OPINIONS_TITLE.search(page_title):
        return ""
    short = _SITE_SUFFIX.sub("", page_title)
    return short if _OPINIONS_TITLE.search(short) else page_title
