"""Data and privacy: deleting old sessions automatically, and removing participant names.

Both change stored data for good, so each says exactly what it will do (which
sessions, which names) and waits for a confirmation. The rules themselves are
the library's (:mod:`facilitator.privacy`); this module only asks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QWidget,
)

from facilitator import settings
from facilitator.privacy import NamedPerson
from facilitator.services.library import Library
from facilitator.storage.store import WorkshopSummary
from ui.controls import TOUCH_COMFORT, button_text, plain_label, touch_button
from ui.dialogs import ConfirmDialog, button_row, fit_to_screen, prepare_dialog
from ui.i18n import local_date
from ui.refusals import attempt
from ui.template_picker import scrolling

NAME_COLUMNS = 2


class DataPrivacyDialog(QDialog):
    """The retention setting and the way to remove names, on one page."""

    retentionRequested = Signal(object)  # int days, or None for off
    removeNamesRequested = Signal(str, str)  # workshop id, title

    def __init__(
        self, parent: QWidget, retention_days: int | None, sessions: list[WorkshopSummary]
    ) -> None:
        super().__init__(parent)
        self._retention_days = retention_days
        layout = prepare_dialog(self, self.tr("Data and privacy"))

        layout.addWidget(plain_label(self.tr("Old sessions"), "sectionLabel"))
        self.retention_check = touch_button(
            self.tr("Delete old sessions automatically"),
            self.tr("Delete old sessions automatically"),
            role="switch",
            checkable=True,
            keeps_focus_elsewhere=False,
        )
        self.retention_check.setMinimumHeight(TOUCH_COMFORT)
        self.retention_check.setChecked(retention_days is not None)
        days_row = QHBoxLayout()
        days_row.setSpacing(12)
        days_label = plain_label(self.tr("after this many days without changes:"))
        self.days_spin = QSpinBox()
        self.days_spin.setRange(settings.RETENTION_DAYS_MIN, settings.RETENTION_DAYS_MAX)
        self.days_spin.setValue(retention_days or settings.RETENTION_DAYS_SUGGESTED)
        self.days_spin.setMinimumHeight(TOUCH_COMFORT)
        self.days_spin.setMinimumWidth(120)
        self.days_spin.setAccessibleName(
            self.tr("Days without changes before a session is deleted")
        )
        days_label.setBuddy(self.days_spin)
        layout.addWidget(self.retention_check, 0, Qt.AlignmentFlag.AlignLeft)
        days_row.addWidget(days_label)
        days_row.addWidget(self.days_spin)
        days_row.addStretch(1)
        layout.addLayout(days_row)
        layout.addWidget(
            plain_label(
                self.tr(
                    "Checked each time Facilitator starts. The days count from a session's "
                    "last change. Export what you want to keep."
                ),
                "muted",
                wrap=True,
            )
        )
        self.save_button = touch_button(
            self.tr("Save setting"), self.tr("Save the setting for old sessions"), role="primary"
        )
        self.save_button.setMinimumHeight(TOUCH_COMFORT)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        layout.addLayout(save_row)

        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(rule)

        layout.addWidget(plain_label(self.tr("Participant names"), "sectionLabel"))
        layout.addWidget(
            plain_label(
                self.tr(
                    "When someone asks for their data to be removed: take their name off a "
                    "session's participants and notes."
                ),
                "muted",
                wrap=True,
            )
        )
        names_row = QHBoxLayout()
        self.session_combo = QComboBox()
        self.session_combo.setAccessibleName(self.tr("Session to remove names from"))
        self.session_combo.setMinimumHeight(TOUCH_COMFORT)
        for summary in sessions:
            self.session_combo.addItem(summary.title, summary.id)
        self.remove_names_button = touch_button(
            self.tr("Remove names…"), self.tr("Remove participant names from this session")
        )
        self.remove_names_button.setMinimumHeight(TOUCH_COMFORT)
        self.remove_names_button.setEnabled(bool(sessions))
        names_row.addWidget(self.session_combo, 1)
        names_row.addWidget(self.remove_names_button)
        layout.addLayout(names_row)

        layout.addStretch(1)
        self.close_button = touch_button(
            self.tr("Close"), self.tr("Close"), keeps_focus_elsewhere=False
        )
        self.close_button.setMinimumHeight(TOUCH_COMFORT)
        close_row = QHBoxLayout()
        close_row.addStretch(1)
        close_row.addWidget(self.close_button)
        layout.addLayout(close_row)

        self.retention_check.toggled.connect(self._update)
        self.days_spin.valueChanged.connect(self._update)
        self.save_button.clicked.connect(self._save)
        self.remove_names_button.clicked.connect(self._remove_names)
        self.close_button.clicked.connect(self.reject)
        self._update()
        fit_to_screen(self, 860, 820)

    def chosen_retention(self) -> int | None:
        return self.days_spin.value() if self.retention_check.isChecked() else None

    def _update(self) -> None:
        self.days_spin.setEnabled(self.retention_check.isChecked())
        self.save_button.setEnabled(self.chosen_retention() != self._retention_days)

    def _save(self) -> None:
        days = self.chosen_retention()
        self.accept()
        self.retentionRequested.emit(days)

    def _remove_names(self) -> None:
        workshop_id, title = self.session_combo.currentData(), self.session_combo.currentText()
        self.accept()
        self.removeNamesRequested.emit(workshop_id, title)


class RemoveNamesDialog(QDialog):
    """Which names go: every name is ticked; the button says how many."""

    namesConfirmed = Signal(list)  # the names to remove

    def __init__(self, parent: QWidget, session_title: str, people: list[NamedPerson]) -> None:
        super().__init__(parent)
        layout = prepare_dialog(self, self.tr("Remove participant names?"))
        layout.addWidget(
            plain_label(
                self.tr(
                    "“{title}” holds these names. The highlighted ones are removed from the "
                    "participants and their notes; tap a name to keep it. The notes stay, "
                    "without a name. Files exported before are not changed. This cannot be "
                    "undone."
                ).format(title=session_title),
                wrap=True,
            )
        )
        self.name_buttons: dict[str, QPushButton] = {}
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        for index, person in enumerate(people):
            text = self.tr("{name} — %n notes", "", person.note_count).format(name=person.name)
            button = touch_button(
                button_text(text),
                self.tr("Remove the name {name}").format(name=person.name),
                role="choice",
                checkable=True,
                keeps_focus_elsewhere=False,
            )
            button.setChecked(True)
            button.toggled.connect(self._update)
            self.name_buttons[person.name] = button
            grid.addWidget(button, index // NAME_COLUMNS, index % NAME_COLUMNS)
        grid.setRowStretch(grid.rowCount(), 1)
        layout.addWidget(scrolling(grid_widget, self.tr("Names")), 1)
        self.confirm_button = touch_button("", "", role="danger", keeps_focus_elsewhere=False)
        self.cancel_button = touch_button(
            self.tr("Keep them"), self.tr("Keep them"), keeps_focus_elsewhere=False
        )
        # A stray Enter must not remove anything.
        self.cancel_button.setDefault(True)
        layout.addLayout(button_row(self.confirm_button, self.cancel_button))
        self.confirm_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self._update()
        self.cancel_button.setFocus()
        fit_to_screen(self, 900, 720)

    def chosen_names(self) -> list[str]:
        return [name for name, button in self.name_buttons.items() if button.isChecked()]

    def _update(self) -> None:
        text = self.tr("Remove %n names", "", len(self.chosen_names()))
        self.confirm_button.setText(text)
        self.confirm_button.setAccessibleName(text)
        self.confirm_button.setEnabled(bool(self.chosen_names()))

    def accept(self) -> None:
        names = self.chosen_names()
        if not names:
            return
        super().accept()
        self.namesConfirmed.emit(names)


class PrivacyActions(QObject):
    """Runs the data and privacy dialogs of the sessions list, one dialog at a time."""

    changed = Signal()  # sessions were deleted or changed
    noticeRequested = Signal(str)
    failed = Signal(object)  # FacilitatorError

    def __init__(self, library: Library, parent: QWidget, show: Callable[[QDialog], None]) -> None:
        super().__init__(parent)
        self._library = library
        self._parent = parent
        self._show = show

    def _attempt(self, action: Callable[[], None]) -> bool:
        return attempt(action, self.failed.emit)

    def open(self) -> None:
        found: list[tuple[int | None, list[WorkshopSummary]]] = []
        if not self._attempt(
            lambda: found.append((self._library.retention_days, self._library.summaries()))
        ):
            return
        dialog = DataPrivacyDialog(self._parent, *found[0])
        dialog.retentionRequested.connect(self.ask_retention)
        dialog.removeNamesRequested.connect(self.ask_remove_names)
        self._show(dialog)

    # Old sessions ----------------------------------------------------------------

    def ask_retention(self, days: int | None) -> None:
        if days is None:
            if self._attempt(lambda: self._library.set_retention_days(None)):
                self.noticeRequested.emit(self.tr("Sessions are kept until you delete them."))
            return
        expired: list[list[WorkshopSummary]] = []
        if not self._attempt(lambda: expired.append(self._library.past_retention(days))):
            return
        self._show(self._retention_confirmation(days, expired[0]))

    def _retention_confirmation(self, days: int, expired: list[WorkshopSummary]) -> ConfirmDialog:
        lines = [
            self.tr(
                "From now on, sessions not changed for %n days are deleted each time "
                "Facilitator starts.",
                "",
                days,
            )
        ]
        if expired:
            lines.append("")
            lines.append(self.tr("These sessions are that old and are deleted now:"))
            lines.extend(
                self.tr("• {title} (last changed {date})").format(
                    title=s.title, date=local_date(s.updated_at)
                )
                for s in expired
            )
            lines.append("")
            lines.append(self.tr("Deleted sessions cannot be recovered."))
            confirm_text = self.tr("Delete %n sessions and turn on", "", len(expired))
        else:
            lines.append(self.tr("No session is that old now."))
            confirm_text = self.tr("Turn on")
        dialog = ConfirmDialog(
            self._parent,
            self.tr("Delete old sessions automatically?"),
            "\n".join(lines),
            confirm_text,
            cancel_text=self.tr("Keep sessions"),
            dangerous=bool(expired),
        )
        dialog.accepted.connect(lambda: self._turn_on(days))
        return dialog

    def _turn_on(self, days: int) -> None:
        deleted: list[list[WorkshopSummary]] = []

        def turn_on() -> None:
            self._library.set_retention_days(days)
            deleted.append(self._library.apply_retention())

        if not self._attempt(turn_on):
            return
        self.changed.emit()
        self.noticeRequested.emit(
            self.tr("Sessions not changed for %n days are now deleted.", "", days)
            + " "
            + self.tr("Deleted %n sessions.", "", len(deleted[0]))
        )

    # Names ------------------------------------------------------------------------

    def ask_remove_names(self, workshop_id: str, title: str) -> None:
        found: list[list[NamedPerson]] = []
        if not self._attempt(lambda: found.append(self._library.participant_names(workshop_id))):
            return
        people = found[0]
        if not people:
            self.noticeRequested.emit(
                self.tr("“{title}” holds no participant names.").format(title=title)
            )
            return
        dialog = RemoveNamesDialog(self._parent, title, people)
        dialog.namesConfirmed.connect(lambda names: self._remove(workshop_id, title, names))
        self._show(dialog)

    def _remove(self, workshop_id: str, title: str, names: list[str]) -> None:
        removed: list[int] = []
        if not self._attempt(
            lambda: removed.append(self._library.remove_participant_names(workshop_id, names))
        ):
            return
        self.changed.emit()
        self.noticeRequested.emit(
            self.tr("Removed %n names from “{title}”.", "", removed[0]).format(title=title)
        )
