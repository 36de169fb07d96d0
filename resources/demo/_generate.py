"""Regenerate the demo world in resources/demo/ (deterministic: fixed seed, fixed clock, pinned ccxt).

    .venv/bin/python resources/demo/_generate.py

Writes manifest.json, markets/<venue>.json, accounts/<id>.json, chain/esplora.json and chain/evm.json.
Raw venue payloads are built here and parsed by ccxt (no network), so stored structures are what the
live ccxt source returns. Synthetic but realistic; see README.md.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import numpy as np  # noqa: E402
from _accounts import accounts  # noqa: E402
from _chain import EVM_ADDRESS, descriptor, esplora, evm  # noqa: E402
from _markets import asset_log_paths, venue_bundle  # noqa: E402
from _spec import AS_OF_ISO, PRICES_USD, SEED, VENUES  # noqa: E402

ACCOUNTS = [
    {"id": "binance-main", "venue": "binanceusdm", "label": "Binance USD-M (cross)", "margin_mode": "cross",
     "quote": "USDT", "file": "accounts/binance-main.json"},
    {"id": "bybit-btc", "venue": "bybit", "label": "Bybit 20x BTC (isolated)", "margin_mode": "isolated",
     "quote": "USDT", "file": "accounts/bybit-btc.json"},
    {"id": "okx-main", "venue": "okx", "label": "OKX (BTC collateral)", "margin_mode": "cross",
     "quote": "USDT", "file": "accounts/okx-main.json"},
]

NOTE = ("Synthetic demo world as of 2026-02-12 12:00 UTC, after the early-February sell-off. Three exchange "
        "accounts (Binance cross with one position ~8 % from liquidation, a Bybit 20x isolated BTC long, OKX "
        "cross with 0.9 BTC idle collateral), a watch-only BIP84 hardware wallet (public test key), an ETH "
        "address and one manual holding. Payloads have the shapes ccxt 4.5.90 and Esplora/EVM readers "
        "produce; prices are plausible, balances and books are invented.")


def manifest(desc: str) -> dict:
    return {
        "as_of": AS_OF_ISO,
        "note": NOTE,
        "accounts": ACCOUNTS,
        "markets": {venue: f"markets/{venue}.json" for venue in VENUES},
        "wallets": [
            {"id": "ledger-cold", "label": "Hardware wallet (BIP84)", "kind": "btc-descriptor", "vendor": "Ledger",
             "chain": "bitcoin", "custody_class": "hardware_wallet", "public_ref": desc},
            {"id": "eth-hot", "label": "ETH address", "kind": "evm-address", "vendor": "other", "chain": "ethereum",
             "custody_class": "software_wallet", "public_ref": EVM_ADDRESS},
        ],
        "manual_holdings": [
            {"id": "manual-1", "label": "Gold-backed / other custodian", "asset": "PAXG", "amount": 2.0,
             "custody_class": "other_custodian", "purpose": "long_term"},
        ],
        "chain": {"esplora": "chain/esplora.json", "evm": "chain/evm.json"},
        "prices_usd": PRICES_USD,
    }


def write(rel: str, data) -> int:
    path = HERE / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, indent=1, ensure_ascii=False, allow_nan=False) + "\n"
    path.write_text(text, encoding="utf-8")
    return len(text.encode())


def main() -> int:
    desc = descriptor()
    sizes = {"manifest.json": write("manifest.json", manifest(desc))}
    paths = asset_log_paths(np.random.default_rng(SEED))
    for venue in VENUES:
        sizes[f"markets/{venue}.json"] = write(f"markets/{venue}.json", venue_bundle(venue, paths))
    bundles = accounts(PRICES_USD["BTC"])
    for entry in ACCOUNTS:
        sizes[entry["file"]] = write(entry["file"], bundles[entry["id"]])
    sizes["chain/esplora.json"] = write("chain/esplora.json", esplora(desc))
    sizes["chain/evm.json"] = write("chain/evm.json", evm())
    total = sum(sizes.values())
    for rel, n in sizes.items():
        print(f"{n:>9,d}  {rel}")
    print(f"{total:>9,d}  total")
    return 0 if total < 1_500_000 else 1


if __name__ == "__main__":
    raise SystemExit(main())
