"""Text cleaners: pure ``str -> str`` functions shared by every format reader.

They repair artefacts of text extracted from PDFs and word processors:

- :func:`normalise_spaces`: non-breaking spaces, ``_`` used as a non-breaking space around
  « » : ; ! ?, runs of spaces (newlines and tabs are kept);
- :func:`dehyphenate`: words hyphenated across a line break ("dé-\\nploiement"), keeping
  real compounds ("tiers-\\nlieux", "Saint-\\nBrieuc");
- :func:`unwrap_lines`: a sentence broken across lines (or across the blank lines left by a
  page break) is joined again;
- :func:`split_marker`: the leading list marker of a line ("1 •", "1)", "1 )", "1°", "a.", "•", "-"...);
- :func:`repair_capital_i`: an OCR's capital I read for a lower-case l in the articles
  (« Ia Région », « Ies aides », « I'accès » are « la », « les », « l' »);
- :func:`clean_text`: all of the above, in order.
"""
from __future__ import annotations

import re

# --- spaces ---------------------------------------------------------------------------

# No-break space, narrow no-break space, figure space, thin spaces and other odd spaces.
_ODD_SPACES = re.compile(r"[\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000]")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")  # incl. soft hyphen
# "_" standing for a no-break space: after « and before » : ; ! ? or before a space.
_UNDERSCORE_AFTER_QUOTE = re.compile(r"(?<=«)_+")
# (after a letter or a sign, not inside a line of underscores: "_______" is a rule, kept whole)
_UNDERSCORE_BEFORE_PUNCT = re.compile(r"(?<=[^\s_])_+(?=[\s»:;!?]|$)", re.M)
_SPACE_RUN = re.compile(r"(?<=\S) {2,}")  # indentation at line starts is kept
_TRAILING_SPACES = re.compile(r" +$", re.M)


# Latin presentation-form ligatures (U+FB00–U+FB06) and their letters
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                            "\ufb05": "st", "\ufb06": "st"})


def normalise_spaces(text: str) -> str:
    """Odd spaces become plain spaces, ``_`` artefacts around French punctuation become spaces,
    runs of spaces inside a line collapse to one and trailing spaces go; newlines, tabs and
    the indentation at the start of lines are kept. The typographic ligatures some PDFs and
    OCR tools leave in the text (« ﬁbre », « ﬂux ») become their letters, so that words are
    found and compared as typed.

    >>> normalise_spaces("«_Schéma_» et travail_:  fin\\u00a0!")
    '« Schéma » et travail : fin !'
    >>> normalise_spaces("la \\ufb01bre et le \\ufb02ux")
    'la fibre et le flux'
    >>> normalise_spaces("_______________")
    '_______________'
    """
    text = text.translate(_LIGATURES)
    previous = None
    while previous != text:  # a fixpoint: the function is idempotent by construction
        previous = text
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        text = _ZERO_WIDTH.sub("", text)
        text = _ODD_SPACES.sub(" ", text)
        text = _UNDERSCORE_AFTER_QUOTE.sub(" ", text)
        text = _UNDERSCORE_BEFORE_PUNCT.sub(" ", text)
        text = _SPACE_RUN.sub(" ", text)
        text = _TRAILING_SPACES.sub("", text)
    return text


# --- hyphenation ----------------------------------------------------------------------

# A word, a hyphen at the end of a line, white space holding at least one newline, a word.
_HYPHEN_BREAK = re.compile(r"(?P<left>[^\W\d_]+)-[ \t]*(?P<gap>\n[ \t\n]*)(?P<right>[^\W_][\w'’]*)")

