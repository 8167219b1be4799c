"""Redaction of personal data: names, phone numbers, emails, postcodes, addresses, dates, NHS numbers
and schools are replaced by placeholders such as [NAME] before any text leaves the response record.

It errs towards redacting: a quote with one word too many hidden is still usable, one with a child's
name in it is not. Patterns run on the original text so everything else is kept exactly as written;
names are found by names.py, everything else by the patterns of redaction_patterns.py, and the
learned tagger (tagger.py) adds the names, addresses and schools those miss; it never removes a find.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from . import names, tagger
from .redaction_patterns import PATTERNS
from .spelling import ORDINARY_WORDS


@dataclass(frozen=True, order=True)
class Span:
    start: int
    end: int
    label: str


# Most patterns share their needles (the digits): each distinct set is looked for once an answer, and
# each pattern keeps the number of its set.
_NEEDLES = list(dict.fromkeys(needles for _, _, needles in PATTERNS))
_PATTERNS = [(label, pattern, _NEEDLES.index(needles)) for label, pattern, needles in PATTERNS]


def find_spans(text: str, known_names: Iterable[str] = (), name_list: bool = True) -> list[Span]:
    """Personal data in ``text`` as non-overlapping spans, in order; overlapping finds are joined
    into one span with the label of the longest.

    ``name_list=False`` (for answers not in English, where the first-name list, the English cues and
    the tagger trained on English answers would misfire) finds names only from ``known_names``.
    """
    # A pattern with a group named x redacts only that group (the school's name, not "went to").
    present = [any(map(text.__contains__, needles)) for needles in _NEEDLES]
    candidates = [
        Span(*(m.span("x") if "x" in pattern.groupindex else m.span()), label)
        for label, pattern, needles in _PATTERNS
        if present[needles]
        for m in pattern.finditer(text)
    ]
    candidates += [Span(*found, "NAME") for found in names.known_spans(text, names.known_name_words(known_names))]
    if name_list:
        candidates += _not_places(text, [Span(*found, "NAME") for found in names.name_spans(text)])
        candidates += _cut(text, _not_places(text, [Span(*found) for found in tagger.spans(text)]), candidates)
    return _merged(_widened(text, _joined(text, _not_pets(text, _repeated(text, _merged(candidates))))))


def _repeated(text: str, spans: list[Span]) -> list[Span]:
    """The spans, with each name found once hidden wherever else it stands in the answer (names.repeated)."""
    found = {text[span.start : span.end] for span in spans if span.label == "NAME"}
    again = [Span(*found_again, "NAME") for found_again in names.repeated(text, found)]
    return _merged(spans + again) if again else spans


def _not_places(text: str, spans: list[Span]) -> list[Span]:
    """The spans without names that are towns or villages ("the bus from Withernsea": names.place_name), and
    without addresses that are only a town ("in foster care in Chester-le-Street").
    Known names are never passed here: a place the service knows as a person's name stays hidden."""
    return [
        span
        for span in spans
        if not (
            (span.label == "NAME" and names.place_name(text, span.start, span.end))
            or (span.label == "ADDRESS" and text[span.start : span.end].lower() in names.PLACES)
        )
    ]


def _not_pets(text: str, spans: list[Span]) -> list[Span]:
    """The spans without the names of pets and toys ("our dog is called Dave")."""
    return [span for span in spans if span.label != "NAME" or not names.pet_name(text, span.start)]


_CUTS = frozenset({"PHONE", "EMAIL", "DATE", "NHS_NUMBER"})


def _cut(text: str, learned: list[Span], found: list[Span]) -> list[Span]:
    """The tagger's finds, each ending before the first phone number, email, date or other pattern
    find inside it: "Moorside Medical Practice, dr o'sullivan, 0161 496 0555" is not one address."""
    cut = []
    for span in learned:
        inside = (other.start for other in found if span.start < other.start < span.end and other.label in _CUTS)
        end = min(inside, default=span.end)
        end = span.start + len(text[span.start : end].rstrip(" ,;:-"))
        if end > span.start:
            cut.append(Span(span.start, end, span.label))
    return cut


