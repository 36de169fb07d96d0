"""Switching the interface language retranslates every view of the real window, with no English left over.

Each language is shown on the demo data and every view is kept as a screenshot
(``artifacts/screenshots/i18n-<lang>-<view>.png``) for a person to look at.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QGroupBox, QLabel, QListWidget, QTabWidget

from tests.desktop.conftest import save_screenshot

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
LANGUAGES = ("ja", "zh_CN", "ru")
# A word from the window that must appear in each language (the Dashboard's navigation entry).
DASHBOARD = {"ja": "ダッシュボード", "zh_CN": "总览", "ru": "Сводка"}


def translated_sources(language: str) -> set[str]:
    """English texts that have a different translation in ``language`` (leftovers would be bugs)."""
    root = ET.parse(I18N / f"undertow_{language}.ts").getroot()
    out = set()
    for message in root.iter("message"):
        source, text = message.findtext("source"), message.findtext("translation")
        if text and text != source and any(ch.isalpha() for ch in source) and "{" not in source:
            out.add(source)
    return out


def static_texts(widget) -> list[str]:
    """Texts a person reads on a view: labels, buttons, group titles, tabs and table headers."""
    texts = [w.text() for w in widget.findChildren(QLabel) if w.isVisibleTo(widget)]
    texts += [b.text() for b in widget.findChildren(QAbstractButton) if b.isVisibleTo(widget)]
    texts += [g.title() for g in widget.findChildren(QGroupBox)]
    for tabs in widget.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    for view in widget.findChildren(QAbstractItemView):
        if isinstance(view, QListWidget) or view.model() is None:
            continue
        model = view.model()
        texts += [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
    return [t for t in texts if t]


def _plain(text: str) -> str:
    return text.replace("<b>", "").replace("</b>", "").strip()


def _wait_until_drawn(window, qtbot) -> None:
    for index, view in enumerate(window.views):
        if hasattr(view, "grid_ready"):  # the simulator computes when it is shown
            window.nav.setCurrentRow(index)
            qtbot.waitUntil(lambda v=view: v.sim is not None, timeout=30000)
            window.nav.setCurrentRow(0)
        if hasattr(view, "history_loaded"):
            qtbot.waitUntil(lambda v=view: not v.loading, timeout=30000)


@pytest.fixture
def switch_language(qtbot):
    from desktop.i18n import translations

    def switch(language: str) -> None:
        translations().apply(language)
        QCoreApplication.processEvents()  # LanguageChange events are posted to every widget

    yield switch
    switch("en")


def test_each_language_retranslates_every_view(demo_window, qtbot, switch_language):
    state, window = demo_window
    _wait_until_drawn(window, qtbot)
    english_nav = [window.nav.item(i).text() for i in range(window.nav.count())]
    english_views = {v.title: set(static_texts(v)) for v in window.views}
    for language in LANGUAGES:
        switch_language(language)
        leftovers_allowed = set()  # texts identical in both languages (codes, names) are not leftovers
        sources = translated_sources(language) - leftovers_allowed
        assert window.windowTitle() != "Undertow — DEMO"
        nav = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert nav[0] == DASHBOARD[language]
        assert all(a != b for a, b in zip(nav, english_nav)), nav
        assert window.refresh_action.text() not in ("Refresh", "")
        for index, view in enumerate(window.views):
            window.nav.setCurrentRow(index)
            qtbot.wait(30)
            texts = static_texts(view)
            leftovers = [t for t in texts if _plain(t) in sources]
            assert not leftovers, f"{language} {view.title}: English left over: {leftovers}"
            assert set(texts) != english_views[view.title], f"{language} {view.title} did not change"
            save_screenshot(window, f"i18n-{language}-{view.title.lower()}")
    switch_language("en")
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == english_nav
    assert window.views[1].model.headerData(0, Qt.Orientation.Horizontal) == "Venue"


def test_settings_dialog_changes_the_language(demo_window, qtbot, switch_language):
    from desktop.views.settings_dialog import SettingsDialog

    state, window = demo_window
    dialog = SettingsDialog(state, window)
    qtbot.addWidget(dialog)
    codes = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert codes == ["", "en", "ja", "zh_CN", "ru"]
    dialog.language.setCurrentIndex(codes.index("ru"))
    dialog.save()
    QCoreApplication.processEvents()
    assert state.settings.language == "ru"
    assert window.nav.item(0).text() == DASHBOARD["ru"]
    assert window.views[1].model.headerData(0, Qt.Orientation.Horizontal) == "Биржа"
    dialog = SettingsDialog(state, window)  # a dialog opened now is Russian from the start
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Настройки"
    save_screenshot(dialog, "i18n-ru-settings")
    state.update_settings(language="")


@pytest.mark.parametrize("language", LANGUAGES)
def test_dialogs_open_translated(qtbot, switch_language, language):
    from desktop.views.calculator_dialog import CalculatorDialog
    from desktop.views.wallet_dialog import WalletDialog

    class State:  # the wallet dialog reads nothing from the state until saving
        db = None

    switch_language(language)
    calc = CalculatorDialog()
    wallet = WalletDialog(State())
    for dialog in (calc, wallet):
        qtbot.addWidget(dialog)
        dialog.show()
    sources = translated_sources(language)
    for dialog, name in ((calc, "calculator"), (wallet, "wallet")):
        leftovers = [t for t in static_texts(dialog) if _plain(t) in sources]
        assert not leftovers, leftovers
        save_screenshot(dialog, f"i18n-{language}-{name}")
    assert calc.side.currentText() in ("ロング", "多头", "лонг")


def test_numbers_and_dates_follow_the_language(switch_language):
    from datetime import datetime

    from desktop import format as fmt
    from desktop import i18n

    switch_language("ru")
    assert fmt.usd(1234567.5) == "$1\u00a0234\u00a0567,50"
    assert fmt.pct(12.345) == "12,35 %"
    assert QLocale().language() == QLocale.Language.Russian
    assert i18n.age(datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 1, 1, 3, tzinfo=UTC)) \
        == "3 ч назад"
    switch_language("ja")
    assert fmt.usd(1234567.5) == "$1,234,567.50"
    assert "2026" in i18n.date_time(datetime(2026, 2, 12, 12, tzinfo=UTC))
    switch_language("en")
    assert fmt.usd(1234567.5) == "$1,234,567.50"
    assert i18n.age(None, datetime.now(UTC)) == "never"


@pytest.mark.parametrize("name, expected", [
    ("ja_JP", "ja"), ("zh_CN", "zh_CN"), ("zh_Hans_CN", "zh_CN"), ("zh_TW", "en"), ("ru-RU", "ru"),
    ("ru_UA", "ru"), ("de_DE", "en"), ("C", "en"), ("", "en"), ("ja", "ja")])
def test_system_locale_picks_the_nearest_language(name, expected):
    from desktop.i18n import best_language

    assert best_language(name) == expected


def test_a_missing_translation_file_falls_back_to_english(qapp, monkeypatch, tmp_path, switch_language):
    from desktop import i18n

    monkeypatch.setattr(i18n, "qm_path", lambda language: tmp_path / f"undertow_{language}.qm")
    switch_language("ja")
    assert QCoreApplication.translate("Navigation", "Dashboard") == "Dashboard"
