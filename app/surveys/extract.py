"""A Babel extractor for survey files, so survey wording is translated in the same catalog as the app."""

from .loader import SurveyFileError, load_file


def extract_survey(fileobj, keywords, comment_tags, options):
    """Yield (line, function, message, comments) for every string a respondent sees in a survey file."""
    try:
        survey = load_file(fileobj.name)
    except SurveyFileError:
        return  # `flask surveys check` reports the problem; a broken file adds nothing to the catalog
    for text in dict.fromkeys(survey.definition.texts()):
        yield 0, None, text, [f"survey {survey.id}"]
