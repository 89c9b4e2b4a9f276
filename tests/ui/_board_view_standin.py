"""Temporary stand-in for ui.board_view.BoardView while it is being written."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Signal
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget


class BoardView(QGraphicsView):
    zoomChanged = Signal(float)
    noteCreateRequested = Signal(QPointF)
    noteEditRequested = Signal(str)
    noteActionsRequested = Signal(str, QPoint)
    clusterEditRequested = Signal(str)
    clusterActionsRequested = Signal(str, QPoint)
    errorOccurred = Signal(object)
    selectionChanged = Signal(list)

    def __init__(self, service, bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self._board_id = None
        self._zoom = 1.0
        self.selected: list[str] = []

    def show_board(self, board_id: str) -> None:
        self._board_id = board_id

    def board_id(self):
        return self._board_id

    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, factor: float, anchor_view_pos=None) -> None:
        self._zoom = factor
        self.zoomChanged.emit(factor)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * 1.25)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / 1.25)

    def zoom_to_fit(self) -> None:
        self.set_zoom(0.5)

    def selected_note_ids(self) -> list[str]:
        return list(self.selected)

    def visible_center(self) -> QPointF:
        return QPointF(100, 100)

    def delete_selected(self) -> None:
        pass
