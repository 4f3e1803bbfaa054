"""HTML converted from a PDF by pdf2htmlEX, read as the PDF it was made from.

pdf2htmlEX draws every printed line as its own absolutely positioned ``<div class="t …">``
inside one ``<div class="pf …">`` per page; the line's place and size are not in the tag but in
short CSS classes of the page's <style> block: ``.x3{left:102px}``, ``.y1a{bottom:851px}``,
``.fs1{font-size:44px}``, ``.m0{transform:matrix(0.25,0,0,0.25,0,0)}`` (the scale of the
drawn text), ``.h0{height:1122px}`` for the page; ``<span class="_ _3"></span>`` is a gap
(a kerning inside a word, or a space when it is wide and empty). Read as HTML, each line would
be a paragraph, cut in mid-sentence. Here the lines are given back their place and size
(:class:`nlp_stn.extract.pdf.Line`) and go through the PDF reader's steps: running headers,
footers and page numbers dropped, lines grouped into headings, list items and paragraphs,
words hyphenated at line ends joined (see :mod:`nlp_stn.extract.pdf`). A bullet drawn in a
<div> of its own on the line's baseline opens that line; pieces of one line cut into several
<div>s on one baseline are one line.
"""
from __future__ import annotations

import math
import re
from html import unescape
from html.parser import HTMLParser

from .base import Extracted
from .pdf import Line, build, drop_running_lines, drop_table_of_contents

# A class rule of the style block: « .y1a{bottom:851.000000px;} »; the first one of a class
# wins (the « @media print » block repeats them in points)
_RULE = re.compile(r"\.([A-Za-z_][\w-]*)\s*\{([^{}]*)\}")
_PROPERTY = re.compile(r"([a-z-]+)\s*:\s*([^;]+)")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
# an empty gap span at least this share of the font size wide stands for a space
SPACE_GAP = 0.2
# average width of a character, in font sizes (pdf2htmlEX does not give a line's width)
CHAR_WIDTH = 0.5
# two <div>s whose baselines are this close (in font sizes) are on one printed line
SAME_BASELINE = 0.3
_BULLET_ONLY = re.compile(r"^[•◦○●▪▫■□►▸▹‣➢➤➔➜→⇒✓✔❖◆◇\uf0b7\uf0a7\uf0d8\uf076–-]$")


def is_pdf2htmlex(html: str) -> bool:
    """Whether a page is pdf2htmlEX's output: its page container holding « pf » page <div>s and
    « t » line <div>s (the generator's meta tag may have been removed)."""
    return bool(re.search(r"""id=["']page-container["']""", html)
                and re.search(r"""<div[^>]+class=["']pf\b""", html)
                and re.search(r"""<div[^>]+class=["']t\b""", html))


def class_rules(html: str) -> dict[str, dict[str, str]]:
    """The declarations of every class rule of the page's <style> blocks, by class name (the
    first rule of a class only)."""
    rules: dict[str, dict[str, str]] = {}
    for style in re.findall(r"<style[^>]*>(.*?)</style>", html, re.S | re.I):
        style = re.sub(r"/\*.*?\*/", "", style, flags=re.S)
        for name, body in _RULE.findall(style):
            if name not in rules:
                rules[name] = {k.strip().lower(): v.strip() for k, v in _PROPERTY.findall(body)}
    return rules


def _length(rules: dict, name: str, prop: str) -> float | None:
    """A length (px) a class sets, or None."""
    value = rules.get(name, {}).get(prop, "")
    m = _NUMBER.search(value)
    return float(m.group()) if m else None


def _scale(rules: dict, name: str) -> float:
    """The scale of a transform class (« matrix(a,b,c,d,…) »: the square root of |ad - bc|), 1
    without one."""
    value = rules.get(name, {}).get("transform", "")
    m = re.search(r"matrix\(([^)]*)\)", value)
    if not m:
        return 1.0
    a, b, c, d = (float(x) for x in _NUMBER.findall(m.group(1))[:4])
    return math.sqrt(abs(a * d - b * c)) or 1.0


class _Lines(HTMLParser):
    """The line <div>s of each page: (classes, text) in document order."""

    def __init__(self, rules: dict) -> None:
        super().__init__(convert_charrefs=True)
        self.rules = rules
        self.pages: list[tuple[list[str], list[tuple[list[str], str]]]] = []
        self.depth = 0  # open <div>/<span> elements inside the current line
        self.line: list[str] | None = None  # classes of the line being read
        self.parts: list[str] = []
        self.gaps: list[tuple[float, int]] = []  # open gap spans: (width, length of parts at start)
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if tag in ("style", "script"):
            self.skip += 1
        if self.line is not None:
            if tag in ("div", "span"):
                self.depth += 1
                if tag == "span" and "_" in classes:
                    width = max((_length(self.rules, c, "width") or 0.0 for c in classes if c != "_"), default=0.0)
                    self.gaps.append((width, len("".join(self.parts))))
                elif tag == "span":
                    self.gaps.append((-1.0, 0))
            return
        if tag != "div":
            return
        if "pf" in classes:
            self.pages.append((classes, []))
        elif "t" in classes and self.pages:
            self.line, self.parts, self.depth, self.gaps = classes, [], 0, []

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip = max(0, self.skip - 1)
        if self.line is None or tag not in ("div", "span"):
            return
        if self.depth:
            self.depth -= 1
            if tag == "span" and self.gaps:
                width, start = self.gaps.pop()
                if width >= 0 and len("".join(self.parts)) == start and width >= SPACE_GAP * self._font(self.line):
                    self.parts.append(" ")  # an empty gap as wide as a space
            return
        self.pages[-1][1].append((self.line, "".join(self.parts)))
        self.line = None

    def handle_data(self, data):
        if self.line is not None and not self.skip:
            self.parts.append(data)

    def _font(self, classes: list[str]) -> float:
        return next((_length(self.rules, c, "font-size") for c in classes
                     if c.startswith("fs") and _length(self.rules, c, "font-size")), 0.0)


