"""A loopback fake of Bybit v5 (linear perpetuals, unified account).

Recorded (``shared/ccxt-fixtures/response/bybit.json``): the LTCUSDT position, the unified wallet
balance (USDT and BTC coins), the BTCUSDT ticker, order book and open interest shapes. Synthetic:
instruments, the BTC isolated short, risk limits, candles and the key-info answers.

Account modes (``FakeBybit(mode=...)``, shapes from Bybit's v5 docs: account/info, wallet-balance,
spot-margin-uta/tier-collateral-ratio, account/collateral-info):

* ``unified_cross`` (default): UTA 1.0 Pro (``unifiedMarginStatus`` 4), ``REGULAR_MARGIN``; the recorded
  wallet balance with its account figures.
* ``portfolio_margin``: UTA 2.0, ``PORTFOLIO_MARGIN``; the recorded coins with synthetic account figures.
* ``unified_isolated``: UTA 2.0, ``ISOLATED_MARGIN``; account-wide figures "" ("not applicable to UTA2.0
  (isolated margin)" in the wallet-balance docs).
* ``classic``: ``unifiedMarginStatus`` 1, the key's ``uta``/``unified`` 0 (ccxt then asks the CONTRACT
  wallet); account-wide figures "".

``position_mode="hedge"`` puts ``positionIdx`` 1 on the long and 2 on the short (one-way: 0).

Positions are answered per request the way v5 ``/position/list`` does: one ``category`` (and for linear one
``settleCoin``) at a time. ``usdc=True`` adds a USDC-settled linear perpetual (BTCPERP, a long) and
``inverse=True`` an inverse perpetual (BTCUSD, a short), each listed in its category's instruments (synthetic,
shapes from the v5 docs "Get Instruments Info" and "Get Position Info"). ``extra_positions[(category, settle)]``
adds raw rows to one answer (a symbol missing from the instruments, an implausible row).
The public tiered collateral table gives BTC the bands of Bybit's help-centre example ("Understanding
Collateral Value Ratios in Unified Trading Account": 0-10 BTC 0.98, 10-20 0.95, 20-30 0.9, 30-40 0.85,
40-50 0.8, above 50 0) and USDT 1 without bound; the other coins are synthetic.
"""

from __future__ import annotations

from aiohttp import web

from tests.servers.fake_binance import DAY_MS, FakeVenue, _now_ms, synthetic_book, synthetic_closes

MARKS = {"BTCUSDT": 51444.40, "ETHUSDT": 2950.10, "LTCUSDT": 71.1}
USDC_PERP, INVERSE_PERP = "BTCPERP", "BTCUSD"
EXTRA_MARKS = {USDC_PERP: 51450.0, INVERSE_PERP: 51440.0}

RECORDED_LTC_POSITION = {
    "symbol": "LTCUSDT", "leverage": "6", "autoAddMargin": "0", "avgPrice": "64.59947917", "liqPrice": "",
    "riskLimitValue": "200000", "takeProfit": "", "positionValue": "77.519375", "isReduceOnly": False,
    "tpslMode": "Full", "riskId": "71", "trailingStop": "0", "unrealisedPnl": "7.800625", "markPrice": "71.1",
    "adlRankIndicator": "2", "cumRealisedPnl": "-51.90142002", "positionMM": "0.81072399",
    "createdTime": "1677168085779", "positionIdx": "0", "positionIM": "12.95542633", "seq": "15411084098",
    "updatedTime": "1699948800031", "side": "Buy", "bustPrice": "", "positionBalance": "11.699649",
    "leverageSysUpdatedTime": "", "size": "1.2", "positionStatus": "Normal", "mmrSysUpdatedTime": "1698293363950",
    "stopLoss": "", "tradeMode": "0"}

RECORDED_COINS = [
    {"availableToBorrow": "", "bonus": "0", "accruedInterest": "0", "availableToWithdraw": "", "totalOrderIM": "0",
     "equity": "0.85581394", "totalPositionMM": "0", "usdValue": "82669.24739887", "unrealisedPnl": "0",
     "collateralSwitch": True, "spotHedgingQty": "0", "borrowAmount": "0.000000000000000000",
     "totalPositionIM": "0", "walletBalance": "0.85581394", "cumRealisedPnl": "-0.00190505", "locked": "0",
     "marginCollateral": True, "coin": "BTC"},
    {"availableToBorrow": "", "bonus": "0", "accruedInterest": "0", "availableToWithdraw": "", "totalOrderIM": "0",
     "equity": "3304.29766609", "totalPositionMM": "7.00285644", "usdValue": "3304.05314806",
     "unrealisedPnl": "-17.9613", "collateralSwitch": True, "spotHedgingQty": "0",
     "borrowAmount": "0.000000000000000000", "totalPositionIM": "50.61831144", "walletBalance": "3322.25896609",
     "cumRealisedPnl": "-10225.43901403", "locked": "42", "marginCollateral": True, "coin": "USDT"},
]


