"""Files are sacred: each defect of issue 10 about files, hit as a user hits it (the CLI).

Special files are private: FIFOs and device nodes made under tmp_path, never
a real node under /dev. No test opens a FIFO in blocking mode; the commands
refuse one by stat before opening it.
"""

from __future__ import annotations

import errno
import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from jplabour import cli
from jplabour.errors import UnusableInputError
from jplabour.load import load_dataset

MEMBERSHIPS = "org_id,value,as_of\nrengo,7000000,2019-10\n"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of ``jplabour ARGV``."""
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(err: str, *parts: str) -> None:
    """*err* is one line, no traceback, and says each of *parts*."""
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    for part in parts:
        assert part in err, err


def fifo(path: Path) -> Path:
    """A private FIFO."""
    os.mkfifo(path)
    return path


def device(path: Path, minor: int = 3) -> Path:
    """A private character device node (1, minor: null, zero...), or skip where not allowed."""
    try:
        os.mknod(path, 0o600 | stat.S_IFCHR, os.makedev(1, minor))
    except OSError as error:
        pytest.skip(f"cannot make a device node here: {error}")
    return path


def snapshot(folder: Path) -> dict[str, tuple[int, bytes | str]]:
    """Every entry under *folder*: its kind and its bytes (or its link target)."""
    found: dict[str, tuple[int, bytes | str]] = {}
    for path in sorted(folder.rglob("*")):
        mode = path.lstat().st_mode
        if stat.S_ISLNK(mode):
            found[str(path)] = (stat.S_IFMT(mode), str(path.readlink()))
        elif stat.S_ISREG(mode):
            found[str(path)] = (stat.S_IFMT(mode), path.read_bytes())
        else:
            found[str(path)] = (stat.S_IFMT(mode), b"")
    return found


# --- validate --normalize OUT -----------------------------------------------------------


@pytest.fixture
def table(tmp_path: Path) -> Path:
    """A valid memberships table."""
    path = tmp_path / "in.csv"
    path.write_text(MEMBERSHIPS, encoding="utf-8")
    return path


def test_normalize_refuses_a_foreign_file_unless_forced(
    table: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An unrelated file at OUT is kept; --force replaces it."""
    out = tmp_path / "notes.csv"
    out.write_text("my notes\n", encoding="utf-8")
    code, _, err = run(
        capsys, "validate", str(table), "--table", "memberships", "--normalize", str(out)
    )
    assert code == 2
    assert_one_line_error(err, str(out), "not written by jplabour", "--force")
    assert out.read_text(encoding="utf-8") == "my notes\n"
    code, _, _ = run(
        capsys, "validate", str(table), "--table", "memberships", "--normalize", str(out), "--force"
    )
    assert code == 0
    assert "rengo" in out.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("kind", ["fifo", "device", "link"])
def test_normalize_never_replaces_a_special_file_even_forced(
    table: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    """`--normalize /dev/null` replaced the system's /dev/null: here a private node, refused."""
    out = tmp_path / "special"
    if kind == "fifo":
        fifo(out)
    elif kind == "device":
        device(out)
    else:
        (tmp_path / "target.csv").write_text("keep\n", encoding="utf-8")
        out.symlink_to(tmp_path / "target.csv")
    before = snapshot(tmp_path)
    for extra in ([], ["--force"]):
        code, _, err = run(
            capsys,
            "validate",
            str(table),
            "--table",
            "memberships",
            "--normalize",
            str(out),
            *extra,
        )
        assert code == 2
        assert_one_line_error(err, str(out), "jplabour never replaces one")
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600)])
def test_the_cleaned_copy_respects_the_umask(
    table: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], umask: int, mode: int
) -> None:
    """Every cleaned copy was 0600 whatever the umask."""
    out = tmp_path / "out.csv"
    previous = os.umask(umask)
    try:
        code, _, _ = run(
            capsys, "validate", str(table), "--table", "memberships", "--normalize", str(out)
        )
    finally:
        os.umask(previous)
    assert code == 0
    assert stat.S_IMODE(out.stat().st_mode) == mode


