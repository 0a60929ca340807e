"""Generate the documentation's figures and its coverage page from the data.

Usage::

    python tools/make_figures.py            # writes docs/figures/*.png and docs/coverage.md
    python tools/make_figures.py --out DIR  # writes DIR/figures/*.png and DIR/coverage.md

Everything drawn or counted comes from :data:`jplabour.data.DATASET`; nothing
is typed in by hand. The output is deterministic: fixed figure sizes and dpi,
matplotlib's default style (a user's matplotlibrc is ignored), the Agg
backend, and PNG files written without a ``Software`` entry or any date, so
that two runs give identical bytes. tests/test_docs.py regenerates both and
compares them with the committed files.
"""

from __future__ import annotations

import argparse
import calendar
import itertools
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import attrs
import matplotlib as mpl

mpl.use("Agg")

import matplotlib.pyplot as plt
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch, Patch

from jplabour.data import DATASET
from jplabour.data_version import DATA_VERSION
from jplabour.model import (
    Affiliation,
    AffiliationStatus,
    Counted,
    Dataset,
    EventKind,
    Membership,
    Organization,
    PartialDate,
    Succession,
    Unit,
    describe,
)
from jplabour.semantics import COUNTED_STATUSES

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["FIGURES", "coverage_markdown", "main", "write_all"]

ROOT: Final = Path(__file__).resolve().parent.parent
DPI: Final = 100
#: PNG metadata: matplotlib would otherwise record its version as "Software".
PNG_METADATA: Final[dict[str, str | None]] = {"Software": None}

RENGO: Final = "rengo"
ZENROREN: Final = "zenroren"

AFFILIATE_COLOUR: Final = "#1f77b4"
ASSOCIATED_COLOUR: Final = "#ff7f0e"
CONVENTION_COLOUR: Final = "#d62728"
#: Rows left blank between two lines of the lineage diagram.
_LINE_GAP: Final = 0.6


# --------------------------------------------------------------------------- helpers


def _orgs(dataset: Dataset) -> dict[str, Organization]:
    return {org.id: org for org in dataset.organizations}


def _label(org: Organization) -> str:
    """The short label of an organisation: its abbreviation, else its English name."""
    return org.abbreviation or org.name_en


def _as_of_text(date: PartialDate) -> str:
    """'October 2019' for 2019-10, '2019' for 2019."""
    if date.month is None:
        return str(date.year)
    return f"{calendar.month_name[date.month]} {date.year}"


def _member_count(dataset: Dataset, org_id: str, as_of: PartialDate | None) -> Membership | None:
    """The member count of *org_id* stated for *as_of*, if the data has exactly that one."""
    found = [
        m
        for m in dataset.memberships
        if m.org_id == org_id
        and m.unit is Unit.PERSONS
        and m.counted is Counted.MEMBERS
        and m.as_of == as_of
    ]
    return found[0] if len(found) == 1 else None


def _current_affiliates(dataset: Dataset, parent_id: str) -> list[Affiliation]:
    """The parent's affiliated and associated bodies at the date of its latest dated list."""
    links = [
        a
        for a in dataset.affiliations
        if a.parent_id == parent_id and a.status in COUNTED_STATUSES and a.as_of is not None
    ]
    if not links:
        return []
    latest = max((a.as_of for a in links if a.as_of is not None), key=lambda d: d.sort_key)
    return [a for a in links if a.as_of == latest]


def _new_figure(width: float, height: float) -> Figure:
    return plt.figure(figsize=(width, height), dpi=DPI)


def _save(fig: Figure, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, format="png", dpi=DPI, metadata=PNG_METADATA)
    plt.close(fig)


# --------------------------------------------------------------------------- bar charts


