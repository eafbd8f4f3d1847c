"""Entry point of the frozen build: both executables (``crm`` for the console and the windowed
``CorridorCRM``) run this.

* A windowed executable on Windows has no console, so its standard streams are None; they go
  to the null device instead of failing on the first print.
* On Windows, output to a pipe or a file would be in the ANSI code page, where an English
  system cannot write Chinese (a UnicodeEncodeError instead of the message): it is UTF-8, as the
  console already is.
"""

import os
import sys

for _name in ("stdout", "stderr"):
    _stream = getattr(sys, _name)
    if _stream is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    elif os.name == "nt" and not _stream.isatty():
        _stream.reconfigure(encoding="utf-8", errors="replace")

from crm.cli.main import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main())
