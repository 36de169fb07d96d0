"""A loopback fake of OKX v5 (perpetual swaps, unified trading account).

Recorded (``shared/ccxt-fixtures/response/okx.json``): the LTC-USDT-SWAP cross long, the BTC-USD-SWAP
isolated inverse long, the USDT balance detail, the order-book and open-interest shapes. Synthetic:
instruments, position tiers, funding, tickers, candles, the BTC balance detail and the key config.

Account modes (shapes from OKX's v5 docs: account/config, account/balance, account/positions,
public/discount-rate-interest-free-quota):

* ``acct_lv`` 2 (default, futures mode): the two-currency balance above; ``adjEq``, ``imr``, ``mmr`` and
  ``mgnRatio`` "" at account level (the docs: "Applicable to Spot mode/Multi-currency margin/Portfolio margin").
* ``acct_lv`` 3 (multi-currency margin) and 4 (portfolio margin): the recorded 13-currency trading balance
  (fixture fetchBalance "spot balance", the first case), whose ``disEq`` = ``eqUsd`` × discount rate.
* ``pos_mode`` ``net_mode`` (default): ``posSide`` "net" on every row; ``long_short_mode``: the recorded
  ``posSide`` and a synthetic BTC-USDT-SWAP cross short (``adl`` 3) beside them.
* ``inst_types=True``: ``/account/positions`` (asked without ``instType``) also returns a FUTURES position on the
  quarterly BTC-USDT-260626 (listed under ``instType=FUTURES`` only), an OPTION and a MARGIN position (synthetic;
  shapes from the v5 docs "Get positions" and "Get instruments"). ``/public/instruments`` answers per ``instType``.
* ``extra_positions``: raw rows added to every positions answer (an implausible row, an unknown instrument).

The public discount table gives BTC the bands of OKX's API-docs example (0-20 BTC 0.98, 20-25 0.9775,
``minDiscountRate`` 0 beyond); for the other collateral currencies of the recorded balance the first band's
rate is the one its recorded ``disEq``/``eqUsd`` shows (ETH 0.98, OKB 0.9, UNI 0.85, USDC 0.98, TRX 0.85,
LTC 0.95, ADA 0.9, USDT 1); band bounds beyond the first and the SOL row are synthetic.
"""

from __future__ import annotations

from aiohttp import web

from tests.servers.fake_binance import DAY_MS, FakeVenue, _now_ms, synthetic_book, synthetic_closes

INSTRUMENTS = {  # instId -> (underlying, settle, contract value, type, mark)
    "BTC-USDT-SWAP": ("BTC-USDT", "USDT", "0.01", "linear", 92200.0),
    "LTC-USDT-SWAP": ("LTC-USDT", "USDT", "1", "linear", 101.33),
    "BTC-USD-SWAP": ("BTC-USD", "BTC", "100", "inverse", 92376.7),
}
FUTURE = "BTC-USDT-260626"
FUTURES = {FUTURE: ("BTC-USDT", "USDT", "0.01", "linear", 93100.0)}
FUTURE_EXPIRY_MS = "1782460800000"  # 2026-06-26 08:00 UTC
OPTION, MARGIN_PAIR = "BTC-USD-260327-100000-C", "BTC-USDT"
ALL_CONTRACTS = {**INSTRUMENTS, **FUTURES}

RECORDED_LTC = {
    "adl": "1", "availPos": "2", "avgPx": "82.675", "baseBal": "", "baseBorrowed": "", "baseInterest": "",
    "bePx": "90.47014304925573", "bizRefId": "", "bizRefType": "", "cTime": "1706612162996", "ccy": "USDT",
    "clSpotInUseAmt": "", "closeOrderAlgo": [], "deltaBS": "", "deltaPA": "", "fee": "-0.000082675",
    "fundingFee": "-0.0154171409554622", "gammaBS": "", "gammaPA": "", "idxPx": "101.3266", "imr": "0.020266",
    "instId": "LTC-USDT-SWAP", "instType": "SWAP", "interest": "", "last": "101.38", "lever": "10", "liab": "",
    "liabCcy": "", "liqPenalty": "0", "liqPx": "", "margin": "", "markPx": "101.33", "maxSpotInUseAmt": "",
    "mgnMode": "cross", "mgnRatio": "44059567.05069113", "mmr": "0.00131729", "notionalUsd": "0.2027248512",
    "optVal": "", "pendingCloseOrdLiabVal": "", "pnl": "0", "pos": "2", "posCcy": "",
    "posId": "653944598162657280", "posSide": "long", "quoteBal": "", "quoteBorrowed": "", "quoteInterest": "",
    "realizedPnl": "-0.0154998159554622", "spotInUseAmt": "", "spotInUseCcy": "", "thetaBS": "", "thetaPA": "",
    "tradeId": "51958055", "uTime": "1712390404547", "upl": "0.03731", "uplLastPx": "0.03741",
    "uplRatio": "2.256425763531902", "uplRatioLastPx": "2.262473540973693", "usdPx": "", "vegaBS": "",
    "vegaPA": ""}

