"""People, their roles and passwords, who may do what, and signing in."""
