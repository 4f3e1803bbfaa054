"""Plain-text and Markdown reader (.txt, .md, .markdown).

- encoding: UTF-8 (with or without BOM), else cp1252 / latin-1; a binary file is refused;
- Markdown front matter (``---`` ... ``---``): its ``title`` is the document title and is
  never emitted as text;
- headings: Markdown ``#``..``######`` and plain-text headings (a short line alone, without
  final punctuation or semicolon: "A. SYNTHÈSE DES PRÉCONISATIONS", "Saisine 2015");
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
  removed, ``~~struck~~`` text (deleted text) is dropped, and so is a list item struck out from
  its start (withdrawn: the rest only says why);
- Markdown pipe tables (``| a | b |`` over a ``|---|:--:|`` row) are tables like the
  tab-separated ones; task items ("- [ ] Appeler", "- [x] Envoyer") are list items with the
  marker "☐" (open) or "☑" (done); a "TODO" line or item ("TODO: fixer la date") is an open
  task item ("☐", the word TODO removed); quotes lose their ">" ("> Remarque" is a paragraph; a quote is
  never a title, and its attribution "> — une habitante" is a paragraph, not an item; a quoted
  sentence "« … pas. »" ends with the punctuation inside its quotes; a quoted paragraph whose
  words are already written above it, a reply quoting the message it answers, is dropped; so is
  the earlier message a mail quotes under « Le … a écrit : », « On … wrote: » or « -----Message
  d'origine----- », with that line); a mail answering that message point by point (quoted lines
  and answers alternating under « … a écrit : ») keeps each point right above an answer as the
  heading of that answer, marked « > » (its theme line as a heading above it), and drops the
  other quoted lines and its signature (from « -- » on); a draft a reply reviews inline (every
  remark between its quoted lines opened by a name or initials in brackets, « [GP] … ») is the
  text itself, its « > » removed; a saved mail's headers (« From: », « To: », « Subject: » …) are no text,
  its subject is its title);
  thematic breaks ("---", "***", "___"), table-of-contents tags ("[TOC]") and the fences of
  a pad's boxes (« :::info » … « ::: ») are dropped (what a box holds is read as paragraphs of
  its own), and so are the stars around a phrase in italics (« *Dernière mise à jour* »); a
  line underlined with "===" or "---" is a heading (level 1 or 2); a pad's "###### tags:" line
  is metadata, not a heading.

A messaging app's chat export (WhatsApp: « 12/03/2026 18:42 - Marie L.: … », « [12/03/2026
18:42:10] Marie L.: … »), from three dated messages on: each message is a paragraph of its own,
without its date and author, never a title; the lines under a message stay with it (a list it
opens); the app's own lines (no author: the group created, the notice on encryption) and its
placeholders (« <Médias omis> », « Ce message a été supprimé ») are dropped.

A meeting's chat saved by a video-conference tool (Zoom's « meeting_saved_chat.txt »: « 18:32:07
De  Marie L.  à  Tout le monde : » over the message's tab-indented lines), from three headers on:
each line typed is a paragraph of its own, without the header, never a title, never joined to the
next one; private messages (« à  Moi (en privé) »), the quote opening a reply (« Réponse à "…" : »)
and reactions are dropped. The lines of a chat export are never unwrapped (each is as typed).

A meeting's transcript (« [00:03:21] M. Cariou (retraité) : … »), from three timed turns on: each
turn is a paragraph of its own, without its time and speaker, never a title; the turns of whoever
chairs or answers for the authority (« Mme la Maire : », « M. X (adjoint) : ») are dropped, and so
are the transcriber's notes of the room (« (Applaudissements) », « [inaudible] »).

Pads typed live (Etherpad, Framapad exported as text):

- a title framed by typed signs ("---- 2. NOS IDÉES ----", "=== Prochaines étapes ===")
  is a heading without its frame, even with the next line right below it (level 1 for "=",
  else 2); so is a marked line in capitals ("3. DIVERS ET QUESTIONS", not "1. CRÉER UN JARDIN" nor
  a list typed in capitals) and a line in capitals over a list ("HORS SUJET (à voir avec la ville)");
  the separator of a forwarded mail is not one;
- "->" and "=>" opening a line are bullets (marker "→");
- a line opened by a name in brackets ("[Julie] pas d'accord"), also typed after two spaces
  at the end of a line, is a remark of its own (a paragraph), not the item above going on.

Text extracted from a PDF (pdftotext, copy-paste):

- a page laid out in two columns by ``pdftotext -layout`` (each line holds the left column's
  words, a gutter of spaces, then the right column's words from one same offset) is read
  column by column, between the lines across the page (a centred title, a table's row, a
  running line or a folio), before the spaces are collapsed (see unfold_columns);
- with form feeds, the pages are the parts between them and every block gets its page;
  lines at the top or bottom of two pages or more (digits aside) and page numbers ("3",
  "- 3 -", "Page 3/5") are dropped; without form feeds, short lines repeated word for word
  three times or more, "Page 3/5" lines and lines closed by increasing page numbers next to
  them are dropped; a paragraph cut by them is joined again when it goes on in lower case;
- footnotes at the bottom of a page ("1 Application gratuite …", "¹ Référentiel …") are
  dropped when the page's body calls them ("population1.", "RGAA¹"), and only then their calls;
- tables of contents (entries with dot leaders and a page number) are dropped;
- a line opened by a label ("Axe 1 –", "Objectif 1.2 :", "Indicateur :") opens a paragraph;
  a text without blank lines is cut into paragraphs after a short line ending a sentence
  (any line ending a sentence when its lines are paragraphs never wrapped), after a labelled
  title and after a short title line, before a capitalised line; a labelled title glued to
  the next sentence ("… mobileUn recensement", "… en ligne.Les modalités") is cut off it;
- a numbered line alone that reads as a section title ("1. Préambule", "2. Questions de la
  salle", followed by prose) is a heading, not a list item;
- lines starting with a space and a lower-case word after a lead-in ("… suivantes :" /
  " ouvrir la salle …;"), whose bullet a symbol font lost, are list items ("•").
"""
from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from pathlib import Path
from typing import Optional

from ..clean import dehyphenate, normalise_spaces, repair_capital_i, split_marker, unwrap_lines
from ..errors import InputError
from ..labels import LABEL, parse_label
from ..settings import Settings
from ..textio import decode_bytes
from . import html as html_reader
from .base import Extracted, TextBuilder
# the PDF reader's line rules (page numbers, footnotes, tables of contents, labels)
from .furniture import EDGE_LINES, EDGE_SHARE, NOTE_START as _NOTE_START, PAGE_NUMBER as _PAGE_NUMBER
from .furniture import PAGE_OF as _PAGE_OF, TOC_LEADERS as _TOC_LEADERS, TOC_TITLE as _TOC_TITLE
from .furniture import counts_pages as _counts_pages, edge_key as _edge_key, note_call as _note_call
from .furniture import cut_title as _cut_title, opens_label as _label_opens

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
_QUOTED_LINE = re.compile(_QUOTE.pattern + r"(.*)$", re.M)
_BREAK = re.compile(r"^ {0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}$")
# the fence of a pad's container block (HedgeDoc, CodiMD, Docusaurus: « :::info », « :::warning »,
# « ::: »), maybe with the box's title after its name (« :::spoiler Détails »)
_FENCE = re.compile(r"^ {0,3}:{3,}[ \t]*(?:[a-z][\w-]*)?[ \t]*(?P<title>.*?)[ \t]*:*[ \t]*$", re.I)
# a phrase in italics between single stars (« *Dernière relecture : 12 novembre* »), not a star
# standing alone (« 5 * 3 », a bullet « * item »)
_ITALIC = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_TOC = re.compile(r"^\s*(?:\[+_?toc_?\]+|\$\{toc\}|<!--\s*toc\s*-->)\s*$", re.I)
_TASK = re.compile(r"^\[([ xX])\][ \t]+(?=\S)")
_TODO = re.compile(r"^TODO\b[ \t]*:?[ \t]*(?=\S)")
_TAGS = re.compile(r"^tags\s*:", re.I)
_PIPE_DELIMITER = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_FINAL_PUNCT = tuple(".,;:!?…")
_CLOSING_QUOTES = "»”\"' \u00a0\u202f"  # closing quote marks and the spaces before them
# The attribution closing a quote ("> — habitante du bourg, 81 ans"): a dash, not a bullet.
_ATTRIBUTION = re.compile(r"^[—–―]\s")
# A numbered section title: "1. Préambule", "2) Questions de la salle"; its first word.
_NUMBERED_TITLE = re.compile(r"^(?P<n>\d{1,2})[.)]\s+(?P<first>[^\s'’]+)")
NUMBERED_TITLE_WORDS = 8
NUMBERED_SUBTITLE_WORDS = 6  # more words allowed to a numbered title with a subtitle after " : "
# A French infinitive opening an item ("Former", "Créer", "Maintenir", "Promouvoir", "Mettre").
_INFINITIVE = re.compile(r"^[^\W\d_]{2,}(?:er|ir|re|oir)$", re.I)
_LETTER_HEADING = re.compile(r"^(?P<marker>[A-Z]|[IVX]{1,5}|\d{1,2})[.)]\s+\S")
# "o " written by word processors for a second-level bullet (a "◦" in a font the text export
# lost), before a capital or an accented letter: the lone letter "o" does not start a French
# sentence, so the line is an item (normalised to "◦" before broken lines are joined, which
# would otherwise glue it to the line above as a lower-case continuation)
_O_BULLET = re.compile(r"^([ \t]*)o[ \t]+(?=[A-ZÀ-ÖØ-ÞŒ]|[àâäçéèêëîïôöùûüÿœæ])", re.M)
# ... and "o " before a lower-case word at the start of a line under a line ending with « : » or
# « ; » (« Propositions des parents : » / « o raccorder les écoles … ; » / « o mutualiser … »):
# a list going on, whatever the letter its item opens with
_O_BULLET_IN_LIST = re.compile(r"(?<=[:;])([ \t]*\n[ \t]*)o[ \t]+(?=[a-zà-öø-ÿœæ])")
# "e " before a capital at the start of a line: a "•" read as "e" by character recognition (a
# scanned list): the lone letter "e" opens no French sentence either, so the line is an item
_E_BULLET = re.compile(r"^([ \t]*)e[ \t]+(?=[A-ZÀ-ÖØ-ÞŒ][^\W\d_])", re.M)
# the line after a list item ending with a full stop, flush left and opening a sentence with a
# capital and a word of two letters or more (« Un producteur souhaite … »): a paragraph after the
# list, not the item going on (a wrapped item goes on in lower case, or indented under its text)
_ITEM_DONE = re.compile(r"[.!?…]$")
_SENTENCE_OPENING = re.compile(r"^[A-ZÀ-ÖØ-ÞŒ][^\W\d_]+\b")
# A topic written on its own line, ended by a colon, over the sentence that tells it in the
# same paragraph (« La cantine : » / « On propose … », « Autres idées : » / « Ce serait … »): at
# most five words, letters only, capitalised, not opened by a pronoun or « voici », which lead
# into what follows (« Nous proposons : », « Voici nos idées : »), nor holding a verb of saying
_TOPIC_LINE = re.compile(
    r"^(?!(?:je|j['’]|nous|on|il|elle|ils|elles|vous|voici|voil[àa]|ci-dessous|ce|c['’]|cela|ça)\b)"
    r"(?![^:]*\b(?:propos|demand|souhait|recommand|sugg[èe]r|pr[ée]conis|retien|not|rappel)\w*\b)"
    r"[A-ZÀ-ÖØ-ÞŒ][^\W\d_]*(?:[\s'’-]+[^\W\d_]+){0,4}\s*:$")
