"""The export dialog and importing a session from the sessions list."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QWidget

from facilitator.export.exporter import ExportFormat
from facilitator.export.pictures import Progress
from facilitator.export.report import BoardEntry, SessionReport
from facilitator.export.selection import Selection
from facilitator.export.session_json import dumps, export_document
from facilitator.services.library import Library
from facilitator.services.workshop import WorkshopService
from tests.export import conftest as export_fixtures
from tests.export.conftest import RichSession
from ui.board_screen import BoardScreen
from ui.export.dialog import ExportDialog
from ui.export.writer import QtPictureWriter
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.start_screen import StartScreen

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)

# The session with a bit of everything that the core's export tests use.
rich = export_fixtures.rich
EXPORT_TIMEOUT_MS = 30_000
NOW = datetime(2026, 11, 22, 15, 0, tzinfo=UTC)


@pytest.fixture
def host(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(1400, 1000)
    widget.show()
    return widget


@pytest.fixture
def opened() -> list[Path]:
    """Folders the dialog asked the file manager to open."""
    return []


@pytest.fixture
def make_dialog(qtbot, host: QWidget, rich: RichSession, tmp_path: Path, opened: list[Path]):
    def make(folder: Path | None = None, pictures: object = None) -> ExportDialog:
        dialog = ExportDialog(
            host,
            rich.service.snapshot,
            folder=folder or tmp_path / "exports",
            pictures=pictures or QtPictureWriter(),  # type: ignore[arg-type]
            open_folder=opened.append,
        )
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def choose(dialog: ExportDialog, *formats: ExportFormat) -> None:
    for export_format, button in dialog.format_buttons.items():
        button.setChecked(export_format in formats)


def run(qtbot, dialog: ExportDialog) -> list[Path]:
    with qtbot.waitSignal(dialog.exportFinished, timeout=EXPORT_TIMEOUT_MS) as finished:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    written: list[Path] = finished.args[0]
    return written


def test_exports_the_chosen_formats_with_progress_then_opens_the_folder(
    qtbot, make_dialog, tmp_path: Path, opened: list[Path]
) -> None:
    dialog = make_dialog()
    assert dialog.chosen_formats() == (ExportFormat.PDF,)  # the report, unless told otherwise
    assert len(dialog.board_buttons) == 2 and dialog.chosen_boards()
    choose(dialog, ExportFormat.PDF, ExportFormat.PNG, ExportFormat.MD)
    dialog.name_edit.setText("Retro")
    progress: list[int] = []
    dialog.progressChanged.connect(progress.append)
    assert not dialog.open_button.isEnabled()

    written = run(qtbot, dialog)

    folder = tmp_path / "exports"
    # Two boards make two pictures: they get a folder of their own.
    assert written == [folder / "Retro.pdf", folder / "Retro", folder / "Retro.md"]
    assert sorted(p.name for p in (folder / "Retro").iterdir()) == [
        "01 Ideas.png",
        "02 Lean Coffee.png",
    ]
    assert progress == sorted(progress) and progress[-1] == 100
    assert dialog.progress_bar.value() == 100
    assert "Retro.pdf" in dialog.status_label.text()
    assert dialog.open_button.isEnabled() and dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [folder]
    dialog.reject()
    assert not dialog.isVisible()


def test_only_the_chosen_boards_and_hidden_notes_when_asked(
    qtbot, make_dialog, rich: RichSession, tmp_path: Path
) -> None:
    dialog = make_dialog()
    choose(dialog, ExportFormat.MD)
    dialog.board_buttons[rich.lean_coffee].setChecked(False)
    dialog.hidden_button.setChecked(True)
    dialog.name_edit.setText("ideas")

    (written,) = run(qtbot, dialog)

    text = written.read_text(encoding="utf-8")
    assert "## Ideas" in text and "## Lean Coffee" not in text
    assert "Something rude" in text and "Secret idea" in text
    dialog.reject()


def test_nothing_to_export_cannot_be_started(make_dialog) -> None:
    dialog = make_dialog()
    choose(dialog)
    assert not dialog.export_button.isEnabled()
    choose(dialog, ExportFormat.CSV)
    for button in dialog.board_buttons.values():
        button.setChecked(False)
    assert not dialog.export_button.isEnabled()
    next(iter(dialog.board_buttons.values())).setChecked(True)
    dialog.name_edit.setText("   ")
    assert not dialog.export_button.isEnabled()
    dialog.reject()


def test_a_failed_export_says_why_and_leaves_nothing(
    qtbot, make_dialog, tmp_path: Path, opened: list[Path]
) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder")
    dialog = make_dialog(folder=blocked / "exports")
    with qtbot.waitSignal(dialog.exportFailed, timeout=EXPORT_TIMEOUT_MS) as failed:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    message = failed.args[0]
    assert message.startswith("Cannot write to") and str(blocked) in message
    assert dialog.error_label.isVisible() and message in dialog.error_label.text()
    assert not dialog.progress_bar.isVisible()
    assert not dialog.open_button.isEnabled() and dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == []
    # Choosing a good folder and trying again works, and clears the message.
    dialog.set_folder(tmp_path / "good")
    run(qtbot, dialog)
    assert not dialog.error_label.isVisible()
    dialog.reject()


@pytest.fixture
def finnish(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "fi")
    assert translators, "the Finnish catalogue did not load"
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English))


def test_the_failure_is_told_in_the_apps_language(
    qtbot, finnish: None, make_dialog, tmp_path: Path
) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder")
    dialog = make_dialog(folder=blocked / "exports")
    assert dialog.export_button.text() == QCoreApplication.translate("ExportDialog", "Export")
    with qtbot.waitSignal(dialog.exportFailed, timeout=EXPORT_TIMEOUT_MS) as failed:
        dialog.start_export()
    assert failed.args[0].startswith(f"Kansioon {blocked / 'exports'} ei voi kirjoittaa")
    dialog.reject()


class HeldPictures(QtPictureWriter):
    """Draws only once the test lets it, so the test sees the export under way."""

    def __init__(self) -> None:
        self.release = threading.Event()

    def report_pdf(self, report: SessionReport, path: Path, progress: Progress) -> None:
        assert self.release.wait(EXPORT_TIMEOUT_MS / 1000)
        super().report_pdf(report, path, progress)

    def board_png(self, board: BoardEntry, path: Path) -> None:
        assert self.release.wait(EXPORT_TIMEOUT_MS / 1000)
        super().board_png(board, path)


def test_the_dialog_stays_open_and_the_app_responsive_while_exporting(
    qtbot, make_dialog, rich: RichSession
) -> None:
    pictures = HeldPictures()
    dialog = make_dialog(pictures=pictures)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    try:
        assert dialog.running and dialog.progress_bar.isVisible()
        assert not dialog.export_button.isEnabled() and not dialog.close_button.isEnabled()
        dialog.reject()
        assert dialog.isVisible()  # closing now would hide whether the files were written
        # The session goes on meanwhile: a change on the GUI thread is not held up.
        from facilitator.commands import CreateNote

        rich.service.execute(CreateNote(rich.ideas, "while exporting"))
    finally:
        with qtbot.waitSignal(dialog.exportFinished, timeout=EXPORT_TIMEOUT_MS):
            pictures.release.set()
    assert not dialog.running and dialog.close_button.isEnabled()
    dialog.reject()
    assert not dialog.isVisible()


# Where the dialog is reached ------------------------------------------------------------


def test_the_board_screen_opens_it_with_ctrl_e_and_its_button(
    qtbot, rich: RichSession, open_screen
) -> None:
    board_screen: BoardScreen = open_screen()
    board_screen.activateWindow()
    qtbot.waitUntil(board_screen.isActiveWindow)
    board_screen.view.setFocus()
    qtbot.keyClick(board_screen.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = board_screen.dialog
    assert isinstance(dialog, ExportDialog)
    assert [b.text() for b in dialog.board_buttons.values()] == ["Ideas", "Lean Coffee"]
    dialog.reject()
    qtbot.mouseClick(board_screen.export_button, Qt.MouseButton.LeftButton)
    assert isinstance(board_screen.dialog, ExportDialog)
    board_screen.dialog.reject()


def test_a_session_in_the_list_exports_without_being_opened(
    qtbot, library: Library, tmp_path: Path
) -> None:
    service: WorkshopService = library.open_workshop(library.create("Kickoff", "en").id)
    start = StartScreen(library, "en")
    qtbot.addWidget(start)
    start.resize(1600, 900)
    start.show()
    row = start.row_for(service.workshop.id)
    assert row is not None
    qtbot.mouseClick(row.export_button, Qt.MouseButton.LeftButton)
    dialog = start.dialog
    assert isinstance(dialog, ExportDialog)
    dialog.set_folder(tmp_path)
    choose(dialog, ExportFormat.CSV)
    (written,) = run(qtbot, dialog)
    assert written == tmp_path / f"{dialog.name_edit.text()}.csv"
    assert dialog.name_edit.text().startswith("Kickoff ")
    dialog.reject()


# Importing ----------------------------------------------------------------------------------


@pytest.fixture
def session_file(rich: RichSession, tmp_path: Path) -> Path:
    document = export_document(rich.service.snapshot(), Selection(), NOW)
    document["session"]["title"] = "Imported retro"
    path = tmp_path / "retro.json"
    path.write_text(dumps(document), encoding="utf-8")
    return path


def test_importing_a_file_lists_the_new_session(
    qtbot, library: Library, session_file: Path
) -> None:
    start = StartScreen(library, "en")
    qtbot.addWidget(start)
    start.resize(1600, 900)
    start.show()
    before = len(start.rows)
    notices: list[str] = []
    start.noticeRequested.connect(notices.append)
    qtbot.mouseClick(start.import_button, Qt.MouseButton.LeftButton)
    chooser = start.importer.chooser
    assert chooser is not None and chooser.isVisible()
    chooser.selectFile(str(session_file))
    with qtbot.waitSignal(start.importer.imported) as imported:
        chooser.accept()

    workshop = imported.args[0]
    assert len(start.rows) == before + 1
    row = start.row_for(workshop.id)
    assert row is not None and row.title_label.text() == "Imported retro"
    assert notices == ["Imported “Imported retro”."]


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ('{"format": "facilitator-session", "boa', "not a complete JSON file"),
        ('{"hello": "world"}', "not a Facilitator session export"),
    ],
)
def test_a_bad_file_is_explained_and_adds_nothing(
    qtbot, library: Library, tmp_path: Path, content: str, said: str
) -> None:
    window = MainWindow(library, language="en")
    qtbot.addWidget(window)
    window.resize(1600, 900)
    library.create("Kickoff", "en")
    window.start_screen.refresh()
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")

    with qtbot.waitSignal(window.start_screen.importer.failed):
        window.start_screen.importer.import_file(bad)

    assert said in window.toast.message_label.text()
    assert [r.title_label.text() for r in window.start_screen.rows] == ["Kickoff"]
    assert len(library.summaries()) == 1
    window.start_screen.importer.import_file(tmp_path / "missing.json")
    assert "Cannot read the file" in window.toast.message_label.text()
