"""The copy of ``src/`` that forked test runs import, and a pytest run on it (in a forked child)."""

from __future__ import annotations

import compileall
import os
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from .targets import ROOT


def copy_sources(folder: Path) -> Path:
    """A copy of src/ in *folder*, its modules compiled, for the forked test runs to import."""
    target = folder / "src"
    shutil.copytree(ROOT / "src", target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    compileall.compile_dir(target, quiet=1)
    return target


def run_pytest(
    source_root: Path, arguments: list[str], plugins: list[Any], *, quiet: bool
) -> int:  # pragma: no cover -- runs in a forked child
    """Run pytest with *arguments* and *plugins* on the copy at *source_root*, from ROOT, with CI=1."""
    os.environ["CI"] = "1"
    os.environ["PYTHONPATH"] = os.pathsep.join([str(source_root), os.environ.get("PYTHONPATH", "")])
    os.environ["PYTHONDONTWRITEBYTECODE"] = "1"
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(source_root))
    os.chdir(ROOT)
    if quiet:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.dup2(null, 2)
    options = ["-q", "-p", "no:cacheprovider", "-W", "ignore::pytest.PytestAssertRewriteWarning"]
    return int(pytest.main([*options, *arguments], plugins=plugins))


def run_quietly(source_root: Path, arguments: list[str]) -> int:  # pragma: no cover -- a child
    """Run pytest with *arguments* on the copy at *source_root*, its output discarded."""
    return run_pytest(source_root, arguments, [], quiet=True)


def install(source_root: Path, path: str, source: bytes) -> None:
    """Write *source* as the module at *path* of the copy, and drop its compiled form."""
    file = source_root / Path(path).relative_to("src")
    file.write_bytes(source)
    for cached in file.parent.glob(f"__pycache__/{file.stem}.*.pyc"):
        cached.unlink()


def module_name(path: str) -> str:
    """``src/jplabour/formats/__init__.py`` -> ``jplabour.formats``."""
    parts = Path(path).relative_to("src").with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
