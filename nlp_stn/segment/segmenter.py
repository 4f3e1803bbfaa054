"""The segmenter (_Segmenter, composed of its mixins) and the entry points segment,
segment_many and write_segments.
"""
from __future__ import annotations

import csv
import json
import re
from dataclasses import asdict, replace
from pathlib import Path
from typing import Callable, Iterable, Optional, Sequence

from ..errors import InputError
from ..model import Block, Document, ProgressFn, SEGMENT_COLUMNS, STATUS_NOT, Segment, no_progress, segment_id
from ..settings import Settings
from ..status import status_cap
from .vocabulary import (_REFERENCES_SECTION, THIRD_PARTY, UNDER_STUDY, _ASKS_THIRD_PARTY, _DECIDES, _STUDIED_ARTICLE, _STUDY_ONLY, _REMARK, _REMARK_ASKS,
                         _REPEATS_ABOVE, _TICKET_REFERENCE, _TALLY_THEN_TEXT, _VOTE_TALLY, _WITHDRAWN, _FRAMED_QUOTE)
from .units import _State, _Unit
from .language import tells_future, _IDEAS_TITLE, _IDEAS_WORDS, _Language, _collapse, _sentences, _suggests
from .tables import MAX_DETAIL, _describe
from .priors import (TOP_BLOCKS, section_title, _answers, _budget_orientations, _code_series, _goes_on_item, _reports, _results,
                     _speech, _titled_report, document_prior)
from .headings import _Headings
from .lists import _Lists
from .paragraphs import (DIALOGUE_DASH, _Paragraphs, _article_paragraphs, _headed_paragraphs, _headed_titles, _ordinal_series,
                         rule_book)
from .table_units import _TableUnits
from .resolve import _Resolution, _section_name


# How a reply to a proposal adds to it: « Et », « Et aussi », « Oui, et », « D'accord, et puis », « +1 et »
_ADDS_TO = re.compile(r"^(?:(?:oui|d['’]accord|tout à fait|bonne idée|très bonne idée|excellente idée|\+\s?1)\s*[,!.…]*\s+)?"
                      r"(?:et|puis)\s+(?:puis\s+)?(?:aussi\s+|surtout\s+|également\s+|enfin\s+)?", re.I)

# What follows « Et » in a reply naming one more place or thing for the same ask, without a verb
# (« Et la salle des fêtes aussi ! », « et pour l'école également »): the proposal asked again
_ALSO_FOR = re.compile(r"^(?:pour\s+|à\s+|au\s+|aux\s+|dans\s+)?(?:le|la|les|l['’]|un|une|des|du|au|aux|ce|cette|ces|mon|ma|mes|notre|nos)"
                       r"(?:\s+|(?<=['’]))[^.!?;:,\n]{2,60}?\s+(?:aussi|également|de même|pareil)\s*[!.…]*$", re.I)


def _also_for(rest: str) -> bool:
    """Whether what follows « Et » in a reply asks the same for one more thing (see _ALSO_FOR).

    >>> _also_for("la salle des fêtes aussi !"), _also_for("pour l'école également")
    (True, True)
    >>> _also_for("la salle des fêtes est trop petite"), _also_for("aussi")
    (False, False)
    """
    return bool(_ALSO_FOR.match(rest.strip()))


