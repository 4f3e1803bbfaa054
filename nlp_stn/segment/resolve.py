"""Final decisions of the segmenter: resolve and its de-duplication helpers (mixin of _Segmenter).
"""
from __future__ import annotations

import re
from typing import Optional

from ..labels import LABEL as _LABEL
from ..themes import fold
from .vocabulary import GROUP_NAME_WORDS, _DETAILS_OF, _DOTTED
from .units import _Unit
from .language import _PREPOSITIONS, _after_topic, _may_start_with_infinitive, _without_addition, _word_count
from .tables import _CITED_NUMBER, _NUMBER, _PAGE_REFERENCE
from .priors import RESTATED_MIN, _CITES_NUMBERS, _below, _content_words, _label_words, _stems, _topic_title


# Label nouns that name a work stream rather than one action (« Chantier 1 », « Engagement 2 »,
# « Opération 3 »): over at least two actions of its own, such a unit is a level above them.
# « Action », « Mesure » and « Fiche » name one action, even with tasks listed under it.
_GROUPING_LABELS = {"chantier", "engagement", "operation"}
MIN_THINGS_LIST = 2  # things named in a list that may ask for them together (see _asked_things)
# The words at most of a unit that only names an action detailed under a heading of its name
DETAILED_NAME_WORDS = 10
# A demand's list item naming a group (see _Resolution._group_headers): at most so many words, over
# at least so many demands of its own
GROUP_HEADER_WORDS = 8
MIN_GROUPED_ASKS = 2
# A letter, a number or a roman numeral before a section's name (« a. », « 2) », « IV »)
_SECTION_NUMBER = re.compile(r"^\W*(?:[A-Za-z]|\d{1,2}|[IVXLC]{1,5})\s*[.)–—:-]?\s+(?=\S)")
SECTION_NAME_WORDS = 2  # a section's name of fewer words may be a common word
# A chapter heading lettered alone (« a Couverture et réseaux », « B. Inclusion numérique »), not by a
# label with a point inside (« a.1 … »); a numbered one (« 2. … » over « 2.1 … ») is left to the
# document's other rules, which read some as sections
_AXIS_NUMBER = re.compile(r"^\s*([A-Za-z])\s*[.)–—:-]?\s+(?=[^\W\d_])")


def _section_name(text: str) -> str:
    """A section's name without the letter or number before it, in lower case.

    >>> _section_name("a. Couverture et réseaux"), _section_name("IV – Sobriété  numérique :")
    ('couverture et réseaux', 'sobriété numérique')
    """
    return " ".join(_SECTION_NUMBER.sub("", text, count=1).casefold().split()).rstrip(" .:;")



def _best_cover(mine: set, candidates, used: set, eligible) -> tuple[Optional[int], float]:
    """(index, share) of the candidate (unit, its word stems) not in ``used`` and ``eligible``
    whose stems hold the largest share of the stems ``mine``; (None, 0.0) when none shares any."""
    best, share = None, 0.0
    if not mine:
        return best, share
    for j, (unit, theirs) in enumerate(candidates):
        if j in used or not eligible(unit):
            continue
        s = len(mine & theirs) / len(mine)
        if s > share:
            best, share = j, s
    return best, share

