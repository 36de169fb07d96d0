"""Demo exchange accounts: raw venue payloads -> ccxt-parsed positions, balances and leverages.

The ``liqPrice`` each venue "reports" is NOT what the app computes: it is the venue's documented formula
(reference/liquidation.md: Binance §2.2 with the bracket chosen AT the liquidation price, cross: other positions'
MM and uPnL held at their marks; Bybit §4.1, isolated, MM at entry value; OKX §5, linear, with the taker fee, cross
margin = the account's adjusted equity apart from this position) plus a labelled difference: ``REPORTED_OFFSET``
(synthetic relative offsets) and, for Bybit, the closing-fee term of Bybit's UTA pages, which the app's formula
leaves out. One offset is above the app's 0.5 % threshold, so the demo shows the disagreement warning.
See README.md, "Reported liquidation prices".
"""

from __future__ import annotations

from _ccxt import exchange, market
from _spec import AS_OF_ISO, AS_OF_MS, DAY_MS, VENUES, fmt, mark_of, to_step
from _tiers import binance_brackets, binance_raw, bybit_risk_limit, okx_mmr

BINANCE_WALLET_USDT = 16_500.0  # crossWalletBalance; sized so BTC's liquidation is ~8 % below mark
BINANCE_POSITIONS = [  # symbol, side, size (base), entry, leverage setting
    ("BTC/USDT:USDT", "long", 0.85, 71_800.0, 10),
    ("ETH/USDT:USDT", "long", 12.0, 2_350.0, 10),
    ("SOL/USDT:USDT", "short", 300.0, 86.0, 10),
    ("XRP/USDT:USDT", "long", 20_000.0, 1.62, 10),
]
BYBIT_WALLET_USDT = 4_572.5     # 2,072.5 of it is the isolated position's margin
BYBIT_POSITION = ("BTC/USDT:USDT", "long", 0.5, 68_900.0, 20, 350.0)  # ..., leverage, extra margin USDT
OKX_CASH = {"BTC": 0.9, "USDT": 6_000.0}
# OKX's BTC discount rate at this size, as a recorded real OKX answer shows it: GET /api/v5/account/balance in
# shared/ccxt-fixtures/response/okx.json (fetchBalance "spot balance", uTime 1752243339082 = 2025-07-11 14:15:39 UTC)
# values 1.06126645 BTC = 125,092.86 USD (eqUsd) at 122,590.999 USD (disEq): a rate of 0.98. The demo's 0.9 BTC
# (~60,700 USD) lies inside that band.
OKX_BTC_DISCOUNT = 0.98
OKX_BTC_DISCOUNT_BAND_USD = 125_092.85636955927  # the recorded holding's value: the rate is known up to here
OKX_DISCOUNT_AS_OF = "2025-07-11T14:15:39Z"
OKX_DISCOUNT_SOURCE = "OKX account balance (disEq ÷ eqUsd), recorded"
OKX_POSITIONS = [  # symbol, side, contracts, entry, leverage
    ("ETH/USDT:USDT", "short", 25, 2_080.0, 5),
    ("SOL/USDT:USDT", "long", 150, 88.4, 5),
]
# Reported = formula × (1 + offset). Synthetic, labelled in README.md: small offsets stand for the venue's own
# mark snapshot and rounding (agree within the app's 0.5 % tolerance); OKX ETH is deliberately 1.2 % off (above it)
# so the computed-vs-reported warning is visible in the demo.
REPORTED_OFFSET = {
    ("binanceusdm", "BTC/USDT:USDT"): -0.0003,
    ("binanceusdm", "ETH/USDT:USDT"): 0.0002,
    ("binanceusdm", "SOL/USDT:USDT"): -0.0004,
    ("binanceusdm", "XRP/USDT:USDT"): 0.0005,
    ("okx", "ETH/USDT:USDT"): 0.012,
}


