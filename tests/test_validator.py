"""Tests of jplabour.validator: downstream tables checked against jplabour's vocabulary and rules."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jplabour import cli
from jplabour.data import DATASET
from jplabour.errors import UnusableInputError
from jplabour.lifetimes import lifetimes
from jplabour.model import PartialDate, Succession, SuccessionKind
from jplabour.validator import (
    FIELD_LIMIT,
    LINE_LIMIT,
    WARNINGS_SHOWN,
    ValidationReport,
    required_columns,
    validate,
)
from jplabour.validator import run as validator_module

#: The headline example of docs/validator.md: Shift_JIS, names, full-width counts, era dates.
HEADLINE = (
    "org_id,value,as_of\n"
    '全労連,"１，５３０，０００",令和元年10月\n'
    'UA ZENSEN,"1,767,000",R1.10\n'
    'Jichiroren,"５０,０００",平成31年5月\n'
    "zenroren-jichiroren,１５００００,H31.4\n"
)


def _write(tmp_path: Path, name: str, data: str | bytes, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode(encoding) if isinstance(data, str) else data)
    return path


def _codes(report: ValidationReport) -> set[str]:
    return {issue.code for issue in report.errors} | {issue.code for issue in report.warnings}


def _run(*argv: str) -> int:
    return cli.main(["validate", *argv])


def test_required_columns_come_from_the_model() -> None:
    """Required downstream columns: required non-provenance fields, plus the documented overrides."""
    assert required_columns("memberships") == ("org_id", "value", "as_of")
    assert required_columns("affiliations") == ("member_id", "parent_id", "status")
    assert "id" not in required_columns("organizations")
    assert "citations" not in required_columns("organizations")


def test_headline_shift_jis_example(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Shift_JIS with names, full-width counts and era dates: normalised, with two real errors."""
    path = _write(tmp_path, "members.csv", HEADLINE, "cp932")
    out = tmp_path / "clean.csv"
    assert _run(str(path), "--table", "memberships", "--normalize", str(out)) == 1
    text = capsys.readouterr().out
    assert "members.csv:4: org_id:" in text
    assert "(ambiguous-name)" in text
    assert "rengo-jichiroren" in text
    assert "zenroren-jichiroren" in text
    assert "(era-range)" in text
    report = validate(path, "memberships")
    assert report.rows == 4
    assert {"name-resolved", "era-date", "normalized", "ambiguous-name", "era-range"} <= _codes(
        report
    )
    cleaned = out.read_text(encoding="utf-8-sig").splitlines()
    assert cleaned[0] == "org_id,value,as_of"
    assert cleaned[1] == "zenroren,1530000,2019-10"
    assert cleaned[2] == "ua-zensen,1767000,2019-10"
    assert cleaned[4] == "zenroren-jichiroren,150000,2019-04"


