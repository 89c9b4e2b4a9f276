"""The board scene mirrors the model, and notes look the way people need them to."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene, QGraphicsTextItem

from facilitator.commands import (
    CreateBoard,
    CreateCluster,
    CreateNote,
    DeleteCluster,
    DeleteNotes,
    EditNoteText,
    MoveNotes,
    NoteMove,
    RecolorNotes,
    RenameCluster,
    SetClusterRect,
    StackNotes,
    UnstackNotes,
)
from facilitator.domain import new_id
from facilitator.services.workshop import WorkshopService
from facilitator.templates import BLANK_TEMPLATE_ID
from ui.board_scene import BoardScene
from ui.note_item import NoteItem, fit_text
from ui.service_bridge import ServiceBridge


@pytest.fixture
def scene(qtbot, service: WorkshopService, bridge: ServiceBridge, board_id: str) -> BoardScene:
    board_scene = BoardScene(service, bridge)
    board_scene.show_board(board_id)
    return board_scene


def add_note(service: WorkshopService, board_id: str, x: float = 0, y: float = 0, **kw) -> str:
    note_id = new_id()
    service.execute(CreateNote(board_id, x=x, y=y, note_id=note_id, **kw))
    return note_id


def item(scene: BoardScene, note_id: str) -> NoteItem:
    found = scene.note_item(note_id)
    assert found is not None
    return found


def render(scene: QGraphicsScene, rect: QRectF, scale: float = 1.0) -> QImage:
    image = QImage(
        round(rect.width() * scale), round(rect.height() * scale), QImage.Format.Format_ARGB32
    )
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    return image


def test_items_follow_create_update_delete_and_undo(scene, service, board_id):
    note_id = add_note(service, board_id, 10, 20, text="First")
    assert item(scene, note_id).note.text == "First"
    assert (item(scene, note_id).x(), item(scene, note_id).y()) == (10, 20)

    service.execute(EditNoteText(note_id, "Changed"))
    service.execute(RecolorNotes((note_id,), "blue"))
    service.execute(MoveNotes((NoteMove(note_id, 300, 400),)))
    shown = item(scene, note_id)
    assert (shown.note.text, shown.note.color) == ("Changed", "blue")
    assert (shown.x(), shown.y()) == (300, 400)
    assert shown.zValue() == shown.note.z

    service.execute(DeleteNotes((note_id,)))
    assert scene.note_item(note_id) is None
    assert shown.scene() is None

    service.undo()
    assert item(scene, note_id).note.text == "Changed"
    service.undo()
    assert (item(scene, note_id).x(), item(scene, note_id).y()) == (10, 20)
    service.undo()
    service.undo()
    assert item(scene, note_id).note.text == "First"
    service.undo()
    assert scene.note_item(note_id) is None
    assert scene.note_ids() == []


def test_show_board_builds_items_for_what_is_already_there(qtbot, service, bridge, board_id):
    first = add_note(service, board_id, text="Already here")
    second = add_note(service, board_id, 300, 0)
    service.execute(StackNotes((second,), first))
    board_scene = BoardScene(service, bridge)
    board_scene.show_board(board_id)
    assert board_scene.note_ids() == [first]
    assert item(board_scene, first).stack_count == 1


def test_stacked_notes_show_as_one_pile(scene, service, board_id):
    top = add_note(service, board_id, 0, 0, text="Coffee")
    duplicates = [add_note(service, board_id, 300 * i, 300, text="coffee") for i in (1, 2)]
    service.execute(StackNotes(tuple(duplicates), top))
    assert scene.note_ids() == [top]
    assert item(scene, top).stack_count == 2
    assert scene.pile_size(top) == 2

    service.execute(DeleteNotes((top,)))  # the next note becomes the top of the pile
    remaining = scene.note_ids()
    assert len(remaining) == 1 and remaining[0] in duplicates
    assert item(scene, remaining[0]).stack_count == 1

    service.undo()
    service.execute(UnstackNotes(top))
    assert sorted(scene.note_ids()) == sorted([top, *duplicates])
    assert item(scene, top).stack_count == 0


def test_changes_on_other_boards_are_ignored(scene, service):
    other_board = new_id()
    service.execute(CreateBoard(BLANK_TEMPLATE_ID, board_id=other_board))
    add_note(service, other_board, text="Elsewhere")
    service.execute(CreateCluster(other_board, "Elsewhere", 0, 0))
    assert scene.note_ids() == []
    assert list(scene.cluster_items()) == []


def test_clusters_follow_the_model(scene, service, board_id):
    cluster_id = new_id()
    service.execute(CreateCluster(board_id, "Ideas", 0, 0, 700, 500, cluster_id=cluster_id))
    cluster = scene.cluster_item(cluster_id)
    assert cluster is not None
    assert cluster.zValue() < 0  # under every note

    service.execute(RenameCluster(cluster_id, "Better ideas"))
    service.execute(SetClusterRect(cluster_id, 100, 50, 800, 600))
    assert cluster.cluster.title == "Better ideas"
    assert cluster.scene_cluster_rect() == QRectF(100, 50, 800, 600)

    service.execute(DeleteCluster(cluster_id))
    assert scene.cluster_item(cluster_id) is None
    service.undo()
    assert scene.cluster_item(cluster_id) is not None


def test_selection_forgets_deleted_notes(qtbot, scene, service, board_id):
    kept = add_note(service, board_id)
    doomed = add_note(service, board_id, 300, 0)
    scene.set_selection([kept, doomed])
    assert item(scene, doomed).is_selected_look
    with qtbot.waitSignal(scene.noteSelectionChanged) as changed:
        service.execute(DeleteNotes((doomed,)))
    assert changed.args == [[kept]]
    assert scene.selected_ids() == [kept]


def test_zoomed_out_notes_are_drawn_by_one_overview(scene, service, board_id):
    ids = [add_note(service, board_id, 250 * i, 0) for i in range(5)]
    scene.set_selection([ids[0]])
    scene.set_zoom(0.1)
    assert scene.overview_active
    assert not any(item(scene, note_id).isVisible() for note_id in ids)
    image = render(scene, QRectF(0, 0, 1200, 150), 0.1)
    assert image.pixelColor(round(0.1 * (250 * 3 + 100)), 7) == QColor("#FFE15C")
    assert image.pixelColor(0, 7).lightness() < 80  # the selected note is outlined
    assert image.pixelColor(20, 7).lightness() < 80
    assert scene.note_at(QPointF(250 * 3 + 50, 50)) == ids[3]  # picking still works

    later = add_note(service, board_id, 0, 500)
    assert not item(scene, later).isVisible()
    scene.set_zoom(1.0)
    assert not scene.overview_active
    assert all(item(scene, note_id).isVisible() for note_id in [*ids, later])


# How a note looks -----------------------------------------------------------------


def test_note_text_is_never_interpreted_as_markup(scene, service, board_id):
    payload = '<b>bold</b> <img src="x"> &amp;'
    note_id = add_note(service, board_id, text=payload)
    shown = item(scene, note_id)
    render(scene, QRectF(-10, -10, 220, 170))  # lays the text out
    face = shown._face
    assert face is not None and face.text_layout is not None
    assert face.text_layout.text() == payload
    assert not any(isinstance(i, QGraphicsTextItem) for i in scene.items())


def test_markup_and_its_escaped_twin_render_differently(scene, service, board_id):
    # If markup were interpreted, "<b>x</b>" would look like a bold x, not like its source.
    tagged = add_note(service, board_id, 0, 0, text="<b>x</b>")
    plain = add_note(service, board_id, 0, 300, text="x")
    assert item(scene, tagged) and item(scene, plain)
    with_tags = render(scene, QRectF(0, 0, 200, 150))
    without = render(scene, QRectF(0, 300, 200, 150))
    assert ink_width(with_tags) > 3 * ink_width(without)


def ink_width(image: QImage) -> int:
    """How many pixel columns in the note's text band hold dark text."""
    columns = 0
    for x in range(image.width()):
        if any(image.pixelColor(x, y).lightness() < 80 for y in range(20, 100)):
            columns += 1
    return columns


