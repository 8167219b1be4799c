"""Words for stored codes, shown to staff: audiences, reasons for no answer, campaign kinds."""

from flask_babel import lazy_gettext as _l
from wtforms import SelectChoice

from .models import AlertOutcome, CampaignKind, NoAnswerReason

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
    }


def choices(pairs) -> list[SelectChoice]:
    """(value, label) pairs as the choices of a WTForms field."""
    return [SelectChoice(value, label) for value, label in pairs]
