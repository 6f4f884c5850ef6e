"""Boxes of an export go where they hide the least of the map (viewer.export.placement), Qt-free."""

from __future__ import annotations

import numpy as np

from viewer.export.placement import Busy, Rect, choose

SEA, LAND, PARTNER = (207, 223, 232), (251, 250, 246), (0, 114, 178)


def picture(width=400, height=300) -> np.ndarray:
    rgb = np.zeros((height, width, 3), np.uint8)
    rgb[:] = SEA
    rgb[:, : width // 2] = LAND
    return rgb


def corners(w, h, width=400, height=300, m=10):
    return [Rect(m, height - m - h, w, h), Rect(width - m - w, height - m - h, w, h),
            Rect(m, m, w, h), Rect(width - m - w, m, w, h)]


def test_sea_and_plain_land_are_free_whatever_their_colours():
    rgb = picture()
    assert Busy(rgb).hidden(Rect(0, 0, 400, 300)) == 0.0
    rgb[100:150, 100:150] = PARTNER
    busy = Busy(rgb)
    assert busy.hidden(Rect(100, 100, 50, 50)) == busy.hidden(Rect(0, 0, 400, 300)) > 0
    assert busy.hidden(Rect(200, 0, 200, 300)) == 0.0


def test_the_box_goes_to_the_corner_that_hides_the_least():
    rgb = picture()
    rgb[200:300, 0:120] = PARTNER  # a partner in the bottom left
    assert choose(Busy(rgb), corners(100, 80)) == 1  # bottom right
    rgb[200:300, 280:400] = PARTNER  # and one in the bottom right: a top corner
    assert choose(Busy(rgb), corners(100, 80)) == 2


def test_a_near_tie_keeps_the_first_place_offered():
    rgb = picture()
    rgb[295:300, 0:20] = PARTNER  # a few pixels under the usual corner
    assert choose(Busy(rgb), corners(100, 80)) == 0


def test_places_over_another_box_or_off_the_picture_are_refused():
    rgb = picture()
    title = Rect(10, 10, 150, 60)
    places = [Rect(10, 10, 100, 80), Rect(350, 250, 100, 80), Rect(290, 210, 100, 80)]
    assert choose(Busy(rgb), places, avoid=[title], bounds=(400, 300)) == 2
    assert choose(Busy(rgb), places[:2], avoid=[title], bounds=(400, 300)) is None


def test_scale_maps_layout_units_to_pixels():
    rgb = picture(800, 600)
    rgb[400:600, 0:240] = PARTNER
    busy = Busy(rgb, scale=2)
    assert busy.hidden(Rect(0, 200, 120, 100)) > 0 and busy.hidden(Rect(200, 200, 100, 100)) == 0
