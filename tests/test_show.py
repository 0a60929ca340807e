"""Tests of the show, search and affiliates commands (jplabour.show)."""

from __future__ import annotations

import argparse
import csv
import io
import json

import pytest

from jplabour import api, show
from jplabour.data import DATASET

ESC = "\x1b"


def _run(command: str, *argv: str) -> int:
    parser = argparse.ArgumentParser()
    getattr(show, f"configure_{command}_parser")(parser)
    return int(getattr(show, f"run_{command}_command")(parser.parse_args(argv)))


def _fits(text: str) -> None:
    for line in text.splitlines():
        assert show.display_width(line) <= show.WIDTH, line
        assert ESC not in line


@pytest.mark.parametrize("org_id", [org.id for org in DATASET.organizations])
def test_every_card_fits_80_columns(org_id: str) -> None:
    """Each organisation's card, events listed, fits 80 columns and carries no colour codes."""
    card = show.render_card(api.get(org_id), list_events=True)
    assert org_id in card
    _fits(card)


def test_show_card_sections(capsys: pytest.CaptureFixture[str]) -> None:
    """The card names the organisation and shows its figures, links, lineage, events and quotes."""
    assert _run("show", "Zennichijiro") == 0
    out = capsys.readouterr().out
    org = api.get("zennichijiro")
    assert out.startswith(org.name_en)
    for section in ("Size over time", "Parents", "Lineage", "Events:", "Sources"):
        assert section in out
    assert "zennokyororen -> zennichijiro" in out
    assert f"“{org.citations[0].quote.split()[0]}" in out


def test_show_events_flag_lists_events(capsys: pytest.CaptureFixture[str]) -> None:
    """--events lists each event with its date."""
    assert _run("show", "rengo", "--events") == 0
    out = capsys.readouterr().out
    first = api.events("rengo")[0]
    assert f"Events ({len(api.events('rengo'))})" in out
    assert str(first.date) in out


def test_show_ambiguous_lists_candidates(capsys: pytest.CaptureFixture[str]) -> None:
    """An ambiguous name exits 1 and lists every candidate id on stderr."""
    assert _run("show", "Jichirōren") == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "zenroren-jichiroren" in captured.err
    assert "rengo-jichiroren" in captured.err
    _fits(captured.err)


def test_show_unknown_suggests(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown name exits 1 and suggests close ids."""
    assert _run("show", "zenrorn") == 1
    assert "did you mean: zenroren" in capsys.readouterr().err


def test_search_one_line_per_organisation(capsys: pytest.CaptureFixture[str]) -> None:
    """Search prints one line per organisation, starting with its id."""
    assert _run("search", "jichi") == 0
    out = capsys.readouterr().out
    assert [line.split()[0] for line in out.splitlines()] == [o.id for o in api.search("jichi")]
    _fits(out)


def test_search_nothing_found(capsys: pytest.CaptureFixture[str]) -> None:
    """A text no name contains exits 1 with a message on stderr."""
    assert _run("search", "qqqqq") == 1
    assert capsys.readouterr().err


def test_affiliates_table(capsys: pytest.CaptureFixture[str]) -> None:
    """The table has a header and one row per link in force, with the figure of the time."""
    assert _run("affiliates", "zenroren", "--as-of", "2019") == 0
    out = capsys.readouterr().out
    rows = out.splitlines()
    assert rows[0].split() == ["rank", "abbreviation", "name", "status", "members"]
    assert len(rows) == 1 + len(api.affiliates("zenroren", "2019"))
    _fits(out)


def test_affiliates_csv_matches_the_api(capsys: pytest.CaptureFixture[str]) -> None:
    """CSV rows are the API's links, with each member's latest figure at the date."""
    assert _run("affiliates", "rengo", "--as-of", "2019-10", "--format", "csv") == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    links = api.affiliates("rengo", "2019-10")
    assert [row["member_id"] for row in rows] == [link.member_id for link in links]
    for row, link in zip(rows, links, strict=True):
        figure = api.members(link.member_id, "2019-10")
        assert row["members"] == (str(figure.value) if figure else "")
        assert row["rank"] == (str(link.rank) if link.rank else "")


def test_affiliates_json(capsys: pytest.CaptureFixture[str]) -> None:
    """JSON is a list of objects with the CSV's fields; no date lists every link."""
    assert _run("affiliates", "zenroren", "--format", "json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == len(api.affiliates("zenroren"))
    assert {"member_id", "rank", "status", "members", "members_as_of"} <= set(rows[0])


def test_affiliates_rejects_bad_dates() -> None:
    """--as-of must be a partial date; argparse exits 2."""
    with pytest.raises(SystemExit) as caught:
        _run("affiliates", "rengo", "--as-of", "2019-13")
    assert caught.value.code == 2


def test_affiliates_ambiguous_parent(capsys: pytest.CaptureFixture[str]) -> None:
    """An ambiguous parent exits 1 and lists the candidates."""
    assert _run("affiliates", "jichi roren") == 1
    assert "zenroren-jichiroren" in capsys.readouterr().err


def test_wrap_splits_long_japanese() -> None:
    """Text without spaces, wider than the terminal, is split by characters."""
    text = "自治労連" * 40
    card_lines = show._wrap(text)
    assert len(card_lines) > 1
    assert "".join(line.strip() for line in card_lines) == text
    assert all(show.display_width(line) <= show.WIDTH for line in card_lines)
