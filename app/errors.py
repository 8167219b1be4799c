"""Kind error pages, written for children and parents, with the right status codes."""

from flask import Flask, render_template
from flask_wtf.csrf import CSRFError

PAGES = {
    400: "errors/bad-request.html",
    403: "errors/forbidden.html",
    404: "errors/not-found.html",
    410: "errors/gone.html",
    429: "errors/too-many.html",
}


def init_app(app: Flask) -> None:
    @app.errorhandler(CSRFError)
    def _csrf_error(_error):
        return render_template("errors/bad-request.html"), 400

    for status, template in PAGES.items():
        app.register_error_handler(status, _page(template, status))

    @app.errorhandler(500)
    def _server_error(_error):
        return render_template("errors/server-error.html"), 500


def _page(template: str, status: int):
    def handler(_error):
        return render_template(template), status

    return handler
