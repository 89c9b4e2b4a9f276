"""The PDF report's text: the cover, and each board's notes by cluster with their votes.

Every word comes from the report's catalogue, in the session's language.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSizeF, Qt
from PySide6.QtGui import QColor, QPagedPaintDevice, QTextDocument

from facilitator.export.markdown import AGENDA, DUPLICATES, minutes, notes_text, votes_text
from facilitator.export.minutes import ACTUAL, BOARD, DATE, NOTES, PARTICIPANTS, PHASE, PLANNED
from facilitator.export.report import BoardEntry, ClusterEntry, NoteEntry, SessionReport
from facilitator.i18n import QT_TRANSLATE_NOOP
from facilitator.palette import COLORS, DEFAULT_NOTE_COLOR
from ui.export.report_style import ACCENT, BODY_PT, MUTED, SYMBOL, char_format
from ui.export.text_document import REST, DocumentWriter, fixed, share

REPORT = QT_TRANSLATE_NOOP("export", "Report")
BOARDS = QT_TRANSLATE_NOOP("export", "Boards")
HIDDEN = QT_TRANSLATE_NOOP("export", "hidden")

_RIGHT = Qt.AlignmentFlag.AlignRight


def board_note_count(board: BoardEntry) -> int:
    """Every note of the board in the report, those stacked under another included."""
    return sum(1 + len(n.duplicates) for n in board.notes)


def long_date(report: SessionReport) -> str:
    """The session's date as people of its language write it ("22. marraskuuta 2026")."""
    return report.date("long")


def cover_document(
    report: SessionReport,
    device: QPagedPaintDevice,
    page: QSizeF,
    first_pages: Sequence[int],
) -> QTextDocument:
    """Title, date, counts, the agenda, and the boards with the page each starts on."""
    doc = DocumentWriter(device, page)
    doc.paragraph(report.tr(REPORT).upper(), char_format(9, bold=True, colour=MUTED), space_after=4)
    doc.paragraph(report.title, char_format(26, bold=True), space_after=14)
    facts = (
        (DATE, long_date(report)),
        (PARTICIPANTS, report.number(report.participants)),
        (NOTES, report.number(report.note_count)),
        (BOARDS, report.number(len(report.boards))),
    )
    doc.block()
    doc.table(len(facts), (fixed(110), REST), padding=5)
    for row, (label, value) in enumerate(facts):
        doc.cell(row, 0, report.tr(label), char_format(bold=True, colour=MUTED))
        doc.cell(row, 1, value, char_format(12))
    doc.end_table()
    if report.agenda:
        doc.paragraph(report.tr(AGENDA), char_format(15, bold=True), space_before=18)
        # Wide enough for "Suunniteltu" and "Toteutunut" on one line.
        doc.table(len(report.agenda) + 1, (share(34), share(30), share(18), share(18)))
        for column, label in enumerate((PHASE, BOARD, PLANNED, ACTUAL)):
            align = _RIGHT if column >= 2 else Qt.AlignmentFlag.AlignLeft
            doc.cell(0, column, report.tr(label), char_format(bold=True, colour=MUTED), align=align)
        for row, phase in enumerate(report.agenda, start=1):
            doc.cell(row, 0, phase.phase.title, char_format())
            doc.cell(row, 1, phase.board_title, char_format())
            for column, seconds in ((2, phase.planned), (3, phase.actual)):
                shown = minutes(report, seconds) if seconds else "–"
                doc.cell(row, column, shown, char_format(), align=_RIGHT)
        doc.end_table()
    doc.paragraph(report.tr(BOARDS), char_format(15, bold=True), space_before=18)
    doc.table(len(report.boards), (REST, fixed(90), fixed(40)))
    for row, (board, first_page) in enumerate(zip(report.boards, first_pages, strict=True)):
        doc.cell(row, 0, board.board.title, char_format())
        count = notes_text(report, board_note_count(board))
        doc.cell(row, 1, count, char_format(colour=MUTED))
        doc.cell(row, 2, report.number(first_page), char_format(), align=_RIGHT)
    doc.end_table()
    return doc.done()


def notes_document(
    report: SessionReport, device: QPagedPaintDevice, page: QSizeF, board: BoardEntry
) -> QTextDocument:
    """The board's notes cluster by cluster, most votes first, with names where given."""
    doc = DocumentWriter(device, page)
    doc.paragraph(board.board.title, char_format(17, bold=True), space_after=6)
    if not board.clusters:
        doc.paragraph(notes_text(report, 0), char_format(colour=MUTED))
    for cluster in board.clusters:
        _cluster(report, doc, cluster)
    return doc.done()


def _cluster(report: SessionReport, doc: DocumentWriter, cluster: ClusterEntry) -> None:
    doc.block(space_before=10, space_after=2)
    doc.text(cluster.title, char_format(13, bold=True))
    if cluster.votes:
        votes = f"  {votes_text(report, cluster.votes)}"
        doc.text(votes, char_format(11, bold=True, colour=ACCENT))
    if not cluster.notes:
        doc.paragraph(notes_text(report, 0), char_format(colour=MUTED), space_after=4)
        return
    doc.table(len(cluster.notes), (fixed(20), REST, fixed(62)))
    for row, entry in enumerate(cluster.notes):
        _note(report, doc, row, entry)
    doc.end_table()


def _note(report: SessionReport, doc: DocumentWriter, row: int, entry: NoteEntry) -> None:
    note = entry.note
    colour = COLORS.get(note.color) or COLORS[DEFAULT_NOTE_COLOR]
    # A swatch of the note's colour with its symbol, as on the board: the
    # symbol tells colours apart in grey-scale prints and for colour-blind readers.
    doc.cell(
        row,
        0,
        colour.symbol,
        char_format(BODY_PT, colour=SYMBOL),
        align=Qt.AlignmentFlag.AlignHCenter,
        background=QColor(colour.hex),
    )
    cursor = doc.cell(row, 1, note.text, char_format())
    # Only a name the participant gave is shown: anonymous notes carry none.
    if note.author_name:
        cursor.insertText(f"  — {note.author_name}", char_format(9, colour=MUTED))
    if note.moderated or note.face_down:
        cursor.insertText(f"  ({report.tr(HIDDEN)})", char_format(9, italic=True, colour=MUTED))
    if entry.duplicates:
        same = "; ".join(d.text for d in entry.duplicates)
        cursor.insertBlock()
        cursor.insertText(f"{report.tr(DUPLICATES)}: {same}", char_format(9, colour=MUTED))
    votes = votes_text(report, entry.votes) if entry.votes else ""
    doc.cell(row, 2, votes, char_format(bold=True, colour=ACCENT), align=_RIGHT)
