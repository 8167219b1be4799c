"""Fast matching of many word-level regular expressions against one normalised answer.

Hundreds of patterns, each searched through every answer, would cost milliseconds. Most patterns
can only start with a few known letters ("hit", "hurt", "kick" ... start "hi", "hu", "ki"), so each
pattern is indexed by the first two characters it can match and is tried only at the word starts of
an answer that begin with them. A pattern whose start cannot be worked out (it begins with \\w, say)
is searched as usual, so nothing that could match is ever skipped: the index is exact, only faster.
"""

import re
from collections.abc import Iterable, Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

KEY = 2  # characters of the start of a word used as the index key
_UNKNOWN = None


def _prefixes(items: list, k: int) -> set[str] | None:
    """Every possible first ``k`` characters of a parsed pattern (shorter where it may end), or None."""
    if k == 0 or not items:
        return {""}
    (op, av), rest = items[0], list(items[1:])
    if op is sre.LITERAL:
        tails = _prefixes(rest, k - 1)
        return None if tails is None else {chr(av) + tail for tail in tails}
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return _prefixes(rest, k)  # takes no characters
    if op is sre.SUBPATTERN:
        return _prefixes(list(av[-1]) + rest, k)
    if op is sre.BRANCH:
        return _union(_prefixes(list(branch) + rest, k) for branch in av[1])
    if op is sre.IN and all(kind is sre.LITERAL for kind, _ in av):
        return _union(_prefixes([(sre.LITERAL, code)] + rest, k) for _, code in av)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, _, body = av
        once = _prefixes(list(body) + rest, k)
        return once if low else _union([once, _prefixes(rest, k)])
    return _UNKNOWN


def _union(parts: Iterable[set[str] | None]) -> set[str] | None:
    merged: set[str] = set()
    for part in parts:
        if part is None:
            return _UNKNOWN
        merged |= part
    return merged


def starts(pattern: re.Pattern[str]) -> set[str] | None:
    """The first KEY characters a pattern can match, or None when that cannot be worked out."""
    found = _prefixes(list(sre_parse.parse(pattern.pattern, pattern.flags)), KEY)
    if found is None or any(len(prefix) < KEY for prefix in found):
        return _UNKNOWN  # a pattern that can match one character alone is rare: always run it
    return found


FINE_KEYS = (4, 3)  # longer keys, for patterns whose first characters are known: fewer tries per word


def _all_prefixes(items: list, k: int, depth: int = 0) -> set[str] | None:
    """Like ``_prefixes``, but a repeat may start with several copies of its body ("(?:ha)+"), so
    every possible start is listed; None when unknown (or too deep to work out)."""
    if k == 0 or not items:
        return {""}
    if depth > 40:
        return _UNKNOWN
    (op, av), rest = items[0], list(items[1:])
    if op is sre.LITERAL:
        tails = _all_prefixes(rest, k - 1, depth + 1)
        return None if tails is None else {chr(av) + tail for tail in tails}
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return _all_prefixes(rest, k, depth + 1)
    if op is sre.SUBPATTERN:
        return _all_prefixes(list(av[-1]) + rest, k, depth + 1)
    if op is sre.BRANCH:
        return _union(_all_prefixes(list(branch) + rest, k, depth + 1) for branch in av[1])
    if op is sre.IN and all(kind is sre.LITERAL for kind, _ in av):
        return _union(_all_prefixes([(sre.LITERAL, code)] + rest, k, depth + 1) for _, code in av)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, high, body = av
        parts = [_all_prefixes(rest, k, depth + 1)] if low == 0 else []
        if high != 0:
            again = (op, (max(low - 1, 0), high if high is sre.MAXREPEAT else high - 1, body))
            parts.append(_all_prefixes(list(body) + [again] + rest, k, depth + 1))
        return _union(parts)
    return _UNKNOWN


def fine_starts(pattern: re.Pattern[str], keys: set[str], length: int) -> set[str] | None:
    """The first ``length`` characters a pattern can match among those beginning with one of ``keys``
    (its ``starts``), or None when they cannot all be worked out.

    Trying the pattern only where the text starts with one of these tries it at a subset of the
    places ``keys`` would, and at every one of those where it can match, so it finds the same.
    """
    found = _all_prefixes(list(sre_parse.parse(pattern.pattern, pattern.flags)), length)
    if found is None:
        return _UNKNOWN
    found = {prefix for prefix in found if prefix[:KEY] in keys}
    if any(len(prefix) < length for prefix in found):
        return _UNKNOWN
    return found


NEEDLE_KEYS = (6, 4)  # characters of a required part of a pattern that must be in the text for it to match
MANY_NEEDLES = 12  # more needles than this cost more to look for than they save
SHORT_NEEDLE = 3  # a needle shorter than this is in nearly every answer


