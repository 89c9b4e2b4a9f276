"""The database schema as typed SQLAlchemy ORM classes.

Column names match the field names of the domain dataclasses, so rows and
entities convert by name (see :mod:`facilitator.storage.mapping`). Any change
here needs a new Alembic revision in ``migrations/versions``.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    true,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes stored as ISO 8601 text (SQLite has no datetime type)."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        return value.astimezone(UTC).isoformat(timespec="microseconds")

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class WorkshopRow(Base):
    __tablename__ = "workshops"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    join_code: Mapped[str] = mapped_column(String(16), unique=True)
    # No foreign key: boards reference workshops, and SQLite cannot add a
    # cycle later without rebuilding both tables. The service keeps it valid.
    current_board_id: Mapped[str | None] = mapped_column(String(32))
    current_phase_id: Mapped[str | None] = mapped_column(String(32))


class BoardRow(Base):
    __tablename__ = "boards"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    workshop_id: Mapped[str] = mapped_column(
        ForeignKey("workshops.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    question: Mapped[str] = mapped_column(Text)
    template: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    input_open: Mapped[bool] = mapped_column(Boolean, server_default=true())
    hidden_mode: Mapped[bool] = mapped_column(Boolean, server_default=false())
    voting_open: Mapped[bool] = mapped_column(Boolean, server_default=false())
    vote_budget: Mapped[int] = mapped_column(Integer, server_default="3")
    vote_target: Mapped[str] = mapped_column(String(16), server_default="notes")
    results_visible: Mapped[bool] = mapped_column(Boolean, server_default=false())


class ClusterRow(Base):
    __tablename__ = "clusters"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    board_id: Mapped[str] = mapped_column(ForeignKey("boards.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Text)
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)
    width: Mapped[float] = mapped_column(Float)
    height: Mapped[float] = mapped_column(Float)
    color: Mapped[str] = mapped_column(String(16))


class NoteRow(Base):
    __tablename__ = "notes"
    __table_args__ = (
        Index("ix_notes_stack_id", "stack_id"),
        # A phone resending a note (after a lost response) must not add it twice.
        UniqueConstraint("participant_id", "client_id", name="uq_notes_participant_client"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    board_id: Mapped[str] = mapped_column(ForeignKey("boards.id", ondelete="CASCADE"), index=True)
    cluster_id: Mapped[str | None] = mapped_column(
        ForeignKey("clusters.id", ondelete="SET NULL"), index=True
    )
    stack_id: Mapped[str | None] = mapped_column(ForeignKey("notes.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)
    color: Mapped[str] = mapped_column(String(16))
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)
    width: Mapped[float] = mapped_column(Float)
    height: Mapped[float] = mapped_column(Float)
    z: Mapped[int] = mapped_column(Integer)
    author_name: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    participant_id: Mapped[str | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL"), index=True
    )
    client_id: Mapped[str | None] = mapped_column(String(64))
    face_down: Mapped[bool] = mapped_column(Boolean, server_default=false())
    moderated: Mapped[bool] = mapped_column(Boolean, server_default=false())
    # Plain references (no foreign key): undoing a deletion restores the note
    # under its old id, and every chain that named it comes back with it.
    builds_on: Mapped[str | None] = mapped_column(String(32), index=True)
    phase_id: Mapped[str | None] = mapped_column(String(32))
    discussed: Mapped[bool] = mapped_column(Boolean, server_default=false())


class ParticipantRow(Base):
    __tablename__ = "participants"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    workshop_id: Mapped[str] = mapped_column(
        ForeignKey("workshops.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str | None] = mapped_column(Text)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class VoteRow(Base):
    __tablename__ = "votes"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    participant_id: Mapped[str] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    board_id: Mapped[str] = mapped_column(ForeignKey("boards.id", ondelete="CASCADE"), index=True)
    note_id: Mapped[str | None] = mapped_column(
        ForeignKey("notes.id", ondelete="CASCADE"), index=True
    )
    cluster_id: Mapped[str | None] = mapped_column(
        ForeignKey("clusters.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class PhaseRow(Base):
    __tablename__ = "phases"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    workshop_id: Mapped[str] = mapped_column(
        ForeignKey("workshops.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    board_id: Mapped[str | None] = mapped_column(
        ForeignKey("boards.id", ondelete="SET NULL"), index=True
    )
    planned: Mapped[float] = mapped_column(Float)
    instruction: Mapped[str] = mapped_column(Text)
    spent: Mapped[float] = mapped_column(Float)
    started_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    done: Mapped[bool] = mapped_column(Boolean)
    cluster_id: Mapped[str | None] = mapped_column(
        ForeignKey("clusters.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16), server_default="work")


class TimerRow(Base):
    """The session's timer; its id is the workshop's."""

    __tablename__ = "timers"

    id: Mapped[str] = mapped_column(
        ForeignKey("workshops.id", ondelete="CASCADE"), primary_key=True
    )
    mode: Mapped[str] = mapped_column(String(16))
    duration: Mapped[float] = mapped_column(Float)
    elapsed: Mapped[float] = mapped_column(Float)
    started_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class DiscussionRow(Base):
    """A board's topic discussion; its id is the board's."""

    __tablename__ = "discussions"

    id: Mapped[str] = mapped_column(ForeignKey("boards.id", ondelete="CASCADE"), primary_key=True)
    # Plain references, as Note.builds_on: undo brings a deleted note or area back.
    topic_id: Mapped[str | None] = mapped_column(String(32))
    topic_seconds: Mapped[float] = mapped_column(Float)
    extend_seconds: Mapped[float] = mapped_column(Float)
    discussing_cluster_id: Mapped[str | None] = mapped_column(String(32))
    done_cluster_id: Mapped[str | None] = mapped_column(String(32))


class PollRow(Base):
    __tablename__ = "polls"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    board_id: Mapped[str] = mapped_column(ForeignKey("boards.id", ondelete="CASCADE"), index=True)
    topic_id: Mapped[str | None] = mapped_column(String(32))
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class PollAnswerRow(Base):
    __tablename__ = "poll_answers"
    __table_args__ = (UniqueConstraint("poll_id", "participant_id", name="uq_poll_answers_once"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    poll_id: Mapped[str] = mapped_column(ForeignKey("polls.id", ondelete="CASCADE"), index=True)
    participant_id: Mapped[str] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    choice: Mapped[str] = mapped_column(String(16))
    answered_at: Mapped[datetime] = mapped_column(UtcDateTime)


class LibrarySettingRow(Base):
    """A setting of the whole data folder (e.g. how long sessions are kept)."""

    __tablename__ = "library_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
