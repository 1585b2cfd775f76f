"""Files in: the spreadsheets staff keep, read all or nothing (docs/formats.md)."""
