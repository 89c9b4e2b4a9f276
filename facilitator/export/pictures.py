"""What the core asks of whoever can draw boards: the PDF report and PNG pictures.

Drawing a board takes Qt, which the core never imports. The desktop app (and
``facilitator export`` started from it) hands :func:`export_session` a
:class:`PictureWriter` from ``ui.export``; the core decides what is drawn
(the :class:`SessionReport`, already filtered by the selection) and where it
goes, the writer only how it looks.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from facilitator.export.report import BoardEntry, SessionReport

# How far an export has come, from 0 to 1.
Progress = Callable[[float], None]

# Long enough to recognise a board, short enough for every file system's limit.
_NAME_MAX = 80


class PictureWriter(Protocol):
    def board_png(self, board: BoardEntry, path: Path) -> None:
        """Write a picture of one board, as it looks in the app, to ``path``."""

    def report_pdf(self, report: SessionReport, path: Path, progress: Progress) -> None:
        """Write the PDF report to ``path``, calling ``progress`` as boards are done."""


def no_progress(_done: float) -> None:
    """For callers that do not show progress."""


def file_stem(text: str, fallback: str = "export") -> str:
    """``text`` as a file name (without extension) that every file system accepts."""
    text = unicodedata.normalize("NFC", " ".join(text.split()))
    # Characters Windows refuses in names, and control characters anywhere.
    text = re.sub(r'[<>:"/\\|?*\x00-\x1f\x7f]', "-", text)
    return text[:_NAME_MAX].strip(" .") or fallback


def picture_name(number: int, title: str) -> str:
    """A board picture's file name: numbered in board order, safe on every file system."""
    return f"{number:02d} {file_stem(title, 'board')}.png"