# a middle dot followed by a space: a bullet ("· Former les agents"), not the dot of
# "citoyen·ne·s"; private-use Wingdings check and arrow bullets of Word exports
_EXTRA_BULLET = re.compile(r"^[ \t]*(?P<bullet>[·\uf0fc\uf0e8])[ \t]+(?=\S)")
# an arrow typed with two characters at the start of a line ("-> relancer", "=> voir"): a
# bullet, as "→" is, not the continuation of the line above
_TYPED_ARROW = re.compile(r"^[ \t]*(?:-{1,2}|={1,2})>[ \t]+(?=\S)")
# A title framed by signs typed around it in a pad or a plain-text file ("---- 2. NOS
# IDÉES ----", "=== Prochaines étapes ===", "== Bilan =="): a heading without its frame
_FRAMED = re.compile(r"^[ \t]*(?P<c>[-=~#])(?P=c)+[ \t]*(?P<text>[^-=~#\s].*?)[ \t]*(?P=c){2,}[ \t]*$")
# A whole line in italics ("*Mise à jour le 3 mars 2025 par l'équipe*") that gives a date: a
# note about the page (its update, its author), never a title
_EMPHASIS_LINE = re.compile(r"^([*_])(?!\1)(?P<text>\S.*?\S)\1$")
_NOTE_DATE = re.compile(
    r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}(?:er)?\s+(?:janvier|f[ée]vrier|mars|avril|mai"
    r"|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)\s+\d{4}\b", re.I)
# the separator of a forwarded mail ("---------- Forwarded message ---------"): no title
_MAIL_SEPARATOR = re.compile(
    r"^(?:(?:forwarded|original)\s+message|message\s+(?:transf[ée]r[ée]|d['’]origine|original))$", re.I)
# A participant's name in brackets opening a line of a shared pad ("[Julie] pas d'accord",
# "[Paul D.] voir avec la mairie"): a remark of that person, not the line above going on
REMARK_NAME = r"\[(?P<name>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:[- ][A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]*\.?){0,2})\]"
_REMARK = re.compile(r"^" + REMARK_NAME + r"[ \t]+(?=[^\s\[])")
# the same remark typed after two spaces or more at the end of a line ("… du square   [Yves]
# oui vite"): a line of its own (not after another name: "[Julie] [Paul] prennent les notes")
_REMARK_AFTER = re.compile(r"(?<=[^\s\]]) {2,}(?=" + REMARK_NAME + r"[ \t]+[^\s\[])")


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


# A static site generator's shortcode or template tag in a page's Markdown: Hugo's
# « {{< figure src=… >}} », « {{% notice info %}} », « {{< /button >}} », Jekyll's « {% include … %} »
_SHORTCODE = re.compile(r"\{\{[<%]-?\s*(?P<close>/)?\s*(?P<name>[\w.-]+)[^\n]*?-?[>%]\}\}"
                        r"|\{%-?\s*(?P<lclose>end)?(?P<lname>[\w.-]+)[^\n]*?-?%\}")


def without_shortcodes(text: str) -> str:
    r"""``text`` without the shortcodes of a static site's page (see _SHORTCODE): a tag is markup,
    not text, so it is removed, the text of a box it opens and closes kept (« {{% notice %}} » /
    « Toutes les idées … » / « {{% /notice %}} »); a line holding only a tag and its own closing
    tag (a button, « {{< button href=… >}}Je m'inscris{{< /button >}} ») is a link's label, dropped
    with it. Only lines of tags go: a tag inside a sentence is left as written. Lines keep their
    places (a removed line is left blank).

    >>> without_shortcodes('A\n{{< figure src="a.jpg" caption="Le square" >}}\n{{% notice info %}}\nB\n{{% /notice %}}')
    'A\n\n\nB\n'
    >>> without_shortcodes('{{< button href="/x/" >}}Je m\'inscris{{< /button >}}\nC {% include note.html %} D')
    '\nC {% include note.html %} D'
    """
    if "{{" not in text and "{%" not in text:
        return text
    lines = []
    for line in text.split("\n"):
        tags = list(_SHORTCODE.finditer(line))
        if len(tags) == 2 and not line[:tags[0].start()].strip() and not line[tags[1].end():].strip() and (
                (tags[1].group("close") and tags[0].group("name") == tags[1].group("name"))
                or (tags[1].group("lclose") and tags[0].group("lname") == tags[1].group("lname"))):
            lines.append("")
            continue
        # a line of tags only is markup; a tag inside a sentence is left as written (a page
        # quoting the syntax)
        lines.append("" if tags and not _SHORTCODE.sub("", line).strip() else line)
    return "\n".join(lines)


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
    text = _ITALIC.sub(lambda m: m.group(1), text)
    return _CODE.sub(lambda m: m.group(1), text)


def is_plain_heading(line: str) -> bool:
    """A short line without final punctuation: a title ("Saisine 2015", "A. SYNTHÈSE ...")."""
    line = line.strip()
    if not line or len(line) > 110 or not re.search(r"[^\W\d_]{2}", line):
        return False
    # a quoted sentence ends with its own punctuation inside the quotes ("« … n'y arrive pas. »")
    if line.rstrip(_CLOSING_QUOTES).endswith(_FINAL_PUNCT) or line[0].islower() or line.count(",") > 1 \
            or ";" in line:
        return False  # a title holds no semicolon: "… chaque heure ; Budget : 40 000 €" is prose
    letters = [c for c in line if c.isalpha()]
    upper = bool(letters) and sum(c.isupper() for c in letters) > 0.8 * len(letters)
    if len(line.split()) > (25 if upper else 16):
        return False
    marker, _ = split_marker(line)
    if marker and not _LETTER_HEADING.match(line):
        return False
    return True


def _dated_note(line: str) -> bool:
    """A line wholly in italics that gives a date ("*Mis à jour le 02/05/2025 par C. Le
    Gall*"): the page's note, not a title."""
    m = _EMPHASIS_LINE.match(line)
    return bool(m) and bool(_NOTE_DATE.search(m.group("text")))


def _framed_title(line: str) -> Optional[tuple[str, str]]:
    """The text of a title framed by typed signs ("---- 2. NOS IDÉES ----", "=== Bilan
    ===") and the sign, else None."""
    m = _FRAMED.match(line) if len(line) <= 200 else None
    if not m or not re.search(r"[^\W\d_]{2}", m.group("text")) or _MAIL_SEPARATOR.match(m.group("text")):
        return None
    return _inline(m.group("text")), m.group("c")


def _capitals(line: str) -> bool:
    """Whether a line is written in capitals, what it says in brackets aside ("HORS SUJET
    (à voir avec la ville)"): four letters at least, more than 80 % of them capitals."""
    letters = [c for c in re.sub(r"\([^()]*\)|\[[^\[\]]*\]", " ", line) if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) > 0.8 * len(letters)


def _field_line(line: str) -> bool:
    """A label noun without number before a colon and its text ("Indicateur : nombre de
    sites mobiles"): a field of the unit above, never a title."""
    m = LABEL.match(line)
    return bool(m) and m.group("num") is None and ":" in m.group(0) and bool(line[m.end():].strip())


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
    """:func:`nlp_stn.clean.split_marker` plus the middle dot, Wingdings bullets and typed
    arrows ("-> relancer", "=> voir": marker "→")."""
    m = _EXTRA_BULLET.match(text)
    if m:
        return m.group("bullet"), text[m.end():]
    m = _TYPED_ARROW.match(text)
    if m:
        return "→", text[m.end():]
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


def _paragraph_after(lines: list[str], i: int) -> str:
    """The paragraph below line ``i``: its lines down to the next blank line, joined."""
    parts: list[str] = []
    for line in lines[i + 1:]:
        if line.strip():
            parts.append(line.strip())
        elif parts:
            break
    return " ".join(parts)


def _next_title_over_prose(number: int, following: str) -> bool:
    """A numbered line opened by an infinitive is still a title when it is not the first of
    its numbering (the caller checks that the title numbered just before it was found) and
    a paragraph in prose follows it (``following``): no marker, a capital, five words at
    least, final punctuation ("3. Partager la voiture" over "Le covoiturage reste peu pratiqué …")."""
    return (number > 1 and not _split_marker(following)[0] and following[:1].isupper()
            and len(following.split()) >= 5 and bool(re.search(r"[.!?…]$", following)))