def _line(rules: dict, classes: list[str], text: str, page: int, height: float, bold: bool = False) -> Line:
    """A line <div> as the PDF reader's :class:`Line`: its left edge, baseline and font size
    from its classes (sizes scaled by its transform), its width estimated from its length; bold
    when its font is (``bold``) or its CSS says so."""
    def first(prefix: str, prop: str) -> float:
        return next((v for c in classes if c.startswith(prefix) and c[len(prefix):][:1].isalnum()
                     and (v := _length(rules, c, prop)) is not None), 0.0)

    scale = next((_scale(rules, c) for c in classes if re.fullmatch(r"m[0-9a-f]+", c)), 1.0)
    size = round(first("fs", "font-size") * scale, 1) or 12.0
    x0 = first("x", "left")
    baseline = height - first("y", "bottom") if height else -first("y", "bottom")
    bold = bold or any(rules.get(c, {}).get("font-weight", "").lower() in ("bold", "bolder", "700", "800", "900")
               for c in classes if c.startswith("ff"))
    text = " ".join(unescape(text).split())
    return Line(text=text, page=page, x0=x0, x1=x0 + len(text) * size * CHAR_WIDTH, top=baseline - size * 0.8,
                bottom=baseline + size * 0.2, size=size, bold=bold, baseline=baseline)


def join_baselines(lines: list[Line]) -> list[Line]:
    """Pieces of one printed line drawn in several <div>s (a bullet, then its text; a change of
    font) joined, left to right: consecutive lines whose baselines are within
    ``SAME_BASELINE`` of a font size, the next one starting right of the previous one's start."""
    out: list[Line] = []
    for line in lines:
        last = out[-1] if out else None
        if last is not None and abs(line.baseline - last.baseline) <= SAME_BASELINE * max(last.size, line.size) \
                and line.x0 > last.x0 and line.text:
            size = line.size if _BULLET_ONLY.match(last.text) else max(last.size, line.size)
            out[-1] = Line(text=f"{last.text} {line.text}".strip(), page=last.page, x0=last.x0,
                           x1=max(last.x1, line.x1), top=min(last.top, line.top), bottom=max(last.bottom, line.bottom),
                           size=size, bold=last.bold and line.bold, baseline=last.baseline)
            continue
        if line.text:
            out.append(line)
    return out


# A font whose lines are short (at most this many words) and end no sentence, this share of
# them at least, is a heading font (pdf2htmlEX names fonts « ff2 » and leaves their weight out)
HEADING_FONT_WORDS = 12
HEADING_FONT_SHARE = 0.9
_SENTENCE_STOP = re.compile(r"[.;,!?…]\s*$")


def _font_class(classes: list[str]) -> str:
    return next((c for c in classes if re.fullmatch(r"ff[0-9a-f]+", c)), "")


def heading_fonts(divs: list[tuple[list[str], str]]) -> set[str]:
    """The font classes drawn in bold or as headings: not the body's font (the one with the most
    characters), and their lines short and ending no sentence (``HEADING_FONT_SHARE`` of them):
    the weight pdf2htmlEX leaves out of its CSS, read from what the font prints."""
    chars: dict[str, int] = {}
    short: dict[str, list[bool]] = {}
    for classes, text in divs:
        font, text = _font_class(classes), " ".join(unescape(re.sub(r"<[^>]+>", "", text)).split())
        if not font or not re.search(r"[^\W\d_]", text):
            continue
        chars[font] = chars.get(font, 0) + len(text)
        short.setdefault(font, []).append(len(text.split()) <= HEADING_FONT_WORDS and not _SENTENCE_STOP.search(text))
    if len(chars) < 2:
        return set()
    body = max(chars, key=chars.get)
    return {f for f, flags in short.items() if f != body and sum(flags) >= HEADING_FONT_SHARE * len(flags)}


def page_lines(html: str) -> tuple[list[list[Line]], list[float]]:
    """The lines of each page and the pages' heights."""
    rules = class_rules(html)
    parser = _Lines(rules)
    parser.feed(html)
    parser.close()
    bold = heading_fonts([div for _, divs in parser.pages for div in divs])
    pages, heights = [], []
    for number, (classes, divs) in enumerate(parser.pages, 1):
        height = next((v for c in classes if re.fullmatch(r"h[0-9a-f]+", c)
                       and (v := _length(rules, c, "height"))), 0.0)
        lines = [_line(rules, line_classes, text, number, height, _font_class(line_classes) in bold)
                 for line_classes, text in divs]
        pages.append(join_baselines(lines))
        heights.append(height)
    return pages, heights


def read_html(html: str, title: str = "") -> Extracted:
    """Blocks of a pdf2htmlEX page, as the PDF reader makes them from the PDF's lines."""
    pages, heights = page_lines(html)
    pages = drop_table_of_contents(drop_running_lines(pages, heights if all(heights) else None))
    return build(pages, {}, title=title, n_pages=len(pages))
