"""Dates and numbers in exports follow the session's language, not the computer's."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import docx
import openpyxl
import pytest

from facilitator.export.exporter import ExportFormat
from facilitator.export.selection import Selection
from facilitator.export.session_json import dumps, export_document
from facilitator.locales import format_date, format_number
from facilitator.services.library import Library
from tests.export.conftest import RichSession
from tests.export.test_documents import NOW, export

# Midday in UTC: the same day in every time zone a test machine may be in.
CREATED = "2026-11-22T10:00:00+00:00"
NBSP = "\N{NO-BREAK SPACE}"


def in_language(library: Library, rich: RichSession, language: str) -> RichSession:
    """The same session, imported in ``language`` and created on 22 November 2026."""
    document = export_document(rich.service.snapshot(), Selection(), NOW)
    document["session"]["language"] = language
    document["session"]["created_at"] = CREATED
    imported = library.open_workshop(library.import_session(dumps(document)).id)
    return RichSession(imported, "", "", "", "", "", "", "")


@pytest.mark.parametrize(
    ("language", "written"),
    [
        ("fi", ("22.11.2026", "d.m.yyyy h:mm")),
        ("sv", ("2026-11-22", "yyyy-mm-dd hh:mm")),
        ("en", ("22/11/2026", "dd/mm/yyyy hh:mm")),
    ],
)
def test_minutes_markdown_and_spreadsheets_write_the_date_as_the_language_does(
    rich: RichSession,
    library: Library,
    tmp_path: Path,
    language: str,
    written: tuple[str, str],
) -> None:
    short, spreadsheet = written  # in documents, and a spreadsheet's number format
    session = in_language(library, rich, language)
    minutes = docx.Document(str(export(session, ExportFormat.DOCX, tmp_path / "m.docx")))
    facts = [[cell.text for cell in row.cells] for row in minutes.tables[0].rows]
    assert facts[0][1] == short
    markdown = export(session, ExportFormat.MD, tmp_path / "m.md").read_text(encoding="utf-8")
    assert markdown.splitlines()[2].startswith(f"{short} · ")
    book = openpyxl.load_workbook(export(session, ExportFormat.XLSX, tmp_path / "m.xlsx"))
    summary = book.worksheets[0]
    assert summary["B2"].value.date() == date(2026, 11, 22)
    assert summary["B2"].number_format == spreadsheet
    assert book.worksheets[1]["H2"].number_format == spreadsheet


def test_a_session_in_swedish_reads_swedish_words_and_numbers(
    rich: RichSession, library: Library, tmp_path: Path
) -> None:
    swedish = in_language(library, rich, "sv")
    minutes = docx.Document(str(export(swedish, ExportFormat.DOCX, tmp_path / "protokoll.docx")))
    paragraphs = [p.text for p in minutes.paragraphs]
    assert "Shorter meetings (2 röster)" in paragraphs
    agenda = [[c.text for c in row.cells] for row in minutes.tables[1].rows]
    assert ["Warm-up", "Ideas", "5 min"] in [row[:3] for row in agenda]


@pytest.mark.parametrize(
    ("language", "long", "number", "decimal"),
    [
        ("fi", "22. marraskuuta 2026", f"12{NBSP}345", "1,5"),
        ("sv", "22 november 2026", f"12{NBSP}345", "1,5"),
        ("en", "22 November 2026", "12,345", "1.5"),
        ("de", "22 November 2026", "12,345", "1.5"),  # a language the app lacks: English
    ],
)
def test_dates_and_numbers_by_language(language: str, long: str, number: str, decimal: str) -> None:
    moment = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)
    assert format_date(moment, language, "long") == long
    assert format_date(date(2026, 11, 22), language, "long") == long
    assert format_number(12345, language) == number
    assert format_number(1.5, language) == decimal
