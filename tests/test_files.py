"""The one file layer: readers of regular files only, capped; writers that are atomic and refuse.

Special files are made privately under tmp_path (os.mkfifo, os.mknod); no test
touches a real device under /dev. Nothing here opens a FIFO for reading in
blocking mode: the layer refuses it by stat first.
"""

from __future__ import annotations

import errno
import os
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from jplabour._files import (
    STDIN,
    AtomicBatch,
    check_replaceable,
    open_for_reading,
    read_capped,
    resolve_inside,
    write_atomically,
)
from jplabour.errors import UnusableInputError


def make_fifo(path: Path) -> Path:
    """A private FIFO at *path*."""
    os.mkfifo(path)
    return path


def make_device(path: Path) -> Path:
    """A private character device node (the numbers of /dev/null), or skip where not allowed."""
    try:
        os.mknod(path, 0o600 | stat.S_IFCHR, os.makedev(1, 3))
    except (PermissionError, OSError) as error:
        pytest.skip(f"cannot make a device node here: {error}")
    return path


# --- reading -------------------------------------------------------------------------------


def test_read_capped_reads_a_regular_file_and_a_link_to_one(tmp_path: Path) -> None:
    """A regular file is read, and so is a link the user names that leads to one."""
    data = tmp_path / "data.json"
    data.write_bytes(b"[1]")
    link = tmp_path / "link.json"
    link.symlink_to(data)
    assert read_capped(data, 10) == b"[1]"
    assert read_capped(link, 10) == b"[1]"


def test_the_cap_is_a_boundary_pair(tmp_path: Path) -> None:
    """A file of exactly the cap is read; one byte more is refused."""
    path = tmp_path / "f"
    path.write_bytes(b"x" * 100)
    assert read_capped(path, 100) == b"x" * 100
    with pytest.raises(UnusableInputError, match="larger than 99 bytes"):
        read_capped(path, 99)


def test_the_cap_counts_bytes_read_not_the_reported_size() -> None:
    """/proc files report size 0 but hold bytes: the cap still applies."""
    proc = Path("/proc/self/status")
    if not proc.is_file() or proc.stat().st_size != 0:
        pytest.skip("no /proc file that reports size 0")
    with pytest.raises(UnusableInputError, match="larger than"):
        read_capped(proc, 10)


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    """A FIFO is refused by stat before it is opened: the test would hang otherwise."""
    fifo = make_fifo(tmp_path / "pipe.json")
    started = time.monotonic()
    with pytest.raises(UnusableInputError, match=r"a FIFO \(named pipe\), not a regular file"):
        read_capped(fifo, 10)
    with pytest.raises(UnusableInputError, match="FIFO"):
        open_for_reading(fifo)
    assert time.monotonic() - started < 5


def test_a_device_node_and_a_directory_are_refused(tmp_path: Path) -> None:
    """A directory and a (private) device node are not read."""
    with pytest.raises(UnusableInputError, match="a directory, not a regular file"):
        read_capped(tmp_path, 10)
    device = make_device(tmp_path / "zero")
    with pytest.raises(UnusableInputError, match="a character device, not a regular file"):
        read_capped(device, 10)


def test_a_missing_file_is_a_one_line_error(tmp_path: Path) -> None:
    """A missing file is a one-line error naming it."""
    with pytest.raises(UnusableInputError, match="cannot read: No such file") as caught:
        read_capped(tmp_path / "nope", 10)
    assert str(tmp_path / "nope") in str(caught.value)


def test_dash_is_standard_input_only_where_asked(tmp_path: Path) -> None:
    """``-`` streams standard input where the caller allows it, and is a file name elsewhere."""
    script = (
        "from jplabour._files import open_for_reading\n"
        "import sys\n"
        "sys.stdout.write(open_for_reading('-', stdin=True).read().decode())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], input=b"streamed", capture_output=True, check=True
    )
    assert done.stdout == b"streamed"
    assert STDIN == "-"
    os.chdir(tmp_path)
    with pytest.raises(UnusableInputError, match="No such file"):
        open_for_reading("-")


# --- resource paths ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "relative",
    ["//etc/passwd", "/etc/passwd", "../x.csv", "a/../../x.csv", "C:x.csv", "a\\b.csv", "", "."],
)
def test_resource_paths_outside_the_package_are_refused(tmp_path: Path, relative: str) -> None:
    """Absolute, ``//``, ``..``, scheme, backslash and empty paths are refused."""
    with pytest.raises(UnusableInputError, match="path of a resource"):
        resolve_inside(tmp_path, relative, descriptor="dp.json", field="resources[0].path")


