"""The agenda on the board screen: a band with the phase under way and "Next phase",
and a dialog to plan the phases and compare planned with actual time.

"Next phase" is the facilitator's switch: it shows the phase's board (phones
follow) and starts its timer. It is not an undo step; going back is starting
the earlier phase again from the agenda.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QWidget,
)

from facilitator import settings
from facilitator.agenda import (
    AddPhase,
    AgendaProgress,
    DeletePhase,
    EditPhase,
    MovePhase,
    NextPhase,
    PhaseStatus,
    StartPhase,
    agenda_progress,
    next_phase,
)
from facilitator.changes import current
from facilitator.commands import Command
from facilitator.domain import Phase, PhaseKind, Workshop
from facilitator.errors import FacilitatorError
from facilitator.i18n import QT_TRANSLATE_NOOP
from facilitator.services.workshop import ChangeEvent, WorkshopService
from ui.controls import TOUCH_COMFORT, plain_label, touch_button, trim_to_limit, with_glyph
from ui.dialogs import button_row, fit_to_screen, prepare_dialog
from ui.refusals import attempt
from ui.service_bridge import ServiceBridge
from ui.timer_controller import clock_digits


def schedule_text(behind: float) -> str:
    """How the session runs against its plan, in words (never by colour alone)."""
    minutes = round(abs(behind) / 60)
    if minutes == 0:
        return QCoreApplication.translate("agenda", "On schedule")
    if behind > 0:
        # "min" is an abbreviation in every language here: no plural forms needed.
        return QCoreApplication.translate("agenda", "{minutes} min behind").format(minutes=minutes)
    return QCoreApplication.translate("agenda", "{minutes} min ahead").format(minutes=minutes)


_METHOD_NAMES = {
    PhaseKind.WORK: QT_TRANSLATE_NOOP("agenda", "Work on the board"),
    PhaseKind.DISCUSSION: QT_TRANSLATE_NOOP("agenda", "Discuss topics in vote order"),
    PhaseKind.BUILD_ON: QT_TRANSLATE_NOOP("agenda", "Build on the previous round's notes"),
}
_METHOD_HINTS = {
    PhaseKind.WORK: QT_TRANSLATE_NOOP(
        "agenda", "The board takes notes; the timer counts down the planned time."
    ),
    PhaseKind.DISCUSSION: QT_TRANSLATE_NOOP(
        "agenda",
        "Starting the phase takes up the board's topics one at a time, most votes first, "
        "each with its own time box.",
    ),
    PhaseKind.BUILD_ON: QT_TRANSLATE_NOOP(
        "agenda",
        "Each phone gets the notes another participant wrote in the phase before on the "
        "same board, and builds on them.",
    ),
}


def method_name(kind: PhaseKind) -> str:
    """What a phase asks of the room, as the phase dialog offers it."""
    return QCoreApplication.translate("agenda", _METHOD_NAMES[kind])


def method_hint(kind: PhaseKind) -> str:
    """What choosing the method does, in a sentence for the facilitator."""
    return QCoreApplication.translate("agenda", _METHOD_HINTS[kind])


def _touches_agenda(event: ChangeEvent) -> bool:
    return any(isinstance(current(c), Phase | Workshop) for c in event.changeset.changes)


class AgendaBar(QFrame):
    """The phase under way, its time against plan, and the one-tap "Next phase"."""

    errorOccurred = Signal(object)  # FacilitatorError

    def __init__(
        self, service: WorkshopService, bridge: ServiceBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agendaBar")
        self._service = service
        self.phase_label = plain_label(object_name="agendaPhase")
        self.phase_label.setAccessibleName(self.tr("Phase under way"))
        self.instruction_label = plain_label(object_name="agendaInstruction", wrap=True)
        self.instruction_label.setAccessibleName(self.tr("Instruction"))
        self.time_label = plain_label(object_name="agendaTime")
        self.next_button = touch_button(
            "", self.tr("Next phase"), self.tr("Next phase (Ctrl+Right)"), role="primary"
        )
        self.next_button.clicked.connect(self.next_phase)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 6, 16, 6)
        layout.setSpacing(16)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.instruction_label, 1)
        layout.addWidget(self.time_label)
        layout.addWidget(self.next_button)
        # Actual time moves on by itself while a phase runs.
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.refresh)
        bridge.changed.connect(self._on_change)
        self.refresh()

    def _on_change(self, event: ChangeEvent) -> None:
        if _touches_agenda(event):
            self.refresh()

    def refresh(self) -> None:
        with self._service.lock:
            state = self._service.live_state
            phases = state.ordered_phases()
            phase = state.current_phase()
            upcoming = next_phase(state)
            progress = agenda_progress(state, self._service.clock())
        self.setVisible(bool(phases))
        if phase is None:
            done = bool(phases) and all(p.done for p in phases)
            self.phase_label.setText(
                self.tr("Agenda done") if done else self.tr("Agenda: %n phase(s)", "", len(phases))
            )
            self.time_label.setText(schedule_text(progress.behind) if done else "")
            self.instruction_label.setText("")
            self._ticker.stop()
        else:
            self.phase_label.setText(
                self.tr("Phase {number} of {count}: {title}").format(
                    number=phase.position + 1, count=len(phases), title=phase.title
                )
            )
            self.instruction_label.setText(phase.instruction)
            row = next(r for r in progress.phases if r.phase.id == phase.id)
            spent = clock_digits(row.actual)
            if phase.planned > 0:
                spent = self.tr("{actual} of {planned}").format(
                    actual=spent, planned=clock_digits(phase.planned)
                )
            self.time_label.setText(f"{spent} · {schedule_text(progress.behind)}")
            self._ticker.start()
        if upcoming is None:
            self.next_button.setText(with_glyph("■", self.tr("Finish agenda")))
            self.next_button.setAccessibleName(self.tr("Finish agenda"))
            self.next_button.setEnabled(phase is not None)
        else:
            label = self.tr("Next: {title}") if phase else self.tr("Start: {title}")
            self.next_button.setText(with_glyph("▶", label.format(title=upcoming.title)))
            self.next_button.setAccessibleName(self.tr("Next phase"))
            self.next_button.setEnabled(True)

    def set_discussing(self, discussing: bool) -> None:
        """While a topic is under discussion, "Next topic" is the main move, not the next phase."""
        role = "" if discussing else "primary"
        if self.next_button.property("role") != role:
            self.next_button.setProperty("role", role)
            self.next_button.style().unpolish(self.next_button)
            self.next_button.style().polish(self.next_button)

    def next_phase(self) -> None:
        attempt(lambda: self._service.execute(NextPhase(), undoable=False), self.errorOccurred.emit)


@dataclass(frozen=True)
class PhaseDetails:
    """What the phase dialog was filled in with."""

    title: str
    board_id: str | None
    planned: float  # seconds
    instruction: str
    cluster_id: str | None  # where phone notes land during the phase
    kind: PhaseKind


class PhaseDialog(QDialog):
    """A phase's title, board, method, time box and instruction."""

    phaseAccepted = Signal(object)  # PhaseDetails

    def __init__(self, parent: QWidget, service: WorkshopService, phase: Phase | None) -> None:
        super().__init__(parent)
        layout = prepare_dialog(self, self.tr("Edit phase") if phase else self.tr("New phase"))
        layout.setSpacing(14)

        self.title_edit = QLineEdit(phase.title if phase else "")
        self.title_edit.setMaxLength(settings.TITLE_MAX)
        self.title_edit.setAccessibleName(self.tr("Phase title"))
        self.board_combo = QComboBox()
        self.board_combo.setAccessibleName(self.tr("Board"))
        self.board_combo.setMinimumHeight(TOUCH_COMFORT)
        self.board_combo.addItem(self.tr("(stay on the board shown)"), None)
        for board in service.boards():
            self.board_combo.addItem(board.title, board.id)
        if phase is not None and phase.board_id is not None:
            self.board_combo.setCurrentIndex(max(0, self.board_combo.findData(phase.board_id)))
        elif phase is None:
            shown = service.current_board()
            self.board_combo.setCurrentIndex(
                max(0, self.board_combo.findData(shown.id if shown else None))
            )
        self._service = service
        self.area_combo = QComboBox()
        self.method_combo = QComboBox()
        self.method_combo.setAccessibleName(self.tr("Method"))
        self.method_combo.setMinimumHeight(TOUCH_COMFORT)
        for kind in PhaseKind:
            # Qt keeps the text of a str enum, not the enum: the item holds its value.
            self.method_combo.addItem(method_name(kind), kind.value)
        kind = phase.kind if phase else PhaseKind.WORK
        self.method_combo.setCurrentIndex(self.method_combo.findData(kind.value))
        self.method_hint = plain_label(object_name="hint", wrap=True)
        self.method_combo.currentIndexChanged.connect(self._show_method_hint)
        self._show_method_hint()
        self.area_combo.setAccessibleName(self.tr("Where notes from phones go"))
        self.area_combo.setMinimumHeight(TOUCH_COMFORT)
        self.board_combo.currentIndexChanged.connect(self._list_areas)
        self._list_areas()
        if phase is not None and phase.cluster_id is not None:
            self.area_combo.setCurrentIndex(max(0, self.area_combo.findData(phase.cluster_id)))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, settings.TIMER_MAX_SECONDS // 60)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setSpecialValueText(self.tr("No time box"))
        self.minutes.setAccessibleName(self.tr("Planned minutes"))
        self.minutes.setMinimumHeight(TOUCH_COMFORT)
        # Fingers get buttons, not the spin box's tiny arrows (keys still step it).
        self.minutes.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.minutes.setValue(round(phase.planned / 60) if phase else 10)
        presets = QHBoxLayout()
        presets.setSpacing(8)
        for glyph, step, name in (
            ("−", -1, self.tr("One minute less")),
            ("+", 1, self.tr("One minute more")),
        ):
            button = touch_button(glyph, name, keeps_focus_elsewhere=False)
            button.clicked.connect(lambda _=False, s=step: self.minutes.stepBy(s))
            presets.addWidget(button)
        presets.addSpacing(16)
        for minutes in (5, 10, 15, 20, 30, 45):
            button = touch_button(
                self.tr("%n min", "", minutes),
                self.tr("%n minutes", "", minutes),
                keeps_focus_elsewhere=False,
            )
            button.clicked.connect(lambda _=False, m=minutes: self.minutes.setValue(m))
            presets.addWidget(button)
        presets.addStretch(1)
        self.instruction_edit = QPlainTextEdit(phase.instruction if phase else "")
        self.instruction_edit.setTabChangesFocus(True)
        self.instruction_edit.setAccessibleName(self.tr("Instruction for participants"))
        self.instruction_edit.setMinimumHeight(110)
        self.instruction_edit.textChanged.connect(
            lambda: trim_to_limit(self.instruction_edit, settings.INSTRUCTION_MAX)
        )

        for text, widget in (
            (self.tr("Title"), self.title_edit),
            (self.tr("Board"), self.board_combo),
            (self.tr("Method"), self.method_combo),
            (self.tr("Notes from phones go to"), self.area_combo),
            (self.tr("Planned time"), self.minutes),
        ):
            label = plain_label(text, "sectionLabel")
            label.setBuddy(widget)
            layout.addWidget(label)
            layout.addWidget(widget)
            if widget is self.method_combo:
                layout.addWidget(self.method_hint)
        layout.addLayout(presets)
        instruction_label = plain_label(
            self.tr("Instruction shown to everyone (optional)"), "sectionLabel"
        )
        instruction_label.setBuddy(self.instruction_edit)
        layout.addWidget(instruction_label)
        layout.addWidget(self.instruction_edit)

        self.accept_button = touch_button(
            self.tr("Save"), self.tr("Save"), role="primary", keeps_focus_elsewhere=False
        )
        self.accept_button.setDefault(True)
        self.cancel_button = touch_button(
            self.tr("Cancel"), self.tr("Cancel"), keeps_focus_elsewhere=False
        )
        layout.addLayout(button_row(self.accept_button, self.cancel_button))
        self.accept_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.title_edit.textChanged.connect(
            lambda text: self.accept_button.setEnabled(bool(text.strip()))
        )
        self.accept_button.setEnabled(bool(self.title_edit.text().strip()))
        self.title_edit.setFocus()

    def _list_areas(self) -> None:
        """The chosen board's clusters: a step can collect its notes in one of them."""
        self.area_combo.clear()
        self.area_combo.addItem(self.tr("the row for new notes"), None)
        board_id = self.board_combo.currentData()
        if board_id is not None:
            for cluster in self._service.clusters_on(board_id):
                self.area_combo.addItem(cluster.title or self.tr("(untitled cluster)"), cluster.id)
        self.area_combo.setEnabled(board_id is not None)

    def _show_method_hint(self) -> None:
        self.method_hint.setText(method_hint(self.method()))

    def method(self) -> PhaseKind:
        return PhaseKind(self.method_combo.currentData() or PhaseKind.WORK.value)

    def accept(self) -> None:
        if not self.title_edit.text().strip():
            return
        super().accept()
        self.phaseAccepted.emit(
            PhaseDetails(
                self.title_edit.text(),
                self.board_combo.currentData(),
                float(self.minutes.value() * 60),
                self.instruction_edit.toPlainText(),
                self.area_combo.currentData(),
                self.method(),
            )
        )


