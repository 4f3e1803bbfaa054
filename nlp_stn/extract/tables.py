"""Consultation exports: CSV, JSON, JSONL, XLS and XLSX, one "record" block per row.

``Block.fields`` holds ``id``, ``title``, ``body`` and ``category``; ``Block.text`` is the
title and the body, one per line. Every platform writes its export differently, so the reader
relies on structure and on the words of the column names, never on one platform's layout:

- **Header row**: among the first :data:`HEADER_SCAN` non-empty rows, the first whose cells
  name a title or body column and another known column (or that is a lone title/body name);
  else the first naming a title or body column; else the first of at least two short cells
  followed by a row of at least two cells (:func:`find_header`). Rows of explanations above
  the header (often a merged cell) are thus left out. A CSV whose first line is Excel's
  ``sep=;`` uses the delimiter it names; otherwise ``,`` ``;`` or tab is detected from the
  most common row width. A workbook is read from the sheet whose header is the surest, the
  first one on a tie (a "Légende" sheet before the data is not taken); sheets with the same
  header are one table continued, each sheet's axis the category of its rows (:func:`_workbook`).
- **Child tables**: a sheet (or a JSON list beside the proposals') keyed by the proposals' ids
  (« Référence proposition », « proposal_id ») holds arguments or comments: never the sheet
  read, each of its rows is a paragraph under its proposal (``fields``: ``id`` « Argument pour
  P-12 », the proposal's ``category``, ``parent`` its id), a unit only when its words ask
  something (:func:`_children`).
- **Plans**: rows named by an « Action » / « Mesure » column, or by a « Libellé » / « Intitulé »
  beside columns of a plan (who, when, cost, indicator; an amount dated by its year, « Montant
  2027 », tells when too: a budget annex) are the authority's actions, its rows of sums
  (« Sous-total … », « TOTAL … ») left out; a sheet of notes beside the plan (one cell per line)
  is read as paragraphs (:func:`note_lines`).
- **Columns** are recognised by their words (case, accents, ``_``/``-`` and small words
  such as "de la" ignored): a name made of a known word ("Titre", "Description"), a short
  name starting with one ("Titre de la proposition", "N° de la contribution"), a survey's
  header of any length whose word after "Vos" / "Votre" names the text ("Vos idées pour …"), or a nested
  JSON key whose first part is one, followed by a language code and/or ``name``
  (``title/fr``, ``description/fr``, ``category/name/fr``; French first). Names about the
  answer, the author, dates or counts ("Texte de la réponse") are not taken. Known words:
  see :data:`FIELD_WORDS`. ``Settings.id_column`` / ``title_column`` / ``body_column`` /
  ``category_column`` name a column explicitly and win over recognition: that column alone
  gives the field (no fallback) and also marks the header row.
- **Per-row fallback**: a field takes, in each row, the first of its columns (best match
  first) that is not empty in that row (a ``"category": null`` in one object does not hide
  ``category/name/fr``).
- **Cell text**: HTML is turned into text (tags removed, entities decoded; paragraphs,
  ``<br>`` and list items become separate lines); JSON-ish lists become one item per line;
  numbers lose a trailing ``.0``.
- **JSON**: the rows are the objects of the largest list of objects found depth-first
  (``[...]``, ``{"data": [...]}``, ``{"data": {"proposals": [...]}}``, or an object of
  objects such as Decidim's ``{"0": {...}, "1": {...}}``), preferring lists whose objects
  have a title or body key; a list of records is not searched for other lists, but the
  comments nested in each record (« comments », as a list or a GraphQL connection « edges » /
  « node ») are read as a list of comments keyed by the record's id.
- **Surveys**: a question whose answers are closed (« Oui » / « Non », options « A;B;C »)
  gives no text; with two open questions or more, each answer of a row is a record (the same
  words once); a survey without an id column labels its rows « réponse n » (its remarks too).
  Answers made only of thanks, wishes, greetings or « je ne sais pas » say nothing.
- **Skipped rows**: when a status column is recognised ("Statut", "status", "state",
  "État"), rows whose status starts with a word of :data:`SKIPPED_STATUS` (withdrawn,
  moderated, hidden, deleted, spam: "Retirée", "withdrawn", "Modérée", "hidden"...), or that
  the platform set aside as a copy of another (« Doublon », « duplicate ») or outside the
  consultation (« Hors sujet », « Hors cadre »), are left out, as are rows with a true flag
  column named by such a word (``withdrawn: true``).
  Proposals that were answered, even negatively ("Non retenue", "rejected"), stay: they are
  demands like the others.
"""
from __future__ import annotations

import csv
import html
import io
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Optional, Sequence

from ..clean import normalise_spaces
from ..errors import ExtractionError, InputError
from ..model import STATUS_NOT, STATUS_PARTIAL
from ..settings import Settings
from ..status import status_cap
from ..textio import decode_bytes, jsonl_objects
from .base import Extracted, TextBuilder

FIELDS = ("id", "title", "body", "category")

# Words that name a column, per field, best first (normalised: lower case, no accents).
FIELD_WORDS = {
    "id": ("id", "identifiant", "identifier", "ref", "reference", "numero", "no", "num", "number"),
    "title": ("title", "titre", "intitule", "objet", "sujet", "libelle", "subject"),
    "body": (
        "body", "corps", "texte", "text", "description", "contenu", "content", "detail", "details",
        "proposition", "contribution", "message", "idee", "suggestion", "demande",
        # a forum post's text rendered as HTML (Discourse's API: « cooked »)
        "cooked",
    ),
    "category": (
        "category", "categorie", "categories", "thematique", "theme", "themes", "rubrique", "axe", "domaine",
        "topic", "section",  # a board's sections (Padlet's « Section »), one per theme
    ),
    "status": ("statut", "status", "state", "etat", "avancement", "suite"),
    # an authority's plan kept as a spreadsheet: its "Action" column names each row
    "plan": ("action", "actions", "mesure", "mesures"),
    "indicator": ("indicateur", "indicateurs", "indicator", "indicators"),
}
# Small words ignored in column names, and words that make a name about something else.
STOPWORDS = frozenset("a au aux d de des du en et l la le les of par pour sa son ses the un une".split())
LEADING = frozenset("votre vos".split())  # "Votre proposition" -> body
# A column giving examples of a field (« Exemples indicateurs », « Exemples d'indicateurs »,
# « Exemple de pilote »): a framework's or a plan's export; it is that field's column
EXAMPLES = re.compile(r"^\s*exemples?\s+(?:(?:de|des|d)\s+)?(?=\w)", re.I)
NAMING = frozenset("nom libelle".split())  # "Nom du thème" -> category, "Nom de la proposition" -> title
# « proposal_id » -> id; an issue tracker's export numbers its tickets (GitLab's « Issue ID »,
# « Ticket ID »): the number its answers cite (« #12 »)
RECORD_NOUNS = frozenset("proposal proposals project projet idea issue ticket".split())
FOREIGN = frozenset(
    "reponse reponses answer answers auteur auteurs author authors date dates nombre nombres count counts total "
    "votes vote url lien link email courriel commentaire commentaires comment comments moderation motif"
    # a code, a slug or a summary of something is not its text (« action_code », « topic_slug »,
    # « actions_summary » of a forum post: its likes)
    " code codes slug slugs summary".split()
)
MAX_NAME_WORDS = 5
# A row kept in a base as the pattern of the others, its title opened by a tag in brackets
# (« [MODÈLE] Nouvelle action – dupliquer cette ligne », « [Template] », « (exemple) … »): no row of its own
TEMPLATE_ROW = re.compile(r"^\W*[\[(]\s*(?:mod[eè]les?|templates?|exemples?|examples?|gabarits?)\s*[\])]", re.I)
# Words of a column naming a person (« Prénom », « E-mail », « Courriel », « Téléphone »): beside
# them, a « Nom » column is a surname
PERSON_WORDS = frozenset("prenom prenoms firstname email mail courriel telephone tel".split())
# Words making a column name one of rows related to the row (« Actions liées », « Mesures
# associées », « Fiches connexes », « Linked actions »: an Airtable or Notion base's linked
# records): it names other rows, it is not the row's own title or text
RELATED = frozenset("lie lies liee liees associe associes associee associees connexe connexes rattache rattaches "
                    "rattachee rattachees related linked".split())
ID_KEYS = frozenset("id identifiant identifier".split())  # the last word of a key naming an identifier
# Second parts of a nested key that keep the meaning of the first: title/fr, category/name/fr.
LANGUAGES = frozenset("fr en de es it nl pt ca eu oc br co gl pl ro ar".split())
KEY_PARTS = frozenset("name nom label libelle value text texte translations".split())
# Statuses whose rows are not contributions any more (first word of the normalised value).
SKIPPED_STATUS = frozenset(
    "withdrawn retiree retirees retire retires moderated moderee moderees modere moderes hidden masquee masquees "
    "masque masques cachee cachees deleted removed supprimee supprimees supprime supprimes depubliee spam "
    "refused doublon doublons duplicate duplicated hors"
    # a row archived (an « Archivé » checkbox ticked, « archived: true »): set aside, as a board's archived card
    " archive archivee archivees archives archived".split()
)
# Flag columns marking a row written by the platform's organisers (a forum's « staff »,
# « moderator », « admin »: true): their posts frame the debate (rules, answers, summaries of
# the proposals), they are not contributions
ORGANISER_FLAGS = frozenset("staff moderator moderateur admin administrateur".split())
# A column naming the message a row replies to (« reply_to_post_number », « in_reply_to »,
# « En réponse à »), normalised: the rows are the turns of a discussion (a forum topic's posts)
DISCUSSION = re.compile(r"\b(?:reply to|en reponse a|commentable id)\b")
# A column giving the reason a row was moderated ("refusalReason", "Motif de modération"): a
# row with one was taken down (a reason of an authority's rejection is not this).
MODERATION_REASON = re.compile(r"^(?:refusal\s*reason|moderation\s*reason|(?:motif|raison)\s+(?:de\s+)?(?:la\s+)?moderation)$")
# A column asking people for their proposals ("Que proposeriez-vous ... ?", "Vos suggestions
# pour améliorer ... ?"): a survey question whose answers are the proposals.
# (also what the authority should do: « Quelles actions le Département devrait-il mener en
# priorité ? », « Quelles mesures prendre ? », « Quels sont vos besoins ? »)
# (and what people lack, expect or would have better: « Qu'est-ce qui vous manque ? », « Que
# vous manque-t-il ? », « Qu'attendez-vous du site ? », « Que faudrait-il améliorer ? »: each
# answer names what is wanted, « Du wifi à la médiathèque »)
ASKING = re.compile(r"\b(?:propos\w*|suggest\w*|suggere\w*|idees?|souhait\w*|recommand\w*|amelior\w*|attentes?"
                    r"|actions?|mesures?|priorites?|prioritaires?|besoins?|manqu\w*|attend(?:ez|riez|ent)?)\b")
# A column of free remarks beside the proposals ("Avez-vous des remarques ?", "Commentaire
# libre", "Observations"): its answers are read as paragraphs (questions, demands in prose).
REMARKS = re.compile(r"^(?:avez vous (?:des|d autres) (?:remarques|observations|commentaires)|remarques?"
                     r"|commentaires? libres?|observations?|autres? remarques?|remarques? libres?)\b")
# Cells that say nothing: answers such as "rien", "NSP", "RAS", "-", "?", "voir plus haut",
# "rien à signaler", "pas de remarque", "non merci", and the "TOTAL" line of a plan.
EMPTY_ANSWERS = frozenset(
    ("rien", "nsp", "ras", "na", "n a", "nc", "neant", "aucun", "aucune", "idem", "pareil", "non", "pas d avis",
     "sans avis", "ne sait pas", "je ne sais pas", "pas de reponse", "pas d idee", "rien a dire", "rien de plus",
     "voir plus haut", "voir ci dessus", "cf plus haut", "x",
     # nothing to report, no remark, no thanks
     "rien a signaler", "rien a ajouter", "rien a redire", "rien de particulier", "rien de special",
     "pas de remarque", "pas de remarques", "aucune remarque", "sans remarque", "pas de commentaire",
     "pas de commentaires", "aucun commentaire", "sans commentaire", "pas d observation", "pas d observations",
     "aucune observation", "pas de suggestion", "pas de suggestions", "aucune suggestion", "pas de proposition",
     "pas de propositions", "aucune proposition", "aucune idee", "pas d idees", "sans objet", "non merci",
     "non rien", "non aucune", "non pas de remarque", "non concerne", "non concernee", "ne se prononce pas",
     "pas de difficulte", "pas de difficultes", "aucune difficulte", "pas de probleme", "pas de problemes",
     "aucun probleme",
     # a platform's row typed to try it out (« Test », « essai », « Ceci est un test »)
     "test", "tests", "essai", "ceci est un test", "ceci est un essai", "idee test", "proposition test",
     # the sums at the foot of a plan's table
     "total", "totaux", "sous total", "total general",
     # a plan's field left to fill in later (« Indicateurs » : « À définir », « à préciser »)
     "a definir", "a preciser", "a completer", "a determiner", "a confirmer", "non defini", "non definis",
     "non definie", "non definies", "en cours de definition")
)
# An answer made only of thanks, greetings, wishes or « I don't know » (« Merci pour ce
# questionnaire », « Bon courage à vous ! », « je sais pas trop », « Non merci, bonne
# continuation ») says nothing either; « Merci de mettre … » asks something and stays.
_POLITE_OBJECT = (r"(?: pour tout| (?:pour|de) (?:ce|cet|cette|ces|le|la|les|l|votre|vos)(?: \w+)?"
                  r" (?:questionnaire|enquete|sondage|consultation|initiative|demarche|travail|formulaire|question"
                  r"|invitation|implication|ecoute|interet|suite)s?"
                  # thanks for being asked (« Merci à la mairie de nous consulter »)
                  r"| (?:de|pour) nous (?:consulter|avoir consulte|ecouter|donner la parole|demander notre avis))?")
_POLITE_TO = (r"(?: (?:a vous(?: tous| toutes)?|a tous|a toutes|a l equipe|a toute l equipe"
              r"|a (?:la|notre) (?:mairie|commune|ville|municipalite|collectivite)|aux elus|aux agents)"
              # the elected and the staff together (« aux élus et aux agents »)
              r"(?: et (?:aux elus|aux agents|a l equipe|a tous))?)?")
_NOTHING_SAID = (
    r"(?:un |tres )?(?:grand |gros )?merci(?: (?:beaucoup|bien|encore|infiniment|d avance))*" + _POLITE_TO + _POLITE_OBJECT,
    r"bravo" + _POLITE_TO + _POLITE_OBJECT, r"felicitations" + _POLITE_TO + _POLITE_OBJECT,
    r"bon(?:ne)? (?:courage|continuation|chance|journee|soiree|travail|fin de journee)" + _POLITE_TO + _POLITE_OBJECT,
    r"bonjour", r"bonsoir", r"(?:bien |tres )?cordialement", r"(?:sinceres |meilleures )?salutations",
    r"(?:je |j )?(?:ne |n )?(?:sais|sait) (?:pas|rien)(?: trop| vraiment| du tout| quoi (?:dire|repondre|ajouter))?", r"(?:je |j )?(?:n )?en sais rien",
    r"(?:je )?(?:ne )?vois pas", r"(?:je n ai |j ai )?(?:pas|aucune) d? ?idee", r"(?:sans|pas d) opinion",
    r"c est tout", r"voila", r"continu(?:er|ez|ons) (?:comme ca|ainsi)",
    # glad to be asked (« Enfin on nous demande notre avis ! », « Enfin une consultation »)
    r"(?:enfin )?(?:on nous demande|vous nous demandez) (?:enfin )?(?:notre|nos) avis",
    r"enfin une (?:consultation|concertation|enquete)",
    # the consultation praised (« C'est une bonne initiative », « c'est une très bonne démarche »)
    r"c est une (?:tres |vraiment |excellente |belle )?(?:bonne |belle |excellente )?(?:initiative|demarche)",
    # content with what is (« le car me convient », « tout me va très bien », « je suis satisfaite »)
    # or with the people who serve (« le chauffeur est très aimable »), nothing asked
    r"(?:(?:le|la|les|l|ce|cette|ces|ca|cela|tout) (?:[a-z]+ ){0,2})?(?:me|nous) (?:convien(?:t|nent)|va|vont|plai(?:t|sent))"
    r"(?: (?:tres |plutot |tout a fait )?bien)?",
    r"(?:je suis|nous sommes) (?:tres |plutot |tout a fait )?(?:satisfaite?s?|contente?s?)",
    r"(?:le|la|les|l) (?:[a-z]+ ){1,2}(?:est|sont) (?:tres |toujours |vraiment )?(?:aimables?|gentil(?:le)?s?|sympathiques?"
    r"|agreables?|serviables?|ponctuel(?:le)?s?)",
)
_NOTHING_PART = "|".join(_NOTHING_SAID + tuple(sorted(EMPTY_ANSWERS, key=len, reverse=True)))
NOTHING_SAID = re.compile(rf"^(?:{_NOTHING_PART})(?: (?:et |mais )?(?:{_NOTHING_PART}))*$")
# (« checked »: Airtable's export of a ticked checkbox)
TRUE_VALUES = frozenset("true vrai oui yes 1 x checked coche cochee".split())
OPTION_OF = {
    "id": "--id-column",
    "title": "--title-column",
    "body": "--body-column",
    "category": "--category-column",
}
DELIMITERS = (",", ";", "\t")
HEADER_SCAN = 10  # rows searched for the header
SHORT_CELL = 80  # longest header cell of the fallback rule
# A plan's progress column (« progress », « Taux d'avancement », « % réalisé ») and the column
# naming each row's parent (« parent/id »: the project a result belongs to), normalised names
PROGRESS = re.compile(r"^(?:progress|progression|taux d avancement|pourcentage(?: d avancement| de realisation)?"
                      r"|% realise|realisation %?|avancement %)$")
