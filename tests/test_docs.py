"""The documentation site: generated pages and figures match the data, and the site builds."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import jplabour
from jplabour.data import DATASET
from jplabour.data_version import DATA_VERSION
from jplabour.model import SourceKind

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
MKDOCS_YML = ROOT / "mkdocs.yml"


def _make_figures() -> ModuleType:
    """tools/make_figures.py, imported from its path (tools/ is not a package)."""
    pytest.importorskip("matplotlib")
    spec = importlib.util.spec_from_file_location("make_figures", ROOT / "tools/make_figures.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _nav_pages() -> list[str]:
    """The Markdown files that mkdocs.yml's nav names, in order."""
    text = MKDOCS_YML.read_text(encoding="utf-8")
    nav = text[text.index("\nnav:") :]
    return re.findall(r":\s*([\w./-]+\.md)\s*$", nav, flags=re.MULTILINE)


def test_coverage_page_matches_the_data(tmp_path: Path) -> None:
    """Regenerating coverage.md gives exactly the committed page."""
    make_figures = _make_figures()
    make_figures.write_all(tmp_path)
    committed = (DOCS / "coverage.md").read_text(encoding="utf-8")
    assert committed == (tmp_path / "coverage.md").read_text(encoding="utf-8"), (
        "stale, run python tools/make_figures.py"
    )


def test_figures_match_the_data(tmp_path: Path) -> None:
    """Regenerating the figures gives exactly the committed PNGs (same matplotlib release)."""
    make_figures = _make_figures()
    written = make_figures.write_all(tmp_path)
    stamp = DOCS / "figures" / make_figures.RENDERER_STAMP
    if stamp.read_bytes() != (tmp_path / "figures" / make_figures.RENDERER_STAMP).read_bytes():
        reason = f"committed figures were drawn by {stamp.read_text().strip()}"
        if os.environ.get("CI"):  # CI installs the pinned matplotlib: a mismatch is an error
            pytest.fail(reason)
        pytest.skip(reason)
    stale = [
        path.name
        for path in written
        if path.parent.name == "figures"
        and (DOCS / "figures" / path.name).read_bytes() != path.read_bytes()
    ]
    assert not stale, f"stale, run python tools/make_figures.py: {stale}"


def test_figures_are_byte_stable(tmp_path: Path) -> None:
    """Two runs of the generator write identical bytes, with no software or date metadata."""
    make_figures = _make_figures()
    first = make_figures.write_all(tmp_path / "a")
    second = make_figures.write_all(tmp_path / "b")
    for one, two in zip(first, second, strict=True):
        assert one.read_bytes() == two.read_bytes(), one.name
    for path in first:
        if path.suffix == ".png":
            data = path.read_bytes()
            assert b"Software" not in data
            assert b"matplotlib" not in data.lower()


def test_coverage_counts_every_table() -> None:
    """coverage.md states each table's row count as the data has it."""
    make_figures = _make_figures()
    text = make_figures.coverage_markdown(DATASET)
    for name in ("sources", "organizations", "affiliations", "memberships", "events", "errata"):
        assert f"| `{name}` |" in text
        assert re.search(rf"\| `{name}` \| [^|]+ \| {len(DATASET.table(name))} \|", text)
    for erratum in DATASET.errata:
        assert f"**{erratum.id}**" in text


def test_nav_lists_every_page() -> None:
    """Every page in docs/ is in the nav, so none is orphaned."""
    listed = set(_nav_pages())
    present = {p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")}
    assert present <= listed, f"pages missing from the nav: {sorted(present - listed)}"


def test_changelog_page_includes_the_changelog() -> None:
    """docs/changelog.md pulls in the top-level CHANGELOG.md rather than copying it."""
    assert (ROOT / "CHANGELOG.md").is_file()
    assert '--8<-- "CHANGELOG.md"' in (DOCS / "changelog.md").read_text(encoding="utf-8")


def test_citing_states_the_current_versions_and_sources() -> None:
    """citing.md names the current package and data versions and every source."""
    text = (DOCS / "citing.md").read_text(encoding="utf-8")
    assert jplabour.__version__ in text
    assert DATA_VERSION in text
    assert "jplabour.data.references" in text  # the references are pointed to, not copied
    for source in DATASET.sources:
        if source.kind is SourceKind.REFERENCE:
            continue
        assert f"`{source.id}` | {source.title} |" in text
        assert source.file in text
        assert (source.publisher or "not stated") in text
        if source.published is not None:
            assert str(source.published) in text


def test_mkdocs_build_strict(tmp_path: Path) -> None:
    """The site builds with mkdocs --strict (broken links and missing nav pages fail)."""
    pytest.importorskip("mkdocs")
    pytest.importorskip("material")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "--config-file",
            str(MKDOCS_YML),
            "--site-dir",
            str(tmp_path / "site"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "site" / "index.html").is_file()


def test_cli_reference_is_current() -> None:
    """docs/cli-reference.md matches the parser (run tools/make_cli_reference.py)."""
    tool = Path(__file__).resolve().parent.parent / "tools" / "make_cli_reference.py"
    result = subprocess.run(
        [sys.executable, str(tool), "--check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout
