"""A small "join here" card in a corner of the board while the board takes notes.

Latecomers join in the middle of a phase, and remote people only see the
screen share: the card keeps a QR code (still readable from a full-screen
share at 1080p), the short link and the code in view without anyone having to
open the join screen. Tapping it opens the join screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.controls import CardButton, plain_label
from ui.join_screen import breakable
from ui.participant_access import ParticipantAccess
from ui.qr_code import QrCodeView

# Five screen pixels per module: a phone reads it from the display at a few
# metres and from a 1080p screen share; smaller would need the join screen.
MODULE_PX = 5
BADGE_WIDTH = 280
# Distance from the canvas's corner.
INSET = 16


class JoinBadge(CardButton):
    def __init__(self, access: ParticipantAccess, parent: QWidget) -> None:
        super().__init__("", parent)
        self.setObjectName("joinBadge")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._access = access
        self.qr = QrCodeView()
        self.caption = plain_label(self.tr("Join from your phone"), "badgeCaption", wrap=True)
        self.code_label = plain_label("", "badgeCode")
        self.link_label = plain_label("", "badgeLink", wrap=True)
        for label in (self.caption, self.code_label, self.link_label):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        for child in (self.qr, self.caption, self.code_label, self.link_label):
            CardButton.pass_taps_through(child)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(4)
        layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.caption)
        layout.addWidget(self.code_label)
        layout.addWidget(self.link_label)
        self.setFixedWidth(BADGE_WIDTH)
        access.linkChanged.connect(self._show_link)
        parent.installEventFilter(self)
        self._show_link()

    def has_link(self) -> bool:
        return bool(self._access.join_url())

    def _show_link(self) -> None:
        url = self._access.join_url()
        self.qr.set_text(url)
        side = self.qr.module_count() * MODULE_PX
        self.qr.setFixedSize(side, side)
        self.code_label.setText(self._access.code)
        self.link_label.setText(breakable(self._access.short_link()))
        self.setAccessibleName(
            self.tr("Join from your phone: {link}, code {code}. Opens the join screen.").format(
                link=self._access.short_link(), code=self._access.code
            )
        )
        self.place()

    def place(self) -> None:
        """Keep to the top right corner of the parent (the canvas)."""
        parent = self.parentWidget()
        if parent is None:
            return
        self.resize(BADGE_WIDTH, self.heightForWidth(BADGE_WIDTH))
        self.move(QPoint(parent.width() - self.width() - INSET, INSET))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.place()
        return False
