"""Every change a user can make to a workshop, as a command.

A command is plain data describing an intent. :meth:`Command.plan` checks it
against the current state (this module owns the rules: limits, which note
belongs to which cluster, how stacks move) and returns the exact
:class:`Changeset` that carries it out. Planning never mutates anything; the
service applies, stores and records the changeset.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import ClassVar, Protocol, TypeVar

from facilitator import settings
from facilitator.changes import Change, Changeset, Delete, Insert, Update
from facilitator.domain import (
    Board,
    BoardState,
    Cluster,
    Discussion,
    Note,
    NoteSource,
    Phase,
    new_id,
)
from facilitator.errors import (
    BOARD_NOT_FOUND,
    CLUSTER_NOT_FOUND,
    NOTE_NOT_FOUND,
    NotFoundError,
    ValidationError,
)
from facilitator.i18n import QT_TRANSLATE_NOOP
from facilitator.palette import CLUSTER_COLORS, COLORS, DEFAULT_CLUSTER_COLOR, DEFAULT_NOTE_COLOR
from facilitator.state import WorkshopState
from facilitator.templates import TemplateCatalog

# Space kept free at the top of a cluster for its title.
CLUSTER_TITLE_BAND = 64.0


@dataclass(frozen=True)
class PlanContext:
    now: datetime
    templates: TemplateCatalog


class Command(Protocol):
    label: ClassVar[str]

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset: ...


# Validation -------------------------------------------------------------------


def _note(state: WorkshopState, note_id: str) -> Note:
    note = state.notes.get(note_id)
    if note is None:
        raise NotFoundError(NOTE_NOT_FOUND)
    return note


def _cluster(state: WorkshopState, cluster_id: str) -> Cluster:
    cluster = state.clusters.get(cluster_id)
    if cluster is None:
        raise NotFoundError(CLUSTER_NOT_FOUND)
    return cluster


def _board(state: WorkshopState, board_id: str) -> Board:
    board = state.boards.get(board_id)
    if board is None:
        raise NotFoundError(BOARD_NOT_FOUND)
    return board


# Control characters (but tab and line breaks) and lone surrogates: invisible,
# meaningless in a note, unsavable as UTF-8 (surrogates), and refused by the
# XML inside XLSX and DOCX exports. They are dropped from every text.
_UNWANTED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def without_controls(text: str) -> str:
    return _UNWANTED.sub("", text)


def normalize_text(text: str) -> str:
    """Note text as stored: unified line endings, no trailing blank space."""
    return without_controls(text).replace("\r\n", "\n").replace("\r", "\n").rstrip()


def validate_note_text(text: str) -> str:
    text = normalize_text(text)
    if len(text) > settings.NOTE_TEXT_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A note can have at most {limit} characters."),
            limit=settings.NOTE_TEXT_MAX,
        )
    return text


def validate_title(title: str) -> str:
    title = " ".join(without_controls(title).split())
    if not title:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A title cannot be empty."))
    if len(title) > settings.TITLE_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A title can have at most {limit} characters."),
            limit=settings.TITLE_MAX,
        )
    return title


def validate_question(question: str) -> str:
    question = normalize_text(question).strip()
    if len(question) > settings.QUESTION_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A question can have at most {limit} characters."),
            limit=settings.QUESTION_MAX,
        )
    return question


def validate_author(name: str | None) -> str | None:
    if name is None:
        return None
    name = " ".join(without_controls(name).split())
    if len(name) > settings.AUTHOR_NAME_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A name can have at most {limit} characters."),
            limit=settings.AUTHOR_NAME_MAX,
        )
    return name or None


def _note_color(color: str) -> str:
    if color not in COLORS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown note colour."))
    return color


def _cluster_color(color: str) -> str:
    if color not in CLUSTER_COLORS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown cluster colour."))
    return color


def _coordinate(value: float) -> float:
    if not math.isfinite(value):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "That position is not on the board."))
    return min(max(float(value), -settings.BOARD_EXTENT), settings.BOARD_EXTENT)


def _size(value: float, low: float, high: float) -> float:
    if not math.isfinite(value):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "That size is not valid."))
    return min(max(float(value), low), high)


# Geometry rules ---------------------------------------------------------------


def cluster_at(clusters: Iterable[Cluster], board_id: str, x: float, y: float) -> str | None:
    """The cluster a note centred at (x, y) belongs to: the smallest one containing it."""
    best: Cluster | None = None
    for cluster in clusters:
        inside = cluster.board_id == board_id and cluster.contains(x, y)
        if inside and (best is None or cluster.area < best.area):
            best = cluster
    return best.id if best else None


def free_spot(
    state: WorkshopState,
    board_id: str,
    width: float,
    height: float,
    region: Cluster | None = None,
) -> tuple[float, float]:
    """A place for a new note that covers no other note: inside ``region`` if it has room."""
    layout = state.layout(board_id)
    gap = settings.NOTE_GAP
    if region is not None:
        top = region.y + CLUSTER_TITLE_BAND + gap
        columns = max(1, int((region.width - gap) // (width + gap)))
        rows = max(1, int((region.y + region.height - top) // (height + gap)))
        grid = layout.grid((region.x + gap, top), (width, height), columns)
        spot = grid.first_free(rows)
        if spot is not None:
            return spot
        # Full: cascade over the last slot rather than leave the cluster.
        crowd = layout.note_count % 8
        return region.x + gap + crowd * 12, top + crowd * 12
    extent = layout.extent()
    if extent is None or not layout.note_count:
        return 0.0, 0.0
    return extent.right + gap * 2, extent.top


def incoming_spot(
    state: WorkshopState, board_id: str, width: float, height: float
) -> tuple[float, float]:
    """Where a note from a phone lands when it names no cluster.

    A row under the board's content, filled left to right, so arrivals are easy
    to find and cover nothing.
    """
    layout = state.layout(board_id)
    extent = layout.extent()
    if extent is None:
        return 0.0, 0.0
    gap = settings.NOTE_GAP
    per_row = max(4, int((extent.right - extent.left + gap) // (width + gap)))
    top = (extent.settled_bottom or 0.0) + gap * 3
    spot = layout.grid((extent.left, top), (width, height), per_row).first_free()
    assert spot is not None  # the incoming rows never run out
    return spot


def new_note(
    state: WorkshopState,
    ctx: PlanContext,
    *,
    note_id: str,
    board_id: str,
    text: str,
    color: str,
    geometry: tuple[float, float, float, float],
    author_name: str | None,
    source: NoteSource,
    participant_id: str | None = None,
    client_id: str | None = None,
    face_down: bool = False,
    builds_on: str | None = None,
    phase_id: str | None = None,
) -> Note:
    """A note on top of the board, in the cluster its centre falls in (values already valid)."""
    x, y, width, height = geometry
    return Note(
        id=note_id,
        board_id=board_id,
        cluster_id=cluster_at(state.clusters.values(), board_id, x + width / 2, y + height / 2),
        stack_id=None,
        text=text,
        color=color,
        x=x,
        y=y,
        width=width,
        height=height,
        z=state.top_z(board_id) + 1,
        author_name=author_name,
        source=source,
        created_at=ctx.now,
        updated_at=ctx.now,
        participant_id=participant_id,
        client_id=client_id,
        face_down=face_down,
        builds_on=builds_on,
        phase_id=phase_id,
    )


def _raised(notes: list[Note], state: WorkshopState, board_id: str) -> list[int]:
    top = state.top_z(board_id)
    return [top + 1 + index for index in range(len(notes))]


# Notes ------------------------------------------------------------------------


@dataclass(frozen=True)
class CreateNote:
    """A new note. Without a position it goes to a free spot (in ``cluster_id`` if given)."""

    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Add note")
    board_id: str
    text: str = ""
    x: float | None = None
    y: float | None = None
    color: str = DEFAULT_NOTE_COLOR
    cluster_id: str | None = None
    width: float = settings.NOTE_DEFAULT_WIDTH
    height: float = settings.NOTE_DEFAULT_HEIGHT
    author_name: str | None = None
    source: NoteSource = NoteSource.FACILITATOR
    note_id: str = field(default_factory=new_id)

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        board = _board(state, self.board_id)
        width = _size(self.width, settings.NOTE_MIN_SIZE, settings.NOTE_MAX_SIZE)
        height = _size(self.height, settings.NOTE_MIN_SIZE, settings.NOTE_MAX_SIZE)
        if self.x is None or self.y is None:
            region = _cluster(state, self.cluster_id) if self.cluster_id else None
            x, y = free_spot(state, board.id, width, height, region)
        else:
            x, y = _coordinate(self.x), _coordinate(self.y)
        note = new_note(
            state,
            ctx,
            note_id=self.note_id,
            board_id=board.id,
            text=validate_note_text(self.text),
            color=_note_color(self.color),
            geometry=(x, y, width, height),
            author_name=validate_author(self.author_name),
            source=self.source,
        )
        return Changeset(self.label, (Insert(note),))


@dataclass(frozen=True)
class EditNoteText:
    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Edit note")
    note_id: str
    text: str

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        note = _note(state, self.note_id)
        text = validate_note_text(self.text)
        if text == note.text:
            return Changeset(self.label, ())
        return Changeset(self.label, (Update(note, replace(note, text=text, updated_at=ctx.now)),))


@dataclass(frozen=True)
class RecolorNotes:
    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Change colour")
    note_ids: tuple[str, ...]
    color: str

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        color = _note_color(self.color)
        changes: list[Change] = []
        for note in (_note(state, i) for i in dict.fromkeys(self.note_ids)):
            if note.color != color:
                changes.append(Update(note, replace(note, color=color, updated_at=ctx.now)))
        return Changeset(self.label, tuple(changes))


@dataclass(frozen=True)
class NoteMove:
    note_id: str
    x: float
    y: float


@dataclass(frozen=True)
class MoveNotes:
    """Notes dropped at new positions: raised to the top, re-clustered, stacks follow."""

    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Move notes")
    moves: tuple[NoteMove, ...]

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        targets: dict[str, tuple[float, float]] = {}
        for move in self.moves:
            _note(state, move.note_id)
            targets[move.note_id] = (_coordinate(move.x), _coordinate(move.y))
        moved = [state.notes[i] for i in targets if state.notes[i].stack_id is None]
        if not moved:
            return Changeset(self.label, ())
        z_values = dict(
            zip((n.id for n in moved), _raised(moved, state, moved[0].board_id), strict=True)
        )
        changes: list[Change] = []
        for note in moved:
            x, y = targets[note.id]
            cluster_id = cluster_at(
                state.clusters.values(), note.board_id, x + note.width / 2, y + note.height / 2
            )
            after = replace(note, x=x, y=y, cluster_id=cluster_id, z=z_values[note.id])
            changes.append(Update(note, after))
            dx, dy = x - note.x, y - note.y
            for member in state.stacked_under(note.id):
                changes.append(
                    Update(
                        member,
                        replace(member, x=member.x + dx, y=member.y + dy, cluster_id=cluster_id),
                    )
                )
        return Changeset(self.label, tuple(changes))


@dataclass(frozen=True)
class ResizeNote:
    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Resize note")
    note_id: str
    width: float
    height: float

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        note = _note(state, self.note_id)
        width = _size(self.width, settings.NOTE_MIN_SIZE, settings.NOTE_MAX_SIZE)
        height = _size(self.height, settings.NOTE_MIN_SIZE, settings.NOTE_MAX_SIZE)
        if (width, height) == (note.width, note.height):
            return Changeset(self.label, ())
        cluster_id = note.cluster_id
        if note.stack_id is None:
            cluster_id = cluster_at(
                state.clusters.values(), note.board_id, note.x + width / 2, note.y + height / 2
            )
        after = replace(note, width=width, height=height, cluster_id=cluster_id)
        return Changeset(self.label, (Update(note, after),))


@dataclass(frozen=True)
class DeleteNotes:
    """Deleting the top of a stack leaves the rest of the stack, with a new top."""

    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Delete notes")
    note_ids: tuple[str, ...]

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        doomed = {i: _note(state, i) for i in dict.fromkeys(self.note_ids)}
        updates: list[Change] = []
        for note in doomed.values():
            if note.stack_id is not None:
                continue
            survivors = [m for m in state.stacked_under(note.id) if m.id not in doomed]
            if survivors:
                new_top, *rest = survivors
                updates.append(Update(new_top, replace(new_top, stack_id=None, z=note.z)))
                updates.extend(Update(m, replace(m, stack_id=new_top.id)) for m in rest)
        # Stacked notes go before their top so no reference ever dangles.
        ordered = sorted(doomed.values(), key=lambda n: n.stack_id is None)
        return Changeset(self.label, (*updates, *(Delete(n) for n in ordered)))


@dataclass(frozen=True)
class DuplicateNote:
    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Duplicate note")
    note_id: str
    new_note_id: str = field(default_factory=new_id)

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        note = _note(state, self.note_id)
        x = _coordinate(note.x + settings.DUPLICATE_OFFSET)
        y = _coordinate(note.y + settings.DUPLICATE_OFFSET)
        copy = replace(
            note,
            id=self.new_note_id,
            stack_id=None,
            # The copy is the facilitator's: its author can't edit it from the
            # phone, and the phone's resend key stays unique to the original.
            participant_id=None,
            client_id=None,
            x=x,
            y=y,
            cluster_id=cluster_at(
                state.clusters.values(), note.board_id, x + note.width / 2, y + note.height / 2
            ),
            z=state.top_z(note.board_id) + 1,
            created_at=ctx.now,
            updated_at=ctx.now,
        )
        return Changeset(self.label, (Insert(copy),))


@dataclass(frozen=True)
class StackNotes:
    """Put duplicates under one note; the whole pile then moves and counts as one."""

    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Stack duplicates")
    note_ids: tuple[str, ...]
    onto_id: str

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        top = _note(state, self.onto_id)
        if top.stack_id is not None:
            top = _note(state, top.stack_id)
        changes: list[Change] = []
        for note in (_note(state, i) for i in dict.fromkeys(self.note_ids)):
            if note.board_id != top.board_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Only notes on the same board can be stacked.")
                )
            if top.id in (note.id, note.stack_id):
                continue
            pile = [note] if note.stack_id is not None else [note, *state.stacked_under(note.id)]
            for member in pile:
                after = replace(
                    member, stack_id=top.id, x=top.x, y=top.y, cluster_id=top.cluster_id
                )
                changes.append(Update(member, after))
        return Changeset(self.label, tuple(changes))


@dataclass(frozen=True)
class UnstackNotes:
    """Spread a stack out again, fanned out beside its top note."""

    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Unstack notes")
    top_id: str

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        top = _note(state, self.top_id)
        members = state.stacked_under(top.id)
        z = state.top_z(top.board_id)
        changes: list[Change] = []
        for index, member in enumerate(members, start=1):
            x = _coordinate(top.x + index * (top.width * 0.35))
            y = _coordinate(top.y + index * (top.height * 0.25))
            cluster_id = cluster_at(
                state.clusters.values(), top.board_id, x + member.width / 2, y + member.height / 2
            )
            after = replace(member, stack_id=None, x=x, y=y, z=z + index, cluster_id=cluster_id)
            changes.append(Update(member, after))
        return Changeset(self.label, tuple(changes))


@dataclass(frozen=True)
class MoveNotesToCluster:
    """Put notes into a cluster (at free spots inside it), or out of theirs with ``None``."""

    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Move to cluster")
    note_ids: tuple[str, ...]
    cluster_id: str | None

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        notes = [_note(state, i) for i in dict.fromkeys(self.note_ids)]
        notes = [n for n in notes if n.stack_id is None]
        target = _cluster(state, self.cluster_id) if self.cluster_id else None
        moves: list[NoteMove] = []
        # Plan each placement against a state that already holds the earlier ones.
        scratch = WorkshopState(state.workshop, state.boards, state.clusters, dict(state.notes))
        for note in notes:
            if target is not None:
                if target.board_id != note.board_id:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("errors", "That cluster is on another board.")
                    )
                if note.cluster_id == target.id:
                    continue
            elif note.cluster_id is None or note.cluster_id not in state.clusters:
                continue
            scratch.apply(Changeset("", (Delete(note),)))
            x, y = free_spot(scratch, note.board_id, note.width, note.height, target)
            scratch.apply(Changeset("", (Insert(replace(note, x=x, y=y)),)))
            moves.append(NoteMove(note.id, x, y))
        changeset = MoveNotes(tuple(moves)).plan(state, ctx)
        return Changeset(self.label, changeset.changes)


# Clusters ---------------------------------------------------------------------


def _reclustered(
    state: WorkshopState, board_id: str, clusters: list[Cluster], skip: set[str]
) -> list[Change]:
    """Updates that bring each note's cluster in line with the given cluster geometry."""
    changes: list[Change] = []
    tops: dict[str, str | None] = {}
    notes = state.notes_on(board_id)
    for note in notes:
        if note.stack_id is None and note.id not in skip:
            cx, cy = note.center
            tops[note.id] = cluster_at(clusters, board_id, cx, cy)
    for note in notes:
        if note.id in skip:
            continue
        wanted = tops.get(note.stack_id or note.id, note.cluster_id)
        if wanted != note.cluster_id:
            changes.append(Update(note, replace(note, cluster_id=wanted)))
    return changes


