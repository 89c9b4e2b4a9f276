"""The join screen: a QR code to scan from across the room, the link and the join code.

It covers the whole window rather than opening a window of its own: when the
facilitator shares only the app's window into a video call, remote people see
it too. Everything the room reads is large: the QR code fills most of the
height and keeps its quiet zone, the code is readable from the back row. A tap
anywhere outside the controls, Esc or Close dismisses it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QGuiApplication, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.controls import TOUCH_COMFORT, plain_label, touch_button, with_glyph
from ui.cover import Cover, TapShield
from ui.participant_access import ParticipantAccess
from ui.qr_code import QrCodeView

SIDE_COLUMN_WIDTH = 800
MAX_ADDRESS_CHOICES = 4
_BREAK = "\u200b"  # lets a long link wrap after a slash instead of overflowing


_JOIN = "\u2060"  # word joiner: no line break after the code's dash

CODE_MAX_PX = 128


def breakable(url: str) -> str:
    """A link with invisible break opportunities after each ``/`` (never inside the code)."""
    return url.replace("/", "/" + _BREAK).replace("-", "-" + _JOIN)


class JoinScreen(Cover):
    noticeRequested = Signal(str)

    def __init__(self, access: ParticipantAccess, parent: QWidget) -> None:
        super().__init__(parent, "joinScreen")
        self.setAccessibleName(self.tr("Join screen"))
        self._access = access

        self.qr = QrCodeView()
        self.qr.setAccessibleName(self.tr("QR code to join"))
        self.offline_label = plain_label("", "joinOffline", wrap=True)
        self.offline_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.offline_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self.heading = plain_label(self.tr("Join on your phone"), "joinHeading", wrap=True)
        self.instructions = plain_label(
            self.tr("Scan the code with your phone's camera, or open this link:"),
            "joinText",
            wrap=True,
        )
        self.link_label = plain_label("", "joinLink", wrap=True)
        self.code_caption = plain_label(self.tr("Join code"), "joinText")
        self.code_label = plain_label("", "joinCode")
        self.code_label.setMinimumWidth(1)
        self.code_label.setAccessibleName(self.tr("Join code"))
        self.count_label = plain_label("", "joinCount", wrap=True)
        self.copy_button = touch_button(
            with_glyph("❐", self.tr("Copy link")),
            self.tr("Copy link"),
            self.tr("Copy the link, e.g. to paste it into the video call's chat"),
            role="primary",
        )
        self.close_button = touch_button(
            with_glyph("✕", self.tr("Close")),
            self.tr("Close the join screen"),
            self.tr("Close (Esc)"),
        )
        for button in (self.copy_button, self.close_button):
            button.setMinimumHeight(TOUCH_COMFORT)
        self.copy_button.clicked.connect(self.copy_link)
        self.close_button.clicked.connect(self.dismiss)

        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)

        side = QVBoxLayout()
        side.setSpacing(14)
        side.addWidget(self.heading)
        side.addWidget(self.instructions)
        side.addWidget(self.link_label)
        side.addSpacing(12)
        side.addWidget(self.code_caption)
        side.addWidget(self.code_label)
        side.addSpacing(4)
        side.addWidget(self.count_label)
        side.addSpacing(12)
        side.addLayout(buttons)
        side.addStretch(1)
        side.addWidget(self._build_settings())
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMaximumWidth(SIDE_COLUMN_WIDTH)
        side_widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(40, 40, 48, 40)
        layout.setSpacing(48)
        layout.addWidget(self.qr, 1)
        layout.addWidget(self.offline_label, 1)
        layout.addWidget(side_widget)

        access.linkChanged.connect(self._show_link)
        access.participantCountChanged.connect(self._show_count)
        self._show_link()
        self._show_count(access.participant_count())

    def _build_settings(self) -> TapShield:
        # A tap that misses the link's controls must not close the screen.
        panel = TapShield()
        panel.setObjectName("joinSettings")
        panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)

        self.address_caption = plain_label(self.tr("Network for people in the room"), "muted")
        self.address_row = QHBoxLayout()
        self.address_row.setSpacing(8)
        self._address_group = QButtonGroup(self)
        self._address_group.setExclusive(True)
        self.address_buttons: dict[str, QPushButton] = {}
        layout.addWidget(self.address_caption)
        layout.addLayout(self.address_row)

        self.public_caption = plain_label(
            self.tr("Public link for remote participants (a tunnel or reverse proxy)"),
            "muted",
            wrap=True,
        )
        self.public_edit = QLineEdit()
        self.public_edit.setPlaceholderText(self.tr("https://…"))
        self.public_edit.setAccessibleName(self.tr("Public link for remote participants"))
        self.public_edit.setClearButtonEnabled(True)
        self.public_edit.returnPressed.connect(self.apply_public_url)
        self.public_caption.setBuddy(self.public_edit)
        self.use_public_button = touch_button(
            self.tr("Use"), self.tr("Use this public link"), keeps_focus_elsewhere=False
        )
        self.use_public_button.clicked.connect(self.apply_public_url)
        self.clear_public_button = touch_button(
            self.tr("Local"),
            self.tr("Stop using the public link"),
            self.tr("Point the code at this computer's own network address again"),
            keeps_focus_elsewhere=False,
        )
        self.clear_public_button.clicked.connect(self.clear_public_url)
        public_row = QHBoxLayout()
        public_row.setSpacing(8)
        public_row.addWidget(self.public_edit, 1)
        public_row.addWidget(self.use_public_button)
        public_row.addWidget(self.clear_public_button)
        self.public_error = plain_label("", "fieldError", wrap=True)
        self.public_error.hide()
        layout.addWidget(self.public_caption)
        layout.addLayout(public_row)
        layout.addWidget(self.public_error)
        self.public_edit.setText(self._access.public_url or "")
        return panel

    # Showing --------------------------------------------------------------------

    def present(self) -> None:
        """Look at the network again (the laptop may have moved), then cover the parent."""
        self._access.refresh_addresses()
        super().present()

    def _show_link(self) -> None:
        url = self._access.join_url()
        self.qr.set_text(url)
        self.qr.setVisible(bool(url))
        self.offline_label.setVisible(not url)
        self.offline_label.setText(self._access.error_text())
        self.instructions.setVisible(bool(url))
        self.link_label.setVisible(bool(url))
        self.link_label.setText(breakable(url))
        self.link_label.setAccessibleName(url)
        self.qr.setAccessibleDescription(url)
        self.copy_button.setEnabled(bool(url))
        self.code_label.setText(self._access.code)
        self._show_addresses()
        self.clear_public_button.setEnabled(self._access.public_url is not None)

    def _show_addresses(self) -> None:
        choices = self._access.addresses()[:MAX_ADDRESS_CHOICES]
        wanted = [a.address for a in choices]
        if list(self.address_buttons) != wanted:
            for button in self.address_buttons.values():
                self._address_group.removeButton(button)
                self.address_row.removeWidget(button)
                button.deleteLater()
            self.address_buttons = {}
            for choice in choices:
                text = self.tr("{interface} · {address}").format(
                    interface=choice.interface, address=choice.address
                )
                button = touch_button(text, text, role="choice", checkable=True)
                button.toggled.connect(
                    lambda on, b=button, t=text: b.setText(with_glyph("✓", t) if on else t)
                )
                button.clicked.connect(
                    lambda _=False, address=choice.address: self._access.set_address(address)
                )
                self._address_group.addButton(button)
                self.address_row.addWidget(button)
                self.address_buttons[choice.address] = button
            self.address_row.addStretch(1)
        for address, button in self.address_buttons.items():
            button.setChecked(address == self._access.address)
        # Only a choice when there is one to make, and not while remote people use the public link.
        several = len(choices) > 1 and self._access.public_url is None
        self.address_caption.setVisible(several)
        for button in self.address_buttons.values():
            button.setVisible(several)

    def _fit_code(self) -> None:
        """The code as large as the column allows, up to :data:`CODE_MAX_PX`."""
        font = QFont(self.code_label.font())
        font.setBold(True)
        font.setPixelSize(CODE_MAX_PX)
        width = QFontMetricsF(font).horizontalAdvance(self.code_label.text() or "M")
        room = max(self.code_label.width(), 1) - 8
        size = max(24, min(CODE_MAX_PX, int(CODE_MAX_PX * room / width)))
        # The application's style sheet sets every font, so only a style sheet can override it.
        self.code_label.setStyleSheet(f"font-size: {size}px; font-weight: bold;")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_code()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_code()

    def _show_count(self, count: int) -> None:
        self.count_label.setText(self.tr("%n people joined", "", count))

    # Actions --------------------------------------------------------------------

    def copy_link(self) -> None:
        url = self._access.join_url()
        if url:
            QGuiApplication.clipboard().setText(url)
            self.noticeRequested.emit(self.tr("Link copied: {link}").format(link=url))

    def apply_public_url(self) -> None:
        text = self.public_edit.text().strip()
        if not text:
            self.clear_public_url()
            return
        if self._access.set_public_url(text):
            self.public_error.hide()
            self.public_edit.setText(self._access.public_url or "")
        else:
            self.public_error.setText(
                self.tr("Enter a full address that starts with https:// or http://")
            )
            self.public_error.show()

    def clear_public_url(self) -> None:
        self._access.set_public_url(None)
        self.public_edit.clear()
        self.public_error.hide()
