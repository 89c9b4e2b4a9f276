"""Writing a paginated text document (headings, paragraphs, tables) for the PDF report.

Text goes in through ``QTextCursor.insertText``, which never reads it as
markup: notes come from participants' phones. ``QTextDocument`` breaks pages
between lines and table rows by itself once it knows the page size.
"""

from __future__ import annotations

from PySide6.QtCore import QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPagedPaintDevice,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextLength,
    QTextTable,
    QTextTableCellFormat,
    QTextTableFormat,
)

from ui.export.report_style import BODY_PT, RULE, font, text_units

# What is left of a table's width once the other columns have theirs.
REST = QTextLength(QTextLength.Type.VariableLength, 0)


def fixed(points: float) -> QTextLength:
    return QTextLength(QTextLength.Type.FixedLength, text_units(points))


def share(percent: float) -> QTextLength:
    return QTextLength(QTextLength.Type.PercentageLength, percent)


class DocumentWriter:
    """A document laid out for ``device`` in pages of ``page`` size (device units)."""

    def __init__(self, device: QPagedPaintDevice, page: QSizeF) -> None:
        self.document = QTextDocument()
        self.document.setUndoRedoEnabled(False)
        self.document.documentLayout().setPaintDevice(device)
        self.document.setDefaultFont(font(BODY_PT))
        self.document.setDocumentMargin(0)
        self.document.setPageSize(page)
        self.cursor = QTextCursor(self.document)
        # One edit block around the whole document: otherwise every insertion
        # lays the document out again, which made 1,000 notes take minutes.
        self.cursor.beginEditBlock()
        self._table: QTextTable | None = None
        self._reuse_block = True  # the document's first, empty paragraph

    def done(self) -> QTextDocument:
        self.cursor.endEditBlock()
        return self.document

    def block(self, *, space_before: float = 0.0, space_after: float = 0.0) -> None:
        """Start a paragraph; ``text`` then fills it."""
        form = QTextBlockFormat()
        form.setTopMargin(text_units(space_before))
        form.setBottomMargin(text_units(space_after))
        if self._reuse_block:
            self.cursor.setBlockFormat(form)
            self._reuse_block = False
        else:
            self.cursor.insertBlock(form)

    def text(self, text: str, form: QTextCharFormat) -> None:
        self.cursor.insertText(text, form)

    def paragraph(
        self, text: str, form: QTextCharFormat, *, space_before: float = 0, space_after: float = 0
    ) -> None:
        self.block(space_before=space_before, space_after=space_after)
        self.text(text, form)

    def table(self, rows: int, widths: tuple[QTextLength, ...], *, padding: float = 4.0) -> None:
        """A full-width table; lines only between rows, which guide the eye without clutter."""
        form = QTextTableFormat()
        form.setColumnWidthConstraints(list(widths))
        form.setWidth(share(100))
        form.setCellPadding(text_units(padding))
        form.setCellSpacing(0)
        form.setBorder(0)
        # Cell borders are drawn only when borders collapse.
        form.setBorderCollapse(True)
        form.setTopMargin(text_units(4))
        form.setBottomMargin(text_units(6))
        self._table = self.cursor.insertTable(rows, len(widths), form)
        self._reuse_block = False

    def cell(
        self,
        row: int,
        column: int,
        text: str,
        form: QTextCharFormat,
        *,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        background: QColor | None = None,
    ) -> QTextCursor:
        """Fill a cell of the last table; returns a cursor after the text, to add more."""
        assert self._table is not None, "cell() comes after table()"
        cell = self._table.cellAt(row, column)
        cell_format = QTextTableCellFormat()
        cell_format.setBottomBorder(text_units(0.75))
        cell_format.setBottomBorderBrush(QBrush(RULE))
        cell_format.setBottomBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        if background is not None:
            cell_format.setBackground(QBrush(background))
        cell.setFormat(cell_format)
        cursor = cell.firstCursorPosition()
        block = QTextBlockFormat()
        block.setAlignment(align)
        cursor.setBlockFormat(block)
        cursor.insertText(text, form)
        return cursor

    def end_table(self) -> None:
        """Continue after the table, in the empty paragraph Qt always leaves there."""
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        self._reuse_block = True
