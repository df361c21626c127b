"""Reading workflows: the model files and node types a graph needs, and which of them this machine lacks."""
