"""`undertow wallet moves`: the Custody view's actions in the terminal (the demo, through the real dispatcher)."""

from __future__ import annotations

import json

import pytest

from desktop.__main__ import main


def test_wallet_moves_demo_json_and_text(capsys):
    assert main(["--demo", "wallet", "moves", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["demo"] is True and data["buffer_multiple"] == 3.0
    (move,) = data["moves"]  # only the OKX account has margin to spare (the demo README: multi-currency, BTC at 98 %)
    okx = next(a for a in data["accounts"] if a["account_id"] == move["account_id"])
    # what leaves takes 98 % of its value from the account's collateral value, which keeps 3x its margin
    assert move["counted_as_margin_usd"] == pytest.approx(0.98 * move["value_usd"], abs=0.02)
    assert okx["collateral_value_usd"] - move["counted_as_margin_usd"] == pytest.approx(okx["keep_usd"], abs=0.02)
    assert move["asset"] == "BTC" and move["account"] == "OKX (BTC collateral)"
    assert move["wallet"] == "Hardware wallet (BIP84)" and move["address"].startswith("bc1q")
    assert move["action"].endswith(f"receive address #{move['address_index']}")
    others = [a for a in data["accounts"] if a is not okx]
    assert all("nothing to move" in a["summary"] and a["movable_usd"] == 0 for a in others)

    assert main(["--demo", "wallet", "moves", "--no-sync"]) == 0
    text = capsys.readouterr().out
    assert "Move 0.8" in text and "BTC from OKX (BTC collateral) to Hardware wallet (BIP84)" in text
    assert "verify this on your device" in text and "keeps 3x the margin" in text
