"""The data model, one module per aggregate."""

from .base import Base, utcnow
from .campaign import Campaign, Invite, InviteKind
from .response import Answer, Response
from .survey import Survey, SurveyVersion
from .user import Role, User, UserRole

__all__ = [
    "Answer",
    "Base",
    "Campaign",
    "Invite",
    "InviteKind",
    "Response",
    "Role",
    "Survey",
    "SurveyVersion",
    "User",
    "UserRole",
    "utcnow",
]
