namespace Shipcheck.Core.Checklists.Loading;

internal sealed partial class LoadTimeVariables
{
    /// <summary>Why a value cannot come from a variable at load time.</summary>
    internal enum Unavailable
    {
        /// <summary>A secret: it must never shape the plan.</summary>
        Secret,
        /// <summary>A capture: its value exists only once its step has run.</summary>
        Capture,
        /// <summary><c>run_id</c>: chosen when the run starts.</summary>
        RunId,
    }

    /// <summary>The problem with <c>${name}</c> in a duration or size at <paramref name="span"/>, or null when it may be used.</summary>
    private Diagnostic? Refusal(SourceSpan span, string name, string noun)
    {
        if (!_vars.ContainsKey(name) && !_builtIns.ContainsKey(name) && name != RunId && !_secrets.Contains(name) && !_captures.Contains(name))
        {
            return LoadErrors.UnknownInQuantity(span, name, noun, _vars.Keys.Concat(_builtIns.Keys));
        }
        var trail = new List<string>();
        return Find(name, trail, new HashSet<string>(StringComparer.Ordinal)) is { } reason
            ? LoadErrors.UnavailableInQuantity(span, trail, reason, noun)
            : null;
    }

    /// <summary>
    /// Follows <paramref name="name"/> through the vars it refers to, as <see cref="Engine.VariableResolver"/> would;
    /// <paramref name="trail"/> ends with the name that is unavailable. An override replaces a var's template, so
    /// what the template refers to no longer matters.
    /// </summary>
    private Unavailable? Find(string name, List<string> trail, HashSet<string> seen)
    {
        trail.Add(name);
        if (_vars.TryGetValue(name, out var declared))
        {
            if (_overrides.ContainsKey(name) || !seen.Add(name))
            {
                return null;
            }
            foreach (var reference in declared.Value.Variables.Select(v => v.Name).Distinct(StringComparer.Ordinal))
            {
                // `version: ${version}` means the built-in, not itself (as the resolver reads it).
                if (reference == name && _builtIns.ContainsKey(name))
                {
                    continue;
                }
                if (Find(reference, trail, seen) is { } found)
                {
                    return found;
                }
                trail.RemoveAt(trail.Count - 1);
            }
            return null;
        }
        // A capture counts only when the duration names it: a var cannot refer to one (VariableGraph reports that).
        return name == RunId ? Unavailable.RunId
            : _secrets.Contains(name) ? Unavailable.Secret
            : _captures.Contains(name) && trail.Count == 1 ? Unavailable.Capture
            : null;
    }
}
