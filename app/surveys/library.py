"""Keep the database's survey versions in step with the survey files. Plain Python: no Flask here."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Survey, SurveyVersion, utcnow
from .loader import Library
from .schema import SurveyDefinition


def load_surveys(session: Session, library: Library) -> list[str]:
    """Store each survey's current version; return the ids of surveys whose content changed."""
    changed = []
    for loaded in library.surveys.values():
        definition = loaded.definition
        survey = session.get(Survey, definition.id)
        if survey is None:
            survey = Survey(id=definition.id, title=definition.title, audience=definition.audience, current_hash="")
            session.add(survey)
        known = session.scalar(
            select(SurveyVersion).filter_by(survey_id=definition.id, version_hash=loaded.version_hash)
        )
        if known is None:
            session.add(
                SurveyVersion(
                    survey_id=definition.id,
                    version_hash=loaded.version_hash,
                    version_label=definition.version,
                    definition=definition.model_dump(mode="json"),
                )
            )
        if survey.current_hash != loaded.version_hash:
            changed.append(definition.id)
        survey.title = definition.title
        survey.audience = definition.audience
        survey.current_hash = loaded.version_hash
        survey.updated_at = utcnow()
    session.commit()
    return changed


def current_version(session: Session, survey_id: str) -> SurveyVersion:
    return session.scalars(
        select(SurveyVersion)
        .join(Survey)
        .where(Survey.id == survey_id, SurveyVersion.version_hash == Survey.current_hash)
    ).one()


_parsed: dict[str, SurveyDefinition] = {}


def definition_of(version: SurveyVersion) -> SurveyDefinition:
    """The parsed definition of a stored version; a version never changes, so it is parsed once."""
    parsed = _parsed.get(version.version_hash)
    if parsed is None:
        parsed = _parsed[version.version_hash] = SurveyDefinition.model_validate(version.definition)
    return parsed


def definition_by_hash(session: Session, survey_id: str, version_hash: str) -> SurveyDefinition:
    """The definition a response answered, from the cache when this process has seen it."""
    parsed = _parsed.get(version_hash)
    if parsed is None:
        version = session.scalars(select(SurveyVersion).filter_by(survey_id=survey_id, version_hash=version_hash)).one()
        parsed = definition_of(version)
    return parsed
