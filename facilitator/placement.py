"""Where new notes can go on a board, kept up to date as notes come and go.

Finding a free place by looking at every note costs O(notes) per new note,
which is what limits how fast a board of thousands takes notes from phones.
A :class:`BoardLayout` instead follows each change to its board: it knows the
board's extent and, for each grid of note-sized slots asked about recently,
how many notes overlap each slot, so the next free slot is found in amortised
constant time. :class:`~facilitator.state.WorkshopState` keeps one per board.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from facilitator import settings
from facilitator.domain import Cluster, Note, NoteSource

# Grids are few per board (the incoming rows and the clusters notes were sent
# to lately); the oldest is dropped beyond this, to be rebuilt if asked again.
_GRIDS_KEPT = 8

GridKey = tuple[float, float, float, float, int]


@dataclass(frozen=True)
class Extent:
    """The box around a board's notes and clusters, and the bottom of its settled notes."""

    left: float
    top: float
    right: float
    bottom: float
    settled_bottom: float | None  # None when no note is settled and there are no clusters


def is_settled(note: Note) -> bool:
    """Notes that form the board's content, as opposed to phone notes not yet sorted."""
    return note.source is not NoteSource.PARTICIPANT or note.cluster_id is not None


class SlotGrid:
    """A grid of note-sized slots filled row by row, and how many notes overlap each slot."""

    def __init__(
        self, origin: tuple[float, float], size: tuple[float, float], columns: int
    ) -> None:
        self.left, self.top = origin
        self.width, self.height = size
        self.columns = columns
        self.step_x = self.width + settings.NOTE_GAP
        self.step_y = self.height + settings.NOTE_GAP
        self._covered: Counter[int] = Counter()
        # Every slot before this one is covered: the search starts here.
        self._first_maybe_free = 0

    def _slots(self, note: Note) -> Iterator[int]:
        first_column = max(0, math.floor((note.x - self.left - self.width) / self.step_x) + 1)
        last_column = min(
            self.columns - 1, math.ceil((note.x + note.width - self.left) / self.step_x) - 1
        )
        first_row = max(0, math.floor((note.y - self.top - self.height) / self.step_y) + 1)
        last_row = math.ceil((note.y + note.height - self.top) / self.step_y) - 1
        for row in range(first_row, last_row + 1):
            for column in range(first_column, last_column + 1):
                yield row * self.columns + column

    def add(self, note: Note) -> None:
        self._covered.update(self._slots(note))

    def remove(self, note: Note) -> None:
        for slot in self._slots(note):
            left = self._covered[slot] - 1
            if left:
                self._covered[slot] = left
            else:
                del self._covered[slot]
                self._first_maybe_free = min(self._first_maybe_free, slot)

    def first_free(self, rows: int | None = None) -> tuple[float, float] | None:
        """The first slot no note overlaps, or None when the first ``rows`` rows are full."""
        slot = self._first_maybe_free
        while slot in self._covered:
            slot += 1
        self._first_maybe_free = slot
        row, column = divmod(slot, self.columns)
        if rows is not None and row >= rows:
            return None
        return self.left + column * self.step_x, self.top + row * self.step_y


class BoardLayout:
    """The free-space bookkeeping of one board; told of every change to its notes and clusters."""

    def __init__(self, notes: Iterable[Note], clusters: Iterable[Cluster]) -> None:
        self._notes = {n.id: n for n in notes if n.stack_id is None}
        self._clusters = {c.id: c for c in clusters}
        self._extent: Extent | None = None
        self._extent_stale = True
        self._grids: dict[GridKey, SlotGrid] = {}

    @property
    def note_count(self) -> int:
        """How many notes take space: every note not stacked under another."""
        return len(self._notes)

    def note_added(self, note: Note) -> None:
        if note.stack_id is not None:
            return
        self._notes[note.id] = note
        for grid in self._grids.values():
            grid.add(note)
        if not self._extent_stale:
            self._extent = _grown(self._extent, _box(note), is_settled(note))

    def note_removed(self, note: Note) -> None:
        if self._notes.pop(note.id, None) is None:
            return
        for grid in self._grids.values():
            grid.remove(note)
        self._forget_extent_if_edge(_box(note), is_settled(note))

    def cluster_added(self, cluster: Cluster) -> None:
        self._clusters[cluster.id] = cluster
        if not self._extent_stale:
            self._extent = _grown(self._extent, _box(cluster), settled=True)

    def cluster_removed(self, cluster: Cluster) -> None:
        if self._clusters.pop(cluster.id, None) is not None:
            self._forget_extent_if_edge(_box(cluster), settled=True)

    def _forget_extent_if_edge(self, box: tuple[float, float, float, float], settled: bool) -> None:
        extent = self._extent
        if extent is None or self._extent_stale:
            return
        left, top, right, bottom = box
        on_edge = (
            left <= extent.left
            or top <= extent.top
            or right >= extent.right
            or bottom >= extent.bottom
            or (settled and extent.settled_bottom is not None and bottom >= extent.settled_bottom)
        )
        if on_edge:
            self._extent_stale = True

    def extent(self) -> Extent | None:
        """None for a board with neither notes nor clusters."""
        if self._extent_stale:
            extent: Extent | None = None
            for note in self._notes.values():
                extent = _grown(extent, _box(note), is_settled(note))
            for cluster in self._clusters.values():
                extent = _grown(extent, _box(cluster), settled=True)
            self._extent, self._extent_stale = extent, False
        return self._extent

    def grid(
        self, origin: tuple[float, float], size: tuple[float, float], columns: int
    ) -> SlotGrid:
        key = (*origin, *size, columns)
        grid = self._grids.pop(key, None)
        if grid is None:
            grid = SlotGrid(origin, size, columns)
            for note in self._notes.values():
                grid.add(note)
            if len(self._grids) >= _GRIDS_KEPT:
                del self._grids[next(iter(self._grids))]
        self._grids[key] = grid  # now the most recently used
        return grid


def _box(item: Note | Cluster) -> tuple[float, float, float, float]:
    return item.x, item.y, item.x + item.width, item.y + item.height


def _grown(extent: Extent | None, box: tuple[float, float, float, float], settled: bool) -> Extent:
    left, top, right, bottom = box
    settled_bottom = bottom if settled else None
    if extent is None:
        return Extent(left, top, right, bottom, settled_bottom)
    if extent.settled_bottom is not None:
        settled_bottom = max(extent.settled_bottom, bottom) if settled else extent.settled_bottom
    return Extent(
        min(extent.left, left),
        min(extent.top, top),
        max(extent.right, right),
        max(extent.bottom, bottom),
        settled_bottom,
    )
