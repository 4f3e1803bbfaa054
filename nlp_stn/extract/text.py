"""Plain-text and Markdown reader (.txt, .md, .markdown).

- encoding: UTF-8 (with or without BOM), else cp1252 / latin-1; a binary file is refused;
- Markdown front matter (``---`` ... ``---``): its ``title`` is the document title and is
  never emitted as text;
- headings: Markdown ``#``..``######`` and plain-text headings (a short line alone, without
  final punctuation: "A. SYNTHÈSE DES PRÉCONISATIONS", "Saisine 2015");
- list items with their marker and depth; paragraphs (lines of a paragraph are joined);
  besides the bullets of :func:`nlp_stn.clean.split_marker`, a middle dot "·" and the "o " that
  word processors write for a second-level bullet ("o Recruter deux conseillers", kept as
  marker "◦") start items;
- a lettered or roman line ("A. Achever la couverture", "II. Former") directly followed by
  items of another kind of marker ("→ Raccorder", "1. Recenser") is the item above them: they
  are one level deeper; marked titles alone on their line are nested by their kind of marker
  ("I. UN TERRITOIRE" level 1, then "A. SYNTHÈSE" level 2, "II. ..." level 1 again);
- Windows (CRLF), old Mac (CR) and doubled (CR CR LF) line ends all read as one line end;
- tab-separated tables (a header line followed by rows with the same number of cells);
  cells holding HTML are parsed with :func:`nlp_stn.extract.html.fragment_blocks`;
- "#category / title / body" contribution lists become one ``record`` block each;
- Markdown links become their text, ``**bold**`` markers and ``inline code`` back-quotes are
  removed, ``~~struck~~`` text (deleted text) is dropped;
- Markdown pipe tables (``| a | b |`` over a ``|---|:--:|`` row) are tables like the
  tab-separated ones; task items ("- [ ] Appeler", "- [x] Envoyer") are list items with the
  marker "☐" (open) or "☑" (done); a "TODO" line or item ("TODO: fixer la date") is an open
  task item ("☐", the word TODO removed); quotes lose their ">" ("> Remarque" is a paragraph);
  thematic breaks ("---", "***", "___") and table-of-contents tags ("[TOC]") are dropped; a
  line underlined with "===" or "---" is a heading (level 1 or 2); a pad's "###### tags:" line
  is metadata, not a heading.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..clean import dehyphenate, normalise_spaces, split_marker, unwrap_lines
from ..errors import InputError
from ..settings import Settings
from ..textio import decode_bytes
from . import html as html_reader
from .base import Extracted, TextBuilder

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_RECORD_START = re.compile(r"^#(?=[^\s#])(.+)$")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__", re.S)
_CODE = re.compile(r"`([^`\n]+)`")
_STRUCK = re.compile(r"[ \t]*~~(?!~)(.+?)~~")
# Markdown structure: quotes ("> " but not "> 50 %"), thematic breaks, setext underlines,
# table-of-contents tags, task boxes, TODO lines, pipe tables and their alignment row.
_QUOTE = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+(?![ \t]*\d)", re.M)
_BREAK = re.compile(r"^ {0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_TOC = re.compile(r"^\s*(?:\[+_?toc_?\]+|\$\{toc\}|<!--\s*toc\s*-->)\s*$", re.I)
_TASK = re.compile(r"^\[([ xX])\][ \t]+(?=\S)")
_TODO = re.compile(r"^TODO\b[ \t]*:?[ \t]*(?=\S)")
_TAGS = re.compile(r"^tags\s*:", re.I)
_PIPE_DELIMITER = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_FINAL_PUNCT = tuple(".,;:!?…")
_LETTER_HEADING = re.compile(r"^(?P<marker>[A-Z]|[IVX]{1,5}|\d{1,2})[.)]\s+\S")
# "o " written by word processors for a second-level bullet (a "◦" in a font the text export
# lost), before a capital or an accented letter: the lone letter "o" does not start a French
# sentence, so the line is an item (normalised to "◦" before broken lines are joined, which
# would otherwise glue it to the line above as a lower-case continuation)
_O_BULLET = re.compile(r"^([ \t]*)o[ \t]+(?=[A-ZÀ-ÖØ-ÞŒ]|[àâäçéèêëîïôöùûüÿœæ])", re.M)
# a middle dot followed by a space: a bullet ("· Former les agents"), not the dot of
# "citoyen·ne·s"; private-use Wingdings check and arrow bullets of Word exports
_EXTRA_BULLET = re.compile(r"^[ \t]*(?P<bullet>[·\uf0fc\uf0e8])[ \t]+(?=\S)")


def decode(raw: bytes, path: Path) -> str:
    """Text of a file: UTF-8 (BOM allowed), else cp1252, else latin-1; binary refused."""
    if not raw.strip():
        raise InputError("le fichier est vide : rien à extraire.", path=path)
    head = raw[:8192]
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if b"\x00" in head or controls > max(8, len(head) // 50):
        raise InputError(
            "ce fichier n'est pas du texte (contenu binaire) : vérifiez son extension "
            "ou convertissez-le en .txt, .md, .pdf, .docx ou .csv.",
            path=path,
        )
    return decode_bytes(raw, path)


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Top-level ``key: value`` pairs of a Markdown front matter and the text after it."""
    if not text.startswith("---\n"):
        return {}, text
    end = re.search(r"^(?:---|\.\.\.)[ \t]*$", text[4:], re.M)
    if not end:
        return {}, text
    block = text[4:4 + end.start()]
    meta: dict[str, str] = {}
    for line in block.split("\n"):
        m = re.match(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$", line)  # top level only (no indent)
        if m:
            value = m.group(2).strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            meta[m.group(1)] = value
    rest = text[4 + end.end():]
    return meta, rest.lstrip("\n")


def _inline(text: str) -> str:
    """Markdown inline syntax removed: images, links -> text, bold and code markers; struck
    text dropped.

    >>> _inline("Envoyer ~~avant le 5 mai~~ (fait) `GT`")
    'Envoyer (fait) GT'
    """
    text = _IMAGE.sub(lambda m: m.group(1), text)
    text = _LINK.sub(lambda m: m.group(1), text)
    text = _BOLD.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), text)
    text = _STRUCK.sub("", text)
    return _CODE.sub(lambda m: m.group(1), text)


