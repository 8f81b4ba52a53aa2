"""Render the application icon from ``resources/icons/livcr-desktop.svg`` with Qt.

    python packaging/make_icons.py

Writes ``resources/icons/livcr-desktop-<size>.png`` for every size in :data:`SIZES` (Linux: the
hicolor icon theme, see ``packaging/linux/install.sh``) and ``resources/icons/livcr-desktop.ico``
(Windows: the executable and the installer) holding the same sizes: 32-bit BMP images below 256
pixels, PNG at 256, as Windows' own icons are. Only PySide6-Essentials is needed (QtSvg); the
``offscreen`` platform is used when no other is chosen. Run it again after changing the SVG.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path
from typing import cast

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

REPO = Path(__file__).resolve().parents[1]
ICONS = REPO / "resources" / "icons"
NAME = "livcr-desktop"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        raise OSError(f"PNG encoding failed: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image: QImage) -> bytes:
    """An icon's BMP image: BITMAPINFOHEADER, BGRA rows bottom-up, then the 1-bit transparency mask."""
    width, height = image.width(), image.height()
    # BGRA on little endian (the stubs type the scan line as object: it is a memoryview)
    rows = [bytes(cast(memoryview, image.constScanLine(y)))[: width * 4] for y in range(height)]
    mask_stride = ((width + 31) // 32) * 4
    mask_rows = []
    for row in rows:
        bits = bytearray(mask_stride)
        for x in range(width):
            if row[4 * x + 3] == 0:  # fully transparent
                bits[x // 8] |= 0x80 >> (x % 8)
        mask_rows.append(bytes(bits))
    pixels = b"".join(reversed(rows))
    mask = b"".join(reversed(mask_rows))
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, len(pixels) + len(mask), 0, 0, 0, 0)
    return header + pixels + mask


def ico_bytes(images: list[QImage]) -> bytes:
    """A multi-size .ico file (ICONDIR, one ICONDIRENTRY per image, then the images)."""
    payloads = [png_bytes(img) if img.width() >= 256 else dib_bytes(img) for img in images]
    offset = 6 + 16 * len(images)
    directory = struct.pack("<HHH", 0, 1, len(images))
    for img, payload in zip(images, payloads, strict=True):
        directory += struct.pack("<BBBBHHII", img.width() % 256, img.height() % 256, 0, 0, 1, 32, len(payload), offset)
        offset += len(payload)
    return directory + b"".join(payloads)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = ICONS / f"{NAME}.svg"
    images = [render(svg, size) for size in SIZES]
    for size, image in zip(SIZES, images, strict=True):
        target = ICONS / f"{NAME}-{size}.png"
        target.write_bytes(png_bytes(image))
        print(f"{target.relative_to(REPO)}: {size}x{size}")
    ico = ICONS / f"{NAME}.ico"
    ico.write_bytes(ico_bytes(images))
    print(f"{ico.relative_to(REPO)}: {', '.join(str(s) for s in SIZES)}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
