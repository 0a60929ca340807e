"""The csv module's field-size limit, raised for the duration of one read.

``csv.field_size_limit`` is process-wide; readers of large cells set it for
their own read and restore it after, so that nothing else is affected.
"""

from __future__ import annotations

import contextlib
import csv
from collections.abc import Iterator

__all__ = ["field_size_limit"]


@contextlib.contextmanager
def field_size_limit(limit: int) -> Iterator[None]:
    """Let the csv module read fields of up to *limit* characters inside the block."""
    previous = csv.field_size_limit(limit)
    try:
        yield
    finally:
        csv.field_size_limit(previous)
