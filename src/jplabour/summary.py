"""``jplabour summary``: what the dataset holds, the package's main job."""

from __future__ import annotations

from jplabour._version import __version__
from jplabour.data import DATASET
from jplabour.data_version import DATA_VERSION
from jplabour.model import TABLES, SourceKind
from jplabour.plural import agreeing, counted

__all__ = [
    "render_summary",
]


def render_summary() -> str:
    """The summary text: data version, tables with row counts, seed sources with dates.

    The references consulted for names only are counted, not listed.
    """
    lines = [
        f"jplabour {__version__}, data version {DATA_VERSION}",
        "",
        "Tables:",
    ]
    width = max(len(name) for name in TABLES)
    for name in TABLES:
        count = len(DATASET.table(name))
        lines.append(f"  {name:<{width}}  {count:>5} {agreeing(count, 'row')}")
    lines += ["", "Sources:"]
    seeds = [source for source in DATASET.sources if source.kind is SourceKind.SEED]
    id_width = max((len(source.id) for source in seeds), default=0)
    for source in seeds:
        date = str(source.published) if source.published else "undated"
        lines.append(f"  {source.id:<{id_width}}  {date:<8} {source.title}")
    references = len(DATASET.sources) - len(seeds)
    if references:
        lines.append(f"  and {counted(references, 'reference')} consulted for names only")
    lines += [
        "",
        "Try: jplabour show RENGO | jplabour check | jplabour export --format json",
    ]
    return "\n".join(lines)
