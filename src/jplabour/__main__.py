"""``python -m jplabour``."""

import sys

from jplabour.cli import main

sys.exit(main())
