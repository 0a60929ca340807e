"""Run each example script as a subprocess and check what it prints."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

import jplabour

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _run(script: str, *args: str, code: int = 0) -> str:
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=60,
    )
    assert (done.returncode, done.stderr) == (code, "")
    return done.stdout


def test_compare_national_centres() -> None:
    """The comparison names both centres and each one's largest affiliate at its list date."""
    out = _run("compare_national_centres.py")
    for centre_id, as_of in (("rengo", "2019-10"), ("zenroren", "2019")):
        assert jplabour.get(centre_id).name_en in out
        sized = [
            (figure.value, link.member_id)
            for link in jplabour.affiliates(centre_id, as_of)
            if (figure := jplabour.members(link.member_id, as_of)) is not None
        ]
        largest = jplabour.get(max(sized)[1])
        assert f"{max(sized)[0]:,}" in out
        assert (largest.abbreviation or largest.id) in out


def test_compare_national_centres_marks_approximate_figures() -> None:
    """Approximate sizes carry their "~", and each size says what date it rests on."""
    out = _run("compare_national_centres.py")
    assert "~7,000,000 members (as of 2019-12, 1 month after 2019-10)" in out
    assert "~1,200,000 members (undated)" in out
    assert " 7,000,000" not in out


def test_membership_by_parent_sums_persons_only() -> None:
    """The sums per parent are those of membership_table's persons; organisations stay apart."""
    out = _run("membership_by_parent.py")
    rows = [
        r
        for r in jplabour.membership_table()
        if r.parent_ids == "rengo" and r.unit == "persons" and r.counted == "members"
    ]
    assert f"{sum(r.value for r in rows):,} persons" in out
    persons, organisations = out.split("Counts of organisations")
    assert "organisations" not in persons.replace("Counts of organisations", "")
    assert "48 organisations (affiliates)" in organisations


def test_membership_table_to_csv() -> None:
    """The CSV has one row per affiliate in force, with the figure in force then."""
    rows = list(csv.DictReader(io.StringIO(_run("membership_table_to_csv.py", "zenroren", "2019"))))
    links = jplabour.affiliates("zenroren", "2019")
    assert [row["member_id"] for row in rows] == [link.member_id for link in links]
    for row in rows:
        figure = jplabour.members(row["member_id"], "2019")
        assert row["members"] == (str(figure.value) if figure else "")


def test_validate_downstream_sample_is_invalid() -> None:
    """The built-in sample is refused: its ambiguous name lists both Jichirōren federations."""
    out = _run("validate_downstream_file.py", code=1)
    assert "rengo-jichiroren" in out
    assert "zenroren-jichiroren" in out
    assert "invalid" in out.splitlines()[-1]


def test_validate_downstream_file_from_the_data(tmp_path: Path) -> None:
    """A table written from jplabour's own 2019 figures is valid."""
    lines = ["org_id,value,unit,as_of"]
    for link in jplabour.affiliates("zenroren", "2019"):
        figure = jplabour.members(link.member_id, "2019")
        if figure is not None:
            lines.append(f"{figure.org_id},{figure.value},{figure.unit.value},{figure.as_of}")
    path = tmp_path / "zenroren-2019.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = _run("validate_downstream_file.py", str(path))
    assert f"{len(lines) - 1} rows" in out.splitlines()[-1]
    assert out.splitlines()[-1].endswith(": valid")


def test_typed_usage() -> None:
    """The typed example prints Zenroren's largest 2019 affiliate and its presidents in order."""
    out = _run("typed_usage.py")
    figures = [
        jplabour.members(link.member_id, "2019") for link in jplabour.affiliates("zenroren", "2019")
    ]
    largest = max(figure.value for figure in figures if figure is not None)
    assert f"{largest:,}" in out
    assert out.index("Matsumoto") < out.index("Obata")


def test_own_models() -> None:
    """Names become ids and every stored answer is valid for the survey schema; Jichiroren is refused."""
    out = _run("own_models.py")
    lines = out.splitlines()
    assert lines[0].startswith(
        'answer 1: {"union": "ua-zensen", "surveyed": "2019-10", "members": 1767000}'
    )
    assert lines[1].startswith('answer 2: {"union": "zenroren"')
    assert sum(line.endswith("(valid)") for line in lines) == 2
    assert "INVALID" not in out
    refused = out[out.index("answer 3: refused") :]
    assert "rengo-jichiroren" in refused
    assert "zenroren-jichiroren" in refused
    assert "no such era date: '平成32年'" in refused


