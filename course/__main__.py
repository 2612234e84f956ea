"""``python -m course COMMAND``: see course/cli.py."""

from course.cli import main

raise SystemExit(main())
