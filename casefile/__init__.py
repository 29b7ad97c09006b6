"""Casefile: an offline, encrypted case-file manager for human-rights monitors."""

__version__ = "0.1.0"
