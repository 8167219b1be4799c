"""Sending an invite's link by email (SMTP) or text message (GOV.UK Notify), behind one small interface.

``send(config, channel, to, subject, body)`` returns None when the message went, or the sender's reason
when it did not. It never raises for a delivery problem, and never logs the address or the text.
"""

from .email import send_email
from .sms import send_sms


def available_channels(config) -> list[str]:
    """The channels this install can send by: email when SMTP is set up, text when a Notify key is."""
    channels = []
    if config.get("MAIL_SERVER"):
        channels.append("email")
    if config.get("NOTIFY_API_KEY"):
        channels.append("sms")
    return channels


def send(config, channel: str, to: str, subject: str, body: str) -> str | None:
    if channel not in available_channels(config):
        return f"{channel} is not set up on this Tellus"
    if channel == "email":
        return send_email(config, to, subject, body)
    return send_sms(config, to, body)
