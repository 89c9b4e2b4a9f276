"""Running exports on a worker thread, so the board stays live while files are written.

The job works on a snapshot of the session taken when it starts: phones may
keep adding notes meanwhile, and the export shows the session as it was at
that moment. Results reach the GUI thread as queued signals; the worker never
touches a widget.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal, SignalInstance

from facilitator.errors import FacilitatorError
from facilitator.export.exporter import ExportFormat, export_session
from facilitator.export.pictures import PictureWriter, Progress
from facilitator.export.selection import Selection
from facilitator.state import WorkshopState

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExportPlan:
    """What to export where: each format as ``folder/name.<format>``."""

    formats: tuple[ExportFormat, ...]
    folder: Path
    name: str
    selection: Selection

    def targets(self, board_count: int) -> list[tuple[ExportFormat, Path]]:
        targets = []
        for export_format in self.formats:
            target = self.folder / f"{self.name}.{export_format.value}"
            if export_format is ExportFormat.PNG and board_count > 1:
                # One picture per board: they go into a folder of that name.
                target = self.folder / self.name
            targets.append((export_format, target))
        return targets


def run_plan(
    state: WorkshopState,
    plan: ExportPlan,
    now: datetime,
    pictures: PictureWriter,
    progress: Progress,
) -> list[Path]:
    """Every format of the plan, one after the other; the first failure stops the rest."""
    targets = plan.targets(len(plan.selection.boards(state)))
    written: list[Path] = []
    for index, (export_format, target) in enumerate(targets):

        def step(done: float, index: int = index) -> None:
            progress((index + done) / len(targets))

        written.append(
            export_session(
                state, export_format, target, plan.selection, now, pictures=pictures, progress=step
            )
        )
    return written


class ExportJob(QObject):
    progressed = Signal(float)  # 0 to 1
    succeeded = Signal(list)  # the paths written
    failed = Signal(object)  # a FacilitatorError, or another exception

    def __init__(self, pictures: PictureWriter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pictures = pictures
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, state: WorkshopState, plan: ExportPlan, now: datetime) -> None:
        # Not a daemon: quitting the app waits for the file being written.
        self._thread = threading.Thread(
            target=self._run, args=(state, plan, now), name="export", daemon=False
        )
        self._thread.start()

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self, state: WorkshopState, plan: ExportPlan, now: datetime) -> None:
        try:
            written = run_plan(state, plan, now, self._pictures, self._progressed)
        except FacilitatorError as exc:
            self._report(self.failed, exc)
        except Exception as exc:  # a bug must still end the job, not leave it "running"
            log.exception("export failed")
            self._report(self.failed, exc)
        else:
            self._report(self.succeeded, written)

    def _progressed(self, done: float) -> None:
        self._report(self.progressed, done)

    @staticmethod
    def _report(signal: SignalInstance, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            # The app quit while the files were written: the files are complete,
            # but nobody is left to tell.
            log.info("export finished after its dialog closed")
