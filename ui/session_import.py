"""Importing a session from a JSON export, from the sessions list.

The file is checked whole before anything is stored: a file that is cut
short, not a session export, or from a newer version adds nothing, and the
user is told which of these it is.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from facilitator.errors import FacilitatorError
from facilitator.export.session_json import read_session_file
from facilitator.services.library import Library
from ui.export.dialog import default_folder


class SessionImporter(QObject):
    imported = Signal(object)  # the new Workshop
    failed = Signal(object)  # FacilitatorError

    def __init__(self, library: Library, parent: QWidget) -> None:
        super().__init__(parent)
        self._library = library
        self._parent = parent
        self.chooser: QFileDialog | None = None

    def choose_file(self) -> None:
        """Ask for the file with a dialog that does not block the event loop."""
        chooser = QFileDialog(self._parent, self.tr("Import session"), str(default_folder()))
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.setNameFilters([self.tr("Session files (*.json)"), self.tr("All files (*)")])
        chooser.fileSelected.connect(lambda path: self.import_file(Path(path)))
        chooser.finished.connect(chooser.deleteLater)
        chooser.finished.connect(self._forget_chooser)
        self.chooser = chooser
        chooser.open()

    def _forget_chooser(self) -> None:
        self.chooser = None

    def import_file(self, path: Path) -> None:
        try:
            workshop = self._library.import_session(read_session_file(path))
        except FacilitatorError as error:
            self.failed.emit(error)
            return
        self.imported.emit(workshop)
