"""Entry point of the frozen build: both executables (``crm`` for the console and the windowed
``CorridorCRM``) run this. A windowed executable on Windows has no console, so its standard
streams are None; they go to the null device instead of failing on the first print."""

import os
import sys

for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115

from crm.cli.main import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main())