def test_json_output_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--format json prints valid, rows, errors and warnings; each issue has line, column, value, code, message."""
    path = _write(tmp_path, "m.csv", "org_id,value,as_of\nrengo,1,2019\nnobody-at-all,x,2019\n")
    assert _run(str(path), "--table", "memberships", "--format", "json") == 1
    document = json.loads(capsys.readouterr().out)
    assert {"valid", "rows", "errors", "warnings"} <= document.keys()
    assert document["valid"] is False
    assert document["rows"] == 2
    assert {issue["column"] for issue in document["errors"]} == {"org_id", "value"}
    for issue in document["errors"]:
        assert {"line", "column", "value", "code", "message"} <= issue.keys()
        assert issue["line"] == 3


def test_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """0 valid, 1 invalid, 2 unusable with one line naming the file and no traceback."""
    good = _write(tmp_path, "good.csv", "org_id,value,as_of\nrengo,100,2019-10\n")
    bad = _write(tmp_path, "bad.csv", "org_id,value,as_of\nrengo,-1,2019-10\n")
    empty = _write(tmp_path, "empty.csv", b"")
    assert _run(str(good), "--table", "memberships") == 0
    assert _run(str(bad), "--table", "memberships") == 1
    capsys.readouterr()
    assert _run(str(empty), "--table", "memberships") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "empty.csv" in err
    assert "Traceback" not in err
    assert _run(str(tmp_path / "missing.csv"), "--table", "memberships") == 2


def test_cli_in_a_subprocess_prints_no_traceback_for_junk(tmp_path: Path) -> None:
    """The installed command turns binary junk into exit 2 and one line."""
    junk = _write(tmp_path, "junk.csv", bytes(range(256)) * 10)
    done = subprocess.run(
        [sys.executable, "-m", "jplabour", "validate", str(junk), "--table", "memberships"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert "junk.csv" in done.stderr
    assert "Traceback" not in done.stderr
    assert "byte offset" in done.stderr


def test_the_input_is_never_modified_and_normalize_refuses_it(tmp_path: Path) -> None:
    """Validating and normalising leave the input's bytes alone; OUT may not be the input."""
    path = _write(tmp_path, "m.csv", HEADLINE, "cp932")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    validate(path, "memberships", normalize=tmp_path / "out.csv")
    with pytest.raises(UnusableInputError, match="new file"):
        validate(path, "memberships", normalize=path)
    with pytest.raises(UnusableInputError, match="--normalize must name a new file, not the input"):
        validate(path, "memberships", normalize=tmp_path / "." / "m.csv")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_10_mb_field_is_an_error_not_a_crash(tmp_path: Path) -> None:
    """A field far over the limit is reported on its line; the rows after it are still read."""
    big = "x" * (10 * 2**20)
    path = _write(
        tmp_path, "big.csv", f"org_id,value,as_of\nrengo,1,2019\nrengo,{big},2018\nrengo,2,2017\n"
    )
    report = validate(path, "memberships")
    assert not report.valid
    assert [(issue.line, issue.code) for issue in report.errors] == [(3, "too-long")]
    assert report.rows == 3  # the over-long line is a row too: counted and reported
    quoted = _write(
        tmp_path,
        "quoted.csv",
        f'org_id,value,as_of\nrengo,"{"y" * (FIELD_LIMIT + 10)}\n\n",2019\nrengo,2,2017\n',
    )
    report = validate(quoted, "memberships")
    assert "too-long" in _codes(report)
    assert LINE_LIMIT > FIELD_LIMIT


def test_header_problems(tmp_path: Path) -> None:
    """Missing required columns and duplicate columns are errors; unknown columns warnings."""
    path = _write(tmp_path, "m.csv", "org_id,value,value,colour\nrengo,1,2,red\n")
    report = validate(path, "memberships")
    codes = {(issue.code, issue.column) for issue in report.errors}
    assert ("missing-column", "as_of") in codes
    assert ("duplicate-column", "value") in codes
    assert [(w.code, w.column) for w in report.warnings] == [("unknown-column", "colour")]


def test_header_names_are_folded_like_enum_values(tmp_path: Path) -> None:
    """Width, case, spaces and hyphens in a header name do not matter: ``Org-ID`` is ``org_id``."""
    path = _write(tmp_path, "m.csv", "Org-ID,ＶＡＬＵＥ, As  Of \nrengo,1,2019\n")
    report = validate(path, "memberships")
    assert report.valid, report.render()
    assert report.warning_count == 0


def test_ragged_rows_and_blank_lines(tmp_path: Path) -> None:
    """Rows with too many or too few cells are errors; blank lines are skipped."""
    path = _write(tmp_path, "m.csv", "org_id,value,as_of\n\nrengo,1\nrengo,2,2019,extra\n")
    report = validate(path, "memberships")
    assert [(issue.line, issue.code) for issue in report.errors if issue.column == ""] == [
        (3, "missing-cells"),
        (4, "extra-cells"),
    ]
    assert report.rows == 2


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("m.csv", "\ufefforg_id,value,as_of\r\nrengo,1,2019\r\n".encode()),
        ("m.csv", "org_id,value,as_of\nrengo,1,2019\n".encode("utf-16")),
        (
            "m.txt",
            "org_id\tvalue\tas_of\nrengo\t1\t2019\n".encode("utf-16-be")[0:0]
            + "\ufefforg_id\tvalue\tas_of\nrengo\t1\t2019\n".encode("utf-16-be"),
        ),
        ("m.tsv", b"org_id\tvalue\tas_of\nrengo\t1\t2019\n"),
        ("m.jsonl", b'{"org_id": "rengo", "value": 1, "as_of": "2019"}\n\n'),
        ("m.json", b'[\n {"org_id": "rengo", "value": 1, "as_of": "2019"}\n]\n'),
        ("m.data", b'[{"org_id": "rengo", "value": "1", "as_of": "2019"}]'),
        ("m.csv", "org_id,value,as_of\r全労連,1,2019\r".encode("cp932")),
    ],
)
def test_formats_and_encodings_are_detected(tmp_path: Path, name: str, data: bytes) -> None:
    """UTF-8 with BOM, UTF-16 with BOM, TSV, JSON Lines, JSON arrays and CR line ends are read."""
    report = validate(_write(tmp_path, name, data), "memberships")
    assert report.rows == 1
    assert report.valid, report.render()