def is_plain_heading(line: str) -> bool:
    """A short line without final punctuation: a title ("Saisine 2015", "A. SYNTHÈSE ...")."""
    line = line.strip()
    if not line or len(line) > 110 or not re.search(r"[^\W\d_]{2}", line):
        return False
    if line.endswith(_FINAL_PUNCT) or line[0].islower() or line.count(",") > 1:
        return False
    letters = [c for c in line if c.isalpha()]
    upper = bool(letters) and sum(c.isupper() for c in letters) > 0.8 * len(letters)
    if len(line.split()) > (25 if upper else 16):
        return False
    marker, _ = split_marker(line)
    if marker and not _LETTER_HEADING.match(line):
        return False
    return True


def _is_marked_heading(line: str) -> bool:
    """A lettered ("A.", "IV.") or upper-case numbered ("1. SYNTHÈSE") title alone on its line."""
    m = _LETTER_HEADING.match(line)
    if not m or not is_plain_heading(line):
        return False
    letters = [c for c in line[m.end() - 1:] if c.isalpha()]
    return not m.group("marker").isdigit() or sum(c.isupper() for c in letters) > 0.8 * len(letters)


def _heading_level(line: str) -> int:
    letters = [c for c in line if c.isalpha()]
    if _LETTER_HEADING.match(line) and not line[0].isdigit():
        return 1
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8 and len(letters) > 3:
        return 1
    return 2


def _split_marker(text: str) -> tuple[str, str]:
    """:func:`nlp_stn.clean.split_marker` plus the middle dot and Wingdings bullets."""
    m = _EXTRA_BULLET.match(text)
    if m:
        return m.group("bullet"), text[m.end():]
    return split_marker(text)


def _marker_kind(marker: str, previous_letter: str = "") -> str:
    """Kind of a marker: "num", "lower", "upper", "roman" or "bullet" ("" for none). A lone
    "I", "V" or "X" is a letter only right after "H", "U" or "W" of the same list."""
    if not marker:
        return ""
    if marker[0].isdigit():
        return "num"
    if re.fullmatch(r"[IVX]{1,5}", marker):
        if len(marker) == 1 and previous_letter and ord(marker) == ord(previous_letter) + 1:
            return "upper"
        return "roman"
    if marker.isalpha() and len(marker) == 1:
        return "lower" if marker.islower() else "upper"
    return "bullet"


