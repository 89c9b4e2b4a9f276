"""Touching, clicking and typing on the board canvas."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QPointingDevice, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from facilitator.commands import (
    CreateCluster,
    CreateNote,
    DeleteNotes,
    EditNoteText,
    MoveNotes,
    MoveNotesToCluster,
    NoteMove,
)
from facilitator.domain import new_id
from facilitator.errors import FacilitatorError
from facilitator.services.workshop import WorkshopService
from ui.board_view import BoardView
from ui.service_bridge import ServiceBridge

# The offscreen platform cannot do everything a desktop does, and says so.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ORIGIN = QPointF(100.0, 100.0)  # where scene (0, 0) appears in the viewport


@pytest.fixture
def view(qtbot, service: WorkshopService, bridge: ServiceBridge, board_id: str) -> BoardView:
    widget = BoardView(service, bridge)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.show_board(board_id)
    widget.set_zoom(1.0)
    widget.place_scene_point(QPointF(0.0, 0.0), ORIGIN)
    return widget


@pytest.fixture
def touchscreen() -> QPointingDevice:
    return QTest.createTouchDevice()


def add_note(service: WorkshopService, board_id: str, x: float, y: float, text: str = "") -> str:
    note_id = new_id()
    service.execute(CreateNote(board_id, text=text, x=x, y=y, note_id=note_id))
    return note_id


def add_cluster(service: WorkshopService, board_id: str, width: float, height: float) -> str:
    cluster_id = new_id()
    service.execute(CreateCluster(board_id, "Ideas", 0, 0, width, height, cluster_id=cluster_id))
    return cluster_id


def at(view: BoardView, x: float, y: float) -> QPoint:
    """The viewport position of a scene point."""
    return view.mapFromScene(QPointF(x, y))


def position(service: WorkshopService, note_id: str) -> tuple[float, float]:
    note = service.note(note_id)
    assert note is not None
    return note.x, note.y


def item_position(view: BoardView, note_id: str) -> tuple[float, float]:
    item = view.board_scene().note_item(note_id)
    assert item is not None
    return item.x(), item.y()


def drag(view: BoardView, start: QPoint, end: QPoint, steps: int = 6) -> None:
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, steps + 1):
        point = start + (end - start) * step / steps
        QTest.mouseMove(viewport, point)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


class Touch:
    """Fingers on the viewport, one committed event per call (TECH-NOTES §2)."""

    def __init__(self, view: BoardView, device: QPointingDevice) -> None:
        self._viewport = view.viewport()
        self._device = device
        self._fingers: dict[int, QPoint] = {}

    def _send(self, changes: dict[int, tuple[str, QPoint]]) -> None:
        sequence = QTest.touchEvent(self._viewport, self._device, False)
        for finger, (kind, point) in changes.items():
            getattr(sequence, kind)(finger, point, self._viewport)
        for finger, point in self._fingers.items():
            if finger not in changes:
                sequence.move(finger, point, self._viewport)  # "stationary" misbehaves
        sequence.commit()
        for finger, (kind, point) in changes.items():
            if kind == "release":
                self._fingers.pop(finger, None)
            else:
                self._fingers[finger] = point

    def press(self, finger: int, point: QPoint) -> None:
        self._send({finger: ("press", point)})

    def move(self, finger: int, point: QPoint) -> None:
        self._send({finger: ("move", point)})

    def move_both(self, a: QPoint, b: QPoint) -> None:
        self._send({0: ("move", a), 1: ("move", b)})

    def release(self, finger: int, point: QPoint) -> None:
        self._send({finger: ("release", point)})

    def release_all(self) -> None:
        self._send({finger: ("release", point) for finger, point in self._fingers.items()})

    def drag(self, start: QPoint, end: QPoint, steps: int = 6) -> None:
        self.press(0, start)
        for step in range(1, steps + 1):
            self.move(0, start + (end - start) * step / steps)
        self.release(0, end)

    def tap(self, point: QPoint) -> None:
        self.press(0, point)
        self.release(0, point)


# Mouse ----------------------------------------------------------------------------


def test_mouse_drag_moves_a_note_in_one_undo_step(view, service, board_id):
    note_id = add_note(service, board_id, 0, 0, "Drag me")
    drag(view, at(view, 100, 75), at(view, 250, 155))

    assert position(service, note_id) == (150, 80)
    assert item_position(view, note_id) == (150, 80)
    assert service.undo_label == "Move notes"
    service.undo()
    assert position(service, note_id) == (0, 0)
    assert item_position(view, note_id) == (0, 0)
    assert service.undo_label == "Add note"


def test_mouse_drag_moves_every_selected_note_together(view, service, board_id):
    first = add_note(service, board_id, 0, 0)
    second = add_note(service, board_id, 300, 0)
    view.select_notes([first, second])
    drag(view, at(view, 100, 75), at(view, 100, 275))

    assert position(service, first) == (0, 200)
    assert position(service, second) == (300, 200)
    service.undo()
    assert position(service, first) == (0, 0)
    assert position(service, second) == (300, 0)


def test_dropping_a_note_on_another_stacks_it(qtbot, view, service, board_id):
    bottom = add_note(service, board_id, 400, 0, "Same idea")
    dragged = add_note(service, board_id, 0, 0, "Same idea again")
    scene = view.board_scene()
    target = scene.note_item(bottom)
    assert target is not None
    viewport = view.viewport()

    QTest.mousePress(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(view, 100, 75)
    )
    QTest.mouseMove(viewport, at(view, 300, 75))
    assert not target.is_drop_target  # centre not over the middle of the other note yet
    QTest.mouseMove(viewport, at(view, 500, 80))
    assert target.is_drop_target
    QTest.mouseRelease(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(view, 500, 80)
    )

    stacked = service.note(dragged)
    assert stacked is not None and stacked.stack_id == bottom
    assert scene.note_item(dragged) is None
    assert target.stack_count == 1
    assert not target.is_drop_target
    assert service.undo_label == "Stack duplicates"
    service.undo()
    assert scene.note_item(dragged) is not None
    assert item_position(view, dragged) == (0, 0)
    assert target.stack_count == 0


def test_left_drag_on_empty_space_selects_with_a_rubber_band(view, service, board_id):
    inside = add_note(service, board_id, 0, 0)
    also_inside = add_note(service, board_id, 250, 0)
    outside = add_note(service, board_id, 0, 400)
    drag(view, at(view, -20, -20), at(view, 300, 100))
    assert set(view.selected_note_ids()) == {inside, also_inside}
    assert outside not in view.selected_note_ids()
    assert service.undo_label == "Add note"  # selecting changes nothing in the model


def test_click_selects_and_click_on_empty_space_clears(qtbot, view, service, board_id):
    note_id = add_note(service, board_id, 0, 0)
    viewport = view.viewport()
    with qtbot.waitSignal(view.selectionChanged) as selected:
        QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=at(view, 50, 50))
    assert selected.args == [[note_id]]
    with qtbot.waitSignal(view.selectionChanged) as cleared:
        QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=at(view, 600, 500))
    assert cleared.args == [[]]


def test_double_click_on_empty_space_asks_for_a_new_note_there(qtbot, view):
    with qtbot.waitSignal(view.noteCreateRequested) as request:
        QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at(view, 420, 310))
    (scene_pos,) = request.args
    assert abs(scene_pos.x() - 420) <= 1 and abs(scene_pos.y() - 310) <= 1


def test_double_click_on_a_note_asks_to_edit_it(qtbot, view, service, board_id):
    note_id = add_note(service, board_id, 0, 0)
    with qtbot.waitSignal(view.noteEditRequested) as request:
        QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at(view, 50, 50))
    assert request.args == [note_id]
    assert service.undo_label == "Add note"


def test_right_click_on_a_note_asks_for_its_actions(qtbot, view, service, board_id):
    note_id = add_note(service, board_id, 0, 0)
    with qtbot.waitSignal(view.noteActionsRequested) as request:
        QTest.mouseClick(view.viewport(), Qt.MouseButton.RightButton, pos=at(view, 50, 50))
    assert request.args[0] == note_id
    assert request.args[1] == view.viewport().mapToGlobal(at(view, 50, 50))


def test_wheel_zooms_around_the_cursor(view):
    cursor = at(view, 300, 200)
    event = QWheelEvent(
        QPointF(cursor),
        QPointF(view.viewport().mapToGlobal(cursor)),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom() > 1.1
    still_under = view.map_to_scene_f(QPointF(cursor))
    assert abs(still_under.x() - 300) < 2 and abs(still_under.y() - 200) < 2


def test_a_failed_command_is_reported_and_the_board_shows_the_model(qtbot, view, service, board_id):
    note_id = add_note(service, board_id, 0, 0)
    other = add_note(service, board_id, 400, 300)
    viewport = view.viewport()
    QTest.mousePress(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(view, 100, 75)
    )
    QTest.mouseMove(viewport, at(view, 160, 75))
    QTest.mouseMove(viewport, at(view, 200, 75))
    service.execute(DeleteNotes((note_id,)))  # e.g. undone from the keyboard mid-drag
    with qtbot.waitSignal(view.errorOccurred) as error:
        QTest.mouseRelease(
            viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(view, 200, 75)
        )
    assert isinstance(error.args[0], FacilitatorError)
    assert view.board_scene().note_item(note_id) is None
    assert item_position(view, other) == (400, 300)


# Touch ------------------------------------------------------------------------------


def test_one_finger_drags_a_note_in_one_undo_step(view, service, board_id, touchscreen):
    note_id = add_note(service, board_id, 0, 0)
    Touch(view, touchscreen).drag(at(view, 100, 75), at(view, 260, 175))

    assert position(service, note_id) == (160, 100)
    assert item_position(view, note_id) == (160, 100)
    service.undo()
    assert position(service, note_id) == (0, 0)
    assert service.undo_label == "Add note"


def test_one_finger_on_empty_space_pans(view, touchscreen):
    before = view.map_to_scene_f(QPointF(500, 350))
    Touch(view, touchscreen).drag(QPoint(500, 350), QPoint(400, 300))
    after = view.map_to_scene_f(QPointF(500, 350))
    assert (after.x() - before.x(), after.y() - before.y()) == (100, 50)
    assert view.zoom() == 1.0


def test_two_fingers_pinch_zoom(view, service, board_id, touchscreen):
    note_id = add_note(service, board_id, 0, 0)
    touch = Touch(view, touchscreen)
    touch.press(0, QPoint(450, 350))
    touch.press(1, QPoint(550, 350))
    touch.move_both(QPoint(400, 350), QPoint(600, 350))
    assert view.zoom() == pytest.approx(2.0)
    centre = view.map_to_scene_f(QPointF(500, 350))
    assert abs(centre.x() - 400) < 2 and abs(centre.y() - 250) < 2  # the point under the fingers
    touch.move_both(QPoint(475, 350), QPoint(525, 350))
    assert view.zoom() == pytest.approx(0.5)
    touch.release_all()
    assert position(service, note_id) == (0, 0)
    assert service.undo_label == "Add note"


def test_a_second_finger_cancels_a_drag(view, service, board_id, touchscreen):
    note_id = add_note(service, board_id, 0, 0)
    touch = Touch(view, touchscreen)
    touch.press(0, at(view, 100, 75))
    touch.move(0, at(view, 150, 75))
    touch.move(0, at(view, 200, 75))
    assert item_position(view, note_id) == (100, 0)  # following the finger
    touch.press(1, at(view, 600, 400))
    assert item_position(view, note_id) == (0, 0)
    touch.move_both(at(view, 220, 75), at(view, 640, 400))
    touch.release_all()
    assert position(service, note_id) == (0, 0)
    assert service.undo_label == "Add note"


def test_pinching_on_one_note_resizes_it(view, service, board_id, touchscreen):
    note_id = add_note(service, board_id, 0, 0)
    touch = Touch(view, touchscreen)
    touch.press(0, at(view, 60, 75))
    touch.press(1, at(view, 140, 75))
    touch.move_both(at(view, 40, 75), at(view, 160, 75))
    touch.release_all()
    note = service.note(note_id)
    assert note is not None
    assert (note.width, note.height) == (300, 225)
    assert view.zoom() == 1.0
    assert service.undo_label == "Resize note"


def test_tap_selects_and_tap_on_empty_space_clears(view, service, board_id, touchscreen):
    note_id = add_note(service, board_id, 0, 0)
    touch = Touch(view, touchscreen)
    touch.tap(at(view, 50, 50))
    assert view.selected_note_ids() == [note_id]
    touch.tap(at(view, 600, 500))
    assert view.selected_note_ids() == []


def test_double_tap_on_empty_space_asks_for_a_new_note(qtbot, view, touchscreen):
    touch = Touch(view, touchscreen)
    with qtbot.waitSignal(view.noteCreateRequested) as request:
        touch.tap(at(view, 500, 400))
        touch.tap(at(view, 505, 402))
    (scene_pos,) = request.args
    assert abs(scene_pos.x() - 505) <= 1 and abs(scene_pos.y() - 402) <= 1


def test_double_tap_on_a_note_asks_to_edit_it(qtbot, view, service, board_id, touchscreen):
    note_id = add_note(service, board_id, 0, 0)
    touch = Touch(view, touchscreen)
    with qtbot.waitSignal(view.noteEditRequested) as request:
        touch.tap(at(view, 50, 50))
        touch.tap(at(view, 52, 50))
    assert request.args == [note_id]


def test_long_press_on_a_note_asks_for_its_actions(qtbot, view, service, board_id, touchscreen):
    note_id = add_note(service, board_id, 0, 0)
    touch = Touch(view, touchscreen)
    with qtbot.waitSignal(view.noteActionsRequested, timeout=3000) as request:
        touch.press(0, at(view, 80, 60))
    assert request.args[0] == note_id
    touch.release(0, at(view, 80, 60))
    assert position(service, note_id) == (0, 0)
    assert view.selected_note_ids() == [note_id]


def test_long_press_then_moving_does_not_drag(qtbot, view, service, board_id, touchscreen):
    note_id = add_note(service, board_id, 0, 0)
    touch = Touch(view, touchscreen)
    with qtbot.waitSignal(view.noteActionsRequested, timeout=3000):
        touch.press(0, at(view, 80, 60))
    touch.move(0, at(view, 300, 60))
    touch.release(0, at(view, 300, 60))
    assert position(service, note_id) == (0, 0)


# Clusters -------------------------------------------------------------------------


def test_dragging_a_cluster_title_moves_it_with_its_notes(view, service, board_id, touchscreen):
    cluster_id = add_cluster(service, board_id, 700, 500)
    note_id = add_note(service, board_id, 100, 200)
    Touch(view, touchscreen).drag(at(view, 300, 30), at(view, 400, 80))

    cluster = service.cluster(cluster_id)
    assert cluster is not None and (cluster.x, cluster.y) == (100, 50)
    assert position(service, note_id) == (200, 250)
    assert item_position(view, note_id) == (200, 250)
    assert service.undo_label == "Move or resize cluster"


def test_dragging_a_cluster_corner_resizes_it(view, service, board_id):
    cluster_id = add_cluster(service, board_id, 700, 500)
    drag(view, at(view, 690, 490), at(view, 790, 540))
    cluster = service.cluster(cluster_id)
    assert cluster is not None
    assert (cluster.x, cluster.y, cluster.width, cluster.height) == (0, 0, 800, 550)
    item = view.board_scene().cluster_item(cluster_id)
    assert item is not None
    assert item.scene_cluster_rect().width() == 800


def test_double_tap_on_a_cluster_title_asks_to_rename_it(
    qtbot, view, service, board_id, touchscreen
):
    cluster_id = add_cluster(service, board_id, 700, 500)
    touch = Touch(view, touchscreen)
    with qtbot.waitSignal(view.clusterEditRequested) as request:
        touch.tap(at(view, 300, 30))
        touch.tap(at(view, 300, 30))
    assert request.args == [cluster_id]


def test_long_press_on_a_cluster_asks_for_its_actions(qtbot, view, service, board_id, touchscreen):
    cluster_id = add_cluster(service, board_id, 700, 500)
    touch = Touch(view, touchscreen)
    with qtbot.waitSignal(view.clusterActionsRequested, timeout=3000) as request:
        touch.press(0, at(view, 400, 300))
    touch.release(0, at(view, 400, 300))
    assert request.args[0] == cluster_id


def test_the_cluster_resize_handle_is_finger_sized_at_any_zoom(view, service, board_id):
    cluster_id = add_cluster(service, board_id, 2000, 2000)
    item = view.board_scene().cluster_item(cluster_id)
    assert item is not None
    for zoom in (0.1, 0.5, 1.0, 3.0):
        assert item.handle_size(zoom) * zoom >= 48


# Keyboard ---------------------------------------------------------------------------


def test_delete_key_deletes_the_selected_notes(view, service, board_id):
    doomed = add_note(service, board_id, 0, 0)
    kept = add_note(service, board_id, 300, 0)
    view.select_notes([doomed])
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert service.note(doomed) is None
    assert view.board_scene().note_item(doomed) is None
    assert service.note(kept) is not None
    assert view.selected_note_ids() == []


def test_arrow_keys_nudge_one_undo_step_per_press(view, service, board_id):
    note_id = add_note(service, board_id, 0, 0)
    view.select_notes([note_id])
    QTest.keyClick(view, Qt.Key.Key_Right)
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert position(service, note_id) == (10, 10)
    service.undo()
    assert position(service, note_id) == (10, 0)


def test_keyboard_selection_editing_and_zoom(qtbot, view, service, board_id):
    first = add_note(service, board_id, 0, 0)
    second = add_note(service, board_id, 300, 0)
    QTest.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert set(view.selected_note_ids()) == {first, second}
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert view.selected_note_ids() == []
    view.select_notes([second])
    with qtbot.waitSignal(view.noteEditRequested) as edit:
        QTest.keyClick(view, Qt.Key.Key_F2)
    assert edit.args == [second]
    with qtbot.waitSignal(view.noteActionsRequested) as actions:
        QTest.keyClick(view, Qt.Key.Key_Menu)
    assert actions.args[0] == second
    with qtbot.waitSignal(view.zoomChanged) as zoomed:
        QTest.keyClick(view, Qt.Key.Key_Plus)
    assert zoomed.args == [pytest.approx(1.25)]
    QTest.keyClick(view, Qt.Key.Key_Minus)
    assert view.zoom() == pytest.approx(1.0)


def test_tab_walks_through_the_notes_in_reading_order_then_leaves_the_board(
    qtbot, service, bridge, board_id
):
    page = QWidget()
    qtbot.addWidget(page)
    view = BoardView(service, bridge)
    after = QPushButton("After the board")
    layout = QVBoxLayout(page)
    layout.addWidget(view)
    layout.addWidget(after)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    view.show_board(board_id)
    area = add_cluster(service, board_id, 600, 600)
    # Written in another order than they are read.
    lone = add_note(service, board_id, 900, 700, "Outside the area, lower down")
    second = add_note(service, board_id, 20, 250, "Second in the area")
    first = add_note(service, board_id, 20, 60, "First in the area")
    service.execute(MoveNotesToCluster((first, second), area))
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)

    read: list[str] = []
    for _ in range(3):
        QTest.keyClick(view, Qt.Key.Key_Tab)
        [selected] = view.selected_note_ids()
        read.append(selected)
    assert read == [first, second, lone]
    assert view.accessibleDescription() == "Note 3 of 3: Outside the area, lower down"
    QTest.keyClick(view, Qt.Key.Key_Backtab)
    assert view.selected_note_ids() == [second]
    with qtbot.waitSignal(view.noteEditRequested) as edit:
        QTest.keyClick(view, Qt.Key.Key_Return)
    assert edit.args == [second]

    QTest.keyClick(view, Qt.Key.Key_Tab)
    QTest.keyClick(view, Qt.Key.Key_Tab)
    qtbot.waitUntil(after.hasFocus)
    assert view.selected_note_ids() == []


# Zoom -------------------------------------------------------------------------------


def test_zoom_to_fit_shows_every_note(view, service, board_id):
    ids = [add_note(service, board_id, x, y) for x, y in ((-3000, -200), (4000, 2500), (0, 0))]
    view.zoom_to_fit()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    scene = view.board_scene()
    for note_id in ids:
        item = scene.note_item(note_id)
        assert item is not None
        assert visible.contains(item.scene_note_rect())
    assert view.zoom() < 0.2


def test_a_fitted_board_refits_to_show_notes_that_arrive_outside_it(view, service, board_id):
    add_note(service, board_id, 0, 0)
    view.zoom_to_fit()
    arrived = add_note(service, board_id, 5000, 3000)  # e.g. a phone's note, off screen
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    item = view.board_scene().note_item(arrived)
    assert item is not None
    assert visible.contains(item.scene_note_rect())


def test_zoom_to_fit_forgets_notes_moved_in_or_deleted(view, service, board_id):
    add_note(service, board_id, 0, 0)
    far = add_note(service, board_id, 6000, 0)
    farther = add_note(service, board_id, 0, 6000)
    view.zoom_to_fit()
    whole_board = view.zoom()
    service.execute(DeleteNotes((farther,)))
    view.zoom_to_fit()
    wide_board = view.zoom()
    assert wide_board > whole_board
    service.execute(MoveNotes((NoteMove(far, 300, 0),)))
    view.zoom_to_fit()
    assert view.zoom() > 4 * wide_board


def test_a_zoomed_board_stays_where_the_facilitator_put_it(view, service, board_id):
    add_note(service, board_id, 0, 0)
    view.set_zoom(1.5)
    before = view.mapToScene(view.viewport().rect()).boundingRect()
    add_note(service, board_id, 5000, 3000)
    assert view.mapToScene(view.viewport().rect()).boundingRect() == before
    assert view.zoom() == 1.5


def test_zoom_to_fit_on_an_empty_board_is_100_percent(view):
    view.set_zoom(0.3)
    view.zoom_to_fit()
    assert view.zoom() == 1.0


def test_zoom_is_clamped(view):
    view.set_zoom(100.0)
    assert view.zoom() == 4.0
    view.set_zoom(0.0001)
    assert view.zoom() == 0.05


def test_visible_center_is_the_scene_point_in_the_middle(view):
    centre = view.visible_center()
    middle = view.map_to_scene_f(QPointF(500, 350))  # the 1000x700 viewport's centre
    assert abs(centre.x() - middle.x()) <= 1 and abs(centre.y() - middle.y()) <= 1


def test_zoomed_far_out_notes_can_still_be_picked_and_dragged(view, service, board_id):
    note_id = add_note(service, board_id, 0, 0)
    add_note(service, board_id, 3000, 2000)
    view.set_zoom(0.2)
    view.place_scene_point(QPointF(0.0, 0.0), ORIGIN)
    assert view.board_scene().overview_active
    drag(view, at(view, 100, 75), at(view, 600, 575))
    assert position(service, note_id) == pytest.approx((500, 500), abs=5)
    assert view.selected_note_ids() == [note_id]


def test_a_note_changed_elsewhere_mid_drag_stays_under_the_finger(view, service, board_id):
    note_id = add_note(service, board_id, 0, 0, "Draft")
    viewport = view.viewport()
    QTest.mousePress(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(view, 100, 75)
    )
    QTest.mouseMove(viewport, at(view, 150, 75))
    QTest.mouseMove(viewport, at(view, 200, 75))
    service.execute(EditNoteText(note_id, "Edited on a phone"))
    shown = view.board_scene().note_item(note_id)
    assert shown is not None
    assert shown.note.text == "Edited on a phone"
    assert item_position(view, note_id) == (100, 0)
    QTest.mouseRelease(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(view, 200, 75)
    )
    assert position(service, note_id) == (100, 0)


def test_a_board_shown_before_the_view_appears_is_fitted_once_it_does(
    qtbot, service, bridge, board_id
):
    ids = [add_note(service, board_id, x, 0) for x in (0, 2500)]
    widget = BoardView(service, bridge)
    qtbot.addWidget(widget)
    widget.show_board(board_id)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.resize(1200, 800)  # the screen's layout settling
    visible = widget.mapToScene(widget.viewport().rect()).boundingRect()
    for note_id in ids:
        shown = widget.board_scene().note_item(note_id)
        assert shown is not None
        assert visible.contains(shown.scene_note_rect())
    assert widget.zoom() < 1.0
