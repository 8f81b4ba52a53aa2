"""The default, neutral assessment grid (our own; no proprietary instrument).

Keys are stable codes stored with every contribution; a cell may configure its own grid, in
which case its keys are stored in the vault's settings.
"""

from __future__ import annotations

from typing import Final

DEFAULT_LIFE_DOMAINS: Final[tuple[str, ...]] = (
    "family",  # Gezin en thuissituatie
    "education_work",  # Onderwijs, werk en dagbesteding
    "finance_housing",  # Financiën en huisvesting
    "health",  # Fysieke en mentale gezondheid (strikt noodzakelijke info)
    "social_network",  # Sociaal netwerk en vrije tijd
    "online",  # Online gedrag en informatieomgeving
    "ideology",  # Ideologie, opvattingen en houding tegenover geweld
    "intent_behaviour",  # Intentie en gedragssignalen
    "capability",  # Capaciteit en middelen
    "justice_police",  # Justitie en politie
    "identity_grievances",  # Identiteit, zingeving en grieven
    "recent_events",  # Recente gebeurtenissen en triggers
)
