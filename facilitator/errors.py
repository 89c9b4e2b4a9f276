"""Errors the user is shown. Each carries a translatable :class:`Text`."""

from __future__ import annotations

from typing import Any

from facilitator.i18n import QT_TRANSLATE_NOOP, Text


class FacilitatorError(Exception):
    """Base of every error that reaches a person with a readable message.

    ``code`` is a stable machine-readable name for clients (the phone page
    shows its own translated text for each code).
    """

    code = "invalid"

    def __init__(self, source: str, **args: Any) -> None:
        self.text = Text("errors", source, args)
        super().__init__(self.text.english())


class ValidationError(FacilitatorError):
    """A command was refused because it breaks a rule of the domain."""


class NotFoundError(FacilitatorError):
    """A command names something that does not exist (any more)."""

    code = "not_found"


class ConflictError(FacilitatorError):
    """The state changed under a command (e.g. undo after someone else edited)."""

    code = "conflict"


class StorageError(FacilitatorError):
    """The database could not be opened or written; nothing saved was lost."""

    code = "storage"


class DatabaseCorruptError(StorageError):
    pass


class DatabaseTooNewError(StorageError):
    pass


# Messages used in more than one place.
NOTE_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "That note no longer exists.")
CLUSTER_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "That cluster no longer exists.")
BOARD_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "That board no longer exists.")
WORKSHOP_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "That session no longer exists.")
