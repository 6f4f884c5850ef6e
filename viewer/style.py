"""Colours shared by the window, the map page and its legend (no Qt here)."""

STATUS_COLOURS = {
    "allied": "#1a9850",
    "cooperative": "#91cf60",
    "neutral": "#d9d9d9",
    "strained": "#fdae61",
    "sanctions": "#f46d43",
    "hostile": "#d73027",
}

CATEGORY_COLOURS = {
    "diplomacy": "#2c7fb8",
    "alliance": "#6a51a3",
    "treaty": "#3f007d",
    "war": "#7f0000",
    "strike": "#e31a1c",
    "sanctions": "#f16913",
    "aid": "#238b45",
    "incident": "#cc4c02",
    "visit": "#0570b0",
    "statement": "#737373",
}
