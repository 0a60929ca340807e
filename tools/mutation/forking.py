"""Forked children, each leading a process group: started, waited for with a timeout, and ended whole."""

from __future__ import annotations

import contextlib
import os
import signal
import time
import traceback
from typing import Any, Final

#: The exit code of a forked run that failed in this tool, not in the tests.
TOOL_FAILED: Final = 99


def fork(function: Any, *arguments: Any) -> int:
    """Start *function* in a forked child, in its own process group; its pid."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover -- the child
        code = TOOL_FAILED
        try:
            os.setpgid(0, 0)
            code = function(*arguments)
        except BaseException:  # noqa: BLE001 -- a child must never return into the parent's code
            traceback.print_exc()
        finally:
            os._exit(code)
    return pid


def wait(pid: int, started: float, timeout: float | None) -> int | None:
    """The exit code of the child *pid*, or None when it ran past *timeout* (and was killed)."""
    try:
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                return os.waitstatus_to_exitcode(status)
            if timeout is not None and time.monotonic() - started > timeout:
                break
            time.sleep(0.005)
    except BaseException:  # interrupted: the child and what it started go too
        kill_group(pid)
        raise
    kill_group(pid)
    return None


def kill_group(pid: int, grace: float = 1.0) -> None:
    """End the process group of the child *pid* (it leads one) and reap the child.

    SIGTERM first, so that a child that forked runs of its own (a worker's
    test session) ends them too; SIGKILL after *grace* seconds.
    """
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGTERM)
    ended = time.monotonic() + grace
    with contextlib.suppress(ChildProcessError):
        while time.monotonic() < ended:
            if os.waitpid(pid, os.WNOHANG)[0]:
                return
            time.sleep(0.01)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)


def forked(function: Any, timeout: float | None, *arguments: Any) -> tuple[int | None, float]:
    """Run *function* in a forked child: (exit code or None on timeout, seconds)."""
    started = time.monotonic()
    code = wait(fork(function, *arguments), started, timeout)
    return code, time.monotonic() - started


def exit_on_signal(number: int, frame: object) -> None:
    """Leave through the ``finally`` blocks, which remove the temporary files."""
    del frame
    raise SystemExit(128 + number)
