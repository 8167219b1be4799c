"""Logging that never carries a link token: request lines are logged with the token cut out."""

import logging
import re

TOKEN_IN_PATH = re.compile(r"/s/[A-Za-z0-9_-]{6,}")


class HideTokens(logging.Filter):
    """Replace the secret part of respondent links in any log line with ``/s/…``."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            record.args = tuple(TOKEN_IN_PATH.sub("/s/…", arg) if isinstance(arg, str) else arg for arg in record.args)
        if isinstance(record.msg, str):
            record.msg = TOKEN_IN_PATH.sub("/s/…", record.msg)
        return True


def init_app(app) -> None:
    for name in ("werkzeug", "gunicorn.access", "gunicorn.error", app.logger.name):
        logger = logging.getLogger(name)
        if not any(isinstance(existing, HideTokens) for existing in logger.filters):
            logger.addFilter(HideTokens())
