"""Drawing boards for ``facilitator export`` without a window.

PDF and PNG exports need Qt's painting and fonts but never show anything, so
the command starts Qt on the offscreen platform: it works the same over SSH,
on a server without a display and on a desktop. Only these formats pay for
starting Qt; the others stay Qt-free.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtGui import QGuiApplication

from facilitator import settings
from ui.export.writer import QtPictureWriter

# Kept for the life of the process: Qt's fonts live as long as the application.
_application: QGuiApplication | None = None


def headless_pictures() -> QtPictureWriter:
    global _application  # noqa: PLW0603
    existing = QGuiApplication.instance()
    if existing is None:
        # A choice made on purpose (QT_QPA_PLATFORM=xcb …) is kept.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _application = QGuiApplication(sys.argv[:1])
        _application.setApplicationName(settings.APP_NAME)
    return QtPictureWriter()
