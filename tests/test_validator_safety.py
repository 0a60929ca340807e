"""``jplabour validate`` never loses a row, never guesses silently, and stays bounded (issue 10).

Each test is a defect of the issue, hit as a user hits it: through the command
line or :func:`jplabour.validate`.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from jplabour import cli, formulas
from jplabour.validator import LINE_LIMIT, MAX_ERRORS_CEILING, validate
from jplabour.validator import rules as validator

HEADER = "org_id,value,as_of\n"
ROW = "rengo,7000000,2019-10\n"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of ``jplabour validate ARGV``."""
    code = cli.main(["validate", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str, *parts: str) -> None:
    """*err* is one line without a traceback, and says each of *parts*."""
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    for part in parts:
        assert part in err, err


# --- honest decoding ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "says"),
    [
        ("utf-16", "does not start with BOM"),
        ("undefined", "undefined encoding"),
        ("punycode", "cannot be read as punycode"),
        ("no-such-codec", "unknown encoding"),
        ("hex", "not a text encoding"),
    ],
)
def test_every_encoding_failure_is_exit_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str, says: str
) -> None:
    """`--encoding utf-16` without a BOM, or `--encoding undefined`, gave a traceback and exit 1."""
    path = tmp_path / "m.csv"
    path.write_text(HEADER + ROW, encoding="utf-8")
    code, out, err = run(capsys, str(path), "--table", "memberships", "--encoding", encoding)
    assert code == 2
    assert out == ""
    one_line(err, str(path), says)


@pytest.mark.parametrize("encoding", [None, "utf-8", "cp932", "latin-1"])
def test_a_nul_byte_is_an_error_whatever_the_encoding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str | None
) -> None:
    """NUL bytes passed with `--encoding utf-8`; now an error naming the line."""
    path = tmp_path / "m.csv"
    path.write_bytes((HEADER + ROW + "rengo,1\x00,2019-11\n").encode("utf-8"))
    extra = [] if encoding is None else ["--encoding", encoding]
    code, _, err = run(capsys, str(path), "--table", "memberships", *extra)
    assert code == 2
    one_line(err, f"{path}:3:" if encoding else str(path), "NUL")