class _Reader:
    def __init__(self) -> None:
        self.builder = TextBuilder()
        self.page: Optional[int] = None  # page of the line being read (text with form feeds)
        # numbers of the last numbered title ("2. Questions de la salle") and list item ("2. Former")
        self.last_title = 0
        self.last_item = 0
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
        # the lines of the Markdown quotes ("> « … »"), their ">" removed: never a title
        self.answered: set[str] = set()  # the quoted points a mail answers (see _answered_quotes)
        self.quoted: set[str] = set()

    def numbered_title(self, line: str, lines: list[str], i: int) -> bool:
        """A numbered line alone that reads as a section title ("1. Préambule", "3. Propositions
        recueillies par l'animatrice"): a few words without final punctuation, not starting
        with an infinitive ("1. Former les agents" is an item), not right after the item
        numbered just before it; the first of its numbering followed by prose, or the next of
        a numbered title not followed by a numbered item. An infinitive opens the next title of
        a numbering over prose ("3. Partager la voiture" after "2. Observations générales")."""
        m = _NUMBERED_TITLE.match(line)
        # a title with its subtitle after a colon ("1. Les liaisons maritimes : le premier
        # service public de l'île") may be longer
        longest = NUMBERED_TITLE_WORDS + 1 + (NUMBERED_SUBTITLE_WORDS if " : " in line else 0)
        if not m or len(line.split()) > longest or not is_plain_heading(line):
            return False
        number = int(m.group("n"))
        if number > 1 and self.last_item == number - 1:
            return False
        if number != 1 and self.last_title != number - 1:
            return False
        following = next((line.strip() for line in lines[i + 1:] if line.strip()), "")
        marker = _split_marker(following)[0]
        if _INFINITIVE.match(m.group("first")) and not _next_title_over_prose(number, _paragraph_after(lines, i)):
            return False
        if number != 1:  # after the title numbered just before it: anything but the next item
            return bool(following) and not marker[:1].isdigit()
        if not following or marker or not following[:1].isupper() and following[:1] not in "«“\"":
            return False
        return len(following.split()) >= 6 or bool(re.search(r"[.!?:…]$", following))

    def capital_title(self, line: str, marker: str, following: str) -> bool:
        """A marked line in capitals that reads as a section title ("3. DIVERS ET QUESTIONS",
        "B. EMPLOI ET FORMATION") with a line right below it: not opened by an infinitive
        ("1. CRÉER UN JARDIN" is an item), and the next line is no item of the same kind of
        marker (a list typed in capitals)."""
        m = _LETTER_HEADING.match(line)
        if not m or not _is_marked_heading(line) or not _capitals(line[m.end() - 1:]):
            return False
        first = line[m.end() - 1:].split()[0].strip("'’«\"")
        if _INFINITIVE.match(first):
            return False
        next_marker = _split_marker(following.strip())[0]
        return not next_marker or _marker_kind(next_marker) != _marker_kind(marker)

    def _add(self, kind: str, text: str, **fields) -> None:
        self.builder.add(kind, text, page=self.page, **fields)

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
            self._add("table_cell", _inline(cell), table=table, row=0, col=col, header=_inline(cell))
        for row, cells in enumerate(rows[1:], start=1):
            for col, cell in enumerate(cells):
                head = _inline(header[col]) if col < len(header) else ""
                self.add_cell(cell, table, row, col, head)

    def add_cell(self, cell: str, table: int, row: int, col: int, header: str) -> None:
        if html_reader.looks_like_html(cell):
            for kind, text, depth in html_reader.fragment_blocks(cell):
                self._add("list_item" if kind == "list_item" else "table_cell", _inline(text),
                          level=depth, table=table, row=row, col=col, header=header)
        else:
            text = " ".join(_inline(cell).split())
            self._add("table_cell", text, table=table, row=row, col=col, header=header)

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
    def add_lines(self, lines: list[str], pages: Optional[list[Optional[int]]] = None) -> None:
        """Blocks of ``lines``; ``pages``: the page of each line (None: not known)."""
        current: dict | None = None  # open paragraph or list item
        i = 0

        def close():
            nonlocal current
            if current is not None:
                text = " ".join(" ".join(current["parts"]).split())
                if current["kind"] == "list_item" and _STRUCK.match(text):
                    # « - ~~interdire les portables~~ → pas notre compétence »: an item struck out
                    # from its start is withdrawn; what follows only says why
                    current = None
                    return
                self.builder.add(current["kind"], _inline(text), level=current["level"], marker=current["marker"],
                                 page=current["page"])
            current = None

        while i < len(lines):
            line = lines[i]
            self.page = pages[i] if pages else None
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
                self._add("heading", text, level=self.md_level)
                i += 1
                continue
            if _BREAK.match(line):  # a thematic break ("---", "* * *"): no text
                close()
                i += 1
                continue
            fence = _FENCE.match(line)
            if fence:
                # « :::warning » … « ::: »: the box's frame is no text; what it holds is read
                # as paragraphs of their own, its title (if any) as one
                close()
                if fence.group("title"):
                    lines = lines[:i + 1] + [fence.group("title"), ""] + lines[i + 1:]
                    if pages:
                        pages = pages[:i + 1] + [pages[i], pages[i]] + pages[i + 1:]
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
                # a point of the message a mail answers: marked « > » (see _answered_quotes)
                marker = ANSWERED_POINT if " ".join(m.group(2).split()) in self.answered else ""
                self._add("heading", _inline(m.group(2)), level=self.md_level, marker=marker)
                i += 1
                continue
            framed = _framed_title(line)
            if framed and " ".join(line.split()) not in self.quoted:  # a quote is never a title
                # "---- 2. NOS IDÉES ----", "=== Prochaines étapes ===": a heading, also
                # with the next line right below it (pads seldom leave a blank line)
                close()
                self.groups, self.marked = [], []
                self.md_level = 1 if framed[1] == "=" else 2
                self._add("heading", framed[0], level=self.md_level)
                i += 1
                continue
            stripped = line.strip()
            opened = i == 0 or not lines[i - 1].strip() or bool(_framed_title(lines[i - 1]))
            following = lines[i + 1] if i + 1 < len(lines) else ""
            alone = opened and (not following.strip() or bool(_framed_title(following)))
            marker, rest = _split_marker(stripped)
            if not marker and (_TASK.match(stripped) or _TODO.match(stripped)):
                marker, rest = "☐", stripped  # "[ ] Appeler", "TODO: fixer la date": a task
            quoted = bool(self.quoted) and " ".join(stripped.split()) in self.quoted
            if quoted and _ATTRIBUTION.match(stripped):
                close()  # "> — habitante du bourg": the quote's attribution, a paragraph of its own
                marker = ""
            titled = False  # a marked title with a line right below it
            if marker and current is None and not quoted and (
                    (alone and (_is_marked_heading(_inline(stripped)) or self.numbered_title(_inline(stripped), lines, i)))
                    or (opened and self.capital_title(_inline(stripped), marker, following))):
                # "A. SYNTHÈSE DES PRÉCONISATIONS", "2. Questions de la salle" alone on its line,
                # "3. DIVERS ET QUESTIONS" also over the next line
                if marker.isdigit():
                    self.last_title = int(marker)
                marker, titled = "", not alone
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
                if marker.isdigit():
                    self.last_item = int(marker)
                current = {"kind": "list_item", "parts": [rest.strip()], "level": level, "marker": marker,
                           "page": self.page}
                i += 1
                continue
            if current is None and not quoted and is_plain_heading(_inline(stripped)) and not _field_line(stripped) \
                    and not _dated_note(stripped) \
                    and (alone or titled or (opened and _capitals(_inline(stripped)) and _split_marker(following.strip())[0])):
                # a short line alone, or a line in capitals over a list ("HORS SUJET (à voir
                # avec la ville)" / "- …"): a title
                text = _inline(stripped)
                hm = _LETTER_HEADING.match(text)
                self.groups = []
                self._add("heading", text, level=self.heading_level(text, hm.group("marker") if hm else ""),
                          marker=hm.group("marker") if hm else "")
                i += 1
                continue
            if (current is None and not quoted and opened and _TOPIC_LINE.match(stripped)
                    and _SENTENCE_OPENING.match(following.strip()) and not _split_marker(following.strip())[0]):
                # « Les jeux vidéo : » over « On voudrait une salle … » in the same paragraph: the
                # topic's heading, not the start of the sentence
                self.groups = []
                self._add("heading", stripped.rstrip(" :"), level=self.heading_level(stripped, ""))
                i += 1
                continue
            if _REMARK.match(stripped):
                close()  # "[Julie] pas d'accord" below an item: her remark, not the item going on
            if (current is not None and current["kind"] == "list_item" and _ITEM_DONE.search(current["parts"][-1])
                    and _SENTENCE_OPENING.match(line)):
                close()  # « • Former les agents. » then « Un habitant souhaite … »: a new paragraph
            if current is None:
                self.groups = []  # a paragraph ends the lists above it
                current = {"kind": "paragraph", "parts": [], "level": 0, "marker": "", "page": self.page}
            current["parts"].append(stripped)
            i += 1
        close()


# --- text extracted from a PDF: pages, running lines, page numbers, footnotes ---------------

# A line made only of a page counter: "Page 3/5", "page 3 sur 5", "p. 3", "- 3 -".
_PAGE_COUNTER_LINE = re.compile(
    r"^(?:(?:page|p\.)\s*\d{1,4}(?:\s*(?:/|sur)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—])$", re.I)
# A page counter closing a running line, apart from its text: "… – Garonne-Save 3", "…  1/3".
_TRAILING_COUNTER = re.compile(r"(?<=\S)\s+[-–—|]?\s*(?P<n>\d{1,4})(?:\s*/\s*(?P<total>\d{1,4}))?$")
# Superscript digits: a footnote number or call printed as a character of its own ("RGAA¹").
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPERSCRIPT_NOTE = re.compile(rf"^(?P<n>[{_SUPERSCRIPTS}]{{1,3}})\s*(?=[^\W\d_]|[«(\"“])")
# How many lines the text of a footnote may take below its number's line.
NOTE_TEXT_LINES = 3
# The rule a word processor draws above the footnotes, as text: a line of underscores or
# dashes only ("_______________", "----------").
_NOTE_RULE = re.compile(r"^(?:_{5,}|[-–—]{5,})$")
# A running line of a text without form feeds: at most this many words, repeated this often.
RUNNING_WORDS = 12
RUNNING_REPEATS = 3
# A page holds more lines than this: the repeats of a running line are further apart.
PAGE_LINES = 5


def _key(line: str) -> str:
    return " ".join(line.split()).casefold()