@dataclass(frozen=True)
class CreateCluster:
    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Add cluster")
    board_id: str
    title: str
    x: float
    y: float
    width: float = 700.0
    height: float = 500.0
    color: str = DEFAULT_CLUSTER_COLOR
    cluster_id: str = field(default_factory=new_id)

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        board = _board(state, self.board_id)
        cluster = Cluster(
            id=self.cluster_id,
            board_id=board.id,
            title=validate_title(self.title),
            x=_coordinate(self.x),
            y=_coordinate(self.y),
            width=_size(self.width, settings.CLUSTER_MIN_SIZE, settings.CLUSTER_MAX_SIZE),
            height=_size(self.height, settings.CLUSTER_MIN_SIZE, settings.CLUSTER_MAX_SIZE),
            color=_cluster_color(self.color),
        )
        clusters = [*state.clusters_on(board.id), cluster]
        return Changeset(
            self.label, (Insert(cluster), *_reclustered(state, board.id, clusters, set()))
        )


@dataclass(frozen=True)
class RenameCluster:
    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Rename cluster")
    cluster_id: str
    title: str

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        cluster = _cluster(state, self.cluster_id)
        title = validate_title(self.title)
        if title == cluster.title:
            return Changeset(self.label, ())
        return Changeset(self.label, (Update(cluster, replace(cluster, title=title)),))


