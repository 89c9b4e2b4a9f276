"""Starting the desktop app: the QApplication, translations, the library, the window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator import __version__, settings
from facilitator.errors import FacilitatorError
from facilitator.paths import resolve_data_dir
from facilitator.services.library import Library
from ui.i18n import install_translators, system_language, translate
from ui.main_window import MainWindow


def create_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(settings.APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(settings.APP_NAME)
    return app


def run_app(args: argparse.Namespace) -> int:
    app = create_application(sys.argv[:1])
    language = args.lang or system_language()
    translators = install_translators(app, language)
    try:
        library = Library.open(resolve_data_dir(args.data_dir))
    except FacilitatorError as exc:
        QMessageBox.critical(None, settings.APP_NAME, translate(exc.text))
        print(f"facilitator: {exc}", file=sys.stderr)
        return 1
    window = MainWindow(library, language=language)
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
    del translators
    return code
