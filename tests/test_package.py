"""Tests of the package as a whole: public names, no data-file I/O, a light import."""

from __future__ import annotations

import json
import subprocess
import sys
import types
from pathlib import Path

import pytest

import jplabour

_AUDIT_SCRIPT = r"""
import json, os, sys
opened = []

def hook(event, args):
    if event == "open" and args and isinstance(args[0], (str, bytes, os.PathLike)):
        opened.append(os.fsdecode(args[0]))

sys.addaudithook(hook)
import jplabour
for name in jplabour.DATASET.__attrs_attrs__:
    list(jplabour.DATASET.table(name.name))
jplabour.get("rengo")
jplabour.lookup("Jichirōren")
jplabour.affiliates("zenroren", as_of="2019")
sys.stdout.write(json.dumps({"opened": opened, "modules": sorted(sys.modules)}))
"""


def _run_audited() -> dict[str, list[str]]:
    result = subprocess.run(
        [sys.executable, "-c", _AUDIT_SCRIPT], capture_output=True, text=True, check=True
    )
    document: dict[str, list[str]] = json.loads(result.stdout)
    return document


def test_import_and_lookups_open_no_data_file() -> None:
    """Importing jplabour and reading every table opens nothing but Python modules."""
    code_suffixes = (".py", ".pyc", ".so", ".pyd")
    opened = [p for p in _run_audited()["opened"] if not p.endswith(code_suffixes)]
    assert [p for p in opened if not Path(p).is_dir()] == []


def test_import_loads_no_heavy_machinery() -> None:
    """Importing jplabour loads neither pydantic, hypothesis, jsonschema nor the modules using them."""
    modules = set(_run_audited()["modules"])
    for heavy in (
        "pydantic",
        "pydantic_core",
        "hypothesis",
        "jplabour.attrs",
        "jplabour.pydantic",
        "jplabour.strategies",
        "jplabour.schema_vocabulary",
        "jplabour.values",
        "jsonschema",
        "jplabour.schema",
        "jplabour.validator",
        "importlib.metadata",
        "argparse",  # the command line's; the date arguments load it only there
        "jplabour.membership",
    ):
        assert heavy not in modules


def _isort_key(name: str) -> tuple[int, str]:
    """Ruff's isort-style order: CONSTANTS, then Classes, then everything else."""
    if name.isupper():
        return (0, name)
    return (1, name) if name[0].isupper() else (2, name)


def test_all_is_sorted_and_complete() -> None:
    """__all__ is explicit, sorted (isort style, as ruff enforces), and names only things that exist."""
    assert jplabour.__all__ == sorted(jplabour.__all__, key=_isort_key)
    for name in jplabour.__all__:
        assert hasattr(jplabour, name), name


def test_every_public_name_is_documented() -> None:
    """Every public function and class of the package carries its own docstring, opening with a sentence."""
    documented = 0
    for name in jplabour.__all__:
        value = getattr(jplabour, name)
        if isinstance(value, (types.FunctionType, type)):
            docstring = value.__dict__.get("__doc__") if isinstance(value, type) else value.__doc__
            assert docstring, f"{name} has no docstring of its own"
            summary = docstring.strip().splitlines()[0]
            assert summary[:1].isupper() or summary[:1] in "`*:", (name, summary)
            assert summary.rstrip().endswith((".", ":", ")")), (name, summary)
            assert summary.strip("`*. ") != name, (name, summary)
            documented += 1
    assert documented >= 10


