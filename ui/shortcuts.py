"""Every keyboard shortcut of the board screen, in one table.

The help screen (F1 or ?) lists this table, and a test checks that every key
the board screen binds is in it. Keys are written as portable
``QKeySequence`` text and shown in the user's own notation (``Ctrl`` or ``⌘``,
translated key names).

The timer's keys leave alone what presenter clickers send: Page Up, Page Down,
B, and F5 and Esc (which start and leave presentation mode).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent

from facilitator.i18n import QT_TRANSLATE_NOOP

# The timer's keys that work anywhere on the board screen (not while typing).
TIMER_PANEL = "T"
TIMER_FULL_SCREEN = "Shift+T"
TIMER_PAUSE = "P"
TIMER_MORE = ">"
TIMER_LESS = "<"
HELP = ("F1", "?")
# Opens the audience window on the second screen, and closes it.
AUDIENCE_WINDOW = "Ctrl+F5"
# The discussion's moves (they do nothing while no topic is under discussion).
# "Next topic" sits beside Ctrl+Right ("next phase"): topics go down a phase.
NEXT_TOPIC = "Ctrl+Down"
ASK_TO_CONTINUE = "Q"
KEEP_GOING = "K"


@dataclass(frozen=True)
class Shortcut:
    keys: tuple[str, ...]  # each shown as a key cap
    action: str  # English; translated in the "Shortcuts" context
    key_range: bool = False  # keys are the two ends of a range ("1 … 9")
    aliases: tuple[str, ...] = ()  # also bound, not shown (e.g. Ctrl+= for Ctrl++)


@dataclass(frozen=True)
class Section:
    title: str
    shortcuts: tuple[Shortcut, ...]


def _s(
    keys: tuple[str, ...], action: str, *, key_range: bool = False, aliases: tuple[str, ...] = ()
) -> Shortcut:
    return Shortcut(keys, action, key_range, aliases)


SECTIONS: tuple[Section, ...] = (
    Section(
        QT_TRANSLATE_NOOP("Shortcuts", "Board"),
        (
            _s(("N",), QT_TRANSLATE_NOOP("Shortcuts", "New note")),
            _s(
                ("Tab", "Shift+Tab"),
                QT_TRANSLATE_NOOP("Shortcuts", "Select the next or the previous note"),
            ),
            _s(("Enter", "F2"), QT_TRANSLATE_NOOP("Shortcuts", "Edit the selected note")),
            _s(("Del", "Backspace"), QT_TRANSLATE_NOOP("Shortcuts", "Delete the selected notes")),
            _s(("Menu",), QT_TRANSLATE_NOOP("Shortcuts", "Actions for the selected note")),
            _s(
                ("Left", "Right", "Up", "Down"),
                QT_TRANSLATE_NOOP("Shortcuts", "Nudge the selected notes (with Shift: further)"),
            ),
            _s(("Ctrl+A",), QT_TRANSLATE_NOOP("Shortcuts", "Select every note")),
            _s(("Esc",), QT_TRANSLATE_NOOP("Shortcuts", "Clear the selection")),
            _s(("Ctrl+Z",), QT_TRANSLATE_NOOP("Shortcuts", "Undo")),
            _s(("Ctrl+Shift+Z", "Ctrl+Y"), QT_TRANSLATE_NOOP("Shortcuts", "Redo")),
            _s(("+", "Ctrl++"), QT_TRANSLATE_NOOP("Shortcuts", "Zoom in"), aliases=("Ctrl+=",)),
            _s(("-", "Ctrl+-"), QT_TRANSLATE_NOOP("Shortcuts", "Zoom out")),
            _s(("Space",), QT_TRANSLATE_NOOP("Shortcuts", "Hold and drag to pan")),
            _s(("F",), QT_TRANSLATE_NOOP("Shortcuts", "Fit the whole board")),
        ),
    ),
    Section(
        QT_TRANSLATE_NOOP("Shortcuts", "Agenda"),
        (
            _s(("A",), QT_TRANSLATE_NOOP("Shortcuts", "Plan the agenda")),
            _s(("Ctrl+Right",), QT_TRANSLATE_NOOP("Shortcuts", "Next phase")),
        ),
    ),
    Section(
        QT_TRANSLATE_NOOP("Shortcuts", "Discussion"),
        (
            _s((NEXT_TOPIC,), QT_TRANSLATE_NOOP("Shortcuts", "Next topic")),
            _s(
                (ASK_TO_CONTINUE,),
                QT_TRANSLATE_NOOP("Shortcuts", "Ask the room: continue with this topic?"),
            ),
            _s((KEEP_GOING,), QT_TRANSLATE_NOOP("Shortcuts", "Keep going: more time for it")),
        ),
    ),
    Section(
        QT_TRANSLATE_NOOP("Shortcuts", "Timer"),
        (
            _s((TIMER_PANEL,), QT_TRANSLATE_NOOP("Shortcuts", "Open or close the timer controls")),
            _s((TIMER_PAUSE,), QT_TRANSLATE_NOOP("Shortcuts", "Pause or resume the timer")),
            _s((TIMER_MORE,), QT_TRANSLATE_NOOP("Shortcuts", "One minute more")),
            _s((TIMER_LESS,), QT_TRANSLATE_NOOP("Shortcuts", "One minute less")),
            _s((TIMER_FULL_SCREEN,), QT_TRANSLATE_NOOP("Shortcuts", "Timer full screen, and back")),
        ),
    ),
    Section(
        QT_TRANSLATE_NOOP("Shortcuts", "Window"),
        (
            _s(("F5",), QT_TRANSLATE_NOOP("Shortcuts", "Presentation mode (Esc leaves it)")),
            _s(
                (AUDIENCE_WINDOW,),
                QT_TRANSLATE_NOOP("Shortcuts", "Audience window on the second screen, and back"),
            ),
            _s(("F11",), QT_TRANSLATE_NOOP("Shortcuts", "Window full screen")),
            _s(("Ctrl+E",), QT_TRANSLATE_NOOP("Shortcuts", "Export the session")),
            _s(HELP, QT_TRANSLATE_NOOP("Shortcuts", "This list of shortcuts")),
        ),
    ),
    Section(
        QT_TRANSLATE_NOOP("Shortcuts", "In the timer controls and the full-screen timer"),
        (
            _s(
                ("1", "9"),
                QT_TRANSLATE_NOOP("Shortcuts", "Count down that many minutes"),
                key_range=True,
            ),
            _s(("0",), QT_TRANSLATE_NOOP("Shortcuts", "Count down 10 minutes")),
            _s(("Space", "P"), QT_TRANSLATE_NOOP("Shortcuts", "Pause or resume")),
            _s(("+", "-"), QT_TRANSLATE_NOOP("Shortcuts", "One minute more or less")),
            _s(("S",), QT_TRANSLATE_NOOP("Shortcuts", "Start the stopwatch")),
            _s(("R",), QT_TRANSLATE_NOOP("Shortcuts", "Reset to the start")),
            _s(("Del",), QT_TRANSLATE_NOOP("Shortcuts", "Clear the timer")),
            _s(("C",), QT_TRANSLATE_NOOP("Shortcuts", "Small or normal timer")),
            _s(("F",), QT_TRANSLATE_NOOP("Shortcuts", "Full screen, and back")),
            _s(("M",), QT_TRANSLATE_NOOP("Shortcuts", "Chime on or off")),
            _s(("Up", "Down"), QT_TRANSLATE_NOOP("Shortcuts", "Custom time: minutes")),
            _s(("Left", "Right"), QT_TRANSLATE_NOOP("Shortcuts", "Custom time: seconds")),
            _s(("Enter",), QT_TRANSLATE_NOOP("Shortcuts", "Start the custom time")),
            _s(("Esc",), QT_TRANSLATE_NOOP("Shortcuts", "Close")),
        ),
    ),
)


def every_key() -> set[str]:
    """Every key sequence in the table, aliases included (portable text)."""
    return {
        key
        for section in SECTIONS
        for shortcut in section.shortcuts
        for key in (*shortcut.keys, *shortcut.aliases)
    }


def claim_escape(event: QEvent) -> bool:
    """Take Esc before any QShortcut does (e.g. presentation mode's): True if claimed.

    Accepting the shortcut override makes Qt deliver Esc as a key press to the
    widget whose ``event()`` calls this, so it can close itself first.
    """
    if (
        event.type() == QEvent.Type.ShortcutOverride
        and isinstance(event, QKeyEvent)
        and event.key() == Qt.Key.Key_Escape
    ):
        event.accept()
        return True
    return False