@dataclass(frozen=True)
class RecolorCluster:
    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Change cluster colour")
    cluster_id: str
    color: str

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        cluster = _cluster(state, self.cluster_id)
        color = _cluster_color(self.color)
        if color == cluster.color:
            return Changeset(self.label, ())
        return Changeset(self.label, (Update(cluster, replace(cluster, color=color)),))


@dataclass(frozen=True)
class SetClusterRect:
    """Move and/or resize a cluster. Moving carries its notes along."""

    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Move or resize cluster")
    cluster_id: str
    x: float
    y: float
    width: float
    height: float

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        cluster = _cluster(state, self.cluster_id)
        after = replace(
            cluster,
            x=_coordinate(self.x),
            y=_coordinate(self.y),
            width=_size(self.width, settings.CLUSTER_MIN_SIZE, settings.CLUSTER_MAX_SIZE),
            height=_size(self.height, settings.CLUSTER_MIN_SIZE, settings.CLUSTER_MAX_SIZE),
        )
        if after == cluster:
            return Changeset(self.label, ())
        changes: list[Change] = [Update(cluster, after)]
        carried: set[str] = set()
        dx, dy = after.x - cluster.x, after.y - cluster.y
        if (dx or dy) and (after.width, after.height) == (cluster.width, cluster.height):
            for note in state.notes_on(cluster.board_id):
                if note.cluster_id == cluster.id:
                    carried.add(note.id)
                    changes.append(Update(note, replace(note, x=note.x + dx, y=note.y + dy)))
        clusters = [after if c.id == cluster.id else c for c in state.clusters_on(cluster.board_id)]
        changes.extend(_reclustered(state, cluster.board_id, clusters, carried))
        return Changeset(self.label, tuple(changes))


