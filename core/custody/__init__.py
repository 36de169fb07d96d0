"""Self-custody: watch-only import and derivation, chain backends, the custody split."""


#: Chain names (``Wallet.chain``) of test networks: their coins are never counted as money.
TESTNET_CHAINS = frozenset({"bitcoin-testnet"})


def is_testnet_chain(chain: str) -> bool:
    """True for a test network's chain name (``Wallet.chain``): its coins are never counted as money."""
    return chain in TESTNET_CHAINS


class CustodyInputError(ValueError):
    """Bad user input for a custody record (wallet, manual holding, cold-storage move); safe to show."""
