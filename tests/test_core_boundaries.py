"""Boundaries of the checks, the loader and the model that users rely on, each tested as a pair."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import attrs
import pytest

from jplabour import export, load
from jplabour.checks import check, run_checks
from jplabour.data import DATASET
from jplabour.errors import UnusableInputError
from jplabour.load import load_dataset
from jplabour.model import Counted, Membership, PartialDate, Unit
from jplabour.provenance import source_texts

# --- an erratum excuses a finding only when it covers all of the finding's records ----


def _excused_findings_of_several_records() -> list[tuple[str, tuple[str, ...], str]]:
    """(check, record ids, erratum id) of each shipped finding on two or more records that one erratum excuses."""
    return [
        (finding.check, finding.record_ids, finding.erratum_ids[0])
        for finding in check().findings
        if len(finding.record_ids) > 1 and len(finding.erratum_ids) == 1
    ]


def test_the_shipped_data_has_an_excused_finding_of_several_records() -> None:
    """The tests below need one; the RENGO brochure's convention numbering gives two."""
    assert _excused_findings_of_several_records()


@pytest.mark.parametrize("left_out", [0, -1])
def test_an_erratum_covering_only_some_of_a_findings_records_does_not_excuse_it(
    left_out: int,
) -> None:
    """An erratum that overlaps a finding's records but misses one leaves the finding an error."""
    for check_name, record_ids, erratum_id in _excused_findings_of_several_records():
        erratum = next(e for e in DATASET.errata if e.id == erratum_id)
        missing = record_ids[left_out]
        covering_all = attrs.evolve(erratum, record_ids=(*erratum.record_ids, "an-unrelated-id"))
        covering_some = attrs.evolve(
            erratum, record_ids=tuple(r for r in erratum.record_ids if r != missing)
        )
        for changed, severity in ((covering_all, "warning"), (covering_some, "error")):
            errata = tuple(changed if e is erratum else e for e in DATASET.errata)
            report = run_checks(attrs.evolve(DATASET, errata=errata), source_texts(), [check_name])
            [finding] = [f for f in report.findings if f.record_ids == record_ids]
            assert finding.severity == severity, (erratum_id, changed.record_ids)
            assert finding.erratum_ids == (() if severity == "error" else (erratum_id,))


def test_an_erratum_excuses_only_the_check_it_names() -> None:
    """The same records under another check's name are not excused."""
    for check_name, record_ids, erratum_id in _excused_findings_of_several_records():
        erratum = next(e for e in DATASET.errata if e.id == erratum_id)
        other = attrs.evolve(erratum, check="values_stated")
        errata = tuple(other if e is erratum else e for e in DATASET.errata)
        report = run_checks(attrs.evolve(DATASET, errata=errata), source_texts(), [check_name])
        [finding] = [f for f in report.findings if f.record_ids == record_ids]
        assert finding.severity == "error"


# --- the loader's size cap ------------------------------------------------------


def test_the_load_size_cap_is_64_mib() -> None:
    """A jplabour export is a few megabytes; 64 MiB bounds what load reads into memory."""
    assert load.MAX_FILE_BYTES == 64 * 2**20


