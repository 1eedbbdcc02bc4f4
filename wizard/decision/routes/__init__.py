"""One module per source text: the routes each text describes."""
