"""The atlas in English, French and Urdu: the parts that need neither Qt nor folium.

- ``languages``: the languages the atlas speaks, their direction, and choosing one.
- ``names``: country and territory names from CLDR (through Babel), historical polities' names
  from the data (``geodata/i18n/polities.json``), and dates written for a language.
- ``labels``: the display labels (statuses, categories, alliances, layers, legend) in each language.
- ``content``: event titles and summaries in each language, falling back to English with a mark.

English is the source language everywhere: its labels live in ``viewer.style`` and its content in
the data files; the translations live in ``geodata/i18n/`` (``catalogue`` reads them).
"""

from viewer.i18n.languages import DEFAULT, LANGUAGES, direction, resolve

__all__ = ["DEFAULT", "LANGUAGES", "direction", "resolve"]
