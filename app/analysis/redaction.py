"""Redaction of personal data: names, phone numbers, emails, postcodes, addresses, dates, NHS numbers
and schools are replaced by placeholders such as [NAME] before any text leaves the response record.

It errs towards redacting: a quote with one word too many hidden is still usable, one with a child's
name in it is not. Patterns run on the original text so everything else is kept exactly as written.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .redaction_patterns import PATTERNS
from .text import word_set

DATA = Path(__file__).resolve().parent / "data"


def _word_list(name: str) -> frozenset[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return frozenset(word.lower() for line in lines if not line.startswith("#") for word in line.split())


FIRST_NAMES = _word_list("first_names.txt")
COMMON_WORD_NAMES = _word_list("first_names_common_words.txt")

# Words after which the next capitalised word is a person's name ("my social worker Jo").
STRONG_CUES = re.compile(
    r"(?:social worker|worker|sw|pa|personal adviser|personal advisor|iro|advocate|key worker|keyworker|carer|"
    r"foster carer|is called|was called|called her|called him|named|name is|name's|names|mum|mam|mom|dad|"
    r"brother|sister|nan|nanny|gran|grandad|mate|best mate|bestie|bezzie|best friend|bff|neighbour|coach|tutor|"
    r"nurse|doctor|lodger|housemate|flatmate|"
    r"auntie|aunty|aunt|uncle|cousin|son|daughter|baby|friend|boyfriend|girlfriend|partner|teacher|manager|"
    r"step ?dad|step ?mum|stepdad|stepmum|thank you|thanks|thank|love you|mentor|therapist|counsellor)\s*,?\s*$",
    re.IGNORECASE,
)
# Weaker signs, enough for a capitalised word mid-sentence that is on the first-name list.
WEAK_CUES_BEFORE = re.compile(r"(?:with|and|to|told|asked|met|see|saw|seen|like|love|miss|from|by|for|ask)\s*$", re.I)
WEAK_CUES_AFTER = re.compile(
    r"^\s*(?:said|says|told|tells|is my|was my|is our|was our|came|comes|visits|visited|helped|helps|listens|"
    r"listened|rang|rings|called|calls|phoned|texted|texts|emailed|explained|explains|has been|is|was|and|"
    r"&|who|always|never|really|will|does|did|didn't|doesn't|isn't|wasn't|has|had|gets|got|'s|’s)\b",
    re.IGNORECASE,
)
_PAIRED_AFTER = re.compile(r" (?:and|&) (?:me|i|I|my|[A-Z][a-z'’]+)\b")
LIST_JOIN = re.compile(r"\s*(?:,|&|and|,\s*and)\s+|,")
TITLES = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Mister|Missus)\.?\s+[A-Z][a-zA-Z'’-]+(?:\s+[A-Z][a-zA-Z'’-]+)?")
WORD = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z][A-Za-z'’]*)*")
# Capitalised words that never start or continue a name, even after a cue.
NOT_NAMES = word_set(
    """
    i i'm i've i'd i'll a an the and but or so is was are were be been has have had do does did it its it's he she
    they we you my our your his her their this that these those there here what when where why how who which if
    then than because as at in on to for from with of by about not no yes very really just also always never
    sometimes often she's he's they're we're you're can could would should shall might must social worker pa team
    council service school mum dad nan monday tuesday wednesday thursday friday saturday sunday january february
    march july september october november december christmas easter english british god ok okay thanks thank
    please sorry hi hello dear childline nspcc google facebook snapchat instagram tiktok youtube whatsapp xbox
    playstation tesco asda aldi lidl sainsburys morrisons primark mcdonalds kfc camhs nhs cafcass barnardos ofsted
    iro sw uk england wales scotland ireland london manchester birmingham leeds liverpool bristol sheffield
    newcastle universal credit jobcentre
    """
)


@dataclass(frozen=True, order=True)
class Span:
    start: int
    end: int
    label: str


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"'“‘(*-•")
    return not before or before[-1] in ".!?\n:"


def _is_capitalised(word: str) -> bool:
    return word[0].isupper()


def _known_name_words(known_names: Iterable[str]) -> frozenset[str]:
    """Each known name and its parts ("Sarah Jones" -> sarah jones, sarah, jones), lower case."""
    words = set()
    for name in known_names:
        name = (name or "").strip().lower()
        if not name:
            continue
        words.add(name)
        words.update(part for part in re.split(r"[\s-]+", name) if len(part) > 1 and part not in NOT_NAMES)
    return frozenset(words)


def _known_spans(text: str, known: frozenset[str]) -> list[Span]:
    spans = []
    for name in sorted(known, key=len, reverse=True):
        for match in re.finditer(rf"(?<![\w'])({re.escape(name)})(?![\w])", text, re.IGNORECASE):
            # A known name that is also a word ("Faith", "Will") counts only when capitalised.
            if name in COMMON_WORD_NAMES and not _is_capitalised(match.group()):
                continue
            spans.append(Span(match.start(), match.end(), "NAME"))
    return spans


def _looks_like_name(text: str, match: re.Match[str]) -> bool:
    """A first-name-list word, or a capitalised word right after a strong cue ("my worker Tiago")."""
    word = match.group()
    lower = word.lower()
    if lower in NOT_NAMES:
        return False
    listed = lower in FIRST_NAMES
    if listed and lower not in COMMON_WORD_NAMES:
        return True
    # Everything else must be Title Case (not SHOUTED) ...
    if not (word[0].isupper() and not word.isupper()):
        return False
    # ... paired with the writer or another capitalised word, even first in a sentence ("Jordan and me") ...
    if listed and _PAIRED_AFTER.match(text, match.end()):
        return True
    # ... or mid-sentence, next to a cue.
    if _sentence_start(text, match.start()):
        return False
    before = text[max(0, match.start() - 40) : match.start()]
    if STRONG_CUES.search(before):
        return True
    after = text[match.end() : match.end() + 20]
    return listed and bool(WEAK_CUES_BEFORE.search(before) or WEAK_CUES_AFTER.search(after))


def _name_spans(text: str) -> list[Span]:
    spans = [Span(m.start(), m.end(), "NAME") for m in TITLES.finditer(text)]
    words = list(WORD.finditer(text))
    index = 0
    while index < len(words):
        match = words[index]
        possessive = re.search(r"['’]s$", match.group())
        if (
            _looks_like_name(text, match)
            or (possessive and _looks_like_name(text, _Trimmed(match)))
            or _listed_after_name(text, match, spans)
        ):
            end = match.end() - (2 if possessive else 0)
            # A capitalised word straight after a first name is taken as the surname ("Sarah Jones").
            if not possessive and index + 1 < len(words):
                following = words[index + 1]
                gap = text[match.end() : following.start()]
                if gap == " " and _is_capitalised(following.group()) and following.group().lower() not in NOT_NAMES:
                    end = following.end() - (2 if re.search(r"['’]s$", following.group()) else 0)
                    index += 1
            spans.append(Span(match.start(), end, "NAME"))
        index += 1
    return spans


def _listed_after_name(text: str, match: re.Match[str], spans: list[Span]) -> bool:
    """A capitalised word listed straight after a name ("Jo and Mo", "Kai, Leon") is a name too."""
    word = match.group()
    if not spans or not word[0].isupper() or word.isupper() or word.lower() in NOT_NAMES:
        return False
    return bool(LIST_JOIN.fullmatch(text[spans[-1].end : match.start()]))


class _Trimmed:
    """A word match without its possessive "'s", so "Sarah's" is judged as "Sarah"."""

    def __init__(self, match: re.Match[str]) -> None:
        self._match = match

    def group(self) -> str:
        return self._match.group()[:-2]

    def start(self) -> int:
        return self._match.start()

    def end(self) -> int:
        return self._match.end() - 2


def find_spans(text: str, known_names: Iterable[str] = (), name_list: bool = True) -> list[Span]:
    """Personal data in ``text`` as non-overlapping spans, in order; overlapping finds are joined
    into one span with the label of the longest.

    ``name_list=False`` (for answers not in English, where the first-name list and English cues
    would misfire) finds names only from ``known_names``.
    """
    # A pattern with a group named x redacts only that group (the school's name, not "went to").
    candidates = [
        Span(*(m.span("x") if "x" in pattern.groupindex else m.span()), label)
        for label, pattern, needles in PATTERNS
        if any(map(text.__contains__, needles))
        for m in pattern.finditer(text)
    ]
    candidates += _known_spans(text, _known_name_words(known_names))
    if name_list:
        candidates += _name_spans(text)
    candidates.sort(key=lambda span: (span.start, -(span.end - span.start)))
    kept: list[Span] = []
    for span in candidates:
        if kept and span.start < kept[-1].end:
            if span.end > kept[-1].end:  # overlapping finds are joined, so no piece is left showing
                longer = span.end - span.start > kept[-1].end - kept[-1].start
                kept[-1] = Span(kept[-1].start, span.end, span.label if longer else kept[-1].label)
            continue
        kept.append(span)
    return _widened(text, _joined_addresses(text, kept))


def _joined_addresses(text: str, spans: list[Span]) -> list[Span]:
    """'Flat 3, 22 Mill Lane' is one address, not two with a comma between them left showing."""
    joined: list[Span] = []
    for span in spans:
        previous = joined[-1] if joined else None
        gap = text[previous.end : span.start] if previous else ""
        if previous and previous.label == span.label == "ADDRESS" and len(gap) <= 3 and not gap.strip(", "):
            joined[-1] = Span(previous.start, span.end, "ADDRESS")
        else:
            joined.append(span)
    return joined


_UNIT_BEFORE = re.compile(r"\b(?:room|flat|apartment|apt|unit|house|block|studio)\s+\d+[a-z]?,?\s*$", re.I)
_HOUSE_NAME_BEFORE = re.compile(
    r"(?:^|\b(?:at|to|is|its|it's|address|addy|called)\s+)((?:The\s+)?(?:[A-Z][a-z'’]+\s+){0,2}[A-Z][a-z'’]+),\s*$"
)
_LOCALITY_AFTER = re.compile(r"^,\s*(?:[A-Z][a-z'’]+\s+){0,2}[A-Z][a-z'’]+(?=,?\s*$)")
_WEEKDAY_BEFORE = re.compile(
    r"\b(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day|nesday|rsday|urday)?\.?,?\s+(?:the\s+)?$", re.I
)


def _widened(text: str, spans: list[Span]) -> list[Span]:
    """Take in the parts of an address or date that sit next to the one found: the room or flat
    before it ("room 12, Ashdown House"), a house name before the street ("at The Old Forge, Church
    Road"), the town between the street and the postcode, and the weekday before a date."""
    widened: list[Span] = []
    for number, span in enumerate(spans):
        start, end = span.start, span.end
        floor = widened[-1].end if widened else 0
        before = text[floor:start]
        if span.label == "ADDRESS":
            if unit := _UNIT_BEFORE.search(before):
                start = floor + unit.start()
                before = text[floor:start]
            if house := _HOUSE_NAME_BEFORE.search(before):
                start = floor + house.start(1)
            after = spans[number + 1] if number + 1 < len(spans) else None
            town = _LOCALITY_AFTER.search(text[end : after.start]) if after and after.label == "POSTCODE" else None
            if town:
                end += town.end()
        elif span.label == "DATE" and (day := _WEEKDAY_BEFORE.search(before)):
            start = floor + day.start()
        widened.append(Span(start, end, span.label))
    return widened


def redact(text: str, known_names: Iterable[str] = (), name_list: bool = True) -> str:
    """``text`` with each piece of personal data replaced by its placeholder, e.g. [PHONE]."""
    pieces, position = [], 0
    for span in find_spans(text, known_names, name_list):
        pieces.append(text[position : span.start])
        pieces.append(f"[{span.label}]")
        position = span.end
    pieces.append(text[position:])
    return "".join(pieces)
