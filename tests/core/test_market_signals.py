"""The market-fragility signals and score (issue 19): parsers, open interest against spot, volatility against its
own range, thin hours, the score and its parts, the stored series. Every expected number is worked by hand from the
inputs (or by numpy, independently of the code under test)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import numpy as np
import pytest

from core.fragility import Cluster, Fragility
from core.fragility_score import WEIGHTS, Signal, fragility_report, per_8h, score
from core.market_signals import (
    ETF_BTC,
    VIX,
    MarketPoint,
    Series,
    depth_by_hour,
    elevated,
    etf_flows,
    hour_ranges,
    oi_against_spot,
    percentile,
    thin_hours_ahead,
)
from core.messages import Message
from core.model import MarginMode, MarketState, PortfolioSnapshot, Position, Side
from core.sources.etf import parse_flows, parse_number
from core.sources.volatility import parse_cboe, parse_dvol
from core.sync import SourceError

NOW = datetime(2026, 3, 2, 3, 30, tzinfo=UTC)
BTC = "BTC/USDT:USDT"


# --- parsers -------------------------------------------------------------------------------------------------------
def test_numbers_as_tables_write_them():
    assert parse_number("(1,234.5)") == -1234.5 and parse_number("-7") == -7.0 and parse_number("$4.1") == 4.1
    assert parse_number("-") is None and parse_number("") is None
    with pytest.raises(ValueError):
        parse_number("pending")


def test_a_csv_with_one_column_per_fund_is_summed():
    text = "Date,IBIT,FBTC\n2026-02-26,10.0,(2.5)\n02/27/2026,1.0,-\n"
    assert parse_flows(text, 1e6) == ((date(2026, 2, 26), 7_500_000.0), (date(2026, 2, 27), 1_000_000.0))
    assert parse_flows("day;flow\n2026-02-26;5\n", 1.0) == ((date(2026, 2, 26), 5.0),)


def test_an_html_page_picks_the_table_with_the_days():
    page = ("<table><tr><td>menu</td></tr></table><table><tr><th>Date</th><th>Total</th></tr>"
            "<tr><td>27 Feb 2026</td><td>(1.5)</td></tr><tr><td>Total</td><td>9</td></tr></table>")
    assert parse_flows(page) == ((date(2026, 2, 27), -1_500_000.0),)
    with pytest.raises(SourceError) as caught:
        parse_flows("<html><table><tr><td>nothing</td></tr></table></html>", where="x.org")
    assert isinstance(caught.value.message, Message) and "x.org" in caught.value.message


def test_cboe_and_deribit_parsers():
    text = "\ufeffDATE,OPEN,HIGH,LOW,CLOSE\n02/26/2026,20.1,21,19,20.5\n02/27/2026,20.5,22,20,21.25\n"
    assert parse_cboe(text) == ((date(2026, 2, 26), 20.5), (date(2026, 2, 27), 21.25))
    with pytest.raises(SourceError, match="no DATE and CLOSE"):
        parse_cboe("a,b\n1,2\n")
    day = int(datetime(2026, 3, 1, tzinfo=UTC).timestamp() * 1000)
    assert parse_dvol([[day, 50, 51, 49, 50.5]]) == ((date(2026, 3, 1), 50.5),)
    with pytest.raises(SourceError):
        parse_dvol([[day, 50]])


# --- volatility against its own range -----------------------------------------------------------------------------
def test_percentile_matches_numpy_and_elevation_is_above_the_80th():
    values = [3.0, 1.0, 4.0, 1.5, 5.0, 9.0, 2.0, 6.0]
    for q in (0.0, 0.2, 0.5, 0.8, 1.0):
        assert percentile(values, q) == pytest.approx(float(np.percentile(values, q * 100)))
    days = [date(2026, 1, 1) + timedelta(days=i) for i in range(100)]
    series = Series(VIX, "cboe", None, tuple((d, float(i + 1)) for i, d in enumerate(days)))
    found = elevated(series)
    # closes 1..100: the 80th percentile (linear) is 1 + 0.8 × 99 = 80.2, the 20th 1 + 0.2 × 99 = 20.8
    assert found is not None and found.high == pytest.approx(80.2) and found.low == pytest.approx(20.8)
    assert found.value == 100.0 and found.flagged
    short = Series(VIX, "cboe", None, series.points[:10])
    assert elevated(short) is None


def test_etf_flows_sum_the_last_days():
    points = tuple((date(2026, 2, d), v) for d, v in ((20, 5.0), (23, -1.0), (24, 2.0), (25, -10.0), (26, 1.0),
                                                         (27, 3.0)))
    flows = etf_flows(Series(ETF_BTC, "u", None, points), "BTC")
    assert flows.sum_usd == -5.0 and flows.days[0][0] == date(2026, 2, 23) and flows.last_day == date(2026, 2, 27)


# --- open interest against spot -----------------------------------------------------------------------------------
def _point(at, venue, oi, spot, depth=None, symbol=BTC) -> MarketPoint:
    return MarketPoint(at, venue, symbol, 60000.0, oi, spot, depth)


def test_open_interest_growing_while_spot_volume_does_not_is_flagged():
    t0, t7 = NOW - timedelta(days=7, minutes=5), NOW
    points = [_point(t0, "binanceusdm", 600.0, 300.0), _point(t0, "bybit", 400.0, 200.0),
              _point(t7, "binanceusdm", 720.0, 270.0), _point(t7, "bybit", 480.0, 180.0)]
    found = oi_against_spot(points, "BTC", NOW)
    # OI 1000 -> 1200 (+20 %), spot 500 -> 450 (-10 %): ratio 2 -> 2.6667 (+33.3 %)
    assert found.open_interest_usd == 1200.0 and found.spot_volume_usd == 450.0
    assert found.open_interest_change == pytest.approx(0.20) and found.spot_volume_change == pytest.approx(-0.10)
    assert found.ratio == pytest.approx(1200 / 450) and found.ratio_change == pytest.approx((1200 / 450) / 2 - 1)
    assert found.flagged and found.venues == ("binanceusdm", "bybit")
    growing = [*points[:2], _point(t7, "binanceusdm", 720.0, 330.0), _point(t7, "bybit", 480.0, 220.0)]
    assert not oi_against_spot(growing, "BTC", NOW).flagged  # spot grew with it (+10 %)


def test_only_the_venues_with_spot_volume_count():
    points = [_point(NOW, "binanceusdm", 600.0, 300.0), _point(NOW, "hyperliquid", 400.0, None)]
    found = oi_against_spot(points, "BTC", NOW)
    assert found.open_interest_usd == 600.0 and found.ratio == 2.0 and found.venues == ("binanceusdm",)
    assert found.open_interest_change is None and not found.flagged  # nothing older to compare with


# --- thin hours ---------------------------------------------------------------------------------------------------
def _day_of_books(thin_hour: int = 3, thin: float = 40.0, normal: float = 100.0, days: int = 2) -> list[MarketPoint]:
    start = datetime(2026, 2, 28, 0, 10, tzinfo=UTC)
    out = []
    for d in range(days):
        for h in range(24):
            at = start + timedelta(days=d, hours=h)
            out.append(_point(at, "binanceusdm", None, None, thin if h == thin_hour else normal))
    return out


def test_depth_by_hour_finds_the_thin_hour_in_utc_and_local_time():
    points = [*_day_of_books(), _point(NOW - timedelta(minutes=5), "binanceusdm", None, None, 35.0)]
    profile = depth_by_hour(points, BTC, NOW, ZoneInfo("Asia/Tokyo"))
    # 23 hours at 100 and hour 3 at 40 (and 35 now): the typical hour is the median, 100
    assert profile.typical == 100.0 and profile.thin_hours_utc == (3,)
    assert profile.utc[3] == 40.0 and profile.counts_utc[3] == 3
    assert profile.local_offset_h == 9.0 and profile.local[12] == 40.0  # 03:00 UTC is 12:00 in Tokyo
    assert profile.current == 35.0 and profile.current_ratio == pytest.approx(0.35) and profile.current_is_thin
    later = NOW + timedelta(hours=2)
    assert thin_hours_ahead(profile, later) == (3,)


def test_one_hour_of_books_is_no_typical_hour():
    points = [_point(NOW - timedelta(minutes=m), "binanceusdm", None, None, 100.0) for m in (1, 2, 3)]
    profile = depth_by_hour(points, BTC, NOW)
    assert profile.typical is None and profile.current_ratio is None and not profile.current_is_thin


def test_hour_ranges_wrap_midnight():
    assert hour_ranges([23, 0, 1, 5]) == ((5, 6), (23, 2))
    assert hour_ranges([]) == () and hour_ranges(range(24)) == ((0, 24),)


def test_the_daily_check_names_the_thin_hours_ahead():
    from core.daily import thin_hours_ahead as daily_thin

    snapshot = _snapshot()
    now = datetime(2026, 3, 2, 20, 0, tzinfo=UTC)
    profile = depth_by_hour(_day_of_books(), BTC, now, ZoneInfo("America/New_York"))
    found = daily_thin(snapshot, {BTC: profile}, now)
    assert len(found) == 1 and found[0].ranges_utc == ((3, 4),) and found[0].depth_share == pytest.approx(0.4)
    note = found[0].note
    assert isinstance(note, Message) and "03:00–04:00 UTC (22:00–23:00 local)" in note and "40 %" in note


# --- the score ----------------------------------------------------------------------------------------------------
def _signal(name: str, value: float | None, flagged: bool) -> Signal:
    return Signal(name, value, "", None, None, flagged, "", None, WEIGHTS[name])


def test_the_score_is_the_flagged_share_of_the_weight_with_data():
    parts = [_signal("oi_spot", 2.0, False), _signal("funding", 0.001, True), _signal("clusters", 1.0, True),
             _signal("thin_hour", None, False), _signal("etf_flows", -1.0, True), _signal("vol_equity", None, False)]
    # with data: 2 + 1.5 + 1.5 + 1 = 6; flagged: 1.5 + 1.5 + 1 = 4 -> 66.67
    assert score(parts) == pytest.approx(400 / 6)
    assert score([_signal("thin_hour", None, False)]) is None
    assert per_8h(0.0000125, 1.0) == pytest.approx(0.0001) and per_8h(0.0001, None) == 0.0001


def _snapshot() -> PortfolioSnapshot:
    position = Position("a", "binanceusdm", BTC, Side.LONG, 1.0, 1.0, 60000.0, 60000.0, MarginMode.CROSS)
    markets = (MarketState("binanceusdm", BTC, 60000.0, funding_rate=0.0005, open_interest_usd=3_000.0,
                           funding_interval_h=8.0),
               MarketState("bybit", BTC, 60000.0, funding_rate=0.0000125, open_interest_usd=1_000.0,
                           funding_interval_h=1.0))
    return PortfolioSnapshot(taken_at=NOW, positions=(position,), markets=markets)


def test_a_report_from_hand_built_inputs():
    snapshot = _snapshot()
    t0 = NOW - timedelta(days=8)
    history = [_point(t0, "binanceusdm", 1000.0, 500.0), _point(NOW, "binanceusdm", 1200.0, 450.0),
               *_day_of_books()]
    assessed = [Fragility("binanceusdm", BTC, 60000.0, 0.0005, "longs pay", 3000.0, None, 0, 0, 0, 0,
                          Cluster(58800.0, 1e6, -2.0), Cluster(62400.0, 1e6, 4.0))]
    days = [date(2025, 3, 1) + timedelta(days=i) for i in range(366)]
    vix = Series(VIX, "https://cdn.example/VIX.csv", NOW, tuple((d, 10.0 + (i % 10)) for i, d in enumerate(days)))
    etf = Series(ETF_BTC, "file:flows.csv", NOW, ((date(2026, 2, 26), -5e6), (date(2026, 2, 27), 2e6)))
    report = fragility_report(snapshot, history, {VIX: vix, ETF_BTC: etf}, NOW, UTC, assessed)
    (fs,) = report.scores
    assert fs.symbol == BTC and fs.venues == ("binanceusdm",)
    oi = fs.signal("oi_spot")
    assert oi.value == pytest.approx(1200 / 450) and oi.flagged  # +20 % OI, -10 % spot
    funding = fs.signal("funding")
    # only the venues the user holds the symbol on count (binanceusdm): 0.0005 per 8 h, beyond ±0.0003
    assert funding.value == pytest.approx(0.0005) and funding.flagged
    clusters = fs.signal("clusters")
    assert clusters.value == 2.0 and clusters.flagged and clusters.reference_low == 3.0
    thin = fs.signal("thin_hour")
    # the newest book (2026-03-01 23:10) is a typical one (100 / 100), but 03:00 UTC, the hour now, is thin (40)
    assert thin.value == pytest.approx(1.0) and thin.flagged
    etf_signal = fs.signal("etf_flows")
    assert etf_signal.value == -3e6 and etf_signal.flagged and etf_signal.source == "file:flows.csv"
    vol = fs.signal("vol_equity")
    # the last 365 days of 10 + (i mod 10): the 80th percentile computed by numpy
    window = [v for d, v in vix.points if d > days[-1] - timedelta(days=365)]
    assert vol.reference_high == pytest.approx(float(np.percentile(window, 80)))
    assert vol.value == 15.0 and vol.reference_high > 15.0 and not vol.flagged
    assert fs.signal("vol_crypto").value is None and fs.signal("vol_gold").value is None
    with_data = [s for s in fs.signals if s.value is not None]
    flagged = sum(s.weight for s in with_data if s.flagged)
    assert fs.score == pytest.approx(100 * flagged / sum(s.weight for s in with_data))
    for s in fs.signals:  # every text a person reads is a Message
        assert isinstance(s.title, Message) and (s.detail is None or isinstance(s.detail, Message))
    assert fs.as_dict()["signals"][0]["name"] == "oi_spot" and fs.as_dict()["venue_names"] == ["Binance USD-M"]


# --- storage ------------------------------------------------------------------------------------------------------
def test_series_are_stored_replaced_and_marked_stale(tmp_path):
    from core.store import Store, series_repo

    store = Store.open(tmp_path / "u.sqlite")
    try:
        with store.write() as db:
            series_repo.save_series(db, ETF_BTC, "u1", [(date(2026, 2, 26), 1.0), (date(2026, 2, 27), 2.0)], NOW)
            series_repo.save_series(db, ETF_BTC, "u1", [(date(2026, 2, 27), 2.5)], NOW + timedelta(hours=1))
        found = series_repo.load_series(store.read(), ETF_BTC)
        assert found.points == ((date(2026, 2, 26), 1.0), (date(2026, 2, 27), 2.5)) and not found.stale
        assert found.as_of == NOW + timedelta(hours=1) and found.unit == "USD"
        with store.write() as db:
            series_repo.record_failure(db, ETF_BTC, "u1", NOW + timedelta(days=1), "cannot reach u1")
        stale = series_repo.load_series(store.read(), ETF_BTC)
        assert stale.stale and "cannot reach u1" in stale.problem and isinstance(stale.problem, Message)
        assert stale.points == found.points and stale.as_of == found.as_of
        assert series_repo.load_series(store.read(), VIX) is None
    finally:
        store.close()


def test_market_points_come_from_the_stored_snapshots(tmp_path):
    from dataclasses import replace

    from core.store import Store, save_snapshot, series_repo

    store = Store.open(tmp_path / "u.sqlite")
    book = MarketState("binanceusdm", BTC, 100.0, open_interest_usd=5e6,
                       bids=((99.5, 2.0), (98.0, 10.0)), asks=((100.5, 1.0), (103.0, 10.0)))
    book = replace(book, spot_volume_24h_usd=2.5e6)
    try:
        with store.write() as db:
            for i in range(3):
                save_snapshot(db, PortfolioSnapshot(taken_at=NOW - timedelta(hours=i), markets=(book,)))
        points = series_repo.load_market_points(store.read(), False, NOW - timedelta(days=1), NOW, [BTC])
    finally:
        store.close()
    assert len(points) == 3 and points[0].taken_at == NOW - timedelta(hours=2)
    # mid 100: within 1 % only 99.5 × 2 (bids) and 100.5 × 1 (asks) = 199 + 100.5
    assert all(p.depth_usd == pytest.approx(299.5) for p in points)
    assert points[-1].open_interest_usd == 5e6 and points[-1].spot_volume_24h_usd == 2.5e6


def test_a_stored_book_decodes_to_the_depth_of_the_market():
    """A book decoded from the store (a store written before schema v7 has no ``book_depths`` row for it) gives
    ``book_depth_usd`` of the market (strings, one-sided and empty books too)."""
    import json
    import zlib

    from core.market_signals import book_depth_usd
    from core.store import series_repo
    from core.store.codec import dumps

    books = [MarketState("v", BTC, 100.0, bids=((99.5, 2.0), (99.0, 1.0), (98.0, 10.0)),
                         asks=((100.5, 1.0), (101.0, 3.0), (103.0, 10.0))),
             MarketState("v", BTC, 100.0, bids=((99.5, 2.0),), asks=()),
             MarketState("v", BTC, 1e-5, bids=((0.0000099, 1e9),), asks=((0.0000101, 2e9), (0.00002, 1.0)))]
    for book in books:
        data = zlib.compress(dumps({"bids": book.bids, "asks": book.asks}).encode())
        assert series_repo._depth_of(data) == pytest.approx(book_depth_usd(book)) if book.asks else \
            series_repo._depth_of(data) is None
    quoted = zlib.compress(json.dumps({"bids": [["99.5", "2"]], "asks": [["100.5", "1"]]}).encode())
    assert series_repo._depth_of(quoted) == pytest.approx(99.5 * 2 + 100.5)
    assert series_repo._depth_of(zlib.compress(b"[1, 2]")) is None


def test_book_depths_are_written_with_the_snapshot_and_kept_for_old_books(tmp_path):
    from dataclasses import replace

    from core.session import Session
    from core.store import save_snapshot, series_repo

    session = Session.open(path=tmp_path / "u.sqlite")
    book = MarketState("binanceusdm", BTC, 100.0, bids=((99.5, 2.0),), asks=((100.5, 1.0),))
    try:
        session.save(PortfolioSnapshot(taken_at=NOW - timedelta(hours=3), markets=(book,)))
        db = session.store.read()
        assert db.execute("SELECT depth_usd FROM book_depths").fetchall() == [(299.5,)]
        # a book stored without its depth (as before schema v7): decoded on the first read, then kept
        older = replace(book, bids=((99.0, 1.0),))
        with session.store.write() as writable:
            save_snapshot(writable, PortfolioSnapshot(taken_at=NOW - timedelta(hours=2), markets=(older,)))
        points = session.market_points(NOW, 1, [BTC])
        assert [p.depth_usd for p in points] == [pytest.approx(299.5), pytest.approx(99.0 + 100.5)]
        assert sorted(r[0] for r in db.execute("SELECT depth_usd FROM book_depths").fetchall()) == [199.5, 299.5]
        # the newest snapshot of each hour only
        session.save(PortfolioSnapshot(taken_at=NOW - timedelta(hours=2, minutes=-10), markets=(book,)))
        assert len(session.market_points(NOW, 1, [BTC])) == 2
        assert len(series_repo.load_market_points(db, False, NOW - timedelta(days=1), NOW, [BTC], per_hour=False)) == 3
    finally:
        session.close()
