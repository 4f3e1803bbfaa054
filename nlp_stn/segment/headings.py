"""Headings, records and labelled blocks of the segmenter (mixin of _Segmenter).
"""
from __future__ import annotations

import re
from typing import Optional

from ..clean import split_marker
from ..labels import LABEL as _LABEL
from ..labels import field_kind, parse_label
from ..extract.text import read_text
from ..model import Block, DocMeta, Document, STATUS_ADDRESSED
from ..status import status_cap
from .vocabulary import (_PAIRED_ANSWERS, _SUBJECT_APPOSITION, MAX_ACTION_TITLE_WORDS, MAX_CLAUSE_WORDS, MAX_FIELD_BLOCKS, _ANSWER_TO, _ASKED_BY, _CONTINUED,
                         _ANSWER_TO_DEMAND, _CONTINUED_PART, _DEMAND_CUE, _ENGAGEMENT_FIELD, _FATE_TITLE, _FIELD_NAME, _GENERIC_SECTION,
                         _HEADING_NUMBER, _KICKER, _KIND_ONLY, _LABEL_FATE, _LABEL_QUALIFIER, _MERGED_INTO, _MORE_OF_THE_SAME,
                         _MARKDOWN_BODY, _NUMBER_DASH, _OTHER_VOICES, _TESTIMONIES, _ANSWERING_VOICE, _AUTHOR_LINE, _RELEASE_SECTIONS,
                         _STATE_FIELD_NAME,
                         _VERSION_HEADING, _WHAT_CLAUSE)
from .units import _Unit
from .language import (_added_asks, _asks_a_deed, _collapse, _demand_parts, _listed_asks, _only_asks, _sentences,
                       _states_ask, _word_count)
from .tables import _REFUSAL, RETAINED_IN_PART, STATE_WORDS, cell_items, classify_leadin
from .priors import (_ANNOUNCES_ITEMS, _COMMITTED_SECTION, _DECISIONS_RECORD_TITLE, _OFFICE, _REFUSED_SECTION, _SALUTATION,
                     _SINGLE_NUMBER, _numbered_level, section_title)
from .lists import MIN_PLEDGED_ITEMS, _sentence_item

# A plan's row's stated fate turning the row down (« Non retenue », « Refusée », « Rejetée »,
# « Écartée », « Avis défavorable »): see _Headings.on_record
_TURNED_DOWN_STATE = re.compile(r"^\W*(?:non[\s-]+retenue?s?|refus[ée]e?s?|rejet[ée]e?s?|[ée]cart[ée]e?s?|avis\s+d[ée]favorable)\b",
                                re.I)


def _record_list(text: str, title: str) -> list[tuple[int, str]]:
    """The asks of a record's text listed under a lead-in (see _listed_asks), past its first line
    when that line is the record's title; offsets in ``text``."""
    cut = 0
    first_end = text.find("\n")
    if title and first_end > 0 and _collapse(text[:first_end]) == title:
        cut = first_end + 1
    return [(cut + offset, item) for offset, item in _listed_asks(text[cut:])]


# A structural label opening a heading, its number and separator (« Chapitre 2 – », « Titre
# III : », « Partie 1. »): no verb, whatever a tagger makes of « Chapitre ».
_STRUCTURE_LABEL = re.compile(
    r"^(?:chapitre|titre|partie|section|volet|tome|livre)\s+(?:\d{1,3}|[IVXLC]{1,6}|[A-Z]|premier|première|unique)"
    r"(?:er|re|e)?\b\s*[-–—:.)]?\s*", re.I)


# A labelled part of a plan (« Chapitre 2 – », « Titre III : », « Partie 1. », « Livre premier – »)
# and its title: over labelled actions, an objective (see on_heading)
_CHAPTER_LABEL = re.compile(
    r"^(?P<label>(?:chapitre|titre|partie|livre)\s+(?:\d{1,3}|[IVXLC]{1,6}|premier|première)(?:er|re|e)?)"
    r"\s*[-–—:.)]\s*(?=\S)", re.I)


# An author pledging (« La commune s'engage à », « les parties s'engagent à », « nous nous
# engageons à »).
# In an authority's document, what it says of a demand it names by its label (« Idée n° 13
# (…) : non retenue, … », « Proposition 4 : hors sujet, transmise aux services … ») when it
# turns it down: not retained, out of the consultation's scope, or left without a reply
_DEMAND_LABEL = re.compile(r"^(?:id[ée]e|proposition|contribution|recommandation|pr[ée]conisation)\b", re.I)
_TURNED_DOWN = re.compile(
    r"^\W*(?:non\s+retenue?s?|rejet[ée]e?s?|refus[ée]e?s?|[ée]cart[ée]e?s?|sans\s+suite|sans\s+objet"
    r"|hors\s+(?:sujet|champ|comp[ée]tence|p[ée]rim[èe]tre)|sans\s+(?:lien|rapport)\s+avec)\b",
    re.I,
)


# An article of a deliberation whose infinitive turns a request down (« Article 4 : De ne pas
# donner suite à la demande de … », « De ne pas retenir … », « De rejeter … », « De refuser … »):
# the council's refusal. Not any negated infinitive: « De ne pas augmenter les tarifs » decides
# something, it refuses nothing
_REFUSED_ARTICLE = re.compile(
    r"^\W*d(?:e\s+|['’]\s*)(?:ne\s+pas\s+(?:(?:y\s+)?donner\s+(?:de\s+|une\s+)?suite|retenir|accepter|approuver"
    r"|faire\s+droit|accorder|donner\s+(?:un\s+avis\s+favorable|(?:son|leur)\s+accord))"
    r"|rejeter|refuser|[ée]carter|opposer\s+un\s+refus)\b",
    re.I,
)

# The notice of the means of appeal closing a deliberation, numbered as its last article
# (« Article 7 : La présente délibération peut faire l'objet d'un recours devant le tribunal
# administratif … »): what the law requires to be said, not a decision of the council
_APPEAL_NOTICE = re.compile(
    r"^\W*(?:la\s+pr[ée]sente\s+d[ée]lib[ée]ration|la\s+pr[ée]sente\s+d[ée]cision|cette\s+d[ée]lib[ée]ration)"
    r"\s+(?:peut|pourra)\s+faire\s+l['’]\s*objet\s+d['’]\s*un\s+recours\b",
    re.I,
)


# A later sentence of a labelled measure putting a part of it off (« L'équipement des classes est
# reporté au budget 2028 », « Les deux autres sites sont différés à 2029 »)
_PART_PUT_OFF = re.compile(r"\b(?:est|sont)\s+(?:report[ée]e?s?|diff[ée]r[ée]e?s?|renvoy[ée]e?s?)\s+(?:à|au|aux|en)\b", re.I)
_PLEDGE = re.compile(r"\b(?:s['’]\s*|nous\s+|m['’]\s*)engag(?:e|ent|eons|era|eront|erons)\s+à\b", re.I)

# A labelled note quoting a piece of the item it names, opened by an ellipsis, maybe after the
# way it is changed in brackets (« Action 7 :(compléter) ... jeux de données … », « Mesure 3 : …
# et des formats ouverts »): a comment on an item stated elsewhere, not an item of its own
_QUOTED_FRAGMENT = re.compile(r"^\s*(?:\([^()]{1,30}\)\s*)?(?:\.{3}|…)")


RESENT_BODY_WORDS = 12  # a body this long, posted again under another title, is the same contribution


def _resent_body(title: str, body: str) -> str:
    """The key under which a titled contribution's body is known when it is long enough to be
    told again only by a copy (see :data:`RESENT_BODY_WORDS`); "" otherwise.

    >>> body = "Le réseau s'arrête au bourg et les hameaux restent sans fibre depuis des années, que faire ?"
    >>> _resent_body("Fibre", body) == _resent_body("Fibre hameaux", body.upper()) != ""
    True
    >>> _resent_body("Fibre", "Vite la fibre !"), _resent_body("", body)
    ('', '')
    """
    words = body.casefold().split()
    return "\x00" + " ".join(words) if title.strip() and len(words) >= RESENT_BODY_WORDS else ""


def _quoted_fragment(text: str) -> bool:
    """Whether the text after a label is a quoted piece of an item (see _QUOTED_FRAGMENT).

    >>> _quoted_fragment("(compléter) ... favoriser les formats ouverts.")
    True
    >>> _quoted_fragment("Favoriser les formats ouverts… et les logiciels libres")
    False
    """
    return bool(_QUOTED_FRAGMENT.match(text))


