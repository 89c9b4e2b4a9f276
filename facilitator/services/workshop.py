"""The service that owns one open workshop.

Every change (from the touch display, the keyboard, or later a participant's
phone) goes through :meth:`WorkshopService.execute`: the command is planned and
validated, applied to the in-memory state, written to the database in one
transaction (autosave) and recorded for undo; then every listener is told what
changed. The service is thread-safe: the participant server calls it from its
own thread, and listeners are called on the caller's thread, in the order
the changes were made (the UI bridge re-posts them to the GUI thread).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from facilitator.changes import Changeset, Delete
from facilitator.commands import Command, PlanContext
from facilitator.domain import (
    Board,
    Cluster,
    Note,
    Participant,
    Phase,
    Timer,
    Vote,
    Workshop,
    utc_now,
)
from facilitator.errors import StorageError
from facilitator.history import UndoHistory
from facilitator.listeners import Listeners
from facilitator.state import WorkshopState
from facilitator.storage.store import Store
from facilitator.templates import TemplateCatalog


class Origin(StrEnum):
    DO = "do"
    UNDO = "undo"
    REDO = "redo"


@dataclass(frozen=True)
class ChangeEvent:
    changeset: Changeset
    origin: Origin
    undo_label: str | None
    redo_label: str | None


Listener = Callable[[ChangeEvent], None]
Clock = Callable[[], datetime]


class WorkshopService:
    def __init__(
        self,
        store: Store,
        state: WorkshopState,
        templates: TemplateCatalog,
        clock: Clock = utc_now,
    ) -> None:
        self._store = store
        self._state = state
        self._templates = templates
        self._clock = clock
        self._history = UndoHistory()
        self._lock: threading.RLock = threading.RLock()
        self._listeners: Listeners[ChangeEvent] = Listeners(self._lock)

    # Reading -------------------------------------------------------------------

    @property
    def workshop(self) -> Workshop:
        return self._state.workshop

    @property
    def templates(self) -> TemplateCatalog:
        return self._templates

    @property
    def clock(self) -> Clock:
        """The service's time source: views showing the timer read the same clock."""
        return self._clock

    def boards(self) -> list[Board]:
        with self._lock:
            return self._state.ordered_boards()

    def board(self, board_id: str) -> Board | None:
        return self._state.boards.get(board_id)

    def notes_on(self, board_id: str) -> list[Note]:
        with self._lock:
            return sorted(self._state.notes_on(board_id), key=lambda n: n.z)

    def clusters_on(self, board_id: str) -> list[Cluster]:
        with self._lock:
            return self._state.clusters_on(board_id)

    def note(self, note_id: str) -> Note | None:
        return self._state.notes.get(note_id)

    def cluster(self, cluster_id: str) -> Cluster | None:
        return self._state.clusters.get(cluster_id)

    def participant(self, participant_id: str) -> Participant | None:
        return self._state.participants.get(participant_id)

    def participant_by_token_hash(self, token_hash: str) -> Participant | None:
        with self._lock:
            return self._state.participant_by_token_hash(token_hash)

    def participant_count(self) -> int:
        return len(self._state.participants)

    def note_by_client_id(self, participant_id: str, client_id: str) -> Note | None:
        with self._lock:
            return self._state.note_by_client_id(participant_id, client_id)

    def vote_count(self, target_id: str) -> int:
        with self._lock:
            return len(self._state.votes_on(target_id))

    def current_board(self) -> Board | None:
        with self._lock:
            return self._state.current_board()

    @property
    def timer(self) -> Timer:
        return self._state.timer

    def phases(self) -> list[Phase]:
        with self._lock:
            return self._state.ordered_phases()

    def current_phase(self) -> Phase | None:
        with self._lock:
            return self._state.current_phase()

    @property
    def lock(self) -> threading.RLock:
        """Hold this while reading :attr:`live_state` outside a listener."""
        return self._lock

    @property
    def live_state(self) -> WorkshopState:
        """The state itself, not a copy: read it only with :attr:`lock` held or in a listener."""
        return self._state

    def stacked_under(self, note_id: str) -> list[Note]:
        with self._lock:
            return self._state.stacked_under(note_id)

    def snapshot(self) -> WorkshopState:
        """A copy of the whole state, safe to read from any thread."""
        with self._lock:
            return WorkshopState(
                self._state.workshop,
                dict(self._state.boards),
                dict(self._state.clusters),
                dict(self._state.notes),
                dict(self._state.participants),
                dict(self._state.votes),
                dict(self._state.phases),
                dict(self._state.timers),
                dict(self._state.discussions),
                dict(self._state.polls),
                dict(self._state.poll_answers),
            )

    # Changing ------------------------------------------------------------------

    def execute(self, command: Command, *, undoable: bool = True) -> Changeset:
        """Validate, apply, save and (if ``undoable``) record one command.

        Raises FacilitatorError if the command is refused; nothing changes then.
        Participants joining and voting, and the facilitator's switches (which
        board is shown, input open, voting on) are not undoable: they are not
        edits of the board's content.
        """
        with self._lock:
            now = self._clock()
            changeset = command.plan(self._state, PlanContext(now, self._templates))
            if not changeset:
                return changeset
            changeset = self._commit(changeset, now)
            if undoable:
                self._history.record(changeset)
            self._notify(self._event(changeset, Origin.DO))
        return changeset

    def undo(self) -> Changeset | None:
        with self._lock:
            done = self._history.take_undo()
            if done is None:
                return None
            try:
                inverse = self._commit(done.inverted(), self._clock())
            except Exception:
                self._history.restore_undo(done)
                raise
            self._history.push_undone(done)
            self._notify(self._event(inverse, Origin.UNDO))
        return inverse

    def redo(self) -> Changeset | None:
        with self._lock:
            undone = self._history.take_redo()
            if undone is None:
                return None
            try:
                redone = self._commit(undone, self._clock())
            except Exception:
                self._history.restore_redo(undone)
                raise
            self._history.push_redone(undone)
            self._notify(self._event(redone, Origin.REDO))
        return redone

    def begin_macro(self, label: str) -> None:
        with self._lock:
            self._history.begin_macro(label)

    def end_macro(self) -> None:
        """Close the undo step; listeners hear of it so undo controls show the new label."""
        with self._lock:
            self._history.end_macro()
            self._notify(self._event(Changeset(self._history.undo_label or "", ()), Origin.DO))

    @property
    def undo_label(self) -> str | None:
        return self._history.undo_label

    @property
    def redo_label(self) -> str | None:
        return self._history.redo_label

    def _commit(self, changeset: Changeset, now: datetime) -> Changeset:
        """Apply and store; returns what was actually applied (with dependent votes removed)."""
        changeset = self._with_dependent_votes(changeset)
        self._state.apply(changeset)
        try:
            self._store.write(self._state.workshop.id, changeset, now)
        except StorageError:
            self._state.apply(changeset.inverted())
            raise
        return changeset

    def _with_dependent_votes(self, changeset: Changeset) -> Changeset:
        """Votes on a note or cluster go when it goes (e.g. when its creation is undone)."""
        doomed = {
            c.entity.id
            for c in changeset.changes
            if isinstance(c, Delete) and isinstance(c.entity, Note | Cluster)
        }
        already = {
            c.entity.id
            for c in changeset.changes
            if isinstance(c, Delete) and isinstance(c.entity, Vote)
        }
        votes = [
            vote
            for target in doomed
            for vote in self._state.votes_on(target)
            if vote.id not in already
        ]
        if not votes:
            return changeset
        return Changeset(changeset.label, (*(Delete(v) for v in votes), *changeset.changes))

    def _event(self, changeset: Changeset, origin: Origin) -> ChangeEvent:
        return ChangeEvent(changeset, origin, self._history.undo_label, self._history.redo_label)

    # Listening -----------------------------------------------------------------

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` after every change; returns a function that unsubscribes."""
        return self._listeners.add(listener)

    def _notify(self, event: ChangeEvent) -> None:
        # Called with the lock held, so that every listener sees changes in the
        # order they were made. Listeners must return quickly and never wait
        # on another thread (the UI bridge only posts a queued signal).
        self._listeners.call(event)
