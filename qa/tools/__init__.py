"""Tools beside the library: ``qa bench`` (speed and outside question sets), the scale
benchmark and the HTTP load test. They import ``qa``; nothing in ``qa`` imports them
(the CLI loads ``qa bench`` lazily)."""