# ---- What each venue's account probe reads (core/exchanges/probes): mode, haircut table, ADL ranks --------------
# Stored in each bundle as ``margin`` (JSON of core.model.AccountMargin) and ``adl_rank_rows``; core/demo.py puts
# them on the Account and the positions exactly where the live source does. The venue-REPORTED account figures (equity,
# collateral value, maintenance margin, margin ratio) stay null: a synthetic "reported" figure would be our own
# computation dressed up as the venue's, and the app compares ours against it (the rule: demo data must not
# manufacture the cross-checks it shows). None of the recorded real payloads (shared/ccxt-fixtures) belongs to these
# accounts, so there is nothing real to copy either.

# Binance Multi-Assets mode collateral value ratios as Binance publishes them (FAQ "What Is Multi-Assets Mode",
# binance.com/en/support/faq/29b45c485d664028b9ca1cdf90b24f6f): BTC, ETH and BNB valued at 95 %; XRP, ADA, DOT and
# SOL at 90 %; USDT and USDC at 99.99 %. Flat haircuts: one band from 0 to no cap (``cap`` null = infinity).
BINANCE_MULTI_ASSETS_RATIOS = {"BTC": 0.95, "ETH": 0.95, "BNB": 0.95, "XRP": 0.90, "ADA": 0.90, "DOT": 0.90,
                               "SOL": 0.90, "USDT": 0.9999, "USDC": 0.9999}
BINANCE_RATIOS_SOURCE = "Binance Multi-Assets FAQ (copied into the demo)"
# The Binance account is in the default single-asset mode: Binance liquidates its cross positions one price at a time,
# which keeps the demo's positions 15-19 % from their own prices (the gap-rule examples). "multi_assets" here makes it
# a Multi-Assets account with the ratios above (the app then treats it as liquidated as a whole).
BINANCE_MODE = "single_asset"


def margin_json(mode: str, position_mode: str, raw: dict[str, str], collateral: dict[str, float] | None = None,
                source: str = "") -> dict:
    """An AccountMargin as JSON: the detected mode, flat haircuts (if any), venue figures left null (see above)."""
    return {"mode": mode, "position_mode": position_mode, "equity_usd": None, "collateral_value_usd": None,
            "maintenance_margin_usd": None, "margin_ratio": None, "status": "",
            "collateral": [{"asset": asset, "unit": "usd", "tiers": [{"floor": 0.0, "cap": None, "rate": rate}]}
                           for asset, rate in (collateral or {}).items()],
            "collateral_as_of": AS_OF_ISO if collateral else None, "collateral_source": source, "raw": raw}


def adl_rows(positions: list[dict], field: str) -> list[dict]:
    """The ADL rank each synthetic raw position carries (``info[field]``), as the probe's rows."""
    return [{"symbol": p["symbol"], "side": p["side"], "rank": int(p["info"][field])} for p in positions]


def reported(venue: str, symbol: str, formula_price: float) -> float:
    """The demo's exchange-reported liquidation price: the formula value with its labelled offset."""
    return formula_price * (1.0 + REPORTED_OFFSET.get((venue, symbol), 0.0))


def _spec(venue: str, symbol: str) -> dict:
    return VENUES[venue]["symbols"][symbol]


def _sign(side: str) -> int:
    return 1 if side == "long" else -1


# ---- Binance USD-M, cross, one-way -----------------------------------------------------------------

def binance_liquidation_price(symbol: str, side: str, qty: float, entry: float, others: float) -> float:
    """§2.2 one-way: ``others`` = WB - TMM1 + UPNL1 (USDT). Tier chosen at the liquidation price; 0 if none."""
    s = _sign(side)
    for floor, cap, mmr, cum in binance_brackets(symbol):
        lp = (others + cum - s * qty * entry) / (qty * mmr - s * qty)
        if lp > 0 and floor <= qty * lp < cap:
            return lp
    return 0.0


def _binance_mm(symbol: str, notional: float) -> float:
    for floor, _cap, mmr, cum in reversed(binance_brackets(symbol)):
        if notional >= floor:
            return notional * mmr - cum
    raise ValueError(notional)


