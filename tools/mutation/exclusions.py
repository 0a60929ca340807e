"""The reviewed equivalent mutants: read from :data:`EXCLUSIONS_FILE`, each with its reason."""

from __future__ import annotations

from pathlib import Path
from typing import Final

from .targets import ROOT

#: The mutants that change no result a user can see, one per line with its reason.
EXCLUSIONS_FILE: Final = ROOT / "tools" / "mutation_exclusions.txt"


def read_exclusions(path: Path = EXCLUSIONS_FILE) -> dict[str, str]:
    """Mutant key -> the reason it is equivalent, from *path* (``KEY  # REASON`` per line)."""
    found: dict[str, str] = {}
    if not path.exists():
        return found
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        key, separator, reason = line.partition("  # ")
        if not separator or not reason.strip():
            raise SystemExit(f"{path}:{number}: an exclusion needs a reason after '  # '")
        found[key.strip()] = reason.strip()
    return found