def test_json_problems(tmp_path: Path) -> None:
    """A bad JSON line is a row error; a broken or deeply nested JSON array is unusable."""
    lines = _write(
        tmp_path,
        "m.jsonl",
        '{"org_id": "rengo", "value": 1, "as_of": "2019"}\n{oops\n' + "[" * 100_000 + "\n7\n",
    )
    report = validate(lines, "memberships")
    assert [(i.line, i.code) for i in report.errors] == [
        (2, "bad-json"),
        (3, "bad-json"),
        (4, "not-an-object"),
    ]
    with pytest.raises(UnusableInputError, match="nested too deeply"):
        validate(_write(tmp_path, "deep.json", "[" * 100_000), "memberships")
    long_line = json.dumps({"org_id": "x" * LINE_LIMIT}) + "\n"
    report = validate(
        _write(tmp_path, "long.jsonl", long_line + '{"org_id": "rengo"}\n'), "memberships"
    )
    assert [(i.line, i.code) for i in report.errors] == [
        (1, "too-long"),
        (2, "missing-value"),
        (2, "missing-value"),
    ]
    with pytest.raises(UnusableInputError, match="line 3"):
        validate(
            _write(tmp_path, "broken.json", '[\n{"org_id": "rengo"},\n{"org_id" "x"}]'),
            "memberships",
        )


def test_undecodable_bytes_name_the_offset(tmp_path: Path) -> None:
    """Bytes that fit no encoding, even after the first megabyte, give exit 2 with the byte offset."""
    head = "org_id,value,as_of\n" + "rengo,1,2019\n" * 100_000
    path = _write(tmp_path, "m.csv", head.encode() + b"rengo,\xff\xfe\xfd,2019\n")
    with pytest.raises(
        UnusableInputError, match=rf"byte offset {len(head.encode()) + 6}.*line 100002"
    ):
        validate(path, "memberships")
    with pytest.raises(UnusableInputError, match="unknown encoding"):
        validate(path, "memberships", encoding="klingon")


def test_max_errors_keeps_n_but_counts_all(tmp_path: Path) -> None:
    """--max-errors stops collecting errors, not reading rows."""
    path = _write(
        tmp_path,
        "m.csv",
        "org_id,value,as_of\n" + "".join(f"rengo,x,{1990 + i}\n" for i in range(50)),
    )
    report = validate(path, "memberships", max_errors=3)
    assert len(report.errors) == 3
    assert report.error_count == 50
    assert report.rows == 50


def test_cross_row_rules() -> None:
    """Duplicate keys, dates out of order, dates outside a lifetime, counts above a parent's."""
    report = validate(
        [
            {"org_id": "zenroren", "value": 5, "as_of": "2019-01"},
            {"org_id": "全労連", "value": 6, "as_of": "平成31年1月"},
            {"org_id": "zenroren", "value": 5, "as_of": "1950"},
            {"org_id": "ua-zensen", "value": 10**12, "as_of": "2019-12"},
        ],
        "memberships",
    )
    found = {(issue.line, issue.code) for issue in report.errors}
    assert (2, "duplicate-key") in found
    assert (3, "outside-lifetime") in found
    assert (4, "above-parent") in found
    links = validate(
        [
            {
                "member_id": "ua-zensen",
                "parent_id": "rengo",
                "status": "affiliate",
                "since": "2019",
                "until": "2001",
            }
        ],
        "affiliations",
    )
    assert [issue.code for issue in links.errors] == ["date-order"]


