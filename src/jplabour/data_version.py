"""The version of the curated data, separate from the code version.

It changes by the policy in docs/versioning.md: a correction of a record or a
new erratum bumps the patch level, new records or sources the minor level, and
a change of a table's fields the major level (with the package version).
"""

from typing import Final

__all__ = ["DATA_VERSION"]

#: The data version: YEAR.MONTH.SERIAL of the last data change.
DATA_VERSION: Final[str] = "2026.11.2"
