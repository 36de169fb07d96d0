"""Switching the interface language retranslates every view of the real window, with no English left over.

Each language is shown on the demo data and every view is kept as a screenshot
(``artifacts/screenshots/i18n-<lang>-<view>.png``) for a person to look at.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime
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


# --- texts made by core (core.messages) and the locale after a switch ------------------------------------------
# A translation of our own, compiled here, so these tests check desktop.i18n.text whatever the shipped .ts hold.
CORE_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="ru_RU">
<context><name>Core</name>
<message><source>{share} of your net worth is on {account}</source>
<translation>{share} вашего капитала на {account}</translation></message>
<message><source>≈{amount} on {account} isn't backing any position; consider moving it to {wallet}</source>
<translation>≈{amount} на {account} не обеспечивают позиций; переведите их в {wallet}</translation></message>
<message><source>your cold wallet</source><translation>ваш холодный кошелёк</translation></message>
<message><source>not refreshed for {age}</source><translation>не обновлялось {age}</translation></message>
<message><source>Blind on {source}</source><translation>Нет данных: {bad}</translation></message>
<message><source>Excess collateral</source><translation>Лишнее обеспечение</translation></message>
</context>
<context><name>Duration</name>
<message><source>{h} h {m} min</source><translation>{h} ч {m} мин</translation></message>
</context>
<context><name>Tray</name>
<message><source>Undertow: {kind} needs your attention.</source>
<translation>Undertow: {kind} — требует внимания.</translation></message>
</context>
</TS>
"""


@pytest.fixture
def core_translator(qapp, tmp_path, switch_language):
    import shutil
    import subprocess
    import sys

    from PySide6.QtCore import QTranslator

    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    ts, qm = tmp_path / "core_ru.ts", tmp_path / "core_ru.qm"
    ts.write_text(CORE_TS, encoding="utf-8")
    subprocess.run([lrelease, str(ts), "-qm", str(qm)], check=True, capture_output=True, timeout=60)
    switch_language("ru")  # the Russian locale: "1 234,5"
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_text_translates_core_messages_with_locale_numbers(core_translator):
    from core.messages import QT_TRANSLATE_NOOP, Duration, Percent, Usd, message
    from core.reminders import KINDS, YOUR_COLD_WALLET
    from desktop import i18n
    from desktop.tray import notification_text

    share = message(QT_TRANSLATE_NOOP("Core", "{share} of your net worth is on {account}"),
                    share=Percent(0.285, 1), account="OKX main")
    assert str(share) == "28.5 % of your net worth is on OKX main"  # the terminal's English is unchanged
    assert i18n.text(share) == "28,5 % вашего капитала на OKX main"
    nested = message(QT_TRANSLATE_NOOP("Core", "≈{amount} on {account} isn't backing any position; consider "
                                               "moving it to {wallet}"),
                     amount=Usd(12345.6, 0), account="Bybit", wallet=YOUR_COLD_WALLET)
    assert i18n.text(nested) == "≈$12\u00a0346 на Bybit не обеспечивают позиций; переведите их в ваш холодный кошелёк"
    age = message(QT_TRANSLATE_NOOP("Core", "not refreshed for {age}"), age=Duration(3 * 3600 + 5 * 60))
    assert str(age) == "not refreshed for 3 h 05 min" and i18n.text(age) == "не обновлялось 3 ч 05 мин"
    # plain text passes through; a translation whose placeholder does not fit falls back to English, loudly
    assert i18n.text("Binance main") == "Binance main" and i18n.text(None) == ""
    broken = message(QT_TRANSLATE_NOOP("Core", "Blind on {source}"), source="OKX")
    assert i18n.text(broken) == "Blind on OKX"
    # the tray's neutral line, from a kind as core makes it and as it arrives through a Qt signal (plain str)
    assert notification_text([KINDS["R1"]]) == "Undertow: Лишнее обеспечение — требует внимания."
    assert notification_text([str(KINDS["R1"])]) == notification_text([KINDS["R1"]])
    assert i18n.core_text("ReminderKind", KINDS["R1"]) == "Лишнее обеспечение"
    # a desktop notification (an alert from the watch) is shown in the window's language too
    from desktop.notify import shown as notification

    assert notification(share) == i18n.text(share) and notification("plain") == "plain"


