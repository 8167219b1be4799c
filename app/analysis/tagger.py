"""The learned tagger for names, addresses and schools: a linear-chain CRF (CRFsuite) over the words.

The patterns and cues of names.py and redaction_patterns.py catch what people write often; the long
tail ("kez is the only staff who gets me", "pitch 21, Sunnyside Caravan Park, Weston-super-Mare")
does not repeat from one batch of answers to the next. The tagger reads each word with its neighbours
- its shape, whether it is on the first-name list or is an ordinary English word, the words around
it - and labels it B-/I-NAME, ADDRESS or SCHOOL, or O. Its finds are added to the rules' finds; it
never un-redacts anything.

It is trained by ``python -m app.analysis.train_tagger`` on the labelled redaction texts and shipped
as data/tagger_en.crfsuite; this module only reads it. It runs on English answers only.
"""

import re
import threading
from functools import lru_cache
from pathlib import Path

import pycrfsuite

from .names import COMMON_WORD_NAMES, FIRST_NAMES, LISTED_NAMES, NOT_NAMES
from .redaction_patterns import STREET_WORDS
from .spelling import ORDINARY_WORDS, TAGGED_WORDS
from .text import word_set

MODEL_FILE = Path(__file__).resolve().parent / "data" / "tagger_en.crfsuite"
LABELS = ("NAME", "ADDRESS", "SCHOOL")
SURE = 0.9  # how sure the tagger must be that a word that is also a name is the name
_TOKEN = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")
_POSSESSIVE = re.compile(r"['’]s$")
_APOSTROPHE = re.compile(r"['’]")
_ENDINGS = ("ed", "d", "ing", "s", "es")
_HANDLE = re.compile(r"[\d_]|[A-Z][a-z]+[A-Z][a-z]+[A-Z]")  # "Blaze_99", "NightOwlGamer": a username
_SENTENCE_END = frozenset(".!?")
_JOINABLE = re.compile(r"[ ,]*")  # what may sit between two pieces of one find
_INSIDE_PUNCTUATION = frozenset(",.-&/")  # punctuation a find may hold: "40-42 Mill Lane", "St. Bede's"
_SCHOOL_WORDS = word_set(
    "school schools primary academy college high nursery pru sixth infants infant juniors junior ysgol grammar "
    "comprehensive uni university met centre unit referral st saint catholic rc cofe secondary prep middle "
    "ace sgoil acadamh montessori coleg learning community"
)
# Street and place words of an address ("Mill Lane", "Plot 3, Meadow View Site"): the street words of
# the patterns, and the words of farms, sites and Welsh and Scottish streets.
_PLACE_WORDS = frozenset(STREET_WORDS) | word_set(
    "lodge cottage farm site plot pitch heol stryd ffordd lon maes cul wynd brae vennel yard villas mount side end"
)
# A flat or block named or numbered ("flat 13", "Lime Tree House").
_UNIT_WORDS = frozenset({"flat", "house", "room", "unit", "block", "apartment", "studio", "lodge", "foyer", "hostel"})
Token = tuple[str, int, int]  # the word, its start and end in the answer


def tokens(text: str) -> list[Token]:
    """Words (with their apostrophes) and single punctuation marks, with their places in ``text``."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _shape(word: str) -> str:
    """'Sarah' -> 'Xx', 'LS99' -> 'XXdd', 'o'driscoll' -> 'x'x': letter classes, runs cut to two."""
    shape = re.sub(r"\d", "d", re.sub(r"[a-z]", "x", re.sub(r"[A-Z]", "X", word)))
    return re.sub(r"(.)\1{2,}", r"\1\1", shape)


@lru_cache(maxsize=65536)
def _word(word: str) -> dict[str, str | float]:
    """What the tagger knows of one word on its own (answers repeat words, so this is cached)."""
    lower = word.lower()
    base = _base(word)
    found = {
        "w": lower,
        "sh": _shape(word),
        "title": word[:1].isupper(),
        "upper": word.isupper() and len(word) > 1,
        "fn": base in LISTED_NAMES,
        "ord": base in ORDINARY_WORDS,
        "nn": base in NOT_NAMES,
        "dig": any(character.isdigit() for character in word),
        "suf3": lower[-3:],
        "pre3": lower[:3],
    }
    return {key: float(value) if isinstance(value, bool) else value for key, value in found.items() if value}


_CONTEXT_KEYS = ("w", "sh", "title", "fn", "ord")


@lru_cache(maxsize=65536)
def _neighbour(word: str, offset: int) -> dict[str, str | float]:
    features = _word(word)
    return {f"{offset}:{key}": features[key] for key in _CONTEXT_KEYS if key in features}


def features(words: list[Token]) -> list[dict[str, str | float]]:
    """One feature dict a word: its own features, its neighbours' two either side, and word pairs."""
    found = []
    for i, (word, _, _) in enumerate(words):
        own = {"bias": 1.0, "len": float(min(len(word), 8)), **_word(word)}
        if i == 0 or words[i - 1][0] in _SENTENCE_END:
            own["bos"] = 1.0
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < len(words):
                own.update(_neighbour(words[j][0], offset))
            else:
                own[f"{offset}:w"] = "<pad>"
        if i > 0:
            own["-1w0w"] = f"{words[i - 1][0].lower()}|{word.lower()}"
        if i + 1 < len(words):
            own["0w1w"] = f"{word.lower()}|{words[i + 1][0].lower()}"
        found.append(own)
    return found