def test_a_date_after_a_succession_is_outside_the_lifetime_for_the_reason_the_checks_give() -> None:
    """A predecessor has no figures after its merger: the error says who succeeded it, and when.

    No organisation of the shipped data ends by a succession alone (each merged
    one has its dissolution date), so one is added: Zenroren, as if unified
    into RENGO in 2000.
    """
    merged = Succession(
        id="zenroren-rengo-test",
        predecessor_id="zenroren",
        successor_id="rengo",
        kind=SuccessionKind.UNIFICATION,
        citations=DATASET.successions[0].citations,
        date="2000",
    )
    dataset = attrs.evolve(DATASET, successions=(*DATASET.successions, merged))
    lifetime = lifetimes(dataset)["zenroren"]
    assert lifetime.how_ended.startswith("succeeded by")
    assert lifetime.ended is not None
    after = PartialDate(lifetime.ended.year + 1)
    report = validate(
        [{"org_id": lifetime.org_id, "value": 1, "as_of": str(after)}],
        "memberships",
        dataset=dataset,
    )
    [issue] = [issue for issue in report.errors if issue.code == "outside-lifetime"]
    assert issue.column == "as_of"
    assert issue.message == f"as_of {after} is outside a lifetime: {lifetime.excludes(after)}"
    assert f"{lifetime.how_ended} in {lifetime.ended}" in issue.message


def test_the_lifetime_example_of_the_docs_is_what_the_validator_says() -> None:
    """docs/validator.md quotes an outside-lifetime message: the data still gives it."""
    text = " ".join(DOCS.read_text(encoding="utf-8").split())
    found = re.search(r"`(as_of (\S+) is outside a lifetime: (\S+) [^`]+)`", text)
    assert found is not None
    example, as_of, org_id = found.groups()
    report = validate([{"org_id": org_id, "value": 1, "as_of": as_of}], "memberships")
    assert [issue.message for issue in report.errors] == [example]


def test_long_cells_are_not_taken_for_names_and_are_shown_cut() -> None:
    """A cell far longer than any name is not looked up, and its issue shows the first 200 characters."""
    report = validate([{"org_id": "x" * 1000, "value": 1, "as_of": "2019"}], "memberships")
    [issue] = report.errors
    assert issue.code == "unknown-organization"
    assert "too long for a name" in issue.message
    assert issue.value == "x" * 200 + "..."


def test_names_resolve_or_are_ambiguous_or_unknown() -> None:
    """A unique name becomes its id (warning); an ambiguous name lists candidates; an unknown one suggests."""
    report = validate(
        [
            {"org_id": "ＵＡ　ＺＥＮＳＥＮ", "value": 1, "as_of": "2019"},
            {"org_id": "Jichirōren", "value": 1, "as_of": "2019"},
            {"org_id": "rengoo", "value": 1, "as_of": "2019"},
        ],
        "memberships",
    )
    assert [(w.line, w.code) for w in report.warnings] == [(1, "name-resolved")]
    ambiguous, unknown = report.errors
    assert ambiguous.code == "ambiguous-name"
    assert "rengo-jichiroren" in ambiguous.message
    assert "zenroren-jichiroren" in ambiguous.message
    assert unknown.code == "unknown-organization"
    assert "rengo" in unknown.hint


def test_field_checks_from_metadata() -> None:
    """Enums, minimums, defaults, booleans, formats and list cells are checked per the model."""
    report = validate(
        [
            {
                "org_id": "rengo",
                "value": 1,
                "as_of": "2019",
                "unit": "people",
                "approximate": "maybe",
            },
            {
                "org_id": "rengo",
                "value": 2,
                "as_of": "2019",
                "unit": "Organisations",
                "counted": "Affiliates",
            },
        ],
        "memberships",
    )
    assert {(i.line, i.column, i.code) for i in report.errors} == {
        (1, "unit", "enum"),
        (1, "approximate", "boolean"),
    }
    orgs = validate(
        [
            {
                "name_en": "A Union",
                "kind": "other",
                "phone": "03-5295-0526",
                "postal_code": "１００－０００５",
                "email": "x@@y",
                "websites": "https://a.example.jp|www.b.jp",
                "rank": 0,
            }
        ],
        "organizations",
    )
    assert {(i.column, i.code) for i in orgs.errors} == {
        ("email", "email"),
        ("websites", "url-scheme"),
    }
    assert {w.column for w in orgs.warnings} >= {"phone", "postal_code", "rank"}


