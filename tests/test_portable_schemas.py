"""The JSON Schemas give one verdict in every validator: jsonschema, jsonschema-rs and ajv.

ajv runs when it is installed in ``.node/`` (``.ci/run`` installs it there with
npm, when npm is available); otherwise its tests are skipped with that note.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from jplabour import schema
from jplabour.data import DATASET
from jplabour.model import PARTIAL_DATE_PATTERN, PATTERN_END, TABLES, PartialDate
from jplabour.serialize import dataset_to_document, record_to_dict
from strategies import mutated_record_dicts, record_dicts

jsonschema_rs = pytest.importorskip("jsonschema_rs")

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "schemas"
NODE_MODULES = ROOT / ".node" / "node_modules"
AJV_SCRIPT = Path(__file__).resolve().parent / "js" / "ajv_verdicts.cjs"
FILES = sorted(SCHEMAS.glob("*.schema.json"))


def test_the_schemas_hold_patterns() -> None:
    """The pattern test below is not vacuous: most schemas state patterns."""
    assert sum('"pattern"' in path.read_text(encoding="utf-8") for path in FILES) >= len(FILES) - 2


#: JSON numbers beyond this are not exact in JavaScript: a limit of ajv's language, not ours.
_JS_SAFE_INTEGER = 2**53 - 1

#: Every keyword of draft 2020-12 that the schemas may use (the validation and
#: annotation vocabularies); anything else would be unknown to a strict validator.
_KNOWN_KEYWORDS = {
    "$schema", "$id", "$defs", "$ref", "$comment", "title", "description", "default",
    "type", "enum", "const", "properties", "required", "additionalProperties", "items",
    "minItems", "minLength", "maxLength", "minimum", "maximum", "pattern", "examples",
    "anyOf", "oneOf",
}  # fmt: skip
#: Escapes whose meaning differs between Python's re, ECMA-262 and Rust's regex.
_UNPORTABLE = re.compile(r"\\[sSdDwWbBAzZ]")


def _schema(path: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def _walk(node: Any) -> Iterator[tuple[str, Any]]:
    """Every (keyword, value) of a schema, nested schemas included (not property names)."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield key, value
            if key in ("properties", "$defs"):
                for sub in value.values():
                    yield from _walk(sub)
            elif key in ("items", "additionalProperties"):
                yield from _walk(value)
            elif key in ("anyOf", "oneOf"):
                for sub in value:
                    yield from _walk(sub)


class _Ajv:
    """One node process answering ajv's verdicts (see tests/js/ajv_verdicts.cjs)."""

    def __init__(self) -> None:
        node = shutil.which("node")
        if node is None or not (NODE_MODULES / "ajv").is_dir():
            pytest.skip(
                "ajv is not installed: .ci/run installs ajv and ajv-formats into .node/ "
                "with npm, which this machine lacks"
            )
        self.process = subprocess.Popen(
            [node, str(AJV_SCRIPT), *map(str, FILES)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env={"NODE_PATH": str(NODE_MODULES)},
        )
        assert self._read() == "ready"

    def _read(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def is_valid(self, name: str, instance: Any) -> bool:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps([f"{name}.schema.json", instance]) + "\n")
        self.process.stdin.flush()
        return self._read() == "1"

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=10)
        assert self.process.stdout is not None
        self.process.stdout.close()


@pytest.fixture(scope="module")
def ajv() -> Iterator[_Ajv]:
    """The ajv verdicts, one node process for the module."""
    verdicts = _Ajv()
    yield verdicts
    verdicts.close()


def _js_exact(value: Any) -> bool:
    if isinstance(value, dict):
        return all(map(_js_exact, value.values()))
    if isinstance(value, list):
        return all(map(_js_exact, value))
    return not isinstance(value, int) or abs(value) <= _JS_SAFE_INTEGER


_PYTHON = {path.name.removesuffix(".schema.json"): Draft202012Validator(_schema(path)) for path in FILES}  # fmt: skip
_RUST = {path.name.removesuffix(".schema.json"): jsonschema_rs.validator_for(_schema(path)) for path in FILES}  # fmt: skip


def _verdicts(name: str, instance: Any, ajv: _Ajv | None) -> dict[str, bool]:
    verdicts = {
        "jsonschema": _PYTHON[name].is_valid(instance),
        "jsonschema-rs": _RUST[name].is_valid(instance),
    }
    if ajv is not None and _js_exact(instance):
        verdicts["ajv"] = ajv.is_valid(name, instance)
    return verdicts


# --------------------------------------------------------------------------- the schemas


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_keyword_is_a_known_draft_2020_12_keyword(path: Path) -> None:
    """No unknown keyword (such as x-ref): references are annotated with $comment."""
    document = _schema(path)
    Draft202012Validator.check_schema(document)
    assert {key for key, _ in _walk(document)} <= _KNOWN_KEYWORDS
    comments = [value for key, value in _walk(document) if key == "$comment"]
    assert all(comment.removeprefix(schema.REF_PREFIX) in TABLES for comment in comments)


