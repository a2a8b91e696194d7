namespace Shipcheck.Core.Releases;

/// <summary>
/// Reads semver 2.0.0 by its grammar, part by part, so a refusal can say which part is wrong and how to write it
/// (<c>v1.2: needs three numbers, MAJOR.MINOR.PATCH</c>) rather than "does not match".
/// </summary>
internal static class SemanticVersionParser
{
    private static readonly string[] CoreNames = ["MAJOR", "MINOR", "PATCH"];

    public static (SemanticVersion? Version, string? Error) Parse(string? input)
    {
        var text = input?.Trim() ?? "";
        if (text.Length == 0)
        {
            return Fail("the version is empty: give one like v1.2.3");
        }
        if (text.Any(char.IsWhiteSpace))
        {
            return Fail($"'{text}' has a space in it: a version is one word, like v1.2.3");
        }
        if (text[0] == 'V')
        {
            return Fail($"{text}: write the prefix as a lower-case v (v{text[1..]})");
        }
        var rest = text[0] == 'v' ? text[1..] : text;
        var build = Split(ref rest, '+');
        var preRelease = Split(ref rest, '-');
        var core = rest.Split('.');
        if (core.Length != 3)
        {
            return Fail(core.Length < 3
                ? $"{text}: needs three numbers, MAJOR.MINOR.PATCH (like {Completed(core)})"
                : $"{text}: needs three numbers, MAJOR.MINOR.PATCH; anything more goes after a '-' (pre-release) or a '+' (build), like v1.2.3-rc.1");
        }
        var numbers = new ulong[3];
        for (var i = 0; i < 3; i++)
        {
            if (CoreNumberError(text, CoreNames[i], core[i], out numbers[i]) is { } error)
            {
                return Fail(error);
            }
        }
        var (pre, preError) = Identifiers(text, "pre-release", '-', preRelease, numericNoLeadingZero: true);
        if (preError is not null)
        {
            return Fail(preError);
        }
        var (builds, buildError) = Identifiers(text, "build", '+', build, numericNoLeadingZero: false);
        return buildError is not null
            ? Fail(buildError)
            : (new SemanticVersion(numbers[0], numbers[1], numbers[2], pre, builds), null);
    }

    // v1.2 becomes v1.2.0 in the hint; anything that is not numbers gets the plain example.
    private static string Completed(string[] core) =>
        core.All(p => p.Length > 0 && p.All(char.IsAsciiDigit)) ? "v" + string.Join('.', core.Concat(["0", "0"]).Take(3)) : "v1.2.3";

    // Takes what follows the first separator off the text; null when there is no separator.
    private static string? Split(ref string text, char separator)
    {
        var at = text.IndexOf(separator, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }
        var after = text[(at + 1)..];
        text = text[..at];
        return after;
    }

    private static string? CoreNumberError(string text, string name, string part, out ulong value)
    {
        value = 0;
        if (part.Length == 0)
        {
            return $"{text}: {name} is empty; write three numbers, MAJOR.MINOR.PATCH";
        }
        if (!part.All(char.IsAsciiDigit))
        {
            return $"{text}: {name} '{part}' is not a number";
        }
        if (part.Length > 1 && part[0] == '0')
        {
            return $"{text}: {name} '{part}' has a leading zero; write {part.TrimStart('0').PadLeft(1, '0')}";
        }
        return ulong.TryParse(part, out value) ? null : $"{text}: {name} '{part}' is too large";
    }

    private static (IReadOnlyList<string> Identifiers, string? Error) Identifiers(
        string text, string what, char separator, string? part, bool numericNoLeadingZero)
    {
        if (part is null)
        {
            return ([], null);
        }
        if (part.Length == 0)
        {
            return ([], $"{text}: the {what} part after '{separator}' is empty; remove the '{separator}' or write one, like {separator}{(what == "build" ? "build.5" : "rc.1")}");
        }
        var identifiers = part.Split('.');
        foreach (var identifier in identifiers)
        {
            if (identifier.Length == 0)
            {
                return ([], $"{text}: the {what} part '{part}' has an empty identifier between dots");
            }
            if (!identifier.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                return ([], $"{text}: {what} identifier '{identifier}' may hold only ASCII letters, digits and hyphens");
            }
            if (numericNoLeadingZero && identifier.Length > 1 && identifier[0] == '0' && identifier.All(char.IsAsciiDigit))
            {
                return ([], $"{text}: {what} identifier '{identifier}' is a number with a leading zero; write {identifier.TrimStart('0').PadLeft(1, '0')}");
            }
        }
        return (identifiers, null);
    }

    private static (SemanticVersion? Version, string? Error) Fail(string error) => (null, error);
}