# First parts of hyphenated compounds (linguistic, not corpus-specific), in two groups.
# Prefixes whose joined forms do not exist or cannot be a syllable break inside a word:
# "tiers-\nlieux", "demi-\njournée", "après-\nmidi" always keep the hyphen.
HYPHENATED_PREFIXES = frozenset(
    """
    tiers demi semi vice sans non self best e m arrière après avant grand haut court
    """.split()
)
# Prefixes that are also the first syllable of ordinary words ("pré-\nconisations",
# "pro-\nfessionnelle", "ex-\npertise", "libre-\nment", "inter-\nvention", "mi-\nnistre"):
# the hyphen is kept only when the second part is itself a word of the document
# ("co-\nconstruction" when "construction" is used elsewhere, "sous-\nréseau" with "réseau").
CONDITIONAL_PREFIXES = frozenset(
    """
    mi quasi grande bas basse porte garde chef sous contre auto néo post pré pro extra ultra
    inter intra multi pluri co main mise prise libre long moyen ex anti
    """.split()
)
COMPOUND_PREFIXES = HYPHENATED_PREFIXES | CONDITIONAL_PREFIXES
# Second parts that are always joined with a hyphen (pronouns after verbs, "-là", "-ci",
# "-être"). Not "leur(s)": "-leurs" ends many words ("ondu-\nleurs", "va-\nleurs").
COMPOUND_SUFFIXES = frozenset("je tu il elle on nous vous ils elles moi toi lui le la les y en là ci être t".split())