# The other columns of an action plan: who carries the action, when, at what cost (normalised
# names: « Pilote », « Partenaires », « Calendrier », « Échéance », « Budget (€) », « Crédits (€) »)
PLAN_COLUMNS = (
    re.compile(r"^(?:pilotes?|pilotage|porteurs?|partenaires?|responsables?|maitres? d ouvrage|services? pilotes?)\b"),
    re.compile(r"^(?:calendrier|echeances?|echeancier|delais?|planning|periode de realisation)\b"),
    # (« Crédits État (€) », « Crédits Ville (€) »: the credits each funder gives the action)
    re.compile(r"^(?:budgets?|couts?|financements?|montants?|credits?)\b"),
)
# A cost column dated by its year (« Montant 2027 », « Budget 2026-2028 », « Coût 2028 (€) »),
# normalised name: a budget programme spreads its operations over years, so it also tells when
YEARLY_COST = re.compile(r"^(?:budgets?|couts?|montants?)\b.*\b(?:19|20)\d\d\b")
# A plan's column ranking its actions (« Priorité », « Niveau de priorité »), normalised name: its
# value may also say an action was dropped (« Non retenue ») or put to study (see priority_fate)
PRIORITY = re.compile(r"^(?:(?:niveau (?:de )?)?priorites?|priority|priorisation)$")
# Kinds of plan columns (PLAN_COLUMNS and an indicator column) beside a « Titre » column that make
# its rows a plan's actions (see _titled_plan)
TITLED_PLAN_KINDS = 3
# Words of a column that makes a table one of contributions, not a plan (« Auteur », « Votes »)
CONTRIBUTED = frozenset("auteur auteurs author authors votes vote soutiens supports".split())
PARENT = re.compile(r"^(?:parent(?: id)?|id parent|projet parent|parent reference)$")
# A plan's column naming the proposals each row answers (« proposal_urls », « Propositions
# liées »): their addresses (« …/proposals/101 ») or their numbers
LINKS = re.compile(r"^(?:proposals? (?:urls?|ids?|links?)|linked proposals|propositions? (?:li[ée]es?|associ[ée]es?)"
                   r"|n(?:o|um[ée]ros?) des propositions)$")
# A column holding the authority's answer to each proposal (« Réponse officielle », Decidim's
# « answer/fr », « Réponse de la commune »): not text of the proposal, but it may state its fate
ANSWER = re.compile(r"^(?:texte (?:de (?:la )?)?)?(?:reponses?|answers?)(?: (?:officielle|publique|de (?:la |l )?\w+))?"
                    r"(?: (?:fr|en|fr fr))?$")
_LINKED = re.compile(r"/proposals?/(\d+)\b|(?<![\w/.-])(\d{1,9})(?![\w/.-])")


def linked_numbers(cell: str) -> str:
    """The numbers of the proposals a cell names, separated by spaces.

    >>> linked_numbers("https://x.fr/processes/p/f/41/proposals/101 https://x.fr/processes/p/f/41/proposals/104")
    '101 104'
    >>> linked_numbers("12, 15 ; 18"), linked_numbers("")
    ('12 15 18', '')
    """
    found = []
    for m in _LINKED.finditer(cell or ""):
        number = m.group(1) or m.group(2)
        if m.group(2) and "/" in (cell or ""):
            continue  # a number inside an address that is not a proposal's
        if number not in found:
            found.append(number)
    return " ".join(found)
STATE_WORDS = 5  # an action's stated fate is a short value (« Réalisée », « Reportée en 2028 »)


@dataclass(frozen=True)
class Columns:
    """Per field, the indices of its columns (best first); ``status``/``flags`` mark left-out rows."""

    fields: dict[str, tuple[int, ...]]
    status: tuple[int, ...] = ()
    flags: tuple[int, ...] = ()
    reasons: tuple[int, ...] = ()  # moderation reasons: a row with one was taken down
    indicator: tuple[int, ...] = ()  # an action plan's indicators
    remarks: tuple[int, ...] = ()  # free remarks beside the proposals (read as paragraphs)
    plan: bool = False  # rows named by an "Action" / "Mesure" column (see _titled_plan): an authority's plan
    parent: tuple[int, ...] = ()  # a plan's « parent/id » column: its rows' project
    links: tuple[int, ...] = ()  # a plan's column giving the proposals each row answers
    answer: tuple[int, ...] = ()  # the authority's answer to each proposal (« Réponse officielle »)
    questions: tuple[int, ...] = ()  # a survey's open questions, two or more: each answer is read
    questionnaire: bool = False  # a survey's answers without an id: each row labelled « réponse n »
    priority: tuple[int, ...] = ()  # a plan's « Priorité » column (see priority_fate)
    objective: tuple[int, ...] = ()  # a plan's « Objectifs » column: what each action sets out to do
    axis_code: tuple[int, ...] = ()  # a plan's column giving its axis's code (« axe_code »: « AX2 »)
    comments: tuple[int, ...] = ()  # an export of the comments under a post: the column naming the comment replied to
    said: tuple[int, ...] = ()  # a column of the comments made on each row's proposal (« Commentaires »)
    lanes: tuple[int, ...] = ()  # the category and the board's area of each row (« Zone », « Colonne »)
    item_type: tuple[int, ...] = ()  # a board's « Type » of each item (« Idée », « Image », « Forme »)


def read(path: Path, settings: Settings) -> Extracted:
    """Read a consultation export as one record block per row."""
    path = Path(path)
    suffix = path.suffix.lower()
    preamble: list[str] = []
    others: list = []  # a workbook's other sheets
    children: list[Child] = []  # what a workbook's other sheets say of its rows (arguments, comments)
    if suffix == ".csv":
        header, rows, preamble = read_csv(path, settings, with_preamble=True)
    elif suffix == ".json":
        header, rows, children, named = _json_table(path, settings)
        preamble = [named] if named else []
    elif suffix == ".jsonl":
        header, rows = _from_objects(_jsonl_objects(path))
    elif suffix == ".xlsx":
        header, rows, preamble, others, children = _read_xlsx(path, settings)
    elif suffix == ".xls":
        header, rows, preamble, others, children = _read_xls(path, settings)
    elif suffix == ".ods":
        header, rows, preamble, others, children = _read_ods(path, settings)
    else:  # pragma: no cover - the dispatcher only sends the suffixes above
        raise InputError(f"format de tableau non pris en charge ({suffix}).", path=path)
    if suffix in (".xlsx", ".xls", ".ods") and answer_grid(header, rows):
        return grid_document(header, rows, preamble, others, settings)
    columns = described_by_objectives(survey_columns(find_columns(header, settings, path), header, rows, settings),
                                      rows)
    builder = TextBuilder()
    category = ""
    parents, titles = _projects(rows, columns)
    uniform = not columns.plan and _uniform_status(rows, columns)
    discussion = not columns.plan and any(DISCUSSION.search(normalise_name(h)) for h in header)
    # the comments posted under each card (Padlet's « Comments », a board's « Commentaires »), in a
    # cell of its row (see Columns.said); not when they are read apart already (a JSON's nested
    # « comments », a workbook's sheet of comments, an export of the comments themselves)
    commented = () if discussion or children else columns.said
    said_of: dict[str, list[Child]] = {}  # a proposal's id -> its arguments and comments
    objectives: set[str] = set()  # a plan's objectives already read
    for child in children if not columns.plan else ():
        said_of.setdefault(child.key, []).append(child)
    for number, row in enumerate(rows, 1):
        if skipped(row, columns):
            continue
        values = {name: first_value(row, indices) for name, indices in columns.fields.items()}
        replies: list[str] = []  # the row's answers to a survey's open questions
        if columns.questions:
            # a survey's open questions: each answer of the row is read, the first as the row's
            # body, the others as further records of the same respondent
            others = tuple(i for i in columns.fields["body"] if i not in columns.questions)
            seen = set()
            for answer in [first_value(row, others)] + [first_value(row, (i,)) for i in columns.questions]:
                key = " ".join(answer.casefold().split())
                if answer and not says_nothing(answer) and key not in seen:  # the same words twice: once
                    seen.add(key)
                    if names_topic(answer):
                        # « Le chauffage », « Voirie » : a topic named, not a demand; the context
                        # of the respondent's other answers
                        values["category"] = values.get("category") or answer.strip(" !?.…")
                        continue
                    replies.extend(survey_items(answer))
            values["body"] = replies[0] if replies else ""
        if columns.questionnaire and not values["id"]:
            values["id"] = f"réponse {number}"  # the row a reader finds it on, in the order of the export
        if TEMPLATE_ROW.match(values["title"] or values["body"]):
            continue  # « [MODÈLE] Nouvelle action – dupliquer cette ligne »: the base's template row
        values.update({k: "" for k in ("title", "body") if says_nothing(values[k])})
        if values["title"] and " ".join(values["body"].split()) == " ".join(values["title"].split()):
            values["body"] = ""  # « Des bornes de recharge !!! » as title and as body: said once
        text = "\n".join(v for v in (values["title"], values["body"]) if v)
        replied = first_value(row, columns.comments)
        if replied and text:
            # a reply to a comment (« parent_id »), read as what is said of the comment it replies
            # to, as an argument under a proposal: a unit only when its words ask something more
            builder.add("paragraph", text, fields={"id": values["id"], "category": values["category"],
                                                   "parent": replied})
            continue
        if discussion and text and not values["title"]:
            # a turn of a discussion, not a proposal card: its message is read as prose, its
            # paragraphs and list items as the page shows them
            raw = next((row[i] for i in columns.fields["body"] if i < len(row) and readable(row[i])), "")
            for kind, piece, depth in message_blocks(str(raw)):
                builder.add(kind, piece, level=depth, fields={"id": values["id"], "category": values["category"]})
            continue
        remarks = [readable(row[i]) if i < len(row) else "" for i in columns.remarks]
        remarks = [r for r in remarks if r and not says_nothing(r)]
        section = section_row(row, columns) if columns.plan and not text else ""
        if section:
            # « PILIER 1 – COHÉSION SOCIALE » merged across the plan's columns: the objective of
            # the rows below, once
            if section not in objectives:
                objectives.add(section)
                builder.add("record", section, fields={"id": "", "title": "", "body": section,
                                                       "category": values["category"] or category, "kind": "objective"})
            continue
        if not text:
            # an empty row, or answers that say nothing ("NSP", "-"); a remark beside an empty
            # proposal is still read (« Autre remarque » : « Il faudrait que … »)
            for remark in remarks:
                _add_remark(builder, remark, values, columns)
            continue
        if columns.plan:
            if " ".join(_words(values["id"])) in EMPTY_ANSWERS or sum_row(values["title"]):
                continue  # « TOTAL | 21 actions », « Sous-total chapitre 21 »: the sums of the plan
            # a plan's axis is written once over its rows (merged or left blank below)
            category = values["category"] = values["category"] or category
            values["kind"] = "action"
            code = first_value(row, columns.axis_code)
            if code and values["category"] and len(_words(code)) <= AXIS_CODE_WORDS:
                values["axis"] = code  # the axis's code (« AX2 »): the axis is an objective of the plan
            if columns.parent:
                # results grouped in projects (« parent/id »): a project is an objective, the
                # context of its results, which sit under its title
                if values["id"] in parents:
                    values["kind"] = "objective"
                own = first_value(row, columns.parent)
                if own in titles:
                    values["category"] = titles[own]
                    values["parent"] = own  # the project's own row: its unit is the result's parent
            # what the plan says of the action's fate (« Avancement » : « Reportée », « Abandonnée »)
            state = first_value(row, columns.status) or priority_fate(first_value(row, columns.priority))
            if state and len(_words(state)) <= STATE_WORDS:
                values["state"] = state
            if columns.links:
                answers = linked_numbers(" ".join(readable(row[i]) for i in columns.links if i < len(row)))
                if answers:
                    values["answers"] = answers
        if not columns.plan:
            # what the authority published with the proposal (« Statut » : « Non retenue »,
            # or an answer opening with it: « Retenue partiellement : seuls les … »)
            fate = published_fate("" if uniform else first_value(row, columns.status), first_value(row, columns.answer))
            if fate:
                values["state"] = fate
        builder.add("record", text, fields=values)
        for reply in replies[1:]:
            builder.add("record", reply, fields={**values, "title": "", "body": reply})
        for remark in remarks:
            _add_remark(builder, remark, values, columns)
        for child in said_of.pop(values["id"], ()) if values["id"] else ():
            # an argument or a comment on the proposal, under it: a unit when its words ask
            # something; it is traced to the proposal, which is its context
            builder.add("paragraph", child.text, fields={"id": child.label, "category": values["category"],
                                                         "parent": values["id"]})
        for said in cell_comments(first_value(row, commented)) if commented else ():
            # a comment under the card (« Nicole B. (14/10/2026 18:39) : Oui ! Et aussi … »), read
            # as the comments of a child sheet are, under the proposal: a unit when its words ask
            # something; labelled by the card's id, or traced to its title when it has none
            builder.add("paragraph", said, fields={
                "id": f"Commentaire sur {values['id']}" if values["id"] else "", "category": values["category"],
                "parent": values["id"] or values["title"] or text.split("\n")[0]})
        indicator = first_value(row, columns.indicator)
        if indicator and not says_nothing(indicator):
            # a cell listing several indicators, as a list-valued export cell (« ["Nombre de …","Part
            # de …"] ») or one per line: one each
            raw = next((row[i] for i in columns.indicator if i < len(row) and readable(row[i])), "")
            for item in list_items(raw) or cell_lines(indicator):
                builder.add("record", item, fields={"id": values["id"], "title": "", "body": item,
                                                    "category": values["category"], "kind": "indicator"})
        for item in cell_lines(first_value(row, columns.objective)):
            # what the action sets out to do (« Objectifs » : « - Rendre … »), one objective per
            # line, once (an objective merged down over its actions is one)
            if item not in objectives:
                objectives.add(item)
                builder.add("record", item, fields={"id": values["id"], "title": "", "body": item,
                                                    "category": values["category"], "kind": "objective"})
    if columns.plan:
        # a plan's indicators on a sheet of their own (« Indicateurs » : « Indicateur | Cible 2028 »)
        seen = set()
        for sheet in others:
            for indicator in indicator_rows(sheet):
                if indicator not in seen:
                    seen.add(indicator)
                    builder.add("record", indicator, fields={"id": "", "title": "", "body": indicator,
                                                             "category": "", "kind": "indicator"})
        grid_sheets(builder, others)
        for sheet in others:
            # a sheet of notes beside the plan (« Notes » : « 1. Le wifi … n'est pas retenu »): its
            # lines read as paragraphs, under its title
            lines = note_lines(sheet)
            for number, (marker, line) in enumerate(lines):
                if number == 0 and not marker and not _sentence(line):
                    builder.add("heading", line, level=1)
                else:
                    builder.add("paragraph", line, marker=marker)
    # a short line above the header names the document ("Plan d'actions numérique 2025-2027")
    title = next((line for line in preamble if len(line) <= 150), "")
    extracted = builder.build(title=title)
    if extracted.blocks:
        return extracted
    return builder.build(title=title, notice=_empty_table_notice(header, rows, columns))


# --- answer grids -----------------------------------------------------------------------
#
# A workbook in which one answers demands line by line (a list's answers to a pact, an
# authority's to an opinion): a column quoting the demands, a later one where the one answering
# writes, in sentences. It is no export of contributions: it is read as a table, as the same
# grid in a DOCX is, so that the answers are the units and the demands quoted their context.

# The column quoting the demands (normalised name: « Proposition », « Recommandation du conseil »),
# its noun maybe after a word saying the column quotes it (« Rappel de la recommandation », « Texte
# de la proposition »)
GRID_DEMAND = re.compile(r"^(?:(?:rappels?|textes?|extraits?|intitules?|libelles?|resumes?|references?)"
                         r" (?:de la |de l |du |des |de )?)?(?:propositions?|recommandations?|preconisations?"
                         r"|demandes?|attentes?)\b")
# The column of answers (normalised name): « Réponse », or the answer, comment, position or
# commitment of the one answering (« Commentaire de la liste », « Position de la commune »);
# not a platform's « Réponse officielle » beside the contributions
# (also what was done, by whom: « Suite donnée par l'agglomération », « Réponse apportée par la commune »)
GRID_ANSWER = re.compile(r"^(?:reponses?$|suites? donnees?$|(?:reponses?|commentaires?|positions?|engagements?"
                         r"|suites? donnees?)(?: apportees?)? (?:de|du|des|par)\b)")
GRID_WORDS = 6  # the fewest words, on average, of an answer column's filled cells: sentences, not fates


def answer_grid(header: Sequence[object], rows: Sequence[Sequence[object]]) -> bool:
    """Whether a sheet is an answer grid (see GRID_DEMAND, GRID_ANSWER): a column quoting the
    demands, a later column of answers written out (:data:`GRID_WORDS` words a cell on average),
    and no column of a contribution's author, votes or date (an export of proposals with the
    authority's « Réponse » is read as contributions)."""
    names = [normalise_name(readable(h)) for h in header]
    if any(CONTRIBUTED.intersection(_words(n)) or TIMESTAMP.match(n) or n.startswith("date") for n in names):
        return False
    demand = next((i for i, name in enumerate(names) if GRID_DEMAND.match(name)), None)
    if demand is None:
        return False
    for col in range(demand + 1, len(names)):
        if GRID_ANSWER.match(names[col]):
            said = [readable(row[col]) for row in rows if col < len(row) and readable(row[col])]
            if said and sum(len(s.split()) for s in said) >= GRID_WORDS * len(said):
                return True
    return False