def test_links_out_of_the_package_are_refused(tmp_path: Path) -> None:
    """A linked file or folder leading outside is refused; a link inside is followed."""
    package = tmp_path / "package"
    package.mkdir()
    outside = tmp_path / "secret.csv"
    outside.write_text("secret\n")
    (package / "file.csv").symlink_to(outside)
    (package / "folder").symlink_to(tmp_path)
    (package / "inside.csv").write_text("ok\n")
    (package / "alias.csv").symlink_to(package / "inside.csv")
    for relative in ("file.csv", "folder/secret.csv"):
        with pytest.raises(UnusableInputError, match="leads outside the package"):
            resolve_inside(package, relative, descriptor="dp.json", field="f")
    assert resolve_inside(package, "inside.csv", descriptor="d", field="f").name == "inside.csv"
    assert resolve_inside(package, "alias.csv", descriptor="d", field="f") == package / "alias.csv"


# --- what a writer may replace -----------------------------------------------------------


def _ours(head: bytes) -> bool:
    return head.startswith(b"OURS")


def test_replaceable_files(tmp_path: Path) -> None:
    """A missing, empty or recognised file may be replaced; a foreign one only with force."""
    check_replaceable(tmp_path / "new")
    (tmp_path / "empty").write_bytes(b"")
    check_replaceable(tmp_path / "empty")
    (tmp_path / "ours").write_bytes(b"OURS 1")
    check_replaceable(tmp_path / "ours", recognise=_ours)
    (tmp_path / "theirs").write_bytes(b"precious")
    with pytest.raises(UnusableInputError, match=r"not written by jplabour.*--force"):
        check_replaceable(tmp_path / "theirs", recognise=_ours)
    check_replaceable(tmp_path / "theirs", recognise=_ours, force=True)


def test_nothing_replaces_a_link_fifo_device_or_directory(tmp_path: Path) -> None:
    """Links, FIFOs, devices and directories are never replaced, force or not."""
    (tmp_path / "ours").write_bytes(b"OURS")
    (tmp_path / "link").symlink_to(tmp_path / "ours")
    make_fifo(tmp_path / "fifo")
    (tmp_path / "dir").mkdir()
    for name, kind in (("link", "symbolic link"), ("fifo", "FIFO"), ("dir", "directory")):
        for force in (False, True):
            with pytest.raises(UnusableInputError, match=f"is a {kind}.*never replaces"):
                check_replaceable(tmp_path / name, recognise=_ours, force=force)
    device = make_device(tmp_path / "null")
    with pytest.raises(UnusableInputError, match="character device"):
        check_replaceable(device, force=True)
    assert stat.S_ISCHR(device.lstat().st_mode)


# --- atomic writes -----------------------------------------------------------------------


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_written_files_respect_the_umask(tmp_path: Path, umask: int, mode: int) -> None:
    """A written file has the permissions the umask gives any new file."""
    previous = os.umask(umask)
    try:
        (target,) = write_atomically([(tmp_path / "out.json", b"{}")])
    finally:
        os.umask(previous)
    assert stat.S_IMODE(target.stat().st_mode) == mode


def test_a_batch_is_all_or_nothing(tmp_path: Path) -> None:
    """An error or Ctrl-C inside a batch leaves no temporary file and no changed target."""
    (tmp_path / "a").write_bytes(b"OURS old")

    def fail(error: type[BaseException]) -> None:
        with AtomicBatch() as batch:
            batch.open(tmp_path / "a", recognise=_ours).write(b"OURS new")
            batch.open(tmp_path / "b").write(b"b")
            raise error

    with pytest.raises(RuntimeError):
        fail(RuntimeError)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a"]
    with pytest.raises(KeyboardInterrupt):
        fail(KeyboardInterrupt)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a"]
    assert (tmp_path / "a").read_bytes() == b"OURS old"


def test_write_atomically_checks_every_target_first(tmp_path: Path) -> None:
    """A refused second target means the first is not written either."""
    (tmp_path / "second").write_bytes(b"foreign")
    with pytest.raises(UnusableInputError, match="second"):
        write_atomically([(tmp_path / "first", b"1"), (tmp_path / "second", b"2")])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["second"]


def test_a_full_disk_names_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """ENOSPC (simulated) is a one-line error naming the target; no temporary file stays."""
    real_write = os.write

    def full(descriptor: int, data: bytes) -> int:
        if descriptor > 2:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(descriptor, data)

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(UnusableInputError) as caught:
        write_atomically([(tmp_path / "out.csv", b"x" * 10)])
    assert str(caught.value) == f"{tmp_path / 'out.csv'}: cannot write: No space left on device"
    assert list(tmp_path.iterdir()) == []


def test_sigterm_removes_the_temporary_files(tmp_path: Path) -> None:
    """SIGTERM during a write removes the temporary file and ends the process by the signal."""
    script = textwrap.dedent(
        f"""
        import sys, time
        from pathlib import Path
        from jplabour._files import AtomicBatch
        with AtomicBatch() as batch:
            batch.open(Path({str(tmp_path)!r}) / "out.csv").write(b"partial")
            print("ready", flush=True)
            time.sleep(60)
        """
    )
    with subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE) as process:
        assert process.stdout is not None
        assert process.stdout.readline() == b"ready\n"
        assert len(list(tmp_path.iterdir())) == 1
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == -signal.SIGTERM
    assert list(tmp_path.iterdir()) == []
