namespace Shipcheck.Core.Checklists;

/// <summary>
/// What makes a host's name or values unusable. Asked at load time for literal values and again when a step renders
/// them, so a <c>${name}</c> that turns out empty or hostile is caught before ssh ever sees it.
/// </summary>
internal static class HostValues
{
    /// <summary>True for a host name steps can write in <c>on:</c>: letters, digits, '_', '.', '-', not starting with '.' or '-'.</summary>
    public static bool IsName(string name) =>
        name.Length > 0 && (char.IsAsciiLetterOrDigit(name[0]) || name[0] == '_')
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-');

    /// <summary>What is wrong with <paramref name="value"/> for the host key <paramref name="key"/>, or null when nothing is.</summary>
    public static string? Problem(string key, string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"the {key} is empty";
        }
        if (key is Loading.HostKeys.Key or Loading.HostKeys.KnownHosts)
        {
            // ssh reads known_hosts as a list of quoted names, so it cannot hold a double quote; and it expands %u, %h…
            // in a key's name with no way to write a plain %.
            var unusable = key == Loading.HostKeys.Key ? "\0%" : "\0\"";
            return value.IndexOfAny(unusable.ToCharArray()) >= 0
                ? $"ssh cannot take the {key} '{value}': a file name with {(key == Loading.HostKeys.Key ? "'%'" : "a double quote")} (rename or move the file)"
                : null;
        }
        if (value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return $"the {key} '{value}' has a space or control character";
        }
        // ssh would read "-oProxyCommand=..." as an option, whatever comes before it on the command line.
        return value.StartsWith('-') ? $"the {key} '{value}' starts with '-', which ssh would read as an option" : null;
    }
}
