"""Random bytes, encodings and paths against every reader and writer (issue 10).

Each example builds a small workspace in a fresh temporary folder: an input
(random bytes, a random text in a random encoding, or a near-valid table with
junk) behind a random kind of path (a file, a link in or out of the folder, a
dangling link, a FIFO, a private device node, a folder, nothing), and a
target of a random kind. Every command and API function that reads or writes
is run on it. Whatever happens: exit 0, 1 or 2; no traceback; on exit 2 a
one-line error; nothing outside the target changes; and a cleaned copy holds
exactly the rows the report counts.

Special files are private (os.mkfifo, os.mknod under the temporary folder).
An alarm fails a test that blocks, rather than hanging the suite.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jplabour import cli
from jplabour.errors import UnusableInputError
from jplabour.load import load_dataset
from jplabour.validator import validate

SETTINGS = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp932", "euc_jp", "latin-1"]
KINDS = ["file", "link", "outside-link", "dangling", "fifo", "device", "folder", "missing"]
TABLE_TEXT = 'org_id,value,as_of\nrengo,7000000,2019-10\n全労連,"１，５３０，０００",令和元年10月\n'
JSONL_TEXT = '{"org_id":"rengo","value":7000000,"as_of":"2019-10"}\n'

texts = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=200)
contents = st.one_of(
    st.binary(max_size=600),
    st.tuples(texts, st.sampled_from(ENCODINGS)).map(
        lambda pair: pair[0].encode(pair[1], errors="replace")
    ),
    st.tuples(st.sampled_from([TABLE_TEXT, JSONL_TEXT, "[" + JSONL_TEXT + "]"]), texts).map(
        lambda pair: (pair[0] + pair[1] + pair[0]).encode("utf-8", errors="replace")
    ),
    st.sampled_from([TABLE_TEXT, JSONL_TEXT]).map(str.encode),
)
suffixes = st.sampled_from([".csv", ".tsv", ".jsonl", ".json", ""])


@contextlib.contextmanager
def alarm(seconds: int = 60) -> Iterator[None]:
    """Fail, rather than hang, if the block blocks (on a FIFO, say)."""

    def timeout(*_: object) -> None:
        raise AssertionError(f"blocked for {seconds} s")

    previous = signal.signal(signal.SIGALRM, timeout)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def make(path: Path, kind: str, content: bytes, outside: Path) -> None:
    """Put something of *kind* at *path*; *outside* is a folder the commands are not given."""
    if kind == "file":
        path.write_bytes(content)
    elif kind == "link":
        real = path.with_name(path.name + ".real")
        real.write_bytes(content)
        path.symlink_to(real)
    elif kind == "outside-link":
        real = outside / path.name
        real.write_bytes(content)
        path.symlink_to(real)
    elif kind == "dangling":
        path.symlink_to(path.with_name("nowhere"))
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "device":
        try:
            os.mknod(path, 0o600 | stat.S_IFCHR, os.makedev(1, 5))  # private "zero" node
        except OSError:
            path.write_bytes(content)  # not permitted here: an ordinary file instead
    elif kind == "folder":
        path.mkdir()
        (path / "organizations.jsonl").write_bytes(content)


def snapshot(folder: Path) -> dict[str, tuple[int, bytes | str]]:
    """Every entry under *folder* (not following links): kind, and bytes or link target."""
    found: dict[str, tuple[int, bytes | str]] = {}
    for root, folders, files in os.walk(folder):
        for name in folders + files:
            path = Path(root) / name
            mode = path.lstat().st_mode
            if stat.S_ISLNK(mode):
                found[str(path)] = (stat.S_IFMT(mode), str(path.readlink()))
            elif stat.S_ISREG(mode):
                found[str(path)] = (stat.S_IFMT(mode), path.read_bytes())
            else:
                found[str(path)] = (stat.S_IFMT(mode), b"")
    return found


def without(entries: dict[str, Any], target: Path) -> dict[str, Any]:
    """*entries* except the target and what lies under it."""
    prefix = str(target)
    return {
        key: value
        for key, value in entries.items()
        if key != prefix and not key.startswith(prefix + os.sep)
    }


def run_cli(*argv: str) -> tuple[int, str, str]:
    """Exit code, stdout, stderr of ``jplabour ARGV``, run in this process."""
    out, err = io.StringIO(), io.StringIO()
    with alarm(), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.main(list(argv))
        except SystemExit as exit_:  # argparse
            code = int(exit_.code or 0)
    return code, out.getvalue(), err.getvalue()


def api_error(call: Callable[[], object]) -> str:
    """The message of the UnusableInputError *call* raises ("" when none); nothing else escapes."""
    with alarm():
        try:
            call()
        except UnusableInputError as error:
            return str(error)
    return ""


def assert_clean(code: int, err: str) -> None:
    """Exit 0, 1 or 2, no traceback, and a one-line error on exit 2."""
    assert code in (0, 1, 2), (code, err)
    assert "Traceback" not in err, err
    if code == 2:
        assert err.count("\n") == 1, err


def copied_rows(path: Path, form: str) -> int:
    """The rows of a cleaned copy."""
    text = path.read_text(encoding="utf-8-sig")
    if form in ("json", "jsonl") and text.lstrip().startswith("["):
        return len(json.loads(text))
    if form in ("json", "jsonl"):  # JSON Lines (what an input that is no array gives)
        return sum(1 for line in text.splitlines() if line.strip())
    import csv

    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter="\t" if form == "tsv" else ","))
    return len([row for row in rows[1:] if row])


Workspace = Callable[[str, str, bytes], tuple[Path, Path]]


@contextlib.contextmanager
def workspace() -> Iterator[tuple[Path, Path]]:
    """A fresh folder the commands work in, and one beside it they are never given."""
    with tempfile.TemporaryDirectory() as top:
        inside, outside = Path(top) / "work", Path(top) / "outside"
        inside.mkdir()
        outside.mkdir()
        yield inside, outside


# --- readers -------------------------------------------------------------------------------------


@SETTINGS
@given(content=contents, kind=st.sampled_from(KINDS), suffix=suffixes)
def test_check_and_load_dataset_on_anything(content: bytes, kind: str, suffix: str) -> None:
    """Check and load_dataset: exit 0, 1 or 2 (or UnusableInputError), change nothing."""
    with workspace() as (inside, outside):
        path = inside / f"input{suffix}"
        make(path, kind, content, outside)
        before = snapshot(inside.parent)
        code, _, err = run_cli("check", str(path))
        assert_clean(code, err)
        assert "\n" not in api_error(lambda: load_dataset(path))
        assert snapshot(inside.parent) == before


@SETTINGS
@given(
    content=contents,
    kind=st.sampled_from(KINDS),
    suffix=suffixes,
    encoding=st.none() | st.sampled_from([*ENCODINGS, "undefined", "utf-32", "no-such"]),
)
def test_validate_on_anything(content: bytes, kind: str, suffix: str, encoding: str | None) -> None:
    """Validate (CLI and API) on any input, in any encoding: a report or one line, no change."""
    with workspace() as (inside, outside):
        path = inside / f"input{suffix}"
        make(path, kind, content, outside)
        before = snapshot(inside.parent)
        extra = [] if encoding is None else ["--encoding", encoding]
        code, _, err = run_cli("validate", str(path), "--table", "memberships", *extra)
        assert_clean(code, err)
        assert "\n" not in api_error(lambda: validate(path, "memberships", encoding=encoding))
        assert snapshot(inside.parent) == before


# --- writers ---------------------------------------------------------------------------------------


@SETTINGS
@given(
    content=contents,
    target_kind=st.sampled_from(KINDS),
    form=st.sampled_from(["csv", "tsv", "jsonl", "json"]),
    force=st.booleans(),
)
def test_validate_normalize_writes_only_its_target_and_loses_no_row(
    content: bytes, target_kind: str, form: str, force: bool
) -> None:
    """--normalize: nothing but OUT changes; a special OUT never; a copy holds every row."""
    with workspace() as (inside, outside):
        path = inside / f"input.{form}"
        path.write_bytes(content)
        out = inside / f"clean.{form}"
        make(out, target_kind, b"somebody's file\n", outside)
        before = snapshot(inside.parent)
        code, report, err = run_cli(
            "validate",
            str(path),
            "--table",
            "memberships",
            "--format",
            "json",
            "--normalize",
            str(out),
            *(["--force"] if force else []),
        )
        assert_clean(code, err)
        after = snapshot(inside.parent)
        assert without(after, out) == without(before, out)
        if target_kind not in ("missing", "file") or (target_kind == "file" and not force):
            assert after == before  # refused: the target is untouched
        if code == 2 or not out.is_file() or out.is_symlink():
            return
        rows = json.loads(report)["rows"]
        if str(out) in before and after[str(out)] == before[str(out)]:
            return  # no copy written (a row it could not hold): the old file stays
        assert copied_rows(out, form) == rows


@SETTINGS
@given(
    content=contents,
    kind=st.sampled_from(KINDS),
    fmt=st.sampled_from(["jsonl", "csv", "datapackage", "json"]),
)
def test_export_writes_only_its_files(content: bytes, kind: str, fmt: str) -> None:
    """Export --out: writes its own files or refuses; never anything else, never a special file."""
    with workspace() as (inside, outside):
        name = {"jsonl": "organizations.jsonl", "csv": "organizations.csv"}.get(
            fmt, "datapackage.json"
        )
        out = inside / "out"
        out.mkdir()
        make(out / name, kind, content, outside)
        target = out / "jplabour.json" if fmt == "json" else out
        if fmt == "json":
            make(target, kind, content, outside)
        before = snapshot(inside.parent)
        code, _, err = run_cli("export", "--format", fmt, "--out", str(target))
        assert_clean(code, err)
        after = snapshot(inside.parent)
        if code == 2:
            assert after == before
        else:
            assert without(after, out) == without(before, out)
            for entry, (mode, _) in after.items():
                if entry.startswith(str(out)) and entry in before:
                    assert before[entry][0] == mode  # a special file stays what it was


@SETTINGS
@given(content=contents, kind=st.sampled_from(KINDS), force=st.booleans())
def test_schema_out_writes_only_its_files(content: bytes, kind: str, force: bool) -> None:
    """Schema --out DIR with a random entry where a schema goes: refused or replaced, never else."""
    with workspace() as (inside, outside):
        out = inside / "schemas"
        out.mkdir()
        make(out / "people.schema.json", kind, content, outside)
        before = snapshot(inside.parent)
        code, _, err = run_cli("schema", "--out", str(out), *(["--force"] if force else []))
        assert_clean(code, err)
        after = snapshot(inside.parent)
        if code == 2:
            assert after == before
        assert without(after, out) == without(before, out)
        assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("command", ["check", "validate"])
def test_no_reader_blocks_on_a_fifo(tmp_path: Path, command: str) -> None:
    """The plainest case of the suite, pinned: a FIFO as input is refused at once."""
    fifo = tmp_path / ("input.csv" if command == "validate" else "input.json")
    os.mkfifo(fifo)
    extra = ["--table", "memberships"] if command == "validate" else []
    code, _, err = run_cli(command, str(fifo), *extra)
    assert code == 2
    assert "FIFO" in err
