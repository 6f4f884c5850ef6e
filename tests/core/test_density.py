"""Events aggregated into map cells (viewer/core/density.py)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core.density import aggregate, project, unproject


def brute_force(lon, lat, zoom, cell_px, deaths):
    """Cells by plain Python: the web-mercator pixel of each point divided by the cell size."""
    cells = {}
    x, y = project(lon, lat)
    for i, (px, py) in enumerate(zip(x.tolist(), y.tolist())):
        key = (int(py * 2 ** zoom // cell_px), int(px * 2 ** zoom // cell_px))
        count, dead, members = cells.get(key, (0, 0, []))
        cells[key] = (count + 1, dead + max(deaths[i], 0), members + [i])
    return cells


def test_projection_of_known_places():
    x, y = project([0.0, -180.0, 73.05], [0.0, 85.0511287798, 33.69])
    assert x[0] == pytest.approx(128) and y[0] == pytest.approx(128)
    assert x[1] == pytest.approx(0) and y[1] == pytest.approx(0, abs=1e-6)
    lon, lat = unproject(x, y)
    assert lon[2] == pytest.approx(73.05) and lat[2] == pytest.approx(33.69)


def test_two_towns_in_two_cells_with_counts_and_deaths():
    # three events in Quetta, one in Peshawar, one in Peshawar with unknown deaths (-1)
    lon = [67.00, 67.001, 67.002, 71.58, 71.581]
    lat = [30.18, 30.181, 30.182, 34.01, 34.011]
    grid = aggregate(*project(lon, lat), 6, cell_px=48, deaths=[1, 2, 3, 10, -1])
    assert len(grid) == 2
    by_count = dict(zip(grid.counts.tolist(), grid.deaths.tolist()))
    assert by_count == {3: 6, 2: 10}
    quetta = int(np.flatnonzero(grid.counts == 3)[0])
    assert grid.events(quetta).tolist() == [0, 1, 2]
    (south, west), (north, east) = grid.bounds(quetta)
    assert south <= 30.18 <= north and west <= 67.0 <= east
    assert (north - south) < 3 and (east - west) < 3


def test_indices_choose_the_points_and_are_what_a_cell_lists():
    lon, lat = [67.0, 67.0, 71.58, 71.58], [30.18, 30.18, 34.01, 34.01]
    grid = aggregate(*project(lon, lat), 5, indices=[1, 3])
    assert sorted(grid.counts.tolist()) == [1, 1]
    assert sorted(int(grid.events(c)[0]) for c in range(len(grid))) == [1, 3]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.floats(60, 78), st.floats(23, 38), st.integers(-1, 50)), min_size=1, max_size=200),
       st.integers(0, 14), st.sampled_from([16, 48, 64]))
def test_same_cells_as_by_hand(points, zoom, cell_px):
    lon, lat, deaths = (list(v) for v in zip(*points))
    grid = aggregate(*project(lon, lat), zoom, cell_px=cell_px, deaths=deaths)
    expected = brute_force(lon, lat, zoom, cell_px, deaths)
    found = {(int(r), int(c)): (int(n), int(d), sorted(grid.events(i).tolist()))
             for i, (r, c, n, d) in enumerate(zip(grid.row, grid.column, grid.counts, grid.deaths))}
    assert found == expected
    assert grid.counts.sum() == len(points)


def test_bad_zoom():
    with pytest.raises(ValueError):
        aggregate([1.0], [1.0], -1)
