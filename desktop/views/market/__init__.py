"""The Market view's parts: the background loader of the market signals and the liquidation map (``data``), the
charts of the signals over time (``charts``), the score's parts (``signals``) and the dashboard's card (``card``)."""
