"""Indexes over a document's accepted place matches, so that the places stage's last pass asks each
match about its neighbours without rescanning every other match (that pass was quadratic: 11 s on a
300 kB article).

Reads the matches' token index, name, chosen Place and ``approx`` (duck-typed: any objects with
``i``, ``name``, ``chosen``, ``approx``); adds nothing to a Doc; loads no data files.

* :class:`Sentences`: the matches of a sentence and of the one before it, in the order given (the
  only ones :func:`khabar.extract.place_guess.anchor_town` reads).
* :class:`Nearby`: whether some other match names a place within ``far_km`` of a place, or in the
  same province (``admin1_ar``): a grid of cells larger than ``far_km`` (places in neighbouring
  cells only), the matches of one cell grouped by what the answer depends on (name, coordinates,
  province). A match counts while its ``chosen`` is set and its ``approx`` is not (read at each
  question: the pass sets them as it goes).

Example::

    >>> from types import SimpleNamespace as NS
    >>> town = lambda lat, lon, adm: NS(lat=lat, lon=lon, admin1_ar=adm, kind="city")
    >>> a = NS(i=0, name="أ", chosen=town(33.5, 36.3, "دمشق"), approx=None)
    >>> b = NS(i=5, name="ب", chosen=town(33.6, 36.4, "ريف دمشق"), approx=None)
    >>> c = NS(i=9, name="ج", chosen=town(15.3, 44.2, "صنعاء"), approx=None)
    >>> near = Nearby([a, b, c], far_km=150.0)
    >>> near.close_other(c, c.chosen), near.close_other(a, a.chosen)
    (False, True)
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

from khabar.extract.place_lexicon import km

_GRID_LAT = 55.0  # up to this latitude a cell of far_km / 63 degrees of longitude spans more than far_km


class Sentences:
    """The matches by sentence, each list in the order of the list given."""

    def __init__(self, matches: Sequence[Any], sentence_of: Callable[[Any], int]) -> None:
        self._by: dict[int, list[tuple[int, Any]]] = {}
        for k, x in enumerate(matches):
            self._by.setdefault(sentence_of(x), []).append((k, x))

    def of(self, sent: int) -> list[Any]:
        """The matches of sentence ``sent``."""
        return [x for _k, x in self._by.get(sent, ())]

    def around(self, sent: int) -> list[Any]:
        """The matches of sentence ``sent`` and of the sentence before it, in the given order."""
        both = [*self._by.get(sent - 1, ()), *self._by.get(sent, ())]
        both.sort(key=lambda kx: kx[0])
        return [x for _k, x in both]


def _live(x: Any) -> bool:
    return x.chosen is not None and x.approx is None


class Nearby:
    """Which matches name a place close to a given place (within ``far_km`` or in its province)."""

    def __init__(self, matches: Sequence[Any], far_km: float) -> None:
        self.far_km = far_km
        self._dlat = far_km / 111.0  # (km() counts 111.2 km a degree of latitude)
        self._dlon = far_km / 63.0  # (and at least 111.2 * cos(55°) = 63.8 km a degree of longitude)
        # cell -> (name, lat, lon, province) -> (that point, its matches): one distance per group
        self._cells: dict[tuple[int, int], dict[tuple[Any, ...], tuple[_Point, list[Any]]]] = {}
        self._free: list[Any] = []  # matches of a place outside the grid (far north or south)
        self._provinces: dict[str, dict[str, list[Any]]] = {}  # admin1_ar -> name -> matches
        self._names: dict[str, list[Any]] = {}
        for x in matches:
            q = x.chosen
            if q is None or q.kind == "country":
                continue
            self._names.setdefault(x.name, []).append(x)
            if q.admin1_ar:
                self._provinces.setdefault(q.admin1_ar, {}).setdefault(x.name, []).append(x)
            cell = self.cell(q)
            if cell is None:
                self._free.append(x)
            else:
                groups = self._cells.setdefault(cell, {})
                key = (x.name, q.lat, q.lon, q.admin1_ar)
                if key not in groups:
                    groups[key] = (_Point(q.lat, q.lon, q.admin1_ar), [])
                groups[key][1].append(x)

    def cell(self, p: Any) -> tuple[int, int] | None:
        """The grid cell of a place, or None outside the grid."""
        if p.lat is None or p.lon is None or not abs(p.lat) <= _GRID_LAT or not abs(p.lon) <= 180.0:
            return None
        return (math.floor(p.lat / self._dlat), math.floor(p.lon / self._dlon))

    def has_other(self, m: Any) -> bool:
        """Some match of another name than m's names a place that is no country (chosen, not approx)."""
        return any(name != m.name and any(map(_live, xs)) for name, xs in self._names.items())

    def close_other(self, m: Any, p: Any) -> bool:
        """Some match of another name than m's names a place (no country) within far_km of ``p`` or
        in p's province. ``p`` must lie on the grid (:meth:`cell`)."""
        if p.admin1_ar:
            for name, xs in self._provinces.get(p.admin1_ar, {}).items():
                if name != m.name and any(map(_live, xs)):
                    return True
        for x in self._free:
            if x.name != m.name and _live(x) and self._close(p, x.chosen):
                return True
        la, lo = self.cell(p)  # type: ignore[misc]
        for a in (la - 1, la, la + 1):
            for b in (lo - 1, lo, lo + 1):
                for key, (q, xs) in self._cells.get((a, b), {}).items():
                    if key[0] != m.name and self._close(p, q) and any(map(_live, xs)):
                        return True
        return False

    def _close(self, p: Any, q: Any) -> bool:
        return km(p, q) <= self.far_km or bool(p.admin1_ar and p.admin1_ar == q.admin1_ar)


class _Point:
    """The coordinates and province a group of matches shares."""

    __slots__ = ("lat", "lon", "admin1_ar")

    def __init__(self, lat: float, lon: float, admin1_ar: str) -> None:
        self.lat, self.lon, self.admin1_ar = lat, lon, admin1_ar
