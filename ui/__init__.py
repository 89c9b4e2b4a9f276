"""The desktop user interface (PySide6 widgets). Builds on the ``facilitator`` core."""