def test_a_nul_after_the_first_chunk_names_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A NUL far into the file (after the part read for detection) is still found, at its line."""
    path = tmp_path / "m.csv"
    rows = 60_000
    path.write_bytes((HEADER + ROW * rows + "x\x00\n").encode())
    code, _, err = run(capsys, str(path), "--table", "memberships")
    assert code == 2
    one_line(err, f"{path}:{rows + 2}: a NUL character")


@pytest.mark.parametrize("normalize", [False, True])
@pytest.mark.parametrize(
    ("encoding", "cell", "found"),
    [
        ("utf-7", b"+2IA-", "U+D880"),  # half a pair: refused
        ("utf-7", b"+2D3fAQ-", None),  # a whole pair (U+1F701) is text
        ("unicode_escape", b"\\udc80", "U+DC80"),
    ],
)
def test_half_a_surrogate_pair_is_an_error_naming_the_line(  # noqa: PLR0913, PLR0917 -- the case
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    encoding: str,
    cell: bytes,
    found: str | None,
    normalize: bool,
) -> None:
    """A codec that decodes to half a surrogate pair made --normalize fail with a traceback.

    It is no text (no UTF encoding can write it): an error naming its line,
    exit 2, and no copy; a whole pair decoded from UTF-7 is read as usual.
    """
    path = tmp_path / "m.csv"
    path.write_bytes(HEADER.encode() + b"rengo,1," + cell + b"\n")
    out = tmp_path / "out.csv"
    extra = ["--normalize", str(out)] if normalize else []
    code, _, err = run(capsys, str(path), "--table", "memberships", "--encoding", encoding, *extra)
    if found is None:
        assert code == 1  # an invalid date: the file was read
        assert out.exists() is normalize
        return
    assert code == 2
    one_line(err, f"{path}:2:", f"half a surrogate pair ({found})")
    assert not out.exists()


@pytest.mark.parametrize("suffix", [".jsonl", ".json"])
def test_half_a_surrogate_pair_escaped_in_json_is_bad_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    """An escaped half of a surrogate pair is no text: bad JSON (--normalize made a traceback).

    A whole pair (an emoji) is read as usual.
    """
    rows = [
        '{"org_id": "rengo", "value": 1, "as_of": "2019", "covers": "\\ud83d\\ude00"}',
        '{"org_id": "rengo", "value": 2, "as_of": "2020", "covers": "\\udc80x"}',
    ]
    text = "\n".join(rows) + "\n" if suffix == ".jsonl" else "[\n" + ",\n".join(rows) + "\n]\n"
    path = tmp_path / f"m{suffix}"
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "out.csv"
    code, printed, _ = run(capsys, str(path), "--table", "memberships", "--normalize", str(out))
    assert code == 1
    assert (f"{path}:3:" if suffix == ".json" else f"{path}:2:") in printed
    assert "half a surrogate pair (\\udc80) is not text (bad-json)" in printed
    assert not out.exists()


@pytest.mark.parametrize("first", ["sjis", "utf-8"])
def test_mixed_utf8_and_shift_jis_lines_are_an_error_naming_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], first: str
) -> None:
    """Mixed UTF-8 and Shift_JIS lines were read as mojibake and written into the cleaned copy."""
    sjis = "全労連,1530000,2019-10\n".encode("cp932")
    utf8 = "全労連,1530000,2019-11\n".encode()
    lines = [sjis, utf8] if first == "sjis" else [utf8, sjis]
    path = tmp_path / "m.csv"
    path.write_bytes(HEADER.encode() + lines[0] * 3 + lines[1])
    out = tmp_path / "clean.csv"
    code, _, err = run(capsys, str(path), "--table", "memberships", "--normalize", str(out))
    assert code == 2
    # Both are in the part read for detection: the first UTF-8 line is named.
    one_line(err, f"{path}:{5 if first == 'sjis' else 2}:", "mixed encodings")
    assert not out.exists()


def test_mixed_encodings_far_into_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A UTF-8 line after megabytes of Shift_JIS is found at its line, not read as mojibake."""
    sjis = "全労連,1530000,2019-10\n".encode("cp932")
    count = 80_000
    path = tmp_path / "m.csv"
    path.write_bytes(HEADER.encode() + sjis * count + "連合,1,2019\n".encode())
    code, _, err = run(capsys, str(path), "--table", "memberships")
    assert code == 2
    one_line(err, f"{path}:{count + 2}:", "mixed encodings")