class AgendaDialog(QDialog):
    """Plan the phases, start any of them, and see planned against actual time."""

    errorOccurred = Signal(object)  # FacilitatorError

    def __init__(self, parent: QWidget, service: WorkshopService, bridge: ServiceBridge) -> None:
        super().__init__(parent)
        self._service = service
        self.phase_dialog: PhaseDialog | None = None
        layout = prepare_dialog(self, self.tr("Agenda"))
        layout.setSpacing(16)
        self.summary_label = plain_label(object_name="agendaSummary", wrap=True)
        layout.addWidget(self.summary_label)
        self._scroll = QScrollArea()
        self._scroll.setAccessibleName(self.tr("Phases"))
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Rows wrap their text rather than push the buttons out of sight.
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._grid = QGridLayout()
        scroll = self._scroll
        layout.addWidget(scroll, 1)
        self.add_button = touch_button(
            with_glyph("+", self.tr("Add phase")),
            self.tr("Add phase"),
            role="primary",
            keeps_focus_elsewhere=False,
        )
        self.close_button = touch_button(
            self.tr("Close"), self.tr("Close"), keeps_focus_elsewhere=False
        )
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        for button in (self.add_button, self.close_button):
            button.setMinimumHeight(TOUCH_COMFORT)
        layout.addLayout(row)
        self.add_button.clicked.connect(lambda: self.edit_phase(None))
        self.close_button.clicked.connect(self.accept)
        bridge.changed.connect(self._on_change)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._refresh_times)
        self._ticker.start()
        self._time_labels: dict[str, QLabel] = {}
        self.rebuild()
        fit_to_screen(self, 1400, 860)

    # Showing ---------------------------------------------------------------------

    def _progress(self) -> AgendaProgress:
        with self._service.lock:
            return agenda_progress(self._service.live_state, self._service.clock())

    def _on_change(self, event: ChangeEvent) -> None:
        if _touches_agenda(event):
            self.rebuild()

    def rebuild(self) -> None:
        old = self._scroll.takeWidget()  # no longer a child: gone from findChildren at once
        if old is not None:
            old.deleteLater()
        rows = QWidget()
        self._grid = QGridLayout(rows)
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(8)
        progress = self._progress()
        self._time_labels = {}
        if not progress.phases:
            self._grid.addWidget(
                plain_label(
                    self.tr(
                        "No phases yet. Add one for each step of the workshop: "
                        "its board, how long it takes and what people should do."
                    ),
                    wrap=True,
                ),
                0,
                0,
            )
        boards = {b.id: b.title for b in self._service.boards()}
        last = len(progress.phases) - 1
        for index, row in enumerate(progress.phases):
            phase = row.phase
            marker = {
                PhaseStatus.CURRENT: "▶",
                PhaseStatus.DONE: "✓",
                PhaseStatus.UPCOMING: "○",
            }[row.status]
            status = {
                PhaseStatus.CURRENT: self.tr("under way"),
                PhaseStatus.DONE: self.tr("done"),
                PhaseStatus.UPCOMING: self.tr("to come"),
            }[row.status]
            title = plain_label(f"{marker} {index + 1}. {phase.title}", "agendaRowTitle", wrap=True)
            title.setAccessibleName(f"{index + 1}. {phase.title}, {status}")
            where = boards.get(phase.board_id or "", "—")
            if phase.kind is not PhaseKind.WORK:
                # The method on a line of its own: what the phase does beyond its time box.
                where = f"{where}\n{method_name(phase.kind)}"
            board = plain_label(where, wrap=True)
            times = plain_label(wrap=True)
            self._time_labels[phase.id] = times
            self._grid.addWidget(title, index, 0)
            self._grid.addWidget(board, index, 1)
            self._grid.addWidget(times, index, 2)
            buttons = (
                (touch_button("▶", self.tr("Start {title}").format(title=phase.title)),
                 lambda _=False, p=phase.id: self._switch(StartPhase(p))),
                (touch_button("✎", self.tr("Edit {title}").format(title=phase.title)),
                 lambda _=False, p=phase: self.edit_phase(p)),
                (touch_button("↑", self.tr("Move {title} up").format(title=phase.title)),
                 lambda _=False, p=phase.id, i=index: self._execute(MovePhase(p, i - 1))),
                (touch_button("↓", self.tr("Move {title} down").format(title=phase.title)),
                 lambda _=False, p=phase.id, i=index: self._execute(MovePhase(p, i + 1))),
                (touch_button("✖", self.tr("Delete {title}").format(title=phase.title)),
                 lambda _=False, p=phase.id: self._execute(DeletePhase(p))),
            )  # fmt: skip
            for column, (button, action) in enumerate(buttons, start=3):
                button.clicked.connect(action)
                self._grid.addWidget(button, index, column)
            buttons[0][0].setEnabled(row.status is not PhaseStatus.CURRENT)
            buttons[2][0].setEnabled(index > 0)
            buttons[3][0].setEnabled(index < last)
        self._grid.setColumnStretch(0, 3)
        self._grid.setColumnStretch(1, 2)
        self._grid.setColumnStretch(2, 3)
        self._grid.setRowStretch(len(progress.phases) + 1, 1)
        self._scroll.setWidget(rows)
        self._refresh_times(progress)

    def _refresh_times(self, progress: AgendaProgress | None = None) -> None:
        progress = progress or self._progress()
        for row in progress.phases:
            label = self._time_labels.get(row.phase.id)
            if label is None:
                continue
            planned = clock_digits(row.phase.planned) if row.phase.planned else "—"
            actual = clock_digits(row.actual) if row.status is not PhaseStatus.UPCOMING else "—"
            text = self.tr("planned {planned} · actual {actual}").format(
                planned=planned, actual=actual
            )
            label.setText(text)
        self.summary_label.setText(
            self.tr("Planned {planned}, used {actual}. {schedule}").format(
                planned=clock_digits(progress.planned_total),
                actual=clock_digits(progress.actual_total),
                schedule=schedule_text(progress.behind),
            )
        )

    # Acting ------------------------------------------------------------------------

    def edit_phase(self, phase: Phase | None) -> None:
        dialog = PhaseDialog(self, self._service, phase)
        self.phase_dialog = dialog

        def save(details: PhaseDetails) -> None:
            fields = (
                details.title,
                details.board_id,
                details.planned,
                details.instruction,
                details.cluster_id,
            )
            if phase is None:
                self._execute(AddPhase(*fields, kind=details.kind))
            else:
                self._execute(EditPhase(phase.id, *fields, kind=details.kind))

        dialog.phaseAccepted.connect(save)
        dialog.open()

    def _execute(self, command: Command) -> bool:
        return attempt(lambda: self._service.execute(command), self._report)

    def _switch(self, command: Command) -> bool:
        return attempt(lambda: self._service.execute(command, undoable=False), self._report)

    def _report(self, error: FacilitatorError) -> None:
        self.errorOccurred.emit(error)
