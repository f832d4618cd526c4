"""Data files shipped with newsflow (promo patterns), read with importlib.resources."""
