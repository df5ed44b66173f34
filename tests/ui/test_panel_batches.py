"""A long list of findings is built a batch at a time: the first cards at once, every card in the end,
in order, and a card asked for before its batch (F8, a click on an underline) is there when needed."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument

from composer.review import Finding, bundled_policy
from composer.ui.panel import FeedbackPanel
from composer.ui.underlines import track

WORD = "awesome"


def tracked_findings(document: QTextDocument, count: int):
    text = " ".join([WORD] * count)
    document.setPlainText(text)
    findings = [
        Finding(
            rule="conduct.tone",
            guideline=5 if index % 2 else 3,
            severity="warning",
            start=index * (len(WORD) + 1),
            end=index * (len(WORD) + 1) + len(WORD),
            message=f"Say it plainly ({index}).",
            suggestions=("good",),
            excerpt=WORD,
        )
        for index in range(count)
    ]
    return track(document, text, findings)


@pytest.fixture
def panel(qtbot):
    widget = FeedbackPanel()
    qtbot.addWidget(widget)
    widget.resize(420, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_many_cards_arrive_in_batches_in_order(qtbot, panel):
    document = QTextDocument()
    items = tracked_findings(document, 80)
    with qtbot.waitSignal(panel.updated, timeout=10_000):
        panel.set_findings(items, bundled_policy().guidelines)
        assert panel.building and 0 < len(panel.cards) < 80
    assert not panel.building
    shown = [card.tracked for card in panel.cards]
    assert len(shown) == 80 and {id(t) for t in shown} == {id(t) for t in items}
    guidelines = [t.finding.guideline for t in shown]
    assert guidelines == sorted(guidelines)  # grouped by guideline, as the headings say
    assert all(card.isVisible() for card in panel.cards)


def test_a_card_asked_for_before_its_batch_is_built_then(qtbot, panel):
    document = QTextDocument()
    items = tracked_findings(document, 80)
    panel.set_findings(items, bundled_policy().guidelines)
    middle = items[1]  # listed after the 40 findings of guideline 3
    assert panel.card_for(middle) is not None and panel.building  # built on demand; the rest still follow
    panel.select(middle)
    assert panel.selected is middle
    qtbot.waitUntil(lambda: not panel.building, timeout=10_000)
    assert len(panel.cards) == 80 and panel.selected is middle
    assert panel.card_for(items[-1]) is not None  # everything built after all


def test_new_findings_while_building_replace_the_old_list(qtbot, panel):
    document = QTextDocument()
    first = tracked_findings(document, 80)
    panel.set_findings(first, bundled_policy().guidelines)
    second = tracked_findings(document, 30)
    with qtbot.waitSignal(panel.updated, timeout=10_000):
        panel.set_findings(second, bundled_policy().guidelines)
    qtbot.wait(20)
    assert [card.tracked for card in panel.cards] == sorted(second, key=lambda t: (t.finding.guideline, t.start16))
    visible = [w for w in panel._content.findChildren(type(panel.cards[0])) if w.isVisible()]
    assert len(visible) == 30  # no card of the first list left on screen
