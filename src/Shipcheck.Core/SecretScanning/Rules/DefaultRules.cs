namespace Shipcheck.Core.SecretScanning.Rules;

/// <summary>
/// Shipcheck's own rules, used when there is no <c>.gitleaks.toml</c> and no <c>--config</c>, and what a gitleaks
/// config's <c>[extend] useDefault = true</c> means here. Written in RE2 syntax like any config, so they go through
/// the same translation. Each has keywords so a file without them costs no regex at all.
/// </summary>
public static class DefaultRules
{
    /// <summary>What <see cref="SecretRuleSet.Source"/> says for these rules.</summary>
    public const string SourceName = "Shipcheck's default rules";

    private static readonly Lazy<SecretRuleSet> Instance = new(Build);

    /// <summary>The default rules and global allowlist (built once).</summary>
    public static SecretRuleSet Set => Instance.Value;

    private static SecretRuleSet Build() => new([.. Cloud(), .. Vcs(), .. Chat(), .. Generic()], [GlobalAllowlist()], SourceName);

    private static IEnumerable<SecretRule> Cloud()
    {
        yield return Rule("aws-access-key-id", "AWS access key id",
            @"\b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})\b", ["akia", "asia", "abia", "acca", "a3t"]);
        yield return Rule("aws-secret-access-key", "AWS secret access key assigned to a name with aws and secret in it",
            @"(?i)aws[\w.-]{0,20}?secret[\w.-]{0,20}[\s'""]{0,3}(?:=|:|=>|:=)[\s'""]{0,5}([a-z0-9/+]{40})(?:[\s'"";,]|$)",
            ["aws"], entropy: 3.5);
        yield return Rule("gcp-api-key", "Google Cloud (GCP) API key",
            @"\b(AIza[0-9A-Za-z_-]{35})(?:[^0-9A-Za-z_-]|$)", ["aiza"], entropy: 3);
        yield return Rule("stripe-api-key", "Stripe secret or restricted API key",
            @"\b((?:sk|rk)_(?:test|live|prod)_[0-9A-Za-z]{10,99})\b", ["sk_test", "sk_live", "sk_prod", "rk_test", "rk_live", "rk_prod"], entropy: 2);
    }

    private static IEnumerable<SecretRule> Vcs()
    {
        (string Prefix, string Id, string What)[] github =
        [
            ("ghp", "github-pat", "GitHub personal access token"),
            ("gho", "github-oauth", "GitHub OAuth access token"),
            ("ghu", "github-user-to-server", "GitHub app user-to-server token"),
            ("ghs", "github-server-to-server", "GitHub app server-to-server token"),
            ("ghr", "github-refresh-token", "GitHub refresh token"),
        ];
        foreach (var (prefix, id, what) in github)
        {
            yield return Rule(id, what, $@"\b({prefix}_[0-9A-Za-z]{{36}})\b", [prefix + "_"], entropy: 3);
        }
        yield return Rule("github-fine-grained-pat", "GitHub fine-grained personal access token",
            @"\b(github_pat_[0-9A-Za-z_]{82})\b", ["github_pat_"], entropy: 3);
        yield return Rule("gitlab-pat", "GitLab personal access token",
            @"\b(glpat-[0-9A-Za-z_-]{20,})\b", ["glpat-"], entropy: 3);
    }

