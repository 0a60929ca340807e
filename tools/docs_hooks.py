"""MkDocs hooks: regenerate the figures and the coverage page before every build.

So the site always shows figures drawn from the data it documents. Only files
whose bytes change are written, so ``mkdocs serve`` does not rebuild forever.
"""

from __future__ import annotations

import importlib.util
import shutil
import tempfile
from pathlib import Path
from typing import Any


def on_pre_build(config: Any) -> None:
    """Run tools/make_figures.py and copy what changed into the docs folder."""
    path = Path(__file__).with_name("make_figures.py")
    spec = importlib.util.spec_from_file_location("make_figures", path)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    docs = Path(config["docs_dir"])
    with tempfile.TemporaryDirectory() as scratch:
        for fresh in module.write_all(Path(scratch)):
            target = docs / fresh.relative_to(scratch)
            if not target.exists() or target.read_bytes() != fresh.read_bytes():
                shutil.copyfile(fresh, target)