def binance_account() -> dict:
    ex = exchange("binanceusdm")
    ex.options["leverageBrackets"] = {
        s: [[b["notionalFloor"], b["maintMarginRatio"]] for b in binance_raw(s)["brackets"]]
        for s in VENUES["binanceusdm"]["symbols"]}
    rows = []
    for symbol, side, qty, entry, lev in BINANCE_POSITIONS:
        mark = mark_of(_spec("binanceusdm", symbol))
        notional = qty * mark
        rows.append(dict(symbol=symbol, side=side, qty=qty, entry=entry, lev=lev, mark=mark, notional=notional,
                         upnl=_sign(side) * qty * (mark - entry), mm=_binance_mm(symbol, notional),
                         im=notional / lev))
    total_upnl, total_mm, total_im = (sum(r[k] for r in rows) for k in ("upnl", "mm", "im"))
    positions, raw_rows = [], []
    for i, r in enumerate(rows):
        others = BINANCE_WALLET_USDT - (total_mm - r["mm"]) + (total_upnl - r["upnl"])
        lp = reported("binanceusdm", r["symbol"],
                      binance_liquidation_price(r["symbol"], r["side"], r["qty"], r["entry"], others))
        spec = _spec("binanceusdm", r["symbol"])
        s = _sign(r["side"])
        info = {"symbol": spec["id"], "positionSide": "BOTH", "positionAmt": fmt(s * r["qty"], 3),
                "entryPrice": fmt(r["entry"], 8), "breakEvenPrice": fmt(r["entry"] * (1 + s * 0.0005), 8),
                "markPrice": fmt(r["mark"], 8), "unRealizedProfit": fmt(r["upnl"], 8),
                "liquidationPrice": fmt(lp, 8), "isolatedMargin": "0", "notional": fmt(s * r["notional"], 8),
                "marginAsset": "USDT", "isolatedWallet": "0", "initialMargin": fmt(r["im"], 8),
                "maintMargin": fmt(r["mm"], 8), "positionInitialMargin": fmt(r["im"], 8),
                "openOrderInitialMargin": "0", "adl": str(1 + i % 3), "bidNotional": "0", "askNotional": "0",
                "updateTime": str(AS_OF_MS - (i + 1) * 3 * DAY_MS - 61_234)}
        raw_rows.append(info)
        positions.append(ex.parse_position_risk(info, market("binanceusdm", r["symbol"])))
    margin_balance = BINANCE_WALLET_USDT + total_upnl
    available = max(0.0, margin_balance - total_im)
    usdt = {"asset": "USDT", "walletBalance": fmt(BINANCE_WALLET_USDT), "unrealizedProfit": fmt(total_upnl),
            "marginBalance": fmt(margin_balance), "maintMargin": fmt(total_mm), "initialMargin": fmt(total_im),
            "positionInitialMargin": fmt(total_im), "openOrderInitialMargin": "0.00000000",
            "crossWalletBalance": fmt(BINANCE_WALLET_USDT), "crossUnPnl": fmt(total_upnl),
            "availableBalance": fmt(available), "maxWithdrawAmount": fmt(available), "marginAvailable": True,
            "updateTime": str(AS_OF_MS - 3_600_000)}
    account = {"totalInitialMargin": fmt(total_im), "totalMaintMargin": fmt(total_mm),
               "totalWalletBalance": fmt(BINANCE_WALLET_USDT), "totalUnrealizedProfit": fmt(total_upnl),
               "totalMarginBalance": fmt(margin_balance), "totalPositionInitialMargin": fmt(total_im),
               "totalOpenOrderInitialMargin": "0.00000000", "totalCrossWalletBalance": fmt(BINANCE_WALLET_USDT),
               "totalCrossUnPnl": fmt(total_upnl), "availableBalance": fmt(available),
               "maxWithdrawAmount": fmt(available), "multiAssetsMargin": BINANCE_MODE == "multi_assets",
               "assets": [usdt],
               "positions": [{k: p[k] for k in ("symbol", "positionSide", "positionAmt", "notional", "initialMargin",
                                                "maintMargin", "isolatedMargin", "isolatedWallet", "updateTime")}
                             | {"unrealizedProfit": p["unRealizedProfit"]} for p in raw_rows]}
    balance = ex.parse_balance_custom(account, "linear")
    leverages = {}
    for symbol, _side, _qty, _entry, lev in BINANCE_POSITIONS:
        spec = _spec("binanceusdm", symbol)
        raw = {"symbol": spec["id"], "marginType": "CROSSED", "isAutoAddMargin": "false", "leverage": lev,
               "maxNotionalValue": max((b["notionalCap"] for b in binance_raw(symbol)["brackets"]
                                        if int(b["initialLeverage"]) >= lev), key=float)}
        leverages[symbol] = ex.parse_leverage(raw, market("binanceusdm", symbol))
    # The mode as GET /fapi/v1/multiAssetsMargin answers it ({"multiAssetsMargin": false}: single-asset), one-way
    # (positionSide BOTH). Single-asset mode has no collateral haircuts; Multi-Assets would carry Binance's ratios.
    multi = BINANCE_MODE == "multi_assets"
    margin = margin_json(BINANCE_MODE, "one_way",
                         {"multiAssetsMargin": str(multi).lower(), "dualSidePosition": "false"},
                         BINANCE_MULTI_ASSETS_RATIOS if multi else None, BINANCE_RATIOS_SOURCE if multi else "")
    return {"positions": positions, "balance": balance, "leverages": leverages, "margin": margin,
            "adl_rank_rows": adl_rows(positions, "adl")}


