"""Open formats in the File menu: import from CSV, export to JSON or CSV."""
