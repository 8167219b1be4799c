"""The words of an invite or reminder, in the invite's language, and sending them."""

from flask_babel import force_locale
from flask_babel import gettext as _
from sqlalchemy.orm import Session

from ..links import invite_url
from ..models.message import Channel, Message, Purpose, record_attempt
from . import send

CHILD = {"child_4_7", "child_8_12"}


def compose(message: Message, link: str) -> tuple[str, str]:
    """Subject and body for one message, in the invite's language and its audience's words."""
    invite = message.invite
    worker = invite.practitioner
    with force_locale(invite.language):
        sender = (
            _("%(name)s from %(team)s", name=worker.first_name, team=worker.team or _("your council"))
            if worker
            else _("Your council")
        )
        if message.purpose == Purpose.REMINDER:
            subject = _("A reminder: we would still like to hear from you")
            opening = _("Just a reminder. %(sender)s would still like to know what you think.", sender=sender)
        elif invite.audience in CHILD:
            subject = _("We would like to know what you think")
            opening = _(
                "Hello. %(sender)s would like to know what you think. It only takes a few minutes.", sender=sender
            )
        else:
            subject = _("Tell us about your experience")
            opening = _(
                "Hello. %(sender)s would like to hear about your experience of working with us. "
                "It takes about five minutes.",
                sender=sender,
            )
        middle = _("You can skip any question. Open this link to start:")
        closing = _("If you do not want to answer, you do not need to do anything.")
    if message.channel == Channel.SMS:
        return subject, f"{opening} {middle} {link}"
    return subject, f"{opening}\n\n{middle}\n{link}\n\n{closing}\n"


def deliver(session: Session, message: Message, config) -> bool:
    """Try to send one message now and record what happened; True if it went."""
    invite = message.invite
    address = invite.contact_email if message.channel == Channel.EMAIL else invite.contact_phone
    if not address:
        record_attempt(session, message, f"no {message.channel} address for this invite")
        return False
    subject, body = compose(message, invite_url(config["PUBLIC_BASE_URL"], config["LINK_KEY"], invite))
    error = send(config, message.channel, address, subject, body)
    record_attempt(session, message, error)
    return error is None