def test_long_text_shrinks_and_is_cut_with_an_ellipsis():
    short = fit_text("Coffee", 180, 96, 12, 39)
    long = fit_text("word " * 100, 180, 96, 12, 39)
    assert short.pixel_size > long.pixel_size
    assert long.pixel_size == 12
    assert long.text.endswith("…")
    assert fit_text("Coffee", 180, 96, 12, 39) is short  # cached


def test_colour_is_not_the_only_signal(scene, service, board_id):
    yellow = add_note(service, board_id, 0, 0, text="", color="yellow")
    blue = add_note(service, board_id, 300, 0, text="", color="blue")
    render(scene, QRectF(-10, -10, 600, 200))
    symbols = {item(scene, yellow)._face.symbol, item(scene, blue)._face.symbol}  # type: ignore[union-attr]
    assert len(symbols) == 2 and "" not in symbols


def test_selected_and_drop_target_notes_are_outlined(scene, service, board_id):
    note_id = add_note(service, board_id, 0, 0)
    area = QRectF(-8, -8, 216, 166)
    plain = render(scene, area)
    scene.set_selection([note_id])
    selected = render(scene, area)
    scene.set_selection([])
    item(scene, note_id).set_drop_target(True)
    target = render(scene, area)
    corner = (4, 40)
    assert plain.pixelColor(*corner) != selected.pixelColor(*corner)
    assert selected != target
    assert selected.pixelColor(*corner).lightness() < 80


