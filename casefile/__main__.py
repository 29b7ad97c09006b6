"""`python -m casefile`: the same as the `casefile` command."""

from casefile.cli.main import main

raise SystemExit(main())
