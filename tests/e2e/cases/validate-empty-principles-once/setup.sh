# An empty principles.yaml: "the file is empty", not one unknown principle per reference.
: > principles.yaml
