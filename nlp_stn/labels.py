"""Labels that number the units of French policy documents ("Recommandation n° 12 :",
"Action 1.1.2 –", "Axe stratégique 1 :", "Fiche n°3", "Article 1er :").

Vocabulary shared by the readers (a PDF line that starts with a label opens a paragraph) and
the segmenter (a label gives a unit its number and kind). Pure functions, no model.
"""
from __future__ import annotations

import re

# A label: a noun, an optional qualifier ("Axe stratégique 1", "Objectif opérationnel 1.1",
# "Action phare :"), an optional "n°" and a number. Without a number, a qualifier and a
# separator are required ("Action phare : ...", not "Action publique").
LABEL_QUALIFIERS = (
    r"strat[ée]giques?|op[ée]rationnel(?:le)?s?|prioritaires?|phares?|cl[ée]s?|structurante?s?|transversale?s?"
    r"|g[ée]n[ée]ra(?:l|le|les|ux)|sp[ée]cifiques?|nouvelles?|nouveaux?|compl[ée]mentaires?"
)
LABEL = re.compile(
    r"^(?P<noun>recommandation|pr[ée]conisation|proposition|contribution|action|mesure|fiche[- ]action|fiche"
    r"|engagement|chantier|objectif|orientation|axe|enjeu|ambition|d[ée]cision|question|indicateur|article|id[ée]e)s?"
    rf"(?P<qual>\s+(?:{LABEL_QUALIFIERS}))?"
    r"\s*(?:(?P<no>n°|n º|nº|no\.?|num[ée]ro|#)\s*)?"
    r"(?P<num>\d{1,3}(?:er|[èe]re|re)?(?:[.-]\d{1,3})*(?:\s?(?:bis|ter|quater)(?![\w'’]))?|[IVXLC]{1,6}|[A-Z])?(?![\w'’])"
    r"\s*(?P<sep>[:.)–—·•-]+\s*)?",  # a middle dot or a bullet separates too ("Action 3 · Former")
    re.I,
)
LABEL_KIND = {
    "recommandation": "recommendation", "préconisation": "recommendation", "preconisation": "recommendation",
    "proposition": "recommendation", "contribution": "recommendation", "action": "action", "mesure": "action",
    "fiche-action": "action", "fiche action": "action", "fiche": "action", "engagement": "action",
    "chantier": "action", "objectif": "objective", "orientation": "objective", "axe": "objective",
    "enjeu": "objective", "ambition": "objective", "décision": "decision", "decision": "decision",
    "question": "question", "indicateur": "indicator", "article": "decision", "idée": "recommendation",
    "idee": "recommendation",
}


# A short code numbering recommendations in a synthesis: "R1 – Publier…", "Reco 4 : …",
# "Préco. 2 – …" (a separator and words must follow).
CODE_LABEL = re.compile(r"^(?P<code>R|Rec|Reco|Pr[ée]co)\.?\s?(?P<num>\d{1,3}(?:\.\d{1,3})?)\s*[–—:.)·•-]\s+(?=\S)")


def parse_label(text: str) -> tuple[str, str, str]:
    """(label, kind, rest) when ``text`` starts with a label such as "Recommandation n° 12 :"
    or a recommendation code such as "R1 –"."""
    code = CODE_LABEL.match(text)
    if code:
        sep = "" if len(code.group("code")) == 1 else " "
        return f"{code.group('code')}{sep}{code.group('num')}", "recommendation", text[code.end():]
    m = LABEL.match(text)
    if not m:
        return "", "", text
    noun = m.group("noun")
    kind = LABEL_KIND.get(noun.lower()) or LABEL_KIND.get(noun.lower().replace("e", "é", 1), "recommendation")
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
    if noun.lower() == "article" and not re.search(r"[:.–·•-]", m.group("sep") or ""):
        return "", "", text  # "Article 2 : D'autoriser..." decides; "Article 3 de la loi" cites
    no = m.group("no") or ""
    if no and no.lower().startswith("n"):
        no = "n°"
    label = noun[0].upper() + noun[1:].lower() + (" " + qual.lower() if qual else "") + (" " + no if no else "") + " " + num
    return " ".join(label.split()), kind, text[m.end():]
