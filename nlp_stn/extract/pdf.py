"""PDF reader: fast text with pypdfium2, pdfplumber only for pages with ruled tables.

Steps: lines of each page with their position, font size and weight (pypdfium2); running
headers, footers and page numbers (lines recurring at the top or bottom of many pages,
digits allowed to vary, or of every page of a short document at the same height; "page 2
sur 5" lines, "… – 2/3" counters, a stamp of several lines repeated at the same place)
dropped; tables of contents (runs of entries with dot leaders or aligned page numbers)
dropped; footnotes at the foot of a page (smaller, opened by a number called in the body,
glued to a word or printed smaller and raised: "écoulée2", "d'accueil.¹", "en 2024²") dropped
with their calls, and raised note calls dropped even when the notes are gathered at the end
(not "m²"); pieces of a few letters that pdfium cuts small type into joined again on their row;
letter-spaced capitals joined; two columns (or three, or more) of running text that the text
layer gives row by row (pdfium joining each row's lines) cut at their gutters and read one after
the other (not on a page with a ruled table; with three columns or more, a row is also cut at a
narrow gutter and each column read from its top); a floating frame stored before the
page's text put back at its place; lines grouped into headings (larger or bold short lines,
a heading's lower-case second line kept with it; a long bold sentence, a pull quote or a key
figure is no heading, nor a bold sentence that ends inside a line where regular type goes on,
nor a line of punctuation, nor a name after a line ending on "M." or "Mme"),
list items (bullets, numbering) and paragraphs (vertical gaps against
the document's line spacing, wider steps between baselines, short last lines, a labelled
line such as "Préconisation 2 :" or a field line such as "Indicateur : …" always opening a
block; a list item ends before a line left of its marker when its lines hang right of it, or
when its last line stops short of the right edge of its column, even without a stop; a paragraph
or an item that runs things between dashes goes on when its full last line wrapped before a dash
or right after one, also into the next column; a bold line opening in regular type is no title);
a paragraph cut by a page break joined again, a bold one also on a capital after a word
that cannot end it ("… et" / "Conseil …"); words hyphenated across lines joined
(:func:`nlp_stn.clean.dehyphenate`, real compounds kept). The body size is read from the text
outside tables. Ruled tables become
"table_cell" blocks (header = the first row's cell of the column; a first row that is a title
spanning the table, "Fiche action n° 3 – …", is no header); a cell's paragraphs and bulleted
items are kept on lines of their own; a table going on over a page break (its header row
repeated or not) is one table, a row cut by the break joined again, but a table opening with
its own title row after a titled one, or whose field names start again, is a new record.
Every block keeps its 1-based page number.
"""
from __future__ import annotations

import ctypes
import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Optional, Sequence

from ..clean import dehyphenate, misread_article, normalise_spaces, repair_capital_i, split_marker
from ..errors import ExtractionError
from ..labels import parse_label
from ..settings import Settings
from .base import Extracted, TextBuilder
from .furniture import EDGE_LINES, EDGE_SHARE, NOTE_START as _NOTE_START, PAGE_NUMBER as _PAGE_NUMBER
from .furniture import PAGE_OF as _PAGE_OF, SENTENCE_END as _SENTENCE_END, TOC_LEADERS as _TOC_LEADERS
from .furniture import TOC_TITLE as _TOC_TITLE, counts_pages as _counts_pages, edge_key as _edge_key
from .furniture import cut_name as _cut_name, cut_title as _cut_title, note_call as _note_call, opens_field
from .furniture import opens_label

SOFT_HYPHEN = "\ufffe"  # pdfium's mark for a hyphen at the end of a line (line break removed)
# The same mark as pdfium gives it in the text of an area (a table's cell): U+0002.
BOUNDED_HYPHEN = "\x02"
# No-break, thin and other odd spaces as plain spaces (blocks get clean.normalise_spaces later).
_ODD_SPACES = str.maketrans(
    {c: " " for c in "\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000"}
)

# Share of the page height, at the top and at the bottom, where running lines are printed.
EDGE_BAND = 0.15
# Deepest heading level: one per printed size of title, then bold lines at the body size. A
# designed document sets its cover, its chapters, its sheets and their fields in more sizes than
# HTML has levels (« Action 5 – … » in 12 pt over « Description de l'action » in bold 10.5 pt
# after a cover in four sizes): capped at six, the field's heading would close its sheet
MAX_HEADING_LEVEL = 9

# Fewer characters than this per page on average: no real text layer (a scan, maybe with a
# stamped header), the user needs OCR rather than an almost empty document.
SCANNED_CHARS_PER_PAGE = 20


@dataclass
class Line:
    text: str
    page: int
    x0: float
    x1: float
    top: float  # distance from the top of the page
    bottom: float
    size: float
    bold: bool
    marker: str = ""
    body: str = ""  # text without the list marker
    baseline: float = 0.0  # distance of the baseline from the top of the page (0: unknown)
    # left edge of a small shape drawn just before the line (a bullet drawn, not typed), or None
    drawn_bullet: Optional[float] = None
    # numbers glued to a word and printed smaller (note calls); None: not known (any may be)
    calls: Optional[tuple[str, ...]] = None
    # numbers printed smaller and raised (superscript note calls, also after a stop, a bracket,
    # a year or a space: "d'accueil.¹", "en 2024²"): (number, start, end) counted in the line's
    # characters other than spaces, which the line's text keeps whatever its spacing
    raised: tuple[tuple[str, int, int], ...] = ()
    # weight of the line's first and last letters (None: not known): a bold run that ends
    # inside the line starts bold and ends regular
    bold_start: Optional[bool] = None
    bold_end: Optional[bool] = None


@dataclass
class Table:
    bbox: tuple[float, float, float, float]  # x0, top, x1, bottom (from the top of the page)
    rows: list[list[Optional[str]]]
    emitted: bool = False
    columns: tuple[float, ...] = ()  # left edges of the columns
    # one row, or no row with two filled cells: kept only as the continuation of a table
    fragment: bool = False
    row_pages: list[int] = field(default_factory=list)  # page of each row (a table may go on)


@dataclass
class Group:
    kind: str
    lines: list[Line] = field(default_factory=list)
    level: int = 0
    marker: str = ""


def read(path: Path, settings: Settings) -> Extracted:
    import pypdfium2 as pdfium

    path = Path(path)
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as err:
        raise _open_error(err, path) from err
    try:
        pages = [_page_lines(pdf, i) for i in range(len(pdf))]
        if not pages:
            raise ExtractionError("ce PDF ne contient aucune page : vérifiez le fichier.", path=path)
        letters = sum(len(line.text) - line.text.count(" ") for page in pages for line in page[0])
        if letters < SCANNED_CHARS_PER_PAGE * len(pages):
            raise ExtractionError(
                "ce PDF ne contient pas de texte (document scanné ?) : passez-le dans un logiciel de "
                "reconnaissance de caractères (OCR) puis relancez.",
                path=path,
            )
        tables = _find_tables(pdf, path, [p[1] for p in pages]) if settings.pdf_tables else {}
        title = _metadata_title(pdf)
    finally:
        pdf.close()
    lines_by_page = drop_table_of_contents(drop_running_lines([p[0] for p in pages], [p[1][0] for p in pages]))
    return build(lines_by_page, tables, title=title, n_pages=len(pages))


def _open_error(err, path: Path) -> ExtractionError:
    code = getattr(err, "err_code", None)
    if code in (4, 5):  # FPDF_ERR_PASSWORD, FPDF_ERR_SECURITY
        return ExtractionError(
            "ce PDF est protégé par un mot de passe : ouvrez-le avec son mot de passe, enregistrez-en "
            "une copie non protégée puis relancez sur cette copie.",
            path=path,
        )
    return ExtractionError(
        "ce PDF est illisible ou endommagé : téléchargez-le à nouveau ou réexportez-le en PDF.",
        path=path,
    )


def _metadata_title(pdf) -> str:
    try:
        title = (pdf.get_metadata_dict().get("Title") or "").strip()
    except Exception:  # pragma: no cover - broken metadata never stops extraction
        return ""
    if not title or re.search(r"\.(docx?|odt|pdf|indd|pptx?|rtf)$", title, re.I) or title.lower() in ("untitled", "sans titre"):
        return ""
    return title


# --- lines ------------------------------------------------------------------------------


def _page_lines(pdf, index: int) -> tuple[list[Line], tuple[float, bool]]:
    """Lines of one page and (page height, has ruled lines)."""
    import pypdfium2.raw as raw

    page = pdf[index]
    try:
        height = page.get_height()
        ruled, dots = _page_paths(page, raw, height)
        textpage = page.get_textpage()
        try:
            text = textpage.get_text_range()
            lines = _split_lines(text, textpage, raw, index + 1, height, columns=not ruled)
        finally:
            textpage.close()
    finally:
        page.close()
    return mark_drawn_bullets(lines, dots), (height, ruled)


# A bullet drawn as a shape (a slide deck's or a designed page's list): a path at most this
# many points wide and high, about as wide as high.
BULLET_MAX_SIZE = 10.0
BULLET_MIN_SIZE = 1.5
# ... and at most this share of the font size of the line it opens (an icon beside a label, as
# tall as the text, is no bullet)
BULLET_SHARE = 0.6


def _page_paths(page, raw, height: float) -> tuple[bool, list[tuple[float, float, float, float]]]:
    """Whether the page has a ruled table (at least 2 horizontal and 2 vertical thin path
    objects, or cells drawn as touching boxes: see :func:`boxed_grid`) and the boxes (x0, x1, top, bottom, from the top of the page) of the small,
    roughly square paths that may be drawn bullets. Top-level page objects, read through the
    raw API to stay fast on busy pages."""
    handle = page.raw
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    horizontal = vertical = 0
    dots, boxes = [], []
    for i in range(raw.FPDFPage_CountObjects(handle)):
        obj = raw.FPDFPage_GetObject(handle, i)
        if raw.FPDFPageObj_GetType(obj) != raw.FPDF_PAGEOBJ_PATH:
            continue
        if not raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        width, tall = right.value - left.value, top.value - bottom.value
        if tall <= 2 and width >= 10:
            horizontal += 1
        elif width <= 2 and tall >= 10:
            vertical += 1
        elif width >= 10 and tall >= 5:
            boxes.append((left.value, right.value, height - top.value, height - bottom.value))
        if (BULLET_MIN_SIZE <= width <= BULLET_MAX_SIZE and BULLET_MIN_SIZE <= tall <= BULLET_MAX_SIZE
                and 0.6 <= width / tall <= 1.6):
            dots.append((left.value, right.value, height - top.value, height - bottom.value))
    return (horizontal >= 2 and vertical >= 2) or boxed_grid(boxes), dots


# Cells drawn as rectangles (fpdf2, ReportLab, some report generators frame each cell with its
# own box instead of drawing rules): two boxes touch when one's right edge is the other's left
# edge, on the same top and bottom, within this many points (bounds include the stroke).
BOX_TOUCH = 2.0


def boxed_grid(boxes: list[tuple[float, float, float, float]]) -> bool:
    """Whether boxes (x0, x1, top, bottom) are the cells of a table: on at least two rows, two
    boxes side by side share an edge (framed paragraphs or cards stand apart)."""
    rows = set()
    for a in boxes:
        for b in boxes:
            if (abs(a[1] - b[0]) <= BOX_TOUCH and abs(a[2] - b[2]) <= BOX_TOUCH
                    and abs(a[3] - b[3]) <= BOX_TOUCH):
                rows.add(round(a[2]))
                break
        if len(rows) >= 2:
            return True
    return False


def mark_drawn_bullets(lines: list[Line], dots: list[tuple[float, float, float, float]]) -> list[Line]:
    """Set ``drawn_bullet`` on the lines that a small drawn shape opens: the shape ends just
    left of the line's first character (within three font sizes), its middle lies within the
    line's height and it is one shape smaller than the text (see ``BULLET_SHARE``; an icon is
    several shapes, or as tall as the text). Only when at least two lines of the page are so
    opened by shapes at the same left edge: a list, not a mark beside one line."""
    if not dots:
        return lines
    dots = sorted(dots, key=lambda d: (d[2] + d[3]) / 2)
    middles = [(top + bottom) / 2 for _, _, top, bottom in dots]
    found: dict[int, float] = {}
    for k, line in enumerate(lines):
        near = {
            tuple(round(v * 2) / 2 for v in dots[i])
            for i in range(bisect_left(middles, line.top - 1), bisect_right(middles, line.bottom + 1))
            if dots[i][1] <= line.x0 + 0.5 and line.x0 - dots[i][1] <= 3 * line.size
        }
        # one shape (maybe drawn twice, filled then stroked), smaller than the text; an icon
        # is several shapes, or one as tall as the text
        if len(near) == 1:
            x0, x1, top, bottom = next(iter(near))
            if max(x1 - x0, bottom - top) <= BULLET_SHARE * line.size:
                found[k] = x0
    kept = {k for k, x in found.items() if sum(abs(x - other) <= 2 for other in found.values()) >= 2}
    return [replace(line, drawn_bullet=found[k]) if k in kept else line for k, line in enumerate(lines)]


