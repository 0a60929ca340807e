"""The core modules to mutate and the tests relevant to each: the one table :data:`TARGETS`.

A module, scope or test file of the table that is not found is reported
(by :func:`.mutants.collect`) and skipped, not a crash.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final, NamedTuple

#: The repository's root folder.
ROOT: Final = Path(__file__).resolve().parents[2]


class Target(NamedTuple):
    """A module to mutate (its top-level names in *scope*, or all of it) and the tests to run."""

    path: str
    tests: tuple[str, ...]
    scope: tuple[str, ...] = ()


_FORMAT_TESTS: Final = (
    "tests/test_formats.py",
    "tests/test_format_boundaries.py",
    "tests/test_format_edges.py",
    "tests/test_validator.py",
    "tests/test_validator_rules.py",
)
_VALIDATOR_TESTS: Final = (
    "tests/test_validator.py",
    "tests/test_validator_rules.py",
    "tests/test_validator_edges.py",
    "tests/test_validator_key_table.py",
    "tests/test_validator_columnar.py",
    "tests/test_validator_core_edges.py",
    "tests/test_validator_arrow_pieces.py",
    "tests/test_validator_hashed_keys.py",
    "tests/test_validator_chunking.py",
    "tests/test_formats.py",
)

#: The core modules and the tests relevant to each: update the paths here when modules move.
TARGETS: Final = (
    *(
        Target(f"src/jplabour/formats/{name}.py", _FORMAT_TESTS)
        for name in (
            "__init__",
            "email",
            "era_date",
            "number",
            "partial_date",
            "phone",
            "postal_code",
            "slug",
            "url",
        )
    ),
    # The validator's columns and cells (the per-column checkers, and the values they read
    # lazily) and its cross-row rules.
    Target("src/jplabour/validator/columns.py", _VALIDATOR_TESTS),
    Target("src/jplabour/validator/cells.py", _VALIDATOR_TESTS),
    Target("src/jplabour/validator/lazy.py", _VALIDATOR_TESTS),
    Target("src/jplabour/validator/rules.py", _VALIDATOR_TESTS),
    Target("src/jplabour/validator/compared.py", _VALIDATOR_TESTS),
    Target("src/jplabour/validator/hashed_keys.py", _VALIDATOR_TESTS),
    # Plain pieces read by Arrow, and their keys claimed with numpy.
    Target("src/jplabour/validator/arrow_pieces.py", _VALIDATOR_TESTS),
    Target("src/jplabour/validator/coded_keys.py", _VALIDATOR_TESTS),
    *(
        Target(
            f"src/jplabour/checks/{name}.py",
            (
                "tests/test_checks.py",
                "tests/test_checks_edges.py",
                "tests/test_core_boundaries.py",
                "tests/test_values_stated.py",
            ),
        )
        for name in (
            "identity",
            "links",
            "provenance",
            "dates",
            "totals",
            "contacts",
            "registry",
        )
    ),
    Target(
        "src/jplabour/provenance.py",
        (
            "tests/test_provenance.py",
            "tests/test_values_stated.py",
            "tests/test_checks.py",
            "tests/test_checks_edges.py",
        ),
    ),
    Target(
        "src/jplabour/load.py",
        ("tests/test_load.py", "tests/test_load_edges.py", "tests/test_core_boundaries.py"),
    ),
    Target(
        "src/jplabour/strict_json.py",
        ("tests/test_load.py", "tests/test_validator_safety.py", "tests/test_validator.py"),
    ),
    *(
        Target(f"src/jplabour/{name}.py", ("tests/test_api.py", "tests/test_api_edges.py"))
        for name in ("api", "resolving")
    ),
    *(
        Target(
            f"src/jplabour/{name}.py",
            (
                "tests/test_names.py",
                "tests/test_names_ja.py",
                "tests/test_names_edges.py",
                "tests/test_closeness.py",
                "tests/test_api.py",
            ),
        )
        for name in ("names", "folding", "name_keys", "closeness")
    ),
    Target(
        "src/jplabour/model/partial_date.py",
        (
            "tests/test_model.py",
            "tests/test_partial_date_edges.py",
            "tests/test_core_boundaries.py",
            "tests/test_model_package.py",
        ),
        ("PartialDate",),
    ),
)
