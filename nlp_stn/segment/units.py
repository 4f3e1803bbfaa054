"""The units a segmenter builds (_Unit) and its running state (_State).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ..model import Block


# --- candidates -----------------------------------------------------------------------------


@dataclass
class _Unit:
    kind: str
    text: str
    start: int
    end: int
    page: Optional[int]
    label: str = ""
    heading: Optional[str] = None  # None: the current section path
    parent: str = ""  # key of the parent _Unit
    role: str = ""
    key: int = 0
    needs: str = ""  # "" = kind fixed; "inf" = keep only if it starts with an infinitive; "np" = a
    # thing named in a demands document's list, a demand if its siblings are (see resolve)
    fallback: str = ""  # kind when the infinitive test passes
    weak: bool = False  # a prose sentence phrased only as an impersonal necessity ("il faut")
    soft: bool = False  # kind from no lead-in, label or section: the document's default
    series: tuple = ()  # (list number, depth, marker class) of a list item: its siblings
    summary: tuple = ()  # (table, number in its row) of a cell of a table with a numbers column
    detail: list = field(default_factory=list)  # the paragraphs explaining it (a unit given as a heading)
    numbered_title: bool = False  # a numbered heading read as a unit by its infinitive ("a.6 Acter …")
    state: str = ""  # what the document says of the action's fate (« Non retenue », « Reportée »)
    row_state: str = ""  # the status a report's table gives its row (« Prévu 2025 »), see _rows_told
    answers: str = ""  # the numbers of the demands the document says it answers (« 101 104 »)
    sent: int = 1  # how many times a consultation's record was sent in these words
    retouched: bool = False  # a copy sent again under a retouched title (same body, see on_record)
    statement: int = -1  # where the sentence starts, for demands coordinated in one sentence (see _demand_parts)


@dataclass
class _State:
    headings: list[tuple[int, str]] = field(default_factory=list)
    hint: Optional[str] = ""  # kind announced for the current section ("" unknown, None none)
    hint_level: int = 99
    leadin: Optional[str] = ""  # kind announced by a lead-in for the following items
    leadin_active: bool = False
    leadin_paragraphs: bool = False  # short title-like lead-ins also cover paragraphs
    leadin_one: bool = False  # the lead-in names one proposal (« Texte de l'amendement : »): one paragraph
    # the lead-in names what the authority turns down (« Dépenses non éligibles : », see
    # priors._REFUSED_SECTION): its items are refusals, as under a heading saying so
    leadin_refused: bool = False
    leadin_label: str = ""  # the label of a labelled lead-in ("Préconisation 3 : Le conseil recommande :")
    in_article: bool = False  # the paragraph read is in an article of a charter (see _Paragraphs.committed)
    parent: Optional[_Unit] = None
    parent_level: int = 99
    parent_heading: bool = False  # the parent unit is a heading (its section explains it)
    parents: list = field(default_factory=list)  # enclosing (level, unit, is_heading) of the parent
    # the level of a section where others speak (« Expression des groupes », « Tribunes » of a
    # bulletin: the council's groups), 0 outside one: what they write is none of the document's units
    others: int = 0
    # the labelled action of the last list item or paragraph (« Action 2.1 – … » numbered by
    # Word): the paragraphs and the field table after it, until the next unit or heading, are
    # about it, not about the heading's unit above
    last_action: Optional["_Unit"] = None
    # the level of a sub-heading of a unit given as a heading that names who, when or how much
    # (« Calendrier », « Partenaires », « Pilote », « Budget »), 0 outside one: its text does not
    # describe the unit, as those fields of a record table; ``aside_state`` when it names its fate
    # (« Statut », « État d'avancement »): its short text is the unit's state
    aside: int = 0
    aside_state: bool = False

    def set_parent(self, unit: "_Unit", level: int, heading: bool) -> None:
        """A heading unit becomes the parent of what follows; the enclosing one is kept."""
        if self.parent is not None:
            self.parents.append((self.parent_level, self.parent, self.parent_heading))
        self.parent, self.parent_level, self.parent_heading = unit, level, heading

    def close_parents(self, level: int) -> None:
        """A heading of ``level`` closes the parents opened at that level or deeper."""
        while self.parent is not None and level <= self.parent_level:
            if self.parents:
                self.parent_level, self.parent, self.parent_heading = self.parents.pop()
            else:
                self.parent, self.parent_level, self.parent_heading = None, 99, False
    numbered_heading: Optional[tuple[int, Block, int]] = None  # (level, block, units before it)
    # the label of a numbered question whose line names who asks (« Question n°3 de Mme Durand : »):
    # the units after it, until the next label or heading, are that question's
    asked: str = ""
    # (label, numbers) of the line saying which questions what follows answers (« Réponse du Maire
    # à la question n°3 : »): the units after it, until the next heading, answer them
    answering: tuple[str, str] = ("", "")
    # the authority's stated opinion on the demand a section answers (« Avis de la commune :
    # Défavorable »): the state of the section's units, until the next heading
    opinion: str = ""
    pending: Optional[tuple[str, str, Block]] = None  # a label written alone, waiting for its text
    body: Optional[tuple] = None  # (a labelled title line's unit, the paragraph after it: its body)
    # (an authority's labelled item, the starts of the paragraphs after it that describe it and
    # give its engagement fields: « Calendrier : 2027 », « Coût estimé : 12 000 € »)
    fields: Optional[tuple] = None
    # the paragraphs numbered under a heading's number that pledge (« 3.1.1 La commune s'engage
    # à … » under « 3.1 Engagements de la commune »): their start -> (their number, where their
    # text starts); each is an action (see _Headings.numbered_pledges)
    pledges: dict = field(default_factory=dict)
    # open list items of the current list: (marker class, depth, unit key or 0, ends with ":",
    # depth given by the extractor)
    items: list = field(default_factory=list)

    def path(self, extra: str = "") -> str:
        parts = [t for _, t in self.headings] + ([extra] if extra else [])
        return " > ".join(parts)