def bio_labels(words: list[Token], spans: list[dict]) -> list[str]:
    """The training labels of ``words`` from labelled spans ({start, end, label}) of LABELS."""
    labels = []
    for _, start, end in words:
        label = "O"
        for span in spans:
            if span["label"] in LABELS and start < span["end"] and end > span["start"]:
                label = ("B-" if start <= span["start"] else "I-") + span["label"]
                break
        labels.append(label)
    return labels


_local = threading.local()  # a CRFsuite tagger holds the answer it is tagging: one a thread


def _tagger() -> pycrfsuite.Tagger:
    if not hasattr(_local, "tagger"):
        _local.tagger = pycrfsuite.Tagger()
        _local.tagger.open(str(MODEL_FILE))
    return _local.tagger


def spans(text: str, model: pycrfsuite.Tagger | None = None) -> list[tuple[int, int, str]]:
    """Names, addresses and schools the tagger (or ``model``) finds in ``text``: (start, end, label),
    in order."""
    words = tokens(text)
    if not any(_worth_reading(words, position) for position in range(len(words))):
        return []
    tagger = model or _tagger()
    tagger.set(features(words))
    found = []
    for kind, pieces in _grouped(text, words, tagger):
        kept = [piece for piece in pieces if piece[0][:1].isalnum()]  # the words, not the commas
        if kind == "ADDRESS":
            kept = _before_the_sentence_goes_on(kept)
        if kept and _plausible(kind, [word for word, _, _ in kept]):
            last, _, end = kept[-1]
            possessive = _POSSESSIVE.search(last) if kind == "NAME" else None
            found.append((kept[0][1], end - (len(possessive.group()) if possessive else 0), kind))
    return found


# Words no address holds: where one follows the place, the sentence has gone on ("flat 2/2 has damp").
_SENTENCE_GOES_ON = word_set("has have had is was are were and but so which because cos")


def _before_the_sentence_goes_on(words: list[Token]) -> list[Token]:
    """An address find cut before the first word that shows the sentence going on after it."""
    for position, (word, _, _) in enumerate(words[1:], start=1):
        if word.lower() in _SENTENCE_GOES_ON:
            return words[:position]
    return words


def _grouped(text: str, words: list[Token], tagger: pycrfsuite.Tagger) -> list[tuple[str, list[Token]]]:
    """The tagged words joined into finds: (label, its words and the commas between them)."""
    finds: list[tuple[str, list[Token]]] = []
    for position, (token, label) in enumerate(zip(words, tagger.tag(), strict=True)):
        word = token[0]
        if label == "O" or not (word[:1].isalnum() or word in _INSIDE_PUNCTUATION):
            continue
        if label.endswith("NAME") and _unsure(words, position, tagger.marginal(label, position)):
            continue
        kind = label[2:]
        last = finds[-1] if finds else None
        joins = last and last[0] == kind and (label.startswith("I-") or kind == "ADDRESS")
        if joins and _JOINABLE.fullmatch(text[last[1][-1][2] : token[1]]):
            last[1].append(token)
        elif word[:1].isalnum():
            finds.append((kind, [token]))
    return finds


