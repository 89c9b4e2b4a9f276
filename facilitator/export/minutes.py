"""DOCX meeting minutes ("muistio"), ready to mail: title, date, agenda, clusters, top notes."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from docx.text.paragraph import Paragraph

from facilitator.export.markdown import AGENDA, DUPLICATES, minutes, notes_text, votes_text
from facilitator.export.report import SessionReport
from facilitator.i18n import QT_TRANSLATE_NOOP

MINUTES = QT_TRANSLATE_NOOP("export", "Minutes")
DATE = QT_TRANSLATE_NOOP("export", "Date")
PARTICIPANTS = QT_TRANSLATE_NOOP("export", "Participants")
NOTES = QT_TRANSLATE_NOOP("export", "Notes")
PHASE = QT_TRANSLATE_NOOP("export", "Phase")
BOARD = QT_TRANSLATE_NOOP("export", "Board")
PLANNED = QT_TRANSLATE_NOOP("export", "Planned")
ACTUAL = QT_TRANSLATE_NOOP("export", "Actual")
TOP_VOTED = QT_TRANSLATE_NOOP("export", "Most votes")
QUESTION = QT_TRANSLATE_NOOP("export", "Question")

# How many of the most-voted notes the minutes list first for each board.
TOP_NOTES = 5
_GREY = RGBColor(0x55, 0x5B, 0x66)


def _listed(document: DocumentObject, style_id: str) -> Paragraph:
    """A paragraph in a list style, given by id.

    python-docx looks a style given by name up among every style for each
    paragraph, which took two seconds for a thousand notes; the id is found once.
    """
    paragraph = document.add_paragraph()
    paragraph._p.style = style_id
    return paragraph


def write_minutes(report: SessionReport, path: Path) -> None:
    document = Document()
    numbered = document.styles["List Number"].style_id
    bullet = document.styles["List Bullet"].style_id
    styles = document.styles
    styles["Normal"].font.name = "Calibri"
    styles["Normal"].font.size = Pt(11)
    core = document.core_properties
    core.title = report.title
    core.language = report.language

    label = document.add_paragraph(report.tr(MINUTES).upper())
    label.runs[0].font.color.rgb = _GREY
    label.runs[0].font.size = Pt(10)
    document.add_heading(report.title, level=0)
    facts = document.add_table(rows=0, cols=2)
    for name, value in (
        (DATE, report.date()),
        (PARTICIPANTS, report.number(report.participants)),
        (NOTES, report.number(report.note_count)),
    ):
        cells = facts.add_row().cells
        cells[0].text = report.tr(name)
        cells[0].paragraphs[0].runs[0].bold = True
        cells[1].text = value

    if report.agenda:
        document.add_heading(report.tr(AGENDA), level=1)
        table = document.add_table(rows=1, cols=4)
        table.style = "Light List Accent 1"
        for cell, name in zip(table.rows[0].cells, (PHASE, BOARD, PLANNED, ACTUAL), strict=True):
            cell.text = report.tr(name)
        for phase in report.agenda:
            cells = table.add_row().cells
            cells[0].text = phase.phase.title
            cells[1].text = phase.board_title
            cells[2].text = minutes(report, phase.planned) if phase.planned else "–"
            cells[3].text = minutes(report, phase.actual) if phase.actual else "–"
            for cell in cells[2:]:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT

    for board in report.boards:
        document.add_heading(board.board.title, level=1)
        if board.board.question:
            question = document.add_paragraph()
            question.add_run(f"{report.tr(QUESTION)}: ").bold = True
            question.add_run(board.board.question).italic = True
        voted = sorted((n for n in board.notes if n.votes), key=lambda n: -n.votes)[:TOP_NOTES]
        if voted:
            document.add_heading(report.tr(TOP_VOTED), level=2)
            for entry in voted:
                item = _listed(document, numbered)
                item.add_run(entry.note.text)
                item.add_run(f" ({votes_text(report, entry.votes)})").font.color.rgb = _GREY
        for cluster in board.clusters:
            heading = cluster.title
            if cluster.votes:
                heading += f" ({votes_text(report, cluster.votes)})"
            document.add_heading(heading, level=2)
            if not cluster.notes:
                # Said in words: a heading followed by nothing reads as a mistake.
                empty = document.add_paragraph().add_run(notes_text(report, 0))
                empty.font.color.rgb = _GREY
            for entry in cluster.notes:
                item = _listed(document, bullet)
                item.add_run(entry.note.text)
                if entry.votes:
                    run = item.add_run(f" ({votes_text(report, entry.votes)})")
                    run.font.color.rgb = _GREY
                if entry.duplicates:
                    # On a line of its own within the item, so it stays with its note.
                    same = "; ".join(d.text for d in entry.duplicates)
                    item.add_run().add_break()
                    extra = item.add_run(f"{report.tr(DUPLICATES)}: {same}")
                    extra.font.color.rgb = _GREY
                    extra.font.size = Pt(9.5)
    document.save(str(path))