def _affiliate_bars(dataset: Dataset, parent_id: str, path: Path) -> None:
    """Horizontal bars of the parent's affiliates by membership, largest at the top."""
    orgs = _orgs(dataset)
    parent = orgs[parent_id]
    links = _current_affiliates(dataset, parent_id)
    if not links:
        raise ValueError(f"no dated affiliate list of {parent_id!r} in the data")
    as_of = links[0].as_of
    assert as_of is not None  # noqa: S101  (_current_affiliates keeps dated links only)
    rows: list[tuple[int, str, AffiliationStatus]] = []
    missing: list[str] = []
    for link in links:
        count = _member_count(dataset, link.member_id, as_of)
        label = _label(orgs[link.member_id])
        if count is None:
            missing.append(label)
        else:
            rows.append((count.value, label, link.status))
    rows.sort(key=lambda row: (-row[0], row[1]))
    missing.sort()

    height = max(3.0, 0.22 * len(rows) + 1.6)
    fig = _new_figure(9.0, height)
    ax = fig.add_axes((0.27, 1.0 / height, 0.68, 1 - 1.7 / height))
    positions = range(len(rows))
    colours = [
        ASSOCIATED_COLOUR if status is AffiliationStatus.ASSOCIATED else AFFILIATE_COLOUR
        for _, _, status in rows
    ]
    ax.barh(list(positions), [value for value, _, _ in rows], color=colours, height=0.7)
    ax.set_yticks(list(positions), [label for _, label, _ in rows], fontsize=8)
    ax.invert_yaxis()
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.xaxis.set_major_formatter(mpl.ticker.FuncFormatter(lambda x, _pos: f"{x:,.0f}"))
    ax.tick_params(axis="x", labelsize=8)
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    for spine in ("top", "right"):
        ax.spines[spine].set_visible(False)
    largest = max(value for value, _, _ in rows)
    for position, (value, _, _) in zip(positions, rows, strict=True):
        ax.text(value + largest * 0.005, position, f"{value:,}", va="center", fontsize=6.5)
    ax.set_xlim(0, largest * 1.12)
    ax.set_xlabel("members", fontsize=9)
    statuses = {status for _, _, status in rows}
    title = f"{_label(parent)} affiliates by membership (as of {_as_of_text(as_of)})"
    fig.suptitle(title, fontsize=11, x=0.5, y=1 - 0.25 / height)
    if AffiliationStatus.ASSOCIATED in statuses:
        ax.legend(
            handles=[
                Patch(color=AFFILIATE_COLOUR, label=AffiliationStatus.AFFILIATE.value),
                Patch(color=ASSOCIATED_COLOUR, label=AffiliationStatus.ASSOCIATED.value),
            ],
            loc="lower right",
            fontsize=8,
            frameon=False,
        )
    if missing:
        fig.text(
            0.02,
            0.15 / height,
            f"Listed without a {_as_of_text(as_of)} figure: {', '.join(missing)}",
            fontsize=7.5,
            color="#555555",
        )
    _save(fig, path)


def rengo_affiliates(dataset: Dataset, path: Path) -> None:
    """RENGO's affiliated and associated federations by membership."""
    _affiliate_bars(dataset, RENGO, path)


def zenroren_affiliates(dataset: Dataset, path: Path) -> None:
    """Zenroren's affiliates by membership."""
    _affiliate_bars(dataset, ZENROREN, path)


# --------------------------------------------------------------------------- lineage


def _components(nodes: Iterable[str], edges: Iterable[tuple[str, str]]) -> list[list[str]]:
    """The connected components of an undirected view of the graph, each sorted."""
    neighbours: dict[str, set[str]] = defaultdict(set)
    for a, b in edges:
        neighbours[a].add(b)
        neighbours[b].add(a)
    seen: set[str] = set()
    components: list[list[str]] = []
    for start in sorted(nodes):
        if start in seen:
            continue
        stack, component = [start], []
        seen.add(start)
        while stack:
            node = stack.pop()
            component.append(node)
            for other in sorted(neighbours[node] - seen):
                seen.add(other)
                stack.append(other)
        components.append(sorted(component))
    return components


@attrs.frozen
class _LineageLayout:
    """Where each box of the lineage diagram goes."""

    nodes: tuple[str, ...]
    column: dict[str, int]
    row: dict[str, float]
    columns: int
    rows: float
    #: The first row of every line after the first, where a separator is drawn.
    bands: tuple[float, ...]


def _steps_to_end(successors: dict[str, list[str]], node: str, trail: frozenset[str]) -> int:
    """How many successions lead from *node* to the latest organisation of its line."""
    if node in trail:
        raise ValueError(f"the successions form a cycle through {node!r}")
    later = successors.get(node, [])
    if not later:
        return 0
    return 1 + max(_steps_to_end(successors, n, trail | {node}) for n in later)