def _split_lines(text: str, textpage, raw, page_no: int, height: float, columns: bool = True) -> list[Line]:
    """Lines of a page's text (one per "\\r\\n" or soft hyphen) with their geometry; with ``columns``
    (a page without a ruled table, whose rows are cells), two columns read row by row are read
    one after the other (:func:`read_columns`)."""
    handle = textpage.raw
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    name_buf = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    matrix = raw.FS_MATRIX()
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    lines: list[Line] = []
    start = 0
    n = len(text)
    gutters, cuts = _gutter_cuts(text, handle, raw, left, right, bottom, top, matrix) if columns else ([], [])
    row_goes_on = False  # the last line ended on a raised suffix alone: its row may go on
    piece = ""  # text of the last piece of text read (a line may be glued from several)
    while start < n:
        end = text.find("\r\n", start)
        hyphen = text.find(SOFT_HYPHEN, start)
        if end < 0:
            end = n
        if 0 <= hyphen < end:
            end, content, step = hyphen, text[start:hyphen] + "-", 1
        else:
            content, step = text[start:end], 2
        cut = cuts[bisect_right(cuts, start)] if bisect_right(cuts, start) < len(cuts) else n
        if cut < end:  # the other column's line on the same row: a line of its own
            end, content, step = cut, text[start:cut], 0
        stripped = content.strip()
        if stripped:
            first = start + (len(content) - len(content.lstrip()))
            last = start + len(content.rstrip()) - 1
            if content.endswith("-") and step == 1:
                last = end - 1 if end > start else first
            raw.FPDFText_GetCharBox(handle, first, left, right, bottom, top)
            x0, y_top, y_bottom = left.value, top.value, bottom.value
            raw.FPDFText_GetCharBox(handle, max(first, last), left, right, bottom, top)
            x1 = right.value
            y_top, y_bottom = max(y_top, top.value), min(y_bottom, bottom.value)
            # font of a character in the middle of the line (not of a leading superscript)
            probe = _probe_index(text, first, max(first, last))
            raw.FPDFText_GetMatrix(handle, probe, matrix)  # fonts may be scaled by the matrix
            size = raw.FPDFText_GetFontSize(handle, probe) * (math.hypot(matrix.c, matrix.d) or 1.0)
            raw.FPDFText_GetCharOrigin(handle, probe, origin_x, origin_y)
            calls = []  # numbers glued to a word in a smaller size: note calls in superscript
            for m in _GLUED_NUMBER.finditer(text, first, max(first, last) + 1):
                raw.FPDFText_GetMatrix(handle, m.start(), matrix)
                small = raw.FPDFText_GetFontSize(handle, m.start()) * (math.hypot(matrix.c, matrix.d) or 1.0)
                if small < SUPERSCRIPT_SHARE * size:
                    calls.append(m.group(0))
            raised = _raised_numbers(text, first, max(first, last), size, origin_y.value, handle, raw, matrix)
            calls.extend(number for number, _, _ in raised if number not in calls)

            if lines and _ordinal_goes_on(lines[-1], text, first, x0, handle, raw, height):
                # « 1<sup>er</sup> mars »: pdfium breaks the line at the raised suffix; the
                # number, its suffix and the rest of the row are one line (« 1er mars »)
                lines[-1] = _glue_row(lines[-1], stripped, x1, height - y_top, height - y_bottom, calls, raised, True)
                row_goes_on = stripped == _ORDINAL_SUFFIX.match(stripped).group(0)
                piece = stripped
                start = end + step
                continue
            if row_goes_on and abs((height - origin_y.value) - lines[-1].baseline) <= 1.0 and 0 <= x0 - lines[-1].x1 <= size:
                # the rest of the row after a suffix alone on its line (« 1 » / « er » / « mars »)
                lines[-1] = _glue_row(lines[-1], stripped, x1, height - y_top, height - y_bottom, calls, raised, False)
                row_goes_on = False
                piece = stripped
                start = end + step
                continue
            row_goes_on = False
            letters = [i for i in range(first, max(first, last) + 1) if text[i].isalpha()]
            bold_end = _bold_char(handle, raw, letters[-1], name_buf, flags) if letters else None
            if lines and piece:
                raw.FPDFText_GetCharOrigin(handle, first, origin_x, origin_y)  # the piece's first glyph
            if lines and _same_row_piece(lines[-1], piece, stripped, height - origin_y.value, x0, size):
                # pdfium starts a line at a glyph printed left of the previous one's advance
                # (small type set tight): « L » / « e » / « s » / « r » … is one line again
                spaced = x0 - lines[-1].x1 > WORD_GAP * size
                glued = _glue_row(lines[-1], stripped, x1, height - y_top, height - y_bottom, calls, raised, not spaced)
                lines[-1] = replace(glued, bold_end=bold_end if letters else lines[-1].bold_end)
                piece = stripped
                start = end + step
                continue
            piece = stripped
            raw.FPDFText_GetCharOrigin(handle, probe, origin_x, origin_y)
            bold = _bold_char(handle, raw, probe, name_buf, flags)
            bold_start = _bold_char(handle, raw, letters[0], name_buf, flags) if letters else None
            lines.append(
                Line(
                    text=join_letter_spacing(" ".join(stripped.translate(_ODD_SPACES).split())),
                    page=page_no,
                    x0=x0,
                    x1=x1,
                    top=height - y_top,
                    bottom=height - y_bottom,
                    size=round(size * 2) / 2,
                    bold=bold,
                    baseline=height - origin_y.value,
                    calls=tuple(calls),
                    raised=raised,
                    bold_start=bold_start,
                    bold_end=bold_end,
                )
            )
        start = end + step
    lines = [line for line in lines if line.text]
    return read_columns(lines, gutters) if gutters else lines


# Two columns whose lines the text layer gives row by row (left line, right line, next row…)
# are joined by pdfium into one line per row: a gap between two letters of a row wider than
# this many times the font size is the gutter between the columns ...
GUTTER_SHARE = 2.0
# ... when at least this many rows are cut by a gap over one same position, each side of them
# holding at least this many characters (a column's line, not a label and its value).
GUTTER_ROWS = 3
GUTTER_PIECE = 15


def _gutter_cuts(text: str, handle, raw, left, right, bottom, top, matrix) -> tuple[list[float], list[int]]:
    """(x of the gutters between columns read row by row, maybe none; indices of ``text``
    where a row cut by one goes on in another column)."""
    rows: list[list[tuple[int, float, float, int]]] = []  # per row, its pieces: (start, x0, x1, letters)
    glyphs: list[list[tuple[int, float, float, float]]] = []  # per such row: (index, x0, x1, size)
    start, n = 0, len(text)
    while start < n:
        end = text.find("\r\n", start)
        end = n if end < 0 else end
        pieces: list[list] = []
        row: list[tuple[int, float, float, float]] = []
        previous = None  # (index, right edge) of the last letter of the row
        for i in range(start, end):
            if text[i].isspace() or text[i] == SOFT_HYPHEN:
                continue
            raw.FPDFText_GetCharBox(handle, i, left, right, bottom, top)
            raw.FPDFText_GetMatrix(handle, i, matrix)
            size = raw.FPDFText_GetFontSize(handle, i) * (math.hypot(matrix.c, matrix.d) or 1.0)
            if previous is not None:
                jump = left.value - previous[1]
                if jump > GUTTER_SHARE * previous[2] > 0 or jump < -GUTTER_SHARE * previous[2] < 0:  # over a gap, or back left
                    pieces.append([i, left.value, right.value, 0])
            else:
                pieces.append([i, left.value, right.value, 0])
            piece = pieces[-1]
            piece[1], piece[2], piece[3] = min(piece[1], left.value), max(piece[2], right.value), piece[3] + 1
            previous = (i, right.value, size)
            row.append((i, left.value, right.value, size))
        if len(pieces) > 1:
            rows.append([tuple(p) for p in pieces])
            glyphs.append(row)
        start = end + 2
    gutters, cuts = column_cuts(text, rows)
    if len(gutters) < 2:
        return gutters, cuts
    return gutters, sorted(set(cuts) | set(narrow_cuts(glyphs, gutters)))


# Between two glyphs of a row on either side of a gutter of three columns or more, a gap at
# least this many times the font size (or any step back left) is the end of a column's line,
# however narrow the gutter (a full line of a column ends close to it); a word space is
# narrower, and a title set across the columns has no gap at a gutter.
NARROW_GUTTER_SHARE = 1.0


def narrow_cuts(rows: list[list[tuple[int, float, float, float]]], gutters: list[float]) -> list[int]:
    """Indices where a row of glyphs (index, x0, x1, font size), read row by row across three
    columns or more, goes on in another column: the two glyphs lie on either side of a gutter
    with a gap of ``NARROW_GUTTER_SHARE`` font sizes between them, or the row steps back left
    over a gutter."""
    cuts = []
    for row in rows:
        for (_, a0, a1, size), (j, b0, b1, _) in zip(row, row[1:]):
            side_a = sum(g < (a0 + a1) / 2 for g in gutters)
            side_b = sum(g < (b0 + b1) / 2 for g in gutters)
            if side_a != side_b and (b0 - a1 >= NARROW_GUTTER_SHARE * size or side_b < side_a):
                cuts.append(j)
    return cuts


def column_cuts(text: str, rows: list[list[tuple[int, float, float, int]]]) -> tuple[list[float], list[int]]:
    """(gutters, cuts) of a page from its rows cut by wide gaps, each row's pieces given in the
    order of ``text`` as (index of the first letter, x0, x1, letters): a gutter is a band that
    at least ``GUTTER_ROWS`` rows leave empty between two pieces of ``GUTTER_PIECE`` letters or
    more (:func:`gutter_positions`), and a cut is kept where a row goes on across one."""
    gaps = []
    for pieces in rows:
        ordered = sorted(pieces, key=lambda p: p[1])
        gaps.extend((p[2], q[1]) for p, q in zip(ordered, ordered[1:])
                    if p[2] < q[1] and min(p[3], q[3]) >= GUTTER_PIECE)
    gutters = gutter_positions(gaps)
    # running text wraps inside its sentences: lines of the columns go on in lower case (a list
    # of titles set in two columns, « R1 – … » beside « R10 – … », is left as pdfium gives it)
    if not gutters or sum(text[p[0]].islower() for pieces in rows for p in pieces) < GUTTER_ROWS:
        return [], []
    return gutters, sorted(q[0] for pieces in rows for p, q in zip(pieces, pieces[1:])
                           if any(min(p[2], q[2]) <= g <= max(p[1], q[1]) for g in gutters))


def gutter_position(gaps: list[tuple[float, float]], rows: int = GUTTER_ROWS) -> Optional[float]:
    """The middle of the band that most gaps (left x, right x) of the rows cover, when at
    least ``rows`` of them cover it: the gutter between two columns; None otherwise."""
    best: list[tuple[float, float]] = []
    for lo, _ in gaps:
        covering = [(a, b) for a, b in gaps if a <= lo + 0.5 <= b]
        if len(covering) > len(best):
            best = covering
    if len(best) < rows:
        return None
    return (max(a for a, _ in best) + min(b for _, b in best)) / 2


def gutter_positions(gaps: list[tuple[float, float]], rows: int = GUTTER_ROWS) -> list[float]:
    """The gutters of a page, left to right: the band most gaps cover (:func:`gutter_position`),
    then, among the gaps lying wholly on one side of it, the next one, and so on: three
    columns read row by row leave two bands empty."""
    first = gutter_position(gaps, rows)
    if first is None:
        return []
    left = [(a, b) for a, b in gaps if b < first]
    right = [(a, b) for a, b in gaps if a > first]
    return gutter_positions(left, rows) + [first] + gutter_positions(right, rows)


def read_columns(lines: list[Line], gutters: list[float]) -> list[Line]:
    """``lines`` of a page whose columns were read row by row, in reading order: each run of
    lines lying between the ``gutters`` gives its left column's lines, then the next
    column's; a line across a gutter (a title, a pull quote over the columns) ends the run,
    and so does, with two columns, a left line set apart (more than twice its size below the
    line above it) lower than the end of the run's right column: a box's title under both
    columns. With three columns or more, each column's lines are put in order from the top
    (the text layer may give rows of unequal steps in any order)."""
    out: list[Line] = []
    run: list[Line] = []
    for line in lines + [None]:
        if line is None or any(line.x0 < g < line.x1 for g in gutters):
            out.extend(_run_in_columns(run, gutters) + ([line] if line is not None else []))
            run = []
        else:
            run.append(line)
    return out


def _run_in_columns(run: list[Line], gutters: list[float]) -> list[Line]:
    """A run of lines of the columns (see :func:`read_columns`) in reading order."""
    if len(gutters) > 1:
        columns: list[list[Line]] = [[] for _ in range(len(gutters) + 1)]
        for line in run:
            columns[sum(g <= line.x0 for g in gutters)].append(line)
        return [line for column in columns for line in sorted(column, key=lambda l: l.top)]
    gutter = gutters[0]
    right_end = max((r.bottom for r in run if r.x0 >= gutter), default=None)
    left: list[Line] = []
    right: list[Line] = []
    out: list[Line] = []
    for line in run:
        if line.x1 <= gutter:
            if (left and right_end is not None and line.top > right_end
                    and line.top - left[-1].bottom > 2 * line.size):
                out.extend(left + right)
                left, right, right_end = [], [], None
            left.append(line)
        else:
            right.append(line)
    return out + left + right


# Pieces of at most this many characters (other than spaces) on one row are one line.
PIECE_CHARS = 4
# A gap between two pieces wider than this share of the font size is a space between words.
WORD_GAP = 0.28


def _same_row_piece(line: Line, previous: str, text: str, baseline: float, x0: float, size: float) -> bool:
    """Whether ``text`` (a piece of text starting at ``x0``) goes on the row of ``line`` whose
    last piece was ``previous``: one of both pieces short (``PIECE_CHARS``), the same
    baseline and size, starting just after ``line`` ends (or a little before)."""
    short = min(len(previous) - previous.count(" "), len(text) - text.count(" ")) <= PIECE_CHARS
    return (short and bool(previous) and line.baseline > 0 and abs(baseline - line.baseline) <= 0.5
            and abs(size - line.size) < 0.5 and -0.3 * size <= x0 - line.x1 <= 0.6 * size)


# A French ordinal's suffix printed raised after its number (« 1<sup>er</sup> », « 2<sup>e</sup> »,
# « XIX<sup>e</sup> », « 3<sup>ème</sup> », « 2<sup>nde</sup> »), at the start of a line
_ORDINAL_SUFFIX = re.compile(r"(?:[eè]re?s?|e[rs]?|[eè]mes?|nde?s?|bis|ter)(?![^\W\d_])")
_ENDS_NUMBER = re.compile(r"(?:\b\d{1,4}|\b[IVXLC]{1,6})$")


def _ordinal_goes_on(previous: Line, text: str, first: int, x0: float, handle, raw, height: float) -> bool:
    """Whether the line starting at ``text[first]`` opens with an ordinal's suffix printed smaller
    and raised right after the number that ends ``previous`` (pdfium starts a line there)."""
    if not _ENDS_NUMBER.search(previous.text) or not _ORDINAL_SUFFIX.match(text, first):
        return False
    if not 0 <= x0 - previous.x1 <= previous.size:
        return False
    matrix, origin_x, origin_y = raw.FS_MATRIX(), ctypes.c_double(), ctypes.c_double()
    raw.FPDFText_GetMatrix(handle, first, matrix)
    small = raw.FPDFText_GetFontSize(handle, first) * (math.hypot(matrix.c, matrix.d) or 1.0)
    raw.FPDFText_GetCharOrigin(handle, first, origin_x, origin_y)
    raised = previous.baseline - (height - origin_y.value)
    return small < SUPERSCRIPT_SHARE * previous.size and raised >= RAISED_SHARE * previous.size