def _edge_indices(lines: list[str]) -> list[int]:
    """Indices of the top and bottom lines of a page (``EDGE_LINES`` non-blank lines each)."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return sorted(set(filled[:EDGE_LINES]) | set(filled[-EDGE_LINES:]))


def _is_page_number(line: str, n_pages: int, outermost: bool) -> bool:
    """A page number alone ("- 3 -", "Page 3", "3/5"; bare digits only as the first or last
    line of the page, ``outermost``), or a short line opened or closed by a page counter
    ("Page 3/5 – Avis", "… – 2/3")."""
    text = " ".join(line.split())
    if _PAGE_NUMBER.match(text):
        return outermost or not text.isdigit()
    return len(text) <= 150 and (bool(_PAGE_OF.search(text)) or _counts_pages(text, n_pages))


def _markup_line(line: str) -> bool:
    """A line of Markdown or table syntax, never a running line."""
    return bool(re.match(r"\s*(?:[#>|]|[-*_=]{3})", line)) or "\t" in line


def _running_paged(pages: list[list[str]]) -> list[set[int]]:
    """Running lines of the pages of a text with form feeds: a top or bottom line of its page
    whose text (digits aside) is a top or bottom line of other pages (of ``EDGE_SHARE`` of
    the pages, and of two at least), and page numbers ("3", "- 3 -", "Page 3/5") there.
    Lines that differ by their digits only are running lines unless they start with a label
    ("Axe 1" on one page, "Axe 2" on another are titles)."""
    n_pages = len(pages)
    edges = [_edge_indices(lines) for lines in pages]
    seen: Counter[str] = Counter()
    forms: dict[str, set[str]] = {}
    for lines, edge in zip(pages, edges):
        keys = {_edge_key(" ".join(lines[i].split())) for i in edge}
        seen.update(keys)
        for i in edge:
            forms.setdefault(_edge_key(" ".join(lines[i].split())), set()).add(_key(lines[i]))
    threshold = max(2, math.ceil(EDGE_SHARE * n_pages))
    out = []
    for lines, edge in zip(pages, edges):
        dropped = set()
        for i in edge:
            text = " ".join(lines[i].split())
            if _markup_line(lines[i]) or len(text) > 150:
                continue
            if _is_page_number(text, n_pages, i in (edge[0], edge[-1])):
                dropped.add(i)
                continue
            key = _edge_key(text)
            if n_pages >= 2 and seen[key] >= threshold and re.search(r"[^\W\d_]{2}", text) \
                    and (len(forms[key]) == 1 or not parse_label(text)[0]):
                dropped.add(i)
        out.append(dropped)
    return out


def _running_flow(lines: list[str]) -> set[int]:
    """Running lines of a text without form feeds (pages run on).

    Dropped anywhere: page counters alone ("Page 3/5", "page 3", "- 3 -"). Candidates: short
    lines (at most ``RUNNING_WORDS`` words) repeated word for word ``RUNNING_REPEATS`` times or
    more, more than ``PAGE_LINES`` lines apart, that are not list items, sentences, lead-ins
    ("Indicateurs :") or Markdown; and lines repeated with increasing page numbers at their
    end ("… – Garonne-Save 3", "… 5", "… 7"). A group of candidates is dropped when all its
    lines but one at most (two at least) are next to another candidate or a page counter, or
    are the first or last line of the text: a header and a footer meet at each page break,
    a field name repeated in each part of a document ("Indicateurs de suivi") does not."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    position = {i: k for k, i in enumerate(filled)}
    texts = {i: " ".join(lines[i].split()) for i in filled}
    counters = {i for i in filled if _PAGE_COUNTER_LINE.match(texts[i])}
    places: dict[str, list[int]] = {}
    for i in filled:
        places.setdefault(texts[i].casefold(), []).append(i)
    groups: list[list[int]] = []
    for found in places.values():
        text = texts[found[0]]
        if (len(found) >= RUNNING_REPEATS and len(text.split()) <= RUNNING_WORDS
                and all(position[b] - position[a] > PAGE_LINES for a, b in zip(found, found[1:]))
                and re.search(r"[^\W\d_]{2}", text) and not re.search(r"[.!?;:]$", text)
                and not _markup_line(lines[found[0]]) and not _split_marker(text)[0] and found[0] not in counters):
            groups.append(found)
    numbered: dict[str, list[tuple[int, int]]] = {}
    repeated = {i for group in groups for i in group}
    for i in filled:
        m = _TRAILING_COUNTER.search(texts[i])
        if m and i not in repeated and i not in counters and _running_head(texts[i], m) \
                and not _markup_line(lines[i]):
            numbered.setdefault(texts[i][:m.start()].casefold() + "#" + (m.group("total") or ""), []).append(
                (i, int(m.group("n"))))
    for found in numbered.values():
        numbers = [n for _, n in found]
        if len(found) >= 2 and all(b > a for a, b in zip(numbers, numbers[1:])):
            groups.append([i for i, _ in found])
    candidates = counters | {i for group in groups for i in group}
    dropped = set(counters)
    for group in groups:
        others = candidates - set(group)
        beside = sum(1 for i in group if _beside(position[i], filled, others))
        if beside >= max(2, len(group) - 1):
            dropped.update(group)
    return dropped


def _running_head(text: str, counter: re.Match) -> bool:
    """The text of a line closed by a page number reads as a running footer: not a labelled
    or numbered title ("Axe stratégique 3", "Table ronde 2"), but three words or more, a
    separator or a page count ("… – Garonne-Save 3", "… du 21/11/2024 1/3")."""
    head = text[:counter.start()]
    if not re.search(r"[^\W\d_]{2}", head) or parse_label(text)[0]:
        return False
    return len(head.split()) >= 3 or bool(counter.group("total")) or bool(re.search(r"[-–—|]", counter.group(0)))


def _beside(k: int, filled: list[int], others: set[int]) -> bool:
    """The ``k``-th non-blank line (``filled``: their indices) is the first or the last one,
    or a line of ``others`` is just above or below it."""
    return k == 0 or k == len(filled) - 1 or filled[k - 1] in others or filled[k + 1] in others


def _note_number(line: str) -> str:
    """The number opening a footnote ("1 Application …", "¹ Référentiel …"), else ""."""
    m = _SUPERSCRIPT_NOTE.match(line) or _NOTE_START.match(line)
    return m.group("n") if m and m.group("n")[0] not in "*†‡" else ""


def _call(number: str) -> re.Pattern:
    """The call of footnote ``number`` in the body: glued to the end of a word."""
    if number[0] in _SUPERSCRIPTS:
        return re.compile(rf"(?<=[^\s{_SUPERSCRIPTS}]){re.escape(number)}(?![{_SUPERSCRIPTS}])")
    return _note_call(number)


def _footnotes(lines: list[str], start: int, end: int, skip: set[int]) -> tuple[set[int], set[str]]:
    """Footnotes at the bottom of the page ``lines[start:end]`` (``skip``: its running
    lines): lines opened by a note number called in the body above them (glued to the end of
    a word), each followed by at most ``NOTE_TEXT_LINES`` lines of its text, down to the end
    of the page, and the rule drawn just above them (``_NOTE_RULE``). Returns the lines of
    the notes and their numbers."""
    filled = [i for i in range(start, end) if lines[i].strip() and i not in skip]
    zone_start, numbers, text_lines = None, set(), 0
    for k in range(len(filled) - 1, -1, -1):
        text = lines[filled[k]].strip()
        number = _note_number(text)
        if not number:
            text_lines += 1
            if text_lines > NOTE_TEXT_LINES or _split_marker(text)[0] or parse_label(text)[0]:
                break  # body text: a list item, a labelled line, a paragraph
            continue
        if not _call(number).search("\n".join(lines[start:filled[k]])):
            break
        zone_start, text_lines = k, 0
        numbers.add(number)
    if zone_start is None:
        return set(), set()
    if zone_start > 0 and _NOTE_RULE.match(lines[filled[zone_start - 1]].strip()):
        zone_start -= 1  # the rule above the notes goes with them
    return set(filled[zone_start:]), numbers


def _table_of_contents(lines: list[str]) -> set[int]:
    """Lines of a table of contents: runs of two entries or more ending with dot leaders and a
    page number ("Axe 1 – Un territoire connecté ........ 3"), with the title just above them
    ("Sommaire", "Table des matières")."""
    entries = [i for i, line in enumerate(lines)
               if _TOC_LEADERS.search(line.strip()) and re.search(r"[^\W\d_]{2}", line)]
    dropped: set[int] = set()
    k = 0
    while k < len(entries):
        run = [entries[k]]
        while k + 1 < len(entries) and not any(line.strip() for line in lines[run[-1] + 1:entries[k + 1]]):
            k += 1
            run.append(entries[k])
        k += 1
        above = next((i for i in range(run[0] - 1, -1, -1) if lines[i].strip()), None)
        titled = above is not None and bool(_TOC_TITLE.match(lines[above].strip()))
        if len(run) >= 2 or titled:
            dropped.update(run)
            if titled:
                dropped.add(above)
    return dropped


# Two text columns laid out side by side (``pdftotext -layout`` on a two-column page): each line
# holds the left column's words, a gutter of spaces, then the right column's words from a fixed
# character offset. Lines holding both columns' prose at the same offset, at least this many and
# this share of a page's lines, make the page a two-column one.
_COLUMN_PAIRS = 6
_COLUMN_SHARE = 0.25
_COLUMN_START = 30  # the right column starts this many characters or more from the line's start
_COLUMN_LEFT = 20  # and the left part of a line counted holds this many characters or more
_GUTTER = re.compile(r" {2,}")
_WIDE_GAP = re.compile(r"\S {4,}\S")  # a cell gap of a table laid out with spaces, not a justified space
_PROSE = re.compile(r"\S+(?:\s+\S+){2,}")  # three words or more
_WORD = re.compile(r"[^\W\d_]{2,}")


def _column_split(line: str, offset: int) -> Optional[tuple[str, str]]:
    """(left, right) parts of ``line`` cut at the gutter before ``offset``; the right part keeps its
    indentation past the offset. None when the line's words run over the gutter (a line across
    the page: a title, a table's row)."""
    if len(line) <= offset or not line[offset:].strip():
        return line.rstrip(), ""
    gaps = [m for m in _GUTTER.finditer(line) if m.start() <= offset <= m.end() + 1]
    if not line[:offset].strip():
        return "", " " * max(0, len(line) - len(line.lstrip()) - offset) + line.strip()
    if not gaps or gaps[-1].end() < offset - 1:
        return None
    gap = gaps[-1]
    return line[:gap.start()].rstrip(), " " * max(0, gap.end() - offset) + line[gap.end():].rstrip()


