"""The desktop app's :class:`~facilitator.export.pictures.PictureWriter`: PNG and PDF with Qt.

It needs a QGuiApplication (fonts) but no window, and may run on any thread:
it only paints on images and PDF files.
"""

from __future__ import annotations

from pathlib import Path

from facilitator.export.pictures import Progress
from facilitator.export.report import BoardEntry, SessionReport
from ui.export.png import write_board_png
from ui.export.report_pdf import write_report_pdf


class QtPictureWriter:
    def board_png(self, board: BoardEntry, path: Path) -> None:
        write_board_png(board, path)

    def report_pdf(self, report: SessionReport, path: Path, progress: Progress) -> None:
        write_report_pdf(report, path, progress)
