"""Labels that number the units of French policy documents ("Recommandation n° 12 :",
"Action 1.1.2 –", "Axe stratégique 1 :", "Fiche n°3", "Article 1er :", and a document's own
short codes "A1 –", "FA2 :").

Vocabulary shared by the readers (a PDF line that starts with a label opens a paragraph) and
the segmenter (a label gives a unit its number and kind). Pure functions, no model.
"""
from __future__ import annotations

import re
from typing import Optional

# A label: a noun, an optional qualifier ("Axe stratégique 1", "Objectif opérationnel 1.1",
# "Action phare :"), an optional "n°" and a number. Without a number, a qualifier and a
# separator are required ("Action phare : ...", not "Action publique").
LABEL_QUALIFIERS = (
    r"strat[ée]giques?|op[ée]rationnel(?:le)?s?|prioritaires?|phares?|cl[ée]s?|structurante?s?|transversale?s?"
    r"|g[ée]n[ée]ra(?:l|le|les|ux)|sp[ée]cifiques?|nouvelles?|nouveaux?|compl[ée]mentaires?"
)
LABEL = re.compile(
    # (a level below an axis or an objective: « Sous-axe 2.1 – … », « Sous-objectif 3 : … »)
    r"^(?P<noun>sous[- ](?:axe|objectif|orientation)"
    r"|recommandation|pr[ée]conisation|proposition|contribution|action|mesure|fiche[- ]action|fiche"
    r"|engagement|chantier|objectif|orientation|axe|enjeu|ambition|d[ée]cision|question|indicateur|article|id[ée]e"
    # a master plan's programmes and projects (« Programme 2 – … », « Projet P2.3 – … »)
    r"|programme|volet|projet|op[ée]ration"
    # a commissaire enquêteur's conditions to his favourable opinion (« Réserve n° 1 : … »)
    r"|r[ée]serve"
    # a regional scheme's or a regulation's general rules (« Règle n° 14 – … »)
    r"|r[èe]gle)s?"
    rf"(?P<qual>\s+(?:{LABEL_QUALIFIERS}))?"
    r"\s*(?:(?P<no>n°|n º|nº|no(?:\.|(?![^\W\d_]))|num[ée]ro|#)\s*)?"
    r"(?P<num>(?:[A-Z]{1,2}\s?(?=\d))?\d{1,3}(?:er|[èe]re|re)?(?:[.-]\d{1,3})*(?:\s?(?:bis|ter|quater)(?![\w'’]))?"
    r"|[IVXLC]{1,6}|[A-Z])?(?![\w'’])"
    r"\s*(?P<sep>[:.)–—·•-]+\s*)?",  # a middle dot or a bullet separates too ("Action 3 · Former")
    re.I,
)
LABEL_KIND = {
    "recommandation": "recommendation", "préconisation": "recommendation", "preconisation": "recommendation",
    "proposition": "recommendation", "contribution": "recommendation", "action": "action", "mesure": "action",
    "fiche-action": "action", "fiche action": "action", "fiche": "action", "engagement": "action",
    "chantier": "action", "objectif": "objective", "orientation": "objective", "axe": "objective",
    "enjeu": "objective", "ambition": "objective", "sous-axe": "objective", "sous axe": "objective",
    "sous-objectif": "objective", "sous objectif": "objective", "sous-orientation": "objective",
    "sous orientation": "objective", "décision": "decision", "decision": "decision",
    "question": "question", "indicateur": "indicator", "article": "decision", "idée": "recommendation",
    "idee": "recommendation", "programme": "objective", "volet": "objective", "opération": "action",
    "operation": "action", "réserve": "recommendation", "reserve": "recommendation",
    "règle": "action", "regle": "action",
    # a project is an action in a plan, a proposal in a participatory budget: the document decides
    "projet": "",
}


# A short code numbering recommendations in a synthesis: "R1 – Publier…", "Reco 4 : …",
# "Préco. 2 – …" (a separator and words must follow).
CODE_LABEL = re.compile(r"^(?P<code>R|Rec|Reco|Pr[ée]co)\.?\s?(?P<num>\d{1,3}(?:\.\d{1,3})?)\s*[–—:.)·•-]\s+(?=\S)")