def _glue_row(line: Line, text: str, x1: float, top: float, bottom: float, calls: list[str],
              raised: tuple[tuple[str, int, int], ...], suffix: bool) -> Line:
    """``line`` followed on its row by ``text`` (glued to it when ``text`` opens with an
    ordinal's suffix), with the note calls of ``text``."""
    text = join_letter_spacing(" ".join(text.translate(_ODD_SPACES).split()))
    shift = len(line.text) - line.text.count(" ")
    return replace(line, text=line.text + ("" if suffix else " ") + text, x1=max(line.x1, x1),
                   top=min(line.top, top), bottom=max(line.bottom, bottom),
                   calls=None if line.calls is None else line.calls + tuple(c for c in calls if c not in line.calls),
                   raised=line.raised + tuple((number, a + shift, b + shift) for number, a, b in raised))


# Capitals spread out by character spacing ("R E C O M M A N D AT I O N 1"): at least four
# letters or pairs (a kerned pair such as "AT" comes out glued) separated by single spaces.
_SPACED_CAPS = re.compile(r"(?<![\w'’])(?:[A-ZÀ-ÖØ-Þ]{1,2} ){3,}[A-ZÀ-ÖØ-Þ]{1,2}(?![\w'’])")
# Share of single letters in such a run (real words of one or two capitals are rarer).
SPACED_SINGLE_SHARE = 0.75


def join_letter_spacing(text: str) -> str:
    """Words printed with spaced-out capitals joined back ("R E C O M M A N D AT I O N 1" ->
    "RECOMMANDATION 1"); numbers and ordinary words are left as they are.

    >>> join_letter_spacing("R E C O M M A N D AT I O N 1")
    'RECOMMANDATION 1'
    """
    def glue(m: re.Match) -> str:
        tokens = m.group(0).split(" ")
        if sum(len(t) == 1 for t in tokens) < SPACED_SINGLE_SHARE * len(tokens):
            return m.group(0)
        return "".join(tokens)

    return _SPACED_CAPS.sub(glue, text) if " " in text else text


# A number glued to the end of a word or a closing quotation mark ("Communauté1", "PUE2").
_GLUED_NUMBER = re.compile(r"(?<=[^\W\d_»”)])\d{1,3}(?!\d)")
# A note call is printed at most this share of the line's font size.
SUPERSCRIPT_SHARE = 0.85
# ... and a superscript call has its baseline raised by at least this share of it.
RAISED_SHARE = 0.15
_ASCII_DIGITS = frozenset("0123456789")


def _raised_numbers(text: str, first: int, last: int, size: float, baseline_y: float, handle, raw,
                    matrix) -> tuple[tuple[str, int, int], ...]:
    """Runs of at most three digits of ``text[first:last + 1]`` printed smaller than the line
    (``SUPERSCRIPT_SHARE``) and raised above its baseline (``RAISED_SHARE``, ``baseline_y``
    being the page's y of the line's baseline): superscript numbers, whatever comes before
    them. Positions are counted in the characters other than spaces from ``first``."""
    found = []
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    kept = 0  # characters other than spaces before i
    run: list[tuple[int, str]] = []  # (position, digit) of the raised digits in a row
    for i in range(first, last + 2):
        raised = False
        if i <= last and text[i] in _ASCII_DIGITS:
            raw.FPDFText_GetMatrix(handle, i, matrix)
            small = raw.FPDFText_GetFontSize(handle, i) * (math.hypot(matrix.c, matrix.d) or 1.0)
            raw.FPDFText_GetCharOrigin(handle, i, origin_x, origin_y)
            raised = small < SUPERSCRIPT_SHARE * size and origin_y.value - baseline_y >= RAISED_SHARE * size
        if raised:
            run.append((kept, text[i]))
        elif run:
            if len(run) <= 3 and not (i <= last and text[i] in _ASCII_DIGITS):  # not "2⁴5": part of a number
                found.append(("".join(d for _, d in run), run[0][0], run[-1][0] + 1))
            run = []
        if i <= last and not text[i].isspace():
            kept += 1
    return tuple(found)


def _bold_char(handle, raw, i: int, name_buf, flags) -> bool:
    """Whether character ``i`` of the text page is bold: by its font's weight, else by its
    font's name ("…-Bold", "…Semibold")."""
    if raw.FPDFText_GetFontWeight(handle, i) >= 600:
        return True
    raw.FPDFText_GetFontInfo(handle, i, name_buf, len(name_buf), flags)
    return bool(re.search(rb"bold|black|heavy|semibold|demi", name_buf.value, re.I))


def _probe_index(text: str, first: int, last: int) -> int:
    """Index of a letter near the middle of ``text[first:last + 1]`` (else ``first``)."""
    middle = (first + last) // 2
    for i in range(middle, last + 1):
        if text[i].isalpha():
            return i
    for i in range(middle, first - 1, -1):
        if text[i].isalpha():
            return i
    return first


# --- running headers and footers --------------------------------------------------------


def drop_running_lines(pages: list[list[Line]], heights: Optional[list[float]] = None) -> list[list[Line]]:
    """Drop running headers, footers and page numbers.

    Dropped: a line among the top or bottom lines of its page whose text (digits aside)
    recurs there on many pages, or which is repeated word for word at the same place on 3
    pages at least (a chapter's running head); a page number (digits alone) at the same height on 3 pages at least
    (also in a side margin); digits alone as the very first or last line of a page.
    Also dropped, in the top or bottom band of the page (``EDGE_BAND`` of ``heights``, the
    pages' heights; without them, of the span of the page's lines): a line whose text (digits
    aside) is printed at the same height on every page of a document of 2 pages or more, and
    a line opened or closed by a page counter ("… – page 1 sur 2", "Page 3/12 – …").
    Kept: a line printed, in the same weight and size, away from the top and bottom lines of 2
    other pages at least (a sub-heading of every sheet, « Objectif », that lands at a page's edge).
    """
    n_pages = len(pages)
    edges: list[set[int]] = []
    for lines in pages:
        order = sorted(range(len(lines)), key=lambda i: lines[i].top)
        edges.append(set(order[:EDGE_LINES]) | set(order[-EDGE_LINES:]))
    texts: Counter[str] = Counter()
    exact: Counter[str] = Counter()
    places: Counter[tuple] = Counter()
    numbers: Counter[tuple] = Counter()
    for lines, edge in zip(pages, edges):
        texts.update({_edge_key(lines[i].text) for i in edge})
        exact.update({lines[i].text for i in edge})
        places.update({_place_key(lines[i]) for i in edge})
        numbers.update({_number_key(line) for line in lines if _PAGE_NUMBER.match(line.text)})
    # pages where a text is printed away from the page edges, in a given weight and size: a
    # sub-heading that every sheet repeats (« Objectif ») may land at the top or the bottom of a
    # page, but a running line is never also printed in the body of other pages
    inside: dict[tuple, set[int]] = {}
    for k, (lines, edge) in enumerate(zip(pages, edges)):
        for i, line in enumerate(lines):
            if i not in edge:
                inside.setdefault(_style_key(line), set()).add(k)
    threshold = max(3, math.ceil(EDGE_SHARE * n_pages))
    bands = [_band(lines, heights[k] if heights else None) for k, lines in enumerate(pages)]
    everywhere: Counter[tuple] = Counter()  # (text with digits masked, height) in a band, pages
    for lines, edge, band in zip(pages, edges, bands):
        everywhere.update({_number_key(lines[i]) for i in edge if _in_band(lines[i], band)})
    out = []
    for k, (lines, edge, band) in enumerate(zip(pages, edges, bands)):
        kept = []
        for i, line in enumerate(lines):
            if _PAGE_NUMBER.match(line.text) and (numbers[_number_key(line)] >= 3 or _is_lone_number(line, lines)):
                continue
            numbered_label = _numbered_label(line.text) and exact[line.text] < threshold
            in_body = len(inside.get(_style_key(line), set()) - {k}) >= 2
            if i in edge and not numbered_label and not in_body and (
                    texts[_edge_key(line.text)] >= threshold or places[_place_key(line)] >= 3):
                continue  # (« RECOMMANDATION 4 » opening a column on several pages is no running head)
            if i in edge and _in_band(line, band) and (
                (n_pages >= 2 and everywhere[_number_key(line)] == n_pages)
                or (_PAGE_OF.search(line.text) and len(line.text) <= 150)
                or (_counts_pages(line.text, n_pages) and len(line.text) <= 150)
                or (places[_place_key(line)] >= 2 and not in_body
                    and _stacked_repeat(line, lines, edge, band, places))
                or (everywhere[_number_key(line)] >= 2 and not numbered_label and _numbered_by_page(line))
            ):
                continue
            kept.append(line)
        out.append(kept)
    return out


# A running line carrying its page's number at one end, apart from its words (« Avis sur … 2030
# 2 », « 3 | Rapport annuel »).
_PAGE_AT_END = re.compile(r"(?:^|[\s–—|·•-])(\d{1,4})$")
_PAGE_AT_START = re.compile(r"^(\d{1,4})(?=[\s–—|·•-])")


def _numbered_by_page(line: Line) -> bool:
    """A line of words (three at least) opened or closed by the number of its own page: a
    running head whose first page, a title page, carries another one (so that it recurs on
    every page but one, too few in a short document for the other rules)."""
    if len(re.findall(r"[^\W\d_]{2,}", line.text)) < 3:
        return False
    page = str(line.page)
    return any((m := rx.search(line.text)) is not None and m.group(1) == page
               for rx in (_PAGE_AT_END, _PAGE_AT_START))


def _numbered_label(text: str) -> bool:
    """A numbered unit's label alone on its line (« RECOMMANDATION 4 », « Action 2.1 : »), or an
    axis's (« AXE 2 » over the axis title, at the top of the page that opens it)."""
    label, kind, rest = parse_label(text[:80])
    return bool(label) and any(c.isdigit() for c in label) \
        and kind in ("recommendation", "action", "decision", "objective") and len(rest.split()) <= 2


# A bare page counter closing or opening a running line: "… – 2/3", "1/12 | …".
def _stacked_repeat(line: Line, lines: list[Line], edge: set[int], band: tuple[float, float],
                    places: Counter) -> bool:
    """A line of a stamp or a block of several lines printed at the same place on 2 pages at
    least: another line of the same band, just above or below it, recurs there too."""
    for j in edge:
        other = lines[j]
        if other is line or not _in_band(other, band) or places[_place_key(other)] < 2:
            continue
        if min(abs(other.top - line.bottom), abs(line.top - other.bottom)) <= 1.5 * max(line.size, other.size):
            return True
    return False


def _band(lines: list[Line], height: Optional[float]) -> tuple[float, float]:
    """Limits (from the top of the page) of the top and bottom bands of a page."""
    if height:
        return EDGE_BAND * height, (1 - EDGE_BAND) * height
    if not lines:
        return 0.0, 0.0
    first, last = min(l.top for l in lines), max(l.bottom for l in lines)
    span = max(last - first, 1.0)
    return first + EDGE_BAND * span, last - EDGE_BAND * span


def _in_band(line: Line, band: tuple[float, float]) -> bool:
    return line.bottom <= band[0] or line.top >= band[1]


def _place_key(line: Line) -> tuple:
    return (line.text.casefold(), round(line.x0 / 8), round(line.top / 8))


def _style_key(line: Line) -> tuple:
    return (_edge_key(line.text), line.bold, round(line.size))


def _number_key(line: Line) -> tuple:
    return (_edge_key(line.text), round(line.top / 8))


def _is_lone_number(line: Line, lines: list[Line]) -> bool:
    """A page number: digits alone at the very top or bottom of the page."""
    if not _PAGE_NUMBER.match(line.text):
        return False
    tops = [l.top for l in lines]
    return line.top <= min(tops) + 1 or line.top >= max(tops) - 1


# --- footnotes --------------------------------------------------------------------------

# A footnote's text is printed at least this much smaller than the body.
NOTE_SMALLER = 1.0
# A footnote's opening: its number glued to the text or after a space (see furniture.NOTE_START),
# or followed by a full stop and a space as French typography numbers notes at the foot of the
# page (« 1. Agence de l'eau, état des lieux 2025. », « 3. 118 lycées … »: LaTeX's babel-french)
_FOOTNOTE_START = re.compile(r"^(?P<n>\d{1,3}|[*†‡])(?:\.\s+(?=\w|[«(\"“])|\s*(?=[^\W\d_]|[«(\"“]))")


def drop_footnotes(pages: list[list[Line]], body_size: float) -> list[list[Line]]:
    """Drop the footnotes printed at the bottom of a page, and their calls in the body.

    A page's footnotes are the lines below its text, all smaller than the body (by
    ``NOTE_SMALLER`` at least), in the lower half of the page, the first of them opened by a
    number or a symbol ("1Courrier du …", "* Chiffres …", "1. Agence de …"), one of them called in the body of the
    page (glued to the end of a word, or a superscript: smaller and raised, after a stop, a
    bracket, a year or a space, see :attr:`Line.raised`). The note calls with the number of a
    dropped footnote are taken out of the body ("Communauté1 , le" -> "Communauté, le",
    "quel prix ³ . Les" -> "quel prix. Les"), and a line that a
    superscript call cut in two ("souvent3" / ". Les …") is one line again. On every page, a
    number printed smaller and raised is a note call too (the notes may be gathered at the end:
    "habitudes de vie⁴." -> "habitudes de vie."), unless it is the exponent of a unit
    ("120 m²"). Other pages are left unchanged."""
    out = []
    for lines in pages:
        zone = _footnote_zone(lines, body_size)
        if not zone and not any(line.raised for line in lines):
            out.append(lines)
            continue
        numbers = {m.group("n") for i in zone if (m := _FOOTNOTE_START.match(lines[i].text))}
        body = [line for i, line in enumerate(lines) if i not in zone]
        calls = [(n, _note_call(n)) for n in numbers]
        kept: list[Line] = []
        for line in body:
            if re.fullmatch(r"\d{1,3}|[*†‡]", line.text) and line.text in numbers and line.size < body_size:
                continue  # a call printed apart from its word
            text = _without_raised(line.text, list(line.raised), numbers)
            for number, call in calls:
                if (line.calls is None or number in line.calls) and not any(r[0] == number for r in line.raised):
                    text = call.sub("", text)  # a superscript when the size is known
            line = replace(line, text=text)
            if kept and re.match(r"[,.;:)](?:\s|$)", text) and _same_row(kept[-1], line):
                previous = kept[-1]
                space = " " if text[:1] in ";:" else ""  # « ; » and « : » spaced in French
                kept[-1] = replace(previous, text=previous.text + space + text, x1=line.x1, top=min(previous.top, line.top),
                                   bottom=max(previous.bottom, line.bottom))
                continue
            kept.append(line)
        out.append(kept)
    return out


