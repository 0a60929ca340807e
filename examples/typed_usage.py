"""A typed use of the API, checked by ``mypy --strict`` in CI: who led RENGO, and how big was Zenroren?"""

from __future__ import annotations

import jplabour
from jplabour import (
    Affiliation,
    LookupResult,
    Membership,
    Organization,
    Position,
    RosterEntry,
    Succession,
)


def largest_affiliates(parent: str, as_of: str, top: int) -> list[tuple[str, Membership]]:
    """The *top* affiliates of *parent* by membership at *as_of*, as (abbreviation, figure)."""
    sized: list[tuple[str, Membership]] = []
    for entry in jplabour.roster(parent, as_of):
        typed: RosterEntry = entry
        member: Organization = typed.member
        if typed.figure is not None:
            sized.append((member.abbreviation or member.name_en, typed.figure))
    return sorted(sized, key=lambda pair: -pair[1].value)[:top]


def presidents(org: str) -> list[str]:
    """The presidents of *org* in list order, with their start years where known."""
    result: list[str] = []
    for position in jplabour.officers(org):
        office: Position = position
        if office.role.value == "president":
            holder = jplabour.person(office.person_id)
            since = str(office.since) if office.since else "year not stated"
            result.append(f"{holder.family_name} {holder.given_name} ({since})")
    return result


def main() -> None:
    """Print a few answers."""
    for abbreviation, figure in largest_affiliates("zenroren", "2019", 3):
        count = f"{'~' if figure.approximate else ''}{figure.value:,}"  # "~": approximate
        print(f"{abbreviation:<16} {count:>10} ({figure.as_of or 'undated'})")
    links: tuple[Affiliation, ...] = jplabour.affiliates("rengo", "2019-10")
    print(f"RENGO links in force in October 2019: {len(links)}")
    print("; ".join(presidents("zenroren")))
    named: LookupResult = jplabour.lookup("JICHI ROREN")
    print(f"JICHI ROREN can mean: {', '.join(org.id for org in named.matches)}")
    became: tuple[Succession, ...] = jplabour.lineage("Zennichijiro").successors
    print(f"Zennichijiro became: {', '.join(s.successor_id for s in became)}")
    leaders = [jplabour.person(p.person_id).family_name for p in jplabour.officers("RENGO", "2019")]
    print(f"RENGO's officers in 2019: {len(leaders)}, led by {leaders[0]}")
    # DATA_VERSION is a str (Final[str]), so comparing it with another version type-checks.
    if jplabour.DATA_VERSION != "2026.10.0":
        print(f"data version {jplabour.DATA_VERSION}, not the October 2026 data")


if __name__ == "__main__":
    main()
