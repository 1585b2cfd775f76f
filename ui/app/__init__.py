"""The app's frame: the Qt application and its language, the main window, the list of pages."""
