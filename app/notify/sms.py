"""Text messages through GOV.UK Notify, with the official client. Off unless ``NOTIFY_API_KEY`` is set."""

from notifications_python_client.errors import APIError
from notifications_python_client.notifications import NotificationsAPIClient
from requests import RequestException


def send_sms(config, to: str, body: str) -> str | None:
    """Send one text through the Notify template that takes a ((message)); return None, or why it failed."""
    client = NotificationsAPIClient(config["NOTIFY_API_KEY"], base_url=config["NOTIFY_BASE_URL"])
    try:
        client.send_sms_notification(
            phone_number=to, template_id=config["NOTIFY_SMS_TEMPLATE_ID"], personalisation={"message": body}
        )
    except APIError as error:
        return f"text not sent: Notify said {error.status_code}: {_first_message(error)}"
    except RequestException as error:
        return f"text not sent: {type(error).__name__}"
    return None


def _first_message(error: APIError) -> str:
    messages = getattr(error, "message", None)
    if isinstance(messages, list) and messages:
        return str(messages[0].get("message", ""))[:200]
    return str(messages)[:200]
