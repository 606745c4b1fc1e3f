"""Build ``static/world.json``, the country shapes of the map, from a registry package.

Source: the npm package ``world-atlas`` (version pinned below; ISC licence, © Michael Bostock), whose
``countries-110m.json`` is Natural Earth's 1:110m admin-0 countries (public domain) as TopoJSON.
Run ``python -m veille.serve.build_world`` (needs ``npm``); the output is committed, so the server
and its tests need no network. Each country becomes one SVG path in an equirectangular projection
(x = longitude + 180, y = 90 - latitude, a 360 x 180 box), keyed by its ISO 3166-1 alpha-3 code.
"""

from __future__ import annotations

import json
import subprocess
import tarfile
import tempfile
from pathlib import Path

import pycountry

PACKAGE = "world-atlas@2.0.2"
MEMBER = "package/countries-110m.json"
OUTPUT = Path(__file__).parent / "static" / "world.json"
NOTICE = ("Country shapes: Natural Earth 1:110m (public domain) via the npm package world-atlas 2.0.2 "
          "(ISC licence, (c) 2013-2019 Michael Bostock)")


def _decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """TopoJSON's delta-encoded, quantised arcs as lists of (lon, lat)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _ring(arcs: list[list[tuple[float, float]]], indexes: list[int]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(arc if not points else arc[1:])
    return points


def _pieces(ring: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """A ring cut where it jumps across the antimeridian (Fiji, Chukotka), so that no edge spans the map."""
    pieces: list[list[tuple[float, float]]] = [[]]
    for point in ring:
        if pieces[-1] and abs(point[0] - pieces[-1][-1][0]) > 180:
            pieces.append([])
        pieces[-1].append(point)
    return pieces


def _path(rings: list[list[tuple[float, float]]]) -> str:
    parts = []
    for ring in rings:
        for piece in _pieces(ring):
            coords = [f"{lon + 180:.1f} {90 - lat:.1f}" for lon, lat in piece]
            deduped = [c for i, c in enumerate(coords) if i == 0 or c != coords[i - 1]]
            if len(deduped) >= 3:
                parts.append("M" + "L".join(deduped) + "Z")
    return "".join(parts)


def _iso3(numeric: str | None, name: str) -> str:
    found = pycountry.countries.get(numeric=numeric) if numeric else None
    if found is not None:
        return found.alpha_3
    return "X-" + "".join(ch for ch in name.upper() if ch.isalnum())[:12]  # Kosovo, N. Cyprus...


def convert(topology: dict) -> dict:
    arcs = _decode_arcs(topology)
    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = geometry.get("arcs") or []
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        rings = [_ring(arcs, ring) for polygon in polygons for ring in polygon]
        name = geometry.get("properties", {}).get("name", "")
        countries.append({"iso3": _iso3(geometry.get("id"), name), "name": name, "d": _path(rings)})
    countries.sort(key=lambda c: c["iso3"])
    return {"notice": NOTICE, "width": 360, "height": 180, "countries": countries}


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=tmp, check=True, capture_output=True)
        archive = next(Path(tmp).glob("world-atlas-*.tgz"))
        with tarfile.open(archive) as tar:
            member = tar.extractfile(MEMBER)
            if member is None:
                raise FileNotFoundError(f"{MEMBER} missing from {archive.name}")
            topology = json.load(member)
    OUTPUT.write_text(json.dumps(convert(topology), separators=(",", ":")), encoding="utf-8")


if __name__ == "__main__":
    main()