# A short code of a document's own series: one to three capitals directly followed by a
# number ("A1", "FA2", "M3", "A1.2"; a single letter may take a space: "A 12"), a separator
# ("–", "—", "-", ":", ".", "·", "A17. –") and a title opened by a capital or a quote ("A3 –
# Maintien de la ligne…"). A road or a reference ("A10 vers Paris", "RN 165 :", "B2B", "F4")
# has no separator and title, or a space after two letters.
SHORT_CODE = re.compile(
    r"^(?P<letters>[A-Z]{1,3}(?=\d)|[A-Z](?=\s\d))\s?(?P<num>\d{1,3}(?:\.\d{1,3})*)(?![\w,])"
    r"\s*(?:\.\s*[–—:·-]|[–—:·.-])\s*(?=[«\"“A-ZÀ-ÖØ-Þ])(?=.*[^\W\d_]{2})"
)
# The kind a code's letters say when they are a label's initials ("A" for action, "FA" for
# fiche action, "R" for recommandation, "P" for proposition or préconisation, "O" for
# objectif); other letters take the kind of the document's items
CODE_KINDS = {"A": "action", "FA": "action", "M": "action", "R": "recommendation", "P": "recommendation",
              "O": "objective", "I": "indicator"}


def parse_code(text: str) -> tuple[str, str, str]:
    """(letters, label, rest) when ``text`` starts with a short code and its title ("A 12 –
    Prêt d'ordinateurs…" -> "A", "A12", "Prêt d'ordinateurs…"); empty strings otherwise."""
    m = SHORT_CODE.match(text)
    if not m:
        return "", "", text
    return m.group("letters"), m.group("letters") + m.group("num"), text[m.end():]


def code_series(texts) -> frozenset:
    """The letters of the codes that number a series in ``texts`` (the texts of the blocks
    that open headings, paragraphs and list items): at least two of them are consecutive
    ("A1" and "A2", "FA3" and "FA4", "A1.1" and "A1.2"); a road or a reference cited twice
    ("A10", "A63") is no series. Two codes written with a space ("D 769", "D 770": roads) make
    none either; one ("A 2") goes with a code written tight ("A1")."""
    numbers: dict[str, dict[tuple, bool]] = {}
    for text in texts:
        letters, label, _ = parse_code(text)
        if letters:
            number = tuple(int(n) for n in label[len(letters):].split("."))
            tight = text[len(letters):len(letters) + 1].isdigit()
            known = numbers.setdefault(letters, {})
            known[number] = known.get(number, False) or tight
    return frozenset(k for k, nums in numbers.items()
                     if any((n[:-1] + (n[-1] + 1,)) in nums and (tight or nums[n[:-1] + (n[-1] + 1,)])
                            for n, tight in nums.items()))


def parse_label(text: str, codes: frozenset = frozenset()) -> tuple[str, str, str]:
    """(label, kind, rest) when ``text`` starts with a label such as "Recommandation n° 12 :"
    or a recommendation code such as "R1 –"; with ``codes`` (see :func:`code_series`), also a
    short code of those letters ("A1 – …"), whose kind is "" when its letters say none."""
    code = CODE_LABEL.match(text)
    if code:
        sep = "" if len(code.group("code")) == 1 else " "
        return f"{code.group('code')}{sep}{code.group('num')}", "recommendation", text[code.end():]
    m = LABEL.match(text)
    if not m:
        if codes:
            letters, label, rest = parse_code(text)
            if letters in codes:
                return label, CODE_KINDS.get(letters, ""), rest
        return "", "", text
    noun = m.group("noun")
    kind = (LABEL_KIND[noun.lower()] if noun.lower() in LABEL_KIND
            else LABEL_KIND.get(noun.lower().replace("e", "é", 1), "recommendation"))
    num = m.group("num")
    qual = (m.group("qual") or "").strip()
    if num is None:
        plural = text[m.end("noun"):m.end("noun") + 1].lower() == "s"
        if (not qual or plural or m.group("no") or not re.search(r"[:–·•-]", m.group("sep") or "")
                or not text[m.end():].strip()):
            # "Action phare : Ouvrir..." is a label; "Action publique", "Actions prioritaires :"
            # (a lead-in) are not
            return "", "", text
        num = ""
    elif num.isalpha() and len(num) == 1 and not m.group("no") and not (m.group(0).rstrip().endswith((":", ".", ")", "-", "–", "·", "•"))):
        return "", "", text  # "Action A" is a label, "Action publique" is not
    elif num.isalpha() and not m.group("no") and not text[m.start("num") - 1].isspace():
        return "", "", text  # "Indicateurs :" is a plural noun, not "Indicateur s"
    if noun.lower() == "fiche" and not (num and (m.group("no") or num[:1].isdigit())):
        return "", "", text  # "Fiche n°3", "Fiche 3" are labels; "Fiche pratique" is not
    if noun.lower() in ("réserve", "reserve") and not (num and num[:1].isdigit()):
        return "", "", text  # "Réserve n° 1 :" is a label; "Réserve naturelle", "Réserve A" are not
    if noun.lower() == "article" and not re.search(r"[:.–·•-]", m.group("sep") or ""):
        return "", "", text  # "Article 2 : D'autoriser..." decides; "Article 3 de la loi" cites
    no = m.group("no") or ""
    if no and no.lower().startswith("n"):
        no = "n°"
    label = noun[0].upper() + noun[1:].lower() + (" " + qual.lower() if qual else "") + (" " + no if no else "") + " " + num
    return " ".join(label.split()), kind, text[m.end():]


