using System.Globalization;
using System.Text;
using System.Xml;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Reports;

/// <summary>
/// The run as JUnit XML for CI dashboards: one <c>testsuite</c> per phase, one <c>testcase</c> per step
/// (stability rounds are told apart by name), failed and error steps as <c>failure</c> (its <c>type</c> says which),
/// output in <c>system-out</c>.
/// </summary>
public sealed class JUnitRunReport : IRunReport
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
    };

    /// <inheritdoc/>
    public string Format => "junit";

    /// <inheritdoc/>
    public string FileExtension => "xml";

    /// <inheritdoc/>
    public string Render(RunRecord run)
    {
        var phases = ReportText.RunOrder.Select(p => (Phase: p, Steps: ReportText.StepsOf(run, p))).Where(p => p.Steps.Count > 0).ToList();
        var all = phases.SelectMany(p => p.Steps).ToList();
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("testsuites");
            writer.WriteAttributeString("name", Clean($"{run.Service} {run.Id}"));
            WriteCounts(writer, all, ReportText.RunDuration(run) ?? Sum(all));
            foreach (var (phase, steps) in phases)
            {
                var suite = $"{run.Service}.{Names.Of(phase)}";
                writer.WriteStartElement("testsuite");
                writer.WriteAttributeString("name", Clean(suite));
                WriteCounts(writer, steps, Sum(steps));
                writer.WriteAttributeString("timestamp", Timestamp(steps[0].StartedAt));
                foreach (var step in steps)
                {
                    WriteCase(writer, suite, step);
                }
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteCase(XmlWriter writer, string suite, StepRecord step)
    {
        writer.WriteStartElement("testcase");
        writer.WriteAttributeString("classname", Clean(suite));
        writer.WriteAttributeString("name", Clean(step.Phase == Phase.Stability ? $"{step.Name} (round {step.Round})" : step.Name));
        writer.WriteAttributeString("time", ReportText.Seconds(step.Duration));
        if (ReportText.IsFailure(step.Status))
        {
            writer.WriteStartElement("failure");
            writer.WriteAttributeString("message", Clean(ReportText.Problem(step)));
            writer.WriteAttributeString("type", Names.Of(step.Status));
            writer.WriteString(Clean(step.Expectations.Count > 0 ? Expectations(step) : ReportText.Problem(step)));
            writer.WriteEndElement();
        }
        else if (step.Status == StepStatus.Skipped)
        {
            writer.WriteStartElement("skipped");
            if (!string.IsNullOrWhiteSpace(step.Message))
            {
                writer.WriteAttributeString("message", Clean(step.Message));
            }
            writer.WriteEndElement();
        }
        if (!string.IsNullOrEmpty(step.Output))
        {
            writer.WriteElementString("system-out", Clean(step.Output));
        }
        if (step.Status == StepStatus.Warned)
        {
            // JUnit has no warning; a warned step passes, and says why on stderr where CI tools show it.
            writer.WriteElementString("system-err", Clean("warning: " + ReportText.Problem(step)));
        }
        writer.WriteEndElement();
    }

    private static void WriteCounts(XmlWriter writer, IReadOnlyList<StepRecord> steps, TimeSpan time)
    {
        writer.WriteAttributeString("tests", Count(steps.Count));
        // A probe that broke fails the step like an expectation that did not hold, so both count (and render) as failures.
        writer.WriteAttributeString("failures", Count(steps.Count(s => ReportText.IsFailure(s.Status))));
        writer.WriteAttributeString("errors", "0");
        writer.WriteAttributeString("skipped", Count(steps.Count(s => s.Status == StepStatus.Skipped)));
        writer.WriteAttributeString("time", ReportText.Seconds(time));
    }

    private static string Expectations(StepRecord step) =>
        string.Join("\n", step.Expectations.Select(e => (e.Holds ? "holds: " : "does not hold: ") + e.Explanation));

    private static TimeSpan Sum(IEnumerable<StepRecord> steps) => steps.Aggregate(TimeSpan.Zero, (total, s) => total + s.Duration);

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Timestamp(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string Clean(string text) => XmlText.Clean(PrintableText.Of(text));
}