def _merged(spans: list[Span]) -> list[Span]:
    """Spans in order with overlapping ones joined (so no piece is left showing), labelled as the longest."""
    kept: list[Span] = []
    for span in sorted(spans, key=lambda span: (span.start, -(span.end - span.start))):
        if kept and span.start < kept[-1].end:
            if span.end > kept[-1].end:
                longer = span.end - span.start > kept[-1].end - kept[-1].start
                kept[-1] = Span(kept[-1].start, span.end, span.label if longer else kept[-1].label)
            continue
        kept.append(span)
    return kept


_ADDRESS_CUE_BEFORE = re.compile(r"\b(?:to|at|address is|address:|live at|living at|moved to)\s+[A-Z][\w'’-]+$", re.I)
_UNIT_AFTER = re.compile(r"^,?\s*(?:room|flat|unit|apartment)\s+\d{1,4}[a-z]?\b", re.I)
_ADDRESS_GAP = re.compile(r"[ ,]{0,3}| on | off ")  # "Sunnyside House on Ravensthorpe Road"


def _joined(text: str, spans: list[Span]) -> list[Span]:
    """'Flat 3, 22 Mill Lane' is one address, not two with a comma between them left showing, and
    "zhang wei" one name, not "[NAME] [NAME]"."""
    joined: list[Span] = []
    for span in spans:
        previous = joined[-1] if joined else None
        gap = text[previous.end : span.start] if previous else ""
        if previous and previous.label == span.label and _joins(span.label, gap):
            joined[-1] = Span(previous.start, span.end, span.label)
        else:
            joined.append(span)
    return joined


def _joins(label: str, gap: str) -> bool:
    """Whether two finds of ``label`` with ``gap`` between them are one: an address across commas, a
    name across one space."""
    return bool(_ADDRESS_GAP.fullmatch(gap)) if label == "ADDRESS" else label == "NAME" and gap == " "


_UNIT_BEFORE = re.compile(
    r"\b(?:room|flat|apartment|apt|unit|house|block|studio|plot|pitch|bay)\s+\d+[a-z]?,?\s*$", re.I
)
_UNIT_WORD_BEFORE = re.compile(r"\b(?:room|flat|apartment|apt|unit|block|studio|plot|pitch|bay|number|no\.)\s+$", re.I)
_HOUSE_NAME_BEFORE = re.compile(
    r"(?:^|\(|\b(?:at|to|is|its|it's|address|addy|called)\s+)((?:The\s+)?(?:[A-Z][a-z'’]+\s+){0,2}[A-Z][a-z'’]+),\s*$"
)
# The town between the street and the postcode: "Mill Lane, Leeds LS99 3DF", "cherry tree close leeds ls99 3df".
_LOCALITY_BEFORE_POSTCODE = re.compile(r"^,?\s*(?:[A-Za-z'’-]+,?\s+){0,3}[A-Za-z'’-]+(?=,?\s*$)")
# A lower-case postcode straight after the town: "19 the crescent, hull hu99 7jk".
_POSTCODE_AFTER = re.compile(r"^,?\s*[a-z]{1,2}\d[a-z\d]?\s?\d[a-z]{2}\b", re.I)
# A town after the street with no postcode: "41 Mill Lane, Hexham" at the end or before a pause.
_TOWN_AFTER = re.compile(
    r"^,\s*(?:[A-Z][a-z'’]+\s+){0,2}[A-Z][a-z'’]+(?=\s*(?:[,.;!?()]|$|\s(?:with|and|now|please|on|in|for|from|"
    r"since|till|until|near|but|so|which|where|not|are|is|was|were|as|because|cos|has|have|had)\b))"
)
_LOWER_TOWN_AFTER = re.compile(
    r"^,?\s+([a-z'’-]+)(?:\s+[a-z'’-]+)?(?=\s*(?:[,.;!?)]|$)|\s+[a-z]{1,2}\d[a-z\d]?\s?\d[a-z]{2}\b)"
)


def _lower_case_town(after: str) -> re.Match[str] | None:
    """A town in lower case after the street, before a pause: "41 station road, hebden bridge." The
    first word must not be an English word, so "41 station road now." keeps its "now"."""
    town = _LOWER_TOWN_AFTER.search(after)
    if town and (town.group(1) not in ORDINARY_WORDS or _POSTCODE_AFTER.search(after[town.end() :])):
        return town  # an English word is a town only before a postcode: "hull hu99 7jk"
    return None


