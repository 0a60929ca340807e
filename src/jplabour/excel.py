"""Excel workbooks (``.xlsx``, ``.xlsm``) as the validator reads them: a sheet's rows of cell texts.

openpyxl is optional (``pip install "jplabour[excel]"``) and imported only
when a workbook is read. The sheet is streamed in openpyxl's read-only mode,
so memory does not grow with its rows, and the workbook is opened for
reading only. Its rows keep their sheet row numbers as line numbers.

Cells are typed as Excel stores them (:func:`cell_text`): numbers are
numbers (``1767000`` and ``1767000.0`` alike are digits), formulas are read
as their last computed value, and date cells are dates, as precise as their
number format shows them: a cell displayed as ``2019年10月`` or ``Oct-19``
(``yyyy"年"m"月"``, ``mmm-yy``) is the month ``2019-10``, one displayed
with its day is the day.

A formula whose value was never saved (a workbook written by a program,
openpyxl among them, and not opened and saved in Excel since) reads as an
empty cell, as openpyxl gives it: :attr:`Sheet.formulas` names each such
cell. Only cells that exist in the sheet yet hold no value are looked up
again, in a second read of the sheet that starts at the first of them, and
only when a worksheet holds a formula at all (:func:`has_formulas`, a scan
of the XML's bytes): a sheet of formatted empty cells and no formula is
read once.

Legacy ``.xls`` workbooks, binary ``.xlsb`` ones and OpenDocument ``.ods``
spreadsheets are refused with what to do instead (:func:`refusal`), as are
workbooks past the size caps, which bound the zip bombs an ``.xlsx`` (a zip
archive of XML) can hide.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Final

from jplabour.errors import UnusableInputError
from jplabour.frames import cell_text as value_text

__all__ = [
    "EXTENSIONS",
    "INSTALL",
    "MAX_ROWS",
    "PART_LIMIT",
    "TOTAL_LIMIT",
    "Sheet",
    "UnsavedFormula",
    "cell_text",
    "date_precision",
    "has_formulas",
    "is_workbook",
    "refusal",
]

#: The extensions of the workbooks read.
EXTENSIONS: Final = (".xlsx", ".xlsm")
#: The most rows a worksheet has in Excel; a sheet claiming more is malformed.
MAX_ROWS: Final = 1 << 20
#: The most bytes one part of the workbook (a sheet, the shared strings) may expand to.
PART_LIMIT: Final = 1 << 30
#: The most bytes all parts together may expand to.
TOTAL_LIMIT: Final = 2 * PART_LIMIT
#: A formula cell without a saved value: (its column's position from 0, its letter, the formula).
UnsavedFormula = tuple[int, str, str]
#: The command that installs what reading workbooks needs.
INSTALL: Final = 'pip install "jplabour[excel]"'

_ZIP: Final = b"PK\x03\x04"
_OLE2: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_SAVE_AS: Final = "save it as .xlsx (Excel Workbook) or as CSV UTF-8"
_REFUSALS: Final = {
    ".xls": f"a legacy Excel .xls workbook is not read: open it in Excel or LibreOffice and {_SAVE_AS}",
    ".xlsb": f"a binary Excel .xlsb workbook is not read: open it in Excel and {_SAVE_AS}",
    ".ods": f"an OpenDocument .ods spreadsheet is not read: open it in LibreOffice and {_SAVE_AS}",
    ".numbers": f"a Numbers spreadsheet is not read: export it from Numbers and {_SAVE_AS}",
}


def _head(path: Path, size: int = 8) -> bytes:
    try:
        with path.open("rb") as file:
            return file.read(size)
    except OSError:
        return b""


def refusal(path: Path) -> str | None:
    """Why *path* is a spreadsheet that is not read (``.xls``, ``.xlsb``, ``.ods``), or None."""
    suffix = path.suffix.lower()
    if suffix in _REFUSALS:
        return _REFUSALS[suffix]
    head = _head(path)
    if head.startswith(_OLE2):
        return _REFUSALS[".xls"]
    if head.startswith(_ZIP) and suffix not in EXTENSIONS:
        try:
            with zipfile.ZipFile(path) as archive:
                names = set(archive.namelist())
                if "mimetype" in names and b"opendocument" in archive.read("mimetype")[:100]:
                    return _REFUSALS[".ods"]
        except (OSError, zipfile.BadZipFile):
            return None
    return None


def is_workbook(path: Path) -> bool:
    """True when *path* is an ``.xlsx`` workbook: by its extension, or a zip holding ``xl/``."""
    if path.suffix.lower() in EXTENSIONS:
        return True
    if not _head(path).startswith(_ZIP):
        return False
    try:
        with zipfile.ZipFile(path) as archive:
            return "xl/workbook.xml" in archive.namelist()
    except (OSError, zipfile.BadZipFile):
        return False


_QUOTED: Final = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')
#: Time codes, whose ``m`` is minutes: ``h:mm``, ``mm:ss``, ``am/pm``.
_TIME: Final = re.compile(r"h+(?:[:.]m+)?(?:[:.]s+)?|m+[:.]s+|s+|am/pm|a/p")


def date_precision(number_format: str) -> str:
    """``day``, ``month`` or ``year``: how much of a date cell its number format shows.

    Quoted text, ``[...]`` sections (locales, colours) and escaped characters
    are not codes: ``yyyy"年"m"月"`` shows a month, ``[$-ja-JP]ggge"年"m"月"d"日"``
    a day. A format without a date code (``General``) shows the day.
    """
    codes = _QUOTED.sub("", number_format.split(";", 1)[0]).lower().replace("general", "")
    codes = _TIME.sub("", codes)
    if "d" in codes or not re.search(r"[yem]", codes):
        return "day"
    return "month" if "m" in codes else "year"


def cell_text(value: Any, number_format: str = "General") -> str:
    """The text of a cell's value: a date as precise as its *number_format* shows it."""
    if isinstance(value, dt.datetime | dt.date) and not isinstance(value, dt.time):
        day = value.date() if isinstance(value, dt.datetime) else value
        if isinstance(value, dt.datetime) and value.time() != dt.time(0):
            return value_text(value)
        precision = date_precision(number_format)
        if precision == "month":
            return f"{day.year:04d}-{day.month:02d}"
        if precision == "year":
            return f"{day.year:04d}"
        return day.isoformat()
    if isinstance(value, dt.time | dt.timedelta):
        return str(value)
    return value_text(value)


