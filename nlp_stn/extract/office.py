"""Word-processor documents: DOCX (python-docx) and ODT (odfpy).

Paragraphs, headings (from the style's outline level), list items (numbering or bullets,
with their depth and marker) and tables (one "table_cell" block per cell, the header being
the first row's cell of the same column, unless that row is a title merged over the table:
"Fiche action n° 3 – …" stays row 0 and is no header) come out in reading order.
A table of one cell is a frame (a shaded box around « Proposition 3.2 » and its text): its
paragraphs, lists and tables are read as the body's.

Automatic numbering is rendered as the word processor displays it: a list item's marker is
its displayed number without punctuation ("1", "1.2", "a"), a numbered heading carries its
number in its text as if it had been typed ("1.2 Mobilité", "Action 1.1.1 – Créer…"), and a
number format holding words ("Recommandation %1 :") is put in front of the item's text.
In a table whose first column (or a column headed "N°") numbers the rows, the other cells of
a row carry the row's number as their marker.

DOCX: content controls are read, tables of contents skipped, tracked insertions kept and
deletions and moved-away text dropped; numbering may come from the paragraph style (the
paragraph giving only its level); headings come from outline levels or heading styles (and
the styles based on them), and, conservatively, from short paragraphs set entirely in bold
in a font clearly larger than the body's; headings are shifted one level down under a
Title-style paragraph; notes typed at the end of a section or of the document (a paragraph
opened by an exponent, « ¹ … », in a font smaller than the body's) are left out. ODT: footnotes and comments are left out of the text; headings are
numbered by the outline numbering; lists by their list style (levels, formats, prefixes and
suffixes); a "Title" paragraph is the top heading; a short paragraph wholly in bold in a
document whose body text is not bold is a heading below the outline ones (as a PDF reader
sees it). A document without any text is refused
with a clear message.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

from ..clean import normalise_spaces, split_marker
from ..errors import ExtractionError, InputError
from ..labels import parse_label
from ..settings import Settings
from .base import Extracted, TextBuilder

_HEADING_STYLE = re.compile(r"^(?:heading|titre|title|überschrift)\s*(\d)?$", re.I)
# The style of a document title: above the "Heading 1" sections when it is used.
_TITLE_STYLE = re.compile(r"^(?:title|titre)$", re.I)
# The style of the line under the title (« Subtitle », « Sous-titre »): it names the document
# (« Deux ans après : quel suivi de nos propositions ? »), it is not running text
_SUBTITLE_STYLE = re.compile(r"^(?:subtitle|sous[- ]titre)$", re.I)
# Entries of a generated table of contents: they repeat the headings, they are not text.
_TOC_STYLE = re.compile(r"^(?:toc|table des mati[èe]res|contents|index)\b", re.I)
# A cell holding a row number, and the header of a column of row numbers.
_ROW_NUMBER = re.compile(r"^(?:n°|nº|no\.?|#)?\s*(\d{1,3}(?:\.\d{1,3})*)\s*[.)]?$", re.I)
_NUMBER_HEADER = re.compile(r"^(?:n°|nº|n\s?o\.?|num(?:[ée]ro)?\.?|#|rang)$", re.I)
# A word in a displayed number ("Action 1.2 –"), not a roman numeral.
_NUMBER_WORD = re.compile(r"[^\W\d_]{2,}")
_ROMAN_WORD = re.compile(r"^(?:[ivxlcdm]+|[IVXLCDM]+)$")
# Punctuation around a displayed number: "1." -> "1", "a)" -> "a", "(iv)" -> "iv".
_NUMBER_PUNCTUATION = " \t.,:;)(]['\"-–—/\\"


def read(path: Path, settings: Settings) -> Extracted:
    path = Path(path)
    if path.suffix.lower() == ".docx":
        return read_docx(path)
    return read_odt(path)


def _clean(text: str) -> str:
    return normalise_spaces(text.replace("\t", " ")).strip()


def _add_table(builder: TextBuilder, rows: list[list[str]], table_index: int, page=None,
               full_width: frozenset = frozenset()) -> None:
    """Cells of a table: row 0 is the header row; later rows carry the header of their column.

    ``full_width`` rows (one cell spanning the whole table, e.g. "Axe A – ...") are titles
    inside the table: their cell has no column header. A first row that is such a title
    ("Fiche action n° 3 – Mettre en place…", see :func:`_title_row`) is no header either: it
    stays row 0 and the cells below have no column header. When a column numbers the rows,
    the other cells of a numbered row carry the number as their marker.
    """
    header = [_clean(c) for c in rows[0]] if rows else []
    if 0 in full_width and _title_row(header):
        header = []
    number_col, numbers = _row_numbers(rows, full_width)
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            builder.add(
                "table_cell",
                _clean(cell),
                page=page,
                marker=numbers.get(r, "") if c != number_col else "",
                table=table_index,
                row=r,
                col=c,
                header=header[c] if r > 0 and c < len(header) and r not in full_width else "",
            )


def _frame(rows: list[list[str]], full_width: frozenset) -> bool:
    """Whether a table is a frame around text, not a table: one row of one cell (or of one
    cell spanning the whole table), a box that sets off a paragraph or two."""
    return len(rows) == 1 and (len(rows[0]) == 1 or 0 in full_width)


# A title row's text: a label ("Fiche action n° 3 –") or at least this many words.
TITLE_WORDS = 3


def _title_row(cells: list[str]) -> bool:
    """Whether a row spanning the table reads as a title: a label or ``TITLE_WORDS`` words
    (a header "Actions" spanning a two-level header is no title)."""
    text = " ".join(c for c in cells if c)
    return bool(text) and bool(parse_label(text)[0] or len(text.split()) >= TITLE_WORDS)


def _row_numbers(rows: list[list[str]], full_width: frozenset = frozenset()) -> tuple[int, dict[int, str]]:
    """(column, row -> number) when a column headed "N°", or the first column with numbers
    increasing down the rows, holds only row numbers ("1", "2.", "1.1"); (-1, {}) otherwise.
    Full-width rows are left out."""
    width = max((len(row) for row in rows), default=0)
    for col in range(width):
        title = _clean(rows[0][col]) if rows and col < len(rows[0]) else ""
        headed = bool(_NUMBER_HEADER.match(title))
        if col > 0 and not headed:
            continue
        values = {r: _clean(rows[r][col]) for r in range(1, len(rows))
                  if r not in full_width and col < len(rows[r]) and _clean(rows[r][col])}
        found = {r: _ROW_NUMBER.match(text) for r, text in values.items()}
        if len(found) < 2 or not all(found.values()):
            continue
        numbers = {r: m.group(1) for r, m in sorted(found.items())}
        keys = [tuple(int(part) for part in n.split(".")) for n in numbers.values()]
        if headed or all(a < b for a, b in zip(keys, keys[1:])):  # not quantities ("3", "12", "5")
            return col, numbers
    return -1, {}


def _displayed_marker(display: str) -> tuple[str, str]:
    """(marker, words) of a displayed number: "1." -> ("1", ""), "1.2" -> ("1.2", ""),
    "a)" -> ("a", ""), "Action 1.2 –" -> ("1.2", "Action 1.2 –")."""
    display = _clean(display)
    if not display:
        return "", ""
    words = [w for w in _NUMBER_WORD.findall(display) if not _ROMAN_WORD.match(w)]
    if words:
        numbers = re.findall(r"\d+(?:[.\-]\d+)*°?|\b[IVXLCivxlc]+\b|\b[A-Za-z]\b", display)
        return (numbers[-1] if numbers else ""), display
    return display.strip(_NUMBER_PUNCTUATION) or display, ""


def _with_number(text: str, display: str) -> str:
    """A heading's text with its automatic number in front, as if it had been typed."""
    display = _clean(display)
    return f"{display} {text}" if display and display != "•" else text


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
    styles = _DocxStyles(document, qn)
    numbering = _DocxNumbering(document, styles, qn)
    elements = list(_docx_body_elements(document.element.body, qn))
    paragraphs = [Paragraph(e, document) for e in elements if e.tag == qn("w:p")]
    # headings one level down when a paragraph in the Title style tops them
    shift = int(any(_TITLE_STYLE.match(p.style.name or "") for p in paragraphs if p.style is not None))
    looks = _DocxLooks(paragraphs, styles, qn)
    notes = _docx_typed_notes([Paragraph(e, document) if e.tag == qn("w:p") else None for e in elements], looks, qn)
    builder = TextBuilder()
    title = document.core_properties.title or ""
    tables = 0

    def emit(elements) -> None:
        nonlocal tables
        for element in elements:
            if element in notes:
                continue  # a note typed at the foot of a section: no text of the body
            if element.tag == qn("w:p"):
                paragraph = Paragraph(element, document)
                _docx_paragraph(builder, paragraph, numbering, looks, qn, shift)
            elif element.tag == qn("w:tbl"):
                table = Table(element, document)
                rows, full_width = _docx_table_rows(table, qn)
                if _frame(rows, full_width):
                    # a box framing text (« Proposition 3.2 » and its paragraph in a shaded
                    # cell): its paragraphs, lists and tables are read as the body's
                    emit(_docx_body_elements(table.rows[0].cells[0]._tc, qn))
                    continue
                _add_table(builder, rows, tables, full_width=full_width)
                tables += 1

    emit(elements)
    if not title:
        first = next((b for b in builder.blocks if b.kind == "heading"), None)
        title = first.text if first else ""
    _require_text(builder, path, "DOCX")
    return builder.build(title=title)