RECORDED_BTC_INVERSE_ISOLATED = {
    "adl": "1", "availPos": "1", "avgPx": "92300", "baseBal": "", "baseBorrowed": "", "baseInterest": "",
    "bePx": "92392.34617308505", "bizRefId": "", "bizRefType": "", "cTime": "1768899783914", "ccy": "BTC",
    "clSpotInUseAmt": "", "closeOrderAlgo": [], "deltaBS": "", "deltaPA": "", "fee": "-0.0000005417118093",
    "fundingFee": "0", "gammaBS": "", "gammaPA": "", "hedgedPos": "", "idxPx": "90894.1", "imr": "",
    "instId": "BTC-USD-SWAP", "instType": "SWAP", "interest": "", "last": "92500", "lever": "3", "liab": "",
    "liabCcy": "", "liqPenalty": "0", "liqPx": "69536.6125000014", "margin": "0.0003611412062116",
    "markPx": "92376.7", "maxSpotInUseAmt": "", "mgnMode": "isolated", "mgnRatio": "74.32029212310307",
    "mmr": "0.0000043300962256", "nonSettleAvgPx": "", "notionalUsd": "100", "optVal": "",
    "pendingCloseOrdLiabVal": "", "pnl": "0", "pos": "1", "posCcy": "", "posId": "3234559463547297792",
    "posSide": "long", "quoteBal": "", "quoteBorrowed": "", "quoteInterest": "",
    "realizedPnl": "-0.0000005417118093", "settledPnl": "", "spotInUseAmt": "", "spotInUseCcy": "", "thetaBS": "",
    "thetaPA": "", "tradeId": "269691532", "uTime": "1768899783914", "upl": "0.000000899562244",
    "uplLastPx": "0.0000023425375538", "uplRatio": "0.0024908878537552", "uplRatioLastPx": "0.0064864864864864",
    "usdPx": "90894.1", "vegaBS": "", "vegaPA": ""}

RECORDED_USDT_DETAIL = {
    "accAvgPx": "", "availBal": "0", "availEq": "0", "borrowFroz": "88.21717883303612", "cashBal": "0.000258796",
    "ccy": "USDT", "clSpotInUseAmt": "", "colBorrAutoConversion": "0", "collateralEnabled": True,
    "collateralRestrict": False, "crossLiab": "0", "disEq": "0.0002588348194", "eq": "0.000258796",
    "eqUsd": "0.0002588348194", "fixedBal": "0", "frozenBal": "441.02", "imr": "", "interest": "0", "isoEq": "0",
    "isoLiab": "0", "isoUpl": "0", "liab": "0", "maxLoan": "762131.9635999277", "maxSpotInUse": "", "mgnRatio": "",
    "mmr": "", "notionalLever": "", "openAvgPx": "", "ordFrozen": "454.3333333333333", "rewardBal": "",
    "smtSyncEq": "0", "spotBal": "", "spotCopyTradingEq": "0", "spotInUseAmt": "", "spotIsoBal": "0", "spotUpl": "",
    "spotUplRatio": "", "stgyEq": "0", "totalPnl": "", "totalPnlRatio": "", "twap": "0", "uTime": "1639596891483",
    "upl": "0", "uplLiab": "0"}


