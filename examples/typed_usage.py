"""A typed use of the API, checked by ``mypy --strict`` in CI: who led RENGO, and how big was Zenroren?"""

from __future__ import annotations

import jplabour
from jplabour import Affiliation, Membership, Organization, Position


def largest_affiliates(parent: str, as_of: str, top: int) -> list[tuple[str, int]]:
    """The *top* affiliates of *parent* by membership at *as_of*, as (abbreviation, members)."""
    sized: list[tuple[str, int]] = []
    for link in jplabour.affiliates(parent, as_of):
        member: Organization = jplabour.get(link.member_id)
        figure: Membership | None = jplabour.members(member.id, as_of)
        if figure is not None:
            sized.append((member.abbreviation or member.name_en, figure.value))
    return sorted(sized, key=lambda pair: -pair[1])[:top]


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
    for abbreviation, value in largest_affiliates("zenroren", "2019", 3):
        print(f"{abbreviation:<16} {value:>9,}")
    links: tuple[Affiliation, ...] = jplabour.affiliates("rengo", "2019-10")
    print(f"RENGO links in force in October 2019: {len(links)}")
    print("; ".join(presidents("zenroren")))


if __name__ == "__main__":
    main()