_SUPERSCRIPT_DIGITS = "¹²³⁴⁵⁶⁷⁸⁹⁰"


def _docx_typed_notes(paragraphs, looks, qn) -> set:
    """The paragraphs (``w:p`` elements) that are notes typed at the end of a section or of
    the document (« ¹ Chiffres de l’enquête de 2023. » in a small font, see
    :meth:`_DocxLooks.typed_note`): only such notes and empty paragraphs follow them up to the
    next heading or the end. ``paragraphs`` are the body's, in reading order, a table between
    them given as None."""
    notes, tail = set(), True
    for paragraph in reversed(paragraphs):
        if paragraph is None:
            tail = False
            continue
        text = _clean(_docx_text(paragraph._p, qn))
        if not text:
            continue
        if _docx_heading_level(paragraph, qn) is not None or looks.heading_level(paragraph, text) is not None:
            tail = True
        elif tail and looks.typed_note(paragraph, text):
            notes.add(paragraph._p)
        else:
            tail = False
    return notes


def _docx_table_rows(table, qn) -> tuple[list[list[str]], frozenset]:
    """Texts of a table's cells by row; a merged cell is kept once (in its first row and
    column); the rows made of a single cell spanning the whole table."""
    rows, full_width, above = [], set(), []
    for r, row in enumerate(table.rows):
        cells, previous, tcs = [], None, []
        for c, cell in enumerate(row.cells):
            tc = cell._tc
            # python-docx repeats a merged cell in every grid position it covers: keep it once
            repeated = tc is previous or (c < len(above) and above[c] is tc)
            cells.append("" if repeated else _docx_cell_text(tc, qn))
            previous = tc
            tcs.append(tc)
        if len(tcs) > 1 and all(tc is tcs[0] for tc in tcs):
            full_width.add(r)
        above = tcs
        rows.append(cells)
    return rows, frozenset(full_width)


_LIST_STYLE = re.compile(r"list|liste", re.I)  # a list paragraph style, by name or id (« List Bullet »)


def _docx_cell_text(tc, qn) -> str:
    """A cell's paragraphs (tracked changes applied), one per line, nested tables and text
    boxes (once) included; a
    paragraph of a list (numbered or bulleted by its properties or its list style, « List
    Bullet ») keeps a bullet, so the items of a cell stay apart."""
    lines = []
    for p in tc.iter(qn("w:p")):
        if _docx_copy(p, tc):
            continue  # the second copy of a text box's paragraphs (see _docx_text_boxes)
        text = _clean(_docx_text(p, qn))
        if not text:
            continue
        ppr = p.find(qn("w:pPr"))
        style = ppr.find(qn("w:pStyle")) if ppr is not None else None
        listed = (ppr is not None and ppr.find(qn("w:numPr")) is not None) or (
            style is not None and _LIST_STYLE.search(style.get(qn("w:val")) or ""))
        lines.append(f"• {text}" if listed and not split_marker(text)[0] else text)
    return "\n".join(lines)


def _require_text(builder: TextBuilder, path: Path, name: str) -> None:
    if not builder.blocks:
        raise InputError(
            f"aucun texte trouvé dans ce document {name} : vérifiez qu'il n'est pas vide ou fait "
            "seulement d'images (un document numérisé doit d'abord passer par une reconnaissance de caractères).",
            path=path,
        )


