"""Exports that draw boards (the PDF report and PNG pictures), and the export dialog."""
