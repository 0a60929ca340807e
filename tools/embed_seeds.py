"""Generate ``src/jplabour/data/seed_texts.py`` from the files in ``seeds/``.

The package carries the full text of every source so that quotes can be
verified wherever it is installed, without reading a data file.

Usage: ``python tools/embed_seeds.py [--check]``. With ``--check`` it writes
nothing and exits 1 when the committed module is stale.
"""

from __future__ import annotations

import sys

from generated_file import ROOT, write_or_check

SEEDS = ROOT / "seeds"
TARGET = ROOT / "src" / "jplabour" / "data" / "seed_texts.py"
HEADER = '''"""Full text of every source document, generated from seeds/ by tools/embed_seeds.py.

Do not edit by hand: run ``python tools/embed_seeds.py``. A test fails when
this module no longer matches seeds/.
"""

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

#: File name in seeds/ -> the file's text, exactly as stored.
SEED_TEXTS: Final[Mapping[str, str]] = MappingProxyType(
    {
'''


def render() -> str:
    """The module text for the current contents of seeds/."""
    lines = [HEADER]
    for path in sorted(SEEDS.glob("[0-9]*.txt")):
        text = path.read_bytes().decode("utf-8")
        lines.append(f"        {path.name!r}: {text!r},\n")
    lines.append("    }\n)\n")
    return "".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Write the file, or with --check report whether it is stale."""
    return write_or_check(TARGET, render, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    sys.exit(main())