def add_grid(builder: TextBuilder, header: Sequence[object], rows: Sequence[Sequence[object]], table: int) -> None:
    """A sheet's header and rows as the cells of table ``table`` (row 0 the header, see
    extract.office): a row with a single filled cell (a theme merged across the grid) carries no
    column header, and the number of a row in a first column of numbers (« N° ») is its cells'
    marker."""
    names = [readable(h) for h in header]
    numbered = bool(names) and (classify(names[0]) or ("",))[0] == "id"
    for col, name in enumerate(names):
        builder.add("table_cell", name, table=table, row=0, col=col)
    number = 0
    for row in rows:
        cells = [readable(v) for v in list(row)[:len(names)]]
        filled = [c for c in cells if c]
        if not filled:
            continue
        number += 1
        mark = cells[0] if numbered and re.fullmatch(r"\d{1,3}", cells[0]) else ""
        for col, text in enumerate(cells):
            builder.add("table_cell", text, table=table, row=number, col=col, marker=mark if col else "",
                        header=names[col] if len(filled) > 1 else "")


LEGEND_VALUES = 2  # the fewest rows of a legend opening with a value of the grid


def legend_sheet(sheet: Sequence[Sequence[object]], rows: Sequence[Sequence[object]]) -> bool:
    """Whether a workbook's other sheet is the legend of a grid's column: at least
    :data:`LEGEND_VALUES` of its rows open with a value written in one same column of the grid's
    ``rows`` (« Réalisé | L'action est achevée. », « Non retenu | Le motif est indiqué. » beside a
    column of states). It explains the grid's words and answers nothing.

    >>> grid = [["1", "Un banc", "Réalisé"], ["2", "Un abri", "Non retenu"], ["3", "Un kiosque", "Réalisé"]]
    >>> legend_sheet([["Légende"], ["Réalisé", "C'est fait."], ["Non retenu", "Le motif est donné."]], grid)
    True
    >>> legend_sheet([["Notes"], ["Réalisé", "C'est fait."], ["Le banc est posé.", ""]], grid)
    False
    """
    opening = [normalise_name(readable(row[0])) for row in sheet if row and readable(row[0])]
    for col in range(max((len(row) for row in rows), default=0)):
        values = {normalise_name(readable(row[col])) for row in rows if col < len(row) and readable(row[col])}
        if sum(1 for value in opening if value in values) >= LEGEND_VALUES:
            return True
    return False


def grid_document(header: Sequence[object], rows: Sequence[Sequence[object]], preamble: Sequence[str],
                  others: Sequence[Sequence[Sequence[object]]], settings: Settings) -> Extracted:
    """An answer grid's workbook (see answer_grid): the lines above its header (its title first,
    a heading), its grid, then each other sheet: its lines above its header as headings, and its
    table (or its lines, for a sheet of notes, see note_lines); the legend of a grid's column (see
    legend_sheet) is left out."""
    builder = TextBuilder()
    for number, line in enumerate(preamble):
        builder.add("heading" if number == 0 else "paragraph", line, level=1)
    add_grid(builder, header, rows, 0)
    for table, sheet in enumerate((sheet for sheet in others if not legend_sheet(sheet, rows)), 1):
        lines = note_lines(sheet)
        if lines:
            for marker, line in lines:
                builder.add("paragraph", line, marker=marker)
            continue
        _, start = find_header(sheet, settings)
        for line in _preamble(sheet[:start]):
            builder.add("heading", line, level=1)
        add_grid(builder, sheet[start], sheet[start + 1:], table)
    title = next((line for line in preamble if len(line) <= TITLE_CHARS), "")
    return builder.build(title=title)


# A row of sums named in the plan's label column (« Sous-total chapitre 21 », « TOTAL INVESTISSEMENT »,
# « Totaux »), normalised
SUM_ROW = re.compile(r"^(?:sous )?(?:total|totaux)\b")


def sum_row(label: str) -> bool:
    """True for a plan's row of sums named by its label, the sums of a chapter or of the whole.

    >>> sum_row("Sous-total chapitre 21"), sum_row("TOTAL INVESTISSEMENT"), sum_row("Totale refonte du site")
    (True, True, False)
    """
    return bool(SUM_ROW.match(normalise_name(label)))


def _empty_table_notice(header: Sequence[str], rows: Sequence[Sequence[object]], columns: Columns) -> str:
    """Why a table read without error gave no text: no row under its header, or its text
    columns empty on every row."""
    if not any(readable(v) for row in rows for v in row):
        return "aucune ligne de données sous l'en-tête : le tableau ne contient que les noms de ses colonnes"
    names = [header[i] for name in ("title", "body") for i in columns.fields.get(name, ()) if i < len(header)]
    names = list(dict.fromkeys(n for n in names if n))
    if not names:
        return "aucune colonne de texte reconnue : indiquez-la avec --body-column NOM"
    shown = " et ".join(f"« {n} »" for n in names)
    which = "la colonne de texte" if len(names) == 1 else "les colonnes de texte"
    return f"{which} {shown} {'est vide' if len(names) == 1 else 'sont vides'} sur toutes les lignes"


def message_blocks(cell: str) -> list[tuple[str, str, int]]:
    r"""(kind, text, depth) of a message of a discussion: its HTML's paragraphs and list items
    (« paragraph », « list_item »), without the asides (quotes of other messages, link
    previews); a message in plain text gives one paragraph per line.

    >>> message_blocks('<aside class="quote"><p>Un banc</p></aside><p>Oui !</p><ul><li>Un wifi</li></ul>')
    [('paragraph', 'Oui !', 0), ('list_item', 'Un wifi', 0)]
    >>> message_blocks("Bonjour,\nIl faudrait un banc.")
    [('paragraph', 'Bonjour,', 0), ('paragraph', 'Il faudrait un banc.', 0)]
    """
    if not looks_like_html(cell):
        return [("paragraph", line.strip(), 0) for line in cell.splitlines() if line.strip()]
    from .html import fragment_blocks  # the HTML reader reads this module's names: imported here
    return fragment_blocks(_DROPPED.sub("", cell))


def _uniform_status(rows: Sequence[Sequence[object]], columns: Columns) -> bool:
    """True when every proposal read has the same status and none has an official answer
    (« Accepted » on every row of an export: the proposals passed moderation): such a status
    tells no proposal's fate apart, so it is not read as one."""
    if not columns.status:
        return False
    kept = [row for row in rows if not skipped(row, columns)]
    statuses = {" ".join(first_value(row, columns.status).casefold().split()) for row in kept}
    answered = columns.answer and any(first_value(row, columns.answer) for row in kept)
    return len(kept) > 1 and len(statuses) == 1 and "" not in statuses and not answered


TOPIC_WORDS = 3  # a survey's answer of at most three words without a verb names a topic (« Les trottoirs »)
_VERB_START = re.compile(r"(?:er|ir|oir|(?<![oa])ire|ttre|ndre|faire|[aî]tre|vre)$")
_VERB_FORMS = frozenset("faut faudrait veux voudrais voudrait voulons souhaite souhaitons manque manquent est sont "
                        "doit doivent peut peuvent merci".split())
_WANTED = frozenset("un une des du plus davantage moins".split())
_ITEM_DETERMINERS = frozenset("un une des le la les l du de plus moins davantage".split())
_DASH_LINE = re.compile(r"^\s*[-–•*]\s+", re.M)


def cell_lines(cell: str) -> list[str]:
    r"""The items of a plan's cell listing several (indicators, objectives): one per line, each
    line opened by a bullet or a capital (« - Rendre … », « Nombre de … »), the bullets removed;
    else the cell as one item (a line going on in lower case, or after a comma, continues the
    line above); [] for an empty cell or one that says nothing.

    >>> cell_lines("Nombre de prêts\nTaux de retour")
    ['Nombre de prêts', 'Taux de retour']
    >>> cell_lines("- Loger les apprentis\n- Rénover le parc ancien")
    ['Loger les apprentis', 'Rénover le parc ancien']
    >>> cell_lines("Nombre de personnes accompagnées,\nen cumul annuel"), cell_lines("-")
    (['Nombre de personnes accompagnées,\nen cumul annuel'], [])
    """
    cell = (cell or "").strip()
    if not cell or says_nothing(cell):
        return []
    lines = [line.strip() for line in cell.splitlines() if line.strip()]
    items = [_DASH_LINE.sub("", line).strip() for line in lines]
    if len(lines) < 2 or any(line.endswith((",", ":", ";")) for line in lines[:-1]) \
            or not all(item[:1].isupper() or item[:1].isdigit() or _DASH_LINE.match(line) for line, item in zip(lines, items)):
        return [_DASH_LINE.sub("", cell).strip()] if len(lines) == 1 else [cell]
    return [item for item in items if item]


def names_topic(answer: str) -> bool:
    """True for a survey's answer that names a topic rather than asks: at most :data:`TOPIC_WORDS`
    words, none a verb (the first does not end like an infinitive, none is « faut », « veux »…),
    not opening with an indefinite article (« une piscine », « du wifi » name a thing wanted).

    >>> [names_topic(t) for t in ("Voirie", "le chauffage !!", "Pistes cyclables", "Réparer les routes",
    ...                           "Des bancs au parc public", "Il faut agir", "une piscine")]
    [True, True, True, False, False, False, False]
    """
    words = _words(answer)
    if not words or len(words) > TOPIC_WORDS or words[0] in _WANTED:
        return False  # « un médecin », « du wifi », « plus de bus » : a thing asked for
    if words[0] not in _ITEM_DETERMINERS and _VERB_START.search(words[0]):
        return False
    return not any(w in _VERB_FORMS for w in words)


def _item(part: str) -> bool:
    """True for one proposal of several in a cell: three words or more, opening with a verb in the
    infinitive (« Réparer … ») or a determiner (« une navette … »)."""
    words = _words(part)
    return len(words) >= 3 and (words[0] in _ITEM_DETERMINERS or bool(_VERB_START.search(words[0])))


def survey_items(answer: str) -> list[str]:
    r"""The proposals of one survey answer: the lines of a list (« - … » on each line), or the two
    sides of « A / B » when each is a proposal of its own (see :func:`_item`); else the answer.

    >>> survey_items("- une navette le samedi\n- des bancs au parc")
    ['une navette le samedi', 'des bancs au parc']
    >>> survey_items("Réparer les trottoirs / élargir la piste cyclable")
    ['Réparer les trottoirs', 'élargir la piste cyclable']
    >>> survey_items("Une salle de sport / fitness en centre-ville")
    ['Une salle de sport / fitness en centre-ville']
    """
    lines = [line.strip() for line in answer.splitlines() if line.strip()]
    if len(lines) >= 2 and all(_DASH_LINE.match(line) for line in lines):
        return [_DASH_LINE.sub("", line).strip() for line in lines]
    parts = [p.strip() for p in re.split(r"\s+/\s+", answer)]
    if len(parts) >= 2 and all(_item(p) for p in parts):
        return parts
    return [answer]


def _add_remark(builder: TextBuilder, remark: str, values: dict, columns: Columns) -> None:
    """A free remark of a row, read as a paragraph; in a survey of open questions, a remark that
    opens with a verb in the infinitive (« Ouvrir la salle le dimanche. ») proposes like an answer
    to the proposals' question: a record of the respondent."""
    words = _words(remark)
    if columns.questions and words and words[0] not in _ITEM_DETERMINERS and _VERB_START.search(words[0]):
        builder.add("record", remark, fields={**values, "title": "", "body": remark})
        return
    builder.add("paragraph", remark, fields=_row_of(values, columns))


def _row_of(values: dict, columns: Columns) -> Optional[dict]:
    """The fields of a survey's remark read as a paragraph: the label of its row (« réponse 5 »),
    that its units take as theirs; None elsewhere (a platform's proposal number is left to the
    proposal: the authority's answer may cite it)."""
    if (columns.questionnaire or columns.questions) and values.get("id"):
        return {"id": values["id"]}  # a survey's respondent (« 12 »), his remark
    return None


def _projects(rows: Sequence[Sequence[object]], columns: Columns) -> tuple[set, dict]:
    """(ids that are some row's parent, id -> title) of a plan with a « parent/id » column."""
    if not columns.parent:
        return set(), {}
    parents = {first_value(row, columns.parent) for row in rows} - {""}
    titles = {}
    for row in rows:
        uid = first_value(row, columns.fields["id"])
        if uid in parents:
            titles[uid] = first_value(row, columns.fields["title"]) or first_value(row, columns.fields["body"])
    return parents, titles


def first_value(row: Sequence[object], indices: Sequence[int]) -> str:
    """The first non-empty readable cell of ``row`` among ``indices``."""
    for i in indices:
        if i < len(row):
            value = readable(row[i])
            if value:
                return value
    return ""


def skipped(row: Sequence[object], columns: Columns) -> bool:
    """True when the row's status (or a true flag column) says it was withdrawn, moderated, hidden...,
    or when its category or its board's area is where a workshop sets aside what is outside its
    subject (« Parking », « Hors sujet »: see :data:`SET_ASIDE`), or when the board's type of the
    item is a picture, a shape or a line (see :data:`NOT_WORDS`)."""
    for i in columns.status:
        words = _words(readable(row[i])) if i < len(row) else []
        if words and words[0] in SKIPPED_STATUS:
            return True
    for i in columns.flags:
        if i < len(row) and normalise_name(readable(row[i])) in TRUE_VALUES:
            return True
    if any(i < len(row) and (_words(readable(row[i])) or [""])[0] in NOT_WORDS for i in columns.item_type):
        return True  # a board's picture, shape or arrow (« Type » : « Image »): its cell names a file
    if any(i < len(row) and SET_ASIDE.match(normalise_name(readable(row[i]))) for i in columns.lanes):
        return True  # set aside in the board's « Parking »: outside the subject of the workshop
    return any(i < len(row) and readable(row[i]) for i in columns.reasons)


def says_nothing(text: str) -> bool:
    """True for an answer that says nothing: no letter, or "rien", "NSP", "voir plus haut"...

    >>> [says_nothing(t) for t in ("NSP", "- ", "Je ne sais pas.", "Rien à dire", "Du wifi")]
    [True, True, True, True, False]
    >>> [says_nothing(t) for t in ("Merci pour cette enquête !", "RAS, bon courage", "Merci de réparer le wifi")]
    [True, True, False]
    >>> [says_nothing(t) for t in ("Test", "Merci à la commune de nous consulter, continuez ainsi !", "Tester le wifi")]
    [True, True, False]
    >>> [says_nothing(t) for t in ("Enfin on nous demande notre avis. Bravo à l'équipe !", "Enfin une consultation !",
    ...                            "On nous demande notre avis mais la route reste dangereuse")]
    [True, True, False]
    >>> [says_nothing(t) for t in ("Merci de nous consulter, c'est une bonne initiative. Bon courage aux élus et aux agents !",
    ...                            "C'est une bonne initiative de rouvrir la piscine")]
    [True, False]
    >>> [says_nothing(t) for t in ("Rien de particulier, le car me convient et le chauffeur est très aimable.",
    ...                            "Le car me convient mais il faudrait un passage le dimanche")]
    [True, False]
    """
    if not re.search(r"[^\W\d_]", text):
        return True
    words = " ".join(_words(text))
    return words in EMPTY_ANSWERS or bool(NOTHING_SAID.match(words))


# --- columns ----------------------------------------------------------------------------


def normalise_name(name: str) -> str:
    """Column name as compared: lower case, no accents, separators as single spaces ("N°" -> "no")."""
    name = str(name).replace("°", "o").replace("º", "o")
    # an elision is a word of its own: « d'autres », « d’autres » -> "d autres"
    name = name.replace("’", " ").replace("'", " ")
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    name = name.strip().lower().replace("_", " ").replace("-", " ")
    return " ".join(name.split())


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", normalise_name(text))


def measured_in_percent(name: str) -> bool:
    """True for a column whose name gives its unit as a percentage (« Avancement (%) »,
    « Réalisation en % »): its cells are figures, so a status column named so comes after one
    stating the fate in words (« État d'avancement » : « Abandonnée »).

    >>> measured_in_percent("Avancement (%)"), measured_in_percent("Avancement en %")
    (True, True)
    >>> measured_in_percent("État d'avancement"), measured_in_percent("Statut")
    (False, False)
    """
    return "%" in str(name) or bool(re.search(r"\bpour ?cent(?:age)?\b", normalise_name(name)))


