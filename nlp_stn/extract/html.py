"""HTML reader (.html, .htm) and HTML fragments found inside text (table cells).

Built on the standard library's :mod:`html.parser`: headings h1-h6, paragraphs, lists with
their depth and tables (first row = header) become blocks; ``script``/``style`` are dropped;
entities are decoded; no tag ever leaks into the text.
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
_BLOCK = {"p", "div", "section", "article", "header", "footer", "main", "aside", "blockquote",
          "pre", "figure", "figcaption", "dd", "dt", "address", "nav", "form", "caption"}
_HEADINGS = {f"h{i}": i for i in range(1, 7)}
_VOID = {"br", "hr", "img", "meta", "link", "input", "col", "area", "base", "wbr", "source"}

# Inline bullets inside a list that has no <li> ("<ul> ○ a ○ b", "<ul> - a - b"): a bullet
# or a dash followed by a space, at the start or after white space / a word.
_INLINE_BULLET = re.compile(r"(?:^|(?<=\s)|(?<=[^\W\d_]))[○•◦▪●–-]\s+")


class _Collector(HTMLParser):
    """Collects raw blocks: dicts with kind, text, depth and table position."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[dict] = []
        self.title = ""
        self._buf: list[str] = []
        self._skip = 0
        self._in_title = False
        self._heading = 0
        self._list_depth = 0
        self._li_open: list[bool] = []  # per open list: has it seen an <li>?
        self._in_li = 0
        self._tables: list[dict] = []  # stack of open tables
        self._table_count = 0

    # --- helpers
    def _flush(self) -> None:
        text = "".join(self._buf)
        self._buf = []
        text = " ".join(text.split())
        if not text:
            return
        table = self._tables[-1] if self._tables else None
        pos = {}
        if table is not None and table["in_cell"]:
            pos = {"table": table["index"], "row": table["row"], "col": table["col"]}
        if self._heading:
            self.blocks.append({"kind": "heading", "text": text, "depth": self._heading, **pos})
        elif self._in_li:
            self.blocks.append({"kind": "list_item", "text": text, "depth": max(self._list_depth - 1, 0), **pos})
        elif self._list_depth and self._li_open and not self._li_open[-1]:
            # a list without <li>: split inline bullets
            parts = [p.strip() for p in _INLINE_BULLET.split(text) if p.strip()]
            for part in parts:
                self.blocks.append({"kind": "list_item", "text": part, "depth": self._list_depth - 1, **pos})
        else:
            self.blocks.append({"kind": "paragraph", "text": text, "depth": 0, **pos})

    # --- parser callbacks
    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self._skip += 1
            return
        if self._skip:
            return
        if tag == "title":
            self._in_title = True
            return
        if tag == "br":
            self._buf.append(" ")
            return
        if tag in _HEADINGS:
            self._flush()
            self._heading = _HEADINGS[tag]
        elif tag in ("ul", "ol"):
            self._flush()
            self._list_depth += 1
            self._li_open.append(False)
        elif tag == "li":
            self._flush()
            if self._li_open:
                self._li_open[-1] = True
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
                self._list_depth = max(self._list_depth - 1, 0)

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self._skip = max(self._skip - 1, 0)
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
            self._buf.append(" ")

    def handle_data(self, data):
        if self._skip:
            return
        if self._in_title:
            self.title += data
            return
        self._buf.append(data)

    def close(self):
        super().close()
        self._flush()


def _collect(html: str) -> _Collector:
    parser = _Collector()
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
    collector = _collect(html)
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
            builder.add("list_item", rest.strip() if marker else text, level=block["depth"], marker=marker)
        else:
            builder.add("paragraph", text)
    if not builder.blocks:
        raise InputError("aucun texte trouvé dans ce fichier HTML.", path=path)
    title = " ".join(collector.title.split())
    if not title:
        title = next((b.text for b in builder.blocks if b.kind == "heading"), "")
    return builder.build(title=title)