def needles(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which is in every text the pattern can match, or None when none are known.

    Every match of the pattern holds a match of each tail of its top-level sequence, which starts
    with one of that tail's possible first NEEDLE_KEYS characters (or is one of them, when shorter);
    the tail with the longest such strings gives the needles, unless there are more than MANY_NEEDLES
    of them or some are shorter than SHORT_NEEDLE. A choice ("A|B") gives the needles of each of its
    branches together (each branch's own: a match holds one branch whole, and reading a branch with
    the rest of the pattern after it would multiply the work at start-up). Used for the patterns the
    index cannot key, which are otherwise searched through every answer.
    """
    if pattern.flags & re.IGNORECASE:
        return _UNKNOWN
    return _sequence_needles(list(sre_parse.parse(pattern.pattern, pattern.flags)))


def _sequence_needles(sequence: list, depth: int = 0) -> tuple[str, ...] | None:
    items: list = []
    pending = list(sequence)
    while pending:
        op, av = pending.pop(0)
        if op is sre.SUBPATTERN:
            pending = list(av[-1]) + pending
        else:
            items.append((op, av))
    candidates = []
    for start in range(len(items)):
        for length in NEEDLE_KEYS:
            found = _all_prefixes(items[start:], length)
            if found and "" not in found:
                candidates.append(tuple(sorted(found)))
        op, av = items[start]
        if op is sre.BRANCH and depth < 2:  # a match holds one branch whole: its own needles will do
            branches = [_sequence_needles(list(branch), depth + 1) for branch in av[1]]
            if all(branches):
                candidates.append(tuple(sorted({needle for branch in branches for needle in branch})))
    return max(
        candidates,
        key=lambda found: (
            len(found) <= MANY_NEEDLES and min(map(len, found)) >= SHORT_NEEDLE,
            min(map(len, found)),
            -len(found),
        ),
        default=_UNKNOWN,
    )


class PatternIndex:
    """Patterns keyed by how they can start, tried only at the word starts that could begin a match."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        self.patterns = list(patterns)
        self.always: list[int] = []
        self._last: tuple[str, tuple[tuple[int, re.Match[str]], ...]] | None = None
        self.by_start: dict[str, list[int]] = {}
        # Per key length, longest first: key -> patterns; KEY last, for patterns known only that far.
        self.by_length: list[dict[str, list[int]]] = [{} for _ in FINE_KEYS]
        for number, pattern in enumerate(self.patterns):
            keys = starts(pattern)
            if keys is None:
                self.always.append(number)
                continue
            for length, by_key in zip(FINE_KEYS, self.by_length, strict=True):
                fine = fine_starts(pattern, keys, length)
                if fine is not None:
                    for key in fine:
                        by_key.setdefault(key, []).append(number)
                    break
            else:
                for key in keys:
                    self.by_start.setdefault(key, []).append(number)
        self.by_length.append(self.by_start)
        self.always_needles = [(number, needles(self.patterns[number])) for number in self.always]
        self._matchers = [pattern.match for pattern in self.patterns]

    def matches(self, text: str) -> list[tuple[int, re.Match[str]]]:
        """(pattern number, match) for every word start where a pattern matches, by pattern then start.

        Unlike ``finditer`` this may return overlapping matches of one pattern; callers that need
        one reading of the text resolve overlaps themselves.
        """
        last = self._last  # the rules ask twice about one answer (check, then harmless_reading)
        if last is not None and last[0] == text:
            return list(last[1])
        found: list[tuple[int, re.Match[str]]] = []
        keyed_starts = _keyed_word_starts(text)
        patterns, matchers = self.patterns, self._matchers
        # Order does not matter here: the sort below is on (pattern, start), which no two share.
        for index, keyed in zip(self.by_length, keyed_starts, strict=True):
            for key in keyed.keys() & index.keys():
                positions, numbers = keyed[key], index[key]
                if len(positions) == 1:
                    position = positions[0]
                    found += [(n, m) for n in numbers if (m := matchers[n](text, position))]
                    continue
                for number in numbers:
                    match_at = matchers[number]
                    found += [(number, m) for position in positions if (m := match_at(text, position))]
        for number, required in self.always_needles:
            if required is None or any(map(text.__contains__, required)):
                found.extend((number, m) for m in word_matches(patterns[number], text))
        found.sort(key=lambda pair: (pair[0], pair[1].start()))
        self._last = (text, tuple(found))
        return found


_last_keyed: tuple[str, list[dict[str, list[int]]]] = ("", [{} for _ in (*FINE_KEYS, KEY)])


def _keyed_word_starts(text: str) -> list[dict[str, list[int]]]:
    """The word starts of ``text`` by their first characters, one dict per key length of FINE_KEYS
    then KEY (read only); every index searches the same answer in turn, so the last answer's are kept."""
    global _last_keyed
    last = _last_keyed
    if last[0] == text:
        return last[1]
    positions = list(_word_start_positions(text))
    keyed: list[dict[str, list[int]]] = []
    for length in (*FINE_KEYS, KEY):
        at: dict[str, list[int]] = {}
        for position in positions:
            at.setdefault(text[position : position + length], []).append(position)
        keyed.append(at)
    _last_keyed = (text, keyed)
    return keyed


# Words that start a new clause. A guard explains away the words of its own clause only, so one that
# runs on across "but" ("i got hit at football but also my mum hits me") hides nothing. A guard whose
# pattern names a clause word itself ("used to ... but not any more") may run across that word.
CLAUSE_BREAKS = frozenset(
    {"but", "also", "then", "though", "although", "however", "except", "whereas", "until", "till", "apart"}
    | {"besides", "anyway", "plus"}
)
_BREAK_WORD = re.compile(r"[a-z]+")


def guard_spans(guards: PatternIndex, text: str, excuse: re.Pattern[str] | None = None) -> list[tuple[int, int]]:
    """Spans of the guards in ``text`` that stay within one clause (see CLAUSE_BREAKS) and are the
    writer's own reading, not one told of someone else (``excuse``: see someone_elses)."""
    spans = []
    for number, match in guards.matches(text):
        if someone_elses(text, match.start(), excuse):
            continue
        inner = set(_BREAK_WORD.findall(match.group())[1:]) & CLAUSE_BREAKS
        if inner and not all(re.search(rf"\b{word}\b", guards.patterns[number].pattern) for word in inner):
            continue
        spans.append(match.span())
    return spans


_SENTENCE_END = re.compile(r"(?<![.!?] )[.!?](?! [.!?])")  # one ". ! ?" token; ". . ." is a pause, not an end


def defused_spans(defusers: PatternIndex, text: str, excuse: re.Pattern[str] | None = None) -> list[tuple[int, int]]:
    """Spans of the clauses that hold a defuser: the stretch of its sentence between clause words.

    A defuser is a harmless reading that may come after the alarming words as well as before them
    ("he keeps hitting me... with his dad jokes", "no food in... because we're moving tomorrow"), so
    it explains away its whole clause, unlike a guard. The clause ends at a sentence end (a single
    ". ! ?", not the pause of "...") or at a clause word (CLAUSE_BREAKS), so a later "but dad hits
    me" is never hidden. A defuser told as someone else's reading (``excuse``) explains nothing.
    """
    found = [
        (number, match) for number, match in defusers.matches(text) if not someone_elses(text, match.start(), excuse)
    ]
    if not found:
        return []
    bounds = [0, len(text)]
    bounds += [m.end() for m in _SENTENCE_END.finditer(text)]
    bounds += [m.start() for m in _BREAK_WORD.finditer(text) if m.group() in CLAUSE_BREAKS]
    bounds.sort()
    spans = []
    for _, match in found:
        start = max(b for b in bounds if b <= match.start())
        end = min((b for b in bounds if b >= match.end()), default=len(text))
        spans.append((start, end))
    return spans


_EXCUSE_REACH = 80  # characters before a harmless reading searched for the words that make it someone else's


def someone_elses(text: str, start: int, excuse: re.Pattern[str] | None) -> bool:
    """Whether the harmless reading starting at ``start`` is told as someone else's, not the writer's:
    "my stepdad grabs me by the neck, he says its just messing" tells what he calls it, which explains
    nothing away. ``excuse`` matches such words ending just before a reading (see safeguarding.py)."""
    return excuse is not None and excuse.search(text, max(0, start - _EXCUSE_REACH), start) is not None


def not_taken_back(spans: list[tuple[int, int]], text: str, denial: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """The harmless readings (guard or defuser spans) the writer does not take back at once.

    "dad says it's just play fighting but it isn't" gives a harmless reading only to deny it: a span
    that a ``denial`` follows straight after (nothing but a comma between) explains nothing away.
    """
    if denial is None or not spans:
        return spans
    kept = []
    for start, end in spans:
        rest = text[end:].lstrip(" ,")
        if not denial.match(rest):
            kept.append((start, end))
    return kept


def _word_start_positions(text: str) -> Iterator[int]:
    if text:
        yield 0
    position = text.find(" ")
    while position != -1:
        yield position + 1
        position = text.find(" ", position + 1)


def word_matches(pattern: re.Pattern[str], text: str, pos: int = 0) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` that start at the start of a word.

    Patterns are compiled without a leading look-behind for the word edge because one disables the
    regex engine's literal-prefix scan and makes a search many times slower; the edge is checked here.
    """
    while True:
        match = pattern.search(text, pos)
        if match is None:
            return
        start = match.start()
        if start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "'_"):
            yield match
            pos = max(match.end(), start + 1)
        else:
            pos = start + 1
