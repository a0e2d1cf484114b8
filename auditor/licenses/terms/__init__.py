"""What a license says: term detectors over sentences, and the terms of a model."""