def test_no_public_module_lacks_all() -> None:
    """Every module of the package declares __all__, and each listed name exists."""
    import importlib
    import pkgutil

    for info in pkgutil.walk_packages(jplabour.__path__, "jplabour."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        exported = getattr(module, "__all__", None)
        if exported is None:
            assert info.name.startswith("jplabour.data") or info.name.endswith("_version"), (
                info.name
            )
            continue
        for name in exported:
            assert hasattr(module, name), f"{info.name}.{name}"


def test_python_dash_m_runs_the_summary() -> None:
    """Running python -m jplabour prints the summary and exits 0."""
    result = subprocess.run(
        [sys.executable, "-m", "jplabour"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "organizations" in result.stdout


@pytest.mark.parametrize("argv", [["--version"], ["summary"]])
def test_console_entry_points(argv: list[str]) -> None:
    """The CLI answers --version and summary without error."""
    from jplabour.cli import main

    try:
        code = main(argv)
    except SystemExit as exit_:  # argparse exits after --version
        code = int(exit_.code or 0)
    assert code == 0


def test_top_level_functions_survive_importing_their_modules() -> None:
    """jplabour.validate and jplabour.check stay functions after their modules load."""
    import jplabour.checks
    import jplabour.validator

    assert callable(jplabour.validate)
    assert callable(jplabour.check)
    assert jplabour.check().ok
    report = jplabour.validate(
        [{"org_id": "rengo", "value": "7000000", "as_of": "2019"}], "memberships"
    )
    assert report.valid


def _defined_names(source: str) -> set[str]:
    """The public names a module's own top-level statements define (and do not delete)."""
    import ast

    names: set[str] = set()
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, ast.Delete):
            names.difference_update(t.id for t in node.targets if isinstance(t, ast.Name))
    return {name for name in names if not name.startswith("_")}


def test_every_public_name_of_every_module_is_in_its_all() -> None:
    """Each module's own public names are listed in its __all__; the rest are _private."""
    import importlib
    import inspect
    import pkgutil

    missing = []
    for info in pkgutil.walk_packages(jplabour.__path__, "jplabour."):
        if info.name.endswith("__main__") or info.name.startswith("jplabour.data."):
            continue
        module = importlib.import_module(info.name)
        exported = set(getattr(module, "__all__", ()))
        missing += [
            f"{info.name}.{name}"
            for name in sorted(_defined_names(inspect.getsource(module)) - exported)
        ]
    assert missing == []


@pytest.mark.parametrize(
    ("package", "eager"),
    [("jplabour", {"DATA_VERSION", "__version__"}), ("jplabour.model", set())],
)
def test_lazy_names_are_the_type_checking_imports(package: str, eager: set[str]) -> None:
    """Each lazily loaded name comes from the module the TYPE_CHECKING block imports it from.

    Type checkers read the TYPE_CHECKING imports; the interpreter reads _LAZY.
    Both list the same names, __all__ lists every one of them (and the names
    the package defines itself), and each is the defining module's own object.
    """
    import ast
    import importlib
    import inspect

    module = importlib.import_module(package)
    tree = ast.parse(inspect.getsource(module))
    (block,) = [
        node
        for node in tree.body
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING"
    ]
    imported = {
        alias.name: node.module
        for node in block.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
        if alias.name in module.__all__
    }
    assert imported == dict(module._LAZY)
    assert set(module.__all__) == {*imported, *eager}
    for name, source in imported.items():
        assert getattr(module, name) is getattr(importlib.import_module(str(source)), name)


def test_the_package_functions_are_their_modules_own() -> None:
    """``jplabour.validate`` and the other functions are the modules' functions, not copies.

    (A copied signature drifted once: ``jplabour.validate`` lacked ``force``.)
    """
    import inspect

    from jplabour import checks, export, membership, validator

    assert jplabour.validate is validator.validate
    assert "force" in inspect.signature(jplabour.validate).parameters
    assert jplabour.check is checks.check
    assert jplabour.membership_table is membership.membership_table
    assert (jplabour.tables, jplabour.to_pandas, jplabour.to_polars) == (
        export.tables,
        export.to_pandas,
        export.to_polars,
    )


def test_a_first_lookup_loads_the_names_not_the_rest_of_the_api() -> None:
    """``import jplabour; jplabour.lookup(...)`` imports neither the API module nor the checks."""
    code = (
        "import sys, jplabour; jplabour.lookup('RENGO'); "
        "print(sorted(m for m in ('jplabour.api', 'jplabour.checks', 'jplabour.lifetimes',"
        " 'difflib') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
