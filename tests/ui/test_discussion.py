"""Discussing topics one at a time: the band, its poll, and the topic on the board."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QGraphicsScene

from facilitator.agenda import AddPhase, StartPhase
from facilitator.commands import CreateBoard, DeleteNotes
from facilitator.discussion import DiscussTopic, SetTopicTimes
from facilitator.domain import Note, PhaseKind, Thumb
from facilitator.participation import SetBoardControls, ShowBoard
from facilitator.services.participation import ParticipationService
from facilitator.services.workshop import WorkshopService
from tests.conftest import FakeClock
from ui.action_sheet import NoteActionSheet
from ui.audience_window import AudienceWindow
from ui.board_screen import BoardScreen
from ui.discussion_bar import DiscussionBar
from ui.note_item import TOPIC_COLOR, NoteItem
from ui.participant_access import ParticipantAccess
from ui.topic_times import TopicTimesSheet

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)

TOPICS = {"Remote work": 3, "Tools": 2, "Budget": 1}


@pytest.fixture
def phones(access: ParticipantAccess) -> ParticipationService:
    """What phones reach: the participation service of the open session."""
    return access.participation


@pytest.fixture
def lean_coffee(service: WorkshopService) -> str:
    """A Lean Coffee board, shown, with voting open."""
    command = CreateBoard("lean_coffee")
    service.execute(command)
    service.execute(ShowBoard(command.board_id))
    service.execute(SetBoardControls(command.board_id, voting_open=True, vote_budget=5))
    return command.board_id


@pytest.fixture
def topics(phones: ParticipationService, lean_coffee: str) -> dict[str, str]:
    """Topics proposed from a phone and voted on by others: {text: note id}."""
    author, _ = phones.join("Aino")
    ids: dict[str, str] = {}
    for number, (text, votes) in enumerate(TOPICS.items()):
        note, _ = phones.add_note(author.id, text, f"topic-{number}", board_id=lean_coffee)
        ids[text] = note.id
        for _ in range(votes):
            voter, _ = phones.join()
            phones.vote(voter.id, note.id, lean_coffee)
    return ids


@pytest.fixture
def coffee_screen(
    open_screen: Callable[[], BoardScreen], lean_coffee: str, topics: dict[str, str]
) -> BoardScreen:
    board_screen = open_screen()
    board_screen.show_board(lean_coffee)
    return board_screen


def note(service: WorkshopService, note_id: str) -> Note:
    found = service.note(note_id)
    assert found is not None
    return found


def area_of(service: WorkshopService, note_id: str) -> str | None:
    cluster_id = note(service, note_id).cluster_id
    cluster = service.cluster(cluster_id) if cluster_id else None
    return cluster.title if cluster else None


def item(screen: BoardScreen, note_id: str) -> NoteItem:
    found = screen.view.board_scene().note_item(note_id)
    assert found is not None
    return found


def start(screen: BoardScreen) -> DiscussionBar:
    screen.participation_bar.discuss_button.click()
    band = screen.discussion_bar
    assert band.isVisible()
    return band


def render(scene: QGraphicsScene, rect: QRectF) -> QImage:
    image = QImage(round(rect.width()), round(rect.height()), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    return image


def focus_board(qtbot, screen: BoardScreen) -> None:
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.view.setFocus()


# The band ------------------------------------------------------------------------------


def test_the_band_shows_each_topic_in_vote_order_and_files_it_as_done(
    coffee_screen: BoardScreen, service: WorkshopService, topics: dict[str, str]
) -> None:
    screen = coffee_screen
    assert not screen.discussion_bar.isVisible()  # nothing under discussion yet
    assert screen.participation_bar.discuss_button.isVisible()

    band = start(screen)
    assert band.progress_label.text() == "Topic 1 of 3"
    assert band.topic_label.full_text() == "Remote work"
    assert band.votes_label.text() == "● 3 votes"
    assert "Next topic" in band.next_button.text()
    assert area_of(service, topics["Remote work"]) == "Discussing"
    # The band has the controls now; the bar's button would only start over.
    assert not screen.participation_bar.discuss_button.isVisible()

    band.next_button.click()
    assert area_of(service, topics["Remote work"]) == "Done"
    assert note(service, topics["Remote work"]).discussed
    assert band.progress_label.text() == "Topic 2 of 3"
    assert band.topic_label.full_text() == "Tools"
    assert band.votes_label.text() == "● 2 votes"

    band.next_button.click()
    assert band.topic_label.full_text() == "Budget"
    assert "Finish discussion" in band.next_button.text()
    band.next_button.click()
    assert not band.isVisible()
    assert all(note(service, i).discussed for i in topics.values())
    assert not service.timer.is_set  # nothing left to time


def test_each_topic_gets_its_time_and_keep_going_adds_the_extra(
    coffee_screen: BoardScreen, service: WorkshopService, lean_coffee: str, frozen: FakeClock
) -> None:
    service.execute(SetTopicTimes(lean_coffee, 300, 120), undoable=False)
    undo_before = service.undo_label
    band = start(coffee_screen)
    assert service.timer.remaining_at(frozen.now) == 300
    assert coffee_screen.timer.overlay.isVisible()
    assert band.extend_button.text().endswith("Keep going +2 min")

    frozen.advance(310)
    band.extend_button.click()
    assert service.timer.remaining_at(frozen.now) == pytest.approx(120)
    assert service.undo_label == undo_before  # a switch, like the timer: no undo step


def test_the_topic_under_discussion_is_ringed_and_discussed_ones_checked(
    coffee_screen: BoardScreen, topics: dict[str, str]
) -> None:
    screen = coffee_screen
    first = item(screen, topics["Remote work"])
    assert not first.is_topic and first.status_label() == ""
    start(screen).next_button.click()

    second = item(screen, topics["Tools"])
    assert second.is_topic
    assert second.status_label() == "Discussing"
    assert not first.is_topic
    assert first.status_label() == "Discussed"
    # A thick ring around the note, outside its own rectangle, at 100 %.
    rect = second.scene_note_rect()
    image = render(screen.view.board_scene(), rect.adjusted(-20, -20, 20, 20))
    assert image.pixelColor(10, round(rect.height() / 2) + 20) == QColor(TOPIC_COLOR)
    plain = item(screen, topics["Budget"]).scene_note_rect()
    image = render(screen.view.board_scene(), plain.adjusted(-20, -20, 20, 20))
    assert image.pixelColor(10, round(plain.height() / 2) + 20) != QColor(TOPIC_COLOR)


def test_deleting_the_topic_hides_the_band_and_undo_brings_it_back(
    coffee_screen: BoardScreen, service: WorkshopService, topics: dict[str, str]
) -> None:
    band = start(coffee_screen)
    service.execute(DeleteNotes((topics["Remote work"],)))
    assert not band.isVisible()
    assert coffee_screen.participation_bar.discuss_button.isVisible()  # to go on from here
    service.undo()
    assert band.isVisible() and band.topic_label.full_text() == "Remote work"
    assert item(coffee_screen, topics["Remote work"]).is_topic
    assert not coffee_screen.participation_bar.discuss_button.isVisible()


def test_discuss_now_takes_up_the_note_chosen(
    qtbot, coffee_screen: BoardScreen, service: WorkshopService, topics: dict[str, str]
) -> None:
    screen = coffee_screen
    screen.show_note_actions(topics["Budget"], QPoint(400, 400))
    sheet = screen.action_sheet
    assert isinstance(sheet, NoteActionSheet) and sheet.discuss_button is not None
    sheet.discuss_button.click()
    assert not sheet.isVisible()
    assert screen.discussion_bar.topic_label.full_text() == "Budget"
    assert area_of(service, topics["Budget"]) == "Discussing"

    # For the topic itself there is nothing to start.
    screen.show_note_actions(topics["Budget"], QPoint(400, 400))
    again = screen.action_sheet
    assert isinstance(again, NoteActionSheet) and again.discuss_button is not None
    assert not again.discuss_button.isEnabled()
    again.close()


def test_nothing_left_to_discuss_is_said_and_the_timer_is_left_alone(
    qtbot, coffee_screen: BoardScreen, service: WorkshopService, topics: dict[str, str]
) -> None:
    for note_id in topics.values():
        service.execute(DiscussTopic(note(service, note_id).board_id, note_id), undoable=False)
    coffee_screen.discussion_bar.next_button.click()  # the last one: the discussion ends
    coffee_screen.timer.controller.start_countdown(120)
    with qtbot.waitSignal(coffee_screen.errorOccurred) as refused:
        coffee_screen.participation_bar.discuss_button.click()
    assert str(refused.args[0]) == "No topics left to discuss on this board."
    assert service.timer.running


# The poll ------------------------------------------------------------------------------


def test_asking_the_room_shows_live_counts_and_the_result_stays_once_closed(
    qtbot, coffee_screen: BoardScreen, service: WorkshopService, phones: ParticipationService
) -> None:
    band = start(coffee_screen)
    assert not band.poll_row.isVisible()
    band.ask_button.click()
    poll = service.live_state.open_poll()
    assert poll is not None
    assert band.poll_row.isVisible()
    assert band.poll_heading.full_text() == "Continue with this topic?"
    assert not band.ask_button.isVisible() and band.close_poll_button.isVisible()
    participants = service.participant_count()
    assert band.answered_label.text() == f"0 of {participants} answered"

    people = [phones.join(name)[0] for name in ("Bo", "Chen", "Dana")]
    phones.answer_poll(people[0].id, poll.id, Thumb.UP)
    phones.answer_poll(people[1].id, poll.id, Thumb.DOWN)
    # The server answers phones on its own thread: the band hears of it all the same.
    answering = threading.Thread(target=phones.answer_poll, args=(people[2].id, poll.id, Thumb.UP))
    answering.start()
    answering.join()
    qtbot.waitUntil(lambda: band.tallies[Thumb.UP].count() == 2)
    assert band.tallies[Thumb.DOWN].count() == 1
    assert band.tallies[Thumb.SIDEWAYS].count() == 0
    assert band.tallies[Thumb.UP].accessibleName() == "Keep going: 2"
    assert band.answered_label.text() == f"3 of {participants + 3} answered"
    phones.answer_poll(people[1].id, poll.id, Thumb.SIDEWAYS)  # a change of mind
    assert band.tallies[Thumb.DOWN].count() == 0
    assert band.tallies[Thumb.SIDEWAYS].count() == 1

    band.close_poll_button.click()
    assert not service.live_state.polls[poll.id].is_open
    assert band.poll_row.isVisible()  # the result stays for the room to see
    assert band.poll_heading.full_text() == "Result:"
    assert band.tallies[Thumb.UP].count() == 2
    assert band.ask_button.isVisible() and not band.close_poll_button.isVisible()

    band.extend_button.click()  # the next move: the result has served
    assert not band.poll_row.isVisible()


def test_keep_going_closes_an_open_poll(
    coffee_screen: BoardScreen, service: WorkshopService
) -> None:
    band = start(coffee_screen)
    band.ask_button.click()
    band.extend_button.click()
    assert service.live_state.open_poll() is None
    assert not band.poll_row.isVisible()
    assert band.ask_button.isVisible()


def test_keys_ask_the_room_keep_going_and_move_to_the_next_topic(
    qtbot, coffee_screen: BoardScreen, service: WorkshopService, frozen: FakeClock
) -> None:
    band = start(coffee_screen)
    focus_board(qtbot, coffee_screen)
    QTest.keyClick(coffee_screen.view, Qt.Key.Key_Q)
    assert service.live_state.open_poll() is not None
    frozen.advance(400)
    QTest.keyClick(coffee_screen.view, Qt.Key.Key_K)
    assert service.live_state.open_poll() is None
    assert service.timer.remaining_at(frozen.now) == pytest.approx(180)
    QTest.keyClick(coffee_screen.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert band.progress_label.text() == "Topic 2 of 3"


def test_the_keys_do_nothing_while_no_topic_is_discussed(
    qtbot, coffee_screen: BoardScreen, service: WorkshopService
) -> None:
    focus_board(qtbot, coffee_screen)
    QTest.keyClick(coffee_screen.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(coffee_screen.view, Qt.Key.Key_Q)
    assert not coffee_screen.discussion_bar.isVisible()
    assert service.live_state.open_poll() is None
    assert not service.timer.is_set


# Settings --------------------------------------------------------------------------------


def test_the_band_menu_sets_the_topic_times_and_ends_the_discussion(
    coffee_screen: BoardScreen, service: WorkshopService, lean_coffee: str
) -> None:
    band = start(coffee_screen)
    band.more_button.click()
    sheet = band.topic_sheet
    assert isinstance(sheet, TopicTimesSheet) and sheet.isVisible()
    assert sheet.topic_value.text() == "6 min"
    sheet.steppers["topic-"].click()
    sheet.steppers["extend+"].click()
    discussion = service.live_state.discussion(lean_coffee)
    assert (discussion.topic_seconds, discussion.extend_seconds) == (300, 240)
    assert sheet.topic_value.text() == "5 min"
    assert band.extend_button.text().endswith("Keep going +4 min")

    sheet.end_button.click()
    assert not sheet.isVisible()
    assert not band.isVisible()
    assert service.live_state.discussion(lean_coffee).topic_id is None


# With the agenda and the room -------------------------------------------------------------


def test_the_agenda_band_gives_way_while_a_topic_is_discussed(
    coffee_screen: BoardScreen, service: WorkshopService, lean_coffee: str
) -> None:
    agenda = coffee_screen.agenda_bar
    steps = [p for p in service.phases() if p.board_id == lean_coffee]
    assert steps[-1].kind is PhaseKind.DISCUSSION
    for _ in steps:
        agenda.next_button.click()
    band = coffee_screen.discussion_bar
    assert band.isVisible() and band.topic_label.full_text() == "Remote work"
    # One main move at a time: "Next topic" is the blue button now.
    assert agenda.next_button.property("role") == ""
    assert band.next_button.property("role") == "primary"
    band.more_button.click()
    assert band.topic_sheet is not None
    band.topic_sheet.end_button.click()
    assert agenda.next_button.property("role") == "primary"


def test_the_audience_window_shows_the_topic_and_poll_without_controls(
    qtbot,
    coffee_screen: BoardScreen,
    service: WorkshopService,
    phones: ParticipationService,
    topics: dict[str, str],
) -> None:
    band = start(coffee_screen)
    band.ask_button.click()
    coffee_screen.toggle_audience_window()
    window = coffee_screen.audience_window
    assert isinstance(window, AudienceWindow)
    qtbot.waitExposed(window)
    try:
        room = window.discussion_bar
        assert room.isVisible()
        assert room.topic_label.full_text() == "Remote work"
        assert not any(b.isVisible() for b in (*room.buttons, room.close_poll_button))
        poll = service.live_state.open_poll()
        assert poll is not None
        voter, _ = phones.join("Eino")
        phones.answer_poll(voter.id, poll.id, Thumb.DOWN)
        assert room.tallies[Thumb.DOWN].count() == 1
        topic = window.view.board_scene().note_item(topics["Remote work"])
        assert topic is not None and topic.is_topic
    finally:
        coffee_screen.close_audience_window()


def test_starting_a_discussion_phase_shows_its_board_and_first_topic(
    qtbot,
    open_screen: Callable[[], BoardScreen],
    service: WorkshopService,
    lean_coffee: str,
    topics: dict[str, str],
) -> None:
    screen = open_screen()
    screen.show_board(service.boards()[0].id)
    command = AddPhase("Discuss", lean_coffee, 1800, kind=PhaseKind.DISCUSSION)
    service.execute(command)
    service.execute(StartPhase(command.phase_id), undoable=False)
    qtbot.waitUntil(lambda: screen.view.board_id() == lean_coffee)
    assert screen.discussion_bar.isVisible()
    assert screen.discussion_bar.topic_label.full_text() == "Remote work"
