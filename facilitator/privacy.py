"""Personal data in the library, and taking it out again.

Two rules live here: which sessions the retention setting deletes, and what
removing participant names changes. The library applies them; the GUI and the
command line only show what they would do and ask first.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from facilitator import settings
from facilitator.changes import Change, Changeset, Update
from facilitator.errors import ValidationError
from facilitator.i18n import QT_TRANSLATE_NOOP
from facilitator.state import WorkshopState
from facilitator.storage.store import WorkshopSummary

REMOVE_NAMES = QT_TRANSLATE_NOOP("commands", "Remove participant names")


@dataclass(frozen=True)
class NamedPerson:
    """A name found in a session, and how many notes carry it."""

    name: str
    note_count: int


def validate_retention_days(days: int) -> int:
    if not settings.RETENTION_DAYS_MIN <= days <= settings.RETENTION_DAYS_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Sessions can be kept for {low} to {high} days, not {days}."
            ),
            low=settings.RETENTION_DAYS_MIN,
            high=settings.RETENTION_DAYS_MAX,
            days=days,
        )
    return days


def past_retention(
    summaries: Collection[WorkshopSummary], days: int, now: datetime
) -> list[WorkshopSummary]:
    """The sessions nobody has changed for more than ``days`` days, oldest first.

    Counting from the last change, not from creation, means a session that is
    still in use is never deleted under the facilitator's hands.
    """
    cutoff = now - timedelta(days=validate_retention_days(days))
    return sorted((s for s in summaries if s.updated_at < cutoff), key=lambda s: s.updated_at)


def names_in(state: WorkshopState) -> list[NamedPerson]:
    """Every participant name the session holds, on a phone's profile or on notes."""
    notes_by_name = Counter(n.author_name for n in state.notes.values() if n.author_name)
    names = set(notes_by_name) | {p.name for p in state.participants.values() if p.name}
    return [NamedPerson(name, notes_by_name[name]) for name in sorted(names, key=str.casefold)]


def without_names(state: WorkshopState, names: Collection[str] | None = None) -> Changeset:
    """The changes that remove ``names`` (None: every name) from participants and notes.

    The notes themselves stay: they become anonymous, as if written without a name.
    """
    wanted = set(names) if names is not None else None

    def named(name: str | None) -> bool:
        return name is not None and (wanted is None or name in wanted)

    changes: list[Change] = [
        Update(p, replace(p, name=None)) for p in state.participants.values() if named(p.name)
    ]
    changes.extend(
        Update(n, replace(n, author_name=None))
        for n in state.notes.values()
        if named(n.author_name)
    )
    return Changeset(REMOVE_NAMES, tuple(changes))
