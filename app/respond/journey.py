"""Where a respondent is in a survey: the pages in order and how far they may go."""

from dataclasses import dataclass

from ..surveys.schema import QuestionBase, SurveyDefinition

CHILD_AUDIENCES = {"child_4_7", "child_8_12"}
YOUNG_AUDIENCES = {"young_person_13_17", "care_leaver"}


@dataclass(frozen=True)
class Journey:
    """One question a page, then the page about their words; ``step`` N+1 is that last page."""

    definition: SurveyDefinition

    @property
    def question_count(self) -> int:
        return len(self.definition.questions)

    @property
    def last_step(self) -> int:
        return self.question_count + 1

    def question(self, number: int) -> QuestionBase | None:
        if 1 <= number <= self.question_count:
            return self.definition.questions[number - 1]
        return None

    @property
    def voice(self) -> str:
        """Which words the standard lines use: ``child``, ``young`` or ``adult``."""
        if self.definition.audience in CHILD_AUDIENCES:
            return "child"
        if self.definition.audience in YOUNG_AUDIENCES:
            return "young"
        return "adult"

    @property
    def pictures_first(self) -> bool:
        """The youngest children get big faces and as few words as possible."""
        return self.definition.audience == "child_4_7"
