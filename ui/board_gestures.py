"""Direct manipulation on the board: what a drag or a pinch shows, and the one command it ends in.

A gesture moves or resizes items only visually while a finger or the mouse is
down; the model changes once, on release, through a single command (one undo
step). Cancelling puts every item back where the model has it. Panning,
zooming and rubber-band selection change only the view.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRect, QRectF, QSize
from PySide6.QtWidgets import QRubberBand

from facilitator import settings
from facilitator.commands import (
    Command,
    MoveNotes,
    NoteMove,
    ResizeNote,
    SetClusterRect,
    StackNotes,
)
from ui.board_scene import BoardScene
from ui.cluster_item import ClusterItem
from ui.note_item import NoteItem

if TYPE_CHECKING:
    from ui.board_view import BoardView

# Notes being dragged are drawn above everything else on the board.
DRAG_Z = 1e12
DRAG_OPACITY = 0.85
# A dropped note's centre must land this far inside another note to stack onto it.
STACK_INSET = 0.2


def stack_zone(rect: QRectF) -> QRectF:
    dx, dy = rect.width() * STACK_INSET, rect.height() * STACK_INSET
    return rect.adjusted(dx, dy, -dx, -dy)


class NoteDrag:
    """One or more notes following a finger or the mouse; a single note can be dropped on a pile."""

    def __init__(self, scene: BoardScene, note_ids: Sequence[str], start: QPointF) -> None:
        self._scene = scene
        self._start = QPointF(start)
        self._items: list[NoteItem] = [
            item for item in map(scene.note_item, note_ids) if item is not None
        ]
        self._origins = [QPointF(item.note.x, item.note.y) for item in self._items]
        self._target: NoteItem | None = None
        self._moved = False
        scene.set_in_motion(item.note_id for item in self._items)
        for index, item in enumerate(sorted(self._items, key=lambda i: i.note.z)):
            item.setZValue(DRAG_Z + index)
            # See-through enough to show what lies under a note about to be dropped.
            item.setOpacity(DRAG_OPACITY)

    def move_to(self, scene_pos: QPointF) -> None:
        delta = scene_pos - self._start
        self._moved = self._moved or not delta.isNull()
        for item, origin in zip(self._items, self._origins, strict=True):
            item.setPos(origin + delta)
        self._scene.follow_items(item.note_id for item in self._items)
        self._find_target()

    def _find_target(self) -> None:
        target: NoteItem | None = None
        if len(self._items) == 1:
            dragged = self._items[0]
            centre = dragged.scene_note_rect().center()
            found = self._scene.note_at(centre, exclude={dragged.note_id})
            candidate = self._scene.note_item(found) if found is not None else None
            if candidate is not None and stack_zone(candidate.scene_note_rect()).contains(centre):
                target = candidate
        if target is self._target:
            return
        if self._target is not None:
            self._target.set_drop_target(False)
        self._target = target
        if target is not None:
            target.set_drop_target(True)
        moving = [item.note_id for item in self._items]
        self._scene.set_in_motion([*moving, *([target.note_id] if target else [])])

    def finish(self) -> Command | None:
        """The command that makes the drop real, or ``None`` if nothing moved."""
        if self._target is not None and len(self._items) == 1:
            return StackNotes((self._items[0].note_id,), self._target.note_id)
        if not self._moved:
            return None
        return MoveNotes(tuple(NoteMove(item.note_id, item.x(), item.y()) for item in self._items))

    def settle(self) -> None:
        """Show the model's state again (after the command ran, failed, or was cancelled)."""
        if self._target is not None:
            self._target.set_drop_target(False)
            self._target = None
        for item in self._items:
            item.setOpacity(1.0)
            if item.scene() is self._scene:
                item.reset_position()
        self._scene.follow_items(item.note_id for item in self._items)
        self._scene.set_in_motion(())


