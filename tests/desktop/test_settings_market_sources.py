"""The settings dialog sets the market-fragility sources and the retention policy, and refuses what cannot work."""

from __future__ import annotations

from tests.desktop.conftest import make_state


def test_the_market_sources_and_retention_are_set_from_the_window(qtbot):
    from desktop.views.settings_dialog import SettingsDialog

    state = make_state(qtbot, True)
    try:
        dialog = SettingsDialog(state)
        qtbot.addWidget(dialog)
        dialog.etf_btc.setText("https://flows.example/btc.csv")
        dialog.vix.setText("")  # an empty URL turns the source off
        dialog.spot_volume.setChecked(False)
        dialog.keep_all.setValue(14)
        dialog.keep_hourly.setValue(120)
        dialog.save()
        s = state.session.settings
        assert (s.etf_btc_url, s.vix_url, s.spot_volume_enabled) == ("https://flows.example/btc.csv", "", False)
        assert (s.retention_all_days, s.retention_hourly_days) == (14, 120)
        assert state.session.update_settings().etf_btc_url == "https://flows.example/btc.csv"  # stored, not only shown
    finally:
        state.session.close()


def test_a_source_that_is_not_a_url_and_a_shorter_hourly_window_are_refused(qtbot):
    from desktop.views.settings_dialog import SettingsDialog

    state = make_state(qtbot, True)
    try:
        dialog = SettingsDialog(state)
        qtbot.addWidget(dialog)
        dialog.gvz.setText("file:///etc/passwd")
        dialog.save()
        assert "http(s) URL" in dialog.error.text() and state.session.settings.gvz_url != "file:///etc/passwd"
        dialog.gvz.setText("")
        dialog.keep_all.setValue(30)
        dialog.keep_hourly.setValue(10)
        dialog.save()
        assert "at least as long" in dialog.error.text() and state.session.settings.retention_all_days != 30
    finally:
        state.session.close()