class _Segmenter(_Headings, _Lists, _Paragraphs, _TableUnits, _Resolution):
    def __init__(self, doc: Document, settings: Settings):
        self.doc = doc
        self.settings = settings
        self.prior = document_prior(doc)
        # the notes of a workshop: its title says so, or its opening speaks of post-its
        first_heading = next((b.text for b in doc.blocks[:TOP_BLOCKS] if b.kind == "heading"), "")
        self.ideas = self.prior == "recommendation" and bool(
            _IDEAS_TITLE.search(f"{doc.title} {first_heading}") or _IDEAS_WORDS.search(
                " ".join(b.text for b in doc.blocks[:TOP_BLOCKS] if b.kind in ("heading", "paragraph"))))
        self.units: list[_Unit] = []
        self.lang = _Language(settings)
        self.state = _State()
        self.lists = 0  # lists seen so far (numbers the series of sibling items)
        # a deliberation ("… après en avoir délibéré, DÉCIDE :"): its "Article 1 :" are decisions;
        # elsewhere an "Article 3 :" cites a law
        self.deliberation = any(_DECIDES.search(b.text) for b in doc.blocks if len(b.text) < 600)
        # a book of numbered rules (« Règle n° 7 – … »): the authority's present is what it does
        self.rules = rule_book(doc.blocks)
        # the short codes of the document's own series ("A1 – …" to "A19 – …"): labels when they
        # open a heading, a paragraph or a list item
        self.codes = _code_series(doc)
        self.block_at = {b.start: i for i, b in enumerate(doc.blocks)}  # a block's start -> its index
        # the paragraphs of a page of headed engagements (see headed_engagement)
        self.headed = _headed_paragraphs(doc.blocks)
        self.headed_titles = _headed_titles(doc.blocks, self.headed)
        # the paragraphs of the articles of a charter or an agreement (see committed)
        self.articles = frozenset() if self.deliberation else _article_paragraphs(doc.blocks)
        # the paragraphs of a series of demands counted in prose (« Premièrement, … », see _ordinal_series)
        self.ordinals = _ordinal_series(doc.blocks) if self.prior != "action" else frozenset()
        # the texts of a consultation's records so far -> (their unit, its own label)
        self.records: dict[str, tuple[_Unit, str]] = {}
        # an authority's answer to the letters it received (« Objet : Réponse à vos courriers »):
        # whatever it says it will do is a commitment
        self.answer = self.prior == "action" and _answers(doc)
        # the speech of an authority's head presenting its plan (« Seul le prononcé fait foi »):
        # what he says will be done is a commitment, whoever its subject (see _Paragraphs.committed)
        self.speech = self.prior == "action" and _speech(doc)
        # an authority's budget orientations (« Rapport d'orientation budgétaire 2027 »): what it
        # says will be done is what it means to fund, whoever the subject (see _Paragraphs.committed)
        self.budget = self.prior == "action" and _budget_orientations(doc)
        # an authority's report of what it did and will do (« Rapport d'activité 2024 », sections
        # « Réalisations » and « Perspectives »): its deeds in the past are done actions
        self.report = self.prior == "action" and _reports(doc)
        # a report of the year by its title (« Rapport d'activité 2025 »): every section but its
        # editorial and its outlook tells deeds, whatever their subject (see _DONE_ANY)
        self.yearly_report = self.report and _titled_report(doc)
        # the projects an authority retained after a vote (« Budget participatif 2026 : les 15
        # projets retenus »): its numbered headings are projects (see on_heading)
        self.results = self.prior == "action" and _results(doc)
        self.record_axis: tuple[str, Optional[_Unit]] = ("", None)  # a plan's current axis and its unit
        # a plan's rows by id, and the rows waiting for their project's row (« parent/id » naming
        # a row further down): id -> units
        self.record_ids: dict[str, _Unit] = {}
        self.record_orphans: dict[str, list[_Unit]] = {}
        # a forum thread (its posts marked by the reader, see new_turn)
        self.titled_at = -1  # the start of a title read with the kicker over it (see kicker_title)
        self.thread = any((b.fields or {}).get("post") for b in doc.blocks if b.kind != "record")
        # the section where a project owner's answer or a commissaire's opinion goes on, in a
        # record of observations (see _Paragraphs.record_voice); "" when none
        self.voice = ""

    # --- helpers
    def add(self, unit: _Unit) -> _Unit:
        unit.key = len(self.units) + 1
        st = self.state
        if st.leadin_label and st.leadin_active and not unit.label[:1].isalpha():
            unit.label = st.leadin_label
        if st.asked and not unit.label:
            unit.label = st.asked
        if st.answering[0] or st.answering[1]:
            unit.label = unit.label or st.answering[0]
            unit.answers = unit.answers or st.answering[1]
        if st.opinion and not unit.state and (
                unit.kind == "decision" or (unit.kind == "action" and status_cap(st.opinion) != STATUS_NOT)):
            # the authority's stated opinion on the demand the section answers (« Avis : Favorable
            # avec réserves »); a measure offered after a refusal (« Avis : Défavorable … Nous
            # aiderons en revanche … ») is no refusal itself
            unit.state = st.opinion
        if unit.kind in ("action", "decision") and self.prior == "action" and not unit.answers:
            # « Connexion avec FranceConnect (#12). » in an authority's roadmap: the ticket it answers
            unit.answers = " ".join(dict.fromkeys(_TICKET_REFERENCE.findall(unit.text)))
        if unit.heading is None:
            unit.heading = self.state.path()
        if not unit.parent and self.state.parent is not None and self.state.parent is not unit:
            unit.parent = str(self.state.parent.key)
        self.units.append(unit)
        return unit

    def default_kind(self) -> str:
        if self.state.parent is not None and self.state.parent.kind in ("recommendation", "action"):
            return self.state.parent.kind
        return self.prior or "recommendation"

    def item_kind(self, hint: Optional[str]) -> str:
        if hint in ("recommendation", "action"):
            if self.prior == "recommendation":
                return "recommendation"
            return hint
        return hint or self.default_kind()

    # --- main loop
    def run(self) -> list[_Unit]:
        blocks = self.doc.blocks
        # one spaCy batch for the starts of all blocks (most infinitive tests look at them)
        self.lang.prepare(b.text for b in blocks if b.kind in ("paragraph", "list_item", "table_cell"))
        i = 0
        sections: set = set()  # the names of the headings read so far (see _section_name)
        section_units = 0  # the units read before the current section's heading
        while i < len(blocks):
            block = blocks[i]
            if block.kind == "heading":
                sections.add(_section_name(block.text))
                section_units = len(self.units)
            elif _running_header(block, blocks[i - 1] if i else None, sections):
                i += 1
                continue
            elif any(_REFERENCES_SECTION.match(section_title(t)) for _, t in self.state.headings):
                i += 1  # a line of the works cited (see _REFERENCES_SECTION), no unit
                continue
            remark = _REMARK.match(block.text) if block.kind in ("paragraph", "list_item") else None
            if remark:
                # « [Yves] pas urgent »: a participant's remark, a unit only when it asks
                # for something (the list around it goes on when it is none); her name is not its text
                rest = block.text[remark.end():]
                if not self.asks(rest):
                    i += 1
                    continue
                block = replace(block, text=rest, start=block.start + remark.end())
            if block.kind != "list_item" and not _goes_on_item(block):
                self.state.items = []
                self.state.leadin_label = ""
            if block.kind == "paragraph" and _FRAMED_QUOTE.match(block.text):
                i += 1  # « Paroles de participants « … » »: a framed quote of participants, no demand
                continue
            tally = _TALLY_THEN_TEXT.match(block.text) if block.kind == "paragraph" else None
            if tally:
                # « Adoptée à 64 % – … – Abstention 3 Installer un … »: the vote, then the text voted
                block = replace(block, text=block.text[tally.end():], start=block.start + tally.end())
            if block.kind in ("paragraph", "list_item") and _VOTE_TALLY.match(block.text):
                i += 1  # « Adoptée à 87 % (pour : 30 ; contre : 4) »: how the vote went, no unit
                continue
            if self.prior == "recommendation" and block.kind == "paragraph" and _WITHDRAWN.search(block.text):
                # « Le rapporteur retire le vœu. Il n'est pas soumis au vote. »: the demands of its
                # section were withdrawn before the vote, the assembly asks none of them
                self.units[section_units:] = [u for u in self.units[section_units:] if u.kind != "recommendation"]
                i += 1
                continue
            if block.kind == "list_item" and self.state.items and _REPEATS_ABOVE.search(block.text):
                i += 1  # « … (doublon, déjà noté) »: typed again, the item above is its unit
                continue
            if block.kind != "record" and (block.fields or {}).get("post"):
                self.new_turn()
            if block.kind == "heading":
                self.on_heading(block, blocks[i + 1] if i + 1 < len(blocks) else None)
            elif self.state.others:
                pass  # the groups' texts in a bulletin (see on_heading)
            elif block.kind == "record":
                self.on_record(block)
            elif block.table is not None:
                before, action = len(self.units), self.state.last_action
                i = self.on_table(blocks, i)
                if action is not None and any(u.parent != str(action.key) for u in self.units[before:]):
                    self.state.last_action = None  # a table of other units
                continue
            elif block.kind == "list_item":
                joined = self.completed_item(blocks, i)
                if joined is not None:
                    block, i = joined
                    self.on_list_item(block)
                    continue
                self.on_list_item(block)
            elif block.kind == "paragraph" and _leader_entry(block.text):
                pass  # « Axe 2 – Infrastructures (fiches 5 à 7) .......... 7 »: a line of a typed contents
            elif block.kind == "paragraph" and i > 0 and self.figure_label(blocks[i - 1], block):
                pass  # « 1 230 » over « personnes accompagnées » in a report's key figures
            elif self.prior == "action" and _interview_question(block, blocks[i + 1] if i + 1 < len(blocks) else None):
                pass  # the interviewer's question, answered by the authority's « — » below it
            elif self.prior == "action" and _quoted_question(block, blocks[i + 1] if i + 1 < len(blocks) else None):
                pass  # « « Un radar rue du Moulin ? » » over « Oui. Un radar sera installé … »: the public's question restated
            else:
                before = len(self.units)
                cited = self.cited_action(block) if block.kind == "paragraph" else None
                described = [len(u.detail) for u in (self.state.parent, self.state.last_action) if u is not None]
                self.on_paragraph(block, blocks[i + 1] if i + 1 < len(blocks) else None)
                if len(self.units) > before:
                    self.labelled_action(self.units[before:])
                elif cited is not None and described == [
                        len(u.detail) for u in (self.state.parent, self.state.last_action) if u is not None]:
                    # « Pour l'action 4.2, les travaux commenceront par … » after the plan's table:
                    # no unit itself, it explains the action it names (not one described already)
                    _describe(cited, block.text)
                if block.fields and block.fields.get("parent") and len(self.units) == before:
                    self.adds_to(block)
                if block.fields and block.fields.get("id"):
                    # a survey's remark beside its row (« Commentaire libre »): its units are
                    # traced to the row, « réponse 5 »
                    for unit in self.units[before:]:
                        unit.label = unit.label or str(block.fields["id"])
                if block.fields and block.fields.get("parent"):
                    # a question in a comment on a proposal (« Qui paiera les travaux ? », « Ça
                    # existe déjà, non ? ») is a reply to the other participants, put to no authority
                    self.units[before:] = [u for u in self.units[before:] if u.kind != "question"]
                    # an argument or a comment on a proposal (see nlp_stn.extract.tables): its
                    # units sit under the proposal, in its category
                    proposal = self.proposal(str(block.fields["parent"]))
                    for unit in self.units[before:]:
                        unit.heading = str(block.fields.get("category") or "")
                        unit.parent = str(proposal.key) if proposal is not None else unit.parent
            i += 1
        self.resolve()
        return self.units

    def adds_to(self, block: Block) -> None:
        """An argument or a comment on a proposal that adds to it in a few words, « et » and an
        infinitive (« Oui, et prévoir des bancs. », « Et aussi planter des arbres ») or the same ask
        for one more thing (« Et la salle des fêtes aussi ! »): its first sentence is one more
        demand; one that only agrees or objects asks nothing."""
        more = _ADDS_TO.match(block.text)
        if more and (self.lang.infinitive(block.text[more.end():]) or _also_for(block.text[more.end():])):
            first = _sentences(block.text)[0][1].rstrip()
            self.add(_Unit(kind="recommendation", text=_collapse(first), start=block.start,
                           end=block.start + len(first), page=block.page))

    def proposal(self, key: str) -> Optional[_Unit]:
        """The unit of the proposal whose id is ``key`` (the latest one so labelled, a copy sent
        again counted in its label: « 12 – envoyée 2 fois à l'identique », « 12 – envoyée 2 fois »)."""
        return next((u for u in reversed(self.units) if u.label == key or u.label.startswith(key + " – ")), None)

    def asks(self, text: str) -> bool:
        """Whether a participant's remark asks for something: opened by an infinitive or a
        wish « que … », a demand word (« il faudrait », « propose »), a suggestion or a question;
        « pas urgent », « rappel : … » only judge or remind."""
        return bool(self.lang.infinitive(text) or _REMARK_ASKS.search(text) or _suggests(text)
                    or text.rstrip().endswith("?"))

    def finite_verb(self, text: str) -> bool:
        """Whether spaCy finds a conjugated verb in ``text``."""
        return any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in self.lang.tagged(text))

    def new_turn(self) -> None:
        """A forum post opens (a new turn of the conversation, see
        :func:`nlp_stn.extract.html.find_threads`): what the previous one announced (« Trois
        pistes : » over its paragraphs), its list and a label waiting for its text end there."""
        st = self.state
        st.leadin, st.leadin_active, st.leadin_paragraphs, st.leadin_label = "", False, False, ""
        st.leadin_refused = False
        st.items, st.pending, st.body, st.last_action = [], None, None, None


