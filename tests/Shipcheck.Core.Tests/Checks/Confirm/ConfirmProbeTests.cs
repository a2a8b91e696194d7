using Shipcheck.Core.Checks;
using Shipcheck.Core.Checks.Confirm;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Confirm;

public sealed class ConfirmProbeTests
{
    private readonly ConfirmKind _kind = new();

    [Fact]
    public async Task Asks_the_rendered_question_and_records_who_confirmed()
    {
        var prompt = new AnsweringPrompt(new ConfirmationAnswer(true, "alice", "reviewed in PR 42"));
        var context = Probes.Context(Path.GetTempPath(), new Dictionary<string, string> { ["version"] = "2.4.1" }, prompt);

        var result = await Probes.Observe(_kind, TestOptions.Of(("question", "Release notes for ${version} published")), context);

        Assert.Equal(["Release notes for 2.4.1 published"], prompt.Questions);
        Assert.True(result.Observations.Flag("confirmed"));
        Assert.Equal("alice", result.Observations.Text("by"));
        Assert.Equal("reviewed in PR 42", result.Observations.Text("comment"));
        Assert.Equal("Release notes for 2.4.1 published\nconfirmed by alice: reviewed in PR 42", result.Output);
    }

    [Fact]
    public async Task Records_a_refusal_as_an_observation_with_an_empty_comment()
    {
        var prompt = new AnsweringPrompt(new ConfirmationAnswer(false, "bob", null));

        var result = await Probes.Observe(_kind, TestOptions.Of(("question", "Backups verified")), Probes.Context(Path.GetTempPath(), prompt: prompt));

        Assert.Null(result.Error);
        Assert.False(result.Observations.Flag("confirmed"));
        Assert.Equal("", result.Observations.Text("comment"));
    }

    [Fact]
    public async Task Reports_cancellation_while_waiting_for_an_answer()
    {
        using var interrupt = new CancellationTokenSource();
        var observing = Probes.ObserveUntilCancelled(_kind, TestOptions.Of(("question", "Backups verified")), Probes.Context(Path.GetTempPath()), interrupt.Token);

        await interrupt.CancelAsync();
        var result = await observing;

        Assert.Equal("cancelled while waiting for an answer to 'Backups verified' (timeout or interrupt)", result.Error);
    }

    [Fact]
    public void Rejects_an_empty_question()
    {
        var diagnostic = Assert.Single(TestOptions.Validate(_kind, TestOptions.Of(("question", ""))).Items);

        Assert.Equal("the item to confirm is empty", diagnostic.Message);
    }
}