def test_a_file_of_exactly_the_cap_loads_and_one_byte_more_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cap is inclusive: a file of MAX_FILE_BYTES loads, a file one byte larger is unusable."""
    path = tmp_path / "export.json"
    export.export("json", path, DATASET)
    size = path.stat().st_size
    monkeypatch.setattr(load, "MAX_FILE_BYTES", size)
    assert load_dataset(path).dataset == DATASET
    monkeypatch.setattr(load, "MAX_FILE_BYTES", size - 1)
    with pytest.raises(UnusableInputError, match=r"larger than .*; not a jplabour export"):
        load_dataset(path)


def test_a_jsonl_line_of_exactly_the_line_cap_is_read_and_one_more_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """MAX_LINE_CHARS is inclusive too: the longest line of an export sets the pair."""
    export.export("jsonl", tmp_path, DATASET)
    longest = max(
        len(line)
        for path in tmp_path.glob("*.jsonl")
        for line in path.read_text(encoding="utf-8").splitlines()
    )
    monkeypatch.setattr(load, "MAX_LINE_CHARS", longest)
    assert load_dataset(tmp_path).dataset == DATASET
    monkeypatch.setattr(load, "MAX_LINE_CHARS", longest - 1)
    with pytest.raises(UnusableInputError, match="line longer than"):
        load_dataset(tmp_path)


# --- the model's date order ----------------------------------------------------


def test_a_coarser_date_sorts_before_the_finer_dates_it_contains() -> None:
    """``2019`` < ``2019-01`` < ``2019-01-01``: a yearly figure comes before the monthly and daily ones."""
    dates = [PartialDate(2019, 1, 1), PartialDate(2019, 1), PartialDate(2019)]
    assert [str(d) for d in sorted(dates, key=lambda d: d.sort_key)] == [
        "2019",
        "2019-01",
        "2019-01-01",
    ]
    assert PartialDate(2019, 12).sort_key < PartialDate(2019, 12, 1).sort_key
    assert PartialDate(2018, 12, 31).sort_key < PartialDate(2019).sort_key
    assert PartialDate(2019, 1, 31).sort_key < PartialDate(2019, 2).sort_key


@pytest.mark.parametrize(
    ("earlier", "later", "before"),
    [
        ("2019-04-30", "2019-05-01", True),
        ("2019-05-01", "2019-05-01", False),
        ("2019-04", "2019-05", True),
        ("2019-04", "2019-04-30", False),
        ("2018", "2019-01-01", True),
        ("2018-12-31", "2018", False),
    ],
)
def test_certainly_before_holds_up_to_the_last_day_and_not_beyond(
    earlier: str, later: str, before: bool
) -> None:
    """Adjacent intervals are certainly ordered; touching or nested ones are not."""
    a, b = PartialDate.parse(earlier), PartialDate.parse(later)
    assert a.certainly_before(b) is before
    assert b.certainly_after(a) is before
    assert a.overlaps(b) is not before


@pytest.mark.parametrize(
    ("valid", "invalid"),
    [((9999, 12, 31), (10000, 1, 1)), ((1, 1, 1), (0, 1, 1)), ((2019, 12, 1), (2019, 13, 1))],
)
def test_partial_date_range_last_valid_and_first_invalid(
    valid: tuple[int, int, int], invalid: tuple[int, int, int]
) -> None:
    """Years 1 to 9999 and months 1 to 12: the edges pass, one step beyond raises ValueError."""
    assert str(PartialDate(*valid))
    with pytest.raises(ValueError, match="out of range"):
        PartialDate(*invalid)


def test_precision_says_how_much_of_a_date_is_known() -> None:
    """``2019`` is a year, ``2019-01`` a month, ``2019-01-01`` a day."""
    assert [PartialDate.parse(text).precision for text in ("2019", "2019-01", "2019-01-01")] == [
        "year",
        "month",
        "day",
    ]


# --- numbered events: every pair of a series is checked ------------------------


def test_a_numbered_event_out_of_order_does_not_hide_the_next_pairs_spacing() -> None:
    """The 12th convention moved to 2008: before the 11th (2009), and 5 years before the 13th."""
    [twelfth] = [e for e in DATASET.events if e.id == "rengo-2011-10-12th-biennial-convention"]
    moved = attrs.evolve(twelfth, date=PartialDate(2008, 10))
    events = tuple(moved if e is twelfth else e for e in DATASET.events)
    report = run_checks(attrs.evolve(DATASET, events=events), source_texts(), ["numbered_events"])
    messages = {f.message for f in report.findings if f.severity == "error"}
    assert messages == {
        "No. 12 (2008-10) is dated before No. 11 (2009-10)",
        "No. 13 is 5 years after No. 12; the source's spacing implies 2",
    }


# --- CSV exports: blank lines are skipped, not the end --------------------------


def test_a_blank_line_in_a_csv_export_is_skipped_and_the_rows_after_it_are_read(
    tmp_path: Path,
) -> None:
    """A spreadsheet may leave an empty row: every record before and after it still loads."""
    export.export("csv", tmp_path, DATASET)
    path = tmp_path / "memberships.csv"
    header, first, *rest = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text(header + first + "\n" + "".join(rest), encoding="utf-8")
    result = load_dataset(tmp_path)
    assert result.dataset == DATASET
    assert not result.problems


# --- contact formats: the 47 prefectures ---------------------------------------

PREFECTURES = [
    "Hokkaido",
    "Aomori",
    "Iwate",
    "Miyagi",
    "Akita",
    "Yamagata",
    "Fukushima",
    "Ibaraki",
    "Tochigi",
    "Gunma",
    "Saitama",
    "Chiba",
    "Tokyo",
    "Kanagawa",
    "Niigata",
    "Toyama",
    "Ishikawa",
    "Fukui",
    "Yamanashi",
    "Nagano",
    "Gifu",
    "Shizuoka",
    "Aichi",
    "Mie",
    "Shiga",
    "Kyoto",
    "Osaka",
    "Hyogo",
    "Nara",
    "Wakayama",
    "Tottori",
    "Shimane",
    "Okayama",
    "Hiroshima",
    "Yamaguchi",
    "Tokushima",
    "Kagawa",
    "Ehime",
    "Kochi",
    "Fukuoka",
    "Saga",
    "Nagasaki",
    "Kumamoto",
    "Oita",
    "Miyazaki",
    "Kagoshima",
    "Okinawa",
]


def _prefecture_findings(prefecture: str) -> list[str]:
    org = DATASET.organizations[0]
    changed = attrs.evolve(org, prefecture=prefecture)
    organizations = (changed, *DATASET.organizations[1:])
    report = run_checks(
        attrs.evolve(DATASET, organizations=organizations), source_texts(), ["contact_formats"]
    )
    return [f.message for f in report.findings if org.id in f.record_ids]


def test_each_of_the_47_prefectures_is_a_well_formed_prefecture() -> None:
    """Every prefecture's English name passes; a misspelling or a Japanese name does not."""
    assert len(set(PREFECTURES)) == 47
    for prefecture in PREFECTURES:
        assert _prefecture_findings(prefecture) == [], prefecture
    assert _prefecture_findings("Tokio") == ["prefecture 'Tokio' is not well formed"]
    assert _prefecture_findings("東京都") == ["prefecture '東京都' is not well formed"]


