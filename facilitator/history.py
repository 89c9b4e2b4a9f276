"""Undo and redo over changesets."""

from __future__ import annotations

from facilitator import settings
from facilitator.changes import Changeset


class UndoHistory:
    """Done changesets to undo and undone ones to redo.

    A macro gathers several changesets into one undo step, for actions the
    user thinks of as one (e.g. a drop that both moves and stacks notes).
    """

    def __init__(self, limit: int | None = None) -> None:
        self._undo: list[Changeset] = []
        self._redo: list[Changeset] = []
        self._limit = settings.UNDO_STEPS_MAX if limit is None else limit
        self._macro: list[Changeset] | None = None
        self._macro_label = ""
        self._macro_depth = 0

    def record(self, changeset: Changeset) -> None:
        if not changeset:
            return
        if self._macro is not None:
            self._macro.append(changeset)
            return
        self._undo.append(changeset)
        del self._undo[: -self._limit]
        self._redo.clear()

    def begin_macro(self, label: str) -> None:
        if self._macro_depth == 0:
            self._macro = []
            self._macro_label = label
        self._macro_depth += 1

    def end_macro(self) -> None:
        if self._macro_depth == 0:
            raise RuntimeError("end_macro() without begin_macro()")
        self._macro_depth -= 1
        if self._macro_depth == 0:
            parts, self._macro = self._macro or [], None
            changes = tuple(change for part in parts for change in part.changes)
            self.record(Changeset(self._macro_label, changes))

    def take_undo(self) -> Changeset | None:
        return self._undo.pop() if self._undo and self._macro is None else None

    def take_redo(self) -> Changeset | None:
        return self._redo.pop() if self._redo and self._macro is None else None

    def push_undone(self, changeset: Changeset) -> None:
        self._redo.append(changeset)

    def push_redone(self, changeset: Changeset) -> None:
        self._undo.append(changeset)

    def restore_undo(self, changeset: Changeset) -> None:
        """Put back an undo step that could not be carried out."""
        self._undo.append(changeset)

    def restore_redo(self, changeset: Changeset) -> None:
        self._redo.append(changeset)

    @property
    def undo_label(self) -> str | None:
        return self._undo[-1].label if self._undo else None

    @property
    def redo_label(self) -> str | None:
        return self._redo[-1].label if self._redo else None

    def clear(self) -> None:
        self._undo.clear()
        self._redo.clear()
