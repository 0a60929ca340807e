"""What several validator tests share: a dataset of two organisations, and a membership row.

Each look-up in the small dataset is quick, so that the look-up and suggestion
limits are reached fast.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from jplabour.data import DATASET
from jplabour.model import Dataset

#: A dataset of two organisations (UA Zensen and Rengo) with all of jplabour's sources.
TWO_ORGS = Dataset(
    sources=DATASET.sources,
    organizations=tuple(o for o in DATASET.organizations if o.id in ("ua-zensen", "rengo")),
)


def figure(value: object, as_of: str = "2019-10", org_id: str = "ua-zensen") -> Mapping[str, Any]:
    """A membership row as a user's program would hand it to ``validate``."""
    return {"org_id": org_id, "value": value, "as_of": as_of}
