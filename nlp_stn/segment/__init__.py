"""Segmentation: a Document's blocks -> units (recommendations, actions, objectives...).

Kinds are decided from structure and language, never from the file:

- a *label* written at the start of a block ("Recommandation n° 12 :", "Action 7 :",
  "Proposition 3 : ...") gives the unit its label and kind (from the label's noun);
- a *lead-in* ("... les actions du STN, par exemple sur :", "les amendements suivants :",
  "Exemples d'indicateurs", "Décisions :") gives the kind of the items that follow (from its
  keywords: proposal verbs and nouns -> recommendation, "action"/"mesure" -> action,
  "objectif"/"attente" -> objective, "indicateur" -> indicator, "décision" -> decision;
  things already done ("ont été prises en compte") or tools/resources -> not units);
- list items without such a lead-in are units when they start with an infinitive
  (spaCy French morphology, VerbForm=Inf); several proposals inside one paragraph or item
  separated by " - " are split ("Vivre ensemble : A - B - C": "Vivre ensemble" joins the
  heading path);
- a heading numbered "a.6", "2.3" or "1.2.4" whose title starts with an infinitive ("a.6 Acter
  la démarche dans une charte") is a unit and the parent of the units of its section; the
  running text of its section explains it and gives no further units;
- an unnumbered heading that starts with an infinitive, in an opinion or a section of
  proposals ("Garantir un accès de qualité partout"), is a unit and the parent of its section;
- list items nested under an item are its details (parent = that item); nested items that
  start with a preposition ("dans les quartiers prioritaires") complete it and are not units;
  typed numbering that changes kind after an item ending with ":" ("2. ... :" then "a) ...")
  is nested;
- a capitalised first word is also tried in lower case by the infinitive test (spaCy tags
  "Créer" as a noun);
- without a manifest kind, a document of labelled actions/objectives is a strategy (its
  items found by language are actions, its "il faut" sentences explain) and a document of
  labelled recommendations only is an opinion (what it calls actions are its demands);
- sentences of running paragraphs are units only when phrased as demands ("souhaite que",
  "nécessaire de", "il faut", "est à porter", "il sera favorisé"; the impersonal ones not in
  a strategy, i.e. a document of kind strategy/framework or one made mostly of labelled
  actions and objectives); questions end with "?", except polite requests ("Serait-il possible
  de …?", "Pourriez-vous …?"); in a strategy or an authority's answer, a sentence whose main
  verb is in the future with the authority as subject ("La commune organisera …", "nous
  lancerons …") or, in a passive, the thing to be done ("Un module … sera mis en service") is an
  action (a counted subject too, "Neuf écoles seront équipées"; "ils …" right after it goes on with
  it; "aucun … ne sera …" guarantees), and one turning a demand down ("il ne nous est pas possible
  de …", "nous ne créerons pas de …", also after a topic or the request restated) a decision "non
  retenue", and one keeping it in part ("retient en partie la proposition", "Demande retenue en
  partie.") gives its actions the state "Retenue en partie"; on a page of headed engagements
  (three or more short sibling headings over one or two paragraphs), a paragraph committing in
  the future, whatever its subject, is one action; so is, in a plan or a candidate list's
  programme (« Projet de mandat », « Nos 30 engagements », « Nos 25 propositions pour … » signed
  by a list), a list item made of a short verbless title and a sentence committing in the
  future, whatever its subject (« 3. Halles couvertes. Le marché sera abrité dès 2028. »), all
  its text;
- in a software's release notes or roadmap (a version's heading, « ## Version 2.0 (printemps
  2027) », « ## [1.3.0] - 2026-06-02 », over « ### Ajouté », « ### Prévu », « ### Abandonné »…),
  the items of a section of things done, planned or studied are actions in that state (« Réalisée »,
  « À l'étude »), whatever their form, those of things given up decisions « non retenue »; the
  version headings are no units;
- a lead-in's kind is read from its last sentence; sections on difficulties, obstacles or
  constraints hold no units;
- table cells take their *role* from the column header's head word (actions -> action,
  freins -> obstacle, accélérateurs/leviers -> lever, coopérations/partenaires -> cooperation;
  in a plan's table, a column naming who leads, « Pilote », « Porteur », « Responsable », gives none);
  a labelled heading just before a table ("Proposition 1 : ...") is the parent of its cells;
  a title row spanning a table ("Axe 2 – Se déplacer") joins its cells' heading path and, when
  labelled, is a unit and their parent;
- a record table ("fiche action": field names in the first column, "Objectif(s)", "Pilote",
  "Indicateurs de suivi"...) gives units by its field names: its title row is the action
  (label as printed, "Fiche action n° 3"), objectives and indicators one per item, the bulleted
  items of its actions or description fields actions (a description's single paragraph explains
  the title); who, when, how much and why fields give none. A cell's items are its paragraphs,
  its bulleted lines (•, -, U+F0B7...) and, for indicators, its "a ; b" parts;
- an issue tracker's ticket whose description is written in Markdown (« ### Proposition »,
  « - [ ] … », « > … », « <!-- … --> ») gives the demands of that description, read as a page,
  one unit each under the ticket's number; the tickets an authority's item cites (« (#12) ») are
  the demands it says it answers;
- records of consultation exports and "#category / title / body" lists are one unit each; the
  arguments and comments on a proposal (a child table's rows, paragraphs under its record) are
  read by their words, « et » and an infinitive adding a demand (« Oui, et prévoir … »), their
  units under the proposal (its unit their parent, its category their heading).

The document's ``meta.kind`` is a prior only (an opinion's items are recommendations, a
strategy's are actions). Matching and the segment evaluation use as demands/actions only the
units whose role is "" or "action": obstacle, lever and cooperation cells are kept for
reading but are not proposals.
"""
from __future__ import annotations

from ..labels import field_kind, parse_label
from .language import _Language, _may_start_with_infinitive
from .priors import document_prior, label_prior, lists_plan_actions, title_prior
from .segmenter import segment, segment_many, write_segments
from .tables import cell_items, classify_leadin, refuses, role_of_header, semicolon_items, stated_state

__all__ = ["segment", "segment_many", "write_segments", "document_prior", "title_prior", "label_prior",
           "lists_plan_actions", "refuses", "classify_leadin", "parse_label", "role_of_header", "cell_items",
           "field_kind", "semicolon_items", "stated_state", "_Language", "_may_start_with_infinitive"]
