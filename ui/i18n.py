"""Loading translations and translating core messages."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLibraryInfo, QLocale, QTranslator

from facilitator import settings
from facilitator.i18n import Text
from facilitator.locales import locale_of
from facilitator.resources import resource_path


def system_language() -> str:
    name = QLocale.system().name().split("_")[0]
    return name if name in settings.LANGUAGES else settings.DEFAULT_LANGUAGE


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the app's and Qt's own translations; keep the returned objects alive."""
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"facilitator_{language}.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en" and qt_own.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    # The exports' conventions too: British English, Finland's Finnish, Sweden's Swedish.
    QLocale.setDefault(QLocale(locale_of(language)))
    return installed


def translate(text: Text) -> str:
    """A core message in the user's language."""
    return QCoreApplication.translate(text.context, text.source).format(**text.args)


def translate_source(context: str, source: str) -> str:
    """A core string marked with QT_TRANSLATE_NOOP (e.g. a command label or colour name)."""
    return QCoreApplication.translate(context, source)


def local_time(moment: datetime) -> str:
    """A stored (UTC) time as the user's locale writes a date and time, in local time."""
    return QLocale().toString(_local(moment), QLocale.FormatType.ShortFormat)


def local_date(moment: datetime) -> str:
    """The day of a stored (UTC) time, as the user's locale writes a date."""
    return QLocale().toString(_local(moment).date(), QLocale.FormatType.ShortFormat)


def _local(moment: datetime) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000))
