"""Email through the council's SMTP server (``MAIL_*`` settings)."""

import smtplib
from email.message import EmailMessage
from email.utils import make_msgid


def send_email(config, to: str, subject: str, body: str) -> str | None:
    """Send one plain-text email; return None, or why it failed."""
    message = EmailMessage()
    message["From"] = config["MAIL_DEFAULT_SENDER"]
    message["To"] = to
    message["Subject"] = subject
    message["Message-ID"] = make_msgid(domain=config["MAIL_DEFAULT_SENDER"].rpartition("@")[2] or None)
    message.set_content(body)
    try:
        with smtplib.SMTP(config["MAIL_SERVER"], int(config["MAIL_PORT"]), timeout=10) as smtp:
            if config.get("MAIL_USE_TLS"):
                smtp.starttls()
            if config.get("MAIL_USERNAME"):
                smtp.login(config["MAIL_USERNAME"], config["MAIL_PASSWORD"])
            smtp.send_message(message)
    except (TimeoutError, smtplib.SMTPException, OSError) as error:
        return f"email not sent: {type(error).__name__}: {_reason(error)}"
    return None


def _reason(error: Exception) -> str:
    # SMTP errors can quote the address back; keep the code and the server's words without it.
    text = str(error)
    return text.split("<")[0][:200]
