using Shipcheck.Core.Checklists;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks;

/// <summary>
/// A kind of step (<c>run</c>, <c>http</c>, <c>tcp</c>…): what it accepts, what it observes, and how to make its probe.
/// One folder under <c>Checks/</c> per kind, registered with one line in <see cref="CheckKinds"/>.
/// </summary>
public interface ICheckKind
{
    /// <summary>The YAML key that selects this kind in a step (<c>http</c>).</summary>
    string Name { get; }

    /// <summary>One sentence for docs and the JSON schema.</summary>
    string Description { get; }

    /// <summary>The option a plain scalar fills (<c>http: http://x/health</c> sets <c>url</c>); null when none.</summary>
    string? ShorthandOption { get; }

    /// <summary>The options the kind accepts under its key.</summary>
    IReadOnlyList<OptionSpec> Options { get; }

    /// <summary>What the probe observes, with types, for type-checking expectations.</summary>
    ObservationSchema Observations { get; }

    /// <summary>The expectation used when a step gives none (<c>exit_code == 0</c>).</summary>
    string DefaultExpectation { get; }

    /// <summary>The observation a <c>capture</c> stores when the step names no <c>value:</c> expression.</summary>
    string? CaptureObservation { get; }

    /// <summary>The step timeout when the step sets none; <see cref="Timeout.InfiniteTimeSpan"/> for none.</summary>
    TimeSpan DefaultTimeout { get; }

    /// <summary>Checks what the generic option check cannot (a regex that does not compile, conflicting options).</summary>
    void Validate(OptionValues options, DiagnosticBag diagnostics);

    /// <summary>Builds the probe for a validated step.</summary>
    IProbe CreateProbe(OptionValues options);
}
