"""Markup and tricky Unicode from phones or typed titles is shown as written on the desktop.

Qt guesses rich text in labels and tooltips: every place that shows user text
must show it literally. Huge or pathological text must not freeze the board.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QStyleOptionGraphicsItem,
    QWidget,
)

from facilitator import settings
from facilitator.commands import CreateCluster, UpdateBoard
from facilitator.domain import Note
from facilitator.services.library import Library
from facilitator.services.participation import ParticipationService
from ui.board_screen import BoardScreen
from ui.main_window import MainWindow
from ui.note_item import NoteItem

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)

MARKUP = "<img src=x onerror=alert(1)><b>BOLD</b>"
ZALGO = "Z" + "\u0336\u0301\u0358" * (settings.NOTE_TEXT_MAX // 3 - 1)
TRICKY = (
    ZALGO,
    "\u202egnp.exe\u202c right-to-left override",
    "zero\u200bwidth\u200d\ufeffjoiners",
    "👩‍👩‍👧‍👦" * 40,
    "W" * settings.NOTE_TEXT_MAX,
)


def _shown_texts(root: QWidget) -> list[tuple[QLabel, str]]:
    return [(w, w.text()) for w in root.findChildren(QLabel) if w.isVisibleTo(root)]


def _check_literal(root: QWidget) -> int:
    """Every label showing the markup shows it as plain text; tooltips are escaped."""
    checked = 0
    for label, text in _shown_texts(root):
        if "<b>" in text or "<img" in text:
            assert label.textFormat() == Qt.TextFormat.PlainText, (label.objectName(), text)
            checked += 1
    for widget in [root, *root.findChildren(QWidget)]:
        tip = widget.toolTip()
        assert "<img" not in tip and "<b>" not in tip, (widget.objectName(), tip)
        if "&lt;b&gt;" in tip:
            checked += 1
    for button in root.findChildren(QAbstractButton):
        if "<b>" in button.text():
            checked += 1  # a button's text is always plain
    return checked


def test_markup_in_titles_names_and_notes_is_shown_as_written(qtbot, library: Library) -> None:
    workshop = library.create(f"Team {MARKUP}", "en")
    service = library.open_workshop(workshop.id)
    board = service.boards()[0].id
    service.execute(UpdateBoard(board, title=f"Board {MARKUP}", question=f"Why {MARKUP}?"))
    service.execute(CreateCluster(board, f"Group {MARKUP}", 0, 0, 800, 600))
    participation = ParticipationService(service)
    person, _ = participation.join(f"Eve {MARKUP}")
    participation.add_note(person.id, f"Note {MARKUP}", "n1", board_id=board)
    participation.close()

    window = MainWindow(library, language="en")
    qtbot.addWidget(window)
    window.resize(1600, 900)
    window.show()
    try:
        assert _check_literal(window) >= 1  # the session's title on the start screen
        window.open_session(workshop.id)
        screen = window.current_screen()
        assert isinstance(screen, BoardScreen)
        qtbot.waitUntil(lambda: _check_literal(window) >= 2)
        assert MARKUP in window.windowTitle()  # a window title is never rich text
        window.toast.show_message(f"Saved {MARKUP}")
        assert window.toast.message_label.textFormat() == Qt.TextFormat.PlainText
        _check_literal(window)
    finally:
        window.close_session()


def _note(text: str) -> Note:
    from datetime import UTC, datetime

    from facilitator.domain import NoteSource

    now = datetime(2026, 1, 1, tzinfo=UTC)
    return Note(
        "n", "b", None, None, text, "yellow", 100.0, 100.0, 200.0, 150.0, 0, "Eve",
        NoteSource.PARTICIPANT, now, now,
    )  # fmt: skip


@pytest.mark.parametrize("text", TRICKY, ids=["zalgo", "rtl", "zero-width", "emoji", "long-word"])
def test_tricky_text_is_drawn_fast_and_inside_its_note(qtbot, text: str) -> None:
    """The longest allowed text of any kind is laid out quickly and clipped to the note."""
    assert len(text) <= settings.NOTE_TEXT_MAX
    item = NoteItem(_note(text))
    image = QImage(800, 800, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.translate(200, 200)
    started = time.perf_counter()
    item.paint(painter, QStyleOptionGraphicsItem(), None)
    elapsed = time.perf_counter() - started
    painter.end()
    assert elapsed < 2.0, elapsed
    # Nothing was drawn far outside the note (its shadow and outline aside).
    rect = item.boundingRect().translated(200, 200)
    margin = QRectF(rect).adjusted(-30, -30, 30, 30)
    white = QColor("white").rgba()
    for y in range(0, 800, 4):
        for x in range(0, 800, 4):
            if not margin.contains(x, y):
                assert image.pixel(x, y) == white, (x, y)
    QApplication.processEvents()
