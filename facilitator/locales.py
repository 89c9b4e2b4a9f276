"""Dates and numbers as people of each language write them, without Qt.

Exports are written in the session's language, so their dates and numbers
follow its conventions too: Finnish "22.11.2026", Swedish "2026-11-22",
English "22/11/2026" (the British convention, the one English speakers in
Finland and the rest of Europe use). The CLDR data comes from Babel; the
desktop app gives Qt's ``QLocale`` the same locale names (:data:`LOCALES`),
so the app and its exports agree.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Final, Literal

from babel.dates import format_date as _format_date
from babel.numbers import format_decimal as _format_decimal

from facilitator import settings

# The locale each language of the app writes dates and numbers in.
LOCALES: Final = {"en": "en_GB", "fi": "fi_FI", "sv": "sv_SE"}

DateStyle = Literal["short", "medium", "long"]

# A date and time in a spreadsheet cell: the cell keeps the real moment, and
# this number format shows it (a spreadsheet's format codes, not CLDR's).
_SPREADSHEET_DATE_TIME: Final = {
    "en": "dd/mm/yyyy hh:mm",
    "fi": "d.m.yyyy h:mm",
    "sv": "yyyy-mm-dd hh:mm",
}


def locale_of(language: str) -> str:
    """The locale name for ``language``; an unknown language writes as English."""
    return LOCALES.get(language, LOCALES[settings.DEFAULT_LANGUAGE])


def local_date(moment: datetime | date) -> date:
    """The calendar day of ``moment`` on this computer's clock (a date stays as it is)."""
    if isinstance(moment, datetime):
        return moment.astimezone().date()
    return moment


def format_date(moment: datetime | date, language: str, style: DateStyle = "short") -> str:
    """The day of ``moment`` (local time): short "22.11.2026", long "22. marraskuuta 2026"."""
    return _format_date(local_date(moment), format=style, locale=locale_of(language))


def format_number(number: float, language: str) -> str:
    """A number with the language's digit grouping and decimal sign ("1 234,5" in Finnish)."""
    return _format_decimal(number, locale=locale_of(language))


def spreadsheet_date_time(language: str) -> str:
    """The number format that shows a date and time in a spreadsheet cell."""
    return _SPREADSHEET_DATE_TIME.get(language, _SPREADSHEET_DATE_TIME[settings.DEFAULT_LANGUAGE])


def negotiate_language(accept_language: str | None) -> str:
    """The app's language that an ``Accept-Language`` header prefers most; else the default.

    ``"sv-FI,sv;q=0.9,en;q=0.8"`` is Swedish; a language the app does not speak
    is skipped; a malformed part is ignored rather than refused.
    """
    wanted: list[tuple[float, int, str]] = []
    for index, part in enumerate((accept_language or "").split(",")):
        tag, *options = (piece.strip() for piece in part.split(";"))
        language = tag.split("-", 1)[0].lower()
        if language not in settings.LANGUAGES:
            continue
        quality = 1.0
        for option in options:
            name, _, value = option.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if quality > 0:
            wanted.append((-quality, index, language))
    return min(wanted)[2] if wanted else settings.DEFAULT_LANGUAGE
