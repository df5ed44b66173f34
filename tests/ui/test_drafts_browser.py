"""The drafts browser, driven by mouse-free keyboard and clicks the way a user works it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QTreeWidget

from composer.store.drafts import DraftStore, StoreError
from composer.ui.drafts_browser import DraftsBrowser


@pytest.fixture
def store():
    opened = DraftStore.open()
    yield opened
    opened.close()


@pytest.fixture
def make_browser(qtbot, store):
    def make() -> DraftsBrowser:
        browser = DraftsBrowser(store)
        qtbot.addWidget(browser)
        browser.show()
        qtbot.waitExposed(browser)
        browser.activateWindow()
        return browser

    return make


def _titles(browser: DraftsBrowser) -> list[str]:
    tree = browser.draft_list
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def _fill(store: DraftStore) -> dict[str, str]:
    ids = {}
    ids["flu"] = store.new("Flu clinic opens Monday 💉", platform="x", readiness="Ready").id
    ids["walk"] = store.new("Charity walk for the children's ward", platform="linkedin", readiness="1 warning").id
    ids["shift"] = store.new("Long night shift, proud of the team", platform="bluesky", readiness="2 errors").id
    return ids


def test_lists_drafts_newest_first_with_platform_and_readiness(make_browser, store):
    _fill(store)
    browser = make_browser()
    assert _titles(browser) == [
        "Long night shift, proud of the team",
        "Charity walk for the children's ward",
        "Flu clinic opens Monday 💉",
    ]
    top = browser.draft_list.topLevelItem(0)
    assert (top.text(1), top.text(2)) == ("Bluesky", "2 errors")
    assert top.text(3)  # a date or time
    assert browser.status.text() == "3 drafts in the library"


def test_search_filters_by_text_and_clearing_shows_all(make_browser, store, qtbot):
    ids = _fill(store)
    browser = make_browser()
    qtbot.keyClicks(browser.search_field, "CLINIC")
    qtbot.waitUntil(lambda: browser.shown_ids() == [ids["flu"]])
    assert "1 draft match" in browser.status.text()
    browser.search_field.setText("no such words")
    qtbot.waitUntil(lambda: browser.shown_ids() == [])
    assert browser.status.text().startswith("No drafts match")
    browser.search_field.clear()
    qtbot.waitUntil(lambda: len(browser.shown_ids()) == 3)


def test_delete_moves_to_the_trash_and_restore_brings_it_back(make_browser, store, qtbot):
    ids = _fill(store)
    browser = make_browser()
    browser.select(ids["walk"])
    with qtbot.waitSignal(browser.draftTrashed) as trashed:
        browser.buttons["delete"].click()
    assert trashed.args == [ids["walk"]]
    assert ids["walk"] not in browser.shown_ids()
    assert [d.id for d in store.list_drafts(trashed=True)] == [ids["walk"]]

    browser.buttons["trash"].click()
    assert browser.in_trash_view
    assert browser.shown_ids() == [ids["walk"]]
    assert not browser.buttons["open"].isVisible() and browser.buttons["restore"].isVisible()
    browser.select(ids["walk"])
    browser.buttons["restore"].click()
    assert browser.shown_ids() == []
    browser.buttons["trash"].click()
    assert not browser.in_trash_view
    assert set(browser.shown_ids()) == set(ids.values())


def test_empty_trash_asks_first_and_then_deletes_for_good(make_browser, store, monkeypatch):
    ids = _fill(store)
    store.trash(ids["flu"])
    store.trash(ids["shift"])
    browser = make_browser()
    browser.set_trash_view(True)
    questions = []
    monkeypatch.setattr(browser, "_confirm", lambda title, text: questions.append(text) or False)
    browser.buttons["empty_trash"].click()
    assert len(store.list_drafts(trashed=True)) == 2  # said no
    monkeypatch.setattr(browser, "_confirm", lambda title, text: questions.append(text) or True)
    browser.buttons["empty_trash"].click()
    assert questions == ["2 drafts will be deleted for good."] * 2
    assert store.list_drafts(trashed=True) == [] and browser.shown_ids() == []
    assert browser.status.text() == "The trash is empty"
    assert [d.id for d in store.list_drafts()] == [ids["walk"]]


def test_open_and_new_are_requested_from_the_window(make_browser, store, qtbot):
    ids = _fill(store)
    browser = make_browser()
    browser.select(ids["flu"])
    with qtbot.waitSignal(browser.openRequested) as opened:
        browser.buttons["open"].click()
    assert opened.args == [ids["flu"]]
    with qtbot.waitSignal(browser.newRequested):
        browser.buttons["new"].click()


def test_keyboard_only_search_then_open_then_delete(make_browser, store, qtbot):
    ids = _fill(store)
    browser = make_browser()
    browser.search_field.setFocus()
    qtbot.keyClicks(browser.search_field, "walk")
    qtbot.waitUntil(lambda: browser.shown_ids() == [ids["walk"]])
    qtbot.keyClick(browser.search_field, Qt.Key.Key_Down)
    assert browser.draft_list.hasFocus() and browser.selected_id() == ids["walk"]
    with qtbot.waitSignal(browser.openRequested) as opened:
        qtbot.keyClick(browser.draft_list, Qt.Key.Key_Return)
    assert opened.args == [ids["walk"]]
    with qtbot.waitSignal(browser.draftTrashed):
        qtbot.keyClick(browser.draft_list, Qt.Key.Key_Delete)
    assert browser.shown_ids() == []
    assert [d.id for d in store.list_drafts(trashed=True)] == [ids["walk"]]


def test_rename_and_duplicate(make_browser, store, monkeypatch):
    ids = _fill(store)
    browser = make_browser()
    browser.select(ids["flu"])
    monkeypatch.setattr(browser, "_ask_name", lambda current: "Flu post for Monday")
    browser.buttons["rename"].click()
    assert "Flu post for Monday" in _titles(browser)
    assert browser.selected_id() == ids["flu"]
    browser.buttons["duplicate"].click()
    assert "Flu post for Monday (copy)" in _titles(browser)
    assert browser.selected_id() not in ids.values()
    assert store.get(browser.selected_id()).text == "Flu clinic opens Monday 💉"


def test_a_store_failure_is_shown_and_nothing_disappears(make_browser, store, monkeypatch):
    ids = _fill(store)
    browser = make_browser()
    shown = []
    monkeypatch.setattr(browser, "_show_error", shown.append)

    def fail(draft_id):
        raise StoreError("The draft could not be moved to the trash: the disk is full.")

    monkeypatch.setattr(store, "trash", fail)
    browser.select(ids["shift"])
    browser.buttons["delete"].click()
    assert shown == ["The draft could not be moved to the trash: the disk is full."]
    assert ids["shift"] in browser.shown_ids()


def test_every_control_has_an_accessible_name(make_browser, store):
    _fill(store)
    browser = make_browser()
    assert browser.findChild(QLineEdit).accessibleName() == "Search drafts"
    assert browser.findChild(QTreeWidget).accessibleName() == "Drafts"
    for button in browser.findChildren(QAbstractButton):
        if button.isVisible():
            assert button.accessibleName(), button.text()
    actions_with_keys = {a.text().replace("&", "") for a in browser.actions() if not a.shortcut().isEmpty()}
    assert {"Rename…", "Duplicate", "Delete", "Restore", "Show trash", "Search"} <= actions_with_keys


def test_the_context_menu_offers_what_fits_the_view(make_browser, store):
    ids = _fill(store)
    browser = make_browser()
    browser.select(ids["flu"])

    def names() -> list[str]:
        return [a.text().replace("&", "") for a in browser.context_actions() if a is not None]

    assert names() == ["Open", "Rename…", "Duplicate", "Delete", "Show trash"]
    browser.set_trash_view(True)
    assert names() == ["Delete for good…", "Restore", "Show trash", "Empty trash…"]
    assert browser.trash_view_action.isChecked() and browser.buttons["trash"].isChecked()
