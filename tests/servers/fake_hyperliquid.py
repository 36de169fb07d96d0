"""A loopback fake of Hyperliquid's info endpoint (``POST /info``), driven by the real ccxt client.

Answers the request types a sync sends (``meta``, ``metaAndAssetCtxs``, ``clearinghouseState``,
``spotClearinghouseState``, ``userAbstraction``, ``userRole``, ``l2Book``, ``candleSnapshot``) in the shapes of
Hyperliquid's API docs (info endpoint, "Perpetuals" and "Spot"); any other type is recorded in ``unknown``.

Recorded: the 29 mainnet positions of ``tests/core/test_liquidation_vectors.py`` ``HL_POSITIONS`` (entry, size,
collateral and the liquidation price Hyperliquid reported; freqtrade's tests). Each is served twice: isolated with
that collateral as its margin (``ISOLATED_USERS``: ten users, one position per coin each, since Hyperliquid holds
one position per coin), and cross, alone in an account whose cross balance is that collateral (``CROSS_USERS``),
which is how the freqtrade test reads the same vectors. Max leverage per coin is the one of those recordings
(BTC/ETH 50x through a listed one-tier table 50, SOL/DOGE 20x through the unlisted single-tier id 20).
Synthetic: marks, books, candles, funding, and the users ``MIXED`` (cross BTC/ETH/TST and an isolated SOL),
``UNIFIED`` (unified account), ``AGENT`` (an API wallet of ``MIXED``), ``MAIN`` with its sub-account ``SUB``, and
``VAULT``. TST trades on the docs' testnet BTC margin table (Hyperliquid docs, "Margin tiers": 0-10k 40x,
10-50k 25x, 50-100k 10x, 100k-300k 5x, >300k 3x), as table 60.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from aiohttp import web

from tests.core.test_liquidation_vectors import HL_POSITIONS
from tests.servers.fake_binance import DAY_MS, FakeVenue, _now_ms, synthetic_closes

D = Decimal
MARKS = {"BTC": D("67000"), "ETH": D("2500"), "SOL": D("165"), "DOGE": D("0.13"), "TST": D("10")}
DOCS_TESTNET_BTC_TIERS = [(0, 40), (10_000, 25), (50_000, 10), (100_000, 5), (300_000, 3)]
MARGIN_TABLES: list[list[Any]] = [
    [50, {"description": "", "marginTiers": [{"lowerBound": "0.0", "maxLeverage": 50}]}],
    [56, {"description": "tiered 40x", "marginTiers": [{"lowerBound": "0.0", "maxLeverage": 40},
                                                       {"lowerBound": "150000000.0", "maxLeverage": 20}]}],
    [60, {"description": "tiered 40x (docs testnet BTC)",
          "marginTiers": [{"lowerBound": f"{lo}.0", "maxLeverage": lev} for lo, lev in DOCS_TESTNET_BTC_TIERS]}],
]
UNIVERSE: list[dict[str, Any]] = [
    {"szDecimals": 5, "name": "BTC", "maxLeverage": 50, "marginTableId": 50},
    {"szDecimals": 4, "name": "ETH", "maxLeverage": 50, "marginTableId": 50},
    {"szDecimals": 2, "name": "SOL", "maxLeverage": 20, "marginTableId": 20},
    {"szDecimals": 0, "name": "DOGE", "maxLeverage": 20, "marginTableId": 20},
    {"szDecimals": 1, "name": "TST", "maxLeverage": 40, "marginTableId": 60},
]
META = {"universe": UNIVERSE, "marginTables": MARGIN_TABLES, "collateralToken": 0}
BODY = web.RequestKey("body", dict)  # the parsed POST body, read once before the (synchronous) route handler


def address(kind: int, index: int) -> str:
    return f"0x{kind:02x}{index:038x}"


def text(value: Decimal) -> str:
    """A decimal as Hyperliquid writes numbers: a plain string, never exponent notation."""
    out = format(value.normalize(), "f")
    return out if "." in out else out + ".0"


def _table_of(coin: str) -> list[tuple[Decimal, int]]:
    asset = next(a for a in UNIVERSE if a["name"] == coin)
    tables: dict[int, dict[str, Any]] = {tid: t for tid, t in MARGIN_TABLES}
    table = tables.get(asset["marginTableId"])
    if table is None:  # ids below 50: one tier at that leverage
        return [(D(0), int(asset["marginTableId"]))]
    return [(D(t["lowerBound"]), int(t["maxLeverage"])) for t in table["marginTiers"]]


def maintenance_margin(coin: str, notional: Decimal) -> Decimal:
    """The venue's maintenance margin of a position (docs, "Margin tiers"): notional × MMR − deduction, MMR = half
    the initial margin at the tier's max leverage, deduction_n = deduction_{n-1} + lowerBound_n × ΔMMR."""
    deduction, previous, mm = D(0), None, D(0)
    for lower, lev in _table_of(coin):
        rate = D(1) / (2 * lev)
        if previous is not None:
            deduction += lower * (rate - previous)
        previous = rate
        if notional >= lower:
            mm = notional * rate - deduction
    return mm