def classify(name: str) -> Optional[tuple[str, tuple[int, int, int]]]:
    """The field a column name stands for and its rank (lower is better), or None.

    >>> classify("Titre de la proposition")[0], classify("description/fr")[0], classify("N°")[0]
    ('title', 'body', 'id')
    >>> classify("category/id"), classify("Texte de la réponse"), classify("Date de dépôt")
    (None, None, None)
    >>> classify("proposal_id")[0], classify("proposition_id")[0], classify("Numéro de la proposition")[0]
    ('id', 'id', 'id')
    >>> classify("Actions liées"), classify("Mesures associées"), classify("Action")[0]
    (None, None, 'plan')
    """
    text = str(name).strip()
    if text.endswith("?") and len(text) <= 2 * SHORT_CELL and ASKING.search(normalise_name(text)):
        return "body", (3, 0, 1)  # a survey question asking for proposals ("Que proposeriez-vous … ?")
    if not text or len(text) > SHORT_CELL:
        return None
    parts = text.split("/")
    if len(parts) > 1 and not any(c.isspace() for c in text):  # nested JSON key: title/fr, category/name/fr
        rest = [normalise_name(p) for p in parts[1:]]
        if not all(p in LANGUAGES or p in KEY_PARTS or re.fullmatch(r"[a-z]{2} [a-z]{2}", p) for p in rest):
            return None
        language = 0 if "fr" in rest or "fr fr" in rest else (2 if any(p not in KEY_PARTS for p in rest) else 1)
        words = _words(parts[0])
        found = _field_word(words[0]) if len(words) == 1 else None
        return (found[0], (1, found[1], language)) if found else None
    words = [w for w in _words(text) if w not in STOPWORDS]
    if len(words) > 2 and words[0] in LEADING and (_field_word(words[1]) or ("",))[0] == "body":
        # a survey's column asking for the text, however long its complement ("Vos idées pour
        # rendre les services de la commune plus proches …"): its head word names it
        return "body", (2, _field_word(words[1])[1], 1)
    if not words or len(words) > MAX_NAME_WORDS or FOREIGN.intersection(words):
        return None
    if len(words) > 1 and RELATED.intersection(words):
        return None  # « Actions liées »: the names of other rows
    if len(words) == 1:
        found = _field_word(words[0])
        return (found[0], (0, found[1], 1)) if found else None
    if words[0] in LEADING:
        words = words[1:]
    found = _field_word(words[0]) if words else None
    if len(words) == 2 and words[-1] in FIELD_WORDS["id"] and (
            words[0] in RECORD_NOUNS or (_field_word(words[0]) or ("",))[0] in ("title", "body")):
        # a key naming the record it identifies (« proposal_id », « N° proposition »): the id
        return "id", (1, FIELD_WORDS["id"].index(words[-1]), 1)
    if len(words) == 2 and words[-1] in ID_KEYS and found and found[0] == "category":
        return None  # the id of a theme or of a forum's topic (« topic_id »), not its name
    if words and words[0] in NAMING and len(words) > 1:
        named = _field_word(words[1])
        if named and named[0] == "body":
            named = ("title", len(FIELD_WORDS["title"]))  # the name of a proposal is its title
        found = named or found
    return (found[0], (2, found[1], 1)) if found else None


def _field_word(word: str) -> Optional[tuple[str, int]]:
    """The field a single word names and its rank among the field's words, in the singular
    or the plural ("Vos propositions", "Idées")."""
    for candidate in (word, word[:-1] if len(word) > 3 and word[-1] in "sx" else word):
        for field, known in FIELD_WORDS.items():
            if candidate in known:
                return field, known.index(candidate)
    return None


def skip_flag(name: str) -> bool:
    """True for a flag column whose true value leaves the row out: a status word (« hidden »,
    « withdrawn »), one qualified by whom (« user_deleted »), or the organisers' posts
    (« staff », « moderator »: see :data:`ORGANISER_FLAGS`).

    >>> [skip_flag(n) for n in ("hidden", "user_deleted", "staff", "deleted_at", "user_id", "moderation")]
    [True, True, True, False, False, False]
    """
    words = _words(name)
    if len(words) == 1 and words[0] in ORGANISER_FLAGS:
        return True
    return 1 <= len(words) <= 2 and words[-1] in SKIPPED_STATUS


def unexampled(name: str) -> str:
    """A column name without the « Exemples (de) » that opens it (see :data:`EXAMPLES`).

    >>> unexampled("Exemples indicateurs"), unexampled("Exemples d'indicateurs"), unexampled("Exemple de pilote")
    ('indicateurs', 'indicateurs', 'pilote')
    >>> unexampled("Exemples"), unexampled("Titre")
    ('Exemples', 'Titre')
    """
    name = str(name)
    bare = EXAMPLES.sub("", normalise_name(name), count=1)
    return bare if bare != normalise_name(name) else name


def find_columns(header: Sequence[str], settings: Settings, path: Path) -> Columns:
    """The columns of each field (best first), of the status and of the flags. A column giving
    examples of a field (« Exemples indicateurs », « Exemples pilotes ») is that field's.

    Raises InputError when a column named in the settings is missing, or when neither a
    title nor a body column is found (the message lists the columns found and the options).
    """
    header = [str(h) for h in header]
    names = [normalise_name(h) for h in header]
    explicit: dict[str, int] = {}
    for field in FIELDS:
        wanted = getattr(settings, f"{field}_column")
        if not wanted:
            continue
        if normalise_name(wanted) not in names:
            raise InputError(
                f"la colonne « {wanted} » ({OPTION_OF[field]}) est absente ; colonnes trouvées : "
                f"{_listing(header)}.",
                path=path,
            )
        explicit[field] = names.index(normalise_name(wanted))
    header = [unexampled(h) for h in header]
    names = [normalise_name(h) for h in header]
    ranked: dict[str, list[tuple[tuple[int, int, int], int]]] = {f: [] for f in (*FIELDS, "status", "plan", "indicator")}
    flags: list[int] = []
    reasons: list[int] = []
    remarks: list[int] = []
    for index, name in enumerate(header):
        if index in explicit.values():
            continue
        found = classify(name)
        if found and found[0] == "status" and measured_in_percent(name):
            found = ("status", (9, *found[1][1:]))  # « Avancement (%) »: a figure, the fate is in words
        if found:
            ranked[found[0]].append((found[1], index))
        elif skip_flag(name):
            flags.append(index)
        elif MODERATION_REASON.match(normalise_name(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name.split("/")[0]))):
            reasons.append(index)
        elif REMARKS.match(normalise_name(name)):
            remarks.append(index)
    fields = {
        field: (explicit[field],) if field in explicit else tuple(i for _, i in sorted(ranked[field]))
        for field in FIELDS
    }
    if not fields["title"] and "title" not in explicit:
        # a base's first column « Nom » (« Name »: Airtable's, Notion's primary field) beside
        # columns of a plan (see _titled_plan) names each row, unless the table names people (a
        # « Prénom » or an e-mail beside it: « Nom » is then a surname)
        bare = tuple(i for i, name in enumerate(names) if name in ("nom", "name"))
        people = any(PERSON_WORDS.intersection(_words(name)) for name in names)
        if bare and not people and _titled_plan(names, bare[:1], bool(ranked["indicator"])):
            fields["title"] = bare[:1]
    if not fields["body"] and remarks:
        # a register's "Observation" column beside a short "Objet": the only text there is,
        # so the body, not a remark
        fields["body"], remarks = (remarks[0],), remarks[1:]
    plan = (bool(ranked["plan"]) or _titled_plan(names, fields["title"], bool(ranked["indicator"]))) \
        and "title" not in explicit
    progress = [i for i, name in enumerate(names) if PROGRESS.match(name.replace("/", " "))]
    parent = tuple(i for i, name in enumerate(names) if PARENT.match(name.replace("/", " ")))
    links = tuple(i for i, name in enumerate(names) if LINKS.match(name.replace("/", " ").replace("_", " ")))
    # the follow-up of an authority's results (Decidim's « Suivi », accountability): a status
    # and a progress column, each row a result the authority committed to
    accountability = bool(ranked["status"]) and bool(progress) and not ranked["plan"]
    plan = plan or accountability
    if plan and not accountability:
        # an action plan: its "Action" column names the row, a title column only before it
        fields["title"] = tuple(i for _, i in sorted(ranked["plan"])) + fields["title"]
    comments = not plan and not fields["title"] and not fields["body"] and comment_column(names)
    if comments:
        # an export of the comments under a post (a social network's, a blog's): no proposal
        # columns, the comment's own text is the only text there is, so the body
        fields["body"] = (comment_column(names)[0],)
    if not fields["title"] and not fields["body"]:
        raise InputError(
            f"aucune colonne de titre ni de texte reconnue (colonnes trouvées : {_listing(header)}) : "
            "indiquez-les avec --title-column et --body-column.",
            path=path,
        )
    objective = tuple(i for i, name in enumerate(names) if FORM_OBJECTIVES.match(name)) if plan else ()
    return Columns(fields=fields, status=tuple(i for _, i in sorted(ranked["status"])), flags=tuple(flags),
                   objective=objective,
                   axis_code=tuple(i for i, name in enumerate(names) if AXIS_CODE.match(name)) if plan else (),
                   reasons=tuple(reasons), indicator=tuple(i for _, i in sorted(ranked["indicator"])) if plan else (),
                   plan=plan, remarks=tuple(remarks), parent=parent if plan else (), links=links if plan else (),
                   priority=tuple(i for i, name in enumerate(names) if PRIORITY.match(name)) if plan else (),
                   answer=() if plan else tuple(i for i, name in enumerate(names) if ANSWER.match(name.replace("/", " "))),
                   comments=parent if comments else (),
                   # (« Commentaires », plural: the comments posted under it; a single « Commentaire »
                   # is one remark on the row)
                   said=() if plan or comments else tuple(i for i in comment_column(names) if names[i].endswith("s")
                                                          if i not in fields["title"] + fields["body"]),
                   lanes=() if plan else fields["category"] + tuple(i for i, name in enumerate(names) if LANE.match(name)),
                   item_type=() if plan else tuple(i for i, name in enumerate(names) if ITEM_TYPE.match(name)))


# A board's column giving the type of each item (normalised name: « Type », « Type d'élément »,
# « Item type »), and the types of items that hold no one's words: a picture, a shape, a file,
# a line or an arrow drawn between items (normalised value's first word)
ITEM_TYPE = re.compile(r"^(?:types?|type (?:d )?(?:element|objet|item|contenu)|item type|element type|object type|kind)$")
NOT_WORDS = frozenset("image images photo photos picture forme formes shape shapes dessin dessins drawing fichier fichiers "
                      "file files connecteur connecteurs connector connectors fleche fleches arrow arrows ligne lignes line "
                      "lines sticker stickers".split())


# The column naming the area of a board each item sits in (normalised name: « Zone », « Colonne »,
# « Lane », « Liste », « Groupe »), as a category does
LANE = re.compile(r"^(?:zones?|colonnes?|columns?|lanes?|swimlanes?|listes?|lists?|groupes?|groups?|regroupements?"
                  r"|clusters?|cadres?|frames?)$")
# The area of a workshop's board where items outside the subject are set aside (« Parking »,
# « Parking lot », « Hors sujet », « À traiter ailleurs »), normalised, maybe with its explanation
# in brackets (« Parking (hors sujet) »)
SET_ASIDE = re.compile(r"^(?:(?:le )?parking(?: lot)?|hors (?:sujet|cadre|perimetre|theme)|off topic"
                       r"|a traiter ailleurs)(?: \(.*\))?$")


# The column of an export of comments holding each comment's text (normalised name: « commentaire »,
# « comment_text », « Texte du commentaire », « comment message »)
COMMENT_TEXT = re.compile(r"^(?:(?:texte|contenu|corps|message) (?:du |de |d )?(?:l )?)?(?:commentaires?|comments?)"
                          r"(?: (?:text|texte|body|message|content|contenu))?$")


def comment_column(names: Sequence[str]) -> tuple[int, ...]:
    """The columns (normalised ``names``) holding the text of each comment of an export of
    comments (see :data:`COMMENT_TEXT`), in order.

    >>> comment_column(["id", "parent id", "auteur", "commentaire", "reactions"])
    (3,)
    >>> comment_column(["comment id", "comment text"]), comment_column(["id", "nombre de commentaires"])
    ((1,), ())
    """
    return tuple(i for i, name in enumerate(names) if COMMENT_TEXT.match(name.replace("_", " ")))


# A comment's author opening its line in such a cell (« Claire Moulis: … », « Anonyme : … »,
# « Lucas (CMJ): … », « Jean-Luc B.: … », « Nicole B. (14/10/2026 18:39) : … »): up to four
# capitalised words (particles allowed), a parenthesis (a role, a date), a colon
_COMMENT_AUTHOR = re.compile(
    r"^(?:@?[A-ZÀ-ÖØ-Ý][\w'’.-]*)(?:\s+(?:(?:de|du|des|d['’]|le|la|van|von)\s+)?[A-ZÀ-ÖØ-Ý][\w'’.-]*){0,3}"
    r"\s*(?:\([^()\n]{1,40}\))?\s*:\s+(?=\S)")


def cell_comments(cell: str) -> list[str]:
    r"""The comments of a cell listing those posted under a card (see Columns.said): one per line
    opened by its author and maybe a date (« Claire Moulis: Pourquoi pas … », « Nicole B.
    (14/10/2026 18:39) : … »), the author left out and the lines that follow going on with it;
    on a single line, separated by « ; » when each part opens with its author; without authors,
    one per line. Those that say nothing (no letter, « +1 », « Oui !! » alone…) are left out.

    >>> cell_comments("Claire Moulis: Pourquoi ne pas ouvrir le parking ?\nAnonyme : Oui !!\nLucas (CMJ): Bonne idée,\net vite.")
    ['Pourquoi ne pas ouvrir le parking ?', 'Oui !!', 'Bonne idée, et vite.']
    >>> cell_comments("Trop cher\nIl faudrait un banc")
    ['Trop cher', 'Il faudrait un banc']
    >>> cell_comments("Nicole B. (14/10/2026 18:39) : Oui ! Et des bancs.\nMarc : 👍")
    ['Oui ! Et des bancs.']
    >>> cell_comments("Anonyme: pareil ici ; Yann K.: et avec une bonne connexion svp"), cell_comments("3")
    (['pareil ici', 'et avec une bonne connexion svp'], [])
    >>> cell_comments("")
    []
    """
    lines = [line.strip() for line in (cell or "").splitlines() if line.strip()]
    if not lines:
        return []
    if len(lines) == 1:
        parts = [part.strip() for part in lines[0].split(" ; ")]
        if len(parts) > 1 and all(_COMMENT_AUTHOR.match(part) for part in parts):
            lines = parts
    said: list[str] = []
    if _COMMENT_AUTHOR.match(lines[0]):
        for line in lines:
            author = _COMMENT_AUTHOR.match(line)
            if author:
                said.append(line[author.end():])
            else:
                said[-1] = f"{said[-1]} {line}"
    else:
        said = lines
    return [text for text in said if not says_nothing(text)]


SECTION_WORDS = 2  # the fewest words of a section's name (« Pilier 1 – Cohésion sociale », « 1.1 Santé » has one)
SECTION_MAX_WORDS = 15  # a section's name is short; a longer line is a note
# Not a section of the plan's policy: a note (« * Montants HT indicatifs … », « (1) … »), or a
# budget's accounting heading (« Chapitre 21 — Immobilisations corporelles », « Article 6042 »,
# « Fonction 020 »), the nature of the spending, not an aim
_NOT_SECTION = re.compile(r"^\s*(?:[*(\[]|(?:chapitre|article|compte|fonction|nature)\s+\d)", re.I)


def section_row(row: Sequence[object], columns: Columns) -> str:
    """The name of the section a row of a plan opens, written in a cell merged across the table
    (« PILIER 1 – COHÉSION SOCIALE », « 1.2 Éducation et jeunesse »): the row's only filled cell
    outside its category column (a sheet's name written on each row), in no column of the
    action's title or description, :data:`SECTION_WORDS` words at least, no sum; "" otherwise."""
    category = set(columns.fields["category"])
    filled = [i for i, value in enumerate(row) if i not in category and readable(value).strip()]
    if len(filled) != 1 or filled[0] in columns.fields["title"] + columns.fields["body"]:
        return ""
    text = " ".join(readable(row[filled[0]]).split())
    words = [w for w in _words(text) if w.isalpha()]
    if len(words) < SECTION_WORDS or len(words) > SECTION_MAX_WORDS or sum_row(text) or _NOT_SECTION.match(text):
        return ""
    return "" if text.endswith(".") and len(words) > SECTION_WORDS + 1 else text  # a sentence: a note


NAMING_VERBS = 3  # at most one action in three named by an infinitive in a plan of named actions


def described_by_objectives(columns: Columns, rows: Sequence[Sequence[object]]) -> Columns:
    """``columns`` with, in a plan without a description column, its « Objectifs » column read
    as the description of each row's action when its rows name their actions by noun phrases
    (« Médiation sociale de proximité »: at most one in :data:`NAMING_VERBS` opening like an
    infinitive) and each row has an « Objectifs » cell of its own, one line, none repeated
    (« Recrutement d'un médiateur présent en soirée … »: what the action does). Objectives
    merged down over several actions, listed one per line, or beside actions named by their
    verb (« Ouvrir une ludothèque » | « Rompre l'isolement ») stay objectives."""
    if not columns.plan or not columns.objective or columns.fields["body"]:
        return columns
    named = [(title, first_value(row, columns.objective)) for row in rows
             for title in [first_value(row, columns.fields["title"])] if title and not sum_row(title)]
    cells = [cell for _, cell in named]
    if len(named) < 2 or not all(cell and "\n" not in cell.strip() for cell in cells) or len(set(cells)) < len(cells):
        return columns
    firsts = [(_words(title) or [""])[0] for title, _ in named]
    verbs = sum(1 for w in firsts if w not in _ITEM_DETERMINERS and _VERB_START.search(w))
    if verbs * NAMING_VERBS > len(named):
        return columns
    return replace(columns, fields={**columns.fields, "body": columns.objective[:1]}, objective=())


