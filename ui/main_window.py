"""The main window: the sessions list, or the open session's boards, one at a time."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from facilitator import settings
from facilitator.errors import FacilitatorError
from facilitator.services.library import Library
from facilitator.services.workshop import WorkshopService
from ui.board_screen import BoardScreen
from ui.i18n import translate
from ui.participant_access import ParticipantAccess, ServerSetup
from ui.refusals import attempt
from ui.service_bridge import ServiceBridge
from ui.start_screen import StartScreen
from ui.style import STYLESHEET
from ui.toast import Toast


class MainWindow(QMainWindow):
    """The app's one window.

    ``server`` says how to start the participant server for an open session
    (None: phones cannot join, e.g. in tests); ``preferences`` keeps settings
    such as the public URL between runs.
    """

    def __init__(
        self,
        library: Library,
        language: str,
        parent: QWidget | None = None,
        *,
        server: ServerSetup | None = None,
        preferences: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._language = language
        self._server_setup = server
        self._preferences = preferences
        self.service: WorkshopService | None = None
        self.board_screen: BoardScreen | None = None
        self._full_screen_before = False
        self.access: ParticipantAccess | None = None
        self._bridge: ServiceBridge | None = None
        self.setStyleSheet(STYLESHEET)
        self.setMinimumSize(1024, 640)

        self.start_screen = StartScreen(library, language)
        self.start_screen.openRequested.connect(self.open_session)
        self.start_screen.errorOccurred.connect(self.show_error)
        self.start_screen.noticeRequested.connect(self.show_notice)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.start_screen)
        self.setCentralWidget(self._stack)
        self.toast = Toast(self)

        self._full_screen_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F11), self)
        self._full_screen_shortcut.activated.connect(self.toggle_full_screen)
        self._update_title()

    # Sessions -----------------------------------------------------------------

    def open_session(self, workshop_id: str) -> None:
        try:
            service = self._library.open_workshop(workshop_id)
        except FacilitatorError as exc:
            self.show_error(exc)
            self.start_screen.refresh()
            return
        self.close_session()
        self.service = service
        self._bridge = ServiceBridge(service, self)
        access = ParticipantAccess(
            service, self._bridge, self._server_setup, self._preferences, self
        )
        started = access.start()
        self.access = access
        screen = BoardScreen(service, self._bridge, access=access, preferences=self._preferences)
        screen.backRequested.connect(self.close_session)
        screen.errorOccurred.connect(self.show_error)
        screen.noticeRequested.connect(self.show_notice)
        self.board_screen = screen
        screen.presentingChanged.connect(self._present)
        self._stack.addWidget(screen)
        self._stack.setCurrentWidget(screen)
        screen.view.setFocus()
        self.toast.dismiss()
        if not started and self._server_setup is not None:
            # The board works without phones; the facilitator learns why they cannot join.
            self.toast.show_message(access.error_text(), error=True)
        self._update_title()

    def apply_retention(self) -> None:
        """Delete the sessions past the retention setting (the app does this as it starts)."""
        deleted: list[int] = []
        applied = attempt(
            lambda: deleted.append(len(self._library.apply_retention())), self.show_error
        )
        if applied and deleted[0]:
            self.start_screen.refresh()
            self.show_notice(
                self.tr("Deleted %n old sessions, as set in Data and privacy.", "", deleted[0])
            )

    def open_or_create_session(self, title: str) -> None:
        """Open the session called ``title`` (ignoring case and spacing), creating it if needed."""
        try:
            existing = self._library.find_by_title(title)
            workshop_id = (
                existing.id
                if existing is not None
                else self._library.create(title, self._language).id
            )
        except FacilitatorError as exc:
            self.show_error(exc)
            return
        self.open_session(workshop_id)

    def close_session(self) -> None:
        """Back to the sessions list; the session was saved with every change already."""
        screen, bridge, access = self.board_screen, self._bridge, self.access
        self.board_screen, self._bridge, self.service, self.access = None, None, None, None
        if access is not None:
            access.stop()
            access.deleteLater()
        if bridge is not None:
            bridge.detach()
            bridge.deleteLater()
        if screen is not None:
            screen.close_audience_window()
            self._stack.removeWidget(screen)
            screen.deleteLater()
        self._stack.setCurrentWidget(self.start_screen)
        self.start_screen.refresh()
        self._update_title()

    def current_screen(self) -> QWidget | None:
        return self._stack.currentWidget()

    def _update_title(self) -> None:
        if self.service is None:
            self.setWindowTitle(settings.APP_NAME)
        else:
            self.setWindowTitle(
                self.tr("{session} – {app}").format(
                    session=self.service.workshop.title, app=settings.APP_NAME
                )
            )

    # Messages -----------------------------------------------------------------

    def show_error(self, error: object) -> None:
        if isinstance(error, FacilitatorError):
            self.toast.show_message(translate(error.text), error=True)

    def show_notice(self, text: str) -> None:
        self.toast.show_message(text)

    # Window -------------------------------------------------------------------

    def _present(self, presenting: bool) -> None:
        """Presentation fills the screen, and leaving it restores the window as it was."""
        if presenting:
            self._full_screen_before = self.isFullScreen()
            self.showFullScreen()
        elif not self._full_screen_before:
            self.showMaximized()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showMaximized()
        else:
            self.showFullScreen()

    def closeEvent(self, event: QCloseEvent) -> None:
        # The audience window has no parent: it would keep the app running on the projector.
        if self.board_screen is not None:
            self.board_screen.close_audience_window()
        super().closeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.toast.isVisible():
            self.toast.place()
