"""Every file jplabour reads or writes goes through here: the rules of docs/file-safety.md.

Readers open regular files only, and never block on one that is not: a FIFO
or a device is refused by ``stat`` before it is opened, and again by
``fstat`` after (opened without blocking), so that a swap in between changes
nothing. Byte caps count the bytes actually read, never the size a file
reports. ``-`` means standard input where a command streams.

Writers write each file to a temporary file in the target's directory,
created with the umask's permissions, and move it into place only when every
file of the batch is complete. They refuse to replace what they did not write:
a symbolic link, a FIFO, a device, a socket or a directory is never replaced,
and a regular file only when the writer recognises it as its own output, or
under ``--force``. A SIGTERM (and Ctrl-C) removes the temporary files.
"""

from __future__ import annotations

import contextlib
import io
import os
import secrets
import signal
import stat
import sys
import threading
import types
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any, Final

from jplabour.errors import UnusableInputError

__all__ = [
    "STDIN",
    "AtomicBatch",
    "Recogniser",
    "check_replaceable",
    "describe_kind",
    "open_for_reading",
    "read_capped",
    "read_chunk",
    "resolve_inside",
    "write_atomically",
]

#: The path that names standard input, for the commands that stream their input.
STDIN: Final = "-"
#: How much of an existing file a writer reads to recognise its own output: the
#: first line of a JSON Lines export, a whole schema file.
_HEAD_BYTES: Final = 1 << 20
_KINDS: Final = (
    (stat.S_ISLNK, "a symbolic link"),
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)

#: A recogniser: True when the first bytes of an existing file show that we wrote it.
Recogniser = Callable[[bytes], bool]


def describe_kind(mode: int) -> str:
    """What a file of *mode* is, in words: ``a FIFO (named pipe)``, ``a regular file``."""
    for test, words in _KINDS:
        if test(mode):
            return words
    return "a regular file" if stat.S_ISREG(mode) else "a special file"


def _cannot(action: str, error: OSError, path: os.PathLike[str] | str) -> UnusableInputError:
    return UnusableInputError(f"cannot {action}: {error.strerror or error}", path=str(path))


# --- reading ---------------------------------------------------------------------


def open_for_reading(path: str | os.PathLike[str], *, stdin: bool = False) -> io.BufferedReader:
    """*path* opened for reading in binary, if it is a regular file (or a link to one).

    With *stdin*, ``-`` is standard input (which may be a pipe: the caller
    streams it). Anything else that is not a regular file is refused with
    :class:`~jplabour.errors.UnusableInputError`, without blocking.
    """
    if stdin and os.fspath(path) == STDIN:
        return io.BufferedReader(io.FileIO(os.dup(sys.stdin.fileno()), "r"))
    try:
        before = Path(path).stat()
    except OSError as error:
        raise _cannot("read", error, path) from None
    _require_regular(before.st_mode, path)
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        raise _cannot("read", error, path) from None
    try:
        _require_regular(os.fstat(descriptor).st_mode, path)
        os.set_blocking(descriptor, True)
        return io.BufferedReader(io.FileIO(descriptor, "r"))
    except BaseException:
        os.close(descriptor)
        raise


def read_chunk(stream: io.BufferedReader, size: int) -> bytes:
    """Up to *size* bytes of *stream*, fewer only at its end.

    One system call at a time (``read1``), so that a signal arriving while a
    pipe is read is handled between two reads: ``read(size)`` loops in C and
    can block on the next read with a SIGTERM pending.
    """
    parts = []
    left = size
    while left:
        part = stream.read1(left)
        if not part:
            break
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


def _require_regular(mode: int, path: str | os.PathLike[str]) -> None:
    if not stat.S_ISREG(mode):
        raise UnusableInputError(
            f"{describe_kind(mode)}, not a regular file: not read", path=os.fspath(path)
        )


