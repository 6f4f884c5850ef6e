"""Pakistan Diplomatic Atlas: a map-and-timeline viewer of Pakistan's diplomatic history."""

__version__ = "0.1.0"
