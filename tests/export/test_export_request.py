"""One ExportRequest, one validate(): what the command line and the window's dialogs both build."""

import datetime as dt

import pytest

from viewer.export import DEFAULT_ANIMATION_SIZE, DEFAULT_SIZE, ExportRequest, InvalidRequest, Step


def test_defaults_are_filled_in_by_kind(tmp_path):
    png = ExportRequest(tmp_path / "map.png", date=dt.date(2024, 1, 17)).validate()
    assert (png.kind, png.size, png.scale, png.step) == ("png", DEFAULT_SIZE, 1, None)
    gif = ExportRequest(tmp_path / "a.gif", start=dt.date(2000, 1, 1), end=dt.date(2001, 1, 1)).validate()
    assert (gif.kind, gif.size, gif.step, gif.frame_ms) == ("gif", DEFAULT_ANIMATION_SIZE, Step("y"), 500)
    frames = ExportRequest(tmp_path / "out", kind="frames", start=dt.date(2000, 1, 1),
                           end=dt.date(2003, 1, 1)).validate()
    assert frames.animation and frames.frame_days([]) == [dt.date(2000 + k, 1, 1) for k in range(4)]


@pytest.mark.parametrize("fields, words", [
    ({"date": dt.date(2024, 1, 17), "start": dt.date(2000, 1, 1)}, "not both"),
    ({}, "give --date"),
    ({"start": dt.date(2000, 1, 1)}, "both --from and --to"),
    ({"date": dt.date(1900, 1, 1)}, "outside the timeline"),
    ({"date": dt.date(2024, 1, 17), "timeline": True}, "--timeline cannot be used for png"),
    ({"date": dt.date(2024, 1, 17), "size": (3840, 2160), "scale": 4}, "megapixels"),
    ({"date": dt.date(2024, 1, 17), "frame_ms": 100}, "--frame-ms cannot be used"),
])
def test_each_mistake_is_named(tmp_path, fields, words):
    with pytest.raises(InvalidRequest, match=words):
        ExportRequest(tmp_path / "map.png", **fields).validate()


def test_outputs_are_refused_before_any_work(tmp_path):
    (tmp_path / "map.png").write_bytes(b"keep")
    with pytest.raises(InvalidRequest, match="already exists"):
        ExportRequest(tmp_path / "map.png", date=dt.date(2024, 1, 17)).validate()
    assert ExportRequest(tmp_path / "map.png", date=dt.date(2024, 1, 17), force=True).validate().force
    gif = ExportRequest(tmp_path / "a.gif", start=dt.date(2001, 1, 1), end=dt.date(2000, 1, 1)).validate()
    with pytest.raises(InvalidRequest, match="before it starts"):
        gif.frame_days([])
    events = ExportRequest(tmp_path / "b.gif", start=dt.date(2000, 1, 1), end=dt.date(2000, 2, 1),
                           step=Step("event")).validate()
    with pytest.raises(InvalidRequest, match="no dates"):
        events.frame_days([dt.date(1999, 1, 1)])
    assert (tmp_path / "map.png").read_bytes() == b"keep" and sorted(p.name for p in tmp_path.iterdir()) == ["map.png"]


def test_a_duration_sets_each_frames_time_so_the_whole_animation_plays_that_long(tmp_path):
    from viewer.export import ExportRequest, InvalidRequest
    from viewer.export.animation import frame_durations
    from viewer.export.options import parse_step

    import datetime as dt

    request = ExportRequest(tmp_path / "a.gif", start=dt.date(1947, 8, 14), end=dt.date(2025, 12, 31),
                            step=parse_step("1m"), duration_s=60).validate()
    for frames in (12, 941):  # a year by month; the whole timeline by month (once nearly 8 minutes at 500 ms)
        timed = request.timed(frames)
        total = sum(frame_durations(frames, timed.frame_ms))
        assert abs(total - 60_000) <= max(frames * 20, 1000) or timed.frame_ms == 20, (frames, total)
    assert request.timed(941).frame_ms == 62
    with pytest.raises(InvalidRequest, match="--frame-ms or --duration"):
        ExportRequest(tmp_path / "b.gif", start=dt.date(1960, 1, 1), end=dt.date(1970, 1, 1), frame_ms=100,
                      duration_s=10).validate()
    with pytest.raises(InvalidRequest, match="--duration cannot be used for png"):
        ExportRequest(tmp_path / "c.png", date=dt.date(1960, 1, 1), duration_s=10).validate()
    with pytest.raises(InvalidRequest, match="1 to 3600"):
        ExportRequest(tmp_path / "d.gif", start=dt.date(1960, 1, 1), end=dt.date(1970, 1, 1), duration_s=0.2).validate()
