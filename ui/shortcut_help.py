"""The list of keyboard shortcuts, over the whole board screen (F1, ? or the ? button).

Like the join screen it covers the window instead of opening one, so it shows
in a shared window too. A tap outside the list, Esc, F1, ? or Close hides it.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from ui.controls import TOUCH_COMFORT, plain_label, touch_button, with_glyph
from ui.cover import Cover, TapShield
from ui.shortcuts import SECTIONS, Section, Shortcut

COLUMNS = 3
# Arrows read better as arrows than as words.
_ARROWS = {"Left": "←", "Right": "→", "Up": "↑", "Down": "↓"}


def key_text(key: str) -> str:
    """A key as the user knows it: translated names, ⌘ on a Mac, arrows as arrows."""
    if key in _ARROWS:
        return _ARROWS[key]
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def action_text(source: str) -> str:
    return QCoreApplication.translate("Shortcuts", source)


class ShortcutHelp(Cover):
    # The keys that open the list close it again.
    dismiss_keys: ClassVar[tuple[Qt.Key, ...]] = (
        Qt.Key.Key_Escape,
        Qt.Key.Key_F1,
        Qt.Key.Key_Question,
    )

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "shortcutHelp")
        self.setAccessibleName(self.tr("Keyboard shortcuts"))

        heading = plain_label(self.tr("Keyboard shortcuts"), "screenTitle")
        hint = plain_label(
            self.tr("Keys work on the board whenever no text field is being typed in."),
            "muted",
            wrap=True,
        )
        self.close_button = touch_button(
            with_glyph("✕", self.tr("Close")),
            self.tr("Close the list of shortcuts"),
            self.tr("Close (Esc)"),
        )
        self.close_button.setMinimumHeight(TOUCH_COMFORT)
        self.close_button.clicked.connect(self.dismiss)
        top = QHBoxLayout()
        top.setSpacing(24)
        top.addWidget(heading)
        top.addWidget(hint, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)

        self.rows: list[tuple[str, str]] = []  # (keys as shown, action) for tests and readers
        listing = TapShield()  # a tap on the list itself must not close the screen
        listing.setObjectName("shortcutList")
        columns = QHBoxLayout(listing)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(40)
        for column in _balanced(SECTIONS, COLUMNS):
            box = QVBoxLayout()
            box.setSpacing(18)
            for section in column:
                box.addWidget(self._section(section))
            box.addStretch(1)
            columns.addLayout(box, 1)

        scroll = QScrollArea()
        scroll.setObjectName("shortcutScroll")
        scroll.setAccessibleName(self.tr("Keyboard shortcuts"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(listing)
        QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(24)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

    def _section(self, section: Section) -> QWidget:
        box = QWidget()
        box.setObjectName("shortcutSection")
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        title = plain_label(action_text(section.title), "helpSection", wrap=True)
        grid.addWidget(title, 0, 0, 1, 2)
        for row, shortcut in enumerate(section.shortcuts, start=1):
            keys = self._keys(shortcut)
            action = plain_label(action_text(shortcut.action), wrap=True)
            grid.addWidget(keys, row, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(action, row, 1, Qt.AlignmentFlag.AlignTop)
            keys_text = (" … " if shortcut.key_range else " / ").join(
                key_text(k) for k in shortcut.keys
            )
            action.setAccessibleName(f"{keys_text}: {action.text()}")
            self.rows.append((keys_text, action.text()))
        grid.setColumnStretch(1, 1)
        return box

    def _keys(self, shortcut: Shortcut) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for index, key in enumerate(shortcut.keys):
            if index and shortcut.key_range:
                row.addWidget(plain_label("…", "muted"))
            cap = QLabel(key_text(key))
            cap.setTextFormat(Qt.TextFormat.PlainText)
            cap.setObjectName("keyCap")
            row.addWidget(cap)
        row.addStretch(1)
        return holder


def _balanced(sections: tuple[Section, ...], count: int) -> list[list[Section]]:
    """Sections in ``count`` columns of about equal length, keeping their order."""
    sizes = [len(s.shortcuts) + 2 for s in sections]
    target = sum(sizes) / count
    columns: list[list[Section]] = [[]]
    filled = 0
    for section, size in zip(sections, sizes, strict=True):
        if columns[-1] and filled + size / 2 > target and len(columns) < count:
            columns.append([])
            filled = 0
        columns[-1].append(section)
        filled += size
    return columns