def _words(text: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[^\W_][\w'’-]*", text)}


def dehyphenate(text: str, vocabulary: set[str] | None = None) -> str:
    """Join words hyphenated across a line break, keeping real compounds.

    Evidence, in order: a capitalised second part keeps the hyphen ("Saint-\\nBrieuc"); the
    hyphenated form seen elsewhere in the text or in ``vocabulary`` keeps it; the joined form
    seen elsewhere joins; a pronoun or particle after the hyphen keeps it ("-il", "-là",
    "-être"); a compound prefix keeps it ("tiers-", "demi-", "e-"), but a prefix that is also
    a syllable ("pré-", "pro-", "ex-", "inter-", "libre-") only when the second part is a word
    found elsewhere in the text (not as half of a cut word) or in ``vocabulary``; otherwise
    the word is joined (line-end hyphenation).

    >>> dehyphenate("le dé-\\nploiement des tiers-\\nlieux à Saint-\\nBrieuc")
    'le déploiement des tiers-lieux à Saint-Brieuc'
    >>> dehyphenate("des pré-\\nconisations de l'ex-\\npertise")
    "des préconisations de l'expertise"
    """
    if "-" not in text or "\n" not in text:
        return text
    seen = _words(text)
    whole: set[str] | None = None  # words used outside the cuts (computed when needed)
    vocab = {w.casefold() for w in vocabulary} if vocabulary else set()

    def repl(m: re.Match) -> str:
        nonlocal whole
        left, gap, right = m.group("left"), m.group("gap"), m.group("right")
        blank_lines = gap.count("\n") > 1
        head = re.match(r"[^\W\d_]+", right)
        right_word = head.group(0) if head else right
        hyphenated = f"{left}-{right_word}".casefold()
        joined = f"{left}{right_word}".casefold()
        if right[0].isdigit():
            return m.group(0)
        if right_word[0].isupper():
            if blank_lines:  # a capitalised word after a blank line: probably a new block
                return m.group(0)
            return f"{left}-{right}"
        if hyphenated in vocab or _seen_elsewhere(hyphenated, seen, text):
            return f"{left}-{right}"
        if joined in vocab or joined in seen:
            return f"{left}{right}"
        prefix, tail = left.casefold(), right_word.casefold()
        if tail in COMPOUND_SUFFIXES or prefix in HYPHENATED_PREFIXES:
            return f"{left}-{right}"
        if prefix in CONDITIONAL_PREFIXES:
            if whole is None:
                whole = _words(_HYPHEN_BREAK.sub(" ", text))
            if tail in vocab or tail in whole:
                return f"{left}-{right}"
        return f"{left}{right}"

    return _HYPHEN_BREAK.sub(repl, text)


def _seen_elsewhere(hyphenated: str, seen: set[str], text: str) -> bool:
    if hyphenated in seen:
        return True
    # compounds such as "tiers-lieux" also appear with an inflected or longer tail
    return any(w.startswith(hyphenated) for w in seen if "-" in w)


# --- broken lines ---------------------------------------------------------------------

# A line that does not end a sentence, white space with at least one newline, then a line
# starting in lower case that is not itself a list item ("a) ...", "b. ...").
_BROKEN_LINE = re.compile(
    r"(?<=[^\s.!?:;…])[ \t]*\n[ \t\n]*(?=[a-zàâäçéèêëîïôöùûüÿœæ](?![.)][ \t]))"
)


# The same break before a capital I (checked by misread_article).
_BROKEN_BEFORE_I = re.compile(r"(?<=[^\s.!?:;…])[ \t]*\n[ \t\n]*(?=I)")


def unwrap_lines(text: str) -> str:
    """Join a line broken inside a sentence, also across blank lines left by a page break;
    also a line opening with an article an OCR misread (« Ia Région », see
    :func:`misread_article`).

    >>> unwrap_lines("améliorer\\n\\n\\n\\nl'administration. Fin\\n\\nSuite")
    "améliorer l'administration. Fin\\n\\nSuite"
    >>> unwrap_lines("financée par\\nIa Région.\\nIa suite")
    'financée par Ia Région.\\nIa suite'
    """
    text = _BROKEN_LINE.sub(" ", text)
    if "\nI" in text:
        text = _BROKEN_BEFORE_I.sub(lambda m: " " if misread_article(text[m.end():m.end() + 40]) else m.group(0), text)
    return text


# --- OCR: capital I for lower-case l ---------------------------------------------------

# Character recognition often reads a lower-case l as a capital I (the two are one stroke in
# many typefaces): « Ia Région », « Ie projet », « Ies aides », « I'accès ». « Ia », « Ie »
# and « Ies » are no French words, and a capital I glued by an apostrophe to a word is no
# French spelling either, so these standing as a word before another word are the articles.
# Kept: a capitalised « IA » (intelligence artificielle) or any other capitals; « l'Ia » /
# « d'Ia » (the acronym typed in lower case after an elided article); a sub-numbered label
# after the noun it numbers (« phase Ia », « Axe Ia », « type Ie »); the articles followed by a
# word that cannot follow an article (« phase Ia et Ib », « Ia de ») ; English contractions
# (« I'm », « I'll »); and a sentence's first word (an OCR reads a capital L well: a sentence
# opening with « Ia » is not a misread « La »).
_OCR_ARTICLE = re.compile(
    r"(?<![\w'’.\-])(?P<word>I(?:a|e|es))(?P<gap>[ \t]+)(?=(?P<next>[^\W\d_][\w'’-]*))"
    r"|(?<![\w'’.\-])I(?P<apos>['’])(?=[^\W\d_])(?!(?:m|ve|d|ll|re|s)\b)"
)
# Nouns that a Roman number, possibly sub-lettered (« Ia », « Ib »), follows.
_NUMBERED_NOUNS = frozenset(
    """
    axe axes partie parties titre chapitre article annexe phase type classe tome livre section
    volet niveau catégorie groupe zone stade lot fiche action mesure objectif orientation
    programme tableau figure schéma défi priorité enjeu pilier étape tranche secteur bâtiment
    salle tour bloc série division étage acte scène planche carte ligne
    """.split()
)
# Words that cannot follow the article « la / le / les » (prepositions, conjunctions,
# auxiliaries, relatives): « Ia » before them is something else (« phase Ia et Ib »).
_NOT_AFTER_ARTICLE = frozenset(
    """
    de du des et ou à au aux en par pour sur dans avec sans chez vers entre sous est sont a ont
    était étaient sera seront qui que dont ne n se s y
    """.split()
)
_WORD_BEFORE = re.compile(r"([^\W\d_][\w-]*)[ \t\n]*$")


def repair_capital_i(text: str) -> str:
    """« Ia », « Ie », « Ies » and « I' » read by an OCR for « la », « le », « les », « l' ».

    >>> repair_capital_i("Madame Ia Présidente, Ia Région financera Ies travaux et I'accès.")
    "Madame la Présidente, la Région financera les travaux et l'accès."
    >>> repair_capital_i("Ia phase Ia et Ib de l'Ia dans l'axe I : I'm fine. IA générative")
    "Ia phase Ia et Ib de l'Ia dans l'axe I : I'm fine. IA générative"
    """
    if "I" not in text:
        return text

    def repl(m: re.Match) -> str:
        head = text[max(0, m.start() - 60):m.start()]
        if m.start() <= 60 and not text[:m.start()].strip(" \t\n«\"(—–-•*"):
            return m.group(0)  # the text's first word
        if head.rstrip(" \t\n«\"(—–-•*").rstrip("»\")").endswith((".", "!", "?", "…")):
            return m.group(0)  # a sentence's first word
        before = _WORD_BEFORE.search(head)
        if before and before.group(1).casefold() in _NUMBERED_NOUNS:
            return m.group(0)  # « phase Ia », « Axe Ie »
        if m.group("apos"):
            return "l" + m.group("apos")
        if m.group("next").casefold().rstrip("'’") in _NOT_AFTER_ARTICLE:
            return m.group(0)
        return "l" + m.group("word")[1:] + m.group("gap")

    return _OCR_ARTICLE.sub(repl, text)


def misread_article(start: str) -> bool:
    """Whether a line opens with an article whose l an OCR read as a capital I (« Ia Région
    … », « I'accès … »): a line going on a sentence, like one opening in lower case.

    >>> misread_article("Ia Région financera"), misread_article("IA générative")
    (True, False)
    """
    m = _OCR_ARTICLE.match(start)
    return bool(m) and (bool(m.group("apos")) or m.group("next").casefold() not in _NOT_AFTER_ARTICLE)


# --- list markers ---------------------------------------------------------------------

# (with the pictograms a designed page puts before its lines, as Canva's or a leaflet's: cross marks
# « ✖ ✗ ✘ » beside the ticks, stars « ★ ☆ ✦ », « ♻ », arrows « ➡ ▶ », maybe with the emoji
# variation selector after them)
PICTOGRAM_BULLETS = "✖✗✘★☆✦♻➡▶"
BULLETS = "•◦○●▪▫■□►▸▹‣➢➤➔➜→⇒✓✔❖◆◇›–—−-*\uf0b7\uf0a7\uf0d8\uf076" + PICTOGRAM_BULLETS
_MARKER = re.compile(
    r"""^[ \t]*(?:
        (?P<numbullet>\d{1,3})[ \t]*[•·][ \t]*                 # 1 •
      | (?P<degree>\d{1,3}°)[ \t]*(?:[-–:][ \t]+)?              # 1°
      | (?P<num>\d{1,3})(?:[.)]|[ \t]\)|[ \t]+[-–])(?=[ \t])[ \t]*      # 1.  1)  1 )  1 -
      | (?P<roman>[IVX]{1,5})[.)](?=[ \t])[ \t]*                # IV.
      | (?P<letter>[a-zA-Z])[.)](?=[ \t])[ \t]*                 # a.  a)  A.
      | \((?P<paren>\d{1,3}|[ivx]{1,5}|[IVX]{1,5}|[a-zA-Z])\)(?=[ \t])[ \t]*   # (a)  (ii)  (3): LaTeX's enumerate, legal texts
      | (?P<bullet>[•◦○●▪▫■□►▸▹‣➢➤➔➜→⇒✓✔❖◆◇\uf0b7\uf0a7\uf0d8\uf076])[ \t]*   # • → ✓
      | (?P<picto>[✖✗✘★☆✦♻➡▶])\ufe0f?(?=[ \t]+[^\W\d_])[ \t]*   # ✖ ★ ♻ before a word
      | (?P<chevron>›)(?=[ \t]+[^\W\d_][^›\n]*$)[ \t]*         # › Publier (a chevron, not « › A › B » strips)
      | (?P<dash>[-–—−*])(?=[ \t])[ \t]*                        # - * – − (minus sign)
    )""",
    re.X,
)

# A capital letter and its full stop after a lettered marker ("P. J. :", "N. B. :"): the two are
# the initials of an abbreviation
_INITIAL_AFTER = re.compile(r"[A-Z]\.(?:\s|$)")
# "M." before a capitalised name ("M. Jégo", "M. Le Goff") is the title "Monsieur"; so it is
# before a second title ("M. et Mme Rouquette", "M. et Mlle …") or an office ("M. le Maire",
# "M. le président", "M. l'adjoint"), as a report names the people it quotes
_NAME_AFTER_M = re.compile(r"[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|['’-])*(?:\s|$|[,;:])"
                           r"|et\s+(?:Mmes?|Mlles?|M\.)\s|(?:le\s+|l['’]\s*)[^\W\d_]{3,}")


def split_marker(text: str) -> tuple[str, str]:
    """The leading list marker of ``text`` and the rest (marker "" when there is none).

    The marker is the number or letter as written ("1", "1°", "a", "IV"; without the brackets
    around it: "(b)" -> "b", "(ii)" -> "ii") or the bullet itself ("•", "-", "*").

    >>> split_marker("1 • Faire vivre")
    ('1', 'Faire vivre')
    >>> split_marker("2°  Améliorer")
    ('2°', 'Améliorer')
    >>> split_marker("7 ) Associer les habitants")
    ('7', 'Associer les habitants')
    >>> split_marker("- item")
    ('-', 'item')
    >>> split_marker("(b) de remplacer les chasses d'eau"), split_marker("(ii) à financer les filières")
    (('b', "de remplacer les chasses d'eau"), ('ii', 'à financer les filières'))
    >>> split_marker("(voir annexe) le tableau")
    ('', '(voir annexe) le tableau')
    >>> split_marker("M. Jégo a présenté le projet")
    ('', 'M. Jégo a présenté le projet')
    >>> split_marker("M. et Mme Roux demandent un abri")
    ('', 'M. et Mme Roux demandent un abri')
    >>> split_marker("M. le Maire demande un parking")
    ('', 'M. le Maire demande un parking')
    >>> split_marker("P. J. : le rapport de l'enquête")
    ('', "P. J. : le rapport de l'enquête")
    >>> split_marker("Pas de marqueur")
    ('', 'Pas de marqueur')
    """
    m = _MARKER.match(text)
    if not m:
        return "", text
    if m.group("letter") == "M" and text[m.end("letter")] == "." and _NAME_AFTER_M.match(text, m.end()):
        return "", text  # "M. Jégo a présenté …": Monsieur, not the 13th item of a list
    if m.group("letter") and text[m.end("letter")] == "." and _INITIAL_AFTER.match(text, m.end()):
        return "", text  # "P. J. : …", "N. B. : …": initials of an abbreviation, not a lettered item
    rest = text[m.end():]
    if not rest.strip():  # a marker alone is not a marker of anything
        return "", text
    for name in ("numbullet", "degree", "num", "roman", "letter", "paren", "bullet", "picto", "chevron", "dash"):
        value = m.group(name)
        if value:
            return value, rest
    return "", text  # pragma: no cover


# --- all together ---------------------------------------------------------------------


def clean_text(text: str, vocabulary: set[str] | None = None) -> str:
    """Spaces, hyphenation, broken lines and an OCR's capital I for l repaired, in that order;
    leading and trailing white space removed.

    >>> clean_text("Il faut améliorer\\n\\n\\nl'administra-\\ntion_!")
    "Il faut améliorer l'administration !"
    """
    text = normalise_spaces(text)
    text = dehyphenate(text, vocabulary)
    text = unwrap_lines(text)
    text = repair_capital_i(normalise_spaces(text))
    return text.strip()
