"""The query commands: officers, lineage, errata, members, and affiliates' new options."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

import jplabour
from jplabour import api, show
from jplabour.cli import main
from jplabour.data import DATASET


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _fits(text: str) -> None:
    for line in text.splitlines():
        assert show.display_width(line) <= show.WIDTH, line


# Done when: "who led X at D", "what did X merge from", "what is wrong in the sources
# about X", "which affiliates had more than N members", one command each.


def test_who_led_rengo_in_october_2019(capsys: pytest.CaptureFixture[str]) -> None:
    """The December 2019 roster answers October 2019, and the answer says so."""
    code, out, err = _cli(capsys, "officers", "RENGO", "--as-of", "2019/10")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[1].startswith("president")
    assert "Rikio KOZU" in lines[1]
    assert len(lines) == 2 + len(api.officers("rengo"))
    assert lines[-1] == "RENGO officers at 2019-10: as of 2019-12, 1 month after 2019-10"
    _fits(out)


def test_officers_decades_away_find_nothing_and_say_why(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A roster printed 24 years later does not answer 1995: stderr says where the nearest is."""
    code, out, err = _cli(capsys, "officers", "rengo", "--as-of", "平成7年")
    assert (code, out) == (1, "")
    assert "no officer of RENGO at 1995" in err
    assert "the nearest is as of 2019-12, 23 years after 1995" in err


def test_officers_undated_are_reachable_and_marked(capsys: pytest.CaptureFixture[str]) -> None:
    """Zenroren's leaders listed without a year come after the answer, marked undated."""
    code, out, _ = _cli(capsys, "officers", "zenroren", "--as-of", "2019", "--format", "json")
    rows = json.loads(out)
    assert code == 0
    undated = [r for r in rows if r["relation"] == "undated"]
    assert {r["name"] for r in undated} >= {"Hisashi INOUE", "Takeshi OOE"}
    assert all(r["since"] is None and r["as_of"] is None for r in undated)
    answered = [r for r in rows if r["relation"] != "undated"]
    assert {r["name"] for r in answered} == {"Yoshikazu ODAGAWA", "Yukihiro NOMURA"}


