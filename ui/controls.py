"""Finger-sized controls, and showing user-written text without Qt interpreting it.

Titles and notes come from facilitators and participants. Qt would read ``&``
in a button as a mnemonic and ``<b>`` in a label or tooltip as markup, so every
widget that shows such text goes through the helpers here.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent, QTextCursor
from PySide6.QtWidgets import QLabel, QLayout, QPlainTextEdit, QPushButton, QSizePolicy, QWidget

# The smallest control a finger hits reliably on a 55" 1080p display (about 9 mm).
TOUCH_MIN = 48
# Frequently used controls get a little more.
TOUCH_COMFORT = 56


def plain_tooltip(text: str) -> str:
    """A tooltip that always shows ``text`` literally.

    Qt guesses whether a tooltip is rich text; wrapping escaped text in a
    paragraph makes the guess certain, so markup typed by a user stays visible.
    """
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


def with_glyph(glyph: str, text: str) -> str:
    """A button label led by an icon-like symbol, so it is recognised before it is read."""
    return f"{glyph}  {text}"


def button_text(text: str) -> str:
    """User text for a button label: ``&`` shown as itself, not as a shortcut marker."""
    return text.replace("&", "&&")


def elided(text: str, font: QFont, width: int) -> str:
    """One line of ``text`` that fits in ``width`` pixels, ending in … when cut."""
    single_line = " ".join(text.split())
    return QFontMetrics(font).elidedText(single_line, Qt.TextElideMode.ElideRight, width)


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def trim_to_limit(edit: QPlainTextEdit, limit: int) -> bool:
    """Refuse text beyond ``limit`` characters; returns whether something was cut.

    What was just typed or pasted (the text before the cursor) is removed, so
    the rest of the text stays as it was. Positions in a text document count
    UTF-16 units while the limit counts characters, hence the conversions.
    """
    text = edit.toPlainText()
    excess = len(text) - limit
    if excess <= 0:
        return False
    cursor = edit.textCursor()
    cursor_at = cursor.position()
    before_cursor = text.encode("utf-16-le")[: cursor_at * 2].decode("utf-16-le", "ignore")
    end = len(before_cursor)
    start, stop = (end - excess, end) if end >= excess else (limit, len(text))
    cursor.setPosition(_utf16_length(text[:start]))
    cursor.setPosition(_utf16_length(text[:stop]), QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    edit.setTextCursor(cursor)
    return True


def plain_label(
    text: str = "",
    object_name: str = "",
    *,
    wrap: bool = False,
    parent: QWidget | None = None,
) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    if object_name:
        label.setObjectName(object_name)
    return label


class TouchButton(QPushButton):
    """A push button never smaller than a fingertip nor than its own label.

    (An explicit minimum size would replace the label's width as the minimum,
    and crowded rows would then squeeze buttons until their text is cut.)
    """

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint().expandedTo(QSize(TOUCH_MIN, TOUCH_MIN))

    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(QSize(TOUCH_MIN, TOUCH_MIN))


def touch_button(
    text: str,
    accessible_name: str,
    tooltip: str = "",
    *,
    role: str = "",
    object_name: str = "",
    checkable: bool = False,
    keeps_focus_elsewhere: bool = True,
    parent: QWidget | None = None,
) -> QPushButton:
    """A button at least :data:`TOUCH_MIN` square with an accessible name and tooltip.

    ``role`` selects a look from the stylesheet ("primary", "danger", "tab").
    With ``keeps_focus_elsewhere`` a tap does not take keyboard focus, so
    shortcuts keep going to the board and no focus ring lingers on a touch
    screen; Tab still reaches the button.
    """
    button = TouchButton(text, parent)
    button.setAccessibleName(accessible_name)
    button.setToolTip(plain_tooltip(tooltip or accessible_name))
    button.setCheckable(checkable)
    button.setAutoDefault(False)
    if keeps_focus_elsewhere:
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    if role:
        button.setProperty("role", role)
    if object_name:
        button.setObjectName(object_name)
    return button


class ElidedLabel(QLabel):
    """One line of user text that shortens itself with … to the width it is given.

    The full text stays available as tooltip and accessible name.
    """

    def __init__(self, text: str = "", object_name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if object_name:
            self.setObjectName(object_name)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(TOUCH_MIN)
        self._full_text = ""
        self.set_full_text(text)

    def full_text(self) -> str:
        return self._full_text

    def set_full_text(self, text: str) -> None:
        self._full_text = text
        self.setToolTip(plain_tooltip(text))
        self.setAccessibleName(text)
        self._elide()

    def sizeHint(self) -> QSize:
        single_line = " ".join(self._full_text.split())
        width = self.fontMetrics().horizontalAdvance(single_line) + 4
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(TOUCH_MIN, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._elide()

    def _elide(self) -> None:
        self.setText(elided(self._full_text, self.font(), max(self.width(), TOUCH_MIN)))


class CardButton(QPushButton):
    """A big button laid out with child widgets (e.g. a title over a description).

    QPushButton sizes itself from its own text; this one sizes from its layout,
    and its children let taps through to it.
    """

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setAutoDefault(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(TOUCH_MIN)

    @staticmethod
    def pass_taps_through(widget: QWidget) -> None:
        """Let taps on a child reach the card itself."""
        widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def _layout_size(self, size: QSize) -> QSize:
        return size.expandedTo(QSize(TOUCH_MIN, TOUCH_MIN))

    def sizeHint(self) -> QSize:
        layout = self.layout()
        if layout is None:
            return super().sizeHint()
        return self._layout_size(layout.totalSizeHint())

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        if layout is None:
            return super().minimumSizeHint()
        return self._layout_size(layout.totalMinimumSize())

    def hasHeightForWidth(self) -> bool:
        layout = self.layout()
        return layout is not None and layout.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        if isinstance(layout, QLayout) and layout.hasHeightForWidth():
            return max(TOUCH_MIN, layout.totalHeightForWidth(width))
        return super().heightForWidth(width)


class ColorSwatchButton(QPushButton):
    """A colour choice that also shows the colour's symbol, so colour is never the only cue."""

    def __init__(
        self,
        key: str,
        hex_color: str,
        symbol: str,
        name: str,
        *,
        checkable: bool = False,
        compact: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.key = key
        self._symbol = symbol
        self._compact = compact
        self.setObjectName("colorSwatch")
        self.setCheckable(checkable)
        self.setAutoDefault(False)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setMinimumSize(TOUCH_COMFORT, TOUCH_COMFORT)
        self.setAccessibleName(name)
        self.setToolTip(plain_tooltip(name))
        self.setStyleSheet(f"QPushButton#colorSwatch {{ background-color: {hex_color}; }}")
        self.toggled.connect(self._show_checked)
        self._show_checked(False)

    def _show_checked(self, checked: bool) -> None:
        # The check mark (not only the thicker border) tells which colour is chosen;
        # a compact swatch has room for the mark alone.
        if checked:
            self.setText("✓" if self._compact else f"{self._symbol} ✓")
        else:
            self.setText(self._symbol)
