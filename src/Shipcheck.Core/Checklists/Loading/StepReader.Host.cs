using Shipcheck.Core.Checks;

namespace Shipcheck.Core.Checklists.Loading;

internal sealed partial class StepReader
{
    /// <summary><c>on: HOST</c>: a host declared under <c>hosts:</c>, on a kind that can run remotely.</summary>
    private HostDefinition? ReadHost(YamlEntry entry, ICheckKind kind)
    {
        var name = ScalarReader.Text(ctx, entry.Value, entry.Path, "the name of a host declared under hosts:");
        if (name is null)
        {
            return null;
        }
        var span = ctx.Span(entry.Value, entry.Path);
        if (kind is not IRemoteCheckKind)
        {
            ctx.Report(LoadErrors.NotRemote(span, kind.Name, kinds.OfType<IRemoteCheckKind>().Select(k => k.Name)));
            return null;
        }
        if (!hosts.TryGetValue(name, out var host))
        {
            ctx.Report(LoadErrors.UnknownHost(span, name, [.. hosts.Keys]));
            return null;
        }
        return host;
    }
}