def test_progress_only_on_a_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Nothing is written to stderr when it is not a terminal."""
    path = _write(tmp_path, "m.csv", "org_id,value,as_of\n" + "rengo,1,2019-10\n" * 70_000)
    assert _run(str(path), "--table", "memberships") == 1
    assert capsys.readouterr().err == ""


def test_progress_on_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a terminal, long runs report rows done and rows/s on stderr."""
    path = _write(tmp_path, "m.csv", "org_id,value,as_of\n" + "rengo,1,2019-10\n" * 70_000)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert _run(str(path), "--table", "memberships") == 1
    assert "65,536 rows" in capsys.readouterr().err


def test_import_jplabour_does_not_load_the_validator() -> None:
    """Import jplabour stays light: the validator and the formats load when used."""
    code = "import sys, jplabour; print(any(m.startswith(('jplabour.validator', 'jplabour.formats')) for m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.one_of(
        st.binary(max_size=2000),
        st.text(max_size=500).map(str.encode),
        st.lists(
            st.lists(st.text(alphabet=',"\n\r\t\x00abc1２令和元年', max_size=8), max_size=5),
            max_size=20,
        ).map(
            lambda rows: ("org_id,value,as_of\n" + "\n".join(",".join(row) for row in rows)).encode(
                "utf-8"
            )
        ),
    ),
    name=st.sampled_from(["j.csv", "j.tsv", "j.json", "j.jsonl", "j.txt"]),
)
def test_junk_input_gives_a_report_or_unusable_input(
    tmp_path: Path, data: bytes, name: str
) -> None:
    """Whatever the bytes: a report, or UnusableInputError with a one-line message; the file unchanged."""
    path = _write(tmp_path, name, data)
    outcome = _validate_or_error(path)
    if isinstance(outcome, UnusableInputError):
        assert "\n" not in outcome.one_line()
    else:
        assert outcome.rows >= 0
        json.dumps(outcome.to_dict())
    assert path.read_bytes() == data


def _validate_or_error(path: Path) -> ValidationReport | UnusableInputError:
    try:
        return validate(path, "memberships")
    except UnusableInputError as error:
        return error


# --- the documented examples, run as printed -----------------------------------------------

DOCS = Path(__file__).resolve().parent.parent / "docs" / "validator.md"


def _worked_example() -> tuple[str, list[tuple[str, str]]]:
    """The CSV of docs/validator.md's worked example, and its session as (command, output) pairs."""
    text = DOCS.read_text(encoding="utf-8").split("## Worked example", 1)[1]
    blocks = re.findall(r"```\n(.*?)```", text, re.DOTALL)
    csv_text, session = blocks[0], blocks[1]
    steps: list[tuple[str, str]] = []
    for line in session.splitlines():
        if line.startswith("$ "):
            steps.append((line[2:], ""))
        else:
            command, output = steps[-1]
            steps[-1] = (command, output + line + "\n")
    return csv_text, steps


def test_the_worked_example_runs_as_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """docs/validator.md's session gives exactly the output, exit code and cleaned copy it shows."""
    csv_text, steps = _worked_example()
    (tmp_path / "members.csv").write_bytes(csv_text.encode("cp932"))
    monkeypatch.chdir(tmp_path)
    status = None
    for command, expected in steps:
        argv = shlex.split(command)
        if argv[0] == "jplabour":
            capsys.readouterr()
            status = cli.main(argv[1:])
            assert capsys.readouterr().out == expected
        elif argv == ["echo", "$?"]:
            assert f"{status}\n" == expected
        else:
            assert argv[0] == "cat"
            assert Path(argv[1]).read_text(encoding="utf-8-sig") == expected
    assert [argv.split()[0] for argv, _ in steps] == ["jplabour", "echo", "cat"]


