"""Self-custody: watch-only import and derivation, chain backends, the custody split."""


class CustodyInputError(ValueError):
    """Bad user input for a custody record (wallet, manual holding, cold-storage move); safe to show."""
