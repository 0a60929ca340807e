"""Tests of the built distributions: what the sdist and the wheel carry."""

from __future__ import annotations

import re
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
        "License-Expression: MIT AND LicenseRef-jplabour-source-texts",
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


def test_wheel_licence_metadata_covers_the_embedded_source_texts(dist: Path) -> None:
    """PEP 639: the expression names the source texts' status, and each licence file ships.

    The MIT License covers the code and the curated records; the publishers'
    texts in jplabour/data/seed_texts.py are not MIT, which a LicenseRef says.
    """
    (wheel,) = dist.glob("jplabour-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata_name = next(n for n in names if n.endswith(".dist-info/METADATA"))
        metadata = archive.read(metadata_name).decode("utf-8")
        info = metadata_name.rsplit("/", 1)[0]
        licence_ref = archive.read(
            f"{info}/licenses/LICENSES/LicenseRef-jplabour-source-texts.txt"
        ).decode("utf-8")
        mit = archive.read(f"{info}/licenses/LICENSE").decode("utf-8")
    headers = [line for line in metadata.splitlines() if line.startswith("License")]
    assert headers == [
        "License-Expression: MIT AND LicenseRef-jplabour-source-texts",
        "License-File: LICENSE",
        "License-File: LICENSES/LicenseRef-jplabour-source-texts.txt",
    ]
    # License-Expression and License-File exist since metadata 2.4.
    version = re.search(r"^Metadata-Version: (\d+)\.(\d+)$", metadata, re.MULTILINE)
    assert version is not None
    assert (int(version[1]), int(version[2])) >= (2, 4)
    assert "jplabour/data/seed_texts.py" in licence_ref
    assert "not covered" in licence_ref
    assert mit.startswith("MIT License")
    assert "jplabour/data/seed_texts.py" in names


def test_twine_accepts_the_distributions(dist: Path) -> None:
    """``twine check --strict``, as the release workflow runs it."""
    pytest.importorskip("twine")
    result = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *map(str, sorted(dist.iterdir()))],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