#: fixture fetchBalance "spot balance" (first case): account fields, and each detail's fields that differ
#: from RECORDED_USDT_DETAIL
RECORDED_MCM_ACCOUNT = {
    "adjEq": "152550.80919105993", "availEq": "151083.76008402856", "borrowFroz": "88.21717883303612",
    "imr": "101.55251216636945", "isoEq": "0", "mgnRatio": "15986.632239614408", "mmr": "9.073149592403611",
    "notionalUsd": "441.0858941651806", "notionalUsdForBorrow": "441.0858941651806", "notionalUsdForFutures": "0",
    "notionalUsdForOption": "0", "notionalUsdForSwap": "0", "ordFroz": "13.335333333333333",
    "totalEq": "43749372.50896299", "uTime": "1752243339082", "upl": "0"}
_IDLE = {"borrowFroz": "0", "frozenBal": "0", "ordFrozen": "0"}
RECORDED_MCM_DETAILS = [dict(RECORDED_USDT_DETAIL, **d) for d in (
    dict(_IDLE, ccy="TUSD", availBal="3000", availEq="3000", cashBal="3000", collateralEnabled=False, disEq="0",
         eq="3000", eqUsd="43505220", maxLoan="0", uTime="1639594842592"),
    dict(_IDLE, ccy="BTC", availBal="0.6612664522199999", availEq="0.6612664522199999", cashBal="1.06126645222",
         disEq="122590.9992421681", eq="1.06126645222", eqUsd="125092.85636955927", frozenBal="0.4",
         maxLoan="6.466767426799126", ordFrozen="0.4"),
    dict(_IDLE, ccy="JFI", availBal="100", availEq="100", cashBal="100", collateralEnabled=False, disEq="0",
         eq="100", eqUsd="80983.8", maxLoan="0", uTime="1639594842486"),
    dict(_IDLE, ccy="ETH", availBal="5", availEq="5", cashBal="5", disEq="14665.945000000002", eq="5",
         eqUsd="14965.25", maxLoan="254.67208479459674", uTime="1639594842592"),
    dict(_IDLE, ccy="OKB", availBal="100", availEq="100", cashBal="100", disEq="4483.4400000000005", eq="100",
         eqUsd="4981.6", maxLoan="3350", uTime="1639594842486"),
    dict(_IDLE, ccy="UNI", availBal="500", availEq="500", cashBal="500", disEq="3775.2749999999996", eq="500",
         eqUsd="4441.5", maxLoan="40000", uTime="1639594842592"),
    dict(_IDLE, ccy="PAX", availBal="3000", availEq="3000", cashBal="3000", collateralEnabled=False, disEq="0",
         eq="3000", eqUsd="3000.3", maxLoan="0", uTime="1639594842486"),
    dict(_IDLE, ccy="USDK", availBal="3000", availEq="3000", cashBal="3000", collateralEnabled=False, disEq="0",
         eq="3000", eqUsd="3000", maxLoan="0", uTime="1639594842387"),
    dict(_IDLE, ccy="USDC", availBal="2973.521", availEq="2973.521", cashBal="2973.521",
         disEq="2913.7591749420003", eq="2973.521", eqUsd="2973.2236479000003", maxLoan="500000",
         uTime="1732207663081"),
    dict(_IDLE, ccy="TRX", availBal="10000", availEq="10000", cashBal="10000", disEq="2524.5", eq="10000",
         eqUsd="2970", maxLoan="450000", uTime="1639594842592"),
    dict(_IDLE, ccy="LTC", accAvgPx="88.3045548550652", availBal="10.19979", availEq="10.19979",
         cashBal="10.29979", collateralRestrict=True, disEq="946.483752365", eq="10.29979",
         eqUsd="996.2986867000001", frozenBal="0.1", maxLoan="0", openAvgPx="88.24274166666667", ordFrozen="0.1",
         spotBal="0.2997899999999998", spotUpl="2.544395175749997", spotUplRatio="0.0961808095831111",
         totalPnl="2.525864200000001", totalPnlRatio="0.0954134830164031", uTime="1732207663081"),
    dict(_IDLE, ccy="ADA", availBal="1000", availEq="1000", cashBal="1000", disEq="672.912", eq="1000",
         eqUsd="747.6800000000001", maxLoan="10000", uTime="1639594842592"),
    {},  # USDT, as recorded
)]

