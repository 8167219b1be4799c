"""Settings from the environment. The only module that reads ``os.environ``."""

import os
import secrets
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def from_environment() -> dict:
    """Return the app's settings, read from environment variables with safe defaults."""
    instance = Path(os.environ.get("TELLUS_INSTANCE", ROOT / "instance"))
    secret_key = os.environ.get("SECRET_KEY") or _development_secret(instance)
    return {
        "SECRET_KEY": secret_key,
        # Keys the tokens in invite links; changing it breaks every link already given out.
        "LINK_KEY": os.environ.get("LINK_KEY") or secret_key,
        "DATABASE_URL": os.environ.get("DATABASE_URL", f"sqlite:///{instance / 'tellus.db'}"),
        "SURVEY_DIR": os.environ.get("SURVEY_DIR", str(ROOT / "surveys")),
        "BABEL_TRANSLATION_DIRECTORIES": os.environ.get("TRANSLATIONS_DIR", str(ROOT / "translations")),
        "BABEL_DEFAULT_LOCALE": "en",
        "BABEL_DEFAULT_TIMEZONE": os.environ.get("TIMEZONE", "Europe/London"),
        "LANGUAGES": os.environ.get("LANGUAGES", "en").split(","),
        "PUBLIC_BASE_URL": os.environ.get("PUBLIC_BASE_URL", "http://127.0.0.1:5000"),
        # Where "Leave this page quickly" takes a person: a busy, neutral site.
        "QUICK_EXIT_URL": os.environ.get("QUICK_EXIT_URL", "https://www.bbc.co.uk/weather"),
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": _bool("SESSION_COOKIE_SECURE", False),
        "PERMANENT_SESSION_LIFETIME": timedelta(hours=int(os.environ.get("SESSION_HOURS", "8"))),
        # A child may leave a page open for hours: respondent forms carry their own, longer limit.
        "WTF_CSRF_TIME_LIMIT": 3600,
        "RESPONDENT_CSRF_TIME_LIMIT": int(os.environ.get("RESPONDENT_CSRF_HOURS", "72")) * 3600,
        # Pages travel compressed: a first question fits in one round trip on a slow phone connection.
        "COMPRESS_ALGORITHM": ["br", "gzip", "deflate"],
        "COMPRESS_ALGORITHM_STREAMING": ["br", "deflate"],  # static files are streamed
        "COMPRESS_MIN_SIZE": 256,
        "SEND_FILE_MAX_AGE_DEFAULT": 31536000,  # static files carry a version in their URL
        "RATELIMIT_STORAGE_URI": os.environ.get("RATELIMIT_STORAGE_URI", "memory://"),
        "RATELIMIT_HEADERS_ENABLED": False,
        "STAFF_IDLE_MINUTES": int(os.environ.get("STAFF_IDLE_MINUTES", "60")),
        "MAIL_SERVER": os.environ.get("MAIL_SERVER", ""),
        "MAIL_PORT": int(os.environ.get("MAIL_PORT", "25")),
        "MAIL_USE_TLS": _bool("MAIL_USE_TLS"),
        "MAIL_USERNAME": os.environ.get("MAIL_USERNAME", ""),
        "MAIL_PASSWORD": os.environ.get("MAIL_PASSWORD", ""),
        "MAIL_DEFAULT_SENDER": os.environ.get("MAIL_DEFAULT_SENDER", "tellus@localhost"),
        "NOTIFY_API_KEY": os.environ.get("NOTIFY_API_KEY", ""),
        "NOTIFY_BASE_URL": os.environ.get("NOTIFY_BASE_URL", "https://api.notifications.service.gov.uk"),
        "NOTIFY_SMS_TEMPLATE_ID": os.environ.get("NOTIFY_SMS_TEMPLATE_ID", ""),
        # Safeguarding: where alert emails go, and how long a person has to respond to one.
        "SAFEGUARDING_INBOX": os.environ.get("SAFEGUARDING_INBOX", ""),
        "ALERT_RESPONSE_WORKING_DAYS": int(os.environ.get("ALERT_RESPONSE_WORKING_DAYS", "1")),
        "HOLIDAY_REGION": os.environ.get("HOLIDAY_REGION", "GB-ENG"),
        "THEMES_FILE": os.environ.get("THEMES_FILE", ""),
        "RESUME_DAYS": int(os.environ.get("RESUME_DAYS", "30")),
        "OPEN_LINK_DAYS": int(os.environ.get("OPEN_LINK_DAYS", "365")),
        "PERSONAL_LINK_DAYS": int(os.environ.get("PERSONAL_LINK_DAYS", "90")),
    }


def _development_secret(instance: Path) -> str:
    """Keep one random key per checkout so sessions survive a restart of ``make run``."""
    instance.mkdir(parents=True, exist_ok=True)
    key_file = instance / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_hex(32))
        key_file.chmod(0o600)
    return key_file.read_text().strip()