def priority_fate(value: str) -> str:
    """The fate a plan's priority cell states, as an action's state: a value that turns the
    action down or holds it back (« Non retenue », « À l'étude », « Reportée »: see
    :func:`nlp_stn.status.status_cap`); "" for a rank (« Prioritaire », « Haute », « 2 »).

    >>> priority_fate("Non retenue"), priority_fate("À l'étude"), priority_fate("Prioritaire"), priority_fate("")
    ('Non retenue', "À l'étude", '', '')
    """
    value = value.strip()
    return value if value and status_cap(value) in (STATUS_NOT, STATUS_PARTIAL) else ""


def _titled_plan(names: Sequence[str], titles: Sequence[int], indicator: bool) -> bool:
    """True for a plan whose rows are named by an « Intitulé » / « Libellé » column
    (« Intitulé de l'action ») beside columns of a plan of two kinds among the indicator, the
    schedule, who carries it and its cost (« Partenaires », « Calendrier », « Indicateur »),
    and no column of contributions (author, votes). A « Titre » column, the usual one of
    contributions, names a plan's rows only beside three of those kinds (« Pilotes »,
    « Échéance », « Indicateurs »: an action plan exported with its fields), a column ranking
    the rows (« Priorité », see :data:`PRIORITY`) counting as one. A cost column dated by its year
    (« Montant 2027 », see :data:`YEARLY_COST`: a budget annex's « Libellé | Montant 2027 | Montant
    2028 ») counts as the schedule too."""
    first = [_words(names[i])[:1] for i in titles]
    named = any(w in (["intitule"], ["libelle"], ["nom"], ["name"]) for w in first)
    if not named and not any(w in (["titre"], ["title"]) for w in first):
        return False
    if any(CONTRIBUTED.intersection(_words(name)) for name in names):
        return False
    kinds = sum(1 for pattern in (*PLAN_COLUMNS, PRIORITY) if any(pattern.match(name) for name in names))
    # a cost dated by its year (« Montant 2027 ») tells when as well, unless a schedule column says it
    dated = any(YEARLY_COST.match(name) for name in names) and not any(PLAN_COLUMNS[1].match(name) for name in names)
    return kinds + dated + indicator >= (2 if named else TITLED_PLAN_KINDS)


# A survey's column giving when each answer was sent (Google Forms' « Horodateur », « Timestamp »,
# « Date de soumission »), normalised name
TIMESTAMP = re.compile(r"^(?:horodat\w*|timestamp|date(?: et heure)?(?: de (?:la )?)?(?: (?:soumission|reponse|envoi|saisie))"
                       r"|submitted at|submission date|date heure)$")
CLOSED_OPTION_WORDS = 8  # an option of a closed question (« Démarches administratives (ANTS, etc.) ») is short


def survey_columns(columns: Columns, header: Sequence[str], rows: Sequence[Sequence[object]],
                   settings: Settings = Settings()) -> Columns:
    """``columns`` of a survey's export, seen with its answers: a question recognised as asking
    for demands whose answers are closed (see :func:`closed_answers`: « Oui » / « Non »,
    options ticked « A;B;C ») gives no text; two or more open questions left (headers ending
    with « ? », or « Vos idées pour … ») are each read; a survey (a header ends with « ? » or
    names a timestamp, « Horodateur ») without an id column labels its rows « réponse n »."""
    if columns.plan:
        return columns
    header = [str(h) for h in header]
    body = columns.fields["body"]
    if not settings.body_column:
        closed = {i for i in body if header[i].strip().endswith("?")
                  and closed_answers([readable(r[i]) if i < len(r) else "" for r in rows])}
        if closed and (columns.fields["title"] or len(closed) < len(body)):
            body = tuple(i for i in body if i not in closed)
    questions = tuple(i for i in body if _open_question(header[i])) if not settings.body_column else ()
    fields = dict(columns.fields, body=body)
    survey = not fields["id"] and any(h.strip().endswith("?") or TIMESTAMP.match(normalise_name(h)) for h in header)
    return replace(columns, fields=fields, questions=questions if len(questions) >= 2 else (), questionnaire=survey)


def _open_question(name: str) -> bool:
    """True for a survey's open question: its header is a question, or says « Vos idées pour … »."""
    words = [w for w in _words(name) if w not in STOPWORDS]
    return name.strip().endswith("?") or (len(words) > MAX_NAME_WORDS and words[0] in LEADING)


def closed_answers(values: Sequence[str]) -> bool:
    """True for the answers of a closed question: at least three that say something, of which
    four in five are made of options (a value, or the parts of « A;B;C », of at most
    :data:`CLOSED_OPTION_WORDS` words) each given by two answers or more, and at least two
    such options (or one of two words at most: « Oui »).

    >>> closed_answers(["Oui", "Non", "Oui", "Oui", "Non"])
    True
    >>> closed_answers(["Banque;Impôts", "Impôts", "Banque", "CAF", "CAF;Banque"])
    True
    >>> closed_answers(["Du wifi", "Un bus le samedi", "RAS", "Du wifi", "La fibre"])
    False
    """
    said = [v for v in values if v and not says_nothing(v)]
    if len(said) < 3:
        return False
    parts = [{" ".join(_words(p)) for p in v.split(";") if _words(p)} for v in said]
    counts = Counter(p for ps in parts for p in ps)
    options = {p for p, n in counts.items() if n >= 2 and len(p.split()) <= CLOSED_OPTION_WORDS}
    if len(options) < 2 and not any(len(p.split()) <= 2 for p in options):
        return False
    return sum(1 for ps in parts if ps and ps <= options) >= 0.8 * len(said)


def published_fate(status: str, answer: str) -> str:
    """A proposal's fate as its platform publishes it: the status cell when it states one
    (« Non retenue », « rejected », « Retenue », « Étudiée »; not « Publiée »), unless the
    official answer opens with a more precise one (« Retenue partiellement : seuls les élèves
    boursiers … » -> « Retenue partiellement ») or the status says none; "" otherwise, and for a
    status saying the decision is pending (« À l'étude »: see _PENDING_FATE). A
    refusal counts only with the authority's answer: a project « Non retenu » with no answer is
    a vote's result (a participatory budget), which says nothing of what the authority does.

    >>> published_fate("Retenue", "Retenue partiellement : seuls les élèves boursiers seront équipés.")
    'Retenue partiellement'
    >>> published_fate("Non retenue", "Le contrat court jusqu'en 2028."), published_fate("", "Merci !")
    ('Non retenue', '')
    >>> published_fate("Non retenu", ""), published_fate("accepted", "Retenue. Le service ouvrira en mai.")
    ('', 'accepted')
    >>> published_fate("À l'étude", "Merci, votre idée sera présentée en atelier."), published_fate("evaluating", "")
    ('', '')
    """
    opening = re.split(r"[:.;!(—–]| - ", answer.strip(), maxsplit=1)[0].strip() if answer else ""
    said = opening if (opening and len(_words(opening)) <= STATE_WORDS
                       and _STATED_FATE.match(" ".join(_words(opening)))) else ""
    status = " ".join(status.split())
    stated = status if status and len(_words(status)) <= STATE_WORDS and _STATED_FATE.match(" ".join(_words(status))) else ""
    fate = said if said and (not stated or status_cap(said) == STATUS_PARTIAL) else stated
    if status_cap(fate) == STATUS_NOT and not _words(answer):
        return ""  # turned down with no answer: the result of a vote
    if _PENDING_FATE.match(" ".join(_words(fate))):
        return ""  # « À l'étude », « evaluating »: nothing decided yet, the answer comes elsewhere
    return fate


# A status saying the proposal awaits the authority's decision (« À l'étude », « En cours
# d'examen », Decidim's « evaluating »): no fate, the answering document tells it
_PENDING_FATE = re.compile(r"^(?:a l etude|en cours d (?:etude|examen|analyse)|en examen|evaluating)$")


# The opening words of an answer that state a fate (normalised words: « non retenue », « retenue
# en partie », « acceptee », « avis defavorable »)
_STATED_FATE = re.compile(
    r"^(?:avis )?(?:non |pas )?(?:retenue?s?|acceptee?s?|accepted|rejected|rejetee?s?|refusee?s?|favorable"
    r"|defavorable|irrecevable|non recevable|realisee?s?|abandonnee?s?|reportee?s?|etudiee?s?|a l etude"
    r"|evaluating)\b")


def _listing(header: Sequence[str]) -> str:
    shown = [str(h) for h in header if str(h).strip()]
    return ", ".join(shown) if shown else "aucune"


def header_index(rows: Sequence[Sequence[object]], settings: Settings) -> int:
    """Index of the header among the first rows (see the module doc).

    >>> header_index([["Export du 12 avril : 2 propositions"], ["N°", "Titre"], ["1", "Wifi"]], Settings())
    1
    """
    return find_header(rows, settings)[1]


def _sentence(cell: str) -> bool:
    """A cell that is a sentence, not a column's name: four words or more ending with a full stop
    (« Les propositions en double ont été fusionnées. » on a sheet of notes names no column)."""
    return cell.endswith(".") and not cell.endswith("..") and len(cell.split()) >= 4


def find_header(rows: Sequence[Sequence[object]], settings: Settings) -> tuple[int, int]:
    """(level, index) of the header among the first :data:`HEADER_SCAN` rows; the lower the level, the surer.

    Level 0: cells name a title or body column and another known column (or the row is a lone
    title or body name); 1: a cell names a title or body column; 2: at least two short cells
    followed by a row of at least two cells; 3: nothing of the kind, the first row.
    """
    scan = [[readable(c) for c in row] for row in rows[:HEADER_SCAN + 1]]
    scan = [[c for c in row if c] for row in scan]
    fields = [{settings_field(c, settings) for c in row if not _sentence(c)} - {None} for row in scan]
    for i, row in enumerate(scan[:HEADER_SCAN]):
        if fields[i] & {"title", "body"} and (len(fields[i]) >= 2 or len(row) == 1):
            return 0, i
    for i in range(len(scan[:HEADER_SCAN])):
        if fields[i] & {"title", "body"}:
            return 1, i
    for i, row in enumerate(scan[:HEADER_SCAN]):
        following = scan[i + 1] if i + 1 < len(scan) else []
        # short names, or a survey's questions (« Sur une échelle de 1 à 5, … ? »), above a row of cells
        if (len(row) >= 2 and all(len(c) <= SHORT_CELL or (c.endswith("?") and len(c) <= 3 * SHORT_CELL) for c in row)
                and len(following) >= 2):
            return 2, i
    return 3, 0


# --- cell text --------------------------------------------------------------------------

_BLOCK_TAGS = (
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li "
    "main nav ol p pre section table tbody thead tfoot tr ul"
).split()
_INLINE_TAGS = (
    "a abbr b big cite code del em font i img ins kbd mark q s samp small span strike strong sub sup td th u "
    "wbr label o:p"
).split()
_TAG = re.compile(r"<(/?)(%s)\b[^<>]*>" % "|".join(sorted(_BLOCK_TAGS + _INLINE_TAGS, key=len, reverse=True)), re.I)
_BLOCK_TAG = re.compile(r"</?(?:%s)\b[^<>]*>" % "|".join(_BLOCK_TAGS), re.I)
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);", re.I)
# comments, scripts, styles, and asides: in a contribution an aside is not its author's text
# (a forum post quoting an earlier one, « <aside class="quote"> », or a link's preview)
_DROPPED = re.compile(r"<!--.*?-->|<(script|style|aside)\b[^<>]*>.*?</\1\s*>", re.I | re.S)


def looks_like_html(text: str) -> bool:
    """True when ``text`` holds a known HTML tag or an entity (``&amp;``, ``&#233;``)."""
    return bool(_TAG.search(text) or _ENTITY.search(text))


def html_to_text(text: str) -> str:
    """Text of an HTML fragment: tags removed, entities decoded, blocks and ``<br>`` as lines.

    Text without known tags or entities is returned unchanged; escaped HTML
    (``&lt;p&gt;``) is decoded and cleaned too.

    >>> html_to_text("<p>Un tiers-lieu &amp; un fablab&nbsp;:</p><ul><li>un</li><li><b>deux</b></li></ul>")
    'Un tiers-lieu & un fablab :\\nun\\ndeux'
    >>> html_to_text("3 < 4 et 5 > 2")
    '3 < 4 et 5 > 2'
    """
    if not looks_like_html(text):
        return text
    for _ in range(2):  # a second pass for HTML escaped once more
        if not looks_like_html(text):
            break
        text = _DROPPED.sub("", text)
        if _BLOCK_TAG.search(text):
            text = re.sub(r"\s*\n\s*", " ", text)  # inside HTML a newline is a space
        text = _TAG.sub(_tag_replacement, text)
        text = html.unescape(text).replace("\u00a0", " ")
    text = normalise_spaces(text)
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())


def _tag_replacement(match: re.Match) -> str:
    name = match.group(2).lower()
    if name in _BLOCK_TAGS:
        return "\n"
    return " " if name in ("td", "th") else ""  # inline tags vanish: <b>mot</b>s stays one word


# A language code keying the translations of a text (« fr », « fr-FR », « nl_BE »): platforms
# store a title or a body as {"fr-FR": "…", "en": "…"} (CitizenLab / Go Vocal « multiloc »,
# Decidim's translated fields), exported as such in a cell
_LOCALE = re.compile(r"^[a-z]{2}(?:[-_][A-Za-z]{2,4})?$")


def localised(value: dict) -> object:
    """The French text of translations keyed by language (« fr », « fr-FR », « fr-BE »…), else
    the first one given.

    >>> localised({"en": "Free wifi", "fr-FR": "Wifi gratuit"})
    'Wifi gratuit'
    >>> localised({"nl-BE": "", "en": "Free wifi"})
    'Free wifi'
    """
    french = [v for k, v in value.items() if k.lower().startswith("fr") and v]
    if french:
        return french[0]
    return next((v for v in value.values() if v), "")


