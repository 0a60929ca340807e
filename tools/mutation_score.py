"""``python tools/mutation_score.py``: the mutation score of jplabour's core (the package ``tools/mutation/``)."""

from __future__ import annotations

import sys

from mutation.cli import main

if __name__ == "__main__":
    sys.exit(main())
