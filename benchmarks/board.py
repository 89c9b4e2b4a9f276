"""How fast the board canvas is with big boards.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/board.py``

For 1,000 and 5,000 notes in clusters, stored through the real library in a
temporary data folder, it prints the time to open the session into the view,
full 1920x1080 frame times (the change of view plus a full render of the
viewport), and the time from executing a command until the scene shows it,
with the part spent in the view after the core has done its work. It prints
numbers; it asserts nothing.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from facilitator.changes import Changeset, Insert
from facilitator.commands import CreateNote, MoveNotes, NoteMove, PlanContext
from facilitator.domain import Cluster, Note, NoteSource, new_id
from facilitator.palette import PALETTE
from facilitator.services.library import Library
from facilitator.services.workshop import WorkshopService
from facilitator.state import WorkshopState
from ui.board_scene import OVERVIEW_ZOOM
from ui.board_view import BoardView
from ui.service_bridge import ServiceBridge

WIDTH, HEIGHT = 1920, 1080
NOTE_W, NOTE_H, GAP, BAND = 200.0, 150.0, 20.0, 64.0
FRAMES = 60
EDITS = 100
TEXTS = (
    "Shorter feedback loops",
    "We ship too slowly because reviews wait for days",
    "Coffee",
    "More customer interviews, every month, with the whole team",
    "Onboarding buddy",
    "Kommunikaatiokatkokset",
)


@dataclass(frozen=True)
class BulkContent:
    """Many clusters and notes in one changeset, so that building the board is quick."""

    label: ClassVar[str] = "Bulk content"
    board_id: str
    clusters: int
    notes_per_cluster: int
    columns: int = 10

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        rows = -(-self.notes_per_cluster // self.columns)
        cluster_w = self.columns * (NOTE_W + GAP) + GAP
        cluster_h = BAND + rows * (NOTE_H + GAP) + GAP
        per_row = 5
        changes: list[Insert] = []
        z = 0
        for index in range(self.clusters):
            cx = (index % per_row) * (cluster_w + 80)
            cy = (index // per_row) * (cluster_h + 80)
            cluster = Cluster(
                new_id(), self.board_id, f"Theme {index + 1}", cx, cy, cluster_w, cluster_h, "none"
            )
            changes.append(Insert(cluster))
            for n in range(self.notes_per_cluster):
                z += 1
                x = cx + GAP + (n % self.columns) * (NOTE_W + GAP)
                y = cy + BAND + GAP + (n // self.columns) * (NOTE_H + GAP)
                note = Note(
                    id=new_id(),
                    board_id=self.board_id,
                    cluster_id=cluster.id,
                    stack_id=None,
                    text=f"{TEXTS[n % len(TEXTS)]} #{n}",
                    color=PALETTE[(n + index) % len(PALETTE)].key,
                    x=x,
                    y=y,
                    width=NOTE_W,
                    height=NOTE_H,
                    z=z,
                    author_name="Participant" if n % 4 == 0 else None,
                    source=NoteSource.PARTICIPANT,
                    created_at=ctx.now,
                    updated_at=ctx.now,
                )
                changes.append(Insert(note))
        return Changeset(self.label, tuple(changes))


def percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p50 = statistics.median(ordered)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"p50 {p50:7.2f} ms   p95 {p95:7.2f} ms   max {ordered[-1]:7.2f} ms"


def ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def frame_times(app: QApplication, view: BoardView, step: Callable[[int], None]) -> list[float]:
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    viewport = view.viewport()
    times = []
    app.processEvents()
    for frame in range(FRAMES + 3):
        # A frame is the change plus a full render. No event processing in
        # between: the widget's own repaint would do the frame's work before
        # the timed render and leave only cache hits.
        start = time.perf_counter()
        step(frame)
        viewport.render(image)
        elapsed = ms(start)
        if frame >= 3:  # the first frames fill the caches
            times.append(elapsed)
    return times


def pan(view: BoardView) -> Callable[[int], None]:
    def step(frame: int) -> None:
        sign = 1 if (frame // 10) % 2 == 0 else -1
        view.scroll_by(sign * 9, sign * 5)

    return step


def zoom_steps(view: BoardView) -> Callable[[int], None]:
    def step(frame: int) -> None:
        sign = 1 if (frame // 10) % 2 == 0 else -1
        view.set_zoom(view.zoom() * (1.03**sign))

    return step


def report_frames(
    label: str, step: Callable[[int], None], app: QApplication, view: BoardView
) -> None:
    print(f"frame at {label}:".ljust(48) + percentiles(frame_times(app, view, step)))


def timed_edits(app: QApplication, core_done: list[float], edit: Callable[[int], None]) -> str:
    totals: list[float] = []
    views: list[float] = []
    for index in range(EDITS):
        core_done.clear()
        start = time.perf_counter()
        edit(index)
        end = time.perf_counter()
        totals.append((end - start) * 1000)
        views.append((end - core_done[0]) * 1000)
        app.processEvents()
    view_part = "  of which the view (after the core notified):".ljust(48)
    return f"{percentiles(totals)}\n{view_part}{percentiles(views)}"


def report_edits(
    label: str,
    app: QApplication,
    service: WorkshopService,
    view: BoardView,
    core_done: list[float],
) -> None:
    scene = view.board_scene()
    board_id = view.board_id()
    assert board_id is not None
    centre = view.visible_center()
    note_ids: list[str] = []

    def add(index: int) -> None:
        note_id = new_id()
        service.execute(
            CreateNote(
                board_id,
                text=f"New idea {index}",
                x=centre.x() + index,
                y=centre.y(),
                note_id=note_id,
            )
        )
        if scene.note_item(note_id) is None:
            raise SystemExit("the new note did not appear")
        note_ids.append(note_id)

    def move(index: int) -> None:
        item = scene.note_item(note_ids[index])
        assert item is not None
        x, y = item.note.x + 25, item.note.y + 10 + index
        service.execute(MoveNotes((NoteMove(item.note_id, x, y),)))
        if (item.x(), item.y()) != (x, y):
            raise SystemExit("the note did not move")

    print(f"add one note at {label}:".ljust(48) + timed_edits(app, core_done, add))
    print(f"move one note at {label}:".ljust(48) + timed_edits(app, core_done, move))


def across_overview(view: BoardView) -> Callable[[int], None]:
    def step(frame: int) -> None:
        view.set_zoom(OVERVIEW_ZOOM * (1.1 if frame % 2 else 0.9))

    return step


def run(app: QApplication, clusters: int, per_cluster: int) -> None:
    total = clusters * per_cluster
    print(f"== {total:,} notes in {clusters} clusters ==")
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        library = Library.open(data_dir)
        workshop = library.create("Benchmark", "en")
        service = library.open_workshop(workshop.id)
        board_id = service.boards()[0].id
        service.execute(BulkContent(board_id, clusters, per_cluster))
        library.close()

        start = time.perf_counter()
        library = Library.open(data_dir)
        service = library.open_workshop(workshop.id)
        load_ms = ms(start)
        # Subscribed before the view's bridge, so it is called first: it marks
        # where the core's work (plan, save, undo record) ends and the view's begins.
        core_done: list[float] = []
        service.subscribe(lambda _event: core_done.append(time.perf_counter()))
        bridge = ServiceBridge(service)
        view = BoardView(service, bridge)
        view.resize(WIDTH, HEIGHT)
        view.show()
        app.processEvents()
        start_build = time.perf_counter()
        view.show_board(board_id)
        build_ms = ms(start_build)
        image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
        start_frame = time.perf_counter()
        app.processEvents()
        view.viewport().render(image)
        first_frame_ms = ms(start_frame)
        print(
            f"open session into view: {load_ms + build_ms + first_frame_ms:7.1f} ms "
            f"(load from disk {load_ms:.1f}, build scene {build_ms:.1f}, "
            f"first frame {first_frame_ms:.1f})"
        )

        fit_zoom = view.zoom()
        report_frames(f"zoom to fit ({fit_zoom * 100:.0f} %), panning", pan(view), app, view)
        report_frames("zooming around fit, 3 % steps", zoom_steps(view), app, view)
        view.set_zoom(1.0)
        report_frames("100 %, panning", pan(view), app, view)
        view.set_zoom(0.5)
        report_frames("50 %, panning", pan(view), app, view)
        report_frames("zooming around 50 %, 3 % steps", zoom_steps(view), app, view)
        report_frames("zoom crossing the overview threshold", across_overview(view), app, view)
        for label, zoom in (("100 %", 1.0), ("zoom to fit", fit_zoom)):
            view.set_zoom(zoom)
            report_edits(label, app, service, view, core_done)

        view.close()
        view.deleteLater()
        bridge.detach()
        app.processEvents()
        library.close()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    print(f"{WIDTH}x{HEIGHT} view, {os.environ['QT_QPA_PLATFORM']} platform")
    run(app, 10, 100)
    run(app, 25, 200)
    return 0


if __name__ == "__main__":
    sys.exit(main())
