using System.Text.RegularExpressions;

namespace Shipcheck.Core.Checks.Kubernetes;

/// <summary>The shapes Kubernetes allows for names, so a typo is caught before kubectl is asked.</summary>
internal static partial class KubernetesNames
{
    /// <summary>An object name: a DNS subdomain (RFC 1123), at most 253 characters.</summary>
    public static bool IsObjectName(string name) => name.Length <= 253 && Subdomain().IsMatch(name);

    /// <summary>A namespace: a DNS label (RFC 1123), at most 63 characters.</summary>
    public static bool IsNamespace(string name) => name.Length <= 63 && Label().IsMatch(name);

    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\z")]
    private static partial Regex Subdomain();

    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?\z")]
    private static partial Regex Label();
}
