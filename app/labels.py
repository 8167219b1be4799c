"""Words for stored codes, shown to staff: audiences, reasons for no answer, campaign kinds."""

from babel import Locale
from flask_babel import gettext
from flask_babel import lazy_gettext as _l
from wtforms import SelectChoice

from .models import AlertOutcome, CampaignKind, NoAnswerReason, Role

AUDIENCE_LABELS = {
    "child_4_7": _l("Children 4 to 7"),
    "child_8_12": _l("Children 8 to 12"),
    "young_person_13_17": _l("Young people 13 to 17"),
    "care_leaver": _l("Care leavers"),
    "parent_carer": _l("Parents and carers"),
    "anyone": _l("Anyone"),
}

NO_ANSWER_LABELS = {
    NoAnswerReason.TOO_YOUNG: _l("Too young"),
    NoAnswerReason.NO_PARENTAL_CONSENT: _l("No parental consent"),
    NoAnswerReason.DECLINED: _l("Declined"),
    NoAnswerReason.COULD_NOT_CONTACT: _l("Could not contact"),
    NoAnswerReason.NOT_APPROPRIATE_NOW: _l("Not appropriate at this time"),
    NoAnswerReason.OTHER: _l("Other"),
}

KIND_LABELS = {
    CampaignKind.COLLABORATIVE_PRACTICE_REVIEW: _l("Collaborative practice review"),
    CampaignKind.THEMED_REVIEW: _l("Themed review"),
    CampaignKind.SURVEY_ROUND: _l("Survey round"),
    CampaignKind.ONGOING_FEEDBACK: _l("Ongoing feedback"),
}


ROLE_NAMES = {Role.PRACTITIONER: _l("Practitioner"), Role.QA_OFFICER: _l("QA officer"), Role.ADMIN: _l("Admin")}

# The analyser (plain Python, no catalog) names categories in English; staff read them in their language.
SAFEGUARDING_CATEGORY_LABELS = {
    "physical abuse": _l("Physical abuse"),
    "sexual abuse": _l("Sexual abuse"),
    "emotional abuse": _l("Emotional abuse"),
    "neglect": _l("Neglect"),
    "self-harm and suicidal thoughts": _l("Self-harm and suicidal thoughts"),
    "domestic abuse": _l("Domestic abuse"),
    "exploitation and grooming": _l("Exploitation and grooming"),
    "online harm": _l("Online harm"),
    "feeling unsafe at home": _l("Feeling unsafe at home"),
    "going missing": _l("Going missing"),
}

OUTCOME_LABELS = {
    AlertOutcome.REFERRED_TO_FRONT_DOOR: _l("Referred to the Front Door"),
    AlertOutcome.DISCUSSED_WITH_CHILD: _l("Discussed with the child or family"),
    AlertOutcome.NO_CONCERN_AFTER_REVIEW: _l("No concern after review"),
    AlertOutcome.OTHER: _l("Other"),
}


def template_labels() -> dict:
    return {
        "audience_labels": AUDIENCE_LABELS,
        "reason_labels": NO_ANSWER_LABELS,
        "kind_labels": KIND_LABELS,
        "outcome_labels": OUTCOME_LABELS,
        "role_names": ROLE_NAMES,
    }


def choices(pairs) -> list[SelectChoice]:
    """(value, label) pairs as the choices of a WTForms field."""
    return [SelectChoice(value, label) for value, label in pairs]


def language_names(codes) -> list[tuple[str, str]]:
    """(code, name) for each language, the name written in that language itself."""
    return [(code, Locale.parse(code).display_name) for code in codes]


def survey_choices(surveys) -> list[SelectChoice]:
    """Surveys to pick from, named by who they are for and their (translated) title."""
    return choices((survey.id, f"{AUDIENCE_LABELS[survey.audience]}: {gettext(survey.title)}") for survey in surveys)


def describe_reason(reason: str) -> str:
    """A safeguarding reason from the analyser (plain Python, English) in the reader's language."""
    if reason.startswith("possible disclosure (learned model, p="):
        score = reason.rsplit("=", 1)[-1].rstrip(")")
        return gettext("Possible disclosure, found by the learned model (score %(score)s)", score=score)
    head, _colon, words = reason.partition(": ")
    if head in SAFEGUARDING_CATEGORY_LABELS:
        return f"{SAFEGUARDING_CATEGORY_LABELS[head]}: {words}"
    if head.endswith(" (concern signal)"):
        return gettext(
            "Concern signal, %(family)s: %(words)s", family=head.removesuffix(" (concern signal)"), words=words
        )
    return reason
