"""HTML reader (.html, .htm) and HTML fragments found inside text (table cells).

Built on the standard library's :mod:`html.parser`: headings h1-h6, paragraphs, lists with
their depth (ordered lists give their numbers as markers) and tables (first row = header)
become blocks; lines separated by ``<br>`` that start with bullets are list items;
``script``/``style`` are dropped, and so is the page furniture of a whole page (nav, aside,
footer, the page header, hidden elements, what lies outside <main>); entities are decoded;
no tag ever leaks into the text.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from ..clean import clean_text, split_marker
from ..errors import InputError
from ..settings import Settings
from .base import Extracted, TextBuilder

_SKIP = {"script", "style", "noscript", "template", "svg", "head"}
# Page furniture dropped with everything inside: navigation, side boxes, page footers, and the
# page header (a <header> outside the page's <main> or <article>, which may hold its title).
_BOILERPLATE = {"nav", "aside", "footer", "menu"}
_BOILERPLATE_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search"}
_CONTENT = {"main", "article"}
_BLOCK = {"p", "div", "section", "article", "header", "footer", "main", "aside", "blockquote",
          "pre", "figure", "figcaption", "dd", "dt", "address", "nav", "form", "caption"}
_HEADINGS = {f"h{i}": i for i in range(1, 7)}
_BR = "\x00"  # a <br> in the text being collected (a space unless it separates list lines)
_VOID = {"br", "hr", "img", "meta", "link", "input", "col", "area", "base", "wbr", "source"}

# Inline bullets inside a list that has no <li> ("<ul> ○ a ○ b", "<ul> - a - b"): a bullet
# or a dash followed by a space, at the start or after white space / a word.
_INLINE_BULLET = re.compile(r"(?:^|(?<=\s)|(?<=[^\W\d_]))[○•◦▪●–-]\s+")


class _Collector(HTMLParser):
    """Collects raw blocks: dicts with kind, text, depth and table position."""

    def __init__(self, main_only: bool = False, drop_boilerplate: bool = True) -> None:
        super().__init__(convert_charrefs=True)
        self._main_only = main_only  # the page has a <main>: what is outside it is furniture
        self._drop = drop_boilerplate
        self._open: list[tuple[str, bool]] = []  # open elements: (tag, starts a skipped zone)
        self._content = 0  # depth inside <main>/<article>
        self.blocks: list[dict] = []
        self.title = ""
        self._buf: list[str] = []
        self._skip = 0
        self._in_title = False
        self._heading = 0
        self._list_depth = 0
        self._li_open: list[bool] = []  # per open list: has it seen an <li>?
        self._numbering: list[list] = []  # per open list: [next number or None for <ul>, type]
        self._li_marker = ""  # the automatic number of the open <li> (given to its first block)
        self._in_li = 0
        self._tables: list[dict] = []  # stack of open tables
        self._table_count = 0

    # --- helpers
    def _flush(self) -> None:
        raw = "".join(self._buf)
        self._buf = []
        text = " ".join(raw.replace(_BR, " ").split())
        if not text:
            return
        table = self._tables[-1] if self._tables else None
        pos = {}
        if table is not None and table["in_cell"]:
            pos = {"table": table["index"], "row": table["row"], "col": table["col"]}
        lines = [" ".join(line.split()) for line in raw.split(_BR)]
        lines = [line for line in lines if line]
        if not self._heading and not self._in_li and sum(bool(split_marker(line)[0]) for line in lines) >= 2:
            # "• Créer un réseau<br>• Former les agents": a list written with line breaks
            depth = max(self._list_depth - 1, 0)
            for line in lines:
                kind = "list_item" if split_marker(line)[0] else "paragraph"
                self.blocks.append({"kind": kind, "text": line, "depth": depth if kind == "list_item" else 0, **pos})
            return
        if self._heading:
            self.blocks.append({"kind": "heading", "text": text, "depth": self._heading, **pos})
        elif self._in_li:
            self.blocks.append({"kind": "list_item", "text": text, "depth": max(self._list_depth - 1, 0),
                                "marker": self._li_marker, **pos})
            self._li_marker = ""
        elif self._list_depth and self._li_open and not self._li_open[-1]:
            # a list without <li>: split inline bullets
            parts = [p.strip() for p in _INLINE_BULLET.split(text) if p.strip()]
            for part in parts:
                self.blocks.append({"kind": "list_item", "text": part, "depth": self._list_depth - 1, **pos})
        else:
            self.blocks.append({"kind": "paragraph", "text": text, "depth": 0, **pos})

    # --- parser callbacks
    def _boilerplate(self, tag: str, attrs) -> bool:
        if not self._drop:
            return False
        values = dict(attrs)
        role = (values.get("role") or "").lower()
        if tag in _BOILERPLATE or role in _BOILERPLATE_ROLES or "hidden" in values:
            return True
        return tag == "header" and not self._content

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self._skip += 1
            return
        if tag not in _VOID:
            zone = not self._skip and self._boilerplate(tag, attrs)
            self._open.append((tag, zone))
            if zone:
                self._flush()
                self._skip += 1
                return
            if tag in _CONTENT or (dict(attrs).get("role") or "").lower() == "main":
                self._content += 1
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
        elif tag in _BLOCK:
            self._flush()
            # a paragraph after a list written without <li> and never closed ends that list
            while tag == "p" and self._li_open and not self._li_open[-1] and not self._in_li:
                self._li_open.pop()
                if self._numbering:
                    self._numbering.pop()
                self._list_depth = max(self._list_depth - 1, 0)

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self._skip = max(self._skip - 1, 0)
            return
        if tag not in _VOID and any(t == tag for t, _ in self._open):
            # close the innermost open element of that name (and any left unclosed inside it)
            while self._open:
                open_tag, zone = self._open.pop()
                if zone:
                    self._skip = max(self._skip - 1, 0)
                if open_tag == tag:
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
        if tag in _HEADINGS:
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
        elif tag == "table":
            self._flush()
            if self._tables:
                self._tables.pop()
        elif tag in ("td", "th") and self._tables:
            self._flush()
            self._tables[-1]["in_cell"] = False
        elif tag in _BLOCK:
            self._flush()

    def handle_startendtag(self, tag, attrs):
        if tag == "br" and not self._skip:
            self._buf.append(_BR)

    def handle_data(self, data):
        if self._skip or (self._main_only and not self._content):
            return
        if self._in_title:
            self.title += data
            return
        self._buf.append(data)

    def close(self):
        super().close()
        self._flush()


def _ol_marker(number: int, style: str) -> str:
    """The number an ordered list shows for its item ("3", "c", "C"; roman types as digits)."""
    if style in ("a", "A") and 1 <= number <= 26:
        letter = chr(ord("a") + number - 1)
        return letter.upper() if style == "A" else letter
    return str(number)


def _collect(html: str, page: bool = False) -> _Collector:
    """Raw blocks of ``html``; for a whole ``page``, navigation, headers, footers and side
    boxes are dropped, and so is what lies outside its <main> when it has one (unless that
    leaves no text at all)."""
    main_only = page and bool(re.search(r"<main\b|\brole\s*=\s*[\"']?main\b", html, re.I))
    parser = _Collector(main_only=main_only, drop_boilerplate=page)
    parser.feed(html)
    parser.close()
    if page and not any(b["text"].strip() for b in parser.blocks):
        parser = _Collector(drop_boilerplate=False)
        parser.feed(html)
        parser.close()
    return parser


def _clean(text: str) -> str:
    return " ".join(clean_text(text).split())


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
    collector = _collect(html, page=True)
    builder = TextBuilder()
    headers: dict[tuple[int, int], str] = {}
    for block in collector.blocks:
        text = _clean(block["text"])
        if not text:
            continue
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
                        row=block["row"], col=block["col"], header=headers.get(key, ""))
        elif block["kind"] == "heading":
            builder.add("heading", text, level=block["depth"])
        elif block["kind"] == "list_item":
            marker, rest = split_marker(text)
            builder.add("list_item", rest.strip() if marker else text, level=block["depth"],
                        marker=marker or block.get("marker", ""))
        else:
            builder.add("paragraph", text)
    if not builder.blocks:
        raise InputError("aucun texte trouvé dans ce fichier HTML.", path=path)
    title = " ".join(collector.title.split())
    if not title:
        title = next((b.text for b in builder.blocks if b.kind == "heading"), "")
    return builder.build(title=title)