def read_capped(
    path: str | os.PathLike[str], limit: int, *, what: str = "a jplabour file"
) -> bytes:
    """The bytes of the regular file *path*; UnusableInputError past *limit* bytes read."""
    with open_for_reading(path) as stream:
        try:
            data = read_chunk(stream, limit + 1)
        except OSError as error:
            raise _cannot("read", error, path) from None
    if len(data) > limit:
        raise UnusableInputError(f"larger than {_size(limit)}; not {what}", path=os.fspath(path))
    return data


def _size(limit: int) -> str:
    return f"{limit // 2**20} MiB" if limit >= 2**20 else f"{limit:,} bytes"


def resolve_inside(directory: Path, relative: str, *, descriptor: str, field: str) -> Path:
    """*directory* joined with *relative*, refused unless the file stays inside.

    *relative* must be a relative POSIX path without ``..``, a scheme or a
    backslash; its real path (links followed) must lie inside the real path
    of *directory*. *descriptor* and *field* name it in the error.
    """
    refused = UnusableInputError(
        "the path of a resource is one relative local file inside the package",
        path=descriptor,
        field=field,
    )
    parts = relative.split("/")
    if (
        not relative
        or relative.startswith("/")
        or "\\" in relative
        or any(part in ("", ".", "..") or ":" in part for part in parts)
        or "\0" in relative
    ):
        raise refused
    base = os.path.realpath(directory)
    real = os.path.realpath(Path(base).joinpath(*parts))
    if os.path.commonpath([base, real]) != base or real == base:
        raise UnusableInputError(
            "the path of a resource leads outside the package's directory (a link?)",
            path=descriptor,
            field=field,
        )
    return directory.joinpath(*parts)


# --- deciding what may be replaced --------------------------------------------------


def check_replaceable(
    target: Path, *, recognise: Recogniser | None = None, force: bool = False
) -> None:
    """Refuse, with UnusableInputError, to replace *target* unless it is ours to replace.

    Nothing there: fine. A link, FIFO, device, socket or directory: refused,
    even with *force*. A regular file: replaced when empty, when *recognise*
    says its first bytes are our own output, or with *force*.
    """
    try:
        found = os.lstat(target)
    except FileNotFoundError:
        return
    except OSError as error:
        raise _cannot("inspect", error, target) from None
    if not stat.S_ISREG(found.st_mode):
        raise UnusableInputError(
            f"exists and is {describe_kind(found.st_mode)}; jplabour never replaces one",
            path=str(target),
        )
    if force or found.st_size == 0:
        return
    if recognise is not None and recognise(_head(target)):
        return
    raise UnusableInputError(
        "exists and was not written by jplabour: refusing to replace it "
        "(--force replaces a regular file)",
        path=str(target),
    )