@dataclass(frozen=True)
class DeleteCluster:
    """Remove a cluster; its notes stay on the board unless ``with_notes``."""

    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Delete cluster")
    cluster_id: str
    with_notes: bool = False

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        cluster = _cluster(state, self.cluster_id)
        members = [n for n in state.notes_on(cluster.board_id) if n.cluster_id == cluster.id]
        unlinked = _phases_unlinked(state, {cluster.id})
        if self.with_notes:
            removal = DeleteNotes(tuple(n.id for n in members)).plan(state, ctx).changes
            return Changeset(self.label, (*unlinked, *removal, Delete(cluster)))
        others = [c for c in state.clusters_on(cluster.board_id) if c.id != cluster.id]
        changes: list[Change] = []
        tops: dict[str, str | None] = {}
        for note in members:
            if note.stack_id is None:
                tops[note.id] = cluster_at(others, note.board_id, *note.center)
        for note in members:
            wanted = tops.get(note.stack_id or note.id)
            changes.append(Update(note, replace(note, cluster_id=wanted)))
        return Changeset(self.label, (*unlinked, *changes, Delete(cluster)))


def _phases_unlinked(
    state: WorkshopState, cluster_ids: set[str], board_id: str | None = None
) -> list[Change]:
    """Agenda phases keep their place without a deleted cluster or board (undo relinks them)."""
    changes: list[Change] = []
    for phase in state.ordered_phases():
        unlinked = replace(
            phase,
            cluster_id=None if phase.cluster_id in cluster_ids else phase.cluster_id,
            board_id=None if board_id and phase.board_id == board_id else phase.board_id,
        )
        if unlinked != phase:
            changes.append(Update(phase, unlinked))
    return changes


