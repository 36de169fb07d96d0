"""The account dialog sets the venue options its probe reads: Binance Portfolio Margin, a Hyperliquid sub-account
or vault (each shown only for the venue that has it; a malformed address is refused with the reason)."""

from __future__ import annotations

from core.exchanges.probes.binance import OPTION_PORTFOLIO_MARGIN
from core.exchanges.probes.hyperliquid import OPTION_SUB_ACCOUNT, OPTION_VAULT
from tests.desktop.conftest import make_state

WALLET = "0x" + "ab" * 20
SUB = "0x" + "cd" * 20


def _dialog(qtbot, state, venue, config=None):
    from desktop.views.account_dialog import AccountDialog

    dialog = AccountDialog(state, config)
    qtbot.addWidget(dialog)
    if config is None:
        dialog.venue.setCurrentIndex(dialog.venue.findData(venue))
    return dialog


def test_binance_portfolio_margin_is_stored_and_shown_again(qtbot, memory_keyring):
    state = make_state(qtbot, demo=False)
    dialog = _dialog(qtbot, state, "binanceusdm")
    assert dialog.form.isRowVisible(dialog.portfolio_margin) and not dialog.form.isRowVisible(dialog.sub_row)
    dialog.label.setText("PM")
    dialog.api_key.setText("k")
    dialog.secret.setText("s")
    dialog.portfolio_margin.setChecked(True)
    dialog.save()
    assert dialog.error.text() == ""
    assert dialog.saved.options[OPTION_PORTFOLIO_MARGIN] is True
    again = _dialog(qtbot, state, "binanceusdm", dialog.saved)
    assert again.portfolio_margin.isChecked()
    state.session.close()


def test_hyperliquid_sub_account_and_vault(qtbot, memory_keyring):
    state = make_state(qtbot, demo=False)
    dialog = _dialog(qtbot, state, "hyperliquid")
    assert dialog.form.isRowVisible(dialog.sub_row) and not dialog.form.isRowVisible(dialog.portfolio_margin)
    dialog.label.setText("HL")
    dialog.wallet.setText(WALLET)
    dialog.sub_address.setText("0x1234")
    dialog.save()
    assert "40 hex digits" in dialog.error.text() and dialog.saved is None  # refused, the form kept
    assert dialog.sub_address.text() == "0x1234"
    dialog.sub_address.setText(SUB)
    dialog.save()
    assert dialog.saved.options[OPTION_SUB_ACCOUNT] == SUB
    edit = _dialog(qtbot, state, "hyperliquid", dialog.saved)
    assert edit.sub_address.text() == SUB and edit.sub_kind.currentData() == "sub"
    edit.sub_kind.setCurrentIndex(edit.sub_kind.findData("vault"))
    edit.save()
    assert edit.saved.options[OPTION_VAULT] == SUB and not edit.saved.options.get(OPTION_SUB_ACCOUNT)
    state.session.close()
