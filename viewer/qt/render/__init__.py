"""Rendering the map off screen, and running exports (Qt).

- ``renderer``: ``Renderer`` draws one day's state at any size and scale in a never-shown
  MapView, PNG or PDF, independent of any window;
- ``caption``: the caption painted onto an image (title, date, legend, attribution);
- ``job``: ``ExportJob``, the life every export shares (started once, cancelled at any time, ended once,
  its progress on the way), and ``run_sync``;
- ``runner``: ``ExportRunner`` runs an ``ExportRequest``, synchronously for the command line
  and in the background for the window; an animation is an ``animate.AnimationExport``, a tour or a
  comparison a ``story.StoryExport``, each an ``ExportJob`` the runner follows.
"""
