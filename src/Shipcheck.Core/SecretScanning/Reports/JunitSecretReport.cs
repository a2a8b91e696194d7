using System.Xml.Linq;
using Shipcheck.Core.SecretScanning.Scanning;

namespace Shipcheck.Core.SecretScanning.Reports;

/// <summary>
/// The JUnit XML report: one suite, a failing test case per finding, a skipped one per file that deserved a look and
/// was not scanned, and one passing case when nothing was found (a suite of no cases reads as "did not run").
/// </summary>
public static class JunitSecretReport
{
    /// <summary>The report as a JUnit XML document.</summary>
    public static string Render(SecretScanReport report)
    {
        var warnings = report.Skipped.Where(s => s.IsWarning).ToList();
        var cases = new List<XElement>();
        cases.AddRange(report.Findings.Select(f => new XElement("testcase",
            new XAttribute("classname", f.File),
            new XAttribute("name", $"{f.RuleId} at {f.Location}"),
            new XElement("failure",
                new XAttribute("type", f.RuleId),
                new XAttribute("message", $"{f.Description}: {f.Secret}"),
                $"{f.Location} {f.RuleId} {f.Secret} (fingerprint {f.Fingerprint})"))));
        cases.AddRange(warnings.Select(s => new XElement("testcase",
            new XAttribute("classname", s.File),
            new XAttribute("name", $"scan {s.File}"),
            new XElement("skipped", new XAttribute("message", s.Detail)))));
        if (report.Findings.Count == 0)
        {
            cases.Add(new XElement("testcase", new XAttribute("classname", "secrets"), new XAttribute("name", $"no secrets in {report.FilesScanned} files")));
        }
        var suite = new XElement("testsuite",
            new XAttribute("name", "shipcheck secrets scan"),
            new XAttribute("tests", cases.Count),
            new XAttribute("failures", report.Findings.Count),
            new XAttribute("errors", 0),
            new XAttribute("skipped", warnings.Count),
            cases);
        return $"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n{new XElement("testsuites", suite)}\n";
    }
}