def _refuses_in_part(sentences: list[tuple[int, str]]) -> bool:
    """Whether a labelled text of several sentences (see :func:`_sentences`) turns something
    down in one of them (see _REFUSAL): « Le wifi public n'est pas retenu. Deux postes en accès
    libre seront installés. »"""
    return len(sentences) > 1 and any(_REFUSAL.search(sentence) for _, sentence in sentences)


def _refused_in_row(body: str) -> tuple[str, list[str]]:
    """A plan row's description (its lines) without the sentences that turn something down (see
    _REFUSAL), and those sentences: « Des bornes seront installées dans les médiathèques.
    L'extension aux places n'est pas retenue : … » keeps the first as the action, the second is
    a decision of its own. Nothing is taken out of a description that only refuses or only
    commits (``(body, [])``).

    >>> _refused_in_row("Deux abris seront posés en 2027.\\nLe troisième abri n'est pas retenu : le terrain est privé.")
    ('Deux abris seront posés en 2027.', ["Le troisième abri n'est pas retenu : le terrain est privé."])
    >>> _refused_in_row("Le wifi n'est pas retenu.")
    ("Le wifi n'est pas retenu.", [])
    """
    sentences = [_collapse(s) for line in body.split("\n") for _, s in _sentences(line) if s.strip()]
    refused = [s for s in sentences if _REFUSAL.search(s)]
    if not refused or len(refused) == len(sentences):
        return body, []
    return "\n".join(s for s in sentences if s not in refused), refused


# A line of a Markdown list (« - [ ] … », « * … », « 2. … »)
_MARKDOWN_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,2}[.)])\s+\S")


_NUMBERED_LINE = re.compile(r"^\s*(\d{1,2})[.)]\s+\S")


def _markdown_list(body: str) -> bool:
    r"""True when a record's ``body`` ends with a numbered Markdown list of two items or more
    (« 1. … », « 2. … », numbered from 1 in order, one line each) under a line of its own (a
    card's description typed in Markdown): its items are asks of their own, read as a page; not
    items completing the line above (« … il est indispensable de : »).

    >>> _markdown_list("Mon quartier est sombre.\n1. Éclairer la rue.\n2. Et aussi un banc.")
    True
    >>> _markdown_list("1. Éclairer la rue.\n2. Et aussi un banc."), _markdown_list("Constat.\n- Éclairer.\n- Un banc.")
    (False, False)
    >>> _markdown_list("Pour cela il faut :\n1. éclairer la rue ;\n2. poser un banc.")
    False
    """
    lines = [line for line in body.split("\n") if line.strip()]
    numbers = [_NUMBERED_LINE.match(line) for line in lines]
    first = next((k for k, m in enumerate(numbers) if m), None)
    if not first or len(lines) - first < 2 or lines[first - 1].rstrip().endswith(":"):
        return False  # items completing a lead-in (« Pour cela il faut : ») are read with it
    return [m.group(1) if m else "" for m in numbers[first:]] == [str(n) for n in range(1, len(lines) - first + 1)]


def _markdown_lines(body: str) -> str:
    r"""A table cell's Markdown with each line a block of its own, as it was typed before the
    export's reader dropped its blank lines (see nlp_stn.extract.tables.readable): a blank line
    between two lines, not between two items of a list.

    >>> _markdown_lines("### Proposition\nOuvrir le dimanche.\n- [ ] un banc ;\n- [ ] une table.\nMerci !")
    '### Proposition\n\nOuvrir le dimanche.\n\n- [ ] un banc ;\n- [ ] une table.\n\nMerci !'
    """
    lines = body.split("\n")
    out = lines[:1]
    for before, line in zip(lines, lines[1:]):
        out.append(("\n" if _MARKDOWN_ITEM.match(before) and _MARKDOWN_ITEM.match(line) else "\n\n") + line)
    return "".join(out)


_OWN_LABEL = re.compile(r"\s[–—-]\s|:")  # « Transversal – Gouvernance »: a label of its own before the name
AXIS_MAX_WORDS = 8  # an axis's name is short (« Pilotage et évaluation du plan »)


def unlabelled_axis(category: str, previous: Optional["_Unit"]) -> bool:
    """True when a plan's rows under ``category`` come right after an axis labelled as one
    (``previous``, « Axe 4 – Un territoire connecté ») and ``category`` reads as the name of
    a part (short, capitalised, no sentence, no number): the plan's last part (« Pilotage du
    plan », « Actions transversales ») is an axis too, though it carries no label. A name that
    opens with a label of another kind (« Transversal – Gouvernance », « Annexe : … ») is not one.

    >>> axis = _Unit(kind="objective", text="Un territoire connecté", start=0, end=0, page=1, label="Axe 4")
    >>> unlabelled_axis("Pilotage et évaluation", axis), unlabelled_axis("Pilotage et évaluation", None)
    (True, False)
    >>> unlabelled_axis("Voir la délibération du 12 mars.", axis), unlabelled_axis("Pilotage 2027", axis)
    (False, False)
    >>> unlabelled_axis("Hors axe – Communication", axis)
    False
    """
    words = category.split()
    return (previous is not None and previous.kind == "objective" and bool(previous.label)
            and 0 < len(words) <= AXIS_MAX_WORDS and category[0].isupper()
            and not any(c.isdigit() for c in category) and not category.rstrip().endswith((".", "!", "?", ":"))
            and not _OWN_LABEL.search(category))


def _names_a_topic_only(text: str) -> bool:
    """A contribution of one word and nothing else (a board's post-it « FIBRE » over a body of
    emojis only, « Wifi »): it names a topic, it asks nothing a reader could find answered."""
    return len(re.findall(r"[^\W\d_]+", text)) == 1 and not re.search(r"\d", text)


# A contribution opened by praise or thanks (« bravo pour … », « merci aux bénévoles », « félicitations à
# l'équipe »), not a polite request (« merci de remettre les bancs »), nor praise then an ask
# (« Bravo. Il faudrait … », see _Segmenter.asks)
# (after a word praising the meeting itself: « Super soirée, merci aux élus », « Belle réunion, bravo ! »)
_PRAISE = re.compile(r"^\W*(?:(?:super|tr[èe]s\s+bonne|bonne|belle|excellente|chouette)\s+(?:soir[ée]e|r[ée]union|rencontre"
                     r"|initiative|d[ée]marche|pr[ée]sentation|organisation)\s*[,!.…]*\s*)?"
                     r"(?:bravo|merci|f[ée]licitations|chapeau)\b(?!\s+(?:de\b|d['’]|par\s+avance|d['’]avance))", re.I)


def _praise_only(text: str) -> bool:
    """Whether a contribution only praises or thanks, in one sentence (« bravo pour la fête,
    super ambiance !! »).

    >>> _praise_only("merci aux bénévoles du comité des fêtes"), _praise_only("merci de réparer le banc")
    (True, False)
    >>> _praise_only("Super soirée, merci aux élus"), _praise_only("Super soirée, merci de refaire la route")
    (True, False)
    """
    return bool(_PRAISE.match(text)) and len(_sentences(text)) == 1


# A contribution that is only a web address, or addresses, with no word of its own around them
_LINK_ONLY = re.compile(r"^\W*(?:(?:https?://|www\.)\S+\W*)+$", re.I)


def _link_only(text: str) -> bool:
    """Whether a contribution is only a link (a comment pasting an address): nothing asked.

    >>> _link_only("https://www.exemple.fr/carte"), _link_only(" www.exemple.fr 👉 https://a.fr/b ")
    (True, True)
    >>> _link_only("Voir https://www.exemple.fr et mettre des bancs")
    False
    """
    return bool(_LINK_ONLY.match(text))


MAX_KICKED_TITLE_WORDS = 14  # the words of a heading titled by the label alone above it (see kicker_label)


