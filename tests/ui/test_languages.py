"""The app speaks the chosen language, core messages included."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from facilitator.commands import CreateNote
from facilitator.errors import ValidationError
from facilitator.services.library import Library
from ui.i18n import install_translators, translate, translate_source
from ui.start_screen import StartScreen


@pytest.fixture
def finnish(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "fi")
    assert translators, "the Finnish catalogue did not load"
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English))


def test_start_screen_in_finnish_with_plurals(finnish: None, qtbot, library: Library) -> None:
    workshop = library.create("Strategiapäivä", "fi")
    service = library.open_workshop(workshop.id)
    service.execute(CreateNote(service.boards()[0].id, "yksi"))
    screen = StartScreen(library, "fi")
    qtbot.addWidget(screen)
    assert "Uusi istunto" in screen.new_button.text()
    details = screen.rows[0].details_label.text()
    assert "1 taulu" in details and "1 lappu" in details
    assert screen.rows[0].title_label.text() == "Strategiapäivä"


def test_core_messages_and_labels_are_translated(finnish: None, service) -> None:
    with pytest.raises(ValidationError) as refused:
        service.execute(CreateNote(service.boards()[0].id, "x" * 501))
    assert translate(refused.value.text) == "Lapussa voi olla enintään 500 merkkiä."
    assert translate_source("commands", "Add note") == "Lapun lisäys"
    assert translate_source("colors", "Teal") == "Turkoosi"


def test_english_plurals_are_grammatical(qapp: QApplication, qtbot, library: Library) -> None:
    translators = install_translators(qapp, "en")
    try:
        library.create("Retro", "en")
        screen = StartScreen(library, "en")
        qtbot.addWidget(screen)
        details = screen.rows[0].details_label.text()
        assert "1 board" in details and "1 boards" not in details
        assert "0 notes" in details
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