@dataclass
class HlPosition:
    coin: str
    side: str  # "long" | "short"
    entry: Decimal
    size: Decimal  # base units, unsigned
    cross: bool
    leverage: int
    collateral: Decimal = D(0)  # isolated: the margin put up (without uPnL)
    liquidation_px: str | None = None  # as the venue reports it

    def payload(self) -> dict:
        mark = MARKS[self.coin]
        sign = 1 if self.side == "long" else -1
        szi = sign * self.size
        value = self.size * mark
        upnl = szi * (mark - self.entry)
        if self.cross:
            used = value / self.leverage
            lev = {"type": "cross", "value": self.leverage}
        else:
            used = self.collateral + upnl
            lev = {"type": "isolated", "value": self.leverage, "rawUsd": text(used - szi * mark)}
        max_lev = next(a["maxLeverage"] for a in UNIVERSE if a["name"] == self.coin)
        return {"type": "oneWay", "position": {
            "coin": self.coin, "szi": text(szi), "leverage": lev, "entryPx": text(self.entry),
            "positionValue": text(value), "unrealizedPnl": text(upnl),
            "returnOnEquity": text((upnl / (self.entry * self.size / self.leverage)).quantize(D("1e-8"))),
            "liquidationPx": self.liquidation_px, "marginUsed": text(used), "maxLeverage": max_lev,
            "cumFunding": {"allTime": "0.0", "sinceOpen": "0.0", "sinceChange": "0.0"}}}


@dataclass
class HlUser:
    positions: list[HlPosition] = field(default_factory=list)
    cross_balance: Decimal = D(0)  # USDC in the cross account, without uPnL
    abstraction: str = "disabled"
    role: dict = field(default_factory=lambda: {"role": "user"})
    spot_usdc: Decimal = D(0)  # spot clearinghouse USDC (a unified account's collateral)

    def clearinghouse_state(self) -> dict:
        cross = [p for p in self.positions if p.cross]
        iso = [p for p in self.positions if not p.cross]
        rows = {id(p): p.payload()["position"] for p in self.positions}

        def total(ps: list[HlPosition], key: str) -> Decimal:
            return sum((D(rows[id(p)][key]) for p in ps), D(0))

        cross_value = self.cross_balance + total(cross, "unrealizedPnl")
        account_value = cross_value + total(iso, "marginUsed")
        cross_mm = sum((maintenance_margin(p.coin, p.size * MARKS[p.coin]) for p in cross), D(0))
        cross_used = total(cross, "marginUsed")
        def raw_usd(value: Decimal, ps: list[HlPosition]) -> Decimal:  # cash: value minus the signed notionals
            return value - sum((D(rows[id(p)]["szi"]) * MARKS[p.coin] for p in ps), D(0))

        return {
            "marginSummary": {"accountValue": text(account_value),
                              "totalNtlPos": text(total(self.positions, "positionValue")),
                              "totalRawUsd": text(raw_usd(account_value, self.positions)),
                              "totalMarginUsed": text(total(self.positions, "marginUsed"))},
            "crossMarginSummary": {"accountValue": text(cross_value),
                                   "totalNtlPos": text(total(cross, "positionValue")),
                                   "totalRawUsd": text(raw_usd(cross_value, cross)),
                                   "totalMarginUsed": text(cross_used)},
            "crossMaintenanceMarginUsed": text(cross_mm),
            "withdrawable": text(max(D(0), cross_value - cross_used)),
            "assetPositions": [{"type": "oneWay", "position": rows[id(p)]} for p in self.positions],
            "time": _now_ms()}

    def spot_state(self) -> dict:
        hold = sum((p.size * MARKS[p.coin] / p.leverage for p in self.positions if p.cross), D(0))
        return {"balances": [{"coin": "USDC", "token": 0, "hold": text(hold), "total": text(self.spot_usdc),
                              "entryNtl": "0.0"}]}


