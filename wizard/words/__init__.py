"""The words of the result, as data: one table a kind of id (papers, routes, conditions, notes,
advice, forms), in English msgids through gettext, with small functions only where the person's
figures or dates go in. Adding a rule's words is adding rows.

wizard/presentation.py is the public façade: the pages, the checklist and the forms import from it.
"""