#: Bybit help centre, "Understanding Collateral Value Ratios in Unified Trading Account" (example table)
BTC_COLLATERAL_BANDS = [("0", "10", "0.98"), ("10", "20", "0.95"), ("20", "30", "0.9"), ("30", "40", "0.85"),
                        ("40", "50", "0.8"), ("50", "", "0")]
COLLATERAL_BANDS = {
    "BTC": BTC_COLLATERAL_BANDS,
    "USDT": [("0", "", "1")],
    "USDC": [("0", "", "1")],  # synthetic from here on
    "ETH": [("0", "100", "0.95"), ("100", "", "0.9")],
    "XRP": [("0", "500000", "0.8"), ("500000", "", "0")],
}
#: mode -> (unifiedMarginStatus, marginMode)
MODES = {"classic": (1, "REGULAR_MARGIN"), "unified_isolated": (5, "ISOLATED_MARGIN"),
         "unified_cross": (4, "REGULAR_MARGIN"), "portfolio_margin": (5, "PORTFOLIO_MARGIN")}
RECORDED_WALLET = {  # fixture fetchBalance "balance after availableToWithdraw update", account fields
    "totalEquity": "92255.96988644", "accountIMRate": "0.0006", "totalMarginBalance": "90042.2788482",
    "totalInitialMargin": "54.3100333", "accountType": "UNIFIED", "totalAvailableBalance": "89987.9688149",
    "accountMMRate": "0", "totalPerpUPL": "-21.66812467", "totalWalletBalance": "90060.46626531",
    "accountLTV": "0", "totalMaintenanceMargin": "7.38826721"}
#: synthetic Portfolio Margin figures (accountMMRate = totalMaintenanceMargin / totalEquity, 4 decimals)
PM_WALLET = dict(RECORDED_WALLET, accountIMRate="0.0244", accountMMRate="0.0135", totalInitialMargin="2250.6",
                 totalMaintenanceMargin="1245.3", totalAvailableBalance="87791.67884")
#: the fields Bybit leaves "" for isolated margin and classic accounts
ACCOUNT_WIDE = ("accountIMRate", "accountMMRate", "totalMarginBalance", "totalInitialMargin", "totalAvailableBalance",
                "totalPerpUPL", "totalWalletBalance", "accountLTV", "totalMaintenanceMargin", "totalEquity")


#: GET /v5/market/account-ratio rows, newest first: the newest is the answer ccxt's bybit.py documents (buyRatio
#: 0.5707, sellRatio 0.4293: ccxt's ratio is buy / sell = 1.32937...); the row an hour before is synthetic.
LONG_SHORT_ROWS = (
    {"symbol": "BTCUSDT", "buyRatio": "0.5707", "sellRatio": "0.4293", "timestamp": "1729123200000"},
    {"symbol": "BTCUSDT", "buyRatio": "0.5", "sellRatio": "0.5", "timestamp": "1729119600000"},
)


def _ok(result, time_ms: int | None = None) -> dict:
    return {"retCode": 0, "retMsg": "OK", "result": result, "retExtInfo": {}, "time": time_ms or _now_ms()}


def _usdc_instrument() -> dict:
    return dict(_instrument(USDC_PERP, "BTC"), quoteCoin="USDC", settleCoin="USDC")


def _inverse_instrument() -> dict:
    return dict(_instrument(INVERSE_PERP, "BTC"), contractType="InversePerpetual", quoteCoin="USD",
                settleCoin="BTC", lotSizeFilter={"maxOrderQty": "1000000", "minOrderQty": "1", "qtyStep": "1",
                                                 "postOnlyMaxOrderQty": "1000000", "minNotionalValue": ""})


