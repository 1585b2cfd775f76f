"""The shop's rules for changing the catalog and the users, as steps inside an open unit of work.

A step checks who acts, applies the rules and writes, in the transaction its caller has opened,
and commits nothing. The use cases of the same name in ``pos.services`` (``catalog``, ``goods``,
``charges``, ``users``) are these steps in a unit of work of their own; that is what a screen
calls. A bigger use case takes several steps in one transaction: an import
(``pos.imports.catalog``, on its staging unit of work), the demo shop (``pos.demo``), a test
setting up its shop.
"""