_WEEKDAY_BEFORE = re.compile(
    r"\b(?:mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)(?:day|nesday|rsday|urday)?\.?,?\s+(?:the\s+)?$", re.I
)


# "Big Dave", "Wee Tam": a nickname's first word; "New College Durham": a school's town with no comma.
_NICKNAME_WORD_BEFORE = re.compile(r"\b(?:Big|Little|Lil|Young|Wee)\s+$")
_SCHOOL_TOWN_AFTER = re.compile(r"\s+([A-Z][a-z]+)\b(?!\s+[A-Z])")


def _widened(text: str, spans: list[Span]) -> list[Span]:
    """Take in the parts of an address or date that sit next to the one found: the room or flat
    before it ("room 12, Ashdown House"), a house name before the street ("at The Old Forge, Church
    Road"), the town between the street and the postcode, a room after it, and the weekday before a date;
    a nickname's first word before a name ("Big Dave") and a town after a school's name."""
    widened: list[Span] = []
    for number, span in enumerate(spans):
        start, end = span.start, span.end
        floor = widened[-1].end if widened else 0  # where the span before ends: nothing is taken from it
        if span.label == "ADDRESS":
            start = _address_start(text, widened, start)
            end = _address_end(text, spans[number + 1 :], end)
        elif span.label == "NAME" and (nickname := _NICKNAME_WORD_BEFORE.search(text[floor:start])):
            start = floor + nickname.start()
        elif span.label == "SCHOOL" and (town := _SCHOOL_TOWN_AFTER.match(text, end)):
            if town[1].lower() in names.PLACES:
                end = town.end()
        elif span.label == "DATE" and (day := _WEEKDAY_BEFORE.search(text[floor:start])):
            start = floor + day.start()
        widened.append(Span(start, end, span.label))
    return widened


def _address_start(text: str, widened: list[Span], start: int) -> int:
    """Where an address starts once the room, flat or house name before it is taken in; a name just
    before it that is a house's ("to Rhoslyn, Heol y Bryn") is taken off ``widened``."""
    floor = widened[-1].end if widened else 0
    if (
        widened
        and widened[-1].label == "NAME"
        and text[floor:start] == ", "
        and _ADDRESS_CUE_BEFORE.search(text, 0, floor)
    ):
        start = widened.pop().start
        floor = widened[-1].end if widened else 0
    before = text[floor:start]
    if unit := _UNIT_BEFORE.search(before) or _UNIT_WORD_BEFORE.search(before):
        start = floor + unit.start()
        before = text[floor:start]
    if house := _HOUSE_NAME_BEFORE.search(before):
        start = floor + house.start(1)
    return start


def _address_end(text: str, later: list[Span], end: int) -> int:
    """Where an address ends once the town, a lower-case postcode and a room after it are taken in."""
    # The next find that is not a name: "Bramley" in "Larkspur Close, Bramley BR4 7QT" may be one.
    after = next((span for span in later if span.label != "NAME"), None)
    if after and after.label == "POSTCODE":
        town = _LOCALITY_BEFORE_POSTCODE.search(text[end : after.start])
    else:
        town = _TOWN_AFTER.search(text[end:]) or _lower_case_town(text[end:])
        if postcode := _POSTCODE_AFTER.search(text[end + (town.end() if town else 0) :]):
            end += postcode.end()  # a lower-case postcode no pattern took alone
    if town:
        end += town.end()
    if room := _UNIT_AFTER.search(text[end:]):
        end += room.end()  # "Kingfisher Lodge, room 11"
    return end


def redact(text: str, known_names: Iterable[str] = (), name_list: bool = True) -> str:
    """``text`` with each piece of personal data replaced by its placeholder, e.g. [PHONE]."""
    pieces, position = [], 0
    for span in find_spans(text, known_names, name_list):
        pieces.append(text[position : span.start])
        pieces.append(f"[{span.label}]")
        position = span.end
    pieces.append(text[position:])
    return "".join(pieces)
