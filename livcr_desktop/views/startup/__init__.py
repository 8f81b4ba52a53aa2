"""What runs before the main window: the background import and a clean quit on a signal."""