# Boards -----------------------------------------------------------------------


Positioned = TypeVar("Positioned", Board, Phase)


def renumbered(items: list[Positioned]) -> list[Change]:
    """Updates that number ``items`` 0, 1, 2… in the order given."""
    return [
        Update(item, replace(item, position=index))
        for index, item in enumerate(items)
        if item.position != index
    ]


def moved_to(ordered: list[Positioned], item: Positioned, index: int) -> list[Change]:
    """Updates that put ``item`` at ``index`` in an ordered list (boards, agenda phases)."""
    others = [i for i in ordered if i.id != item.id]
    others.insert(min(max(index, 0), len(others)), item)
    return renumbered(others)


@dataclass(frozen=True)
class CreateBoard:
    """A new board from a template, inserted at ``index`` (default: last)."""

    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Add board")
    template_id: str
    title: str | None = None
    question: str | None = None
    index: int | None = None
    board_id: str = field(default_factory=new_id)

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        template = ctx.templates.get(self.template_id)
        if template is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown board template."))
        boards = state.ordered_boards()
        if len(boards) >= settings.BOARDS_PER_WORKSHOP_MAX:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A session can have at most {limit} boards."),
                limit=settings.BOARDS_PER_WORKSHOP_MAX,
            )
        language = state.workshop.language
        index = len(boards) if self.index is None else min(max(self.index, 0), len(boards))
        board = Board(
            id=self.board_id,
            workshop_id=state.workshop.id,
            position=index,
            title=validate_title(self.title or template.title(language)),
            question=validate_question(
                template.question(language) if self.question is None else self.question
            ),
            template=template.id,
            state=BoardState.OPEN,
            created_at=ctx.now,
        )
        shifted = [Update(b, replace(b, position=b.position + 1)) for b in reversed(boards[index:])]
        areas = [
            Cluster(
                id=new_id(),
                board_id=board.id,
                title=area.title(language),
                x=area.x,
                y=area.y,
                width=area.width,
                height=area.height,
                color=area.color if area.color in CLUSTER_COLORS else DEFAULT_CLUSTER_COLOR,
            )
            for area in template.areas
        ]
        # A method's steps join the end of the agenda, each sending phone notes to its area.
        first = len(state.phases)
        steps = [
            Phase(
                id=new_id(),
                workshop_id=state.workshop.id,
                position=first + number,
                title=validate_title(step.title(language)),
                board_id=board.id,
                planned=step.minutes * 60,
                instruction=step.instruction(language),
                cluster_id=areas[step.area].id if step.area is not None else None,
                kind=step.kind,
            )
            for number, step in enumerate(template.steps)
        ]
        inserts = [Insert(board), *(Insert(a) for a in areas), *(Insert(p) for p in steps)]
        if (spec := template.discussion) is not None:

            def area_id(index: int | None) -> str | None:
                return areas[index].id if index is not None else None

            discussion = Discussion(
                board.id,
                topic_seconds=spec.topic_minutes * 60,
                extend_seconds=spec.extend_minutes * 60,
                discussing_cluster_id=area_id(spec.discussing_area),
                done_cluster_id=area_id(spec.done_area),
            )
            inserts.append(Insert(discussion))
        return Changeset(self.label, (*shifted, *inserts))


