"""The join screen and the corner badge: what people scan, read and type to take part."""

from __future__ import annotations

import pytest
import qrcode
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtTest import QTest

from facilitator.join_codes import display_join_code
from facilitator.participation import SetBoardControls
from facilitator.server.runner import ServerError
from facilitator.services.workshop import WorkshopService
from ui.board_screen import BoardScreen
from ui.join_badge import MODULE_PX, JoinBadge
from ui.join_screen import JoinScreen
from ui.participant_access import PUBLIC_URL_KEY, ParticipantAccess
from ui.qr_code import QrCodeView, qr_image, qr_matrix

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)

URL = "http://192.168.1.20:8765/j/ABCD-EFGH"


def open_join_screen(screen: BoardScreen) -> JoinScreen:
    screen.show_join_screen()
    join = screen.join_screen
    assert join is not None and join.isVisible()
    return join


def code_of(service: WorkshopService) -> str:
    return display_join_code(service.workshop.join_code)


# The QR code ----------------------------------------------------------------------


def qrcode_reference(text: str) -> list[list[bool]]:
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(text)
    code.make(fit=True)
    return [[bool(cell) for cell in row] for row in code.get_matrix()]


def sample_modules(image: QImage, left: int, top: int, module: int, count: int) -> list[list[bool]]:
    """Read a drawn QR code back, one pixel from the middle of each module."""
    return [
        [
            QColor(
                image.pixel(left + x * module + module // 2, top + y * module + module // 2)
            ).lightness()
            < 128
            for x in range(count)
        ]
        for y in range(count)
    ]


def test_qr_matrix_is_the_qrcode_librarys_with_its_quiet_zone():
    matrix = qr_matrix(URL)
    assert [list(row) for row in matrix] == qrcode_reference(URL)
    assert not any(matrix[0]) and not any(row[0] for row in matrix)  # quiet zone kept


def test_qr_image_draws_exactly_the_matrix_dark_on_white():
    image = qr_image(URL, 3)
    count = len(qr_matrix(URL))
    assert image.width() == image.height() == count * 3
    assert sample_modules(image, 0, 0, 3, count) == qrcode_reference(URL)
    assert QColor(image.pixel(0, 0)) == QColor("white")


def test_qr_view_draws_whole_pixel_modules_of_the_url(qtbot):
    view = QrCodeView()
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.set_text(URL)
    count = view.module_count()
    module = view.module_size()
    assert module == 400 // count
    rect = view.code_rect()
    image = view.grab().toImage()
    assert sample_modules(image, rect.left(), rect.top(), module, count) == qrcode_reference(URL)


# The join screen -------------------------------------------------------------------


def test_join_screen_shows_the_code_the_link_and_a_qr_code_of_the_link(screen, service, access):
    join = open_join_screen(screen)
    url = access.join_url()
    assert url == f"http://192.168.1.20:8765/j/{code_of(service)}"
    assert join.qr.text() == url
    assert join.qr.matrix() == qr_matrix(url)
    assert join.code_label.text() == code_of(service)
    assert join.link_label.text().replace("\u200b", "").replace("\u2060", "") == url
    assert join.link_label.textFormat() == Qt.TextFormat.PlainText
    # Large enough to scan from the back of the room: most of the screen's height.
    assert join.geometry() == screen.rect()
    assert join.qr.code_rect().height() >= 0.8 * screen.height()
    assert join.qr.module_size() >= 20


def test_participant_count_follows_people_joining(qtbot, screen, access):
    join = open_join_screen(screen)
    assert join.count_label.text() == "0 people joined"
    access.participation.join("Aino")
    qtbot.waitUntil(lambda: join.count_label.text() == "1 people joined")
    access.participation.join(None)
    qtbot.waitUntil(lambda: join.count_label.text() == "2 people joined")
    assert screen.participation_bar.invite_button.text() == "Invite · 2 joined"


def test_copy_link_puts_the_link_on_the_clipboard(qtbot, screen, access):
    join = open_join_screen(screen)
    QGuiApplication.clipboard().clear()
    with qtbot.waitSignal(screen.noticeRequested) as notice:
        join.copy_button.click()
    assert QGuiApplication.clipboard().text() == access.join_url()
    assert access.join_url() in notice.args[0]


def test_dismissed_by_esc_close_button_or_a_tap_outside_the_controls(qtbot, screen):
    join = open_join_screen(screen)
    QTest.keyClick(join, Qt.Key.Key_Escape)
    assert not join.isVisible()

    join = open_join_screen(screen)
    join.close_button.click()
    assert not join.isVisible()

    join = open_join_screen(screen)
    # A tap on a control does what the control does, and leaves the screen open.
    QTest.mouseClick(join.public_edit, Qt.MouseButton.LeftButton)
    assert join.isVisible()
    # A tap on the QR code (anything that is not a control) closes it.
    with qtbot.waitSignal(join.dismissed):
        QTest.mouseClick(join.qr, Qt.MouseButton.LeftButton, pos=join.qr.rect().center())
    assert not join.isVisible()


def test_esc_closes_the_join_screen_before_leaving_presentation(qtbot, screen):
    # The badge stays on the board while presenting, so the join screen opens over it.
    screen.set_presenting(True)
    join = open_join_screen(screen)
    qtbot.waitUntil(join.hasFocus)

    QTest.keyClick(join, Qt.Key.Key_Escape)

    assert not join.isVisible()
    assert screen.presenting


def test_address_picker_offers_each_network_with_the_default_chosen(screen, access, network):
    join = open_join_screen(screen)
    assert list(join.address_buttons) == ["192.168.1.20", "10.0.0.5"]
    assert join.address_buttons["192.168.1.20"].isChecked()
    assert "wlan0" in join.address_buttons["192.168.1.20"].text()
    assert join.address_caption.isVisible()

    join.address_buttons["10.0.0.5"].click()
    assert access.join_url().startswith("http://10.0.0.5:8765/j/")
    assert join.qr.text() == access.join_url()
    assert screen.join_badge is not None
    assert screen.join_badge.qr.text() == access.join_url()


def test_no_address_picker_with_a_single_network(qtbot, service, bridge, network, preferences):
    network.addresses = network.addresses[:1]
    access = ParticipantAccess(service, bridge, network.setup(), preferences)
    access.start()
    screen = BoardScreen(service, bridge, access=access)
    qtbot.addWidget(screen)
    screen.show()
    join = open_join_screen(screen)
    assert not join.address_caption.isVisible()
    assert not any(b.isVisible() for b in join.address_buttons.values())
    access.stop()


def test_public_url_is_checked_used_for_the_link_and_remembered(
    screen, access, network, preferences, bridge
):
    service = access.participation.workshop
    join = open_join_screen(screen)
    join.public_edit.setText("not a link")
    join.use_public_button.click()
    assert join.public_error.isVisible()
    assert access.public_url is None

    join.public_edit.setText("https://workshop.example.org/")
    join.use_public_button.click()
    assert not join.public_error.isVisible()
    url = f"https://workshop.example.org/j/{code_of(service)}"
    assert access.join_url() == url
    assert network.servers[-1].public_url == "https://workshop.example.org"
    assert join.qr.text() == url
    # Remote people do not pick a room network.
    assert not join.address_caption.isVisible()
    assert QSettings(preferences.fileName(), QSettings.Format.IniFormat).value(PUBLIC_URL_KEY) == (
        "https://workshop.example.org"
    )

    # The next session starts with it.
    again = ParticipantAccess(service, bridge, network.setup(), preferences)
    again.start()
    assert again.join_url() == url
    again.stop()

    join.clear_public_button.click()
    assert access.public_url is None
    assert access.join_url().startswith("http://192.168.1.20:8765/")
    assert preferences.value(PUBLIC_URL_KEY) == ""


def test_public_url_from_the_command_line_wins_over_the_saved_one(
    service, bridge, network, preferences
):
    preferences.setValue(PUBLIC_URL_KEY, "https://saved.example.org")
    access = ParticipantAccess(
        service, bridge, network.setup("https://cli.example.org"), preferences
    )
    access.start()
    assert access.join_url().startswith("https://cli.example.org/j/")
    access.stop()


def test_when_the_server_cannot_start_the_screen_says_why(
    qtbot, service, bridge, network, preferences
):
    network.failure = ServerError("Ports {first} to {last} are all in use.", first=1, last=2)
    access = ParticipantAccess(service, bridge, network.setup(), preferences)
    assert not access.start()
    assert access.join_url() == ""
    assert "Ports 1 to 2 are all in use." in access.error_text()
    screen = BoardScreen(service, bridge, access=access)
    qtbot.addWidget(screen)
    screen.show()
    join = open_join_screen(screen)
    assert not join.qr.isVisible()
    assert join.offline_label.isVisible()
    assert "Ports 1 to 2" in join.offline_label.text()
    assert join.code_label.text() == code_of(service)
    assert not join.copy_button.isEnabled()
    # No badge either: it would advertise a link that does not work.
    assert screen.join_badge is not None and not screen.join_badge.isVisible()
    access.stop()


# The badge ----------------------------------------------------------------------


def badge_of(screen: BoardScreen) -> JoinBadge:
    assert screen.join_badge is not None
    return screen.join_badge


def test_badge_shows_a_small_scannable_qr_the_short_link_and_the_code(screen, access, service):
    badge = badge_of(screen)
    assert badge.isVisible()
    assert badge.qr.text() == access.join_url()
    assert badge.qr.module_size() == MODULE_PX
    assert badge.code_label.text() == code_of(service)
    assert badge.link_label.text().replace("\u200b", "").replace("\u2060", "") == (
        access.short_link()
    )
    assert not access.short_link().startswith("http")
    # Over the canvas, in its top right corner: never over the tool bar.
    assert badge.parentWidget() == screen.view
    assert badge.geometry().right() < screen.view.width()
    assert badge.geometry().top() < screen.view.height() // 2


def test_badge_shows_only_while_the_board_takes_notes(screen, service, board_id):
    badge = badge_of(screen)
    service.execute(SetBoardControls(board_id, input_open=False), undoable=False)
    assert not badge.isVisible()
    service.execute(SetBoardControls(board_id, input_open=True), undoable=False)
    assert badge.isVisible()
    service.execute(SetBoardControls(board_id, locked=True), undoable=False)
    assert not badge.isVisible()
    screen.participation_bar.lock_switch.click()
    assert badge.isVisible()


def test_tapping_the_badge_opens_the_join_screen(qtbot, screen):
    badge = badge_of(screen)
    QTest.mouseClick(badge, Qt.MouseButton.LeftButton, pos=badge.rect().center())
    assert screen.join_screen is not None and screen.join_screen.isVisible()


def test_board_fits_beside_the_badge_not_under_it(screen, service, board_id):
    from facilitator.commands import CreateNote

    for x in range(0, 4000, 250):
        service.execute(CreateNote(board_id, "Wide", x=x, y=0))
    screen.view.zoom_to_fit()
    badge = badge_of(screen)
    right_note = max(screen.view.board_scene().note_items(), key=lambda i: i.x())
    on_screen = screen.view.mapFromScene(right_note.scene_note_rect().topRight())
    assert on_screen.x() < badge.geometry().left()


def test_invite_button_opens_the_join_screen(screen):
    screen.participation_bar.invite_button.click()
    assert screen.join_screen is not None and screen.join_screen.isVisible()