    private static IEnumerable<SecretRule> Chat()
    {
        yield return Rule("slack-token", "Slack bot, user, app or legacy token",
            @"\b(xox[abposr]-[0-9A-Za-z-]{10,250})", ["xoxa-", "xoxb-", "xoxp-", "xoxo-", "xoxs-", "xoxr-"]);
        yield return Rule("slack-app-token", "Slack app-level token",
            @"(?i)\b(xapp-\d-[A-Z0-9]+-\d+-[a-z0-9]+)\b", ["xapp-"]);
        yield return Rule("slack-webhook-url", "Slack incoming webhook URL",
            @"(?:https?://)?hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/_-]{20,}", ["hooks.slack.com"]);
        yield return Rule("discord-webhook-url", "Discord webhook URL",
            @"https://(?:canary\.|ptb\.)?discord(?:app)?\.com/api/webhooks/[0-9]{17,20}/[A-Za-z0-9_-]{60,68}", ["discord"]);
        yield return Rule("teams-webhook-url", "Microsoft Teams incoming webhook URL",
            @"https://[a-z0-9-]+\.webhook\.office\.com/webhookb2/[a-z0-9-]{36}@[a-z0-9-]{36}/IncomingWebhook/[a-z0-9]{32}/[a-z0-9-]{36}",
            ["webhook.office.com"]);
    }

    private static IEnumerable<SecretRule> Generic()
    {
        yield return Rule("private-key", "Private key (PEM block)",
            @"(?i)-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----[\s\S-]{64,}?-----END[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----",
            ["-----begin"]);
        yield return Rule("jwt", "JSON Web Token",
            @"\b(eyJ[A-Za-z0-9_-]{15,}\.eyJ[A-Za-z0-9_-]{15,}\.[A-Za-z0-9_-]{10,})", ["eyj"], entropy: 3);
        yield return Rule("url-password", "Password in a URL (scheme://user:password@host)",
            @"\b[a-zA-Z][a-zA-Z0-9+.-]{1,20}://[^\s:/?#@'""]{1,100}:([^\s/?#@'""]{3,100})@[a-zA-Z0-9.-]+", ["://"],
            allowlists: [PlaceholderValues()]);
        yield return Rule("generic-secret-assignment", "High-entropy value assigned to a name like key, secret, token or password",
            @"(?i)\b[\w.-]{0,40}?(?:secret|token|passwd|password|pwd|api[_-]?key|access[_-]?key|private[_-]?key|auth[_-]?key|credential)[\w.-]{0,20}[\s'""]{0,3}(?:=|:|=>|:=)[\s'""]{0,5}([0-9a-z_./+=~!@#%^&*-]{8,200})(?:[\s'"";,]|$)",
            ["secret", "token", "passw", "pwd", "key", "credential"], entropy: 3.5, allowlists: [PlaceholderValues()]);
    }

    // Values that stand for a secret rather than being one: references, templates, placeholders.
    private static Allowlist PlaceholderValues() => new()
    {
        Description = "references, templates and placeholders",
        Regexes =
        [
            RuleRegex.Parse(@"^\$\{?[A-Za-z_][A-Za-z0-9_.]*\}?$"),
            RuleRegex.Parse(@"^\{\{.*\}\}$"),
            RuleRegex.Parse(@"^<[^>]*>$"),
            RuleRegex.Parse(@"^\*+$"),
        ],
        Stopwords = ["changeme", "placeholder", "your-", "your_", "xxxxxx", "redacted", "example"],
    };

    private static Allowlist GlobalAllowlist() => new()
    {
        Description = "Shipcheck's global allowlist: gitleaks files, lock files and a scan's own reports",
        Paths =
        [
            RuleRegex.Parse(@"(?:^|/)\.gitleaks(?:\.toml|ignore)$"),
            RuleRegex.Parse(@"(?:^|/)(?:package-lock\.json|yarn\.lock|pnpm-lock\.yaml|poetry\.lock|Pipfile\.lock|go\.sum|Cargo\.lock|packages\.lock\.json)$"),
        ],
        Regexes = [RuleRegex.Parse(@"(?i)^(?:true|false|null|none|undefined)$")],
    };

    private static SecretRule Rule(string id, string description, string regex, string[] keywords, int secretGroup = 0,
        double entropy = 0, Allowlist[]? allowlists = null) => new()
        {
            Id = id,
            Description = description,
            Regex = RuleRegex.Parse(regex),
            SecretGroup = secretGroup,
            Entropy = entropy,
            Keywords = keywords,
            Allowlists = allowlists ?? [],
        };
}
