using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Checks;

/// <summary>
/// A kind whose steps can also run on a host declared under <c>hosts:</c> (<c>on: HOST</c>). The loader allows
/// <c>on:</c> exactly on the kinds that implement this; observations are the same as the kind's local ones.
/// </summary>
public interface IRemoteCheckKind : ICheckKind
{
    /// <summary>Builds the probe that observes on <paramref name="host"/> through ssh, for a validated step.</summary>
    IProbe CreateRemoteProbe(OptionValues options, HostDefinition host);
}
