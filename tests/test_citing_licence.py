"""Every citation states the package's licence as pyproject.toml declares it (issue 13)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jplabour import about
from jplabour.cite import bibtex, cff, cite, sources_named

yaml = pytest.importorskip("yaml")
ROOT = Path(__file__).resolve().parent.parent


def _pyproject(key: str) -> str:
    """The value of the line ``key = ...`` of pyproject.toml, as written.

    Read as text: Python 3.10 has no tomllib.
    """
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    found = re.search(rf"^{re.escape(key)} = (.+)$", text, re.MULTILINE)
    assert found is not None, key
    return found[1]


def _parts(expression: str) -> set[str]:
    """The licences an ``A AND B`` SPDX expression joins."""
    return set(expression.split(" AND "))


def test_the_expression_is_pyprojects() -> None:
    """about.LICENSE_EXPRESSION is pyproject's `license`, and its file is a licence file."""
    assert _pyproject("license") == f'"{about.LICENSE_EXPRESSION}"'
    assert f'"{about.SOURCE_TEXTS_LICENSE_FILE}"' in _pyproject("license-files")
    assert (ROOT / about.SOURCE_TEXTS_LICENSE_FILE).is_file()
    assert _parts(about.LICENSE_EXPRESSION) == {about.CODE_LICENSE, about.SOURCE_TEXTS_LICENSE}


def _bibtex_licence(text: str) -> str:
    entry = text.split("\n\n", 1)[0]
    assert entry.startswith("@software{jplabour,")
    found = re.search(r"^  license  = \{(.*)\},$", entry, re.MULTILINE)
    assert found is not None
    return found[1]


def test_bibtex_states_the_whole_expression() -> None:
    """`license = {MIT AND LicenseRef-jplabour-source-texts}`, not `{MIT}` (issue 13)."""
    assert _bibtex_licence(cite("bibtex")) == about.LICENSE_EXPRESSION
    assert _bibtex_licence(bibtex(sources_named(["rengo-brochure-2019"]))) == (
        about.LICENSE_EXPRESSION
    )


def test_cff_states_the_same_licences() -> None:
    """CFF's SPDX `license` and its `license-url` together are the expression's parts.

    CFF's `license` takes identifiers of the SPDX list only, so the source
    texts' reference is its file's URL, and the abstract gives the expression.
    """
    document = yaml.safe_load(cff(sources_named([])))
    url = document["license-url"]
    assert url == f"{about.REPOSITORY_URL}/blob/main/{about.SOURCE_TEXTS_LICENSE_FILE}"
    assert _parts(about.LICENSE_EXPRESSION) == {document["license"], Path(url).stem}
    assert f"Licence: {about.LICENSE_EXPRESSION}." in document["abstract"]


def test_citation_cff_in_the_repository_agrees() -> None:
    """The committed CITATION.cff states what the command does."""
    document = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    assert document["license"] == about.CODE_LICENSE
    assert Path(document["license-url"]).stem == about.SOURCE_TEXTS_LICENSE


def test_the_citing_page_states_the_expression() -> None:
    """docs/citing.md (generated) gives the expression in prose and in its BibTeX."""
    page = (ROOT / "docs" / "citing.md").read_text(encoding="utf-8")
    assert f"`{about.LICENSE_EXPRESSION}`" in page
    assert f"  license  = {{{about.LICENSE_EXPRESSION}}}," in page
    assert "license  = {MIT}," not in page
