"""An action answering a demand another way than asked (:func:`alternative_state`), adding what the
demand refuses (:func:`refused_things`, :func:`contrary_state`) or only relaying it to another
body (:func:`relay_state`).
"""
from __future__ import annotations

import re

from ..model import STATUS_ADDRESSED, STATUS_NOT
from .fate import status_cap, _fold_state
from .words import _INSTEAD_COMMON, _singular


# An action that says it does something else than a thing it names (« Plutôt que de développer sa
# propre application, la commune fera connaître la plateforme régionale », « au lieu d'ouvrir … »):
# another way to the same end; a demand asking for the thing set aside is answered in part at most
# (not a figure replaced: « portée à 6 ans, au lieu de 4 aujourd'hui »)
_INSTEAD_OF = re.compile(r"\b(?:plut[ôo]t\s+que|au\s+lieu)\s+(?:de\s+|d['’]\s*)(?P<what>[^\W\d_][^;:.!?,]{2,120})", re.I)
ALTERNATIVE_STATE = "Retenue en partie (autre solution)"


def _content_words(text: str) -> list[str]:
    """The words of four letters or more of ``text``, folded, cut to six letters, in order."""
    return [w[:6] for w in re.findall(r"[a-z]{4,}", _fold_state(text)) if w not in _INSTEAD_COMMON]


def alternative_state(action_text: str, state: str, demand_text: str) -> str:
    """What an action's document says of it, « Retenue en partie (autre solution) » for an
    action that sets aside, « plutôt que de … » or « au lieu de … », the thing a demand asks for
    (the head noun set aside, the first content word after the verb, is one of the demand's
    words) when nothing lower is said.

    >>> alternative_state("Navette. Plutôt que de créer une ligne de bus, un transport à la demande.", "",
    ...                   "Créer une ligne de bus vers la gare")
    'Retenue en partie (autre solution)'
    >>> alternative_state("Navette. Plutôt que de créer une ligne de bus, un transport à la demande.", "",
    ...                   "Un abri vélo à la gare")
    ''
    """
    if status_cap(state) != STATUS_ADDRESSED:
        return state
    wanted = set(_content_words(demand_text or ""))
    for m in _INSTEAD_OF.finditer(action_text or ""):
        head = _content_words(m.group("what").split(None, 1)[-1])[:1]  # the verb left out
        if head and head[0] in wanted:
            return ALTERNATIVE_STATE
    return state


# A demand that refuses a thing or asks that no more of it be added, in its folded text: « Non aux
# antennes … », « Stop aux caméras » (opening a sentence), « Pas une caméra de plus », « pas de
# nouvelles éoliennes », « qu'aucune nouvelle antenne ne soit installée », « arrêter d'installer
# des caméras », « ne pas construire de parking », « nous refusons les panneaux … » (not « pourquoi ne
# pas … », a suggestion; nor « pas de wifi », which may say what is missing). ``x`` is the thing.
_ADDING_VERB = (r"(?:(?:install|implant|constru|deploy|deploi|ajout|autoris|multipli|augment|etend)[a-z]*"
                r"|batir|bati[a-z]?|pos(?:e|er|ee|ees|es|era|eront)|cre(?:e|er|ee|ees|es|era|eront|ation|ations)"
                r"|ouvr(?:ir|ira|iront|e|ent)|ouvert(?:e|es|s)?|ouverture)")
_THING = (r"(?:(?:installation|implantation|construction|creation|deploiement|extension|ouverture|multiplication)s?"
          r"\s+(?:de\s+|d'\s*|des\s+|du\s+)(?:un\s+|une\s+)?)?(?:nouvel(?:le)?s?\s+|nouveaux?\s+|autres?\s+)?(?P<x>[a-z][a-z-]{2,})")