def column_offset(lines: list[str]) -> Optional[int]:
    """Character offset of the right column of a page laid out in two columns, or None.

    A gutter is a gap of two spaces or more ending _COLUMN_START characters or more from the
    line's start, between a left part of three words and _COLUMN_LEFT characters or more and a
    right part holding a word, neither with the wide gaps of a table's cells (a line whose
    words are only parted by double spaces, a chat's header, is not one). The page has two columns when
    at least _COLUMN_PAIRS lines, and _COLUMN_SHARE of its lines, have a gutter over one same
    position; the offset is the first start of their right parts (a hanging indent starts later)."""
    filled = [line for line in lines if line.strip()]
    gutters = []
    for line in filled:
        for m in _GUTTER.finditer(line.rstrip()):
            left, right = line[:m.start()].strip(), line[m.end():].strip()
            if not (left and right) or _WIDE_GAP.search(left) or _WIDE_GAP.search(right):
                continue
            if m.end() >= _COLUMN_START and len(left) >= _COLUMN_LEFT and _PROSE.match(left) and _WORD.search(right):
                gutters.append((m.start(), m.end()))
    if not gutters:
        return None
    support = Counter(c for start, end in gutters for c in range(start + 1, end + 1))
    position, count = max(support.items(), key=lambda item: (item[1], item[0]))
    if count < max(_COLUMN_PAIRS, _COLUMN_SHARE * len(filled)):
        return None
    return min(end for start, end in gutters if start < position <= end)


def _centred_across(line: str, offset: int) -> bool:
    """A short line alone on the left whose middle lies past three quarters of the left column:
    a title or a folio centred on the whole page, not a line of the left column."""
    text = line.strip()
    indent = len(line) - len(line.lstrip())
    return indent > 0 and indent + len(text) / 2 > 0.75 * offset


def _dedented(lines: list[str]) -> list[str]:
    """``lines`` without the margin they all share (the left column's)."""
    margin = min((len(line) - len(line.lstrip()) for line in lines if line.strip()), default=0)
    return [line[margin:] for line in lines]


