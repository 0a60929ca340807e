r"""Benchmark: "did you mean" (jplabour.closeness) races difflib over every name jplabour knows.

A name that matches nothing is compared with every name key of the embedded
data (lookup asks for the 20 closest at a cutoff of 0.6). Three kinds of miss,
made from the keys with a fixed seed:

- ``Latin typos``: a Latin name with one character dropped, doubled, swapped
  or added, the worst case (many names share its characters);
- ``Japanese typos``: the same for a Japanese name;
- ``unknown ids``: ``unknown-1``, ``unknown-2``, ...: the validator's misses in
  ``benchmarks/validate_memberships.py``.

Contenders, in the same run, taking turns (the fastest of ``--repeats`` counts):

- ``difflib``: :func:`difflib.get_close_matches` for a Latin key; for a
  Japanese key, a ``SequenceMatcher`` loop over the Japanese names keeping those
  at least 95% as close as the closest (what ``names.closest`` ran before);
- ``jplabour``: :func:`jplabour.closeness.close_matches` and
  :func:`~jplabour.closeness.nearly_closest`, with the same arguments.

A Japanese key is compared with the Japanese names only; both get them picked
out once, outside the timing (``names.closest`` remembers them too; before,
it picked them out on every call, which cost more than the comparisons).

Each answer must be difflib's, in the same order. Prints milliseconds per name
and jplabour's speed as a multiple of difflib's. Targets: the same answers,
and at least 2x difflib on every kind of miss.

Run: ``python benchmarks/suggest_names.py [--names N] [--repeats N]``. Exit 1 if
a target is missed.
"""

from __future__ import annotations

import argparse
import difflib
import random
import sys
import time
from collections.abc import Callable, Sequence

from jplabour.closeness import close_matches, nearly_closest
from jplabour.data import name_index
from jplabour.folding import is_japanese, normalize_name

#: What lookup asks for: 4 keys an id (several keys name one organisation) for 5 ids.
N, CUTOFF, SHARE = 20, 0.6, 0.95
#: jplabour's speed as a multiple of difflib's, on every kind of miss.
TARGET = 2.0

Suggest = Callable[[str, Sequence[str]], list[str]]


def difflib_suggestions(key: str, candidates: Sequence[str]) -> list[str]:
    """The answer of difflib over every candidate: get_close_matches, or closest's old Japanese loop."""
    if not is_japanese(key):
        return difflib.get_close_matches(key, candidates, N, CUTOFF)
    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(key)
    scored = []
    for candidate in candidates:
        matcher.set_seq1(candidate)
        if matcher.real_quick_ratio() >= CUTOFF and matcher.quick_ratio() >= CUTOFF:
            ratio = matcher.ratio()
            if ratio >= CUTOFF:
                scored.append((ratio, candidate))
    scored.sort(key=lambda pair: (-pair[0], pair[1]))
    floor = scored[0][0] * SHARE if scored else 0.0
    return [candidate for ratio, candidate in scored if ratio >= floor]


def jplabour_suggestions(key: str, candidates: Sequence[str]) -> list[str]:
    """The same answers from jplabour.closeness (its index of the candidates made on first use)."""
    if not is_japanese(key):
        return close_matches(key, candidates, N, CUTOFF)
    return nearly_closest(key, candidates, CUTOFF, SHARE)


def typo(name: str, rng: random.Random) -> str:
    """*name* with one character dropped, doubled, swapped with the next, or added."""
    at = rng.randrange(len(name))
    return rng.choice(
        [
            name[:at] + name[at + 1 :],
            name[: at + 1] + name[at:],
            name[:at] + name[at + 1 : at + 2] + name[at : at + 1] + name[at + 2 :],
            name[:at] + rng.choice("xq労") + name[at:],
        ]
    )


def misses(latin: Sequence[str], japanese: Sequence[str], count: int) -> dict[str, list[str]]:
    """*count* keys of each kind of miss, the same on every run."""
    rng = random.Random(1)  # noqa: S311 -- test data, not secrets
    return {
        "Latin typos": [typo(rng.choice(latin), rng) for _ in range(count)],
        "Japanese typos": [typo(rng.choice(japanese), rng) for _ in range(count)],
        "unknown ids": [normalize_name(f"unknown-{index}") for index in range(1, count + 1)],
    }


def timed(suggest: Suggest, queries: Sequence[str], keys: Sequence[str]) -> float:
    """Seconds for *suggest* to answer every query."""
    started = time.perf_counter()
    for query in queries:
        suggest(query, keys)
    return time.perf_counter() - started


def main() -> int:
    """Race the contenders on each kind of miss; print the table and the targets."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--names", type=int, default=200, help="misses of each kind")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    keys = tuple(name_index.ORGS)
    japanese = tuple(filter(is_japanese, keys))
    latin = [key for key in keys if key and not is_japanese(key)]
    contenders: dict[str, Suggest] = {
        "difflib": difflib_suggestions,
        "jplabour": jplabour_suggestions,
    }
    missed = []
    print(f"Python {sys.version.split()[0]}; {len(keys):,} name keys; n={N}, cutoff={CUTOFF}")
    print()
    print("| miss | names | difflib ms/name | jplabour ms/name | jplabour is |")
    print("|---|---:|---:|---:|---:|")
    for kind, queries in misses(latin, japanese, args.names).items():
        compared = japanese if kind == "Japanese typos" else keys
        different = sum(
            difflib_suggestions(query, compared) != jplabour_suggestions(query, compared)
            for query in queries
        )
        if different:
            missed.append(f"{kind}: {different} answers differ from difflib's")
        best = dict.fromkeys(contenders, float("inf"))
        for _ in range(args.repeats):
            for name, suggest in contenders.items():
                best[name] = min(best[name], timed(suggest, queries, compared))
        ratio = best["difflib"] / best["jplabour"]
        print(
            f"| {kind} | {len(queries):,} | {best['difflib'] / len(queries) * 1e3:.3f} "
            f"| {best['jplabour'] / len(queries) * 1e3:.3f} | {ratio:.1f}x |"
        )
        if ratio < TARGET:
            missed.append(f"{kind}: {ratio:.1f}x difflib, under {TARGET:.0f}x")
    print()
    print(
        f"target: the same answers as difflib and at least {TARGET:.0f}x its speed on every miss: ",
        end="",
    )
    print("MISSED (" + "; ".join(missed) + ")" if missed else "met")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