# ---- Bybit, isolated ---------------------------------------------------------------------------------

def bybit_liquidation_price(symbol: str, side: str, size: float, entry: float, lev: float, extra: float) -> float:
    """§4.1: LP = EP -/+ (IM - MM)/size -/+ extra/size, MM = value x MMR - deduction at ENTRY value."""
    value = size * entry
    row = bybit_risk_limit(symbol, value)
    im = value / lev
    mm = value * float(row["maintenanceMargin"]) - float(row["mmDeduction"])
    return entry - _sign(side) * ((im - mm) / size + extra / size)


def bybit_account() -> dict:
    ex = exchange("bybit")
    symbol, side, size, entry, lev, extra = BYBIT_POSITION
    spec = _spec("bybit", symbol)
    mark = mark_of(spec)
    value = size * entry
    row = bybit_risk_limit(symbol, value)
    im = value / lev
    mm = value * float(row["maintenanceMargin"]) - float(row["mmDeduction"])
    bust = to_step(entry - _sign(side) * (im + extra) / size, spec["tick"])
    # Bybit's UTA pages count the estimated fee to close (bankruptcy value x taker rate) in MM; the app's §4.1
    # formula does not, so the reported price sits about one taker fee (~0.055 %) closer to the mark.
    close_fee = size * bust * VENUES["bybit"]["taker"]
    lp = to_step(bybit_liquidation_price(symbol, side, size, entry, lev, extra) + _sign(side) * close_fee / size,
                 spec["tick"])
    upnl = _sign(side) * size * (mark - entry)
    info = {"symbol": spec["id"], "leverage": str(lev), "autoAddMargin": "0", "avgPrice": fmt(entry),
            "liqPrice": fmt(lp, 1), "riskLimitValue": row["riskLimitValue"], "takeProfit": "",
            "positionValue": fmt(value, 4), "isReduceOnly": False, "tpslMode": "Full", "riskId": row["id"],
            "trailingStop": "0", "unrealisedPnl": fmt(upnl, 4), "markPrice": fmt(mark, 2),
            "adlRankIndicator": "2", "cumRealisedPnl": "-18.94975", "positionMM": fmt(mm, 8),
            "createdTime": str(AS_OF_MS - 9 * DAY_MS - 4_321_000), "positionIdx": 0, "positionIM": fmt(im, 8),
            "seq": 184_467_440_123, "updatedTime": str(AS_OF_MS - 2 * DAY_MS - 77_000),
            "side": "Buy" if side == "long" else "Sell", "bustPrice": fmt(bust, 1),
            "positionBalance": fmt(im + extra, 8), "leverageSysUpdatedTime": "", "size": fmt(size, 3),
            "positionStatus": "Normal", "mmrSysUpdatedTime": "", "stopLoss": "", "tradeMode": 1,
            "sessionAvgPrice": "", "curRealisedPnl": "-18.94975", "breakEvenPrice": fmt(entry * 1.0011, 2)}
    position = ex.parse_position(info, market("bybit", symbol))
    equity = BYBIT_WALLET_USDT + upnl
    coin = {"availableToBorrow": "", "bonus": "0", "accruedInterest": "0", "availableToWithdraw": "",
            "totalOrderIM": "0", "equity": fmt(equity), "totalPositionMM": fmt(mm), "usdValue": fmt(equity),
            "unrealisedPnl": fmt(upnl), "collateralSwitch": True, "spotHedgingQty": "0",
            "borrowAmount": "0.000000000000000000", "totalPositionIM": fmt(im + extra),
            "walletBalance": fmt(BYBIT_WALLET_USDT), "cumRealisedPnl": "1834.21775", "locked": "0",
            "marginCollateral": True, "coin": "USDT"}
    response = {"retCode": 0, "retMsg": "OK", "result": {"list": [{
        "totalEquity": fmt(equity), "accountIMRate": fmt((im + extra) / equity, 4), "totalMarginBalance": fmt(equity),
        "totalInitialMargin": fmt(im + extra), "accountType": "UNIFIED",
        "totalAvailableBalance": fmt(BYBIT_WALLET_USDT - im - extra), "accountMMRate": fmt(mm / equity, 4),
        "totalPerpUPL": fmt(upnl), "totalWalletBalance": fmt(BYBIT_WALLET_USDT), "accountLTV": "0",
        "totalMaintenanceMargin": fmt(mm), "coin": [coin]}]}, "retExtInfo": {}, "time": AS_OF_MS - 2_000}
    balance = ex.parse_balance(response)
    leverage = ex.parse_leverage({"symbol": spec["id"], "leverage": str(lev), "marginMode": "isolated"},
                                 market("bybit", symbol))
    # A Unified Trading Account in isolated margin mode (GET /v5/account/info: marginMode ISOLATED_MARGIN,
    # unifiedMarginStatus 5 = UTA 2.0): the position above is isolated (tradeMode 1), which a UTA allows only in that
    # mode. One-way (positionIdx 0). USDT only, so no collateral value ratio applies; none is stored.
    margin = margin_json("unified_isolated", "one_way", {"marginMode": "ISOLATED_MARGIN", "unifiedMarginStatus": "5"})
    return {"positions": [position], "balance": balance, "leverages": {symbol: leverage}, "margin": margin,
            "adl_rank_rows": adl_rows([position], "adlRankIndicator")}


