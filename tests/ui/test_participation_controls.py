"""The facilitator's participation controls, moderation, and how phone notes look on the board."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene, QLabel

from facilitator.commands import CreateBoard, CreateCluster, CreateNote
from facilitator.domain import BoardState, Note, VoteTarget
from facilitator.participation import ModerateNotes, SetBoardControls
from facilitator.services.participation import ParticipationService
from facilitator.services.workshop import WorkshopService
from ui import board_scene
from ui.action_sheet import NoteActionSheet
from ui.board_overview import BACK_KEY, MODERATED_KEY, NoteOverviewItem
from ui.board_screen import BoardScreen
from ui.note_item import NoteItem

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)


@pytest.fixture
def participation(service: WorkshopService):
    participation_service = ParticipationService(service)
    yield participation_service
    participation_service.close()


@pytest.fixture
def scene(service, bridge, board_id) -> board_scene.BoardScene:
    board_scene_ = board_scene.BoardScene(service, bridge)
    board_scene_.show_board(board_id)
    return board_scene_


def votes_of(item: NoteItem) -> int | None:
    return item.votes


def board(service: WorkshopService, board_id: str):
    found = service.board(board_id)
    assert found is not None
    return found


def phone_note(participation: ParticipationService, text: str, name: str = "Aino") -> Note:
    participant, _ = participation.join(name)
    note, _ = participation.add_note(participant.id, text, f"client-{text}")
    return note


# Switches -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("switch", "field", "initial"),
    [
        ("input_switch", "input_open", True),
        ("hidden_switch", "hidden_mode", False),
        ("voting_switch", "voting_open", False),
        ("results_switch", "results_visible", False),
    ],
)
def test_each_switch_sets_its_board_control_without_an_undo_step(
    screen, service, switch, field, initial
):
    board_id = service.boards()[0].id
    bar = screen.participation_bar
    button = getattr(bar, switch)
    assert button.isChecked() is initial
    undo_before = service.undo_label

    button.click()

    assert getattr(board(service, board_id), field) is (not initial)
    assert button.isChecked() is (not initial)
    assert service.undo_label == undo_before  # a setting, not an edit: Undo leaves it alone
    assert button.accessibleName()

    # Changed from elsewhere (e.g. another window), the switch follows.
    service.execute(SetBoardControls(board_id, **{field: initial}), undoable=False)
    assert button.isChecked() is initial


def test_switch_text_says_the_state_in_words_and_with_a_dot(screen):
    switch = screen.participation_bar.input_switch
    assert switch.text() == "●  Input open"
    switch.click()
    assert switch.text() == "○  Input closed"


def test_lock_switch_locks_and_unlocks(screen, service, board_id):
    lock = screen.participation_bar.lock_switch
    lock.click()
    assert board(service, board_id).state is BoardState.LOCKED
    assert lock.isChecked()
    lock.click()
    assert board(service, board_id).state is BoardState.OPEN


def test_voting_details_show_once_voting_starts(screen):
    bar = screen.participation_bar
    assert not bar.sort_button.isVisible()
    bar.voting_switch.click()
    assert all(widget.isVisible() for widget in bar.voting_details)


def test_budget_stepper_stays_between_one_and_twenty(screen, service, board_id):
    bar = screen.participation_bar
    bar.voting_switch.click()
    assert bar.budget_label.text() == "3 votes"
    bar.more_votes_button.click()
    assert board(service, board_id).vote_budget == 4
    assert bar.budget_label.text() == "4 votes"
    for _ in range(3):
        bar.fewer_votes_button.click()
    assert board(service, board_id).vote_budget == 1
    assert not bar.fewer_votes_button.isEnabled()
    service.execute(SetBoardControls(board_id, vote_budget=20), undoable=False)
    assert not bar.more_votes_button.isEnabled()
    assert bar.budget_label.text() == "20 votes"


def test_vote_target_choice_and_locked_once_votes_are_cast(
    screen, service, board_id, participation
):
    bar = screen.participation_bar
    bar.voting_switch.click()
    assert bar.notes_target_button.isChecked()
    bar.clusters_target_button.click()
    assert board(service, board_id).vote_target is VoteTarget.CLUSTERS
    bar.notes_target_button.click()
    assert board(service, board_id).vote_target is VoteTarget.NOTES

    service.execute(CreateNote(board_id, "Idea"))
    note = service.notes_on(board_id)[0]
    voter, _ = participation.join("Voter")
    participation.vote(voter.id, note.id)
    assert not bar.clusters_target_button.isEnabled()
    assert bar.sort_button.isEnabled()


# Reveal and sorting -----------------------------------------------------------------


def test_reveal_shows_how_many_notes_are_face_down_and_is_undoable(
    screen, service, board_id, participation
):
    bar = screen.participation_bar
    assert not bar.reveal_button.isVisible()
    bar.hidden_switch.click()
    assert bar.reveal_button.isVisible()
    assert bar.reveal_button.text() == "Reveal (0)"
    assert not bar.reveal_button.isEnabled()

    phone_note(participation, "First", "A")
    phone_note(participation, "Second", "B")
    assert bar.face_down_count() == 2
    assert bar.reveal_button.text() == "Reveal (2)"
    assert bar.reveal_button.isEnabled()

    bar.reveal_button.click()
    assert not any(n.face_down for n in service.notes_on(board_id))
    assert not board(service, board_id).hidden_mode
    assert not bar.hidden_switch.isChecked()
    assert not bar.reveal_button.isVisible()

    screen.undo_button.click()
    assert all(n.face_down for n in service.notes_on(board_id))
    assert bar.reveal_button.text() == "Reveal (2)"
    assert bar.hidden_switch.isChecked()


def test_sort_by_votes_lays_out_most_voted_first_as_one_undo_step(
    screen, service, board_id, participation
):
    for x in (0, 250, 500):
        service.execute(CreateNote(board_id, f"Note {x}", x=x, y=0))
    notes = service.notes_on(board_id)
    service.execute(SetBoardControls(board_id, voting_open=True), undoable=False)
    voter, _ = participation.join("Voter")
    participation.vote(voter.id, notes[2].id)
    participation.vote(voter.id, notes[2].id)
    participation.vote(voter.id, notes[1].id)

    screen.participation_bar.sort_button.click()

    ordered = sorted(service.notes_on(board_id), key=lambda n: (n.y, n.x))
    assert [n.id for n in ordered] == [notes[2].id, notes[1].id, notes[0].id]
    assert service.undo_label == "Sort by votes"
    service.undo()
    assert {(n.x, n.y) for n in service.notes_on(board_id)} == {(0, 0), (250, 0), (500, 0)}


# Phones follow the board on screen ----------------------------------------------------


def test_switching_tabs_shows_that_board_on_phones_without_an_undo_step(screen, service):
    service.execute(CreateBoard("swot"))
    first, second = (b.id for b in service.boards())
    undo_before = service.undo_label
    screen.tabs.button(second).click()
    assert service.workshop.current_board_id == second
    screen.tabs.button(first).click()
    assert service.workshop.current_board_id == first
    assert service.undo_label == undo_before


def test_the_screen_opens_on_the_board_phones_are_on(qtbot, service, bridge):
    service.execute(CreateBoard("swot"))
    second = service.boards()[1].id
    service.execute(SetBoardControls(second, input_open=True), undoable=False)
    from facilitator.participation import ShowBoard

    service.execute(ShowBoard(second), undoable=False)
    screen = BoardScreen(service, bridge)
    qtbot.addWidget(screen)
    assert screen.view.board_id() == second


def test_phones_follow_when_a_deleted_board_makes_the_screen_move(qtbot, screen, service):
    service.execute(CreateBoard("swot"))
    first, second = (b.id for b in service.boards())
    screen.tabs.button(second).click()
    screen.delete_board()
    assert screen.dialog is not None
    screen.dialog.accept()
    assert screen.view.board_id() == first
    qtbot.waitUntil(lambda: service.workshop.current_board_id == first)


# Moderation -------------------------------------------------------------------------


def open_sheet(screen: BoardScreen, note_id: str) -> NoteActionSheet:
    screen.show_note_actions(note_id, QPoint(100, 100))
    sheet = screen.action_sheet
    assert isinstance(sheet, NoteActionSheet)
    return sheet


def test_hide_from_everyone_and_show_again_from_the_note_sheet(screen, service, board_id):
    service.execute(CreateNote(board_id, "Off topic"))
    note_id = service.notes_on(board_id)[0].id

    sheet = open_sheet(screen, note_id)
    assert sheet.moderate_button.accessibleName() == "Hide from everyone"
    sheet.moderate_button.click()
    note = service.note(note_id)
    assert note is not None and note.moderated
    assert service.undo_label == "Hide or restore notes"

    sheet = open_sheet(screen, note_id)
    assert sheet.moderate_button.accessibleName() == "Show again"
    sheet.moderate_button.click()
    note = service.note(note_id)
    assert note is not None and not note.moderated

    service.undo()
    note = service.note(note_id)
    assert note is not None and note.moderated


def test_hiding_several_selected_notes_at_once(screen, service, board_id):
    for text in ("One", "Two"):
        service.execute(CreateNote(board_id, text))
    ids = [n.id for n in service.notes_on(board_id)]
    screen.view.select_notes(ids)
    sheet = open_sheet(screen, ids[0])
    sheet.moderate_button.click()
    assert all(n.moderated for n in service.notes_on(board_id))


# How notes look ---------------------------------------------------------------------


def render_item(item: NoteItem) -> QImage:
    scene = QGraphicsScene()
    scene.addItem(item)
    rect = QRectF(-20, -30, 240, 200)
    image = QImage(240, 200, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    scene.removeItem(item)
    return image


def note_with(service: WorkshopService, board_id: str, text: str, **changes) -> Note:
    from dataclasses import replace

    service.execute(CreateNote(board_id, text))
    note = next(n for n in service.notes_on(board_id) if n.text == text)
    return replace(note, **changes)


def test_face_down_notes_never_draw_their_text(qtbot, service, board_id):
    from dataclasses import replace

    secret = note_with(service, board_id, "Salary of the CEO", face_down=True)
    other = replace(secret, text="Something else entirely")

    face_down_a = render_item(NoteItem(secret))
    face_down_b = render_item(NoteItem(other))
    face_up = render_item(NoteItem(replace(secret, face_down=False)))

    # Two different texts face down look exactly alike: the text is not drawn.
    assert face_down_a == face_down_b
    assert face_down_a != face_up


def test_face_down_note_keeps_its_back_when_other_things_change(service, board_id):
    from dataclasses import replace

    secret = note_with(service, board_id, "Secret", face_down=True)
    item = NoteItem(secret)
    before = render_item(item)
    item.set_note(replace(secret, text="Edited secret"))
    assert render_item(item) == before
    item.set_note(replace(secret, face_down=False))
    assert render_item(item) != before


def test_moderated_notes_look_struck_through_and_marked(service, board_id):
    from dataclasses import replace

    note = note_with(service, board_id, "Rude remark")
    normal = render_item(NoteItem(note))
    hidden = render_item(NoteItem(replace(note, moderated=True)))
    assert normal != hidden


def test_vote_badges_show_only_while_results_are_visible(
    qtbot, screen, service, board_id, participation
):
    service.execute(CreateNote(board_id, "Popular"))
    note_id = service.notes_on(board_id)[0].id
    service.execute(CreateCluster(board_id, "Theme", 500, 0, 400, 300))
    cluster_id = service.clusters_on(board_id)[0].id
    service.execute(SetBoardControls(board_id, voting_open=True), undoable=False)
    voter, _ = participation.join("Voter")
    participation.vote(voter.id, note_id)
    participation.vote(voter.id, note_id)
    scene = screen.view.board_scene()
    item = scene.note_item(note_id)
    assert item is not None
    assert votes_of(item) is None

    screen.participation_bar.results_switch.click()
    assert votes_of(item) == 2
    participation.vote(voter.id, note_id)
    assert votes_of(item) == 3
    participation.retract_vote(voter.id, note_id)
    assert votes_of(item) == 2
    cluster = scene.cluster_item(cluster_id)
    assert cluster is not None and cluster.votes is None

    screen.participation_bar.results_switch.click()
    assert votes_of(item) is None


def test_cluster_votes_show_on_the_cluster(screen, service, board_id, participation):
    service.execute(CreateCluster(board_id, "Theme", 0, 0, 400, 300))
    cluster_id = service.clusters_on(board_id)[0].id
    service.execute(
        SetBoardControls(
            board_id, voting_open=True, vote_target=VoteTarget.CLUSTERS, results_visible=True
        ),
        undoable=False,
    )
    voter, _ = participation.join("Voter")
    participation.vote(voter.id, cluster_id)
    cluster = screen.view.board_scene().cluster_item(cluster_id)
    assert cluster is not None and cluster.votes == 1


def test_overview_draws_face_down_and_hidden_notes_apart(service, board_id):
    secret = note_with(service, board_id, "Secret", face_down=True)
    from dataclasses import replace

    hidden = replace(note_with(service, board_id, "Hidden"), moderated=True)
    overview = NoteOverviewItem()
    overview.reset([secret, hidden])
    assert overview._placed[secret.id][0] == BACK_KEY
    assert overview._placed[hidden.id][0] == MODERATED_KEY


# Arrival cue ------------------------------------------------------------------------


def test_notes_from_phones_get_an_arrival_cue_that_fades(qtbot, monkeypatch, scene, participation):
    monkeypatch.setattr(board_scene, "ARRIVAL_CUE_MS", 30)
    note = phone_note(participation, "From a phone")
    item = scene.note_item(note.id)
    assert item is not None
    assert scene.arrival_cues() == [note.id]
    assert item.glow > 0.0
    qtbot.waitUntil(lambda: not scene.arrival_cues())
    assert item.glow == 0.0


def test_no_arrival_cue_for_the_facilitators_notes_or_undo_and_redo(
    scene, service, board_id, participation
):
    service.execute(CreateNote(board_id, "Mine"))
    assert scene.arrival_cues() == []
    note = phone_note(participation, "Theirs")
    assert scene.arrival_cues() == [note.id]
    # The cue ends with its note: nothing keeps running for a note that is gone.
    service.undo()
    assert scene.arrival_cues() == []
    service.redo()
    assert scene.note_item(note.id) is not None
    assert scene.arrival_cues() == []
    another = phone_note(participation, "Later", "Eero")
    assert scene.arrival_cues() == [another.id]
    scene.show_board(None)
    assert scene.arrival_cues() == []


def test_phone_notes_land_beside_existing_notes_not_on_them(service, board_id, participation):
    service.execute(CreateNote(board_id, "Already here", x=0, y=0))
    mine = service.notes_on(board_id)[0]
    theirs = phone_note(participation, "Arriving")
    overlap = QRectF(mine.x, mine.y, mine.width, mine.height).intersects(
        QRectF(theirs.x, theirs.y, theirs.width, theirs.height)
    )
    assert not overlap
    service.undo()
    assert service.note(theirs.id) is None


def test_moderate_command_reaches_the_item(scene, service, board_id):
    service.execute(CreateNote(board_id, "Rude"))
    note_id = service.notes_on(board_id)[0].id
    service.execute(ModerateNotes((note_id,), hidden=True))
    item = scene.note_item(note_id)
    assert item is not None and item.note.moderated


def test_face_down_notes_cannot_be_read_through_the_sheet_or_the_editor(
    qtbot, screen, service, participation
):
    board_id = service.boards()[0].id
    service.execute(SetBoardControls(board_id, hidden_mode=True), undoable=False)
    note = phone_note(participation, "Confidential")
    sheet = open_sheet(screen, note.id)
    texts = [label.text() for label in sheet.findChildren(QLabel)]
    assert not any("Confidential" in text for text in texts)
    assert sheet.edit_button is not None and not sheet.edit_button.isEnabled()
    sheet.close()
    with qtbot.waitSignal(screen.noticeRequested):
        screen.edit_note(note.id)
    assert screen.dialog is None
