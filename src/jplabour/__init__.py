"""jplabour: a hand-curated, validated dataset of Japanese labour organisations."""

from jplabour._version import __version__
from jplabour.data import DATASET

__all__ = ["DATASET", "__version__"]
