"""Per-venue knowledge, one module per venue, and the registry the rest of the core consults.

``venue_spec(ccxt_id)`` gives the ``Venue`` of a known venue, or a generic one (generic credentials, the
approximate generic margin rule) for any other ccxt exchange. Nothing outside ``core/venues/`` tests a
venue id: it asks the spec.
"""

from __future__ import annotations

from core.venues import binance, bybit, hyperliquid, okx
from core.venues.spec import (
    API_KEY,
    API_SECRET,
    CLASSIC_RATIO,
    EQUITY_OVER_MM,
    GENERIC_CREDENTIALS,
    GENERIC_RULE,
    MM_OVER_EQUITY,
    PASSPHRASE,
    AccountRatio,
    Credential,
    KeyPermissions,
    Venue,
)

REGISTRY: dict[str, Venue] = {v.ccxt_id: v for v in (*binance.VENUES, bybit.VENUE, okx.VENUE, hyperliquid.VENUE)}

#: Calculator venue names (``undertow calc --venue``) -> (ccxt venue id, inverse).
CALCULATOR_VENUES: dict[str, tuple[str, bool]] = {
    name: (v.ccxt_id, inverse) for v in REGISTRY.values() for name, inverse in v.calculator_names.items()}


def venue_spec(venue_id: str) -> Venue:
    """The spec of a known venue, or the generic one (API key + secret + optional passphrase, generic rule)."""
    spec = REGISTRY.get(venue_id)
    return spec if spec is not None else Venue(venue_id, venue_id)


def first_class_venues() -> list[Venue]:
    """The venues offered by name when adding an account, in menu order."""
    return [v for v in REGISTRY.values() if v.first_class]


__all__ = ["API_KEY", "API_SECRET", "CALCULATOR_VENUES", "CLASSIC_RATIO", "EQUITY_OVER_MM", "MM_OVER_EQUITY",
           "AccountRatio", "GENERIC_CREDENTIALS", "GENERIC_RULE", "PASSPHRASE",
           "REGISTRY", "Credential", "KeyPermissions", "Venue", "first_class_venues", "venue_spec"]
