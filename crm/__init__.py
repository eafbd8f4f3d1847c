"""Investment-attraction CRM of the Hangzhou City West Sci-Tech Innovation Corridor.

``crm`` holds the Qt-free services; ``crm.db`` the store, ``crm.reports`` the PDF and Excel
renderers, ``crm.ui`` the Qt interface and ``crm.cli`` the ``crm`` command.
"""

import time

__version__ = "0.1.0"
#: when the process started loading the CRM (the start-up line in the log counts from it)
STARTED = time.perf_counter()