def _lineage_layout(successions: Sequence[Succession]) -> _LineageLayout:
    """Columns by generation, rows by line.

    A box's column is fixed by its distance from the end of its line: the
    latest organisations of every line share the rightmost column, and each
    predecessor stands one column left of its successor. Each line is laid
    out as a tree from its end backwards: an organisation with no predecessor
    takes the next row, any other sits at the mean row of its predecessors.
    Lines are ordered by their earliest dated succession.
    """
    edges = [(s.predecessor_id, s.successor_id) for s in successions]
    nodes = tuple(sorted({n for edge in edges for n in edge}))
    successors: dict[str, list[str]] = defaultdict(list)
    predecessors: dict[str, list[str]] = defaultdict(list)
    for a, b in edges:
        successors[a].append(b)
        predecessors[b].append(a)
    depth = {n: _steps_to_end(successors, n, frozenset()) for n in nodes}
    columns = max(depth.values()) + 1
    column = {n: columns - 1 - depth[n] for n in nodes}

    def first_date(component: Sequence[str]) -> tuple[bool, tuple[int, int, int], str]:
        dates = [s.date for s in successions if s.successor_id in component and s.date]
        earliest = min((d.sort_key for d in dates), default=(0, 0, 0))
        return (not dates, earliest, component[0])

    row: dict[str, float] = {}
    next_row = [0.0]

    def place(node: str) -> float:
        if node not in row:
            earlier = sorted(
                (p for p in predecessors.get(node, []) if p not in row),
                key=lambda p: (column[p], p),
            )
            if earlier:
                row[node] = sum(place(p) for p in earlier) / len(earlier)
            else:
                row[node] = next_row[0]
                next_row[0] += 1
        return row[node]

    bands: list[float] = []
    for component in sorted(_components(nodes, edges), key=first_date):
        bands.append(next_row[0])
        for node in sorted(component, key=lambda n: (bool(successors.get(n)), n)):
            place(node)  # the ends first, then anything an unusual shape left over
        next_row[0] += _LINE_GAP
    return _LineageLayout(
        nodes=nodes,
        column=column,
        row=row,
        columns=columns,
        rows=next_row[0] - _LINE_GAP,
        bands=tuple(bands[1:]),
    )


def lineage(dataset: Dataset, path: Path) -> None:
    """Boxes and arrows of the successions, one column per generation (see _lineage_layout)."""
    orgs = _orgs(dataset)
    successions = sorted(dataset.successions, key=lambda s: s.id)
    if not successions:
        raise ValueError("no successions in the data")
    layout = _lineage_layout(successions)
    nodes, column, row, columns, total_rows = (
        layout.nodes,
        layout.column,
        layout.row,
        layout.columns,
        layout.rows,
    )
    box_w, box_h, col_gap = 2.3, 0.62, 1.5
    width = columns * box_w + (columns - 1) * col_gap
    fig_w = 10.0
    fig_h = max(3.0, 0.62 * total_rows + 1.2)
    fig = _new_figure(fig_w, fig_h)
    ax = fig.add_axes((0.02, 0.3 / fig_h, 0.96, 1 - 0.9 / fig_h))
    ax.set_xlim(-0.2, width + 0.2)
    ax.set_ylim(total_rows - 0.5, -0.5)
    ax.axis("off")

    def centre(node: str) -> tuple[float, float]:
        return (column[node] * (box_w + col_gap) + box_w / 2, row[node])

    for start in layout.bands:
        ax.axhline(start - 0.8, color="#dddddd", linewidth=0.6)
    for node in nodes:
        org = orgs[node]
        x, y = centre(node)
        ended = org.dissolved is not None
        ax.add_patch(
            FancyBboxPatch(
                (x - box_w / 2, y - box_h / 2),
                box_w,
                box_h,
                boxstyle="round,pad=0.02,rounding_size=0.08",
                facecolor="#eeeeee" if ended else "#dbe9f6",
                edgecolor="#555555",
                linewidth=0.8,
            )
        )
        years = "–".join(str(d) for d in (org.founded, org.dissolved) if d is not None)
        text = _label(org) if not years else f"{_label(org)}\n{years}"
        ax.text(x, y, text, ha="center", va="center", fontsize=8)
    for succession in successions:
        (x0, y0), (x1, y1) = centre(succession.predecessor_id), centre(succession.successor_id)
        ax.add_patch(
            FancyArrowPatch(
                (x0 + box_w / 2, y0),
                (x1 - box_w / 2, y1),
                arrowstyle="-|>",
                mutation_scale=10,
                color="#333333",
                linewidth=0.9,
                shrinkA=1,
                shrinkB=1,
            )
        )
        label = succession.kind.value
        if succession.date is not None:
            label = f"{label} {succession.date}"
        ax.text(
            (x0 + x1) / 2,
            (y0 + y1) / 2 - 0.12,
            label,
            ha="center",
            va="bottom",
            fontsize=6.5,
            color="#333333",
            bbox={"boxstyle": "round,pad=0.1", "facecolor": "white", "edgecolor": "none"},
        )
    fig.suptitle("Successions: mergers, unifications and rebrands", fontsize=11, y=1 - 0.2 / fig_h)
    _save(fig, path)


