"""The board canvas: shows one board and lets people touch it.

Touch comes first (TECH-NOTES §2): the viewport accepts raw touch events, one
finger drags a note or pans, two fingers pinch-zoom (or resize a note when both
land on it). Mouse, pen and keyboard reach the same actions. Every change to
the model is one command executed on release, so each gesture is one undo step;
anything the board screen must do (open an editor, show a menu or an error) is
asked for with a signal.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QEventPoint,
    QFocusEvent,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPixmapCache,
    QResizeEvent,
    QShowEvent,
    QTouchEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QGraphicsView, QWidget

from facilitator import settings
from facilitator.commands import Command, DeleteNotes, MoveNotes, NoteMove
from facilitator.domain import Cluster, Note
from facilitator.services.workshop import ChangeEvent, WorkshopService
from ui.board_gestures import (
    ClusterDrag,
    NoteDrag,
    Pinch,
    RubberBandSelection,
    ViewPan,
    distance,
)
from ui.board_scene import BoardScene
from ui.cluster_item import ClusterItem, ClusterPart
from ui.note_item import NoteItem
from ui.refusals import attempt
from ui.service_bridge import ServiceBridge

MIN_ZOOM = 0.05
MAX_ZOOM = 4.0
ZOOM_STEP = 1.25
LONG_PRESS_MS = 600
TOUCH_SLOP = 14.0  # px a finger may wander before a press becomes a drag
DOUBLE_TAP_DISTANCE = 48.0
NUDGE = 10.0
NUDGE_LARGE = 50.0
# Notes and areas whose tops are this close read as one row (Tab order).
READING_ROW = 200.0
FIT_MARGIN = 60.0  # screen px around the content when zooming to fit
# Every note's device-coordinate cache lives in QPixmapCache; Qt's default
# 10 MB holds less than one screenful of notes and clusters at 100 %.
PIXMAP_CACHE_KB = 160 * 1024


class TargetKind(Enum):
    NOTE = auto()
    CLUSTER_TITLE = auto()
    CLUSTER_HANDLE = auto()
    CLUSTER_BODY = auto()
    EMPTY = auto()


@dataclass(frozen=True)
class Target:
    """What is under a finger or the pointer."""

    kind: TargetKind
    note_id: str | None = None
    cluster: ClusterItem | None = None

    @property
    def key(self) -> tuple[TargetKind, str | None]:
        cluster_id = self.cluster.cluster_id if self.cluster is not None else None
        return self.kind, self.note_id or cluster_id


Gesture = NoteDrag | ClusterDrag | ViewPan | RubberBandSelection


@dataclass
class _Press:
    """One finger or the left mouse button from press to release."""

    view_pos: QPointF
    target: Target
    touch: bool
    modifiers: Qt.KeyboardModifier
    gesture: Gesture | None = None
    consumed: bool = False  # a long-press or double-click already handled it
    tap_selects_only: bool = False  # released without moving: reduce a selection to this note


class _TouchMode(Enum):
    IDLE = auto()
    ONE = auto()
    TWO = auto()
    WAIT = auto()  # a gesture ended; ignore fingers until all are lifted


class BoardView(QGraphicsView):
    zoomChanged = Signal(float)  # 1.0 == 100 %
    noteCreateRequested = Signal(QPointF)  # scene position of a double-tap on empty space
    noteEditRequested = Signal(str)
    noteActionsRequested = Signal(str, QPoint)  # note id, global position
    clusterEditRequested = Signal(str)
    clusterActionsRequested = Signal(str, QPoint)
    errorOccurred = Signal(object)  # FacilitatorError
    selectionChanged = Signal(list)  # selected note ids

    def __init__(
        self, service: WorkshopService, bridge: ServiceBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._scene = BoardScene(service, bridge, self)
        # Connected after the scene's own handler, so the items are up to date.
        bridge.changed.connect(self._keep_fitted)
        self._scene.noteSelectionChanged.connect(self.selectionChanged)
        self._scene.boardRemoved.connect(self._cancel_all)
        self.setScene(self._scene)
        extent = settings.BOARD_EXTENT + 5000.0
        self.setSceneRect(QRectF(-extent, -extent, 2 * extent, 2 * extent))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        # Items take no events: the view interprets every press itself.
        self.setInteractive(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PIXMAP_CACHE_KB))

        self._press: _Press | None = None
        self._last_tap: tuple[float, QPointF, tuple[TargetKind, str | None]] | None = None
        self._long_press = QTimer(self)
        self._long_press.setSingleShot(True)
        self._long_press.setInterval(LONG_PRESS_MS)
        self._long_press.timeout.connect(self._on_long_press)
        self._touch_mode = _TouchMode.IDLE
        self._fingers: dict[int, QPointF] = {}
        self._primary_finger: int | None = None
        self._pinch: Pinch | None = None
        self._space_held = False
        # Until someone zooms or pans, the board stays fitted to the view
        # (the first real size only arrives once the screen is laid out).
        self._auto_fit = False
        # Screen pixels along the right edge covered by an overlay (the join
        # badge): fitting the board keeps notes out from under it.
        self._covered_right = 0
        # An overlay floating over the board (the timer), in view pixels.
        self._covered_rect: QRect | None = None

    # Public API -----------------------------------------------------------------

    def board_scene(self) -> BoardScene:
        return self._scene

    def show_board(self, board_id: str) -> None:
        self._cancel_all()
        if self._has_real_size():
            # Build the items already in the mode the fitted zoom will need.
            self._scene.set_zoom(self._fit_zoom(self._model_content_rect(board_id)))
        self._scene.show_board(board_id)
        self._auto_fit = True
        if self._has_real_size():
            self.zoom_to_fit()

    def board_id(self) -> str | None:
        return self._scene.board_id

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float, anchor_view_pos: QPointF | None = None) -> None:
        self._auto_fit = False
        self._apply_zoom(factor, anchor_view_pos)

    def _apply_zoom(self, factor: float, anchor_view_pos: QPointF | None = None) -> None:
        factor = min(max(factor, MIN_ZOOM), MAX_ZOOM)
        anchor = anchor_view_pos if anchor_view_pos is not None else self._viewport_centre()
        scene_anchor = self.map_to_scene_f(anchor)
        previous = self.zoom()
        if factor != previous:
            self.setTransform(QTransform.fromScale(factor, factor))
            self.place_scene_point(scene_anchor, anchor)
        self._scene.set_zoom(factor)
        if factor != previous:
            self.zoomChanged.emit(factor)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def zoom_to_fit(self) -> None:
        self._auto_fit = True
        rect = self._scene.content_rect()
        if rect.isEmpty():
            self._apply_zoom(1.0)
            self.place_scene_point(QPointF(0.0, 0.0), self._viewport_centre())
            return
        area = self._fit_area(rect)
        self._apply_zoom(self._zoom_in(area, rect))
        self.place_scene_point(rect.center(), area.center())

    def _keep_fitted(self, event: ChangeEvent) -> None:
        """While the board is fitted, content that lands outside the view refits it.

        Notes from phones arrive in a row under the board; a facilitator who has
        not zoomed or panned should see them arrive rather than find them later.
        """
        if not self._auto_fit or not self._has_real_size():
            return
        area = self._fit_area(self._scene.content_rect())
        visible = self.mapToScene(area.toRect()).boundingRect()
        # Only what is on screen now counts: deleted, stacked or other boards' notes don't.
        shown: list[Note | Cluster] = [
            *(n for n in event.changeset.notes() if self._scene.note_item(n.id) is not None),
            *(c for c in event.changeset.clusters() if self._scene.cluster_item(c.id) is not None),
        ]
        for entity in shown:
            if not visible.contains(QRectF(entity.x, entity.y, entity.width, entity.height)):
                self.zoom_to_fit()
                return

    def set_covered_right(self, pixels: int) -> None:
        """Tell the view that an overlay covers ``pixels`` along its right edge (0: none)."""
        if pixels != self._covered_right:
            self._covered_right = pixels
            if self._auto_fit and self._has_real_size():
                self.zoom_to_fit()

    def set_covered_rect(self, rect: QRect | None) -> None:
        """Tell the view that an overlay floats over ``rect`` of it (None: none)."""
        if rect != self._covered_rect:
            self._covered_rect = QRect(rect) if rect is not None else None
            if self._auto_fit and self._has_real_size():
                self.zoom_to_fit()

    def _fit_area(self, content: QRectF | None = None) -> QRectF:
        """Where a fitted board goes: the view, less what overlays cover.

        Beside a floating overlay, the board takes whichever free side (below,
        left, right or above it) shows ``content`` largest; when no side has a
        third of the view, it goes under the overlay rather than shrink to a speck.
        """
        area = QRectF(self.viewport().rect())
        # Never give up more than a third of the view to an overlay.
        area.setRight(area.right() - min(self._covered_right, area.width() / 3))
        covered = self._covered_rect
        if covered is None or content is None or content.isEmpty():
            return area
        over = QRectF(self.viewport().mapFrom(self, covered.topLeft()), covered.size())
        if not over.intersects(area):
            return area
        sides = (
            QRectF(QPointF(area.left(), over.bottom()), area.bottomRight()),
            QRectF(area.topLeft(), QPointF(over.left(), area.bottom())),
            QRectF(QPointF(over.right(), area.top()), area.bottomRight()),
            QRectF(area.topLeft(), QPointF(area.right(), over.top())),
        )
        usable = [
            side
            for side in sides
            if side.width() >= area.width() / 3 and side.height() >= area.height() / 3
        ]
        if not usable:
            return area
        return max(usable, key=lambda side: self._zoom_in(side, content))

    def selected_note_ids(self) -> list[str]:
        return self._scene.selected_ids()

    def visible_center(self) -> QPointF:
        return self.map_to_scene_f(self._viewport_centre())

    def delete_selected(self) -> None:
        ids = self._scene.selected_ids()
        if ids:
            self._cancel_all()
            self._execute(DeleteNotes(tuple(ids)))

    def select_notes(self, note_ids: list[str]) -> None:
        self._scene.set_selection(note_ids)

    # Geometry helpers -----------------------------------------------------------

    def map_to_scene_f(self, view_pos: QPointF) -> QPointF:
        """Like ``mapToScene`` but without rounding the view position to whole pixels."""
        inverse, _ = self.viewportTransform().inverted()
        return inverse.map(view_pos)

    def place_scene_point(self, scene_pos: QPointF, view_pos: QPointF) -> None:
        """Scroll so that ``scene_pos`` appears at ``view_pos``."""
        now = self.viewportTransform().map(scene_pos)
        self.scroll_by(now.x() - view_pos.x(), now.y() - view_pos.y())

    def pan_by(self, dx: float, dy: float) -> None:
        """Scroll on someone's request (which ends keeping the board fitted)."""
        self._auto_fit = False
        self.scroll_by(dx, dy)

    def scroll_by(self, dx: float, dy: float) -> None:
        horizontal, vertical = self.horizontalScrollBar(), self.verticalScrollBar()
        horizontal.setValue(horizontal.value() + round(dx))
        vertical.setValue(vertical.value() + round(dy))

    def _viewport_centre(self) -> QPointF:
        return QRectF(self.viewport().rect()).center()

    def _has_real_size(self) -> bool:
        return self.isVisible() and self.viewport().width() > 1 and self.viewport().height() > 1

    def _fit_zoom(self, rect: QRectF) -> float:
        if rect.isEmpty():
            return 1.0
        return self._zoom_in(self._fit_area(rect), rect)

    @staticmethod
    def _zoom_in(area: QRectF, rect: QRectF) -> float:
        """The zoom that shows ``rect`` whole in ``area`` of the view, with a margin."""
        size = area.size()
        width = max(size.width() - 2 * FIT_MARGIN, size.width() / 2)
        height = max(size.height() - 2 * FIT_MARGIN, size.height() / 2)
        return min(max(min(width / rect.width(), height / rect.height()), MIN_ZOOM), MAX_ZOOM)

    def _model_content_rect(self, board_id: str) -> QRectF:
        rect = QRectF()
        for note in self._service.notes_on(board_id):
            if note.stack_id is None:
                rect = rect.united(QRectF(note.x, note.y, note.width, note.height))
        for cluster in self._service.clusters_on(board_id):
            rect = rect.united(QRectF(cluster.x, cluster.y, cluster.width, cluster.height))
        return rect

    def _global(self, view_pos: QPointF) -> QPoint:
        return self.viewport().mapToGlobal(view_pos.toPoint())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._auto_fit and self._has_real_size():
            self.zoom_to_fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._auto_fit and self._has_real_size():
            self.zoom_to_fit()

    # Commands -------------------------------------------------------------------

    def _execute(self, command: Command) -> bool:
        return attempt(lambda: self._service.execute(command), self.errorOccurred.emit)

    # Hit testing ----------------------------------------------------------------

    def target_at(self, view_pos: QPointF) -> Target:
        scene_pos = self.map_to_scene_f(view_pos)
        note_id = self._scene.note_at(scene_pos, transform=self.viewportTransform())
        if note_id is not None:
            return Target(TargetKind.NOTE, note_id=note_id)
        cluster = self._scene.cluster_at(scene_pos)
        if cluster is None:
            return Target(TargetKind.EMPTY)
        part = cluster.part_at(scene_pos, self.zoom())
        kind = {
            ClusterPart.TITLE: TargetKind.CLUSTER_TITLE,
            ClusterPart.HANDLE: TargetKind.CLUSTER_HANDLE,
            ClusterPart.BODY: TargetKind.CLUSTER_BODY,
        }[part]
        return Target(kind, cluster=cluster)

    # One pointer: a finger or the left mouse button -------------------------------

    def _pointer_press(
        self, view_pos: QPointF, touch: bool, modifiers: Qt.KeyboardModifier
    ) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        target = self.target_at(view_pos)
        press = _Press(QPointF(view_pos), target, touch, modifiers)
        self._press = press
        if target.kind is TargetKind.NOTE and target.note_id is not None:
            self._press_note(press, target.note_id)
        if target.kind is not TargetKind.EMPTY:
            self._long_press.start()

    def _press_note(self, press: _Press, note_id: str) -> None:
        selection = self._scene.selected_ids()
        toggling = not press.touch and bool(
            press.modifiers
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        )
        if toggling:
            if note_id in selection:
                self._scene.set_selection(i for i in selection if i != note_id)
                press.consumed = True
            else:
                self._scene.set_selection([*selection, note_id])
        elif note_id not in selection:
            self._scene.set_selection([note_id])
        else:
            press.tap_selects_only = len(selection) > 1

    def _pointer_move(self, view_pos: QPointF) -> None:
        press = self._press
        if press is None or press.consumed:
            return
        if press.gesture is None:
            slop = TOUCH_SLOP if press.touch else QApplication.startDragDistance()
            if distance(view_pos, press.view_pos) < slop:
                return
            self._long_press.stop()
            press.gesture = self._start_gesture(press)
        press.gesture.move_to(
            view_pos
            if isinstance(press.gesture, ViewPan | RubberBandSelection)
            else self.map_to_scene_f(view_pos)
        )

    def _start_gesture(self, press: _Press) -> Gesture:
        target = press.target
        start_scene = self.map_to_scene_f(press.view_pos)
        if target.kind is TargetKind.NOTE:
            ids = self._scene.selected_ids()
            if target.note_id not in ids and target.note_id is not None:
                ids = [target.note_id]
            return NoteDrag(self._scene, ids, start_scene)
        if target.cluster is not None and target.kind is not TargetKind.CLUSTER_BODY:
            resize = target.kind is TargetKind.CLUSTER_HANDLE
            return ClusterDrag(self._scene, target.cluster, start_scene, resize)
        if press.touch:
            return ViewPan(self, press.view_pos)
        add = bool(press.modifiers & Qt.KeyboardModifier.ControlModifier)
        return RubberBandSelection(self, press.view_pos, add)

    def _pointer_release(self, view_pos: QPointF) -> None:
        self._long_press.stop()
        press, self._press = self._press, None
        if press is None or press.consumed:
            return
        gesture = press.gesture
        if gesture is None:
            self._tap(press, view_pos)
        elif isinstance(gesture, NoteDrag | ClusterDrag):
            command = gesture.finish()
            if command is not None:
                self._execute(command)
            gesture.settle()
        elif isinstance(gesture, RubberBandSelection):
            ids = gesture.finish()
            self._scene.set_selection([*self._scene.selected_ids(), *ids] if gesture.adds else ids)

    def _pointer_cancel(self) -> None:
        self._long_press.stop()
        press, self._press = self._press, None
        if press is None:
            return
        if isinstance(press.gesture, NoteDrag | ClusterDrag):
            press.gesture.settle()
        elif isinstance(press.gesture, RubberBandSelection):
            press.gesture.close()

    def _tap(self, press: _Press, view_pos: QPointF) -> None:
        target = press.target
        if target.kind is TargetKind.NOTE and press.tap_selects_only and target.note_id:
            self._scene.set_selection([target.note_id])
        elif target.kind is not TargetKind.NOTE and not (
            press.modifiers & Qt.KeyboardModifier.ControlModifier
        ):
            self._scene.set_selection([])
        if not press.touch:
            return  # the mouse has its own double-click event
        now = time.monotonic()
        last = self._last_tap
        interval = QGuiApplication.styleHints().mouseDoubleClickInterval() / 1000
        if (
            last is not None
            and now - last[0] <= interval
            and distance(last[1], view_pos) <= DOUBLE_TAP_DISTANCE
            and last[2] == target.key
        ):
            self._last_tap = None
            self._double_tap(target, view_pos)
        else:
            self._last_tap = (now, QPointF(view_pos), target.key)

    def _double_tap(self, target: Target, view_pos: QPointF) -> None:
        if target.kind is TargetKind.NOTE and target.note_id is not None:
            self.noteEditRequested.emit(target.note_id)
        elif target.kind is TargetKind.CLUSTER_TITLE and target.cluster is not None:
            self.clusterEditRequested.emit(target.cluster.cluster_id)
        elif target.kind in (TargetKind.EMPTY, TargetKind.CLUSTER_BODY):
            self.noteCreateRequested.emit(self.map_to_scene_f(view_pos))

    def _on_long_press(self) -> None:
        press = self._press
        if press is None or press.consumed or press.gesture is not None:
            return
        press.consumed = True
        self._request_actions(press.target, press.view_pos)

    def _request_actions(self, target: Target, view_pos: QPointF) -> None:
        if target.kind is TargetKind.NOTE and target.note_id is not None:
            if not self._scene.is_selected(target.note_id):
                self._scene.set_selection([target.note_id])
            self.noteActionsRequested.emit(target.note_id, self._global(view_pos))
        elif target.cluster is not None:
            self.clusterActionsRequested.emit(target.cluster.cluster_id, self._global(view_pos))

    def _cancel_all(self) -> None:
        self._pointer_cancel()
        self._end_pinch(commit=False)
        self._touch_mode = _TouchMode.WAIT if self._fingers else _TouchMode.IDLE

    # Touch ------------------------------------------------------------------------

    def viewportEvent(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
        ):
            assert isinstance(event, QTouchEvent)
            self._on_touch(event)
            event.accept()
            return True
        return super().viewportEvent(event)

    def _on_touch(self, event: QTouchEvent) -> None:
        if event.type() in (QEvent.Type.TouchCancel, QEvent.Type.TouchBegin):
            # A begin means no finger was down, whatever an unfinished sequence left behind.
            self._cancel_all()
            self._fingers.clear()
            self._touch_mode = _TouchMode.IDLE
            if event.type() == QEvent.Type.TouchCancel:
                return
        pressed: list[int] = []
        released: dict[int, QPointF] = {}
        for point in event.points():
            position = point.position()
            if point.state() == QEventPoint.State.Pressed:
                self._fingers[point.id()] = position
                pressed.append(point.id())
            elif point.state() == QEventPoint.State.Released:
                self._fingers.pop(point.id(), None)
                released[point.id()] = position
            else:
                self._fingers[point.id()] = position
        self._advance_touch(pressed, released)
        if not self._fingers:
            self._touch_mode = _TouchMode.IDLE
            self._primary_finger = None

    def _advance_touch(self, pressed: list[int], released: dict[int, QPointF]) -> None:
        mode = self._touch_mode
        if mode is _TouchMode.IDLE and pressed:
            if len(self._fingers) >= 2:
                self._start_pinch()
            elif self._fingers:
                self._primary_finger = pressed[0]
                self._touch_mode = _TouchMode.ONE
                self._pointer_press(
                    self._fingers[pressed[0]], True, QGuiApplication.keyboardModifiers()
                )
        elif mode is _TouchMode.ONE:
            primary = self._primary_finger
            if primary in released:
                self._pointer_release(released[primary])
                self._touch_mode = _TouchMode.WAIT
            elif len(self._fingers) >= 2:
                # A second finger means pinch: whatever one finger was doing is undone.
                self._pointer_cancel()
                self._start_pinch()
            elif primary is not None and primary in self._fingers:
                self._pointer_move(self._fingers[primary])
        elif mode is _TouchMode.TWO and self._pinch is not None:
            a, b = self._pinch.ids
            if a in released or b in released:
                self._end_pinch(commit=True)
                self._touch_mode = _TouchMode.WAIT
            elif a in self._fingers and b in self._fingers:
                self._pinch.update(self._fingers[a], self._fingers[b])

    def _start_pinch(self) -> None:
        a, b = list(self._fingers)[:2]
        self._pinch = Pinch(self, (a, b), self._fingers[a], self._fingers[b])
        self._touch_mode = _TouchMode.TWO

    def _end_pinch(self, commit: bool) -> None:
        pinch, self._pinch = self._pinch, None
        if pinch is None or pinch.resize is None:
            return
        command = pinch.resize.finish() if commit else None
        if command is not None:
            self._execute(command)
        pinch.resize.settle()

    # Mouse and pen ------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._touch_mode is not _TouchMode.IDLE or (
            self._press is not None and self._press.touch
        ):
            event.accept()
            return
        if self._press is not None:
            if event.button() != Qt.MouseButton.LeftButton or event.buttons() & ~event.button():
                event.accept()  # another button while one is held: keep the current gesture
                return
            self._pointer_cancel()  # a press whose release never came
        position = event.position()
        button = event.button()
        if button == Qt.MouseButton.RightButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self._request_actions(self.target_at(position), position)
        elif button == Qt.MouseButton.MiddleButton or (
            button == Qt.MouseButton.LeftButton and self._space_held
        ):
            self._press = _Press(
                QPointF(position), Target(TargetKind.EMPTY), False, event.modifiers()
            )
            self._press.gesture = ViewPan(self, position)
        elif button == Qt.MouseButton.LeftButton:
            self._pointer_press(position, False, event.modifiers())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and not self._press.touch:
            self._pointer_move(event.position())
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and not self._press.touch and not event.buttons():
            self._pointer_release(event.position())
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._touch_mode is not _TouchMode.IDLE:
            event.accept()
            return
        self._pointer_cancel()
        target = self.target_at(event.position())
        # The release that follows belongs to this double-click.
        self._press = _Press(QPointF(event.position()), target, False, event.modifiers())
        self._press.consumed = True
        self._double_tap(target, event.position())
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        # Right-click is handled on press and the Menu key in keyPressEvent.
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() or event.angleDelta().x()
        if steps:
            self.set_zoom(self.zoom() * math.pow(ZOOM_STEP, steps / 120), event.position())
        event.accept()

    # Keyboard -------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers()
        selection = self._scene.selected_ids()
        if key == Qt.Key.Key_Space:
            if not event.isAutoRepeat():
                self._space_held = True
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selected()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            if len(selection) == 1:
                self.noteEditRequested.emit(selection[0])
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._nudge(key, bool(modifiers & Qt.KeyboardModifier.ShiftModifier))
        elif key == Qt.Key.Key_A and modifiers & Qt.KeyboardModifier.ControlModifier:
            self._scene.set_selection(self._scene.note_ids())
        elif key == Qt.Key.Key_Escape:
            self._cancel_all()
            self._scene.set_selection([])
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif key == Qt.Key.Key_F and not modifiers & Qt.KeyboardModifier.ControlModifier:
            self.zoom_to_fit()
        elif key == Qt.Key.Key_Menu:
            self._menu_key(selection)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab walk through the notes, then on to the next control.

        Keyboard-only users reach every note this way; the walk ends after the
        last note, so the board never traps the focus.
        """
        if self.hasFocus() and self.select_next_note(forward=next):
            return True
        self._scene.set_selection([])
        return super().focusNextPrevChild(next)

    def select_next_note(self, *, forward: bool = True) -> bool:
        """Select the note after (or before) the selected one in reading order; False at the end."""
        order = self._reading_order()
        selection = self._scene.selected_ids()
        single = selection[0] if len(selection) == 1 else None
        current = order.index(single) if single in order else None
        if current is None:
            index = 0 if forward else len(order) - 1
        else:
            index = current + 1 if forward else current - 1
        if not 0 <= index < len(order):
            return False
        note_id = order[index]
        self._scene.set_selection([note_id])
        item = self._scene.note_item(note_id)
        if item is not None:
            self.ensureVisible(item.scene_note_rect(), 40, 40)
            # What a screen reader says about the board: the note in hand.
            self.setAccessibleDescription(
                self.tr("Note {number} of {count}: {text}").format(
                    number=index + 1, count=len(order), text=item.note.text
                )
            )
        return True

    def _reading_order(self) -> list[str]:
        """Notes as people read the board: area by area, each top to bottom, left to right."""

        def position(item: NoteItem) -> tuple[float, float, float, float]:
            note = item.note
            cluster = self._scene.cluster_item(note.cluster_id) if note.cluster_id else None
            anchor_x, anchor_y = (
                (cluster.cluster.x, cluster.cluster.y) if cluster else (note.x, note.y)
            )
            # Things that start at about the same height count as one row.
            return (round(anchor_y / READING_ROW), anchor_x, note.y, note.x)

        return [item.note.id for item in sorted(self._scene.note_items(), key=position)]

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = False
        super().keyReleaseEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._space_held = False
        super().focusOutEvent(event)

    def _nudge(self, key: int, large: bool) -> None:
        step = NUDGE_LARGE if large else NUDGE
        dx, dy = {
            Qt.Key.Key_Left: (-step, 0.0),
            Qt.Key.Key_Right: (step, 0.0),
            Qt.Key.Key_Up: (0.0, -step),
            Qt.Key.Key_Down: (0.0, step),
        }[Qt.Key(key)]
        moves = []
        for note_id in self._scene.selected_ids():
            item = self._scene.note_item(note_id)
            if item is not None:
                moves.append(NoteMove(note_id, item.note.x + dx, item.note.y + dy))
        if moves:
            self._cancel_all()
            self._execute(MoveNotes(tuple(moves)))

    def _menu_key(self, selection: list[str]) -> None:
        if len(selection) != 1:
            return
        item = self._scene.note_item(selection[0])
        if item is not None:
            centre = self.viewportTransform().map(item.scene_note_rect().center())
            self.noteActionsRequested.emit(selection[0], self._global(centre))