def test_lineage_walks_back(capsys: pytest.CaptureFixture[str]) -> None:
    """What Kenkoro merged from, transitively: Zennokyororen through Zennichijiro."""
    code, out, _ = _cli(capsys, "lineage", "kenkoro", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0
    assert {r["predecessor_id"] for r in rows} == {
        "unyuippan",
        "zendoro",
        "zennichijiro",
        "zennokyororen",
    }
    assert all(r["direction"] == "predecessor" for r in rows)


def test_lineage_none_is_said_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    """RENGO has no recorded predecessor now: the command says so and exits 1."""
    code, out, err = _cli(capsys, "lineage", "rengo")
    assert (code, out) == (1, "")
    assert err == "jplabour lineage: no predecessor or successor of RENGO in the data\n"


def test_errata_of_an_organisation(capsys: pytest.CaptureFixture[str]) -> None:
    """What is wrong in the sources about Zenroren: the errata touching its card, as JSON."""
    code, out, _ = _cli(capsys, "errata", "zenroren", "--format", "json")
    assert code == 0
    assert [row["id"] for row in json.loads(out)] == [e.id for e in jplabour.errata("zenroren")]
    assert "zenroren-article-leadership-years-missing" in out


def test_errata_all_table(capsys: pytest.CaptureFixture[str]) -> None:
    """Without ORG, every erratum, one block each, in 80 columns."""
    code, out, _ = _cli(capsys, "errata")
    assert code == 0
    for erratum in DATASET.errata:
        assert f"{erratum.id} [{erratum.source_id}]" in out
    _fits(out)


def test_errata_none_is_said_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    """An organisation no erratum touches: stderr, exit 1; CSV keeps its header, JSON is []."""
    assert _cli(capsys, "errata", "zennichijiro") == (
        1,
        "",
        "jplabour errata: no erratum touches Zennichijiro\n",
    )
    code, out, _ = _cli(capsys, "errata", "zennichijiro", "--format", "csv")
    assert (code, out.splitlines()) == (
        1,
        ["id,source_id,quote,problem,resolution,record_ids,check"],
    )
    code, out, _ = _cli(capsys, "errata", "zennichijiro", "--format", "json")
    assert (code, json.loads(out)) == (1, [])


@pytest.mark.parametrize(
    ("minimum", "included"),
    [(341681, True), (341682, False)],
)
def test_affiliates_min_members_boundary_pair(
    capsys: pytest.CaptureFixture[str], minimum: int, included: bool
) -> None:
    """JAM's 341,681: --min-members 341681 keeps it, 341682 drops it."""
    code, out, _ = _cli(
        capsys, "affiliates", "rengo", "--as-of", "2019-10", "--min-members", str(minimum)
    )
    assert code == 0
    assert ("JAM " in out) is included


def test_affiliates_sort_members_largest_first(capsys: pytest.CaptureFixture[str]) -> None:
    """--sort members orders by the figure, largest first; every row has at least N."""
    code, out, _ = _cli(
        capsys,
        "affiliates",
        "zenroren",
        "--as-of",
        "2019",
        "--min-members",
        "10000",
        "--sort",
        "members",
        "--format",
        "json",
    )
    values = [row["members"] for row in json.loads(out)]
    assert code == 0
    assert values == sorted(values, reverse=True)
    assert min(values) >= 10000
    assert len(values) == 9


def test_affiliates_sort_name(capsys: pytest.CaptureFixture[str]) -> None:
    """--sort name orders by abbreviation, case folded."""
    _, out, _ = _cli(capsys, "affiliates", "rengo", "--sort", "name", "--format", "json")
    names = [row["abbreviation"].casefold() for row in json.loads(out)]
    assert names == sorted(names)


def test_affiliates_empty_is_said_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    """`affiliates jam` (a federation with no affiliates) no longer prints an empty table."""
    assert _cli(capsys, "affiliates", "jam") == (
        1,
        "",
        "jplabour affiliates: no affiliate of JAM in the data\n",
    )


def test_affiliates_min_members_too_high(capsys: pytest.CaptureFixture[str]) -> None:
    """Nobody has ten million members: stderr names the bound."""
    code, _, err = _cli(capsys, "affiliates", "rengo", "--min-members", "10000000")
    assert code == 1
    assert "with at least 10,000,000 members" in err


@pytest.mark.parametrize("date", ["2019/10", "令和元年10月", "R1.10", "2019年10月"])
def test_as_of_reads_validator_forms(capsys: pytest.CaptureFixture[str], date: str) -> None:
    """--as-of reads every date form the validator reads; each means 2019-10."""
    code, out, _ = _cli(capsys, "affiliates", "rengo", "--as-of", date, "--format", "csv")
    assert code == 0
    assert len(out.splitlines()) == 1 + len(api.affiliates("rengo", "2019-10"))


@pytest.mark.parametrize(
    "argv",
    [
        ["members", "rengo", "--as-of", "平成31年5月"],
        ["officers", "rengo", "--as-of", "2019-13"],
        ["members", "rengo", "--as-of", "2019", "--within", "5 years"],
    ],
)
def test_bad_dates_and_spans_are_usage_errors(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    """A date that does not exist, or a span that is not one: exit 2 with a one-line reason."""
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    assert "error: argument" in capsys.readouterr().err


def test_members_as_of_shows_evidence_and_mark(capsys: pytest.CaptureFixture[str]) -> None:
    """The ~7 million of December 2019 answers October 2019, with its "~" and its date."""
    code, out, _ = _cli(capsys, "members", "rengo", "--as-of", "2019-10")
    assert code == 0
    assert "~7,000,000" in out
    assert out.splitlines()[-1] == "RENGO members at 2019-10: as of 2019-12, 1 month after 2019-10"


def test_members_within_tells_stale_from_none(capsys: pytest.CaptureFixture[str]) -> None:
    """Nothing within 2y of 2015 (stale, nearest named) differs from no dated figure at all."""
    code, _, stale = _cli(capsys, "members", "rengo", "--as-of", "2015", "--within", "2y")
    assert code == 1
    assert "no evidence within 2y of 2015; the nearest is as of 2019-12" in stale
    code, out, none = _cli(capsys, "members", "zenroren", "--as-of", "2019", "--format", "csv")
    assert code == 1
    assert "no dated evidence (1 undated)" in none
    row = next(csv.DictReader(io.StringIO(out)))
    assert (row["value"], row["approximate"], row["as_of"], row["relation"]) == (
        "1200000",
        "true",
        "",
        "undated",
    )


def test_members_series_marks_every_approximate_figure(capsys: pytest.CaptureFixture[str]) -> None:
    """Every approximate figure of the table carries "~"; units stand beside values."""
    for org in DATASET.organizations:
        figures = api.members(org, counted=None, unit=None)
        if not figures:
            continue
        code, out, _ = _cli(capsys, "members", org.id)
        assert code == 0
        for figure in figures:
            text = f"{'~' if figure.approximate else ''}{figure.value:,}"
            assert f" {text} " in f" {out}", (org.id, text)
        if any(f.approximate for f in figures):
            assert "~" in out


def test_members_needs_org_or_all(capsys: pytest.CaptureFixture[str]) -> None:
    """`members` alone is a usage error (exit 2)."""
    code, _, err = _cli(capsys, "members")
    assert code == 2
    assert "give ORG, or --all" in err


def test_members_all_csv_is_the_membership_table(capsys: pytest.CaptureFixture[str]) -> None:
    """`members --all --format csv` holds one row per figure, in membership_table's columns."""
    code, out, _ = _cli(capsys, "members", "--all", "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    table = jplabour.membership_table()
    assert [r["membership_id"] for r in rows] == [r.membership_id for r in table]
    assert len(rows) == len(DATASET.memberships)
    assert all(r["unit"] in {"persons", "organisations"} for r in rows)


@pytest.mark.parametrize("org_id", [org.id for org in DATASET.organizations])
def test_brief_card(org_id: str) -> None:
    """--brief fits 80 columns and about 25 lines, and names what the full card holds."""
    org = api.get(org_id)
    card = show.render_brief(org)
    lines = card.splitlines()
    assert len(lines) <= 27
    assert lines[0] == show.wrap(org.name_en, indent="", first="")[0]
    assert f"errata        {len(api.errata(org))}" in card
    assert f"events        {len(api.events(org))}" in card
    _fits(card)


def test_events_of_another_organisation_say_whose() -> None:
    """On Zenroren's card, an event of Jichiroren names Jichiroren; Zenroren's own do not."""
    card = show.render_card(api.get("zenroren"), list_events=True)
    others = [e for e in api.events("zenroren") if e.org_id != "zenroren"]
    assert others
    for event in others:
        owner = api.get(event.org_id)
        assert f"{owner.abbreviation or owner.name_en} ({owner.id}): " in card
    own = [e for e in api.events("zenroren") if e.org_id == "zenroren"]
    for event in own:
        assert f"] {event.summary.split()[0]}" in card


def test_new_commands_run_as_a_user_runs_them() -> None:
    """Through the console entry point, in a subprocess: the four questions."""
    for argv in (
        ["officers", "rengo", "--as-of", "2019-10"],
        ["lineage", "kenkoro"],
        ["errata", "zenroren"],
        ["affiliates", "rengo", "--min-members", "100000"],
    ):
        done = subprocess.run(
            [sys.executable, "-m", "jplabour", *argv],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
            timeout=60,
        )
        assert (done.returncode, done.stderr) == (0, ""), argv
        assert done.stdout


@pytest.mark.parametrize(
    "command", [["affiliates", "rengo"], ["officers", "rengo"], ["members", "rengo"]]
)
def test_within_without_as_of_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    """--within alone bounds nothing: refused with exit 2, not ignored."""
    code, out, err = _cli(capsys, *command, "--within", "5y")
    assert (code, out) == (2, "")
    assert err.endswith("error: --within needs --as-of\n")


@pytest.mark.parametrize(("value", "ok"), [("0", True), ("-1", False), ("1e5", False)])
def test_min_members_takes_whole_numbers(
    capsys: pytest.CaptureFixture[str], value: str, ok: bool
) -> None:
    """0 is the smallest bound; a negative or written-out number is a usage error."""
    if ok:
        assert _cli(capsys, "affiliates", "rengo", "--min-members", value)[0] == 0
        return
    with pytest.raises(SystemExit) as exit_:
        main(["affiliates", "rengo", "--min-members", value])
    assert exit_.value.code == 2
    assert "not a whole number of members" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        ["members", "rengo", "--as-of", "2019-10", "--within", "9999y"],
        ["officers", "rengo", "--as-of", "2019-10", "--within", "9999y"],
        ["affiliates", "rengo", "--as-of", "9999", "--within", "9999y"],
    ],
)
def test_the_widest_within_answers(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    """9999 years, the widest span --within reads, reaches past year 9999: an answer, no error."""
    code, out, err = _cli(capsys, *argv)
    assert (code, err) == (0, "")
    assert out


@pytest.mark.parametrize(
    "argv",
    [["members", "--all", "--as-of", "2019"], ["members", "rengo", "--all", "--as-of", "2019"]],
)
def test_members_all_refuses_as_of(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    """--all lists every figure with its own date: a date asked of it is refused, not ignored."""
    code, out, err = _cli(capsys, *argv)
    assert (code, out) == (2, "")
    assert err == "jplabour members: error: --all takes no --as-of; ask one ORG with --as-of\n"


@pytest.mark.parametrize("command", ["officers", "affiliates"])
def test_a_date_before_founding_says_so(capsys: pytest.CaptureFixture[str], command: str) -> None:
    """RENGO's 2019 lists exist; at 1800 the answer is that RENGO did not, not "no dated evidence"."""
    code, out, err = _cli(capsys, command, "rengo", "--as-of", "1800")
    assert (code, out) == (1, "")
    assert "no dated evidence" not in err
    assert "rengo was founded in 1989-11" in err


@pytest.mark.parametrize("command", ["officers", "lineage", "errata", "members", "affiliates"])
@pytest.mark.parametrize(("length", "echoed"), [(60, True), (61, False)])
def test_an_unknown_long_name_is_one_line(
    capsys: pytest.CaptureFixture[str], command: str, length: int, echoed: bool
) -> None:
    """A name of up to 60 characters is echoed; a longer one is described, in one line."""
    name = "q" * length
    code, out, err = _cli(capsys, command, name)
    assert (code, out) == (1, "")
    assert (name in err) is echoed
    if not echoed:
        assert err == f"jplabour {command}: no organisation id or name of {length} characters\n"


@pytest.mark.parametrize(
    ("org_id", "line"),
    [
        ("zenroren", "  member bodies 21 (and 9 former, 1 related)"),
        ("rengo", "  member bodies 48 (and 17 related)"),
    ],
)
def test_brief_card_counts_former_members_apart(org_id: str, line: str) -> None:
    """Zenroren's 9 former affiliates are not counted among its member bodies."""
    assert line in show.render_brief(api.get(org_id)).splitlines()


def test_lineage_marks_an_undated_succession(capsys: pytest.CaptureFixture[str]) -> None:
    """Zenosai's rebrand has no date: the table says "undated", CSV leaves the cell empty."""
    code, out, _ = _cli(capsys, "lineage", "zenosai")
    assert code == 0
    assert out.splitlines()[1].split()[:2] == ["successor", "undated"]
    code, out, _ = _cli(capsys, "lineage", "zenosai", "--format", "json")
    assert json.loads(out)[0]["date"] is None