def _interview_question(block: Block, after: Optional[Block]) -> bool:
    """A paragraph ending with a question right above a reply opened by a dialogue dash (« Les
    jeunes réclament un lieu. Le port va-t-il en accueillir un ? » over « — C'est à l'étude … »):
    in an interview of the authority, the interviewer's question, not a unit.

    >>> para = lambda t, m="": Block(kind="list_item" if m else "paragraph", text=t, start=0, end=len(t), marker=m)
    >>> _interview_question(para("Et les bancs ?"), para("Ils seront posés en mai.", "—"))
    True
    >>> _interview_question(para("Et les bancs ?"), para("Ils seront posés en mai."))
    False
    """
    return (block.kind == "paragraph" and block.text.rstrip().endswith("?") and after is not None
            and after.kind == "list_item" and after.marker == DIALOGUE_DASH)


_QUOTED_QUESTION = re.compile(r"^\s*[«\"“]\s*[^«»\"“”]{3,200}\?\s*[»\"”]\s*$")


def _quoted_question(block: Block, after: Optional[Block]) -> bool:
    """A paragraph that is only a question in quotation marks right above a paragraph that is no
    question (« « Des bancs au parc ? » » over « Oui. Six bancs seront posés … »): in an authority's
    answer, a box of the public's questions answered one by one, the question restated, not a unit.

    >>> para = lambda t: Block(kind="paragraph", text=t, start=0, end=len(t))
    >>> _quoted_question(para("« Des bancs au parc ? »"), para("Oui. Six bancs seront posés en mai."))
    True
    >>> _quoted_question(para("« Des bancs au parc ? »"), para("« Et un abri ? »")), _quoted_question(para("Des bancs au parc ?"), para("Oui."))
    (False, False)
    """
    return (block.kind == "paragraph" and bool(_QUOTED_QUESTION.match(block.text)) and after is not None
            and after.kind == "paragraph" and not after.text.rstrip().rstrip("»\"” ").endswith("?"))


