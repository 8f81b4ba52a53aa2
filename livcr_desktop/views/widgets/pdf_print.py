"""Printing a PDF from memory: PDFium renders each page, QPrinter prints the images.

Nothing is written to disk: the pages stay in memory (the minutes are covered by professional
secrecy, so no temporary file may hold them).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter


def page_images(pdf: bytes, dpi: int = 150) -> list[QImage]:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    images = []
    try:
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72)
            pil = bitmap.to_pil().convert("RGB")
            data = pil.tobytes("raw", "RGB")
            image = QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888).copy()
            images.append(image)
            page.close()
    finally:
        document.close()
    return images


def print_dpi(printer: QPrinter) -> int:
    """The resolution the pages are rendered at for ``printer`` (between 96 and 300 dpi)."""
    return min(300, max(96, printer.resolution()))


def paint_pdf(printer: QPrinter, pdf: bytes) -> int:
    """Paint every page of ``pdf`` on ``printer`` (also used by the print preview). Returns pages."""
    return paint_images(printer, page_images(pdf, dpi=print_dpi(printer)))


def paint_images(printer: QPrinter, images: list[QImage]) -> int:
    """Paint pages rendered beforehand (:func:`page_images`, which may run off the GUI thread: a
    ``QImage`` is not a widget) on ``printer``, one a page, on A4. Returns pages."""
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, printer.pageLayout().margins()
        )
    )
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for i, image in enumerate(images):
            if i:
                printer.newPage()
            target = QRectF(painter.viewport())
            scaled = image.size().scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(0, 0, scaled.width(), scaled.height())
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
    finally:
        painter.end()
    return len(images)
