"""The export formats, and the writer of each one that needs no drawing.

Writers are imported when a format is asked for: the spreadsheet and Word
libraries take a good part of a second to import, which ``facilitator export
--format json`` should not pay.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from facilitator.export.report import SessionReport
from facilitator.export.selection import Selection
from facilitator.state import WorkshopState


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"
    MD = "md"
    DOCX = "docx"
    JSON = "json"
    PDF = "pdf"  # the report: a cover, then each board's picture and notes
    PNG = "png"  # a picture of each board
    ZIP = "zip"  # every format together

    @property
    def needs_pictures(self) -> bool:
        """Whether boards are drawn, which takes the desktop app's PictureWriter."""
        return self in (ExportFormat.PDF, ExportFormat.PNG, ExportFormat.ZIP)


# Written from the report alone, in the order the ZIP lists them.
REPORT_FORMATS = (ExportFormat.CSV, ExportFormat.XLSX, ExportFormat.MD, ExportFormat.DOCX)


def report_writer(export_format: ExportFormat) -> Callable[[SessionReport, Path], None]:
    if export_format is ExportFormat.CSV:
        from facilitator.export.tables import write_csv

        return write_csv
    if export_format is ExportFormat.XLSX:
        from facilitator.export.tables import write_xlsx

        return write_xlsx
    if export_format is ExportFormat.MD:
        from facilitator.export.markdown import write_markdown

        return write_markdown
    if export_format is ExportFormat.DOCX:
        from facilitator.export.minutes import write_minutes

        return write_minutes
    raise ValueError(f"{export_format} is not written from the report")


def session_text(state: WorkshopState, selection: Selection, now: datetime) -> str:
    """The JSON session file's text."""
    from facilitator.export.session_json import dumps, export_document

    return dumps(export_document(state, selection, now))
