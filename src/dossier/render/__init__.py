"""Views of analysed documents: terminal summary and HTML report."""
