"""How long exporting a big session takes, in every format and all together.

Run: ``make benchmark-export`` (or ``QT_QPA_PLATFORM=offscreen .venv/bin/python
benchmarks/export.py``)

A session of 1,000 notes in 10 clusters on one board, with 40 participants,
votes and an agenda, is stored through the real library in a temporary data
folder and exported from a snapshot, as the export dialog does, to each format
and then to the ZIP of all of them. It also times the ``facilitator export``
command as a person runs it (a new process: imports, Qt start-up, reading the
session). The target is 3 s for the ZIP of every format. It prints numbers; it
asserts nothing.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import ClassVar

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication

from facilitator.agenda import AddPhase
from facilitator.changes import Changeset, Insert
from facilitator.commands import PlanContext
from facilitator.domain import Cluster, Note, NoteSource, Participant, Vote, new_id
from facilitator.export.exporter import ExportFormat, export_session
from facilitator.export.selection import Selection
from facilitator.palette import PALETTE
from facilitator.services.library import Library
from facilitator.state import WorkshopState
from ui.export.writer import QtPictureWriter

NOTES = 1000
CLUSTERS = 10
COLUMNS = 10
PARTICIPANTS = 40
VOTES_EACH = 3
NOTE_W, NOTE_H, GAP, BAND = 200.0, 150.0, 20.0, 64.0
TEXTS = (
    "Shorter feedback loops",
    "We ship too slowly because reviews wait for days",
    "Coffee",
    "More customer interviews, every month, with the whole team",
    "Onboarding buddy",
    "Kommunikaatiokatkokset",
)
TARGET_SECONDS = 3.0
NOW = datetime(2026, 11, 22, 15, 0, tzinfo=UTC)


@dataclass(frozen=True)
class BigSession:
    """Clusters, notes, participants and their votes in one changeset."""

    label: ClassVar[str] = "Big session"
    board_id: str
    workshop_id: str

    def plan(self, state: WorkshopState, ctx: PlanContext) -> Changeset:
        changes: list[Insert] = []
        per_cluster = NOTES // CLUSTERS
        rows = -(-per_cluster // COLUMNS)
        cluster_w = COLUMNS * (NOTE_W + GAP) + GAP
        cluster_h = BAND + rows * (NOTE_H + GAP) + GAP
        notes: list[str] = []
        for index in range(CLUSTERS):
            cx = (index % 5) * (cluster_w + 80)
            cy = (index // 5) * (cluster_h + 80)
            cluster = Cluster(
                new_id(), self.board_id, f"Theme {index + 1}", cx, cy, cluster_w, cluster_h, "none"
            )
            changes.append(Insert(cluster))
            for n in range(per_cluster):
                note = Note(
                    id=new_id(),
                    board_id=self.board_id,
                    cluster_id=cluster.id,
                    stack_id=None,
                    text=f"{TEXTS[n % len(TEXTS)]} #{n}",
                    color=PALETTE[(n + index) % len(PALETTE)].key,
                    x=cx + GAP + (n % COLUMNS) * (NOTE_W + GAP),
                    y=cy + BAND + GAP + (n // COLUMNS) * (NOTE_H + GAP),
                    width=NOTE_W,
                    height=NOTE_H,
                    z=len(notes) + 1,
                    author_name="Participant" if n % 4 == 0 else None,
                    source=NoteSource.PARTICIPANT,
                    created_at=ctx.now,
                    updated_at=ctx.now,
                )
                notes.append(note.id)
                changes.append(Insert(note))
        for number in range(PARTICIPANTS):
            person = Participant(new_id(), self.workshop_id, f"P{number}", new_id(), ctx.now)
            changes.append(Insert(person))
            for vote in range(VOTES_EACH):
                note_id = notes[(number * 37 + vote * 101) % len(notes)]
                changes.append(
                    Insert(Vote(new_id(), person.id, self.board_id, note_id, None, ctx.now))
                )
        return Changeset(self.label, tuple(changes))


def seconds(start: float) -> float:
    return time.perf_counter() - start


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        out = Path(folder) / "out"
        library = Library.open(data_dir)
        workshop = library.create("Big session", "en")
        service = library.open_workshop(workshop.id)
        board_id = service.boards()[0].id
        service.execute(BigSession(board_id, workshop.id))
        for title, minutes in (("Ideas", 15), ("Clustering", 10), ("Voting", 5)):
            service.execute(AddPhase(title, board_id, minutes * 60, ""))
        pictures = QtPictureWriter()
        print(f"Exporting {NOTES:,} notes in {CLUSTERS} clusters, {PARTICIPANTS} participants")
        for export_format in ExportFormat:
            start = time.perf_counter()
            state = service.snapshot()
            target = out / f"session.{export_format.value}"
            export_session(state, export_format, target, Selection(), NOW, pictures=pictures)
            elapsed = seconds(start)
            size = target.stat().st_size / 1e6
            verdict = ""
            if export_format is ExportFormat.ZIP:
                verdict = "  (target ≤ 3 s: " + ("met)" if elapsed <= TARGET_SECONDS else "MISSED)")
            print(f"  {export_format.value:5} {elapsed:6.2f} s  {size:6.2f} MB{verdict}")
        library.close()
        command = [sys.executable, "-m", "ui.main", "--data-dir", str(data_dir), "export"]
        command += ["--session", "Big session", "--output"]
        for export_format in (ExportFormat.JSON, ExportFormat.PDF, ExportFormat.ZIP):
            start = time.perf_counter()
            target = out / f"command.{export_format.value}"
            subprocess.run(
                [*command, str(target), "--format", export_format.value],
                check=True,
                capture_output=True,
                cwd=Path(__file__).resolve().parent.parent,
            )
            print(f"  facilitator export --format {export_format.value:4} {seconds(start):6.2f} s")
    del app


if __name__ == "__main__":
    main()