def _table_cells(line: str) -> list[str]:
    return [c.strip() for c in line.split("\t")]


def _pipe_cells(line: str) -> list[str]:
    """Cells of a Markdown pipe-table row ("| a | b |", "a | b"); ``\\|`` is a literal pipe."""
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    return [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", line)]


def _pipe_table(lines: list[str], i: int) -> int:
    """Number of lines of a Markdown pipe table starting at line ``i`` (0 when none): a header
    row, an alignment row with as many cells, then the rows up to a line without a pipe."""
    if i + 1 >= len(lines) or "|" not in lines[i] or "|" not in lines[i + 1]:
        return 0
    if not _PIPE_DELIMITER.match(lines[i + 1]) or "-" not in lines[i + 1]:
        return 0
    if len(_pipe_cells(lines[i + 1])) != len(_pipe_cells(lines[i])) or len(_pipe_cells(lines[i])) < 2:
        return 0
    j = i + 2
    while j < len(lines) and lines[j].strip() and "|" in lines[j]:
        j += 1
    return j - i


def _is_table_header(lines: list[str], i: int) -> int:
    """Number of rows of a tab-separated table starting at line ``i`` (0 when none)."""
    cells = _table_cells(lines[i])
    named = [c for c in cells if re.search(r"[^\W\d_]{2}", c)]
    if len(cells) < 2 or len(named) < 2:
        return 0
    j = i + 1
    rows = 0
    while j < len(lines):
        if not lines[j].strip():
            j += 1
            continue
        if "\t" in lines[j] and len(_table_cells(lines[j])) == len(cells):
            rows += 1
            j += 1
            continue
        break
    return j - i if rows else 0


class _Reader:
    def __init__(self) -> None:
        self.builder = TextBuilder()
        # level of the last Markdown heading ("## ..." = 2); a title found only by its shape
        # (a short line alone) is nested under it instead of closing its section
        self.md_level = 0
        self.table_index = 0
        # marked titles alone on their line: (kind of marker, level), outermost first
        self.marked: list[tuple[str, int]] = []
        self.last_letter = ""  # last upper-case letter marker ("H" makes the next "I" a letter)
        # lettered or roman items with items of another marker below them:
        # (kind of marker, depth, indentation of their first sub-item), outermost first
        self.groups: list[tuple[str, int, int]] = []

    def kind_of(self, marker: str) -> str:
        kind = _marker_kind(marker, self.last_letter)
        if kind == "upper":
            self.last_letter = marker
        return kind

    def heading_level(self, text: str, marker: str) -> int:
        """Level of a plain-text title: a marked title takes the level of the earlier titles
        with the same kind of marker, else one below the enclosing marked title."""
        level = self.md_level + _heading_level(text)
        if not marker:
            self.marked = [entry for entry in self.marked if entry[1] < level]
            return level
        kind = self.kind_of(marker)
        for n, (seen, seen_level) in enumerate(self.marked):
            if seen == kind:
                del self.marked[n + 1:]
                return seen_level
        if self.marked:
            level = self.marked[-1][1] + 1
        self.marked.append((kind, level))
        return level

    def item_depth(self, marker: str, indent: int, following: str) -> int:
        """Depth of a list item; opens a group when a lettered or roman item is followed by
        an item with another kind of marker (``following``: the next line)."""
        kind = self.kind_of(marker)
        if any(g[0] == kind for g in self.groups):
            while self.groups and self.groups.pop()[0] != kind:
                pass  # a sibling of an enclosing item closes the groups down to it
        if self.groups:
            _, owner_depth, base = self.groups[-1]
            depth = owner_depth + 1 + max(0, indent - base) // 2
        else:
            depth = indent // 2
        if kind in ("upper", "roman") and following.strip():
            next_marker, _ = _split_marker(following.strip())
            next_kind = _marker_kind(next_marker, marker if kind == "upper" else "")
            if next_kind and next_kind != kind and not any(g[0] == next_kind for g in self.groups):
                self.groups.append((kind, depth, len(following) - len(following.lstrip(" "))))
        return depth

    # --- tables
    def add_table(self, lines: list[str]) -> None:
        self.add_rows([_table_cells(line) for line in lines if line.strip()])

    def add_rows(self, rows: list[list[str]]) -> None:
        """A table: the header row, then the rows of cells."""
        header = rows[0]
        table = self.table_index
        self.table_index += 1
        for col, cell in enumerate(header):
            self.builder.add("table_cell", _inline(cell), table=table, row=0, col=col, header=_inline(cell))
        for row, cells in enumerate(rows[1:], start=1):
            for col, cell in enumerate(cells):
                head = _inline(header[col]) if col < len(header) else ""
                self.add_cell(cell, table, row, col, head)

    def add_cell(self, cell: str, table: int, row: int, col: int, header: str) -> None:
        if html_reader.looks_like_html(cell):
            for kind, text, depth in html_reader.fragment_blocks(cell):
                self.builder.add("list_item" if kind == "list_item" else "table_cell", _inline(text),
                                 level=depth, table=table, row=row, col=col, header=header)
        else:
            text = " ".join(_inline(cell).split())
            self.builder.add("table_cell", text, table=table, row=row, col=col, header=header)

    # --- records ("#category" / title / body)
    def add_records(self, lines: list[str]) -> None:
        category, title, body = None, None, []
        count = 0

        def flush():
            nonlocal count
            if category is None or title is None:
                return
            count += 1
            body_text = "\n".join(" ".join(b.split()) for b in body if b.strip())
            text = title + ("\n" + body_text if body_text else "")
            self.builder.add("record", text, fields={"id": str(count), "title": title, "body": body_text,
                                                     "category": category})

        for line in lines:
            m = _RECORD_START.match(line)
            if m:
                flush()
                category, title, body = m.group(1).strip(), None, []
            elif category is None:
                if line.strip():
                    self.builder.add("heading", _inline(line.strip()), level=1)
            elif title is None:
                if line.strip():
                    title = " ".join(_inline(line).split())
            else:
                body.append(_inline(line))
        flush()

    # --- everything else
    def add_lines(self, lines: list[str]) -> None:
        current: dict | None = None  # open paragraph or list item
        i = 0

        def close():
            nonlocal current
            if current is not None:
                text = " ".join(" ".join(current["parts"]).split())
                self.builder.add(current["kind"], _inline(text), level=current["level"], marker=current["marker"])
            current = None

        while i < len(lines):
            line = lines[i]
            if not line.strip() or _TOC.match(line):
                close()
                i += 1
                continue
            setext = _SETEXT.match(line)
            if setext and current is not None and current["kind"] == "paragraph" and len(current["parts"]) == 1 \
                    and lines[i - 1].strip() and len(setext.group(1)) >= 3 \
                    and is_plain_heading(_inline(current["parts"][0])):
                # "Titre" underlined with "===" or "---": a heading
                text = _inline(current["parts"][0])
                current = None
                self.groups, self.marked = [], []
                self.md_level = 1 if setext.group(1)[0] == "=" else 2
                self.builder.add("heading", text, level=self.md_level)
                i += 1
                continue
            if _BREAK.match(line):  # a thematic break ("---", "* * *"): no text
                close()
                i += 1
                continue
            if "|" in line:
                n = _pipe_table(lines, i)
                if n:
                    close()
                    self.groups = []
                    rows = [_pipe_cells(row) for row in lines[i:i + n]]
                    self.add_rows([rows[0]] + rows[2:])
                    i += n
                    continue
            if "\t" in line:
                n = _is_table_header(lines, i)
                if n:
                    close()
                    self.groups = []
                    self.add_table(lines[i:i + n])
                    i += n
                    continue
                line = line.replace("\t", " ")
            m = _MD_HEADING.match(line)
            if m and _TAGS.match(m.group(2)):  # "###### tags: `GT` `compte-rendu`" (pads)
                close()
                i += 1
                continue
            if m:
                close()
                self.groups, self.marked = [], []
                self.md_level = len(m.group(1))
                self.builder.add("heading", _inline(m.group(2)), level=self.md_level)
                i += 1
                continue
            stripped = line.strip()
            alone = (i == 0 or not lines[i - 1].strip()) and (i + 1 == len(lines) or not lines[i + 1].strip())
            marker, rest = _split_marker(stripped)
            if not marker and (_TASK.match(stripped) or _TODO.match(stripped)):
                marker, rest = "☐", stripped  # "[ ] Appeler", "TODO: fixer la date": a task
            if marker and alone and current is None and _is_marked_heading(_inline(stripped)):
                marker = ""  # "A. SYNTHÈSE DES PRÉCONISATIONS" alone on its line: a heading
            if marker:
                close()
                inner, inner_rest = split_marker(rest)
                if inner and not inner[0] in "-*–—" and inner[:1].isdigit():
                    marker, rest = inner, inner_rest  # "- 1 • Faire" -> marker "1"
                task = _TASK.match(rest)
                if task:  # "- [x] Envoyer": a task item, done or open
                    marker, rest = ("☐" if task.group(1) == " " else "☑"), rest[task.end():]
                todo = _TODO.match(rest)
                if todo:  # "- [ ] TODO trouver une salle", "- TODO: appeler"
                    marker, rest = ("☐" if marker != "☑" else marker), rest[todo.end():]
                indent = len(line) - len(line.lstrip(" "))
                following = lines[i + 1].replace("\t", " ") if i + 1 < len(lines) else ""
                level = self.item_depth(marker, indent, following)
                current = {"kind": "list_item", "parts": [rest.strip()], "level": level, "marker": marker}
                i += 1
                continue
            if alone and current is None and is_plain_heading(_inline(stripped)):
                text = _inline(stripped)
                hm = _LETTER_HEADING.match(text)
                self.groups = []
                self.builder.add("heading", text, level=self.heading_level(text, hm.group("marker") if hm else ""),
                                 marker=hm.group("marker") if hm else "")
                i += 1
                continue
            if current is None:
                self.groups = []  # a paragraph ends the lists above it
                current = {"kind": "paragraph", "parts": [], "level": 0, "marker": ""}
            current["parts"].append(stripped)
            i += 1
        close()


def _unwrap_outside_tables(text: str) -> str:
    """:func:`nlp_stn.clean.unwrap_lines` on the text around Markdown pipe tables: a row
    starting in lower case is not the end of a sentence broken on the row above."""
    lines = text.split("\n")
    out: list[str] = []
    start = i = 0
    while i < len(lines):
        n = _pipe_table(lines, i) if "|" in lines[i] else 0
        if n:
            out.append(unwrap_lines("\n".join(lines[start:i])))
            out.append("\n".join(lines[i:i + n]))
            i = start = i + n
        else:
            i += 1
    out.append(unwrap_lines("\n".join(lines[start:])))
    return "\n".join(out)


def read(path: Path, settings: Settings = Settings()) -> Extracted:
    """Blocks of a plain-text or Markdown file."""
    path = Path(path)  # size and binary content are checked by nlp_stn.extract.check
    text = decode(path.read_bytes(), path)
    # "\r\r\n" (a CRLF file converted once more) is one line end, not a blank line
    text = normalise_spaces(text.replace("\r\r\n", "\n").replace("\f", "\n\n"))
    meta, text = split_front_matter(text)
    title = " ".join(_inline(meta.get("title", "")).split())
    reader = _Reader()
    lines = text.split("\n")
    if sum(1 for line in lines if _RECORD_START.match(line)) >= 2 and not any(_MD_HEADING.match(line) for line in lines):
        reader.add_records(lines)
    else:
        if title and not any(_MD_HEADING.match(line) and line.startswith("# ") for line in lines):
            reader.builder.add("heading", title, level=1)  # the front-matter title heads the text
        text = _QUOTE.sub("", text)  # "> Remarque de Jean : ..." is a paragraph
        text = _unwrap_outside_tables(dehyphenate(_O_BULLET.sub(r"\1◦ ", text)))
        reader.add_lines(text.split("\n"))
    if not reader.builder.blocks:
        raise InputError("aucun texte trouvé dans ce fichier.", path=path)
    if not title:
        first = reader.builder.blocks[0]
        title = first.text if first.kind == "heading" else ""
    return reader.builder.build(title=title)
