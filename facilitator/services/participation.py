"""Taking part from a phone: joining, notes, votes, and the feed of changes.

The participant server (and any other client) goes through this service; it
turns requests into the commands of :mod:`facilitator.participation`, executed
by the same :class:`WorkshopService` the facilitator's display uses, so the
rules and the undo history are shared. It also keeps a numbered feed of what
each change means for phones, so an event stream can resume from any recent
event id without missing anything.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from facilitator import settings
from facilitator.domain import Note, Participant, Thumb
from facilitator.errors import BOARD_NOT_FOUND, NotFoundError
from facilitator.i18n import QT_TRANSLATE_NOOP
from facilitator.listeners import Listeners
from facilitator.participation import (
    AddParticipantNote,
    AnswerPoll,
    CastVote,
    DeleteParticipantNote,
    EditParticipantNote,
    Join,
    RetractVote,
)
from facilitator.services.workshop import ChangeEvent, WorkshopService
from facilitator.visibility import handout_json, private_deltas, public_delta, state_json


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class FeedEvent:
    """One change as phones see it; JSON text is built once and shared."""

    seq: int
    public: str | None
    private: dict[str, str]

    def for_participant(self, participant_id: str) -> list[str]:
        parts = [self.public] if self.public is not None else []
        mine = self.private.get(participant_id)
        if mine is not None:
            parts.append(mine)
        return parts


FeedListener = Callable[[FeedEvent], None]


class ParticipationService:
    def __init__(self, workshop: WorkshopService, history: int | None = None) -> None:
        self.workshop = workshop
        kept = settings.PHONE_EVENTS_KEPT if history is None else history
        self._feed: deque[FeedEvent] = deque(maxlen=kept)
        self._seq = 0
        self._listeners: Listeners[FeedEvent] = Listeners()
        self._lock = threading.Lock()
        self._unsubscribe = workshop.subscribe(self._on_change)

    def close(self) -> None:
        self._unsubscribe()

    # Joining ---------------------------------------------------------------------

    def join(self, name: str | None = None) -> tuple[Participant, str]:
        """A new participant and the bearer token that identifies them from now on."""
        token = secrets.token_urlsafe(32)
        command = Join(hash_token(token), name)
        self.workshop.execute(command, undoable=False)
        participant = self.workshop.participant(command.participant_id)
        assert participant is not None
        return participant, token

    def authenticate(self, token: str) -> Participant | None:
        return self.workshop.participant_by_token_hash(hash_token(token))

    def participant_count(self) -> int:
        return self.workshop.participant_count()

    # Notes and votes ---------------------------------------------------------------

    def add_note(
        self,
        participant_id: str,
        text: str,
        client_id: str,
        *,
        color: str | None = None,
        board_id: str | None = None,
        cluster_id: str | None = None,
        builds_on: str | None = None,
    ) -> tuple[Note, bool]:
        """The note, and whether it is new (False: the same ``client_id`` was sent before)."""
        existing = self.workshop.note_by_client_id(participant_id, client_id)
        if existing is not None:
            return existing, False
        command = AddParticipantNote(
            participant_id,
            text,
            client_id,
            **({"color": color} if color else {}),
            board_id=board_id,
            cluster_id=cluster_id,
            builds_on=builds_on,
        )
        self.workshop.execute(command)
        note = self.workshop.note_by_client_id(participant_id, client_id)
        assert note is not None
        return note, note.id == command.note_id

    def edit_note(
        self, participant_id: str, note_id: str, text: str | None, color: str | None
    ) -> Note:
        self.workshop.execute(EditParticipantNote(participant_id, note_id, text, color))
        note = self.workshop.note(note_id)
        if note is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "That note no longer exists."))
        return note

    def delete_note(self, participant_id: str, note_id: str) -> None:
        self.workshop.execute(DeleteParticipantNote(participant_id, note_id))

    def vote(self, participant_id: str, target_id: str, board_id: str | None = None) -> None:
        self.workshop.execute(CastVote(participant_id, target_id, board_id), undoable=False)

    def retract_vote(
        self, participant_id: str, target_id: str, board_id: str | None = None
    ) -> None:
        self.workshop.execute(RetractVote(participant_id, target_id, board_id), undoable=False)

    def answer_poll(self, participant_id: str, poll_id: str, choice: Thumb) -> None:
        self.workshop.execute(AnswerPoll(participant_id, poll_id, choice), undoable=False)

    def handout_for(self, participant_id: str) -> dict[str, Any]:
        """The notes this participant builds on in the phase under way (brainwriting)."""
        with self.workshop.lock:
            return handout_json(self.workshop.live_state, participant_id)

    def state_for(self, participant_id: str, board_id: str | None = None) -> dict[str, Any]:
        with self.workshop.lock:
            if board_id is not None and board_id not in self.workshop.live_state.boards:
                raise NotFoundError(BOARD_NOT_FOUND)
            state = state_json(self.workshop.live_state, participant_id, board_id)
            state["event_id"] = self._seq
            return state

    # The feed --------------------------------------------------------------------

    @property
    def last_event_id(self) -> int:
        return self._seq

    def events_since(self, event_id: int) -> list[FeedEvent] | None:
        """Events after ``event_id``; None when they are no longer kept (reload instead)."""
        with self._lock:
            if event_id > self._seq:
                return None
            if event_id == self._seq:
                return []
            if not self._feed or self._feed[0].seq > event_id + 1:
                return None
            return [e for e in self._feed if e.seq > event_id]

    def subscribe_feed(self, listener: FeedListener) -> Callable[[], None]:
        """Call ``listener`` with every feed event; returns a function that unsubscribes."""
        return self._listeners.add(listener)

    def _on_change(self, event: ChangeEvent) -> None:
        # Called by the workshop service with its lock held, in change order.
        if not event.changeset:
            return
        state = self.workshop.live_state
        public = public_delta(event.changeset, state)
        private = private_deltas(event.changeset, state)
        with self._lock:
            self._seq += 1
            feed_event = FeedEvent(
                self._seq,
                _dumps(public) if public else None,
                {pid: _dumps(delta) for pid, delta in private.items()},
            )
            self._feed.append(feed_event)
        self._listeners.call(feed_event)
