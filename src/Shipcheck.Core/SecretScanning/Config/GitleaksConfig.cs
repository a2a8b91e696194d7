using Shipcheck.Core.SecretScanning.Rules;

namespace Shipcheck.Core.SecretScanning.Config;

/// <summary>Reads a gitleaks-format TOML config into rules and allowlists.</summary>
public static partial class GitleaksConfig
{
    /// <summary>The rules of the config at <paramref name="path"/>; throws <see cref="SecretScanException"/> naming the line of a problem.</summary>
    public static SecretRuleSet Load(string path) =>
        throw SecretScanException.Config(path, 0, "gitleaks configs need the TOML reader, which this build lacks");
}
