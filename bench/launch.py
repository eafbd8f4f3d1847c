"""Run one command and print its wall time and peak memory as JSON (for bench_cli).

A child's peak resident memory (ru_maxrss) counts the copy of its parent it starts as, until
it loads its program; started from the benchmark's own process (hundreds of MB after other
suites) every command would read at least that. This small process starts it instead, and
times it from its own fork to the exit.

    python bench/launch.py COMMAND [ARG …]
"""

import json
import os
import sys
import time


def main(argv: list[str]) -> int:
    t0 = time.monotonic()
    pid = os.fork()
    if pid == 0:
        try:
            os.execvp(argv[0], argv)
        finally:
            os._exit(127)
    _pid, status, usage = os.wait4(pid, 0)
    wall = (time.monotonic() - t0) * 1000
    code = os.waitstatus_to_exitcode(status)
    print(json.dumps({"wall_ms": wall, "peak_mb": usage.ru_maxrss / 1024, "code": code}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
