"""Connectors between notes that build on each other (brainwriting chains).

A note whose ``builds_on`` names another note is joined to it by a line with
an arrowhead pointing at the note that builds on, so the room can follow an
idea down its chain. A connector exists only while both notes are drawn by
items of their own (not stacked under another note, both on the shown board);
most boards have no chains and so no connectors at all.

The connectors follow the items rather than the model: during a drag, items
move before anything is saved, and the scene tells :class:`ChainLinks` which
items moved.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QStyleOptionGraphicsItem,
    QWidget,
)

from facilitator.domain import Note
from ui.note_item import NoteItem

# Above every cluster (they sit below -1), below the overview and the notes.
LINK_Z = -0.5
LINK_COLOR = QColor("#37474F")  # 9.6:1 on the board's background
LINK_WIDTH = 4.0  # board pixels
ARROW_LENGTH = 14.0
ARROW_HALF_WIDTH = 8.0
# Room for the arrowhead and the line's ends beyond the straight segment.
_PAD = ARROW_HALF_WIDTH + LINK_WIDTH


def _exit_point(rect: QRectF, towards: QPointF) -> QPointF:
    """Where a line from the centre of ``rect`` towards ``towards`` leaves the rectangle."""
    centre = rect.center()
    dx, dy = towards.x() - centre.x(), towards.y() - centre.y()
    if dx == 0 and dy == 0:
        return centre
    half_w, half_h = rect.width() / 2, rect.height() / 2
    scale = min(
        half_w / abs(dx) if dx else math.inf,
        half_h / abs(dy) if dy else math.inf,
    )
    return QPointF(centre.x() + dx * scale, centre.y() + dy * scale)


def connector_line(parent: QRectF, child: QRectF) -> QLineF | None:
    """The visible part of the centre-to-centre line, from edge to edge; None when they overlap."""
    if parent.intersects(child):
        return None
    start = _exit_point(parent, child.center())
    end = _exit_point(child, parent.center())
    line = QLineF(start, end)
    return line if line.length() > 0 else None


class ChainLinkItem(QGraphicsItem):
    """One connector: from the note built upon to the note that builds on it."""

    def __init__(self, parent_item: NoteItem, child_item: NoteItem) -> None:
        super().__init__()
        self.parent_item = parent_item
        self.child_item = child_item
        self._line: QLineF | None = None
        self._bounds = QRectF()
        self.setZValue(LINK_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.refresh()

    @property
    def line(self) -> QLineF | None:
        """The drawn segment in board coordinates (None: the notes overlap, nothing is drawn)."""
        return self._line

    def refresh(self) -> None:
        """Follow the two notes to where their items are now."""
        line = connector_line(self.parent_item.scene_note_rect(), self.child_item.scene_note_rect())
        if line == self._line:
            return
        self.prepareGeometryChange()
        self._line = line
        if line is None:
            self._bounds = QRectF()
        else:
            self._bounds = (
                QRectF(line.p1(), line.p2()).normalized().adjusted(-_PAD, -_PAD, _PAD, _PAD)
            )
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return QPainterPath()  # never hit: taps go to the notes and the board

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        line = self._line
        if line is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        length = line.length()
        arrow = min(ARROW_LENGTH, length * 0.6)
        unit = QPointF(line.dx() / length, line.dy() / length)
        base = line.p2() - unit * arrow
        pen = QPen(LINK_COLOR, LINK_WIDTH)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(QLineF(line.p1(), base))
        normal = QPointF(-unit.y(), unit.x()) * ARROW_HALF_WIDTH * (arrow / ARROW_LENGTH)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(LINK_COLOR)
        painter.drawPolygon(QPolygonF([line.p2(), base + normal, base - normal]))


class ChainLinks:
    """Which notes of the shown board build on which, and the connectors drawn for them."""

    def __init__(self, scene: QGraphicsScene, item_of: Callable[[str], NoteItem | None]) -> None:
        self._scene = scene
        self._item_of = item_of
        self._parent_of: dict[str, str] = {}  # note id -> the note it builds on
        self._children: dict[str, set[str]] = {}  # note id -> notes building on it
        self._links: dict[str, ChainLinkItem] = {}  # by the id of the note that builds on

    def link(self, child_id: str) -> ChainLinkItem | None:
        return self._links.get(child_id)

    def links(self) -> list[ChainLinkItem]:
        return list(self._links.values())

    def clear(self) -> None:
        for link in self._links.values():
            self._scene.removeItem(link)
        self._links.clear()
        self._parent_of.clear()
        self._children.clear()

    def reset(self, notes: Iterable[Note]) -> None:
        """Every chain of a board just shown, once its note items exist."""
        self.clear()
        for note in notes:
            if note.builds_on is not None:
                self._add_edge(note.id, note.builds_on)
        for child_id in list(self._parent_of):
            self._sync_link(child_id)

    def note_changed(self, note_id: str, builds_on: str | None) -> None:
        """A note as the model has it now: ``builds_on`` None when it is not on the board."""
        if self._parent_of.get(note_id) != builds_on:
            self._remove_edge(note_id)
            if builds_on is not None:
                self._add_edge(note_id, builds_on)
        self.follow((note_id,))

    def follow(self, note_ids: Iterable[str]) -> None:
        """Items of these notes appeared, went away, moved or resized: connectors follow."""
        for note_id in note_ids:
            if note_id in self._parent_of or note_id in self._links:
                self._sync_link(note_id)
            for child_id in self._children.get(note_id, ()):
                self._sync_link(child_id)

    def _add_edge(self, child_id: str, parent_id: str) -> None:
        self._parent_of[child_id] = parent_id
        self._children.setdefault(parent_id, set()).add(child_id)

    def _remove_edge(self, child_id: str) -> None:
        parent_id = self._parent_of.pop(child_id, None)
        if parent_id is not None:
            children = self._children.get(parent_id)
            if children is not None:
                children.discard(child_id)
                if not children:
                    del self._children[parent_id]

    def _sync_link(self, child_id: str) -> None:
        """Make the connector of ``child_id`` exist exactly while both notes have items."""
        parent_id = self._parent_of.get(child_id)
        child = self._item_of(child_id)
        parent = self._item_of(parent_id) if parent_id is not None else None
        link = self._links.get(child_id)
        if link is not None and (link.child_item is not child or link.parent_item is not parent):
            self._scene.removeItem(link)
            del self._links[child_id]
            link = None
        if child is None or parent is None:
            return
        if link is None:
            link = ChainLinkItem(parent, child)
            self._scene.addItem(link)
            self._links[child_id] = link
        else:
            link.refresh()
