"""Reports: gathering and redacting a report's data, then rendering it; batches of briefs."""
