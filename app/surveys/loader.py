"""Read survey files, validate them and say exactly where a broken one is wrong. Plain Python."""

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import ValidationError

from .schema import SurveyDefinition


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f" {self.field}:" if self.field else ""
        return f"{self.path}:{self.line}:{where} {self.message}"


@dataclass(frozen=True)
class LoadedSurvey:
    definition: SurveyDefinition
    version_hash: str
    path: str

    @property
    def id(self) -> str:
        return self.definition.id


@dataclass
class Library:
    surveys: dict[str, LoadedSurvey] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


class SurveyFileError(Exception):
    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = problems


def load_library(directory: str | Path) -> Library:
    """Load every ``*.yaml`` survey in a folder; a broken file is reported and left out."""
    library = Library()
    for path in sorted(Path(directory).glob("*.yaml")):
        try:
            survey = load_file(path)
        except SurveyFileError as error:
            library.problems.extend(error.problems)
        else:
            library.surveys[survey.id] = survey
    return library


def load_file(path: str | Path) -> LoadedSurvey:
    """Load and validate one survey file, or raise ``SurveyFileError`` naming file, line and field."""
    path = Path(path)
    name = str(path)
    try:
        source = path.read_text(encoding="utf-8")
        root = yaml.compose(source, Loader=yaml.SafeLoader)
        data = yaml.safe_load(source)
    except UnicodeDecodeError:
        raise SurveyFileError([Problem(name, 1, "", "the file is not UTF-8 text")]) from None
    except yaml.MarkedYAMLError as error:
        line = error.problem_mark.line + 1 if error.problem_mark else 1
        raise SurveyFileError([Problem(name, line, "", f"not valid YAML: {error.problem}")]) from None
    if not isinstance(data, dict) or root is None:
        raise SurveyFileError(
            [
                Problem(
                    name,
                    1,
                    "",
                    "a survey file must be a mapping with id, title and questions",
                )
            ]
        )

    problems = _duplicate_keys(name, root)
    try:
        definition = SurveyDefinition.model_validate(data)
    except ValidationError as error:
        problems += [_problem(name, root, data, item) for item in _root_causes(error.errors())]
    else:
        if definition.id != path.stem:
            problems.append(
                Problem(
                    name,
                    _line(root, ("id",)),
                    "id",
                    f"id must match the file name '{path.stem}'",
                )
            )
    if problems:
        raise SurveyFileError(problems)
    return LoadedSurvey(definition, content_hash(definition), name)


def content_hash(definition: SurveyDefinition) -> str:
    """The version of a survey: a hash of what it says, so layout and comments do not count."""
    canonical = json.dumps(definition.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _problem(name: str, root: yaml.Node, data: dict, error: dict) -> Problem:
    loc = _real_path(data, error["loc"])
    if error["type"] in {"union_tag_invalid", "union_tag_not_found"}:
        loc = (*loc, "type")
    message = error["msg"].removeprefix("Value error, ")
    if error["type"] == "missing":
        message = "this field is required"
    elif error["type"] == "extra_forbidden":
        message = "this field is not known (check its spelling)"
    elif error["type"] == "string_type":
        message = "this must be text (put it in quotes)"
    elif error["type"] == "union_tag_not_found":
        message = "every question needs a type"
    elif error["type"] == "union_tag_invalid":
        message = f"unknown question type; use one of {error['ctx']['expected_tags']}"
    return Problem(name, _line(root, loc), _describe(data, loc), message)


def _root_causes(errors: list[dict]) -> list[dict]:
    """Leave out "too few items" when the items are short only because they failed themselves."""
    return [
        error
        for error in errors
        if not (
            error["type"] == "too_short"
            and any(other["loc"][: len(error["loc"])] == error["loc"] and other is not error for other in errors)
        )
    ]


def _real_path(data, loc: tuple) -> tuple:
    """Drop the parts of a pydantic location that are not in the file (the question type tag)."""
    path, node, after_item = [], data, False
    for part in loc:
        if after_item and isinstance(node, dict) and part == node.get("type"):
            after_item = False
            continue
        after_item = isinstance(part, int)
        in_mapping = isinstance(node, dict) and part in node
        if in_mapping or (isinstance(node, list) and isinstance(part, int) and part < len(node)):
            node = node[part]
        else:
            path.append(part)
            break
        path.append(part)
    return tuple(path)


def _describe(data, loc: tuple) -> str:
    """A field path a person can follow: ``question 3 (worker_listens) > labels``."""
    words, node = [], data
    for part in loc:
        if isinstance(part, int) and isinstance(node, list) and part < len(node):
            node = node[part]
            label = node.get("id") if isinstance(node, dict) else None
            words[-1:] = [f"{words[-1].rstrip('s') if words else 'item'} {part + 1}" + (f" ({label})" if label else "")]
        else:
            node = node.get(part) if isinstance(node, dict) else None
            words.append(str(part))
    return " > ".join(words)


def _line(root: yaml.Node, loc: tuple) -> int:
    """The 1-based line of the deepest node on ``loc`` that the file has."""
    node, line = root, root.start_mark.line + 1
    for part in loc:
        child = None
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if key.value == part:
                    child, line = value, key.start_mark.line + 1
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            child = node.value[part]
            line = child.start_mark.line + 1
        if child is None:
            break
        node = child
    return line


def _duplicate_keys(name: str, node: yaml.Node, trail: tuple = ()) -> list[Problem]:
    problems = []
    if isinstance(node, yaml.MappingNode):
        seen = set()
        for key, value in node.value:
            if key.value in seen:
                problems.append(
                    Problem(
                        name,
                        key.start_mark.line + 1,
                        key.value,
                        "this field is written twice",
                    )
                )
            seen.add(key.value)
            problems += _duplicate_keys(name, value, (*trail, key.value))
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            problems += _duplicate_keys(name, item, (*trail, index))
    return problems
