"""An exchange account as the user configured it: venue, label, margin mode, public options.

The key itself is never part of it: ``secret_ref`` only says where ``core.secrets`` keeps it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from core.exchanges.venues import venue_spec
from core.model import Account, MarginMode


class AccountError(ValueError):
    """Bad account input; the message is shown to the user as is."""


@dataclass(frozen=True)
class AccountConfig:
    id: str
    venue: str  # ccxt exchange id
    label: str
    margin_mode: str = "cross"
    api_base_url: str = ""  # advanced: proxy or mirror; "" = the venue's own
    secret_ref: str = ""
    options: Mapping[str, Any] = field(default_factory=dict)
    created_at: str = ""

    def to_account(self) -> Account:
        return Account(id=self.id, venue=self.venue, label=self.label,
                       margin_mode=MarginMode(self.margin_mode), quote=venue_spec(self.venue).settle)


def validate_base_url(url: str) -> str:
    url = (url or "").strip().rstrip("/")
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise AccountError(f"the API base URL must look like https://host[:port], not {url!r}")
    if parts.username or parts.password or parts.query:
        raise AccountError("the API base URL must not contain credentials or a query string")
    return url
