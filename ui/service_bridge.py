"""Turns the core's plain-Python change notifications into a Qt signal.

The core calls listeners on whichever thread made the change (the participant
server has its own). Emitting a signal from that thread to this GUI-thread
object is delivered queued, so views only ever see changes on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from facilitator.services.workshop import ChangeEvent, WorkshopService


class ServiceBridge(QObject):
    changed = Signal(object)  # ChangeEvent

    def __init__(self, service: WorkshopService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._unsubscribe = service.subscribe(self._relay)
        self.destroyed.connect(self._unsubscribe)

    def _relay(self, event: ChangeEvent) -> None:
        self.changed.emit(event)

    def detach(self) -> None:
        self._unsubscribe()
