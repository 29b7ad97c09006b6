"""Casefile: an offline, encrypted case-file manager for human-rights monitors."""

# The one place for the version: pyproject.toml (hatch) reads it for the wheel's metadata.
__version__ = "0.1.0"
