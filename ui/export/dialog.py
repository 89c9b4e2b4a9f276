"""The export dialog: which formats, which boards, hidden notes or not, and where.

Reached from the board screen (the Export button or Ctrl+E) and from each
session in the sessions list. Exports run on a worker thread (see
:mod:`ui.export.job`): the dialog shows their progress and the board behind it
keeps taking notes. When done, one tap opens the folder; when an export
fails, the dialog says why in the user's language and nothing half-written is
left behind.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from facilitator.domain import utc_now
from facilitator.errors import FacilitatorError
from facilitator.export.exporter import ExportFormat
from facilitator.export.pictures import PictureWriter, file_stem
from facilitator.export.selection import Selection
from facilitator.state import WorkshopState
from ui.controls import TOUCH_COMFORT, ElidedLabel, button_text, plain_label, touch_button
from ui.dialogs import fit_to_screen, prepare_dialog
from ui.export.job import ExportJob, ExportPlan
from ui.export.writer import QtPictureWriter
from ui.i18n import translate

FORMAT_COLUMNS = 3
BOARD_COLUMNS = 3


def open_in_file_manager(folder: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def default_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


class ExportDialog(QDialog):
    progressChanged = Signal(int)  # percent done
    exportFinished = Signal(list)  # the paths written
    exportFailed = Signal(str)  # the message shown

    def __init__(
        self,
        parent: QWidget,
        snapshot: Callable[[], WorkshopState],
        *,
        folder: Path | None = None,
        pictures: PictureWriter | None = None,
        open_folder: Callable[[Path], object] = open_in_file_manager,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        super().__init__(parent)
        self._snapshot = snapshot
        self._open_folder = open_folder
        self._clock = clock
        self._folder = folder or default_folder()
        self._written_folder: Path | None = None
        self._job = ExportJob(pictures or QtPictureWriter(), self)
        self._job.progressed.connect(self._show_progress)
        self._job.succeeded.connect(self._finished)
        self._job.failed.connect(self._failed)
        state = snapshot()
        layout = prepare_dialog(self, self.tr("Export session"))

        layout.addWidget(plain_label(self.tr("Formats"), "sectionLabel"))
        self.format_buttons: dict[ExportFormat, QPushButton] = {}
        formats = QGridLayout()
        formats.setSpacing(12)
        for index, (export_format, text, description) in enumerate(self._format_texts()):
            button = touch_button(
                text, text, description, role="choice", checkable=True, keeps_focus_elsewhere=False
            )
            self.format_buttons[export_format] = button
            formats.addWidget(button, index // FORMAT_COLUMNS, index % FORMAT_COLUMNS)
        self.format_buttons[ExportFormat.PDF].setChecked(True)
        layout.addLayout(formats)

        layout.addWidget(plain_label(self.tr("Boards"), "sectionLabel"))
        self.board_buttons: dict[str, QPushButton] = {}
        boards = QGridLayout()
        boards.setSpacing(12)
        for index, board in enumerate(state.ordered_boards()):
            button = touch_button(
                button_text(board.title),
                self.tr("Include board {title}").format(title=board.title),
                role="choice",
                checkable=True,
                keeps_focus_elsewhere=False,
            )
            button.setChecked(True)
            self.board_buttons[board.id] = button
            boards.addWidget(button, index // BOARD_COLUMNS, index % BOARD_COLUMNS)
        layout.addLayout(boards)
        self.hidden_button = touch_button(
            self.tr("Include hidden notes"),
            self.tr("Include hidden notes"),
            self.tr("Also export notes hidden from everyone and notes not revealed yet"),
            role="switch",
            checkable=True,
            keeps_focus_elsewhere=False,
        )
        layout.addWidget(self.hidden_button, 0, Qt.AlignmentFlag.AlignLeft)

        layout.addWidget(plain_label(self.tr("Save as"), "sectionLabel"))
        self.name_edit = QLineEdit(file_stem(f"{state.workshop.title} {self._date()}"))
        self.name_edit.setAccessibleName(self.tr("File name"))
        self.folder_label = ElidedLabel(str(self._folder), "muted")
        self.choose_button = touch_button(
            self.tr("Choose folder…"),
            self.tr("Choose the folder to save in"),
            keeps_focus_elsewhere=False,
        )
        self.choose_button.clicked.connect(self.choose_folder)
        where = QHBoxLayout()
        where.setSpacing(12)
        where.addWidget(self.folder_label, 1)
        where.addWidget(self.choose_button)
        layout.addWidget(self.name_edit)
        layout.addLayout(where)

        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setAccessibleName(self.tr("Export progress"))
        self.progress_bar.hide()
        self.status_label = plain_label(wrap=True)
        self.status_label.hide()
        self.error_label = plain_label(wrap=True)
        self.error_label.setObjectName("fieldError")
        self.error_label.hide()
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

        self.open_button = touch_button(
            self.tr("Open folder"),
            self.tr("Open the folder with the exported files"),
            keeps_focus_elsewhere=False,
        )
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_folder)
        self.close_button = touch_button(
            self.tr("Close"), self.tr("Close"), keeps_focus_elsewhere=False
        )
        self.close_button.clicked.connect(self.reject)
        self.export_button = touch_button(
            self.tr("Export"), self.tr("Export"), role="primary", keeps_focus_elsewhere=False
        )
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        for button in (self.open_button, self.close_button, self.export_button):
            button.setMinimumSize(180, TOUCH_COMFORT)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.export_button)
        layout.addLayout(buttons)
        for choice in (*self.format_buttons.values(), *self.board_buttons.values()):
            choice.toggled.connect(self._update_export)
        self.name_edit.textChanged.connect(self._update_export)
        self._update_export()
        fit_to_screen(self, 1280, 900)

    def _format_texts(self) -> list[tuple[ExportFormat, str, str]]:
        return [
            (
                ExportFormat.PDF,
                self.tr("PDF report"),
                self.tr("A cover, then each board's picture and its notes by cluster with votes"),
            ),
            (
                ExportFormat.PNG,
                self.tr("Pictures (PNG)"),
                self.tr("A picture of each board, as it looks on the screen"),
            ),
            (
                ExportFormat.DOCX,
                self.tr("Minutes (Word)"),
                self.tr("Meeting minutes to edit and mail: agenda, clusters, top notes"),
            ),
            (
                ExportFormat.XLSX,
                self.tr("Spreadsheet (Excel)"),
                self.tr("A summary sheet and a sheet of notes per board"),
            ),
            (ExportFormat.CSV, self.tr("Table (CSV)"), self.tr("One row per note, for analysis")),
            (ExportFormat.MD, self.tr("Text (Markdown)"), self.tr("Headings and lists as text")),
            (
                ExportFormat.JSON,
                self.tr("Session file (JSON)"),
                self.tr("The whole session, to import again later or elsewhere"),
            ),
            (
                ExportFormat.ZIP,
                self.tr("Everything (ZIP)"),
                self.tr("Every format above in one ZIP file"),
            ),
        ]

    def _date(self) -> str:
        return self._clock().astimezone().strftime("%Y-%m-%d")

    # Choices ----------------------------------------------------------------------

    @property
    def folder(self) -> Path:
        return self._folder

    def set_folder(self, folder: Path) -> None:
        self._folder = folder
        self.folder_label.set_full_text(str(folder))

    def choose_folder(self) -> None:
        chooser = QFileDialog(self, self.tr("Choose the folder to save in"), str(self._folder))
        chooser.setFileMode(QFileDialog.FileMode.Directory)
        chooser.setOption(QFileDialog.Option.ShowDirsOnly, True)
        chooser.fileSelected.connect(lambda path: self.set_folder(Path(path)))
        chooser.finished.connect(chooser.deleteLater)
        chooser.open()

    def chosen_formats(self) -> tuple[ExportFormat, ...]:
        return tuple(f for f, button in self.format_buttons.items() if button.isChecked())

    def chosen_boards(self) -> list[str]:
        return [board_id for board_id, b in self.board_buttons.items() if b.isChecked()]

    def _update_export(self) -> None:
        ready = bool(
            self.chosen_formats() and self.chosen_boards() and self.name_edit.text().strip()
        )
        self.export_button.setEnabled(ready and not self._job.running)

    def _plan(self) -> ExportPlan:
        boards = self.chosen_boards()
        everything = len(boards) == len(self.board_buttons)
        selection = Selection(
            None if everything else frozenset(boards), self.hidden_button.isChecked()
        )
        name = file_stem(self.name_edit.text())
        return ExportPlan(self.chosen_formats(), self._folder, name, selection)

    # Running -----------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._job.running

    def start_export(self) -> None:
        if not self.export_button.isEnabled():
            return
        plan = self._plan()
        self._set_busy(True)
        self.error_label.hide()
        self.status_label.setText(self.tr("Exporting…"))
        self.status_label.show()
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        self.open_button.setEnabled(False)
        self._written_folder = plan.folder
        # The session as it is now; phones may go on adding notes while files are written.
        self._job.start(self._snapshot(), plan, self._clock())

    def _set_busy(self, busy: bool) -> None:
        for button in (
            *self.format_buttons.values(),
            *self.board_buttons.values(),
            self.hidden_button,
            self.choose_button,
            self.close_button,
        ):
            button.setEnabled(not busy)
        self.name_edit.setEnabled(not busy)
        self.export_button.setEnabled(not busy)
        if not busy:
            self._update_export()

    def _show_progress(self, done: float) -> None:
        percent = round(done * 100)
        self.progress_bar.setValue(percent)
        self.progressChanged.emit(percent)

    def _finished(self, written: list[Path]) -> None:
        self._job.wait()
        self._set_busy(False)
        self.progress_bar.setValue(100)
        names = ", ".join(path.name for path in written)
        self.status_label.setText(
            self.tr("Saved in {folder}: {names}").format(folder=self._written_folder, names=names)
        )
        self.open_button.setEnabled(True)
        self.open_button.setFocus()
        self.exportFinished.emit(written)

    def _failed(self, error: Exception) -> None:
        self._job.wait()
        self._set_busy(False)
        self.progress_bar.hide()
        self.status_label.hide()
        if isinstance(error, FacilitatorError):
            message = translate(error.text)
        else:
            message = self.tr("The export failed: {reason}").format(reason=error)
        self.error_label.setText(f"⚠  {message}")
        self.error_label.show()
        self.exportFailed.emit(message)

    def open_folder(self) -> None:
        if self._written_folder is not None:
            self._open_folder(self._written_folder)

    # Closing -------------------------------------------------------------------------

    def reject(self) -> None:
        # Files are being written: closing now would hide whether they were.
        if not self._job.running:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._job.running:
            event.ignore()
            return
        super().closeEvent(event)
