"""ZIP files: the pictures of several boards, or every format of a session together.

Everything sits in one folder inside the archive (the exporter names it like
the archive), so that unpacking it never scatters files among the reader's own. Formats that
are compressed already (PNG, PDF, XLSX, DOCX) are stored as they are:
compressing them again costs time and saves nothing.
"""

from __future__ import annotations

import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

from facilitator.export.formats import REPORT_FORMATS, ExportFormat, report_writer, session_text
from facilitator.export.pictures import PictureWriter, Progress, picture_name
from facilitator.export.report import SessionReport
from facilitator.export.selection import Selection
from facilitator.i18n import QT_TRANSLATE_NOOP
from facilitator.state import WorkshopState

# The folder of board pictures inside the ZIP of every format.
PICTURES_FOLDER = QT_TRANSLATE_NOOP("export", "Pictures")
_STORED = {ExportFormat.XLSX, ExportFormat.DOCX, ExportFormat.PDF, ExportFormat.PNG}


def _compression(export_format: ExportFormat) -> int:
    return zipfile.ZIP_STORED if export_format in _STORED else zipfile.ZIP_DEFLATED


def _part(progress: Progress, start: float, share: float) -> Progress:
    """A progress callback for one part of a longer job."""
    return lambda done: progress(start + share * done)


def _add_pictures(
    archive: zipfile.ZipFile,
    report: SessionReport,
    folder: str,
    *,
    scratch: Path,
    pictures: PictureWriter,
    progress: Progress,
) -> None:
    count = len(report.boards)
    for index, board in enumerate(report.boards):
        name = picture_name(index + 1, board.board.title)
        path = scratch / name
        pictures.board_png(board, path)
        archive.write(path, f"{folder}/{name}", _compression(ExportFormat.PNG))
        path.unlink()
        progress((index + 1) / count)


def write_picture_zip(
    report: SessionReport, path: Path, folder: str, pictures: PictureWriter, progress: Progress
) -> None:
    """One PNG per board, in ``folder`` inside the ZIP at ``path``."""
    with (
        tempfile.TemporaryDirectory(prefix="facilitator-export-") as scratch,
        zipfile.ZipFile(path, "w") as archive,
    ):
        _add_pictures(
            archive, report, folder, scratch=Path(scratch), pictures=pictures, progress=progress
        )


def write_bundle(
    state: WorkshopState,
    report: SessionReport,
    path: Path,
    *,
    selection: Selection,
    now: datetime,
    folder: str,
    pictures: PictureWriter,
    progress: Progress,
) -> None:
    """Every format of the session in one ZIP at ``path``, in ``folder`` inside it.

    JSON, CSV, XLSX, Markdown, DOCX and PDF are named like the folder; the
    board pictures are in a folder of their own.
    """
    boards = len(report.boards)
    # Drawing takes most of the time, and grows with the number of boards.
    weights = {
        **dict.fromkeys(REPORT_FORMATS, 1.0),
        ExportFormat.JSON: 1.0,
        ExportFormat.PDF: 1.0 + boards,
        ExportFormat.PNG: float(max(boards, 1)),
    }
    total = sum(weights.values())
    done = 0.0

    def part(export_format: ExportFormat) -> Progress:
        return _part(progress, done / total, weights[export_format] / total)

    with (
        tempfile.TemporaryDirectory(prefix="facilitator-export-") as scratch_name,
        zipfile.ZipFile(path, "w") as archive,
    ):
        scratch = Path(scratch_name)
        stem = f"{folder}/{folder}"
        archive.writestr(
            f"{stem}.json",
            session_text(state, selection, now),
            _compression(ExportFormat.JSON),
        )
        done += weights[ExportFormat.JSON]
        progress(done / total)
        for export_format in REPORT_FORMATS:
            file = scratch / f"part.{export_format.value}"
            report_writer(export_format)(report, file)
            archive.write(file, f"{stem}.{export_format.value}", _compression(export_format))
            file.unlink()
            done += weights[export_format]
            progress(done / total)
        pdf = scratch / "report.pdf"
        pictures.report_pdf(report, pdf, part(ExportFormat.PDF))
        archive.write(pdf, f"{stem}.pdf", _compression(ExportFormat.PDF))
        pdf.unlink()
        done += weights[ExportFormat.PDF]
        pictures_folder = f"{folder}/{report.tr(PICTURES_FOLDER)}"
        _add_pictures(
            archive,
            report,
            pictures_folder,
            scratch=scratch,
            pictures=pictures,
            progress=part(ExportFormat.PNG),
        )
    progress(1.0)
