"""The German language pack: only wires data together; the tables live in `data/`."""