# A unit that a raised number is the exponent of ("m²", "km²", "m³"), not a note call.
_UNIT_BEFORE = re.compile(r"(?<![^\W\d_])[kcdhm]?m$")


def _without_raised(text: str, raised: list[tuple[str, int, int]], notes: frozenset = frozenset()) -> str:
    """``text`` without its superscript numbers ``raised`` (see :attr:`Line.raised`), and the
    space a call leaves before a stop or a comma (« quel prix ³ . » -> « quel prix. »); an
    exponent after a unit (« 120 m² ») stays unless its number is one of the page's ``notes``."""
    if not raised:
        return text
    where = [i for i, ch in enumerate(text) if not ch.isspace()]  # position of each character kept
    for number, start, end in sorted(raised, key=lambda r: -r[1]):
        if end > len(where):
            continue
        a, b = where[start], where[end - 1] + 1
        if number not in notes and _UNIT_BEFORE.search(text[:a]):
            continue  # « m² »: an exponent
        left, right = text[:a], text[b:]
        if right[:1] == " " and re.match(r" [,.)](?!\d)", right):  # not « ; » nor « : », spaced in French
            right = right[1:]
        if left.endswith(" ") and (not right or right[:1] in " ,.;:)"):
            left = left.rstrip()
        text = left + right
    return text


def _same_row(a: Line, b: Line) -> bool:
    """``b`` goes on the printed line of ``a``, just after it (a superscript cut it): the same
    baseline when both are known (a comma reaches lower than the letters), else the same bottom."""
    same = abs(a.baseline - b.baseline) <= 1.0 if a.baseline and b.baseline else abs(a.bottom - b.bottom) <= 1.5
    return same and -1 <= b.x0 - a.x1 <= max(a.size, b.size)


def _footnote_zone(lines: list[Line], body_size: float) -> set[int]:
    """Indices of the footnote lines of a page (see :func:`drop_footnotes`), or none."""
    if len(lines) < 3:
        return set()
    first_top = min(l.top for l in lines)
    last_bottom = max(l.bottom for l in lines)
    middle = (first_top + last_bottom) / 2
    small = body_size - NOTE_SMALLER
    for i, line in enumerate(lines):
        m = _FOOTNOTE_START.match(line.text)
        if m is None or line.size > small or line.top < middle:
            continue
        zone = {j for j, other in enumerate(lines) if other.top >= line.top - 1}
        if any(lines[j].size > small for j in zone):
            # on a page in columns, the notes at the foot of one column, the other going on lower
            zone = {j for j in zone if lines[j].x0 < line.x1 and lines[j].x1 > line.x0}
            if any(lines[j].size > small for j in zone) or not _beside(lines, line, small):
                continue  # body text below: not the foot of the page
        body = [other for j, other in enumerate(lines) if j not in zone]
        if not any(other.size > small for other in body):
            continue
        # a note of the zone called in the body: glued to a word, or printed smaller and raised
        for j in sorted(zone, key=lambda j: lines[j].top):
            note = _FOOTNOTE_START.match(lines[j].text)
            if note is None or lines[j].x0 > line.x0 + 2 * line.size:
                continue
            number, call = note.group("n"), _note_call(note.group("n"))
            if any(call.search(other.text) and (other.calls is None or number in other.calls)
                   or any(r[0] == number for r in other.raised) for other in body) or any(
                    other.text == number and other.size < body_size for other in body):
                return zone
        return set()
    return set()


def _beside(lines: list[Line], note: Line, small: float) -> bool:
    """Body lines (larger than ``small``) printed lower than ``note`` are all in another column,
    left or right of it, and the body also fills the column of the note above it."""
    below = [l for l in lines if l.top >= note.top - 1 and l.size > small]
    above = [l for l in lines if l.bottom <= note.top and l.size > small and l.x0 < note.x1 and l.x1 > note.x0]
    return bool(below) and bool(above) and all(l.x0 >= note.x1 or l.x1 <= note.x0 for l in below)


# --- tables of contents -----------------------------------------------------------------

# An entry of a table of contents: words, then a page number after a space or dot leaders
# ("Synthèse 7", "a.2 Définir un plan d'action ........ 25", "Introduction … 8").
_TOC_ENTRY = re.compile(r"^(?=.*[^\W\d_]{2}).*?(?:\s|\.{2,}|…)\s*(?P<page>\d{1,3})$")
# A line going on with a sentence: a lower-case word that is not a numbering ("a.2 Définir").
_LOWER_START = re.compile(r"^[^\W\d_A-ZÀ-ÖØ-Þ]+(?![\w.)])")
# A table of contents: a title followed (within TOC_NEAR lines) by a run of at least
# TOC_TITLED_ENTRIES entries; or, without a title (a table of contents going on from the
# previous page), a run of TOC_MIN_ENTRIES entries at least, making TOC_SHARE of the page's
# lines, with page numbers going up.
TOC_TITLED_ENTRIES = 3
TOC_NEAR = 3
TOC_MIN_ENTRIES = 5
TOC_SHARE = 0.5
# Right edges of page numbers printed in a column (right-aligned) differ by at most this.
TOC_ALIGN = 3.0
# Lines that are not entries allowed in a row inside a run (a wrapped entry, a part title).
TOC_MAX_FILLERS = 2


def drop_table_of_contents(pages: list[list[Line]]) -> list[list[Line]]:
    """Drop the pages' tables of contents (their title, entries and wrapped entry lines):
    they repeat the headings with page numbers and must not become units.

    An entry ends with a page number after dot leaders, or with a page number whose right
    edge is aligned with those of two other entries; entries go in a run of consecutive
    lines, broken by any other line except at most two short lines that stop before the
    column of numbers (a wrapped entry, a part title) and are followed by an entry. A line
    ending with a number whose sentence goes on at the next line is no entry. Only such
    runs are dropped, never the text around them ("… d'ici 2026", "… l'article 12", a footer
    "… – page 1" stay)."""
    out = []
    for lines in pages:
        entries, right = _toc_entries(lines)
        drop: set[int] = set()
        for t, line in enumerate(lines):
            if not _TOC_TITLE.match(line.text):
                continue
            first = next((i for i in range(t + 1, min(t + 1 + TOC_NEAR, len(lines))) if i in entries), None)
            if first is None or any(not _toc_filler(lines[i], right) for i in range(t + 1, first)):
                continue
            last, count = _toc_run(lines, entries, first, right)
            if count >= TOC_TITLED_ENTRIES:
                drop.update(range(t, last + 1))
        i = 0
        while i < len(lines):
            if i in entries and i not in drop:
                last, count = _toc_run(lines, entries, i, right)
                numbers = [int(_TOC_ENTRY.match(lines[j].text).group("page")) for j in range(i, last + 1) if j in entries]
                rising = sum(b >= a for a, b in zip(numbers, numbers[1:]))
                if count >= TOC_MIN_ENTRIES and count >= TOC_SHARE * len(lines) and rising >= 0.8 * (count - 1):
                    drop.update(range(i, last + 1))
                i = last + 1
            else:
                i += 1
        out.append([line for i, line in enumerate(lines) if i not in drop] if drop else lines)
    return out


def _toc_entries(lines: list[Line]) -> tuple[set[int], Optional[float]]:
    """Indices of a page's table-of-contents entries, and the right edge of their numbers.

    Entries with dot leaders when most candidates have them, else entries whose right edge
    is shared (within ``TOC_ALIGN``) by at least three of them; an entry whose sentence goes
    on at the next line (lower-case start, not itself an entry) is not one."""
    candidates = [i for i, line in enumerate(lines) if _TOC_ENTRY.match(line.text)]
    candidates = [i for i in candidates
                  if not (i + 1 < len(lines) and _LOWER_START.match(lines[i + 1].text)
                          and not _TOC_ENTRY.match(lines[i + 1].text))]
    if not candidates:
        return set(), None
    leaders = [i for i in candidates if _TOC_LEADERS.search(lines[i].text)]
    if 2 * len(leaders) >= len(candidates):
        right = max((lines[i].x1 for i in leaders), default=None)
        return set(leaders), right
    edges = sorted(lines[i].x1 for i in candidates)
    best = max(edges, key=lambda x: sum(abs(x - y) <= TOC_ALIGN for y in edges))
    aligned = {i for i in candidates if abs(lines[i].x1 - best) <= TOC_ALIGN}
    if len(aligned) < 3:
        return set(), None
    return aligned, best


def _toc_filler(line: Line, right: Optional[float]) -> bool:
    """A line allowed between entries: short, no final punctuation, stopping before the
    column of page numbers (a wrapped entry, a part title)."""
    if right is None or len(line.text) > 120 or re.search(r"[.!?;,]$", line.text):
        return False
    return line.x1 < right - 2 * line.size


def _toc_run(lines: list[Line], entries: set[int], first: int, right: Optional[float]) -> tuple[int, int]:
    """(index of the last entry, number of entries) of the run of entries from ``first``."""
    last, count, fillers = first, 1, 0
    for i in range(first + 1, len(lines)):
        if i in entries:
            last, count, fillers = i, count + 1, 0
        elif fillers < TOC_MAX_FILLERS and _toc_filler(lines[i], right):
            fillers += 1
        else:
            break
    return last, count


# --- tables -----------------------------------------------------------------------------


def _find_tables(pdf, path: Path, page_info: list[tuple[float, bool]]) -> dict[int, list[Table]]:
    """Ruled tables of the pages that have rules, by 1-based page number.

    pdfplumber finds the grid of each table; it is given a copy of those pages only, with
    their text objects removed (it parses vector graphics much faster than text). The text
    of every cell is then read from pypdfium2 inside the cell's box.
    """
    wanted = [i for i, (_, ruled) in enumerate(page_info) if ruled]
    if not wanted:
        return {}
    import io

    import pdfplumber
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    found: dict[int, list[Table]] = {}
    try:
        part = pdfium.PdfDocument.new()
        part.import_pages(pdf, wanted)
        for n in range(len(part)):
            _remove_text_objects(part[n], raw)
        buffer = io.BytesIO()
        part.save(buffer)
        part.close()
        buffer.seek(0)
        with pdfplumber.open(buffer) as doc:
            for index, page in zip(wanted, doc.pages):
                grids = [t for t in page.find_tables() if t.rows]
                if grids:
                    tables = _fill_tables(pdf[index], grids, page_info[index][0])
                    if tables:
                        found[index + 1] = tables
    except Exception:  # a table that cannot be read must not lose the text layer
        return found
    return found


def _remove_text_objects(page, raw) -> None:
    handle = page.raw
    for i in reversed(range(raw.FPDFPage_CountObjects(handle))):
        obj = raw.FPDFPage_GetObject(handle, i)
        if raw.FPDFPageObj_GetType(obj) == raw.FPDF_PAGEOBJ_TEXT and raw.FPDFPage_RemoveObject(handle, obj):
            raw.FPDFPageObj_Destroy(obj)
    raw.FPDFPage_GenerateContent(handle)


def _fill_tables(page, grids, height: float) -> list[Table]:
    """Tables with the text of each cell (None for a cell merged into its neighbour)."""
    textpage = page.get_textpage()
    try:
        tables = []
        for grid in grids:
            rows = []
            for row in grid.rows:
                cells = []
                for box in row.cells:
                    if box is None:
                        cells.append(None)
                        continue
                    x0, top, x1, bottom = box
                    text = textpage.get_text_bounded(left=x0, bottom=height - bottom, right=x1, top=height - top)
                    cells.append(_cell_text(text))
                rows.append(cells)
            rows = _filled_down(rows, [row.cells for row in grid.rows])
            width = max(len(r) for r in rows)
            if width < 2:
                continue  # a framed paragraph, not a table
            columns = tuple(sorted({round(box[0], 1) for row in grid.rows for box in row.cells if box}))
            # one row, or no row with two filled cells (a framed paragraph?): only the
            # continuation of a table cut by the page break (see join_continued_tables)
            fragment = len(rows) < 2 or not any(sum(1 for c in r if c) >= 2 for r in rows)
            tables.append(Table(bbox=tuple(grid.bbox), rows=rows, columns=columns, fragment=fragment))
        return tables
    finally:
        textpage.close()
        page.close()


class _Spanned(str):
    """The mark of a grid position covered by the cell above it (see :func:`_filled_down`)."""


# A position covered by a cell spanning rows down its column: empty for every test on the
# table's rows (as None), given the text of the cell above when the table is emitted, after
# a row cut by a page break was joined again (the spanning cell's text then whole).
SPANNED = _Spanned("")


def _filled_down(rows: list[list[Optional[str]]], boxes: list[list[Optional[tuple]]]) -> list[list[Optional[str]]]:
    """``rows`` with the positions covered by a cell spanning several rows down its column (an
    axis printed once beside its actions, a « rowspan ») marked ``SPANNED``: each row it spans
    gets its text when emitted (see :func:`_emit_table`), as a spreadsheet's merged cells are
    read. A covered position is a missing cell (None) under a cell of the same column whose
    box goes down past the row's own cells. A cell merged across its row (a title), or one of
    the first row (a header over a two-level header), is left as it is."""
    spans: dict[int, float] = {}  # column -> bottom of its last box
    for r, row in enumerate(boxes):
        bottoms = [box[3] for box in row if box is not None]
        if not bottoms:
            continue
        bottom = min(bottoms)  # where the row's own cells end
        for c, box in enumerate(row):
            if box is not None:
                if r:  # (a header spanning two header rows stays where it is)
                    spans[c] = box[3]
                else:
                    spans.pop(c, None)
            elif c in spans and spans[c] >= bottom - 1 and c < len(rows[r]):
                rows[r][c] = SPANNED
    return rows


