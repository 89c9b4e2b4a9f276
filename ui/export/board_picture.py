"""A board drawn for an export, with the same items the app draws it with.

Why not the app's :class:`~ui.board_scene.BoardScene`: it mirrors the live
service (it reads the service's state under its lock and follows a
:class:`~ui.service_bridge.ServiceBridge`), draws what only the facilitator
should see (hidden notes, face-down cards, the selection, arrival cues), and
is a QObject with animations that belongs to the GUI thread. An export runs in
a worker thread on a snapshot, and must show exactly what the report lists.

So the picture takes one board of a :class:`SessionReport` (already filtered
by the export's selection) and paints the same :class:`NoteItem`,
:class:`ClusterItem` and chain connectors with a plain QPainter, in the order
a scene would (by z value, then by insertion). Painting without a scene keeps
it safe off the GUI thread: a QGraphicsScene registers itself with the
application and its item caches live in the GUI-only pixmap cache. Items are
drawn uncached, so a PDF gets vector shapes and text, never bitmaps.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from facilitator.export.report import BoardEntry
from ui.board_scene import BACKGROUND
from ui.chain_links import ChainLinkItem
from ui.cluster_item import ClusterItem, ClusterLabelItem
from ui.note_item import TEXT_LOD, NoteItem

# Room around the notes and clusters, in board units, so nothing touches the edge.
MARGIN = 48.0
# What an empty board shows: a blank board of a screen's proportions.
EMPTY_SIZE = (1600.0, 900.0)


class BoardPicture:
    def __init__(self, board: BoardEntry) -> None:
        self._items: list[QGraphicsItem] = []
        self._labels: list[ClusterLabelItem] = []
        notes: dict[str, NoteItem] = {}
        for group in board.clusters:
            if group.cluster is None:
                continue
            cluster = ClusterItem(group.cluster)
            cluster.set_votes(group.votes)
            self._items.append(cluster)
            self._labels.append(ClusterLabelItem(group.cluster))
        for entry in board.notes:
            note = entry.note
            # Face-down notes are in an export only when asked for, to be read:
            # a card back would hide exactly what was asked for.
            if note.face_down:
                note = replace(note, face_down=False)
            item = NoteItem(note, len(entry.duplicates))
            item.set_votes(entry.votes)
            notes[note.id] = item
            self._items.append(item)
        for child in notes.values():
            parent = notes.get(child.note.builds_on or "")
            if parent is not None:
                self._items.append(ChainLinkItem(parent, child))
        for drawn in (*self._items, *self._labels):
            drawn.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        # A stable sort keeps insertion order among equal z values, as a scene does.
        self._items.sort(key=lambda item: item.zValue())
        self.rect = self._bounds()

    def _bounds(self) -> QRectF:
        bounds = QRectF()
        for item in self._items:
            if isinstance(item, ClusterItem):
                bounds = bounds.united(item.scene_cluster_rect())
            elif isinstance(item, NoteItem):
                # The note's own rectangle, plus its pile, badges and shadow.
                bounds = bounds.united(item.boundingRect().translated(item.pos()))
        if bounds.isEmpty():
            return QRectF(0.0, 0.0, *EMPTY_SIZE)
        return bounds.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)

    def scale_to_fit(self, target: QRectF) -> float:
        """The scale at which the whole board fits in ``target``, keeping its proportions."""
        return min(target.width() / self.rect.width(), target.height() / self.rect.height())

    def paint(self, painter: QPainter, target: QRectF) -> QRectF:
        """Draw the whole board fitted and centred in ``target``; returns where it went."""
        scale = self.scale_to_fit(target)
        size = self.rect.size() * scale
        placed = QRectF(
            target.center().x() - size.width() / 2,
            target.center().y() - size.height() / 2,
            size.width(),
            size.height(),
        )
        painter.save()
        painter.fillRect(placed, BACKGROUND)
        painter.setClipRect(placed)
        painter.translate(placed.topLeft())
        painter.scale(scale, scale)
        painter.translate(-self.rect.topLeft())
        option = QStyleOptionGraphicsItem()
        for item in self._items:
            painter.save()
            painter.translate(item.pos())
            item.paint(painter, option, None)
            painter.restore()
        if scale < TEXT_LOD:
            self._paint_labels(painter, scale)
        painter.restore()
        return placed

    def _paint_labels(self, painter: QPainter, scale: float) -> None:
        """Cluster titles at a readable size when the board is drawn too small for its own."""
        option = QStyleOptionGraphicsItem()
        for label in self._labels:
            label.set_zoom(scale)
            corner = painter.transform().map(label.pos())
            painter.save()
            painter.setTransform(QTransform.fromTranslate(corner.x(), corner.y()))
            label.paint(painter, option, None)
            painter.restore()
