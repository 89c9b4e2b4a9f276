"""The sheet of big buttons that a long press (or right click) opens beside a note or cluster.

On a wall display the finger is already where the note is, so the actions
appear right there rather than in a distant tool bar. Every action is one
command through the service, so each is one undo step, and the sheet closes
after it: deleting needs no confirmation because Undo brings it back.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QGuiApplication, QHideEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.commands import (
    Command,
    DeleteCluster,
    DeleteNotes,
    DuplicateNote,
    MoveNotesToCluster,
    RecolorCluster,
    RecolorNotes,
    StackNotes,
    UnstackNotes,
)
from facilitator.discussion import DiscussTopic
from facilitator.palette import CLUSTER_COLORS, COLORS, PALETTE
from facilitator.participation import ModerateNotes
from facilitator.services.workshop import WorkshopService
from ui.controls import (
    ColorSwatchButton,
    button_text,
    elided,
    plain_label,
    touch_button,
    with_glyph,
)
from ui.i18n import translate_source
from ui.refusals import attempt

SHEET_WIDTH = 480
# Keeps the sheet from appearing under the hand that asked for it.
FINGER_OFFSET = 24


class ActionSheet(QFrame):
    """A popup beside the finger with one page of actions, and more pages for sub-choices."""

    errorOccurred = Signal(object)  # FacilitatorError
    dismissed = Signal()

    def __init__(self, service: WorkshopService, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("actionSheet")
        self._service = service
        self.pages = QStackedWidget()
        self.pages.setObjectName("sheetPages")
        # At least this wide, wider when a translation's labels need it: a
        # clipped label on a touch target is a guess for the facilitator. (The
        # floor sits on the pages: a minimum set on the window itself would stop
        # its layout from widening it.)
        self.pages.setMinimumWidth(SHEET_WIDTH - 32)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(self.pages)

    def add_page(self) -> QVBoxLayout:
        page = QWidget()
        page.setObjectName("sheetPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.pages.addWidget(page)
        return layout

    def show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        # A stacked widget is as tall as its tallest page; the sheet fits the shown one.
        for number in range(self.pages.count()):
            page = self.pages.widget(number)
            if page is not None:
                policy = (
                    QSizePolicy.Policy.Preferred if number == index else QSizePolicy.Policy.Ignored
                )
                page.setSizePolicy(policy, policy)
        self.adjustSize()
        self._keep_on_screen(self.pos(), self.pos())

    def popup_at(self, global_pos: QPoint) -> None:
        self.show_page(self.pages.currentIndex())
        self._keep_on_screen(global_pos + QPoint(FINGER_OFFSET, FINGER_OFFSET), global_pos)
        self.show()

    def _keep_on_screen(self, wanted: QPoint, finger: QPoint) -> None:
        screen = QGuiApplication.screenAt(finger) or self.screen()
        area: QRect = screen.availableGeometry()
        x = min(max(wanted.x(), area.left()), area.right() - self.width())
        y = min(max(wanted.y(), area.top()), area.bottom() - self.height())
        self.move(x, y)

    def run(self, command: Command, *, undoable: bool = True) -> None:
        """Close the sheet, then run ``command`` (the sheet's work is done)."""
        self.close()
        self.execute(command, undoable=undoable)

    def execute(self, command: Command, *, undoable: bool = True) -> bool:
        """Run ``command`` and leave the sheet open (e.g. a stepper tapped again and again)."""
        return attempt(
            lambda: self._service.execute(command, undoable=undoable), self.errorOccurred.emit
        )

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.dismissed.emit()


def _swatch_row(swatches: Sequence[QPushButton]) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(8)
    for swatch in swatches:
        row.addWidget(swatch)
    row.addStretch(1)
    return row


def _button_grid(buttons: Sequence[QPushButton]) -> QGridLayout:
    grid = QGridLayout()
    grid.setSpacing(10)
    for index, button in enumerate(buttons):
        button.setMinimumHeight(56)
        grid.addWidget(button, index // 2, index % 2)
    return grid


class NoteActionSheet(ActionSheet):
    """Actions for one note, or for every selected note when the pressed one is selected."""

    editRequested = Signal(str)  # note id

    def __init__(
        self,
        service: WorkshopService,
        note_id: str,
        parent: QWidget,
        *,
        selected_ids: Sequence[str] = (),
    ) -> None:
        super().__init__(service, parent)
        self.note_id = note_id
        others = [i for i in selected_ids if i != note_id] if note_id in selected_ids else []
        self.note_ids: tuple[str, ...] = (note_id, *others)
        note = service.note(note_id)
        self.setAccessibleName(self.tr("Note actions"))

        main = self.add_page()
        if len(self.note_ids) > 1:
            heading = self.tr("%n selected notes", "", len(self.note_ids))
        else:
            heading = (note.text if note else "") or self.tr("Empty note")
            if note is not None and note.face_down:
                # The sheet is on the shared display: a face-down note stays unread.
                heading = self.tr("Face-down note (hidden until reveal)")
        # About two lines of the note, enough to be sure which note this is.
        preview = plain_label(
            elided(heading, self.font(), (SHEET_WIDTH - 48) * 2), "sectionLabel", wrap=True
        )
        main.addWidget(preview)

        single = len(self.note_ids) == 1
        self.color_buttons: dict[str, ColorSwatchButton] = {}
        for color in PALETTE:
            swatch = ColorSwatchButton(
                color.key,
                color.hex,
                color.symbol,
                translate_source("colors", color.name),
                checkable=True,
            )
            swatch.setChecked(note is not None and note.color == color.key and single)
            swatch.clicked.connect(lambda _=False, key=color.key: self._recolor(key))
            self.color_buttons[color.key] = swatch
        main.addLayout(_swatch_row(list(self.color_buttons.values())))

        stacked = service.stacked_under(note_id)
        actions: list[QPushButton] = []
        self.edit_button: QPushButton | None = None
        self.duplicate_button: QPushButton | None = None
        self.discuss_button: QPushButton | None = None
        self.unstack_button: QPushButton | None = None
        self.stack_button: QPushButton | None = None
        if single:
            self.edit_button = touch_button(with_glyph("✎", self.tr("Edit")), self.tr("Edit note"))
            self.edit_button.clicked.connect(self._edit)
            # Editing would put the text on the shared display before the reveal.
            self.edit_button.setEnabled(note is None or not note.face_down)
            self.duplicate_button = touch_button(
                with_glyph("❐", self.tr("Duplicate")), self.tr("Duplicate note")
            )
            self.duplicate_button.clicked.connect(lambda: self.run(DuplicateNote(note_id)))
            actions += [self.edit_button, self.duplicate_button]
            if note is not None and not note.face_down and not note.moderated:
                self.discuss_button = self._discuss_button(note.board_id, note_id)
                actions.append(self.discuss_button)
        self.move_button = touch_button(
            with_glyph("⇥", self.tr("Move to cluster…")), self.tr("Move to cluster")
        )
        self.move_button.clicked.connect(lambda: self.show_page(1))
        actions.append(self.move_button)
        if single and stacked:
            self.unstack_button = touch_button(
                with_glyph("⇶", self.tr("Unstack (%n)", "", len(stacked))),
                self.tr("Spread out the %n notes stacked under this one", "", len(stacked)),
            )
            self.unstack_button.clicked.connect(lambda: self.run(UnstackNotes(note_id)))
            actions.append(self.unstack_button)
        if not single:
            self.stack_button = touch_button(
                with_glyph("▤", self.tr("Stack here")),
                self.tr("Stack the other selected notes under this one"),
            )
            self.stack_button.clicked.connect(
                lambda: self.run(StackNotes(self.note_ids[1:], onto_id=note_id))
            )
            actions.append(self.stack_button)
        # Hiding keeps the note for the record (and the export) but takes it off
        # every phone; the board shows it greyed and struck through.
        notes = [n for i in self.note_ids if (n := service.note(i)) is not None]
        hide = any(not n.moderated for n in notes) or not notes
        if hide:
            self.moderate_button = touch_button(
                with_glyph("⊘", self.tr("Hide from everyone")),
                self.tr("Hide from everyone"),
                self.tr("Hide from every phone; the board shows it struck through (Undo reverses)"),
            )
        else:
            self.moderate_button = touch_button(
                with_glyph("◉", self.tr("Show again")),
                self.tr("Show again"),
                self.tr("Show the note on phones again"),
            )
        self.moderate_button.clicked.connect(
            lambda: self.run(ModerateNotes(self.note_ids, hidden=hide))
        )
        actions.append(self.moderate_button)
        self.delete_button = touch_button(
            with_glyph("✖", self.tr("Delete")),
            self.tr("Delete note")
            if single
            else self.tr("Delete %n notes", "", len(self.note_ids)),
            self.tr("Delete (Undo brings it back)"),
            role="danger",
        )
        self.delete_button.clicked.connect(lambda: self.run(DeleteNotes(self.note_ids)))
        actions.append(self.delete_button)
        main.addLayout(_button_grid(actions))

        self._build_cluster_page(note.board_id if note else "", note.cluster_id if note else None)
        self.pages.setCurrentIndex(0)

    def _discuss_button(self, board_id: str, note_id: str) -> QPushButton:
        """Take this note up as the topic now, out of vote order (a switch, not an undo step)."""
        with self._service.lock:
            is_topic = self._service.live_state.discussion(board_id).topic_id == note_id
        if is_topic:
            button = touch_button(
                with_glyph("▶", self.tr("Discussing now")),
                self.tr("This note is the topic under discussion"),
            )
            button.setEnabled(False)
            return button
        button = touch_button(
            with_glyph("▶", self.tr("Discuss now")),
            self.tr("Discuss now"),
            self.tr("Make this the topic under discussion; the one before counts as discussed"),
        )
        button.clicked.connect(lambda: self.run(DiscussTopic(board_id, note_id), undoable=False))
        return button

    def _build_cluster_page(self, board_id: str, current_cluster: str | None) -> None:
        page = self.add_page()
        back = touch_button(with_glyph("←", self.tr("Back")), self.tr("Back to note actions"))
        back.clicked.connect(lambda: self.show_page(0))
        page.addWidget(back)
        page.addWidget(plain_label(self.tr("Move to cluster"), "sectionLabel"))
        self.cluster_buttons: dict[str, QPushButton] = {}
        clusters = sorted(
            self._service.clusters_on(board_id), key=lambda c: (c.y, c.x, c.title.casefold())
        )
        if not clusters:
            page.addWidget(plain_label(self.tr("This board has no clusters yet."), "hint"))
        for cluster in clusters:
            here = cluster.id == current_cluster
            title = elided(cluster.title, self.font(), SHEET_WIDTH - 120)
            button = touch_button(
                button_text(f"✓  {title}" if here else title),
                cluster.title,
                cluster.title,
            )
            button.setEnabled(not here)
            button.clicked.connect(
                lambda _=False, cid=cluster.id: self.run(MoveNotesToCluster(self.note_ids, cid))
            )
            self.cluster_buttons[cluster.id] = button
            page.addWidget(button)
        self.out_of_cluster_button = touch_button(
            with_glyph("⬚", self.tr("Out of cluster")), self.tr("Move out of its cluster")
        )
        self.out_of_cluster_button.clicked.connect(
            lambda: self.run(MoveNotesToCluster(self.note_ids, None))
        )
        in_some_cluster = any(
            (note := self._service.note(i)) is not None and note.cluster_id is not None
            for i in self.note_ids
        )
        self.out_of_cluster_button.setEnabled(in_some_cluster)
        page.addWidget(self.out_of_cluster_button)

    def _recolor(self, key: str) -> None:
        self.run(RecolorNotes(self.note_ids, key))

    def _edit(self) -> None:
        self.close()
        self.editRequested.emit(self.note_id)


class ClusterActionSheet(ActionSheet):
    renameRequested = Signal(str)  # cluster id

    def __init__(self, service: WorkshopService, cluster_id: str, parent: QWidget) -> None:
        super().__init__(service, parent)
        self.cluster_id = cluster_id
        cluster = service.cluster(cluster_id)
        self.setAccessibleName(self.tr("Cluster actions"))
        main = self.add_page()
        title = cluster.title if cluster else ""
        main.addWidget(plain_label(elided(title, self.font(), SHEET_WIDTH * 2), "sectionLabel"))

        self.rename_button = touch_button(
            with_glyph("✎", self.tr("Rename")), self.tr("Rename cluster")
        )
        self.rename_button.clicked.connect(self._rename)
        self.rename_button.setMinimumHeight(56)
        main.addWidget(self.rename_button)

        main.addWidget(plain_label(self.tr("Colour"), "muted"))
        self.color_buttons: dict[str, ColorSwatchButton] = {}
        for key, hex_color in CLUSTER_COLORS.items():
            note_color = COLORS.get(key)
            name = (
                translate_source("colors", note_color.name) if note_color else self.tr("No colour")
            )
            swatch = ColorSwatchButton(
                key,
                hex_color,
                note_color.symbol if note_color else "–",
                name,
                checkable=True,
                compact=True,
            )
            swatch.setChecked(cluster is not None and cluster.color == key)
            swatch.setMinimumSize(48, 56)
            swatch.clicked.connect(lambda _=False, k=key: self.run(RecolorCluster(cluster_id, k)))
            self.color_buttons[key] = swatch
        main.addLayout(_swatch_row(list(self.color_buttons.values())))

        self.delete_button = touch_button(
            with_glyph("⬚", self.tr("Delete cluster, keep notes")),
            self.tr("Delete cluster, keep notes"),
            self.tr("The notes stay on the board (Undo brings the cluster back)"),
        )
        self.delete_button.clicked.connect(lambda: self.run(DeleteCluster(cluster_id)))
        self.delete_with_notes_button = touch_button(
            with_glyph("✖", self.tr("Delete cluster and notes")),
            self.tr("Delete cluster and notes"),
            self.tr("Deletes the cluster and every note in it (Undo brings them back)"),
            role="danger",
        )
        self.delete_with_notes_button.clicked.connect(
            lambda: self.run(DeleteCluster(cluster_id, with_notes=True))
        )
        for button in (self.delete_button, self.delete_with_notes_button):
            button.setMinimumHeight(56)
            main.addWidget(button)

    def _rename(self) -> None:
        self.close()
        self.renameRequested.emit(self.cluster_id)
