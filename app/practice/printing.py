"""QR codes to download, a printable A4 sheet of cards (8 a page) and an A4 poster for open links."""

from flask import Response, render_template, request

from ..links import qr_png, qr_svg
from . import bp
from .invites import get_invite, get_invites, link_for

CARDS_PER_PAGE = 8


@bp.get("/invites/<int:invite_id>/qr.svg")
def invite_qr_svg(invite_id: int):
    svg = qr_svg(link_for(get_invite(invite_id)))
    return Response(
        svg, mimetype="image/svg+xml", headers={"Content-Disposition": f"inline; filename=invite-{invite_id}.svg"}
    )


@bp.get("/invites/<int:invite_id>/qr.png")
def invite_qr_png(invite_id: int):
    png = qr_png(link_for(get_invite(invite_id)))
    return Response(
        png, mimetype="image/png", headers={"Content-Disposition": f"attachment; filename=invite-{invite_id}.png"}
    )


@bp.get("/cards")
def print_cards():
    """Cards for the chosen invites: QR code, short link, a friendly line and the practitioner's name."""
    cards = []
    for invite in get_invites(request.args.get("ids", "")):
        link = link_for(invite)
        cards.append({"invite": invite, "link": link, "qr": qr_svg(link)})
    pages = [cards[start : start + CARDS_PER_PAGE] for start in range(0, len(cards), CARDS_PER_PAGE)]
    return render_template("practice/cards.html", pages=pages)


@bp.get("/invites/<int:invite_id>/poster")
def print_poster(invite_id: int):
    invite = get_invite(invite_id)
    link = link_for(invite)
    return render_template("practice/poster.html", invite=invite, link=link, qr=qr_svg(link))