def _running_header(block: Block, before: Optional[Block], sections: set) -> bool:
    """A paragraph opening a page of a PDF (the block before it is on another page) that repeats
    the name of a section already opened by a heading (« Couverture et réseaux » at the top of each
    page of the chapter « a Couverture et réseaux »): the page's running header, not a unit."""
    return (block.kind == "paragraph" and block.page is not None and before is not None
            and before.page is not None and before.page != block.page and len(block.text.split()) >= 2
            and _section_name(block.text) in sections)


# A line of a typed table of contents: a title, dot leaders (four dots at least, maybe spaced, or
# ellipses) and a page number closing the line (« Axe 2 – Infrastructures .......... 7 »)
_LEADER_ENTRY = re.compile(r"[^\W\d_].*?(?:\.\s?){4,}\s*\d{1,3}\s*$|[^\W\d_].*?…{2,}\s*\d{1,3}\s*$")
LEADER_ENTRY_WORDS = 25


def _leader_entry(text: str) -> bool:
    """Whether ``text`` is one line of a typed table of contents (see _LEADER_ENTRY), no unit.

    >>> _leader_entry("Axe 2 – Des écoles ouvertes (fiches 5 à 7) .......... 7")
    True
    >>> _leader_entry("Le budget passe de 12 à 14 M€ en 2027.")
    False
    """
    return "\n" not in text.strip() and len(text.split()) <= LEADER_ENTRY_WORDS and bool(_LEADER_ENTRY.search(text))


