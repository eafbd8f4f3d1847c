from crm.cli.main import main

raise SystemExit(main())
