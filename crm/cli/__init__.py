"""The ``crm`` command: no arguments opens the app; subcommands do the headless work."""
