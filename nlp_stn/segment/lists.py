"""List items and inline lists of the segmenter (mixin of _Segmenter).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional, Sequence

from ..labels import LABEL as _LABEL
from ..model import Block
from ..status import UNDER_STUDY
from .vocabulary import (MAX_ACTION_TITLE_WORDS, _ADMIN_TAIL, _ADVERBS, _ASSIGNED, _AUTHORITY_MUST, _CONTENTS_TITLE, _DEVERBAL,
                         _DEMAND_VERB, _DEMAND_WEAK, _DEMAND_WHOLE, _DETERMINERS, _INNER_LABEL, _INNER_NUMBER,
                         _MEASURED_BY, _NAMED_ITEM, _PERSON_ITEM, _TASK_MARKERS, _TRAILING_COMMENT)
from .units import _Unit
from .language import (_COMPLEMENT_WORDS, _after_topic, _without_addition, _COPULA, _EXAMPLE_START, _INLINE_SEPARATOR, _PREPOSITIONS, _SPOKEN_DEMAND,
                       _COUNTED_ONES, _TALLY, _TYPED_ARROW, _collapse, _first_word, _marker_class, _may_start_with_infinitive,
                       _reference_note, _sentences, _states_ask, _suggests, _wish_clauses, _word_count)
from .tables import _REFUSAL, _describe, classify_leadin
from .priors import _ARTICLES, _FIGURE_ALONE, _FIGURE_START, _KEY_FIGURES_SECTION, _REFUSED_SECTION

# « à » before what follows it (« à soutenir l'investissement … »: an infinitive after « Il invite la
# Région : »; « à la gare » is a complement)
_TO_VERB = re.compile(r"^\s*[àa]\s+(?=[^\W\d_])")


# most words of the title opening an item before its sentences (see _Lists.titled_pledge)
TITLE_PLEDGE_WORDS = 8
# most words of the label under a key figure's tile (see _Lists.figure_label)
MAX_FIGURE_LABEL = 20
# what must be (« Chaque démarche doit rester possible au guichet », « les tarifs devraient
# baisser »): under a proposal's title, what the proposal asks
_MUST_BE = re.compile(rf"\b(?:doi(?:t|vent)|devr(?:ait|aient|a|ont))\s+(?:{_ADVERBS}\s+)?(?:pas\s+)?"
                      r"(?:se\s+|s['’])?[^\W\d_]+(?:er|ir|re|oir)\b", re.I)
# an item opening on what a thing must do or be, its subject first (« Le nouveau site devra
# respecter … », « Les salles doivent rester ouvertes … »; not « … qui doit … », a relative clause,
# nor a constraint, « La ville doit faire face à … »): in a demands document, a thing asked
_SUBJECT_MUST = re.compile(
    rf"^\W*(?:le|la|les|l['’]|ce|cet|cette|ces|chaque|notre|nos|leur|leurs|son|sa|ses|un|une)\s*[^\W\d_]"
    rf"[^.;:!?]{{0,80}}?\s(?<!\bqui\s)(?:doi(?:t|vent)|devr(?:ait|aient|a|ont))\s+(?:{_ADVERBS}\s+)?"
    r"(?:se\s+|s['’])?(?!faire\s+face|composer\b|affronter|subir)[^\W\d_]+(?:er|ir|re|oir)\b", re.I)


# most items of a plan's list whose sentences commit, whatever their subject, for the list to be
# one of actions (see _Lists.pledged_series): two, and half of the sentences among its items
MIN_PLEDGED_ITEMS = 2
# words of an item for it to be a sentence (« Les cantines serviront l'eau en carafe dès 2027. »)
MIN_SENTENCE_ITEM_WORDS = 8
# what a thing to be done is, in a plan: under study or reflection (« La collecte des biodéchets
# est à l'étude avec le syndicat. », « Le portage foncier est en réflexion avec la SAFER ; … »)
_UNDER_STUDY = re.compile("^" + UNDER_STUDY + r"\b", re.I)


def _sentence_item(text: str) -> bool:
    """Whether a list item is a whole sentence: a capital (or an opening quote) first, a full
    stop last and at least ``MIN_SENTENCE_ITEM_WORDS`` words (not « clôture et forage en 2027 ; »,
    a step, nor « Formation des cuisiniers », a title)."""
    text = text.strip()
    return (len(text.split()) >= MIN_SENTENCE_ITEM_WORDS and text.endswith((".", "!"))
            and (text[:1].isupper() or text[:1] in "«\"“"))


# words of the finding before the ask of a note's item (see _Lists.closing_ask)
MIN_FINDING_WORDS = 3
# an object pronoun before an infinitive (« en faire », « y mettre », « les refaire »)
_CLITIC = re.compile(r"^(?:en|y|le|la|les|leur|lui|l['’])\s*(?=[^\W\d_])", re.I)


# A participant named at the head of a pad's line, then a colon (« Lou : … », « Jean-Marc : … »)
_SPEAKER = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?\s*:\s+(?=\S)")


# A deed named by a definite article and its noun (« Le paiement en ligne de … », « L'ouverture
# du … », « La mise en place d'un … »)
_DEFINITE_DEED = re.compile(r"(?:le|la|les)\s+" + _DEVERBAL + r"|l['’]\s*" + _DEVERBAL, re.I)


class _Lists:
    """Part of _Segmenter (see segmenter.py): list items and inline lists."""

    # --- list items
    def on_list_item(self, block: Block) -> None:
        st = self.state
        st.pending = None
        arrow = _TYPED_ARROW.match(block.text)
        if arrow and block.text[arrow.end():].strip():
            # « * -> et puis des bancs »: an arrow typed after the bullet is a bullet too
            block = replace(block, text=block.text[arrow.end():], start=block.start + arrow.end())
        inner = self.inner_number(block.text) if not block.marker[:1].isalnum() else None
        if inner:
            # "• 1.2 Panneaux à messages variables": a bulleted item numbered in its text (slides,
            # designed pages) is numbered as if by its marker
            block = replace(block, marker=inner.group(1), text=block.text[inner.end():],
                            start=block.start + inner.end())
            tail = _ADMIN_TAIL.search(block.text)
            if tail and tail.start() > 0:
                # « 4.1 Créer … (pilote : … ; échéance : 2027) », « 4.2 | Créer … – DSI – 2027 »: who
                # and when are fields of the item, as a plan table's columns, not its text
                block = replace(block, text=block.text[:tail.start()], end=block.start + tail.start())
        if not st.items:
            self.lists += 1  # the first item of a new list
        depth = self.list_depth(block)
        enclosing = next((entry for entry in reversed(st.items) if entry[1] < depth), None)
        st.items = [entry for entry in st.items if entry[1] < depth]
        before = len(self.units)
        above = self.unit_of(enclosing[2]) if enclosing is not None and enclosing[2] else None
        if (depth > 0 and above is not None and above.kind == "action" and not block.marker[:1].isalnum()
                and (above.label or self.lang.infinitive(above.text)) and not self.parse_label(block.text)[0]
                and not block.text.rstrip().endswith((":", "?")) and not self.lang.infinitive(block.text)):
            # a bulleted sub-item of an action (labelled, or stated by its verb) that names no
            # action itself (« Action 1.2 – Plateforme d'information » / « • Enneigement,
            # ouverture des routes et des cols »): it describes the action, or gives its
            # indicator (« • Indicateur : nombre de sites »). Numbered sub-items are items of
            # their own, and a few words over them may name their group (see resolve)
            if not self.colon_list(block):
                _describe(above, block.text)
        else:
            self.list_item(block, depth, enclosing)
            self.labelled_action(self.units[before:])
        new = self.units[before:]
        for unit in new:
            unit.series = (self.lists, depth, _marker_class(block.marker))
        if enclosing is not None and enclosing[2]:
            for unit in new:  # a sub-item is a detail of the item above it
                unit.parent = str(enclosing[2])
        st.items.append((_marker_class(block.marker), depth, new[0].key if len(new) == 1 else 0,
                         block.text.rstrip().endswith(":"), block.level))

    def inner_number(self, text: str) -> Optional[re.Match]:
        """The number typed at the head of a bulleted item, which labels it: before a capital
        (« 1.2 Panneaux … »), or typed « 4-1 », « 4.1) », or followed by a separator (« 4.1 | Créer
        … », « 4.1 – créer … ») before a capital or an infinitive (« 4.1 créer … »); not a
        quantity (« 1.5 million »)."""
        m = _INNER_NUMBER.match(text)
        if m:
            return m
        m = _INNER_LABEL.match(text)
        if not m:
            return None
        rest = text[m.end():]
        return m if rest.lstrip("«\"“ ")[:1].isupper() or self.lang.infinitive(rest) else None

    def labelled_action(self, new: Sequence[_Unit]) -> None:
        """Keep the unit of a list item or paragraph as the one its following text is about
        when it is a labelled action; any other unit ends that (see _State.last_action)."""
        self.state.last_action = new[0] if len(new) == 1 and new[0].kind == "action" and new[0].label else None

    def unit_of(self, key: int) -> Optional[_Unit]:
        """The unit of a key (the last ones first: the key of an item above is recent)."""
        return next((u for u in reversed(self.units) if u.key == key), None)

    def completed_item(self, blocks: Sequence[Block], i: int) -> Optional[tuple[Block, int]]:
        """An item ending with ":" over sub-items that complete its phrase (« - Des navettes vers
        la gare : » then « - tôt le matin, » « - avec un arrêt dans chaque hameau, » « - pour
        un prix modique. »): one item of their joined text, as the items of a table cell are joined, and the
        index after them. The sub-items are fragments: each opened in lower case by a
        preposition, an adverb or a relative pronoun, not by an infinitive (« de créer… » is an
        item of its own), all but the last ended by « , » or « ; ». Not under a lead-in that
        announces items (« Le conseil propose : »)."""
        block = blocks[i]
        text = block.text.rstrip()
        if not text.endswith(":") or _INLINE_SEPARATOR.search(text) or classify_leadin(text, self.prior) != "":
            return None
        subs = []
        j = i + 1
        while (j < len(blocks) and blocks[j].kind == "list_item" and blocks[j].table is None
               and blocks[j].level > block.level):
            subs.append(blocks[j])
            j += 1
        if not subs or any(sub.level != subs[0].level for sub in subs):
            return None
        if len(subs) >= 2 and all(_first_word(sub.text.strip()) == "que" for sub in subs):
            # « Une meilleure couverture mobile : » over « - qu'une antenne soit installée … ; » « - que
            # la carte … soit publiée. »: clauses with their own verbs, one wish each, not fragments
            return None
        for n, sub in enumerate(subs):
            part = sub.text.strip()
            if not part[:1].islower() or _first_word(part) not in _COMPLEMENT_WORDS or part.endswith((":", "?")):
                return None
            if n < len(subs) - 1 and not part.endswith((",", ";")):
                return None
        self.lang.prepare([sub.text for sub in subs])
        if any(self.lang.infinitive(sub.text) or (_TO_VERB.match(sub.text) and self.lang.infinitive(_TO_VERB.sub("", sub.text)))
               for sub in subs):
            # (« à soutenir … » too, after « Il invite la Région : » / « (a) pour l'agriculture : »:
            # what the invitation asks, an item of its own)
            return None
        joined = " ".join([_collapse(text)] + [_collapse(sub.text) for sub in subs])
        return replace(block, text=joined, end=subs[-1].end), j

    def list_depth(self, block: Block) -> int:
        """The item's depth: the extractor's, or deeper than the item before when a typed
        numbering changes kind after an item that ends with ":" ("2. ... :" then "a) ...")."""
        items = self.state.items
        if block.level > 0 or not items or any(entry[4] for entry in items):
            return block.level  # the extractor knows the depths (indentation, nested lists)
        cls = _marker_class(block.marker)
        for entry in items:
            if entry[0] == cls:
                return entry[1]
        last = items[-1]
        if last[3] and cls and last[0] and cls != last[0]:
            return last[1] + 1
        return block.level

    def list_item(self, block: Block, depth: int, enclosing) -> None:
        st = self.state
        if st.headings and _CONTENTS_TITLE.fullmatch(st.headings[-1][1]):
            return  # « Sommaire » / « Axe 1 – Tourisme connecté »: an entry of the contents
        if self.labelled(block):
            return
        if _reference_note(block.text):
            return  # « 1. Décret n° … du 5 octobre 2011, article 3 » typed as a numbered item: a note
        words = block.text.rstrip().split()
        if (block.text.lstrip().startswith(("...", "…")) and words
                and words[-1].lower() in _DETERMINERS | _PREPOSITIONS):
            return  # « 6) …et puis aussi pour les »: a line left unfinished in a pad, nothing asked
        first = block.text.split()[0].lower().strip("«\"'(") if block.text.split() else ""
        if depth > 0 and enclosing is not None and first in _PREPOSITIONS and not (
                first in ("de", "à") and enclosing[3] and st.leadin_active and st.leadin in ("recommendation", "action")
                and self.lang.infinitive(_TO_VERB.sub("", block.text))) and not (
                first == "et" and self.prior == "recommendation" and _SPOKEN_DEMAND.match(block.text)) and not (
                first == "des" and enclosing[3]):
            # "dans les quartiers prioritaires": a complement of the item above; not « b) de
            # former les agents » under « Le conseil recommande : », one more thing asked, as
            # « a) d'équiper … » before it (nor « (i) à soutenir … » under « Il invite la Région : »), nor, in a demands document, « - et qu'il soit lisible
            # … » under « - Que le site soit … »: one more wish, nor « - des tablettes pour chaque
            # classe. » under « 7. Pour l'école : », the plural of « une », one thing of the list
            return
        hint = st.leadin if st.leadin_active else st.hint
        if hint is None:
            return
        if self.comment_on_idea(block, depth, enclosing):
            return
        label = block.marker if block.marker[:1].isalnum() else ""
        text = block.text
        if (hint in ("", "recommendation") and self.prior == "action" and not text.rstrip().endswith((":", "?"))
                and re.search(r"[^\W\d_]{2}", text)
                and (self.in_section(_REFUSED_SECTION) or (st.leadin_active and st.leadin_refused))):
            # an item of an authority's section of refusals (« Ce qui n'est pas possible »,
            # « Les demandes non retenues »): a decision turning down what it names, with its reason,
            # also after a lead-in naming what it turns down (« Le comité n'a pas retenu les
            # propositions suivantes : »): the demands it names are not the plan's own; so are the
            # items of a lead-in saying so (« Dépenses non éligibles : » in bold over its list)
            self.add(_Unit(kind="decision", text=_collapse(text), start=block.start, end=block.end,
                           page=block.page, label=label, state="non retenue"))
            return
        if (hint in ("", "recommendation", "action") and self.prior == "action" and not self.in_section(_REFUSED_SECTION)
                and self.pledged_series(block) and _sentence_item(text) and self.pledged_item(text)):
            # in a plan's list of actions (see pledged_series), an item committing whatever its
            # subject (« Les cantines serviront … », « L'épicerie ouvrira … ; le CIAS y achètera … »)
            # or naming what is under study (« La collecte des biodéchets est à l'étude … »): one
            # action, all its text
            self.add(_Unit(kind="action", text=_collapse(text), start=block.start, end=block.end, page=block.page,
                           label=label))
            return
        if hint in ("", "recommendation", "action") and self.titled_pledge(block, text):
            self.add(_Unit(kind="action", text=_collapse(text), start=block.start, end=block.end, page=block.page,
                           label=label))
            return
        if hint in ("", "recommendation") and self.titled_proposal(block, text, label):
            self.add(_Unit(kind=self.item_kind("recommendation"), text=_collapse(text), start=block.start,
                           end=block.end, page=block.page, label=label))
            return
        if (hint == "" and not st.leadin_active and not self.ideas and not self.noun_proposal(block, label)
                and not self.numbered_title(text, label) and not self.axis_item(block, text)
                and not _NAMED_ITEM.match(text) and not self.key_figure(text)
                and not (self.prior == "recommendation" and len(_sentences(text)) == 1 and _SUBJECT_MUST.match(text))
                and (len(_sentences(text)) >= 2 or len(text.split()) >= 12)
                and not _may_start_with_infinitive(self.lang.head(text))
                and not _may_start_with_infinitive(self.lang.head(_after_topic(text)))
                and not text.rstrip().endswith((":", "?"))):
            # a numbered paragraph of prose ("7. Dans ce contexte, le Conseil recommande que
            # …"), the legal style of some opinions: its demands are read sentence by sentence
            # (its questions are the author's own, rhetorical, or titles of a bibliography)
            before = len(self.units)
            self.sentences(block, questions=False)
            if len(self.units) == before:
                self.spoken_item(block, text, label)
            return
        if text.rstrip().endswith(":") and not _INLINE_SEPARATOR.search(text):
            # an item that introduces sub-items: it is a unit if it reads as one
            self.candidate(block, text, block.start, hint, label)
            sub = classify_leadin(text, self.prior)
            st.leadin, st.leadin_active, st.leadin_refused = (sub if sub else hint), True, False
            return
        if self.inline_list(block, hint, label):
            return
        if hint in ("", "recommendation") and self.prior == "recommendation":
            # « – que les ateliers soient organisés au collège, et qu'un référent soit désigné ; »
            # under « Le conseil émet le vœu : »: one demand per wish clause
            for offset, part in _wish_clauses(text):
                self.candidate(block, part, block.start + offset, hint, label)
            return
        self.candidate(block, text, block.start, hint, label)

    def candidate(self, block: Block, text: str, start: int, hint: Optional[str], label: str = "",
                  heading: Optional[str] = None, role: str = "", first_in_cell: bool = True) -> None:
        """A list item or a part of one: kind by hint, else by language."""
        text = _TALLY.sub("", _collapse(text))
        if not text or hint is None or not re.search(r"[^\W\d_]{2}", text):
            return  # nothing to read ("?", "–", "12 %" alone in a cell)
        if _PERSON_ITEM.match(text):
            return  # « Mme Lise Perrot, animatrice », « Excusés : … »: who, not what
        named = _NAMED_ITEM.match(text)
        if named and not role and text[named.end():].strip():
            # « - Proposition : installer des points de téléconsultation … », « - Idée : … »: the
            # item names itself a proposal, whatever its form
            rest = text[named.end():]
            self.add(_Unit(kind=self.item_kind("recommendation"), text=rest, start=start + named.end(),
                           end=self._end(block, start + named.end(), rest), page=block.page, label=label,
                           heading=heading))
            return
        if _suggests(text) and not role:
            # "Pourquoi pas un relais 4G sur le château d'eau ?": a suggestion
            self.add(_Unit(kind=self.item_kind("recommendation"), text=text, start=start,
                           end=start + len(text), page=block.page, label=label, heading=heading))
            return
        said = _sentences(text)
        closing = said[-1][1].strip() if len(said) >= 2 else ""
        if closing.endswith("?") and _suggests(closing) and not role:
            # « Je signe pour la médiathèque. Et pourquoi pas un portage de livres … ? »: after what
            # the writer says, the suggestion the item ends on, alone
            at = start + said[-1][0] + said[-1][1].index(closing)
            self.add(_Unit(kind=self.item_kind("recommendation"), text=closing, start=at, end=at + len(closing),
                           page=block.page, label=label, heading=heading))
            return
        if block.marker in _TASK_MARKERS and _ASSIGNED.match(text) and not _LABEL.match(text):
            return  # « [ ] Odile : réserver la salle »: a task of the meeting, not of a plan
        if block.marker in _TASK_MARKERS and not text.endswith("?"):
            # a task of a to-do list ("- [ ] Contacter les mairies"): something to be done
            self.add(_Unit(kind="action", text=text, start=start, end=self._end(block, start, text),
                           page=block.page, heading=heading))
            return
        # « … on l'aura quand ? (hors sujet) »: a comment in brackets after a question
        asked = _TRAILING_COMMENT.sub("", text)
        if asked.endswith("?") and not role and not _suggests(asked):
            self.add(_Unit(kind="question", text=text, start=start, end=start + len(text), page=block.page,
                           label=label, heading=heading))
            return
        if _COUNTED_ONES.match(text) and not role:
            return  # « six sont en cours ; » under « Sur les vingt mesures : »: a tally, not a unit
        first = text.split()[0].lower().strip("«\"'(")
        unit = _Unit(kind="", text=text, start=start, end=self._end(block, start, text), page=block.page,
                     label=label, heading=heading, role=role)
        if not role and hint in ("", "recommendation") and self.spoken_item(block, text, label, start, heading,
                                                                          things=False):
            return  # « on veut un city-stade !!! »: the « ! » insists
        if _EXAMPLE_START.match(text) or (text.endswith("!") and not self.ideas and not self.insisted_proposal(text)):
            return  # an example, an exclamation (on a workshop's post-it, « !!! » only insists)
        if (not role and hint in ("", "recommendation") and self.prior == "recommendation"
                and len(_sentences(text)) == 1 and _states_ask(text.rstrip(" !"))):
            # « ✖ Il faut rénover le skatepark ! », « – Il faudrait ouvrir le gymnase le dimanche. »:
            # an item of a demands document asking in so many words, one demand
            unit.kind = "recommendation"
            self.add(unit)
            return
        if first in _PREPOSITIONS and not first_in_cell and not _sentence_item(text):
            return  # a complement of the item before (not « En 2029, deux guichets seront … . », a sentence)
        if (not role and self.prior == "action" and hint in ("", "recommendation")
                and self.lang.commitment(text)):
            # in an authority's document, an item pledging its own deed in the future (« Nous
            # installerons en 2027 … », « La commune réunira … »): an action, whatever its lead-in says
            unit.kind = "action"
        elif (not role and hint in ("", "recommendation") and (self.answer or self.report)
              and self.lang.running_since(text)):
            # in an authority's answer or report, an item telling what it set up and still runs
            # since a date (« Un wifi public fonctionne à la médiathèque depuis juin 2026 »): done
            unit.kind, unit.state = "action", "Réalisée"
        elif first in _COPULA:
            unit.kind = "objective"  # "Être un facilitateur": a quality to reach
        elif not role and hint == "" and self.key_figure(text):
            # under a report's « Chiffres clés 2024 », « 4 300 comptes créés sur le portail »: what
            # the authority measured of its own action, an indicator
            unit.kind = "indicator"
        elif not role and hint == "objective" and _MEASURED_BY.match(text):
            # « Indicateur : nombre de passages … » beside « Objectif : 20 % … » under « Nos
            # objectifs »: the item names itself the measure of the objectives, an indicator
            unit.kind = "indicator"
        elif hint in ("indicator", "decision", "objective"):
            unit.kind = hint
        elif hint in ("recommendation", "action") or role == "action":
            unit.kind = self.item_kind(hint)
            unit.soft = hint not in ("recommendation", "action")
            if len(text.split()) < 5 and not (self.prior == "action" and hint == "action" and role == "action"):
                # short noun phrases are titles; not in the « Action » column of a plan's table
                # (« Nouvel ENT départemental », « Téléservice APA »)
                unit.needs, unit.fallback = "inf", unit.kind
        elif self.ideas and block.kind == "list_item" and not role and hint == "":
            unit.kind = "recommendation"  # a post-it of a workshop's notes: an idea, whatever its form
        elif not role and hint == "" and self.noun_proposal(block, label):
            unit.kind = "recommendation"
        elif not role and (self.numbered_title(text, label) or (hint == "" and self.axis_item(block, text))):
            # a numbered item of a plan written as a title, even a noun phrase ("1. Dématérialisation
            # des démarches administratives"): an action, as its numbered titles are (not "1° une
            # part de matériel reconditionné ;", the end of a sentence)
            unit.kind = "action"
        elif not role and hint == "" and self.prior == "recommendation" and _SUBJECT_MUST.match(text):
            unit.kind = "recommendation"  # « 10. Le nouveau site devra respecter … »: what a thing must be
        elif not role and hint == "" and self.asked_thing(block, text):
            unit.needs = "np"  # a demand if its siblings are (see resolve)
        else:
            unit.needs, unit.fallback, unit.soft = "inf", self.default_kind(), True
        self.add(unit)

    def pledged_item(self, text: str) -> bool:
        """Whether a sentence of a plan's list tells a thing to be done: its first clause (before
        « ; ») in the future whatever its subject, or a thing under study (see _UNDER_STUDY)."""
        first = text.split(";")[0].strip().rstrip(".")
        return bool(_UNDER_STUDY.match(text)) or self.lang.commitment(first, True)

    def pledged_series(self, block: Block) -> bool:
        """Whether the list item ``block`` belongs to a plan's list of actions: the items of its
        list at its own level (their sub-items are steps) are whole sentences (see _sentence_item),
        at least ``MIN_PLEDGED_ITEMS`` of them and half of them telling a thing to be done (see
        pledged_item), « L'épicerie solidaire ouvrira au printemps 2027 … », « Deux jardins
        partagés seront aménagés … »."""
        at = self.block_at.get(block.start)
        if at is None:
            return False
        blocks = self.doc.blocks
        first = at
        while first > 0 and blocks[first - 1].kind == "list_item":
            first -= 1
        last = at
        while last + 1 < len(blocks) and blocks[last + 1].kind == "list_item":
            last += 1
        key = (blocks[first].start, block.level)
        cache = self.__dict__.setdefault("_pledged_series", {})
        if key not in cache:
            sentences = [b.text for b in blocks[first:last + 1] if b.level == block.level and _sentence_item(b.text)]
            pledged = [t for t in sentences if self.pledged_item(t)]
            cache[key] = len(pledged) >= MIN_PLEDGED_ITEMS and 2 * len(pledged) >= len(sentences)
        return cache[key]

    def comment_on_idea(self, block: Block, depth: int, enclosing) -> bool:
        """In a pad of ideas (see _Segmenter.ideas), a sub-item under an idea that asks nothing
        itself (« - Lou : ma cousine fait ça dans une asso », « - #wifi #priorité », « - avec des
        lots !! », an aside in brackets, « Lou : ma cousine fait ça » after a participant's name):
        a participant's comment on the idea, not an idea; one that asks (an infinitive, « et qu'il
        soit … », a demand word, a suggestion, a question, a thing asked « des bancs … ») is one."""
        if not self.ideas or depth == 0 or enclosing is None or not enclosing[2]:
            return False
        above = self.unit_of(enclosing[2])
        if above is None or above.kind != "recommendation":
            return False
        text = block.text.strip()
        speaker = _SPEAKER.match(text)
        if speaker:
            # « Lou : ma cousine fait ça, on peut demander »: what a participant says of the idea,
            # unless what follows the name asks by its verb (« Inès : installer aussi des bancs »)
            rest = text[speaker.end():]
            return not (self.lang.infinitive(rest) or _SPOKEN_DEMAND.match(rest))
        # an aside in brackets (« (la salle a un code mais il faut le demander) ») comments, whatever it says
        return (text.startswith("(") and text.endswith(")")) or not (
            self.asks(text) or self.asked_thing(block, text))

    def insisted_proposal(self, text: str) -> bool:
        """Whether ``text``, ended by « ! », opens with an infinitive (« Garder un accueil en mairie :
        tout le monde n'a pas internet ! ») or asks in so many words (« Il faut rouvrir la piscine ! »,
        see _states_ask): a proposal whose « ! » only insists, not an exclamation (« Enfin la
        fibre ! », « Bravo aux bénévoles ! »)."""
        return bool(self.lang.infinitive(text) or _states_ask(text.rstrip(" !")))

    def titled_pledge(self, block: Block, text: str) -> bool:
        """In an authority's document (a plan, a programme), an item made of a short title
        without a conjugated verb, ended by a full stop, then a sentence committing to a deed in
        the future, whatever its subject (« 3. Navette du marché. Un minibus desservira les
        hameaux le mercredi. », « Cantine bio. Les repas seront préparés sur place. »): one
        action, title and sentences; not one that also turns something down."""
        if self.prior != "action" or block.kind != "list_item" or text.rstrip().endswith((":", "?")):
            return False
        parts = _sentences(text)
        if len(parts) < 2:
            return False
        title = parts[0][1].strip()
        if (not title.endswith(".") or _word_count(title) > TITLE_PLEDGE_WORDS
                or not title.lstrip("«\"“ ")[:1].isupper() or self.finite_verb(title)):
            return False
        if any(_REFUSAL.search(sentence) for _, sentence in parts[1:]):
            return False
        first = parts[1][1].strip()
        return any(self.lang.commitment(clause.strip().rstrip(";"), True)
                   for clause in re.split(r"(?<=;)", first) if clause.strip())

    def titled_proposal(self, block: Block, text: str, label: str) -> bool:
        """In an opinion, a numbered item made of a short title without a conjugated verb, ended
        by a full stop, then one sentence that asks (an infinitive, a demand verb, « il faut »,
        what must be: « 6. La fibre dans les hameaux. Obtenir de l'opérateur un calendrier … »,
        « 2. Toujours un guichet. Chaque démarche doit rester possible au guichet. »): one
        recommendation, title and sentence, as :meth:`titled_pledge` reads a plan's item."""
        if (self.prior != "recommendation" or block.kind != "list_item" or not label[:1].isdigit()
                or text.rstrip().endswith((":", "?"))):
            return False
        parts = _sentences(text)
        if len(parts) != 2:
            return False
        title, asked = parts[0][1].strip(), parts[1][1].strip()
        if (not title.endswith(".") or _word_count(title) > TITLE_PLEDGE_WORDS
                or not title.lstrip("«\"“ ")[:1].isupper() or self.finite_verb(title)):
            return False
        return bool(self.lang.infinitive(asked) or _DEMAND_WHOLE.search(asked) or _DEMAND_VERB.search(asked)
                    or _DEMAND_WEAK.search(asked) or _AUTHORITY_MUST.search(asked) or _MUST_BE.search(asked))

    def figure_label(self, figure: Block, block: Block) -> bool:
        """Under a report's key figures (see _KEY_FIGURES_SECTION), a figure alone on its line
        (« 1 230 », « 97 % », see _FIGURE_ALONE) and the short label printed under it (« personnes
        accompagnées »), as a tile shows them: one indicator, the figure then its label (added)."""
        words = block.text.split()
        if not (self.report and _FIGURE_ALONE.match(figure.text) and 0 < len(words) <= MAX_FIGURE_LABEL
                and block.text[:1].isalpha() and self.in_section(_KEY_FIGURES_SECTION)):
            return False
        self.add(_Unit(kind="indicator", text=_collapse(f"{figure.text} {block.text}"), start=block.start,
                       end=block.end, page=block.page))
        return True

    def key_figure(self, text: str) -> bool:
        """An item of a report's key figures (see _KEY_FIGURES_SECTION) opening with a number
        or a percentage: an indicator, however long."""
        return bool(self.report and _FIGURE_START.match(text) and self.in_section(_KEY_FIGURES_SECTION))

    def spoken_item(self, block: Block, text: str, label: str, start: Optional[int] = None,
                    heading: Optional[str] = None, things: bool = True) -> bool:
        """A bulleted item of a demands document (an opinion, a contribution, a pad) that asks as
        people speak (see _SPOKEN_DEMAND), or suggests (« Pourquoi on pourrait pas ouvrir le
        gymnase ? Il est vide le dimanche »), is one demand, all its sentences; one naming a
        thing (« des bancs … ») is one if its siblings are demands (see asked_thing). Whether
        it gave a unit."""
        if self.prior != "recommendation" or block.kind != "list_item":
            return False
        start = block.start if start is None else start
        if (_suggests(text) or (_SPOKEN_DEMAND.search(text) and not _TRAILING_COMMENT.sub("", text).endswith("?"))
                or self.closing_ask(text)):
            self.add(_Unit(kind="recommendation", text=_collapse(text), start=start, end=self._end(block, start, text),
                           page=block.page, label=label, heading=heading))
            return True
        if things and self.asked_thing(block, text):
            self.add(_Unit(kind="", needs="np", text=_collapse(text), start=start, end=self._end(block, start, text),
                           page=block.page, label=label, heading=heading))
            return True
        return False

    def closing_ask(self, text: str) -> bool:
        """Whether a note's item states a finding, then, after its last comma, asks in the
        infinitive, its object pronoun first or not (« le marché du soir c'est bien, en faire
        dans d'autres villages », « le car passe trop tôt, prévoir un départ à 8 h »): one
        sentence, not a question, at least ``MIN_FINDING_WORDS`` words before the comma, not
        opened by an infinitive itself (« Créer …, ouvrir … » is read as a list of its own)."""
        head, comma, tail = text.rstrip(" .;!").rpartition(",")
        if (not comma or len(head.split()) < MIN_FINDING_WORDS or text.rstrip().endswith("?")
                or len(_sentences(text)) > 1 or _may_start_with_infinitive(self.lang.head(text))):
            return False
        asked = _CLITIC.sub("", tail.strip(), count=1)
        return len(asked.split()) >= 2 and self.lang.infinitive(asked)

    def asked_thing(self, block: Block, text: str) -> bool:
        """A bulleted item of a demands document naming a thing with an indefinite or partitive
        determiner (« des bancs à l'ombre au square », « une navette le samedi », « plus de
        poubelles »), or a deed to be done with a definite one (« Le paiement en ligne de la
        cantine », « La mise en place d'un … »), at least four words: what is asked, when the
        items beside it ask too (see resolve); in a list of findings (« des familles sans
        voiture »), nothing. An item adding itself to the one before (« Et aussi des ateliers
        … ») is read by what follows the connective."""
        text = _without_addition(text)
        words = text.split()
        if self.prior != "recommendation" or block.kind != "list_item" or len(words) < 4 or text.rstrip().endswith("?"):
            return False
        first = words[0].lower().strip("«\"'(")
        second = words[1].lower()
        if (first in ("le", "la", "les") or first.startswith(("l'", "l’"))) and _DEFINITE_DEED.match(text.lstrip("«\"'( ")):
            # written as a title (one phrase, no colon, no final stop), not a finding that opens
            # on its subject (« La couverture mobile reste très inégale : … »)
            return (len(words) <= MAX_ACTION_TITLE_WORDS and ":" not in text and len(_sentences(text)) == 1
                    and not text.rstrip().endswith((".", ";", "!", "?")))
        return (first in ("un", "une", "des", "du") or first.startswith(("d'autres", "d’autres"))
                or (first == "de" and (second == "la" or second.startswith(("l'", "l’"))))
                or (first in ("plus", "davantage") and (second == "de" or second.startswith(("d'", "d’")))))

    def numbered_title(self, text: str, label: str) -> bool:
        """A numbered item of a plan written as a title: one sentence of at most
        ``MAX_ACTION_TITLE_WORDS`` words opened by a capital (maybe after a quote) or a figure
        (« 150 diagnostics cyber pour les TPE »), not announcing others nor asking."""
        first = text.lstrip("«\"“ ")[:1]
        return (self.prior == "action" and label[:1].isdigit() and (first.isupper() or first.isdigit())
                and _word_count(text) <= MAX_ACTION_TITLE_WORDS and len(_sentences(text)) == 1
                and not text.rstrip().endswith((":", "?")))

    def axis_item(self, block: Block, text: str) -> bool:
        """A bulleted item of a plan right under an objective's title (« Axe 3 – Connecter
        chaque foyer » then « • Chèque connexion satellite pour les logements non
        raccordables »): one of its actions, even as a noun phrase, as a plan table's rows
        are. Written as a title: a capital, one sentence without a final full stop, at most
        ``MAX_ACTION_TITLE_WORDS`` words; not a figure (« 3 stations de ski »)."""
        st = self.state
        stripped = text.lstrip("«\"“ ")
        return (self.prior == "action" and block.kind == "list_item" and block.level == 0
                and st.parent is not None and st.parent_heading and st.parent.kind == "objective"
                and stripped[:1].isupper() and _word_count(text) <= MAX_ACTION_TITLE_WORDS
                and len(_sentences(text)) == 1 and not text.rstrip().endswith((":", "?", "!", ".", ";")))

    def noun_proposal(self, block: Block, label: str) -> bool:
        """A numbered proposal of an opinion asking for a thing (« 3. Une appli de covoiturage
        domicile-travail … », « 5. Des places réservées … »): a numbered item opened by an
        indefinite article, at least four words, not introducing others."""
        words = block.text.split()
        return (self.prior == "recommendation" and block.kind == "list_item" and label[:1].isdigit()
                and len(words) >= 4 and words[0].lower().strip("«\"'(") in _ARTICLES
                and not block.text.rstrip().endswith(":"))

    def _end(self, block: Block, start: int, text: str) -> int:
        raw_end = min(block.end, start + len(text))
        # the collapsed text may be shorter than the raw span: end at the block end or the part
        return block.end if start + len(text) > block.end else max(raw_end, start + len(text))

    def inline_list(self, block: Block, hint: Optional[str], label: str) -> bool:
        """"Topic : A - B - C" or "lead-in : A - B - C" inside one block -> one unit per part."""
        text = block.text
        seps = list(_INLINE_SEPARATOR.finditer(text))
        if not seps:
            return False
        head_end = 0
        topic = ""
        colon = re.search(r"\s*:\s+", text)
        if colon and colon.start() < seps[0].start():
            before = text[:colon.start()]
            if block.kind == "list_item" and len(before.split()) <= 4 and not self.lang.infinitive(before, retry=False):
                topic = before.strip()
            elif block.kind == "paragraph":
                sub = classify_leadin(before, self.prior)
                hint = sub if sub else hint
                if sub is None:
                    return False
            else:
                return False
            head_end = colon.end()
        parts = []
        pos = head_end
        for m in seps + [None]:
            end = m.start() if m else len(text)
            part = text[pos:end]
            if part.strip():
                lead = len(part) - len(part.lstrip())
                parts.append((pos + lead, part.strip()))
            pos = m.end() if m else len(text)
        if len(parts) < 2:
            return False
        self.lang.prepare([p for _, p in parts])
        infinitives = sum(self.lang.infinitive(p) for _, p in parts)
        if infinitives < max(2, len(parts) // 2):
            return False
        heading = self.state.path(topic) if topic else None
        for offset, part in parts:
            kind_hint = hint if hint else ""
            unit = _Unit(kind="", text=_collapse(part), start=block.start + offset,
                         end=block.start + offset + len(part), page=block.page, heading=heading)
            if kind_hint in ("objective", "indicator", "decision"):
                unit.kind = kind_hint
            else:
                unit.kind = self.item_kind(kind_hint or None) if kind_hint else ""
                unit.needs, unit.fallback = "inf", unit.kind or self.default_kind()
            self.add(unit)
        return True

    def numbered_inline(self, block: Block) -> bool:
        """« Pour la cantine : 1. servir du bio ; 2. réduire le gaspillage. » in one paragraph: a short
        lead-in, « : », then items numbered 1, 2, … each opening with an infinitive -> one unit
        per item."""
        lead = re.match(r"^[^:;.!?]{2,80}?:\s+(?=1\s*[.)]\s)", block.text)
        if not lead or len(lead.group(0).split()) > 8:
            return False
        marks = list(re.finditer(r"(?:^|(?<=[\s;,]))(\d{1,2})\s*[.)]\s+", block.text[lead.end():]))
        if len(marks) < 2 or [int(m.group(1)) for m in marks] != list(range(1, len(marks) + 1)):
            return False
        parts = []
        for m, after in zip(marks, marks[1:] + [None]):
            s = lead.end() + m.end()
            e = lead.end() + after.start() if after else len(block.text)
            part = block.text[s:e].rstrip().rstrip(";,").rstrip()
            parts.append((s, part))
        self.lang.prepare([p for _, p in parts])
        if not all(part and self.lang.infinitive(part) for _, part in parts):
            return False
        for s, part in parts:
            self.add(_Unit(kind=self.item_kind(self.state.hint or None), text=_collapse(part), start=block.start + s,
                           end=block.start + s + len(part), page=block.page))
        return True