def test_the_readme_validate_command_works(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's `jplabour validate members.csv --table memberships` line runs on a real table."""
    readme = (DOCS.parent.parent / "README.md").read_text(encoding="utf-8")
    line = next(line for line in readme.splitlines() if line.startswith("jplabour validate "))
    argv = shlex.split(line.split("#", 1)[0])
    (tmp_path / argv[2]).write_bytes(HEADLINE.replace("Jichiroren", "JAM").encode("cp932"))
    monkeypatch.chdir(tmp_path)
    assert cli.main(argv[1:]) == 1  # 平成31年5月 does not exist


# --- newcomers' mistakes ------------------------------------------------------------------


def test_euc_jp_is_refused_clearly_not_read_as_mojibake(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """EUC-JP decodes as CP932 half-width katakana: exit 2 naming --encoding euc-jp, which works."""
    data = "org_id,value,as_of\n全労連,1,2019\n自治労連,2,令和元年\n".encode("euc_jp")
    path = _write(tmp_path, "m.csv", data)
    assert _run(str(path), "--table", "memberships") == 2
    err = capsys.readouterr().err
    assert "--encoding euc-jp" in err
    assert err.count("\n") == 1
    report = validate(path, "memberships", encoding="euc-jp")
    assert "name-resolved" in _codes(report)
    # Genuine Shift_JIS, also with some half-width katakana, is still detected.
    sjis = "org_id,value,as_of\n全労連,1,2019\nｾﾞﾝﾛｳﾚﾝ,2,2019\n".encode("cp932")
    assert validate(_write(tmp_path, "s.csv", sjis), "memberships").rows == 2


def test_a_header_naming_no_column_says_so_once(tmp_path: Path) -> None:
    """A file without a header row (or with Japanese column names) gets one hint naming line 1."""
    path = _write(tmp_path, "m.csv", "組合名,組合員数,時点\n全労連,1,2019\n")
    report = validate(path, "memberships")
    hints = [issue.hint for issue in report.errors if issue.code == "missing-column"]
    assert len(hints) == 3
    assert "line 1 is read as the header" in hints[0]
    assert "'組合名'" in hints[0]
    assert not any("header" in hint for hint in hints[1:])
    unnamed = validate(
        _write(tmp_path, "u.csv", "org_id,,value,,as_of\nrengo,,1,,2019\n"), "memberships"
    )
    assert unnamed.valid
    assert [w.message for w in unnamed.warnings] == [
        "column 2 has no name; it is not checked",
        "column 4 has no name; it is not checked",
    ]


def test_text_report_shows_a_few_warnings_of_each_kind(tmp_path: Path) -> None:
    """A long file of full-width numbers: every error shown, repeated warnings counted, not listed."""
    rows = "".join(f'rengo,"１，{i:03d}",{1990 + i}\n' for i in range(30))
    path = _write(tmp_path, "m.csv", "org_id,value,as_of\n" + rows + "rengo,x,2021\n")
    report = validate(path, "memberships")
    text = report.render().splitlines()
    assert report.warning_count == 30
    assert len(report.warnings) == 30
    assert sum("(normalized)" in line for line in text) == WARNINGS_SHOWN
    assert f"... and {30 - WARNINGS_SHOWN} more normalized warnings in column value" in text[-4]
    assert text[-3:-1] == [
        f"{path}: 1 not-a-number error: value 1",
        f"{path}: 30 normalized warnings: value 30",
    ]
    assert text[0].startswith(f"{path}:32: value:")
    assert text[-1].endswith("1 error, 30 warnings: invalid")


def test_huge_integers_from_python_are_errors() -> None:
    """An int too long for str() is a cell error, not a ValueError."""
    report = validate([{"org_id": "rengo", "value": 10**5000, "as_of": "2019"}], "memberships")
    assert [issue.column for issue in report.errors] == ["value"]


# --- the input is never modified; --normalize writes only where it is told -----------------


def test_normalize_refuses_a_directory_and_a_hard_link(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """OUT as a directory or a second name of the input: exit 2, nothing written, input intact."""
    path = _write(tmp_path, "m.csv", HEADLINE, "cp932")
    before = path.read_bytes()
    (tmp_path / "dir").mkdir()
    link = tmp_path / "link.csv"
    os.link(path, link)
    for target in (tmp_path / "dir", link, path):
        assert _run(str(path), "--table", "memberships", "--normalize", str(target)) == 2
        assert capsys.readouterr().err.count("\n") == 1
    assert path.read_bytes() == before
    assert list((tmp_path / "dir").iterdir()) == []
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_failed_normalize_leaves_no_file(tmp_path: Path) -> None:
    """Input found unusable after the copy was begun: no OUT, no temporary file."""
    head = "org_id,value,as_of\n" + "rengo,1,2019\n" * 100_000
    path = _write(tmp_path, "m.csv", head.encode() + b"rengo,\xff\xfe,2019\n")
    with pytest.raises(
        UnusableInputError, match=r"undecodable bytes at byte offset .*\(line 100002\)"
    ):
        validate(path, "memberships", normalize=tmp_path / "out.csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.csv"]


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.one_of(
        st.binary(max_size=3000),
        st.binary(max_size=300).map(lambda junk: b"org_id,value,as_of\nrengo,1,2019\n" + junk),
        st.binary(max_size=300).map(lambda junk: b'[{"org_id": "rengo"},' + junk),
    ),
    name=st.sampled_from(["f.csv", "f.tsv", "f.json", "f.jsonl", "f"]),
    options=st.sampled_from(
        [[], ["--format", "json"], ["--normalize", "OUT"], ["--encoding", "utf-16-le"]]
    ),
)
def test_cli_fuzz_random_bytes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes, name: str, options: list[str]
) -> None:
    """`jplabour validate` on any bytes: exit 0, 1 or 2; on 2 one line on stderr; input untouched."""
    directory = Path(tempfile.mkdtemp(dir=tmp_path))
    path = _write(directory, name, data)
    argv = [str(path), "--table", "memberships", *options]
    argv = [str(directory / "out") if arg == "OUT" else arg for arg in argv]
    capsys.readouterr()
    status = _run(*argv)
    out, err = capsys.readouterr()
    assert status in (0, 1, 2)
    assert "Traceback" not in err
    if status == 2:
        assert err.count("\n") == 1
        assert err.startswith("jplabour validate: error: ")
    else:
        assert err == ""
        if "json" in options:
            assert json.loads(out)["valid"] is (status == 0)
    assert path.read_bytes() == data
    assert sorted(p.name for p in directory.iterdir()) in ([name], sorted([name, "out"]))


# --- the benchmark ---------------------------------------------------------------------------

BENCHMARK = Path(__file__).resolve().parent.parent / "benchmarks" / "validate_memberships.py"


def test_the_benchmark_baseline_uses_the_committed_schema() -> None:
    """The csv + jsonschema baseline validates with schemas/memberships.schema.json's properties."""
    spec = importlib.util.spec_from_file_location("benchmark", BENCHMARK)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    committed = json.loads(
        (BENCHMARK.parent.parent / "schemas" / "memberships.schema.json").read_text("utf-8")
    )
    baseline = module.schema()
    assert baseline["properties"] == {
        name: committed["properties"][name] for name in ("org_id", "value", "as_of")
    }
    assert baseline["required"] == ["org_id", "value", "as_of"]


def test_the_benchmark_runs(tmp_path: Path) -> None:
    """A small run prints each contender's rows/s on each file, the ratios, peaks and targets."""
    done = subprocess.run(
        [sys.executable, str(BENCHMARK), "3000", "--slow-rows", "0", "--repeats", "1"],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    lines = done.stdout.splitlines()
    assert any(line.startswith("Python ") and "3,000 rows a file" in line for line in lines)
    rows = {tuple(cell.strip() for cell in line.split("|")[1:3]): line for line in lines}
    for file in ("valid", "1% bad", "unknown ids"):
        assert f"| {file} | jplabour | 3,000 |" in rows[file, "jplabour"]
        assert rows[file, "csv.reader"].split("|")[7].strip().endswith("x")
    assert "| 1% bad | jplabour | 3,000 | 0 |" not in done.stdout
    assert any(line.startswith("target: peak memory under 100 MiB: ") for line in lines)
    for peer in ("pandas+pandera", "csv+jsonschema_rs"):
        assert any(line.startswith("target: ") and peer in line for line in lines)


def test_errors_kept_are_bounded_without_max_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without --max-errors a report keeps ERROR_LIMIT errors (memory stays flat) and counts all."""
    monkeypatch.setattr(validator_module, "ERROR_LIMIT", 7)
    path = _write(
        tmp_path, "m.csv", "org_id,value,as_of\n" + "".join(f"x,y,{1990 + i}\n" for i in range(20))
    )
    report = validate(path, "memberships")
    assert len(report.errors) == 7
    assert report.error_count == 40
    assert len(validate(path, "memberships", max_errors=100).errors) == 40


def test_file_options_with_rows_are_refused() -> None:
    """encoding= and normalize= mean nothing for rows given in Python: a clear ValueError."""
    rows = [{"org_id": "rengo", "value": "7000000", "as_of": "2019"}]
    with pytest.raises(ValueError, match="file"):
        validate(rows, "memberships", encoding="shift_jis")
    with pytest.raises(ValueError, match="file"):
        validate(rows, "memberships", normalize="out.csv")