def test_references_are_annotated() -> None:
    """Each reference field says which table it refers to, in a $comment."""
    properties = _schema(SCHEMAS / "memberships.schema.json")["properties"]
    assert properties["org_id"]["$comment"] == "ref: organizations"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_pattern_is_anchored_and_portable(path: Path) -> None:
    r"""Each pattern begins with ^, ends with $(?!\n), and uses no escape whose meaning differs.

    (The org-id and member-count vocabularies hold an enum and an integer: no pattern.)
    """
    for pattern in [value for key, value in _walk(_schema(path)) if key == "pattern"]:
        assert pattern.startswith("^"), pattern
        assert pattern.endswith(PATTERN_END), pattern
        assert not _UNPORTABLE.search(pattern), pattern
        re.compile(pattern)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_ajv_compiles_every_schema_in_strict_mode(path: Path) -> None:
    """``ajv compile --spec=draft2020 --strict=true -c ajv-formats``, as the issue reported it."""
    ajv_cli = NODE_MODULES / ".bin" / "ajv"
    if not ajv_cli.exists():
        pytest.skip("ajv-cli is not installed: .ci/run installs it into .node/ with npm")
    argv = [str(ajv_cli), "compile", "--spec=draft2020", "--strict=true"]
    argv += ["-c", "ajv-formats", "-s", str(path)]
    result = subprocess.run(
        argv, capture_output=True, text=True, check=False, env={"NODE_PATH": str(NODE_MODULES)}
    )
    assert result.returncode == 0, result.stderr
    assert "is valid" in result.stdout + result.stderr


# --------------------------------------------------------------------------- verdicts


def test_the_embedded_records_are_valid_everywhere(ajv: _Ajv) -> None:
    """Every record of the data, and the whole export document, pass all three validators."""
    for table in TABLES:
        for record in DATASET.table(table):
            verdicts = _verdicts(table, record_to_dict(record), ajv)
            assert set(verdicts.values()) == {True}, (table, record.id, verdicts)
    document = json.loads(json.dumps(dataset_to_document(DATASET)))
    assert set(_verdicts(schema.DOCUMENT, document, ajv).values()) == {True}


_RENGO = record_to_dict(DATASET.organizations[0])


@pytest.mark.parametrize(
    ("field", "valid", "invalid"),
    [
        ("id", "acftu", "acftu\n"),  # Python's $ alone matches before a final newline
        ("email", "info@example.org", "info\x85@example.org"),  # U+0085 is \s in Python only
        ("email", "info@example.org", "in fo@example.org"),
        ("email", "info@example.org", "info\x00@example.org"),
        ("founded", "2020-02-29", "2019-02-29"),
        ("founded", "2000-02-29", "1900-02-29"),
        ("founded", "0001", "0000"),
        ("founded", "2019-04-30", "2019-04-31"),
        ("phone", "+81352950526", "+81352950526\n"),
        ("postal_code", "101-0062", "101-0062\n"),
        ("websites", ["https://example.org/a"], ["https://example.org/a\u2028"]),
        ("websites", ["https://example.org/a"], ["https://example.org/\ta"]),
    ],
)
def test_the_reported_disagreements_are_gone(
    ajv: _Ajv, field: str, valid: Any, invalid: Any
) -> None:
    """Each case of the issue, as a pair: the valid value passes everywhere, the other nowhere."""
    good = _verdicts("organizations", {**_RENGO, field: valid}, ajv)
    bad = _verdicts("organizations", {**_RENGO, field: invalid}, ajv)
    assert set(good.values()) == {True}, good
    assert set(bad.values()) == {False}, bad


#: Characters that break a value where they are appended or inserted.
_BREAKERS = st.sampled_from(["\n", "\r", "\x00", "\x1f", "\x7f", "\x85", "\u2028", "\ufeff", " "])


@st.composite
def _with_a_control_character(draw: st.DrawFn, table: str) -> dict[str, Any]:
    """A valid record of *table* with a control or space character put into one string."""
    value = draw(record_dicts(TABLES[table]))
    strings = sorted(name for name, item in value.items() if isinstance(item, str))
    if not strings:
        return value
    name = draw(st.sampled_from(strings))
    at = draw(st.integers(0, len(value[name])))
    value[name] = value[name][:at] + draw(_BREAKERS) + value[name][at:]
    return value


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_the_validators_agree_on_records_and_mutations(ajv: _Ajv, data: st.DataObject) -> None:
    """Differential: valid dicts, one-change mutations and control characters get one verdict."""
    table = data.draw(st.sampled_from(list(TABLES)), label="table")
    value = data.draw(
        st.one_of(
            record_dicts(TABLES[table]),
            mutated_record_dicts(TABLES[table]),
            _with_a_control_character(table),
        ),
        label="value",
    )
    verdicts = _verdicts(table, value, ajv)
    assert len(set(verdicts.values())) == 1, verdicts


# --------------------------------------------------------------------------- partial dates


def _parses(text: str) -> bool:
    try:
        PartialDate.parse(text)
    except ValueError:
        return False
    return True


def test_the_partial_date_pattern_is_the_calendar() -> None:
    """On every day, month and year of a range (leap, century and edge years), pattern == parse."""
    pattern = re.compile(PARTIAL_DATE_PATTERN)
    years = [*range(30), *range(1890, 2110), 2400, 2800, 3000, *range(9990, 10001)]
    disagreements = [
        text
        for year in years
        for month in range(14)
        for day in range(33)
        for text in (f"{year:04d}", f"{year:04d}-{month:02d}", f"{year:04d}-{month:02d}-{day:02d}")
        if (pattern.search(text) is not None) != _parses(text)
    ]
    assert disagreements == []


@given(
    text=st.from_regex(r"[0-9]{1,5}(-[0-9]{1,3}){0,3}\n?", fullmatch=True) | st.text(max_size=12)
)
def test_the_partial_date_pattern_agrees_with_parse_on_any_text(text: str) -> None:
    """Near-miss texts (wrong widths, a final newline, extra parts) and junk: pattern == parse."""
    assert (re.search(PARTIAL_DATE_PATTERN, text) is not None) == _parses(text)
