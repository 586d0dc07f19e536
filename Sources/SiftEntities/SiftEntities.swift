/// Named-entity stages: the gazetteer matcher and the rules that find names no list holds.
///
/// * `GazetteerStage` (`ner.gazetteer.v1`, alias `gazetteer`) tags the names of TSV or JSON Lines lists with
///   their label, stable id and list name. Lists stream in (`ListFileReader`) and compile into one
///   `GazetteerIndex` per token normalization (`TokenNormalizer`): a vocabulary of normalized tokens and a
///   trie over token ids (`TrieEdges`). Documents are matched token by token (`GazetteerDocumentUnits`,
///   `GazetteerUnitKeys`, `GazetteerMatcher`), leftmost-longest, at a cost per token that does not grow with
///   the lists.
/// * The rule-based name stage finds people, places and organisations that no list holds.
///
/// Both write the `entities` layer (`EntitiesLayer` in SiftCore); each merges with entities already there.
public enum SiftEntities {}
