"""The question pages of the check: one form a page (see wizard/steps.py for their order)."""