_REFUSED_THING = re.compile(
    r"(?:^|[.!?;:\n(«\"]\s*)(?:non|stop|halte)\s+(?:a|aux|au)\s+(?:la\s+|l'\s*|les\s+)?" + _THING
    + r"|\bpas\s+(?:un|une|de|d')\s*" + _THING.replace("?P<x>", "?P<t>") + r"(?:\s+[^.;:!?,\n]{0,40}?)?\s+(?:de\s+plus|supplementaires?|en\s+plus)\b"
    + r"|\bpas\s+de\s+(?:nouvel(?:le)?s?|nouveaux?)\s+(?P<y>[a-z][a-z-]{2,})"
    + r"|\baucun(?:e|s|es)?\s+" + _THING.replace("?P<x>", "?P<z>") + r"[^.;:!?\n]{0,60}?\s+ne\s+"
    r"(?:soit|soient|doit|doivent|puisse|puissent|sera|seront|devra|devront)\s+(?:plus\s+)?" + _ADDING_VERB
    + r"|\b(?:arreter|arretez|arretons|cesser|cessez|cessons|stopper|stoppez)\s+(?:de\s+|d')\s*" + _ADDING_VERB
    + r"\s+(?:de\s+|des\s+|d'\s*|les\s+|la\s+|le\s+|l'\s*|un\s+|une\s+)" + _THING.replace("?P<x>", "?P<w>")
    + r"|(?<!pourquoi )\bne\s+(?:pas|plus|jamais)\s+" + _ADDING_VERB
    + r"\s+(?:de\s+|des\s+|d'\s*|les\s+|la\s+|le\s+|l'\s*|un\s+|une\s+)" + _THING.replace("?P<x>", "?P<v>")
    + r"|(?<!de )(?<!d')\b(?:refusons|refuse|refuser|opposons\s+a|opposes?\s+a|opposees?\s+a)\s+(?:la\s+|l'\s*|les\s+|le\s+|tout\s+|toute\s+)"
    + _THING.replace("?P<x>", "?P<u>"))
# An action adding a thing: a verb of adding or its noun, « supplémentaires », « de plus », « nouvelles »,
# a number of them (« huit caméras »), « compléter », « renforcer », « poursuivre le déploiement »
_ADDS = re.compile(r"\b(?:" + _ADDING_VERB + r"|supplementaires?|de\s+plus|en\s+plus|nouvel(?:le)?s?|nouveaux?"
                   r"|complet[a-z]*|renforc[a-z]*|extension)\b")
_COUNTED = re.compile(r"\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|cinquante"
                      r"|cent)\s+(?:[a-z]+\s+)?(?P<n>[a-z][a-z-]{2,})")
# ... unless it holds back, removes or bounds it (« aucune », « ne … pas », « limiter », « encadrer par
# une charte », « retirer »)
_HOLDS_BACK = re.compile(r"\b(?:pas|aucun[a-z]*|jamais|ne|n'|interdi[a-z]*|renonc[a-z]*|retir[a-z]*|supprim[a-z]*"
                         r"|limit[a-z]*|redui[a-z]*|reduction|encadr[a-z]*|charte|moratoire|eloign[a-z]*|refus[a-z]*"
                         r"|gel[a-z]*|evalu[a-z]*|demont[a-z]*|arret[a-z]*)\b")
CONTRARY_STATE = "Non retenue (contraire à la demande)"
# ... the rest of the refusal's clause setting a condition (« … ne soit installée sans un débat
# préalable », « pas de nouvelle antenne sans concertation »): not a refusal, a condition asked
# (not « sans exception », « sans aucune dérogation », which make the refusal whole)
_UNLESS = re.compile(r"[^.;:!?\n]{0,80}?\bsans\s+(?!exception|aucun|derogation)")


def _thing_key(word: str) -> str:
    """A folded word as refused_things and contrary_state compare it: its first part before a hyphen,
    singular, its first six letters (« caméras » and « caméra-piéton » both « camera »)."""
    return _singular(word.split("-")[0])[:6]


def _folded_quotes(text: str) -> str:
    """``text`` folded (see _fold_state), its typographic apostrophes typed straight."""
    return _fold_state((text or "").replace("’", "'"))


def refused_things(demand_text: str) -> set[str]:
    """The things a demand refuses or asks no more of (see _REFUSED_THING), each the first six
    letters of its noun, folded, singular.

    >>> sorted(refused_things("Pas une caméra de vidéoprotection de plus tant que les écoles ne sont pas rénovées"))
    ['camera']
    >>> sorted(refused_things("Non aux antennes près des écoles. Qu'aucune nouvelle éolienne ne soit installée."))
    ['antenn', 'eolien']
    >>> sorted(refused_things("Pourquoi ne pas installer des bancs ? Pas de wifi à la salle des fêtes."))
    []

    A thing refused « sans » a condition (« qu'aucune caméra ne soit installée sans un débat
    préalable ») is not refused: the demand asks for the condition, which an action meeting it
    answers (see _UNLESS).

    >>> sorted(refused_things("Qu'aucune nouvelle éolienne ne soit installée sans une concertation préalable."))
    []
    """
    out = set()
    text = _folded_quotes(demand_text)
    for m in _REFUSED_THING.finditer(text):
        if _UNLESS.match(text, m.end()):
            continue
        out.add(_thing_key(next(g for g in m.groups() if g)))
    return out


