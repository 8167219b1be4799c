"""An invite's public link and its QR code, as SVG (for pages and print) and PNG (to download)."""

import io
from functools import lru_cache

import qrcode
import qrcode.image.pure
from qrcode.constants import ERROR_CORRECT_M

from .models.invite import Invite, link_token


def invite_url(base_url: str, key: str, invite: Invite) -> str:
    return f"{base_url.rstrip('/')}/s/{link_token(key, invite.token_salt)}"


def _matrix(data: str) -> list[list[bool]]:
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=2)
    code.add_data(data)
    code.make(fit=True)
    return code.get_matrix()


@lru_cache(maxsize=1024)
def qr_svg(data: str) -> str:
    """A QR code as one SVG path; each row's dark runs are one rectangle, which keeps it small and fast."""
    matrix = _matrix(data)
    parts = []
    for y, row in enumerate(matrix):
        x = 0
        while x < len(row):
            if row[x]:
                start = x
                while x < len(row) and row[x]:
                    x += 1
                parts.append(f"M{start} {y}h{x - start}v1h-{x - start}z")
            else:
                x += 1
    size = len(matrix)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" class="qr" aria-hidden="true"'
        f' focusable="false" shape-rendering="crispEdges"><rect width="{size}" height="{size}" fill="#fff"/>'
        f'<path d="{"".join(parts)}" fill="#000"/></svg>'
    )


def qr_png(data: str, box_size: int = 10) -> bytes:
    """A QR code as a PNG image (pure Python, no imaging library)."""
    image = qrcode.make(
        data, image_factory=qrcode.image.pure.PyPNGImage, box_size=box_size, border=2, error_correction=ERROR_CORRECT_M
    )
    out = io.BytesIO()
    image.save(out)
    return out.getvalue()
