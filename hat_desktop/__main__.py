from hat_desktop.launcher import main

raise SystemExit(main())
