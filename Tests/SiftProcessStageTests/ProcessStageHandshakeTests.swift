import Foundation
import SiftCore
import Testing
@testable import SiftProcessStage

/// Building a process stage: the handshake declares its layers, and every way it can go wrong is a
/// setup error naming the option to fix.
@Suite(.enabled(if: Workers.hasPython, "needs python3 on PATH"))
struct ProcessStageHandshakeTests {
    let context = StageContext(baseDirectory: Workers.examples)

    @Test func handshakeDeclaresTheLayers() throws {
        let stage = try ProcessStage(options: Workers.options("minimal_worker.py"), context: context)
        #expect(stage.workerName == "shout")
        #expect(stage.requiredLayers == [.text, "tokens"])
        #expect(stage.providedLayers == ["shouts"])
    }

    @Test func configMayDeclareTheLayersToo() throws {
        let agreeing = Workers.options("minimal_worker.py") { $0.provides = ["shouts"]; $0.requires = ["tokens", "text"] }
        #expect(try ProcessStage(options: agreeing, context: context).providedLayers == ["shouts"])
        let disagreeing = Workers.options("minimal_worker.py") { $0.provides = ["caps"] }
        let error = #expect(throws: StageSetupError.self) { try ProcessStage(options: disagreeing, context: context) }
        #expect(error?.option == "provides")
        #expect(error?.message.contains("[caps]") == true && error?.message.contains("[shouts]") == true)
    }

    @Test func missingProgramIsASetupErrorOnCommand() {
        let options = ProcessStage.Options(command: ["no-such-program-for-sift-tests"])
        let error = #expect(throws: StageSetupError.self) { try ProcessStage(options: options, context: context) }
        #expect(error?.option == "command")
        #expect(error?.message.contains("not found in PATH") == true)
    }

    @Test func emptyCommandIsASetupError() {
        let error = #expect(throws: StageSetupError.self) { try ProcessStage(options: ProcessStage.Options(command: []), context: context) }
        #expect(error?.option == "command")
    }

    @Test func workerRefusingItsOptionsIsASetupErrorOnWorkerOptions() {
        let options = Workers.options("faulty_worker.py") { $0.workerOptions = ["refuse": true] }
        let error = #expect(throws: StageSetupError.self) { try ProcessStage(options: options, context: context) }
        #expect(error?.option == "worker_options")
        #expect(error?.message.contains("names no known model") == true)
    }

    @Test func workerExitingBeforeTheHandshakeShowsItsStderr() {
        let options = Workers.options("faulty_worker.py") { $0.workerOptions = ["exit_at_start": true] }
        let error = #expect(throws: StageSetupError.self) { try ProcessStage(options: options, context: context, log: { _ in }) }
        #expect(error?.message.contains("exited with status 4 during the handshake") == true, "\(String(describing: error))")
        #expect(error?.message.contains("giving up before the handshake") == true)
    }

    @Test func otherProtocolVersionsAreRefused() {
        let options = Workers.options("faulty_worker.py") { $0.workerOptions = ["protocol": 2] }
        let error = #expect(throws: StageSetupError.self) { try ProcessStage(options: options, context: context, log: { _ in }) }
        #expect(error?.message.contains("speaks protocol 2; this build speaks protocol 1") == true)
    }

    @Test(arguments: ["text", "metadata", "*"])
    func reservedLayerNamesCannotBeProvided(layer: String) {
        let options = Workers.options("faulty_worker.py") { $0.workerOptions = ["provides": [.string(layer)]] }
        let error = #expect(throws: StageSetupError.self) { try ProcessStage(options: options, context: context, log: { _ in }) }
        #expect(error?.option == "provides")
    }

    @Test func aWorkerThatNeverAnswersTimesOutAtStartup() {
        let options = ProcessStage.Options(command: ["sleep", "30"]) 
        var timed = options
        timed.startupTimeoutSeconds = 0.3
        let started = Date()
        let error = #expect(throws: StageSetupError.self) { try ProcessStage(options: timed, context: context) }
        #expect(error?.message.contains("did not answer the handshake within 0.3 s") == true)
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test func theProtocolVersionIsPinned() {
        // Changing the protocol is a deliberate act: a new number, docs/writing-a-stage.md, the snapshot.
        #expect(ProcessProtocol.version == 1)
    }
}