# ---- OKX, cross, multi-currency margin (BTC and USDT collateral) ---------------------------------

def okx_liquidation_price(side: str, base_size: float, entry: float, margin: float, mmr: float, fee: float) -> float:
    """§5 linear: long (EP - M/N)/(1 - m - f), short (EP + M/N)/(1 + m + f); <= 0 means none."""
    if side == "long":
        return (entry - margin / base_size) / (1 - mmr - fee)
    return (entry + margin / base_size) / (1 + mmr + fee)


def okx_account(btc_usd: float) -> dict:
    ex = exchange("okx")
    fee = VENUES["okx"]["taker"]
    rows = []
    for symbol, side, contracts, entry, lev in OKX_POSITIONS:
        spec = _spec("okx", symbol)
        cs, mark = spec["contract_size"], mark_of(spec)
        base = contracts * cs
        mmr = okx_mmr(symbol, contracts)
        rows.append(dict(symbol=symbol, side=side, contracts=contracts, entry=entry, lev=lev, mark=mark,
                         base=base, notional=base * mark, upnl=_sign(side) * base * (mark - entry), mmr=mmr,
                         mm=base * mark * mmr, im=base * mark / lev))
    total_upnl = sum(r["upnl"] for r in rows)
    usdt_eq = OKX_CASH["USDT"] + total_upnl
    adj_eq = usdt_eq + OKX_CASH["BTC"] * btc_usd * OKX_BTC_DISCOUNT
    total_mm, total_im = sum(r["mm"] for r in rows), sum(r["im"] for r in rows)
    positions = []
    for i, r in enumerate(rows):
        spec = _spec("okx", r["symbol"])
        margin = adj_eq - r["upnl"] - (total_mm - r["mm"])  # equity behind this position, others fixed
        lp = okx_liquidation_price(r["side"], r["base"], r["entry"], margin, r["mmr"], fee)
        lp = reported("okx", r["symbol"], lp) if lp > 0 else lp
        info = {"adl": "3" if r["upnl"] > 0 else "1", "availPos": "", "avgPx": fmt(r["entry"]),
                "baseBal": "", "baseBorrowed": "", "baseInterest": "",
                "bePx": fmt(r["entry"] * (1 + _sign(r["side"]) * 0.001)),
                "bizRefId": "", "bizRefType": "", "cTime": str(AS_OF_MS - (6 + 5 * i) * DAY_MS - 812_345),
                "ccy": "USDT", "clSpotInUseAmt": "", "closeOrderAlgo": [], "deltaBS": "", "deltaPA": "",
                "fee": fmt(-r["base"] * r["entry"] * fee), "fundingFee": fmt(-0.000061 * r["notional"] * 12),
                "gammaBS": "", "gammaPA": "", "hedgedPos": "", "idxPx": fmt(r["mark"] * 1.0001, 4),
                "imr": fmt(r["im"]), "instId": spec["id"], "instType": "SWAP", "interest": "",
                "last": fmt(spec["last"]), "lever": str(r["lev"]), "liab": "", "liabCcy": "", "liqPenalty": "0",
                "liqPx": fmt(to_step(lp, spec["tick"]), 4) if lp > 0 else "", "margin": "",
                "markPx": fmt(r["mark"], 4), "maxSpotInUseAmt": "", "mgnMode": "cross",
                "mgnRatio": fmt(adj_eq / total_mm, 4), "mmr": fmt(r["mm"]), "nonSettleAvgPx": "",
                "notionalUsd": fmt(r["notional"]), "optVal": "", "pendingCloseOrdLiabVal": "", "pnl": "0",
                "pos": str(_sign(r["side"]) * r["contracts"]), "posCcy": "",
                "posId": str(3_311_200_000_000_000_000 + i * 7919),
                "posSide": "net", "quoteBal": "", "quoteBorrowed": "", "quoteInterest": "",
                "realizedPnl": fmt(-r["base"] * r["entry"] * fee), "settledPnl": "", "spotInUseAmt": "",
                "spotInUseCcy": "", "thetaBS": "", "thetaPA": "", "tradeId": str(412_345_678 + i),
                "uTime": str(AS_OF_MS - DAY_MS + i * 1_000), "upl": fmt(r["upnl"]), "uplLastPx": fmt(r["upnl"]),
                "uplRatio": fmt(r["upnl"] / r["im"]), "uplRatioLastPx": fmt(r["upnl"] / r["im"]), "usdPx": "",
                "vegaBS": "", "vegaPA": ""}
        positions.append(ex.parse_position(info, market("okx", r["symbol"])))
    details = []
    for ccy, cash in OKX_CASH.items():
        eq = usdt_eq if ccy == "USDT" else cash
        px = 1.0 if ccy == "USDT" else btc_usd
        avail = max(0.0, eq - total_im) if ccy == "USDT" else cash
        details.append({"accAvgPx": "", "availBal": fmt(avail), "availEq": fmt(avail), "borrowFroz": "0",
                        "cashBal": fmt(cash), "ccy": ccy, "clSpotInUseAmt": "", "colBorrAutoConversion": "0",
                        "collateralEnabled": True, "collateralRestrict": False, "crossLiab": "0",
                        "disEq": fmt(eq * px * (1 if ccy == "USDT" else OKX_BTC_DISCOUNT)), "eq": fmt(eq),
                        "eqUsd": fmt(eq * px), "fixedBal": "0", "frozenBal": fmt(total_im if ccy == "USDT" else 0),
                        "imr": "", "interest": "0", "isoEq": "0", "isoLiab": "0", "isoUpl": "0", "liab": "0",
                        "maxLoan": "0", "maxSpotInUse": "", "mgnRatio": "", "mmr": "", "notionalLever": "",
                        "openAvgPx": "", "ordFrozen": "0", "rewardBal": "", "smtSyncEq": "0", "spotBal": "",
                        "spotCopyTradingEq": "0", "spotInUseAmt": "", "spotIsoBal": "0", "spotUpl": "",
                        "spotUplRatio": "", "stgyEq": "0", "totalPnl": "", "totalPnlRatio": "", "twap": "0",
                        "uTime": str(AS_OF_MS - 30 * DAY_MS if ccy == "BTC" else AS_OF_MS - DAY_MS),
                        "upl": fmt(total_upnl if ccy == "USDT" else 0), "uplLiab": "0"})
    response = {"code": "0", "data": [{
        "adjEq": fmt(adj_eq), "availEq": fmt(adj_eq - total_im), "borrowFroz": "0", "details": details,
        "imr": fmt(total_im), "isoEq": "0", "mgnRatio": fmt(adj_eq / total_mm, 4), "mmr": fmt(total_mm),
        "notionalUsd": fmt(sum(r["notional"] for r in rows)), "ordFroz": "0",
        "totalEq": fmt(usdt_eq + OKX_CASH["BTC"] * btc_usd), "uTime": str(AS_OF_MS - 1_500), "upl": fmt(total_upnl)}],
        "msg": ""}
    balance = ex.parse_trading_balance(response)
    leverages = {r["symbol"]: ex.parse_leverage(
        [{"instId": _spec("okx", r["symbol"])["id"], "lever": str(r["lev"]), "mgnMode": "cross", "posSide": "net"}],
        market("okx", r["symbol"])) for r in rows}
    # Multi-currency margin (GET /api/v5/account/config: acctLv 3), net position mode (posSide "net"). Its haircut:
    # BTC at OKX_BTC_DISCOUNT up to the value it was recorded at (OKX's tier bounds above that are not at hand, so
    # no band is made up for them). USDT counts at par.
    margin = margin_json("multi_currency", "one_way", {"acctLv": "3", "posMode": "net_mode"})
    margin["collateral"] = [{"asset": "BTC", "unit": "usd", "tiers": [
        {"floor": 0.0, "cap": OKX_BTC_DISCOUNT_BAND_USD, "rate": OKX_BTC_DISCOUNT}]}]
    margin["collateral_as_of"], margin["collateral_source"] = OKX_DISCOUNT_AS_OF, OKX_DISCOUNT_SOURCE
    return {"positions": positions, "balance": balance, "leverages": leverages, "margin": margin,
            "adl_rank_rows": adl_rows(positions, "adl")}


def accounts(btc_usd: float) -> dict[str, dict]:
    return {"binance-main": binance_account(), "bybit-btc": bybit_account(), "okx-main": okx_account(btc_usd)}


__all__ = ["REPORTED_OFFSET", "accounts", "binance_liquidation_price", "bybit_liquidation_price",
           "okx_liquidation_price"]