def _leverage(entry: Decimal, size: Decimal, collateral: Decimal, coin: str) -> int:
    most = next(a["maxLeverage"] for a in UNIVERSE if a["name"] == coin)
    return int(max(1, min(most, round(entry * size / collateral))))


def _vector_users() -> tuple[dict[str, HlUser], dict[str, str], dict[str, str]]:
    users: dict[str, HlUser] = {}
    isolated: dict[str, str] = {}
    cross: dict[str, str] = {}
    seen: dict[str, int] = {}
    for i, (vid, coin, side, entry, size, collateral, reported) in enumerate(HL_POSITIONS):
        e, q, c = D(str(entry)), D(str(size)), D(str(collateral))
        slot = seen[coin] = seen.get(coin, -1) + 1  # the n-th vector of a coin goes to the n-th isolated user
        iso_addr = address(0x10, slot + 1)
        users.setdefault(iso_addr, HlUser(cross_balance=D("100")))
        users[iso_addr].positions.append(HlPosition(coin, side, e, q, False, _leverage(e, q, c, coin), c,
                                                    repr(reported)))
        isolated[vid] = iso_addr
        cross_addr = address(0x20, i + 1)
        users[cross_addr] = HlUser([HlPosition(coin, side, e, q, True, _leverage(e, q, c, coin), D(0),
                                               repr(reported))], cross_balance=c)
        cross[vid] = cross_addr
    return users, isolated, cross


VECTOR_USERS, ISOLATED_USERS, CROSS_USERS = _vector_users()
MIXED = address(0x30, 1)
UNIFIED = address(0x30, 2)
AGENT = address(0x30, 3)
MAIN = address(0x30, 4)
SUB = address(0x30, 5)
VAULT = address(0x30, 6)


def _other_users() -> dict[str, HlUser]:
    mixed = HlUser([HlPosition("BTC", "long", D("65000"), D("0.5"), True, 10),
                    HlPosition("ETH", "short", D("2600"), D("4"), True, 10),
                    HlPosition("TST", "long", D("9.5"), D("12000"), True, 3),
                    HlPosition("SOL", "long", D("160"), D("10"), False, 4, D("400"))],
                   cross_balance=D("60000"))
    unified = HlUser([HlPosition("ETH", "long", D("2400"), D("1"), True, 5)], abstraction="unifiedAccount",
                     spot_usdc=D("5000"))
    agent = HlUser(role={"role": "agent", "data": {"user": MIXED}})
    main = HlUser(cross_balance=D("10"))
    sub = HlUser([HlPosition("ETH", "short", D("2600"), D("2"), True, 10)], cross_balance=D("3000"),
                 role={"role": "subAccount", "data": {"master": MAIN}})
    vault = HlUser([HlPosition("BTC", "short", D("68000"), D("0.1"), True, 5)], cross_balance=D("5000"),
                   role={"role": "vault"})
    return {MIXED: mixed, UNIFIED: unified, AGENT: agent, MAIN: main, SUB: sub, VAULT: vault}


