namespace Shipcheck.Core.SecretScanning.Rules;

/// <summary>The rules a scan applies and the global allowlists, as loaded from a config or the defaults.</summary>
/// <param name="Rules">The rules, in config order.</param>
/// <param name="Allowlists">The global allowlists (gitleaks' [allowlist] and [[allowlists]]).</param>
/// <param name="Source">Where they came from: a config file's path, or "Shipcheck's default rules".</param>
public sealed record SecretRuleSet(IReadOnlyList<SecretRule> Rules, IReadOnlyList<Allowlist> Allowlists, string Source);
