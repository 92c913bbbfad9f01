from portal.cli import main

raise SystemExit(main())