@dataclass(frozen=True)
class UpdateBoard:
    """Rename a board and/or change the question it asks participants."""

    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Edit board")
    board_id: str
    title: str | None = None
    question: str | None = None

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        board = _board(state, self.board_id)
        after = replace(
            board,
            title=board.title if self.title is None else validate_title(self.title),
            question=board.question if self.question is None else validate_question(self.question),
        )
        if after == board:
            return Changeset(self.label, ())
        return Changeset(self.label, (Update(board, after),))


@dataclass(frozen=True)
class MoveBoard:
    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Reorder boards")
    board_id: str
    index: int

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        board = _board(state, self.board_id)
        return Changeset(self.label, tuple(moved_to(state.ordered_boards(), board, self.index)))


@dataclass(frozen=True)
class DeleteBoard:
    label: ClassVar[str] = QT_TRANSLATE_NOOP("commands", "Delete board")
    board_id: str

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        board = _board(state, self.board_id)
        if len(state.boards) <= 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A session needs at least one board.")
            )
        notes = sorted(state.notes_on(board.id), key=lambda n: n.stack_id is None)
        clusters = {c.id for c in state.clusters_on(board.id)}
        changes: list[Change] = _phases_unlinked(state, clusters, board.id)
        for poll in state.polls_on(board.id):
            changes.extend(Delete(a) for a in state.answers_to(poll.id))
            changes.append(Delete(poll))
        if (discussion := state.discussions.get(board.id)) is not None:
            changes.append(Delete(discussion))
        changes.extend(Delete(n) for n in notes)
        changes.extend(Delete(c) for c in state.clusters_on(board.id))
        changes.append(Delete(board))
        remaining = [b for b in state.ordered_boards() if b.id != board.id]
        changes.extend(renumbered(remaining))
        if state.workshop.current_board_id == board.id:
            # Phones follow the shown board: move them to its neighbour.
            neighbour = remaining[min(board.position, len(remaining) - 1)]
            workshop = replace(state.workshop, current_board_id=neighbour.id)
            changes.append(Update(state.workshop, workshop))
        return Changeset(self.label, tuple(changes))
