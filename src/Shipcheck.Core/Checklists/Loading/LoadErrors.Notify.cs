namespace Shipcheck.Core.Checklists.Loading;

internal static partial class LoadErrors
{
    public static Diagnostic NoNotifyDestination(SourceSpan span) =>
        new(span, "this notify target says nowhere to send", "add one of: webhook: URL, slack: URL, command: TEXT");

    public static Diagnostic TwoNotifyDestinations(SourceSpan span, string first, string second) =>
        new(span, $"a notify target has one destination, this one has '{first}' and '{second}'", "split it into two targets");

    public static Diagnostic BadTries(SourceSpan span, long tries) =>
        new(span, $"tries: {tries} is out of range", "write a whole number from 1 to 10, such as tries: 3");

}
