using System.CommandLine;
using Shipcheck.Cli.Rendering;
using Shipcheck.Core.Checklists;
using Shipcheck.Core.Checklists.Loading;
using Shipcheck.Core.Checks;
using Shipcheck.Core.Markdown.Conversion;
using Shipcheck.Core.Markdown.Reading;

namespace Shipcheck.Cli.Commands;

/// <summary><c>shipcheck convert CHECKLIST.md -o shipcheck.yaml</c>: a Markdown checklist as a YAML checklist, plus a report.</summary>
internal static class ConvertCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "The Markdown checklist." };
        var output = new Option<string?>("--output", "-o") { HelpName = "FILE", Description = "Where to write the YAML checklist (default: standard output)." };
        var report = new Option<string?>("--report") { HelpName = "FILE", Description = "Where to write the conversion report (Markdown): what is automatic, what stays manual, and why." };
        var mapping = new Option<string?>("--mapping") { HelpName = "FILE", Description = "A YAML file of heading rules tried before the built-in table (headings: [{text, phase, match}])." };
        var sql = new Option<string?>("--sql-connection") { HelpName = "SECRET", Description = "The environment variable holding the database connection; sql blocks then become sql steps." };
        var command = new Command("convert", "Convert a Markdown checklist into a YAML checklist; steps keep their source line. Exit 0 when written, 2 when the input is unusable.")
        {
            file, output, report, mapping, sql,
        };
        command.SetAction(async parse =>
        {
            var path = parse.GetRequiredValue(file);
            var options = ConversionOptions.Default with { SqlConnectionSecret = parse.GetValue(sql) };
            if (parse.GetValue(mapping) is { } mappingPath)
            {
                var (rules, error) = PhaseMappingFile.Load(mappingPath);
                if (rules is null)
                {
                    await console.Error.WriteLineAsync($"shipcheck: {error}");
                    return ExitCodes.Usage;
                }
                options = options with { Mapping = PhaseMapping.Default.With(rules) };
            }
            if (options.SqlConnectionSecret is { } secret && !Template.IsName(secret))
            {
                await console.Error.WriteLineAsync($"shipcheck: --sql-connection '{secret}' is not an environment variable name; use letters, digits and '_'");
                return ExitCodes.Usage;
            }
            var read = MarkdownReader.ReadFile(path);
            if (read.Checklist is null)
            {
                await console.Error.WriteLineAsync($"shipcheck: {read.Error}");
                return ExitCodes.Usage;
            }
            var outPath = parse.GetValue(output);
            if (outPath is not null && Path.GetFullPath(outPath) == Path.GetFullPath(path))
            {
                await console.Error.WriteLineAsync($"shipcheck: {outPath} is the Markdown checklist itself; write the YAML to another file");
                return ExitCodes.Usage;
            }
            var conversion = MarkdownConversion.Of(read.Checklist, options);
            var target = Path.GetFullPath(outPath ?? Path.ChangeExtension(path, ".yaml"));
            var loaded = ChecklistLoader.LoadText(conversion.Yaml, outPath ?? "(standard output)", target, CheckKinds.All);
            if (!loaded.Success)
            {
                // The writer's output should always load; if it does not, say so rather than write a broken file.
                await DiagnosticsRenderer.WriteAsync(console.Error, loaded.Problems);
                return ExitCodes.Failed;
            }
            if (outPath is null)
            {
                await console.Out.WriteAsync(conversion.Yaml);
            }
            else
            {
                await File.WriteAllTextAsync(outPath, conversion.Yaml);
            }
            if (parse.GetValue(report) is { } reportPath)
            {
                await File.WriteAllTextAsync(reportPath, conversion.Report);
            }
            var converted = conversion.Converted;
            var automatic = converted.Steps.Count(s => s.Kind != ConvertedKind.Confirm);
            await console.Error.WriteLineAsync($"{path}: {converted.Steps.Count} steps ({automatic} automatic, {converted.Steps.Count - automatic} manual), "
                + $"{read.Checklist.Repair.Repairs.Count} repairs, {read.Checklist.Repair.Unrepaired.Count} characters not repairable");
            return ExitCodes.Ok;
        });
        return command;
    }
}
