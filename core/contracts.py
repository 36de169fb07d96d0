"""Contract math, the one home of position value, unrealised PnL and maintenance margin.

Every function works on Python floats and on numpy arrays alike (broadcasting), so the same formula
serves one position in the calculator and a grid of positions × scenarios in the account evaluation.

Units, for every function below:

* ``contracts``: the venue's contracts; ``contract_size`` converts them: base units per contract for a
  linear contract, USD face value per contract for an inverse (coin-margined) one;
* ``size``: ``contracts × contract_size``, i.e. base units (linear, the formulas' ``Q``) or USD face value
  (inverse, the formulas' ``N``);
* prices: quote currency (USD-like) per 1 unit of base;
* the **settle currency** is USD(T/C) for a linear contract and the coin for an inverse one: value, PnL
  and maintenance margin come out in it;
* rates (``rate``, ``fee_rate``) are fractions: 0.005 = 0.5 %.

``sign`` is the side: +1 long, -1 short (``Side.sign``).
"""

from __future__ import annotations

from typing import overload

import numpy as np

# Every function takes Python floats and numpy arrays alike: all scalars give a float, any array gives an array.
# (A TypeVar constrained to float | ndarray cannot express a float size at an array of prices.)
Num = float | np.ndarray


@overload
def position_size(contracts: float, contract_size: float) -> float: ...
@overload
def position_size(contracts: np.ndarray, contract_size: Num) -> np.ndarray: ...
@overload
def position_size(contracts: Num, contract_size: np.ndarray) -> np.ndarray: ...
def position_size(contracts: Num, contract_size: Num) -> Num:
    """Venue contracts -> the formulas' size: base units (linear) or USD face value (inverse)."""
    out: Num = contracts * contract_size
    return out


@overload
def position_value(size: float, price: float, inverse: bool) -> float: ...
@overload
def position_value(size: np.ndarray, price: Num, inverse: bool) -> np.ndarray: ...
@overload
def position_value(size: Num, price: np.ndarray, inverse: bool) -> np.ndarray: ...
def position_value(size: Num, price: Num, inverse: bool) -> Num:
    """Value of the position at ``price``, in the settle currency: USD (linear, ``size × price``) or coin
    (inverse, ``face / price``). This is the key notional tiers are looked up by."""
    out: Num = size / price if inverse else size * price
    return out


@overload
def notional_usd(size: float, price: float, inverse: bool) -> float: ...
@overload
def notional_usd(size: np.ndarray, price: Num, inverse: bool) -> np.ndarray: ...
@overload
def notional_usd(size: Num, price: np.ndarray, inverse: bool) -> np.ndarray: ...
def notional_usd(size: Num, price: Num, inverse: bool) -> Num:
    """Value of the position at ``price`` in USD: ``size × price`` (linear) or the face value itself (inverse)."""
    out: Num = size if inverse else size * price
    return out


@overload
def size_in_base(size: float, price: float, inverse: bool) -> float: ...
@overload
def size_in_base(size: np.ndarray, price: Num, inverse: bool) -> np.ndarray: ...
@overload
def size_in_base(size: Num, price: np.ndarray, inverse: bool) -> np.ndarray: ...
def size_in_base(size: Num, price: Num, inverse: bool) -> Num:
    """Position size in base units: ``size`` itself (linear) or ``face / price`` (inverse)."""
    out: Num = size / price if inverse else size
    return out


@overload
def unrealized_pnl(sign: int, size: float, entry_price: float, price: float,  # type: ignore[overload-overlap]
                   inverse: bool) -> float: ...
@overload
def unrealized_pnl(sign: int | np.ndarray, size: Num, entry_price: Num, price: Num, inverse: bool) -> np.ndarray: ...
def unrealized_pnl(sign: int | np.ndarray, size: Num, entry_price: Num, price: Num, inverse: bool) -> Num:
    """Unrealised PnL at ``price``, settle currency: ``s·Q·(P − EP)`` USD (linear) or ``s·N·(1/EP − 1/P)``
    coin (inverse)."""
    out: Num
    if inverse:
        out = sign * size * (1.0 / entry_price - 1.0 / price)
    else:
        out = sign * size * (price - entry_price)
    return out


def adverse_move_pct(sign: int, price: float, level: float) -> float:
    """The move (in %) of ``price`` against a position of side ``sign`` that reaches ``level`` (a liquidation
    price): ``s·(price − level) / price × 100``; positive while the level is still ahead."""
    return sign * (price - level) / price * 100.0


@overload
def settle_to_usd(amount: float, price: float, inverse: bool) -> float: ...
@overload
def settle_to_usd(amount: np.ndarray, price: Num, inverse: bool) -> np.ndarray: ...
@overload
def settle_to_usd(amount: Num, price: np.ndarray, inverse: bool) -> np.ndarray: ...
def settle_to_usd(amount: Num, price: Num, inverse: bool) -> Num:
    """An amount in the settle currency in USD: coin × price (inverse), unchanged (linear, settled in USD)."""
    out: Num = amount * price if inverse else amount
    return out


@overload
def maintenance_margin(value: float, rate: float, deduction: float = 0.0,  # type: ignore[overload-overlap]
                       fee_rate: float = 0.0, floor: bool = True) -> float: ...
@overload
def maintenance_margin(value: Num, rate: Num, deduction: Num = 0.0, fee_rate: Num = 0.0,
                       floor: bool = True) -> np.ndarray: ...
def maintenance_margin(value: Num, rate: Num, deduction: Num = 0.0, fee_rate: Num = 0.0, floor: bool = True) -> Num:
    """Maintenance margin in the settle currency: ``value × (rate + fee_rate) − deduction``, never below 0.

    ``value`` is ``position_value`` at the price the margin is wanted at; ``rate`` and ``deduction`` are the
    maintenance tier's MMR (fraction) and maintenance amount (Binance ``cum``, Bybit ``mmDeduction``; settle
    currency), looked up in the tier table by ``core.liquidation.tiers``; ``fee_rate`` is the closing taker
    fee a venue adds to the requirement (OKX), 0 elsewhere. ``floor`` False: the formula's raw value, for a
    closed form that uses it as is (negative only for a deduction larger than the requirement).
    """
    mm: Num = value * (rate + fee_rate) - deduction
    if not floor:
        return mm
    out: Num = np.maximum(mm, 0.0) if isinstance(mm, np.ndarray) else max(mm, 0.0)
    return out
