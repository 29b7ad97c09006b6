"""Record editors: field widgets, pickers, partial dates and the generic record form."""
