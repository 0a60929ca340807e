"""The JSON Schema vocabulary others $ref: stable ids, honest patterns, and a worked example.

The third party's schema (examples/union_survey.schema.json) is checked by
jsonschema, jsonschema-rs and, where Node and ajv are installed (``NODE_PATH``
pointing at a node_modules with ajv 8), by ajv in strict mode.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import jsonschema_rs
import pytest
import referencing
from hypothesis import given
from hypothesis import strategies as st

import jplabour
from jplabour import strategies as js
from jplabour.formats import InvalidFormat, era_date, number
from jplabour.formats import count as count_format
from jplabour.model import PARTIAL_DATE_PATTERN
from jplabour.schema_vocabulary import (
    COUNT_PATTERN,
    ERA_DATE_PATTERN,
    VOCABULARY,
    vocabulary_id,
    vocabulary_schemas,
)

ROOT = Path(__file__).resolve().parent.parent
SURVEY = json.loads((ROOT / "examples" / "union_survey.schema.json").read_text(encoding="utf-8"))
SCHEMAS = vocabulary_schemas()

#: Responses the survey's schema accepts, and responses it refuses (with why).
VALID: list[dict[str, Any]] = [
    {"union": "ua-zensen", "surveyed": "2019-10", "members": 1767000},
    {
        "union": "zenroren",
        "union_as_written": "Zenrōren (全労連)",
        "surveyed": "2019",
        "founded_as_written": "平成元年11月",
        "members": "１，０００，０００人",
        "respondent": "general secretary",
    },
    {"union": "rengo", "surveyed": "2019-10-01", "founded_as_written": "H1.11.21", "members": "0"},
]
INVALID: list[dict[str, Any]] = [
    {"union": "UA ZENSEN", "surveyed": "2019-10", "members": 1},  # a name is no id
    {"union": "rengo", "surveyed": "2019/10", "members": 1},  # not YYYY-MM
    {"union": "rengo", "surveyed": "2019-13", "members": 1},
    {"union": "rengo", "surveyed": "2019", "members": -1},
    {"union": "rengo", "surveyed": "2019", "members": "1,76,7000"},
    {"union": "rengo", "surveyed": "2019", "members": "約1,000"},
    {"union": "rengo", "surveyed": "2019", "members": 1.5},
    {"union": "rengo", "surveyed": "2019", "members": 1, "founded_as_written": "令和元年度"},
    {"union": "rengo", "surveyed": "2019", "members": 1, "union_as_written": " "},
    {"union": "rengo", "surveyed": "2019"},
]


def test_each_vocabulary_schema_has_its_stable_id_and_is_valid() -> None:
    """Every schema is draft 2020-12, with urn:jplabour:schema:vocabulary:NAME as its $id."""
    assert tuple(SCHEMAS) == VOCABULARY
    for name, schema in SCHEMAS.items():
        assert schema["$id"] == f"urn:jplabour:schema:vocabulary:{name}" == vocabulary_id(name)
        jsonschema.Draft202012Validator.check_schema(schema)
        jsonschema_rs.validator_for(schema)
        assert not re.search(r'"x-', json.dumps(schema)), name  # no unknown keywords
    with pytest.raises(KeyError, match="org-id"):
        vocabulary_id("org_id")


def test_the_files_in_schemas_are_the_vocabulary() -> None:
    """schemas/NAME.schema.json holds each vocabulary schema (jplabour schema --check keeps it current)."""
    for name, schema in SCHEMAS.items():
        path = ROOT / "schemas" / f"{name}.schema.json"
        assert json.loads(path.read_text(encoding="utf-8")) == schema


def test_member_count_boundaries() -> None:
    """0 and the largest 18-digit count pass as integers; -1 and 10**18 fail, as in jplabour."""
    largest = 10**number.MAX_DIGITS - 1
    schema = SCHEMAS["member-count"]
    verdicts = [-1, 0, largest, largest + 1]
    expected = [False, True, True, False]
    assert [jsonschema.Draft202012Validator(schema).is_valid(n) for n in verdicts] == expected
    assert [jsonschema_rs.validator_for(schema).is_valid(n) for n in verdicts] == expected


def test_org_id_is_the_enum_of_ids() -> None:
    """org-id lists every organisation id, and nothing else."""
    assert SCHEMAS["org-id"]["enum"] == sorted(org.id for org in jplabour.DATASET.organizations)
    assert SCHEMAS["partial-date"]["pattern"] == PARTIAL_DATE_PATTERN


def test_org_ref_examples_resolve() -> None:
    """The examples of org-ref are names lookup resolves to one organisation."""
    assert SCHEMAS["org-ref"]["examples"]
    for name in SCHEMAS["org-ref"]["examples"]:
        assert jplabour.lookup(name).unique


def _refusal(validate: Callable[[str], str], text: str) -> str | None:
    """The code of *validate*'s refusal of *text*, or None when it accepts it."""
    try:
        validate(text)
    except InvalidFormat as error:
        return error.code
    return None


