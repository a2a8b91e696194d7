using Shipcheck.Core.Checklists.Loading;
using YamlDotNet.RepresentationModel;

namespace Shipcheck.Core.Gates.Signoffs;

/// <summary>Reads <c>signoffs:</c>, a list of points with roles and a count, reporting every problem with its place.</summary>
internal static class SignoffsReader
{
    private static readonly string[] Moments = ["deploy", "completion"];

    public static IReadOnlyList<SignoffPoint> Read(YamlContext ctx, YamlEntry? entry)
    {
        if (entry is null)
        {
            return [];
        }
        var points = new List<SignoffPoint>();
        foreach (var (node, path) in GateListReader.Items(ctx, entry, "start each point with '- before: deploy'"))
        {
            if (ReadOne(ctx, node, path) is { } point)
            {
                if (points.Any(p => p.Before == point.Before))
                {
                    ctx.Report(GateErrors.DuplicatePoint(point.Span, SignoffPoint.KeyOf(point.Before)));
                }
                points.Add(point);
            }
        }
        return points;
    }

    private static SignoffPoint? ReadOne(YamlContext ctx, YamlNode node, string path)
    {
        var entries = MappingReader.Read(ctx, node, path, "a sign-off point", GateKeys.SignoffPoint);
        if (entries is null)
        {
            return null;
        }
        var span = ctx.Span(node, path);
        var errors = ctx.Diagnostics.Items.Count;
        var before = SignoffMoment.Deploy;
        if (entries.TryGetValue("before", out var beforeEntry) && ScalarReader.Text(ctx, beforeEntry.Value, beforeEntry.Path) is { } moment)
        {
            if (Array.IndexOf(Moments, moment) is var index and >= 0)
            {
                before = (SignoffMoment)index;
            }
            else
            {
                ctx.Report(LoadErrors.NotAllowed(ctx.Span(beforeEntry.Value, beforeEntry.Path), moment, Moments));
            }
        }
        var roles = new List<string>();
        if (entries.TryGetValue("roles", out var rolesEntry))
        {
            foreach (var (role, roleNode, rolePath) in GateListReader.Strings(ctx, rolesEntry, "a role"))
            {
                if (roles.Contains(role, StringComparer.OrdinalIgnoreCase))
                {
                    ctx.Report(GateErrors.DuplicateRole(ctx.Span(roleNode, rolePath), role));
                }
                roles.Add(role.Trim());
            }
        }
        if (roles.Count == 0 && ctx.Diagnostics.Items.Count == errors)
        {
            ctx.Report(GateErrors.NoRoles(span));
        }
        var required = roles.Count;
        if (entries.TryGetValue("required", out var requiredEntry) && ScalarReader.Integer(ctx, requiredEntry.Value, requiredEntry.Path) is { } n)
        {
            if (n < 1 || n > roles.Count)
            {
                ctx.Report(GateErrors.BadRequired(ctx.Span(requiredEntry.Value, requiredEntry.Path), n, roles.Count));
            }
            required = (int)Math.Clamp(n, 1, Math.Max(1, roles.Count));
        }
        var wait = entries.TryGetValue("wait", out var waitEntry) ? ScalarReader.Duration(ctx, waitEntry.Value, waitEntry.Path) : TimeSpan.Zero;
        var allowSelf = entries.TryGetValue("allow_self", out var selfEntry) && ScalarReader.Boolean(ctx, selfEntry.Value, selfEntry.Path) == true;
        if (ctx.Diagnostics.Items.Count > errors)
        {
            return null;
        }
        return new SignoffPoint
        {
            Before = before,
            Roles = roles,
            Required = required,
            Wait = wait ?? TimeSpan.Zero,
            AllowSelf = allowSelf,
            Span = span,
        };
    }
}
