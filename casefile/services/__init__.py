"""Use cases: one unit of work per user action; they return plain data."""