#: The reasons era_date may refuse text of the era-date form: what a pattern cannot see.
RANGE_CODES = {"era-range", "no-such-date", "era-year"}


@given(
    text=js.era_dates()
    | js.era_dates(valid=False)
    | st.text(alphabet="明治大正昭和平成令和元年月日度MTSHRmh０１２３4567.／-　 ㍻", max_size=12)
)
def test_the_era_date_pattern_accepts_the_form_and_era_date_the_rest(text: str) -> None:
    """Text the pattern matches is an era date or one outside its era; era dates all match."""
    matched = re.search(ERA_DATE_PATTERN, text) is not None
    code = _refusal(era_date.validate, text)
    if matched:
        assert code in RANGE_CODES | {None}, (text, code)
    else:
        assert code is not None, text


@given(
    text=st.integers(0, 10**20).map(lambda n: f"{n:,}")
    | st.integers(0, 10**20).map(str)
    | st.text(alphabet="0123456789,，０１２人名 約.-", max_size=12)
)
def test_the_count_pattern_accepts_what_number_reads(text: str) -> None:
    """Text the count pattern matches is a count jplabour reads, unless it has too many digits.

    (Counts are read by :mod:`jplabour.formats.count`, the unit ``人``/``名`` included;
    a plain number by :mod:`~jplabour.formats.number`.)

    jplabour also reads spaces inside a number (``1 767 000``), which the pattern leaves out.
    """
    if re.search(COUNT_PATTERN, text):
        assert _refusal(count_format.validate, text) in {None, "too-large"}
    elif number.is_valid(text):
        assert re.search(r"[0-9０-９]\s+[0-9０-９,，]|[,，]\s", text), (
            text
        )  # spaces inside a number


def _registry() -> referencing.Registry[Any]:
    resources = [
        (schema["$id"], referencing.Resource.from_contents(schema)) for schema in SCHEMAS.values()
    ]
    return referencing.Registry().with_resources(resources)


def test_the_third_party_schema_in_jsonschema() -> None:
    """The jsonschema package resolves the $refs and tells the valid responses from the invalid ones."""
    validator = jsonschema.Draft202012Validator(SURVEY, registry=_registry())
    validator.check_schema(SURVEY)
    for response in VALID:
        validator.validate(response)
    for response in INVALID:
        assert not validator.is_valid(response), response


def test_the_third_party_schema_in_jsonschema_rs() -> None:
    """Given the vocabulary in a registry, jsonschema-rs agrees."""
    registry = jsonschema_rs.Registry([(schema["$id"], schema) for schema in SCHEMAS.values()])
    validator = jsonschema_rs.validator_for(SURVEY, registry=registry)
    assert [validator.is_valid(response) for response in VALID] == [True] * len(VALID)
    assert [validator.is_valid(response) for response in INVALID] == [False] * len(INVALID)


_AJV_SCRIPT = r"""
const Ajv2020 = require("ajv/dist/2020").default;
const input = JSON.parse(require("fs").readFileSync(0, "utf8"));
const ajv = new Ajv2020({strict: true, allErrors: true});
for (const schema of input.vocabulary) ajv.addSchema(schema);
const validate = ajv.compile(input.schema);
process.stdout.write(JSON.stringify(input.instances.map((instance) => validate(instance))));
"""


#: Where .ci/run installs ajv with npm (git-ignored); NODE_PATH may name another place.
_NODE_MODULES = Path(__file__).resolve().parents[1] / ".node" / "node_modules"


def _node_env() -> dict[str, str]:
    paths = [str(_NODE_MODULES), *filter(None, [os.environ.get("NODE_PATH")])]
    return {**os.environ, "NODE_PATH": os.pathsep.join(paths)}


def _ajv() -> str:
    node = shutil.which("node")
    if node is None:
        pytest.skip("ajv check skipped: node is not installed")
    found = subprocess.run(
        [node, "-e", "require.resolve('ajv/dist/2020')"],
        capture_output=True,
        check=False,
        env=_node_env(),
    )
    if found.returncode != 0:
        pytest.skip(
            "ajv check skipped: ajv 8 is not installed (.ci/run installs it into .node/ with npm)"
        )
    return node


def test_the_third_party_schema_in_ajv_strict() -> None:
    """In strict mode, ajv compiles the vocabulary and the survey schema, and agrees."""
    node = _ajv()
    payload = {
        "vocabulary": list(SCHEMAS.values()),
        "schema": SURVEY,
        "instances": VALID + INVALID,
    }
    done = subprocess.run(
        [node, "-e", _AJV_SCRIPT],
        env=_node_env(),
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [True] * len(VALID) + [False] * len(INVALID)
