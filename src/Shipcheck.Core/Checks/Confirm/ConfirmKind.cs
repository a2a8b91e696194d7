using Shipcheck.Core.Checklists;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Confirm;

/// <summary><c>confirm</c>: a manual item; a person confirms it and the answer is recorded with who gave it.</summary>
public sealed class ConfirmKind : ICheckKind
{
    internal const string QuestionOption = "question";

    /// <inheritdoc/>
    public string Name => "confirm";

    /// <inheritdoc/>
    public string Description => "Asks a person to confirm a manual item; records who answered and their comment.";

    /// <inheritdoc/>
    public string? ShorthandOption => QuestionOption;

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new(QuestionOption, OptionType.Text, "The item to confirm, as the person will read it.") { Required = true },
    ];

    /// <inheritdoc/>
    public ObservationSchema Observations { get; } = new(
        ("confirmed", ValueKind.Bool, "True when the item was confirmed."),
        ("by", ValueKind.String, "Who answered: a user name, or --confirm-all."),
        ("comment", ValueKind.String, "The comment given with the answer; empty when none."));

    /// <inheritdoc/>
    public string DefaultExpectation => "confirmed";

    /// <inheritdoc/>
    public string? CaptureObservation => "comment";

    /// <inheritdoc/>
    public TimeSpan DefaultTimeout => Timeout.InfiniteTimeSpan;

    /// <inheritdoc/>
    public void Validate(OptionValues options, DiagnosticBag diagnostics)
    {
        if (options.Text(QuestionOption) is { IsLiteral: true } question && string.IsNullOrWhiteSpace(question.Source))
        {
            diagnostics.Add(options.SpanOf(QuestionOption), "the item to confirm is empty",
                "write what the person confirms, for example 'confirm: Change reviewed by a second person'");
        }
    }

    /// <inheritdoc/>
    public IProbe CreateProbe(OptionValues options) => new ConfirmProbe(ConfirmOptions.From(options));
}