def _instrument(symbol: str, base: str) -> dict:
    return {"symbol": symbol, "contractType": "LinearPerpetual", "status": "Trading", "baseCoin": base,
            "quoteCoin": "USDT", "launchTime": "1585526400000", "deliveryTime": "0", "deliveryFeeRate": "",
            "priceScale": "2", "leverageFilter": {"minLeverage": "1", "maxLeverage": "100.00", "leverageStep": "0.01"},
            "priceFilter": {"minPrice": "0.10", "maxPrice": "1999999.80", "tickSize": "0.10"},
            "lotSizeFilter": {"maxOrderQty": "1190.000", "minOrderQty": "0.001", "qtyStep": "0.001",
                              "postOnlyMaxOrderQty": "1190.000", "minNotionalValue": "5"},
            "unifiedMarginTrade": True, "fundingInterval": 480, "settleCoin": "USDT", "copyTrading": "both",
            "upperFundingRate": "0.00375", "lowerFundingRate": "-0.00375"}


class FakeBybit(FakeVenue):
    """Bybit v5: LTC cross long (recorded), BTC isolated short (synthetic)."""

    name = "bybit"

    def __init__(self, *args, trading_rights: bool = False, mode: str = "unified_cross",
                 position_mode: str = "one_way", usdc: bool = False, inverse: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        assert mode in MODES and position_mode in ("one_way", "hedge"), (mode, position_mode)
        self.trading_rights = trading_rights
        self.mode = mode
        self.position_mode = position_mode
        self.usdc, self.inverse = usdc, inverse
        self.marks = dict(MARKS, **EXTRA_MARKS)
        self.extra_positions: dict[tuple[str, str], list[dict]] = {}  # (category, settle coin or "") -> raw rows
        self.position_queries: list[dict] = []  # the query of each /v5/position/list request
        sym = lambda r: r.query.get("symbol")  # noqa: E731
        self.routes.update({
            "/v5/market/instruments-info": lambda r: _ok(
                {"category": r.query.get("category", "linear"), "nextPageCursor": "",
                 "list": [] if r.query.get("status") == "PreLaunch" else self.instruments(r.query.get("category"))}),
            "/v5/position/list": lambda r: _ok({"nextPageCursor": "", "category": r.query.get("category"),
                                                "list": self.position_list(dict(r.query))}),
            "/v5/user/query-api": lambda r: _ok(self.key_info()),
            "/v5/account/info": lambda r: _ok(self.account_info()),
            "/v5/account/wallet-balance": lambda r: _ok({"list": [self.wallet()]}),
            "/v5/account/collateral-info": lambda r: _ok({"list": self.collateral_info(r.query.get("currency"))}),
            "/v5/spot-margin-trade/collateral": lambda r: _ok(
                {"list": self.tiered_collateral(r.query.get("currency"))}),
            "/v5/market/tickers": lambda r: _ok({"category": r.query.get("category", "linear"), "list": [
                self.ticker(s) for s in self.marks if not sym(r) or s == sym(r)]}),
            "/v5/market/orderbook": lambda r: _ok(self.book(sym(r))),
            "/v5/market/open-interest": lambda r: _ok({"symbol": sym(r), "category": "linear", "nextPageCursor": "",
                                                       "list": [{"openInterest": "62129.45500000",
                                                                 "timestamp": str(_now_ms())}]}),
            "/v5/market/risk-limit": lambda r: _ok({"category": "linear", "list": self.risk_limits(sym(r))}),
            "/v5/market/kline": lambda r: _ok({"category": "linear", "symbol": sym(r),
                                               "list": self.klines(sym(r), int(r.query.get("limit", 60)))}),
        })
        # --- the funding ledger (GET /v5/execution/list, execType Funding) ---------------------------------------
        self.execution_rows: list[dict] = []  # raw execution rows (``RECORDED_FUNDING_EXECUTIONS`` shape)
        self.execution_queries: list[dict] = []  # the query of each /v5/execution/list request
        self.routes["/v5/execution/list"] = self.execution_list
        # --- the long/short account ratio (GET /v5/market/account-ratio, "Get Long Short Ratio") ---------------
        self.long_short_rows: list[dict] = [dict(r) for r in LONG_SHORT_ROWS]  # newest first, as Bybit answers
        self.routes["/v5/market/account-ratio"] = lambda r: _ok({"list": [
            dict(row, symbol=r.query.get("symbol", ""))
            for row in self.long_short_rows[:int(r.query.get("limit", 50))]]})

    def revoked_response(self) -> web.Response:
        return web.json_response({"retCode": 10003, "retMsg": "API key is invalid.", "result": {},
                                  "retExtInfo": {}, "time": _now_ms()}, status=401)

    def rate_limited_response(self) -> web.Response:
        return web.json_response({"retCode": 10006, "retMsg": "Too many visits!", "result": {},
                                  "retExtInfo": {}, "time": _now_ms()}, status=429)

    def server_error_response(self) -> web.Response:  # v5 "Error Codes": 10016 "Internal server error"
        return web.json_response({"retCode": 10016, "retMsg": "System error. Please try again later.", "result": {},
                                  "retExtInfo": {}, "time": _now_ms()}, status=500)

    def key_info(self) -> dict:
        trade = ["Order", "Position"] if self.trading_rights else []
        return {"id": "13770661", "note": "undertow", "apiKey": "", "readOnly": 0 if self.trading_rights else 1,
                "secret": "", "permissions": {"ContractTrade": trade, "Spot": [], "Wallet":
                                              ["AccountTransfer", "Withdraw"] if self.trading_rights else [],
                                              "Options": [], "Derivatives": [], "Exchange": [], "NFT": []},
                "ips": ["*"], "type": 1, "deadlineDay": 83, "unified": 0, "uta": int(self.mode != "classic")}

    def account_info(self) -> dict:
        status, margin_mode = MODES[self.mode]
        return {"unifiedMarginStatus": status, "marginMode": margin_mode, "isMasterTrader": False,
                "spotHedgingStatus": "OFF", "updatedTime": "1697078946000", "dcpStatus": "OFF", "timeWindow": 10,
                "smpGroup": 0}

    def wallet(self) -> dict:
        """The account row of ``/v5/account/wallet-balance`` in the current mode."""
        if self.mode == "unified_cross":
            return dict(RECORDED_WALLET, coin=RECORDED_COINS)
        if self.mode == "portfolio_margin":
            return dict(PM_WALLET, coin=RECORDED_COINS)
        blank = dict(RECORDED_WALLET, **{k: "" for k in ACCOUNT_WIDE})
        return dict(blank, accountType="CONTRACT" if self.mode == "classic" else "UNIFIED", coin=RECORDED_COINS)

    def tiered_collateral(self, currency: str | None) -> list:
        return [{"currency": coin, "collateralRatioList": [
                    {"minQty": lo, "maxQty": hi, "collateralRatio": rate} for lo, hi, rate in bands]}
                for coin, bands in COLLATERAL_BANDS.items() if not currency or coin == currency]

    def collateral_info(self, currency: str | None) -> list:
        rows = []
        for coin, bands in COLLATERAL_BANDS.items():
            if currency and coin != currency:
                continue
            rows.append({"currency": coin, "hourlyBorrowRate": "0.0000015", "maxBorrowingAmount": "1000000",
                         "freeBorrowingLimit": "", "freeBorrowAmount": "0", "borrowAmount": "0",
                         "otherBorrowAmount": "0", "availableToBorrow": "1000000", "borrowable": True,
                         "borrowUsageRate": "0", "marginCollateral": True, "collateralSwitch": True,
                         "freeBorrowingAmount": "", "collateralRatio": bands[0][2]})  # deprecated field
        return rows

    def instruments(self, category: str | None) -> list:
        if category == "inverse":
            return [_inverse_instrument()] if self.inverse else []
        if category not in (None, "linear"):
            return []
        return [_instrument(s, s[:-4]) for s in MARKS] + ([_usdc_instrument()] if self.usdc else [])

    def position_list(self, query: dict) -> list:
        """One /v5/position/list answer: the category (and linear settle coin) asked for, as Bybit answers."""
        self.position_queries.append(query)
        category, settle = query.get("category"), query.get("settleCoin") or ""
        rows: list = []
        if category == "linear" and settle == "USDT":
            rows = self.positions()
        elif category == "linear" and settle == "USDC" and self.usdc:
            rows = [dict(RECORDED_LTC_POSITION, symbol=USDC_PERP, leverage="5", avgPrice="50000",
                         positionValue="2500", unrealisedPnl="72.5", markPrice="51450", positionMM="12.5",
                         positionIM="500", side="Buy", size="0.05", positionBalance="500", tradeMode="0",
                         riskId="1", riskLimitValue="2000000", liqPrice="41210.5", adlRankIndicator="1")]
        elif category == "inverse" and self.inverse:
            rows = [dict(RECORDED_LTC_POSITION, symbol=INVERSE_PERP, leverage="3", avgPrice="52000",
                         positionValue="0.19230769", unrealisedPnl="0.00022", markPrice="51440", positionMM="0.001",
                         positionIM="0.0641", side="Sell", size="10000", positionBalance="0.065", tradeMode="1",
                         riskId="1", riskLimitValue="150", liqPrice="68900", bustPrice="69300",
                         adlRankIndicator="2")]
        return rows + list(self.extra_positions.get((category or "", settle), ()))

    def positions(self) -> list:
        btc = dict(RECORDED_LTC_POSITION, symbol="BTCUSDT", leverage="10", avgPrice="50000", liqPrice="54750.5",
                   positionValue="5000", unrealisedPnl="-144.44", markPrice="51444.40", positionMM="25",
                   positionIM="500", side="Sell", size="0.1", positionBalance="505", tradeMode="1",
                   riskId="1", riskLimitValue="2000000", bustPrice="55000", adlRankIndicator="4")
        if self.position_mode == "hedge":
            return [dict(RECORDED_LTC_POSITION, positionIdx="1"), dict(btc, positionIdx="2")]
        return [RECORDED_LTC_POSITION, btc]

    def ticker(self, symbol: str) -> dict:
        mark = self.marks[symbol]
        return {"symbol": symbol, "lastPrice": f"{mark:.2f}", "indexPrice": f"{mark * 1.0005:.2f}",
                "markPrice": f"{mark:.2f}", "prevPrice24h": f"{mark * 0.975:.2f}", "price24hPcnt": "0.025861",
                "highPrice24h": f"{mark:.2f}", "lowPrice24h": f"{mark * 0.94:.2f}", "prevPrice1h": f"{mark:.2f}",
                "openInterest": "225766.793", "openInterestValue": f"{225766.793 * mark:.2f}",
                "turnover24h": "2352063794.0035", "volume24h": "47293.8870", "fundingRate": "-0.00046295",
                "nextFundingTime": str(_now_ms() + 3_600_000), "predictedDeliveryPrice": "", "basisRate": "",
                "deliveryFeeRate": "", "deliveryTime": "0", "ask1Size": "491.691", "bid1Price": f"{mark - 0.1:.2f}",
                "ask1Price": f"{mark:.2f}", "bid1Size": "55.841", "basis": ""}

    def book(self, symbol: str | None) -> dict:
        if symbol == "BTCUSDT":  # recorded levels
            bids, asks = [["42544.7", "172.404"], ["42544.5", "88.856"]], [["42548", "108.998"], ["42548.2", "75.008"]]
        else:
            bids, asks = synthetic_book(self.marks.get(symbol or "", 100.0))
            bids, asks = [[str(p), str(q)] for p, q in bids], [[str(p), str(q)] for p, q in asks]
        return {"s": symbol, "b": bids, "a": asks, "ts": str(_now_ms()), "u": "342690", "seq": "429272667"}

    def risk_limits(self, symbol: str | None) -> list:
        mmrs = [0.005, 0.01, 0.015, 0.02, 0.025]
        return [{"id": i + 1, "symbol": symbol, "riskLimitValue": str(2_000_000 * (i + 1)),
                 "maintenanceMargin": str(m), "initialMargin": str(m * 2), "isLowestRisk": int(i == 0),
                 "maxLeverage": f"{1 / (m * 2):.2f}", "mmDeduction": str(10_000 * i * (i + 1) // 2)}
                for i, m in enumerate(mmrs)]

    def klines(self, symbol: str, limit: int) -> list:
        closes = synthetic_closes(self.marks[symbol], min(limit, 60))
        start = _now_ms() - len(closes) * DAY_MS
        rows = [[str(start + i * DAY_MS), str(c), str(c * 1.01), str(c * 0.99), str(c), "1000", str(c * 1000)]
                for i, c in enumerate(closes)]
        return list(reversed(rows))  # Bybit lists newest first

    def execution_list(self, request: web.Request):
        """GET /v5/execution/list ("Get Trade History"): the rows of ``category`` (and ``symbol``, ``execType``)
        with ``startTime`` <= execTime <= ``endTime``, newest first, at most ``limit`` (default 50; Bybit reads no
        ``size``). Only ``startTime``: up to 7 days after it; both: at most 7 days apart, else Bybit's 10001."""
        q = dict(request.query)
        self.execution_queries.append(q)
        week = 7 * DAY_MS
        start = int(q["startTime"]) if "startTime" in q else None
        end = int(q["endTime"]) if "endTime" in q else None
        if start is not None and end is not None and end - start > week:
            return web.json_response({"retCode": 10001, "retMsg": "The time range between startTime and endTime "
                                      "cannot exceed 7 days", "result": {}, "retExtInfo": {}, "time": _now_ms()})
        if start is None and end is None:
            end = _now_ms()
        start = start if start is not None else int(end or 0) - week
        end = end if end is not None else start + week
        category = q.get("category")
        rows = [r for r in self.execution_rows
                if (category != "inverse") == (r["symbol"] != INVERSE_PERP)
                and (not q.get("symbol") or r["symbol"] == q["symbol"])
                and (not q.get("execType") or r["execType"] == q["execType"]) and start <= int(r["execTime"]) <= end]
        rows = sorted(rows, key=lambda r: -int(r["execTime"]))[: int(q.get("limit", 50))]
        return _ok({"nextPageCursor": "", "category": category, "list": rows})


#: Funding rows of /v5/execution/list as Bybit answers them. The first two are recorded answers, moved onto the
#: fake's held symbols (``symbol``) and into a test's window (``execTime``): the example in ccxt's
#: ``bybit.parse_income`` (XMRUSDT, a "Sell" row) and the VETUSDT row of ccxt issue #19629 (a "Buy" row); each has
#: ``execFee`` < 0, i.e. the position received (``execFee`` is a fee: + paid). The third is the funding of Bybit's
#: docs example of the transaction log (/v5/account/transaction-log: XRPUSDT Buy 100 at 0.3676, feeRate 0.0001,
#: ``funding`` -0.003676: paid) written as its execution row, ``execFee`` = 100 x 0.3676 x 0.0001 = 0.003676.
RECORDED_FUNDING_EXECUTIONS = [
    {"symbol": "XMRUSDT", "orderType": "UNKNOWN", "underlyingPrice": "", "orderLinkId": "",
     "orderId": "a11e5fe2-1dbf-4bab-a9b2-af80a14efc5d", "stopOrderType": "UNKNOWN", "execTime": "1710950400000",
     "feeCurrency": "", "createType": "", "feeRate": "-0.000761", "tradeIv": "", "blockTradeId": "",
     "markPrice": "136.79", "execPrice": "137.11", "markIv": "", "orderQty": "0", "orderPrice": "0",
     "execValue": "134.3678", "closedSize": "0", "execType": "Funding", "seq": "28097658790", "side": "Sell",
     "indexPrice": "", "leavesQty": "0", "isMaker": False, "execFee": "-0.10232512",
     "execId": "8d1ef156-4ec6-4445-9a6c-1c0c24dbd046", "marketUnit": "", "execQty": "0.98"},
    {"symbol": "VETUSDT", "orderId": "1692316800-VETUSDT-76024047-Buy", "orderLinkId": "", "side": "Buy",
     "orderPrice": "0.00000", "orderQty": "0", "leavesQty": "0", "orderType": "UNKNOWN", "stopOrderType": "UNKNOWN",
     "execFee": "-0.00005586", "execId": "98d39eab-547e-41fe-bc59-0a4e09e9c4fe", "execPrice": "0.01565",
     "execQty": "932", "execType": "Funding", "execValue": "14.5858", "execTime": "1692316800000", "isMaker": False,
     "feeRate": "-0.00000383", "tradeIv": "", "markIv": "", "markPrice": "0.01565", "indexPrice": "",
     "underlyingPrice": "", "blockTradeId": "", "closedSize": "0", "seq": "36754582922"},
    {"symbol": "XRPUSDT", "orderType": "UNKNOWN", "underlyingPrice": "", "orderLinkId": "",
     "orderId": "1672128000-8-592324-1-2", "stopOrderType": "UNKNOWN", "execTime": "1672128000000", "feeCurrency": "",
     "createType": "", "feeRate": "0.0001", "tradeIv": "", "blockTradeId": "", "markPrice": "0.3676",
     "execPrice": "0.3676", "markIv": "", "orderQty": "0", "orderPrice": "0", "execValue": "36.76", "closedSize": "0",
     "execType": "Funding", "seq": "4688002127", "side": "Buy", "indexPrice": "", "leavesQty": "0", "isMaker": False,
     "execFee": "0.003676", "execId": "534c0003-4bf7-486f-aa02-78cee36825e4", "marketUnit": "", "execQty": "100"},
]