def _docx_body_elements(body, qn):
    """Paragraphs and tables of the body in reading order, including those inside content
    controls (w:sdt) and moved-to ranges, except a generated table of contents; the
    paragraphs of a text box follow the paragraph it is anchored in."""
    for element in body.iterchildren():
        if element.tag == qn("w:sdt"):
            gallery = element.find(".//" + qn("w:docPartGallery"))
            if gallery is not None and "contents" in (gallery.get(qn("w:val")) or "").lower():
                continue  # "Table of Contents"
            content = element.find(qn("w:sdtContent"))
            if content is not None:
                yield from _docx_body_elements(content, qn)
        elif element.tag in (qn("w:ins"), qn("w:moveTo")):
            yield from _docx_body_elements(element, qn)  # tracked block-level insertion
        elif element.tag == qn("w:tbl"):
            yield element
        elif element.tag == qn("w:p"):
            yield element
            for box in _docx_text_boxes(element, qn):
                # a text box anchored in the paragraph (a sidebar, a framed proposal): its
                # paragraphs, lists and tables come right after it
                yield from _docx_body_elements(box, qn)


_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _docx_text_boxes(p, qn) -> list:
    """The text boxes (``w:txbxContent``) anchored in a paragraph, each once: Word 2010 and
    later write a box twice, as a drawing (``mc:Choice``) and as its VML copy
    (``mc:Fallback``), read only when there is no drawing; a box inside another box is read
    with the box holding it; a box in a tracked deletion is gone."""
    gone = {qn("w:txbxContent"), qn("w:del"), qn("w:moveFrom")}
    return [box for box in p.iter(qn("w:txbxContent"))
            if not _docx_hidden(box, p, gone) and not _docx_copy(box, p)]


def _docx_copy(node, top) -> bool:
    """Whether ``node`` lies, below ``top``, in the VML copy (``mc:Fallback``) of a drawing
    given by its ``mc:Choice``."""
    choice, fallback = f"{{{_MC}}}Choice", f"{{{_MC}}}Fallback"
    for ancestor in node.iterancestors():
        if ancestor is top:
            return False
        if ancestor.tag == fallback and ancestor.getparent() is not None \
                and ancestor.getparent().find(choice) is not None:
            return True
    return False


def _docx_hidden(node, p, hidden) -> bool:
    """Whether ``node`` lies, below the paragraph ``p``, in one of the ``hidden`` elements
    (a deletion, a text box anchored in ``p``); a paragraph inside a text box has its text."""
    for ancestor in node.iterancestors():
        if ancestor is p:
            return False
        if ancestor.tag in hidden:
            return True
    return False


def _docx_text(p, qn) -> str:
    """Visible text of a paragraph element (``w:p``): runs, hyperlinks, fields and tracked
    insertions (not deletions nor moved-away text), tabs and breaks as spaces; text boxes
    anchored in it are left out (read as blocks after it, see :func:`_docx_body_elements`)."""
    parts = []
    text_tag, tab, br, cr, nbh = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr"), qn("w:noBreakHyphen")
    hidden = {qn("w:txbxContent"), qn("w:del"), qn("w:moveFrom")}
    for node in p.iter(text_tag, tab, br, cr, nbh):
        if _docx_hidden(node, p, hidden):
            continue
        if node.tag == text_tag:
            parts.append(node.text or "")
        elif node.tag == nbh:
            parts.append("-")
        else:
            parts.append(" ")
    return "".join(parts)


def _docx_paragraph(builder, paragraph, numbering, looks, qn, shift: int = 0) -> None:
    text = _clean(_docx_text(paragraph._p, qn))
    if not text:
        # an empty numbered paragraph still shows (and takes) its number, unless the paragraph
        # itself was deleted or moved away in tracked changes
        mark = paragraph._p.find(qn("w:pPr") + "/" + qn("w:rPr"))
        removed = mark is not None and (mark.find(qn("w:del")) is not None or mark.find(qn("w:moveFrom")) is not None)
        num = None if removed else _docx_num(paragraph, numbering, qn)
        if num is not None:
            numbering.number(*num)
        return
    style = paragraph.style
    style_name = style.name if style is not None else ""
    if _TOC_STYLE.match(style_name or ""):
        return
    level = _docx_heading_level(paragraph, qn)
    num = _docx_num(paragraph, numbering, qn)
    if level is not None:
        if _TITLE_STYLE.match(style_name or ""):
            level = 1  # the document's title, above every "Heading 1"
        else:
            level += shift
            if num is not None:  # a numbered heading: its number as if it were typed
                display, fmt = numbering.number(*num)
                if fmt not in ("bullet", "none"):
                    text = _with_number(text, display)
        builder.add("heading", text, level=max(1, level))
        return
    if num is None and style_name and _LIST_STYLE.search(style_name):
        num = ("style:" + style_name, 0)
    if num is not None:
        num_id, ilvl = num
        depth = ilvl
        nested = re.search(r"(?:list|liste).*\s(\d)$", style_name or "", re.I)
        if depth == 0 and nested:  # "List Bullet 2": the depth is in the style name
            depth = int(nested.group(1)) - 1
        display, fmt = numbering.number(num_id, ilvl)
        if fmt != "none":
            marker, words = ("•", "") if fmt == "bullet" else _displayed_marker(display)
            if words:  # "Recommandation %1 :": the label is part of what the reader sees
                text = f"{words} {text}"
            else:
                written, rest = split_marker(text)
                if written:  # the marker typed in the text wins over the automatic one
                    marker, text = written, rest.strip()
            builder.add("list_item", text, level=depth, marker=marker or "•")
            return
    if _docx_subtitle(paragraph):
        # a subtitle under the title: a heading of the first level of sections, which the first
        # section's heading then replaces
        builder.add("heading", text, level=1 + shift)
        return
    heading = looks.heading_level(paragraph, text)
    if heading is not None:
        builder.add("heading", text, level=heading + shift)
        return
    item = _item_above(builder)
    if item is not None and _docx_left_indent(paragraph, qn) > 0 and not split_marker(text)[0]:
        # an indented paragraph under a numbered action ("1.2 Mettre en service un portail
        # famille" / "    Le portail permettra…"): it goes on the item (level 1 + its depth)
        builder.add("paragraph", text, level=item.level + 1)
        return
    _add_text(builder, text)


def _item_above(builder: TextBuilder):
    """The list item the last block belongs to: that item, or the item a paragraph goes on."""
    if not builder.blocks:
        return None
    last = builder.blocks[-1]
    if last.kind == "list_item":
        return last
    if last.kind == "paragraph" and last.level > 0:
        return next((b for b in reversed(builder.blocks) if b.kind == "list_item"), None)
    return None


def _docx_left_indent(paragraph, qn) -> int:
    """Left indentation of a paragraph in twentieths of a point (its own or its style's), 0 when none."""
    for ppr in _docx_properties(paragraph):
        ind = ppr.find(qn("w:ind"))
        if ind is not None:
            for attr in ("w:left", "w:start"):
                value = ind.get(qn(attr))
                if value is not None:
                    return _int(value, 0)
    return 0


