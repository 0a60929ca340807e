"""The GitHub workflows: CI runs .ci/run on every supported Python; a tag publishes safely."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

yaml = pytest.importorskip("yaml")
ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"


def _workflow(name: str) -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    # YAML 1.1 reads the key "on" as the boolean True.
    document["on"] = document.pop(True, document.get("on"))
    return document


def _runs(job: dict[str, Any]) -> str:
    return "\n".join(step.get("run", "") for step in job["steps"])


def _uses(job: dict[str, Any]) -> list[str]:
    return [step["uses"] for step in job["steps"] if "uses" in step]


def test_ci_runs_the_project_check_on_python_3_10_to_3_13() -> None:
    """ci.yml runs .ci/run, with CI set, on 3.10, 3.11, 3.12 and 3.13, on pushes and PRs."""
    workflow = _workflow("ci.yml")
    assert set(workflow["on"]) == {"push", "pull_request"}
    assert workflow["permissions"] == {"contents": "read"}
    (job,) = workflow["jobs"].values()
    assert job["strategy"]["matrix"]["python-version"] == ["3.10", "3.11", "3.12", "3.13"]
    assert job["strategy"]["fail-fast"] is False
    (step,) = [step for step in job["steps"] if ".ci/run" in step.get("run", "")]
    assert step["env"]["CI"] == "true"
    setup = next(
        step for step in job["steps"] if step.get("uses", "").startswith("actions/setup-python")
    )
    assert setup["with"]["python-version"] == "${{ matrix.python-version }}"


def test_release_builds_checks_and_smoke_tests_on_a_version_tag() -> None:
    """release.yml: on a v* tag, build sdist and wheel, twine check --strict, the wheel smoke test."""
    workflow = _workflow("release.yml")
    assert workflow["on"] == {"push": {"tags": ["v*"]}}
    build = workflow["jobs"]["build"]
    runs = _runs(build)
    assert "python -m build --outdir dist" in runs
    assert "twine check --strict dist/*" in runs
    assert "bash tools/wheel_smoke_test.sh dist" in runs
    assert '"v$version" = "$GITHUB_REF_NAME"' in runs  # the tag is the version
    assert any(uses.startswith("actions/upload-artifact") for uses in _uses(build))


def test_release_publishes_with_trusted_publishing_only() -> None:
    """Publishing uses OIDC (id-token: write) and pypa/gh-action-pypi-publish; no token anywhere."""
    workflow = _workflow("release.yml")
    assert workflow["permissions"] == {"contents": "read"}
    publish = workflow["jobs"]["publish"]
    assert publish["needs"] == "build"
    assert publish["permissions"] == {"id-token": "write"}
    assert publish["environment"] == "pypi"
    (action,) = [
        s for s in publish["steps"] if s.get("uses", "").startswith("pypa/gh-action-pypi-publish")
    ]
    assert not action.get("with", {}).keys() & {"password", "user", "username"}
    # Only the publish job may mint an identity token.
    others = [job for name, job in workflow["jobs"].items() if name != "publish"]
    assert all("id-token" not in job.get("permissions", {}) for job in others)
    text = (WORKFLOWS / "release.yml").read_text(encoding="utf-8")
    assert not re.search(r"secrets\.|password|TOKEN", text)


def test_no_registry_host_is_named_in_the_repository() -> None:
    """The repository names no package registry host: installs go through the ordinary clients."""
    import subprocess

    if not (ROOT / ".git").exists():
        pytest.skip("the tracked files are known only in a git checkout")
    # Assembled from parts, so that this test does not name the hosts it looks for.
    names = (
        ("pypi", "org"),
        ("pythonhosted", "org"),
        ("npmjs", "(com|org)"),
        ("registry", "yarnpkg"),
    )
    hosts = "|".join(r"\.".join(parts) for parts in names)
    found = subprocess.run(
        ["git", "grep", "-I", "-l", "-E", "-i", hosts],  # noqa: S607 - git on PATH
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.split()
    assert found == []
