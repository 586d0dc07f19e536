import KeywordsPlugin
import QuotesPlugin
import SiftCore
// new-stage: plugin imports go above this line.

/// The one list of Swift stage plugins compiled into this build: the stages of `Plugins/Stages/<Name>/`
/// (and of stage packages from other repositories, see `docs/writing-a-stage.md`).
///
/// `SiftBuiltins` registers every type listed here next to the built-in stages, so `pipeline stages`,
/// configs and the config schema see them like built-ins. `pipeline new-stage NAME` adds a line (and
/// an import above); delete the line to leave a plugin out of the build's registry.
public enum PluginStages {
    /// Every plugin stage type, in registration order.
    public static let all: [any Stage.Type] = [
        QuotesStage.self,
        KeywordsStage.self,
        // new-stage: plugin stages go above this line.
    ]
}
