"""Tests that the README's example session and Quickstart stay true."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
CI_SCRIPT = (Path(__file__).parent.parent / ".ci" / "run").read_text(encoding="utf-8")


def test_example_session_runs_as_printed() -> None:
    """The pycon block in the README gives exactly the output it shows."""
    block = re.search(r"```pycon\n(.*?)```", README, re.DOTALL)
    assert block is not None
    parser = doctest.DocTestParser()
    test = parser.get_doctest(block.group(1), {}, "README", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert runner.failures == 0
    assert runner.tries > 5


def test_quickstart_has_exactly_two_commands() -> None:
    """The Quickstart shows two shell commands: install + main job, test extra + all tests."""
    quickstart = README.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```sh\n(.*?)\n```", quickstart, re.DOTALL)
    assert len(commands) == 2
    assert commands[0].endswith("jplabour")
    assert "[test]" in commands[1]
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_test_command() -> None:
    """.ci/run takes its test command from the README, so the two cannot drift."""
    assert "grep -m1 -E '^python -m pip install .*\\[test\\].*pytest' README.md" in CI_SCRIPT
    assert re.search(r"^python -m pip install .*\[test\].*pytest", README, re.MULTILINE)
