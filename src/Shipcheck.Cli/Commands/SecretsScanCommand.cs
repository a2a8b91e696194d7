using System.CommandLine;
using Shipcheck.Core.SecretScanning;
using Shipcheck.Core.SecretScanning.Reports;
using Shipcheck.Core.SecretScanning.Scanning;

namespace Shipcheck.Cli.Commands;

/// <summary><c>shipcheck secrets scan PATH</c>: find hardcoded secrets; exit 0 none, 1 found, 2 usage or a bad config.</summary>
internal static class SecretsScanCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("secrets", "Hardcoded secrets in source trees.");
        command.Subcommands.Add(Scan(console));
        return command;
    }

    private static Command Scan(CliConsole console)
    {
        var path = new Argument<string>("PATH") { Description = "The folder (in a git repository: the files git lists, .gitignore respected) or file to scan." };
        var config = new Option<string?>("--config") { HelpName = "FILE", Description = "A gitleaks-format config. Default: .gitleaks.toml at PATH, else Shipcheck's default rules." };
        var format = new Option<string>("--format") { HelpName = "text|json|sarif|junit", Description = "The report's format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "junit");
        var baseline = new Option<string?>("--baseline") { HelpName = "FILE", Description = "A previous --format json report; findings in it are not reported again." };
        var output = new Option<string?>("--output") { HelpName = "FILE", Description = "Write the report to FILE instead of stdout." };
        var command = new Command("scan", "Scan for hardcoded secrets (secrets are shown redacted). Exit 0 when none, 1 when found, 2 for bad usage or an invalid config or baseline.")
        {
            path, config, format, baseline, output,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var request = new SecretScanRequest(parse.GetRequiredValue(path)) { ConfigPath = parse.GetValue(config), BaselinePath = parse.GetValue(baseline) };
            SecretScanReport report;
            try
            {
                report = await SecretScanner.ScanAsync(request, cancellationToken);
            }
            catch (SecretScanException e)
            {
                await console.Error.WriteLineAsync($"shipcheck: {e.Message}");
                return ExitCodes.Usage;
            }
            var chosen = SecretReports.Parse(parse.GetRequiredValue(format)) ?? SecretReportFormat.Text;
            var rendered = SecretReports.Render(report, chosen);
            if (parse.GetValue(output) is { } file)
            {
                try
                {
                    await File.WriteAllTextAsync(file, rendered, cancellationToken);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    await console.Error.WriteLineAsync($"shipcheck: {file}: cannot write the report: {e.Message.TrimEnd('.')}; check the folder exists and is writable");
                    return ExitCodes.Usage;
                }
                await console.Out.WriteLineAsync($"{TextSecretReport.Summary(report)}; report in {file}");
            }
            else
            {
                await console.Out.WriteAsync(rendered);
                if (chosen != SecretReportFormat.Text)
                {
                    // Standard output stays one parseable document; the person reading along gets the summary.
                    await console.Error.WriteLineAsync(TextSecretReport.Summary(report));
                }
            }
            return report.Findings.Count == 0 ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }
}
