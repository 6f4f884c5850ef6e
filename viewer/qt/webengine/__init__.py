"""Qt WebEngine plumbing of the map, split by concern (as qutebrowser's ``browser/webengine``):

- ``scheme``: the ``atlas:`` URL scheme, registered explicitly before the QApplication
  exists (``register_scheme``), and its handler serving the page and its assets from memory;
- ``interceptor``: the request guard that blocks every request that is not the app's own;
- ``profile``: the off-the-record profile, the locked-down settings, and the page that stays
  on the atlas page (no navigation away, no windows, no dialogs);
- ``bridge``: the object the page reports to over QWebChannel (painted, shown, clicked, failed...);
- ``statefeed``: the view's feed of states to the page: only what changed, one apply at a time;
- ``mapview``: the view itself, which sends the page each state (``viewer.page.protocol``).
"""
