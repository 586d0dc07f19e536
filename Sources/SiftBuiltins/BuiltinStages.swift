import SiftEntities
import SiftHTML
import SiftPlugins
import SiftProcessStage
import SiftRuntime
import SiftSentiment
import SiftText

/// The one list of built-in stages. Add a stage here to make it available to every config.
public enum BuiltinStages {
    /// A registry holding every built-in stage, then every Swift stage plugin (`PluginStages.all`).
    public static func registry() -> StageRegistry {
        var registry = StageRegistry()
        registry.register(HTMLCleanupStage.self)
        registry.register(TokenizeStage.self)
        registry.register(SentenceStage.self)
        registry.register(GazetteerStage.self)
        registry.register(NameRulesStage.self)
        registry.register(SentimentStage.self)
        registry.register(StanceStage.self)
        registry.register(ProcessStage.self)
        for plugin in PluginStages.all { registry.register(plugin) }
        return registry
    }
}
