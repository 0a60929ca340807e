"""The ``--normalize`` copy: the rows as read, known columns in their plain form.

Written through :class:`~jplabour._files.AtomicBatch`: a complete copy or none.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Final

from jplabour._files import STDIN, AtomicBatch
from jplabour.errors import UnusableInputError
from jplabour.formulas import neutralize
from jplabour.validator.columns import LIST_SEPARATOR, ColumnSpec
from jplabour.validator.reading import Chunk

__all__ = ["Output"]


class Output:
    """The --normalize copy, written through *batch*.

    The batch moves it into place when the run ends, and removes it on an
    error or a signal. A CSV or TSV copy keeps the header and every cell as
    read, the known columns' cells normalised; a JSON copy keeps each
    object's keys, the known ones normalised as JSON values of their kind.
    """

    def __init__(
        self, batch: AtomicBatch, target: Path, source: Path | None, kind: str, force: bool
    ) -> None:
        if (
            source is not None
            and str(source) != STDIN
            and (
                target.resolve() == source.resolve()
                or (target.exists() and target.samefile(source))
            )
        ):
            raise UnusableInputError(
                "--normalize must name a new file, not the input", path=str(target)
            )
        self.kind = kind
        encoding = "utf-8-sig" if kind in ("csv", "tsv") else "utf-8"
        self.file = io.TextIOWrapper(batch.open(target, force=force), encoding=encoding, newline="")
        self.writer = csv.writer(
            self.file, delimiter="\t" if kind == "tsv" else ",", lineterminator="\n"
        )
        self.rows = 0

    def discard(self) -> None:
        """Let go of the copy: the batch removes it."""
        self.file.detach()

    def finish(self) -> None:
        """End the copy; the batch moves it into place."""
        if self.kind == "json":
            self.file.write("\n]\n" if self.rows else "[]\n")
        self.file.flush()
        self.file.detach()

    def header(self, names: Sequence[str]) -> None:
        """Write a table's header row (as the fields name its columns), formula-like names neutralised."""
        self.writer.writerow(_neutralized(names))

    def table_rows(
        self, rows: Sequence[Sequence[str]], changed: Sequence[tuple[int, Sequence[str]]]
    ) -> None:
        """Write rows of a table as read, the cells at each position of *changed* replaced.

        Formula-like cells are neutralised as the CSV export neutralises them
        (:mod:`jplabour.formulas`): a spreadsheet shows them as text, and
        :func:`jplabour.formulas.restore` gives the text back.
        """
        copies = [list(row) for row in rows]
        for position, norms in changed:
            for row, norm in zip(copies, norms, strict=True):
                row[position] = norm
        self.writer.writerows(map(_neutralized, copies))

    def objects(
        self,
        chunk: Chunk,
        specs: Mapping[str, ColumnSpec],
        norms: Mapping[str, Sequence[str]],
    ) -> None:
        """Write a chunk of JSON objects: their keys, known ones normalised."""
        for index, original in enumerate(chunk.objects):
            copy = {
                key: _json_cell(specs[key], norms[key][index], value) if key in specs else value
                for key, value in original.items()
            }
            # What the row says beyond its keys: approximate true for a figure read as 約120万.
            for key, column in norms.items():
                norm = column[index]
                if key not in copy and norm and norm != specs[key].default:
                    copy[key] = _json_cell(specs[key], norm, None)
            self.object(copy)

    def object(self, value: Mapping[str, Any]) -> None:
        """Write one JSON object."""
        text = json.dumps(value, ensure_ascii=False)
        if self.kind == "json":
            text = ("[\n" if not self.rows else ",\n") + text
        else:
            text += "\n"
        self.file.write(text)
        self.rows += 1


def _neutralized(cells: Sequence[str]) -> list[str]:
    """*cells* with the formula-like ones neutralised; empty cells stay empty."""
    return [neutralize(cell) if cell[:1] in _FORMULA_STARTS else cell for cell in cells]


#: The first characters of the texts :func:`jplabour.formulas.neutralize` may mark.
_FORMULA_STARTS: Final = frozenset("=+-@\t\r'")


def _json_cell(spec: ColumnSpec, norm: str, original: Any) -> Any:
    """A normalised cell as the JSON value of its kind; an unreadable one as it was."""
    if not norm:
        return None if original in ("", None) else original
    try:
        if spec.many:
            return norm.split(LIST_SEPARATOR)
        if spec.kind == "int":
            return int(norm)
        if spec.kind == "bool":
            return {"true": True, "false": False}.get(norm, original)
    except ValueError:
        return original
    return norm