def _studies_only(text: str, detail: list, finding: Callable[[str], bool] = lambda sentence: False) -> bool:
    """An action that only commits to study whether to act (see _STUDY_ONLY): its own sentence,
    or, for a title without a finite verb given with its description (« Mutualiser la donnée
    publique » / « La Région étudiera l'opportunité d'une plateforme … »), the description's first
    sentence, the findings opening it passed over (``finding``: « Le réseau est achevé depuis
    2025, mais … . Une étude sera menée en 2027 … »)."""
    if _STUDY_ONLY.match(text):
        return True
    if not detail or re.search(r"[.;!?]", text.rstrip(".")) or len(text.split()) > 15:
        return False
    sentences = [sentence for _, sentence in _sentences(" ".join(detail))]
    told = next((sentence for sentence in sentences if not finding(sentence)), "")
    return bool(told) and bool(_STUDY_ONLY.match(told))


def segment(doc: Document, settings: Settings = Settings()) -> list[Segment]:
    """Units of one document, in reading order."""
    segmenter = _Segmenter(doc, settings)
    units = segmenter.run()

    def finding(sentence: str) -> bool:
        """A sentence telling what is (a conjugated verb, none in the future), not what will be done."""
        return not tells_future(sentence) and segmenter.finite_verb(sentence)

    named: list[tuple[str, str]] = []  # (id, text) of each unit
    seen: dict[str, int] = {}
    for unit in units:
        text = unit.text if "\n" in unit.text else _collapse(unit.text)
        uid = segment_id(doc.id, text)
        if uid in seen:  # the same text twice in a document: number the repeats
            seen[uid] += 1
            uid = segment_id(doc.id, f"{text}\x1f{seen[uid]}")
        else:
            seen[uid] = 1
        named.append((uid, text))
    # a parent may come after its unit (a result listed before its project's row)
    later = {unit.key: uid for unit, (uid, _) in zip(units, named)}
    ids: dict[int, str] = {}
    out = []
    for unit, (uid, text) in zip(units, named):
        ids[unit.key] = uid
        parent = ids.get(int(unit.parent), later.get(int(unit.parent), "")) if unit.parent else ""
        if not unit.state and unit.kind in ("action", "decision") and _ASKS_THIRD_PARTY.match(text):
            unit.state = THIRD_PARTY  # « solliciter l'État pour … »: asked of another body
        if not unit.state and unit.kind == "action" and _studies_only(text, unit.detail, finding):
            unit.state = UNDER_STUDY  # « La Région étudiera l'opportunité d'… »: no deed promised yet
        if not unit.state and unit.kind == "decision" and _STUDIED_ARTICLE.match(text):
            unit.state = UNDER_STUDY  # « D'étudier avec la communauté de communes … »: a study decided
        out.append(Segment(id=uid, doc=doc.id, kind=unit.kind, label=unit.label, heading=unit.heading,
                           parent=parent, role=unit.role, page=unit.page, start=unit.start, end=unit.end, text=text,
                           detail=" ".join(unit.detail)[:MAX_DETAIL], state=unit.state, answers=unit.answers))
    return out


def segment_many(docs: Sequence[Document], settings: Settings = Settings(), progress: ProgressFn = no_progress) -> list[Segment]:
    """Units of several documents (progress reported per document)."""
    out: list[Segment] = []
    for n, doc in enumerate(docs, 1):
        out.extend(segment(doc, settings))
        progress("segmentation", n, len(docs))
    return out


def write_segments(segments: Iterable[Segment], path) -> Path:
    """Write units as CSV (UTF-8, header) or JSONL, columns in SEGMENT_COLUMNS order."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".jsonl"):
        raise InputError("format de sortie inconnu : utilisez un nom en .csv ou .jsonl.", path=path)
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = [asdict(s) for s in segments]
    if suffix == ".csv":
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(SEGMENT_COLUMNS))
            writer.writeheader()
            for row in rows:
                writer.writerow({k: ("" if row[k] is None else row[k]) for k in SEGMENT_COLUMNS})
    else:
        with path.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps({k: row[k] for k in SEGMENT_COLUMNS}, ensure_ascii=False) + "\n")
    return path
