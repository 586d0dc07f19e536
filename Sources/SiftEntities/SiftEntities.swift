/// Named-entity stages: the gazetteer matcher and the rules that find names no list holds.
public enum SiftEntities {}