def readable(value) -> str:
    """A cell as readable text: HTML as text, JSON-ish lists one item per line, numbers without ".0"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, (list, tuple)):
        return "\n".join(item for item in (readable(v) for v in value) if item)
    if isinstance(value, dict):
        if value and all(isinstance(k, str) and _LOCALE.match(k) for k in value):
            return readable(localised(value))
        return "\n".join(item for item in (readable(v) for v in value.values()) if item)
    text = str(value).strip()
    if len(text) >= 2 and (text[0], text[-1]) in (("[", "]"), ("{", "}")):
        try:
            parsed = json.loads(text)
        except ValueError:
            parsed = None
        if isinstance(parsed, list) or (isinstance(parsed, dict) and parsed
                                        and all(_LOCALE.match(k) for k in parsed)):
            return readable(parsed)
    text = html_to_text(text)
    return re.sub(r"\n\s*\n", "\n", normalise_spaces(text)).strip()  # blank lines separate blocks


def list_items(value) -> list[str]:
    """The items of a list-valued cell (a JSON list, as an export writes
    « ["Nombre de …","Part de …"] », or a list read from JSON), each as readable text, a stray
    quote the export escaped at an item's end dropped; [] for any other cell.

    >>> list_items('["Nombre de bancs","Taux de pannes"]'), list_items("Nombre de bancs"), list_items("[]")
    (['Nombre de bancs', 'Taux de pannes'], [], [])
    """
    parsed = value
    if isinstance(value, str):
        text = value.strip()
        if not (text.startswith("[") and text.endswith("]")):
            return []
        try:
            parsed = json.loads(text)
        except ValueError:
            return []
    if not isinstance(parsed, (list, tuple)):
        return []
    items = []
    for item in parsed:
        text = readable(item)
        if text.endswith('"') and text.count('"') % 2:
            text = text[:-1].rstrip()
        if text:
            items.append(text)
    return items


# --- CSV --------------------------------------------------------------------------------

_SEP_LINE = re.compile(r'\A\ufeff?"?sep=(.)"?[ \t]*(?:\r\n|\n|\r|\Z)', re.I)


def read_csv(path: Path, settings: Settings = Settings(), with_preamble: bool = False):
    """Header and data rows of a CSV file (delimiter from a ``sep=`` line or detected), and
    with ``with_preamble`` the single-cell lines above the header."""
    text = decode_bytes(path.read_bytes(), path)
    sep = _SEP_LINE.match(text)
    if sep:
        delimiter, text = sep.group(1), text[sep.end():]
    else:
        delimiter = sniff_delimiter(text, path)
    csv.field_size_limit(max(csv.field_size_limit(), 2**30))  # long bodies are legitimate
    rows = [r for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter) if any(c.strip() for c in r)]
    if not rows:
        raise InputError("le fichier CSV ne contient aucune ligne.", path=path)
    start = header_index(rows, settings)
    width = len(rows[start])
    if "[" in text and (any(len(r) > width for r in rows[start + 1:]) or _cut_list(rows[start + 1:])):
        # Cells holding unquoted JSON lists (["a","b"]) were split on their commas.
        rows = [r for r in split_rows(text, delimiter) if any(c.strip() for c in r)]
        start = header_index(rows, settings)
    if with_preamble:
        return rows[start], rows[start + 1:], _preamble(rows[:start])
    return rows[start], rows[start + 1:]


def _cut_list(rows: Sequence[Sequence[str]]) -> bool:
    """True when a cell opens an unquoted list (« ["a" ») that it does not close: the list was
    cut on its commas, even if a quote escaped inside it (« \\" ») kept the row's width.

    >>> _cut_list([["1", '["a"', 'b"]']]), _cut_list([["1", '["a","b"]', "[voir note]"]])
    (True, False)
    """
    return any(c.lstrip().startswith('["') and not c.rstrip().endswith("]") for r in rows for c in r)


def _preamble(rows: Sequence[Sequence[object]]) -> list[str]:
    """The lines above a header that hold a single cell (a title, an explanation)."""
    out = []
    for row in rows:
        cells = [readable(c) for c in row if readable(c)]
        if len(cells) == 1:
            out.append(cells[0])
    return out


def sniff_delimiter(text: str, path: Path) -> str:
    """The delimiter whose most common row width (two columns or more) is the most frequent.

    Rows of explanations above the header, often a single cell, do not set the width.
    """
    sample = text[:65536]
    best, best_score = None, (0.0, 0)
    for delimiter in DELIMITERS:
        rows = [r for r in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter) if r][:50]
        if len(rows) > 1 and sample[-1:] not in ("\n", "\r") and len(text) > len(sample):
            rows = rows[:-1]  # the last row of a cut sample may be incomplete
        widths = [len(r) for r in rows if len(r) >= 2]
        if not widths:
            continue
        width = max(set(widths), key=lambda w: (widths.count(w), w))
        consistent = widths.count(width) / len(rows)
        score = (consistent, width)
        if score > best_score:
            best, best_score = delimiter, score
    if best is None:
        first = text.lstrip("\ufeff").splitlines()[0] if text.strip() else ""
        if (classify(first) or ("",))[0] in ("title", "body"):
            return ","  # a single recognised column
        raise InputError(
            "séparateur de colonnes non reconnu (ni virgule, ni point-virgule, ni tabulation) : "
            "enregistrez le tableau en CSV séparé par des virgules ou des points-virgules.",
            path=path,
        )
    return best


def split_rows(text: str, delimiter: str) -> list[list[str]]:
    """CSV rows where an unquoted cell starting with "[" runs to its closing "]"."""
    rows: list[list[str]] = []
    row: list[str] = []
    i, n = 0, len(text)
    while i <= n:
        if i == n:
            if row:
                rows.append(row)
            break
        ch = text[i]
        if ch == '"':  # quoted cell
            j, parts = i + 1, []
            while j < n:
                if text[j] == '"':
                    if j + 1 < n and text[j + 1] == '"':
                        parts.append('"')
                        j += 2
                        continue
                    break
                parts.append(text[j])
                j += 1
            cell, i = "".join(parts), j + 1
            while i < n and text[i] not in (delimiter, "\n", "\r"):
                cell += text[i]
                i += 1
        elif ch == "[":  # JSON-ish list: up to the "]" that ends the cell
            j = i
            end = -1
            while j < n:
                k = text.find("]", j)
                if k < 0:
                    break
                if k + 1 >= n or text[k + 1] in (delimiter, "\n", "\r"):
                    end = k
                    break
                j = k + 1
            if end < 0:
                end = _cell_end(text, i, delimiter) - 1
            cell, i = text[i:end + 1], end + 1
        else:
            k = _cell_end(text, i, delimiter)
            cell, i = text[i:k], k
        row.append(cell)
        if i < n and text[i] == delimiter:
            i += 1
            if i == n:
                row.append("")
            continue
        # end of line
        rows.append(row)
        row = []
        if i < n and text[i] == "\r":
            i += 1
        if i < n and text[i] == "\n":
            i += 1
        if i == n:
            break
    return rows


def _cell_end(text: str, i: int, delimiter: str) -> int:
    ends = [k for k in (text.find(delimiter, i), text.find("\n", i), text.find("\r", i)) if k >= 0]
    return min(ends) if ends else len(text)


# --- JSON -------------------------------------------------------------------------------


def _json_table(path: Path, settings: Settings) -> tuple[list[str], list[list[object]], list["Child"], str]:
    """Header and rows of a JSON export's records, the rows of its child lists (see
    :func:`_children`): a list of arguments or comments beside the proposals' (« comments »:
    [{"proposal_id": 12, "body": …}]), keyed by their ids, is read under them, never as the rows;
    and the title the export gives the whole (see :func:`export_title`)."""
    lists: list[tuple[str, list[dict]]] = []
    data = _json_data(path)
    data = board_records(data) or data
    objects = _json_objects(path, settings, lists, data)
    named = export_title(data, settings)
    nested = _nested_children(objects, settings)
    if nested:
        lists.append(("comments", nested))
    tables = [_from_objects(objects)] + [_from_objects(o) for _, o in lists if o is not objects]
    if len(tables) == 1:
        return tables[0][0], tables[0][1], [], named
    names = [""] + [name for name, o in lists if o is not objects]
    sheets = [[list(header)] + rows for header, rows in tables]
    found = [(find_header(sheet[:1], settings), n) for n, sheet in enumerate(sheets)]
    keys = {n: _header_key(sheets[n][0]) if level <= 1 else (n,) for (level, _), n in found}
    children = _children(sheets, found, keys, names)
    main = children[0][0] if 0 in children else 0
    said = [child for n in sorted(children) if children[n][0] == main for child in children[n][1]]
    return tables[main][0], tables[main][1], said, named


# A kanban board's export (Trello's JSON, Wekan's): the keys of a card's list, of its text, of
# the card a checklist or a comment belongs to, of a comment's text; a board's action that is a
# comment has one of COMMENT_ACTIONS as its type (Trello's « commentCard »)
BOARD_LIST_KEYS = ("idList", "listId")
BOARD_TEXT_KEYS = ("desc", "description")
BOARD_CARD_KEYS = ("idCard", "cardId")
BOARD_COMMENT_KEYS = ("text", "comment")
BOARD_NAME_KEYS = ("name", "title")
BOARD_ID_KEYS = ("id", "_id")
COMMENT_ACTIONS = frozenset({"commentCard"})


def _first_key(obj: dict, keys: Sequence[str]) -> object:
    """The value of the first of ``keys`` that ``obj`` has, None when it has none."""
    return next((obj[k] for k in keys if k in obj), None)


def _key_text(obj: dict, keys: Sequence[str] = BOARD_NAME_KEYS) -> str:
    """The value of the first of ``keys`` that ``obj`` has, as stripped text ("" without one)."""
    return str(_first_key(obj, keys) or "").strip()


def board_records(data: object) -> Optional[dict]:
    """A kanban board's export (Trello's JSON: « lists » [{id, name, closed}], « cards » [{id,
    name, desc, idList, closed}], « checklists » [{idCard, name, checkItems [{name}]}], comments
    as « actions » [{type: "commentCard", data {text, card {id}}}]; Wekan's « listId »,
    « title », « description », « comments » [{cardId, text}]) as one record per card: its
    name the title, its description and its checklists' items (« - item » lines under the
    checklist's name) the body, its list's name the category, its comments nested under it.
    Archived cards and lists (« closed » or « archived » true) are left out, as are the cards
    of a list whose name sets them aside (« Doublons », « Hors sujet »: see
    :data:`SKIPPED_STATUS`). None when ``data`` is not such a board.

    >>> board = {"name": "Idées", "lists": [{"id": "l1", "name": "À voter"}, {"id": "l2", "name": "Doublons"}],
    ...     "cards": [{"id": "c1", "name": "Wifi", "desc": "Du wifi au stade.", "idList": "l1"},
    ...               {"id": "c2", "name": "Wifi bis", "desc": "Idem.", "idList": "l2"},
    ...               {"id": "c3", "name": "Vieux", "desc": "Archivé.", "idList": "l1", "closed": True}],
    ...     "checklists": [{"idCard": "c1", "name": "Et aussi", "checkItems": [{"name": "Au gymnase"}]}],
    ...     "actions": [{"type": "commentCard", "data": {"text": "+1", "card": {"id": "c1"}}}]}
    >>> records = board_records(board)
    >>> records["title"], [(r["id"], r["title"], r["category"], r["comments"]) for r in records["cards"]]
    ('Idées', [('c1', 'Wifi', 'À voter', [{'body': '+1'}])])
    >>> print(records["cards"][0]["body"])
    Du wifi au stade.
    <BLANKLINE>
    Et aussi :
    - Au gymnase
    >>> board_records({"cards": [{"id": "c1", "name": "Wifi"}]}) is None
    True
    """
    if not isinstance(data, dict):
        return None
    cards, lists = data.get("cards"), data.get("lists")
    if not (isinstance(cards, list) and isinstance(lists, list) and cards
            and all(isinstance(c, dict) and _first_key(c, BOARD_LIST_KEYS) is not None for c in cards)):
        return None
    names = {str(_first_key(o, BOARD_ID_KEYS)): o for o in lists if isinstance(o, dict)}
    checks: dict[str, list[str]] = {}
    for checklist in data.get("checklists") or ():
        if isinstance(checklist, dict):
            items = [_key_text(i) for i in checklist.get("checkItems") or ()
                     if isinstance(i, dict)]
            items = [f"- {i}" for i in items if i]
            if items:
                head = _key_text(checklist)
                block = ([f"{head} :"] if head else []) + items
                checks.setdefault(str(_first_key(checklist, BOARD_CARD_KEYS)), []).append("\n".join(block))
    said: dict[str, list[dict]] = {}
    for action in list(data.get("actions") or ()) + list(data.get("comments") or ()):
        if not isinstance(action, dict):
            continue
        inner = action.get("data") if isinstance(action.get("data"), dict) else action
        if "type" in action and action["type"] not in COMMENT_ACTIONS:
            continue
        card = inner.get("card") if isinstance(inner.get("card"), dict) else {}
        key = card.get("id", _first_key(inner, BOARD_CARD_KEYS))
        text = _first_key(inner, BOARD_COMMENT_KEYS)
        if key is not None and isinstance(text, str) and text.strip():
            said.setdefault(str(key), []).append({"body": text.strip()})
    records = []
    for card in cards:
        lst = names.get(str(_first_key(card, BOARD_LIST_KEYS)), {})
        category = _key_text(lst)
        words = _words(category)
        if (_archived(card) or _archived(lst) or (words and words[0] in SKIPPED_STATUS)):
            continue
        key = str(_first_key(card, BOARD_ID_KEYS))
        text = _key_text(card, BOARD_TEXT_KEYS)
        body = "\n\n".join(part for part in [text, *checks.get(key, [])] if part)
        record = {"id": key, "title": _key_text(card), "body": body,
                  "category": category}
        if said.get(key):
            record["comments"] = said[key]
        records.append(record)
    title = _first_key(data, BOARD_NAME_KEYS)
    return {"title": title.strip() if isinstance(title, str) else "", "cards": records}


def _archived(obj: dict) -> bool:
    """True when a board's card or list is archived (« closed » or « archived » true)."""
    return any(obj.get(k) is True for k in ("closed", "archived"))


TITLE_CHARS = 150  # an export's title is a short line


def export_title(data: object, settings: Settings = Settings()) -> str:
    """The title an export gives the whole of its records: a short text under a title key
    (« title », « titre ») of the objects that hold them (a forum topic's JSON: {"title": …,
    "post_stream": {"posts": […]}}; a consultation's {"data": {"node": {"title": …,
    "proposals": …}}}), never one of a record; "" when there is none.

    >>> export_title({"title": "Vos idées pour le parc", "post_stream": {"posts": [{"cooked": "a"}]}})
    'Vos idées pour le parc'
    >>> export_title([{"title": "Un banc"}, {"title": "Un wifi"}]), export_title({"data": {"title": 3}})
    ('', '')
    """
    level = [data] if isinstance(data, dict) else []
    for _ in range(3):
        for node in level:
            for key, value in node.items():
                if (isinstance(value, str) and value.strip() and len(value) <= TITLE_CHARS
                        and settings_field(str(key), settings) == "title"):
                    return " ".join(value.split())
        level = [v for node in level for v in node.values() if isinstance(v, dict)]
    return ""


# The key of a record's nested list of what was said of it (« comments », « arguments »,
# « commentaires », « reactions »), first word of the key
NESTED_SAID = frozenset("comment comments commentaire commentaires argument arguments reaction reactions "
                        "reply replies".split())


def _nested_children(objects: Sequence[dict], settings: Settings) -> list[dict]:
    """The comments or arguments nested in each record (« comments »: [{"body": …}], or a
    GraphQL connection « comments »: {"edges": [{"node": {"body": …}}]} as Cap Collectif's API
    returns it) as one list of objects keyed by their record's id (« proposal_id »), read like
    a list of comments beside the proposals; none when the records have no id.

    >>> _nested_children([{"id": "P1", "title": "Wifi", "comments": {"totalCount": 1,
    ...     "edges": [{"node": {"body": "Et aussi au stade"}}]}}], Settings())
    [{'body': 'Et aussi au stade', 'proposal_id': 'P1'}]
    """
    out: list[dict] = []
    for record in objects:
        ids = [v for k, v in record.items() if settings_field(str(k), settings) == "id" and isinstance(v, (str, int))]
        if not ids:
            continue
        for key, value in record.items():
            words = _words(str(key))
            if not words or words[0] not in NESTED_SAID:
                continue
            if isinstance(value, dict):  # a connection: {"totalCount": 2, "edges": [...]} or "nodes"
                value = next((v for v in value.values() if isinstance(v, list)), None)
            if not isinstance(value, list) or not value or not all(isinstance(v, dict) for v in value):
                continue
            said = unwrapped(value, settings)
            if _has_text(said, settings):
                out.extend({**o, "proposal_id": ids[0]} for o in said if "proposal_id" not in o)
    return out


def _json_data(path: Path) -> object:
    try:
        return json.loads(decode_bytes(path.read_bytes(), path))
    except ValueError as err:
        raise InputError(
            f"JSON invalide (ligne {getattr(err, 'lineno', '?')}) : corrigez le fichier ou exportez-le à nouveau.",
            path=path,
        ) from err


def _json_objects(path: Path, settings: Settings = Settings(), lists: Optional[list] = None,
                  data: object = None) -> list[dict]:
    if data is None:
        data = _json_data(path)
    objects = find_records(data, settings, lists)
    if objects is None:
        raise InputError(
            "aucune liste d'objets dans ce JSON : il faut une liste d'objets, un par proposition (au premier "
            'niveau ou imbriquée, par ex. {"data": {"proposals": [...]}}), ou un objet d\'objets.',
            path=path,
        )
    return objects


def find_records(data: object, settings: Settings = Settings(), lists: Optional[list] = None) -> Optional[list[dict]]:
    """The objects that are the rows of a JSON export (see the module doc), None when there are
    none; ``lists`` receives every list of objects found, with its key (« comments »).

    >>> find_records({"meta": {"count": 2}, "data": {"proposals": [{"titre": "a"}, {"titre": "b"}]}})
    [{'titre': 'a'}, {'titre': 'b'}]
    """
    found: list[tuple[bool, list[dict]]] = []  # (objects with a title/body key, objects), depth-first

    def has_text(objects: list[dict]) -> bool:
        return _has_text(objects, settings)

    def walk(node: object, name: str = "") -> None:
        if isinstance(node, list):
            if node and all(isinstance(v, dict) for v in node):
                node = unwrapped(node, settings)
                text = has_text(node)
                found.append((text, node))
                names.append(name)
                if text:
                    return  # lists inside records (comments, attachments) are not rows
            for value in node:
                walk(value)
        elif isinstance(node, dict):
            values = list(node.values())
            if len(values) >= 2 and all(isinstance(v, dict) for v in values):  # an object of objects
                text = has_text(values)
                found.append((text, values))
                names.append(name)
                if text:
                    return
            for key, value in node.items():
                walk(value, str(key))

    names: list[str] = []
    walk(data)
    if lists is not None:
        lists.extend((name, objects) for name, (_, objects) in zip(names, found))
    if not found:
        return None
    preferred = [objects for text, objects in found if text] or [objects for _, objects in found]
    return max(preferred, key=len)  # the first of the largest


def _has_text(objects: Sequence[dict], settings: Settings) -> bool:
    """True when some key of ``objects`` names a title or a text."""
    keys = {k for obj in objects[:50] for k in flatten(obj)}
    return any(settings_field(k, settings) in ("title", "body") for k in keys)


def unwrapped(objects: list[dict], settings: Settings = Settings()) -> list[dict]:
    """Records whose fields sit in an object of each record (an open-data portal's export:
    {"datasetid": …, "recordid": …, "fields": {"intitule": …}}, a GeoJSON feature's
    « properties », a record inside « record ») with those fields as their own keys, the
    record's other keys after them; ``objects`` as they are when no such object holds a
    title or a text, or when its key itself names a field (« title »: {"fr": …}).

    >>> unwrapped([{"recordid": "a1", "fields": {"intitule": "Wi-Fi", "budget": 3}}])
    [{'intitule': 'Wi-Fi', 'budget': 3, 'recordid': 'a1'}]
    >>> unwrapped([{"title": {"fr": "Wi-Fi", "en": "Wifi"}}])
    [{'title': {'fr': 'Wi-Fi', 'en': 'Wifi'}}]
    """
    for _ in range(3):  # a record inside a record: {"record": {"id": …, "fields": {…}}}
        if not objects or _has_text(objects, settings):
            return objects
        shared = [k for k, v in objects[0].items() if isinstance(v, dict) and v]
        wrapper = next((k for k in shared if not settings_field(str(k), settings)
                        and all(isinstance(o.get(k), dict) for o in objects)
                        and _has_text([unwrapped([o[k]], settings)[0] for o in objects[:50]], settings)), None)
        if wrapper is None:
            return objects
        objects = [{**o[wrapper], **{k: v for k, v in o.items() if k != wrapper and k not in o[wrapper]}}
                   for o in objects]
    return objects


def settings_field(name: str, settings: Settings) -> Optional[str]:
    """The field a column name stands for: named in the settings, else recognised."""
    for field in FIELDS:
        wanted = getattr(settings, f"{field}_column")
        if wanted and normalise_name(wanted) == normalise_name(name):
            return field
    found = classify(name)
    if found and found[0] == "plan":
        return "title"  # an "Action" column names the rows of a plan
    return found[0] if found else None