class Sheet:
    """One worksheet of a workbook, opened for reading: its name and its rows.

    Use as a context manager, or call :meth:`close`.
    """

    def __init__(self, path: Path, sheet: str | None = None) -> None:
        self.path = path
        #: Sheet row number -> its formula cells without a saved value, for the rows read so far.
        self.formulas: dict[int, list[UnsavedFormula]] = {}
        self._formula_rows: Iterator[tuple[Any, ...]] | None = None
        self._formula_line = 0
        self._formula_book: Any = None
        #: Whether the workbook's sheets hold a formula at all (None: not looked yet).
        self._any_formula: bool | None = None
        name = str(path)
        try:
            import openpyxl
        except ImportError:
            raise UnusableInputError(
                f"reading an Excel workbook needs openpyxl: {INSTALL}", path=name
            ) from None
        _check_sizes(path)
        try:
            self.workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as error:  # noqa: BLE001 -- openpyxl raises many kinds on a broken archive
            raise UnusableInputError(f"not a readable .xlsx workbook: {error}", path=name) from None
        names = self.workbook.sheetnames
        if sheet is None:
            if not self.workbook.worksheets:
                self.close()
                raise UnusableInputError("the workbook has no worksheet", path=name)
            # The first sheet Excel shows: a hidden first sheet is usually a lookup list.
            visible = [ws for ws in self.workbook.worksheets if ws.sheet_state == "visible"]
            self.worksheet = (visible or self.workbook.worksheets)[0]
        elif sheet in names and sheet in [ws.title for ws in self.workbook.worksheets]:
            self.worksheet = self.workbook[sheet]
        else:
            self.close()
            listed = ", ".join(repr(title) for title in names)
            raise UnusableInputError(
                f"no worksheet {sheet!r}; the workbook has {listed}", path=name
            )
        self.name = self.worksheet.title
        # A sheet's stated dimensions may be wrong (or absurd): read the rows it has.
        self.worksheet.reset_dimensions()

    def __enter__(self) -> Sheet:  # noqa: PYI034 -- typing.Self needs Python 3.11
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the workbook's file."""
        self.workbook.close()
        if self._formula_book is not None:
            self._formula_book.close()

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(sheet row number, cell texts) of every row, empty ones included, trailing empty cells cut.

        A row's formulas without a saved value are in :attr:`formulas` when it is given.
        """
        from openpyxl.cell.read_only import EmptyCell

        formats: dict[int, str] = {}
        line = 0
        try:
            for row in self.worksheet.iter_rows():
                line += 1
                self._check_line(line)
                texts = [_text(cell, formats) for cell in row]
                # A cell that is in the sheet but has no value may be a formula never computed.
                valueless = [
                    index
                    for index, cell in enumerate(row)
                    if cell.value is None and not isinstance(cell, EmptyCell)
                ]
                if valueless:
                    self._look_for_formulas(line, valueless)
                while texts and not texts[-1]:
                    texts.pop()
                yield line, texts
        except UnusableInputError:
            raise
        except Exception as error:  # noqa: BLE001 -- openpyxl raises many kinds on broken XML
            raise UnusableInputError(
                f"unreadable worksheet {self.name!r}: {error}", path=str(self.path), line=line + 1
            ) from None

    def _look_for_formulas(self, line: int, columns: list[int]) -> None:
        """Note the formulas among the cells at *columns* of row *line* (a second, formula read).

        The second read gives formulas instead of values: a cell without a
        value in the first that has one in the second is a formula. It reads
        values only (no cell objects), and starts at the first such row.
        """
        if self._any_formula is None:
            self._any_formula = has_formulas(self.path)
        if not self._any_formula:
            return
        if self._formula_rows is None:
            import openpyxl

            self._formula_book = openpyxl.load_workbook(self.path, read_only=True, data_only=False)
            worksheet = self._formula_book[self.name]
            worksheet.reset_dimensions()
            self._formula_rows = worksheet.iter_rows(min_row=line, values_only=True)
            self._formula_line = line - 1
        row: tuple[Any, ...] = ()
        while self._formula_line < line:
            row = next(self._formula_rows, ())
            self._formula_line += 1
        from openpyxl.utils import get_column_letter

        found = [
            (index, get_column_letter(index + 1), _formula_text(row[index]))
            for index in columns
            if index < len(row) and row[index] is not None
        ]
        if found:
            self.formulas[line] = found

    def _check_line(self, line: int) -> None:
        if line > MAX_ROWS:
            raise UnusableInputError(
                f"more than {MAX_ROWS:,} rows, more than a worksheet has", path=str(self.path)
            )


#: The start of a cell formula's element in a worksheet's XML (``<f>``, ``<f t="shared" .../>``).
_FORMULA_TAG: Final = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>/]")


def has_formulas(path: Path) -> bool:
    """Whether a worksheet of the workbook at *path* holds a formula: its XML has an ``f`` element.

    A plain scan of the parts' bytes, without parsing them, so that a sheet
    of formatted empty cells and no formula is read only once.
    """
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
                continue
            with archive.open(name) as part:
                tail = b""
                while block := part.read(1 << 20):
                    if _FORMULA_TAG.search(tail + block):
                        return True
                    tail = block[-64:]
    return False


def _formula_text(value: Any) -> str:
    """A formula as written in its cell (an array formula's text)."""
    text = getattr(value, "text", value)
    return str(text) if str(text).startswith("=") else f"={text}"


def _text(cell: Any, formats: dict[int, str]) -> str:
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, dt.date):
        style = getattr(cell, "_style_id", 0)
        number_format = formats.get(style)
        if number_format is None:
            number_format = formats[style] = cell.number_format
        return cell_text(value, number_format)
    return cell_text(value)


def _check_sizes(path: Path) -> None:
    """Refuse a workbook whose parts expand past :data:`PART_LIMIT` or :data:`TOTAL_LIMIT`."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (OSError, zipfile.BadZipFile) as error:
        raise UnusableInputError(
            f"not a readable .xlsx workbook: {error}", path=str(path)
        ) from None
    largest = max((info.file_size for info in infos), default=0)
    total = sum(info.file_size for info in infos)
    if largest > PART_LIMIT or total > TOTAL_LIMIT:
        raise UnusableInputError(
            f"the workbook expands to {total:,} bytes, more than the {TOTAL_LIMIT:,} read "
            f"(or one part over {PART_LIMIT:,}); save the sheet as CSV UTF-8",
            path=str(path),
        )
