using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Checks.Confirm;

/// <summary>What a <c>confirm</c> step asks for.</summary>
/// <param name="Question">The manual item a person confirms.</param>
public sealed record ConfirmOptions(Template Question)
{
    /// <summary>Reads the options of a validated step.</summary>
    public static ConfirmOptions From(OptionValues options) => new(options.Text(ConfirmKind.QuestionOption) ?? Template.Literal(""));
}
