"""The version of the curated data, separate from the code version.

It changes by the policy in docs/versioning.md: a correction of a record or a
new erratum bumps the patch level, new records or sources the minor level, and
a change of a table's fields the major level (with the package version).
"""

from __future__ import annotations

# Not typing.TYPE_CHECKING: ``import jplabour`` imports no module it does not
# need, typing included (type checkers read this name as True).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final
del TYPE_CHECKING  # not a name of the module

__all__ = ["DATA_VERSION"]

#: The data version: YEAR.MONTH.SERIAL of the last data change.
DATA_VERSION: Final[str] = "2026.11.2"
