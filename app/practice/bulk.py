"""Reading a pasted list of people into invites: one line a person, fields told apart by their shape.

A line holds, in any order and separated by commas or tabs: a case reference, an email address, a
mobile number, and the survey (its name, or who it is for: "parent", "8-12"…). All are optional.
Plain Python, no Flask.
"""

import re
from dataclasses import dataclass

EMAIL = re.compile(r"^[^@\s,]+@[^@\s,]+\.[^@\s,]+$")
MOBILE = re.compile(r"^(?:\+44\s?7|07)\d{3}\s?\d{3}\s?\d{3}$")
PHONE_LIKE = re.compile(r"^(?:\+|0)[\d\s()-]{9,}$")
CASE_REFERENCE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 /_.-]{0,63}$")
ALIASES = {
    "child_4_7": ("4-7", "4 to 7", "child 4-7", "under 8", "young child"),
    "child_8_12": ("8-12", "8 to 12", "child 8-12", "child"),
    "young_person_13_17": ("13-17", "13 to 17", "young person", "teen", "teenager"),
    "care_leaver": ("care leaver", "leaver", "18-25"),
    "parent_carer": ("parent", "carer", "parent/carer", "family"),
}


@dataclass(frozen=True)
class Person:
    line: int
    case_reference: str | None = None
    survey_id: str | None = None
    email: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class LineProblem:
    line: int
    text: str


def read_people(text: str, surveys: dict[str, str]) -> tuple[list[Person], list[LineProblem]]:
    """Parse pasted lines; ``surveys`` maps each offered survey id to its audience."""
    people, problems = [], []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        fields, problem = _read_line(raw, surveys)
        if problem:
            problems.append(LineProblem(number, problem))
        else:
            people.append(Person(line=number, **fields))
    return people, problems


def _read_line(raw: str, surveys: dict[str, str]) -> tuple[dict, str | None]:
    fields: dict[str, str] = {}
    for part in (part.strip() for part in re.split(r"[,\t;]", raw)):
        if not part:
            continue
        kind, value = _recognise(part, surveys)
        if kind is None:
            return {}, value
        if kind in fields:
            return {}, f"it has two {kind.replace('_', ' ')}s: use one line for each person"
        fields[kind] = value
    return fields, None


def _recognise(part: str, surveys: dict[str, str]) -> tuple[str | None, str]:
    lowered = part.lower()
    if "@" in part:
        return ("email", part) if EMAIL.match(part) else (None, f"'{part}' is not a complete email address")
    survey = _survey_for(lowered, surveys)
    if survey:
        return "survey_id", survey
    if PHONE_LIKE.match(part):
        digits = re.sub(r"[\s()-]", "", part)
        if MOBILE.match(digits):
            return "phone", "0" + digits[3:] if digits.startswith("+44") else digits
        return None, f"'{part}' is not a UK mobile number (texts need a number starting 07)"
    if CASE_REFERENCE.match(part):
        return "case_reference", part
    return None, f"we could not tell what '{part[:40]}' is: use a case reference, email, mobile number or survey"


def _survey_for(lowered: str, surveys: dict[str, str]) -> str | None:
    if lowered in surveys:
        return lowered
    for survey_id, audience in surveys.items():
        if lowered in ALIASES.get(audience, ()):
            return survey_id
    return None
