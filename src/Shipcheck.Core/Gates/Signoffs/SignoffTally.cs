namespace Shipcheck.Core.Gates.Signoffs;

/// <summary>Which roles of a point are signed off and by whom, which are missing, and which sign-offs did not count.</summary>
public sealed record SignoffTally
{
    /// <summary>The roles that count, each with who signed, in the point's order.</summary>
    public required IReadOnlyList<(string Role, string Name)> Signed { get; init; }

    /// <summary>The roles with no sign-off that counts, in the point's order.</summary>
    public required IReadOnlyList<string> Missing { get; init; }

    /// <summary>How many must sign (N of M).</summary>
    public required int Required { get; init; }

    /// <summary>Sign-offs left out because whoever started the run gave them (four-eyes).</summary>
    public IReadOnlyList<string> RefusedSelf { get; init; } = [];

    /// <summary>True when enough roles signed.</summary>
    public bool Satisfied => Signed.Count >= Required;

    /// <summary>
    /// Counts <paramref name="signoffs"/> (already bound to the run's version and commit) for <paramref name="point"/>.
    /// A person counts for one role only, so N of M means N people; the run's starter counts only with allow_self.
    /// </summary>
    public static SignoffTally Count(SignoffPoint point, IEnumerable<Signoff> signoffs, string runUser)
    {
        var all = signoffs.ToList();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var signed = new List<(string, string)>();
        var missing = new List<string>();
        var refused = new List<string>();
        foreach (var role in point.Roles)
        {
            var forRole = all.Where(s => string.Equals(s.Role.Trim(), role, StringComparison.OrdinalIgnoreCase)).ToList();
            var self = forRole.Where(s => !point.AllowSelf && IsSame(s.Name, runUser)).ToList();
            refused.AddRange(self.Select(s => $"{role} ({s.Name})"));
            var counted = forRole.Except(self).FirstOrDefault(s => !used.Contains(s.Name));
            if (counted is null)
            {
                missing.Add(role);
                continue;
            }
            used.Add(counted.Name);
            signed.Add((role, counted.Name));
        }
        return new SignoffTally { Signed = signed, Missing = missing, Required = point.Required, RefusedSelf = refused };
    }

    /// <summary>Whether two identities are the same person (names compared ignoring case and surrounding spaces).</summary>
    public static bool IsSame(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary><c>QA Lead (kim), Security (lee)</c>.</summary>
    public string SignedText => string.Join(", ", Signed.Select(s => $"{s.Role} ({s.Name})"));
}