def _chapter_of(text: str, number: str) -> str:
    """The title of heading ``text`` when it is the chapter numbered alone (« 1. Mieux manger »,
    « 2 – Produire local ») whose number opens ``number`` (« 1.1 »), a short title that is no
    section of a plan's framework (« 5. Gouvernance et suivi ») nor a lead-in (« 4. Ce que nous
    ferons : »); "" otherwise."""
    chapter = re.match(r"^(\d{1,3})\.?\s*(?:[-–—:]\s*)?(?=[^\W\d_])", text)
    if not chapter or not number.startswith(chapter.group(1) + "."):
        return ""
    title = text[chapter.end():].strip()
    return title if (0 < len(title.split()) <= MAX_ACTION_TITLE_WORDS and not title.endswith((":", "?"))
                     and not _GENERIC_SECTION.match(title)) else ""


# A title announcing what changes from a date (« Ce qui change en 2027 », « Ce qui va changer au
# 1er janvier », « Ce qui changera dès la rentrée », « Ce qui change à partir de septembre »)
_DATED_CHANGES = re.compile(
    r"^\s*ce\s+qui\s+(?:va\s+)?chang(?:e|er|era)\s+(?:pour\s+vous\s+)?"
    r"(?:en|au|à\s+partir\s+d[eu]|d[èe]s|cette\s+ann[ée]e|l['’]\s*an\s+prochain|à\s+la\s+rentr[ée]e)\b", re.I)


