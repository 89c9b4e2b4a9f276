"""How a cluster (a titled area that groups notes) looks on the board canvas."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from facilitator import settings
from facilitator.commands import CLUSTER_TITLE_BAND
from facilitator.domain import Cluster
from facilitator.palette import CLUSTER_COLORS, DEFAULT_CLUSTER_COLOR
from ui.note_item import TEXT_LOD, VOTE_BADGE_COLOR

TITLE_COLOR = QColor("#1F2937")
CORNER_RADIUS = 18.0
TITLE_PADDING = 18.0
TITLE_PIXEL_SIZE = 36
# A finger needs about 9 mm, which is 48 px on a 55" 1080p display.
HANDLE_SCREEN_SIZE = 56.0
MARGIN = 2.0


class ClusterPart(Enum):
    TITLE = "title"
    HANDLE = "handle"
    BODY = "body"


def cluster_z(cluster: Cluster) -> float:
    """Below every note (notes start at z 1); smaller clusters above the larger ones they sit on."""
    return -1.0 - (cluster.width * cluster.height) / (settings.CLUSTER_MAX_SIZE**2)


def _title_font(pixel_size: float) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, round(pixel_size)))
    font.setWeight(QFont.Weight.Bold)
    return font


class ClusterItem(QGraphicsItem):
    def __init__(self, cluster: Cluster) -> None:
        super().__init__()
        self._cluster = cluster
        self._rect = QRectF()
        self._fill = QColor()
        self._border = QColor()
        self._votes: int | None = None  # None: results are not shown
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._apply(cluster)

    @property
    def cluster(self) -> Cluster:
        return self._cluster

    @property
    def cluster_id(self) -> str:
        return self._cluster.id

    def set_cluster(self, cluster: Cluster) -> None:
        before = self._cluster
        self._cluster = cluster
        self._apply(cluster)
        if (cluster.title, cluster.color) != (before.title, before.color):
            self.update()

    @property
    def votes(self) -> int | None:
        return self._votes

    def set_votes(self, count: int | None) -> None:
        """Show ``count`` votes in the title band; None (results hidden) or 0 shows none."""
        shown = count if count else None
        if shown != self._votes:
            self._votes = shown
            self.update()

    def show_geometry(self, rect: QRectF) -> None:
        """Show the cluster at a scene rectangle the model does not have yet (during a drag)."""
        self.setPos(rect.topLeft())
        self._set_size(rect.width(), rect.height())

    def reset_geometry(self) -> None:
        self._apply(self._cluster)

    def scene_cluster_rect(self) -> QRectF:
        return self._rect.translated(self.pos())

    def _apply(self, cluster: Cluster) -> None:
        self.setPos(cluster.x, cluster.y)
        self._set_size(cluster.width, cluster.height)
        self.setZValue(cluster_z(cluster))
        self._fill = QColor(
            CLUSTER_COLORS.get(cluster.color, CLUSTER_COLORS[DEFAULT_CLUSTER_COLOR])
        )
        self._border = self._fill.darker(128)

    def _set_size(self, width: float, height: float) -> None:
        if (width, height) != (self._rect.width(), self._rect.height()):
            self.prepareGeometryChange()
            self._rect = QRectF(0.0, 0.0, width, height)
            self.update()

    # Hit areas ------------------------------------------------------------------

    def handle_size(self, zoom: float) -> float:
        """The resize handle's side in scene units: finger-sized on screen at any zoom."""
        size = max(HANDLE_SCREEN_SIZE / max(zoom, 0.01), 48.0)
        return min(size, self._rect.width() / 2, self._rect.height() / 2)

    def part_at(self, scene_pos: QPointF, zoom: float) -> ClusterPart:
        local = self.mapFromScene(scene_pos)
        handle = self.handle_size(zoom)
        if local.x() >= self._rect.right() - handle and local.y() >= self._rect.bottom() - handle:
            return ClusterPart.HANDLE
        if local.y() <= self.title_band_height(zoom):
            return ClusterPart.TITLE
        return ClusterPart.BODY

    def title_band_height(self, zoom: float) -> float:
        # Zoomed out, a 64 px band is too thin to hit with a finger.
        return min(
            max(CLUSTER_TITLE_BAND, HANDLE_SCREEN_SIZE / max(zoom, 0.01)), self._rect.height() / 3
        )

    # Painting -------------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._rect)
        return path

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        rect = self._rect
        painter.setPen(QPen(self._border, max(2.0, 1.5 / max(lod, 0.01))))
        painter.setBrush(self._fill)
        painter.drawRoundedRect(rect, CORNER_RADIUS, CORNER_RADIUS)
        if lod >= TEXT_LOD:
            self._paint_title(painter, rect)
        self._paint_handle(painter, lod)

    def _paint_title(self, painter: QPainter, rect: QRectF) -> None:
        font = _title_font(TITLE_PIXEL_SIZE)
        band = QRectF(
            rect.left() + TITLE_PADDING,
            rect.top(),
            rect.width() - 2 * TITLE_PADDING,
            min(CLUSTER_TITLE_BAND, rect.height()),
        )
        if self._votes:
            band.setRight(band.right() - self._paint_votes(painter, band, font) - TITLE_PADDING)
        shown = QFontMetricsF(font).elidedText(
            self._cluster.title, Qt.TextElideMode.ElideRight, band.width()
        )
        painter.setFont(font)
        painter.setPen(TITLE_COLOR)
        painter.drawText(band, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)

    def _paint_votes(self, painter: QPainter, band: QRectF, font: QFont) -> float:
        """The vote count as a dot badge at the right of the title band; returns its width."""
        label = f"● {self._votes}"
        height = min(band.height() - 12.0, 48.0)
        width = QFontMetricsF(font).horizontalAdvance(label) + height
        badge = QRectF(band.right() - width, band.center().y() - height / 2, width, height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(VOTE_BADGE_COLOR)
        painter.drawRoundedRect(badge, height / 2, height / 2)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)
        return width

    def _paint_handle(self, painter: QPainter, lod: float) -> None:
        size = self.handle_size(lod)
        corner = self._rect.bottomRight()
        triangle = QPainterPath(corner)
        triangle.lineTo(corner.x() - size, corner.y())
        triangle.lineTo(corner.x(), corner.y() - size)
        triangle.closeSubpath()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._fill.darker(112))
        painter.save()
        painter.setClipRect(self._rect)
        painter.drawPath(triangle)
        painter.restore()
        grip = QPen(self._border.darker(130), max(2.0, 2.5 / max(lod, 0.01)))
        grip.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(grip)
        for fraction in (0.3, 0.55, 0.8):
            step = size * fraction * 0.75
            inset = size * 0.12
            painter.drawLine(
                QPointF(corner.x() - inset - step, corner.y() - inset),
                QPointF(corner.x() - inset, corner.y() - inset - step),
            )


