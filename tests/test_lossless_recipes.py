"""The exports load into pandas, polars and duckdb without a value lost or changed.

The recipe is the code printed in docs/exports.md ("Reading the exports
losslessly"); this test runs it as printed on every table and compares what
each tool reads with ``jplabour.tables()``, types included (``3`` is not
``3.0``, ``"2006"`` is not ``2006``).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import jplabour
import jplabour.schema
from jplabour import export

pytest.importorskip("pandas")
pytest.importorskip("polars")
pytest.importorskip("duckdb")

DOCS = Path(__file__).resolve().parent.parent / "docs" / "exports.md"
_RECIPES = (
    "pandas_csv",
    "pandas_jsonl",
    "polars_csv",
    "polars_jsonl",
    "duckdb_csv",
    "duckdb_jsonl",
)
#: The recipes whose list columns arrive as JSON text, to parse with json.loads (as documented).
_JSON_TEXT = {"pandas_csv", "polars_csv", "duckdb_csv", "duckdb_jsonl"}


def _recipe_code() -> str:
    text = DOCS.read_text(encoding="utf-8")
    section = text[text.index("### Reading the exports losslessly") :]
    found = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert found is not None
    return found[1]


@pytest.fixture(scope="module")
def recipes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Callable[[str], Any]]:
    """The documented functions, run in a folder holding the data package and JSON Lines export."""
    base = tmp_path_factory.mktemp("recipes")
    export.export("datapackage", base / "export")
    export.export("jsonl", base / "export")
    code = _recipe_code().replace('Path("export")', f"Path({str(base / 'export')!r})")
    namespace: dict[str, Any] = {}
    exec(compile(code, str(DOCS), "exec"), namespace)  # noqa: S102 - the documented recipe
    return {name: namespace[name] for name in _RECIPES}


def _plain(value: Any) -> Any:
    """A missing value as None (pandas' NA, NaN); anything else as it is."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return None if type(value).__name__ == "NAType" else value


def _rows(recipe: str, result: Any, list_columns: set[str]) -> list[dict[str, Any]]:
    """What a tool read, as rows of Python values."""
    if recipe.startswith("pandas"):
        records = result.to_dict("records")
    elif recipe.startswith("polars"):
        records = result.to_dicts()
    else:
        records = [dict(zip(result.columns, row, strict=True)) for row in result.fetchall()]
    rows = [{key: _plain(value) for key, value in record.items()} for record in records]
    if recipe in _JSON_TEXT:
        for row in rows:
            for column in list_columns & row.keys():
                if row[column] is not None:
                    row[column] = json.loads(row[column])
    return rows


def _list_columns(table: str) -> set[str]:
    return {
        shape.name
        for shape in jplabour.schema.field_shapes(jplabour.TABLES[table])
        if export.column_kind(shape) in ("list", "objects")
    }


@pytest.mark.parametrize("recipe", _RECIPES)
@pytest.mark.parametrize("table", list(jplabour.TABLES))
def test_the_documented_recipe_reads_every_value_back(
    recipes: dict[str, Callable[[str], Any]], recipe: str, table: str
) -> None:
    """Each tool, as documented, reads each table exactly as jplabour.tables() holds it."""
    expected = jplabour.tables()[table]
    rows = _rows(recipe, recipes[recipe](table), _list_columns(table))
    # json.dumps tells 3 from 3.0 and True from 1, which == does not.
    assert json.dumps(rows, ensure_ascii=False) == json.dumps(expected, ensure_ascii=False)


def test_default_guessing_would_change_values(tmp_path: Path) -> None:
    """Why the recipe is needed: pandas' defaults turn RENGO's phone number into a number."""
    import pandas as pd

    export.export("csv", tmp_path)
    guessed = pd.read_csv(tmp_path / "organizations.csv")
    rengo = guessed[guessed["id"] == "rengo"].iloc[0]
    assert str(rengo["phone"]) != "+81352950526"


@pytest.mark.parametrize("table", list(jplabour.TABLES))
def test_to_polars_holds_the_rows(table: str) -> None:
    """to_polars() is typed from the model and holds exactly the rows of tables()."""
    frame = jplabour.to_polars(table)
    assert json.dumps(frame.to_dicts(), ensure_ascii=False) == json.dumps(
        jplabour.tables()[table], ensure_ascii=False
    )