def test_check_json_keeps_japanese_text_readable_and_is_indented(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    r"""`jplabour check --format json` writes 東京都 as such (not \\u escapes), indented by two."""
    from jplabour.cli import main

    path = tmp_path / "COPY.json"
    assert main(["export", "--format", "json", "--out", str(path)]) == 0
    document = json.loads(path.read_text(encoding="utf-8"))
    document["tables"]["organizations"][0]["prefecture"] = "東京都"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()
    assert main(["check", str(path), "--format", "json"]) == 1
    output = capsys.readouterr().out
    assert "prefecture '東京都' is not well formed" in output
    assert output.startswith('{\n  "')


# --- affiliate totals: only members counted in persons, of the same year -----------


def _totals(*extra: Membership, first: Membership | None = None) -> list[str]:
    memberships = (*((first,) if first else ()), *DATASET.memberships, *extra)
    report = run_checks(
        attrs.evolve(DATASET, memberships=memberships), source_texts(), ["affiliate_totals"]
    )
    return [f.message for f in report.findings if f.severity == "error"]


def _figure(org_id: str, value: int, as_of: str | None, unit: str, counted: str) -> Membership:
    [template] = [m for m in DATASET.memberships if m.id == "ua-zensen-2019-10"]
    return attrs.evolve(
        template,
        id=f"x-{org_id}-{value}-{unit}-{counted}",
        org_id=org_id,
        value=value,
        as_of=as_of,
        unit=Unit(unit),
        counted=Counted(counted),
    )


def test_affiliate_totals_compare_only_persons_who_are_members() -> None:
    """A parent's count of participants, or an affiliate's count of organisations, is not summed."""
    assert _totals() == []
    assert _totals(_figure("rengo", 1, "2019-12", "persons", "participants")) == []
    assert _totals(_figure("rengo", 1, "2019-12", "organisations", "members")) == []
    assert _totals(_figure("ua-zensen", 10**9, "2019-10", "organisations", "affiliates")) == []
    assert _totals(_figure("ua-zensen", 10**9, "2019-10", "persons", "participants")) == []
    assert _totals(_figure("ua-zensen", 10**9, "2018-10", "persons", "members")) == []
    [message] = _totals(_figure("jam", 10**9, "2019-10", "persons", "members"))
    assert message.startswith("affiliates count ")


def test_an_undated_parent_figure_does_not_stop_the_totals_check() -> None:
    """Figures after an undated one are still compared."""
    undated = _figure("rengo", 1, None, "persons", "members")
    [message] = _totals(_figure("jam", 10**9, "2019-10", "persons", "members"), first=undated)
    assert "rengo's own 7000000" in message


def test_an_erratum_naming_exactly_the_findings_records_excuses_it() -> None:
    """Covering all of a finding's records, and no more, is enough."""
    for check_name, record_ids, erratum_id in _excused_findings_of_several_records():
        erratum = next(e for e in DATASET.errata if e.id == erratum_id)
        exact = attrs.evolve(erratum, record_ids=record_ids)
        errata = tuple(exact if e is erratum else e for e in DATASET.errata)
        report = run_checks(attrs.evolve(DATASET, errata=errata), source_texts(), [check_name])
        [finding] = [f for f in report.findings if f.record_ids == record_ids]
        assert finding.severity == "warning"


def test_a_csv_cell_of_exactly_the_line_cap_is_read_and_one_more_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The longest cell of a CSV export sets the pair for MAX_LINE_CHARS in CSV too."""
    export.export("csv", tmp_path, DATASET)
    longest = max(
        len(cell)
        for path in tmp_path.glob("*.csv")
        for row in csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline=""))
        for cell in row
    )
    monkeypatch.setattr(load, "MAX_LINE_CHARS", longest)
    assert load_dataset(tmp_path).dataset == DATASET
    monkeypatch.setattr(load, "MAX_LINE_CHARS", longest - 1)
    with pytest.raises(UnusableInputError, match="a cell longer than"):
        load_dataset(tmp_path)
