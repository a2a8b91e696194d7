using Shipcheck.Core.Engine;
using static Shipcheck.Core.Markdown.Conversion.PhaseMatch;

namespace Shipcheck.Core.Markdown.Conversion;

/// <summary>
/// The built-in heading table. Order matters: reference sections first, then a rollback plan (prepared before the
/// deploy, so pre), rollback, stability, post-deployment actions before post-deployment verification, and the bare
/// word "deployment" last and only as the whole heading, so "Deployment Policy Enforcement" is not a deploy phase.
/// </summary>
internal static class BuiltInPhaseRules
{
    public static IReadOnlyList<PhaseRule> All { get; } =
    [
        .. Reference("troubleshooting", "related documents", "related documentation", "useful commands", "emergency contacts",
            "checklist summary", "document control", "문제 해결", "참고 문서", "fehlerbehebung", "トラブルシューティング", "関連文書"),
        new("rollback plan", Contains, Phase.Pre),
        .. Rules(Contains, Phase.Rollback, "rollback", "roll back", "on failure", "if issues occur", "롤백", "장애 대응",
            "rückabwicklung", "zurückrollen", "ロールバック", "切り戻し"),
        .. Rules(Contains, Phase.Stability, "stability", "안정성", "stabilität", "安定性"),
        .. Rules(Contains, Phase.Post, "post deployment actions", "post deployment tasks", "after deployment", "배포 후 작업",
            "nacharbeiten", "nach dem deployment aufgaben", "デプロイ後の作業"),
        .. Rules(Contains, Phase.Verify, "post deployment verification", "post deployment checklist", "post deployment checks",
            "verification", "배포 후 검증", "배포 후 확인", "verifizierung", "überprüfung", "デプロイ後の確認", "検証"),
        .. Rules(PhaseMatch.Equals, Phase.Verify, "post deployment", "배포 후", "nach dem deployment", "デプロイ後"),
        .. Rules(Contains, Phase.Pre, "pre deployment", "before deployment", "배포 전", "배포 준비", "vor dem deployment",
            "vorbereitung", "デプロイ前", "事前準備"),
        .. Rules(PhaseMatch.Equals, Phase.Deploy, "deployment", "deploy", "during deployment", "배포", "배포 진행", "bereitstellung",
            "deployment durchführen", "デプロイ", "リリース"),
    ];

    private static IEnumerable<PhaseRule> Rules(PhaseMatch match, Phase phase, params string[] texts) =>
        texts.Select(text => new PhaseRule(text, match, phase));

    private static IEnumerable<PhaseRule> Reference(params string[] texts) => texts.Select(text => new PhaseRule(text, Contains, null));
}
