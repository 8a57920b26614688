"""The Case details screen: family, people and consent, helping questions, plan, cycles."""
