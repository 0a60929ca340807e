"""Who makes jplabour, where it lives, and under which terms: stated once.

The data package (:mod:`jplabour.export`), ``jplabour cite``
(:mod:`jplabour.cite`), ``pyproject.toml``, ``mkdocs.yml`` and
``CITATION.cff`` all state these; the tests check that they agree.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "AUTHORS",
    "CODE_LICENSE",
    "DOCS_URL",
    "LICENSE_EXPRESSION",
    "REPOSITORY_URL",
    "SOURCE_TEXTS_LICENSE",
    "SOURCE_TEXTS_LICENSE_FILE",
    "SOURCE_TEXTS_STATUS",
    "TITLE",
]

#: The name of the dataset, as it is cited.
TITLE: Final = "jplabour: a hand-curated, validated dataset of Japanese labour organisations"
#: The authors, as they are cited.
AUTHORS: Final = "The jplabour developers"
#: The documentation site (the homepage).
DOCS_URL: Final = "https://jplabour.github.io/jplabour/"
#: The source repository.
REPOSITORY_URL: Final = "https://github.com/jplabour/jplabour"
#: The SPDX licence of the code and of the curated records.
CODE_LICENSE: Final = "MIT"
#: The licence reference (PEP 639) of the source documents' texts that ship with the package.
SOURCE_TEXTS_LICENSE: Final = "LicenseRef-jplabour-source-texts"
#: The repository file that states the source texts' status, named after its reference.
SOURCE_TEXTS_LICENSE_FILE: Final = f"LICENSES/{SOURCE_TEXTS_LICENSE}.txt"
#: The package's SPDX licence expression: ``license`` in pyproject.toml, the wheel's
#: License-Expression, and the licence every citation format states.
LICENSE_EXPRESSION: Final = f"{CODE_LICENSE} AND {SOURCE_TEXTS_LICENSE}"
#: The status of the source documents' texts that ship with the package.
SOURCE_TEXTS_STATUS: Final = (
    "The source documents (seeds/, embedded in jplabour/data/seed_texts.py) remain the "
    "works of their publishers; they are included unchanged for verification and research "
    f"and are not covered by the MIT licence (see LICENSE and {SOURCE_TEXTS_LICENSE_FILE})."
)
