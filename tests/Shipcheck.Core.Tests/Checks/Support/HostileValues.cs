namespace Shipcheck.Core.Tests.Checks.Support;

/// <summary>Variable values that would run <c>touch pwned</c> if a shell ever read them as code.</summary>
public static class HostileValues
{
    public static TheoryData<string> ShellInjections { get; } =
    [
        "$(touch pwned)",
        "`touch pwned`",
        "x; touch pwned",
        "x\ntouch pwned",
        "' ; touch pwned ; '",
        "'\\'' ; touch pwned ; '\\''",
        "\" ; touch pwned ; \"",
    ];
}
