using Shipcheck.Cli.Prompts;
using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checklists.Loading;
using Shipcheck.Core.Checks;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Markdown.Reading;
using Shipcheck.Core.Markdown.Running;

namespace Shipcheck.Cli.Tests.Prompts;

/// <summary>The terminal side of an interactive Markdown run: what a block's offer shows, and how answers are read.</summary>
public sealed class MarkdownStepOfferTests
{
    private const string Markdown = """
        # Demo Deployment

        ## Deployment

        - [ ] Check the services
          ```bash
          docker ps
          ```
          Expected: ALL 5 services "Up"
        """;

    private readonly MarkdownRunPlan _plan = MarkdownRunPlan.Of(MarkdownReader.Read(Markdown, "CHECKLIST.md"));

    [Theory]
    [InlineData("r\n", StepChoice.Run)]
    [InlineData("\n", StepChoice.Run)]
    [InlineData("s\n", StepChoice.Skip)]
    [InlineData("d\n", StepChoice.MarkDone)]
    [InlineData("what\nskip\n", StepChoice.Skip)]
    [InlineData("", StepChoice.NoAnswer)]
    public async Task An_answer_becomes_a_choice_made_by_the_user(string typed, StepChoice expected)
    {
        var output = new StringWriter();
        var offer = new MarkdownStepOffer(output, new StringReader(typed), "alice", _plan, new TypedEditor(null));

        var answer = await offer.OfferAsync(Step(), Phase.Deploy, TestContext.Current.CancellationToken);

        Assert.Equal(expected, answer.Choice);
        Assert.Equal("alice", answer.By);
        Assert.Equal(typed.StartsWith("what", StringComparison.Ordinal), output.ToString().Contains("answer r, e, s or d", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_offer_shows_the_block_the_line_it_starts_on_and_its_expected_line()
    {
        var output = new StringWriter();
        var offer = new MarkdownStepOffer(output, new StringReader("r\n"), "alice", _plan, new TypedEditor(null));

        await offer.OfferAsync(Step(), Phase.Deploy, TestContext.Current.CancellationToken);

        var shown = output.ToString();
        Assert.Contains("▶ deploy · Check the services (line 6)", shown, StringComparison.Ordinal);
        Assert.Contains("    $ docker ps\n", shown, StringComparison.Ordinal);
        Assert.Contains("expected, checked: line 9 \"ALL 5 services \"Up\"\"", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_returns_the_edited_command_and_an_unchanged_edit_just_runs()
    {
        var edited = new MarkdownStepOffer(new StringWriter(), new StringReader("e\n"), "alice", _plan, new TypedEditor("docker ps -a"));
        var same = new MarkdownStepOffer(new StringWriter(), new StringReader("e\n"), "alice", _plan, new TypedEditor("docker ps"));
        var cancelled = new MarkdownStepOffer(new StringWriter(), new StringReader("e\ns\n"), "alice", _plan, new TypedEditor(null));

        Assert.Equal(new StepOfferAnswer(StepChoice.Edit, "alice", "docker ps -a"), await edited.OfferAsync(Step(), Phase.Deploy, TestContext.Current.CancellationToken));
        Assert.Equal(StepChoice.Run, (await same.OfferAsync(Step(), Phase.Deploy, TestContext.Current.CancellationToken)).Choice);
        Assert.Equal(StepChoice.Skip, (await cancelled.OfferAsync(Step(), Phase.Deploy, TestContext.Current.CancellationToken)).Choice);
    }

    [Fact]
    public async Task Once_the_terminal_closed_every_later_block_gets_no_answer_without_reading_again()
    {
        var input = new CountingReader("");
        var offer = new MarkdownStepOffer(new StringWriter(), input, "alice", _plan, new TypedEditor(null));

        await offer.OfferAsync(Step(), Phase.Deploy, TestContext.Current.CancellationToken);
        var second = await offer.OfferAsync(Step(), Phase.Rollback, TestContext.Current.CancellationToken);

        Assert.Equal(StepChoice.NoAnswer, second.Choice);
        Assert.Equal(1, input.Reads);
    }

    [Fact]
    public async Task Stability_and_rollback_verify_rounds_repeat_the_choice_made_in_verify_without_asking()
    {
        var input = new CountingReader("e\n");
        var offer = new MarkdownStepOffer(new StringWriter(), input, "alice", _plan, new TypedEditor("docker ps -a"));
        var token = TestContext.Current.CancellationToken;

        var inVerify = await offer.OfferAsync(Step(), Phase.Verify, token);
        var rounds = new[] { await offer.OfferAsync(Step(), Phase.Stability, token), await offer.OfferAsync(Step(), Phase.RollbackVerify, token) };

        Assert.Equal(new StepOfferAnswer(StepChoice.Edit, "alice", "docker ps -a"), inVerify);
        Assert.All(rounds, r => Assert.Equal(inVerify, r));
        Assert.Equal(1, input.Reads);
    }

    [Fact]
    public async Task The_editor_from_EDITOR_changes_the_command_in_a_file()
    {
        var script = Path.Combine(Path.GetTempPath(), $"shipcheck-editor-{Guid.NewGuid():N}.sh");
        await File.WriteAllTextAsync(script, "sed -i 's/ps/ps -a/' \"$1\"\n", TestContext.Current.CancellationToken);
        try
        {
            var editor = new TerminalCommandEditor(new StringWriter(), new StringReader(""), name => name == "EDITOR" ? $"sh {script}" : null);
            var failing = new TerminalCommandEditor(new StringWriter(), new StringReader(""), name => name == "VISUAL" ? "false" : null);
            var typed = new TerminalCommandEditor(new StringWriter(), new StringReader("uptime\n"), _ => null);

            Assert.Equal("docker ps -a\nhostname", await editor.EditAsync("docker ps\nhostname", TestContext.Current.CancellationToken));
            Assert.Null(await failing.EditAsync("docker ps", TestContext.Current.CancellationToken));
            Assert.Equal("uptime", await typed.EditAsync("docker ps", TestContext.Current.CancellationToken));
        }
        finally
        {
            File.Delete(script);
        }
    }

    private StepDefinition Step()
    {
        var loaded = ChecklistLoader.LoadText(_plan.Yaml, "CHECKLIST.md", Path.GetFullPath("CHECKLIST.md"), CheckKinds.All);
        Assert.True(loaded.Success, string.Join("\n", loaded.Problems));
        return loaded.Checklist!.StepsOf(Phase.Deploy).OfType<StepDefinition>().Single();
    }

    /// <summary>An editor that gives back what the test typed (null: gave up).</summary>
    private sealed class TypedEditor(string? result) : ICommandEditor
    {
        public Task<string?> EditAsync(string command, CancellationToken cancellationToken) => Task.FromResult(result);
    }

    private sealed class CountingReader(string text) : StringReader(text)
    {
        public int Reads { get; private set; }

        public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
        {
            Reads++;
            return base.ReadLineAsync(cancellationToken);
        }
    }
}
