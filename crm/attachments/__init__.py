"""Files kept with leads: storing them in the store, and their safe names."""