class _Resolution:
    """Part of _Segmenter (see segmenter.py): resolve (the final decisions) and its de-duplication helpers."""

    # --- final decisions
    def resolve(self) -> None:
        self.lang.prepare([u.text for u in self.units if u.needs == "inf"])
        # a document structured in labelled actions or objectives ("Action 1.1.1 :") and no
        # labelled recommendations is a strategy: its "il faut" sentences explain, not demand
        labelled = [u.kind for u in self.units if u.label and not u.label[:1].isdigit()]
        planned = sum(kind in ("action", "objective") for kind in labelled)
        strategy = self.doc.meta.kind in ("strategy", "framework") or (
            self.doc.meta.kind == "other" and "recommendation" not in labelled
            and planned >= 3 and planned > 0.5 * sum(1 for u in self.units if not u.needs)
        )
        # symmetrically, a document with labelled recommendations ("Préconisation 3 :") and
        # no labelled action or objective is an opinion: what its sections call actions
        # ("Actions attendues") are its demands
        opinion = not self.prior and labelled.count("recommendation") >= 2 and not planned
        verbal = self._verbal_series()
        summaries = self._summary_tables()
        contents = self._contents_entries()
        contents |= self._short_forms(contents)
        contents |= self._restated_items(contents)
        contents |= self._numbered_references(contents)
        if self.report:
            contents |= self._rows_told()
        contents |= self._names_detailed(contents)
        contents |= self._section_names()

        kept = []
        for unit in self.units:
            if unit.weak and strategy:
                continue
            if unit.summary and unit.summary[0] in summaries:
                continue  # a row of a table that sums up the numbered units found in the text
            if unit.key in contents:
                # a typed table of contents line ("Engagement 1 – Allonger… 3"), or the short
                # form of a unit stated in full elsewhere (a summary that lists them first)
                continue
            if opinion and unit.kind == "action" and not _LABEL.match(unit.label):
                unit.kind = "recommendation"
            if unit.needs == "np":
                kept.append(unit)  # decided below, by its siblings
                continue
            if unit.needs == "inf":
                topic = _after_topic(unit.text)
                added = _without_addition(unit.text)  # « Et aussi organiser … »: one more deed
                if (self.lang.infinitive(unit.text) or (topic and self.lang.infinitive(topic))
                        or (added != unit.text and self.lang.infinitive(added))) or (
                        unit.series in verbal and _may_start_with_infinitive(self.lang.head(unit.text))):
                    # an infinitive, or a rare verb the tagger misses ("Résorber les zones
                    # blanches") among sibling items that all start with an infinitive
                    unit.kind = unit.fallback or self.default_kind()
                elif unit.kind and len(unit.text.split()) >= 5:
                    pass  # a noun phrase under an explicit lead-in or in an action column
                else:
                    continue
            if not unit.kind:
                continue
            if strategy and not self.prior and unit.soft and unit.kind == "recommendation":
                unit.kind = "action"  # an item of a strategy found by its infinitive is an action
            kept.append(unit)
        kept = self._asked_things(kept)
        # a labelled unit that holds labelled actions ("Engagement 2" over "Mesure 4") or, as
        # a lettered or roman item, at least two actions ("A. Achever la couverture" over its
        # "→ Raccorder…" items) is a level above actions: an objective
        held: dict[str, list[_Unit]] = {}
        for u in kept:
            if u.parent and u.kind == "action":
                held.setdefault(u.parent, []).append(u)
        # a numbered title read by its infinitive ("1.2 Vendre autrement : les circuits courts")
        # over labelled units ("Recommandation 3", "Action 4") is the title of their section
        labelled_kids = {u.parent for u in kept if u.parent and _LABEL.match(u.label)}
        # in a plan, one over labelled actions (« 1.2 Réduire les délais » over « Action 1.2.1 »)
        # is the objective they serve, a level above them
        plan = strategy or self.prior == "action"
        planned_kids = {u.parent for u in kept if u.parent and u.kind == "action" and _LABEL.match(u.label)}
        for u in kept:
            if plan and u.numbered_title and str(u.key) in planned_kids:
                u.kind = "objective"
        titles = {str(u.key): u.parent for u in kept
                  if u.numbered_title and str(u.key) in labelled_kids and u.kind != "objective"}
        # a short numbered title that names a topic by a verb alone (« 3.1 Se loger », « 2.4 Bien
        # vieillir chez soi »: no object, no determiner) over demands of its own (items or
        # paragraphs) is the title of their section, not a demand above them; one that names
        # what is done (« 1.2 Créer des tiers-lieux … ») stays a unit
        asked = {u.parent for u in kept if u.parent and u.kind == "recommendation" and not u.numbered_title}
        titles.update({str(u.key): u.parent for u in kept
                       if u.numbered_title and str(u.key) in asked and _topic_title(u.text)})
        if titles:
            kept = [u for u in kept if str(u.key) not in titles]
            for u in kept:
                while u.parent in titles:
                    u.parent = titles[u.parent]
        # a numbered action title holding titles numbered below it ("1.1" over "1.1.1", or over
        # the actions it holds labelled « Action 1.1.1 ») is an objective
        numbers = {u.label for u in kept if u.kind == "action" and _DOTTED.fullmatch(u.label)}
        for unit in kept:
            below = numbers | {_label_words(c.label)[-1] for c in held.get(str(unit.key), []) if c.label}
            if (unit.kind == "action" and _DOTTED.fullmatch(unit.label)
                    and any(n.startswith(unit.label + ".") for n in below)):
                unit.kind = "objective"
        # an item of a list named in a few words, no verb (« Très haut débit fixe »), over a
        # nested list of at least two actions (« 1. Achever la fibre … », « 2. Chèque connexion
        # … ») is the name of their group: an objective (an action over its details is not)
        for unit in kept:
            nested = [c for c in held.get(str(unit.key), []) if unit.series and c.series and c.series[1] > unit.series[1]]
            if (unit.kind == "action" and len(nested) >= 2 and _word_count(unit.text) <= GROUP_NAME_WORDS
                    and not self.lang.infinitive(unit.text)):
                unit.kind = "objective"
        for unit in kept:
            children = held.get(str(unit.key), [])
            if unit.kind != "action" or not children or not unit.label[:1].isalpha():
                continue
            noun = _LABEL.match(unit.label)
            if (noun and fold(noun.group("noun")).rstrip("s") in _GROUPING_LABELS
                    and sum(1 for c in children if not c.label) >= 2):
                # « Chantier 1 – Bien vieillir chez soi » over the items of « Ce que nous allons
                # faire »: a work stream named over the actions it holds, a level above them
                unit.kind = "objective"
                continue
            lettered = bool(re.fullmatch(r"[A-Z]|[IVXLC]{1,6}", unit.label))
            siblings = [c for c in children if c.label[:1].isalpha() and not _below(c.label, unit.label)]
            for c in siblings:
                c.parent = unit.parent  # a sibling written in another style is not held
            if any(c.label[:1].isalpha() and not re.fullmatch(r"[A-Za-z]", c.label) and _below(c.label, unit.label)
                   for c in children) or (lettered and len(children) - len(siblings) >= 2):
                unit.kind = "objective"
        kept = self._group_headers(kept)
        self.units = self._lettered_axes(kept) if self.prior == "action" else kept

    def _group_headers(self, units: list[_Unit]) -> list[_Unit]:
        """``units`` without the list items of demands that only name the group of the demands
        nested under them: a few words without a verb ended by « : » (« 7. Pour l'école : », « 5. De
        l'aide pour les démarches en ligne : ») over at least two demands of their own (« - le
        remplacement des ordinateurs ; », « - des tablettes pour chaque classe. »). The name
        becomes the last title of those demands' section, their context."""
        asks: dict[str, int] = {}
        for u in units:
            if u.parent and u.kind == "recommendation":
                asks[u.parent] = asks.get(u.parent, 0) + 1
        groups = {str(u.key): u for u in units
                  if u.kind == "recommendation" and u.text.rstrip().endswith(":")
                  and asks.get(str(u.key), 0) >= MIN_GROUPED_ASKS
                  and (_word_count(u.text) <= GROUP_HEADER_WORDS or self.names_beneficiaries(u.text))
                  and not self.lang.infinitive(u.text)
                  and not self.lang.infinitive(_after_topic(u.text) or u.text)
                  and not re.search(r"\b(?:que|qu['’])", u.text, re.I)}
        if not groups:
            return units
        for u in units:
            group = groups.get(u.parent)
            if group is not None and str(u.key) not in groups:
                name = group.text.rstrip().rstrip(":").rstrip()
                u.heading = f"{u.heading} > {name}" if u.heading else name
                u.parent = group.parent
        return [u for u in units if str(u.key) not in groups]

    def names_beneficiaries(self, text: str) -> bool:
        """A group's name however long that only says whom or what its demands are for: opened
        by a preposition, no verb (« en faveur des exploitations agricoles engagées dans une
        transition vers des cultures moins consommatrices d'eau : »)."""
        first = text.split()[0].lower() if text.split() else ""
        return (first in _PREPOSITIONS and not self.lang.infinitive(re.sub(r"^\s*[àa]\s+", "", text))
                and not self.finite_verb(text))

    def _lettered_axes(self, units: list[_Unit]) -> list[_Unit]:
        """``units`` with, in an authority's plan, the chapter heading lettered alone (« a Couverture
        et réseaux ») that gives no unit and opens at least two actions labelled under its letter
        (« a.1 … », « a.2 … ») as their objective: its name, the parent of those actions that have
        none."""
        headings = [b for b in self.doc.blocks if b.kind == "heading"]
        opened = [(b, m) for b in headings for m in [_AXIS_NUMBER.match(b.text)] if m]
        taken = {u.start for u in units}
        out = list(units)
        key = max((u.key for u in units), default=0)
        for n, (block, m) in enumerate(opened):
            number, name = m.group(1).lower(), " ".join(block.text[m.end():].split())
            end = opened[n + 1][0].start if n + 1 < len(opened) else None
            actions = [u for u in units if u.kind == "action" and u.label.lower().startswith(number + ".")
                       and u.start > block.start and (end is None or u.start < end)]
            if len(actions) < 2 or len(name.split()) < SECTION_NAME_WORDS or block.start in taken:
                continue
            key += 1
            axis = _Unit(kind="objective", text=name, start=block.start, end=block.end, page=block.page,
                         label=number, heading="", key=key)
            for action in actions:
                action.parent = action.parent or str(key)
            out.insert(out.index(actions[0]), axis)
        return out

    def _contents_entries(self) -> set:
        """Keys of labelled units that end with a page number ("… équipements 1", "… ..... 12")
        and whose label comes again later in the document: lines of a typed table of
        contents, not units."""
        later: dict[str, int] = {}
        for unit in self.units:
            if unit.label[:1].isalpha():
                later[unit.label] = max(later.get(unit.label, -1), unit.start)
        return {u.key for u in self.units
                if u.label[:1].isalpha() and _PAGE_REFERENCE.search(u.text) and later.get(u.label, -1) > u.start}

    def _section_names(self) -> set:
        """Keys of the items of a list naming, two at least, sections that the document opens
        later under headings of the same words (« Ce guide rassemble … sous cinq thématiques : →
        a. Couverture et réseaux → b. … » before the chapter « a Couverture et réseaux »): an
        outline of the document, not units. Letters and numbers before the names are left out."""
        headings: dict[str, int] = {}
        for block in self.doc.blocks:
            if block.kind == "heading":
                name = _section_name(block.text)
                headings[name] = max(headings.get(name, -1), block.start)
        lists: dict[object, list[_Unit]] = {}
        for unit in self.units:
            name = _section_name(unit.text)
            if unit.series and len(name.split()) >= SECTION_NAME_WORDS and headings.get(name, -1) > unit.start:
                lists.setdefault(unit.series[0], []).append(unit)
        return {u.key for items in lists.values() if len(items) >= 2 for u in items}

    def _short_forms(self, contents: set = frozenset()) -> set:
        """Keys of labelled units repeated in full under the same label elsewhere in the
        document: a summary ("Synthèse : Recommandation 1.1 une salle de téléconsultation…")
        listing the units the chapters state in full. The shorter statement goes when most of
        its words are in the longer one; a numbering that starts again in each part (two
        different "Action 1") keeps both. Lines of a typed table of contents (``contents``)
        are not statements."""
        by_label: dict[str, list[_Unit]] = {}
        for unit in self.units:
            if unit.label[:1].isalpha() and " " in unit.label and not unit.summary and unit.key not in contents:
                by_label.setdefault(unit.label, []).append(unit)
        out = set()
        for same in by_label.values():
            if len(same) < 2:
                continue
            longest = max(same, key=lambda u: len(u.text))
            long_words = set(_content_words(longest.text))
            for unit in same:
                words = set(_content_words(unit.text))
                if (unit is not longest and words and len(words & long_words) >= 0.5 * len(words)
                        and (unit.statement < 0 or unit.statement != longest.statement)):
                    # (two demands of one sentence under one label are not a short and a full form)
                    out.add(unit.key)
        return out

    def _restated_items(self, skip: set = frozenset()) -> set:
        """Keys of the items of a summary list (or of a numbered summary table) whose units the
        document states in full and in other words elsewhere ("Les préconisations du CESER : 1.
        Viser 30 % de matériel reconditionné…" then, in a chapter, "Le CESER demande que la part
        d'équipements reconditionnés…"; or a closing « En résumé » list, a « Relevé des
        propositions » table). A list of at least ``RESTATED_MIN`` items counts as a summary when
        two thirds of its items each find their own longer unit outside it holding at least half
        of their word stems; those items go (the full statement is the unit), the others stay."""
        # a unit kept only if it starts with an infinitive has its kind if it does
        kinds = {u.key: u.kind or (u.fallback if u.needs == "inf" and self.lang.infinitive(u.text) else "")
                 for u in self.units}
        lists: dict[object, list[_Unit]] = {}
        for unit in self.units:
            if unit.key in skip or kinds[unit.key] not in ("recommendation", "action"):
                continue  # indicators, objectives and decisions are listed once, where they are
            if unit.series:
                lists.setdefault(("list", unit.series[0]), []).append(unit)
            elif unit.summary:
                lists.setdefault(("table", unit.summary[0]), []).append(unit)
        out: set = set()
        for items in lists.values():
            if len(items) < RESTATED_MIN:
                continue
            first, last = min(u.start for u in items), max(u.start for u in items)
            # the units stated elsewhere, before the list (a recap: « En résumé », a « Relevé des
            # propositions » table) or after it (a summary that opens the document), in prose or
            # in another list
            mine = {u.key for u in items}
            later = [u for u in self.units if (u.start > last or u.start < first) and u.key not in skip
                     and u.key not in mine and not u.summary]
            stems = [set(_stems(u.text)) for u in later]
            used: set = set()
            found = []
            for item in items:
                best, share = _best_cover(
                    set(_stems(item.text)), zip(later, stems), used,
                    lambda u: len(u.text) > len(item.text) and kinds[u.key] == kinds[item.key]
                    # the item's own heading or a sibling unit explains it, not restates it
                    and not (item.parent and (u.parent == item.parent or str(u.key) == item.parent)))
                if best is not None and share >= 0.5:
                    used.add(best)
                    found.append(item.key)
                elif _CITES_NUMBERS.search(item.text):
                    found.append(item.key)  # sums up several numbered units: « … (2.1 à 2.4) »
            if 3 * len(found) >= 2 * len(items):
                out.update(found)
        return out

    def _rows_told(self) -> set:
        """Keys of the rows of a report's status table (« Projet | Service | Statut », rows named
        in a few words) whose action the report tells in prose: the row whose word stems, half of
        them at least, are in a longer action of the text (each action matched once) only repeats
        it; its status (« Prévu 2025 », « En cours ») becomes that action's state when the prose
        gave it none."""
        prose = [u for u in self.units if u.kind == "action" and not u.row_state and not u.needs]
        stems = [set(_stems(u.text)) for u in prose]
        used: set = set()
        out: set = set()
        for row in (u for u in self.units if u.row_state):
            best, share = _best_cover(set(_stems(row.text)), zip(prose, stems), used,
                                      lambda u: len(u.text) > len(row.text))
            if best is not None and share >= 0.5:
                used.add(best)
                out.add(row.key)
                prose[best].state = prose[best].state or row.row_state
        return out

    def _names_detailed(self, skip: set = frozenset()) -> set:
        """Keys of units that only name, in a few words, an action the document states in full
        under a heading of that name further on: a row of a tracking table « Navette des marchés »,
        then a toggle or a section « Navette des marchés – précisions » whose paragraph says what
        will be done (« Avec les communes du nord, faire circuler une navette … »). The first unit
        of that section, of the same kind and longer, is the action; it takes the row's state
        (« À l'étude ») and label when it gives none."""
        first_under: dict[str, _Unit] = {}
        for unit in self.units:
            if unit.key in skip or not unit.heading or unit.needs:
                continue
            title = unit.heading.rsplit(" > ", 1)[-1]
            first_under.setdefault(fold(_DETAILS_OF.sub("", title)).strip(), unit)
        out = set()
        for unit in self.units:
            if unit.key in skip or unit.needs or _word_count(unit.text) > DETAILED_NAME_WORDS:
                continue
            full = first_under.get(fold(unit.text.rstrip(" .")).strip())
            if (full is None or full is unit or full.start <= unit.end or full.kind != unit.kind
                    or full.parent == str(unit.key)  # (a unit given as a heading, over its own units)
                    or len(full.text) <= len(unit.text) or (unit.heading or "").endswith(full.heading or "")):
                continue
            out.add(unit.key)
            full.state = full.state or unit.state
            full.label = full.label or unit.label
        return out

    def _numbered_references(self, skip: set = frozenset()) -> set:
        """Keys of units that only cite a numbered unit stated elsewhere: « 5.1.1 – Plan
        d'équipement des écoles » in a calendar table, when « Action 5.1.1 » (or a title
        « 5.1.1 … ») is a unit of the document."""
        numbers = {}
        for unit in self.units:
            m = re.search(rf"({_NUMBER.pattern})$", unit.label) if unit.label else None
            if m and "." in m.group(1) and unit.key not in skip:
                numbers.setdefault(m.group(1), unit.key)
        out = set()
        for unit in self.units:
            m = _CITED_NUMBER.match(unit.text)
            if m and numbers.get(m.group(1), unit.key) != unit.key and not unit.label:
                out.add(unit.key)
        return out

    def _summary_tables(self) -> set:
        """Tables that sum up the document's numbered units: a column of numbers in which at
        least two numbers, and two in three, are numbers of labelled units found outside
        tables ("N° | Préconisation" after "Préconisation n°1 : ..." ... in the text)."""
        labelled = set()
        for unit in self.units:
            if unit.summary:
                continue
            if unit.label[:1].isalpha():
                m = re.search(rf"({_NUMBER.pattern})$", unit.label)
                if m:
                    labelled.add(m.group(1))
            elif re.fullmatch(r"\d{1,3}(?:\.\d{1,3})+", unit.label):
                labelled.add(unit.label)  # a dotted number ("2.1 Mettre en service …") numbers a unit too
        rows: dict[object, set] = {}
        for unit in self.units:
            if unit.summary:
                rows.setdefault(unit.summary[0], set()).add(unit.summary[1])
        return {t for t, nums in rows.items()
                if len(nums & labelled) >= 2 and 3 * len(nums & labelled) >= 2 * len(nums)}

    def _asked_things(self, kept: list[_Unit]) -> list[_Unit]:
        """The things named in a demands document's lists (see _Lists.asked_thing): a demand when
        an item of its list is one (« - organiser un marché de Noël » over « - des guirlandes
        dans la rue principale »), or, alone in its list or in a list made mostly of such things
        opened by a capital (MIN_THINGS_LIST and two thirds of its items at least: a slide « Un
        tiers-lieu dans chaque bassin », « Un compte unique pour les familles »), when most of the document's other lists
        hold demands (at least two); otherwise nothing (a list of findings)."""
        if not any(u.needs == "np" for u in kept):
            return kept
        asked = {u.series for u in kept if u.series and u.needs != "np" and u.kind == "recommendation"}
        listed = {u.series for u in self.units if u.series}
        sizes: dict[tuple, int] = {}
        things: dict[tuple, int] = {}
        for u in self.units:
            if u.series:
                sizes[u.series] = sizes.get(u.series, 0) + 1
                # opened by a capital, as a title (not « des horaires très variables ; », a finding
                # going on from the sentence above the list)
                things[u.series] = things.get(u.series, 0) + (u.needs == "np" and u.text[:1].isupper())
        out = []
        for u in kept:
            if u.needs == "np":
                n = things.get(u.series, 0)
                alone = sizes.get(u.series) == 1 or (n >= MIN_THINGS_LIST and 3 * n >= 2 * sizes[u.series])
                lone = alone and len(asked) >= 2 and len(asked) * 2 > len(listed - {u.series})
                if not (u.series in asked or lone):
                    continue
                u.kind = "recommendation"
            out.append(u)
        return out

    def _verbal_series(self) -> set:
        """Lists whose items start with an infinitive: at least two items do and at most one
        item, or one in four, does not (parallel items share their form)."""
        counts: dict[tuple, list[int]] = {}
        for unit in self.units:
            if not unit.series:
                continue
            c = counts.setdefault(unit.series, [0, 0])
            c[1] += 1
            if self.lang.infinitive(unit.text):
                c[0] += 1
        return {key for key, (verbs, total) in counts.items() if verbs >= 2 and total - verbs <= max(1, total // 4)}
