"""Value parsers: what a person typed or a ledger holds, read into stored values."""
