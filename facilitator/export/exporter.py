"""Writing a session to a file in any of the export formats.

Every file is written to a temporary file next to the target and moved into
place only when complete: a full disk or a crash never leaves half a file
under the name the user chose, and never touches an earlier export.

PDF and PNG draw boards, which takes Qt: the caller passes a
:class:`~facilitator.export.pictures.PictureWriter` for them (the desktop app
and its ``facilitator export`` command do).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path

from facilitator.errors import FacilitatorError
from facilitator.export.bundle import write_bundle, write_picture_zip
from facilitator.export.formats import ExportFormat, report_writer, session_text
from facilitator.export.pictures import PictureWriter, Progress, no_progress, picture_name
from facilitator.export.report import SessionReport, build_report
from facilitator.export.selection import Selection
from facilitator.i18n import QT_TRANSLATE_NOOP
from facilitator.state import WorkshopState

__all__ = ["ExportError", "ExportFormat", "export_session"]


class ExportError(FacilitatorError):
    code = "export_failed"


def _cannot_write(folder: Path, exc: OSError) -> ExportError:
    return ExportError(
        QT_TRANSLATE_NOOP("errors", "Cannot write to {folder}: {reason}"),
        folder=str(folder),
        reason=exc.strerror or str(exc),
    )


def _file_mode() -> int:
    """The permissions a new file gets here: read for everyone the user's umask allows."""
    # The umask can only be read by setting it; this runs once, at import.
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


# Temporary files are private (0600); the finished export is an ordinary file.
_FILE_MODE = _file_mode()


def _written(target: Path, write: Callable[[Path], object]) -> Path:
    """Write through a temporary file in the same folder, then move it into place."""
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=".export-", suffix=target.suffix, dir=folder)
        os.close(handle)
        temporary = Path(name)
    except OSError as exc:
        raise _cannot_write(folder, exc) from exc
    try:
        write(temporary)
        temporary.chmod(_FILE_MODE)
        temporary.replace(target)
    except OSError as exc:
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "errors", "The export to {path} failed: {reason}. Nothing was changed."
            ),
            path=str(target),
            reason=exc.strerror or str(exc),
        ) from exc
    finally:
        temporary.unlink(missing_ok=True)
    return target


def _pictures(
    report: SessionReport, target: Path, pictures: PictureWriter, progress: Progress
) -> Path:
    """A PNG file for one board; several go into a ZIP (``.zip``) or else a folder."""
    boards = report.boards
    suffix = target.suffix.lower()
    if suffix == ".png":
        if len(boards) != 1:
            raise ExportError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{count} boards make {count} pictures: choose one board, "
                    "or save them in a folder or a .zip file.",
                ),
                count=len(boards),
            )
        return _written(target, lambda path: pictures.board_png(boards[0], path))
    if suffix == ".zip":
        return _written(
            target,
            lambda path: write_picture_zip(report, path, target.stem, pictures, progress),
        )
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _cannot_write(target, exc) from exc
    for index, board in enumerate(boards):
        draw = partial(pictures.board_png, board)
        _written(target / picture_name(index + 1, board.board.title), draw)
        progress((index + 1) / len(boards))
    return target


def export_session(
    state: WorkshopState,
    export_format: ExportFormat,
    target: Path,
    selection: Selection,
    now: datetime,
    *,
    pictures: PictureWriter | None = None,
    progress: Progress = no_progress,
) -> Path:
    """Write ``state`` (a snapshot, or read under the service lock) to ``target``.

    Returns what was written: ``target``, or for PNG pictures of several
    boards the folder holding them.
    """
    if export_format is ExportFormat.JSON:
        text = session_text(state, selection, now)
        written = _written(target, lambda path: path.write_text(text, encoding="utf-8"))
    elif not export_format.needs_pictures:
        report = build_report(state, selection, now)
        writer = report_writer(export_format)
        written = _written(target, lambda path: writer(report, path))
    elif pictures is None:
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "errors", "PDF and PNG exports draw the boards, which needs the desktop app."
            )
        )
    else:
        report = build_report(state, selection, now)
        if export_format is ExportFormat.PDF:
            written = _written(target, lambda path: pictures.report_pdf(report, path, progress))
        elif export_format is ExportFormat.PNG:
            written = _pictures(report, target, pictures, progress)
        else:
            written = _written(
                target,
                lambda path: write_bundle(
                    state,
                    report,
                    path,
                    selection=selection,
                    now=now,
                    folder=target.stem,
                    pictures=pictures,
                    progress=progress,
                ),
            )
    progress(1.0)
    return written
