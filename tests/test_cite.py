"""``jplabour cite``, CITATION.cff, docs/citing.md and ``jplabour --version``."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from jplabour import __version__, about, cli
from jplabour.cite import CITE_FORMATS, cite
from jplabour.data import DATASET
from jplabour.data_version import DATA_VERSION
from jplabour.model import SourceKind

#: What ``jplabour cite`` cites by default: the seed documents, not the name references.
SEEDS = tuple(source for source in DATASET.sources if source.kind is SourceKind.SEED)

yaml = pytest.importorskip("yaml")
ROOT = Path(__file__).resolve().parent.parent
#: The Citation File Format 1.2.0 schema, from the citation-file-format project (CC-BY-4.0).
CFF_SCHEMA = Path(__file__).resolve().parent / "data" / "cff-1.2.0.schema.json"


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_version_prints_the_package_and_data_versions(capsys: pytest.CaptureFixture[str]) -> None:
    """``jplabour --version``: both versions on one line."""
    with pytest.raises(SystemExit) as exited:
        cli.main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out == f"jplabour {__version__}, data version {DATA_VERSION}\n"


def test_bibtex_cites_jplabour_with_versions_year_and_url(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The default format: jplabour's entry has version, data version, year and URL."""
    code, out, err = _run(["cite"], capsys)
    assert (code, err) == (0, "")
    entry = out.split("\n\n")[0]
    assert entry.startswith("@software{jplabour,")
    for line in (
        "  author   = {{The jplabour developers}},",
        f"  version  = {{{__version__}}},",
        f"  year     = {{{DATA_VERSION.split('.')[0]}}},",
        f"  url      = {{{about.DOCS_URL}}},",
        f"  note     = {{Data version {DATA_VERSION}}},",
    ):
        assert line in entry.splitlines()
    assert out.count("@misc{") == len(SEEDS) == 5
    assert out.count("{") == out.count("}") + out.count("\\}") - out.count("\\{")


def test_sources_carry_what_they_state_and_nothing_else(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """RENGO's brochure has a publisher and a date; the Zenroren article has neither."""
    code, out, _ = _run(["cite", "rengo-brochure-2019", "zenroren-article"], capsys)
    assert code == 0
    rengo, zenroren = out.strip().split("\n\n")[1:]
    assert "  author   = {{Japanese Trade Union Confederation (RENGO)}}," in rengo
    assert "  year     = {2019},\n  month    = dec," in rengo
    assert "author" not in zenroren
    assert "year" not in zenroren
    code, out, _ = _run(
        ["cite", "--format", "apa", "rengo-brochure-2019", "zenroren-article"], capsys
    )
    assert out.splitlines()[2:] == [
        "Japanese Trade Union Confederation (RENGO). (2019, December). *RENGO 2020-2021*.",
        "",
        "*Zenroren*. (n.d.).",
    ]


def test_an_unknown_source_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown id names itself and the known ids; nothing is printed on stdout."""
    code, out, err = _run(["cite", "rengo"], capsys)
    assert (code, out) == (2, "")
    assert err.startswith("jplabour cite: error: no source 'rengo'; sources: jichiroren-entry,")
    assert err.count("\n") == 1


@pytest.mark.parametrize("fmt", CITE_FORMATS)
def test_the_command_prints_cite(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    """The command line and the function agree, in every format."""
    code, out, _ = _run(["cite", "--format", fmt], capsys)
    assert code == 0
    assert out == cite(fmt)  # type: ignore[arg-type]


def _cff_errors(document: object) -> list[str]:
    from jsonschema import Draft7Validator, FormatChecker

    schema = json.loads(CFF_SCHEMA.read_text(encoding="utf-8"))
    validator = Draft7Validator(schema, format_checker=FormatChecker())
    return [error.message for error in validator.iter_errors(document)]


def test_citation_cff_is_valid_and_current() -> None:
    """CITATION.cff is valid Citation File Format 1.2.0, and is ``jplabour cite --format cff``."""
    text = (ROOT / "CITATION.cff").read_text(encoding="utf-8")
    assert text == cite("cff")
    document = yaml.safe_load(text)
    assert _cff_errors(document) == []
    assert document["version"] == __version__
    assert document["url"] == about.DOCS_URL
    assert [reference["title"] for reference in document["references"]] == [
        source.title for source in SEEDS
    ]


def test_the_cff_schema_has_teeth() -> None:
    """A reference without authors, or a version that is a list, is refused."""
    document = yaml.safe_load(cite("cff"))
    del document["references"][0]["authors"]
    document["version"] = ["x"]
    assert len(_cff_errors(document)) == 2


def test_citing_page_and_citation_file_are_current() -> None:
    """docs/citing.md and CITATION.cff are what tools/make_citing.py writes."""
    tool = ROOT / "tools" / "make_citing.py"
    result = subprocess.run(
        [sys.executable, str(tool), "--check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout


def test_project_urls_point_to_the_docs_site() -> None:
    """Pyproject's Homepage/Documentation and mkdocs' site_url are the docs site."""
    tomllib = pytest.importorskip("tomllib", reason="tomllib is in Python 3.11 and later")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["urls"]["Homepage"] == about.DOCS_URL
    assert project["urls"]["Documentation"] == about.DOCS_URL
    assert project["urls"]["Source"] == about.REPOSITORY_URL
    # mkdocs.yml has mkdocs' own tags (!relative), which yaml.safe_load refuses.
    site_url = re.search(r"^site_url: (\S+)$", (ROOT / "mkdocs.yml").read_text(), re.MULTILINE)
    assert site_url is not None
    assert site_url[1] == about.DOCS_URL


def test_a_reference_is_cited_when_named(capsys: pytest.CaptureFixture[str]) -> None:
    """A public reference consulted for names is cited only when its id is named."""
    (reference,) = [source for source in DATASET.sources if source.id == "ref-rengo"]
    assert reference.kind is SourceKind.REFERENCE
    code, default, _ = _run(["cite"], capsys)
    assert code == 0
    assert "ref-rengo" not in default
    code, named, _ = _run(["cite", "ref-rengo"], capsys)
    assert code == 0
    assert "@misc{ref-rengo," in named
    assert "oldid=81471334" in named  # its address, as BibTeX escapes it