def _head(target: Path) -> bytes:
    """The first bytes of the regular file *target*, read without following a link."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        descriptor = os.open(target, flags)
    except OSError as error:
        raise _cannot("inspect", error, target) from None
    with os.fdopen(descriptor, "rb") as stream:
        _require_regular(os.fstat(descriptor).st_mode, target)
        return stream.read(_HEAD_BYTES)


# --- writing ---------------------------------------------------------------------------


class _TargetFile(io.FileIO):
    """A temporary file whose write errors name the target (``No space left``: which file?)."""

    def __init__(self, descriptor: int, target: Path) -> None:
        super().__init__(descriptor, "wb", closefd=True)
        self.target = target

    def write(self, data: Any) -> int:
        try:
            return os.write(self.fileno(), data)
        except OSError as error:
            raise _cannot("write", error, self.target) from None


class AtomicBatch:
    """Files written together: each to a temporary file, all moved into place at the end.

    Use it as a context manager: on a clean exit every file is flushed,
    synced and moved into place; on an exception (Ctrl-C included) the
    temporary files are removed and no target changes. A SIGTERM removes them
    too. :meth:`open` checks the target with :func:`check_replaceable` first.
    """

    def __init__(self) -> None:
        self._pending: list[tuple[Path, Path, IO[bytes]]] = []

    def open(
        self, target: Path, *, recognise: Recogniser | None = None, force: bool = False
    ) -> IO[bytes]:
        """A binary stream whose bytes will become *target*."""
        check_replaceable(target, recognise=recognise, force=force)
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
        while True:
            temporary = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
            try:
                # 0o666 and the umask: the permissions any new file of the user gets.
                descriptor = os.open(temporary, flags, 0o666)
                break
            except FileExistsError:
                continue
            except OSError as error:
                raise _cannot("write", error, target) from None
        _CLEANUP.add(temporary)
        stream = io.BufferedWriter(_TargetFile(descriptor, target))
        self._pending.append((target, temporary, stream))
        return stream

    def commit(self) -> None:
        """Sync every file and move each into place."""
        for target, _, stream in self._pending:
            _sync(target, stream)
        for target, temporary, _ in self._pending:
            # Checked again: something may have appeared there while we wrote.
            if os.path.lexists(target) and not stat.S_ISREG(os.lstat(target).st_mode):
                raise UnusableInputError(
                    "became something other than a regular file while jplabour wrote it",
                    path=str(target),
                )
            _move(temporary, target)
            _CLEANUP.discard(temporary)
        self._pending.clear()

    def abort(self) -> None:
        """Remove every temporary file; no target changes."""
        for _, temporary, stream in self._pending:
            # Closing flushes, which fails again on a full disk: the file goes anyway.
            with contextlib.suppress(OSError, UnusableInputError):
                stream.close()
            _remove(temporary)
        self._pending.clear()

    def __enter__(self) -> AtomicBatch:  # noqa: PYI034 -- Self needs Python 3.11
        _CLEANUP.enter()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: types.TracebackType | None,
    ) -> None:
        try:
            if kind is None:
                self.commit()
        finally:
            self.abort()
            _CLEANUP.leave()


def write_atomically(
    files: Sequence[tuple[Path, bytes]],
    *,
    recognise: Recogniser | None = None,
    force: bool = False,
) -> list[Path]:
    """Write each (target, content) of *files* atomically, all or none; return the targets.

    Every target is checked before anything is written.
    """
    for target, _ in files:
        check_replaceable(target, recognise=recognise, force=force)
    with AtomicBatch() as batch:
        for target, content in files:
            batch.open(target, recognise=recognise, force=force).write(content)
    return [target for target, _ in files]


def _sync(target: Path, stream: IO[bytes]) -> None:
    try:
        stream.flush()
        os.fsync(stream.fileno())
        stream.close()
    except OSError as error:
        raise _cannot("write", error, target) from None


def _move(temporary: Path, target: Path) -> None:
    try:
        temporary.replace(target)
    except OSError as error:
        raise _cannot("write", error, target) from None


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


class _Cleanup:
    """The temporary files alive now, removed on SIGTERM while a batch is open."""

    def __init__(self) -> None:
        self.paths: set[Path] = set()
        self.depth = 0
        self.previous: Any = None
        self.lock = threading.Lock()

    def add(self, path: Path) -> None:
        self.paths.add(path)

    def discard(self, path: Path) -> None:
        self.paths.discard(path)

    def enter(self) -> None:
        with self.lock:
            self.depth += 1
            if self.depth == 1 and threading.current_thread() is threading.main_thread():
                self.previous = signal.signal(signal.SIGTERM, self.terminated)

    def leave(self) -> None:
        with self.lock:
            self.depth -= 1
            if self.depth == 0 and self.previous is not None:
                signal.signal(signal.SIGTERM, self.previous)
                self.previous = None

    def terminated(self, signum: int, frame: types.FrameType | None) -> None:
        """Remove the temporary files, then end as the previous handler would have."""
        for path in list(self.paths):
            _remove(path)
        self.paths.clear()
        previous = self.previous
        if callable(previous):
            previous(signum, frame)
            return
        if previous == signal.SIG_IGN:
            return
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)


_CLEANUP: Final = _Cleanup()
