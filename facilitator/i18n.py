"""Marking user-visible core text for translation without importing Qt.

The core produces messages (errors, template titles, colour names) that the
user reads. They are marked with :func:`QT_TRANSLATE_NOOP` so that
``pyside6-lupdate`` collects them into the same ``.ts`` files as the UI; the UI
(or the server) translates them at display time with the context and source
text kept in :class:`Text`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Return ``source`` unchanged; lupdate recognises the call by its name."""
    del context
    return source


@dataclass(frozen=True)
class Text:
    """A translatable message: its context, English source and format arguments."""

    context: str
    source: str
    args: dict[str, Any] = field(default_factory=dict)

    def english(self) -> str:
        return self.source.format(**self.args)

    def __str__(self) -> str:
        return self.english()
