"""Rebuild the calculator's offline tier tables in resources/tiers/ (deterministic, no network).

    .venv/bin/python resources/tiers/_build.py

Sources (README.md in this folder says the same per symbol):

* ``tests/fixtures/ccxt/response/binance.json`` (a byte copy of ccxt's static test fixture, MIT): its
  ``options.leverageBrackets`` is a recorded Binance answer ccxt keeps as ``[notional floor, maintenance margin
  rate]`` per bracket for ETH/LTC/ADA USDT-M and BTCUSD_PERP COIN-M (BTC USDT-M is taken from TV-BN-C1 below,
  which also carries the max leverage). The list has no date of its own; the file's recordings span
  2023-11-29 … 2024-07-28. It records neither the max leverage per bracket nor the last cap: both stay unknown
  (``maxLeverage`` null, the last tier open-ended) and the maintenance amount comes from the cum recursion.
* ``resources/demo/markets/<venue>.json``: the demo world's tables (``resources/demo/_tiers.py``). Binance
  BTCUSDT there is TV-BN-C1 of reference/liquidation.md, an older real Binance bracket table (freqtrade's test
  data, date not recorded); the others are synthetic and marked so.

Each venue file: ``{"venue", "markets": {symbol: market}, "tables": {symbol: {"source", "as_of", "synthetic",
"tiers": [ccxt-shaped tiers]}}}``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "ccxt" / "response" / "binance.json"
DEMO = ROOT / "resources" / "demo" / "markets"

FIXTURE_SOURCE = ("Binance leverage brackets recorded in ccxt's static test fixture response/binance.json "
                  "(options.leverageBrackets; ccxt commit 0577689). Floors and maintenance rates only: the max "
                  "leverage per bracket and the last cap are not in the recording.")
FIXTURE_AS_OF = "2024-07-28"  # the newest recording in that file; the bracket list has no date of its own
TV_BN_C1_SOURCE = ("An older Binance BTCUSDT bracket table (freqtrade's test data, reference/liquidation.md "
                   "TV-BN-C1); the date of the table is not recorded.")
DEMO_SOURCE = ("Undertow's demo data (resources/demo/_tiers.py): synthetic, shaped like the venue's table, "
               "not the venue's own.")
DEMO_AS_OF = "2026-02-12"
REAL_DEMO_TABLES = {("binanceusdm", "BTC/USDT:USDT")}  # TV-BN-C1
FROM_FIXTURE = {"binanceusdm": ["ETH/USDT:USDT", "LTC/USDT:USDT", "ADA/USDT:USDT"],
                "binancecoinm": ["BTC/USD:BTC"]}


def market(symbol: str, native: str, contract_size: float, max_leverage: float | None = None,
           taker: float | None = None) -> dict[str, Any]:
    base, rest = symbol.split("/")
    quote, settle = rest.split(":")
    return {"symbol": symbol, "native": native, "base": base, "quote": quote, "settle": settle,
            "inverse": settle == base, "contract_size": contract_size, "type": "swap",
            "max_leverage": max_leverage, "taker": taker}


def fixture_rows(symbol: str, brackets: list[list[str]], settle: str) -> list[dict[str, Any]]:
    rows = []
    for i, (floor, mmr) in enumerate(brackets):
        cap = float(brackets[i + 1][0]) if i + 1 < len(brackets) else None
        rows.append({"tier": i + 1, "symbol": symbol, "currency": settle, "minNotional": float(floor),
                     "maxNotional": cap, "maintenanceMarginRate": float(mmr), "maxLeverage": None,
                     "info": {"notionalFloor": floor, "maintMarginRatio": mmr}})
    return rows


def build() -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for path in sorted(DEMO.glob("*.json")):
        bundle = json.loads(path.read_text(encoding="utf-8"))
        venue = bundle["exchange"]
        doc = out.setdefault(venue, {"venue": venue, "markets": {}, "tables": {}})
        for symbol, rows in bundle["leverage_tiers"].items():
            m = bundle["markets"][symbol]
            doc["markets"][symbol] = market(symbol, m["id"], float(m["contractSize"]),
                                            (m.get("limits") or {}).get("leverage", {}).get("max"), m.get("taker"))
            real = (venue, symbol) in REAL_DEMO_TABLES
            doc["tables"][symbol] = {"source": TV_BN_C1_SOURCE if real else DEMO_SOURCE,
                                     "as_of": None if real else DEMO_AS_OF, "synthetic": not real, "tiers": rows}
    brackets = json.loads(FIXTURE.read_text(encoding="utf-8"))["options"]["leverageBrackets"]
    natives = {"ETH/USDT:USDT": ("ETHUSDT", 1.0), "LTC/USDT:USDT": ("LTCUSDT", 1.0),
               "ADA/USDT:USDT": ("ADAUSDT", 1.0), "BTC/USD:BTC": ("BTCUSD_PERP", 100.0)}
    for venue, symbols in FROM_FIXTURE.items():
        doc = out.setdefault(venue, {"venue": venue, "markets": {}, "tables": {}})
        for symbol in symbols:
            native, cs = natives[symbol]
            settle = symbol.split(":")[1]
            doc["markets"][symbol] = market(symbol, native, cs)  # no demo (synthetic) leverage limit
            doc["tables"][symbol] = {"source": FIXTURE_SOURCE, "as_of": FIXTURE_AS_OF, "synthetic": False,
                                     "tiers": fixture_rows(symbol, brackets[symbol], settle)}
    return out


def main() -> None:
    for venue, doc in build().items():
        doc["markets"] = dict(sorted(doc["markets"].items()))
        doc["tables"] = dict(sorted(doc["tables"].items()))
        (HERE / f"{venue}.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(venue, len(doc["tables"]), "tables")


if __name__ == "__main__":
    main()