def test_genuine_shift_jis_still_reads(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The check for UTF-8 lines does not refuse a file that is Shift_JIS throughout."""
    path = tmp_path / "m.csv"
    path.write_bytes((HEADER + "全労連,1530000,2019-10\nｾﾞﾝﾛｳﾚﾝ,1,2019-11\n").encode("cp932"))
    code, out, _ = run(capsys, str(path), "--table", "memberships")
    assert "2 rows" in out
    assert code in (0, 1)


# --- strict JSON ---------------------------------------------------------------------------


BIG = "9" * 100_000
JSON_CASES = [
    ('{"org_id":"rengo","value":1,"as_of":"2019-10","value":2}', "the key 'value' appears twice"),
    ('{"org_id":"rengo","value":NaN,"as_of":"2019-10"}', "NaN is not a JSON value"),
    ('{"org_id":"rengo","value":-Infinity,"as_of":"2019-10"}', "-Infinity is not a JSON value"),
    (
        '{"org_id":"rengo","value":1e999,"as_of":"2019-10"}',
        "the number 1e999 is beyond the range of a double",
    ),
    ('{"org_id":"rengo","value":' + BIG + ',"as_of":"2019-10"}', "an integer of 100,000 digits"),
    ('{"org_id":"rengo","value":1,"as_of":"2019-10","x":[{"a":1,"a":2}]}', "the key 'a'"),
]


@pytest.mark.parametrize(("bad", "says"), JSON_CASES)
@pytest.mark.parametrize("form", ["jsonl", "json"])
def test_json_flaws_are_errors_at_their_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bad: str, says: str, form: str
) -> None:
    """Repeated keys were read as the last, NaN accepted, a huge integer broke the whole array."""
    good = '{"org_id":"rengo","value":7000000,"as_of":"2018-10"}'
    if form == "jsonl":
        text, line = f"{good}\n{bad}\n{good.replace('2018', '2017')}\n", 2
    else:
        text, line = f"[\n{good},\n{bad},\n{good.replace('2018', '2017')}\n]\n", 3
    path = tmp_path / f"m.{form}"
    path.write_text(text, encoding="utf-8")
    report = validate(path, "memberships")
    assert report.rows == 3
    assert [(issue.line, issue.code) for issue in report.errors] == [(line, "bad-json")]
    assert says in report.errors[0].message
    code, out, _ = run(capsys, str(path), "--table", "memberships")
    assert code == 1
    assert f"{path}:{line}: not JSON: {says}" in out


# --- no silent loss: the copy holds every row, or is not written ---------------------------


def copy_rows(path: Path) -> list[list[str]]:
    """The data rows of a cleaned CSV copy (its header left out)."""
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))[1:]


def test_an_unclosed_quote_in_a_long_file_writes_no_copy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """After an unclosed quote, 35,137 rows were missing from the copy and the report said 1 error."""
    rows = 60_000
    path = tmp_path / "m.csv"
    path.write_text(HEADER + ROW + 'rengo,"7000000,2019-10\n' + ROW * rows, encoding="utf-8")
    out = tmp_path / "clean.csv"
    code, stdout, _ = run(capsys, str(path), "--table", "memberships", "--normalize", str(out))
    assert code == 1
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [path]
    assert f"{path}:3: unreadable row over lines 3-" in stdout
    assert "a quote that is never closed" in stdout
    assert f"{path}:3: --normalize wrote no copy: 1 row cannot be carried" in stdout


def test_an_unclosed_quote_at_the_end_is_reported_and_copied_whole(tmp_path: Path) -> None:
    """A quote left open to the end makes one row of the last lines: a warning names them."""
    path = tmp_path / "m.csv"
    path.write_text(HEADER + ROW + 'rengo,"7000000,2019-10\n' + ROW * 3, encoding="utf-8")
    out = tmp_path / "clean.csv"
    report = validate(path, "memberships", normalize=out)
    assert [(w.line, w.code) for w in report.warnings] == [(3, "multi-line-row")]
    assert "one row over lines 3-6" in report.warnings[0].message
    assert len(copy_rows(out)) == report.rows == 2
    assert copy_rows(out)[1][1] == "7000000,2019-10\n" + ROW * 3


def test_an_over_long_line_writes_no_copy(tmp_path: Path) -> None:
    """Lines over the length limit were left out of the copy."""
    path = tmp_path / "m.csv"
    path.write_text(HEADER + ROW + "x" * (LINE_LIMIT + 5) + "\n" + ROW, encoding="utf-8")
    out = tmp_path / "clean.csv"
    report = validate(path, "memberships", normalize=out)
    assert report.rows == 3
    kinds = [(e.line, e.code) for e in report.errors if e.code in ("too-long", "not-copied")]
    assert kinds == [(3, "too-long"), (3, "not-copied")]
    assert not out.exists()


def test_an_over_long_header_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An over-long header line made line 2 the header."""
    path = tmp_path / "m.csv"
    path.write_text("org_id," + "x" * (LINE_LIMIT + 5) + "\n" + HEADER + ROW, encoding="utf-8")
    code, out, err = run(capsys, str(path), "--table", "memberships")
    assert code == 2
    assert out == ""
    one_line(err, f"{path}:1: the header line is longer than")


@pytest.mark.parametrize("end", ["", "\n"])
def test_an_over_long_only_line_is_not_called_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], end: str
) -> None:
    """A file of one over-long line was reported as "the file is empty"."""
    path = tmp_path / "m.csv"
    path.write_text("x" * (LINE_LIMIT + 5) + end, encoding="utf-8")
    code, out, err = run(capsys, str(path), "--table", "memberships")
    assert code == 2
    assert out == ""
    one_line(err, f"{path}:1: the header line is longer than")


@pytest.mark.parametrize("form", ["jsonl", "json"])
def test_a_json_row_that_is_no_object_writes_no_copy(tmp_path: Path, form: str) -> None:
    """A row the copy cannot hold as read (not JSON, not an object) means no copy at all."""
    good = '{"org_id":"rengo","value":7000000,"as_of":"2019-10"}'
    rows = [good, "[1, 2]", good.replace("2019", "2018")]
    text = "\n".join(rows) + "\n" if form == "jsonl" else "[" + ",\n".join(rows) + "]\n"
    path = tmp_path / f"m.{form}"
    path.write_text(text, encoding="utf-8")
    out = tmp_path / f"clean.{form}"
    report = validate(path, "memberships", normalize=out)
    assert report.rows == 3
    assert [(e.line, e.code) for e in report.errors] == [
        (2, "not-an-object"),
        (2, "not-copied"),
    ]
    assert not out.exists()


