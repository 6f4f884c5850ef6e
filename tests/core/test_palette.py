"""The relation statuses stay apart for people with a colour-vision deficiency, and never rest on colour alone."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from viewer import style

colorspacious = pytest.importorskip("colorspacious", reason="the palette test needs colorspacious (pip install -e '.[test]')")

DEFICIENCIES = ("deuteranomaly", "protanomaly", "tritanomaly")  # at severity 100: deuteranopia, protanopia, tritanopia

MIN_DELTA_E = 12.0
"""The smallest colour difference allowed between two states, in CAM02-UCS ΔE' (Luo et al. 2006).

ΔE' ≈ 1 is a just noticeable difference between two large patches side by side under ideal viewing.
The map asks more: the states are read at a glance, across the map (Iran is far from the United
States' marker), on small areas and on uncalibrated screens, where the difference needed to tell
two colours apart grows several-fold (Szafir, "Modeling Color Difference for Visualization Design",
IEEE VIS 2017, finds 5-10 for small marks at 50% accuracy). Twelve keeps a margin above that
for every pair, including the worst pair under each simulated deficiency."""


def _rgb(colour: str) -> np.ndarray:
    colour = colour.lstrip("#")
    return np.array([int(colour[i:i + 2], 16) for i in (0, 2, 4)]) / 255


def _seen(colour: str, deficiency: str | None) -> np.ndarray:
    if deficiency is None:
        return _rgb(colour)
    space = {"name": "sRGB1+CVD", "cvd_type": deficiency, "severity": 100}
    return np.clip(colorspacious.cspace_convert(_rgb(colour), space, "sRGB1"), 0, 1)


def _fills() -> dict[str, str]:
    """Every fill a country can have: the statuses, no recorded relation, and Pakistan itself."""
    return {**style.STATUS_COLOURS, "no recorded relation": style.LAND_COLOUR, "Pakistan": style.PAKISTAN_FILL}


@pytest.mark.parametrize("deficiency", (None, *DEFICIENCIES))
def test_every_pair_of_fills_stays_apart(deficiency):
    fills = _fills()
    too_close = []
    for (a, ca), (b, cb) in itertools.combinations(fills.items(), 2):
        difference = float(colorspacious.deltaE(_seen(ca, deficiency), _seen(cb, deficiency), input_space="sRGB1"))
        if difference < MIN_DELTA_E:
            too_close.append(f"{a} {ca} / {b} {cb}: {difference:.1f}")
    assert not too_close, f"under {deficiency or 'normal vision'}: " + "; ".join(too_close)


def test_the_simulation_tells_the_classic_confusion():
    """The check can fail: red and green, the pair deuteranopes confuse, come out close under deuteranopia."""
    red, green = "#d73027", "#1a9850"  # the old hostile and allied
    normal = float(colorspacious.deltaE(_seen(red, None), _seen(green, None), input_space="sRGB1"))
    deutan = float(colorspacious.deltaE(_seen(red, "deuteranomaly"), _seen(green, "deuteranomaly"), input_space="sRGB1"))
    assert normal > 30 and deutan < normal / 2


def test_hostile_and_sanctions_have_a_pattern_and_neutral_is_not_no_relation():
    assert set(style.STATUS_PATTERNS) == {"hostile", "sanctions"}
    assert style.STATUS_PATTERNS["hostile"]["kind"] != style.STATUS_PATTERNS["sanctions"]["kind"]
    neutral = float(colorspacious.deltaE(_rgb(style.STATUS_COLOURS["neutral"]), _rgb(style.LAND_COLOUR), input_space="sRGB1"))
    assert neutral > 25  # grey against near white: not two shades of one colour
    assert style.label("status", "neutral") != style.label("legend", "no_relation")


def test_category_colours_as_text_read_at_wcag_aa_on_the_lists_white_and_high_contrast_black():
    """The events list writes each event in its category's colour: 4.5:1 or more on its ground (the treaty
    purple on black was 1.5:1, lightened 2.3:1), the hue kept."""
    from viewer import style

    for category, colour in style.CATEGORY_COLOURS.items():
        for ground in ("#ffffff", "#000000"):
            text = style.readable_on(colour, ground)
            assert style.contrast(text, ground) >= style.TEXT_CONTRAST, (category, ground, text)
    assert style.readable_on("#e31a1c", "#ffffff") == "#e31a1c"  # already readable: unchanged
    assert round(style.contrast("#000000", "#ffffff"), 1) == 21.0 and style.contrast("#777777", "#777777") == 1.0
