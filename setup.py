"""Packaging shim: pyproject.toml holds the metadata.

It exists for one reason: the top-level ``resources/`` folder (fonts, translations, brand,
icons) is shipped inside the installed package as ``crm.resources`` so that
``crm.paths.resource()`` finds it from a checkout, an installed wheel and a frozen build alike.
"""

from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["crm", "crm.*"]) + ["crm.resources"],
    package_dir={"crm.resources": "resources"},
)
