"""The PDF report: a cover, then for each board a page with its picture and pages of its notes.

Everything is in the session's language (the report's catalogue), not the
app's: a Finnish workshop gets a Finnish report from an English desktop.
Board pictures are vector drawings of the app's own items, so they stay sharp
at any zoom, on a page turned to the board's shape; the text is laid out by
:mod:`ui.export.report_documents`.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QPen, QTextDocument

from facilitator import settings
from facilitator.export.markdown import notes_text, votes_text
from facilitator.export.minutes import QUESTION
from facilitator.export.pictures import Progress
from facilitator.export.report import BoardEntry, SessionReport
from ui.export.board_picture import BoardPicture
from ui.export.report_documents import board_note_count, cover_document, notes_document
from ui.export.report_style import (
    FOOTER_PT,
    INK,
    MARGIN_MM,
    MUTED,
    RESOLUTION,
    RULE,
    device_units,
    font,
)

PORTRAIT = QPageLayout.Orientation.Portrait
LANDSCAPE = QPageLayout.Orientation.Landscape
_TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


@dataclass
class _Board:
    entry: BoardEntry
    picture: BoardPicture
    notes: QTextDocument
    first_page: int = 0

    @property
    def orientation(self) -> QPageLayout.Orientation:
        wide = self.picture.rect.width() >= self.picture.rect.height()
        return LANDSCAPE if wide else PORTRAIT


def _layout(orientation: QPageLayout.Orientation) -> QPageLayout:
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    a4 = QPageSize(QPageSize.PageSizeId.A4)
    return QPageLayout(a4, orientation, margins, QPageLayout.Unit.Millimeter)


class _Pages:
    """The PDF writer and its painter, page by page, with a footer on each."""

    def __init__(self, path: Path, report: SessionReport) -> None:
        self.writer = QPdfWriter(str(path))
        self.writer.setResolution(RESOLUTION)
        self.writer.setTitle(report.title)
        self.writer.setCreator(settings.APP_NAME)
        self.writer.setPageLayout(_layout(PORTRAIT))
        self.painter = QPainter()
        self.report = report
        self.total = 0
        self.number = 0

    def area(self) -> QRectF:
        """Where a page's content goes, above the footer, in painter coordinates."""
        rect = self.writer.pageLayout().paintRectPixels(RESOLUTION)
        return QRectF(0.0, 0.0, rect.width(), rect.height() - device_units(FOOTER_PT * 3))

    def begin(self) -> None:
        if not self.painter.begin(self.writer):
            raise OSError(errno.EIO, "the PDF file could not be written")
        self.number = 1

    def next(self, orientation: QPageLayout.Orientation) -> None:
        # A new layout applies from the next page on.
        if self.writer.pageLayout().orientation() != orientation:
            self.writer.setPageLayout(_layout(orientation))
        self.writer.newPage()
        self.number += 1

    def end(self) -> None:
        self.painter.end()

    def footer(self) -> None:
        area = self.area()
        height = device_units(FOOTER_PT * 1.5)
        band = QRectF(0.0, area.bottom() + height, area.width(), height)
        painter = self.painter
        painter.save()
        painter.setPen(QPen(RULE, device_units(0.5)))
        painter.drawLine(band.topLeft(), band.topRight())
        painter.setFont(font(FOOTER_PT))
        painter.setPen(MUTED)
        text = band.adjusted(0, device_units(2), 0, 0)
        painter.drawText(text, _TOP_LEFT, self.report.title)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        painter.drawText(text, right, f"{self.number} / {self.total}")
        painter.restore()

    def document(self, document: QTextDocument) -> None:
        """Every page of a laid-out document (portrait), starting on the current page."""
        size = document.pageSize()
        for index in range(document.pageCount()):
            if index:
                self.next(PORTRAIT)
            top = index * size.height()
            self.painter.save()
            self.painter.translate(0, -top)
            document.drawContents(self.painter, QRectF(0, top, size.width(), size.height()))
            self.painter.restore()
            self.footer()

    def picture(self, board: _Board) -> None:
        """The board's title, question, counts, and the whole board below them."""
        report, entry, painter = self.report, board.entry, self.painter
        area = self.area()
        painter.save()
        painter.setPen(INK)
        painter.setFont(font(17, bold=True))
        height = painter.fontMetrics().height()
        painter.drawText(QRectF(area.left(), 0, area.width(), height), _TOP_LEFT, entry.board.title)
        top = height + device_units(4)
        if entry.board.question:
            painter.setFont(font(11, italic=True))
            question = f"{report.tr(QUESTION)}: {entry.board.question}"
            wrap = int(Qt.TextFlag.TextWordWrap)
            room = QRectF(area.left(), top, area.width(), area.height() / 4)
            bounds = painter.boundingRect(room, wrap, question)
            painter.drawText(bounds, wrap, question)
            top = bounds.bottom() + device_units(2)
        votes = sum(n.votes for n in entry.notes) + sum(c.votes for c in entry.clusters)
        facts = notes_text(report, board_note_count(entry))
        if votes:
            facts += f" · {votes_text(report, votes)}"
        painter.setFont(font(9.5))
        painter.setPen(MUTED)
        height = painter.fontMetrics().height()
        painter.drawText(QRectF(area.left(), top, area.width(), height), _TOP_LEFT, facts)
        top += height + device_units(8)
        placed = board.picture.paint(
            painter, QRectF(area.left(), top, area.width(), area.bottom() - top)
        )
        painter.setPen(QPen(RULE, device_units(0.75)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(placed)
        painter.restore()
        self.footer()


def write_report_pdf(report: SessionReport, path: Path, progress: Progress) -> None:
    pages = _Pages(path, report)
    page = pages.area().size()
    boards = [
        _Board(entry, BoardPicture(entry), notes_document(report, pages.writer, page, entry))
        for entry in report.boards
    ]
    # The cover lists the page each board starts on, which depends on the
    # cover's own length; a page number never changes how long the cover is.
    cover = cover_document(report, pages.writer, page, [0] * len(boards))
    number = cover.pageCount() + 1
    for board in boards:
        board.first_page = number
        number += 1 + board.notes.pageCount()
    cover = cover_document(report, pages.writer, page, [b.first_page for b in boards])
    pages.total = number - 1
    pages.begin()
    try:
        pages.document(cover)
        progress(1 / (len(boards) + 1))
        for index, board in enumerate(boards):
            pages.next(board.orientation)
            pages.picture(board)
            pages.next(PORTRAIT)
            pages.document(board.notes)
            progress((index + 2) / (len(boards) + 1))
    finally:
        pages.end()
