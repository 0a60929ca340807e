"""Tests of the show, search and affiliates commands (jplabour.show)."""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import subprocess
import sys
import unicodedata

import pytest

from jplabour import api, show
from jplabour.cli import command_module
from jplabour.data import DATASET
from jplabour.model import AffiliationStatus

ESC = "\x1b"


def _run(command: str, *argv: str) -> int:
    module = command_module(command)
    parser = argparse.ArgumentParser()
    module.configure(parser)
    return int(module.run(parser.parse_args(argv)))


def _fits(text: str) -> None:
    for line in text.splitlines():
        assert show.display_width(line) <= show.WIDTH, line
        assert ESC not in line


@pytest.mark.parametrize("org_id", [org.id for org in DATASET.organizations])
def test_every_card_fits_80_columns(org_id: str) -> None:
    """Each card, plain and with events and quotes, fits 80 columns and has no colour codes."""
    for card in (
        show.render_card(api.get(org_id)),
        show.render_card(api.get(org_id), list_events=True, quotes=True),
    ):
        assert org_id in card
        _fits(card)


def _east_asian_width(line: str) -> int:
    """Columns measured independently of show.display_width: W and F count two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in line)


#: The cards a newcomer asks for, by a name as the sources print it.
CARDS = {
    "RENGO": "rengo",
    "Zenrōren (全労連)": "zenroren",
    "Rengō Jichirōren": "rengo-jichiroren",
    "Nihon Jichitai Rōdō Kumiai Sōrengō (Jichirōren)": "zenroren-jichiroren",
    "Zennichijiro": "zennichijiro",
    "The Japan International Labour Foundation": "jilaf",
    "Kanagawa Workers' Collective Federation": "kanagawa-wcf",
    "Tokyo Jichirōren": "tokyo-jichiroren",
}


def _expected_on_card(org_id: str) -> list[str]:
    """What the card of *org_id* must show: every value the data holds about it."""
    org = api.get(org_id)
    names = (org.name_en, org.abbreviation, org.name_ja, org.name_romaji, *org.aliases)
    contacts = (org.phone, org.fax, org.email, org.postal_code, *org.websites)
    links = (*api.parents(org), *api.affiliates(org, statuses=None))
    found = api.lineage(org)
    return [
        *filter(None, (*names, *contacts)),
        *(f"{figure.value:,}" for figure in api.members(org, counted=None, unit=None)),
        *(f"({link.parent_id if link.member_id == org.id else link.member_id})" for link in links),
        *filter(None, (link.end_reason for link in links)),
        *(api.person(p.person_id).family_name.upper() for p in api.officers(org)),
        *(
            f"{s.predecessor_id} -> {s.successor_id}"
            for s in (*found.predecessors, *found.successors)
        ),
        *(quote.quote for quote in api.citations(org)),
        *(erratum.id for erratum in DATASET.errata if org_id in erratum.record_ids),
    ]


@pytest.mark.parametrize(("name", "org_id"), CARDS.items())
def test_card_shows_everything_the_data_holds(
    name: str, org_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Names, contacts, every figure, link, officer, succession, quote and erratum are on it."""
    assert _run("show", name) == 0
    card = capsys.readouterr().out
    for line in card.splitlines():
        assert _east_asian_width(line) <= 80, line
    joined = "".join(card.split())  # wrapping may break a long word (a URL) anywhere
    for text in _expected_on_card(org_id):
        assert "".join(text.split()) in joined, text
    for status in AffiliationStatus:
        if "_" in status.value:  # shown in words, never as the raw value
            assert status.value not in card, status


def test_quotes_flag_shows_the_quote_behind_every_line(capsys: pytest.CaptureFixture[str]) -> None:
    """--quotes prints each figure's, link's, office's and succession's quotes."""
    assert _run("show", "zenroren", "--quotes", "--events") == 0
    joined = "".join(capsys.readouterr().out.split())
    org = api.get("zenroren")
    records = [
        *api.members(org, counted=None, unit=None),
        *api.affiliates(org),
        *api.officers(org),
        *api.events(org),
    ]
    assert records
    for record in records:
        for quote in api.citations(record):
            assert "".join(quote.quote.split()) in joined, record.id