#: OKX API docs, "Get discount rate and interest-free quota", response example (BTC), then synthetic bounds
#: for the first-band rates the recorded balance shows; (minAmt, maxAmt, discountRate) in currency units
DISCOUNT_BANDS = {
    "BTC": [("0", "20", "0.98"), ("20", "25", "0.9775")],
    "ETH": [("0", "1000", "0.98"), ("1000", "", "0.9")],
    "OKB": [("0", "50000", "0.9"), ("50000", "", "0.5")],
    "UNI": [("0", "100000", "0.85"), ("100000", "", "0.5")],
    "USDC": [("0", "", "0.98")],
    "TRX": [("0", "5000000", "0.85"), ("5000000", "", "0.6")],
    "LTC": [("0", "20000", "0.95"), ("20000", "", "0.7")],
    "ADA": [("0", "2000000", "0.9"), ("2000000", "", "0.7")],
    "USDT": [("0", "", "1")],
    "SOL": [("0", "10000", "0.95"), ("10000", "", "0.8")],
}
MIN_DISCOUNT_RATE = {"BTC": "0"}  # the docs example; "" elsewhere (their last band is unbounded)

#: synthetic cross short on BTC-USDT-SWAP, shown in long/short (hedge) mode
HEDGE_SHORT = dict(RECORDED_LTC, adl="3", avgPx="93000", bePx="93046.5", cTime="1768899000000", fee="-2.325",
                   fundingFee="0", idxPx="92190.1", imr="461", instId="BTC-USDT-SWAP", last="92200", lever="10",
                   markPx="92200", mgnRatio="330.91", mmr="18.44", notionalUsd="4610", pos="5",
                   posId="3234559463547299999", posSide="short", realizedPnl="-2.325", tradeId="269691999",
                   uTime="1768899783914", upl="40", uplLastPx="40", uplRatio="0.0860215053763441",
                   uplRatioLastPx="0.0860215053763441")


#: GET /api/v5/rubik/stat/contracts/long-short-account-ratio-contract rows [ts, ratio], newest first: the newest
#: is the answer ccxt's okx.py documents (0.9398602814619824); the row an hour before is synthetic.
LONG_SHORT_ROWS = (("1729323600000", "0.9398602814619824"), ("1729320000000", "1.5"))


def _ok(data: list) -> dict:
    return {"code": "0", "msg": "", "data": data}


def _future_instrument(inst_id: str) -> dict:
    return dict(_instrument(inst_id, FUTURES), instType="FUTURES", expTime=FUTURE_EXPIRY_MS, alias="quarter")


def _instrument(inst_id: str, table: dict | None = None) -> dict:
    uly, settle, ct_val, ct_type, _ = (table or INSTRUMENTS)[inst_id]
    return {"instType": "SWAP", "instId": inst_id, "uly": uly, "instFamily": uly, "baseCcy": "", "quoteCcy": "",
            "settleCcy": settle, "ctValCcy": "USD" if ct_type == "inverse" else uly.split("-")[0],
            "ctVal": ct_val, "ctMult": "1", "ctType": ct_type, "lotSz": "1", "tickSz": "0.1", "minSz": "1",
            "lever": "100", "state": "live", "listTime": "1573557408000", "expTime": "", "alias": "",
            "optType": "", "stk": "", "maxLmtSz": "100000000", "maxMktSz": "5000", "ruleType": "normal"}


