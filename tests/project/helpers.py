"""Helpers shared by the project tests."""

from __future__ import annotations

from typing import Any

from vigeditor.project.case import Case


def snapshot(case: Case) -> dict[str, list[dict[str, Any]]]:
    """Every row of every case table, for comparing whole states."""
    tables = [row["name"] for row in case.rows(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]
    return {table: case.rows(f"SELECT * FROM {table} ORDER BY id") for table in tables}
