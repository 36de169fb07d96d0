"""Undertow core: the Qt-free engine (model, venue rules, risk, cascade, sources, store)."""

__version__ = "0.1.0"
