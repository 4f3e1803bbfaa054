"""Tables of the segmenter: answer tables, record tables, field values (mixin of _Segmenter).
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from ..labels import field_kind, parse_label
from ..model import Block, STATUS_ADDRESSED, STATUS_NOT, STATUS_PARTIAL
from ..status import OUT_OF_SCOPE, status_cap
from .priors import _DIAGNOSIS_SECTION, _KEY_FIGURES_SECTION, pledged_section
from .units import _Unit
from .vocabulary import _CITED_ACTION
from .language import _PREPOSITIONS, _collapse, _sentences
from .lists import _sentence_item
from .tables import (_NOT_ITS_OWN, _REFUSAL, COMMENT_HEADER, KEPT_WORDING_HEADER, RETAINED_IN_PART, SCHEDULE_AFTER, _LEADER_HEADER, _NUMBER,
                     _answer_columns, _describe, _field_rows, _marked_states, opening_fate, _header_kind, numbered_demand,
                     _row_numbers, _schedule_table, _state_column, _title_cell, bulleted_sentences, cell_items, role_of_header,
                     semicolon_items)


# A cell of a plan's row marking it dropped: the word alone (« Retirée », « supprimée », « Action
# abandonnée ») or in brackets opening or closing the cell (« (action retirée) – reportée au … »,
# « Charte … (abandonnée) »), or opening the cell before a colon or a dash and the reasons
# (« Action abandonnée : au vu de son coût, … »).
_ROW_DROPPED = re.compile(
    r"^\W*(?:(?:action|mesure|fiche|projet)\s+)?(?P<a>retir|supprim|abandonn)(?:é|ée|és|ées)\W*$"
    r"|^\W*(?:(?:action|mesure|fiche|projet)\s+)?(?P<d>retir|supprim|abandonn)(?:é|ée|és|ées)\s*[:–—-]\s+"
    r"|^\s*\(\s*(?:(?:action|mesure|fiche|projet)\s+)?(?P<b>retir|supprim|abandonn)(?:é|ée|és|ées)\s*\)"
    r"|\(\s*(?:(?:action|mesure|fiche|projet)\s+)?(?P<c>retir|supprim|abandonn)(?:é|ée|és|ées)\s*\)\W*$", re.I)


def _dropped_state(text: str) -> str:
    """The state of a plan's row one of whose cells marks it dropped (see _ROW_DROPPED):
    « Retirée », « Supprimée », « Abandonnée »; "" otherwise."""
    m = _ROW_DROPPED.search(" ".join(text.split()))
    if m is None:
        return ""
    return (m.group("a") or m.group("b") or m.group("c") or m.group("d")).capitalize() + "ée"


# The first cell of a table's totals row (« Total », « Sous-total axe 2 », « Total des actions
# chiffrées », « Totaux »): a sum of the rows above, no unit
_TOTAL_ROW = re.compile(r"^\W*(?:sous-?\s*)?(?:total|totaux)\b", re.I)


def _total_rows(cells: Sequence[Block]) -> set[int]:
    """The rows of a table whose first filled cell opens a total (see _TOTAL_ROW)."""
    first: dict[int, Block] = {}
    for b in cells:
        if b.row and b.text.strip() and b.col is not None and (b.row not in first or b.col < first[b.row].col):
            first[b.row] = b
    return {row for row, b in first.items() if _TOTAL_ROW.match(b.text)}


# A cell saying the assembly voted the row's proposal down (« Non adoptée (44 %) », « Rejetée »,
# « Rejetée à 62 % »): in the report of those who voted, the proposal is not theirs
_VOTED_DOWN = re.compile(
    r"^\W*(?:non\s+adopt[ée]e?s?|rejet[ée]e?s?)(?:\s+(?:à|a|par)\s+\d{1,3}(?:[,.]\d{1,2})?\s*%|\s*\(\s*\d{1,3}(?:[,.]\d{1,2})?\s*%"
    r"\s*\))?\W*$", re.I)


# A budget table's mark of a line new this year (« nouveau », « nouvelle », « création »), in a
# column of its own (« Évolution »)
_NEW_LINE = re.compile(r"(?:nouveau|nouvelle|nouveaux|nouvelles|cr[ée]ation|cr[ée][ée]e?)", re.I)


def _new_rows(cells: Sequence[Block]) -> set[int]:
    """The rows of a budget table marked new in a column other than the first (« Conseiller
    numérique | — | 42 000 € | nouveau »): a spending the authority adds this year.

    >>> from nlp_stn.model import Block
    >>> cell = lambda t, r, c: Block(kind="table_cell", text=t, start=0, end=0, page=1, table=0, row=r, col=c)
    >>> sorted(_new_rows([cell("Poste", 0, 0), cell("Évolution", 0, 1), cell("Énergie", 1, 0), cell("-3 %", 1, 1),
    ...                   cell("Navette du marché", 2, 0), cell("nouveau", 2, 1)]))
    [2]
    """
    return {b.row for b in cells if b.row and b.col and _NEW_LINE.fullmatch(b.text.strip())}


def _voted_down_rows(cells: Sequence[Block]) -> set[int]:
    """The rows of a table one of whose cells says the proposal was voted down (see _VOTED_DOWN)."""
    return {b.row for b in cells if b.row and _VOTED_DOWN.match(b.text)}


# A plan's cell not filled in yet (« À définir », « À préciser », « Non renseigné », « NC »,
# « N/A »): nothing the row does or measures, no unit
_NOT_FILLED_IN = re.compile(
    r"^\W*(?:[àa]\s+(?:d[ée]finir|pr[ée]ciser|d[ée]terminer|confirmer|compl[ée]ter)"
    r"|non\s+(?:d[ée]fini|renseign[ée]|communiqu[ée]|connu)e?s?|n\.?\s?[cd]\.?|n/a)\W*$", re.I)


def _not_filled_in(text: str) -> bool:
    """Whether a plan's cell only says it is not filled in yet (see _NOT_FILLED_IN).

    >>> [_not_filled_in(t) for t in ("À définir", "à préciser.", "NC", "Non renseigné", "Définir les cibles")]
    [True, True, True, True, False]
    """
    return bool(_NOT_FILLED_IN.match(text))


# An answer cell's sentence that only acknowledges the line (« La commune prend acte de cet avis. »,
# « Nous prenons bonne note de cette remarque. »): nothing done, nothing turned down
_ACKNOWLEDGED = re.compile(r"^\W*(?:[^.;:!?]{0,60}?\s)?(?:prend|prennent|prenons|a\s+pris|ont\s+pris|avons\s+pris)\s+"
                           r"(?:bonne\s+)?(?:acte|note)\s+(?:de|du|des|d['’])[^.;:!?]{0,80}[.!]?\s*$", re.I)
# An answer cell's paragraph saying the line needs no answer (« Sans objet. », « Néant. »)
_NO_ANSWER = re.compile(r"^\W*(?:sans\s+objet|n[ée]ant)\W*$", re.I)
ANSWER_PARAGRAPH_WORDS = 4  # a paragraph of an answer cell read as an answer of its own


def _answer_paragraphs(items: Sequence[tuple[int, str, bool]]) -> bool:
    """Whether an answer cell's paragraphs (see :func:`cell_items`, none bulleted) are answers of
    their own: two or more, each a sentence closed by its stop and of ``ANSWER_PARAGRAPH_WORDS``
    words at least (« Le tiers-lieu ouvrira le samedi. » / « L'ouverture en soirée n'est pas
    retenue. »), each with its own fate; not a paragraph announcing the next (« … : »)."""
    return (len(items) >= 2 and not any(marked for _, _, marked in items)
            and all(t.rstrip()[-1:] in ".!?" and len(t.split()) >= ANSWER_PARAGRAPH_WORDS for _, t, _ in items))


def _cell_sentences(items: Sequence[tuple[int, str, bool]]) -> list[tuple[int, str, bool]]:
    """The sentences of an answer cell's paragraphs (see :func:`cell_items`; offsets in the cell),
    as items of their own: each may tell a measure or a fate of its own (« Un conseiller sera
    recruté en 2027. Les permanences seront étendues à six communes. »). The items as given
    when one is bulleted."""
    if any(marked for _, _, marked in items):
        return list(items)
    return [(offset + o, sentence, False) for offset, text, _ in items for o, sentence in _sentences(text)]


# A sentence of an answer telling a part of the demand left out of the measure (« Les écoles
# maternelles ne sont pas concernées », « Les logements sociaux n'entrent pas dans le champ »,
# see nlp_stn.status.OUT_OF_SCOPE), or a sentence opening with « Pas de … » that names what the
# measure will not have (« Pas de borne sur la place du marché : … », « Pas d'ouverture le
# dimanche. »; not « Pas de problème », « Pas de souci », which agree): after a measure in the same
# cell, that part is turned down
_LEFT_OUT_PART = re.compile(OUT_OF_SCOPE + r"|^\W*pas\s+(?:de\s+|d['’]\s*)(?!(?:probl[èe]me|souci|difficult[ée])s?\b)",
                            re.I)


def _paragraph_fates(fates: Sequence[tuple[int, str]]) -> dict[int, str]:
    """The fate of each paragraph of an answer cell (offset -> its own stated fate, see
    :func:`_answer_paragraphs`): when one turns a part of the demand down and another commits,
    the commitment keeps the demand in part (« Le tiers-lieu ouvrira le samedi. » / « L'ouverture
    en soirée n'est pas retenue. »: « Retenue en partie », « non retenue »)."""
    refused = any(status_cap(f) == STATUS_NOT for _, f in fates)
    kept = any(not f for _, f in fates)
    return {o: (RETAINED_IN_PART if refused and kept and not f else f) for o, f in fates}


# At most this many words in a cell of a column naming who leads, when it holds names only.
LEADER_NAME_WORDS = 10


def _leader_names(header: str, text: str) -> bool:
    """A cell of a column naming who leads (« Pilote », « Porteur », « Service responsable »)
    that holds names, not a sentence: at most ``LEADER_NAME_WORDS`` words and no sentence
    punctuation (« Direction des ressources humaines », « Communauté de communes / Région »)."""
    return (bool(_LEADER_HEADER.search(" ".join(header.split()[:3])))
            and len(text.split()) <= LEADER_NAME_WORDS and not re.search(r"[.!?;:]", text))


# What may follow a label in a cell that names several units (« Règles n° 7 et 8 », « Actions
# 2.1 à 2.4 », « Mesures 3, 5 et 6 »): more numbers
_MORE_NUMBERS = re.compile(r"^(?:(?:,|et|à|-|–|/)\s*(?:n°\s*)?\d{1,3}(?:[.-]\d{1,3})*\s*)*$", re.I)


def cross_reference_table(cells: Sequence[Block], labels: frozenset) -> bool:
    """Whether a table only refers to units stated before: three rows or more whose first cell
    is nothing but the label of a unit already read (« Règle n° 4 », « Règles n° 7 et 8 »), the
    other cells saying what each relates to (« Règle | Objectifs du rapport auxquels elle se
    rattache »). Such a concordance gives no units; a table whose first column numbers units
    not yet read (« Action 1 | Créer un guichet ») is no concordance."""
    firsts = [b.text for b in cells if b.row and b.col == 0 and b.text.strip()]
    if len(firsts) < 3:
        return False
    for text in firsts:
        label, _, rest = parse_label(" ".join(text.split()))
        if not label or label not in labels or not _MORE_NUMBERS.match(rest.strip()):
            return False
    return True


def _past_table(blocks: Sequence[Block], i: int) -> int:
    """The index of the first block after the table that ``blocks[i]`` opens (a heading ends it)."""
    table = blocks[i].table
    while i < len(blocks) and blocks[i].table == table and blocks[i].kind != "heading":
        i += 1
    return i


# A verb in the future denied, its object pronoun maybe before it (« ne les subventionnera pas »,
# « ne financera pas », « n'y installera plus »): what the authority says it will not do
_DENIED_FUTURE = re.compile(
    r"\bne\s+(?:(?:l['’]|y|en)\s*|(?:les?|la|leur|lui)\s+)?[^\W\d_]+(?:era|ira|ra|eront|iront|ront)\s+(?:pas|plus|jamais)\b",
    re.I)


def turned_down(sentence: str) -> bool:
    """Whether a sentence of a plan's record turns a thing down: a refusal (see _REFUSAL, « Un
    budget participatif n'est pas prévu »), a thing said to be another's to do (« La formation
    des enseignants relève de l'Éducation nationale »), or a deed denied in the future (« … ne
    les subventionnera pas »)."""
    return bool(_REFUSAL.search(sentence) or _NOT_ITS_OWN.search(sentence) or _DENIED_FUTURE.search(sentence))


class _TableUnits:
    """Part of _Segmenter (see segmenter.py): tables, record tables and their field values."""

    # --- tables
    def on_table(self, blocks: Sequence[Block], i: int) -> int:
        table = blocks[i].table
        st = self.state
        st.leadin_active = False
        cells = [b for b in blocks[i:] if b.table == table]
        title_block = _title_cell(cells)
        # an authority answering demands line by line; a deliberation's annex too (« Observation ou
        # réserve | Modification apportée au projet »), whatever the rest of the act reads like
        answers = _answer_columns(cells) if self.prior == "action" or self.deliberation else None
        fields = {} if answers else _field_rows(cells, title_block)
        if fields:
            return self.on_record_table(blocks, i, title_block, fields)
        if self.background_figures(cells):
            return _past_table(blocks, i)
        if not answers and cross_reference_table(cells, frozenset(u.label for u in self.units if u.label)):
            return _past_table(blocks, i)  # « Règle | Objectifs auxquels elle se rattache »: a concordance
        # a title row ("Axe 2 – Se déplacer", "Proposition 1 : …") heads the table's units; a
        # labelled one is a unit and their parent
        title, heading = self.table_title(title_block, record=False)
        numbers = _row_numbers(cells)
        filled: dict[int, list[Block]] = {}
        for b in cells:
            if b.row and b.text.strip():
                filled.setdefault(b.row, []).append(b)
        columns = len({b.col for b in cells if b.col is not None})
        plan_table = self.prior == "action" and any(_header_kind(b.header) == "action" for b in cells if b.row)
        if _schedule_table(cells) and sum(1 for u in self.units if u.kind == "action") >= SCHEDULE_AFTER:
            # « Projet | 2026 | 2027 | 2028 » with « X » cells: when the plan's actions are stated
            # before, a calendar that lists them again (often shortened) gives no second unit
            return _past_table(blocks, i)
        state_col = _state_column(cells)
        row_state = {b.row: _collapse(b.text) for b in cells
                     if state_col is not None and b.row and b.col == state_col and b.text.strip()}
        for row, fate in _marked_states(cells).items():
            row_state.setdefault(row, fate)  # « Oui | En partie | Non » ticked: the fate of the row
        # the demand each row quotes, named with the row's number as its document numbers it
        # (« Proposition 3.2 – … »), and that number: what the row's answers answer
        row_demand, row_answers = {}, {}
        for b in cells:
            if answers is not None and b.row and b.col == answers[0] and b.text.strip():
                row_demand[b.row], row_answers[b.row] = numbered_demand(b.header, numbers.get(b.row, ""),
                                                                        _collapse(b.text))
        # « (action retirée) » in a row of a plan: the row's action was dropped, it answers nothing
        row_dropped = {b.row: _dropped_state(b.text) for b in cells
                       if plan_table and b.row and b.row not in row_state and _dropped_state(b.text)}
        section = ""  # a row spanning a plan's table ("Axe 1 — Des collèges numériques") titles the rows below
        section_unit: Optional[_Unit] = None
        row_action: dict[int, _Unit] = {}
        cell_key = None
        cell_leadin_unit: Optional[_Unit] = None  # a cell's unit ending with « : » over its items
        cell_last_unit: Optional[_Unit] = None  # the last unit read in the cell
        cell_has_item = False
        totals = _total_rows(cells)
        # in a budget's orientations, the lines it marks new (« Conseiller numérique | — | 42 000 € |
        # nouveau »): what it adds this year, an action named by the line's first cell
        new_rows = _new_rows(cells) if self.budget else set()
        # in the demands of an assembly (not an authority's answer, whose refusals are its units):
        # the proposals it voted down are not its demands
        voted_down = _voted_down_rows(cells) if self.prior != "action" and answers is None else set()
        while i < len(blocks) and blocks[i].table == table and blocks[i].kind != "heading":
            block = blocks[i]
            i += 1
            if block.row == 0 or block.row in totals or block.row in voted_down:
                continue  # the header row; a totals row (« Total des actions … | 3,5 M€ »); a rejected proposal
            if answers is not None:
                if len(filled.get(block.row, ())) == 1 and block.col == 0:
                    section = _collapse(block.text)  # a row spanning the table: the theme of the rows below
                elif block.col == answers[1]:
                    self.answer_cell(block, row_state.get(block.row, ""),
                                     " > ".join(p for p in (st.path(title_block and _collapse(title_block.text)),
                                                            section, row_demand.get(block.row, "")) if p),
                                     row_answers.get(block.row, ""))
                continue  # the demand quoted, its stated fate, who, when: context, no units
            if block.row in new_rows:
                if block.col == 0 and block.text.strip():
                    self.add(_Unit(kind="action", text=_collapse(block.text), start=block.start, end=block.end,
                                   page=block.page))
                continue
            if block.col is not None and block.col == state_col:
                continue  # « Retenue en partie », « Abandonnée »: the fate of the row's units
            if self.prior == "action" and KEPT_WORDING_HEADER.match(" ".join(block.header.split())):
                continue  # « Rédaction retenue » in an annex of amendments: the plan's words quoted again
            axis_cell = (plan_table and columns >= 3 and block.col == 0 and len(filled.get(block.row, ())) > 1
                         and _header_kind(block.header) != "action" and not role_of_header(block.header)
                         and self.parse_label(block.text, codes=False)[1] == "objective")
            if axis_cell and _collapse(block.text) == section:
                continue  # the axis of the row above, spanning this row too (filled down)
            if axis_cell or (plan_table and columns >= 3 and len(filled.get(block.row, ())) == 1
                             and block.row not in numbers and block.col == 0):
                # a row spanning the table, or a first column naming the axis of its row
                # (« Axe 2 – … » printed once beside its actions): the section of the rows below
                section = _collapse(block.text)
                section_unit = None
                label, kind, rest = self.parse_label(block.text, codes=False)
                if label and kind == "objective" and rest.strip():
                    # « Axe 1 – Un numérique inclusif »: an objective, as the same title given as a heading
                    start = block.start + len(block.text) - len(rest.lstrip())
                    section_unit = self.add(_Unit(kind="objective", text=_collapse(rest), start=start, end=block.end,
                                                  page=block.page, label=label))
                    self.under_title([section_unit], title, heading)
                continue
            role, header_kind = role_of_header(block.header), _header_kind(block.header)
            if header_kind == "recommendation" and self.prior == "action" and pledged_section(st.path()):
                # « Proposition » under « Nos propositions en plus » in a list's answers: its own pledges
                header_kind = "action"
            if plan_table and header_kind != "action" and _LEADER_HEADER.search(" ".join(block.header.split()[:3])):
                continue  # « Pilote », « Service responsable », « Porteur » : who leads the row's action
            header_field = field_kind(block.header) if plan_table and block.header else None
            if plan_table and header_field == "detail" and block.row in row_action:
                # the « Description » of the row's action: its description, not a unit
                _describe(row_action[block.row], block.text)
                continue
            if (plan_table and header_field == "" and block.row in row_action
                    and COMMENT_HEADER.match(" ".join(block.header.split()))):
                # « Commentaires » beside the row's action in a progress report (« 42 classes équipées.
                # Les maternelles n'entrent pas dans le périmètre. »): its description, not a unit
                _describe(row_action[block.row], block.text)
                continue
            if plan_table and header_field == "" and header_kind == "" and not role:
                continue  # when, how much: « Échéance », « Coût » (names of a « Pilote » column stay, for reading)
            key = (block.row, block.col)
            if key != cell_key:
                cell_key, cell_leadin_unit, cell_has_item, cell_last_unit = key, None, False, None
            text = block.text
            if block.kind == "list_item" and cell_leadin_unit is not None and block.level == 0:
                # the items of the unit above (« Avoir un plan de formation qui rassemble : /
                # - les différents types de formation … ») say what it holds: its description
                _describe(cell_leadin_unit, text)
                continue
            if text.rstrip().endswith(":") and len(text.split()) <= 4:
                cell_leadin_unit = None  # "Objectifs :", "Formation :": a title, not a unit
                continue
            if self.label_alone(text):
                continue  # « Action 1.1 » in a column « Action modifiée »: it names an action, it is none
            if plan_table and _not_filled_in(text):
                continue  # « À définir » in the « Indicateur » column: not filled in yet, no unit
            # a row numbered by the table ("N°" column): the number labels its cells' units
            marker = block.marker or ""
            number = marker if block.kind == "table_cell" and _NUMBER.fullmatch(marker) else ""
            if plan_table and not number and header_kind == "action":
                number = numbers.get(block.row, "")
            before = len(self.units)
            if role in ("", "action"):
                # a cell of bulleted items ("• Créer … • Former …"): one candidate each
                items = cell_items(text) if block.kind == "table_cell" else []
                # bulleted items, or paragraphs of which two at least open with an infinitive
                # (« Organiser … » / « Améliorer … » typed one per paragraph): one candidate each
                # (or whole sentences one per paragraph, one of them at least opened by a dash)
                split = (sum(marked for _, _, marked in items) >= 2
                         or sum(1 for _, t, _ in items if self.lang.infinitive(t)) >= 2
                         or bulleted_sentences(items))
                parts = [(o, t) for o, t, marked in items] if split else [(0, text)]
                if len(items) == 1 and items[0][2]:
                    parts = [items[0][:2]]  # « - Recruter deux médiateurs … » alone: the item, not its dash
                if not split and block.kind == "table_cell":
                    parts = self.infinitive_sentences(text) or parts
                if (len(parts) >= 2 and parts[0][1].rstrip().endswith(":")
                        and all(t.split()[0].lower() in _PREPOSITIONS for _, t in parts[1:] if t.split())):
                    # « Organiser la collecte … : / • en partenariat avec … ; / • au bénéfice de … »:
                    # the items complete the sentence that introduces them, one unit
                    parts = [(parts[0][0], " ".join(t for _, t in parts))]
                first = text.split()[0].lower() if text.split() else ""
                if not split and cell_last_unit is not None and first in _PREPOSITIONS:
                    # a paragraph completing the cell's unit above (« Outil rassembleur … » /
                    # « Avec une certification des compétences acquises »): its description
                    _describe(cell_last_unit, text)
                    continue
                for offset, part in parts:
                    self.candidate(block, part, block.start + offset,
                                   header_kind if role or header_kind == "indicator" else "",
                                   label=number, role="action" if role else "", first_in_cell=not cell_has_item)
                if text.rstrip().endswith(":"):
                    cell_leadin_unit = (self.units[-1] if self.units and self.units[-1].start == block.start
                                        else None)
            elif ((len(text.split()) < 4 or _leader_names(block.header, text)) and not text.rstrip().endswith("?")
                  and not self.lang.infinitive(text)):
                pass  # a name ("Agglomération", "Région, SNCF"): who, not what
            else:
                kind = "question" if text.rstrip().endswith("?") else self.default_kind()
                self.add(_Unit(kind=kind, text=_collapse(text), start=block.start, end=block.end,
                               page=block.page, role=role))
            cell_has_item = True
            if len(self.units) > before:
                cell_last_unit = self.units[-1]
            if block.row in numbers:
                for unit in self.units[before:]:
                    unit.summary = (table, numbers[block.row])
            self.under_title(self.units[before:], title, heading)
            if section:
                for unit in self.units[before:]:
                    unit.heading = " > ".join(p for p in (unit.heading if unit.heading is not None else st.path(),
                                                          section) if p)
                    if section_unit is not None:
                        unit.parent = str(section_unit.key)
            if plan_table and header_kind == "action" and len(self.units) == before + 1:
                row_action[block.row] = self.units[before]
            for unit in self.units[before:]:
                if unit.kind == "action" and block.row in row_state:
                    unit.state = row_state[block.row]
                elif unit.kind == "action" and block.row in row_dropped:
                    unit.state = row_dropped[block.row]
                if self.report and block.row in row_state and (header_kind == "action" or block.col == 0):
                    # the row's name (« Projet »), not who carries it (see _Resolution._rows_told)
                    unit.row_state = row_state[block.row]
        return i

    def background_figures(self, cells: Sequence[Block]) -> bool:
        """Whether a table of a plan (not a report) is the key figures of its diagnosis: under a
        section titled so (« Diagnostic … », « État des lieux », « Chiffres clés », see
        _DIAGNOSIS_SECTION, _KEY_FIGURES_SECTION), its columns naming indicators and values only
        (« Indicateur | Valeur », no action column): the figures describe the territory today,
        they are not what the plan will measure."""
        if self.prior != "action" or self.report:
            return False
        if not (self.in_section(_DIAGNOSIS_SECTION) or self.in_section(_KEY_FIGURES_SECTION)):
            return False
        kinds = {_header_kind(b.header) for b in cells if b.row and b.header}
        return "indicator" in kinds and "action" not in kinds and "recommendation" not in kinds

    def label_alone(self, text: str) -> bool:
        """Whether a table cell holds a numbered label and nothing else (« Action 1.1 »,
        « Recommandation n° 3 »): the row refers to that unit, the cell is no unit itself."""
        label, kind, rest = self.parse_label(text, codes=False)
        return bool(label) and bool(kind) and any(c.isdigit() for c in label) and not rest.strip(" .:–—-")

    def infinitive_sentences(self, text: str) -> list[tuple[int, str]]:
        """The sentences of a cell written as one paragraph of proposals, each opening with an
        infinitive (« Équiper chaque classe … . Ouvrir un atelier … . Former les parents … . »): one
        candidate each, as bulleted items; [] when there are fewer than two or one opens otherwise."""
        sentences = _sentences(text)
        if len(sentences) < 2 or not all(self.lang.infinitive(sentence) for _, sentence in sentences):
            return []
        return sentences

    def cited_action(self, block: Block) -> Optional[_Unit]:
        """The action a paragraph opens by naming (« Précisions sur l'action 4.2 : … », « Pour
        l'action 4.2, … » after a plan's table): the last one of the document so labelled
        (« 4.2 », « Action 4.2 »); None when it names none, or none of that label is known."""
        m = _CITED_ACTION.match(block.text)
        if not m:
            return None
        number = m.group(1)
        return next((u for u in reversed(self.units) if u.kind == "action"
                     and re.sub(r"^(?:action|mesure|fiche(?:[\s-]action)?)\s+(?:n[°º]\s*)?", "", u.label,
                                flags=re.I) == number), None)

    def answer_cell(self, block: Block, state: str, heading: str, answers: str = "") -> None:
        """The authority's answer to one demand in an answer table: one unit per bulleted item
        of the cell, or per paragraph when each is a sentence of its own (see
        :func:`_answer_paragraphs`: each then with its own fate), else the cell; an action, or a
        decision when it turns the demand down (stated in the row's fate column or in its first
        sentence, then « non retenue »); « Sans objet. » is none; its heading ends with the
        demand it answers, ``answers`` is that demand's number (see :func:`numbered_demand`)."""
        text = block.text
        # (without a column of fates, the cell may open with it: « Non : … », « En partie : … »; a
        # column saying the line is dealt with, « En cours », gives way to the cell's narrower
        # opening fate, « Réalisé en partie : … »)
        opening = opening_fate(text)
        if state and opening and status_cap(opening) != STATUS_ADDRESSED and status_cap(state) == STATUS_ADDRESSED:
            state = opening
        stated = state = state or opening
        if not state:
            state = self.stated_fate(text)
        items = cell_items(text) if block.kind == "table_cell" else []
        paragraphs = {o for o, _, _ in items}
        if _answer_paragraphs(_cell_sentences(items)):
            items = self.told_sentences(_cell_sentences(items), paragraphs)
        own = _answer_paragraphs(items)  # paragraphs answering each a part of the line
        fates = _paragraph_fates([(o, self.stated_fate(t) or ("non retenue" if o not in paragraphs
                                                               and _LEFT_OUT_PART.search(t) else ""))
                                  for o, t, _ in items]) if own else {}
        parts = [(o, t) for o, t, marked in items] if own or sum(marked for _, _, marked in items) >= 2 else [(0, text)]
        last: Optional[_Unit] = None
        for offset, part in parts:
            part = _collapse(part)
            if not re.search(r"[^\W\d_]{2}", part) or (part.endswith(":") and len(part.split()) <= 4):
                continue
            if _NO_ANSWER.match(part) or _ACKNOWLEDGED.match(part):
                continue  # « Sans objet. », « … prend acte de cet avis. »: the line called for no answer
            if own and not stated:
                state = fates[offset]
            elif own and status_cap(stated) == STATUS_PARTIAL:
                # a row kept in part: its sentence turning a part down is that part's refusal
                state = fates[offset] if status_cap(fates[offset]) == STATUS_NOT else stated
            kind = "decision" if status_cap(state) == STATUS_NOT else "action"
            start = block.start + offset
            self.add(_Unit(kind=kind, text=part, start=start, end=self._end(block, start, part), page=block.page,
                           heading=heading, state=state, answers=answers))

    def told_sentences(self, sentences: Sequence[tuple[int, str, bool]],
                       paragraphs: set[int]) -> list[tuple[int, str, bool]]:
        """The sentences of an answer cell (see :func:`_cell_sentences`) that are answers of their
        own: each opening a paragraph, and each further one that commits (see :meth:`committed`),
        turns something down (see _REFUSAL) or leaves a part out (see _LEFT_OUT_PART); another
        (« Le clocher, classé, ne peut pas porter d'antenne. ») explains the one before it and
        joins it, as one text."""
        out: list[tuple[int, str, bool]] = []
        for offset, sentence, marked in sentences:
            if out and offset not in paragraphs and not (self.committed(sentence) is not None or _REFUSAL.search(sentence)
                                                         or _LEFT_OUT_PART.search(sentence)):
                o, told, m = out[-1]
                out[-1] = (o, f"{told} {sentence}", m)
                continue
            out.append((offset, sentence, marked))
        return out

    def table_title(self, block: Optional[Block], record: bool) -> tuple[Optional[_Unit], Optional[str]]:
        """(unit, heading path) of a table's title row: a labelled title ("Fiche action n° 3 –
        Mettre en place…") is a unit of its label's kind, its text without the label; the title
        of a record (a field table) is one even without a label (the record's action). The
        title joins the heading path of the table's units."""
        if block is None:
            return None, None
        st = self.state
        text = _collapse(block.text)
        heading = st.path(text)
        label, kind, rest = self.parse_label(block.text, codes=False)
        if label and rest.strip():
            start = block.start + len(block.text) - len(rest.lstrip())
            return self.add(_Unit(kind=kind, text=_collapse(rest), start=start, end=block.end, page=block.page,
                                  label=label)), heading
        if record and not label:
            return self.add(_Unit(kind=self.item_kind("action"), text=text, start=block.start, end=block.end,
                                  page=block.page)), heading
        return None, heading

    @staticmethod
    def under_title(units: Sequence[_Unit], title: Optional[_Unit], heading: Optional[str]) -> None:
        """Units of a titled table: under its title in the heading path, its title unit
        (when it is one) their parent."""
        for unit in units:
            if unit is title:
                continue
            if heading is not None:
                unit.heading = heading
            if title is not None:
                unit.parent = str(title.key)

    def on_record_table(self, blocks: Sequence[Block], i: int, title_block: Optional[Block],
                        fields: dict[int, str]) -> int:
        """A field table ("fiche action"): the title row is the record's unit; each field's
        value gives units of the kind its field name says (see :func:`field_kind`); unknown
        fields and who / when / how much / why fields give none."""
        table = blocks[i].table
        title, heading = self.table_title(title_block, record=True)
        st = self.state
        # « Fiche action n° 2.3 » alone above its field table: the label of the record's unit
        waiting = ""
        if st.pending is not None and st.pending[2].kind == "heading":
            waiting, st.pending = st.pending[0], None
        if title is not None and waiting and not title.label:
            title.label = waiting
        if title is None and title_block is None and st.last_action is not None:
            title = st.last_action  # the fields of the labelled action just above
        elif (title is None and title_block is None and st.parent is not None and st.parent_heading
                and st.parent.kind in ("action", "recommendation")):
            # « Projet P2.3 – Archivage électronique » as a heading over its fields
            # (« Objectif | … », « Description | … »): the heading's unit is the record's
            title = st.parent
        while i < len(blocks) and blocks[i].table == table and blocks[i].kind != "heading":
            block = blocks[i]
            i += 1
            kind = fields.get(block.row)
            if kind == "?" and block.col and block is not title_block:
                self.axis_field(block)  # « Axe | Axe 2 – Des services de confiance »
            if not block.col and not waiting and title is None and block is not title_block:
                waiting = self.record_label(block.text)  # « Fiche action n° 3 | Réf. … » over « Intitulé »
            if (not block.col or kind in (None, "", "?") or block is title_block
                    or (kind == "title" and title is not None)):
                continue  # a field name, a field giving no unit, the title given twice
            dropped = _dropped_state(block.text) if title is not None else ""
            if dropped:
                # « Objectifs | Action abandonnée », « Description | Action abandonnée : au vu de son
                # coût, … »: the record's action is dropped, its fate; the word alone gives no unit
                title.state = title.state or dropped
                if _ROW_DROPPED.match(" ".join(block.text.split())).group("a"):
                    continue
            before = len(self.units)
            self.field_value(block, kind, explained=title is not None)
            self.under_title(self.units[before:], title, heading)
            if kind == "detail" and title is not None and len(self.units) == before:
                # "Description : Déploiement d'une solution de commande en ligne…": the prose that
                # describes the record's action is its description
                _describe(title, block.text)
            if kind == "title" and title is None and len(self.units) > before:
                title = self.units[before]  # "Intitulé : Créer un guichet…" names the record
                title.label = title.label or waiting
        return i

    def record_label(self, name: str) -> str:
        """The label a record gives itself in the place of a field name (« Fiche action n° 3 »
        beside its reference, above « Intitulé »): a label of an action and nothing else; ""
        otherwise (« Pilote », « Axe 2 – Inclure »)."""
        label, kind, rest = self.parse_label(_collapse(name), codes=False)
        return label if label and kind == "action" and not rest.strip(" :–—-") else ""

    def axis_field(self, block: Block) -> None:
        """The value of a record's field that is a labelled objective and nothing else (« Axe |
        Axe 2 – Des services publics de confiance »): the axis the record belongs to, an objective
        unit the first time the document names it (the records under it repeat it)."""
        label, kind, rest = self.parse_label(_collapse(block.text), codes=False)
        rest = _collapse(rest)
        if kind != "objective" or not rest or "\n" in block.text.strip():
            return
        if any(u.kind == "objective" and u.label == label and u.text == rest for u in self.units):
            return
        start = block.start + len(block.text) - len(block.text.lstrip()) + len(_collapse(block.text)) - len(rest)
        self.add(_Unit(kind="objective", text=rest, start=start, end=block.end, page=block.page, label=label))

    def pledged_sentences(self, text: str) -> list[tuple[int, str]]:
        """(offset, sentence) of a record's description paragraph when it lists what the
        authority will do: at least two sentences, each in the future (see
        Language.commitment, any subject: « Le portail sera mis en ligne en 2027. Les premiers
        jeux de données porteront sur … ») or turning a thing down (« … ne les subventionnera
        pas »); [] for prose that describes the record's action."""
        said = [(o, s.strip()) for o, s in _sentences(text) if s.strip()]
        if len(said) < 2 or not all(s.endswith((".", "!")) for _, s in said):
            return []
        self.lang.prepare([s for _, s in said])
        if not all(self.lang.commitment(s.rstrip(".")) or turned_down(s) for _, s in said):
            return []
        return [(o + len(s) - len(s.lstrip()), s) for o, s in said]

    def field_value(self, block: Block, kind: str, explained: bool) -> None:
        """Units of a field's value cell. Objectives and indicators: one per item (paragraph,
        bullet, "a ; b" part for indicators). Actions ("Actions", "Description de
        l'action"): bulleted items, items after a lead-in ending with ":", and paragraphs that
        all start with an infinitive are actions; a single paragraph is one when it starts with
        an infinitive, unless it describes the record's titled action ("Description…")."""
        items = cell_items(block.text)
        if block.kind == "list_item":
            items = [(offset, text, True) for offset, text, _ in items]
        if kind == "title":
            text = _collapse(block.text)
            self.add(_Unit(kind=self.item_kind("action"), text=text, start=block.start, end=block.end,
                           page=block.page))
            return
        if kind == "detail" and len(items) == 1 and not items[0][2]:
            # « Description | Le portail sera ouvert en 2027. Les données porteront sur … »: one
            # action a sentence when every sentence pledges (see pledged_sentences)
            offset, text, _ = items[0]
            pledged = self.pledged_sentences(text)
            if pledged:
                items = [(offset + o, sentence, True) for o, sentence in pledged]
        self.lang.prepare([text for _, text, _ in items])
        plain = [text for _, text, marked in items if not marked and not text.endswith(":")]
        listing = len(plain) >= 2 and all(self.lang.infinitive(text) for text in plain)
        after_leadin = False
        for n, (offset, text, marked) in enumerate(items):
            start = block.start + offset
            if text.endswith(":") and not marked:
                after_leadin = True  # "… se décline en trois volets :": its items follow
                continue
            if kind in ("objective", "indicator"):
                parts = semicolon_items(start, text)
                if kind == "objective" and (len(parts) < 2 or not all(self.lang.infinitive(p) for _, p in parts)):
                    parts = [(start, text)]
                for s, part in parts:
                    part = part.rstrip(" ;,")
                    if re.search(r"[^\W\d_]{2}", part):
                        self.add(_Unit(kind=kind, text=_collapse(part), start=s, end=s + len(part),
                                       page=block.page))
                continue
            parts = semicolon_items(start, text)
            if len(parts) < 2 or not all(self.lang.infinitive(p) for _, p in parts):
                parts = [(start, text)]
            if marked or after_leadin or listing or len(parts) >= 2:
                for k, (s, part) in enumerate(parts):
                    if self.prior == "action" and _sentence_item(part) and turned_down(part):
                        # « • Un budget participatif n'est pas prévu. »: the plan turns it down
                        self.add(_Unit(kind="decision", text=_collapse(part), start=s, end=s + len(part),
                                       page=block.page, state="non retenue"))
                        continue
                    self.candidate(block, part.rstrip(" ;,"), s, "action", first_in_cell=n == 0 and k == 0)
            elif (kind == "action" or not explained) and self.lang.infinitive(text):
                self.candidate(block, text, start, "action")