def _cell_text(text: str) -> str:
    """The text pdfium reads in a cell's area, its lines apart: a word cut at a line's end by a
    hyphen (pdfium's mark, U+FFFE or U+0002 in an area) ends its line with the hyphen, which
    :func:`_join` removes or keeps as in the body ("Pont\x02Aven" -> "Pont-\nAven" -> "Pont-Aven")."""
    for mark in (SOFT_HYPHEN, BOUNDED_HYPHEN):
        text = text.replace(mark, "-\r\n")
    return text.replace("\r\n", "\n").strip()


def _in_table(line: Line, tables: list[Table]) -> Optional[Table]:
    middle = (line.top + line.bottom) / 2
    for table in tables:
        x0, top, x1, bottom = table.bbox
        if top - 1 <= middle <= bottom + 1 and line.x0 >= x0 - 2 and line.x1 <= x1 + 2:
            return table
    return None


# Left edges of the columns of a table going on over a page break differ by at most this.
COLUMN_TOLERANCE = 3.0


def join_continued_tables(pages: list[list[Line]], tables: dict[int, list[Table]]) -> dict[int, list[Table]]:
    """Tables cut by a page break, joined again (copies; ``tables`` is left unchanged).

    A table that opens its page (no text above it) goes on the table that closed the
    previous page (no text below it) when both have the same columns (left edges within
    ``COLUMN_TOLERANCE``): its rows are added to that table (each keeping its page; a first
    row repeating the header row, as word processors print it, is dropped and is the surest
    sign of a continuation), and the first of them is joined to the
    last row of the previous page when that row was cut (see :func:`_row_goes_on`). The
    joined table is then emitted once, at its first page, with the first page's headers.
    A new record is no continuation (see :func:`_new_record`: "Fiche action n° 2 – …" after
    "Fiche action n° 1 – …", one per page).
    A fragment (one row) that continues no table is dropped: its lines stay plain text.
    ``pages[i]`` holds the lines of page ``i + 1``."""
    out: dict[int, list[Table]] = {}
    open_table: Optional[Table] = None  # a table closing the previous page (the one rows go to)
    opening: Optional[Table] = None  # a single row closing the previous page, kept if continued
    for k, lines in enumerate(pages):
        page_no = k + 1
        page_tables = [Table(bbox=t.bbox, rows=[list(r) for r in t.rows], emitted=t.emitted, columns=t.columns,
                             fragment=t.fragment, row_pages=list(t.row_pages) or [page_no] * len(t.rows))
                       for t in tables.get(page_no, [])]
        owners: dict[int, Table] = {}  # id of a continuation -> the table it was added to
        if page_tables and open_table is not None:
            first = min(page_tables, key=lambda t: t.bbox[1])
            repeated = len(first.rows) > 1 and _cells(first.rows[0]) == _cells(open_table.rows[0])
            if (_opens_page(first, lines, page_tables) and _same_columns(open_table, first)
                    and (repeated or (_cells(first.rows[0]) != _cells(open_table.rows[0])
                                      and not _new_record(open_table, first)))):
                rows, row_pages = first.rows, first.row_pages
                if repeated:  # the header row printed again on the new page (Word, LibreOffice)
                    rows, row_pages = rows[1:], row_pages[1:]
                if rows and _row_goes_on(open_table.rows[-1], rows[0], _keyed(open_table), _usual_filled(open_table)):
                    open_table.rows[-1] = [_join_cells(a, b) for a, b in zip(open_table.rows[-1], rows[0])]
                    rows, row_pages = rows[1:], row_pages[1:]
                open_table.rows.extend(rows)
                open_table.row_pages.extend(row_pages)
                first.emitted = True  # its lines belong to the table, its rows are emitted with it
                owners[id(first)] = open_table
        if opening is not None:
            if any(owner is opening for owner in owners.values()):
                # the first row of a table printed at the foot of the page before (« Intitulé | Mise en
                # réseau des bibliothèques de la »), cut from the rest: one table again
                out.setdefault(page_no - 1, []).append(opening)
                out[page_no - 1].sort(key=lambda t: t.bbox[1])
            opening = None
        candidates = page_tables
        page_tables = [t for t in page_tables if not t.fragment or id(t) in owners]
        open_table = None
        if candidates:
            last = max(candidates, key=lambda t: t.bbox[3])
            if _closes_page(last, lines, candidates):
                if not (last.fragment and id(last) not in owners):
                    open_table = owners.get(id(last), last)
                elif len(last.rows) == 1 and sum(1 for c in last.rows[0] if c) >= 2:
                    # a single full row closing the page: the start of a table that goes on
                    # over the page, kept if the next page continues it
                    open_table = opening = last
        if page_tables:
            out[page_no] = page_tables
    return out


# A table's title row: one cell spanning the width whose text reads as a title ("Fiche action
# n° 3 – Mettre en place…"): a label, or at least this many words.
TITLE_WORDS = 3
# A field name in the first column of a record table ("Objectif(s)", "Pilote :"): at most
# this many words.
FIELD_WORDS = 6


def title_row(row: list[Optional[str]]) -> str:
    """The text of a table row that is a title: a single cell spanning the whole table (the
    other grid positions merged into it) whose text has a label or ``TITLE_WORDS`` words;
    "" otherwise (a header spanning a two-level header, "Actions", is no title)."""
    filled = [cell for cell in row if cell is not None]
    if len(row) < 2 or len(filled) != 1:
        return ""
    text = " ".join((filled[0] or "").split())
    if row[0] is None or not text:
        return ""
    return text if parse_label(text)[0] or len(text.split()) >= TITLE_WORDS else ""


def _field_names(table: Table, limit: int = 99) -> list[str]:
    """First-column texts of a table's rows (its title row left out), while they read as
    field names (short, no sentence end): "objectif", "contexte", "pilote"..."""
    rows = table.rows[1:] if title_row(table.rows[0]) else table.rows
    names = []
    for row in rows[:limit]:
        name = " ".join((row[0] or "").split()).casefold().rstrip(" :") if row else ""
        if not name or len(name.split()) > FIELD_WORDS or name.endswith((".", "?", "!")):
            break
        names.append(name)
    return names


_FIELD_NUMBER = re.compile(r"\d+(?:[.-]\d+)*")


def numberless_fields(names: list[str]) -> list[str]:
    """Field names with their numbers blanked (« fiche action n° 2 » -> « fiche action n° # »):
    a record that gives its own number in its first field (« Fiche action n° 2 | Réf. … ») names
    the same field as the record before it."""
    return [_FIELD_NUMBER.sub("#", name) for name in names]


def _new_record(previous: Table, table: Table) -> bool:
    """Whether a table opening a page is a new record rather than the continuation of the
    table closing the page before: both open with a title row of their own ("Fiche action
    n° 2 – …" after "Fiche action n° 1 – …"), or its first-column field names ("Objectif",
    "Contexte", …) start again as the previous table's did, their numbers aside (« Fiche action
    n° 2 », « Axe », « Intitulé » after « Fiche action n° 1 », « Axe », « Intitulé »), at least
    one of them without a number (numbered rows going on are no field names)."""
    if title_row(table.rows[0]) and title_row(previous.rows[0]):
        return True
    first = _field_names(table, limit=3)
    blanked = numberless_fields(first)
    return (len(first) >= 2 and len(set(blanked)) >= 2 and any(name == plain for name, plain in zip(first, blanked))
            and numberless_fields(_field_names(previous))[:len(first)] == blanked)


def _outside(lines: list[Line], tables: list[Table]) -> list[Line]:
    return [line for line in lines if _in_table(line, tables) is None]


def _opens_page(table: Table, lines: list[Line], tables: list[Table]) -> bool:
    return all(line.bottom > table.bbox[1] + 1 for line in _outside(lines, tables))


def _closes_page(table: Table, lines: list[Line], tables: list[Table]) -> bool:
    return all(line.top < table.bbox[3] - 1 for line in _outside(lines, tables))


def _same_columns(a: Table, b: Table) -> bool:
    return (len(a.columns) == len(b.columns) >= 2 and len(a.rows[-1]) == len(b.rows[0])
            and all(abs(x - y) <= COLUMN_TOLERANCE for x, y in zip(a.columns, b.columns)))


def _cells(row: list[Optional[str]]) -> list[str]:
    return [" ".join((cell or "").split()).casefold() for cell in row]


def _row_goes_on(last: list[Optional[str]], first: list[Optional[str]], keyed: bool = False,
                 usual: int = 0) -> bool:
    """Whether the first row of a page is the end of the previous page's last row (a row
    allowed to break across pages): every filled cell lies under a filled cell, and at least
    one starts in lower case (or follows a cut word) under a cell not ending a sentence; or,
    in a ``keyed`` table (see :func:`_keyed`), its first cell is empty ("" | "LSF" under
    "2.2" | "Traduire les fiches en"): a row without its number is the rest of the one above;
    or its first cell is filled under one that cannot end there (a determiner, a preposition,
    a comma: "Équiper de défibrillateurs les" / "12 salles de sport" | "" | "") and it has
    fewer filled cells than the table's rows usually have (``usual``, see :func:`_usual_filled`):
    the rest of that row, whatever its first letter."""
    pairs = [((a or "").strip(), (b or "").strip()) for a, b in zip(last, first)]
    if not any(b for _, b in pairs) or any(b and not a for a, b in pairs):
        return False
    if keyed and pairs and pairs[0][0] and not pairs[0][1]:
        return True
    if usual and pairs[0][1] and _cut_title(pairs[0][0]) and sum(1 for _, b in pairs if b) < usual:
        return True
    return any(b and not _SENTENCE_END.search(a) and (b[:1].islower() or a.endswith("-")) for a, b in pairs)


def _usual_filled(table: Table) -> int:
    """How many cells the rows below a table's first (its header) have filled most often (0
    with fewer than two such rows)."""
    counts = [sum(1 for cell in row if (cell or "").strip()) for row in table.rows[1:] if row]
    if len(counts) < 2:
        return 0
    return max(sorted(set(counts)), key=counts.count)


def _keyed(table: Table) -> bool:
    """A table whose first column numbers or names every row below its header ("N°": "1.1",
    "1.2", …): every row below the first (a header, its corner maybe blank) has its first cell
    filled."""
    return len(table.rows) >= 2 and all((row[0] or "").strip() for row in table.rows[1:] if row)


def _join_cells(a: Optional[str], b: Optional[str]) -> Optional[str]:
    if not b:
        return a
    return f"{a}\n{b}" if a else b


# --- blocks -----------------------------------------------------------------------------


def _marker(line: Line) -> tuple[str, str]:
    marker, rest = split_marker(line.text)
    if marker:
        return marker, rest.strip()
    return "", line.text


def build(pages: list[list[Line]], tables: dict[int, list[Table]], title: str = "", n_pages: int = 0) -> Extracted:
    """Group the lines of every page into blocks and render them."""
    all_lines = [line for page in pages for line in page]
    body_size = _body_size(pages, tables)
    pages = [place_floating_frame(lines, body_size) for lines in drop_footnotes(pages, body_size)]
    gap = _typical_gap(pages, body_size)
    step = _typical_step(pages, body_size)
    # sizes of the lines that may be titles: words, no quotation (a key figure "38 %" or a
    # pull quote in large type must not outrank the real headings)
    heading_sizes = sorted({l.size for l in all_lines if l.size >= body_size + 1.5 and _WORDY.search(l.text)
                            and not _QUOTATION.search(l.text)}, reverse=True)
    vocabulary = _vocabulary(all_lines)
    lowest = min(len(heading_sizes) + 2, MAX_HEADING_LEVEL)  # title-like lines rank below bold and larger ones

    tables = join_continued_tables(pages, tables)
    builder = TextBuilder()
    table_index = 0
    pending: Optional[Group] = None  # last group of the previous page, may continue
    for page_lines in pages:
        page_tables = tables.get(page_lines[0].page, []) if page_lines else []
        spans = [(l.x0, l.x1) for l in page_lines if l.size == body_size]  # the body text's lines (see _right_edge)
        groups: list[Group | Table] = []
        for line in page_lines:
            table = _in_table(line, page_tables) if page_tables else None
            if table is not None:
                if not table.emitted:
                    table.emitted = True
                    groups.append(table)
                continue
            if re.fullmatch(r"\d{1,3}", line.text) and abs(line.size - body_size) >= 1:
                continue  # a note call in superscript or a decorative number, alone on its line
            line.marker, line.body = _marker(line)
            if line.drawn_bullet is not None and not line.marker and line.size < body_size + 1.5:
                line.marker, line.body = "•", line.text  # a bullet drawn as a shape
            previous = groups[-1] if groups and isinstance(groups[-1], Group) else None
            kind = _line_kind(line, body_size)
            was = previous.kind if previous is not None else ""
            if previous is not None and _continues(previous, line, kind, body_size, gap, step, spans):
                previous.lines.append(line)
                if was == "paragraph" and previous.kind == "heading" and previous.lines[0].size in heading_sizes:
                    previous.level = heading_sizes.index(previous.lines[0].size) + 1  # a title cut after a comma
                continue
            groups.append(_new_group(line, kind, previous, groups, heading_sizes))
        for table in page_tables:
            if not table.emitted:
                table.emitted = True
                groups.append(table)
        groups = raise_headings(join_numbering(demote_bold_sentences(groups, body_size)))
        # a paragraph or list item cut by the page break
        if (pending is not None and groups and isinstance(groups[0], Group)
                and _continues_across(pending, groups[0], body_size)):
            cut = _bold_block_goes_on(pending, groups[0], body_size)
            pending.lines.extend(groups.pop(0).lines)
            if cut and pending.kind == "heading":
                demote_bold_sentences([pending], body_size)  # a long bold sentence: a paragraph
            elif pending.kind == "heading":
                pending.kind, pending.level = "paragraph", 0  # a bold lead sentence going on
        for item in groups:
            if pending is not None:
                _emit(builder, pending, vocabulary, lowest)
                pending = None
            if isinstance(item, Table):
                _emit_table(builder, item, table_index, page_lines[0].page, vocabulary)
                table_index += 1
            else:
                pending = item
    if pending is not None:
        _emit(builder, pending, vocabulary, lowest)
    return builder.build(title=title, pages=n_pages)


