from hat_desktop.cli import main

raise SystemExit(main())