def test_author_is_shown_when_known(scene, service, board_id):
    note_id = add_note(service, board_id, text="Idea", author_name="Anna")
    render(scene, QRectF(-10, -10, 220, 170))
    assert item(scene, note_id)._face is not None
    assert item(scene, note_id)._face.author == "Anna"  # type: ignore[union-attr]


@pytest.mark.parametrize("zoom", [0.05, 0.2, 0.5, 1.0, 3.0])
def test_painting_at_any_zoom_does_not_fail(qtbot, scene, service, board_id, zoom):
    top = add_note(service, board_id, 0, 0, text="Some text", author_name="A")
    other = add_note(service, board_id, 300, 0, text="x" * 300)
    service.execute(StackNotes((other,), top))
    scene.set_selection([top])
    scene.set_zoom(zoom)
    image = render(scene, QRectF(-20, -20, 400, 300), zoom)
    assert image.pixelColor(round(100 * zoom) + 1, round(75 * zoom) + 1) != QColor(
        Qt.GlobalColor.white
    )


def test_zoomed_out_notes_still_show_their_colour_symbol(scene, service, board_id):
    note_id = add_note(service, board_id, 0, 0, text="", color="blue")
    scene.set_zoom(0.25)
    assert not item(scene, note_id).isVisible()
    image = render(scene, QRectF(0, 0, 200, 150), 0.25)
    symbol_corner = [
        image.pixelColor(x, y).lightness() for x in range(1, 20) for y in range(20, 37)
    ]
    assert min(symbol_corner) < 100  # the dark square on the blue block


def test_zoomed_out_cluster_titles_stay_inside_their_cluster(scene, service, board_id):
    cluster_id = new_id()
    title = "A rather long title for a narrow cluster"
    service.execute(CreateCluster(board_id, title, 0, 0, 700, 400, cluster_id=cluster_id))
    label = scene.cluster_label(cluster_id)
    assert label is not None and not label.isVisible()
    scene.set_zoom(0.2)
    assert label.isVisible()
    assert label.boundingRect().right() <= 700 * 0.2
    scene.set_zoom(0.3)
    assert label.boundingRect().right() <= 700 * 0.3
    scene.set_zoom(0.05)  # no room at all: the label hides its text
    assert label.boundingRect().isEmpty()
    render(scene, QRectF(0, 0, 800, 500), 0.05)