class ClusterDrag:
    """A cluster moved by its title band (its notes come along) or resized by its corner."""

    def __init__(self, scene: BoardScene, item: ClusterItem, start: QPointF, resize: bool) -> None:
        self._scene = scene
        self._item = item
        self._start = QPointF(start)
        self._resize = resize
        cluster = item.cluster
        self._origin = QRectF(cluster.x, cluster.y, cluster.width, cluster.height)
        self._rect = QRectF(self._origin)
        self._notes: list[NoteItem] = []
        if not resize:
            self._notes = [n for n in scene.note_items() if n.note.cluster_id == cluster.id]
            scene.set_in_motion(n.note_id for n in self._notes)

    def move_to(self, scene_pos: QPointF) -> None:
        delta = scene_pos - self._start
        if self._resize:
            self._rect = QRectF(
                self._origin.topLeft(),
                QPointF(
                    self._origin.right()
                    + max(delta.x(), settings.CLUSTER_MIN_SIZE - self._origin.width()),
                    self._origin.bottom()
                    + max(delta.y(), settings.CLUSTER_MIN_SIZE - self._origin.height()),
                ),
            )
        else:
            self._rect = self._origin.translated(delta)
            for note in self._notes:
                note.setPos(note.note.x + delta.x(), note.note.y + delta.y())
            self._scene.follow_items(note.note_id for note in self._notes)
        self._item.show_geometry(self._rect)
        label = self._scene.cluster_label(self._item.cluster_id)
        if label is not None:
            label.setPos(self._rect.topLeft())

    def finish(self) -> Command | None:
        if self._rect == self._origin:
            return None
        return SetClusterRect(
            self._item.cluster_id,
            self._rect.x(),
            self._rect.y(),
            self._rect.width(),
            self._rect.height(),
        )

    def settle(self) -> None:
        if self._item.scene() is self._scene:
            self._item.reset_geometry()
        label = self._scene.cluster_label(self._item.cluster_id)
        if label is not None:
            label.set_cluster(self._item.cluster)
        for note in self._notes:
            if note.scene() is self._scene:
                note.reset_position()
        self._scene.follow_items(note.note_id for note in self._notes)
        self._scene.set_in_motion(())


class NoteResize:
    """Two fingers on one note spread or pinch to resize it."""

    def __init__(self, scene: BoardScene, item: NoteItem, start_distance: float) -> None:
        self._scene = scene
        self._item = item
        self._start_distance = max(start_distance, 1.0)
        self._size = (item.note.width, item.note.height)
        scene.set_in_motion([item.note_id])

    def update(self, distance: float) -> None:
        factor = distance / self._start_distance
        width, height = self._item.note.width, self._item.note.height
        low, high = settings.NOTE_MIN_SIZE, settings.NOTE_MAX_SIZE
        self._size = (
            min(max(width * factor, low), high),
            min(max(height * factor, low), high),
        )
        self._item.set_size_override(self._size)
        self._scene.follow_items((self._item.note_id,))

    def finish(self) -> Command | None:
        if self._size == (self._item.note.width, self._item.note.height):
            return None
        return ResizeNote(self._item.note_id, *self._size)

    def settle(self) -> None:
        if self._item.scene() is self._scene:
            self._item.reset_position()
        self._scene.follow_items((self._item.note_id,))
        self._scene.set_in_motion(())


class ViewPan:
    """One finger on empty space, the middle button, or Space and drag: the board follows."""

    def __init__(self, view: BoardView, start: QPointF) -> None:
        self._view = view
        self._last = QPointF(start)

    def move_to(self, view_pos: QPointF) -> None:
        delta = view_pos - self._last
        self._last = QPointF(view_pos)
        self._view.pan_by(-delta.x(), -delta.y())


class RubberBandSelection:
    """A left drag on empty space selects every note the rectangle touches."""

    def __init__(self, view: BoardView, start: QPointF, add: bool) -> None:
        self._view = view
        self._start = start.toPoint()
        self._add = add
        self._band = QRubberBand(QRubberBand.Shape.Rectangle, view.viewport())
        self._band.setGeometry(QRect(self._start, QSize()))
        self._band.show()

    def move_to(self, view_pos: QPointF) -> None:
        self._band.setGeometry(QRect(self._start, view_pos.toPoint()).normalized())

    def finish(self) -> list[str]:
        scene_rect = self._view.mapToScene(self._band.geometry()).boundingRect()
        self.close()
        return self._view.board_scene().note_ids_in(scene_rect)

    @property
    def adds(self) -> bool:
        return self._add

    def close(self) -> None:
        self._band.hide()
        self._band.deleteLater()


class Pinch:
    """Two fingers: zoom and pan around their centroid, or resize the note both are on."""

    def __init__(self, view: BoardView, ids: tuple[int, int], a: QPointF, b: QPointF) -> None:
        self.ids = ids
        self._view = view
        self._start_distance = max(distance(a, b), 1.0)
        self._start_zoom = view.zoom()
        self._anchor = view.map_to_scene_f((a + b) / 2)
        self.resize: NoteResize | None = None
        scene = view.board_scene()
        under_a = scene.note_at(view.map_to_scene_f(a), transform=view.viewportTransform())
        under_b = scene.note_at(view.map_to_scene_f(b), transform=view.viewportTransform())
        if under_a is not None and under_a == under_b:
            item = scene.note_item(under_a)
            if item is not None:
                self.resize = NoteResize(scene, item, distance(a, b))

    def update(self, a: QPointF, b: QPointF) -> None:
        if self.resize is not None:
            self.resize.update(distance(a, b))
            return
        zoom = self._start_zoom * distance(a, b) / self._start_distance
        self._view.set_zoom(zoom)
        self._view.place_scene_point(self._anchor, (a + b) / 2)


def distance(a: QPointF, b: QPointF) -> float:
    return math.hypot(a.x() - b.x(), a.y() - b.y())