class FakeOkx(FakeVenue):
    """OKX v5: LTC-USDT-SWAP cross long and BTC-USD-SWAP isolated inverse long (both recorded)."""

    name = "okx"

    def __init__(self, *args, trading_rights: bool = False, acct_lv: int = 2, pos_mode: str = "net_mode",
                 inst_types: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        assert acct_lv in (1, 2, 3, 4) and pos_mode in ("net_mode", "long_short_mode"), (acct_lv, pos_mode)
        self.trading_rights = trading_rights
        self.acct_lv = acct_lv
        self.pos_mode = pos_mode
        self.inst_types = inst_types
        self.extra_positions: list[dict] = []  # raw rows added to every positions answer
        self.instrument_queries: list[str] = []  # the instType of each /public/instruments request
        inst = lambda r: r.query.get("instId")  # noqa: E731
        self.routes.update({
            "/api/v5/public/instruments": lambda r: _ok(self.instruments(r.query.get("instType", ""))),
            "/api/v5/account/positions": lambda r: _ok(self.positions()),
            "/api/v5/account/balance": lambda r: _ok([self.balance()]),
            "/api/v5/account/config": lambda r: _ok([self.config()]),
            "/api/v5/public/discount-rate-interest-free-quota": lambda r: _ok(self.discount_rates(r.query.get("ccy"))),
            "/api/v5/market/ticker": lambda r: _ok([self.ticker(inst(r))]),
            "/api/v5/market/tickers": lambda r: _ok([self.ticker(i) for i in ALL_CONTRACTS]),
            "/api/v5/public/funding-rate": lambda r: _ok([self.funding(inst(r))]),
            "/api/v5/public/open-interest": lambda r: _ok([
                {"instId": inst(r), "instType": "SWAP", "oi": "2663107.29999999861", "oiCcy": "26631.0729999999861",
                 "oiUsd": "1676426045.349999124995", "ts": str(_now_ms())}]),
            "/api/v5/market/books": lambda r: _ok([self.book(inst(r))]),
            "/api/v5/public/position-tiers": lambda r: _ok(self.tiers(r.query.get("instFamily") or "")),
            "/api/v5/market/candles": lambda r: _ok(self.candles(inst(r), int(r.query.get("limit", 60)))),
            "/api/v5/market/history-candles": lambda r: _ok(self.candles(inst(r), int(r.query.get("limit", 60)))),
        })
        # --- the funding ledger (GET /api/v5/account/bills-archive, type 8) --------------------------------------
        self.bill_rows: list[dict] = []  # raw bills (``RECORDED_FUNDING_BILLS`` shape)
        self.bill_queries: list[dict] = []  # the query of each /api/v5/account/bills-archive request
        self.routes["/api/v5/account/bills-archive"] = self.bills_archive
        # --- the long/short account ratio (GET /api/v5/rubik/stat/contracts/long-short-account-ratio-contract) ---
        self.long_short_rows: list[list[str]] = [list(r) for r in LONG_SHORT_ROWS]  # newest first, as OKX answers
        self.routes["/api/v5/rubik/stat/contracts/long-short-account-ratio-contract"] = lambda r: _ok(
            self.long_short_rows[:int(r.query.get("limit", 100))])

    def revoked_response(self) -> web.Response:
        return web.json_response({"msg": "Invalid OK-ACCESS-KEY", "code": "50111"}, status=401)

    def rate_limited_response(self) -> web.Response:
        return web.json_response({"msg": "Too Many Requests", "code": "50011"}, status=429)

    def server_error_response(self) -> web.Response:  # v5 "Error Code": 50026 (HTTP 500)
        return web.json_response({"msg": "System error, please try again later.", "code": "50026"}, status=500)

    def unavailable_response(self) -> web.Response:  # v5 "Error Code": 50001 (HTTP 503)
        return web.json_response({"msg": "Service temporarily unavailable, please try again later.",
                                  "code": "50001"}, status=503)

    def config(self) -> dict:
        """``/api/v5/account/config`` ``data[0]`` (fields from the docs' response example)."""
        return {"uid": "44705892343619584", "mainUid": "44705892343619584", "acctLv": str(self.acct_lv),
                "acctStpMode": "cancel_maker", "posMode": self.pos_mode, "autoLoan": False, "greeksType": "PA",
                "feeType": "0", "level": "Lv1", "levelTmp": "", "ctIsoMode": "automatic", "mgnIsoMode": "automatic",
                "roleType": "0", "traderInsts": [], "spotRoleType": "0", "spotTraderInsts": [], "opAuth": "0",
                "kycLv": "3", "ip": "", "perm": "read_only,trade,withdraw" if self.trading_rights else "read_only",
                "label": "undertow", "liquidationGear": "-1", "enableSpotBorrow": False,
                "spotBorrowAutoRepay": False, "type": "0", "settleCcy": "USDT", "settleCcyList": ["USD", "USDC"]}

    def instruments(self, inst_type: str) -> list:
        self.instrument_queries.append(inst_type)
        if inst_type == "SWAP":
            return [_instrument(i) for i in INSTRUMENTS]
        if inst_type == "FUTURES":
            return [_future_instrument(i) for i in FUTURES]
        return []

    def positions(self) -> list:
        rows = [RECORDED_LTC, RECORDED_BTC_INVERSE_ISOLATED]
        if self.pos_mode == "long_short_mode":
            rows = [*rows, HEDGE_SHORT]
        else:
            rows = [dict(row, posSide="net") for row in rows]
        if self.inst_types:
            rows += self.other_type_positions()
        return rows + list(self.extra_positions)

    def other_type_positions(self) -> list:
        """A FUTURES cross long on the quarterly, an OPTION long and a MARGIN long (synthetic)."""
        side = "net" if self.pos_mode == "net_mode" else "long"
        future = dict(RECORDED_LTC, instId=FUTURE, instType="FUTURES", avgPx="91000", markPx="93100", last="93105",
                      idxPx="92190.1", pos="3", posSide=side, lever="10", mgnMode="cross", upl="63",
                      notionalUsd="2793", imr="279.3", mmr="11.172", liqPx="", adl="2", posId="3234559463547300001")
        option = dict(RECORDED_LTC, instId=OPTION, instType="OPTION", avgPx="0.012", markPx="0.0095", pos="2",
                      posSide=side, ccy="BTC", mgnMode="cross", liqPx="", upl="-0.005", notionalUsd="184",
                      posId="3234559463547300002")
        margin = dict(RECORDED_LTC, instId=MARGIN_PAIR, instType="MARGIN", avgPx="90000", markPx="92200", pos="0.5",
                      posSide=side, posCcy="BTC", ccy="BTC", mgnMode="cross", liqPx="61000", upl="1050",
                      notionalUsd="46100", liab="-45000", liabCcy="USDT", posId="3234559463547300003")
        return [future, option, margin]

    def balance(self) -> dict:
        if self.acct_lv in (3, 4):
            return dict(RECORDED_MCM_ACCOUNT, details=RECORDED_MCM_DETAILS)
        btc = dict(RECORDED_USDT_DETAIL, ccy="BTC", cashBal="0.5", eq="0.5", availBal="0.5", availEq="0.5",
                   disEq="46188.35", eqUsd="46188.35", frozenBal="0", ordFrozen="0", borrowFroz="0")
        return {"adjEq": "", "availEq": "", "borrowFroz": "88.21717883303612",
                "details": [RECORDED_USDT_DETAIL, btc], "imr": "", "isoEq": "0",
                "mgnRatio": "", "mmr": "", "notionalUsd": "441.0858941651806",
                "ordFroz": "13.335333333333333", "totalEq": "46188.35", "uTime": str(_now_ms()), "upl": "0"}

    def discount_rates(self, ccy: str | None) -> list:
        return [{"ccy": c, "amt": "0", "colRes": "0", "collateralRestrict": False, "discountLv": "",
                 "minDiscountRate": MIN_DISCOUNT_RATE.get(c, ""),
                 "details": [{"discountRate": rate, "liqPenaltyRate": "0.02", "maxAmt": hi, "minAmt": lo,
                              "tier": str(i + 1), "disCcyEq": ""} for i, (lo, hi, rate) in enumerate(bands)]}
                for c, bands in DISCOUNT_BANDS.items() if not ccy or c == ccy]

    def ticker(self, inst_id: str) -> dict:
        mark = ALL_CONTRACTS[inst_id][4]
        return {"instType": "SWAP", "instId": inst_id, "last": str(mark), "lastSz": "1", "askPx": str(mark + 0.1),
                "askSz": "10", "bidPx": str(mark - 0.1), "bidSz": "10", "open24h": str(mark * 0.98),
                "high24h": str(mark * 1.02), "low24h": str(mark * 0.97), "volCcy24h": "1000", "vol24h": "100000",
                "ts": str(_now_ms()), "sodUtc0": str(mark), "sodUtc8": str(mark)}

    def funding(self, inst_id: str) -> dict:
        return {"instId": inst_id, "instType": "SWAP", "fundingRate": "0.0001", "nextFundingRate": "",
                "fundingTime": str(_now_ms() + 3_600_000), "nextFundingTime": str(_now_ms() + 32_400_000),
                "method": "current_period", "maxFundingRate": "0.00375", "minFundingRate": "-0.00375",
                "premium": "0.0001", "settFundingRate": "0.0001", "settState": "settled", "ts": str(_now_ms())}

    def book(self, inst_id: str | None) -> dict:
        if inst_id == "BTC-USDT-SWAP":  # recorded levels
            return {"asks": [["43466.4", "14881", "0", "1"], ["43466.5", "14624", "0", "1"]],
                    "bids": [["43466.3", "13807", "0", "1"], ["43466.2", "17151", "0", "1"]], "ts": str(_now_ms())}
        bids, asks = synthetic_book(ALL_CONTRACTS.get(inst_id or "", ("", "", "", "", 100.0))[4])
        return {"asks": [[str(p), str(int(q * 10)), "0", "1"] for p, q in asks],
                "bids": [[str(p), str(int(q * 10)), "0", "1"] for p, q in bids], "ts": str(_now_ms())}

    def tiers(self, family: str) -> list:
        mmrs = [0.004, 0.005, 0.008, 0.01, 0.015]
        return [{"uly": family, "instFamily": family, "instId": "", "tier": str(i + 1),
                 "minSz": str(0 if i == 0 else 20000 * i), "maxSz": str(20000 * (i + 1)), "mmr": str(m),
                 "imr": str(m * 2.5), "maxLever": str(int(1 / (m * 2.5))), "optMgnFactor": "0",
                 "quoteMaxLoan": "", "baseMaxLoan": ""} for i, m in enumerate(mmrs)]

    def candles(self, inst_id: str, limit: int) -> list:
        closes = synthetic_closes(ALL_CONTRACTS[inst_id][4], min(limit, 60))
        start = _now_ms() - len(closes) * DAY_MS
        rows = [[str(start + i * DAY_MS), str(c), str(c * 1.01), str(c * 0.99), str(c), "1000", "10", "100", "1"]
                for i, c in enumerate(closes)]
        return list(reversed(rows))  # OKX lists newest first

    def bills_archive(self, request) -> dict:
        """GET /api/v5/account/bills-archive ("Get bills details (last 3 months)"): the bills of ``type`` (and
        ``instId``, ``instType``, ``ctType``, ``ccy``) with ``begin`` <= ts <= ``end``, newest first, at most ``limit``
        (default 100, max 100)."""
        q = dict(request.query)
        self.bill_queries.append(q)

        def kept(r: dict) -> bool:
            uly, settle, _, ct_type, _ = ALL_CONTRACTS.get(r["instId"], ("", "", "", "", 0))
            return (r["type"] == q.get("type", r["type"]) and r["instId"] == q.get("instId", r["instId"])
                    and r["instType"] == q.get("instType", r["instType"]) and ct_type == q.get("ctType", ct_type)
                    and r["ccy"] == q.get("ccy", r["ccy"])
                    and int(q.get("begin", 0)) <= int(r["ts"]) <= int(q.get("end", 10**15)))

        rows = sorted((r for r in self.bill_rows if kept(r)), key=lambda r: -int(r["ts"]))
        return _ok(rows[: min(int(q.get("limit", 100)), 100)])


#: Funding bills (type 8) as OKX answers them. The first is the recorded example in ccxt's
#: ``okx.fetch_funding_history`` (an ETH-USD-SWAP bill, subType 174 "funding fee income", balChg > 0), moved onto the
#: fake's held inverse BTC-USD-SWAP (``instId``, ``ccy`` BTC) and into a test's window (``ts``). The second is an
#: expense (subType 173) on the held LTC-USDT-SWAP whose amount is the recorded LTC position's own ``fundingFee``
#: (``RECORDED_LTC``: -0.0154171409554622 USDT paid since it opened), in the same bill shape.
RECORDED_FUNDING_BILLS = [
    {"bal": "0.0242946200998573", "balChg": "0.0000148752712240", "billId": "377970609204146187", "ccy": "BTC",
     "execType": "", "fee": "0", "from": "", "instId": "BTC-USD-SWAP", "instType": "SWAP", "mgnMode": "isolated",
     "notes": "", "ordId": "", "pnl": "0.000014875271224", "posBal": "0", "posBalChg": "0", "subType": "174",
     "sz": "9", "to": "", "ts": "1636387215588", "type": "8"},
    {"bal": "23.8765432100000000", "balChg": RECORDED_LTC["fundingFee"], "billId": "653944598162657999",
     "ccy": "USDT", "execType": "", "fee": "0", "from": "", "instId": "LTC-USDT-SWAP", "instType": "SWAP",
     "mgnMode": "cross", "notes": "", "ordId": "", "pnl": RECORDED_LTC["fundingFee"], "posBal": "0",
     "posBalChg": "0", "subType": "173", "sz": "2", "to": "", "ts": "1712390404547", "type": "8"},
]
