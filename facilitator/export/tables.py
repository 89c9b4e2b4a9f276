"""CSV and XLSX: one row per note, for spreadsheets and further analysis."""

from __future__ import annotations

import csv
import re
from datetime import datetime
from pathlib import Path
from typing import Any

from facilitator.export.report import ANONYMOUS, BoardEntry, SessionReport
from facilitator.i18n import QT_TRANSLATE_NOOP
from facilitator.locales import spreadsheet_date_time

COLUMNS = (
    QT_TRANSLATE_NOOP("export", "Board"),
    QT_TRANSLATE_NOOP("export", "Cluster"),
    QT_TRANSLATE_NOOP("export", "Text"),
    QT_TRANSLATE_NOOP("export", "Colour"),
    QT_TRANSLATE_NOOP("export", "Votes"),
    QT_TRANSLATE_NOOP("export", "Author"),
    QT_TRANSLATE_NOOP("export", "Source"),
    QT_TRANSLATE_NOOP("export", "Created"),
    QT_TRANSLATE_NOOP("export", "Updated"),
)
_WIDTHS = (24, 24, 60, 12, 8, 20, 14, 18, 18)
_SHEET_NAME_MAX = 31


def _local(moment: datetime) -> datetime:
    """Local wall-clock time, as people read it in a spreadsheet (no zone attached)."""
    return moment.astimezone().replace(tzinfo=None)


def board_rows(report: SessionReport, entry: BoardEntry) -> list[list[Any]]:
    """A row per note of the board; duplicates stacked under a note follow it."""
    anonymous = report.tr(ANONYMOUS)
    rows: list[list[Any]] = []
    for cluster in entry.clusters:
        for item in cluster.notes:
            for note in (item.note, *item.duplicates):
                rows.append(
                    [
                        entry.board.title,
                        item.cluster_title,
                        note.text,
                        report.colour_name(note.color),
                        report.votes.get(note.id, 0),
                        note.author_name or anonymous,
                        item.source,
                        _local(note.created_at),
                        _local(note.updated_at),
                    ]
                )
    return rows


# A cell starting with one of these is taken for a formula when a spreadsheet
# opens a CSV file: "=HYPERLINK(…)" from a phone could then send data away or
# run a command (OWASP: CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _not_a_formula(text: str) -> str:
    """Text a spreadsheet shows as written: an apostrophe before what would start a formula."""
    return f"'{text}" if text.startswith(_FORMULA_STARTS) else text


def _cell_text(value: Any) -> Any:
    # CSV is read by programs as much as by people: ISO 8601 is the one way of
    # writing a date that every spreadsheet reads right whatever its locale.
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    return _not_a_formula(value) if isinstance(value, str) else value


def write_csv(report: SessionReport, path: Path) -> None:
    # UTF-8 with a byte order mark: spreadsheet apps then read ä, ö and å correctly.
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([report.tr(c) for c in COLUMNS])
        for board in report.boards:
            for row in board_rows(report, board):
                writer.writerow([_cell_text(v) for v in row])


def _sheet_name(title: str, taken: set[str]) -> str:
    base = re.sub(r"[\[\]:*?/\\]", "-", title).strip("'") or "-"
    name = base[:_SHEET_NAME_MAX]
    number = 2
    while name.casefold() in taken:
        suffix = f" ({number})"
        name = base[: _SHEET_NAME_MAX - len(suffix)] + suffix
        number += 1
    taken.add(name.casefold())
    return name


def write_xlsx(report: SessionReport, path: Path) -> None:
    """A summary sheet, then a sheet per board."""
    # Imported here: openpyxl takes a fifth of a second to import, which CSV need not pay.
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    summary = book.active
    assert summary is not None
    taken: set[str] = set()
    summary.title = _sheet_name(report.tr(QT_TRANSLATE_NOOP("export", "Summary")), taken)
    bold = Font(bold=True)
    summary.append([report.title])
    summary["A1"].font = Font(bold=True, size=14)
    facts = [
        (QT_TRANSLATE_NOOP("export", "Date"), _local(report.created_at)),
        (QT_TRANSLATE_NOOP("export", "Participants"), report.participants),
        (QT_TRANSLATE_NOOP("export", "Notes"), report.note_count),
    ]
    for label, value in facts:
        summary.append([report.tr(label), value])
    date_time = spreadsheet_date_time(report.language)
    summary["B2"].number_format = date_time
    summary.append([])
    header = [
        QT_TRANSLATE_NOOP("export", "Board"),
        QT_TRANSLATE_NOOP("export", "Notes"),
        QT_TRANSLATE_NOOP("export", "Votes"),
        QT_TRANSLATE_NOOP("export", "Most votes"),
    ]
    summary.append([report.tr(h) for h in header])
    for cell in summary[summary.max_row]:
        cell.font = bold
    for board in report.boards:
        notes = board.notes
        top = max(notes, key=lambda n: n.votes, default=None)
        summary.append(
            [
                board.board.title,
                sum(1 + len(n.duplicates) for n in notes),
                sum(n.votes for n in notes),
                top.note.text if top is not None and top.votes else "",
            ]
        )
    for column, width in zip("ABCD", (28, 10, 10, 60), strict=True):
        summary.column_dimensions[column].width = width

    for board in report.boards:
        sheet = book.create_sheet(_sheet_name(board.board.title, taken))
        sheet.append([report.tr(c) for c in COLUMNS])
        for cell in sheet[1]:
            cell.font = bold
        for row in board_rows(report, board):
            sheet.append(row)
        for index, width in enumerate(_WIDTHS, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        for row_cells in sheet.iter_rows(min_row=2):
            row_cells[2].alignment = Alignment(wrap_text=True, vertical="top")
            for cell in row_cells[7:9]:
                cell.number_format = date_time
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = sheet.dimensions
    for worksheet in book.worksheets:
        for cells in worksheet.iter_rows():
            for cell in cells:
                if cell.data_type == "f":
                    # openpyxl writes text starting with "=" as a formula; the
                    # export writes none, so it is text, shown as written.
                    cell.data_type = "s"
    book.save(path)
