"""A loopback fake of Binance USD-M (``/fapi``, plus the ``/papi`` and ``/sapi`` reads of the account probe),
on ``FakeVenue`` (``tests/servers/fake_venue.py``, the base of all the fakes; re-exported here).

``FakeBinance(mode=..., hedge=...)`` plays one account in each Binance USD-M mode:

* ``single_asset`` (the default, what every older test sees): the BTC cross long, the ETH isolated short and a
  flat LTC row; the recorded single-USDT account.
* ``multi_assets``: the recorded BTC position with the recorded Multi-Assets account (USDT + USDC, shared
  ``availableBalance``); Multi-Assets is cross only, so no ETH isolated short.
* ``portfolio_margin``: positions from /papi/v1/um/positionRisk, the balance from /papi/v1/balance (recorded),
  the PM account from /papi/v1/account. /fapi answers as an empty futures account (assumption: the PM wallet is
  not behind /fapi). In the other modes every /papi path answers -2015, as Binance does for a key whose account
  is not PM (ccxt#24194).
* ``hedge=True``: hedge-mode rows (positionSide LONG/SHORT), a BTC long and short pair in cross and the ETH short.
* ``delivery=True``: the quarterly BTCUSDT_260626 (``contractType`` CURRENT_QUARTER, delivery 2026-06-26 08:00 UTC)
  is listed in exchangeInfo and held (a cross long, synthetic); its market data answers like the perps'.
* ``extra_positions``: raw positionRisk rows added to every answer (a contract not listed, an implausible row).

Probe routes in every mode: /fapi/v1/multiAssetsMargin, /fapi/v1/positionSide/dual, /fapi/v1/adlQuantile (and
their /papi/v1/um twins), /fapi/v1/assetIndex, /sapi/v1/portfolio/collateralRate. Response shapes follow
Binance's API docs (developers.binance.com, the pages named at each payload).

Payloads: the BTCUSDT position, the single-asset account, the Multi-Assets account, the PM balance and the
BTCUSDT depth are recorded real responses from ccxt's static tests (``shared/ccxt-fixtures/response/binance.json``);
ADAUSD and USDTUSD of the asset index are Binance's own doc examples; the rest is synthetic.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from aiohttp import web

from tests.servers.fake_venue import (  # noqa: F401 - re-exported: the other fakes and the tests import them here
    DAY_MS,
    FAULTS,
    FakeVenue,
    _now_ms,
    synthetic_book,
    synthetic_closes,
)

# -- Binance USD-M -------------------------------------------------------------------------------

RECORDED_BTC_POSITION = {  # fixture fetchPositions "Fetch linear positions without symbols"
    "symbol": "BTCUSDT", "positionSide": "BOTH", "positionAmt": "0.009", "entryPrice": "67445.9",
    "breakEvenPrice": "67479.62295", "markPrice": "67502.68519858", "unRealizedProfit": "0.51106678",
    "liquidationPrice": "64846.98753790", "isolatedMargin": "0", "notional": "607.52416678",
    "marginAsset": "USDT", "isolatedWallet": "0", "initialMargin": "7.59405208", "maintMargin": "2.43009666",
    "positionInitialMargin": "7.59405208", "openOrderInitialMargin": "0", "adl": "2", "bidNotional": "0",
    "askNotional": "0", "updateTime": "1722161166529"}

RECORDED_DEPTH = {  # fixture fetchOrderBook "swap orderbook"
    "lastUpdateId": "35263532345", "E": "1706803917264", "T": "1706803917258",
    "bids": [["42651.10", "470.672"], ["42650.00", "66.452"], ["42646.80", "126.261"], ["42616.10", "1.394"],
             ["42609.80", "93.162"]],
    "asks": [["42878.00", "7.011"], ["42950.90", "0.005"], ["42980.90", "0.061"], ["42981.80", "23.165"],
             ["42998.10", "0.071"]]}

# fixture options.leverageBrackets: [notional floor, maintenance margin ratio] per tier
BRACKETS = {
    "BTCUSDT": [(0, .004), (50000, .005), (250000, .01), (3000000, .025), (20000000, .05), (40000000, .1),
                (100000000, .125), (120000000, .15), (200000000, .25), (300000000, .5)],
    "ETHUSDT": [(0, .005), (100000, .0065), (250000, .01), (2000000, .02), (15000000, .05), (30000000, .1),
                (60000000, .125), (80000000, .15), (100000000, .25), (150000000, .5)],
    "LTCUSDT": [(0, .0065), (10000, .01), (50000, .02), (250000, .05), (1000000, .1), (2000000, .125),
                (5000000, .15), (10000000, .25)],
}
MARKS = {"BTCUSDT": 67502.68519858, "ETHUSDT": 3450.25, "LTCUSDT": 71.1}
DELIVERY = "BTCUSDT_260626"  # the quarterly of ``FakeBinance(delivery=True)``
DELIVERY_MS = 1782460800000  # 2026-06-26 08:00 UTC, Binance's quarterly delivery time
DELIVERY_MARK = 68150.4
#: the held quarterly (synthetic): a cross long of 0.02 BTC
DELIVERY_POSITION = {
    "symbol": DELIVERY, "positionSide": "BOTH", "positionAmt": "0.020", "entryPrice": "67000.0",
    "breakEvenPrice": "67026.8", "markPrice": str(DELIVERY_MARK), "unRealizedProfit": "23.008",
    "liquidationPrice": "0", "isolatedMargin": "0", "notional": "1363.008", "marginAsset": "USDT",
    "isolatedWallet": "0", "initialMargin": "68.1504", "maintMargin": "5.452032", "positionInitialMargin": "68.1504",
    "openOrderInitialMargin": "0", "adl": "1", "bidNotional": "0", "askNotional": "0", "updateTime": "1722161166529"}


def _brackets(symbol: str) -> dict:
    rows, cum, tiers = BRACKETS.get(symbol, BRACKETS["BTCUSDT"]), 0.0, []
    for i, (floor, mmr) in enumerate(rows):
        cap = rows[i + 1][0] if i + 1 < len(rows) else floor * 2
        if i:
            cum += floor * (mmr - rows[i - 1][1])  # Binance's maintenance amount: continuity at each floor
        tiers.append({"bracket": i + 1, "initialLeverage": max(1, int(0.5 / mmr)), "notionalCap": cap,
                      "notionalFloor": floor, "maintMarginRatio": mmr, "cum": round(cum, 4)})
    return {"symbol": symbol, "brackets": tiers}


def _delivery_market() -> dict:
    return dict(_market(DELIVERY, "BTC"), pair="BTCUSDT", contractType="CURRENT_QUARTER", deliveryDate=DELIVERY_MS)


def _market(symbol: str, base: str) -> dict:
    return {"symbol": symbol, "pair": symbol, "contractType": "PERPETUAL", "deliveryDate": 4133404800000,
            "onboardDate": 1569398400000, "status": "TRADING", "baseAsset": base, "quoteAsset": "USDT",
            "marginAsset": "USDT", "pricePrecision": 2, "quantityPrecision": 3, "baseAssetPrecision": 8,
            "quotePrecision": 8, "underlyingType": "COIN", "settlePlan": 0, "triggerProtect": "0.0500",
            "liquidationFee": "0.012500", "marketTakeBound": "0.05",
            "filters": [{"filterType": "PRICE_FILTER", "minPrice": "0.10", "maxPrice": "4529764", "tickSize": "0.10"},
                        {"filterType": "LOT_SIZE", "minQty": "0.001", "maxQty": "1000", "stepSize": "0.001"},
                        {"filterType": "MIN_NOTIONAL", "notional": "5"}],
            "orderTypes": ["LIMIT", "MARKET"], "timeInForce": ["GTC", "IOC", "FOK", "GTX"]}


MODES = ("single_asset", "multi_assets", "portfolio_margin")

# fixture fetchPositions "Fetch linear positions using account endnpoint" (GET /fapi/v3/account): a Multi-Assets
# account (USDT and USDC wallets, one shared availableBalance quoted in each asset, totals in USD)
_ZERO = "0.00000000"
_MA_ROW = {"walletBalance": _ZERO, "unrealizedProfit": _ZERO, "marginBalance": _ZERO, "maintMargin": _ZERO,
           "initialMargin": _ZERO, "positionInitialMargin": _ZERO, "openOrderInitialMargin": _ZERO,
           "crossWalletBalance": _ZERO, "crossUnPnl": _ZERO, "maxWithdrawAmount": _ZERO, "updateTime": "0"}
RECORDED_MULTI_ASSETS_ACCOUNT = {
    "totalInitialMargin": "7.59482199", "totalMaintMargin": "2.43034303", "totalWalletBalance": "25.72610060",
    "totalUnrealizedProfit": "0.54230362", "totalMarginBalance": "26.26840422",
    "totalPositionInitialMargin": "7.59482199", "totalOpenOrderInitialMargin": _ZERO,
    "totalCrossWalletBalance": "25.72610060", "totalCrossUnPnl": "0.54230362", "availableBalance": "18.65949928",
    "maxWithdrawAmount": "18.65949928",
    "assets": [
        dict(_MA_ROW, asset="FDUSD", availableBalance="18.46663722"),
        dict(_MA_ROW, asset="BTC", availableBalance="0.00026317"),
        dict(_MA_ROW, asset="BNB", availableBalance="0.03068085", updateTime="1722095514499"),
        dict(_MA_ROW, asset="ETH", availableBalance="0.00548108"),
        dict(_MA_ROW, asset="USDT", walletBalance="3.72964781", unrealizedProfit="0.54238506",
             marginBalance="4.27203287", maintMargin="2.43022194", initialMargin="7.59444356",
             positionInitialMargin="7.59444356", crossWalletBalance="3.72964781", crossUnPnl="0.54238506",
             availableBalance="18.65856952", maxWithdrawAmount="3.72964781", updateTime="1722161166529"),
        dict(_MA_ROW, asset="USDC", walletBalance="22.00000000", marginBalance="22.00000000",
             crossWalletBalance="22.00000000", availableBalance="18.65830123", maxWithdrawAmount="18.65830123",
             updateTime="1721991855073")],
    "positions": [{"symbol": "BTCUSDT", "positionSide": "BOTH", "positionAmt": "0.009",
                   "unrealizedProfit": "0.54238506", "isolatedMargin": "0", "notional": "607.55548506",
                   "isolatedWallet": "0", "initialMargin": "7.59444356", "maintMargin": "2.43022194",
                   "updateTime": "1722161166529"}]}

# fixture fetchBalance "fetch linear papi balance" (GET /papi/v1/balance)
_PM_ROW = {"crossMarginAsset": "0.0", "crossMarginBorrowed": "0.0", "crossMarginFree": "0.0",
           "crossMarginInterest": "0.0", "crossMarginLocked": "0.0", "umWalletBalance": "0.0", "umUnrealizedPNL": "0.0",
           "cmWalletBalance": "0.0", "cmUnrealizedPNL": "0.0", "negativeBalance": "0.0"}
RECORDED_PM_BALANCE = [
    dict(_PM_ROW, asset="ETH", totalWalletBalance="0.00057786", cmWalletBalance="0.00057786",
         updateTime="1708067615305"),
    dict(_PM_ROW, asset="USDT", totalWalletBalance="136.03451668", crossMarginAsset="30.6003261",
         crossMarginBorrowed="0.00011146", crossMarginFree="30.6003261", crossMarginInterest="0.00000197",
         umWalletBalance="105.43419058", updateTime="1708064880778"),
    dict(_PM_ROW, asset="LTC", totalWalletBalance="0.000636", crossMarginAsset="0.000636", crossMarginFree="0.000636",
         updateTime="1707550484595"),
    dict(_PM_ROW, asset="ADA", totalWalletBalance="10.0325", crossMarginAsset="10.0325", crossMarginFree="10.0325",
         updateTime="1707550484595")]

# GET /papi/v1/account ("Account Information", portfolio-margin/account): synthetic figures, coherent with
# Binance's definition uniMMR = accountEquity / accountMaintMargin (143.41005120 / 11.32573033 = 12.66232260)
PM_ACCOUNT = {"uniMMR": "12.66232260", "accountEquity": "143.41005120", "actualEquity": "147.33220731",
              "accountInitialMargin": "41.25000000", "accountMaintMargin": "11.32573033", "accountStatus": "NORMAL",
              "virtualMaxWithdrawAmount": "102.16005120", "totalAvailableBalance": "102.16005120",
              "totalMarginOpenLoss": "0.00000000", "updateTime": 1772438400000}

# GET /sapi/v1/portfolio/collateralRate ("Portfolio Margin Collateral Rate"): USDC and BUSD are the doc example;
# the other rows are synthetic
PM_COLLATERAL_RATES = [{"asset": "USDC", "collateralRate": "1.0000"}, {"asset": "BUSD", "collateralRate": "1.0000"},
                       {"asset": "USDT", "collateralRate": "1.0000"}, {"asset": "BTC", "collateralRate": "0.9500"},
                       {"asset": "ETH", "collateralRate": "0.9500"}, {"asset": "ADA", "collateralRate": "0.8000"},
                       {"asset": "LTC", "collateralRate": "0.8500"}]


def _asset_index_row(pair: str, index: str, buffer: str, auto_buffer: str) -> dict:
    """GET /fapi/v1/assetIndex row ("Multi-Assets Mode Asset Index"): bid/ask rates = index × (1 ∓ buffer)."""
    i, b, a = float(index), float(buffer), float(auto_buffer)
    return {"symbol": pair, "time": _now_ms(), "index": index, "bidBuffer": buffer, "askBuffer": buffer,
            "bidRate": f"{i * (1 - b):.8f}", "askRate": f"{i * (1 + b):.8f}", "autoExchangeBidBuffer": auto_buffer,
            "autoExchangeAskBuffer": auto_buffer, "autoExchangeBidRate": f"{i * (1 - a):.8f}",
            "autoExchangeAskRate": f"{i * (1 + a):.8f}"}


#: (pair, index, bidBuffer, autoExchangeBuffer). The buffers are the haircuts of Binance's FAQ "What Is
#: Multi-Assets Mode" (BTC/ETH/BNB valued at 95 %, XRP/ADA/DOT at 90 %, USDT/USDC at 99.99 %); ADAUSD is the doc
#: example of /fapi/v1/assetIndex, USDTUSD the doc example of the assetIndex stream; other indices synthetic.
ASSET_INDEX = [("BTCUSD", "67489.18466154", "0.05000000", "0.02500000"),
               ("ETHUSD", "3449.56000000", "0.05000000", "0.02500000"),
               ("BNBUSD", "590.10000000", "0.05000000", "0.02500000"),
               ("XRPUSD", "0.52000000", "0.10000000", "0.05000000"),
               ("ADAUSD", "1.92957370", "0.10000000", "0.05000000"),
               ("DOTUSD", "6.10000000", "0.10000000", "0.05000000"),
               ("USDTUSD", "0.99987691", "0.00010000", "0.00010000"),
               ("USDCUSD", "1.00002000", "0.00010000", "0.00010000")]

#: GET /fapi/v1/adlQuantile ("Position ADL Quantile Estimation"): one-way rows give BOTH, cross hedge pairs give
#: the same LONG and SHORT with the HEDGE flag, isolated hedge rows give LONG, SHORT and BOTH. Consistent with the
#: positions' own ``adl`` fields.
ADL_QUANTILES = {
    ("fapi", False): [{"symbol": "BTCUSDT", "adlQuantile": {"LONG": 0, "SHORT": 0, "BOTH": 2}},
                      {"symbol": "ETHUSDT", "adlQuantile": {"LONG": 0, "SHORT": 0, "BOTH": 1}}],
    ("fapi", True): [{"symbol": "BTCUSDT", "adlQuantile": {"LONG": 3, "SHORT": 3, "HEDGE": 0}},
                     {"symbol": "ETHUSDT", "adlQuantile": {"LONG": 0, "SHORT": 1, "BOTH": 0}}],
    ("papi", False): [{"symbol": "BTCUSDT", "adlQuantile": {"LONG": 0, "SHORT": 0, "BOTH": 4}},
                      {"symbol": "ETHUSDT", "adlQuantile": {"LONG": 0, "SHORT": 0, "BOTH": 2}}],
    ("papi", True): [{"symbol": "BTCUSDT", "adlQuantile": {"LONG": 4, "SHORT": 0, "BOTH": 0}},
                     {"symbol": "ETHUSDT", "adlQuantile": {"LONG": 0, "SHORT": 2, "BOTH": 0}}],
}


class FakeBinance(FakeVenue):
    """Binance USD-M in one of ``MODES``, one-way or hedge (see the module docstring)."""

    name = "binanceusdm"

    def __init__(self, *args, trading_rights: bool = False, mode: str = "single_asset", hedge: bool = False,
                 delivery: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        assert mode in MODES, mode
        self.trading_rights = trading_rights
        self.mode = mode
        self.hedge = hedge
        self.delivery = delivery
        self.marks = dict(MARKS, **{DELIVERY: DELIVERY_MARK})  # answered for the quarterly whether listed or not
        self.extra_positions: list[dict] = []  # raw positionRisk rows added to every answer
        sym = lambda r: r.query.get("symbol")  # noqa: E731
        self.routes.update({
            "/fapi/v1/exchangeInfo": lambda r: {"timezone": "UTC", "serverTime": _now_ms(), "rateLimits": [],
                                                "symbols": [_market(s, s[:-4]) for s in MARKS]
                                                + ([_delivery_market()] if self.delivery else [])},
            "/fapi/v1/leverageBracket": lambda r: ([_brackets(sym(r))] if sym(r) else
                                                   [_brackets(s) for s in self.bracket_symbols()]),
            "/fapi/v3/positionRisk": lambda r: self.positions(),
            "/fapi/v3/account": lambda r: self.account(),
            "/fapi/v1/symbolConfig": lambda r: [
                {"symbol": "BTCUSDT", "marginType": "CROSSED", "isAutoAddMargin": "false", "leverage": 80,
                 "maxNotionalValue": "1000000"},
                {"symbol": "ETHUSDT", "marginType": "ISOLATED", "isAutoAddMargin": "false", "leverage": 5,
                 "maxNotionalValue": "1000000"}],
            "/fapi/v1/depth": lambda r: self.depth(sym(r)),
            "/fapi/v1/ticker/24hr": lambda r: (self.ticker(sym(r)) if sym(r) else
                                               [self.ticker(s) for s in self.marks]),
            "/fapi/v1/premiumIndex": lambda r: (self.premium(sym(r)) if sym(r) else
                                                [self.premium(s) for s in self.marks]),
            "/fapi/v1/openInterest": lambda r: {"symbol": sym(r), "openInterest": "81234.567", "time": _now_ms()},
            "/fapi/v1/klines": lambda r: self.klines(sym(r), int(r.query.get("limit", 60))),
            "/sapi/v1/account/apiRestrictions": lambda r: {
                "ipRestrict": False, "createTime": 1700000000000, "enableReading": True,
                "enableFutures": self.trading_rights, "enableSpotAndMarginTrading": self.trading_rights,
                "enableWithdrawals": self.trading_rights, "enableInternalTransfer": False,
                "enableMargin": False, "permitsUniversalTransfer": False, "enableVanillaOptions": False},
            # --- the account probe (core/exchanges/probes/binance.py) ---------------------------------------
            "/fapi/v1/multiAssetsMargin": lambda r: {"multiAssetsMargin": self.mode == "multi_assets"},
            "/fapi/v1/positionSide/dual": lambda r: {"dualSidePosition": self.hedge},
            "/fapi/v1/adlQuantile": lambda r: _only(ADL_QUANTILES[("fapi", self.hedge)], sym(r)),
            "/fapi/v1/assetIndex": lambda r: self.asset_index(sym(r)),
            "/sapi/v1/portfolio/collateralRate": lambda r: PM_COLLATERAL_RATES,
            # --- Portfolio Margin (/papi): -2015 unless the account is PM ------------------------------------
            "/papi/v1/account": lambda r: self.papi(lambda: PM_ACCOUNT),
            "/papi/v1/balance": lambda r: self.papi(lambda: RECORDED_PM_BALANCE),
            "/papi/v1/um/positionRisk": lambda r: self.papi(self.pm_positions),
            "/papi/v1/um/account": lambda r: self.papi(self.pm_um_account),
            "/papi/v1/um/leverageBracket": lambda r: self.papi(
                lambda: [_brackets(sym(r))] if sym(r) else [_brackets(s) for s in self.bracket_symbols()]),
            "/papi/v1/um/adlQuantile": lambda r: self.papi(lambda: _only(ADL_QUANTILES[("papi", self.hedge)], sym(r))),
            "/papi/v1/um/positionSide/dual": lambda r: self.papi(lambda: {"dualSidePosition": self.hedge}),
        })
        # --- the funding ledger (GET /fapi/v1/income, incomeType FUNDING_FEE) ---------------------------------
        self.income_rows: list[dict] = []  # raw income rows the account has (``RECORDED_FUNDING_INCOME`` shape)
        self.income_queries: list[dict] = []  # the query of each /fapi/v1/income request
        self.routes["/fapi/v1/income"] = self.income
        self.routes["/papi/v1/um/income"] = lambda r: self.papi(lambda: self.income(r))  # "Get UM Income History"
        # --- the long/short account ratio (GET /futures/data/globalLongShortAccountRatio, "Long/Short Ratio") -----
        self.long_short_rows: list[dict] = [dict(r) for r in LONG_SHORT_ROWS]  # oldest first, as Binance answers
        self.routes["/futures/data/globalLongShortAccountRatio"] = self.long_short

    def bracket_symbols(self) -> list[str]:
        return [*BRACKETS, *([DELIVERY] if self.delivery else [])]

    def papi(self, answer: Callable[[], Any]) -> Any:
        """A /papi answer for a Portfolio Margin account; Binance's -2015 refusal for any other."""
        return answer() if self.mode == "portfolio_margin" else self.revoked_response()

    def asset_index(self, pair: str | None) -> Any:
        rows = [_asset_index_row(*row) for row in ASSET_INDEX]
        if not pair:
            return rows
        row = next((r for r in rows if r["symbol"] == pair), None)
        return row if row is not None else web.json_response({"code": -1121, "msg": "Invalid symbol."}, status=400)

    def revoked_response(self) -> web.Response:
        return web.json_response({"code": -2015, "msg": "Invalid API-key, IP, or permissions for action."},
                                 status=401)

    def rate_limited_response(self) -> web.Response:
        return web.json_response({"code": -1003, "msg": "Too many requests; current limit is 2400 per minute."},
                                 status=429)

    def server_error_response(self) -> web.Response:  # Binance "Error Codes": -1000 UNKNOWN
        return web.json_response({"code": -1000, "msg": "An unknown error occured while processing the request."},
                                 status=500)

    def unavailable_response(self) -> web.Response:  # -1001 DISCONNECTED, with HTTP 503 ("General Info": 503)
        return web.json_response({"code": -1001, "msg": "Internal error; unable to process your request. "
                                                        "Please try again."}, status=503)

    def positions(self) -> list:
        """GET /fapi/v3/positionRisk for the current mode, with the delivery and extra rows."""
        extra = ([DELIVERY_POSITION] if self.delivery else []) + list(self.extra_positions)
        return self.base_positions() + extra

    def base_positions(self) -> list:
        if self.mode == "portfolio_margin":
            return []  # the PM wallet is not behind /fapi (assumption, see the module docstring)
        one_way = self.one_way_positions()
        if self.mode == "multi_assets":
            return [one_way[0], one_way[2]]  # Multi-Assets is cross only: the recorded BTC long and the flat row
        if not self.hedge:
            return one_way
        btc, eth = one_way[0], one_way[1]
        short = dict(btc, positionSide="SHORT", positionAmt="-0.004", entryPrice="67600.0", breakEvenPrice="67627.04",
                     unRealizedProfit="0.38925921", liquidationPrice="0", notional="-270.01074079",
                     initialMargin="3.37513426", maintMargin="1.08004296", positionInitialMargin="3.37513426",
                     adl="3")
        return [dict(btc, positionSide="LONG", adl="3"), short, dict(eth, positionSide="SHORT")]

    def one_way_positions(self) -> list:
        eth = {"symbol": "ETHUSDT", "positionSide": "BOTH", "positionAmt": "-0.5", "entryPrice": "3400.0",
               "breakEvenPrice": "3398.3", "markPrice": "3450.25", "unRealizedProfit": "-25.125",
               "liquidationPrice": "3861.21872153", "isolatedMargin": "329.7865", "notional": "-1725.125",
               "marginAsset": "USDT", "isolatedWallet": "354.9115", "initialMargin": "345.025",
               "maintMargin": "8.625625", "positionInitialMargin": "345.025", "openOrderInitialMargin": "0",
               "adl": "1", "bidNotional": "0", "askNotional": "0", "updateTime": "1722161166529"}
        flat = dict(eth, symbol="LTCUSDT", positionAmt="0", entryPrice="0", markPrice="71.1", notional="0",
                    unRealizedProfit="0", liquidationPrice="0", isolatedMargin="0", isolatedWallet="0")
        return [RECORDED_BTC_POSITION, eth, flat]

    def account(self) -> dict:
        """GET /fapi/v3/account for the current mode."""
        if self.mode == "multi_assets":
            return RECORDED_MULTI_ASSETS_ACCOUNT
        if self.mode == "portfolio_margin":  # an empty futures wallet (assumption, see the module docstring)
            return {**{k: _ZERO for k in RECORDED_MULTI_ASSETS_ACCOUNT if k.startswith("total")},
                    "availableBalance": _ZERO, "maxWithdrawAmount": _ZERO, "assets": [], "positions": []}
        return self.single_asset_account()

    def single_asset_account(self) -> dict:
        # recorded "Linear swap balance" account, with a USDC asset added (synthetic)
        usdt = {"asset": "USDT", "walletBalance": "31.02261200", "unrealizedProfit": "0.00000000",
                "marginBalance": "31.02261200", "maintMargin": "0.00000000", "initialMargin": "0.00000000",
                "positionInitialMargin": "0.00000000", "openOrderInitialMargin": "0.00000000",
                "maxWithdrawAmount": "31.02261200", "crossWalletBalance": "31.02261200", "crossUnPnl": "0.00000000",
                "availableBalance": "31.02261200", "marginAvailable": True, "updateTime": "1701270042059"}
        usdc = dict(usdt, asset="USDC", walletBalance="22.0", marginBalance="22.0", availableBalance="22.0",
                    maxWithdrawAmount="22.0", crossWalletBalance="22.0")
        return {"feeTier": "0", "canTrade": True, "canDeposit": True, "canWithdraw": True, "tradeGroupId": "-1",
                "updateTime": "0", "multiAssetsMargin": False, "totalInitialMargin": "0.00000000",
                "totalMaintMargin": "0.00000000", "totalWalletBalance": "31.02261200",
                "totalUnrealizedProfit": "0.00000000", "totalMarginBalance": "31.02261200",
                "totalPositionInitialMargin": "0.00000000", "totalOpenOrderInitialMargin": "0.00000000",
                "totalCrossWalletBalance": "31.02261200", "totalCrossUnPnl": "0.00000000",
                "availableBalance": "31.02261200", "maxWithdrawAmount": "31.02261200",
                "assets": [usdt, usdc], "positions": []}

    def pm_positions(self) -> list:
        """GET /papi/v1/um/positionRisk ("Query UM Position Information"): a BTC long and an ETH short at MARKS
        (synthetic; PM positions carry leverage and no margin type or ``adl``)."""
        side = ("LONG", "SHORT") if self.hedge else ("BOTH", "BOTH")
        common = {"maxNotionalValue": "500000", "updateTime": 1772438400000}
        return [
            dict(common, symbol="BTCUSDT", positionAmt="0.010", entryPrice="66000.0", markPrice="67502.68519858",
                 unRealizedProfit="15.02685199", liquidationPrice="53121.40000000", leverage="20",
                 positionSide=side[0], notional="675.02685199", breakEvenPrice="66026.4"),
            dict(common, symbol="ETHUSDT", positionAmt="-0.500", entryPrice="3400.0", markPrice="3450.25",
                 unRealizedProfit="-25.12500000", liquidationPrice="3912.77000000", leverage="10",
                 positionSide=side[1], notional="-1725.12500000", breakEvenPrice="3398.3")]

    def pm_um_account(self) -> dict:
        """GET /papi/v1/um/account ("Get UM Account Detail"; what ccxt's fetch_leverages reads for a PM account)."""
        rows = [{"symbol": p["symbol"], "initialMargin": "0", "maintMargin": "0",
                 "unrealizedProfit": p["unRealizedProfit"], "positionInitialMargin": "0",
                 "openOrderInitialMargin": "0", "leverage": p["leverage"], "entryPrice": p["entryPrice"],
                 "maxNotional": p["maxNotionalValue"], "bidNotional": "0", "askNotional": "0",
                 "positionSide": p["positionSide"], "positionAmt": p["positionAmt"], "updateTime": p["updateTime"]}
                for p in self.pm_positions()]
        return {"assets": [], "positions": rows}

    def depth(self, symbol: str | None) -> dict:
        if symbol == "BTCUSDT":
            return RECORDED_DEPTH
        bids, asks = synthetic_book(self.marks.get(symbol or "", 100.0))
        return {"lastUpdateId": 1, "E": _now_ms(), "T": _now_ms(), "bids": bids, "asks": asks}

    def ticker(self, symbol: str) -> dict:
        mark = self.marks[symbol]
        return {"symbol": symbol, "priceChange": "0", "priceChangePercent": "0", "weightedAvgPrice": str(mark),
                "lastPrice": str(mark), "lastQty": "0.01", "openPrice": str(mark), "highPrice": str(mark * 1.02),
                "lowPrice": str(mark * 0.98), "volume": "1000", "quoteVolume": str(mark * 1000),
                "openTime": _now_ms() - DAY_MS, "closeTime": _now_ms(), "firstId": 1, "lastId": 2, "count": 2}

    def premium(self, symbol: str) -> dict:
        mark = self.marks[symbol]
        return {"symbol": symbol, "markPrice": str(mark), "indexPrice": str(mark * 0.9998),
                "estimatedSettlePrice": str(mark), "lastFundingRate": "0.00010000", "interestRate": "0.00010000",
                "nextFundingTime": _now_ms() + 3_600_000, "time": _now_ms()}

    def klines(self, symbol: str, limit: int) -> list:
        closes = synthetic_closes(self.marks[symbol], min(limit, 60))
        start = _now_ms() - len(closes) * DAY_MS
        return [[start + i * DAY_MS, str(c), str(c * 1.01), str(c * 0.99), str(c), "1000",
                 start + (i + 1) * DAY_MS - 1, "0", 10, "0", "0", "0"] for i, c in enumerate(closes)]


    def long_short(self, request: web.Request) -> list:
        """The last ``limit`` rows (default 30), oldest first, each with the asked ``symbol``."""
        limit = int(request.query.get("limit", 30))
        return [dict(r, symbol=request.query.get("symbol", "")) for r in self.long_short_rows[-limit:]]

    def income(self, request: web.Request) -> list:
        """GET /fapi/v1/income ("Get Income History"): the rows of ``incomeType`` (and ``symbol``) with ``startTime``
        <= time <= ``endTime``, oldest first, at most ``limit`` (default 100, max 1000)."""
        q = dict(request.query)
        self.income_queries.append(q)
        rows = [r for r in self.income_rows if r.get("incomeType") == q.get("incomeType", r.get("incomeType"))
                and (not q.get("symbol") or r.get("symbol") == q["symbol"])
                and int(q.get("startTime", 0)) <= int(r["time"]) <= int(q.get("endTime", 10**15))]
        return sorted(rows, key=lambda r: int(r["time"]))[: min(int(q.get("limit", 100)), 1000)]


