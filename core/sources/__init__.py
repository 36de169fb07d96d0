"""Market data from outside the exchanges, for the fragility signals (issue 19): ETF net flows (``etf``) and
volatility indices (``volatility``: Cboe's daily index files, Deribit's DVOL through ccxt). Each parser is pure
(text or JSON in, ``core.market_signals.Series`` points out); each fetch is one small request with the user's
proxy and timeout, and raises ``core.sync.SourceError`` with a ``core.messages.Message`` on every fault.
"""

from urllib.parse import urlsplit


def host_of(url: str) -> str:
    """The server part of ``url`` (what a message names: never the query)."""
    return urlsplit(url).netloc or url
