"""Survey files: loading, validating, question types and the forms built from them."""