class _Headings:
    """Part of _Segmenter (see segmenter.py): on_heading, on_record and labelled blocks."""

    def section_blocks(self, block: Block) -> list[Block]:
        """The blocks under the heading ``block`` up to the next heading (found by its start in
        the segmenter's index, see _Segmenter.block_at); [] for a block not in the document."""
        at = self.block_at.get(block.start)
        if at is None:
            return []
        out = []
        for b in self.doc.blocks[at + 1:]:
            if b.kind == "heading":
                break
            out.append(b)
        return out

    def section_asks(self, block: Block) -> bool:
        """Whether the section a heading opens asks questions or lists demands of its own before
        any sub-heading (« Est-il prévu de … ? », « Plus largement, nous souhaitons : » over a
        list). Such a title (« Être accompagné pour ses démarches » over a letter's requests)
        names a theme; a title over its explanation is the demand itself, even when the
        explanation adds a demand in so many words (« Nous demandons enfin que … »)."""
        for b in self.section_blocks(block):
            if b.kind != "paragraph":
                continue
            text = b.text.strip()
            if text.endswith(":") and classify_leadin(" ".join(text.split()[:4]), self.prior) == "recommendation":
                return True
            if any(sentence.strip().endswith("?") for _, sentence in _sentences(text)):
                return True
        return False

    def titles_stated_demand(self, block: Block) -> bool:
        """Whether the section a heading opens starts with a paragraph that asks by itself in the
        infinitive (« GARER SON VÉLO » over « Installer des arceaux couverts devant l'école. »): the
        heading is the demand's catchword, as a designed page (a poster, a leaflet) puts it over the
        demand stated in full, or the theme of the demands below it; the paragraph is the unit."""
        section = self.section_blocks(block)
        if not section or section[0].kind != "paragraph":
            return False
        text = section[0].text
        return bool(self.lang.infinitive(text) and not self.lang.infinitive_subject(text))

    def heads_labelled_actions(self, block: Block) -> bool:
        """Whether a heading opens a part whose blocks (up to the next heading of its level or
        above) include an action given by its label (« Règle n° 7 – … », « Action 2.1 – … »)."""
        at = self.block_at.get(block.start)
        if at is None:
            return False
        for b in self.doc.blocks[at + 1:]:
            if b.kind == "heading" and (b.level or 1) <= (block.level or 1):
                return False
            if b.kind in ("heading", "paragraph") and self.parse_label(b.text)[1] == "action":
                return True
        return False

    def heads_answer_sections(self, block: Block) -> bool:
        """Whether a heading opens a part (up to the next heading of its level or above) whose
        deeper headings say what the author will do or cannot do (« Ce que nous allons faire »,
        « Ce que nous ne pouvons pas faire », see priors._COMMITTED_SECTION and _REFUSED_SECTION):
        the heading names the theme those sections answer, not a deed."""
        at = self.block_at.get(block.start)
        if at is None:
            return False
        for b in self.doc.blocks[at + 1:]:
            if b.kind != "heading":
                continue
            if (b.level or 1) <= (block.level or 1):
                return False
            title = section_title(b.text)
            if _COMMITTED_SECTION.match(title) or _REFUSED_SECTION.match(title):
                return True
        return False

    def lists_its_demands(self, block: Block) -> bool:
        """Whether the explanation under a recommendation given as a heading lists the demands
        itself: before any sentence stating one (see _states_ask), a paragraph ends with a
        demand's lead-in (« Les familles attendent des réponses. Le Comité recommande : ») right
        over list items."""
        section = self.section_blocks(block)
        for b, after in zip(section, section[1:] + [None]):
            if b.kind != "paragraph":
                continue
            sentences = [s.strip() for _, s in _sentences(b.text) if s.strip()]
            if any(_states_ask(s) for s in sentences):
                return False
            if (sentences and sentences[-1].endswith(":") and after is not None and after.kind == "list_item"
                    and classify_leadin(" ".join(sentences[-1].split()[:4]), self.prior) == "recommendation"):
                return True
        return False

    def on_heading(self, block: Block, following: Optional[Block]) -> None:
        st = self.state
        if not re.search(r"[^\W\d_]{2}", block.text):
            return  # a decorative letter or number ("a", "3"): not a section title
        if _OFFICE.fullmatch(_collapse(block.text)) or _SALUTATION.fullmatch(_collapse(block.text)):
            # « Le Maire » in a letterhead, « Monsieur le Maire » opening a letter: who writes or
            # to whom, not a section over the letter
            return
        if block.start == self.titled_at:
            return  # the title under its kicker, read with it (see kicker_title)
        level = _numbered_level(block.text, block.level or 1, st.headings)
        if self.names_description(block, level):
            # « FICHE ACTION 4 Constituer une équipe … » then « Description » in the same type: the
            # field opens no section, its paragraph describes the action above
            return
        titled = self.kicker_title(block, following)
        if titled is not None:
            level = min(level, titled.level or 1)  # the section is the title's
        if st.aside and level <= st.aside:
            st.aside, st.aside_state = 0, False
        while st.headings and st.headings[-1][0] >= level:
            st.headings.pop()
        marker, rest = split_marker(block.text)
        label, kind, label_rest = self.parse_label(block.text)
        chapter = _CHAPTER_LABEL.match(block.text) if not label else None
        if chapter and _word_count(block.text[chapter.end():]) and self.heads_labelled_actions(block):
            # « Chapitre 2 – Climat, air, énergie » over « Règle n° 7 – … », « Action 3 – … »: the
            # labelled part of the plan is an objective, the parent of its actions, as an axis is
            label, kind, label_rest = _collapse(chapter.group("label")), "objective", block.text[chapter.end():]
        if not label and self.kicker_label(block):
            # « AXE 1 » alone in small type over « Connecter tout le territoire » in large type:
            # the label waiting for its text is the heading's
            (label, kind, _), st.pending = st.pending, None
            label_rest = block.text
        st.asked, st.answering, st.opinion = "", self.answered(block.text)[0], ""
        if label and self.asked_by(block.text, label_rest):
            st.asked = label  # « Question n°3 de Mme Durand : » as a heading: it labels what follows
            label, kind, label_rest = "", "", block.text
        elif label and self.prior != "action" and _AUTHOR_LINE.search(_collapse(label_rest)):
            # « R1 – M. et Mme Le Goff (permanence du 12 mai 2026) » over an observation: its number
            # labels the demands below, its author and date are none
            st.asked = label
            label, kind, label_rest = "", "", block.text
        st.leadin_active = False
        st.last_action = None
        previous = st.parent if st.parent_heading else None
        st.close_parents(level)
        if (not label and st.parent is not None and st.parent_heading and st.parent.kind in ("recommendation", "action")
                and level > st.parent_level and field_kind(block.text) == ""):
            # « ### Calendrier », « ### Partenaires » in the sheet of an action given as a heading:
            # who, when, how much, not what the action does (its « Description » describes it)
            st.aside = level
            st.aside_state = bool(_STATE_FIELD_NAME.fullmatch(block.text))
        if level <= st.hint_level:
            st.hint, st.hint_level = "", 99
        if st.others and level <= st.others:
            st.others = 0
        if ((_OTHER_VOICES.fullmatch(_collapse(block.text)) or _TESTIMONIES.fullmatch(_collapse(block.text))
             or (self.prior != "action" and _ANSWERING_VOICE.search(_collapse(block.text))))
                and block is not self.doc.blocks[0] and _collapse(block.text) != _collapse(self.doc.title)):
            # (also « Réponse du maître d'ouvrage : », « Avis du commissaire enquêteur : » under an
            # observation of the public: see _ANSWERING_VOICE)
            # « Expression des groupes », « Tribune libre » in a bulletin: the groups of the council
            # speak there, neither the authority nor the authors of the document
            st.others = level
        answered = _ANSWER_TO_DEMAND.match(block.text) if self.answer and not st.answering[1] else None
        if answered or (self.answer and label and kind == "recommendation" and re.search(r"\d", label)):
            # « Proposition n°4 – Un guichet unique » or « Réponse à la proposition n°4 » over the
            # authority's answer to it, in an answer (« Réponse du Maire aux propositions … »): the
            # heading restates the demand answered, the context of the units below, not one; its
            # number is what they answer
            st.close_parents(level)
            st.headings.append((level, block.text))
            numbers = re.findall(r"\d+(?:\.\d+)*", answered.group("nums") if answered else label)
            st.answering = ("", " ".join(numbers if answered else numbers[-1:]))
            return
        if label and not _LABEL.sub("", block.text, count=1).strip():
            st.pending = (label, kind, block)  # "#### Recommandation n° 30": the text follows
            return
        outer = st.path()
        st.headings.append((level, block.text if titled is None else f"{_collapse(block.text)} – {_collapse(titled.text)}"))
        continued = _CONTINUED.fullmatch(label_rest) or _CONTINUED_PART.match(label_rest)
        earlier = next((u for u in reversed(self.units) if u.label == label and u.kind == kind), None) if label else None
        if label and (continued or (earlier is not None and _KIND_ONLY.fullmatch(label_rest))):
            # "Axe 2 – suite" over the rest of a section cut by a page or a slide, « Axe 1
            # (suite) – Couverture », « Axe 1 – Les actions » after « Axe 1 – Un tourisme … »:
            # the same unit goes on, none is new
            if earlier is not None:
                st.set_parent(earlier, level, True)
            return
        if (not label and previous is not None and previous.kind == "objective"
                and _MORE_OF_THE_SAME.search(block.text)):
            # « Les jeunes : aussi » after the slides of an axis: the axis goes on (its items
            # are read as under its title)
            st.set_parent(previous, level, True)
            return
        if label and kind == "recommendation" and self.prior == "recommendation" and self.lists_its_demands(block):
            # « Recommandation n° 5 – Agir contre le bruit » over « Le Comité recommande : » and its
            # items, in an opinion: the title names the theme of the demands listed, none itself
            return
        if label:
            # the label goes to its column, the title keeps its words ("Axe 2 – Un éclairage
            # public sobre" -> label "Axe 2", text "Un éclairage public sobre"), a qualifier in
            # brackets or a fate to the state (see label_fate)
            title, state = self.label_fate(kind, label_rest)
            rest_start = len(block.text) - len(title) if title.strip() else 0
            if titled is not None:
                # « AXE 1 · RÉSEAUX ET COUVERTURE » in small capitals over « Un territoire connecté »
                # in large type: the kicker gives the label, the title below is the axis's title
                self.titled_at = titled.start
                unit = self.add(_Unit(kind=kind, text=_collapse(titled.text), start=titled.start, end=titled.end,
                                      page=titled.page, label=label, heading=outer, state=state))
                st.set_parent(unit, level, True)
                return
            unit = self.add(_Unit(kind=kind, text=_collapse(block.text[rest_start:]), start=block.start + rest_start,
                                  end=block.end, page=block.page, label=label, heading=outer, state=state))
            st.set_parent(unit, level, True)
            return
        if self.prior == "action" and _VERSION_HEADING.match(block.text):
            return  # « ### 1.4.2 (18 décembre 2026) » in release notes: a version, its sections below
        fate = self.release_fate(block.text)
        if fate is not None:
            # « ### Ajouté », « ### Prévu » under a version's heading: its items are the makers'
            # actions, whatever their form (« Connexion avec FranceConnect (#12). »), in that state
            st.hint, st.hint_level, st.opinion = "action", level, fate
            return
        number = _HEADING_NUMBER.match(block.text)
        if number and self.lang.title_infinitive(block.text[number.end():]):
            # "a.6 Acter la démarche dans une charte": a numbered recommendation or action
            rest_start = number.end()
            hint = st.hint if st.hint in ("recommendation", "action") else None
            unit = self.add(_Unit(kind=self.item_kind(hint), text=_collapse(block.text[rest_start:]),
                                  start=block.start + rest_start, end=block.end, page=block.page,
                                  label=number.group(1), heading=outer, numbered_title=True))
            unit.parent = ""
            st.set_parent(unit, level, True)
            return
        pledges = (self.numbered_pledges(block, number.group(1))
                   if number and (self.prior == "action" or st.hint == "action") else {})
        if pledges:
            # « 3.1 Engagements de la commune » over « 3.1.1 La commune s'engage à … », « 3.1.2 … »:
            # a section, each numbered pledge below it an action (see on_paragraph)
            st.pledges = pledges
        elif number and (self.prior == "action" or st.hint == "action"):
            title = _NUMBER_DASH.sub("", block.text[number.end():])
            if self.heads_answer_sections(block):
                # « 3.2 Vélo » over « Ce que nous allons faire » and « Ce que nous ne pouvons pas
                # faire »: the theme answered, its deeds in those sections (no objective above them)
                st.numbered_heading = None
                return
            if (title and len(title.split()) <= MAX_ACTION_TITLE_WORDS and not title.rstrip().endswith((":", "?"))
                    and not _GENERIC_SECTION.match(title)):
                rest_start = len(block.text) - len(title)
                if self.committing_section(block):
                    # « 4.1 Un numérique qui n'oublie personne » over paragraphs that each commit:
                    # the objective its actions serve (see committing_section)
                    chapter = st.numbered_heading
                    if (chapter is not None and chapter[0] < level and chapter[2] == len(self.units)
                            and self.lang.infinitive(_chapter_of(chapter[1].text, number.group(1)))):
                        # « 1. Mieux manger » then straight « 1.1 Restauration collective »: the
                        # chapter numbering the section, named by what to do, is the aim its
                        # sub-sections serve, an objective too (not « 2. Les orientations »: a part)
                        self.promote_objective()
                    unit = self.add(_Unit(kind="objective", text=_collapse(title), start=block.start + rest_start,
                                          end=block.end, page=block.page, label=number.group(1), heading=outer))
                    unit.parent = ""
                    st.set_parent(unit, level, True)
                    return
                # "### 1.1 Capteurs de qualité de l'air" over its paragraph, in a plan: a title
                # numbered below the chapters names an action, even as a noun phrase ("Jalonnement
                # dynamique des parkings"); its paragraph is its description. One holding
                # "1.1.1 …" titles is an objective (see resolve). Not in a budget's orientations:
                # its numbered parts (« 1.2 Les mesures de la loi de finances », « 2.3 Les priorités
                # d'investissement ») are sections of its report, their paragraphs read one by one
                if self.budget:
                    return
                unit = self.add(_Unit(kind="action", text=_collapse(title), start=block.start + rest_start,
                                      end=block.end, page=block.page, label=number.group(1), heading=outer))
                unit.parent = ""
                st.set_parent(unit, level, True)
                return
        single = _SINGLE_NUMBER.match(block.text) if self.results else None
        if single and following is not None and following.kind == "paragraph":
            title = block.text[single.end():]
            if (len(title.split()) <= MAX_ACTION_TITLE_WORDS and not title.rstrip().endswith((":", "?"))
                    and not _GENERIC_SECTION.match(title)):
                # « 7. Le wifi gratuit au parc » over its paragraph, in the list of the projects
                # an authority retained: one project, the heading its title (its number its
                # label), the paragraph its description, as a card is
                rest_start = len(block.text) - len(title)
                unit = self.add(_Unit(kind="action", text=_collapse(title), start=block.start + rest_start,
                                      end=block.end, page=block.page, label=single.group(1), heading=outer))
                unit.parent = ""
                st.set_parent(unit, level, True)
                return
        if (not marker and (st.hint in ("recommendation", "action") or self.prior == "recommendation")
                and 2 <= len(block.text.split()) <= 20 and not block.text.rstrip().endswith(":")
                and self.lang.infinitive(_STRUCTURE_LABEL.sub("", block.text, count=1))
                and not self.section_asks(block) and not self.titles_stated_demand(block)):
            # "Garantir un accès de qualité partout" as the title of its explanation, in a
            # section of proposals or in an opinion: a recommendation (or an action); the verb is
            # sought after a structural label (« Chapitre 2 – Accessibilité … » is a section)
            hint = st.hint if st.hint in ("recommendation", "action") else None
            unit = self.add(_Unit(kind=self.item_kind(hint), text=_collapse(block.text), start=block.start,
                                  end=block.end, page=block.page, heading=outer))
            st.set_parent(unit, level, True)
            return
        if (self.prior == "action" and not marker and (block.fields or {}).get("toggle")
                and block.start in self.headed_titles and self.lang.title_infinitive(block.text)):
            # on an authority's page of headed engagements (see paragraphs._headed_titles), the
            # title of a toggle (an accordion item, its description in the collapsed panel) in the
            # infinitive (« Ouvrir le dimanche » over « Dix médiathèques ouvriront … ») names the
            # engagement: an action, the parent of its paragraphs, which stay units of their own
            # (no heading explained by its section); a heading restating a demand in an answer,
            # or a section's name, is no toggle
            unit = self.add(_Unit(kind="action", text=_collapse(block.text), start=block.start, end=block.end,
                                  page=block.page, heading=outer))
            st.set_parent(unit, level, False)
            return
        if (self.answer or _DECISIONS_RECORD_TITLE.search(block.text)) and block.level <= 1 and (
                block is self.doc.blocks[0] or _collapse(block.text) == _collapse(self.doc.title)):
            # the title of an authority's answer or of a record of decisions names the document
            # (« Décision du porteur de projet après la concertation », « Relevé de décisions »),
            # not a section of decisions: its measures are actions, its refusals decisions
            return
        # a section title announces a kind by its head words ("Décisions", "Exemples d'actions"),
        # not by a word at its end ("Éléments de contexte, déroulement et décisions")
        title = rest if marker else block.text
        kicker = _KICKER.match(title)
        if kicker:
            title = kicker.group(1)
        if title.rstrip().endswith(":"):
            # « Nous, habitants et usagers du bourg, demandons : » over a list: the subject, then
            # its verb
            title = _SUBJECT_APPOSITION.sub(r"\1 ", title, count=1)
        words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", title)
        hint = classify_leadin(" ".join(words[:3]), self.prior)
        if hint == "recommendation" and self.prior != "recommendation" and _PAIRED_ANSWERS.match(title):
            # « Vos propositions, nos réponses » on an authority's page: the demands it restates
            # and answers, what follows are its answers (the language of each decides), no demands
            hint = ""
        if hint == "" and classify_leadin(" ".join(words[:4]), self.prior) is None:
            hint = None  # « Ce que cela change »: what follows is no units (outcomes)
        if self.prior == "action" and _DATED_CHANGES.match(title):
            # « Ce qui change en 2027 », « Ce qui va changer au 1er janvier »: the news of an
            # authority's bulletin, what it changes from a date, is what it will do (« Ce que
            # cela change », « Ce qui va changer pour vous », undated, are outcomes)
            hint = "action"
        if hint is None and self.prior == "action" and marker[:1].isdigit() and self.lang.title_infinitive(title):
            # « 3. Préserver nos ressources » in a plan: a numbered chapter named by the aim its
            # actions serve, not a list of tools or people (« Ressources », « Nos partenaires »)
            hint = ""
        clause = _WHAT_CLAUSE.search(title)
        if hint == "" and clause:
            # « Ce que les habitants proposent », « Forum 2030 : ce que vous nous avez
            # demandé »: a title naming what someone says by a clause, its verb after its subject
            hint = classify_leadin(" ".join(clause.group(1).split()[:MAX_CLAUSE_WORDS]), self.prior)
        if hint != "":
            st.hint, st.hint_level = hint, level
            if (hint in ("action", "indicator") and st.numbered_heading and st.parent is None
                    and st.numbered_heading[2] == len(self.units)
                    and not (marker[:1].isdigit() and level == st.numbered_heading[0])):
                # only when the section goes straight to its actions: a section whose text
                # already gave units is a chapter, not an objective; a numbered sibling (« 2. Les
                # réponses » then « 3. Nos engagements ») is no section of it
                self.promote_objective()
        if marker and marker[0].isdigit():
            st.numbered_heading = (level, block, len(self.units))

    def release_fate(self, text: str) -> Optional[str]:
        """The state a section of release notes gives its items (« ### Ajouté » -> « Réalisée »,
        « ### Prévu » -> "", see _RELEASE_SECTIONS); None for any other heading. Only in an
        authority's document, under a version's heading (« ## Version 2.0 (printemps 2027) »)."""
        if self.prior != "action" or not any(_VERSION_HEADING.match(t) for _, t in self.state.headings[:-1]):
            return None
        return next((fate for fate, pattern in _RELEASE_SECTIONS if pattern.match(text)), None)

    def names_description(self, block: Block, level: int) -> bool:
        """Whether the heading ``block`` (at ``level``) is the « Description » field of the action or
        demand given as the heading right before it, in the same type or smaller (a fiche's title
        bar, then « Description », « Contenu de l'action »): the field name only, no label, and no
        unit since the title; what follows describes the title's unit (deeper field names of who,
        when and how much are asides, see on_heading)."""
        st = self.state
        return (st.parent is not None and st.parent_heading and st.parent.kind in ("recommendation", "action")
                and bool(self.units) and self.units[-1] is st.parent and level >= st.parent_level
                and field_kind(block.text) == "detail" and not self.parse_label(block.text)[0])

    def kicker_title(self, block: Block, following: Optional[Block]) -> Optional[Block]:
        """The title a labelled kicker stands over, as a magazine or a brochure sets an axis (« AXE
        1 · RÉSEAUX ET COUVERTURE » in small type, then « Un territoire connecté » in large type):
        the heading right after it, on the same page, in larger type (a lower level), short,
        without a label of its own, not a lead-in (« … : ») nor a generic section (« Calendrier de
        mise en œuvre »), under a kicker set in capitals; None otherwise."""
        if (following is None or following.kind != "heading" or not block.level or not following.level
                or following.level >= block.level or following.page != block.page
                or block.text != block.text.upper() or _GENERIC_SECTION.match(following.text)):
            return None
        if not self.parse_label(block.text)[0] or self.parse_label(following.text)[0]:
            return None
        if _word_count(following.text) > MAX_ACTION_TITLE_WORDS or following.text.rstrip().endswith((":", "?")):
            return None
        return following

    def committing_section(self, block: Block) -> bool:
        """Whether the section under the heading ``block`` is made of paragraphs that each
        commit on their own (« En 2027, la commune consacrera … », « Le site sera refondu … »), two
        or more of them: a section of actions (« 4.1 Un numérique qui n'oublie personne » in a
        budget's orientations), not one action described by its paragraph."""
        paragraphs, items = [], []
        for b in self.section_blocks(block):
            if b.kind == "paragraph":
                paragraphs.append(b)
            elif b.kind == "list_item":
                items.append(b)
        # or of a list of actions, its items sentences that each tell a thing to be done (« Les
        # cantines serviront … », « L'épicerie ouvrira … », see pledged_series), at least as many
        # as its paragraphs of context: a section of actions, not one action described by its list
        top = min((b.level for b in items), default=0)
        pledged = [b for b in items if b.level == top and _sentence_item(b.text) and self.pledged_item(b.text)]
        if len(pledged) >= MIN_PLEDGED_ITEMS and len(pledged) >= len(paragraphs) and self.pledged_series(pledged[0]):
            return True
        if len(paragraphs) < 2:
            return False
        committing = [p for p in paragraphs if len(_sentences(p.text)) == 1 and self.committed(p.text) is not None]
        return len(committing) >= 2 and 2 * len(committing) >= len(paragraphs)

    def numbered_pledges(self, block: Block, number: str) -> dict:
        """Whether the paragraphs right after the heading ``block`` numbered ``number`` (« 3.1 Engagements
        de la commune ») carry deeper numbers of their own under it (« 3.1.1 La commune
        s'engage à … », « 3.1.2 … ») and each pledges (« s'engage à », a future, see
        :meth:`committed`, or an infinitive): they are the actions, the heading only their
        section. Their starts -> (their number, where their text starts); {} when they do not."""
        at = self.block_at.get(block.start)
        if at is None:
            return {}
        deeper = re.compile("(" + re.escape(number.rstrip(".")) + r"\.\d{1,3})\.?\s+(?=\S)")
        found = {}
        for b in self.doc.blocks[at + 1:]:
            m = deeper.match(b.text) if b.kind == "paragraph" else None
            if m is None:
                break
            first = _sentences(b.text[m.end():])[0][1]
            if not (_PLEDGE.search(first) or self.committed(first) is not None or self.lang.infinitive(first)):
                return {}
            found[b.start] = (m.group(1), m.end())
        return found if len(found) >= 2 else {}

    def promote_objective(self) -> None:
        """A numbered heading whose section lists actions or indicators is an objective."""
        st = self.state
        level, block, _ = st.numbered_heading
        marker, rest = split_marker(block.text)
        heading = " > ".join(t for lv, t in st.headings if lv < level)
        unit = self.add(_Unit(kind="objective", text=_collapse(rest), start=block.start + block.text.index(rest),
                              end=block.end, page=block.page, label=marker, heading=heading))
        unit.parent = ""
        st.set_parent(unit, level, True)
        st.numbered_heading = None

    def on_record(self, block: Block) -> None:
        fields = block.fields or {}
        # a row of a plan says its kind ("action", or "indicator" for the action above it)
        kind = fields.get("kind") or (self.prior if self.prior else "recommendation")
        text = "\n".join(_collapse(line) for line in block.text.split("\n") if line.strip())
        same = " ".join(text.casefold().split())
        # the same long body under a retouched title (« Fibre hameaux », « Fibre dans les
        # hameaux »): the contribution posted again
        resent = _resent_body(str(fields.get("title") or ""), str(fields.get("body") or ""))
        if not fields.get("kind") and (same in self.records or resent in self.records):
            # a contribution sent again in the same words (spaces and case apart) asks nothing
            # more: one unit, whose label says how many times it was sent (« 3930 – envoyée 12
            # fois à l'identique », « envoyée 2 fois » once a copy's title was retouched); a
            # plan's rows are its own, each one counts
            first, label = self.records[same if same in self.records else resent]
            first.sent += 1
            first.retouched = first.retouched or same not in self.records
            sent = f"envoyée {first.sent} fois" + ("" if first.retouched else " à l'identique")
            first.label = " – ".join(p for p in (label, sent) if p)
            return
        title = _collapse(str(fields.get("title") or ""))
        asks = (self.markdown_asks(block.text, str(fields.get("body") or ""))
                if kind == "recommendation" and not fields.get("kind") else [])
        if asks:
            # a ticket's description in Markdown (« ### Proposition », « - [ ] … », « > … »): its
            # demands as a reader of the page finds them, one unit each under the record's number
            self._record_items(block, fields, kind, same, asks)
            return
        items = cell_items(block.text) if kind == "recommendation" and not fields.get("kind") and not title else []
        if len(items) >= 2 and all(marked for _, _, marked in items):
            # a contribution written as a list, each line opened by a bullet or a dash (a
            # workshop's grid, « - Ouvrir … / - Organiser … » in one cell): one demand per item
            self._record_items(block, fields, kind, same, [(offset, item) for offset, item, _ in items])
            return
        listed = _record_list(block.text, title) if kind == "recommendation" and not fields.get("kind") else []
        if listed:
            # a contribution that is only a list of asks under a lead-in (« Bonjour, / Je pense à : /
            # un budget participatif … / retransmettre … / Bien cordialement »): one demand per line
            self._record_items(block, fields, kind, same, listed)
            return
        parts = _added_asks(text, self.lang.infinitive, lambda t: not self.finite_verb(t)) if kind == "recommendation" and not fields.get("kind") and not title else []
        if len(parts) >= 2:
            # a free answer holding two asks (« Créer une permanence … Il faudrait aussi des
            # ateliers … », « … Et développer le wifi … »), on one line or on two: one demand each,
            # under the same row
            first = None
            for offset, part in parts:
                unit = self.add(_Unit(kind=kind, text=part, start=block.start + offset, end=block.start + offset + len(part),
                                      page=block.page, label=str(fields.get("id", "")),
                                      heading=str(fields.get("category", "")), state=str(fields.get("state", ""))))
                first = first or unit
            self.records[same] = (first, first.label)
            return
        parts = (_added_asks(text[len(title) + 1:].replace("\n", " "), self.lang.infinitive, lambda t: not self.finite_verb(t))
                 if kind == "recommendation" and not fields.get("kind") and not fields.get("id") and title
                 and text.startswith(title + "\n") else [])
        if len(parts) >= 2:
            # a board's card holding two asks under its title (« Vélo » / « Des arceaux devant la
            # mairie. Et un abri couvert à la gare. »): one demand each, the title heading the first;
            # a contribution the platform numbers stays whole, as the answers cite it by its number
            first = None
            for n, (offset, part) in enumerate(parts):
                start = block.start + len(title) + 1 + offset
                unit = self.add(_Unit(kind=kind, text=f"{title}\n{part}" if n == 0 else part, start=start,
                                      end=start + len(part), page=block.page, label=str(fields.get("id", "")),
                                      heading=str(fields.get("category", "")), state=str(fields.get("state", ""))))
                first = first or unit
            self.records[same] = (first, first.label)
            return
        body = text[len(title):] if title and text.startswith(title) else text
        if kind == "recommendation" and not fields.get("kind") and _names_a_topic_only(text):
            return
        if kind == "recommendation" and not fields.get("kind") and _link_only(text):
            return  # a comment pasting an address: nothing of its own asked
        if kind == "recommendation" and not fields.get("kind") and _praise_only(text) and not self.asks(text):
            return  # « bravo pour la fête ! », « merci aux bénévoles »: a compliment, nothing asked
        if (kind == "recommendation" and not fields.get("kind") and _only_asks(body) and not _DEMAND_CUE.search(text)
                and not _asks_a_deed(body)
                and (not title or title.endswith("?") or (len(title.split()) <= 3 and not self.lang.infinitive(title)))):
            # an observation that only asks (« Qui va payer tout ça ? Quel est le coût total … ? »),
            # under no title or a topic (« Évaluation »), not a proposal's title (« Réformer … »),
            # nor a question asking the authority to do something (« La commune pourrait-elle … ? »)
            kind = "question"
        parent = ""
        if kind == "indicator" and self.units and self.units[-1].kind == "action":
            parent = str(self.units[-1].key)
        elif (kind == "indicator" and self.units and self.units[-1].kind in ("indicator", "decision")
              and self.units[-1].parent and self.units[-1].label == str(fields.get("id", ""))
              and self.units[-1].heading == str(fields.get("category", ""))):
            # the row's next indicator, or one after the part of the row turned down: the row's action
            parent = self.units[-1].parent
        category = _collapse(str(fields.get("category") or ""))
        project = str(fields.get("parent") or "")
        if project:
            # a result under its project's row (« parent/id »): that row's unit is its parent,
            # even when the project's title reads as an axis (« Axe 1 - … »: one objective, not a
            # second one made from the title)
            if project in self.record_ids:
                parent = str(self.record_ids[project].key)
        elif kind == "action" and category:
            if category != self.record_axis[0]:
                # a plan's axis labelled as one (« Axe 1 – Un territoire connecté ») is an
                # objective, the parent of its actions, as the same row spanning a table
                label, label_kind, rest = self.parse_label(category, codes=False)
                axis = None
                if label and label_kind == "objective" and rest.strip():
                    axis = self.add(_Unit(kind="objective", text=_collapse(rest), start=block.start,
                                          end=block.start, page=block.page, label=label, heading=""))
                elif fields.get("axis"):
                    # the axis's code in a column of its own (« AX2 » beside « Inclusion
                    # numérique »): the plan numbers its axes, the axis is an objective too
                    axis = self.add(_Unit(kind="objective", text=category, start=block.start,
                                          end=block.start, page=block.page, label=str(fields["axis"]), heading=""))
                elif unlabelled_axis(category, self.record_axis[1]):
                    # the plan's last part after its labelled axes (« Axe 4 – … », then « Pilotage
                    # et évaluation »): an axis of the plan too, without its label
                    axis = self.add(_Unit(kind="objective", text=category, start=block.start,
                                          end=block.start, page=block.page, label="", heading=""))
                self.record_axis = (category, axis)
            if self.record_axis[1] is not None:
                parent = str(self.record_axis[1].key)
        refused: list[str] = []
        # a plan's row whose stated fate turns it down (« Statut » : « Non retenue », « Refusée »):
        # the whole row is the authority's decision not to do it, its title and its reason; not an
        # action of the plan dropped on the way (« Abandonnée », « Non engagée »: still the plan's action)
        turned_down = fields.get("kind") == "action" and bool(_TURNED_DOWN_STATE.match(str(fields.get("state", ""))))
        if turned_down:
            kind = "decision"
        elif fields.get("kind") == "action" and title and body.strip():
            # a plan's row whose description turns a part down: the refusal is a decision of its own
            kept, refused = _refused_in_row(body.strip())
            if refused:
                text = f"{title}\n{kept}"
        unit = self.add(_Unit(kind=kind, text=text, start=block.start, end=block.end, page=block.page,
                              label=str(fields.get("id", "")), heading=str(fields.get("category", "")),
                              parent=parent,
                              state=str(fields.get("state", "")) if kind in ("action", "recommendation") or turned_down else "",
                              answers=str(fields.get("answers", "")) if kind == "action" else ""))
        for sentence in refused:
            self.add(_Unit(kind="decision", text=sentence, start=block.start, end=block.end, page=block.page,
                           label=str(fields.get("id", "")), heading=str(fields.get("category", "")),
                           parent=str(unit.key), state="non retenue"))
        if project and not parent:
            self.record_orphans.setdefault(project, []).append(unit)
        if fields.get("kind") and fields.get("id"):
            self.record_ids.setdefault(str(fields["id"]), unit)
            for child in self.record_orphans.pop(str(fields["id"]), ()):
                child.parent = str(unit.key)
        if not fields.get("kind"):
            self.records[same] = (unit, unit.label)
            if resent:
                self.records[resent] = (unit, unit.label)

    def markdown_asks(self, text: str, body: str) -> list[tuple[int, str]]:
        """(offset in ``text``, text) of the demands and questions of a record's ``body`` written in
        Markdown (see _MARKDOWN_BODY), read as a Markdown page of demands: its sentences and items
        that ask, its tasks left to do that start with an infinitive (« - [ ] activer la double
        authentification ; »), not those ticked off (done) nor the ones naming who or what
        (« - [ ] les personnes qui travaillent »). [] when the body is no Markdown or asks nothing
        there (the record is then read as one unit)."""
        if not (_MARKDOWN_BODY.search(body) or _markdown_list(body)):
            return []
        from .segmenter import segment  # the record's body is read as a page of its own
        read = read_text(_markdown_lines(body))
        page = Document(id=self.doc.id, path="", format="md", title="", text=read.text, blocks=read.blocks,
                        meta=DocMeta(kind="contributions"))
        tasks = {b.text.strip(): b.marker for b in read.blocks if b.kind == "list_item"}
        asks = []
        for unit in segment(page, self.settings):
            if unit.kind == "action" and (tasks.get(unit.text.strip()) == "☑" or not self.lang.infinitive(unit.text)):
                continue
            if unit.kind not in ("recommendation", "question", "action"):
                continue
            offset = text.find(unit.text)
            asks.append((max(offset, 0), unit.text))
        return asks

    # --- labelled blocks
    def _record_items(self, block: Block, fields: dict, kind: str, same: str, items: list) -> None:
        """One unit per item of a contribution (``items``: offsets in the block's text and
        texts), each under the contribution's number, category and state; an item that only
        asks a question is a question. The first item stands for the contribution when it is
        sent again (``same``)."""
        first = None
        for offset, item in items:
            unit = self.add(_Unit(kind="question" if _only_asks(item) and not _DEMAND_CUE.search(item) else kind,
                                  text=_collapse(item), start=block.start + offset,
                                  end=block.start + offset + len(item), page=block.page,
                                  label=str(fields.get("id", "")), heading=str(fields.get("category", "")),
                                  state=str(fields.get("state", ""))))
            first = first or unit
        self.records[same] = (first, first.label)

    def parse_label(self, text: str, codes: bool = True) -> tuple[str, str, str]:
        """:func:`parse_label` in this document: "Article 1er :" labels a decision in a
        deliberation only; elsewhere it cites a law or a charter ("Article 3 : Champ
        d'application") and is no label. With ``codes`` (``text`` opens a heading, a paragraph
        or a list item), a short code of one of the document's series is a label too ("A3 –
        Maintien de la ligne…"); one whose letters say no kind ("C2 –") takes the kind of the
        document's items."""
        label, kind, rest = parse_label(text, self.codes if codes else frozenset())
        if label.startswith("Article") and not self.deliberation:
            return "", "", text
        if label and not kind:
            kind = self.prior or "recommendation"
        return label, kind, rest

    @staticmethod
    def label_fate(kind: str, rest: str) -> tuple[str, str]:
        """(title, state) of what follows a label: a short qualifier in brackets before the
        separator belongs to the label's line (« Action 2.4 (nouvelle) – Créer … » -> « Créer … »),
        a fate in it is the state (« (reportée à 2028) » -> « Reportée à 2028 »); an action's title
        made only of its fate (« supprimée », « abandonnée (voir 6.1) », « fusionnée avec l'action
        2.4 ») keeps its words, its state says it was dropped (« Supprimée ») or merged into another
        (« Fusionnée »), so it answers nothing."""
        qualified = _LABEL_QUALIFIER.match(rest)
        if qualified and not _CONTINUED.fullmatch(qualified.group("qualifier")) and (
                _word_count(qualified.group("qualifier")) <= 5):
            qualifier = _collapse(qualified.group("qualifier"))
            if _MERGED_INTO.match(qualifier):
                return rest[qualified.end():], "Fusionnée"
            fate = _LABEL_FATE.match(qualifier)
            return rest[qualified.end():], (qualifier[:1].upper() + qualifier[1:]) if fate else ""
        if (kind == "action" and _FATE_TITLE.match(rest) and _word_count(rest) <= 10
                and not re.search(r"[:–—]", rest) and len(_sentences(rest)) == 1):
            fate = _LABEL_FATE.match(rest)
            if fate is None:  # « fusionnée avec l'action 2.4 », « intégrée à la mesure 3 »
                return rest, "Fusionnée"
            word = fate.group(0).strip(" \t(«\"")
            return rest, word[:1].upper() + word[1:].lower()
        return rest, ""

    def turned_down(self, label: str, rest: str) -> bool:
        """Whether, in an authority's document (a plan, an answer, a deliberation), the text after
        the label of a demand it names (« Idée n° 13 », « Proposition 4 ») turns it down (see
        _TURNED_DOWN, or a refusal in its first sentence); a bracketed reminder of the demand
        may come first (« (vidéoprotection de la gare) : non retenue … »)."""
        if not (self.prior == "action" or self.deliberation) or not _DEMAND_LABEL.match(label):
            return False
        reminder = re.match(r"^\s*\([^()]{0,120}\)\s*[:–—-]?\s*", rest)
        said = rest[reminder.end():] if reminder else rest
        return bool(_TURNED_DOWN.match(said) or _REFUSAL.search(_sentences(said)[0][1] if said.strip() else ""))

    def asked_by(self, text: str, rest: str) -> bool:
        """Whether ``text``, opened by a label, only names who asks what follows (« Question n°3 de
        Mme Durand, groupe Agir : », see _ASKED_BY): no separator after the label's number."""
        if not _ASKED_BY.match(rest):
            return False
        m = _LABEL.match(text)
        return m is not None and not (m.group("sep") or "").strip()

    @staticmethod
    def answered(text: str) -> tuple[tuple[str, str], Optional[int]]:
        """((label, numbers), where the answer starts) when ``text`` says which numbered
        questions what follows answers (« Réponse du Maire à la question n°3 : » ->
        (("Réponse à la question n° 3", "3"), len(text))), the answer being the words after its
        colon; (("", ""), None) otherwise."""
        m = _ANSWER_TO.match(text)
        if not m:
            return ("", ""), None
        numbers = re.findall(r"\d+", m.group("nums"))
        label = (f"Réponse à la question n° {numbers[0]}" if len(numbers) == 1
                 else "Réponse aux questions n° " + ", ".join(numbers))
        return (label, " ".join(numbers)), (m.start("rest") if m.group("rest") else len(text))

    def engagement_fields(self, block: Block) -> tuple:
        """In an authority's plan (not an answer quoting the requests it answers), the starts of
        the paragraphs after the labelled paragraph ``block`` that describe it and end with its
        engagement fields (« Calendrier : 2027 », « Coût estimé : 15 000 € », see
        _ENGAGEMENT_FIELD), up to the next label or heading; () when no such field follows."""
        at = self.block_at.get(block.start)
        if self.prior != "action" or self.answer or block.kind != "paragraph" or at is None:
            return ()
        starts, upto = [], 0
        for b in self.doc.blocks[at + 1:at + 1 + MAX_FIELD_BLOCKS]:
            if b.kind != "paragraph" or self.parse_label(b.text)[0]:
                break
            field = bool(_ENGAGEMENT_FIELD.match(b.text))
            if not field and _FIELD_NAME.match(b.text):
                break  # another field (« Indicateurs : … »): read as usual
            if upto and not field:
                break  # a paragraph after the fields: no longer the item's
            starts.append(b.start)
            upto = len(starts) if field else upto
        return tuple(starts[:upto])

    def kicker_label(self, block: Block) -> bool:
        """Whether the paragraph just before this heading is an axis's numbered label alone,
        waiting for its text (« AXE 1 », « Orientation 2 »), that the heading's title completes: an
        axis is a title. (A recommendation's label over a heading, « Recommandation 3 » / « Un
        bus plus souple », waits for the paragraph after the heading: the demand itself.)"""
        waiting = self.state.pending
        at = self.block_at.get(block.start, 0)
        return (waiting is not None and waiting[1] == "objective" and waiting[2].kind == "paragraph" and at > 0
                and self.doc.blocks[at - 1] is waiting[2] and any(c.isdigit() for c in waiting[0])
                and len(block.text.split()) <= MAX_KICKED_TITLE_WORDS and not block.text.rstrip().endswith((":", "?")))

    def labelled(self, block: Block, following: Optional[Block] = None) -> bool:
        label, kind, rest = self.parse_label(block.text)
        if label:
            self.state.asked = ""
        if label and self.asked_by(block.text, rest):
            # « Question n°3 de Mme Durand, groupe Agir : » over the question's context and the
            # question: the label numbers the units that follow, its author is no text
            self.state.asked = label
            return True
        if label and not rest.strip() and block.kind == "paragraph":
            self.state.pending = (label, kind, block)
            return True
        if not label or not rest.strip():
            return False
        if _quoted_fragment(rest):
            return True  # « Action 7 :(compléter) ... »: a note on an item stated elsewhere
        if (block.kind == "paragraph" and rest.rstrip().endswith(":") and following is not None
                and following.kind == "list_item" and (not self.lang.infinitive(rest) or _ANNOUNCES_ITEMS.search(rest))):
            # "Préconisation 3 : Le Conseil recommande de :" or "Article 2 : de prendre les
            # engagements suivants :" over a list: the lead-in is no unit itself; its items
            # are, and carry its label
            st = self.state
            announced = classify_leadin(rest, self.prior)
            # (an article of a deliberation stays a decision: « Article 2 : de prendre les
            # engagements suivants : »)
            st.leadin = announced if announced and not (kind == "decision" and announced == "action") else kind
            st.leadin_active, st.leadin_paragraphs, st.leadin_refused = True, False, False
            st.leadin_label = label
            return True
        fields = self.engagement_fields(block)
        if fields and kind in ("recommendation", "objective"):
            # « Préconisation 1.2 – Créer un fonds … » then « Calendrier : 2026-2028 », « Coût
            # estimé : 2,4 M€ » in an authority's plan: what it commits to, whatever the label's noun
            kind = "action"
        if kind == "decision" and _APPEAL_NOTICE.match(rest):
            return True
        if kind == "recommendation" and self.turned_down(label, rest):
            # « Idée n° 13 (application) : non retenue, la communauté de communes … »: the
            # authority's refusal of the demand it names, a decision; the bracketed reminder
            # of the demand stays in its text (what it refuses)
            kind, fate = "decision", "non retenue"
        else:
            rest, fate = self.label_fate(kind, rest)
            if kind == "decision" and not fate and _REFUSED_ARTICLE.match(rest):
                fate = "non retenue"  # « Article 11 : De ne pas donner suite à … »: a refusal
        offset = block.start + len(block.text) - len(rest)
        first = _sentences(rest)[0]
        parts = [(first[0] + o, part) for o, part in _demand_parts(first[1])]
        statement = offset if len(parts) > 1 else -1
        for o, part in parts[:-1]:
            # « Recommandation 5 : Le conseil souhaite que … et demande aussi que … »: one
            # unit per demand, under the same label
            self.add(_Unit(kind=kind, text=_collapse(part), start=offset + o, end=offset + o + len(part),
                           page=block.page, label=label, statement=statement))
        rest, offset = rest[parts[-1][0]:], offset + parts[-1][0]
        state = fate
        sentences = _sentences(rest)
        if kind == "action" and not state and len(sentences) > 1 and _word_count(sentences[0][1]) <= STATE_WORDS - 1:
            lead = _collapse(sentences[0][1]).rstrip(".")
            if status_cap(lead) != STATUS_ADDRESSED:
                # « Action 5 : Reportée. Rénover la passerelle … »: the fate of the action
                # stated before it
                state = lead
                rest, offset = rest[sentences[1][0]:], offset + sentences[1][0]
        if kind == "decision" and not state and _refuses_in_part(sentences):
            # « Article 16 : La retransmission des séances n'est pas retenue. Un compte rendu sera
            # publié … »: an article that turns one thing down and decides another is one decision
            # per sentence, the refusal stated (« non retenue »)
            for k, (o, sentence) in enumerate(sentences):
                end = offset + (sentences[k + 1][0] if k + 1 < len(sentences) else len(rest))
                self.add(_Unit(kind=kind, text=_collapse(sentence), start=offset + o, end=end, page=block.page,
                               label=label, statement=statement,
                               state="non retenue" if _REFUSAL.search(sentence) else ""))
            if block.kind == "paragraph":
                self.state.leadin_active = False
            return True
        if (kind in ("action", "decision") and not state and self.prior == "action" and len(sentences) > 1
                and any(_PART_PUT_OFF.search(sentence) for _, sentence in sentences[1:])):
            # « Décision n° 3 : les postes seront renouvelés cet été. L'équipement des classes est
            # reporté au budget 2028 »: a part is put off, the measure keeps the demand in part
            state = RETAINED_IN_PART
        asks = _added_asks(rest, self.lang.infinitive) if kind == "recommendation" and not state and not fields else []
        if len(asks) >= 2:
            # « R2 – Ouvrir l'accueil le samedi. Les actifs … Le conseil demande également … »: a
            # further ask in the labelled paragraph's body is one demand more, under the same label;
            # the sentences between stay with the ask before them (its reasons)
            statement = offset
            for k, (o, part) in enumerate(asks):
                end = block.end if k == len(asks) - 1 else offset + o + len(part)
                self.add(_Unit(kind=kind, text=_collapse(part), start=offset + o, end=end, page=block.page, label=label,
                               statement=statement))
            if block.kind == "paragraph":
                self.state.leadin_active = False
            return True
        unit = self.add(_Unit(kind=kind, text=_collapse(rest), start=offset, end=block.end, page=block.page, label=label,
                              statement=statement, state=state))
        if fields and unit:
            self.state.fields = (unit, fields)
        if block.kind == "paragraph":
            self.state.leadin_active = False
            if (kind == "action" and self.prior != "recommendation" and len(sentences) == 1
                    and _word_count(rest) <= MAX_ACTION_TITLE_WORDS and not re.search(r"[.!?:;…]\W*$", rest)
                    and following is not None and following.kind == "paragraph"
                    and not following.text.rstrip().endswith(":") and not self.parse_label(following.text)[0]):
                # « Mesure 2 : parkings relais » over its paragraph: a title,
                # the paragraph describes it (see on_paragraph)
                self.state.body = (unit, following)
        return bool(unit)
