"""Review file cells: formula-injection escaping, decision words, hash cells, and the notes the
tool writes in the comment column (written on export, stripped on import)."""
from __future__ import annotations

import re
import unicodedata
from typing import Optional

from ..model import Decision, shown_score
from .records import DISPUTED, TEXT_CHANGED, TO_REVIEW


HASH_PREFIX = "sha1:"
FORMULA_CHARS = ("=", "+", "-", "@", "\t", "\r")

# Accepted spellings (after case folding and accent removal) -> canonical decision.
_DECISION_WORDS = {
    "oui": "oui",
    "yes": "oui",
    "non": "non",
    "no": "non",
    "partiel": "partiel",
    "partielle": "partiel",
    "partiellement": "partiel",
    "partial": "partiel",
    "partially": "partiel",
    "partly": "partiel",
    "incertain": "incertain",
    "incertaine": "incertain",
    "unsure": "incertain",
    "uncertain": "incertain",
}


def _starts_like_formula(text: str) -> bool:
    """True for text made of zero or more single quotes then a formula character."""
    stripped = text.lstrip("'")
    return bool(stripped) and stripped[0] in FORMULA_CHARS


def escape_cell(text: str) -> str:
    """Cell text as written: one quote added before formula-like text (see module doc)."""
    return "'" + text if _starts_like_formula(text) else text


def unescape_cell(text: str) -> str:
    """Inverse of :func:`escape_cell`: removes exactly the one quote it added."""
    if text.startswith("'") and _starts_like_formula(text):
        return text[1:]
    return text


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.strip().casefold())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def parse_decision(text: str) -> Optional[str]:
    """Canonical decision ("oui", "partiel", "non", "incertain"), "" when empty, None if unreadable."""
    folded = _fold(text).strip(" .!")
    if not folded:
        return ""
    return _DECISION_WORDS.get(folded)


def _hash_cell(value: str) -> str:
    return HASH_PREFIX + value if value else ""


def _parse_hash(cell: str) -> str:
    cell = cell.strip()
    if cell.lower().startswith(HASH_PREFIX):
        cell = cell[len(HASH_PREFIX):]
    return cell.strip().lower()


def _format_score(score: Optional[float]) -> str:
    return "" if score is None else f"{shown_score(score, 3):.3f}"


# ---------------------------------------------------------------------------------------------
# The tool's notes in the comment column (written on export, stripped on import)
# ---------------------------------------------------------------------------------------------

_NOTE_HEADS = (TO_REVIEW, TEXT_CHANGED, DISPUTED)
_NOTE_LINE = re.compile(
    r"^(?:décision précédente|décision de .+?) : (?:oui|partiel|non|incertain)\b"
    r"|^ancien texte de (?:la demande|l['’]action corrigée|l['’]action) : «"
)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def french_date(iso: str) -> str:
    """'26/11/2026' from an ISO time ('' when it is not one)."""
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", iso or "")
    return f"{m.group(3)}/{m.group(2)}/{m.group(1)}" if m else ""


def verdict_text(d: Decision) -> str:
    """'oui', 'non, action corrigée u123': a decision as the tool writes it."""
    text = d.decision
    if d.corrected_action_id:
        text += f", action corrigée {d.corrected_action_id}"
    return text


def _decision_line(d: Decision, head: str, with_reviewer: bool = True) -> str:
    when = french_date(d.time)
    who = ", ".join(x for x in ((d.reviewer if with_reviewer else ""), when) if x)
    line = f"{head} : {verdict_text(d)}" + (f" ({who})" if who else "")
    if d.comment.strip():
        line += f" — commentaire : « {_one_line(d.comment)} »"
    return line


def strip_tool_notes(comment: str) -> str:
    """A reviewer's comment without the lines the tool wrote in the comment column
    ("à revoir : texte modifié", "décision précédente : …", "ancien texte de la demande : « … »",
    "avis partagés entre relecteurs : à trancher", "décision de alice : …"): only the
    reviewer's own words are stored."""
    kept = []
    for line in str(comment).splitlines():
        stripped = line.strip()
        if stripped in _NOTE_HEADS or _NOTE_LINE.match(stripped):
            continue
        for head in (TEXT_CHANGED, DISPUTED):  # the reviewer wrote on the note's own line
            if stripped.casefold().startswith(head):
                line = stripped[len(head):].lstrip(" —–-:;,.")
        kept.append(line.rstrip())
    return "\n".join(kept).strip()
