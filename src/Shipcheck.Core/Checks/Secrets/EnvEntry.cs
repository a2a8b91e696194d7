namespace Shipcheck.Core.Checks.Secrets;

/// <summary>One <c>NAME=value</c> of a .env file. The value is judged and then forgotten: never printed or stored.</summary>
/// <param name="Name">The variable's name.</param>
/// <param name="Value">The value with quotes removed and escapes applied.</param>
/// <param name="Line">The 1-based line the entry starts on.</param>
internal sealed record EnvEntry(string Name, string Value, int Line)
{
    /// <summary>Never the value: a record's generated text would otherwise carry it into a log or a failed assertion.</summary>
    public override string ToString() => $"{Name} (line {Line})";
}

/// <summary>A line of a .env file that is not <c>NAME=value</c>; the message never quotes the line, which may hold a secret.</summary>
internal sealed record EnvProblem(int Line, string Message);
