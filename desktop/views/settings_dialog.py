"""Settings: refresh, servers, reminder thresholds, theme, privacy and tray behaviour."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from desktop.format import QT_TRANSLATE_NOOP  # typed `str` (PySide6's stub says `object`)
from desktop.i18n import LANGUAGES
from desktop.views.alerts_dialog import alerts_button
from desktop.widgets import plain_labels

THEMES = [("system", QT_TRANSLATE_NOOP("SettingsDialog", "Follow the system")),
          ("light", QT_TRANSLATE_NOOP("SettingsDialog", "Light")),
          ("dark", QT_TRANSLATE_NOOP("SettingsDialog", "Dark"))]
QUOTES = ["USD", "EUR", "BTC"]


def _checkbox(text: str, checked: bool) -> QCheckBox:
    # PySide6 takes ``checked=`` as a keyword too, but its type stubs do not know it
    box = QCheckBox(text)
    box.setChecked(checked)
    return box


class SettingsDialog(QDialog):
    def __init__(self, state, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(1040)  # two columns with room for server URLs and the longer labels of other languages
        self.state = state
        s = state.settings

        self.refresh = QSpinBox(minimum=0, maximum=1440, suffix=self.tr(" min"), value=s.refresh_interval_min)
        self.refresh.setSpecialValueText(self.tr("manual only"))
        self.refresh.setToolTip(self.tr("How often every account and wallet is synced in the background "
                                        "(0 = only when you press Refresh)"))
        self.quote = QComboBox()
        self.quote.addItems(QUOTES)
        self.quote.setCurrentText(s.quote_currency if s.quote_currency in QUOTES else "USD")
        self.esplora = QLineEdit(s.esplora_url)
        self.esplora.setToolTip(self.tr("Esplora REST server for Bitcoin balances. A public server learns which "
                                        "addresses you own and your IP address; your own node or Tor avoids that."))
        self.rpc = QLineEdit(s.evm_rpc_url)
        self.rpc.setToolTip(self.tr("Ethereum JSON-RPC endpoint for ETH and token balances (read-only calls)"))
        self.proxy = QLineEdit(s.socks_proxy, placeholderText=self.tr("socks5://127.0.0.1:9050 (optional)"))
        self.request_timeout = QSpinBox(minimum=1, maximum=60, suffix=" s", value=s.request_timeout_s)
        self.request_timeout.setToolTip(self.tr("How long one request to an exchange or chain server may take before "
                                                "it counts as failed"))
        self.source_timeout = QSpinBox(minimum=5, maximum=120, suffix=" s", value=s.source_timeout_s)
        self.source_timeout.setToolTip(self.tr("How long one account's or wallet's whole refresh may take, retries "
                                               "included; then its last good data is shown, marked stale"))
        self.alert = QDoubleSpinBox(minimum=1, maximum=90, decimals=1, suffix=" %", value=s.liquidation_alert_pct)
        self.alert.setToolTip(self.tr("Remind me when a position is closer to liquidation than this adverse move"))
        self.alert_sigma = QDoubleSpinBox(minimum=0, maximum=20, decimals=1, suffix=" σ", value=s.alert_distance_sigma)
        self.alert_sigma.setToolTip(self.tr("Alert when a position is closer to liquidation than this many daily "
                                            "standard deviations of its market (0 = off)"))
        self.alert_ratio = QDoubleSpinBox(minimum=0, maximum=100, decimals=0, suffix=" %",
                                          value=s.alert_margin_ratio_pct)
        self.alert_ratio.setToolTip(self.tr("Alert when an account's margin ratio has gone this far of the way to "
                                            "the level at which its exchange liquidates it (0 = off)"))
        self.hysteresis = QDoubleSpinBox(minimum=0, maximum=20, decimals=1, suffix=" %",
                                         value=s.alert_hysteresis_pct)
        self.hysteresis.setToolTip(self.tr("An alert fires again only after the position has first moved back "
                                           "this much beyond its threshold, so a price hovering there is quiet"))
        self.gap = QDoubleSpinBox(minimum=1, maximum=50, decimals=1, suffix=" %", value=s.gap_rule_pct)
        self.gap.setToolTip(self.tr("Survival rule: a position should survive an instant adverse gap of this size"))
        self.buffer = QDoubleSpinBox(minimum=1, maximum=20, decimals=1, suffix=" ×",
                                     value=s.margin_buffer_multiple)
        self.buffer.setToolTip(self.tr("Collateral beyond this multiple of the margin your positions need counts "
                                       "as 'not needed as margin' and can go to cold storage"))
        self.theme = QComboBox()
        for key, text in THEMES:
            self.theme.addItem(self.tr(text), key)
        self.theme.setCurrentIndex(max(0, [k for k, _ in THEMES].index(s.theme) if s.theme in dict(THEMES) else 0))
        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), "")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(s.language)))
        self.language.setToolTip(self.tr("Language of the interface; numbers and dates follow it too"))
        self.privacy = _checkbox(self.tr("Hide every amount (privacy mode)"), s.privacy_mode)
        self.tray = _checkbox(self.tr("Show an icon in the system tray"), s.tray_enabled)
        self.close_to_tray = _checkbox(self.tr("Closing the window keeps Undertow in the tray"), s.close_to_tray)
        self.watch_background = _checkbox(self.tr("Keep watching positions and sending alerts while the window is "
                                                  "closed (from the tray)"), s.watch_in_background)
        self.minimised = _checkbox(self.tr("Start minimised"), s.start_minimised)
        market = self._market_group(s)

        data = QGroupBox(self.tr("Data"))
        f = QFormLayout(data)
        f.addRow(self.tr("Automatic refresh"), self.refresh)
        f.addRow(self.tr("Display currency"), self.quote)
        f.addRow(self.tr("Esplora server"), self.esplora)
        f.addRow(self.tr("EVM RPC server"), self.rpc)
        f.addRow(self.tr("SOCKS proxy"), self.proxy)
        f.addRow(self.tr("Request timeout"), self.request_timeout)
        f.addRow(self.tr("Refresh timeout"), self.source_timeout)
        risk = QGroupBox(self.tr("Reminders"))
        f = QFormLayout(risk)
        f.addRow(self.tr("Liquidation alert"), self.alert)
        f.addRow(self.tr("Alert in daily σ"), self.alert_sigma)
        f.addRow(self.tr("Account ratio alert"), self.alert_ratio)
        f.addRow(self.tr("Alert hysteresis"), self.hysteresis)
        f.addRow(self.tr("Gap rule"), self.gap)
        f.addRow(self.tr("Margin buffer"), self.buffer)
        f.addRow(alerts_button(self.state, self))
        look = QGroupBox(self.tr("Appearance and behaviour"))
        f = QFormLayout(look)
        f.addRow(self.tr("Theme"), self.theme)
        f.addRow(self.tr("Language"), self.language)
        f.addRow(self.privacy)
        f.addRow(self.tray)
        f.addRow(self.close_to_tray)
        f.addRow(self.watch_background)
        f.addRow(self.minimised)

        self.error = QLabel()
        self.error.setStyleSheet("color:#d9534f")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        for w in (data, market):
            left.addWidget(w)
        for w in (risk, look):
            right.addWidget(w)
        left.addStretch(1)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout.addLayout(columns)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        plain_labels(self)

    def _market_group(self, s) -> QGroupBox:
        """The market-fragility sources (an empty URL turns one off) and how long history is kept."""
        self.etf_btc = QLineEdit(s.etf_btc_url, placeholderText=self.tr("off (no URL)"))
        self.etf_btc.setToolTip(self.tr("A CSV or HTML table of the daily net flows of the spot BTC ETFs (e.g. a "
                                        "Farside-style page); or import a file: undertow market etf-import"))
        self.etf_eth = QLineEdit(s.etf_eth_url, placeholderText=self.tr("off (no URL)"))
        self.etf_eth.setToolTip(self.tr("The same for the spot ETH ETFs"))
        self.etf_millions = _checkbox(self.tr("ETF tables are in US$ millions"), s.etf_in_millions)
        self.vix = QLineEdit(s.vix_url, placeholderText=self.tr("off (no URL)"))
        self.vix.setToolTip(self.tr("Cboe's daily VIX history (CSV: date, open, high, low, close)"))
        self.gvz = QLineEdit(s.gvz_url, placeholderText=self.tr("off (no URL)"))
        self.gvz.setToolTip(self.tr("Cboe's daily gold volatility index history (CSV)"))
        self.deribit = QLineEdit(s.deribit_url, placeholderText=self.tr("off (no URL)"))
        self.deribit.setToolTip(self.tr("Deribit's API, for its DVOL implied-volatility index"))
        self.spot_volume = _checkbox(self.tr("Read the held assets' spot volume (public tickers)"),
                                     s.spot_volume_enabled)
        self.series_refresh = QSpinBox(minimum=1, maximum=168, suffix=" h", value=s.market_series_refresh_h)
        self.series_refresh.setToolTip(self.tr("ETF flows and volatility indices are fetched at most this often"))
        self.keep_all = QSpinBox(minimum=1, maximum=365, suffix=self.tr(" days"), value=s.retention_all_days)
        self.keep_all.setToolTip(self.tr("Every snapshot younger than this is kept"))
        self.keep_hourly = QSpinBox(minimum=1, maximum=3650, suffix=self.tr(" days"), value=s.retention_hourly_days)
        self.keep_hourly.setToolTip(self.tr("Up to this age one snapshot an hour is kept; older ones, one a day"))
        group = QGroupBox(self.tr("Market data and history"))
        f = QFormLayout(group)
        f.addRow(self.tr("BTC ETF flows"), self.etf_btc)
        f.addRow(self.tr("ETH ETF flows"), self.etf_eth)
        f.addRow(self.etf_millions)
        f.addRow(self.tr("VIX"), self.vix)
        f.addRow(self.tr("Gold volatility"), self.gvz)
        f.addRow(self.tr("Deribit"), self.deribit)
        f.addRow(self.spot_volume)
        f.addRow(self.tr("Fetch series every"), self.series_refresh)
        f.addRow(self.tr("Keep every snapshot"), self.keep_all)
        f.addRow(self.tr("Keep hourly snapshots"), self.keep_hourly)
        return group

    def values(self) -> dict:
        return dict(
            refresh_interval_min=self.refresh.value(), quote_currency=self.quote.currentText(),
            esplora_url=self.esplora.text().strip(), evm_rpc_url=self.rpc.text().strip(),
            socks_proxy=self.proxy.text().strip(), liquidation_alert_pct=self.alert.value(),
            request_timeout_s=self.request_timeout.value(), source_timeout_s=self.source_timeout.value(),
            alert_distance_sigma=self.alert_sigma.value(), alert_margin_ratio_pct=self.alert_ratio.value(),
            alert_hysteresis_pct=self.hysteresis.value(),
            gap_rule_pct=self.gap.value(), margin_buffer_multiple=self.buffer.value(),
            theme=self.theme.currentData(), privacy_mode=self.privacy.isChecked(),
            tray_enabled=self.tray.isChecked(), close_to_tray=self.close_to_tray.isChecked(),
            watch_in_background=self.watch_background.isChecked(), watch_background_asked=True,
            start_minimised=self.minimised.isChecked(), language=self.language.currentData(),
            etf_btc_url=self.etf_btc.text().strip(), etf_eth_url=self.etf_eth.text().strip(),
            etf_in_millions=self.etf_millions.isChecked(), vix_url=self.vix.text().strip(),
            gvz_url=self.gvz.text().strip(), deribit_url=self.deribit.text().strip(),
            spot_volume_enabled=self.spot_volume.isChecked(), market_series_refresh_h=self.series_refresh.value(),
            retention_all_days=self.keep_all.value(), retention_hourly_days=self.keep_hourly.value())

    def save(self) -> None:
        values = self.values()
        for key in ("esplora_url", "evm_rpc_url"):
            if not values[key].startswith(("http://", "https://")):
                self.error.setText(self.tr("The Esplora server must be an http(s) URL") if key == "esplora_url"
                                   else self.tr("The RPC server must be an http(s) URL"))
                return
        for key in ("etf_btc_url", "etf_eth_url", "vix_url", "gvz_url", "deribit_url"):
            if values[key] and not values[key].startswith(("http://", "https://")):
                self.error.setText(self.tr("A market data source must be an http(s) URL, or empty to turn it off"))
                return
        if values["retention_hourly_days"] < values["retention_all_days"]:
            self.error.setText(self.tr("Hourly snapshots must be kept at least as long as every snapshot"))
            return
        if values["socks_proxy"] and not values["socks_proxy"].startswith(("socks5://", "socks5h://", "socks4://")):
            self.error.setText(self.tr("The proxy must look like socks5://host:port"))
            return
        self.state.update_settings(**values)
        self.accept()
