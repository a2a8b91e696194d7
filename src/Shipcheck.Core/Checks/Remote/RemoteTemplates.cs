using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Checks.Remote;

/// <summary>
/// Turns a command template into shell text for a host, and lists the values that text refers to. As on this machine,
/// a value is never pasted into the text: <c>${name}</c> becomes <c>${SHIPCHECK_VAR_name}</c> and <c>${env.NAME}</c>
/// (the runner's environment) becomes <c>${SHIPCHECK_ENV_NAME}</c>, so the host's own <c>$NAME</c> is left alone.
/// </summary>
internal static class RemoteTemplates
{
    /// <summary>Prefix of the variables that carry the runner's environment variables to a host.</summary>
    public const string EnvironmentPrefix = "SHIPCHECK_ENV_";

    /// <summary>The shell text of <paramref name="template"/>.</summary>
    public static string ForShell(Template template) => string.Concat(template.Parts.Select(part => part switch
    {
        LiteralPart literal => literal.Text,
        VariablePart variable => "${" + Template.ShellVariablePrefix + variable.Name + "}",
        EnvironmentPart environment => "${" + EnvironmentPrefix + environment.Name + "}",
        _ => "",
    }));

    /// <summary>
    /// The variables <paramref name="template"/> refers to, with their values now. Only these travel to the host: a
    /// secret the command does not use never leaves this machine. A variable without a value stays unset, as it does here.
    /// </summary>
    public static IEnumerable<KeyValuePair<string, string>> Exports(Template template, ProbeContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in template.Parts)
        {
            var (name, value) = part switch
            {
                VariablePart variable => (Template.ShellVariablePrefix + variable.Name, context.ShellEnvironment.GetValueOrDefault(Template.ShellVariablePrefix + variable.Name)),
                EnvironmentPart environment => (EnvironmentPrefix + environment.Name, context.Variables.Environment(environment.Name)),
                _ => ("", null),
            };
            if (value is not null && seen.Add(name))
            {
                yield return KeyValuePair.Create(name, value);
            }
        }
    }
}
