"""Rendering the map off screen, and running exports (Qt).

- ``renderer``: ``Renderer`` draws one day's state at any size and scale in a never-shown
  MapView, PNG or PDF, independent of any window;
- ``caption``: the caption painted onto an image (title, date, legend, attribution);
- ``runner``: ``ExportRunner`` runs an ``ExportRequest``, synchronously for the command line
  and in the background for the window (animations: ``AnimationExport``).
"""
