"""The library: an SQLite database of documents, comparisons, annotations and corrections."""