# --------------------------------------------------------------------------- timeline


def rengo_timeline(dataset: Dataset, path: Path) -> None:
    """RENGO's events by year, one marker per event, stacked; conventions marked."""
    orgs = _orgs(dataset)
    # Conventions first within a year, so that they line up on the bottom row.
    events = sorted(
        (e for e in dataset.events if e.org_id == RENGO),
        key=lambda e: (e.date.year, e.kind is not EventKind.CONVENTION, e.date.sort_key, e.id),
    )
    if not events:
        raise ValueError("no events of RENGO in the data")
    kinds = [k for k in EventKind if any(e.kind is k for e in events)]
    palette = plt.get_cmap("tab20")
    # tab20 without its two reds, which are kept for the conventions.
    colours = [palette(i) for i in range(20) if i not in {6, 7}]
    others = [k for k in kinds if k is not EventKind.CONVENTION]
    colour: dict[EventKind, Any] = {k: colours[i % len(colours)] for i, k in enumerate(others)}
    colour[EventKind.CONVENTION] = CONVENTION_COLOUR

    fig = _new_figure(11.0, 4.2)
    ax = fig.add_axes((0.05, 0.25, 0.93, 0.65))
    per_year: Counter[int] = Counter()
    for event in events:
        year = event.date.year
        per_year[year] += 1
        level = per_year[year]
        if event.kind is EventKind.CONVENTION:
            ax.scatter([year], [level], marker="D", s=60, color=colour[event.kind], zorder=3)
            if event.number is not None:
                ax.annotate(
                    str(event.number),
                    (year, level),
                    xytext=(0, 6),
                    textcoords="offset points",
                    ha="center",
                    fontsize=6.5,
                    color=CONVENTION_COLOUR,
                )
        else:
            ax.scatter([year], [level], marker="o", s=40, color=colour[event.kind], zorder=3)
    first, last = min(per_year), max(per_year)
    ax.set_xlim(first - 1, last + 1)
    ax.set_ylim(0.3, max(per_year.values()) + 0.9)
    ax.set_xticks(list(range(first, last + 1)))
    ax.tick_params(axis="x", labelrotation=90, labelsize=7.5)
    ax.set_yticks(list(range(1, max(per_year.values()) + 1)))
    ax.tick_params(axis="y", labelsize=7.5)
    ax.set_ylabel("events in the year", fontsize=8.5)
    ax.grid(axis="x", color="#eeeeee", linewidth=0.6)
    ax.set_axisbelow(True)
    for spine in ("top", "right"):
        ax.spines[spine].set_visible(False)
    handles = [
        Line2D(
            [],
            [],
            marker="D" if k is EventKind.CONVENTION else "o",
            linestyle="",
            color=colour[k],
            label=k.value.replace("_", " ") + (" (numbered)" if k is EventKind.CONVENTION else ""),
        )
        for k in kinds
    ]
    fig.legend(
        handles=handles,
        loc="lower center",
        ncol=6,
        fontsize=7.5,
        frameon=False,
        bbox_to_anchor=(0.5, 0.0),
    )
    fig.suptitle(
        f"{_label(orgs[RENGO])} history {first}–{last}: {len(events)} events by year",
        fontsize=11,
        y=0.97,
    )
    _save(fig, path)


