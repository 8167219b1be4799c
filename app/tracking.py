"""The figures a QA report needs, falling out of everyday work: allocated, returned, and why not."""

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from .models import Campaign, Invite, InviteKind, Response

STATUSES = ("not_sent", "sent", "opened", "started", "completed", "no_answer")


def rate(returned: int, allocated: int) -> int | None:
    """Returned as a whole percentage of allocated; None when nothing was allocated."""
    return round(100 * returned / allocated) if allocated else None


@dataclass
class Row:
    label: str
    allocated: int = 0
    returned: int = 0

    @property
    def rate(self) -> int | None:
        return rate(self.returned, self.allocated)


@dataclass
class Figures:
    allocated: int
    returned: int
    by_status: dict[str, int]
    by_reason: dict[str, int]
    by_practitioner: list[Row] = field(default_factory=list)
    by_audience: list[Row] = field(default_factory=list)
    open_link_responses: int = 0

    @property
    def rate(self) -> int | None:
        return rate(self.returned, self.allocated)


def campaign_figures(session: Session, campaign: Campaign) -> Figures:
    """Personal invites are the allocation; open links are counted apart, as they have no denominator."""
    invites = session.scalars(
        select(Invite)
        .where(Invite.campaign_id == campaign.id, Invite.kind == InviteKind.PERSONAL)
        .options(selectinload(Invite.practitioner))
    ).all()
    statuses = Counter(invite.status for invite in invites)
    practitioners: dict[str, Row] = {}
    audiences: dict[str, Row] = {}
    for invite in invites:
        name = invite.practitioner.name if invite.practitioner else "—"
        for table, key in ((practitioners, name), (audiences, invite.audience)):
            row = table.setdefault(key, Row(key))
            row.allocated += 1
            row.returned += invite.completed_at is not None
    open_responses = session.scalar(
        select(func.count(Response.id))
        .join(Invite, Response.invite_id == Invite.id)
        .where(Invite.campaign_id == campaign.id, Invite.kind == InviteKind.OPEN, Response.submitted_at.is_not(None))
    )
    return Figures(
        allocated=len(invites),
        returned=statuses["completed"],
        by_status={status: statuses[status] for status in STATUSES},
        by_reason=dict(Counter(invite.no_answer_reason for invite in invites if invite.no_answer_reason)),
        by_practitioner=sorted(practitioners.values(), key=lambda row: row.label),
        by_audience=sorted(audiences.values(), key=lambda row: row.label),
        open_link_responses=open_responses or 0,
    )
