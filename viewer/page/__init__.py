"""The map page, without Qt: what it is built from and how Python talks to it.

- ``assets``: the files the page loads (Leaflet, the controller's modules, styles), its
  content security policy, and its table of events.
- ``layers``: the stable ids of the map's layers and their display labels.
- ``protocol``: the state the page is sent (slimmed, as deltas, event changes), the polity
  key, and the one helper every call into the page goes through.
- ``build``: the folium page (imports folium; only the cache and the exports need it).
- ``cache``: the built page on disk, so that starting the window needs no folium.

Nothing here imports Qt; the window (``viewer.qt.webengine``) and the standalone HTML export
(``viewer.export.html``) both use this package.
"""