def test_the_report_and_the_copy_agree_on_the_rows(tmp_path: Path) -> None:
    """Blank lines are no rows; ragged rows and multi-line cells are rows, and copied."""
    path = tmp_path / "m.csv"
    path.write_text(
        HEADER + ROW + "\n" + "rengo,1\n" + 'rengo,"2",2019,extra\n' + 'rengo,3,"2019\n-10"\n',
        encoding="utf-8",
    )
    out = tmp_path / "clean.csv"
    report = validate(path, "memberships", normalize=out)
    assert report.rows == len(copy_rows(out)) == 4


# --- spreadsheet safety ----------------------------------------------------------------------

FORMULAS = ['=HYPERLINK("http://example.invalid","x")', "@SUM(A1)", "+1", "-2", "\tx", "'=x", "'"]


@pytest.mark.parametrize("form", ["csv", "tsv"])
def test_formula_like_cells_are_neutralised_reversibly(tmp_path: Path, form: str) -> None:
    """`=HYPERLINK(...)` or `@SUM(A1)` went unchanged into a copy meant for Excel."""
    separator = "," if form == "csv" else "\t"
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=separator, lineterminator="\n")
    writer.writerow(["org_id", "value", "as_of", "=notes"])
    for index, text in enumerate(FORMULAS):
        writer.writerow([text, "1", f"{2000 + index}", text])
    path = tmp_path / f"m.{form}"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    out = tmp_path / f"clean.{form}"
    validate(path, "memberships", normalize=out)
    with out.open(encoding="utf-8-sig", newline="") as stream:
        header, *rows = csv.reader(stream, delimiter=separator)
    assert header[3] == "'=notes"
    for row, text in zip(rows, FORMULAS, strict=True):
        for cell in (row[0], row[3]):
            assert cell[0] not in "=+-@\t"
            assert formulas.restore(cell) == text
    assert formulas.restore(header[3]) == "=notes"


# --- bounded memory --------------------------------------------------------------------------


def test_keys_past_the_key_limit_are_checked_not_remembered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A million unique ids used 313 MB: keys are remembered up to KEY_LIMIT, and it says so."""
    monkeypatch.setattr(validator, "KEY_LIMIT", 100)
    path = tmp_path / "m.csv"
    lines = [f"id-{index:04d},rengo,{index},2019-10\n" for index in range(300)]
    # A repeat of a remembered key is still found; one of a key past the limit is not.
    lines += ["id-0007,rengo,1,2018-10\n", "id-0250,rengo,1,2017-10\n"]
    path.write_text("id,org_id,value,as_of\n" + "".join(lines), encoding="utf-8")
    report = validate(path, "memberships")
    duplicates = [(e.line, e.column) for e in report.errors if e.code == "duplicate-key"]
    assert (302, "id") in duplicates
    assert (303, "id") not in duplicates
    assert [(w.line, w.code, w.column) for w in report.warnings] == [
        (102, "keys-not-remembered", "id")
    ]


def test_max_errors_has_a_ceiling_and_counts_past_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--max-errors` had no upper bound: `--max-errors 10000000` used 5.75 GB."""
    path = tmp_path / "m.csv"
    path.write_text(HEADER + "nobody,1,2019\n" * 30, encoding="utf-8")
    assert run(capsys, str(path), "--table", "memberships", "--max-errors", "100000")[0] == 1
    for value in (MAX_ERRORS_CEILING + 1, -1):
        with pytest.raises(SystemExit) as exit_code:  # argparse's usage error
            run(capsys, str(path), "--table", "memberships", "--max-errors", str(value))
        assert exit_code.value.code == 2
        assert f"must be from 0 to {MAX_ERRORS_CEILING:,}" in capsys.readouterr().err
    report = validate(path, "memberships", max_errors=3)
    assert len(report.errors) == 3
    assert report.error_count >= 30
    for bad in (-1, MAX_ERRORS_CEILING + 1):
        with pytest.raises(ValueError, match="max_errors must be from 0"):
            validate(path, "memberships", max_errors=bad)
    for wrong in ("10", 1.5, True):
        with pytest.raises(TypeError, match="max_errors must be an int"):
            validate(path, "memberships", max_errors=wrong)  # type: ignore[arg-type]
