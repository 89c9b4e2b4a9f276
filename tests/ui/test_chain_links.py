"""Brainwriting chains on the board: a connector from each note to the one it builds on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtTest import QTest

from facilitator.agenda import StartPhase
from facilitator.commands import (
    CreateBoard,
    DeleteNotes,
    MoveNotes,
    NoteMove,
    StackNotes,
    UnstackNotes,
)
from facilitator.domain import Note
from facilitator.participation import ShowBoard
from facilitator.services.participation import ParticipationService
from facilitator.services.workshop import WorkshopService
from ui.audience_window import AudienceWindow
from ui.board_scene import BoardScene
from ui.board_screen import BoardScreen
from ui.chain_links import LINK_COLOR, ChainLinkItem
from ui.participant_access import ParticipantAccess
from ui.service_bridge import ServiceBridge

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)


@pytest.fixture
def phones(access: ParticipantAccess) -> ParticipationService:
    return access.participation


@pytest.fixture
def brainwriting(service: WorkshopService) -> str:
    """A brainwriting board, shown, in its first round."""
    command = CreateBoard("brainwriting")
    service.execute(command)
    service.execute(ShowBoard(command.board_id))
    first_round = next(p for p in service.phases() if p.board_id == command.board_id)
    service.execute(StartPhase(first_round.id), undoable=False)
    return command.board_id


@pytest.fixture
def chain(phones: ParticipationService, service: WorkshopService, brainwriting: str) -> list[Note]:
    """An idea and two notes that build on it, one after the other, from three phones."""
    rounds = [p for p in service.phases() if p.board_id == brainwriting]
    notes: list[Note] = []
    for number, (name, text) in enumerate(
        (("Aino", "Quiet room"), ("Bo", "Book it from a phone"), ("Chen", "Show who is in"))
    ):
        if number:
            service.execute(StartPhase(rounds[number].id), undoable=False)
        person, _ = phones.join(name)
        note, _ = phones.add_note(
            person.id,
            text,
            f"{name}-{number}",
            board_id=brainwriting,
            builds_on=notes[-1].id if notes else None,
        )
        notes.append(note)
    return notes


@pytest.fixture
def scene(service: WorkshopService, bridge: ServiceBridge, brainwriting: str) -> BoardScene:
    board_scene = BoardScene(service, bridge)
    board_scene.show_board(brainwriting)
    return board_scene


def link(scene: BoardScene, child: Note) -> ChainLinkItem:
    found = scene.chain_links().link(child.id)
    assert found is not None
    return found


def shown_rect(scene: BoardScene, note_id: str) -> QRectF:
    """Where the note's item is on the board now (during a drag too)."""
    item = scene.note_item(note_id)
    assert item is not None
    return item.scene_note_rect()


def joins(scene: BoardScene, parent_id: str, child_id: str) -> bool:
    """Whether the connector of the child runs from the parent's edge to the child's edge."""
    found = scene.chain_links().link(child_id)
    line = found.line if found is not None else None
    parent_rect = shown_rect(scene, parent_id)
    child_rect = shown_rect(scene, child_id)

    def on_edge(point: QPointF, rect: QRectF) -> bool:
        grown = rect.adjusted(-0.5, -0.5, 0.5, 0.5)
        shrunk = rect.adjusted(0.5, 0.5, -0.5, -0.5)
        return grown.contains(point) and not shrunk.contains(point)

    return line is not None and on_edge(line.p1(), parent_rect) and on_edge(line.p2(), child_rect)


def test_each_note_is_joined_to_the_note_it_builds_on(scene: BoardScene, chain: list[Note]) -> None:
    idea, second, third = chain
    assert {item.child_item.note_id for item in scene.chain_links().links()} == {
        second.id,
        third.id,
    }
    assert scene.chain_links().link(idea.id) is None  # a first idea builds on nothing
    assert joins(scene, idea.id, second.id)
    assert joins(scene, second.id, third.id)
    # Chains grow downwards: the connector leaves the bottom of one and enters the top of the next.
    line = link(scene, second).line
    assert line is not None and line.p2().y() > line.p1().y()


def test_the_connector_is_drawn_between_the_notes(chain: list[Note], scene: BoardScene) -> None:
    # (The scene opens after the notes came, so no arrival glow is drawn over the gap.)
    second = chain[1]
    line = link(scene, second).line
    assert line is not None
    middle = line.center()
    image = QImage(40, 40, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(
        painter, QRectF(image.rect()), QRectF(middle - QPointF(20, 20), middle + QPointF(20, 20))
    )
    painter.end()
    assert image.pixelColor(20, 20) == LINK_COLOR


def test_connectors_follow_moves_and_go_with_their_notes(
    scene: BoardScene, service: WorkshopService, chain: list[Note]
) -> None:
    idea, second, third = chain
    service.execute(MoveNotes((NoteMove(idea.id, idea.x + 900, idea.y + 400),)))
    assert joins(scene, idea.id, second.id)
    line = link(scene, second).line
    assert line is not None and line.p1().x() > line.p2().x()  # the idea now lies to the right

    service.execute(DeleteNotes((idea.id,)))
    assert scene.chain_links().link(second.id) is None
    assert scene.chain_links().link(third.id) is not None
    service.undo()
    assert joins(scene, idea.id, second.id)

    # Stacked under another note, a note has no item to join: its connector waits.
    service.execute(StackNotes((third.id,), second.id))
    assert scene.chain_links().link(third.id) is None
    service.execute(UnstackNotes(second.id))
    assert scene.chain_links().link(third.id) is not None


def test_a_note_dragged_on_screen_keeps_its_connector(
    qtbot,
    open_screen,
    service: WorkshopService,
    brainwriting: str,
    chain: list[Note],
) -> None:
    screen: BoardScreen = open_screen()
    screen.show_board(brainwriting)
    view = screen.view
    scene = view.board_scene()
    idea, second, _ = chain
    before = link(scene, second).line
    start = view.mapFromScene(shown_rect(scene, idea.id).center())
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        QTest.mouseMove(view.viewport(), start + QPoint(step * 30, 0))
    # Mid-drag, nothing is saved yet, and the connector already follows the finger.
    assert service.note(idea.id) == idea
    during = link(scene, second).line
    assert during is not None and before is not None and during.p1().x() > before.p1().x()
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(150, 0))
    moved = service.note(idea.id)
    assert moved is not None and moved.x > idea.x
    assert joins(scene, moved.id, second.id)


def test_boards_without_chains_have_no_connectors(
    service: WorkshopService, bridge: ServiceBridge, board_id: str
) -> None:
    plain = BoardScene(service, bridge)
    plain.show_board(board_id)
    assert plain.chain_links().links() == []


def test_the_audience_window_shows_the_chains_too(
    qtbot, open_screen, brainwriting: str, chain: list[Note]
) -> None:
    screen: BoardScreen = open_screen()
    screen.show_board(brainwriting)
    screen.toggle_audience_window()
    window = screen.audience_window
    assert isinstance(window, AudienceWindow)
    qtbot.waitExposed(window)
    try:
        room = window.view.board_scene()
        assert joins(room, chain[0].id, chain[1].id)
        assert joins(room, chain[1].id, chain[2].id)
    finally:
        screen.close_audience_window()
