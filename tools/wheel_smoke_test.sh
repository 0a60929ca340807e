#!/usr/bin/env bash
# Build the sdist and wheel (or take them from the folder given as the first
# argument, as the release workflow does), then install ONLY the wheel into an
# empty virtual environment with no network access to an index (dependencies
# come from a local wheelhouse), and run a smoke test from a folder outside the
# source tree.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ $# -ge 1 ]; then
    dist="$(cd "$1" && pwd)"
else
    echo "+ build sdist and wheel"
    dist="$work/dist"
    python -m build --no-isolation --outdir "$dist" "$root" >/dev/null
fi
twine check --strict "$dist"/*
wheel=$(ls "$dist"/jplabour-*.whl)

echo "+ wheelhouse of the runtime dependencies and the testing extra"
python -m pip download --quiet --dest "$work/wheelhouse" "$wheel[testing]"

echo "+ install the wheel alone with its testing extra, offline"
python -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet --no-index --find-links "$work/wheelhouse" "$wheel[testing]"

echo "+ smoke test outside the source tree"
cd "$work"
py="$work/venv/bin/python"
cli="$work/venv/bin/jplabour"
"$py" - <<'PY'
import os
import sys

opened = []
sys.addaudithook(
    lambda event, args: opened.append(os.fsdecode(args[0]))
    if event == "open" and args and isinstance(args[0], (str, bytes))
    else None
)
import jplabour

jplabour.get("rengo")
data_files = [p for p in opened if not p.endswith((".py", ".pyc", ".so")) and not os.path.isdir(p)]
assert not data_files, data_files
assert "pydantic" not in sys.modules and "jsonschema" not in sys.modules
assert "hypothesis" not in sys.modules
assert "site-packages" in jplabour.__file__, jplabour.__file__
assert jplabour.get("rengo").abbreviation
assert jplabour.lookup("Jichirōren").ambiguous
assert jplabour.check().ok
print("import, get, lookup, check: ok", jplabour.__version__, file=sys.stderr)
PY
"$py" - <<'PY'
import sys

from hypothesis import given, settings
from pydantic import BaseModel, ValidationError

from jplabour import strategies
from jplabour.pydantic import OrgId


class Report(BaseModel):
    union: OrgId


assert Report(union="UA ZENSEN").union == "ua-zensen"
try:
    Report(union="Jichiroren")
except ValidationError as error:
    assert error.errors()[0]["ctx"]["candidates"] == ["rengo-jichiroren", "zenroren-jichiroren"]
else:
    raise AssertionError("Jichiroren was resolved")


@settings(max_examples=20, database=None)
@given(strategies.organization_names())
def names_resolve(name: str) -> None:
    Report(union=name)


names_resolve()
print("jplabour.pydantic and jplabour.strategies: ok", file=sys.stderr)
PY
"$cli" > /dev/null
"$cli" --version | grep -q "data version"
"$cli" cite --format cff > /dev/null
"$cli" check > /dev/null
"$cli" export --format json --out "$work/export.json"
"$cli" check "$work/export.json" > /dev/null
printf 'org_id,value,as_of\nUA ZENSEN,"1,767,000",2019-10\nzenroren,1200000,令和元年\n' > "$work/members.csv"
"$cli" validate "$work/members.csv" --table memberships > /dev/null
set +e
"$cli" validate "$work/missing.csv" --table memberships 2>/dev/null
code=$?
set -e
if [ "$code" -ne 2 ]; then
    echo "expected exit 2 for a missing file, got $code" >&2; exit 1
fi
echo "wheel smoke test: ok"
