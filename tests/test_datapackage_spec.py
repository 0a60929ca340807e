"""The data package against the specifications: XML Schema patterns, package metadata."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape, quoteattr

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jplabour import about, export
from jplabour.data import DATASET
from jplabour.model import TABLES

xmlschema = pytest.importorskip("xmlschema")

_XSD = """<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:element name="cell">
    <xs:simpleType>
      <xs:restriction base="xs:string"><xs:pattern value={pattern}/></xs:restriction>
    </xs:simpleType>
  </xs:element>
</xs:schema>"""

_DESCRIPTOR = export.datapackage_descriptor()


def _patterned_fields() -> list[tuple[str, str, str]]:
    """(table, field, Table Schema pattern) of every field with a pattern."""
    return [
        (resource["name"], field["name"], field["constraints"]["pattern"])
        for resource in _DESCRIPTOR["resources"]
        for field in resource["schema"]["fields"]
        if "pattern" in field.get("constraints", {})
    ]


_FIELDS = _patterned_fields()
_SCHEMAS: dict[str, Any] = {}


def _xsd(pattern: str) -> Any:
    """The XML Schema with *pattern* as the facet of one element (compiled once)."""
    if pattern not in _SCHEMAS:
        _SCHEMAS[pattern] = xmlschema.XMLSchema(_XSD.format(pattern=quoteattr(pattern)))
    return _SCHEMAS[pattern]


def _xsd_accepts(pattern: str, cell: str) -> bool:
    return bool(_xsd(pattern).is_valid(f"<cell>{escape(cell)}</cell>"))


def _model_pattern(table: str, name: str) -> str:
    from jplabour.model import PARTIAL_DATE_PATTERN
    from jplabour.schema import field_shapes

    (shape,) = (s for s in field_shapes(TABLES[table]) if s.name == name)
    pattern: str = shape.constraints.get("pattern", PARTIAL_DATE_PATTERN)
    return pattern


@pytest.mark.parametrize(("table", "name", "pattern"), _FIELDS, ids=lambda v: str(v)[:24])
def test_each_pattern_is_an_xml_schema_regular_expression(
    table: str, name: str, pattern: str
) -> None:
    """Xmlschema compiles each pattern, and it accepts every cell of the exported data."""
    import re

    _xsd(pattern)
    cells = [row[name] for row in export.tables()[table] if isinstance(row[name], str)]
    for cell in cells:
        assert _xsd_accepts(pattern, cell), (table, name, cell)
        assert re.fullmatch(pattern, cell), (table, name, cell)


_NEAR_MISSES = st.sampled_from(
    ["", "x", "1989-13", "2019-02-29", "1900-02-29", "0000", "2020-02-29", "+0", "+8135",
     "101-00620", "rengo-", "a--b", "EN", "info@@example.org", "https://a b", "https://a",
     "mailto:x@example.org", "1989-11-31", "2000-02-29"]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(
    field=st.sampled_from(_FIELDS),
    cell=_NEAR_MISSES | st.text(alphabet="0123456789-+:/.@abcAZ \t", max_size=12),
)
def test_xml_schema_python_and_the_model_agree(field: tuple[str, str, str], cell: str) -> None:
    """Differential: xmlschema, frictionless' reading (Python re) and the model pattern agree."""
    import re

    table, name, pattern = field
    by_xsd = _xsd_accepts(pattern, cell)
    by_python = re.fullmatch(pattern, cell) is not None
    by_model = re.search(_model_pattern(table, name), cell) is not None
    assert by_xsd == by_python == by_model, (table, name, cell)


def test_the_package_states_its_licences_homepage_and_contributors() -> None:
    """Code/records and the quoted texts are licensed separately; homepage and authors are given."""
    licences = _DESCRIPTOR["licenses"]
    assert [licence.get("name") for licence in licences] == [about.CODE_LICENSE, None]
    assert all(licence["path"].startswith(about.REPOSITORY_URL) for licence in licences)
    assert "verbatim quotes" in licences[1]["title"]
    assert _DESCRIPTOR["homepage"] == about.DOCS_URL
    assert _DESCRIPTOR["contributors"] == [
        {"title": about.AUTHORS, "role": "author", "path": about.REPOSITORY_URL}
    ]
    assert [source["title"] for source in _DESCRIPTOR["sources"]] == [
        source.title for source in DATASET.sources
    ]


def test_frictionless_accepts_the_descriptor_metadata() -> None:
    """The descriptor passes frictionless' Data Package profile; a licence without name or path fails."""
    frictionless = pytest.importorskip("frictionless")
    assert list(frictionless.Package.metadata_validate(_DESCRIPTOR)) == []
    broken = {**_DESCRIPTOR, "licenses": [{"title": "no name, no path"}]}
    assert list(frictionless.Package.metadata_validate(broken))