def contrary_state(action_text: str, state: str, demand_text: str) -> str:
    """What an action's document says of it, « Non retenue (contraire à la demande) » for an action
    that adds what a demand refuses (« Huit caméras supplémentaires » for « Pas une caméra de
    plus », « Installer des antennes » for « Non aux antennes »): one of its sentences names the
    thing refused (:func:`refused_things`) with a word of adding (a verb of installing, building,
    creating…, « supplémentaires », « nouvelles », a number) and holds nothing back (« aucune », « ne
    … pas », « limiter », « encadrer »…). It goes against the demand, which it does not take into account.

    >>> contrary_state("Vidéoprotection : huit caméras supplémentaires", "", "Pas une caméra de plus")
    'Non retenue (contraire à la demande)'
    >>> contrary_state("Aucune nouvelle caméra ne sera installée", "", "Pas une caméra de plus")
    ''
    >>> contrary_state("Vidéoprotection : huit caméras supplémentaires", "", "Une caméra devant l'école")
    ''
    """
    refused = refused_things(demand_text)
    if not refused or status_cap(state) == STATUS_NOT:
        return state
    for sentence in re.split(r"[.;!?\n]+", _folded_quotes(action_text)):
        words = {_thing_key(w) for w in re.findall(r"[a-z][a-z-]{2,}", sentence)}
        adds = _ADDS.search(sentence) or any(_thing_key(m.group("n")) in refused for m in _COUNTED.finditer(sentence))
        if words & refused and adds and not _HOLDS_BACK.search(sentence):
            return CONTRARY_STATE
    return state


# An action whose only deed is to ask, relay or plead to another body, which decides (« Le
# Département transmettra à l'État la liste … », « Nous demanderons à la Région un arrêt … »,
# « La zone sera signalée par la commune à l'équipe projet », « Nous relaierons auprès du
# Département … », « Demander à l'opérateur de … »): the authority does not do the thing itself,
# it answers in part. The verb in the future (« transmettra », « demanderons »), as the opening
# infinitive of the action (« Transmettre … ») or in the passive future (« sera transmise »),
# followed by the body it goes to (« à », « au », « aux », « auprès de »; « saisira » names it
# as its object); not a public it informs (« transmis aux habitants »)
_RELAY_FUTURE = (r"\b(?:transmettr|demander|plaider|relaier|relayer|solliciter|signaler|saisir)(?:a|ont|ons)\b")
# (not « signaler » opening an action, the service the public uses: « Signaler un problème sur la voirie »)
_RELAY_START = r"(?:^|(?<=[.;:!?])\s+)(?:transmettre|demander|plaider|relayer|solliciter|saisir)\b"
_RELAY_PASSIVE = r"\b(?:sera|seront)\s+(?:transmise?s?|demand[ée]e?s?|relay[ée]e?s?|signal[ée]e?s?)\b"
# « porter » and « intervenir » plead only « auprès de » a body (« La durée sera portée à six ans »)
_RELAY_PLEAD = r"\b(?:porter(?:a|ont|ons)?|interviendr(?:a|ont|ons)|intervenir)(?=\s+auprès\b)"
_RELAY_PUBLIC = (r"(?:habitants?|usagers?|familles?|parents?|abonn[ée]s?|citoyens?|publics?|population"
                 r"|[ée]l[èe]ves?|participants?|membres?|conseil\s+(?:de\s+d[ée]veloppement|citoyen)|presse)\b")
_RELAY = re.compile(
    r"(?:" + _RELAY_FUTURE + "|" + _RELAY_START + "|" + _RELAY_PASSIVE + "|" + _RELAY_PLEAD + r")"
    r"(?P<rest>[^.;:!?]{0,90}?)\b(?P<to>auprès\s+d(?:e\s+la|e\s+l['’]|u|es|e)|aux|au|à\s+la|à\s+l['’]|à)\s*"
    r"(?P<whom>\w+)", re.I)
