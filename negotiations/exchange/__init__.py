"""Whole-database exchange between deployments: `manage.py export_data` and `import_data`, in
the JSON format described in docs/data-exchange.md (declared in format.py)."""

from negotiations.exchange.exporter import export_data
from negotiations.exchange.format import FORMAT_NAME, FORMAT_VERSION
from negotiations.exchange.importer import ImportRefused, ImportReport, import_data

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "ImportRefused",
    "ImportReport",
    "export_data",
    "import_data",
]
