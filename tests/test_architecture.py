"""The architecture gates of tools/architecture.py: no import cycle, lazy ones included; short modules."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

TOOL = Path(__file__).resolve().parent.parent / "tools" / "architecture.py"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("architecture", TOOL)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _package(tmp_path: Path, files: dict[str, str]) -> Path:
    package = tmp_path / "jplabour"
    for name, text in {"__init__.py": "", **files}.items():
        path = package / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return package


def test_the_package_has_no_import_cycle_and_no_module_grows_past_its_limit() -> None:
    """The gate passes on the package as it is, and says so."""
    done = subprocess.run([sys.executable, str(TOOL)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout
    assert "no cycle" in done.stdout


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("from jplabour import b\n", "def f():\n    from jplabour import a\n"),
        ("import jplabour.b\n", "def f():\n    import jplabour.a\n"),
        ("from . import b\n", "from .a import name\n"),
        ("from jplabour.b import name\n", "class C:\n    def m(self):\n        from . import a\n"),
    ],
)
def test_cycles_are_found_however_the_imports_are_written(tmp_path: Path, a: str, b: str) -> None:
    """Absolute, relative, ``from`` and lazy imports all make edges; a cycle of two is reported."""
    tool = _tool()
    package = _package(tmp_path, {"a.py": a, "b.py": b, "c.py": "from jplabour import a\n"})
    assert tool.cycles(tool.graph(package)) == [["jplabour.a", "jplabour.b"]]
    assert tool.problems(package) == ["import cycle: jplabour.a -> jplabour.b"]


def test_importing_a_sibling_through_its_package_is_an_edge_to_the_package(tmp_path: Path) -> None:
    """``from jplabour.sub import leaf`` runs sub's ``__init__``: a cycle when that imports the importer."""
    tool = _tool()
    package = _package(
        tmp_path,
        {
            "sub/__init__.py": "from jplabour.sub.registry import ORDER\n",
            "sub/registry.py": "from jplabour.sub import leaf\nORDER = (leaf.name,)\n",
            "sub/leaf.py": "name = 1\n",
        },
    )
    edges = tool.graph(package)
    assert edges["jplabour.sub.registry"] == {"jplabour.sub", "jplabour.sub.leaf"}
    assert tool.cycles(edges) == [["jplabour.sub", "jplabour.sub.registry"]]
    # Naming the module itself is no edge to the package's __init__: no cycle.
    (package / "sub" / "registry.py").write_text(
        "from jplabour.sub.leaf import name\nORDER = (name,)\n", encoding="utf-8"
    )
    assert tool.cycles(tool.graph(package)) == []


def test_no_cycle_passes_and_an_import_of_a_name_is_an_edge_to_its_module(tmp_path: Path) -> None:
    """``from jplabour.sub import name`` is an edge to jplabour.sub; a chain is no cycle."""
    tool = _tool()
    package = _package(
        tmp_path,
        {
            "a.py": "from jplabour.sub import name\n",
            "sub/__init__.py": "from jplabour.sub.leaf import name\n",
            "sub/leaf.py": "name = 1\n",
        },
    )
    edges = tool.graph(package)
    assert edges["jplabour.a"] == {"jplabour.sub"}
    assert edges["jplabour.sub"] == {"jplabour.sub.leaf"}
    assert tool.cycles(edges) == []
    assert tool.problems(package) == []


def test_a_module_over_the_limit_fails_and_data_modules_are_exempt(tmp_path: Path) -> None:
    """MAX_LINES lines pass, one more fails, in a subpackage too; data/ may be longer."""
    tool = _tool()
    limit = tool.MAX_LINES
    package = _package(
        tmp_path,
        {
            "long.py": "x = 1\n" * limit,
            "sub/__init__.py": "",
            "sub/long.py": "x = 1\n" * limit,
            "data/big.py": "x = 1\n" * (limit + 50),
        },
    )
    assert tool.problems(package) == []
    (package / "long.py").write_text("x = 1\n" * (limit + 1), encoding="utf-8")
    (package / "sub" / "long.py").write_text("x = 1\n" * (limit + 2), encoding="utf-8")
    assert tool.problems(package) == [
        f"long.py: {limit + 1} lines, more than {limit}",
        f"sub/long.py: {limit + 2} lines, more than {limit}",
    ]


def test_no_module_is_excused_from_the_limit() -> None:
    """The gate has no list of exceptions: every module of the package is within the limit."""
    tool = _tool()
    assert not hasattr(tool, "OVERSIZED")
    assert tool.oversized() == {}
    done = subprocess.run([sys.executable, str(TOOL)], capture_output=True, text=True, check=False)
    assert f"none over {tool.MAX_LINES} lines outside data/" in done.stdout


def test_the_packages_under_tools_are_held_to_the_same_gates(tmp_path: Path) -> None:
    """tools/mutation/ is found and passes; a cycle in a tools package is found; scripts are not packages."""
    tool = _tool()
    found = tool.tool_packages()
    assert tool.TOOLS / "mutation" in found
    for package in found:
        assert tool.problems(package) == [], package
    done = subprocess.run([sys.executable, str(TOOL)], capture_output=True, text=True, check=False)
    assert "tools/mutation: " in done.stdout
    tools = tmp_path / "tools"
    package = tools / "helper"
    package.mkdir(parents=True)
    (tools / "script.py").write_text("x = 1\n" * (tool.MAX_LINES + 1), encoding="utf-8")
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "a.py").write_text("from . import b\n", encoding="utf-8")
    (package / "b.py").write_text("from .a import name\n", encoding="utf-8")
    assert tool.tool_packages(tools) == [package]
    assert tool.problems(package) == ["import cycle: helper.a -> helper.b"]
