"""Which license a license text is: normalisation, fingerprints, identification."""
