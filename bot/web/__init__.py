"""The review page (``brreg-intake web``): ``app`` (routes, identity, CSRF, headers), ``auth``
(proxy header or password file; CSRF tokens), ``views`` (what the order page shows),
``actions`` (what staff do; the one module that writes)."""