# A line ending before the text's right edge by more than this share of the text's width did not
# wrap: what it holds ended there (see _continues).
SHORT_LINE_SHARE = 0.15

# Characters outside tables needed to read the body size from them alone.
MIN_BODY_CHARS = 600


def _body_size(pages: list[list[Line]], tables: dict[int, list[Table]]) -> float:
    """Font size of the body text: the size with the most characters among the lines
    outside ruled tables (small table text must not decide it) when they hold some text
    (``MIN_BODY_CHARS``), else among all lines (a document that is mostly one table)."""
    sizes: Counter[float] = Counter()
    inside: Counter[float] = Counter()
    for lines in pages:
        page_tables = tables.get(lines[0].page, []) if lines else []
        for line in lines:
            (inside if page_tables and _in_table(line, page_tables) else sizes)[line.size] += len(line.text)
    if sum(sizes.values()) < MIN_BODY_CHARS:
        sizes.update(inside)
    return sizes.most_common(1)[0][0] if sizes else 10.0


# A floating frame stored first holds at most this share of its page's lines.
FRAME_SHARE = 0.4


def place_floating_frame(lines: list[Line], body_size: float) -> list[Line]:
    """Put back at its place a floating frame (a text box, a sidebar) that the PDF stores
    before the page's main text.

    The frame is the first run of lines of the page (up to the first line going back up the
    page) when it starts well below the top of the next line (two line heights at least)
    and holds at most ``FRAME_SHARE`` of the page's lines. Beside the main text (other lines
    share its height) and printed mostly in another size than the body (a sidebar), it goes
    after the page's text; across the column, between the lines
    printed above it and those below it; otherwise it stays where it is."""
    if len(lines) < 4:
        return lines
    end = 1
    while end < len(lines) and lines[end].top >= lines[end - 1].top - max(lines[end].size, 1):
        end += 1
    if end >= len(lines) or end > FRAME_SHARE * len(lines):
        return lines
    frame, rest = lines[:end], lines[end:]
    top, bottom = min(l.top for l in frame), max(l.bottom for l in frame)
    if top < rest[0].top + 2 * max(l.size for l in frame):
        return lines
    x0, x1 = min(l.x0 for l in frame), max(l.x1 for l in frame)
    level = [l for l in rest if l.top < bottom - 1 and l.bottom > top + 1]  # printed at its height
    if level:
        other_size = sum(len(l.text) for l in frame if abs(l.size - body_size) >= 1)
        if all(l.x1 <= x0 + 1 or l.x0 >= x1 - 1 for l in level) and 2 * other_size > sum(len(l.text) for l in frame):
            return rest + frame  # a sidebar beside the text: after it
        return lines
    above = [i for i, l in enumerate(rest) if l.bottom <= top + 1]
    if not above or above != list(range(len(above))):
        return lines  # the text above it is not read first (several columns): leave it
    k = len(above)
    return rest[:k] + frame + rest[k:]


# A numbering alone on its line: "a.6", "2.3", "1.2.4", "12.", "III.", "B." (not bare digits,
# which are page numbers or note calls).
_NUMBERING = re.compile(r"^(?:[A-Za-z]|\d{1,3}|[IVX]{1,5})(?:\.\d{1,3})+\.?$|^(?:\d{1,3}|[IVX]{1,5}|[A-Z])\.$")


# A heading that starts with its numbering: "a.1 Coordonner la démarche", "2.3 Former".
_HEADING_NUMBER = re.compile(r"^((?:[A-Za-z]|\d{1,3}|[IVX]{1,5})(?:\.\d{1,3})+\.?)\s+(?=\S)")


def join_numbering(groups: list) -> list:
    """A numbering printed apart from its heading ("a.6" in a margin, beside or above the
    title) is joined to that heading: "a.6 Acter la démarche dans une charte", marker "a.6".

    The heading is the group beside the numbering (same height on the page) or, failing
    that, the heading just below it."""
    out = list(groups)
    i = 0
    while i < len(out):
        item = out[i]
        if not (isinstance(item, Group) and len(item.lines) == 1 and _NUMBERING.match(item.lines[0].text)):
            i += 1
            continue
        number = item.lines[0]
        beside = [j for j in (i - 1, i + 1) if 0 <= j < len(out) and isinstance(out[j], Group)
                  and out[j].kind == "heading" and abs(out[j].lines[0].top - number.top) <= max(number.size, 4)]
        below = [j for j in (i + 1,) if j < len(out) and isinstance(out[j], Group) and out[j].kind == "heading"
                 and 0 <= out[j].lines[0].top - number.bottom <= 2.5 * number.size]
        target = (beside or below or [None])[0]
        if target is None:
            i += 1
            continue
        heading = out[target]
        heading.lines.insert(0, number)
        heading.marker = number.text.rstrip(".")
        heading.level = min(heading.level, item.level) if item.kind == "heading" and item.level else heading.level
        del out[i]
        i = max(i - 1, 0) if target < i else i
    return out


# A bold "heading" of more words than this that reads as a sentence is a bold paragraph.
HEADING_MAX_WORDS = 12
_SENTENCE_CLOSE = re.compile(r"[.!?…;:]\s*[»”)]?$")


def demote_bold_sentences(groups: list, body_size: float) -> list:
    """A heading found only from its bold face (body size) that is a long sentence — more
    than ``HEADING_MAX_WORDS`` words ending with a full stop, a colon…, or running on three
    lines or more — is a bold paragraph (a boxed recommendation), not a title; but not a
    labelled title without a final stop (« Action 1.1.2 — … » wrapped in a narrow column). So
    is one whose bold run ends inside its last line (:func:`_lead_in_ended`). The groups are
    changed in place and returned."""
    for item in groups:
        if not (isinstance(item, Group) and item.kind == "heading"):
            continue
        if _lead_in_ended(item, body_size):
            item.kind, item.level = "paragraph", 0  # its bold run ends inside its last line
            continue
        if any(line.size >= body_size + 1.5 or not line.bold for line in item.lines):
            continue
        words = sum(len(line.text.split()) for line in item.lines)
        closed = bool(_SENTENCE_CLOSE.search(item.lines[-1].text))
        if not closed and opens_label(item.lines[0].text, ""):
            continue  # « Action 1.1.2 — Créer des points de / téléconsultation … »: a labelled title wrapped in a narrow column
        if words > HEADING_MAX_WORDS and (closed or len(item.lines) >= 3):
            item.kind, item.level = "paragraph", 0
    return groups


def raise_headings(groups: list) -> list:
    """Put back at its place a heading printed above text that the PDF stores before it.

    Some layouts store the title of a page after its body text: a heading group whose top is
    above every group before it on the page, and which overlaps them horizontally (the same
    column, not the top of a next column), is moved before them."""
    out = list(groups)
    for i in range(1, len(out)):
        item = out[i]
        if not (isinstance(item, Group) and item.kind == "heading"):
            continue
        before = out[:i]
        if not all(isinstance(g, Group) and g.kind != "heading" for g in before):
            break  # only the text at the very start of the page, before any heading
        if before[0].lines[0].text[:1].islower():
            break  # the page starts by going on with the previous page's sentence
        top = min(line.top for line in item.lines)
        x0, x1 = min(l.x0 for l in item.lines), max(l.x1 for l in item.lines)
        if all(top < min(l.top for l in g.lines)
               and min(x1, max(l.x1 for l in g.lines)) - max(x0, min(l.x0 for l in g.lines)) > 0
               for g in before):
            out = [item] + before + out[i + 1:]
        break
    return out


# Gaps inside sentences needed to trust their median as the line spacing.
MIN_INSIDE_GAPS = 5


