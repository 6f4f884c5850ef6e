"""The atlas's Qt-free core: data loading and validation, the timeline index, historical borders."""

from viewer.core.atlas import Atlas
from viewer.core.problems import DataError, Problem

__all__ = ["Atlas", "DataError", "Problem"]