class FakeHyperliquid(FakeVenue):
    """Hyperliquid's ``POST /info``: every user above; ``requests_of(type)`` lists the bodies received."""

    name = "hyperliquid"

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.users: dict[str, HlUser] = {**VECTOR_USERS, **_other_users()}
        self.bodies: list[dict] = []
        self.failing_types: set[str] = set()  # info types answered with HTTP 500
        self.routes["/info"] = self.info
        # --- the funding ledger (``userFunding``) -------------------------------------------------------------
        self.users[FUNDING] = funding_user()
        self.funding_rows: dict[str, list[dict]] = {}  # user -> ``userFunding`` entries (``RECORDED_USER_FUNDING``)

    def requests_of(self, kind: str) -> list[dict]:
        return [b for b in self.bodies if b.get("type") == kind]

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        if request.method == "POST":
            try:
                request[BODY] = await request.json()
            except ValueError:
                request[BODY] = {}
        return await super()._handle(request)

    def user(self, body: dict) -> HlUser:
        return self.users.get(str(body.get("user", "")).lower(), HlUser(role={"role": "missing"}))

    def info(self, request: web.Request):
        body = request.get(BODY) or {}
        self.bodies.append(body)
        kind = body.get("type")
        if kind in self.failing_types:
            return web.Response(status=500, text="null", content_type="application/json")
        if kind == "meta":
            return META
        if kind == "metaAndAssetCtxs":
            return [META, [self.asset_ctx(a["name"]) for a in UNIVERSE]]
        if kind == "clearinghouseState":
            return self.user(body).clearinghouse_state()
        if kind == "spotClearinghouseState":
            return self.user(body).spot_state()
        if kind == "userAbstraction":
            return self.user(body).abstraction
        if kind == "userRole":
            return self.user(body).role
        if kind == "l2Book":
            return self.book(str(body.get("coin")))
        if kind == "candleSnapshot":
            return self.candles(body.get("req") or {})
        if kind == "userFunding":
            return self.user_funding(body)
        self.unknown.append(f"POST /info type={kind}")
        return web.Response(status=422, text="Failed to deserialize the JSON body into the target type",
                            content_type="text/plain")

    @staticmethod
    def asset_ctx(coin: str) -> dict:
        mark = MARKS[coin]
        return {"funding": "0.0000125", "openInterest": "12345.6", "prevDayPx": text(mark),
                "dayNtlVlm": "1000000.0", "premium": "0.0001", "oraclePx": text(mark), "markPx": text(mark),
                "midPx": text(mark), "impactPxs": [text(mark * D("0.9999")), text(mark * D("1.0001"))]}

    @staticmethod
    def book(coin: str) -> dict:
        """20 levels a side, 5 bp apart, prices with 5 significant digits (Hyperliquid's tick rule)."""
        mark = float(MARKS[coin])

        def level(i: int, sign: int) -> dict:
            return {"px": f"{float(f'{mark * (1 + sign * 0.0005 * (i + 1)):.5g}'):g}", "sz": f"{2.0 + i:.1f}", "n": 1}

        return {"coin": coin, "time": _now_ms(), "levels": [[level(i, -1) for i in range(20)],
                                                            [level(i, 1) for i in range(20)]]}

    @staticmethod
    def candles(req: dict) -> list:
        coin = str(req.get("coin"))
        closes = synthetic_closes(float(MARKS[coin]), 60)
        start = _now_ms() - len(closes) * DAY_MS
        return [{"t": start + i * DAY_MS, "T": start + (i + 1) * DAY_MS - 1, "s": coin, "i": "1d", "o": str(c),
                 "c": str(c), "h": str(c * 1.01), "l": str(c * 0.99), "v": "1000.0", "n": 10}
                for i, c in enumerate(closes)]

    def user_funding(self, body: dict) -> list:
        """``userFunding``: the user's funding entries with ``startTime`` <= time <= ``endTime`` (now when absent),
        oldest first, at most 500 (Hyperliquid's page for time-range requests)."""
        start, end = int(body.get("startTime", 0)), int(body.get("endTime") or _now_ms())
        rows = [r for r in self.funding_rows.get(str(body.get("user", "")).lower(), [])
                if start <= int(r["time"]) <= end]
        return sorted(rows, key=lambda r: int(r["time"]))[:500]


#: A user holding the SOL short of the recorded funding entry below (7375.9 SOL, cross) and a BTC long (0.5, cross).
FUNDING = address(0x30, 7)


def funding_user() -> HlUser:
    return HlUser([HlPosition("SOL", "short", D("170"), D("7375.9"), True, 5),
                   HlPosition("BTC", "long", D("66000"), D("0.5"), True, 10)], cross_balance=D("400000"))


#: ``userFunding`` entries as Hyperliquid answers them. The first is the recorded example in ccxt's
#: ``hyperliquid.fetch_funding_history`` (SOL, szi -7375.9, fundingRate 0.00004381, usdc 75.635093 received: a
#: positive rate, the short receives); the hash is all zeros, as Hyperliquid sends it. The second is the BTC long's
#: funding at the fake's rate (``asset_ctx`` "funding" 0.0000125) and mark 67000: 0.5 x 67000 x 0.0000125 = 0.41875
#: USDC paid (Hyperliquid docs "Funding": payment = position size x oracle price x funding rate, longs pay when
#: positive). Tests move ``time`` into their window.
ZERO_HASH = "0x" + "0" * 64
RECORDED_USER_FUNDING = [
    {"time": 1734026400057, "hash": ZERO_HASH,
     "delta": {"type": "funding", "coin": "SOL", "usdc": "75.635093", "szi": "-7375.9", "fundingRate": "0.00004381",
               "nSamples": None}},
    {"time": 1734026400057, "hash": ZERO_HASH,
     "delta": {"type": "funding", "coin": "BTC", "usdc": "-0.41875", "szi": "0.5", "fundingRate": "0.0000125",
               "nSamples": None}},
]