def _typical_gap(pages: list[list[Line]], body_size: float) -> float:
    """Vertical gap between two lines of the same paragraph.

    The median gap between consecutive body lines of the same page; but when that median is
    above nearly every gap inside a sentence (a line without final punctuation followed by
    one starting in lower case) — many one-line paragraphs, as in a list of members — the
    median gap inside sentences."""
    gaps, inside = [], []
    for lines in pages:
        for a, b in zip(lines, lines[1:]):
            if a.size == body_size == b.size:
                g = b.top - a.bottom
                if -2 < g < 3 * body_size:
                    gaps.append(g)
                    if not _SENTENCE_END.search(a.text) and b.text[:1].islower():
                        inside.append(g)
    if not gaps:
        return body_size * 0.3
    gaps.sort()
    median = gaps[len(gaps) // 2]
    if len(inside) >= MIN_INSIDE_GAPS:
        inside.sort()
        if median > inside[int(0.9 * len(inside))] + 0.5:
            return inside[len(inside) // 2]
    return median


_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_BREAK = re.compile(r"([^\W\d_]+)-\n([^\W\d_]+)")


def _vocabulary(lines: list[Line]) -> set[str]:
    """Every word of the document (case-folded, compounds kept whole), not counting the
    halves of words cut at a line end (the last word of a line ending in "-" and the first
    word of the line after it)."""
    words: set[str] = set()
    cut = False  # the previous line ended with a cut word
    for line in lines:
        found = _WORD.findall(line.text[:-1] if line.text.endswith("-") else line.text)
        if cut and found and line.text[:1].islower():
            found = found[1:]
        cut = line.text.endswith("-") and bool(found)
        if cut:
            found = found[:-1]
        for word in found:
            word = word.casefold()
            words.add(word)
            parts = word.split("-")
            for n in range(2, len(parts)):  # "vis-à-vis" also vouches for "vis-à"
                words.add("-".join(parts[:n]))
    return words


# A word of three letters at least (a title has words, a key figure has not).
_WORDY = re.compile(r"[^\W\d_]{3}")
_WORD_CHAR = re.compile(r"[^\W_]")
# A line of closing punctuation only (« » », « ). »): the end of the block above, wrapped
_CLOSING_ONLY = re.compile(r"^[\s»”\"')\].,;:!?…]+$")
# A quotation: opened by a quotation mark, or a sentence closed by one ("… tomber. »").
_QUOTATION = re.compile(r"^[«“„]|[.!?…]\s*[»”]$")


# A numbered line in bold at least this much larger than the body is a section title.
NUMBERED_TITLE_STEP = 0.5


def _line_kind(line: Line, body_size: float) -> str:
    text = line.text
    short = len(text) <= 120 and not re.search(r"[.,;]$", text) and not _QUOTATION.search(text)
    if line.marker:
        if line.marker[:1].isalnum() and short and line.size >= body_size + 1.5:
            return "heading"  # "1. Un numérique accessible" in a larger font: a numbered title
        if (line.marker[:1].isdigit() and short and line.bold and line.bold_end is not False
                and line.size >= body_size + NUMBERED_TITLE_STEP):
            return "heading"  # in bold and a little larger than the body: a numbered section title
        return "list_item"
    if not _WORD_CHAR.search(text):
        return "paragraph"  # punctuation alone (a closing « » » wrapped onto its line): never a title
    if _field_line(line, body_size):
        return "paragraph"  # « **Calendrier :** 2026-2027 », its bold name and a short value: a field
    if short and line.size >= body_size + 1.5:
        return "heading"
    if (short and line.bold and line.bold_start is not False and line.size >= body_size - 0.5 and len(text) <= 100
            and not text[:1].islower()):
        return "heading"  # (not a line opening in regular type: « Il **définissait des attentes** : »)
    return "paragraph"


def _continues(group: Group, line: Line, kind: str, body_size: float, gap: float, step: float = 0.0,
               spans: Sequence[tuple[float, float]] = ()) -> bool:
    """Whether ``line`` goes on the block of ``group`` (same page); ``spans``: the left and right
    ends of the page's body lines, to find the right edge of a line's column (none: unknown)."""
    last = group.lines[-1]
    vertical = line.top - last.bottom
    if group.kind == "heading" and _lead_in_ended(group, body_size):
        group.kind, group.level = "paragraph", 0  # a bold lead-in ended inside its last line
    if (_CLOSING_ONLY.match(line.text) and not line.marker
            and -max(last.size, line.size) <= vertical <= gap + 0.6 * max(body_size, last.size)):
        return True  # « … nous dire quand" » wrapped before its closing quotation mark
    if group.kind == "heading" and _field_line(line, body_size) and _field_line(group.lines[0], body_size):
        return False  # « **Porteur :** CIAS » then « **Partenaires :** … »: one field a line
    if group.kind == "heading":
        if vertical < -max(last.size, line.size) and _bold_column_goes_on(group, line, body_size):
            group.kind, group.level = "paragraph", 0
            return True  # a bold paragraph (a recommendation) cut by the column break
        if vertical < -max(last.size, line.size) or (_heading_gap(last, line) > gap + 0.6 * max(body_size, last.size)
                                                      and not _cut_heading_goes_on(last, line)):
            return False
        if _bold_lead_goes_on(group, line, kind, body_size) or _bold_run_ends(group, line, body_size):
            group.kind, group.level = "paragraph", 0
            return True
        if abs(line.size - last.size) >= 0.6 or line.bold != last.bold or _opens_label(line, last):
            return False
        return kind == "heading" or _heading_goes_on(last, line, kind, body_size)
    if (kind == "heading" and not line.marker and _name_goes_on(last, line)
            and vertical <= gap + 0.6 * max(body_size, last.size)):
        return True  # « Rapporteurs : Mme A. B., M. » / « C. D. »: the name, not a title
    if kind == "heading" and _quote_goes_on(group, line, body_size) and vertical <= gap + 0.6 * max(body_size, last.size):
        return True  # « « Voir un collégien et une » / « ancienne institutrice … rare ! » »: one pull quote
    if kind == "heading" and _comma_title_goes_on(group, line, body_size) and vertical <= gap + 0.6 * max(body_size, last.size):
        group.kind = "heading"  # ranked by its size in build
        return True  # « Règle 1 – Réduire la consommation d'espaces, » / « agricoles et naturels »: one title
    if kind == "list_item" and _inline_dash_goes_on(group, line, body_size, gap, spans):
        line.marker, line.body = "", line.text  # the dash separates two things of the paragraph's run
        return True
    if kind == "heading" or kind == "list_item":
        return False
    if abs(line.size - last.size) >= 1:
        return False
    if _opens_label(line, last):
        return False
    if (_ENDS_ON_DASH.search(last.text) and line.bold == last.bold
            and any(_INLINE_DASH.search(l.text) for l in group.lines)):
        return True  # « … ou professionnelles - » / « Déployer des tiers-lieux … »: the run goes on, also in the next column
    if _goes_on(last.text, line.text) and not re.search(r"[.!?…]$", last.text):
        return True  # a sentence going on, also in the next column
    if vertical < -max(last.size, line.size):  # back up the page: a new column or box
        return False
    if vertical > gap + 0.6 * max(body_size, last.size):
        return False
    if group.kind == "list_item":
        first = group.lines[0]
        if line.x0 > first.x0 + 1:  # hanging indent under the bullet
            # (not a paragraph's indented first line after the item's sentence ended, left of the
            # item's hanging indent: LaTeX indents paragraphs less than its lists' text)
            hanging = [l.x0 for l in group.lines[1:]]
            return not (hanging and line.x0 < min(hanging) - 1 and _SENTENCE_END.search(last.text))
        if (len(group.lines) == 1 and last.bold and last.bold_end is not False and not line.bold
                and last.text.rstrip().endswith(".") and line.text[:1].isupper()
                and abs(line.size - last.size) < 0.6 and vertical <= gap + 0.2 * body_size):
            # « 7. Halles couvertes. » in bold filling its line, the item's sentence in regular
            # type right below (no wider gap): the bold lead-in of the item ended at the line's
            # end, as others end inside it (« 6. Cantine bio. Les repas seront … »)
            return True
        hanging = [l.x0 for l in group.lines[1:]]
        if hanging and min(hanging) > first.x0 + 1 and line.x0 < first.x0 - 1:
            return False  # the item's lines hang right of its marker: a line left of the marker is no more of it
        right = _right_edge(last, spans)
        if (right and line.x0 < first.x0 - 1 and line.text[:1].isupper()
                and last.x1 < right - SHORT_LINE_SHARE * (right - first.x0)):
            # the item's last line stops well before the text's right edge, so it did not wrap:
            # the item ended even without a stop (« • Développer l'éducation … ») and the line
            # back at the margin, left of the item's marker, opens a paragraph (« Compte tenu … »)
            return False
        return not _SENTENCE_END.search(last.text)
    if len(group.lines) == 1 and _title_like(last, line):
        group.kind = "heading"
        group.level = 0  # set to the lowest heading level when emitted
        return False
    # paragraph: a short last line ending a sentence closes it
    width = max(l.x1 for l in group.lines) - min(l.x0 for l in group.lines)
    if _SENTENCE_END.search(last.text) and (last.x1 - min(l.x0 for l in group.lines)) < 0.85 * width:
        return False
    step = step if line.size == last.size == body_size else 0.0  # the body's usual step
    if line.text[:1].isupper() and (
            (_wider_step(group.lines, line, step) and re.search(r"[.!?…;:]$", last.text))
            or (step and _middle(line) - _middle(last) > step + BREAK_STEP * line.size)):
        return False  # a capital opens the line after a wider step (a sentence ended): a new paragraph
    return True


# Things run together in a sentence, separated by dashes (« améliorer l'administration - Créer des
# gains de productivité - … »)
_INLINE_DASH = re.compile(r"\s[-–—]\s")
# ... the line wrapping right after one of the dashes
_ENDS_ON_DASH = re.compile(r"\s[-–—]$")


def _right_edge(line: Line, spans: Sequence[tuple[float, float]]) -> float:
    """The right edge of the body text in ``line``'s column: the furthest right end of the body lines
    (``spans``) that overlap it horizontally (the other column's lines do not); 0 without any."""
    return max((x1 for x0, x1 in spans if x0 < line.x1 and x1 > line.x0), default=0.0)


def _inline_dash_goes_on(group: Group, line: Line, body_size: float, gap: float,
                         spans: Sequence[tuple[float, float]]) -> bool:
    """Whether a line opening on a dash goes on a paragraph (or a list item) that runs things separated by dashes
    (« Il définissait des attentes : améliorer l'administration - Créer des gains de productivité -
    Enrichir la » / « citoyenneté … - Créer des emplois » / « - Ouvrir de nouvelles pistes … »): the
    run wrapped just before a dash, so the line's dash is no list item's. The paragraph's last line
    fills the text's width (it wrapped), ends on no punctuation that would close a sentence or
    introduce a list, and the line starts at its left edge (an item's: under the item's text), in the
    same type, right below it."""
    last, first = group.lines[-1], group.lines[0]
    if group.kind == "paragraph":
        aligned = abs(line.x0 - last.x0) <= 1
    elif group.kind == "list_item":  # under the item's text, right of its marker
        aligned = line.x0 > first.x0 + 1 and (len(group.lines) == 1 or abs(line.x0 - last.x0) <= 1)
    else:
        return False
    right = _right_edge(last, spans)
    return bool(aligned and line.marker in ("-", "–", "—") and right
                and last.x1 >= right - SHORT_LINE_SHARE * (right - last.x0)
                and abs(line.size - last.size) < 0.6
                and not re.search(r"[.:;!?…]$", last.text.rstrip())
                and any(_INLINE_DASH.search(l.text) for l in group.lines)
                and -1 <= line.top - last.bottom <= gap + 0.6 * max(body_size, last.size))


def _quote_goes_on(group: Group, line: Line, body_size: float) -> bool:
    """A display quotation (a pull quote, a quoted intertitle) opened by a quotation mark, which
    kept its first lines from being read as a title (see _QUOTATION), going on into ``line``
    printed alike (same size and weight, bold or larger than the body), the quotation not ended
    above: one block, not a paragraph then a title."""
    first, last = group.lines[0], group.lines[-1]
    return (group.kind == "paragraph" and first.text[:1] in "«“" and not line.marker
            and all(abs(l.size - line.size) < 0.6 and l.bold == line.bold for l in group.lines)
            and (line.bold or line.size >= body_size + 1.5) and not re.search(r"[»”]\s*$", last.text)
            and not _SENTENCE_END.search(last.text))


def _comma_title_goes_on(group: Group, line: Line, body_size: float) -> bool:
    """A title line printed larger than the body and wholly bold, cut after a comma (which kept
    it from being read as a title, see _line_kind: « Règle 1 – Réduire la consommation d'espaces
    naturels, »), then ``line`` printed alike (same size, bold), no marker, going on in lower case
    (« agricoles et forestiers »): one title on two lines, not a paragraph then a title."""
    last = group.lines[-1]
    return (group.kind == "paragraph" and len(group.lines) == 1 and last.text.rstrip().endswith(",")
            and last.bold and last.bold_end is not False and line.bold and not line.marker
            and last.size >= body_size + 1.5 and abs(line.size - last.size) < 0.6
            and line.text[:1].islower() and len(last.text) + len(line.text) <= 200)


# The widest white, in sizes of its type, between the two lines of a title whose first line cannot
# end there (see _cut_heading_goes_on): a title bar's double leading
CUT_TITLE_LEADING = 1.6


def _cut_heading_goes_on(last: Line, line: Line) -> bool:
    """A title's line that cannot end there (« … dans les clubs d'aînés et les », see cut_title),
    then ``line`` printed alike (same size and weight, no marker), under it within its width and
    no further below than ``CUT_TITLE_LEADING`` times its size: the rest of the title, as a title
    bar of widely spaced lines sets it, however wide the white between them."""
    return (_cut_title(last.text) and not line.marker and abs(line.size - last.size) < 0.6
            and line.bold == last.bold and line.x0 >= last.x0 - 1 and line.x1 <= last.x1 + 1
            and 0 <= _heading_gap(last, line) <= CUT_TITLE_LEADING * max(line.size, last.size))


def _heading_gap(last: Line, line: Line) -> float:
    """The white between two lines of a title. Their tops and bottoms are those of their letters: a
    line without capitals, accents or tall letters under one with them (« sportifs » under « … des
    équipements » wrapped in a title's box) looks further away than it is printed. A line going on
    in lower case, printed in the same size and weight, under one not ending a sentence, is
    measured from baseline to baseline, less its size (when both baselines are known); any other,
    from the bottom of the one to the top of the other."""
    vertical = line.top - last.bottom
    if (last.baseline and line.baseline and abs(line.size - last.size) < 0.6 and line.bold == last.bold
            and line.text[:1].islower() and not _SENTENCE_END.search(last.text)):
        return min(vertical, line.baseline - last.baseline - line.size)
    return vertical


def _bold_column_goes_on(group: Group, line: Line, body_size: float) -> bool:
    """Bold lines (weight only, body size) ending a column without ending their sentence, and
    ``line`` at the top of the next column (higher up, to the right of them) printed alike,
    going on in lower case or after a word that cannot end them (« … préconise de » /
    « doubler … », « … demande que la » / « Région obtienne … »): one bold paragraph (a
    recommendation of a two-column page) cut by the column break, not a heading."""
    last = group.lines[-1]
    if not body_size or line.marker or not line.bold or abs(line.size - last.size) >= 0.6:
        return False
    if not all(l.bold and l.size < body_size + 1.5 for l in group.lines):
        return False
    if line.x0 < max(l.x1 for l in group.lines) - 1:
        return False  # not the next column
    if _SENTENCE_END.search(last.text) or _opens_label(line, last):
        return False
    return _goes_on(last.text, line.text) or _cut_title(last.text)


def _name_goes_on(last: Line, line: Line) -> bool:
    """``line`` printed like ``last`` (size, weight) goes on it: ``last`` ends on a civility
    title (« M. », « Mme ») or on a word that cannot end a line of text (« et », « des », see
    :func:`nlp_stn.extract.furniture.cut_title`; not a comma, which may end the first line of
    a title printed large: « Phase d'usage, » / « administration »)."""
    text = last.text.rstrip()
    return (abs(line.size - last.size) < 0.6 and line.bold == last.bold
            and (_cut_name(text) or (_cut_title(text) and not text.endswith(","))))


# A step between lines wider than the usual one by this share of the font size is a paragraph
# break even without a final punctuation ("Rapporteur : M. X" / "Vu le code …").
BREAK_STEP = 0.35


def _typical_step(pages: list[list[Line]], body_size: float) -> float:
    """Usual step between the middles of two lines of the same sentence in the body (a line
    without final punctuation followed by one starting in lower case), or 0 with fewer than
    ``MIN_INSIDE_GAPS`` such pairs."""
    steps = []
    for lines in pages:
        for a, b in zip(lines, lines[1:]):
            if a.size == body_size == b.size and not _SENTENCE_END.search(a.text) and b.text[:1].islower():
                d = _middle(b) - _middle(a)
                if 0 < d < 3 * body_size:
                    steps.append(d)
    if len(steps) < MIN_INSIDE_GAPS:
        return 0.0
    steps.sort()
    return steps[len(steps) // 2]


def _middle(line: Line) -> float:
    """Height of a line for steps between lines: its baseline, else its middle."""
    return line.baseline or (line.top + line.bottom) / 2


def _wider_step(lines: list[Line], line: Line, step: float = 0.0) -> bool:
    """The step from the last of ``lines`` to ``line`` (between the middles of the lines) is
    wider than the paragraph's usual step (its median, two lines at least; else ``step``, the
    document's) by ``PARAGRAPH_STEP`` of the font size (2.5 points at least)."""
    if len(lines) >= 2:
        steps = sorted(_middle(b) - _middle(a) for a, b in zip(lines, lines[1:]))
        usual = steps[len(steps) // 2]
    else:
        usual = step
    return usual > 0 and _middle(line) - _middle(lines[-1]) > usual + max(PARAGRAPH_STEP * line.size, 2.5)


# Extra space between paragraphs, as a share of the font size, that a wider step shows.
PARAGRAPH_STEP = 0.3


# A number whose thousands are cut at the line's end (« … plus de 1 » / « 500 logements … »,
# written with a plain space): the sentence goes on
_CUT_NUMBER = re.compile(r"(?:^|\s)\d{1,3}$")
_THOUSANDS = re.compile(r"\d{3}(?![\d.,:/)-])")


def _goes_on(last: str, start: str) -> bool:
    """Whether a line starting ``start`` goes on the sentence of the line ``last``: lower case
    (also an article whose l an OCR read as a capital I, « Ia Région »), or the rest of a
    number cut after its thousands (see _CUT_NUMBER)."""
    return (start[:1].islower() or misread_article(start)
            or bool(_CUT_NUMBER.search(last) and _THOUSANDS.match(start)))


def _heading_goes_on(last: Line, line: Line, kind: str, body_size: float) -> bool:
    """A heading's next line starting in lower case ("… des lieux de médiation" / "numérique"),
    or with a quoted name followed by lower case, or after a heading line that cannot end
    there, even on a capital (a comma, "des", "et": "… avec les élus des" / "Maisons de
    santé, …"): printed like the heading (same size and weight, bold or larger than the
    body, which the caller checks), not a list item, and the heading does not end a sentence."""
    goes_on = (line.text[:1].islower() or bool(_QUOTED_THEN_LOWER.match(line.text)) or _cut_title(last.text)
               or bool(_BRACKET_THEN_LOWER.match(line.text)))
    return (kind == "paragraph" and not line.marker and goes_on and len(line.text) <= 120
            and (line.bold or line.size >= body_size + 1.5) and not _SENTENCE_END.search(last.text))


# A line opening with a bracket in lower case (« (eau, déchets, petite enfance), avec … »): the
# sentence above goes on with its examples, not a new title nor a note
_BRACKET_THEN_LOWER = re.compile(r"\(\s*[a-zà-ÿ]")
# A line opening with a quoted name that the sentence goes on after (« « Mon Espace Santé » dans
# les clubs d'aînés »), or that ends the title (« Une mairie » / « « exemplaire » ? »): the middle
# or the end of a title, not a pull quote
_QUOTED_THEN_LOWER = re.compile(r"[«“\"]\s*[^»”\"]{1,60}[»”\"](?:\s+[a-zà-ÿ]|\s*[?!…]?\s*$)")


def _bold_lead_goes_on(group: Group, line: Line, kind: str, body_size: float) -> bool:
    """A paragraph opened by a bold sentence ("**Le CESER souhaite que la Région privilégie
    … développés par d'autres** / collectivités. Ce choix …"): lines found bold only by their
    weight (body size), not ending a sentence, then a line of the same size in regular type
    going on in lower case. The bold lines are the start of that paragraph, not a title."""
    last = group.lines[-1]
    return (kind == "paragraph" and not line.bold and not line.marker and _goes_on(last.text, line.text)
            and abs(line.size - last.size) < 0.6 and not _SENTENCE_END.search(last.text)
            and _bold_lead(group, line, body_size))


# Words of the regular line that goes on after a bold lead sentence (fewer: the end of a
# title wrapped in another weight, "Fiche action n°4 : … aux" / "aides sociales")
LEAD_GOES_ON_WORDS = 5


def _bold_lead(group: Group, line: Line, body_size: float) -> bool:
    """Lines bold by weight only (body size), not opened by a label ("Fiche action n°4 :"),
    followed by a line long enough to be the paragraph's text."""
    return (all(l.bold and l.size < body_size + 1.5 for l in group.lines)
            and not parse_label(group.lines[0].text[:80])[0]
            and len(line.text.split()) >= LEAD_GOES_ON_WORDS)


def _bold_run_ends(group: Group, line: Line, body_size: float) -> bool:
    """A bold sentence going on from the bold lines of ``group`` (bold by weight only, body
    size) into ``line``, where it ends and the text goes on in regular type ("**Proposition 1 –
    Le Conseil demande que chaque médiathèque … propose un**" / "**atelier mensuel.** Consacré
    aux …"): the line starts bold and ends regular, in the same size, not a list item, and
    the bold lines above end no sentence. The bold run is the lead-in of a paragraph, not a
    title (even opened by a label)."""
    last = group.lines[-1]
    return (_mixed_bold(line) and not line.marker and abs(line.size - last.size) < 0.6
            and all(l.bold and l.size < body_size + 1.5 for l in group.lines)
            and not _SENTENCE_END.search(last.text))


def _lead_in_ended(group: Group, body_size: float) -> bool:
    """A heading group whose bold lines (weight only, body size) end no sentence and go on
    into a last line where the bold run ends (read as bold: "**… unique, gratuit et ouvert**" /
    "**le samedi, … vers le bon guichet.** Les agents …"): the lead-in of a paragraph (see
    :func:`_bold_run_ends`)."""
    *lead, last = group.lines
    return (bool(lead) and _mixed_bold(last) and all(l.bold for l in lead)
            and all(l.size < body_size + 1.5 for l in group.lines) and not _SENTENCE_END.search(lead[-1].text))


def _mixed_bold(line: Line) -> bool:
    """A line whose first letter is bold and last letter regular (a bold run ends in it)."""
    return bool(line.bold_start) and line.bold_end is False


def _field_line(line: Line, body_size: float) -> bool:
    """A line in the body's type (not larger), without marker, opened by a known field name and
    a colon (:func:`nlp_stn.extract.furniture.opens_field`: « Porteur : CIAS », « Calendrier :
    2026-2027 »): one field of a record printed as lines, however much of it is bold (a bold
    name over a short value reads as a bold line), never a title nor a bold lead-in."""
    return not line.marker and line.size < body_size + 1.5 and opens_field(line.text)


def _opens_label(line: Line, previous: Line) -> bool:
    """:func:`nlp_stn.extract.furniture.opens_label` on positioned lines, or a line opened by
    a field name (:func:`nlp_stn.extract.furniture.opens_field`, "Indicateur : …")."""
    return opens_label(line.text, previous.text) or opens_field(line.text)


def _title_like(line: Line, following: Line) -> bool:
    """A short line without final punctuation followed by a capitalised line: a title."""
    text = line.text
    if re.search(r"[.,;:!?…»\]-]$", text) or not text[:1].isupper() or len(text) > 80:
        return False
    if not following.text[:1].isupper() or following.marker:
        return False
    return (line.x1 - line.x0) < 0.6 * max(following.x1 - following.x0, 1)


def _continues_across(pending: Group, first: Group, body_size: float = 0.0) -> bool:
    """A paragraph or list item cut by a page break: no final punctuation, then lower case.
    Also a paragraph opened by a bold sentence whose bold lines end the page (read there as a
    heading: weight only, body size) and go on, in lower case, at the top of the next. And a
    block ending the page on a word that cannot end it (« et », « au », a comma: see
    :func:`_bold_block_goes_on`) going on in the same type at the top of the next, even on a
    capital."""
    if _bold_block_goes_on(pending, first, body_size):
        return True
    if first.kind != "paragraph":
        return False
    if pending.kind == "heading":
        if not body_size:
            return False
        if _bold_run_ends(pending, first.lines[0], body_size):
            return True  # the bold lead sentence ends at the top of the next page
        if not _bold_lead(pending, first.lines[0], body_size):
            return False
        if abs(first.lines[0].size - pending.lines[-1].size) >= 0.6:
            return False
    elif pending.kind not in ("paragraph", "list_item"):
        return False
    last = pending.lines[-1].text
    start = first.lines[0].text
    return not _SENTENCE_END.search(last) and (_goes_on(last, start) or last.endswith("-"))


def _wholly_bold(group: Group) -> bool:
    """Whether every line of ``group`` is bold to its last letter (a bold block of its own, not a
    bold run ending inside a paragraph)."""
    return all(l.bold and l.bold_end is not False for l in group.lines)


def _bold_block_goes_on(pending: Group, first: Group, body_size: float) -> bool:
    """The bold lines ending a page (weight only, body size: a boxed recommendation read as a
    heading, or a bold paragraph) cut on a word that cannot end them (« … manuel), et », « … au »,
    a comma) or going on in lower case in a bold block of its own (« … à la conception » / « et aux
    tests … », not a bold lead sentence ending inside a paragraph), then a first block of the
    next page printed alike (size, weight), not a list item nor a labelled line: one block cut
    by the page break."""
    if not body_size or pending.kind not in ("heading", "paragraph") or first.kind not in ("heading", "paragraph"):
        return False
    last, start = pending.lines[-1], first.lines[0]
    if not all(l.bold and l.size < body_size + 1.5 for l in pending.lines) or start.marker:
        return False
    return (start.bold and abs(start.size - last.size) < 0.6
            and (_cut_title(last.text) or (start.text[:1].islower() and _wholly_bold(first)))
            and not _SENTENCE_END.search(last.text) and not _opens_label(start, last))


def _new_group(line: Line, kind: str, previous: Optional[Group], groups: list, heading_sizes: list[float]) -> Group:
    group = Group(kind=kind, lines=[line], marker=line.marker)
    if kind == "heading":
        rank = heading_sizes.index(line.size) + 1 if line.size in heading_sizes else len(heading_sizes) + 1
        group.level = min(rank, MAX_HEADING_LEVEL)
    elif kind == "list_item":
        # depth from the indentation of the previous items of the same list
        items = [g for g in groups if isinstance(g, Group) and g.kind == "list_item"]
        if previous is not None and previous.kind == "list_item" and items:
            ref = previous
            if line.x0 > ref.lines[0].x0 + 3:
                group.level = ref.level + 1
            else:
                group.level = ref.level
                for other in reversed(items):
                    if abs(other.lines[0].x0 - line.x0) <= 3:
                        group.level = other.level
                        break
                    if other.level == 0:
                        break
        elif previous is not None and previous.kind == "paragraph" and items:
            group.level = 0
    return group


def _join(lines: list[str], vocabulary: set[str]) -> str:
    """Lines of a block as one line; a word cut at a line end is joined or kept hyphenated
    by :func:`clean.dehyphenate`, told which forms (hyphenated, joined, second part alone)
    appear elsewhere in the document; an OCR's « Ia », « Ies », « I' » read as the articles
    (:func:`clean.repair_capital_i`)."""
    text = "\n".join(lines)
    text = re.sub(r"(?<=\d)-\n(?=\d)", "-", text)  # "2024-\n2027": a range of numbers
    if "-\n" in text:
        forms = set()
        for left, right in _BREAK.findall(text):
            forms.update((f"{left}-{right}".casefold(), f"{left}{right}".casefold(), right.casefold()))
        text = dehyphenate(text, forms & vocabulary)
    return repair_capital_i(normalise_spaces(text.replace("\n", " ")).strip())


def _emit(builder: TextBuilder, group: Group, vocabulary: set[str], lowest: int) -> None:
    first = group.lines[0]
    if group.kind == "heading" and group.level == 0:
        group.level = lowest
    texts = [l.text for l in group.lines]
    if group.kind == "list_item":
        texts[0] = first.body
    text = _join(texts, vocabulary)
    marker = group.marker
    if group.kind == "heading" and not marker:
        number = _HEADING_NUMBER.match(text)
        marker = number.group(1).rstrip(".") if number else ""
    builder.add(group.kind, text, page=first.page, level=group.level, marker=marker)


def _emit_table(builder: TextBuilder, table: Table, index: int, page: int, vocabulary: set[str]) -> None:
    """Cells of a table (row 0 gives the headers); a row keeps the page it is printed on.

    A first row that is a title (:func:`title_row`, "Fiche action n° 3 – …") is no header:
    it is emitted as row 0 and the cells below have no column header. A cell's paragraphs
    and bulleted items stay on lines of their own (see :func:`_cell_paragraphs`)."""
    header: list[str] = []
    titled = bool(title_row(table.rows[0]))
    for c, cell in enumerate(table.rows[0]):
        text = "" if titled else _join(_cell_lines(cell), vocabulary)
        header.append(text if text or not header else header[-1])  # a merged header spans right
    # the widest line of each column (estimated width, see _text_width): how much a line holds
    widths: dict[int, float] = {}
    for r, row in enumerate(table.rows):
        if titled and r == 0:
            continue
        for c, cell in enumerate(row):
            for line in _cell_lines(cell):
                widths[c] = max(widths.get(c, 0.0), _text_width(line.strip()))
    above: dict[int, Optional[str]] = {}  # column -> the last cell read in it
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row):
            if cell is SPANNED:
                cell = above.get(c)  # covered by the cell above (an axis beside its actions)
            above[c] = cell
            if cell is None:
                continue
            lines = _cell_lines(cell)
            paragraphs = [lines] if titled and r == 0 else _cell_paragraphs(lines, widths.get(c, 0))
            builder.add(
                "table_cell",
                "\n".join(_join(p, vocabulary) for p in paragraphs),
                page=table.row_pages[r] if r < len(table.row_pages) else page,
                table=index,
                row=r,
                col=c,
                header=header[c] if r > 0 and c < len(header) else "",
            )


# A line that starts a new item inside a cell: a bullet or a dash, or "1." / "2)".
_CELL_ITEM = re.compile(r"^\s*(?:[•◦○●▪▫■□►▸▹‣➢➤➔➜→⇒✓✔❖◆◇\ue000-\uf8ff]|[-–—*](?=\s)|\d{1,2}[.)](?=\s))")
# A line that, with the next line's first word, is still narrower than this share of the
# column's widest line was ended on purpose: the next line starts a new paragraph (when its
# first word is capitalised, not an acronym: "GTFS" may follow a full line).
FIT_SHARE = 1.0
# Rough widths of characters in ems (proportional fonts): enough to tell a line that was full
# from one ended early without the glyph metrics.
_NARROW = frozenset("ijlftr.,;:'’!|()[]-/ ")
_WIDE = frozenset("mwMW@%")


def _text_width(text: str) -> float:
    """Estimated width of ``text`` in ems: narrow letters and punctuation, wide letters and
    capitals weigh more or less than ordinary lower-case letters."""
    width = 0.0
    for ch in text:
        if ch in _NARROW:
            width += 0.3
        elif ch in _WIDE:
            width += 0.85
        elif ch.isupper():
            width += 0.68
        else:
            width += 0.5
    return width


# A capitalised word ending as a verb in the infinitive does, opening a line (« Déployer »,
# « Étendre », « Ouvrir »; also some nouns, « Nombre de … »): in a cell, a thing of its own, as a
# new line of a list of actions or indicators typed without bullets
_CELL_INFINITIVE = re.compile(r"^[A-ZÀ-ÖØ-Ý][a-zà-öø-ÿ]{2,}(?:er|ir|re)$")


def _cell_paragraphs(lines: list[str], width: float) -> list[list[str]]:
    """A cell's lines grouped into paragraphs: a line opening with a bullet, a dash or a
    number starts an item; a capitalised line starts a paragraph when the line above ended
    early (its next word would have fitted within ``FIT_SHARE`` of the column's ``width``,
    the estimated width of its widest line), or when it opens on a verb in the infinitive
    (« Déployer une Grande École … » under « … à ce qui existe ») after a line that can end
    there (not on « de », « la », a comma: see :func:`nlp_stn.extract.furniture.cut_title`, nor
    on « M. »). A line ending with a cut word goes on."""
    groups: list[list[str]] = []
    for line in lines:
        if not line.strip():
            continue
        if groups:
            above = groups[-1][-1].rstrip()
            word = line.split()[0]
            starts = bool(_CELL_ITEM.match(line)) or (
                word[:1].isupper() and (len(word) == 1 or any(ch.islower() for ch in word[1:]))
                and (_text_width(f"{above} {word}") <= FIT_SHARE * width
                     or (_CELL_INFINITIVE.match(word) and not _cut_title(above) and not _cut_name(above))))
            if not starts or (above.endswith("-") and not above.endswith(" -")):
                groups[-1].append(line)
                continue
        groups.append([line])
    return groups


def _cell_lines(cell: Optional[str]) -> list[str]:
    """Lines of a cell; a hyphen that a cell's text puts on a line of its own (printed apart
    from its cut word: "défile" / "-" / "ment") goes back to the end of the line above."""
    raw = (cell or "").split("\n")
    lines: list[str] = []
    for k, line in enumerate(raw):
        after = raw[k + 1].lstrip() if k + 1 < len(raw) else ""
        if (line.strip() in ("-", "\u2010", "\u2011") and lines and lines[-1].rstrip()[-1:].isalpha()
                and after[:1].islower()):
            lines[-1] = lines[-1].rstrip() + "-"
        else:
            lines.append(line)
    return lines
