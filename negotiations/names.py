"""How two spellings of a name are compared: one normal form, and one similarity measure that
gives the same score on PostgreSQL (pg_trgm) and SQLite (the Python twin below).

The normal form ignores what does not tell two actors apart: case, accents (and the strokes and
ligatures of letters such as ł and æ: Wałęsa is Walesa), punctuation, spacing, doubled letters
(not a Roman numeral's: II is not III) and the Arabic article in its transliterations (al-Sisi,
el-Sisi and Sisi are one name). Close spellings that survive it (Muqawama, Muqawamah) are left
to the trigram similarity.
"""

import re
import unicodedata

# Glottal stops and the ayn are written ', ’, ʿ, ʾ or not at all (Ba'ath, Baath); a period
# inside an abbreviation is spelt with or without (U.S., US). Both vanish rather than split words.
_DROPPED = re.compile(r"['’‘`´ʿʾʻ.]")
# The point of a decimal ("the 5.5% award") parts two numbers, as the intake's tokens part them;
# dropped, it would make another number ("55").
_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")
# A plus sign joined to a name is a word of it: "OPEC+" (OPEC Plus) is not OPEC, "P5+1" is
# "P5 plus 1". Dropped with the other punctuation, OPEC+ would take every mention of OPEC.
_JOINED_PLUS = re.compile(r"(?<=[^\W_])\+")
# The Arabic article, as transliterated: al-/el-/ul- (joined or spaced) and, joined by a hyphen
# only, the forms assimilated to a sun letter (ad-Dawla, ash-Sham, an-Nahda).
_ARTICLE = re.compile(r"\b(?:[aeu]l[-\s]+|(?:a[dnrstz]|ash|adh|ath|e[dnrstz])-)(?=\w)")
_NOT_A_WORD_CHARACTER = re.compile(r"[\W_]+")
# Doubled letters (Islamiyya, Islamiya; Mohammed, Mohamed), but never digits (2334, 234).
_DOUBLED_LETTER = re.compile(r"([^\W\d_])\1+")
# A Roman numeral of two letters or more keeps its letters: Victor Emmanuel II and Victor
# Emmanuel III are two kings, Geneva II and Geneva III two conferences.
_ROMAN_NUMERAL = re.compile(r"m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})")
_LEADING_ARTICLES = {"the"}
# Letters Unicode does not decompose into a base letter and a mark, though a name written without
# them is written with these base letters (Wałęsa is Walesa in an English wire report, Øresund
# Oresund, Ngô Đình Diệm Ngo Dinh Diem), so they are folded as accents are. Lower case only: the
# name is case-folded first (which also makes ß "ss").
_UNDECOMPOSED_LETTERS = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i", "ħ": "h"}
)


def normalize_name(text: str) -> str:
    """The form of a name that spellings of the same name share ("" for no name at all)."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    text = "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()
    text = text.translate(_UNDECOMPOSED_LETTERS)
    text = _DECIMAL_POINT.sub(" ", text)
    text = _JOINED_PLUS.sub(" plus ", text)
    text = _DROPPED.sub("", text)
    text = _ARTICLE.sub(" ", text)
    text = _NOT_A_WORD_CHARACTER.sub(" ", text)
    words = [
        word
        if len(word) > 1 and _ROMAN_NUMERAL.fullmatch(word)
        else _DOUBLED_LETTER.sub(r"\1", word)
        for word in text.split()
    ]
    while len(words) > 1 and words[0] in _LEADING_ARTICLES:
        words = words[1:]
    return " ".join(words)


def trigrams(text: str) -> set[str]:
    """The trigrams pg_trgm takes from `text`: each word lower-cased and padded with two spaces
    before and one after."""
    found = set()
    for word in re.findall(r"[^\W_]+", text.lower()):
        padded = f"  {word} "
        found.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return found


def trigram_similarity(first: str | None, second: str | None) -> float | None:
    """pg_trgm's similarity(): shared trigrams over all trigrams of the two texts, 0 to 1.

    SQLite has no pg_trgm; this function is registered there as SIMILARITY (see apps.py), so
    the same query scores names alike on both databases.
    """
    if first is None or second is None:
        return None
    ours, theirs = trigrams(first), trigrams(second)
    if not ours or not theirs:
        return 0.0
    shared = len(ours & theirs)
    return shared / (len(ours) + len(theirs) - shared)