def _add_text(builder: TextBuilder, text: str) -> None:
    """A plain paragraph, or a list item when it starts with a typed marker ("1.", "a)", "-")."""
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


def _docx_subtitle(paragraph) -> bool:
    """Whether a paragraph's style is, or derives from, the « Subtitle » (« Sous-titre ») style."""
    style = paragraph.style
    while style is not None:
        if _SUBTITLE_STYLE.match(style.name or ""):
            return True
        style = style.base_style
    return False


def _docx_heading_level(paragraph, qn):
    """Heading level (1-based) from the paragraph's or its style's outline level, else from
    the name of its style or of a style it is based on ("Heading 2", "Titre 1")."""
    for ppr in _docx_properties(paragraph):
        node = ppr.find(qn("w:outlineLvl"))
        if node is not None:
            value = _int(node.get(qn("w:val")), 9)
            return None if value >= 9 else value + 1  # 9 = body text
    style = paragraph.style
    while style is not None:
        match = _HEADING_STYLE.match(style.name or "")
        if match:
            return int(match.group(1) or 1)
        style = style.base_style
    return None


def _docx_num(paragraph, numbering, qn):
    """(numId, level) of a numbered or bulleted paragraph. The numId and the level may come
    from different places: a paragraph often gives only its level (``w:ilvl``) and its style
    (or a style it is based on) the list (``w:numId``); without any level, the level linked
    to the paragraph's style in the list definition, else 0."""
    num_id = ilvl = None
    for ppr in _docx_properties(paragraph):
        numpr = ppr.find(qn("w:numPr"))
        if numpr is None:
            continue
        id_node, lvl_node = numpr.find(qn("w:numId")), numpr.find(qn("w:ilvl"))
        if num_id is None and id_node is not None:
            num_id = id_node.get(qn("w:val"))
        if ilvl is None and lvl_node is not None:
            ilvl = _int(lvl_node.get(qn("w:val")), 0)
    if num_id is None or num_id == "0":
        return None
    if ilvl is None:
        style = paragraph.style
        ilvl = numbering.style_level(num_id, style.style_id if style is not None else "")
    return num_id, ilvl


