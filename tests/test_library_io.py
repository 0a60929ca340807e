"""Library modules do no process I/O: the command line (jplabour.cli) does.

Reading a user's file imports neither the export machinery nor the embedded
data; no module outside ``cli/`` writes to the process's streams or parses
the command line (issue 9).
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

import jplabour
from jplabour import export
from jplabour.data import DATASET

PACKAGE = Path(jplabour.__file__).parent
#: Modules whose import would mean loading a user's file pulled in what it does not need.
NOT_FOR_LOADING = ("jplabour.export", "jplabour.data", "jplabour.data.organizations")


def _modules_after_loading(path: Path) -> tuple[bool, int, list[str]]:
    """Load *path* in a fresh interpreter: (ok, organisations read, jplabour modules imported)."""
    code = textwrap.dedent(
        f"""
        import json, sys
        from jplabour.load import load_dataset
        result = load_dataset({str(path)!r})
        print(json.dumps([result.ok, len(result.dataset.organizations), sorted(sys.modules)]))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    ok, organizations, modules = json.loads(done.stdout)
    return ok, organizations, [name for name in modules if name.startswith("jplabour")]


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_loading_a_users_file_imports_neither_export_nor_the_embedded_data(
    tmp_path: Path, fmt: export.Format
) -> None:
    """load_dataset reads each export format with the shared codec (jplabour.csv_codec) alone."""
    out = tmp_path / "export.json" if fmt == "json" else tmp_path
    export.export(fmt, out, DATASET)
    ok, organizations, modules = _modules_after_loading(out)
    assert ok
    assert organizations == len(DATASET.organizations)
    assert "jplabour.load" in modules
    for name in NOT_FOR_LOADING:
        assert name not in modules


def test_the_csv_codec_is_defined_once() -> None:
    """The export and the loader share one codec: the names export offers are csv_codec's own objects."""
    from jplabour import csv_codec, load

    for name in csv_codec.__all__:
        assert getattr(export, name) is getattr(csv_codec, name)
    assert vars(load)["decode_cell"] is csv_codec.decode_cell


# --- No process I/O outside cli/ -------------------------------------------------------

#: Attributes of sys that are the process's standard streams.
STREAMS = frozenset({"stdout", "stderr", "__stdout__", "__stderr__"})
#: Modules that parse a command line or print.
FORBIDDEN_IMPORTS = frozenset({"argparse", "getopt", "optparse", "pprint"})
#: Library modules allowed an entry here, with the reason. Empty: none needs one.
ALLOWED: dict[str, str] = {}


def library_modules() -> Iterator[Path]:
    """Every module of the package except the command line's."""
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.relative_to(PACKAGE).parts[0] != "cli":
            yield path


class _ProcessIO(ast.NodeVisitor):
    """Collects the uses of the process's streams, print() and command-line parsers."""

    def __init__(self, sys_names: set[str]) -> None:
        self.sys_names = sys_names
        self.found: list[str] = []

    def _is_sys(self, node: ast.expr) -> bool:
        return isinstance(node, ast.Name) and node.id in self.sys_names

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if node.attr in STREAMS and self._is_sys(node.value):
            self.found.append(f"line {node.lineno}: sys.{node.attr}")
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        if isinstance(node.func, ast.Name) and node.func.id == "print":
            self.found.append(f"line {node.lineno}: print()")
        if isinstance(node.func, ast.Name) and node.func.id == "getattr" and len(node.args) >= 2:
            name = node.args[1]
            if (
                self._is_sys(node.args[0])
                and isinstance(name, ast.Constant)
                and name.value in STREAMS
            ):
                self.found.append(f"line {node.lineno}: getattr(sys, {name.value!r})")
        self.generic_visit(node)

    def visit_Import(self, node: ast.Import) -> None:
        self.found += [
            f"line {node.lineno}: import {alias.name}"
            for alias in node.names
            if alias.name.split(".")[0] in FORBIDDEN_IMPORTS
        ]

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = node.module or ""
        if module.split(".")[0] in FORBIDDEN_IMPORTS:
            self.found.append(f"line {node.lineno}: from {module} import ...")
        if module == "sys":
            self.found += [
                f"line {node.lineno}: from sys import {alias.name}"
                for alias in node.names
                if alias.name in STREAMS
            ]


def process_io(source: str) -> list[str]:
    """Each use of the process's streams, of print() and of a command-line parser in *source*."""
    tree = ast.parse(source)
    aliases = {
        alias.asname
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
        if alias.name == "sys" and alias.asname
    }
    visitor = _ProcessIO({"sys", *aliases})
    visitor.visit(tree)
    return visitor.found


def test_no_library_module_writes_to_the_process_streams_or_parses_a_command_line() -> None:
    """Only cli/ prints and parses arguments; the library returns text or takes a stream."""
    offenders = {}
    for path in library_modules():
        module = str(path.relative_to(PACKAGE))
        found = process_io(path.read_text(encoding="utf-8"))
        if found and module not in ALLOWED:
            offenders[module] = found
    assert offenders == {}


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import sys\nsys.stdout.write('x')\n", ["line 2: sys.stdout"]),
        ("import sys\nsys.stderr.flush()\n", ["line 2: sys.stderr"]),
        ("import sys as _s\n_s.stdout.write('x')\n", ["line 2: sys.stdout"]),
        ("from sys import stderr\n", ["line 1: from sys import stderr"]),
        ("import sys\ngetattr(sys, 'stdout')\n", ["line 2: getattr(sys, 'stdout')"]),
        ("import sys\nsys.__stderr__\n", ["line 2: sys.__stderr__"]),
        ("print('x')\n", ["line 1: print()"]),
        ("import argparse\n", ["line 1: import argparse"]),
        ("from argparse import ArgumentParser\n", ["line 1: from argparse import ..."]),
        ("def f():\n    import argparse\n", ["line 2: import argparse"]),
        # What the library may do: read standard input (a reader's "-"), name a stream.
        ("import sys\nsys.stdin.buffer.read()\n", []),
        ("def f(stream):\n    stream.write('x')\n", []),
        ("from sys import maxsize\n", []),
    ],
)
def test_the_scan_finds_each_kind_of_process_io(source: str, expected: list[str]) -> None:
    """The scan is not blind: each form it looks for is found, and the allowed forms pass."""
    assert process_io(source) == expected


def test_the_scan_covers_the_library() -> None:
    """The modules scanned include those that used to print (export, show) and exclude cli/."""
    scanned = {str(path.relative_to(PACKAGE)) for path in library_modules()}
    assert {"export.py", "show.py", "load.py", "validator/report.py"} <= scanned
    assert not any(name.startswith("cli/") for name in scanned)
