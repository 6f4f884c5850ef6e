"""The commands that answer questions without a window: `check`, `sources`, `place`, `tours`, `diff`."""

from __future__ import annotations

import sys
from pathlib import Path

from viewer.cli.common import CommandError, _add_user_files, _date, _load, _print_json, language
from viewer.core.atlas import Atlas


def _add_place(commands) -> None:
    place = commands.add_parser("place", help="print which polity held a point on a date, and its regions, "
                                "as JSON (polity null at sea)")
    place.add_argument("--date", type=_date, required=True, help="YYYY-MM-DD, 1947-08-14 to 2025-12-31")
    place.add_argument("--lat", required=True, help="latitude in decimal degrees, -90 to 90")
    place.add_argument("--lon", required=True, help="longitude in decimal degrees, -180 to 180")
    place.add_argument("--data", type=Path, help="a folder of data files to use instead of the bundled ones")
    _add_user_files(place)

def _cite(args) -> int:
    """``pakatlas cite ID``: the sources of an event (or of every record of a polity), to cite it."""
    from viewer.cli.common import version
    from viewer.core.citations import cite_record
    from viewer.core.sources import bundled_catalogue

    atlas = _load(args)
    records = [e for e in atlas.events if e["id"] == args.record] or \
              [p for p in atlas.dataset.polities if p["id"] == args.record]
    if not records:
        raise CommandError(f"no event or polity {args.record!r} (pakatlas events lists the events' ids)")
    catalogue = bundled_catalogue()
    if args.format == "text":
        sys.stdout.write("".join(cite_record(r, catalogue, "text", version()) for r in records))
        return 0
    from viewer.core.citations import record_sources, write

    documents = {d.id: d for r in records for d, _locator in record_sources(r, catalogue)}
    sys.stdout.write(write(documents.values(), args.format))
    return 0


def _place(args) -> int:
    from viewer.core.place import place

    atlas = _load(args)
    try:
        found = place(atlas, args.date, args.lat, args.lon)
    except ValueError as err:
        raise CommandError(str(err)) from None
    lang = language(args)
    if lang != "en" and found.get("polity"):
        from viewer.i18n.names import territory

        name, name_lang = territory(found["polity"], lang, atlas.unit_names)
        found["polity"] = {**found["polity"], "name": name, "name_lang": name_lang}
    _print_json(found)
    return 0

def _add_tours_and_diff(commands) -> None:
    tours = commands.add_parser("tours", help="list the guided tours (geodata/tours)")
    tours.add_argument("--json", action="store_true", help='print [{"id", "title", "language", "steps"}] as JSON')
    tours.add_argument("--folder", type=Path, help="a folder of tour files instead of the bundled ones")

    compare = commands.add_parser("diff", help="print what changed between two dates, as JSON")
    compare.add_argument("--from", dest="start", type=_date, required=True, metavar="D1", help="YYYY-MM-DD")
    compare.add_argument("--to", dest="end", type=_date, required=True, metavar="D2", help="YYYY-MM-DD")
    compare.add_argument("--text", action="store_true", help="the differences in words, one per line")
    compare.add_argument("--data", type=Path, help="a folder of data files to use instead of the bundled ones")
    _add_user_files(compare)

def _tours(args) -> int:
    """``pakatlas tours``: the valid tours; the problems of the others on stderr."""
    from viewer.core.paths import GEODATA
    from viewer.core.tours import TOURS_DIR, check_tours, vocabulary_of

    folder = args.folder if args.folder is not None else GEODATA / TOURS_DIR
    if not folder.is_dir():
        raise CommandError(f"{folder} is not a folder")
    tours, problems = check_tours(folder, vocabulary_of(Atlas.load(strict=True)))
    for problem in problems:
        print(f"pakatlas: {problem}", file=sys.stderr)
    listed = sorted((t.summary() for t in tours), key=lambda t: t["id"])
    if args.json:
        _print_json(listed)
    else:
        for tour in listed:
            print(f"{tour['id']}\t{tour['steps']} steps\t{tour['title']}")
    return 0

def _diff_dates(*options) -> None:
    from viewer.core.dates import TIMELINE_END, TIMELINE_START, in_timeline

    for option, day in options:
        if not in_timeline(day):
            raise CommandError(f"argument {option}: {day} is outside the timeline ({TIMELINE_START} to {TIMELINE_END})")

