"""The data model, one module per aggregate."""

from .alert import Alert, AlertEvent, AlertOutcome
from .analysis import AnswerAnalysis
from .base import Base, utcnow
from .campaign import Campaign, CampaignKind, ServiceArea
from .invite import Invite, InviteKind, NoAnswerReason
from .message import Message, MessageStatus
from .response import Answer, Response
from .survey import Survey, SurveyVersion
from .user import Role, User, UserRole

__all__ = [
    "Alert",
    "AlertEvent",
    "AlertOutcome",
    "AnswerAnalysis",
    "Answer",
    "Base",
    "Campaign",
    "CampaignKind",
    "Invite",
    "InviteKind",
    "Message",
    "MessageStatus",
    "NoAnswerReason",
    "Response",
    "Role",
    "ServiceArea",
    "Survey",
    "SurveyVersion",
    "User",
    "UserRole",
    "utcnow",
]
