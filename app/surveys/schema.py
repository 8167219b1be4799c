"""What a survey file may say, one class per question type. Plain Python: no Flask here."""

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

AUDIENCES = (
    "child_4_7",
    "child_8_12",
    "young_person_13_17",
    "care_leaver",
    "parent_carer",
    "anyone",
)
THEMES = (
    "relationships",
    "communication",
    "consistency",
    "visits_contact",
    "plans_and_meetings",
    "participation",
    "language",
    "practical_support",
    "safety",
    "timeliness",
    "respect_and_dignity",
    "complaint_process",
)
SNAKE = r"^[a-z][a-z0-9_]*$"
KEBAB = r"^[a-z0-9]+(-[a-z0-9]+)*$"
Theme = Literal[THEMES]  # type: ignore[valid-type]
Text = Annotated[str, Field(min_length=1, max_length=400)]


def N_(message: str) -> str:
    """Mark a string for the translation catalog; it is translated where it is shown."""
    return message


FACE_WORDS = {
    3: (N_("Sad"), N_("Okay"), N_("Happy")),
    5: (N_("Very sad"), N_("Sad"), N_("Okay"), N_("Happy"), N_("Very happy")),
}
YES_NO_UNSURE = (("yes", N_("Yes")), ("no", N_("No")), ("unsure", N_("Not sure")))


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Option(Strict):
    value: str = Field(pattern=SNAKE, max_length=64)
    label: Text


class QuestionBase(Strict):
    id: str = Field(pattern=SNAKE, max_length=64)
    text: Text
    hint: Text | None = None
    required: bool = False
    themes: tuple[Theme, ...] = ()

    def parts(self) -> tuple[str, ...]:
        """The answer parts a question stores: one unnamed part, or one per box."""
        return ("",)


class FacesQuestion(QuestionBase):
    type: Literal["faces"]
    faces: Literal[3, 5] = 5
    labels: tuple[Text, ...] | None = None

    @field_validator("labels")
    @classmethod
    def _labels_match_faces(cls, labels, info):
        faces = info.data.get("faces", 5)
        if labels is not None and len(labels) != faces:
            raise ValueError(f"labels must have {faces} words, one for each face")
        return labels

    def answer_options(self) -> list[Option]:
        """The faces from saddest (1) to happiest, each with its word."""
        words = self.labels or FACE_WORDS[self.faces]
        return [Option.model_construct(value=str(n), label=word) for n, word in enumerate(words, start=1)]


class ChoiceQuestion(QuestionBase):
    type: Literal["choice"]
    options: tuple[Option, ...] = Field(min_length=2, max_length=10)

    @field_validator("options")
    @classmethod
    def _values_unique(cls, options):
        values = [option.value for option in options]
        if len(set(values)) != len(values):
            raise ValueError("each option needs its own value")
        return options

    def answer_options(self) -> list[Option]:
        return list(self.options)


class ChoicesQuestion(ChoiceQuestion):
    type: Literal["choices"]  # type: ignore[assignment]


class YesNoUnsureQuestion(QuestionBase):
    type: Literal["yes_no_unsure"]

    def answer_options(self) -> list[Option]:
        return [Option(value=value, label=label) for value, label in YES_NO_UNSURE]


class TextQuestion(QuestionBase):
    type: Literal["text"]
    max_length: int = Field(default=1000, ge=1, le=5000)


class ThreeHousesQuestion(QuestionBase):
    type: Literal["three_houses"]
    max_length: int = Field(default=1000, ge=1, le=5000)

    def parts(self) -> tuple[str, ...]:
        return ("worries", "good", "dreams")


Question = Annotated[
    FacesQuestion | ChoiceQuestion | ChoicesQuestion | YesNoUnsureQuestion | TextQuestion | ThreeHousesQuestion,
    Field(discriminator="type"),
]


class SurveyDefinition(Strict):
    id: str = Field(pattern=KEBAB, max_length=64)
    version: int = Field(ge=1)
    title: Text
    audience: Literal[AUDIENCES]  # type: ignore[valid-type]
    description: Text
    intro: Annotated[str, Field(min_length=1, max_length=1000)]
    questions: tuple[Question, ...] = Field(min_length=1, max_length=60)

    @field_validator("questions")
    @classmethod
    def _ids_unique(cls, questions):
        seen = set()
        for question in questions:
            if question.id in seen:
                raise ValueError(f"question id '{question.id}' is used twice")
            seen.add(question.id)
        return questions

    def texts(self) -> list[str]:
        """Every string a respondent sees, for the translation catalog."""
        found = [self.title, self.intro]
        for question in self.questions:
            found += [question.text, question.hint or ""]
            if isinstance(question, ChoiceQuestion):
                found += [option.label for option in question.options]
            found += list(getattr(question, "labels", None) or ())
        return [text for text in found if text]
