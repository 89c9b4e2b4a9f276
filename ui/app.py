"""Starting the desktop app: the QApplication, translations, the library, the window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator import __version__, settings
from facilitator.errors import FacilitatorError
from facilitator.paths import resolve_data_dir
from facilitator.server.runner import (
    LanAddress,
    ParticipantServer,
    default_address,
    lan_addresses,
)
from facilitator.services.library import Library
from facilitator.services.participation import ParticipationService
from ui.i18n import install_translators, system_language, translate
from ui.main_window import MainWindow
from ui.participant_access import JoinServer, ServerSetup

# Next to the database, so that --data-dir keeps everything of one setup together.
PREFERENCES_FILENAME = "preferences.ini"


def create_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(settings.APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(settings.APP_NAME)
    return app


def server_setup(args: argparse.Namespace) -> ServerSetup:
    """The participant server as asked on the command line (--port, --bind, --public-url)."""
    port = getattr(args, "port", None)
    port = settings.SERVER_PORT_DEFAULT if port is None else int(port)
    host = getattr(args, "bind", None) or "0.0.0.0"

    def create(participation: ParticipationService, public_url: str | None) -> JoinServer:
        return ParticipantServer(participation, host=host, port=port, public_url=public_url)

    if host in ("0.0.0.0", "::"):
        addresses, default = lan_addresses, default_address
    else:
        # Bound to one address: that is the only one a phone can reach.
        only = [LanAddress(interface=host, address=host, preferred=0)]

        def addresses() -> list[LanAddress]:
            return only

        def default() -> str:
            return host

    return ServerSetup(
        create=create,
        lan_addresses=addresses,
        default_address=default,
        public_url=getattr(args, "public_url", None) or None,
    )


def preferences(data_dir: Path) -> QSettings:
    return QSettings(str(data_dir / PREFERENCES_FILENAME), QSettings.Format.IniFormat)


def run_app(args: argparse.Namespace) -> int:
    app = create_application(sys.argv[:1])
    language = args.lang or system_language()
    translators = install_translators(app, language)
    try:
        return _run_window(app, args, language)
    finally:
        # The app may run again in this process (tests, the self-test): in its own language.
        for translator in translators:
            app.removeTranslator(translator)


def _run_window(app: QApplication, args: argparse.Namespace, language: str) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    try:
        library = Library.open(data_dir, exclusive=True)
    except FacilitatorError as exc:
        QMessageBox.critical(None, settings.APP_NAME, translate(exc.text))
        print(f"facilitator: {exc}", file=sys.stderr)
        return 1
    window = MainWindow(
        library, language=language, server=server_setup(args), preferences=preferences(data_dir)
    )
    window.apply_retention()
    if args.session:
        window.open_or_create_session(args.session)
    # Fill the screen even where no window manager honours "maximized" (kiosks).
    window.setGeometry(app.primaryScreen().availableGeometry())
    if args.fullscreen:
        window.showFullScreen()
    else:
        window.showMaximized()
    code = app.exec()
    window.close_session()
    library.close()
    return code
