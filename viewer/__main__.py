import sys

if len(sys.argv) > 1 and sys.argv[1] == "--read-layers":  # the installed application as its own GDAL reader
    from viewer.core.gpkg import child

    child(sys.argv[2:])
    sys.exit(0)

from viewer.cli import main  # noqa: E402

sys.exit(main())