def _jsonl_objects(path: Path) -> list[dict]:
    return [obj for _, obj in jsonl_objects(decode_bytes(path.read_bytes(), path), path)]


_QUESTION_KEYS = ("question", "label", "titre", "title", "intitule")
_ANSWER_KEYS = ("value", "answer", "valeur", "reponse", "response")


def _answers(value: object) -> Optional[dict[str, object]]:
    """A questionnaire's answers written as a list of {question, value} objects ("responses":
    [{"question": {"title": "Vos idées ?"}, "value": "…"}]) as {question: answer}; None
    when ``value`` is not such a list."""
    if not isinstance(value, list) or not value or not all(isinstance(v, dict) for v in value):
        return None
    out: dict[str, object] = {}
    for item in value:
        keys = {normalise_name(k): k for k in item}
        q = next((item[keys[k]] for k in _QUESTION_KEYS if k in keys), None)
        a = next((item[keys[k]] for k in _ANSWER_KEYS if k in keys), None)
        if isinstance(q, dict):
            q = next((q[k] for k in q if normalise_name(k) in _QUESTION_KEYS and isinstance(q[k], str)), None)
        if not isinstance(q, str) or not q.strip() or isinstance(a, (dict, list)):
            return None
        out[q.strip()] = a
    return out


def flatten(obj: dict, prefix: str = "") -> dict[str, object]:
    """Nested objects as "a/b" keys ({"title": {"fr": ...}} -> "title/fr"); a list of
    {question, value} answers as one key per question (its title)."""
    out: dict[str, object] = {}
    for key, value in obj.items():
        name = f"{prefix}{key}"
        answers = _answers(value)
        if answers is not None:
            out.update(answers)
        elif isinstance(value, dict) and value:
            out.update(flatten(value, name + "/"))
        else:
            out[name] = value
    return out


def _from_objects(objects: Iterable[dict]) -> tuple[list[str], list[list[object]]]:
    flat = [flatten(o) for o in objects]
    header: list[str] = []
    seen: set[str] = set()
    for obj in flat:
        for key in obj:
            if key not in seen:
                seen.add(key)
                header.append(key)
    return header, [[obj.get(k) for k in header] for obj in flat]


# --- spreadsheets -----------------------------------------------------------------------


def _read_xlsx(path: Path, settings: Settings) -> tuple[list[str], list[list[object]], list[str], list, list]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, data_only=True)
    except Exception as err:  # zipfile.BadZipFile, KeyError, InvalidFileException...
        raise ExtractionError(
            "classeur XLSX illisible ou endommagé : ouvrez-le dans un tableur et enregistrez-le à nouveau.",
            path=path,
        ) from err
    try:
        sheets = [_with_merged_columns(sheet) for sheet in book.worksheets]
        names = [sheet.title for sheet in book.worksheets]
    finally:
        book.close()
    return _workbook(sheets, settings, path, names)


def _with_merged_columns(sheet) -> list[list[object]]:
    """The rows of a sheet, a cell merged down a column (an axis written once over its
    actions) giving its value to every row it spans; cells merged across a row (a title) are
    left as they are."""
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    return _filled_down(rows, [(m.min_row - 1, m.min_col - 1, m.max_row - m.min_row + 1)
                               for m in sheet.merged_cells.ranges
                               if m.min_col == m.max_col and m.max_row > m.min_row])


def _filled_down(rows: list[list[object]], spans: Sequence[tuple[int, int, int]]) -> list[list[object]]:
    """``rows`` with each cell merged down a column, given as (row, column, rows spanned),
    copied into the empty cells it covers (an axis written once over its actions)."""
    for r, c, n in spans:
        value = rows[r][c] if r < len(rows) and c < len(rows[r]) else None
        for below in range(r + 1, min(r + n, len(rows))):
            line = rows[below]
            line.extend([None] * (c + 1 - len(line)))
            if line[c] is None:
                line[c] = value
    return rows


def _read_xls(path: Path, settings: Settings) -> tuple[list[str], list[list[object]], list[str], list, list]:
    import xlrd

    try:
        book = xlrd.open_workbook(str(path), on_demand=True)
    except Exception as err:  # xlrd.XLRDError, struct errors on corrupt files
        raise ExtractionError(
            "classeur XLS illisible ou endommagé : ouvrez-le dans un tableur et enregistrez-le à nouveau.",
            path=path,
        ) from err
    try:
        sheets, names = [], []
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            sheets.append([sheet.row_values(i) for i in range(sheet.nrows)])
            names.append(sheet.name)
    finally:
        book.release_resources()
    return _workbook(sheets, settings, path, names)


# An ODS sheet ends with rows and cells "repeated" up to the sheet's size (1,048,576 rows,
# 16,384 columns): a run of empty ones is kept up to this many, enough for any real gap.
_ODS_EMPTY_RUN = 64
_ODS_MAX_ROWS = 200_000


def _read_ods(path: Path, settings: Settings) -> tuple[list[str], list[list[object]], list[str], list, list]:
    """The sheets of a LibreOffice Calc (.ods) workbook, read with odfpy like an XLSX one:
    numbers as numbers, a cell's paragraphs joined by line breaks, a cell merged down a
    column giving its value to every row it spans."""
    from odf import opendocument
    from odf.namespaces import TABLENS

    try:
        document = opendocument.load(str(path))
        tables = document.spreadsheet.getElementsByType(_odf_table())
    except Exception as err:  # odfpy raises many kinds (BadZipFile, KeyError, xml errors...)
        raise ExtractionError(
            "classeur ODS illisible ou endommagé : ouvrez-le dans un tableur et enregistrez-le à nouveau.",
            path=path,
        ) from err
    sheets = []
    for table in tables:
        rows: list[list[object]] = []
        spans: list[tuple[int, int, int]] = []  # (row, column, rows spanned) of merged cells
        for row in _ods_rows(table, TABLENS):
            repeat = _int_attr(row, TABLENS, "number-rows-repeated")
            cells = _ods_cells(row, TABLENS, len(rows), spans)
            if not any(v is not None for v in cells):
                repeat = min(repeat, _ODS_EMPTY_RUN)
            for _ in range(min(repeat, _ODS_MAX_ROWS - len(rows))):
                rows.append(list(cells))
        sheets.append(_filled_down(rows, spans))
    return _workbook(sheets, settings, path, [str(table.getAttrNS(TABLENS, "name") or "") for table in tables])


def _odf_table():
    from odf.table import Table

    return Table


def _int_attr(node, namespace: str, name: str) -> int:
    try:
        return max(1, int(node.getAttrNS(namespace, name) or 1))
    except ValueError:
        return 1


def _ods_rows(node, tablens: str):
    """The table:table-row elements of a table, also inside row groups and header rows."""
    for child in node.childNodes:
        if child.nodeType != child.ELEMENT_NODE or child.qname[0] != tablens:
            continue
        if child.qname[1] == "table-row":
            yield child
        elif child.qname[1] in ("table-header-rows", "table-rows", "table-row-group"):
            yield from _ods_rows(child, tablens)


def _ods_cells(row, tablens: str, index: int, spans: list) -> list[object]:
    from odf.namespaces import OFFICENS

    cells: list[object] = []
    for cell in row.childNodes:
        if cell.nodeType != cell.ELEMENT_NODE or cell.qname[0] != tablens:
            continue
        if cell.qname[1] not in ("table-cell", "covered-table-cell"):
            continue
        repeat = _int_attr(cell, tablens, "number-columns-repeated")
        value: object = None
        if cell.qname[1] == "table-cell":
            kind = cell.getAttrNS(OFFICENS, "value-type") or ""
            if kind in ("float", "percentage", "currency"):
                try:
                    value = float(cell.getAttrNS(OFFICENS, "value"))
                except (TypeError, ValueError):
                    value = _ods_text(cell) or None
            elif kind == "boolean":
                value = (cell.getAttrNS(OFFICENS, "boolean-value") or "") == "true"
            else:
                value = _ods_text(cell) or None
            if _int_attr(cell, tablens, "number-rows-spanned") > 1 and \
                    _int_attr(cell, tablens, "number-columns-spanned") == 1:
                spans.append((index, len(cells), _int_attr(cell, tablens, "number-rows-spanned")))
        if value is None:
            repeat = min(repeat, _ODS_EMPTY_RUN)
        cells.extend([value] * repeat)
    while cells and cells[-1] is None:
        cells.pop()
    return cells


def _ods_text(cell) -> str:
    """A cell's paragraphs, one per line (odfpy's teletype keeps spaces, tabs and breaks)."""
    from odf import teletype
    from odf.namespaces import TEXTNS

    lines = [teletype.extractText(p) for p in cell.childNodes
             if p.nodeType == p.ELEMENT_NODE and p.qname == (TEXTNS, "p")]
    return "\n".join(lines).strip()


def _workbook(
    sheets: Sequence[list[list[object]]], settings: Settings, path: Path, names: Sequence[str] = ()
) -> tuple[list[str], list[list[object]], list[str], list[list[list[object]]], list["Child"]]:
    """Header, rows and preamble (see :func:`_preamble`) of the first sheet whose header is
    the surest (see :func:`find_header`; an answer grid first, see :func:`answer_grid`), the workbook's other sheets (a plan's indicators
    may be kept on one of them) and the rows of its child sheets (see :func:`_children`: the
    arguments and comments on the proposals), which are never the sheet read.

    Sheets whose header is the same recognised one are one table continued (a plan kept with
    one sheet per axis): they are read in order, and at a tie they win over a single sheet
    (a summary « N° | Action | Axe | Budget »). Each one's axis, its title line above the header
    (« AXE 2 – … ») or else its name (« Axe 2 Jeunesse », not « Feuil2 »), is then the category
    of its rows when the header names none; only a line above the header of every sheet names
    the document."""
    sheets = [[r for r in rows if any(v not in (None, "") for v in r)] for rows in sheets]
    fiches = sum(1 for rows in sheets if form_fields(rows))  # one action fiche per sheet: a plan
    sheets = form_sheets(sheets, settings)
    asked = question_workbook(sheets)
    if asked:
        return asked[0], asked[1], asked[2], [], []
    names = list(names)[:len(sheets)] + [""] * (len(sheets) - len(names))
    found = [(find_header(rows, settings), number) for number, rows in enumerate(sheets) if rows]
    if not found:
        raise InputError("le classeur est vide : aucune feuille ne contient de ligne.", path=path)
    keys = {number: _header_key(sheets[number][start]) if level <= 1 else (number,)
            for (level, start), number in found}
    starts = {number: start for (_, start), number in found}
    shared = {number: sum(1 for other in keys.values() if other == key) for number, key in keys.items()}
    children = _children(sheets, found, keys, names)
    main = [item for item in found if item[1] not in children] or found
    # an answer grid (its header names no title or body column) wins over a sheet whose header
    # looks surer: a legend of the states beside it, « Réalisé | L'action est achevée. »; not over
    # a plan kept as action fiches, one per sheet (see form_fields): the grid beside them answers
    # the proposals the fiches do not take up, and is read after them (see grid_sheets)
    grids = [item for item in main if fiches < FICHE_PLAN
             and answer_grid(sheets[item[1]][item[0][1]], sheets[item[1]][item[0][1] + 1:])]
    (_, start), number = min(grids or main, key=lambda item: (item[0][0], shared[item[1]] == 1, item[1]))
    table = [n for n in keys if keys[n] == keys[number]]
    others = [sheet for n, sheet in enumerate(sheets) if n not in table and sheet]
    said = [child for n in sorted(children) if children[n][0] in table for child in children[n][1]]
    rows = sheets[number]
    header = [readable(v) for v in rows[start]]
    if len(table) == 1:
        return header, rows[start + 1:], _preamble(rows[:start]), others, said
    preambles = [_preamble(sheets[n][:starts[n]]) for n in table]
    common = [line for line in preambles[0] if all(line in lines for lines in preambles[1:])]
    axes = []
    for n, lines in zip(table, preambles):
        own = [line for line in lines if line not in common and len(line) <= 150]
        name = " ".join(str(names[n]).split())
        axes.append(own[-1] if own else ("" if _DEFAULT_SHEET.match(name) else name))
    named = settings.category_column or any(settings_field(h, settings) == "category" for h in header if h)
    width = len(header)
    given = not named and any(axes)
    if given:
        header.append(AXIS_COLUMN)
    seen: set = set()  # the rows of the sheets already read
    joined = []
    for n, axis in zip(table, axes):
        own = [row for row in sheets[n][starts[n] + 1:] if tuple(readable(v) for v in row) not in seen]
        seen.update(tuple(readable(v) for v in row) for row in own)  # a sheet copied to filter it adds nothing
        joined += [(list(row) + [None] * width)[:width] + [axis] if given else row for row in own]
    return header, joined, common, others, said


FICHE_PLAN = 2  # the fewest action fiches (one form per sheet) that make a workbook a plan


def grid_sheets(builder: TextBuilder, sheets: Sequence[Sequence[Sequence[object]]], table: int = 0) -> None:
    """The answer grids (see :func:`answer_grid`) among a plan's other sheets, each added as a
    table after the plan's records, its lines above the header as headings: a sheet « Non
    retenues » quoting the proposals the plan does not take up beside the authority's answer
    (« Proposition de l'atelier | Réponse de la communauté de communes »), whose answers are
    units as in a workbook that is only a grid (see :func:`grid_document`). The grid's header is
    the first of the sheet's first rows that names its two columns (a title above it may name a
    column too: « Demandes non retenues »)."""
    for sheet in sheets:
        start = next((i for i in range(min(HEADER_SCAN, len(sheet) - 1))
                      if answer_grid(sheet[i], sheet[i + 1:])), None)
        if start is None:
            continue
        for line in _preamble(sheet[:start]):
            builder.add("heading", line, level=1)
        add_grid(builder, sheet[start], sheet[start + 1:], table)
        table += 1


# A form's label naming what the record sets out to do (« Objectifs », « Objectif(s) opérationnel(s) »):
# not a column the table reader knows, but a field of a plan's fiche
FORM_OBJECTIVES = re.compile(r"^objectifs?(?: s)?(?: (?:operationnels?|strategiques?|vises?|poursuivis?)(?: s)?)?$")
# A plan's column giving the code of the axis its rows belong to (normalised name: « axe_code »,
# « code_axe », « num_axe », « N° thème »), beside the axis's name: the plan numbers its axes, an
# axis is an objective of it as « Axe 2 – … » is. A database key (« axe_id », « category/id ») is no code.
AXIS_CODE = re.compile(r"^(?:(?:axes?|themes?|thematiques?|domaines?|orientations?) (?:code|num|numero|no)"
                       r"|(?:code|num|numero|no) (?:de l |d |de |du |des )?(?:axes?|themes?|thematiques?|domaines?"
                       r"|orientations?))$")
AXIS_CODE_WORDS = 2  # an axis's code is short: « AX2 », « 2 », « Axe 2 »
FORM_FIELDS = 4  # the fewest known labels of a form, of which a title or a body


def form_fields(rows: Sequence[Sequence[object]]) -> Optional[tuple[list, list[tuple[str, object]]]]:
    """The rows above a form and its (label, value) pairs, when a sheet is one record laid out
    vertically, as an action fiche is: each row a label in its first cell (« Intitulé de
    l'action », « Axe », « Description », « Pilote », « Budget », « Indicateurs ») and its value in
    the next filled cell (merged over the columns to its right), at least :data:`FORM_FIELDS`
    labels a table's column names (see :func:`classify`, the plan's columns of :data:`PLAN_COLUMNS`,
    « Objectifs »), one of them its title or its text; None otherwise. The form runs from its
    first known label to its last; no row in it holds more than a label and a value (a table's
    rows do), and no label is a sentence. Rows above it (the plan's name, « FICHE ACTION N° 3 »)
    are kept; rows below it (« Mise à jour : … ») are not. Empty columns on the left of the
    whole sheet (a margin) are left out."""
    margin = min((next(j for j, c in enumerate(row) if readable(c)) for row in rows if any(readable(c) for c in row)),
                 default=0)
    rows = [list(row[margin:]) for row in rows]
    known = []
    for i, row in enumerate(rows):
        cells = [readable(c) for c in row]
        filled = [c for c in cells if c]
        if not filled or not cells[0] or len(filled) > 2 or len(cells[0]) > SHORT_CELL or _sentence(cells[0]):
            continue
        field = (classify(cells[0]) or ("",))[0] or ("plan" if any(p.match(normalise_name(cells[0])) for p in PLAN_COLUMNS)
                                                     or FORM_OBJECTIVES.match(normalise_name(cells[0])) else "")
        if field:
            known.append((i, field))
    fields = {field for _, field in known}
    if len(known) < FORM_FIELDS or not fields & {"title", "body"}:
        return None
    first, last = known[0][0], known[-1][0]
    pairs = []
    for row in rows[first:last + 1]:
        cells = [readable(c) for c in row]
        filled = [c for c in cells if c]
        if len(filled) > 2 or (filled and not cells[0]) or _sentence(cells[0]):
            return None  # a table's row, or a value without its label: not a form
        if filled:
            value = next((v for v in row[1:] if readable(v)), None)
            pairs.append((cells[0], value))
    return list(rows[:first]), pairs


def _holds_table(rows: Sequence[Sequence[object]], settings: Settings) -> bool:
    """True for a sheet whose header names a title or a body column (see :func:`find_header`) over
    at least two rows."""
    if not rows:
        return False
    level, start = find_header(rows, settings)
    return level <= 1 and len(rows) - start - 1 >= 2