_RELAY_SEIZE = re.compile(r"\bsaisir(?:a|ont|ons)\s+(?:le|la|l['’]|les)\s*\w+", re.I)
# another deed of the action besides the relay: a verb in the future (« cofinancera », « se
# réunira »), one in the passive future or after « et » (« seront transmis … et publiés »), or an
# infinitive opening a sentence (« Recenser les zones … et les transmettre à … »)
_OTHER_DEED = re.compile(
    r"\b\w{2,}(?:era|eront|erons|ira|iront|irons|dra|dront|drons|tra|tront|trons|vra|vront|fera|feront"
    r"|aura|auront|pourra|pourront)\b"
    r"|\b(?:sera|seront)\s+(?:\w+\s+)?\w+(?:é|ée|és|ées|is|ise|ises|it|ite|its|ert|erte|erts|ertes)\b"
    r"|\bet\s+(?:les?\s+|la\s+|l['’]|leur\s+|en\s+)?\w{3,}(?:é|ée|és|ées|er|ir)\b"
    r"|(?:^|(?<=[.;:!?])\s+)(?!(?:notre|votre|entre|autre|contre|premier|dernier|chaque|leur)\b)"
    r"[A-ZÀ-Ýa-zà-ÿ]{3,}(?:er|ir|re)\b", re.I)
# a demand that itself asks the authority to ask, relay or plead (« que le Département demande à
# l'État … », « interpeller l'État », « transmettre ces relevés aux opérateurs », « faire remonter
# les zones blanches », « dans les discussions avec les opérateurs »): the relay is the full answer
# (not the demander's own « Demande à l'État … », « Il sollicite … », which asks the other body)
_ASKS_RELAY = re.compile(
    r"\b(?:interpell|plaid|relai|relay|faire\s+remonter|fasse\s+remonter|saisi(?:r|sse)\b"
    r"|(?:discussions?|n[ée]gociations?|[ée]changes?|dialogue)\s+avec)"
    r"|\b(?:demander|transmettre|transmette|signaler|signale|intervenir|intervienne|porter|porte|alerter"
    r"|solliciter)\s+(?:[^.;:!?\s]+\s+){0,6}?(?:à|au|aux|auprès)\b"
    r"|\bque\s+[^.;:!?]{0,60}?\bdemande(?:nt)?\s+(?:à|au|aux)\b", re.I)
RELAY_STATE = "Retenue en partie (transmise à un autre décideur)"
# the authority's own word that it takes the demand up (« Oui », « Retenue », « Acceptée » in an answer
# grid's engagement column): the relay is the way it chose to answer it whole
_ACCEPTED_STATE = re.compile(r"^(?:oui|retenue?s?|acceptee?s?|(?:avis\s+)?favorable|validee?s?)\W*$")


def _relay_only(text: str) -> bool:
    """Whether ``text`` (an action, with its description) only asks, relays or pleads to another
    body (see _RELAY) and does nothing else (see _OTHER_DEED)."""
    m = _RELAY.search(text) or _RELAY_SEIZE.search(text)
    if not m or ("whom" in m.groupdict() and re.match(_RELAY_PUBLIC, text[m.start("whom"):], re.I)):
        return False
    rest = f"{text[:m.start()]} {text[m.end():]}"
    rest = re.sub(r"\b(?:pour|afin)\s+qu[e'’][^.;!?]*", " ", rest, flags=re.I)  # its purpose
    return not _OTHER_DEED.search(rest)


def relay_state(action_text: str, state: str, demand_text: str) -> str:
    """What an action's document says of it, « Retenue en partie (transmise à un autre
    décideur) » when the action only asks, relays or pleads to another body, which decides
    (see _RELAY: « Nous demanderons à la Région un arrêt … »), the demand does not ask the
    authority to do so (see _ASKS_RELAY), and nothing lower is said nor that the authority takes the
    demand up (« Oui », « Retenue »: see _ACCEPTED_STATE).

    >>> relay_state("La commune demandera au syndicat un nouvel horaire.", "", "Un nouvel horaire du car")
    'Retenue en partie (transmise à un autre décideur)'
    >>> relay_state("La commune demandera au syndicat un nouvel horaire.", "", "Demander au syndicat un nouvel horaire")
    ''
    >>> relay_state("La commune demandera au syndicat un horaire et financera un abri.", "", "Un nouvel horaire du car")
    ''
    """
    if status_cap(state) != STATUS_ADDRESSED or _ACCEPTED_STATE.match(_fold_state(state)) \
            or _ASKS_RELAY.search(demand_text or "") or not _relay_only(" ".join((action_text or "").split())):
        return state
    return RELAY_STATE