def _find_tour(atlas, args, tour_id: str):
    """The bundled tour ``tour_id``, or the tour of a file ``FILE.toml``, checked against the data in use (a
    file's events and layers the data lacks are said on its steps); CommandError naming the tours there are."""
    from viewer.core.paths import GEODATA
    from viewer.core.problems import DataError
    from viewer.core.tours import TOURS_DIR, find_tour, vocabulary_of

    if tour_id.lower().endswith(".toml"):
        from viewer.core.tourfile import open_tour

        path = Path(tour_id)
        if not path.is_file():
            raise CommandError(f"argument --tour: {path} is not a file")
        tour, problems, lacking = open_tour(path, vocabulary_of(atlas))
        if tour is None:
            raise DataError([p for p in problems if p.is_error])
        for n, names in sorted(lacking.items()):
            print(f"pakatlas: {path.name}, step {n + 1}: not in the data: {', '.join(names)}", file=sys.stderr)
        return tour
    try:
        return find_tour(GEODATA / TOURS_DIR, tour_id, vocabulary_of(atlas))
    except KeyError as err:
        raise CommandError(f"argument --tour: {err.args[0]}") from None

def _diff(args) -> int:
    """``pakatlas diff --from D1 --to D2``."""
    from viewer.core.diff import diff
    from viewer.i18n.differences import describe

    _diff_dates(("--from", args.start), ("--to", args.end))
    atlas = _load(args)
    result = diff(atlas, args.start, args.end)
    if args.text:  # in the language asked (--lang); the JSON keeps the data's own names and ids
        sys.stdout.write("\n".join(describe(result, language(args), atlas)) + "\n")
    else:
        _print_json(result)
    return 0

def _check(paths: list[Path], replace: bool = False, seeds: Path | None = None) -> int:
    from viewer.core.validate import check_paths, check_sources

    if seeds is not None and not seeds.is_dir():
        raise CommandError(f"argument --seeds: {seeds} is not a folder")
    problems = check_paths(paths, replace=replace)
    # every source entry against the catalogue (an unknown id is a problem with or without --seeds); the
    # quotes against the source texts only with --seeds
    seen = {(p.file, p.record, p.field, p.message) for p in problems}
    problems += [p for p in check_sources(paths, seeds) if (p.file, p.record, p.field, p.message) not in seen]
    for problem in problems:
        print(problem)
    count = len(problems)
    bad = sum(p.is_error for p in problems)
    detail = f" ({bad} error{'s' * (bad != 1)}, {count - bad} warning{'s' * (count - bad != 1)})" if bad < count else ""
    print(f"{count} problem{'s' * (count != 1)}{detail} in {len(paths)} path{'s' * (len(paths) != 1)}", file=sys.stderr)
    return 1 if bad else 0

def _sources(args) -> int:
    """``pakatlas sources``: the documents of the bundled source catalogue."""
    from viewer.core.sources import bundled_catalogue

    catalogue = bundled_catalogue()
    chosen = list(catalogue.values())
    if getattr(args, "date", None):  # only what the map of that day rests on
        from viewer.core.atlas import Atlas
        from viewer.core.citations import documents_cited
        from viewer.core.dates import TIMELINE_END, TIMELINE_START, in_timeline, parse_date

        try:
            day = parse_date(args.date)
        except ValueError as err:
            print(f"pakatlas: error: --date: {err}", file=sys.stderr)
            return 2
        if not in_timeline(day):
            print(f"pakatlas: error: --date {day} is outside the timeline ({TIMELINE_START} to {TIMELINE_END})",
                  file=sys.stderr)
            return 2
        chosen = documents_cited(Atlas.load().records_on(day), catalogue)
    if getattr(args, "format", None):
        from viewer.core.citations import write

        sys.stdout.write(write(chosen, args.format))
        return 0
    documents = [document.as_dict() for document in chosen]
    if args.json:
        _print_json(documents)
        return 0
    for d in documents:
        byline = ", ".join(str(part) for part in (d.get("author"), d.get("publisher"), d.get("date")) if part)
        print(f"{d['id']}\t{d['kind']}\t{d['title']}" + (f" ({byline})" if byline else ""))
    return 0