def test_card_lists_errata_of_its_records(capsys: pytest.CaptureFixture[str]) -> None:
    """An erratum touching an office on the card is shown, with its problem and resolution."""
    assert _run("show", "rengo") == 0
    out = capsys.readouterr().out
    assert "rengo-brochure-rengu-misprint" in out
    assert "rengo-brochure-joho-roren-two-spellings" in out  # via two officers' positions
    assert "problem:" in out


@pytest.mark.parametrize(
    "argv",
    [
        ("show", "rengo", "--events", "--quotes"),
        ("search", "r"),
        ("affiliates", "rengo", "--format", "json"),
        ("affiliates", "zenroren", "--format", "csv"),
    ],
)
def test_a_closed_pipe_ends_quietly(argv: tuple[str, ...]) -> None:
    """``jplabour ... | head``: when the reader has gone, no traceback, no message."""
    read, write = os.pipe()
    os.close(read)
    with os.fdopen(write, "wb") as pipe:
        done = subprocess.run(
            [sys.executable, "-m", "jplabour", *argv],
            stdout=pipe,
            stderr=subprocess.PIPE,
            check=False,
            timeout=60,
        )
    assert done.stderr == b""
    assert done.returncode in (0, 1)


def test_head_reads_the_first_lines() -> None:
    """Piped into a reader that stops early, the first lines arrive whole."""
    with subprocess.Popen(
        [sys.executable, "-m", "jplabour", "show", "rengo", "--events", "--quotes"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        first = process.stdout.readline()
        process.stdout.close()
        assert process.stderr.read() == b""
        process.wait(timeout=60)
    assert first == b"Japanese Trade Union Confederation\n"


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


@pytest.mark.parametrize(
    "name", ["Jichirōren", "JICHI ROREN", "自治労連", "ｊｉｃｈｉ－ｒｏｒｅｎ"]
)
def test_show_ambiguous_lists_candidates(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    """An ambiguous name exits 1 and lists every candidate with what tells them apart."""
    assert _run("show", name) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    flat = " ".join(captured.err.split())
    assert "zenroren-jichiroren - Jichiroren: Japan Federation of Prefectural" in flat
    assert "affiliate Zenroren (zenroren)" in flat
    assert "rengo-jichiroren - JICHI ROREN: National Federation of Prefectural" in flat
    assert "affiliate RENGO (rengo)" in flat
    assert "全国自治団体労働組合連合" in flat
    assert "jplabour show rengo-jichiroren" in flat
    _fits(captured.err)


def test_show_unknown_suggests(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown name exits 1 and suggests close ids, within 80 columns."""
    assert _run("show", "zenrorn") == 1
    err = capsys.readouterr().err
    assert "did you mean: zenroren" in err
    _fits(err)


def _row_starts(out: str, column: int) -> list[str]:
    """The lines of a table that begin a row: those with text at *column*.

    A row's long cells wrap onto continuation lines, which are blank there.
    """
    return [line for line in out.splitlines() if line[column : column + 1].strip()]


def test_search_one_row_per_organisation(capsys: pytest.CaptureFixture[str]) -> None:
    """Search prints one row per organisation, starting with its id."""
    assert _run("search", "jichi") == 0
    out = capsys.readouterr().out
    rows = _row_starts(out, 0)
    assert [line.split()[0] for line in rows] == [o.id for o in api.search("jichi")]
    _fits(out)


@pytest.mark.parametrize("text", ["jichi", "rengo", "kenkoro"])
def test_search_names_start_in_one_column(text: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Whatever the length of the ids shown, each name starts two columns after the longest."""
    assert _run("search", text) == 0
    out = capsys.readouterr().out
    found = api.search(text)
    column = max(len(org.id) for org in found) + 2
    for line, org in zip(_row_starts(out, 0), found, strict=True):
        assert line[:column].rstrip() == org.id
        assert line[column] != " "
        assert line[column:].startswith((org.abbreviation or org.name_en)[:10])
    for line in out.splitlines():  # continuation lines too: the names' column
        assert line[column] != " "
        assert not line[:column].strip() or line[:column].rstrip() in {o.id for o in found}


def test_search_nothing_found(capsys: pytest.CaptureFixture[str]) -> None:
    """A text no name contains exits 1 with a message on stderr."""
    assert _run("search", "qqqqq") == 1
    assert capsys.readouterr().err


def test_affiliates_table(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A header, one row per link in force with the figure then, and the links' evidence.

    The last line says what the links rest on. At 80 columns the names wrap;
    in a terminal wide enough, each row is one line.
    """
    assert _run("affiliates", "zenroren", "--as-of", "2019") == 0
    out = capsys.readouterr().out
    rows = out.splitlines()
    assert rows[0].split() == ["rank", "abbreviation", "name", "status", "members", "as", "of"]
    assert rows[-1] == "Zenroren's links at 2019: as of 2019"
    assert "  154,379  2019" in out
    _fits(out)
    monkeypatch.setenv("COLUMNS", "200")
    assert _run("affiliates", "zenroren", "--as-of", "2019") == 0
    wide = capsys.readouterr().out
    assert len(wide.splitlines()) == 2 + len(api.affiliates("zenroren", "2019"))
    assert sorted("".join(wide.split())) == sorted("".join(out.split()))  # nothing lost


def test_affiliates_lists_members_only_by_default(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`affiliates PARENT` lists member organisations; related bodies need --related."""
    monkeypatch.setenv("COLUMNS", "300")  # one line per row
    assert _run("affiliates", "rengo", "--as-of", "2019") == 0
    members = capsys.readouterr().out
    assert "part of" not in members
    assert "related" not in members
    expected = len(api.affiliates("rengo", "2019"))
    assert len(members.splitlines()) == expected + 2  # with the header and the evidence line
    assert _run("affiliates", "rengo", "--as-of", "2019", "--related") == 0
    everything = capsys.readouterr().out
    assert "related" in everything
    assert len(everything.splitlines()) == len(api.affiliates("rengo", "2019", statuses=None)) + 2


def test_affiliates_table_statuses_are_words(capsys: pytest.CaptureFixture[str]) -> None:
    """With --related and no date every link is listed, its status in words and its figure dated."""
    assert _run("affiliates", "rengo", "--related") == 0
    out = capsys.readouterr().out
    assert "…" not in out  # a table cuts nothing
    for link in api.affiliates("rengo", statuses=None):
        for word in api.get(link.member_id).name_en.split():
            assert word in out or word.partition("-")[0] in out  # (hyphenated words may wrap)
    assert "established_by" not in out
    assert "part of" in out
    _fits(out)


def test_search_names_first(capsys: pytest.CaptureFixture[str]) -> None:
    """A printed form with a bracket finds its organisation first."""
    assert _run("search", "Japanese Trade Union Confederation(RENGO)") == 0
    assert capsys.readouterr().out.split()[0] == "rengo"


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
        assert row["members_approximate"] == (
            ("true" if figure.approximate else "false") if figure else ""
        )


@pytest.mark.parametrize("parent", ["rengo", "zenroren"])
def test_affiliates_csv_cells_are_the_json_values_as_the_exports_encode_them(
    parent: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """CSV and JSON hold the same rows; CSV cells read back as the export's cells do."""
    from jplabour.export import decode_cell

    assert _run("affiliates", parent, "--related", "--format", "json") == 0
    objects = json.loads(capsys.readouterr().out)
    assert _run("affiliates", parent, "--related", "--format", "csv") == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows
    assert len(rows) == len(objects)
    kinds = {"rank": "integer", "members": "integer", "members_approximate": "boolean"}
    for row, expected in zip(rows, objects, strict=True):
        assert list(row) == list(expected)
        decoded = {name: decode_cell(kinds.get(name, "string"), cell) for name, cell in row.items()}
        assert decoded == expected


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
    card_lines = show.wrap(text)
    assert len(card_lines) > 1
    assert "".join(line.strip() for line in card_lines) == text
    assert all(show.display_width(line) <= show.WIDTH for line in card_lines)
