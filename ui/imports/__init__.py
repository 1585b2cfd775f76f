"""Importing CSV and spreadsheet files into the books."""
