"""The lead side of the app beyond the list and the form: the lead's history, the conflict
dialog of a save that met someone else's, and bulk steps on many leads."""