@pytest.mark.parametrize(
    ("signum", "code"), [(signal.SIGTERM, -signal.SIGTERM), (signal.SIGINT, 130)]
)
def test_a_signal_during_normalize_leaves_no_temporary_file(
    tmp_path: Path, signum: int, code: int
) -> None:
    """SIGTERM (or Ctrl-C) while a cleaned copy is written (input on stdin) leaves nothing."""
    out = tmp_path / "out.csv"
    command = [sys.executable, "-m", "jplabour", "validate", "-", "--table", "memberships"]
    with subprocess.Popen(
        [*command, "--normalize", str(out)],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdin is not None
        # More than the first chunk (1 MiB) read for detecting the encoding; then it waits.
        process.stdin.write(MEMBERSHIPS.encode() + b"rengo,7000000,2019-10\n" * 60_000)
        process.stdin.flush()
        deadline = time.monotonic() + 60
        while not list(tmp_path.iterdir()) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert [p.name.startswith(".out.csv.") for p in tmp_path.iterdir()] == [True]
        process.send_signal(signum)
        assert process.wait(timeout=60) == code
        process.stdin.close()
    assert list(tmp_path.iterdir()) == []


def test_validate_reads_standard_input_with_dash() -> None:
    """``-`` is documented as standard input, which validate streams."""
    done = subprocess.run(
        [sys.executable, "-m", "jplabour", "validate", "-", "--table", "memberships"],
        input=MEMBERSHIPS.encode(),
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert b"1 row, 0 errors" in done.stdout


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_validate_refuses_to_read_a_fifo_or_device(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    """A FIFO or a device given as PATH is refused at once, never read."""
    path = fifo(tmp_path / "in.csv") if kind == "fifo" else device(tmp_path / "in.csv", 5)
    code, _, err = run(capsys, "validate", str(path), "--table", "memberships")
    assert code == 2
    assert_one_line_error(err, str(path), "not a regular file")


# --- check and load_dataset read regular files only, capped on bytes read ----------------


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_check_refuses_a_fifo_or_device(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    """`jplabour check /dev/zero` used 11 GB: a (private) device or FIFO is refused unread."""
    path = fifo(tmp_path / "x.json") if kind == "fifo" else device(tmp_path / "x.json", 5)
    started = time.monotonic()
    code, _, err = run(capsys, "check", str(path))
    assert code == 2
    assert_one_line_error(err, str(path), "not a regular file")
    with pytest.raises(UnusableInputError, match="not a regular file"):
        load_dataset(path)
    assert time.monotonic() - started < 10


def test_a_fifo_inside_an_export_folder_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A FIFO named like a table file in a folder given to check is refused, not read."""
    fifo(tmp_path / "organizations.jsonl")
    code, _, err = run(capsys, "check", str(tmp_path))
    assert code == 2
    assert_one_line_error(err, "organizations.jsonl", "FIFO")


# --- data package resources stay inside the package -------------------------------------


def _package(folder: Path, path: str) -> Path:
    folder.mkdir(exist_ok=True)
    descriptor = folder / "datapackage.json"
    descriptor.write_text(
        json.dumps({"name": "jplabour", "resources": [{"name": "people", "path": path}]}),
        encoding="utf-8",
    )
    return descriptor


@pytest.mark.parametrize("path", ["//etc/passwd", "/etc/passwd", "../outside.csv"])
def test_a_resource_path_cannot_leave_the_package(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], path: str
) -> None:
    """`"path": "//etc/passwd"` printed the first line of /etc/passwd in the error."""
    descriptor = _package(tmp_path / "pkg", path)
    code, _, err = run(capsys, "check", str(descriptor))
    assert code == 2
    assert_one_line_error(err, "resources[0].path", "inside the package")
    assert "root:" not in err


@pytest.mark.parametrize("link", ["file", "folder"])
def test_a_linked_resource_cannot_leave_the_package(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], link: str
) -> None:
    """A resource file, or a folder on its path, that links outside the package is refused."""
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "people.csv").write_text("SECRET LINE\r\n", encoding="utf-8")
    package = tmp_path / "pkg"
    if link == "file":
        descriptor = _package(package, "people.csv")
        (package / "people.csv").symlink_to(secret / "people.csv")
    else:
        descriptor = _package(package, "data/people.csv")
        (package / "data").symlink_to(secret)
    code, _, err = run(capsys, "check", str(descriptor))
    assert code == 2
    assert_one_line_error(err, "leads outside the package")
    assert "SECRET" not in err


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_a_linked_table_file_cannot_leave_an_export_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    """A table file in a plain export folder that links outside the folder is refused.

    It was followed, and the linked file's first line was printed in the error.
    """
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET LINE\n", encoding="utf-8")
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / f"people{suffix}").symlink_to(secret)
    code, _, err = run(capsys, "check", str(folder))
    assert code == 2
    assert_one_line_error(err, "leads outside")
    assert "SECRET" not in err


# --- schema --out and --docs ---------------------------------------------------------------


def test_schema_out_refuses_foreign_files_and_links(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`schema --out DIR` overwrote foreign files and followed links, and was not atomic."""
    out = tmp_path / "schemas"
    out.mkdir()
    (out / "people.schema.json").write_text('{"mine": true}\n', encoding="utf-8")
    (tmp_path / "elsewhere.json").write_text("keep\n", encoding="utf-8")
    before = snapshot(tmp_path)
    code, _, err = run(capsys, "schema", "--out", str(out))
    assert code == 2
    assert_one_line_error(err, "people.schema.json", "not written by jplabour")
    assert snapshot(tmp_path) == before  # all or nothing: no other schema was written
    (out / "people.schema.json").unlink()
    (out / "people.schema.json").symlink_to(tmp_path / "elsewhere.json")
    for extra in ([], ["--force"]):
        code, _, err = run(capsys, "schema", "--out", str(out), *extra)
        assert code == 2
        assert_one_line_error(err, "people.schema.json", "symbolic link")
    assert (tmp_path / "elsewhere.json").read_text(encoding="utf-8") == "keep\n"


def test_schema_out_replaces_its_own_files_and_forced_foreign_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Writing again over its own schemas works; --force replaces a foreign regular file."""
    out = tmp_path / "schemas"
    assert run(capsys, "schema", "--out", str(out))[0] == 0
    assert run(capsys, "schema", "--out", str(out))[0] == 0
    (out / "people.schema.json").write_text("mine\n", encoding="utf-8")
    assert run(capsys, "schema", "--out", str(out), "--force")[0] == 0
    assert run(capsys, "schema", "--out", str(out), "--check")[0] == 0
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_schema_docs_refuses_a_fifo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--docs at a FIFO is refused, with or without --force, and --check does not block on it."""
    docs = fifo(tmp_path / "dictionary.md")
    for extra in ([], ["--force"]):
        code, _, err = run(capsys, "schema", "--docs", str(docs), *extra)
        assert code == 2
        assert_one_line_error(err, "FIFO")
    code, _, err = run(capsys, "schema", "--docs", str(docs), "--check")
    assert code == 2
    assert_one_line_error(err, "FIFO")


# --- export ----------------------------------------------------------------------------------


def test_export_keeps_a_users_own_jsonl_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A user's organizations.jsonl beginning with {"id": ...} was overwritten by an export."""
    mine = tmp_path / "organizations.jsonl"
    mine.write_text('{"id":"my-union","note":"field notes"}\n', encoding="utf-8")
    code, _, err = run(capsys, "export", "--format", "jsonl", "--out", str(tmp_path))
    assert code == 2
    assert_one_line_error(err, "organizations.jsonl", "not written by jplabour")
    assert mine.read_text(encoding="utf-8") == '{"id":"my-union","note":"field notes"}\n'
    assert [p.name for p in tmp_path.iterdir()] == ["organizations.jsonl"]
    # A previous export of the file is replaced; --force replaces the user's file.
    code, _, _ = run(capsys, "export", "--format", "jsonl", "--out", str(tmp_path), "--force")
    assert code == 0
    assert run(capsys, "export", "--format", "jsonl", "--out", str(tmp_path))[0] == 0


def test_a_full_disk_names_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`error: No space left on device` did not name the file (the disk is simulated full)."""
    real_write = os.write

    def full(descriptor: int, data: bytes) -> int:
        if descriptor > 2:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(descriptor, data)

    monkeypatch.setattr(os, "write", full)
    out = tmp_path / "jplabour.json"
    code, _, err = run(capsys, "export", "--out", str(out))
    assert code == 2
    assert_one_line_error(err, f"{out}: cannot write: No space left on device")
    assert list(tmp_path.iterdir()) == []