class ClusterLabelItem(QGraphicsItem):
    """A cluster's title at a fixed on-screen size, above the notes, for zoomed-out views.

    Zoomed out, the title drawn in the cluster is a few pixels high and hidden
    under notes, yet it is what people navigate a full board by.
    """

    FONT_PIXEL_SIZES = (24, 20, 17, 14)
    MAX_WIDTH = 420.0
    PADDING = 8.0

    def __init__(self, cluster: Cluster) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(1e15)
        self._font = _title_font(self.FONT_PIXEL_SIZES[0])
        self._text = ""
        self._bounds = QRectF()
        self._cluster = cluster
        self._zoom = 1.0
        self.set_cluster(cluster)

    def set_cluster(self, cluster: Cluster) -> None:
        self._cluster = cluster
        self.setPos(cluster.x, cluster.y)
        self._fit()

    def set_zoom(self, zoom: float) -> None:
        """Labels keep their size on screen, so how much of the title fits depends on the zoom."""
        if zoom != self._zoom:
            self._zoom = zoom
            self._fit()

    def _fit(self) -> None:
        # Within the cluster's width on screen, so that neighbours' labels never
        # overlap: a smaller font first, then an ellipsis.
        room = min(self.MAX_WIDTH, self._cluster.width * self._zoom - 3 * self.PADDING - 4)
        for pixel_size in self.FONT_PIXEL_SIZES:
            font = _title_font(pixel_size)
            metrics = QFontMetricsF(font)
            if metrics.horizontalAdvance(self._cluster.title) <= room:
                break
        text = metrics.elidedText(self._cluster.title, Qt.TextElideMode.ElideRight, room)
        if (text, font) == (self._text, self._font):
            return
        self.prepareGeometryChange()
        self._text = text
        self._font = font
        if text:
            width = metrics.horizontalAdvance(text) + 2 * self.PADDING
            self._bounds = QRectF(0.0, 0.0, width, metrics.height() + 2 * self.PADDING)
        else:
            self._bounds = QRectF()
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds.translated(self.PADDING, self.PADDING)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        if not self._text:
            return
        box = self.boundingRect()
        painter.setPen(QPen(QColor(0, 0, 0, 60), 1.0))
        painter.setBrush(QColor(255, 255, 255, 235))
        painter.drawRoundedRect(box, 8.0, 8.0)
        painter.setFont(self._font)
        painter.setPen(TITLE_COLOR)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self._text)
