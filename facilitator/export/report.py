"""The session as the reports present it: boards, their clusters and notes, votes, agenda.

Every document format (CSV, XLSX, Markdown, DOCX, the PDF report) reads this
one model, so they agree on what is included, in which order, and with which
words in the session's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from facilitator.agenda import agenda_progress
from facilitator.catalog import Catalog
from facilitator.domain import Board, Cluster, Note, NoteSource, Phase
from facilitator.export.selection import Selection
from facilitator.i18n import QT_TRANSLATE_NOOP
from facilitator.locales import DateStyle, format_date, format_number
from facilitator.palette import COLORS
from facilitator.state import WorkshopState

ANONYMOUS = QT_TRANSLATE_NOOP("export", "anonymous")
NO_CLUSTER = QT_TRANSLATE_NOOP("export", "Not in a cluster")
SOURCES = {
    NoteSource.FACILITATOR: QT_TRANSLATE_NOOP("export", "facilitator"),
    NoteSource.PARTICIPANT: QT_TRANSLATE_NOOP("export", "participant"),
}


@dataclass(frozen=True)
class NoteEntry:
    note: Note
    cluster_title: str  # in the session's language when the note is in no cluster
    votes: int
    author: str  # the name, or "anonymous" in the session's language
    source: str
    duplicates: tuple[Note, ...]  # notes stacked under this one


@dataclass(frozen=True)
class ClusterEntry:
    cluster: Cluster | None  # None: the notes in no cluster
    title: str
    votes: int  # on the cluster itself (cluster voting)
    notes: tuple[NoteEntry, ...]  # most votes first


@dataclass(frozen=True)
class BoardEntry:
    board: Board
    clusters: tuple[ClusterEntry, ...]

    @property
    def notes(self) -> list[NoteEntry]:
        return [n for c in self.clusters for n in c.notes]


@dataclass(frozen=True)
class PhaseEntry:
    phase: Phase
    board_title: str
    planned: float  # seconds
    actual: float


@dataclass(frozen=True)
class SessionReport:
    title: str
    language: str
    created_at: datetime
    exported_at: datetime
    participants: int  # everyone who joined from a phone
    note_count: int
    boards: tuple[BoardEntry, ...]
    agenda: tuple[PhaseEntry, ...]
    catalog: Catalog
    votes: dict[str, int]  # per included note

    def tr(self, source: str) -> str:
        """``source`` (marked in the "export" context) in the session's language."""
        return self.catalog.translate("export", source)

    def date(self, style: DateStyle = "short") -> str:
        """The session's day, written the way its language writes dates."""
        return format_date(self.created_at, self.language, style)

    def number(self, value: float) -> str:
        """A count or amount, grouped the way the session's language writes numbers."""
        return format_number(value, self.language)

    def colour_name(self, key: str) -> str:
        colour = COLORS.get(key)
        return self.catalog.translate("colors", colour.name) if colour else key


def build_report(state: WorkshopState, selection: Selection, now: datetime) -> SessionReport:
    catalog = Catalog.for_language(state.workshop.language)

    def tr(source: str) -> str:
        return catalog.translate("export", source)

    boards: list[BoardEntry] = []
    note_count = 0
    votes: dict[str, int] = {}
    for board in selection.boards(state):
        included = selection.notes(state, board.id)
        note_count += len(included)
        votes.update((n.id, len(state.votes_on(n.id))) for n in included)
        stacks: dict[str, list[Note]] = {}
        for note in included:
            if note.stack_id is not None:
                stacks.setdefault(note.stack_id, []).append(note)
        clusters = sorted(state.clusters_on(board.id), key=lambda c: (c.y, c.x, c.title))
        groups: dict[str | None, list[NoteEntry]] = {c.id: [] for c in clusters}
        groups[None] = []
        for note in included:
            if note.stack_id is not None:
                continue
            cluster = state.clusters.get(note.cluster_id or "")
            entry = NoteEntry(
                note,
                cluster.title if cluster else tr(NO_CLUSTER),
                votes[note.id],
                note.author_name or tr(ANONYMOUS),
                tr(SOURCES[note.source]),
                tuple(sorted(stacks.get(note.id, []), key=lambda n: n.created_at)),
            )
            groups.setdefault(note.cluster_id if cluster else None, []).append(entry)
        entries = [
            ClusterEntry(
                cluster,
                cluster.title if cluster else tr(NO_CLUSTER),
                len(state.votes_on(cluster.id)) if cluster else 0,
                tuple(
                    sorted(
                        groups[cluster.id if cluster else None],
                        key=lambda e: (-e.votes, e.note.y, e.note.x, e.note.created_at),
                    )
                ),
            )
            for cluster in [*clusters, None]
            if cluster is not None or groups[None]
        ]
        boards.append(BoardEntry(board, tuple(entries)))
    titles = {b.id: b.title for b in state.boards.values()}
    progress = agenda_progress(state, now)
    agenda = tuple(
        PhaseEntry(
            row.phase, titles.get(row.phase.board_id or "", ""), row.phase.planned, row.actual
        )
        for row in progress.phases
        if selection.board_ids is None or row.phase.board_id in selection.board_ids
    )
    return SessionReport(
        title=state.workshop.title,
        language=state.workshop.language,
        created_at=state.workshop.created_at,
        exported_at=now,
        participants=len(state.participants),
        note_count=note_count,
        boards=tuple(boards),
        agenda=agenda,
        catalog=catalog,
        votes=votes,
    )
