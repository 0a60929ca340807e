"""Tests of the built distributions: what the sdist and the wheel carry."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sdist and wheel, built once from the working tree without network."""
    pytest.importorskip("build")
    pytest.importorskip("hatchling")
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    return out


def _wheel_names(dist: Path) -> set[str]:
    (wheel,) = dist.glob("jplabour-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def _sdist_names(dist: Path) -> set[str]:
    (sdist,) = dist.glob("jplabour-*.tar.gz")
    with tarfile.open(sdist) as archive:
        return {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}


def test_wheel_carries_the_package_types_and_data(dist: Path) -> None:
    """The wheel has every module, py.typed, the data and the embedded texts."""
    names = _wheel_names(dist)
    expected = {
        f"jplabour/{p.relative_to(ROOT / 'src' / 'jplabour').as_posix()}"
        for p in (ROOT / "src" / "jplabour").rglob("*.py")
    }
    assert expected <= names
    assert "jplabour/py.typed" in names
    assert "jplabour/data/seed_texts.py" in names


def test_wheel_carries_no_tests_or_repository_files(dist: Path) -> None:
    """Tests, seeds, docs and tools stay out of the wheel."""
    top_levels = {name.split("/", 1)[0] for name in _wheel_names(dist)}
    assert {t for t in top_levels if not t.startswith("jplabour")} == set()


def test_wheel_metadata_is_complete(dist: Path) -> None:
    """The wheel's metadata has the description, licence, classifiers, URLs and script."""
    (wheel,) = dist.glob("jplabour-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        metadata_name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        metadata = archive.read(metadata_name).decode("utf-8")
        entry_points = archive.read(metadata_name.replace("METADATA", "entry_points.txt"))
    for needle in (
        "Requires-Python: >=3.10",
        "License-Expression: MIT",
        "Classifier: Typing :: Typed",
        "Project-URL: Source",
        "Description-Content-Type: text/markdown",
        "Requires-Dist: pydantic",
        "Provides-Extra: test",
    ):
        assert needle in metadata
    assert b"jplabour = jplabour.cli:main" in entry_points


def test_sdist_carries_sources_schemas_tests_and_docs(dist: Path) -> None:
    """The sdist has everything needed to rebuild, test and document the package."""
    if not (ROOT / ".git").exists():
        pytest.skip("the tracked files are known only in a git checkout")
    names = _sdist_names(dist)
    listed = subprocess.run(
        ["git", "ls-files", "seeds", "schemas", "tests", "docs", "src"],  # noqa: S607 - git on PATH
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.splitlines()
    tracked = {name for name in listed if (ROOT / name).is_file()}
    missing = sorted(tracked - names)
    assert not missing, missing
    assert {"pyproject.toml", "README.md", "CHANGELOG.md", "LICENSE", "mkdocs.yml"} <= names
