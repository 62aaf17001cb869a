"""``python -m briefgen`` and the ``briefgen`` console script.

The signal handlers go in before anything heavy is imported (typer, spaCy, WeasyPrint
take a second or more to load), so Ctrl-C or SIGTERM during start-up also ends with
one line and the usual exit code (130, 143), never a traceback.
"""

from __future__ import annotations

import signal
import sys
import threading

from briefgen.errors import Terminated, on_sigterm


def main() -> None:
    """Entry point: install the handlers, then load and run the command line."""
    try:
        # inside the try: a Ctrl-C the moment the SIGTERM handler is in (a test or a user
        # may signal right then) is caught too, not a bare KeyboardInterrupt exit
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, on_sigterm)
        from briefgen.cli import main as cli_main

        cli_main()
    except KeyboardInterrupt:
        sys.stderr.write("briefgen: error: interrupted\n")
        sys.exit(130)
    except Terminated:
        sys.stderr.write("briefgen: error: terminated\n")
        sys.exit(143)


if __name__ == "__main__":
    main()