def _trimmed(lines: list[str]) -> list[str]:
    """``lines`` without the blank lines that open or close them."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return lines[filled[0]:filled[-1] + 1] if filled else []


def _joined_columns(left: list[str], right: list[str]) -> list[str]:
    """The left column's lines, then the right column's, between blank lines (a band of blank
    lines gives one): a paragraph the left column leaves open (no final punctuation) and the
    right one goes on in lower case stays one paragraph, else a blank line parts them."""
    if not any(line.strip() for line in left + right):
        return [""] if left else []
    left, right = _trimmed(left), _trimmed(right)
    if not left or not right:
        return [""] + left + right + [""]
    open_end = not re.search(r"[.!?:;»)]\s*$", left[-1])
    goes_on = right[0].strip()[:1].islower()
    return [""] + left + ([] if open_end and goes_on else [""]) + right + [""]


def unfold_columns(lines: list[str]) -> list[str]:
    """Lines of a page laid out in two columns (see column_offset), read column by column: each
    run of lines between lines across the page (a centred title, a table's row, a running line
    above or a folio below the columns, parted from them by a blank line) gives its left
    column's lines, then its right column's.
    A page without two columns is returned as it is."""
    offset = column_offset(lines)
    if offset is None:
        return lines
    filled = [i for i, line in enumerate(lines) if line.strip()]
    # a running line above the columns or a folio below them, parted from them by a blank line
    edges = {i for i, near in ((filled[0], filled[0] + 1), (filled[-1], filled[-1] - 1))
             if 0 <= near < len(lines) and not lines[near].strip()} if filled else set()
    out: list[str] = []
    left: list[str] = []
    right: list[str] = []
    for i, line in enumerate(lines):
        parts = _column_split(line, offset)
        if parts is not None and line.strip() and not all(parts):
            if i in edges or (not parts[1] and _centred_across(line, offset)):
                parts = None  # a running line, a folio, a title centred on the page
        if parts is None:
            out.extend(_joined_columns(_dedented(left), right))
            out.append(line)
            left, right = [], []
            continue
        left.append(parts[0])
        right.append(parts[1])
    out.extend(_joined_columns(_dedented(left), right))
    return out


def clean_pages(pages: list[list[str]]) -> list[list[str]]:
    """Lines of the pages of a text extracted from a PDF, without running headers and
    footers, page numbers, tables of contents and footnotes (the calls of the notes dropped
    are taken out of the body). A dropped line leaves a blank line (a paragraph cut by it is joined again by the
    reader when it goes on in lower case). ``pages``: one list of lines per page (one page
    when the text has no form feed)."""
    if len(pages) > 1:
        running = _running_paged(pages)
        spans = [[(0, len(lines))] for lines in pages]
    else:
        running = [_running_flow(pages[0])]
        # the pages of a text without form feeds end at its running lines
        spans, start = [[]], 0
        for i in sorted(running[0]) + [len(pages[0])]:
            if any(line.strip() for line in pages[0][start:i]):
                spans[0].append((start, i))
            start = i + 1
    out = []
    for lines, dropped, page_spans in zip(pages, running, spans):
        dropped = set(dropped) | _table_of_contents(lines)
        calls: dict[int, list[re.Pattern]] = {}
        for start, end in page_spans:
            zone, numbers = _footnotes(lines, start, end, dropped)
            dropped |= zone
            for i in range(start, end):
                calls[i] = [_call(n) for n in numbers]
        kept: list[str] = []
        for i, line in enumerate(lines):
            if i in dropped:
                if kept and kept[-1].strip():
                    kept.append("")
                continue
            for call in calls.get(i, ()):
                line = call.sub("", line)
            kept.append(line)
        out.append(kept)
    if not any(line.strip() for page in out for line in page):
        return pages  # lines that all repeat are the text itself, not its page furniture
    return out


# --- paragraphs of text extracted from a PDF --------------------------------------------------

# A text with fewer blank lines than this share of its lines has lost its paragraph breaks
# (copied and pasted from a PDF, ``pdftotext -nopgbrk``).
COMPACT_BLANKS = 0.05
# A line shorter than this share of the usual line width ends its paragraph when it ends a
# sentence and the next line starts with a capital (in a text without blank lines).
SHORT_LINE = 0.7
# Lines this long (the usual width) are paragraphs that were never wrapped: any of them that
# ends a sentence ends its paragraph.
UNWRAPPED = 150
_ENDS_SENTENCE = re.compile(r"[.!?…][»”)\]]?$")
_CAPITAL_WORD = re.compile(r"^[«“\"(]?\s*[A-ZÀ-ÖØ-ÞŒ]['’]?[a-zà-öø-ÿœ]")


# A list item whose bullet a PDF's symbol font lost: the space that followed it, then the
# item's text in lower case (" ouvrir la salle informatique …").
_LOST_BULLET = re.compile(r"^[ ]{1,3}(?=[a-zàâäçéèêëîïôöùûüÿœæ])")


def restore_lost_bullets(lines: list[str]) -> list[str]:
    """Lines that start with one to three spaces and a lower-case word right after a lead-in
    (":") or after the end of such an item (";"), two of them at least in a run, are list
    items whose bullet the text extraction lost: they get the bullet "•"."""
    out = list(lines)
    run: list[int] = []

    def flush() -> None:
        if len(run) >= 2:
            for i in run:
                out[i] = "• " + lines[i].strip()
        run.clear()

    previous = ""
    for i, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        if _LOST_BULLET.match(line) and (previous.endswith(":") or (run and previous.endswith(";"))):
            if previous.endswith(":"):
                flush()
            run.append(i)
        elif run and re.search(r"[.;:!?]$", previous):
            flush()  # a line after a finished item that opens no item ends the list
        previous = text
    flush()
    return out


# A title glued to the sentence after it, the line break lost: a word in lower case and a
# capitalised word ("mobileUn"), a full stop or a closing quote and a capitalised word
# ("ligne.Les", "»Trois").
_GLUED = re.compile(
    r"(?:(?<![\w'’])[a-zà-öø-ÿœ]{3,}|[a-zà-öø-ÿœ]{2}[.!?]|»)(?=[A-ZÀ-ÖØ-ÞŒ][a-zà-öø-ÿœ])")


def is_compact(lines: list[str]) -> bool:
    """A text of ten lines or more with (almost) no blank line between its paragraphs."""
    filled = sum(1 for line in lines if line.strip())
    return filled >= 10 and (len(lines) - filled) < COMPACT_BLANKS * filled


def opens_label(line: str, previous: str) -> bool:
    """A line that opens a paragraph with its label: the PDF reader's rule ("Axe 1 –",
    "Objectif 1.2 :", "Recommandation 4 :", "Action 2.2.1 –"), and a label noun without number
    before a colon or a dash ("Indicateur : nombre de …", "Indicateurs :")."""
    line = line.strip()
    if _label_opens(line, previous.strip()):
        return True
    m = LABEL.match(line)
    if not m or not line[:1].isupper() or m.group("num") is not None or m.group("qual"):
        return False
    after = line[m.end("noun"):]
    if after[:1].lower() == "s":  # "Indicateurs :"
        after = after[1:]
    return bool(re.match(r"\s*[:–—]", after))


def _title_ends(line: str, following: str) -> bool:
    """A labelled title line that ends its paragraph: no final punctuation, no quote or
    bracket left open, not cut after a determiner or a preposition, and the next line starts
    with a capitalised word ("Action 1.1.1 – Accompagner la fin du déploiement de la fibre" /
    "L'agglomération réunira …")."""
    text = line.strip()
    if re.search(r"[.,;:!?…»\])\-–—/]$", text):
        return False
    if text.count("«") > text.count("»") or text.count("(") > text.count(")"):
        return False
    if _cut_title(text):
        return False
    return bool(_CAPITAL_WORD.match(following.strip())) and not _split_marker(following.strip())[0]


def _glued_end(text: str) -> int:
    """Where a title glued to the next sentence ends ("… téléphonie mobileUn recensement",
    "… en ligne.Les modalités", "« Fabriques Garonne-Save »Trois lieux"), else 0."""
    m = _GLUED.search(text)
    return m.end() if m else 0


def open_paragraphs(lines: list[str], compact: bool) -> list[str]:
    """Blank lines put where a paragraph starts though the text has none: before a line that
    opens with a label; in a text without blank lines (``compact``), also before a line
    starting with a capitalised word (not a list item) after a short line that ends a
    sentence, after a labelled title ("Action 1.1.1 – Accompagner …" without final
    punctuation, on one line or more), or after a short title line opening a paragraph
    ("Introduction"); there, a labelled title glued to the sentence after it ("… mobileUn
    recensement") is cut off it."""
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    width = lengths[int(0.8 * (len(lengths) - 1))] if lengths else 0
    out: list[str] = []
    previous, previous_title, previous_first = "", False, False
    for line in lines:
        text = line.strip()
        label = bool(text) and opens_label(text, previous)
        first = not previous or label  # the line opens a paragraph
        # the line is (part of) a labelled title: the label's line, or its continuation (in
        # lower case, or inside quotes) after a line without final punctuation
        title = label or (previous_title and not re.search(r"[.;:!?…]$", previous)
                          and (text[:1].islower() or previous.count("«") > previous.count("»")))
        if text and previous and not _markup_line(line) and not _markup_line(previous):
            if label:
                out.append("")
            elif compact and _CAPITAL_WORD.match(text) and not _split_marker(text)[0] and (
                    (_ENDS_SENTENCE.search(previous) and (len(previous) < SHORT_LINE * width or width > UNWRAPPED))
                    or (previous_title and _title_ends(previous, text))
                    or (previous_first and len(previous) < SHORT_LINE * width and _title_ends(previous, text))):
                out.append("")
                first = True
        cut = _glued_end(text) if compact and title else 0
        if cut:
            out.extend([line[:len(line) - len(line.lstrip())] + text[:cut], ""])
            line = text = text[cut:]
            title, first = False, True
        out.append(line)
        previous, previous_title, previous_first = text, title, first
    return out


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


# Characters that the line repairs below keep (white space, hyphens and quote marks aside):
# counting them finds the page of a line after lines were joined.
def _kept_chars(text: str) -> int:
    return sum(1 for c in text if not c.isspace() and c not in "->")


def _line_pages(lines: list[str], starts: list[int]) -> list[Optional[int]]:
    """Page (from 1) of each line, ``starts`` being the kept characters before each page."""
    out: list[Optional[int]] = []
    count = 0
    for line in lines:
        out.append(bisect.bisect_right(starts, count))
        count += _kept_chars(line)
    return out


REPEATED_QUOTE_CHARS = 40  # a quoted paragraph this long found above it is a copy of it

# the line a mail program writes above the message a reply quotes: « Le 3 mars 2025 à 10:12,
# Anne <anne@exemple.fr> a écrit : », « On Mon, 3 Mar 2025, Anne wrote: » (the end of such a line
# wrapped in two), « -----Message d'origine----- », « -----Original Message----- »
_ATTRIBUTION_END = re.compile(r"(?:(?<![\w'’])a\s+[ée]crit|\bwrote)\s*:\s*$", re.I)
_ATTRIBUTION_START = re.compile(r"^\s*(?:Le|On)\s+\S", re.I)
_ORIGINAL_MESSAGE = re.compile(r"^\s*-{2,}\s*(?:message\s+d['’]origine|original\s+message)\s*-{2,}\s*$", re.I)
_MAIL_HEADER = re.compile(r"^\s*(?:De|From|Envoy[ée]|Sent|[ÀA]|To|Cc|Objet|Subject|Date)\s*:\s*\S", re.I)


# a remark opening a line of a reply that reviews a draft inline: the reviewer's name or initials
# in brackets (« [GP] Je remplacerais par … », « [Julie] d'accord »)
_REVIEW_TAG = re.compile(r"^\s*\[(?:[A-ZÀ-ÖØ-Þ]{2,3}|[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:[- ][A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]*\.?){0,2})\][ \t]*\S")
REVIEW_REMARKS = 2  # the remarks between the quoted lines that make a reviewed draft


def _attributed_quotes(lines: list[str]):
    """(first line, last line, end) of each line naming who wrote a quoted message (« Le 4 mai,
    Anne a écrit : », maybe on two lines: its first and last line), ``end`` the line where the
    mail's signature starts (« -- », see _SIGNATURE) or the end of the text."""
    for i, line in enumerate(lines):
        if not _ATTRIBUTION_END.search(line):
            continue
        first = i if _ATTRIBUTION_START.match(line) else i - 1
        if first < 0 or not _ATTRIBUTION_START.match(lines[first]):
            continue
        yield first, i, next((k for k in range(i + 1, len(lines)) if _SIGNATURE.match(lines[k])), len(lines))


def _reviewed_drafts(text: str) -> str:
    """``text`` where a mail reviews the message it quotes inline (a draft passed round for
    comments): under the line naming who wrote that message (« Le … a écrit : »), the quoted
    lines are interrupted ``REVIEW_REMARKS`` times at least by remarks, and every remark opens
    with the reviewer's name or initials in brackets (« [GP] Ajouter : … », see _REVIEW_TAG).
    The quoted message is then the text being written, not an earlier message answered: its
    lines lose their « > » and the naming line goes (a point-by-point answer, whose answers
    are not tagged so, is read by _answered_quotes)."""
    lines = text.split("\n")
    for first, i, end in _attributed_quotes(lines):
        remarks, tagged, quoted_seen, prev_quoted = 0, True, False, False
        for below in lines[i + 1:end]:
            if not below.strip():
                continue
            quoted = bool(_MAIL_QUOTE.match(below))
            if not quoted and prev_quoted:  # a run of the reviewer's lines opens here
                remarks += 1
                tagged = tagged and bool(_REVIEW_TAG.match(below))
            elif not quoted and not quoted_seen:
                tagged = False  # the reviewer writes before any quoted line: a reply, not a review
            quoted_seen = quoted_seen or quoted
            prev_quoted = quoted
        if remarks < REVIEW_REMARKS or not tagged:
            continue
        body = [_MAIL_QUOTE.sub("", below) if _MAIL_QUOTE.match(below) else below for below in lines[i + 1:end]]
        return "\n".join(lines[:first] + body + lines[end:])
    return text


def _without_quoted_messages(text: str) -> str:
    """``text`` without the earlier message a mail quotes: the lines opened by « > » (« >> »
    for a message quoted inside it) right under the line naming who wrote it (« Le … a écrit : »,
    « On … wrote: », « -----Message d'origine----- » and the « De : … » header under it), and
    that line. Quotes without such a line (the « > » of a Markdown note) stay."""
    lines = text.split("\n")
    drop: set[int] = set()
    for i, line in enumerate(lines):
        if not (_ATTRIBUTION_END.search(line) or _ORIGINAL_MESSAGE.match(line)):
            continue
        first = i
        if not _ORIGINAL_MESSAGE.match(line) and not _ATTRIBUTION_START.match(line):
            if not (i and _ATTRIBUTION_START.match(lines[i - 1])):
                continue  # « Comme Anne l'a écrit : » in the text
            first = i - 1  # « Le 3 mars 2025 à 10:12, Anne <anne@ » / « exemple.fr> a écrit : »
        j = i + 1
        while j < len(lines) and _MAIL_HEADER.match(lines[j]):
            j += 1  # « De : Anne », « Envoyé : lundi 3 mars », « Objet : … »
        while j < len(lines) and not lines[j].strip():
            j += 1
        if j >= len(lines) or not _QUOTE.match(lines[j]):
            continue  # not followed by a quote: a line of the text (« Comme Anne l'a écrit : »)
        while j < len(lines) and (_QUOTE.match(lines[j]) or (
                not lines[j].strip() and j + 1 < len(lines) and _QUOTE.match(lines[j + 1]))):
            j += 1
        drop.update(range(first, j))
    return "\n".join(line for k, line in enumerate(lines) if k not in drop) if drop else text


# a quoted line of a mail, whatever follows its « > » (« > 2028 », the end of a wrapped item)
_MAIL_QUOTE = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+")
# a quoted line that opens an item of a list (« - Recruter … », « * Former … », « • … »)
_QUOTED_ITEM = re.compile(r"^[-*•–]\s+")
ANSWERED_POINT = ">"  # the marker of a heading that is a point a mail answers, quoted
# the line that opens a mail's signature (« -- », its trailing space often lost)
_SIGNATURE = re.compile(r"^--[ \t]*$")
THEME_WORDS = 12  # a theme line of a quoted message (« 1. CONNECTIVITÉ ») is short
_SENTENCE_END = (".", "!", "?", ":", ";", ",", "…")


def _quoted_paragraphs(lines: list[str]) -> list[str]:
    """The paragraphs of a run of quoted lines, their « > » removed: a blank quoted line ends
    one, an item marker (« - ») opens one, the other lines go on with the one above (the
    wrapped end of an item, « >   2028 »); items keep their marker."""
    paragraphs: list[list[str]] = []
    fresh = True
    for line in lines:
        content = _MAIL_QUOTE.sub("", line).strip()
        if not content:
            fresh = True
            continue
        if fresh or _QUOTED_ITEM.match(content):
            paragraphs.append([])
        paragraphs[-1].append(content)
        fresh = False
    return [" ".join(p) for p in paragraphs]


def _answered_quotes(text: str) -> tuple[str, set[str]]:
    """(``text``, the points it answers) where a mail answers the message it quotes point by point: under the line naming
    who wrote that message (« Le … a écrit : », see _ATTRIBUTION_END), quoted lines and answers
    alternate (twice at least). The quoted paragraph right above an answer becomes its heading
    (« ## … », the point it answers, its item marker removed), a short theme line without final
    punctuation above it in the same quote a heading one level up (« # 1. CONNECTIVITÉ »); the
    other quoted lines (greeting, introduction, a point left unanswered, the quoted signature)
    and the naming line are dropped, and so is the mail's signature (from « -- » on, with the
    legal notice under it). A quote not interleaved with answers is left as it is (no points
    answered)."""
    lines = text.split("\n")
    for first, i, end in _attributed_quotes(lines):
        # the runs of quoted lines and of answer lines below, blank lines going with the run above
        runs: list[tuple[bool, list[str]]] = []
        for below in lines[i + 1:end]:
            quoted = bool(_MAIL_QUOTE.match(below))
            if not below.strip() and runs:
                runs[-1][1].append(below)
            elif runs and runs[-1][0] == quoted:
                runs[-1][1].append(below)
            else:
                runs.append((quoted, [below]))
        answered = [k for k, (quoted, _) in enumerate(runs[:-1])
                    if quoted and not runs[k + 1][0] and any(b.strip() for b in runs[k + 1][1])]
        if len(answered) < 2:
            continue
        out, points = lines[:first], set()
        for k, (quoted, run) in enumerate(runs):
            if not quoted:
                out.extend(run)
                continue
            if k not in answered:
                continue  # the quoted signature, or a last point left without answer
            paragraphs = _quoted_paragraphs(run)
            for paragraph in paragraphs[:-1]:
                if (not _QUOTED_ITEM.match(paragraph) and len(paragraph.split()) <= THEME_WORDS
                        and not paragraph.rstrip(_CLOSING_QUOTES).endswith(_SENTENCE_END)):
                    out.extend(["", f"# {paragraph}", ""])
            point = _QUOTED_ITEM.sub("", paragraphs[-1])
            points.add(" ".join(point.split()))
            out.extend(["", f"## {point}", ""])
        return "\n".join(out), points
    return text, set()


# the headers a mail program writes at the top of a saved mail, who sends it and to whom (its
# subject and date may also open a letter: they alone make no mail)
_SENDER_HEADER = re.compile(r"^(?:De|From|Envoy[ée]\s+par|[ÀA]|To|Cc|Cci|Bcc|Sent|Envoy[ée])\s*:", re.I)
_SUBJECT_HEADER = re.compile(r"^(?:Objet|Subject)\s*:\s*(?P<subject>.*)$", re.I)


def mail_headers(text: str) -> tuple[str, str]:
    """(the subject, ``text`` without its headers) for a saved mail: the lines opening the text
    (« From: … », « To: … », « Subject: … », « Date: … », a header's value going on below it on
    lines opened by a space), two at least, one naming who sends or receives it; ("", ``text``)
    otherwise, and for a mailbox copy of several mails (see _later_mail). The headers are not the
    mail's text; its subject is its title.

    >>> mail_headers("De : Anne <a@b.fr>\\nObjet : RE: Votre avis\\n\\nBonjour,")
    ('RE: Votre avis', '\\nBonjour,')
    >>> mail_headers("Objet : Réponse à votre courrier\\nDate : 3 mars\\n\\nMadame,")[0]
    ''
    """
    lines = text.split("\n")
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    k, headers, subject = start, 0, ""
    sender = False
    while k < len(lines):
        if _MAIL_HEADER.match(lines[k]):
            headers += 1
            sender = sender or bool(_SENDER_HEADER.match(lines[k].strip()))
            m = _SUBJECT_HEADER.match(lines[k].strip())
            if m:
                subject = m.group("subject").strip()
        elif not (headers and lines[k][:1] in " \t" and lines[k].strip()):
            break  # neither a header nor its value going on
        elif _SUBJECT_HEADER.match(lines[k - 1].strip()):
            subject = f"{subject} {lines[k].strip()}"
        k += 1
    if headers < 2 or not sender or _later_mail(lines[k:]):
        return "", text
    return subject, "\n".join(lines[k:])


def _later_mail(lines: list[str]) -> bool:
    """Whether ``lines`` hold another mail's headers (« De : … » over « Objet : … »): a mailbox
    copy of several mails, whose headers part them. Those of the message a reply quotes, under
    « -----Message d'origine----- », part nothing."""
    above = ""
    for k, line in enumerate(lines[:-1]):
        if (_SENDER_HEADER.match(line.strip()) and _MAIL_HEADER.match(lines[k + 1])
                and not _ORIGINAL_MESSAGE.match(above)):
            return True
        above = line if line.strip() else above
    return False


def _without_repeated_quotes(text: str) -> str:
    """``text`` without the quoted paragraphs (lines opened by « > », a reply quoting the
    message it answers) whose words are already written above them: a mailbox copy that holds
    both messages would give each demand twice. A quote of words found nowhere above stays."""
    lines = text.split("\n")
    drop: set[int] = set()
    above_parts: list[str] = []  # the words above, kept lines only
    i = 0
    while i < len(lines):
        if not _QUOTE.match(lines[i]):
            above_parts.extend(lines[i].split())
            i += 1
            continue
        j = i
        while j < len(lines) and _QUOTE.match(lines[j]):
            j += 1
        above = " ".join(above_parts)
        paragraph: list[int] = []
        for k in range(i, j + 1):
            content = _QUOTE.sub("", lines[k]).strip() if k < j else ""
            if content:
                paragraph.append(k)
                continue
            words = " ".join(_QUOTE.sub("", lines[n]) for n in paragraph)
            words = " ".join(words.split())
            if len(words) >= REPEATED_QUOTE_CHARS and words in above:
                drop.update(paragraph)
            paragraph = []
        above_parts.extend(word for k in range(i, j) if k not in drop for word in _QUOTE.sub("", lines[k]).split())
        i = j
    return "\n".join(line for k, line in enumerate(lines) if k not in drop)


# a line of a messaging app's chat export: « 12/03/2026 18:42 - Marie L.: … » (WhatsApp on
# Android), « [12/03/2026 18:42:10] Marie L.: … » (on iPhone), « 12/03/2026 à 18:42 - … »
_CHAT_LINE = re.compile(
    r"^\u200e?\[?\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+(?:[àa]\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?\]?"
    r"\s*(?:[-–]\s*)?(?P<rest>.*)$", re.I)
# who wrote the message, then a colon (a line without it is the app's own: « Marie L. a créé
# le groupe », the notice on end-to-end encryption)
_CHAT_AUTHOR = re.compile(r"^(?P<name>[^:\n]{1,60}?):\s+(?P<message>\S.*)$")
# what the app writes instead of a message: a file left out (« <Médias omis> », « <Media
# omitted> », « <pièce jointe : photo.jpg> »), a message deleted
_CHAT_PLACEHOLDER = re.compile(
    r"^\u200e?(?:<[^<>]{1,60}>|(?:ce\s+message\s+a\s+[ée]t[ée]\s+supprim[ée]|vous\s+avez\s+supprim[ée]\s+ce\s+message"
    r"|this\s+message\s+was\s+deleted|you\s+deleted\s+this\s+message|message\s+supprim[ée])\.?)$", re.I)
CHAT_MIN_LINES = 3  # dated message lines that make a text a chat export


def _chat_messages(text: str) -> tuple[str, set[str]]:
    """``text`` with each message of a chat export (« 12/03/2026 18:42 - Marie L.: … ») made a
    paragraph of its own, without its date and author; the lines written under a message (a
    list it opens) stay with it. The app's own lines (the group created, the notice on
    encryption) and what it writes instead of a message (« <Médias omis> », « Ce message a été
    supprimé ») are dropped. Also the first lines of the messages, never a title (« Oui
    carrément »). A text with fewer than three such dated messages is left as it is."""
    lines = text.split("\n")
    heads = [_CHAT_LINE.match(line) for line in lines]
    if sum(1 for m in heads if m and _CHAT_AUTHOR.match(m.group("rest"))) < CHAT_MIN_LINES:
        return text, set()
    out: list[str] = []
    firsts: set[str] = set()
    keep = True  # the lines under a dropped line are dropped with it
    for line, m in zip(lines, heads):
        if not m:
            if keep:
                out.append(line)
            continue
        author = _CHAT_AUTHOR.match(m.group("rest"))
        keep = bool(author) and not _CHAT_PLACEHOLDER.match(author.group("message").strip())
        if keep:
            out.extend(["", author.group("message")])
            firsts.add(" ".join(author.group("message").split()))
    return "\n".join(out).strip("\n") + "\n", firsts


# a line of a meeting's transcript: a time in the recording (« [00:12:31] », « (01:02:07) »,
# « 00:12 – »), then who speaks and a colon
_TURN_LINE = re.compile(r"^\s*[\[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?[\])]?\s*(?:[-–—]\s+)?(?P<rest>.*)$")
# who speaks: a civility and a name (« M. Le Goff », « Mme Quéré »), the holder of an office
# (« Mme la Maire », « Le Président »), a first name or a name in capitals (« Yann », « KERHERVÉ
# Anne »), or a person unnamed (« Une habitante »), maybe with a role in brackets (« (retraité) »,
# « (adjoint au numérique) »); not an agenda's « Atelier 2 : », « Pause : »
_TURN_SPEAKER = re.compile(
    r"^(?P<name>(?:(?:M\.|Mme|Mlle|Monsieur|Madame|Me|Dr)\s+[^:()\n\d]{1,40}?"
    r"|(?:[Ll]e|[Ll]a|[Ll]['’])\s*[^\W\d_][^:()\n\d]{1,30}?"
    r"|(?:[Uu]n|[Uu]ne)\s+(?:habitante?|participante?|intervenante?|personne|riveraine?|citoyenne?)[^:()\n\d]{0,30}?"
    r"|[A-ZÀ-Ý][^\W\d_]+(?:[-'’][^\W\d_]+)?(?:\s+[A-ZÀ-Ý][^\W\d_]*(?:[-'’][^\W\d_]+)?){0,3})"
    r"\s*(?:\((?P<role>[^()\n]{1,80})\))?)\s*:\s+(?P<speech>\S.*)$")
# the one who chairs or answers for the authority, by the office named as the speaker (« Mme la
# Maire », « M. le Vice-président ») or as the role in brackets (« (adjoint) », « (maire) »,
# « (vice-présidente chargée du numérique) », « (DGS) », « (animatrice) »): the chair's words in
# a meeting (welcome, answers, promises) are not what the public asks; not « (président du
# comité des fêtes) », « (conseiller municipal d'opposition) », who speak from the floor
_CHAIR_OFFICE = (r"(?:maire|(?:premi[eè]re?\s+|maire\s+)?adjointe?|vice[- ]pr[ée]sidente?|pr[ée]sidente?(?=\s*$)"
                 r"|dgs|directeur\s+g[ée]n[ée]ral\s+des\s+services|directrice\s+g[ée]n[ée]rale\s+des\s+services"
                 r"|animat(?:eur|rice)|mod[ée]rat(?:eur|rice)|facilitat(?:eur|rice))\b")
_CHAIR_NAME = re.compile(r"^(?:(?:M\.|Mme|Monsieur|Madame)\s+)?(?:le|la|l['’])\s*" + _CHAIR_OFFICE, re.I)
_CHAIR_ROLE = re.compile(r"^\s*" + _CHAIR_OFFICE, re.I)
TRANSCRIPT_MIN_TURNS = 3  # timed turns of speech that make a text a meeting's transcript
# what the transcriber notes of the room, in brackets (« (Rires) », « (Applaudissements) »,
# « (Murmures d'approbation) », « [inaudible] »): no one's words
_STAGE_NOTE = re.compile(
    r"[(\[]\s*(?:(?:vifs?|quelques|nombreux|longs?)\s+)?(?:rires?|applaudissements?|murmures?|brouhaha|silence|inaudible"
    r"|protestations?|exclamations?|sourires?|hu[ée]es?|r[ée]actions?|bruits?|toux|sifflets?)\b[^()\[\]\n]{0,40}[)\]]",
    re.I)


def _without_stage_notes(line: str) -> str:
    """``line`` without the transcriber's notes of the room (see _STAGE_NOTE), and without the
    space a note leaves before a full stop or a comma (« le soir (Murmures). »)."""
    if not _STAGE_NOTE.search(line):
        return line
    return re.sub(r"\s+(?=[.,…])", "", " ".join(_STAGE_NOTE.sub(" ", line).split()))


def _chair(name: str, role: str) -> bool:
    """Whether the speaker of a transcript's turn chairs the meeting or answers for the
    authority (see _CHAIR_OFFICE): « Mme la Maire », « M. Prigent » with the role « adjoint »."""
    return bool(_CHAIR_NAME.match(name.strip()) or (role and _CHAIR_ROLE.match(role)))


def _transcript_turns(text: str) -> tuple[str, set[str]]:
    """``text`` with each turn of a meeting's transcript (« [00:03:21] M. Cariou (retraité) :
    … ») made a paragraph of its own, without its time and speaker; the turns of whoever chairs
    or answers for the authority (« Mme la Maire : », « M. Prigent (adjoint) : ») are dropped
    with the lines under them, and so is the time of a timed line naming no speaker; the
    transcriber's notes of the room (« (Applaudissements) », see _STAGE_NOTE) go too. Also the
    first lines of the turns kept, never a title. A text with fewer than three timed turns is
    left as it is."""
    lines = text.split("\n")
    timed = [_TURN_LINE.match(line) for line in lines]
    turns = [_TURN_SPEAKER.match(m.group("rest")) if m else None for m in timed]
    if sum(1 for t in turns if t) < TRANSCRIPT_MIN_TURNS:
        return text, set()
    out: list[str] = []
    firsts: set[str] = set()
    keep = True  # the lines under a dropped turn are dropped with it
    for line, m, turn in zip(lines, timed, turns):
        if not m:
            if keep:
                out.append(_without_stage_notes(line))
            continue
        if turn is None:
            keep = True
            out.extend(["", _without_stage_notes(m.group("rest"))])
            continue
        keep = not _chair(turn.group("name"), turn.group("role") or "")
        speech = _without_stage_notes(turn.group("speech"))
        if keep and speech:
            out.extend(["", speech])
            firsts.add(" ".join(speech.split()))
    return "\n".join(out).strip("\n") + "\n", firsts


# the line a video-conference tool writes over each message of a meeting's saved chat (Zoom's
# « meeting_saved_chat.txt »): the time, the sender and to whom, the message on the lines below
# (« 18:32:07 De  Marie L.  à  Tout le monde : », « 18:32:07 From Marie L. to Everyone: »), or
# on the same line in older exports (« 18:32:07	 De  Marie L. : Bonsoir »)
_CONFERENCE_HEADER = re.compile(
    r"^\s*\d{1,2}:\d{2}(?::\d{2})?\s+(?:De|From)\s+(?P<sender>\S[^:\n]{0,80}?)"
    r"(?:\s+(?:[àa]|to)\s+(?P<to>\S[^:\n]{0,60}?))?\s*:(?:\s+(?P<message>\S.*))?\s*$", re.I)
# a message sent to one person only (« à  Moi (en privé) », « to Me (Direct Message) »,
# « à  Marie L. (Message direct) »): said to the host aside, not to the meeting
_CONFERENCE_PRIVATE = re.compile(r"\((?:en\s+priv[ée]|message\s+direct|direct\s+message|privately)\)|^\s*(?:moi|me)\s*$",
                                 re.I)
# what a message quotes from another when it answers it (« Réponse à "…" : », « Replying to
# "…": »), or a reaction the tool writes as a message (« A réagi à "…" avec 👍 »)
_CONFERENCE_REPLY = re.compile(r"^\s*(?:r[ée]ponse\s+[àa]|replying\s+to)\s*[«\"“].*[»\"”]\s*:?\s*$", re.I)
_CONFERENCE_REACTION = re.compile(r"^\s*(?:a\s+r[ée]agi\s+[àa]|reacted\s+to)\s*[«\"“].*$", re.I)
CONFERENCE_MIN_MESSAGES = 3  # message header lines that make a text a meeting's saved chat


def _conference_chat(text: str) -> tuple[str, set[str]]:
    """``text`` with the messages of a video-conference's saved chat (see _CONFERENCE_HEADER)
    made paragraphs without their header, one per line written (a line typed under another is
    a thought of its own; the items of a list it holds stay items), the indentation the tool
    puts before each line removed. Private messages (see _CONFERENCE_PRIVATE), the quote opening
    a reply (« Réponse à "…" : ») and reactions are dropped. Also the lines kept, never a title
    (« Bonsoir »). A text with fewer than three message headers is left as it is."""
    lines = text.split("\n")
    heads = [_CONFERENCE_HEADER.match(line) for line in lines]
    if sum(1 for m in heads if m) < CONFERENCE_MIN_MESSAGES:
        return text, set()
    out: list[str] = []
    kept: set[str] = set()
    keep = True  # the lines under a dropped header are dropped with it
    for line, m in zip(lines, heads):
        if m:
            keep = not _CONFERENCE_PRIVATE.search(m.group("to") or "")
            line = m.group("message") or ""
        if not keep or not line.strip() or _CONFERENCE_REPLY.match(line) or _CONFERENCE_REACTION.match(line):
            continue
        out.extend(["", line.strip()])
        kept.add(" ".join(line.split()))
    return "\n".join(out).strip("\n") + "\n", kept


def read(path: Path, settings: Settings = Settings()) -> Extracted:
    """Blocks of a plain-text or Markdown file."""
    path = Path(path)  # size and binary content are checked by nlp_stn.extract.check
    return read_text(decode(path.read_bytes(), path), path)


def read_text(text: str, path: Optional[Path] = None) -> Extracted:
    """Blocks of a plain-text or Markdown text: a file's (``path``, named in errors), or a table
    cell's written in Markdown (an issue's description in a tracker's export)."""
    # "\r\r\n" (a CRLF file converted once more) is one line end, not a blank line
    text = _REMARK_AFTER.sub("\n", text.replace("\r\r\n", "\n"))  # "… du square   [Yves] oui vite": two lines
    text = "\f".join("\n".join(unfold_columns(page.split("\n"))) for page in text.split("\f"))
    text = normalise_spaces(text)
    meta, text = split_front_matter(text)
    text = without_shortcodes(text)
    title = " ".join(_inline(meta.get("title", "")).split())
    subject, text = mail_headers(text)
    title = title or " ".join(subject.split())
    text, messages = _chat_messages(text)
    if not messages:
        text, messages = _conference_chat(text)
    chat = bool(messages)  # each line as typed: no line wrapped by a layout to join again
    if not messages:
        text, messages = _transcript_turns(text)
    reader = _Reader()
    lines = text.replace("\f", "\n\n").split("\n")
    n_pages = 0
    if sum(1 for line in lines if _RECORD_START.match(line)) >= 2 and not any(_MD_HEADING.match(line) for line in lines):
        reader.add_records(lines)
    else:
        if title and not any(_MD_HEADING.match(line) and line.startswith("# ") for line in lines):
            reader.builder.add("heading", title, level=1)  # the front-matter title heads the text
        # text extracted from a PDF: pages (form feeds), running lines, footnotes, paragraphs
        paged = "\f" in text  # pages from form feeds (one page when a form feed only ends it)
        parts = text.split("\f")
        if len(parts) > 1 and not parts[-1].strip():
            parts.pop()  # pdftotext ends the last page with a form feed
        compact = is_compact(text.replace("\f", "\n").split("\n"))
        pages = [open_paragraphs(restore_lost_bullets(page), compact)
                 for page in clean_pages([part.split("\n") for part in parts])]
        texts = ["\n".join(page) for page in pages]
        starts = []
        count = 0
        for page_text in texts:
            starts.append(count)
            count += _kept_chars(page_text)
        text = "\n\n".join(texts)
        if not paged:
            text = _reviewed_drafts(text)
            text, reader.answered = _answered_quotes(text)
            text = _without_repeated_quotes(_without_quoted_messages(text))
        reader.quoted = {" ".join(m.group(1).split()) for m in _QUOTED_LINE.finditer(text)} | messages
        text = _QUOTE.sub("", text)  # "> Remarque de Jean : ..." is a paragraph
        text = _O_BULLET_IN_LIST.sub(r"\1◦ ", _O_BULLET.sub(r"\1◦ ", text))
        text = dehyphenate(_E_BULLET.sub(r"\1• ", text))
        text = repair_capital_i(text if chat else _unwrap_outside_tables(text))
        lines = text.split("\n")
        if paged:
            n_pages = len(pages)
            reader.add_lines(lines, _line_pages(lines, starts))
        else:
            reader.add_lines(lines)
    if not reader.builder.blocks:
        raise InputError("aucun texte trouvé dans ce fichier.", path=path)
    if not title:
        first = reader.builder.blocks[0]
        title = first.text if first.kind == "heading" else ""
    return reader.builder.build(title=title, pages=n_pages)
