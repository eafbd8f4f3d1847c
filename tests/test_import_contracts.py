"""The architecture as import-linter contracts (pyproject.toml [tool.importlinter]): no import
circle between the modules or sub-packages of any package, no Qt below the UI, no SQL toolkit
imported by a widget. Each check is also shown to fail on a small package that breaks it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: the modules of crm that may import Qt: the interface, the command (which starts it) and
#: the translation tools (which find Qt's lupdate)
MAY_USE_QT = {"crm.ui", "crm.cli", "crm.i18n_tools", "crm.__main__"}


def lint(cwd: Path, config: Path) -> subprocess.CompletedProcess[str]:
    code = "import sys; from importlinter.cli import lint_imports; "
    code += f"sys.exit(lint_imports(config_filename={str(config)!r}, no_cache=True))"
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PYTHONPATH": str(cwd), "PATH": "/usr/bin:/bin"},
    )


def test_the_contracts_hold():
    done = lint(ROOT, ROOT / "pyproject.toml")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Contracts: 3 kept, 0 broken." in done.stdout


def test_every_module_below_the_ui_is_in_the_qt_free_contract():
    """A new service module is checked too: it must be listed (or be one that may use Qt)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = {c["id"]: c for c in config["tool"]["importlinter"]["contracts"]}
    listed = set(contracts["qt-free"]["source_modules"])
    present = {
        f"crm.{p.stem if p.is_file() else p.name}"
        for p in (ROOT / "crm").iterdir()
        if (p.suffix == ".py" and p.stem != "__init__") or (p / "__init__.py").is_file()
    }
    assert present - MAY_USE_QT - listed == set()
    assert listed - present == set()  # no stale name either


def write_package(root: Path) -> None:
    files = {
        "pkg/__init__.py": "",
        "pkg/a.py": "from pkg import b\n",
        "pkg/b.py": "def f():\n    from pkg import a  # a late import still closes the circle\n",
        "pkg/service.py": "import sqlite3\n",
        "pkg/ui/__init__.py": "",
        "pkg/ui/widget.py": "import sqlite3\n",
    }
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")


def test_the_contracts_catch_a_circle_and_sql_in_a_widget(tmp_path):
    write_package(tmp_path)
    config = tmp_path / "contracts.toml"
    config.write_text(
        textwrap.dedent(
            """
            [tool.importlinter]
            root_packages = ["pkg"]
            include_external_packages = true

            [[tool.importlinter.contracts]]
            name = "acyclic"
            type = "acyclic_siblings"
            ancestors = ["pkg"]

            [[tool.importlinter.contracts]]
            name = "widgets-no-sql"
            type = "forbidden"
            source_modules = ["pkg.ui"]
            forbidden_modules = ["sqlite3"]
            allow_indirect_imports = true
            """
        ),
        encoding="utf-8",
    )
    done = lint(tmp_path, config)
    assert done.returncode == 1
    assert "Contracts: 0 kept, 2 broken." in done.stdout
    assert "pkg.ui.widget -> sqlite3" in done.stdout
