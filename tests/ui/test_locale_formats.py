"""The desktop writes dates and numbers as its language does, and as the exports do."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QApplication

from facilitator.locales import format_date
from ui.i18n import install_translators


@pytest.mark.parametrize(
    ("language", "day", "number"),
    [
        ("fi", "22.11.2026", "12\N{NO-BREAK SPACE}345,5"),
        ("sv", "2026-11-22", "12\N{NO-BREAK SPACE}345,5"),
        ("en", "22/11/2026", "12,345.5"),
    ],
)
def test_the_apps_locale_follows_its_language(
    qapp: QApplication, language: str, day: str, number: str
) -> None:
    translators = install_translators(qapp, language)
    try:
        locale = QLocale()
        shown = locale.toString(QDate(2026, 11, 22), QLocale.FormatType.ShortFormat)
        assert shown == day == format_date(date(2026, 11, 22), language)
        assert locale.toString(12345.5, "f", 1) == number
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English))
