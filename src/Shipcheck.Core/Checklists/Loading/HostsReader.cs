using YamlDotNet.RepresentationModel;

namespace Shipcheck.Core.Checklists.Loading;

/// <summary>Reads <c>hosts:</c>: each host's address and how ssh reaches it, checked as far as literals allow.</summary>
internal sealed class HostsReader(YamlContext ctx, IReadOnlySet<string> variables)
{
    private const string Example = "for example hosts: { oracle-a1: { address: 10.0.0.5, user: deploy, key: ~/.ssh/deploy_ed25519 } }";

    public Dictionary<string, HostDefinition> Read(YamlEntry? entry)
    {
        var hosts = new Dictionary<string, HostDefinition>(StringComparer.Ordinal);
        if (entry is null || entry.Value is YamlScalarNode scalar && YamlNodes.IsNull(scalar))
        {
            return hosts;
        }
        if (entry.Value is not YamlMappingNode mapping)
        {
            ctx.Report(LoadErrors.WrongType(ctx.Span(entry.Value, entry.Path), "a map of host names to hosts", YamlNodes.Describe(entry.Value), Example));
            return hosts;
        }
        foreach (var (key, value) in mapping.Children)
        {
            var name = YamlNodes.KeyText(key);
            var path = YamlNodes.Child(entry.Path, name);
            if (!HostValues.IsName(name))
            {
                ctx.Report(LoadErrors.BadHostName(ctx.Span(key, path), name));
                continue;
            }
            if (ctx.Visit(value) && ReadHost(name, value, path) is { } host)
            {
                hosts[name] = host;
            }
        }
        return hosts;
    }

    private HostDefinition? ReadHost(string name, YamlNode node, string path)
    {
        var span = ctx.Span(node, path);
        var entries = MappingReader.Read(ctx, node, path, $"host '{name}'", HostKeys.All);
        if (entries is null)
        {
            return null;
        }
        if (!entries.TryGetValue(HostKeys.Address, out var addressEntry))
        {
            ctx.Report(LoadErrors.MissingKey(span, HostKeys.Address, $"host '{name}'", "the host name or IP address to connect to, such as address: 10.0.0.5"));
            return null;
        }
        var address = Text(addressEntry, "an address such as 10.0.0.5 or db-1.internal");
        var user = Optional(entries, HostKeys.User, e => Text(e, "a user name such as deploy"));
        var key = Optional(entries, HostKeys.Key, e => Text(e, "a key file such as ~/.ssh/deploy_ed25519"));
        var knownHosts = Optional(entries, HostKeys.KnownHosts, e => Text(e, "a known_hosts file such as ~/.ssh/known_hosts"));
        var port = entries.TryGetValue(HostKeys.Port, out var portEntry) ? ReadPort(portEntry) : null;
        var policy = entries.TryGetValue(HostKeys.HostKey, out var policyEntry) ? ReadPolicy(policyEntry) : HostKeyPolicy.Strict;
        var timeout = entries.TryGetValue(HostKeys.ConnectTimeout, out var timeoutEntry) ? ReadTimeout(timeoutEntry) : HostDefinition.DefaultConnectTimeout;
        if (address is null)
        {
            return null;
        }
        return new HostDefinition(name, address, span)
        {
            Port = port,
            User = user,
            Key = key,
            KnownHosts = knownHosts,
            HostKey = policy ?? HostKeyPolicy.Strict,
            ConnectTimeout = timeout ?? HostDefinition.DefaultConnectTimeout,
        };
    }

    private static Template? Optional(Dictionary<string, YamlEntry> entries, string key, Func<YamlEntry, Template?> read) =>
        entries.TryGetValue(key, out var entry) ? read(entry) : null;

    /// <summary>A template that is not empty and, when literal, cannot be mistaken by ssh for an option.</summary>
    private Template? Text(YamlEntry entry, string what)
    {
        var template = ScalarReader.Template(ctx, entry.Value, entry.Path);
        if (template is null)
        {
            return null;
        }
        ReferenceChecker.Check(ctx, template, ctx.ContentSpan(entry.Value, entry.Path), variables);
        var key = YamlNodes.KeyText(entry.Key);
        if (template.IsLiteral && HostValues.Problem(key, template.Source) is { } problem)
        {
            ctx.Report(LoadErrors.BadHostValue(ctx.Span(entry.Value, entry.Path), key, problem, what));
            return null;
        }
        return template;
    }

    private int? ReadPort(YamlEntry entry)
    {
        var port = ScalarReader.Integer(ctx, entry.Value, entry.Path);
        if (port is { } p && (p < 1 || p > 65535))
        {
            ctx.Report(LoadErrors.BadHostValue(ctx.Span(entry.Value, entry.Path), HostKeys.Port, $"{p} is not a port", "a port from 1 to 65535, such as 22"));
            return null;
        }
        return port is { } valid ? (int)valid : null;
    }

    private HostKeyPolicy? ReadPolicy(YamlEntry entry)
    {
        var text = ScalarReader.Text(ctx, entry.Value, entry.Path);
        var index = text is null ? -1 : HostKeys.HostKeyPolicies.ToList().IndexOf(text);
        if (text is not null && index < 0)
        {
            ctx.Report(LoadErrors.NotAllowed(ctx.Span(entry.Value, entry.Path), text, HostKeys.HostKeyPolicies));
        }
        return index < 0 ? null : (HostKeyPolicy)index;
    }

    private TimeSpan? ReadTimeout(YamlEntry entry)
    {
        var value = ScalarReader.Duration(ctx, entry.Value, entry.Path);
        if (value is { } v && v < TimeSpan.FromSeconds(1))
        {
            ctx.Report(LoadErrors.BadHostValue(ctx.Span(entry.Value, entry.Path), HostKeys.ConnectTimeout, "ssh counts its connect timeout in whole seconds", "at least 1s, such as 10s"));
            return null;
        }
        return value;
    }
}
