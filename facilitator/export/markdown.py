"""Markdown: a heading per board and cluster, notes as lists with their votes."""

from __future__ import annotations

import re
from pathlib import Path

from facilitator.export.report import NoteEntry, SessionReport
from facilitator.i18n import QT_TRANSLATE_NOOP

VOTES = QT_TRANSLATE_NOOP("export", "{count} votes")
ONE_VOTE = QT_TRANSLATE_NOOP("export", "1 vote")
NOTE_COUNT = QT_TRANSLATE_NOOP("export", "{count} notes")
ONE_NOTE = QT_TRANSLATE_NOOP("export", "1 note")
SUMMARY = QT_TRANSLATE_NOOP("export", "{date} · {participants} participants · {notes} notes")
AGENDA = QT_TRANSLATE_NOOP("export", "Agenda")
DUPLICATES = QT_TRANSLATE_NOOP("export", "Duplicates")
MINUTES = QT_TRANSLATE_NOOP("export", "{count} min")


def escaped(text: str) -> str:
    """Text that Markdown shows as written: no accidental headings, lists, links or HTML."""
    text = " ".join(text.split())
    text = re.sub(r"([\\`*_\[\]<>|~])", r"\\\1", text)
    # What would start a heading, quote, list or numbered item at the start of a line.
    text = re.sub(r"^([#>+\-=])", r"\\\1", text)
    return re.sub(r"^(\d+)([.)])", r"\1\\\2", text)


def votes_text(report: SessionReport, count: int) -> str:
    if count == 1:
        return report.tr(ONE_VOTE)
    return report.tr(VOTES).format(count=report.number(count))


def notes_text(report: SessionReport, count: int) -> str:
    if count == 1:
        return report.tr(ONE_NOTE)
    return report.tr(NOTE_COUNT).format(count=report.number(count))


def _note_line(report: SessionReport, entry: NoteEntry) -> list[str]:
    line = f"- {escaped(entry.note.text)}"
    if entry.votes:
        line += f" — **{votes_text(report, entry.votes)}**"
    if entry.note.author_name:
        line += f" _({escaped(entry.note.author_name)})_"
    lines = [line]
    if entry.duplicates:
        same = "; ".join(escaped(d.text) for d in entry.duplicates)
        lines.append(f"  - {report.tr(DUPLICATES)}: {same}")
    return lines


def minutes(report: SessionReport, seconds: float) -> str:
    return report.tr(MINUTES).format(count=report.number(round(seconds / 60)))


def render_markdown(report: SessionReport) -> str:
    lines = [f"# {escaped(report.title)}", ""]
    lines.append(
        report.tr(SUMMARY).format(
            date=report.date(),
            participants=report.number(report.participants),
            notes=report.number(report.note_count),
        )
    )
    lines.append("")
    if report.agenda:
        lines += [f"## {report.tr(AGENDA)}", ""]
        for number, phase in enumerate(report.agenda, start=1):
            planned = minutes(report, phase.planned) if phase.planned else "–"
            actual = minutes(report, phase.actual) if phase.actual else "–"
            lines.append(f"{number}. {escaped(phase.phase.title)} ({planned} / {actual})")
        lines.append("")
    for board in report.boards:
        lines += [f"## {escaped(board.board.title)}", ""]
        if board.board.question:
            lines += [f"> {escaped(board.board.question)}", ""]
        for cluster in board.clusters:
            heading = escaped(cluster.title)
            if cluster.votes:
                heading += f" — {votes_text(report, cluster.votes)}"
            lines += [f"### {heading}", ""]
            for entry in cluster.notes:
                lines += _note_line(report, entry)
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def write_markdown(report: SessionReport, path: Path) -> None:
    path.write_text(render_markdown(report), encoding="utf-8")
