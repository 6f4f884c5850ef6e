"""The vector PDF as a reader sees it: rasterised (pdfium), its hostile partners striped in their colour,
never solid black, and the regions of the day's events hatched in yellow."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")
pdfium = pytest.importorskip("pypdfium2")

from viewer import style  # noqa: E402
from viewer.cli import main  # noqa: E402


def shares(path) -> dict[str, float]:
    page = pdfium.PdfDocument(str(path))[0]
    rgb = np.asarray(page.render(scale=1).to_pil().convert("RGB")).astype(int)

    def near(colour: str, tolerance: int = 20) -> float:
        target = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
        return float((np.abs(rgb - target).max(axis=-1) < tolerance).mean())

    hatch = style.REGION_HIGHLIGHT["hatch"]
    return {"black": float((rgb.max(axis=-1) < 40).mean()), "hostile": near(style.STATUS_COLOURS["hostile"]),
            "hatch": near(hatch, 40)}


@pytest.mark.parametrize("day", ["1971-12-16", "2024-01-17"])  # India hostile; Iran hostile
def test_the_vector_pdf_keeps_the_hostile_colour_and_stripes_and_the_hatching(capsys, tmp_path, day):
    out = tmp_path / f"{day}.pdf"
    assert main(["export", "--date", day, "--out", str(out)]) == 0, capsys.readouterr().err
    found = shares(out)
    assert found["black"] < 0.01, f"solid black areas in the PDF: {found}"  # text and lines only
    assert found["hostile"] > 0.005, f"no hostile partner in its colour: {found}"
    assert found["hatch"] > 0.0005, f"no hatched region: {found}"