# What a field's value holds, from the field name's head word: "objective", "indicator",
# "action" (its items are actions), "detail" (the description of the record's action: its items
# are actions, its prose explains), "title" (the record's name), "" (who, when, how much, why:
# no unit).
_FIELD_KINDS = (
    ("objective", re.compile(r"^(?:objectifs?|buts?|finalit[ée]s?|ambitions?|r[ée]sultats?\s+attendus?)\b", re.I)),
    ("indicator", re.compile(r"^(?:indicateurs?|crit[èe]res?\s+d['’]\s*[ée]valuation)\b", re.I)),
    ("action", re.compile(r"^(?:actions?|mesures?|chantiers?|op[ée]rations?)\b", re.I)),
    ("detail", re.compile(r"^(?:description|descriptif|contenu|modalit[ée]s?|d[ée]roul[ée]|mise\s+en\s+(?:œ|oe)uvre"
                          r"|pr[ée]sentation|d[ée]tails?)\b", re.I)),
    ("title", re.compile(r"^(?:intitul[ée]|titre|nom|libell[ée])\b", re.I)),
    ("", re.compile(r"^(?:pilot|porteu|partenai|acteu|calendrier|[ée]ch[ée]anc|dur[ée]e|budget|co[ûu]t|financ|contexte"
                    r"|enjeu|constat|public|cible|moyens?\b|responsable|service|r[ée]f[ée]rent|territoire|statut"
                    r"|priorit|liens?\b|risque|points?\s+de\s+vigilance|[ée]tat\b|avancement|montant|dates?\b"
                    r"|p[ée]riode|b[ée]n[ée]ficiaire|localisation|partenariat|ressources?\b|livrable|gouvernance"
                    r"|suivi|[ée]valuation|commentaire|observation|remarque|d[ée]lai|planning|phasage|ma[îi]tr)", re.I)),
)
# Words before the head noun of a field name ("Principales actions", "Autres partenaires").
_FIELD_PREFIX = frozenset(("principales", "principaux", "principale", "principal", "autres", "grandes", "grands"))
# A field name: at most this many words.
FIELD_WORDS = 6


def field_kind(name: str) -> Optional[str]:
    """What the value of a record field holds, from the field name ("Objectif(s) :" ->
    "objective", "Indicateurs de suivi" -> "indicator", "Description de l'action" ->
    "detail", "Pilote / Porteur" -> ""); "?" for a field name not known; None when ``name``
    does not read as a field name (empty, more than ``FIELD_WORDS`` words, a sentence)."""
    name = " ".join(name.split()).rstrip(" :")
    words = re.findall(r"[^\W\d_]+", name)
    if not words or len(name.split()) > FIELD_WORDS or name.endswith((".", "?", "!", ";", ",")):
        return None
    if words[0].lower() in _FIELD_PREFIX and len(words) > 1:
        name = name[name.lower().index(words[1].lower()):]
    for kind, pattern in _FIELD_KINDS:
        if pattern.match(name):
            return kind
    return "?"
