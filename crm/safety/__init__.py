"""Data safety as services: backups and restore, and the app's side of a store's health."""
