"""Undertow desktop front ends: the Qt GUI and the terminal CLI."""
