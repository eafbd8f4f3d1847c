"""Annual targets: set and audited, and to and from Excel."""
