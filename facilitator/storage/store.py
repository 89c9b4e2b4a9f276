"""Reading and writing workshops. Every write is one short transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import (
    Connection,
    Engine,
    Table,
    bindparam,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.exc import SQLAlchemyError

from facilitator.changes import Changeset, Delete, Insert
from facilitator.domain import Workshop
from facilitator.errors import StorageError
from facilitator.i18n import QT_TRANSLATE_NOOP
from facilitator.state import WorkshopState
from facilitator.storage.mapping import (
    board_from_row,
    changed_columns,
    cluster_from_row,
    discussion_from_row,
    note_from_row,
    participant_from_row,
    phase_from_row,
    poll_answer_from_row,
    poll_from_row,
    table_of,
    timer_from_row,
    to_row,
    vote_from_row,
    workshop_from_row,
)
from facilitator.storage.models import (
    BoardRow,
    ClusterRow,
    DiscussionRow,
    LibrarySettingRow,
    NoteRow,
    ParticipantRow,
    PhaseRow,
    PollAnswerRow,
    PollRow,
    TimerRow,
    VoteRow,
    WorkshopRow,
)

_WRITE_FAILED = QT_TRANSLATE_NOOP(
    "errors", "The change could not be saved ({reason}). Everything saved before it is safe."
)
_DISK_FULL = QT_TRANSLATE_NOOP(
    "errors",
    "The disk is full: the change could not be saved. Everything saved before it is safe; "
    "free some disk space and try again.",
)
_READ_ONLY = QT_TRANSLATE_NOOP(
    "errors",
    "The database cannot be written (the data folder or the disk is read-only): the change "
    "could not be saved. Everything saved before it is safe.",
)
# SQLite's primary result codes (the low byte of an extended code).
SQLITE_READONLY = 8
SQLITE_FULL = 13


def _write_failed(exc: SQLAlchemyError) -> StorageError:
    """The error a person is shown when a write fails, saying why when SQLite knows.

    Only the driver's own message is shown as the reason: SQLAlchemy's text
    would add the statement and its values.
    """
    orig = getattr(exc, "orig", None)
    code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF == SQLITE_FULL:
        return StorageError(_DISK_FULL)
    if isinstance(code, int) and code & 0xFF == SQLITE_READONLY:
        return StorageError(_READ_ONLY)
    return StorageError(_WRITE_FAILED, reason=str(orig or exc))


workshops = cast(Table, WorkshopRow.__table__)
boards = cast(Table, BoardRow.__table__)
clusters = cast(Table, ClusterRow.__table__)
notes = cast(Table, NoteRow.__table__)
participants = cast(Table, ParticipantRow.__table__)
votes = cast(Table, VoteRow.__table__)
phases = cast(Table, PhaseRow.__table__)
timers = cast(Table, TimerRow.__table__)
discussions = cast(Table, DiscussionRow.__table__)
polls = cast(Table, PollRow.__table__)
poll_answers = cast(Table, PollAnswerRow.__table__)
library_settings = cast(Table, LibrarySettingRow.__table__)
ALL_TABLES = (
    workshops,
    boards,
    clusters,
    notes,
    participants,
    votes,
    phases,
    timers,
    discussions,
    polls,
    poll_answers,
)

_inserts = {table: insert(table) for table in ALL_TABLES}
_deletes = {table: delete(table).where(table.c.id == bindparam("key")) for table in ALL_TABLES}
_updates = {table: update(table).where(table.c.id == bindparam("key")) for table in ALL_TABLES}


@dataclass(frozen=True)
class WorkshopSummary:
    """A row of the sessions library."""

    id: str
    title: str
    language: str
    created_at: datetime
    updated_at: datetime
    board_count: int
    note_count: int


class Store:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def _write(self, connection: Connection, changeset: Changeset) -> None:
        # Statements are built once per table and take their values as
        # parameters, so SQLAlchemy's compiled-statement cache always hits.
        for change in changeset.changes:
            if isinstance(change, Insert):
                connection.execute(_inserts[table_of(change.entity)], to_row(change.entity))
            elif isinstance(change, Delete):
                connection.execute(_deletes[table_of(change.entity)], {"key": change.entity.id})
            else:
                values = changed_columns(change.before, change.after)
                if values:
                    values["key"] = change.after.id
                    connection.execute(_updates[table_of(change.after)], values)

    @contextmanager
    def _transaction(self, *, erasing: bool = False) -> Iterator[Connection]:
        """One write transaction; a failure raises a StorageError that says why (never the SQL)."""
        try:
            with self._erasing() if erasing else self.engine.begin() as connection:
                yield connection
        except SQLAlchemyError as exc:
            raise _write_failed(exc) from exc

    def write(
        self, workshop_id: str, changeset: Changeset, now: datetime, *, erasing: bool = False
    ) -> None:
        """Store a changeset atomically and mark the workshop as modified.

        ``erasing`` (removing personal data) also overwrites the old values in the file.
        """
        with self._transaction(erasing=erasing) as connection:
            self._write(connection, changeset)
            connection.execute(_updates[workshops], {"key": workshop_id, "updated_at": now})

    def create_workshop(self, workshop: Workshop, content: Changeset, now: datetime) -> None:
        with self._transaction() as connection:
            connection.execute(_inserts[workshops], {**to_row(workshop), "updated_at": now})
            self._write(connection, content)

    def rename_workshop(self, workshop_id: str, title: str, now: datetime) -> None:
        with self._transaction() as connection:
            connection.execute(
                update(workshops)
                .where(workshops.c.id == workshop_id)
                .values(title=title, updated_at=now)
            )

    def delete_workshops(self, workshop_ids: list[str]) -> None:
        """Delete sessions with everything in them, erased from the file, not just unlinked."""
        with self._transaction(erasing=True) as connection:
            connection.execute(delete(workshops).where(workshops.c.id.in_(workshop_ids)))

    @contextmanager
    def _erasing(self) -> Iterator[Connection]:
        """A transaction whose deleted and replaced values are zeroed in the file.

        SQLite normally leaves deleted rows in free pages, and WAL keeps old
        page versions until a checkpoint: a deleted name could still be read
        from the file. ``secure_delete`` overwrites them, and the checkpoint
        moves the result into the database file and empties the log.
        """
        with self.engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            raw.execute("PRAGMA secure_delete=ON")
            try:
                with connection.begin():
                    yield connection
            finally:
                raw.execute("PRAGMA secure_delete=OFF")
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def setting(self, key: str) -> str | None:
        with self.engine.connect() as connection:
            return connection.execute(
                select(library_settings.c.value).where(library_settings.c.key == key)
            ).scalar()

    def set_setting(self, key: str, value: str | None) -> None:
        """Store a library setting; None removes it (back to the default)."""
        with self._transaction() as connection:
            connection.execute(delete(library_settings).where(library_settings.c.key == key))
            if value is not None:
                connection.execute(insert(library_settings).values(key=key, value=value))

    def summaries(self) -> list[WorkshopSummary]:
        board_count = (
            select(func.count()).where(boards.c.workshop_id == workshops.c.id).scalar_subquery()
        )
        note_count = (
            select(func.count())
            .select_from(notes.join(boards, notes.c.board_id == boards.c.id))
            .where(boards.c.workshop_id == workshops.c.id)
            .scalar_subquery()
        )
        query = select(
            workshops, board_count.label("board_count"), note_count.label("note_count")
        ).order_by(workshops.c.updated_at.desc(), workshops.c.created_at.desc())
        with self.engine.connect() as connection:
            return [
                WorkshopSummary(
                    id=row.id,
                    title=row.title,
                    language=row.language,
                    created_at=row.created_at,
                    updated_at=row.updated_at,
                    board_count=row.board_count,
                    note_count=row.note_count,
                )
                for row in connection.execute(query)
            ]

    def workshop_id_by_join_code(self, code: str) -> str | None:
        with self.engine.connect() as connection:
            return connection.execute(
                select(workshops.c.id).where(workshops.c.join_code == code)
            ).scalar()

    def load(self, workshop_id: str) -> WorkshopState | None:
        with self.engine.connect() as connection:
            row = (
                connection.execute(select(workshops).where(workshops.c.id == workshop_id))
                .mappings()
                .first()
            )
            if row is None:
                return None
            state = WorkshopState(workshop_from_row(row))
            board_rows = connection.execute(
                select(boards).where(boards.c.workshop_id == workshop_id)
            ).mappings()
            state.boards = {b.id: b for b in map(board_from_row, board_rows)}
            on_workshop = select(boards.c.id).where(boards.c.workshop_id == workshop_id)
            cluster_rows = connection.execute(
                select(clusters).where(clusters.c.board_id.in_(on_workshop))
            ).mappings()
            state.clusters = {c.id: c for c in map(cluster_from_row, cluster_rows)}
            note_rows = connection.execute(
                select(notes).where(notes.c.board_id.in_(on_workshop))
            ).mappings()
            state.notes = {n.id: n for n in map(note_from_row, note_rows)}
            participant_rows = connection.execute(
                select(participants).where(participants.c.workshop_id == workshop_id)
            ).mappings()
            state.participants = {p.id: p for p in map(participant_from_row, participant_rows)}
            vote_rows = connection.execute(
                select(votes).where(votes.c.board_id.in_(on_workshop))
            ).mappings()
            state.votes = {v.id: v for v in map(vote_from_row, vote_rows)}
            phase_rows = connection.execute(
                select(phases).where(phases.c.workshop_id == workshop_id)
            ).mappings()
            state.phases = {p.id: p for p in map(phase_from_row, phase_rows)}
            timer_rows = connection.execute(
                select(timers).where(timers.c.id == workshop_id)
            ).mappings()
            state.timers = {t.id: t for t in map(timer_from_row, timer_rows)}
            discussion_rows = connection.execute(
                select(discussions).where(discussions.c.id.in_(on_workshop))
            ).mappings()
            state.discussions = {d.id: d for d in map(discussion_from_row, discussion_rows)}
            poll_rows = connection.execute(
                select(polls).where(polls.c.board_id.in_(on_workshop))
            ).mappings()
            state.polls = {p.id: p for p in map(poll_from_row, poll_rows)}
            on_polls = select(polls.c.id).where(polls.c.board_id.in_(on_workshop))
            answer_rows = connection.execute(
                select(poll_answers).where(poll_answers.c.poll_id.in_(on_polls))
            ).mappings()
            state.poll_answers = {a.id: a for a in map(poll_answer_from_row, answer_rows)}
            state.reindex()
            return state
