"""The sessions library: every workshop stored in one data folder."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from pathlib import Path

from facilitator import settings
from facilitator.changes import Changeset, Insert
from facilitator.commands import CreateBoard, PlanContext, validate_title
from facilitator.domain import BoardState, Discussion, Phase, Workshop, new_id, utc_now
from facilitator.errors import WORKSHOP_NOT_FOUND, NotFoundError, ValidationError
from facilitator.export.session_json import parse_document, session_from_document
from facilitator.i18n import QT_TRANSLATE_NOOP
from facilitator.join_codes import new_join_code, normalize_join_code
from facilitator.paths import database_path
from facilitator.privacy import (
    NamedPerson,
    names_in,
    past_retention,
    validate_retention_days,
    without_names,
)
from facilitator.services.workshop import Clock, WorkshopService
from facilitator.state import WorkshopState
from facilitator.storage.database import check_writable, open_database
from facilitator.storage.folder_lock import DataFolderLock
from facilitator.storage.store import Store, WorkshopSummary
from facilitator.templates import BLANK_TEMPLATE_ID, TemplateCatalog

COPY_TITLE = QT_TRANSLATE_NOOP("library", "{title} (copy)")
RETENTION_KEY = "retention_days"


def validate_language(language: str) -> str:
    if language not in settings.LANGUAGES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unsupported language: {language}."), language=language
        )
    return language


class Library:
    def __init__(self, store: Store, templates: TemplateCatalog, clock: Clock = utc_now) -> None:
        self._store = store
        self._templates = templates
        self._clock = clock
        self._folder_lock: DataFolderLock | None = None

    @classmethod
    def open(cls, data_dir: Path, clock: Clock = utc_now, *, exclusive: bool = False) -> Library:
        """Open (creating if needed) the library in ``data_dir``.

        ``exclusive`` (the desktop app, ``facilitator serve``) holds the data
        folder until :meth:`close`: another exclusive open of it, in this or
        another process, raises AlreadyRunningError. It is taken before the
        database is opened, so a second program never upgrades the file
        under the first. Raises StorageError when the folder or database
        cannot be used.
        """
        folder_lock = DataFolderLock.acquire(data_dir) if exclusive else None
        try:
            engine = open_database(database_path(data_dir))
        except BaseException:
            if folder_lock is not None:
                folder_lock.release()
            raise
        if exclusive:
            try:
                check_writable(engine, database_path(data_dir))
            except BaseException:
                engine.dispose()
                if folder_lock is not None:
                    folder_lock.release()
                raise
        library = cls(Store(engine), TemplateCatalog.shipped(), clock)
        library._folder_lock = folder_lock
        return library

    def close(self) -> None:
        self._store.engine.dispose()
        if self._folder_lock is not None:
            self._folder_lock.release()

    @property
    def templates(self) -> TemplateCatalog:
        return self._templates

    def summaries(self) -> list[WorkshopSummary]:
        """Every session, the most recently changed first."""
        return self._store.summaries()

    def find_by_title(self, title: str) -> WorkshopSummary | None:
        wanted = " ".join(title.split()).casefold()
        return next((s for s in self.summaries() if s.title.casefold() == wanted), None)

    def create(self, title: str, language: str, template_id: str = BLANK_TEMPLATE_ID) -> Workshop:
        now = self._clock()
        workshop = Workshop(
            new_id(), validate_title(title), validate_language(language), now, new_join_code()
        )
        first_board = CreateBoard(template_id).plan(
            WorkshopState(workshop), PlanContext(now, self._templates)
        )
        self._store.create_workshop(workshop, first_board, now)
        return workshop

    def find_by_join_code(self, code: str) -> WorkshopSummary | None:
        wanted = normalize_join_code(code)
        found = self._store.workshop_id_by_join_code(wanted)
        return next((s for s in self.summaries() if s.id == found), None) if found else None

    def rename(self, workshop_id: str, title: str) -> None:
        self._require(workshop_id)
        self._store.rename_workshop(workshop_id, validate_title(title), self._clock())

    def duplicate(self, workshop_id: str, title: str | None = None) -> Workshop:
        """A new session with the same boards, clusters and agenda, but no notes: a template."""
        source = self._load(workshop_id)
        now = self._clock()
        copy = Workshop(
            new_id(),
            validate_title(title or COPY_TITLE.format(title=source.workshop.title)),
            source.workshop.language,
            now,
            new_join_code(),
        )
        inserts: list[Insert] = []
        board_copies: dict[str, str] = {}
        cluster_copies: dict[str, str] = {}
        for board in source.ordered_boards():
            board_copy = replace(
                board, id=new_id(), workshop_id=copy.id, state=BoardState.OPEN, created_at=now
            )
            board_copies[board.id] = board_copy.id
            inserts.append(Insert(board_copy))
            for cluster in source.clusters_on(board.id):
                cluster_copies[cluster.id] = new_id()
                inserts.append(
                    Insert(replace(cluster, id=cluster_copies[cluster.id], board_id=board_copy.id))
                )
            if (discussion := source.discussions.get(board.id)) is not None:
                # How topics are discussed is part of the plan; which topic was last is not.
                inserts.append(
                    Insert(
                        Discussion(
                            board_copy.id,
                            topic_seconds=discussion.topic_seconds,
                            extend_seconds=discussion.extend_seconds,
                            discussing_cluster_id=cluster_copies.get(
                                discussion.discussing_cluster_id or ""
                            ),
                            done_cluster_id=cluster_copies.get(discussion.done_cluster_id or ""),
                        )
                    )
                )
        # The agenda is part of the plan; how the last run went is not.
        inserts.extend(
            Insert(
                Phase(
                    new_id(),
                    copy.id,
                    phase.position,
                    phase.title,
                    board_copies.get(phase.board_id or ""),
                    phase.planned,
                    phase.instruction,
                    cluster_id=cluster_copies.get(phase.cluster_id or ""),
                    kind=phase.kind,
                )
            )
            for phase in source.ordered_phases()
        )
        self._store.create_workshop(copy, Changeset("", tuple(inserts)), now)
        return copy

    def import_session(self, text: str | bytes) -> Workshop:
        """A new session from a JSON export; a bad file raises ImportFileError and adds nothing."""
        workshop, content = session_from_document(parse_document(text))
        self._store.create_workshop(workshop, content, self._clock())
        return workshop

    def load(self, workshop_id: str) -> WorkshopState:
        """A session's state as stored (for exporting a session that is not open)."""
        return self._load(workshop_id)

    def delete(self, workshop_id: str) -> None:
        self._require(workshop_id)
        self._store.delete_workshops([workshop_id])

    # Personal data ----------------------------------------------------------------

    @property
    def retention_days(self) -> int | None:
        """Sessions not changed for this many days are deleted; None keeps them all."""
        stored = self._store.setting(RETENTION_KEY)
        return int(stored) if stored and stored.isdigit() else None

    def set_retention_days(self, days: int | None) -> None:
        """Change the setting; apply it with :meth:`apply_retention` (after asking)."""
        value = None if days is None else str(validate_retention_days(days))
        self._store.set_setting(RETENTION_KEY, value)

    def past_retention(self, days: int | None = None) -> list[WorkshopSummary]:
        """The sessions that ``days`` (default: the setting) would delete now."""
        days = self.retention_days if days is None else days
        return [] if days is None else past_retention(self.summaries(), days, self._clock())

    def apply_retention(self) -> list[WorkshopSummary]:
        """Delete the sessions past the retention setting; returns what was deleted."""
        expired = self.past_retention()
        if expired:
            self._store.delete_workshops([s.id for s in expired])
        return expired

    def participant_names(self, workshop_id: str) -> list[NamedPerson]:
        return names_in(self._load(workshop_id))

    def remove_participant_names(
        self, workshop_id: str, names: Collection[str] | None = None
    ) -> int:
        """Remove ``names`` (None: all) from a session that is not open; returns how many.

        The old values are overwritten in the database file too (a GDPR request
        asks for the data to be gone, not hidden).
        """
        state = self._load(workshop_id)
        found = {person.name for person in names_in(state)}
        removed = found if names is None else found & set(names)
        changeset = without_names(state, removed)
        if changeset:
            self._store.write(workshop_id, changeset, self._clock(), erasing=True)
        return len(removed)

    def open_workshop(self, workshop_id: str) -> WorkshopService:
        return WorkshopService(self._store, self._load(workshop_id), self._templates, self._clock)

    def _load(self, workshop_id: str) -> WorkshopState:
        state = self._store.load(workshop_id)
        if state is None:
            raise NotFoundError(WORKSHOP_NOT_FOUND)
        return state

    def _require(self, workshop_id: str) -> None:
        if not any(s.id == workshop_id for s in self.summaries()):
            raise NotFoundError(WORKSHOP_NOT_FOUND)
