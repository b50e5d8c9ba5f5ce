"""Small dialogs: about, open URL, paste text."""