def test_reminders_reach_the_window_translated(core_translator):
    """A reminder core computed from a real snapshot is shown in Russian, its amount in the Russian format."""
    from core.demo import load_demo_snapshot
    from core.reminders import ReminderConfig, conditions
    from desktop import i18n

    snap = load_demo_snapshot(datetime(2026, 2, 12, 12, tzinfo=UTC))
    found = [c for c in conditions(snap, datetime(2026, 2, 12, 12, tzinfo=UTC), ReminderConfig())
             if c.rule_id == "R3"]
    assert found
    for c in found:
        shown = i18n.text(c.message)
        assert shown.endswith(f"вашего капитала на {snap.account(c.subject).label}"), shown
        assert "," in shown.split(" ")[0] or shown.split(" ")[0].isdigit()  # "28,5" or "28": no English "28.5"


def test_dates_and_numbers_follow_a_switch_to_japanese_and_back(qtbot, switch_language):
    """Widgets made before a switch take the new locale too; back in English the dates read as they did at
    start (not the US format of QLocale("en") the first switch used to leave behind)."""
    from PySide6.QtWidgets import QDoubleSpinBox

    from desktop import format as fmt
    from desktop import i18n

    when = datetime(2026, 2, 12, 3, 4, tzinfo=UTC)
    switch_language("")  # follow the system, as at first start
    at_start = i18n.date_time(when), i18n.date(when), fmt.usd(1234.5)
    spin = QDoubleSpinBox(maximum=1e6, decimals=2, value=1234.5)
    qtbot.addWidget(spin)

    switch_language("ja")
    assert QLocale().language() == spin.locale().language() == QLocale.Language.Japanese
    local = when.astimezone()
    assert i18n.date(when) == f"{local:%Y/%m/%d}"
    assert i18n.date_time(when) == f"{local:%Y/%m/%d} {local.hour}:{local:%M}"  # Japanese: H:mm
    assert fmt.usd(1234.5) == "$1,234.50" and fmt.pct(12.5) == "12.50 %"

    switch_language("ru")
    assert spin.locale().language() == QLocale.Language.Russian and spin.text() == "1234,50"
    assert i18n.date(when) == f"{local:%d.%m.%Y}" and fmt.usd(1234.5) == "$1\u00a0234,50"

    switch_language("en")
    system = QLocale.system().language()
    if system in (QLocale.Language.C, QLocale.Language.English):  # English on an English (or POSIX) system
        assert (i18n.date_time(when), i18n.date(when), fmt.usd(1234.5)) == at_start
    assert spin.text() == "1234.50" and fmt.usd(1234.5) == "$1,234.50"
    assert "/26" not in i18n.date(when) or system == QLocale.Language.English  # no "2/12/26" on a non-US system


def test_market_charts_retitle_their_axes_after_a_switch(qtbot, switch_language):
    """The Market tabs' charts are built when their tab is first shown, maybe before a switch: their axis titles
    follow the language like every other text."""
    from desktop.views.market.charts import DepthHourChart, OiSpotChart, VolChart

    charts = {OiSpotChart(): "left", VolChart(): "left", DepthHourChart(): "bottom"}
    for chart in charts:
        qtbot.addWidget(chart)
    english = {chart: chart.plot.getPlotItem().getAxis(side).labelText for chart, side in charts.items()}
    switch_language("ja")
    for chart, side in charts.items():
        title = chart.plot.getPlotItem().getAxis(side).labelText
        assert title and title != english[chart], type(chart).__name__
    switch_language("en")
    assert {chart: chart.plot.getPlotItem().getAxis(side).labelText for chart, side in charts.items()} == english
