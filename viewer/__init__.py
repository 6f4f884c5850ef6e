"""Pakistan Diplomatic Atlas: a map-and-timeline viewer of Pakistan's diplomatic history."""

__version__ = "0.1.0"


def version() -> str:
    """The installed package's version (pyproject.toml); ``__version__`` run from a tree not installed."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("pakatlas")
    except PackageNotFoundError:
        return __version__
