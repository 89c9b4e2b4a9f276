"""Services: the single entry points through which every change is made."""