def _unsure(words: list[Token], position: int, probability: float) -> bool:
    """Whether a name that is also a word ("grace", "Will": data/first_names_common_words.txt, or
    "kit", "long": first names that are English words) is written where the word would be. At the
    start of a sentence names.py decides ("Grace was shown to us", "Will never forget"); in lower case
    the tagger must be SURE ("my PE kit", "boring and long", but "me and summer got moved")."""
    word = words[position][0]
    base = _base(word)
    if base not in COMMON_WORD_NAMES and not (base in TAGGED_WORDS and base in FIRST_NAMES):
        return False
    if position == 0 or words[position - 1][0] in _SENTENCE_END:
        return True
    return word.islower() and probability < SURE


def _worth_reading(words: list[Token], position: int) -> bool:
    """Whether a word is worth the tagger's time: an answer made only of punctuation and English words,
    in lower case or capitalised only to start a sentence ("My", "I'm"), is not. A name of such words
    is never kept (_plausible; a name that is also a word is on the name lists), and people write an
    address or school with a capital, a number or a name that is not a word ("Oakfield", "22 Mill Lane")."""
    word = words[position][0]
    if not word[:1].isalnum():
        return False
    lower = word.lower()
    if word[:1].isdigit() or lower in LISTED_NAMES or lower not in ORDINARY_WORDS:
        return True
    if not word[:1].isupper() or lower == "i" or lower.startswith(("i'", "i’")):
        return False
    return position > 0 and words[position - 1][0] not in _SENTENCE_END


def _base(word: str) -> str:
    """The word in lower case without a possessive: "Sarah's" -> "sarah", "o'driscoll" kept whole."""
    return _POSSESSIVE.sub("", word.lower())


def _plausible(kind: str, words: list[str]) -> bool:
    """Whether a find (its words, punctuation left out) is worth hiding.

    A name made only of words that are never names (languages, places, text-speak: "Tigrinya",
    "Pls"), of English words not on the name lists ("Texted"), of contractions ("We'd") or of
    lower-case English words that are not first names ("miles from anywhere") is not. A school
    names a school ("Oakfield Primary", "belfast met"), not "the Freedom Programme". An address holds
    a street word, a proper name that is not an English word ("Brookfield Foyer"), or a flat or house
    with a number or a name ("flat 13", "Lime Tree House"); "nanas house" and "2 weeks" do not pass."""
    bases = [_base(word) for word in words]
    if kind == "SCHOOL":  # a school word and a name: not "secondary school"
        named = any(base not in _SCHOOL_WORDS and base not in ORDINARY_WORDS for base in bases) or any(
            word[:1].isupper() and base not in _SCHOOL_WORDS for word, base in zip(words, bases, strict=True)
        )
        return named and any(base in _SCHOOL_WORDS for base in bases)
    if kind == "ADDRESS":
        if any(base in _PLACE_WORDS for base in bases):
            return True
        if any(word[:1].isupper() and base not in ORDINARY_WORDS for word, base in zip(words, bases, strict=True)):
            return True  # a proper name: "Brookfield Foyer"
        numbered = any(word[:1].isdigit() or word[:1].isupper() for word in words)
        return numbered and any(base in _UNIT_WORDS for base in bases)  # "flat 13", "Lime Tree House"
    if all(base in NOT_NAMES for base in bases) or any(map(_HANDLE.search, words)):
        return False
    return not all(_not_a_name(word, base) for word, base in zip(words, bases, strict=True))


def _not_a_name(word: str, base: str) -> bool:
    if base in ORDINARY_WORDS and (base not in LISTED_NAMES or word.islower() and base not in FIRST_NAMES):
        return True
    return _contraction(base) or (base not in LISTED_NAMES and _inflected(base))


def _inflected(base: str) -> bool:
    """ "Texted", "rings", "messaging": an English word with an ending the word lists leave out."""
    return any(
        base.endswith(ending) and len(base) - len(ending) > 2 and base[: -len(ending)] in ORDINARY_WORDS
        for ending in _ENDINGS
    )


def _contraction(base: str) -> bool:
    """ "We'd", "they've", "young'un": an English word with an ending after its apostrophe."""
    head = _APOSTROPHE.split(base)[0]
    return head != base and len(head) > 1 and head in ORDINARY_WORDS