def form_sheets(sheets: Sequence[list[list[object]]], settings: Settings = Settings()) -> list[list[list[object]]]:
    """``sheets`` with each form (see :func:`form_fields`: an action fiche, one record laid out
    vertically) turned into a table of one row under the labels as its header, the rows above
    the form kept above it. The forms of a workbook (one fiche per sheet) share one header, the
    labels of all of them in the order first met, so that they read as one table continued (and
    win over a summary sheet listing the fiches); other sheets are left as they are. A single
    form beside a table of several rows (a sheet describing the workbook: « Titre », « Description »,
    « Thème », « Statut » …) is left as it is too: the table holds the records."""
    forms = {n: form_fields(rows) for n, rows in enumerate(sheets)}
    forms = {n: found for n, found in forms.items() if found}
    if len(forms) == 1 and any(_holds_table(rows, settings) for n, rows in enumerate(sheets) if n not in forms):
        return list(sheets)
    if not forms:
        return list(sheets)
    labels: dict[str, str] = {}
    for _, pairs in forms.values():
        for label, _ in pairs:
            labels.setdefault(normalise_name(label), label)
    numbered = {n: _fiche_number(above, pairs) for n, (above, pairs) in forms.items()}
    if all(numbered.values()):
        # each fiche numbered above its form only (« FICHE ACTION N° 1.1 »): its number is its id
        labels = {ID_LABEL: FICHE_ID_LABEL, **labels}
        forms = {n: ([row for row in above if row is not numbered[n][0]], [(FICHE_ID_LABEL, numbered[n][1]), *pairs])
                 for n, (above, pairs) in forms.items()}
    out = []
    for n, rows in enumerate(sheets):
        if n not in forms:
            out.append(rows)
            continue
        above, pairs = forms[n]
        values = {normalise_name(label): value for label, value in reversed(pairs)}
        out.append(above + [list(labels.values()), [values.get(key) for key in labels]])
    return out


# --- a live-voting tool's export: one sheet per question --------------------------------
#
# A public meeting's answers sent from the participants' phones (a live-voting or quiz tool)
# are exported as one sheet per question: the question on the sheet's first line, maybe a line
# saying its type, then a header over the answers. Open questions give one row per answer (who
# sent it, when, its likes); polls and word clouds a tally, one row per option with its votes.

QUESTION_SHEETS = 2  # the fewest sheets opening on a question that make a workbook one per question
QUESTION_COLUMN, ANSWER_COLUMN = "Thème", "Contribution"  # the table made of them: each question the theme of its answers
# A column of a tally (normalised name: « Nombre de votes », « Votes », « Occurrences », « Pourcentage », « % »)
TALLY = re.compile(r"^(?:(?:nombre|nb|total) (?:de |d )?(?:votes?|voix|occurrences?|reponses?|votants?)|votes?|voix"
                   r"|occurrences?|pourcentages?|count|percentage|%)$")
# A tally's line counting its voters (« Nombre de votants », « Nombre total de réponses », « Total »), normalised
TALLY_LINE = re.compile(r"^(?:(?:nombre|nb)(?: total)? (?:de |d )?(?:votes?|votants?|voix|reponses?|participants?"
                        r"|repondants?)|total|totaux)\b")
# A column of an answer's sender or time (« Participant », « Nom », « Date de réponse », « Heure »)
SENDER = re.compile(r"^(?:participants?|noms?|prenoms?|pseudos?|auteurs?|authors?|utilisateurs?|users?|emails?"
                    r"|courriels?|names?|dates?|heures?|time|timestamp|horodat\w*)\b")


# A question, maybe followed by how to answer it (« Quel aménagement faire en priorité ? (2 choix maximum) »)
ASKED = re.compile(r"\?\s*(?:\([^()]*\)\s*)?$")


def question_sheet(rows: Sequence[Sequence[object]]) -> Optional[tuple[str, list[str], list[list[str]]]]:
    """(question, header, rows) of a sheet of a live-voting tool's export: its first filled row a
    single cell ending with « ? » (the question, maybe followed by how to answer it in brackets:
    « (2 choix maximum) »), maybe lines of a single cell (« Type : Sondage »),
    then a header of two cells or more over the answers; None for any other sheet."""
    filled = [[readable(c) for c in row] for row in rows if any(readable(c) for c in row)]
    if not filled:
        return None
    first = [c for c in filled[0] if c]
    if len(first) != 1 or not ASKED.search(first[0]):
        return None
    for i, row in enumerate(filled[1:HEADER_SCAN], 1):
        if sum(1 for c in row if c) >= 2:
            return first[0], row, filled[i + 1:]
    return None


def question_answers(question: str, header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    """What a question's sheet (see :func:`question_sheet`) gives as contributions: each answer
    of an open question, in its column of text (the one whose cells are longest, not its
    sender's, its time or a count); for a tally (a column of votes or occurrences and none naming
    a sender, see TALLY, SENDER), its options only when the question asks for proposals or
    priorities (« Quel aménagement faire en priorité ? », see ASKING), not those naming a topic or
    nothing (« Autre », see :func:`names_topic`) nor the count of voters (see TALLY_LINE); a poll of habits or
    opinions (« Vous déplacez-vous à vélo ? ») and a word cloud ask for nothing.

    >>> question_answers("Vos idées ?", ["Participant", "Réponse", "Date"], [["Léa", "Un banc au parc", "14/10 19:12"]])
    ['Un banc au parc']
    >>> poll = [["Réparer les trottoirs", "12"], ["Autre", "3"], ["Nombre de votants", "15"]]
    >>> question_answers("Quelle action en priorité ?", ["Choix", "Votes"], poll)
    ['Réparer les trottoirs']
    >>> question_answers("Venez-vous à pied ?", ["Choix", "Votes"], [["Oui, chaque jour", "9"], ["Jamais", "4"]])
    []
    """
    names = [normalise_name(h) for h in header]
    width = len(header)
    cells = [[row[i] if i < len(row) else "" for row in rows] for i in range(width)]
    numeric = [bool([v for v in col if v]) and all(re.fullmatch(r"[\d\s.,]+\s*%?", v) for v in col if v)
               for col in cells]
    sender = [bool(SENDER.match(n)) for n in names]
    tally = any(TALLY.match(n) for n in names) and not any(sender)

    def mean_words(i: int) -> float:
        said = [v for v in cells[i] if v]
        return sum(len(v.split()) for v in said) / len(said) if said else 0

    texts = [i for i in range(width) if not numeric[i] and not sender[i] and not TALLY.match(names[i])]
    if not texts:
        return []
    text = max(texts, key=lambda i: (mean_words(i), -i))
    if not tally:
        return [v for v in cells[text] if v]
    if not ASKING.search(normalise_name(question)):
        return []
    return [v for v in cells[text] if v and not names_topic(v) and not says_nothing(v)
            and not TALLY_LINE.match(normalise_name(v))]


def question_workbook(sheets: Sequence[list[list[object]]]) -> Optional[tuple[list[str], list[list[str]], list[str]]]:
    """(header, rows, preamble) of a live-voting tool's workbook, one sheet per question (at least
    :data:`QUESTION_SHEETS` sheets, see :func:`question_sheet`): one table « Thème |
    Contribution », each question the theme of its answers (see :func:`question_answers`), in the
    order of the sheets; the other sheets (a summary of the event, a list of participants) give
    no contribution, their first single-cell line names the document. None for another workbook."""
    asked = [question_sheet(rows) for rows in sheets]
    if sum(1 for a in asked if a) < QUESTION_SHEETS:
        return None
    rows = [[question, answer] for a in asked if a for question, answer in
            ((a[0], answer) for answer in question_answers(*a))]
    preamble = next((_preamble(sheet)[:1] for sheet, a in zip(sheets, asked) if not a and _preamble(sheet)), [])
    return [QUESTION_COLUMN, ANSWER_COLUMN], rows, preamble


# The line above an action fiche that numbers it (« FICHE ACTION N° 1.1 », « Fiche n°3 », « Action 2.4 »,
# « Mesure 12 - Mobilités »): the number is the fiche's id when no label of the form gives one
FICHE_NUMBER = re.compile(r"^\W*(?:fiches?(?:[\s-]+actions?)?|actions?|mesures?)\s*(?:n\s*[°o]|num[ée]ro|no\.?)?\s*"
                          r"(\d{1,3}(?:[.\-]\d{1,3}){0,2}[a-z]?)\b", re.I)
FICHE_ID_LABEL = "N°"
ID_LABEL = normalise_name(FICHE_ID_LABEL)


def _fiche_number(above: Sequence[Sequence[object]], pairs: Sequence[tuple[str, object]]) -> Optional[tuple]:
    """(the row above a form that numbers the fiche, its number), see :data:`FICHE_NUMBER`; None
    when no row does, or when a label of the form is an id (« N° », « Référence »).

    >>> _fiche_number([["FICHE ACTION N° 1.1"], ["Axe 1 – Mobilités"]], [("Intitulé", "Navette")])[1]
    '1.1'
    >>> _fiche_number([["Fiche 3"]], [("N°", "3"), ("Intitulé", "Navette")]), _fiche_number([["Axe 2"]], [])
    (None, None)
    """
    if any((classify(label) or ("",))[0] == "id" for label, _ in pairs):
        return None
    for row in above:
        cells = [readable(c) for c in row if readable(c)]
        found = FICHE_NUMBER.match(cells[0]) if len(cells) == 1 else None
        if found:
            return row, found.group(1)
    return None


AXIS_COLUMN = "Axe"  # the column given to a table continued over sheets: each sheet's axis
# A sheet's name that says nothing (« Feuil2 », « Sheet1 », « Tableau 3 »)
_DEFAULT_SHEET = re.compile(r"^(?:feuil(?:le)?|sheet|tableau|onglet|tabelle|hoja|foglio|table)?\s*\d*$", re.I)


def _header_key(row: Sequence[object]) -> tuple:
    """A header as compared between sheets: its normalised names, trailing empty cells left out."""
    names = [normalise_name(readable(v)) for v in row]
    while names and not names[-1]:
        names.pop()
    return tuple(names)


@dataclass(frozen=True)
class Child:
    """A row of a child sheet: what someone said of a proposal (an argument, a comment)."""

    key: str  # the id of the proposal it speaks of
    label: str  # « Argument pour P-12 », « Commentaire sur 7 »
    text: str


# The nouns of a record a child sheet's key column refers to (« Référence proposition », « ID de
# la proposition », « proposal_id »), normalised, singular
REFERRED = frozenset("proposition proposal contribution idee idea projet project parent".split())
# A child sheet's text column (« Argument », « Commentaire », « Avis ») and the noun that labels
# its rows, by the first word of the column's (or else the sheet's) name
SAID_NOUNS = {"argument": "Argument", "commentaire": "Commentaire", "comment": "Commentaire", "avis": "Avis",
              "reaction": "Réaction", "message": "Message", "opinion": "Avis", "contribution": "Contribution"}
# The side an argument takes (« Type » : « Pour » / « Contre »), by its first word
STANCES = {"pour": "pour", "favorable": "pour", "for": "pour", "pro": "pour", "positif": "pour", "contre": "contre",
           "defavorable": "contre", "against": "contre", "con": "contre", "negatif": "contre", "neutre": "",
           "neutral": ""}
CHILD_TEXT_WORDS = 4  # a child sheet's text column found by its cells: four words or more on average


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word[-1] in "sx" else word


def references(name: str) -> bool:
    """True for a column naming the id of a record of another table (« Référence proposition »,
    « ID de la proposition », « proposal_id », « parent/id »): a child sheet's key.

    >>> [references(n) for n in ("Référence proposition", "proposal_id", "N° de l'idée", "Référence", "Titre")]
    [True, True, True, False, False]
    """
    words = [_singular(w) for w in _words(str(name).replace("/", " ")) if w not in STOPWORDS]
    return (len(words) == 2 and any(w in FIELD_WORDS["id"] for w in words)
            and any(w in REFERRED for w in words))


def _children(sheets: Sequence[list[list[object]]], found: Sequence[tuple[tuple[int, int], int]],
              keys: dict, names: Sequence[str]) -> dict[int, tuple[int, list[Child]]]:
    """The child sheets of a workbook, by number: (their parent sheet, their rows said).

    A sheet is the child of another when a column of its own names a record's id (see
    :func:`references`), every value of which is an id of the other sheet's rows, the other
    sheet naming a title or text column and its rows being the records: the keys repeat (three
    arguments on one proposal), or are fewer than its ids, or the other header is surer. Its
    text column is the one named as such (« Argument », « Commentaire », « Texte »), else the
    one whose cells are longest (four words or more on average); a column of « Pour » /
    « Contre » gives each row's side; rows withdrawn or moderated (its « Statut ») and those
    that say nothing are left out."""
    heads = {number: (level, [readable(v) for v in sheets[number][start]], sheets[number][start + 1:])
             for (level, start), number in found}

    def cells(rows, i):
        return [readable(r[i]) if i < len(r) else "" for r in rows]

    ids = {number: [{v for v in cells(rows, i) if v} for i, name in enumerate(header)
                    if (classify(name) or ("",))[0] == "id"]
           for number, (level, header, rows) in heads.items() if level <= 1}
    out: dict[int, tuple[int, list[Child]]] = {}
    for number, (level, header, rows) in heads.items():
        for key in (i for i, name in enumerate(header) if references(name)):
            values = [v for v in cells(rows, key) if v]
            parent = next((other for other, sets in ids.items()
                           if other != number and keys[other] != keys[number]
                           and any(values and set(values) <= known and (
                               len(values) > len(set(values)) or len(set(values)) < len(known)
                               or heads[other][0] < level) for known in sets)), None)
            if parent is None:
                continue
            said = _child_rows(header, rows, key, names[number])
            if said:
                out[number] = (parent, said)
            break
    return out


def _child_rows(header: Sequence[str], rows: Sequence[Sequence[object]], key: int, sheet: str) -> list[Child]:
    """The rows of a child sheet keyed by column ``key`` (see :func:`_children`)."""
    def cells(i):
        return [readable(r[i]) if i < len(r) else "" for r in rows]

    def stance(value: str) -> Optional[str]:
        words = _words(value)
        return STANCES.get(words[0]) if words and len(words) <= 2 else None

    sides = [i for i in range(len(header)) if i != key and any(cells(i))
             and all(stance(v) is not None for v in cells(i) if v)]
    kinds = {i: (classify(name) or ("",))[0] for i, name in enumerate(header)}
    named = [i for i, name in enumerate(header) if i != key and i not in sides and _words(name)
             and (_singular(_words(name)[0]) in SAID_NOUNS or kinds[i] in ("body", "title"))]
    if not named:
        def mean_words(i):
            said = [v for v in cells(i) if v]
            return sum(len(v.split()) for v in said) / len(said) if said else 0
        long = [i for i in range(len(header)) if i != key and i not in sides
                and kinds[i] not in ("id", "status", "category") and mean_words(i) >= CHILD_TEXT_WORDS]
        named = sorted(long, key=mean_words, reverse=True)[:1]
    if not named:
        return []
    text = named[0]
    noun = next((SAID_NOUNS[_singular(w)] for w in _words(header[text]) + _words(sheet) if _singular(w) in SAID_NOUNS),
                "Commentaire")
    columns = Columns(fields={}, status=tuple(i for i in kinds if kinds[i] == "status"),
                      flags=tuple(i for i, name in enumerate(header) if normalise_name(name) in SKIPPED_STATUS))
    out = []
    for row in rows:
        owner, said = first_value(row, (key,)), first_value(row, (text,))
        if not owner or not said or says_nothing(said) or skipped(row, columns):
            continue
        side = stance(first_value(row, sides[:1])) or ""
        out.append(Child(owner, f"{noun} {side or 'sur'} {owner}", said))
    return out


# A note's number opening its line (« 1. », « 2) », « (3) », « * »)
NOTE_MARKER = re.compile(r"^\s*(?:\(?(\d{1,2})[.)]|\((\d{1,2})\)|(\*))\s+")
NOTE_LINES = 2  # the fewest lines of a sheet of notes


def note_lines(sheet: Sequence[Sequence[object]]) -> list[tuple[str, str]]:
    """The lines of a sheet of notes, each with the number opening it (« 1. Les montants … » ->
    ("1", "Les montants …")): a sheet whose filled rows hold one cell each, at least
    :data:`NOTE_LINES` of them and one a sentence; [] for any other sheet (a table)."""
    lines = []
    for row in sheet:
        filled = [readable(c) for c in row if readable(c)]
        if len(filled) > 1:
            return []
        if filled:
            lines.append(filled[0])
    if len(lines) < NOTE_LINES or not any(_sentence(line) for line in lines):
        return []
    out = []
    for line in lines:
        number = NOTE_MARKER.match(line)
        marker = next((g for g in number.groups() if g), "") if number else ""
        out.append((marker, line[number.end():] if number else line))
    return out


def indicator_rows(sheet: Sequence[Sequence[object]]) -> list[str]:
    """The indicators a sheet lists in a column whose header names them (« Indicateur »,
    « Indicateurs de suivi »), found among its first rows; [] when it has none."""
    for i, row in enumerate(sheet[:HEADER_SCAN]):
        names = [readable(c) for c in row]
        if sum(1 for name in names if name) < 2:
            continue  # a title above the header (« Indicateurs de suivi du plan »)
        cols = [j for j, name in enumerate(names) if name and (classify(name) or ("",))[0] == "indicator"]
        if cols:
            col = cols[0]
            found = [readable(r[col]) if col < len(r) else "" for r in sheet[i + 1:]]
            return [t for t in found if t and not says_nothing(t)]
    return []
