"""What can leave an exchange account for cold storage, by the account's own margin rules.

Pure functions of a snapshot. For each exchange account (``core.risk.book``: the venue's rule in the account's
detected mode, the same book that judges its liquidation):

* collateral value ``C`` (USD): what the venue counts as margin: each asset's equity (wallet + the unrealised PnL
  settled in it) after the venue's collateral haircut in this mode, only the assets that count in this mode
  (single-asset / futures modes count only the settle currency; an undetected mode counts every coin at 100 %);
* margin needed ``N`` (USD) = max(Σ initial margin of the cross positions, ``k`` × their maintenance margin), ``k``
  the venue's liquidation factor (``AccountRatio.maintenance_factor``: liquidation at ``C ≤ k × MM``);
* kept ``K`` = ``buffer`` × ``N`` + the isolated positions' shortfall (each needs ``buffer`` × its initial margin;
  the margin already posted to it counts) + the user's earmark. ``buffer`` is the setting
  ``Settings.margin_buffer_multiple``;
* free ``F`` = ``C − K`` (collateral value the positions do not need, may be negative).

Moves take the assets in this order, each as much as ``F`` and its withdrawable amount allow:

1. coins that are not margin in the account's mode (moving them takes no margin away);
2. other coins, largest value first (savings that fall with the market: the first to go to cold storage);
3. stablecoins.

A withdrawal of ``x`` units lowers ``C`` by what the venue counted of them: ``x × price × rate`` for a flat
haircut; for banded haircuts (Bybit, OKX: bands by quantity, marginal like tax brackets) the top band leaves
first. It is found by re-evaluating the account book with the smaller balance, so the rule is the one in
``core.risk.book``. The withdrawable amount is the wallet balance without unrealised PnL and isolated margin,
capped by the venue's reported ``free``. Amounts are rounded down (8 decimals; stablecoins 2).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from core.contracts import settle_to_usd
from core.custody import is_testnet_chain
from core.custody.evm import CHAIN_IDS, DEFAULT_TOKENS, NATIVE_ASSET
from core.messages import QT_TRANSLATE_NOOP, Amount, Message, Percent, Usd, message
from core.model import ACCOUNT_MODES, STABLECOINS, CustodyClass, PortfolioSnapshot, Position, Wallet
from core.risk.book import AccountBook, account_state, compile_snapshot
from core.venues import venue_spec

DEFAULT_BUFFER_MULTIPLE = 3.0  # Settings.margin_buffer_multiple's default
# When a venue reports neither leverage nor margin, assume 10x: conservative for a "can I withdraw" figure.
FALLBACK_INITIAL_MARGIN_RATE = 0.10
MIN_MOVE_USD = 10.0  # a smaller move is not suggested: a withdrawal fee would eat most of it
_BISECTIONS = 80

NOT_MARGIN = "not_margin"  # Move.reason: the coin does not count as margin in the account's mode
BEYOND_BUFFER = "beyond_buffer"  # ... it counts, but the account keeps enough without it

MOVE_TO_ADDRESS = QT_TRANSLATE_NOOP("Core", "Move {amount} from {account} to {wallet}, receive address #{index}")
MOVE_TO_WALLET = QT_TRANSLATE_NOOP("Core", "Move {amount} from {account} to {wallet}")
MOVE_NOWHERE = QT_TRANSLATE_NOOP("Core", "Move {amount} from {account} to a cold wallet: first watch a wallet "
                                         "that can receive {asset}")
WHY_NOT_MARGIN = QT_TRANSLATE_NOOP("Core", "{asset} is not margin in this account's mode ({mode}): the positions "
                                           "do not use it")
WHY_HAIRCUT = QT_TRANSLATE_NOOP("Core", "{venue} counts {asset} at {rate} of its value as margin; {account} still "
                                        "keeps {keep} of margin after the move")
WHY_BUFFER = QT_TRANSLATE_NOOP("Core", "{account} still keeps {keep} of margin after the move")
KEEPS = QT_TRANSLATE_NOOP("Core", "{account} keeps {keep} of margin: {multiple}× what its positions need by "
                                  "{venue}'s rules ({mode})")
KEEPS_NOTHING = QT_TRANSLATE_NOOP("Core", "{account} has no open positions: none of it is needed as margin")
SHORT = QT_TRANSLATE_NOOP("Core", "{account} holds {collateral} of margin, less than the {keep} it should keep "
                                  "({multiple}× what its positions need): nothing to move")
CLASSIC_MODE = QT_TRANSLATE_NOOP("Core", "classic rules")


@dataclass(frozen=True)
class Move:
    """One suggested withdrawal to cold storage: ``amount`` units of ``asset`` (rounded down) from an account.

    ``value_usd``: its market value; ``counted_usd``: what the venue counted of it as margin (0 for a coin that is
    not margin in the account's mode); ``rate``: the venue's collateral rate of the moved units (counted ÷ value);
    ``wallet``: where to (a watch-only mainnet wallet that can receive the asset; None: none is watched)."""

    account_id: str
    account_label: str
    asset: str
    amount: float
    value_usd: float
    counted_usd: float
    reason: str  # NOT_MARGIN | BEYOND_BUFFER
    wallet: Wallet | None
    why: Message

    @property
    def rate(self) -> float:
        return self.counted_usd / self.value_usd if self.value_usd > 0 else 1.0

    def action(self, address_index: int | None = None, hide_amount: bool = False) -> Message:
        """"Move 0.82 BTC from OKX to Vault, receive address #6" (the index once the wallet's next unused
        receive address is known; single-address wallets have none). ``hide_amount``: privacy mode."""
        amount: Amount | str = f"••• {self.asset}" if hide_amount else Amount(self.amount, self.asset)
        if self.wallet is None:
            return message(MOVE_NOWHERE, amount=amount, account=self.account_label, asset=self.asset)
        if address_index is None:
            return message(MOVE_TO_WALLET, amount=amount, account=self.account_label, wallet=self.wallet.label)
        return message(MOVE_TO_ADDRESS, amount=amount, account=self.account_label, wallet=self.wallet.label,
                       index=address_index)


@dataclass(frozen=True)
class AccountExcess:
    """One exchange account: what it must keep as margin by its own rules, and the moves beyond that. USD."""

    account_id: str
    label: str
    venue_name: str
    mode: str  # ACCOUNT_MODES key ("" = not detected: classic rules)
    collateral_value_usd: float  # C: what the venue counts as margin now
    margin_needed_usd: float  # N, before the buffer
    keep_usd: float  # K = buffer × N + isolated shortfall + earmark
    buffer_multiple: float
    moves: tuple[Move, ...]
    summary: Message  # what the account keeps and why (or why nothing can move)

    @property
    def free_usd(self) -> float:
        """Collateral value beyond what the account keeps (negative when it holds less)."""
        return self.collateral_value_usd - self.keep_usd

    @property
    def movable_usd(self) -> float:
        """Market value of the suggested moves."""
        return sum((m.value_usd for m in self.moves), 0.0)


def required_margin_usd(position: Position) -> float:
    """Initial margin the position needs, USD: notional / leverage, else isolated margin, else 2 x maint."""
    notional = position.notional_usd
    if position.leverage and position.leverage > 0:
        return notional / position.leverage
    if position.isolated_margin:
        return settle_to_usd(position.isolated_margin, position.mark_price, position.inverse)
    if position.maintenance_margin_rate:
        return notional * position.maintenance_margin_rate * 2.0  # initial is typically twice maintenance
    return notional * FALLBACK_INITIAL_MARGIN_RATE


def receives(wallet: Wallet, asset: str) -> bool:
    """Whether ``wallet`` (watch-only, main network) can receive ``asset``."""
    if is_testnet_chain(wallet.chain) or wallet.kind == "manual":
        return False
    if wallet.kind.startswith("btc"):
        return asset == "BTC" and wallet.chain == "bitcoin"
    if wallet.kind == "evm-address":
        chain_id = CHAIN_IDS.get(wallet.chain)
        if chain_id is None:
            return False
        return asset == NATIVE_ASSET.get(chain_id) or any(t.symbol == asset for t in DEFAULT_TOKENS.get(chain_id, ()))
    return False


def destination(wallets: Iterable[Wallet], asset: str) -> Wallet | None:
    """The watched wallet a move of ``asset`` goes to: a hardware wallet before a software one, then by label."""
    order = {CustodyClass.HARDWARE_WALLET: 0, CustodyClass.SOFTWARE_WALLET: 1}
    fits = sorted((w for w in wallets if receives(w, asset) and w.custody_class in order),
                  key=lambda w: (order[w.custody_class], w.label.casefold(), w.id))
    return fits[0] if fits else None


def mode_name(mode: str) -> str:
    return ACCOUNT_MODES.get(mode, mode) if mode else CLASSIC_MODE


def _collateral(book: AccountBook, wallet: Mapping[str, float]) -> float:
    """The account's collateral value (USD) with ``wallet`` as its cross balances: the book's own rule."""
    trial = replace(book, wallet=dict(wallet))  # positions, rule and haircuts shared (account_state only reads them)
    return float(account_state(trial, {}, 1).collateral[0])


def _isolated_shortfall_usd(book: AccountBook, buffer: float) -> float:
    out = 0.0
    for pb in book.isolated:
        p = pb.position
        posted = pb.inputs.margin if pb.inputs is not None else (p.isolated_margin or 0.0)
        out += max(0.0, buffer * required_margin_usd(p) - settle_to_usd(posted, p.mark_price, p.inverse))
    return out


def _round_down(amount: float, asset: str) -> float:
    places = 2 if asset in STABLECOINS else 8
    scale = 10.0 ** places
    return math.floor(amount * scale * (1 + 1e-12)) / scale if amount > 0 else 0.0


def _order(book: AccountBook, free_now: Mapping[str, float], wallet: Mapping[str, float],
           counted: Mapping[str, bool]) -> list[str]:
    def key(asset: str) -> tuple[int, float, str]:
        value = wallet.get(asset, 0.0) * book.prices.get(asset, 0.0)
        group = 0 if not counted[asset] else (2 if asset in STABLECOINS else 1)
        return (group, -value, asset)
    return sorted((a for a in free_now if a in book.prices), key=key)


def _withdrawable(book: AccountBook, snapshot: PortfolioSnapshot) -> dict[str, float]:
    """Units of each asset the venue would pay out: the cross wallet (no uPnL, no isolated margin), capped by
    the venue's reported ``free``."""
    reported = {b.asset: b.free for b in snapshot.balances_of(book.account_id) if b.free is not None}
    out = {}
    for asset, units in book.wallet.items():
        cap = min(units, reported[asset]) if asset in reported else units
        if cap > 0:
            out[asset] = cap
    return out


def _largest_move(book: AccountBook, wallet: dict[str, float], asset: str, limit: float, budget: float,
                  before: float) -> float:
    """Largest ``x ≤ limit`` units of ``asset`` whose withdrawal lowers the collateral value by at most
    ``budget`` USD (bisection: the loss is monotone in ``x``)."""
    def loss(x: float) -> float:
        trial = dict(wallet)
        trial[asset] = trial.get(asset, 0.0) - x
        return before - _collateral(book, trial)
    tolerance = 1e-12 * max(1.0, abs(before))  # float noise only: a move never exceeds the budget
    if loss(limit) <= budget + tolerance:
        return limit
    lo, hi = 0.0, limit
    for _ in range(_BISECTIONS):
        mid = (lo + hi) / 2
        if loss(mid) <= budget + tolerance:
            lo = mid
        else:
            hi = mid
    return lo


def account_excess(book: AccountBook, snapshot: PortfolioSnapshot, buffer: float = DEFAULT_BUFFER_MULTIPLE,
                   earmark_usd: float = 0.0) -> AccountExcess:
    """What ``book``'s account keeps as margin by its venue's rules and what can move to cold storage."""
    account = snapshot.account(book.account_id)
    label = account.label if account is not None and account.label else book.account_id
    spec = venue_spec(book.venue)
    state = account_state(book, {}, 1)
    collateral, maintenance = float(state.collateral[0]), float(state.maintenance[0])
    initial = sum(required_margin_usd(pb.position) for pb in book.cross)
    needed = max(initial, book.ratio.maintenance_factor * maintenance) if book.cross else 0.0
    keep = buffer * needed + _isolated_shortfall_usd(book, buffer) + max(0.0, earmark_usd)
    if book.isolated:
        needed += sum(required_margin_usd(pb.position) for pb in book.isolated)
    mode = mode_name(book.mode)
    if needed <= 0 and keep <= 0:
        summary = message(KEEPS_NOTHING, account=label)
    elif collateral < keep:
        summary = message(SHORT, account=label, collateral=Usd(collateral), keep=Usd(keep), multiple=f"{buffer:g}")
    else:
        summary = message(KEEPS, account=label, keep=Usd(keep), multiple=f"{buffer:g}", venue=spec.name,
                          mode=mode)

    wallet = dict(book.wallet)
    free_units = _withdrawable(book, snapshot)
    counted = {}
    for asset in free_units:  # does its balance count as margin at all? (the book's rule, without it)
        trial = dict(wallet)
        trial[asset] = 0.0
        counted[asset] = collateral - _collateral(book, trial) > 1e-9 * max(1.0, abs(collateral))
    budget = max(0.0, collateral - keep)
    before = collateral
    moves: list[Move] = []
    for asset in _order(book, free_units, wallet, counted):
        price = book.prices[asset]
        if price <= 0:
            continue
        units = _largest_move(book, wallet, asset, free_units[asset], budget, before)
        units = _round_down(units, asset)
        value = units * price
        if units <= 0 or value < MIN_MOVE_USD:
            continue
        wallet[asset] = wallet.get(asset, 0.0) - units
        after = _collateral(book, wallet)
        counted_usd = max(0.0, before - after)
        budget = max(0.0, budget - counted_usd)
        before = after
        if counted[asset]:
            rate = counted_usd / value if value > 0 else 1.0
            why = (message(WHY_HAIRCUT, venue=spec.name, asset=asset, rate=Percent(rate, decimals=None),
                           account=label, keep=Usd(keep))
                   if rate < 1.0 - 1e-6 else message(WHY_BUFFER, account=label, keep=Usd(keep)))
        else:
            why = message(WHY_NOT_MARGIN, asset=asset, mode=mode)
        moves.append(Move(book.account_id, label, asset, units, value, counted_usd,
                          BEYOND_BUFFER if counted[asset] else NOT_MARGIN,
                          destination(snapshot.wallets, asset), why))
    return AccountExcess(book.account_id, label, spec.name, book.mode, collateral, needed, keep, buffer,
                         tuple(moves), summary)


def cold_storage_plan(snapshot: PortfolioSnapshot, buffer: float = DEFAULT_BUFFER_MULTIPLE,
                      earmarks_usd: Mapping[str, float] | None = None) -> tuple[AccountExcess, ...]:
    """Every exchange account of the snapshot (its order), with what it keeps and what can move to cold storage.

    ``buffer``: the multiple of the margin the positions need that stays on the account
    (``Settings.margin_buffer_multiple``); ``earmarks_usd``: account id -> USD the user keeps there anyway."""
    if not buffer >= 1.0:
        raise ValueError(f"the margin buffer must be at least 1 (the margin the positions need), got {buffer!r}")
    earmarks = earmarks_usd or {}
    books = {b.account_id: b for b in compile_snapshot(snapshot)}
    return tuple(account_excess(books[a.id], snapshot, buffer, earmarks.get(a.id, 0.0))
                 for a in snapshot.accounts if a.id in books)