#: A FUNDING_FEE income row as Binance answers it: the example in ccxt's ``binance.parse_income`` (a recorded
#: answer of /fapi/v1/income: an ETHUSDT funding payment received, income > 0). Tests move ``time`` into their window.
RECORDED_FUNDING_INCOME = {"symbol": "ETHUSDT", "incomeType": "FUNDING_FEE", "income": "0.00134317", "asset": "USDT",
                           "time": "1621584000000", "info": "FUNDING_FEE", "tranId": "4480321991774044580",
                           "tradeId": ""}


#: GET /futures/data/globalLongShortAccountRatio rows: the newest is the answer ccxt's binance.py documents
#: (parse_long_short_ratio: longAccount 0.4558, shortAccount 0.5442, ratio 0.8376 = 0.4558 / 0.5442); the row an
#: hour before is synthetic (ratio 1.0), so a reader that takes the oldest row is caught.
LONG_SHORT_ROWS = (
    {"symbol": "BTCUSDT", "longAccount": "0.5000", "longShortRatio": "1.0000", "shortAccount": "0.5000",
     "timestamp": 1726786800000},
    {"symbol": "BTCUSDT", "longAccount": "0.4558", "longShortRatio": "0.8376", "shortAccount": "0.5442",
     "timestamp": 1726790400000},
)


def _only(rows: list, symbol: str | None) -> list:
    return [r for r in rows if r["symbol"] == symbol] if symbol else rows


def dumps(obj: Any) -> str:
    return json.dumps(obj)
