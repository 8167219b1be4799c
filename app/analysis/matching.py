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


class PatternIndex:
    """Patterns keyed by how they can start, tried only at the word starts that could begin a match."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        self.patterns = list(patterns)
        self.always: list[int] = []
        self.by_start: dict[str, list[int]] = {}
        for number, pattern in enumerate(self.patterns):
            keys = starts(pattern)
            if keys is None:
                self.always.append(number)
                continue
            for key in keys:
                self.by_start.setdefault(key, []).append(number)

    def matches(self, text: str) -> list[tuple[int, re.Match[str]]]:
        """(pattern number, match) for every word start where a pattern matches, by pattern then start.

        Unlike ``finditer`` this may return overlapping matches of one pattern; callers that need
        one reading of the text resolve overlaps themselves.
        """
        found: list[tuple[int, re.Match[str]]] = []
        at: dict[str, list[int]] = {}
        for position in _word_start_positions(text):
            at.setdefault(text[position : position + KEY], []).append(position)
        patterns = self.patterns
        for key, positions in at.items():
            numbers = self.by_start.get(key)
            if not numbers:
                continue
            if len(positions) == 1:
                position = positions[0]
                found += [(n, m) for n in numbers if (m := patterns[n].match(text, position))]
                continue
            for number in numbers:
                match_at = patterns[number].match
                found += [(number, m) for position in positions if (m := match_at(text, position))]
        for number in self.always:
            found.extend((number, m) for m in word_matches(self.patterns[number], text))
        found.sort(key=lambda pair: (pair[0], pair[1].start()))
        return found


# Words that start a new clause. A guard explains away the words of its own clause only, so one that
# runs on across "but" ("i got hit at football but also my mum hits me") hides nothing. A guard whose
# pattern names a clause word itself ("used to ... but not any more") may run across that word.
CLAUSE_BREAKS = frozenset(
    {"but", "also", "then", "though", "although", "however", "except", "whereas", "until", "till", "apart"}
    | {"besides", "anyway", "plus"}
)
_BREAK_WORD = re.compile(r"[a-z]+")


def guard_spans(guards: PatternIndex, text: str) -> list[tuple[int, int]]:
    """Spans of the guards in ``text`` that stay within one clause (see CLAUSE_BREAKS)."""
    spans = []
    for number, match in guards.matches(text):
        inner = set(_BREAK_WORD.findall(match.group())[1:]) & CLAUSE_BREAKS
        if inner and not all(re.search(rf"\b{word}\b", guards.patterns[number].pattern) for word in inner):
            continue
        spans.append(match.span())
    return spans


_SENTENCE_END = re.compile(r"(?<![.!?] )[.!?](?! [.!?])")  # one ". ! ?" token; ". . ." is a pause, not an end


def defused_spans(defusers: PatternIndex, text: str) -> list[tuple[int, int]]:
    """Spans of the clauses that hold a defuser: the stretch of its sentence between clause words.

    A defuser is a harmless reading that may come after the alarming words as well as before them
    ("he keeps hitting me... with his dad jokes", "no food in... because we're moving tomorrow"), so
    it explains away its whole clause, unlike a guard. The clause ends at a sentence end (a single
    ". ! ?", not the pause of "...") or at a clause word (CLAUSE_BREAKS), so a later "but dad hits
    me" is never hidden.
    """
    found = defusers.matches(text)
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
