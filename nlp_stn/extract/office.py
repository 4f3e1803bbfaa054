"""Word-processor documents: DOCX (python-docx) and ODT (odfpy).

Paragraphs, headings (from the style's outline level), list items (numbering or bullets,
with their depth and marker) and tables (one "table_cell" block per cell, the header being
the first row's cell of the same column) come out in reading order. DOCX: content controls
are read, tables of contents skipped, tracked insertions kept and deletions dropped, headings
shifted one level down under a Title-style paragraph. ODT: footnotes and comments are left
out of the text, numbered headings stored in lists stay headings. A document without any
text is refused with a clear message.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..clean import normalise_spaces, split_marker
from ..errors import ExtractionError, InputError
from ..settings import Settings
from .base import Extracted, TextBuilder

_HEADING_STYLE = re.compile(r"^(?:heading|titre|title|überschrift)\s*(\d)?$", re.I)
# The style of a document title: above the "Heading 1" sections when it is used.
_TITLE_STYLE = re.compile(r"^(?:title|titre)$", re.I)
# Entries of a generated table of contents: they repeat the headings, they are not text.
_TOC_STYLE = re.compile(r"^(?:toc|table des mati[èe]res|contents|index)\b", re.I)


def read(path: Path, settings: Settings) -> Extracted:
    path = Path(path)
    if path.suffix.lower() == ".docx":
        return read_docx(path)
    return read_odt(path)


def _clean(text: str) -> str:
    return normalise_spaces(text.replace("\t", " ")).strip()


def _add_table(builder: TextBuilder, rows: list[list[str]], table_index: int, page=None) -> None:
    """Cells of a table: row 0 is the header row; later rows carry the header of their column."""
    header = [_clean(c) for c in rows[0]] if rows else []
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            builder.add(
                "table_cell",
                _clean(cell),
                page=page,
                table=table_index,
                row=r,
                col=c,
                header=header[c] if r > 0 and c < len(header) else "",
            )


# --- DOCX -------------------------------------------------------------------------------


def read_docx(path: Path) -> Extracted:
    import docx
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(str(path))
    except Exception as err:  # PackageNotFoundError, BadZipFile, KeyError, XML errors...
        raise ExtractionError(
            "document DOCX illisible ou endommagé : ouvrez-le dans un traitement de texte et "
            "enregistrez-le à nouveau au format .docx.",
            path=path,
        ) from err
    numbering = _docx_numbering(document, qn)
    # headings one level down when a paragraph in the Title style tops them
    shift = int(any(_TITLE_STYLE.match(p.style.name or "") for p in document.paragraphs if p.style is not None))
    counters: dict[tuple[str, int], int] = {}
    builder = TextBuilder()
    title = document.core_properties.title or ""
    tables = 0
    for element in _docx_body_elements(document.element.body, qn):
        if element.tag == qn("w:p"):
            paragraph = Paragraph(element, document)
            _docx_paragraph(builder, paragraph, numbering, counters, qn, shift)
        elif element.tag == qn("w:tbl"):
            table = Table(element, document)
            rows = []
            for row in table.rows:
                cells, previous = [], None
                for cell in row.cells:
                    # a merged cell is repeated by python-docx: keep it once
                    cells.append("" if cell._tc is previous else cell.text)
                    previous = cell._tc
                rows.append(cells)
            _add_table(builder, rows, tables)
            tables += 1
    if not title:
        first = next((b for b in builder.blocks if b.kind == "heading"), None)
        title = first.text if first else ""
    _require_text(builder, path, "DOCX")
    return builder.build(title=title)


def _require_text(builder: TextBuilder, path: Path, name: str) -> None:
    if not builder.blocks:
        raise InputError(
            f"aucun texte trouvé dans ce document {name} : vérifiez qu'il n'est pas vide ou fait "
            "seulement d'images (un document numérisé doit d'abord passer par une reconnaissance de caractères).",
            path=path,
        )


def _docx_body_elements(body, qn):
    """Paragraphs and tables of the body in reading order, including those inside content
    controls (w:sdt), except a generated table of contents."""
    for element in body.iterchildren():
        if element.tag == qn("w:sdt"):
            gallery = element.find(".//" + qn("w:docPartGallery"))
            if gallery is not None and "contents" in (gallery.get(qn("w:val")) or "").lower():
                continue  # "Table of Contents"
            content = element.find(qn("w:sdtContent"))
            if content is not None:
                yield from _docx_body_elements(content, qn)
        elif element.tag in (qn("w:p"), qn("w:tbl")):
            yield element


def _docx_text(paragraph, qn) -> str:
    """Visible text of a paragraph: runs, hyperlinks, fields and tracked insertions (not
    deletions), tabs and breaks as spaces; text boxes anchored in it are left out."""
    parts = []
    text_tag, tab, br, cr, nbh = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr"), qn("w:noBreakHyphen")
    box = qn("w:txbxContent")
    for node in paragraph._p.iter(text_tag, tab, br, cr, nbh):
        if any(ancestor.tag == box for ancestor in node.iterancestors()):
            continue
        if node.tag == text_tag:
            parts.append(node.text or "")
        elif node.tag == nbh:
            parts.append("-")
        else:
            parts.append(" ")
    return "".join(parts)


def _docx_paragraph(builder, paragraph, numbering, counters, qn, shift: int = 0) -> None:
    text = _clean(_docx_text(paragraph, qn))
    if not text:
        return
    style = paragraph.style
    style_name = style.name if style is not None else ""
    if _TOC_STYLE.match(style_name or ""):
        return
    level = _docx_outline_level(paragraph, qn)
    match = _HEADING_STYLE.match(style_name or "")
    if level is None and match:
        level = int(match.group(1) or 1)
    if level is not None:
        if _TITLE_STYLE.match(style_name or ""):
            level = 1  # the document's title, above every "Heading 1"
        else:
            level += shift
        builder.add("heading", text, level=max(1, level))
        return
    num = _docx_num(paragraph, qn)
    if num is None and style_name and re.search(r"list|liste", style_name, re.I):
        num = ("style:" + style_name, 0)
    if num is not None:
        num_id, depth = num
        nested = re.search(r"(?:list|liste).*\s(\d)$", style_name or "", re.I)
        if depth == 0 and nested:  # "List Bullet 2": the depth is in the style name
            depth = int(nested.group(1)) - 1
        fmt = numbering.get((num_id, depth), "bullet")
        for key in [k for k in counters if k[0] == num_id and k[1] > depth]:
            del counters[key]  # a deeper list restarts under a new item
        counters[(num_id, depth)] = counters.get((num_id, depth), 0) + 1
        marker = _format_number(counters[(num_id, depth)], fmt)
        written, rest = split_marker(text)
        if written:  # the marker typed in the text wins over the automatic one
            marker, text = written, rest.strip()
        builder.add("list_item", text, level=depth, marker=marker)
        return
    marker, rest = split_marker(text)
    if marker:
        builder.add("list_item", rest.strip(), marker=marker)
    else:
        builder.add("paragraph", text)


def _docx_properties(paragraph):
    """Paragraph properties (w:pPr) of a paragraph, then of its style and the styles it is based on."""
    candidates = [paragraph._p.pPr]
    style = paragraph.style
    while style is not None:
        candidates.append(style.element.pPr)
        style = style.base_style
    return [ppr for ppr in candidates if ppr is not None]


def _docx_outline_level(paragraph, qn):
    """Heading level (1-based) from the paragraph's or its style's outline level."""
    for ppr in _docx_properties(paragraph):
        node = ppr.find(qn("w:outlineLvl"))
        if node is not None:
            value = int(node.get(qn("w:val")))
            return None if value >= 9 else value + 1  # 9 = body text
    return None


def _docx_num(paragraph, qn):
    """(numId, depth) of a numbered or bulleted paragraph, from it or its style."""
    for ppr in _docx_properties(paragraph):
        numpr = ppr.find(qn("w:numPr"))
        if numpr is None:
            continue
        num_id = numpr.find(qn("w:numId"))
        ilvl = numpr.find(qn("w:ilvl"))
        if num_id is None or num_id.get(qn("w:val")) == "0":
            return None
        return num_id.get(qn("w:val")), int(ilvl.get(qn("w:val"))) if ilvl is not None else 0
    return None


def _docx_numbering(document, qn) -> dict[tuple[str, int], str]:
    """(numId, level) -> number format ("decimal", "lowerLetter", "bullet"...)."""
    try:
        root = document.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return {}
    abstract = {}
    for node in root.findall(qn("w:abstractNum")):
        levels = {}
        for lvl in node.findall(qn("w:lvl")):
            fmt = lvl.find(qn("w:numFmt"))
            levels[int(lvl.get(qn("w:ilvl")))] = fmt.get(qn("w:val")) if fmt is not None else "decimal"
        abstract[node.get(qn("w:abstractNumId"))] = levels
    out = {}
    for num in root.findall(qn("w:num")):
        ref = num.find(qn("w:abstractNumId"))
        if ref is None:
            continue
        for level, fmt in abstract.get(ref.get(qn("w:val")), {}).items():
            out[(num.get(qn("w:numId")), level)] = fmt
    return out


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("decimal", "decimalZero"):
        return str(n)
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (n - 1) % 26)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    return "•"


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += letters
            n -= value
    return out


# --- ODT --------------------------------------------------------------------------------


def read_odt(path: Path) -> Extracted:
    from odf import opendocument
    from odf.namespaces import STYLENS, TABLENS, TEXTNS

    try:
        document = opendocument.load(str(path))
    except Exception as err:  # odfpy raises many kinds (BadZipFile, KeyError, xml errors...)
        raise ExtractionError(
            "document ODT illisible ou endommagé : ouvrez-le dans un traitement de texte et "
            "enregistrez-le à nouveau au format .odt.",
            path=path,
        ) from err
    numbered_styles = _odt_numbered_styles(document, TEXTNS, STYLENS)
    builder = TextBuilder()
    state = {"tables": 0}

    def walk(node) -> None:
        for child in node.childNodes:
            if child.nodeType != child.ELEMENT_NODE:
                continue
            ns, name = child.qname
            if ns == TEXTNS and name == "h":
                level = int(child.getAttrNS(TEXTNS, "outline-level") or 1)
                builder.add("heading", _clean(_odt_text(child)), level=level)
            elif ns == TEXTNS and name == "p":
                text = _clean(_odt_text(child))
                marker, rest = split_marker(text)
                if marker:
                    builder.add("list_item", rest.strip(), marker=marker)
                else:
                    builder.add("paragraph", text)
            elif ns == TEXTNS and name == "list":
                walk_list(child, 0, child.getAttrNS(TEXTNS, "style-name") or "")
            elif ns == TABLENS and name == "table":
                builder_rows = _odt_rows(child, TABLENS)
                if builder_rows:
                    _add_table(builder, builder_rows, state["tables"])
                    state["tables"] += 1
            elif ns == TEXTNS and name == "section":
                walk(child)

    def walk_list(node, depth: int, style: str) -> None:
        number = 0
        numbered = style in numbered_styles
        for item in node.childNodes:
            if item.nodeType != item.ELEMENT_NODE or item.qname != (TEXTNS, "list-item"):
                continue
            number += 1
            marker = str(number) if numbered else "•"
            for child in item.childNodes:
                if child.nodeType != child.ELEMENT_NODE:
                    continue
                if child.qname == (TEXTNS, "h"):
                    # a numbered heading (outline numbering is stored as a list): a heading
                    level = int(child.getAttrNS(TEXTNS, "outline-level") or 1)
                    builder.add("heading", _clean(_odt_text(child)), level=level)
                elif child.qname == (TEXTNS, "p"):
                    text = _clean(_odt_text(child))
                    written, rest = split_marker(text)
                    if written:
                        builder.add("list_item", rest.strip(), level=depth, marker=written)
                    else:
                        builder.add("list_item", text, level=depth, marker=marker)
                elif child.qname == (TEXTNS, "list"):
                    walk_list(child, depth + 1, child.getAttrNS(TEXTNS, "style-name") or style)

    walk(document.text)
    title = ""
    for meta in document.meta.childNodes:
        if meta.qname[1] == "title":
            title = _clean(_odt_text(meta))
    if not title:
        first = next((b for b in builder.blocks if b.kind == "heading"), None)
        title = first.text if first else ""
    _require_text(builder, path, "ODT")
    return builder.build(title=title)


_ODT_SKIPPED = {"note", "annotation", "tracked-changes", "note-citation", "bookmark-ref"}


def _odt_text(node) -> str:
    """Visible text of an ODT element: spans, links, spaces (text:s), tabs and line breaks
    as spaces; footnotes, comments and tracked deletions left out."""
    parts: list[str] = []

    def visit(element) -> None:
        for child in element.childNodes:
            if child.nodeType == child.TEXT_NODE:
                parts.append(child.data)
                continue
            if child.nodeType != child.ELEMENT_NODE:
                continue
            name = child.qname[1]
            if name in _ODT_SKIPPED or name == "frame":
                continue
            if name == "s":
                count = child.attributes.get((child.qname[0], "c"))
                parts.append(" " * int(count or 1))
            elif name in ("tab", "line-break"):
                parts.append(" ")
            else:
                visit(child)

    visit(node)
    return "".join(parts)


def _odt_rows(table, TABLENS) -> list[list[str]]:
    rows = []

    def collect(node):
        for child in node.childNodes:
            if child.nodeType != child.ELEMENT_NODE:
                continue
            if child.qname == (TABLENS, "table-row"):
                cells = []
                for cell in child.childNodes:
                    if cell.nodeType != cell.ELEMENT_NODE:
                        continue
                    if cell.qname == (TABLENS, "table-cell"):
                        parts = [_odt_text(p) for p in cell.childNodes if p.nodeType == p.ELEMENT_NODE]
                        cells.append("\n".join(parts))
                    elif cell.qname == (TABLENS, "covered-table-cell"):
                        cells.append("")
                rows.append(cells)
            elif child.qname[1] in ("table-header-rows", "table-rows", "table-row-group"):
                collect(child)

    collect(table)
    return rows


def _odt_numbered_styles(document, TEXTNS, STYLENS) -> set[str]:
    """Names of list styles whose first level is numbered."""
    names = set()
    for container in (document.automaticstyles, document.styles):
        for style in container.childNodes:
            if style.nodeType != style.ELEMENT_NODE or style.qname != (TEXTNS, "list-style"):
                continue
            first = next((c for c in style.childNodes if c.nodeType == c.ELEMENT_NODE), None)
            if first is not None and first.qname == (TEXTNS, "list-level-style-number"):
                names.add(style.getAttrNS(STYLENS, "name"))
    return names