# The documentation's examples, run as printed.

DOCS = EXAMPLES.parent / "docs"


@pytest.mark.parametrize(("page", "least"), [("api.md", 15), ("own-models.md", 30)])
def test_page_examples_run_as_printed(
    page: str, least: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every ``pycon`` block of the page, run in order in one namespace from the project's folder, prints what it shows."""
    import doctest
    import re

    monkeypatch.chdir(EXAMPLES.parent)
    text = (DOCS / page).read_text(encoding="utf-8")
    blocks = re.findall(r"^```pycon\n(.*?)^```", text, flags=re.MULTILINE | re.DOTALL)
    assert len(blocks) >= 3
    namespace: dict[str, object] = {}
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    parser = doctest.DocTestParser()
    for number, block in enumerate(blocks):
        test = parser.get_doctest(block, namespace, f"{page} block {number}", page, 0)
        runner.run(test, clear_globs=False)
        namespace = test.globs  # the next block sees what this one defined
    failed, attempted = runner.summarize(verbose=False)
    assert attempted >= least
    assert failed == 0


def _console_examples(page: str) -> list[tuple[str, str]]:
    """(command, output) of each ``$ jplabour ...`` line of a ``console`` block."""
    import re

    text = (DOCS / page).read_text(encoding="utf-8")
    examples = []
    for block in re.findall(r"^```console\n(.*?)^```", text, flags=re.MULTILINE | re.DOTALL):
        for command, output in re.findall(r"^\$ (.*)\n((?:(?!\$ ).*\n)*)", block, re.MULTILINE):
            examples.append((command, output))
    return examples


@pytest.mark.parametrize("page", ["cli.md", "getting-started.md"])
def test_console_examples_run_as_printed(page: str, tmp_path: Path) -> None:
    """Every ``$ jplabour ...`` of the page prints what the page shows ("..." for the rest).

    The command line runs in bash as printed, pipes included, with ``jplabour``
    standing for this interpreter's ``python -m jplabour``, in an empty folder
    holding the sample file the page shows (``my-memberships.csv``).
    """
    import doctest
    import re
    import shlex
    import shutil

    examples = [(c, o) for c, o in _console_examples(page) if c.startswith("jplabour")]
    assert len(examples) >= 5
    sample = re.search(
        r"```text\n(id,org_id,value.*?)```", (DOCS / page).read_text("utf-8"), re.DOTALL
    )
    if sample is not None:
        (tmp_path / "my-memberships.csv").write_text(sample.group(1), encoding="utf-8")
    checker = doctest.OutputChecker()
    jplabour_command = f"{shlex.quote(sys.executable)} -m jplabour"
    for command, shown in examples:
        line = re.sub(r"^jplabour\b", jplabour_command, command)
        done = subprocess.run(
            [shutil.which("bash") or "/bin/bash", "-c", f"( {line} ) 2>&1"],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
            timeout=60,
        )
        assert checker.check_output(shown, done.stdout, doctest.ELLIPSIS), (command, done.stdout)


def test_validate_dataframe(tmp_path: Path) -> None:
    """The DataFrame example names rows by their index labels and writes the copy with our names."""
    pytest.importorskip("pandas")
    out = _run("validate_dataframe.py", str(tmp_path / "clean.csv"), code=1)
    assert "[index 'U03']: org_id: 'Jichiroren' names more than one organisation" in out
    assert "fix row U04 (value): fill in the cell" in out
    assert out.splitlines()[-3].endswith("4 rows, 2 errors, 6 warnings: invalid")
    rows = list(
        csv.DictReader(io.StringIO((tmp_path / "clean.csv").read_text(encoding="utf-8-sig")))
    )
    assert [row["org_id"] for row in rows] == ["ua-zensen", "jam", "Jichiroren", "zenroren"]
    assert rows[0]["value"] == "1767000"