#: File name -> drawing function. The documentation embeds each file.
FIGURES: Final[dict[str, Callable[[Dataset, Path], None]]] = {
    "rengo-affiliates.png": rengo_affiliates,
    "zenroren-affiliates.png": zenroren_affiliates,
    "lineage.png": lineage,
    "rengo-timeline.png": rengo_timeline,
}


# --------------------------------------------------------------------------- coverage


def _cell(text: object) -> str:
    """Text made safe for a Markdown table cell or list item."""
    escaped = str(text).replace("\\", "\\\\")
    for char in "|*_[]`":
        escaped = escaped.replace(char, "\\" + char)
    return escaped.replace("<", "&lt;").replace(">", "&gt;").replace("\n", " ")


def _table(header: Sequence[str], rows: Iterable[Sequence[object]], align: str = "") -> list[str]:
    """A Markdown table; *align* gives 'l' or 'r' per column (default left).

    Cells are written as given: pass text through :func:`_cell` where needed.
    """
    marks = [("---:" if a == "r" else "---") for a in align.ljust(len(header), "l")]
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(marks) + " |"]
    lines.extend("| " + " | ".join(str(c) for c in row) + " |" for row in rows)
    return [*lines, ""]


def _cited_sources(record: Any) -> set[str]:
    """The sources a record rests on: its citations, an erratum's source, or a source itself."""
    if hasattr(record, "citations"):
        return {c.source_id for c in record.citations}
    if hasattr(record, "source_id"):
        return {record.source_id}
    return {record.id}


