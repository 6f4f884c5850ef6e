"""The atlas's Qt-free core: reading and checking the data (``Dataset``), and asking it what held on a date
(``Atlas``); the timeline and playback models; historical borders."""

from viewer.core.atlas import Atlas
from viewer.core.dataset import Dataset
from viewer.core.problems import DataError, Problem

__all__ = ["Atlas", "DataError", "Dataset", "Problem"]