def _int(value, default: int) -> int:
    """An integer attribute, or ``default`` when it is missing or malformed."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _docx_val(parent, tag: str, qn, default=None):
    node = parent.find(qn(tag)) if parent is not None else None
    if node is None:
        return default
    value = node.get(qn("w:val"))
    return default if value is None else value


class _DocxStyles:
    """Style elements by id, with their basedOn chains."""

    def __init__(self, document, qn) -> None:
        self.qn = qn
        self.by_id = {}
        try:
            root = document.styles.element
        except (KeyError, NotImplementedError, AttributeError):  # pragma: no cover - no styles part
            root = None
        self.root = root
        if root is not None:
            for style in root.findall(qn("w:style")):
                self.by_id[style.get(qn("w:styleId"))] = style

    def chain(self, style_id: str) -> list:
        out, seen = [], set()
        while style_id and style_id in self.by_id and style_id not in seen:
            seen.add(style_id)
            style = self.by_id[style_id]
            out.append(style)
            style_id = _docx_val(style, "w:basedOn", self.qn, "")
        return out


class _DocxNumbering:
    """Word's list definitions and the running counters, rendering numbers as displayed."""

    def __init__(self, document, styles: _DocxStyles, qn) -> None:
        self.qn = qn
        self.styles = styles
        self.abstract: dict[str, dict[int, dict]] = {}
        self.links: dict[str, str] = {}  # abstractNum -> numbering style it takes its levels from
        self.style_links: dict[str, str] = {}  # numbering style -> abstractNum defining it
        self.nums: dict[str, tuple[str, dict[int, int], dict[int, dict]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[str] = set()
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        for node in root.findall(qn("w:abstractNum")):
            aid = node.get(qn("w:abstractNumId"))
            self.abstract[aid] = {_int(lvl.get(qn("w:ilvl")), 0): self._level(lvl)
                                 for lvl in node.findall(qn("w:lvl"))}
            link = _docx_val(node, "w:numStyleLink", qn)
            if link:
                self.links[aid] = link
            defined = _docx_val(node, "w:styleLink", qn)
            if defined:
                self.style_links[defined] = aid
        for num in root.findall(qn("w:num")):
            aid = _docx_val(num, "w:abstractNumId", qn)
            if aid is None:
                continue
            starts, levels = {}, {}
            for override in num.findall(qn("w:lvlOverride")):
                ilvl = _int(override.get(qn("w:ilvl")), 0)
                start = _docx_val(override, "w:startOverride", qn)
                if start is not None:
                    starts[ilvl] = _int(start, 1)
                lvl = override.find(qn("w:lvl"))
                if lvl is not None:
                    levels[ilvl] = self._level(lvl)
            self.nums[num.get(qn("w:numId"))] = (aid, starts, levels)

    def _level(self, lvl) -> dict:
        qn = self.qn
        return {
            "fmt": _docx_val(lvl, "w:numFmt", qn, "decimal"),
            "text": _docx_val(lvl, "w:lvlText", qn),
            "start": _int(_docx_val(lvl, "w:start", qn), 1),
            "legal": lvl.find(qn("w:isLgl")) is not None,
            "style": _docx_val(lvl, "w:pStyle", qn, ""),
            "restart": _docx_val(lvl, "w:lvlRestart", qn),
        }

    def _resolve(self, num_id: str):
        """(abstract id, levels, start overrides) of a list, following numbering-style links."""
        if num_id not in self.nums:
            return None
        aid, starts, overrides = self.nums[num_id]
        for _ in range(3):  # abstractNum -> numbering style -> its list -> the defining abstractNum
            if self.abstract.get(aid) or aid not in self.links:
                break
            target = self.style_links.get(self.links[aid])
            if target is None:
                for style in self.styles.chain(self.links[aid]):
                    ref = style.find(".//" + self.qn("w:numId"))
                    if ref is not None and ref.get(self.qn("w:val")) in self.nums:
                        target = self.nums[ref.get(self.qn("w:val"))][0]
                        break
            if target is None:
                break
            aid = target
        levels = dict(self.abstract.get(aid, {}))
        levels.update(overrides)
        return aid, levels, starts

    def style_level(self, num_id: str, style_id: str) -> int:
        """The level of a list linked to a paragraph style (``w:pStyle`` in ``w:lvl``), else 0."""
        resolved = self._resolve(num_id)
        if resolved and style_id:
            for ilvl, level in sorted(resolved[1].items()):
                if level["style"] == style_id:
                    return ilvl
        return 0

    def number(self, num_id: str, ilvl: int) -> tuple[str, str]:
        """Count one more item at ``ilvl`` of the list and return (displayed number, format)."""
        resolved = self._resolve(num_id)
        if resolved is None:
            return "•", "bullet"  # a list style without definition: bullets
        aid, levels, starts = resolved
        counts = self.counters.setdefault(aid, {})
        if num_id not in self.started:  # "restart numbering" is a new list with start overrides
            self.started.add(num_id)
            for level, start in starts.items():
                counts[level] = start - 1
                for deeper in [k for k in counts if k > level]:
                    del counts[deeper]
        # a level the list does not define (a one-level list used deeper): shown as a bullet
        level = levels.get(ilvl) or {"fmt": "bullet", "text": None, "start": 1, "legal": False,
                                     "style": "", "restart": None}
        counts[ilvl] = counts.get(ilvl, level["start"] - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            if (levels.get(deeper) or {}).get("restart") != "0":
                del counts[deeper]  # a deeper level restarts under a new item
        if level["fmt"] in ("bullet", "none"):
            return ("•" if level["fmt"] == "bullet" else ""), level["fmt"]
        pattern = level["text"] if level["text"] is not None else f"%{ilvl + 1}."

        def value(match) -> str:
            k = int(match.group(1)) - 1
            other = levels.get(k) or level
            fmt = "decimal" if level["legal"] else other["fmt"]
            return _format_number(counts.get(k, other["start"]), fmt)

        return re.sub(r"%([1-9])", value, pattern), level["fmt"]


def _title_text(text: str, max_chars: int, max_words: int) -> bool:
    """Whether a paragraph's text may be a title set by direct formatting (see _DocxLooks,
    _OdtLooks): short, with letters, not ending like a sentence or a lead-in."""
    return (bool(text) and len(text) <= max_chars and len(text.split()) <= max_words
            and text[-1] not in ".;,:!?…" and bool(re.search(r"[^\W\d_]{2}", text)))


class _DocxLooks:
    """Headings made by direct formatting: a short paragraph, every run bold and set in a font
    clearly larger than the body text's, not ending like a sentence."""

    MIN_EXTRA = 4  # half-points: at least 2 pt larger than the body text
    MAX_WORDS = 12

    def __init__(self, paragraphs, styles: _DocxStyles, qn) -> None:
        self.qn = qn
        self.styles = styles
        root = styles.root
        default = None
        if root is not None:
            node = root.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr"))
            default = _docx_val(node, "w:sz", qn)
        self.default = _int(default, 22)
        # the body text's size: the most common one, by characters, outside headings and lists
        weights: dict[int, int] = {}
        heading_sizes: set[int] = set()
        for paragraph in paragraphs:
            runs = self.runs(paragraph)
            if _docx_heading_level(paragraph, qn) is not None:
                heading_sizes.update(size for size, _, _ in runs)
                continue
            for size, _, length in runs:
                weights[size] = weights.get(size, 0) + length
        self.body = max(weights, key=weights.get) if weights else self.default
        self.heading_sizes = heading_sizes
        candidates = set()
        for paragraph in paragraphs:
            size = self._size_if_heading(paragraph, _clean(_docx_text(paragraph._p, qn)))
            if size is not None:
                candidates.add(size)
        self.candidate_sizes = candidates

    def runs(self, paragraph) -> list[tuple[int, bool, int]]:
        """(size in half-points, bold, length) of the visible runs holding text."""
        qn = self.qn
        hidden = {qn("w:txbxContent"), qn("w:del"), qn("w:moveFrom")}
        pstyle = paragraph.style.style_id if paragraph.style is not None else ""
        pchain = self.styles.chain(pstyle)
        out = []
        for run in paragraph._p.iter(qn("w:r")):
            if _docx_hidden(run, paragraph._p, hidden):
                continue
            text = "".join(t.text or "" for t in run.iter(qn("w:t")))
            if not text.strip():
                continue
            rpr = run.find(qn("w:rPr"))
            chain = [rpr] + [s.find(qn("w:rPr")) for s in self.styles.chain(_docx_val(rpr, "w:rStyle", qn, ""))]
            chain += [s.find(qn("w:rPr")) for s in pchain]
            size = next((_docx_val(r, "w:sz", qn) for r in chain if _docx_val(r, "w:sz", qn)), None)
            bold = next((_docx_val(r, "w:b", qn, "1") for r in chain
                         if r is not None and r.find(qn("w:b")) is not None), "0")
            out.append((_int(size, self.default),
                        bold not in ("0", "false", "off"), len(text.strip())))
        return out

    def _size_if_heading(self, paragraph, text: str):
        if not _title_text(text, 120, self.MAX_WORDS) or paragraph._p.find(".//" + self.qn("w:numPr")) is not None:
            return None
        runs = self.runs(paragraph)
        if not runs or not all(bold and size >= self.body + self.MIN_EXTRA for size, bold, _ in runs):
            return None
        return min(size for size, _, _ in runs)

    def typed_note(self, paragraph, text: str) -> bool:
        """A note typed at the foot of the text: opened by its call number set as an exponent
        (« ¹ », or a digit in a superscript run) and all in a font smaller than the body's."""
        qn = self.qn
        runs = self.runs(paragraph)
        if not runs or max(size for size, _, _ in runs) >= self.body:
            return False
        if text[:1] in _SUPERSCRIPT_DIGITS:
            return True
        first = next((r for r in paragraph._p.iter(qn("w:r"))
                      if "".join(t.text or "" for t in r.iter(qn("w:t"))).strip()), None)
        if first is None:
            return False
        called = "".join(t.text or "" for t in first.iter(qn("w:t"))).strip()
        if not text.startswith(called) or not re.match(r"\d{1,3}$", called):
            return False
        rpr = first.find(qn("w:rPr"))
        chain = [rpr] + [st.find(qn("w:rPr")) for st in self.styles.chain(_docx_val(rpr, "w:rStyle", qn, ""))]
        return next((_docx_val(r, "w:vertAlign", qn) for r in chain if _docx_val(r, "w:vertAlign", qn)), "") == "superscript"

    def heading_level(self, paragraph, text: str):
        """Level of a direct-formatted heading (ranked by size among the heading styles' sizes,
        or among such headings when the document has no heading style), else None."""
        size = self._size_if_heading(paragraph, text)
        if size is None:
            return None
        scale = self.heading_sizes or self.candidate_sizes
        return min(9, 1 + sum(1 for other in scale if other > size))


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (n - 1) % 26) * (1 + (n - 1) // 26)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "bullet":
        return "•"
    if fmt == "none":
        return ""
    return str(n)  # decimal and the other numeric formats


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += letters
            n -= value
    return out


# --- ODT --------------------------------------------------------------------------------

_LOEXT = "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"
_ODT_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}


def read_odt(path: Path) -> Extracted:
    from odf import opendocument
    from odf.namespaces import TABLENS, TEXTNS, XMLNS

    try:
        document = opendocument.load(str(path))
    except Exception as err:  # odfpy raises many kinds (BadZipFile, KeyError, xml errors...)
        raise ExtractionError(
            "document ODT illisible ou endommagé : ouvrez-le dans un traitement de texte et "
            "enregistrez-le à nouveau au format .odt.",
            path=path,
        ) from err
    styles = _OdtStyles(document)
    looks = _OdtLooks(document, styles)
    builder = TextBuilder()
    # headings one level down when a paragraph in the Title style tops them (as in DOCX)
    shift = int(any(styles.is_title(p.getAttrNS(TEXTNS, "style-name") or "")
                    for p in _odt_elements(document.text, (TEXTNS, "p"))))
    outline: dict[int, int] = {}
    lists: dict[str, dict[int, int]] = {"": {}}  # counters by list id; "" = the last list
    by_style: dict[str, dict[int, int]] = {}
    state = {"tables": 0}

    def heading(node, numbering=None) -> None:
        level = _int(node.getAttrNS(TEXTNS, "outline-level"), 1)
        text = _clean(_odt_text(node))
        if numbering is None and node.getAttrNS(TEXTNS, "is-list-header") != "true":
            restart = node.getAttrNS(TEXTNS, "restart-numbering") == "true"
            numbering = _odt_count(styles.outline, outline, level, restart, node.getAttrNS(TEXTNS, "start-value"))
        if numbering and numbering[1] not in ("bullet", "none"):
            text = _with_number(text, numbering[0])
        builder.add("heading", text, level=level + shift)

    def walk(node) -> None:
        for child in node.childNodes:
            if child.nodeType != child.ELEMENT_NODE:
                continue
            ns, name = child.qname
            if ns == TEXTNS and name == "h":
                heading(child)
            elif ns == TEXTNS and name == "p":
                text = _clean(_odt_text(child))
                level = looks.heading_level(child, text) if text else None
                if toc_tab_entry(_odt_text(child, tab="\t")):
                    continue  # « Introduction<tab>2 »: a table of contents typed by hand
                if styles.is_title(child.getAttrNS(TEXTNS, "style-name") or ""):
                    builder.add("heading", text, level=1)
                elif level is not None:
                    builder.add("heading", text, level=level + shift)
                else:
                    _add_text(builder, text)
                for box in _odt_text_boxes(child):
                    # a frame anchored in the paragraph holding text (a sidebar, a framed
                    # commitment): its paragraphs, lists and tables come right after it
                    walk(box)
            elif ns == TEXTNS and name == "list":
                style = child.getAttrNS(TEXTNS, "style-name") or ""
                if not style:  # a list without style: the list style of its paragraphs' style
                    first = next(iter(_odt_elements(child, (TEXTNS, "p"))), None)
                    style = styles.paragraph_list_style(first.getAttrNS(TEXTNS, "style-name") or "") if first else ""
                xml_id = child.getAttrNS(XMLNS, "id") or ""
                chain = child.getAttrNS(TEXTNS, "continue-list") or ""
                if chain and chain in lists:
                    counters = lists[chain]
                elif child.getAttrNS(TEXTNS, "continue-numbering") == "true" and style in by_style:
                    counters = by_style[style]
                else:
                    counters = {}
                if xml_id:
                    lists[xml_id] = counters
                by_style[style] = counters
                walk_list(child, 0, style, counters)
            elif ns == TABLENS and name == "table":
                rows, full_width = _odt_rows(child, TABLENS)
                if _frame(rows, full_width):
                    # a box framing text: its paragraphs, lists and tables are read as the body's
                    walk(next(_odt_elements(child, (TABLENS, "table-cell"))))
                elif rows:
                    _add_table(builder, rows, state["tables"], full_width=full_width)
                    state["tables"] += 1
            elif ns == TEXTNS and name == "section":
                walk(child)

    def walk_list(node, depth: int, style: str, counters: dict[int, int]) -> None:
        levels = styles.lists.get(style)
        for item in node.childNodes:
            if item.nodeType != item.ELEMENT_NODE or item.qname[0] != TEXTNS:
                continue
            if item.qname[1] not in ("list-item", "list-header"):
                continue
            children = [c for c in item.childNodes if c.nodeType == c.ELEMENT_NODE]
            numbered_item = (item.qname[1] == "list-item" and bool(children)
                             and children[0].qname in ((TEXTNS, "p"), (TEXTNS, "h")))
            numbering = None
            if numbered_item and levels is not None:
                numbering = _odt_count(levels, counters, depth + 1, item.getAttrNS(TEXTNS, "start-value") is not None,
                                       item.getAttrNS(TEXTNS, "start-value"))
            if numbering is None or numbering[1] == "bullet":
                marker, words = "•", ""
            else:
                marker, words = _displayed_marker(numbering[0])
            said = False  # the item's first paragraph has been given
            for child in children:
                if child.qname == (TEXTNS, "h"):
                    # a numbered heading (outline numbering stored as a list): a heading
                    heading(child, numbering if levels is not None else None)
                elif child.qname == (TEXTNS, "p"):
                    text = _clean(_odt_text(child))
                    written, rest = split_marker(text)
                    if not text:
                        continue
                    if said and not written:
                        # a further paragraph of the same item (its explanation): it goes on it
                        builder.add("paragraph", text, level=depth + 1)
                        continue
                    said = True
                    if item.qname[1] == "list-header" or (numbering is not None and numbering[1] == "none"):
                        builder.add("paragraph", text)  # shown without number nor bullet
                    elif words:
                        builder.add("list_item", f"{words} {text}", level=depth, marker=marker)
                        words = ""  # the label belongs to the item's first paragraph
                    elif written:
                        builder.add("list_item", rest.strip(), level=depth, marker=written)
                    else:
                        builder.add("list_item", text, level=depth, marker=marker)
                elif child.qname == (TEXTNS, "list"):
                    walk_list(child, depth + 1, child.getAttrNS(TEXTNS, "style-name") or style, counters)

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


def _odt_elements(node, qname):
    """Descendant elements of ``node`` with the given (namespace, name), in document order."""
    for child in node.childNodes:
        if child.nodeType != child.ELEMENT_NODE:
            continue
        if child.qname == qname:
            yield child
        yield from _odt_elements(child, qname)


def _odt_count(levels: dict[int, dict], counters: dict[int, int], level: int, restart: bool, start) -> tuple[str, str]:
    """Count one more item at ``level`` (1-based) and return (displayed number, format)."""
    style = levels.get(level)
    if style is None:  # a level the list style does not define: shown as a bullet
        return "•", "bullet"
    if restart:
        counters[level] = _int(start, style["start"]) - 1
    counters[level] = counters.get(level, style["start"] - 1) + 1
    for deeper in [k for k in counters if k > level]:
        del counters[deeper]  # a deeper level restarts under a new item
    if style["fmt"] in ("bullet", "none"):
        return ("•" if style["fmt"] == "bullet" else ""), style["fmt"]

    def value(k: int) -> str:
        other = levels.get(k) or style
        return _format_number(counters.get(k, other["start"]), other["fmt"])

    if style["pattern"]:  # LibreOffice's own format: "Action %1%.%2%.%3% – "
        display = re.sub(r"%(\d+)%", lambda m: value(int(m.group(1))), style["pattern"])
    else:
        shown = range(max(1, level - style["display"] + 1), level + 1)
        numbers = [value(k) for k in shown if (levels.get(k) or style)["fmt"] not in ("bullet", "none")]
        display = style["prefix"] + ".".join(numbers) + style["suffix"]
    return display, style["fmt"]


class _OdtStyles:
    """Paragraph styles (parent, list style), list styles and the outline numbering."""

    def __init__(self, document) -> None:
        from odf.namespaces import STYLENS, TEXTNS

        self.paragraphs: dict[str, tuple[str, str, str]] = {}  # name -> (parent, list style, display name)
        self.lists: dict[str, dict[int, dict]] = {}
        self.outline: dict[int, dict] = {}
        # (family, name) -> (parent, weight, size in points): "" / None when the style does not say;
        # (family, "") is the family's default style
        self.looks: dict[tuple[str, str], tuple[str, str, Optional[float]]] = {}
        for container in (document.styles, document.automaticstyles):
            for style in container.childNodes:
                if style.nodeType != style.ELEMENT_NODE:
                    continue
                if style.qname in ((STYLENS, "style"), (STYLENS, "default-style")):
                    family = style.getAttrNS(STYLENS, "family") or ""
                    name = style.getAttrNS(STYLENS, "name") or "" if style.qname[1] == "style" else ""
                    self.looks[(family, name)] = (style.getAttrNS(STYLENS, "parent-style-name") or "",
                                                  *_odt_text_properties(style))
                if style.qname == (STYLENS, "style") and style.getAttrNS(STYLENS, "family") == "paragraph":
                    self.paragraphs[style.getAttrNS(STYLENS, "name")] = (
                        style.getAttrNS(STYLENS, "parent-style-name") or "",
                        style.getAttrNS(STYLENS, "list-style-name") or "",
                        style.getAttrNS(STYLENS, "display-name") or "",
                    )
                elif style.qname == (TEXTNS, "list-style"):
                    self.lists[style.getAttrNS(STYLENS, "name")] = self._levels(style)
                elif style.qname == (TEXTNS, "outline-style"):
                    self.outline = self._levels(style)

    @staticmethod
    def _levels(style) -> dict[int, dict]:
        from odf.namespaces import STYLENS, TEXTNS

        levels = {}
        for node in style.childNodes:
            if node.nodeType != node.ELEMENT_NODE:
                continue
            kind = node.qname[1]
            level = _int(node.getAttrNS(TEXTNS, "level"), 1)
            if kind in ("list-level-style-number", "outline-level-style"):
                fmt = node.getAttrNS(STYLENS, "num-format") or ""
                levels[level] = {
                    "fmt": _ODT_FORMATS.get(fmt, "decimal" if fmt else "none"),
                    "prefix": node.getAttrNS(STYLENS, "num-prefix") or "",
                    "suffix": node.getAttrNS(STYLENS, "num-suffix") or "",
                    "display": _int(node.getAttrNS(TEXTNS, "display-levels"), 1),
                    "start": _int(node.getAttrNS(TEXTNS, "start-value"), 1),
                    "pattern": node.attributes.get((_LOEXT, "num-list-format"), "") if fmt else "",
                }
            elif kind in ("list-level-style-bullet", "list-level-style-image"):
                levels[level] = {"fmt": "bullet", "prefix": "", "suffix": "", "display": 1, "start": 1, "pattern": ""}
        return levels

    def _chain(self, name: str):
        seen = set()
        while name and name in self.paragraphs and name not in seen:
            seen.add(name)
            yield name, self.paragraphs[name]
            name = self.paragraphs[name][0]

    def is_title(self, name: str) -> bool:
        """A paragraph style that is, or derives from, the "Title" style."""
        return any(_TITLE_STYLE.match(n.replace("_20_", " ")) or _TITLE_STYLE.match(display)
                   for n, (_, _, display) in self._chain(name))

    def paragraph_list_style(self, name: str) -> str:
        return next((list_style for _, (_, list_style, _) in self._chain(name) if list_style), "")

    def look(self, family: str, name: str, inherited: tuple[str, Optional[float]]) -> tuple[str, Optional[float]]:
        """(weight, size) of a style: its own, else its parents', else ``inherited`` (what
        the enclosing paragraph or span gives; for a paragraph, the default style's)."""
        weight, size, seen = "", None, set()
        while name and (family, name) in self.looks and name not in seen:
            seen.add(name)
            parent, own_weight, own_size = self.looks[(family, name)]
            weight, size = weight or own_weight, size if size is not None else own_size
            name = parent
        return weight or inherited[0], size if size is not None else inherited[1]

    def paragraph_look(self, name: str) -> tuple[str, Optional[float]]:
        _, weight, size = self.looks.get(("paragraph", ""), ("", "", None))
        return self.look("paragraph", name, (weight, size))


def _odt_text_properties(style) -> tuple[str, Optional[float]]:
    """(font weight, font size in points) a style's text properties set ("" / None if not)."""
    from odf.namespaces import FONS, STYLENS

    for node in style.childNodes:
        if node.nodeType == node.ELEMENT_NODE and node.qname == (STYLENS, "text-properties"):
            size = re.match(r"^\s*(\d+(?:\.\d+)?)pt\s*$", node.getAttrNS(FONS, "font-size") or "")
            return node.getAttrNS(FONS, "font-weight") or "", float(size.group(1)) if size else None
    return "", None


def _odt_bold(weight: str) -> bool:
    return weight == "bold" or (weight.isdigit() and int(weight) >= 600)


class _OdtLooks:
    """Headings made by direct formatting in ODT, as a PDF reader sees them
    (:func:`nlp_stn.extract.pdf._line_kind`): a short paragraph wholly in bold, not ending
    like a sentence, in a document whose body text is not bold (« Internet et téléphone »
    over the paragraphs of a letter). They rank below the document's outline headings, the
    larger ones first."""

    MAX_WORDS = 12
    MAX_CHARS = 100

    def __init__(self, document, styles: "_OdtStyles") -> None:
        from odf.namespaces import TEXTNS

        self.styles = styles
        weights: dict[bool, int] = {}
        for paragraph in _odt_elements(document.text, (TEXTNS, "p")):
            for bold, _, length in self.runs(paragraph):
                weights[bold] = weights.get(bold, 0) + length
        self.body_bold = bool(weights) and weights.get(True, 0) > weights.get(False, 0)
        self.top = max((_int(h.getAttrNS(TEXTNS, "outline-level"), 1)
                        for h in _odt_elements(document.text, (TEXTNS, "h"))), default=0)
        self.sizes = sorted({self._size_if_heading(p, _clean(_odt_text(p)))
                             for p in _odt_elements(document.text, (TEXTNS, "p"))} - {None}, reverse=True)

    def runs(self, paragraph) -> list[tuple[bool, float, int]]:
        """(bold, size in points, length) of the paragraph's pieces of visible text."""
        from odf.namespaces import TEXTNS

        out: list[tuple[bool, float, int]] = []
        start = self.styles.paragraph_look(paragraph.getAttrNS(TEXTNS, "style-name") or "")

        def visit(element, look) -> None:
            for child in element.childNodes:
                if child.nodeType == child.TEXT_NODE:
                    if child.data.strip():
                        out.append((_odt_bold(look[0]), look[1] or 12.0, len(child.data.strip())))
                    continue
                if child.nodeType != child.ELEMENT_NODE or child.qname[1] in _ODT_SKIPPED or child.qname[1] == "frame":
                    continue
                name = child.getAttrNS(TEXTNS, "style-name") if child.qname[1] == "span" else ""
                visit(child, self.styles.look("text", name, look) if name else look)

        visit(paragraph, start)
        return out

    def _size_if_heading(self, paragraph, text: str) -> Optional[float]:
        if (self.body_bold or not _title_text(text, self.MAX_CHARS, self.MAX_WORDS)
                or text[:1] in "«“\"" or text[:1].islower()):
            return None
        runs = self.runs(paragraph)
        if not runs or not all(bold for bold, _, _ in runs):
            return None
        return min(size for _, size, _ in runs)

    def heading_level(self, paragraph, text: str) -> Optional[int]:
        """Level of a bold paragraph read as a heading, else None."""
        size = self._size_if_heading(paragraph, text)
        if size is None:
            return None
        return min(9, self.top + 1 + self.sizes.index(size))


def _odt_text_boxes(node) -> list:
    """The text boxes (``draw:text-box`` of a ``draw:frame``) anchored in an element, not
    those inside another box (read with it) nor in a footnote or comment; a frame holding an
    image has none."""
    from odf.namespaces import DRAWNS

    boxes = []
    for child in node.childNodes:
        if child.nodeType != child.ELEMENT_NODE or child.qname[1] in _ODT_SKIPPED:
            continue
        if child.qname == (DRAWNS, "text-box"):
            boxes.append(child)
        else:
            boxes.extend(_odt_text_boxes(child))
    return boxes


_ODT_SKIPPED = {"note", "annotation", "tracked-changes", "note-citation", "bookmark-ref"}


# An entry of a table of contents typed by hand: a heading's words, a tab (maybe over a leader of
# dots) and its page number (« Introduction<tab>2 », « 1. Les usages<tab>....<tab>4 »)
_TOC_TAB_ENTRY = re.compile(r"^(?=[^\t]*[^\W\d_]{2})[^\t]{1,150}?(?<![.!?;:,])[ ]*\t[\s.…·_-]*\d{1,3}\s*$")


def toc_tab_entry(text: str) -> bool:
    r"""Whether a paragraph's text, its tabs kept, is an entry of a table of contents typed by hand
    (see _TOC_TAB_ENTRY): it repeats a heading and gives its page, no text of the document.

    >>> toc_tab_entry("Introduction\t2"), toc_tab_entry("2. Les usages du numérique\t.........\t14")
    (True, True)
    >>> toc_tab_entry("Budget total :\t12"), toc_tab_entry("Introduction 2"), toc_tab_entry("Tableau\t2\t3")
    (False, False, False)
    """
    return bool(_TOC_TAB_ENTRY.match(text.strip(" \n")))


def _odt_text(node, tab: str = " ") -> str:
    """Visible text of an ODT element: spans, links, spaces (text:s), tabs (as ``tab``) and line
    breaks as spaces; footnotes, comments and tracked deletions left out."""
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
            elif name == "tab":
                parts.append(tab)
            elif name == "line-break":
                parts.append(" ")
            else:
                visit(child)

    visit(node)
    return "".join(parts)


def _odt_rows(table, TABLENS) -> tuple[list[list[str]], frozenset]:
    """Texts of a table's cells by row (a covered cell is empty) and the rows made of a single
    cell spanning the whole table."""
    rows, spans = [], []

    def collect(node):
        for child in node.childNodes:
            if child.nodeType != child.ELEMENT_NODE:
                continue
            if child.qname == (TABLENS, "table-row"):
                cells, span = [], 0
                for cell in child.childNodes:
                    if cell.nodeType != cell.ELEMENT_NODE:
                        continue
                    if cell.qname == (TABLENS, "table-cell"):
                        parts = [_odt_text(p) for p in cell.childNodes if p.nodeType == p.ELEMENT_NODE]
                        cells.append("\n".join(parts))
                        if len(cells) == 1:
                            span = _int(cell.getAttrNS(TABLENS, "number-columns-spanned"), 1)
                    elif cell.qname == (TABLENS, "covered-table-cell"):
                        cells.append("")
                rows.append(cells)
                spans.append(span)
            elif child.qname[1] in ("table-header-rows", "table-rows", "table-row-group"):
                collect(child)

    collect(table)
    width = max((len(row) for row in rows), default=0)
    full_width = frozenset(r for r, span in enumerate(spans) if width > 1 and span >= width)
    return rows, full_width
