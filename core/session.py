"""The application session: the one object the GUI and the CLI both use.

It owns the store, the background runtime and the configured sources. ``refresh(now)`` syncs every
source (I/O on the runtime's loop, database work and analysis in worker threads so the loop keeps
answering) and returns one immutable ``Analysis``; ``load_latest(now)`` does the same for the last stored
snapshot. User intents (snooze a reminder, add a wallet, save settings ...) are methods here too: each is
one short transaction on the store's writer. Qt-free: the desktop's state object only turns the results
into signals.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine, Mapping, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from core.exchanges.accounts import AccountConfig
from core.model import Holding, PortfolioSnapshot, Wallet
from core.retry import RetryPolicy
from core.runtime import Runtime, get_runtime
from core.session_reads import FundingReads, MarketReads
from core.settings import Settings, load_settings, update_settings
from core.store import (
    FULL_CHECK_EVERY,
    CheckResult,
    Store,
    StoreError,
    accounts_repo,
    custody_repo,
    load_snapshot,
    save_snapshot,
    snapshot_ids,
    store_fault,
)
from core.sync import DEFAULT_SOURCE_TIMEOUT_S, Source, collect

if TYPE_CHECKING:  # (the analysis' code is loaded where it runs: a window opens the store before it analyses)
    from core.analysis import Analysis
    from core.exchanges.funding_history import AccountRead
    from core.history import HistoryPoint, StoredSnapshot
    from core.reminders import ReminderConfig, ReminderState

log = logging.getLogger(__name__)
T = TypeVar("T")


class NothingConfigured(RuntimeError):
    """No exchange account, wallet or manual holding is configured yet."""

    def __init__(self) -> None:
        super().__init__("no accounts or wallets are configured yet: add one with 'undertow accounts add' or "
                         "'undertow wallet add', or try --demo")


class Session(FundingReads, MarketReads):
    """One per process. ``demo`` swaps the exchange and chain sources for the bundled recorded data."""

    def __init__(self, store: Store, demo: bool = False, runtime: Runtime | None = None,
                 demo_directory: Path | None = None) -> None:
        self.store = store
        self.demo = demo
        self._runtime = runtime
        self._demo_directory = demo_directory
        self.settings: Settings = load_settings(store.read())
        self.current: Analysis | None = None
        self._depth_points: tuple[tuple[Any, ...], list[Any]] | None = None  # (key, points): see _thin_hours
        # the daily summary's thin-hours lines (a month of stored books read): the terminal prints them; the window
        # shows depth by hour in the Market view, read in the background, and turns this off
        self.thin_hours_in_analysis = True

    @classmethod
    def open(cls, demo: bool = False, path: Path | None = None, **kwargs: Any) -> Session:
        """Open the store at ``path`` (default: the data folder); raises ``core.store.StoreError`` (a subclass
        naming the fault: full disk, read-only, locked by another Undertow, damaged). A store that can be read
        but not written opens; ``store_problem`` says why nothing can be saved."""
        store = Store.open(path)
        try:
            return cls(store, demo, **kwargs)
        except BaseException as exc:
            store.close()
            fault = store_fault(exc, store.path, opening=True)
            if fault is None or fault is exc:
                raise
            raise fault from exc

    @property
    def store_problem(self) -> StoreError | None:
        """The last fault of the data folder (at open, or a write that failed since the last one that succeeded)."""
        return self.store.problem

    # --- the runtime -------------------------------------------------------------------------------------
    @property
    def runtime(self) -> Runtime:
        if self._runtime is None or not self._runtime.running:
            self._runtime = get_runtime()
        return self._runtime

    def run(self, coro: Coroutine[Any, Any, T], timeout: float | None = None) -> T:
        """Blocking helper for the CLI: run ``coro`` on the background loop and wait for it."""
        result: T = self.runtime.run(coro, timeout)
        return result

    def close(self) -> None:
        """End the exchange clients' HTTP sessions and close the database."""
        import sys

        if "core.exchanges.ccxt_source" in sys.modules and self.runtime.running:
            from core.exchanges.ccxt_source import close_clients

            try:
                self.runtime.run(close_clients(), timeout=10)
            except Exception:  # noqa: BLE001 - closing is best effort; what was synced is stored
                log.warning("closing the exchange clients failed", exc_info=True)
        self.store.close()

    # --- reading -----------------------------------------------------------------------------------------
    def snapshot_ids(self) -> list[int]:
        return snapshot_ids(self.store.read(), demo=self.demo)

    def load_snapshot(self, snapshot_id: int) -> PortfolioSnapshot:
        return load_snapshot(self.store.read(), snapshot_id)

    def latest_snapshots(self, n: int = 2) -> list[tuple[int, PortfolioSnapshot]]:
        """The newest ``n`` stored snapshots of this mode, newest first."""
        ids = self.snapshot_ids()[-n:]
        return [(sid, self.load_snapshot(sid)) for sid in reversed(ids)]

    def previous_of(self, snapshot_id: int | None) -> PortfolioSnapshot | None:
        """The stored snapshot of this mode just before ``snapshot_id`` (None for the first)."""
        ids = self.snapshot_ids()
        earlier = [i for i in ids if snapshot_id is None or i < snapshot_id]
        return self.load_snapshot(earlier[-1]) if earlier else None

    def accounts(self) -> list[AccountConfig]:
        return accounts_repo.list_accounts(self.store.read())

    def find_account(self, key: str) -> AccountConfig | None:
        return accounts_repo.find_account(self.store.read(), key)

    def wallets(self) -> list[Wallet]:
        return custody_repo.list_wallets(self.store.read())

    def manual_holdings(self) -> list[Holding]:
        return custody_repo.list_manual_holdings(self.store.read())

    def history(self, after_id: int = 0) -> list[HistoryPoint]:
        """History points of this mode's stored snapshots (see ``core.history.load_history``)."""
        from core.history import load_history

        return load_history(self.store.read(), self.demo, after_id=after_id)

    def stored_snapshots(self) -> list[StoredSnapshot]:
        from core.history import stored_snapshots

        return stored_snapshots(self.store.read(), self.demo)

    # --- sources and sync --------------------------------------------------------------------------------
    def sources(self, previous: PortfolioSnapshot | None = None, retry: Any = None) -> list[Source]:
        """The configured sources (reads the keyring for exchange keys: call it off the GUI thread)."""
        if self.demo:
            from core.demo import demo_sources

            return demo_sources(self._demo_directory)
        from core.exchanges.ccxt_source import account_sources

        s = self.settings
        retry = retry or RetryPolicy(budget_s=max(float(s.request_timeout_s), min(15.0, float(s.source_timeout_s))),
                                     source_budget_s=float(s.source_timeout_s))
        # an account's own timeout (its options) wins over the setting
        configs = [replace(c, options={"timeout_ms": int(s.request_timeout_s) * 1000, **(c.options or {})})
                   for c in self.accounts()]
        sources: list[Source] = list(account_sources(configs, previous, retry))
        wallets, manual = self.wallets(), self.manual_holdings()
        if wallets or manual:  # the chain clients (httpx, keccak, embit) only for a wallet to read
            from core.custody.sources import ChainSettings, wallet_sources

            sources.extend(wallet_sources(wallets, manual, ChainSettings.from_settings(self.settings)))
        return sources

    def save(self, snapshot: PortfolioSnapshot, funding: Sequence[AccountRead] = ()) -> int:
        """Store ``snapshot`` (and what the funding reads of its sync brought) in one transaction; returns its id.
        Raises ``core.store.StoreError`` when the data folder cannot take it (full disk, read-only, locked): nothing
        of it is stored, the earlier snapshots stay."""
        source_of = {f"market:{m.venue}": f"market:{m.venue}" for m in snapshot.markets}
        from core.store import series_repo

        with self.store.write("the new snapshot") as db:
            sid = save_snapshot(db, snapshot, source_of)
            series_repo.save_snapshot_depths(db, sid, snapshot.markets)  # the thin-hours profile reads these
            if funding:
                from core.store import funding_repo

                funding_repo.save_reads(db, snapshot.demo, funding, snapshot.taken_at)
            return sid

    async def sync(self, now: datetime, retry: Any = None, sources: Sequence[Source] | None = None,
                   timeout: float = DEFAULT_SOURCE_TIMEOUT_S) -> tuple[int, PortfolioSnapshot]:
        """Fetch every source concurrently, store the snapshot; returns (snapshot id, snapshot).

        A failed source keeps its last good rows, marked stale (``core.sync.assemble``). Raises
        ``NothingConfigured`` when there is nothing to sync.
        """
        latest = await asyncio.to_thread(self.latest_snapshots, 1)
        previous = latest[0][1] if latest else None
        if sources is None:
            sources = await asyncio.to_thread(self.sources, previous, retry)
        if not sources:
            raise NothingConfigured()
        snapshot = await collect(sources, now, previous, self.demo, timeout)
        snapshot = await self._add_spot_volumes(snapshot, now)
        snapshot, funding = await self._read_funding(sources, snapshot, now)
        sid = await asyncio.to_thread(self.save, snapshot, funding)
        await asyncio.to_thread(self._apply_retention, now)
        return sid, snapshot

    async def _read_funding(self, sources: Sequence[Source], snapshot: PortfolioSnapshot,
                            now: datetime) -> tuple[PortfolioSnapshot, list[AccountRead]]:
        """The funding ledger of the accounts that synced fresh, read where a funding time has passed since the last
        read (``core.exchanges.funding_history``), to be stored with the snapshot; a failed read is a "synced with
        gaps" note on its account and leaves the stored ledger as it was."""
        from core.demo import demo_funding_payments
        from core.exchanges.funding_history import AccountRead, read_accounts, with_notes
        from core.store import funding_repo

        def states(wanted: list[tuple[str, str]]) -> Any:
            return asyncio.to_thread(funding_repo.read_states, self.store.read(), snapshot.demo, wanted)

        reads = await read_accounts(sources, snapshot, now, states)
        if snapshot.demo:
            reads.append(AccountRead("demo", "", payments=demo_funding_payments(list(sources), snapshot, now)))
        return with_notes(snapshot, {r.account_id: r.problem for r in reads if r.problem}), reads

    async def _add_spot_volumes(self, snapshot: PortfolioSnapshot, now: datetime) -> PortfolioSnapshot:
        """The held assets' 24 h spot volume on the user's venues (``core.exchanges.spot_volume``; setting
        ``spot_volume_enabled``), stored with the snapshot's markets. Never fails the sync."""
        if snapshot.demo or not self.settings.spot_volume_enabled or not snapshot.positions:
            return snapshot
        from core.exchanges.spot_volume import add_spot_volumes

        configs = await asyncio.to_thread(self.accounts)
        return await add_spot_volumes(snapshot, configs, now, float(self.settings.source_timeout_s))

    def _apply_retention(self, now: datetime) -> None:
        """Thin old snapshots by the retention settings (every one for a week, hourly for 90 days, daily after).
        A store that cannot take it (read-only, full) keeps everything; the sync itself has already landed."""
        from core.retention import RetentionPolicy, run_retention
        from core.store import StoreError

        try:
            result = run_retention(self.store, now, RetentionPolicy.from_settings(self.settings))
            if result.blobs_deleted:
                from core.store import series_repo

                with self.store.write("the pruned book depths") as db:
                    series_repo.prune_depths(db)
        except StoreError as exc:
            log.warning("retention skipped: %s", exc)

    # --- analysis ----------------------------------------------------------------------------------------
    def analyse(self, snapshot: PortfolioSnapshot, now: datetime, snapshot_id: int | None = None,
                previous: PortfolioSnapshot | None = None) -> Analysis:
        """The analysis of ``snapshot`` (CPU work: call it in a worker). Due reminders are evaluated and
        their states persisted here, once; wallet balances confirm arrived cold-storage moves."""
        from core.analysis import analyse
        from core.custody.split import wallet_balances
        from core.reminders import ReminderConfig

        if previous is None and snapshot_id is not None:
            previous = self.previous_of(snapshot_id)
        overrides = custody_repo.load_overrides(self.store.read())
        history = self.market_history(snapshot) if snapshot.positions else None  # the What-if reads the same
        result = analyse(snapshot, previous, self.settings, now, overrides, snapshot_id, market_history=history)
        config = ReminderConfig.from_settings(self.settings)
        try:
            with self.store.write("the reminders' state") as db:
                confirmed = custody_repo.confirm_arrived_moves(db, wallet_balances(snapshot), now)
                due = custody_repo.evaluate_reminders(db, snapshot, now, config, result.positions)
                moves = custody_repo.list_cold_moves(db, open_only=True)
        except StoreError as exc:
            if exc.kind == "closed":
                raise
            # the data folder cannot be written (full, read-only, locked): the reminders are judged all the same,
            # only not recorded; ``store_problem`` keeps the fault for the window and the terminal to report
            log.info("reminder states not saved: %s", exc)
            confirmed = []
            due = self._due_without_saving(snapshot, now, config, result)
            moves = custody_repo.list_cold_moves(self.store.read(), open_only=True)
        result = replace(result, reminders=tuple(due), cold_moves=tuple(moves), confirmed_moves=tuple(confirmed),
                         summary=replace(result.summary, carry=self._carry(snapshot, now),
                                         thin_hours=self._thin_hours(snapshot, now) if self.thin_hours_in_analysis
                                         else ()))
        self.current = result
        return result

    def _due_without_saving(self, snapshot: PortfolioSnapshot, now: datetime, config: ReminderConfig,
                            result: Analysis) -> list[Any]:
        """The due reminders as ``custody_repo.evaluate_reminders`` finds them, read-only (nothing recorded)."""
        from core.reminders import evaluate

        db = self.store.read()
        context = replace(custody_repo.reminder_context(db, snapshot), position_risks=result.positions)
        due, _states = evaluate(snapshot, now, custody_repo.load_reminder_states(db), config, context)
        return list(due)

    async def refresh(self, now: datetime, retry: Any = None) -> Analysis:
        """Sync, store, analyse: what the Refresh button and ``undertow check`` do."""
        previous = self.current.snapshot if self.current is not None else None
        sid, snapshot = await self.sync(now, retry)
        if previous is None or previous.demo != snapshot.demo:
            previous = None
        return await asyncio.to_thread(self.analyse, snapshot, now, sid, previous)

    async def load_latest(self, now: datetime) -> Analysis | None:
        """The analysis of the last stored snapshot of this mode (None when there is none)."""
        def work() -> Analysis | None:
            newest = self.latest_snapshots(2)
            if not newest:
                return None
            (sid, snapshot), previous = newest[0], (newest[1][1] if len(newest) > 1 else None)
            return self.analyse(snapshot, now, sid, previous)
        return await asyncio.to_thread(work)

    async def reanalyse(self, now: datetime) -> Analysis | None:
        """The current snapshot analysed again (after a setting or a reminder state changed)."""
        current = self.current
        if current is None:
            return await self.load_latest(now)
        return await asyncio.to_thread(self.analyse, current.snapshot, now, current.snapshot_id)

    # --- intents (each one short transaction) ------------------------------------------------------------
    def update_settings(self, **changes: Any) -> Settings:
        """Save the changed settings; raises ``core.store.StoreError`` (nothing saved, ``settings`` unchanged)."""
        with self.store.write("the changed setting") as db:
            new = update_settings(db, **changes)
        self.settings = new  # only once it is stored
        return self.settings

    def snooze_reminder(self, rule_id: str, subject: str, until: datetime) -> None:
        with self.store.write("the snoozed reminder") as db:
            custody_repo.snooze_reminder(db, rule_id, subject, until)

    def dismiss_reminder(self, rule_id: str, subject: str, now: datetime) -> None:
        with self.store.write("the dismissed reminder") as db:
            custody_repo.dismiss_reminder(db, rule_id, subject, now)

    def record_drill(self, now: datetime) -> None:
        with self.store.write("the recorded drill") as db:
            custody_repo.record_drill(db, now)

    def add_wallet(self, *args: Any, **kwargs: Any) -> Any:
        """See ``core.store.custody_repo.add_wallet``."""
        with self.store.write("the new wallet") as db:
            return custody_repo.add_wallet(db, *args, **kwargs)

    def remove_wallet(self, wallet_id: str) -> bool:
        with self.store.write("the wallet's removal") as db:
            return custody_repo.remove_wallet(db, wallet_id)

    def get_wallet(self, wallet_id: str) -> Any:
        return custody_repo.get_wallet(self.store.read(), wallet_id)

    def add_manual_holding(self, *args: Any, **kwargs: Any) -> Any:
        with self.store.write("the new holding") as db:
            return custody_repo.add_manual_holding(db, *args, **kwargs)

    def set_override(self, *args: Any, **kwargs: Any) -> None:
        with self.store.write("the custody choice") as db:
            custody_repo.set_override(db, *args, **kwargs)

    def record_cold_move(self, wallet_id: str, asset: str, amount: Any, address: str, now: datetime) -> Any:
        """The user's "I moved it": plan and mark the move in one transaction. The baseline is the wallet's
        balance of ``asset`` in the current snapshot, so the move is confirmed once that rises by the amount.
        Raises ``core.custody.CustodyInputError`` on a bad amount."""
        from core.custody.split import wallet_balances

        snapshot = self.current.snapshot if self.current is not None else None
        baseline = wallet_balances(snapshot).get((wallet_id, asset), 0.0) if snapshot is not None else 0.0
        with self.store.write("the cold-storage move") as db:
            move = custody_repo.plan_cold_move(db, wallet_id, asset, amount, address, baseline, now)
            custody_repo.mark_moved(db, move.id, now)
        return move

    async def next_receive_address(self, wallet: Any) -> tuple[str, int | None]:
        """Where new coins for ``wallet`` should go: its first unused receive address (chain I/O)."""
        from core.custody.sources import ChainSettings, next_receive_address, source_for
        from core.demo import demo_dir

        source = source_for(wallet, ChainSettings.from_settings(self.settings),
                            (self._demo_directory or demo_dir()) if self.demo else None)
        return await next_receive_address(wallet, source.chain, source.transport)

    def create_account(self, *args: Any, **kwargs: Any) -> AccountConfig:
        """See ``core.store.accounts_repo.create_account`` (the key goes to the keyring, never here)."""
        with self.store.write("the new account") as db:
            return accounts_repo.create_account(db, *args, **kwargs)

    def update_account(self, account_id: str, **kwargs: Any) -> AccountConfig:
        with self.store.write("the account's changes") as db:
            return accounts_repo.update_account(db, account_id, **kwargs)

    def delete_account(self, account_id: str) -> bool:
        with self.store.write("the account's removal") as db:
            return accounts_repo.delete_account(db, account_id)

    def reminder_states(self) -> Mapping[tuple[str, str], ReminderState]:
        return custody_repo.load_reminder_states(self.store.read())

    # --- the store's full check (issue 17: not at every open; on demand, or in the background when due) --------
    def check_store(self, now: datetime, full: bool = True) -> CheckResult:
        """``PRAGMA integrity_check`` (``full=False``: ``quick_check``) on a connection of its own: slow on a big
        store, call it in a worker. A sound result is recorded (best effort); damage is returned, never raised."""
        return self.store.check(now, full)

    def check_store_if_due(self, now: datetime, every: timedelta = FULL_CHECK_EVERY) -> CheckResult | None:
        """The full check when it is due (never run, older than ``every``, or the last process to have the store
        open died with it open), else None."""
        if not self.store.full_check_due(now, every):
            return None
        return self.check_store(now)

    # --- alert channels (issue 14, point 4: core.alerts, core.store.alerts_repo) -------------------------------
    # Channel configs (public settings in the store, secrets in the keyring), this process's one dispatcher over
    # the enabled channels, and the test alert behind "Send a test alert" / ``undertow alert test``.
    if TYPE_CHECKING:
        from core.alerts import Alert
        from core.alerts.config import ChannelConfig
        from core.alerts.dispatch import ChannelStatus, Delivery, Dispatcher
        from core.store.alerts_repo import AlertService

    def alert_channels(self) -> list[ChannelConfig]:
        from core.store import alerts_repo

        return alerts_repo.list_channels(self.store.read())

    def find_alert_channel(self, name: str) -> ChannelConfig | None:
        from core.store import alerts_repo

        return alerts_repo.get_channel(self.store.read(), name)

    def save_alert_channel(self, kind: str, name: str, options: Mapping[str, Any],
                           secret: Mapping[str, str] | None = None, *, now: datetime, enabled: bool = True,
                           session_only_ok: bool = False) -> ChannelConfig:
        """Create or update a channel; ``secret`` fields go to the keyring (empty keeps the stored ones). Raises
        ``core.alerts.config.ChannelConfigError`` and ``core.secrets.SecretStoreError``."""
        from core.store import alerts_repo

        with self.store.write() as db:
            return alerts_repo.save_channel(db, kind, name, options, secret, now, enabled, session_only_ok)

    def set_alert_channel_enabled(self, name: str, enabled: bool, now: datetime) -> ChannelConfig:
        from core.store import alerts_repo

        with self.store.write() as db:
            return alerts_repo.set_enabled(db, name, enabled, now)

    def delete_alert_channel(self, name: str) -> bool:
        """Remove the channel, its keyring entry and its deliveries."""
        from core.store import alerts_repo

        with self.store.write() as db:
            return alerts_repo.delete_channel(db, name)

    def alert_channel_statuses(self, now: datetime) -> list[ChannelStatus]:
        from core.store import alerts_repo

        return alerts_repo.statuses(self.store.read(), now)

    @property
    def alerts(self) -> AlertService:
        service: AlertService | None = self.__dict__.get("_alerts")
        if service is None:
            from core.store.alerts_repo import AlertService

            service = self.__dict__["_alerts"] = AlertService(self.store)
        return service

    def dispatcher(self) -> Dispatcher:
        """This process's dispatcher over the enabled channels with their secrets and the current alert settings
        (``core.alerts.dispatch``). Reads the keyring: call it off the GUI thread."""
        return self.alerts.dispatcher(self.settings.alerts_include_amounts, self.settings.alert_rate_limit_per_hour)

    async def dispatch_alert(self, alert: Alert, now: datetime) -> list[Delivery]:
        """Send ``alert`` on every enabled channel; one ``Delivery`` per channel."""
        dispatcher = await asyncio.to_thread(self.dispatcher)
        return await dispatcher.dispatch(alert, now)

    async def send_test_alert(self, channel_name: str, now: datetime) -> Delivery:
        """A test alert on one configured channel (enabled or not), recorded like any delivery. Raises
        ``core.alerts.config.ChannelConfigError`` for an unknown channel."""
        return await self.alerts.send_test(channel_name, now, self.settings.alerts_include_amounts,
                                           self.settings.alert_rate_limit_per_hour)