def coverage_markdown(dataset: Dataset = DATASET) -> str:
    """The text of docs/coverage.md: what each table holds, per source."""
    tables = list(describe(Dataset).items())
    sources = sorted(dataset.sources, key=lambda s: s.id)
    orgs = _orgs(dataset)
    out: list[str] = [
        "<!-- Generated by tools/make_figures.py from jplabour.data.DATASET: do not edit. -->",
        "",
        "# Coverage",
        "",
        (
            f"What the dataset holds (data version {DATA_VERSION}), counted from the records "
            "themselves by `tools/make_figures.py`. A test regenerates this page and fails "
            "when it differs from the data."
        ),
        "",
        "## Tables",
        "",
    ]
    out += _table(
        ["table", "what it holds", "rows"],
        [(f"`{name}`", _cell(text), len(dataset.table(name))) for name, text in tables],
        "llr",
    )

    out += [
        "## Records per source",
        "",
        (
            "How many records of each table rest on each source: cite it (organisations, "
            "links, counts, people, offices, events) or concern it (errata). A record that "
            "cites several sources counts once under each."
        ),
        "",
    ]
    data_tables = [name for name, _ in tables if name != "sources"]
    counts: dict[str, Counter[str]] = {}
    for name in data_tables:
        counter: Counter[str] = Counter()
        for record in dataset.table(name):
            counter.update(_cited_sources(record))
        counts[name] = counter
    out += _table(
        ["table", *(f"`{s.id}`" for s in sources)],
        [(name, *(counts[name][s.id] for s in sources)) for name in data_tables],
        "l" + "r" * len(sources),
    )
    multi = {
        name: sum(1 for r in dataset.table(name) if len(_cited_sources(r)) > 1)
        for name in data_tables
    }
    out += [
        "Records citing more than one source: "
        + ", ".join(f"{name} {n}" for name, n in multi.items() if n)
        + ".",
        "",
        "### The sources",
        "",
    ]
    for source in sources:
        dated = f", dated {source.published}" if source.published else ", undated"
        out.append(
            f"- `{source.id}` ({source.file}{dated}): {_cell(source.title)}. {_cell(source.covers)}"
        )
    out += ["", "## Organisations by kind", ""]
    kinds = Counter(o.kind.value for o in dataset.organizations)
    out += _table(
        ["kind", "organisations"],
        [
            (k.replace("_", " "), n)
            for k, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))
        ],
        "lr",
    )

    out += ["## Affiliations by parent and status", ""]
    links = Counter(
        (a.parent_id, a.status.value, str(a.as_of) if a.as_of else "") for a in dataset.affiliations
    )
    out += _table(
        ["parent", "status", "as of", "links"],
        [
            (_cell(_label(orgs[p])), s, d, n)
            for (p, s, d), n in sorted(links.items(), key=lambda kv: (-kv[1], kv[0]))
        ],
        "lllr",
    )

    out += ["## Memberships by what they count", ""]
    members = Counter(
        (m.counted.value, m.unit.value, str(m.as_of) if m.as_of else "", m.approximate)
        for m in dataset.memberships
    )
    out += _table(
        ["counted", "unit", "as of", "approximate", "counts"],
        [
            (c, u, d, "yes" if approx else "no", n)
            for (c, u, d, approx), n in sorted(members.items())
        ],
        "llllr",
    )

    out += ["## Successions", ""]
    out += _table(
        ["predecessor", "successor", "kind", "date"],
        [
            (
                _cell(_label(orgs[s.predecessor_id])),
                _cell(_label(orgs[s.successor_id])),
                s.kind.value,
                str(s.date) if s.date else "",
            )
            for s in sorted(
                dataset.successions,
                key=lambda s: (s.date is None, s.date.sort_key if s.date else (0, 0, 0), s.id),
            )
        ],
    )

    out += ["## Offices by organisation", ""]
    offices = Counter((p.org_id, p.role.value) for p in dataset.positions)
    out += _table(
        ["organisation", "role", "positions"],
        [
            (_cell(_label(orgs[o])), r.replace("_", " "), n)
            for (o, r), n in sorted(offices.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1]))
        ],
        "llr",
    )
    out += [f"People: {len(dataset.people)}.", ""]

    out += ["## Events by organisation", ""]
    by_org: dict[str, list[Any]] = defaultdict(list)
    for event in dataset.events:
        by_org[event.org_id].append(event)
    rows = []
    for org_id, events in sorted(by_org.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        years = sorted(e.date.year for e in events)
        span = str(years[0]) if years[0] == years[-1] else f"{years[0]}–{years[-1]}"
        kinds_of = Counter(e.kind.value.replace("_", " ") for e in events)
        rows.append(
            (
                _cell(_label(orgs[org_id])),
                len(events),
                span,
                ", ".join(
                    f"{k} {n}" for k, n in sorted(kinds_of.items(), key=lambda kv: (-kv[1], kv[0]))
                ),
            )
        )
    out += _table(["organisation", "events", "years", "kinds"], rows, "lrll")

    out += [
        "## Errata",
        "",
        (
            "Problems found in the sources. Where an erratum names a check, that check's "
            "findings on the affected records are reported as warnings, not errors "
            "(see [Checks](checks.md))."
        ),
        "",
    ]
    for source_id, group in itertools.groupby(
        sorted(dataset.errata, key=lambda e: (e.source_id, e.id)), key=lambda e: e.source_id
    ):
        errata = list(group)
        out += [f"### `{source_id}` ({len(errata)})", ""]
        for erratum in errata:
            check = f" Check: `{erratum.check}`." if erratum.check else ""
            out.append(
                f"- **{erratum.id}**: {_cell(erratum.problem)} "
                f"*Resolution:* {_cell(erratum.resolution)}{check}"
            )
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


# --------------------------------------------------------------------------- main


#: Names the matplotlib release that drew the committed PNGs: another release may
#: rasterise text differently, so byte comparisons only hold for the same one.
RENDERER_STAMP: Final = "rendered-with.txt"


def write_all(out: Path, dataset: Dataset = DATASET) -> list[Path]:
    """Write every figure to ``out/figures`` and the coverage page to ``out/coverage.md``."""
    written: list[Path] = []
    with mpl.rc_context():
        mpl.rcdefaults()
        for name, draw in FIGURES.items():
            path = out / "figures" / name
            draw(dataset, path)
            written.append(path)
        stamp = out / "figures" / RENDERER_STAMP
        stamp.write_text(f"matplotlib {mpl.__version__}\n", encoding="utf-8")
        written.append(stamp)
    coverage = out / "coverage.md"
    coverage.write_text(coverage_markdown(dataset), encoding="utf-8")
    written.append(coverage)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """Generate the figures and the coverage page."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--out", type=Path, default=ROOT / "docs", help="the docs folder to write into"
    )
    args = parser.parse_args(argv)
    for path in write_all(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
