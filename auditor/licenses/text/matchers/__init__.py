"""The matchers of text identification: each asks one question of a document ("does it match,
and how sure am I?"); `cascade` runs them in order and `guards` settle what they disagree on."""
