"""Run the CRM from a checkout: ``python main.py`` opens the app, ``python main.py --help`` lists
the headless subcommands. Installed, the same entry point is the ``crm`` command."""

from crm.cli.main import main

if __name__ == "__main__":
    raise SystemExit(main())
