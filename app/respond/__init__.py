"""The respondent's pages: a survey reached by a personal or open link at ``/s/<token>``."""

from flask import Blueprint

bp = Blueprint("respond", __name__, url_prefix="/s")

from . import views  # noqa: E402, F401  (views register themselves on the blueprint)
